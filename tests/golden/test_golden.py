"""Every golden page still gives its recorded output (see goldens.py and README.md).

A failure prints a unified diff per changed field. If the change is intended, regenerate with
``python -m tests.golden --update`` and commit the changed goldens with the change that made them.
"""

from __future__ import annotations

import json

import pytest
from goldens import EXPECTED_JSON, SELECTION, UPDATE_HINT, Golden, difference, goldens

GOLDENS = goldens()


@pytest.mark.parametrize("golden", GOLDENS, ids=[golden.name for golden in GOLDENS])
def test_golden_output_unchanged(golden: Golden) -> None:
    diff = difference(golden)
    if diff:  # pytest.fail: the message alone, not the repr of the diff once more
        pytest.fail(
            f"golden {golden.name} ({golden.source}) differs; if intended: {UPDATE_HINT}\n{diff}",
            pytrace=False,
        )


def test_every_sample_and_drawn_page_has_a_golden() -> None:
    sources = {golden.source.split("/")[0] for golden in GOLDENS}
    counts = {name: sum(g.source.startswith(f"{name}/") for g in GOLDENS) for name in SELECTION}
    assert "samples" in sources
    assert counts == {name: draw.count for name, draw in SELECTION.items()}


def test_goldens_are_written_as_update_writes_them() -> None:
    """expected.json is the pretty dump update() writes, so a regeneration diff is only content."""
    for golden in GOLDENS:
        text = (golden.folder / EXPECTED_JSON).read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n", (
            golden.name
        )


def test_a_changed_field_is_named_in_a_unified_diff(tmp_path, monkeypatch) -> None:
    import goldens as module

    golden = GOLDENS[0]
    record, markdown = module.render(golden)
    record["title"] = "A title the page never had"
    folder = tmp_path / golden.name
    folder.mkdir()
    (folder / EXPECTED_JSON).write_text(module.dump(record), encoding="utf-8")
    (folder / module.EXPECTED_MD).write_text(markdown, encoding="utf-8")
    moved = Golden(golden.name, folder, golden.source, golden.input, golden.url, golden.page)
    diff = difference(moved)
    assert f"--- {golden.name}: title (golden)" in diff
    assert "-A title the page never had" in diff
    assert "paragraphs" not in diff
