"""Text normalisation shared by every stage: whitespace, invisible characters, pinyin glosses."""

from __future__ import annotations

import re

from cleanarticle.textstats import CJK_CLASS

# Zero-width characters, BOM, soft hyphen, direction marks: never visible, always dropped.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]")
_WRAP_BETWEEN_CJK = re.compile(f"(?<=[{CJK_CLASS}])[ \\t\\r]*\\n\\s*(?=[{CJK_CLASS}])")
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A pinyin syllable glossed in brackets right after a Han character: 網(wǎng), 網(wǎng).
_PINYIN_GLOSS = re.compile(
    f"(?<=[\u3400-\u9fff])[(\uff08]([a-z\u00fc{_TONE_MARKS}]{{1,6}})[)\uff09]"
)
_HAS_TONE = re.compile(f"[{_TONE_MARKS}]")


def normalize_text(text: str) -> str:
    """Visible text as a reader sees it: one space between words, no glosses or hidden marks."""
    if not text:
        return ""
    if text.isascii():
        # No invisible marks, CJK line wraps or Han glosses can occur: only the spacing.
        return " ".join(text.split())
    text = _INVISIBLE.sub("", text)
    if "\n" in text:
        text = _WRAP_BETWEEN_CJK.sub("", text)
    # str.split() and the regex \s agree on what whitespace is (all of Unicode's).
    text = " ".join(text.split())
    if "(" in text or "\uff08" in text:
        text = flatten_pinyin(text)
    return text


def flatten_pinyin(text: str) -> str:
    """Drop pinyin glosses ("網(wǎng)絡(luò)" -> "網絡").

    A gloss with a tone mark is unambiguous; toneless ones ("的(de)") are dropped only when the
    same text has at least two toned glosses, so "A(b)" in ordinary prose survives.
    """
    glosses = _PINYIN_GLOSS.findall(text)
    if not glosses:
        return text
    toned = sum(1 for gloss in glosses if _HAS_TONE.search(gloss))
    if toned == 0:
        return text
    allow_toneless = toned >= 2
    return _PINYIN_GLOSS.sub(
        lambda match: "" if allow_toneless or _HAS_TONE.search(match.group(1)) else match.group(0),
        text,
    )
