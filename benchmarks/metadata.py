"""Author and date scoring (see /work/shared/bench/README.md, "Metadata").

Date: both sides normalised to (year, month, day); a partial truth ("1996-3", "2018") is compared
at its own granularity; a null truth is matched only by no prediction.
Author: the set of name tokens must match (NFKC, case-folded, split on whitespace, commas,
semicolons, "、", "/", "|", "&"; brackets and quotes stripped; a parenthetical alias such as
"周思博 (Joel Spolsky)" is dropped); a null truth is matched only by no prediction. A page whose
truth lacks the key is not scored for that field. "Contained": every true name occurs in the
predicted author string (pages with a true author only).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_YM = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})(?!\d)")
_Y = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_PARENTHETICAL = re.compile(r"[(（][^)）]*[)）]")
_NAME_SEPARATORS = re.compile(r"[\s、,，;；/|&]+")
_BRACKETS_QUOTES = "()（）[]【】{}<>《》「」『』\"'“”‘’«»"
# Two defaults tell which fields dateutil read from the text and which it filled in.
_DEFAULT_ONE = datetime(1904, 1, 1)
_DEFAULT_TWO = datetime(1908, 2, 2)


def date_parts(value: str | None) -> tuple[int, ...] | None:
    """(y, m, d), (y, m) or (y,) as written in `value`; None when no date is found."""
    if not value or not value.strip():
        return None
    match = _YMD.search(value)
    if match:
        return tuple(int(group) for group in match.groups())
    parts = _parse_words(value)
    if parts:
        return parts
    for pattern in (_YM, _Y):
        match = pattern.search(value)
        if match:
            return tuple(int(group) for group in match.groups())
    return None


def _parse_words(value: str) -> tuple[int, ...] | None:
    """Other spellings ("Feb 13, 2022", "7/5/2005") via dateutil, keeping only given fields."""
    from dateutil import parser  # only for the rare value without a numeric Y-M-D

    try:
        one = parser.parse(value, fuzzy=True, default=_DEFAULT_ONE)
        two = parser.parse(value, fuzzy=True, default=_DEFAULT_TWO)
    except (ValueError, OverflowError, TypeError):
        return None
    full = (one.year, one.month, one.day)
    given = [a == b for a, b in zip(full, (two.year, two.month, two.day), strict=True)]
    length = given.index(False) if False in given else 3
    return full[:length] or None


def date_matches(truth: str | None, prediction: str | None) -> bool:
    true_parts = date_parts(truth)
    if true_parts is None:
        return not (prediction and prediction.strip())
    predicted = date_parts(prediction)
    if predicted is None or len(predicted) < len(true_parts):
        return False
    return predicted[: len(true_parts)] == true_parts


def author_names(value: str | None) -> frozenset[str]:
    if not value:
        return frozenset()
    value = _PARENTHETICAL.sub(" ", unicodedata.normalize("NFKC", value).casefold())
    names = (name.strip(_BRACKETS_QUOTES) for name in _NAME_SEPARATORS.split(value))
    return frozenset(name for name in names if name)


def author_matches(truth: str | None, prediction: str | None) -> bool:
    return author_names(truth) == author_names(prediction)


def author_contained(truth: str | None, prediction: str | None) -> bool:
    names = author_names(truth)
    if not names or not prediction:
        return False
    predicted = unicodedata.normalize("NFKC", prediction).casefold()
    return all(name in predicted for name in names)


@dataclass(frozen=True)
class MetadataScore:
    pages: int
    date_accuracy: float
    author_accuracy: float
    author_contained: float  # over pages with a true author
    pages_with_author: int


def score(
    truths: Sequence[tuple[str | None, str | None]],
    predictions: Sequence[tuple[str | None, str | None]],
    scored: Sequence[tuple[bool, bool]] | None = None,
) -> MetadataScore:
    """Score (author, date) predictions against (author, date) truths, page by page.

    `scored` says per page whether its truth has an author and a date key (default: both).
    """
    pairs = list(zip(truths, predictions, strict=True))
    keys = list(scored) if scored is not None else [(True, True)] * len(pairs)
    with_author = [(t, p) for t, p in pairs if author_names(t[0])]
    return MetadataScore(
        pages=len(pairs),
        date_accuracy=_share(
            [date_matches(t[1], p[1]) for (t, p), k in zip(pairs, keys) if k[1]]
        ),
        author_accuracy=_share(
            [author_matches(t[0], p[0]) for (t, p), k in zip(pairs, keys) if k[0]]
        ),
        author_contained=_share([author_contained(t[0], p[0]) for t, p in with_author]),
        pages_with_author=len(with_author),
    )


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0
