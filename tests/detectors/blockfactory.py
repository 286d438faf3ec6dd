"""Build block lists the way the parser does, so detector tests read like the pages they judge."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from cleanarticle.blocks import Block
from cleanarticle.blocks import text_blocks as build_text_blocks
from cleanarticle.detectors.base import Context, Detector, Verdict
from cleanarticle.options import Options

# Article prose that no detector may cut: shared by the tests as the text around the boilerplate.
PROSE_ZH = (
    "下一步,我市将持续对电信网络诈骗犯罪保持严打高压态势,不断巩固和深化打击治理成效,"
    "共同构建“全民反诈、全社会反诈”新格局。"
)
PROSE_EN = (
    "The council approved the budget on Monday after a long debate, and the mayor said the new "
    "spending on parks, libraries and roads would begin in the spring."
)


def text_blocks(dump: str | Sequence[str]) -> list[Block]:
    """Blocks of a plain-text dump, built by the library's own text segmenter."""
    return build_text_blocks(dump if isinstance(dump, str) else "\n".join(dump))


def html_blocks(*specs: str | dict[str, Any]) -> list[Block]:
    """HTML-mode blocks from texts or dicts of Block fields; ``linked=True`` makes it all link."""
    blocks: list[Block] = []
    for spec in specs:
        fields = {"text": spec} if isinstance(spec, str) else dict(spec)
        fields.setdefault("tag", "p")
        fields.setdefault("path", "html/body/div/" + fields["tag"])
        if fields.pop("linked", False):
            fields["link_chars"] = len(fields["text"])
            fields.setdefault("link_count", 1)
        blocks.append(Block(index=len(blocks), **fields))
    return blocks


def verdicts(
    detector: Detector, blocks: Sequence[Block], mode: str = "text"
) -> dict[int, list[Verdict]]:
    """Verdicts grouped by block index; every verdict must carry a reason and this detector."""
    context = Context(mode=mode, options=Options())  # type: ignore[arg-type]
    grouped: dict[int, list[Verdict]] = {}
    for verdict in detector.detect(blocks, context):
        assert verdict.reason and verdict.detector == detector.name
        grouped.setdefault(verdict.index, []).append(verdict)
    return grouped


def cut(detector: Detector, blocks: Sequence[Block], mode: str = "text") -> set[int]:
    """Indices of blocks cut whole (span verdicts excluded)."""
    found = verdicts(detector, blocks, mode)
    return {index for index, items in found.items() if any(v.span is None for v in items)}


def texts(blocks: Iterable[Block], indices: Iterable[int]) -> list[str]:
    by_index = {block.index: block.text for block in blocks}
    return [by_index[index] for index in sorted(indices)]
