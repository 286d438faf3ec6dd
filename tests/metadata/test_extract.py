"""The metadata stage end to end: extract_metadata on small pages, in HTML and text mode."""

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle.blocks import html_blocks, text_blocks
from cleanarticle.metadata import Metadata, extract_metadata
from cleanarticle.parse import parse

PROSE = (
    "2020年以来，公安部与有关部门认真贯彻落实党中央决策部署，"
    "克服疫情不利影响，齐抓共管，密切协作，全力推动工作取得明显成效。"
)
EN_PROSE = (
    "The minister said on Monday that the government would not change its plans for the year, "
    "and that the budget would be presented to parliament as planned."
)


def run_html(html: str, url: str | None = None, keep=None):
    document = parse(html)
    blocks = html_blocks(document.tree.body)
    keep = keep or (lambda block: len(block.text) > 40)
    kept = [keep(block) for block in blocks]
    metadata, verdicts = extract_metadata(document, blocks, kept, url)
    return metadata, verdicts, blocks


def run_text(text: str, keep=None):
    blocks = text_blocks(text)
    keep = keep or (lambda block: len(block.text) > 40)
    kept = [keep(block) for block in blocks]
    metadata, verdicts = extract_metadata(None, blocks, kept, None)
    return metadata, verdicts, blocks


def cut_texts(verdicts, blocks):
    return {
        blocks[v.index].text if v.span is None else blocks[v.index].text[v.span[0] : v.span[1]]
        for v in verdicts
    }


def test_metadata_is_frozen_with_every_field():
    metadata = Metadata()
    with pytest.raises(dataclasses.FrozenInstanceError):
        metadata.title = "x"  # type: ignore[misc]
    assert [field.name for field in dataclasses.fields(Metadata)] == [
        "title", "author", "authors", "editor", "date", "date_modified", "source", "sitename",
        "url", "language", "description", "tags", "categories", "image", "provenance",
    ]  # fmt: skip


def test_json_ld_page():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Markets rally as inflation cools",
        "datePublished": "2021-04-10T18:52:00+08:00",
        "dateModified": "2021-04-11T09:00:00+08:00",
        "author": [
            {"@type": "Person", "name": "Jane Doe"},
            {"@type": "Person", "name": "John Roe"},
        ],
        "publisher": {"@type": "Organization", "name": "Example News"},
        "keywords": "markets, inflation",
        "articleSection": "Business",
        "image": ["https://example.com/a.jpg"],
        "description": "Stocks rose.",
    }
    html = (
        f'<html lang="en-GB"><head><title>Markets rally as inflation cools | Example News</title>'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        "<h1>Markets rally as inflation cools</h1><p>By Jane Doe</p>"
        f"<p>{EN_PROSE}</p></body></html>"
    )
    metadata, verdicts, blocks = run_html(html, url="https://example.com/markets")
    assert metadata.title == "Markets rally as inflation cools"
    assert metadata.date == "2021-04-10T18:52:00+08:00"
    assert metadata.date_modified == "2021-04-11T09:00:00+08:00"
    assert metadata.author == "Jane Doe; John Roe"
    assert metadata.authors == ("Jane Doe", "John Roe")
    assert metadata.source == "Example News"
    assert metadata.sitename == "Example News"
    assert metadata.language == "en"
    assert metadata.tags == ("markets", "inflation")
    assert metadata.categories == ("Business",)
    assert metadata.image == "https://example.com/a.jpg"
    assert metadata.description == "Stocks rose."
    assert metadata.url == "https://example.com/markets"
    assert {"Markets rally as inflation cools", "By Jane Doe"} <= cut_texts(verdicts, blocks)


def test_open_graph_and_article_meta():
    html = (
        "<html><head>"
        '<meta property="og:title" content="标题写在这里 - 人民网">'
        '<meta property="og:site_name" content="人民网">'
        '<meta property="og:url" content="/n1/2021/0410/c1.html">'
        '<meta property="og:image" content="/img/a.jpg">'
        '<meta property="article:published_time" content="2021-04-10T18:52:00+08:00">'
        '<meta property="article:modified_time" content="2021-04-10T20:00:00+08:00">'
        '<meta property="article:author" content="https://www.facebook.com/people">'
        '<meta property="article:section" content="社会">'
        '<meta property="article:tag" content="反诈">'
        '<meta property="article:tag" content="公安">'
        '<meta name="description" content="公安部通报打击电信网络诈骗成效。">'
        "</head><body><h1>标题写在这里</h1>"
        f"<p>作者:张天培 来源:人民日报</p><p>{PROSE}</p></body></html>"
    )
    metadata, verdicts, blocks = run_html(html, url="http://www.people.com.cn/x")
    assert metadata.title == "标题写在这里"
    assert metadata.date == "2021-04-10T18:52:00+08:00"
    assert metadata.date_modified == "2021-04-10T20:00:00+08:00"
    assert metadata.author == "张天培"  # the facebook URL is not an author
    assert metadata.source == "人民日报"
    assert metadata.sitename == "人民网"
    assert metadata.url == "http://www.people.com.cn/n1/2021/0410/c1.html"
    assert metadata.image == "http://www.people.com.cn/img/a.jpg"
    assert metadata.categories == ("社会",)
    assert metadata.tags == ("反诈", "公安")
    assert metadata.language == "zh"
    assert {"标题写在这里", "作者:张天培 来源:人民日报"} <= cut_texts(verdicts, blocks)


def test_chinese_cms_meta_names():
    html = (
        "<html><head><title>为现代化建设凝聚强大智慧和力量_巴彦淖尔市人民政府网</title>"
        '<meta name="SiteName" content="巴彦淖尔市人民政府">'
        '<meta name="ArticleTitle" content="为现代化建设凝聚强大智慧和力量">'
        '<meta name="PubDate" content="2022-02-11 09:52">'
        '<meta name="ContentSource" content="巴彦淖尔日报">'
        '<meta name="keywords" content="政协,开幕">'
        "</head><body><p>为现代化建设凝聚强大智慧和力量</p>"
        f"<p>{PROSE}</p><p>来源：巴彦淖尔日报 编辑：苏亮</p></body></html>"
    )
    metadata, verdicts, blocks = run_html(html)
    assert metadata.title == "为现代化建设凝聚强大智慧和力量"
    assert metadata.date == "2022-02-11T09:52:00"
    assert metadata.source == "巴彦淖尔日报"
    assert metadata.editor == "苏亮"
    assert metadata.author is None  # an editor is not an author
    assert metadata.sitename == "巴彦淖尔市人民政府"
    assert metadata.tags == ("政协", "开幕")
    assert "来源：巴彦淖尔日报 编辑：苏亮" in cut_texts(verdicts, blocks)


def test_meta_author_that_is_a_site_is_ignored_for_the_visible_byline():
    html = (
        "<html><head><title>17种产品入选国家绿色制造名单 - 要闻云南 - 云南日报网</title>"
        '<meta name="author" content="www.yunnan.cn,云南日报报业集团,云南网">'
        "</head><body><div>17种产品入选国家绿色制造名单</div>"
        "<div>发布时间：2022-02-13 04:22:18 来源：云南日报</div>"
        f"<p>{PROSE}（记者 胡晓蓉）</p><div>责任编辑：孙重远</div></body></html>"
    )
    metadata, verdicts, blocks = run_html(html)
    assert metadata.author == "胡晓蓉"
    assert metadata.editor == "孙重远"
    assert metadata.date == "2022-02-13T04:22:18"
    assert metadata.source == "云南日报"
    assert metadata.title == "17种产品入选国家绿色制造名单"
    cuts = cut_texts(verdicts, blocks)
    assert {
        "（记者 胡晓蓉）",
        "责任编辑：孙重远",
        "发布时间：2022-02-13 04:22:18 来源：云南日报",
    } <= cuts
    assert PROSE not in cuts  # never the prose line itself


def test_time_element_and_microdata():
    html = (
        "<html><head><title>A headline worth reading - Blog</title></head><body>"
        "<article><h1>A headline worth reading</h1>"
        '<span itemprop="author">Jane Doe</span>'
        '<time class="published" datetime="2020-03-03T09:15:00-05:00">March 3</time>'
        f"<p>{EN_PROSE}</p></article>"
        '<div class="comments"><time datetime="2020-03-05">x</time></div></body></html>'
    )
    metadata, _, _ = run_html(html)
    assert metadata.date == "2020-03-03T09:15:00-05:00"
    assert metadata.author == "Jane Doe"
    assert metadata.title == "A headline worth reading"


def test_month_first_only_for_en_us():
    body = f"<h1>Headline here</h1><p>Posted 04/10/2021</p><p>{EN_PROSE}</p>"
    us, _, _ = run_html(f'<html lang="en-US"><body>{body}</body></html>')
    gb, _, _ = run_html(f'<html lang="en-GB"><body>{body}</body></html>')
    assert us.date == "2021-04-10"
    assert gb.date == "2021-10-04"


def test_url_date_is_a_last_resort():
    html = f"<html><body><h1>标题写在这里</h1><p>{PROSE}</p></body></html>"
    metadata, _, _ = run_html(html, url="https://example.com/2021/04/10/story.html")
    assert metadata.date == "2021-04-10"


def test_future_date_is_rejected():
    html = (
        '<html><head><meta property="article:published_time" content="2999-01-01"></head>'
        f"<body><h1>标题写在这里</h1><p>时间:2021-04-10</p><p>{PROSE}</p></body></html>"
    )
    metadata, _, _ = run_html(html)
    assert metadata.date == "2021-04-10"


def test_official_document_date():
    html = (
        '<html><head><meta name="PubDate" content="2022-01-28 00:00:00">'
        '<meta name="ArticleTitle" content="吉林省人民政府关于某事项的通告"></head><body>'
        "<table><tr><td>发文机关：</td><td>吉林省人民政府</td></tr>"
        "<tr><td>成文日期：</td><td>2022年01月27日</td></tr>"
        "<tr><td>发布日期：</td><td>2022年01月28日</td></tr></table>"
        f"<p>吉林省人民政府关于某事项的通告</p><p>{PROSE}</p></body></html>"
    )
    metadata, _, _ = run_html(html)
    assert metadata.date == "2022-01-27"
    assert metadata.author == "吉林省人民政府"


ARCHIVE_LINK = '<div class="post-meta"><a href="https://blog.example.org/?author=7">林海</a></div>'


@pytest.mark.parametrize(
    ("top", "author"),
    [
        ("", "林海"),  # nothing else names an author: the archive link does
        ("<div>作者：周晓岚</div>", "周晓岚"),  # a visible byline wins over the link
        ("<div>作者： 来源：东方财经报</div>", None),  # the page says there is no author
    ],
)
def test_author_archive_link_is_the_last_resort(top, author):
    html = f"<html><body><h1>春天的几种读法</h1>{top}<p>{PROSE}</p>{ARCHIVE_LINK}</body></html>"
    metadata, _, _ = run_html(html)
    assert metadata.author == author


def test_nothing_found_on_a_bare_page():
    metadata, verdicts, _ = run_html(f"<html><body><p>{PROSE}</p></body></html>")
    assert metadata.date is None and metadata.author is None and metadata.source is None
    assert metadata.language == "zh"
    assert verdicts == []


def test_empty_input():
    metadata, verdicts = extract_metadata(None, [], [], None)
    assert metadata == Metadata()
    assert verdicts == []
    metadata, verdicts = extract_metadata(None, [], [], "https://example.com/2021/04/10/a")
    assert metadata.url == "https://example.com/2021/04/10/a"
    assert metadata.date == "2021-04-10"


def test_nothing_kept():
    blocks = text_blocks(f"时间:2021-04-10 18:52\n作者:张天培\n{PROSE}")
    metadata, _ = extract_metadata(None, blocks, [False] * len(blocks), None)
    assert metadata.date == "2021-04-10T18:52:00"
    assert metadata.author == "张天培"


# --- text mode ------------------------------------------------------------------------------------


def test_text_mode_dump_with_title_and_metadata_lines():
    text = "\n".join(
        [
            "当前位置: 首页>政务动态>中央要闻>正文",
            "时间:2021-04-10 18:52",
            "作者:张天培",
            "来源:人民日报",
            "点击量:",
            "我国打击电信网络诈骗犯罪成效显著 2020年为群众挽回经济损失1870余亿元",
            PROSE,
            PROSE + "(记者 张天培)",
        ]
    )
    metadata, verdicts, blocks = run_text(text, keep=lambda b: len(b.text) > 20)
    assert metadata.title == "我国打击电信网络诈骗犯罪成效显著 2020年为群众挽回经济损失1870余亿元"
    assert metadata.date == "2021-04-10T18:52:00"
    assert metadata.author == "张天培"
    assert metadata.source == "人民日报"
    assert metadata.language == "zh"
    cuts = cut_texts(verdicts, blocks)
    assert {
        "时间:2021-04-10 18:52",
        "作者:张天培",
        "来源:人民日报",
        "点击量:",
        "(记者 张天培)",
    } <= cuts
    assert metadata.title in cuts
    reasons = {v.reason for v in verdicts}
    assert "title line" in reasons and "author credit" in reasons
    assert all(v.detector == "metadata" for v in verdicts)


def test_text_mode_original_title_and_reporter_line():
    text = "\n".join(
        [
            "來源:大眾網",
            "2021-05-12 20:05:05",
            "原標題:構建新機制新格局 山東開展為期三年的打擊治理攻堅戰",
            "大眾網·海報新聞記者 張珈瑋 濟南報道",
            PROSE,
        ]
    )
    metadata, verdicts, blocks = run_text(text)
    assert metadata.title == "構建新機制新格局 山東開展為期三年的打擊治理攻堅戰"
    assert metadata.date == "2021-05-12T20:05:05"
    assert metadata.author == "張珈瑋"
    assert metadata.source == "大眾網"
    assert len(cut_texts(verdicts, blocks)) == 4


def test_text_mode_forum_edit_note():
    text = "\n".join(
        ["> 首页 > 菲华快讯", "赵克志在国家反诈中心调研时强调 坚决遏制电信网络诈骗犯罪",
         "本帖最后由 ade7788 于 2020-12-8 16:47 编辑", PROSE]
    )  # fmt: skip
    metadata, verdicts, blocks = run_text(text)
    # Only an edit stamp dates the page: it is the date of last resort, and the provenance says so.
    assert metadata.date == metadata.date_modified == "2020-12-08T16:47:00"
    assert metadata.provenance["date"].startswith("edit stamp (fallback): line 2: 本帖最后由")
    assert metadata.author is None and metadata.editor is None
    assert metadata.title == "赵克志在国家反诈中心调研时强调 坚决遏制电信网络诈骗犯罪"
    assert "本帖最后由 ade7788 于 2020-12-8 16:47 编辑" in cut_texts(verdicts, blocks)


def test_text_mode_empty_author_field():
    text = "\n".join(
        ["我市召開打擊治理電信網絡詐騙違法犯罪新聞發布會",
         "作者: 來源:市委宣傳部 發表于:2023年07月20日 文章點擊數:687", PROSE]
    )  # fmt: skip
    metadata, verdicts, blocks = run_text(text)
    assert metadata.author is None
    assert metadata.source == "市委宣傳部"
    assert metadata.date == "2023-07-20"
    assert metadata.title == "我市召開打擊治理電信網絡詐騙違法犯罪新聞發布會"
    assert "作者: 來源:市委宣傳部 發表于:2023年07月20日 文章點擊數:687" in cut_texts(
        verdicts, blocks
    )


def test_text_mode_english():
    text = "\n".join(
        ["Markets rally as inflation cools", "By Jane Doe", "April 10, 2021", EN_PROSE]
    )
    metadata, _, _ = run_text(text)
    assert metadata.title == "Markets rally as inflation cools"
    assert metadata.author == "Jane Doe"
    assert metadata.date == "2021-04-10"
    assert metadata.language == "en"


_LINE = st.text(
    alphabet=st.sampled_from(
        list("作者来源时间编辑记者:：()（）[]【】 2021-04-10年月日张三李四By.,，。|")
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(_LINE, max_size=12), flags=st.lists(st.booleans(), max_size=14))
def test_never_raises_and_verdicts_point_inside_the_text(lines, flags):
    blocks = text_blocks("\n".join(lines))
    metadata, verdicts = extract_metadata(None, blocks, flags, None)
    assert isinstance(metadata, Metadata)
    for verdict in verdicts:
        assert 0 <= verdict.index < len(blocks)
        if verdict.span is not None:
            start, end = verdict.span
            assert 0 <= start < end <= len(blocks[verdict.index].text)


@pytest.mark.parametrize(
    ("og_url", "url", "expected"),
    [
        ("https://example.com/a", None, "https://example.com/a"),
        ("/a/1.html", "http://example.com/x/y", "http://example.com/a/1.html"),
        ("www.sohu.com/a/434365209_123753", None, "https://www.sohu.com/a/434365209_123753"),
        ("www.sohu.com/a/1", "http://www.sohu.com/x", "http://www.sohu.com/a/1"),
        ("//cdn.example.com/a", "https://example.com/", "https://cdn.example.com/a"),
        ("/relative/only", None, None),
        ("javascript:void(0)", "https://example.com/p", "https://example.com/p"),
    ],
)
def test_url_from_og_url(og_url, url, expected):
    html = f'<html><head><meta property="og:url" content="{og_url}"></head><body><p>x</p></body>'
    metadata, _, _ = run_html(html, url=url)
    assert metadata.url == expected


def test_every_rank_names_a_distinct_source():
    # Ranks are positions in one table: a source named twice would make the order ambiguous.
    from cleanarticle.metadata.ranks import RANKS, rank, source_of

    for field, sources in RANKS.items():
        assert len(set(sources)) == len(sources), field
        assert all(source_of(field, rank(field, name)) == name for name in sources)
    assert rank("date", "json-ld") < rank("date", "label line top") < rank("date", "edit stamp")
