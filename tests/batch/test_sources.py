"""Readers: what counts as a record, and what each record carries."""

import gzip
import zlib

import pytest
from warc_factory import ARTICLE, Page, write_warc

from cleanarticle.batch.sources import SourceSettings, dechunk, http_payload, read_records

pytest.importorskip("fastwarc")


def records(paths, **settings):
    notes = []
    return list(
        read_records([str(p) for p in paths], SourceSettings(**settings), notes.append)
    ), notes


def test_warc_keeps_html_responses_and_resources_with_their_charset(tmp_path):
    warc = write_warc(tmp_path / "c.warc.gz", [
        Page("https://e.com/a", b"<p>a</p>", {"Content-Type": "text/html; charset=GBK"}),
        Page("https://e.com/b", b"<p>b</p>", {"Content-Type": "application/xhtml+xml"}),
        Page("https://e.com/c.css", b"p{}", {"Content-Type": "text/css"}),
        Page("https://e.com/d", b"<p>d</p>", {"Content-Type": "text/html"}, record_type="resource"),
        Page("https://e.com/e", b"<p>e</p>", {"Content-Type": "text/html"}, record_type="request"),
    ])  # fmt: skip
    found, notes = records([warc])
    assert [(r.url, r.encoding, r.data) for r in found] == [
        ("https://e.com/a", "gbk", b"<p>a</p>"),
        ("https://e.com/b", None, b"<p>b</p>"),
        ("https://e.com/d", None, b"<p>d</p>"),
    ]
    assert [r.name for r in found] == [f"c.warc.gz/{i:08d}" for i in (1, 2, 3)]
    assert notes == []


def test_payload_encodings_are_undone():
    headers = {"Transfer-Encoding": "chunked", "Content-Encoding": "gzip"}
    body = gzip.compress(ARTICLE.encode())
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:10], body[10:]))
    assert http_payload(chunked + b"0\r\n\r\n", headers, 10**6).data == ARTICLE.encode()
    deflated = zlib.compress(b"<p>x</p>")
    assert http_payload(deflated, {"Content-Encoding": "deflate"}, 10**6).data == b"<p>x</p>"
    truncated = gzip.compress(ARTICLE.encode() * 50)[:200]
    assert ARTICLE.encode().startswith(
        http_payload(truncated, {"Content-Encoding": "gzip"}, 10**6).data[:50]
    )
    with pytest.raises(ValueError):
        http_payload(b"x", {"Content-Encoding": "compress"}, 10**6)


def test_dechunk_leaves_plain_bodies_alone():
    assert dechunk(b"<html>not chunked</html>") == b"<html>not chunked</html>"
    assert dechunk(b"4\r\nabcd\r\n2;ext=1\r\nef\r\n0\r\n\r\n") == b"abcdef"


def test_a_damaged_warc_keeps_the_records_before_the_damage(tmp_path):
    from warc_factory import article_pages

    warc = write_warc(tmp_path / "c.warc", article_pages(3))
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) * 2 // 3])  # cut inside the second record
    found, notes = records([warc])
    assert [r.url for r in found] == [f"https://example.com/news/{i}" for i in range(2)]
    assert [r.error is None for r in found] == [True, False]
    assert "record cut short" in found[1].error and str(warc) in found[1].error
    warc.write_bytes(data + b"this is not a WARC record\r\n" * 3)
    found, notes = records([warc])
    assert [r.error is None for r in found] == [True, True, True, False]
    assert f"record at byte {len(data)}" in found[-1].error and len(notes) == 1


def test_missing_file_is_one_error_record_and_one_note(tmp_path):
    found, notes = records([tmp_path / "nope.html"])
    assert len(found) == 1 and found[0].error and len(notes) == 1
