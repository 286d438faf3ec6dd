"""The guards before the parser (parse.py): real pages pass unchanged, attacks are cut to size.

``flatten_deep_nesting`` bounds the depth and ``limit_attributes`` the attributes per element,
the two inputs on which Lexbor is quadratic. Both must be linear themselves, and must not be
fooled by the tokenizer's contexts (comments, raw text, quoted values, SVG).
"""

from __future__ import annotations

from hostile import html_page, tag_soup
from hypothesis import given, settings
from selectolax.lexbor import LexborHTMLParser

from cleanarticle import extract
from cleanarticle.parse import MAX_ATTRIBUTES, flatten_deep_nesting, limit_attributes

N = 20_000
NAMES = " ".join(f"a{i}" for i in range(N))
SENTENCE = "The council approved the budget after a six-hour debate on Tuesday, as planned."


def _most_attributes(html: str) -> int:
    tree = LexborHTMLParser(html)
    return max(len(node.attributes) for node in tree.root.traverse())


@settings(max_examples=max(200, settings.default.max_examples // 10))
@given(html_page(tag_soup()))
def test_guards_leave_ordinary_pages_unchanged(html: str) -> None:
    assert limit_attributes(html) == html
    assert flatten_deep_nesting(html, 256) == html


def test_a_tag_keeps_its_first_attributes() -> None:
    html = f"<div {NAMES} class='kept?'>{SENTENCE}</div>"
    div = LexborHTMLParser(limit_attributes(html)).css_first("div")
    assert list(div.attributes) == [f"a{i}" for i in range(MAX_ATTRIBUTES)]
    assert div.text() == SENTENCE


def test_a_tag_at_the_limit_is_untouched() -> None:
    html = "<div " + " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES)) + ">x</div>"
    assert limit_attributes(html) == html


# Each hides a tag with N distinct attributes from a naive scanner; the guard must still find it.
HIDDEN = {
    "plain": f"<div {NAMES}>x</div>",
    "quoted >": "<div " + " ".join(f"a{i}='>'" for i in range(N)) + ">x</div>",
    "no separators": "<div " + "".join(f'a{i}=""' for i in range(N)) + ">x</div>",
    "after <!-->": f"<!--> <div {NAMES}>x -->",
    "after a script string": f"<script>\"<a x='\"</script><div {NAMES}>'",
    "in svg <style>": f"<svg><style><div {NAMES}>x</style></svg>",
    "after svg CDATA": f'<svg><![CDATA[ > <a x=" ]]> <div {NAMES}> "</svg>',
    "svg attributes": f"<svg {NAMES}><g>x</g></svg>",
    "<html> repeated": "".join(f"<html a{i}>" for i in range(N)) + "x",
    "<body> repeated": "<body>" + "".join(f"<body a{i}>" for i in range(N)) + "x",
    "end tag": f"<p>x</p {NAMES}>",
    "unclosed tag": f"<div {NAMES}",
}


def test_hidden_attribute_floods_are_cut() -> None:
    for name, html in HIDDEN.items():
        assert _most_attributes(limit_attributes(html)) <= 2 * MAX_ATTRIBUTES, name


def test_attribute_flood_keeps_the_article() -> None:
    html = f"<html {NAMES}><body><article {NAMES}><p>{SENTENCE}</p></article></body></html>"
    assert extract(html).text == SENTENCE


def test_uppercase_implicitly_closed_tags_do_not_count_as_nesting() -> None:
    """Old pages: 300 unclosed <P>; the tags after them (headings, links) must survive."""
    paragraphs = "".join(f"<P>Paragraph {i} of the old page.\n" for i in range(300))
    html = f"<div>{paragraphs}<h2>Tail</h2><P><a href='/x'>link</a></div>"
    assert flatten_deep_nesting(html, 256) == html


def test_flattening_keeps_text_and_drops_only_deep_tags() -> None:
    html = "<div>" * 1000 + SENTENCE + "</div>" * 1000
    flat = flatten_deep_nesting(html, 256)
    assert flat.count("<div>") == 256 and flat.count("</div>") == 256
    assert SENTENCE in LexborHTMLParser(flat).body.text()


def test_flattening_tags_that_never_end() -> None:
    """``<a x='`` 100,000 times and no ``>``: once quadratic (a search for ">" per tag)."""
    html = "<div>" + "<a x='" * 100_000
    assert flatten_deep_nesting(html, 256) == "<div>" + "<a x='" * 255  # the rest is one tag
