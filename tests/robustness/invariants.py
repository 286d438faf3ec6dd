"""The robustness properties as plain functions, shared by hypothesis tests and the atheris harness.

Each ``check_*`` takes one input, asserts every property that applies to it and counts the input
in ``TRIED`` (``nox -s fuzz`` prints the counts).

Definitions (``squash`` deletes every whitespace character, as ``str.split`` sees whitespace):

- Never raises: ``extract`` on any ``str``/``bytes`` and ``extract_text`` on any ``str``
  return an ``Article``, with or without ``Options``.
- No invented text: ``squash`` of the article's paragraphs, concatenated in order, is a
  subsequence of ``squash`` of the *visible text of the input as parsed*: the input decoded
  (``cleanarticle.decode.decode``) and cut as the pipeline cuts it, put through the pipeline's
  guards (``flatten_deep_nesting``, ``limit_attributes``) and the Lexbor parser, then all its text
  nodes (``root.text(deep=True)``: entities decoded, scripts and hidden elements still in; plus
  the ``<body>`` a later ``<frameset>`` detached, which the library still reads). The
  ``" | "`` that joins the cells of a table row is the one thing the library adds, and is
  removed first. This holds because ``normalize_text`` only deletes characters (invisible
  marks, pinyin glosses) and collapses whitespace, detectors only cut spans, and blocks follow
  document order. For ``extract_text`` the reference is the input text itself.
- Deterministic: the same input gives an equal ``Article`` (``tests/robustness/
  test_properties.py`` also compares two processes with different hash seeds).
- Stable: cleaning the output again as text, ``extract_text(article.text)``, keeps the body:
  every line of the output that text mode itself counts as prose (``length_units >= 30`` and
  two punctuation marks: ``scorer.prose.Weights.text_prose``) is found again in the body, whitespace and
  a leading list bullet aside (text mode reads ``**bold**`` or ``- x`` at a line start as a
  bullet), or in the metadata (text mode moves a title line or a byline out of the body), unless
  text mode cuts that line when it is cleaned on its own. So the second pass may only drop what
  the text-mode rules drop anyway, never a prose line because of its context. The exception is
  needed: in a text dump, literal ``<div>`` is leaked markup while in HTML it was written as
  text (``&lt;div&gt;``, ``<plaintext>``); and HTML-mode span cuts can leave a line that text
  mode reads as boilerplate (``版权所有`` once ``<script>`` spans were cut: each detector
  judges the uncut line). Shorter lines may go: without the page's markup a short line is no
  longer known to be part of the article (a caption, a heading, a title line).
"""

from __future__ import annotations

from collections import Counter

from selectolax.lexbor import LexborHTMLParser

from cleanarticle import Article, Kind, Options, extract, extract_text
from cleanarticle.decode import decode, looks_binary
from cleanarticle.parse import flatten_deep_nesting, limit_attributes
from cleanarticle.textstats import length_units, punctuation_count

TRIED: Counter[str] = Counter()  # inputs checked, per check
STABLE_UNITS = 30  # with 2 punctuation marks: what the text-mode scorer counts as prose
_BULLETS = "•·-*▪●◦‣○■□◆◇>» \t"  # what text mode strips from a line start (blocks._BULLET)
_CELL_SEPARATOR = " | "


def squash(text: str) -> str:
    return "".join(text.split())


def is_subsequence(needle: str, haystack: str) -> bool:
    remaining = iter(haystack)
    return all(char in remaining for char in needle)


def article_body(article: Article) -> str:
    """The paragraphs in order, table-cell separators removed (the one text the library adds)."""
    return "".join(
        p.text.replace(_CELL_SEPARATOR, "") if p.kind is Kind.TABLE_ROW else p.text
        for p in article.paragraphs
    )


def visible_text(html: str | bytes, options: Options, encoding: str | None = None) -> str:
    """All text of the input as the library parses it (before it strips anything)."""
    if isinstance(html, bytes):
        if looks_binary(html):
            return ""
        html = decode(html[: options.max_input_bytes], encoding)
    html = html[: options.max_input_bytes]
    tree = LexborHTMLParser(limit_attributes(flatten_deep_nesting(html, options.max_depth)))
    text = tree.root.text(deep=True) if tree.root is not None else ""
    body = tree.body
    if body is not None and body.parent is None:  # a <frameset> replaced it; the library reads it
        text = (body.text(deep=True) or "") + text
    return text or ""


def check_html(html: str | bytes, options: Options | None = None) -> Article:
    """Every property for one HTML input (str or bytes)."""
    TRIED["html"] += 1
    options = options or Options()
    article = extract(html, options=options)
    assert isinstance(article, Article)
    assert article.text == "\n\n".join(p.text for p in article.paragraphs)
    assert extract(html, options=options) == article, "not deterministic"
    body = squash(article_body(article))
    reference = squash(visible_text(html, options))
    assert is_subsequence(body, reference), f"invented text: {body[:200]!r}"
    check_stable(article)
    return article


def check_text(text: str, options: Options | None = None) -> Article:
    """Every property for one text dump."""
    TRIED["text"] += 1
    options = options or Options()
    article = extract_text(text, options=options)
    assert isinstance(article, Article)
    assert extract_text(text, options=options) == article, "not deterministic"
    body = squash(article_body(article))
    assert is_subsequence(body, squash(text[: options.max_input_bytes])), "invented text"
    check_stable(article)
    return article


def check_stable(article: Article) -> None:
    again = extract_text(article.text)
    kept = squash(again.text)
    # Lines text mode reads as metadata (a title line, a byline) move to the article's fields.
    moved = squash(" ".join(cut.text for cut in again.removed if cut.detector == "metadata"))
    for line in article.text.split("\n"):
        if length_units(line) >= STABLE_UNITS and punctuation_count(line) >= 2:
            needle = squash(line.lstrip(_BULLETS))
            if needle not in kept and needle not in moved:
                alone = squash(extract_text(line).text)
                assert needle not in alone, f"lost on re-cleaning, by its context: {line!r}"


def check_any(data: str | bytes, encoding: str | None = None) -> None:
    """Never raises, for inputs too random for the text properties to say much."""
    TRIED["any"] += 1
    assert isinstance(extract(data, encoding=encoding), Article)
    if isinstance(data, str):
        assert isinstance(extract_text(data), Article)


def write_count(path: str | None) -> None:
    """Write this process's counts to ``path`` (one "kind count" line each), for ``nox -s fuzz``."""
    if path and TRIED:
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(f"{kind} {count}\n" for kind, count in sorted(TRIED.items()))
