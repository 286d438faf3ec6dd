"""Bytes to text: cheap evidence first (BOM, hint, declaration, strict UTF-8), chardet last.

GB2312 and GBK labels are read as GB18030, their superset: pages labelled GB2312 routinely use
GBK characters, and decoding them as declared loses text. A page that mixes UTF-8 with a legacy
charset (a UTF-8 template around GBK content) is decoded piece by piece. Decoding never raises,
whatever the label says.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass

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
# Labels HTTP clients report when a server names no charset: evidence, but the weakest kind.
_WEAK_HINTS = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"})
# Tried, strictly, on undeclared bytes chardet cannot place, before the single-byte fallback.
_STRICT_CJK = ("gb18030", "big5hkscs", "cp932", "cp949")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CJK_RUN = re.compile(
    "[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]{2,}"
)
# Characters a single-byte Latin codec (cp1252, Latin-1) makes of bytes 0x80-0xFF.
_LATIN_RUN = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}"
)
# C1 control characters belong in no page's text: UTF-8 holding them is not a clean reading.
_C1 = re.compile("[\u0080-\u009f]")
_MOJIBAKE_SAMPLE = 100_000
_MOJIBAKE_MIN = 8  # fewer non-ASCII characters than this are no evidence either way
_MOJIBAKE_SHARE = 0.9  # GBK or UTF-8 read as cp1252: ~1.0; dense Portuguese (`ção`): 0.5-0.85
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
    return decode_page(data, hint).text


@dataclass(frozen=True)
class Decoded:
    """The page's text, the codec that read it, and why that codec (for `Article.removed`)."""

    text: str
    encoding: str
    why: str

    def note(self) -> str:
        return f"read as {self.encoding}: {self.why}"


def decode_page(data: bytes, hint: str | None = None) -> Decoded:
    """Decode page bytes; each label is evidence, weighed against what the bytes say.

    Order: a BOM; the transport hint (unless it is ISO-8859-1/ASCII, the HTTP default, which
    only counts when nothing better is found); the page's declaration; strict UTF-8; a page
    mixing UTF-8 and a legacy charset; the weak hint; chardet; strict CJK codecs; cp1252. A
    label whose text is clear mojibake loses to another candidate that decodes cleanly.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, errors="replace"), codec, "BOM")
    hinted = normalize_label(hint)
    weak = hinted is not None and (hint or "").strip().lower() in _WEAK_HINTS
    labels: list[tuple[str | None, str, bool]] = []
    if not weak:
        labels.append((hinted, f"transport hint {hint!r}", False))
    declared = declared_encoding(data)
    labels.append((normalize_label(declared), f"declared in the page ({declared!r})", True))
    garbled: Decoded | None = None
    for encoding, why, in_page in labels:
        if in_page and encoding and encoding.startswith(("utf-16", "utf-32")):
            encoding = "utf-8"  # read in ASCII, so not UTF-16 (WHATWG's rule for <meta>)
        if encoding and encoding != "utf-8":
            found = _candidate(data, encoding, why)
            if found is not None and not looks_mojibake(found.text):
                return found
            garbled = garbled or found
        if encoding == "utf-8":
            break  # a UTF-8 declaration is checked strictly below, and may lie
    text = _try_decode(data, "utf-8")
    if text is not None and not (garbled and _C1.search(text)):
        return Decoded(text, "utf-8", _with_loser("valid UTF-8", garbled))
    if text is not None and garbled is not None:  # mojibake either way (C1 controls in UTF-8,
        return garbled  # cp1252 text saved twice): the label, as a browser would read it
    mixed = _decode_mixed(data)
    if mixed is not None:
        return Decoded(mixed[0], f"utf-8+{mixed[1]}", "UTF-8 mixed with legacy bytes")
    if weak and hinted:
        found = _candidate(data, hinted, f"transport hint {hint!r} (weak: the HTTP default)")
        if found is not None and not looks_mojibake(found.text):
            return found
        garbled = garbled or found
    return _undeclared(data, garbled)


def _candidate(data: bytes, encoding: str, why: str) -> Decoded | None:
    text = _try_decode(data, encoding)
    return None if text is None else Decoded(text, encoding, why)


def _undeclared(data: bytes, garbled: Decoded | None) -> Decoded:
    """No label held: chardet, then strict CJK codecs, then the single-byte fallback."""
    guess = _guess(data)
    if guess is not None and not _single_byte(guess):
        found = _candidate(data, guess, "chardet's guess")
        if found is not None and not looks_mojibake(found.text):
            return Decoded(found.text, guess, _with_loser(found.why, garbled))
    for encoding in _STRICT_CJK:
        text = _strict(data, encoding)
        if text is not None and _mostly_cjk(text):
            why = f"undeclared bytes that decode strictly as {encoding}"
            return Decoded(text, encoding, _with_loser(why, garbled))
    if guess is not None and _single_byte(guess):
        found = _candidate(data, guess, "chardet's guess")
        if found is not None and not looks_mojibake(found.text):
            return Decoded(found.text, guess, _with_loser(found.why, garbled))
    if garbled is not None:
        return Decoded(garbled.text, garbled.encoding, garbled.why + "; looks garbled, no better")
    encoding = guess or "cp1252"
    why = "chardet's guess" if guess else "single-byte fallback (chardet found nothing)"
    return Decoded(data.decode(encoding, errors="replace"), encoding, why)


@functools.lru_cache(maxsize=64)
def _single_byte(encoding: str) -> bool:
    """One character per byte (cp1252, koi8-r…): such a codec reads any bytes without error,
    so its success is no evidence, and strict multi-byte codecs are tried first."""
    try:
        return len(bytes(range(0x80, 0x100)).decode(encoding, errors="replace")) == 128
    except (LookupError, UnicodeError):
        return False


def _with_loser(why: str, garbled: Decoded | None) -> str:
    if garbled is None:
        return why
    return f"{why}; {garbled.encoding} ({garbled.why}) gave mojibake"


def _strict(data: bytes, encoding: str) -> str | None:
    """Every byte valid in `encoding` (a character cut off at the end excepted), else None."""
    try:
        return codecs.getincrementaldecoder(encoding)().decode(data, final=False)
    except (UnicodeError, LookupError):
        return None


def _mostly_cjk(text: str) -> bool:
    """CJK text, not Latin text that a double-byte codec happens to accept.

    Latin-1 bytes pass strict GB18030 whenever each accented letter precedes an ASCII one
    (`für` -> `f黵`): such "CJK" characters stand alone between Latin letters, while real CJK
    text runs them together (or with CJK punctuation).
    """
    sample = text[:_MOJIBAKE_SAMPLE]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    cjk = len(_CJK.findall(sample))
    in_runs = sum(len(run) for run in _CJK_RUN.findall(sample))
    return cjk >= 2 and cjk >= 0.8 * non_ascii and in_runs >= 0.8 * cjk


def looks_mojibake(text: str) -> bool:
    """Multi-byte text read in a single-byte Latin codec: its non-ASCII characters come in runs.

    GBK read as cp1252 gives `¹«°²»ú¹Ø`, UTF-8 read as cp1252 gives `Ã©`, `â€™`: nearly every
    non-ASCII character sits next to another Latin-1-range one. Real Latin text has them one
    at a time between ASCII letters (`adopté`), at most a share in pairs (`ção`, `«\xa0`).
    """
    sample = text[:_MOJIBAKE_SAMPLE]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if non_ascii < _MOJIBAKE_MIN:
        return False
    in_runs = sum(len(run) for run in _LATIN_RUN.findall(sample))
    return in_runs >= _MOJIBAKE_SHARE * non_ascii


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
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if bad <= max(2, len(text) // 2000) and bad * 4 <= non_ascii:  # most bytes must fit
        return text
    return None


def _decode_mixed(data: bytes) -> tuple[str, str] | None:
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
    encoding = _guess(legacy) or "cp1252"
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
    return "".join(pieces), encoding


def _is_mixed(parts: list[bytes]) -> bool:
    utf8_bytes = legacy_bytes = 0
    for run in parts[1::2]:
        if _UTF8.fullmatch(run):
            utf8_bytes += len(run)
        else:
            legacy_bytes += len(run)
    return legacy_bytes > 0 and utf8_bytes >= _MIXED_UTF8_SHARE * (utf8_bytes + legacy_bytes)


def _guess(data: bytes) -> str | None:
    """chardet's charset for the page's non-ASCII words; None when it names none."""
    import chardet  # imported lazily: most pages never need it

    guess = chardet.detect(_guess_sample(data[:_CHARDET_BYTES]))
    encoding = normalize_label(guess.get("encoding"))
    encoding = _GUESS_ON_THE_WEB.get(encoding or "", encoding)
    return encoding


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


# File signatures (magic bytes) of what crawls hold besides pages, with a name for each.
_MAGIC = (
    (b"%PDF", "pdf"), (b"\x89PNG", "png"), (b"GIF87a", "gif"), (b"GIF89a", "gif"),
    (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
    (b"\x00\x00\x01\x00", "ico"), (b"wOFF", "woff"), (b"wOF2", "woff2"),
    (b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"), (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"), (b"7z\xbc\xaf\x27\x1c", "7z"), (b"Rar!\x1a\x07", "rar"),
    (b"\x28\xb5\x2f\xfd", "zstd"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ms-office"),
    (b"OggS", "ogg"), (b"fLaC", "flac"), (b"\x1a\x45\xdf\xa3", "webm"), (b"FLV\x01", "flv"),
    (b"\x7fELF", "elf"), (b"\x00asm", "wasm"), (b"SQLite format 3\x00", "sqlite"),
    (b"\xca\xfe\xba\xbe", "mach-o"), (b"\xcf\xfa\xed\xfe", "mach-o"),
)  # fmt: skip
_RIFF = {b"WEBP": "webp", b"WAVE": "wav", b"AVI ": "avi"}
_ZIP_KINDS = ((b"word/", "docx"), (b"xl/", "xlsx"), (b"ppt/", "pptx"), (b"epub", "epub"))
_CONTROL = bytes(range(0, 9)) + b"\x0b\x0e\x0f" + bytes(range(0x10, 0x1B))


def binary_type(data: bytes) -> str | None:
    """What a non-text file is ("pdf", "png", "zip"…), or None for a text page.

    Magic bytes first, then the share of control bytes, which no text page has in bulk; only
    the first 4 KB are read, so this costs microseconds whatever the size.
    """
    head = data[:4096]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return _zip_kind(head) if name == "zip" else name
    if head.startswith(b"RIFF"):
        return _RIFF.get(head[8:12], "riff")
    if head[4:8] == b"ftyp":
        return "heif" if head[8:12] in (b"heic", b"avif", b"mif1") else "mp4"
    if head.startswith(b"ID3") and head[3:4] in (b"\x02", b"\x03", b"\x04"):
        return "mp3"
    if head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return "bzip2"
    if head.startswith(b"MZ") and b"\x00" in head[2:64]:
        return "exe"
    if not head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    controls = len(head) - len(head.translate(None, _CONTROL))
    return "unknown (control bytes)" if controls > max(8, len(head) // 20) else None


def looks_binary(data: bytes) -> bool:
    """A file format signature, or control bytes that no text page contains in bulk."""
    return binary_type(data) is not None


def _zip_kind(head: bytes) -> str:
    for marker, name in _ZIP_KINDS:
        if marker in head[30:200]:
            return name
    return "zip"
