from cleanarticle import extract
from cleanarticle.article import Article, Kind, Paragraph
from cleanarticle.output import to_json, to_markdown


def test_markdown_keeps_structure():
    article = Article(
        title="Title",
        paragraphs=(
            Paragraph("Intro", Kind.HEADING, 2),
            Paragraph("Body text."),
            Paragraph("one", Kind.LIST_ITEM, 1),
            Paragraph("two", Kind.LIST_ITEM, 1),
            Paragraph("said", Kind.QUOTE),
            Paragraph("a | b", Kind.TABLE_ROW),
            Paragraph("x = 1", Kind.CODE),
        ),
    )
    assert to_markdown(article) == (
        "# Title\n\n## Intro\n\nBody text.\n\n- one\n- two\n\n> said\n\n| a | b |\n| --- | --- |\n\n```\nx = 1\n```"
    )


def test_markdown_never_carries_page_markup():
    html = (
        "<article><p>" + "Text about &lt;script&gt;alert(1)&lt;/script&gt; and "
        "<a href='javascript:alert(1)' onclick='x()'>a link</a> in a long enough sentence. "
        * 3
        + "</p></article>"
    )
    markdown = to_markdown(extract(html))
    assert "<script>" not in markdown
    assert "javascript:" not in markdown
    assert "onclick" not in markdown


def test_json_keeps_cjk_readable():
    assert "正文" in to_json(Article(text="正文"))
