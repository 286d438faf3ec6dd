"""Time per stage over the bench pages: decode, parse, blocks, each detector, scorer, metadata.

    python benchmarks/profile_stages.py                  # all bench pages, best of 5 rounds
    python benchmarks/profile_stages.py --repeat 9 --dataset scrapinghub
    python benchmarks/profile_stages.py --profile blocks # cProfile of one stage ("detectors" too)
    python benchmarks/profile_stages.py --src /tmp/before/src   # time another source tree

Wall-clock time on a shared machine is noisy: each stage's time is the minimum over the rounds
(each round runs every page once), which keeps the cost and drops other processes' interference.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import pstats
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The source tree to time: this checkout's, or another one given by --src (before/after runs).
_src = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv[:-1] else str(REPO / "src")
sys.path.insert(0, _src)

from cleanarticle.blocks import Block, html_blocks  # noqa: E402
from cleanarticle.decode import decode  # noqa: E402
from cleanarticle.detectors import ALL_DETECTORS  # noqa: E402
from cleanarticle.detectors.base import Context  # noqa: E402
from cleanarticle.options import Options  # noqa: E402
from cleanarticle.parse import parse  # noqa: E402

sys.path.insert(0, str(REPO))
from benchmarks.stages import DETECTOR_PREFIX, STAGES, stage_seconds  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"


def load(dataset: str) -> list[bytes]:
    raw: list[bytes] = []
    if dataset in ("all", "scrapinghub"):
        for path in sorted((BENCH / "scrapinghub" / "html").glob("*.html.gz")):
            raw.append(gzip.decompress(path.read_bytes()))
    if dataset in ("all", "zh"):
        raw += [path.read_bytes() for path in sorted((BENCH / "zh" / "html").iterdir())]
    return raw


def report(best: dict[str, float], pages: int) -> None:
    total = best["total"]
    print(f"{'stage':<18}{'ms/page':>10}{'pages/s':>10}{'share':>8}")
    for stage in STAGES:
        _row(stage, best[stage], pages, total)
        if stage == "detectors":
            for name, seconds in best.items():
                if name.startswith(DETECTOR_PREFIX):
                    _row(name, seconds, pages, total)
    _row("total", total, pages, total)


def _row(stage: str, seconds: float, pages: int, total: float) -> None:
    per_page = seconds / pages * 1000
    rate = pages / seconds if seconds else 0
    print(f"{stage:<18}{per_page:>10.3f}{rate:>10.0f}{seconds / total:>8.0%}")


def profile(raw: list[bytes], stage: str, top: int) -> None:
    inputs = [html_blocks(_body(page)) for page in raw] if stage == "detectors" else raw
    run: Callable[[], None]
    if stage == "blocks":
        trees = [parse(decode(page, None)).tree for page in raw]
        bodies = [tree.body if tree.body is not None else tree.root for tree in trees]

        def run() -> None:
            for body in bodies:
                html_blocks(body)
    else:
        block_lists: list[list[Block]] = inputs  # type: ignore[assignment]

        def run() -> None:
            for blocks in block_lists:
                context = Context("html", Options())
                for detector in ALL_DETECTORS:
                    list(detector.detect(blocks, context))

    profiler = cProfile.Profile()
    profiler.runcall(run)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def _body(page: bytes):
    tree = parse(decode(page, None)).tree
    return tree.body if tree.body is not None else tree.root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=("all", "scrapinghub", "zh"), default="all")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", choices=("blocks", "detectors"))
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--src", help="source tree to import cleanarticle from (default: ./src)")
    args = parser.parse_args(argv)
    raw = load(args.dataset)
    if args.profile:
        profile(raw, args.profile, args.top)
        return 0
    best = stage_seconds(raw, args.repeat)
    print(f"{len(raw)} pages ({args.dataset}), best of {args.repeat} rounds per stage")
    report(best, len(raw))
    return 0


if __name__ == "__main__":
    sys.exit(main())
