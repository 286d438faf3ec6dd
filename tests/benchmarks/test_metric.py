"""The body metric: small unit cases, and the published reference score."""

from __future__ import annotations

import json

import pytest

from benchmarks import datasets, metric

SCRAPINGHUB = datasets.DEFAULT_BENCH_DIR / "scrapinghub"


def test_plain_tokens_are_word_runs() -> None:
    assert metric.tokenize("Hello, world! It's 2024.", cjk=False) == [
        "Hello",
        "world",
        "It",
        "s",
        "2024",
    ]


def test_cjk_characters_are_tokens_of_their_own() -> None:
    assert metric.tokenize("中文abc 12かなカナ한국") == [
        "中",
        "文",
        "abc",
        "12",
        "か",
        "な",
        "カ",
        "ナ",
        "한",
        "국",
    ]


def test_cjk_tokens_change_nothing_without_cjk() -> None:
    text = "Über naïve café — 3.5 mm, snake_case\nnew line"
    assert metric.tokenize(text) == metric.tokenize(text, cjk=False)


def test_line_breaks_inside_cjk_do_not_matter() -> None:
    assert metric.score_page("中文的测试文本", "中文的\n\n测试\u3000文本").exact


def test_short_and_empty_texts() -> None:
    assert metric.shingles(["a", "b"]) == {("a", "b"): 1}
    assert metric.shingles([]) == {}
    assert sum(metric.shingles(list("abcdef")).values()) == 3


def test_identical_text_scores_one() -> None:
    page = metric.score_page("one two three four five", "one two three four five")
    assert (page.precision, page.recall, page.exact) == (1.0, 1.0, True)


def test_shingles_count_with_multiplicity() -> None:
    page = metric.score_page("a b c d a b c d", "a b c d")
    # true: abcd x2, bcda, cdab, dabc; pred: abcd -> tp 1, fp 0, fn 4
    assert page.tp == pytest.approx(1 / 5)
    assert page.fn == pytest.approx(4 / 5)
    assert page.precision == 1.0
    assert page.recall == pytest.approx(1 / 5)


def test_empty_prediction_and_empty_truth() -> None:
    missed = metric.score_page("some true text here", "")
    assert (missed.precision, missed.recall) == (0.0, 0.0)
    both_empty = metric.score_page("", "")
    assert (both_empty.precision, both_empty.recall) == (1.0, 1.0)
    extra = metric.score_page("", "predicted text on an empty page")
    assert extra.precision == 0.0


def test_dataset_means_skip_undefined_pages() -> None:
    pages = [
        metric.score_page("a b c d e", "a b c d e"),
        metric.score_page("", ""),  # tp + fp = 0 and tp + fn = 0: in neither mean
        metric.score_page("w x y z", "p q r s"),
    ]
    precision, recall, f1 = metric.precision_recall_f1(pages)
    assert (precision, recall) == (0.5, 0.5)
    assert f1 == pytest.approx(0.5)
    assert metric.summarize(pages, resamples=10).accuracy == pytest.approx(2 / 3)


def test_bootstrap_is_reproducible() -> None:
    pages = [metric.score_page("a b c d e f", "a b c d x y"), metric.score_page("k l m n", "k")]
    pages = pages * 5
    assert metric.bootstrap_f1_std(pages) == metric.bootstrap_f1_std(pages)
    assert metric.bootstrap_f1_std(pages) > 0


@pytest.mark.skipif(not SCRAPINGHUB.is_dir(), reason="shared/bench/scrapinghub is missing")
def test_reproduces_published_trafilatura_reference() -> None:
    truth = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    reference = json.loads(
        (SCRAPINGHUB / "reference" / "trafilatura-2.0.0.json").read_text(encoding="utf-8")
    )["output"]
    pages = [
        metric.score_page(entry["articleBody"], reference[key]["articleBody"], cjk=False)
        for key, entry in truth.items()
    ]
    score = metric.summarize(pages)
    assert score.pages == 181
    assert round(score.f1, 3) == 0.958
    assert round(score.f1_std, 3) == 0.006
    assert round(score.precision, 3) == 0.938
    assert round(score.recall, 3) == 0.978
    assert round(score.accuracy, 3) == 0.293
