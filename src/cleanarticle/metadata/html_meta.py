"""Machine-readable metadata of an HTML page: <meta> tags, JSON-LD, microdata, <time>, <link>.

Collected once per page into a plain, immutable ``PageMeta``; deciding which value wins is the
entry point's job. JSON-LD is often broken (trailing commas, raw newlines, several objects in one
script, HTML comments), so parsing is tolerant and ends with a regex scavenge of the few fields
we need.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter
from typing import Any, NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleanarticle.hints import NOISE_WORDS
from cleanarticle.parse import Document

_KEY_JUNK = "\"'“”‘’ \t\r\n"
_TAG = re.compile(r"<[^>]*>?")
_ARTICLE_TYPES = re.compile(
    r"article$|^(?:blogposting|reportagenews|report|socialmediaposting|liveblogposting|posting|"
    r"discussionforumposting|qapage|creativework|scholarlyarticle)$",
    re.IGNORECASE,
)
_PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "profilepage"})
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_OBJECT_SEAM = re.compile(r"}\s*{")
_SCAVENGE = re.compile(
    r'"(headline|datePublished|dateModified|dateCreated|description|articleSection|inLanguage)"'
    r'\s*:\s*"((?:[^"\\]|\\.)*)"'
)
_SCAVENGE_AUTHOR = re.compile(
    r'"author"\s*:\s*(?:\[\s*)?(?:\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.)*)"|"((?:[^"\\]|\\.)*)")'
)
_MAX_ITEMPROP_NODES = 400
_MAX_TIME_NODES = 40
_PAGE_SELECTORS = 'meta, time, [itemprop], link[rel~="canonical"], a[rel~="author"]'
_NOT_ONLY_ITEMS = frozenset({"meta", "time", "link", "a"})  # matched by a selector of their own


@dataclass(frozen=True, slots=True)
class TimeTag:
    """A <time> element (or a microdata date): its value and where on the page it sits."""

    value: str
    published: bool  # marked as the publication date (pubdate, itemprop, class words)
    noise: bool  # inside comments or related links


@dataclass(frozen=True)
class PageMeta:
    meta: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # name/property -> contents
    ld: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # JSON-LD, by our field names
    microdata: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # itemprop -> values
    times: tuple[TimeTag, ...] = ()
    canonical: str | None = None
    rel_authors: tuple[str, ...] = ()
    title: str | None = None  # <title>
    lang: str | None = None  # <html lang>, else content-language / og:locale

    def first(self, *keys: str) -> str | None:
        """The first non-empty <meta> content under any of ``keys`` (lower-case), in key order."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return value
        return None

    def all(self, *keys: str) -> list[str]:
        return [value for key in keys for value in self.meta.get(key, ()) if value]

    def ld_first(self, key: str) -> str | None:
        values = self.ld.get(key, ())
        return values[0] if values else None


def collect(document: Document) -> PageMeta:
    tree = document.tree
    nodes = _page_nodes(tree)
    meta = _meta_tags(nodes.metas)
    title_node = tree.css_first("title")
    title = _clean(title_node.text(deep=True)) if title_node is not None else None
    canonical = None
    for node in nodes.canonicals:
        canonical = (node.attributes.get("href") or "").strip() or None
        if canonical:
            break
    noise = NoiseTest()
    rel_authors = tuple(
        text
        for node in nodes.authors[:5]
        if (text := _clean(node.text(deep=True))) and len(text) <= 60 and not noise(node)
    )
    lang = document.lang or _first(meta, "content-language", "og:locale", "language", "dc.language")
    return PageMeta(
        meta=meta,
        ld=_json_ld(document.json_ld),
        microdata=_microdata(nodes.items[:_MAX_ITEMPROP_NODES], noise),
        times=_time_tags(nodes.times[:_MAX_TIME_NODES], noise),
        canonical=canonical,
        rel_authors=rel_authors,
        title=title or None,
        lang=lang,
    )


class _PageNodes(NamedTuple):
    """The elements ``collect`` reads, by kind, each list in page order."""

    metas: list[dict[str, str | None]]  # the attributes of each <meta>
    items: list[LexborNode]  # [itemprop], <meta> and <time> included
    times: list[LexborNode]
    canonicals: list[LexborNode]  # <link rel="canonical">
    authors: list[LexborNode]  # <a rel="author">


def _page_nodes(tree: LexborHTMLParser) -> _PageNodes:
    """All the elements ``collect`` reads, from one query: each query walks the whole tree.

    Lexbor reports a node once for each selector of the list it matches, the reports in a row.
    A <link> or <a> reported as often as it has an itemprop matched only [itemprop], not its
    rel selector.
    """
    nodes = _PageNodes([], [], [], [], [])
    for _, group in groupby(tree.css(_PAGE_SELECTORS), key=attrgetter("mem_id")):
        node, *others = group
        tag = node.tag
        if tag not in _NOT_ONLY_ITEMS:
            nodes.items.append(node)  # matched only as [itemprop]
            continue
        attributes = node.attributes
        item = "itemprop" in attributes
        if tag == "meta":
            nodes.metas.append(attributes)
        elif tag == "time":
            nodes.times.append(node)
        elif len(others) >= item:  # a report more than [itemprop] explains: its rel selector
            (nodes.canonicals if tag == "link" else nodes.authors).append(node)
        if item:
            nodes.items.append(node)
    return nodes


def _meta_tags(metas: list[dict[str, str | None]]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for attributes in metas:
        content = attributes.get("content")
        if content is None:
            continue
        content = _clean(content)
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = attributes.get(attribute)
            if key:
                key = key.strip(_KEY_JUNK).lower()
                if key:
                    found.setdefault(key, []).append(content)
    return {key: tuple(values) for key, values in found.items()}


def _first(meta: Mapping[str, tuple[str, ...]], *keys: str) -> str | None:
    for key in keys:
        for value in meta.get(key, ()):
            if value:
                return value
    return None


# --- JSON-LD ---------------------------------------------------------------------------------


def _json_ld(scripts: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Our fields from the page's JSON-LD: the first Article-like node wins, else a WebPage."""
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    scavenged: dict[str, list[str]] = {}
    for script in scripts:
        data = load_json(script)
        if data is None:
            _scavenge(script, scavenged)
            continue
        for node in _nodes(data):
            kinds = _types(node)
            if any(_ARTICLE_TYPES.search(kind) for kind in kinds):
                articles.append(node)
            elif any(kind.lower() in _PAGE_TYPES for kind in kinds):
                pages.append(node)
            else:
                others.append(node)
    fields: dict[str, list[str]] = {}
    for node in articles[:1] or pages[:1]:
        _article_fields(node, fields)
        fields["node"] = ["article" if articles else "page"]  # whose dates and names these are
    for node in [*articles, *pages, *others]:
        lowered = {kind.lower() for kind in _types(node)}
        if "website" in lowered or "organization" in lowered or "newsmediaorganization" in lowered:
            name = _text(node.get("name"))
            if name:
                fields.setdefault("site_name", []).append(name)
    for key, values in scavenged.items():
        fields.setdefault(key, []).extend(values)
    return {key: tuple(dict.fromkeys(values)) for key, values in fields.items() if values}


def load_json(text: str) -> Any:
    """Parse a JSON-LD script, repairing the usual breakage; None when it stays unreadable."""
    text = text.strip()
    for junk in ("<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"):
        text = text.replace(junk, "")
    text = text.strip().rstrip(";")
    if not text:
        return None
    for attempt in _repairs(text):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _repairs(text: str) -> Iterator[str]:
    """The script as it is, then ever more repaired: each made only if the one before fails."""
    yield text
    text = _TRAILING_COMMA.sub(r"\1", text)
    yield text
    yield "[" + _OBJECT_SEAM.sub("},{", text) + "]"


def _scavenge(text: str, fields: dict[str, list[str]]) -> None:
    names = {
        "headline": "headline", "datePublished": "date_published",
        "dateModified": "date_modified", "dateCreated": "date_created",
        "description": "description", "articleSection": "section", "inLanguage": "language",
    }  # fmt: skip
    for match in _SCAVENGE.finditer(text):
        value = _unescape(match.group(2))
        if value:
            fields.setdefault(names[match.group(1)], []).append(value)
    for match in _SCAVENGE_AUTHOR.finditer(text):
        value = _unescape(match.group(1) or match.group(2) or "")
        if value:
            fields.setdefault("author", []).append(value)


def _unescape(value: str) -> str:
    try:
        return _clean(json.loads(f'"{value}"'))
    except ValueError:
        return _clean(value)


def _nodes(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every typed object in a JSON-LD document: top level, lists, @graph, mainEntity."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _nodes(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            child = data.get(key)
            if isinstance(child, (list, dict)):
                yield from _nodes(child, depth + 1)


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [item for item in kind if isinstance(item, str)]
    return []


def _article_fields(node: dict[str, Any], fields: dict[str, list[str]]) -> None:
    def add(key: str, value: str | None) -> None:
        if value:
            fields.setdefault(key, []).append(value)

    add("headline", _text(node.get("headline")) or _text(node.get("name")))
    add("date_published", _text(node.get("datePublished")))
    add("date_created", _text(node.get("dateCreated")))
    add("date_modified", _text(node.get("dateModified")))
    add("description", _text(node.get("description")))
    add("language", _text(node.get("inLanguage")))
    add("url", _text(node.get("url")))
    for author in _authors(node.get("author")) or _authors(node.get("creator")):
        add("author", author)
    for publisher in _people(node.get("publisher"), organisations=True):
        add("publisher", publisher)
    for keyword in _strings(node.get("keywords")):
        add("keywords", keyword)
    for section in _strings(node.get("articleSection")):
        add("section", section)
    for image in _images(node.get("image")) or _images(node.get("thumbnailUrl")):
        add("image", image)


def _people(value: Any, organisations: bool = False) -> list[str]:
    """Names of JSON-LD persons (a string, {"name"}, or a list); organisations only if asked."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:20]:
        if isinstance(item, str):
            names.append(_clean(item))
        elif isinstance(item, dict):
            kinds = {kind.lower() for kind in _types(item)}
            if not organisations and kinds & {"organization", "newsmediaorganization"}:
                continue
            name = _text(item.get("name"))
            if name:
                names.append(name)
    return [name for name in names if name]


def _authors(value: Any) -> list[str]:
    """The persons credited, and an organisation only beside a person: a wire agency co-signing
    a reporter's story ("SDA"). An organisation alone is the publisher, not an author."""
    people = _people(value)
    return _people(value, organisations=True) if people else []


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [_clean(value)] if value.strip() else []
    if isinstance(value, list):
        return [_clean(item) for item in value[:50] if isinstance(item, str) and item.strip()]
    return []


def _images(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    urls: list[str] = []
    for item in items[:5]:
        if isinstance(item, str) and item.strip():
            urls.append(item.strip())
        elif isinstance(item, dict):
            url = _text(item.get("url")) or _text(item.get("contentUrl"))
            if url:
                urls.append(url)
    return urls


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return _clean(value) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("@value") or value.get("name") or value.get("@id"))
    return None


# --- microdata and <time> --------------------------------------------------------------------

_MICRODATA_PROPS = {
    "author": "author", "creator": "author", "datepublished": "date_published",
    "datecreated": "date_created", "datemodified": "date_modified", "dateupdate": "date_modified",
    "uploaddate": "date_published", "headline": "headline", "publisher": "publisher",
    "articlesection": "section", "keywords": "keywords", "description": "description",
}  # fmt: skip
_PUBLISHED_WORDS = re.compile(r"pub|post-?date|entry-date|date-?published|article-?date|time-?pub")


def _microdata(nodes: list[LexborNode], noise: NoiseTest) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for node in nodes:
        if node.tag == "meta":
            continue  # read with the other <meta> tags
        attributes = node.attributes
        for prop in (attributes.get("itemprop") or "").lower().split():
            key = _MICRODATA_PROPS.get(prop)
            if key is None:
                continue
            value = _item_value(node, attributes, key)
            if value and not noise(node):
                found.setdefault(key, []).append(value)
    return {key: tuple(dict.fromkeys(values)) for key, values in found.items()}


def _item_value(node: LexborNode, attributes: dict[str, str | None], key: str) -> str | None:
    for attribute in ("content", "datetime"):
        value = attributes.get(attribute)
        if value and value.strip():
            return _clean(value)
    if key in ("author", "publisher") and "itemscope" in attributes:
        name = node.css_first('[itemprop~="name"]')
        if name is not None:
            value = name.attributes.get("content") or name.text(deep=True)
            return _clean(value or "") or None
    text = _clean(node.text(deep=True))
    return text if text and len(text) <= 120 else None


def _time_tags(nodes: list[LexborNode], noise: NoiseTest) -> tuple[TimeTag, ...]:
    tags: list[TimeTag] = []
    for node in nodes:
        attributes = node.attributes
        value = (attributes.get("datetime") or "").strip() or _clean(node.text(deep=True))
        if not value or len(value) > 80:
            continue
        words = " ".join(attributes.get(name) or "" for name in ("class", "id", "itemprop")).lower()
        parent = node.parent
        if parent is not None:
            words += (
                " "
                + " ".join(parent.attributes.get(name) or "" for name in ("class", "id")).lower()
            )
        published = "pubdate" in attributes or bool(_PUBLISHED_WORDS.search(words))
        tags.append(TimeTag(value=value, published=published, noise=noise(node)))
    return tuple(tags)


class NoiseTest:
    """Whether a node of one page sits inside a comment thread or a related-links box.

    What each ancestor says is remembered: the nodes a page's dates and names sit in share most
    of their ancestors. One test per page (the memory is keyed by node address).
    """

    def __init__(self) -> None:
        self._seen: dict[int, tuple[bool | None, LexborNode | None]] = {}

    def __call__(self, node: LexborNode, depth: int = 12) -> bool:
        current: LexborNode | None = node
        for _ in range(depth):
            if current is None:
                return False
            verdict, parent = self._step(current)
            if verdict is not None:
                return verdict
            current = parent
        return False

    def _step(self, node: LexborNode) -> tuple[bool | None, LexborNode | None]:
        key = node.mem_id
        step = self._seen.get(key)
        if step is None:
            step = self._seen[key] = (_own_verdict(node), node.parent)
        return step


def _own_verdict(node: LexborNode) -> bool | None:
    """True: class/id words of noise; False: <body> or <html>, the search ends; None: go up."""
    if node.tag in ("body", "html"):
        return False
    attributes = node.attributes
    words = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    return True if noise_hint(words) else None


def noise_hint(words: str) -> bool:
    """Whether class/id words name a comment thread or a related-links box.

    Substring tests: hint strings run to hundreds of characters, and these beat a regex there.
    A utility class carrying a CSS value or a variant ("[--sidebar-width:18rem]",
    "lg:[--sidebar-gap:2rem]") styles the element and names no role: it is not read.
    """
    if not any(word in words for word in NOISE_WORDS):
        return False
    if "[" not in words:
        return True
    kept = " ".join(token for token in words.split() if "[" not in token)
    return any(word in kept for word in NOISE_WORDS)


def _clean(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    return " ".join(text.split())  # what collapsing \s+ and stripping gives, faster
