"""Declarative rules: an id, the phrases or patterns it matches, its limits.

A detector is a few ``Rule`` objects plus the code for what cannot be declared (runs, layout,
bounds). Everything a detector needs beyond the rule's own regex is *derived* from it, never
kept in step by hand:

- ``Rule.needles``: substrings one of which every match holds (lower-cased). A line that holds
  none of them cannot match, so the regex is skipped there (see ``_gate``).
- ``Rule.starts``: for a rule anchored at the line start, a scan of ``Lines.lowered`` that finds
  every line the rule may match (the lead plus the first characters of each phrase).

Both come from the regex's parse tree (``re._parser``), so adding a phrase to a rule's data is
all it takes for the phrase to be found: see tests/detectors/test_rules.py, which checks the
derivation on generated matches of every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any
from unicodedata import east_asian_width

try:  # the parser of the re module: public as sre_parse up to 3.10, private after
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

from cleanarticle.detectors._gate import SEP

# Strings an exact set may hold before it turns into a requirement: few needles scan faster than
# many long ones ("站标", "站標" rather than every spelling of "网站标识码").
_EXACT_LIMIT = 4
_UNION_LIMIT = 64  # strings the alternatives of a branch may hold together
_PREFIX_LIMIT = 512  # line-start heads of one rule
_WEIGHT_CAP = 4  # a needle this selective is enough: fewer needles count more beyond it
_CLASS_LIMIT = 24  # characters of a class read as alternatives ([备備], [:：])
_NONE: dict[str, int] = {}


@dataclass(frozen=True, eq=False)  # compared by identity: derived scans are cached per rule
class Rule:
    """One boilerplate rule.

    ``patterns`` are regex alternatives, tried in order (plain phrases are patterns without
    metacharacters; ``words`` are escaped and tried after them). ``lead`` and ``tail`` wrap
    the alternation; ``anchored`` puts it at the line start. ``limits`` holds the rule's numbers
    (maximum line units and the like), read by the detector's code.
    """

    id: str
    patterns: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    lead: str = ""
    tail: str = ""
    anchored: bool = False
    ignore_case: bool = True
    limits: Mapping[str, int] = field(default_factory=lambda: MappingProxyType(_NONE))

    @property
    def body(self) -> str:
        """The alternation and its tail: what follows the lead."""
        alternatives = "|".join((*self.patterns, *map(re.escape, self.words))) or "(?!)"
        return f"(?:{alternatives}){self.tail}"

    @property
    def source(self) -> str:
        return f"{'^' if self.anchored else ''}{self.lead}{self.body}"

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source, re.I if self.ignore_case else 0)

    @cached_property
    def needles(self) -> tuple[str, ...]:
        """Lower-cased substrings one of which every match holds."""
        found = required(self.regex)
        if found is None:
            raise ValueError(f"rule {self.id}: some match holds no fixed text")
        return found

    @cached_property
    def needle_test(self) -> re.Pattern[str]:
        """One regex of the needles: ``may_match(text, rule.needle_test, ignore_case=True)``."""
        return re.compile("|".join(map(re.escape, self.needles)))

    @cached_property
    def heads(self) -> str:
        """Regex source that finds, after the lead, the first characters of every line start
        the (anchored) rule may match ("" when they are not known)."""
        if not self.anchored:
            raise ValueError(f"rule {self.id} is not anchored at the line start")
        return _heads(self.body, self.regex.flags)


def starts_scan(*rules: Rule) -> re.Pattern[str]:
    """One scan of ``Lines.lowered`` that finds every line start the anchored ``rules`` may
    match: after a ``SEP``, a rule's lead and then one of its heads (rules that share a lead
    share it in the scan)."""
    by_lead: dict[str, list[str]] = {}
    for rule in rules:
        by_lead.setdefault(rule.lead, []).append(rule.heads)
    branches = []
    for lead, heads in by_lead.items():
        if "" in heads:  # a rule with no known head: every line start after the lead
            branches.append(lead)
        else:
            branches.append(f"{lead}(?:{'|'.join(heads)})")
    return re.compile(f"{SEP}(?:{'|'.join(branches)})")


def needle_words(*rules: Rule) -> tuple[str, ...]:
    """The needles of several rules, without those another one already covers."""
    return _minimal(needle for rule in rules for needle in rule.needles)


def needle_scan(*rules: Rule) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A Lines scan for the needles of ``rules``: a class of characters, one from each needle
    that holds a CJK (wide) character, the one most needles share, and the other needles as
    words for ``Lines.holding``. Every line holding a needle is found by one of the two.

    A CJK character is rare enough to stand for its needle; an accented Latin or a Cyrillic
    letter is not, so those needles stay whole."""
    words = needle_words(*rules)
    wide = [word for word in words if any(map(_wide, word))]
    counts: dict[str, int] = {}
    for word in wide:
        for char in set(filter(_wide, word)):
            counts[char] = counts.get(char, 0) + 1
    chars = {max(filter(_wide, word), key=lambda c: (counts[c], c)) for word in wide}
    pattern = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]" if chars else "(?!)"
    return re.compile(pattern), _shared_words([word for word in words if word not in wide])


def _wide(char: str) -> bool:
    return east_asian_width(char) in "WF"


def _shared_words(needles: list[str]) -> tuple[str, ...]:
    """Fewer needles for str.find: a word of five letters or more that several needles share
    stands for them all ("necessarily" for four "… necessarily reflect/represent")."""
    counts: dict[str, int] = {}
    for needle in needles:
        for token in set(needle.split()):
            if len(token) >= 5:
                counts[token] = counts.get(token, 0) + 1
    chosen = []
    for needle in needles:
        tokens = [t for t in needle.split() if counts.get(t, 0) >= 2]
        chosen.append(max(tokens, key=lambda t: (counts[t], len(t))) if tokens else needle)
    return _minimal(chosen)


# --- what every match holds, from the parse tree ----------------------------------------------


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None  # every match is one of these (None: too many or unbounded)
    need: frozenset[str] | None  # every match holds one of these (None: nothing is sure)


_ANYTHING = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased substrings one of which every match of ``pattern`` holds; None when a match
    may hold no fixed text at all."""
    info = _sequence(_p.parse(pattern.pattern, pattern.flags))
    need = info.need if info.need is not None else _usable(info.exact)
    return None if need is None else _minimal(need)


def _minimal(needles: Iterable[str]) -> tuple[str, ...]:
    """Lower-cased, without needles that hold a shorter one (the shorter one finds them)."""
    lowered = sorted({needle.lower() for needle in needles}, key=lambda s: (len(s), s))
    kept: list[str] = []
    for needle in lowered:
        if not any(shorter in needle for shorter in kept):
            kept.append(needle)
    return tuple(kept)


def _usable(exact: frozenset[str] | None) -> frozenset[str] | None:
    return None if exact is None or "" in exact else exact


def _best(candidates: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The most selective requirement: longest shortest needle, then fewest needles."""
    usable = [c for c in candidates if c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(_WEIGHT_CAP, *map(_weight, c)), -len(c)))


def _weight(needle: str) -> int:
    """Selectivity of a needle: a CJK character is rarer than a Latin letter."""
    return sum(1 if char.isascii() else 2 for char in needle)


def _sequence(items: Iterable[tuple[object, Any]]) -> _Info:
    exact: frozenset[str] | None = frozenset({""})
    candidates: list[frozenset[str] | None] = []
    whole = True  # every item so far was exact
    for op, av in items:
        info = _item(op, av)
        if info.exact is not None and exact is not None:
            if len(exact) * len(info.exact) <= _EXACT_LIMIT:
                exact = frozenset(a + b for a in exact for b in info.exact)
                continue
            whole = False
            candidates.append(_usable(exact))
            exact = info.exact
            continue
        whole = False
        candidates.append(_usable(exact))
        candidates.append(info.need if info.need is not None else _usable(info.exact))
        exact = info.exact if info.exact is not None else frozenset({""})
    if whole:
        return _Info(exact, _usable(exact))
    candidates.append(_usable(exact))
    return _Info(None, _best(candidates))


def _item(op: object, av: Any) -> _Info:
    if op is _c.LITERAL:
        return _Info(frozenset({chr(av)}), None)
    if op is _c.IN:
        chars = _class_chars(av)
        return _ANYTHING if chars is None else _Info(chars, None)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        return _repeat(low, high, _sequence(body))
    return _ANYTHING


def _class_chars(items: list[tuple[object, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is not _c.LITERAL:
            return None
        chars.add(chr(av))
    return frozenset(chars) if len(chars) <= _CLASS_LIMIT else None


def _branch(alternatives: list[Iterable[tuple[object, Any]]]) -> _Info:
    infos = [_sequence(alternative) for alternative in alternatives]
    exacts = [info.exact for info in infos if info.exact is not None]
    exact: frozenset[str] | None = None
    if len(exacts) == len(infos) and sum(map(len, exacts)) <= _UNION_LIMIT:
        exact = frozenset().union(*exacts)
    needs = [info.need if info.need is not None else _usable(info.exact) for info in infos]
    sure = [n for n in needs if n is not None]
    need = frozenset().union(*sure) if len(sure) == len(needs) else None
    return _Info(exact, need)


def _repeat(low: int, high: int, body: _Info) -> _Info:
    if low == 0:
        if high == 1 and body.exact is not None:
            return _Info(body.exact | {""}, None)
        return _ANYTHING
    need = body.need if body.need is not None else _usable(body.exact)
    if low == high == 1:
        return body
    return _Info(None, need)


# --- the line starts of an anchored rule -------------------------------------------------------

_HEAD_CHARS = 6  # an ASCII head longer than this is cut (any prefix of a head is a head)


# A head is a tuple of atoms: a literal character, or a class source ("[…]", "\\d", 2+ chars).
# _END closes a head: what follows it in the match is not known, so nothing may be appended.
_Head = tuple[str, ...]
_END = "\x00end"
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}


def _heads(body: str, flags: int) -> str:
    """Regex of the first characters every match of ``body`` starts with ("" when unknown)."""
    found = _prefixes(_p.parse(body, flags))
    heads = {tuple(a for a in head if a != _END) for head in found or ()}
    if found is None or () in heads:
        return ""  # no sure head: the lead alone (every line start it allows)
    kept: list[_Head] = []
    for head in sorted(heads, key=lambda h: (len(h), h)):
        if not any(head[: len(shorter)] == shorter for shorter in kept):
            kept.append(head)
    chars = sorted(head[0] for head in kept if len(head) == 1 and len(head[0]) == 1)
    words = [_render(head) for head in kept if not (len(head) == 1 and len(head[0]) == 1)]
    if chars:
        words.append("[" + "".join(re.escape(c) for c in chars) + "]")
    return f"(?:{'|'.join(words)})"


def _render(head: _Head) -> str:
    return "".join(re.escape(atom) if len(atom) == 1 else atom for atom in head)


def _prefixes(items: Iterable[tuple[object, Any]]) -> frozenset[_Head] | None:
    """Heads one of which every match of ``items`` starts with; None when unknown. Open heads
    (without _END) are whole matches of ``items``, so the next item may extend them."""
    current: frozenset[_Head] = frozenset({()})
    for op, av in items:
        tails = _item_heads(op, av)
        if tails is None or len(current) * len(tails) > _PREFIX_LIMIT:
            return _closing(current)
        current = _join(current, tails)
        if all(_closed(head) for head in current):
            break
    return current


def _item_heads(op: object, av: Any) -> frozenset[_Head] | None:
    info = _item(op, av)
    if info.exact is not None:
        return frozenset(tuple(text.lower()) for text in info.exact)
    if op is _c.IN:
        source = _class_source(av)
        return None if source is None else frozenset({(source, _END)})
    if op is _c.CATEGORY:
        source = _CATEGORIES.get(av)
        return None if source is None else frozenset({(source, _END)})
    if op is _c.BRANCH:
        options = [_prefixes(alternative) for alternative in av[1]]
        known = [option for option in options if option is not None]
        return frozenset().union(*known) if len(known) == len(options) else None
    if op is _c.SUBPATTERN:
        return _prefixes(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _prefixes(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        once = _prefixes(body)
        if once is None:
            return None
        heads = once if high == 1 else _closing(once)
        return heads | {()} if low == 0 else heads
    return None


def _closing(heads: frozenset[_Head]) -> frozenset[_Head]:
    return frozenset(head if _closed(head) else (*head, _END) for head in heads)


def _class_source(items: list[tuple[object, Any]]) -> str | None:
    """A class for the lower-cased text: its literals and ranges lower-cased too."""
    parts: list[str] = []
    for op, av in items:
        if op is _c.NEGATE:
            parts.insert(0, "^")
        elif op is _c.LITERAL:
            parts.append(re.escape(chr(av).lower()))
        elif op is _c.RANGE:
            low, high = av
            parts.append(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
            if chr(low).isascii() and chr(low).isalpha():
                parts.append(f"{re.escape(chr(low).lower())}-{re.escape(chr(high).lower())}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return "[" + "".join(parts) + "]"


def _closed(head: _Head) -> bool:
    return bool(head) and head[-1] == _END


def _join(heads: frozenset[_Head], tails: frozenset[_Head]) -> frozenset[_Head]:
    """Each open head followed by each tail, closed at _HEAD_CHARS or a non-ASCII character
    (a prefix of a head is a head: short heads keep the scan small)."""
    joined: set[_Head] = set()
    for head in heads:
        if _closed(head):
            joined.add(head)
            continue
        for tail in tails:
            out = list(head)
            for atom in tail:
                if atom == _END or len(out) >= _HEAD_CHARS or (out and not out[-1].isascii()):
                    out.append(_END)
                    break
                out.append(atom)
            else:
                if len(out) >= _HEAD_CHARS or (out and not out[-1].isascii()):
                    out.append(_END)
            joined.add(tuple(out))
    return frozenset(joined)
