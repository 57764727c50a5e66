"""Views: everything a layout's template prints, computed and ready.

Each layout module has ``build(filing, totals) -> dict`` and ``NOT_PRINTED``, the keys
of the filing format that its official form has no place for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Filing
from ..totals import Totals
from . import hebei, hunan, xinjiang


@dataclass(frozen=True)
class Layout:
    """A 版式: its template folder, its view builder and the keys it does not print."""

    folder: str
    build: Callable[[Filing, Totals], dict]
    not_printed: tuple[tuple[str, ...], ...]
    basis_column: bool  # whether its project indicator tables print 指标值确定依据 / 绩效标准
    body_text: bool = False  # whether 整体绩效目标 prints as indented paragraphs (河北 第一部分), not in cells
    # key paths of amounts that print the same written 0 or not written (湖南's 年度本级预算金额 is 财政资金
    # then; 河北's project table leaves a 其他资金 not written blank)
    zero_as_unwritten: tuple[tuple[str, ...], ...] = ()

    def prints(self, path: tuple) -> bool:
        """Whether the layout prints what is at ``path`` (keys of the filing format; a list
        item by its index or ``*``): no key path of ``not_printed`` (``*`` any item, or
        any key of a mapping: an indicator's 一级 and 二级) leads to it."""
        return not _leads_to(self.not_printed, path)

    def prints_zero_as_unwritten(self, path: tuple) -> bool:
        """Whether the amount at ``path`` prints the same written 0 or not written."""
        return _leads_to(self.zero_as_unwritten, path)

    @property
    def prints_project_indicators(self) -> bool:
        return ("项目", "*", "绩效指标") not in self.not_printed

    @property
    def prints_department_indicators(self) -> bool:
        return ("整体绩效目标", "绩效指标") not in self.not_printed

    @property
    def prints_spending_plan(self) -> bool:
        return ("项目", "*", "支出计划") not in self.not_printed

    @property
    def prints_project_goals(self) -> bool:
        return ("项目", "*", "绩效目标") not in self.not_printed


def _leads_to(patterns: tuple[tuple[str, ...], ...], path: tuple) -> bool:
    """Whether a key path of ``patterns`` (``*`` any item or key) leads to ``path``."""
    return any(len(pattern) <= len(path) and all(key in ("*", step) for key, step in zip(pattern, path))
               for pattern in patterns)


OTHER_FUNDS = (("项目", "*", "其他资金"),)

LAYOUTS: dict[str, Layout] = {
    "河北": Layout("hebei", hebei.build, hebei.NOT_PRINTED, basis_column=True, body_text=True),
    "湖南": Layout("hunan", hunan.build, hunan.NOT_PRINTED, basis_column=True, zero_as_unwritten=OTHER_FUNDS),
    "新疆": Layout("xinjiang", xinjiang.build, xinjiang.NOT_PRINTED, basis_column=False, zero_as_unwritten=OTHER_FUNDS),
}
