"""Text measures: CJK characters are words, and long texts are counted without a string per match."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import cleanarticle
from cleanarticle.textstats import (
    CLAUSE_MARK_CHARS,
    PUNCTUATION,
    SENTENCE_END_MARKS,
    SENTENCE_STOPS,
    cjk_ratio,
    ends_like_sentence,
    length_units,
    punctuation_count,
    sentence_marks,
)

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


def test_every_sentence_mark_set_is_drawn_from_the_one_definition():
    assert sentence_marks() == SENTENCE_END_MARKS
    assert SENTENCE_STOPS == "!?\u3002\uff01\uff1f"  # no "." (3.5, J. Smith), no "…"
    assert sentence_marks(forms="ascii") == ".!?"
    assert sentence_marks(ellipsis=False, forms="wide") == "\u3002\uff01\uff1f"
    assert set(SENTENCE_STOPS) <= set(CLAUSE_MARK_CHARS)
    assert set(SENTENCE_END_MARKS) <= PUNCTUATION  # a sentence end is punctuation


# Regex classes that hold two sentence ends but are no sentence test.
_NOT_SENTENCE_SETS = {
    "parse.py",  # HTML syntax: "<!" and "<?" open a declaration or a processing instruction
    "section_labels.py",  # the decoration after a label ("Related:", "评论】"), ] and : too
    "removal.py",  # every separator between the tokens left on a metadata line
}
_CLASS = re.compile(r"\[\^?((?:\\.|[^\]\\])*)\]")
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))")


def _char(escape: re.Match[str]) -> str:
    """A class's escape as the character it matches (\\uff01 -> ！, \\. -> .)."""
    code = escape.group(1) or escape.group(2)
    return chr(int(code, 16)) if code else escape.group(3)


def test_no_module_writes_its_own_set_of_sentence_ends():
    """A regex class with two or more sentence ends, written anywhere but textstats, is a second
    definition: it must be built from ``sentence_marks`` / ``SENTENCE_STOPS`` instead."""
    root = Path(cleanarticle.__file__).parent
    marks = set(SENTENCE_END_MARKS)
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "textstats.py" or path.name in _NOT_SENTENCE_SETS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for match in _CLASS.finditer(node.value):
                    if len(marks & set(_ESCAPE.sub(_char, match.group(1)))) >= 2:
                        found.append(f"{path.relative_to(root)}:{node.lineno} {match.group()}")
    assert not found, "\n".join(found)


@settings(max_examples=200)
@given(st.text(alphabet=ALPHABET, max_size=200), st.integers(min_value=30, max_value=60))
def test_long_texts_measure_as_the_sum_of_their_parts(piece: str, copies: int):
    """Past the long-text threshold a different counting path runs; it must agree."""
    joined = " ".join([piece] * copies)
    assert length_units(joined) == length_units(piece) * copies
    assert punctuation_count(joined) == punctuation_count(piece) * copies
    if piece.strip():
        assert abs(cjk_ratio(joined) - cjk_ratio(piece)) < 1e-9
