"""Totals: every figure of a filing that is computed, computed once.

预算数 = 财政资金 + 其他资金 per project; 合计 columns over projects; at department
level 资金总额 = Σ 收入, 项目支出 = Σ 预算数. The rules that compare a typed figure
with these are in :mod:`jixiao.checks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .model import Filing
from .money import total


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
