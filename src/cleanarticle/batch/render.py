"""A cleaned record as output text: a JSONL record, text with a metadata header, Markdown or
an HTML document.

Rendering runs in the worker processes, so the parent only writes finished strings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from cleanarticle.article import Article
from cleanarticle.batch.records import Record, Result, sniff, truncated
from cleanarticle.explain.grouping import explain
from cleanarticle.options import Options
from cleanarticle.output import to_html, to_markdown

Format = Literal["json", "text", "markdown", "html"]
EXTENSIONS: dict[str, str] = {"json": ".json", "text": ".txt", "markdown": ".md", "html": ".html"}


@dataclass(frozen=True)
class Rendering:
    format: Format = "json"
    explain: bool = False
    front_matter: bool = False  # Markdown opens with YAML front matter holding the metadata
    verbose: bool = False  # --explain lists every cut, not a few per rule
    report: bool = False  # also build the visual report of the cuts (--report, --report-dir)
    stats: bool = False  # also count the cuts per rule (--stats)


def render(record: Record, result: Result, rendering: Rendering) -> str:
    if rendering.format == "json":
        return json.dumps(output_record(record, result, rendering.explain), ensure_ascii=False)
    article = result.article or Article()
    if rendering.format == "html":
        return to_html(article)
    if rendering.format == "markdown":
        body = to_markdown(article, front_matter=rendering.front_matter)
    else:
        body = text_with_metadata(article)
        if article.comments:
            body += "\n\n--- comments ---\n" + article.comments
    if result.status != "ok":  # a failed or empty record still says what it is and why
        body = _status_header(record, result) + (f"\n\n{body}" if body else "")
    if rendering.explain:
        body += "\n\n--- metadata from ---" + "".join(
            f"\n{name}: {_clip(origin)}" for name, origin in article.provenance.items()
        )
        body += "\n\n" + explain(article.removed, rendering.verbose)
    return body


def report_page(record: Record, result: Result, options: Options) -> str:
    """The visual report of the record's cuts; for a record with no article to show (failed,
    skipped), a short page saying why. Never raises: a report must not cost the record."""
    from cleanarticle.explain.report import report, status_page

    article = result.article
    if article is None or result.status in ("skipped", "timeout", "error"):
        return status_page(record.id, result.status, result.error)
    kind = sniff(record.data, record.origin) if record.kind == "auto" else record.kind
    try:
        return report(
            article, record.data, encoding=record.encoding, options=options, text=kind == "text"
        )
    except Exception as error:  # a mismatch or a bug: say so in the report's place
        return status_page(record.id, "error", f"no report: {type(error).__name__}: {error}")


def rule_counts(article: Article | None) -> tuple[tuple[str, int, int], ...]:
    """(rule, cuts, characters) of the article's cuts, for --stats."""
    counts: dict[str, list[int]] = {}
    for cut in article.removed if article is not None else ():
        entry = counts.setdefault(cut.rule or cut.detector, [0, 0])
        entry[0] += 1
        entry[1] += len(cut.text)
    return tuple((rule, cuts, chars) for rule, (cuts, chars) in counts.items())


def output_record(record: Record, result: Result, explain: bool = False) -> dict[str, Any]:
    """id, path, url, status, error, truncated, then the article's fields (`removed` only when
    explaining). `truncated`: the page was cut at the size limit (`removed` says where).

    `url` is the input's URL when it has one, else the page's own canonical URL.
    """
    fields: dict[str, Any] = result.article.to_dict() if result.article else {}
    article_url = fields.pop("url", None)
    if not explain:
        fields.pop("removed", None)
    return {
        "id": record.id,
        "path": record.origin or None,
        "url": record.url or article_url,
        "status": result.status,
        "error": result.error,
        "truncated": truncated(result.article),
        **fields,
    }


def text_with_metadata(article: Article) -> str:
    fields = (
        ("title", article.title), ("date", article.date), ("author", article.author),
        ("source", article.source),
    )  # fmt: skip
    header = "\n".join(f"{name}: {value}" for name, value in fields if value)
    return f"{header}\n\n{article.text}" if header else article.text


def _status_header(record: Record, result: Result) -> str:
    fields = (
        ("id", record.id), ("url", record.url or (result.article and result.article.url)),
        ("status", result.status), ("error", result.error),
    )  # fmt: skip
    return "\n".join(f"{name}: {value}" for name, value in fields if value)


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
