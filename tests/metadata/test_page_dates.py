"""The date a page shows versus the one it declares, cue words per language, lines that date
something else (a reply, a member's join date, a period), and which lines are read at all."""

import pytest

import cleanarticle

BODY = (
    "<p>The minister said on Monday that the government would not change its plans for the "
    "year, and that the budget would be presented to parliament as planned.</p>"
) * 3
LEDE = (
    "<p>A long introduction that sums the article up in a sentence or two, the way a "
    "standfirst does, before the byline and the dateline of the story.</p>"
)
LD = '<script type="application/ld+json">{}</script>'


def page(head: str = "", top: str = "", body: str = BODY, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Budget plans stay</title>{head}</head><body>'
        f"<article><h1>Budget plans stay</h1>{top}{body}</article></body></html>"
    )


def declared(published: str, modified: str | None = None) -> str:
    node = f'"@type":"Article","datePublished":"{published}"'
    if modified:
        node += f',"dateModified":"{modified}"'
    return LD.format("{" + node + "}")


@pytest.mark.parametrize(
    ("head", "top", "date", "source"),
    [
        # the page shows only its declared modification day: it presents itself as of then
        (declared("2019-08-11", "2025-11-21T10:00:00+00:00"), "<p>November 21, 2025</p>",
         "2025-11-21", "shown date"),
        # the declared publication day is shown too: it stands
        (declared("2019-08-11", "2025-11-21"), "<p>Aug 11, 2019</p><p>November 21, 2025</p>",
         "2019-08-11", "json-ld"),
        # shown one day off (the page's own zone has another calendar day): it stands
        (declared("2025-06-03T01:00:00+00:00", "2025-11-21"), "<p>Jun 2, 2025</p>",
         "2025-06-03T01:00:00+00:00", "json-ld"),
        # a shown day that is no declared date at all is not enough
        (declared("2019-08-11", "2025-11-21"), "<p>March 3, 2024</p>", "2019-08-11", "json-ld"),
        # an update stamp alone never re-dates a declared publication
        (declared("2019-08-11", "2025-11-21"), "<p>Updated November 21, 2025</p>",
         "2019-08-11", "json-ld"),
    ],
)  # fmt: skip
def test_a_shown_modification_day_dates_a_page_that_hides_its_publication(
    head, top, date, source
):
    article = cleanarticle.extract(page(head, top))
    assert article.date == date
    assert article.provenance["date"].startswith(source + ":")


@pytest.mark.parametrize(
    ("lang", "line", "date_modified"),
    [
        ("en", "Last updated on March 3, 2024", "2024-03-03"),
        ("en", "Updated 20:49, 3 Mar 2024", "2024-03-03"),  # a time between cue and date
        ("de", "Aktualisiert am 3. März 2024", "2024-03-03"),
        ("fr", "Mis à jour le 3 mars 2024", "2024-03-03"),
        ("es", "Actualizado el 3 de marzo de 2024", "2024-03-03"),
        ("it", "Aggiornato il 3 marzo 2024", "2024-03-03"),
        ("nl", "Bijgewerkt op 3 maart 2024", "2024-03-03"),
    ],
)
def test_update_cues_in_many_languages(lang, line, date_modified):
    html = page('<meta name="pubdate" content="2024-01-05">', f"<p>{line}</p>", lang=lang)
    article = cleanarticle.extract(html)
    assert article.date == "2024-01-05"  # the update is no publication date
    assert article.date_modified == date_modified


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Published on March 3, 2024 · Updated on March 9, 2024"),
        ("de", "Veröffentlicht am 3. März 2024, aktualisiert am 9. März 2024"),
        ("pt", "Publicado em 3 de março de 2024, atualizado em 9 de março de 2024"),
    ],
)
def test_published_and_updated_on_one_line(lang, line):
    article = cleanarticle.extract(page(top=f"<p>{line}</p>", lang=lang))
    assert (article.date, article.date_modified) == ("2024-03-03", "2024-03-09")
    assert article.provenance["date"].startswith("label line top:")


@pytest.mark.parametrize(
    ("top", "date"),
    [
        # a question page: asked is the page's date, answers and edits are later
        ("<p>asked Jun 29, 2012 at 10:51</p><p>answered Dec 8, 2017 at 18:54</p>",
         "2012-06-29T10:51:00"),
        ("<p>answered Dec 8, 2017 at 18:54</p>", None),  # a reply's date dates nothing here
        ("<p>Joined: Sun Dec 17, 2023 11:18 am</p>", None),  # a member's profile
        ("<p>注册时间: 2023-12-17</p>", None),
        ("<p>1/27/2026 - 3/24/2026</p>", None),  # a period: an offer's or an event's
        ("<p>DATE: 2025-12-12 – 2025-12-17</p>", None),
    ],
)  # fmt: skip
def test_dates_of_something_else_are_not_the_pages(top, date):
    assert cleanarticle.extract(page(top=top)).date == date


@pytest.mark.parametrize(
    ("lang", "line", "date"),
    [
        ("en", "ORBITER MARS 3", None),  # "mars" is French for March, not a month here
        ("fr", "3 mars", "2024-03-03"),
        ("en", "7 December", "2024-12-07"),
        (None, "3 mars", "2024-03-03"),  # no declared language: any listed month
    ],
)
def test_a_date_without_a_year_is_read_in_the_pages_language(lang, line, date):
    html = page('<meta property="article:modified_time" content="2024-12-09">', f"<p>{line}</p>")
    if lang is None:
        html = html.replace(' lang="en"', "")
    else:
        html = html.replace('lang="en"', f'lang="{lang}"')
    assert cleanarticle.extract(html).date == date


def test_a_wrapper_holding_the_body_does_not_make_its_lines_noise():
    # "sidebar" is a word of the page's layout class, on an element that holds the text too
    html = (
        '<html lang="en"><head><title>Budget plans stay</title></head><body>'
        '<div class="story-page story-sidebar-mode-single"><h1>Budget plans stay</h1>'
        '<div class="story-byline">Jane Roe</div><div class="story-date">May 31, 2024</div>'
        f"{BODY}</div></body></html>"
    )
    article = cleanarticle.extract(html)
    assert (article.date, article.author) == ("2024-05-31", "Jane Roe")


def test_a_real_sidebar_still_is_noise():
    html = (
        '<html lang="en"><head><title>Budget plans stay</title></head><body>'
        "<h1>Budget plans stay</h1>"
        f'<article>{BODY}</article><aside class="sidebar"><p>May 31, 2024</p></aside>'
        "</body></html>"
    )
    assert cleanarticle.extract(html).date is None


def test_a_layout_class_named_relative_is_no_related_links_box():
    html = page(top='<div class="relative flex"><p>Jane Roe • Oct 20, 2025</p></div>')
    assert cleanarticle.extract(html).date == "2025-10-20"


def test_byline_and_dateline_under_a_standfirst_are_read_but_not_cut():
    top = LEDE + '<p class="author">Anna van Dijk</p><p>2022-11-23T08:10+02:00</p>'
    article = cleanarticle.extract(page(top=top, body=BODY * 4))
    assert article.date == "2022-11-23T08:10:00+02:00"
    assert article.author == "Anna van Dijk"
    assert article.provenance["date"].startswith("pure line top:")
    assert not [cut for cut in article.removed if cut.detector == "metadata" and "Dijk" in cut.text]


def test_a_utility_class_with_a_css_value_names_no_sidebar():
    top = '<div class="[--sidebar-width:18rem] lg:[--gap:2rem]"><p>Oct 21, 2025</p></div>'
    assert cleanarticle.extract(page(top=top)).date == "2025-10-21"
