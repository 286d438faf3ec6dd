"""Author names: strip roles and credits from a byline, split it into names, reject non-names.

How strict the name check is depends on how sure the caller is that the text is a byline:

- ``"label"``: the text followed an explicit label ("作者:", "By", a meta author): any
  nickname passes ("zboygirl", "海姑娘"), only URLs, dates, outlets and placeholders are rejected.
- ``"role"``: the text followed a role word ("记者", "通讯员"): CJK names must be 2-4 Han
  characters (longer with "·"), which keeps "记者了解到" style prose out.
- ``"bare"``: no label at all (a lone line under the title): a CJK name must also start with a
  common surname, and a Latin name must be capitalised words.
"""

from __future__ import annotations

import re
from typing import Literal

from cleanarticle.metadata.dates import find_dates
from cleanarticle.metadata.languages import (
    BYLINE_WORDS,
    REPORTER_WORDS,
    alternation,
    is_weekday,
    month_number,
)
from cleanarticle.textstats import SENTENCE_STOPS, sentence_marks

Mode = Literal["label", "role", "bare"]


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, to keep long vocabularies compact."""
    return frozenset(text.split())


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_NAME = re.compile(f"[{_HAN}]{{2,4}}")
_HAN_DOTTED = re.compile(f"[{_HAN}]{{1,8}}(?:[·・•][{_HAN}]{{1,8}}){{1,3}}")
_HAN_ONLY = re.compile(f"[{_HAN}·・•]+")
HAS_HAN = re.compile(f"[{_HAN}]")
# Alphabetic names in any script ("Jürgen Müller", "Андрей Колесников", "구현모").
_LATIN_NAME = re.compile(r"[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_][\w.'’\-]*){0,4}")
_LATIN_WORD = re.compile(r"[^\W\d_]+")

# Common surnames, Simplified and Traditional, minus those that mostly start ordinary words
# (时, 文, 国, 和, 方, 安...): only used for names found without any label.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛"
    "郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝"
    "包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲滕屈饶解牟艾尤"
    "穆农卓古吉缪简项麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫寇桑郎"
    "甄丛仲虞敖巩佘池麻苑迟邝谈匡鞠惠荆冀郁胥栗燕楚鄢谌奚粟冼蔺仝郜阚帅屠朴廉禹祖漆巴卿狄"
    "晋芮扈晁雍辜裘亓邰赫杭逯茹嵇戎湛"
    "張劉陳楊黃趙吳孫馬鄭羅謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒顏龐聶歐蘭費鮑華饒車項褚竇蔣衛"
    "閔鄔邊欒榮鞏樂鄺龔萬錢嚴湯溫齊喬莊魯嶽單紀畢塗駱藍龍賀顧閆閻傅楊劉張鄒譚黎熊於"
)
_COMPOUND_SURNAMES = _words(
    "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 令狐 "
    "长孙 長孫 夏侯 轩辕 軒轅 端木 司徒 司空 南宫 南宮 西门 西門 独孤 獨孤"
)
# Words that follow 记者 in prose ("记者了解到", "记者从会上获悉"), never a name's first char.
_NOT_NAME_START = frozenset("从在向对也还又就将已据被把给跟与同到了是为今昨近日前随这那该此其并")
# Han words that are org units, sections or page chrome rather than people.
_ORG_SUFFIX = re.compile(
    "(?:部|局|院|所|厅|廳|会|會|委|办|辦|处|處|站|区|區|县|縣|市|省|州|村|镇|鎮|校|司|队|隊|组|組|"
    "科|室|馆|館|团|團|中心|公司|大学|大學|学院|學院|政府)$"
)
_OUTLET_SUFFIX = re.compile(
    "(?:网|網|报|報|社|台|频道|頻道|集团|集團|杂志|雜誌|传媒|傳媒|新闻|新聞|在线|在線|"
    "周刊|週刊|电台|電台|出版社|编辑部|編輯部|客户端|客戶端|期刊|学刊|學刊|APP|App|app)$"
)
_LATIN_OUTLET = re.compile(
    r"\b(?:news|times|post|daily|media|press|tv|radio|network|magazine|journal|gazette|"
    r"herald|tribune|agency|reuters|afp|bloomberg|xinhua|online|publishers?|publishing|"
    r"journals?)\b",
    re.IGNORECASE,
)
_LATIN_NOT_NAME = _words(
    "staff writer writers reporter reporters correspondent correspondents editor editors "
    "contributor contributors columnist desk team by and the of for with photo photos "
    "video images getty updated posted published comments share follow more read senior "
    "chief special from in on at to a an is are was says said associated wire services"
)
_LATIN_ROLES = _words(
    "writer writers reporter reporters correspondent correspondents editor editors "
    "columnist contributor contributors staff team ap upi reviewer reviewers director manager "
    "founder co-founder ceo cto cfo coo president officer analyst specialist consultant "
    "strategist coordinator editor-in-chief"
)
_PLACEHOLDERS = _words(
    "unknown unknwon anonymous admin administrator webmaster guest none null nil n/a na "
    "author editor staff team 佚名 匿名 未知 不详 不詳 本站 本网 本網 网友 網友 管理员 "
    "管理員 小编 小編 编辑部 編輯部 原创 原創 转载 轉載 网络 網絡 互联网 互聯網 游客 "
    "遊客 站长 站長 系统 系統 作者 记者 記者 编辑 編輯 通讯员 通訊員 来源 來源 本报 本報 "
    "本报记者 本報記者 综合 綜合 整理 供图 供圖 受访者供图 资料图 資料圖 未署名 无 無 "
    "简体 繁体 簡體 繁體 关注 關注 订阅 訂閱 分享 收藏 更多 评论 評論 点赞 點贊 喜欢 "
    "喜歡 举报 舉報 私信 简介 簡介 主页 主頁 首页 首頁 登录 登錄 注册 註冊 返回 打印 "
    "关闭 關閉 正文 编者按 編者按 博客 联系 聯繫 投稿 荐稿 薦稿 爆料 热线 熱線 专栏 專欄 "
    "头条 頭條 视频 視頻 图片 圖片 新闻 新聞 直播 微博 微信 查看 更多 全文"
)
_URLISH = re.compile(
    r"https?:|www\.|://|@|\b[\w-]+\.(?:com|cn|net|org|gov|edu|info|io|co|tv|cc|me|hk|tw|uk|de)\b",
    re.IGNORECASE,
)
_STOPS = re.escape(SENTENCE_STOPS)  # ! ? 。！？ (a name may hold a ".": "J. Smith")
_FORBIDDEN = re.compile("[" + _STOPS + r"；;：:=<>{}\[\]【】“”\"《》|#\d]")
_NICK_FORBIDDEN = re.compile("[" + _STOPS + r"；;：:=<>{}\[\]【】“”\"《》|#，,]")
_DIGIT = re.compile(r"\d")
_PARENTHESES = re.compile(r"\s*[(（][^)）]*[)）]")  # "王明 (实习)": a note after the name
_ASCII_STOPS = re.escape(sentence_marks(period=False, ellipsis=False, forms="ascii"))  # ! ?
_LATIN_FORBIDDEN = re.compile("[" + _ASCII_STOPS + r";:=<>{}\[\]\"#|]")
_NUMBER_PUNCTUATION = re.compile(r"[\s\-_.]")

# Credits that are not the author: photo, translation, layout.
_PHOTO_CREDIT = re.compile(
    r"(?:^|\s|[（(])(?:图|圖|图片|圖片|摄影|攝影|摄|攝|配图|配圖|视频|視頻|翻译|翻譯|译|譯|校对|校對|"
    r"设计|設計|制图|製圖)\s*[/／:：|]"
)
_TRAILING_CREDIT = re.compile(r"\s*[/／]\s*(?:摄|攝|图|圖).*$|\s(?:摄|攝|摄影|攝影)$")
_TRAILING_WRITER = re.compile(
    r"\s*[/／]\s*(?:文|撰文)(?:[^\w].*|[\u4e00-\u9fff]{2,}.*)?$|\s+(?:文|撰|撰文|执笔|執筆)$"
)
# "文/图 王明", "王明 图文": the writer who also took the pictures is the author.
_WRITER_AND_PHOTOS = re.compile(
    r"(?:^|\s)(?:文\s*[/／、|]\s*[图圖]|[图圖]\s*[/／、|]\s*文|文[图圖]|[图圖]文)(?:\s*[:：/／|]|\s|$)"
)
_LEADING_ROLE = re.compile(
    r"^(?:(?:(?:written|posted|reported|text|words|story|analysis|opinion|commentary|interview)"
    r"\s+by|by|author|authors|reporter|reporters)(?![A-Za-z])"
    r"|作者|撰文|撰稿|执笔人?|執筆人?|文|发布者|發佈者|发帖人|發帖人|楼主|樓主)\s*[:：/|]?\s*",
    re.IGNORECASE,
)
_ROLE_WORDS = re.compile(
    r"(?:本报|本報|本刊|本台|本网|本網)?(?:特约|特約|实习|實習|见习|見習|首席|驻[\u4e00-\u9fff]{1,6}|"
    r"駐[\u4e00-\u9fff]{1,6}|总台|總台|融媒体|融媒體)?(?:记者|記者|通讯员|通訊員|实习生|實習生|"
    r"特约撰稿人|撰稿人|评论员|評論員)"
)
# What follows a reporter's name: "… 北京报道", "… 发自北京", glued too ("王明发自北京").
_REPORTED = re.compile(
    r"(?:\s+\S{1,12})?(?:报道|報道|报导|報導)$|\s+(?:发自|發自|电|電)\s*\S{0,8}$"
    r"|(?<=[\u4e00-\u9fff])(?:发自|發自)[\u4e00-\u9fff]{1,8}$"
)
_SEPARATORS = re.compile(r"\s*(?:[、,，;；/／|&＆]|\s(?:and|und|et|y)\s)\s*", re.IGNORECASE)
_CONJUNCTION = re.compile(f"^([{_HAN}]{{2,4}})[和与與及]([{_HAN}]{{2,4}})$")
_TOKEN = re.compile(r"[(（][^)）]*[)）]|\S+")
_EDGE_JUNK = " \t|·•-—–:：,，、;；/◎●■□◆◇★☆▲▶►"  # separators and byline bullets
_PAIRS = {
    "[": "]", "【": "】", "(": ")", "（": "）", "〔": "〕", "<": ">", "〈": "〉", "「": "」",
    "『": "』", "《": "》",
}  # fmt: skip
_CLOSERS = {closer: opener for opener, closer in _PAIRS.items()}
_URL_TOKEN = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# A name made only of date parts: "2021年4月10日", "1990-01", "Apr 10", "Tuesday".
_DATE_SHAPED = re.compile(r"(?=.*\d)[\d\s年月日号號/\-.:：,，]+")
_DATE_WORDS = _words(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december mon monday tue tues tuesday wed wednesday "
    "thu thur thurs thursday fri friday sat saturday sun sunday today yesterday"
)


# Declared authors that are no person: a CMS, a platform or a vendor filling in its own name,
# a template placeholder, or a company (by its legal form). Written as the products spell
# themselves; compared case-folded.
_VENDORS = frozenset(
    word.casefold()
    for word in _words(
        "WordPress Drupal Joomla Wix Squarespace Shopify HubSpot Yoast Blogger Medium Ghost "
        "Webflow Weebly TypePad Tumblr Substack Elementor GitHub GitLab Bitbucket Contentful "
        "Sanity undefined null none admin administrator root user editor webmaster"
    )
)
_LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:inc|llc|l\.l\.c|ltd|limited|gmbh|ag|corp|corporation|plc|s\.a|s\.l|sas|"
    r"srl|s\.r\.l|b\.v|n\.v|pty|co\.,?\s*ltd|oy|ab|as|kk|株式会社|有限公司)\.?$",
    re.IGNORECASE,
)
_TEMPLATE = re.compile(r"\{\{|\}\}|\$\{|%[a-z_]+%|^[a-z]+(?:\.[a-z]+){2,}$")
# An account name: no capital, no space ("jdoe", "guitar_00"): a person's handle on a forum,
# but under a page whose visible byline names someone, the CMS login of whoever posted it.
HANDLE = re.compile(r"[a-z0-9._\-@]+")
# Machine-made ids: a UUID, or a long run mixing letters and digits ("mdelatorreq6vkpg2ma0ci").
_MACHINE_ID = re.compile(
    r"\A(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?=(?:.*\d){2})[a-z0-9]{16,})\Z",  # anchored: one look-ahead per text, not per position
    re.IGNORECASE,
)


# A reporter word standing as a word of its own: "신현주 기자", "Reporter Jane Doe".
_REPORTER_WORD = re.compile(
    rf"(?:^|(?<=\s))(?:{alternation(REPORTER_WORDS)})(?=$|[\s,，、/])", re.IGNORECASE
)


# Degrees and suffixes written after a name, which belong to it: "Jane Doe, MD", "John Roe, Jr."
_CREDENTIAL = re.compile(
    r"(?:MD|M\.D\.|DO|PhD|Ph\.D\.|DVM|RN|NP|PA-C|MA|MS|MSc|BSc|MBA|MPH|DDS|DMD|PharmD|"
    r"RD|RDN|CPA|CFA|CFP|Esq\.?|Jr\.?|Sr\.?|II|III|IV|FACS|FACP|LCSW|LPC|PsyD|EdD)"
)


def declared_author_problem(value: str) -> str | None:
    """Why a declared author (JSON-LD, <meta name=author>) is no person's name, or None.

    A CMS writes machine ids, its own or its vendor's name and template leftovers into these
    fields; e-mails and URLs are caught by ``valid_name``.
    """
    text = value.strip()
    folded = text.casefold()
    if folded in _VENDORS:
        return "CMS or vendor name"
    if _TEMPLATE.search(text):
        return "template placeholder"
    if _MACHINE_ID.fullmatch(text) or text.isdigit():
        return "user id"
    if _LEGAL_FORM.search(text):
        return "company name"
    return None


def strip_byline_word(text: str) -> str:
    """ "By Jane Doe", "Von Max Muster", "par Jean Dupont" -> the names after the byline word.

    A capitalised word that could open a name ("Von Trier") is kept unless two or more words
    follow it.
    """
    words = text.split()
    for size in (3, 2, 1):
        head = " ".join(words[:size]).rstrip(":：").casefold()
        if len(words) > size and head in BYLINE_WORDS:
            rest = words[size:]
            if words[0][0].islower() or len(rest) >= 2 or head in ("by", "written by"):
                return " ".join(rest)
    return text


def clean_byline(text: str, mode: Mode = "label") -> list[str]:
    """The names in a byline: "本报记者 张三 李四", "文/王五", "By Jane Doe, Staff Writer"."""
    text = _URL_TOKEN.sub(" ", text.replace("\u3000", " "))
    text = strip_wrappers(_WRITER_AND_PHOTOS.sub(" ", _without_dates(text)))
    if not text or len(text) > 120:
        return []
    photo = _PHOTO_CREDIT.search(f" {text}")
    if photo:
        text = f" {text}"[: photo.start()].strip()
    if _TRAILING_CREDIT.search(text):
        return []
    text = _TRAILING_WRITER.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = strip_byline_word(_LEADING_ROLE.sub("", text).strip())
    text = _ROLE_WORDS.sub(" ", text).strip()
    text = _REPORTER_WORD.sub(" ", text).strip()
    text = strip_wrappers(_REPORTED.sub("", text))
    names: list[str] = []
    for piece in _SEPARATORS.split(text):
        if names and _CREDENTIAL.fullmatch(strip_wrappers(piece)):
            names[-1] = f"{names[-1]}, {strip_wrappers(piece)}"  # "Jane Doe, MD": one person
            continue
        for group in _split_piece(strip_wrappers(piece)):
            # "张三和李四" counts only if both halves are names ("经济与管理" is not).
            if all(valid_name(name, mode) for name in group):
                names.extend(name for name in group if name not in names)
    return names


def _without_dates(text: str) -> str:
    """The byline with its dates blanked: "Jane Doe | April 10, 2021" -> "Jane Doe | "."""
    for found in reversed(find_dates(text)):
        text = f"{text[: found.start]} {text[found.end :]}"
    return text


def strip_wrappers(text: str) -> str:
    """Strip separators around a value and brackets that wrap all of it: "[ 黄宇 ]" -> "黄宇"."""
    previous = None
    while previous != text:
        previous = text
        text = text.strip(_EDGE_JUNK)
        if len(text) >= 2 and _PAIRS.get(text[0]) == text[-1]:
            inner = text[1:-1]
            if text[0] not in inner and text[-1] not in inner:
                text = inner
        elif text[:1] in _CLOSERS or (text[:1] in _PAIRS and _PAIRS[text[0]] not in text):
            text = text[1:]
        elif text[-1:] in _PAIRS or (text[-1:] in _CLOSERS and _CLOSERS[text[-1]] not in text):
            text = text[:-1]
    return text


def valid_name(name: str, mode: Mode = "label") -> bool:
    """Whether ``name`` can be a person (or, under a label, a nickname): see the module doc."""
    if not name or len(name) > 40 or is_placeholder(name) or _URLISH.search(name):
        return False
    core = _PARENTHESES.sub("", name).strip()
    if not core or is_placeholder(core) or looks_like_outlet(core) or _is_date_like(core):
        return False
    if HAS_HAN.search(core):
        return _valid_han(core, mode)
    return _valid_latin(core, mode)


def _is_date_like(name: str) -> bool:
    if _DATE_SHAPED.fullmatch(name):
        return True
    words = [word.lower() for word in _LATIN_WORD.findall(name)]
    return (
        bool(words)
        and not HAS_HAN.search(name)
        and all(w in _DATE_WORDS or month_number(w) or is_weekday(w) for w in words)
    )


def is_placeholder(text: str) -> bool:
    """A word that stands where a name should: "佚名", "admin", a byline word left alone."""
    folded = text.strip().casefold()
    return folded in _PLACEHOLDERS or folded in BYLINE_WORDS or folded in REPORTER_WORDS


def looks_like_outlet(text: str) -> bool:
    """A news outlet or website name ("某某日报", "某某网", "Example Courier"), never an author."""
    text = text.strip()
    if HAS_HAN.search(text):
        return bool(_OUTLET_SUFFIX.search(text)) and len(text) >= 2
    return bool(_LATIN_OUTLET.search(text)) or bool(_URLISH.search(text))


def _split_piece(piece: str) -> list[list[str]]:
    """One separator-free piece: CJK names split on spaces, Latin names kept whole.

    Returns groups of names that stand or fall together (the two halves of "张三和李四").
    """
    if not piece:
        return []
    tokens = _TOKEN.findall(piece)
    words = [token for token in tokens if token[0] not in "(（"]
    if words and all(_HAN_ONLY.fullmatch(word) for word in words):
        if len(words) > 1 and all(len(word) == 1 for word in words) and len(words) <= 3:
            return [["".join(words)]]  # a spaced-out name: "赵  培"
        groups: list[list[str]] = []
        for token in tokens:
            if token[0] in "(（" and groups:
                groups[-1][-1] = f"{groups[-1][-1]} ({token[1:-1].strip()})"
            elif token[0] not in "(（":
                pair = _CONJUNCTION.match(token)
                groups.append(list(pair.groups()) if pair else [token])
        return groups
    return [[" ".join(tokens)]]


def _valid_han(name: str, mode: Mode) -> bool:
    if _FORBIDDEN.search(name) and mode != "label":
        return False
    if _HAN_ONLY.fullmatch(name):
        if _HAN_DOTTED.fullmatch(name):
            return len(name) <= 20
        if mode == "label":
            return len(name) <= 20  # nicknames, or an issuing body under 发文机关
        if not _HAN_NAME.fullmatch(name) or name[0] in _NOT_NAME_START:
            return False
        if _ORG_SUFFIX.search(name) and len(name) > 2:
            return False
        return mode == "role" or name[0] in _SURNAMES or name[:2] in _COMPOUND_SURNAMES
    if mode != "label":
        return False
    # A nickname mixing scripts or digits under an explicit label ("小王2008", "Lucy李").
    return len(name) <= 20 and not _NICK_FORBIDDEN.search(name)


def _valid_latin(name: str, mode: Mode) -> bool:
    words = [word.lower() for word in _LATIN_WORD.findall(name)]
    if any(word in _LATIN_ROLES or "admin" in word for word in words):
        return False  # "AP Auto Writer", "Staff reporter", "jdadmin"
    if mode == "label":
        if _only_digits(name) or len(name) > 40 or not words:
            return False
        if _LATIN_FORBIDDEN.search(name):
            return False
        return len(words) <= 6 and not all(word in _LATIN_NOT_NAME for word in words)
    if _DIGIT.search(name) or not _LATIN_NAME.fullmatch(name):
        return False
    words = name.split()
    if any(word.lower().strip(".") in _LATIN_NOT_NAME for word in words):
        return False
    if mode == "bare":
        return 2 <= len(words) <= 4 and all(word[0].isupper() for word in words)
    return len(words) <= 5


def _only_digits(text: str) -> bool:
    stripped = _NUMBER_PUNCTUATION.sub("", text)
    return bool(stripped) and stripped.isdigit()
