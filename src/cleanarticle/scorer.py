"""Keep the main article: choose the densest content region, then filter inside it.

HTML: every enclosing element is scored by the prose it holds minus the boilerplate it holds
(readability's idea, with CJK-aware length so it works in any script). The best element is the
article; inside it, link-heavy blocks, link lists and sections hinted as comments, related
stories or sharing widgets are dropped. Text dumps have no tree: the article is the span from
the first to the last prose line.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.textstats import ends_like_sentence

NAME = "scorer"

# Class/id words that mark a section as not the article (matched as whole words of the hint).
_NEGATIVE_HINTS = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|reply|replies|respond|related|recommend(?:ed)?|"
    r"relevant|sidebar|aside|widget|share|sharing|social|sns|nav|navbar|navigation|menu|"
    r"breadcrumbs?|crumbs?|footer|foot|copyright|advert|advertisement|ads|ad|promo|sponsor|"
    r"newsletter|subscribe|signup|popup|modal|cookie|banner|tags?|tagcloud|pagination|pager|"
    r"more-stories|most-popular|popular|trending|toolbar|login|masthead)(?=$|[\s_\d-])"
)
# Words that mark a section as the article; they outweigh a negative word on the same element
# ("l-sidebar-fixed l-article-body-segment" is a layout wrapper of the article, not a sidebar).
_POSITIVE_HINTS = re.compile(
    r"(?:^|[\s_-])(?:article|content|entry|post|story|main|body|text|detail|news)(?=$|[\s_\d-])"
)
# A negatively hinted element that holds this share of all prose is a page wrapper, not chrome.
_WRAPPER_SHARE = 0.6
_MIN_GOOD_UNITS = 15
_MIN_SENTENCE_UNITS = 5
_LINK_HEAVY = 0.5
_LINK_LIST_SHARE = 0.6
# Every link costs a region this many length units: teaser grids and menus are made of links,
# articles of prose with a few links.
_LINK_COST = 5


@dataclass(frozen=True)
class Weights:
    """How hard boilerplate counts against a region, and what makes a block prose."""

    penalty: float
    min_good_units: int


_WEIGHTS = {
    "balanced": Weights(penalty=1.0, min_good_units=_MIN_GOOD_UNITS),
    "precision": Weights(penalty=1.6, min_good_units=_MIN_GOOD_UNITS + 5),
    "recall": Weights(penalty=0.6, min_good_units=_MIN_GOOD_UNITS - 5),
}


@dataclass(frozen=True)
class Selection:
    kept: tuple[bool, ...]
    verdicts: tuple[Verdict, ...]


def select(blocks: Sequence[Block], cut: set[int], context: Context) -> Selection:
    """Which blocks form the article, and a reason for each block the scorer drops."""
    if not blocks:
        return Selection((), ())
    weights = _WEIGHTS[context.options.favor]
    if context.mode == "text":
        verdicts = _select_text(blocks, cut, weights)
    else:
        verdicts = _select_html(blocks, cut, weights, context)
    dropped = {verdict.index for verdict in verdicts} | cut
    kept = [block.index not in dropped for block in blocks]
    if sum(b.units for b, keep in zip(blocks, kept) if keep) < context.options.min_body_length:
        verdicts = _widen(blocks, cut, weights)
        dropped = {verdict.index for verdict in verdicts} | cut
        kept = [block.index not in dropped for block in blocks]
    return Selection(tuple(kept), tuple(verdicts))


def is_prose(block: Block, weights: Weights) -> bool:
    """A block that reads as article text: long, or a short full sentence, and not links."""
    if block.link_density >= _LINK_HEAVY:
        return False
    if block.units >= weights.min_good_units:
        return block.punctuation > 0 or block.kind is not Kind.LIST_ITEM
    return block.units >= _MIN_SENTENCE_UNITS and ends_like_sentence(block.text)


# --- HTML -------------------------------------------------------------------------------------


def _select_html(
    blocks: Sequence[Block], cut: set[int], weights: Weights, context: Context
) -> list[Verdict]:
    negative = _negative_elements(blocks, weights)
    main = _best_region(blocks, cut, weights, negative)
    link_lists = _link_lists(blocks)
    options = context.options
    verdicts = []
    for block in blocks:
        if block.index in cut:
            continue
        reason = _why_not_article(block, main, negative, link_lists)
        if reason is None and not options.include_lists and block.kind is Kind.LIST_ITEM:
            reason = "list items excluded by options"
        if reason is None and not options.include_tables and block.kind is Kind.TABLE_ROW:
            reason = "table rows excluded by options"
        if reason:
            verdicts.append(Verdict(block.index, NAME, reason))
    return verdicts


def _negative_elements(blocks: Sequence[Block], weights: Weights) -> dict[int, str]:
    """Element id -> the hint word that marks it as a non-article section."""
    candidates: dict[int, str] = {}
    seen: set[int] = set()
    for block in blocks:
        for element, hints in zip(block.ancestors, block.ancestor_hints):
            if element in seen:
                continue
            seen.add(element)
            if hints and not _POSITIVE_HINTS.search(hints):
                match = _NEGATIVE_HINTS.search(hints)
                if match:
                    candidates[element] = match.group(0).strip(" _-")
    if not candidates:
        return candidates
    prose: defaultdict[int, int] = defaultdict(int)
    total = 0
    for block in blocks:
        if is_prose(block, weights):
            total += block.units
            for element in block.ancestors:
                if element in candidates:
                    prose[element] += block.units
    return {
        element: word
        for element, word in candidates.items()
        if not total or prose[element] / total < _WRAPPER_SHARE
    }


def _best_region(
    blocks: Sequence[Block], cut: set[int], weights: Weights, negative: dict[int, str]
) -> int | None:
    """The element whose prose, minus its boilerplate, is largest: the article container."""
    score: defaultdict[int, float] = defaultdict(float)
    depth: dict[int, int] = {}
    for block in blocks:
        bad = (
            block.index in cut
            or block.link_density >= _LINK_HEAVY
            or any(element in negative for element in block.ancestors)
        )
        if bad:
            value = -weights.penalty * (block.units + _LINK_COST * block.link_count)
        elif is_prose(block, weights):
            value = block.units * (1.0 - block.link_density) - _LINK_COST * block.link_count
        else:
            continue
        for position, element in enumerate(block.ancestors):
            score[element] += value
            depth[element] = position
    if not score:
        return None
    # Highest score; among equals the deepest element (the tightest fit).
    return max(score, key=lambda element: (round(score[element], 3), depth[element]))


def _link_lists(blocks: Sequence[Block]) -> dict[int, str]:
    """List containers whose items are mostly links: related stories, tag lists, menus."""
    items: defaultdict[int, list[Block]] = defaultdict(list)
    for block in blocks:
        if block.kind is Kind.LIST_ITEM and block.container >= 0:
            items[block.container].append(block)
    lists = {}
    for container, members in items.items():
        linked = sum(1 for block in members if block.is_linked)
        if len(members) >= 2 and linked / len(members) >= _LINK_LIST_SHARE:
            lists[container] = f"link list: {linked} of {len(members)} items are links"
    return lists


def _why_not_article(
    block: Block, main: int | None, negative: dict[int, str], link_lists: dict[int, str]
) -> str | None:
    if main is None or main not in block.ancestors:
        return "outside the main content region"
    below_main = block.ancestors[block.ancestors.index(main) + 1 :]
    for element in below_main:
        if element in negative:
            return f"inside a '{negative[element]}' section of the article container"
    if block.container in link_lists:
        return link_lists[block.container]
    if block.link_density >= _LINK_HEAVY:
        return f"link-heavy block (link density {block.link_density:.2f})"
    return None


def _widen(blocks: Sequence[Block], cut: set[int], weights: Weights) -> list[Verdict]:
    """Fallback for thin pages: keep every prose block the detectors left."""
    return [
        Verdict(block.index, NAME, "not prose (thin page fallback)")
        for block in blocks
        if block.index not in cut and not is_prose(block, weights)
    ]


# --- plain text -------------------------------------------------------------------------------


def _select_text(blocks: Sequence[Block], cut: set[int], weights: Weights) -> list[Verdict]:
    prose = [b.index for b in blocks if b.index not in cut and _is_text_prose(b, weights)]
    if not prose:
        return []
    first, last = prose[0], prose[-1]
    verdicts = []
    for block in blocks:
        if block.index in cut:
            continue
        if block.index < first:
            verdicts.append(Verdict(block.index, NAME, "before the article body"))
        elif block.index > last:
            verdicts.append(Verdict(block.index, NAME, "after the article body"))
    return verdicts


def _is_text_prose(block: Block, weights: Weights) -> bool:
    return block.units >= weights.min_good_units * 2 and block.punctuation >= 2
