"""The metadata stage: title, date, author, source and the rest, plus the lines to cut for them.

Evidence is gathered from the page's declarations (``html_meta``: JSON-LD, <meta>, microdata,
<time>) and from its visible lines (the ``lines`` package), then each field takes its
best-ranked value. Declarations win over visible lines for dates and authors (they are
machine-written), except an official document's 成文日期; visible lines win for the source,
which Chinese pages state in a "来源:" line and rarely declare. Text mode has only visible lines.
A link to an author archive page (``author_links``) names the author only when nothing else does.

A forum's "本帖最后由 X 于 … 编辑" note gives ``date_modified`` (it is an edit date), never
``date`` or an author.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from cleanarticle.article import Metadata
from cleanarticle.blocks import Block
from cleanarticle.features import PageFeatures
from cleanarticle.metadata.author_links import archive_author
from cleanarticle.metadata.authors import clean_byline, is_placeholder, looks_like_outlet
from cleanarticle.metadata.dates import date_from_url, parse_date, same_day
from cleanarticle.metadata.html_meta import PageMeta, collect
from cleanarticle.metadata.language import choose_language
from cleanarticle.metadata.lines.facts import (
    AUTHOR_STANDALONE,
    DETECTOR,
    SOURCE_OUTLET,
    SOURCE_RESIDUAL,
    DateFound,
    LineFacts,
)
from cleanarticle.metadata.lines.scan import scan_lines
from cleanarticle.metadata.title import (
    clean_title,
    is_site_name,
    marked_heading,
    match_heading,
    site_part,
    text_title,
)
from cleanarticle.parse import Document
from cleanarticle.types import Verdict

__all__ = ["Metadata", "extract_metadata"]

_LANGUAGE_SAMPLE = 4000
_MAX_TAGS = 30
_BARE_HOST = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/", re.IGNORECASE)
_TAG_SPLIT = re.compile(r"\s*[,，;；、|]\s*")
_NO_KEPT_REACH = 30  # with nothing kept, where the body is assumed to start
_ABOVE_TITLE = 3  # datelines sometimes sit just above the headline
_TITLE_LINE_EXTRA = 20  # a heading line holding the title plus a column name still goes

# <meta> names by field, most trusted first.
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "published_time",
    "datepublished", "date_published", "pubdate", "publishdate", "publish_date", "publish-date",
    "publication_date", "publicationdate", "firstpublishedtime", "og:release_date",
    "release_date", "article.published", "article_date_original", "sailthru.date",
    "parsely-pub-date", "weibo: article:create_at", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date",
    "citation_online_date", "published-date", "pub_date", "publishtime", "pubtime",
)  # fmt: skip
_LOOSE_DATE_META = ("date", "dc.date", "dcterms.date", "datecreated")
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "lastmodifiedtime",
    "last-modified", "dc.date.modified", "dcterms.modified", "article:updated_time",
    "weibo: article:update_at", "dateupdate",
)  # fmt: skip
_AUTHOR_META = (
    "citation_author", "citation_authors", "article:author", "author", "dc.creator",
    "dcterms.creator", "parsely-author", "sailthru.author", "byl", "og:article:author",
)  # fmt: skip
_PUBLISHER_META = ("citation_publisher", "dc.publisher", "publisher", "copyright")
_SOURCE_META = ("contentsource", "source", "news_source", "article:source", "mediaid")
_SITE_META = ("og:site_name", "sitename", "site_name", "application-name",
              "apple-mobile-web-app-title")  # fmt: skip
_TITLE_META = ("og:title", "twitter:title", "title", "articletitle", "dc.title", "citation_title")
_DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")
_TAG_META = ("article:tag", "news_keywords", "keywords")
_SECTION_META = ("article:section", "category", "columnname")
_IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
               "twitter:image:src")  # fmt: skip

# Ranks of declared evidence, placed around the visible-line ranks of ``lines.facts`` (10-17)
# and never equal to one; a date in the URL ranks below everything.
_RANK_LD, _RANK_META, _RANK_MICRODATA, _RANK_META_FAMILY, _RANK_LOOSE = 0, 1, 2, 3, 5
_RANK_TIME_PUBLISHED, _RANK_TIME_ANY = 6, 18
_RANK_SOURCE_META, _RANK_PUBLISHER, _RANK_SITE = 13, 16, 17


def extract_metadata(
    document: Document | None,
    blocks: Sequence[Block],
    kept: Sequence[bool],
    url: str | None,
    features: PageFeatures | None = None,
) -> tuple[Metadata, list[Verdict]]:
    """Metadata of the page, and a verdict for every block (or tail span) that is metadata.

    ``features`` are the page's shared features (the pipeline's); made here when not given.
    """
    now = datetime.now()
    if features is None or features.blocks is not blocks:
        features = PageFeatures(blocks)
    page = collect(document) if document is not None else PageMeta()
    kept = [bool(flag) for flag in kept[: len(blocks)]] + [False] * (len(blocks) - len(kept))
    kept_indices = [index for index, flag in enumerate(kept) if flag]
    first_kept = kept_indices[0] if kept_indices else min(len(blocks), _NO_KEPT_REACH)
    declared_lang = page.lang
    month_first = (declared_lang or "").lower().replace("_", "-") == "en-us"

    site_names = _site_names(page)
    title_block: Block | None = None
    title: str | None = None
    if document is not None:
        title, title_block = _html_title(page, blocks, first_kept, site_names, features)
    if not kept_indices and title_block is not None:
        first_kept = min(title_block.index + 1, max(len(blocks) - 1, 0))
    last_kept = kept_indices[-1] if kept_indices else first_kept
    top_start = None
    body_start = first_kept
    if title_block is not None:
        top_start = max(0, title_block.index - _ABOVE_TITLE)
        body_start = max(first_kept, title_block.index + 1)  # page chrome kept above the title
    facts = scan_lines(
        blocks, kept, body_start=body_start, last_kept=max(last_kept, body_start),
        top_start=top_start, month_first=month_first, now=now, features=features,
    )  # fmt: skip

    if facts.original_title is not None and (document is None or title is None):
        title = facts.original_title.text
    elif title is None and blocks:
        title_block = text_title(blocks, body_start, facts.metadata_lines, features)
        title = title_block.text if title_block is not None else None

    source = _source(page, facts)
    sitename = site_names[0] if site_names else site_part(page.title)
    not_names = {name for name in (source, sitename, *page.all(*_PUBLISHER_META)) if name}
    authors = _authors(document, page, facts, not_names)
    date, date_modified = _dates(page, facts, url, month_first, now)
    editors = _unique(name for found in facts.editors for name in found.names)

    metadata = Metadata(
        title=title,
        author="; ".join(authors) or None,
        authors=tuple(authors),
        editor="; ".join(editors) or None,
        date=date,
        date_modified=date_modified,
        source=source,
        sitename=sitename,
        url=_url(page, url),
        language=choose_language(declared_lang, _sample(blocks, kept_indices)),
        description=_description(page),
        tags=_tags(page),
        categories=tuple(_unique([*page.all(*_SECTION_META), *page.ld.get("section", ())]))[:10],
        image=_image(page, url),
    )
    return metadata, _verdicts(facts, title_block, title)


# --- title -------------------------------------------------------------------------------------


def _html_title(
    page: PageMeta,
    blocks: Sequence[Block],
    first_kept: int,
    site_names: list[str],
    features: PageFeatures,
) -> tuple[str | None, Block | None]:
    declared = [page.ld_first("headline"), *(page.first(key) for key in _TITLE_META)]
    declared = [text for text in declared if text]
    raws = [" ".join(text.split()) for text in [*declared, page.title] if text]
    cleaned_of: dict[str | None, str | None] = {}  # og:title, twitter:title, <title> often agree
    for text in [*declared, page.title]:
        if text not in cleaned_of:
            cleaned_of[text] = clean_title(text, site_names)
    cleaned_titles = [cleaned_of[text] for text in [*declared, page.title]]
    candidates = [(cleaned, 1.0) for cleaned in cleaned_titles if cleaned]
    match = match_heading(blocks, candidates, first_kept)
    if match is not None:
        block, candidate = match
        if len(block.text) <= len(candidate) or any(block.text in raw for raw in raws):
            return block.text, block  # the visible headline (cleaning may have cut too much)
        return candidate, block  # a line holding more than the title: "标 题： | …"
    visible = text_title(blocks, first_kept, (), features)
    if visible is not None and marked_heading(visible):
        return visible.text, visible  # the page's own headline beats a <title> it doesn't show
    for cleaned in cleaned_titles:
        if cleaned and len(cleaned) > 4 and not is_site_name(cleaned):
            return cleaned, None
    return None, None


# --- dates -------------------------------------------------------------------------------------


def _dates(
    page: PageMeta, facts: LineFacts, url: str | None, month_first: bool, now: datetime
) -> tuple[str | None, str | None]:
    """The best-ranked publication and modification dates.

    Declared and visible-line ranks never tie, so declared values are parsed best rank first,
    and only until one parses or a visible line outranks the rest: most are never parsed.
    """

    def parse(value: str | None) -> str | None:
        return parse_date(value, month_first=month_first, now=now)

    line_dates = [found for found in facts.dates if found.kind in ("published", "created")]
    date = _best(_declared_published(page), _best_line(line_dates), parse)
    if date is None:
        date = date_from_url(url, now=now)
    if date is not None and len(date) == 10:
        date = _more_precise(date, line_dates)

    modified: list[tuple[int, int, int, str]] = []
    for found in facts.dates:
        if found.kind == "modified":
            modified.append((found.rank, found.distance, found.position, found.iso))
        elif found.kind == "edited":
            modified.append((found.rank + 10, found.distance, found.position, found.iso))
    date_modified = _best(_declared_modified(page), min(modified, default=None), parse)
    return date, date_modified


def _declared_published(page: PageMeta) -> Iterator[tuple[int, str | None]]:
    """Declared publication dates as (rank, raw value), best rank first, page order within."""
    for value in page.ld.get("date_published", ()):
        yield _RANK_LD, value
    for key in _PUBLISHED_META[:3]:
        yield _RANK_META, page.first(key)
    for value in page.microdata.get("date_published", ()):
        yield _RANK_MICRODATA, value
    for key in _PUBLISHED_META[3:]:
        yield _RANK_META_FAMILY, page.first(key)
    for value in page.ld.get("date_created", ()):
        yield _RANK_LOOSE, value
    for key in _LOOSE_DATE_META:
        yield _RANK_LOOSE, page.first(key)
    times = [tag for tag in page.times if not tag.noise]
    for tag in times:
        if tag.published:
            yield _RANK_TIME_PUBLISHED, tag.value
    for tag in times:
        if not tag.published:
            yield _RANK_TIME_ANY, tag.value


def _declared_modified(page: PageMeta) -> Iterator[tuple[int, str | None]]:
    """Declared modification dates as (rank, raw value), best rank first, page order within."""
    for value in page.ld.get("date_modified", ()):
        yield _RANK_LD, value
    for key in _MODIFIED_META:
        yield _RANK_META, page.first(key)
    for value in page.microdata.get("date_modified", ()):
        yield _RANK_MICRODATA, value


def _best_line(line_dates: Iterable[DateFound]) -> tuple[int, int, int, str] | None:
    return min(
        ((found.rank, found.distance, found.position, found.iso) for found in line_dates),
        default=None,
    )


def _best(
    declared: Iterable[tuple[int, str | None]],
    line: tuple[int, int, int, str] | None,
    parse: Callable[[str | None], str | None],
) -> str | None:
    """The first declared value that parses unless the best visible line ranks better."""
    for rank, value in declared:
        if line is not None and line[0] < rank:
            break
        iso = parse(value)
        if iso:
            return iso
    return line[3] if line is not None else None


def _more_precise(date: str, line_dates: Iterable[DateFound]) -> str:
    """A visible dateline of the same day that also gives the time."""
    for found in sorted(line_dates, key=lambda item: (item.rank, item.distance)):
        if found.precision == 4 and found.rank <= 14 and same_day(found.iso, date):
            return found.iso
    return date


# --- people and outlets ---------------------------------------------------------------------------


def _authors(
    document: Document | None, page: PageMeta, facts: LineFacts, not_names: set[str]
) -> list[str]:
    def accept(names: Iterable[str]) -> list[str]:
        return [name for name in names if name not in not_names]

    for value in page.ld.get("author", ()):
        names = accept(clean_byline(value, "label"))
        if names:
            return _unique([*names, *_more_ld_authors(page, not_names)])
    for key in _AUTHOR_META:
        for value in page.meta.get(key, ()):
            if value in not_names:
                continue  # the publisher again ("author" = "中文学术期刊,汉斯出版社")
            names = accept(clean_byline(value, "label"))
            if names:
                return names
    for value in (*page.microdata.get("author", ()), *page.rel_authors):
        names = accept(clean_byline(value, "label"))
        if names:
            return names
    candidates = [found for found in facts.authors if accept(found.names)]
    if facts.empty_author_label:
        candidates = [found for found in candidates if found.rank < AUTHOR_STANDALONE]
    if not candidates:
        if document is None or facts.empty_author_label:
            return []
        return accept(archive_author(document))  # the weakest evidence: the last resort
    # The best-ranked byline nearest the body, with bylines of the same rank next to it
    # ("本报实习生 A B" / "本报记者 C D"), but not a reply's signature further down.
    best = min(candidates, key=lambda found: (found.rank, found.distance))
    group = [best]
    for found in sorted(candidates, key=lambda found: found.distance):
        near = any(abs(found.index - member.index) <= 2 for member in group)
        if found.rank == best.rank and near and found not in group:
            group.append(found)
    group.sort(key=lambda found: found.index)
    return _unique(name for found in group for name in accept(found.names))


def _more_ld_authors(page: PageMeta, not_names: set[str]) -> list[str]:
    return [
        name
        for value in page.ld.get("author", ())[1:]
        for name in clean_byline(value, "label")
        if name not in not_names
    ]


def _source(page: PageMeta, facts: LineFacts) -> str | None:
    ranked: list[tuple[int, int, str]] = [
        (found.rank, position, found.text) for position, found in enumerate(facts.sources)
    ]
    for key in _SOURCE_META:
        for value in page.meta.get(key, ()):
            ranked.append((_RANK_SOURCE_META, 0, value))
    for value in page.ld.get("publisher", ()):
        ranked.append((_RANK_PUBLISHER, 0, value))
    for site in (page.first("og:site_name"), *page.ld.get("site_name", ())):
        if site:
            ranked.append((_RANK_SITE, 0, site))
    for rank, _, found in sorted(ranked):
        value = found.strip()
        if _good_source(value, strict=rank in (SOURCE_OUTLET, SOURCE_RESIDUAL)):
            return value
    return None


def _good_source(value: str, *, strict: bool) -> bool:
    if not value or len(value) > 40 or is_placeholder(value) or "://" in value:
        return False
    return looks_like_outlet(value) if strict else True


def _site_names(page: PageMeta) -> list[str]:
    names = [*page.all(*_SITE_META), *page.ld.get("site_name", ()), *page.ld.get("publisher", ())]
    return _unique(name for name in names if name and len(name) <= 60 and "://" not in name)


# --- the rest ------------------------------------------------------------------------------------


def _url(page: PageMeta, url: str | None) -> str | None:
    for candidate in (page.canonical, page.first("og:url"), page.ld_first("url")):
        if not candidate or candidate.startswith(("javascript:", "#")):
            continue
        if _BARE_HOST.match(candidate):
            candidate = "//" + candidate  # "www.sohu.com/a/1": a host without its scheme
        if candidate.startswith("//"):
            scheme = url.split("//", 1)[0] if url and "//" in url else "https:"
            candidate = scheme + candidate
        joined = urljoin(url, candidate) if url else candidate
        if joined.startswith(("http://", "https://")):
            return joined
    return url


def _description(page: PageMeta) -> str | None:
    for value in (page.ld_first("description"), *page.all(*_DESCRIPTION_META)):
        if value and len(value) >= 5 and value != "#":
            return value
    return None


def _tags(page: PageMeta) -> tuple[str, ...]:
    tags: list[str] = []
    for value in (*page.meta.get("article:tag", ()), *page.ld.get("keywords", ())):
        tags.extend(_TAG_SPLIT.split(value))
    if not tags:
        for value in page.all(*_TAG_META[1:]):
            tags.extend(_TAG_SPLIT.split(value))
    return tuple(tag for tag in _unique(tag.strip() for tag in tags) if 0 < len(tag) <= 50)[
        :_MAX_TAGS
    ]


def _image(page: PageMeta, url: str | None) -> str | None:
    """The lead image as an http(s) or relative link: never a javascript: or data: URL."""
    for value in (*page.all(*_IMAGE_META), *page.ld.get("image", ())):
        value = "".join(value.split())
        link = urljoin(url, value) if url and value else value
        if link and urlsplit(link).scheme.lower() in ("http", "https", ""):
            return link
    return None


def _sample(blocks: Sequence[Block], kept_indices: Sequence[int]) -> str:
    chosen = (blocks[index] for index in kept_indices) if kept_indices else iter(blocks)
    pieces: list[str] = []
    size = 0
    for block in chosen:
        pieces.append(block.text)
        size += len(block.text)
        if size >= _LANGUAGE_SAMPLE:
            break
    return "\n".join(pieces)


def _verdicts(facts: LineFacts, title_block: Block | None, title: str | None) -> list[Verdict]:
    verdicts = [
        Verdict(index, DETECTOR, reason) for index, reason in sorted(facts.metadata_lines.items())
    ]
    for index, (start, end, reason) in sorted(facts.spans.items()):
        if index not in facts.metadata_lines:
            verdicts.append(Verdict(index, DETECTOR, reason, span=(start, end)))
    if (
        title_block is not None
        and title
        and title_block.index not in facts.metadata_lines
        and title in title_block.text
        and len(title_block.text) <= len(title) + _TITLE_LINE_EXTRA
    ):
        verdicts.append(Verdict(title_block.index, DETECTOR, "title line"))
    return verdicts


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))
