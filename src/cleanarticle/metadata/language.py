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
_MAIN_RANGES = {
    "kana": "\u3040-\u309f\u30a0-\u30ff",
    "hangul": "\uac00-\ud7af\u1100-\u11ff",
    "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "latin": "A-Za-z\u00c0-\u024f",
}
_OTHER_RANGES = {
    "cyrillic": "\u0400-\u04ff",
    "arabic": "\u0600-\u06ff",
    "greek": "\u0370-\u03ff",
    "hebrew": "\u0590-\u05ff",
    "thai": "\u0e00-\u0e7f",
    "devanagari": "\u0900-\u097f",
}
_MAIN_SCRIPTS = {name: re.compile(f"[{chars}]+") for name, chars in _MAIN_RANGES.items()}
_OTHER_SCRIPTS = {name: re.compile(f"[{chars}]+") for name, chars in _OTHER_RANGES.items()}
_LETTER = re.compile(r"[^\W\d_]+")
_LATIN = "latin"
# Any character of a script but Latin: without one, those scripts count zero (one scan, not nine).
_NON_LATIN_RANGES = [chars for name, chars in _MAIN_RANGES.items() if name != _LATIN]
_NON_LATIN = re.compile(f"[{''.join([*_NON_LATIN_RANGES, *_OTHER_RANGES.values()])}]")
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
# Each common word with the languages it belongs to ("de" is Dutch, Spanish and Portuguese).
_STOPWORD_LANGUAGES = {
    word: tuple(language for language, words in _STOPWORD_SETS.items() if word in words)
    for word in frozenset().union(*_STOPWORD_SETS.values())
}
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
    return _detect(text[:_SAMPLE_CHARS])[0]


def choose_language(declared: str | None, text: str) -> str | None:
    """The declared language's primary subtag unless the text's script contradicts it."""
    declared_primary = primary_subtag(declared)
    sample = text[:_SAMPLE_CHARS]
    detected, scores = _detect(sample) if text.strip() else (None, None)
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
        if scores is None:
            scores = _latin_scores(sample)
        if scores[detected] >= _OVERRULE_HITS and scores[detected] > 3 * scores[declared_primary]:
            return detected
    return declared_primary


def _detect(sample: str) -> tuple[str | None, dict[str, int] | None]:
    """The sample's language, and its common-word scores when they were counted (to reuse)."""
    if not sample.strip():
        return None, None
    if _NON_LATIN.search(sample):
        language = _by_script_counts(sample)
    else:
        language = _without_other_scripts(sample)
    if language != _LATIN:
        return language, None
    scores = _latin_scores(sample)
    best = max(scores, key=lambda language: scores[language])
    return (best if scores[best] >= _MIN_HITS else None), scores


def _by_script_counts(sample: str) -> str | None:
    """The language the scripts' shares imply, or ``_LATIN`` for Latin text."""
    counts = {name: _count(pattern, sample) for name, pattern in _MAIN_SCRIPTS.items()}
    letters = _count(_LETTER, sample)
    if not letters:
        return None
    if sum(counts.values()) < 0.5 * letters:
        # Runs, not characters, for these: kept as they were first weighed.
        counts.update((name, len(rule.findall(sample))) for name, rule in _OTHER_SCRIPTS.items())
    if counts["kana"] >= 5 and counts["kana"] >= 0.05 * (counts["kana"] + counts["han"]):
        return "ja"
    if counts["hangul"] >= 0.3 * letters:
        return "ko"
    # CJK characters are words, Latin letters are not: weigh them so mixed text stays CJK.
    if counts["han"] * 4 >= counts["latin"] and counts["han"] >= 0.15 * letters:
        return "zh"
    script = max(counts, key=lambda name: counts[name])
    return _LATIN if script == _LATIN else _SCRIPT_LANGUAGE.get(script)


def _without_other_scripts(sample: str) -> str | None:
    """What ``_by_script_counts`` says when every script but Latin counts zero, without counting.

    Letters but no Latin ones (ª, ², IPA) leave all counts at zero, and the first script, kana,
    wins the tie: "ja", as it always has.
    """
    if not _LETTER.search(sample):
        return None
    return _LATIN if _MAIN_SCRIPTS[_LATIN].search(sample) else "ja"


def _count(pattern: re.Pattern[str], sample: str) -> int:
    """Characters of a class in the sample (the pattern matches runs: fewer, bigger matches)."""
    return sum(map(len, pattern.findall(sample)))


def _latin_scores(sample: str) -> dict[str, int]:
    """Occurrences of each language's common words, languages in ``_STOPWORDS`` order."""
    words = Counter(_WORD.findall(sample.lower()))
    scores = dict.fromkeys(_STOPWORD_SETS, 0)
    for word in words.keys() & _STOPWORD_LANGUAGES.keys():
        for language in _STOPWORD_LANGUAGES[word]:
            scores[language] += words[word]
    return scores
