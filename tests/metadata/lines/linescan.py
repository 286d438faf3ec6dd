"""Shared helpers of the line-scan tests: blocks from lines, and the scan of them."""

from datetime import datetime

from cleanarticle.blocks import text_blocks
from cleanarticle.metadata.lines.facts import LineFacts
from cleanarticle.metadata.lines.scan import scan_lines

NOW = datetime(2024, 6, 1)
PROSE = (
    "2020年以来，公安部与有关部门认真贯彻落实党中央决策部署，"
    "克服疫情不利影响，齐抓共管，密切协作，全力推动工作取得明显成效。"
)
ENGLISH_PROSE = (
    "SANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland, Oregon, "
    "has been found in New Mexico, officials said on Tuesday."
)


def scan(lines: list[str], body_start: int | None = None):
    """Blocks of ``lines`` with the prose lines (those with "，") kept; the scan of them."""
    blocks = text_blocks("\n".join(lines))
    kept = [("，" in block.text or "," in block.text) and len(block.text) > 30 for block in blocks]
    first = kept.index(True) if any(kept) else 0
    last = max(index for index, flag in enumerate(kept) if flag) if any(kept) else first
    facts = scan_lines(
        blocks, kept, body_start=first if body_start is None else body_start, last_kept=last,
        now=NOW,
    )  # fmt: skip
    return blocks, facts


def scan_all_kept(lines: list[str], body_start: int = 0) -> LineFacts:
    """The scan of ``lines`` when the extractor kept every one of them."""
    blocks = text_blocks("\n".join(lines))
    return scan_lines(
        blocks, [True] * len(blocks), body_start=body_start, last_kept=len(blocks) - 1, now=NOW
    )


def authors_of(facts: LineFacts) -> list[str]:
    return [name for found in facts.authors for name in found.names]
