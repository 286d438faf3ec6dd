"""Korean boilerplate phrases."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": (
        "관련 기사",
        "관련기사",
        "많이 본 뉴스",
        "많이 본 기사",
        "추천 기사",
        "댓글",
        "더보기",
    ),
    "promo.ad_label": ("광고", "공유하기"),
    "promo.engagement_prompt": ("이 기사가 도움이 되셨나요",),
    "promo.paywall": ("유료 회원 전용",),
    "navigation.menu_strong": (
        "인쇄하기",
        "글자 크기",
        "글씨 크기",
    ),
}
