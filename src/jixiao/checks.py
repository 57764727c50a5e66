"""Review rules (审核要点) as small registered functions, each returning findings.

A rule takes the model, its computed totals and the document (for locations) and
yields findings; every rule runs, none stops at the first problem. Good and bad examples of
each rule are in ``tests/test_checks.py``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Iterator

from .findings import ERROR, WARNING, Finding
from .load import Document
from .model import SPENDING_CHECKPOINTS, Filing
from .money import as_written, plain
from .totals import Totals
from .views import LAYOUTS

Rule = Callable[[Filing, Totals, Document], Iterator[Finding]]
RULES: list[Rule] = []

# Most decimals an amount may have, by 金额单位.
MAX_DECIMALS = {"万元": 4, "元": 2}
PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]?")


def rule(function: Rule) -> Rule:
    """Register a review rule."""
    RULES.append(function)
    return function


def run_checks(filing: Filing, totals: Totals, document: Document) -> list[Finding]:
    """Every finding of every registered rule, in the order of the file."""
    findings = [finding for check in RULES for finding in check(filing, totals, document)]
    return sorted(findings, key=lambda f: (f.location.line, f.location.column))


def _mismatch(code: str, what: str, typed: Decimal, computed: Decimal, how: str,
              location, hint: str) -> Finding:
    """A typed figure that differs from the computed one: both figures and the difference."""
    return Finding(code, ERROR,
                   f"{what}写的是 {as_written(typed)}，但{how}是 {plain(computed)}，相差 {plain(typed - computed)}",
                   location, hint)


@rule
def typed_budgets(filing: Filing, totals: Totals, document: Document) -> Iterator[Finding]:
    """JX201: a typed 预算数 must equal 财政资金 + 其他资金 (bad: 10.00 + 0.10 typed as 10.00)."""
    for project in filing.projects:
        if project.typed_budget is not None and project.typed_budget != project.budget:
            yield _mismatch("JX201", f"项目「{project.name}」的预算数", project.typed_budget, project.budget,
                            "财政资金 + 其他资金", document.locate(project.path + ("预算数",)),
                            "预算数由工具计算，可以删除这一行；若预算数是对的，请改正财政资金或其他资金")


@rule
def typed_project_expense(filing: Filing, totals: Totals, document: Document) -> Iterator[Finding]:
    """JX202: a typed 项目支出 must equal the sum of the projects' 预算数."""
    typed = filing.funds.typed_project_expense if filing.funds else None
    if typed is not None and typed != totals.project_expense:
        yield _mismatch("JX202", "项目支出", typed, totals.project_expense, "各项目预算数之和",
                        document.locate(("资金", "支出", "项目支出")),
                        "项目支出由工具按各项目计算，可以删除这一行；否则请核对各项目金额")


@rule
def balanced_department_budget(filing: Filing, totals: Totals, document: Document) -> Iterator[Finding]:
    """JX203: 资金总额 = Σ 收入 must equal 基本支出 + 项目支出."""
    if filing.funds is None:
        return
    expense = totals.basic_expense + totals.project_expense
    if totals.income != expense:
        yield _mismatch("JX203", "收入合计（资金总额）", totals.income, expense, "基本支出 + 项目支出",
                        document.locate(("资金", "收入")),
                        f"基本支出 {plain(totals.basic_expense)} + 项目支出 {plain(totals.project_expense)}"
                        f" = {plain(expense)}：请核对收入各项或基本支出")


def _amounts(filing: Filing) -> Iterator[tuple[tuple, Decimal]]:
    """(path, amount) for every amount typed in the filing."""
    for project in filing.projects:
        for key, amount in (("财政资金", project.fiscal_amount), ("其他资金", project.other_amount),
                            ("预算数", project.typed_budget)):
            if amount is not None:
                yield project.path + (key,), amount
    if filing.funds is not None:
        for source, amount in filing.funds.income:
            yield ("资金", "收入", source), amount
        yield ("资金", "支出", "基本支出"), filing.funds.basic_expense
        if filing.funds.typed_project_expense is not None:
            yield ("资金", "支出", "项目支出"), filing.funds.typed_project_expense


@rule
def negative_amounts(filing: Filing, totals: Totals, document: Document) -> Iterator[Finding]:
    """JX301: an amount below zero (bad: `财政资金: -5.00`; good: `财政资金: 5.00`)."""
    for path, amount in _amounts(filing):
        if amount < 0:
            yield Finding("JX301", ERROR, f"金额「{path[-1]}」不能是负数（写的是 {amount}）",
                          document.locate(path), "预算金额应为 0 或正数")


@rule
def too_many_decimals(filing: Filing, totals: Totals, document: Document) -> Iterator[Finding]:
    """JX302: more decimals than the unit allows (万元: 4, 元: 2; bad: `12.34567` 万元)."""
    allowed = MAX_DECIMALS[filing.amount_unit]
    for path, amount in _amounts(filing):
        if -amount.as_tuple().exponent > allowed:
            yield Finding("JX302", ERROR,
                          f"金额「{path[-1]}」小数位太多：{filing.amount_unit}最多 {allowed} 位小数，写的是 {amount}",
                          document.locate(path), f"{filing.amount_unit}金额最多精确到 {allowed} 位小数")


def _percent(written: str) -> Decimal | None:
    """A checkpoint's cumulative percentage (``25`` or ``25%``), or None if it is not one of 0–100."""
    match = PERCENT.fullmatch(written)
    value = Decimal(match.group(1)) if match else None
    return value if value is not None and value <= 100 else None


@rule
def spending_plan(filing: Filing, totals: Totals, document: Document) -> Iterator[Finding]:
    """JX311–JX314: a 资金支出计划 is cumulative: each checkpoint 0–100, never lower than
    the one before, the last 100 (bad: `{3月底: 50%, 6月底: 40%, …}`)."""
    for project in filing.projects:
        previous: tuple[str, Decimal, str] | None = None  # the last readable checkpoint
        for checkpoint, written in project.spending_plan:
            path = project.path + ("支出计划", checkpoint)
            if written is None:
                yield Finding("JX314", WARNING, f"项目「{project.name}」的支出计划 {checkpoint} 没有填写",
                              document.locate_key(path), "填写到该时点累计支出的百分比")
                continue
            value = _percent(written)
            if value is None:
                yield Finding("JX311", ERROR,
                              f"项目「{project.name}」的支出计划 {checkpoint} 应是 0% 到 100% 之间的百分比，写的是「{written}」",
                              document.locate(path), "写成 25% 或 25")
                continue
            if previous is not None and value < previous[1]:
                yield Finding("JX312", ERROR,
                              f"项目「{project.name}」的支出计划是累计数，{checkpoint} 的 {written} 低于 {previous[0]} 的 {previous[1]}%",
                              document.locate(path), "每个时点填到该时点为止的累计支出百分比")
            previous = (checkpoint, value, written)
        if previous is not None and previous[0] == SPENDING_CHECKPOINTS[-1] and previous[1] != 100:
            yield Finding("JX313", ERROR,
                          f"项目「{project.name}」的支出计划 {previous[0]} 应为 100%，写的是「{previous[2]}」",
                          document.locate(project.path + ("支出计划", previous[0])), "年底应支出完毕：写 100%")


@rule
def repeated_projects(filing: Filing, totals: Totals, document: Document) -> Iterator[Finding]:
    """JX321 / JX322: two projects with the same 编码 (error) or the same 名称 (warning)."""
    seen_codes: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    for number, project in enumerate(filing.projects, start=1):
        if project.code and project.code in seen_codes:
            yield Finding("JX321", ERROR, f"项目编码 {project.code} 与第 {seen_codes[project.code]} 个项目重复",
                          document.locate(project.path + ("编码",)), "每个项目的编码应唯一")
        if project.name in seen_names:
            yield Finding("JX322", WARNING, f"项目名称「{project.name}」与第 {seen_names[project.name]} 个项目重复",
                          document.locate(project.path + ("名称",)), "若确是两个项目，可在名称里注明区别")
        seen_codes.setdefault(project.code, number)
        seen_names.setdefault(project.name, number)


def _present(data, pattern: tuple[str, ...], path: tuple = ()) -> Iterator[tuple]:
    """Paths in ``data`` that match ``pattern`` ("*" matches any list item)."""
    if not pattern:
        yield path
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*" and isinstance(data, list):
        for index, item in enumerate(data):
            yield from _present(item, rest, path + (index,))
    elif isinstance(data, dict) and data.get(head) is not None:
        yield from _present(data[head], rest, path + (head,))


@rule
def keys_the_layout_does_not_print(filing: Filing, totals: Totals, document: Document) -> Iterator[Finding]:
    """JX330: a key that the selected 版式 has no place for (bad: 部门职能 in a 河北 filing):
    it is valid, but nothing of it reaches the printed document."""
    for pattern in LAYOUTS[filing.layout].not_printed:
        for path in _present(document.data, pattern):
            yield Finding("JX330", WARNING, f"版式「{filing.layout}」的表格里没有「{path[-1]}」这一项，它不会印出来",
                          document.locate_key(path), "若内容要出现在文本里，请写到这个版式有的栏目中；否则可以删除")
