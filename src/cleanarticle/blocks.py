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
        # link_density >= 0.5, without the division (detectors ask this of every block)
        return bool(self.text) and self.link_chars * 2 >= len(self.text)


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
# Enum members read through the class are slow on Python < 3.12; hot paths use these.
_LIST_ITEM, _TABLE_ROW = Kind.LIST_ITEM, Kind.TABLE_ROW
# The kind (and heading level) of a block whose nearest enclosing element with one of these
# tags is that element; a list item's level is the number of open lists.
_KIND_OF_TAG: dict[str, tuple[Kind, int]] = {
    **{tag: (Kind.HEADING, level) for tag, level in _HEADING_LEVELS.items()},
    **dict.fromkeys(_ITEMS, (Kind.LIST_ITEM, 0)),
    **dict.fromkeys(("pre", "listing", "xmp", "plaintext"), (Kind.CODE, 0)),
    "blockquote": (Kind.QUOTE, 0),
}
# A table is laid out as data (one block per row) only when its cells hold no such elements.
_DEADLINE_EVERY = 4096  # nodes walked between two looks at the clock
_LAYOUT_INSIDE_TABLE = ", ".join(
    f"td {tag}, th {tag}"
    for tag in ("table", "div", "p", "ul", "ol", "br", "blockquote", "pre", "h1", "h2", "h3")
)


# What every block cut from one open block element shares, computed once per element:
# (tag, path, hints, ancestors, ancestor_hints, kind, level, container); see Block.
_Features = tuple[str, str, str, tuple[int, ...], tuple[str, ...], Kind, int, int]


class _HtmlSegmenter:
    """Walks the tree once, in document order, cutting text into blocks at block boundaries.

    The walk goes down to a node's first child, across to its next sibling and back up through
    a stack of open elements: no recursion, and no list of children built per node. Text nodes,
    the most common nodes by far (most of them whitespace between tags), are handled inline.
    """

    __slots__ = (
        "_features", "_hints", "_ids", "_kinds", "_last_was_link", "_link_chars", "_link_count",
        "_link_depth", "_next_id", "_nodes", "_paragraph", "_pieces", "_tags", "_visible",
        "blocks",
    )  # fmt: skip

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._pieces: list[str] = []  # text of the current line, cleared in place on flush
        self._visible = False  # some piece holds more than whitespace
        self._link_chars = 0
        self._link_count = 0
        self._link_depth = 0
        self._last_was_link = False
        self._paragraph = 0
        # The stack of open block elements, one column per list. Class/id hints are read, and
        # the features blocks share are computed, only once a block inside the element needs them.
        self._ids: list[int] = []
        self._tags: list[str] = []
        self._kinds: list[tuple[Kind, int]] = []  # see _KIND_OF_TAG
        self._nodes: list[LexborNode] = []
        self._hints: list[str | None] = []
        self._features: list[_Features | None] = []
        self._next_id = 0

    def run(self, root: LexborNode, deadline: Deadline) -> list[Block]:
        self._walk(root, deadline)
        self._flush()
        return self.blocks

    def _walk(self, root: LexborNode, deadline: Deadline) -> None:
        open_elements: list[tuple[LexborNode, str]] = []  # entered, children being walked
        pieces = self._pieces
        node = root
        countdown = _DEADLINE_EVERY
        while True:
            countdown -= 1
            if not countdown:
                countdown = _DEADLINE_EVERY
                deadline.check("blocks")
            tag = node.tag
            if tag == "-text":
                text = node.text_content
                if text:
                    if not text.isspace():
                        pieces.append(text)
                        self._visible = True
                        self._last_was_link = False
                        if self._link_depth:
                            self._link_chars += len(text.strip())
                    elif self._visible:  # whitespace counts only after visible text
                        pieces.append(text)
            elif self._enter(node, tag):
                child = node.first_child
                if child is not None:
                    open_elements.append((node, tag))
                    node = child
                    continue
                self._leave(tag)
            # Done with this node's subtree: on to the next sibling, or up.
            while node is not root:
                sibling = node.next
                if sibling is not None:
                    node = sibling
                    break
                node, tag = open_elements.pop()
                if tag in _BLOCK_TAGS or tag == "a":
                    self._leave(tag)
            else:
                return

    def _enter(self, node: LexborNode, tag: str | None) -> bool:
        """Open an element; False when its subtree is done with (skipped or handled whole)."""
        if tag in _BLOCK_TAGS:
            if self._pieces:
                self._flush()
            elif self._link_count:  # links without visible text count for no line
                self._link_chars = self._link_count = 0
            if tag == "table" and node.css_first(_LAYOUT_INSIDE_TABLE) is None:
                self._add_data_table(node)
                return False
            self._paragraph += 1
            self._push(tag, node)
        elif tag == "a":
            if "href" in node.attrs:
                pieces = self._pieces
                if self._last_was_link and pieces and not pieces[-1][-1:].isspace():
                    pieces.append(" ")
                self._link_depth += 1
                self._link_count += 1
        elif tag is None or tag.startswith(("-", "!")):
            return False
        elif tag == "br":
            if self._pieces:
                self._flush()
            elif self._link_count:  # links without visible text count for no line
                self._link_chars = self._link_count = 0
            return False
        return True

    def _leave(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            if self._pieces:
                self._flush()
            elif self._link_count:  # links without visible text count for no line
                self._link_chars = self._link_count = 0
            self._paragraph += 1
            self._pop()
        elif tag == "a" and self._link_depth:
            self._link_depth -= 1
            self._last_was_link = True

    def _flush(self) -> None:
        """End the current line: emit it as a block unless it is blank."""
        pieces = self._pieces
        if not pieces:
            return
        text = normalize_text("".join(pieces)) if self._visible else ""
        link_chars, link_count = self._link_chars, self._link_count
        pieces.clear()
        self._visible, self._link_chars, self._link_count = False, 0, 0
        if text:
            self._emit(text, min(link_chars, len(text)), link_count)

    def _emit(self, text: str, link_chars: int, link_count: int, row: bool = False) -> None:
        if not self._features:
            features = _BODY_FEATURES
        else:
            features = self._features[-1] or self._features_of_top()
        tag, path, hints, ancestors, ancestor_hints, kind, level, container = features
        if row:
            kind, level, container = _TABLE_ROW, 0, self._ids[-1]
        self.blocks.append(
            Block(
                index=len(self.blocks),
                text=text,
                kind=kind,
                tag=tag,
                path=path,
                hints=hints,
                container=container,
                paragraph=self._paragraph,
                link_chars=link_chars,
                link_count=link_count,
                level=level,
                ancestors=ancestors,
                ancestor_hints=ancestor_hints,
                units=length_units(text),
                punctuation=punctuation_count(text),
            )
        )

    def _features_of_top(self) -> _Features:
        """The shared features of the innermost open element, cached until it closes."""
        tags, ids, hints = self._tags, self._ids, self._hints
        if hints[-1] is None:
            self._read_hints()
        tag = tags[-1]
        kind, level = self._kinds[-1]
        if kind is _LIST_ITEM:  # nested lists count, whichever side of the item they are
            level = sum(map(_LISTS.__contains__, tags))
        container = ids[-1]
        if tag in _ITEMS:  # items of one list share the list's id
            for ancestor_id, ancestor_tag in zip(reversed(ids), reversed(tags)):
                if ancestor_tag in _LISTS:
                    container = ancestor_id
                    break
        ancestor_hints = tuple(hints)
        features = (
            tag,
            "/".join(tags),
            " ".join(filter(None, ancestor_hints)),
            tuple(ids),
            ancestor_hints,
            kind,
            level,
            container,
        )
        self._features[-1] = features  # type: ignore[assignment]
        return features  # type: ignore[return-value]

    def _read_hints(self) -> None:
        """Read the class/id hints of the open elements not read before.

        Reading fills the whole stack and pushes add unread elements on top, so the unread
        ones are always the top few.
        """
        hints, nodes = self._hints, self._nodes
        depth = len(hints)
        while depth and hints[depth - 1] is None:
            depth -= 1
        for unread in range(depth, len(hints)):
            hints[unread] = _hints_of(nodes[unread])

    def _add_data_table(self, table: LexborNode) -> None:
        self._push("table", table)
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

    def _push(self, tag: str, node: LexborNode) -> None:
        self._next_id += 1
        self._ids.append(self._next_id)
        self._tags.append(tag)
        kinds = self._kinds
        own = _KIND_OF_TAG.get(tag)
        kinds.append(own if own is not None else kinds[-1] if kinds else _NO_KIND)
        self._nodes.append(node)
        self._hints.append(None)
        self._features.append(None)

    def _pop(self) -> None:
        self._ids.pop()
        self._tags.pop()
        self._kinds.pop()
        self._nodes.pop()
        self._hints.pop()
        self._features.pop()


# Blocks outside every block element (a walk from a non-block root).
_NO_KIND = (Kind.PARAGRAPH, 0)
_BODY_FEATURES: _Features = ("body", "", "", (), (), Kind.PARAGRAPH, 0, -1)


def _hints_of(node: LexborNode) -> str:
    attributes = node.attributes
    class_, id_ = attributes.get("class"), attributes.get("id")
    if not class_ and not id_:
        return ""
    return f"{class_ or ''} {id_ or ''}".lower().strip()


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
