"""Command line of benchmarks/evaluate.py.

A full run (all datasets, all tools, with speed) writes docs/benchmarks.md; a partial run writes
benchmarks/out/report.md unless --output says otherwise, so a partial table never replaces the
published one by accident. `--worst N` runs cleanarticle alone and prints its N worst pages.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks import datasets, failures, raw, report, runner, stages, tools
from benchmarks.datasets import Dataset
from benchmarks.runner import ToolRun

FULL_OUTPUT = datasets.REPO / "docs" / "benchmarks.md"
PARTIAL_OUTPUT = raw.OUT_DIR / "report.md"
MIN_PASSES = 2
DEFAULT_PASSES = 3  # the machine is shared: a third pass steadies the fastest one


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dataset", choices=[*datasets.DATASETS, "all"], default="all")
    parser.add_argument("--tools", help="comma list, e.g. cleanarticle,trafilatura (default all)")
    parser.add_argument("--worst", type=int, metavar="N", help="print cleanarticle's N worst pages")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing passes")
    parser.add_argument("--output", type=Path, help="markdown report path")
    parser.add_argument("--bench-dir", type=Path, default=datasets.DEFAULT_BENCH_DIR)
    parser.add_argument(
        "--timeout",
        type=float,
        default=runner.DEFAULT_TIMEOUT,
        help="seconds per page and tool before the call is abandoned",
    )
    parser.add_argument(
        "--passes",
        type=int,
        default=DEFAULT_PASSES,
        help=f"timed passes per tool and dataset (at least {MIN_PASSES})",
    )
    args = parser.parse_args(argv)
    if args.passes < MIN_PASSES:
        parser.error(f"--passes must be at least {MIN_PASSES}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.bench_dir.is_dir():
        print(f"benchmark data not found: {args.bench_dir} (use --bench-dir)", file=sys.stderr)
        return 2
    names = datasets.DATASETS if args.dataset == "all" else (args.dataset,)
    if args.worst:
        return worst_view(names, args)
    try:
        selected = tools.select(args.tools)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    loaded = {name: datasets.load(name, args.bench_dir) for name in names}
    runs_by_dataset = {name: run_dataset(selected, data, args) for name, data in loaded.items()}
    return write_report(runs_by_dataset, args, _stage_times(selected, loaded, args))


def run_dataset(
    selected: Sequence[tools.Tool], dataset: Dataset, args: argparse.Namespace
) -> list[ToolRun]:
    """First pass of every tool, then the timing passes, interleaved across tools."""
    runs = [runner.start(tool, dataset) for tool in selected]
    active = [run for run in runs if not run.skipped]
    for run in runs:
        if run.skipped:
            _log(f"{dataset.name} {run.tool.name}: skipped ({run.skipped})")
    for run in active:
        runner.first_pass(run, dataset, args.timeout)
        raw.write(run)
        _log_run(run)
    if not args.no_speed:
        for _ in range(args.passes - 1):
            for run in active:
                runner.timing_pass(run, dataset, args.timeout)
    return runs


def _stage_times(
    selected: Sequence[tools.Tool], loaded: dict[str, Dataset], args: argparse.Namespace
) -> tuple[dict[str, float] | None, int]:
    """cleanarticle's seconds per pipeline stage over every page, when speed is measured."""
    if args.no_speed or not any(tool.name == "cleanarticle" for tool in selected):
        return None, 0
    pages = [page.raw for dataset in loaded.values() for page in dataset.pages]
    _log(f"timing cleanarticle's stages on {len(pages)} pages")
    return stages.stage_seconds(pages, stages.ROUNDS), len(pages)


def write_report(
    runs_by_dataset: dict[str, list[ToolRun]],
    args: argparse.Namespace,
    stage_times: tuple[dict[str, float] | None, int] = (None, 0),
) -> int:
    check = report.check_metric(datasets.reference_pairs(args.bench_dir))
    settings = report.RunSettings(
        tuple(runs_by_dataset), not args.no_speed, args.passes, args.timeout, check, *stage_times
    )
    env = report.environment(_commit())
    full = args.dataset == "all" and not args.tools and not args.no_speed
    output = args.output or (FULL_OUTPUT if full else PARTIAL_OUTPUT)
    output.parent.mkdir(parents=True, exist_ok=True)
    rendered = report.render(runs_by_dataset, env, settings)
    output.write_text(rendered + _kept_structure_section(output), encoding="utf-8")
    _log(f"wrote {output}")
    return 0


def _kept_structure_section(output: Path) -> str:
    """The "## Structure" section `benchmarks/structure.py --write` put in the report, carried
    over: it is measured by its own, slower run over more sets."""
    previous = output.read_text(encoding="utf-8") if output.exists() else ""
    start = previous.find("\n## Structure\n")
    if start < 0:
        return ""
    end = previous.find("\n## ", start + 1)
    return "\n" + previous[start + 1 : end if end >= 0 else None].rstrip("\n") + "\n"


def worst_view(names: Sequence[str], args: argparse.Namespace) -> int:
    for name in names:
        dataset = datasets.load(name, args.bench_dir)
        run = runner.start(tools.CleanArticle(), dataset)
        if run.skipped:
            print(f"cleanarticle cannot run: {run.skipped}", file=sys.stderr)
            return 1
        runner.first_pass(run, dataset, args.timeout)
        raw.write(run)
        errors = {r.page.page_id: r.error for r in run.results if r.error}
        print(f"== {name}: cleanarticle's {args.worst} worst pages by F1\n")
        print(failures.render(failures.worst(run.results, args.worst), errors))
    return 0


def _log_run(run: ToolRun) -> None:
    line = f"{run.dataset} {run.tool.name}: {len(run.results)} pages, {run.errors} errors"
    if run.tool.has_body:
        line += f", F1 {report.body_score(run).f1:.3f}"
    _log(line + f", {run.pass_seconds[0]:.2f}s")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _commit() -> str:
    """HEAD's short hash, "+dirty" when src/ differs from it (read-only git calls)."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=datasets.REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = (
            subprocess.run(
                ["git", "diff", "--quiet", "HEAD", "--", "src"],
                cwd=datasets.REPO,
                env=env,
                capture_output=True,
            ).returncode
            != 0
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")
