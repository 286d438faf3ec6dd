"""What reads as prose: the package's one test, and each stage's thresholds as a named profile.

Stages ask different questions of a line: where the article text begins (metadata), where the
article is bounded (detectors), what a region is worth and which lines a thin page keeps (the
HTML scorer) and which lines span the body of a text dump (the text scorer). They differ only in
length, in which marks they count and how many, and in what rules a line out, so those are the
fields of a ``Prose`` profile and ``is_prose`` is written once. The scorer's profiles depend on
``Options.favor`` and live with its weights (``scorer.prose.Weights``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.textstats import CLAUSE_MARK_CHARS, CLAUSE_MARKS, ends_like_sentence

# The full-width forms (U+FF01..U+FF5E) among the clause marks and the colon: ！？，；：
_FULL_WIDTH = re.compile(
    "[" + "".join(c for c in CLAUSE_MARK_CHARS + "\uff1a" if "\uff01" <= c <= "\uff5e") + "]"
)


class Marks(Enum):
    """Which marks a profile counts."""

    PUNCTUATION = "punctuation"  # Block.punctuation: every ASCII and CJK punctuation mark
    CLAUSE = "clause"  # textstats.CLAUSE_MARKS: , ; ! ? and their CJK forms, 。 (no ".")
    # Block.punctuation with each full-width ，；：！？ counted a second time: one Chinese comma
    # in a long line is as much evidence of a sentence as two ASCII marks.
    PUNCTUATION_WIDE = "punctuation_wide"


@dataclass(frozen=True, slots=True)
class Prose:
    """One stage's idea of a prose line, as data for ``is_prose``."""

    min_units: int  # a line this long is prose if its marks allow
    min_marks: int = 0  # ... and it holds this many marks, counted as ``marks`` says
    marks: Marks = Marks.PUNCTUATION
    list_item_marks: int = 0  # a long list item needs at least this many marks
    link_heavy: float | None = None  # a line with this link density or more is never prose
    headings: bool = True  # False: a heading is never prose
    sentence_units: int = 0  # > 0: a shorter line is prose when it has this many units and
    # ends like a sentence


def is_prose(block: Block, profile: Prose) -> bool:
    """The line reads as running text by ``profile``'s measure."""
    if profile.link_heavy is not None and block.link_density >= profile.link_heavy:
        return False
    kind = block.kind
    if not profile.headings and kind is Kind.HEADING:
        return False
    if block.units >= profile.min_units:
        need = profile.min_marks
        if kind is Kind.LIST_ITEM and profile.list_item_marks > need:
            need = profile.list_item_marks
        return need <= 0 or count_marks(block, profile.marks, need) >= need
    return 0 < profile.sentence_units <= block.units and ends_like_sentence(block.text)


def count_marks(block: Block, marks: Marks, enough: int) -> int:
    """The block's marks of the kind ``marks``; past ``enough`` the count may stop short."""
    if marks is Marks.PUNCTUATION:
        return block.punctuation
    if marks is Marks.CLAUSE:
        return len(CLAUSE_MARKS.findall(block.text))
    count = block.punctuation
    return count if count >= enough else count + len(_FULL_WIDTH.findall(block.text))


# Where the article text begins (metadata: the title and the line scan look for the first one):
# long, with two clause marks, which a dateline, a byline or a title has not.
RUNNING_TEXT = Prose(min_units=25, min_marks=2, marks=Marks.CLAUSE)
# What bounds the article for the detectors (``features.prose_bounds``): long, with two
# punctuation marks of any kind; chrome outside the first and last such line needs less evidence.
ARTICLE_BOUNDS = Prose(min_units=25, min_marks=2, marks=Marks.PUNCTUATION_WIDE)
