"""Blocks: the unit every detector and the scorer look at.

A block is one line of visible text (an element's text split at ``<br>``, or one line of a text
dump) with the features the later stages need. Lines that came from one element share a
``paragraph`` id so output can rejoin them; items of one list or rows of one table share a
``container`` id so detectors can judge the list as a whole.

Alongside the text, a block may carry ``markup``: what the output stage needs to render it
faithfully (code as written, emphasis, links and images, table cells, list numbers). Detectors
and the scorer never read it, so they see the same text and features with or without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate, pairwise

from selectolax.lexbor import LexborNode

from cleanarticle.article import Kind
from cleanarticle.limits import NO_DEADLINE, Deadline
from cleanarticle.normalize import normalize_text
from cleanarticle.textstats import ends_like_sentence, length_units, punctuation_count

# An inline mark over a line's raw text: (style, start, end, url, alt); see article.Mark.
RawMark = tuple[str, int, int, str, str]


@dataclass(slots=True)
class Markup:
    """How a line looked in the page, for output only (detectors and the scorer never read it).

    ``raw`` is the line's text before normalisation (code keeps its newlines) and ``marks`` are
    offsets into it. ``group`` (table rows, code lines) is the id of the table / ``<pre>`` the
    line belongs to, so output can tell one from the next. (A list item's id is in the block's
    ``ancestors``: see ``list_item``.)
    """

    raw: str = ""
    marks: tuple[RawMark, ...] = ()
    language: str = ""
    cells: tuple[str, ...] = ()
    header: bool = False
    number: int = 0  # an ordered list item's number, 0 when not numbered
    group: int = -1
    gap: int = 0  # empty lines before this line of code inside its <pre>


@dataclass(slots=True, kw_only=True)
class Block:
    """One line of visible text and its features; built by keyword only, so that no two of its
    many integer fields can be swapped unnoticed."""

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
    units: int = -1  # length_units(text), measured here unless given
    punctuation: int = -1  # punctuation_count(text), measured here unless given
    markup: Markup | None = None  # structure for output; None for plain lines
    # The element the line came from (a table row's <tr>; None in text mode and outside every
    # element): where a cut was, for `Removal.path`, worked out only for removed blocks.
    node: LexborNode | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.units < 0:
            self.units = length_units(self.text)
        if self.punctuation < 0:
            self.punctuation = punctuation_count(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def punctuation_density(self) -> float:
        return self.punctuation / self.units if self.units else 0.0

    @property
    def list_item(self) -> int:
        """Id of the innermost list item (<li>, <dt>, <dd>) the block is in, -1 for none."""
        tags = self.path.split("/")
        for position in range(min(len(tags), len(self.ancestors)) - 1, -1, -1):
            if tags[position] in _ITEMS:
                return self.ancestors[position]
        return -1

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
_PARAGRAPH, _LIST_ITEM, _TABLE_ROW = Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.TABLE_ROW
# The kind (and heading level) of a block whose nearest enclosing element with one of these
# tags is that element; a list item's level is the number of open lists.
_KIND_OF_TAG: dict[str, tuple[Kind, int]] = {
    **{tag: (Kind.HEADING, level) for tag, level in _HEADING_LEVELS.items()},
    **dict.fromkeys(_ITEMS, (Kind.LIST_ITEM, 0)),
    **dict.fromkeys(("pre", "listing", "xmp", "plaintext"), (Kind.CODE, 0)),
    "blockquote": (Kind.QUOTE, 0),
}
_CODE_TAGS = frozenset({"pre", "listing", "xmp", "plaintext"})
_GENERIC_CONTAINERS = frozenset({"div", "section"})  # what role="main" may rename
_INFO_TAGS = _LISTS | _ITEMS | _CODE_TAGS
# Inline elements the walk looks at: links (counted for the detectors, kept as marks), images
# and emphasis/code marks.
_MARK_STYLES = {
    "b": "strong", "strong": "strong", "em": "em", "i": "em", "code": "code", "kbd": "code",
    "samp": "code", "tt": "code", "a": "link",
}  # fmt: skip
_WATCHED = frozenset({*_MARK_STYLES, "img"})
_EMPHASIS = {tag: style for tag, style in _MARK_STYLES.items() if tag != "a"}
_IMAGE_MARKS = ("image", "figure")
_MAX_COLSPAN = 100  # hostile pages write colspan="1000000000"
_LANGUAGE = re.compile(
    r"(?:^|\s)(?:language-|lang-|brush:\s*|highlight-source-|sourcecode\s+)([a-z0-9_+#.-]+)",
    re.IGNORECASE,
)
_LAZY_SOURCES = ("data-src", "data-original", "data-lazy-src", "data-actualsrc", "data-url")
_SRCSET_SOURCES = ("srcset", "data-srcset", "data-lazy-srcset")
_DEADLINE_EVERY = 4096  # nodes walked between two looks at the clock
# A table is laid out as data (one block per row) only when its cells hold no such elements.
_LAYOUT_INSIDE_TABLE = ", ".join(
    f"td {tag}, th {tag}"
    for tag in ("table", "div", "p", "ul", "ol", "br", "blockquote", "pre", "h1", "h2", "h3")
)


# One open block element: what every block cut from it shares (tag, path, hints, ancestors,
# ancestor_hints, kind, level, container; see Block), then the number of open lists (itself
# included) and the id of the innermost one (-1: none), which an element opened inside it needs,
# what output needs of the innermost list, item or <pre> around it (see _info_of), and the node.
_Info = tuple | None  # type: ignore[type-arg]
_Open = tuple[
    str, str, str, tuple[int, ...], tuple[str, ...], Kind, int, int, int, int, _Info,
    LexborNode | None,
]  # fmt: skip


class _HtmlSegmenter:
    """Walks the tree once, in document order, cutting text into blocks at block boundaries.

    The walk goes down to a node's first child, across to its next sibling and back up through
    a stack of open elements: no recursion, and no list of children built per node. The features
    blocks share are worked out per block element, and only once a block inside it needs them.
    """

    __slots__ = (
        "_code_gap", "_code_open", "_figures", "_images", "_in_code", "_last_was_link",
        "_link_chars", "_link_count", "_link_depth", "_links",
        "_mark_stack", "_marks", "_next_id", "_open", "_paragraph", "_pending", "_pieces", "blocks",
    )  # fmt: skip

    def __init__(self, *, links: bool = True, images: bool = True) -> None:
        self.blocks: list[Block] = []
        # Link and image marks only when output will show them: most lines of a page hold a
        # link, and a mark per line costs more than the rest of the line's work.
        self._links = links
        self._images = images
        # Text of the current line, cleared in place on flush. Whitespace is added only after
        # visible text, so the line has visible text exactly when it has pieces.
        self._pieces: list[str] = []
        self._link_chars = 0
        self._link_count = 0
        self._link_depth = 0
        self._last_was_link = False
        self._paragraph = 0
        # The open block elements, outermost first: those whose features some block needed (on
        # top of _OUTSIDE), then (tag, id, node) of the inner ones none has needed yet.
        self._open: list[_Open] = [_OUTSIDE]
        self._pending: list[tuple[str, int, LexborNode]] = []
        self._next_id = 0
        # Marks of the current line, as piece indices: finished ones, and the open inline
        # elements (style None for those that mark nothing, such as <a> without href).
        self._marks: list[RawMark] = []
        self._mark_stack: list[list] = []  # type: ignore[type-arg]
        self._figures: list[RawMark] = []  # images of lines without text, for the next line
        self._in_code = 0  # open <pre> elements: their whitespace counts from a line's start
        # (blocks, gap) when each open element inside <pre> opened
        self._code_open: list[tuple[int, int]] = []
        self._code_gap = 0  # empty lines (elements without text) since then

    def run(self, root: LexborNode, deadline: Deadline) -> list[Block]:
        self._walk(root, deadline)
        self._flush()
        return self.blocks

    def _walk(self, root: LexborNode, deadline: Deadline) -> None:
        """Visit every node once. The common cases are inlined, calls included: a call costs about
        as much as most nodes' whole work, so a line is flushed only when it holds pieces or links.
        """
        open_elements: list[tuple[LexborNode, str | None]] = []  # entered, children being walked
        pieces = self._pieces
        marks, mark_stack = self._marks, self._mark_stack  # changed in place only
        node = root
        while True:
            for _ in range(_DEADLINE_EVERY):
                tag = node.tag
                if tag == "-text":
                    # Most text nodes are whitespace between tags, which counts only after visible
                    # text (or in code, whose first line may be indented by a node of its own):
                    # the cheap test (ASCII whitespace, not read into a str) skips them.
                    if pieces or self._in_code or not node.is_empty_text_node:
                        text = node.text_content
                        if text:
                            if not text.isspace():
                                pieces.append(text)
                                self._last_was_link = False
                                if self._link_depth:
                                    self._link_chars += len(text.strip())
                            elif pieces or self._in_code:
                                pieces.append(text)
                elif tag in _BLOCK_TAGS:
                    if pieces or self._link_count or self._marks:
                        self._flush()
                    if tag != "table" or not self._add_data_table(node):
                        self._paragraph += 1
                        self._next_id += 1
                        self._pending.append((tag, self._next_id, node))
                        child = node.first_child
                        if child is not None:
                            if tag in _CODE_TAGS:
                                self._in_code += 1
                            elif self._in_code:  # a line of code, as highlighters write it
                                self._code_open.append((len(self.blocks), self._code_gap))
                            open_elements.append((node, tag))
                            node = child
                            continue
                        self._close_block()
                elif tag == "br":
                    if pieces or self._link_count:
                        self._flush()
                else:  # an inline element, or a comment or such (no children, no text)
                    if tag in _WATCHED:
                        style = _EMPHASIS.get(tag)
                        if style is None:
                            self._enter_inline(tag, node)
                        else:
                            mark_stack.append([style, len(pieces), ""])
                    child = node.first_child
                    if child is not None:
                        open_elements.append((node, tag))
                        node = child
                        continue
                    if tag in _WATCHED:
                        self._leave_inline(tag)
                # Done with this node's subtree: on to the next sibling, or up.
                while node is not root:
                    sibling = node.next
                    if sibling is not None:
                        node = sibling
                        break
                    node, tag = open_elements.pop()
                    if tag in _BLOCK_TAGS:  # as _close_block
                        if tag in _CODE_TAGS:
                            self._in_code -= 1
                        if pieces or self._link_count or self._marks:
                            self._flush()
                        if self._in_code and tag not in _CODE_TAGS:
                            self._code_line_closed(self._code_open.pop())
                        self._paragraph += 1
                        if self._pending:
                            self._pending.pop()
                        else:
                            self._open.pop()
                    elif tag in _WATCHED:  # as _leave_inline
                        if tag == "a":
                            self._close_link()
                        if tag != "img" and mark_stack:
                            entry = mark_stack.pop()
                            if entry[0] is not None and len(pieces) > entry[1]:
                                marks.append((entry[0], entry[1], len(pieces), entry[2], ""))
                else:
                    return
            deadline.check("blocks")

    def _code_line_closed(self, opened: tuple[int, int]) -> None:
        """An element inside <pre> closed (a line, as highlighters write it): one that gave no
        block, and held no empty line of its own, was an empty line, which the next line of code
        carries as its gap."""
        if opened == (len(self.blocks), self._code_gap):
            self._code_gap += 1

    def _enter_inline(self, tag: str, node: LexborNode) -> None:
        """A link is counted (and marked); an image or emphasis is marked for output."""
        pieces = self._pieces
        if tag == "img":
            if not self._images:
                return
            source = image_source(node.attributes)
            if source:
                alt = normalize_text(node.attributes.get("alt") or "")
                self._marks.append(("image", len(pieces), len(pieces), source, alt))
            return
        if tag != "a":  # the walk inlines this case
            self._mark_stack.append([_MARK_STYLES[tag], len(pieces), ""])
            return
        attributes = node.attrs
        if "href" not in attributes:  # (get() says None for a bare <a href> too)
            self._mark_stack.append([None, len(pieces), ""])
            return
        href = attributes.get("href") or ""
        # Adjacent links read as separate words: "Home News", not "HomeNews".
        if self._last_was_link and pieces and not pieces[-1][-1:].isspace():
            pieces.append(" ")
        self._link_depth += 1
        self._link_count += 1
        url = href.strip() if self._links else ""
        self._mark_stack.append(["link" if url else None, len(pieces), url])

    def _leave_inline(self, tag: str) -> None:
        if tag == "img":
            return
        if tag == "a":
            self._close_link()
        if not self._mark_stack:
            return
        style, start, url = self._mark_stack.pop()
        end = len(self._pieces)
        if style is not None and end > start:
            self._marks.append((style, start, end, url, ""))

    def _close_link(self) -> None:
        if self._link_depth:  # also ends at a nested <a> without href (browsers never nest <a>)
            self._link_depth -= 1
            self._last_was_link = True

    def _close_block(self) -> None:
        """Close the innermost block element (the walk inlines this for elements with children)."""
        if self._pieces or self._link_count or self._marks:
            self._flush()
        if self._in_code:  # an element without children: an empty line
            self._code_line_closed((len(self.blocks), self._code_gap))
        self._paragraph += 1
        if self._pending:  # the innermost open elements
            self._pending.pop()
        else:
            self._open.pop()

    def _flush(self) -> None:
        """End the current line: emit it as a block unless it is blank (links without visible
        text count for no line)."""
        pieces = self._pieces
        link_chars, link_count = self._link_chars, self._link_count
        self._link_chars = self._link_count = 0
        if pieces:
            raw = "".join(pieces)
            text = normalize_text(raw)
            marks: tuple[RawMark, ...] = ()
            if self._marks or self._mark_stack or self._figures:
                marks = self._line_marks()
            pieces.clear()
            if text:  # blank when all of it was invisible marks
                self._emit(text, min(link_chars, len(text)), link_count, raw=raw, marks=marks)
            else:
                self._carry_images(marks)
        elif self._marks:
            self._carry_images(tuple(self._marks))
            self._marks.clear()

    def _line_marks(self) -> tuple[RawMark, ...]:
        """The line's marks with character offsets into its raw text; inline elements still
        open go on in the next line."""
        pieces = self._pieces
        offsets = [0, *accumulate(map(len, pieces))]
        end = len(pieces)
        marks = self._figures + [
            (st, offsets[s], offsets[e], url, alt) for st, s, e, url, alt in self._marks
        ]
        for entry in self._mark_stack:
            if entry[0] is not None and entry[1] < end:
                marks.append((entry[0], offsets[entry[1]], offsets[end], entry[2], ""))
            entry[1] = 0
        self._marks.clear()
        self._figures = []
        return tuple(marks)

    def _carry_images(self, marks: tuple[RawMark, ...]) -> None:
        """Images on a line without text stand on their own, before the next line."""
        self._figures += [("figure", 0, 0, m[3], m[4]) for m in marks if m[0] in _IMAGE_MARKS]

    def _emit(
        self,
        text: str,
        link_chars: int,
        link_count: int,
        row: bool = False,
        raw: str = "",
        marks: tuple[RawMark, ...] = (),
        table: tuple[tuple[str, ...], bool, int] | None = None,
        row_node: LexborNode | None = None,
    ) -> None:
        if self._pending:
            self._open_pending()
        tag, path, hints, ancestors, ancestor_hints, kind, level, container, _, _, info, node = (
            self._open[-1]
        )
        if row:
            kind, level, container = _TABLE_ROW, 0, ancestors[-1]
        markup = None
        # Plain lines, bullet items included, need none: only marks, code, numbers and cells.
        if marks or table is not None or (info is not None and info[1]):
            markup = _markup(raw or text, marks, info, table)
            if self._code_gap:
                if info is not None and info[0] == "pre":
                    markup.gap = self._code_gap
                self._code_gap = 0
        blocks = self.blocks
        blocks.append(
            Block(
                index=len(blocks), text=text, kind=kind, tag=tag, path=path, hints=hints,
                container=container, paragraph=self._paragraph, link_chars=link_chars,
                link_count=link_count, level=level, ancestors=ancestors,
                ancestor_hints=ancestor_hints, units=length_units(text),
                punctuation=punctuation_count(text), markup=markup, node=row_node or node,
            )
        )  # fmt: skip

    def _add_data_table(self, table: LexborNode) -> bool:
        """Emit a data table's rows; False when it is a layout table, walked as any element."""
        if table.css_first(_LAYOUT_INSIDE_TABLE) is not None:
            return False
        self._next_id += 1
        table_id = self._next_id
        self._pending.append(("table", table_id, table))
        for row in table.css("tr"):
            nodes = row.css("td, th")
            texts = [normalize_text(cell.text(deep=True, separator=" ")) for cell in nodes]
            cells = [text for text in texts if text]
            if not cells:
                continue
            links = row.css("a[href]")
            link_chars = sum(len(normalize_text(link.text(deep=True))) for link in links)
            text = " | ".join(cells)
            self._paragraph += 1
            layout = _row_layout(row, nodes, texts, table_id)
            self._emit(
                text, min(link_chars, len(text)), len(links), len(cells) > 1, table=layout,
                row_node=row,
            )  # fmt: skip
        self._close_block()
        return True

    def _open_pending(self) -> None:
        """Work out the features of the pending elements, each from those of the one it is in."""
        open_ = self._open
        for tag, id_, node in self._pending:
            open_.append(_opened(tag, id_, node, open_[-1]))
        self._pending.clear()


def _opened(tag: str, id_: int, node: LexborNode, outer: _Open) -> _Open:
    """The features of a block element, derived from those of the one it is in."""
    _, path, joined, ancestors, ancestor_hints, kind, level, _, lists, list_id, info, _ = outer
    attributes = node.attributes
    hints = _hints_of(attributes)
    if hints:
        joined = f"{joined} {hints}" if joined else hints
    own = _KIND_OF_TAG.get(tag)
    if own is not None:  # else the kind of the element it is in
        kind, level = own
    elif tag in _GENERIC_CONTAINERS and attributes and attributes.get("role") == "main":
        tag = "main"  # ARIA's name for the same landmark: later stages see one <main>
    container = id_
    if tag in _LISTS:
        lists, list_id = lists + 1, id_
    elif tag in _ITEMS and list_id != -1:  # items of one list share the list's id
        container = list_id
    if kind is _LIST_ITEM:  # nested lists count, whichever side of the item they are
        level = lists
    path = f"{path}/{tag}" if path else tag
    ancestors += (id_,)
    ancestor_hints += (hints,)
    if tag in _INFO_TAGS:
        info = _info_of(tag, id_, node, info)
    return (
        tag, path, joined, ancestors, ancestor_hints, kind, level, container, lists, list_id, info,
        node,
    )  # fmt: skip


def _info_of(tag: str, id_: int, node: LexborNode, outer: _Info) -> _Info:
    """What output needs of a list, item or <pre>: ("ol", [last number]), ("ul", 0),
    ("li", number) or ("pre", language, id); a second field that is false means nothing to
    carry. Items are numbered as they are opened, which happens in document order."""
    if tag == "ol":
        return ("ol", [_int_attribute(node, "start", 1) - 1])
    if tag in _LISTS:
        return ("ul", 0)
    if tag in _ITEMS:
        number = 0
        if tag == "li" and outer is not None and outer[0] == "ol":
            counter = outer[1]
            counter[0] = _int_attribute(node, "value", counter[0] + 1)
            number = counter[0]
        return ("li", number)
    return ("pre", _code_language(node) or " ", id_)


def _int_attribute(node: LexborNode, name: str, default: int) -> int:
    value = (node.attributes.get(name) or "").strip()
    if value.isascii() and value.isdigit() and len(value) <= 9:
        return int(value)
    return default


def _code_language(node: LexborNode) -> str:
    """The language a code block's markup names (class="language-python", data-lang=...)."""
    code = node.css_first("code")
    for element in (node, code):
        if element is None:
            continue
        attributes = element.attributes
        named = attributes.get("data-lang") or attributes.get("data-language")
        if named and _LANGUAGE.match("language-" + named.strip()):
            return named.strip().lower()
        found = _LANGUAGE.search(attributes.get("class") or "")
        if found:
            return found.group(1).lower()
    return ""


def _markup(
    raw: str,
    marks: tuple[RawMark, ...],
    info: _Info,
    table: tuple[tuple[str, ...], bool, int] | None,
) -> Markup:
    # Positional, as Block in _emit: keywords make building a Markup much slower.
    if table is not None:
        cells, header, group = table
        return Markup(raw, marks, "", cells, header, 0, group)
    if info is not None and info[0] == "li":
        return Markup(raw, marks, "", (), False, info[1])
    if info is not None and info[0] == "pre":
        return Markup(raw, marks, info[1].strip(), (), False, 0, info[2])
    return Markup(raw, marks)


def _row_layout(
    row: LexborNode, nodes: list[LexborNode], texts: list[str], table_id: int
) -> tuple[tuple[str, ...], bool, int]:
    """Every cell of a row (a merged cell followed by empty ones), and whether it is a header."""
    cells: list[str] = []
    for node, text in zip(nodes, texts):
        cells.append(text)
        span = min(_int_attribute(node, "colspan", 1), _MAX_COLSPAN)
        cells.extend([""] * (span - 1))
    parent = row.parent
    header = (parent is not None and parent.tag == "thead") or all(n.tag == "th" for n in nodes)
    return tuple(cells), header, table_id


def image_source(attributes: dict[str, str | None]) -> str:
    """The URL an image shows: a lazy-loading attribute over a placeholder ``src``, else the
    widest ``srcset`` candidate; "" for inline ``data:`` images and none at all."""
    for name in (*_LAZY_SOURCES, "src"):
        value = (attributes.get(name) or "").strip()
        if value and not value.lower().startswith("data:"):
            return value
    for name in _SRCSET_SOURCES:
        srcset = attributes.get(name)
        if srcset:
            best = _widest(srcset)
            if best:
                return best
    return ""


def _widest(srcset: str) -> str:
    best, best_width = "", -1.0
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts or parts[0].lower().startswith("data:"):
            continue
        width = 0.0
        if len(parts) > 1 and parts[1][:-1].replace(".", "", 1).isdigit():
            width = float(parts[1][:-1]) * (1000 if parts[1][-1:] == "x" else 1)
        if width > best_width:
            best, best_width = parts[0], width
    return best


# The features of blocks outside every block element (a walk from a non-block root), and those
# a root element derives its own from: no path, hints or ancestors, no lists.
_OUTSIDE: _Open = ("body", "", "", (), (), Kind.PARAGRAPH, 0, -1, 0, -1, None, None)


def _hints_of(attributes: dict[str, str | None]) -> str:
    """Lower-cased class and id words: "{class} {id}", stripped."""
    if not attributes:
        return ""
    class_, id_ = attributes.get("class"), attributes.get("id")
    if id_:
        return f"{class_} {id_}".lower().strip() if class_ else id_.lower().strip()
    return class_.lower().strip() if class_ else ""


def html_blocks(
    body: LexborNode | None,
    deadline: Deadline = NO_DEADLINE,
    *,
    links: bool = True,
    images: bool = True,
) -> list[Block]:
    """Blocks of the visible text under ``body`` (a cleaned tree's body or root); link and image
    marks only with ``links`` / ``images`` (the text and every feature are the same without)."""
    if body is None:
        return []
    return _HtmlSegmenter(links=links, images=images).run(body, deadline)


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
