"""The page's <main> element as its content, when the article region holds little of it.

A page without one long prose body (a listing, a product page, a forum thread, a service page)
leads the region to one blurb, and the rest of the content goes. HTML5's ``<main>`` says where
the content is, in any language: when what the region keeps is a small share of what ``<main>``
holds (after the detectors' cuts, without its comment and related sections), ``<main>`` is the
better answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanarticle.blocks import Block
from cleanarticle.scorer.tree import ElementTree

# The region's kept units (after the thin-page fallback) below this share of <main>'s: the
# region missed the content. Measured on the five sets (only scrapinghub, wcxb and fundus move):
# 0.2 wcxb +0.009; 0.3 wcxb +0.010; 0.4 and 0.45 scrapinghub +0.002, wcxb +0.012 / +0.013;
# 0.5 wcxb +0.014 but fundus -0.002; 0.6 wcxb +0.017 but fundus -0.006. Leave-one-set-out picks
# 0.45 with wcxb left out and 0.6 with fundus or scrapinghub left out; 0.45 is the choice that
# drops no set.
MAIN_SHARE = 0.45
# A region this long is an article in its own right: a <main> holding far more holds other
# things besides (a stream of other stories around it). With role="main" read as <main>:
# no cap, wcxb +0.0045 but readability -0.0054 (one page: an article in a story stream);
# 300: wcxb +0.0019, every other set unchanged; 450: wcxb +0.0034; 700: as no cap. The round
# value well below the one page that needs a cap: 300.
MAIN_ARTICLE_UNITS = 300


def main_blocks(
    blocks: Sequence[Block], cut: set[int], sections: dict[int, str], tree: ElementTree
) -> set[int] | None:
    """The blocks of the page's first <main> that no detector cut and no section holds; None
    for a page without <main>."""
    main = next((element for element in tree.order if tree.tag[element] == "main"), None)
    if main is None:
        return None
    in_main = tree.inherit(lambda element, above: above or element == main)
    in_section = tree.inherit(lambda element, above: above or element in sections)
    return {
        block.index
        for block, element in zip(blocks, tree.innermost)
        if in_main[element] and not in_section[element] and block.index not in cut
    }
