import pytest

from cleanarticle.blocks import html_blocks, text_blocks
from cleanarticle.metadata.title import clean_title, match_heading, site_part, text_title
from cleanarticle.parse import parse


@pytest.mark.parametrize(
    ("raw", "sites", "title"),
    [
        ("我国打击电信网络诈骗犯罪成效显著 - 人民网", (), "我国打击电信网络诈骗犯罪成效显著"),
        ("标题写在这里_新浪房产_新浪网", (), "标题写在这里"),
        ("工商部门初定SKII广告属于虚假宣传-搜狐财经", (), "工商部门初定SKII广告属于虚假宣传"),
        ("SK-II广告属于虚假宣传", (), "SK-II广告属于虚假宣传"),
        ("拿起跨界“指挥棒”她跟学生成长--大河网", (), "拿起跨界“指挥棒”她跟学生成长"),
        ("中新网：某某新闻标题在此—中新网", ("中新网",), "中新网：某某新闻标题在此"),
        ("Joel on Software - 给计算机系学生的建议", (), "给计算机系学生的建议"),
        ("Markets rally as inflation cools | Reuters", (), "Markets rally as inflation cools"),
        ("法国报纸摘要 - 马克龙在莫斯科与普京会面", ("RFI",), "马克龙在莫斯科与普京会面"),
        ("Site Name | A long headline about the economy", ("Site Name",),
         "A long headline about the economy"),
        ("只有标题", (), "只有标题"),
        ("", (), None),
        (None, (), None),
    ],
)  # fmt: skip
def test_clean_title(raw, sites, title):
    assert clean_title(raw, sites) == title


@pytest.mark.parametrize(
    ("raw", "site"),
    [
        ("标题写在这里_新浪房产_新浪网", "新浪网"),
        ("我国打击电信网络诈骗犯罪成效显著 - 人民网", "人民网"),
        ("Markets rally | Reuters", "Reuters"),
        ("只有标题", None),
    ],
)
def test_site_part(raw, site):
    assert site_part(raw) == site


def test_match_heading_prefers_the_visible_headline():
    html = (
        "<div>人民网首页</div><p>标题写在这里 - 人民网</p><h1>标题写在这里</h1>"
        "<p>时间:2021-04-10</p><p>正文第一段，很长很长很长的内容。</p>"
    )
    blocks = html_blocks(parse(html).tree.body)
    match = match_heading(blocks, [("标题写在这里", 1.0)], first_kept=4)
    assert match is not None
    block, candidate = match
    assert block.text == "标题写在这里" and block.tag == "h1" and candidate == "标题写在这里"


def test_match_heading_none_without_a_match():
    blocks = html_blocks(parse("<h1>别的东西</h1><p>正文。</p>").tree.body)
    assert match_heading(blocks, [("标题写在这里", 1.0)], first_kept=1) is None


def test_text_title_skips_nav_and_metadata_lines():
    text = "\n".join(
        [
            "简体 繁体",
            "当前位置: 首页>政务动态>中央要闻>正文",
            "时间:2021-04-10 18:52",
            "作者:张天培",
            "我国打击电信网络诈骗犯罪成效显著 2020年为群众挽回经济损失1870余亿元",
            "2020年以来,公安部与有关部门认真贯彻落实党中央决策部署,克服疫情不利影响,齐抓共管,密切协作。",
        ]
    )
    blocks = text_blocks(text)
    block = text_title(blocks, first_kept=5, metadata_lines={2, 3})
    assert block is not None and block.index == 4


def test_text_title_on_the_first_kept_line():
    blocks = text_blocks(
        "公安部:已缉捕诈骗集团重大头目和骨干387名\n会上,有记者问,在信息网络快速发展下,电信网络诈骗犯罪不断升级,整体形势依然严峻。"
    )
    block = text_title(blocks, first_kept=0, metadata_lines=set())
    assert block is not None and block.index == 0


def test_text_title_none_when_only_prose():
    blocks = text_blocks("这是一段完整的正文，有标点。\n这是另一段完整的正文，也有标点。")
    assert text_title(blocks, first_kept=1, metadata_lines=set()) is None
