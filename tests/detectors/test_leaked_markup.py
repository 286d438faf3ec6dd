from blockfactory import cut, html_blocks, text_blocks, verdicts

from cleanarticle.article import Kind
from cleanarticle.detectors.leaked_markup import LeakedMarkupDetector

DETECTOR = LeakedMarkupDetector()
PROSE_ZH = "7月19日,我市召开打击治理电信网络诈骗违法犯罪新闻发布会,通报今年上半年工作开展情况。"


def test_whole_lines_of_junk_tags_are_cut() -> None:
    blocks = text_blocks(
        [
            '• <acronym id="abcde"><dfn id="abcde"></dfn></acronym>',
            '    <span id="abcde"><table id="abcde"></table></span>',
            '  • <label id="abcde"><xmp id="abcde">',
            "&lt;div class=&quot;x&quot;&gt;&lt;/div&gt;",
            "[url=http://example.com][/url]",
            "</p>",
            PROSE_ZH,
        ]
    )
    found = verdicts(DETECTOR, blocks)
    assert set(found) == {0, 1, 2, 3, 4, 5}
    assert all(v.span is None and v.reason.startswith("markup as text") for v in found[0])


def test_tags_inside_a_line_are_spans() -> None:
    text = PROSE_ZH + '<span id="x"><table id="x"></table></span>' + "其他内容照常保留。"
    (verdict,) = verdicts(DETECTOR, text_blocks([text]))[0]
    start, end = verdict.span or (0, 0)
    assert text[start:end] == '<span id="x"><table id="x"></table></span>'
    english = "The mayor said <b>nothing</b> about the budget on Monday."
    spans = [v.span for v in verdicts(DETECTOR, html_blocks(english), "html")[0]]
    assert [english[a:b] for a, b in spans if a is not None] == ["<b>", "</b>"]


def test_stray_closing_tag_at_the_line_edge() -> None:
    text = "The council approved the budget on Monday.</p>"
    (verdict,) = verdicts(DETECTOR, text_blocks([text]))[0]
    assert verdict.span == (len(text) - 4, len(text))


def test_mentions_comparisons_and_code_survive() -> None:
    blocks = text_blocks(
        [
            "If a < b > c, then the sequence is not monotonic.",
            "In Java, a List<String> holds strings and a Map<K, V> holds pairs.",
            "Use the <b> tag to make text bold in old pages.",
            "The [i]t was quoted from the original letter.",
            "当 x<y 且 y>z 时,函数取得极值。",
            PROSE_ZH,
        ]
    )
    assert cut(DETECTOR, blocks) == set()
    assert verdicts(DETECTOR, blocks) == {}
    code = html_blocks({"text": '<div class="card"><p>Hello</p></div>', "kind": Kind.CODE})
    assert verdicts(DETECTOR, code, "html") == {}


def test_shortcodes() -> None:
    blocks = text_blocks(
        [
            '[button link="https://example.com/submit/" type="big"] Send us your review[/button]',
            "[button link=\u201dhttps://example.com/shop/\u201d newwindow=\u201dyes\u201d] 立即购买[/button]",
            'The festival opens on Friday. [gallery ids="1,2,3"] Tickets sell out fast.',
            "He said [sic] the plan was sound, citing two studies [1] [2].",
            "[Updated] The council will meet again next week.",
            PROSE_ZH,
        ]
    )
    found = verdicts(DETECTOR, blocks)
    assert set(found) == {0, 1, 2}
    assert found[0][0].reason == "shortcode widget [button]"
    assert found[2][0].span is not None  # a shortcode inside prose is cut as a span
