"""The metadata stage: title, date, author, source and the rest, plus the lines to cut for them.

Three steps, one module each: ``candidates`` gathers every value any source offers, as
``(field, value, source, evidence)`` (the page's declarations from ``html_meta``, its visible
lines from the ``lines`` package, its URL, its author-archive links); ``ranks`` is the one
ordered table of how far each source is trusted; ``resolver`` takes for each field the
best-ranked candidate that validates, and says where it came from (``Metadata.provenance``).
Text mode has only visible lines. Title, language, tags and the rest are read here directly.

A forum's "本帖最后由 X 于 … 编辑" note gives ``date_modified``; it is the publication date only
when nothing else dates the page, and the provenance then says it is a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urljoin, urlsplit

from cleanarticle.article import Metadata
from cleanarticle.blocks import Block
from cleanarticle.features import PageFeatures
from cleanarticle.metadata.author_links import archive_author
from cleanarticle.metadata.candidates import (
    Candidate,
    declared,
    from_lines,
    from_owner,
    from_url,
)
from cleanarticle.metadata.dates import date_from_url, parse_date
from cleanarticle.metadata.html_meta import PageMeta, collect
from cleanarticle.metadata.language import choose_language
from cleanarticle.metadata.lines.facts import DETECTOR, LineFacts
from cleanarticle.metadata.lines.owner import blog_owner
from cleanarticle.metadata.lines.scan import scan_lines
from cleanarticle.metadata.resolver import (
    resolve_authors,
    resolve_date,
    resolve_editors,
    resolve_source,
    site_keys,
)
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
# "www.sohu.com/a/1": host labels, each with its dot taken whole, then a top-level domain and
# "/". Anchored (it is only matched at the start) and possessive, so a dotted run is read once.
_BARE_HOST = re.compile(r"\A(?:[\w-]++\.)++[a-z]{2,}+/", re.IGNORECASE)
_TAG_SPLIT = re.compile(r"\s*[,，;；、|]\s*")
_NO_KEPT_REACH = 30  # with nothing kept, where the body is assumed to start
_ABOVE_TITLE = 3  # datelines sometimes sit just above the headline
_TITLE_LINE_EXTRA = 20  # a heading line holding the title plus a column name still goes

_PUBLISHER_META = ("citation_publisher", "dc.publisher", "publisher", "copyright")
_SITE_META = ("og:site_name", "sitename", "site_name", "application-name",
              "apple-mobile-web-app-title")  # fmt: skip
_TITLE_META = ("og:title", "twitter:title", "title", "articletitle", "dc.title", "citation_title")
_DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")
_TAG_META = ("article:tag", "news_keywords", "keywords")
_SECTION_META = ("article:section", "category", "columnname")
_IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
               "twitter:image:src")  # fmt: skip


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
    declarations = declared(page)
    url_date = date_from_url(url)
    page_year = _page_year(declarations, url_date, month_first)
    facts = scan_lines(
        blocks, kept, body_start=body_start, last_kept=max(last_kept, body_start),
        top_start=top_start, month_first=month_first, year=page_year, language=declared_lang,
        features=features,
    )  # fmt: skip

    if facts.original_title is not None and (document is None or title is None):
        title = facts.original_title.text
    elif title is None and blocks:
        title_block = text_title(blocks, body_start, facts.metadata_lines, features)
        title = title_block.text if title_block is not None else None

    candidates = [*declarations, *from_lines(facts, blocks)]
    candidates += from_url(url_date, url) + from_owner(blog_owner(blocks), blocks)
    sitename = site_names[0] if site_names else site_part(page.title)
    source, source_choice = resolve_source(candidates)
    not_names = site_keys([source or "", sitename or "", *site_names, *page.all(*_PUBLISHER_META)])
    archive = (lambda: archive_author(document)) if document is not None else None
    authors, author_choice = resolve_authors(
        candidates, not_names, no_author=facts.empty_author_label, archive=archive
    )

    def parse(value: str) -> str | None:
        return parse_date(value, month_first=month_first)

    date, date_choice = resolve_date(candidates, "date", parse)
    date_modified, modified_choice = resolve_date(candidates, "date_modified", parse)
    editors, editor_choice = resolve_editors(candidates)
    choices = {
        "date": date_choice, "date_modified": modified_choice, "author": author_choice,
        "editor": editor_choice, "source": source_choice,
    }  # fmt: skip
    provenance = {field: choice.describe() for field, choice in choices.items() if choice}

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
        provenance=provenance,
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


def _page_year(
    declarations: Sequence[Candidate], url_date: str | None, month_first: bool
) -> int | None:
    """The year the page's declared dates (or its URL) give: "12月7日" is read in it."""
    for candidate in declarations:
        if candidate.field in ("date", "date_modified"):
            iso = parse_date(candidate.value, month_first=month_first)
            if iso:
                return int(iso[:4])
    return int(url_date[:4]) if url_date else None


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


# Rule ids of the metadata stage's cuts, by the start of their reason (see docs/detectors.md).
_RULES = (
    ("metadata line", "metadata.info_line"), ("original title", "metadata.original_title"),
    ("forum edit note", "metadata.edit_note"), ("byline", "metadata.byline"),
    ("author", "metadata.credit"), ("editor", "metadata.credit"), ("source", "metadata.credit"),
)  # fmt: skip


def _rule(reason: str) -> str:
    return next((rule for start, rule in _RULES if reason.startswith(start)), "metadata.line")


def _verdicts(facts: LineFacts, title_block: Block | None, title: str | None) -> list[Verdict]:
    verdicts = [
        Verdict(index, DETECTOR, reason, rule=_rule(reason))
        for index, reason in sorted(facts.metadata_lines.items())
    ]
    for index, (start, end, reason) in sorted(facts.spans.items()):
        if index not in facts.metadata_lines:
            verdicts.append(Verdict(index, DETECTOR, reason, (start, end), rule=_rule(reason)))
    if (
        title_block is not None
        and title
        and title_block.index not in facts.metadata_lines
        and title in title_block.text
        and len(title_block.text) <= len(title) + _TITLE_LINE_EXTRA
    ):
        rule = "metadata.title_line"
        verdicts.append(Verdict(title_block.index, DETECTOR, "title line", rule=rule))
    return verdicts


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))
