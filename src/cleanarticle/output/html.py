"""The cleaned article as a small, safe HTML document.

Built from the paragraphs, never from the page's markup: only structural tags written here
(headings, paragraphs, lists, tables, quotes, code, emphasis, links, images), every text and
attribute value escaped, and only http(s)/mailto/ftp or relative URLs (checked when the
paragraphs were assembled, and again here). No scripts, styles or event attributes can appear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from cleanarticle.article import Article, Mark, Paragraph
from cleanarticle.output.assemble import safe_url
from cleanarticle.output.spans import BlockRenderers, Span, figures, render_blocks, span_tree

_LANGUAGE = re.compile(r"[^A-Za-z0-9_+#.-]")
_LANG_ATTRIBUTE = re.compile(r"[A-Za-z0-9-]*")
_TAGS = {"strong": "strong", "em": "em", "code": "code"}


def to_html(article: Article) -> str:
    """A whole HTML document: metadata in <head>, the article (and its comments, when kept)."""
    lang = _LANG_ATTRIBUTE.match(article.language or "").group(0)  # type: ignore[union-attr]
    head = ['<meta charset="utf-8">']
    if article.title:
        head.append(f"<title>{_text(article.title)}</title>")
    for name, value in (("author", article.author), ("date", article.date),
                        ("description", article.description)):  # fmt: skip
        if value:
            head.append(f'<meta name="{name}" content="{_attribute(value)}">')
    canonical = safe_url(article.url or "", None)
    if canonical:
        head.append(f'<link rel="canonical" href="{_attribute(canonical)}">')
    body = [f"<h1>{_text(article.title)}</h1>"] if article.title else []
    body.append(render_paragraphs(article.paragraphs))
    if article.comments:
        parts = article.comments.split("\n\n")
        comments = "\n".join(f"<p>{_text_lines(part)}</p>" for part in parts if part)
        body.append(f'<section class="comments">\n<h2>Comments</h2>\n{comments}\n</section>')
    lang_attribute = f' lang="{lang}"' if lang else ""
    return (
        f"<!DOCTYPE html>\n<html{lang_attribute}>\n<head>\n" + "\n".join(head) + "\n</head>\n"
        "<body>\n<article>\n" + "\n".join(part for part in body if part) + "\n</article>\n"
        "</body>\n</html>\n"
    )


def render_paragraphs(paragraphs: Sequence[Paragraph]) -> str:
    return "\n".join(render_blocks(paragraphs, _RENDERERS))


def _quote(group: Sequence[Paragraph]) -> str:
    quoted = "\n".join(f"<p>{inline(p)}</p>" for p in group)
    return f"<blockquote>\n{quoted}\n</blockquote>"


def _code(paragraph: Paragraph) -> str:
    language = _LANGUAGE.sub("", paragraph.language)
    attribute = f' class="language-{language}"' if language else ""
    return f"<pre><code{attribute}>{_text(paragraph.text)}</code></pre>"


def _heading(paragraph: Paragraph, level: int) -> str:
    return f"<h{level}>{inline(paragraph)}</h{level}>"


def _paragraph(paragraph: Paragraph) -> str:
    return f"<p>{inline(paragraph)}</p>"


def _table(rows: Sequence[Paragraph]) -> str:
    cells = [list(row.cells) if row.cells else row.text.split(" | ") for row in rows]
    width = max(len(row) for row in cells)
    if width <= 1:
        return "\n".join(f"<p>{inline(row)}</p>" for row in rows)
    lines = ["<table>"]
    header = rows[0].header
    for number, row in enumerate(cells):
        tag = "th" if header and number == 0 else "td"
        row = row + [""] * (width - len(row))
        line = "<tr>" + "".join(f"<{tag}>{_text(cell)}</{tag}>" for cell in row) + "</tr>"
        if header and number == 0:
            line = f"<thead>{line}</thead>\n<tbody>"
        elif number == 0:
            line = f"<tbody>\n{line}"
        lines.append(line)
    lines.append("</tbody>\n</table>")
    return "\n".join(lines)


def _list(items: Sequence[Paragraph]) -> str:
    """Nested <ul>/<ol>: a deeper item opens a list inside the open <li>."""
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # open lists (tag, depth), each with an open <li>
    for item in items:
        depth = max(item.level, 1)
        tag = "ol" if item.number else "ul"
        pictures = "".join(_image(mark) for mark in figures(item.marks))
        if item.continued and stack:
            while len(stack) > 1 and stack[-1][1] > depth:
                out.append(f"</li></{stack.pop()[0]}>")
            out.append(f"\n<p>{pictures}{inline(item)}</p>")
            continue
        while stack and (stack[-1][1] > depth or (stack[-1][1] == depth and stack[-1][0] != tag)):
            out.append(f"</li></{stack.pop()[0]}>")
        if stack and stack[-1][1] == depth:
            out.append("</li>")
        else:
            start = f' start="{item.number}"' if tag == "ol" and item.number != 1 else ""
            out.append(f"\n<{tag}{start}>")
            stack.append((tag, depth))
        out.append(f"\n<li>{pictures}{inline(item)}")
    while stack:
        out.append(f"</li></{stack.pop()[0]}>")
    return "".join(out).lstrip("\n")


def inline(paragraph: Paragraph) -> str:
    return _children(span_tree(paragraph.text, paragraph.marks))


def _children(span: Span) -> str:
    return "".join(_text_lines(child) if isinstance(child, str) else _span(child)
                   for child in span.children)  # fmt: skip


def _span(span: Span) -> str:
    if span.style == "image":
        return _image(Mark("image", span.start, span.end, span.url, span.alt))
    inner = _children(span)
    if span.style == "link":
        url = safe_url(span.url, None)
        return f'<a href="{_attribute(url)}">{inner}</a>' if url else inner
    tag = _TAGS.get(span.style or "")
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _image(mark: Mark) -> str:
    url = safe_url(mark.url, None)
    return f'<img src="{_attribute(url)}" alt="{_attribute(mark.alt)}">' if url else ""


def _figure(mark: Mark) -> str:
    image = _image(mark)
    return f"<figure>{image}</figure>" if image else ""


def _text(text: str) -> str:
    return escape(text, quote=False)


def _text_lines(text: str) -> str:
    return escape(text, quote=False).replace("\n", "<br>\n")


def _attribute(value: str) -> str:
    return escape(value, quote=True)


_RENDERERS = BlockRenderers(
    figure=_figure, table=_table, list=_list, quote=_quote, code=_code, heading=_heading,
    paragraph=_paragraph,
)
