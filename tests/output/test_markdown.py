"""Markdown rendering: every construct, and escaping checked by a CommonMark parser."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser

from cleanarticle import Article, Kind, Paragraph, extract
from cleanarticle.article import Mark
from cleanarticle.output import to_markdown
from cleanarticle.output.markdown import code_span, destination

COMMONMARK = MarkdownIt("commonmark").enable("table")


def body(*paragraphs: Paragraph) -> str:
    return to_markdown(Article(paragraphs=paragraphs))


def rendered(markdown: str) -> LexborHTMLParser:
    return LexborHTMLParser(COMMONMARK.render(markdown))


# --- escaping ----------------------------------------------------------------------------------


def test_a_year_opening_a_line_is_not_a_list() -> None:
    assert body(Paragraph("2019. That was the year.")) == "2019\\. That was the year."
    html = COMMONMARK.render(body(Paragraph("Line one\n2) line two\n- three\n+ four\n---")))
    assert "<ol" not in html and "<ul" not in html and "<hr" not in html and "<h2" not in html


def test_setext_underlines_and_rules_stay_text() -> None:
    for line in ("===", "--", "- - -", "==="):
        html = COMMONMARK.render(body(Paragraph(f"Title\n{line}")))
        assert "<h1" not in html and "<h2" not in html and "<hr" not in html, line


@settings(max_examples=300)
@given(st.text(st.sampled_from("ab 1.)-+=*_`#<>[]()!|~&;\\:/\n"), min_size=1, max_size=40))
def test_any_paragraph_text_renders_as_that_text(text: str) -> None:
    """Escaping is complete: a CommonMark reader shows exactly the text, and no markup."""
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    text = "\n".join(line for line in text.split("\n") if line)
    if not text:
        return
    tree = rendered(body(Paragraph(text)))
    assert tree.body is not None
    tags = {node.tag for node in tree.body.traverse()} - {"body", "p", "br", "-text"}
    assert not tags, (text, tags)
    shown = tree.body.text(deep=True)
    assert " ".join(shown.split()) == " ".join(text.split())


# --- blocks -------------------------------------------------------------------------------------


def test_code_keeps_lines_and_names_its_language() -> None:
    code = "def f():\n    return '```'\n\n\tx = 1"
    markdown = body(Paragraph(code, Kind.CODE, language="python"))
    assert markdown == f"````python\n{code}\n````"
    pre = rendered(markdown).css_first("pre code")
    assert pre is not None and pre.text(deep=True) == code + "\n"
    assert pre.attributes.get("class") == "language-python"


def test_table_has_a_header_separator_and_pads_rows() -> None:
    rows = (
        Paragraph("A | B", Kind.TABLE_ROW, cells=("A", "B"), header=True),
        Paragraph("x|y | 1", Kind.TABLE_ROW, cells=("x|y", "1"), continued=True),
        Paragraph("merged", Kind.PARAGRAPH, cells=("merged", ""), continued=True),
    )
    markdown = body(*rows)
    assert markdown == "| A | B |\n| --- | --- |\n| x\\|y | 1 |\n| merged |  |"
    tree = rendered(markdown)
    assert [n.text() for n in tree.css("th")] == ["A", "B"]
    assert [n.text() for n in tree.css("td")] == ["x|y", "1", "merged", ""]


def test_two_tables_in_a_row_stay_two_tables() -> None:
    first = Paragraph("a | b", Kind.TABLE_ROW, cells=("a", "b"))
    second = Paragraph("c | d", Kind.TABLE_ROW, cells=("c", "d"))
    assert len(rendered(body(first, second)).css("table")) == 2


def test_one_column_table_is_lines_not_a_table() -> None:
    rows = (Paragraph("one", cells=("one",)), Paragraph("two", cells=("two",), continued=True))
    assert body(*rows) == "one\n\ntwo"


def test_ordered_lists_keep_their_numbers_and_nesting() -> None:
    items = (
        Paragraph("three", Kind.LIST_ITEM, 1, number=3),
        Paragraph("four", Kind.LIST_ITEM, 1, number=4),
        Paragraph("nested", Kind.LIST_ITEM, 2),
        Paragraph("deeper 1", Kind.LIST_ITEM, 3, number=1),
        Paragraph("more of four", Kind.LIST_ITEM, 1, number=4, continued=True),
        Paragraph("ten", Kind.LIST_ITEM, 1, number=10),
    )
    markdown = body(*items)
    assert markdown == (
        "3. three\n4. four\n   - nested\n     1. deeper 1\n\n   more of four\n10. ten"
    )
    tree = rendered(markdown)
    outer = tree.css_first("ol")
    assert outer is not None and outer.attributes.get("start") == "3"
    assert [li.text(deep=False).strip() for li in tree.css("ul > li")] == ["nested"]
    assert tree.css_first("ul ol li") is not None


MARKS = (Mark("strong", 2, 6), Mark("code", 16, 20), Mark("link", 26, 30, "https://x.org/a (b)"))


def test_quote_heading_emphasis_code_link_image() -> None:
    paragraphs = (
        Paragraph("Section", Kind.HEADING, 3),
        Paragraph("A bold move, in code, see docs.", marks=MARKS),
        Paragraph("said\nthen", Kind.QUOTE, marks=(Mark("em", 0, 4),)),
        Paragraph("Caption", marks=(Mark("figure", 0, 0, "https://x.org/i.png", "An [image]"),)),
    )
    markdown = body(*paragraphs)
    assert markdown == (
        "### Section\n\nA **bold** move, in `code`, see [docs](https://x.org/a%20%28b%29).\n\n"
        "> *said*  \n> then\n\n![An \\[image\\]](https://x.org/i.png)\n\nCaption"
    )
    tree = rendered(markdown)
    link = tree.css_first("a")
    assert link is not None and link.attributes["href"] == "https://x.org/a%20%28b%29"
    image = tree.css_first("img")
    assert image is not None and image.attributes["alt"] == "An [image]"


def test_emphasis_that_commonmark_would_not_read_is_dropped_or_tightened() -> None:
    # "**“x”**" between CJK letters is not emphasis in CommonMark: the quote moves out.
    text = "我们“重写”了"
    markdown = body(Paragraph(text, marks=(Mark("strong", 2, 7),)))
    strong = rendered(markdown).css_first("strong")
    assert strong is not None and "重写" in strong.text()
    # Spaces inside the span move out too: "** x **" would be literal asterisks.
    markdown = body(Paragraph("a  bold  b", marks=(Mark("strong", 1, 8),)))
    assert rendered(markdown).css_first("strong") is not None


def test_inline_code_and_destinations_cannot_break_out() -> None:
    assert code_span("a ` b") == "``a ` b``"
    assert code_span("`x`") == "`` `x` ``"
    assert destination("https://x.org/a b)<c>") == "https://x.org/a%20b%29%3Cc%3E"


# --- whole articles -----------------------------------------------------------------------------


def test_front_matter_is_yaml_that_nothing_breaks_out_of() -> None:
    article = Article(
        title='A "quoted"\n---\ntitle', author="Li Lei", date="2024-05-01",
        tags=("a", "b: c"), paragraphs=(Paragraph("Body."),),
    )  # fmt: skip
    markdown = to_markdown(article, front_matter=True)
    head, rest = markdown.split("\n---\n", 1)
    lines = head.split("\n")
    assert lines[0] == "---"
    values = dict(line.split(": ", 1) for line in lines[1:])
    assert json.loads(values["title"]) == article.title  # JSON strings are YAML strings
    assert json.loads(values["tags"]) == ["a", "b: c"]
    assert rest.startswith("\n# A \"quoted\" --- title")


def test_links_and_images_are_off_by_default_and_absolute_when_on() -> None:
    page = (
        "<html><head><base href='/docs/'></head><body><article><p>Read the "
        "<a href='guide.html'>guide</a> first, it explains the whole setup in a few steps.</p>"
        "<p><img src='pic.png' alt='A picture'></p><p>Then follow the steps one by one, "
        "carefully, as the guide says, until the setup is complete.</p></article></body></html>"
    )
    plain = to_markdown(extract(page, url="https://example.com/a/b.html"))
    assert "](" not in plain and "Read the guide first" in plain
    from cleanarticle import Options

    options = Options(include_links=True, include_images=True)
    markdown = to_markdown(extract(page, url="https://example.com/a/b.html", options=options))
    assert "[guide](https://example.com/docs/guide.html)" in markdown
    assert "![A picture](https://example.com/docs/pic.png)" in markdown
