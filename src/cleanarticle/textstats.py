"""Language-neutral text measures: CJK characters count as words, punctuation includes CJK marks."""

from __future__ import annotations

import re
from typing import Literal

# Han ideographs, kana, hangul (and their common extension blocks).
CJK_CLASS = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff"
    "\U00020000-\U0002ffff"
)
_CJK_CHAR = re.compile(f"[{CJK_CLASS}]")
_OTHER_WORD = re.compile(f"[^\\W{CJK_CLASS}]+")
# Past this many characters, matches are counted with subn (one new string) instead of findall
# (one string per match): a 10 MB CJK text node would make 10 million one-character strings.
_LONG_TEXT = 4096
# One reading unit: a CJK character, or a run of other word characters.
_UNIT = re.compile(f"[{CJK_CLASS}]|[^\\W{CJK_CLASS}]+")
_CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
# What makes a unit beyond ASCII: a word character (letter, digit) or a CJK character (CJK_CLASS
# holds some punctuation too, such as "・"). A line without any is measured as ASCII. Written as
# any non-ASCII character, then a look back that rules out the non-word non-CJK ones: a pattern
# that starts with a plain class lets the regex engine skip ASCII at C speed (lines with a curly
# quote or a no-break space are mostly long English paragraphs).
_NON_ASCII_UNIT_CHAR = re.compile(f"[^\\x00-\\x7f](?<![^\\w{CJK_CLASS}])")
# Bytes of ASCII text, word characters kept and every other byte made a space, so that split()
# yields exactly the \w+ runs (several times faster than a regex on short lines).
_ASCII_WORDS = bytes(
    char if chr(char).isascii() and (chr(char).isalnum() or chr(char) == "_") else ord(" ")
    for char in range(256)
)
# Marks are written as escapes: editors and tools tend to fold full-width forms into ASCII, which
# would silently blind these sets to Chinese text.
# What ends a sentence, ASCII and CJK: the package's one definition. Every other set of sentence
# ends or clause marks (here, in the detectors, in metadata) is drawn from it by sentence_marks.
SENTENCE_END_MARKS = ".!?\u3002\uff01\uff1f\u2026"  # . ! ? 。！？…


def sentence_marks(
    *, period: bool = True, ellipsis: bool = True, forms: Literal["all", "ascii", "wide"] = "all"
) -> str:
    """The sentence ends a test needs, as characters (for a regex class: ``re.escape`` them).

    ``period=False`` drops "." (it also stands in "3.5", "example.com", "J. Smith": a test that
    looks inside a line wants it before a space); ``ellipsis=False`` drops "…" (a trailing-off,
    not an end); ``forms`` keeps the ASCII marks only, or only the full-width and CJK ones.
    """
    return "".join(
        mark
        for mark in SENTENCE_END_MARKS
        if (period or mark != ".")
        and (ellipsis or mark != "\u2026")
        and (forms == "all" or (forms == "ascii") == mark.isascii())
    )


# The ends that end a sentence wherever they stand in a line: ! ? 。！？
SENTENCE_STOPS = sentence_marks(period=False, ellipsis=False)
# Clause marks: those stops, commas and semicolons (, ; ，；). Two in a line make running text.
CLAUSE_MARK_CHARS = SENTENCE_STOPS + ",;\uff0c\uff1b"
CLAUSE_MARKS = re.compile(f"[{re.escape(CLAUSE_MARK_CHARS)}]")
# What may close a sentence after its end mark: ) " ' ） 」 』 ” ’
SENTENCE_CLOSERS = ")\"'\uff09\u300d\u300f\u201d\u2019"
# Sentence and clause punctuation, ASCII and CJK.
PUNCTUATION = frozenset(
    SENTENCE_END_MARKS
    + SENTENCE_CLOSERS
    + ",;:\"'("
    + "\uff0c\u3001\uff1b\uff1a"  # ，、；：
    + "\u300c\u300e\u201c\u2018\uff08"  # 「『“‘（
    + "\u300a\u300b\u3010\u3011\u30fb\u00b7"  # 《》【】・·
)
_ASCII_PUNCTUATION = "".join(sorted(char for char in PUNCTUATION if char.isascii())).encode()
_PUNCTUATION = re.compile(f"[{re.escape(''.join(sorted(PUNCTUATION)))}]")
_SENTENCE_END = frozenset(SENTENCE_END_MARKS)
# A line that ends a sentence: a mark, then only spaces and closers (the detectors' test of a
# line; ends_like_sentence, the blocks' and scorer's, also lets 】》 close).
SENTENCE_END = re.compile(
    f"[{re.escape(SENTENCE_END_MARKS)}][\\s{re.escape(SENTENCE_CLOSERS)}]*$"
)
# A sentence end anywhere in a text, to count sentences: a full stop only before a space or at
# the end ("3.5", "example.com" hold none), no ellipsis.
SENTENCE_MARK = re.compile(f"[{re.escape(SENTENCE_STOPS)}]|\\.(?:\\s|$)")
_CLOSERS = " " + SENTENCE_CLOSERS + "\u3011\u300b"  # and 】》


def length_units(text: str) -> int:
    """Length in reading units: each CJK character is one, each other word is one."""
    if text.isascii():
        return len(text.encode("ascii").translate(_ASCII_WORDS).split())
    first = _NON_ASCII_UNIT_CHAR.search(text)
    if first is None:
        # Only punctuation, symbols and spaces beyond ASCII ("curly quotes", dashes): each
        # becomes "?", a non-word byte, so the ASCII count holds.
        return len(text.encode("ascii", "replace").translate(_ASCII_WORDS).split())
    if len(text) > _LONG_TEXT:
        spaced, cjk = _CJK_CHAR.subn(" ", text)
        return cjk + _OTHER_WORD.subn("", spaced)[1]
    if _CJK_CHAR.match(text, first.start()) is None:  # likely no CJK: one pass
        return len(_UNIT.findall(text))
    # Each run of CJK characters made one space: what it shrank by counts them, and what is left
    # holds only the other words (a string per run, where a match per character made one each).
    spaced, runs = _CJK_RUN.subn(" ", text)
    return len(text) - len(spaced) + runs + len(_OTHER_WORD.findall(spaced))


def cjk_ratio(text: str) -> float:
    """Share of non-space characters that are CJK."""
    chars = len(text) - text.count(" ")
    if not chars or text.isascii():
        return 0.0
    return _count(_CJK_CHAR, text) / chars


def punctuation_count(text: str) -> int:
    if text.isascii():  # bytes.translate deletes in C, without a regex step per character
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_PUNCTUATION))
    return _count(_PUNCTUATION, text)


def _count(pattern: re.Pattern[str], text: str) -> int:
    if len(text) > _LONG_TEXT:
        return pattern.subn("", text)[1]
    return len(pattern.findall(text))


def ends_like_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END
