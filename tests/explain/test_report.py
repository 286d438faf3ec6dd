"""The visual report: every cut highlighted once, the panel's rules and metadata, and safety."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import cleanarticle
from cleanarticle.explain.report import PageMismatch

REPO = Path(__file__).resolve().parents[2]
PROSE = "The council approved the new budget on Tuesday after a debate that lasted six hours. "
HOSTILE = (
    "<html><head><title>T</title><script>alert(1)</script></head><body>"
    "<nav><a href='javascript:alert(2)'>Home</a> <a href='/x' onclick='alert(3)'>News</a></nav>"
    f"<article><h1>Budget &lt;script&gt;alert(4)&lt;/script&gt;</h1><p>{PROSE * 3}</p>"
    "<p>&lt;img src=x onerror=alert(5)&gt; and &lt;/div&gt;&lt;script&gt;alert(6)&lt;/script&gt;"
    f" {PROSE}</p><p>{PROSE * 2} javascript:alert(7)</p></article>"
    "<div class='comments'><p>&lt;a href=&quot;javascript:alert(8)&quot;&gt;x&lt;/a&gt;"
    " I agree with the council.</p></div>"
    "<footer><p>© 2024 <b onmouseover='alert(9)'>Site</b>. All rights reserved.</p></footer>"
    "</body></html>"
)


class _Tags(HTMLParser):
    """Every start tag and attribute of a document, as a browser's tokenizer reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(document: str) -> _Tags:
    parser = _Tags()
    parser.feed(document)
    return parser


def _report(page: bytes | str, **kwargs: object) -> tuple[cleanarticle.Article, str]:
    article = (
        cleanarticle.extract(page) if not kwargs.get("text") else cleanarticle.extract_text(page)
    )  # type: ignore[arg-type]
    return article, cleanarticle.report(article, page, **kwargs)  # type: ignore[arg-type]


def test_hostile_page_text_never_becomes_markup() -> None:
    _, document = _report(HOSTILE.encode())
    tags = _parse(document).tags
    assert {tag for tag, _ in tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "b", "br", "input", "label",
        "div", "main", "mark", "span", "aside", "h2", "table", "tr", "th", "td", "ul", "li",
    }  # fmt: skip
    for _, attributes in tags:
        assert not any(name.startswith("on") for name in attributes)
        assert not any("javascript:" in (value or "").lower() for value in attributes.values())
        assert "href" not in attributes and "src" not in attributes
    assert "<script" not in document.lower().replace("&lt;script", "")
    # the page's text is all there, as text
    text = "".join(_parse(document).text)
    for piece in ("<script>", "alert(4)", "<img src=x onerror=alert(5)>", "javascript:alert(7)",
                  '<a href="javascript:alert(8)">x</a>'):  # fmt: skip
        assert piece in text


def test_the_report_loads_and_runs_nothing() -> None:
    _, document = _report(HOSTILE.encode())
    policy = re.search(r"Content-Security-Policy' content=\"([^\"]+)\"", document)
    assert (
        policy and "default-src 'none'" in policy.group(1) and "script-src" not in policy.group(1)
    )
    assert not re.search(r"https?://", document.split("</style>")[0])


@pytest.mark.parametrize(
    "name",
    sorted(path.name for path in (REPO / "samples").iterdir() if path.suffix in (".html", ".txt")),
)
def test_every_cut_is_highlighted_once_and_the_panel_lists_the_rules(name: str) -> None:
    path = REPO / "samples" / name
    text = path.suffix == ".txt"
    page: str | bytes = path.read_text(encoding="utf-8") if text else path.read_bytes()
    article, document = _report(page, text=text)
    tags = _parse(document).tags
    cuts = [attrs for _, attrs in tags if "cut" in (attrs.get("class") or "").split()]
    located = [removal for removal in article.removed if removal.index >= 0]
    assert [int(attrs["data-index"] or -1) for attrs in cuts] == sorted(
        removal.index for removal in located
    )
    listed = {attrs["data-rule"] for tag, attrs in tags if tag == "tr" and "data-rule" in attrs}
    assert listed == {removal.rule for removal in located}


def test_the_panel_shows_metadata_and_where_it_came_from() -> None:
    path = REPO / "samples" / "102_zh_gbk_metro_related.html"
    article, document = _report(path.read_bytes())
    assert article.provenance
    for name, origin in article.provenance.items():
        assert f"<tr data-field='{name}'>" in document
        assert "from " + html.escape(origin, quote=True) in document


def test_a_page_other_than_the_article_s_is_refused() -> None:
    article = cleanarticle.extract(HOSTILE.encode())
    with pytest.raises(PageMismatch):
        cleanarticle.report(article, f"<p>{PROSE}</p><p>Other page</p>")


def test_report_checks_its_arguments() -> None:
    with pytest.raises(TypeError):
        cleanarticle.report("not an article", "<p>x</p>")  # type: ignore[arg-type]
