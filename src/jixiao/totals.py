"""Totals: every figure of a filing that is computed, computed once, and the checks
that compare a typed figure with its computed one.

预算数 = 财政资金 + 其他资金 per project; 合计 columns over projects; at department
level 资金总额 = Σ 收入 = 基本支出 + 项目支出, with 项目支出 = Σ 预算数 unless typed.
A typed figure that differs is an error naming both figures and the difference, at the
line of the typed figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .findings import ERROR, Finding
from .load import Document
from .model import Filing
from .money import as_written, plain, total


@dataclass(frozen=True)
class Totals:
    """The computed figures of a filing."""

    budget: Decimal          # Σ 预算数 over projects
    fiscal: Decimal          # Σ 财政资金
    other: Decimal           # Σ 其他资金
    income: Decimal | None   # Σ 收入 (资金总额), when 资金 is given
    basic_expense: Decimal | None
    project_expense: Decimal | None  # 项目支出 = Σ 预算数 (a typed one must equal it)


def compute_totals(filing: Filing) -> Totals:
    """Compute every total of ``filing``."""
    funds = filing.funds
    budget = total(p.budget for p in filing.projects)
    return Totals(
        budget=budget,
        fiscal=total(p.fiscal_amount for p in filing.projects),
        other=total(p.other_amount or Decimal(0) for p in filing.projects),
        income=None if funds is None else total(amount for _, amount in funds.income),
        basic_expense=None if funds is None else funds.basic_expense,
        project_expense=None if funds is None else budget,
    )


def _mismatch(code: str, what: str, typed: Decimal, computed: Decimal, how: str,
              location, hint: str) -> Finding:
    difference = typed - computed
    return Finding(code, ERROR,
                   f"{what}写的是 {as_written(typed)}，但{how}是 {plain(computed)}，相差 {plain(difference)}",
                   location, hint)


def check_totals(filing: Filing, totals: Totals, document: Document) -> list[Finding]:
    """Findings for every typed figure that disagrees with its computed value."""
    findings = []
    for project in filing.projects:
        if project.typed_budget is not None and project.typed_budget != project.budget:
            findings.append(_mismatch(
                "JX201", f"项目「{project.name}」的预算数", project.typed_budget, project.budget,
                "财政资金 + 其他资金", document.locate(project.path + ("预算数",)),
                "预算数由工具计算，可以删除这一行；若预算数是对的，请改正财政资金或其他资金"))
    funds = filing.funds
    if funds is None:
        return findings
    if funds.typed_project_expense is not None and funds.typed_project_expense != totals.budget:
        findings.append(_mismatch(
            "JX202", "项目支出", funds.typed_project_expense, totals.budget, "各项目预算数之和",
            document.locate(("资金", "支出", "项目支出")),
            "项目支出由工具按各项目计算，可以删除这一行；否则请核对各项目金额"))
    expense = totals.basic_expense + totals.project_expense
    if totals.income != expense:
        findings.append(_mismatch(
            "JX203", "收入合计（资金总额）", totals.income, expense, "基本支出 + 项目支出",
            document.locate(("资金", "收入")),
            f"基本支出 {plain(totals.basic_expense)} + 项目支出 {plain(totals.project_expense)}"
            f" = {plain(expense)}：请核对收入各项或基本支出"))
    return findings
