from cleanarticle.parse import flatten_deep_nesting, parse


def body_text(html: str) -> str:
    return parse(html).tree.body.text(separator=" ").split().__str__()


def test_invisible_and_hidden_elements_are_dropped():
    document = parse(
        "<html lang='zh-CN'><body><script>var x</script><style>p{}</style><p hidden>h1</p>"
        "<p aria-hidden='true'>h2</p><p style='color:red; display : none'>h3</p>"
        "<form><input value=v><button>Go</button></form><p>visible</p></body></html>"
    )
    text = document.tree.body.text(separator=" ")
    assert "visible" in text
    for hidden in ("var x", "p{}", "h1", "h2", "h3", "Go"):
        assert hidden not in text
    assert document.lang == "zh-CN"


def test_ruby_keeps_base_text_only():
    text = parse("<p><ruby>漢<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>字</p>").tree.body.text()
    assert text == "漢字"


def test_json_ld_is_kept_for_metadata_before_scripts_go():
    document = parse('<script type="application/ld+json">{"headline": "H"}</script><p>x</p>')
    assert document.json_ld == ('{"headline": "H"}',)


def test_deep_nesting_is_flattened_but_text_kept():
    html = "<div>" * 5000 + "deep text" + "</div>" * 5000
    flat = flatten_deep_nesting(html, 100)
    assert flat.count("<div>") == 100
    assert flat.count("</div>") == 100
    assert "deep text" in parse(html, max_depth=100).tree.body.text()


def test_shallow_pages_are_untouched():
    html = "<div><p>a</p><br><img src=x><div><span>b</span></div></div>"
    assert flatten_deep_nesting(html, 3) == html


def test_streamed_segments_are_visible_and_put_in_place():
    """React's streamed rendering: `<div hidden id="S:0">` is moved into `<template id="B:0">`."""
    html = (
        "<body><p>First part.</p><template id='B:0'></template><p>Last part.</p>"
        "<div hidden id='S:0'><p>Middle part.</p></div><div hidden id='menu'>Menu</div></body>"
    )
    text = parse(html).tree.body.text(separator="|")
    assert [part for part in text.split("|") if part.strip()] == [
        "First part.",
        "Middle part.",
        "Last part.",
    ]


def test_nested_streamed_segments_all_reach_their_places():
    """A later segment fills a placeholder inside an earlier one (nested Suspense boundaries):
    moving the outer one first once lost the inner one's text."""
    html = (
        "<body><p>Head.</p><template id='B:0'></template><p>Tail.</p>"
        "<div hidden id='S:0'><p>Outer.</p><template id='B:1'></template></div>"
        "<div hidden id='S:1'><p>Inner.</p><template id='B:2'></template></div>"
        "<div hidden id='S:2'><p>Innermost.</p></div></body>"
    )
    text = parse(html).tree.body.text(separator="|")
    parts = [part for part in text.split("|") if part.strip()]
    assert parts == ["Head.", "Outer.", "Inner.", "Innermost.", "Tail."]


def test_many_streamed_segments_stay_visible_past_the_move_limit():
    segments = "".join(f"<div hidden id='S:{n}'><p>Part {n}.</p></div>" for n in range(100))
    places = "".join(f"<template id='B:{n}'></template>" for n in range(100))
    text = parse(f"<body>{places}{segments}</body>").tree.body.text(separator="|")
    assert sorted(part for part in text.split("|") if part.strip()) == sorted(
        f"Part {n}." for n in range(100)
    )


def test_noscript_content_is_read_when_it_is_the_page():
    """A script-built page whose server also sent the thread in <noscript> for crawlers."""
    post = "I just joined today and wanted to ask how threads are sorted in this forum. " * 4
    html = f"<body><div id='app'>Loading…</div><noscript><div><p>{post}</p></div></noscript></body>"
    assert "wanted to ask how threads" in parse(html).tree.body.text()


def test_noscript_notice_beside_a_real_page_stays_invisible():
    article = "The council met on Tuesday to approve the budget for the coming year. " * 6
    notice = "For full functionality of this site it is necessary to enable JavaScript. " * 4
    html = f"<body><noscript><p>{notice}</p></noscript><article><p>{article}</p></article></body>"
    text = parse(html).tree.body.text()
    assert "enable JavaScript" not in text and "approve the budget" in text


def test_collapsed_tab_and_accordion_panels_are_read_but_hidden_dialogs_are_not():
    html = (
        "<body><div role='tablist'><button aria-controls='p2'>Specs</button></div>"
        "<div id='p2' role='tabpanel' hidden><p>Weight 2 kg.</p></div>"
        "<div aria-hidden='true' aria-labelledby='faq1'><p>Returns are free.</p></div>"
        "<div role='dialog' aria-labelledby='t' style='display:none'><p>Choose a country.</p></div>"
        "<div aria-hidden='true'><p>Menu copy.</p></div></body>"
    )
    text = parse(html).tree.body.text()
    assert "Weight 2 kg." in text and "Returns are free." in text
    assert "Choose a country." not in text and "Menu copy." not in text
