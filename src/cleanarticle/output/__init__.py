"""Output: kept blocks assembled into paragraphs, and an Article rendered as text, Markdown
(CommonMark/GFM, ``markdown.py``), HTML (``html.py``) or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from cleanarticle.article import Article, Paragraph
from cleanarticle.output.assemble import Structure, build_paragraphs
from cleanarticle.output.front_matter import front_matter
from cleanarticle.output.html import to_html
from cleanarticle.output.markdown import to_markdown

__all__ = [
    "Structure", "build_paragraphs", "front_matter", "join_text", "to_html", "to_json",
    "to_markdown", "to_text",
]  # fmt: skip


def join_text(paragraphs: Sequence[Paragraph]) -> str:
    """Paragraphs joined by blank lines (code keeps its own line breaks)."""
    return "\n\n".join(paragraph.text for paragraph in paragraphs)


def to_text(article: Article) -> str:
    return article.text


def to_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False)
