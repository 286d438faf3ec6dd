import pytest

from cleanarticle.normalize import flatten_pinyin, normalize_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("電信網(wǎng)絡(luò)詐騙", "電信網絡詐騙"),
        ("會(huì)上,有記者問", "會上,有記者問"),
        ("網(wǎng)絡(luò)的(de)發展", "網絡的發展"),  # toneless gloss goes once the text has toned ones
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
