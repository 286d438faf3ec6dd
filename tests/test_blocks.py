from cleanarticle.article import Kind
from cleanarticle.blocks import html_blocks, text_blocks
from cleanarticle.parse import parse


def blocks_of(html: str):
    return html_blocks(parse(html).tree.body)


def test_block_per_element_and_br_line_with_shared_paragraph():
    blocks = blocks_of("<div class='Post Body' id=main><p>One <b>bold</b>.<br>Two.</p><p>Three</p></div>")
    assert [b.text for b in blocks] == ["One bold.", "Two.", "Three"]
    assert blocks[0].paragraph == blocks[1].paragraph != blocks[2].paragraph
    assert "post body main" in blocks[0].hints
    assert [b.index for b in blocks] == [0, 1, 2]


def test_kinds_levels_and_list_containers():
    blocks = blocks_of(
        "<h2>Head</h2><ul><li>a</li><li><a href=x>b</a></li></ul><blockquote><p>q</p></blockquote>"
        "<pre>code()</pre>"
    )
    kinds = [(b.text, b.kind, b.level) for b in blocks]
    assert kinds == [
        ("Head", Kind.HEADING, 2),
        ("a", Kind.LIST_ITEM, 1),
        ("b", Kind.LIST_ITEM, 1),
        ("q", Kind.QUOTE, 0),
        ("code()", Kind.CODE, 0),
    ]
    assert blocks[1].container == blocks[2].container
    assert blocks[2].link_chars == 1 and blocks[2].link_count == 1


def test_adjacent_links_get_a_space_and_link_density():
    [block] = blocks_of("<div><a href=/>首页</a><a href=/n>新闻</a>|<a href=/c>联系我们</a></div>")
    assert block.text == "首页 新闻|联系我们"
    assert block.link_density >= 0.8


def test_data_table_rows_become_row_blocks_but_layout_tables_do_not():
    rows = blocks_of("<table><tr><th>城市</th><th>人口</th></tr><tr><td>北京</td><td>2189万</td></tr></table>")
    assert [(b.text, b.kind) for b in rows] == [
        ("城市 | 人口", Kind.TABLE_ROW),
        ("北京 | 2189万", Kind.TABLE_ROW),
    ]
    layout = blocks_of("<table><tr><td><p>第一段。</p><p>第二段。</p></td></tr></table>")
    assert [b.kind for b in layout] == [Kind.PARAGRAPH, Kind.PARAGRAPH]


def test_cjk_aware_length_units():
    [zh, en] = blocks_of("<p>电信网络诈骗</p><p>Telecom fraud cases fell</p>")
    assert zh.units == 6
    assert en.units == 4


def test_text_blocks_indent_runs_bullets_and_headings():
    text = (
        "标题行\n\n打防结合 预防为先\n"
        + "山东省各级公安机关坚持“靠前一步、主动作为”的警务理念,集中优势资源,创新机制战法,全面提升核心战力。\n"
        + "  • 国家及部委网站\n    人社部\n    商务部\n"
    )
    blocks = text_blocks(text)
    assert [b.text for b in blocks][:2] == ["标题行", "打防结合 预防为先"]
    assert blocks[1].kind is Kind.HEADING
    assert blocks[3].kind is Kind.LIST_ITEM and blocks[3].text == "国家及部委网站"
    assert blocks[4].container == blocks[5].container != -1
    assert blocks[2].container == -1
