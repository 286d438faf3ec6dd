"""Ordered, chunked, bounded parallel cleaning: records in, (record, outcome) pairs out in order.

Records go to worker processes in chunks (few round trips) and at most `2 * workers` chunks are
in flight, so memory stays flat however long the input is. Results come back in input order. A
worker that dies (a crash in C code, the OOM killer) breaks the pool: the pool is rebuilt, the
chunks in flight are sent again, and the chunk that broke it is redone one record at a time so
only the record that kills a worker is reported as an error.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from cleanarticle.batch.records import Record, Result, Status, clean_record
from cleanarticle.batch.render import Rendering, render
from cleanarticle.options import Options

CRASHED = "the worker process died on this record (crash or out of memory)"
Worker = Callable[[list[Record], "Job"], list["Outcome"]]


@dataclass(frozen=True)
class Job:
    """Everything a worker needs; sent with each chunk, so no process holds hidden state."""

    options: Options = field(default_factory=Options)
    rendering: Rendering = field(default_factory=Rendering)


@dataclass(frozen=True)
class Outcome:
    status: Status
    error: str | None
    output: str  # the rendered record


@dataclass(frozen=True)
class Chunking:
    """Chunks close at `records` records or `max_bytes` of page data, whichever comes first."""

    records: int = 16
    max_bytes: int = 8_000_000


def process(record: Record, job: Job) -> Outcome:
    result = clean_record(record, job.options)
    try:
        return _outcome(record, result, job)
    except Exception as error:  # a rendering bug must not cost the record
        message = f"cannot render the article: {type(error).__name__}: {error}"
        return _outcome(record, Result("error", None, message), job)


def process_chunk(records: list[Record], job: Job) -> list[Outcome]:
    """The worker's entry point (top-level, so it pickles)."""
    return [process(record, job) for record in records]


def run(
    records: Iterable[Record],
    job: Job,
    workers: int = 1,
    chunking: Chunking | None = None,
    worker: Worker = process_chunk,
) -> Iterator[tuple[Record, Outcome]]:
    """(record, outcome) in input order; `worker` (top-level, picklable) cleans one chunk."""
    chunks = chunked(records, chunking or Chunking())
    if workers <= 1:
        for chunk in chunks:
            yield from zip(chunk, worker(chunk, job))
        return
    with _Pool(workers, job, worker) as pool:
        yield from pool.map_ordered(chunks)


def chunked(records: Iterable[Record], chunking: Chunking) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    size = 0
    for record in records:
        chunk.append(record)
        size += len(record.data)
        if len(chunk) >= chunking.records or size >= chunking.max_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _outcome(record: Record, result: Result, job: Job) -> Outcome:
    return Outcome(result.status, result.error, render(record, result, job.rendering))


class _Pool:
    """A process pool that survives the death of a worker without losing a record."""

    def __init__(self, workers: int, job: Job, worker: Worker) -> None:
        self._workers = workers
        self._job = job
        self._worker = worker
        # spawn: the same behaviour on every OS, and no fork of a parent with threads (tqdm)
        self._context = multiprocessing.get_context("spawn")
        self._executor = self._new_executor()
        self._pending: deque[tuple[list[Record], Future[list[Outcome]]]] = deque()

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def map_ordered(self, chunks: Iterable[list[Record]]) -> Iterator[tuple[Record, Outcome]]:
        limit = 2 * self._workers
        for chunk in chunks:
            self._pending.append((chunk, self._submit(chunk)))
            while len(self._pending) >= limit:
                yield from self._next()
        while self._pending:
            yield from self._next()

    def _next(self) -> Iterator[tuple[Record, Outcome]]:
        chunk, future = self._pending.popleft()
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            self._renew()
            outcomes = [self._isolated(record) for record in chunk]
            self._pending = deque((again, self._submit(again)) for again, _ in self._pending)
        except Exception:  # e.g. a result that cannot be pickled: find the record it was
            outcomes = [self._isolated(record) for record in chunk]
        yield from zip(chunk, outcomes)

    def _isolated(self, record: Record) -> Outcome:
        """One record alone in a fresh pool: if the pool breaks now, that record did it."""
        try:
            return self._submit([record]).result()[0]
        except BrokenProcessPool:
            self._renew()
            return _outcome(record, Result("error", None, CRASHED), self._job)
        except Exception as error:
            message = f"worker failed: {type(error).__name__}: {error}"
            return _outcome(record, Result("error", None, message), self._job)

    def _submit(self, chunk: list[Record]) -> Future[list[Outcome]]:
        return self._executor.submit(self._worker, chunk, self._job)

    def _renew(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._workers,
            mp_context=self._context,
            initializer=watch_parent,
            initargs=(os.getpid(),),
        )


def watch_parent(parent: int, interval: float = 1.0) -> None:
    """Worker start-up: exit when the parent is gone (killed with SIGKILL, say).

    A worker holds its own end of the task queue, so it would otherwise wait for tasks forever.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="cleanarticle-parent-watch", daemon=True).start()
