"""docs/benchmarks.md from one run: every number in it is measured in that run."""

from __future__ import annotations

import os
import platform
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from benchmarks import metadata, metric, stages
from benchmarks.runner import ToolRun

REFERENCE = "trafilatura"
FLOOR = "selectolax"
SUBJECT = "cleanarticle"


@dataclass(frozen=True)
class Environment:
    date: str
    nproc: int
    cpu: str
    python: str
    system: str
    commit: str


def environment(commit: str) -> Environment:
    return Environment(
        date=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        nproc=os.cpu_count() or 0,
        cpu=_cpu_model(),
        python=platform.python_version(),
        system=f"{platform.system()} {platform.machine()}",
        commit=commit,
    )


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def body_score(run: ToolRun) -> metric.DatasetScore:
    return metric.summarize(
        [metric.score_page(r.page.true_body, r.extraction.text) for r in run.results]
    )


def metadata_score(run: ToolRun) -> metadata.MetadataScore:
    truths = [(r.page.true_author, r.page.true_date) for r in run.results]
    predictions = [(r.meta.author, r.meta.date) if r.meta else (None, None) for r in run.results]
    scored = [(r.page.has_author, r.page.has_date) for r in run.results]
    return metadata.score(truths, predictions, scored)


# --- tables ------------------------------------------------------------------------------------


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _skipped_row(run: ToolRun, width: int) -> list[str]:
    return [f"{run.tool.name}", f"skipped: {run.skipped}"] + [""] * (width - 2)


def body_table(runs: Sequence[ToolRun]) -> list[str]:
    header = ["tool", "precision", "recall", "F1 ± std", "accuracy", "errors"]
    scored = [(run, body_score(run)) for run in runs if run.tool.has_body and not run.skipped]
    scored.sort(key=lambda item: -item[1].f1)
    rows = [
        [
            run.tool.name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f} ± {s.f1_std:.3f}",
            f"{s.accuracy:.3f}",
            str(run.errors),
        ]
        for run, s in scored
    ]
    rows += [_skipped_row(run, len(header)) for run in runs if run.tool.has_body and run.skipped]
    return _table(header, rows)


def metadata_table(runs: Sequence[ToolRun]) -> list[str]:
    with_meta = [run for run in runs if run.tool.has_metadata]
    scored = [(run, metadata_score(run)) for run in with_meta if not run.skipped]
    contained = scored[0][1].pages_with_author if scored else 0
    header = [
        "tool",
        "date accuracy",
        "author accuracy",
        f"true author contained (of {contained})",
        "errors",
    ]
    rows = [
        [
            run.tool.name,
            f"{s.date_accuracy:.3f}",
            f"{s.author_accuracy:.3f}",
            f"{s.author_contained:.3f}",
            str(run.errors + run.meta_errors),
        ]
        for run, s in scored
    ]
    rows += [_skipped_row(run, len(header)) for run in with_meta if run.skipped]
    return _table(header, rows)


def speed_table(runs: Sequence[ToolRun]) -> list[str]:
    reference = _pages_per_second(runs, REFERENCE)
    header = ["tool", "pages/s", "ms/page", f"speed vs {REFERENCE}", "passes", "errors"]
    timed = [run for run in runs if not run.skipped and run.pages_per_second]
    timed.sort(key=lambda run: -(run.pages_per_second or 0.0))
    rows = [_speed_row(run, reference) for run in timed]
    rows += [_skipped_row(run, len(header)) for run in runs if run.skipped]
    return _table(header, rows)


def _speed_row(run: ToolRun, reference: float | None) -> list[str]:
    speed = run.pages_per_second or 0.0
    ratio = f"{speed / reference:.2f}×" if reference else "n/a"
    passes = "/".join(f"{seconds:.2f}s" for seconds in run.pass_seconds)
    return [run.tool.name, f"{speed:.1f}", f"{1000 / speed:.2f}", ratio, passes, str(run.errors)]


def _pages_per_second(runs: Sequence[ToolRun], name: str) -> float | None:
    for run in runs:
        if run.tool.name == name and not run.skipped:
            return run.pages_per_second
    return None


def floor_sentence(runs: Sequence[ToolRun]) -> str | None:
    subject = _best_seconds(runs, SUBJECT)
    floor = _best_seconds(runs, FLOOR)
    if not subject or not floor:
        return None
    return (
        f"{SUBJECT} takes {subject / floor:.1f}× the time of a bare selectolax (Lexbor) parse "
        f"of the same bytes ({1000 * subject / _count(runs):.2f} vs "
        f"{1000 * floor / _count(runs):.2f} ms/page)."
    )


def _best_seconds(runs: Sequence[ToolRun], name: str) -> float | None:
    for run in runs:
        if run.tool.name == name and not run.skipped:
            return run.best_seconds
    return None


def _count(runs: Sequence[ToolRun]) -> int:
    return max((len(run.results) for run in runs), default=1) or 1


# --- the document ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunSettings:
    datasets: tuple[str, ...]
    speed: bool
    passes: int
    timeout: float
    metric_check: metric.DatasetScore | None = None  # the published reference, re-scored
    # cleanarticle's seconds per stage over every page of the run (see benchmarks/stages.py)
    stage_seconds: dict[str, float] | None = None
    stage_pages: int = 0


def check_metric(pairs: Sequence[tuple[str, str]] | None) -> metric.DatasetScore | None:
    """Score the published trafilatura 2.0.0 output with plain word tokens, as published."""
    if not pairs:
        return None
    return metric.summarize([metric.score_page(true, pred, cjk=False) for true, pred in pairs])


def render(
    runs_by_dataset: dict[str, list[ToolRun]], env: Environment, settings: RunSettings
) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Generated by `nox -s bench` (`python benchmarks/evaluate.py`); do not edit by hand.",
        "",
        f"- Date: {env.date}; cleanarticle commit `{env.commit}`",
        f"- Machine: {env.nproc} cores (nproc), {env.cpu}; {env.system}; Python {env.python}",
        "- Hostile, broken and huge pages: [pathological.md](pathological.md) "
        "(`python benchmarks/pathological.py`)",
        "- Batch CLI throughput (`-j 1` vs `-j 2`) and memory: [batch.md](batch.md) "
        "(`python benchmarks/batch.py`)",
        "",
    ]
    lines += summary_section(runs_by_dataset)
    lines += page_type_section(runs_by_dataset.get("wcxb", []))
    for name, runs in runs_by_dataset.items():
        lines += _dataset_section(name, runs, settings)
    lines += _stages_section(runs_by_dataset, settings)
    lines += _versions_section(_first_runs(runs_by_dataset))
    lines += _how_measured(settings)
    return "\n".join(lines) + "\n"


def summary_section(runs_by_dataset: dict[str, list[ToolRun]]) -> list[str]:
    """Body F1 of every tool on every set, in one table, with the plain mean over sets."""
    names = list(runs_by_dataset)
    f1: dict[str, dict[str, float]] = {}
    for name, runs in runs_by_dataset.items():
        for run in runs:
            if run.tool.has_body and not run.skipped:
                f1.setdefault(run.tool.name, {})[name] = body_score(run).f1
    complete = {tool: row for tool, row in f1.items() if len(row) == len(names)}
    if not complete:
        return []
    macro = {tool: sum(row.values()) / len(row) for tool, row in complete.items()}
    best = {name: max(row[name] for row in complete.values()) for name in names}
    rows = [
        [tool, *(_bold_if(row[name], best[name]) for name in names), f"{macro[tool]:.3f}"]
        for tool, row in sorted(complete.items(), key=lambda item: -macro[item[0]])
    ]
    lines = ["## Body F1 on every set", "", "Best tool per set in bold; macro = plain mean.", ""]
    return [*lines, *_table(["tool", *names, "macro F1"], rows), ""]


def _bold_if(value: float, best: float) -> str:
    return f"**{value:.3f}**" if value >= best else f"{value:.3f}"


def page_type_section(runs: Sequence[ToolRun]) -> list[str]:
    """wcxb body P / R / F1 per page type: forums, products and docs need their main content."""
    kinds = sorted({r.page.page_type for run in runs for r in run.results})
    if len(kinds) < 2:
        return []
    scored = [run for run in runs if run.tool.has_body and not run.skipped]
    header = ["tool", *kinds]
    rows = []
    for run in scored:
        cells = []
        for kind in kinds:
            pages = [r for r in run.results if r.page.page_type == kind]
            s = metric.summarize(
                [metric.score_page(r.page.true_body, r.extraction.text) for r in pages]
            )
            cells.append(f"{s.precision:.3f} / {s.recall:.3f} / **{s.f1:.3f}**")
        rows.append([run.tool.name, *cells])
    counts = {kind: sum(r.page.page_type == kind for r in runs[0].results) for kind in kinds}
    title = ", ".join(f"{kind} {count}" for kind, count in counts.items())
    lines = ["## wcxb by page type (P / R / F1)", "", f"Pages: {title}.", ""]
    return [*lines, *_table(header, rows), ""]


def _first_runs(runs_by_dataset: dict[str, list[ToolRun]]) -> list[ToolRun]:
    return next(iter(runs_by_dataset.values()), [])


def _dataset_section(name: str, runs: list[ToolRun], settings: RunSettings) -> list[str]:
    pages = _count(runs)
    lines = [f"## {name} ({pages} pages)", "", "### Body text", ""]
    lines += [*body_table(runs), ""]
    if any(run.tool.has_metadata for run in runs) and _has_metadata_truth(runs):
        lines += ["### Metadata (author, date)", "", *metadata_table(runs), ""]
    if settings.speed:
        lines += ["### Speed", "", *speed_table(runs), ""]
        sentence = floor_sentence(runs)
        if sentence:
            lines += [sentence, ""]
    return lines


def _stages_section(
    runs_by_dataset: dict[str, list[ToolRun]], settings: RunSettings
) -> list[str]:
    """cleanarticle's time per pipeline stage, and what a speed target leaves for Python."""
    seconds, pages = settings.stage_seconds, settings.stage_pages
    if not seconds or not pages:
        return []
    total = seconds["total"]
    rows = []
    for stage, spent in seconds.items():
        if stage == "total":
            continue
        name = f"&nbsp;&nbsp;{stage.strip()}" if stage.startswith(stages.DETECTOR_PREFIX) else stage
        rows.append([name, f"{spent / pages * 1000:.2f}", f"{spent / total:.0%}"])
    rows.append(["**total**", f"**{total / pages * 1000:.2f}**", "100%"])
    order = {stage: position for position, stage in enumerate(stages.STAGES)}
    rows.sort(key=lambda row: _stage_order(row[0], order))
    lines = [
        "## Where cleanarticle's time goes",
        "",
        f"Each stage timed on its own over all {pages} pages of this run (best of "
        f"{stages.ROUNDS} rounds; `python benchmarks/profile_stages.py` prints the same table).",
        "",
        *_table(["stage", "ms/page", "share"], rows),
        "",
    ]
    budget = _budget_sentence(runs_by_dataset, seconds, pages)
    return [*lines, budget, ""] if budget else lines


def _stage_order(name: str, order: dict[str, int]) -> tuple[int, int]:
    plain = name.replace("&nbsp;", "").strip("* ")
    if plain == "total":
        return (len(order), 0)
    if name.startswith("&nbsp;"):
        return (order["detectors"], 1)
    return (order.get(plain, len(order)), 0)


def _budget_sentence(
    runs_by_dataset: dict[str, list[ToolRun]], seconds: dict[str, float], pages: int
) -> str | None:
    runs = runs_by_dataset.get("scrapinghub")
    rate = _pages_per_second(runs, "trafilatura") if runs else None
    if not rate:
        return None
    budget = 1000 / (10 * rate)
    parse_ms = seconds["parse"] / pages * 1000
    python_ms = (seconds["total"] - seconds["parse"] - seconds["decode"]) / pages * 1000
    return (
        f"Ten times trafilatura's pages/s on scrapinghub (the issue's speed target) leaves "
        f"{budget:.2f} ms per page. Our parse stage alone (Lexbor plus the two linear guards "
        f"against hostile nesting and attribute floods) takes {parse_ms:.2f} ms, and the stages "
        f"written in Python after it (blocks, detectors, scorer, metadata, output) take "
        f"{python_ms:.2f} ms together."
    )


def _has_metadata_truth(runs: Sequence[ToolRun]) -> bool:
    return any(r.meta is not None for run in runs for r in run.results)


def _versions_section(runs: Sequence[ToolRun]) -> list[str]:
    rows = [
        [
            run.tool.name,
            run.tool.version() if not run.skipped else "unavailable",
            run.tool.takes,
            run.tool.call,
        ]
        for run in runs
    ]
    return ["## Tools", "", *_table(["tool", "version", "input", "how it is called"], rows), ""]


def _how_measured(settings: RunSettings) -> list[str]:
    return [
        "## How measured",
        "",
        "- **Data**: `shared/bench/scrapinghub` (ScrapingHub article-extraction-benchmark, "
        "English, body truth), `shared/bench/zh` (Chinese, raw bytes in GBK/GB2312/UTF-8, "
        "body/author/date truth), `wcxb` (English 2025 pages of 7 types), `fundus` (news in "
        "~20 languages) and `readability` (Readability.js test pages), each with "
        "body/author/date truth; see their READMEs.",
        "- **Body metric**: ScrapingHub's: tokens, then shingles of "
        f"{metric.SHINGLE_SIZE} tokens counted with multiplicity; per page tp/fp/fn normalised "
        "to sum 1; precision and recall are means of page scores, F1 from those means; "
        "accuracy = share of pages whose token lists are identical; ± = standard deviation of F1 "
        f"over {metric.BOOTSTRAP_RESAMPLES} bootstrap resamples of the pages (seed "
        f"{metric.BOOTSTRAP_SEED}). Tokens are CJK-aware: each CJK ideograph, kana or hangul "
        "character is a token, other text is split as `\\w+` (identical to the original on text "
        "without CJK).",
        *_metric_check(settings.metric_check),
        "- **Metadata** (zh, wcxb, fundus, readability): date correct when equal at day level "
        "after normalising both sides to year-month-day (a partial truth such as `1996-3` is "
        "compared at its own granularity; a null truth is matched only by no prediction). "
        "Author correct when the set of names is equal (NFKC, case-folded, names split at "
        "spaces, `、`, commas, semicolons, `/`, `|`, `&`; brackets and quotes stripped; a "
        "parenthetical alias is dropped; a null truth is matched only by no prediction); a "
        "page whose truth lacks the key is not scored for that field. \"Contained\": every "
        "true name occurs in the predicted author string, over pages that have a true author.",
        "- **Input**: cleanarticle and `trafilatura-bytes` get the page's raw bytes. Every tool "
        "that takes str gets the page decoded as a careful user would: BOM, else the "
        "`<meta charset>` (labels read as browsers do: gb2312/gbk as GB18030), else strict "
        "UTF-8, else charset-normalizer's guess. trafilatura is also run on raw bytes "
        "(`trafilatura-bytes`) because many users pass bytes: trafilatura then decodes them "
        "itself (UTF-8, else charset-normalizer; it does not read `<meta charset>`).",
        "- **Errors**: each call runs under a per-page guard (exceptions caught; a "
        f"{settings.timeout:g}s SIGALRM time limit); a failed page scores as empty output and "
        "is counted in the errors column.",
        "- **Speed**: single process, all tools in the same run. Only the extraction call is "
        "timed (`time.perf_counter` around it, summed over the pages): inputs are already in "
        "memory as the tool takes them, so file reading, decompression, decoding and imports are "
        f"not timed. Each tool runs over each dataset {settings.passes} times (passes "
        "interleaved across tools); the table reports the fastest pass and lists every pass. "
        "The machine may be shared with other work: every pass is listed so the spread shows. "
        "trafilatura's metadata call is a separate, untimed call, while cleanarticle's time "
        "includes its metadata. The floor is `selectolax.lexbor.LexborHTMLParser(page_bytes)`, "
        "a bare parse of the same bytes cleanarticle gets.",
        "- **Raw per-page results** (text, author, date, error, time, P/R/F1): "
        "`benchmarks/out/<dataset>/<tool>.json` (not committed).",
        "",
    ]


def _metric_check(score: metric.DatasetScore | None) -> list[str]:
    if score is None:
        return []
    return [
        "- **Metric check**: this code scores the benchmark's published trafilatura 2.0.0 output "
        f"(`scrapinghub/reference/`, plain `\\w+` tokens) at F1 {score.f1:.3f} ± "
        f"{score.f1_std:.3f}, precision {score.precision:.3f}, recall {score.recall:.3f}, "
        f"accuracy {score.accuracy:.3f}; compare with the published score in "
        "`shared/bench/scrapinghub/README.md` (`tests/benchmarks/test_metric.py` asserts they "
        "agree)."
    ]
