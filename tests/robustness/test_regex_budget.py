"""No pattern of the package backtracks catastrophically.

Every compiled ``re.Pattern`` held by a module of the package (directly, in a ``Rule``, or in a
tuple/dict of patterns) is run against adversarial inputs built from its own literal pieces and
from the usual traps (quotes, ``=``, brackets, digits, spaces): each unit is repeated 1, 2, 3 …
times and then grown to about 10 KB, and every ``search`` must take under 50 ms. Growing the
input step by step stops at the first slow size, so an exponential pattern fails in
milliseconds instead of hanging the suite.

Block texts reach the patterns with runs of white space collapsed to one space (see blocks), so
a unit of white space alone is not among the inputs; every other piece is repeated as it is.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from types import MappingProxyType

import pytest

import cleanarticle
from cleanarticle.detectors.rules import Rule

try:
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

BUDGET = 0.050  # seconds per search
SIZE = 10_000  # characters of the largest input
_GENERIC = (
    "a",
    "1",
    "1,",
    "a ",
    "=",
    '"',
    "'",
    '="',
    'a="b" ',
    "a='b' ",
    "a=b ",
    "[",
    "[a ",
    "<",
    "<a ",
    "&lt;",
    "-",
    "/",
    ":",
    "。",
    "中",
    "\u201c",
)


def _values(module: object) -> Iterator[object]:
    for value in vars(module).values():
        if isinstance(value, (tuple, list, frozenset, set)):
            yield from value
        elif isinstance(value, (dict, MappingProxyType)):
            yield from value.values()
        else:
            yield value


def _patterns() -> dict[tuple[str, int], tuple[str, re.Pattern[str]]]:
    found: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}
    package = cleanarticle.__path__
    for info in pkgutil.walk_packages(package, prefix="cleanarticle."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an integration whose framework is not installed
            continue
        for value in _values(module):
            pattern = value.regex if isinstance(value, Rule) else value
            if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                found.setdefault((pattern.pattern, pattern.flags), (info.name, pattern))
    return found


PATTERNS = _patterns()


def _pieces(items: object, out: list[str]) -> None:
    """The pattern's literal runs and the literal characters of its classes."""
    run: list[str] = []
    for op, av in items:  # type: ignore[attr-defined]
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append("".join(run))
            run = []
        if op is _c.IN:
            out.extend(chr(a) for o, a in av if o is _c.LITERAL)
        elif op is _c.SUBPATTERN:
            _pieces(av[-1], out)
        elif op is _c.BRANCH:
            for alternative in av[1]:
                _pieces(alternative, out)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            _pieces(av[2], out)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _pieces(av[1], out)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            _pieces(av, out)
    if run:
        out.append("".join(run))


def _inputs(pattern: re.Pattern[str]) -> Iterator[tuple[str, str, str]]:
    """(prefix, unit, suffix): the unit is repeated between the prefix and the suffix."""
    parsed = _p.parse(pattern.pattern, pattern.flags)
    pieces: list[str] = []
    _pieces(parsed, pieces)
    pieces = list(dict.fromkeys(p for p in pieces if p))[:40]
    units = [*pieces, *(f"{p} " for p in pieces), *_GENERIC, "".join(pieces[:12])]
    for unit in dict.fromkeys(units):
        if unit.strip():  # text reaches the patterns with runs of spaces collapsed
            yield "", unit, ""
    # The opening pieces, then runs of "key=value" pieces: shortcodes, tags, attribute lists.
    for prefix in (*pieces[:4], *(f"{p}ab" for p in pieces[:4])):
        for unit in (' a="b"', " a='b'", " a=b", " a", f" {prefix}", '="', " \u201cb\u201d"):
            yield prefix, unit, ""
    # Pumps: for each repeat of the pattern, a text that reaches it (drawn from the pattern's
    # own parse tree), then its body over and over, then "!" or nothing: a pattern that needs
    # more after the repeat fails only after trying every way to split the run.
    yield from _pumps(parsed)


_MAX_PUMPS = 60  # repeats of one pattern pumped
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))


def _repeats(items: object, out: list[object]) -> None:
    """Every repeat node of the parse tree that may repeat more than once, in order."""
    for op, av in items:  # type: ignore[attr-defined]
        if op in _REPEATS:
            _low, high, body = av  # type: ignore[misc]
            if high is _c.MAXREPEAT or high > 1:
                out.append(av)
            _repeats(body, out)
        elif op is _c.SUBPATTERN:
            _repeats(av[-1], out)  # type: ignore[index]
        elif op is _c.BRANCH:
            for alternative in av[1]:  # type: ignore[index]
                _repeats(alternative, out)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            _repeats(av, out)


def _pumps(parsed: object) -> Iterator[tuple[str, str, str]]:
    targets: list[object] = []
    _repeats(parsed, targets)
    seen: set[tuple[str, str]] = set()
    for target in targets[:_MAX_PUMPS]:
        for last in (False, True):  # the first and the last ways through
            found = _Pump(target, last).run(parsed)
            if found is not None and found[1].strip() and found not in seen:
                seen.add(found)
                yield (*found, "!")


class _Pump:
    """Draws a text for the pattern up to its ``target`` repeat: (prefix, one body text).

    Branches are taken towards the target; elsewhere with no optional repeat and the first
    alternative (or the ``last`` one), which gives the shortest, most ambiguous bodies."""

    def __init__(self, target: object, last: bool) -> None:
        self.target = target
        self.last = last
        self.found: tuple[str, str] | None = None

    def run(self, parsed: object) -> tuple[str, str] | None:
        self._items(parsed, [])
        return self.found

    def _holds(self, items: object) -> bool:
        inner: list[object] = []
        _repeats(items, inner)
        return any(node is self.target for node in inner)

    def _items(self, items: object, out: list[str]) -> None:
        for op, av in items:  # type: ignore[attr-defined]
            if self.found is not None:
                return
            self._item(op, av, out)

    def _item(self, op: object, av: object, out: list[str]) -> None:
        if op is _c.LITERAL:
            out.append(chr(av))  # type: ignore[arg-type]
        elif op is _c.NOT_LITERAL:
            out.append("a" if chr(av) != "a" else "b")  # type: ignore[arg-type]
        elif op is _c.ANY:
            out.append("a")
        elif op is _c.IN:
            out.append(self._char(av))  # type: ignore[arg-type]
        elif op is _c.CATEGORY:
            out.append(_CATEGORY_CHARS.get(av, "a"))  # type: ignore[call-overload]
        elif op is _c.BRANCH:
            options = av[1]  # type: ignore[index]
            towards = [option for option in options if self._holds(option)]
            pick = towards or options
            self._items(pick[-1] if self.last else pick[0], out)
        elif op is _c.SUBPATTERN:
            self._items(av[-1], out)  # type: ignore[index]
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            self._items(av, out)
        elif op in _REPEATS:
            low, _high, body = av  # type: ignore[misc]
            if av is self.target:
                unit: list[str] = []
                self._items(body, unit)
                self.found = ("".join(out), "".join(unit))
                return
            for _ in range(max(low, 1) if self._holds(body) else low):
                self._items(body, out)

    def _char(self, items: list[tuple[object, object]]) -> str:
        if any(op is _c.NEGATE for op, _ in items):
            banned = {chr(av) for op, av in items if op is _c.LITERAL}  # type: ignore[arg-type]
            return next(c for c in "a1 .-x" if c not in banned)
        op, av = items[-1 if self.last else 0]
        if op is _c.LITERAL:
            return chr(av)  # type: ignore[arg-type]
        if op is _c.RANGE:
            return chr(av[0])  # type: ignore[index]
        if op is _c.CATEGORY:
            return _CATEGORY_CHARS.get(av, "a")  # type: ignore[call-overload]
        return "a"


_CATEGORY_CHARS = {
    _c.CATEGORY_DIGIT: "1",
    _c.CATEGORY_NOT_DIGIT: "a",
    _c.CATEGORY_SPACE: " ",
    _c.CATEGORY_NOT_SPACE: "a",
    _c.CATEGORY_WORD: "a",
    _c.CATEGORY_NOT_WORD: "-",
}


def _sizes(unit: str) -> Iterator[int]:
    count = 1
    while len(unit) * count < SIZE:
        yield count
        count = count + 1 if count < 32 else int(count * 1.25)
    yield max(1, SIZE // max(1, len(unit)))


def _slowest(pattern: re.Pattern[str]) -> tuple[float, str]:
    worst, worst_text = 0.0, ""
    for prefix, unit, suffix in _inputs(pattern):
        for count in _sizes(unit):
            text = prefix + unit * count + suffix
            spent = _time(pattern, text)
            if BUDGET < spent < 10 * BUDGET:  # measure again: the machine may have been busy
                spent = min(spent, _time(pattern, text), _time(pattern, text))
            if spent > worst:
                worst, worst_text = spent, text
            if spent > BUDGET:
                return worst, worst_text  # growing it further could take hours
    return worst, worst_text


def _time(pattern: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    pattern.search(text)
    return time.perf_counter() - start


def test_patterns_are_collected() -> None:
    assert len(PATTERNS) >= 150
    modules = {module for module, _ in PATTERNS.values()}
    assert "cleanarticle.detectors.leaked_markup" in modules
    assert any(module.startswith("cleanarticle.metadata") for module in modules)


@pytest.mark.parametrize("key", sorted(PATTERNS), ids=lambda key: f"{PATTERNS[key][0]}:{key[0][:40]}")
def test_pattern_time_is_bounded(key: tuple[str, int]) -> None:
    module, pattern = PATTERNS[key]
    worst, text = _slowest(pattern)
    assert worst <= BUDGET, f"{module}: {pattern.pattern[:80]!r} took {worst:.3f}s on {text[:80]!r}"


def test_shortcode_without_closing_code_is_fast() -> None:
    """The known case: `[vc_row` and 40 attributes, never closed (it used to take days)."""
    line = "[vc_row" + ' css="vc_custom" el_class="row"' * 20 + " and then prose"
    start = time.perf_counter()
    cleanarticle.extract(f"<html><body><p>{line}</p><p>{line}</p></body></html>")
    assert time.perf_counter() - start < 2.0


# Patterns with a repeat inside a repeat, each reviewed: the inner runs are cut by a separator
# that the inner repeat cannot match, so a text splits one way only. A new nested repeat fails
# test_nested_repeats_are_reviewed until it is reviewed and listed here.
REVIEWED_NESTED = {
    ("cleanarticle.detectors.forum_chrome", "^(?:(?:共有?|已有)?"): (
        "page numbers: a bare number follows a space or ']' only"
    ),
    ("cleanarticle.detectors.leaked_markup", r"^\[(?P<name>"): (
        "shortcode attributes: each opens with white space, a bare value never with a quote"
    ),
    ("cleanarticle.detectors.leaked_markup", "(?:(?:<|&lt;|&#0*60;)/?(?:a|abbr"): (
        "tag attributes open with white space; the run of markups has nothing after it"
    ),
    ("cleanarticle.detectors.promo", "^(?:(?:https?://|www"): "host labels are cut by '.'",
    ("cleanarticle.metadata.lines.bylines", r"(?:^|[\s|〓])(?P<word>(?:posted\s+"): (
        "at most three more names, each opened by white space the name class cannot eat"
    ),
    ("cleanarticle.metadata.authors", r"\A(?:[0-9a-f]{8}-"): (
        "anchored at the text's start: the look-ahead for two digits runs once per text"
    ),
    ("cleanarticle.metadata.authors", r"\{\{|\}\}|\$\{|%[a-z_]+%|^[a-z]+(?:\.[a-z]+)"): (
        "anchored at the start, and each repeat opens with a '.' the word class cannot eat"
    ),
    ("cleanarticle.metadata.authors", r"[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_]"): (
        "at most four more words, each opened by white space the word class cannot eat"
    ),
    ("cleanarticle.metadata.authors", "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,8}(?:"): (
        "cut by '·'"
    ),
    ("cleanarticle.metadata.lines.patterns", "(?:((?:[\\u4e00-\\u9fff](?: ?"): "bounded {0,7}",
    ("cleanarticle.parse", "(?:\n        [^<]++"): "possessive and bounded look-aheads",
}


def _nested(items: object, depth: int = 0) -> bool:
    for op, av in items:  # type: ignore[attr-defined]
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            _low, high, body = av  # type: ignore[misc]
            many = high is _c.MAXREPEAT or high > 1
            inner = [body] if not (many and depth) else None
            if inner is None or _nested(body, depth + many):
                return True
            continue
        if op is _c.SUBPATTERN:
            children = [av[-1]]  # type: ignore[index]
        elif op is _c.BRANCH:
            children = av[1]  # type: ignore[index]
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            children = [av[1]]  # type: ignore[index]
        else:
            continue
        if any(_nested(child, depth) for child in children):
            return True
    return False


def test_nested_repeats_are_reviewed() -> None:
    for (source, flags), (module, _pattern) in PATTERNS.items():
        if _nested(_p.parse(source, flags)):
            reviewed = [
                why
                for (where, start), why in REVIEWED_NESTED.items()
                if module == where and source.startswith(start)
            ]
            assert reviewed, f"{module}: nested repeat not reviewed: {source[:100]!r}"


def test_reviewed_nested_entries_are_current() -> None:
    """Each review names a pattern that still has a nested repeat: none outlives its pattern."""
    nested = [
        (module, source)
        for (source, flags), (module, _pattern) in PATTERNS.items()
        if _nested(_p.parse(source, flags))
    ]
    for where, start in REVIEWED_NESTED:
        assert any(module == where and source.startswith(start) for module, source in nested), (
            f"stale review: {where}: {start!r}"
        )
