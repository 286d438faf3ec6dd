"""Boilerplate vocabulary per language, as data.

Each language module holds ``PHRASES``: rule id -> plain phrases (lower-case, matched as whole
words at the place the rule says: a line start, a whole short line …). A rule takes its words
from ``words(rule_id)``, so a phrase added here is cut with no other change: the rule derives
its quick pre-checks from its own words (see ``detectors.rules``).

Phrases are specific lines of page chrome (labels, prompts, notices), never common prose words.
English and Chinese phrases that predate this package still sit in the rules' own patterns.
"""

from __future__ import annotations

from importlib import import_module

LANGUAGES = ("en", "zh_hans", "zh_hant", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "ko")


def words(rule_id: str) -> tuple[str, ...]:
    """The phrases of every language for one rule, longest first (the regex alternation tries
    them in order, and a longer phrase must win over its own beginning)."""
    found: dict[str, None] = {}
    for language in LANGUAGES:
        module = import_module(f"{__name__}.{language}")
        for phrase in module.PHRASES.get(rule_id, ()):
            found.setdefault(phrase, None)
    return tuple(sorted(found, key=len, reverse=True))
