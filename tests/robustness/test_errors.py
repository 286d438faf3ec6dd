"""Caller mistakes fail fast and clearly: the error names the argument and what was expected.

Page content never raises (see test_properties.py); these are programming errors, which must.
tests/test_api.py covers the basic cases; this adds every argument and option.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from cleanarticle import Options, extract, extract_text


@pytest.mark.parametrize(
    "bad", [123, None, 1.5, True, ["<p>x</p>"], ("<p>",), {"html": "x"}, io.BytesIO(b"<p>x</p>")]
)
def test_extract_names_the_page_argument(bad: object) -> None:
    with pytest.raises(TypeError, match=r"extract\(\) expects html as str or bytes, got \w+"):
        extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [b"<p>x</p>", bytearray(b"x"), None, 7, io.StringIO("x")])
def test_extract_text_names_the_text_argument(bad: object) -> None:
    with pytest.raises(TypeError, match=r"extract_text\(\) expects text as str, got \w+"):
        extract_text(bad)  # type: ignore[arg-type]


def test_bytes_like_pages_are_accepted() -> None:
    for page in (bytearray(b"<p>x</p>"), memoryview(b"<p>x</p>")):
        assert extract(page).text == extract(b"<p>x</p>").text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("keyword", "value"),
    [("url", b"https://x"), ("url", 5), ("encoding", b"utf-8"), ("encoding", 8),
     ("options", {"favor": "precision"}), ("options", "precision")],
)  # fmt: skip
def test_extract_keywords_are_named(keyword: str, value: object) -> None:
    with pytest.raises(TypeError, match=rf"{keyword} must be .*, got \w+"):
        extract("<p>x</p>", **{keyword: value})


@pytest.mark.parametrize(("keyword", "value"), [("url", 1), ("options", object())])
def test_extract_text_keywords_are_named(keyword: str, value: object) -> None:
    with pytest.raises(TypeError, match=rf"{keyword} must be"):
        extract_text("x", **{keyword: value})


def test_unknown_keywords_are_type_errors_naming_them() -> None:
    with pytest.raises(TypeError, match="favour"):
        extract("<p>x</p>", favour="recall")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="max_bytes"):
        Options(max_bytes=10)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"favor": "speed"}, ValueError, r"Options\.favor must be one of .*'speed'"),
        ({"favor": None}, ValueError, r"Options\.favor"),
        ({"detectors": "navigation"}, TypeError, r"Options\.detectors must be a tuple"),
        ({"detectors": ("navigation", 3)}, TypeError, r"Options\.detectors"),
        ({"detectors": ("nope",)}, ValueError, r"unknown detector.*'nope'.*known"),
        ({"include_tables": "yes"}, TypeError, r"Options\.include_tables must be a bool, got str"),
        ({"include_lists": 1}, TypeError, r"Options\.include_lists must be a bool, got int"),
        ({"min_body_length": 2.5}, TypeError, r"Options\.min_body_length must be an int"),
        ({"max_input_bytes": True}, TypeError, r"Options\.max_input_bytes must be an int, got bool"),
        ({"max_input_bytes": -1}, ValueError, r"Options\.max_input_bytes must be >= 0, got -1"),
        ({"max_depth": "256"}, TypeError, r"Options\.max_depth must be an int, got str"),
        ({"max_depth": -5}, ValueError, r"Options\.max_depth must be >= 0"),
        ({"time_limit": 0}, ValueError, r"Options\.time_limit must be > 0"),
        ({"time_limit": -1.0}, ValueError, r"Options\.time_limit"),
        ({"time_limit": "1"}, TypeError, r"Options\.time_limit must be a number"),
        ({"time_limit": True}, TypeError, r"Options\.time_limit must be a number"),
    ],
)  # fmt: skip
def test_options_errors_name_the_field_and_the_expectation(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        Options(**kwargs)


def test_detectors_accept_any_sequence_of_names() -> None:
    assert Options(detectors=["navigation"]).detectors == ("navigation",)  # type: ignore[arg-type]
    assert Options(detectors=()).detectors == ()
