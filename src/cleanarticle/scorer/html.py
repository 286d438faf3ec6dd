"""Block selection for HTML: inside the article region, drop what is not the article's text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.options import Options
from cleanarticle.scorer.main_element import main_blocks
from cleanarticle.scorer.prose import LINK_HEAVY, NAME, Weights
from cleanarticle.scorer.region import article_region
from cleanarticle.scorer.sections import hinted_sections, link_lists, teaser_cards
from cleanarticle.scorer.tree import ElementTree, element_tree
from cleanarticle.textstats import ends_like_sentence
from cleanarticle.types import Context, Verdict

_LINK_HEAVY_SENTENCE = 0.8
_LONG_SENTENCE_UNITS = 20
_EMBED_WRAPPERS = frozenset({"social", "sns", "widget", "share", "sharing"})


def select_html(
    blocks: Sequence[Block], cut: set[int], weights: Weights, context: Context
) -> tuple[list[Verdict], list[Verdict] | None]:
    """The verdicts of the article region, and those of the page's <main> element (None for a
    page without one), for ``select`` to weigh against each other."""
    tree = element_tree(blocks)
    hinted = hinted_sections(blocks, weights, tree)
    sections = hinted | teaser_cards(blocks, weights, tree)
    region = article_region(blocks, cut, weights, sections, tree)
    lists = link_lists(blocks)
    places = _places(tree, region, sections)
    reasons = {
        block.index: _why_not_article(block, places.get(element), lists)
        for block, element in zip(blocks, tree.innermost)
        if block.index not in cut
    }
    main = main_blocks(blocks, cut, hinted, tree)
    main_reasons = None
    if main:
        main_reasons = {index: None if index in main else _OUTSIDE_MAIN for index in reasons}
    options = context.options
    return _verdicts(blocks, reasons, options), (
        None if main_reasons is None else _verdicts(blocks, main_reasons, options)
    )


_OUTSIDE_MAIN = "outside the page's <main> element"


def _verdicts(
    blocks: Sequence[Block], reasons: dict[int, str | None], options: Options
) -> list[Verdict]:
    verdicts = []
    for block in blocks:
        if block.index not in reasons:
            continue
        reason = reasons[block.index]
        if reason is None and not options.include_lists and block.kind is Kind.LIST_ITEM:
            reason = "list items excluded by options"
        if reason is None and not options.include_tables and block.kind is Kind.TABLE_ROW:
            reason = "table rows excluded by options"
        if reason:
            verdicts.append(Verdict(block.index, NAME, reason))
    return verdicts


@dataclass(frozen=True)
class _Place:
    """Where an element sits: inside the region or not, and the first section word below the
    region's entry (for any block, and for a quote, which embed wrappers do not count for)."""

    in_region: bool
    section: str | None
    quote_section: str | None


def _places(
    tree: ElementTree, region: frozenset[int], sections: dict[int, str]
) -> dict[int, _Place | None]:
    def place(element: int, above: _Place | None) -> _Place:
        if above is None or not above.in_region:  # the region's entry, or still outside it
            return _Place(element in region, None, None)
        word = sections.get(element)
        section = above.section if above.section is not None else word
        quote_section = above.quote_section
        if quote_section is None and word is not None and word not in _EMBED_WRAPPERS:
            quote_section = word  # an embedded post (tweet, Instagram) is quoted by the article
        return _Place(True, section, quote_section)

    return tree.inherit(place)


def _why_not_article(block: Block, place: _Place | None, lists: dict[int, str]) -> str | None:
    if place is None or not place.in_region:
        return "outside the main content region"
    word = place.quote_section if block.kind is Kind.QUOTE else place.section
    if word is not None:
        return word if " " in word else f"inside a '{word}' section of the article container"
    if "figure" in block.path or "figcaption" in block.path:
        return "figure caption"
    if block.container in lists:
        return lists[block.container]
    if _is_link_heavy(block):
        return f"link-heavy block (link density {block.link_density:.2f})"
    return None


def _is_link_heavy(block: Block) -> bool:
    """Mostly links; a long sentence may link much of itself (newsletters, link roundups)."""
    if block.link_density < LINK_HEAVY:
        return False
    long_sentence = block.units >= _LONG_SENTENCE_UNITS and ends_like_sentence(block.text)
    return not long_sentence or block.link_density >= _LINK_HEAVY_SENTENCE
