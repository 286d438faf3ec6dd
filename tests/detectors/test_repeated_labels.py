from blockfactory import PROSE_EN, PROSE_ZH, cut, html_blocks, text_blocks

from cleanarticle.article import Kind
from cleanarticle.detectors.repeated_labels import RepeatedLabelsDetector

DETECTOR = RepeatedLabelsDetector()


def test_a_short_line_printed_three_times_is_a_template_label() -> None:
    lines = [PROSE_EN, "Article content", PROSE_EN, "Article content", PROSE_ZH, "Article content"]
    blocks = text_blocks(lines)
    assert cut(DETECTOR, blocks) == {1, 3, 5}


def test_any_language_alike() -> None:
    lines = ["Weiterlesen", PROSE_ZH, "weiterlesen", PROSE_ZH, "Weiterlesen …", "阅读全文"]
    assert cut(DETECTOR, text_blocks(lines)) == {0, 2, 4}


def test_twice_is_not_a_template_and_long_lines_are_prose() -> None:
    lines = ["No!", PROSE_EN, "No!", PROSE_EN, PROSE_EN, PROSE_EN]
    assert cut(DETECTOR, text_blocks(lines)) == set()


def test_field_names_and_numbers_of_structured_content_stay() -> None:
    lines = ["Weight:", "2 kg", "Weight:", "3 kg", "Weight:", "1", "1", "1"]
    assert cut(DETECTOR, text_blocks(lines)) == set()


def test_repeated_headings_of_reviewed_items_stay_in_html() -> None:
    blocks = html_blocks(
        {"text": "Pros", "tag": "h4", "kind": Kind.HEADING, "level": 4}, PROSE_EN,
        {"text": "Pros", "tag": "h4", "kind": Kind.HEADING, "level": 4}, PROSE_EN,
        {"text": "Pros", "tag": "h4", "kind": Kind.HEADING, "level": 4}, PROSE_EN,
    )
    assert cut(DETECTOR, blocks, mode="html") == set()
