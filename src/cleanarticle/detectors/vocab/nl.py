"""Dutch boilerplate phrases."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": (
        "lees ook",
        "gerelateerde artikelen",
        "meer nieuws",
        "meest gelezen",
        "reacties",
        "lees meer",
    ),
    "promo.ad_label": ("advertentie", "delen"),
    "promo.engagement_prompt": ("was dit artikel nuttig",),
    "legal.copyright": ("alle rechten voorbehouden",),
    "legal.reprint_statement": ("deze website gebruikt cookies", "privacybeleid"),
    "promo.paywall": (
        "dit artikel is alleen voor abonnees",
        "al abonnee?",
    ),
    "legal.affiliate_disclosure": (
        "dit artikel bevat affiliate links",
        "ontvangen wij een commissie",
    ),
    "navigation.menu_strong": (
        "artikel afdrukken",
        "artikel mailen",
    ),
}
