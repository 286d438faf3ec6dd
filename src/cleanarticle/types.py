"""The types the stages pass each other: a cut (``Verdict``) and what a stage runs with
(``Context``). Detectors, scorer and metadata all speak them, so they live in no one stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from cleanarticle.limits import NO_DEADLINE, Deadline
from cleanarticle.options import Options

if TYPE_CHECKING:
    from cleanarticle.features import PageFeatures

Mode = Literal["html", "text"]


_SET = object.__setattr__


@dataclass(frozen=True, init=False)
class Verdict:
    """A stage's decision to cut a block, or the span ``start:end`` of its text."""

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
    """What the detectors and the scorer run with, for one document."""

    mode: Mode
    options: Options
    deadline: Deadline = NO_DEADLINE
    # The page's shared facts (prose bounds…), built by the pipeline after the blocks stage;
    # None when a caller builds a Context by hand: features.page_features then makes them.
    features: PageFeatures | None = field(default=None, compare=False, repr=False)
    # Other facts several detectors need (see detectors._gate.shared), computed by the first
    # that asks: one Context serves the detectors of one document.
    facts: dict[object, Any] = field(default_factory=dict, compare=False, repr=False)
