"""English boilerplate phrases beyond the rules' own patterns."""

PHRASES: dict[str, tuple[str, ...]] = {
    "promo.engagement_prompt": (
        "spotted an error?",
        "found an error?",
        "found a typo?",
        "was this article helpful",
        "was this page helpful",
        "was this post helpful",
        "rate this article",
        "how useful was this post",
    ),
    "promo.ad_label": (
        "sponsored by",
        "newsletter",
    ),
    "section.label": (
        "more on this topic",
        "recommended articles",
        "read next",
        "what to read next",
        "keep reading",
    ),
    "promo.paywall": (
        "subscribe to continue reading",
        "this article is for subscribers only",
        "already a subscriber?",
        "subscribe to read the full article",
        "this content is only available to subscribers",
    ),
    "navigation.menu_strong": (
        "share this article",
        "email this article",
    ),
}
