from cleanarticle.blocks import html_blocks, text_blocks
from cleanarticle.detectors.base import Context
from cleanarticle.options import Options
from cleanarticle.parse import parse
from cleanarticle.scorer.comments import comment_blocks

PROSE = "The council approved the new budget on Tuesday after a debate that lasted six hours."
HTML = Context("html", Options())


def blocks_of(html: str):
    return html_blocks(parse(html).tree.body)


def test_blocks_inside_a_comment_section():
    blocks = blocks_of(
        f"<article><p>{PROSE}</p><p>{PROSE}</p></article><div id='comments'><h3>2 comments</h3>"
        "<div class='comment'><p>Nice post.</p></div><ol class='commentlist'><li>Agreed.</li></ol>"
        "</div><div class='related'><p>Other story</p></div>"
    )
    texts = [blocks[i].text for i in comment_blocks(blocks, HTML)]
    assert texts == ["2 comments", "Nice post.", "Agreed."]


def test_no_comment_section_and_text_dumps_give_none():
    assert comment_blocks(blocks_of(f"<article><p>{PROSE}</p></article>"), HTML) == []
    assert comment_blocks(text_blocks("评论\n" + PROSE), Context("text", Options())) == []


def test_a_comment_hint_on_the_page_wrapper_is_not_a_comment_section():
    blocks = blocks_of(f"<div class='comment-wrapper'><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert comment_blocks(blocks, HTML) == []
