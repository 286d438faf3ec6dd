import re

from blockfactory import text_blocks

from cleanarticle.detectors._gate import SEP, Lines


def test_hits_and_holding_are_collections_a_caller_can_iterate() -> None:
    """Lines.hits/holding return the matching line positions, which callers iterate and size
    (legal.py sorts them), whether the one-scan path or the every-line fallback answers."""
    lines = Lines(
        text_blocks(["Contact us: 0571-1234567", "Plain prose line.", "Fax: 0571-7654321"])
    )
    assert sorted(lines.hits(re.compile(r"\d{4}-\d{7}"))) == [0, 2]
    assert sorted(lines.holding("prose")) == [1]
    assert len(lines.holding("nothing here")) == 0
    odd = Lines(text_blocks([f"a line holding the separator {SEP} itself", "another line"]))
    assert not odd.exact
    assert sorted(odd.hits(re.compile("another"))) == [0, 1]  # cannot tell: every line
