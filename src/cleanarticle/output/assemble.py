"""Kept blocks -> paragraphs: lines of one element rejoined, structure carried over.

Marks were recorded against each line's raw text; the detectors may have cut spans and the text
was normalised, so every mark is moved onto the final text by aligning the two (the final text
is the raw text with characters deleted and whitespace runs collapsed). Code keeps its raw
newlines and indentation. Links and images are kept only when asked for, with their URLs made
absolute and unsafe schemes (``javascript:``) dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

from cleanarticle.article import Kind, Mark, Paragraph
from cleanarticle.blocks import Block, RawMark

_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "ftp"})
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_URL_NOISE = re.compile(r"[\x00-\x1f\x7f]")  # browsers drop these, so "java\tscript:" is a trap
_MAX_FIGURE_GAP = 2  # dropped blocks (a caption, a credit) a standalone image may sit among
_IMAGE_STYLES = ("image", "figure")
_MAX_CELL_CHARS = 200  # a longer cell is a page column laid out with a table, not data


@dataclass(frozen=True)
class Structure:
    """Which structure to keep: links and images are opt-in, URLs resolve against ``base``."""

    links: bool = False
    images: bool = False
    base: str | None = None


@dataclass
class _Lines:
    """Kept lines of one paragraph in the making."""

    first: Block
    texts: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    length: int = 0


def build_paragraphs(
    blocks: Sequence[Block], texts: Sequence[str | None], structure: Structure = Structure()
) -> tuple[Paragraph, ...]:
    """Rejoin kept lines of one element (split at <br>, or the lines of one <pre>) into one
    paragraph; keep their kind and structure. A table the page laid out with paragraphs in its
    cells becomes rows, as data tables are, when it reads as data (see ``_cell_rows``)."""
    builder = _Builder(structure)
    figures: list[Mark] = []  # standalone images of dropped blocks, waiting for a kept one
    gap = -1  # dropped blocks since the last kept one (-1: none kept yet)
    layouts: set[int] = set()  # tables that read as page layout, not data
    position = 0
    while position < len(blocks):
        block, text = blocks[position], texts[position]
        position += 1
        markup = block.markup
        if not text:
            if gap >= 0:
                gap += 1
                if gap <= _MAX_FIGURE_GAP and markup is not None and structure.images:
                    figures += _figures(markup.marks, structure.base)
            continue
        cell = _cell_of(block)
        if cell is not None and cell[0] not in layouts:
            end, rows = _cell_rows(blocks, texts, position - 1, cell[0])
            if not rows:
                layouts.add(cell[0])  # judged once: a layout stays one
            else:
                builder.flush()
                builder.paragraphs += rows
                builder.last_group = -1
                position, figures, gap = end, [], 0
                continue
        builder.add(block, text, figures if gap <= _MAX_FIGURE_GAP else [])
        figures, gap = [], 0
    return builder.finish()


def _cell_of(block: Block) -> tuple[int, int, int, bool] | None:
    """(table, row, cell, is a header cell) ids of the innermost table cell around a line that
    the blocks stage walked as text (a data table's rows carry their cells already)."""
    path = block.path
    if ("/td" not in path and "/th" not in path) or (block.markup and block.markup.cells):
        return None
    tags, ancestors = path.split("/"), block.ancestors
    for position in range(min(len(tags), len(ancestors)) - 1, -1, -1):
        tag = tags[position]
        if tag == "table":
            return None
        if tag in ("td", "th"):
            row = table = -1
            for outer in range(position - 1, -1, -1):
                if row < 0 and tags[outer] == "tr":
                    row = ancestors[outer]
                elif tags[outer] == "table":
                    table = ancestors[outer]
                    break
            if row < 0 or table < 0:
                return None
            return table, row, ancestors[position], tag == "th"
    return None


def _cell_rows(
    blocks: Sequence[Block], texts: Sequence[str | None], start: int, table: int
) -> tuple[int, list[Paragraph]]:
    """The kept lines of one table from ``start`` on, as row paragraphs, with the position after
    them; no rows when the table reads as layout: fewer than two rows of two cells, a long
    cell, or a heading, list, quote or code inside."""
    rows: dict[int, dict[int, list[str]]] = {}
    headers: dict[int, bool] = {}
    end = start
    for position in range(start, len(blocks)):
        text = texts[position]
        if not text:
            continue
        block = blocks[position]
        cell = _cell_of(block)
        if cell is None or cell[0] != table:
            break
        if block.kind is not Kind.PARAGRAPH:
            return start, []
        _, row, cell_id, header = cell
        rows.setdefault(row, {}).setdefault(cell_id, []).append(text)
        headers[row] = headers.get(row, True) and header
        end = position + 1
    cells = [[" ".join(lines) for lines in row.values()] for row in rows.values()]
    wide = sum(1 for row in cells if len(row) >= 2)
    if wide < 2 or any(len(cell) > _MAX_CELL_CHARS for row in cells for cell in row):
        return start, []
    paragraphs = [
        Paragraph(" | ".join(row), Kind.TABLE_ROW, 0, (), tuple(row), headers[row_id], 0, bool(n))
        for n, (row_id, row) in enumerate(zip(rows, cells))
    ]
    return end, paragraphs


class _Builder:
    def __init__(self, structure: Structure) -> None:
        self.structure = structure
        self.paragraphs: list[Paragraph] = []
        self.current: _Lines | None = None
        self.items: set[int] = set()  # list items already started
        self.last_group = -1  # the table of the previous paragraph

    def add(self, block: Block, text: str, figures: list[Mark]) -> None:
        current = self.current
        markup = block.markup
        if current is None or not _same_paragraph(current.first, block):
            self.flush()
            current = self.current = _Lines(block)
        else:
            gap = markup.gap if markup is not None and block.kind is Kind.CODE else 0
            current.texts.extend([""] * gap)  # empty lines of code between the two
            current.length += 1 + gap  # the "\n"s between lines
        offset = current.length
        current.marks += [_shifted(mark, offset) for mark in figures]
        if block.kind is Kind.CODE and markup is not None:
            text = code_text(markup.raw, text)
        elif markup is not None and markup.marks:
            current.marks += self._marks(markup.marks, markup.raw, text, offset)
        current.texts.append(text)
        current.length += len(text)

    def _marks(self, raw_marks: Sequence[RawMark], raw: str, text: str, offset: int) -> list[Mark]:
        structure = self.structure
        wanted = [
            mark for mark in raw_marks
            if (structure.links or mark[0] != "link")
            and (structure.images or mark[0] not in _IMAGE_STYLES)
        ]  # fmt: skip
        if not wanted:
            return []
        positions = list(range(len(raw) + 1)) if raw == text else align(raw, text)
        last = len(positions) - 1
        marks = []
        for style, start, end, url, alt in wanted:
            if url or style in ("link", *_IMAGE_STYLES):
                url = safe_url(url, self.structure.base)
                if not url:
                    continue
            mapped_start = positions[min(start, last)] + offset
            mapped_end = positions[min(end, last)] + offset
            if mapped_end > mapped_start or style in _IMAGE_STYLES:
                marks.append(Mark(style, mapped_start, mapped_end, url, alt))
        return marks

    def flush(self) -> None:
        current, self.current = self.current, None
        if current is None:
            return
        first = current.first
        markup = first.markup
        text = "\n".join(current.texts)
        cells: tuple[str, ...] = ()
        header, number, continued, language = False, 0, False, ""
        if markup is not None:
            cells, header, number, language = (
                markup.cells, markup.header, markup.number, markup.language
            )
            if cells:
                continued = markup.group == self.last_group
        item = first.list_item if first.kind is Kind.LIST_ITEM else -1
        if item >= 0:
            continued = item in self.items
            self.items.add(item)
        self.last_group = markup.group if markup is not None and cells else -1
        self.paragraphs.append(
            Paragraph(
                text, first.kind, first.level, tuple(current.marks), cells, header, number,
                continued, language,
            )
        )  # fmt: skip

    def finish(self) -> tuple[Paragraph, ...]:
        self.flush()
        return tuple(self.paragraphs)


def _same_paragraph(first: Block, block: Block) -> bool:
    """Lines of one element, or lines of one <pre> split by elements inside it."""
    if block.paragraph == first.paragraph:
        return True
    if block.kind is not Kind.CODE or first.kind is not Kind.CODE:
        return False
    group = first.markup.group if first.markup is not None else -1
    return group >= 0 and block.markup is not None and block.markup.group == group


def _figures(raw_marks: Sequence[RawMark], base: str | None) -> list[Mark]:
    """The standalone images of a dropped line, which stay when the article goes on after it."""
    figures = []
    for style, _, _, url, alt in raw_marks:
        if style == "figure":
            safe = safe_url(url, base)
            if safe:
                figures.append(Mark("figure", 0, 0, safe, alt))
    return figures


def _shifted(mark: Mark, offset: int) -> Mark:
    return Mark(mark.style, mark.start + offset, mark.end + offset, mark.url, mark.alt)


def align(source: str, target: str) -> list[int]:
    """For each position of ``source`` (and its end), the position in ``target`` it became.

    ``target`` is ``source`` with characters deleted and whitespace runs collapsed to one space,
    so a greedy walk matches every target character to the first fitting source character.
    """
    positions = [0] * (len(source) + 1)
    j, size = 0, len(target)
    for i, char in enumerate(source):
        positions[i] = j
        if j < size and (char == target[j] or (target[j] == " " and char.isspace())):
            j += 1
    positions[len(source)] = j
    return positions


def code_text(raw: str, text: str) -> str:
    """A code line as written: the raw text's whitespace kept, its other characters kept where
    the final (normalised, maybe cut) text still has them."""
    if not raw:
        return text
    kept: list[str] = []
    j, size = 0, len(text)
    for char in raw:
        if j < size and (char == text[j] or (text[j] == " " and char.isspace())):
            j += 1
            kept.append(char)
        elif char.isspace():
            kept.append(char)
    lines = "".join(kept).replace("\xa0", " ").rstrip().split("\n")
    while lines and not lines[0].strip():  # the newline after <pre> and blank lines
        lines.pop(0)
    return "\n".join(lines) or text


def safe_url(url: str, base: str | None) -> str:
    """``url`` made absolute against ``base``; "" when its scheme could run code or is unknown."""
    url = _URL_NOISE.sub("", url).strip()
    if not url:
        return ""
    scheme = _SCHEME.match(url)
    if scheme is None and base:
        try:
            url = urljoin(base, url)
        except ValueError:  # a malformed host ("http://[x") in the base or the URL
            return ""
        scheme = _SCHEME.match(url)
    if scheme is not None and scheme.group(1).lower() not in _SAFE_SCHEMES:
        return ""
    return url.replace(" ", "%20")
