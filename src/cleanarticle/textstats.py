"""Language-neutral text measures: CJK characters count as words, punctuation includes CJK marks."""

from __future__ import annotations

import re

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
# Sentence and clause punctuation, ASCII and CJK (written as escapes: editors and tools tend to
# fold full-width forms into ASCII, which would silently blind these sets to Chinese text).
PUNCTUATION = frozenset(
    ".,;:!?\"'()"
    "\u3002\uff0c\u3001\uff1b\uff1a\uff01\uff1f\u2026"  # 。，、；：！？…
    "\u300c\u300d\u300e\u300f\u201c\u201d\u2018\u2019"  # 「」『』“”‘’
    "\uff08\uff09\u300a\u300b\u3010\u3011\u30fb\u00b7"  # （）《》【】・·
)
_ASCII_PUNCTUATION = "".join(sorted(char for char in PUNCTUATION if char.isascii())).encode()
_PUNCTUATION = re.compile(f"[{re.escape(''.join(sorted(PUNCTUATION)))}]")
SENTENCE_END_MARKS = ".!?\u3002\uff01\uff1f\u2026"  # . ! ? 。！？…
_SENTENCE_END = frozenset(SENTENCE_END_MARKS)
# A line that ends a sentence: a mark, then only spaces and closing quotes or brackets (the
# detectors' test of a line; ends_like_sentence, the blocks' and scorer's, also lets 】》 close).
SENTENCE_END = re.compile(
    f"[{re.escape(SENTENCE_END_MARKS)}][\\s\"'\u201d\u2019\u300d\u300f)\uff09]*$"  # ”’」』）
)
# A sentence end anywhere in a text, to count sentences: a full stop only before a space or at
# the end ("3.5", "example.com" hold none), no ellipsis.
SENTENCE_MARK = re.compile(r"[。!?\uff01\uff1f]|\.(?:\s|$)")
_CLOSERS = " )\"'\uff09\u300d\u300f\u201d\u2019\u3011\u300b"  # ）」』”’】》


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
