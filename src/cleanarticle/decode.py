"""Bytes to text: cheap evidence first (BOM, hint, declaration, strict UTF-8), chardet last.

GB2312 and GBK labels are read as GB18030, their superset: pages labelled GB2312 routinely use
GBK characters, and decoding them as declared loses text. Decoding never raises.
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
_SNIFF_BYTES = 4096
_CHARDET_BYTES = 64_000


def decode(data: bytes, hint: str | None = None) -> str:
    """Decode page bytes, trying: BOM, the caller's hint, the page's declaration, UTF-8, chardet."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    for label in (hint, declared_encoding(data)):
        encoding = normalize_label(label)
        if encoding and encoding != "utf-8":
            text = _try_decode(data, encoding)
            if text is not None:
                return text
        if encoding == "utf-8":
            break  # a UTF-8 declaration is checked strictly below, and may lie
    text = _try_decode(data, "utf-8")
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
    return _SUPERSETS.get(name, name).replace("_", "-") if name != "utf-8" else "utf-8"


def _try_decode(data: bytes, encoding: str) -> str | None:
    """Strict decode; tolerate a few bad bytes (a truncated page, one stray byte) but not more."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") <= max(2, len(text) // 2000):
        return text
    return None


def _guess(data: bytes) -> str:
    import chardet  # imported lazily: most pages never need it

    guess = chardet.detect(data[:_CHARDET_BYTES])
    encoding = normalize_label(guess.get("encoding"))
    return encoding or "cp1252"


_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
    b"\xfd7zXZ", b"RIFF", b"\x00\x00\x01\x00", b"OggS", b"ID3", b"\x7fELF",
)  # fmt: skip
_CONTROL = bytes(range(0, 9)) + b"\x0b\x0e\x0f" + bytes(range(0x10, 0x1b))


def looks_binary(data: bytes) -> bool:
    """A file format signature, or control bytes that no text page contains in bulk."""
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        return True
    if not head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > max(8, len(head) // 20)
