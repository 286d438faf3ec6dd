"""Language-neutral text measures: CJK characters count as words, punctuation includes CJK marks."""

from __future__ import annotations

import re

# Han ideographs, kana, hangul (and their common extension blocks).
CJK_CLASS = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff"
    "\U00020000-\U0002ffff"
)
_CJK_CHAR = re.compile(f"[{CJK_CLASS}]")
_LATIN_WORD = re.compile(f"[^\\W{CJK_CLASS}]+")
# Sentence and clause punctuation, ASCII and CJK (written as escapes: editors and tools tend to
# fold full-width forms into ASCII, which would silently blind these sets to Chinese text).
PUNCTUATION = frozenset(
    ".,;:!?\"'()"
    "\u3002\uff0c\u3001\uff1b\uff1a\uff01\uff1f\u2026"  # 。，、；：！？…
    "\u300c\u300d\u300e\u300f\u201c\u201d\u2018\u2019"  # 「」『』“”‘’
    "\uff08\uff09\u300a\u300b\u3010\u3011\u30fb\u00b7"  # （）《》【】・·
)
_SENTENCE_END = frozenset(".!?\u3002\uff01\uff1f\u2026")  # . ! ? 。！？…
_CLOSERS = " )\"'\uff09\u300d\u300f\u201d\u2019\u3011\u300b"  # ）」』”’】》


def length_units(text: str) -> int:
    """Length in reading units: each CJK character is one, each other word is one."""
    cjk = len(_CJK_CHAR.findall(text))
    if cjk == len(text):
        return cjk
    return cjk + len(_LATIN_WORD.findall(text))


def cjk_ratio(text: str) -> float:
    """Share of non-space characters that are CJK."""
    chars = len(text) - text.count(" ")
    return len(_CJK_CHAR.findall(text)) / chars if chars else 0.0


def punctuation_count(text: str) -> int:
    return sum(1 for char in text if char in PUNCTUATION)


def ends_like_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END
