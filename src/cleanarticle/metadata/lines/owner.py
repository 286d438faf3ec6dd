"""A blog's owner, named in its own page chrome: "[太小心]个人类别", "[太小心]存档目录".

Blog platforms title the owner's sidebar boxes with the owner's name in brackets. One name
heading three or more such short lines is the blog's owner, the author of a post that names
no one else (the resolver ranks this below every byline).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from cleanarticle.blocks import Block
from cleanarticle.metadata.authors import clean_byline

_BRACKETED = re.compile(r"^[^\[【]{0,2}[\[【]([^\]】]{2,20})[\]】]\S")
_MAX_LINE = 24
_MIN_LINES = 3


def blog_owner(blocks: Sequence[Block]) -> tuple[str, int] | None:
    """The owner's name and the first line naming them, or None."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for block in blocks:
        text = block.text
        if len(text) > _MAX_LINE or ("[" not in text and "【" not in text):
            continue
        match = _BRACKETED.match(text)
        if match:
            name = match.group(1).strip()
            counts[name] += 1
            first.setdefault(name, block.index)
    for name, count in counts.most_common(1):
        if count >= _MIN_LINES and clean_byline(name, "label") == [name]:
            return name, first[name]
    return None
