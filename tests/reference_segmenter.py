"""A slow, obviously correct HTML segmenter: the specification ``blocks.html_blocks`` is held to.

It walks the tree recursively and works out each open block element's features from their
definitions (see ``Block``) every time it emits a line. ``blocks.py`` gets the same result with
an explicit stack, inlined steps and features derived lazily and incrementally, for speed; the
differential tests (tests/test_blocks_reference.py) compare the two field by field.

The tag tables (which tags start a line, which give a kind) are data shared with blocks.py: this
reference checks the walk and the feature derivation, not the choice of tags.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from cleanarticle.article import Kind
from cleanarticle.blocks import _BLOCK_TAGS, _ITEMS, _KIND_OF_TAG, _LISTS, Block
from cleanarticle.normalize import normalize_text

# A table whose cells hold one of these is laid out as page structure, not as data rows.
_STRUCTURE_IN_CELLS = ("table", "div", "p", "ul", "ol", "br", "blockquote", "pre", "h1", "h2", "h3")


@dataclass(frozen=True)
class _Element:
    """An open block element: its tag, its id (1, 2, … in document order) and its hints."""

    tag: str
    id: int
    hints: str


def reference_blocks(root: LexborNode | None) -> list[Block]:
    """What ``html_blocks(root)`` must return."""
    return [] if root is None else _Segmenter().run(root)


def _children(node: LexborNode) -> Iterator[LexborNode]:
    child = node.first_child
    while child is not None:
        yield child
        child = child.next


def _hints(node: LexborNode) -> str:
    """Lower-cased "class id" of the element, stripped."""
    class_ = node.attributes.get("class") or ""
    id_ = node.attributes.get("id") or ""
    return f"{class_} {id_}".strip().lower() if class_ and id_ else (class_ or id_).lower().strip()


def _is_data_table(table: LexborNode) -> bool:
    return not any(
        table.css_first(f"{cell} {tag}") is not None
        for cell in ("td", "th")
        for tag in _STRUCTURE_IN_CELLS
    )


class _Segmenter:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.open: list[_Element] = []  # the enclosing block elements, outermost first
        self.pieces: list[str] = []  # the text of the current line
        self.link_chars = 0  # visible characters of the current line inside <a href>
        self.link_count = 0  # <a href> opened on the current line
        self.link_depth = 0  # <a href> open now
        self.last_was_link = False  # the last thing on the line was a link's end
        self.paragraph = 0  # changes at every block element's start and end, and per table row
        self.next_id = 0

    def run(self, root: LexborNode) -> list[Block]:
        self.visit(root)
        self.end_line()
        return self.blocks

    def visit(self, node: LexborNode) -> None:
        tag = node.tag
        if tag == "-text":
            self.add_text(node.text_content or "")
        elif tag in _BLOCK_TAGS:
            self.visit_block(node, tag)
        elif tag == "br":
            self.end_line()
        else:  # inline elements (and comments: no children)
            if tag == "a" and "href" in node.attrs:
                # Two links in a row read as two words.
                if self.last_was_link and self.pieces and not self.pieces[-1][-1:].isspace():
                    self.pieces.append(" ")
                self.link_depth += 1
                self.link_count += 1
            for child in _children(node):
                self.visit(child)
            if tag == "a" and self.link_depth:  # any </a> ends the open link
                self.link_depth -= 1
                self.last_was_link = True

    def add_text(self, text: str) -> None:
        if not text:
            return
        if text.isspace():  # whitespace counts only after visible text
            if self.pieces:
                self.pieces.append(text)
            return
        self.pieces.append(text)
        self.last_was_link = False
        if self.link_depth:
            self.link_chars += len(text.strip())

    def visit_block(self, node: LexborNode, tag: str) -> None:
        self.end_line()
        self.next_id += 1
        landmark = "main" if tag in ("div", "section") and node.attributes.get("role") == "main" else tag
        self.open.append(_Element(landmark, self.next_id, _hints(node)))
        if tag == "table" and _is_data_table(node):
            self.add_rows(node)
        else:
            self.paragraph += 1
            for child in _children(node):
                self.visit(child)
            self.end_line()
        self.paragraph += 1
        self.open.pop()

    def add_rows(self, table: LexborNode) -> None:
        """One line per row of a data table: its non-empty cells joined by " | "."""
        for row in table.css("tr"):
            texts = [
                normalize_text(cell.text(deep=True, separator=" ")) for cell in row.css("td, th")
            ]
            cells = [text for text in texts if text]
            if not cells:
                continue
            links = row.css("a[href]")
            link_chars = sum(len(normalize_text(link.text(deep=True))) for link in links)
            text = " | ".join(cells)
            self.paragraph += 1
            self.emit(text, min(link_chars, len(text)), len(links), row=len(cells) > 1)

    def end_line(self) -> None:
        text = normalize_text("".join(self.pieces))
        link_chars, link_count = self.link_chars, self.link_count
        self.pieces, self.link_chars, self.link_count = [], 0, 0
        if text:  # a line of invisible marks or links without text is no block
            self.emit(text, min(link_chars, len(text)), link_count)

    def emit(self, text: str, link_chars: int, link_count: int, row: bool = False) -> None:
        open_ = self.open
        kind, level = next(
            (
                _KIND_OF_TAG[element.tag]
                for element in reversed(open_)
                if element.tag in _KIND_OF_TAG
            ),
            (Kind.PARAGRAPH, 0),
        )
        if kind is Kind.LIST_ITEM:  # a list item's level: the lists open around it
            level = sum(element.tag in _LISTS for element in open_)
        container = -1
        if open_:
            inner = open_[-1]
            lists = [element for element in open_[:-1] if element.tag in _LISTS]
            container = lists[-1].id if inner.tag in _ITEMS and lists else inner.id
        if row:
            kind, level, container = Kind.TABLE_ROW, 0, open_[-1].id
        self.blocks.append(
            Block(
                index=len(self.blocks),
                text=text,
                kind=kind,
                tag=open_[-1].tag if open_ else "body",
                path="/".join(element.tag for element in open_),
                hints=" ".join(element.hints for element in open_ if element.hints),
                container=container,
                paragraph=self.paragraph,
                link_chars=link_chars,
                link_count=link_count,
                level=level,
                ancestors=tuple(element.id for element in open_),
                ancestor_hints=tuple(element.hints for element in open_),
            )
        )
