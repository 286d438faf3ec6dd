"""Short lines a page repeats word for word: labels of its template, in any language.

"Article content", "Advertisement", "Weiterlesen", "Reply", "阅读全文": a template prints the
same short label before every ad slot, embed or post. The article's own short lines (a
subheading, a quoted exclamation) are not printed three times over. No vocabulary: only the
count of identical short lines, so it works for every language alike. Table cells repeat by
nature ("Yes", "N/A") and are left alone, and so are the repeated parts of structured
content: headings ("Pros", "Cons" of each reviewed item), field names ending in a colon
("Weight:") and bare numbers (ranks, scores).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.detectors.base import Context, Verdict

MAX_LABEL_UNITS = 4
MIN_REPEATS = 3


class RepeatedLabelsDetector:
    name = "repeated_labels"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterator[Verdict]:
        structured = _STRUCTURED_HTML if context.mode == "html" else _STRUCTURED_TEXT
        keyed = [(_key(block), block) for block in blocks if _is_candidate(block, structured)]
        counts = Counter(key for key, _ in keyed)
        for key, block in keyed:
            repeats = counts[key]
            if repeats >= MIN_REPEATS:
                yield Verdict(
                    block.index, self.name, f"label repeated {repeats} times",
                    rule="repeated_labels.label", evidence={"repeats": repeats},
                )  # fmt: skip


def _is_candidate(block: Block, structured: frozenset[Kind]) -> bool:
    if not 0 < block.units <= MAX_LABEL_UNITS or block.kind in structured:
        return False
    text = block.text.rstrip()
    return not text.endswith((":", "：")) and not text.replace(".", "").isdigit()


# Headings are markup in HTML; in a text dump they are the segmenter's guess, so they count.
_STRUCTURED_HTML = frozenset({Kind.TABLE_ROW, Kind.HEADING})
_STRUCTURED_TEXT = frozenset({Kind.TABLE_ROW})


def _key(block: Block) -> str:
    return block.text.casefold().strip(" .:…·|-–—")
