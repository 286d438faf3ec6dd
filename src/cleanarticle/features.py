"""Facts about one page's blocks that several stages ask for, computed once per page.

The pipeline builds a ``PageFeatures`` right after the blocks stage and hands it to the
detectors and the scorer (in their ``Context``) and to metadata. Each fact is computed when a
stage first asks for it, so a run that needs none of them pays nothing.

What reads as prose is decided here for the whole package (the scorer's own test, which weighs
``Options.favor``, is ``scorer.prose.is_prose``):

- ``is_prose``: a line of running text, long and with two clause marks; the metadata stage looks
  for the first one to know where the article text begins.
- ``prose_bounds``: the first and last line of long punctuated text (``is_punctuated_prose``); a
  detector needs less evidence against chrome outside this span (page top, page bottom).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleanarticle.blocks import Block
from cleanarticle.types import Context

PROSE_UNITS = 25  # with two punctuation marks: a sentence, not a menu, a byline or a label
CLAUSE_MARKS = re.compile(r"[，,。；;！!？?]")
_FULL_WIDTH_PUNCT = re.compile(r"[\uff0c\uff1b\uff1a\uff01\uff1f]")


def is_prose(block: Block) -> bool:
    """Long, with two clause marks: a sentence, which a dateline, a byline or a title is not."""
    return block.units >= PROSE_UNITS and len(CLAUSE_MARKS.findall(block.text)) >= 2


def is_punctuated_prose(block: Block) -> bool:
    """Long, with two punctuation marks of any kind (``Block.punctuation``, plus the full-width
    ,;:!? it may not count): the lines that bound the article for the detectors."""
    return block.units >= PROSE_UNITS and (
        block.punctuation >= 2
        or block.punctuation + len(_FULL_WIDTH_PUNCT.findall(block.text)) >= 2
    )


def prose_bounds(blocks: Sequence[Block]) -> tuple[int, int]:
    """Indices of the first and last ``is_punctuated_prose`` line; (-1, -1) if there is none."""
    first = last = -1
    for block in blocks:
        if is_punctuated_prose(block):
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
        """The first ``is_prose`` line in ``start:stop``, or None (the title and the metadata
        lines both look for it, from the same first kept line)."""
        blocks, known = self.blocks, self._prose
        for index in range(max(start, 0), min(stop, len(blocks))):
            prose = known.get(index)
            if prose is None:
                prose = known[index] = is_prose(blocks[index])
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
