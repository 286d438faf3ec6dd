"""The benchmark pages with their ground truth, and the decoding a careful user applies.

Datasets live in `<repo>/../shared/bench/` (override with `--bench-dir`):
`scrapinghub/` (English, gzip'd UTF-8 HTML, body truth), `zh/` (Chinese, raw bytes in their
own encodings, body/author/date truth), `wcxb/` (English, 7 page types), `fundus/` (news in
~20 languages) and `readability/` (Readability.js test pages); the last three gzip'd, with
body/title/author/date truth (see each folder's README for what a missing or null value means).
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BENCH_DIR = REPO.parent / "shared" / "bench"
DATASETS = ("scrapinghub", "zh", "wcxb", "fundus", "readability")


@dataclass(frozen=True)
class Page:
    """One benchmark page: its bytes as fetched, the careful decode, and the truth."""

    page_id: str
    url: str | None
    raw: bytes
    html: str  # `raw` decoded as a careful user would (see `careful_decode`)
    encoding: str  # the codec `html` was decoded with
    language: str  # the page's language code ("en", "zh", "de"…): peers' stoplists and models
    true_body: str
    true_author: str | None = None
    true_date: str | None = None
    page_type: str = "article"  # wcxb's page types: article, forum, product, listing, …
    has_author: bool = True  # False where the truth has no author key (not scored)
    has_date: bool = True


@dataclass(frozen=True)
class Dataset:
    name: str
    language: str
    has_metadata: bool
    pages: tuple[Page, ...]


# name -> (default language, file suffix, has metadata truth)
_LAYOUT = {
    "scrapinghub": ("en", ".html.gz", False),
    "zh": ("zh", ".html", True),
    "wcxb": ("en", ".html.gz", True),
    "fundus": ("en", ".html.gz", True),
    "readability": ("en", ".html.gz", True),
}


def load(name: str, bench_dir: Path = DEFAULT_BENCH_DIR) -> Dataset:
    if name not in _LAYOUT:
        raise ValueError(f"unknown dataset {name!r}; expected one of {DATASETS}")
    language, suffix, has_metadata = _LAYOUT[name]
    return _load(bench_dir / name, name, language, suffix, has_metadata)


def _load(folder: Path, name: str, language: str, suffix: str, has_metadata: bool) -> Dataset:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = tuple(
        _page(page_id, entry, _read(folder / "html" / f"{page_id}{suffix}"), language)
        for page_id, entry in sorted(truth.items())
    )
    return Dataset(name, language, has_metadata, pages)


def _language(entry: dict[str, str | None], default: str) -> str:
    """The truth's `lang` ("de-at" -> "de"), else the set's language."""
    code = (entry.get("lang") or "").split("-")[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else default


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _page(page_id: str, entry: dict[str, str | None], raw: bytes, language: str) -> Page:
    html, encoding = careful_decode(raw)
    url = entry.get("url")
    return Page(
        page_id=page_id,
        url=url if url and url != "None" else None,
        raw=raw,
        html=html,
        encoding=encoding,
        language=_language(entry, language),
        true_body=entry.get("articleBody") or "",
        true_author=entry.get("author"),
        true_date=entry.get("date"),
        page_type=entry.get("page_type") or "article",
        has_author="author" in entry,
        has_date="date" in entry,
    )


# --- careful decoding --------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# WHATWG Encoding Standard: these labels decode with a superset codec in every browser.
_WHATWG_LABELS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_SNIFF_BYTES = 4096


def careful_decode(raw: bytes) -> tuple[str, str]:
    """What a careful user does before calling a str-only extractor.

    BOM, else the `<meta charset>` (labels read as browsers read them, e.g. gb2312 as GB18030),
    else strict UTF-8, else charset-normalizer's best guess; never raises.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), codec
    declared = _declared_codec(raw)
    if declared:
        return raw.decode(declared, errors="replace"), declared
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guessed = _guessed_codec(raw)
    return raw.decode(guessed, errors="replace"), guessed


def _declared_codec(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:_SNIFF_BYTES])
    if not match:
        return None
    label = match.group(1).decode("ascii", errors="ignore").lower()
    label = _WHATWG_LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _guessed_codec(raw: bytes) -> str:
    from charset_normalizer import from_bytes  # only pages that are not UTF-8 need it

    best = from_bytes(raw).best()
    if best is None:
        return "utf-8"
    name = codecs.lookup(best.encoding).name
    return _WHATWG_LABELS.get(name, name)


def reference_pairs(bench_dir: Path = DEFAULT_BENCH_DIR) -> list[tuple[str, str]] | None:
    """(true body, published trafilatura 2.0.0 output) per scrapinghub page, None if absent."""
    folder = bench_dir / "scrapinghub"
    path = folder / "reference" / "trafilatura-2.0.0.json"
    if not path.is_file():
        return None
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    output = json.loads(path.read_text(encoding="utf-8"))["output"]
    return [(entry["articleBody"], output[key]["articleBody"]) for key, entry in truth.items()]
