"""One input record, its cleaning, and its status: the rules every batch path shares.

The CLI, the Spark function, the Scrapy pipeline and the datatrove step all call `clean`, so a
page gets the same status (`ok`, `empty`, `skipped`, `error`, `timeout`) whichever engine ran it:
`skipped` is a binary file (PDF, image, archive…), never cleaned into garbage text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Literal

from cleanarticle import extract, extract_text
from cleanarticle.article import BINARY, BINARY_RULE, CUT, CUT_RULE, Article, Removal
from cleanarticle.decode import binary_type
from cleanarticle.options import Options

Status = Literal["ok", "empty", "skipped", "error", "timeout"]
STATUSES: tuple[Status, ...] = ("ok", "empty", "skipped", "error", "timeout")
FAILED: frozenset[str] = frozenset({"error", "timeout"})
PageKind = Literal["auto", "html", "text"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
DEFAULT_TIME_LIMIT = 30.0  # seconds per page in batch runs: far above any sane page's cost
_HTML_MARKERS = (b"<!doctype", b"<html", b"<head", b"<body", b"<div", b"<p>", b"<meta")


@dataclass(frozen=True)
class Record:
    """One input page as a source read it, before cleaning.

    id: stable within an input (file path, JSONL id or `file:line`, WARC-Record-ID); resume
        checks it. origin: the input file ("-" for stdin). name: output name for --output-dir
        (relative, without extension). error: why the record could not be read, if it could not;
        reported: that reason is already on stderr. cut: the note for a page the source cut
        at its size limit ("page cut at N of M bytes"), which goes into `Article.removed`.
    """

    id: str
    data: bytes | str = b""
    url: str | None = None
    encoding: str | None = None
    kind: PageKind = "html"
    origin: str = ""
    name: str = ""
    error: str | None = None
    reported: bool = False
    cut: str | None = None


@dataclass(frozen=True)
class Result:
    status: Status
    article: Article | None
    error: str | None = None


def batch_options(time_limit: float | None = DEFAULT_TIME_LIMIT) -> Options:
    """Default options for batch and engine runs: the library's, plus a time limit."""
    return Options(time_limit=time_limit)


def clean(
    data: bytes | bytearray | str,
    *,
    url: str | None = None,
    encoding: str | None = None,
    kind: PageKind = "html",
    options: Options | None = None,
    origin: str = "",
) -> Result:
    """Clean one page; never raises: a library exception becomes status `error`."""
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    try:
        article = _extract(data, url, encoding, kind, options or batch_options(), origin)
    except Exception as error:  # the batch must go on whatever one page does
        return Result("error", None, f"{type(error).__name__}: {error}")
    return classify(article)


def clean_record(record: Record, options: Options) -> Result:
    if record.error is not None:
        return Result("error", None, record.error)
    result = clean(
        record.data, url=record.url, encoding=record.encoding, kind=record.kind,
        options=options, origin=record.origin,
    )  # fmt: skip
    if record.cut is None or result.article is None:
        return result
    note = Removal("input", record.cut, "", rule=CUT_RULE)
    article = replace(result.article, removed=(note, *result.article.removed))
    return replace(result, article=article)


def classify(article: Article) -> Result:
    """`timeout` when the time limit emptied the article, `skipped` for a binary file,
    `empty` when no text is left."""
    if article.text:
        return Result("ok", article)
    for removal in article.removed:
        if removal.detector == "time_limit":
            return Result("timeout", article, removal.reason)
        if removal.detector == "input" and removal.reason.startswith(BINARY):
            return Result("skipped", article, removal.reason)
    return Result("empty", article)


def truncated(article: Article | None) -> bool:
    """Whether the page was cut at a size limit before cleaning."""
    removed = article.removed if article is not None else ()
    return any(r.detector == "input" and r.reason.startswith(CUT) for r in removed)


def _extract(
    data: bytes | str,
    url: str | None,
    encoding: str | None,
    kind: PageKind,
    options: Options,
    origin: str,
) -> Article:
    if isinstance(data, bytes):  # before sniffing, which would take a PDF for a text dump
        binary = binary_type(data)
        if binary is not None:
            removal = Removal("input", f"{BINARY}{binary}", "", rule=BINARY_RULE)
            return Article(url=url, removed=(removal,))
    if kind == "auto":
        kind = sniff(data, origin)
    if kind == "html":
        return extract(data, url=url, encoding=encoding, options=options)
    if isinstance(data, bytes):
        from cleanarticle.decode import decode

        data = decode(data, encoding)
    return extract_text(data, url=url, options=options)


def sniff(data: bytes | str, origin: str = "") -> Literal["html", "text"]:
    """HTML or text dump: by the file's extension, else by markup near the top."""
    suffix = PurePath(origin).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:2048]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    head = head.lstrip().lower()
    return "html" if any(marker in head for marker in _HTML_MARKERS) else "text"
