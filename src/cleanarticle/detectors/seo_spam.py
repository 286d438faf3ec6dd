"""Keyword stuffing: many short segments recombining the same few keywords.

Found by statistics, not by words: a line (or a run of short lines) split into many segments, with
almost no sentence punctuation, where most segments share character bigrams (CJK) or words (other
scripts) with other segments. A list of distinct names shares little; stuffing shares nearly
everything ("色综合久久 | 久久综合网 | 综合色一区 …"). Lists separated by 、 or commas look like
prose, so they need stronger repetition than lists separated by | or spaces.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.features import shared_prose_bounds
from cleanarticle.textstats import CJK_CLASS, length_units
from cleanarticle.textstats import SENTENCE_MARK as _SENTENCE_END

_NOT_ITEMS = (Kind.TABLE_ROW, Kind.CODE)  # read once: enum members are slow on Python < 3.12
_MIN_SEGMENTS = 8
_TOP_SHARE = 0.3  # stuffing has a dominant keyword found in about every third segment or more
_MIXED_SHARE = 0.5
_SEGMENT_UNITS = 20
_CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
_WORD = re.compile(r"[^\W\d_]{3,}")
_DIGIT = re.compile(r"\d")
_HARD_SEPARATORS = "|｜丨¦"
_SOFT_SEPARATORS = ",\uff0c、;\uff1b"
_SEPARATORS = (*_HARD_SEPARATORS, *_SOFT_SEPARATORS)
_SEPARATORS_CJK = (*_SEPARATORS, " ")
_SPLITTERS = MappingProxyType(
    {
        sep: re.compile(r"\s+" if sep == " " else rf"\s*{re.escape(sep)}\s*")
        for sep in _SEPARATORS_CJK
    }
)
_STOPWORDS = frozenset(
    {
        "the", "and", "for", "with", "from", "that", "this", "you", "your", "are", "was", "were",
        "has", "have", "not", "but", "how", "what", "why", "who", "will", "can", "its", "our",
        "their", "new", "more", "all", "one", "out", "about", "after", "into", "over", "than",
    }
)  # fmt: skip


@dataclass(frozen=True)
class _Thresholds:
    share: float  # share of segment grams that recur in another segment
    cover: float  # share of segments that share a gram with another segment
    hot: int  # distinct grams found in at least three segments


_LOOSE = _Thresholds(share=0.45, cover=0.7, hot=3)
_STRICT = _Thresholds(share=0.55, cover=0.85, hot=5)


class SeoSpamDetector:
    name = "seo_spam"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        bounds = shared_prose_bounds(blocks, context)
        return list(self._detect(blocks, context.mode == "html", bounds))

    def _detect(
        self, blocks: Sequence[Block], html: bool, bounds: tuple[int, int]
    ) -> Iterator[Verdict]:
        first, last = bounds
        run: list[Block] = []
        sentence_end = _SENTENCE_END.search
        for block in [*blocks, None]:
            if (  # a short item: no table row or code, no sentence end
                block is not None
                and block.units <= _SEGMENT_UNITS
                and block.kind not in _NOT_ITEMS
                and not sentence_end(block.text)
            ):
                run.append(block)
                continue
            if len(run) >= _MIN_SEGMENTS and _stuffing_place(run, html, first, last):
                reason = _judge([item.text for item in run], _LOOSE, "short lines")
                if reason:
                    rule = "seo_spam.stuffed_lines"
                    yield from (Verdict(item.index, self.name, reason, rule=rule) for item in run)
            run = []
            if block is not None and block.units >= _MIN_SEGMENTS * 2:
                reason = _judge_line(block.text)
                if reason:
                    yield Verdict(block.index, self.name, reason, rule="seo_spam.stuffed_line")


def _stuffing_place(run: list[Block], html: bool, first: int, last: int) -> bool:
    """Runs of lines are judged only where stuffing lives: links in HTML, page edges in text.

    Schedules, tables and enumerations inside an article repeat words too.
    """
    if html:
        return sum(item.is_linked for item in run) * 2 > len(run)
    return first >= 0 and (run[-1].index < first or run[0].index > last)


def _judge_line(text: str) -> str | None:
    """Keyword stuffing on one line, split at its most frequent separator."""
    # Spaces separate segments only between CJK words; elsewhere they separate words.
    has_cjk = not text.isascii() and _CJK_RUN.search(text)
    candidates = _SEPARATORS_CJK if has_cjk else _SEPARATORS
    counts = list(map(text.count, candidates))
    most = max(counts)
    if most < _MIN_SEGMENTS - 1:
        return None
    sep = candidates[counts.index(most)]  # the first of the most frequent
    soft = sep in _SOFT_SEPARATORS
    if soft and _SENTENCE_END.search(text):
        return None  # prose with commas (checked before the costly split)
    segments = [seg for seg in _SPLITTERS[sep].split(text) if seg]
    if len(segments) < _MIN_SEGMENTS:
        return None
    if not soft and len(_SENTENCE_END.findall(text)) > len(segments) // 10:
        return None
    if sum(length_units(seg) for seg in segments) > _SEGMENT_UNITS * len(segments):
        return None
    return _judge(segments, _STRICT if soft else _LOOSE, f"segments split by '{sep}'")


def _judge(segments: list[str], limits: _Thresholds, what: str) -> str | None:
    if sum(1 for segment in segments if _DIGIT.search(segment)) > 0.25 * len(segments):
        return None  # dates, scores, enumerations: a table, not stuffing
    # Menus repeat whole entries (header and footer); stuffing recombines keywords instead.
    unique = {segment.lower() for segment in segments}
    if len(unique) < _MIN_SEGMENTS:
        return None
    grams = [_grams(segment) for segment in unique]
    frequency = Counter(gram for segment in grams for gram in segment)
    total = sum(len(segment) for segment in grams)
    if not total:
        return None
    repeated = sum(1 for segment in grams for gram in segment if frequency[gram] >= 2)
    share = repeated / total
    if share < limits.share:
        return None  # most lists end here: the measures below would not matter
    covered = sum(1 for segment in grams if any(frequency[gram] >= 2 for gram in segment))
    hot = {gram for gram, count in frequency.items() if count >= 3}
    # Stuffing recombines keywords: most segments hold two or more of the frequent grams.
    mixed = sum(1 for segment in grams if len(segment & hot) >= 2)
    if (
        covered >= limits.cover * len(unique)
        and len(hot) >= limits.hot
        and max(frequency.values()) >= _TOP_SHARE * len(unique)
        and mixed >= _MIXED_SHARE * len(unique)
    ):
        return f"keyword stuffing: {len(segments)} {what}, {share:.0%} repeated n-grams"
    return None


def _grams(segment: str) -> set[str]:
    """Character bigrams of CJK runs plus lower-cased words of three letters or more."""
    grams: set[str] = set()
    if segment.isascii():  # no CJK run to pair up or to blank out
        words = _WORD.findall(segment)
    else:
        for run in _CJK_RUN.findall(segment):
            grams.update(run[i : i + 2] for i in range(len(run) - 1))
        words = _WORD.findall(_CJK_RUN.sub(" ", segment))
    for word in words:
        lowered = word.lower()
        if lowered not in _STOPWORDS:
            grams.add(lowered)
    return grams
