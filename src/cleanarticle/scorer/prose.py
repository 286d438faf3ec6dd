"""What reads as article prose, and how hard boilerplate counts: shared by the scorer's parts."""

from __future__ import annotations

from dataclasses import dataclass

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.textstats import ends_like_sentence

NAME = "scorer"
# 15 -> 10 measured on the five bench sets: zh +0.007, wcxb +0.002, the others within 0.0005.
# Leave-one-set-out, the four other sets pick 10 over 15 for every set left out.
MIN_GOOD_UNITS = 10
MIN_SENTENCE_UNITS = 5
LINK_HEAVY = 0.5


@dataclass(frozen=True)
class Weights:
    """How hard boilerplate counts against a region, and what makes a block prose."""

    penalty: float
    min_good_units: int


WEIGHTS = {
    "balanced": Weights(penalty=1.0, min_good_units=MIN_GOOD_UNITS),
    "precision": Weights(penalty=1.6, min_good_units=MIN_GOOD_UNITS + 10),
    "recall": Weights(penalty=0.6, min_good_units=MIN_GOOD_UNITS - 4),
}


def is_prose(block: Block, weights: Weights) -> bool:
    """A block that reads as article text: long, or a short full sentence, and not links."""
    if block.link_density >= LINK_HEAVY or block.kind is Kind.HEADING:
        return False
    if block.units >= weights.min_good_units:
        return block.punctuation > 0 or block.kind is not Kind.LIST_ITEM
    return block.units >= MIN_SENTENCE_UNITS and ends_like_sentence(block.text)
