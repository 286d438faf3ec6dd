"""Hold the library to the hand-written expectations in ``samples/``.

Each ``samples/<stem>.expected.json`` describes the clean article a person reads on
``samples/<stem>.html`` (``"input": "html"``, fed to ``cleanarticle.extract`` as bytes) or
``samples/<stem>.txt`` (``"input": "text"``, fed to ``cleanarticle.extract_text``).
The expectations were written from the pages, not from the library's output: when a test here
fails, the library is wrong unless a re-reading of the page shows the expectation is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SUFFIX = ".expected.json"
INPUT_SUFFIXES = {"html": ".html", "text": ".txt"}
METADATA_FIELDS = ("title", "date", "author", "source")
KEYS = {
    "input",
    *METADATA_FIELDS,
    "first_sentence",
    "last_sentence",
    "must_contain",
    "must_not_contain",
}

EXPECTED_FILES = sorted(SAMPLES.glob(f"*{SUFFIX}"))


def _stem(expected_path: Path) -> str:
    return expected_path.name[: -len(SUFFIX)]


def _normalize(text: str) -> str:
    """Collapse every run of whitespace (including U+3000 and newlines) to one space."""
    return " ".join(text.split())


def _load(expected_path: Path) -> dict[str, Any]:
    return json.loads(expected_path.read_text(encoding="utf-8"))


def _input_path(expected_path: Path, expected: dict[str, Any]) -> Path:
    return SAMPLES / (_stem(expected_path) + INPUT_SUFFIXES[expected["input"]])


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _context(body: str, needle: str, width: int = 40) -> str:
    at = body.find(needle)
    start = max(0, at - width)
    return "…" + body[start : at + len(needle) + width] + "…"


@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=[_stem(p) for p in EXPECTED_FILES])
def test_sample(expected_path: Path) -> None:
    import cleanarticle  # imported here so the pairing tests run even while the library cannot

    expected = _load(expected_path)
    source = _input_path(expected_path, expected)
    if expected["input"] == "html":
        article = cleanarticle.extract(source.read_bytes())
    else:
        article = cleanarticle.extract_text(source.read_text(encoding="utf-8"))

    problems: list[str] = []

    for field in METADATA_FIELDS:
        want = expected[field]
        got = getattr(article, field)
        if want is None:
            if got is not None:
                problems.append(f"{field}: expected None, got {got!r}")
        elif field == "date":
            if got != want:
                problems.append(f"{field}: expected {want!r}, got {got!r}")
        elif not isinstance(got, str) or _normalize(got) != _normalize(want):
            problems.append(f"{field}: expected {want!r}, got {got!r}")

    body = _normalize(article.text or "")
    first = _normalize(expected["first_sentence"])
    last = _normalize(expected["last_sentence"])
    if not body.startswith(first):
        problems.append(
            f"body start: expected to start with {first!r}\n"
            f"    body starts with {_clip(body[: len(first) + 60])!r}"
        )
    if not body.endswith(last):
        problems.append(
            f"body end: expected to end with {last!r}\n"
            f"    body ends with {_clip(body[-(len(last) + 60) :])!r}"
        )
    for needle in expected["must_contain"]:
        if _normalize(needle) not in body:
            problems.append(f"missing from body: {needle!r}")
    for needle in expected["must_not_contain"]:
        normalized = _normalize(needle)
        if normalized in body:
            problems.append(f"noise left in body: {needle!r} in {_context(body, normalized)!r}")

    if problems:
        pytest.fail(
            f"{source.name}: {len(problems)} difference(s) from {expected_path.name}\n  - "
            + "\n  - ".join(problems)
            + f"\n  (body: {len(body)} chars)",
            pytrace=False,
        )


def test_every_sample_has_an_expected_file_and_vice_versa() -> None:
    inputs = {
        path.stem: path
        for path in SAMPLES.iterdir()
        if path.suffix in INPUT_SUFFIXES.values() and not path.name.endswith(SUFFIX)
    }
    expected = {_stem(path): path for path in EXPECTED_FILES}
    problems = [
        f"{inputs[stem].name} has no {stem}{SUFFIX}"
        for stem in sorted(inputs.keys() - expected.keys())
    ]
    problems += [
        f"{expected[stem].name} has no sample {stem}.html or {stem}.txt"
        for stem in sorted(expected.keys() - inputs.keys())
    ]
    for stem in sorted(inputs.keys() & expected.keys()):
        declared = _load(expected[stem]).get("input")
        if INPUT_SUFFIXES.get(declared) != inputs[stem].suffix:
            problems.append(
                f"{expected[stem].name} says input {declared!r}, "
                f"but the sample is {inputs[stem].name}"
            )
    assert EXPECTED_FILES, f"no *{SUFFIX} files in {SAMPLES}"
    assert not problems, "samples and expectations do not pair up:\n  - " + "\n  - ".join(problems)


@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=[_stem(p) for p in EXPECTED_FILES])
def test_expected_file_is_well_formed(expected_path: Path) -> None:
    expected = _load(expected_path)
    problems = []
    if set(expected) != KEYS:
        missing, extra = sorted(KEYS - set(expected)), sorted(set(expected) - KEYS)
        problems.append(f"keys differ: missing {missing}, extra {extra}")
    if expected.get("input") not in INPUT_SUFFIXES:
        problems.append(
            f"input must be one of {sorted(INPUT_SUFFIXES)}, got {expected.get('input')!r}"
        )
    for field in METADATA_FIELDS:
        if field in expected and not (expected[field] is None or isinstance(expected[field], str)):
            problems.append(f"{field} must be a string or null, got {expected[field]!r}")
    for field in ("first_sentence", "last_sentence"):
        if not isinstance(expected.get(field), str) or not expected[field].strip():
            problems.append(f"{field} must be a non-empty string")
    for field in ("must_contain", "must_not_contain"):
        value = expected.get(field)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(item, str) and item.strip() for item in value)
        ):
            problems.append(f"{field} must be a non-empty list of non-empty strings")
    assert not problems, f"{expected_path.name}:\n  - " + "\n  - ".join(problems)
