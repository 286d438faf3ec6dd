"""Italian boilerplate phrases."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": (
        "leggi anche",
        "articoli correlati",
        "potrebbe interessarti",
        "i più letti",
        "commenti",
        "continua a leggere",
        "ti potrebbe interessare",
    ),
    "section.tag_line": ("argomenti",),
    "promo.ad_label": ("pubblicità", "condividi"),
    "promo.engagement_prompt": ("questo articolo ti è stato utile",),
    "promo.formula_en": ("iscriviti alla newsletter", "seguici su"),
    "legal.copyright": ("tutti i diritti riservati",),
    "legal.reprint_statement": (
        "questo sito utilizza cookie",
        "utilizziamo i cookie",
        "informativa sulla privacy",
    ),
    "promo.paywall": (
        "questo articolo è riservato agli abbonati",
        "sei già abbonato?",
        "contenuto riservato agli abbonati",
    ),
    "legal.affiliate_disclosure": (
        "link di affiliazione",
        "riceviamo una commissione",
    ),
    "navigation.menu_strong": (
        "stampa articolo",
        "invia per email",
        "dimensione testo",
    ),
}
