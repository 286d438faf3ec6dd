import pytest

from cleanarticle.metadata.authors import (
    clean_byline,
    looks_like_outlet,
    strip_wrappers,
    valid_name,
)


@pytest.mark.parametrize(
    ("text", "mode", "names"),
    [
        ("张天培", "label", ["张天培"]),
        ("本报记者 张三 李四", "role", ["张三", "李四"]),
        ("记者 刘涛", "role", ["刘涛"]),
        ("记者惠禾", "role", ["惠禾"]),
        ("实习记者 樊亮 张明超 记者惠禾", "role", ["樊亮", "张明超", "惠禾"]),
        ("本报实习生 刘国栋 周炜", "role", ["刘国栋", "周炜"]),
        ("大眾網·海報新聞記者 張珈瑋 濟南報道", "role", ["張珈瑋"]),
        ("新京报记者 彭冲 山东冠县报道", "role", ["彭冲"]),
        ("姚峰 上海报道", "role", ["姚峰"]),
        ("光明日报记者 王建宏 张文攀", "role", ["王建宏", "张文攀"]),
        ("马俊峰/文受访者供图", "role", ["马俊峰"]),
        ("文/王五", "label", ["王五"]),
        ("文/张三 图/李四", "label", ["张三"]),
        ("图/李四", "label", []),
        ("蔡雪婧/摄", "role", []),
        ("（记者 张天培）", "role", ["张天培"]),
        ("[ 黄宇 ]", "bare", ["黄宇"]),
        ("张三、李四", "label", ["张三", "李四"]),
        ("张三，李四", "label", ["张三", "李四"]),
        ("张三和李四", "role", ["张三", "李四"]),
        ("赵  培", "label", ["赵培"]),
        ("周思博 (Joel Spolsky)", "label", ["周思博 (Joel Spolsky)"]),
        ("阿卜杜拉·艾买提", "role", ["阿卜杜拉·艾买提"]),
        ("欧阳修", "bare", ["欧阳修"]),
        ("吉林省人民政府", "label", ["吉林省人民政府"]),
        ("zboygirl", "label", ["zboygirl"]),
        ("海姑娘", "label", ["海姑娘"]),
        ("By Jane Doe, Staff Writer", "label", ["Jane Doe"]),
        ("by John Smith", "label", ["John Smith"]),
        ("Written by Jane Doe", "label", ["Jane Doe"]),
        ("John Smith | Reuters", "label", ["John Smith"]),
        ("John Smith and Jane Doe", "label", ["John Smith", "Jane Doe"]),
        ("John Smith, Jane Doe", "label", ["John Smith", "Jane Doe"]),
        ("Mary-Jane O'Neil", "role", ["Mary-Jane O'Neil"]),
        ("Chen Bin", "bare", ["Chen Bin"]),
    ],
)
def test_clean_byline(text, mode, names):
    assert clean_byline(text, mode) == names


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("UNKNOWN", "label"),
        ("unknwon", "label"),
        ("佚名", "label"),
        ("匿名", "label"),
        ("admin", "label"),
        ("Anonymous", "label"),
        ("本站", "label"),
        ("转载", "label"),
        ("原创", "label"),
        ("", "label"),
        ("   ", "label"),
        ("https://www.facebook.com/RFI", "label"),
        ("51offer.com", "label"),
        ("www.yunnan.cn,云南日报报业集团,云南网", "label"),
        ("news@example.com", "label"),
        ("2021-04-10", "label"),
        ("12345", "label"),
        ('size="20"', "label"),
        ("人民网", "label"),
        ("新华社", "label"),
        ("新华社记者", "role"),
        ("人民日报", "label"),
        ("信报", "role"),
        ("Reuters", "label"),
        ("The Associated Press", "label"),
        ("Staff Writer", "label"),
        ("了解到", "role"),
        ("从会上获悉", "role"),
        ("在线荐稿 记者博客 联系记者", "role"),
        ("人物画像", "bare"),
        ("编者按", "bare"),
        ("方云凤", "bare"),  # 方 is left out of the bare-name surnames: it starts too many words
        ("经济与管理", "bare"),
        ("关注", "role"),
        ("中国艺术研究院", "role"),
        ("john smith", "bare"),
    ],
)
def test_clean_byline_rejects(text, mode):
    assert clean_byline(text, mode) == []


@pytest.mark.parametrize(
    ("name", "mode", "valid"),
    [
        ("高山流水", "bare", True),
        ("高山流水", "role", True),
        ("茉莉", "bare", False),
        ("茉莉", "role", True),
        ("张三丰的徒弟们", "role", False),
        ("王伟", "bare", True),
        ("張珈瑋", "bare", True),
        ("司马光", "bare", True),
        ("Jane Doe", "bare", True),
        ("Pack's Gossip (RSS)", "label", True),
        ("Breaking News", "role", False),
    ],
)
def test_valid_name_by_mode(name, mode, valid):
    assert valid_name(name, mode) is valid


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("人民网", True),
        ("新京报", True),
        ("大眾網", True),
        ("巴彦淖尔日报", True),
        ("央视新闻客户端", True),
        ("Reuters", True),
        ("The New York Times", True),
        ("张天培", False),
        ("市委宣傳部", False),
        ("Jane Doe", False),
    ],
)
def test_looks_like_outlet(text, outlet):
    assert looks_like_outlet(text) is outlet


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("[ 黄宇 ]", "黄宇"),
        ("（记者 张天培）", "记者 张天培"),
        ("周思博 (Joel Spolsky)", "周思博 (Joel Spolsky)"),
        (" 来源：[", "来源"),
        ("| 吉林省人民政府 |", "吉林省人民政府"),
        ("【张三】", "张三"),
    ],
)
def test_strip_wrappers(text, stripped):
    assert strip_wrappers(text) == stripped


@pytest.mark.parametrize(
    ("text", "mode", "names"),
    [
        # dates next to a name go, the name stays
        ("李明远 2021-04-10", "label", ["李明远"]),
        ("Jane Roe | Published April 10, 2021", "label", ["Jane Roe"]),
        ("Tom Weller, Tuesday", "label", ["Tom Weller"]),
        ("May Fields", "label", ["May Fields"]),  # a month word inside a name is still a name
        # roles and markers around the name
        ("文/图 周晓岚", "label", ["周晓岚"]),
        ("文/图：周晓岚", "label", ["周晓岚"]),
        ("周晓岚 文/图", "role", ["周晓岚"]),
        ("图文 周晓岚", "label", ["周晓岚"]),
        ("周晓岚 文", "label", ["周晓岚"]),
        ("本报记者 周晓岚 撰", "label", ["周晓岚"]),
        ("◎本报记者 周晓岚", "label", ["周晓岚"]),
        ("● 记者 周晓岚 林海", "label", ["周晓岚", "林海"]),
        ("本报评论员 周晓岚", "label", ["周晓岚"]),
        ("特約評論員 周曉嵐", "role", ["周曉嵐"]),
        ("小周2019", "label", ["小周2019"]),  # a nickname with digits is not a date
    ],
)
def test_clean_byline_strips_dates_roles_and_markers(text, mode, names):
    assert clean_byline(text, mode) == names


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("2021年4月10日", "label"),
        ("2021年4月", "label"),
        ("二〇二一年四月十日", "label"),
        ("Apr 10, 2021", "label"),
        ("Tuesday, April 10, 2021", "label"),
        ("10/04/2021", "label"),
        ("Sunday", "label"),
        ("周晓岚 摄", "label"),  # a photographer's credit, not the writer's
        ("本报记者 周晓岚 摄", "role"),
        ("图/周晓岚", "label"),
    ],
)
def test_clean_byline_never_returns_a_date_or_a_photo_credit(text, mode):
    assert clean_byline(text, mode) == []
