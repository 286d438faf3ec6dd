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
# Sentence and clause punctuation, ASCII and full-width.
PUNCTUATION = set(".,;:!?。,、;:!?…「」『』“”‘’()《》【】・·\"'()")
_SENTENCE_END = set(".!?。!?…")


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
    stripped = text.rstrip(" )）」』”’\"'")
    return bool(stripped) and stripped[-1] in _SENTENCE_END
