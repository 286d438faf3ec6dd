"""--report, --report-dir and --stats: written by the parent from what the workers built."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cleanarticle.cli import main

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"


def test_report_writes_one_safe_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "r.html"
    page = SAMPLES / "104_en_blog_ci_comments.html"
    assert main([str(page), "--report", str(target), "-q"]) == 0
    document = target.read_text(encoding="utf-8")
    assert document.startswith("<!DOCTYPE html>") and "class='b k-" in document
    assert "Content-Security-Policy" in document


def test_report_refuses_many_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([str(SAMPLES), "--report", str(tmp_path / "r.html")])
    assert exit_.value.code == 2
    assert "--report-dir" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_report_dir_and_stats_over_a_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    pages = tmp_path / "in"
    shutil.copytree(SAMPLES, pages)
    (pages / "broken.html").write_bytes(b"%PDF-1.4 binary")
    reports, stats = tmp_path / "reports", tmp_path / "stats.json"
    args = [str(pages), "--report-dir", str(reports), "--stats", str(stats), "-j", jobs, "-q"]
    assert main([*args, "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    written = sorted(path.name for path in reports.iterdir())
    assert len(written) == len(records) == 12
    assert "broken.html.html" in written
    assert "skipped" in (reports / "broken.html.html").read_text(encoding="utf-8")
    counted = json.loads(stats.read_text(encoding="utf-8"))
    assert counted["records"] == 12
    total = sum(rule["cuts"] for rule in counted["rules"].values())
    assert total == counted["cuts"] > 100
    assert counted["rules"]["link_farm.link_list"]["characters"] > 0


def test_stats_are_the_same_with_one_or_two_workers(tmp_path: Path) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert main([str(SAMPLES), "--stats", str(one), "-q", "-o", str(tmp_path / "a.jsonl")]) == 0
    assert (
        main([str(SAMPLES), "--stats", str(two), "-q", "-j", "2", "-o", str(tmp_path / "b.jsonl")])
        == 0
    )
    assert json.loads(one.read_text()) == json.loads(two.read_text())
