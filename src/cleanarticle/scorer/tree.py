"""The element tree behind the blocks, rebuilt once from their ancestor chains.

The scorer asks questions of every element a block sits in (how much prose under it, is it
inside a comment section). Walking every block's whole ancestor chain costs blocks x depth,
which a hostile page (20,000 table cells 256 deep) turns into minutes; here each element is
registered once, and per-element answers flow down (``inherit``) or up (``subtree_sums``) the
tree in one pass over the elements.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from cleanarticle.blocks import Block

NO_ELEMENT = -1
_T = TypeVar("_T")


@dataclass
class ElementTree:
    parent: dict[int, int] = field(default_factory=dict)  # NO_ELEMENT for the outermost ones
    depth: dict[int, int] = field(default_factory=dict)
    tag: dict[int, str] = field(default_factory=dict)
    hints: dict[int, str] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)  # first seen, parents before children
    innermost: list[int] = field(default_factory=list)  # per block: its own element

    def subtree_sums(self, own: dict[int, float]) -> dict[int, float]:
        """Each element's total of ``own`` values over itself and its descendants."""
        total = dict.fromkeys(self.order, 0.0)
        for element, value in own.items():
            if element != NO_ELEMENT:
                total[element] += value
        parent = self.parent
        for element in reversed(self.order):  # children before parents
            mother = parent[element]
            if mother != NO_ELEMENT:
                total[mother] += total[element]
        return total

    def inherit(self, own: Callable[[int, _T | None], _T | None]) -> dict[int, _T | None]:
        """Per element, ``own(element, parent's value)``: answers that flow down the tree."""
        values: dict[int, _T | None] = {NO_ELEMENT: None}
        parent = self.parent
        for element in self.order:  # parents before children
            values[element] = own(element, values[parent[element]])
        return values

    def children(self, element: int) -> Iterable[int]:
        return (child for child in self.order if self.parent[child] == element)


def element_tree(blocks: Sequence[Block]) -> ElementTree:
    tree = ElementTree()
    parent = tree.parent
    for block in blocks:
        chain = block.ancestors
        if not chain:
            tree.innermost.append(NO_ELEMENT)
            continue
        tree.innermost.append(chain[-1])
        if chain[-1] in parent:
            continue
        known = len(chain) - 1  # registering a chain registers its ancestors: stop at a known one
        while known >= 0 and chain[known] not in parent:
            known -= 1
        last = len(chain) - 1
        tags = block.path.split("/") if known < last - 1 else None  # one new element: its tag
        for position in range(known + 1, len(chain)):
            element = chain[position]
            parent[element] = chain[position - 1] if position else NO_ELEMENT
            tree.depth[element] = position
            tree.tag[element] = tags[position] if tags is not None else block.tag
            tree.hints[element] = block.ancestor_hints[position]
            tree.order.append(element)
    return tree
