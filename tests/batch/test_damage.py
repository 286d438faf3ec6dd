"""Damaged archives: every record before the damage is kept, the damage is one error record
naming the file and offset, and reading resumes after it where the format allows."""

from __future__ import annotations

import gzip
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warc_factory import ARTICLE, article_pages, warc_bytes

from cleanarticle.batch.sources import SourceSettings, read_records
from cleanarticle.cli import main

PAGES = article_pages(4)
URLS = [page.url for page in PAGES]
# One gzip member per record, as crawlers write them (the warcinfo record first).
MEMBERS = [gzip.compress(warc_bytes([], warcinfo=True))] + [
    gzip.compress(warc_bytes([page], warcinfo=False)) for page in PAGES
]
WARC_GZ = b"".join(MEMBERS)
WARC = warc_bytes(PAGES)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def read(tmp_path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    notes: list[str] = []
    found = list(read_records([str(path)], SourceSettings(), notes.append))
    errors = [r for r in found if r.error is not None]
    assert len(notes) == len(errors)  # every damage is on stderr too
    for record in errors:
        assert str(path) in record.error and "at byte" in record.error
    return found


def member_holding(position: int) -> tuple[int, bool]:
    """(index of the member holding byte `position`, whether it starts exactly there)."""
    start = 0
    for index, member in enumerate(MEMBERS):
        if position < start + len(member):
            return index, position == start
        start += len(member)
    return len(MEMBERS), True


@SETTINGS
@given(cut=st.integers(min_value=1, max_value=len(WARC_GZ)))
def test_truncated_warc_gz_keeps_what_came_before_and_names_the_damage(tmp_path, cut):
    found = read(tmp_path, "crawl.warc.gz", WARC_GZ[:cut])
    index, at_boundary = member_holding(cut)
    complete = URLS[: max(0, index - 1)]  # member 0 is the warcinfo record
    ok = [r.url for r in found if r.error is None]
    # a cut in a member's last bytes (deflate end, CRC) can leave its record whole: kept
    assert ok in (complete, URLS[:index])
    assert all(r.data.startswith(b"<html>") and r.data.endswith(b"</html>") for r in found if not r.error)
    if at_boundary:
        assert len(found) == len(complete)
    else:
        assert len(found) == len(ok) + 1 and found[-1].error is not None
        assert "truncated" in found[-1].error


@SETTINGS
@given(cut=st.integers(min_value=1, max_value=len(WARC) - 1))
def test_truncated_plain_warc_keeps_what_came_before(tmp_path, cut):
    found = read(tmp_path, "crawl.warc", WARC[:cut])
    ok = [r.url for r in found if r.error is None]
    assert ok == URLS[: len(ok)]
    assert len(found) - len(ok) <= 1
    if len(found) > len(ok):
        assert found[-1].error is not None and cut < len(WARC) - 4


@SETTINGS
@given(position=st.integers(min_value=0, max_value=len(WARC_GZ) - 1), flip=st.integers(1, 255))
def test_byte_flip_in_warc_gz_costs_at_most_its_own_record(tmp_path, position, flip):
    data = bytearray(WARC_GZ)
    data[position] ^= flip
    found = read(tmp_path, "crawl.warc.gz", bytes(data))
    index, _ = member_holding(position)
    damaged = URLS[index - 1] if index >= 1 else None
    ok = [r.url for r in found if r.error is None]
    assert ok in ([u for u in URLS if u != damaged], URLS)  # the others all come through
    assert len(found) - len(ok) <= 1
    if len(found) > len(ok) and damaged is not None:
        assert [r.url for r in found] == URLS or found.index(
            next(r for r in found if r.error)
        ) == URLS.index(damaged)  # the error stands where the record stood


@SETTINGS
@given(position=st.integers(min_value=0, max_value=len(WARC) - 1), flip=st.integers(1, 255))
def test_byte_flip_in_plain_warc_loses_no_other_record(tmp_path, position, flip):
    data = bytearray(WARC)
    data[position] ^= flip
    ids = [r.id for r in read(tmp_path, "whole.warc", WARC)]  # WARC-Record-IDs, in order
    found = read(tmp_path, "crawl.warc", bytes(data))
    ok = [r.id for r in found if r.error is None]
    starts = [i for i in range(len(WARC)) if WARC.startswith(b"WARC/1.", i)][1:]  # pages
    hit = sum(1 for start in starts if start <= position) - 1  # the page record flipped, if any
    others = [record_id for index, record_id in enumerate(ids) if index != hit]
    assert [record_id for record_id in ok if record_id in others] == others
    assert len(found) - len(ok) <= 1


def test_corrupt_member_in_the_middle_gives_one_error_in_place(tmp_path, capsys):
    data = bytearray(WARC_GZ)
    data[len(MEMBERS[0]) + len(MEMBERS[1]) + 60] ^= 0xFF  # inside the second page's member
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(bytes(data))
    out = tmp_path / "out.jsonl"
    assert main([str(path), "-o", str(out)]) == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["status"] for r in records] == ["ok", "error", "ok", "ok"]
    offset = len(MEMBERS[0]) + len(MEMBERS[1])
    assert f"record at byte {offset}: corrupt gzip member" in records[1]["error"]
    err = capsys.readouterr().err
    assert "3 ok, 1 error" in err and "1 record(s) failed" in err


def test_truncated_jsonl_gz_keeps_the_lines_before(tmp_path, capsys):
    lines = [json.dumps({"id": str(i), "html": f"<p>page {i}</p>" * 50}) for i in range(40)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    out = tmp_path / "out.jsonl"
    assert main([str(path), "-o", str(out), "-q"]) == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    good = [r for r in records if r["status"] != "error"]
    assert [r["id"] for r in good] == [str(i) for i in range(len(good))] and good
    (error,) = [r for r in records if r["status"] == "error"]
    assert records[-1] is not None and records[-1]["error"] == error["error"]
    assert f"damaged {path} at line {len(good) + 1}" in error["error"]
    assert "1 record(s) failed" in capsys.readouterr().err


def test_truncated_plain_jsonl_line_is_an_error_record(tmp_path):
    path = tmp_path / "dump.jsonl"
    text = json.dumps({"id": "a", "html": ARTICLE}) + "\n" + json.dumps({"id": "b", "html": ARTICLE})
    path.write_text(text[:-10])
    out = tmp_path / "out.jsonl"
    assert main([str(path), "-o", str(out), "-q"]) == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["id"], r["status"]) for r in records] == [("a", "ok"), (f"{path}:2", "error")]
    assert "invalid JSON" in records[1]["error"]


PAGE_GZ = gzip.compress(("<html><body>" + "<p>The council approved the budget.</p>" * 200 + "</body></html>").encode())
LINES = [json.dumps({"id": str(i), "html": f"<p>page {i} of the dump</p>" * 20}) for i in range(30)]
JSONL_GZ = gzip.compress(("\n".join(LINES) + "\n").encode())


@SETTINGS
@given(cut=st.integers(min_value=1, max_value=len(PAGE_GZ) - 1))
def test_truncated_gzip_page_is_one_error_record_naming_the_file(tmp_path, cut):
    (found,) = read(tmp_path, "page.html.gz", PAGE_GZ[:cut])
    assert found.error is not None and "damaged gzip" in found.error


@SETTINGS
@given(cut=st.integers(min_value=1, max_value=len(JSONL_GZ) - 1))
def test_truncated_jsonl_gz_keeps_every_whole_line_before_the_cut(tmp_path, cut):
    found = read_lines(tmp_path, JSONL_GZ[:cut])
    *kept, last = found
    assert [r.id for r in kept] == [str(i) for i in range(len(kept))]
    assert all(r.error is None for r in kept)
    assert last.error is not None and f"damaged {tmp_path / 'dump.jsonl.gz'} at line {len(found)}" in last.error


def read_lines(tmp_path, data: bytes) -> list:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(data)
    return list(read_records([str(path)], SourceSettings(), lambda message: None))


def test_damage_late_in_a_member_never_costs_the_next_record(tmp_path):
    """A flip near a member's end can let its record run on into the next member; the next
    record is still read (the reader goes back to that member's start)."""
    start = sum(len(member) for member in MEMBERS[:3])
    end = start + len(MEMBERS[3])
    for position in range(end - 40, end - 8):  # the deflate data before the gzip trailer
        for flip in (1, 0x80, 0xFF):
            data = bytearray(WARC_GZ)
            data[position] ^= flip
            ok = [r.url for r in read(tmp_path, "crawl.warc.gz", bytes(data)) if r.error is None]
            assert URLS[3] in ok, (position, flip)
