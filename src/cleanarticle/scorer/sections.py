"""Sections of a page that are not the article, found from structure and class names.

Class and id words ("comments", "related", "sidebar") mark sections; repeated sibling cards
(a linked title with a blurb) mark teaser grids and forum replies; lists made of links mark
menus and related-story lists. Each finding carries the reason shown to the user.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from statistics import median

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.hints import negative_word
from cleanarticle.prose import is_prose
from cleanarticle.scorer.prose import Weights
from cleanarticle.scorer.tree import ElementTree, element_tree

# A negatively hinted element that holds this share of all prose is a page wrapper, not chrome.
_WRAPPER_SHARE = 0.6
_MIN_TEASER_CARDS = 3
# Teasers are a title and a blurb; cards this long are sections of one long article (an
# interview series, a listicle), each opened by a linked name.
_LONG_CARD_UNITS = 250
_OPENING_POST_SHARE = 2.0
# Cards holding this share of the page's prose (all grids together) are its content (a listing,
# a docs index, a listicle), not a teaser grid beside an article. Measured on the five sets
# (grids judged together): 0.5 and 0.6 readability -0.006; 0.7 the best macro; 0.8 scrapinghub
# +0.002 but wcxb -0.002. Leave-one-set-out picks 0.7 with scrapinghub or readability left out,
# 0.8 with wcxb out.
_MAIN_CONTENT_SHARE = 0.7
_LINK_LIST_SHARE = 0.6
# HTML5 landmarks that are never the article when they belong to the page rather than to an
# article: a <footer>, <aside> or <nav> outside any <article> and <main>. The tag is evidence in
# every language; unlike a class word it is not waived for a wrapper holding most of the prose
# (a page footer's "about us" can outweigh a short listing's intro). Measured on the five sets:
# wcxb +0.0041 (listing +0.013, product +0.015, forum +0.009), every other set unchanged.
_PAGE_LANDMARKS = frozenset({"footer", "aside", "nav"})
_ARTICLE_TAGS = frozenset({"article", "main"})
_DIGITS = re.compile(r"\d+")


def hinted_sections(
    blocks: Sequence[Block], weights: Weights, tree: ElementTree | None = None
) -> dict[int, str]:
    """Element id -> the hint word that marks it as a non-article section."""
    tree = tree or element_tree(blocks)
    landmarks = _page_landmarks(tree)
    candidates: dict[int, str] = {}
    for element in tree.order:
        hints = tree.hints[element]
        if hints:
            word = negative_word(hints)
            if word:
                candidates[element] = word
    if not candidates:
        return landmarks
    own: defaultdict[int, float] = defaultdict(float)
    total = 0
    for block, element in zip(blocks, tree.innermost):
        if is_prose(block, weights.prose):
            total += block.units
            own[element] += block.units
    prose = tree.subtree_sums(own)
    hinted = {
        element: word
        for element, word in candidates.items()
        if not total or prose[element] / total < _WRAPPER_SHARE
    }
    return landmarks | hinted


def _page_landmarks(tree: ElementTree) -> dict[int, str]:
    """The page's own <footer>, <aside> and <nav> elements (those outside <article>/<main>)."""
    tags = tree.tag
    if not any(tag in _PAGE_LANDMARKS for tag in tags.values()):
        return {}
    in_article = tree.inherit(lambda element, above: above or tags[element] in _ARTICLE_TAGS)
    parent = tree.parent
    return {
        element: tags[element]
        for element in tree.order
        if tags[element] in _PAGE_LANDMARKS and not in_article[parent[element]]
    }


def teaser_cards(
    blocks: Sequence[Block], weights: Weights, tree: ElementTree | None = None
) -> dict[int, str]:
    """Element id -> reason, for repeated sibling cards that pair a linked name with prose.

    Related-story grids and listing pages repeat one card structure (same tag and class) under
    one parent, each a linked title with a blurb: all of them go, unless the cards are long
    (sections of one article, each opened by a linked name). Forum threads repeat it too, each
    post a linked poster name with the message; when the first card clearly outweighs the
    rest it is the article (the opening post) and only the replies go.
    """
    tree = tree or element_tree(blocks)
    own_titles: defaultdict[int, float] = defaultdict(float)
    own_prose: defaultdict[int, float] = defaultdict(float)
    for block, element in zip(blocks, tree.innermost):
        if block.is_linked and block.units >= 2:
            own_titles[element] += 1
        elif is_prose(block, weights.prose):
            own_prose[element] += block.units
    titles, prose = tree.subtree_sums(own_titles), tree.subtree_sums(own_prose)
    total_prose = sum(own_prose.values())
    opens_linked: set[int] | None = None  # walked only when a group may be a teaser grid
    groups: defaultdict[tuple[int, str], list[int]] = defaultdict(list)
    for element in tree.order:  # first seen first: a thread's opening post leads its group
        if titles[element] and prose[element] and tree.depth[element] >= 1:
            shape = tree.tag[element] + " " + _first_word(tree.hints[element])
            groups[(tree.parent[element], shape)].append(element)
    cards: dict[int, str] = {}
    grids: list[list[int]] = []
    for members in groups.values():
        if len(members) < _MIN_TEASER_CARDS:
            continue
        first, rest = members[0], members[1:]
        if prose[first] >= _OPENING_POST_SHARE * max(prose[element] for element in rest):
            reason = f"reply in a thread of {len(members)} posts (the first is the article)"
            cards.update(dict.fromkeys(rest, reason))
        elif median([prose[element] for element in members]) < _LONG_CARD_UNITS:
            if opens_linked is None:
                opens_linked = _opens_with_link(blocks)
            if 2 * sum(element in opens_linked for element in members) >= len(members):
                grids.append(members)
    # The grids together, not each alone: a blog's front page is several grids, one per topic.
    in_grids = sum(prose[element] for members in grids for element in members)
    if in_grids >= _MAIN_CONTENT_SHARE * total_prose:
        return cards
    for members in grids:
        reason = f"teaser card ({len(members)} repeated cards with linked titles)"
        cards.update(dict.fromkeys(members, reason))
    return cards


def _opens_with_link(blocks: Sequence[Block]) -> set[int]:
    """Elements whose first line of two or more units is a link: a card led by its linked title.

    A teaser opens with the link to the story it advertises; an article section that merely
    ends in "Read the full review" links does not. Each element is settled by the first such
    line under it, so the walk stops at the first ancestor already settled (linear overall).
    """
    settled: set[int] = set()
    linked: set[int] = set()
    for block in blocks:
        if block.units < 2:
            continue
        for element in reversed(block.ancestors):
            if element in settled:
                break
            settled.add(element)
            if block.is_linked:
                linked.add(element)
    return linked


def link_lists(blocks: Sequence[Block]) -> dict[int, str]:
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


def _first_word(hints: str) -> str:
    """The leading class word, digits removed: cards share it even when their modifiers differ."""
    words = hints.split(None, 1)
    return _DIGITS.sub("", words[0]) if words else ""
