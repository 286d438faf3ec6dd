from blockfactory import cut, html_blocks, text_blocks, verdicts

from cleanarticle.detectors.forum_chrome import ForumChromeDetector

DETECTOR = ForumChromeDetector()
PROSE_ZH = (
    "12月7日,国务委员、公安部部长在国家反诈中心调研,要求深入推进打击治理工作,"
    "坚决维护人民群众的合法权益。"
)
PROSE_EN = (
    "The council approved the budget on Monday after a long debate, and the mayor said the new "
    "spending on parks, libraries and roads would begin in the spring."
)


def test_edit_stamps_and_counters_as_whole_lines() -> None:
    blocks = text_blocks(
        [
            "本帖最后由 someone 于 2020-12-8 16:47 编辑",
            "点击量:",
            "阅读次数: 1234",
            "浏览\uff1a123",
            PROSE_ZH,
            "Last edited by moderator on 12-08-2020 at 16:47",
            "Views: 1,234",
            "楼主| 发表于 2020-12-8 16:47 | 只看该作者",
            "回复 引用 举报",
            "#3 楼",
            "沙发",
            "收藏 分享 评论",
            "共有12条评论",
            "Reply | Quote | Report",
            "Posted by Jane at 10:23 AM",
            "Leave a comment",
            "Your email address will not be published.",
            PROSE_EN,
        ]
    )
    assert cut(DETECTOR, blocks) == set(range(17)) - {4}


def test_counter_inside_a_byline_is_a_span() -> None:
    byline = "作者: 來源:市委宣傳部 發表于:2023年07月20日 文章點擊數:687"
    blocks = text_blocks([byline, PROSE_ZH])
    found = verdicts(DETECTOR, blocks)
    assert list(found) == [0]
    (verdict,) = found[0]
    assert verdict.span is not None
    assert byline[verdict.span[0] : verdict.span[1]] == "文章點擊數:687"


def test_edit_stamp_before_post_text_is_a_span() -> None:
    text = "本帖最后由 someone 于 2020-12-8 16:47 编辑 " + PROSE_ZH
    (verdict,) = verdicts(DETECTOR, text_blocks([text]))[0]
    start, end = verdict.span or (0, 0)
    assert text[start:end].startswith("本帖最后由") and text[end:].strip() == PROSE_ZH


def test_article_sentences_survive() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            "他浏览了网站后决定回复这封邮件,并引用了去年的报告。",
            "该视频的点击量已超过一百万次,引发网友热议。",
            "延伸阅读:",
            "The video has 2,000,000 views on YouTube.",
            "Readers can reply to the survey until Friday, the report said.",
            "发表于 2020-12-8 16:47",  # a date line: metadata, not chrome
            "回复",  # a lone toolbar word inside the article needs support
            "Report",
            PROSE_EN,
        ]
    )
    assert verdicts(DETECTOR, blocks) == {}


def test_html_linked_toolbar_word() -> None:
    blocks = html_blocks(PROSE_EN, {"text": "Reply", "tag": "a", "linked": True}, PROSE_EN)
    assert cut(DETECTOR, blocks, "html") == {1}


def test_reading_time_counters() -> None:
    blocks = text_blocks(
        [
            "Reading time: 4 minutes",
            "Tempo de leitura: 1 minuto",
            "5 min read",
            "阅读时间：3分钟",
            "He said the 5 min read was long, and that nobody finished it before the vote.",
            "It takes about five minutes to read the report, officials said on Monday.",
            "阅读时间越长,学生的理解能力提升越明显,研究人员在报告中写道。",
        ]
    )
    assert cut(DETECTOR, blocks) == {0, 1, 2, 3}


def test_comment_forms_trackbacks_and_thread_pages() -> None:
    blocks = text_blocks(
        [
            PROSE_ZH,
            "发表名",
            "E-mail (不显示在评论中)",
            "个人主页",
            "(评论中可使用以下tags: )",
            "本文通告引用(Trackback)链接: /wp-trackback.php?p=1700",
            "页: [1] 2 3",
            PROSE_EN,
            "Name (required)",
            "Website",
            "Trackback URL: https://example.com/trackback/12",
            "The website was down for two hours on Monday, the company said.",
            "页面正在维护,请稍后再试。",
        ]
    )
    assert cut(DETECTOR, blocks) == {1, 2, 3, 4, 5, 6, 8, 9, 10}
