"""Russian boilerplate phrases."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": (
        "читайте также",
        "похожие статьи",
        "по теме",
        "самое читаемое",
        "комментарии",
        "читать далее",
    ),
    "promo.ad_label": ("реклама", "поделиться"),
    "promo.engagement_prompt": ("была ли эта статья полезной",),
    "legal.copyright": ("все права защищены",),
    "legal.reprint_statement": ("этот сайт использует cookie", "политика конфиденциальности"),
    "promo.paywall": (
        "этот материал доступен только подписчикам",
        "уже есть подписка?",
    ),
    "legal.affiliate_disclosure": (
        "партнерские ссылки",
        "партнёрские ссылки",
    ),
    "navigation.menu_strong": (
        "версия для печати",
        "распечатать статью",
    ),
}
