"""Totals are computed once, in Python, and a typed figure that disagrees is an error
naming both figures, the difference and the line of the typed figure."""

from decimal import Decimal

import pytest

from conftest import FILINGS, edited, line_of
from jixiao.pipeline import process


def test_hebei_summary_totals_of_the_seeds():
    shanhaiguan = process(FILINGS / "hebei-shanhaiguan-2022.yaml")
    zunhua = process(FILINGS / "hebei-zunhua-2022.yaml")
    assert shanhaiguan.view["summary"]["total"][3] == "116.40"
    assert zunhua.view["summary"]["total"][3] == "823.40"
    assert zunhua.view["summary"]["total"][4:] == ["823.40", "0.00"]


def test_hunan_department_totals():
    result = process(FILINGS / "hunan-yuanjiang-2024.yaml")
    assert result.ok, result.findings
    assert result.totals.income == Decimal("335.6")
    assert result.totals.project_expense == Decimal("59.8")
    assert result.totals.basic_expense == Decimal("275.8")
    assert result.view["grand_total"] == "335.6"
    assert ("其中：一般公共预算：335.6", "其中：基本支出：275.8") in result.view["budget_lines"]
    assert ("政府性基金拨款：0", "项目支出：59.8") in result.view["budget_lines"]


def test_xinjiang_total_row():
    result = process(FILINGS / "xinjiang-korla-2020.yaml")
    assert result.view["total"] == ["合计", "", "7856.35", "7856.35", "0.00"]
    assert len(result.view["tasks"]) == 16


def test_hunan_totals_follow_a_changed_amount(tmp_path):
    copy = edited(tmp_path, "hunan-yuanjiang-2024.yaml",
                  ("    财政资金: 12.8\n", "    财政资金: 13.8\n"),
                  ("一般公共预算: 335.6", "一般公共预算: 336.6"))
    result = process(copy)
    assert result.ok, result.findings
    assert result.view["grand_total"] == "336.6"
    assert ("政府性基金拨款：0", "项目支出：60.8") in result.view["budget_lines"]


def test_hunan_one_changed_project_amount_unbalances_the_department(tmp_path):
    copy = edited(tmp_path, "hunan-yuanjiang-2024.yaml", ("    财政资金: 12.8\n", "    财政资金: 13.8\n"))
    [finding] = [f for f in process(copy).findings if f.is_error]
    assert finding.code == "JX203"
    assert finding.message == "收入合计（资金总额）写的是 335.6万元，但基本支出 + 项目支出是 336.6万元，写的比算出的少 1万元"
    assert finding.location.line == line_of(copy, "收入:") + 1


def test_hunan_typed_project_expense_that_contradicts_is_an_error(tmp_path):
    copy = edited(tmp_path, "hunan-yuanjiang-2024.yaml",
                  ("    基本支出: 275.8\n", "    基本支出: 275.8\n    项目支出: 60.0\n"))
    findings = [f for f in process(copy).findings if f.is_error]
    assert [f.code for f in findings] == ["JX202"]
    assert findings[0].message == "项目支出写的是 60.0万元，但各项目预算数之和是 59.8万元，写的比算出的多 0.2万元"
    assert (findings[0].location.line, findings[0].location.column) == (line_of(copy, "项目支出: 60.0"), 11)


def test_hunan_typed_project_expense_that_agrees_is_accepted(tmp_path):
    copy = edited(tmp_path, "hunan-yuanjiang-2024.yaml",
                  ("    基本支出: 275.8\n", "    基本支出: 275.8\n    项目支出: 59.80\n"))
    result = process(copy)
    assert result.ok
    assert ("政府性基金拨款：0", "项目支出：59.80") in result.view["budget_lines"]


def test_xinjiang_total_follows_a_changed_amount(tmp_path):
    copy = edited(tmp_path, "xinjiang-korla-2020.yaml", ("财政资金: 485.32", "财政资金: 485.33"))
    assert process(copy).view["total"] == ["合计", "", "7856.36", "7856.36", "0.00"]


def test_xinjiang_typed_budget_that_contradicts_is_an_error(tmp_path):
    copy = edited(tmp_path, "xinjiang-korla-2020.yaml",
                  ("    财政资金: 485.32\n", "    财政资金: 485.32\n    预算数: 458.32\n"))
    [finding] = [f for f in process(copy).findings if f.is_error]
    assert finding.code == "JX201"
    assert finding.message == ("项目「领导和管理政法工作」的预算数写的是 458.32万元，"
                               "但财政资金 + 其他资金是 485.32万元，写的比算出的少 27万元")
    assert str(finding.location) == f"{copy}:{line_of(copy, '预算数: 458.32')}:10"


@pytest.mark.parametrize("other", ["0.10", "0.1"])
def test_hebei_budget_is_fiscal_plus_other(tmp_path, other):
    copy = edited(tmp_path, "hebei-shanhaiguan-2022.yaml",
                  ("    财政资金: 10.00\n", f"    财政资金: 10.00\n    其他资金: {other}\n    预算数: 10.1\n"))
    result = process(copy)
    assert result.ok, result.findings
    first = result.view["projects"][0]
    assert (first["budget"], first["fiscal"], first["other"]) == ("10.10", "10.00", "0.10")
    assert result.view["summary"]["total"][3:] == ["116.50", "116.40", "0.10"]
