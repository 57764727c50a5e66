"""Typed figures against computed ones (JX201–JX204): both figures and the difference."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..codes import Code, Example
from ..findings import ERROR, Finding
from ..money import as_written, more_or_less, plain
from .amounts import INCOME_SOURCES
from .registry import Context, check


def _mismatch(ctx: Context, code: str, what: str, typed: Decimal, computed: Decimal, how: str,
              path: tuple, hint: str) -> Finding:
    """A typed figure that differs from the computed one: both figures and the difference,
    in the filing's unit."""
    unit = ctx.filing.amount_unit
    return ctx.finding(code, f"{what}写的是 {as_written(typed)}{unit}，但{how}是 {plain(computed)}{unit}，"
                             f"写的比算出的{more_or_less(typed - computed)}{unit}", path, hint)


@check(Code("JX201", ERROR, "预算数与财政资金 + 其他资金不符",
            "预算数由工具按 财政资金 + 其他资金 计算；手写的预算数必须与之相等，否则报出两个数和差额。",
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n    其他资金: 0.10\n    预算数: 10.00\n", "5:10"),
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n    其他资金: 0.10\n")))
def typed_budgets(ctx: Context) -> Iterator[Finding]:
    """A typed 预算数 must equal 财政资金 + 其他资金."""
    for project in ctx.filing.projects:
        if project.typed_budget is not None and project.typed_budget != project.budget:
            yield _mismatch(ctx, "JX201", f"项目「{project.name}」的预算数", project.typed_budget, project.budget,
                            "财政资金 + 其他资金", project.path + ("预算数",),
                            "预算数由工具计算，可以删除这一行；若预算数是对的，请改正财政资金或其他资金")


FUNDS = """\
版式: 湖南
资金:
  收入: {一般公共预算: 30}
  支出: {基本支出: 20, 项目支出: %s}
项目:
  - {名称: 办案经费, 财政资金: 10}
"""


@check(Code("JX202", ERROR, "项目支出与各项目预算数之和不符",
            "湖南版的项目支出可以不写（由各项目算出）；写了就必须等于各项目预算数之和。",
            Example(FUNDS % "12", "4:24"), Example(FUNDS % "10")))
def typed_project_expense(ctx: Context) -> Iterator[Finding]:
    """A typed 项目支出 must equal the sum of the projects' 预算数."""
    funds, totals = ctx.filing.funds, ctx.totals
    typed = funds.typed_project_expense if funds else None
    if typed is not None and typed != totals.project_expense:
        yield _mismatch(ctx, "JX202", "项目支出", typed, totals.project_expense, "各项目预算数之和",
                        ("资金", "支出", "项目支出"), "项目支出由工具按各项目计算，可以删除这一行；否则请核对各项目金额")


@check(Code("JX203", ERROR, "收入合计与支出合计不符",
            "资金总额 = 收入各项之和，必须等于 基本支出 + 项目支出。",
            Example(FUNDS.replace("30}", "35}") % "10", "3:7"), Example(FUNDS % "10")))
def balanced_department_budget(ctx: Context) -> Iterator[Finding]:
    """资金总额 = Σ 收入 must equal 基本支出 + 项目支出."""
    totals = ctx.totals
    if ctx.filing.funds is None:
        return
    expense = totals.basic_expense + totals.project_expense
    if totals.income != expense:
        yield _mismatch(ctx, "JX203", "收入合计（资金总额）", totals.income, expense, "基本支出 + 项目支出",
                        ("资金", "收入"),
                        f"基本支出 {plain(totals.basic_expense)} + 项目支出 {plain(totals.project_expense)}"
                        f" = {plain(expense)}：请核对收入各项或基本支出")


# What a typed total of the 年度预算申请 is the total of: (how it is computed, where to look if it is right).
_TOTALLED = {"收入": ("收入各项之和", "收入各项"), "支出": ("基本支出 + 项目支出", "基本支出和各项目金额")}
# The lines a key of a 合计 may name before it, by how it begins (项目支出合计, 项目合计: the clerk's 项目支出,
# read as the total)
_LINES = {"收入": {source: source for source in INCOME_SOURCES},
          "支出": {"基本支出": "基本支出", "项目支出": "项目支出", "基本": "基本支出", "项目": "项目支出"}}


@check(Code("JX204", ERROR, "手写的资金总额或合计与算出的不符",
            "资金总额和收入、支出下的合计（小计、总计）由工具计算，不是一项收入或支出，不加进总额；"
            "可以不写，写了就必须与算出的相等：资金总额和收入的合计等于收入各项之和，支出的合计等于 基本支出 + 项目支出。",
            Example(FUNDS.replace("{一般公共预算: 30}", "{一般公共预算: 30, 合计: 35}") % "10", "3:24"),
            Example(FUNDS.replace("{一般公共预算: 30}", "{一般公共预算: 30, 合计: 30}") % "10")))
def typed_department_totals(ctx: Context) -> Iterator[Finding]:
    """A typed 资金总额, or a 合计 typed under 收入 or 支出, must equal the sum the tool
    computes (the model keeps them out of the lines they total)."""
    funds, totals = ctx.filing.funds, ctx.totals
    if funds is None:
        return
    computed = {"收入": totals.income, "支出": totals.basic_expense + totals.project_expense}
    for path, typed in funds.typed_totals:
        part = "收入" if path[1] == "资金总额" else path[1]
        if typed != computed[part]:
            how, lines = _TOTALLED[part]
            what = path[-1] if path[1] == "资金总额" else f"{part}的{path[-1]}"
            line = next((name for start, name in _LINES[part].items() if path[-1].startswith(start)), None)
            hint = (f"「{path[-1]}」读作{part}的合计（{how}），不是{line}：写的若是{line}，把键改成“{line}”" if line
                    else f"{what}由工具按{how}计算，可以删除这一行；若它是对的，请核对{lines}")
            yield _mismatch(ctx, "JX204", what, typed, computed[part], how, path, hint)
