"""Rule ids: the catalogue, the docs and the ids the code can emit agree, and every cut has one."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import cleanarticle
from cleanarticle.explain.rules import RULES

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "src" / "cleanarticle"
DOCS = (REPO / "docs" / "detectors.md").read_text(encoding="utf-8")
_PREFIXES = sorted({rule.split(".")[0] for rule in RULES})
_ID = re.compile(rf"(?:{'|'.join(_PREFIXES)})\.[a-z_]+")
# Phrase rules that only feed other tests (a notice's terms, menu tokens, channel words): their
# ids name a Rule, never a cut.
_FEEDERS = {"legal.notice_terms", "navigation.menu_strong", "promo.channel"}
SAMPLES = sorted((REPO / "samples").glob("*.html")) + sorted((REPO / "samples").glob("*.txt"))


def _ids_in_source() -> set[str]:
    found = set()
    for path in SOURCE.rglob("*.py"):
        if "vocab" in path.parts or path.parent.name == "explain":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.update(_ID.findall(node.value) if _ID.fullmatch(node.value) else ())
    return found


def test_every_rule_the_code_names_is_in_the_catalogue() -> None:
    assert _ids_in_source() - _FEEDERS - set(RULES) == set()


def test_the_catalogue_holds_no_stale_rule() -> None:
    # scorer.section ids are built from word groups (scorer/reasons.py), not written as literals
    from cleanarticle.scorer.reasons import SECTION_RULES

    emitted = _ids_in_source() | set(SECTION_RULES.values())
    assert set(RULES) - emitted == set()


def test_every_rule_is_documented_and_every_documented_rule_exists() -> None:
    documented = set(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", DOCS, re.M))
    assert documented == set(RULES)


@pytest.mark.parametrize("path", SAMPLES, ids=[path.name for path in SAMPLES])
def test_every_cut_of_a_sample_has_a_catalogued_rule_and_a_location(path: Path) -> None:
    if path.suffix == ".txt":
        article = cleanarticle.extract_text(path.read_text(encoding="utf-8"))
    else:
        article = cleanarticle.extract(path.read_bytes())
    assert article.removed
    for removal in article.removed:
        assert removal.rule in RULES, removal
        if removal.text:
            assert removal.index >= 0
            assert bool(removal.path) == (path.suffix == ".html")
        else:
            assert removal.index == -1  # a note about the whole page
