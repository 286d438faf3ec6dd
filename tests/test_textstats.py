"""Text measures: CJK characters are words, and long texts are counted without a string per match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle.textstats import cjk_ratio, ends_like_sentence, length_units, punctuation_count

ALPHABET = "中文内容，。、abc def 123 _-!?・「」かなカナ한국 éü\u3000"


def test_units_count_cjk_characters_and_other_words():
    assert length_units("国务院办公厅") == 6
    assert length_units("The council met on Tuesday.") == 5
    assert length_units("iPhone 15发布会在北京举行") == 2 + 8
    assert length_units("") == 0


def test_punctuation_counts_cjk_marks():
    assert punctuation_count("你好，世界！") == 2
    assert punctuation_count("Hello, world!") == 2


def test_sentence_ends():
    assert ends_like_sentence("会议于昨日召开。")
    assert ends_like_sentence("He said “yes.”")
    assert not ends_like_sentence("首页 > 新闻")


@settings(max_examples=200)
@given(st.text(alphabet=ALPHABET, max_size=200), st.integers(min_value=30, max_value=60))
def test_long_texts_measure_as_the_sum_of_their_parts(piece: str, copies: int):
    """Past the long-text threshold a different counting path runs; it must agree."""
    joined = " ".join([piece] * copies)
    assert length_units(joined) == length_units(piece) * copies
    assert punctuation_count(joined) == punctuation_count(piece) * copies
    if piece.strip():
        assert abs(cjk_ratio(joined) - cjk_ratio(piece)) < 1e-9
