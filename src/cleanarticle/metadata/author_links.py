"""The author named by links to an author archive page: "/author/jane-doe/", "?author=12".

Blogs and many news sites link the writer's name to their archive without marking the byline
in any other way. Used only when nothing else names an author, and only when every such link
on the page (outside comments and related lists) leads to one archive: a page linking several
archives (a columnist list, several bylines) says nothing about this article's author.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from cleanarticle.metadata.authors import clean_byline
from cleanarticle.metadata.html_meta import NoiseTest
from cleanarticle.parse import Document

_ARCHIVE_PATH = re.compile(r"/authors?/[^/]+/?$", re.IGNORECASE)  # /author/jane-doe/
_ARCHIVE_QUERY = re.compile(r"author=[^&=]+", re.IGNORECASE)  # WordPress: ?author=12
_MAX_LINKS = 200
_MAX_TEXT = 60


def archive_author(document: Document) -> list[str]:
    """The names on the page's links to its one author archive; [] when none or several."""
    archives: set[str] = set()
    texts: list[str] = []
    noise = NoiseTest()
    for node in document.tree.css('a[href*="author" i]')[:_MAX_LINKS]:
        key = _archive_key(node.attributes.get("href") or "")
        if key is None or noise(node):
            continue
        archives.add(key)
        text = " ".join(node.text(deep=True).split())
        if text and len(text) <= _MAX_TEXT:
            texts.append(text)
    if len(archives) != 1:
        return []
    for text in texts:
        names = clean_byline(text, "role")
        if names:
            return names
    return []


def _archive_key(href: str) -> str | None:
    """The archive a link leads to (its path and query), or None for any other link."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    path = parts.path.rstrip("/").lower()
    if not parts.query and _ARCHIVE_PATH.search(parts.path):
        return path
    if _ARCHIVE_QUERY.fullmatch(parts.query):
        return f"{path}?{parts.query.lower()}"
    return None
