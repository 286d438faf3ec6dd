"""Lying and hostile charsets (decode.py): never raise, never read a page in a non-web codec."""

from __future__ import annotations

import pytest

from cleanarticle import extract
from cleanarticle.decode import decode, normalize_label

TEXT = "<p>Überraschung für Köln: 公安机关坚持依法严打方针。</p>"


@pytest.mark.parametrize(
    "label",
    ["idna", "punycode", "undefined", "unicode_escape", "raw_unicode_escape", "base64", "hex",
     "rot13", "zlib", "bz2", "uu", "quopri"],
)  # fmt: skip
def test_codecs_that_are_not_web_charsets_are_ignored(label: str) -> None:
    assert normalize_label(label) is None
    page = f'<meta charset="{label}">{TEXT}'.encode()
    assert decode(page) == page.decode()  # read as UTF-8, which it is
    assert decode(page, hint=label) == page.decode()
    assert extract(page, encoding=label).text == extract(page).text


def test_meta_utf16_on_an_ascii_compatible_page_means_utf8() -> None:
    page = f'<meta charset="utf-16">{TEXT}'.encode()
    assert decode(page) == page.decode()


def test_a_character_cut_by_truncation_is_dropped_not_replaced() -> None:
    page = TEXT.encode()
    for end in range(len(page)):
        assert "\ufffd" not in decode(page[:end])
    for encoding in ("gb18030", "big5", "shift_jis"):
        data = f'<meta charset="{encoding}"><p>中文中文</p>'.encode(encoding)[:-5]  # half a 文
        assert "\ufffd" not in decode(data), encoding


def test_mixed_utf8_and_gbk_page_is_decoded_piece_by_piece() -> None:
    sentence = "公安机关将毫不动摇地坚持依法严打方针，进一步强化侦查打击。"
    page = f'<meta charset="utf-8"><p>{sentence * 5}</p>'.encode() + (
        f"<p>{sentence * 5}</p>".encode("gbk")
    )
    assert decode(page).count(sentence) == 10


def test_plain_legacy_pages_are_not_taken_for_mixed() -> None:
    for text, encoding in [
        ("这是一个没有声明编码的中文网页，内容很长。" * 40, "gbk"),
        ("Привет, это страница без объявленной кодировки. " * 40, "cp1251"),
        ("Überraschung für Köln, schöne Grüße aus Düsseldorf. " * 40, "cp1252"),
    ]:
        assert decode(f"<p>{text}</p>".encode(encoding)) == f"<p>{text}</p>", encoding
