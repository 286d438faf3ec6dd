"""The report in a real browser: headless Chromium builds the DOM the checks expect.

Skipped when no Chromium is installed (Debian: apt-get install chromium). For every page in
samples/ (and, with CLEANARTICLE_REPORT_PAGES=all, every golden page too, which `nox -s report`
sets): the highlighted cuts are exactly the article's cuts, the side panel lists every rule,
the hostile text stays text and no script element exists.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

import cleanarticle

from . import chromium
from .test_report import HOSTILE

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted(p for p in (REPO / "samples").iterdir() if p.suffix in (".html", ".txt"))
GOLDEN_PAGES = sorted((REPO / "tests" / "golden").glob("*/page.html.gz"))
PAGES = SAMPLES + (GOLDEN_PAGES if os.environ.get("CLEANARTICLE_REPORT_PAGES") == "all" else [])

pytestmark = pytest.mark.skipif(
    chromium.find() is None, reason="no Chromium installed (apt-get install chromium)"
)


class _Dom(HTMLParser):
    """What the checks read of a dumped DOM: cut elements, rule rows, every tag name."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cuts: list[int] = []
        self.rules: set[str] = set()
        self.tags: set[str] = set()
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.add(tag)
        self.attributes += [name for name, _ in attrs]
        if "cut" in (found.get("class") or "").split():
            self.cuts.append(int(found.get("data-index") or -1))
        if tag == "tr" and found.get("data-rule"):
            self.rules.add(found["data-rule"] or "")


def _page(path: Path) -> tuple[str | bytes, bool]:
    if path.name.endswith(".gz"):
        import gzip

        return gzip.decompress(path.read_bytes()), False
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8"), True
    return path.read_bytes(), False


def _browser_dom(
    tmp_path: Path, page: str | bytes, text: bool
) -> tuple[cleanarticle.Article, _Dom]:
    if text:
        assert isinstance(page, str)
        article = cleanarticle.extract_text(page)
    else:
        article = cleanarticle.extract(page)
    target = tmp_path / "report.html"
    target.write_text(cleanarticle.report(article, page, text=text), encoding="utf-8")
    dom = _Dom()
    dom.feed(chromium.dump_dom(target))
    return article, dom


@pytest.mark.parametrize("path", PAGES, ids=[f"{p.parent.name}/{p.name}" for p in PAGES])
def test_the_browser_shows_every_cut_once_and_every_rule(tmp_path: Path, path: Path) -> None:
    article, dom = _browser_dom(tmp_path, *_page(path))
    located = [removal for removal in article.removed if removal.index >= 0]
    assert sorted(dom.cuts) == sorted(removal.index for removal in located)
    assert dom.rules == {removal.rule for removal in located}
    assert "script" not in dom.tags and "img" not in dom.tags and "a" not in dom.tags


def test_hostile_text_stays_text_in_the_browser(tmp_path: Path) -> None:
    _, dom = _browser_dom(tmp_path, HOSTILE.encode(), False)
    assert not {"script", "img", "a", "iframe"} & dom.tags
    assert not any(name.startswith("on") for name in dom.attributes)
