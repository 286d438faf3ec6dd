"""Author-archive links: the last-resort author, only when the page links one archive."""

import pytest

from cleanarticle.metadata.author_links import archive_author
from cleanarticle.parse import parse


def names_of(body: str) -> list[str]:
    return archive_author(parse(f"<html><body>{body}</body></html>"))


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ('<p>Story <a href="https://news.example.org/author/jane-roe/">Jane Roe</a></p>',
         ["Jane Roe"]),
        ('<a href="/authors/tom-weller">Tom Weller</a><a href="/authors/tom-weller/">'
         "View all posts</a>", ["Tom Weller"]),
        ('<a href="/blog/?author=12">林海</a><a href="/blog/?cat=3&amp;author=12">随笔</a>',
         ["林海"]),
        ('<a href="/author/jane-roe/"><img src="a.jpg"></a><a href="/author/jane-roe/">'
         "Jane Roe</a>", ["Jane Roe"]),
    ],
)  # fmt: skip
def test_one_archive_names_the_author(body, names):
    assert names_of(body) == names


@pytest.mark.parametrize(
    "body",
    [
        '<a href="/author/jane-roe/">Jane Roe</a><a href="/author/tom-weller/">Tom Weller</a>',
        '<a href="/?author=12">林海</a><a href="/?author=40">century</a>',
        '<div class="comments"><a href="/author/jane-roe/">Jane Roe</a></div>',
        '<a href="/author/newsdesk/">Daily Harbour News</a>',
        '<a href="/author/staff/">Staff Reports</a>',
        '<a href="/author/admin/">admin</a>',
        '<a href="/author/jane-roe/page/2/">Jane Roe</a>',
        '<a href="/authors-guide/">How to write for us</a>',
        '<a href="/2021/04/10/">April 10, 2021</a>',
    ],
)
def test_no_author_from_other_links(body):
    assert names_of(body) == []
