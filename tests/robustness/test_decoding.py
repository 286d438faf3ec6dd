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


# --- charset labels are evidence, not orders ------------------------------------------------

from cleanarticle.decode import decode_page, looks_mojibake  # noqa: E402

GBK_ARTICLE = "<html><body><article>" + (
    "<p>公安机关将毫不动摇地坚持依法严打方针，进一步强化侦查打击，坚决遏制电信网络诈骗犯罪高发势头。</p>" * 4
) + "<p>版权所有 2023 某某市人民政府</p></article></body></html>"  # fmt: skip


def test_latin1_transport_hint_on_gbk_bytes_loses_to_their_real_charset() -> None:
    data = GBK_ARTICLE.encode("gbk")
    decoded = decode_page(data, "iso-8859-1")
    assert decoded.text == GBK_ARTICLE and decoded.encoding == "gb18030"
    assert "gave mojibake" in decoded.why
    article = extract(data, encoding="iso-8859-1")
    assert "坚持依法严打方针" in article.text  # no longer cut as a "copyright notice"
    (note,) = [r for r in article.removed if r.detector == "decode"]
    assert note.reason.startswith("read as gb18030") and "iso-8859-1" in note.reason


@pytest.mark.parametrize("hint", ["ISO-8859-1", "latin-1", "latin1", "us-ascii"])
def test_weak_hint_loses_to_meta_and_to_valid_utf8(hint: str) -> None:
    page = '<meta charset="gbk"><p>正文内容，公安机关坚持依法严打。</p>'
    assert decode_page(page.encode("gbk"), hint).encoding == "gb18030"
    page = "<p>Überraschung für Köln, 正文内容。</p>"
    decoded = decode_page(page.encode("utf-8"), hint)
    assert decoded.text == page and decoded.encoding == "utf-8"


def test_weak_hint_still_reads_real_latin1() -> None:
    page = "<p>Le conseil municipal a adopté le budget mardi après un très long débat.</p>"
    decoded = decode_page(page.encode("latin-1"), "ISO-8859-1")
    assert decoded.text == page and "transport hint" in decoded.why


def test_strong_hint_that_yields_mojibake_loses_to_a_clean_candidate() -> None:
    page = "<p>Für Köln: “Grüße” – schön, ça va très bien. Ärger über Öl und Übermut.</p>"
    decoded = decode_page(page.encode("utf-8"), "windows-1252")
    assert decoded.text == page and decoded.encoding == "utf-8"
    assert "cp1252 (transport hint 'windows-1252') gave mojibake" in decoded.why


def test_meta_declaration_that_yields_mojibake_loses_to_utf8() -> None:
    page = '<meta charset="iso-8859-1"><p>Für Köln: “Grüße” – schön, ça va très bien. Ärger über Öl.</p>'
    assert decode_page(page.encode("utf-8")).text == page


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("我们", "gbk"), ("中国", "gbk"), ("人民政府网站 关于我们 联系我们", "gbk"),
     ("臺灣新聞報導今日天氣晴朗", "big5"), ("日本語のニュース記事です", "shift_jis"),
     ("한국어 뉴스 기사입니다", "euc-kr")],
)  # fmt: skip
def test_undeclared_short_cjk_bytes_are_not_read_as_a_single_byte_charset(text, encoding):
    data = f"<title>{text}</title><body>{'x' * 100}</body>".encode(encoding)
    decoded = decode_page(data)
    assert text in decoded.text, (decoded.encoding, decoded.why)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Überraschung für Köln, schöne Grüße aus Düsseldorf.", "cp1252"),
     ("Não há informação sobre a situação das eleições.", "cp1252"),
     ("Привет, мир и всё такое.", "cp1251")],
)  # fmt: skip
def test_undeclared_single_byte_pages_stay_single_byte(text: str, encoding: str) -> None:
    page = f"<p>{text}</p>" * 3
    assert decode_page(page.encode(encoding)).text == page


def test_mojibake_is_told_from_real_latin_text() -> None:
    chinese = "公安机关坚持依法严打方针，进一步强化侦查打击。"
    assert looks_mojibake(chinese.encode("gbk").decode("cp1252", "replace"))
    utf8 = "Für Köln: “Grüße” – schön, ça va très bien".encode()
    assert looks_mojibake(utf8.decode("cp1252", "replace"))
    for text in ("Não há informação sobre a situação das eleições, ção ções",
                 "« Déjà vu », dit-il à l’été, très très bien", "Überraschung für Köln"):
        assert not looks_mojibake(text), text


def test_every_byte_page_says_which_charset_was_used_and_why() -> None:
    article = extract("<p>Ein schöner Tag in Köln, sagte er.</p>".encode())
    (note,) = [r for r in article.removed if r.detector == "decode"]
    assert note.reason == "read as utf-8: valid UTF-8" and note.text == ""
    assert not any(r.detector == "decode" for r in extract("<p>text</p>").removed)


def test_meta_utf16_with_a_weak_hint_still_means_utf8() -> None:
    page = f'<meta charset="utf-16">{TEXT}'.encode()
    assert decode(page, hint="ISO-8859-1") == page.decode()
