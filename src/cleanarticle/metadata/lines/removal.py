"""Whether a line is metadata and nothing else, so that it leaves the body.

What the rules recognised is masked out; the line goes when what is left is page chrome,
counters, a URL, bare names or an outlet, and little else. Inside the kept body only what is
recognised may go: "截至2021年4月10日" in a sentence stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleanarticle.metadata.authors import clean_byline, looks_like_outlet
from cleanarticle.metadata.lines.datelines import settle_line
from cleanarticle.metadata.lines.facts import (
    AUTHOR_RESIDUAL,
    SOURCE_RESIDUAL,
    Line,
    LineFacts,
    TextFound,
)
from cleanarticle.metadata.lines.patterns import CHROME_WORDS, PUNCT_ONLY, url_or_domain_spans

_RESIDUAL_SPLIT = re.compile(r"[\s\[\]【】()（）|｜/·•\-—–_<>《》〓@:：,，、;；.。!！?？'\"“”]+")
_MAX_LEFTOVER = 8  # characters of unrecognised text a metadata line may still hold
_MAX_BARE_NAME = 6
_MAX_BARE_OUTLET = 12
_MAX_COUNTER_DIGITS = 6


def judge_line(facts: LineFacts, line: Line, kept: Sequence[bool]) -> None:
    """Rank the line's pending dates, pick up bare names and outlets, cut it when pure."""
    if not line.evidence:
        return
    in_body = kept[line.index]
    if "." in line.text or "://" in line.text:  # what every URL or domain holds
        line.covered.extend(url_or_domain_spans(line.text))
    tokens = [token for token in _RESIDUAL_SPLIT.split(_uncovered(line)) if token]
    leftover, names, unknown = _leftover(facts, line, tokens)
    pure = sum(len(token) for token in leftover) <= _MAX_LEFTOVER and all(
        len(token) <= _MAX_LEFTOVER for token in leftover
    )
    if in_body and unknown:
        pure = False  # inside the body only what we recognise may go
    settle_line(facts, line.index, pure=pure, top=line.top)
    if not pure:
        return
    if names and not any(name in ("author", "byline") for name in line.fields):
        facts.add_author(names, line, AUTHOR_RESIDUAL)
    only_date = line.fields == ["date"] and not names
    if only_date and not line.top and in_body:
        return  # a kept date under the text: a letter's or a notice's signature date
    facts.metadata_lines[line.index] = _reason(line.fields)


def _leftover(facts: LineFacts, line: Line, tokens: list[str]) -> tuple[list[str], list[str], int]:
    """Tokens not chrome or counters; the bare names among them; how many are unknown."""
    leftover: list[str] = []
    names: list[str] = []
    unknown = 0
    for token in tokens:
        if token.lower() in CHROME_WORDS or PUNCT_ONLY.fullmatch(token):
            continue
        if token.isdigit() and len(token) <= _MAX_COUNTER_DIGITS:
            continue  # counters: "阅读(1660)"
        leftover.append(token)
        found = clean_byline(token, "bare") if len(token) <= _MAX_BARE_NAME else []
        if found:
            names.extend(found)
        elif looks_like_outlet(token) and len(token) <= _MAX_BARE_OUTLET:
            facts.sources.append(TextFound(token, line.index, SOURCE_RESIDUAL))
        else:
            unknown += 1
    return leftover, names, unknown


def _uncovered(line: Line) -> str:
    """The line with its covered spans blanked out."""
    text = line.text
    if not line.covered:
        return text
    mask = bytearray(len(text))
    for start, end in line.covered:
        mask[start:end] = b"\x01" * (max(0, min(end, len(text)) - start))
    return "".join(char if not mask[position] else " " for position, char in enumerate(text))


def _reason(fields: list[str]) -> str:
    unique = list(dict.fromkeys(fields)) or ["page info"]
    if unique == ["forum edit note"]:
        return "forum edit note"
    if unique == ["original title"]:
        return "original title line"
    return "metadata line (" + ", ".join(unique) + ")"
