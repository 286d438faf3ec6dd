"""--explain groups cuts per rule: a count, the characters, the first examples, and where."""

from __future__ import annotations

from cleanarticle.article import Flag, Removal
from cleanarticle.explain.grouping import EXAMPLES, explain, group


def _cut(rule: str, text: str, index: int, reason: str = "why", **fields: object) -> Removal:
    return Removal(rule.split(".")[0], reason, text, rule=rule, index=index, **fields)  # type: ignore[arg-type]


CUTS = [
    Removal("decode", "read as utf-8: valid UTF-8", "", rule="decode.charset"),
    *(
        _cut("link_farm.link_list", f"Item {i}", i, path=f"ul>li:nth-of-type({i})")
        for i in range(6)
    ),
    _cut(
        "legal.copyright", "© 2024 A very long copyright line of the site, all rights reserved", 9
    ),
]


def test_groups_put_the_rules_that_cut_most_characters_first() -> None:
    groups = group(CUTS[1:])
    assert [g.rule for g in groups] == ["legal.copyright", "link_farm.link_list"]
    assert len(groups[1].cuts) == 6 and groups[1].chars == 36


def test_explain_shows_counts_and_the_first_examples() -> None:
    text = explain(CUTS)
    lines = text.splitlines()
    assert lines[0] == "--- removed: 7 cuts, 102 characters ---"
    assert lines[1] == "[decode.charset] read as utf-8: valid UTF-8"
    assert "link_farm.link_list (link_farm): 6 cuts, 36 chars" in text
    assert sum("'Item" in line for line in lines) == EXAMPLES
    assert "… 3 more (-v lists every cut)" in text
    assert "at ul>li:nth-of-type(0)" in text


def test_verbose_lists_every_cut() -> None:
    text = explain(CUTS, verbose=True)
    assert sum("'Item" in line for line in text.splitlines()) == 6
    assert "more" not in text


def test_a_reason_is_repeated_only_where_it_changes() -> None:
    cuts = [
        _cut("link_farm.link_list", "a", 1, "6 short link items in one list"),
        _cut("link_farm.link_list", "b", 2, "6 short link items in one list"),
        _cut("link_farm.link_list", "c", 7, "3 short link items in one list"),
    ]
    text = explain(cuts)
    assert text.count("6 short link items") == 1 and text.count("3 short link items") == 1


def test_examples_say_spans_other_flags_and_text_dump_blocks() -> None:
    cut = _cut(
        "forum.counter", "1,234 views", 4, span=(10, 21), also=(Flag("promo", "promo.x", "y"),)
    )
    line = explain([cut]).splitlines()[-1]
    assert "at block 4 [10:21]" in line and "(also promo: promo.x)" in line
