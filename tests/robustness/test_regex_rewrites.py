"""Patterns rewritten to keep within the regex budget match exactly what their old forms matched.

Each old form is kept here as the reference (it backtracked, or was tried from every position
of a run); hypothesis builds texts from the pieces each pattern cares about and the new form
must give the same matches, spans and results. A second test per pattern times an input that
was quadratic or worse before.
"""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle.metadata import _BARE_HOST
from cleanarticle.metadata import authors as authors_module
from cleanarticle.metadata.languages import (
    BYLINE_WORDS,
    MONTH_NUMBERS,
    REPORTER_WORDS,
    WEEKDAY_NUMBERS,
    alternation,
)
from cleanarticle.metadata.lines.patterns import is_url_or_domain, url_or_domain_spans
from cleanarticle.parse import (
    _ATTRIBUTE,
    _ATTRIBUTES,
    _MARKUP,
    _NEXT_TOKEN,
    _PLAIN_TAG_REST,
    _RAW,
    MAX_ATTRIBUTES,
    _count_attributes,
    _cut_surplus,
    limit_attributes,
)


def texts(pieces: list[str], size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


def examples(ci: int) -> settings:
    return settings(max_examples=max(ci, settings.default.max_examples))


def quick(call: object, *args: object, limit: float = 0.2) -> None:
    start = time.process_time()
    call(*args)  # type: ignore[operator]
    assert time.process_time() - start < limit


# --- word alternations (dates, bylines) ----------------------------------------------------------

WORD_SETS = {
    "months": MONTH_NUMBERS,
    "weekdays": WEEKDAY_NUMBERS,
    "bylines": BYLINE_WORDS,
    "reporters": REPORTER_WORDS,
}


def _flat(words: object) -> str:
    """The old alternation: every word, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))  # type: ignore[call-overload]


def _word_pieces() -> list[str]:
    words = sorted({word for table in WORD_SETS.values() for word in table})
    pieces = {" ", ".", "1", "x", "-"}
    for word in words:
        pieces.update((word, word.upper(), word.title(), word[: len(word) // 2], word[1:]))
    return sorted(pieces)


@examples(300)
@given(texts(_word_pieces(), size=6), st.sampled_from(sorted(WORD_SETS)), st.booleans())
def test_trie_alternation_matches_like_the_flat_one(text: str, name: str, ignore_case: bool):
    flags = re.IGNORECASE if ignore_case else 0
    old = re.compile(f"(?:{_flat(WORD_SETS[name])})", flags)
    new = re.compile(f"(?:{alternation(WORD_SETS[name])})", flags)
    for start in range(len(text) + 1):
        old_match, new_match = old.match(text, start), new.match(text, start)
        assert (old_match and old_match.span()) == (new_match and new_match.span())


def test_trie_alternation_prefers_the_longest_word():
    pattern = re.compile(alternation(["mar", "march", "marcha", "may", "a"]))
    assert [m.group() for m in pattern.finditer("marchamarchmarmayax")] == [
        "marcha", "march", "mar", "may", "a"
    ]  # fmt: skip
    assert re.fullmatch(f"(?:{alternation(['mar', 'march'])})ch", "march")  # backs off
    assert re.search(alternation([]), "anything") is None


def test_trie_siblings_differ_under_case_folding():
    """Two sibling letters equal under IGNORECASE (i and ı) would make the trie's order count."""
    for words in WORD_SETS.values():
        siblings: dict[str, set[str]] = {}
        for word in words:
            for end, char in enumerate(word):
                siblings.setdefault(word[:end], set()).add(char)
        for chars in siblings.values():
            for first in chars:
                others = [c for c in chars if c != first]
                assert not any(re.fullmatch(re.escape(first), c, re.IGNORECASE) for c in others)


def test_first_character_look_ahead_admits_what_the_words_admit():
    """The look-ahead's class, case-insensitive, accepts exactly the characters that match a
    word's first letter case-insensitively (Kelvin sign, long s, dotless i, ...)."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for words in WORD_SETS.values():
        admitted: set[str] = set()
        for first in {word[0] for word in words}:
            admitted.update(re.findall(re.escape(first), everything, re.IGNORECASE))
        look = re.compile(alternation(words).split("(?:", 1)[0] + ".", re.IGNORECASE | re.DOTALL)
        assert set(look.findall(everything)) == admitted


# --- URLs and domains in metadata lines ----------------------------------------------------------

OLD_URL_OR_DOMAIN = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|info|cc|tv|hk|tw)"
    r"(?:\.[a-z]{2})?\b/?\S*",
    re.IGNORECASE,
)
URL_PIECES = [
    "a", "b1", "-", "--", ".", "..", "com", "COM", "cn", "hk", "tv", "comx", "com-", ".uk", "/",
    "www.", "http://", "https://", " ", "  ", "_", "(", ")", "中", "x.y", ":", "@",
]  # fmt: skip


@examples(2000)
@given(texts(URL_PIECES))
def test_url_or_domain_finds_what_the_old_pattern_found(text: str):
    assert url_or_domain_spans(text) == [m.span() for m in OLD_URL_OR_DOMAIN.finditer(text)]
    assert is_url_or_domain(text) == (OLD_URL_OR_DOMAIN.fullmatch(text) is not None)


def test_url_or_domain_examples():
    assert url_or_domain_spans("来源: news.sina.com.cn/x 新浪") == [(4, 22)]
    assert url_or_domain_spans("(-foo.com) and a.www.b") == [(2, 10), (17, 22)]  # dashes skipped
    assert url_or_domain_spans("x.company y.com-z") == [(10, 17)]
    assert is_url_or_domain("www.example.org/path") and not is_url_or_domain("-a.com")


def test_url_or_domain_reads_a_dotted_run_once():
    quick(url_or_domain_spans, "a." * 50_000)
    quick(url_or_domain_spans, "a-" * 50_000)
    quick(url_or_domain_spans, "-." * 50_000 + "a")


OLD_BARE_HOST = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/", re.IGNORECASE)


@examples(1000)
@given(texts(["www.", "a", "b1", "-", ".", "com", "CN", "x", "/", "_", ":", "\u212a"]))
def test_bare_host_matches_like_the_old_pattern(text: str):
    old, new = OLD_BARE_HOST.match(text), _BARE_HOST.match(text)
    assert (old and old.span()) == (new and new.span())


def test_bare_host_reads_a_dotted_run_once():
    quick(_BARE_HOST.match, "www." * 50_000)


# --- authors: notes in parentheses and date-shaped names ----------------------------------------

OLD_PARENTHESES = re.compile(r"\s*[(（][^)）]*[)）]")
OLD_DATE_SHAPED = re.compile(r"(?=.*\d)[\d\s年月日号號/\-.:：,，]+")


@examples(1000)
@given(texts([" ", "\n", "(", ")", "（", "）", "a", "王明", "实习"]))
def test_notes_are_dropped_as_before(text: str):
    new = authors_module._PARENTHESES.sub(authors_module._drop_note, text)
    assert new == OLD_PARENTHESES.sub("", text)


@examples(1000)
@given(texts(["1", "٣", " ", "\n", "\t", "年", "月", "-", "：", ",", "a", "Apr"]))
def test_date_shaped_names_as_before(text: str):
    shaped = authors_module._DATE_SHAPED.fullmatch(text) is not None
    assert shaped == (OLD_DATE_SHAPED.fullmatch(text) is not None)


def test_author_patterns_read_a_run_once():
    quick(authors_module._PARENTHESES.sub, authors_module._drop_note, "(" * 50_000)
    quick(authors_module._PARENTHESES.sub, authors_module._drop_note, "a" + " " * 50_000)
    quick(authors_module._DATE_SHAPED.fullmatch, "年" * 50_000 + "a")


# --- the parse guards ---------------------------------------------------------------------------

OLD_ATTRIBUTES = re.compile(rf"[\s/]*({_ATTRIBUTE})")
TAG_PIECES = [
    " ", "/", "//", "a", "b=1", "=", '"', "'", 'c="x y"', "d='>'", ">", "\t", "e=", "<",
]  # fmt: skip


@examples(1000)
@given(texts(TAG_PIECES, size=20), st.integers(1, 6))
def test_attributes_are_counted_and_cut_as_before(rest: str, limit: int):
    html = f"<div {rest}"
    old = [m.span(1) for m in OLD_ATTRIBUTES.finditer(html, 4)]
    new = [m.span(1) for m in _ATTRIBUTES.finditer(html, 4) if m.group(1) is not None]
    assert new == old
    assert _count_attributes(html, 0, len(html), 1000) == len(old)
    cuts: list[tuple[int, int]] = []
    assert _cut_surplus(html, 0, len(html), limit, cuts) == (len(old) > limit)
    assert cuts == ([(old[limit - 1][1], old[-1][1])] if len(old) > limit else [])


def test_a_run_of_slashes_in_a_tag_is_read_once():
    html = "<p><a " + "/" * 200_000 + ' href="x">text</a></p>'
    quick(limit_attributes, html)  # was 270 s: the run was read again from each of its "/"
    assert limit_attributes(html) == html


def _old_scanner(short: int) -> re.Pattern[str]:
    """The scanner before the "<" that open no markup were told first."""
    short_tag = rf"(?=[^>]{{0,{short - 2}}}>)"
    nothing_to_see = rf"""
        [^<]++
      | <{short_tag}(?:
            /[a-zA-Z]{_PLAIN_TAG_REST}
          | (?!(?:html|body|{_RAW})[\s/>])[a-zA-Z][^"'>]*+>
          | (?!(?:html|body|{_RAW})[\s/>])[a-zA-Z]{_PLAIN_TAG_REST}
          | !--(?:-?>|[^>]*?--!?>)
          | [!?](?!--)[^>]*+>
          | /[^a-zA-Z>][^>]*+>
        )
      | </(?:>|\Z)
      | <(?![a-zA-Z!?/])
      | <{short_tag}(?P<short_raw>{_RAW})(?=[\s/>]){_PLAIN_TAG_REST}
            (?:[^<]|<(?!/(?P=short_raw)[\s/>])){{0,{short}}}+(?=</(?P=short_raw)[\s/>])
    """
    return re.compile(
        rf"(?:{nothing_to_see})*+(?:(?P<token>{_MARKUP})|\Z)",
        re.IGNORECASE | re.DOTALL | re.VERBOSE,
    )


OLD_NEXT_TOKEN = _old_scanner(2 * MAX_ATTRIBUTES)
MARKUP_PIECES = [
    "<", ">", "</", "/", "!", "?", "--", "<!--", "-->", "a", "<p>", "</p>", "<b x=1>", "<html>",
    "<body a>", "<script>", "</script>", "<title>", "</title >", " ", '"', "'", "=", "text",
    "x" * 300, "<div " + "a " * 300 + ">",
]  # fmt: skip


@examples(1000)
@given(texts(MARKUP_PIECES, size=16))
def test_token_scanner_finds_the_tokens_as_before(html: str):
    def tokens(scanner: re.Pattern[str]) -> list[object]:
        return [(m.span("token"), m.groupdict()) for m in scanner.finditer(html)]

    assert tokens(_NEXT_TOKEN) == tokens(OLD_NEXT_TOKEN)
