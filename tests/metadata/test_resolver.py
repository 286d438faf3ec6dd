"""One candidate table, one rank table, one resolver: each source's value and its provenance."""

import json

import pytest

import cleanarticle
from cleanarticle.metadata.candidates import Candidate
from cleanarticle.metadata.ranks import RANKS, rank
from cleanarticle.metadata.resolver import resolve_authors, resolve_date, site_keys

BODY = (
    "<p>The minister said on Monday that the government would not change its plans for the "
    "year, and that the budget would be presented to parliament as planned.</p>"
) * 3
ZH_PROSE = (
    "2020年以来，公安部与有关部门认真贯彻落实党中央决策部署，"
    "克服疫情不利影响，齐抓共管，密切协作，全力推动工作取得明显成效。"
)
ZH_BODY = f"<p>{ZH_PROSE}</p>" * 3


def page(head: str = "", top: str = "", body: str = BODY, bottom: str = "") -> str:
    return (
        f"<html><head><title>Budget plans stay</title>{head}</head><body><article>"
        f"<h1>Budget plans stay</h1>{top}{body}{bottom}</article></body></html>"
    )


LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize(
    ("html", "url", "field", "value", "source"),
    [
        (page(LD.format('{"@type":"NewsArticle","datePublished":"2024-03-03T10:00:00+01:00"}')),
         None, "date", "2024-03-03T10:00:00+01:00", "json-ld"),
        (page('<meta property="article:published_time" content="2024-03-04">'),
         None, "date", "2024-03-04", "meta"),
        (page('<meta name="pubdate" content="2024-03-05">'), None, "date", "2024-03-05",
         "meta family"),
        (page(top='<p><time datetime="2024-03-06" pubdate>6 March</time></p>'), None, "date",
         "2024-03-06", "time published"),
        (page(top="<p>Published: 7 March 2024</p>"), None, "date", "2024-03-07",
         "label line top"),
        (page(top="<p>3. März 2024</p>"), None, "date", "2024-03-03", "pure line top"),
        (page(), "https://example.org/2024/03/08/budget", "date", "2024-03-08", "url"),
        (page(LD.format('{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Roe"}}')),
         None, "author", "Jane Roe", "json-ld"),
        (page('<meta name="author" content="John Doe">'), None, "author", "John Doe", "meta"),
        (page(top="<p>Von Max Mustermann, 3. März 2024</p>"), None, "author", "Max Mustermann",
         "label line top"),
        (page(top="<p>By Jane Doe | March 3, 2024</p>"), None, "author", "Jane Doe",
         "label line top"),
        (page(top="<p>作者：王明 来源：新华社</p>", body=ZH_BODY), None, "author", "王明",
         "label line top"),
        (page(top="<p>作者：王明 来源：新华社</p>", body=ZH_BODY), None, "source", "新华社",
         "label line top"),
        (page(body=ZH_BODY + f"<p>{ZH_PROSE * 3}（责任编辑：陈华）</p>"), None, "editor",
         "陈华", "credit"),  # a credit closing a long paragraph
        (page(top="<p>编辑：陈华</p>", body=ZH_BODY), None, "editor", "陈华", "label line"),
    ],
)  # fmt: skip
def test_each_source_gives_its_value_and_provenance(html, url, field, value, source):
    article = cleanarticle.extract(html, url=url)
    assert getattr(article, field) == value
    assert article.provenance[field].startswith(source + ":") or article.provenance[
        field
    ].startswith(source + " (fallback):")


def test_provenance_is_filled_and_in_the_json_output():
    html = page(
        '<meta property="article:published_time" content="2024-03-04T08:00:00+08:00">'
        '<meta name="author" content="Jane Roe">'
    )
    article = cleanarticle.extract(html)
    assert article.provenance == {
        "date": "meta: <meta article:published_time>",
        "author": "meta: <meta author>",
    }
    record = json.loads(json.dumps(article.to_dict()))
    assert record["provenance"]["date"] == "meta: <meta article:published_time>"


def test_a_visible_line_names_its_line_in_the_provenance():
    article = cleanarticle.extract(page(top="<p>作者：王明</p>", body=ZH_BODY))
    assert article.author == "王明"
    assert article.provenance["author"].startswith("label line top: line ")
    assert article.provenance["author"].endswith("作者：王明")


def test_an_edit_stamp_is_the_date_of_last_resort_and_says_so():
    text = "\n".join(["标题在这里说明情况", "本帖最后由 ade7788 于 2020-12-8 16:47 编辑", ZH_PROSE])
    article = cleanarticle.extract_text(text)
    assert article.date == article.date_modified == "2020-12-08T16:47:00"
    assert article.provenance["date"].startswith("edit stamp (fallback):")
    # any other date wins over it
    html = page(
        '<meta name="pubdate" content="2020-12-01">',
        top="<p>本帖最后由 a 于 2020-12-8 16:47 编辑</p>",
    )
    assert cleanarticle.extract(html).date == "2020-12-01"


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("Jane Roe", "Jane Roe"),
        ("jane@example.com", None),  # an e-mail
        ("https://www.facebook.com/somepaper", None),  # a URL
        ("mdelatorreq6vkpg2ma0ci", None),  # a machine-made user id
        ("WordPress", None),  # the CMS
        ("admin", None),
        ("{{ author.name }}", None),  # a template placeholder
        ("Example Media Group, LLC", None),  # a company
        ("Budget Times", None),  # the site's own name
        ("Associated Press", "Associated Press"),  # another outlet: a wire agency's story
    ],
)
def test_declared_authors_are_validated(declared, expected):
    html = page(
        f'<meta name="author" content="{declared}">'
        '<meta property="og:site_name" content="Budget Times">'
    )
    assert cleanarticle.extract(html).author == expected


def test_a_declared_account_name_yields_to_a_visible_byline():
    html = page('<meta name="author" content="jroe">', top="<p>By Jane Roe</p>")
    assert cleanarticle.extract(html).author == "Jane Roe"
    assert cleanarticle.extract(page('<meta name="author" content="jroe">')).author == "jroe"


def test_the_clock_is_never_read(monkeypatch):
    import datetime as real

    class NoClock(real.datetime):
        @classmethod
        def now(cls, tz=None):
            raise AssertionError("extraction read the clock")

    import cleanarticle.metadata.dates as dates

    monkeypatch.setattr(dates, "datetime", NoClock)
    html = page('<meta property="article:published_time" content="2031-05-06">')
    assert cleanarticle.extract(html).date == "2031-05-06"


def test_a_day_month_dateline_takes_the_year_of_the_pages_other_dates():
    html = page(
        '<meta property="article:modified_time" content="2019-12-09">', top="<p>7 December</p>"
    )
    article = cleanarticle.extract(html)
    assert article.date == "2019-12-07"
    assert article.provenance["date"].startswith("pure line top:")


def test_the_resolver_takes_the_best_ranked_value_that_validates():
    candidates = [
        Candidate("date", "not a date", "json-ld", "JSON-LD datePublished"),
        Candidate("date", "2024-01-02", "meta", "<meta article:published_time>"),
        Candidate("date", "2024-01-03", "url", "URL"),
    ]
    date, choice = resolve_date(candidates, "date", lambda value: value if "-" in value else None)
    assert date == "2024-01-02" and choice is not None and choice.source == "meta"


def test_the_site_name_is_never_an_author():
    candidates = [Candidate("author", "Budget Times", "json-ld", "JSON-LD author")]
    assert resolve_authors(candidates, site_keys(["budget times"])) == ([], None)


def test_ranks_are_one_ordered_table():
    assert list(RANKS) == ["date", "date_modified", "author", "editor", "source"]
    assert rank("date", "json-ld") < rank("date", "label line top") < rank("date", "time")
    assert rank("date", "time") < rank("date", "url") < rank("date", "edit stamp")
    assert rank("author", "json-ld") < rank("author", "label line top")
    assert rank("author", "blog owner") < rank("author", "author link")
    assert rank("source", "label line top") < rank("source", "publisher")


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ('[{"@type":"Person","name":"Paula Roe"},{"@type":"Organization","name":"SDA"}]',
         "Paula Roe; SDA"),  # a wire agency co-signs
        ('[{"@type":"Person","name":"Scott Roe"},{"@type":"Person","name":"Gear Team"}]',
         "Scott Roe; Gear Team"),  # a desk as co-author
        ('{"@type":"Organization","name":"Budget Times Online"}', None),  # the publisher alone
    ],
)  # fmt: skip
def test_json_ld_co_authors(authors, expected):
    script = LD.format(f'{{"@type":"NewsArticle","author":{authors}}}')
    assert cleanarticle.extract(page(script)).author == expected
