"""Declarative rules: the pre-checks derived from a rule cover every match of the rule, and a
phrase added to a rule's data is cut by the whole pipeline."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleanarticle
import cleanarticle.detectors as detectors_package
from cleanarticle import types as core_types
from cleanarticle.detectors import base as detector_base
from cleanarticle.detectors import legal, promo
from cleanarticle.detectors._gate import SEP, may_match
from cleanarticle.detectors.rules import Rule, needle_scan, required, starts_scan

_CASE_TRAPS = re.compile("[\u017f\u212a\u0130\u0131]")


def _all_rules() -> list[Rule]:
    rules: dict[str, Rule] = {}
    for info in pkgutil.iter_modules(detectors_package.__path__):
        module = importlib.import_module(f"cleanarticle.detectors.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Rule):
                rules[value.id] = value
    return list(rules.values())


RULES = _all_rules()


def test_rules_have_unique_dotted_ids() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z_]+\.[a-z_]+", rule_id) for rule_id in ids)
    assert {"legal.icp_registration", "promo.formula", "navigation.breadcrumb"} <= set(ids)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("abc", ("abc",)),
        ("ab|cd", ("ab", "cd")),
        ("版[权權]所有", ("版权所有", "版權所有")),
        (r"x\d+y", ("x",)),  # either side would do: the first of equals
        (r"(?:prices?|deals?) (?:are |is )?subject to change", ("subject to change",)),
        (r"a.*", ("a",)),
        (r"(?i)Copyright\b", ("copyright",)),
    ],
)
def test_required_substrings(pattern: str, expected: tuple[str, ...]) -> None:
    assert required(re.compile(pattern)) == expected


def test_no_fixed_text_is_none() -> None:
    assert required(re.compile(r"\d+")) is None
    assert required(re.compile(r"a|\w")) is None
    with pytest.raises(ValueError, match="fixed text"):
        _ = Rule("test.digits", patterns=(r"\d+",)).needles


def _lowered(text: str) -> str | None:
    """What Lines.lowered / may_match see; None when they give up (case traps)."""
    lowered = text.lower()
    return None if _CASE_TRAPS.search(text) or len(lowered) != len(text) else lowered


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_derived_checks_cover_every_match(rule: Rule, data: st.DataObject) -> None:
    """Generated matches of each rule: the needles and the line-start scan find them all."""
    text = data.draw(st.from_regex(rule.regex, fullmatch=False).filter(lambda t: SEP not in t))
    match = rule.regex.search(text)
    if match is None:
        return
    lowered = _lowered(text)
    if lowered is None:
        return
    found = rule.regex.search(lowered) if not rule.ignore_case else match
    assert found is not None
    if rule.anchored:
        line = text.split("\n", 1)[0] if "\n" not in match.group() else text
        if rule.regex.match(line) and _lowered(line) is not None:
            assert starts_scan(rule).search(SEP + _lowered(line) + SEP), (rule.id, line)
    try:
        needles = rule.needles
    except ValueError:
        return  # a rule without fixed text: only its line starts can be scanned
    assert may_match(text, rule.needle_test, ignore_case=True), (rule.id, text)
    assert any(needle in lowered for needle in needles), (rule.id, text)


def test_a_phrase_added_to_a_rule_is_cut_by_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    prose = (
        "The council approved the budget on Monday after a long debate, and the mayor said "
        "the new spending on parks, libraries and roads would begin in the spring. "
    )
    page = (
        "<html><body><article><h1>Budget approved</h1>"
        f"<p>{prose * 3}</p><p>{prose * 2}</p>"
        "<p>Any reproduction prohibited.</p>"
        "</article></body></html>"
    )
    assert "reproduction prohibited" in cleanarticle.extract(page).text
    rule = legal._STATEMENT
    added = dataclasses.replace(rule, words=(*rule.words, "reproduction prohibited"))
    monkeypatch.setattr(legal, "_STATEMENT", added)
    article = cleanarticle.extract(page)
    assert "reproduction prohibited" not in article.text
    assert "the mayor said" in article.text
    assert any("reproduction" in removal.text for removal in article.removed)


def test_a_formula_added_to_a_rule_is_found_at_the_line_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The line-start scan follows the rule: a new head character needs no hand-kept list."""
    prose = (
        "Der Stadtrat hat am Montag nach langer Debatte den Haushalt beschlossen, und die "
        "Bürgermeisterin sagte, die neuen Ausgaben würden im Frühjahr beginnen. "
    )
    page = (
        f"<html><body><article><p>{prose * 3}</p><p>{prose * 2}</p>"
        "<p>Zum Newsletter anmelden</p></article></body></html>"
    )
    assert "Zum Newsletter" in cleanarticle.extract(page).text
    rule = promo._FORMULA_EN
    monkeypatch.setattr(
        promo, "_FORMULA_EN", dataclasses.replace(rule, words=(*rule.words, "zum newsletter"))
    )
    assert "Zum Newsletter" not in cleanarticle.extract(page).text


_SHARED = {"_gate", "base", "rules", "vocab"}
_DETECTORS = {info.name for info in pkgutil.iter_modules(detectors_package.__path__)} - _SHARED


def _imported_modules(path: Path, package: str) -> list[tuple[int, str]]:
    """(line, dotted module) for every import in the file, relative ones resolved and each
    ``from a import b`` also read as ``a.b`` (b may be a module)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def _package(path: Path, root: Path) -> str:
    """The dotted package a file's relative imports start from."""
    return ".".join(path.relative_to(root.parent).parts[:-1])


def _sibling_imports(root: Path) -> list[str]:
    """Imports of a detector module by any module but the registry (detectors/__init__.py)."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        if path == root / "detectors" / "__init__.py":
            continue
        parts = path.relative_to(root.parent).with_suffix("").parts
        own = parts[2] if len(parts) > 2 and parts[1] == "detectors" else None
        for line, module in _imported_modules(path, _package(path, root)):
            names = module.split(".")
            if names[:2] == ["cleanarticle", "detectors"] and len(names) > 2:
                target = names[2]
                if target in _DETECTORS and target != own:
                    bad.append(f"{path.relative_to(root)}:{line} imports {module}")
    return bad


def test_no_module_imports_a_detector_module() -> None:
    """A detector's helpers are its own: shared ones live in base/rules/_gate/vocab or outside
    the detectors (features, hints, textstats). Only the registry imports the detectors."""
    root = Path(cleanarticle.__file__).parent
    assert {"navigation", "legal", "promo", "captions"} <= _DETECTORS
    assert _sibling_imports(root) == []


def test_stage_types_live_in_the_core_types_module() -> None:
    """Verdict and Context are cleanarticle.types' own; detectors.base only re-exports them, and
    no stage outside the detectors reaches into it for them."""
    root = Path(cleanarticle.__file__).parent
    assert (detector_base.Verdict, detector_base.Context) == (core_types.Verdict, core_types.Context)
    outside = [path for path in root.rglob("*.py") if "detectors" not in path.parts]
    reaching = [
        f"{path.relative_to(root)}:{line}"
        for path in outside
        for line, module in _imported_modules(path, _package(path, root))
        if module.startswith("cleanarticle.detectors.base")
    ]
    assert reaching == []


def test_the_import_check_sees_every_form_of_import(tmp_path: Path) -> None:
    package = tmp_path / "cleanarticle"
    (package / "detectors").mkdir(parents=True)
    (package / "scorer").mkdir()
    (package / "detectors" / "legal.py").write_text(
        "from cleanarticle.detectors.navigation import a\n"
        "from .promo import b\n"
        "from . import captions\n"
        "from cleanarticle.detectors import rules, vocab\n"
        "from .base import Context\n"
        "import cleanarticle.detectors.seo_spam\n"
        "from .legal import itself\n"
    )
    (package / "scorer" / "html.py").write_text("from ..detectors.navigation import c\n")
    bad = _sibling_imports(package)
    assert [entry.split(" imports ")[1] for entry in bad] == [
        "cleanarticle.detectors.navigation",
        "cleanarticle.detectors.navigation.a",
        "cleanarticle.detectors.promo",
        "cleanarticle.detectors.promo.b",
        "cleanarticle.detectors.captions",
        "cleanarticle.detectors.seo_spam",
        "cleanarticle.detectors.navigation",
        "cleanarticle.detectors.navigation.c",
    ]


def test_needle_scan_finds_every_needle() -> None:
    """The Lines scan (a character class for CJK needles, words for the rest) finds a line
    holding any needle of the rules it was derived from."""
    rules = (legal._REGISTRATION, legal._COPYRIGHT, legal._STATEMENT, legal._LEGAL_TERMS)
    chars, words = needle_scan(*rules)
    assert all(not char.isascii() for char in chars.pattern.strip("[]"))
    for rule in rules:
        for needle in rule.needles:
            line = f"xx {needle} yy"
            assert chars.search(line) or any(word in line for word in words), needle
    assert "é" not in chars.pattern  # a Latin letter would send most lines of a page
