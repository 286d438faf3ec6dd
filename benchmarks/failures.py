"""The failure view: cleanarticle's worst pages, what they lost and kept, and why.

A "sentence" is a line or a sentence of the text (split at line breaks and sentence-ending
punctuation). A token is matched when it lies in a shingle the other side also has (counted with
multiplicity, as the metric does). A true sentence is lost when most of its tokens are unmatched
in our output; a predicted sentence is wrongly kept when most of its tokens are unmatched in the
truth. Each lost sentence is traced to the `article.removed` entry (detector + reason) that holds
it, else the one sharing most of its shingles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from benchmarks.metric import SHINGLE_SIZE, score_page, shingles, tokenize
from benchmarks.runner import PageResult

_SENTENCE_END = re.compile(r"(?<=[。！？!?；;])|(?<=\.)\s+|\n+")
MOSTLY = 0.5
WIDTH = 110
MAX_ITEMS = 8


class RemovalLike(Protocol):
    """cleanarticle's `Removal`: which stage removed which text, and why."""

    @property
    def detector(self) -> str: ...

    @property
    def reason(self) -> str: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Loss:
    sentence: str
    cause: str


@dataclass(frozen=True)
class PageFailure:
    page_id: str
    f1: float
    precision: float
    recall: float
    lost: tuple[Loss, ...]
    kept: tuple[str, ...]


def sentences(text: str) -> list[str]:
    """Lines and sentences of `text` that hold at least one token (split between tokens)."""
    parts = (part.strip() for part in _SENTENCE_END.split(text or ""))
    return [part for part in parts if part and tokenize(part)]


def covered_tokens(text: str, other: str) -> list[bool]:
    """For each token of `text`: is it inside a shingle that `other` also has (with budget)?"""
    tokens = tokenize(text)
    budget = shingles(tokenize(other))
    covered = [False] * len(tokens)
    count = max(1, len(tokens) - SHINGLE_SIZE + 1) if tokens else 0
    for start in range(count):
        shingle = tuple(tokens[start : start + SHINGLE_SIZE])
        if budget[shingle] > 0:
            budget[shingle] -= 1
            covered[start : start + SHINGLE_SIZE] = [True] * len(shingle)
    return covered


def unmatched_sentences(text: str, other: str) -> list[str]:
    """Sentences of `text` most of whose tokens are in no shingle shared with `other`."""
    covered = covered_tokens(text, other)
    result, position = [], 0
    for sentence in sentences(text):
        size = len(tokenize(sentence))
        flags = covered[position : position + size]
        position += size
        if flags.count(False) > MOSTLY * len(flags):
            result.append(sentence)
    return result


def lost_sentences(truth: str, prediction: str) -> list[str]:
    return unmatched_sentences(truth, prediction)


def kept_sentences(truth: str, prediction: str) -> list[str]:
    return unmatched_sentences(prediction, truth)


def _joined(text: str) -> str:
    return " " + " ".join(tokenize(text)) + " "


def cause_of(sentence: str, removed: Sequence[RemovalLike]) -> str:
    """The removal that holds the sentence (else most of its shingles), as "detector: reason"."""
    needle = _joined(sentence)
    for removal in removed:
        if needle in _joined(removal.text):
            return f"{removal.detector}: {removal.reason}"
    own = set(shingles(tokenize(sentence)))
    best, best_share = None, 0.0
    for removal in removed:
        share = len(own & set(shingles(tokenize(removal.text)))) / len(own) if own else 0.0
        if share > best_share:
            best, best_share = removal, share
    if best is None or best_share < MOSTLY:
        return "no removal holds it (never extracted: parse, block building or decoding)"
    return f"{best.detector}: {best.reason}"


def analyse(result: PageResult) -> PageFailure:
    truth, prediction = result.page.true_body, result.extraction.text
    page = score_page(truth, prediction)
    lost = tuple(
        Loss(s, cause_of(s, result.extraction.removed)) for s in lost_sentences(truth, prediction)
    )
    kept = tuple(kept_sentences(truth, prediction))
    return PageFailure(result.page.page_id, page.f1, page.precision, page.recall, lost, kept)


def worst(results: Sequence[PageResult], count: int) -> list[PageFailure]:
    failures = [analyse(result) for result in results]
    return sorted(failures, key=lambda failure: failure.f1)[:count]


def _short(text: str, width: int = WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(failures: Sequence[PageFailure], errors: dict[str, str]) -> str:
    return "\n".join(
        _render_page(rank, f, errors.get(f.page_id)) for rank, f in enumerate(failures, 1)
    )


def _render_page(rank: int, failure: PageFailure, error: str | None) -> str:
    lines = [
        f"#{rank} {failure.page_id}  F1={failure.f1:.3f} "
        f"P={failure.precision:.3f} R={failure.recall:.3f}"
    ]
    if error:
        lines.append(f"  ERROR: {error}")
    lines.append(f"  lost ({len(failure.lost)} true sentences missing):")
    lines += _grouped_losses(failure.lost)
    lines.append(f"  wrongly kept ({len(failure.kept)} sentences not in the truth):")
    lines += [f"    + {_short(s)}" for s in failure.kept[:MAX_ITEMS]]
    lines += _more(len(failure.kept))
    return "\n".join(lines) + "\n"


def _grouped_losses(losses: Sequence[Loss]) -> list[str]:
    """Losses grouped by cause, biggest group first, a few sentences each."""
    by_cause: dict[str, list[str]] = {}
    for loss in losses:
        by_cause.setdefault(loss.cause, []).append(loss.sentence)
    lines = []
    for cause, lost in sorted(by_cause.items(), key=lambda item: -len(item[1])):
        lines.append(f"    [{len(lost)}] {_short(cause, WIDTH)}")
        lines += [f"      - {_short(s)}" for s in lost[:MAX_ITEMS]]
        lines += [f"  {line}" for line in _more(len(lost))]
    return lines


def _more(count: int) -> list[str]:
    return [f"    … {count - MAX_ITEMS} more"] if count > MAX_ITEMS else []
