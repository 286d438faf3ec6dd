"""Pathological pages: time per MB, growth with size and peak memory, cleanarticle vs trafilatura.

    python benchmarks/pathological.py [--cases deep_nesting,big_page] [--timeout 120]
                                      [--no-scaling] [--output docs/pathological.md]

The pages are built in memory by ``tests/robustness/hostile.py`` (the ones the tests use, at the
benchmark sizes). Each measurement runs in a fresh subprocess, so that peak RSS is honest: the
child builds the page, notes its RSS, runs one extraction and reports time and peak RSS. A child
that runs past ``--timeout`` is killed and reported as a timeout. cleanarticle also runs each
case at a quarter and a half of its size, to fit how time grows (t ∝ size^k; k ≈ 1 is linear).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parent
# Run as a script, sys.path[0] is benchmarks/: drop it, so that its modules (datasets, tools,
# metadata, ...) never shadow a package trafilatura imports (as benchmarks/evaluate.py does).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
_HOSTILE = _REPO / "tests" / "robustness"
OUTPUT = _REPO / "docs" / "pathological.md"
TOOLS = ("cleanarticle", "trafilatura")
# Cases whose size parameter scales the page; big_page scales below the 20 MB input limit.
_NOT_SCALED = {"lying_charset", "mixed_encodings", "pdf", "jpeg", "gzip", "frameset_only"}
_SCALES = {"big_page": (5, 10, 20)}
_MIN_SECONDS_FOR_GROWTH = 0.05
_MIN_MB_FOR_RATE = 0.1  # below this, seconds per MB says nothing


@dataclass(frozen=True)
class Result:
    tool: str
    case: str
    size: int
    input_bytes: int = 0
    seconds: float | None = None
    peak_rss_mb: float = 0.0
    base_rss_mb: float = 0.0
    chars: int | None = None
    error: str | None = None


# --- the child: one page, one tool, one extraction ------------------------------------------


def child(tool: str, case_name: str, size: int) -> None:
    sys.path[:0] = [str(_REPO / "src"), str(_HOSTILE)]
    import hostile

    if tool == "cleanarticle":
        import cleanarticle

        cleanarticle.extract(hostile.lying_charset(2))  # warm up (lazy imports: chardet)
        run = cleanarticle.extract
    else:
        import trafilatura

        trafilatura.extract(hostile.frameset_only())

        def run(page: str | bytes) -> object:
            return trafilatura.extract(page)

    case = next(case for case in hostile.CASES if case.name == case_name)
    page = case.build(size)
    base = _rss_mb()
    start = time.perf_counter()
    error = None
    try:
        output = run(page)
    except Exception as exc:  # a peer may raise; that is a result, not a crash of the bench
        output, error = None, f"{type(exc).__name__}: {exc}"[:120]
    seconds = time.perf_counter() - start
    text = getattr(output, "text", output)
    size_bytes = len(page if isinstance(page, bytes) else page.encode("utf-8", "surrogatepass"))
    print(json.dumps({
        "input_bytes": size_bytes, "seconds": seconds, "peak_rss_mb": _rss_mb(),
        "base_rss_mb": base, "chars": None if text is None else len(text), "error": error,
    }))  # fmt: skip


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(tool: str, case: str, size: int, timeout: float) -> Result:
    command = [sys.executable, __file__, "--child", tool, case, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Result(tool, case, size, error="timeout")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return Result(tool, case, size, error=f"exit {done.returncode}: {last[:100]}")
    return Result(tool, case, size, **json.loads(done.stdout.strip().splitlines()[-1]))


# --- the report ------------------------------------------------------------------------------


def growth(results: list[Result]) -> float | None:
    """The exponent k of t ∝ size^k, least squares on logs; None when too fast to say."""
    points = [
        (math.log(r.input_bytes), math.log(r.seconds))
        for r in results
        if r.seconds and r.seconds >= _MIN_SECONDS_FOR_GROWTH and r.input_bytes
    ]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if not spread:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def _cells(result: Result | None) -> list[str]:
    if result is None:
        return ["", "", "", ""]
    if result.error == "timeout" or result.seconds is None:
        return [result.error or "?", "", "", ""]
    megabytes = result.input_bytes / 1e6
    per_mb = f"{result.seconds / megabytes:.3f}" if megabytes >= _MIN_MB_FOR_RATE else "—"
    chars = "error" if result.error else ("None" if result.chars is None else f"{result.chars:,}")
    return [f"{result.seconds:.3f}", per_mb, f"{result.peak_rss_mb:.0f}", chars]


def render(
    cases: list[Any],
    results: dict[tuple[str, str], Result],
    scaling: dict[str, list[Result]],
    timeout: float,
) -> str:
    header = [
        "case", "input MB", "cleanarticle s", "s/MB", "peak RSS MB", "output chars",
        "growth k", "trafilatura s", "s/MB", "peak RSS MB", "output chars",
    ]  # fmt: skip
    lines = [
        "# Pathological pages",
        "",
        "Generated by `python benchmarks/pathological.py`; do not edit by hand. The pages are "
        "built in memory by `tests/robustness/hostile.py` (the tests in `tests/robustness/` run "
        "the same pages, some at smaller sizes, and check the output; see "
        "`test_pathological.py`).",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M UTC}; "
        f"{os.cpu_count()} cores (nproc), {platform.processor() or platform.machine()}; "
        f"Python {platform.python_version()}; trafilatura {_version('trafilatura')}",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for case in cases:
        ours = results.get(("cleanarticle", case.name))
        theirs = results.get(("trafilatura", case.name))
        size = (ours or theirs).input_bytes / 1e6 if (ours or theirs) else 0
        k = growth(scaling.get(case.name, []))
        description = case.description.replace("<", "&lt;").replace("|", "\\|")
        row = [
            description, f"{size:.3g}", *_cells(ours),
            "" if k is None else f"{k:.2f}", *_cells(theirs),
        ]  # fmt: skip
        lines.append("| " + " | ".join(row) + " |")
    lines += ["", *_notes(results, scaling, timeout)]
    return "\n".join(lines) + "\n"


def _notes(
    results: dict[tuple[str, str], Result], scaling: dict[str, list[Result]], timeout: float
) -> list[str]:
    errors = [
        f"- {tool} on `{case}`: {result.error}"
        for (tool, case), result in sorted(results.items())
        if result.error and result.error != "timeout"
    ]
    points = [
        f"`{name}` "
        + ", ".join(f"{r.input_bytes / 1e6:.1f} MB {r.seconds:.2f} s" for r in runs if r.seconds)
        for name, runs in scaling.items()
    ]
    return [
        "## How measured",
        "",
        "- One extraction per cell, each in a fresh subprocess: the child builds the page, "
        "then times `cleanarticle.extract(page)` or `trafilatura.extract(page)` (default "
        "settings, same str or bytes input). Imports and a warm-up call come before, so "
        "they are not timed. One run per cell on a machine that may be shared (other work ran "
        "on it): read the numbers as orders of magnitude, and k within about ±0.2.",
        "- **s/MB**: seconds over the input size (UTF-8 bytes of the page as given; `—` under "
        "0.1 MB). "
        "**peak RSS**: the child's peak resident memory (ru_maxrss), page and interpreter "
        "included. **output chars**: length of the text returned (`None`: trafilatura returned "
        "nothing).",
        "- **growth k**: cleanarticle was also run at a quarter and a half of each size; k is "
        "the least-squares slope of log time over log size (1 = linear, 2 = quadratic); empty "
        "when the runs were too fast (< 50 ms) to measure.",
        "- **50 MB page**: cleanarticle reads the first `max_input_bytes` (20 MB, the default) "
        "and drops the rest, by design, so memory and time stay bounded whatever the input; "
        "its growth k is measured at 5, 10 and 20 MB. trafilatura reads all 50 MB.",
        f"- A child still running after {timeout:g} s is killed and shown as `timeout`.",
        "- Binary input (PDF, JPEG, gzip, noise): cleanarticle returns an empty Article whose "
        "`removed` says `binary content`; it does not decompress gzip (a transport's job).",
        "",
        ("Scaling runs (cleanarticle): " + "; ".join(points) + ".") if points else "",
        "",
        *(["Errors:", "", *errors, ""] if errors else []),
    ]


def _version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:
        return "not installed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--child", nargs=3, metavar=("TOOL", "CASE", "SIZE"), help=argparse.SUPPRESS
    )
    parser.add_argument("--cases", help="comma-separated case names (default: all)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per extraction")
    parser.add_argument("--no-scaling", action="store_true", help="skip the 1/4 and 1/2 sizes")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if args.child:
        tool, case, size = args.child
        child(tool, case, int(size))
        return 0
    sys.path[:0] = [str(_HOSTILE)]
    import hostile

    wanted = set(args.cases.split(",")) if args.cases else None
    cases = [case for case in hostile.CASES if wanted is None or case.name in wanted]
    results: dict[tuple[str, str], Result] = {}
    scaling: dict[str, list[Result]] = {}
    for case in cases:
        for tool in TOOLS:
            result = measure(tool, case.name, case.bench_size, args.timeout)
            results[tool, case.name] = result
            print(f"{case.name:20s} {tool:13s} {_cells(result)}", flush=True)
        if args.no_scaling or case.name in _NOT_SCALED:
            continue
        sizes = _SCALES.get(case.name) or (case.bench_size // 4, case.bench_size // 2)
        runs = [measure("cleanarticle", case.name, size, args.timeout) for size in sizes]
        if case.name not in _SCALES:
            runs.append(results["cleanarticle", case.name])
        scaling[case.name] = runs
        print(f"{case.name:20s} growth k = {growth(runs)}", flush=True)
    args.output.write_text(render(cases, results, scaling, args.timeout), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
