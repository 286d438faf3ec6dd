"""Raw per-page results in benchmarks/out/ (gitignored), for debugging a score."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.metric import score_page
from benchmarks.runner import PageResult, ToolRun

OUT_DIR = Path(__file__).resolve().parent / "out"


def write(run: ToolRun, out_dir: Path = OUT_DIR) -> Path:
    folder = out_dir / run.dataset
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{run.tool.name}.json"
    payload = {
        "tool": run.tool.name,
        "version": run.tool.version(),
        "skipped": run.skipped,
        "pass_seconds": run.pass_seconds,
        "pages": {r.page.page_id: _page(r) for r in run.results},
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _page(result: PageResult) -> dict[str, Any]:
    score = score_page(result.page.true_body, result.extraction.text)
    entry: dict[str, Any] = {
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
        "seconds": round(result.seconds, 6),
        "error": result.error,
        "text": result.extraction.text,
    }
    if result.meta is not None:
        entry["author"] = result.meta.author
        entry["date"] = result.meta.date
        entry["true_author"] = result.page.true_author
        entry["true_date"] = result.page.true_date
        entry["meta_error"] = result.meta_error
    if result.extraction.removed:
        entry["removed"] = [
            {"detector": r.detector, "reason": r.reason, "text": r.text}
            for r in result.extraction.removed
        ]
    return entry
