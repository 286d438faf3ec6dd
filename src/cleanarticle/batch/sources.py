"""Input records from files, folders, stdin, JSONL and WARC, streamed in a stable order.

Every input yields records lazily, so memory does not grow with the input. A file that cannot
be read, a JSONL line that is not a record and a WARC record whose payload is broken each
become one record with `error` set: the run reports them and goes on, and nothing is dropped.
WARC is read with FastWARC (the `warc` extra); only response and resource records of an HTML
type are pages, the rest of a crawl (requests, metadata, images) is not input.
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

InputFormat = Literal["auto", "page", "jsonl", "warc"]
Report = Callable[[str], None]

PAGE_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php")
PAGE_SUFFIXES += (".jsp", ".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
STDIN = "-"


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
    """The HTML records of one open WARC stream (for engines that open files themselves)."""
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
    if item.path is not None:
        return "page"
    head = _peek(stream)
    if head.startswith(b"\x1f\x8b"):
        head = zlib.decompressobj(wbits=47).decompress(head, 64)
    head = head.lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    return "jsonl" if head.startswith(b"{") else "page"


def _peek(stream: IO[bytes]) -> bytes:
    peek = getattr(stream, "peek", None)
    return peek(4096)[:4096] if peek else b""


def _maybe_gunzip(stream: IO[bytes]) -> IO[bytes]:
    if _peek(stream).startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


# --- pages -------------------------------------------------------------------------------------


def _page(item: Input, stream: IO[bytes], settings: SourceSettings, report: Report) -> Record:
    label = item.label
    try:
        data = stream.read(settings.max_bytes)
    except OSError as error:
        message = f"cannot read {label}: {error.strerror or error}"
        return unreadable(label, label, item.name, message, report)
    return Record(id=label, data=data, kind=settings.page_kind, origin=label, name=item.name)


# --- JSONL -------------------------------------------------------------------------------------


def _jsonl(
    item: Input, stream: IO[bytes], settings: SourceSettings, report: Report
) -> Iterator[Record]:
    label = item.label
    lines = _maybe_gunzip(stream)
    number = 0
    try:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield _jsonl_record(line, number, item, settings)
    except (OSError, EOFError, zlib.error) as error:
        where = f"{label}:{number + 1}"
        message = f"cannot read {where}: {error}"
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
        return _with(base, data=base64.b64decode(html, validate=True))
    except ValueError as error:
        return _with(base, error=f"field {settings.html_field!r} is not base64: {error}")


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _with(record: Record, **changes: Any) -> Record:
    from dataclasses import replace

    return replace(record, **changes)


# --- WARC --------------------------------------------------------------------------------------


def _warc(
    item: Input, stream: IO[bytes], settings: SourceSettings, report: Report
) -> Iterator[Record]:
    """HTML response/resource records; a broken stream ends this file with one error record."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        message = f"cannot read {item.label}: WARC needs FastWARC: pip install 'cleanarticle[warc]'"
        yield unreadable(item.label, item.label, item.name, message, report)
        return
    types = WarcRecordType.response | WarcRecordType.resource
    archive = ArchiveIterator(stream, record_types=types, parse_http=True, auto_decode="none")
    iterator = iter(archive)
    number = 0
    while True:
        try:
            warc_record = next(iterator)
        except StopIteration:
            return
        except (OSError, ValueError) as error:
            message = f"cannot read {item.label} after record {number}: {error}"
            where, name = f"{item.label}@{number + 1}", f"{item.name}/{number + 1:08d}"
            yield unreadable(where, item.label, name, message, report)
            return
        if _is_html(warc_record):
            number += 1
            yield _warc_record(warc_record, number, item, settings)


def _is_html(warc_record: Any) -> bool:
    if warc_record.is_http:
        content_type = warc_record.http_content_type
    else:
        content_type = warc_record.headers.get("Content-Type")
    if not content_type:
        content_type = warc_record.headers.get("WARC-Identified-Payload-Type")
    return bool(content_type) and content_type.split(";")[0].strip().lower() in HTML_TYPES


def _warc_record(warc_record: Any, number: int, item: Input, settings: SourceSettings) -> Record:
    record_id = warc_record.headers.get("WARC-Record-ID") or f"{item.label}@{number}"
    base = Record(
        id=record_id, url=warc_record.headers.get("WARC-Target-URI") or None,
        origin=item.label, name=f"{item.name}/{number:08d}", kind="html",
    )  # fmt: skip
    try:
        payload = warc_record.reader.read(settings.max_bytes)
        charset = warc_record.http_charset if warc_record.is_http else None
        if warc_record.is_http:
            payload = http_payload(payload, warc_record.http_headers, settings.max_bytes)
    except (OSError, ValueError, zlib.error) as error:
        return _with(base, error=f"broken payload: {error}")
    return _with(base, data=payload, encoding=charset or None)


def http_payload(data: bytes, headers: Any, max_bytes: int) -> bytes:
    """Undo the transfer and content encodings a crawler stored as they came off the wire."""
    transfer = (headers.get("Transfer-Encoding") or "").lower()
    if "chunked" in transfer:
        data = dechunk(data)
    encodings = [e.strip().lower() for e in (headers.get("Content-Encoding") or "").split(",")]
    for encoding in reversed([e for e in encodings if e and e != "identity"]):
        data = _decompress(data, encoding, max_bytes)
    return data


def _decompress(data: bytes, encoding: str, max_bytes: int) -> bytes:
    if encoding in ("gzip", "x-gzip", "deflate"):
        if encoding == "deflate" and not data.startswith(b"\x78"):
            return zlib.decompressobj(-zlib.MAX_WBITS).decompress(data, max_bytes)
        return zlib.decompressobj(wbits=47).decompress(data, max_bytes)  # a truncated tail is kept
    if encoding == "br":
        import brotli  # FastWARC depends on it

        return brotli.decompress(data)[:max_bytes]
    raise ValueError(f"unsupported Content-Encoding {encoding!r}")


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
