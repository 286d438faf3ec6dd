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
class Paragraph:
    text: str
    kind: Kind = Kind.PARAGRAPH
    level: int = 0  # heading level (1-6) for headings, nesting depth for list items


@dataclass(frozen=True)
class Removal:
    """One cut: which stage removed which text, and why (in words a person can check)."""

    detector: str
    reason: str
    text: str


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
    removed: tuple[Removal, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (enums as strings, tuples as lists)."""
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value
