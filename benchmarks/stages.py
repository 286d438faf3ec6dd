"""Where cleanarticle's time goes: each pipeline stage timed on its own over the bench pages.

The stages run as ``pipeline`` runs them (decode -> parse -> blocks -> each detector -> scorer
-> metadata -> output); each stage's time is the minimum over the rounds (every round runs every
page once), which keeps the cost and drops other processes' interference on a shared machine.
Used by ``profile_stages.py`` (the command line) and by the benchmark report.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from cleanarticle.blocks import Block, html_blocks
from cleanarticle.decode import decode
from cleanarticle.detectors import ALL_DETECTORS
from cleanarticle.metadata import extract_metadata
from cleanarticle.options import Options
from cleanarticle.output import build_paragraphs, join_text
from cleanarticle.parse import Document, parse
from cleanarticle.pipeline import _apply as apply_cuts
from cleanarticle.scorer import select
from cleanarticle.types import Context, Verdict

STAGES = ("decode", "parse", "blocks", "detectors", "scorer", "metadata", "output")
DETECTOR_PREFIX = "  "  # detector rows are indented under "detectors"
ROUNDS = 3  # the report's rounds: the best of three steadies a shared machine


def stage_seconds(pages: Sequence[bytes], rounds: int) -> dict[str, float]:
    """Seconds per stage over all pages (best round), detectors also one by one, and a total."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        timings: dict[str, float] = {}
        one_round(pages, timings)
        for stage, seconds in timings.items():
            best[stage] = min(best.get(stage, seconds), seconds)
    detectors = [seconds for stage, seconds in best.items() if stage.startswith(DETECTOR_PREFIX)]
    best["detectors"] = sum(detectors)
    best["total"] = sum(best[stage] for stage in STAGES)
    return best


def one_round(pages: Sequence[bytes], timings: dict[str, float]) -> None:
    """Run every page through every stage once, adding each stage's time to ``timings``."""
    clock = time.perf_counter
    for page in pages:
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
            _add(timings, DETECTOR_PREFIX + detector.name, clock() - begin)
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
