"""Photo captions and credits that sit in the text flow, outside any figure element, and the
newsroom credit line that closes wire copy ("Reporting by …; Editing by …").

Some templates print a picture's caption as a paragraph that ends in its credit ("Protesters
marched on Sunday (Image: GETTY)", "市民在公园赏花（图片来源：视觉中国）"), or a credit line on its
own made of names and an agency ("Jane Doe | Bloomberg | Getty Images"). The credit form is what
tells them apart from prose, which may mention an agency ("According to Reuters, ...") but does
not end in a bracketed credit or consist of one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from cleanarticle.blocks import Block
from cleanarticle.detectors.base import Context, Verdict
from cleanarticle.textstats import sentence_marks

# "(Image: GETTY)", "(Photo: Jane Doe/AP)", "(Picture credit: Reuters)", "（图片来源：网络）".
_BRACKETED_CREDIT = re.compile(
    r"[(\uff08]\s*(?:(?:image|photo|picture|pic|video)s?(?: credit)?|credit"
    r"|图|圖|图片|圖片|摄影|攝影|视频|視頻)(?:来源|來源)?\s*[:\uff1a/]\s*[^()\uff08\uff09]{1,60}"
    r"[)\uff09]\s*$",
    re.I,
)
_AGENCY = re.compile(
    r"(?:getty(?: images)?|reuters|associated press|\bap\b|afp|bloomberg|shutterstock|epa"
    r"|alamy|istock(?:photo)?|pa(?: media| images)?|xinhua|新华社|新華社|视觉中国|視覺中國"
    r"|中新社|图虫|圖蟲|东方ic|東方ic|ic photo)\s*$",
    re.I,
)
# Within one English sentence: no ASCII sentence end.
_IN_SENTENCE = f"[^{re.escape(sentence_marks(forms='ascii'))}]"
_NEWSROOM_CREDIT = re.compile(
    r"^[(\[]?(?:additional )?(?:reporting|writing|editing) by\b"
    rf"{_IN_SENTENCE}*(?:[;,] (?:additional )?(?:reporting|writing|editing) by\b|[)\]]\s*$|$)",
    re.I,
)
# "Jane Doe contributed reporting from Hong Kong.", "AP writer John Roe contributed to this report."
_CONTRIBUTED = re.compile(
    rf"^{_IN_SENTENCE}{{3,200}} contributed"
    rf"(?: reporting(?: from {_IN_SENTENCE}{{1,40}})?| to this (?:report|story))\.?$"
)
_GALLERY_COUNTER = re.compile(
    r"^(?:image|photo|picture|slide|图|圖)\s*\d+\s*(?:of|/|\uff0f)\s*\d+$", re.I
)
_MAX_NEWSROOM_UNITS = 60
_SEGMENT_SEPARATOR = re.compile(r"\s+[|/]\s+")
_MAX_CAPTION_UNITS = 45  # a caption is a sentence or two; a credit closing a long paragraph is
_MAX_CREDIT_UNITS = 10  # the paragraph's own, cut as a span by the metadata stage instead


class CaptionsDetector:
    name = "captions"

    def detect(self, blocks: Sequence[Block], context: Context) -> Iterable[Verdict]:
        return list(self._detect(blocks))

    def _detect(self, blocks: Sequence[Block]) -> Iterator[Verdict]:
        for block in blocks:
            found = _credit_line(block) if block.units <= _MAX_NEWSROOM_UNITS else None
            if found is None and block.units <= _MAX_CAPTION_UNITS:
                found = _caption(block)
            if found:
                yield Verdict(block.index, self.name, found[1], rule=found[0])


_NEWSROOM = ("captions.newsroom_credit", "newsroom credit line")


def _credit_line(block: Block) -> tuple[str, str] | None:
    """Newsroom credits and gallery counters: whole lines of their own. (rule, reason)."""
    text = block.text
    if " contributed" in text and _CONTRIBUTED.match(text):
        return _NEWSROOM
    if text[:1] in "([RrWwEeAa" and _NEWSROOM_CREDIT.match(text):
        return _NEWSROOM
    if block.units <= 6 and _GALLERY_COUNTER.match(text):
        return "captions.gallery_counter", "gallery counter"
    return None


def _caption(block: Block) -> tuple[str, str] | None:
    text = block.text
    # Every credit form ends in a bracket or is a short line of separated segments.
    bracketed = text.endswith((")", "\uff09"))
    segmented = block.units <= _MAX_CREDIT_UNITS and ("|" in text or "/" in text)
    if not bracketed and not segmented:
        return None
    credit = _BRACKETED_CREDIT.search(text)
    if credit:
        return "captions.photo_caption", f"photo caption with its credit {credit.group().strip()!r}"
    if block.units <= _MAX_CREDIT_UNITS and _AGENCY.search(text):
        segments = _SEGMENT_SEPARATOR.split(text)
        if len(segments) >= 2 and all(len(segment) <= 40 for segment in segments):
            return "captions.photo_credit", f"photo credit line {text!r}"
    return None
