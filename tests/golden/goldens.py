"""Golden pages: each ``tests/golden/<name>/`` holds a page and the library's full output on it.

A golden is no judgement of quality (``samples/*.expected.json`` are that): it pins today's
output, so that any change to it shows up as a diff to review in the commit that makes it.

    python -m tests.golden --update      # rewrite every expected.json / expected.md
    python -m tests.golden --select      # redraw the bench pages by the rule below, then update

Which bench pages: drawn by a seeded rule from ``../shared/bench`` (never picked by hand), see
``SELECTION``; the pages are copied in (gzip, unchanged), so the tests need no bench folder.
"""

from __future__ import annotations

import difflib
import gzip
import json
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent
SAMPLES = REPO / "samples"
BENCH = REPO.parent / "shared" / "bench"
SEED = 15
MAX_PAGE_BYTES = 200_000  # gzip bytes: bigger pages are skipped by the draw, to keep the repo small
INPUT = "input.json"
EXPECTED_JSON = "expected.json"
EXPECTED_MD = "expected.md"
UPDATE_HINT = "python -m tests.golden --update"


@dataclass(frozen=True)
class Draw:
    """How many pages one bench set gives, and what they are spread over."""

    count: int
    spread: str | None = None  # a ground-truth key: draw across its values (round robin)


SELECTION = {
    "scrapinghub": Draw(10),
    "wcxb": Draw(14, spread="page_type"),  # 2 of each of the 7 page types
    "fundus": Draw(10, spread="lang"),  # 10 languages
    "readability": Draw(6),
}


@dataclass(frozen=True)
class Golden:
    name: str
    folder: Path
    source: str  # where the page came from: "samples/<file>" or "<set>/<id>"
    input: str  # "html" (extract, bytes) or "text" (extract_text)
    url: str | None
    page: Path

    def content(self) -> bytes | str:
        data = self.page.read_bytes()
        if self.page.suffix == ".gz":
            data = gzip.decompress(data)
        return data.decode("utf-8") if self.input == "text" else data


def goldens() -> list[Golden]:
    """Every golden folder, by name."""
    found = []
    for folder in sorted(path.parent for path in GOLDEN.glob(f"*/{INPUT}")):
        meta = json.loads((folder / INPUT).read_text(encoding="utf-8"))
        page = (folder / meta["page"]).resolve()
        found.append(Golden(folder.name, folder, meta["source"], meta["input"], meta["url"], page))
    return found


def render(golden: Golden) -> tuple[dict[str, Any], str]:
    """The library's output on the page: ``Article.to_dict()`` and its Markdown."""
    import cleanarticle
    from cleanarticle.output import to_markdown

    content = golden.content()
    if golden.input == "text":
        assert isinstance(content, str)
        article = cleanarticle.extract_text(content, url=golden.url)
    else:
        article = cleanarticle.extract(content, url=golden.url)
    return article.to_dict(), to_markdown(article)


def dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def expected(golden: Golden) -> tuple[dict[str, Any], str]:
    record = json.loads((golden.folder / EXPECTED_JSON).read_text(encoding="utf-8"))
    return record, (golden.folder / EXPECTED_MD).read_text(encoding="utf-8")


def difference(golden: Golden) -> str:
    """A unified diff per changed field (and of the Markdown); empty when nothing changed."""
    want, want_md = expected(golden)
    got, got_md = render(golden)
    parts = []
    for key in [*want, *(key for key in got if key not in want)]:
        if want.get(key, _MISSING) != got.get(key, _MISSING):
            parts.append(_diff(want.get(key), got.get(key), f"{golden.name}: {key}"))
    if want_md != got_md:
        parts.append(_diff(want_md, got_md, f"{golden.name}: {EXPECTED_MD}"))
    return "\n".join(parts)


_MISSING = object()


def _diff(want: object, got: object, label: str) -> str:
    lines = difflib.unified_diff(
        _lines(want), _lines(got), f"{label} (golden)", f"{label} (now)", lineterm="", n=2
    )
    return "\n".join(lines)


def _lines(value: object) -> list[str]:
    if isinstance(value, str):
        return value.splitlines() or [""]
    return json.dumps(value, ensure_ascii=False, indent=2).splitlines()


def update() -> list[str]:
    """Rewrite every golden's expected output; the names whose output changed."""
    changed = []
    for golden in goldens():
        record, markdown = render(golden)
        paths = {golden.folder / EXPECTED_JSON: dump(record), golden.folder / EXPECTED_MD: markdown}
        if any(
            not path.is_file() or path.read_text("utf-8") != text for path, text in paths.items()
        ):
            changed.append(golden.name)
        for path, text in paths.items():
            path.write_text(text, encoding="utf-8")
    return changed


# --- the draw --------------------------------------------------------------------------------


def select(bench: Path = BENCH) -> None:
    """Replace every golden folder with the samples and the bench pages the rule draws."""
    for folder in {golden.folder for golden in goldens()}:
        shutil.rmtree(folder)
    for path in sorted(SAMPLES.iterdir()):
        kind = {".html": "html", ".txt": "text"}.get(path.suffix)
        if kind:
            page = Path("..", "..", "..", "samples", path.name).as_posix()
            _write(f"sample-{path.stem}", f"samples/{path.name}", kind, None, page, None)
    for name, draw in SELECTION.items():
        truth = json.loads((bench / name / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id in drawn(name, draw, truth, bench):
            source = bench / name / "html" / f"{page_id}.html.gz"
            short = page_id[:12] if name == "scrapinghub" else page_id
            _write(f"{name}-{short}", f"{name}/{page_id}", "html", truth[page_id].get("url"),
                   "page.html.gz", source)  # fmt: skip


def drawn(name: str, draw: Draw, truth: dict[str, dict[str, Any]], bench: Path) -> list[str]:
    """The set's pages in a seeded shuffle; with ``spread``, one per value in turn."""
    folder = bench / name / "html"
    ids = [
        page_id
        for page_id in sorted(truth)
        if (folder / f"{page_id}.html.gz").stat().st_size <= MAX_PAGE_BYTES
    ]
    random.Random(f"{SEED}-{name}").shuffle(ids)
    if draw.spread is None:
        return sorted(ids[: draw.count])
    groups: dict[str, list[str]] = {}
    for page_id in ids:
        value = str(truth[page_id].get(draw.spread) or "?").split("-")[0].lower()
        groups.setdefault(value, []).append(page_id)
    picked: list[str] = []
    for turn in _round_robin([groups[value] for value in sorted(groups)]):
        if len(picked) == draw.count:
            break
        picked.append(turn)
    return sorted(picked)


def _round_robin(groups: list[list[str]]) -> Iterator[str]:
    """First of each group, then second of each, ...; groups in order of size, largest first."""
    groups = sorted(groups, key=len, reverse=True)
    for rank in range(max(map(len, groups), default=0)):
        for group in groups:
            if rank < len(group):
                yield group[rank]


def _write(
    name: str, source: str, kind: str, url: str | None, page: str, copy_from: Path | None
) -> None:
    folder = GOLDEN / name
    folder.mkdir()
    if copy_from is not None:
        shutil.copyfile(copy_from, folder / page)
    meta = {"source": source, "input": kind, "url": url, "page": page}
    (folder / INPUT).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
