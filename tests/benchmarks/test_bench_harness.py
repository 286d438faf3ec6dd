"""Careful decoding, the per-page guard, and the failure view."""

from __future__ import annotations

import time
from dataclasses import dataclass

from benchmarks import datasets, failures, report, runner, tools


@dataclass(frozen=True)
class Removal:  # the shape of cleanarticle's Removal, without importing cleanarticle
    detector: str
    reason: str
    text: str


def test_declared_gb2312_decodes_as_gb18030() -> None:
    raw = '<meta charset="gb2312"><p>中文内容，镕</p>'.encode("gb18030")
    text, codec = datasets.careful_decode(raw)
    assert codec == "gb18030"
    assert "中文内容，镕" in text


def test_bom_and_plain_utf8() -> None:
    assert datasets.careful_decode("\ufeff<p>é</p>".encode())[0] == "<p>é</p>"
    assert datasets.careful_decode("<p>é</p>".encode()) == ("<p>é</p>", "utf-8")


def test_undeclared_gbk_is_sniffed() -> None:
    raw = ("<html><body><p>" + "这是一个没有声明编码的中文网页，内容很长。" * 20 + "</p>").encode(
        "gbk"
    )
    text, _ = datasets.careful_decode(raw)
    assert "没有声明编码的中文网页" in text


def test_guard_catches_exceptions_and_timeouts() -> None:
    def crash() -> None:
        raise RuntimeError("boom")

    assert runner.guarded(crash, 5)[2] == "RuntimeError: boom"
    result, seconds, error = runner.guarded(lambda: time.sleep(2), 0.2)
    assert result is None
    assert error is not None and "PageTimeout" in error
    assert seconds < 1.5
    assert runner.guarded(lambda: 42, 5)[0] == 42


def test_lost_and_kept_sentences_with_their_cause() -> None:
    truth = "第一句话是正文内容。第二句话也是正文的一部分。"
    prediction = "第一句话是正文内容。这是广告请点击这里购买。"
    assert failures.lost_sentences(truth, prediction) == ["第二句话也是正文的一部分。"]
    assert failures.kept_sentences(truth, prediction) == ["这是广告请点击这里购买。"]
    removed = [Removal("boilerplate", "short line after the body", "第二句话也是正文的一部分。")]
    assert failures.cause_of("第二句话也是正文的一部分。", removed) == (
        "boilerplate: short line after the body"
    )
    assert failures.cause_of("第二句话也是正文的一部分。", []).startswith("no removal")


class _Echo(tools.Tool):
    """A fake peer: returns the page's own truth (or crashes on request)."""

    package = "nothing-installed"
    call = "`echo(page)`"
    takes = "str"
    has_metadata = True

    def __init__(self, name: str, available: bool = True) -> None:
        self.name = name
        self.available = available

    def setup(self) -> None:
        if not self.available:
            raise tools.ToolUnavailable("`import echo` failed: not installed")

    def extract(self, doc: object, page: datasets.Page) -> tools.Extraction:
        if "crash" in page.page_id:
            raise ValueError("bad page")
        return tools.Extraction(page.true_body, page.true_author, page.true_date)


def _dataset() -> datasets.Dataset:
    pages = tuple(
        datasets.Page(
            page_id=page_id,
            url=None,
            raw=b"<p>x</p>",
            html="<p>x</p>",
            encoding="utf-8",
            language="zh",
            true_body="正文的第一句话。正文的第二句话。",
            true_author="作者",
            true_date="2022-02-13",
        )
        for page_id in ("a", "b", "crash")
    )
    return datasets.Dataset("fake", "zh", True, pages)


def test_runs_skip_count_errors_and_render() -> None:
    dataset = _dataset()
    runs = [
        runner.start(_Echo("trafilatura"), dataset),
        runner.start(_Echo("gone", False), dataset),
    ]
    assert runs[1].skipped == "`import echo` failed: not installed"
    runner.first_pass(runs[0], dataset, timeout=5)
    runner.timing_pass(runs[0], dataset, timeout=5)
    assert runs[0].errors == 1
    assert len(runs[0].pass_seconds) == 2
    settings = report.RunSettings(("fake",), speed=True, passes=2, timeout=5)
    env = report.Environment("today", 2, "cpu", "3.11", "Linux", "abc")
    text = report.render({"fake": runs}, env, settings)
    assert "| trafilatura | 1.000 | 0.667 |" in text  # the crashed page scores as empty output
    assert "| gone | skipped: `import echo` failed: not installed |" in text
    assert "### Metadata (author, date)" in text
    assert "### Speed" in text
