from cleanarticle.blocks import html_blocks
from cleanarticle.parse import parse
from cleanarticle.scorer.prose import WEIGHTS
from cleanarticle.scorer.sections import hinted_sections, link_lists, teaser_cards

BALANCED = WEIGHTS["balanced"]
PROSE = "The council approved the new budget on Tuesday after a debate that lasted six hours."
PROSE_ZH = "备案通过后,在就医地的定点医院住院可以直接结算,出院时只需要支付个人承担的部分,非常方便。"


def blocks_of(html: str):
    return html_blocks(parse(html).tree.body)


def card(title: str, blurb: str, cls: str = "card") -> str:
    return f"<div class='{cls} item-{len(blurb)}'><h3><a href='/x'>{title}</a></h3><p>{blurb}</p></div>"


def test_teaser_grid_cards_all_go():
    article = "<article>" + f"<p>{PROSE}</p>" * 12 + "</article>"
    html = article + "<div class='grid'>" + "".join(card(f"Story {i}", PROSE) for i in range(4)) + "</div>"
    cards = teaser_cards(blocks_of(html), BALANCED)
    assert len(cards) == 4
    assert all(reason.startswith("teaser card (4") for reason in cards.values())


def test_forum_thread_keeps_the_opening_post():
    opening = "".join(f"<p>{PROSE_ZH}</p>" for _ in range(6))
    html = (
        "<div id='postlist'>"
        + card("岚山老周", opening, "post")
        + "".join(card(f"网友{i}", PROSE_ZH[:30] + "。", "post") for i in range(3))
        + "</div>"
    )
    blocks = blocks_of(html)
    cards = teaser_cards(blocks, BALANCED)
    assert len(cards) == 3
    assert all("reply in a thread of 4 posts" in reason for reason in cards.values())
    opening_element = blocks[1].ancestors[2]
    assert opening_element not in cards


def test_long_cards_are_sections_of_one_article_not_teasers():
    """An interview series: each section opens with the linked name of the person, then long
    answers. Cards this long are the article; the same cards with a blurb each are a grid."""
    answers = "".join(f"<p>{PROSE}</p>" for _ in range(20))  # 300 words per card
    html = "<div class='story'>" + "".join(card(f"@cook{i}", answers) for i in range(4)) + "</div>"
    assert teaser_cards(blocks_of(html), BALANCED) == {}
    answers_zh = "".join(f"<p>{PROSE_ZH}</p>" for _ in range(7))  # ~290 characters per card
    html_zh = "<div class='story'>" + "".join(card(f"受访者{i}", answers_zh) for i in range(4))
    assert teaser_cards(blocks_of(html_zh + "</div>"), BALANCED) == {}


def test_two_cards_are_not_a_grid():
    html = "<div>" + card("A", PROSE) + card("B", PROSE) + "</div>"
    assert teaser_cards(blocks_of(html), BALANCED) == {}


def test_hinted_sections_but_not_page_wrappers():
    html = (
        "<div class='page has-sidebar'><article>" + f"<p>{PROSE}</p>" * 6 + "</article>"
        f"<div class='comments-area'><p>{PROSE}</p></div>"
        "<aside class='sidebar'><p>Popular this week</p></aside></div>"
    )
    words = set(hinted_sections(blocks_of(html), BALANCED).values())
    assert words == {"comments", "sidebar"}  # the wrapper holds most prose: not a sidebar


def test_link_lists_need_mostly_linked_items():
    html = (
        "<ul><li><a href=1>Related one</a></li><li><a href=2>Related two</a></li><li>x</li></ul>"
        "<ul><li>Schools: +3%</li><li>Buses: -2%</li><li><a href=3>source</a></li></ul>"
    )
    lists = link_lists(blocks_of(html))
    assert list(lists.values()) == ["link list: 2 of 3 items are links"]


def test_sections_that_end_in_links_are_not_teasers():
    """Listicle items: a plain heading and prose, then 'Read the full review' links."""
    item = (
        "<div class='item'><h2>Car {i}</h2><p>{prose}</p>"
        "<p><a href='/review/{i}'>Read the full review of car {i}</a></p></div>"
    )
    html = (
        "<div class='list'>" + "".join(item.format(i=i, prose=PROSE) for i in range(5)) + "</div>"
    )
    assert teaser_cards(blocks_of(html), BALANCED) == {}


def test_cards_that_are_the_page_are_not_teasers():
    """A listing page: the cards hold nearly all the prose, so they are its content."""
    intro = "<p>Our courses cover every part of the craft, from the first steps to mastery.</p>"
    html = "<div class='list'>" + intro + "".join(card(f"Course {i}", PROSE) for i in range(5)) + "</div>"
    assert teaser_cards(blocks_of(html), BALANCED) == {}


def test_page_landmarks_are_sections_even_when_they_hold_most_prose():
    """A page's <footer> 'about us' can outweigh a short listing intro; an article's own
    <footer> or <aside> (inside <article> or <main>) is no page landmark."""
    html = (
        f"<main><p>{PROSE}</p><article><p>{PROSE}</p><aside><p>{PROSE}</p></aside></article></main>"
        f"<footer class='site'><p>{PROSE} {PROSE} {PROSE}</p></footer><nav><p>{PROSE}</p></nav>"
    )
    blocks = blocks_of(html)
    found = hinted_sections(blocks, BALANCED)
    assert sorted(found.values()) == ["footer", "nav"]


def test_several_grids_that_are_the_page_are_not_teasers():
    """A blog's front page: one grid per topic, each a small share of the prose, all of them
    together the page."""
    grids = "".join(
        f"<section class='topic'>{card('A', PROSE)}{card('B', PROSE)}{card('C', PROSE)}</section>"
        for _ in range(4)
    )
    html = f"<div><p>{PROSE} {PROSE}</p></div>{grids}"
    assert teaser_cards(blocks_of(html), BALANCED) == {}
