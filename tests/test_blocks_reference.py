"""blocks.html_blocks against the reference segmenter (tests/reference_segmenter.py): every field
of every block (but the output-only ``markup``), on generated pages (hypothesis) and on every
golden and sample page."""

from __future__ import annotations

import dataclasses
import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle.blocks import Block, html_blocks
from cleanarticle.parse import parse
from reference_segmenter import reference_blocks

TESTS = Path(__file__).resolve().parent
PAGES = sorted(TESTS.glob("golden/*/page.html.gz")) + sorted(
    (TESTS.parent / "samples").glob("*.html")
)

_INLINE = ("span", "b", "em", "font", "a", "small", "label", "acronym")
_BLOCKS = ("div", "p", "section", "nav", "article", "header", "footer", "h1", "h2", "h4",
           "blockquote", "pre", "center", "figure", "figcaption", "li", "dd")  # fmt: skip
_VOID = ("<br>", "<br/>", "<hr>", "<img src=x>", "<wbr>", "<!-- c -->")
_HINTS = ("", "nav", "Main Content", "post-body", "menu", "share", "comment")
_PIECES = [
    *"ab Z.,|>。",
    "新闻",
    "\u3000",
    "\u00a0",
    "\u200b",
    "\n",
    "\t",
    "(wǎng)",
    "&amp;",
    "<",
    "&",
]
text = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


@st.composite
def attributes(draw: st.DrawFn, tag: str) -> str:
    parts = []
    if tag == "a" and draw(st.booleans()):
        parts.append('href="/x"')
    hint = draw(st.sampled_from(_HINTS))
    if hint:
        parts.append(f'{draw(st.sampled_from(["class", "id"]))}="{hint}"')
    return "".join(f" {part}" for part in parts)


def element(tags: tuple[str, ...], children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        tag = draw(st.sampled_from(tags))
        inner = "".join(draw(st.lists(children, max_size=4)))
        return f"<{tag}{draw(attributes(tag))}>{inner}</{tag}>"

    return build()


def listing(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    item = st.tuples(st.sampled_from(("li", "dt", "dd")), children)
    return st.builds(
        lambda tag, items: (
            f"<{tag}>" + "".join(f"<{i}>{inner}</{i}>" for i, inner in items) + f"</{tag}>"
        ),
        st.sampled_from(("ul", "ol", "dl", "menu")),
        st.lists(item, max_size=4),
    )


def table(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    cell = st.tuples(st.sampled_from(("td", "th")), children)
    row = st.lists(cell, max_size=3).map(
        lambda cells: "<tr>" + "".join(f"<{t}>{c}</{t}>" for t, c in cells) + "</tr>"
    )
    return st.lists(row, max_size=3).map(lambda rows: "<table>" + "".join(rows) + "</table>")


nodes = st.recursive(
    text | st.sampled_from(_VOID),
    lambda children: (
        element(_INLINE, children)
        | element(_BLOCKS, children)
        | listing(children)
        | table(children)
    ),
    max_leaves=25,
)
pages = st.lists(nodes, max_size=8).map("".join)


_NOT_FEATURES = frozenset({"markup", "node"})


def _fields(blocks: list[Block]) -> list[dict[str, object]]:
    """Every feature the detectors and scorer read; ``markup`` is for output only (tested in
    tests/test_blocks.py and tests/output/) and ``node`` for locating cuts (tests/explain/),
    which the reference does not model."""
    names = [field.name for field in dataclasses.fields(Block) if field.name not in _NOT_FEATURES]
    return [{name: getattr(block, name) for name in names} for block in blocks]


def _assert_same(html: str) -> None:
    tree = parse(html).tree
    root = tree.body if tree.body is not None else tree.root
    assert _fields(html_blocks(root)) == _fields(reference_blocks(root))


@settings(max_examples=100)
@given(pages)
def test_segmenter_matches_the_reference_on_generated_pages(html: str) -> None:
    _assert_same(html)


@pytest.mark.parametrize("path", PAGES, ids=[f"{path.parent.name}/{path.name}" for path in PAGES])
def test_segmenter_matches_the_reference_on_real_pages(path: Path) -> None:
    data = path.read_bytes()
    html = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", "replace")
    _assert_same(html)


def test_a_swapped_feature_is_caught() -> None:
    """The comparison sees every field: a block with two integer fields swapped differs."""
    tree = parse("<ul><li><a href=/>one</a> two</li></ul>").tree
    [block] = html_blocks(tree.body)
    swapped = dataclasses.replace(block, link_chars=block.link_count, link_count=block.link_chars)
    assert _fields([swapped]) != _fields(reference_blocks(tree.body))


def test_block_takes_keywords_only() -> None:
    with pytest.raises(TypeError):
        Block(0, "text")  # type: ignore[misc]
