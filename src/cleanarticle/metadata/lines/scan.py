"""The line scan: which blocks are read, and the order the line rules run in on each.

Only blocks in two windows are read: the top one (from the title, or a little above the first
kept block, to just inside the body) and the bottom one (around the last kept block), where
articles put their datelines and credits. A cheap character test skips most lines before any
regex runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from cleanarticle.blocks import Block
from cleanarticle.features import PageFeatures
from cleanarticle.hints import CAPTION_WORD
from cleanarticle.metadata.dates import find_dates
from cleanarticle.metadata.html_meta import noise_hint
from cleanarticle.metadata.lines.bylines import byline_element, read_bylines, standalone_names
from cleanarticle.metadata.lines.credits import lead_credit, tail_credit
from cleanarticle.metadata.lines.datelines import read_dates, settle_rest
from cleanarticle.metadata.lines.facts import (
    DATE_PURE_BOTTOM,
    DATE_PURE_TOP,
    DateFound,
    Line,
    LineFacts,
)
from cleanarticle.metadata.lines.fields import read_labelled
from cleanarticle.metadata.lines.patterns import find_labels, has_cue
from cleanarticle.metadata.lines.removal import judge_line

_TOP_REACH = 15  # blocks above the first kept one read when the title is not known
_TOP_INTO_BODY = 6  # blocks of the body read at the top (datelines inside the article)
_BOTTOM_ABOVE = 3
_BOTTOM_BELOW = 7
_MAX_LINE = 160  # characters: metadata lines are short, prose lines are skipped
_DIGITS = re.compile(r"\d+")
_LEAD_BLOCKS = 2  # body blocks that may open with a "（记者 张三）" credit


@dataclass(frozen=True)
class _Scan:
    blocks: Sequence[Block]
    kept: Sequence[bool]
    month_first: bool
    now: datetime | None
    year: int | None
    skipped_hints: dict[str, bool] = field(default_factory=dict)  # hints -> skip the line


def scan_lines(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    *,
    body_start: int,
    last_kept: int,
    top_start: int | None = None,
    month_first: bool = False,
    now: datetime | None = None,
    year: int | None = None,
    features: PageFeatures | None = None,
) -> LineFacts:
    """Metadata found in the visible lines around the body, and the lines to cut.

    ``body_start`` is where the article text begins: the first kept block, or the block after
    the title when the scorer kept page chrome above the title. ``year`` (from the page's other
    dates) dates a day and month written without one.
    """
    facts = LineFacts()
    count = len(blocks)
    if not count:
        return facts
    start = max(0, body_start - _TOP_REACH if top_start is None else top_start)
    top_end = min(count, body_start + _TOP_INTO_BODY + 1)
    prose = (features or PageFeatures(blocks)).first_prose(body_start, top_end)
    if prose is not None:
        top_end = prose + 1  # datelines come before the text, not inside it
    bottom_start = max(top_end, last_kept - _BOTTOM_ABOVE)
    bottom_end = min(count, last_kept + _BOTTOM_BELOW + 1)
    scan = _Scan(blocks, kept, month_first, now, year)
    for index in range(start, top_end):
        if not _skipped(blocks[index], scan):
            _read(facts, Line(blocks[index], top=True, distance=abs(body_start - index)), scan)
    for index in range(bottom_start, bottom_end):
        if not _skipped(blocks[index], scan):
            _read(facts, Line(blocks[index], top=False, distance=abs(index - last_kept)), scan)
    for index in range(body_start, min(count, body_start + _LEAD_BLOCKS)):
        lead_credit(facts, Line(blocks[index], top=True, distance=0))
    settle_rest(facts)
    _first_of_a_listing(facts, blocks, body_start, scan)
    return facts


def _read(facts: LineFacts, line: Line, scan: _Scan) -> None:
    """Run the line rules on one line, most specific first."""
    block = line.block
    if len(line.text) > _MAX_LINE:
        tail_credit(facts, line)
        return
    if not has_cue(line.text) and not byline_element(block):
        if not line.top and tail_credit(facts, line):
            return  # a bare sign-off under the text: "（王明）"
        standalone_names(facts, line, scan.blocks)
        return
    dates = find_dates(line.text, month_first=scan.month_first, now=scan.now, year=scan.year)
    labels = find_labels(line.text)
    read_labelled(facts, line, labels, dates)
    read_dates(facts, line, labels, dates)
    read_bylines(facts, line, labels)
    if tail_credit(facts, line):
        return
    judge_line(facts, line, scan.kept)
    if not line.evidence:
        standalone_names(facts, line, scan.blocks)


def _first_of_a_listing(
    facts: LineFacts, blocks: Sequence[Block], body_start: int, scan: _Scan
) -> None:
    """A signed dateline under the text that repeats above it is a listing's footer ("由X张贴 @
    <date>" under every post of a blog's front page): the first post is the page's lead, so the
    first line of the same shape, by the same author, dates the page (ranked as a top dateline)."""
    footers = [found for found in facts.dates if found.rank == DATE_PURE_BOTTOM]
    if not footers:
        return
    footer = blocks[footers[-1].index]
    names = [name for found in facts.authors if found.index == footer.index for name in found.names]
    if not names:
        return  # one author's posts (a blog), not a thread's replies by many hands
    shape = _DIGITS.sub("0", footer.text)
    for block in blocks[body_start : footer.index]:
        if _DIGITS.sub("0", block.text) != shape or not all(name in block.text for name in names):
            continue
        dates = find_dates(block.text, month_first=scan.month_first, now=scan.now)
        if dates:
            first = dates[0]
            facts.dates.append(
                DateFound(first.iso, first.precision, block.index, DATE_PURE_TOP, "published", 0)
            )
        return


def _skipped(block: Block, scan: _Scan) -> bool:
    """Comments, related links and photo captions carry other dates and names (asked once per
    hint string: neighbouring lines share theirs)."""
    hints = block.hints
    if not hints:
        return False
    skipped = scan.skipped_hints.get(hints)
    if skipped is None:
        skipped = noise_hint(hints) or CAPTION_WORD in hints
        scan.skipped_hints[hints] = skipped
    return skipped
