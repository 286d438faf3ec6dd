"""Quick tests that spare most lines a slow regex.

A search with a long alternation tries every branch at every position of the line; most lines
match nothing. Each slow pattern comes with its *needles*: substrings one of which every match
of the pattern contains. ``may_match`` says False only when the line holds none of them, so
calling the pattern only when it says True changes no result. When a pattern changes, its
needles must be checked against every branch.
"""

from __future__ import annotations

import re

# The only characters beyond ASCII that re.IGNORECASE matches to ASCII letters: ſ (s), K (k),
# İ (i) and ı (i). A line holding one of them skips no case-insensitive pattern.
_CASE_TRAPS = re.compile("[\u017f\u212a\u0130\u0131]")


def needles(*words: str) -> re.Pattern[str]:
    """The quick test for one slow pattern: does any of ``words`` occur (a regex of plain
    substrings, which the regex engine scans for far faster than the pattern's branches)."""
    return re.compile("|".join(map(re.escape, words)))


def may_match(text: str, test: re.Pattern[str], *, ignore_case: bool = False) -> bool:
    """False when ``text`` holds none of the needles in ``test`` (lower-case needles for a
    case-insensitive pattern, with ``ignore_case``)."""
    if ignore_case:
        if not text.isascii() and _CASE_TRAPS.search(text):
            return True
        text = text.lower()
    return test.search(text) is not None
