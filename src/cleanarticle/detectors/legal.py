"""Legal footers and disclaimers: copyright, licence numbers, reprint statements, contact lines.

Registration numbers (ICP备, 公网安备, 网站标识码) are unmistakable anywhere on a line. Copyright
and reprint phrases also occur in news about copyright, so they count only when they open the
line, come in twos, or sit on a short line below the prose. Address/phone/fax lines are article
text in notices, so they are cut only next to another legal line or inside a footer element.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cache

from cleanarticle.blocks import Block
from cleanarticle.detectors import vocab
from cleanarticle.detectors._gate import lines_of, may_match
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.detectors.rules import Rule, needle_scan, starts_scan
from cleanarticle.features import near_hints, shared_prose_bounds
from cleanarticle.hints import FOOTER_HINT

_HEAD = 20  # a marker this close to the line start "opens" the line
# Matched against lower-cased text: re.I is slow on long CJK lines.
_REGISTRATION = Rule(
    "legal.icp_registration",
    patterns=(
        r"icp\s*[备備证證]?\s*[:\uff1a]?\s*[^\s\d]{0,4}\d{5,}",
        r"[公網网][网網]安[备備]\s*[:\uff1a]?\s*\d{8,}",
        r"[网網]站[标標][识識][码碼]",
        r"[备備]案(?:序号|序號|编号|編號|号|號)\s*[:\uff1a]",
        r"(?:许可证|許可證)(?:编?号|編?號)?\s*[:\uff1a]?\s*[\w()\uff08\uff09\-]{0,12}\d{4,}",
    ),
    ignore_case=False,  # matched against lower-cased text: re.I is slow on long CJK lines
    limits={"max_units": 80},
)
_LABEL = Rule(
    "legal.disclaimer_label",
    patterns=(
        r"免[责責](?:声明|聲明|条款|條款)|版[权權](?:声明|聲明)|法律(?:声明|聲明)",
        r"特[别別](?:声明|聲明)|重要(?:声明|聲明)|[郑鄭]重(?:声明|聲明)|disclaimer|legal notice",
        r"(?:反|維權|维权)?侵[权權](?:公告|声明|聲明)|版[权權]公告|copyright notice",
    ),
    lead=r"[【\[]?",
    tail=r"[】\]]?\s*(?:[:\uff1a]|$)",
    anchored=True,
)
_WEAK_LABEL = Rule(
    "legal.statement_label",
    patterns=(r"声明|聲明|注|note",),
    lead=r"[【\[]?",
    tail=r"[】\]]?\s*[:\uff1a]",
    anchored=True,
)
_COPYRIGHT = Rule(
    "legal.copyright",
    patterns=(
        r"版[权權]所有(?![者人权權])|版[权權][归歸]|保留(?:所有|一切)(?:权利|權利)|[©ⓒ]|&copy;",
        r"\(c\)\s*\d{4}|copyright\s*(?:[©ⓒ]|\(c\)|\d{4}|by\b|of\b)|all rights? reserved",
    ),
    words=vocab.words("legal.copyright"),
    ignore_case=False,
    limits={"max_units": 20},
)
# Affiliate and deal disclosures: statements (below), and cut wherever they sit (_DISCLOSURE).
_DISCLOSURE_TEXT = (
    r"(?:may|might|will|could|can) (?:receive|earn|get|make) (?:an? )?(?:small )?(?:affiliate )?"
    r"(?:commission|share of)|(?:prices?|offers?|deals?) (?:are |is )?subject to change"
)
_STATEMENT = Rule(
    "legal.reprint_statement",
    patterns=(
        r"本文(?:为|系|為|係)?(?:转载|轉載)|本文(?:转|轉)自|(?:转载|轉載)(?:请|請)(?:注明|註明)"
        r"|未[经經].{0,8}(?:授权|授權|许可|許可|同意)[,\uff0c]?\s*(?:不得|严禁|嚴禁|禁止|请勿|請勿)"
        r"|不代表本.{0,3}(?:观点|觀點|立场|立場)|[仅僅]代表作者|非本[网站網].{0,2}原[创創]"
        r"|文章来源于网络|如有侵[权權]|如涉及版[权權]|本站[仅僅]提供|侵[权權](?:请|請)?(?:联系|聯繫)"
        r"|the views (?:and opinions )?expressed|do(?:es)? not necessarily (?:reflect|represent)"
        r"|may not be (?:published|reproduced|broadcast|rewritten|redistributed|copied)"
        r"|without (?:the )?(?:prior |express )?written permission"
        r"|privacy policy|terms of (?:use|service)|cookie policy|(?:site|we) uses? cookies"
        r"|(?:contains?|may contain) affiliate|[违違]者(?:必究|依法追究)|侵[权權]必究|翻版必究"
        rf"|{_DISCLOSURE_TEXT}"
        r"|非法[转轉][载載]|무단\s?전재|재배포\s?금지",
    ),
    words=(*vocab.words("legal.reprint_statement"), *vocab.words("legal.affiliate_disclosure")),
    ignore_case=False,
)
_BANNER = Rule(
    "legal.cookie_banner",
    patterns=(
        r"(?:this (?:web)?site|we) uses? cookies",
        r"powered by\b.{0,40}$",
        r"(?:技术支持|技術支持)\s*[:\uff1a]",
    ),
    anchored=True,
    limits={"max_units": 60},
)
_LEGAL_WORD = re.compile(
    r"转载|轉載|来源|來源|观点|觀點|立场|立場|版权|版權|侵权|侵權|删除|刪除|原创|原創"
)
_CONTACT = Rule(
    "legal.contact_line",
    patterns=(
        r"地\s?址|电\s?话|電\s?話|传\s?真|傳\s?真|邮\s?编|郵\s?編|邮政编码|郵政編碼"
        r"|邮箱|郵箱|信箱|电子邮件|電子郵件|热线|熱線|主办|主辦|承办|承辦|协办|協辦|技术支持|技術支持"
        r"|维护|維護|e-?mail|tel|phone|telephone|fax|address",
    ),
    lead=r"[\u4e00-\u9fff]{0,4}",
    tail=r"\s*[:\uff1a]",
    anchored=True,
    limits={"max_units": 60},
)
# A publisher's anti-reprint notice speaks of itself ("本报社郑重公告", "凡本网注明…") in the
# vocabulary of copyright law; news about copyright uses the words but not the self-reference.
_SELF = re.compile(r"本(?:报社|報社|网站?|網站?|站|刊|社|平台|公众号|公眾號)|我(?:社|报|報|网|網)")
_LEGAL_TERMS = Rule(
    "legal.notice_terms",
    patterns=(
        r"著作[权權]|版[权權]|侵[权權犯]|[转轉][载載]|授[权權]|[许許]可|法律法[规規]|[传傳]播[权權]"
        r"|追究|法律[责責]任|[违違]法",
    ),
    ignore_case=False,
)
_DISCLOSURE = Rule(
    "legal.affiliate_disclosure",
    patterns=(_DISCLOSURE_TEXT, r"(?:contains?|may contain|uses?) affiliate links"),
    words=vocab.words("legal.affiliate_disclosure"),
    ignore_case=False,
)
_MAX_DISCLOSURE_UNITS = 80
_NOTICE_TERMS = 3  # distinct terms that make a self-referring line a notice
_CONTINUATION_TERMS = 2  # distinct terms that keep the numbered clauses after it in the notice
_PHONE_DIGITS = re.compile(r"\d{7}")  # what every _PHONE_LINE holds: a Lines scan finds them
_PHONE_LINE = re.compile(r"^\D{0,16}(?:\(?0\d{2,3}\)?[-\s]?)?\d{7,8}(?:\s*转\s*\d+)?$")
_NOTICE = "publisher's copyright notice"
_NOTICE_RULE = "legal.publisher_notice"
_Found = tuple[str, str]  # (rule id, reason)
_COPYRIGHT_HEAD_UNITS = 300  # a copyright marker opening a line this long makes it a notice
_MARKER_UNITS = 200  # two legal phrases make a line this long a notice
_BELOW_UNITS = 60  # one legal phrase below the article
_NEAR = 3  # contact lines this close to another legal line belong to the same footer


_Needles = tuple[re.Pattern[str], tuple[str, ...]]


@cache
def _scans(
    labels: tuple[Rule, ...], phrases: tuple[Rule, ...], contact: Rule
) -> tuple[re.Pattern[str], _Needles, re.Pattern[str]]:
    """Lines scans derived from the rules: the line starts of the anchored ``labels``, the
    needles of the ``phrases``, the line starts of the contact line."""
    return starts_scan(*labels), needle_scan(*phrases), starts_scan(contact)


class LegalDetector:
    name = "legal"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        lines = lines_of(blocks, context)
        bounds = shared_prose_bounds(blocks, context)
        starts, needles, contact = _scans(
            (_LABEL, _WEAK_LABEL, _BANNER),
            (_REGISTRATION, _COPYRIGHT, _STATEMENT, _LEGAL_TERMS),
            _CONTACT,
        )
        chars, words = needles
        judged = {
            *lines.hits(starts, lower=True),
            *lines.hits(chars, lower=True),
            *lines.holding(*words, lower=True),
        }
        contact_lines = lines.hits(contact, lower=True)
        phones = lines.hits(_PHONE_DIGITS)
        return list(self._detect(blocks, bounds, judged, contact_lines, phones))

    def _detect(
        self,
        blocks: Sequence[Block],
        bounds: tuple[int, int],
        judged: Collection[int],
        contact_lines: Collection[int],
        phones: Iterable[int],
    ) -> Iterator[Verdict]:
        """Lines outside ``judged`` pass _judge; lines outside ``contact_lines`` and ``phones``
        are no contact line."""
        _, last = bounds
        found: dict[int, _Found] = {}
        contacts: list[Block] = []
        for line in sorted({*judged, *contact_lines}):
            block = blocks[line]
            if block.units > 400:
                continue
            judgement = _judge(block, last) if line in judged else None
            if judgement:
                found[block.index] = judgement
            elif (
                block.units <= _CONTACT.limits["max_units"]
                and line in contact_lines
                and _CONTACT.regex.match(block.text)
            ):
                if _in_footer(block):
                    found[block.index] = (_CONTACT.id, "contact line in the page footer")
                else:
                    contacts.append(block)
        _continue_notices(blocks, found)
        for line in sorted(phones):
            block = blocks[line]
            if block.units <= 20 and _PHONE_LINE.match(block.text):
                contacts.append(block)
        for sweep in (contacts, contacts[::-1]):
            for block in sweep:
                near = range(block.index - _NEAR, block.index + _NEAR + 1)
                if block.index not in found and any(i in found for i in near if i != block.index):
                    found[block.index] = (_CONTACT.id, "contact line of a legal footer")
        for index in sorted(found):
            rule, reason = found[index]
            yield Verdict(index, self.name, reason, rule=rule)


def _continue_notices(blocks: Sequence[Block], found: dict[int, _Found]) -> None:
    """The clauses under a publisher's notice ("一、任何单位…", "二、对侵犯…") belong to it."""
    for index, (_, reason) in list(found.items()):
        if reason != _NOTICE:
            continue
        for block in blocks[index + 1 :]:
            terms = set(_LEGAL_TERMS.regex.findall(block.text))
            if block.units > 300 or len(terms) < _CONTINUATION_TERMS:
                break
            found.setdefault(block.index, (_NOTICE_RULE, f"{_NOTICE} (continued)"))


def _in_footer(block: Block) -> bool:
    hints = near_hints(block)
    return bool(hints) and bool(FOOTER_HINT.search(hints))


def _judge(block: Block, last: int) -> _Found | None:
    text = block.text
    if _LABEL.regex.match(text):
        return _LABEL.id, "disclaimer"
    if _WEAK_LABEL.regex.match(text) and _LEGAL_WORD.search(text):
        return _WEAK_LABEL.id, "reprint/disclaimer statement"
    if block.units <= _BANNER.limits["max_units"] and _BANNER.regex.match(text):
        return _BANNER.id, "cookie banner or site credit"
    # Past 200 units only a marker that opens the line can count: search the head only.
    probe = (text[: _HEAD + 40] if block.units > 200 else text).lower()
    registration = _search(_REGISTRATION, probe)
    if registration and (
        block.units <= _REGISTRATION.limits["max_units"] or registration.start() < _HEAD
    ):
        return _REGISTRATION.id, "site registration number (ICP/公安备案/标识码)"
    copyright_ = _search(_COPYRIGHT, probe)
    statement = _search(_STATEMENT, probe)
    if block.units <= 300 and _publisher_notice(text):
        return _NOTICE_RULE, _NOTICE
    # A disclosure is a sentence; a short repeated label on list items is part of the items.
    sentence = text.rstrip().endswith(".")
    if statement and sentence and block.units <= _MAX_DISCLOSURE_UNITS:
        disclosure = _DISCLOSURE.regex.search(probe)
        if disclosure:
            return _DISCLOSURE.id, "affiliate or deal disclosure"
    if not copyright_ and not statement:
        return None
    markers = len(_COPYRIGHT.regex.findall(probe)) + len(_STATEMENT.regex.findall(probe))
    what = "copyright notice" if copyright_ else "reprint/disclaimer statement"
    rule = _COPYRIGHT.id if copyright_ else _STATEMENT.id
    if copyright_ and copyright_.start() < _HEAD and block.units <= _COPYRIGHT_HEAD_UNITS:
        return rule, what
    if markers >= 2 and block.units <= _MARKER_UNITS:
        return rule, f"{what} ({markers} legal phrases)"
    below = (last >= 0 and block.index > last) or _in_footer(block)
    if below and (block.units <= _BELOW_UNITS or (statement and statement.start() < _HEAD)):
        return rule, f"{what} below the article"
    if copyright_ and block.units <= _COPYRIGHT.limits["max_units"]:
        return rule, what
    return None


def _publisher_notice(text: str) -> bool:
    terms = _LEGAL_TERMS.regex.findall(text)
    return bool(_SELF.search(text)) and len(set(terms)) >= _NOTICE_TERMS


def _search(rule: Rule, probe: str) -> re.Match[str] | None:
    """rule.regex.search(probe), skipped when the probe holds none of the rule's needles."""
    return rule.regex.search(probe) if may_match(probe, rule.needle_test) else None
