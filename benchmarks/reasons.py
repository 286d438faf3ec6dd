"""How specific the cuts' reasons are: the share of removed characters per rule, over the sets.

    python benchmarks/reasons.py                    # every set: generic share, top rules
    python benchmarks/reasons.py --sets zh -j 2 --top 20

A reason is generic when its rule is ``scorer.outside_region``: the scorer knew no more than
that the text lay outside the article region. Position-only reasons (``scorer.above_region``,
``scorer.below_region``: a short line above or below the article, with no section, landmark or
link around it) are shown apart. Issue #14 asks for under 10% generic on every set.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from benchmarks import datasets
from cleanarticle.explain.rules import GENERIC_RULES as GENERIC

POSITION_ONLY = frozenset({"scorer.above_region", "scorer.below_region"})
TARGET = 0.10


def _chars_per_rule(job: tuple[bytes, str | None]) -> Counter[str]:
    import cleanarticle

    raw, url = job
    counts: Counter[str] = Counter()
    for removal in cleanarticle.extract(raw, url=url).removed:
        counts[removal.rule] += len(removal.text)
    return counts


def measure(name: str, workers: int) -> Counter[str]:
    """Removed characters per rule over one set."""
    jobs = [(page.raw, page.url) for page in datasets.load(name).pages]
    total: Counter[str] = Counter()
    with ProcessPoolExecutor(workers) as pool:
        for counts in pool.map(_chars_per_rule, jobs, chunksize=8):
            total.update(counts)
    return total


def share(counts: Counter[str], rules: frozenset[str]) -> float:
    removed = sum(counts.values())
    return sum(counts[rule] for rule in rules) / removed if removed else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(datasets.DATASETS))
    parser.add_argument("-j", type=int, default=2)
    parser.add_argument("--top", type=int, default=8, help="rules listed per set")
    args = parser.parse_args(argv)
    worst = 0.0
    for name in args.sets.split(","):
        counts = measure(name, args.j)
        generic, position = share(counts, GENERIC), share(counts, POSITION_ONLY)
        worst = max(worst, generic)
        removed = sum(counts.values())
        print(f"{name:12s} generic {generic:6.1%}  position-only {position:6.1%}  "
              f"of {removed:,} removed characters")  # fmt: skip
        for rule, chars in counts.most_common(args.top):
            print(f"    {rule:34s} {chars / removed:6.1%}")
    print(f"worst generic share {worst:.1%} (target < {TARGET:.0%})")
    return 0 if worst < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
