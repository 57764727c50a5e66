"""The 资金支出计划 (JX311–JX314): cumulative percentages, each 0–100, never falling,
the last 100; read where the layout prints it (河北): elsewhere JX330 says it is not printed."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..codes import Code, Example
from ..findings import ERROR, WARNING, Finding
from ..indicator_value import parse_value
from ..model import SPENDING_CHECKPOINTS
from ..views import LAYOUTS
from .registry import Context, check

PLAN = "项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n    支出计划: {3月底: %s, 6月底: %s, 10月底: 75%%, 12月底: %s}\n"


def _percent(written: str) -> Decimal | None:
    """A checkpoint's cumulative percentage (``25``, ``25%`` or ``+25%``), or None if it is not one of 0–100."""
    value = parse_value(written.removeprefix("+"))
    plain_number = not value.operator and value.unit in ("", "%", "％")
    if value.number is None or not plain_number or not 0 <= value.number <= 100:
        return None
    return value.number


@check(Code("JX311", ERROR, "支出计划不是 0–100 的百分比", "每个时点填到该时点为止累计支出的百分比，写 25% 或 25。",
            Example(PLAN % ("905", "50%", "100%"), "4:17"), Example(PLAN % ("25%", "50%", "100%"))),
       Code("JX312", ERROR, "支出计划比前一时点低", "支出计划是累计数，后一个时点不能低于前一个。",
            Example(PLAN % ("50%", "40%", "100%"), "4:27"), Example(PLAN % ("25%", "50%", "100%"))),
       Code("JX313", ERROR, "支出计划年底不是 100%", "12月底应支出完毕，累计 100%；前面的时点没到 100%、12月底却空着或没写，也是这个错误。",
            Example(PLAN % ("25%", "50%", "90%"), "4:49"), Example(PLAN % ("25%", "50%", "100%"))),
       Code("JX314", WARNING, "支出计划没有填写",
            "印有资金支出计划的版式（河北），每个项目都应写支出计划，每个时点都应填写累计支出百分比。",
            Example(PLAN % ("", "50%", "100%"), "4:12"), Example(PLAN % ("25%", "50%", "100%"))))
def spending_plan(ctx: Context) -> Iterator[Finding]:
    """A 资金支出计划 is cumulative: each checkpoint 0–100, never lower than the one
    before, the last 100 (a blank 12月底 after a checkpoint short of 100 too); a plan
    left out or another blank checkpoint is a warning. A plan the layout does not print
    (湖南, 新疆: JX330) stops no build."""
    if not LAYOUTS[ctx.filing.layout].prints_spending_plan:
        return
    for project in ctx.filing.projects:
        if not project.spending_plan:
            yield ctx.finding("JX314", f"项目「{project.name}」没有写支出计划", project.path,
                              "加上“支出计划: {3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}”，按实际填写",
                              at_key=True)
        previous: tuple[str, Decimal, str] | None = None  # the last readable checkpoint
        unreadable_since = False  # a checkpoint after it that JX311 reports
        year_end_blank = None  # 12月底 left blank (or out): JX314, or JX313 where the plan stops short of 100%
        for checkpoint, written in project.spending_plan:
            path = project.path + ("支出计划", checkpoint)
            if written is None:
                blank = ctx.finding("JX314", f"项目「{project.name}」的支出计划 {checkpoint} 没有填写", path,
                                    "填写到该时点累计支出的百分比", at_key=True)
                if checkpoint == SPENDING_CHECKPOINTS[-1]:
                    year_end_blank = blank
                else:
                    yield blank
                continue
            value = _percent(written)
            if value is None:
                yield ctx.finding("JX311", f"项目「{project.name}」的支出计划 {checkpoint} 应是 0% 到 100% 之间的百分比，"
                                           f"写的是「{written}」", path, "写成 25% 或 25")
                unreadable_since = True
                continue
            if previous is not None and value < previous[1]:
                yield ctx.finding("JX312", f"项目「{project.name}」的支出计划是累计数，{checkpoint} 的 {written} "
                                           f"低于 {previous[0]} 的 {previous[1]}%", path,
                                  "每个时点填到该时点为止的累计支出百分比")
            previous, unreadable_since = (checkpoint, value, written), False
        fractions = _in_fractions(project.spending_plan)
        if previous is not None and previous[0] == SPENDING_CHECKPOINTS[-1] and previous[1] != 100:
            yield ctx.finding("JX313", f"项目「{project.name}」的支出计划 {previous[0]} 应为 100%，写的是「{previous[2]}」",
                              project.path + ("支出计划", previous[0]), FRACTIONS_HINT if fractions else "年底应支出完毕：写 100%")
        elif year_end_blank and previous is not None and previous[1] != 100 and not unreadable_since:
            year_end = SPENDING_CHECKPOINTS[-1]  # the plan stops short of the year's end
            yield ctx.finding("JX313", f"项目「{project.name}」的支出计划写到 {previous[0]} 的 {previous[2]} 为止，"
                                       f"{year_end} 没有填写", year_end_blank.path,
                              FRACTIONS_HINT if fractions else f"年底应支出完毕：{year_end} 写 100%", at_key=True)
        elif year_end_blank:
            yield year_end_blank


FRACTIONS_HINT = "像是电子表格里的小数（1 即 100%，0.25 即 25%）：各时点都写成百分比"


def _in_fractions(plan: tuple[tuple[str, str | None], ...]) -> bool:
    """Whether a plan's checkpoints are a spreadsheet's fractions (0.25, 0.5, 0.75, 1):
    none written with %, none above 1, some above 0."""
    written = [w for _, w in plan if w is not None]
    values = [_percent(w) for w in written]
    return bool(written) and all("%" not in w and v is not None and v <= 1 for w, v in zip(written, values)) \
        and any(values)
