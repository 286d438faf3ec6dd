"""Date lines: the kind of each date (published, modified, created, edited) and its rank."""

from linescan import PROSE, authors_of, scan

from cleanarticle.metadata.lines.facts import (
    DATE_CREATED,
    DATE_LABEL_TOP,
    DATE_PURE_TOP,
    DATE_SHORT_TOP,
)


def test_forum_edit_note_is_an_edit_date_not_an_author():
    _, facts = scan(["本帖最后由 ade7788 于 2020-12-8 16:47 编辑", PROSE], body_start=1)
    assert [(found.iso, found.kind) for found in facts.dates] == [("2020-12-08T16:47:00", "edited")]
    assert authors_of(facts) == []
    assert facts.metadata_lines[0] == "forum edit note"


def test_update_label_is_a_modification_date():
    _, facts = scan(["发布时间：2021-04-10 更新时间：2021-04-12", PROSE], body_start=1)
    assert [(found.iso, found.kind) for found in facts.dates] == [
        ("2021-04-10", "published"),
        ("2021-04-12", "modified"),
    ]


def test_official_document_date_outranks_posting_date():
    _, facts = scan(["成文日期：2022年01月27日", "发布日期：2022年01月28日", PROSE], body_start=2)
    best = min(facts.dates, key=lambda found: found.rank)
    assert (best.iso, best.rank) == ("2022-01-27", DATE_CREATED)


def test_date_bound_is_not_a_dateline():
    _, facts = scan(["查看旧版(2007年11月18号以前)", PROSE], body_start=1)
    assert facts.dates == []


def test_today_banner_is_not_a_dateline():
    _, facts = scan(["今天是2021年4月10日 星期六", PROSE], body_start=1)
    assert facts.dates == []


def test_ranks_labelled_pure_and_mixed_lines():
    _, facts = scan(
        [
            "发布时间：2021-04-10",
            "2021-04-11 09:30",
            "2021-04-12 某某市某某区某某街道办事处",
            PROSE,
        ],
        body_start=3,
    )
    assert [(found.iso[:10], found.rank) for found in facts.dates] == [
        ("2021-04-10", DATE_LABEL_TOP),
        ("2021-04-11", DATE_PURE_TOP),
        ("2021-04-12", DATE_SHORT_TOP),
    ]
