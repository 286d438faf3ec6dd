"""Properties that must hold for any input: never raise, deterministic, no invented text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanarticle import Article, extract, extract_text
from cleanarticle.textstats import length_units

TAGS = ["div", "p", "span", "a", "li", "ul", "table", "tr", "td", "br", "h1", "script", "acronym",
        "font", "b", "pre", "blockquote", "form", "frameset", "ruby", "rt"]  # fmt: skip
WORDS = st.sampled_from(["新闻", "電信網絡", "the", "council", "。", ",", "!", "&amp;", "&#0;", "<",
                         ">", "版权所有", "Home", "|", "\x00", "\ud800", "\u200b", "網(wǎng)"])  # fmt: skip


@st.composite
def tag_soup(draw, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.sampled_from(["", " class='nav'", " id='x1'", " href='/'", " hidden",
                                          " style='display:none'", " class=\"content\""]))  # fmt: skip
            inner = draw(tag_soup(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}"]))
            parts.append(f"<{tag}{attrs}>{inner}{close}")
        else:
            parts.append(" ".join(draw(st.lists(WORDS, max_size=6))))
    return "".join(parts)


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2000))
def test_extract_never_raises_on_bytes(data):
    assert isinstance(extract(data), Article)


@FAST
@given(st.text(max_size=2000))
def test_extract_and_extract_text_never_raise_on_str(text):
    assert isinstance(extract(text), Article)
    assert isinstance(extract_text(text), Article)


@FAST
@given(tag_soup())
def test_tag_soup_never_raises_and_is_deterministic(html):
    first = extract(html)
    assert first == extract(html)
    assert first.text == "\n\n".join(p.text for p in first.paragraphs)


def _squash(text: str) -> str:
    return "".join(text.split())


@FAST
@given(st.lists(st.sampled_from([
    "公安机关将毫不动摇地坚持依法严打方针,进一步强化侦查打击。",
    "The council approved the budget after a six-hour debate on Tuesday.",
    "网站地图", "首页 > 新闻 > 正文", "版权所有 © 2024", "Share this", "来源:人民日报",
]), max_size=12))  # fmt: skip
def test_text_mode_invents_nothing_and_is_stable(lines):
    text = "\n".join(lines)
    article = extract_text(text)
    for paragraph in article.paragraphs:
        assert _squash(paragraph.text) in _squash(text)
    # Stable: a second cleaning keeps the body; only short metadata-like lines may still go.
    again = _squash(extract_text(article.text).text)
    for paragraph in article.paragraphs:
        if length_units(paragraph.text) >= 20:
            assert _squash(paragraph.text) in again
