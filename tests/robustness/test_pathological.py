"""Pathological pages, generated in memory: each returns an Article, with the text it should have.

These tests check correctness and the absence of errors (RecursionError included), not wall
time; ``benchmarks/pathological.py`` measures time per MB and peak memory at full size. Test
sizes are the issue's (100,000-deep nesting, a 50 MB page, a 10 MB text node, 100,000 links,
1,000,000 elements in one paragraph) except where ``hostile.CASES`` gives a smaller
``test_size`` to keep CI fast (the benchmark runs ``bench_size``): 100,000 elements as
paragraphs, 20,000 misnested units, 5,000 nested tables, 5 MB CJK text node and 5 MB word.
The 50 MB page is read with ``max_input_bytes`` at 5 MB here (the default 20 MB in the
benchmark): the 50 MB input is still decoded and cut, in a third of the time.
"""

from __future__ import annotations

from collections.abc import Callable

import hostile
import pytest
from hostile import CASES, Case

from cleanarticle import Article, Options, extract, extract_text
from cleanarticle.normalize import normalize_text

SENTENCE = normalize_text(hostile._SENTENCE)
CJK_SENTENCE = hostile._CJK_SENTENCE


def _has_sentence(article: Article) -> None:
    assert SENTENCE in article.text


def _empty_binary(article: Article) -> None:
    assert article.text == ""
    assert article.removed[0].detector == "input"


def _empty(article: Article) -> None:
    assert article.text == ""


BIG_PAGE_LIMIT = 5_000_000


def _big_page(article: Article) -> None:
    # 50 MB in, max_input_bytes read: the body is the paragraphs of the first 5 MB.
    assert SENTENCE in article.text
    assert CJK_SENTENCE in article.text
    assert BIG_PAGE_LIMIT // 2 < len(article.text.encode()) <= BIG_PAGE_LIMIT


def _text_node(article: Article) -> None:
    assert len(article.paragraphs) == 1
    assert len(article.text) > 9_900_000
    assert article.text.startswith(SENTENCE)


def _text_node_cjk(article: Article) -> None:
    assert len(article.paragraphs) == 1
    assert len(article.text) > 4_900_000
    assert article.text.startswith(CJK_SENTENCE)


def _many_links(article: Article) -> None:
    assert SENTENCE in article.text
    assert "Story 1" not in article.text  # the link list is cut as a link farm
    assert "tag1 " not in article.text


def _many_elements(article: Article) -> None:
    assert len(article.paragraphs) == 100_000 // 20
    assert article.paragraphs[0].text == SENTENCE + " x" * 19


def _many_inline(article: Article) -> None:
    assert article.text.startswith(SENTENCE)
    assert article.text.count("word") == 1_000_000


def _misnested(article: Article) -> None:
    assert len(article.paragraphs) == 20_000
    assert article.paragraphs[0].text == "bold both italic " + SENTENCE


def _entities(article: Article) -> None:
    assert "&<中文\ufffd\ufffd&bogus;&" in article.text


def _cjk(article: Article) -> None:
    assert CJK_SENTENCE in article.text
    assert "\ufffd" not in article.text


def _mixed(article: Article) -> None:
    assert article.text.count(CJK_SENTENCE) == 2 * 20  # both halves decoded
    assert "\ufffd" not in article.text


def _no_check(article: Article) -> None:
    """Only an Article, no error: the content itself is not article text."""


EXPECT: dict[str, Callable[[Article], None]] = {
    "deep_nesting": _has_sentence,
    "deep_span_unclosed": _has_sentence,
    "deep_inline_b": _has_sentence,
    "deep_anchor": _has_sentence,
    "deep_lists": _has_sentence,
    "deep_tables": _has_sentence,
    "deep_svg": _empty,  # the text sits inside <svg>, which is never article text
    "big_page": _big_page,
    "many_elements": _many_elements,
    "many_inline": _many_inline,
    "text_node": _text_node,
    "text_node_cjk": _text_node_cjk,
    "unbroken_text": _no_check,  # one 10 MB "word": not prose, so no body
    "many_links": _many_links,
    "misnested": _misnested,
    "unclosed_mix": _has_sentence,
    "angle_brackets": _empty,
    "attribute_flood": _has_sentence,
    "entity_flood": _entities,
    "comment_bomb": _has_sentence,
    "lying_charset": _cjk,
    "mixed_encodings": _mixed,
    "pdf": _empty_binary,
    "jpeg": _empty_binary,
    "gzip": _empty_binary,
    "binary_noise": _empty_binary,
    "whitespace_only": _empty,
    "frameset_only": _no_check,
}
OPTIONS = {"big_page": Options(max_input_bytes=BIG_PAGE_LIMIT)}


def test_every_case_has_an_expectation() -> None:
    assert set(EXPECT) == {case.name for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_pathological_page(case: Case) -> None:
    page = case.build(case.test_size)
    options = OPTIONS.get(case.name, Options())
    article = extract(page, options=options)
    assert isinstance(article, Article)
    EXPECT[case.name](article)
    if isinstance(page, str) and len(page) < 2_000_000:  # the bytes path gives the same
        assert extract(page.encode("utf-8"), options=options).text == article.text


@pytest.mark.parametrize(
    "page",
    [hostile.text_node(5), hostile.whitespace_only(), "\x00" * 1_000_000, "\n" * 1_000_000],
    ids=["text_node_5mb", "whitespace", "nul", "newlines"],
)
def test_text_dumps(page: str) -> None:
    assert isinstance(extract_text(page), Article)


def test_deep_nesting_without_the_depth_guard() -> None:
    """A caller may lift max_depth: slower (Lexbor), but still no RecursionError."""
    article = extract(hostile.deep_nesting(20_000), options=Options(max_depth=10**9))
    assert SENTENCE in article.text


def test_time_limit_bounds_a_huge_page() -> None:
    article = extract(hostile.many_elements(200_000), options=Options(time_limit=0.01))
    assert article.text == ""
    assert article.removed[0].detector == "time_limit"


def test_max_input_bytes_cuts_inside_a_character() -> None:
    page = ("<p>" + CJK_SENTENCE * 100 + "</p>").encode("utf-8")
    for limit in range(1000, 1004):  # one of these cuts a 3-byte character in half
        article = extract(page, options=Options(max_input_bytes=limit))
        assert "\ufffd" not in article.text
        assert article.text and CJK_SENTENCE.startswith(article.text[:10])
