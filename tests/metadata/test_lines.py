from datetime import datetime

import pytest

from cleanarticle.blocks import text_blocks
from cleanarticle.metadata.lines import (
    AUTHOR_LABEL_TOP,
    AUTHOR_STANDALONE,
    DATE_CREATED,
    scan_lines,
)

NOW = datetime(2024, 6, 1)
PROSE = (
    "2020年以来，公安部与有关部门认真贯彻落实党中央决策部署，"
    "克服疫情不利影响，齐抓共管，密切协作，全力推动工作取得明显成效。"
)


def scan(lines: list[str], body_start: int | None = None):
    """Blocks of ``lines`` with the prose lines (those with "，") kept; the scan of them."""
    blocks = text_blocks("\n".join(lines))
    kept = [("，" in block.text or "," in block.text) and len(block.text) > 30 for block in blocks]
    first = kept.index(True) if any(kept) else 0
    last = max(index for index, flag in enumerate(kept) if flag) if any(kept) else first
    facts = scan_lines(
        blocks, kept, body_start=first if body_start is None else body_start, last_kept=last,
        now=NOW,
    )  # fmt: skip
    return blocks, facts


def authors_of(facts):
    return [name for found in facts.authors for name in found.names]


@pytest.mark.parametrize(
    ("line", "date", "authors", "source", "editors"),
    [
        ("时间:2021-04-10 18:52", "2021-04-10T18:52:00", [], None, []),
        ("作者:张天培", None, ["张天培"], None, []),
        ("来源:人民日报", None, [], "人民日报", []),
        ("作者: 來源:市委宣傳部 發表于:2023年07月20日 文章點擊數:687", "2023-07-20", [],
         "市委宣傳部", []),
        ("发布时间：2022-02-13 04:22:18 来源：云南日报", "2022-02-13T04:22:18", [], "云南日报", []),
        ("2015-11-05 阅读：8169 来源:转载作者:孙仲旻", "2015-11-05", ["孙仲旻"], None, []),
        ("来源：巴彦淖尔日报 编辑：苏亮", None, [], "巴彦淖尔日报", ["苏亮"]),
        ("作者:zboygirl 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30",
         "2005-07-31T12:30:00", ["zboygirl"], None, []),
        ("BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]",
         "2004-07-16T08:19:00", ["黄宇"], "国际金融报", []),
        ("〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓",
         "2005-03-15T22:36:13", ["duscha"], None, []),
        ("由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论", "2005-06-14T03:25:55",
         ["海姑娘"], None, []),
        ("大眾網·海報新聞記者 張珈瑋 濟南報道", None, ["張珈瑋"], "大眾網", []),
        ("新京报记者 彭冲 山东冠县报道", None, ["彭冲"], "新京报", []),
        ("光明日报记者 王建宏 张文攀", None, ["王建宏", "张文攀"], "光明日报", []),
        ("发文机关： | 吉林省人民政府 | 成文日期： | 2022年01月27日", "2022-01-27",
         ["吉林省人民政府"], None, []),
        ("责任编辑：孙重远", None, [], None, ["孙重远"]),
        ("执笔人：闵乐夫 赵兰波 刘韬", None, ["闵乐夫", "赵兰波", "刘韬"], None, []),
        ("By Jane Doe", None, ["Jane Doe"], None, []),
        ("Posted: April 10, 2021 | Source: Reuters", "2021-04-10", [], "Reuters", []),
        ("2022-02-13 09:57 光明网", "2022-02-13T09:57:00", [], "光明网", []),
        ("作者 : 张 三", None, ["张三"], None, []),
    ],
)  # fmt: skip
def test_metadata_line_fields_and_verdict(line, date, authors, source, editors):
    _, facts = scan([line, PROSE], body_start=1)
    assert ([found.iso for found in facts.dates][:1] or [None])[0] == date
    assert authors_of(facts) == authors
    assert ([found.text for found in facts.sources][:1] or [None])[0] == source
    assert [name for found in facts.editors for name in found.names] == editors
    assert 0 in facts.metadata_lines, "a metadata line must leave the body"


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


def test_empty_author_label_is_no_author():
    _, facts = scan(["作者: 來源:市委宣傳部 發表于:2023年07月20日", PROSE], body_start=1)
    assert authors_of(facts) == []
    assert facts.empty_author_label


def test_forum_edit_note_is_an_edit_date_not_an_author():
    _, facts = scan(["本帖最后由 ade7788 于 2020-12-8 16:47 编辑", PROSE], body_start=1)
    assert [(found.iso, found.kind) for found in facts.dates] == [("2020-12-08T16:47:00", "edited")]
    assert authors_of(facts) == []
    assert facts.metadata_lines[0] == "forum edit note"


def test_update_label_is_a_modification_date():
    _, facts = scan(["发布时间：2021-04-10 更新时间：2021-04-12", PROSE], body_start=1)
    assert [(found.iso, found.kind) for found in facts.dates] == [
        ("2021-04-10", "published"),
        ("2021-04-12", "modified"),
    ]


def test_official_document_date_outranks_posting_date():
    _, facts = scan(["成文日期：2022年01月27日", "发布日期：2022年01月28日", PROSE], body_start=2)
    best = min(facts.dates, key=lambda found: found.rank)
    assert (best.iso, best.rank) == ("2022-01-27", DATE_CREATED)


def test_tail_credit_is_cut_as_a_span():
    body = PROSE + "(记者 张天培)"
    blocks, facts = scan([PROSE, body])
    start, end, reason = facts.spans[1]
    assert blocks[1].text[start:end] == "(记者 张天培)"
    assert reason == "author credit"
    assert authors_of(facts) == ["张天培"]


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("（来源：新华社）", "source"),
        ("(來源:新華社)", "source"),
        ("（责任编辑：魏喆）", "editor"),
        ("（松花江网编辑 孙桂芳）", "editor"),
        ("（姚峰 上海报道）", "author"),
        ("（总台记者 张倩）", "author"),
    ],
)
def test_tail_credits(tail, kind):
    blocks, facts = scan([PROSE, PROSE + tail])
    start, end, _ = facts.spans[1]
    assert blocks[1].text[start:end] == tail
    found = {"source": facts.sources, "editor": facts.editors, "author": facts.authors}[kind]
    assert found


@pytest.mark.parametrize("tail", ["（图）", "（完）", "（新华社记者 张三 摄）", "(2021年)"])
def test_tail_parentheses_that_are_not_credits(tail):
    _, facts = scan([PROSE, PROSE + tail])
    assert facts.spans == {}


def test_credit_on_its_own_line_goes_whole():
    _, facts = scan([PROSE, "（记者 张天培）"])
    assert facts.metadata_lines[1] == "author credit"


def test_reporter_lines_next_to_each_other_are_one_byline():
    _, facts = scan(
        ["本报实习生 刘国栋 周炜", "本报记者 王燕平 方云凤 柏建斌", "2003-7-24 钱江晚报", PROSE]
    )
    assert authors_of(facts) == ["刘国栋", "周炜", "王燕平", "方云凤", "柏建斌"]
    assert set(facts.metadata_lines) == {0, 1, 2}


def test_lone_name_under_the_title():
    _, facts = scan(["比赛革命的革命", "胡平", "——对文化革命的政治心理学分析", PROSE])
    assert [(found.names, found.rank) for found in facts.authors] == [
        (("胡平",), AUTHOR_STANDALONE)
    ]


def test_labelled_author_outranks_the_tail_credit():
    _, facts = scan(["作者:张天培", PROSE, PROSE + "(记者 李四)"])
    best = min(facts.authors, key=lambda found: found.rank)
    assert best.names == ("张天培",) and best.rank == AUTHOR_LABEL_TOP


def test_lead_credit_is_a_hint_that_stays_in_the_text():
    _, facts = scan(
        ["本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁，正是花季的年龄，可13岁的李某却成了妈妈。"]
    )
    assert authors_of(facts) == ["樊亮", "张明超", "惠禾"]
    assert facts.spans == {} and facts.metadata_lines == {}


def test_kept_signature_date_under_a_notice_stays():
    lines = [PROSE, PROSE, "吉林省人民政府", "2022年1月27日"]
    blocks = text_blocks("\n".join(lines))
    kept = [True] * len(blocks)
    facts = scan_lines(blocks, kept, body_start=0, last_kept=3, now=NOW)
    assert 3 not in facts.metadata_lines
    assert [found.iso for found in facts.dates] == ["2022-01-27"]


def test_date_in_a_prose_line_is_not_a_dateline():
    _, facts = scan(
        [
            "截至2021年4月10日，全国共破获电信网络诈骗案件32.2万起，抓获犯罪嫌疑人36.1万名，成效显著。"
        ]
    )
    assert facts.metadata_lines == {}


def test_date_bound_is_not_a_dateline():
    _, facts = scan(["查看旧版(2007年11月18号以前)", PROSE], body_start=1)
    assert facts.dates == []


def test_today_banner_is_not_a_dateline():
    _, facts = scan(["今天是2021年4月10日 星期六", PROSE], body_start=1)
    assert facts.dates == []


def test_original_title_line():
    _, facts = scan(["原標題:構建新機制新格局 山東開展打擊治理攻堅戰", PROSE], body_start=1)
    assert facts.original_title is not None
    assert facts.original_title.text == "構建新機制新格局 山東開展打擊治理攻堅戰"
    assert facts.metadata_lines[0] == "original title line"


def test_comment_section_lines_are_ignored():
    from cleanarticle.blocks import Block

    blocks = [
        Block(index=0, text="作者:路人甲 2021-04-11", hints="comment-list"),
        Block(index=1, text=PROSE),
    ]
    facts = scan_lines(blocks, [False, True], body_start=1, last_kept=1, now=NOW)
    assert facts.authors == [] and facts.dates == []


ENGLISH_PROSE = (
    "SANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland, Oregon, "
    "has been found in New Mexico, officials said on Tuesday."
)


@pytest.mark.parametrize(
    "line",
    [
        "Updated 11:21 pm CST, Tuesday, November 19, 2019",
        "Published 9:30 a.m. EDT Nov 18, 2019",
        "Posted Monday, November 18, 2019 at 8:19 PM",
    ],
)
def test_english_datelines_above_the_body_are_metadata(line):
    blocks = text_blocks("\n".join([line, ENGLISH_PROSE]))
    facts = scan_lines(blocks, [True, True], body_start=0, last_kept=1, now=NOW)
    assert 0 in facts.metadata_lines
    assert 1 not in facts.metadata_lines


def test_english_sentence_with_a_date_stays():
    line = "The council met on Tuesday, November 19, 2019 to vote on the budget for next year."
    blocks = text_blocks("\n".join([line, ENGLISH_PROSE]))
    facts = scan_lines(blocks, [True, True], body_start=0, last_kept=1, now=NOW)
    assert 0 not in facts.metadata_lines
