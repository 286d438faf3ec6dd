"""Outputs: atomic JSONL, safe output folders, and inputs never overwritten."""

import json

from warc_factory import ARTICLE

from cleanarticle.batch.records import Record
from cleanarticle.batch.runner import Outcome
from cleanarticle.batch.sinks import Guard, OutputDirSink, scan_jsonl
from cleanarticle.cli import main

OUTCOME = Outcome("ok", None, "text")


def test_scan_counts_complete_lines_and_cuts_a_torn_one(tmp_path):
    partial = tmp_path / "o.jsonl.partial"
    good = [json.dumps({"id": i, "status": s}) + "\n" for i, s in enumerate(["ok", "error"])]
    partial.write_text("".join(good) + '{"id": 2, "sta', encoding="utf-8")
    resumed = scan_jsonl(partial, truncate=True)
    assert (resumed.count, resumed.last_id, dict(resumed.statuses)) == (2, 1, {"ok": 1, "error": 1})
    assert partial.read_text(encoding="utf-8") == "".join(good)


def test_output_names_cannot_escape_the_folder(tmp_path):
    sink = OutputDirSink(tmp_path / "out", ".txt", resume=False, guard=Guard())
    sink.start()
    for name in ("../../evil", "/etc/passwd", "a/../../b", "..", ".hidden"):
        record = Record(id=name, name=name)
        assert not sink.skip(record)
        assert sink.write(record, OUTCOME) is None
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == [
        "out/a/b.txt",
        "out/etc/passwd.txt",
        "out/evil.txt",
        "out/hidden.txt",
        "out/record.txt",
    ]


def test_a_symlink_out_of_the_folder_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "link").symlink_to(outside)
    sink = OutputDirSink(tmp_path / "out", ".txt", resume=False, guard=Guard())
    sink.start()
    record = Record(id="x", name="link/page")
    sink.skip(record)
    assert "outside the output folder" in sink.write(record, OUTCOME)
    assert not list(outside.iterdir())


def test_same_names_get_numbered_not_overwritten(tmp_path):
    sink = OutputDirSink(tmp_path, ".txt", resume=False, guard=Guard())
    sink.start()
    for text in ("one", "two"):
        record = Record(id=text, name="index.html")
        sink.skip(record)
        sink.write(record, Outcome("ok", None, text))
    assert (tmp_path / "index.html.txt").read_text() == "one\n"
    assert (tmp_path / "index.html-2.txt").read_text() == "two\n"


def test_output_file_cannot_be_an_input(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(ARTICLE)
    assert main([str(page), "-o", str(page)]) == 2
    assert "refusing to overwrite the input file" in capsys.readouterr().err
    assert page.read_text() == ARTICLE


def test_output_dir_never_overwrites_an_input_file(tmp_path, capsys):
    page = tmp_path / "a.html"
    page.write_text(ARTICLE)
    trap = tmp_path / "a.html.txt"  # a text dump that is also where a.html's output would go
    trap.write_text(
        "网站地图\n" + "公安部有关负责人表示,公安机关将毫不动摇地坚持依法严打方针。\n" * 3
    )
    before = trap.read_text()
    assert main([str(page), str(trap), "--output-dir", str(tmp_path), "-q"]) == 1
    assert trap.read_text() == before
    assert "refusing to overwrite the input file" in capsys.readouterr().err


def test_folder_scan_never_reads_its_own_output(tmp_path, capsys):
    (tmp_path / "a.html").write_text(ARTICLE)
    out = tmp_path / "out.jsonl"
    for _ in range(2):
        assert main([str(tmp_path), "-o", str(out), "-q"]) == 0
        assert len(out.read_text().splitlines()) == 1


def test_unreadable_input_still_yields_one_record(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main([str(tmp_path / "missing.warc.gz"), "-o", str(out), "-q"]) == 1
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["status"] == "error" and "missing.warc.gz" in record["error"]
    assert "1 file(s) failed" in capsys.readouterr().err
