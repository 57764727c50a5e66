"""The Xinjiang 部门（单位）整体支出绩效目标表: task table with a computed 合计 row first,
年度总体目标 (numbered), 年度绩效指标. Amounts print with two decimals."""

from __future__ import annotations

from decimal import Decimal

from ..indicator_tables import Column, IndicatorTable, indicator_grid
from ..model import Filing
from ..money import two_decimals
from ..tables import (ANY_NAME_LINES, CELL_PADDING_EM, column_widths, fitting_size, header_room, kept_lines, row_breaks,
                      row_height, splittable_row, text_width)
from ..totals import Totals
from .common import continued, metadata, numbered

TITLE = "部门（单位）整体支出绩效目标表"
TASK_HEADERS = ("任务名称", "主要内容", "总额", "财政拨款", "其他资金")
INDICATOR_COLUMNS = (Column("一级指标", "level1"), Column("二级指标", "level2"), Column("三级指标", "name"),
                     Column("指标值", "value"))
INDICATOR_SIDE = "年度绩效指标"
DEPARTMENT_LABEL, GOALS_LABEL = "部门（单位）名称", "年度总体目标"
FORM_LABELS = (DEPARTMENT_LABEL, GOALS_LABEL, INDICATOR_SIDE)

# Keys of the filing format that the Xinjiang form has no place for ("*": any list item).
NOT_PRINTED = (
    ("封面",), ("部门", "单位编码"), ("部门", "单位名称"), ("部门职能",), ("资金",), ("填报",),
    ("整体绩效目标", "分项目标"), ("整体绩效目标", "保障措施"), ("样式",),
    ("项目", "*", "编码"), ("项目", "*", "上级资金"), ("项目", "*", "实施期"), ("项目", "*", "支出计划"),
    ("项目", "*", "实施期目标"), ("项目", "*", "绩效目标"), ("项目", "*", "依据"), ("项目", "*", "绩效指标"),
    ("整体绩效目标", "绩效指标", "*", "*", "*", "描述"), ("整体绩效目标", "绩效指标", "*", "*", "*", "依据"),
)


def build(filing: Filing, totals: Totals) -> dict:
    """The view of a Xinjiang filing."""
    tasks = [[p.name, p.purpose, two_decimals(p.budget), two_decimals(p.fiscal_amount),
              two_decimals(p.other_amount or Decimal(0))] for p in filing.projects]
    total_row = ["合计", "", two_decimals(totals.budget), two_decimals(totals.fiscal),
                 two_decimals(totals.other)]
    columns = [list(c) for c in zip(*(tasks + [total_row, list(TASK_HEADERS)]))]
    # the first column of the form's grid holds its labels too, each on one line
    labels = max(text_width(label) for label in FORM_LABELS) + CELL_PADDING_EM
    widths = column_widths(columns, minimum=(labels, 10.0, *(header_room(h, 4.5) for h in TASK_HEADERS[2:])),
                           cap=(12.0, 30.0, 8.0, 8.0, 8.0),
                           whole=(False, False, True, True, True), smaller=(False, False, True, True, True))
    # amounts too wide for their column even so are set smaller, all alike (None: as the table)
    sizes = [fitting_size([row[n] for row in tasks + [total_row]], widths[n]) for n in range(2, 5)]
    amount_size = min(filter(None, sizes), default=None)
    # the task table's header: 任务名称, 主要内容 and 预算金额 over 总额, 财政拨款 and 其他资金
    header = row_height(zip(TASK_HEADERS[:2] + (f"预算金额（{filing.amount_unit}）",), widths[:2] + [sum(widths[2:])])) + \
        row_height(zip(TASK_HEADERS[2:], widths[2:]))
    breaks = row_breaks([list(zip(row, widths)) for row in [total_row] + tasks], above=header, name_lines=ANY_NAME_LINES)
    goals = numbered(filing.overall.summary, ".")
    indicators = filing.overall.indicators
    return {
        "meta": metadata(filing),
        "title": TITLE,
        "continued": continued(TITLE),
        "year": filing.year,
        "department_label": DEPARTMENT_LABEL,
        "department_name": filing.department.name,
        "goals_label": GOALS_LABEL,
        "unit": filing.amount_unit,
        "task_widths": widths,
        "amount_size": amount_size,
        "total": total_row,
        # a task that may split keeps as many lines on the page of its end as its name, a label, needs there
        "tasks": [{"cells": task, **b._asdict(),
                   "widows": kept_lines([(task[0], widths[0])], ANY_NAME_LINES) if b.splittable else 2}
                  for task, b in zip(tasks, breaks[1:])],
        "goals": goals,
        "goals_splittable": splittable_row([("\n".join(goals), sum(widths[1:]))]),
        "indicators": IndicatorTable(
            "indicators", INDICATOR_COLUMNS,
            indicator_grid(indicators, INDICATOR_COLUMNS, minimum=(6.0, 6.5), cap=(24.0, 10.0),
                           side_share=widths[0]),
            indicators, INDICATOR_SIDE),
    }
