from blockfactory import PROSE_EN, PROSE_ZH, cut, html_blocks, text_blocks, verdicts

from cleanarticle.detectors.promo import PromoDetector

DETECTOR = PromoDetector()


def test_chinese_promo_lines() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            "想爆料?請登錄《陽光連線》( https://example.com/)、撥打新聞熱線0531-66661234或96678,"
            "或登錄某某網官方微博(@某某網)提供新聞線索。某某網廣告熱線0531-81695052,誠邀合作伙伴。",
            "了解更多请搜索: 诈骗",
            "扫码关注我们的微信公众号",
            "分享到:微信 微博 QQ空间",
            "点击下载某某新闻APP",
            "广告",
            "责任编辑:王小明",
        ]
    )
    found = verdicts(DETECTOR, blocks)
    assert set(found) == {1, 2, 3, 4, 5, 6}
    assert found[2][0].reason == "promotion '了解更多请搜索…'"


def test_english_promo_lines() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Share this article",
            "Share on Facebook Twitter",
            "Sign up for our daily newsletter",
            "Follow us on Twitter and Instagram",
            "Click here to subscribe",
            "Advertisement",
            "Subscribe",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3, 4, 5, 6, 7}


def test_sentences_mentioning_channels_survive() -> None:
    blocks = text_blocks(
        [
            "他在微博上呼吁网友关注此事,并提醒大家不要点击陌生链接。",
            "他在微博上呼吁网友关注此事\uff0c转发量很快破万\uff01",  # full-width marks
            "警方提醒,如接到可疑电话,请及时拨打110报警,切勿向陌生账户转账。",
            PROSE_ZH,
            "Share prices fell 3% on Monday as investors weighed the new tariffs.",
            "Share this information, please?",
            "She said she would share the photos with friends on Facebook later that week.",
            "Sign up for a basic account for $11.99 a month, then add the sports package later on.",
            "Companies that subscribe to the service get the data in real time.",
            PROSE_EN,
        ]
    )
    assert cut(DETECTOR, blocks) == set()


def test_share_bar_one_button_per_line() -> None:
    blocks = html_blocks(
        PROSE_EN,
        {"text": "Sharing is caring!", "tag": "p"},
        {"text": "Pinterest", "tag": "li", "linked": True},
        {"text": "Reddit", "tag": "li", "linked": True},
        {"text": "Flipboard", "tag": "li", "linked": True},
        {"text": "微信", "tag": "div"},
        {"text": "微博", "tag": "div", "linked": True},
        PROSE_EN,
    )
    assert cut(DETECTOR, blocks, "html") == {1, 2, 3, 4, 5, 6}


def test_engagement_prompts_and_ad_labels() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "Like this story? Share it with a friend!",
            "Tell us what YOU think...",
            "Advert",
            "Have your say",
            PROSE_ZH,
            "喜欢这篇文章？欢迎转发给朋友",
            "欢迎留言讨论",
            "觉得不错就点个在看吧",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3, 4, 6, 7}
    assert verdicts(DETECTOR, blocks)[1][0].reason.startswith("engagement prompt")


def test_sentences_about_liking_and_telling_survive() -> None:
    blocks = text_blocks(
        [
            "Like this story, the film follows a family that leaves the city for a farm in the "
            "north, where nothing goes as planned and the winter lasts far longer than expected.",
            "Tell us what you think the council should do with the empty lot, the mayor wrote in "
            "a letter to residents that was delivered to every home on Tuesday.",
            "Adverts for the new phone appeared on buses across the city last week.",
            "喜欢这篇文章的读者大多来自北方城市,他们在留言中提到了自己家乡的类似经历和冬季取暖的困难。",
            "欢迎留言的读者中,有不少人提出了具体的改进建议,编辑部已经将这些建议整理后转交给有关部门。",
        ]
    )
    assert cut(DETECTOR, blocks) == set()


def test_lone_address_lines_but_not_lists_of_them() -> None:
    lone = text_blocks(
        [
            "https://www.example.com/news/article/Council-approves-budget-14848164.php",
            PROSE_EN,
            "jane.doe@example.com",
            "www.example-theatre.com",  # a bare domain: the publisher's name as often as not
            PROSE_ZH,
        ]
    )
    assert cut(DETECTOR, lone) == {0, 2}
    sources = text_blocks(
        [PROSE_EN, *(f"https://example.org/report/{i}" for i in range(4)), PROSE_EN]
    )
    assert cut(DETECTOR, sources) == set()


def test_pitch_after_the_article() -> None:
    blocks = text_blocks(
        [
            PROSE_EN,
            "If you enjoyed this article, and were stimulated by its contents, we have a "
            "proposition for you: join our members' programme today.",
            "If you like this kind of weather, the forecast for the weekend will please you: "
            "sunshine is expected across the region from Friday until late Sunday evening, "
            "with temperatures climbing to 25 degrees in the south and light winds everywhere.",
        ]
    )
    assert cut(DETECTOR, blocks) == {1}
