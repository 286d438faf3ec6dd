"""Polish boilerplate phrases."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": (
        "czytaj także",
        "czytaj też",
        "zobacz też",
        "zobacz także",
        "najczęściej czytane",
        "komentarze",
        "czytaj więcej",
        "polecane",
    ),
    "promo.ad_label": ("reklama", "udostępnij"),
    "promo.engagement_prompt": ("czy ten artykuł był pomocny",),
    "legal.copyright": ("wszelkie prawa zastrzeżone",),
    "legal.reprint_statement": ("ta strona używa plików cookie", "polityka prywatności"),
    "promo.paywall": (
        "ten artykuł jest dostępny tylko dla subskrybentów",
        "masz już subskrypcję?",
    ),
    "legal.affiliate_disclosure": ("linki afiliacyjne",),
    "navigation.menu_strong": (
        "drukuj artykuł",
        "wyślij e-mailem",
    ),
}
