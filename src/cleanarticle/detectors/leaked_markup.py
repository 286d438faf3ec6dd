"""Markup that leaked into visible text: literal or escaped HTML tags, comments, BBCode, shortcodes.

Spam templates hide junk tags in text (``<span id="x"><table id="x"></table></span>``) and broken
pages show stray ``</p>``. Only known HTML tag names count, so "a < b > c" or ``List<String>``
in prose stays. A line that is nothing but markup is cut; tags inside a real line are cut as
spans. A lone attribute-less tag in prose ("the <b> tag") is left alone; code blocks are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.textstats import length_units

_TAG_NAMES = (
    "a|abbr|acronym|address|area|article|aside|audio|b|base|bdi|bdo|big|blink|blockquote|body|br"
    "|button|canvas|caption|center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog"
    "|dir|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]"
    "|head|header|hgroup|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|mark"
    "|marquee|menu|meta|meter|nav|nobr|noscript|object|ol|optgroup|option|output|p|param|picture"
    "|pre|progress|q|rp|rt|ruby|s|samp|script|section|select|small|source|span|strike|strong"
    "|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr"
    "|track|tt|u|ul|var|video|wbr|xmp"
)
_ATTRIBUTE = r"""\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?"""
_LT, _GT = r"(?:<|&lt;|&#0*60;)", r"(?:>|&gt;|&#0*62;)"
_TAG = rf"{_LT}/?(?:{_TAG_NAMES})(?:{_ATTRIBUTE})*\s*/?{_GT}"
_BBCODE = (
    r"\[/?(?:url|img|b|i|u|s|quote|color|size|font|code|align|attach|media|flash|email|list|hide"
    r"|table|tr|td|p|center|backcolor|indent|float)(?:=[^\]\[]{0,200})?\]"
)
_COMMENT = r"<!--.{0,500}?-->|&lt;!--.{0,500}?--&gt;"
# WordPress-style shortcodes: [name key="value" …] (straight or curly quotes) and [/name].
_QUOTED = r"""(?:"[^"\[\]]*"|'[^'\[\]]*'|[“”][^“”\[\]]*[“”])"""
_SHORTCODE = (
    rf"\[[a-z][\w-]{{1,30}}(?:\s+[a-z_-]+\s*=\s*(?:{_QUOTED}|[^\s\[\]\"'“”]+))+\s*/?\]"
    r"|\[/[a-z][\w-]{1,30}\]"
)
# A line that one shortcode wraps whole is a widget (a button, a call to action), not prose.
# A bare value may not open with a quote: else `key="value"` reads two ways (quoted, or bare
# with its quotes) and a line of n such attributes without a closing code backtracks 2^n ways.
_WIDGET = re.compile(
    rf"^\[(?P<name>[a-z][\w-]{{1,30}})(?:\s+[a-z_-]+\s*=\s*(?:{_QUOTED}|[^\s\[\]\"'“”][^\s\[\]]*))+"
    r"\s*\]"
    r".*\[/(?P=name)\]$",
    re.I | re.S,
)
# One run of markup: several tags/comments/BBCode codes with only spaces between them.
_MARKUP = rf"(?:{_TAG}|{_BBCODE}|{_COMMENT}|{_SHORTCODE})"
_RUN = re.compile(rf"{_MARKUP}(?:\s*{_MARKUP})*", re.I | re.S)
_BARE = re.compile(rf"^(?:{_LT}/?[a-z0-9]+\s*/?{_GT}|\[/?[a-z]+\])$", re.I)
_CLOSING = re.compile(rf"^(?:{_LT}|\[)/", re.I)
_CHEAP = re.compile(r"[<\[]|&lt;|&#0*60;")
_CODE = Kind.CODE  # enum members read through the class are slow on Python < 3.12


class LeakedMarkupDetector:
    name = "leaked_markup"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        return list(self._detect(blocks))

    def _detect(self, blocks: Sequence[Block]) -> Iterator[Verdict]:
        for block in blocks:
            text = block.text
            # Every markup form holds "<", "[" or "&" (&lt;, &#60;): most lines hold none.
            if block.kind is _CODE or not ("<" in text or "[" in text or "&" in text):
                continue
            if not _CHEAP.search(text):
                continue
            yield from self._judge(block)

    def _judge(self, block: Block) -> Iterator[Verdict]:
        text = block.text
        widget = _WIDGET.match(text)
        if widget:
            reason = f"shortcode widget [{widget.group('name')}]"
            yield Verdict(block.index, self.name, reason, rule="leaked_markup.shortcode_widget")
            return
        runs = list(_RUN.finditer(text))
        if not runs or (len(runs) == 1 and _is_mention(runs[0], text)):
            return
        left = length_units(_RUN.sub(" ", text))
        if left <= 1:
            reason = f"markup as text: {_quote(runs[0].group())}"
            yield Verdict(block.index, self.name, reason, rule="leaked_markup.markup_line")
            return
        for match in runs:
            start, end = match.span()
            yield Verdict(
                block.index, self.name, f"tags in text: {_quote(match.group())}", (start, end),
                rule="leaked_markup.tags_in_text",
            )  # fmt: skip


def _is_mention(match: re.Match[str], text: str) -> bool:
    """A lone bare tag inside prose ("use the <b> tag", "[i]t was") is a mention, not debris.

    A stray closing tag at either edge of the line ("…正文</p>") is debris all the same.
    """
    tag = match.group().strip()
    if not _BARE.match(tag) or len(text) - len(tag) < 3:
        return False
    start, end = match.span()
    at_edge = start == 0 or end >= len(text.rstrip())
    return not (at_edge and _CLOSING.match(tag))


def _quote(markup: str, limit: int = 40) -> str:
    markup = markup.strip()
    return repr(markup if len(markup) <= limit else markup[: limit - 1] + "…")
