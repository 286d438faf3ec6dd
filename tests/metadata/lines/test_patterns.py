"""Label finding: known labels by kind, spaced and glued labels, unknown labels."""

import pytest

from cleanarticle.metadata.lines.patterns import CUE, find_labels, has_cue


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("作者:王明", [(0, 3, "author")]),
        ("作 者：王明", [(0, 4, "author")]),
        ("来源:转载作者:李明远", [(0, 3, "source"), (5, 8, "author")]),
        ("王小川浏览次数:35", [(3, 8, "chrome")]),
        ("访问统计:35", [(0, 5, "?")]),
        ("Posted on: April 10, 2021", [(0, 10, "date")]),
        ("Last updated: 2021-04-10", [(0, 13, "modified")]),
        ("见 https://example.com/a", []),
    ],
)
def test_find_labels(line, expected):
    assert [tuple(label) for label in find_labels(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Home News Sports",
        "By Jane Doe",
        "Stand-by mode",
        "baby steps",
        "POSTED ON MONDAY",
        "Reuters staff",
        "Updated 11:21 pm",
        "ſource of the story",  # "ſ" is an "s" to CUE's case-insensitive words
        "It’s a long road",
        "作者 王明",
        "据悉，相关部门已经介入",
        "文／王明",
        "二〇二一年",
        "时 间",
    ],
)
def test_has_cue_agrees_with_the_cue_pattern(line):
    assert has_cue(line) == (CUE.search(line) is not None)
