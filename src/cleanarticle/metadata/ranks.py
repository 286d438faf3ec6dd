"""The one rank table: for each field, every source of evidence, most trusted first.

A candidate's rank is its source's position here; the resolver takes the best-ranked value
that validates. Nothing else in the package holds a rank number: the line rules name their
source and read its rank from this table, so reordering trust is an edit of one tuple.

Why this order:

- dates: an official document's own 成文日期 beats everything; machine-written declarations
  (JSON-LD, the standard meta tags, microdata) beat visible lines; a labelled or pure dateline
  at the top beats one at the bottom; a bare ``<time>`` (often a sidebar's) ranks under every
  line; the URL's date comes next; a page showing only an update stamp ("Updated August 14,
  2025") or a forum's edit stamp is dated by it, as a fallback the provenance records.
- authors: declarations first, then labelled bylines, a line whose element is classed as a
  byline (its whole text, no byline word: weaker), reporter bylines, tail credits, a lead
  credit, a lone name under the title, names left on a metadata line, a blog's owner named in its
  sidebar, an author-archive link.
- sources: a visible "来源:" line beats declarations (Chinese pages state it, rarely declare it).
"""

from __future__ import annotations

from types import MappingProxyType

RANKS = MappingProxyType(
    {
        "date": (
            "created line",  # 成文日期
            "json-ld", "meta", "microdata", "meta family", "loose meta", "time published",
            "label line top", "pure line top", "label line bottom", "pure line bottom",
            "short line top", "month line", "time", "url", "update stamp", "edit stamp",
        ),
        "date_modified": (
            "json-ld", "meta", "microdata",
            "label line top", "pure line top", "label line bottom", "pure line bottom",
            "short line top", "month line", "edit stamp",
        ),
        "author": (
            "json-ld", "meta", "microdata", "rel author",
            "label line top", "byline element top", "role line top", "line bottom", "lead credit",
            "standalone line", "residual line", "blog owner", "author link",
        ),
        "editor": ("label line", "credit"),
        "source": (
            "label line top", "line bottom", "source meta", "outlet line", "residual line",
            "publisher", "site name",
        ),
    }
)  # fmt: skip
UNDECIDED = 10_000  # an unlabelled dateline's rank until its line is judged


def rank(field: str, source: str) -> int:
    """The position of ``source`` in the table of ``field`` (ValueError for an unknown one)."""
    return RANKS[field].index(source)


def source_of(field: str, position: int) -> str:
    """The source at a rank, the inverse of ``rank``."""
    return RANKS[field][position]
