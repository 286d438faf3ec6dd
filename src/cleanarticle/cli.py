"""`cleanarticle PATH...`: print the clean article of each page file (HTML or text dump)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from cleanarticle import extract, extract_text
from cleanarticle.article import Article
from cleanarticle.output import to_json, to_markdown, to_text

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp"}
_TEXT_SUFFIXES = {".txt", ".text"}
_PAGE_SUFFIXES = _HTML_SUFFIXES | _TEXT_SUFFIXES
_RENDERERS = {"text": to_text, "json": to_json, "markdown": to_markdown}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    failures = 0
    paths = list(_expand(args.paths))
    if not paths:
        print("cleanarticle: no page files found", file=sys.stderr)
        return 2
    for position, path in enumerate(paths):
        try:
            data = path.read_bytes()
        except OSError as error:
            print(f"cleanarticle: cannot read {path}: {error.strerror or error}", file=sys.stderr)
            failures += 1
            continue
        article = _extract(data, path, args.input)
        _print(article, path, args, first=position == 0, many=len(paths) > 1)
    if failures:
        print(f"cleanarticle: {failures} file(s) failed", file=sys.stderr)
    return 1 if failures else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanarticle",
        description="Print the clean article (body and metadata) of web pages or page text dumps.",
    )
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders (searched for pages)")
    parser.add_argument(
        "--input",
        choices=("auto", "html", "text"),
        default="auto",
        help="how to read the files (auto: by extension, then by content)",
    )
    parser.add_argument("--format", choices=tuple(_RENDERERS), default="text")
    parser.add_argument(
        "--explain", action="store_true", help="also list every removed block and why"
    )
    return parser


def _expand(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(
                child
                for child in path.rglob("*")
                if child.is_file() and child.suffix.lower() in _PAGE_SUFFIXES
            )
        else:
            yield path


def _extract(data: bytes, path: Path, mode: str) -> Article:
    if mode == "auto":
        mode = _sniff(data, path)
    if mode == "text":
        from cleanarticle.decode import decode

        return extract_text(decode(data), url=None)
    return extract(data)


def _sniff(data: bytes, path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _TEXT_SUFFIXES:
        return "text"
    head = data[:2048].lstrip().lower()
    markers = (b"<!doctype", b"<html", b"<head", b"<body", b"<div", b"<p>", b"<meta")
    return "html" if any(marker in head for marker in markers) else "text"


def _print(article: Article, path: Path, args: argparse.Namespace, first: bool, many: bool) -> None:
    if args.format == "json":
        record = {"path": str(path), **article.to_dict()}
        if not args.explain:
            record.pop("removed")
        print(json.dumps(record, ensure_ascii=False))
        return
    if many:
        print(("" if first else "\n") + f"==> {path} <==")
    if args.format == "text":
        print(_text_with_metadata(article))
    else:
        print(to_markdown(article))
    if args.explain:
        print("\n--- removed ---")
        for removal in article.removed:
            print(f"[{removal.detector}] {removal.reason}: {_clip(removal.text)}")


def _text_with_metadata(article: Article) -> str:
    fields = (
        ("title", article.title), ("date", article.date), ("author", article.author),
        ("source", article.source),
    )  # fmt: skip
    header = "\n".join(f"{name}: {value}" for name, value in fields if value)
    return f"{header}\n\n{article.text}" if header else article.text


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


if __name__ == "__main__":
    sys.exit(main())
