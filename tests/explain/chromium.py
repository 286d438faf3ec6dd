"""Headless Chromium for the report's browser checks: find it, dump a page's DOM, screenshot.

    python -m tests.explain.chromium screenshot REPORT.html OUT.png [FRAGMENT]
    python -m tests.explain.chromium docs-screenshot      # redraws docs/report.png

Chromium runs with no network, no sync, no first-run work and a fresh profile each time, so a
check depends on nothing but the file it opens.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)  # fmt: skip
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")
TIMEOUT = 60  # seconds for one page


def find() -> str | None:
    """The browser's path, or None when none is installed."""
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


def run(page: Path, *arguments: str, fragment: str = "") -> subprocess.CompletedProcess[str]:
    browser = find()
    if browser is None:
        raise FileNotFoundError("no Chromium: apt-get install chromium (Debian package)")
    with tempfile.TemporaryDirectory(prefix="cleanarticle-chromium-") as profile:
        command = [browser, *FLAGS, f"--user-data-dir={profile}", *arguments]
        command.append(page.resolve().as_uri() + (f"#{fragment}" if fragment else ""))
        return subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, check=True,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip


def dump_dom(page: Path) -> str:
    """The DOM as Chromium built it, serialised (--dump-dom)."""
    return run(page, "--dump-dom").stdout


def screenshot(page: Path, target: Path, fragment: str = "", size: str = "1400,900") -> None:
    run(page, f"--screenshot={target.resolve()}", f"--window-size={size}", "--hide-scrollbars",
        fragment=fragment)  # fmt: skip


REPO = Path(__file__).resolve().parents[2]
DOCS_PAGE = REPO / "samples" / "104_en_blog_ci_comments.html"
DOCS_IMAGE = REPO / "docs" / "report.png"


def docs_screenshot() -> None:
    """The README's picture: the report of a sample page, one cut's tip shown (#cut-N)."""
    import cleanarticle

    page = DOCS_PAGE.read_bytes()
    article = cleanarticle.extract(page)
    shown = next(r for r in article.removed if r.rule == "link_farm.link_list")
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.html"
        report.write_text(cleanarticle.report(article, page), encoding="utf-8")
        screenshot(report, DOCS_IMAGE, fragment=f"cut-{shown.index}", size="1280,760")


if __name__ == "__main__":
    if sys.argv[1:2] == ["docs-screenshot"]:
        docs_screenshot()
    elif len(sys.argv) >= 4 and sys.argv[1] == "screenshot":
        screenshot(Path(sys.argv[2]), Path(sys.argv[3]), *sys.argv[4:5])
    else:
        sys.exit(__doc__)
