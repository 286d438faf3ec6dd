"""What the line scan reports: ranked dates, names and sources, and the lines to cut.

Ranks: lower wins; every rank is a position in the one table of ``metadata.ranks``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cleanarticle.blocks import Block
from cleanarticle.metadata.ranks import rank

DETECTOR = "metadata"
DateKind = Literal["published", "modified", "created", "edited"]

AUTHOR_LABEL_TOP = rank("author", "label line top")
AUTHOR_ELEMENT_TOP = rank("author", "byline element top")
AUTHOR_ROLE_TOP = rank("author", "role line top")
AUTHOR_BOTTOM = rank("author", "line bottom")
AUTHOR_LEAD = rank("author", "lead credit")
AUTHOR_STANDALONE = rank("author", "standalone line")
AUTHOR_RESIDUAL = rank("author", "residual line")
DATE_CREATED = rank("date", "created line")  # an official document's own date
DATE_LABEL_TOP = rank("date", "label line top")
DATE_PURE_TOP = rank("date", "pure line top")
DATE_LABEL_BOTTOM = rank("date", "label line bottom")
DATE_PURE_BOTTOM = rank("date", "pure line bottom")
DATE_SHORT_TOP = rank("date", "short line top")
DATE_MONTH_ONLY = rank("date", "month line")
EDITOR_LABEL = rank("editor", "label line")
EDITOR_CREDIT = rank("editor", "credit")
SOURCE_LABEL_TOP = rank("source", "label line top")
SOURCE_BOTTOM = rank("source", "line bottom")
SOURCE_OUTLET = rank("source", "outlet line")
SOURCE_RESIDUAL = rank("source", "residual line")


@dataclass(frozen=True, slots=True)
class DateFound:
    iso: str
    precision: int
    index: int
    rank: int
    kind: DateKind
    distance: int  # blocks from the body edge it was found at
    position: int = 0  # character offset in the line: the first date of a line wins ties


@dataclass(frozen=True, slots=True)
class NamesFound:
    names: tuple[str, ...]
    index: int
    rank: int
    distance: int = 0  # blocks from the body edge it was found at


@dataclass(frozen=True, slots=True)
class TextFound:
    text: str
    index: int
    rank: int


@dataclass
class LineFacts:
    dates: list[DateFound] = field(default_factory=list)
    authors: list[NamesFound] = field(default_factory=list)
    editors: list[NamesFound] = field(default_factory=list)
    sources: list[TextFound] = field(default_factory=list)
    original_title: TextFound | None = None
    empty_author_label: bool = False  # "作者: 來源:…": the page says there is no author
    metadata_lines: dict[int, str] = field(default_factory=dict)  # block index -> reason
    spans: dict[int, tuple[int, int, str]] = field(default_factory=dict)  # index -> cut, reason

    def add_author(self, names: list[str], line: Line, rank: int) -> None:
        self.authors.append(NamesFound(tuple(names), line.block.index, rank, line.distance))


@dataclass(slots=True)
class Line:
    """One line being read: where it is, and what it holds before ranking.

    ``covered`` spans are recognised metadata; ``evidence`` says something in the line (a label,
    a date, a byline) marks it as a metadata line at all.
    """

    block: Block
    top: bool
    distance: int  # blocks from the body edge
    covered: list[tuple[int, int]] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    evidence: bool = False

    @property
    def text(self) -> str:
        return self.block.text

    @property
    def index(self) -> int:
        return self.block.index
