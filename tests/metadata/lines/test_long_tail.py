"""The long tail of Chinese bylines: sign-offs, glued forms, forum posts, a blog's owner,
and editors kept apart from authors."""

import pytest
from linescan import PROSE, authors_of, scan

from cleanarticle.blocks import text_blocks
from cleanarticle.metadata.lines.owner import blog_owner


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["标题", "本报记者王明发自北京", PROSE], ["王明"]),  # glued to 发自
        (["标题", "本贴由老王于2020-12-8 16:47发表", PROSE], ["老王"]),
        (["标题", PROSE, PROSE + "（王明）"], ["王明"]),  # a sign-off closing the text
        (["标题", PROSE, "（王明）"], ["王明"]),  # on a line of its own
        (["标题", PROSE, "（北京）"], []),  # a place is no sign-off (no surname)
        (["标题", "本帖最后由 ade7788 于 2020-12-8 16:47 编辑", PROSE], []),  # an edit, no author
        (["标题", "编辑：陈华", PROSE], []),
        (["标题", "责任编辑：陈华 作者：王明", PROSE], ["王明"]),
    ],
)
def test_chinese_bylines(lines, authors):
    _, facts = scan(lines)
    assert authors_of(facts) == authors


@pytest.mark.parametrize(
    "lines", [["标题", "编辑：陈华", PROSE], ["标题", PROSE, PROSE + "（责任编辑：陈华）"]]
)
def test_editors_go_to_editor_never_to_author(lines):
    _, facts = scan(lines)
    assert {name for found in facts.editors for name in found.names} == {"陈华"}
    assert authors_of(facts) == []


def test_a_sign_off_is_cut_as_a_span_and_the_paragraph_stays():
    blocks, facts = scan(["标题", PROSE, PROSE + "（王明）"])
    start, end, reason = facts.spans[2]
    assert blocks[2].text[start:end] == "（王明）" and reason == "author sign-off"


def test_a_blog_owner_heads_its_sidebar_boxes():
    lines = ["[太小心]个人类别", "[太小心]存档目录", "文章正文很长", "对[太小心]文章的最新评论",
             "[太小心]最新文章"]  # fmt: skip
    assert blog_owner(text_blocks("\n".join(lines))) == ("太小心", 0)


@pytest.mark.parametrize(
    "lines",
    [
        ["[太小心]个人类别", "[太小心]存档目录"],  # twice is not enough
        ["[转载]标题一", "[转载]标题二", "[转载]标题三"],  # a label, not a name
        ["[原创]标题一", "[原创]标题二", "[原创]标题三"],
    ],
)
def test_no_blog_owner(lines):
    assert blog_owner(text_blocks("\n".join(lines))) is None


def test_a_blog_front_page_is_dated_by_its_first_post():
    import cleanarticle

    post = PROSE * 2
    lines = ["海姑娘的博客", post, "由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论",
             *[post] * 8, "由海姑娘张贴 @ 2005-06-10 05:41:31 (295) 共 7 篇评论"]  # fmt: skip
    article = cleanarticle.extract_text("\n".join(lines))
    assert article.date == "2005-06-14T03:25:55"


def test_footers_by_different_hands_are_no_listing():
    import cleanarticle

    post = PROSE * 2
    lines = ["海姑娘的博客", post, "由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论",
             *[post] * 8, "由老王张贴 @ 2005-06-10 05:41:31 (295) 共 7 篇评论"]  # fmt: skip
    assert cleanarticle.extract_text("\n".join(lines)).date == "2005-06-10T05:41:31"
