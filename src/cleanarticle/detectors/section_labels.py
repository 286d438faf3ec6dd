"""Labels of page sections that are not the article: "Related Articles", "You may also like",
"相关阅读", "猜你喜欢", "Comments", "Filed under: …", "标签：…".

The sections under such labels (related-story lists, comment threads, tag lists) are cut by
other rules; their label is a short line of its own that survives them, and reads as a stray
heading at the end of the text. Only a whole short line counts, so a sentence that mentions
related stories or comments stays.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Sequence
from functools import cache

from cleanarticle.blocks import Block
from cleanarticle.detectors import vocab
from cleanarticle.detectors._gate import lines_of
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.detectors.rules import Rule, starts_scan

_LABEL = Rule(
    "section.label",
    patterns=(
        # English
        r"related(?: (?:articles?|stories|posts|news|content|coverage|reading|links|topics|tags"
        r"|videos?|roundup(?::.{1,40})?))?"
        r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
        r"|(?:read|see) (?:more|also|next)"
        r"|more(?: (?:stories|news|articles|videos|to read|like this"
        r"|on this(?: topic| story)?|from [\w' ]{1,30}|great [\w' ]{1,30} stories))?"
        r"|(?:most )?(?:popular|read|viewed|shared|commented)(?: (?:now|today|stories|articles"
        r"|on [\w' ]{1,30}))?|trending(?: now| stories| topics)?|recommended(?: for you| stories"
        r"| reading| articles)?|don'?t miss|editor'?s picks?|top stories|latest (?:news|stories"
        r"|articles|videos)|breaking news|from around the web|around the web|we recommend"
        r"|topics|tags|comments?|\d+ comments?|leave a (?:comment|reply)|post a comment"
        # Chinese (simplified and traditional)
        r"|相关(?:阅读|新闻|文章|推荐|链接|专题|报道|资讯)|相關(?:閱讀|新聞|文章|推薦|鏈接|連結|專題|報導)"
        r"|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门(?:文章|新闻|推荐|排行|资讯)|熱門(?:文章|新聞|推薦|排行)"
        r"|猜你喜欢|猜你喜歡|精彩推荐|精彩推薦|更多(?:阅读|閱讀|新闻|新聞|精彩|文章|资讯)"
        r"|最新(?:文章|新闻|新聞|资讯|資訊)|热点(?:推荐|新闻)|熱點(?:推薦|新聞)|为您推荐|為您推薦"
        r"|网友评论|網友評論|发表评论|發表評論|评论|評論|最新评论|最新評論",
    ),
    words=vocab.words("section.label"),
    lead=r"[\s\-–—*#>»·•【\[]*",
    tail=r"[\s:：.…!！】\]]*$",
    anchored=True,
    limits={"max_units": 8},
)
# "Filed under: Politics | Elections", "Tags: budget, council", "标签：预算 财政".
_TAG_LINE = Rule(
    "section.tag_line",
    patterns=(
        r"filed under|tagged(?: with| in)?|tags?|topics?|categories|category|keywords?"
        r"|标签|標籤|关键词|關鍵詞|关键字|關鍵字|分类|分類",
    ),
    words=vocab.words("section.tag_line"),
    tail=r"\s*[:：]",
    anchored=True,
    limits={"max_units": 20},
)


@cache
def _scan(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    """The line starts the rules may match, derived from their words (see rules.starts_scan)."""
    return starts_scan(*rules)


class SectionLabelsDetector:
    name = "section_labels"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        starts = lines_of(blocks, context).hits(_scan((_LABEL, _TAG_LINE)), lower=True)
        return list(self._detect(blocks, starts))

    def _detect(self, blocks: Sequence[Block], starts: Container[int]) -> Iterator[Verdict]:
        """Only lines whose start may open a label or a tag line are asked."""
        for line, block in enumerate(blocks):
            if block.units > _TAG_LINE.limits["max_units"] or line not in starts:
                continue
            text = block.text
            if block.units <= _LABEL.limits["max_units"] and _LABEL.regex.match(text):
                reason = f"label of a non-article section {text!r}"
                yield Verdict(block.index, self.name, reason, rule=_LABEL.id)
            elif _TAG_LINE.regex.match(text) and not text.rstrip().endswith(("。", ".", "!", "?")):
                yield Verdict(block.index, self.name, f"tag line {text[:40]!r}", rule=_TAG_LINE.id)
