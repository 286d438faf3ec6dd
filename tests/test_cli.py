import json
import subprocess
import sys
from pathlib import Path

from cleanarticle.cli import main

HTML = (
    "<html><head><title>Budget approved</title></head><body><article>"
    + "<p>The city council approved the new budget on Tuesday after a long debate.</p>" * 3
    + "</article></body></html>"
)
TEXT = (
    "网站地图\n"
    + "公安部有关负责人表示,公安机关将毫不动摇地坚持依法严打方针,进一步强化侦查打击。\n" * 3
)


def write_pages(tmp_path: Path) -> Path:
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    return tmp_path


def test_folder_in_json_out(tmp_path, capsys):
    assert main([str(write_pages(tmp_path)), "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(r["path"]).name for r in records] == ["a.html", "b.txt"]
    assert "city council" in records[0]["text"]
    assert "网站地图" not in records[1]["text"] and "公安部" in records[1]["text"]
    assert "removed" not in records[0]


def test_explain_lists_removals(tmp_path, capsys):
    write_pages(tmp_path)
    assert main([str(tmp_path / "sub" / "b.txt"), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "--- removed: 1 cuts, 4 characters ---" in out
    assert "网站地图" in out.split("--- removed")[1]


def test_explain_groups_cuts_per_rule_and_verbose_lists_them_all(tmp_path, capsys):
    menu = "<ul class='menu'>" + "".join(f"<li><a href='/{i}'>Item {i}</a></li>" for i in range(9))
    (tmp_path / "m.html").write_text(menu + "</ul>" + HTML, encoding="utf-8")
    assert main([str(tmp_path / "m.html"), "--explain"]) == 0
    grouped = capsys.readouterr().out.split("--- removed")[1]
    assert "link_farm.link_list (link_farm): 9 cuts" in grouped
    assert "'Item 0'" in grouped and "'Item 3'" not in grouped and "… 6 more" in grouped
    assert main([str(tmp_path / "m.html"), "--explain", "-v"]) == 0
    every = capsys.readouterr().out.split("--- removed")[1]
    assert all(f"'Item {i}'" in every for i in range(9)) and "more" not in every


def test_forced_input_mode_and_markdown(tmp_path, capsys):
    page = tmp_path / "page.dat"
    page.write_text(HTML, encoding="utf-8")
    assert main([str(page), "--input", "html", "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# Budget approved")


def test_unreadable_file_is_reported_and_others_still_run(tmp_path, capsys):
    write_pages(tmp_path)
    code = main([str(tmp_path / "missing.html"), str(tmp_path / "a.html")])
    captured = capsys.readouterr()
    assert code == 1
    assert "missing.html" in captured.err and "1 file(s) failed" in captured.err
    assert "city council" in captured.out


def test_console_entry_point_runs_as_module(tmp_path):
    write_pages(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "cleanarticle", str(tmp_path / "a.html")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "city council" in result.stdout


def test_explain_shows_where_the_metadata_came_from(tmp_path, capsys):
    page = tmp_path / "dated.html"
    page.write_text(
        HTML.replace("</head>", '<meta name="author" content="Jane Roe"></head>'), encoding="utf-8"
    )
    assert main([str(page), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "--- metadata from ---\nauthor: meta: <meta author>" in out
    assert main([str(page), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["provenance"] == {"author": "meta: <meta author>"}


def test_version(capsys):
    import pytest

    import cleanarticle

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"cleanarticle {cleanarticle.__version__}"


LINKED = HTML.replace(
    "</article>",
    "<p>The <a href='/minutes'>minutes</a> of the long meeting are online for everyone.</p>"
    "<p><img src='/vote.jpg' alt='The vote'></p><p>The budget takes effect in January next "
    "year, the council said after the vote.</p></article>",
)


def test_extraction_flags_reach_the_options(tmp_path, capsys):
    page = tmp_path / "a.html"
    page.write_text(LINKED, encoding="utf-8")
    assert main([str(page), "--format", "markdown"]) == 0
    plain = capsys.readouterr().out
    assert "](" not in plain
    assert main([str(page), "--format", "markdown", "--links", "--images", "--front-matter"]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith('---\ntitle: "Budget approved"\n')
    assert "[minutes](/minutes)" in markdown and "![The vote](/vote.jpg)" in markdown
    assert main([str(page), "--format", "json", "--detectors", "", "--favor", "precision"]) == 0
    assert "city council" in json.loads(capsys.readouterr().out)["text"]


def test_html_format(tmp_path, capsys):
    page = tmp_path / "a.html"
    page.write_text(LINKED, encoding="utf-8")
    assert main([str(page), "--format", "html", "--links"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and '<a href="/minutes">minutes</a>' in out


def test_bad_option_values_are_usage_errors(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as exit_:
        main([str(write_pages(tmp_path)), "--detectors", "navigation,nope"])
    assert exit_.value.code == 2
    assert "unknown detector" in capsys.readouterr().err


def test_a_closed_pipe_ends_quietly_with_status_0(tmp_path):
    for number in range(400):
        (tmp_path / f"p{number:03}.html").write_text(HTML, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "cleanarticle", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in error and "BrokenPipe" not in error
