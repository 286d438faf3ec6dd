"""Bytes to text: cheap evidence first (BOM, hint, declaration, strict UTF-8), chardet last.

GB2312 and GBK labels are read as GB18030, their superset: pages labelled GB2312 routinely use
GBK characters, and decoding them as declared loses text. A page that mixes UTF-8 with a legacy
charset (a UTF-8 template around GBK content) is decoded piece by piece. Decoding never raises,
whatever the label says.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARATION = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Labels whose real-world use is a superset encoding (WHATWG encoding standard, plus GB18030).
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
}
# Python codecs that no web page is in: they raise on ordinary bytes or reinterpret backslashes.
# chardet's guesses that share most letters with a far more common web charset: on short
# Russian text it says MacCyrillic for windows-1251 pages (which agree on the lower-case letters).
_GUESS_ON_THE_WEB = {"mac-cyrillic": "cp1251"}
_NOT_WEB = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"})
_SNIFF_BYTES = 4096
_CHARDET_BYTES = 64_000
_NON_ASCII = re.compile(rb"([\x80-\xff]+)")
_MIXED_UTF8_SHARE = 0.2  # share of non-ASCII bytes in valid UTF-8 runs that makes a page mixed
_MIXED_SAMPLE = 256_000
# chardet reads only the words that hold non-ASCII bytes (markup and ASCII words tell it
# nothing), and only the first few thousand bytes of them: it costs ~1.5 ms per KB of CJK, and
# on the bench's undeclared GB pages 4 KB already gives the answer 64 KB gives.
_GUESS_SAMPLE = 6_000
_MARKUP_BYTES = re.compile(rb"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)
_NON_ASCII_WORD = re.compile(rb"[^\s<>]*[\x80-\xff][^\s<>]*")
_UTF8 = re.compile(  # well-formed UTF-8 multi-byte characters (no overlongs, no surrogates)
    rb"(?:[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})+"
)


def decode(data: bytes, hint: str | None = None) -> str:
    """Decode page bytes, trying: BOM, the caller's hint, the page's declaration, UTF-8, chardet."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    for label, declared in ((hint, False), (declared_encoding(data), True)):
        encoding = normalize_label(label)
        if declared and encoding and encoding.startswith(("utf-16", "utf-32")):
            encoding = "utf-8"  # read in ASCII, so not UTF-16 (WHATWG's rule for <meta>)
        if encoding and encoding != "utf-8":
            text = _try_decode(data, encoding)
            if text is not None:
                return text
        if encoding == "utf-8":
            break  # a UTF-8 declaration is checked strictly below, and may lie
    text = _try_decode(data, "utf-8")
    if text is not None:
        return text
    text = _decode_mixed(data)
    if text is not None:
        return text
    return data.decode(_guess(data), errors="replace")


def declared_encoding(data: bytes) -> str | None:
    """The charset named in a <meta> or XML declaration near the top of the page."""
    match = _DECLARATION.search(data[:_SNIFF_BYTES])
    if not match:
        return None
    label = match.group(1) or match.group(2)
    return label.decode("ascii", errors="ignore")


def normalize_label(label: str | None) -> str | None:
    """A Python codec name for an encoding label, or None when unknown."""
    if not label:
        return None
    label = label.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in _NOT_WEB:
        return None
    try:
        b" ".decode(name, errors="replace")
    except (LookupError, UnicodeError):  # base64, zlib, rot13...: codecs, not text encodings
        return None
    return _SUPERSETS.get(name, name).replace("_", "-") if name != "utf-8" else "utf-8"


def _try_decode(data: bytes, encoding: str) -> str | None:
    """Strict decode; tolerate a few bad bytes (a truncated page, one stray byte) but not more."""
    try:  # incremental, so that a last character cut off by truncation is dropped, not an error
        return codecs.getincrementaldecoder(encoding)().decode(data, final=False)
    except UnicodeDecodeError:
        pass
    except (UnicodeError, LookupError):  # a codec that cannot decode at all
        return None
    try:
        text = data.decode(encoding, errors="replace")
    except (UnicodeError, LookupError):
        return None
    if text.count("\ufffd") <= max(2, len(text) // 2000):
        return text
    return None


def _decode_mixed(data: bytes) -> str | None:
    """UTF-8 runs as UTF-8, the rest in the legacy charset they are in; None unless mixed.

    Non-ASCII runs that are valid UTF-8 stay UTF-8; the stretches between them (legacy bytes
    with the ASCII around them, so double-byte characters with ASCII trail bytes stay whole)
    are decoded in the charset chardet finds for the legacy bytes alone. The first
    ``_MIXED_SAMPLE`` bytes decide, so a plain legacy page costs little here.
    """
    if not _is_mixed(_NON_ASCII.split(data[:_MIXED_SAMPLE])):
        return None
    parts = _NON_ASCII.split(data)  # ascii, run, ascii, run, ..., ascii
    utf8 = [index % 2 == 1 and _UTF8.fullmatch(run) is not None for index, run in enumerate(parts)]
    legacy = b" ".join(part for index, part in enumerate(parts) if index % 2 and not utf8[index])
    encoding = _guess(legacy)
    if encoding.startswith(("utf-", "ascii")):
        encoding = "gb18030"  # chardet names no legacy charset: take the widest CJK one
    pieces: list[str] = []
    pending: list[bytes] = []
    for part, is_utf8 in zip(parts, utf8):
        if is_utf8:
            pieces.append(b"".join(pending).decode(encoding, errors="replace"))
            pieces.append(part.decode("utf-8"))
            pending = []
        else:
            pending.append(part)
    pieces.append(b"".join(pending).decode(encoding, errors="replace"))
    return "".join(pieces)


def _is_mixed(parts: list[bytes]) -> bool:
    utf8_bytes = legacy_bytes = 0
    for run in parts[1::2]:
        if _UTF8.fullmatch(run):
            utf8_bytes += len(run)
        else:
            legacy_bytes += len(run)
    return legacy_bytes > 0 and utf8_bytes >= _MIXED_UTF8_SHARE * (utf8_bytes + legacy_bytes)


def _guess(data: bytes) -> str:
    import chardet  # imported lazily: most pages never need it

    guess = chardet.detect(_guess_sample(data[:_CHARDET_BYTES]))
    encoding = normalize_label(guess.get("encoding"))
    encoding = _GUESS_ON_THE_WEB.get(encoding or "", encoding)
    return encoding or "cp1252"


def _guess_sample(data: bytes) -> bytes:
    """The non-ASCII words of the page's text, up to ``_GUESS_SAMPLE`` bytes."""
    words: list[bytes] = []
    size = 0
    for word in _NON_ASCII_WORD.finditer(_MARKUP_BYTES.sub(b" ", data)):
        words.append(word.group())
        size += len(words[-1]) + 1
        if size >= _GUESS_SAMPLE:
            break
    return b" ".join(words) if words else data


_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
    b"\xfd7zXZ", b"RIFF", b"\x00\x00\x01\x00", b"OggS", b"ID3", b"\x7fELF",
)  # fmt: skip
_CONTROL = bytes(range(0, 9)) + b"\x0b\x0e\x0f" + bytes(range(0x10, 0x1B))


def looks_binary(data: bytes) -> bool:
    """A file format signature, or control bytes that no text page contains in bulk."""
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        return True
    if not head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > max(8, len(head) // 20)
