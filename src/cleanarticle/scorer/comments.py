"""The page's comment section: blocks inside a section the scorer already hints as comments.

A hook for ``Options(include_comments=True)``: the same class/id recognition the scorer uses to
drop comment sections from the article (``sections.hinted_sections``), asked which blocks lie
inside a section whose word names comments or replies.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanarticle.blocks import Block
from cleanarticle.hints import COMMENT_WORDS
from cleanarticle.scorer.prose import WEIGHTS
from cleanarticle.scorer.sections import hinted_sections
from cleanarticle.scorer.tree import element_tree
from cleanarticle.types import Context


def comment_blocks(blocks: Sequence[Block], context: Context) -> list[int]:
    """Indices of the blocks inside a section hinted as comments, in page order."""
    if context.mode != "html" or not blocks:
        return []
    tree = element_tree(blocks)
    sections = hinted_sections(blocks, WEIGHTS[context.options.favor], tree)
    marked = {element for element, word in sections.items() if word in COMMENT_WORDS}
    if not marked:
        return []
    inside = tree.inherit(lambda element, above: bool(above) or element in marked)
    return [block.index for block, element in zip(blocks, tree.innermost) if inside.get(element)]
