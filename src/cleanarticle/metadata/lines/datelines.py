"""Dates in metadata lines: which kind each is (published, modified, created, edited), its rank.

A labelled date ("发布时间:") is ranked at once; an unlabelled one waits until its line is
judged (``settle_line``): a date alone on its line is a dateline, a date inside text is weak.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cleanarticle.metadata.dates import DateMatch
from cleanarticle.metadata.languages import (
    PUBLISHED_CUES,
    REPLY_CUES,
    UPDATE_CUES,
    alternation,
)
from cleanarticle.metadata.lines.facts import (
    DATE_CREATED,
    DATE_LABEL_BOTTOM,
    DATE_LABEL_TOP,
    DATE_MONTH_ONLY,
    DATE_PURE_BOTTOM,
    DATE_PURE_TOP,
    DATE_SHORT_TOP,
    DateFound,
    DateKind,
    Line,
    LineFacts,
)
from cleanarticle.metadata.lines.patterns import CREATED, DATE_KINDS, MEMBER, MODIFIED, Label
from cleanarticle.metadata.ranks import UNDECIDED

_DATE_CUE_BEFORE = re.compile(
    r"(?:(?:发布|發布|發佈|发表|發表|发稿|發稿|刊发|刊發|出版|上传|上傳)?(?:时间|時間|日期)"
    rf"|(?:发表|發表|发布|發布|發佈)(?:于|於)?|(?<!\w)(?:{alternation(PUBLISHED_CUES)}))"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
# "Updated on ", "更新于", and a time between the cue and the date: "Updated 20:49, 5 Aug 2024".
_MODIFIED_CUE_BEFORE = re.compile(
    rf"(?:更新|修改|编辑于|編輯於|{alternation(UPDATE_CUES)})"  # glued too: "AnalystUpdated"
    r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\D{0,4}$",
    re.I,
)
_REPLY_CUE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(REPLY_CUES)})\D{{0,4}}$", re.I)
# How far before a date its cue may start: the longest cue word, a space and a short word
# ("Veröffentlicht am ", "Last updated on "), or a time ("Updated 20:49, ").
_CUE_REACH = max(map(len, PUBLISHED_CUES | UPDATE_CUES | REPLY_CUES)) + 8
_BOUND_AFTER = re.compile(r"\s*[号號]?\s*(?:以前|之前|以后|以後|之后|之後|以来|以來|起|止)")
_RANGE_DASH = re.compile(r"\s*[-–—~～]\s*")
_TODAY_CUE = re.compile(r"今天是|今日是|today is", re.IGNORECASE)
_EDIT_NOTE = re.compile(
    r"本帖最[后後]由\s*\S+\s*[于於]|最[后後]编辑于|最後編輯於|last edited by", re.IGNORECASE
)


def read_dates(
    facts: LineFacts, line: Line, labels: Sequence[Label], dates: Sequence[DateMatch]
) -> None:
    """Record the line's dates with their kind; cover them and the cue words before them."""
    text = line.text
    if not dates or _TODAY_CUE.search(text):
        return
    edit_note = _EDIT_NOTE.search(text) is not None
    ranges = _in_ranges(text, dates)
    for position, date in enumerate(dates):
        cue = _cue_before(_DATE_CUE_BEFORE, text, date.start)
        line.covered.append((date.start - (len(cue.group()) if cue else 0), date.end))
        line.evidence = True
        if _BOUND_AFTER.match(text, date.end) or position in ranges:
            continue  # "2007年11月18号以前", "1/27/2026 - 3/24/2026": a bound or a period
        reply = _cue_before(_REPLY_CUE_BEFORE, text, date.start)
        if reply or _nearest_label(labels, date) == MEMBER:
            continue  # "answered Dec 8, 2017", "Joined: Sun Dec 17, 2023": not the page's date
        kind = _date_kind(text, labels, date, edit_note)
        rank = _rank(text, labels, date, kind, top=line.top)
        facts.dates.append(
            DateFound(date.iso, date.precision, line.index, rank, kind, line.distance, date.start)
        )
    if edit_note:
        line.covered.append((0, len(text)))
        line.fields.append("forum edit note")
    else:
        line.fields.append("date")


def _cue_before(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """The cue ending right before ``start`` (its word seen whole: "Update" is no "date")."""
    return pattern.search(text, max(0, start - _CUE_REACH), start)


def _in_ranges(text: str, dates: Sequence[DateMatch]) -> set[int]:
    """The positions of dates that open or close a period: two dates joined by a dash."""
    found: set[int] = set()
    for position in range(len(dates) - 1):
        if _RANGE_DASH.fullmatch(text, dates[position].end, dates[position + 1].start):
            found.update((position, position + 1))
    return found


def settle_line(facts: LineFacts, index: int, *, pure: bool, top: bool) -> None:
    """Rank the unlabelled dates of a judged line: strong when the line is only metadata."""
    rank = (DATE_PURE_TOP if top else DATE_PURE_BOTTOM) if pure else DATE_SHORT_TOP
    if not top and not pure:
        rank = DATE_MONTH_ONLY
    for position, found in enumerate(facts.dates):
        if found.index == index and found.rank == UNDECIDED:
            facts.dates[position] = replace(found, rank=rank)


def settle_rest(facts: LineFacts) -> None:
    """Dates of lines never judged (nothing else marked them) rank as short top lines."""
    facts.dates = [
        replace(found, rank=DATE_SHORT_TOP) if found.rank == UNDECIDED else found
        for found in facts.dates
    ]


def _rank(text: str, labels: Sequence[Label], date: DateMatch, kind: DateKind, *, top: bool) -> int:
    labelled = kind != "published" or _label_before(labels, date) is not None
    labelled = labelled or bool(_cue_before(_DATE_CUE_BEFORE, text, date.start))
    if kind == "created":
        return DATE_CREATED
    if date.precision < 3:
        return DATE_MONTH_ONLY
    if labelled:
        return DATE_LABEL_TOP if top else DATE_LABEL_BOTTOM
    return UNDECIDED  # decided once we know whether the line is pure metadata


def _nearest_label(labels: Sequence[Label], date: DateMatch) -> str | None:
    """The kind of the label whose value the date is in, if any."""
    kind = None
    for start, _, label_kind in labels:
        if start >= date.start:
            break
        kind = label_kind
    return kind


def _label_before(labels: Sequence[Label], date: DateMatch) -> str | None:
    kind = None
    for start, value_start, label_kind in labels:
        if value_start <= date.start:
            kind = label_kind if start < date.start else kind
        else:
            break
    return kind if kind in DATE_KINDS else None


def _date_kind(text: str, labels: Sequence[Label], date: DateMatch, edit_note: bool) -> DateKind:
    if edit_note:
        return "edited"
    label = _label_before(labels, date)
    if label == MODIFIED:
        return "modified"
    if label == CREATED:
        return "created"
    if label is None and _cue_before(_MODIFIED_CUE_BEFORE, text, date.start):
        return "modified"
    return "published"
