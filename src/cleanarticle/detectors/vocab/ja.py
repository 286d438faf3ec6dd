"""Japanese boilerplate phrases."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": (
        "おすすめ情報",
        "新着記事",
        "関連記事",
        "関連ニュース",
        "あわせて読みたい",
        "おすすめ記事",
        "アクセスランキング",
        "コメント",
        "続きを読む",
    ),
    "promo.ad_label": ("広告", "シェア", "ツイート"),
    "promo.engagement_prompt": ("この記事は役に立ちましたか",),
    "legal.copyright": ("無断転載を禁じます", "無断転載禁止"),
    "promo.paywall": (
        "この記事は会員限定です",
        "この記事は有料会員限定です",
        "続きは会員登録",
    ),
    "navigation.menu_strong": (
        "印刷する",
        "文字サイズ",
    ),
    "promo.formula_en": (
        "カテゴリーをフォローする",
        "フォローする",
    ),
}
