"""Facts about a page that several detectors share: where the prose lies, nearby class hints.

Kept apart from any one detector so that no detector imports helpers from a sibling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleanarticle.blocks import Block
from cleanarticle.detectors._gate import shared
from cleanarticle.detectors.base import Context

_FULL_WIDTH_PUNCT = re.compile(r"[\uff0c\uff1b\uff1a\uff01\uff1f]")
_PROSE_UNITS = 25  # with two punctuation marks: a sentence, not a menu or a label


def near_hints(block: Block, depth: int = 4) -> str:
    """Class/id words of the block's nearest enclosing elements.

    Page-level classes (<body class="nav-open">) would otherwise mark every block as navigation.
    """
    return " ".join(block.ancestor_hints[-depth:]) if block.ancestor_hints else block.hints


def prose_bounds(blocks: Sequence[Block]) -> tuple[int, int]:
    """Indices of the first and last prose line (long, punctuated); (-1, -1) if there is none.

    Chrome outside this span (page top, page bottom) needs less evidence than chrome inside it.
    """
    first = last = -1
    for block in blocks:
        if block.units >= _PROSE_UNITS and (
            block.punctuation >= 2
            # full-width ,;:!? that Block.punctuation may not count
            or block.punctuation + len(_FULL_WIDTH_PUNCT.findall(block.text)) >= 2
        ):
            if first < 0:
                first = block.index
            last = block.index
    return first, last


def shared_prose_bounds(blocks: Sequence[Block], context: Context) -> tuple[int, int]:
    """prose_bounds(blocks), computed once for all the detectors run with one Context."""
    return shared(blocks, context, "prose_bounds", lambda: prose_bounds(blocks))
