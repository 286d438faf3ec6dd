"""Portuguese boilerplate phrases."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": (
        "leia também",
        "notícias relacionadas",
        "veja também",
        "mais lidas",
        "comentários",
        "leia mais",
        "você pode gostar",
    ),
    "promo.ad_label": ("publicidade", "compartilhar", "compartilhe"),
    "promo.engagement_prompt": ("este artigo foi útil",),
    "promo.formula_en": ("assine a newsletter", "siga-nos"),
    "legal.copyright": ("todos os direitos reservados",),
    "legal.reprint_statement": ("este site utiliza cookies", "política de privacidade"),
    "promo.paywall": (
        "conteúdo exclusivo para assinantes",
        "já é assinante?",
        "assine para continuar lendo",
    ),
    "legal.affiliate_disclosure": (
        "links de afiliados",
        "recebemos uma comissão",
    ),
    "navigation.menu_strong": (
        "imprimir notícia",
        "enviar por e-mail",
        "tamanho da fonte",
    ),
}
