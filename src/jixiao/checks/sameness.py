"""The same indicator copied into many projects (JX451)."""

from __future__ import annotations

from typing import Iterator

from ..codes import Code, Example
from ..findings import WARNING, Finding
from ..model import Indicator, Project
from .registry import Context, check

COPIES = 3
_PROJECT = ("  - 名称: %s\n    财政资金: 10\n    绩效指标:\n      效益指标:\n        社会效益指标:\n"
            "          - {名称: 维护社会稳定, 指标值: %s}\n")


@check(Code("JX451", WARNING, "同一个指标照抄到多个项目",
            f"同一个指标（名称和指标值都相同）出现在 {COPIES} 个以上项目里，审核人会认为目标是照抄的、没有针对项目来写。"
            "写的金额恰是各项目自己预算数的成本指标（几个预算都是 10 万元的项目，各写 项目总成本 ≤10万元）不算。",
            Example("项目:\n" + _PROJECT % ("甲项目", "≥95%") + _PROJECT % ("乙项目", "≥95%") + _PROJECT % ("丙项目", "≥95%"),
                    "7:18"),
            Example("项目:\n" + _PROJECT % ("甲项目", "≥95%") + _PROJECT % ("乙项目", "≥95%") + _PROJECT % ("丙项目", "0件"))))
def copied_indicators(ctx: Context) -> Iterator[Finding]:
    """The same indicator (name and value) in three or more projects, but a cost that is
    each project's own 预算数 (项目总成本 ≤10万元 of three projects of 10万元 each, as JX442
    asks it to be)."""
    owners: dict[tuple[str, str], list[tuple[Project, Indicator]]] = {}
    for indicator_set in ctx.project_sets:
        seen = set()
        for indicator in indicator_set.indicators:
            key = (indicator.name, indicator.value)
            if key not in seen:
                seen.add(key)
                owners.setdefault(key, []).append((indicator_set.project, indicator))
    for (name, value), copies in owners.items():
        if len(copies) >= COPIES and not all(_the_budget(indicator, project, ctx.filing.amount_unit)
                                             for project, indicator in copies):
            names = "、".join(project.name for project, _ in copies)
            yield ctx.finding("JX451", f"指标「{name} {value}」一字不差地出现在 {len(copies)} 个项目里：{names}",
                              copies[0][1].path + ("名称",), "按每个项目的内容写出它自己的目标值")


def _the_budget(indicator: Indicator, project: Project, unit: str) -> bool:
    """Whether ``indicator`` is a cost of money as large as ``project``'s 预算数."""
    span = indicator.parsed_value.span_in(unit) if indicator.is_money_cost else None
    return span is not None and span[1] == project.budget
