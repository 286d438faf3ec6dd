"""Class and id hints: every class/id vocabulary of the package, in one place.

The scorer's section words (``negative_word``, ``COMMENT_WORDS``) and the role patterns the
detectors and metadata read (``NAV_HINT``, ``FOOTER_HINT``, ``LINK_LIST_HINT``, ``NOISE_WORDS``,
``CAPTION_WORD``, ``TITLE_HINT``, ``BYLINE_HINT``) live here, so a word is added once and the
stages cannot disagree on what a class name means.


A hint is soft evidence, read on whole tokens. Each class or id token is split into its parts
at ``-``, ``_`` and ``__`` (``comment-list`` -> comment, list); a part that is a negative word
marks the element. Two kinds of token are not read at all, because their words describe the
content rather than the element's role:

- taxonomy values a CMS writes on the article itself (``tag-<name>``, ``category-<name>``,
  ``type-post``, ``format-standard``): the word after the prefix is the article's topic;
- slugs (more than ``MAX_PARTS`` parts, such as a heading's id ``sharing-with-a-single-
  developer``): sentences turned into ids.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

# The section words that name a comment thread (``Options(include_comments=True)`` keeps those).
COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "reply", "replies", "respond"})
# Words whose presence in a class/id token marks a section that is not the article.
NEGATIVE_WORDS = COMMENT_WORDS | frozenset(
    {
        "related", "recommend", "recommended", "relevant",
        "sidebar", "aside", "share", "sharing", "social", "sns",
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
        "footer", "foot", "copyright",
        "advert", "advertisement", "ads", "ad", "promo", "sponsor",
        "newsletter", "subscribe", "signup", "popup", "modal", "cookie", "banner",
        "tags", "tagcloud", "pagination", "pager",
        "popular", "trending", "toolbar", "login", "masthead",
        "bio", "byline", "author", "meta", "caption", "credit", "credits",
        "gallery", "slideshow",
    }
)  # fmt: skip
# Role nouns that page builders also put on every content container (`elementor-widget-wrap`,
# `widget-span`): they mark an element only as its token's last part (`sidebar-widget`, `widget`).
LAST_PART_WORDS = frozenset({"widget"})
# Multi-part negatives read as one word ("more-stories", "most-popular").
NEGATIVE_PHRASES = frozenset({("more", "stories"), ("most", "popular")})
# Prefixes under which a CMS names the article's own taxonomy: `tag-news`, `category-comments`.
TAXONOMY_PREFIXES = frozenset({"tag", "category", "categories", "type", "status", "format"})
MAX_PARTS = 4

_PARTS = re.compile(r"[-_]+")
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def negative_word(hints: str) -> str | None:
    """The first negative word among the class/id tokens of `hints`, else None."""
    for token in hints.split():
        word = _token_word(token)
        if word:
            return word
    return None


def _token_word(token: str) -> str | None:
    parts = [part for part in _PARTS.split(_DIGITS.sub("", token)) if part]
    if not parts or len(parts) > MAX_PARTS:
        return None
    if len(parts) > 1 and parts[0] in TAXONOMY_PREFIXES:
        return None
    for first, second in pairwise(parts):
        if (first, second) in NEGATIVE_PHRASES:
            return f"{first}-{second}"
    for part in parts:
        if part in NEGATIVE_WORDS:
            return part
    return parts[-1] if parts[-1] in LAST_PART_WORDS else None


# --- role patterns read by the detectors and metadata ----------------------------------------
# Navigation containers. State classes ("has-nav-bar", "no-menu") describe the page, not the
# element.
NAV_HINT = re.compile(
    r"(?<![a-z])(?<!has-)(?<!is-)(?<!no-)(?<!with-)"
    r"(?:nav|navbar|navigation|menu|menubar|mainmenu|topmenu|submenu|breadcrumbs?|crumbs?"
    r"|topbar|sitenav|subnav|mainnav|topnav|skiplink|pagination|pager)(?![a-z])"
)
# Page footers, where legal lines live.
FOOTER_HINT = re.compile(
    r"(?<![a-z])(?:footer|foot|copyright|copy|bottom|site-?info|colophon|legal|disclaimer"
    r"|banquan)(?![a-z])"
)
# Link lists: friend links, blogrolls, tag clouds, site maps (yqlj/flink: 友情链接).
LINK_LIST_HINT = re.compile(
    r"(?<![a-z])(?:links?|friend\w*|related|tags?|tagcloud|blogroll|sitemap|partners?|sites?"
    r"|footer|yqlj|flink|more-?news|recommend\w*)(?![a-z])"
)
# Comment threads and related-article lists: their dates and names are not the article's
# (matched as substrings of the hint, as metadata has always read them).
NOISE_WORDS = (
    "comment", "relat", "reply", "sidebar", "recommend", "popular", "trending", "footer-link",
)  # fmt: skip
# Photo captions: the line scan skips them too (their dates and names are the photo's).
CAPTION_WORD = "caption"
# Headline elements (class="entry-title", id="headline"), read as substrings of the element's own
# hints; a line whose hints merely hold TITLE_WORD gets a small bonus as the title.
TITLE_WORD = "title"
TITLE_HINT = re.compile(TITLE_WORD + "|heading|headline")
# Byline elements (class="author", "byline"), read as substrings of the line's own hints.
BYLINE_HINT = re.compile(r"author|byline|writer|reporter")
