"""Structure fidelity of the Markdown output: code, tables, ordered lists, links and images.

    python benchmarks/structure.py                   # all sets, print the table
    python benchmarks/structure.py --sets wcxb --limit 200
    python benchmarks/structure.py --write           # and update docs/benchmarks.md

Pages: every bench page (all sets in ../shared/bench are dev pages) whose HTML holds a <pre>,
<table> or <ol>. What is "in the article" comes from the page and its human truth: an element
counts when it has 4+ tokens (CJK-aware, as the body metric) and at least 80% of its 4-token
shingles occur in the true body.
Each tool's Markdown is rendered by a CommonMark parser (markdown-it-py, GFM tables) and read
back, so a figure counts only what a Markdown reader would see:

- code: per <pre> in the article, whether the tool kept it (90% of its 4-token shingles
  appear in the output) and whether its lines come out exactly (rstripped, as a contiguous
  run of one code block of the output); "exact" is given over kept blocks and over all;
- table cells: of the non-empty cells of the article's tables (2+ rows of 2+ cells), the share
  found as cells of the output's tables (multiset);
- ordered lists: of the article's <ol> (2+ items), the share whose items (half of them) come out
  as items of an ordered list;
- links / images (both tools asked to keep them): of the links in the article's text blocks and
  the images between two article text passages, the share whose URL (resolved against <base>
  or the page URL, any lazy-loading candidate for images) is in the output; links also among
  those whose line of text the tool kept (90% of its shingles in the output).

cleanarticle: ``extract(bytes, url=url, options=Options(include_links=True,
include_images=True)).to_markdown()``. trafilatura: ``extract(html, url=url,
output_format="markdown", include_links=True, include_images=True, include_tables=True,
include_formatting=True)`` (formatting on: without it trafilatura writes no code fences).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "src")]

from markdown_it import MarkdownIt  # noqa: E402
from selectolax.lexbor import LexborHTMLParser, LexborNode  # noqa: E402

from benchmarks.datasets import DEFAULT_BENCH_DIR, careful_decode  # noqa: E402
from benchmarks.metric import shingles, tokenize  # noqa: E402
from benchmarks.tools import PLACEHOLDER_URL  # noqa: E402

SETS = ("scrapinghub", "zh", "wcxb", "fundus", "readability")
DOCS = REPO / "docs" / "benchmarks.md"
_HAS_STRUCTURE = re.compile(rb"<(?:pre|table|ol)[\s>]", re.IGNORECASE)
_COVERED = 0.8
# A <pre> counts as kept when nearly all its text is in the output: code blocks on one page
# share lines, so half of them would count one that was dropped for its near-twin.
_KEPT = 0.9
_MIN_TOKENS = 3
_TEXT_BLOCKS = frozenset(
    {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt"}
)
_LAZY = ("src", "data-src", "data-original", "data-lazy-src", "data-actualsrc", "data-url")
_SRCSETS = ("srcset", "data-srcset", "data-lazy-srcset")
_MARKDOWN = MarkdownIt("commonmark").enable("table")
_LINE_BLOCKS = frozenset({"div", "p", "li", "tr", "ul", "ol", "table", "section", "pre", "h1",
                          "h2", "h3", "h4", "h5", "h6", "blockquote", "header", "footer"})


@dataclass
class Tally:
    """One tool's counts over all pages."""

    pages: int = 0
    pre: int = 0
    pre_kept: int = 0
    pre_exact: int = 0
    cells: int = 0
    cells_found: int = 0
    ordered: int = 0
    ordered_kept: int = 0
    links: int = 0
    links_found: int = 0
    links_kept: int = 0  # links whose line of text the tool kept
    links_kept_found: int = 0
    images: int = 0
    images_found: int = 0
    seconds: float = 0.0
    errors: int = 0

    def row(self, name: str) -> list[str]:
        return [
            name,
            f"{_share(self.pre_exact, self.pre_kept)} ({self.pre_exact}/{self.pre_kept})",
            f"{_share(self.pre_exact, self.pre)} ({self.pre_exact}/{self.pre})",
            f"{_share(self.cells_found, self.cells)} ({self.cells})",
            f"{_share(self.ordered_kept, self.ordered)} ({self.ordered})",
            f"{_share(self.links_found, self.links)} ({self.links})",
            f"{_share(self.links_kept_found, self.links_kept)} ({self.links_kept})",
            f"{_share(self.images_found, self.images)} ({self.images})",
        ]


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


@dataclass
class Reference:
    """What a page's article holds, read from its HTML and its truth."""

    pres: list[list[str]] = field(default_factory=list)  # lines of each <pre>
    cells: Counter[str] = field(default_factory=Counter)
    ordered: list[list[str]] = field(default_factory=list)  # item texts of each <ol>
    links: list[tuple[str, str]] = field(default_factory=list)  # (URL, its line of text)
    images: list[set[str]] = field(default_factory=list)  # candidate URLs of each image


@dataclass(frozen=True)
class Page:
    name: str
    raw: bytes
    html: str
    url: str
    truth: str


def pages(bench: Path, sets: tuple[str, ...]) -> Iterator[Page]:
    for name in sets:
        folder = bench / name
        truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id, entry in sorted(truth.items()):
            path = next(folder.glob(f"html/{page_id}.html*"), None)
            if path is None:
                continue
            raw = path.read_bytes()
            raw = gzip.decompress(raw) if path.suffix == ".gz" else raw
            if not _HAS_STRUCTURE.search(raw):
                continue
            url = entry.get("url")
            url = url if isinstance(url, str) and url.startswith("http") else PLACEHOLDER_URL
            html, _ = careful_decode(raw)
            yield Page(f"{name}/{page_id}", raw, html, url, entry.get("articleBody") or "")


# --- the reference ---------------------------------------------------------------------------


def reference(page: Page) -> Reference:
    tree = LexborHTMLParser(page.html)
    tree.strip_tags(["script", "style", "noscript", "template"])
    base = _base(tree, page.url)
    truth = set(tokenize(page.truth))
    truth_shingles = set(shingles(tokenize(page.truth)))
    ref = Reference()

    def covered(text: str) -> bool:
        """Most of the text's 4-token shingles are in the truth: in the article, in order."""
        grams = shingles(tokenize(text))
        inside = sum(1 for gram in grams if gram in truth_shingles)
        return len(grams) >= 1 and len(tokenize(text)) >= 4 and inside >= _COVERED * len(grams)

    for pre in tree.css("pre"):
        lines = code_lines(pre_text(pre))
        if lines and covered("\n".join(lines)):
            ref.pres.append(lines)
    for table in tree.css("table"):
        if len(table.css("table")) > 1:  # a layout table around others (css() holds itself)
            continue
        rows = [[_norm(c.text(deep=True, separator=" ")) for c in r.css("td, th")]
                for r in table.css("tr")]  # fmt: skip
        rows = [row for row in rows if len([c for c in row if c]) >= 2]
        if len(rows) >= 2 and covered(" ".join(c for row in rows for c in row)):
            ref.cells.update(c for row in rows for c in row if c)
    for ol in tree.css("ol"):
        items = [_norm(li.text(deep=True, separator=" ")) for li in _items(ol)]
        items = [item for item in items if item]
        if len(items) >= 2 and covered(" ".join(items)):
            ref.ordered.append(items)
    seen: set[str] = set()
    for link in tree.css("a[href]"):
        block = _text_block(link)
        href = _resolve(base, link.attributes.get("href") or "")
        anchor = tokenize(link.text(deep=True))
        if not href or "#" in href or not anchor or not all(t in truth for t in anchor):
            continue
        line = block.text(deep=True, separator=" ") if block is not None else ""
        if line and covered(line) and href not in seen:
            seen.add(href)
            ref.links.append((href, line))
    ref.images = _article_images(tree, base, covered)
    return ref


def _article_images(
    tree: LexborHTMLParser, base: str, covered: Callable[[str], bool]
) -> list[set[str]]:
    """Images whose nearest text passages before and after are both article text."""
    body = tree.body
    if body is None:
        return []
    sequence: list[str | set[str]] = []
    for node in body.traverse(include_text=True):
        if node.tag == "-text":
            text = node.text_content or ""
            if len(tokenize(text)) >= _MIN_TOKENS:
                sequence.append(text)
        elif node.tag == "img":
            candidates = _image_candidates(node, base)
            if candidates:
                sequence.append(candidates)
    images = []
    for index, item in enumerate(sequence):
        if isinstance(item, str):
            continue
        before = next((s for s in reversed(sequence[:index]) if isinstance(s, str)), "")
        after = next((s for s in sequence[index + 1 :] if isinstance(s, str)), "")
        if covered(before) and covered(after) and item not in images:
            images.append(item)
    return images


def _image_candidates(node: LexborNode, base: str) -> set[str]:
    attributes = node.attributes
    urls = [attributes.get(name) or "" for name in _LAZY]
    for name in _SRCSETS:
        parts = (part.split() for part in (attributes.get(name) or "").split(","))
        urls += [words[0] for words in parts if words]
    return {url for url in (_resolve(base, u) for u in urls) if url}


def _text_block(node: LexborNode) -> LexborNode | None:
    """The nearest paragraph-like element around a link (its own line of text)."""
    parent = node.parent
    while parent is not None and parent.tag not in _TEXT_BLOCKS:
        parent = parent.parent
    return parent


def _items(ol: LexborNode) -> list[LexborNode]:
    return [child for child in ol.iter() if child.tag == "li"]


def _base(tree: LexborHTMLParser, url: str) -> str:
    base = tree.css_first("base[href]")
    href = (base.attributes.get("href") or "").strip() if base is not None else ""
    return _resolve(url, href) or url if href else url


def _resolve(base: str, href: str) -> str:
    href = href.strip()
    if not href or href.lower().startswith(("data:", "javascript:")):
        return ""
    try:
        url = urljoin(base, href)
    except ValueError:
        return ""
    return url if url.startswith(("http://", "https://")) else ""


def _norm(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def pre_text(pre: LexborNode) -> str:
    """A <pre>'s text as a browser shows it: block elements inside (a <div> per line, as many
    highlighters write) and <br> break lines too."""
    parts: list[str] = []

    def walk(node: LexborNode, depth: int) -> None:
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                parts.append(child.text_content or "")
            elif child.tag == "br":
                parts.append("\n")
            elif depth < 50:
                breaks = child.tag in _LINE_BLOCKS
                if breaks and parts and not parts[-1].endswith("\n"):
                    parts.append("\n")
                walk(child, depth + 1)
                if breaks and parts and not parts[-1].endswith("\n"):
                    parts.append("\n")

    walk(pre, 0)
    return "".join(parts)


def code_lines(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.replace("\xa0", " ").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


# --- scoring one output -----------------------------------------------------------------------


def score(ref: Reference, markdown: str, base: str, tally: Tally) -> None:
    tree = LexborHTMLParser(_MARKDOWN.render(markdown))
    blocks = [code_lines(pre.text(deep=True)) for pre in tree.css("pre")]
    whole = tree.body.text(deep=True, separator=" ") if tree.body is not None else ""
    output_grams = shingles(tokenize(whole))
    for lines in ref.pres:
        tally.pre += 1
        grams = shingles(tokenize("\n".join(lines)))
        if sum(1 for gram in grams if gram in output_grams) >= _KEPT * len(grams):
            tally.pre_kept += 1
            tally.pre_exact += any(_contains(block, lines) for block in blocks)
    cells = Counter(_norm(cell.text(deep=True, separator=" ")) for cell in tree.css("td, th"))
    tally.cells += sum(ref.cells.values())
    tally.cells_found += sum(min(count, cells[cell]) for cell, count in ref.cells.items())
    items = [_norm(li.text(deep=True, separator=" ")) for li in tree.css("ol li")]
    for ordered in ref.ordered:
        tally.ordered += 1
        found = sum(1 for item in ordered if any(item[:40] in shown for shown in items))
        tally.ordered_kept += found * 2 >= len(ordered)
    hrefs = {_resolve(base, a.attributes.get("href") or "") for a in tree.css("a[href]")}
    for link, line in ref.links:
        tally.links += 1
        tally.links_found += link in hrefs
        grams = shingles(tokenize(line))
        if sum(1 for gram in grams if gram in output_grams) >= _KEPT * len(grams):
            tally.links_kept += 1
            tally.links_kept_found += link in hrefs
    sources = {_resolve(base, i.attributes.get("src") or "") for i in tree.css("img[src]")}
    tally.images += len(ref.images)
    tally.images_found += sum(1 for candidates in ref.images if candidates & sources)


def _contains(block: list[str], lines: list[str]) -> bool:
    size = len(lines)
    return any(block[i : i + size] == lines for i in range(len(block) - size + 1))


# --- the tools ----------------------------------------------------------------------------------


def cleanarticle_markdown(page: Page) -> str:
    from cleanarticle import Options, extract

    options = Options(include_links=True, include_images=True)
    return extract(page.raw, url=page.url, options=options).to_markdown()


def trafilatura_markdown(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(
        page.html, url=page.url, output_format="markdown", include_links=True,
        include_images=True, include_tables=True, include_formatting=True,
    ) or ""  # fmt: skip


TOOLS: dict[str, Callable[[Page], str]] = {
    "cleanarticle": cleanarticle_markdown,
    "trafilatura": trafilatura_markdown,
}


def run(bench: Path, sets: tuple[str, ...], limit: int | None) -> tuple[dict[str, Tally], int]:
    tallies = {name: Tally() for name in TOOLS}
    count = 0
    for page in pages(bench, sets):
        if limit is not None and count >= limit:
            break
        count += 1
        ref = reference(page)
        base = _base(LexborHTMLParser(page.html), page.url)
        for name, tool in TOOLS.items():
            tally = tallies[name]
            tally.pages += 1
            started = time.perf_counter()
            try:
                markdown = tool(page)
            except Exception:  # a peer's crash is counted, not fatal
                tally.errors += 1
                markdown = ""
            tally.seconds += time.perf_counter() - started
            score(ref, markdown, base, tally)
    return tallies, count


def render(tallies: dict[str, Tally], sets: tuple[str, ...], count: int) -> str:
    header = ["tool", "code exact (of kept)", "code exact (of all)", "table cells",
              "ordered lists", "links", "links (of kept lines)", "images"]  # fmt: skip
    lines = [
        "## Structure",
        "",
        f"Markdown fidelity on the {count} bench pages ({', '.join(sets)}) whose HTML has a "
        "`<pre>`, `<table>` or `<ol>`, measured by `benchmarks/structure.py` (its docstring "
        "defines every figure; each output is rendered by markdown-it-py and read back). "
        "Shares, with counts in brackets: code blocks exact of those kept (exact/kept) and of "
        "all in the article, table cells found, ordered lists kept ordered, links and images "
        "found with both tools asked to keep them; links also among those whose line of text "
        "the tool kept (what the output does with the text it keeps, apart from what it keeps).",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for name, tally in tallies.items():
        lines.append("| " + " | ".join(tally.row(name)) + " |")
    errors = ", ".join(f"{name} {tally.errors}" for name, tally in tallies.items())
    lines += ["", f"Errors (page counted with empty output): {errors}."]
    return "\n".join(lines) + "\n"


def write_section(section: str, path: Path = DOCS) -> None:
    """Replace (or append) the "## Structure" section, leaving the rest of the file alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start = text.find("\n## Structure\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        rest = text[end:] if end >= 0 else ""
        text = text[: start + 1] + section + rest
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH_DIR)
    parser.add_argument("--sets", default=",".join(SETS), help="comma list of bench sets")
    parser.add_argument("--limit", type=int, help="at most this many pages")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args(argv)
    sets = tuple(name for name in args.sets.split(",") if name)
    tallies, count = run(args.bench_dir, sets, args.limit)
    section = render(tallies, sets, count)
    print(section)
    if args.write:
        write_section(section)
        print(f"wrote the Structure section of {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
