"""Dates and bylines in many languages: the month/weekday and byline-word tables as data."""

import pytest

from cleanarticle.metadata.authors import clean_byline
from cleanarticle.metadata.dates import find_dates, parse_date
from cleanarticle.metadata.languages import (
    _MONTHS,
    BYLINE_WORDS,
    MONTH_NUMBERS,
    is_weekday,
    month_number,
)


@pytest.mark.parametrize(
    ("language", "text", "iso"),
    [
        ("en", "March 3, 2024", "2024-03-03"),
        ("en", "Sunday, 3rd of March 2024 at 2:05 pm", "2024-03-03T14:05:00"),
        ("de", "3. März 2024", "2024-03-03"),
        ("de", "Montag, 4. März 2024 um 14:30 Uhr", "2024-03-04T14:30:00"),
        ("de", "03.03.2024", "2024-03-03"),
        ("de", "3. Jänner 2024", "2024-01-03"),
        ("fr", "le 3 février 2024 à 10:15", "2024-02-03T10:15:00"),
        ("fr", "1er août 2023", "2023-08-01"),
        ("es", "3 de marzo de 2024", "2024-03-03"),
        ("es", "lunes, 4 de marzo de 2024", "2024-03-04"),
        ("it", "3 settembre 2024", "2024-09-03"),
        ("pt", "3 de março de 2024", "2024-03-03"),
        ("pt", "3 de marco de 2024", "2024-03-03"),  # the accent dropped
        ("nl", "3 maart 2024", "2024-03-03"),
        ("pl", "3 marca 2024", "2024-03-03"),
        ("ru", "3 марта 2024 г.", "2024-03-03"),
        ("uk", "3 березня 2024", "2024-03-03"),
        ("tr", "3 Mart 2024", "2024-03-03"),
        ("sv", "3 augusti 2024", "2024-08-03"),
        ("ja", "2024年3月3日 14:05", "2024-03-03T14:05:00"),
        ("ko", "2024년 3월 3일", "2024-03-03"),
        ("ko", "2024. 3. 3. 14:05", "2024-03-03T14:05:00"),
        ("zh", "2024年3月3日 星期日", "2024-03-03"),
    ],
)
def test_dates_per_language(language, text, iso):
    found = find_dates(text)
    assert found and found[0].iso == iso, language


@pytest.mark.parametrize(
    ("text", "year", "iso"),
    [
        ("12月7日 10:30", 2020, "2020-12-07T10:30:00"),
        ("发布时间：12月7日", 2021, "2021-12-07"),
        ("7 December", 2019, "2019-12-07"),
        ("7. Dezember", 2019, "2019-12-07"),
        ("Dec. 7 at 3:05 pm", 2022, "2022-12-07T15:05:00"),
    ],
)
def test_day_month_takes_the_pages_year(text, year, iso):
    assert [found.iso for found in find_dates(text, year=year)] == [iso]
    assert find_dates(text) == []  # without the page's year, no guess


@pytest.mark.parametrize("text", ["April 2025", "120 April", "Mai 2024"])
def test_a_month_and_year_is_no_day_month_date(text):
    assert find_dates(text, year=2022) == []


def test_a_full_date_keeps_its_own_year_beside_a_page_year():
    assert [found.iso for found in find_dates("7 December 2021", year=2024)] == ["2021-12-07"]


def test_every_language_lists_twelve_months():
    for language, row in _MONTHS.items():
        assert len(row.split()) == 12, language
    assert {month_number(name) for name in MONTH_NUMBERS} == set(range(1, 13))


@pytest.mark.parametrize(
    ("name", "number"),
    [("März", 3), ("marz", 3), ("févr.", 2), ("Août", 8), ("марта", 3), ("Października", 10)],
)
def test_month_names_fold_case_accents_and_dots(name, number):
    assert month_number(name) == number


@pytest.mark.parametrize("name", ["Montag", "mercredi", "miércoles", "poniedziałek", "월요일"])
def test_weekday_names(name):
    assert is_weekday(name)


def test_an_offset_keeps_the_pages_own_calendar_day():
    # 23:30 in New York is already the next day in UTC: the page's day is the 3rd.
    assert parse_date("2024-03-03T23:30:00-05:00") == "2024-03-03T23:30:00-05:00"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("Von Max Mustermann", ["Max Mustermann"]),
        ("von Max Mustermann und Erika Muster", ["Max Mustermann", "Erika Muster"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("Por María López", ["María López"]),
        ("door Jan de Vries", ["Jan de Vries"]),
        ("przez Annę Nowak", ["Annę Nowak"]),
        ("автор Андрей Колесников", ["Андрей Колесников"]),
        ("신현주 기자", ["신현주"]),
        ("Angela Holliday-Bell, MD", ["Angela Holliday-Bell, MD"]),
        ("Von Trier", ["Von Trier"]),  # a name that starts like a byline word stays whole
        ("von", []),
    ],
)
def test_byline_words_per_language(text, names):
    assert clean_byline(text) == names


def test_byline_words_are_data():
    assert {"by", "von", "par", "por", "door", "av", "przez", "автор"} <= BYLINE_WORDS
