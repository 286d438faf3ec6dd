"""One adapter per extractor, each called the way its documentation recommends.

An adapter's `prepare` gives the page as the tool takes it (raw bytes, or the careful decode of
`datasets.careful_decode` for tools that take str); `extract` is the call that is timed.
`metadata` is an extra, untimed call for tools whose body call does not return author/date.
"""

from __future__ import annotations

import importlib
import importlib.metadata
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from benchmarks.datasets import Page

# newspaper4k needs a URL; the zh pages have none, so they get this neutral placeholder.
PLACEHOLDER_URL = "https://example.invalid/article.html"


class ToolUnavailable(Exception):
    """The tool cannot run here (not installed, or broken import): the harness skips it."""


@dataclass(frozen=True)
class Extraction:
    text: str
    author: str | None = None  # as returned; several names joined with "; "
    date: str | None = None  # as returned (datetimes as ISO strings)
    removed: tuple[Any, ...] = ()  # cleanarticle's Removal entries (detector, reason, text)


class Tool(ABC):
    name: str  # key for --tools and row label
    package: str  # distribution whose version is reported
    call: str  # how it is called, for docs/benchmarks.md
    takes: str  # "bytes" or "str"
    has_body: bool = True
    has_metadata: bool = False

    @abstractmethod
    def setup(self) -> None:
        """Import what `extract` needs (never timed); raise ToolUnavailable when impossible."""

    def prepare(self, page: Page) -> bytes | str:
        return page.raw if self.takes == "bytes" else page.html

    @abstractmethod
    def extract(self, doc: Any, page: Page) -> Extraction: ...

    def metadata(self, doc: Any, page: Page) -> Extraction | None:
        """Untimed extra call for author/date, when `extract` does not return them."""
        return None

    def version(self) -> str:
        try:
            return importlib.metadata.version(self.package)
        except importlib.metadata.PackageNotFoundError:
            return "?"


def _import(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except Exception as error:  # an ImportError, or a broken package failing at import
        raise ToolUnavailable(f"`import {module}` failed: {error!r}") from error


def _as_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(str(item) for item in value) or None
    return str(value)


class CleanArticle(Tool):
    name = "cleanarticle"
    package = "cleanarticle"
    call = "`cleanarticle.extract(page_bytes, url=url)`"
    takes = "bytes"
    has_metadata = True
    _version: str | None = None

    def setup(self) -> None:
        module = _import("cleanarticle")
        self._extract = module.extract
        self._version = getattr(module, "__version__", None)

    def version(self) -> str:
        """The imported module's own version (src/ is measured, not an installed copy)."""
        return self._version or super().version()

    def extract(self, doc: Any, page: Page) -> Extraction:
        article = self._extract(doc, url=page.url)
        author = _as_text(article.authors) or article.author
        return Extraction(article.text or "", author, _as_text(article.date), article.removed)


class Trafilatura(Tool):
    package = "trafilatura"
    has_metadata = True

    def __init__(self, takes: str) -> None:
        self.takes = takes
        self.name = "trafilatura" if takes == "str" else "trafilatura-bytes"
        argument = "html" if takes == "str" else "page_bytes"
        self.call = (
            f"`trafilatura.extract({argument}, url=url)`; author/date from an untimed "
            f"`bare_extraction({argument}, url=url, with_metadata=True)`"
        )

    def setup(self) -> None:
        self._module = _import("trafilatura")

    def extract(self, doc: Any, page: Page) -> Extraction:
        return Extraction(self._module.extract(doc, url=page.url) or "")

    def metadata(self, doc: Any, page: Page) -> Extraction | None:
        result = self._module.bare_extraction(doc, url=page.url, with_metadata=True)
        if result is None:
            return Extraction("")
        return Extraction(result.text or "", _as_text(result.author), _as_text(result.date))


class Readability(Tool):
    name = "readability"
    package = "readability-lxml"
    call = "`readability.Document(html).summary()`, then `html_text.extract_text` of that HTML"
    takes = "str"

    def setup(self) -> None:
        self._document = _import("readability").Document
        self._to_text = _import("html_text").extract_text

    def extract(self, doc: Any, page: Page) -> Extraction:
        return Extraction(self._to_text(self._document(doc).summary()) or "")


class JusText(Tool):
    name = "justext"
    package = "jusText"
    call = (
        '`justext.justext(html, justext.get_stoplist("English"))` on English pages; on Chinese '
        "pages (jusText has no Chinese stoplist) its language-independent mode: empty stoplist "
        "with `stopwords_low=0, stopwords_high=0`; text = non-boilerplate paragraphs"
    )
    takes = "str"

    def setup(self) -> None:
        self._module = _import("justext")
        self._english = self._module.get_stoplist("English")

    def extract(self, doc: Any, page: Page) -> Extraction:
        if page.language == "en":
            paragraphs = self._module.justext(doc, self._english)
        else:
            paragraphs = self._module.justext(doc, frozenset(), stopwords_low=0, stopwords_high=0)
        return Extraction("\n".join(p.text for p in paragraphs if not p.is_boilerplate))


class Resiliparse(Tool):
    name = "resiliparse"
    package = "resiliparse"
    call = "`extract_plain_text(HTMLTree.parse(html), main_content=True)`"
    takes = "str"

    def setup(self) -> None:
        self._parse = _import("resiliparse.parse.html").HTMLTree.parse
        self._to_text = _import("resiliparse.extract.html2text").extract_plain_text

    def extract(self, doc: Any, page: Page) -> Extraction:
        return Extraction(self._to_text(self._parse(doc), main_content=True) or "")


class Gne(Tool):
    name = "gne"
    package = "gne"
    call = "`GeneralNewsExtractor().extract(html)` (content, author, publish_time)"
    takes = "str"
    has_metadata = True

    def setup(self) -> None:
        self._extractor = _import("gne").GeneralNewsExtractor()

    def extract(self, doc: Any, page: Page) -> Extraction:
        result = self._extractor.extract(doc)
        return Extraction(
            result.get("content") or "",
            _as_text(result.get("author")),
            _as_text(result.get("publish_time")),
        )


class Newspaper(Tool):
    name = "newspaper4k"
    package = "newspaper4k"
    call = (
        "`newspaper.article(url, language=lang, input_html=html, fetch_images=False)` "
        '(lang "en"/"zh"; zh needs the `newspaper4k[zh]` extra); text, authors, publish_date'
    )
    takes = "str"
    has_metadata = True

    def setup(self) -> None:
        self._article = _import("newspaper").article

    def extract(self, doc: Any, page: Page) -> Extraction:
        article = self._article(
            page.url or PLACEHOLDER_URL,
            language=page.language,
            input_html=doc,
            fetch_images=False,  # offline benchmark: never fetch images over the network
        )
        return Extraction(
            article.text or "", _as_text(article.authors), _as_text(article.publish_date)
        )


class HtmlText(Tool):
    name = "html-text"
    package = "html-text"
    call = "`html_text.extract_text(html)` (all visible text: the floor)"
    takes = "str"

    def setup(self) -> None:
        self._to_text = _import("html_text").extract_text

    def extract(self, doc: Any, page: Page) -> Extraction:
        return Extraction(self._to_text(doc) or "")


class SelectolaxParse(Tool):
    name = "selectolax"
    package = "selectolax"
    call = "`selectolax.lexbor.LexborHTMLParser(page_bytes)`: a bare parse, no extraction"
    takes = "bytes"
    has_body = False

    def setup(self) -> None:
        self._parser = _import("selectolax.lexbor").LexborHTMLParser

    def extract(self, doc: Any, page: Page) -> Extraction:
        self._parser(doc)
        return Extraction("")


def all_tools() -> list[Tool]:
    return [
        CleanArticle(),
        Trafilatura("str"),
        Trafilatura("bytes"),
        Readability(),
        JusText(),
        Resiliparse(),
        Gne(),
        Newspaper(),
        HtmlText(),
        SelectolaxParse(),
    ]


def select(names: str | None) -> list[Tool]:
    """The tools named in a comma list (all when None); unknown names raise ValueError."""
    tools = all_tools()
    if not names:
        return tools
    wanted = [n.strip() for n in names.split(",") if n.strip()]
    known = {tool.name: tool for tool in tools}
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise ValueError(f"unknown tools {unknown}; known: {', '.join(known)}")
    return [known[n] for n in wanted]
