"""Credits in parentheses: "…权益。(记者 王明)", "（责任编辑：陈华）", "本报讯 （记者 张三）…".

A credit closing a paragraph is cut as a span, so the paragraph stays; one opening the body is
only an author hint, and the text keeps it.
"""

from __future__ import annotations

import re

from cleanarticle.metadata.authors import HAS_HAN, clean_byline
from cleanarticle.metadata.lines.facts import (
    AUTHOR_BOTTOM,
    AUTHOR_LEAD,
    EDITOR_CREDIT,
    SOURCE_BOTTOM,
    SOURCE_LABEL_TOP,
    Line,
    LineFacts,
    NamesFound,
    TextFound,
)
from cleanarticle.metadata.lines.fields import source_value
from cleanarticle.metadata.lines.patterns import AUTHOR_CUE, PHOTO_CUE, PROSE

_TAIL_PAREN = re.compile(r"[（(]\s*([^（）()]{2,40}?)\s*[)）]\s*$")
_LEAD_PAREN = re.compile(r"^[^（(]{0,12}?[（(]\s*([^（）()]{2,40}?)\s*[)）]")
_SOURCE_START = re.compile(r"^(?:来源|來源|稿源|出处|出處|转自|轉自|source)\s*[:：]?\s*", re.I)
_EDITOR_WORD = re.compile(r"(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]?\s*")
_EDITOR_REACH = 12  # characters into the credit the editor word may start
_SIGN_OFF_REACH = 1  # blocks from the last kept one a bare "（王明）" sign-off may sit
_LEAD_TEXT_AFTER = 10  # a lead credit is followed by the article's text


def tail_credit(facts: LineFacts, line: Line) -> bool:
    """Cut only the credit at the end of the line; whether there was one."""
    text = line.text
    if not text or text[-1] not in ")）":
        return False
    match = _TAIL_PAREN.search(text)
    if match is None:
        return False
    found = _credit(facts, line, match.group(1).strip())
    if not found:
        return False
    if match.start() == 0 or not text[: match.start()].strip(" \t—-"):
        facts.metadata_lines[line.index] = found
    else:
        facts.spans[line.index] = (match.start(), len(text), found)
    return True


def lead_credit(facts: LineFacts, line: Line) -> None:
    """ "本报讯 （记者 张三）…" opening the body: an author hint, left in the text."""
    match = _LEAD_PAREN.match(line.text)
    if match is None or len(line.text) <= match.end() + _LEAD_TEXT_AFTER:
        return
    inner = match.group(1)
    if AUTHOR_CUE.search(inner) and not PHOTO_CUE.search(inner):
        names = clean_byline(inner, "role")
        if names:
            facts.add_author(names, line, AUTHOR_LEAD)


def _credit(facts: LineFacts, line: Line, inner: str) -> str | None:
    """Record what the credit names; the reason to cut it, or None when it is no credit."""
    source = _SOURCE_START.match(inner)
    if source:
        value = source_value(inner[source.end() :])
        if not value:
            return None
        rank = SOURCE_LABEL_TOP if line.top else SOURCE_BOTTOM
        facts.sources.append(TextFound(value, line.index, rank))
        return "source credit"
    editor = _EDITOR_WORD.search(inner)
    if editor and editor.start() <= _EDITOR_REACH:
        names = clean_byline(inner[editor.end() :], "label")
        if not names:
            return None
        facts.editors.append(NamesFound(tuple(names), line.index, EDITOR_CREDIT))
        return "editor credit"
    if AUTHOR_CUE.search(inner) and not PHOTO_CUE.search(inner) and not PROSE.search(inner):
        names = clean_byline(inner, "role")
        if names:
            facts.add_author(names, line, AUTHOR_BOTTOM)
            return "author credit"
    elif not line.top and line.distance <= _SIGN_OFF_REACH and not PROSE.search(inner):
        # a bare sign-off closing the text, "…的意见。（王明）": a name with a common surname
        names = clean_byline(inner, "bare")
        if names and all(HAS_HAN.search(name) for name in names):
            facts.add_author(names, line, AUTHOR_BOTTOM)
            return "author sign-off"
    return None
