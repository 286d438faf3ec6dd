"""Language: the page's declaration when the text agrees with it, else a light detection.

Detection is by script first (kana means Japanese, hangul Korean, Han Chinese, and a few other
scripts), then, for Latin text, by counting a handful of very common words per language. That is
enough to tell a page's language, cheaply and without a model. Declarations are often wrong on
Chinese sites (templates say lang="en"), so a declaration whose script does not match the text
is overruled.
"""

from __future__ import annotations

import re
from collections import Counter

_SAMPLE_CHARS = 2500
# Counted first; the rarer scripts only when these do not make up most of the letters.
_MAIN_SCRIPTS = {
    "kana": re.compile(r"[\u3040-\u309f\u30a0-\u30ff]+"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]+"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]+"),
}
_LETTER = re.compile(r"[^\W\d_]+")
_OTHER_SCRIPTS = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]+"),
    "arabic": re.compile(r"[\u0600-\u06ff]+"),
    "greek": re.compile(r"[\u0370-\u03ff]+"),
    "hebrew": re.compile(r"[\u0590-\u05ff]+"),
    "thai": re.compile(r"[\u0e00-\u0e7f]+"),
    "devanagari": re.compile(r"[\u0900-\u097f]+"),
}
# The language a script alone implies (Latin needs the word count below).
_SCRIPT_LANGUAGE = {
    "kana": "ja", "hangul": "ko", "han": "zh", "cyrillic": "ru", "arabic": "ar",
    "greek": "el", "hebrew": "he", "thai": "th", "devanagari": "hi",
}  # fmt: skip
# Which scripts a declared language is written in, to check a declaration against the text.
_LANGUAGE_SCRIPTS = {
    "zh": {"han"}, "ja": {"kana", "han"}, "ko": {"hangul", "han"}, "ru": {"cyrillic"},
    "uk": {"cyrillic"}, "bg": {"cyrillic"}, "sr": {"cyrillic", "latin"}, "ar": {"arabic"},
    "fa": {"arabic"}, "ur": {"arabic"}, "el": {"greek"}, "he": {"hebrew"}, "th": {"thai"},
    "hi": {"devanagari"}, "mr": {"devanagari"}, "ne": {"devanagari"},
}  # fmt: skip
_STOPWORDS = {
    "en": "the of and to in is that for it was on with as are be this by have from not at",
    "fr": "le la les des et est une pour dans que qui du sur au pas avec sont ce il",
    "de": "der die und das ist nicht mit den von zu ein eine sich auch auf für dem wird",
    "es": "el la los las del que en por con una para es se al lo como más pero sus",
    "it": "il di che la è per una non sono del della con gli le alla anche nel più",
    "pt": "o os da do das dos que em para com uma não por se mais como ao é foi",
    "nl": "de het een van en is dat niet op te zijn met voor ook aan om er maar",
    "sv": "och att det som är en på för med har av till inte den var jag om",
    "pl": "i w nie na się że do jest to z jak po co ale od tak są",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada",
    "tr": "ve bir bu da de için ile çok daha olarak gibi ama en olan var",
}
_STOPWORD_SETS = {language: frozenset(words.split()) for language, words in _STOPWORDS.items()}
_WORD = re.compile(r"[a-zà-öø-ÿąćęłńóśźżçğışü]+")
_MIN_HITS = 3
_OVERRULE_HITS = 20


def primary_subtag(tag: str | None) -> str | None:
    """ "zh-CN" -> "zh", "en_US" -> "en"; None for junk."""
    if not tag:
        return None
    primary = re.split(r"[-_\s,;]", tag.strip().lower(), maxsplit=1)[0]
    return primary if 2 <= len(primary) <= 3 and primary.isalpha() else None


def detect_language(text: str) -> str | None:
    """The language of ``text`` by script, then by common words for Latin-script text."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return None
    counts = {name: _count(pattern, sample) for name, pattern in _MAIN_SCRIPTS.items()}
    letters = _count(_LETTER, sample)
    if not letters:
        return None
    if sum(counts.values()) < 0.5 * letters:
        counts.update(
            (name, len(pattern.findall(sample))) for name, pattern in _OTHER_SCRIPTS.items()
        )
    if counts["kana"] >= 5 and counts["kana"] >= 0.05 * (counts["kana"] + counts["han"]):
        return "ja"
    if counts["hangul"] >= 0.3 * letters:
        return "ko"
    # CJK characters are words, Latin letters are not: weigh them so mixed text stays CJK.
    if counts["han"] * 4 >= counts["latin"] and counts["han"] >= 0.15 * letters:
        return "zh"
    script = max(counts, key=lambda name: counts[name])
    if script != "latin":
        return _SCRIPT_LANGUAGE.get(script)
    return _latin_language(sample)


def choose_language(declared: str | None, text: str) -> str | None:
    """The declared language's primary subtag unless the text's script contradicts it."""
    declared_primary = primary_subtag(declared)
    detected = detect_language(text) if text.strip() else None
    if declared_primary is None:
        return detected
    if detected is None:
        return declared_primary
    declared_scripts = _LANGUAGE_SCRIPTS.get(declared_primary, {"latin"})
    detected_scripts = _LANGUAGE_SCRIPTS.get(detected, {"latin"})
    if not declared_scripts & detected_scripts:
        return detected
    if declared_primary in _STOPWORD_SETS and detected in _STOPWORD_SETS:
        # Same script: overrule a declaration only on overwhelming evidence (lang="de" on an
        # English page is a template default).
        scores = _latin_scores(text[:_SAMPLE_CHARS])
        if scores[detected] >= _OVERRULE_HITS and scores[detected] > 3 * scores[declared_primary]:
            return detected
    return declared_primary


def _count(pattern: re.Pattern[str], sample: str) -> int:
    """Characters of a class in the sample (the pattern matches runs: fewer, bigger matches)."""
    return sum(map(len, pattern.findall(sample)))


def _latin_language(sample: str) -> str | None:
    scores = _latin_scores(sample)
    best = max(scores, key=lambda language: scores[language])
    return best if scores[best] >= _MIN_HITS else None


def _latin_scores(sample: str) -> dict[str, int]:
    words = Counter(_WORD.findall(sample.lower()))
    return {
        language: sum(words[word] for word in stopwords if word in words)
        for language, stopwords in _STOPWORD_SETS.items()
    }
