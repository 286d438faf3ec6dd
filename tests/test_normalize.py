import pytest

from cleanarticle.normalize import flatten_pinyin, normalize_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("電信網(wǎng)絡(luò)詐騙", "電信網絡詐騙"),
        ("會(huì)上,有記者問", "會上,有記者問"),
        (
            "網(wǎng)絡(luò)的(de)發展",
            "網絡的發展",
        ),  # toneless gloss goes once the text has toned ones
        ("函数f(x)的值", "函数f(x)的值"),  # ordinary brackets stay
        ("中国(zhong)", "中国(zhong)"),  # a lone toneless gloss is not enough evidence
        ("Visit Beijing (bei) now", "Visit Beijing (bei) now"),
    ],
)
def test_pinyin_glosses_are_flattened(raw, clean):
    assert flatten_pinyin(raw) == clean


def test_whitespace_and_invisible_characters():
    assert normalize_text("  a\u200b b \n\t c  ") == "a b c"
    assert normalize_text("中文\n  换行") == "中文换行"  # a source line wrap inside CJK is no space
    assert normalize_text("English\nwrap") == "English wrap"
    assert normalize_text("") == ""


def test_fast_paths_agree_with_the_regex_definitions():
    """ASCII and non-ASCII shortcuts in normalize_text and textstats change no result."""
    import re

    from cleanarticle.textstats import CJK_CLASS, PUNCTUATION, length_units, punctuation_count

    def reference_units(text: str) -> int:
        return len(re.findall(f"[{CJK_CLASS}]|[^\\W{CJK_CLASS}]+", text))

    def reference_normalize(text: str) -> str:
        text = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]", "", text)
        text = re.sub(f"(?<=[{CJK_CLASS}])[ \\t\\r]*\\n\\s*(?=[{CJK_CLASS}])", "", text)
        return flatten_pinyin(re.sub(r"\s+", " ", text).strip())

    samples = [
        "plain ascii, words_and 42 numbers!", "a\x1cb\x1fc \x0b d", "don't U.S. x-y", "",
        "“Curly” quotes — dashes… and naïve café", "中文・日本語カタカナ「引用」", "한국어 텍스트",
        "網(wǎng)絡(luò)", "soft\u00adhy\u200bphen", "中文\n  换行", "Ω≈ç√∫ 𠀀𪚥", "²³ ½ ٣",
    ]  # fmt: skip
    for text in samples:
        assert length_units(text) == reference_units(text), text
        assert punctuation_count(text) == sum(char in PUNCTUATION for char in text), text
        assert normalize_text(text) == reference_normalize(text), text
