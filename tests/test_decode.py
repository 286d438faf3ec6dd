import codecs

import pytest

from cleanarticle.decode import declared_encoding, decode, looks_binary, normalize_label

ARTICLE_ZH = "<html><head>{meta}</head><body><p>打击治理电信网络诈骗违法犯罪工作取得明显成效。</p></body></html>"


@pytest.mark.parametrize(
    ("label", "codec"),
    [("gb2312", "gb18030"), ("GBK", "gb18030"), ("utf8", "utf-8"), ("Shift_JIS", "cp932"),
     ("big5", "big5hkscs"), ("iso-8859-1", "cp1252"), ("no-such-charset", None), (None, None)],
)  # fmt: skip
def test_labels_map_to_real_world_supersets(label, codec):
    assert normalize_label(label) == codec


def test_declared_gb2312_page_with_gbk_only_characters_decodes_fully():
    # 镕 is in GBK but not GB2312: decoding "as declared" would lose it.
    page = ARTICLE_ZH.format(meta='<meta charset="gb2312">').replace("工作", "朱镕基")
    assert decode(page.encode("gbk")) == page


def test_undeclared_gbk_page_is_detected():
    page = ARTICLE_ZH.format(meta="") * 3
    assert decode(page.encode("gb18030")) == page


def test_big5_and_shift_jis_declared():
    big5 = "<meta charset=big5><p>臺灣新聞報導,今日天氣晴朗。</p>"
    sjis = "<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'><p>日本語のニュース記事です。</p>"
    assert decode(big5.encode("big5")) == big5
    assert decode(sjis.encode("shift_jis")) == sjis


def test_bom_wins_over_declaration():
    page = '<meta charset="gbk"><p>正文</p>'
    assert decode(codecs.BOM_UTF8 + page.encode("utf-8")) == page


def test_caller_hint_is_tried_before_sniffing():
    page = "<p>Überraschung für Köln</p>"
    assert decode(page.encode("cp1252"), hint="iso-8859-1") == page


def test_lying_utf8_declaration_falls_back_to_detection():
    page = (
        '<meta charset="utf-8"><p>' + "公安机关坚持依法严打方针,进一步强化侦查打击。" * 5 + "</p>"
    )
    assert "公安机关" in decode(page.encode("gbk"))


def test_garbage_never_raises():
    assert isinstance(decode(bytes(range(256)) * 10), str)
    assert decode(b"") == ""


def test_declared_encoding_reads_meta_and_xml():
    assert (
        declared_encoding(b'<meta http-equiv="content-type" content="text/html;charset=gb2312">')
        == "gb2312"
    )
    assert declared_encoding(b'<?xml version="1.0" encoding="Big5"?>') == "Big5"
    assert declared_encoding(b"<p>no declaration</p>") is None


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n....", b"\xff\xd8\xff\xe0JFIF", b"\x1f\x8b\x08\x00gz",
     bytes(range(0, 8)) * 200],
)  # fmt: skip
def test_binary_formats_are_recognised(data):
    assert looks_binary(data)


def test_text_pages_are_not_binary():
    assert not looks_binary("<html><body>正文 text</body></html>".encode())
    assert not looks_binary(b"")


UNDECLARED = {
    "big5": "<html><body><nav>Home | News</nav><p>立法院今天三讀通過預算案，行政院長表示將儘速執行，"
    "各部會也將依照新的預算規劃推動各項政策與建設計畫。</p></body></html>",
    "shift_jis": "<html><body><p>東京都は今日、新しい防災計画を発表しました。地震や台風に備えて、"
    "避難所の数を増やし、住民への情報提供を強化するということです。</p></body></html>",
    "euc-kr": "<html><body><p>서울시는 오늘 새로운 교통 정책을 발표했습니다. 시민들의 출퇴근 시간을 "
    "줄이기 위해 버스 노선을 개편하고 지하철 운행 횟수를 늘릴 계획입니다.</p></body></html>",
    "cp1251": "<html><body><p>Правительство утвердило новый бюджет на следующий год. Министр "
    "финансов заявил, что расходы на образование и здравоохранение будут увеличены.</p>"
    "</body></html>",
}


@pytest.mark.parametrize("codec", sorted(UNDECLARED))
def test_undeclared_legacy_pages_are_detected_from_their_text(codec):
    """chardet sees only the page's non-ASCII words; markup around them must not mislead it."""
    page = UNDECLARED[codec]
    padded = page.replace(
        "<body>", "<body>" + "<div class='menu'><a href='/x'>Link</a></div>" * 200
    )
    assert decode(padded.encode(codec)) == padded
