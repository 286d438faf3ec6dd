"""Bylines without an author label: reporter lines, a lone name under the title."""

import pytest
from linescan import PROSE, authors_of, scan

from cleanarticle.metadata.lines.facts import AUTHOR_STANDALONE


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


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        # a pen name (no common surname) confirmed by the "Name：title" headline above it
        (["老树：春天的几种读法", "春天的几种读法", "老树"], ["老树"]),
        (["Greywolf: Notes from a small harbour", "Greywolf"], ["Greywolf"]),
        # a surname name needs no headline
        (["春天的几种读法", "林海"], ["林海"]),
        # the headline names someone else, or nobody: a lone word is no byline
        (["老树：春天的几种读法", "青山"], []),
        (["外交部：将采取必要措施", "青山"], []),
        (["春天的几种读法", "老树"], []),
        (["老树：春天的几种读法", "老树 青山"], []),
    ],
)
def test_lone_name_needs_a_surname_or_the_headline(lines, names):
    _, facts = scan([*lines, PROSE], body_start=len(lines))
    assert authors_of(facts) == names
