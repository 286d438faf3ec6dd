"""Parse HTML with selectolax (Lexbor) and strip what is never article text.

Hostile input is guarded before the parser, in linear time, against Lexbor's quadratic paths:
tree building is quadratic in nesting depth, so elements nested past ``max_depth`` are flattened
(their tags dropped, their text kept); adding an attribute scans the element's attributes for a
duplicate, so a tag with thousands of distinct attributes (or thousands merged into ``<html>`` /
``<body>`` by repeated tags) keeps only its first ``MAX_ATTRIBUTES``. Real pages never reach
either limit, so they parse exactly as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Elements whose content is never visible article text.
_INVISIBLE = [
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "audio", "video", "map", "button", "select", "option", "textarea",
    "input", "datalist", "dialog", "rt", "rp",
]  # fmt: skip
# Only styles that can hide reach Python (most style attributes set colours and sizes).
_HIDDEN_SELECTOR = "[hidden], [aria-hidden=true], [style*=none i], [style*=hidden i]"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# React's streamed server rendering sends each late part of the page as `<div hidden id="S:0">`,
# which its inline script moves into place at once: visible content, hidden only in transit.
_STREAMED_SEGMENT = re.compile(r"S:\d+")

# Tags counted by the depth guard: everything but void elements and tags the parser closes
# implicitly (p, li, td, ...), which cannot build deep trees.
_NOT_NESTING = (
    "area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|"
    "p|li|dt|dd|td|th|tr|option|!|\\?"
)
# Case-insensitive: old pages write <P>, <LI>, <TD> unclosed, which must not count as nesting.
_TAG = re.compile(rf"<(/?)(?!(?:{_NOT_NESTING})[\s/>])([a-zA-Z][^\s/>]*)", re.IGNORECASE)
_SIGN = {"": 1, "/": -1}


def _any_case(words: str) -> str:
    """``words`` with each letter as a class of both cases: as re.IGNORECASE, but faster."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in words)


# The gate's cheap form of _TAG: only the slash is captured, so findall yields plain strings.
_TAG_SLASH = re.compile(rf"<(/?)(?!(?:{_any_case(_NOT_NESTING)})[\s/>])[a-zA-Z]")

MAX_ATTRIBUTES = 256  # per element; real elements carry a few dozen at most
# One attribute as the HTML tokenizer reads it: a name (which may start with "=" and hold
# quotes), then an optional value, quoted (an unclosed quote runs to the end) or not.
_ATTRIBUTE = r"""[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s>]*))?"""
_RAW = "script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext"
# The markup constructs the tokenizer tells apart, each consumed whole so that the scan is linear:
# comments, bogus comments, raw text (script, style, ...) and tags. Only raw-text and <html>/
# <body> start tags capture groups, so an ordinary tag costs one length check.
_MARKUP = rf"""<(?:
        !--(?:-?>|.*?--!?>|.*)
      | [!?][^>]*>?
      | /[^a-zA-Z>][^>]*>?
      | (?P<raw>{_RAW})(?=[\s/>])
            (?:[\s/]*{_ATTRIBUTE})*[\s/]*>?
            (?P<content>(?<=>)(?:[^<]++|<(?!/(?P=raw)[\s/>]))*+)?
      | (?P<root>html|body)(?=[\s/>])(?:[\s/]*{_ATTRIBUTE})*[\s/]*>?
      | /?[a-zA-Z][^\s/>]*(?:[\s/]*{_ATTRIBUTE})*[\s/]*>?
    )"""
_WS = r"[ \t\n\r\f]"  # the tokenizer's whitespace (not Python's wider \s)
_PLAIN = r"""[^ \t\n\r\f/>"'=<`]"""
_PLAIN_ATTRIBUTE = rf"""{_PLAIN}++(?:{_WS}*+={_WS}*+(?:"[^">]*+"|'[^'>]*+'|{_PLAIN}++))?+"""
_PLAIN_TAG_REST = rf"""[^ \t\n\r\f/>]*+(?:[ \t\n\r\f/]*+{_PLAIN_ATTRIBUTE})*+[ \t\n\r\f/]*+>"""


def _token_scanner(short: int) -> re.Pattern[str]:
    """A regex whose matches are the tokens ``_scan`` must look at, found in one pass.

    What needs no look from Python is skipped in runs inside the regex engine (a Python step
    per tag would cost more than the parse it guards): text, and comments, tags and raw texts
    no longer than ``short`` characters (longer ones may hide markup and are scanned again),
    written in a plain syntax whose end the tokenizer sees at the same ">" (no quote or "="
    out of place, no ">" inside a quoted value).
    Everything else is a token, judged by ``_scan``'s rules as before.
    """
    short_tag = rf"(?=[^>]{{0,{short - 2}}}>)"  # "<", at most short - 2 characters, ">"
    # One "<" and one length look for the frequent short forms. A tag with no quote at all ends
    # at its first ">" whatever else it holds, so it needs no closer look. (The raw-text form
    # stays a branch of its own: a capture inside the nested group trips a bug of re.)
    nothing_to_see = rf"""
        [^<]++
      | <{short_tag}(?:
            /[a-zA-Z]{_PLAIN_TAG_REST}
          | (?!(?:html|body|{_RAW})[\s/>])[a-zA-Z][^"'>]*+>
          | (?!(?:html|body|{_RAW})[\s/>])[a-zA-Z]{_PLAIN_TAG_REST}
          | !--(?:-?>|[^>]*?--!?>)
          | [!?](?!--)[^>]*+>
          | /[^a-zA-Z>][^>]*+>
        )
      | </(?:>|\Z)
      | <(?![a-zA-Z!?/])
      | <{short_tag}(?P<short_raw>{_RAW})(?=[\s/>]){_PLAIN_TAG_REST}
            (?:[^<]|<(?!/(?P=short_raw)[\s/>])){{0,{short}}}+(?=</(?P=short_raw)[\s/>])
    """
    return re.compile(
        rf"(?:{nothing_to_see})*+(?:(?P<token>{_MARKUP})|\Z)",
        re.IGNORECASE | re.DOTALL | re.VERBOSE,
    )


_NEXT_TOKEN = _token_scanner(2 * MAX_ATTRIBUTES)
_RESCAN_DEPTH = 3
_ATTRIBUTES = re.compile(rf"[\s/]*({_ATTRIBUTE})")
_TAG_NAME = re.compile(r"</?[a-zA-Z][^\s/>]*")


@dataclass(frozen=True)
class Document:
    tree: LexborHTMLParser  # cleaned tree: invisible and hidden elements removed
    json_ld: tuple[str, ...]  # raw JSON-LD script bodies, kept for metadata before scripts go
    lang: str | None  # <html lang>


def parse(html: str, *, max_depth: int = 256) -> Document:
    html = limit_attributes(flatten_deep_nesting(html, max_depth))
    tree = LexborHTMLParser(html)
    json_ld = tuple(
        node.text(deep=True)
        for node in tree.css('script[type="application/ld+json"]')
        if node.text(deep=True)
    )
    root = tree.css_first("html")
    lang = root.attributes.get("lang") if root is not None else None
    _place_streamed_segments(tree)
    _open_noscript(tree)
    tree.strip_tags(_INVISIBLE)
    _drop_hidden(tree)
    return Document(tree=tree, json_ld=json_ld, lang=lang or None)


# A <noscript> holding this much text may be the page for clients without scripts (forum
# software serves its whole thread there), not a "please enable JavaScript" notice or a pixel.
_NOSCRIPT_CONTENT_CHARS = 200


def _open_noscript(tree: LexborHTMLParser) -> None:
    """Unwrap <noscript> content when it outweighs the rest of the page: a script-built page
    whose text a server also sent for crawlers. Elsewhere it goes with the invisible."""
    nodes = tree.css("noscript")
    if not nodes or tree.body is None:
        return
    sizes = [len(node.text(strip=True)) for node in nodes]
    if max(sizes) < _NOSCRIPT_CONTENT_CHARS:  # pixels and notices: the common case, decided
        return
    hidden = sum(sizes)
    visible = len(tree.body.text(strip=True)) - hidden
    if hidden < visible:
        return
    for node, size in zip(nodes, sizes):
        if size >= _NOSCRIPT_CONTENT_CHARS:
            node.unwrap()


# Segments moved into place at most: each move looks up its nodes afresh (a scan of the tree).
# Real pages stream a few; past the limit a segment stays where it is, visible but out of order.
_MAX_MOVED_SEGMENTS = 32


def _place_streamed_segments(tree: LexborHTMLParser) -> None:
    """Move each streamed segment (`<div hidden id="S:n">`) to its placeholder, as React's
    script does (`<template id="B:n">`), so the page's text comes in reading order.

    A later segment may fill a placeholder inside an earlier one (nested boundaries), and a
    move inserts a copy, which leaves any node found before it stale: so the last segment goes
    first, and both nodes of each move are looked up in the tree as it is then.
    """
    numbers = [
        number
        for segment in tree.css('div[hidden][id^="S:"]')
        if (number := (segment.attributes.get("id") or "")[2:]).isdigit()
    ]
    for number in reversed(numbers[:_MAX_MOVED_SEGMENTS]):
        placeholder = tree.css_first(f'template[id="B:{number}"]')
        segment = tree.css_first(f'div[hidden][id="S:{number}"]')
        if placeholder is not None and segment is not None:
            placeholder.replace_with(segment)  # inserts a copy
            segment.decompose()


def _drop_hidden(tree: LexborHTMLParser) -> None:
    for node in tree.css(_HIDDEN_SELECTOR):
        if _is_hidden(node) and not _is_collapsed_panel(node):
            node.decompose()


# ARIA roles of the panels a tab or an accordion header shows and hides.
_PANEL_ROLES = frozenset({"region", "tabpanel"})


def _is_collapsed_panel(node: LexborNode) -> bool:
    """A tab or accordion panel, hidden until its header is clicked: page content (product
    details, FAQ answers, the other tabs), not a menu or a dialog. ARIA marks it the same way in
    any language: a panel role, or a label taken from its header and no role of its own (a
    dialog is labelled by its title too, but says it is a dialog)."""
    attributes = node.attributes
    role = attributes.get("role")
    return role in _PANEL_ROLES or (not role and "aria-labelledby" in attributes)


def _is_hidden(node: LexborNode) -> bool:
    attributes = node.attributes
    if "hidden" in attributes and _STREAMED_SEGMENT.fullmatch(attributes.get("id") or ""):
        return False
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return node.tag not in ("html", "body")
    style = attributes.get("style")
    return bool(style and _HIDDEN_STYLE.search(style)) and node.tag not in ("html", "body")


def flatten_deep_nesting(html: str, max_depth: int) -> str:
    """Drop the tags of elements nested deeper than ``max_depth`` (a cheap scan finds none)."""
    slashes = _TAG_SLASH.findall(html)
    if not slashes or max(accumulate(map(_SIGN.__getitem__, slashes))) <= max_depth:
        return html
    pieces: list[str] = []
    stack: list[str] = []
    dropped: list[str] = []  # names of open tags we removed, matched against closers
    position = 0
    close = -1  # the next ">", cached: searching afresh per tag is quadratic on "<a <a <a ..."
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if close < match.end():
            close = html.find(">", match.end())
            if close < 0:
                close = len(html)
        end = min(close + 1, len(html))
        if closing:
            if dropped and dropped[-1] == name:
                dropped.pop()
                pieces.append(html[position : match.start()])
                position = end
            elif stack:
                stack.pop()
        elif len(stack) >= max_depth:
            if not html.startswith("/>", max(end - 2, match.start()), end):  # no slice: linear
                dropped.append(name)
            pieces.append(html[position : match.start()])
            position = end
        else:
            stack.append(name)
    pieces.append(html[position:])
    return "".join(pieces)


def limit_attributes(html: str, limit: int = MAX_ATTRIBUTES) -> str:
    """Keep the first ``limit`` attributes of each tag, and of ``<html>``/``<body>`` in all.

    Lexbor checks every new attribute against all of the element's attributes, so 100,000
    distinct attributes in one tag take minutes. Real elements carry a few dozen, so real pages
    come out unchanged; past the limit the page is an attack, and its surplus attributes go.
    """
    cuts: list[tuple[int, int]] = []
    roots: dict[str, list[tuple[int, int]]] = {}  # html/body start tags, in page order
    _scan(html, 0, len(html), limit, cuts, roots)
    for tags in roots.values():  # repeated <html>/<body> tags merge their attributes
        merged = 0
        for start, end in tags[1:]:
            merged += _count_attributes(html, start, end, limit + 1)
            if merged > limit:
                for extra_start, extra_end in tags[1:]:
                    _cut_surplus(html, extra_start, extra_end, 0, cuts)
                break
    if not cuts:
        return html
    pieces: list[str] = []
    position = 0
    for start, end in sorted(cuts):  # cuts may overlap: a root tag's and its extras' cut
        if start > position:
            pieces.append(html[position:start])
        position = max(position, end)
    pieces.append(html[position:])
    return "".join(pieces)


def _scan(
    html: str,
    start: int,
    stop: int,
    limit: int,
    cuts: list[tuple[int, int]],
    roots: dict[str, list[tuple[int, int]]],
    depth: int = 0,
) -> None:
    """Find the tags of ``html[start:stop]`` that may hold more than ``limit`` attributes.

    What the tokenizer reads as raw text or as an attribute value depends on context (inside
    ``<svg>``, ``<style>`` holds tags; a CDATA section may end inside a quoted value), so long
    raw text and long tags are scanned again on their own, a few levels deep: the scan can
    only find more tags than the parser, never fewer.
    """
    short = 2 * limit  # a shorter tag cannot hold more than ``limit`` attributes
    scanner = _NEXT_TOKEN if limit == MAX_ATTRIBUTES else _token_scanner(short)
    for match in scanner.finditer(html, start, stop):
        begin, end = match.span("token")
        if begin < 0:  # the end of the range
            continue
        raw, root = match.group("raw"), match.group("root")
        if raw is None and root is None:  # an ordinary tag, a comment or a doctype
            if end - begin > short and not _cut_surplus(html, begin, end, limit, cuts):
                _rescan(html, begin + 1, end, limit, cuts, roots, depth)
            continue
        content = match.start("content")
        tag_end = content if content >= 0 else end
        if tag_end - begin > short and not _cut_surplus(html, begin, tag_end, limit, cuts):
            _rescan(html, begin + 1, tag_end, limit, cuts, roots, depth)
        if root:
            roots.setdefault(root.lower(), []).append((begin, end))
        if content >= 0 and end - content > short:
            _rescan(html, content, end, limit, cuts, roots, depth)


def _rescan(
    html: str,
    start: int,
    stop: int,
    limit: int,
    cuts: list[tuple[int, int]],
    roots: dict[str, list[tuple[int, int]]],
    depth: int,
) -> None:
    if depth < _RESCAN_DEPTH:
        _scan(html, start, stop, limit, cuts, roots, depth + 1)


def _count_attributes(html: str, start: int, end: int, stop: int) -> int:
    """How many attributes the tag at ``html[start:end]`` has, counting up to ``stop``."""
    name = _TAG_NAME.match(html, start, end)
    if name is None:
        return 0
    count = 0
    for _ in _ATTRIBUTES.finditer(html, name.end(), end):
        count += 1
        if count >= stop:
            break
    return count


def _cut_surplus(html: str, start: int, end: int, limit: int, cuts: list[tuple[int, int]]) -> bool:
    """Record the span of the attributes after the first ``limit`` of the tag at ``start``."""
    name = _TAG_NAME.match(html, start, end)
    if name is None:  # a comment or bogus comment: no attributes
        return False
    keep_until = name.end()
    count, last_end = 0, keep_until
    for attribute in _ATTRIBUTES.finditer(html, name.end(), end):
        count += 1
        if count == limit:
            keep_until = attribute.end()
        last_end = attribute.end()
    if count > limit:
        cuts.append((keep_until, last_end))
        return True
    return False
