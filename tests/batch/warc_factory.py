"""Tiny WARC files for tests, written with FastWARC (the same library that reads them)."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE = (
    "<html><head><title>Budget approved</title></head><body><article>"
    + "<p>The city council approved the new budget on Tuesday after a long debate.</p>" * 3
    + "</article></body></html>"
)
LATIN1_ARTICLE = (
    "<html><body><article>"
    + "<p>Le conseil municipal a adopté le budget mardi après un long débat très animé.</p>" * 3
    + "</article></body></html>"
)


@dataclass(frozen=True)
class Page:
    url: str
    body: bytes
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    record_type: str = "response"


def http_block(page: Page) -> bytes:
    head = "HTTP/1.1 200 OK\r\n" + "".join(f"{k}: {v}\r\n" for k, v in page.headers.items())
    return (head + "\r\n").encode("latin-1") + page.body


def warc_bytes(pages: list[Page], warcinfo: bool = True) -> bytes:
    from fastwarc.warc import WarcRecord, WarcRecordType

    buffer = io.BytesIO()
    if warcinfo:
        info = WarcRecord()
        info.init_headers(WarcRecordType.warcinfo)
        info.headers.append("Content-Type", "application/warc-fields")
        info.set_bytes_content(b"software: cleanarticle tests\r\n")
        info.write(buffer)
    for page in pages:
        record = WarcRecord()
        record.init_headers(getattr(WarcRecordType, page.record_type))
        record.headers.append("WARC-Target-URI", page.url)
        if page.record_type == "response":
            record.headers.append("Content-Type", "application/http; msgtype=response")
            record.set_bytes_content(http_block(page))
        else:
            record.headers.append("Content-Type", page.headers.get("Content-Type", "text/html"))
            record.set_bytes_content(page.body)
        record.write(buffer)
    return buffer.getvalue()


def write_warc(path: Path, pages: list[Page]) -> Path:
    data = warc_bytes(pages)
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def article_pages(count: int, prefix: str = "https://example.com/news/") -> list[Page]:
    return [
        Page(f"{prefix}{i}", ARTICLE.replace("Budget", f"Budget {i}").encode())
        for i in range(count)
    ]


def awkward_pages() -> list[Page]:
    """One of each case the CLI must keep: every one yields exactly one output record."""
    return [
        Page("https://example.com/ok", ARTICLE.encode()),
        Page(  # gzip Content-Encoding, stored as it came off the wire
            "https://example.com/gzip",
            gzip.compress(ARTICLE.replace("Budget", "Zipped budget").encode()),
            {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
        ),
        Page(  # Latin-1, the charset only in the HTTP header (no <meta>)
            "https://example.fr/latin1",
            LATIN1_ARTICLE.encode("latin-1"),
            {"Content-Type": "text/html; charset=ISO-8859-1"},
        ),
        Page("https://example.com/empty", b""),
        Page("https://example.com/binary", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        Page(  # claims gzip, is not gzip
            "https://example.com/broken",
            b"\x1f\x8b\x08 this is not a gzip stream at all",
            {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        ),
        Page("https://example.com/logo.png", b"\x89PNG\r\n", {"Content-Type": "image/png"}),
    ]


AWKWARD_STATUSES = {
    "https://example.com/ok": "ok",
    "https://example.com/gzip": "ok",
    "https://example.fr/latin1": "ok",
    "https://example.com/empty": "empty",
    "https://example.com/binary": "skipped",
    "https://example.com/broken": "error",
}  # the PNG response is not an HTML record, so it is not input
