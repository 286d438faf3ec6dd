"""Worker functions for the runner tests; a module of their own so spawned workers import them."""

from __future__ import annotations

import os

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
