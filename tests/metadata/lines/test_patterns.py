"""Label finding: known labels by kind, spaced and glued labels, unknown labels."""

import pytest

from cleanarticle.metadata.lines.patterns import find_labels


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
