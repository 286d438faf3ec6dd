"""How hard boilerplate counts, and what reads as article prose: shared by the scorer's parts.

Both prose tests are ``cleanarticle.prose.is_prose`` with a profile per ``Options.favor``: the
profiles are data on ``Weights``, so the favors differ in numbers only.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanarticle.prose import Prose

NAME = "scorer"
# 15 -> 10 measured on the five bench sets: zh +0.007, wcxb +0.002, the others within 0.0005.
# Leave-one-set-out, the four other sets pick 10 over 15 for every set left out.
MIN_GOOD_UNITS = 10
MIN_SENTENCE_UNITS = 5
LINK_HEAVY = 0.5


@dataclass(frozen=True)
class Weights:
    """How hard boilerplate counts against a region, and what makes a block prose.

    ``prose``: a block that reads as article text in HTML (long, or a short full sentence, and
    not links, not a heading; a long list item needs a mark). ``text_prose``: a line that spans
    the body of a text dump, which has no markup to tell links or headings, so it must be twice
    as long and hold two punctuation marks.
    """

    penalty: float
    min_good_units: int
    prose: Prose
    text_prose: Prose


def favor_weights(penalty: float, min_good_units: int) -> Weights:
    """The weights of one favor: its penalty, and its prose profiles from one length."""
    return Weights(
        penalty=penalty,
        min_good_units=min_good_units,
        prose=Prose(
            min_units=min_good_units,
            list_item_marks=1,
            link_heavy=LINK_HEAVY,
            headings=False,
            sentence_units=MIN_SENTENCE_UNITS,
        ),
        text_prose=Prose(min_units=min_good_units * 2, min_marks=2),
    )


WEIGHTS = {
    "balanced": favor_weights(penalty=1.0, min_good_units=MIN_GOOD_UNITS),
    "precision": favor_weights(penalty=1.6, min_good_units=MIN_GOOD_UNITS + 10),
    "recall": favor_weights(penalty=0.6, min_good_units=MIN_GOOD_UNITS - 4),
}
