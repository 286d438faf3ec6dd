"""Block selection for HTML: inside the article region, drop what is not the article's text."""

from __future__ import annotations

from collections.abc import Sequence

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.scorer.prose import LINK_HEAVY, NAME, Weights
from cleanarticle.scorer.region import article_region
from cleanarticle.scorer.sections import hinted_sections, link_lists, teaser_cards
from cleanarticle.textstats import ends_like_sentence

_LINK_HEAVY_SENTENCE = 0.8
_LONG_SENTENCE_UNITS = 20
_EMBED_WRAPPERS = frozenset({"social", "sns", "widget", "share", "sharing"})


def select_html(
    blocks: Sequence[Block], cut: set[int], weights: Weights, context: Context
) -> list[Verdict]:
    sections = hinted_sections(blocks, weights)
    sections.update(teaser_cards(blocks, weights))
    region = article_region(blocks, cut, weights, sections)
    lists = link_lists(blocks)
    options = context.options
    verdicts = []
    ancestors: tuple[int, ...] | None = None
    entry: int | None = None
    for block in blocks:
        if block.index in cut:
            continue
        if block.ancestors is not ancestors:  # lines of one element share their ancestors
            ancestors = block.ancestors
            entry = _region_entry(ancestors, region)
        reason = _why_not_article(block, entry, sections, lists)
        if reason is None and not options.include_lists and block.kind is Kind.LIST_ITEM:
            reason = "list items excluded by options"
        if reason is None and not options.include_tables and block.kind is Kind.TABLE_ROW:
            reason = "table rows excluded by options"
        if reason:
            verdicts.append(Verdict(block.index, NAME, reason))
    return verdicts


def _region_entry(ancestors: tuple[int, ...], region: frozenset[int]) -> int | None:
    """Position of the outermost ancestor in the article region, None when outside it."""
    for position, element in enumerate(ancestors):
        if element in region:
            return position
    return None


def _why_not_article(
    block: Block, entry: int | None, sections: dict[int, str], lists: dict[int, str]
) -> str | None:
    if entry is None:
        return "outside the main content region"
    for element in block.ancestors[entry + 1 :]:
        if element in sections:
            word = sections[element]
            if block.kind is Kind.QUOTE and word in _EMBED_WRAPPERS:
                continue  # an embedded post (tweet, Instagram) is quoted by the article
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
