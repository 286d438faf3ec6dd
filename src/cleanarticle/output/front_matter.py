"""YAML front matter with the article's metadata, for Markdown files read by site generators.

Values are written as JSON strings and lists, which YAML reads as double-quoted scalars and
flow sequences: no value can break out of its line or start a YAML construct.
"""

from __future__ import annotations

import json
import re

from cleanarticle.article import Article

_FIELDS = (
    "title", "author", "authors", "editor", "date", "date_modified", "source", "sitename", "url",
    "language", "description", "tags", "categories", "image",
)  # fmt: skip
# Characters YAML reads as line breaks or forbids unescaped, which JSON leaves as they are.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


def front_matter(article: Article) -> str:
    """``---`` lines around one ``key: value`` line per metadata field that has a value."""
    lines = []
    for name in _FIELDS:
        value = getattr(article, name)
        if name == "authors" and len(value) < 2:  # one author is already `author`
            continue
        if value:
            lines.append(f"{name}: {_scalar(value)}")
    return "---\n" + "".join(line + "\n" for line in lines) + "---"


def _scalar(value: object) -> str:
    if isinstance(value, tuple):
        value = list(value)
    dumped = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", dumped)
