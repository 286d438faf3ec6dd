"""A paragraph's text and marks as a tree of nested spans, which Markdown and HTML both walk.

Marks come from the page's nesting, but cuts and line splits may leave one crossing another:
a mark is clipped to the one it starts in. Marks that add nothing (emphasis inside the same
emphasis, anything inside inline code or a link inside a link) are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cleanarticle.article import Kind, Mark, Paragraph


@dataclass
class Span:
    style: str | None  # None for the root
    start: int
    end: int
    url: str = ""
    alt: str = ""
    children: list[Span | str] = field(default_factory=list)


def span_tree(text: str, marks: Sequence[Mark]) -> Span:
    """The root span over ``text``; "figure" marks are not inline and are left out."""
    root = Span(None, 0, len(text))
    stack = [root]
    position = 0
    inline = _merged(sorted((m for m in marks if m.style != "figure"), key=_order))
    for mark in inline:
        start = max(min(mark.start, len(text)), position)
        while len(stack) > 1 and stack[-1].end <= start:
            position = _close(text, stack, position)
        top = stack[-1]
        if start > position:
            top.children.append(text[position:start])
            position = start
        if mark.style == "image":
            if "code" not in _styles(stack):
                top.children.append(Span("image", start, start, mark.url, mark.alt))
            continue
        end = min(mark.end, top.end)
        styles = _styles(stack)
        if end <= start or mark.style in styles or "code" in styles:
            continue
        span = Span(mark.style, start, end, mark.url, mark.alt)
        top.children.append(span)
        stack.append(span)
    while len(stack) > 1:
        position = _close(text, stack, position)
    if position < len(text):
        root.children.append(text[position:])
    return root


def _order(mark: Mark) -> tuple[int, int]:
    return mark.start, -mark.end


def _merged(marks: list[Mark]) -> list[Mark]:
    """Touching marks of one style become one ("**a****b**" would not read as two)."""
    merged: list[Mark] = []
    for mark in marks:
        for index in range(len(merged) - 1, -1, -1):
            other = merged[index]
            touching = other.end == mark.start and mark.style != "image"
            if touching and (other.style, other.url) == (mark.style, mark.url):
                merged[index] = Mark(other.style, other.start, mark.end, other.url, other.alt)
                break
        else:
            merged.append(mark)
    return sorted(merged, key=_order)


def _close(text: str, stack: list[Span], position: int) -> int:
    span = stack.pop()
    if span.end > position:
        span.children.append(text[position : span.end])
    return max(position, span.end)


def _styles(stack: list[Span]) -> set[str | None]:
    return {span.style for span in stack}


def plain(span: Span) -> str:
    """The text under a span, marks ignored."""
    return "".join(child if isinstance(child, str) else plain(child) for child in span.children)


def figures(marks: Sequence[Mark]) -> list[Mark]:
    return [mark for mark in marks if mark.style == "figure"]


@dataclass(frozen=True)
class BlockRenderers:
    """One format's renderers for each kind of block group (Markdown, HTML)."""

    figure: Callable[[Mark], str]
    table: Callable[[Sequence[Paragraph]], str]
    list: Callable[[Sequence[Paragraph]], str]
    quote: Callable[[Sequence[Paragraph]], str]
    code: Callable[[Paragraph], str]
    heading: Callable[[Paragraph, int], str]
    paragraph: Callable[[Paragraph], str]


def render_blocks(paragraphs: Sequence[Paragraph], render: BlockRenderers) -> list[str]:
    """The body's blocks in order: paragraphs grouped into tables, lists and quotes, figures
    before the block they stood in; each format supplies the renderers."""
    blocks: list[str] = []
    position = 0
    while position < len(paragraphs):
        paragraph = paragraphs[position]
        group = block_group(paragraphs, position)
        position += len(group)
        if paragraph.kind is not Kind.LIST_ITEM:
            blocks += [render.figure(mark) for p in group for mark in figures(p.marks)]
        if paragraph.cells or paragraph.kind is Kind.TABLE_ROW:
            blocks.append(render.table(group))
        elif paragraph.kind is Kind.LIST_ITEM:
            blocks.append(render.list(group))
        elif paragraph.kind is Kind.QUOTE:
            blocks.append(render.quote(group))
        elif paragraph.kind is Kind.CODE:
            blocks.append(render.code(paragraph))
        elif paragraph.kind is Kind.HEADING:
            blocks.append(render.heading(paragraph, min(max(paragraph.level, 2), 6)))
        else:
            blocks.append(render.paragraph(paragraph))
    return blocks


def block_group(paragraphs: Sequence[Paragraph], start: int) -> Sequence[Paragraph]:
    """The paragraphs rendered together from ``start``: one table, one list, one quote."""
    first = paragraphs[start]
    end = start + 1
    if first.cells or first.kind is Kind.TABLE_ROW:
        while end < len(paragraphs) and _same_table(first, paragraphs[end]):
            end += 1
    elif first.kind in (Kind.LIST_ITEM, Kind.QUOTE):
        while end < len(paragraphs) and paragraphs[end].kind is first.kind:
            end += 1
    return paragraphs[start:end]


def _same_table(first: Paragraph, row: Paragraph) -> bool:
    if first.cells:
        return bool(row.cells) and row.continued
    return row.kind is Kind.TABLE_ROW and not row.cells
