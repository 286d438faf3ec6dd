import pytest

from cleanarticle.metadata.language import (
    _by_script_counts,
    _without_other_scripts,
    choose_language,
    detect_language,
    primary_subtag,
)

ZH = "公安部与有关部门认真贯彻落实党中央决策部署，克服疫情不利影响，齐抓共管，密切协作。"
ZH_TW = "公安部與有關部門認真貫徹落實黨中央決策部署，克服疫情不利影響，齊抓共管，密切協作。"
JA = "東京都は10日、新型コロナウイルスの感染者が新たに確認されたと発表した。"
KO = "서울시는 10일 신종 코로나바이러스 감염증 확진자가 새로 확인됐다고 밝혔다."
EN = "The minister said on Monday that the government would not change its plans for the year."
FR = "Le ministre a déclaré lundi que le gouvernement ne changerait pas ses plans pour l'année."
DE = "Der Minister sagte am Montag, dass die Regierung ihre Pläne für das Jahr nicht ändern wird."
ES = "El ministro dijo el lunes que el gobierno no cambiará sus planes para el año que viene."
IT = "Il ministro ha detto lunedì che il governo non cambierà i suoi piani per l'anno."
PT = "O ministro disse na segunda-feira que o governo não vai mudar os planos para o ano."
NL = "De minister zei maandag dat de regering haar plannen voor het jaar niet zal wijzigen."
RU = "Министр заявил в понедельник, что правительство не изменит свои планы на год."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ZH, "zh"), (ZH_TW, "zh"), (JA, "ja"), (KO, "ko"), (EN, "en"), (FR, "fr"), (DE, "de"),
        (ES, "es"), (IT, "it"), (PT, "pt"), (NL, "nl"), (RU, "ru"),
        (ZH + " iPhone 13 Pro Max", "zh"),
        ("", None), ("12345 678", None), ("Xyzzy qwerty", None),
    ],
)  # fmt: skip
def test_detect_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("declared", "text", "language"),
    [
        ("zh-CN", ZH, "zh"),
        ("zh-Hant-TW", ZH_TW, "zh"),
        ("en", ZH, "zh"),  # a template's lang="en" on a Chinese page
        ("en-US", EN, "en"),
        ("en_GB", "", "en"),
        ("fr", EN, "fr"),  # same script: the declaration stands
        ("ja", "東京都", "ja"),  # kanji only: still Japanese as declared
        (None, KO, "ko"),
        ("zh", EN + " " + EN, "en"),
        ("", "", None),
        ("x-unknown-junk-123", EN, "en"),
    ],
)
def test_choose_language(declared, text, language):
    assert choose_language(declared, text) == language


@pytest.mark.parametrize(
    ("tag", "primary"),
    [("zh-CN", "zh"), ("en_US", "en"), ("EN", "en"), ("zh-Hans", "zh"), ("", None), (None, None)],
)
def test_primary_subtag(tag, primary):
    assert primary_subtag(tag) == primary


def test_latin_declaration_overruled_only_on_overwhelming_evidence():
    long_english = " ".join([EN] * 4)
    assert choose_language("de", long_english) == "en"
    assert choose_language("de", EN) == "de"  # too little text to overrule


@pytest.mark.parametrize(
    "text", [EN, FR, DE, "12345 678", "×÷", "ª ² ʰ", "It’s “quoted” — naïve café", ""]
)
def test_latin_only_shortcut_agrees_with_counting_every_script(text):
    assert _without_other_scripts(text) == _by_script_counts(text)
