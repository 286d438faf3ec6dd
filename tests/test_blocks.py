import re

from cleanarticle.article import Kind
from cleanarticle.blocks import Block, html_blocks, text_blocks
from cleanarticle.parse import parse
from cleanarticle.textstats import CJK_CLASS, PUNCTUATION


def blocks_of(html: str):
    return html_blocks(parse(html).tree.body)


def test_block_per_element_and_br_line_with_shared_paragraph():
    blocks = blocks_of(
        "<div class='Post Body' id=main><p>One <b>bold</b>.<br>Two.</p><p>Three</p></div>"
    )
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
    rows = blocks_of(
        "<table><tr><th>城市</th><th>人口</th></tr><tr><td>北京</td><td>2189万</td></tr></table>"
    )
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


def test_shared_features_come_from_the_enclosing_elements():
    """Each element's features derive from its parent's; an element no block needs still counts."""
    blocks = blocks_of(
        "<div id=Page class='Main Wrap'><div class=empty></div><ul class=menu><li>one</li>"
        "<li><p>two</p><ol><li>deep</li></ol></li></ul>"
        "<table id=t><tr><td>a</td><td>b</td></tr></table></div>"
    )
    one, two, deep, row = blocks
    assert one.path == "body/div/ul/li"
    assert one.ancestors == (1, 2, 4, 5)
    assert one.ancestor_hints == ("", "main wrap page", "menu", "")
    assert one.hints == two.hints == deep.hints == "main wrap page menu"
    # Items share their list's id; a paragraph in an item keeps its own id but the item's kind.
    assert (one.kind, one.level, one.container) == (Kind.LIST_ITEM, 1, 4)
    assert (two.kind, two.level, two.container) == (Kind.LIST_ITEM, 1, 7)
    assert (deep.level, deep.container, deep.ancestors) == (2, 8, (1, 2, 4, 6, 8, 9))
    # Rows of a data table belong to the table.
    assert (row.text, row.kind, row.tag, row.container) == ("a | b", Kind.TABLE_ROW, "table", 10)
    assert (row.ancestors, row.hints) == ((1, 2, 10), "main wrap page t")


def test_text_outside_block_elements():
    [block] = html_blocks(parse("<p><span>in <b>line</b></span></p>").tree.css_first("span"))
    assert (block.text, block.tag, block.path, block.ancestors) == ("in line", "body", "", ())
    assert block.container == -1


def test_block_measures_only_what_it_is_not_given():
    measured = Block(index=0, text="Hello, world!")
    assert (measured.units, measured.punctuation) == (2, 2)
    given = Block(index=0, text="Hello, world!", units=7, punctuation=0)
    assert (given.units, given.punctuation) == (7, 0)


def test_units_and_punctuation_of_every_script():
    """Each counting path (ASCII, punctuation beyond ASCII, CJK first or not, mixed) agrees with
    the definition: a CJK character or a run of other word characters is one unit."""
    unit = re.compile(f"[{CJK_CLASS}]|[^\\W{CJK_CLASS}]+")
    lines = [
        "Plain ASCII, with punctuation.",
        "“Curly quotes” — and a dash…",
        "Новости: «Мода» и красота",
        "Zürich 2024 – Größe",
        "电信网络诈骗（案件）下降",
        "iPhone 15发布会在北京举行，售价5999元",
        "Москва и 北京 city・カタカナ",
        "한국어 텍스트 and 日本語のテキスト",
    ]
    blocks = blocks_of("".join(f"<p>{line}</p>" for line in lines))
    assert [b.text for b in blocks] == lines
    for block in blocks:
        assert block.units == len(unit.findall(block.text)), block.text
        assert block.punctuation == sum(char in PUNCTUATION for char in block.text), block.text


# --- markup: structure carried for output only -------------------------------------------------


def test_code_keeps_its_raw_lines_and_language():
    blocks = blocks_of(
        "<pre class='x'><code class='language-python'>def f():\n    return 1\n</code></pre>"
    )
    (block,) = blocks
    assert block.text == "def f(): return 1"  # what detectors see, as before
    assert block.markup is not None
    assert block.markup.raw == "def f():\n    return 1\n"
    assert block.markup.language == "python" and block.markup.group >= 0


def test_inline_marks_are_offsets_into_the_raw_line():
    (block,) = blocks_of("<p>A <b>bold</b> <a href='/x'>link</a> and <code>x()</code>.</p>")
    raw = block.markup.raw
    spans = {style: raw[start:end] for style, start, end, _, _ in block.markup.marks}
    assert spans == {"strong": "bold", "link": "link", "code": "x()"}
    assert [url for style, *_, url, _ in block.markup.marks if style == "link"] == ["/x"]


def test_a_mark_open_across_a_line_break_goes_on_in_the_next_line():
    first, second = blocks_of("<p><b>one<br>two</b> three</p>")
    assert [m[:3] for m in first.markup.marks] == [("strong", 0, 3)]
    assert [m[:3] for m in second.markup.marks] == [("strong", 0, 3)]


def test_images_inline_and_standing_alone():
    blocks = blocks_of(
        "<p><img data-src='/a.jpg' src='data:image/gif;base64,x' alt='A'></p>"
        "<p>Text <img srcset='/s.jpg 480w, /l.jpg 960w'> more.</p>"
    )
    (block,) = blocks  # an image alone makes no block: it waits for the next line
    marks = [(style, start, url, alt) for style, start, _, url, alt in block.markup.marks]
    assert marks == [("figure", 0, "/a.jpg", "A"), ("image", 5, "/l.jpg", "")]


def test_list_items_carry_numbers_and_their_item():
    blocks = blocks_of(
        "<ol start='4'><li>four</li><li value='9'>nine<ul><li>in</li></ul>after</li>"
        "<li>ten</li></ol>"
    )
    numbers = [(b.text, b.markup.number if b.markup else 0) for b in blocks]
    assert numbers == [("four", 4), ("nine", 9), ("in", 0), ("after", 9), ("ten", 10)]
    assert blocks[2].markup is None  # a bullet item carries nothing
    assert blocks[1].list_item == blocks[3].list_item != blocks[2].list_item != -1


def test_table_rows_carry_every_cell_and_the_header():
    blocks = blocks_of(
        "<table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead>"
        "<tr><td colspan='2'>wide</td><td></td></tr><tr><td>1</td><td></td><td>3</td></tr></table>"
    )
    assert [b.text for b in blocks] == ["A | B | C", "wide", "1 | 3"]  # as before
    assert [b.markup.cells for b in blocks] == [("A", "B", "C"), ("wide", "", ""), ("1", "", "3")]
    assert [b.markup.header for b in blocks] == [True, False, False]
    assert len({b.markup.group for b in blocks}) == 1


def test_plain_lines_carry_no_markup():
    assert [b.markup for b in blocks_of("<div><p>Just text.</p>Tail</div>")] == [None, None]


def test_without_link_and_image_marks_the_lines_and_features_are_the_same():
    html = (
        "<ul><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li></ul>"
        "<p>Read <a href='/x'>this <b>story</b></a> now.<img src='/i.png' alt='I'></p>"
        "<p><img src='/alone.png'></p><p>After.</p>"
    )
    full = html_blocks(parse(html).tree.body)
    lean = html_blocks(parse(html).tree.body, links=False, images=False)
    features = [(b.text, b.link_chars, b.link_count, b.kind, b.path) for b in full]
    assert [(b.text, b.link_chars, b.link_count, b.kind, b.path) for b in lean] == features
    styles = [[m[0] for m in b.markup.marks] if b.markup else [] for b in lean]
    assert styles == [[], [], ["strong"], []]  # emphasis stays: Markdown shows it
    assert any(b.markup and b.markup.marks for b in full[:2])  # the full walk marks links
