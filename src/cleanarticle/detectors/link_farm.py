"""Long lists of short link items: site lists, related links, blogrolls, tag clouds.

In HTML a list is judged as a whole: many items, nearly all of them short links. Text dumps have
no links, so there a run of many short unpunctuated lines stands in for the list, and it must sit
outside the prose (page top or bottom) or follow a "links:" label, since articles can hold lists.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from cleanarticle.blocks import Block
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.features import near_hints, shared_prose_bounds
from cleanarticle.hints import LINK_LIST_HINT
from cleanarticle.textstats import CLAUSE_MARK_CHARS, cjk_ratio, length_units

_MIN_ITEMS = 6  # a list this long that is nearly all short links is not article content
_HINTED_MIN_ITEMS = 3  # ... or this long when its container says it holds links
_ITEM_UNITS = 15  # a short link: a site name, a menu entry, a tag
_TITLE_UNITS = 40  # a related-article title
_RUN_ITEMS = 8  # consecutive link lines (menus, headline lists) that no article body has
_LINE_ITEM_UNITS = 14
_LABEL_UNITS = 12
_LIST_LABEL = re.compile(
    r"(?:链接|鏈接|友情|相关|相關|导航|導航|合作|推荐|推薦|标签|標籤|热门|熱門|网站|網站"
    r"|links?|related|sites|partners|blogroll|tags|popular|more)",
    re.I,
)
# Clause marks, a colon or an enumeration comma (、) anywhere; "." and ":" before a space or the
# end (not in "3.5" or "12:30").
_LINE_PUNCT = re.compile(f"[{re.escape(CLAUSE_MARK_CHARS)}\uff1a\u3001]|[.:](?:\\s|$)")
_LATIN_ITEM_WORDS = 6
_DIGIT = re.compile(r"\d")
_SEGMENT_SPLIT = re.compile(r"\s*[|｜丨·•/]\s*|\s+")


class LinkFarmDetector:
    name = "link_farm"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        if context.mode == "html":
            return list(self._html(blocks))
        return list(self._text(blocks, shared_prose_bounds(blocks, context)))

    # --- HTML: lists and runs of short links --------------------------------------------------
    def _html(self, blocks: Sequence[Block]) -> Iterator[Verdict]:
        done: set[int] = set()
        groups: dict[int, list[Block]] = defaultdict(list)
        for block in blocks:
            if block.container >= 0:
                groups[block.container].append(block)
            if (
                block.link_count >= 6
                and block.link_density >= 0.6
                and block.link_chars <= 16 * block.link_count
            ):
                done.add(block.index)
                reason = f"{block.link_count} links in one line"
                yield Verdict(
                    block.index, self.name, reason, rule="link_farm.links_in_one_line",
                    evidence={"links": block.link_count},
                )  # fmt: skip
        for items in groups.values():
            if len(items) < _HINTED_MIN_ITEMS:
                continue
            hinted = bool(LINK_LIST_HINT.search(near_hints(items[0], depth=6)))
            limit = _TITLE_UNITS if hinted else _ITEM_UNITS
            links = [b for b in items if b.is_linked and b.units <= limit]
            if len(links) < (_HINTED_MIN_ITEMS if hinted else _MIN_ITEMS):
                continue
            if len(links) < 0.7 * len(items):
                continue
            reason = f"{len(links)} short link items in one list"
            evidence = {"link_items": len(links), "items": len(items)}
            for block in items:
                if block.index not in done and (block.is_linked or block.units <= 8):
                    done.add(block.index)
                    yield Verdict(
                        block.index, self.name, reason, rule="link_farm.link_list",
                        evidence=evidence,
                    )  # fmt: skip
        run: list[Block] = []
        for line in [*blocks, None]:
            if (  # line.is_linked, inlined: it is asked of every block
                line is not None
                and line.units <= _TITLE_UNITS
                and line.link_chars * 2 >= len(line.text)
                and line.text
            ):
                run.append(line)
                continue
            if len(run) >= _RUN_ITEMS:
                reason = f"{len(run)} link lines in a row"
                for item in run:
                    if item.index not in done:
                        yield Verdict(
                            item.index, self.name, reason, rule="link_farm.link_run",
                            evidence={"link_lines": len(run)},
                        )  # fmt: skip
            run = []

    # --- text dumps: runs of short lines away from the prose ----------------------------------
    def _text(self, blocks: Sequence[Block], bounds: tuple[int, int]) -> Iterator[Verdict]:
        first, last = bounds
        if first < 0:
            return
        start = 0
        while start < len(blocks):
            if not _is_item(blocks[start]):
                line = _link_line(blocks[start], first, last)
                if line:
                    yield Verdict(start, self.name, line, rule="link_farm.link_line")
                start += 1
                continue
            end = start
            while end < len(blocks) and _is_item(blocks[end]):
                end += 1
            yield from self._judge_run(blocks, start, end, first, last)
            start = end

    def _judge_run(
        self, blocks: Sequence[Block], start: int, end: int, first: int, last: int
    ) -> Iterator[Verdict]:
        labelled = start > 0 and _is_label(blocks[start - 1])
        outside = end <= first or start > last
        count = end - start
        numeric = sum(1 for index in range(start, end) if _DIGIT.search(blocks[index].text))
        if numeric > 0.15 * count:
            return  # a table or a vote tally, not a list of site names
        if count >= 20 or (outside and count >= _MIN_ITEMS) or (labelled and count >= 4):
            reason = f"{count} short lines in a row (a link list)"
            if labelled:
                label = f"label of a {reason}"
                yield Verdict(start - 1, self.name, label, rule="link_farm.list_label")
            for index in range(start, end):
                yield Verdict(index, self.name, reason, rule="link_farm.short_line_run")


def _is_item(block: Block) -> bool:
    limit = _LINE_ITEM_UNITS if cjk_ratio(block.text) >= 0.5 else _LATIN_ITEM_WORDS
    return block.units <= limit and not _LINE_PUNCT.search(block.text)


def _is_label(block: Block) -> bool:
    """ "网站链接:", "Related links": a short heading that announces a link list."""
    if block.units > 6 or not _LIST_LABEL.search(block.text):
        return False
    return block.text.endswith((":", "\uff1a")) or block.units <= 4


def _link_line(block: Block, first: int, last: int) -> str | None:
    """One line holding a whole link list: "网站链接: 人社部 工信部 商务部 …"."""
    if block.units < 8 or block.units > 200 or cjk_ratio(block.text) < 0.5:
        return None
    label, sep, rest = block.text.partition(":")
    if not sep:
        label, sep, rest = block.text.partition("\uff1a")
    labelled = bool(sep) and len(label) <= _LABEL_UNITS and bool(_LIST_LABEL.search(label))
    body = rest if labelled else block.text
    if _LINE_PUNCT.search(body):
        return None
    segments = [seg for seg in _SEGMENT_SPLIT.split(body) if seg]
    if any(length_units(seg) > 10 for seg in segments):
        return None
    outside = block.index < first or block.index > last
    if len(segments) >= (5 if labelled else 8) and (labelled or outside):
        return f"{len(segments)} short link items on one line"
    return None
