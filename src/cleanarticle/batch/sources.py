"""Input records from files, folders, stdin, JSONL and WARC, streamed in a stable order.

Every input yields records lazily, so memory does not grow with the input. A file that cannot
be read, a JSONL line that is not a record and a WARC record whose payload is broken each
become one record with `error` set: the run reports them and goes on, and nothing is dropped.
Content is sniffed, not only named: gzip pages are decompressed within the size limit wherever
they come from (a `.html.gz` file, stdin, a base64 JSONL field, a WARC payload), and damage (a
truncated or corrupt gzip, WARC or JSONL stream) becomes an error record naming the file and the
byte offset or line, after which reading resumes where the format allows. Only WARC response and
resource records of an HTML type are pages; the rest of a crawl (requests, metadata, images)
is not input.
"""

from __future__ import annotations

import base64
import fnmatch
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from cleanarticle.batch.records import PageKind, Record
from cleanarticle.batch.unpack import Damaged, Unpacked, gunzip, gunzip_stream, inflate, is_gzip
from cleanarticle.batch.warc import Damage, WarcRecord, read_warc

InputFormat = Literal["auto", "page", "jsonl", "warc"]
Report = Callable[[str], None]

PAGE_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php")
PAGE_SUFFIXES += (".jsp", ".txt", ".text")
PAGE_SUFFIXES += tuple(suffix + ".gz" for suffix in PAGE_SUFFIXES)
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
STDIN = "-"
_MAX_HTTP_HEAD = 1 << 16  # bytes of HTTP headers kept with a WARC payload on top of max_bytes


@dataclass(frozen=True)
class SourceSettings:
    """How to find and read inputs.

    glob: which files a folder contributes (default: pages, JSONL and WARC by extension).
    exclude: resolved paths never read from folders (the run's own outputs).
    max_bytes: bytes read per page at most (the library truncates there anyway).
    """

    input_format: InputFormat = "auto"
    page_kind: PageKind = "auto"
    glob: str | None = None
    html_field: str = "html"
    url_field: str = "url"
    id_field: str = "id"
    encoding_field: str = "encoding"
    html_base64: bool = False
    max_bytes: int = 20_000_000
    exclude: frozenset[Path] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Input:
    """path: None for stdin or a stream; name: output name base (relative); label: for ids."""

    path: Path | None
    name: str
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", STDIN if self.path is None else str(self.path))


def read_records(
    paths: Iterable[str], settings: SourceSettings, report: Report
) -> Iterator[Record]:
    """Every record of every input, in order; `report` hears of unreadable inputs."""
    for item in discover(paths, settings, report):
        yield from read_input(item, settings, report)


def discover(paths: Iterable[str], settings: SourceSettings, report: Report) -> Iterator[Input]:
    for raw in paths:
        if raw == STDIN:
            yield Input(None, "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _scan(path, settings)
        else:
            yield Input(path, _given_name(path))


def read_input(item: Input, settings: SourceSettings, report: Report) -> Iterator[Record]:
    try:
        stream = _open(item)
    except OSError as error:
        message = f"cannot read {item.label}: {error.strerror or error}"
        yield unreadable(item.label, item.label, item.name, message, report)
        return
    with stream:
        kind = settings.input_format
        if kind == "auto":
            kind = _detect(item, stream)
        if kind == "jsonl":
            yield from _jsonl(item, stream, settings, report)
        elif kind == "warc":
            yield from _warc(item, stream, settings, report)
        else:
            yield _page(item, stream, settings, report)


def unreadable(record_id: str, origin: str, name: str, message: str, report: Report) -> Record:
    """The one record an unreadable input (or the unreadable rest of one) leaves behind."""
    report(message)
    return Record(id=record_id, origin=origin, name=name, error=message, reported=True)


def warc_records(
    stream: IO[bytes], label: str, settings: SourceSettings | None = None, report: Report = print
) -> Iterator[Record]:
    """The HTML records of one open WARC stream (for engines that open files themselves);
    damage yields error records, as in the CLI."""
    item = Input(None, label.rstrip("/").rsplit("/", 1)[-1] or "warc", label)
    yield from _warc(item, stream, settings or SourceSettings(), report)


# --- discovery ---------------------------------------------------------------------------------


def _scan(root: Path, settings: SourceSettings) -> Iterator[Input]:
    """Files under `root` in a stable order, streamed folder by folder, outputs left out."""
    for folder, dirnames, filenames in os.walk(root):
        here = Path(folder)
        dirnames[:] = sorted(d for d in dirnames if not _excluded(here / d, settings))
        for filename in sorted(filenames):
            path = here / filename
            relative = path.relative_to(root).as_posix()
            if _wanted(filename, relative, settings) and not _excluded(path, settings):
                yield Input(path, relative)


def _wanted(filename: str, relative: str, settings: SourceSettings) -> bool:
    if settings.glob:
        target = relative if "/" in settings.glob else filename
        return fnmatch.fnmatch(target, settings.glob)
    return filename.lower().endswith(PAGE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES)


def _excluded(path: Path, settings: SourceSettings) -> bool:
    return bool(settings.exclude) and path.resolve() in settings.exclude


def _given_name(path: Path) -> str:
    """A path given on the command line, as an output name: as typed when it stays inside."""
    if path.is_absolute() or ".." in path.parts:
        return path.name
    return path.as_posix()


# --- opening and sniffing ------------------------------------------------------------------------


def _open(item: Input) -> IO[bytes]:
    if item.path is None:
        return io.BufferedReader(_Unclosed(sys.stdin.buffer), buffer_size=1 << 16)
    return item.path.open("rb")


class _Unclosed(io.RawIOBase):
    """stdin for one run: buffered for sniffing, never closed, and able to say where it is
    (FastWARC asks for the position of streams, which a pipe cannot tell)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        read = getattr(self._stream, "read1", self._stream.read)
        data = read(len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position


def _detect(item: Input, stream: IO[bytes]) -> InputFormat:
    name = item.label.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    head = _peek(stream)
    if is_gzip(head):
        try:
            head = zlib.decompressobj(wbits=47).decompress(head, 64)
        except zlib.error:
            return "page"  # the page reader reports the damage
    head = head.lstrip()
    if head.startswith(b"WARC/"):
        return "warc"  # whatever the file is called
    if item.path is not None:
        return "page"
    return "jsonl" if head.startswith(b"{") else "page"


def _peek(stream: IO[bytes]) -> bytes:
    peek = getattr(stream, "peek", None)
    return peek(4096)[:4096] if peek else b""


def _maybe_gunzip(stream: IO[bytes], label: str) -> IO[bytes]:
    if is_gzip(_peek(stream)) or label.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


# --- pages -------------------------------------------------------------------------------------


def _page(item: Input, stream: IO[bytes], settings: SourceSettings, report: Report) -> Record:
    label = item.label
    limit = settings.max_bytes
    try:
        if is_gzip(_peek(stream)) or label.lower().endswith(".gz"):
            unpacked = gunzip_stream(stream, limit)
            data, cut = unpacked.data, unpacked.cut_note()
        else:
            data, cut = stream.read(limit + 1), None
            if len(data) > limit:
                cut = f"page cut at {limit} of {_size(stream, len(data))} bytes"
                data = data[:limit]
    except OSError as error:
        message = f"cannot read {label}: {error.strerror or error}"
        return unreadable(label, label, item.name, message, report)
    except Damaged as damage:
        message = f"damaged gzip {label}: {damage}"
        return unreadable(label, label, item.name, message, report)
    return Record(
        id=label, data=data, kind=settings.page_kind, origin=label, name=item.name, cut=cut
    )


def _size(stream: IO[bytes], read: int) -> int:
    """The whole size of a page read in part: from the file system, or by reading on (stdin)."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
    while chunk := stream.read(1 << 20):
        read += len(chunk)
    return read


# --- JSONL -------------------------------------------------------------------------------------


def _jsonl(
    item: Input, stream: IO[bytes], settings: SourceSettings, report: Report
) -> Iterator[Record]:
    label = item.label
    lines = _maybe_gunzip(stream, label)
    number = 0
    try:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield _jsonl_record(line, number, item, settings)
    except (OSError, EOFError, zlib.error) as error:
        where = f"{label}:{number + 1}"
        message = f"damaged {label} at line {number + 1}: {error}"
        yield unreadable(where, label, f"{item.name}/{number + 1:08d}", message, report)


def _jsonl_record(line: bytes, number: int, item: Input, settings: SourceSettings) -> Record:
    label = item.label
    where = f"{label}:{number}"
    name = f"{item.name}/{number:08d}"
    try:
        value = json.loads(line)
    except ValueError as error:
        return Record(id=where, origin=label, name=name, error=f"invalid JSON: {error}")
    if not isinstance(value, dict):
        return Record(id=where, origin=label, name=name, error="a JSONL record must be an object")
    record_id = value.get(settings.id_field)
    url = _optional_str(value.get(settings.url_field))
    encoding = _optional_str(value.get(settings.encoding_field))
    kind: PageKind = "html" if settings.page_kind == "auto" else settings.page_kind
    base = Record(
        id=where if record_id is None else str(record_id), url=url, encoding=encoding,
        kind=kind, origin=label, name=name,
    )  # fmt: skip
    html = value.get(settings.html_field)
    if not isinstance(html, str):
        return _with(base, error=f"no string field {settings.html_field!r}")
    if not settings.html_base64:
        return _with(base, data=html)
    try:
        data = base64.b64decode(html, validate=True)
    except ValueError as error:
        return _with(base, error=f"field {settings.html_field!r} is not base64: {error}")
    if not is_gzip(data):
        return _with(base, data=data)
    try:
        unpacked = gunzip(data, settings.max_bytes)
    except Damaged as damage:
        return _with(base, error=f"field {settings.html_field!r}: damaged gzip: {damage}")
    return _with(base, data=unpacked.data, cut=unpacked.cut_note())


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _with(record: Record, **changes: Any) -> Record:
    from dataclasses import replace

    return replace(record, **changes)


# --- WARC ---------------------------------------------------------------------------------------


def _warc(
    item: Input, stream: IO[bytes], settings: SourceSettings, report: Report
) -> Iterator[Record]:
    """HTML response/resource records; each damaged stretch of the file is one error record."""
    number = 0
    gzipped = item.label.lower().endswith(".gz")
    for found in read_warc(stream, settings.max_bytes + _MAX_HTTP_HEAD, gzipped):
        if isinstance(found, Damage):
            number += 1
            message = f"damaged WARC {item.label}: record at byte {found.offset}: {found.reason}"
            record_id = found.headers.get("warc-record-id") or f"{item.label}@{found.offset}"
            url = found.headers.get("warc-target-uri") or None
            record = unreadable(record_id, item.label, f"{item.name}/{number:08d}", message, report)
            yield _with(record, url=url)
        elif found.type in ("response", "resource"):
            page = _warc_page(found)
            if page is not None:
                number += 1
                yield _warc_record(found, page, number, item, settings)


@dataclass(frozen=True)
class _HttpPage:
    headers: dict[str, str]
    body: bytes


def _warc_page(record: WarcRecord) -> _HttpPage | None:
    """The record's page (HTTP headers and body), or None when it is not an HTML page."""
    content_type = record.headers.get("content-type", "")
    if record.type == "response" and content_type.lower().startswith("application/http"):
        page = _parse_http(record.block)
        media = page.headers.get("content-type", "")
    else:
        page, media = _HttpPage({}, record.block), content_type
    media = media or record.headers.get("warc-identified-payload-type", "")
    return page if media.split(";")[0].strip().lower() in HTML_TYPES else None


def _parse_http(block: bytes) -> _HttpPage:
    end = block.find(b"\r\n\r\n")
    size = 4
    if end < 0:
        end, size = block.find(b"\n\n"), 2
    if end < 0:
        end, size = len(block), 0
    lines = block[:end].decode("latin-1").splitlines()[1:]  # the status line goes
    headers: dict[str, str] = {}
    for line in lines:
        name, colon, value = line.partition(":")
        if colon:
            name = name.strip().lower()
            value = value.strip()
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return _HttpPage(headers, block[end + size :])


def _warc_record(
    record: WarcRecord, page: _HttpPage, number: int, item: Input, settings: SourceSettings
) -> Record:
    record_id = record.headers.get("warc-record-id") or f"{item.label}@{number}"
    base = Record(
        id=record_id, url=record.headers.get("warc-target-uri") or None,
        origin=item.label, name=f"{item.name}/{number:08d}", kind="html",
    )  # fmt: skip
    charset = _charset(page.headers.get("content-type", ""))
    try:
        payload = http_payload(page.body, page.headers, settings.max_bytes)
        cut = _crawler_cut(record, page)
        if is_gzip(payload.data):  # compressed without saying so
            payload = gunzip(payload.data, settings.max_bytes)
        cut = payload.cut_note() or cut
    except (ValueError, zlib.error) as error:
        return _with(base, error=f"broken payload: {error}")
    if cut is None and len(payload.data) > settings.max_bytes:
        cut = f"page cut at {settings.max_bytes} of {len(payload.data)} bytes"
    return _with(base, data=payload.data[: settings.max_bytes], encoding=charset, cut=cut)


def _crawler_cut(record: WarcRecord, page: _HttpPage) -> str | None:
    if record.length > len(record.block):  # the reader kept the first bytes only
        head = len(record.block) - len(page.body)
        return f"page cut at {len(page.body)} of {record.length - head} bytes"
    truncated = record.headers.get("warc-truncated")
    return f"page cut by the crawler (WARC-Truncated: {truncated})" if truncated else None


def _charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'").lower() or None
    return None


def http_payload(data: bytes, headers: Any, max_bytes: int) -> Unpacked:
    """Undo the transfer and content encodings a crawler stored as they came off the wire."""
    headers = {str(k).lower(): str(v) for k, v in dict(headers).items()}
    transfer = headers.get("transfer-encoding", "").lower()
    if "chunked" in transfer:
        data = dechunk(data)
    encodings = [e.strip().lower() for e in headers.get("content-encoding", "").split(",")]
    unpacked = Unpacked(data)
    for encoding in reversed([e for e in encodings if e and e != "identity"]):
        unpacked = inflate(unpacked.data, encoding, max_bytes)
    return unpacked


def dechunk(data: bytes) -> bytes:
    """HTTP/1.1 chunked body to plain bytes; data that is not chunked comes back as it is."""
    out = bytearray()
    position = 0
    while position < len(data):
        end = data.find(b"\r\n", position)
        size_text = data[position:end].split(b";")[0].strip() if end >= 0 else b""
        try:
            size = int(size_text, 16)
        except ValueError:
            return data if position == 0 else bytes(out)
        if size == 0:
            break
        out += data[end + 2 : end + 2 + size]
        position = end + 2 + size + 2
    return bytes(out)
