"""One bench page through cleanarticle, block by block: kept or why not, in the truth or not.

    python benchmarks/show.py wcxb 4759            # every block with its verdict and path
    python benchmarks/show.py wcxb 4759 --lost     # only blocks in the truth that were dropped

Marks: `+` kept and in the truth, `-` dropped and in the truth (lost), `!` kept but not in the
truth (junk), ` ` dropped and not in the truth.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from benchmarks import datasets, metric


def main() -> None:
    name, page_id = sys.argv[1], sys.argv[2]
    from cleanarticle import extract
    from cleanarticle.blocks import html_blocks
    from cleanarticle.decode import decode
    from cleanarticle.detectors import run_detectors
    from cleanarticle.detectors.base import Context
    from cleanarticle.limits import Deadline
    from cleanarticle.options import Options
    from cleanarticle.parse import parse
    from cleanarticle.scorer import select

    page = next(p for p in datasets.load(name).pages if p.page_id == page_id)
    article = extract(page.raw, url=page.url)
    s = metric.score_page(page.true_body, article.text)
    print(f"{page.url}\nP {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} type {page.page_type}")
    tree = parse(decode(page.raw)).tree
    blocks = html_blocks(tree.body if tree.body is not None else tree.root)
    context = Context(mode="html", options=Options(), deadline=Deadline(None))
    verdicts = run_detectors(blocks, context)
    cut = {v.index for v in verdicts if v.span is None}
    selection = select(blocks, cut, context)
    reasons = {v.index: f"{v.detector}: {v.reason}" for v in [*verdicts, *selection.verdicts]}
    truth = " " + " ".join(metric.tokenize(page.true_body)) + " "
    for block, keep in zip(blocks, selection.kept):
        tokens = " ".join(metric.tokenize(block.text))
        in_truth = bool(tokens) and f" {tokens} " in truth
        marks = {(True, True): "+", (False, True): "-", (True, False): "!"}
        mark = marks.get((keep, in_truth), " ")
        if "--lost" in sys.argv and mark != "-":
            continue
        chain = "/".join(
            f"{e}{('.' + h.split()[0][:14]) if h else ''}"
            for e, h in zip(block.ancestors[-6:], block.ancestor_hints[-6:])
        )
        why = "" if keep else reasons.get(block.index, "")[:40]
        print(f"{mark}{block.index:4d} u{block.units:<4d} ld{block.link_density:.1f} "
              f"{chain[:70]:70s} {why:40s} {block.text[:60]!r}")


if __name__ == "__main__":
    main()
