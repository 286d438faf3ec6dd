"""Parse HTML with selectolax (Lexbor) and strip what is never article text.

Hostile input is guarded before the parser: Lexbor's tree building is quadratic in nesting depth,
so elements nested past ``max_depth`` are flattened (their tags dropped, their text kept).
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
_HIDDEN_SELECTOR = "[hidden], [aria-hidden=true], [style]"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Tags counted by the depth guard: everything but void elements and tags the parser closes
# implicitly (p, li, td, ...), which cannot build deep trees.
_NOT_NESTING = (
    "area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|"
    "p|li|dt|dd|td|th|tr|option|!|\\?"
)
_TAG = re.compile(rf"<(/?)(?!(?:{_NOT_NESTING})[\s/>])([a-zA-Z][^\s/>]*)")
_SIGN = {"": 1, "/": -1}


@dataclass(frozen=True)
class Document:
    tree: LexborHTMLParser  # cleaned tree: invisible and hidden elements removed
    json_ld: tuple[str, ...]  # raw JSON-LD script bodies, kept for metadata before scripts go
    lang: str | None  # <html lang>


def parse(html: str, *, max_depth: int = 256) -> Document:
    html = flatten_deep_nesting(html, max_depth)
    tree = LexborHTMLParser(html)
    json_ld = tuple(
        node.text(deep=True)
        for node in tree.css('script[type="application/ld+json"]')
        if node.text(deep=True)
    )
    root = tree.css_first("html")
    lang = root.attributes.get("lang") if root is not None else None
    tree.strip_tags(_INVISIBLE)
    _drop_hidden(tree)
    return Document(tree=tree, json_ld=json_ld, lang=lang or None)


def _drop_hidden(tree: LexborHTMLParser) -> None:
    for node in tree.css(_HIDDEN_SELECTOR):
        if _is_hidden(node):
            node.decompose()


def _is_hidden(node: LexborNode) -> bool:
    attributes = node.attributes
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return node.tag not in ("html", "body")
    style = attributes.get("style")
    return bool(style and _HIDDEN_STYLE.search(style)) and node.tag not in ("html", "body")


def flatten_deep_nesting(html: str, max_depth: int) -> str:
    """Drop the tags of elements nested deeper than ``max_depth`` (a cheap scan finds none)."""
    matches = _TAG.findall(html)
    if not matches or max(accumulate(_SIGN[slash] for slash, _ in matches)) <= max_depth:
        return html
    pieces: list[str] = []
    stack: list[str] = []
    dropped: list[str] = []  # names of open tags we removed, matched against closers
    position = 0
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        end = html.find(">", match.end())
        end = len(html) if end < 0 else end + 1
        if closing:
            if dropped and dropped[-1] == name:
                dropped.pop()
                pieces.append(html[position : match.start()])
                position = end
            elif stack:
                stack.pop()
        elif len(stack) >= max_depth:
            if not html[match.start() : end].endswith("/>"):
                dropped.append(name)
            pieces.append(html[position : match.start()])
            position = end
        else:
            stack.append(name)
    pieces.append(html[position:])
    return "".join(pieces)
