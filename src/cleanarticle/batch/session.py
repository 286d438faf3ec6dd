"""One batch run: sources -> (resume) -> runner -> sink, with progress and a summary.

Every record read yields exactly one output record (errors included), or is skipped because an
interrupted run already wrote it; `Summary` counts both, so the exit code covers the whole job.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from cleanarticle.batch.explained import Reports, RuleStats
from cleanarticle.batch.records import FAILED, STATUSES, Record
from cleanarticle.batch.render import EXTENSIONS
from cleanarticle.batch.runner import Chunking, Job, run
from cleanarticle.batch.sinks import (
    BatchError,
    Guard,
    JsonlFileSink,
    OutputDirSink,
    Resumed,
    Sink,
    StdoutSink,
)
from cleanarticle.batch.sources import STDIN, SourceSettings, read_records


@dataclass(frozen=True)
class BatchConfig:
    """A whole run. `output` is a JSONL file, `output_dir` a folder; neither means stdout.

    progress: None shows the bar when stderr is a terminal.
    """

    paths: tuple[str, ...]
    job: Job = field(default_factory=Job)
    sources: SourceSettings = field(default_factory=SourceSettings)
    workers: int = 1
    output: Path | None = None
    output_dir: Path | None = None
    resume: bool = False
    progress: bool | None = None
    quiet: bool = False
    headers: bool = False  # `==> id <==` lines between text/Markdown records on stdout
    chunking: Chunking = field(default_factory=Chunking)
    report: Path | None = None  # the one record's visual report (needs job.rendering.report)
    report_dir: Path | None = None  # one visual report per record
    stats: Path | None = None  # cuts per rule over the run, as JSON (needs job.rendering.stats)


@dataclass
class Summary:
    statuses: Counter[str] = field(default_factory=Counter)
    processed: int = 0
    resumed: int = 0
    unreadable: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(self.statuses[status] for status in FAILED)

    def line(self) -> str:
        rate = self.processed / self.seconds if self.seconds > 0 else 0.0
        counts = ", ".join(f"{self.statuses[s]} {s}" for s in STATUSES if self.statuses[s])
        text = f"{self.processed} record(s) in {self.seconds:.1f}s ({rate:.1f} pages/s)"
        text += f": {counts}" if counts else ""
        if self.resumed:
            text += f"; {self.resumed} done before the interruption"
        return text


class Console:
    """stderr for one run: notes go around the progress bar instead of through it."""

    def __init__(self, stream: IO[str], progress: bool) -> None:
        self.stream = stream
        self.unreadable = 0
        self._bar: Any = None
        if progress:
            from tqdm import tqdm  # imported only when a bar is shown

            self._bar = tqdm(unit=" pages", file=stream, dynamic_ncols=True, mininterval=0.5)

    def note(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(f"cleanarticle: {message}", file=self.stream)
        else:
            print(f"cleanarticle: {message}", file=self.stream)

    def unreadable_input(self, message: str) -> None:
        self.unreadable += 1
        self.note(message)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def run_batch(config: BatchConfig, stderr: IO[str] | None = None) -> Summary:
    stream = stderr or sys.stderr
    show = config.progress if config.progress is not None else stream.isatty()
    console = Console(stream, show and not config.quiet)
    try:
        return _run(config, console)
    finally:
        console.close()


def _run(config: BatchConfig, console: Console) -> Summary:
    sink = make_sink(config)
    summary = Summary()
    resumed = sink.start()
    summary.statuses.update(resumed.statuses)
    summary.resumed = resumed.count
    if resumed.complete:
        console.note(f"nothing to resume: {config.output} is complete")
        return summary
    sources = replace(config.sources, exclude=_outputs(config))
    records = read_records(config.paths, sources, console.unreadable_input)
    records = _after(records, resumed)
    records = _not_done(records, sink, summary)
    json_out = config.job.rendering.format == "json"  # JSON records carry their errors
    reports = Reports(config.report, config.report_dir, _guard(config.paths))
    stats = RuleStats()
    reports.start()
    start = time.monotonic()
    try:
        for record, outcome in run(records, config.job, config.workers, config.chunking):
            status = outcome.status
            refused = sink.write(record, outcome)
            if config.job.rendering.report:
                refused = reports.write(record, outcome) or refused
            stats.add(outcome)
            if refused is not None:
                status = "error"
                console.note(refused)
            elif status in FAILED and not record.reported and not json_out:
                console.note(f"{status}: {record.id}: {outcome.error}")
            summary.statuses[status] += 1
            summary.processed += 1
            console.advance()
        sink.finish()
        if config.stats is not None:
            stats.write(config.stats)
    finally:
        sink.close()
        summary.seconds = time.monotonic() - start
        summary.unreadable = console.unreadable
    return summary


def make_sink(config: BatchConfig) -> Sink:
    guard = _guard(config.paths)
    if config.output is not None and config.output_dir is not None:
        raise BatchError("use either --output or --output-dir, not both")
    if config.output is not None:
        return JsonlFileSink(config.output, config.resume, guard)
    if config.output_dir is not None:
        extension = EXTENSIONS[config.job.rendering.format]
        return OutputDirSink(config.output_dir, extension, config.resume, guard)
    if config.resume:
        raise BatchError("--resume needs --output or --output-dir")
    return StdoutSink(sys.stdout, config.headers)


def _guard(paths: Iterable[str]) -> Guard:
    given = [Path(p) for p in paths if p != STDIN]
    files = frozenset(p.resolve() for p in given if not p.is_dir())
    folders = tuple(p.resolve() for p in given if p.is_dir())
    return Guard(files, folders)


def _outputs(config: BatchConfig) -> frozenset[Path]:
    """The run's own outputs, which folder scans must never read back as input."""
    paths: list[Path] = []
    if config.output is not None:
        paths += [config.output, config.output.with_name(config.output.name + ".partial")]
    if config.output_dir is not None:
        paths.append(config.output_dir)
    paths += [path for path in (config.report, config.report_dir, config.stats) if path]
    return frozenset(path.resolve() for path in paths)


def _after(records: Iterator[Record], resumed: Resumed) -> Iterator[Record]:
    """Skip what the interrupted run wrote, checking that the input is still the same."""
    for _ in range(resumed.count - 1):
        if next(records, None) is None:
            raise BatchError("the input has fewer records than the output to resume: changed?")
    if resumed.count:
        last = next(records, None)
        if last is None or last.id != resumed.last_id:
            found = None if last is None else last.id
            raise BatchError(
                f"cannot resume: record {resumed.count} of the input is {found!r}, "
                f"but the output's last record is {resumed.last_id!r} (the input changed?)"
            )
    yield from records


def _not_done(records: Iterable[Record], sink: Sink, summary: Summary) -> Iterator[Record]:
    for record in records:
        if sink.skip(record):
            summary.resumed += 1
            continue
        yield record
