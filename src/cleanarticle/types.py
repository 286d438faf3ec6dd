"""The types the stages pass each other: a cut (``Verdict``) and what a stage runs with
(``Context``). Detectors, scorer and metadata all speak them, so they live in no one stage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from cleanarticle.limits import NO_DEADLINE, Deadline
from cleanarticle.options import Options

if TYPE_CHECKING:
    from cleanarticle.features import PageFeatures

Mode = Literal["html", "text"]
# The numbers behind a verdict (link density, prose units, repeated cards…), shown with it.
Evidence = Mapping[str, float | int | str]


_SET = object.__setattr__


@dataclass(frozen=True, init=False)
class Verdict:
    """A stage's decision to cut a block, or the span ``start:end`` of its text.

    ``rule`` is the stable id a user can count and test against (``legal.copyright``; see
    docs/detectors.md); ``evidence`` the numbers the decision rests on.
    """

    index: int
    detector: str
    reason: str
    span: tuple[int, int] | None = None
    rule: str = ""
    evidence: Evidence | None = field(default=None, compare=False)

    def __init__(
        self,
        index: int,
        detector: str,
        reason: str,
        span: tuple[int, int] | None = None,
        *,
        rule: str,
        evidence: Evidence | None = None,
    ) -> None:
        # One write of the whole instance dict: the generated frozen __init__ makes a
        # object.__setattr__ call per field, and pages get hundreds of verdicts.
        _SET(
            self,
            "__dict__",
            {
                "index": index, "detector": detector, "reason": reason, "span": span,
                "rule": rule, "evidence": evidence,
            },
        )  # fmt: skip


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
