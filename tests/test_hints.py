"""Class/id hints are read on whole tokens: roles mark an element, topics and slugs do not."""

import pytest

from cleanarticle.hints import negative_word


@pytest.mark.parametrize(
    ("hints", "word"),
    [
        ("comment-list", "comment"),
        ("site-footer", "footer"),
        ("related_posts", "related"),
        ("sidebar-widget", "sidebar"),
        ("zone-widget", "widget"),
        ("most-popular-list", "most-popular"),
        ("entry post comments2", "comments"),
    ],
)
def test_role_tokens_mark_the_element(hints: str, word: str) -> None:
    assert negative_word(hints) == word


@pytest.mark.parametrize(
    "hints",
    [
        "post-12 type-post format-standard category-comments tag-sidebar hentry",  # taxonomy
        "elementor-widget-wrap elementor-element-populated",  # page-builder container
        "sharing-with-a-single-developer",  # a heading's slug id
        "advertorial-content",  # substring of a word is not the word
        "article-body main",
        "",
    ],
)
def test_topics_slugs_and_substrings_do_not(hints: str) -> None:
    assert negative_word(hints) is None
