"""Compressed pages, found by their bytes: bounded decompression, and damage located.

A page may be gzip whatever its name says (`page.html.gz`, `gzip -c page.html | cleanarticle -`,
a WARC payload the server sent compressed). Decompression stops at the size limit, so a
compression bomb costs at most `max_bytes` of memory and the time to produce them; a stream cut
short or corrupt raises `Damaged` with the byte offset where the damaged member starts.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import IO

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16


class Damaged(ValueError):
    """Input that is cut short or corrupt; `offset` is the byte where the damage was found."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(f"{reason} at byte {offset}")
        self.offset = offset
        self.reason = reason


@dataclass(frozen=True)
class Unpacked:
    """Decompressed bytes, and whether more followed past the limit (then they were cut)."""

    data: bytes
    more: bool = False

    def cut_note(self) -> str | None:
        if not self.more:
            return None
        return f"page cut at {len(self.data)} bytes of its decompressed content (more followed)"


def is_gzip(data: bytes) -> bool:
    return data[:3] == GZIP_MAGIC + b"\x08"


def gunzip(data: bytes, max_bytes: int) -> Unpacked:
    """gzip bytes (one member or several) to at most `max_bytes`; raises Damaged."""
    return gunzip_stream(_BytesStream(data), max_bytes)


def gunzip_stream(stream: IO[bytes] | _BytesStream, max_bytes: int) -> Unpacked:
    """Read a gzip stream to its end (or to `max_bytes` of output); raises Damaged."""
    out = bytearray()
    position = 0  # compressed bytes consumed
    member = 0
    decompressor: zlib._Decompress | None = None
    pending = b""
    while True:
        if decompressor is None:
            if len(pending) < 2:
                pending += stream.read(_CHUNK)
            if not pending:
                return Unpacked(bytes(out))
            if not pending.startswith(GZIP_MAGIC):
                if not pending.strip(b"\x00"):  # zero padding after the last member
                    return Unpacked(bytes(out))
                what = "data after the gzip stream" if position else "the data"
                raise Damaged(position, f"{what} is not gzip")
            decompressor, member = zlib.decompressobj(wbits=31), position
        if not pending:
            pending = stream.read(_CHUNK)
            if not pending:
                raise Damaged(member, "gzip stream cut short (truncated file)")
        try:
            chunk = decompressor.decompress(pending, max_bytes + 1 - len(out))
        except zlib.error as error:
            raise Damaged(member, f"corrupt gzip data ({error})") from None
        out += chunk
        left = decompressor.unused_data if decompressor.eof else decompressor.unconsumed_tail
        position += len(pending) - len(left)
        pending = left
        if len(out) > max_bytes:
            return Unpacked(bytes(out[:max_bytes]), more=True)
        if decompressor.eof:
            decompressor = None


def inflate(data: bytes, encoding: str, max_bytes: int) -> Unpacked:
    """An HTTP Content-Encoding undone within `max_bytes`; a truncated tail is kept (crawlers
    store payloads cut at their own limit). Raises ValueError for data that is not what the
    header says."""
    if encoding in ("gzip", "x-gzip", "deflate"):
        wbits = 47  # gzip or zlib header, found by the data
        if encoding == "deflate" and not data.startswith(b"\x78"):
            wbits = -zlib.MAX_WBITS  # raw deflate, as some servers send it
        decompressor = zlib.decompressobj(wbits=wbits)
        out = decompressor.decompress(data, max_bytes + 1)
        return Unpacked(out[:max_bytes], more=len(out) > max_bytes)
    if encoding == "br":
        return _unbrotli(data, max_bytes)
    raise ValueError(f"unsupported Content-Encoding {encoding!r}")


def _unbrotli(data: bytes, max_bytes: int) -> Unpacked:
    try:
        import brotli  # FastWARC (the `warc` extra) brings it
    except ImportError:
        raise ValueError("Content-Encoding br needs brotli: pip install brotli") from None
    decompressor = brotli.Decompressor()
    try:
        out = decompressor.process(data, output_buffer_limit=max_bytes + 1)
    except brotli.error as error:
        raise ValueError(f"broken brotli data: {error}") from None
    return Unpacked(out[:max_bytes], more=len(out) > max_bytes)


class _BytesStream:
    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._position = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._data) if size < 0 else self._position + size
        chunk = bytes(self._data[self._position : end])
        self._position += len(chunk)
        return chunk
