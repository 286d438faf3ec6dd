from blockfactory import cut, html_blocks, text_blocks, verdicts

from cleanarticle.detectors.navigation import NavigationDetector
from cleanarticle.features import near_hints

DETECTOR = NavigationDetector()
PROSE_ZH = (
    "2020年以来,公安部与有关部门认真贯彻落实党中央决策部署,克服疫情不利影响,齐抓共管,密切协作,"
    "全力推动打击治理电信网络诈骗违法犯罪工作取得明显成效。"
)
PROSE_EN = (
    "The ministry said on Tuesday that it had opened an investigation into the collapse, which "
    "killed at least twelve people, and that it expected to publish its first findings next month."
)


def test_chinese_government_page_top() -> None:
    blocks = text_blocks(
        [
            "简体 繁体",
            "网站地图",
            "政务服务登录",
            "进入适老版",
            "当前位置: 首页>政务动态>中央要闻>正文",
            "时间:2021-04-10 18:52",
            "作者:张天培",
            "我国打击电信网络诈骗犯罪成效显著",
            PROSE_ZH,
            PROSE_ZH,
            "关闭",
        ]
    )
    assert cut(DETECTOR, blocks) == {0, 1, 2, 3, 4, 10}


def test_traditional_chinese_menu_and_breadcrumb() -> None:
    blocks = text_blocks(
        [
            "    設為主頁|加入收藏",
            "    站內搜索:",
            "    信息公開 當前位置:首頁>>信息公開 >>信息公開>>正文",
            "    我市召開打擊治理電信網絡詐騙違法犯罪新聞發布會",
            "    " + PROSE_ZH,
        ]
    )
    assert cut(DETECTOR, blocks) == {0, 1, 2}


def test_breadcrumb_variants() -> None:
    lines = [
        "> 首页 > 菲华快讯",
        "您的位置\uff1a主页\uff1e艺术教育\uff1e院校招生资讯",
        "世艺网>艺术教育",
        "Home > News > World",
        "You are here: Home / Politics",
        PROSE_EN,
    ]
    found = verdicts(DETECTOR, text_blocks(lines))
    assert set(found) == {0, 1, 2, 3, 4}
    assert all("breadcrumb" in v.reason for items in found.values() for v in items)


def test_english_menus_skip_links_and_prev_next() -> None:
    blocks = text_blocks(
        [
            "Skip to main content",
            "Home | About us | Contact | Sitemap",
            "Sign in | Register",
            PROSE_EN,
            PROSE_EN,
            "Previous article: Storm knocks out power to 40,000 homes",
            "下一篇:没有了",
            "上一篇: 我市召开新闻发布会",
        ]
    )
    assert cut(DETECTOR, blocks) == {0, 1, 2, 5, 6, 7}


def test_prose_and_lookalikes_survive() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Next, the committee will vote on the bill.",
            "Home prices rose 5% in March",
            "If x > y > z then x > z",
            "2021/04/10",
            "微信登录",  # a heading inside the article: a lone login word needs support
            "首页设计大赛结果揭晓,共有三百件作品参赛,评委会从中选出十件优秀作品并在网上公示。",
            "公安部会同工信部、人民银行、最高法、最高检和三大电信运营商联合开展“断卡”行动,成效显著。",
            PROSE_ZH,
        ]
    )
    assert cut(DETECTOR, blocks) == set()


def test_html_nav_links_and_menu_bar() -> None:
    blocks = html_blocks(
        {"text": "新闻", "tag": "li", "path": "html/body/nav/ul/li", "linked": True},
        {"text": "体育", "tag": "li", "path": "html/body/nav/ul/li", "linked": True},
        {"text": "World", "tag": "li", "hints": "main-menu", "linked": True},
        {"text": "首页 | 时事 | 生活 | 财经 | 法律 | 播客", "tag": "td", "link_count": 6,
         "link_chars": 12},
        "页面功能 【我来说两句】【推荐】【字体:大 中 小】【打印】 【关闭】",
        PROSE_ZH,
    )  # fmt: skip
    assert cut(DETECTOR, blocks, "html") == {0, 1, 2, 3, 4}


def test_html_page_level_state_class_is_not_navigation() -> None:
    page = {"hints": "u-has-nav-bar t-content", "ancestor_hints": ("u-has-nav-bar", "t-content")}
    polluted = html_blocks(
        {**page, "text": "Read the full report", "linked": True},
        {**page, "text": PROSE_EN},
    )
    assert cut(DETECTOR, polluted, "html") == set()
    assert "nav" not in near_hints(polluted[0]).replace("has-nav", "")


def test_article_tools_and_page_numbers() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Text size",
            "Print Article",
            "Order Reprints",
            "1 2 3 4 5 6 7 8",
            "2 4 6 8",
            "Print this article and the next one, the teacher told the class before Monday.",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3, 4}
