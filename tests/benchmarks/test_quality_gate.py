"""The quality gate: body F1 on every bench set stays at or above its pinned floor.

Runs cleanarticle over every page of every set in ../shared/bench (about a minute on two
cores) and compares each set's F1, and their plain mean, with benchmarks/quality_floor.json.
Skipped, with the reason, where the bench data is not beside the checkout.
"""

import json

import pytest

from benchmarks import datasets, quick

FLOOR_FILE = datasets.REPO / "benchmarks" / "quality_floor.json"
pytestmark = pytest.mark.skipif(
    not datasets.DEFAULT_BENCH_DIR.is_dir(),
    reason=f"bench data not found at {datasets.DEFAULT_BENCH_DIR}",
)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return {name: quick.summary(quick.run_set(name, 2)).f1 for name in datasets.DATASETS}


def test_every_set_is_at_or_above_its_floor(scores: dict[str, float]) -> None:
    floors = json.loads(FLOOR_FILE.read_text(encoding="utf-8"))["sets"]
    below = {name: (round(f1, 4), floors[name]) for name, f1 in scores.items() if f1 < floors[name]}
    assert not below, f"body F1 below the floor (F1, floor): {below}"


def test_macro_f1_is_at_or_above_its_floor(scores: dict[str, float]) -> None:
    floor = json.loads(FLOOR_FILE.read_text(encoding="utf-8"))["macro"]
    macro = sum(scores.values()) / len(scores)
    assert macro >= floor, f"macro F1 {macro:.4f} below the floor {floor} ({scores})"
