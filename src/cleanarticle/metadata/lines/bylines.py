"""Bylines without an author label: "由 X 张贴", "X 发表于 …", "By X", "本报记者 X", a lone name.

These need more care than a labelled value, so each asks for other evidence on the line (a
date, a label) or for the line to be short and free of sentence punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.hints import BYLINE_HINT
from cleanarticle.metadata.authors import HAS_HAN, clean_byline, looks_like_outlet
from cleanarticle.metadata.languages import BYLINE_WORDS, alternation
from cleanarticle.metadata.lines.facts import (
    AUTHOR_BOTTOM,
    AUTHOR_LABEL_TOP,
    AUTHOR_ROLE_TOP,
    AUTHOR_STANDALONE,
    SOURCE_OUTLET,
    Line,
    LineFacts,
    TextFound,
)
from cleanarticle.metadata.lines.patterns import AUTHOR, PHOTO_CUE, PROSE, PUNCT_ONLY, Label
from cleanarticle.textstats import SENTENCE_STOPS

_POSTED_BY = re.compile(
    r"由\s*([^\s@由]{1,20}?)\s*(?:张贴|張貼|发表|發表|发布|發布|發佈|上传|上傳|提供)"
)
_POSTED_AT = re.compile(
    r"由\s*([^\s@由于於]{1,20}?)\s*[于於]\s*\d[\d\s:：/\-.年月日]*\s*"
    r"(?:张贴|張貼|发表|發表|发布|發布|發佈|上传|上傳)"
)
_POSTER = re.compile(
    r"(?:^|[\s|])([^\s|:：\[\]【】()（）]{1,20}?)\s*(?:发表于|發表於|發表于|发布于|發布於|發佈於)"
    r"\s*(?=\d)"
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"  # capitals of the Latin and Cyrillic alphabets
# "By Jane Doe", "Von Max Muster, Berlin", "Par Jean Dupont": any language's byline word.
_BY = re.compile(
    rf"(?:^|[\s|〓])(?P<word>(?:posted\s+|written\s+)?by|{alternation(BYLINE_WORDS - {'by'})})"
    r"[:\s]\s*"
    # a capitalised word followed by a number is a date's month: "By Jane Doe March 3, 2024"
    rf"([^\W\d_][\w.\-]*(?:\s+(?-i:[{_UPPER}])[\w.\-]*(?![\w.\-])(?!\s+\d)){{0,3}})",
    re.IGNORECASE,
)
_BY_WORD_STARTS = tuple(sorted({word.split()[0] + " " for word in BYLINE_WORDS} | {"by:"}))
_ROLE = re.compile(
    r"(?:本报|本報|本刊|本台|本网|本網)?(?:特约|特約|实习|實習|见习|見習|首席|总台|總台|驻[\u4e00-\u9fff]{1,6}"
    r"|駐[\u4e00-\u9fff]{1,6})?(?:记者|記者|通讯员|通訊員|实习生|實習生)"
)
_ROLE_NOUNS = ("记者", "記者", "通讯员", "通訊員", "实习生", "實習生")  # one ends every _ROLE
_EMPHASIS_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "th", "button"}
)
_MAX_REPORTER_LINE = 60
_MAX_ELEMENT_BYLINE = 40
_MAX_STANDALONE = 30
_STANDALONE_REACH = 4  # blocks from the body a lone name may sit
# "老树：春天…": a short name, a colon, then text that does not stop at once.
_NAMED_HEADLINE = re.compile(
    r"\s*([^:：，,。]{1,20}?)\s*[:：]\s*[^\s" + re.escape(SENTENCE_STOPS) + "]"
)
_HEADLINE_REACH = 4  # blocks between that headline and the lone name
_MAX_HEADLINE = 60


def read_bylines(facts: LineFacts, line: Line, labels: Sequence[Label]) -> None:
    """Names the line gives without an author label (a labelled author wins over these)."""
    has_author_label = any(label.kind == AUTHOR for label in labels)
    text = line.text
    posted = _POSTED_BY.search(text) if "由" in text else None
    if posted is None and "由" in text and line.evidence:
        posted = _POSTED_AT.search(text)  # "本贴由X于2020-12-8发表" (an edit note never matches)
    if posted and line.evidence:
        _take(facts, line, posted.group(1), posted.span())
    poster = None
    if line.evidence and not has_author_label and ("于" in text or "於" in text):
        poster = _POSTER.search(text)
    if poster:  # a forum post's header: "岚山老周发表于 2024-6-18 21:03"
        _take(facts, line, poster.group(1), poster.span(1))
    by = _BY.search(text) if not has_author_label and _has_byline_word(text) else None
    if by is not None and by.group(2)[:1].islower():
        english = by.group("word").lower().endswith("by")
        if not (english and line.evidence):
            by = None  # "By clicking, you agree…", "por la tarde": a name is capitalised
    if by is not None:
        start = by.start("word")
        leads = start == 0 or text[:start].strip() in ("", "〓")
        if (line.evidence or leads) and _take(facts, line, by.group(2), by.span()):
            line.evidence = True
    if has_author_label:
        return
    if len(text) <= _MAX_REPORTER_LINE:
        _reporter(facts, line)
    if not line.evidence and byline_element(line.block):
        _element_byline(facts, line)


def _has_byline_word(text: str) -> bool:
    """A cheap test before ``_BY``: a byline word followed by a space (or "by:")."""
    lower = text.lower()
    return any(word in lower for word in _BY_WORD_STARTS)


def _take(facts: LineFacts, line: Line, value: str, span: tuple[int, int]) -> bool:
    names = clean_byline(value, "label")
    if not names:
        return False
    facts.add_author(names, line, AUTHOR_LABEL_TOP if line.top else AUTHOR_BOTTOM)
    line.covered.append(span)
    line.fields.append("author")
    return True


def _element_byline(facts: LineFacts, line: Line) -> None:
    """A short line in an element classed as a byline: the whole line names the author."""
    text = line.text
    names = clean_byline(text, "role") if len(text) <= _MAX_ELEMENT_BYLINE else []
    if names:
        facts.add_author(names, line, AUTHOR_LABEL_TOP if line.top else AUTHOR_BOTTOM)
        line.covered.append((0, len(text)))
        line.fields.append("author")
        line.evidence = True


def _reporter(facts: LineFacts, line: Line) -> None:
    """ "新京报记者 彭冲 山东冠县报道", "某某網·海報新聞記者 李華 濟南報道", "记者 刘涛"."""
    text = line.text
    role = _ROLE.search(text) if any(word in text for word in _ROLE_NOUNS) else None
    if role is None or role.start() > 24:
        return
    before, after = text[: role.start()], text[role.start() :]
    if PROSE.search(before) or PROSE.search(after) or PHOTO_CUE.search(after):
        return
    last_role = list(_ROLE.finditer(after))[-1]
    if not clean_byline(after[last_role.end() :], "role"):
        return  # "联系记者", "记者博客": the role word is a noun here, no name follows it
    names = clean_byline(after, "role")
    if not names:
        return
    facts.add_author(names, line, AUTHOR_ROLE_TOP if line.top else AUTHOR_BOTTOM)
    line.covered.append((0, len(text)))
    line.fields.append("byline")
    line.evidence = True
    outlet = _outlet(before)
    if outlet:
        facts.sources.append(TextFound(outlet, line.index, SOURCE_OUTLET))


def standalone_names(facts: LineFacts, line: Line, blocks: Sequence[Block]) -> None:
    """A line holding only names, right under the title or above the body: "胡平".

    Without a label, a name must look like one (a Han name with a common surname), unless the
    headline above names it as its author: "老树：春天的几种读法" over a line "老树".
    """
    text = line.text
    if not line.top or line.distance > _STANDALONE_REACH or len(text) > _MAX_STANDALONE:
        return
    if PROSE.search(text) or line.block.is_linked or line.block.kind is Kind.LIST_ITEM:
        return
    names = clean_byline(text, "role")
    if not names:
        return
    if not all(HAS_HAN.search(name) for name in names):
        # Capitalised words alone are as often a heading, a product or a section title ("Key
        # Insights") as a name: without a surname list to tell, only a headline naming them
        # ("Greywolf: Notes…") makes them a byline, and only in plain text.
        if not _plain(line.block) or not _headline_names(names, line.index, blocks):
            return
    elif not clean_byline(names[0], "bare") and not _headline_names(names, line.index, blocks):
        return
    if sum(len(name) for name in names) < len(PUNCT_ONLY.sub("", text)) * 0.6:
        return
    facts.add_author(names, line, AUTHOR_STANDALONE)
    facts.metadata_lines[line.index] = "byline"


def _plain(block: Block) -> bool:
    """Plain text: no heading, no emphasis, not shouting in capitals."""
    if block.tag in _EMPHASIS_TAGS or (block.kind is Kind.HEADING and block.tag != "line"):
        return False  # (a text dump's "heading" is a guess from the layout, not markup)
    return not block.text.isupper()


def _headline_names(names: list[str], index: int, blocks: Sequence[Block]) -> bool:
    """A headline just above opens with this one name and a colon: "Name：title"."""
    if len(names) != 1:
        return False
    for block in blocks[max(0, index - _HEADLINE_REACH) : index]:
        text = block.text
        match = _NAMED_HEADLINE.match(text)
        if match and match.group(1) == names[0] and len(text) <= _MAX_HEADLINE:
            return True
    return False


def byline_element(block: Block) -> bool:
    """The line's own element (or its parent) is classed as a byline: class="author"."""
    if block.kind is Kind.LIST_ITEM:
        return False
    own = block.ancestor_hints[-2:] if block.ancestor_hints else (block.hints,)
    return BYLINE_HINT.search(" ".join(own)) is not None  # no hint word holds a space


def _outlet(before: str) -> str | None:
    """The outlet before a reporter byline: "大眾網·海報新聞" -> "大眾網", "新京报" -> itself."""
    words = before.split()
    if not words:
        return None
    word = words[-1]
    for prefix in ("本报", "本報"):
        word = word.removeprefix(prefix)
    word = re.split(r"[·・•]", word)[0].strip()
    return word if 2 <= len(word) <= 12 and looks_like_outlet(word) else None
