"""Promotion and calls to action: tip lines, share bars, follow/subscribe prompts, ad labels.

A promo line is short and made of an imperative plus a channel (微信, APP, 热线, Facebook,
newsletter …), or it opens with a fixed promo formula ("想爆料?", "了解更多请搜索", "Share this").
A sentence that merely mentions a channel ("他在微博上呼吁网友关注") ends like a sentence and does
not open with the imperative, so it stays. Editor credits (责任编辑) are metadata, not promo.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Sequence
from functools import cache

from cleanarticle.blocks import Block
from cleanarticle.detectors import vocab
from cleanarticle.detectors._gate import lines_of, may_match
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.detectors.rules import Rule, starts_scan
from cleanarticle.features import shared_prose_bounds
from cleanarticle.textstats import SENTENCE_END as _SENTENCE_END

_LEAD = r"[\s【\[(\uff08>»·•*#]*"  # what may precede a formula at the line start
_FORMULA = Rule(
    "promo.formula",
    patterns=(
        r"想爆料|(?:新闻|新聞|爆料|报料|報料|广告|廣告|投稿)(?:热线|熱線|邮箱|郵箱)"
        r"|了解更多.{0,6}(?:请|請)?(?:搜索|搜尋|关注|關注|访问|訪問|点击|點擊|登录|登錄)"
        r"|扫码|掃碼|扫一扫|掃一掃|扫描(?:下方|上方)?二维码|掃描(?:下方|上方)?二維碼"
        r"|长按(?:识别|識別)?二维码|長按(?:識別)?二維碼|(?:欢迎|歡迎)?(?:关注|關注)(?:我们|我們|本站|本号|本號|官方)"
        r"|分享到|分享至|一键分享|一鍵分享|(?:点击|點擊)(?:下载|下載|关注|關注|订阅|訂閱|进入|進入"
        r"|查看更多|阅读原文|閱讀原文|这里|這裡|此处|此處)|下载.{0,6}(?:APP|客户端)|下載.{0,6}(?:APP|客戶端)"
        r"|更多精彩|阅读原文|閱讀原文|展开全文|展開全文|商务合作|商務合作"
        r"|we'?re hiring|we are hiring|join our team|(?:我们|我們)正在招聘",
    ),
    lead=_LEAD,
    anchored=True,
    limits={"max_units": 40},
)
# English formulas are common words too ("Share this view…"), so they need a short line.
_FORMULA_EN = Rule(
    "promo.formula_en",
    patterns=(
        r"share (?:this|on|via|to)|sign up|follow us|like us on|subscribe|get the app"
        r"|download (?:our|the) app|get (?:our|the) newsletter|click here|tap here|join our"
        r"|support (?:our|independent) journalism|become a (?:member|subscriber|patron)"
        r"|continue reading|read more|more from",
    ),
    words=vocab.words("promo.formula_en"),
    lead=_LEAD,
    tail=r"\b",
    anchored=True,
    limits={"max_units": 8, "newsletter_units": 40},
)
# Words that make a "Subscribe …"/"Sign up …" sentence a subscription pitch.
_SUBSCRIPTION = re.compile(r"newsletter|unsubscribe|inbox|no spam|every (?:week|morning)", re.I)
# Prompts to react or pass the article on ("Like this story? Share it with a friend!").
_PROMPT = Rule(
    "promo.engagement_prompt",
    patterns=(
        r"(?:like|liked|love|loved|enjoy|enjoyed) (?:this|the|our) (?:story|article|post"
        r"|piece|video)|tell us what (?:you|u) think"
        r"|share (?:it|this(?: story| article| post)?) with"
        r"|have your say|join the (?:conversation|discussion|debate)"
        r"|(?:喜欢|喜歡)(?:这篇|這篇|本)(?:文章|文)?|(?:欢迎|歡迎)(?:留言|评论|評論)"
        r"|(?:点个|點個)(?:赞|讚|在看)",
    ),
    words=vocab.words("promo.engagement_prompt"),
    lead=_LEAD,
    anchored=True,
    limits={"max_units": 16},
)
# The pitch that follows an article: "If you enjoyed this article, … subscribe / join / donate".
_PITCH = Rule(
    "promo.pitch",
    patterns=(
        r"if you (?:enjoyed|liked|like|enjoy|value|appreciate) (?:this|the|our) (?:article"
        r"|story|post|piece|journalism|reporting)",
    ),
    lead=_LEAD,
    anchored=True,
    limits={"max_units": 40},
)
# A line that is only an address: a page's URL printed for sharing, a profile, an e-mail (a bare
# domain, "www.example.com", is the publisher's name as often as chrome, and stays).
_ADDRESS_LINE = re.compile(
    r"^(?:(?:https?://|www\.)[^/\s]+/\S+|(?:twitter|x|facebook|instagram|linkedin)\.com/\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$",
    re.I,
)
_MAX_ADDRESS_LINES = 2  # more are a list of links (sources, products): the article's own
# Paywall lines: "Subscribe to continue reading", "Dieser Artikel ist nur für Abonnenten".
_PAYWALL = Rule(
    "promo.paywall",
    words=vocab.words("promo.paywall"),
    lead=_LEAD,
    anchored=True,
    limits={"max_units": 30},
)
_LABEL_LINE = Rule(
    "promo.ad_label",
    patterns=(
        r"advertisement|advertising|advert|sponsored(?: content)?|promoted|ad|广告|廣告|推广|推廣"
        r"|赞助|贊助|share|subscribe|分享|订阅|訂閱",
    ),
    words=vocab.words("promo.ad_label"),
    tail=r"\s*[:\uff1a]?$",
    anchored=True,
    limits={"max_units": 3},
)
_CHANNEL = Rule(
    "promo.channel",
    patterns=(
        r"微信|微博|公众号|公眾號|朋友圈|QQ空间|QQ空間|QQ|抖音|快手|头条|頭條|二维码|二維碼|客户端|客戶端"
        r"|热线|熱線|(?<![a-z])(?:app|facebook|twitter|linkedin|whatsapp|telegram|instagram|youtube"
        r"|weibo|wechat|reddit|pinterest|newsletter|rss|podcast)(?![a-z])",
    ),
)
_ACTION = re.compile(
    r"请|請|点击|點擊|扫码|掃碼|扫描|掃描|关注|關注|下载|下載|搜索|订阅|訂閱|分享|转发|轉發|拨打|撥打"
    r"|登录|登錄|(?<![a-z])(?:click|tap|follow|subscribe|share|download|sign up|join|tweet"
    r"|like us)(?![a-z])",
    re.I,
)
_SHARE_BUTTON = re.compile(
    r"^(?:分享到|分享至)?(?:微信|微信好友|微博|新浪微博|腾讯微博|騰訊微博|QQ空间|QQ空間|QQ好友|QQ|人人网?|人人網|空间|空間"
    r"|豆瓣|朋友圈|贴吧|貼吧|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit"
    r"|flipboard|mix|e-?mail|print|tumblr|pocket|line|vk|weibo|wechat|messenger|sms|copy link)$",
    re.I,
)
_SHARE_LABEL = re.compile(
    r"^(?:分享到?|分享至|一键分享|一鍵分享|share(?: this)?|sharing is caring!?|\d+\s*shares?)"
    r"\s*[:\uff1a]?$",
    re.I,
)
_MAX_FORMULA_UNITS = 150  # a formula with a channel word: "想爆料?请登录…拨打新闻热线…"
_STRIP = " 【[(\uff08>»·•*#"
# Ends like a sentence, full-width marks included (closing quotes and brackets may follow).
_MAX_ACTION_UNITS = 30


@cache
def _scans(starting: tuple[Rule, ...], channel: Rule) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Derived from the rules: the line starts of the ``starting`` rules, the channel needles."""
    return starts_scan(*starting), channel.needle_test


class PromoDetector:
    name = "promo"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        lines = lines_of(blocks, context)
        scan, channel = _scans(
            (_FORMULA, _FORMULA_EN, _PROMPT, _PITCH, _PAYWALL, _LABEL_LINE), _CHANNEL
        )
        starts = lines.hits(scan, lower=True)
        lowered = lines.lowered_texts
        bounds = shared_prose_bounds(blocks, context)
        found = self._detect(blocks, bounds, starts, lowered, channel)
        return [*found, *self._address_lines(blocks)]

    def _detect(
        self,
        blocks: Sequence[Block],
        bounds: tuple[int, int],
        starts: Container[int],
        lowered: list[str] | None,
        channels: re.Pattern[str],
    ) -> Iterator[Verdict]:
        """_judge asks only lines that open like a formula or hold a channel needle."""
        _, last = bounds
        channel = channels.search
        run: list[Block] = []
        for line, block in enumerate([*blocks, None]):
            if block is not None and block.units <= 4:
                run.append(block)
            else:
                if len(run) >= 3:
                    yield from self._share_bar(run)
                run = []
            if block is None or block.units > _MAX_FORMULA_UNITS:
                continue
            below = last >= 0 and block.index > last
            if line not in starts:
                if block.units > (_MAX_ACTION_UNITS * 2 if below else _MAX_ACTION_UNITS):
                    continue
                if lowered is not None and not channel(lowered[line]):
                    continue  # may_match(text, _CHANNEL.needle_test, ignore_case=True) is False
            found = _judge(block, below)
            if found:
                yield Verdict(block.index, self.name, found[1], rule=found[0])

    def _address_lines(self, blocks: Sequence[Block]) -> Iterator[Verdict]:
        """Lone address lines; a page printing many is listing them on purpose."""
        lines = [b for b in blocks if " " not in b.text and _ADDRESS_LINE.match(b.text)]
        if len(lines) <= _MAX_ADDRESS_LINES:
            for block in lines:
                reason = f"address printed as text {block.text[:40]!r}"
                yield Verdict(block.index, self.name, reason, rule="promo.address_line")

    def _share_bar(self, run: list[Block]) -> Iterator[Verdict]:
        """Share buttons laid out one per line: "微信 / 微博 / QQ空间", "Pinterest / Reddit"."""
        buttons = {block.index for block in run if _SHARE_BUTTON.match(block.text)}
        if len(buttons) < 3 or len(buttons) * 3 < len(run) * 2:
            return
        reason = f"share bar of {len(buttons)} buttons"
        for block in run:
            if block.index in buttons or _SHARE_LABEL.match(block.text):
                # Lines that _judge also cuts get a second verdict, kept as a Removal flag.
                yield Verdict(
                    block.index, self.name, reason, rule="promo.share_bar",
                    evidence={"buttons": len(buttons)},
                )  # fmt: skip


def _judge(block: Block, below: bool) -> tuple[str, str] | None:
    """(rule id, reason) for a promo line."""
    text = block.text
    units = block.units
    formula = _FORMULA.regex.match(text)
    if formula and (units <= _FORMULA.limits["max_units"] or below or _CHANNEL.regex.search(text)):
        return _FORMULA.id, f"promotion '{formula.group().strip(_STRIP)}…'"
    prompt = _PROMPT.regex.match(text)
    if prompt and units <= _PROMPT.limits["max_units"]:
        return _PROMPT.id, f"engagement prompt '{prompt.group().strip(_STRIP)}…'"
    pitch = _PITCH.regex.match(text)
    if pitch and units <= _PITCH.limits["max_units"]:
        return _PITCH.id, f"engagement prompt '{pitch.group().strip(_STRIP)}…'"
    paywall = _PAYWALL.regex.match(text)
    if paywall and units <= _PAYWALL.limits["max_units"]:
        return _PAYWALL.id, f"paywall notice '{paywall.group().strip(_STRIP)}…'"
    formula = _FORMULA_EN.regex.match(text)
    if (
        formula
        and not text.endswith("?")
        and (
            units <= _FORMULA_EN.limits["max_units"]
            or (units <= _FORMULA_EN.limits["newsletter_units"] and _SUBSCRIPTION.search(text))
        )
    ):
        return _FORMULA_EN.id, f"promotion '{formula.group().strip(_STRIP)}…'"
    if units <= _LABEL_LINE.limits["max_units"] and _LABEL_LINE.regex.match(text):
        return _LABEL_LINE.id, f"ad/share label '{text}'"
    limit = _MAX_ACTION_UNITS * 2 if below else _MAX_ACTION_UNITS
    if block.units > limit:
        return None
    if not may_match(text, _CHANNEL.needle_test, ignore_case=True):
        return None
    channels = _CHANNEL.regex.findall(text)
    if not channels:
        return None
    action = _ACTION.search(text)
    if action and (below or action.start() < 4 or not _SENTENCE_END.search(text)):
        return "promo.call_to_action", f"call to action ({action.group()} + {channels[0]})"
    channel_chars = sum(len(channel) for channel in channels)
    if len(channels) >= 2 and channel_chars * 2 >= len(text.replace(" ", "")):
        return "promo.share_buttons", "share buttons"
    return None
