"""The article region of an HTML page: the element whose prose, minus its boilerplate, is largest.

Readability's idea with CJK-aware length, so it works in any script: every enclosing element
scores the prose it holds minus the boilerplate it holds, so the tightest element around the
article wins; siblings of the winner (a body split by ads, a lede block, sub-sections) join it
when their own score is a fair share of the winner's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from cleanarticle.blocks import Block
from cleanarticle.scorer.prose import LINK_HEAVY, Weights, is_prose
from cleanarticle.scorer.tree import NO_ELEMENT, ElementTree

# Every link costs a region this many length units: teaser grids and menus are made of links,
# articles of prose with a few links.
_LINK_COST = 5
_SIBLING_MIN_SCORE = 10.0
_SIBLING_SHARE = 0.2


def article_region(
    blocks: Sequence[Block],
    cut: set[int],
    weights: Weights,
    sections: dict[int, str],
    tree: ElementTree,
) -> frozenset[int]:
    """Ids of the elements that hold the article (empty when the page has no prose at all)."""
    if not tree.order:
        return frozenset()
    in_section = tree.inherit(lambda element, above: above or element in sections)
    own: defaultdict[int, float] = defaultdict(float)
    for block, element in zip(blocks, tree.innermost):
        own[element] += _block_value(block, cut, weights, bool(in_section.get(element)))
    score = tree.subtree_sums(own)
    depth = tree.depth
    # Highest score; among equals the deepest element (the tightest fit).
    best = max(tree.order, key=lambda element: (round(score[element], 3), depth[element]))
    return frozenset(_with_siblings(best, score, tree))


def _block_value(block: Block, cut: set[int], weights: Weights, in_section: bool) -> float:
    bad = block.index in cut or block.link_density >= LINK_HEAVY or in_section
    if bad:
        return -weights.penalty * (block.units + _LINK_COST * block.link_count)
    if is_prose(block, weights):
        return block.units * (1.0 - block.link_density)
    return -weights.penalty * _LINK_COST * block.link_count


def _with_siblings(best: int, score: dict[int, float], tree: ElementTree) -> list[int]:
    """The winner and its siblings from the first to the last one with a fair score."""
    mother = tree.parent[best]
    if mother == NO_ELEMENT:
        return [best]
    siblings = list(tree.children(mother))
    threshold = max(_SIBLING_MIN_SCORE, score[best] * _SIBLING_SHARE)
    strong = [i for i, e in enumerate(siblings) if e == best or score[e] >= threshold]
    span = siblings[strong[0] : strong[-1] + 1]
    return [element for element in span if element == best or score[element] >= 0]
