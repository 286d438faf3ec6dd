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
    r"more-stories|most-popular|popular|trending|toolbar|login|masthead|bio|byline|author|meta|caption|credits?|gallery|slideshow)(?=$|[\s_\d-])"
)
# A negatively hinted element that holds this share of all prose is a page wrapper, not chrome.
_WRAPPER_SHARE = 0.6
_MIN_GOOD_UNITS = 15
_MIN_SENTENCE_UNITS = 5
_LINK_HEAVY = 0.5
_LINK_HEAVY_SENTENCE = 0.8
_LONG_SENTENCE_UNITS = 20
_LINK_LIST_SHARE = 0.6
# Every link costs a region this many length units: teaser grids and menus are made of links,
# articles of prose with a few links.
_LINK_COST = 5
_EMBED_WRAPPERS = frozenset({"social", "sns", "widget", "share", "sharing"})
_MIN_TEASER_CARDS = 3
_OPENING_POST_SHARE = 2.0
_SIBLING_MIN_SCORE = 10.0
_SIBLING_SHARE = 0.2
_DIGITS = re.compile(r"\d+")


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
    if block.link_density >= _LINK_HEAVY or block.kind is Kind.HEADING:
        return False
    if block.units >= weights.min_good_units:
        return block.punctuation > 0 or block.kind is not Kind.LIST_ITEM
    return block.units >= _MIN_SENTENCE_UNITS and ends_like_sentence(block.text)


# --- HTML -------------------------------------------------------------------------------------


def _select_html(
    blocks: Sequence[Block], cut: set[int], weights: Weights, context: Context
) -> list[Verdict]:
    negative = _negative_elements(blocks, weights)
    negative.update(_teaser_cards(blocks, weights))
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
            if hints:
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


def _teaser_cards(blocks: Sequence[Block], weights: Weights) -> dict[int, str]:
    """Element id -> reason, for repeated sibling cards that pair a linked name with prose.

    Related-story grids and listing pages repeat one card structure (same tag and class) under
    one parent, each a linked title with a blurb: all of them go. Forum threads repeat it too,
    each post a linked poster name with the message; when the first card clearly outweighs the
    rest it is the article (the opening post) and only the replies go.
    """
    linked: set[int] = set()
    prose: defaultdict[int, int] = defaultdict(int)
    parent_and_shape: dict[int, tuple[int, str]] = {}
    order: dict[int, int] = {}
    for block in blocks:
        is_title = block.is_linked and block.units >= 2
        is_blurb = not is_title and is_prose(block, weights)
        if not (is_title or is_blurb):
            continue
        tags = block.path.split("/")
        for depth in range(1, len(block.ancestors)):
            element = block.ancestors[depth]
            if is_title:
                linked.add(element)
            else:
                prose[element] += block.units
            if element not in parent_and_shape:
                shape = tags[depth] + " " + _first_word(block.ancestor_hints[depth])
                parent_and_shape[element] = (block.ancestors[depth - 1], shape)
                order[element] = len(order)
    groups: defaultdict[tuple[int, str], list[int]] = defaultdict(list)
    for element in linked & prose.keys():
        groups[parent_and_shape[element]].append(element)
    cards: dict[int, str] = {}
    for members in groups.values():
        if len(members) < _MIN_TEASER_CARDS:
            continue
        members.sort(key=order.__getitem__)
        first, rest = members[0], members[1:]
        if prose[first] >= _OPENING_POST_SHARE * max(prose[element] for element in rest):
            reason = f"reply in a thread of {len(members)} posts (the first is the article)"
            cards.update(dict.fromkeys(rest, reason))
        else:
            reason = f"teaser card ({len(members)} repeated cards with linked titles)"
            cards.update(dict.fromkeys(members, reason))
    return cards


def _first_word(hints: str) -> str:
    """The leading class word, digits removed: cards share it even when their modifiers differ."""
    words = hints.split(None, 1)
    return _DIGITS.sub("", words[0]) if words else ""


def _best_region(
    blocks: Sequence[Block], cut: set[int], weights: Weights, negative: dict[int, str]
) -> frozenset[int]:
    """The article's elements: the best-scoring element plus its siblings that carry prose.

    An element scores the prose it holds minus the boilerplate it holds, so the tightest
    element around the article wins; siblings of the winner (a body split by ads, a lede
    block, sub-sections) join it when their own score is a fair share of the winner's.
    """
    score: defaultdict[int, float] = defaultdict(float)
    parent: dict[int, int] = {}
    order: dict[int, int] = {}
    for block in blocks:
        value = _block_value(block, cut, weights, negative)
        previous = -1
        for element in block.ancestors:
            score[element] += value
            if element not in parent:
                parent[element] = previous
                order[element] = len(order)
            previous = element
    if not score:
        return frozenset()
    # Highest score; among equals the deepest element (the tightest fit).
    best = max(score, key=lambda element: (round(score[element], 3), len(_chain(element, parent))))
    return frozenset(_with_siblings(best, score, parent, order))


def _block_value(block: Block, cut: set[int], weights: Weights, negative: dict[int, str]) -> float:
    bad = (
        block.index in cut
        or block.link_density >= _LINK_HEAVY
        or any(element in negative for element in block.ancestors)
    )
    if bad:
        return -weights.penalty * (block.units + _LINK_COST * block.link_count)
    if is_prose(block, weights):
        return block.units * (1.0 - block.link_density)
    return -weights.penalty * _LINK_COST * block.link_count


def _chain(element: int, parent: dict[int, int]) -> list[int]:
    chain = []
    while element != -1:
        chain.append(element)
        element = parent[element]
    return chain


def _with_siblings(
    best: int, score: dict[int, float], parent: dict[int, int], order: dict[int, int]
) -> list[int]:
    """The winner and its siblings from the first to the last one with a fair score."""
    mother = parent[best]
    if mother == -1:
        return [best]
    siblings = sorted((e for e, p in parent.items() if p == mother), key=order.__getitem__)
    threshold = max(_SIBLING_MIN_SCORE, score[best] * _SIBLING_SHARE)
    strong = [i for i, e in enumerate(siblings) if e == best or score[e] >= threshold]
    span = siblings[strong[0] : strong[-1] + 1]
    return [element for element in span if element == best or score[element] >= 0]


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
    block: Block, main: frozenset[int], negative: dict[int, str], link_lists: dict[int, str]
) -> str | None:
    inside = [position for position, element in enumerate(block.ancestors) if element in main]
    if not inside:
        return "outside the main content region"
    below_main = block.ancestors[inside[0] + 1 :]
    for element in below_main:
        if element in negative:
            word = negative[element]
            if block.kind is Kind.QUOTE and word in _EMBED_WRAPPERS:
                continue  # an embedded post (tweet, Instagram) is quoted by the article
            return word if " " in word else f"inside a '{word}' section of the article container"
    if "figure" in block.path or "figcaption" in block.path:
        return "figure caption"
    if block.container in link_lists:
        return link_lists[block.container]
    if _is_link_heavy(block):
        return f"link-heavy block (link density {block.link_density:.2f})"
    return None


def _is_link_heavy(block: Block) -> bool:
    """Mostly links; a long sentence may link much of itself (newsletters, link roundups)."""
    if block.link_density < _LINK_HEAVY:
        return False
    long_sentence = block.units >= _LONG_SENTENCE_UNITS and ends_like_sentence(block.text)
    return not long_sentence or block.link_density >= _LINK_HEAVY_SENTENCE


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
    first = _extend(blocks, cut, prose[0], -1)
    last = _extend(blocks, cut, prose[-1], +1)
    verdicts = []
    for block in blocks:
        if block.index in cut:
            continue
        if block.index < first:
            verdicts.append(Verdict(block.index, NAME, "before the article body"))
        elif block.index > last:
            verdicts.append(Verdict(block.index, NAME, "after the article body"))
    return verdicts


def _extend(blocks: Sequence[Block], cut: set[int], edge: int, step: int) -> int:
    """Grow the body over adjacent short full sentences (a closing line, a one-line lead)."""
    position = edge + step
    while 0 <= position < len(blocks):
        block = blocks[position]
        if block.index not in cut:
            if block.units < _MIN_SENTENCE_UNITS * 2 or not ends_like_sentence(block.text):
                break
            edge = position
        position += step
    return edge


def _is_text_prose(block: Block, weights: Weights) -> bool:
    return block.units >= weights.min_good_units * 2 and block.punctuation >= 2
