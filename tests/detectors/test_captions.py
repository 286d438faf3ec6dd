from blockfactory import PROSE_EN, PROSE_ZH, cut, html_blocks, text_blocks, verdicts

from cleanarticle.detectors.captions import CaptionsDetector

DETECTOR = CaptionsDetector()


def test_captions_that_end_in_a_credit() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Protesters marched through the city centre on Sunday (Image: GETTY)",
            "The mayor at the opening of the new library (Photo: Jane Doe/AP)",
            "Workers at the plant in March (Credit: iStock)",
            PROSE_ZH,
            "市民在公园赏花（图片来源：视觉中国）",
            "新建成的大桥（摄影：王小明）",
        ]
    )
    found = verdicts(DETECTOR, blocks)
    assert set(found) == {1, 2, 3, 5, 6}
    assert found[1][0].reason.startswith("photo caption with its credit")


def test_credit_lines_of_names_and_agencies() -> None:
    blocks = html_blocks(
        PROSE_EN,
        "Alex Wong | Getty Images",
        "Jane Doe | Bloomberg | Getty Images",
        "张三 / 新华社",
    )
    assert cut(DETECTOR, blocks, "html") == {1, 2, 3}


def test_prose_that_mentions_agencies_or_brackets_survives() -> None:
    blocks = text_blocks(
        [
            "According to Reuters, the deal was signed on Tuesday (local time).",
            "The agency said the photo (taken in 2019) was genuine.",
            "Oil prices fell sharply on Tuesday, Reuters reported, citing two sources close to the "
            "talks who said the group was unlikely to agree to deeper cuts (Photo: archive).",
            "新华社记者从会上获悉,今年全市将新建改建公园30个(含口袋公园)。",
            "Reuters / Ipsos poll: 41% approve, 55% disapprove, 4% unsure of the plan announced",
            PROSE_ZH,
        ]
    )
    assert cut(DETECTOR, blocks) == set()


def test_newsroom_credit_lines() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "(Reporting by Jane Doe and John Roe; Editing by Mary Major)",
            "Reporting by Jane Doe; additional reporting by John Roe; Editing by Mary Major",
            "Reporting by the local paper was thorough, officials said.",
            "Editing by hand is slow, the editor said, but it works.",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2}


def test_contributor_lines_and_gallery_counters() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Jane Doe contributed reporting from Hong Kong.",
            "Associated Press writers John Roe and Mary Major contributed to this report.",
            "Image 1 of 5",
            "图 2/6",
            "Three universities contributed to this report, which found that rents rose 9% "
            "in the year to March and that wages did not keep up.",
            "Slide rules were common in schools until the 1970s.",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3, 4}
