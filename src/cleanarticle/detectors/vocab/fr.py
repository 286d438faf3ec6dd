"""French boilerplate phrases."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": (
        "à découvrir",
        "à voir aussi",
        "voir aussi",
        "à lire aussi",
        "lire aussi",
        "sur le même sujet",
        "articles similaires",
        "vous aimerez aussi",
        "les plus lus",
        "commentaires",
        "lire la suite",
        "nos articles",
    ),
    "section.tag_line": (
        "mots-clés",
        "thèmes",
    ),
    "promo.ad_label": (
        "publicité",
        "partager",
        "imprimer",
    ),
    "promo.engagement_prompt": (
        "cet article vous a-t-il été utile",
        "vous avez repéré une erreur",
    ),
    "promo.formula_en": (
        "abonnez-vous",
        "suivez-nous",
        "inscrivez-vous à notre newsletter",
    ),
    "legal.copyright": ("tous droits réservés",),
    "legal.reprint_statement": (
        "ce site utilise des cookies",
        "nous utilisons des cookies",
        "politique de confidentialité",
    ),
    "promo.paywall": (
        "cet article est réservé aux abonnés",
        "déjà abonné ?",
        "déjà abonné?",
        "la suite est réservée aux abonnés",
        "article réservé aux abonnés",
    ),
    "legal.affiliate_disclosure": (
        "liens d'affiliation",
        "liens affiliés",
        "nous percevons une commission",
    ),
    "navigation.menu_strong": (
        "imprimer l'article",
        "envoyer par e-mail",
        "envoyer par email",
        "taille du texte",
    ),
}
