import pytest

from cleanarticle.metadata.html_meta import collect, load_json
from cleanarticle.parse import parse


def page_of(head: str, body: str = "<p>x</p>", lang: str = ""):
    attribute = f' lang="{lang}"' if lang else ""
    return collect(parse(f"<html{attribute}><head>{head}</head><body>{body}</body></html>"))


def test_meta_tags_by_name_property_itemprop_and_http_equiv():
    page = page_of(
        '<meta property="og:title" content="Title">'
        '<meta name="PubDate" content="2022-02-11 09:52">'
        '<meta itemprop="datePublished" content="2020-11-26 08:04">'
        '<meta http-equiv="Content-Language" content="zh-CN">'
        "<meta name=”description” content='curly quotes around the name'>"
    )
    assert page.first("og:title") == "Title"
    assert page.first("pubdate") == "2022-02-11 09:52"
    assert page.first("datepublished") == "2020-11-26 08:04"
    assert page.first("description") == "curly quotes around the name"
    assert page.lang == "zh-CN"


def test_meta_values_lose_markup_and_entities():
    page = page_of('<meta name="ArticleTitle" content="标题&lt;div&gt;">')
    assert page.first("articletitle") == "标题"


def test_title_canonical_rel_author_and_lang():
    page = page_of(
        "<title> 标题 - 人民网 </title>",
        '<link rel="canonical" href="/a/1.html"><a rel="author" href="/u">张三</a>',
        lang="zh-Hans",
    )
    assert page.title == "标题 - 人民网"
    assert page.canonical == "/a/1.html"
    assert page.rel_authors == ("张三",)
    assert page.lang == "zh-Hans"


JSON_LD_CASES = [
    (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"H",'
        '"datePublished":"2021-04-10T18:52:00+08:00","dateModified":"2021-04-11",'
        '"author":{"@type":"Person","name":"张天培"},"publisher":{"@type":"Organization",'
        '"name":"人民网"},"keywords":["反诈","公安"],"articleSection":"社会",'
        '"image":{"@type":"ImageObject","url":"https://x/i.jpg"}}'
    ),
    (  # @graph with a WebSite and the article
        '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"人民网"},'
        '{"@type":["Article","NewsArticle"],"headline":"H","datePublished":"2021-04-10T18:52:00+08:00",'
        '"author":[{"@type":"Person","name":"张天培"}],"publisher":{"name":"人民网"}}]}'
    ),
    (  # a list of objects, trailing commas, a raw newline inside a string
        '[{"@type":"BreadcrumbList","itemListElement":[]},{"@type":"ReportageNews","headline":"H",'
        '"datePublished":"2021-04-10T18:52:00+08:00","author":"张天培",'
        '"description":"line one\nline two",},]'
    ),
    (  # two objects pasted into one script, in an HTML comment
        '<!-- {"@type":"WebPage","name":"page"} {"@type":"BlogPosting","headline":"H",'
        '"datePublished":"2021-04-10T18:52:00+08:00","author":{"name":"张天培"}} -->'
    ),
    (  # broken beyond repair: fields are scavenged
        '{"@type":"NewsArticle","headline":"H","datePublished":"2021-04-10T18:52:00+08:00",'
        '"author":{"@type":"Person","name":"张天培"} "oops": [}'
    ),
]


@pytest.mark.parametrize("script", JSON_LD_CASES)
def test_json_ld_article_fields(script):
    page = page_of(f'<script type="application/ld+json">{script}</script>')
    assert page.ld_first("headline") == "H"
    assert page.ld_first("date_published") == "2021-04-10T18:52:00+08:00"
    assert page.ld_first("author") == "张天培"


def test_json_ld_other_fields():
    page = page_of(f'<script type="application/ld+json">{JSON_LD_CASES[0]}</script>')
    assert page.ld_first("date_modified") == "2021-04-11"
    assert page.ld_first("publisher") == "人民网"
    assert page.ld.get("keywords") == ("反诈", "公安")
    assert page.ld_first("section") == "社会"
    assert page.ld_first("image") == "https://x/i.jpg"


def test_json_ld_organisation_author_is_not_a_person():
    script = '{"@type":"NewsArticle","author":{"@type":"Organization","name":"人民网"}}'
    page = page_of(f'<script type="application/ld+json">{script}</script>')
    assert "author" not in page.ld


def test_json_ld_website_name_is_a_site_name():
    script = '{"@type":"WebSite","name":"人民网","url":"https://people.com.cn"}'
    page = page_of(f'<script type="application/ld+json">{script}</script>')
    assert page.ld_first("site_name") == "人民网"


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ('{"a": 1}', True),
        ('{"a": 1,}', True),
        ('{"a": 1} {"b": 2}', True),
        ('//<![CDATA[\n{"a": 1}\n//]]>', True),
        ('{"a": 1};', True),
        ("{nope", False),
        ("", False),
    ],
)
def test_load_json_repairs(text, ok):
    assert (load_json(text) is not None) is ok


def test_microdata_author_and_dates():
    page = page_of(
        "",
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">H</h1>'
        '<span itemprop="author" itemscope><span itemprop="name">张天培</span></span>'
        '<time itemprop="datePublished" datetime="2021-04-10T18:52">4月10日</time>'
        "</article>"
        '<div class="comments"><span itemprop="author">路人甲</span></div>',
    )
    assert page.microdata["author"] == ("张天培",)
    assert page.microdata["date_published"] == ("2021-04-10T18:52",)
    assert page.microdata["headline"] == ("H",)


def test_time_tags_know_pubdate_and_comment_sections():
    page = page_of(
        "",
        '<time class="entry-date published" datetime="2021-04-10">Apr 10</time>'
        "<time>2021-04-12</time>"
        '<div id="comment-list"><time datetime="2021-04-15">x</time></div>',
    )
    assert [(tag.value, tag.published, tag.noise) for tag in page.times] == [
        ("2021-04-10", True, False),
        ("2021-04-12", False, False),
        ("2021-04-15", False, True),
    ]


def test_one_query_sorts_elements_matching_several_selectors():
    # <link>/<a> with an itemprop: only the rel selector tells a canonical or author link.
    page = page_of(
        '<meta itemprop="datePublished" content="2021-04-10">'
        '<link itemprop="url" href="/not-canonical">'
        '<link itemprop="mainEntityOfPage" rel="canonical" href="/canonical">',
        '<a itemprop="author" href="/u/1">李四</a>'
        '<a itemprop="author" rel="author" href="/u/2">张三</a>'
        '<time itemprop="dateModified" datetime="2021-04-11">x</time>',
    )
    assert page.canonical == "/canonical"
    assert page.rel_authors == ("张三",)
    assert page.microdata["author"] == ("李四", "张三")
    assert page.microdata["date_modified"] == ("2021-04-11",)
    assert page.first("datepublished") == "2021-04-10"
    assert [tag.value for tag in page.times] == ["2021-04-11"]


def test_lexbor_reports_a_node_once_per_matching_selector():
    # collect's single query relies on this (html_meta._page_nodes).
    tree = parse('<html><body><a itemprop="author" rel="author">A</a><i>x</i></body></html>').tree
    found = tree.css('[itemprop], a[rel~="author"], i')
    assert [node.tag for node in found] == ["a", "a", "i"]
    assert found[0].mem_id == found[1].mem_id
