"""The extraction pipeline: decode -> parse -> blocks -> detectors -> scorer -> metadata -> output.

Each stage is a module; this one only wires them, in one direction, and records every cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from urllib.parse import urljoin

from cleanarticle.article import (
    BINARY,
    BINARY_RULE,
    CUT,
    CUT_RULE,
    DECODE_RULE,
    TIME_LIMIT_RULE,
    Article,
    Flag,
    Removal,
)  # fmt: skip
from cleanarticle.blocks import Block, html_blocks, text_blocks
from cleanarticle.decode import binary_type, decode_page
from cleanarticle.detectors import run_detectors
from cleanarticle.explain.location import DomPaths
from cleanarticle.features import PageFeatures
from cleanarticle.limits import Deadline, TimeLimitExceeded
from cleanarticle.metadata import extract_metadata
from cleanarticle.options import Options
from cleanarticle.output import Structure, build_paragraphs, join_text
from cleanarticle.parse import Document, parse
from cleanarticle.scorer import select
from cleanarticle.scorer.comments import comment_blocks
from cleanarticle.types import Context, Mode, Verdict


def run_html(html: str | bytes, url: str | None, encoding: str | None, options: Options) -> Article:
    deadline = Deadline(options.time_limit)
    notes: list[Removal] = []
    try:
        article = _run_html(html, url, encoding, options, deadline, notes)
    except TimeLimitExceeded as exceeded:
        article = _empty(url, "time_limit", str(exceeded), TIME_LIMIT_RULE)
    return _noted(article, notes)


def run_text(text: str, url: str | None, options: Options) -> Article:
    deadline = Deadline(options.time_limit)
    notes = _cut(len(text), options.max_input_bytes, "characters")
    try:
        blocks = text_blocks(text[: options.max_input_bytes])
        article = _assemble(blocks, None, "text", url, options, deadline)
    except TimeLimitExceeded as exceeded:
        article = _empty(url, "time_limit", str(exceeded), TIME_LIMIT_RULE)
    return _noted(article, notes)


def _run_html(
    html: str | bytes,
    url: str | None,
    encoding: str | None,
    options: Options,
    deadline: Deadline,
    notes: list[Removal],
) -> Article:
    limit = options.max_input_bytes
    if isinstance(html, bytes):
        kind = binary_type(html)
        if kind is not None:
            return _empty(url, "input", f"{BINARY}{kind}", BINARY_RULE)
        notes += _cut(len(html), limit, "bytes")
        decoded = decode_page(html[:limit], encoding)
        notes.append(Removal("decode", decoded.note(), "", rule=DECODE_RULE))
        html = decoded.text
    else:  # bytes were checked above; a str gets the same check once
        kind = binary_type(html[:4096].encode("utf-8", "surrogatepass"))
        if kind is not None:
            return _empty(url, "input", f"{BINARY}{kind}", BINARY_RULE)
        notes += _cut(len(html), limit, "characters")
        html = html[:limit]
    deadline.check("decode")
    document = parse(html, max_depth=options.max_depth)
    deadline.check("parse")
    tree = document.tree
    blocks = html_blocks(
        tree.body if tree.body is not None else tree.root,
        deadline,
        links=options.include_links,
        images=options.include_images,
    )
    return _assemble(blocks, document, "html", url, options, deadline)


def page_blocks(
    page: str | bytes, encoding: str | None, options: Options, mode: Mode
) -> list[Block]:
    """The blocks extraction cut this page into (same decoding, size cut and parse), for a
    report of the cuts: a Removal's ``index`` is a position in this list."""
    limit = options.max_input_bytes
    if mode == "text":
        text = decode_page(page, encoding).text if isinstance(page, bytes) else page
        return text_blocks(text[:limit])
    html = decode_page(page[:limit], encoding).text if isinstance(page, bytes) else page[:limit]
    tree = parse(html, max_depth=options.max_depth).tree
    return html_blocks(tree.body if tree.body is not None else tree.root)


def _cut(size: int, limit: int, unit: str) -> list[Removal]:
    """The note a page cut at `max_input_bytes` gets, so a short article is not a mystery."""
    if size <= limit:
        return []
    return [Removal("input", f"{CUT} at {limit} of {size} {unit}", "", rule=CUT_RULE)]


def _noted(article: Article, notes: list[Removal]) -> Article:
    """Input and decoding notes go first in `removed`, before the cuts in page order."""
    return replace(article, removed=(*notes, *article.removed)) if notes else article


def _assemble(
    blocks: list[Block],
    document: Document | None,
    mode: Mode,
    url: str | None,
    options: Options,
    deadline: Deadline,
) -> Article:
    deadline.check("blocks")
    features = PageFeatures(blocks)  # the page's shared facts, for every stage below
    context = Context(mode=mode, options=options, deadline=deadline, features=features)
    verdicts = run_detectors(blocks, context)
    cut = {verdict.index for verdict in verdicts if verdict.span is None}
    selection = select(blocks, cut, context)
    deadline.check("scorer")
    metadata, metadata_verdicts = extract_metadata(document, blocks, selection.kept, url, features)
    deadline.check("metadata")
    all_verdicts = [*verdicts, *selection.verdicts, *metadata_verdicts]
    paths = DomPaths() if mode == "html" else None
    texts, removed = _apply(blocks, selection.kept, all_verdicts, paths)
    structure = Structure(
        options.include_links, options.include_images, _base_url(document, url or metadata.url)
    )
    paragraphs = build_paragraphs(blocks, texts, structure)
    fields = {field.name: getattr(metadata, field.name) for field in dataclass_fields(metadata)}
    fields["url"] = metadata.url or url
    comments = ""
    if options.include_comments:
        comments = _comments(blocks, selection.kept, cut, context, structure)
    return Article(
        **fields, text=join_text(paragraphs), paragraphs=paragraphs, comments=comments,
        removed=removed,
    )  # fmt: skip


def _base_url(document: Document | None, url: str | None) -> str | None:
    """What relative links resolve against: the page's <base href> (itself resolved against
    the page URL), else the page URL."""
    base = document.tree.css_first("base[href]") if document is not None else None
    href = (base.attributes.get("href") or "").strip() if base is not None else ""
    if not href:
        return url
    try:
        return urljoin(url, href) if url else href
    except ValueError:  # a malformed host
        return url


def _comments(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    cut: set[int],
    context: Context,
    structure: Structure,
) -> str:
    """The comment section's text: its blocks the article does not hold and no detector cut
    (reply buttons, vote counts)."""
    inside = set(comment_blocks(blocks, context))
    if not inside:
        return ""
    texts = [
        block.text if block.index in inside and not keep and block.index not in cut else None
        for block, keep in zip(blocks, kept)
    ]
    return join_text(build_paragraphs(blocks, texts, structure))


def _apply(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    verdicts: Sequence[Verdict],
    paths: DomPaths | None = None,
) -> tuple[list[str | None], tuple[Removal, ...]]:
    """The text left of each block after all cuts, and one Removal per cut, in page order.

    A block's first whole-block verdict cuts it; every other verdict on it is kept as a `Flag`.
    ``paths`` (HTML only) locates the removed blocks' elements.
    """
    whole: dict[int, list[Verdict]] = {}
    spans: dict[int, list[Verdict]] = {}
    for verdict in verdicts:
        if verdict.span is None:
            whole.setdefault(verdict.index, []).append(verdict)
        else:
            spans.setdefault(verdict.index, []).append(verdict)
    texts: list[str | None] = []
    removed: list[Removal] = []
    for block, keep in zip(blocks, kept):
        cut_whole = whole.get(block.index)
        if cut_whole is not None or not keep:
            texts.append(None)
            if cut_whole is not None:
                others = (*cut_whole[1:], *spans.get(block.index, ()))
                removed.append(_removal(cut_whole[0], block, block.text, paths, others))
            continue
        text = block.text
        for cut in sorted(spans.get(block.index, ()), key=lambda v: v.span or (0, 0), reverse=True):
            start, end = cut.span or (0, 0)
            removed.append(_removal(cut, block, text[start:end], paths))
            text = text[:start] + text[end:]
        texts.append(" ".join(text.split()) or None)
    return texts, tuple(removed)


def _removal(
    verdict: Verdict,
    block: Block,
    text: str,
    paths: DomPaths | None,
    others: Sequence[Verdict] = (),
) -> Removal:
    """The Removal of one verdict, located; ``others`` flagged the same block."""
    also: tuple[Flag, ...] = ()
    if others:
        also = tuple(dict.fromkeys(Flag(v.detector, v.rule, v.reason) for v in others))
    evidence = dict(verdict.evidence) if verdict.evidence else {}
    path = paths.path(block.node) if paths is not None else ""
    # One write of the instance dict, as Verdict does: pages get hundreds of removals, and the
    # frozen dataclass __init__ makes a setattr call per field.
    removal = object.__new__(Removal)
    object.__setattr__(removal, "__dict__", {
        "detector": verdict.detector, "reason": verdict.reason, "text": text,
        "rule": verdict.rule, "index": block.index, "path": path, "span": verdict.span,
        "evidence": evidence, "also": also,
    })  # fmt: skip
    return removal


def _empty(url: str | None, stage: str, reason: str, rule: str) -> Article:
    return Article(url=url, removed=(Removal(stage, reason, "", rule=rule),))
