"""Block selection for HTML: inside the article region, drop what is not the article's text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.options import Options
from cleanarticle.scorer.main_element import main_blocks
from cleanarticle.scorer.prose import LINK_HEAVY, NAME, Weights
from cleanarticle.scorer.reasons import Outside, Why, link_list_why, section_why
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
) -> tuple[list[Verdict], set[int] | None]:
    """The verdicts of the article region, and the blocks of the page's <main> element (None
    for a page without one), for ``select`` to weigh against each other."""
    tree = element_tree(blocks)
    hinted = hinted_sections(blocks, weights, tree)
    sections = hinted | teaser_cards(blocks, weights, tree)
    region = article_region(blocks, cut, weights, sections, tree)
    lists = link_lists(blocks)
    places = _places(tree, region, sections)
    outside: Outside | None = None  # the reasons outside the region, gathered when first needed
    options = context.options
    verdicts: list[Verdict] = []
    for block, element in zip(blocks, tree.innermost):
        if block.index in cut:
            continue
        place = places.get(element)
        if place is None or not place.in_region:
            if outside is None:
                outside = Outside(blocks, tree, region, sections, lists, weights)
            why: Why | None = outside.why(block, element)
        else:
            why = _why_not_article(block, place, lists)
        _add_verdict(verdicts, block, why or excluded_by_options(block, options))
    return verdicts, main_blocks(blocks, cut, hinted, tree) or None


_OUTSIDE_MAIN = Why("scorer.outside_main", "outside the page's <main> element")


def main_verdicts(
    blocks: Sequence[Block], cut: set[int], main: set[int], options: Options
) -> list[Verdict]:
    """The verdicts when the page's <main> (the blocks ``main``) is the content."""
    verdicts: list[Verdict] = []
    for block in blocks:
        if block.index not in cut:
            why = excluded_by_options(block, options) if block.index in main else _OUTSIDE_MAIN
            _add_verdict(verdicts, block, why)
    return verdicts


def excluded_by_options(block: Block, options: Options) -> Why | None:
    """Why a block the article would hold stays out by the caller's options."""
    if not options.include_lists and block.kind is Kind.LIST_ITEM:
        return Why("scorer.lists_excluded", "list items excluded by options")
    if not options.include_tables and block.kind is Kind.TABLE_ROW:
        return Why("scorer.tables_excluded", "table rows excluded by options")
    return None


def _add_verdict(verdicts: list[Verdict], block: Block, why: Why | None) -> None:
    if why is not None:
        verdict = Verdict(block.index, NAME, why.reason, rule=why.rule, evidence=why.evidence)
        verdicts.append(verdict)


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


def _why_not_article(block: Block, place: _Place, lists: dict[int, str]) -> Why | None:
    """Why a block inside the region is not the article's text (None: it is)."""
    word = place.quote_section if block.kind is Kind.QUOTE else place.section
    if word is not None:
        return section_why(word, " " in word, "inside the article container")
    if "figure" in block.path or "figcaption" in block.path:
        return Why("scorer.figure_caption", "figure caption")
    if block.container in lists:
        return link_list_why(lists[block.container], "")
    if _is_link_heavy(block):
        density = round(block.link_density, 2)
        reason = f"link-heavy block (link density {density:.2f})"
        return Why("scorer.link_heavy", reason, {"link_density": density})
    return None


def _is_link_heavy(block: Block) -> bool:
    """Mostly links; a long sentence may link much of itself (newsletters, link roundups)."""
    if block.link_density < LINK_HEAVY:
        return False
    long_sentence = block.units >= _LONG_SENTENCE_UNITS and ends_like_sentence(block.text)
    return not long_sentence or block.link_density >= _LINK_HEAVY_SENTENCE
