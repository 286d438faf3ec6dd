"""Blocks: the unit every detector and the scorer look at.

A block is one line of visible text (an element's text split at ``<br>``, or one line of a text
dump) with the features the later stages need. Lines that came from one element share a
``paragraph`` id so output can rejoin them; items of one list or rows of one table share a
``container`` id so detectors can judge the list as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from selectolax.lexbor import LexborNode

from cleanarticle.article import Kind
from cleanarticle.limits import NO_DEADLINE, Deadline
from cleanarticle.normalize import normalize_text
from cleanarticle.textstats import ends_like_sentence, length_units, punctuation_count


@dataclass(slots=True)
class Block:
    index: int  # position in document order
    text: str  # whitespace-normalised visible text of the line
    kind: Kind = Kind.PARAGRAPH
    tag: str = "line"  # tag of the element the text came from ("line" in text mode)
    path: str = ""  # ancestor tags, outermost first: "body/div/article/p"
    hints: str = ""  # lower-cased class and id words of the element and its ancestors
    container: int = -1  # id shared by items of one list / rows of one table / one text-dump run
    paragraph: int = -1  # id shared by lines split from one element
    link_chars: int = 0  # characters of the text inside <a href>
    link_count: int = 0
    level: int = 0  # heading level or list nesting depth
    indent: int = 0  # leading spaces in text mode
    ancestors: tuple[int, ...] = ()  # ids of the enclosing block elements, outermost first
    ancestor_hints: tuple[str, ...] = ()  # class/id words of each of those elements
    units: int = 0  # length_units(text)
    punctuation: int = 0  # punctuation_count(text)

    def __post_init__(self) -> None:
        if not self.units:
            self.units = length_units(self.text)
        if not self.punctuation:
            self.punctuation = punctuation_count(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def punctuation_density(self) -> float:
        return self.punctuation / self.units if self.units else 0.0

    @property
    def is_linked(self) -> bool:
        """Mostly link text: a menu entry, a related-article title, a tag."""
        return self.link_density >= 0.5


# --- building blocks from an HTML tree -------------------------------------------------------

_HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = frozenset({"ul", "ol", "dl", "menu", "dir"})
_ITEMS = frozenset({"li", "dt", "dd"})
# Elements that start a new line of text; everything else flows inline.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "details",
        "div", "dl", "dd", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
        "frameset", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "dir",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "listing", "plaintext", "xmp", "noframes",
        *_HEADING_LEVELS,
    }
)  # fmt: skip
# A table is laid out as data (one block per row) only when its cells hold no such elements.
_DEADLINE_EVERY = 4096  # nodes walked between two looks at the clock
_LAYOUT_INSIDE_TABLE = ", ".join(
    f"td {tag}, th {tag}"
    for tag in ("table", "div", "p", "ul", "ol", "br", "blockquote", "pre", "h1", "h2", "h3")
)


class _HtmlSegmenter:
    """Walks the tree once, in document order, cutting text into blocks at block boundaries."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._pieces: list[str] = []
        self._link_chars = 0
        self._link_count = 0
        self._link_depth = 0
        self._last_was_link = False
        self._paragraph = 0
        # The stack of open block elements: (id, tag, hints), and its id/hint columns as tuples.
        self._stack: list[tuple[int, str, str]] = []
        self._ids: list[tuple[int, ...]] = [()]
        self._hint_path: list[tuple[str, ...]] = [()]
        self._next_id = 0

    def run(self, root: LexborNode, deadline: Deadline) -> list[Block]:
        self._walk(root, deadline)
        self._flush()
        return self.blocks

    def _walk(self, root: LexborNode, deadline: Deadline) -> None:
        # Iterative, so deep (already depth-limited) trees never hit the recursion limit.
        work: list[tuple[LexborNode, bool]] = [(root, True)]
        steps = 0
        while work:
            steps += 1
            if not steps % _DEADLINE_EVERY:
                deadline.check("blocks")
            node, entering = work.pop()
            tag = node.tag
            if not entering:
                self._leave(tag)
                continue
            if tag == "-text":
                self._add_text(node.text_content or "")
                continue
            if tag is None or tag.startswith("-") or tag.startswith("!"):
                continue
            if tag == "br":
                self._flush()
                continue
            if tag == "table" and node.css_first(_LAYOUT_INSIDE_TABLE) is None:
                self._flush()
                self._add_data_table(node)
                continue
            self._enter(node, tag)
            work.append((node, False))
            children = list(node.iter(include_text=True))
            work.extend((child, True) for child in reversed(children))

    def _enter(self, node: LexborNode, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
            self._paragraph += 1
            self._push(tag, _hints_of(node))
        elif tag == "a" and "href" in node.attributes:
            if self._last_was_link and self._pieces and not self._pieces[-1][-1:].isspace():
                self._pieces.append(" ")
            self._link_depth += 1
            self._link_count += 1

    def _leave(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
            self._paragraph += 1
            self._pop()
        elif tag == "a" and self._link_depth:
            self._link_depth -= 1
            self._last_was_link = True

    def _add_text(self, text: str) -> None:
        if not text:
            return
        if not text.isspace():
            self._last_was_link = False
        self._pieces.append(text)
        if self._link_depth:
            self._link_chars += len(text.strip())

    def _flush(self) -> None:
        if not self._pieces:
            return
        text = normalize_text("".join(self._pieces))
        link_chars, link_count = self._link_chars, self._link_count
        self._pieces, self._link_chars, self._link_count = [], 0, 0
        if text:
            self._emit(text, min(link_chars, len(text)), link_count)

    def _emit(self, text: str, link_chars: int, link_count: int, row: bool = False) -> None:
        tags = [tag for _, tag, _ in self._stack]
        owner = tags[-1] if tags else "body"
        kind, level = _kind_of(tags, row)
        container = self._container_id(row)
        self.blocks.append(
            Block(
                index=len(self.blocks),
                text=text,
                kind=kind,
                tag=owner,
                path="/".join(tags),
                hints=" ".join(hints for hints in self._hint_path[-1] if hints),
                container=container,
                paragraph=self._paragraph,
                link_chars=link_chars,
                link_count=link_count,
                level=level,
                ancestors=self._ids[-1],
                ancestor_hints=self._hint_path[-1],
            )
        )

    def _container_id(self, row: bool) -> int:
        if not self._stack:
            return -1
        if row:
            return self._stack[-1][0]
        node_id, tag, _ = self._stack[-1]
        if tag in _ITEMS:
            for ancestor_id, ancestor_tag, _ in reversed(self._stack):
                if ancestor_tag in _LISTS:
                    return ancestor_id
        return node_id

    def _add_data_table(self, table: LexborNode) -> None:
        self._push("table", _hints_of(table))
        for row in table.css("tr"):
            cells_text = (cell.text(deep=True, separator=" ") for cell in row.css("td, th"))
            texts = (normalize_text(text) for text in cells_text)
            cells = [text for text in texts if text]
            if not cells:
                continue
            links = row.css("a[href]")
            link_chars = sum(len(normalize_text(link.text(deep=True))) for link in links)
            text = " | ".join(cells)
            self._paragraph += 1
            self._emit(text, min(link_chars, len(text)), len(links), row=len(cells) > 1)
        self._pop()
        self._paragraph += 1

    def _push(self, tag: str, hints: str) -> None:
        self._next_id += 1
        self._stack.append((self._next_id, tag, hints))
        self._ids.append((*self._ids[-1], self._next_id))
        self._hint_path.append((*self._hint_path[-1], hints))

    def _pop(self) -> None:
        self._stack.pop()
        self._ids.pop()
        self._hint_path.pop()


def _hints_of(node: LexborNode) -> str:
    attributes = node.attributes
    class_, id_ = attributes.get("class"), attributes.get("id")
    if not class_ and not id_:
        return ""
    return f"{class_ or ''} {id_ or ''}".lower().strip()


def _kind_of(tags: list[str], row: bool) -> tuple[Kind, int]:
    if row:
        return Kind.TABLE_ROW, 0
    for tag in reversed(tags):
        if tag in _HEADING_LEVELS:
            return Kind.HEADING, _HEADING_LEVELS[tag]
        if tag in _ITEMS:
            return Kind.LIST_ITEM, sum(1 for t in tags if t in _LISTS)
        if tag in ("pre", "listing", "xmp", "plaintext"):
            return Kind.CODE, 0
        if tag == "blockquote":
            return Kind.QUOTE, 0
    return Kind.PARAGRAPH, 0


def html_blocks(body: LexborNode | None, deadline: Deadline = NO_DEADLINE) -> list[Block]:
    """Blocks of the visible text under ``body`` (a cleaned tree's body or root)."""
    if body is None:
        return []
    return _HtmlSegmenter().run(body, deadline)


# --- building blocks from a plain-text page dump ---------------------------------------------

_BULLET = re.compile(r"^[•·\-\*▪●◦‣○■□◆◇>»]+\s*")
_HEADING_MAX_UNITS = 40


def text_blocks(text: str) -> list[Block]:
    """One block per non-empty line; indentation runs and bullets give list structure."""
    blocks: list[Block] = []
    container, previous_indent = -1, -1
    for raw in text.splitlines():
        expanded = raw.replace("\t", "    ")
        stripped = expanded.lstrip(" ")
        indent = len(expanded) - len(stripped)
        line = normalize_text(stripped)
        if not line:
            continue
        kind = Kind.PARAGRAPH
        bullet = _BULLET.match(line)
        if (bullet and bullet.end() < len(line) and line[0] not in "->»") or (
            bullet and line[:2] in ("- ", "* ", "> ", "» ")
        ):
            line, kind = line[bullet.end() :], Kind.LIST_ITEM
        if indent == 0 and kind is not Kind.LIST_ITEM:
            container = -1
        elif indent != previous_indent or container == -1:
            container = len(blocks)
        previous_indent = indent
        index = len(blocks)
        blocks.append(
            Block(
                index=index, text=line, kind=kind, indent=indent, container=container,
                paragraph=index,
            )
        )  # fmt: skip
    _mark_headings(blocks)
    return blocks


def _mark_headings(blocks: list[Block]) -> None:
    """A short unpunctuated line that introduces prose reads as a heading."""
    for block, following in pairwise(blocks):
        if (
            block.kind is Kind.PARAGRAPH
            and block.units <= _HEADING_MAX_UNITS
            and not ends_like_sentence(block.text)
            and following.units > _HEADING_MAX_UNITS
            and ends_like_sentence(following.text)
            and block.punctuation <= 1
        ):
            block.kind, block.level = Kind.HEADING, 2
