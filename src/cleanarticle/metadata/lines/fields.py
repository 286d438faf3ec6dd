"""Labelled fields: the value after "作者:", "来源:", "编辑:", "原标题:" and the like.

A value is cut where the next label, a date or page chrome begins; a long value is prose that
happens to follow a colon, not metadata.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleanarticle.metadata.authors import clean_byline, is_placeholder, strip_wrappers
from cleanarticle.metadata.dates import DateMatch, find_dates
from cleanarticle.metadata.lines.facts import (
    AUTHOR_BOTTOM,
    AUTHOR_LABEL_TOP,
    EDITOR_LABEL,
    SOURCE_BOTTOM,
    SOURCE_LABEL_TOP,
    Line,
    LineFacts,
    NamesFound,
    TextFound,
)
from cleanarticle.metadata.lines.patterns import (
    AUTHOR,
    CHROME,
    DATE_KINDS,
    EDITOR,
    INFO,
    MEMBER,
    PROSE,
    SOURCE,
    TITLE,
    UNKNOWN,
    Label,
    is_url_or_domain,
)

MAX_VALUE = 40  # characters: a longer value is prose
_COUNTER_JUNK = re.compile(r"[\d\s\W_大中小次人]+")  # what a counter or font switch holds
_VALUE_STOP = re.compile(
    r"\s(?:阅读|閱讀|评论|評論|点击|點擊|浏览|瀏覽|编辑|編輯|分享|收藏|打印|字号|字號|发表|發表|"
    r"发布|發布|时间|時間|日期)|[【\[|]|\s{2,}"
)


def read_labelled(
    facts: LineFacts, line: Line, labels: Sequence[Label], dates: Sequence[DateMatch]
) -> None:
    """Record every labelled value of the line and mark the label spans as covered."""
    text = line.text
    for position, (start, value_start, kind) in enumerate(labels):
        end = labels[position + 1].start if position + 1 < len(labels) else len(text)
        value = text[value_start:end]
        short = len(value.strip()) <= MAX_VALUE
        if kind in DATE_KINDS:
            line.evidence = True
            if short or any(value_start <= date.start < end for date in dates):
                line.covered.append((start, end))
        elif kind in (CHROME, INFO, MEMBER):
            _chrome_or_info(line, kind, value, (start, end), short=short)
        elif kind == TITLE:
            _original_title(facts, line, value, (start, end))
        elif kind != UNKNOWN and short:
            line.evidence = True
            line.covered.append((start, end))
            _person_or_source(facts, line, kind, label_value(value, dates, value_start))


def _chrome_or_info(
    line: Line, kind: str, value: str, span: tuple[int, int], *, short: bool
) -> None:
    """ "点击量:", "阅读：8169", "字体：大 中 小" are chrome; "评论：<a title>" is not."""
    counter = kind == CHROME and not _COUNTER_JUNK.sub("", value)
    line.evidence = line.evidence or counter
    if counter or (kind in (INFO, MEMBER) and short):
        line.covered.append(span)


def _original_title(facts: LineFacts, line: Line, value: str, span: tuple[int, int]) -> None:
    cut = strip_wrappers(value)
    if cut:
        line.evidence = True
        line.covered.append(span)
        line.fields.append("original title")
        facts.original_title = TextFound(cut, line.index, 0)


def _person_or_source(facts: LineFacts, line: Line, kind: str, cut: str) -> None:
    if kind == AUTHOR:
        names = clean_byline(cut, "label") if cut else []
        if names:
            facts.add_author(names, line, AUTHOR_LABEL_TOP if line.top else AUTHOR_BOTTOM)
            line.fields.append("author")
        elif not cut:
            facts.empty_author_label = True
    elif kind == EDITOR:
        names = clean_byline(cut, "label") if cut else []
        if names:
            facts.editors.append(NamesFound(tuple(names), line.index, EDITOR_LABEL))
            line.fields.append("editor")
    elif kind == SOURCE:
        source = source_value(cut)
        if source:
            rank = SOURCE_LABEL_TOP if line.top else SOURCE_BOTTOM
            facts.sources.append(TextFound(source, line.index, rank))
            line.fields.append("source")


def label_value(value: str, dates: Sequence[DateMatch], offset: int) -> str:
    """A label's value, cut before page chrome or a date that follows it."""
    for date in dates:
        if offset <= date.start < offset + len(value):
            value = value[: date.start - offset]
            break
    value = strip_wrappers(value)
    stop = _VALUE_STOP.search(value)
    if stop:
        value = value[: stop.start()]
    return strip_wrappers(value)


def source_value(value: str) -> str | None:
    """An outlet's name, or None for a URL, a date, a placeholder or a sentence."""
    value = strip_wrappers(value)
    if not value or len(value) > 30 or is_placeholder(value) or is_url_or_domain(value):
        return None
    if find_dates(value) or PROSE.search(value) or value.isdigit():
        return None
    return value
