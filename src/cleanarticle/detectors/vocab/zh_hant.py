"""Traditional Chinese boilerplate phrases beyond the rules' own patterns."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": ("相關話題", "猜你想看", "大家都在看", "延伸閱讀", "熱門新聞"),
    "promo.paywall": (
        "本文為付費內容",
        "訂閱後閱讀全文",
        "訂閱即可閱讀全文",
    ),
    "navigation.menu_strong": (
        "列印本頁",
        "字級",
    ),
}
