"""Spanish boilerplate phrases."""

PHRASES: dict[str, tuple[str, ...]] = {
    "section.label": (
        "noticias relacionadas",
        "te puede interesar",
        "artículos relacionados",
        "lee también",
        "lo más leído",
        "comentarios",
        "leer más",
        "más noticias",
    ),
    "section.tag_line": ("etiquetas", "temas"),
    "promo.ad_label": ("publicidad", "compartir", "imprimir"),
    "promo.engagement_prompt": ("¿te ha resultado útil este artículo",),
    "promo.formula_en": ("suscríbete", "síguenos"),
    "legal.copyright": ("todos los derechos reservados",),
    "legal.reprint_statement": (
        "este sitio web utiliza cookies",
        "utilizamos cookies",
        "política de privacidad",
    ),
    "promo.paywall": (
        "este contenido es exclusivo para suscriptores",
        "¿ya eres suscriptor?",
        "contenido exclusivo para suscriptores",
        "suscríbete para seguir leyendo",
    ),
    "legal.affiliate_disclosure": (
        "enlaces de afiliados",
        "recibimos una comisión",
    ),
    "navigation.menu_strong": (
        "imprimir noticia",
        "enviar por correo",
        "tamaño de letra",
    ),
}
