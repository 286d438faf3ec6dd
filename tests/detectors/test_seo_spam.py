from blockfactory import PROSE_EN, PROSE_ZH, cut, html_blocks, text_blocks, verdicts

from cleanarticle.detectors.seo_spam import SeoSpamDetector

DETECTOR = SeoSpamDetector()
# Made-up stuffing in the style of spam footers: few keywords recombined in every segment.
STUFFING_ZH = (
    "主站模板: 综合久久综合频道| 亚洲综合一区二区三区| 久久综合网站精品| 综合精品久久一区| "
    "亚洲一区综合在线播放| 综合天天综合网站| 天天综合久久精品| 精品综合久久久久| "
    "亚洲综合精品一区二区| 久久综合天天综合|"
)
STUFFING_EN = (
    "cheap watches online, buy cheap watches, replica watches online, cheap replica watches, "
    "watches online sale, buy replica watches online, cheap watches sale, "
    "replica watches sale online, buy watches online cheap"
)


def test_keyword_stuffing_line_chinese_and_english() -> None:
    blocks = text_blocks([PROSE_ZH, STUFFING_ZH, PROSE_EN, STUFFING_EN])
    found = verdicts(DETECTOR, blocks)
    assert set(found) == {1, 3}
    assert found[1][0].reason.startswith("keyword stuffing: 10 segments split by '|'")


def test_stuffing_as_links_in_html() -> None:
    keywords = STUFFING_ZH.rstrip("|").split("| ")
    assert len(keywords) == 10
    links = [{"text": k, "tag": "a", "container": 4, "linked": True} for k in keywords]
    blocks = html_blocks(PROSE_ZH, *links)
    assert cut(DETECTOR, blocks, "html") == set(range(1, 11))


def test_stuffing_as_lines_at_the_page_bottom() -> None:
    keywords = STUFFING_ZH.rstrip("|").split("| ")
    assert cut(DETECTOR, text_blocks([PROSE_ZH, PROSE_ZH, *keywords])) == set(range(2, 12))


def test_prose_and_honest_lists_survive() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            # an enumeration with 、 inside a sentence
            "会议由人社部、工业和信息化部、商务部、住建部、科技部、教育部、交通运输部、农业农村部、"
            "自然资源部、司法部、外交部、民政部共同主办。",
            # a list of similar names in one sentence
            "入选高校包括北京大学、清华大学、复旦大学、南京大学、浙江大学、武汉大学、中山大学、"
            "四川大学、吉林大学和山东大学。",
            "Tags: politics | economy | trade | china | tariffs",
            "He visited Paris, London, Berlin, Rome, Madrid, Lisbon, Vienna, Prague and Warsaw.",
            PROSE_EN,
        ]
    )
    assert cut(DETECTOR, blocks) == set()


def test_site_lists_and_schedules_are_not_stuffing() -> None:
    sites = ["人社部", "工业和信息化部", "商务部", "住建部", "科技部", "教育部", "交通运输部",
             "农业农村部", "自然资源部", "司法部", "外交部", "民政部"]  # fmt: skip
    dates = [f"June {day} – Amphitheatre, FL" for day in range(1, 13)]
    blocks = text_blocks([PROSE_EN, PROSE_ZH, *sites, *dates])
    assert cut(DETECTOR, blocks) == set()
    html = html_blocks(PROSE_EN, *({"text": d, "tag": "li", "linked": True} for d in dates))
    assert cut(DETECTOR, html, "html") == set()
