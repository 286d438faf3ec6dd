"""The scorer: which blocks form the article, with a reason for every block it drops.

HTML pages: find the article region (``region.py``), then drop what inside it is not the
article's text — sections hinted as comments or related stories, teaser cards, forum replies,
link lists, captions (``sections.py``, ``html.py``). Text dumps have no tree: the article is the
span from the first to the last prose line (``text.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cleanarticle.blocks import Block
from cleanarticle.prose import is_prose
from cleanarticle.scorer.html import excluded_by_options, main_verdicts, select_html
from cleanarticle.scorer.main_element import MAIN_ARTICLE_UNITS, MAIN_SHARE
from cleanarticle.scorer.prose import NAME, WEIGHTS, Weights
from cleanarticle.scorer.text import select_text
from cleanarticle.types import Context, Verdict

__all__ = ["Selection", "select"]


@dataclass(frozen=True)
class Selection:
    kept: tuple[bool, ...]
    verdicts: tuple[Verdict, ...]


def select(blocks: Sequence[Block], cut: set[int], context: Context) -> Selection:
    """Which blocks form the article, and a reason for each block the scorer drops."""
    if not blocks:
        return Selection((), ())
    weights = WEIGHTS[context.options.favor]
    main: set[int] | None = None
    if context.mode == "text":
        verdicts = select_text(blocks, cut, weights)
    else:
        verdicts, main = select_html(blocks, cut, weights, context)
    kept = _kept(blocks, cut, verdicts)
    if _units(blocks, kept) < context.options.min_body_length:
        verdicts = _widen(blocks, cut, weights)
        kept = _kept(blocks, cut, verdicts)
        if not any(kept):  # no prose anywhere: the page's words are what the detectors left
            verdicts = [
                Verdict(b.index, NAME, "no words", rule="scorer.no_words")
                for b in blocks
                if not b.units
            ]
            kept = _kept(blocks, cut, verdicts)
    if main is not None:  # the page's <main>, when the region kept little of what it holds
        held = _units(blocks, kept)
        if held < MAIN_ARTICLE_UNITS and held < MAIN_SHARE * _main_units(blocks, main, context):
            verdicts = main_verdicts(blocks, cut, main, context.options)
            kept = _kept(blocks, cut, verdicts)
    return Selection(tuple(kept), tuple(verdicts))


def _main_units(blocks: Sequence[Block], main: set[int], context: Context) -> int:
    """The units <main> would keep: its blocks, less those the options leave out."""
    options = context.options
    return sum(
        blocks[index].units for index in main if excluded_by_options(blocks[index], options) is None
    )


def _units(blocks: Sequence[Block], kept: Sequence[bool]) -> int:
    return sum(block.units for block, keep in zip(blocks, kept) if keep)


def _kept(blocks: Sequence[Block], cut: set[int], verdicts: Sequence[Verdict]) -> list[bool]:
    dropped = {verdict.index for verdict in verdicts} | cut
    return [block.index not in dropped for block in blocks]


def _widen(blocks: Sequence[Block], cut: set[int], weights: Weights) -> list[Verdict]:
    """Fallback for thin pages: keep every prose block the detectors left."""
    return [
        Verdict(block.index, NAME, "not prose (thin page fallback)", rule="scorer.thin_page")
        for block in blocks
        if block.index not in cut and not is_prose(block, weights.prose)
    ]
