from blockfactory import PROSE_EN, PROSE_ZH, cut, text_blocks, verdicts

from cleanarticle.detectors.section_labels import SectionLabelsDetector

DETECTOR = SectionLabelsDetector()


def test_english_section_labels_and_tag_lines() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Related Articles",
            "You may also like...",
            "Most Popular",
            "DON'T MISS",
            "More Great WIRED Stories",
            "Filed Under: Budget, City Council, Parks",
            "Tags: council, budget",
            "3 Comments",
        ]
    )
    found = verdicts(DETECTOR, blocks)
    assert set(found) == {1, 2, 3, 4, 5, 6, 7, 8}
    assert found[6][0].reason.startswith("tag line")


def test_chinese_section_labels_and_tag_lines() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            "相关阅读",
            "【猜你喜欢】",
            "相關新聞",
            "网友评论",
            "关键词：反诈 电信诈骗",
            "延伸阅读:",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3, 4, 5, 6}


def test_sentences_and_headings_that_mention_them_survive() -> None:
    blocks = text_blocks(
        [
            "Related stories were published by three other newspapers on the same day.",
            "Most popular among the residents was the plan to open the library on Sundays.",
            "Comments from residents",
            "The Tags",
            "Trending downwards: what the data says",
            "相关阅读材料已经发放到每一位参会代表手中。",
            "评论员文章:坚持依法治网",
            "标签:打印机的标签纸用完了。",
            PROSE_ZH,
        ]
    )
    assert cut(DETECTOR, blocks) == set()
