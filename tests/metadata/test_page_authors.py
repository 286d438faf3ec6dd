"""Bylines in many languages, handles after a posting word, desks, editors, author hints."""

import pytest

import cleanarticle

BODY = (
    "<p>The minister said on Monday that the government would not change its plans for the "
    "year, and that the budget would be presented to parliament as planned.</p>"
) * 3
LD = '<script type="application/ld+json">{}</script>'


def page(head: str = "", top: str = "", body: str = BODY, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Budget plans stay</title>{head}</head><body>'
        f"<article><h1>Budget plans stay</h1>{top}{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        ("de", "Von Max Mustermann", "Max Mustermann"),  # no date on the line: the word cues it
        ("de", "von Lena Weber", "Lena Weber"),
        ("fr", "Par Jean Dupont", "Jean Dupont"),
        ("it", "di Giulia Rossi", "Giulia Rossi"),
        ("es", "Por Ana García", "Ana García"),
        ("nl", "Door Jan de Vries", "Jan de Vries"),
        ("en", "By Jane Roe", "Jane Roe"),
    ],
)
def test_byline_words_of_every_language(lang, line, author):
    article = cleanarticle.extract(page(top=f"<p>{line}</p>", lang=lang))
    assert article.author == author
    assert article.provenance["author"].startswith("label line top:")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Discussion in 'Garden Tools' started by greenthumb, May 26, 2025.", "greenthumb"),
        ("Post by quietriver » Sat Feb 24, 2024 12:41 pm", "quietriver"),
        ("by jdoe » Tue Aug 27, 2019 1:47 am", "jdoe"),  # leading the line
        ("娱乐频道 发布时间 2005/03/15 22:36:13 by lakeview", "lakeview"),  # after a time stamp
        # lower case after "by" in a sentence is a word, not a handle
        ("We are cutting the service prices by up to 39% on January 1, 2026.", None),
        # a desk or a crowd, not a person
        ("This page was last modified on Jul 8, 2025 by Docs contributors", None),
        ("Posted March 3, 2024 by the Budget staff", None),
    ],
)  # fmt: skip
def test_handles_follow_a_posting_word_and_desks_are_no_authors(line, author):
    assert cleanarticle.extract(page(top=f"<p>{line}</p>")).author == author


def test_an_explicit_byline_beats_the_text_of_a_byline_element():
    top = (
        '<div class="authors"><div class="brand">brandmark</div>'
        "<ul><li>von Clara Stein</li><li>05. November 2024</li></ul></div>"
    )
    article = cleanarticle.extract(page(top=top, lang="de"))
    assert article.authors == ("Clara Stein",)


def test_the_byline_element_alone_still_names_the_author():
    article = cleanarticle.extract(page(top='<div class="byline">Clara Stein</div>'))
    assert article.author == "Clara Stein"
    assert article.provenance["author"].startswith("byline element top:")


@pytest.mark.parametrize(
    ("top", "author"),
    [
        ("<p>Dewi Lestari</p><p>Editor : Budi Santoso</p>", None),  # the declared name edited it
        ('<p class="author">Dewi Lestari</p><p>Editor : Budi Santoso</p>', "Dewi Lestari"),
        ("<p>编辑：王明</p>", None),
        ("", "Budi Santoso"),  # nothing says otherwise: the declaration stands
    ],
)
def test_a_declared_author_the_page_credits_as_editor_is_not_the_author(top, author):
    script = LD.format('{"@type":"NewsArticle","author":{"@type":"Person","name":"Budi Santoso"}}')
    script = script.replace("Budi Santoso", "王明") if "王明" in top else script
    assert cleanarticle.extract(page(script, top)).author == author


def test_article_author_meta_is_a_declaration():
    html = page('<meta name="articleAuthor" content="Example Ajansı">')
    article = cleanarticle.extract(html)
    assert article.author == "Example Ajansı"
    assert article.provenance["author"] == "meta: <meta articleauthor>"


@pytest.mark.parametrize(
    "hint", ["about-authentication-and-authorization", "authority-control", "authorisation"]
)
def test_author_look_alikes_are_no_byline_hints(hint):
    top = f'<h2 id="{hint}">About Authentication Settings</h2>'
    assert cleanarticle.extract(page(top=top)).author is None
