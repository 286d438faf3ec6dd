"""Ordered, chunked, bounded parallel cleaning: records in, (record, outcome) pairs out in order.

Records go to worker processes in chunks (few round trips) and at most `2 * workers` chunks'
worth of records are in flight, so memory stays flat however long the input is; results come
back in input order. Each worker reports every record as it finishes it, so the parent knows
which record a worker is on and since when:

- a record over the time limit (plus `GRACE`) has its worker killed and replaced, as datatrove's
  extractor sandbox does: it gets a `timeout` record, the rest of its chunk goes to a worker again;
- a worker that dies (a crash in C code, the OOM killer) costs only the record it was on.

The library's own time limit is cooperative (checked between and inside stages); this one holds
whatever the page does. With one worker, records are cleaned in this process and a timer signal
(SIGALRM, main thread only) interrupts one that runs over, regular expressions included.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from cleanarticle.batch.records import Record, Result, Status, clean_record
from cleanarticle.batch.render import Rendering, render, report_page, rule_counts
from cleanarticle.options import Options

CRASHED = "the worker process died on this record (crash or out of memory)"
GRACE = 0.3  # seconds past the time limit before a record is stopped by force
_MAX_FAILED_STARTS = 5  # workers that die before they are ready, in a row, end the run
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
    report: str = ""  # the visual report (Rendering.report)
    cuts: tuple[tuple[str, int, int], ...] = ()  # (rule, cuts, characters) (Rendering.stats)


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
    chunking = chunking or Chunking()
    if workers <= 1:
        _load_pipeline()  # before the first timer: the import is not the first page's time
        with _Alarm(_hard_limit(job)) as alarm:
            for chunk in chunked(records, chunking):
                for record in chunk:
                    yield record, alarm.call(worker, record, job)
        return
    supervisor = _Supervisor(workers, job, worker, 2 * workers * chunking.records)
    try:
        yield from supervisor.map_ordered(chunked(records, chunking, ramp=workers))
    finally:
        supervisor.close()


def chunked(records: Iterable[Record], chunking: Chunking, ramp: int = 0) -> Iterator[list[Record]]:
    """Chunks of `chunking.records` records or `max_bytes` of page data, whichever comes first.

    With a `ramp` (the number of workers) the first chunks are smaller: `ramp` chunks of one
    record, then `ramp` of two, of four, ... up to `chunking.records`. A short run is then spread
    over every worker instead of going to one, and a page held to the time limit as the run
    starts does not hold the pages queued behind it in its chunk.
    """
    most = 1 if ramp else chunking.records
    made = 0
    chunk: list[Record] = []
    size = 0
    for record in records:
        chunk.append(record)
        size += len(record.data)
        if len(chunk) >= min(most, chunking.records) or size >= chunking.max_bytes:
            yield chunk
            chunk, size = [], 0
            made += 1
            if ramp and made % ramp == 0:
                most *= 2
    if chunk:
        yield chunk


def timed_out(record: Record, job: Job) -> Outcome:
    limit = job.options.time_limit or 0.0
    message = f"time limit of {limit:g}s exceeded; the page was stopped by force"
    return _outcome(record, Result("timeout", None, message), job)


def _outcome(record: Record, result: Result, job: Job) -> Outcome:
    rendering = job.rendering
    output = render(record, result, rendering)
    report = report_page(record, result, job.options) if rendering.report else ""
    cuts = rule_counts(result.article) if rendering.stats else ()
    return Outcome(result.status, result.error, output, report, cuts)


def _hard_limit(job: Job) -> float | None:
    limit = job.options.time_limit
    return None if limit is None else limit + GRACE


def _one(worker: Worker, record: Record, job: Job) -> Outcome:
    """One record through a chunk worker; an exception in it costs only this record."""
    try:
        return worker([record], job)[0]
    except Exception as error:
        message = f"worker failed: {type(error).__name__}: {error}"
        return _outcome(record, Result("error", None, message), job)


class _Stop(BaseException):
    """Raised by the timer signal; a BaseException, so `except Exception` in a page's code
    cannot swallow it."""


class _Alarm:
    """Stops a record in this process when it runs over: SIGALRM, where it can be used (the
    main thread on POSIX); elsewhere only the library's cooperative limit holds."""

    def __init__(self, seconds: float | None) -> None:
        main = threading.current_thread() is threading.main_thread()
        usable = hasattr(signal, "setitimer") and main
        self._seconds = seconds if usable else None
        self._previous: Any = None

    def __enter__(self) -> _Alarm:
        if self._seconds is not None:
            self._previous = signal.signal(signal.SIGALRM, self._ring)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)

    def call(self, worker: Worker, record: Record, job: Job) -> Outcome:
        if self._seconds is None:
            return _one(worker, record, job)
        try:
            signal.setitimer(signal.ITIMER_REAL, self._seconds)
            try:
                return _one(worker, record, job)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _Stop:
            return timed_out(record, job)

    @staticmethod
    def _ring(signum: int, frame: object) -> None:
        raise _Stop


# --- worker processes ----------------------------------------------------------------------------


def _serve(conn: Connection, worker: Worker, job: Job) -> None:
    """A worker process: says it is ready, then cleans chunks, sending each record's outcome as
    soon as it is done (so the parent knows which record it is on)."""
    watch_parent(os.getppid())  # the forkserver, which ends with the parent, or the parent
    _load_pipeline()  # done in the forkserver already; a spawned worker imports it here
    conn.send("ready")
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for record in chunk:
            outcome = _one(worker, record, job)
            try:
                conn.send(outcome)
            except Exception as error:  # e.g. an outcome that cannot be pickled
                message = f"worker failed: {type(error).__name__}: {error}"
                conn.send(_outcome(record, Result("error", None, message), job))


class _Process:
    """One worker process and what it is doing: its chunk, the record it is on, since when."""

    def __init__(self, context: Any, worker: Worker, job: Job) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, worker, job), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False
        self.chunk: deque[tuple[int, Record]] = deque()
        self.since = 0.0

    def give(self, chunk: deque[tuple[int, Record]]) -> None:
        self.chunk = chunk
        self.since = time.monotonic()
        self.conn.send([record for _, record in chunk])

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class _Supervisor:
    """Worker processes fed with chunks, watched for crashes and for records over the limit."""

    def __init__(self, workers: int, job: Job, worker: Worker, capacity: int) -> None:
        self._context = _context()
        self._job = job
        self._worker = worker
        self._limit = _hard_limit(job)
        self._capacity = capacity
        self._processes = [self._start() for _ in range(workers)]
        self._waiting: deque[deque[tuple[int, Record]]] = deque()
        self._done: dict[int, tuple[Record, Outcome]] = {}
        self._failed_starts = 0

    def map_ordered(self, chunks: Iterable[list[Record]]) -> Iterator[tuple[Record, Outcome]]:
        source = iter(chunks)
        pulled = yielded = 0
        exhausted = False
        while True:
            while not exhausted and pulled - yielded < self._capacity:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                self._waiting.append(deque(enumerate(chunk, start=pulled)))
                pulled += len(chunk)
            if yielded in self._done:
                while yielded in self._done:
                    yield self._done.pop(yielded)
                    yielded += 1
                continue  # pull again before waiting: what was in flight may all be out now
            if exhausted and yielded == pulled:
                return
            self._assign()
            self._step()

    def close(self) -> None:
        """Idle workers exit; one still starting (a replacement) or busy is killed."""
        for worker in self._processes:
            if worker.ready and not worker.chunk and worker.process.is_alive():
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
            else:
                worker.stop()
        for worker in self._processes:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.stop()

    def _start(self) -> _Process:
        return _Process(self._context, self._worker, self._job)

    def _assign(self) -> None:
        for worker in self._processes:
            if worker.ready and not worker.chunk and self._waiting:
                worker.give(self._waiting.popleft())

    def _step(self) -> None:
        """Wait for a message or a deadline, then deal with what happened."""
        busy = [w for w in self._processes if w.chunk]
        timeout = None
        if self._limit is not None and busy:
            now = time.monotonic()
            timeout = max(0.0, min(w.since + self._limit for w in busy) - now)
        ready = wait([w.conn for w in self._processes], timeout)
        for index, worker in enumerate(self._processes):
            if worker.conn in ready:
                self._processes[index] = self._receive(worker)
        if self._limit is not None:
            now = time.monotonic()
            for index, worker in enumerate(self._processes):
                if worker.chunk and now - worker.since >= self._limit:
                    self._processes[index] = self._replace(worker, timed_out)

    def _receive(self, worker: _Process) -> _Process:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            if not worker.ready:
                self._failed_starts += 1
                if self._failed_starts > _MAX_FAILED_STARTS:
                    raise RuntimeError("worker processes die as they start") from None
            return self._replace(worker, self._crashed)
        if message == "ready":
            worker.ready = True
            self._failed_starts = 0
        elif worker.chunk:
            seq, record = worker.chunk.popleft()
            self._done[seq] = (record, message)
            worker.since = time.monotonic()
        return worker

    def _replace(self, worker: _Process, verdict: Callable[[Record, Job], Outcome]) -> _Process:
        """Kill `worker`; its current record gets `verdict`, the rest of its chunk is redone."""
        worker.stop()
        if worker.chunk:
            seq, record = worker.chunk.popleft()
            self._done[seq] = (record, verdict(record, self._job))
            if worker.chunk:
                self._waiting.appendleft(worker.chunk)
        return self._start()

    @staticmethod
    def _crashed(record: Record, job: Job) -> Outcome:
        return _outcome(record, Result("error", None, CRASHED), job)


def _context() -> Any:
    """forkserver where there is one: workers (and the replacements of killed ones) are forked
    from a clean server that has imported cleanarticle once, so a replacement is ready in
    milliseconds, and no worker is a fork of a parent with threads (tqdm). Else spawn.

    The parent never imports the pipeline itself (cleanarticle imports it at the first
    extraction), so its own start-up is short and the server's import is the only one paid
    before the first page."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__, _PIPELINE])
    return context


_PIPELINE = "cleanarticle.pipeline"


def _load_pipeline() -> None:
    importlib.import_module(_PIPELINE)


def watch_parent(parent: int, interval: float = 1.0) -> None:
    """Worker start-up: exit when the parent is gone (killed with SIGKILL, say).

    A worker holds its own end of the task queue, so it would otherwise wait for tasks forever.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="cleanarticle-parent-watch", daemon=True).start()
