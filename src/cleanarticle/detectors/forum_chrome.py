"""Forum and CMS chrome: edit stamps, view counters, post headers and toolbars, floor numbers,
comment bars and comment forms.

Edit stamps and counters often share a line with real text (a post's first sentence, the byline
"作者: … 发表于: … 点击数: 687"), so they are cut as spans and only the whole line goes when
nothing else is left. Toolbar lines are recognised as lines made only of toolbar words; a lone
generic word ("回复", "Reply") needs support: a link or a place outside the prose. A bare
"发表于 <time>" is left to metadata; with a user name or toolbar words it is a post header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from cleanarticle.blocks import Block
from cleanarticle.detectors._gate import SEP, Lines, lines_of, may_match
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.detectors.rules import Rule, needle_scan, starts_scan
from cleanarticle.features import shared_prose_bounds
from cleanarticle.textstats import SENTENCE_END as _SENTENCE_END
from cleanarticle.textstats import length_units

_DATE = r"\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
_EDIT_STAMP = Rule(
    "forum.edit_stamp",
    patterns=(
        rf"本帖最[后後](?:由|被)\s*.{{1,30}}?\s*[于於]\s*{_DATE}\s*(?:{_TIME})?\s*(?:重新)?[编編][辑輯]"
        rf"|最[后後](?:编辑|編輯|修改)(?:于|於|时间|時間)\s*[:\uff1a]?\s*{_DATE}\s*(?:{_TIME})?"
        rf"|(?:last )?(?:edited|modified) by\s+\S.{{0,40}}?\s+(?:on|at)\s+"
        rf"[\w ,/.\-]{{0,30}}?{_TIME}"
        rf"|this post (?:was|has been) (?:edited|modified)\b[^.]{{0,60}}",
    ),
)
_COUNTER = Rule(
    "forum.counter",
    patterns=(
        r"(?<![\u4e00-\u9fff])(?:文章|本文|帖子)?(?:点击|點擊|阅读|閱讀|浏览|瀏覽|访问|訪問|查看)"
        r"(?:量|数|數|次数|次數|率)?\s*[:\uff1a]\s*(?:\d[\d,]*\s*次?|$)"
        r"|(?:人气|人氣|热度|熱度)\s*[:\uff1a]\s*\d[\d,]*"
        r"|(?<![a-z])(?:views?|hits|reads|page ?views)\s*[:\uff1a]\s*\d[\d,]*"
        r"|(?<![\d,])\d[\d,]*\s*(?:次(?:点击|點擊|浏览|瀏覽|阅读|閱讀|播放)|人(?:阅读|閱讀|浏览|瀏覽|看过|看過)"
        r"|(?:views|reads|hits)(?![a-z]))"
        r"|(?<![\u4e00-\u9fff])(?:回复|回覆|评论|評論|留言|点赞|點讚|收藏|转发|轉發)\s*[:\uff1a]\s*\d[\d,]*"
        r"|(?:已被|被)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|查看)了?\s*\d[\d,]*\s*次"
        r"|(?:已有|共有?)\s*\d+\s*(?:件|条|條|篇|个|個|人)?(?:评论|評論|回复|回覆|留言|参与|參與)"
        r"|(?<![a-z\d,])\d[\d,]*\s*shares?(?![a-z])"
        r"|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|回复|回覆|点赞|點讚|收藏)\s*[(\uff08]\s*\d+\s*[)\uff09]"
        # reading time: "Reading time: 4 minutes", "5 min read" (opening or closing the line),
        # 阅读时间
        r"|(?:(?:estimated )?read(?:ing)? time|tempo de leitura|temps de lecture|tiempo de lectura"
        r"|lesezeit|(?:阅读|閱讀|预计阅读|預計閱讀)(?:时间|時間|时长|時長|需要|需))\s*[:\uff1a]?\s*"
        r"(?:about |approx\.? |cerca de |约|約)?\d+\s*(?:min(?:ute)?s?|minutos?|分钟|分鐘)?"
        r"|^\d+\s*-?\s*min(?:ute)?s?\s+read(?![a-z])|(?<![\d,])\d+\s*-?\s*min(?:ute)?s?\s+read\s*$",
    ),
    limits={"max_units": 60, "max_chars": 300, "sentence_units": 8},
)
_STRONG = (
    r"只看[该該]?作者|只看[楼樓]主|[楼樓]主|沙[发發]|板凳|地板|[电電]梯直[达達]|倒序[浏瀏][览覽]|[阅閱][读讀]模式"
    r"|使用道具|[举舉][报報]|[复複]制[链鏈]接|#?\d+\s*[楼樓层層#]|#\d+"
    r"|permalink|multiquote|report post|quote reply|reply with quote"
)
_WEAK = (
    r"回复|回覆|引用|[编編][辑輯]|[删刪]除|收藏|分享|[评評]论|[评評]論|点赞|點讚|支持|反[对對]|[顶頂]|踩"
    r"|回[帖贴]|[发發]新?[帖贴]|[发發]表新[帖贴]|私信|加[关關]注|[发發]消息|跳[转轉]到|返回列表"
    r"|replies|reply|quote|report|edit|delete|likes|like|share|flag|thanks|comments?"
)
_TOOLBAR_SEP = r"[\s|\uff5c·•/:\uff1a()\uff08\uff09\[\]【】,\uff0c]+"
_NEUTRAL = rf"[发發]表于|[发發]表於|posted|{_DATE}|{_TIME}|\d+"
_TOOLBAR_TOKEN = re.compile(
    rf"(?P<sep>{_TOOLBAR_SEP})|(?P<strong>{_STRONG})|(?P<weak>{_WEAK})|(?P<neutral>{_NEUTRAL})",
    re.I,
)
_COMMENT_BAR = Rule(
    "forum.comment_bar",
    patterns=(
        r"(?:共有?|已有)?\s*\d+\s*(?:条|條|人|个|個)?(?:网友|網友)?(?:评论|評論|回复|回覆|留言|参与|參與)$",
        r"(?:网友|網友)?(?:评论|評論|回复|回覆|留言)(?:\s*[(\uff08]\s*\d+\s*[)\uff09]|\s*[:\uff1a]?\s*\d+)$",
        r"(?:发表|發表|我要|查看|查看全部|热门|熱門|最新|网友|網友)(?:评论|評論)$|(?:评论|評論)区$",
        r"\d+ comments?$|comments? \(\d+\)$",
        r"(?:leave a (?:comment|reply)|add a comment"
        r"|post a comment|comments are closed|be the first to comment|log in to (?:comment|reply)"
        r"|write a comment|view comments|show comments|no comments(?: yet)?"
        r"|join the (?:discussion|conversation)|your email address will not be published"
        r"|required fields are marked\b.*|save my name, email,? and website\b.*"
        r"|notify me (?:of|via)\b.*|this site uses akismet\b.*"
        # comment-form fields and notes, trackbacks, page links of a thread
        r"|(?:name|e-?mail|website)(?: ?\((?:required|optional|will not be published)\))?\s*\*?"
        r"|e-?mail\s*[(\uff08][^)\uff09]{1,20}[)\uff09]|[发發]表名|(?:昵称|暱稱|邮箱|郵箱|网址|網址"
        r"|个人主页|個人主頁)(?:\s*[(\uff08][^)\uff09]{0,12}[)\uff09])?\s*[:\uff1a*]?"
        r"|[(\uff08]?(?:评论中可使用以下|評論中可使用以下"
        r"|you (?:can|may) use these (?:html )?)tags\b.*"
        r"|(?:本文)?(?:通告)?引用\s*[(\uff08]?trackback[)\uff09]?.*"
        r"|trackback(?: url| uri| link)?\s*[:\uff1a].*"
        # page numbers "1 2 3", "[1][2]": a bare number follows a space or a "]" only, so that
        # a run of digits is read one way (else "页: 111…1x" backtracks 2^n ways)
        r"|(?:页|頁|pages?)\s*[:\uff1a]\s*(?:\[\d+\]|\d+)(?:\s*\[\d+\]|\s+\d+|(?<=\])\d+)*)\.?$",
    ),
    anchored=True,
)
# "岚山老周 发表于 2024-6-18 21:03 | 只看该作者": a user name, the post time, then toolbar words.
_POST_HEADER = re.compile(
    rf"^(?P<user>[^\s|:\uff1a]{{1,20}}(?:\s[^\s|:\uff1a]{{1,20}})?\s*)?[发發]表[于於]\s*"
    rf"{_DATE}\s*{_TIME}(?P<rest>.*)$"
)
_CMS_LINE = Rule(
    "forum.signature_line",
    patterns=(
        r"^(?:[个個]性)?[签簽]名\s*[:\uff1a]",
        r"processed in [\d.]+ ?s(?:econds?|\(s\))?\b",
    ),
)
_POSTED_BY = Rule(
    "forum.posted_by",
    patterns=(rf"posted by\s+\S.{{0,40}}?\s+(?:at|on)\s+.{{0,30}}?{_TIME}$",),
    anchored=True,
)
_SPAN_REASONS = {_EDIT_STAMP.id: "edit stamp", _COUNTER.id: "view/comment counter"}
# Ends like a sentence, full-width marks included (closing quotes and brackets may follow).
# Every branch of _COUNTER also holds a digit or a colon.
_COUNTER_NEEDS = re.compile(r"[\d:\uff1a]")
# A line of toolbar tokens, in Lines.lowered (atomic, so that it parses here exactly when
# _toolbar parses it).
_TOOLBAR_LINE = re.compile(rf"{SEP}(?>{_TOOLBAR_SEP}|{_STRONG}|{_WEAK}|{_NEUTRAL})*+(?={SEP})")


class ForumChromeDetector:
    name = "forum_chrome"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        lines = _candidates(lines_of(blocks, context))
        return list(self._detect(blocks, shared_prose_bounds(blocks, context), lines))

    def _detect(
        self, blocks: Sequence[Block], bounds: tuple[int, int], lines: Iterable[int]
    ) -> Iterator[Verdict]:
        first, last = bounds
        for line in lines:
            block = blocks[line]
            outside = block.index < first or block.index > last
            yield from self._judge(block, outside)

    def _judge(self, block: Block, outside: bool) -> Iterator[Verdict]:
        text = block.text
        spans: list[tuple[int, int, str]] = []  # (start, end, rule id)
        if may_match(text, _EDIT_STAMP.needle_test, ignore_case=True):
            stamps = _EDIT_STAMP.regex.finditer(text)
            spans += [(m.start(), m.end(), _EDIT_STAMP.id) for m in stamps]
        limits = _COUNTER.limits
        short = block.units <= limits["max_units"] and len(text) <= limits["max_chars"]
        if (
            short
            and _COUNTER_NEEDS.search(text)
            and may_match(text, _COUNTER.needle_test, ignore_case=True)
            and (block.units <= limits["sentence_units"] or not _SENTENCE_END.search(text))
        ):
            counters = _COUNTER.regex.finditer(text)
            spans += [(m.start(), m.end(), _COUNTER.id) for m in counters]
        if spans:
            rest = "".join(text[a:b] for a, b in _gaps(spans, len(text)))
            if length_units(rest) <= 1 or _toolbar(rest) == "strong":
                rule = spans[0][2]
                yield Verdict(block.index, self.name, _SPAN_REASONS[rule], rule=rule)
                return
            for start, end, rule in spans:
                yield Verdict(block.index, self.name, _SPAN_REASONS[rule], (start, end), rule=rule)
            return
        if block.units > 40:
            return
        header = _POST_HEADER.match(text) if "表" in text else None  # 发表于 / 發表於
        # A bare "发表于 <time>" is a date line (metadata); a user name or toolbar makes it chrome.
        if header and (_toolbar(header["rest"]) or (header["user"] and not header["rest"].strip())):
            reason = "post header (user, time, toolbar)"
            yield Verdict(block.index, self.name, reason, rule="forum.post_header")
            return
        if may_match(text, _CMS_LINE.needle_test, ignore_case=True) and _CMS_LINE.regex.search(
            text
        ):
            reason = "signature or page-generation line"
            yield Verdict(block.index, self.name, reason, rule=_CMS_LINE.id)
            return
        found = self._line(block, outside) if block.units <= 20 else None
        if found:
            yield Verdict(block.index, self.name, found[1], rule=found[0])

    @staticmethod
    def _line(block: Block, outside: bool) -> tuple[str, str] | None:
        """(rule, reason) for a short line that is chrome as a whole."""
        text = block.text
        if _COMMENT_BAR.regex.match(text):
            return _COMMENT_BAR.id, "comment bar"
        if _POSTED_BY.regex.match(text):
            return _POSTED_BY.id, "post header"
        kind = _toolbar(text)
        if kind == "strong" or (kind == "weak" and (outside or block.is_linked)):
            return "forum.toolbar", f"post toolbar '{text[:30]}'"
        return None


def _candidates(lines: Lines) -> Iterable[int]:
    """The lines _judge may cut, in order (the others it passes over): those holding a needle of
    a text rule or 表 (发表于, see _POST_HEADER), a line start of an anchored rule, a toolbar."""
    (chars, words), starts = _scans((_EDIT_STAMP, _COUNTER, _CMS_LINE), (_COMMENT_BAR, _POSTED_BY))
    found = {
        *lines.hits(chars, lower=True),
        *lines.holding(*words, "表", lower=True),
        *lines.hits(starts, lower=True),
        *lines.hits(_TOOLBAR_LINE, lower=True),
    }
    return sorted(found)


@cache
def _scans(
    phrases: tuple[Rule, ...], anchored: tuple[Rule, ...]
) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], re.Pattern[str]]:
    """Lines scans derived from the rules: needles of ``phrases``, starts of ``anchored``."""
    return needle_scan(*phrases), starts_scan(*anchored)


def _gaps(spans: list[tuple[int, int, str]], length: int) -> Iterator[tuple[int, int]]:
    position = 0
    for start, end, _ in sorted(spans):
        if start > position:
            yield position, start
        position = max(position, end)
    if position < length:
        yield position, length


def _toolbar(text: str) -> str | None:
    """'strong' / 'weak' when the line is only toolbar words, numbers and dates, else None."""
    if len(text) > 80:
        return None
    pos, strong, weak = 0, 0, 0
    while pos < len(text):
        match = _TOOLBAR_TOKEN.match(text, pos)
        if match is None:
            return None
        strong += match.lastgroup == "strong"
        weak += match.lastgroup == "weak"
        pos = match.end()
    if strong or weak >= 2:
        return "strong"
    return "weak" if weak else None
