"""`cleanarticle PATH...`: clean pages, folders, JSONL dumps and WARC files, one record each.

This module only turns arguments into a `BatchConfig`; the work is in `cleanarticle.batch`.
Exit codes: 0 all records ok or empty; 1 some record failed (error or timeout) or some input
was unreadable; 2 bad usage (or nothing found); 130 interrupted (rerun with --resume).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cleanarticle import __version__
from cleanarticle.batch.records import DEFAULT_TIME_LIMIT
from cleanarticle.batch.render import Format, Rendering
from cleanarticle.batch.runner import Chunking, Job
from cleanarticle.batch.session import BatchConfig, Summary, run_batch
from cleanarticle.batch.sinks import BatchError
from cleanarticle.batch.sources import JSONL_SUFFIXES, STDIN, WARC_SUFFIXES, SourceSettings
from cleanarticle.options import Options


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        config = _config(args)
    except ValueError as error:
        parser.error(str(error))
    try:
        summary = run_batch(config)
    except BatchError as error:
        print(f"cleanarticle: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return _pipe_closed()
    except KeyboardInterrupt:
        if config.output or config.output_dir:
            print("cleanarticle: interrupted; rerun with --resume to continue", file=sys.stderr)
        return 130
    return _report(summary, args.quiet)


def _pipe_closed() -> int:
    """The reader went away (``cleanarticle dir/ | head``): what was written stands, so exit 0
    quietly; stdout is pointed at devnull so that the final flush raises nothing either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (an embedding caller's stream)
        pass
    return 0


def _report(summary: Summary, quiet: bool) -> int:
    if summary.processed == 0 and summary.resumed == 0:
        print("cleanarticle: no page files found", file=sys.stderr)
        return 2
    if not quiet:
        print(f"cleanarticle: {summary.line()}", file=sys.stderr)
    if summary.unreadable:
        print(f"cleanarticle: {summary.unreadable} file(s) failed", file=sys.stderr)
    if summary.failed:
        print(f"cleanarticle: {summary.failed} record(s) failed", file=sys.stderr)
    return 1 if summary.failed or summary.unreadable else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanarticle",
        description="Clean web pages, page dumps, JSONL and WARC files into articles "
        "(body and metadata): one output record per input record.",
    )
    parser.add_argument("paths", nargs="+", help="files, folders (searched recursively), or -")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _input_arguments(parser.add_argument_group("input"))
    _extraction_arguments(parser.add_argument_group("extraction"))
    _output_arguments(parser.add_argument_group("output"))
    _run_arguments(parser.add_argument_group("run"))
    return parser


def _input_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--input", choices=("auto", "html", "text"), default="auto",
        help="how to read pages (auto: by extension, then by content; JSONL pages: html)",
    )  # fmt: skip
    group.add_argument(
        "--input-format", choices=("auto", "page", "jsonl", "warc"), default="auto",
        help="what each input is (auto: .jsonl/.ndjson[.gz] JSONL, .warc[.gz] WARC, else a page; "
        "stdin is sniffed)",
    )  # fmt: skip
    group.add_argument("--glob", help="files a folder contributes, e.g. '*.warc.gz'")
    group.add_argument("--html-field", default="html", help="JSONL field with the page")
    group.add_argument("--url-field", default="url", help="JSONL field with the URL")
    group.add_argument("--id-field", default="id", help="JSONL field with the record id")
    group.add_argument(
        "--encoding-field", default="encoding",
        help="JSONL field with the page's charset (a hint for --html-base64 bytes)",
    )  # fmt: skip
    group.add_argument(
        "--html-base64", action="store_true", help="the JSONL page field holds base64 raw bytes"
    )


def _extraction_arguments(group: argparse._ArgumentGroup) -> None:
    """The library's Options, one flag each."""
    group.add_argument(
        "--favor", choices=("balanced", "precision", "recall"), default="balanced",
        help="precision drops borderline blocks, recall keeps them (default: balanced)",
    )  # fmt: skip
    group.add_argument(
        "--detectors", metavar="NAMES",
        help="comma-separated detectors to run (default: all; '' runs none)",
    )  # fmt: skip
    group.add_argument("--no-tables", action="store_true", help="leave table rows out")
    group.add_argument("--links", action="store_true", help="keep links (absolute URLs)")
    group.add_argument("--images", action="store_true", help="keep images (absolute URLs)")
    group.add_argument(
        "--comments", action="store_true", help="keep the comment section apart from the body"
    )


def _output_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--format", choices=("text", "json", "jsonl", "markdown", "html"),
        help="text (with a metadata header), markdown, html (a small safe document), or json "
        "(one record per line); default: json with --output, else text",
    )  # fmt: skip
    group.add_argument(
        "--front-matter", action="store_true",
        help="Markdown starts with YAML front matter holding the metadata",
    )  # fmt: skip
    group.add_argument(
        "--explain", action="store_true",
        help="also say what was cut and why: per rule, a count and the first examples "
        "(JSON: every cut in `removed`)",
    )  # fmt: skip
    group.add_argument(
        "-v", "--verbose", action="store_true", help="with --explain, list every cut"
    )
    group.add_argument(
        "-o", "--output", type=Path, help="write JSONL records to this file (atomically)"
    )
    group.add_argument(
        "--output-dir", type=Path, help="write one .txt/.md/.json file per input record here"
    )
    group.add_argument(
        "--resume", action="store_true", help="continue an interrupted --output/--output-dir run"
    )
    group.add_argument(
        "--report", type=Path, metavar="FILE",
        help="write a visual HTML report of what was kept and cut (one page)",
    )  # fmt: skip
    group.add_argument(
        "--report-dir", type=Path, metavar="DIR", help="write one visual report per record here"
    )
    group.add_argument(
        "--stats", type=Path, metavar="FILE",
        help="write the count of cuts and cut characters per rule over the run (JSON)",
    )  # fmt: skip


def _run_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "-j", "--jobs", type=int, default=1, help="worker processes (0: one per core)"
    )
    group.add_argument(
        "--time-limit", type=float, default=DEFAULT_TIME_LIMIT,
        help=f"seconds per page before it is given up as a timeout (0: none; "
        f"default {DEFAULT_TIME_LIMIT:g})",
    )  # fmt: skip
    group.add_argument(
        "--chunk-size", type=int, default=Chunking.records, help="records per worker task"
    )
    group.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )  # fmt: skip
    group.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")


def _config(args: argparse.Namespace) -> BatchConfig:
    if args.jobs < 0 or args.chunk_size < 1 or args.time_limit < 0:
        raise ValueError("--jobs, --time-limit must be >= 0 and --chunk-size >= 1")
    fmt = _format(args)
    if args.report and args.report_dir:
        raise ValueError("use either --report or --report-dir, not both")
    if args.report and _many(args.paths, args.input_format):
        raise ValueError("--report takes one page; use --report-dir for several")
    time_limit = args.time_limit or None
    sources = SourceSettings(
        input_format=args.input_format, page_kind=args.input, glob=args.glob,
        html_field=args.html_field, url_field=args.url_field, id_field=args.id_field,
        encoding_field=args.encoding_field, html_base64=args.html_base64,
    )  # fmt: skip
    return BatchConfig(
        paths=tuple(args.paths),
        job=Job(
            _options(args, time_limit),
            _rendering(args, fmt),
        ),
        sources=sources,
        workers=args.jobs or os.cpu_count() or 1,
        output=args.output,
        output_dir=args.output_dir,
        resume=args.resume,
        progress=args.progress,
        quiet=args.quiet,
        headers=fmt != "json" and _many(args.paths, args.input_format),
        chunking=Chunking(records=args.chunk_size),
        report=args.report,
        report_dir=args.report_dir,
        stats=args.stats,
    )


def _rendering(args: argparse.Namespace, fmt: Format) -> Rendering:
    """How each record is rendered, and what else the workers build (reports, rule counts)."""
    return Rendering(
        fmt, args.explain, args.front_matter, verbose=args.verbose,
        report=bool(args.report or args.report_dir), stats=args.stats is not None,
    )  # fmt: skip


def _options(args: argparse.Namespace, time_limit: float | None) -> Options:
    """Options from the extraction flags; a bad value raises ValueError (a usage error)."""
    detectors = None
    if args.detectors is not None:
        detectors = tuple(name.strip() for name in args.detectors.split(",") if name.strip())
    return Options(
        favor=args.favor, detectors=detectors, include_tables=not args.no_tables,
        include_links=args.links, include_images=args.images, include_comments=args.comments,
        time_limit=time_limit,
    )  # fmt: skip


_FORMATS: dict[str, Format] = {
    "json": "json", "jsonl": "json", "text": "text", "markdown": "markdown", "html": "html",
}  # fmt: skip


def _format(args: argparse.Namespace) -> Format:
    fmt = _FORMATS[args.format or ("json" if args.output else "text")]
    if args.output and fmt != "json":
        raise ValueError("--output writes JSONL; use --output-dir for text or Markdown files")
    return fmt


def _many(paths: Sequence[str], input_format: str) -> bool:
    """Whether stdout text needs a header per record: several inputs, a folder or a container."""
    if len(paths) > 1 or input_format in ("jsonl", "warc"):
        return True
    path = paths[0]
    if path == STDIN:
        return False
    lowered = path.lower()
    return Path(path).is_dir() or lowered.endswith(JSONL_SUFFIXES + WARC_SUFFIXES)


if __name__ == "__main__":
    sys.exit(main())
