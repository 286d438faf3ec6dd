"""Blocks: the unit every detector and the scorer look at.

A block is one line of visible text (an element's text split at ``<br>``, or one line of a text
dump) with the features the later stages need. Lines that came from one element share a
``paragraph`` id so output can rejoin them; items of one list or rows of one table share a
``container`` id so detectors can judge the list as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanarticle.article import Kind
from cleanarticle.textstats import length_units, punctuation_count


@dataclass(slots=True)
class Block:
    index: int  # position in document order
    text: str  # whitespace-normalised visible text of the line
    kind: Kind = Kind.PARAGRAPH
    tag: str = "line"  # tag of the element the text came from ("line" in text mode)
    path: str = ""  # ancestor tags, outermost first: "body/div/article/p"
    hints: str = ""  # lower-cased class and id words of the element and its ancestors
    container: int = -1  # id shared by items of one list / rows of one table / one text-dump run
    paragraph: int = -1  # id shared by lines split from one element
    link_chars: int = 0  # characters of the text inside <a href>
    link_count: int = 0
    level: int = 0  # heading level or list nesting depth
    indent: int = 0  # leading spaces in text mode
    units: int = 0  # length_units(text)
    punctuation: int = 0  # punctuation_count(text)

    def __post_init__(self) -> None:
        if not self.units:
            self.units = length_units(self.text)
        if not self.punctuation:
            self.punctuation = punctuation_count(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def punctuation_density(self) -> float:
        return self.punctuation / self.units if self.units else 0.0

    @property
    def is_linked(self) -> bool:
        """Mostly link text: a menu entry, a related-article title, a tag."""
        return self.link_density >= 0.5
