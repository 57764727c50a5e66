"""Chinese numerals at any count, and the layouts' numbering."""

import pytest

from jixiao.numbering import chinese_numeral, parenthesised, project_number, section


@pytest.mark.parametrize("n, text", [
    (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"),
    (99, "九十九"), (100, "一百"), (101, "一百零一"), (110, "一百一十"), (111, "一百一十一"),
    (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"), (1100, "一千一百"),
    (10000, "一万"), (10001, "一万零一"), (10010, "一万零一十"), (10100, "一万零一百"),
    (11000, "一万一千"), (100000, "十万"), (100001, "十万零一"), (1000000, "一百万"),
    (100000000, "一亿"), (100010000, "一亿零一万"), (123456789, "一亿二千三百四十五万六千七百八十九"),
])
def test_chinese_numeral(n, text):
    assert chinese_numeral(n) == text


def test_chinese_numeral_refuses_zero():
    with pytest.raises(ValueError):
        chinese_numeral(0)


def test_prefixes():
    assert parenthesised(12) == "（十二）"
    assert section(3) == "三、"
    assert project_number("{序号}.", 7) == "7."
    assert project_number("{序号}、", 12) == "12、"
