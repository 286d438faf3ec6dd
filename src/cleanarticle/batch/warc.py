"""A WARC reader that reports damage instead of hiding it, and resumes after it.

Crawls come cut short (a copy interrupted, a disk full) and now and then with flipped bytes. A
reader that stops quietly at the first bad byte loses every record after it, and one that skips
a record without a word breaks the rule that every input record yields an output record. This
reader checks each record's framing (the `WARC/` line, `Content-Length`, the blank line after
the block) and, on damage, yields a `Damage` with the record's byte offset in the file (of its
gzip member in a `.warc.gz`) and skips to the next record:
in a `.warc.gz`, the next gzip member (one per record, as the standard recommends); in a plain
`.warc`, the next `WARC/1.` after the damaged record's start.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from cleanarticle.batch.unpack import GZIP_MAGIC, Damaged

_CHUNK = 1 << 16
_MAX_HEADER = 1 << 20  # bytes of WARC or HTTP headers before a record counts as damaged
_RESYNC = b"WARC/1."  # not only at a line start: the newline before it may be the damage
_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion",
     "continuation"}
)  # fmt: skip


@dataclass(frozen=True)
class WarcRecord:
    """One record: its WARC headers (names lower-cased), its block (up to the kept size), the
    block's full length, and where the record starts (see `_Reader.mark`)."""

    headers: dict[str, str]
    block: bytes
    length: int
    offset: int

    @property
    def type(self) -> str:
        return self.headers.get("warc-type", "").lower()


@dataclass(frozen=True)
class Damage:
    offset: int
    reason: str
    headers: dict[str, str] = field(default_factory=dict)  # of the damaged record, if read


def read_warc(
    stream: IO[bytes], keep: int, gzipped: bool = False
) -> Iterator[WarcRecord | Damage]:
    """Every record of a WARC or WARC.gz stream, blocks kept up to `keep` bytes each.

    gzipped: the name says so (then a damaged first member does not make it a plain WARC);
    else the first bytes decide."""
    gzipped = gzipped or _peek(stream).startswith(GZIP_MAGIC)
    source: _Plain | _Gunzip = _Gunzip(stream) if gzipped else _Plain(stream)
    reader = _Reader(source)
    while True:
        start: int | None = None
        headers: dict[str, str] = {}
        try:
            start = reader.mark()
            record = _record(reader, keep, headers, start)
        except Damaged as damage:
            start = damage.offset if start is None else start
            yield Damage(start, damage.reason, headers)
            if not reader.resync(start):
                return
            continue
        if record is None:
            return
        yield record


def _record(
    reader: _Reader, keep: int, headers: dict[str, str], offset: int
) -> WarcRecord | None:
    """The next record, None at a clean end; fills `headers` as it reads them."""
    line = reader.line()
    while line in (b"\r\n", b"\n"):  # tolerate extra blank lines between records
        line = reader.line()
    if not line:
        return None
    if not line.startswith(b"WARC/"):
        raise Damaged(offset, "no WARC record starts here")
    size = len(line)
    while True:
        line = reader.line()
        size += len(line)
        if not line.endswith(b"\n"):
            raise Damaged(offset, "record headers cut short (truncated file)")
        if line in (b"\r\n", b"\n"):
            break
        if size > _MAX_HEADER or b":" not in line:
            raise Damaged(offset, "malformed WARC header line")
        name, _, value = line.decode("utf-8", "replace").partition(":")
        headers[name.strip().lower()] = value.strip()
    try:
        length = int(headers.get("content-length", ""))
    except ValueError:
        raise Damaged(offset, "record without a valid Content-Length") from None
    if length < 0:
        raise Damaged(offset, "negative Content-Length")
    if headers.get("warc-type", "").lower() not in _TYPES:
        raise Damaged(offset, f"unknown WARC-Type {headers.get('warc-type')!r}")
    block = reader.take(min(length, keep))
    got = len(block) + reader.skip(length - len(block))
    if got < length:
        raise Damaged(offset, f"record cut short: {got} of {length} bytes (truncated file)")
    end = reader.take(2)
    if end == b"\r\n":
        end += reader.take(2)
    complete = end in (b"\r\n\r\n", b"\n\n")
    if not complete and not (b"\r\n\r\n".startswith(end) and reader.at_end()):
        raise Damaged(offset, "record does not end where its Content-Length says")
    return WarcRecord(headers, block, length, offset)


def _peek(stream: IO[bytes]) -> bytes:
    peek = getattr(stream, "peek", None)
    return peek(4)[:4] if peek else b""


class _Plain:
    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def read(self) -> bytes:
        return self._stream.read(_CHUNK)

    def next_member(self) -> bool:
        return False


class _Gunzip:
    """The decompressed bytes of a gzip stream, member by member, so that damage is placed at
    its member's offset and reading can go on at the next member."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._pending = b""
        self._offset = 0  # file offset of _pending[0]
        self._decompressor: zlib._Decompress | None = None
        self.member = 0
        # The compressed bytes of the member being read, so that a resync can search them again
        # (damage can carry reading past the next member's start).
        self._member_raw = bytearray()

    def read(self) -> bytes:
        """Some decompressed bytes; b"" at a clean end; raises Damaged."""
        while True:
            if self._decompressor is None:
                if len(self._pending) < 2 and not self._more() and not self._pending:
                    return b""
                if not self._pending.startswith(GZIP_MAGIC):
                    if not self._pending.strip(b"\x00") and not self._more():
                        return b""
                    raise Damaged(self._offset, "bytes between gzip members are not gzip")
                self._decompressor = zlib.decompressobj(wbits=31)
                self.member = self._offset
                self._member_raw.clear()
            if not self._pending and not self._more():
                raise Damaged(self.member, "gzip member cut short (truncated file)")
            try:
                out = self._decompressor.decompress(self._pending, _CHUNK)
            except zlib.error as error:
                raise Damaged(self.member, f"corrupt gzip member ({error})") from None
            decompressor = self._decompressor
            left = decompressor.unused_data if decompressor.eof else decompressor.unconsumed_tail
            consumed = len(self._pending) - len(left)
            self._member_raw += self._pending[:consumed]
            self._offset += consumed
            self._pending = left
            if decompressor.eof:
                self._decompressor = None
            if out:
                return out

    def next_member(self, damaged: int) -> bool:
        """Skip to the next gzip member after the one at `damaged` that holds a WARC record;
        False when there is none."""
        start = 1
        if self._member_raw:
            # Search again from the start of the member being read: a corrupt member's inflater
            # may have eaten the next member's bytes, or its record run on into the next member
            # (then that member itself is the one to read again).
            self._pending = bytes(self._member_raw) + self._pending
            self._offset = self.member
            start = 0 if self.member > damaged else 1
            self._member_raw.clear()
        self._decompressor = None
        while True:
            found = self._pending.find(GZIP_MAGIC + b"\x08", start)
            if found < 0:
                keep = max(0, len(self._pending) - 2)
                self._offset += keep
                self._pending = self._pending[keep:]
                if not self._more():
                    return False
                start = 0
                continue
            self._offset += found
            self._pending = self._pending[found:]
            while len(self._pending) < 512 and self._more():
                pass
            if _starts_a_record(self._pending):
                return True
            start = 1

    def _more(self) -> bool:
        chunk = self._stream.read(_CHUNK)
        self._pending += chunk
        return bool(chunk)


def _starts_a_record(data: bytes) -> bool:
    try:
        return zlib.decompressobj(wbits=31).decompress(data, 8).startswith(b"WARC/")
    except zlib.error:
        return False


class _Reader:
    """Buffered lines and blocks over a source, with the uncompressed position."""

    def __init__(self, source: _Plain | _Gunzip) -> None:
        self._source = source
        self._buffer = bytearray()
        self.position = 0  # uncompressed offset of _buffer[0]
        self._marked: bytearray | None = None  # bytes read since the current record's start
        self._mark = 0
        self._mark_limit = _MAX_HEADER

    def mark(self, limit: int = 32 << 20) -> int:
        """The offset of the record starting here: in the file for a plain WARC, of its gzip
        member for a WARC.gz. A plain WARC's bytes are kept from here on (up to `limit`) to
        search them again for the next record should this one prove damaged."""
        self._mark, self._mark_limit = self.position, limit
        if isinstance(self._source, _Gunzip):
            self._marked = None
            if not self._buffer:
                self._fill()  # the first byte of the record tells which member holds it
            return self._source.member
        self._marked = bytearray()
        return self.position

    def line(self) -> bytes:
        start = 0
        while True:
            end = self._buffer.find(b"\n", start)
            if end >= 0:
                return self._cut(end + 1)
            if len(self._buffer) > _MAX_HEADER:
                return self._cut(len(self._buffer))
            start = len(self._buffer)
            if not self._fill():
                return self._cut(len(self._buffer))

    def take(self, size: int) -> bytes:
        while len(self._buffer) < size and self._fill():
            pass
        return self._cut(min(size, len(self._buffer)))

    def skip(self, size: int) -> int:
        skipped = 0
        while skipped < size:
            if not self._buffer and not self._fill():
                break
            step = min(size - skipped, len(self._buffer))
            self._cut(step)
            skipped += step
        return skipped

    def at_end(self) -> bool:
        return not self._buffer and not self._fill()

    def resync(self, damaged: int) -> bool:
        """Go to the next record after the damaged one at `damaged` (a `mark`); False at the end."""
        if isinstance(self._source, _Gunzip):
            self._buffer.clear()
            try:
                return self._source.next_member(damaged)
            except Damaged:
                return False
        # Plain WARC: search the bytes after the damaged record's start for the next header.
        if self._marked is not None and self._mark == damaged:
            self._buffer[:0] = self._marked
            self.position = self._mark
        self._marked = None
        start = max(0, damaged + 1 - self.position)
        while True:
            found = self._buffer.find(_RESYNC, start)
            if found >= 0:
                self._cut(found)
                return True
            start = max(0, len(self._buffer) - len(_RESYNC))
            if not self._fill():
                return False

    def _fill(self) -> bool:
        chunk = self._source.read()
        self._buffer += chunk
        return bool(chunk)

    def _cut(self, size: int) -> bytes:
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        self.position += size
        if self._marked is not None:
            if len(self._marked) + size > self._mark_limit:
                self._marked = None  # too long to keep: a resync starts after it
            else:
                self._marked += data
        return data
