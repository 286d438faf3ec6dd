"""HTML output: structure, and a sanitiser test on hostile pages (no script, no event handler,
no script URL can get through, whatever the page holds)."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleanarticle import Article, Kind, Options, Paragraph, extract
from cleanarticle.article import Mark
from cleanarticle.output import to_html

ALL = Options(include_links=True, include_images=True, include_comments=True)
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "link", "body", "article", "section", "h1", "h2", "h3",
    "h4", "h5", "h6", "p", "br", "ul", "ol", "li", "blockquote", "pre", "code", "table",
    "thead", "tbody", "tr", "th", "td", "strong", "em", "a", "img", "figure",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"lang", "charset", "name", "content", "rel", "href", "src", "alt",
                      "start", "class"}  # fmt: skip
SAFE_URL = re.compile(r"^(?:https?:|mailto:|ftp:|[^:]*$)", re.IGNORECASE)
PROSE = (
    "<p>The council approved the new budget on Tuesday after a long debate about schools, "
    "roads and the library, and the mayor said the vote was a good day for the city.</p>"
)
HOSTILE = [
    f"<article>{PROSE}<script>alert(1)</script><p onclick='alert(1)'>Click text that is long "
    f"enough to be kept as part of the article body here.</p>{PROSE}</article>",
    f"<article>{PROSE}<p>See <a href='javascript:alert(1)'>this</a>, <a href=' JaVa&#x09;"
    f"ScRipt:alert(2)'>that</a>, <a href='vbscript:x'>vb</a> and <a href='data:text/html,"
    f"<script>alert(3)</script>'>data</a> in a sentence long enough to keep.</p>{PROSE}</article>",
    f"<article>{PROSE}<p><img src='x' onerror='alert(1)' alt='&quot;><script>alert(1)</script>'>"
    f"<img src='javascript:alert(2)'><img src='data:image/svg+xml,<svg onload=alert(3)>'></p>"
    f"<p>An image sentence that is long enough to be kept in the article text.</p>{PROSE}"
    "</article>",
    f"<html><head><base href='javascript:alert(1)//'></head><body><article>{PROSE}<p>A "
    "<a href='relative/page'>relative link</a> under a script base, in a long sentence.</p>"
    f"{PROSE}</article></body></html>",
    f"<article>{PROSE}<p>Text showing markup: [click](javascript:alert(1)) and x &lt; y &gt; "
    f"z &amp;lt; in a sentence that is long enough.</p>{PROSE}</article>",
    f"<article>{PROSE}<p><a href='https://ok.example/\" onmouseover=\"alert(1)'>quoted</a> "
    f"attribute break-out attempt inside a sentence long enough to keep.</p>{PROSE}</article>",
    f"<article>{PROSE}<svg><script>alert(1)</script></svg><iframe src='javascript:x'></iframe>"
    f"<style>p{{color:red}}</style><object data='x'></object>{PROSE}</article>",
    f"<article>{PROSE}<pre class='language-x\" onclick=\"y'><code>&lt;/code&gt;&lt;/pre&gt;"
    f"&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>{PROSE}</article>",
    f"<html lang='en\" onload=\"x'><article>{PROSE}<table><tr><td onclick='x'>a &lt;b&gt;</td>"
    f"<td><a href='javascript:x'>b</a></td></tr><tr><td>c</td><td>d</td></tr></table>"
    f"{PROSE}</article></html>",
    f"<article>{PROSE}</article><div id='comments'><div class='comment'><p>&lt;script&gt;"
    "alert(1)&lt;/script&gt; a comment that is long enough to be kept as text.</p></div></div>",
]


def unsafe(document: str) -> list[str]:
    """What a browser could run: foreign tags, event or unknown attributes, script URLs."""
    problems = []
    tree = LexborHTMLParser(document)
    for node in tree.root.traverse() if tree.root is not None else ():
        if node.tag not in ALLOWED_TAGS:
            problems.append(f"tag {node.tag}")
        for name, value in node.attributes.items():
            if name not in ALLOWED_ATTRIBUTES:
                problems.append(f"attribute {name} on {node.tag}")
            if name in ("href", "src") and not SAFE_URL.match(value or ""):
                problems.append(f"url {value!r}")
    if re.search(r"javascript:|vbscript:|data:text", document, re.IGNORECASE):
        lowered = LexborHTMLParser(document)
        shown = lowered.body.text(deep=True) if lowered.body is not None else ""
        if not re.search(r"javascript:|vbscript:", shown, re.IGNORECASE):
            problems.append("script URL outside the text")
    return problems


def test_unsafe_sees_what_it_should() -> None:
    assert unsafe("<p onclick='x'>a</p>") and unsafe("<script>x</script>")
    assert unsafe("<a href='javascript:x'>a</a>") and not unsafe("<p>javascript: is text</p>")


@pytest.mark.parametrize("page", HOSTILE)
def test_hostile_pages_give_safe_html(page: str) -> None:
    for options in (Options(), ALL):
        document = to_html(extract(page, url="https://example.com/a", options=options))
        assert unsafe(document) == [], document
        assert "<script" not in document.lower()


def test_text_that_shows_markup_is_text() -> None:
    document = to_html(extract(HOSTILE[4], options=ALL))
    paragraph = next(p for p in LexborHTMLParser(document).css("p") if "showing" in p.text())
    assert "[click](javascript:alert(1)) and x < y > z &lt; in" in paragraph.text()


def test_marks_and_structure() -> None:
    article = Article(
        title="T <1>", language="zh-CN\" x", paragraphs=(
            Paragraph("Read docs now.", marks=(Mark("link", 5, 9, "https://x.org/?a=1&b=2"),
                                               Mark("strong", 10, 13))),
            Paragraph("one", Kind.LIST_ITEM, 1, number=2),
            Paragraph("inner", Kind.LIST_ITEM, 2),
            Paragraph("two", Kind.LIST_ITEM, 1, number=3),
            Paragraph("x < 1", Kind.CODE, language="py\"thon"),
        ),
    )  # fmt: skip
    document = to_html(article)
    assert '<html lang="zh-CN">' in document and "<title>T &lt;1&gt;</title>" in document
    assert '<a href="https://x.org/?a=1&amp;b=2">docs</a> <strong>now</strong>.' in document
    assert '<ol start="2">\n<li>one\n<ul>\n<li>inner</li></ul></li>\n<li>two</li></ol>' in document
    assert '<pre><code class="language-python">x &lt; 1</code></pre>' in document
