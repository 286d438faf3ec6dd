"""Worker functions for the runner tests; a module of their own so spawned workers import them."""

from __future__ import annotations

import os
import re
import time

from cleanarticle.batch.records import Record
from cleanarticle.batch.runner import Job, Outcome, process_chunk


def crash_on_boom(records: list[Record], job: Job) -> list[Outcome]:
    """Kills its worker process outright (as a segfault or the OOM killer would) on "boom"."""
    if any(record.id == "boom" for record in records):
        os._exit(1)
    return process_chunk(records, job)


def fail_on_bad(records: list[Record], job: Job) -> list[Outcome]:
    """Raises (as a bug in the worker would) for a chunk holding the record "bad"."""
    if any(record.id == "bad" for record in records):
        raise RuntimeError("worker bug")
    return process_chunk(records, job)


def stall_on_slow(records: list[Record], job: Job) -> list[Outcome]:
    """Holds its worker for a minute on "slow", inside C code (as one slow regex call would)."""
    if any(record.id == "slow" for record in records):
        time.sleep(60)
    return process_chunk(records, job)


def backtrack_on_slow(records: list[Record], job: Job) -> list[Outcome]:
    """A regular expression that backtracks for ages on "slow" (one call, never returning)."""
    if any(record.id == "slow" for record in records):
        re.match(r"(?:a|a)*b", "a" * 64)
    return process_chunk(records, job)


def slow_on_head(records: list[Record], job: Job) -> list[Outcome]:
    """Takes a second on "head", long enough for the other worker to finish every record
    pulled behind it."""
    if any(record.id == "head" for record in records):
        time.sleep(1)
    return process_chunk(records, job)
