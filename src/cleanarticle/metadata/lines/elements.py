"""A date in an element the page names as one: <div class="post-date">May 31, 2024</div>.

Themes put the dateline in its own small element, often away from the title (a sidebar box,
under the author card), where the line scan does not read. Such an element, classed as a date
and holding a date and little else, dates the page when nothing better does. Comment threads,
related lists and captions carry other dates and are skipped, and so are update stamps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleanarticle.blocks import Block
from cleanarticle.metadata.dates import find_dates
from cleanarticle.metadata.html_meta import noise_hint

_DATE_HINT = re.compile(r"date|time|publish|posted|byline|meta")
_UPDATE = re.compile(r"updat|modif|edit|aktualisiert|mis à jour|actualizad|更新|修改", re.I)
_MAX_LINE = 40
_MAX_REST = 12  # characters besides the date: "Published", "Posted on"


def date_element(
    blocks: Sequence[Block], *, month_first: bool = False, year: int | None = None
) -> tuple[str, int] | None:
    """The first date alone in a date-classed element: its ISO form and block index."""
    for block in blocks:
        text = block.text
        if len(text) > _MAX_LINE or not block.hints or not _DATE_HINT.search(block.hints):
            continue
        own = block.ancestor_hints[-2:] if block.ancestor_hints else (block.hints,)
        if not _DATE_HINT.search(" ".join(own)) or noise_hint(block.hints):
            continue
        if "caption" in block.hints or _UPDATE.search(text) or _UPDATE.search(" ".join(own)):
            continue
        dates = find_dates(text, month_first=month_first, year=year)
        if len(dates) == 1 and len(text) - (dates[0].end - dates[0].start) <= _MAX_REST:
            return dates[0].iso, block.index
    return None
