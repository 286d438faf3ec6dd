from blockfactory import cut, html_blocks, text_blocks, verdicts

from cleanarticle.detectors.link_farm import LinkFarmDetector

DETECTOR = LinkFarmDetector()
PROSE_ZH = (
    "为进一步遏制电信网络诈骗犯罪,公安部会同工信部、人民银行、最高法、最高检和三大电信运营商联合开展"
    "“断卡”行动,整治收卡贩卡顽瘴痼疾。"
)
PROSE_EN = (
    "The council approved the budget on Monday after a long debate, and the mayor said the new "
    "spending on parks, libraries and roads would begin in the spring."
)
MINISTRIES = [
    "人社部", "工业和信息化部", "商务部", "住建部", "科技部", "教育部", "交通运输部", "司法部"
]  # fmt: skip


def test_government_link_list_after_the_article() -> None:
    dump = "\n".join(
        [PROSE_ZH, PROSE_ZH, "关闭", "网站链接:", "  • 国家及部委网站"]
        + [f"    {name}" for name in MINISTRIES]
        + ["  • 省区市政府", "    北京", "    上海", "    天津", "    重庆", "    江苏"]
    )
    blocks = text_blocks(dump)
    found = verdicts(DETECTOR, blocks)
    assert set(found) == set(range(3, len(blocks)))  # the label "网站链接:" goes with its list
    assert "short lines in a row" in found[5][0].reason


def test_english_site_list_before_the_article() -> None:
    lines = ["Home", "World", "Business", "Tech", "Science", "Sport", "Culture", PROSE_EN, PROSE_EN]
    assert cut(DETECTOR, text_blocks(lines)) == set(range(7))


def test_labelled_list_and_one_line_list() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            PROSE_EN,
            "Related links:",
            "BBC News",
            "Reuters",
            "The Guardian",
            "Al Jazeera",
            "友情链接: 人民网 新华网 央视网 中国网 光明网 中国日报网",
        ]
    )
    assert cut(DETECTOR, blocks) == {2, 3, 4, 5, 6, 7}


def test_article_lists_survive() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            "获奖名单如下:",
            "张三",
            "李四",
            "王五",
            "赵六",
            "钱七",
            "孙八",
            PROSE_ZH,
            # a ministries list inside a sentence
            "参加会议的有人社部、工业和信息化部、商务部、住建部、科技部、教育部、交通运输部等部门。",
            PROSE_EN,
            "Tour dates:",
            "June 9 – West Palm Beach, FL",
            "June 10 – Tampa, FL",
            "June 14 – Alpharetta, GA",
            "June 17 – Nashville, TN",
            "June 19 – Charlotte, NC",
            "June 20 – Raleigh, NC",
            PROSE_EN,
        ]
    )
    assert cut(DETECTOR, blocks) == set()


def test_no_prose_no_verdict_in_text_mode() -> None:
    assert cut(DETECTOR, text_blocks(["一", "二", "三", "四", "五", "六", "七"])) == set()


def test_html_list_of_short_links() -> None:
    items = [{"text": name, "tag": "li", "container": 7, "linked": True} for name in MINISTRIES]
    blocks = html_blocks(PROSE_ZH, *items, {"text": "合作伙伴", "tag": "li", "container": 7})
    found = verdicts(DETECTOR, blocks, "html")
    assert set(found) == set(range(1, 10))
    assert found[1][0].reason == "8 short link items in one list"


def test_html_hinted_related_list_and_tag_cloud() -> None:
    related = [
        {"text": title, "tag": "li", "container": 3, "hints": "related-posts", "linked": True}
        for title in (
            "Storm knocks out power to 40,000 homes",
            "City council delays vote on transit plan",
            "Local schools to reopen next week",
        )
    ]
    cloud = {"text": "politics economy china trade tariffs markets", "link_count": 6,
             "link_chars": 41}  # fmt: skip
    blocks = html_blocks(PROSE_EN, *related, cloud, PROSE_EN)
    assert cut(DETECTOR, blocks, "html") == {1, 2, 3, 4}


def test_html_article_list_and_inline_links_survive() -> None:
    steps = [
        {"text": text, "tag": "li", "container": 5}
        for text in ("Preheat the oven", "Mix the flour", "Add two eggs", "Bake for an hour",
                     "Let it cool", "Serve with cream")
    ]  # fmt: skip
    linked_prose = {"text": PROSE_EN, "link_count": 2, "link_chars": 30}
    few_links = [{"text": t, "tag": "li", "container": 9, "linked": True} for t in ("PDF", "Data")]
    blocks = html_blocks(PROSE_EN, *steps, linked_prose, *few_links)
    assert cut(DETECTOR, blocks, "html") == set()
