"""The vocabulary of metadata lines: label words by kind, cue characters, shared patterns.

``find_labels`` reads the "标签:" labels of a line; everything else here is data the line rules
share, kept in one place so a word is never known to one rule and missing from another.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cleanarticle.textstats import sentence_marks


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, to keep long vocabularies compact."""
    return frozenset(text.split())


AUTHOR, EDITOR, SOURCE, DATE, MODIFIED, CREATED, TITLE, CHROME, INFO, UNKNOWN = (
    "author", "editor", "source", "date", "modified", "created", "title", "chrome", "info", "?",
)  # fmt: skip
DATE_KINDS = (DATE, MODIFIED, CREATED)

# Characters or words without which a line cannot be metadata: most lines skip every regex.
# The lookahead holds the first character of every cue, so most positions fail at one test.
_ENGLISH_CUES = ("posted", "published", "updated", "source", "author", "editor")  # and "by"
CUE = re.compile(
    r"(?=(?i:[0-9０-９〇作记記来來编編责責时時日发發稿撰执執通实實原出文由:：bpusae]))"
    r"(?:[0-9０-９〇]|作者|记者|記者|来源|來源|编辑|編輯|责编|責編|时间|時間|日期|发表|發表|发布|發布|"
    r"發佈|稿|撰|执笔|執筆|通讯员|通訊員|实习生|實習生|原标题|原標題|出处|出處|文[/／:：]|由|[:：]|"
    rf"(?i:\bby\b|{'|'.join(_ENGLISH_CUES)}))"
)
_ONE_CHARACTER_CUE = re.compile("[0-9０-９〇稿撰由:：]")  # CUE's cues of one character, found fast
_ASCII_CUE = re.compile(r"[0-9:]")  # what is left of CUE's characters in ASCII
_BY = re.compile(r"\bby\b")
_LABEL = re.compile(
    r"(?:((?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){0,7}))"  # a CJK label, maybe spaced: "作 者"
    r"|(?<![A-Za-z0-9])([A-Za-z]+(?: [A-Za-z]+){0,2}))"  # an English one: "Posted on"
    r"\s*[:：]"
)
# Known labels by kind; "_" joins the words of a multi-word label (keys lose their spaces).
_LABEL_WORDS = {
    AUTHOR: (
        "作者 记者 記者 撰文 撰稿 撰稿人 执笔 執筆 执笔人 執筆人 文 发帖人 發帖人 楼主 樓主",
        "发文机关 發文機關 发布人 發佈人 發布人 发布者 發佈者 發布者 署名 通讯员 通訊員",
        "特约记者 本报记者 本報記者 实习记者 實習記者 首席记者 采写 採寫 口述",
        "by author authors reporter writer written_by posted_by",
    ),
    EDITOR: (
        "编辑 編輯 责任编辑 責任編輯 责编 責編 本文编辑 值班编辑 网络编辑 網絡編輯",
        "编审 編審 审核 審核 校对 校對 主编 主編 editor editors edited_by",
    ),
    SOURCE: (
        "来源 來源 出处 出處 稿源 信息来源 信息來源 文章来源 文章來源 新闻来源 新聞來源",
        "稿件来源 稿件來源 转载自 轉載自 转自 轉自 来源于 來源於 发布机构 發布機構",
        "发布单位 發布單位 供稿 供稿单位 媒体 媒體 source",
    ),
    DATE: (
        "时间 時間 日期 发布时间 發布時間 發佈時間 发表时间 發表時間 发布日期 發布日期",
        "發佈日期 发表日期 發表日期 发表于 發表于 發表於 发布于 發布於 發佈於 发布 發布",
        "發佈 发表 發表 发稿时间 發稿時間 刊发时间 刊發時間 出版时间 出版日期 上传时间",
        "上傳時間 录入时间 錄入時間 添加时间 添加時間 创建时间 創建時間 发帖时间 發帖時間",
        "发文日期 發文日期 印发日期 公开日期 公開日期 首发 首發",
        "date published posted posted_on published_on",
    ),
    MODIFIED: (
        "更新时间 更新時間 更新日期 更新于 更新於 修改时间 修改時間 修改日期 更新",
        "最后更新 最後更新 最后修改 最後修改 最后编辑 最後編輯",
        "updated last_updated modified last_modified",
    ),
    CREATED: ("成文日期 成文时间 成文時間",),
    TITLE: ("原标题 原標題 原题 原題",),
    CHROME: (
        "点击 點擊 阅读 閱讀 浏览 瀏覽 访问 訪問 人气 人氣 字号 字號 字体 字體",
        "评论 評論 分享 分享到 收藏 打印 点赞 點贊 喜欢 喜歡 粉丝 粉絲",
        "share comments views",
    ),
    INFO: (
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

CHROME_WORDS = _words(
    "打印 关闭 關閉 分享 分享到 收藏 评论 評論 阅读 閱讀 喜欢 喜歡 点赞 點贊 浏览 瀏覽 "
    "点击 點擊 字号 字號 字体 字體 大 中 小 默认 默認 推荐 推薦 举报 舉報 纠错 糾錯 "
    "我要纠错 返回 顶部 次 人 条 條 篇 views comments share print "
    # the words around an English dateline: "Updated 11:21 pm CST, Tuesday, November 19, 2019"
    "updated published posted last modified on at am pm a p m utc gmt est edt cst cdt mst mdt "
    "pst pdt bst cet cest ist jst kst monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)
URL_OR_DOMAIN = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|info|cc|tv|hk|tw)"
    r"(?:\.[a-z]{2})?\b/?\S*",
    re.IGNORECASE,
)
PUNCT_ONLY = re.compile(r"[\W_]+")
# Sentence punctuation (full-width stops, commas, colons, quotes): no byline or credit has it.
PROSE = re.compile(
    "[，" + re.escape(sentence_marks(period=False, ellipsis=False, forms="wide")) + r"；：:“”\"]"
)
AUTHOR_CUE = re.compile(
    r"记者|記者|通讯员|通訊員|实习生|實習生|作者|撰文|文[/／]|报道|報道|报导|報導"
)
PHOTO_CUE = re.compile(r"[摄攝]$|[摄攝]影|图[/／:：]|圖[/／:：]")


def has_cue(text: str) -> bool:
    """Whether ``CUE`` is found in the line; an ASCII line (most English ones) without regexes.

    In ASCII, lower-casing is exactly what CUE's case-insensitive words allow.
    """
    if not text.isascii():
        return _ONE_CHARACTER_CUE.search(text) is not None or CUE.search(text) is not None
    if _ASCII_CUE.search(text):
        return True
    lower = text.lower()
    for word in _ENGLISH_CUES:
        if word in lower:
            return True
    return "by" in lower and _BY.search(lower) is not None


class Label(NamedTuple):
    start: int
    value_start: int
    kind: str


def find_labels(text: str) -> list[Label]:
    """Known labels in the line, in order.

    A label glued to the previous value ("来源:转载作者:孙仲旻") is recognised by its known
    suffix; the characters before it go back to the previous value.
    """
    found: list[Label] = []
    if ":" not in text and "：" not in text:
        return found  # every label ends in a colon; most lines have none
    for match in _LABEL.finditer(text):
        group = 1 if match.group(1) else 2
        key = match.group(group).replace(" ", "").lower()
        if key in ("http", "https"):
            continue
        kind = _LABELS.get(key)
        start = match.start(group)
        if kind is None and group == 1:
            kind, start = _glued_label(text, match, key)
        # An unknown label ("访问统计:") still ends the value before it.
        found.append(Label(start, match.end(), kind or UNKNOWN))
    return found


def _glued_label(text: str, match: re.Match[str], key: str) -> tuple[str | None, int]:
    """The known label ending an unknown CJK run, and where it starts."""
    for size in range(len(key) - 1, 0, -1):
        kind = _LABELS.get(key[-size:])
        if kind is not None:
            return kind, _suffix_start(text, match.start(1), match.end(1), size)
    stem = _CHROME_STEM.search(key)
    if stem is not None and key.endswith(_CHROME_SUFFIX):
        # "周立群浏览次数:" (spans glued together): the counter label starts at its stem.
        size = len(key) - stem.start()
        return CHROME, _suffix_start(text, match.start(1), match.end(1), size)
    return None, match.start(1)


def _suffix_start(text: str, start: int, end: int, size: int) -> int:
    """Where the last ``size`` non-space characters of text[start:end] begin."""
    position = end
    remaining = size
    while position > start and remaining:
        position -= 1
        if not text[position].isspace():
            remaining -= 1
    return position
