"""Vocabulary per language: well-formed data, tied to existing rules, cut where the rule says."""

from __future__ import annotations

import importlib

import pytest
from blockfactory import PROSE_EN, cut, text_blocks
from test_rules import RULES

from cleanarticle.detectors import vocab
from cleanarticle.detectors.legal import LegalDetector
from cleanarticle.detectors.navigation import NavigationDetector
from cleanarticle.detectors.promo import PromoDetector
from cleanarticle.detectors.section_labels import SectionLabelsDetector

_REQUIRED = {"en", "zh_hans", "zh_hant", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "ko"}


def test_every_language_is_data_for_existing_rules() -> None:
    assert set(vocab.LANGUAGES) >= _REQUIRED
    rule_ids = {rule.id for rule in RULES}
    for language in vocab.LANGUAGES:
        phrases = importlib.import_module(f"cleanarticle.detectors.vocab.{language}").PHRASES
        assert phrases, language
        for rule_id, words in phrases.items():
            assert rule_id in rule_ids, f"{language}: no rule {rule_id}"
            assert isinstance(words, tuple) and words
            for word in words:
                assert word == word.lower() == word.strip() and len(word) >= 2, (language, word)


def test_rules_take_their_words_from_the_vocabulary() -> None:
    by_id = {rule.id: rule for rule in RULES}
    for rule_id in ("section.label", "promo.ad_label", "legal.copyright"):
        assert set(vocab.words(rule_id)) <= set(by_id[rule_id].words)
    assert "das könnte sie auch interessieren" in by_id["section.label"].words


def test_longer_phrases_come_first() -> None:
    words = vocab.words("section.label")
    assert list(words) == sorted(words, key=len, reverse=True)


@pytest.mark.parametrize(
    "label",
    [
        "Das könnte Sie auch interessieren",
        "Mehr zum Thema",
        "À lire aussi",
        "Noticias relacionadas",
        "Leggi anche",
        "Leia também",
        "Lees ook",
        "Czytaj także",
        "Читайте также",
        "関連記事",
        "관련 기사",
        "大家都在看",
        "Kommentare",
        "Commentaires",
    ],
)
def test_section_labels_in_other_languages(label: str) -> None:
    blocks = text_blocks([PROSE_EN, label, PROSE_EN])
    assert cut(SectionLabelsDetector(), blocks) == {1}


@pytest.mark.parametrize(
    "line",
    ["Anzeige", "Publicité", "Publicidad", "Reklama", "Реклама", "広告", "광고", "Advertentie"],
)
def test_advertisement_labels(line: str) -> None:
    blocks = text_blocks([PROSE_EN, line, PROSE_EN])
    assert cut(PromoDetector(), blocks) == {1}


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",
        "Tous droits réservés.",
        "Todos los derechos reservados.",
        "Wszelkie prawa zastrzeżone.",
        "Все права защищены.",
    ],
)
def test_copyright_lines_in_other_languages(line: str) -> None:
    blocks = text_blocks([PROSE_EN, PROSE_EN, line])
    assert cut(LegalDetector(), blocks) == {2}


def test_prose_that_uses_the_words_stays() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Die Kommentare des Ministers zum Haushalt wurden im Parlament lange diskutiert, "
            "und die Opposition verlangte eine Anzeige gegen die Regierung.",
            "La publicité en ligne a beaucoup changé depuis dix ans, selon les chercheurs.",
            PROSE_EN,
        ]
    )
    for detector in (SectionLabelsDetector(), PromoDetector(), LegalDetector()):
        assert cut(detector, blocks) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Dieser Artikel ist nur für Abonnenten",
        "Cet article est réservé aux abonnés.",
        "¿Ya eres suscriptor? Inicia sesión",
        "Subscribe to continue reading",
        "この記事は有料会員限定です",
    ],
)
def test_paywall_lines(line: str) -> None:
    blocks = text_blocks([PROSE_EN, PROSE_EN, line])
    assert cut(PromoDetector(), blocks) == {2}


def test_affiliate_disclosure_in_german() -> None:
    line = "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision."
    blocks = text_blocks([PROSE_EN, line, PROSE_EN])
    assert cut(LegalDetector(), blocks) == {1}


def test_print_and_mail_tools_in_a_menu_line() -> None:
    blocks = text_blocks([PROSE_EN, "Artikel drucken | Artikel versenden", PROSE_EN])
    assert cut(NavigationDetector(), blocks) == {1}
