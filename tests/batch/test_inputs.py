"""Honest input handling: compressed, binary, damaged and cut inputs each get the right status
and a clear message, one output record per input record, in order."""

from __future__ import annotations

import base64
import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from warc_factory import ARTICLE, Page, article_pages, warc_bytes, write_warc

from cleanarticle import Options, extract
from cleanarticle.batch.records import Record, clean_record
from cleanarticle.batch.session import BatchConfig, run_batch
from cleanarticle.batch.sources import SourceSettings, read_records
from cleanarticle.cli import main

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)) * 4
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.html", ARTICLE * 20)
    return buffer.getvalue()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def records(paths, **settings):
    notes: list[str] = []
    found = list(read_records([str(p) for p in paths], SourceSettings(**settings), notes.append))
    return found, notes


def test_mixed_folder_gives_no_ok_record_with_binary_or_gzip_garbage(tmp_path, capsys):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a.html").write_text(ARTICLE)
    (folder / "b.html.gz").write_bytes(gzip.compress(ARTICLE.replace("Budget", "Zipped").encode()))
    (folder / "c.html").write_bytes(PDF)  # named as a page, is a PDF
    (folder / "d.txt").write_bytes(PNG)
    (folder / "e.htm").write_bytes(zip_bytes())
    (folder / "f.html.gz").write_bytes(gzip.compress(ARTICLE.encode() * 5)[:-40])  # truncated
    write_warc(folder / "g.warc.gz", article_pages(2))
    whole = warc_bytes(article_pages(3))
    (folder / "h.warc").write_bytes(whole[: len(whole) - 200])  # cut inside its last record
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out), "-q"]) == 1  # damaged inputs fail the run
    found = read_jsonl(out)
    by_path = [(Path(r["path"]).name, r["status"]) for r in found]
    assert by_path == [
        ("a.html", "ok"), ("b.html.gz", "ok"), ("c.html", "skipped"), ("d.txt", "skipped"),
        ("e.htm", "skipped"), ("f.html.gz", "error"), ("g.warc.gz", "ok"), ("g.warc.gz", "ok"),
        ("h.warc", "ok"), ("h.warc", "ok"), ("h.warc", "error"),
    ]  # fmt: skip
    assert [r["error"] for r in found[2:5]] == ["binary: pdf", "binary: png", "binary: zip"]
    assert "Zipped approved" in found[1]["title"]
    assert "damaged gzip" in found[5]["error"] and "f.html.gz" in found[5]["error"]
    assert "h.warc: record at byte" in found[10]["error"]
    assert found[10]["url"] == "https://example.com/news/2"  # the damaged record is named
    for record in found:
        if record["status"] == "ok":
            assert "\ufffd" not in record["text"] and "\x1f" not in record["text"]
            assert record["text"].startswith("The city council")
    assert "2 record(s) failed" in capsys.readouterr().err


def test_gzip_on_stdin_is_decompressed(monkeypatch, capsys):
    stdin = io.TextIOWrapper(io.BytesIO(gzip.compress(ARTICLE.encode())))
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["-", "--format", "json", "-q"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["status"] == "ok" and record["title"] == "Budget approved"


def test_gzip_bomb_stays_bounded(tmp_path):
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 50_000_000))  # 50 MB from ~50 KB
    (found,), _ = records([bomb], max_bytes=1_000_000)
    assert len(found.data) == 1_000_000
    assert found.cut == "page cut at 1000000 bytes of its decompressed content (more followed)"


def test_gzip_pages_in_jsonl_base64_fields_and_warc_payloads(tmp_path):
    dump = tmp_path / "dump.jsonl"
    packed = base64.b64encode(gzip.compress(ARTICLE.encode())).decode()
    dump.write_text(json.dumps({"id": "z", "html": packed}) + "\n")
    (found,), _ = records([dump], html_base64=True)
    assert found.data == ARTICLE.encode()
    headers = {"Content-Type": "text/html"}  # compressed, and the headers do not say so
    warc = write_warc(tmp_path / "c.warc", [Page("https://e.com/z", gzip.compress(b"<p>z</p>"), headers)])
    (found,), _ = records([warc])
    assert found.data == b"<p>z</p>"


def test_brotli_payload_is_decompressed_within_the_limit(tmp_path):
    brotli = pytest.importorskip("brotli")
    page = Page(
        "https://e.com/br", brotli.compress(ARTICLE.encode() * 100),
        {"Content-Type": "text/html", "Content-Encoding": "br"},
    )  # fmt: skip
    warc = write_warc(tmp_path / "c.warc.gz", [page])
    (found,), _ = records([warc], max_bytes=1000)
    assert found.data == (ARTICLE.encode() * 100)[:1000]
    assert found.cut and found.cut.startswith("page cut at 1000 bytes")


def test_page_cut_at_the_size_limit_says_so(tmp_path):
    page = tmp_path / "big.html"
    page.write_text(ARTICLE * 10)
    size = page.stat().st_size
    (found,), _ = records([page], max_bytes=2000)
    assert found.cut == f"page cut at 2000 of {size} bytes"
    result = clean_record(found, Options())
    assert result.article is not None
    assert result.article.removed[0].reason == f"page cut at 2000 of {size} bytes"
    out = tmp_path / "out.jsonl"
    config = BatchConfig(
        paths=(str(page),), sources=SourceSettings(max_bytes=2000), output=out, quiet=True
    )
    run_batch(config, io.StringIO())
    (record,) = read_jsonl(out)
    assert record["status"] == "ok" and record["truncated"] is True


def test_library_cut_is_a_removal():
    page = ARTICLE.encode() * 10
    article = extract(page, options=Options(max_input_bytes=1000))
    assert article.removed[0].detector == "input"
    assert article.removed[0].reason == f"page cut at 1000 of {len(page)} bytes"
    assert not any(r.reason.startswith("page cut") for r in extract(page).removed)


def test_records_that_were_not_cut_say_truncated_false(tmp_path, capsys):
    (tmp_path / "a.html").write_text(ARTICLE)
    main([str(tmp_path / "a.html"), "--format", "json", "-q"])
    assert json.loads(capsys.readouterr().out)["truncated"] is False


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_output_dir_error_records_are_never_empty_files(tmp_path, fmt):
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "good", "url": "https://e.com/1", "html": ARTICLE}),
        json.dumps({"id": "bad", "url": "https://e.com/2", "page": ARTICLE}),
        "{broken json",
    ]
    dump.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    assert main([str(dump), "--output-dir", str(out), "--format", fmt, "-q"]) == 1
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert len(files) == 3
    bad, broken = files[1].read_text(), files[2].read_text()
    for expected in ("bad", "https://e.com/2", "error", "no string field 'html'"):
        assert expected in bad
    assert "invalid JSON" in broken and "error" in broken and f"{dump}:3" in broken


def test_binary_record_from_any_source_is_skipped():
    for data in (PDF, PNG, zip_bytes(), b"\x00\x01\x02\x03" * 500):
        result = clean_record(Record(id="x", data=data, kind="auto", origin="x.txt"), Options())
        assert result.status == "skipped" and result.error and result.error.startswith("binary: ")


def test_extract_says_why_a_binary_page_is_empty():
    article = extract(PDF)
    assert article.text == "" and article.removed[0].reason == "binary: pdf"
    assert extract(zip_bytes()).removed[0].reason == "binary: zip"
