"""Title: the headline as the page shows it, and the block holding it.

The visible heading wins when it matches what the page declares (og:title, JSON-LD headline,
<title>), because declared titles carry site names and columns ("… - 人民网", "_新浪网") and
sometimes come reversed ("栏目 - 标题"). Without a match, the declared title is cleaned of its
site-name parts. In text mode (or a page declaring nothing) the headline is the "原标题:" value,
else the heading-like line closest above the body.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.features import PageFeatures
from cleanarticle.hints import TITLE_HINT, TITLE_WORD
from cleanarticle.textstats import ends_like_sentence, length_units

_SEARCH_ABOVE = 40  # blocks above the first kept one searched for the visible headline
_SEARCH_INTO_BODY = 8  # the scorer may keep page chrome above the headline
_TEXT_SEARCH_ABOVE = 15
_TEXT_SEARCH_INTO_BODY = 8
_MIN_MATCH = 0.5
_MAX_TITLE_CHARS = 200

# Separators between a headline and site or column names in <title> / og:title.
_SEPARATORS = re.compile(r"\s+[-–—|:·»«/]\s+|\s*[|｜_]\s*|\s*(?:--|——|—|–)\s*")
# "标题-搜狐财经": an unspaced hyphen separates only a site-like tail ("SK-II" stays whole).
_HYPHEN_TAIL = re.compile(r"^(.*\S)\s*-([^-]{1,14})$")
_SITE_PART = re.compile(
    r"(?:网|網|站|频道|頻道|在线|在線|门户|門戶|官网|官網|博客|论坛|論壇|社区|社區|日报|日報|晚报|"
    r"晚報|电视台|電視台|新闻|新聞|财经|財經|体育|體育|娱乐|娛樂|科技|汽车|汽車|房产|房產|军事|軍事|"
    r"旅游|旅遊|时尚|時尚|\.com|\.cn|\.net|\.org|online|news|times|post|daily|reuters|"
    r"bbc|cnn|ap|afp|blog)$",
    re.IGNORECASE,
)
_NAV = re.compile(r"首页|首頁|当前位置|當前位置|您的位置|您所在的位置|>|》|»|→")
_WORD_CHARS = re.compile(r"[\W_]+")
_CLAUSE_END = "，,、；;：:"  # a line ending so was wrapped out of a paragraph


def clean_title(raw: str | None, site_names: Collection[str] = ()) -> str | None:
    """``raw`` without its site-name / column parts: "标题_新浪房产_新浪网" -> "标题"."""
    if not raw:
        return None
    raw = " ".join(raw.split())
    sites = {_key(name) for name in site_names if name}
    parts = _parts(raw, sites)
    if len(parts) <= 1:
        return raw or None
    kept = [
        part
        for position, part in enumerate(parts)
        if not (position in (0, len(parts) - 1) and _is_site_part(part, sites))
    ]
    if not kept:
        return raw
    return max(kept, key=_length)


def site_part(raw: str | None) -> str | None:
    """The site name a <title> ends (or starts) with: "标题_新浪房产_新浪网" -> "新浪网"."""
    if not raw:
        return None
    parts = _parts(" ".join(raw.split()), set())
    if len(parts) < 2:
        return None
    for part in (parts[-1], parts[0]):
        if _is_site_part(part, set()):
            return part
    return None


def match_heading(
    blocks: Sequence[Block],
    candidates: Sequence[tuple[str, float]],
    first_kept: int,
) -> tuple[Block, str] | None:
    """The block near the body top that best shows one of the declared titles, and that title.

    ``candidates`` are (title, weight) pairs, declared titles already cleaned of site names.
    """
    keys = [(_key(text), weight, text) for text, weight in candidates if text]
    keys = list(dict.fromkeys((key, weight, text) for key, weight, text in keys if len(key) >= 2))
    if not keys:
        return None
    best: tuple[Block, str] | None = None
    best_score = 0.0
    start = max(0, first_kept - _SEARCH_ABOVE)
    for block in blocks[start : first_kept + _SEARCH_INTO_BODY + 1]:
        if len(block.text) > _MAX_TITLE_CHARS or (block.is_linked and block.kind != Kind.HEADING):
            continue
        text_key = _key(block.text)
        if len(text_key) < 2 or not any(_related(text_key, key) for key, _, _ in keys):
            continue  # every overlap 0: the heading bonus alone never reaches _MIN_MATCH
        score, candidate = max(
            (_overlap(text_key, key) * weight, text) for key, weight, text in keys
        )
        if block.kind is Kind.HEADING:
            score += 0.05 if block.level <= 1 else 0.03
        elif TITLE_WORD in block.hints:
            score += 0.02
        if score >= _MIN_MATCH and score >= best_score:
            best, best_score = (block, candidate), score
    return best


def text_title(
    blocks: Sequence[Block],
    first_kept: int,
    metadata_lines: Collection[int],
    features: PageFeatures | None = None,
) -> Block | None:
    """The heading-like line closest above the first prose line, skipping metadata lines.

    The prose is looked for from the first kept block on (a scorer may keep a breadcrumb or the
    headline itself), and the headline may be that first kept block.
    """
    if not blocks:
        return None
    first_kept = min(max(first_kept, 0), len(blocks) - 1)
    prose = (features or PageFeatures(blocks)).first_prose(
        first_kept, first_kept + _TEXT_SEARCH_INTO_BODY
    )
    if prose is None:
        prose = first_kept
    window = range(prose - 1, max(-1, prose - _TEXT_SEARCH_ABOVE - 1), -1)
    for index in window:  # a line marked as a heading (h1/h2, class="title") wins
        block = blocks[index]
        if index not in metadata_lines and marked_heading(block) and _heading_like(block, True):
            return block
    near = 0  # non-metadata lines passed: a linked headline is accepted right above the body
    for index in window:
        block = blocks[index]
        if index in metadata_lines:
            continue
        if _heading_like(block, allow_link=near < 2):
            return block
        near += 1
    return None


def marked_heading(block: Block) -> bool:
    if block.kind is Kind.HEADING and block.level <= 2:
        return True
    own = block.ancestor_hints[-1] if block.ancestor_hints else ""
    return bool(own and TITLE_HINT.search(own))


def _heading_like(block: Block, allow_link: bool = False) -> bool:
    text = block.text
    return (
        4 <= block.units <= 60
        and len(text) <= _MAX_TITLE_CHARS
        and not ends_like_sentence(text)
        and text[-1] not in _CLAUSE_END
        and block.punctuation <= 4
        and not _NAV.search(text)
        and (allow_link or not block.is_linked)
        and block.kind is not Kind.LIST_ITEM
        and "|" not in text
    )


def is_site_name(text: str) -> bool:
    """A whole declared title that is only a site or channel name ("网易娱乐", "Reuters")."""
    return _is_site_part(text, set())


def _parts(raw: str, sites: set[str]) -> list[str]:
    parts = [part.strip() for part in _SEPARATORS.split(raw) if part and part.strip()]
    if parts:
        tail = _HYPHEN_TAIL.match(parts[-1])
        if tail and _is_site_part(tail.group(2), sites):
            parts[-1:] = [tail.group(1).strip(), tail.group(2).strip()]
    return parts


def _related(block_key: str, title_key: str) -> bool:
    """Whether ``_overlap`` is above 0: one key holds the other."""
    return block_key in title_key or title_key in block_key


def _overlap(block_key: str, title_key: str) -> float:
    if block_key == title_key:
        return 1.0
    if block_key in title_key:
        return len(block_key) / len(title_key)
    if title_key in block_key:
        return len(title_key) / len(block_key)
    return 0.0


def _is_site_part(part: str, sites: set[str]) -> bool:
    key = _key(part)
    if not key:
        return True
    for site in sites:
        if site and (key in site or (site in key and len(key) <= len(site) + 6)):
            return True
    return len(part) <= 20 and bool(_SITE_PART.search(part.strip()))


def _key(text: str) -> str:
    return _WORD_CHARS.sub("", text).lower()


def _length(text: str) -> int:
    return length_units(text)
