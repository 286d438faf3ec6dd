"""The result types: what a caller gets back, JSON-ready and immutable."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Kind(str, Enum):
    """What a paragraph is, so Markdown output can be faithful."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE_ROW = "table_row"
    CODE = "code"


@dataclass(frozen=True)
class Mark:
    """Inline structure over a span of a paragraph's text: emphasis, code, a link or an image.

    ``style`` is "strong", "em", "code", "link" (``url`` is its target), "image" (at
    ``start == end``: an image inside the text; ``url`` is its source, ``alt`` its text) or
    "figure" (an image standing on its own before the paragraph). URLs are absolute when the
    page or caller gave a base. Links and images are kept only with ``Options.include_links`` /
    ``include_images``.
    """

    style: str
    start: int
    end: int
    url: str = ""
    alt: str = ""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the article with what Markdown and HTML output need to render it.

    ``text`` is the plain text (code keeps its newlines and indentation). ``cells`` holds every
    cell of a table row (empty ones too, merged cells repeated as empty), ``header`` marks a
    header row; ``number`` is an ordered list item's number (0: not numbered); ``continued``
    says the paragraph belongs to the same table, or the same list item, as an earlier one;
    ``language`` is what the page's markup names for a code block.
    """

    text: str
    kind: Kind = Kind.PARAGRAPH
    level: int = 0  # heading level (1-6) for headings, nesting depth for list items
    marks: tuple[Mark, ...] = ()
    cells: tuple[str, ...] = ()
    header: bool = False
    number: int = 0
    continued: bool = False
    language: str = ""


# Removal reasons other code reads: "binary: pdf", "page cut at N of M bytes".
BINARY = "binary: "
CUT = "page cut"
# Rule ids of the notes about a whole page (see docs/detectors.md).
BINARY_RULE, CUT_RULE, DECODE_RULE = "input.binary", "input.page_cut", "decode.charset"
TIME_LIMIT_RULE = "time_limit.exceeded"


@dataclass(frozen=True)
class Flag:
    """One more stage that flagged the same text: the cut is not one detector's opinion."""

    detector: str
    rule: str
    reason: str


@dataclass(frozen=True)
class Removal:
    """One cut: which stage removed which text, and why (in words a person can check).

    ``rule`` is a stable id (``legal.copyright``, ``scorer.comment_section``; see
    docs/detectors.md) to count cuts by or test against. Where the text was: ``index`` is its
    block (a line of the page, in page order; -1 for notes about the whole page such as the
    decoding), ``path`` a short CSS path of its element in the parsed page
    (``body>div#footer>p:nth-of-type(3)``; "" for text dumps), and ``span`` the character
    range cut from the block's text when only part of the line went. ``evidence`` holds the
    numbers behind the decision; ``also`` every other stage that flagged the same block.
    """

    detector: str
    reason: str
    text: str
    rule: str = ""
    index: int = -1
    path: str = ""
    span: tuple[int, int] | None = None
    evidence: dict[str, float | int | str] = field(default_factory=dict, hash=False)
    also: tuple[Flag, ...] = ()

    @property
    def detectors(self) -> tuple[str, ...]:
        """Every stage that flagged the text, the one that cut it first."""
        return tuple(dict.fromkeys((self.detector, *(flag.detector for flag in self.also))))


@dataclass(frozen=True)
class Metadata:
    """What the page says about the article; the metadata stage fills it, Article extends it."""

    title: str | None = None
    author: str | None = None  # several joined with "; "
    authors: tuple[str, ...] = ()
    editor: str | None = None
    date: str | None = None  # ISO 8601: "2023-07-20", "2021-04-10T18:52:00", "...+08:00"
    date_modified: str | None = None
    source: str | None = None  # the outlet the article comes from ("来源:人民日报")
    sitename: str | None = None
    url: str | None = None  # canonical when the page names one, else the caller's
    language: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    image: str | None = None
    # Where each metadata value came from: field -> "source: evidence", for example
    # {"date": "json-ld: JSON-LD datePublished", "author": "label line top: line 4: 作者：王明"}.
    provenance: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Article(Metadata):
    """The clean article: metadata, body paragraphs, and every cut with its reason."""

    text: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    comments: str = ""  # the page's comment section, only with Options(include_comments=True)
    removed: tuple[Removal, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (enums as strings, tuples as lists); a paragraph's structure
        fields appear only when set, so plain paragraphs stay {text, kind, level}, and so do a
        removal's span, evidence and other flags (it always has detector, reason, text, rule,
        index and path)."""
        data = _jsonable(asdict(self))
        data["paragraphs"] = [_lean(paragraph) for paragraph in data["paragraphs"]]
        data["removed"] = [_lean_removal(removal) for removal in data["removed"]]
        return data

    def to_markdown(self, *, front_matter: bool = False) -> str:
        """CommonMark/GFM Markdown (see ``cleanarticle.output.to_markdown``)."""
        from cleanarticle.output import to_markdown

        return to_markdown(self, front_matter=front_matter)

    def to_html(self) -> str:
        """A small, safe HTML document (see ``cleanarticle.output.to_html``)."""
        from cleanarticle.output import to_html

        return to_html(self)


_PARAGRAPH_DEFAULTS = {"marks": [], "cells": [], "header": False, "number": 0, "continued": False,
                       "language": ""}  # fmt: skip


def _lean(paragraph: dict[str, Any]) -> dict[str, Any]:
    lean = {
        key: value
        for key, value in paragraph.items()
        if key not in _PARAGRAPH_DEFAULTS or value != _PARAGRAPH_DEFAULTS[key]
    }
    if "marks" in lean:  # emphasis and code marks have no url or alt
        lean["marks"] = [{k: v for k, v in mark.items() if v != ""} for mark in lean["marks"]]
    return lean


_REMOVAL_OPTIONAL = ("span", "evidence", "also")


def _lean_removal(removal: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in removal.items() if value or key not in _REMOVAL_OPTIONAL}


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value
