"""Where recall goes, by category: true text lost per removal reason, over every bench set.

    python benchmarks/causes.py                  # all sets, top causes per set
    python benchmarks/causes.py --sets wcxb --pages 5   # with the pages each cause hurts most

Each page's lost true tokens (see failures.py) are charged to the removal that holds them; a
cause's weight is the mean over the set's pages of the share of the page's true tokens it lost,
so it reads as recall points. Reasons are grouped with their numbers blanked.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from benchmarks import datasets, failures, metric

_NUMBERS = re.compile(r"\d+(?:\.\d+)?")


class _Removal:
    def __init__(self, detector: str, reason: str, text: str) -> None:
        self.detector, self.reason, self.text = detector, reason, text


def _extract(job: tuple[bytes, str | None]) -> tuple[str, list[tuple[str, str, str]]]:
    import cleanarticle

    raw, url = job
    article = cleanarticle.extract(raw, url=url)
    return article.text or "", [(r.detector, r.reason, r.text) for r in article.removed]


def _losses(truth: str, text: str, removed: Sequence[_Removal]) -> dict[str, float]:
    total = len(metric.tokenize(truth)) or 1
    charged: defaultdict[str, float] = defaultdict(float)
    for sentence in failures.lost_sentences(truth, text):
        cause = _NUMBERS.sub("N", failures.cause_of(sentence, removed))
        charged[cause] += len(metric.tokenize(sentence)) / total
    return charged


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(datasets.DATASETS))
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--pages", type=int, default=0, help="show the pages each cause hurts")
    parser.add_argument("--type", help="only wcxb pages of this page type")
    parser.add_argument("-j", type=int, default=2)
    args = parser.parse_args(argv)
    for name in args.sets.split(","):
        data = datasets.load(name)
        pages = [p for p in data.pages if not args.type or p.page_type == args.type]
        with ProcessPoolExecutor(args.j) as pool:
            outputs = list(pool.map(_extract, [(p.raw, p.url) for p in pages], chunksize=8))
        weight: defaultdict[str, float] = defaultdict(float)
        hurt: defaultdict[str, list[tuple[float, str]]] = defaultdict(list)
        for page, (text, removed) in zip(pages, outputs):
            charged = _losses(page.true_body, text, [_Removal(*r) for r in removed])
            for cause, share in charged.items():
                weight[cause] += share / len(pages)
                hurt[cause].append((share, page.page_id))
        print(f"== {name} ({len(pages)} pages): recall points lost per cause")
        for cause, points in sorted(weight.items(), key=lambda item: -item[1])[: args.top]:
            print(f"  {points:6.3f}  {cause[:110]}")
            for share, page_id in sorted(hurt[cause], reverse=True)[: args.pages]:
                print(f"           {share:.2f} {page_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
