from cleanarticle.blocks import text_blocks
from cleanarticle.detectors.base import Context as DetectorContext
from cleanarticle.features import PageFeatures, page_features, prose_bounds
from cleanarticle.options import Options
from cleanarticle.types import Context

PROSE_ZH = (
    "下一步,我市将持续对电信网络诈骗犯罪保持严打高压态势,不断巩固和深化打击治理成效,"
    "共同构建“全民反诈、全社会反诈”新格局。"
)
PROSE_EN = (
    "The council approved the budget on Monday after a long debate, and the mayor said the new "
    "spending on parks, libraries and roads would begin in the spring."
)


def test_prose_bounds() -> None:
    blocks = text_blocks("\n".join(["菜单", PROSE_ZH, "短句", PROSE_EN, "footer"]))
    assert prose_bounds(blocks) == (1, 3)
    assert prose_bounds(text_blocks("a\nb")) == (-1, -1)


def test_first_prose_looks_in_the_given_span_only() -> None:
    blocks = text_blocks("\n".join(["标题", "2024-01-02 来源：本站", PROSE_ZH, "x", PROSE_EN]))
    features = PageFeatures(blocks)
    assert features.first_prose(0, len(blocks)) == 2
    assert features.first_prose(3, len(blocks)) == 4
    assert features.first_prose(0, 2) is None
    assert features.first_prose(-5, 99) == 2  # bounds are clamped to the page


def test_the_pipelines_features_are_shared_and_a_hand_made_context_gets_its_own() -> None:
    blocks = text_blocks("\n".join(["菜单", PROSE_ZH, PROSE_EN]))
    features = PageFeatures(blocks)
    given = Context("text", Options(), features=features)
    assert page_features(blocks, given) is features
    by_hand = DetectorContext("text", Options())  # the detectors' Context is the core one
    made = page_features(blocks, by_hand)
    assert made is page_features(blocks, by_hand) and made.prose_bounds == (1, 2)
    other = text_blocks(PROSE_EN)
    assert page_features(other, given).blocks is other  # not the features of another page
