"""Facts about one page's blocks that several stages ask for, computed once per page.

The pipeline builds a ``PageFeatures`` right after the blocks stage and hands it to the
detectors and the scorer (in their ``Context``) and to metadata. Each fact is computed when a
stage first asks for it, so a run that needs none of them pays nothing.

What reads as prose is decided by ``cleanarticle.prose.is_prose``; the two facts here read it
with their own profiles:

- ``first_prose``: the first line of running text (``prose.RUNNING_TEXT``); the metadata stage
  looks for it to know where the article text begins.
- ``prose_bounds``: the first and last line of long punctuated text (``prose.ARTICLE_BOUNDS``); a
  detector needs less evidence against chrome outside this span (page top, page bottom).
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanarticle.blocks import Block
from cleanarticle.prose import ARTICLE_BOUNDS, RUNNING_TEXT, is_prose
from cleanarticle.types import Context


def prose_bounds(blocks: Sequence[Block]) -> tuple[int, int]:
    """Indices of the first and last ``ARTICLE_BOUNDS`` prose line; (-1, -1) if there is none."""
    first = last = -1
    for block in blocks:
        if is_prose(block, ARTICLE_BOUNDS):
            if first < 0:
                first = block.index
            last = block.index
    return first, last


def near_hints(block: Block, depth: int = 4) -> str:
    """Class/id words of the block's nearest enclosing elements.

    Page-level classes (<body class="nav-open">) would otherwise mark every block as navigation.
    """
    return " ".join(block.ancestor_hints[-depth:]) if block.ancestor_hints else block.hints


class PageFeatures:
    """The shared facts of one page's blocks, each computed on first use."""

    __slots__ = ("_bounds", "_prose", "blocks")

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks
        self._bounds: tuple[int, int] | None = None
        self._prose: dict[int, bool] = {}

    @property
    def prose_bounds(self) -> tuple[int, int]:
        """``prose_bounds(blocks)``: several detectors bound the article by it."""
        if self._bounds is None:
            self._bounds = prose_bounds(self.blocks)
        return self._bounds

    def first_prose(self, start: int, stop: int) -> int | None:
        """The first ``RUNNING_TEXT`` prose line in ``start:stop``, or None (the title and the
        metadata lines both look for it, from the same first kept line)."""
        blocks, known = self.blocks, self._prose
        for index in range(max(start, 0), min(stop, len(blocks))):
            prose = known.get(index)
            if prose is None:
                prose = known[index] = is_prose(blocks[index], RUNNING_TEXT)
            if prose:
                return index
        return None


def page_features(blocks: Sequence[Block], context: Context) -> PageFeatures:
    """The features of ``blocks``: the Context's own, else made once for this Context (a caller
    that builds a Context by hand gets them too)."""
    features = context.features
    if features is not None and features.blocks is blocks:
        return features
    cached = context.facts.get(PageFeatures)
    if not isinstance(cached, PageFeatures) or cached.blocks is not blocks:
        cached = context.facts[PageFeatures] = PageFeatures(blocks)
    return cached


def shared_prose_bounds(blocks: Sequence[Block], context: Context) -> tuple[int, int]:
    """prose_bounds(blocks), computed once for all the detectors run with one Context."""
    return page_features(blocks, context).prose_bounds
