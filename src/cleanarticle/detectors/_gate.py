"""Quick tests that spare most lines a slow regex.

A search with a long alternation tries every branch at every position of the line; most lines
match nothing. Each rule (see ``rules``) derives its *needles* from its own regex: substrings one
of which every match contains. ``may_match`` says False only when the line holds none of them,
so calling the pattern only when it says True changes no result.

``Lines`` asks such questions of a whole document at once: one regex scan over all block texts
joined by NUL finds the few lines worth the slow pattern, without a Python call per line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from itertools import accumulate, repeat
from operator import add
from typing import TypeVar

from cleanarticle.blocks import Block
from cleanarticle.types import Context

# The only characters beyond ASCII that re.IGNORECASE matches to ASCII letters: ſ (s), K (k),
# İ (i) and ı (i). A line holding one of them skips no case-insensitive pattern.
_CASE_TRAPS = re.compile("[\u017f\u212a\u0130\u0131]")
SEP = "\x00"  # joins the texts in Lines: no pattern or needle matches it
_T = TypeVar("_T")


def may_match(text: str, test: re.Pattern[str], *, ignore_case: bool = False) -> bool:
    """False when ``text`` holds none of the needles in ``test`` (lower-case needles for a
    case-insensitive pattern, with ``ignore_case``)."""
    if ignore_case:
        if not text.isascii() and _CASE_TRAPS.search(text):
            return True
        text = text.lower()
    return test.search(text) is not None


def shared(blocks: Sequence[Block], context: Context, key: str, make: Callable[[], _T]) -> _T:
    """``make()``, computed once for all the detectors run on ``blocks`` with one Context.

    Only the last document's value is kept, so a Context reused across documents stays small.
    """
    cached = context.facts.get(key)
    if cached is not None and cached[0] is blocks:
        return cached[1]  # type: ignore[no-any-return]
    value = make()
    context.facts[key] = (blocks, value)
    return value


class Lines:
    """The block texts of one document, joined as ``SEP text0 SEP text1 … SEP``.

    ``hits(pattern)`` tells which lines a pattern finds something in, from one scan. A pattern
    that starts with ``SEP`` is anchored at line starts (like ``^`` on each line); no match
    crosses a ``SEP``, since no text holds one (else every line counts as a hit: see ``exact``).
    """

    __slots__ = ("_lowered", "_starts", "exact", "joined", "texts")

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.texts = [block.text for block in blocks]
        self.joined = SEP + SEP.join(self.texts) + SEP
        self.exact = self.joined.count(SEP) == len(self.texts) + 1
        # _starts[i]: offset of the SEP in front of line i (the last one closes the last line).
        self._starts = list(accumulate(map(add, map(len, self.texts), repeat(1)), initial=0))
        self._lowered: str | None = None

    @property
    def lowered(self) -> str | None:
        """``joined.lower()`` when it lines up with ``joined`` character for character and holds
        no case trap (see may_match), so that a lower-case pattern sees what ``re.I`` sees."""
        if self._lowered is None:
            lowered = self.joined.lower()
            traps = not self.joined.isascii() and _CASE_TRAPS.search(self.joined)
            self._lowered = "" if traps or len(lowered) != len(self.joined) else lowered
        return self._lowered or None

    @property
    def lowered_texts(self) -> list[str] | None:
        """The lines of ``lowered`` (each ``text.lower()``), when there is one."""
        lowered = self.lowered
        return None if lowered is None or not self.exact else lowered[1:-1].split(SEP)

    def hits(self, pattern: re.Pattern[str], *, lower: bool = False) -> Collection[int]:
        """Positions of the lines ``pattern`` finds a match in (its start), searching the
        lower-cased text with ``lower``; every position when the scan cannot tell."""
        text = self.lowered if lower else self.joined
        if not self.exact or text is None:
            return range(len(self.texts))
        found: set[int] = set()
        starts, search, last = self._starts, pattern.search, len(self.texts)
        match = search(text)
        while match is not None:
            line = bisect_right(starts, match.start()) - 1
            if line >= last:
                break
            found.add(line)
            match = search(text, starts[line + 1])
        return found

    def holding(self, *words: str, lower: bool = False) -> Collection[int]:
        """Positions of the lines that hold one of ``words`` (in the lower-cased text with
        ``lower``). A str.find per word: far faster than a regex scan for a few words."""
        text = self.lowered if lower else self.joined
        if not self.exact or text is None:
            return range(len(self.texts))
        found: set[int] = set()
        starts, last = self._starts, len(self.texts)
        for word in words:
            at = text.find(word)
            while at >= 0:
                line = bisect_right(starts, at) - 1
                if line >= last:
                    break
                found.add(line)
                at = text.find(word, starts[line + 1])
        return found


def lines_of(blocks: Sequence[Block], context: Context) -> Lines:
    """The Lines of ``blocks``, shared by the detectors run with ``context``."""
    return shared(blocks, context, "lines", lambda: Lines(blocks))
