"""Review rules: a bad example of each is found, at its line, and a good one is not."""

from jixiao.load import load_bytes
from jixiao.pipeline import Result, process_document

FILING = """\
版式: 河北
年度: 2022
部门: {名称: 政法委部门}
整体绩效目标: {总体目标: 维护稳定。}
项目:
  - 名称: 甲项目
    编码: P001
    财政资金: 10.00
    支出计划: {3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}
  - 名称: 乙项目
    编码: P002
    财政资金: 5.00
"""


def findings(source: str) -> list[tuple[str, str, int]]:
    result = process_document(load_bytes(source.encode("utf-8"), "x.yaml"), Result("x.yaml"))
    return [(f.code, f.message, f.location.line) for f in result.findings]


def test_good_filing_has_no_findings():
    assert findings(FILING) == []


def test_negative_amount():
    assert findings(FILING.replace("财政资金: 5.00", "财政资金: -5.00")) == [
        ("JX301", "金额「财政资金」不能是负数（写的是 -5.00）", 12)]


def test_too_many_decimals_depends_on_the_unit():
    assert findings(FILING.replace("财政资金: 5.00", "财政资金: 5.12345")) == [
        ("JX302", "金额「财政资金」小数位太多：万元最多 4 位小数，写的是 5.12345", 12)]
    in_yuan = FILING.replace("年度: 2022\n", "年度: 2022\n金额单位: 元\n")
    assert findings(in_yuan.replace("财政资金: 5.00", "财政资金: 5.001"))[0][0] == "JX302"
    assert findings(in_yuan.replace("财政资金: 5.00", "财政资金: 5.0001")) != []
    assert findings(FILING.replace("财政资金: 5.00", "财政资金: 5.0001")) == []


def test_spending_plan_must_be_cumulative_and_end_at_100():
    assert findings(FILING.replace("6月底: 50%", "6月底: 20%")) == [
        ("JX312", "项目「甲项目」的支出计划是累计数，6月底 的 20% 低于 3月底 的 25%", 9)]
    assert findings(FILING.replace("12月底: 100%", "12月底: 90%")) == [
        ("JX313", "项目「甲项目」的支出计划 12月底 应为 100%，写的是「90%」", 9)]
    assert findings(FILING.replace("3月底: 25%", "3月底: 905")) == [
        ("JX311", "项目「甲项目」的支出计划 3月底 应是 0% 到 100% 之间的百分比，写的是「905」", 9)]
    assert findings(FILING.replace("3月底: 25%", "3月底:")) == [
        ("JX314", "项目「甲项目」的支出计划 3月底 没有填写", 9)]
    assert findings(FILING.replace("3月底: 25%", "3月底: 25")) == []


def test_repeated_code_is_an_error_and_repeated_name_a_warning():
    assert findings(FILING.replace("编码: P002", "编码: P001").replace("乙项目", "甲项目")) == [
        ("JX322", "项目名称「甲项目」与第 1 个项目重复", 10),
        ("JX321", "项目编码 P001 与第 1 个项目重复", 11)]


def test_warnings_do_not_block_the_build():
    source = FILING.replace("乙项目", "甲项目")
    result = process_document(load_bytes(source.encode("utf-8"), "x.yaml"), Result("x.yaml"))
    assert result.ok and result.view is not None


def test_a_key_the_layout_does_not_print_is_a_warning():
    source = FILING.replace("部门: {名称: 政法委部门}\n", "部门: {名称: 政法委部门}\n部门职能:\n  - 统一思想\n")
    assert findings(source) == [("JX330", "版式「河北」的表格里没有「部门职能」这一项，它不会印出来", 4)]
    in_xinjiang = FILING.replace("版式: 河北", "版式: 新疆")
    assert [f[:1] + f[2:] for f in findings(in_xinjiang)] == [("JX330", 7), ("JX330", 9), ("JX330", 11)]
