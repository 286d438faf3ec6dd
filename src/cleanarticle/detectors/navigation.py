"""Menus, breadcrumbs, language switches, login entries and prev/next links.

Navigation is recognised by shape first: a short line made only of menu phrases and separators,
a trail of short segments joined by ``>``/``»``/``/`` that starts at "home", short linked items
inside ``<nav>``/menu containers. Word lists only confirm the shape; a lone generic word
("Home", "搜索") needs extra support (a link, a nav hint, or a place outside the prose).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import pairwise

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.detectors import vocab
from cleanarticle.detectors._gate import SEP, Lines, lines_of, may_match
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.detectors.rules import Rule, starts_scan
from cleanarticle.features import near_hints, shared_prose_bounds
from cleanarticle.hints import NAV_HINT
from cleanarticle.textstats import CLAUSE_MARKS, length_units, sentence_marks

_HAN = "\u4e00-\u9fff"
_SEP = r"[\s|\uff5c丨¦/·•>\uff1e»›<\uff1c«\[\]【】()\uff08\uff09:\uff1a,\uff0c、\-–—_]+"
_STRONG_PATTERN = (
    r"简体中文|繁體中文|繁体中文|简体|簡體|繁体|繁體|网站地图|網站地圖|站点地图|站點地圖|网站导航|網站導航"
    r"|site ?map|设为首页|設為首頁|设为主页|設為主頁|設爲首頁|加入收藏[夹夾]?|收藏本站"
    rf"|(?:进入|進入|切换|切換)?[{_HAN}]{{0,2}}(?:适老版|適老版|关怀版|關懷版|长者版|長者版|老年版"
    r"|无障碍|無障礙|手机版|手機版|英文版|移动版|移動版|大字版|wap版)(?:浏览|瀏覽|模式)?"
    r"|站内搜索|站內搜索|全站搜索|高级搜索|高級搜索|返回顶部|返回頂部|回到顶部|回到頂部"
    r"|返回首页|返回首頁|打印本页|打印本頁|关闭窗口|關閉窗口|關閉視窗"
    r"|(?:访问|訪問|跳到|跳至|跳转到|跳轉到)(?:主要)?(?:内容|內容|正文)|跳[过過](?:导航|導航)"
    r"|skip to (?:main )?content|skip to navigation|skip navigation|back to top|main menu"
    r"|toggle navigation|my account|text size|font size|print (?:this )?(?:article|page|story)"
    r"|order reprints?|reprints? (?:&|and) permissions|e-?mail (?:this )?(?:article|story|page)"
    r"|(?:字体|字體|字号|字號)[:\uff1a]?\s*[【\[]?大\s*中\s*小[】\]]?"
)
# Menu phrases that make a line of menu tokens a menu on their own (print/e-mail tools too).
_MENU_STRONG = Rule(
    "navigation.menu_strong",
    patterns=(_STRONG_PATTERN,),
    words=vocab.words("navigation.menu_strong"),
)
_STRONG = _MENU_STRONG.body
_WEAK = (
    rf"[{_HAN}]{{0,4}}(?:登录|登錄|登入|注册|註冊|退出)"
    rf"|[{_HAN}]{{0,4}}(?:导航|導航)|log ?in|log ?out|sign ?in|sign ?out|register|"
    r"网站首页|網站首頁|首页|首頁|主页|主頁|搜索|搜尋|检索|檢索|打印|列印|关闭|關閉|返回|收藏"
    r"|联系我们|聯繫我們|聯絡我們|关于我们|關於我們|更多|上一页|下一页|上一頁|下一頁|尾页|尾頁|末页|末頁"
    r"|english|中文|homepage|home|search|menu|navigation|contact(?: us)?|about(?: us)?|print"
    r"|close|rss|more|next|previous|prev"
)
_NUM = r"[第共]?\d{1,3}\s*[页頁]?"
_TOKEN = re.compile(
    rf"(?P<sep>{_SEP})|(?P<strong>{_STRONG})|(?P<weak>{_WEAK})|(?P<num>{_NUM})", re.I
)
# A line made only of _TOKENs, from Lines.lowered (lower-case, without re.I: several times
# faster): the lines where _menu_line may find menu phrases. The atomic group takes the token
# _TOKEN.match takes, so the line parses here exactly when it parses there.
_TOKENS_LINE = re.compile(rf"{SEP}(?>{_SEP}|{_STRONG}|{_WEAK}|{_NUM})*+(?={SEP})")
_MARKER = Rule(
    "navigation.breadcrumb",
    patterns=(
        r"当前位置|當前位置|目前位置|[您你]?所在的?位置|现在位置|現在位置|位置导航|位置導航"
        r"|[您你](?:现在|現在|当前|當前)?的?位置|you are here|current location|your location",
    ),
    tail=r"(?:\s*[:\uff1a]|(?=\s*(?:首页|首頁|home\b|>|\uff1e|»)))",
)
_TRAIL_SEP = re.compile(r"\s*(?:-?>{1,2}|\uff1e{1,2}|»|›|→|/)\s*")
_HOME = frozenset({"首页", "首頁", "主页", "主頁", "网站首页", "網站首頁", "home", "homepage"})
_TRAIL_CHARS = re.compile(r"[>\uff1e»›→/]")
_BAR_SEP = re.compile(r"\s*[|\uff5c丨¦]\s*|\s+[-–—·/]\s+")
_BAR_CHARS = re.compile(r"[|\uff5c丨¦\-–—·/]")  # one of which _BAR_SEP needs (a quick test)
_BUTTON = re.compile(r"[【\[][^【】\[\]]{1,12}[】\]]")
_SITE_ENDINGS = ("网", "網", "网站", "網站", "频道", "頻道")
_TRAIL_END = frozenset({"正文", "内容", "內容", "详情", "詳情", "阅读", "閱讀", "文章"})
_PREV_NEXT = Rule(
    "navigation.prev_next",
    patterns=(
        r"上一篇|下一篇|上一[条條则則页頁]|下一[条條则則页頁]|上篇|下篇"
        r"|previous (?:article|post|story|page)|next (?:article|post|story|page)"
        r"|older posts?|newer posts?",
    ),
    tail=r"(?:\s*[:\uff1a]|\s|$)",
    anchored=True,
)
_LOGIN_PROMPT = Rule(
    "navigation.login_prompt",
    patterns=(
        r"(?:您好|你好|欢迎|歡迎|hi\b|hello\b|welcome\b)"
        f"[^{re.escape(sentence_marks(ellipsis=False))}]{{0,30}}"  # within one sentence
        r"(?:登录|登錄|注册|註冊|log ?in|sign ?in|register)",
        r"[您你]?(?:需要|须|須|请|請)?(?:先)?(?:登录|登錄)(?:后|後)?才(?:可以|能)",
    ),
    anchored=True,
    limits={"max_units": 30},
)
_LIST_ITEM = Kind.LIST_ITEM  # enum members read through the class are slow on Python < 3.12


# Lines scans that find every line a text rule of _judge may fire on (a superset): a marker
# needle; a line start of _PREV_NEXT or _LOGIN_PROMPT (both derived from the rules); a character
# of _TRAIL_CHARS, _BAR_CHARS or a button bracket; a line of menu tokens. The other lines need
# only the layout rules.
_CHARS = re.compile(r"[>\uff1e»›→/|\uff5c丨¦\-–—·\u3010\[]")


class _Scan:
    """Which lines of one document each group of text rules may fire on."""

    __slots__ = ("chars", "lines", "markers", "menus", "starts")

    def __init__(self, lines: Lines) -> None:
        markers, starts = _scans(_MARKER, (_PREV_NEXT, _LOGIN_PROMPT))
        self.markers = lines.holding(*markers, lower=True)
        self.starts = lines.hits(starts, lower=True)
        self.chars = lines.hits(_CHARS)
        self.menus = lines.hits(_TOKENS_LINE, lower=True)
        self.lines = {*self.markers, *self.starts, *self.chars, *self.menus}


@cache
def _scans(marker: Rule, anchored: tuple[Rule, ...]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """Derived from the rules: the marker's needles, the line starts of the ``anchored``."""
    return marker.needles, starts_scan(*anchored)


class NavigationDetector:
    name = "navigation"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        scan = _Scan(lines_of(blocks, context))
        return list(self._detect(blocks, shared_prose_bounds(blocks, context), scan))

    def _detect(
        self, blocks: Sequence[Block], bounds: tuple[int, int], scan: _Scan
    ) -> Iterator[Verdict]:
        first, last = bounds
        flagged = scan.lines
        # Blocks of one element share their hints and path: each is judged once per document.
        nav_hints: dict[object, bool] = {}
        places: dict[str, tuple[bool, bool]] = {}  # path: (in <nav>, in a header outside <article>)
        for line, block in enumerate(blocks):
            units = block.units
            text_rules = line in flagged
            if units > 10 and (units > 60 or not text_rules):
                continue  # no rule left that can fire
            place = places.get(block.path) or _place(block.path, places)
            text = block.text
            linked = bool(text) and block.link_chars * 2 >= len(text)  # block.is_linked
            if not (text_rules or place[0] or linked) and (
                units > 6 or block.kind is not _LIST_ITEM
            ):
                continue  # the layout rules need a link, a <nav> or a list item
            # What near_hints(block) depends on: the (shared) tuple of ancestor hints, else hints.
            key = id(block.ancestor_hints) if block.ancestor_hints else block.hints
            nav_hint = nav_hints.get(key)
            if nav_hint is None:
                hints = near_hints(block)
                nav_hint = nav_hints[key] = bool(hints) and bool(NAV_HINT.search(hints))
            found = None
            if text_rules:
                outside = block.index < first or block.index > last
                found = _judge(block, outside, nav_hint, scan, line)
            found = found or _layout(block, nav_hint, place, linked)
            if found:
                yield Verdict(block.index, self.name, found[1], rule=found[0])


def _place(path: str, places: dict[str, tuple[bool, bool]]) -> tuple[bool, bool]:
    slashed = f"/{path}/"
    place = places[path] = (
        "/nav/" in slashed,
        "/header/" in slashed and "/article/" not in slashed,
    )
    return place


_Found = tuple[str, str]  # (rule id, reason)


def _judge(block: Block, outside: bool, nav_hint: bool, scan: _Scan, line: int) -> _Found | None:
    """The text rules, each asked only of the lines its scan found."""
    text = block.text
    if line in scan.markers:
        marker = None  # a marker opens the line: only its first 24 characters are searched
        if may_match(text[:24], _MARKER.needle_test, ignore_case=True):
            marker = _MARKER.regex.search(text, 0, 24)
        if marker and not CLAUSE_MARKS.search(text, marker.end()):
            return _MARKER.id, f"breadcrumb '{_short(text)}'"
    starts = line in scan.starts
    if starts and _PREV_NEXT.regex.match(text):
        return _PREV_NEXT.id, "previous/next article link"
    if line in scan.chars:
        if block.units <= 40 and _TRAIL_CHARS.search(text):
            trail = _trail(text, nav_hint)
            if trail:
                return _MARKER.id, trail
        if _BAR_CHARS.search(text) and _BAR_SEP.search(text):
            bar = _menu_bar(block)
            if bar:
                return "navigation.menu_bar", bar
        if "\u3010" in text or "[" in text:
            buttons = _BUTTON.findall(text)
            if len(buttons) >= 3 and length_units(_BUTTON.sub("", text)) <= 6:
                return "navigation.tool_buttons", f"page tool buttons '{_short(text)}'"
    if block.units <= _LOGIN_PROMPT.limits["max_units"]:
        kind = _menu_line(text) if line in scan.menus else None
        if kind == "strong" or (kind == "weak" and (outside or block.is_linked or nav_hint)):
            return "navigation.menu_entry", f"menu entry '{_short(text)}'"
        if starts and _LOGIN_PROMPT.regex.match(text):
            return _LOGIN_PROMPT.id, "login/register prompt"
    return None


def _layout(block: Block, nav_hint: bool, place: tuple[bool, bool], linked: bool) -> _Found | None:
    """Short lines that navigation elements hold: list items, links."""
    in_nav, in_header = place
    if block.units <= 6 and (in_nav or (nav_hint and block.kind is _LIST_ITEM)):
        return "navigation.nav_list_item", "item of a navigation list"
    if linked and block.units <= 10:
        if in_nav or nav_hint:
            return "navigation.nav_link", "short link in a navigation container"
        if in_header:
            return "navigation.header_link", "short link in the page header"
    return None


def _menu_bar(block: Block) -> str | None:
    """ "首页 | 时事 | 生活 | 财经 | …": many short entries on one line, linked or led by home."""
    segments = [seg for seg in _BAR_SEP.split(block.text) if seg]
    if len(segments) < 5 or len(segments) > 40:
        return None
    if any(length_units(seg) > 8 or CLAUSE_MARKS.search(seg) for seg in segments):
        return None
    menu_words = sum(1 for seg in segments if _menu_line(seg))
    if block.link_count * 2 >= len(segments) or segments[0].lower() in _HOME or menu_words >= 2:
        return f"menu bar with {len(segments)} entries"
    return None


def _menu_line(text: str) -> str | None:
    """'strong' / 'weak' when the line is only menu phrases and separators, else None."""
    if len(text) > 80:
        return None
    pos, strong, weak = 0, 0, 0
    numbers: list[str] = []
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            return None
        group = match.lastgroup
        strong += group == "strong"
        weak += group == "weak"
        if group == "num":
            numbers.append(match.group().strip())
        pos = match.end()
    if strong or _page_numbers(numbers):
        return "strong"
    if weak >= 2:
        return "strong"
    return "weak" if weak else None


def _page_numbers(numbers: list[str]) -> bool:
    """Page links "1 2 3 4 5": three or more numbers counting up by one."""
    if len(numbers) < 3 or not all(number.isdigit() for number in numbers):
        return False
    values = [int(number) for number in numbers]
    return all(b == a + 1 for a, b in pairwise(values))


def _trail(text: str, nav_hint: bool) -> str | None:
    """A breadcrumb trail: short segments joined by > » / that starts at home or ends at 正文."""
    parts = _TRAIL_SEP.split(text)
    segments = [part for part in parts if part]
    if len(segments) < 2 or len(parts) < 2 or len(segments) > 10:
        return None
    if any(length_units(seg) > 12 or CLAUSE_MARKS.search(seg) for seg in segments):
        return None
    head = segments[0].lower()
    home = head in _HOME or head.endswith(("首页", "首頁"))
    site = head.endswith(_SITE_ENDINGS) and length_units(head) <= 8
    angled = "/" not in text or any(sep in text for sep in ">\uff1e»›→")
    if home or (angled and (site or segments[-1] in _TRAIL_END or nav_hint or not parts[0])):
        return f"breadcrumb trail '{_short(text)}'"
    return None


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
