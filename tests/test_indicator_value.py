"""The one parser of written values: 指标值 and spending-plan checkpoints."""

from datetime import date
from decimal import Decimal

import pytest

from jixiao.indicator_value import CHANGE, DATE, QUANTITY, RANGE, TEXT, UNFILLED, YES_NO, parse_value, percent_text


@pytest.mark.parametrize("written, name, expected", [
    ("≥90%", "", (QUANTITY, "≥", "90", "%")),
    ("≤12.80万元", "", (QUANTITY, "≤", "12.80", "万元")),
    ("0件", "", (QUANTITY, "", "0", "件")),
    (">=95%", "", (QUANTITY, "≥", "95", "%")),
    ("<5次", "", (QUANTITY, "＜", "5", "次")),
    ("＞3人次", "", (QUANTITY, "＞", "3", "人次")),
    ("不低于90%", "", (QUANTITY, "≥", "90", "%")),
    ("90%以上", "", (QUANTITY, "≥", "90", "%")),
    ("10万元以内", "", (QUANTITY, "≤", "10", "万元")),
    ("≥500元/人", "", (QUANTITY, "≥", "500", "元/人")),
    ("9.6万", "", (QUANTITY, "", "9.6", "万")),
    ("905", "", (QUANTITY, "", "905", "")),
    ("≥80服务对象满意度大于等于百分之八十", "服务对象满意度（%）", (QUANTITY, "≥", "80", "%")),
    ("≥90受益人员满意度大于等于百分之九十", "社会满意度", (QUANTITY, "≥", "90", "%")),
    ("≥90", "资金支付及时率(%)", (QUANTITY, "≥", "90", "%")),
    ("百分之九十以上", "", (QUANTITY, "≥", "90", "%")), ("大于等于百分之八十五", "", (QUANTITY, "≥", "85", "%")),  # in words
    ("百分之百", "", (QUANTITY, "", "100", "%")), ("不低于百分之95", "", (QUANTITY, "≥", "95", "%")),
    ("百分之九十五点五", "", (TEXT, "", None, "")),  # not 90% and 五点五
    ("2024年12月31日前", "", (DATE, "", None, "")),
    ("12月底", "", (DATE, "", None, "")),
    ("是/否", "", (YES_NO, "", None, "")),
    ("有效维护", "", (TEXT, "", None, "")),
    ("全年不少于4次", "", (QUANTITY, "≥", "4", "次")),
    ("每季度1次", "", (QUANTITY, "", "1", "次")),
    ("≥两次", "", (QUANTITY, "≥", "2", "次")),
    ("三个以上", "", (QUANTITY, "≥", "3", "个")),
    ("十二次", "", (QUANTITY, "", "12", "次")),
    ("较上年提高5个百分点", "", (CHANGE, "", "5", "个百分点")),
    ("同比下降5%", "", (CHANGE, "", "5", "%")),
    ("提高5%", "", (CHANGE, "", "5", "%")),
    ("较上年增长10%以上", "", (CHANGE, "≥", "10", "%")),
    ("一是加强", "", (TEXT, "", None, "")),
    ("每年两次", "", (QUANTITY, "", "2", "次")),
    ("每季度不少于一次", "", (QUANTITY, "≥", "1", "次")),
    ("较2021年提高5%", "", (CHANGE, "", "5", "%")),
    ("群众满意度较上年度提高5%", "", (CHANGE, "", "5", "%")),
    ("每年12月底前", "", (DATE, "", None, "")),
    ("在2024年底前完成", "", (DATE, "", None, "")),
    ("一次性发放到位", "", (TEXT, "", None, "")),
    ("一户一策", "", (TEXT, "", None, "")),
    ("三项制度落实到位", "", (TEXT, "", None, "")),
    ("四季度完成", "", (TEXT, "", None, "")),
    ("85-95%", "", (RANGE, "", "85", "%")),  # a range: its lower end, in its unit
    ("8万元-12万元", "", (RANGE, "", "8", "万元")),
    ("8万-12万元", "", (RANGE, "", "8", "万元")),
    ("≤2.2亿元", "", (QUANTITY, "≤", "2.2", "亿元")), ("≤1,200万元", "", (QUANTITY, "≤", "1200", "万元")),  # digit groups
    ("≤486万元（含中央补助200万元）", "", (QUANTITY, "≤", "486", "万元")),  # a remark after the value
    ("5000万元，其中中央资金3000万元", "", (QUANTITY, "", "5000", "万元")), ("≥90%（含）", "", (QUANTITY, "≥", "90", "%")),
    ("3次（含）以上", "", (QUANTITY, "≥", "3", "次")), ("每季度1次（含）以上", "", (QUANTITY, "≥", "1", "次")),
    ("≥10-20次", "", (RANGE, "≥", "10", "次")), ("不超过5-8万元", "", (RANGE, "≤", "5", "万元")),  # an operator kept
    ("比例达到95%", "", (QUANTITY, "≥", "95", "%")),  # 比 is a base only before a number
    ("100%-95%", "", (QUANTITY, "", "100", "")),  # no range the wrong way round
    ("提高到105%", "", (QUANTITY, "", "105", "%")),  # a change to a level is the level
    ("压缩至12万元以内", "", (QUANTITY, "≤", "12", "万元")),
    ("较2021年底提高5%", "", (CHANGE, "", "5", "%")),  # the date is the base
    ("比2021年底下降10%", "", (CHANGE, "", "10", "%")),
    ("较上年提高到75%", "", (QUANTITY, "", "75", "%")),  # to a level, whatever the base
    ("≤60（万元）", "", (QUANTITY, "≤", "60", "万元")), ("≤60万元/年", "", (QUANTITY, "≤", "60", "万元")),  # a year's
    ("≤500元/人·年", "", (QUANTITY, "≤", "500", "元/人·年")),
    ("≤ 元/人", "", (UNFILLED, "", None, "")), ("XXXX年XX月XX日前", "", (UNFILLED, "", None, "")),  # templates
    ("2023年12月 日前", "", (UNFILLED, "", None, "")), ("____年__月__日前", "", (UNFILLED, "", None, "")),
    ("#NAME?", "", (UNFILLED, "", None, "")), ("——", "", (UNFILLED, "", None, "")),
    ("年底前", "", (TEXT, "", None, "")), ("人均", "", (TEXT, "", None, "")),  # words, not a template
])
def test_parse_value(written, name, expected):
    value = parse_value(written, name)
    number = None if value.number is None else str(value.number)
    assert (value.kind, value.operator, number, value.unit) == expected
    assert value.text == written


def test_dates_and_serials():
    assert (parse_value("2024年12月31日前").year, parse_value("2024年12月31日前").month) == (2024, 12)
    assert (parse_value("12月底").year, parse_value("12月底").month) == (None, 12)
    assert parse_value("44561").serial_date == date(2021, 12, 31)
    assert parse_value("≤45291").serial_date == date(2023, 12, 31)
    assert parse_value("≥44561次").serial_date is None and parse_value("905").serial_date is None
    assert parse_value("20221231").compact_date == date(2022, 12, 31) and parse_value("≤20221231").compact_date == date(2022, 12, 31)
    assert parse_value("20221331").compact_date is None and parse_value("20221231次").compact_date is None


def test_money_in_another_unit_is_converted_exactly():
    assert parse_value("≤12800元").in_unit("万元") == Decimal("1.28")
    assert parse_value("1.6万元").in_unit("元") == Decimal("16000")
    assert parse_value("≥90%").in_unit("万元") is None


def test_percent_text_prints_a_checkpoint_with_its_percent_sign():
    assert [percent_text(v) for v in ("25", "25%", "25％", "", None)] == ["25%", "25%", "25％", "", ""]
