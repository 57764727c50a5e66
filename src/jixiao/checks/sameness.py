"""The same indicator copied into many projects (JX451)."""

from __future__ import annotations

from typing import Iterator

from ..codes import Code, Example
from ..findings import WARNING, Finding
from ..model import Indicator
from .registry import Context, check

COPIES = 3
_PROJECT = ("  - 名称: %s\n    财政资金: 10\n    绩效指标:\n      效益指标:\n        社会效益指标:\n"
            "          - {名称: 维护社会稳定, 指标值: %s}\n")


@check(Code("JX451", WARNING, "同一个指标照抄到多个项目",
            f"同一个指标（名称和指标值都相同）出现在 {COPIES} 个以上项目里，审核人会认为目标是照抄的、没有针对项目来写。",
            Example("项目:\n" + _PROJECT % ("甲项目", "≥95%") + _PROJECT % ("乙项目", "≥95%") + _PROJECT % ("丙项目", "≥95%"),
                    "7:18"),
            Example("项目:\n" + _PROJECT % ("甲项目", "≥95%") + _PROJECT % ("乙项目", "≥95%") + _PROJECT % ("丙项目", "0件"))))
def copied_indicators(ctx: Context) -> Iterator[Finding]:
    """The same indicator (name and value) in three or more projects."""
    owners: dict[tuple[str, str], list[tuple[str, Indicator]]] = {}
    for indicator_set in ctx.project_sets:
        seen = set()
        for indicator in indicator_set.indicators:
            key = (indicator.name, indicator.value)
            if key not in seen:
                seen.add(key)
                owners.setdefault(key, []).append((indicator_set.project.name, indicator))
    for (name, value), copies in owners.items():
        if len(copies) >= COPIES:
            names = "、".join(project for project, _ in copies)
            yield ctx.finding("JX451", f"指标「{name} {value}」一字不差地出现在 {len(copies)} 个项目里：{names}",
                              copies[0][1].path + ("名称",), "按每个项目的内容写出它自己的目标值")
