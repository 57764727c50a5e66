"""The Xinjiang 部门（单位）整体支出绩效目标表: task table with a computed 合计 row first,
年度总体目标 (numbered), 年度绩效指标. Amounts print with two decimals."""

from __future__ import annotations

from decimal import Decimal

from ..model import Filing
from ..money import two_decimals
from ..tables import column_widths, indicator_rows
from ..totals import Totals
from .common import numbered

INDICATOR_HEADERS = ("一级指标", "二级指标", "三级指标", "指标值")

# Keys of the filing format that the Xinjiang form has no place for ("*": any list item).
NOT_PRINTED = (
    ("封面",), ("部门", "单位编码"), ("部门", "单位名称"), ("部门职能",), ("资金",), ("填报",),
    ("整体绩效目标", "分项目标"), ("整体绩效目标", "保障措施"), ("样式",),
    ("项目", "*", "编码"), ("项目", "*", "上级资金"), ("项目", "*", "实施期"), ("项目", "*", "支出计划"),
    ("项目", "*", "实施期目标"), ("项目", "*", "绩效目标"), ("项目", "*", "依据"), ("项目", "*", "绩效指标"),
)


def build(filing: Filing, totals: Totals) -> dict:
    """The view of a Xinjiang filing."""
    tasks = [[p.name, p.purpose, two_decimals(p.budget), two_decimals(p.fiscal_amount),
              two_decimals(p.other_amount or Decimal(0))] for p in filing.projects]
    total_row = ["合计", "", two_decimals(totals.budget), two_decimals(totals.fiscal),
                 two_decimals(totals.other)]
    columns = [list(c) for c in zip(*(tasks + [total_row, ["任务名称", "主要内容", "总额", "财政拨款", "其他资金"]]))]
    indicators = filing.overall.indicators
    indicator_columns = [["年度绩效指标"]] + [
        [getattr(i, field) for i in indicators] + [header]
        for field, header in zip(("level1", "level2", "name", "value"), INDICATOR_HEADERS)]
    return {
        "title": "部门（单位）整体支出绩效目标表",
        "year": filing.year,
        "department_name": filing.department.name,
        "unit": filing.amount_unit,
        "task_widths": column_widths(columns, minimum=(6.0, 10.0, 4.5, 4.5, 4.5),
                                     cap=(12.0, 30.0, 6.0, 6.0, 6.0)),
        "total": total_row,
        "tasks": tasks,
        "goals": numbered(filing.overall.summary, "."),
        "indicator_headers": INDICATOR_HEADERS,
        "indicator_widths": column_widths(indicator_columns, minimum=(5.0, 5.5, 5.5, 6.0, 4.0),
                                           cap=(6.0, 6.0, 8.0, 24.0, 10.0)),
        "rows": indicator_rows(indicators),
    }
