"""The candidate table: every value any source offers for a field, with where it came from.

Each source yields ``Candidate(field, value, source, evidence)``: the page's declarations
(JSON-LD, meta tags, microdata, ``<time>``, ``<a rel=author>``), its visible lines (as read by
the ``lines`` package), its URL and its author-archive links. ``source`` is a name in the rank
table (``ranks``); ``evidence`` says where exactly, for the provenance. Nothing is judged here:
declared values stay raw until the resolver parses and validates them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from cleanarticle.blocks import Block
from cleanarticle.metadata.html_meta import PageMeta
from cleanarticle.metadata.lines.facts import LineFacts
from cleanarticle.metadata.ranks import rank, source_of

# <meta> names by field, most trusted first.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "published_time",
    "datepublished", "date_published", "pubdate", "publishdate", "publish_date", "publish-date",
    "publication_date", "publicationdate", "firstpublishedtime", "og:release_date",
    "release_date", "article.published", "article_date_original", "sailthru.date",
    "parsely-pub-date", "weibo: article:create_at", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date",
    "citation_online_date", "published-date", "pub_date", "publishtime", "pubtime", "published",
)  # fmt: skip
_STANDARD_PUBLISHED = 3  # the first three are the Open Graph standard; the rest a family
LOOSE_DATE_META = ("date", "dc.date", "dcterms.date", "datecreated")
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "lastmodifiedtime",
    "last-modified", "dc.date.modified", "dcterms.modified", "article:updated_time",
    "weibo: article:update_at", "dateupdate",
)  # fmt: skip
AUTHOR_META = (
    "citation_author", "citation_authors", "article:author", "author", "dc.creator",
    "dcterms.creator", "parsely-author", "sailthru.author", "byl", "og:article:author",
    "articleauthor",
)  # fmt: skip
_AUTHOR_META_SUFFIXES = (":author", ".author", "_author", "-author")  # vendor namespaces
SOURCE_META = ("contentsource", "source", "news_source", "article:source", "mediaid")
_EVIDENCE_CLIP = 60


@dataclass(frozen=True, slots=True)
class Candidate:
    """One value offered for one field.

    ``value`` is raw for declarations (parsed and validated later) and already read for visible
    lines (an ISO date, names joined by "; "). ``order`` keeps the page order within a rank;
    ``index`` is the block a line candidate sits on (-1 for declarations).
    """

    field: str
    value: str
    source: str
    evidence: str
    order: tuple[int, ...] = ()
    index: int = -1
    names: tuple[str, ...] = ()
    precision: int = 0

    @property
    def rank(self) -> int:
        return rank(self.field, self.source)

    def key(self) -> tuple[int, tuple[int, ...]]:
        return self.rank, self.order


def declared(page: PageMeta) -> list[Candidate]:
    """Dates, authors and sources the page declares, in page order within each source."""
    return [*_declared_dates(page), *_declared_authors(page), *_declared_sources(page)]


def _declared_dates(page: PageMeta) -> Iterator[Candidate]:
    def make(field: str, value: str | None, source: str, evidence: str) -> Iterator[Candidate]:
        if value:
            yield Candidate(field, value, source, evidence)

    # Only an article's node dates an article: a bare WebPage node's datePublished is when a
    # CMS created the page record (any product or service page has one), so it is no candidate.
    article_node = page.ld.get("node") != ("page",)
    for value in page.ld.get("date_published", ()) if article_node else ():
        yield from make("date", value, "json-ld", "JSON-LD datePublished")
    for key in PUBLISHED_META[:_STANDARD_PUBLISHED]:
        yield from make("date", page.first(key), "meta", f"<meta {key}>")
    for value in page.microdata.get("date_published", ()):
        yield from make("date", value, "microdata", "itemprop datePublished")
    for key in PUBLISHED_META[_STANDARD_PUBLISHED:]:
        yield from make("date", page.first(key), "meta family", f"<meta {key}>")
    for value in page.ld.get("date_created", ()):
        yield from make("date", value, "loose meta", "JSON-LD dateCreated")
    for key in LOOSE_DATE_META:
        yield from make("date", page.first(key), "loose meta", f"<meta {key}>")
    times = [tag for tag in page.times if not tag.noise]
    for tag in times:
        source = "time published" if tag.published else "time"
        yield from make("date", tag.value, source, "<time> " + ("(published)" * tag.published))
    modified: list[tuple[str, str | None, str]] = [
        *(("json-ld", value, "JSON-LD dateModified") for value in page.ld.get("date_modified", ())),
        *(("meta", page.first(key), f"<meta {key}>") for key in MODIFIED_META),
        *(("microdata", value, "itemprop dateModified")
          for value in page.microdata.get("date_modified", ())),
    ]  # fmt: skip
    for source, declared_value, evidence in modified:
        yield from make("date_modified", declared_value, source, evidence)


def _declared_authors(page: PageMeta) -> Iterator[Candidate]:
    for position, value in enumerate(page.ld.get("author", ())):
        yield Candidate("author", value, "json-ld", "JSON-LD author", (position,))
    keys = [*AUTHOR_META, *sorted(key for key in page.meta if _vendor_author_key(key))]
    for position, key in enumerate(keys):
        for value in page.meta.get(key, ()):
            yield Candidate("author", value, "meta", f"<meta {key}>", (position,))
    for value in page.microdata.get("author", ()):
        yield Candidate("author", value, "microdata", "itemprop author")
    for value in page.rel_authors:
        yield Candidate("author", value, "rel author", '<a rel="author">')


def _vendor_author_key(key: str) -> bool:
    """ "cxenseparse:author", "dable:author": an author under a vendor's namespace."""
    return key.endswith(_AUTHOR_META_SUFFIXES) and key not in AUTHOR_META and "url" not in key


def _declared_sources(page: PageMeta) -> Iterator[Candidate]:
    for key in SOURCE_META:
        for value in page.meta.get(key, ()):
            yield Candidate("source", value, "source meta", f"<meta {key}>")
    for value in page.ld.get("publisher", ()):
        yield Candidate("source", value, "publisher", "JSON-LD publisher")
    for site in (page.first("og:site_name"), *page.ld.get("site_name", ())):
        if site:
            yield Candidate("source", site, "site name", "site name")


def from_lines(facts: LineFacts, blocks: Sequence[Block]) -> list[Candidate]:
    """What the visible lines gave, each with the line it was read on as evidence."""
    found: list[Candidate] = []
    shows_published = any(date.kind in ("published", "created") for date in facts.dates)
    for date in facts.dates:
        source = source_of("date", date.rank)
        evidence = _line(blocks, date.index)
        order = (date.distance, date.position)
        if date.kind in ("published", "created"):
            found.append(
                Candidate("date", date.iso, source, evidence, order, date.index, (), date.precision)
            )
        elif date.kind == "modified":
            found.append(Candidate("date_modified", date.iso, source, evidence, order, date.index))
            if not shows_published:  # the only date readers see: a fallback, top ones first
                stamp = (date.rank, *order)
                found.append(
                    Candidate("date", date.iso, "update stamp", evidence, stamp, date.index)
                )
        else:  # an edit stamp: a modification date, and the publication date of last resort
            for field in ("date_modified", "date"):
                found.append(Candidate(field, date.iso, "edit stamp", evidence, order, date.index))
    for names in facts.authors:
        source = source_of("author", names.rank)
        found.append(
            Candidate(
                "author", "; ".join(names.names), source, _line(blocks, names.index),
                (names.distance,), names.index, names.names,
            )
        )  # fmt: skip
    for names in facts.editors:
        found.append(
            Candidate(
                "editor", "; ".join(names.names), source_of("editor", names.rank),
                _line(blocks, names.index),
                (names.index,), names.index, names.names,
            )
        )  # fmt: skip
    for position, text in enumerate(facts.sources):
        source = source_of("source", text.rank)
        found.append(
            Candidate("source", text.text, source, _line(blocks, text.index), (0, position))
        )
    return found


def from_owner(owner: tuple[str, int] | None, blocks: Sequence[Block]) -> list[Candidate]:
    """The blog owner named in the page's sidebar headers (``lines.owner``)."""
    if owner is None:
        return []
    name, index = owner
    return [Candidate("author", name, "blog owner", _line(blocks, index), (), index, (name,))]


def from_url(iso: str | None, url: str | None) -> list[Candidate]:
    return [Candidate("date", iso, "url", f"URL {url}")] if iso and url else []


def _line(blocks: Sequence[Block], index: int) -> str:
    if not 0 <= index < len(blocks):
        return f"line {index}"
    text = blocks[index].text
    if len(text) > _EVIDENCE_CLIP:
        text = text[: _EVIDENCE_CLIP - 1] + "…"
    return f"line {index}: {text}"
