"""Where a cut was in the page: a short CSS path to its element.

Worked out only for removed blocks, after the cuts are known: most blocks are never asked,
and each parent's children are counted once per page however many of them are asked about.
The path is a valid selector (``document.querySelector`` finds the element in a browser),
read off the parsed page after invisible elements (scripts, hidden ones) were dropped.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

# An id usable in a selector as written: anything else would need CSS escapes.
_PLAIN_ID = re.compile(r"[A-Za-z][\w-]{0,63}")
_ROOTS = frozenset({"body", "html"})
_NOT_ELEMENT = frozenset("-#_")  # lexbor's names of text, comment and document nodes


class DomPaths:
    """CSS paths of one page's elements: each element's path and each parent's child counts
    are worked out once, however many removed lines share them."""

    __slots__ = ("_paths", "_positions")

    def __init__(self) -> None:
        self._paths: dict[int, str] = {}  # element's mem_id -> its path
        # parent's mem_id -> {child's mem_id: its nth-of-type, or 0 when its tag is unique}
        self._positions: dict[int, dict[int, int]] = {}

    def path(self, node: LexborNode | None) -> str:
        """``body>div#footer>p:nth-of-type(3)``: from the nearest ancestor with an id (ids are
        unique), else from ``body``; ``:nth-of-type`` only where siblings share the tag."""
        paths = self._paths
        steps: list[tuple[int, str, bool]] = []  # (mem_id, step, starts the path), inner first
        prefix = "body"
        while node is not None:
            key = node.mem_id
            known = paths.get(key)
            if known is not None:
                prefix = known
                break
            tag = node.tag or ""
            if tag in _ROOTS or tag[:1] in _NOT_ELEMENT:
                break
            id_ = node.id
            if id_ and _PLAIN_ID.fullmatch(id_):
                steps.append((key, f"{tag}#{id_}", True))
                break
            parent = node.parent
            position = self._position(key, parent) if parent is not None else 0
            steps.append((key, f"{tag}:nth-of-type({position})" if position else tag, False))
            node = parent
        for key, step, starts in reversed(steps):
            prefix = paths[key] = step if starts else f"{prefix}>{step}"
        return prefix

    def _position(self, key: int, parent: LexborNode) -> int:
        positions = self._positions.get(parent.mem_id)
        if positions is None:
            positions = self._positions[parent.mem_id] = _count(parent)
        return positions.get(key, 0)


def _count(parent: LexborNode) -> dict[int, int]:
    """Each element child's position among the children of its tag (0 when it is alone)."""
    seen: dict[str, list[int]] = {}
    child = parent.first_child
    while child is not None:
        tag = child.tag or ""
        if tag[:1] not in _NOT_ELEMENT:
            seen.setdefault(tag, []).append(child.mem_id)
        child = child.next
    positions: dict[int, int] = {}
    for ids in seen.values():
        if len(ids) > 1:
            positions.update(zip(ids, range(1, len(ids) + 1)))
    return positions
