"""Block selection for plain-text dumps: no tree, so the article is the span of prose lines."""

from __future__ import annotations

from collections.abc import Sequence

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.prose import is_prose
from cleanarticle.scorer.prose import MIN_SENTENCE_UNITS, NAME, Weights
from cleanarticle.textstats import ends_like_sentence
from cleanarticle.types import Verdict

_MAX_CROSSED_HEADINGS = 2
_HEADING_UNITS = 40


def select_text(blocks: Sequence[Block], cut: set[int], weights: Weights) -> list[Verdict]:
    """Everything from the first to the last prose line stays; lines outside it go."""
    prose = [b.index for b in blocks if b.index not in cut and is_prose(b, weights.text_prose)]
    if not prose:
        return []
    first = _extend(blocks, cut, prose[0], -1)
    last = _extend(blocks, cut, prose[-1], +1)
    verdicts = []
    for block in blocks:
        if block.index in cut:
            continue
        if block.index < first:
            reason = "before the article body"
            verdicts.append(Verdict(block.index, NAME, reason, rule="scorer.before_body"))
        elif block.index > last:
            reason = "after the article body"
            verdicts.append(Verdict(block.index, NAME, reason, rule="scorer.after_body"))
    return verdicts


def _extend(blocks: Sequence[Block], cut: set[int], edge: int, step: int) -> int:
    """Grow the body over adjacent short full sentences (a closing line, a one-line lead).

    Going down, a short heading may be crossed when full sentences follow it: a closing
    section of short sentences is still the article.
    """
    position, crossed = edge + step, 0
    while 0 <= position < len(blocks):
        block = blocks[position]
        if block.index not in cut:
            if block.units >= MIN_SENTENCE_UNITS * 2 and ends_like_sentence(block.text):
                edge, crossed = position, 0
            elif step > 0 and crossed < _MAX_CROSSED_HEADINGS and _heading_like(block):
                crossed += 1
            else:
                break
        position += step
    return edge


def _heading_like(block: Block) -> bool:
    return (
        block.units <= _HEADING_UNITS
        and block.punctuation <= 1
        and block.kind is not Kind.LIST_ITEM
    )
