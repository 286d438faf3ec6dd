"""Class/id hints are read on whole tokens: roles mark an element, topics and slugs do not."""

import ast
import re
from pathlib import Path

import pytest

import cleanarticle
from cleanarticle.hints import negative_word


@pytest.mark.parametrize(
    ("hints", "word"),
    [
        ("comment-list", "comment"),
        ("site-footer", "footer"),
        ("related_posts", "related"),
        ("sidebar-widget", "sidebar"),
        ("zone-widget", "widget"),
        ("most-popular-list", "most-popular"),
        ("entry post comments2", "comments"),
    ],
)
def test_role_tokens_mark_the_element(hints: str, word: str) -> None:
    assert negative_word(hints) == word


@pytest.mark.parametrize(
    "hints",
    [
        "post-12 type-post format-standard category-comments tag-sidebar hentry",  # taxonomy
        "elementor-widget-wrap elementor-element-populated",  # page-builder container
        "sharing-with-a-single-developer",  # a heading's slug id
        "advertorial-content",  # substring of a word is not the word
        "article-body main",
        "",
    ],
)
def test_topics_slugs_and_substrings_do_not(hints: str) -> None:
    assert negative_word(hints) is None


def _own_hint_vocabulary(root: Path) -> list[str]:
    """In modules that read class/id hints, outside hints.py: module-level *HINT* names and
    `"word" in <hints>` tests."""
    found = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if path.name == "hints.py" or not re.search(r"\.(?:ancestor_)?hints\b|near_hints", source):
            continue
        tree = ast.parse(source)
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            for target in targets:
                if isinstance(target, ast.Name) and re.search(r"(?:^|_)HINTS?(?:_|$)", target.id):
                    found.append(f"{path.name}:{node.lineno} {target.id}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Compare)
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)
                and any(isinstance(op, ast.In | ast.NotIn) for op in node.ops)
                and "hints" in ast.unparse(node.comparators[0])
            ):
                found.append(f"{path.name}:{node.lineno} {ast.unparse(node)}")
    return found


def test_every_class_id_vocabulary_lives_in_hints_py() -> None:
    """A word list or word test on class/id hints outside hints.py is a second vocabulary."""
    assert _own_hint_vocabulary(Path(cleanarticle.__file__).parent) == []
