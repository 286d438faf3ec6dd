"""Kept blocks -> paragraphs: marks moved onto the final text, code as written, URLs checked,
tables laid out with paragraphs read as rows."""

from __future__ import annotations

from cleanarticle import Kind, Options, extract
from cleanarticle.output.assemble import align, code_text, safe_url

PROSE = "<p>" + "The council approved the new budget on Tuesday after a long debate. " * 3 + "</p>"


def page(middle: str) -> str:
    return f"<html><body><article>{PROSE}{middle}{PROSE}</article></body></html>"


def test_align_maps_raw_positions_onto_normalised_text() -> None:
    raw, text = "  a\n\t b\u200bc ", "a bc"
    positions = align(raw, text)
    assert [text[positions[raw.index(ch)]] for ch in "abc"] == ["a", "b", "c"]
    assert positions[len(raw)] == len(text)


def test_code_text_keeps_whitespace_and_drops_what_was_cut() -> None:
    raw = "\n    keep(1)\n\n    drop_me(2)\n"
    assert code_text(raw, "keep(1) drop_me(2)") == "    keep(1)\n\n    drop_me(2)"
    assert code_text(raw, "keep(1) (2)") == "    keep(1)\n\n    (2)"


def test_safe_url_resolves_and_refuses_script_schemes() -> None:
    assert safe_url("../b c.html", "https://x.org/a/d/") == "https://x.org/a/b%20c.html"
    for bad in ("javascript:alert(1)", " JaVa\tScRipt:x", "vbscript:x", "data:text/html,x"):
        assert safe_url(bad, "https://x.org/") == ""
    assert safe_url("mailto:a@x.org", None) == "mailto:a@x.org"
    assert safe_url("/relative", None) == "/relative"


def test_code_lines_from_per_line_elements_keep_indentation_and_empty_lines() -> None:
    code = (
        "<pre><code><div class=l>def long_function_name(argument):</div><div class=l></div>"
        "<div class=l><span>    </span>return argument * 2</div><div class=l><span>1</span>"
        "<div><div>\n</div></div></div><div class=l>print(long_function_name(21))</div></code></pre>"
    )
    paragraphs = extract(page(code)).paragraphs
    (block,) = [p for p in paragraphs if p.kind is Kind.CODE]
    assert block.text == (
        "def long_function_name(argument):\n\n    return argument * 2\n1\n\n"
        "print(long_function_name(21))"
    )


def test_a_table_laid_out_with_paragraphs_reads_as_rows() -> None:
    table = (
        "<table><tr><th><p>City</p></th><th><p>Budget</p></th></tr>"
        "<tr><td><p>Springfield</p></td><td><p>1.2m</p><p>(2024)</p></td></tr>"
        "<tr><td><p>Shelbyville</p></td><td><p>0.9m</p></td></tr></table>"
    )
    article = extract(page(table))
    rows = [p for p in article.paragraphs if p.kind is Kind.TABLE_ROW]
    assert [p.cells for p in rows] == [
        ("City", "Budget"), ("Springfield", "1.2m (2024)"), ("Shelbyville", "0.9m"),
    ]  # fmt: skip
    assert [p.header for p in rows] == [True, False, False]
    assert [p.continued for p in rows] == [False, True, True]
    assert "| City | Budget |\n| --- | --- |\n| Springfield | 1.2m (2024) |" in (
        article.to_markdown()
    )


def test_a_page_laid_out_with_a_table_stays_paragraphs() -> None:
    layout = (
        "<table><tr><td><p>" + "A long paragraph of the article in a layout cell. " * 6
        + "</p></td><td><p>Side</p></td></tr><tr><td><p>Second row text</p></td>"
        "<td><p>More</p></td></tr></table>"
    )
    article = extract(layout)
    assert not any(p.kind is Kind.TABLE_ROW for p in article.paragraphs)


def test_standalone_image_between_article_blocks_survives_a_dropped_caption() -> None:
    figure = "<figure><img src='/a.jpg' alt='A'><figcaption>Photo: someone</figcaption></figure>"
    article = extract(page(figure), url="https://x.org/n/1", options=Options(include_images=True))
    assert "![A](https://x.org/a.jpg)" in article.to_markdown()
