from datetime import datetime

import pytest

from cleanarticle.metadata.dates import (
    _MONTH_NAME,
    _has_month_name,
    date_from_url,
    find_dates,
    parse_date,
)

NOW = datetime(2024, 6, 1, 12, 0)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("时间:2021-04-10 18:52", "2021-04-10T18:52:00"),
        ("發表于:2023年07月20日", "2023-07-20"),
        ("2023年7月20日", "2023-07-20"),
        ("2023 年 7 月 20 日", "2023-07-20"),
        ("本帖最后由 ade7788 于 2020-12-8 16:47 编辑", "2020-12-08T16:47:00"),
        ("2021-05-12 20:05:05", "2021-05-12T20:05:05"),
        ("2005-5-7 21:23:57", "2005-05-07T21:23:57"),
        ("2005/07/31", "2005-07-31"),
        ("2005.07.31", "2005-07-31"),
        ("发布时间：2022-02-13 04:22:18 来源：云南日报", "2022-02-13T04:22:18"),
        ("AUTO.SOHU.COM 2003年11月12日16:36 金羊网", "2003-11-12T16:36:00"),
        ("2021年4月10日 18时52分", "2021-04-10T18:52:00"),
        ("2021年4月10日 下午3:05", "2021-04-10T15:05:00"),
        ("2005年08月30日, 星期二 13:22", "2005-08-30T13:22:00"),
        ("发表于2005年09月07日 11:57 AM", "2005-09-07T11:57:00"),
        ("２０２１年４月１０日", "2021-04-10"),
        ("２０２１－０４－１０ １８：５２", "2021-04-10T18:52:00"),
        ("二〇二一年四月十日", "2021-04-10"),
        ("二〇二一年十二月三十一日", "2021-12-31"),
        ("Apr 10, 2021", "2021-04-10"),
        ("April 10, 2021", "2021-04-10"),
        ("10 April 2021", "2021-04-10"),
        ("10th of April, 2021", "2021-04-10"),
        ("Sept. 3, 2019", "2019-09-03"),
        ("Monday, April 10, 2021 6:52 PM", "2021-04-10T18:52:00"),
        ("Saturday, September 10th, 2005 10:56 am", "2005-09-10T10:56:00"),
        ("Updated 12:00 AM, Jan 1, 2020", "2020-01-01"),
        ("Published on March 3, 2020 at 9:15 a.m.", "2020-03-03T09:15:00"),
        ("10/04/2021", "2021-04-10"),
        ("发布日期： 9/17/2004 5:54:13 AM", "2004-09-17T05:54:13"),
        ("发表时间： 06/02/2022 - 13:48", "2022-02-06T13:48:00"),
        ("25.12.2019", "2019-12-25"),
        ("2022-02-06T12:48:06+00:00", "2022-02-06T12:48:06+00:00"),
        ("2021-04-10T10:52:00Z", "2021-04-10T10:52:00+00:00"),
        ("2021-04-10T18:52:00.000+0800", "2021-04-10T18:52:00+08:00"),
        ("2021-04-10 18:52 GMT+8", "2021-04-10T18:52:00+08:00"),
        ("——《北京之春》1996年6月号", "1996-06"),
        ("2003年5月", "2003-05"),
    ],
)
def test_find_dates_first_match(text, iso):
    found = find_dates(text, now=NOW)
    assert found, text
    assert found[0].iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "2030-01-01",  # future
        "2024-06-03",  # beyond a day of slack
        "1990-05-04",  # before the web
        "1994年12月31日",
        "2021-13-01",
        "2021-02-30",
        "电话：0871-64166935",
        "CopyRight@2004-2008 All rights reserved",
        "第A01版",
        "共有1项",
        "5月11日,山东省打击治理电信网络新型违法犯罪工作现场推进会召开",
        "",
        "no digits here",
    ],
)
def test_find_dates_rejects(text):
    assert find_dates(text, now=NOW) == []


def test_one_day_of_slack_for_time_zones():
    assert find_dates("2024-06-02", now=NOW)[0].iso == "2024-06-02"


def test_precision_and_span():
    text = "发布时间：2022-02-13 04:22:18 来源：云南日报"
    (found,) = find_dates(text, now=NOW)
    assert found.precision == 4
    assert text[found.start : found.end] == "2022-02-13 04:22:18"
    assert find_dates("2003年5月", now=NOW)[0].precision == 2
    assert find_dates("2003年5月6日", now=NOW)[0].precision == 3


def test_several_dates_in_order():
    found = find_dates("2022年02月12日查看旧版(2007年11月18号以前)", now=NOW)
    assert [item.iso for item in found] == ["2022-02-12", "2007-11-18"]


@pytest.mark.parametrize(
    ("text", "month_first", "iso"),
    [
        ("10/04/2021", False, "2021-04-10"),
        ("10/04/2021", True, "2021-10-04"),
        ("13/04/2021", True, "2021-04-13"),  # 13 cannot be a month
        ("04/13/2021", False, "2021-04-13"),  # nor here
        ("7/5/2005 9:23:57 PM", False, "2005-05-07T21:23:57"),
    ],
)
def test_day_first_unless_told(text, month_first, iso):
    assert find_dates(text, month_first=month_first, now=NOW)[0].iso == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2021-04-10T18:52:00+08:00", "2021-04-10T18:52:00+08:00"),
        ("2021-04-10", "2021-04-10"),
        ("2022-02-11 09:52", "2022-02-11T09:52:00"),
        ("1618051920", "2021-04-10T10:52:00+00:00"),
        ("1618051920000", "2021-04-10T10:52:00+00:00"),
        ("Sat, 10 Apr 2021 18:52:00 +0800", "2021-04-10T18:52:00+08:00"),
        ("20210410", None),
        ("", None),
        (None, None),
        ("not a date", None),
        ("2099-01-01T00:00:00Z", None),
    ],
)
def test_parse_date_meta_values(value, iso):
    assert parse_date(value, now=NOW) == iso


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://news.example.com/2021/04/10/story.html", "2021-04-10"),
        ("http://www.gov.cn/xinwen/2021-04/10/content_5598.htm", "2021-04-10"),
        ("http://x.cn/202104/t20210410_1.html", "2021-04-10"),
        ("http://x.cn/a/20210410/1.html", "2021-04-10"),
        ("https://example.com/2021-04-10/slug", "2021-04-10"),
        ("https://example.com/story/12345678", None),
        ("https://example.com/", None),
        ("https://20210410.example.com/a", None),  # the host is not the path
        (None, None),
    ],
)
def test_date_from_url(url, iso):
    assert date_from_url(url, now=NOW) == iso


@pytest.mark.parametrize(
    "text", ["Posted SEPT 3", "mayor", "no month here", "Décembre", "ſep 3", "第3期", ""]
)
def test_month_name_gate_agrees_with_the_pattern(text):
    assert _has_month_name(text) == (_MONTH_NAME.search(text) is not None)


def test_full_width_digits_are_read():
    assert [found.iso for found in find_dates("２０２１－０４－１０ １０：３０", now=NOW)] == [
        "2021-04-10T10:30:00"
    ]


def test_month_names_with_case_traps_parse() -> None:
    """re.I matches the long s and the Kelvin sign to ASCII letters; parsing must follow."""
    from cleanarticle.metadata.dates import find_dates

    assert [m.iso for m in find_dates("Published \u017fep 10, 2021")] == ["2021-09-10"]
