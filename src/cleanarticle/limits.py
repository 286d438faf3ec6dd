"""A per-document time budget, checked cooperatively between and inside the stages.

A worker cleaning millions of pages must not stall on one of them; a signal-based alarm would
only work in the main thread, so the long loops check a deadline instead.
"""

from __future__ import annotations

from time import monotonic


class TimeLimitExceeded(Exception):
    """Raised inside the pipeline when a document has used up its time budget."""

    def __init__(self, stage: str, seconds: float) -> None:
        super().__init__(f"time limit of {seconds:g}s exceeded during {stage}")
        self.stage = stage
        self.seconds = seconds


class Deadline:
    __slots__ = ("_end", "_seconds")

    def __init__(self, seconds: float | None) -> None:
        self._seconds = seconds
        self._end = None if seconds is None else monotonic() + seconds

    def check(self, stage: str) -> None:
        if self._end is not None and monotonic() > self._end:
            raise TimeLimitExceeded(stage, self._seconds or 0.0)


NO_DEADLINE = Deadline(None)
