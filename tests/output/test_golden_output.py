"""Hand-written pages, one per construct, English and Chinese, with their exact Markdown and HTML.

Each ``pages/<name>.html`` is extracted with links, images and comments kept and must give
``<name>.expected.md`` and ``<name>.expected.html`` byte for byte. The expected Markdown is also
rendered by a CommonMark parser (markdown-it-py, GFM tables on), whose HTML must have the same
structure, text, links and images as the HTML output: the Markdown means what it should.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleanarticle import Options, extract

PAGES = Path(__file__).parent / "pages"
NAMES = sorted(p.name[:-5] for p in PAGES.glob("*.html") if ".expected." not in p.name)
OPTIONS = Options(include_links=True, include_images=True, include_comments=True)
URL = "https://example.com/news/1"
# Tags whose nesting and attributes carry meaning; <p>, <figure>, <thead>/<tbody>, <section>
# differ between the two renderings without changing what is shown (a loose list's <p>).
_COMPARED = {
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "table",
    "tr", "th", "td", "strong", "em", "a", "img", "br",
}  # fmt: skip
_ATTRIBUTES = ("href", "src", "alt", "start")
_EMPHASIS = ("strong", "em")  # compared apart: Markdown may move punctuation out of them


def _expected(name: str, suffix: str) -> str:
    return (PAGES / f"{name}.expected.{suffix}").read_text(encoding="utf-8")


def test_every_construct_has_a_page_in_both_languages() -> None:
    constructs = {name.rsplit("_", 1)[0] for name in NAMES}
    assert constructs >= {"code", "table", "lists", "inline", "escaping", "comments"}
    assert all(f"{c}_en" in NAMES and f"{c}_zh" in NAMES for c in constructs)


@pytest.mark.parametrize("name", NAMES)
def test_markdown_is_exact(name: str) -> None:
    article = extract((PAGES / f"{name}.html").read_bytes(), url=URL, options=OPTIONS)
    assert article.to_markdown() + "\n" == _expected(name, "md")


@pytest.mark.parametrize("name", NAMES)
def test_html_is_exact(name: str) -> None:
    article = extract((PAGES / f"{name}.html").read_bytes(), url=URL, options=OPTIONS)
    assert article.to_html() == _expected(name, "html")


@pytest.mark.parametrize("name", NAMES)
def test_markdown_renders_as_the_html_output(name: str) -> None:
    parser = MarkdownIt("commonmark").enable("table")
    rendered = LexborHTMLParser(parser.render(_expected(name, "md"))).body
    ours = LexborHTMLParser(_expected(name, "html")).css_first("article")
    assert rendered is not None and ours is not None
    assert _shape(rendered) == _shape(ours)
    # Emphasis may shed punctuation at its edges in Markdown ("**“重写”**" does not read as
    # emphasis in CommonMark next to CJK letters, "“**重写**”" does): same spans, same core.
    for tag in ("strong", "em"):
        marked, shown = rendered.css(tag), ours.css(tag)
        assert len(marked) == len(shown)
        assert all(m.text() in s.text() for m, s in zip(marked, shown))


def _shape(root: LexborNode) -> list[str]:
    """Compared tags with their meaningful attributes, and the text between them."""
    out: list[str] = []
    for node in root.iter(include_text=True):
        _walk(node, out)
    merged: list[str] = []  # text split by an emphasis tag left out is one text
    for item in out:
        if item and merged and not item.startswith("<") and not merged[-1].startswith("<"):
            merged[-1] += item
        elif item:
            merged.append(item)
    return merged


def _walk(node: LexborNode, out: list[str]) -> None:
    if node.tag == "-text":
        text = node.text_content or ""
        inside_pre = node.parent is not None and node.parent.tag == "code"
        out.append(text.rstrip("\n") if inside_pre else " ".join(text.split()))
        return
    # GFM tables always have a header row; the HTML output keeps <td> when the page had no <th>.
    tag = "td" if node.tag == "th" else node.tag or ""
    if tag in _COMPARED and tag not in _EMPHASIS:
        attributes = node.attributes
        shown = " ".join(f'{a}="{attributes[a]}"' for a in _ATTRIBUTES if attributes.get(a))
        out.append(f"<{tag} {shown}>" if shown else f"<{tag}>")
    for child in node.iter(include_text=True):
        _walk(child, out)
    if tag in _COMPARED and tag not in ("img", "br", *_EMPHASIS):
        out.append(f"</{tag}>")
