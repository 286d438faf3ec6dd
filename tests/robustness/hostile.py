"""Hostile inputs, generated in memory: hypothesis strategies and pathological page builders.

Shared by the property tests, the pathological tests, the atheris harness and
``benchmarks/pathological.py``, so every one of them exercises the same pages. Nothing here is
stored on disk: each builder takes a size and returns the page.
"""

from __future__ import annotations

import gzip
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

# --- hypothesis strategies ---------------------------------------------------------------------

TAGS = [
    "div", "p", "span", "a", "li", "ul", "ol", "table", "tr", "td", "th", "br", "h1", "h3",
    "script", "style", "acronym", "font", "b", "i", "pre", "blockquote", "form", "frameset",
    "frame", "ruby", "rt", "title", "textarea", "select", "option", "template", "svg", "math",
    "noscript", "iframe", "plaintext", "xmp", "caption", "article", "nav", "footer", "code",
]  # fmt: skip
ATTRIBUTES = [
    "", " class='nav'", " id='x1'", " href='/'", " hidden", " style='display:none'",
    ' class="content"', ' href="javascript:alert(1)"', " onclick='alert(1)'", ' aria-hidden="true"',
    " src='data:text/html,<script>alert(1)</script>'", ' type="application/ld+json"',
    ' class="comment share"', " lang='zh'", ' style="visibility: hidden"',
]  # fmt: skip
WORDS = [
    "新闻", "電信網絡", "the", "council", "。", ",", "!", "&amp;", "&#0;", "&lt;script&gt;", "<",
    ">", "版权所有", "Home", "|", "\x00", "\ud800", "\u200b", "網(wǎng)", "&nbsp;", "\r\n", "\t",
    "[x](javascript:alert(1))", "**bold**", "# head", "&#x1F600;", "&#55296;", "<!--", "-->",
    "公安机关将毫不动摇地坚持依法严打方针，进一步强化侦查打击。",
    "The council approved the budget after a six-hour debate on Tuesday.",
]  # fmt: skip


@st.composite
def tag_soup(draw: st.DrawFn, depth: int = 0) -> str:
    """Nested elements with attributes; closers right, missing or broken (``</b``); any text."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 5 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            if draw(st.integers(0, 9)) == 0:
                tag = tag.upper()
            attributes = "".join(draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=2)))
            inner = draw(tag_soup(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", "</div>", "<br/>"]))
            parts.append(f"<{tag}{attributes}>{inner}{close}")
        elif draw(st.integers(0, 5)) == 0:
            parts.append(draw(st.text(max_size=20)))
        else:
            parts.append(" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=6))))
    return "".join(parts)


def html_page(body: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A body wrapped, sometimes, in a document with a head (title, meta, JSON-LD)."""
    heads = st.sampled_from([
        "",
        "<!DOCTYPE html><html><head><title>标题 Title</title></head><body>",
        '<html lang="zh"><head><meta charset="utf-8"><meta name="author" content="张三">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>'
        "</head><body>",
    ])  # fmt: skip
    return st.tuples(heads, body).map("".join)


ENCODINGS = ["utf-8", "gb18030", "big5", "shift_jis", "cp1252", "utf-16"]


@st.composite
def encoded_page(draw: st.DrawFn) -> bytes:
    """A tag-soup page as bytes: encoded in one charset, declared (truly or not) in another."""
    html = draw(html_page(tag_soup()))
    encoding = draw(st.sampled_from(ENCODINGS))
    declared = draw(st.sampled_from(["", *ENCODINGS]))
    meta = f'<meta charset="{declared}">' if declared else ""
    data = (meta + html).encode(encoding, errors="replace")
    if draw(st.integers(0, 4)) == 0:  # damage it: flip, cut or splice bytes
        data = data[: draw(st.integers(0, len(data)))] + draw(st.binary(max_size=16))
    return data


# --- pathological pages ------------------------------------------------------------------------

_SENTENCE = (
    "The council approved the budget after a six-hour debate on Tuesday, "
    "and the mayor said the new plan would be published next week. "
)
_CJK_SENTENCE = "公安机关将毫不动摇地坚持依法严打方针，进一步强化侦查打击，切实维护社会稳定。"


def _article(body: str, title: str = "Pathological page") -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"


def deep_nesting(depth: int, tag: str = "div") -> str:
    """``depth`` nested open elements with the article text at the bottom, all closed."""
    return _article(f"<{tag}>" * depth + f"<p>{_SENTENCE * 3}</p>" + f"</{tag}>" * depth)


def deep_unclosed(depth: int, tag: str = "span") -> str:
    """Nested and never closed: the parser must close them all at end of file."""
    return _article(f"<{tag} class='c'>x " * depth + _SENTENCE * 3)


def misnested(count: int) -> str:
    """``<b><i>..</b></i>`` over and over: the adoption agency algorithm's worst case."""
    unit = f"<p><b>bold <i>both</b> italic</i> {_SENTENCE}"
    return _article(unit * count)


def unclosed_mix(count: int) -> str:
    """Unclosed p/li/td/a/table/font and stray closers, the soup of old CMS pages."""
    unit = (
        f"<P>{_SENTENCE}<LI>item<TD>cell</TR><a href='/x'>link<a href='/y'>next"
        f"<font color=red><table><div>{_CJK_SENTENCE}</span></td></font>"
    )
    return _article(unit * count)


def many_elements(count: int) -> str:
    """``count`` elements: paragraphs of prose, each with 19 inline elements (20 elements)."""
    unit = f"<p>{_SENTENCE}" + "<b>x</b> " * 19 + "</p>"
    return _article(unit * (count // 20))


def many_inline(count: int) -> str:
    """``count`` inline elements in one paragraph: one block, a million nodes."""
    return _article("<p>" + _SENTENCE + "<b>word</b> " * count + "</p>")


def big_page(megabytes: float) -> bytes:
    """A realistic article page (paragraphs, links, menus) of about ``megabytes`` MB, UTF-8."""
    paragraph = f"<div class='section'><p>{_SENTENCE * 2}</p><p>{_CJK_SENTENCE * 3}</p>"
    paragraph += "<ul class='nav'><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li></ul>"
    paragraph += "</div>\n"
    unit = paragraph.encode()
    head, tail = _article("").encode().split(b"</body>")
    return head + unit * int(megabytes * 1e6 / len(unit)) + b"</body>" + tail


def text_node(megabytes: float, cjk: bool = False) -> str:
    """A single text node of about ``megabytes`` MB (characters), one ``<p>``."""
    sentence = _CJK_SENTENCE if cjk else _SENTENCE
    return _article("<p>" + sentence * int(megabytes * 1e6 / len(sentence)) + "</p>")


def unbroken_text(megabytes: float) -> str:
    """One text node with no space or punctuation at all: one giant word."""
    return _article("<p>" + "a" * int(megabytes * 1e6) + "</p>")


def many_links(count: int) -> str:
    """``count`` links: a giant menu list, then a paragraph of inline links."""
    items = "".join(f"<li><a href='/n/{i}'>Story {i}</a></li>" for i in range(count // 2))
    inline = " ".join(f"<a href='/t/{i}'>tag{i}</a>" for i in range(count - count // 2))
    return _article(f"<p>{_SENTENCE}</p><ul>{items}</ul><p>{inline}</p>")


def lying_charset(repeat: int = 40) -> bytes:
    """Declares UTF-8, is GBK."""
    html = '<html><head><meta charset="utf-8"><title>新闻</title></head><body>'
    html += "<p>" + _CJK_SENTENCE * repeat + "</p></body></html>"
    return html.encode("gbk")


def mixed_encodings(repeat: int = 20) -> bytes:
    """Half UTF-8, half GBK, one page (a template in one charset, content in another)."""
    head = ('<html><head><meta charset="utf-8"></head><body><p>' + _CJK_SENTENCE * repeat).encode()
    tail = ("</p><p>" + _CJK_SENTENCE * repeat + "</p></body></html>").encode("gbk")
    return head + tail


def pdf_bytes(size: int = 200_000) -> bytes:
    stream = zlib.compress(_SENTENCE.encode() * (size // len(_SENTENCE) + 1))
    header = b"%PDF-1.7\n1 0 obj\n<< /Length " + str(len(stream)).encode()
    return header + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream\nendobj\n%%EOF\n"


def jpeg_bytes(size: int = 200_000) -> bytes:
    noise = random.Random(6).randbytes(size)
    return (
        b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00" + noise + b"\xff\xd9"
    )


def gzip_bytes(megabytes: float = 1.0) -> bytes:
    """A gzip-compressed HTML page, passed on as if the transport had decoded it."""
    return gzip.compress(text_node(megabytes).encode(), mtime=0)


def binary_noise(size: int = 200_000) -> bytes:
    """Random bytes with no magic number."""
    return random.Random(7).randbytes(size)


def whitespace_only(size: int = 1_000_000) -> str:
    return (" \t\r\n\u3000\xa0" * (size // 6 + 1))[:size]


def frameset_only() -> str:
    return (
        "<html><head><title>Frames</title></head><frameset cols='20%,80%'>"
        "<frame src='menu.html'><frame src='main.html'><noframes>No frames.</noframes>"
        "</frameset></html>"
    )


def angle_brackets(size: int) -> str:
    """``<a x='<a x='...``: tags that never end, nested ``size / 6`` deep, no ``>`` anywhere."""
    return "<div>" + "<a x='" * (size // 6)


def attribute_flood(count: int) -> str:
    """One element with ``count`` attributes, then a huge attribute value."""
    attributes = " ".join(f"data-a{i}='{i}'" for i in range(count))
    return _article(f"<div {attributes}><p title='{'v' * count * 10}'>{_SENTENCE}</p></div>")


def entity_flood(count: int) -> str:
    """``count`` character references, named, numeric, invalid and unterminated."""
    unit = "&amp;&lt;&#x4E2D;&#25991;&#0;&#xD800;&bogus;&amp"
    return _article("<p>" + unit * (count // 8) + "</p>")


def deep_tables(depth: int) -> str:
    """Nested tables (foster parenting, table scope) ``depth`` deep, text in every cell."""
    return _article("<table><tr><td>cell " * depth + _SENTENCE + "</td></tr></table>" * depth)


def deep_foreign(depth: int) -> str:
    """Nested SVG/MathML content, a different parser mode."""
    return _article("<svg><g>" * depth + "<math><mi>x</mi></math>" + _SENTENCE)


def comment_bomb(count: int) -> str:
    """An unclosed comment swallowing the page, after many tiny comments."""
    return _article("<!--x-->" * count + "<p>" + _SENTENCE + "</p><!-- never closed " + "x" * count)


@dataclass(frozen=True)
class Case:
    """A pathological page: its builder at the test size and at the benchmark size."""

    name: str
    description: str
    build: Callable[[int], str | bytes]
    test_size: int
    bench_size: int  # the size where it names one


CASES = [
    Case("deep_nesting", "100,000 nested <div>", lambda n: deep_nesting(n), 100_000, 100_000),
    Case("deep_span_unclosed", "100,000 nested unclosed <span>", lambda n: deep_unclosed(n),
         100_000, 100_000),
    Case("deep_inline_b", "100,000 nested <b> (formatting)", lambda n: deep_unclosed(n, "b"),
         100_000, 100_000),
    Case("deep_anchor", "100,000 nested <a> (implicitly closed)",
         lambda n: deep_nesting(n, "a"), 100_000, 100_000),
    Case("deep_lists", "100,000 nested <ul><li>", lambda n: deep_nesting(n, "ul><li"),
         50_000, 50_000),
    Case("deep_tables", "20,000 nested tables", deep_tables, 5_000, 20_000),
    Case("deep_svg", "50,000 nested <svg><g>", deep_foreign, 50_000, 50_000),
    Case("big_page", "50 MB page (truncated at max_input_bytes)", lambda n: big_page(n), 50, 50),
    Case("many_elements", "1,000,000 elements (50,000 paragraphs)", many_elements, 100_000,
         1_000_000),
    Case("many_inline", "1,000,000 inline elements in one paragraph", many_inline, 1_000_000,
         1_000_000),
    Case("text_node", "one 10 MB text node", lambda n: text_node(n), 10, 10),
    Case("text_node_cjk", "one 10 MB CJK text node (chars)", lambda n: text_node(n, cjk=True),
         5, 10),
    Case("unbroken_text", "one 10 MB word", lambda n: unbroken_text(n), 5, 10),
    Case("many_links", "100,000 links", many_links, 100_000, 100_000),
    Case("misnested", "100,000 misnested <b><i>", misnested, 20_000, 100_000),
    Case("unclosed_mix", "unclosed/misnested soup, 20,000 times", unclosed_mix, 5_000, 20_000),
    Case("angle_brackets", "<a x='<a x='… never closed", angle_brackets, 3_000_000, 10_000_000),
    Case("attribute_flood", "100,000 attributes on one tag", attribute_flood, 100_000, 100_000),
    Case("entity_flood", "1,000,000 character references", entity_flood, 1_000_000, 1_000_000),
    Case("comment_bomb", "100,000 comments, then an unclosed one", comment_bomb, 100_000,
         100_000),
    Case("lying_charset", "meta says UTF-8, bytes are GBK", lying_charset, 40, 40),
    Case("mixed_encodings", "UTF-8 then GBK in one page", mixed_encodings, 20, 20),
    Case("pdf", "PDF bytes passed as HTML", pdf_bytes, 200_000, 200_000),
    Case("jpeg", "JPEG bytes passed as HTML", jpeg_bytes, 200_000, 200_000),
    Case("gzip", "gzip bytes passed as HTML", lambda n: gzip_bytes(n), 1, 1),
    Case("binary_noise", "random bytes, no magic number", binary_noise, 200_000, 1_000_000),
    Case("whitespace_only", "1,000,000 whitespace characters", whitespace_only, 1_000_000, 1_000_000),
    Case("frameset_only", "only a <frameset>", lambda n: frameset_only(), 0, 0),
]  # fmt: skip
