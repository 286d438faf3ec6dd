"""The scorer names what it cut: sections, landmarks, grids, link lists, other posts."""

from __future__ import annotations

import cleanarticle
from cleanarticle.scorer.reasons import GENERIC, SECTION_RULES, section_why

PROSE = "The council approved the new budget on Tuesday after a debate that lasted six hours. "
ARTICLE = "<article>" + f"<p>{PROSE * 2}</p>" * 8 + "</article>"


def _cuts(html: str) -> dict[str, tuple[str, str, dict[str, object]]]:
    """Scorer cuts by their text: (rule, reason, evidence)."""
    article = cleanarticle.extract(html)
    return {
        r.text: (r.rule, r.reason, r.evidence) for r in article.removed if r.detector == "scorer"
    }


def test_a_comment_section_is_named_with_its_class_word() -> None:
    comments = (
        "<div class='comment-list'>"
        + "<p>I disagree with the council on this one.</p>" * 3
        + "</div>"
    )
    rule, reason, evidence = _cuts(ARTICLE + comments)["I disagree with the council on this one."]
    assert rule == "scorer.comment_section"
    assert "'comment'" in reason and evidence == {"hint": "comment"}


def test_landmarks_name_header_and_footer() -> None:
    html = (
        "<header><p>Daily Courier</p></header>"
        + ARTICLE
        + "<footer><p>Contact the desk</p></footer>"
    )
    cuts = _cuts(html)
    assert cuts["Daily Courier"][0] == "scorer.header_region"
    assert cuts["Contact the desk"][0] == "scorer.footer_region"
    assert cuts["Contact the desk"][2] == {"tag": "footer"}


def _links(count: int) -> str:
    """A menu: links that cost a branch of the page more than its prose brings."""
    return (
        "<ul>" + "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(count)) + "</ul>"
    )


def test_another_post_outside_the_region_is_a_second_post() -> None:
    other = PROSE.replace("council", "board") * 2
    html = f"<div>{ARTICLE}</div><div>{_links(30)}<div>" + f"<p>{other}</p>" * 4 + "</div></div>"
    rule, reason, evidence = _cuts(html)[other.strip()]
    assert rule == "scorer.second_post"
    assert evidence["prose_units"] >= 100 and evidence["article_units"] > evidence["prose_units"]
    assert "another post" in reason


def test_a_lone_sentence_far_from_the_article_is_far_from_region() -> None:
    html = f"<div><div>{ARTICLE}</div></div><div>{_links(10)}<div><p>{PROSE}</p></div></div>"
    rule, _, evidence = _cuts(html)[PROSE.strip()]
    assert rule == "scorer.far_from_region"
    assert evidence["levels"] >= 2


def test_a_link_heavy_line_outside_says_its_density() -> None:
    html = ARTICLE + "<div><p><a href='/a'>Sports scores and more today</a> here</p></div>"
    rule, _, evidence = _cuts(html)["Sports scores and more today here"]
    assert rule == "scorer.link_heavy" and evidence["link_density"] > 0.5


def test_a_short_line_with_nothing_around_it_gets_its_position() -> None:
    html = "<div><p>Tuesday</p></div>" + ARTICLE + "<div><p>Page 2</p></div>"
    cuts = _cuts(html)
    assert cuts["Tuesday"][0] == "scorer.above_region"
    assert cuts["Page 2"][0] == "scorer.below_region"
    assert GENERIC not in {rule for rule, _, _ in cuts.values()}


def test_every_section_word_has_a_rule() -> None:
    from cleanarticle.hints import NEGATIVE_PHRASES, NEGATIVE_WORDS

    words = set(NEGATIVE_WORDS) | {"-".join(phrase) for phrase in NEGATIVE_PHRASES} | {"widget"}
    assert words - set(SECTION_RULES) == set()


def test_card_reasons_carry_their_count() -> None:
    why = section_why("teaser card (5 repeated cards with linked titles)", True, "outside")
    assert why.rule == "scorer.teaser_grid" and why.evidence == {"cards": 5}
    reply = section_why("reply in a thread of 7 posts (the first is the article)", True, "inside")
    assert reply.rule == "scorer.forum_reply" and reply.evidence == {"cards": 7}


def test_a_link_list_says_how_many_items_are_links() -> None:
    items = "".join(f"<li><a href='/{i}'>Story number {i} of the day</a></li>" for i in range(4))
    html = f"<article><p>{PROSE * 6}</p><ul>{items}<li>plain</li></ul></article>"
    cuts = _cuts(html)
    rule, _, evidence = cuts["Story number 0 of the day"]
    assert rule == "scorer.link_list"
    assert evidence == {"linked_items": 4, "items": 5}


def test_a_section_word_that_is_also_its_tag_name_is_a_section() -> None:
    """<menu class='menu'>: the word is the tag's name, but no page landmark's."""
    cuts = _cuts("<menu class='menu'><p>Open daily from nine</p></menu>" + ARTICLE)
    assert cuts["Open daily from nine"][0] == "scorer.navigation_section"
