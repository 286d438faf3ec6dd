"""cleanarticle: the clean article of a crawled page (body text plus title, date, author, source).

    >>> import cleanarticle
    >>> article = cleanarticle.extract(html_bytes, url="https://example.com/news/1")
    >>> article.title, article.date, article.text

Extraction never touches the network and never raises on bad pages; wrong argument types raise
``TypeError`` and bad option values ``ValueError``.
"""

from __future__ import annotations

from cleanarticle.article import Article, Kind, Paragraph, Removal
from cleanarticle.options import Options

# The pipeline (parser, detectors, metadata: most of the import time) is imported by the first
# extraction, not here: the batch tool's parent process reads and writes records and never
# cleans one itself when it has worker processes, so it starts without that cost.

__all__ = [
    "Article", "Kind", "Options", "Paragraph", "Removal", "extract", "extract_text", "report",
]  # fmt: skip
__version__ = "0.1.0"


def extract(
    html: str | bytes,
    *,
    url: str | None = None,
    encoding: str | None = None,
    options: Options | None = None,
) -> Article:
    """The article of an HTML page given as text or as raw bytes in any encoding.

    ``encoding`` is a hint from the transport (HTTP or WARC header), tried before detection.
    """
    if isinstance(html, (bytearray, memoryview)):
        html = bytes(html)
    if not isinstance(html, (str, bytes)):
        raise TypeError(f"extract() expects html as str or bytes, got {type(html).__name__}")
    _check_optional_str("url", url)
    _check_optional_str("encoding", encoding)
    from cleanarticle.pipeline import run_html

    return run_html(html, url, encoding, _check_options(options))


def extract_text(text: str, *, url: str | None = None, options: Options | None = None) -> Article:
    """The article of a plain-text page dump (text already pulled out of a page, noise and all)."""
    if not isinstance(text, str):
        raise TypeError(f"extract_text() expects text as str, got {type(text).__name__}")
    _check_optional_str("url", url)
    from cleanarticle.pipeline import run_text

    return run_text(text, url, _check_options(options))


def report(
    article: Article,
    page: str | bytes,
    *,
    encoding: str | None = None,
    options: Options | None = None,
    text: bool = False,
) -> str:
    """A self-contained, safe HTML report of what ``extract`` kept and cut on ``page``.

    Give the page, ``encoding`` hint and ``options`` the article was extracted with (and
    ``text=True`` for a dump given to ``extract_text``); see ``cleanarticle.explain.report``.
    """
    if not isinstance(article, Article):
        raise TypeError(f"report() expects an Article, got {type(article).__name__}")
    if isinstance(page, (bytearray, memoryview)):
        page = bytes(page)
    if not isinstance(page, (str, bytes)):
        raise TypeError(f"report() expects the page as str or bytes, got {type(page).__name__}")
    from cleanarticle.explain.report import report as build

    return build(article, page, encoding=encoding, options=_check_options(options), text=text)


def _check_optional_str(name: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, got {type(value).__name__}")


def _check_options(options: object) -> Options:
    if options is None:
        return Options()
    if not isinstance(options, Options):
        raise TypeError(f"options must be a cleanarticle.Options, got {type(options).__name__}")
    return options
