"""The line scan end to end: what a metadata line yields, and that it leaves the body."""

import pytest
from linescan import NOW, PROSE, authors_of, scan

from cleanarticle.blocks import Block
from cleanarticle.metadata.lines.scan import scan_lines


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


def test_comment_section_lines_are_ignored():
    blocks = [
        Block(index=0, text="作者:路人甲 2021-04-11", hints="comment-list"),
        Block(index=1, text=PROSE),
    ]
    facts = scan_lines(blocks, [False, True], body_start=1, last_kept=1, now=NOW)
    assert facts.authors == [] and facts.dates == []


def test_no_blocks_no_facts():
    facts = scan_lines([], [], body_start=0, last_kept=0, now=NOW)
    assert facts.dates == [] and facts.metadata_lines == {}
