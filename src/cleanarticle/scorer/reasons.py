"""Why the scorer drops a block: a rule id, a sentence and the numbers behind it.

"Outside the main content region" tells a user nothing to act on. What the scorer knows does:
the section a class name marks (comments, related stories, a sidebar), the page's header or
footer landmarks, a teaser grid or forum thread, a link list, or prose that forms another post
or lies far from the article. None of this changes what is kept: it only names the cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from cleanarticle.blocks import Block
from cleanarticle.hints import COMMENT_WORDS
from cleanarticle.prose import is_prose
from cleanarticle.scorer.prose import LINK_HEAVY, Weights
from cleanarticle.scorer.tree import NO_ELEMENT, ElementTree
from cleanarticle.types import Evidence

# Section words (hints.NEGATIVE_WORDS, NEGATIVE_PHRASES) by what the section is; the comment
# words are hints.COMMENT_WORDS (tests/scorer/test_reasons.py checks every word has a group).
_WORD_GROUPS = {
    "scorer.related_section": "related recommend recommended relevant popular trending "
    "more-stories most-popular",
    "scorer.sidebar": "sidebar aside widget",
    "scorer.share_widget": "share sharing social sns",
    "scorer.navigation_section": "nav navbar navigation menu breadcrumb breadcrumbs crumb crumbs "
    "pagination pager toolbar login",
    "scorer.header_region": "masthead",
    "scorer.footer_region": "footer foot copyright",
    "scorer.ad_section": "advert advertisement ads ad promo sponsor newsletter subscribe signup "
    "popup modal cookie banner",
    "scorer.byline_section": "bio byline author meta",
    "scorer.caption_section": "caption credit credits gallery slideshow",
    "scorer.tag_section": "tags tagcloud",
}
SECTION_RULES = {
    **dict.fromkeys(COMMENT_WORDS, "scorer.comment_section"),
    **{word: rule for rule, words in _WORD_GROUPS.items() for word in words.split()},
}
HINTED_SECTION = "scorer.hinted_section"  # a section word no group above names yet
GENERIC = "scorer.outside_region"  # the fallback: nothing more specific is known
# Landmark elements outside the region, innermost first wins.
_LANDMARKS = {
    "header": "scorer.header_region", "nav": "scorer.navigation_section",
    "footer": "scorer.footer_region", "aside": "scorer.sidebar",
}  # fmt: skip
# Prose outside the region this large (units, and share of the article's) is another post.
_SECOND_POST_UNITS = 100
_SECOND_POST_SHARE = 0.25
_COUNT = re.compile(r"\d+")
_Around = tuple[int | None, int | None]  # the nearest section and landmark element


@dataclass(frozen=True)
class Why:
    rule: str
    reason: str
    evidence: Evidence = field(default_factory=dict)


def section_why(word: str, card_reason: bool, where: str) -> Why:
    """A block inside a hinted section or card group; ``where`` says inside or outside the
    article region. Card reasons ("teaser card (4 repeated …)") are sentences, words are not."""
    if card_reason:
        count = _COUNT.search(word)
        rule = "scorer.forum_reply" if word.startswith("reply") else "scorer.teaser_grid"
        return Why(rule, f"{word}, {where}", {"cards": int(count.group()) if count else 0})
    rule = SECTION_RULES.get(word, HINTED_SECTION)
    what = rule.removeprefix("scorer.").replace("_", " ")
    return Why(rule, f"{what} (class/id '{word}'), {where}", {"hint": word})


def link_list_why(reason: str, where: str) -> Why:
    """A list whose items are mostly links ("link list: 5 of 6 items are links")."""
    counts = [int(number) for number in _COUNT.findall(reason)[:2]]
    evidence: Evidence = dict(zip(("linked_items", "items"), counts))
    return Why("scorer.link_list", f"{reason}{where}", evidence)


class Outside:
    """Reasons for the blocks outside the article region, from facts gathered once per page
    (those only prose or bare lines need, when the first such block asks)."""

    def __init__(
        self,
        blocks: Sequence[Block],
        tree: ElementTree,
        region: frozenset[int],
        sections: dict[int, str],
        lists: dict[int, str],
        weights: Weights,
    ) -> None:
        self._blocks, self._tree, self._region, self._weights = blocks, tree, region, weights
        self._sections, self._lists = sections, lists
        spine = self._spine = _ancestors(tree, region)
        tags = tree.tag

        # The nearest section and landmark element around each element (or itself); those that
        # wrap the article itself are no section apart from it.
        def around(element: int, above: _Around | None) -> _Around:
            section, landmark = above if above is not None else (None, None)
            if element not in spine:
                if element in sections:
                    section = element
                if tags[element] in _LANDMARKS:
                    landmark = element
            return section, landmark

        self._around = tree.inherit(around)

    def why(self, block: Block, element: int) -> Why:
        section, landmark = self._around.get(element) or (None, None)
        if section is not None:
            word, tag = self._sections[section], self._tree.tag[section]
            if word != tag or tag not in _LANDMARKS:
                return section_why(word, " " in word, "outside the article region")
            landmark = section  # the page's own <footer>, <aside> or <nav> (sections.py)
        if landmark is not None:
            tag = self._tree.tag[landmark]
            reason = f"inside a <{tag}> element, outside the article region"
            return Why(_LANDMARKS[tag], reason, {"tag": tag})
        if block.container in self._lists:
            return link_list_why(self._lists[block.container], ", outside the article region")
        if block.link_density >= LINK_HEAVY:
            density = round(block.link_density, 2)
            reason = f"link-heavy line (link density {density:.2f}) outside the article region"
            return Why("scorer.link_heavy", reason, {"link_density": density})
        if is_prose(block, self._weights.prose):
            return self._prose_why(block, element)
        return self._line_why(block)

    def _prose_why(self, block: Block, element: int) -> Why:
        """Prose outside the region: another post when its branch holds much prose, else text
        too far from the article to belong to it."""
        branches, prose_of, article_prose = self._prose
        branch = branches.get(element)
        levels = self._levels(element, branch)
        prose = round(prose_of[branch]) if branch is not None else block.units
        article = round(article_prose)
        evidence: Evidence = {"prose_units": prose, "article_units": article, "levels": levels}
        if prose >= _SECOND_POST_UNITS and prose >= _SECOND_POST_SHARE * article:
            reason = f"another post: {prose} prose units apart from the article's {article}"
            return Why("scorer.second_post", reason, evidence)
        reason = f"prose {levels} levels away from the article region ({prose} prose units)"
        return Why("scorer.far_from_region", reason, evidence)

    def _line_why(self, block: Block) -> Why:
        """A short line (a date, a label, a name) with no section, landmark or link around it:
        only where it sits is known."""
        first, last = self._bounds
        evidence: Evidence = {"units": block.units}
        if first >= 0 and block.index < first:
            return Why("scorer.above_region", "short line above the article region", evidence)
        if last >= 0 and block.index > last:
            return Why("scorer.below_region", "short line below the article region", evidence)
        return Why(GENERIC, "outside the main content region", evidence)

    @cached_property
    def _prose(self) -> tuple[dict[int, int | None], dict[int, float], float]:
        """Each element's branch (its outermost ancestor off the region's spine), the prose
        units under each element, and the region's."""
        spine, tree = self._spine, self._tree
        branches = tree.inherit(
            lambda e, above: None if e in spine else (above if above is not None else e)
        )
        own: dict[int, float] = {}
        for block, element in zip(self._blocks, tree.innermost):
            if is_prose(block, self._weights.prose):
                own[element] = own.get(element, 0.0) + block.units
        prose = tree.subtree_sums(own)
        return branches, prose, sum(prose[element] for element in self._region)

    @cached_property
    def _bounds(self) -> tuple[int, int]:
        """The first and last block inside the region (-1 when none is)."""
        region = self._region
        inside = self._tree.inherit(lambda e, above: bool(above) or e in region)
        indices = [b.index for b, e in zip(self._blocks, self._tree.innermost) if inside.get(e)]
        return (indices[0], indices[-1]) if indices else (-1, -1)

    def _levels(self, element: int, branch: int | None) -> int:
        """Elements between the block's and the region: up to the ancestor they share, then
        down to the region."""
        depth = self._tree.depth
        if branch is None or element == NO_ELEMENT:
            return 0
        shared = depth[branch] - 1
        region_depth = min((depth[e] for e in self._region), default=shared + 1)
        return depth[element] - shared + max(0, region_depth - shared)


def _ancestors(tree: ElementTree, region: frozenset[int]) -> set[int]:
    """The region's elements and every element above them."""
    spine: set[int] = set()
    for element in region:
        while element != NO_ELEMENT and element not in spine:
            spine.add(element)
            element = tree.parent[element]
    return spine
