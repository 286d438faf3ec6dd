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
from cleanarticle.prose import is_prose
from cleanarticle.scorer.prose import LINK_HEAVY, Weights
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
    own_prose: defaultdict[int, float] = defaultdict(float)
    own_loose: defaultdict[int, float] = defaultdict(float)
    for block, element in zip(blocks, tree.innermost):
        sectioned = bool(in_section.get(element))
        value = _block_value(block, cut, weights, sectioned)
        own[element] += value
        if value > 0:
            own_prose[element] += value
        elif _stays_if_joined(block, cut, sectioned):
            own_loose[element] += block.units
    score = tree.subtree_sums(own)
    depth = tree.depth
    # Highest score; among equals the deepest element (the tightest fit).
    best = max(tree.order, key=lambda element: (round(score[element], 3), depth[element]))
    region = _with_siblings(best, score, tree)
    prose, loose = tree.subtree_sums(own_prose), tree.subtree_sums(own_loose)
    return frozenset(_widen_upward(region, prose, loose, tree))


def _stays_if_joined(block: Block, cut: set[int], in_section: bool) -> bool:
    """A line the scorer would keep inside the region although it is not prose (a date, a
    label, a short caption): what joining an ancestor costs in precision. Cut, sectioned and
    link-heavy lines cost nothing: they go wherever the region ends."""
    return block.index not in cut and not in_section and block.link_density < LINK_HEAVY


# An ancestor must add this many prose units, and this many times the units of loose lines it
# adds. Measured on the five sets (cost, gain): (2, 10) wcxb +0.006 but zh -0.005 and
# scrapinghub -0.003; (4, 30) macro +0.0005 with zh -0.0013; (8, 50) macro +0.0005 with no set
# below -0.0005 (wcxb +0.0017, fundus +0.001): the conservative choice, for every set left out.
_LOOSE_COST = 8.0
_MIN_GAIN = 50.0


def _widen_upward(
    region: list[int], prose: dict[int, float], loose: dict[int, float], tree: ElementTree
) -> list[int]:
    """Climb to the ancestor that holds the rest of the article: headers with the lede,
    later sections, a body split into cousins by layout wrappers.

    An ancestor joins when the prose it adds outweighs, by _LOOSE_COST, the non-prose lines it
    would add to the kept text; the climb stops at the first ancestor that does not pay.
    """
    held_prose = sum(prose[element] for element in region)
    held_loose = sum(loose[element] for element in region)
    ancestor = tree.parent[region[0]]
    while ancestor != NO_ELEMENT and tree.depth[ancestor] >= 1:
        gain = prose[ancestor] - held_prose
        cost = loose[ancestor] - held_loose
        if gain >= _MIN_GAIN and gain >= _LOOSE_COST * cost:
            region, held_prose, held_loose = [ancestor], prose[ancestor], loose[ancestor]
        elif gain >= _MIN_GAIN or cost > _LOOSE_COST * _MIN_GAIN:
            break  # it adds, but not enough prose for what else it adds
        ancestor = tree.parent[ancestor]  # a wrapper that adds (almost) nothing: look above it
    return region


def _block_value(block: Block, cut: set[int], weights: Weights, in_section: bool) -> float:
    bad = block.index in cut or block.link_density >= LINK_HEAVY or in_section
    if bad:
        return -weights.penalty * (block.units + _LINK_COST * block.link_count)
    if is_prose(block, weights.prose):
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
