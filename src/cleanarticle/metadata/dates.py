"""Dates: find and parse the date spellings of web pages, into ISO 8601 strings.

Numeric spellings (ISO, day-first, "2024年3月3日", "2024년 3월 3일", "2024. 3. 3.") and month
names in every language of ``languages`` ("3. März 2024", "3 de marzo de 2024", "March 3, 2024").
A timestamp with an offset keeps its own calendar day (never converted to UTC), and nothing here
reads the clock: the latest plausible date is the caller's ``now`` or a fixed bound.

Hand-written patterns rather than a general parser: they are fast on the few short lines we
look at, never guess a date out of prose, and keep the precision the page gives (a time, a zone,
or only a year and month). python-dateutil is the last resort for meta values in odd spellings.

Ambiguous numeric dates ("10/04/2021") are read day-first, unless the caller says the page is
en-US (``month_first=True``); a first number above 12 forces day-first and a second number above
12 forces month-first whatever the page says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cleanarticle.metadata.languages import (
    MONTH_NUMBERS,
    WEEKDAY_NUMBERS,
    alternation,
    month_in_language,
    month_number,
)

EARLIEST_YEAR = 1995  # older dates on web pages are history being written about, not a dateline
_NO_CLOCK_LIMIT = datetime(2100, 1, 1)  # the latest date accepted when the caller gives no "now"

# Full-width digits and separators, read as ASCII (one character for one, so spans stay valid).
_FULL_WIDTH = str.maketrans("０１２３４５６７８９：／－．", "0123456789:/-.")
_HAS_FULL_WIDTH = re.compile("[０-９：／－．]")  # translating costs more than this test
_YEAR = re.compile(r"\d{4}")
_SEPARATED_DIGITS = re.compile(r"\d[-/.]\d")
_HAS_DATE_CHAR = re.compile(r"[0-9０-９〇○零]")
# The characters whose lower case falls in "a".."z": ASCII letters, İ and the Kelvin sign.
_LETTER = re.compile("[A-Za-z\u0130\u212a]")

_TIME = (
    r"(?:(?P<ampm1>[上下]午|早上|上午|晚上|凌晨)\s*)?"
    r"(?P<hour>\d{1,2})\s*(?:[:：]|[时時点點](?=\s*\d))\s*(?P<minute>\d{2})\s*分?"
    r"(?:\s*[:：]\s*(?P<second>\d{2})(?:\.\d+)?\s*秒?)?"
    r"(?:\s*(?P<ampm2>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?"
    r"(?:\s*(?P<zone>Z(?![A-Za-z])|[+-]\d{2}:?\d{2}(?!\d)|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?"
    r"|BJT|HKT|JST|KST))?"
)
_CJK_YMD = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})(?!\d)"
    r"\s*[日号號일]?"
    rf"(?:[\s,，]*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?(?:[\s,，]*{_TIME})?"
)
_CJK_YM = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月(?![\s\d]*\d\s*[日号號])"
)
_ISO_YMD = re.compile(
    r"(?<![\d./-])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
    rf"(?:(?:T|\s*[T,]?\s*|\s+-\s+){_TIME})?"
)
# Korean and some Japanese pages: "2024. 3. 3." (dots, each followed by a space).
_SPACED_DOTS = re.compile(
    r"(?<![\d.])(?P<year>\d{4})\.\s+(?P<month>\d{1,2})\.\s+(?P<day>\d{1,2})\.?(?!\d)"
    rf"(?:\s*(?:\([^)]{{1,3}}\)\s*)?{_TIME})?"
)
_NUMERIC_DMY = re.compile(
    r"(?<![\d./-])(?P<fst>\d{1,2})(?P<sep>[-/.])(?P<snd>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"
    rf"(?:(?:\s*[,-]?\s*|\s+at\s+){_TIME})?"
)
_MONTH = f"(?:{alternation(MONTH_NUMBERS)})"
_WEEKDAY = rf"(?:(?:{alternation(WEEKDAY_NUMBERS)})\.?,?\s+)?"
_MONTH_NAME = re.compile(rf"(?<![^\W\d_]){_MONTH}(?![^\W\d_])", re.IGNORECASE)  # the gate
_ASCII_MONTHS = tuple(name for name in MONTH_NUMBERS if name.isascii())
# A month's name with the day and year, in any listed language: "March 3, 2024", "3 March 2024",
# "3. März 2024", "3 de marzo de 2024", "3 марта 2024 г.", "Montag, 3. März 2024 um 14:30".
_NAMED = re.compile(
    rf"(?<![^\W\d_]){_WEEKDAY}(?:"
    rf"(?P<mname1>{_MONTH})\.?\s+(?P<mday1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>\d{{4}})"
    rf"|(?P<mday2>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s*(?:of\s+|de\s+)?(?P<mname2>{_MONTH})"
    rf"\.?,?\s+(?:de\s+|del\s+)?(?P<year2>\d{{4}})(?:\s*г\.|\s*року)?"
    rf")(?!\d)(?:(?:\s*,?\s*(?:at|um|à|a\s+las|alle|às|om|kl\.?)?\s*|\s+-\s+){_TIME})?",
    re.IGNORECASE,
)
# A day and month without a year: "12月7日", "12월 7일", "7 December", "7. Dezember", "Dec. 7".
_CJK_MD = re.compile(
    r"(?<![\d年년])(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日号號일]"
    rf"(?:[\s,，]*{_TIME})?"
)
_NAMED_DM = re.compile(
    rf"(?<![^\W\d_]){_WEEKDAY}(?:"
    rf"(?P<mname1>{_MONTH})\.?\s+(?P<mday1>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
    rf"|(?<!\d)(?P<mday2>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s*(?:of\s+|de\s+)?(?P<mname2>{_MONTH})\.?"
    rf")(?![\w.]*\s*,?\s*\d{{4}})(?![^\W\d_])(?:(?:\s*,?\s*(?:at|um|à|alle|às|om)?\s*){_TIME})?",
    re.IGNORECASE,
)
_HAN_DIGITS = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
_HAN_YMD = re.compile(
    r"(?P<year>[〇○零Ｏ一二三四五六七八九]{4})年(?P<month>[一二三四五六七八九十]{1,2})月"
    r"(?P<day>[一二三四五六七八九十]{1,3})[日号號]"
)
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_URL_DATE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d{2})(?P<sep>[-/_]?)(?P<month>[01]\d)"
    r"(?:(?P=sep)|/)(?P<day>[0-3]\d)(?!\d)"
)
_ZONE_OFFSETS = {"BJT": "+08:00", "HKT": "+08:00", "JST": "+09:00", "KST": "+09:00"}
_ZONE_NUMBER = re.compile(r"([+-])(\d{1,2}):?(\d{2})?")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text: where it is, its ISO form and how precise it is."""

    start: int
    end: int
    iso: str
    precision: int  # 2: year-month, 3: day, 4: with a time


def find_dates(
    text: str,
    *,
    month_first: bool = False,
    now: datetime | None = None,
    year: int | None = None,
    language: str | None = None,
) -> list[DateMatch]:
    """All plausible dates in ``text``, in order; year-month dates only in CJK spelling.

    With ``year`` (the year the page's other dates give), a day and month without a year,
    "12月7日" or "7 December", is read in that year; with the page's ``language`` too, only a
    month name of that language (or English) is, since a short word of another language is
    not a month here ("MARS 3" on an English page is a product).
    """
    if not _HAS_DATE_CHAR.search(text):
        return []
    if _HAS_FULL_WIDTH.search(text):
        text = text.translate(_FULL_WIDTH)
    limit: datetime | None = None
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    patterns = _patterns_for(text)
    if year is not None:
        patterns += _day_month_patterns(text)
    for pattern in patterns:
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            limit = limit or _latest(now)
            parsed = _from_match(pattern, match, month_first, limit, year, language)
            if parsed is not None:
                iso, precision = parsed
                found.append(DateMatch(span[0], _trim_end(text, span[1]), iso, precision))
                taken.append(span)
    found.sort(key=lambda item: item.start)
    return found


def _patterns_for(text: str) -> list[re.Pattern[str]]:
    """The date patterns that can match, in the order they are tried.

    Each pattern needs something most lines lack: four digits in a row (all but the Han-numeral
    one), 年, digits around a - / . separator, or a month's name.
    """
    year = _YEAR.search(text) is not None
    cjk = "年" in text or "년" in text
    separated = year and _SEPARATED_DIGITS.search(text) is not None
    named = year and _has_month_name(text)
    spaced = year and ". " in text
    wanted = (
        (_CJK_YMD, year and cjk), (_ISO_YMD, separated), (_NUMERIC_DMY, separated),
        (_SPACED_DOTS, spaced), (_NAMED, named), (_HAN_YMD, cjk), (_CJK_YM, year and cjk),
    )  # fmt: skip
    return [pattern for pattern, can_match in wanted if can_match]


def _day_month_patterns(text: str) -> list[re.Pattern[str]]:
    """The patterns of a day and month without a year, tried after every full date."""
    wanted = ((_CJK_MD, "月" in text or "월" in text), (_NAMED_DM, _has_month_name(text)))
    return [pattern for pattern, can_match in wanted if can_match]


def parse_date(
    value: str | None, *, month_first: bool = False, now: datetime | None = None
) -> str | None:
    """The date a meta value or attribute holds (ISO, epoch seconds, or any spelling we find)."""
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > 200:
        return None
    if _EPOCH.fullmatch(value):
        seconds = int(value[:10])
        moment = datetime.fromtimestamp(seconds, tz=UTC)
        if _plausible(moment.year, moment.month, moment.day, _latest(now)):
            return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        return None
    found = find_dates(value, month_first=month_first, now=now)
    if found:
        return found[0].iso
    return _dateutil(value, _latest(now))


def date_from_url(url: str | None, *, now: datetime | None = None) -> str | None:
    """The day in a URL path: /2021/04/10/, /2021-04-10/, /20210410/, /202104/10/, t20210410_."""
    if not url:
        return None
    path = url.split("://", 1)[-1]
    slash = path.find("/")
    if slash < 0:
        return None
    limit = _latest(now)
    for match in _URL_DATE.finditer(path[slash:]):
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        if _plausible(year, month, day, limit):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def same_day(first: str, second: str) -> bool:
    return first[:10] == second[:10]


def _from_match(
    pattern: re.Pattern[str],
    match: re.Match[str],
    month_first: bool,
    limit: datetime,
    page_year: int | None = None,
    language: str | None = None,
) -> tuple[str, int] | None:
    groups = match.groupdict()
    if pattern is _NAMED_DM and page_year is not None:
        name = groups["mname1"] or groups["mname2"]
        if language and not any(month_in_language(name, tongue) for tongue in (language, "en")):
            return None
        month, day, year = (
            month_number(name) or 0,
            int(groups["mday1"] or groups["mday2"]),
            page_year,
        )
    elif pattern is _CJK_MD and page_year is not None:
        month, day, year = int(groups["month"]), int(groups["day"]), page_year
    elif pattern is _NAMED:
        name = groups["mname1"] or groups["mname2"]
        year = int(groups["year1"] or groups["year2"])
        # re.I matches "ſ" (long s) and "K" (Kelvin) to s and k: casefold reads them the same.
        month = month_number(name) or 0  # 0: not a month, rejected below
        day = int(groups["mday1"] or groups["mday2"])
    elif pattern is _NUMERIC_DMY:
        first, second, year = int(groups["fst"]), int(groups["snd"]), int(groups["year"])
        if first > 12 or (not month_first and second <= 12):
            day, month = first, second
        else:
            month, day = first, second
    elif pattern is _HAN_YMD:
        year = int("".join(str(_HAN_DIGITS[char]) for char in groups["year"]))
        month, day = _han_number(groups["month"]), _han_number(groups["day"])
    elif pattern is _CJK_YM:
        year, month = int(groups["year"]), int(groups["month"])
        if not _plausible(year, month, 1, limit):
            return None
        return f"{year:04d}-{month:02d}", 2
    else:
        year, month, day = int(groups["year"]), int(groups["month"]), int(groups["day"])
    if not _plausible(year, month, day, limit):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    clock = _clock(groups)
    if clock is None:
        return date, 3
    return f"{date}T{clock}", 4


def _clock(groups: dict[str, str | None]) -> str | None:
    hour_text, minute_text = groups.get("hour"), groups.get("minute")
    if hour_text is None or minute_text is None:
        return None
    hour, minute = int(hour_text), int(minute_text)
    second = int(groups.get("second") or 0)
    marker = (groups.get("ampm1") or groups.get("ampm2") or "").lower().replace(".", "")
    if marker in ("pm", "下午", "晚上") and hour < 12:
        hour += 12
    elif marker in ("am", "凌晨", "上午", "早上") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    clock = f"{hour:02d}:{minute:02d}:{second:02d}"
    zone = groups.get("zone")
    return clock + _zone(zone) if zone else clock


def _zone(zone: str) -> str:
    zone = zone.strip().upper()
    if zone in ("Z", "UTC", "GMT"):
        return "+00:00"
    if zone in _ZONE_OFFSETS:
        return _ZONE_OFFSETS[zone]
    number = _ZONE_NUMBER.search(zone)
    if not number:
        return ""
    sign, hours, minutes = number.groups()
    return f"{sign}{int(hours):02d}:{minutes or '00'}"


def _han_number(text: str) -> int:
    """一..九, 十, 十一..十九, 二十.., 三十一."""
    if "十" not in text:
        return _HAN_DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (
        _HAN_DIGITS.get(ones, 0) if ones else 0
    )


def _plausible(year: int, month: int, day: int, limit: datetime) -> bool:
    if year < EARLIEST_YEAR or not 1 <= month <= 12 or not 1 <= day <= 31:
        return False
    try:
        moment = datetime(year, month, day)
    except ValueError:
        return False
    return moment <= limit


def _latest(now: datetime | None) -> datetime:
    """Dates after this are not a publication date (a day of slack for time zones).

    Without a caller's ``now`` the bound is fixed: extraction never reads the clock, so a page
    gives the same answer on any day.
    """
    if now is None:
        return _NO_CLOCK_LIMIT
    return now.replace(tzinfo=None) + timedelta(days=1)


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _has_month_name(text: str) -> bool:
    """Whether ``_MONTH_NAME`` is found; substring tests do for ASCII, and cost less."""
    if not text.isascii():
        return _MONTH_NAME.search(text) is not None
    lower = text.lower()
    return any(month in lower for month in _ASCII_MONTHS) and _MONTH_NAME.search(text) is not None


def _has_letters(text: str) -> bool:
    return _LETTER.search(text) is not None


def _dateutil(value: str, limit: datetime) -> str | None:
    """Last resort for a meta value in an English spelling our patterns do not know."""
    if not _has_letters(value) or not _HAS_DATE_CHAR.search(value):
        return None
    from dateutil import parser  # imported lazily: most pages never get here

    try:
        moment = parser.parse(value, fuzzy=False, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if moment.year == 1 or not _plausible(moment.year, moment.month, moment.day, limit):
        return None
    date = moment.strftime("%Y-%m-%d")
    if moment.hour or moment.minute or moment.second:
        date += moment.strftime("T%H:%M:%S")
        offset = moment.utcoffset()
        if offset is not None:
            minutes = int(offset.total_seconds() // 60)
            sign = "+" if minutes >= 0 else "-"
            date += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return date
