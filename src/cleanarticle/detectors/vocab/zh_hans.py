"""Simplified Chinese boilerplate phrases beyond the rules' own patterns."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": ("相关话题", "猜你想看", "大家都在看", "往期回顾"),
    "promo.ad_label": ("打开app", "打开app阅读"),
    "promo.paywall": (
        "本文为付费内容",
        "订阅后阅读全文",
        "开通会员阅读全文",
    ),
}
