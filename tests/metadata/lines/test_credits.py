"""Credits in parentheses: cut as a span at the end of a paragraph, a hint at its start."""

import pytest
from linescan import PROSE, authors_of, scan


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


def test_lead_credit_is_a_hint_that_stays_in_the_text():
    _, facts = scan(
        ["本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁，正是花季的年龄，可13岁的李某却成了妈妈。"]
    )
    assert authors_of(facts) == ["樊亮", "张明超", "惠禾"]
    assert facts.spans == {} and facts.metadata_lines == {}
