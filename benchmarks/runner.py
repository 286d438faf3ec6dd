"""Run tools over pages: a per-page time limit and exception guard, and timing of the call alone.

The first pass keeps every page's output; further passes only time the extraction call. The
reported time of a tool is its fastest pass (sum of its per-call times: inputs are prepared in
memory before the pass, so no file I/O, decoding or import is timed).
"""

from __future__ import annotations

import gc
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from benchmarks.datasets import Dataset, Page
from benchmarks.tools import Extraction, Tool, ToolUnavailable

DEFAULT_TIMEOUT = 30.0
T = TypeVar("T")


class PageTimeout(Exception):
    pass


@dataclass
class PageResult:
    page: Page
    extraction: Extraction  # empty text when the call failed
    seconds: float
    error: str | None = None
    meta: Extraction | None = None  # author/date: from `extraction` or the tool's metadata call
    meta_error: str | None = None  # failure of the separate metadata call, if any


@dataclass
class ToolRun:
    tool: Tool
    dataset: str
    results: list[PageResult] = field(default_factory=list)
    pass_seconds: list[float] = field(default_factory=list)
    skipped: str | None = None

    @property
    def errors(self) -> int:
        return sum(1 for r in self.results if r.error)

    @property
    def meta_errors(self) -> int:
        return sum(1 for r in self.results if r.meta_error)

    @property
    def best_seconds(self) -> float | None:
        return min(self.pass_seconds) if self.pass_seconds else None

    @property
    def pages_per_second(self) -> float | None:
        best = self.best_seconds
        return len(self.results) / best if best else None


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise PageTimeout in the main thread after `seconds` (best effort: SIGALRM-based)."""

    def _raise(signum: int, frame: Any) -> None:
        raise PageTimeout(f"no result after {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def guarded(call: Callable[[], T], timeout: float) -> tuple[T | None, float, str | None]:
    """(result, seconds of the call alone, error text) — never raises."""
    start = time.perf_counter()
    try:
        with time_limit(timeout):
            start = time.perf_counter()
            result = call()
            seconds = time.perf_counter() - start
    except Exception as error:  # any crash of a peer, or its time limit, is its error
        return None, time.perf_counter() - start, _describe(error)
    return result, seconds, None


def _describe(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}"
    return text if len(text) <= 200 else text[:199] + "…"


def start(tool: Tool, dataset: Dataset) -> ToolRun:
    """A ToolRun, skipped with the reason when the tool cannot be set up here."""
    run = ToolRun(tool, dataset.name)
    try:
        tool.setup()
    except ToolUnavailable as error:
        run.skipped = str(error)
    return run


def first_pass(run: ToolRun, dataset: Dataset, timeout: float) -> None:
    """Extract every page, keeping outputs and errors, and record the pass time."""
    inputs = [run.tool.prepare(page) for page in dataset.pages]
    gc.collect()
    total = 0.0
    for page, doc in zip(dataset.pages, inputs, strict=True):
        result, seconds, error = guarded(partial(run.tool.extract, doc, page), timeout)
        total += seconds
        run.results.append(PageResult(page, result or Extraction(""), seconds, error))
    run.pass_seconds.append(total)
    if dataset.has_metadata and run.tool.has_metadata:
        _metadata_pass(run, inputs, timeout)


def _metadata_pass(run: ToolRun, inputs: Sequence[Any], timeout: float) -> None:
    for result, doc in zip(run.results, inputs, strict=True):
        meta, _, error = guarded(partial(run.tool.metadata, doc, result.page), timeout)
        result.meta = meta if meta is not None else result.extraction
        result.meta_error = error


def timing_pass(run: ToolRun, dataset: Dataset, timeout: float) -> None:
    """Time one more pass over the pages (outputs are discarded)."""
    inputs = [run.tool.prepare(page) for page in dataset.pages]
    gc.collect()
    total = 0.0
    for page, doc in zip(dataset.pages, inputs, strict=True):
        _, seconds, _ = guarded(partial(run.tool.extract, doc, page), timeout)
        total += seconds
    run.pass_seconds.append(total)
