from cleanarticle.article import Kind
from cleanarticle.blocks import html_blocks, text_blocks
from cleanarticle.options import Options
from cleanarticle.parse import parse
from cleanarticle.scorer import select
from cleanarticle.types import Context

PROSE_EN = (
    "<p>The city council approved the new budget on Tuesday after a debate that lasted six hours, "
    "with members split over funding for public transport and schools.</p>"
)
PROSE_ZH = "<p>2020年以来,公安部与有关部门认真贯彻落实党中央决策部署,克服疫情不利影响,齐抓共管,密切协作,全力推动打击治理工作取得明显成效。</p>"


def kept_texts(html: str, options: Options | None = None) -> list[str]:
    blocks = html_blocks(parse(html).tree.body)
    selection = select(blocks, set(), Context("html", options or Options()))
    return [b.text for b, keep in zip(blocks, selection.kept) if keep]


def page(article: str, extra: str = "") -> str:
    nav = (
        "<div class='nav'>"
        + "".join(f"<a href='/{i}'>Section {i}</a>" for i in range(12))
        + "</div>"
    )
    return f"<body>{nav}<div class='wrap'><article>{article}</article>{extra}</div></body>"


def test_keeps_article_drops_menu_and_related_links_english():
    related = (
        "<div class='related'><h3>Related</h3><ul>"
        + "".join(
            f"<li><a href='/r{i}'>Another story number {i} about the council</a></li>"
            for i in range(6)
        )
        + "</ul></div>"
    )
    kept = kept_texts(
        page(
            "<h2>Budget fight</h2>"
            + PROSE_EN * 3
            + "<ul><li>Schools: +3%</li><li>Buses: -2%</li></ul>",
            related,
        )
    )
    assert kept[0] == "Budget fight"
    assert "Schools: +3%" in kept  # lists inside the article stay
    assert not any("Section" in text or "Another story" in text for text in kept)


def test_keeps_article_drops_comment_section_chinese():
    comments = (
        "<div id='comments'>"
        + "<p>网友评论:这篇文章写得很好,我们都应该提高防骗意识,保护好自己的财产。</p>" * 3
        + "</div>"
    )
    kept = kept_texts(page(PROSE_ZH * 4, comments))
    assert len(kept) == 4
    assert not any("网友评论" in text for text in kept)


def test_layout_wrapper_named_sidebar_does_not_hide_the_article():
    html = f"<body><div class='layout has-sidebar'><div>{PROSE_EN * 4}</div></div></body>"
    assert len(kept_texts(html)) == 4


def test_options_can_drop_tables_and_lists():
    article = (
        PROSE_EN * 3
        + "<table><tr><td>a</td><td>b</td></tr></table><ul><li>item one</li><li>item two</li></ul>"
    )
    kept = kept_texts(page(article), Options(include_tables=False, include_lists=False))
    assert kept == [kept[0]] * 3


def test_text_mode_keeps_span_from_first_to_last_prose_line():
    text = (
        "网站地图\n首页\n"
        + "\n".join([PROSE_ZH[3:-4]] * 3)
        + "\n小标题\n"
        + PROSE_ZH[3:-4]
        + "\n关闭\n"
    )
    blocks = text_blocks(text)
    selection = select(blocks, set(), Context("text", Options()))
    kept = [b for b, keep in zip(blocks, selection.kept) if keep]
    assert [b.text for b in kept][3] == "小标题"
    assert kept[3].kind is Kind.HEADING
    assert len(kept) == 5
    reasons = {v.reason for v in selection.verdicts}
    assert reasons == {"before the article body", "after the article body"}


def test_every_dropped_block_has_a_reason():
    blocks = html_blocks(parse(page(PROSE_EN * 3)).tree.body)
    selection = select(blocks, set(), Context("html", Options()))
    dropped = {b.index for b, keep in zip(blocks, selection.kept) if not keep}
    assert dropped == {v.index for v in selection.verdicts}
    assert all(v.reason and v.detector == "scorer" for v in selection.verdicts)


def test_a_page_without_prose_keeps_the_words_the_detectors_left():
    """No line reads as prose (a list of names): the text is kept, not emptied."""
    html = "<html><body><p>Alice Smith</p><p>Bob Jones</p><p>Carol White</p></body></html>"
    assert kept_texts(html) == ["Alice Smith", "Bob Jones", "Carol White"]


def test_article_split_into_cousin_blocks_is_joined_whole():
    """A page builder wraps each section in its own block, with link rows between them that
    outweigh any one section: the article is still all of the sections."""
    prose = " ".join(["The committee heard evidence from residents about the new bridge."] * 6)
    section = "<div class='block'><div class='inner'><div class='content'><p>{}</p></div></div></div>"
    links = "<ul>" + "".join(f"<li><a href='/{i}'>Shop item {i}</a></li>" for i in range(12)) + "</ul>"
    article = "<div class='col'>" + links.join(section.format(f"{i}: {prose}") for i in range(4)) + "</div>"
    html = f"<html><body><nav><a href='/'>Home</a></nav><div class='row'>{article}</div></body></html>"
    kept = kept_texts(html)
    assert [text[:2] for text in kept] == ["0:", "1:", "2:", "3:"]


def test_a_listing_in_main_comes_out_whole_not_one_blurb():
    """A shop's category page: one intro sentence and a grid of product names and prices.
    The region alone lands on the intro; <main> holds the content."""
    items = "".join(
        f"<div class='product'><a href='/p{i}'>Terracotta pot number {i}</a>"
        f"<span>Price ${20 + i}.00</span><span>Ships in {i % 5 + 1} days</span></div>"
        for i in range(20)
    )
    html = (
        "<body><header><a href='/'>Home</a></header><main>"
        f"<h1>Indoor pots</h1>{PROSE_EN}<div class='grid'>{items}</div></main>"
        "<footer><p>Family owned since 1950. All rights reserved.</p></footer></body>"
    )
    kept = kept_texts(html)
    assert "Terracotta pot number 7Price $27.00Ships in 3 days" in kept
    assert "Home" not in kept and not any("Family owned" in text for text in kept)


def test_an_article_in_main_keeps_its_region_without_the_comments():
    comments = "".join(
        f"<div class='comment'><p>Reader {i} thinks the budget debate went on far too long.</p></div>"
        for i in range(3)
    )
    html = f"<body><main><article>{PROSE_EN * 6}</article><section class='comments'>{comments}</section></main></body>"
    kept = kept_texts(html)
    assert len(kept) == 6 and not any("Reader" in text for text in kept)
