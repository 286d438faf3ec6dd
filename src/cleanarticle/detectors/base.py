"""The one interface every detector shares."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from cleanarticle.blocks import Block
from cleanarticle.limits import NO_DEADLINE, Deadline
from cleanarticle.options import Options

Mode = Literal["html", "text"]


_SET = object.__setattr__


@dataclass(frozen=True, init=False)
class Verdict:
    """A detector's decision to cut a block, or the span ``start:end`` of its text."""

    index: int
    detector: str
    reason: str
    span: tuple[int, int] | None = None

    def __init__(
        self, index: int, detector: str, reason: str, span: tuple[int, int] | None = None
    ) -> None:
        # One write of the whole instance dict: the generated frozen __init__ makes four
        # object.__setattr__ calls, and pages get hundreds of verdicts.
        _SET(
            self, "__dict__", {"index": index, "detector": detector, "reason": reason, "span": span}
        )


@dataclass(frozen=True)
class Context:
    mode: Mode
    options: Options
    deadline: Deadline = NO_DEADLINE
    # Facts about the document that several detectors need (see navigation.shared_prose_bounds),
    # computed by the first that asks: one Context serves the detectors of one document.
    facts: dict[object, Any] = field(default_factory=dict, compare=False, repr=False)


class Detector(Protocol):
    name: str

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        """Yield a verdict for each block (or span) that is boilerplate, with a short reason."""
        ...
