"""The structure benchmark's reference and scoring, on a hand-made page."""

from __future__ import annotations

from pathlib import Path

from benchmarks.cli import _kept_structure_section

from benchmarks import structure

PROSE = "The council approved the new budget on Tuesday after a long debate about roads"
HTML = f"""<html><head><base href="https://example.com/docs/"></head><body>
<nav><a href="/home">Home page of the site</a></nav>
<p>{PROSE}, see the <a href="guide.html">budget guide</a> for details.</p>
<pre>def total(items):
    return sum(items)</pre>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Roads</td><td>12</td></tr></table>
<ol><li>First the council votes on it</li><li>Then the mayor signs the budget</li></ol>
<p><img data-src="img/vote.jpg" src="data:image/gif;base64,x"></p>
<p>{PROSE} and schools in the city centre.</p>
</body></html>"""
TRUTH = (
    f"{PROSE}, see the budget guide for details.\ndef total(items):\n    return sum(items)\n"
    "Item Cost Roads 12\nFirst the council votes on it\nThen the mayor signs the budget\n"
    f"{PROSE} and schools in the city centre."
)
PAGE = structure.Page("t/1", HTML.encode(), HTML, "https://example.com/a.html", TRUTH)


def test_reference_finds_what_the_article_holds() -> None:
    ref = structure.reference(PAGE)
    assert ref.pres == [["def total(items):", "    return sum(items)"]]
    assert sorted(ref.cells) == ["12", "Cost", "Item", "Roads"]
    assert len(ref.ordered) == 1
    assert [link for link, _ in ref.links] == ["https://example.com/docs/guide.html"]  # no menu
    assert ref.images == [{"https://example.com/docs/img/vote.jpg"}]


def test_faithful_markdown_scores_full_and_flattened_markdown_does_not() -> None:
    ref = structure.reference(PAGE)
    base = "https://example.com/docs/"
    faithful = (
        f"{PROSE}, see the [budget guide](guide.html) for details.\n\n```\ndef total(items):\n"
        "    return sum(items)\n```\n\n| Item | Cost |\n| --- | --- |\n| Roads | 12 |\n\n"
        "1. First the council votes on it\n2. Then the mayor signs the budget\n\n"
        "![](img/vote.jpg)\n"
    )
    tally = structure.Tally()
    structure.score(ref, faithful, base, tally)
    assert (tally.pre_exact, tally.pre_kept, tally.pre) == (1, 1, 1)
    assert (tally.links_kept, tally.links_kept_found) == (1, 1)
    assert (tally.cells_found, tally.ordered_kept, tally.links_found, tally.images_found) == (
        4, 1, 1, 1,
    )  # fmt: skip
    flat = (
        f"{PROSE}, see the budget guide.\n\ndef total(items): return sum(items)\n\n"
        "Item Cost Roads 12\n\n- First the council votes on it\n- Then the mayor signs the budget"
    )
    tally = structure.Tally()
    structure.score(ref, flat, base, tally)
    assert (tally.pre_exact, tally.pre_kept) == (0, 1)
    assert (tally.cells_found, tally.ordered_kept, tally.links_found, tally.images_found) == (
        0, 0, 0, 0,
    )  # fmt: skip


def test_the_structure_section_is_replaced_alone_and_survives_a_report_run(tmp_path: Path) -> None:
    report = tmp_path / "benchmarks.md"
    report.write_text("# Benchmarks\n\n## Body\n\nold\n", encoding="utf-8")
    structure.write_section("## Structure\n\nfirst\n", report)
    structure.write_section("## Structure\n\nsecond\n", report)
    text = report.read_text(encoding="utf-8")
    assert text == "# Benchmarks\n\n## Body\n\nold\n\n## Structure\n\nsecond\n"
    assert _kept_structure_section(report) == "\n## Structure\n\nsecond\n"
