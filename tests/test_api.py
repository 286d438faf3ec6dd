import json

import pytest

import cleanarticle
from cleanarticle import Article, Kind, Options, extract, extract_text

ARTICLE = (
    "<html><head><title>Budget approved - City Times</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
    "<article><h1>Budget approved</h1>"
    + "<p>The city council approved the new budget on Tuesday after a debate that lasted six "
    "hours, with members split over funding for public transport and schools.</p>"
    * 4
    + "</article><footer><p>© 2024 City Times. All rights reserved.</p></footer></body></html>"
)


@pytest.mark.parametrize("bad", [123, None, 1.5, ["<p>x</p>"], {"html": "x"}])
def test_extract_rejects_non_text_input_with_type_error(bad):
    with pytest.raises(TypeError, match="str or bytes"):
        extract(bad)


def test_extract_text_rejects_bytes():
    with pytest.raises(TypeError, match="str"):
        extract_text(b"bytes are not text")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [({"url": 5}, TypeError), ({"options": {"favor": "precision"}}, TypeError),
     ({"encoding": 8}, TypeError)],
)  # fmt: skip
def test_wrong_keyword_types_are_named(kwargs, error):
    with pytest.raises(error, match=next(iter(kwargs))):
        extract("<p>x</p>", **kwargs)


def test_options_validate_their_values():
    with pytest.raises(ValueError, match="favor"):
        Options(favor="speed")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown detector"):
        Options(detectors=("navigation", "no_such_detector"))
    with pytest.raises(TypeError, match="min_body_length"):
        Options(min_body_length="10")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_depth"):
        Options(max_depth=-1)


@pytest.mark.parametrize(
    "page",
    ["", b"", "   \n ", b"\x00\x01\x02" * 100, b"%PDF-1.4 binary", "<html></html>", "<<<>>>"],
)
def test_empty_or_garbage_input_gives_an_empty_article(page):
    article = extract(page)
    assert isinstance(article, Article)
    assert article.text == ""


def test_binary_input_says_why_it_is_empty():
    article = extract(b"\x89PNG\r\n\x1a\n" + bytes(300))
    assert article.removed[0].reason.startswith("binary")


def test_article_body_and_removals_with_reasons():
    article = extract(ARTICLE, url="https://example.com/a")
    assert article.text.count("The city council approved") == 4
    assert "All rights reserved" not in article.text
    assert "Sport" not in article.text
    assert article.url == "https://example.com/a"
    assert all(removal.detector and removal.reason for removal in article.removed)
    assert any("Sport" in removal.text for removal in article.removed)


def test_bytes_and_str_give_the_same_article():
    assert extract(ARTICLE.encode("utf-8")).text == extract(ARTICLE).text


def test_to_dict_is_json_ready():
    data = extract(ARTICLE).to_dict()
    assert json.loads(json.dumps(data))["paragraphs"][0]["kind"] in {kind.value for kind in Kind}
    assert set(data) >= {"title", "text", "paragraphs", "author", "date", "source", "url",
                         "language", "removed"}  # fmt: skip


def test_article_is_frozen():
    article = extract(ARTICLE)
    with pytest.raises(AttributeError):
        article.text = "changed"  # type: ignore[misc]


def test_text_joins_paragraphs_with_blank_lines():
    article = extract(ARTICLE)
    assert article.text == "\n\n".join(p.text for p in article.paragraphs)


def test_detectors_can_be_switched_off():
    footer_kept = extract(ARTICLE, options=Options(detectors=()))
    assert all(r.detector != "legal" for r in footer_kept.removed)


def test_public_api_is_thin():
    assert set(cleanarticle.__all__) == {
        "Article", "Kind", "Options", "Paragraph", "Removal", "extract", "extract_text", "report",
    }  # fmt: skip


def test_time_limit_gives_an_empty_article_with_a_reason():
    huge = (
        "<div>" + "<p>The council approved the budget after a long debate.</p>" * 40000 + "</div>"
    )
    article = extract(huge, options=Options(time_limit=0.001))
    assert article.text == ""
    assert article.removed[0].detector == "time_limit"
    assert "time limit" in article.removed[0].reason
    assert extract_text("网站地图\n" * 10, options=Options(time_limit=60)).text == ""


@pytest.mark.parametrize(
    ("value", "error"), [(0, ValueError), (-1.0, ValueError), ("1", TypeError)]
)
def test_time_limit_must_be_a_positive_number(value, error):
    with pytest.raises(error, match="time_limit"):
        Options(time_limit=value)


COMMENTED = ARTICLE.replace(
    "</article>",
    "</article><section id='comments'><div class='comment'><p>I was at the meeting and the "
    "debate really did last six hours, which says a lot.</p></div></section>",
)


def test_comments_are_kept_apart_only_when_asked():
    plain = extract(COMMENTED)
    assert plain.comments == "" and "I was at the meeting" not in plain.text
    kept = extract(COMMENTED, options=Options(include_comments=True))
    assert kept.comments.startswith("I was at the meeting")
    assert kept.text == plain.text  # the body never holds the comments


def test_structure_options_default_off_and_must_be_bools():
    options = Options()
    assert (options.include_links, options.include_images, options.include_comments) == (
        False, False, False,
    )  # fmt: skip
    with pytest.raises(TypeError, match="include_links"):
        Options(include_links="yes")  # type: ignore[arg-type]


def test_code_keeps_its_newlines_in_text_and_paragraphs_stay_lean_in_json():
    page = ARTICLE.replace("</article>", "<pre>for x in y:\n    print(x)</pre></article>")
    article = extract(page)
    assert "for x in y:\n    print(x)" in article.text
    paragraphs = article.to_dict()["paragraphs"]
    assert paragraphs[-1] == {"text": "for x in y:\n    print(x)", "kind": "code", "level": 0}
    assert set(paragraphs[1]) == {"text", "kind", "level"}


def test_article_renders_itself():
    article = extract(ARTICLE)
    assert article.to_markdown().startswith("# Budget approved")
    assert article.to_markdown(front_matter=True).startswith('---\ntitle: "Budget approved"')
    assert article.to_html().startswith("<!DOCTYPE html>")
