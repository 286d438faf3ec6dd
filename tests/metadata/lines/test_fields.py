"""Labelled fields: author, editor, source and original-title values after a label."""

import pytest
from linescan import PROSE, authors_of, scan

from cleanarticle.metadata.lines.facts import AUTHOR_LABEL_TOP
from cleanarticle.metadata.lines.fields import label_value, source_value


def test_empty_author_label_is_no_author():
    _, facts = scan(["作者: 來源:市委宣傳部 發表于:2023年07月20日", PROSE], body_start=1)
    assert authors_of(facts) == []
    assert facts.empty_author_label


def test_labelled_author_outranks_the_tail_credit():
    _, facts = scan(["作者:张天培", PROSE, PROSE + "(记者 李四)"])
    best = min(facts.authors, key=lambda found: found.rank)
    assert best.names == ("张天培",) and best.rank == AUTHOR_LABEL_TOP


def test_original_title_line():
    _, facts = scan(["原標題:構建新機制新格局 山東開展打擊治理攻堅戰", PROSE], body_start=1)
    assert facts.original_title is not None
    assert facts.original_title.text == "構建新機制新格局 山東開展打擊治理攻堅戰"
    assert facts.metadata_lines[0] == "original title line"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("[ 王明 ] ", "王明"),
        ("王明 阅读：35", "王明"),
        ("王明  分享到", "王明"),
    ],
)
def test_label_value_stops_at_chrome(value, expected):
    assert label_value(value, [], 0) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("[ 东方财经报 ]", "东方财经报"),
        ("Reuters", "Reuters"),
        ("www.example.com", None),
        ("2021-04-10", None),
        ("本站", None),
        ("他说，这是真的。", None),
    ],
)
def test_source_value(value, expected):
    assert source_value(value) == expected
