"""Words of dates and bylines per language, as data: month and weekday names, byline words.

Rules elsewhere read only the tables built here, so supporting a language is adding a row,
never a new pattern. Month names list every spelling a dateline uses (nominative, genitive,
abbreviations); accents are optional when matching, since pages drop them ("fevrier").
Japanese, Chinese and Korean write months as numbers ("3月", "3월"): only their weekdays and
byline words are listed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from types import MappingProxyType

# Twelve space-separated groups per language, one per month; "|" separates spellings.
_MONTHS = {
    "en": "january|jan february|feb march|mar april|apr may june|jun july|jul august|aug "
          "september|sept|sep october|oct november|nov december|dec",
    "de": "januar|jänner|jan februar|feber|feb märz|mär april|apr mai juni|jun juli|jul "
          "august|aug september|sept|sep oktober|okt november|nov dezember|dez",
    "fr": "janvier|janv février|févr|fév mars avril|avr mai juin juillet|juil août "
          "septembre|sept octobre|oct novembre|nov décembre|déc",
    "es": "enero|ene febrero|feb marzo|mar abril|abr mayo|may junio|jun julio|jul agosto|ago "
          "septiembre|setiembre|sept|sep octubre|oct noviembre|nov diciembre|dic",
    "it": "gennaio|gen febbraio|feb marzo|mar aprile|apr maggio|mag giugno|giu luglio|lug "
          "agosto|ago settembre|set ottobre|ott novembre|nov dicembre|dic",
    "pt": "janeiro|jan fevereiro|fev março|mar abril|abr maio|mai junho|jun julho|jul "
          "agosto|ago setembro|set outubro|out novembro|nov dezembro|dez",
    "nl": "januari|jan februari|feb maart|mrt april|apr mei juni|jun juli|jul augustus|aug "
          "september|sept|sep oktober|okt november|nov december|dec",
    "pl": "styczeń|stycznia|sty luty|lutego|lut marzec|marca|mar kwiecień|kwietnia|kwi "
          "maj|maja czerwiec|czerwca|cze lipiec|lipca|lip sierpień|sierpnia|sie "
          "wrzesień|września|wrz październik|października|paź listopad|listopada|lis "
          "grudzień|grudnia|gru",
    "ru": "январь|января|янв февраль|февраля|фев март|марта|мар апрель|апреля|апр май|мая "
          "июнь|июня|июн июль|июля|июл август|августа|авг сентябрь|сентября|сен "
          "октябрь|октября|окт ноябрь|ноября|ноя декабрь|декабря|дек",
    "uk": "січень|січня лютий|лютого березень|березня квітень|квітня травень|травня "
          "червень|червня липень|липня серпень|серпня вересень|вересня жовтень|жовтня "
          "листопад|листопада грудень|грудня",
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
          "december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "id": "januari februari maret april mei juni juli agustus september oktober november "
          "desember|des",
}  # fmt: skip
_WEEKDAYS = {
    "en": "monday|mon tuesday|tue|tues wednesday|wed thursday|thu|thur|thurs friday|fri "
          "saturday|sat sunday|sun",
    "de": "montag dienstag mittwoch donnerstag freitag samstag|sonnabend sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira|segunda terça-feira|terça quarta-feira|quarta quinta-feira|quinta "
          "sexta-feira|sexta sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "ja": "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日",
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
    "zh": "星期一|周一 星期二|周二 星期三|周三 星期四|周四 星期五|周五 星期六|周六 "
          "星期日|星期天|周日",
}  # fmt: skip
# Words that open a byline before the names: "By Jane Doe", "Von Max Muster", "Par Jean Dupont"
_BYLINE_WORDS = {
    "en": "by written_by posted_by reported_by", "de": "von", "fr": "par", "es": "por",
    "pt": "por", "it": "di a_cura_di", "nl": "door", "sv": "av", "no": "av", "da": "af",
    "pl": "przez autor", "ru": "автор", "uk": "автор", "tr": "yazan",
}  # fmt: skip
# Lower-case particles inside a person's name: "Jan de Vries", "Ursula von der Leyen".
_NAME_PARTICLES = {
    "nl": "van de der den ter ten het", "de": "von der zu vom", "fr": "de du des le la",
    "es": "de del la las los", "pt": "de da das do dos", "it": "di da del della",
    "ar": "al el bin ibn",
}  # fmt: skip
# Words of posting that stand before a byline word and a user's handle: "started by jdoe".
_POSTING_WORDS = {
    "en": "post posted written started submitted asked answered created uploaded shared edited",
    "de": "geschrieben erstellt gestartet", "fr": "publié écrit posté", "es": "publicado escrito",
    "pt": "publicado escrito", "it": "pubblicato scritto", "nl": "geplaatst geschreven",
}  # fmt: skip
# Words just before a date that say what it dates ("_" joins the words of one cue): its
# publication ("Veröffentlicht am 3. März 2024"), an update ("Last updated on …"), or a reply
# on a question page ("answered Dec 8, 2017"), which is no date of the page.
_PUBLISHED_CUES = {
    "en": "posted posted_on published published_on date asked", "de": "veröffentlicht "
    "veröffentlicht_am erstellt erstellt_am datum", "fr": "publié publié_le", "es": "publicado "
    "publicado_el fecha", "it": "pubblicato pubblicato_il", "pt": "publicado publicado_em",
    "nl": "gepubliceerd gepubliceerd_op datum",
}  # fmt: skip
_UPDATE_CUES = {
    "en": "update updated modified edited", "de": "aktualisiert geändert",
    "fr": "mis_à_jour modifié actualisé", "es": "actualizado modificado",
    "it": "aggiornato modificato", "pt": "atualizado modificado", "nl": "bijgewerkt gewijzigd",
}  # fmt: skip
_REPLY_CUES = {"en": "answered commented replied"}
# Role nouns that stand next to a reporter's name: "记者 王明", "구현모 기자", "山田太郎記者".
_REPORTER_WORDS = {
    "zh": "记者 記者 通讯员 通訊員 实习生 實習生", "ja": "記者 特派員 編集委員 著",
    "ko": "기자 특파원", "en": "reporter correspondent",
}  # fmt: skip


def _fold(word: str) -> str:
    """Case and accents dropped: "Février" -> "fevrier"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _number_table(rows: dict[str, str]) -> dict[str, int]:
    table: dict[str, int] = {}
    for row in rows.values():
        for number, group in enumerate(row.split(), start=1):
            for spelling in group.split("|"):
                table.setdefault(spelling.casefold(), number)
                table.setdefault(_fold(spelling), number)
    return table


def _language_table(rows: dict[str, str]) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for language, row in rows.items():
        for group in row.split():
            for spelling in group.split("|"):
                for key in (spelling.casefold(), _fold(spelling)):
                    table.setdefault(key, set()).add(language)
    return {key: frozenset(languages) for key, languages in table.items()}


MONTH_NUMBERS = MappingProxyType(_number_table(_MONTHS))  # "märz", "marz", "марта" -> 3
_MONTH_LANGUAGES = MappingProxyType(_language_table(_MONTHS))  # "mars" -> {"fr", "sv", "no"}
WEEKDAY_NUMBERS = MappingProxyType(_number_table(_WEEKDAYS))  # "montag" -> 1
BYLINE_WORDS = frozenset(
    word.replace("_", " ") for row in _BYLINE_WORDS.values() for word in row.split()
)
NAME_PARTICLES = frozenset(word for row in _NAME_PARTICLES.values() for word in row.split())
PUBLISHED_CUES = frozenset(
    word.replace("_", " ") for row in _PUBLISHED_CUES.values() for word in row.split()
)
UPDATE_CUES = frozenset(
    word.replace("_", " ") for row in _UPDATE_CUES.values() for word in row.split()
)
REPLY_CUES = frozenset(word for row in _REPLY_CUES.values() for word in row.split())
POSTING_WORDS = frozenset(word for row in _POSTING_WORDS.values() for word in row.split())
REPORTER_WORDS = frozenset(word for row in _REPORTER_WORDS.values() for word in row.split())


def month_number(name: str) -> int | None:
    """The month a name spells in any listed language, with or without accents and a dot."""
    name = name.rstrip(".")
    return MONTH_NUMBERS.get(name.casefold()) or MONTH_NUMBERS.get(_fold(name))


def month_in_language(name: str, language: str) -> bool:
    """Whether ``name`` spells a month in ``language`` ("de", or "de-AT": its first part)."""
    name = name.rstrip(".")
    primary = language.lower().replace("_", "-").split("-")[0]
    spelled = _MONTH_LANGUAGES.get(name.casefold()) or _MONTH_LANGUAGES.get(_fold(name))
    return spelled is not None and primary in spelled


def is_weekday(name: str) -> bool:
    name = name.rstrip(".,")
    return name.casefold() in WEEKDAY_NUMBERS or _fold(name) in WEEKDAY_NUMBERS


_Trie = dict[str, "_Trie"]  # one character -> what follows it; "" marks the end of a word


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first (so "march" wins over "mar"); a space
    inside a word matches any run of spaces.

    Written as a trie behind a look-ahead for the first characters: "m(?:a(?:r(?:ch)?|y)|...)".
    Flat, an alternation of 236 month names costs 236 tries at every position of the text (a
    run of digits or '_' took 100 ms per 10 KB); as a trie, a position whose character starts
    no word costs one class test, and one that does follows a single path. It matches what the
    flat, longest-first alternation matches: two words that fit at one position are a prefix
    of each other, and the trie tries the longer first. Siblings must differ under
    case-folding too (tested), or a case-insensitive pattern could take either.
    """
    trie: _Trie = {}
    for word in set(words):
        if word:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}
    if not trie:
        return "(?!)"
    firsts = "".join(re.escape(char) for char in sorted(trie))
    return f"(?=[{firsts}])(?:{_trie_pattern(trie)})"


def _trie_pattern(node: _Trie) -> str:
    """The words below ``node``, longest first; "" marks a word ending here."""
    branches = [
        _char_pattern(char) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return inner
    if len(branches) == 1 and len(branches[0]) > 1:
        inner = f"(?:{inner})"
    return inner + "?"  # greedy: the longer word first, this one if the rest fails


def _char_pattern(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)
