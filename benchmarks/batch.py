"""Batch CLI throughput (`-j 1` vs `-j 2`) and peak memory (1,000 vs 10,000 records).

    pip install -e '.[warc]' && python benchmarks/batch.py [--bench-dir ../shared/bench]

Builds WARC.gz files from the bench pages (cycled to the record counts) in a temporary folder,
runs the real CLI (`python -m cleanarticle WARC -o OUT -q -j N`) as a subprocess, and times it
from start to exit. Peak memory is the largest sum of the resident set sizes of the CLI and its
worker processes, sampled every 20 ms from /proc (Linux). Writes docs/batch.md, and a "## Batch"
section of docs/benchmarks.md pointing to it: benchmarks/evaluate.py rewrites that file whole,
so the table lives in a file of its own and this script restores the pointer when it runs.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = REPO.parent / "shared" / "bench"
BATCH_DOC = REPO / "docs" / "batch.md"
BENCH_DOC = REPO / "docs" / "benchmarks.md"
SPEED_RECORDS = 1000
MEMORY_RECORDS = (1000, 10_000)
PASSES = 2


@dataclass(frozen=True)
class Run:
    records: int
    jobs: int
    seconds: float
    cpu_seconds: float  # user + system of the CLI and its workers
    peak_mb: float
    load: float  # the machine's 1-minute load average when the run started

    @property
    def pages_per_second(self) -> float:
        return self.records / self.seconds


def bench_pages(bench_dir: Path) -> list[tuple[str, bytes]]:
    """(url, HTML bytes) of every bench page, in a stable order."""
    pages = []
    for path in sorted((bench_dir / "scrapinghub" / "html").glob("*.html.gz")):
        pages.append(
            (f"https://scrapinghub.example/{path.name[:-8]}", gzip.decompress(path.read_bytes()))
        )
    for path in sorted((bench_dir / "zh" / "html").glob("*.html")):
        pages.append((f"https://zh.example/{path.stem}", path.read_bytes()))
    return pages


def write_warc(path: Path, pages: list[tuple[str, bytes]], count: int) -> Path:
    from fastwarc.warc import WarcRecord, WarcRecordType

    with gzip.open(path, "wb", compresslevel=1) as out:
        for index in range(count):
            url, body = pages[index % len(pages)]
            record = WarcRecord()
            record.init_headers(WarcRecordType.response)
            record.headers.append("WARC-Target-URI", f"{url}?copy={index}")
            record.headers.append("Content-Type", "application/http; msgtype=response")
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
            record.set_bytes_content(head + body)
            record.write(out)
    return path


def run_cli(warc: Path, out: Path, jobs: int) -> Run:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "cleanarticle", str(warc), "-o", str(out), "-q"]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen([*command, "-j", str(jobs)], env=env)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if process.returncode not in (0, 1):  # 1: some pages failed, which is a result, not a crash
        raise SystemExit(f"cleanarticle exited with {process.returncode}")
    records = sum(1 for _ in out.open(encoding="utf-8"))
    return Run(records, jobs, seconds, cpu, peak / 1024, load)


def tree_rss(pid: int) -> int:
    """Resident kB of a process and all its descendants (0 for those already gone)."""
    return sum(_rss(p) for p in _tree(pid))


def _tree(pid: int) -> Iterator[int]:
    yield pid
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        children = [c for task in tasks for c in (task / "children").read_text().split()]
    except OSError:
        return
    for child in children:
        yield from _tree(int(child))


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(bench_dir: Path) -> tuple[list[Run], list[Run]]:
    pages = bench_pages(bench_dir)
    with tempfile.TemporaryDirectory(prefix="cleanarticle-batch-") as temp:
        folder = Path(temp)
        warcs = {n: write_warc(folder / f"{n}.warc.gz", pages, n) for n in MEMORY_RECORDS}
        speed = []
        for _ in range(PASSES):  # interleaved, so a busy moment on the machine hits both
            for jobs in (1, 2):
                speed.append(run_cli(warcs[SPEED_RECORDS], folder / "out.jsonl", jobs))
                _log(speed[-1])
        memory = [run_cli(warcs[n], folder / "out.jsonl", 2) for n in MEMORY_RECORDS]
        for run in memory:
            _log(run)
    return speed, memory


def render(speed: list[Run], memory: list[Run], pages: int) -> str:
    best = {
        jobs: max((r for r in speed if r.jobs == jobs), key=lambda r: r.pages_per_second)
        for jobs in (1, 2)
    }
    ratio = best[2].pages_per_second / best[1].pages_per_second
    small, large = memory
    growth = large.peak_mb / small.peak_mb - 1
    lines = [
        "## Batch",
        "",
        "Generated by `python benchmarks/batch.py`; do not edit by hand.",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M UTC}; commit `{_commit()}`",
        f"- Machine: {os.cpu_count()} cores (nproc); {platform.system()} {platform.machine()}; "
        f"Python {platform.python_version()}",
        f"- Input: WARC.gz of HTML responses built from the {pages} bench pages "
        "(scrapinghub + zh), cycled to the record count; output `-o out.jsonl`.",
        "- Time: wall clock of the whole CLI process (start-up and worker spawn included), "
        f"best of {PASSES} interleaved passes. Memory: peak of the summed RSS of the CLI and "
        "its workers, sampled every 20 ms.",
        "",
        "| run | records | seconds | pages/s | CPU seconds | peak RSS (MB) | load at start |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [_row(f"`-j {jobs}`", best[jobs]) for jobs in (1, 2)]
    lines += [_row("`-j 2` (memory)", run) for run in memory]
    lines += [
        "",
        f"- `-j 2` / `-j 1`: **{ratio:.2f}×** (target ≥ 1.8×); CPU spent by `-j 2` over `-j 1`: "
        f"{best[2].cpu_seconds / best[1].cpu_seconds - 1:+.0%} (the parallel overhead: process "
        "start-up, pickling, the reader). On a shared machine the wall-clock ratio also depends on "
        "the other load (last column): 2 workers need 2 idle cores. With 2 idle cores the ratio "
        f"would be about {2 * best[1].cpu_seconds / best[2].cpu_seconds:.2f}× "
        "(2 × CPU seconds of `-j 1` / CPU seconds of `-j 2`).",
        f"- Peak memory, 10,000 vs 1,000 records: **{growth:+.0%}** (target within ±20%).",
    ]
    return "\n".join(lines) + "\n"


def _row(label: str, run: Run) -> str:
    cells = (label, f"{run.records:,}", f"{run.seconds:.1f}", f"{run.pages_per_second:.1f}")
    cells += (f"{run.cpu_seconds:.1f}", f"{run.peak_mb:.0f}", f"{run.load:.1f}")
    return "| " + " | ".join(cells) + " |"


def write_docs(table: str) -> None:
    BATCH_DOC.write_text(
        "# Batch benchmarks\n\n" + table.replace("## Batch\n\n", "", 1), encoding="utf-8"
    )
    pointer = (
        "## Batch\n\nBatch CLI throughput and memory: see [batch.md](batch.md) "
        "(`python benchmarks/batch.py`).\n"
    )
    text = BENCH_DOC.read_text(encoding="utf-8") if BENCH_DOC.exists() else "# Benchmarks\n"
    start = text.find("\n## Batch\n")
    if start >= 0:
        end = text.find("\n## ", start + 1)
        text = text[: start + 1] + text[end + 1 :] if end >= 0 else text[: start + 1]
    BENCH_DOC.write_text(text.rstrip("\n") + "\n\n" + pointer, encoding="utf-8")


def _commit() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return result.stdout.strip()


def _log(run: Run) -> None:
    rate = f"{run.pages_per_second:.1f} pages/s"
    print(
        f"-j {run.jobs}: {run.records} records, {run.seconds:.1f}s, {rate}, ",
        end="",
        file=sys.stderr,
    )
    print(f"peak {run.peak_mb:.0f} MB", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    if not args.bench_dir.is_dir():
        print(f"benchmark data not found: {args.bench_dir}", file=sys.stderr)
        return 2
    speed, memory = measure(args.bench_dir)
    table = render(speed, memory, len(bench_pages(args.bench_dir)))
    print(table)
    if not args.no_write:
        write_docs(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
