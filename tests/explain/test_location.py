"""Where a cut was: block index, a CSS path that finds the element again, a span inside a line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import cleanarticle
from cleanarticle.article import Removal
from cleanarticle.blocks import html_blocks
from cleanarticle.explain.location import DomPaths
from cleanarticle.parse import parse

REPO = Path(__file__).resolve().parents[2]
PROSE = "The council approved the new budget on Tuesday after a debate that lasted six hours. "


def _paths(html: str) -> list[str]:
    body = parse(html).tree.body
    paths = DomPaths()
    return [paths.path(block.node) for block in html_blocks(body)]


def test_path_counts_siblings_of_the_same_tag_only() -> None:
    html = "<div><h2>a</h2><p>one</p><p>two</p><span>x</span><p>three</p></div><div><p>x</p></div>"
    assert _paths(html) == [
        "body>div:nth-of-type(1)>h2",
        "body>div:nth-of-type(1)>p:nth-of-type(1)",
        "body>div:nth-of-type(1)>p:nth-of-type(2)",
        "body>div:nth-of-type(1)",  # the <span> is inline: its line is the div's
        "body>div:nth-of-type(1)>p:nth-of-type(3)",
        "body>div:nth-of-type(2)>p",
    ]


def test_path_starts_at_the_nearest_plain_id() -> None:
    html = "<div id='footer'><p>a</p><p>b</p></div><div id='x y'><p>c</p></div>"
    assert _paths(html) == [
        "div#footer>p:nth-of-type(1)",
        "div#footer>p:nth-of-type(2)",
        "body>div:nth-of-type(2)>p",  # an id that would need escaping in a selector is passed over
    ]


def test_table_rows_are_located_at_their_row() -> None:
    html = "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
    assert _paths(html) == [
        "body>table>tbody>tr:nth-of-type(1)",
        "body>table>tbody>tr:nth-of-type(2)",
    ]


def test_text_outside_any_element_is_at_body() -> None:
    assert _paths("loose text") == ["body"]


@pytest.mark.parametrize("name", ["104_en_blog_ci_comments.html", "101_zh_gov_water_linkfarm.html"])
def test_every_removed_block_is_found_again_by_its_path(name: str) -> None:
    """The path is a selector: on the parsed page it selects an element holding the cut text."""
    raw = (REPO / "samples" / name).read_bytes()
    article = cleanarticle.extract(raw)
    tree = parse(raw.decode(_charset(article), "replace")).tree
    located = [removal for removal in article.removed if removal.index >= 0]
    assert located
    for removal in located:
        node = tree.css_first(removal.path)
        assert node is not None, removal.path
        text = "".join(node.text(deep=True).split())
        assert "".join(removal.text.split()) in text, (removal.path, removal.text)


def _charset(article: cleanarticle.Article) -> str:
    note = next(removal for removal in article.removed if removal.rule == "decode.charset")
    return note.reason.split()[2].rstrip(":")


def test_a_cut_inside_a_line_has_its_span() -> None:
    line = PROSE.strip() + " 1,234 views"
    html = f"<article><p>{PROSE * 3}</p><p>{line}</p><p>{PROSE * 3}</p></article>"
    article = cleanarticle.extract(html)
    [counter] = [removal for removal in article.removed if removal.rule == "forum.counter"]
    assert counter.span == (len(PROSE), len(line))
    assert counter.text == "1,234 views"
    assert counter.path == "body>article>p:nth-of-type(2)"
    assert counter.index == 1


def test_text_dumps_have_indices_but_no_paths() -> None:
    dump = "首页 > 新闻 > 正文\n" + ("这是正文的一句话，说明了事情的经过和结果。" * 5 + "\n") * 3
    article = cleanarticle.extract_text(dump)
    [crumb] = [removal for removal in article.removed if removal.index == 0]
    assert crumb.rule == "navigation.breadcrumb"
    assert crumb.path == ""


def test_a_block_flagged_by_several_detectors_keeps_every_flag() -> None:
    html = (
        f"<article><p>{PROSE * 4}</p></article>"
        "<section id='comments'><h2>4 comments</h2>"
        + "".join(
            f"<div class='c'><p>Reader {i} said something.</p><a href='#'>Reply</a></div>"
            for i in range(4)
        )
        + "</section>"
    )
    article = cleanarticle.extract(html)
    [label] = [removal for removal in article.removed if removal.text == "4 comments"]
    assert label.detector == "forum_chrome" and label.rule == "forum.comment_bar"
    assert ("section_labels", "section.label") in {
        (flag.detector, flag.rule) for flag in label.also
    }
    assert label.detectors[0] == "forum_chrome" and "section_labels" in label.detectors
    assert label.path == "section#comments>h2"


def test_the_dict_form_adds_fields_and_leaves_out_empty_ones() -> None:
    line = PROSE.strip() + " 1,234 views"
    html = f"<nav><a href='/'>Home</a></nav><article><p>{PROSE * 3}</p><p>{line}</p></article>"
    removed = cleanarticle.extract(html.encode()).to_dict()["removed"]
    always = {"detector", "reason", "text", "rule", "index", "path"}
    assert all(always <= set(record) for record in removed)
    [counter] = [record for record in removed if record["rule"] == "forum.counter"]
    assert counter["span"] == [len(PROSE), len(line)] and "also" not in counter
    [note] = [record for record in removed if record["rule"] == "decode.charset"]
    assert note["index"] == -1 and set(note) == always


def test_removals_built_by_the_pipeline_hold_every_field() -> None:
    """The pipeline builds Removal without its __init__ (speed): it must set every field."""
    removal = cleanarticle.extract(f"<nav><a href='/'>Home</a></nav><p>{PROSE * 3}</p>").removed[-1]
    assert list(vars(removal)) == [field.name for field in dataclasses.fields(Removal)]
