"""Assemble kept blocks into paragraphs, and render an Article as text, Markdown or JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from cleanarticle.article import Article, Kind, Paragraph
from cleanarticle.blocks import Block


def build_paragraphs(blocks: Sequence[Block], texts: Sequence[str | None]) -> tuple[Paragraph, ...]:
    """Rejoin kept lines of one element (split at <br>) into one paragraph; keep their kind."""
    paragraphs: list[Paragraph] = []
    lines: list[str] = []
    current: Block | None = None
    for block, text in zip(blocks, texts):
        if not text:
            continue
        if current is not None and block.paragraph == current.paragraph:
            lines.append(text)
            continue
        if current is not None:
            paragraphs.append(Paragraph("\n".join(lines), current.kind, current.level))
        current, lines = block, [text]
    if current is not None:
        paragraphs.append(Paragraph("\n".join(lines), current.kind, current.level))
    return tuple(paragraphs)


def join_text(paragraphs: Sequence[Paragraph]) -> str:
    return "\n\n".join(paragraph.text for paragraph in paragraphs)


# --- rendering --------------------------------------------------------------------------------

_BACKTICKS = re.compile(r"`+")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def to_text(article: Article) -> str:
    return article.text


def to_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False)


def to_markdown(article: Article) -> str:
    """Markdown of the article; page text is escaped, so no markup from the page gets through."""
    parts = [f"# {_escape(article.title)}"] if article.title else []
    previous: Kind | None = None
    for paragraph in article.paragraphs:
        rendered = _markdown_paragraph(paragraph)
        glue_to_previous = previous is paragraph.kind and paragraph.kind in (
            Kind.LIST_ITEM,
            Kind.TABLE_ROW,
        )
        if glue_to_previous and parts:
            parts[-1] += "\n" + rendered
        else:
            parts.append(rendered)
        previous = paragraph.kind
    return "\n\n".join(parts)


def _markdown_paragraph(paragraph: Paragraph) -> str:
    text = paragraph.text
    kind = paragraph.kind
    if kind is Kind.CODE:
        # A fence longer than any backtick run inside, so the code cannot close it early.
        longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    text = _escape(text)
    if kind is Kind.HEADING:
        return "#" * min(max(paragraph.level, 2), 6) + " " + text.replace("\n", " ")
    if kind is Kind.LIST_ITEM:
        indent = "  " * max(paragraph.level - 1, 0)
        return indent + "- " + text.replace("\n", " ")
    if kind is Kind.QUOTE:
        return "\n".join("> " + line for line in text.split("\n"))
    if kind is Kind.TABLE_ROW:
        return "| " + text.replace("\n", " ").replace(" \\| ", " | ") + " |"
    return text.replace("\n", "  \n")


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
