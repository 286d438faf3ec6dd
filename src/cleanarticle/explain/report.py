"""The visual report: one self-contained HTML file showing what was kept and what was cut.

The page's blocks in page order, kept text plain and removed text highlighted one colour per
detector; hovering or focusing a cut shows its rule, reason and evidence. A side panel holds
the metadata with where each value came from, and the cuts counted per rule; a checkbox shows
the kept article alone.

Safe to open whatever the page held: the page's markup is never copied, only its text, and
every piece of text is escaped; there are no links, no images and no script (the toggle and the
tooltips are CSS), and a Content-Security-Policy forbids scripts and every network load anyway.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape

from cleanarticle.article import Article, Removal
from cleanarticle.blocks import Block
from cleanarticle.explain.grouping import group
from cleanarticle.options import Options
from cleanarticle.pipeline import page_blocks
from cleanarticle.types import Mode

# One colour per stage; a detector not listed here gets the fallback.
COLOURS = {
    "navigation": "#ffd8a8", "link_farm": "#ffc9c9", "seo_spam": "#e599f7",
    "legal": "#b2f2bb", "promo": "#ffec99", "forum_chrome": "#a5d8ff", "captions": "#99e9f2",
    "section_labels": "#d0bfff", "leaked_markup": "#ced4da", "repeated_labels": "#fcc2d7",
    "scorer": "#ced4da", "metadata": "#c5f6fa",
}  # fmt: skip
FALLBACK_COLOUR = "#e9ecef"
_FIELDS = (
    "title", "author", "editor", "date", "date_modified", "source", "sitename", "url",
    "language", "description", "tags", "categories", "image",
)  # fmt: skip
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
_STYLE = """
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#212529;background:#fff}
.layout{display:flex;gap:1.5rem;padding:1rem;align-items:flex-start}
main{flex:3;min-width:0} aside{flex:2;min-width:16rem;position:sticky;top:0;max-height:100vh;
overflow:auto;font-size:13px}
header.top{padding:.6rem 1rem;border-bottom:1px solid #dee2e6;background:#f8f9fa}
.b{margin:.15rem 0;padding:.1rem .3rem;white-space:pre-wrap;overflow-wrap:anywhere}
.k-heading{font-weight:600;font-size:1.1em;margin-top:.6rem}
.k-list_item::before{content:"• "}
.cut{position:relative;border-radius:3px;outline-offset:1px;scroll-margin-top:10rem}
div.cut{border-left:3px solid rgba(0,0,0,.3)}
.cut:focus,.cut:target{outline:2px solid #1c7ed6}
.tip{display:none;position:absolute;left:0;top:100%;z-index:5;min-width:18rem;max-width:32rem;
padding:.4rem .6rem;background:#212529;color:#f8f9fa;border-radius:4px;font-size:12px;
white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.cut:hover>.tip,.cut:focus>.tip,.cut:target>.tip{display:block}
.tip b{color:#ffd43b}
#kept-only:checked~.layout .cut{display:none}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}
th{white-space:nowrap}
td,th{border-bottom:1px solid #e9ecef;padding:.2rem .3rem;text-align:left;vertical-align:top;
overflow-wrap:anywhere}
.sw{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;vertical-align:middle;
margin-right:.3rem}
.prov{color:#868e96;font-size:12px}
"""


class PageMismatch(ValueError):
    """The article's cuts do not line up with the blocks of the page given for the report."""


@dataclass(frozen=True)
class _Line:
    """One block as the report shows it: its cuts, whole or inside the line."""

    block: Block
    whole: Removal | None
    spans: tuple[Removal, ...]


def report(
    article: Article,
    page: str | bytes,
    *,
    encoding: str | None = None,
    options: Options | None = None,
    text: bool = False,
) -> str:
    """The report of ``article``, extracted from ``page`` (with the same ``encoding`` hint and
    ``options``; ``text=True`` for a plain-text dump given to ``extract_text``).

    Raises ``PageMismatch`` (a ValueError) when the cuts do not match the page's blocks.
    """
    mode: Mode = "text" if text else "html"
    blocks = page_blocks(page, encoding, options or Options(), mode)
    lines = _lines(blocks, article.removed)
    notes = [cut for cut in article.removed if cut.index < 0]
    title = article.title or article.url or "page"
    return "".join(
        [
            "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>",
            f"<meta http-equiv='Content-Security-Policy' content=\"{_POLICY}\">",
            "<meta name='referrer' content='no-referrer'>",
            "<meta name='viewport' content='width=device-width,initial-scale=1'>",
            f"<title>cleanarticle report: {_text(title)}</title>",
            f"<style>{_STYLE}{_swatch_classes()}</style></head><body>",
            _top(article, blocks),
            "<input type='checkbox' id='kept-only'>",
            "<label for='kept-only'> show the kept article only</label>",
            "<div class='layout'><main id='page'>",
            *(_line(line) for line in lines),
            "</main><aside id='panel'>",
            _metadata(article),
            _rules(article.removed),
            _notes(notes),
            _legend(article.removed),
            "</aside></div></body></html>\n",
        ]
    )


def _lines(blocks: Sequence[Block], removed: Sequence[Removal]) -> list[_Line]:
    """Each block with its cuts, checking that every cut is found where it says it was."""
    whole: dict[int, Removal] = {}
    spans: dict[int, list[Removal]] = {}
    for cut in removed:
        if cut.index < 0:
            continue
        if cut.index >= len(blocks):
            raise PageMismatch(f"cut at block {cut.index}, but the page has {len(blocks)} blocks")
        line = blocks[cut.index].text
        if cut.span is None:
            if cut.text != line:
                raise PageMismatch(f"block {cut.index} is not the cut text {cut.text[:40]!r}")
            whole[cut.index] = cut
        else:
            start, end = cut.span
            if line[start:end] != cut.text:
                raise PageMismatch(f"block {cut.index} does not hold {cut.text[:40]!r} there")
            spans.setdefault(cut.index, []).append(cut)
    return [
        _Line(block, whole.get(block.index), tuple(spans.get(block.index, ())))
        for block in blocks
    ]


def _line(line: _Line) -> str:
    block = line.block
    kind = block.kind.value
    classes = f"b k-{kind}"  # the kind is an enum value, never page text
    if line.whole is not None:
        cut = line.whole
        attributes = _cut_attributes(cut, f"{classes} cut {_swatch(cut.detector)}")
        return f"<div {attributes}>{_text(block.text)}{_tip(cut)}</div>"
    if not line.spans:
        return f"<div class='{classes}'>{_text(block.text)}</div>"
    return f"<div class='{classes}'>{''.join(_with_spans(block.text, line.spans))}</div>"


def _with_spans(text: str, cuts: Sequence[Removal]) -> Iterator[str]:
    """The line's text with each cut span marked; overlapping spans are clipped, never
    dropped, so every cut keeps its mark."""
    position = 0
    for cut in sorted(cuts, key=lambda c: c.span or (0, 0)):
        start, end = cut.span or (0, 0)
        start = max(start, position)
        end = max(end, start)
        yield _text(text[position:start])
        attributes = _cut_attributes(cut, f"cut {_swatch(cut.detector)}")
        yield f"<mark {attributes}>{_text(text[start:end])}{_tip(cut)}</mark>"
        position = end
    yield _text(text[position:])


def _cut_attributes(cut: Removal, classes: str) -> str:
    """A cut is focusable (its tip shows on focus) and has an id to link to: report.html#cut-12
    opens with the tip of block 12's cut shown (#cut-12-40: the cut from character 40 on)."""
    span = f"-{cut.span[0]}" if cut.span is not None else ""
    return (
        f"id='cut-{cut.index}{span}' class='{classes}' tabindex='0' "
        f"data-rule='{_text(cut.rule)}' data-detector='{_text(cut.detector)}' "
        f"data-index='{cut.index}'"
    )


def _tip(cut: Removal) -> str:
    """Rule, reason, evidence and other flags, shown on hover or focus."""
    parts = [f"<b>{_text(cut.rule)}</b> ({_text(cut.detector)})<br>{_text(cut.reason)}"]
    if cut.evidence:
        numbers = ", ".join(f"{key} {value}" for key, value in cut.evidence.items())
        parts.append(f"evidence: {_text(numbers)}")
    for flag in cut.also:
        parts.append(f"also {_text(flag.detector)}: {_text(flag.rule)}, {_text(flag.reason)}")
    if cut.path:
        parts.append(f"at {_text(cut.path)}")
    if cut.span is not None:
        parts.append(f"characters {cut.span[0]}-{cut.span[1]} of the line")
    return f"<span class='tip' role='tooltip'>{'<br>'.join(parts)}</span>"


def _top(article: Article, blocks: Sequence[Block]) -> str:
    cuts = [cut for cut in article.removed if cut.index >= 0]
    chars = sum(len(cut.text) for cut in cuts)
    return (
        f"<header class='top'><b>{_text(article.title or 'untitled page')}</b><br>"
        f"{len(blocks)} blocks; {len(cuts)} cuts removed {chars} characters; "
        f"the article keeps {len(article.text)} characters. Hover or focus a highlighted cut "
        "for its rule and reason.</header>"
    )


def _metadata(article: Article) -> str:
    rows = []
    for name in _FIELDS:
        value = getattr(article, name)
        if isinstance(value, tuple):
            value = ", ".join(value)
        if not value:
            continue
        origin = article.provenance.get(name)
        source = f"<div class='prov'>from {_text(origin)}</div>" if origin else ""
        rows.append(f"<tr data-field='{name}'><th>{name}</th><td>{_text(value)}{source}</td></tr>")
    body = "".join(rows) or "<tr><td>no metadata found</td></tr>"
    return f"<h2>Metadata</h2><table id='metadata'>{body}</table>"


def _rules(removed: Sequence[Removal]) -> str:
    rows = []
    for found in group(cut for cut in removed if cut.index >= 0):
        swatches = "".join(f"<span class='sw {_swatch(d)}'></span>" for d in found.detectors)
        rows.append(
            f"<tr data-rule='{_text(found.rule)}'><td>{swatches}{_text(found.rule)}</td>"
            f"<td>{len(found.cuts)}</td><td>{found.chars}</td></tr>"
        )
    head = "<tr><th>rule</th><th>cuts</th><th>chars</th></tr>"
    return f"<h2>Cuts per rule</h2><table id='rules'>{head}{''.join(rows)}</table>"


def _notes(notes: Sequence[Removal]) -> str:
    if not notes:
        return ""
    items = "".join(f"<li>{_text(note.rule)}: {_text(note.reason)}</li>" for note in notes)
    return f"<h2>Notes</h2><ul id='notes'>{items}</ul>"


def _legend(removed: Sequence[Removal]) -> str:
    detectors = dict.fromkeys(cut.detector for cut in removed if cut.index >= 0)
    items = "".join(
        f"<li><span class='sw {_swatch(name)}'></span>{_text(name)}</li>" for name in detectors
    )
    return f"<h2>Colours</h2><ul id='legend'>{items}</ul>" if items else ""


def _swatch(detector: str) -> str:
    """The CSS class of a detector's colour (a fixed name, never page text)."""
    return f"c-{detector}" if detector in COLOURS else "c-other"


def _swatch_classes() -> str:
    rules = [f".c-{name}{{background:{colour}}}" for name, colour in COLOURS.items()]
    return "".join(rules) + f".c-other{{background:{FALLBACK_COLOUR}}}"


def _text(value: object) -> str:
    """Page text as HTML text or attribute value: every markup character escaped."""
    return escape(str(value), quote=True)


def status_page(record_id: str, status: str, error: str | None) -> str:
    """The report's place for a record with no article to show (binary, failed, timed out)."""
    detail = f": {_text(error)}" if error else ""
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{_POLICY}\">"
        f"<title>cleanarticle report: {_text(record_id)}</title></head><body>"
        f"<p id='status'>{_text(record_id)}: {_text(status)}{detail}</p></body></html>\n"
    )
