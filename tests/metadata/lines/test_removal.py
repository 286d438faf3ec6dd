"""Whether a line is metadata only: what leaves the body, and what stays."""

import pytest
from linescan import ENGLISH_PROSE, PROSE, authors_of, scan, scan_all_kept


@pytest.mark.parametrize(
    "line",
    [
        "公安部:已缉捕电信网络诈骗集团重大头目和骨干387名",
        "5月11日,山东省打击治理电信网络新型违法犯罪工作现场推进会召开,记者从会上获悉,为进一步做好工作。",
        "据记者了解",
        "在线荐稿 记者博客 联系记者",
        "最大功率：51Kw／6000rpm",
        "评论：马英九胜利得太窝囊了",
        "网站地图",
        "简体 繁体",
    ],
)
def test_not_metadata(line):
    _, facts = scan([line, PROSE], body_start=1)
    assert 0 not in facts.metadata_lines
    assert authors_of(facts) == []


def test_date_in_a_prose_line_is_not_a_dateline():
    _, facts = scan(
        [
            "截至2021年4月10日，全国共破获电信网络诈骗案件32.2万起，抓获犯罪嫌疑人36.1万名，成效显著。"
        ]
    )
    assert facts.metadata_lines == {}


def test_kept_signature_date_under_a_notice_stays():
    facts = scan_all_kept([PROSE, PROSE, "吉林省人民政府", "2022年1月27日"])
    assert 3 not in facts.metadata_lines
    assert [found.iso for found in facts.dates] == ["2022-01-27"]


@pytest.mark.parametrize(
    "line",
    [
        "Updated 11:21 pm CST, Tuesday, November 19, 2019",
        "Published 9:30 a.m. EDT Nov 18, 2019",
        "Posted Monday, November 18, 2019 at 8:19 PM",
    ],
)
def test_english_datelines_above_the_body_are_metadata(line):
    facts = scan_all_kept([line, ENGLISH_PROSE])
    assert 0 in facts.metadata_lines
    assert 1 not in facts.metadata_lines


def test_english_sentence_with_a_date_stays():
    line = "The council met on Tuesday, November 19, 2019 to vote on the budget for next year."
    facts = scan_all_kept([line, ENGLISH_PROSE])
    assert 0 not in facts.metadata_lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("本帖最后由 ade7788 于 2020-12-8 16:47 编辑", "forum edit note"),
        ("原标题：某地开展春季植树活动", "original title line"),
        ("2021-04-10 18:52 阅读(35)", "metadata line (date)"),
        ("来源：新华网 作者：李明", "metadata line (source, author)"),
    ],
)
def test_removal_reason(line, reason):
    _, facts = scan([line, PROSE], body_start=1)
    assert facts.metadata_lines[0] == reason
