"""The batch CLI end to end: one output record per input record, with the right status."""

import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from warc_factory import ARTICLE, AWKWARD_STATUSES, article_pages, awkward_pages, write_warc

from cleanarticle.cli import main

pytest.importorskip("fastwarc")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_awkward_warc_gives_one_record_per_html_record(tmp_path, capsys, name):
    warc = write_warc(tmp_path / name, awkward_pages())
    out = tmp_path / "out.jsonl"
    assert main([str(warc), "-o", str(out), "-q"]) == 1
    records = read_jsonl(out)
    assert {r["url"]: r["status"] for r in records} == AWKWARD_STATUSES
    assert [r["url"] for r in records] == list(AWKWARD_STATUSES)  # input order
    by_url = {r["url"]: r for r in records}
    assert "Zipped budget" in by_url["https://example.com/gzip"]["title"]
    assert "adopté le budget" in by_url["https://example.fr/latin1"]["text"]
    assert by_url["https://example.com/broken"]["error"].startswith("broken payload")
    assert all(r["id"].startswith("<urn:uuid:") for r in records)
    assert "1 record(s) failed" in capsys.readouterr().err
    assert not out.with_name("out.jsonl.partial").exists()


def test_parallel_output_equals_serial_output(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", article_pages(30) + awkward_pages())
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    main([str(warc), "-o", str(serial), "-q"])
    main([str(warc), "-o", str(parallel), "-q", "-j", "2", "--chunk-size", "4"])
    assert serial.read_bytes() == parallel.read_bytes()
    assert len(read_jsonl(serial)) == 36


def test_jsonl_fields_ids_and_bad_lines(tmp_path, capsys):
    lines = [
        json.dumps({"doc": "a", "link": "https://example.com/a", "page": ARTICLE}),
        "{not json",
        json.dumps({"doc": "c", "page": None}),
        "",
        json.dumps({"page": ARTICLE}),
    ]
    dump = tmp_path / "dump.jsonl.gz"
    dump.write_bytes(gzip.compress("\n".join(lines).encode()))
    args = ["--html-field", "page", "--url-field", "link", "--id-field", "doc", "--format", "json"]
    assert main([str(dump), *args, "-q"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["id"], r["status"]) for r in records] == [
        ("a", "ok"),
        (f"{dump}:2", "error"),
        ("c", "error"),
        (f"{dump}:5", "ok"),
    ]
    assert records[0]["url"] == "https://example.com/a"
    assert "page" in records[2]["error"]


def test_jsonl_base64_bytes_use_the_encoding_field(tmp_path, capsys):
    import base64

    from warc_factory import LATIN1_ARTICLE

    raw = base64.b64encode(LATIN1_ARTICLE.encode("cp1252")).decode()
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": 1, "html": raw, "encoding": "windows-1252"}) + "\n")
    assert main([str(dump), "--html-base64", "--format", "json", "-q"]) == 0
    assert "adopté" in json.loads(capsys.readouterr().out)["text"]


def test_stdin_warc_is_sniffed(tmp_path, monkeypatch, capsys):
    from warc_factory import warc_bytes

    data = gzip.compress(warc_bytes(article_pages(3)))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["-", "--format", "json", "-q"]) == 0
    assert [json.loads(line)["status"] for line in capsys.readouterr().out.splitlines()] == [
        "ok"
    ] * 3


def test_stdin_page(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert main(["-", "-q"]) == 0
    assert "city council" in capsys.readouterr().out


def test_time_limit_gives_timeout_status(tmp_path, capsys):
    warc = write_warc(tmp_path / "crawl.warc", article_pages(2))
    assert main([str(warc), "--format", "json", "--time-limit", "1e-9", "-q"]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["status"] for line in captured.out.splitlines()] == ["timeout"] * 2
    assert "2 record(s) failed" in captured.err


def test_summary_counts_statuses(tmp_path, capsys):
    warc = write_warc(tmp_path / "crawl.warc", awkward_pages())
    main([str(warc), "-o", str(tmp_path / "o.jsonl")])
    err = capsys.readouterr().err
    assert "6 record(s)" in err and "pages/s" in err
    assert "3 ok, 1 empty, 1 skipped, 1 error" in err


def test_output_dir_one_file_per_record_named_after_input(tmp_path, capsys):
    pages = tmp_path / "in"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.html").write_text(ARTICLE)
    (pages / "sub" / "b.htm").write_text(ARTICLE)
    write_warc(pages / "crawl.warc.gz", article_pages(2))
    out = tmp_path / "out"
    assert main([str(pages), "--output-dir", str(out), "--format", "markdown", "-q"]) == 0
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == [
        "a.html.md",
        "crawl.warc.gz/00000001.md",
        "crawl.warc.gz/00000002.md",
        "sub/b.htm.md",
    ]
    assert (out / "a.html.md").read_text().startswith("# Budget approved")


def test_glob_selects_files_in_folders(tmp_path, capsys):
    (tmp_path / "a.html").write_text(ARTICLE)
    (tmp_path / "deep").mkdir()
    write_warc(tmp_path / "deep" / "x.warc.gz", article_pages(1))
    assert main([str(tmp_path), "--glob", "*.warc.gz", "--format", "json", "-q"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["path"] for r in records] == [str(tmp_path / "deep" / "x.warc.gz")]


def test_not_a_warc_is_reported_and_the_run_goes_on(tmp_path, capsys):
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not a WARC file\n" * 4)
    good = write_warc(tmp_path / "good.warc", article_pages(1))
    assert main([str(junk), str(good), "--format", "json"]) == 1
    captured = capsys.readouterr()
    statuses = [json.loads(line)["status"] for line in captured.out.splitlines()]
    assert statuses == ["error", "ok"]
    assert "junk.warc" in captured.err and "1 file(s) failed" in captured.err


def test_nothing_found_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "x.png").write_bytes(b"\x89PNG")
    assert main([str(tmp_path)]) == 2
    assert "no page files found" in capsys.readouterr().err


def test_usage_errors(tmp_path, capsys):
    page = tmp_path / "a.html"
    page.write_text(ARTICLE)
    with pytest.raises(SystemExit) as exit_info:
        main([str(page), "-o", str(tmp_path / "o.jsonl"), "--format", "text"])
    assert exit_info.value.code == 2
    assert main([str(page), "--resume"]) == 2
    assert "--resume needs" in capsys.readouterr().err


def test_progress_bar_and_summary_on_stderr(tmp_path, capsys):
    warc = write_warc(tmp_path / "crawl.warc", article_pages(3))
    assert main([str(warc), "-o", str(tmp_path / "o.jsonl"), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "3 pages" in err and "pages/s" in err and "3 record(s)" in err
