"""The Hunan forms: 部门整体支出绩效目标表, then one 项目支出绩效目标表 per project.

Amounts print as written (``12.8``, ``5.12``); computed totals print with as many
decimals as the amounts typed beside them, without trailing zeros beyond (``59.8`` beside
``275.8``, ``1912.50`` beside ``1846.60``).
"""

from __future__ import annotations

from decimal import Decimal
from itertools import zip_longest

from ..indicator_tables import Column, IndicatorTable, indicator_grid
from ..model import Filing, Project
from ..money import as_written, beside
from ..numbering import arabic_parenthesised
from ..tables import row_breaks
from ..totals import Totals
from .common import continued, metadata, numbered

_LEVELS = (Column("一级指标", "level1"), Column("二级指标", "level2"), Column("三级指标", "name"))
VALUE_PHRASES = ("指标值", "及单位")
PROJECT_COLUMNS = _LEVELS + (Column("指标值及单位", "value", phrases=VALUE_PHRASES), Column("绩效标准", "basis"))
# The department form has no 绩效标准: its 指标值及单位 spans the grid's last two columns.
DEPARTMENT_COLUMNS = _LEVELS + (Column("指标值及单位", "value", span=2, phrases=VALUE_PHRASES),)
DEPARTMENT_SIDE, PROJECT_SIDE = "部门整体支出\n年度绩效指标", "本年度\n绩效指标"
# The upper parts of the forms: a label column, then income | expense halves (整体表) or
# name | 预算部门 | department and amount | 上级资金 pairs (项目表).
# The label column fits 项目支出实施期 on one line; the indicator tables' side label column
# is as wide.
DEPARTMENT_GRID = (20.0, 40.0, 40.0)
PROJECT_GRID = (20.0, 19.0, 19.0, 16.0, 13.0, 13.0)
TEXT_SHARE = 80.0  # the text cells beside the label column
# The sign-off under each form (templates/hunan/style.css: 6 pt above it, 五号 at a line
# height of 1.5), on as many as two lines, is kept on the page of the form's last row.
SIGN_OFF_PT = 6.0 + 2 * 10.5 * 1.5

# Keys of the filing format that the Hunan forms have no place for ("*": any list item).
NOT_PRINTED = (
    ("封面",), ("部门", "单位编码"), ("部门", "单位名称"), ("整体绩效目标", "分项目标"),
    ("整体绩效目标", "保障措施"), ("项目", "*", "编码"), ("项目", "*", "用途"), ("项目", "*", "支出计划"),
    ("样式",), ("整体绩效目标", "绩效指标", "*", "*", "*", "描述"), ("整体绩效目标", "绩效指标", "*", "*", "*", "依据"),
    ("项目", "*", "绩效指标", "*", "*", "*", "描述"),  # the forms have no 描述 column, the department's no 绩效标准
)  # 其他资金 prints within 年度本级预算金额, 财政资金 + 其他资金 as one amount


def build(filing: Filing, totals: Totals) -> dict:
    """The view of a Hunan filing."""
    name = filing.department.name
    indicators = filing.overall.indicators + tuple(i for p in filing.projects for i in p.indicators)
    grid = indicator_grid(indicators, PROJECT_COLUMNS, minimum=(5.0, 5.0, 5.0), cap=(10.0, 10.0, 8.0),
                          side_share=PROJECT_GRID[0])
    title = f"{filing.year}年部门整体支出绩效目标表"
    duties, goals = _text_rows([f"{arabic_parenthesised(n)}{d}" for n, d in enumerate(filing.duties, start=1)],
                               numbered(filing.overall.summary, "、"),
                               below=0.0 if filing.overall.indicators else SIGN_OFF_PT)
    return {
        "meta": metadata(filing),
        "title": title,
        "continued": continued(title),
        "department_name": name,
        "unit": filing.amount_unit,
        "year": filing.year,
        "sign_off": filing.sign_off,
        "grid_widths": DEPARTMENT_GRID,
        "project_grid_widths": PROJECT_GRID,
        "budget_lines": _budget_lines(filing, totals),
        "grand_total": beside(totals.income if totals.income is not None else totals.budget, _typed_funds(filing)),
        "duties": duties,
        "goals": goals,
        "indicators": IndicatorTable("department-indicators", DEPARTMENT_COLUMNS, grid,
                                     filing.overall.indicators, DEPARTMENT_SIDE, followed_by=SIGN_OFF_PT),
        "projects": [_project(p, f"project-{n}", grid) for n, p in enumerate(filing.projects, start=1)],
    }


def _budget_lines(filing: Filing, totals: Totals) -> list[tuple[str, str]]:
    """Pairs of (income line, expense line) printed side by side under 年度预算申请."""
    income = [f"{source}：{as_written(amount)}" for source, amount in filing.funds.income] \
        if filing.funds else []
    expense = []
    if totals.basic_expense is not None:
        expense = [f"基本支出：{as_written(totals.basic_expense)}",
                   f"项目支出：{_project_expense(filing, totals)}"]
    lines = list(zip_longest(income, expense, fillvalue=""))
    if lines:
        first_income, first_expense = lines[0]
        lines[0] = (f"其中：{first_income}" if first_income else "",
                    f"其中：{first_expense}" if first_expense else "")
    return lines


def _project_expense(filing: Filing, totals: Totals) -> str:
    typed = filing.funds.typed_project_expense
    return as_written(typed) if typed is not None else beside(totals.project_expense, _typed_funds(filing))


def _typed_funds(filing: Filing) -> list[Decimal]:
    """The amounts typed in the 年度预算申请 (incomes, 基本支出, a typed 项目支出), which its
    computed totals are printed beside."""
    if not filing.funds:
        return []
    return [amount for _, amount in filing.funds.income] + [filing.funds.basic_expense, filing.funds.typed_project_expense]


def _text_rows(*texts: list[str], below: float = 0.0) -> list[dict]:
    """The text rows that end a form's upper table (部门职能 and 整体绩效目标; 实施期 and 本年度
    绩效目标): each with its paragraphs for a cell beside the label column (``lines``), and
    where it may break (:class:`jixiao.tables.RowBreaks`); ``below``: the height of what
    stays on the page of the last (the sign-off when no indicator table follows)."""
    breaks = row_breaks([[("\n".join(lines), TEXT_SHARE)] for lines in texts], below=below)
    return [{"lines": lines, **b._asdict()} for lines, b in zip(texts, breaks)]


def _project(project: Project, anchor: str, grid: tuple[float, ...]) -> dict:
    period_goal, goal = _text_rows(numbered(project.period_goal, "、"), numbered(project.goal, "、"),
                                   below=0.0 if project.indicators else SIGN_OFF_PT)
    return {
        "project": project,
        "continued": continued(project.name),
        # 年度本级预算金额: the typed 财政资金 as written, or the computed 预算数 when 其他资金 adds to it
        "amount": beside(project.budget, (project.fiscal_amount, project.other_amount)) if project.other_amount
        else as_written(project.fiscal_amount),
        "period_goal": period_goal,
        "goal": goal,
        "indicators": IndicatorTable(f"{anchor}-indicators", PROJECT_COLUMNS, grid, project.indicators,
                                     PROJECT_SIDE, followed_by=SIGN_OFF_PT),
    }
