"""One prose test, several profiles: each stage's idea of prose is a ``Prose`` value.

The differential test writes each profile out as the plain condition it stands for, so a change
to ``is_prose`` that moves any stage's answer fails here before it moves a golden.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.prose import ARTICLE_BOUNDS, RUNNING_TEXT, Marks, Prose, count_marks, is_prose
from cleanarticle.scorer.prose import WEIGHTS
from cleanarticle.textstats import CLAUSE_MARKS, ends_like_sentence

PROSE_EN = (
    "The council approved the budget on Monday after a long debate, and the mayor said the new "
    "spending on parks, libraries and roads would begin in the spring."
)
PROSE_ZH = "下一步,我市将持续对电信网络诈骗犯罪保持严打高压态势,不断巩固和深化打击治理成效。"
BALANCED = WEIGHTS["balanced"]


def block(text: str, kind: Kind = Kind.PARAGRAPH, link_chars: int = 0) -> Block:
    return Block(index=0, text=text, kind=kind, link_chars=link_chars)


def test_running_text_needs_length_and_two_clause_marks() -> None:
    assert is_prose(block(PROSE_EN), RUNNING_TEXT)
    assert not is_prose(block("By Jane Doe, Staff Writer"), RUNNING_TEXT)  # short
    assert not is_prose(block("word " * 30), RUNNING_TEXT)  # long, but no clause mark
    # Full stops are not clause marks: a long line of short English sentences is not enough.
    assert not is_prose(block("Short one here. " * 10 + "And, one comma."), RUNNING_TEXT)


def test_article_bounds_count_every_mark_and_a_full_width_one_twice() -> None:
    assert is_prose(block("Short one here. " * 10), ARTICLE_BOUNDS)  # full stops count here
    one_wide = "很" * 30 + "，" + "长" * 10
    one_ideographic_stop = "很" * 30 + "。" + "长" * 10
    assert is_prose(block(one_wide), ARTICLE_BOUNDS)
    assert not is_prose(block(one_ideographic_stop), ARTICLE_BOUNDS)
    assert count_marks(block(one_wide), Marks.PUNCTUATION_WIDE, 2) == 2


def test_scorer_prose_rules_out_links_and_headings_but_keeps_short_sentences() -> None:
    assert is_prose(block(PROSE_EN), BALANCED.prose)
    assert not is_prose(block(PROSE_EN, link_chars=len(PROSE_EN)), BALANCED.prose)
    assert not is_prose(block(PROSE_EN, Kind.HEADING), BALANCED.prose)
    assert is_prose(block("It rained all day long."), BALANCED.prose)  # short, a full sentence
    assert not is_prose(block("Read more about it here"), BALANCED.prose)  # no sentence end
    long_item = "one two three four five six seven eight nine ten eleven"
    assert is_prose(block(long_item), BALANCED.prose)
    assert not is_prose(block(long_item, Kind.LIST_ITEM), BALANCED.prose)  # a menu entry
    assert is_prose(block(long_item + ".", Kind.LIST_ITEM), BALANCED.prose)


def test_favors_differ_in_length_only() -> None:
    lengths = {favor: w.prose.min_units for favor, w in WEIGHTS.items()}
    assert lengths["recall"] < lengths["balanced"] < lengths["precision"]
    for w in WEIGHTS.values():
        assert dataclasses.replace(w.prose, min_units=0) == dataclasses.replace(
            BALANCED.prose, min_units=0
        )
        assert w.text_prose == Prose(min_units=2 * w.min_good_units, min_marks=2)


def test_text_dump_prose_is_twice_as_long_with_two_marks() -> None:
    assert is_prose(block(PROSE_ZH), BALANCED.text_prose)
    assert not is_prose(block("It rained all day."), BALANCED.text_prose)
    assert not is_prose(block("word " * 40 + "."), BALANCED.text_prose)  # one mark


_TEXT = st.text(
    alphabet=st.sampled_from(list("ab 1.,;:!?…\"')，。；：！？、「」】中文")), max_size=80
)


@given(
    text=_TEXT,
    kind=st.sampled_from(list(Kind)),
    linked=st.floats(0, 1),
    units=st.none() | st.integers(0, 60),
)
def test_each_profile_is_the_condition_it_stands_for(
    text: str, kind: Kind, linked: float, units: int | None
) -> None:
    line = Block(
        index=0, text=text, kind=kind, link_chars=int(len(text) * linked),
        **({} if units is None else {"units": units}),
    )
    wide = sum(line.text.count(mark) for mark in "，；：！？")
    clause = len(CLAUSE_MARKS.findall(line.text))
    assert is_prose(line, RUNNING_TEXT) == (line.units >= 25 and clause >= 2)
    assert is_prose(line, ARTICLE_BOUNDS) == (line.units >= 25 and line.punctuation + wide >= 2)
    for w in WEIGHTS.values():
        plain = line.link_density < 0.5 and kind is not Kind.HEADING
        long_enough = line.units >= w.min_good_units
        scorer = plain and (
            (line.punctuation > 0 or kind is not Kind.LIST_ITEM)
            if long_enough
            else line.units >= 5 and ends_like_sentence(line.text)
        )
        assert is_prose(line, w.prose) == scorer
        text_dump = line.units >= 2 * w.min_good_units and line.punctuation >= 2
        assert is_prose(line, w.text_prose) == text_dump


@pytest.mark.parametrize("marks", list(Marks))
def test_a_count_that_reaches_enough_is_not_understated(marks: Marks) -> None:
    line = block("很" * 30 + "，，" + PROSE_EN)
    assert count_marks(line, marks, 2) >= 2
