"""Author and date scoring of the zh set."""

from __future__ import annotations

import pytest

from benchmarks import metadata


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("2005-5-7 21:23:57", (2005, 5, 7)),
        ("2005-07-31 12:30", (2005, 7, 31)),
        ("1996-3", (1996, 3)),
        ("2018", (2018,)),
        ("2005年07月03日", (2005, 7, 3)),
        ("2022-02-13T09:57:00+08:00", (2022, 2, 13)),
        ("Feb 13, 2022", (2022, 2, 13)),
        ("March 2019", (2019, 3)),
        ("size", None),
        ("", None),
        (None, None),
    ],
)
def test_date_parts(value: str | None, parts: tuple[int, ...] | None) -> None:
    assert metadata.date_parts(value) == parts


def test_dates_match_at_the_truth_granularity() -> None:
    assert metadata.date_matches("2005-5-7 21:23:57", "2005-05-07")
    assert not metadata.date_matches("2005-5-7 21:23:57", "2005-05-08")
    assert metadata.date_matches("1996-3", "1996-03-20")
    assert not metadata.date_matches("1996-3", "1996")
    assert metadata.date_matches("2018", "2018-08-23")


def test_null_truth_is_matched_only_by_no_prediction() -> None:
    assert metadata.date_matches(None, None)
    assert metadata.date_matches(None, "")
    assert not metadata.date_matches(None, "2005-01-01")
    assert metadata.author_matches(None, None)
    assert not metadata.author_matches(None, "someone")


def test_author_sets() -> None:
    assert metadata.author_names("赵延东、风笑天") == {"赵延东", "风笑天"}
    assert metadata.author_names("周思博 (Joel Spolsky)") == {"周思博"}
    assert metadata.author_matches("王建宏 张文攀", "张文攀; 王建宏")
    assert not metadata.author_matches("宋怡 杨志华", "宋怡")


def test_author_contained() -> None:
    assert metadata.author_contained("茉莉", "作者：茉莉 来源：看中国")
    assert not metadata.author_contained("宋怡 杨志华", "宋怡")
    assert not metadata.author_contained("茉莉", None)


def test_score_shares() -> None:
    truths = [("甲", "2020-1-2"), (None, None)]
    predictions = [("作者甲", "2020-01-02"), (None, "2020-01-01")]
    score = metadata.score(truths, predictions)
    assert score.date_accuracy == 0.5
    assert score.author_accuracy == 0.5
    assert (score.author_contained, score.pages_with_author) == (1.0, 1)
