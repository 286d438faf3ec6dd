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
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The source tree to time: this checkout's, or another one given by --src (before/after runs).
_src = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv[:-1] else str(REPO / "src")
sys.path.insert(0, _src)

from cleanarticle.blocks import Block, html_blocks  # noqa: E402
from cleanarticle.decode import decode  # noqa: E402
from cleanarticle.detectors import ALL_DETECTORS  # noqa: E402
from cleanarticle.detectors.base import Context, Verdict  # noqa: E402
from cleanarticle.metadata import extract_metadata  # noqa: E402
from cleanarticle.options import Options  # noqa: E402
from cleanarticle.output import build_paragraphs, join_text  # noqa: E402
from cleanarticle.parse import Document, parse  # noqa: E402
from cleanarticle.pipeline import _apply as apply_cuts  # noqa: E402
from cleanarticle.scorer import select  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"


def load(dataset: str) -> list[bytes]:
    raw: list[bytes] = []
    if dataset in ("all", "scrapinghub"):
        for path in sorted((BENCH / "scrapinghub" / "html").glob("*.html.gz")):
            raw.append(gzip.decompress(path.read_bytes()))
    if dataset in ("all", "zh"):
        raw += [path.read_bytes() for path in sorted((BENCH / "zh" / "html").iterdir())]
    return raw


def one_round(raw: list[bytes], timings: dict[str, float]) -> None:
    """Run every page through every stage once, adding each stage's time to ``timings``."""
    clock = time.perf_counter
    for page in raw:
        start = clock()
        html = decode(page, None)
        decoded = clock()
        document = parse(html)
        tree = document.tree
        parsed = clock()
        blocks = html_blocks(tree.body if tree.body is not None else tree.root)
        built = clock()
        _add(timings, "decode", decoded - start)
        _add(timings, "parse", parsed - decoded)
        _add(timings, "blocks", built - parsed)
        context = Context("html", Options())  # one per document, as in the pipeline
        verdicts: list[Verdict] = []
        for detector in ALL_DETECTORS:
            begin = clock()
            verdicts.extend(detector.detect(blocks, context))
            _add(timings, f"  {detector.name}", clock() - begin)
        _time_the_rest(blocks, document, verdicts, context, timings)


def _time_the_rest(
    blocks: list[Block],
    document: Document,
    verdicts: list[Verdict],
    context: Context,
    timings: dict[str, float],
) -> None:
    """The stages after the detectors, as ``pipeline._assemble`` runs them."""
    clock = time.perf_counter
    start = clock()
    cut = {verdict.index for verdict in verdicts if verdict.span is None}
    selection = select(blocks, cut, context)
    selected = clock()
    _, metadata_verdicts = extract_metadata(document, blocks, selection.kept, None)
    described = clock()
    all_verdicts = [*verdicts, *selection.verdicts, *metadata_verdicts]
    texts, _ = apply_cuts(blocks, selection.kept, all_verdicts)
    join_text(build_paragraphs(blocks, texts))
    _add(timings, "scorer", selected - start)
    _add(timings, "metadata", described - selected)
    _add(timings, "output", clock() - described)


def _add(timings: dict[str, float], stage: str, seconds: float) -> None:
    timings[stage] = timings.get(stage, 0.0) + seconds


_STAGES = ("decode", "parse", "blocks", "detectors", "scorer", "metadata", "output")


def report(best: dict[str, float], pages: int) -> None:
    detectors = sum(seconds for stage, seconds in best.items() if stage.startswith("  "))
    stages = {**best, "detectors": detectors}
    total = sum(stages[stage] for stage in _STAGES)
    print(f"{'stage':<18}{'ms/page':>10}{'pages/s':>10}{'share':>8}")
    for stage in _STAGES:
        _row(stage, stages[stage], pages, total)
        if stage == "detectors":
            for name, seconds in best.items():
                if name.startswith("  "):
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
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        timings: dict[str, float] = {}
        one_round(raw, timings)
        for stage, seconds in timings.items():
            best[stage] = min(best.get(stage, seconds), seconds)
    print(f"{len(raw)} pages ({args.dataset}), best of {args.repeat} rounds per stage")
    report(best, len(raw))
    return 0


if __name__ == "__main__":
    sys.exit(main())
