from blockfactory import PROSE_EN, PROSE_ZH, cut, html_blocks, text_blocks, verdicts

from cleanarticle.detectors.legal import LegalDetector

DETECTOR = LegalDetector()


def test_traditional_chinese_footer_with_contact_lines() -> None:
    blocks = text_blocks(
        [
            "    " + PROSE_ZH,
            "    版權所有:某某市投資有限公司 蜀ICP備14011391號",
            "    辦公地址:四川省某某市南外通達東路200號市財政局五樓",
            "    辦公電話:0818-2675046 傳真:0818-2383117",
        ]
    )
    found = verdicts(DETECTOR, blocks)
    assert set(found) == {1, 2, 3}
    assert found[2][0].reason == "contact line of a legal footer"


def test_government_registration_lines() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            "  • 备案序号:新ICP备09005285号-1",
            "    政府网站标识码:6527010006",
            "    新公网安备 65270102000015号",
            "京ICP证030173号 互联网新闻信息服务许可证编号:11120180001",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3, 4}


def test_full_width_footer() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            "版权所有\uff1a某某网 京ICP备12345678号",
            "联系电话\uff1a010-12345678",
            "地址\uff1a北京市某某区某某路1号",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3}


def test_disclaimers_and_reprint_statements() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            "免責聲明:本文為轉載,非本網原創內容,不代表本網觀點。其原創性以及文中陳述文字和內容未經本站證實,"
            "對本文以及其中全部或者部分內容、文字的真實性、完整性、及時性本站不作任何保證或承諾。",
            "本文为转载,非本网原创内容,不代表本网观点。",
            "声明:本文仅代表作者观点,如有侵权请联系删除。",
            "未经授权不得转载",
            "违者依法追究相关法律责任",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3, 4, 5}


def test_english_legal_footer() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Copyright © 2024 Example Media Group. All rights reserved.",
            "Disclaimer: The views expressed are those of the author.",
            "The views expressed in this article are the author's own and do not necessarily "
            "reflect the editorial stance of this site.",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "Privacy Policy | Terms of Use",
            "Tel: +1 212 555 0100",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3, 4, 5, 6}


def test_news_about_copyright_survives() -> None:
    blocks = text_blocks(
        [
            "国家版权局表示,版权所有者可以依法维权,未经授权不得转载他人作品,否则将依法承担法律责任。",
            PROSE_ZH,
            "Copyright law has not kept pace with technology, the judge wrote, adding that "
            "all rights reserved by the studio would be tested in a higher court next year.",
            "The court ruled that the photographer's copyright had been infringed by the website.",
            "联系电话:0818-2675046",  # a notice's own contact line, far from any footer
            "报名地址:市民中心三楼",
            PROSE_EN,
        ]
    )
    assert cut(DETECTOR, blocks) == set()


def test_html_footer_hints() -> None:
    address = "Address: 1 Main Street, Springfield"
    blocks = html_blocks(
        PROSE_EN,
        {"text": address, "hints": "entry-content"},  # the article's own address line
        PROSE_EN,
        PROSE_EN,
        PROSE_EN,
        {"text": address, "hints": "site-footer"},
        {"text": "Fax: +1 212 555 0101", "hints": "site-footer"},
    )
    assert cut(DETECTOR, blocks, "html") == {5, 6}


def test_publisher_copyright_notice_and_its_clauses() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            "根据《中华人民共和国著作权法》等法律法规,未经书面许可,擅自转载本报社作品的,"
            "将涉嫌侵犯著作权人合法权益。本报社郑重公告:",
            "一、任何单位或个人使用著作权归属于某某日报社的原创内容,必须事先取得书面授权;",
            "二、对侵犯著作权益的违法行为,将追究行为人的侵权责任;",
            "张律师(法律顾问)0431-12345678",
            PROSE_ZH,
        ]
    )
    found = verdicts(DETECTOR, blocks)
    assert set(found) == {1, 2, 3, 4}
    assert found[1][0].reason == "publisher's copyright notice"


def test_affiliate_and_deal_disclaimers() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Prices are subject to change without notice. We may receive a commission on orders "
            "placed through this article.",
            "The retailer said prices are likely to rise next year as shipping costs climb and "
            "demand for the new models keeps outpacing supply across Europe.",
        ]
    )
    assert cut(DETECTOR, blocks) == {1}


def test_reporting_on_a_copyright_case_survives() -> None:
    blocks = text_blocks(
        [
            "法院审理查明,被告公司未经授权转载原告作品,侵犯了原告的著作权,判令其赔偿经济损失。",
            "本报记者从法院获悉,该案是今年以来审结的第三起网络转载侵权案件,涉案作品均未获授权。",
            PROSE_ZH,
        ]
    )
    assert cut(DETECTOR, blocks) == set()


def test_disclosure_sentences_but_not_short_item_labels() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Example News may earn an Affiliate Commission if you purchase something through "
            "recommended links in this article.",
            "Example Deals may receive a commission",  # a label repeated on each deal item
            PROSE_EN,
        ]
    )
    assert cut(DETECTOR, blocks) == {1}
