"""成本指标 against the project's money (JX441–JX444)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..codes import Code, Example
from ..findings import WARNING, Finding
from ..indicator_value import UNFILLED, percentages_in
from ..model import Indicator
from ..money import more_or_less, plain, total
from .registry import Context, check

COST = "项目:\n  - 名称: 办案经费\n    财政资金: 1.28\n    绩效指标:\n      产出指标:\n        成本指标:\n          - %s\n"
# A unit cost, by its name (人均成本, 亩均财政投入, 生均公用经费, 单场演出成本, 单位成本) or
# its value (每人不超过500元, ≤500元/人, 每月…), which is not compared with the budget; not
# a year's (每年, 年均, ≤60万元/年), which is the budget's.
_PER = re.compile(r"[人生户亩村校床次场件台日月]均|每(?!年)|单[价场次件台个人项户]|[/／](?!\s*年)")
_UNIT_COST = re.compile(r"单位|标准")  # …unless the name says it is the project's total (项目总成本控制标准)
# A name that says it is the project's total cost (项目总成本, 成本总额, 合计), not an item's
# (出差总成本); a line that sums the items listed with it (合计, 小计, 总计, 成本共计, 合计成本; 合 计 as
# a table pasted from Word spaces it) must equal their sum: a name that begins or ends with the word,
# not one that has it inside another (公共计量器具, 综合计划, 总计划: the whole plan)
SUM_LINE = re.compile(r"^(?:[合小]|总(?!\s*计划))\s*计|[合小总共]\s*计(?:[（(][^）)]*[）)])?$")
# (总额 of the whole, 成本总额, 资金总额; not of one item, 差旅费总额)
TOTAL = re.compile(rf"^总(?:成本|额|费用|投入|经费|预算)|项目总|(?:成本|费用|资金|经费|预算|投入)总额|^总额|{SUM_LINE.pattern}")
# A name that says the cost is of one item of the project's spending (宣传物资制作成本, 印刷费, 设备购置费),
# not its whole (办案经费, 专项资金, 项目总成本): less than the budget, it says nothing against it.
_ITEM = re.compile(r"(?<![经总])费用?$|(?:制作|印刷|印制|采购|购置|租赁|维修|材料|物资|设备|差旅|出差|劳务|办公|会议|培训|宣传)"
                   r"\S{0,2}成本$")
_DIGIT = re.compile(r"\d")
_AMOUNT = re.compile(r"\d\s*(?:万元|万|元)")


Span = tuple[Decimal, Decimal]  # a sum of money's lower and upper ends (the same for an exact sum)


def _money_costs(indicators, unit: str) -> list[tuple[Indicator, Span]]:
    """The cost indicators that name a sum of money, with the sum's ends in the filing's unit."""
    found = []
    for indicator in indicators:
        span = indicator.parsed_value.span_in(unit)
        name = indicator.name
        unit_cost = (_PER.search(name) or _PER.search(indicator.value)
                     or _UNIT_COST.search(name) and not TOTAL.search(name))
        if indicator.is_money_cost and span is not None and not unit_cost:
            found.append((indicator, span))
    return found


def _span_text(span: Span) -> str:
    """A sum as printed: 12.8, or 12-15 for a range."""
    low, high = span
    return plain(low) if low == high else f"{plain(low)}-{plain(high)}"


@check(Code("JX441", WARNING, "成本指标大于预算数",
            "成本指标写的总额（如 ≤13.00万元、1.6万元）超过了项目的预算数：要么成本指标错了，要么预算不够。"
            "部门整体的成本指标超过部门的全部资金（资金总额，或各项目预算数之和）时也报。",
            Example(COST % "{名称: 专项资金, 指标值: 1.6万元}", "7:29"),
            Example(COST % "{名称: 专项资金, 指标值: ≤1.28万元}")),
       Code("JX442", WARNING, "成本指标与预算数不符",
            "项目只有一个总额成本指标时，它一般就是项目的预算数；小于预算数时请核对。"
            "名称说的是其中一项开支（宣传物资制作成本、印刷费、设备购置费）的，不是总额，小于预算数不报。",
            Example(COST % "{名称: 专项资金, 指标值: ≤1万元}", "7:29"),
            Example(COST % "{名称: 专项资金, 指标值: ≤1.28万元}")),
       Code("JX443", WARNING, "分项成本之和与预算数不符",
            "几个成本指标分项列出预算（出差费、劳务费、办公费……）时，它们的和应等于项目的预算数；"
            "同时列出总额（项目总成本、成本总额、合计、小计、总计，或与预算数相等、不是某项开支的专项资金）时，"
            "其余各项是它的分项（可以只列一部分），拿总额与预算数比；分项之和大于总额，或合计、小计、总计不等于其余各项之和时报。",
            Example(COST % "{名称: 出差总成本, 指标值: 1万元}\n          - {名称: 劳务总成本, 指标值: 0.5万元}", "6:9"),
            Example(COST % "{名称: 出差总成本, 指标值: 1万元}\n          - {名称: 劳务总成本, 指标值: 0.28万元}")))
def cost_against_budget(ctx: Context) -> Iterator[Finding]:
    """A total-cost indicator larger than (or different from) the 预算数; itemised costs
    that do not add up to it. A total listed with its items (项目总成本 12.8 with 宣传费 5
    and 培训费 7.8, 小计 10 after 办公费 2, 印刷费 3 and 奖励资金 5) is the cost compared,
    unless its items disagree with it (``_differs_from_parts``)."""
    unit = ctx.filing.amount_unit
    for indicator_set in ctx.project_sets:
        budget = indicator_set.project.budget
        costs, subtotals = _grouped(_money_costs(indicator_set.indicators, unit))
        for subtotal, items in subtotals.items():
            if items and _differs_from_parts(subtotal, items):
                yield _total_against_parts(ctx, indicator_set.owner, subtotal, items, budget)
        total_cost, parts = _total_and_parts(costs, budget, tuple(subtotals))
        if total_cost is not None and parts and _differs_from_parts(total_cost, parts):
            yield _total_against_parts(ctx, indicator_set.owner, total_cost, parts, budget)
            continue
        costs = [total_cost] if total_cost is not None else parts
        if len(costs) == 1:
            indicator, (low, high) = costs[0]
            # a range that holds the budget agrees with it; one item's cost may be less
            if low > budget or high < budget and not _ITEM.search(indicator.name):
                code, how, amount = ("JX441", "大于", low) if low > budget else ("JX442", "不等于", high)
                yield ctx.finding(code, f"{indicator_set.owner}的成本指标「{indicator.name}」是 {indicator.value}，"
                                        f"{how}项目预算数 {plain(budget)}{unit}，比预算数{more_or_less(amount - budget)}{unit}",
                                  indicator.path + ("指标值",), "成本指标的总额应与预算数一致：核对指标值或财政资金")
        elif len(costs) > 1:
            low, high = _sum(costs)
            if low > budget or high < budget:  # items with a range sum to a range, which may hold the budget
                first = costs[0][0]
                yield ctx.finding("JX443", f"{indicator_set.owner}的 {len(costs)} 个成本指标合计 {_sum_text(costs)}{unit}，"
                                           f"不等于项目预算数 {plain(budget)}{unit}，"
                                           f"比预算数{more_or_less((low if low > budget else high) - budget)}{unit}",
                                  first.path[:-1], "分项成本之和应等于预算数：核对各项金额", at_key=True)
    yield from _department_costs(ctx)


def _department_costs(ctx: Context) -> Iterator[Finding]:
    """A cost of the department as a whole larger than all of its money (资金总额, or the
    sum of its projects' or tasks' budgets): no cost of the department can be, whichever
    part of the money it is the cost of."""
    unit = ctx.filing.amount_unit
    whole, what = ((ctx.totals.income, "资金总额") if ctx.totals.income is not None
                   else (ctx.totals.budget, "各项目预算数之和"))
    for indicator_set in ctx.indicator_sets:
        if indicator_set.project is not None or not whole:
            continue
        for indicator, (low, _) in _money_costs(indicator_set.indicators, unit):
            if low > whole:
                yield ctx.finding("JX441", f"{indicator_set.owner}的成本指标「{indicator.name}」是 {indicator.value}，"
                                           f"大于部门的{what} {plain(whole)}{unit}，比它{more_or_less(low - whole)}{unit}",
                                  indicator.path + ("指标值",), "核对指标值：部门的成本不会超过部门的全部资金")


def _grouped(costs: list[tuple[Indicator, Span]]) -> tuple[list[tuple[Indicator, Span]], dict]:
    """Where a project lists several 小计, each the sum of the items listed before it (since
    the last): the costs with each group given by its 小计, and each 小计 with its items.
    Costs without more than one 小计 are as they are."""
    if sum("小计" in cost[0].name for cost in costs) < 2:
        return costs, {}
    grouped, subtotals, items = [], {}, []
    for cost in costs:
        if "小计" in cost[0].name:
            subtotals[cost], items = items, []
            grouped.append(cost)
        elif SUM_LINE.search(cost[0].name):
            grouped.append(cost)
        else:
            items.append(cost)
    return grouped + items, subtotals


def _total_and_parts(costs: list[tuple[Indicator, Span]], budget: Decimal, subtotals: tuple = ()):
    """The cost that is the project's total, if one is, and the other costs, its parts: a
    cost whose name says it is the total (项目总成本, 合计, 小计; not one of several
    ``subtotals``) or, beside others, one that is the budget and is not named for an item
    (专项资金 10 with 宣传费 4 and 培训费 6). An item that only happens to equal the others'
    sum or the budget (会议费 2 beside 差旅费 1 and 印刷费 1) is an item: (None, every cost)."""
    named = [cost for cost in costs if TOTAL.search(cost[0].name) and cost not in subtotals]
    the_budget = [cost for cost in costs if len(costs) > 1 and cost[1] == (budget, budget) and not _ITEM.search(cost[0].name)]
    if not named + the_budget:
        return None, costs
    total_cost = (named + the_budget)[0]
    return total_cost, [cost for cost in costs if cost is not total_cost]


def _differs_from_parts(total_cost: tuple[Indicator, Span], parts: list[tuple[Indicator, Span]]) -> bool:
    """Whether a total disagrees with its parts: they add up to more than it, or it is a
    合计 (小计, 总计) that is not their sum. A total such as 项目总成本 may have only some of
    its parts listed beside it (设备购置费 30 of 60)."""
    (indicator, (low, high)), (parts_low, parts_high) = total_cost, _sum(parts)
    return parts_low > high or bool(SUM_LINE.search(indicator.name)) and parts_high < low


def _total_against_parts(ctx: Context, owner: str, total_cost: tuple[Indicator, Span],
                         parts: list[tuple[Indicator, Span]], budget: Decimal) -> Finding:
    """JX443 for a total that is not the sum of its parts (see ``_differs_from_parts``)."""
    unit = ctx.filing.amount_unit
    indicator, (low, _) = total_cost
    parts_low, parts_high = _sum(parts)
    at_budget = f"，而分项之和等于项目预算数 {plain(budget)}{unit}" if parts_low == parts_high == budget else ""
    return ctx.finding("JX443", f"{owner}的成本指标「{indicator.name}」是 {indicator.value}，{'小于' if parts_low > low else '大于'}"
                                f"其余 {len(parts)} 个成本指标之和 {_sum_text(parts)}{unit}{at_budget}",
                       indicator.path + ("指标值",), f"「{indicator.name}」应等于各分项之和：核对它或各项金额"
                       if SUM_LINE.search(indicator.name) else f"分项之和不会超过「{indicator.name}」：核对各项金额")


def _sum_text(costs: list[tuple[Indicator, Span]]) -> str:
    """A sum of costs as printed: 2 + 3 + 5 = 10."""
    return f"{' + '.join(_span_text(span) for _, span in costs)} = {_span_text(_sum(costs))}"


def _sum(costs: list[tuple[Indicator, Span]]) -> Span:
    """The ends of the sum of costs (a range if some are)."""
    return total(span[0] for _, span in costs), total(span[1] for _, span in costs)


@check(Code("JX444", WARNING, "成本指标只有定性描述",
            "项目或部门整体的成本指标写“控制在预算内”“是/否”这类话或一个百分比（成本控制率 100%），审核人无从核对：请写金额（≤12.80万元）或单位成本（≤500元/人）。",
            Example(COST % "{名称: 资金成本, 指标值: 控制在预算内}", "7:29"),
            Example(COST % "{名称: 资金成本, 指标值: ≤1.28万元}")))
def quantitative_costs(ctx: Context) -> Iterator[Finding]:
    """A 成本指标 that is only qualitative, or a percentage: a project's or the department's."""
    for indicator_set in ctx.indicator_sets:
        for indicator in indicator_set.indicators:
            amount_written = _AMOUNT.search(indicator.value)  # ≤10万元，节约率≥5% has one
            unfilled = indicator.parsed_value.kind == UNFILLED  # ≤万元: JX411
            if indicator.is_money_cost and not amount_written and not unfilled and (not _DIGIT.search(indicator.value)
                                                               or percentages_in(indicator.value)):
                yield ctx.finding("JX444", f"{indicator_set.owner}的成本指标「{indicator.name}」只写了「{indicator.value}」，"
                                           "没有用数字写的金额", indicator.path + ("指标值",),
                                  "写成本总额（如 ≤12.80万元）或单位成本（如 ≤500元/人）")
