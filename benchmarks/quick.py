"""cleanarticle alone on every bench set, fast: the loop to judge a change by.

    python benchmarks/quick.py                    # every set: P/R/F1, macro, wcxb types, metadata
    python benchmarks/quick.py --save before      # also keep per-page scores under that name
    python benchmarks/quick.py --diff before      # pages whose F1 moved since `before`
    python benchmarks/quick.py --sets zh,fundus -j 2
    python benchmarks/quick.py --slowest 10       # also the max CPU time per page, 10 slowest

Pages run in `-j` worker processes (the peers' full run, with speed, is `evaluate.py`).
Per-page scores are kept in benchmarks/out/quick/<name>.json (not committed).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from benchmarks import datasets, metadata, metric

OUT = Path(__file__).resolve().parent / "out" / "quick"


def _extract(job: tuple[bytes, str | None, str]) -> tuple[str, str | None, str | None, float]:
    """The page's text, author and date, and the CPU seconds of the call (not wall time: a
    loaded machine slows the wall clock, not the work)."""
    import cleanarticle
    import cleanarticle.pipeline  # the first extract would import it: not a page's time

    raw, url, favor = job
    options = cleanarticle.Options(favor=favor)
    start = time.process_time()
    article = cleanarticle.extract(raw, url=url, options=options)
    seconds = time.process_time() - start
    author = "; ".join(article.authors) if article.authors else article.author
    return article.text or "", author, article.date, seconds


def run_set(name: str, workers: int, favor: str = "balanced") -> list[dict[str, object]]:
    data = datasets.load(name)
    jobs = [(page.raw, page.url, favor) for page in data.pages]
    with ProcessPoolExecutor(workers) as pool:
        outputs = list(pool.map(_extract, jobs, chunksize=8))
    rows = []
    for page, (text, author, date, seconds) in zip(data.pages, outputs):
        score = metric.score_page(page.true_body, text)
        rows.append(
            {
                "id": page.page_id,
                "seconds": seconds,
                "type": page.page_type,
                "p": score.precision,
                "r": score.recall,
                "f1": score.f1,
                "score": score,
                "author": (page.true_author, author, page.has_author and data.has_metadata),
                "date": (page.true_date, date, page.has_date and data.has_metadata),
            }
        )
    return rows


def summary(rows: Sequence[dict[str, object]]) -> metric.DatasetScore:
    return metric.summarize([row["score"] for row in rows], resamples=0)  # type: ignore[misc]


def meta_line(rows: Sequence[dict[str, object]]) -> str:
    dates = [metadata.date_matches(t, p) for t, p, scored in (r["date"] for r in rows) if scored]  # type: ignore[misc]
    authors = [
        metadata.author_matches(t, p) for t, p, scored in (r["author"] for r in rows) if scored  # type: ignore[misc]
    ]
    if not dates and not authors:
        return ""
    share = lambda flags: sum(flags) / len(flags) if flags else float("nan")  # noqa: E731
    return f"  date {share(dates):.3f} ({len(dates)})  author {share(authors):.3f} ({len(authors)})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(datasets.DATASETS))
    parser.add_argument("-j", type=int, default=2)
    parser.add_argument("--favor", default="balanced", help="Options(favor=...)")
    parser.add_argument("--save", help="keep per-page F1 under this name")
    parser.add_argument("--diff", help="list pages whose F1 moved since this saved name")
    parser.add_argument(
        "--slowest", type=int, metavar="N", help="print the max CPU time per page, N slowest pages"
    )
    args = parser.parse_args(argv)
    f1s = []
    times: list[tuple[float, str]] = []
    saved: dict[str, dict[str, float]] = {}
    for name in args.sets.split(","):
        rows = run_set(name, args.j, args.favor)
        s = summary(rows)
        f1s.append(s.f1)
        print(f"{name:12s} P {s.precision:.4f}  R {s.recall:.4f}  F1 {s.f1:.4f}{meta_line(rows)}")
        kinds = sorted({str(row["type"]) for row in rows})
        if len(kinds) > 1:
            for kind in kinds:
                k = summary([row for row in rows if row["type"] == kind])
                print(f"  {kind:12s} P {k.precision:.4f}  R {k.recall:.4f}  F1 {k.f1:.4f}")
        saved[name] = {str(row["id"]): float(row["f1"]) for row in rows}  # type: ignore[arg-type]
        times += [(float(row["seconds"]), f"{name}/{row['id']}") for row in rows]  # type: ignore[arg-type]
        if args.diff:
            _print_diff(name, saved[name], args.diff)
    print(f"macro F1 {sum(f1s) / len(f1s):.4f} over {len(f1s)} sets")
    if args.slowest is not None:
        _print_slowest(times, args.slowest)
    if args.save:
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"{args.save}.json").write_text(json.dumps(saved), encoding="utf-8")
    return 0


def _print_slowest(times: list[tuple[float, str]], count: int) -> None:
    times = sorted(times, reverse=True)
    total = sum(seconds for seconds, _ in times)
    print(
        f"page CPU time: max {times[0][0]:.3f} s ({times[0][1]}), "
        f"mean {total / len(times) * 1000:.1f} ms over {len(times)} pages"
    )
    for seconds, page in times[:count]:
        print(f"  {seconds:7.3f} s  {page}")


def _print_diff(name: str, now: dict[str, float], before_name: str) -> None:
    path = OUT / f"{before_name}.json"
    if not path.is_file():
        return
    before = json.loads(path.read_text(encoding="utf-8")).get(name, {})
    moved = sorted(
        ((now[k] - before[k], k) for k in now if k in before and abs(now[k] - before[k]) > 0.01),
    )
    for delta, page_id in moved:
        print(f"    {page_id:40s} {before[page_id]:.3f} -> {now[page_id]:.3f} ({delta:+.3f})")


if __name__ == "__main__":
    sys.exit(main())
