"""Visible metadata lines: "时间:… 作者:… 来源:…", reporter bylines, tail credits, date lines.

Only blocks in two windows are read: the top one (from the title, or a little above the first kept
block, to just inside the body) and the bottom one (around the last kept block), where articles
put their datelines and credits. A cheap character test skips most lines before any regex runs.

Every line found to be metadata and nothing else (labels with short values, dates, URLs, names,
page chrome like "打印") is reported so it leaves the body; a credit in parentheses at the end of
a body paragraph ("…(记者 王明)") is reported as a span, so only the parenthetical goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from cleanarticle.article import Kind
from cleanarticle.blocks import Block
from cleanarticle.metadata.authors import (
    clean_byline,
    is_placeholder,
    looks_like_outlet,
    strip_wrappers,
)
from cleanarticle.metadata.dates import DateMatch, find_dates
from cleanarticle.metadata.html_meta import NOISE_HINTS

DETECTOR = "metadata"
DateKind = Literal["published", "modified", "created", "edited"]


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, to keep long vocabularies compact."""
    return frozenset(text.split())


# Ranks: lower wins. The entry point places meta-tag evidence around these.
AUTHOR_LABEL_TOP = 10
AUTHOR_ROLE_TOP = 11
AUTHOR_BOTTOM = 12
AUTHOR_LEAD = 13
AUTHOR_STANDALONE = 14
AUTHOR_RESIDUAL = 16
DATE_CREATED = -5  # 成文日期: an official document's own date beats its posting date
DATE_LABEL_TOP = 10
DATE_PURE_TOP = 11
DATE_LABEL_BOTTOM = 12
DATE_PURE_BOTTOM = 13
DATE_SHORT_TOP = 14
DATE_MONTH_ONLY = 17
SOURCE_LABEL_TOP = 10
SOURCE_BOTTOM = 12
SOURCE_OUTLET = 14
SOURCE_RESIDUAL = 15

_TOP_REACH = 15  # blocks above the first kept one read when the title is not known
_TOP_INTO_BODY = 6  # blocks of the body read at the top (datelines inside the article)
_BOTTOM_ABOVE = 3
_BOTTOM_BELOW = 7
_MAX_LINE = 160  # characters: metadata lines are short, prose lines are skipped
_MAX_VALUE = 40
_UNDECIDED = 999  # rank of an unlabelled date until the line is judged

_CUE = re.compile(
    r"[0-9０-９〇]|作者|记者|記者|来源|來源|编辑|編輯|责编|責編|时间|時間|日期|发表|發表|发布|發布|發佈|"
    r"稿|撰|执笔|執筆|通讯员|通訊員|实习生|實習生|原标题|原標題|出处|出處|文[/／:：]|由|[:：]|"
    r"(?i:\bby\b|posted|published|updated|source|author|editor)"
)
_LABEL = re.compile(
    r"(?:((?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){0,7}))"  # a CJK label, maybe spaced: "作 者"
    r"|(?<![A-Za-z0-9])([A-Za-z]+(?: [A-Za-z]+){0,2}))"  # an English one: "Posted on"
    r"\s*[:：]"
)
_AUTHOR, _EDITOR, _SOURCE, _DATE, _MODIFIED, _CREATED, _TITLE, _CHROME, _INFO, _UNKNOWN = (
    "author", "editor", "source", "date", "modified", "created", "title", "chrome", "info", "?",
)  # fmt: skip
# Known labels by kind; "_" joins the words of a multi-word label (keys lose their spaces).
_LABEL_WORDS = {
    _AUTHOR: (
        "作者 记者 記者 撰文 撰稿 撰稿人 执笔 執筆 执笔人 執筆人 文 发帖人 發帖人 楼主 樓主",
        "发文机关 發文機關 发布人 發佈人 發布人 发布者 發佈者 發布者 署名 通讯员 通訊員",
        "特约记者 本报记者 本報記者 实习记者 實習記者 首席记者 采写 採寫 口述",
        "by author authors reporter writer written_by posted_by",
    ),
    _EDITOR: (
        "编辑 編輯 责任编辑 責任編輯 责编 責編 本文编辑 值班编辑 网络编辑 網絡編輯",
        "编审 編審 审核 審核 校对 校對 主编 主編 editor editors edited_by",
    ),
    _SOURCE: (
        "来源 來源 出处 出處 稿源 信息来源 信息來源 文章来源 文章來源 新闻来源 新聞來源",
        "稿件来源 稿件來源 转载自 轉載自 转自 轉自 来源于 來源於 发布机构 發布機構",
        "发布单位 發布單位 供稿 供稿单位 媒体 媒體 source",
    ),
    _DATE: (
        "时间 時間 日期 发布时间 發布時間 發佈時間 发表时间 發表時間 发布日期 發布日期",
        "發佈日期 发表日期 發表日期 发表于 發表于 發表於 发布于 發布於 發佈於 发布 發布",
        "發佈 发表 發表 发稿时间 發稿時間 刊发时间 刊發時間 出版时间 出版日期 上传时间",
        "上傳時間 录入时间 錄入時間 添加时间 添加時間 创建时间 創建時間 发帖时间 發帖時間",
        "发文日期 發文日期 印发日期 公开日期 公開日期 首发 首發",
        "date published posted posted_on published_on",
    ),
    _MODIFIED: (
        "更新时间 更新時間 更新日期 更新于 更新於 修改时间 修改時間 修改日期 更新",
        "最后更新 最後更新 最后修改 最後修改 最后编辑 最後編輯",
        "updated last_updated modified last_modified",
    ),
    _CREATED: ("成文日期 成文时间 成文時間",),
    _TITLE: ("原标题 原標題 原题 原題",),
    _CHROME: (
        "点击 點擊 阅读 閱讀 浏览 瀏覽 访问 訪問 人气 人氣 字号 字號 字体 字體",
        "评论 評論 分享 分享到 收藏 打印 点赞 點贊 喜欢 喜歡 粉丝 粉絲",
        "share comments views",
    ),
    _INFO: (
        "索引号 索引號 分类 分類 主题分类 主題分類 发文字号 發文字號 文号 文號",
        "标签 標籤 关键词 關鍵詞 关键字 關鍵字 栏目 欄目 所属栏目 所屬欄目 类别 類別",
        "译 譯 译者 譯者 翻译 翻譯 摄影 攝影 图片 圖片 图 圖 视频 視頻 标题 標題",
        "题目 題目 文章 体裁分类 tags tag category categories",
    ),
}
_LABELS = {
    word.replace("_", "").lower(): kind
    for kind, rows in _LABEL_WORDS.items()
    for row in rows
    for word in row.split()
}
_CHROME_SUFFIX = ("数", "數", "量", "次", "率")
_CHROME_STEM = re.compile(r"点击|點擊|阅读|閱讀|浏览|瀏覽|访问|訪問|评论|評論")
_COUNTER_JUNK = re.compile(r"[\d\s\W_大中小次人]+")  # what a counter or font switch holds
_VALUE_STOP = re.compile(
    r"\s(?:阅读|閱讀|评论|評論|点击|點擊|浏览|瀏覽|编辑|編輯|分享|收藏|打印|字号|字號|发表|發表|"
    r"发布|發布|时间|時間|日期)|[【\[|]|\s{2,}"
)
_CHROME_WORDS = _words(
    "打印 关闭 關閉 分享 分享到 收藏 评论 評論 阅读 閱讀 喜欢 喜歡 点赞 點贊 浏览 瀏覽 "
    "点击 點擊 字号 字號 字体 字體 大 中 小 默认 默認 推荐 推薦 举报 舉報 纠错 糾錯 "
    "我要纠错 返回 顶部 次 人 条 條 篇 views comments share print "
    # the words around an English dateline: "Updated 11:21 pm CST, Tuesday, November 19, 2019"
    "updated published posted last modified on at am pm a p m utc gmt est edt cst cdt mst mdt "
    "pst pdt bst cet cest ist jst kst monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)
_URL_OR_DOMAIN = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|info|cc|tv|hk|tw)"
    r"(?:\.[a-z]{2})?\b/?\S*",
    re.IGNORECASE,
)
_RESIDUAL_SPLIT = re.compile(r"[\s\[\]【】()（）|｜/·•\-—–_<>《》〓@:：,，、;；.。!！?？'\"“”]+")
_PUNCT_ONLY = re.compile(r"[\W_]+")
_DATE_CUE_BEFORE = re.compile(
    r"(?:(?:发布|發布|發佈|发表|發表|发稿|發稿|刊发|刊發|出版|上传|上傳)?(?:时间|時間|日期)"
    r"|(?:发表|發表|发布|發布|發佈)(?:于|於)?|posted(?:\s+on)?|published(?:\s+on)?|date)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
_MODIFIED_CUE_BEFORE = re.compile(r"(?:更新|修改|updated|modified|编辑于|編輯於)\D{0,4}$", re.I)
_BOUND_AFTER = re.compile(r"\s*[号號]?\s*(?:以前|之前|以后|以後|之后|之後|以来|以來|起|止)")
_TODAY_CUE = re.compile(r"今天是|今日是|today is", re.IGNORECASE)
_EDIT_NOTE = re.compile(
    r"本帖最[后後]由\s*\S+\s*[于於]|最[后後]编辑于|最後編輯於|last edited by", re.IGNORECASE
)
_POSTED_BY = re.compile(
    r"由\s*([^\s@由]{1,20}?)\s*(?:张贴|張貼|发表|發表|发布|發布|發佈|上传|上傳|提供)"
)
_POSTER = re.compile(
    r"(?:^|[\s|])([^\s|:：\[\]【】()（）]{1,20}?)\s*(?:发表于|發表於|發表于|发布于|發布於|發佈於)"
    r"\s*(?=\d)"
)
_BY = re.compile(
    r"(?:^|[\s|〓])(?:posted\s+|written\s+)?by[:\s]\s*"
    r"([A-Za-z\u4e00-\u9fff][\w.\-\u4e00-\u9fff]*(?:\s+(?-i:[A-Z])[\w.\-]*){0,3})",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"(?:本报|本報|本刊|本台|本网|本網)?(?:特约|特約|实习|實習|见习|見習|首席|总台|總台|驻[\u4e00-\u9fff]{1,6}"
    r"|駐[\u4e00-\u9fff]{1,6})?(?:记者|記者|通讯员|通訊員|实习生|實習生)"
)
_CLAUSE_MARKS = re.compile(r"[，,。；;！!？?]")
_PROSE = re.compile(r"[，。！？；：:“”\"]")
_TAIL_PAREN = re.compile(r"[（(]\s*([^（）()]{2,40}?)\s*[)）]\s*$")
_LEAD_PAREN = re.compile(r"^[^（(]{0,12}?[（(]\s*([^（）()]{2,40}?)\s*[)）]")
_SOURCE_START = re.compile(r"^(?:来源|來源|稿源|出处|出處|转自|轉自|source)\s*[:：]?\s*", re.I)
_EDITOR_WORD = re.compile(r"(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]?\s*")
_AUTHOR_CUE = re.compile(
    r"记者|記者|通讯员|通訊員|实习生|實習生|作者|撰文|文[/／]|报道|報道|报导|報導"
)
_PHOTO_CUE = re.compile(r"[摄攝]$|[摄攝]影|图[/／:：]|圖[/／:：]")
_HINT_BYLINE = re.compile(r"author|byline|writer|reporter")


@dataclass(frozen=True, slots=True)
class DateFound:
    iso: str
    precision: int
    index: int
    rank: int
    kind: DateKind
    distance: int  # blocks from the body edge it was found at
    position: int = 0  # character offset in the line: the first date of a line wins ties


@dataclass(frozen=True, slots=True)
class NamesFound:
    names: tuple[str, ...]
    index: int
    rank: int
    distance: int = 0  # blocks from the body edge it was found at


@dataclass(frozen=True, slots=True)
class TextFound:
    text: str
    index: int
    rank: int


@dataclass
class LineFacts:
    dates: list[DateFound] = field(default_factory=list)
    authors: list[NamesFound] = field(default_factory=list)
    editors: list[NamesFound] = field(default_factory=list)
    sources: list[TextFound] = field(default_factory=list)
    original_title: TextFound | None = None
    empty_author_label: bool = False  # "作者: 來源:…": the page says there is no author
    metadata_lines: dict[int, str] = field(default_factory=dict)  # block index -> reason
    spans: dict[int, tuple[int, int, str]] = field(default_factory=dict)  # index -> cut, reason


@dataclass
class _Line:
    """What one line holds, before ranking."""

    covered: list[tuple[int, int]] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    evidence: bool = False


def scan_lines(
    blocks: Sequence[Block],
    kept: Sequence[bool],
    *,
    body_start: int,
    last_kept: int,
    top_start: int | None = None,
    month_first: bool = False,
    now: datetime | None = None,
) -> LineFacts:
    """Metadata found in the visible lines around the body, and the lines to cut.

    ``body_start`` is where the article text begins: the first kept block, or the block after
    the title when the scorer kept page chrome above the title.
    """
    facts = LineFacts()
    count = len(blocks)
    if not count:
        return facts
    start = max(0, body_start - _TOP_REACH if top_start is None else top_start)
    top_end = min(count, body_start + _TOP_INTO_BODY + 1)
    for index in range(body_start, top_end):
        if _is_prose(blocks[index]):
            top_end = index + 1  # datelines come before the text, not inside it
            break
    bottom_start = max(top_end, last_kept - _BOTTOM_ABOVE)
    bottom_end = min(count, last_kept + _BOTTOM_BELOW + 1)
    reader = _Reader(facts, kept, month_first, now)
    for index in range(start, top_end):
        reader.read(blocks[index], top=True, distance=abs(body_start - index))
    for index in range(bottom_start, bottom_end):
        reader.read(blocks[index], top=False, distance=abs(index - last_kept))
    for index in range(body_start, min(count, body_start + 2)):
        reader.lead_credit(blocks[index])
    facts.dates = [
        date if date.rank != _UNDECIDED else DateFound(
            date.iso, date.precision, date.index, DATE_SHORT_TOP, date.kind, date.distance,
            date.position,
        )
        for date in facts.dates
    ]  # fmt: skip
    return facts


class _Reader:
    def __init__(
        self, facts: LineFacts, kept: Sequence[bool], month_first: bool, now: datetime | None
    ) -> None:
        self.facts = facts
        self.kept = kept
        self.month_first = month_first
        self.now = now
        self.distance = 0  # of the line being read

    def read(self, block: Block, *, top: bool, distance: int) -> None:
        self.distance = distance
        text = block.text
        if block.hints and (NOISE_HINTS.search(block.hints) or "caption" in block.hints):
            return  # comments, related links and photo captions carry other dates and names
        if len(text) > _MAX_LINE:
            self.tail_credit(block, top=top)
            return
        if not _CUE.search(text) and not _byline_element(block):
            self.standalone_names(block, top=top, distance=distance)
            return
        line = _Line()
        dates = find_dates(text, month_first=self.month_first, now=self.now)
        labels = _labels(text)
        self._labelled(block, text, labels, dates, line, top=top)
        self._dates(block, text, labels, dates, line, top=top, distance=distance)
        self._bylines(block, text, labels, line, top=top)
        if self.tail_credit(block, top=top):
            return
        self._residual(block, text, line, top=top)
        if not line.evidence:
            self.standalone_names(block, top=top, distance=distance)

    # --- labelled fields ----------------------------------------------------------------------

    def _labelled(
        self,
        block: Block,
        text: str,
        labels: list[tuple[int, int, str]],
        dates: list[DateMatch],
        line: _Line,
        *,
        top: bool,
    ) -> None:
        for position, (start, value_start, kind) in enumerate(labels):
            end = labels[position + 1][0] if position + 1 < len(labels) else len(text)
            value = text[value_start:end]
            short = len(value.strip()) <= _MAX_VALUE
            if kind in (_DATE, _MODIFIED, _CREATED):
                line.evidence = True
                if short or any(value_start <= date.start < end for date in dates):
                    line.covered.append((start, end))
                continue
            if kind == _UNKNOWN:
                continue
            if kind in (_CHROME, _INFO):
                # "点击量:", "阅读：8169", "字体：大 中 小" are chrome; "评论：<a title>" is not.
                counter = kind == _CHROME and not _COUNTER_JUNK.sub("", value)
                line.evidence = line.evidence or counter
                if counter or (kind == _INFO and short):
                    line.covered.append((start, end))
                continue
            if kind == _TITLE:
                cut = strip_wrappers(value)
                if cut:
                    line.evidence = True
                    line.covered.append((start, end))
                    line.fields.append("original title")
                    self.facts.original_title = TextFound(cut, block.index, 0)
                continue
            if not short:
                continue
            cut = _value(value, dates, value_start)
            line.evidence = True
            line.covered.append((start, end))
            if kind == _AUTHOR:
                names = clean_byline(cut, "label") if cut else []
                if names:
                    rank = AUTHOR_LABEL_TOP if top else AUTHOR_BOTTOM
                    self.facts.authors.append(
                        NamesFound(tuple(names), block.index, rank, self.distance)
                    )
                    line.fields.append("author")
                elif not cut:
                    self.facts.empty_author_label = True
            elif kind == _EDITOR:
                names = clean_byline(cut, "label") if cut else []
                if names:
                    self.facts.editors.append(NamesFound(tuple(names), block.index, 0))
                    line.fields.append("editor")
            elif kind == _SOURCE:
                source = _source(cut)
                if source:
                    rank = SOURCE_LABEL_TOP if top else SOURCE_BOTTOM
                    self.facts.sources.append(TextFound(source, block.index, rank))
                    line.fields.append("source")

    def _dates(
        self,
        block: Block,
        text: str,
        labels: list[tuple[int, int, str]],
        dates: list[DateMatch],
        line: _Line,
        *,
        top: bool,
        distance: int,
    ) -> None:
        if not dates or _TODAY_CUE.search(text):
            return
        edit_note = _EDIT_NOTE.search(text)
        for date in dates:
            cue = _DATE_CUE_BEFORE.search(text[max(0, date.start - 10) : date.start])
            line.covered.append((date.start - (len(cue.group()) if cue else 0), date.end))
            line.evidence = True
            if _BOUND_AFTER.match(text, date.end):
                continue  # "2007年11月18号以前": a bound, not a dateline
            kind = _date_kind(text, labels, date, edit_note is not None)
            labelled = kind != "published" or _label_before(labels, date) is not None
            labelled = labelled or bool(
                _DATE_CUE_BEFORE.search(text[max(0, date.start - 8) : date.start])
            )
            if kind == "created":
                rank = DATE_CREATED
            elif date.precision < 3:
                rank = DATE_MONTH_ONLY
            elif labelled:
                rank = DATE_LABEL_TOP if top else DATE_LABEL_BOTTOM
            else:
                rank = _UNDECIDED  # decided once we know whether the line is pure metadata
            self.facts.dates.append(
                DateFound(date.iso, date.precision, block.index, rank, kind, distance, date.start)
            )
        if edit_note:
            line.covered.append((0, len(text)))
            line.fields.append("forum edit note")
        else:
            line.fields.append("date")

    # --- bylines without a colon -----------------------------------------------------------

    def _bylines(
        self, block: Block, text: str, labels: list[tuple[int, int, str]], line: _Line, *, top: bool
    ) -> None:
        has_author_label = any(kind == _AUTHOR for _, _, kind in labels)
        rank_label = AUTHOR_LABEL_TOP if top else AUTHOR_BOTTOM
        posted = _POSTED_BY.search(text) if "由" in text else None
        if posted and line.evidence:
            names = clean_byline(posted.group(1), "label")
            if names:
                self.facts.authors.append(
                    NamesFound(tuple(names), block.index, rank_label, self.distance)
                )
                line.covered.append(posted.span())
                line.fields.append("author")
        poster = _POSTER.search(text) if line.evidence and not has_author_label else None
        if poster:  # a forum post's header: "岚山老周发表于 2024-6-18 21:03"
            names = clean_byline(poster.group(1), "label")
            if names:
                self.facts.authors.append(
                    NamesFound(tuple(names), block.index, rank_label, self.distance)
                )
                line.covered.append(poster.span(1))
                line.fields.append("author")
        by = _BY.search(text) if not has_author_label else None
        if by and (line.evidence or by.start() == 0 or text[: by.start()].strip() in ("", "〓")):
            names = clean_byline(by.group(1), "label")
            if names:
                self.facts.authors.append(
                    NamesFound(tuple(names), block.index, rank_label, self.distance)
                )
                line.covered.append(by.span())
                line.fields.append("author")
                line.evidence = True
        if not has_author_label and len(text) <= 60:
            self._reporter(block, text, line, top=top)
        if not has_author_label and not line.evidence and _byline_element(block):
            names = clean_byline(text, "role") if len(text) <= 40 else []
            if names:
                self.facts.authors.append(
                    NamesFound(tuple(names), block.index, rank_label, self.distance)
                )
                line.covered.append((0, len(text)))
                line.fields.append("author")
                line.evidence = True

    def _reporter(self, block: Block, text: str, line: _Line, *, top: bool) -> None:
        """ "新京报记者 彭冲 山东冠县报道", "某某網·海報新聞記者 李華 濟南報道", "记者 刘涛"."""
        role = _ROLE.search(text)
        if role is None or role.start() > 24:
            return
        before, after = text[: role.start()], text[role.start() :]
        if _PROSE.search(before) or _PROSE.search(after) or _PHOTO_CUE.search(after):
            return
        last_role = list(_ROLE.finditer(after))[-1]
        if not clean_byline(after[last_role.end() :], "role"):
            return  # "联系记者", "记者博客": the role word is a noun here, no name follows it
        names = clean_byline(after, "role")
        if not names:
            return
        rank = AUTHOR_ROLE_TOP if top else AUTHOR_BOTTOM
        self.facts.authors.append(NamesFound(tuple(names), block.index, rank, self.distance))
        line.covered.append((0, len(text)))
        line.fields.append("byline")
        line.evidence = True
        outlet = _outlet(before)
        if outlet:
            self.facts.sources.append(TextFound(outlet, block.index, SOURCE_OUTLET))

    # --- credits in parentheses -----------------------------------------------------------------

    def tail_credit(self, block: Block, *, top: bool) -> bool:
        """Cut only the credit: "…权益。(记者 王明)", "（责任编辑：陈华）", "(來源:新華社)"."""
        text = block.text
        if not text or text[-1] not in ")）":
            return False
        match = _TAIL_PAREN.search(text)
        if match is None:
            return False
        inner = match.group(1).strip()
        found = self._credit(inner, block.index, top=top)
        if not found:
            return False
        if match.start() == 0 or not text[: match.start()].strip(" \t—-"):
            self.facts.metadata_lines[block.index] = found
        else:
            self.facts.spans[block.index] = (match.start(), len(text), found)
        return True

    def lead_credit(self, block: Block) -> None:
        """ "本报讯 （记者 张三）…" opening the body: an author hint, left in the text."""
        self.distance = 0
        match = _LEAD_PAREN.match(block.text)
        if match and len(block.text) > match.end() + 10:
            inner = match.group(1)
            if _AUTHOR_CUE.search(inner) and not _PHOTO_CUE.search(inner):
                names = clean_byline(inner, "role")
                if names:
                    self.facts.authors.append(
                        NamesFound(tuple(names), block.index, AUTHOR_LEAD, self.distance)
                    )

    def _credit(self, inner: str, index: int, *, top: bool) -> str | None:
        source = _SOURCE_START.match(inner)
        if source:
            value = _source(inner[source.end() :])
            if value:
                rank = SOURCE_LABEL_TOP if top else SOURCE_BOTTOM
                self.facts.sources.append(TextFound(value, index, rank))
                return "source credit"
            return None
        editor = _EDITOR_WORD.search(inner)
        if editor and editor.start() <= 12:
            names = clean_byline(inner[editor.end() :], "label")
            if names:
                self.facts.editors.append(NamesFound(tuple(names), index, 0))
                return "editor credit"
            return None
        if _AUTHOR_CUE.search(inner) and not _PHOTO_CUE.search(inner) and not _PROSE.search(inner):
            names = clean_byline(inner, "role")
            if names:
                self.facts.authors.append(
                    NamesFound(tuple(names), index, AUTHOR_BOTTOM, self.distance)
                )
                return "author credit"
        return None

    # --- what is left of a line -------------------------------------------------------------------

    def _residual(self, block: Block, text: str, line: _Line, *, top: bool) -> None:
        """Decide whether the line is metadata only; pick up bare names and outlets left in it."""
        if not line.evidence:
            return
        for match in _URL_OR_DOMAIN.finditer(text):
            line.covered.append(match.span())
        residual = _uncovered(text, line.covered)
        tokens = [token for token in _RESIDUAL_SPLIT.split(residual) if token]
        leftover: list[str] = []
        unknown = 0
        names: list[str] = []
        for token in tokens:
            if token.lower() in _CHROME_WORDS or _PUNCT_ONLY.fullmatch(token):
                continue
            if token.isdigit() and len(token) <= 6:
                continue  # counters: "阅读(1660)"
            leftover.append(token)
            found = clean_byline(token, "bare") if len(token) <= 6 else []
            if found:
                names.extend(found)
            elif looks_like_outlet(token) and len(token) <= 12:
                self.facts.sources.append(TextFound(token, block.index, SOURCE_RESIDUAL))
            else:
                unknown += 1
        pure = sum(len(token) for token in leftover) <= 8 and all(len(t) <= 8 for t in leftover)
        if self.kept[block.index] and unknown:
            pure = False  # inside the body only what we recognise may go: "截至2021年4月10日" stays
        for position, found_date in enumerate(self.facts.dates):
            if found_date.index == block.index and found_date.rank == _UNDECIDED:
                rank = (DATE_PURE_TOP if top else DATE_PURE_BOTTOM) if pure else DATE_SHORT_TOP
                if not top and not pure:
                    rank = DATE_MONTH_ONLY
                self.facts.dates[position] = DateFound(
                    found_date.iso, found_date.precision, found_date.index, rank,
                    found_date.kind, found_date.distance, found_date.position,
                )  # fmt: skip
        if not pure:
            return
        if names and not any(field_name in ("author", "byline") for field_name in line.fields):
            self.facts.authors.append(
                NamesFound(tuple(names), block.index, AUTHOR_RESIDUAL, self.distance)
            )
        only_date = line.fields == ["date"] and not names
        if only_date and not top and self.kept[block.index]:
            return  # a kept date under the text: a letter's or a notice's signature date
        self.facts.metadata_lines[block.index] = _reason(line.fields)

    def standalone_names(self, block: Block, *, top: bool, distance: int) -> None:
        """A line holding only names, right under the title or above the body: "胡平"."""
        text = block.text
        if not top or distance > 4 or len(text) > 30 or _PROSE.search(text):
            return
        if block.is_linked or block.kind is Kind.LIST_ITEM:
            return
        names = clean_byline(text, "role")
        if not names or not clean_byline(names[0], "bare"):
            return
        if sum(len(name) for name in names) < len(_PUNCT_ONLY.sub("", text)) * 0.6:
            return
        self.facts.authors.append(
            NamesFound(tuple(names), block.index, AUTHOR_STANDALONE, distance)
        )
        self.facts.metadata_lines[block.index] = "byline"


# --- helpers -------------------------------------------------------------------------------


def _byline_element(block: Block) -> bool:
    """The line's own element (or its parent) is classed as a byline: class="author"."""
    if block.kind is Kind.LIST_ITEM:
        return False
    own = block.ancestor_hints[-2:] if block.ancestor_hints else (block.hints,)
    return any(hints and _HINT_BYLINE.search(hints) for hints in own)


def _is_prose(block: Block) -> bool:
    return block.units >= 25 and len(_CLAUSE_MARKS.findall(block.text)) >= 2


def _labels(text: str) -> list[tuple[int, int, str]]:
    """Known labels in the line: (label start, value start, kind), in order.

    A label glued to the previous value ("来源:转载作者:孙仲旻") is recognised by its known
    suffix; the characters before it go back to the previous value.
    """
    found: list[tuple[int, int, str]] = []
    for match in _LABEL.finditer(text):
        group = 1 if match.group(1) else 2
        key = match.group(group).replace(" ", "").lower()
        if key in ("http", "https"):
            continue
        kind = _LABELS.get(key)
        start = match.start(group)
        if kind is None and group == 1:
            for size in range(len(key) - 1, 0, -1):
                kind = _LABELS.get(key[-size:])
                if kind is not None:
                    start = _suffix_start(text, match.start(group), match.end(group), size)
                    break
            stem = _CHROME_STEM.search(key) if kind is None else None
            if stem is not None and key.endswith(_CHROME_SUFFIX):
                # "周立群浏览次数:" (spans glued together): the counter label starts at its stem.
                kind = _CHROME
                size = len(key) - stem.start()
                start = _suffix_start(text, match.start(group), match.end(group), size)
        # An unknown label ("访问统计:") still ends the value before it.
        found.append((start, match.end(), kind or _UNKNOWN))
    return found


def _suffix_start(text: str, start: int, end: int, size: int) -> int:
    """Where the last ``size`` non-space characters of text[start:end] begin."""
    position = end
    remaining = size
    while position > start and remaining:
        position -= 1
        if not text[position].isspace():
            remaining -= 1
    return position


def _value(value: str, dates: Sequence[DateMatch], offset: int) -> str:
    """A label's value, cut before page chrome or a date that follows it."""
    for date in dates:
        if offset <= date.start < offset + len(value):
            value = value[: date.start - offset]
            break
    value = strip_wrappers(value)
    stop = _VALUE_STOP.search(value)
    if stop:
        value = value[: stop.start()]
    return strip_wrappers(value)


def _source(value: str) -> str | None:
    value = strip_wrappers(value)
    if not value or len(value) > 30 or is_placeholder(value) or _URL_OR_DOMAIN.fullmatch(value):
        return None
    if find_dates(value) or _PROSE.search(value) or value.isdigit():
        return None
    return value


def _outlet(before: str) -> str | None:
    """The outlet before a reporter byline: "大眾網·海報新聞" -> "大眾網", "新京报" -> itself."""
    words = before.split()
    if not words:
        return None
    word = words[-1]
    for prefix in ("本报", "本報"):
        word = word.removeprefix(prefix)
    word = re.split(r"[·・•]", word)[0].strip()
    return word if 2 <= len(word) <= 12 and looks_like_outlet(word) else None


def _label_before(labels: list[tuple[int, int, str]], date: DateMatch) -> str | None:
    kind = None
    for start, value_start, label_kind in labels:
        if value_start <= date.start:
            kind = label_kind if start < date.start else kind
        else:
            break
    return kind if kind in (_DATE, _MODIFIED, _CREATED) else None


def _date_kind(
    text: str, labels: list[tuple[int, int, str]], date: DateMatch, edit_note: bool
) -> DateKind:
    if edit_note:
        return "edited"
    label = _label_before(labels, date)
    if label == _MODIFIED:
        return "modified"
    if label == _CREATED:
        return "created"
    if label is None and _MODIFIED_CUE_BEFORE.search(text[max(0, date.start - 8) : date.start]):
        return "modified"
    return "published"


def _uncovered(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    mask = bytearray(len(text))
    for start, end in spans:
        mask[start:end] = b"\x01" * (max(0, min(end, len(text)) - start))
    return "".join(char if not mask[position] else " " for position, char in enumerate(text))


def _reason(fields: list[str]) -> str:
    unique = list(dict.fromkeys(fields)) or ["page info"]
    if unique == ["forum edit note"]:
        return "forum edit note"
    if unique == ["original title"]:
        return "original title line"
    return "metadata line (" + ", ".join(unique) + ")"
