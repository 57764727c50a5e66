"""Amounts as typed (JX301–JX306): not negative, not more decimals than the unit allows,
an amount written inside a project's name agrees with its 预算数, income is of the
sources the forms print, no amount is in a spreadsheet's scientific notation, and the
department's budget (资金) is written where the layout prints it."""

from __future__ import annotations

import difflib
import operator
import re
from functools import reduce
from typing import Iterator

from ..codes import Code, Example
from ..findings import ERROR, WARNING, Finding
from ..indicator_value import parse_value
from ..model import typed_amounts
from ..money import MAX_DECIMALS, more_or_less, plain
from ..views import LAYOUTS
from .registry import Context, check

# The income sources (收入性质) of the 年度预算申请, in print order.
INCOME_SOURCES = ("一般公共预算", "政府性基金拨款", "纳入专户管理的非税收入拨款", "其他资金")
_EXPONENT = re.compile(r"\d[eE][+-]?\d")
# An amount in a project's name that is a limit (5万元以下小额司法救助, 单笔不超过5万元的救助), or a part of
# the budget named apart or in brackets (经费70万元（含上级补助20万元）, 司法救助资金（中央补助20万元）), is no
# budget of the project
_LIMIT_AFTER = re.compile(r"\s*(?:及?以[下上内]|左右|起)")
_PART_BEFORE = re.compile(r"(?:(?:含|其中|包括|包含)[^，,。；;（(]{0,8}|不超过|不低于|不高于|不少于|不多于|最高|最低|[（(][^（()）]*)$")
# An amount in a project's name (临时救助85.4万): not a count in 万 of something else (2万亩,
# 1.2万户, 3万吨), nor a rate a head or a day (每生每天5元, 人均500元); a year's is (年均50万元).
_AMOUNT_IN_NAME = re.compile(r"(?<![\d.])(?<!每\S)(?<!每)(?<![人生户亩村校床次场件台日月]均)\d+(?:\.\d+)?\s*(?:亿元|万元|元|万(?![亩户人吨千平立公米株头只台套件个次册份张斤块辆床座所名口尾羽棵条箱袋盒支瓶剂粒片]))")


@check(Code("JX301", ERROR, "负数金额", "预算金额应为 0 或正数。",
            Example("项目:\n  - {名称: 扫黑除恶工作经费, 财政资金: -5.00}\n", "2:26"),
            Example("项目:\n  - {名称: 扫黑除恶工作经费, 财政资金: 5.00}\n")))
def negative_amounts(ctx: Context) -> Iterator[Finding]:
    """An amount below zero."""
    for path, amount in typed_amounts(ctx.filing):
        if amount < 0:
            yield ctx.finding("JX301", f"金额「{path[-1]}」不能是负数（写的是 {amount}）", path, "预算金额应为 0 或正数")


@check(Code("JX302", ERROR, "金额小数位太多", "以万元为单位最多 4 位小数（精确到元），以元为单位最多 2 位（精确到分）。",
            Example("项目:\n  - {名称: 扫黑除恶工作经费, 财政资金: 12.34567}\n", "2:26"),
            Example("项目:\n  - {名称: 扫黑除恶工作经费, 财政资金: 12.3457}\n")))
def too_many_decimals(ctx: Context) -> Iterator[Finding]:
    """More decimals than the unit allows."""
    unit = ctx.filing.amount_unit
    allowed = MAX_DECIMALS[unit]
    for path, amount in typed_amounts(ctx.filing):
        if -amount.as_tuple().exponent > allowed:
            yield ctx.finding("JX302", f"金额「{path[-1]}」小数位太多：{unit}最多 {allowed} 位小数，写的是 {amount}",
                              path, f"{unit}金额最多精确到 {allowed} 位小数")


@check(Code("JX303", WARNING, "项目名称里的金额与预算数不符",
            "项目名称里写了金额（如“临时救助85.4万”），它应与项目的预算数一致；不一致多半是改了金额忘了改名称。"
            "限额（5万元以下小额救助、单笔不超过5万元）和其中的一部分（含上级补助20万元、括号里的中央补助20万元）不算。",
            Example("项目:\n  - {名称: 临时救助85.4万, 财政资金: 80}\n", "2:10"),
            Example("项目:\n  - {名称: 临时救助85.4万, 财政资金: 85.4}\n")))
def amount_in_name(ctx: Context) -> Iterator[Finding]:
    """An amount written inside a project's name that differs from its 预算数 (several
    amounts that add up to it are its parts)."""
    unit = ctx.filing.amount_unit
    for project in ctx.filing.projects:
        named = [(m[0], parse_value(m[0]).in_unit(unit)) for m in _AMOUNT_IN_NAME.finditer(project.name)
                 if not _LIMIT_AFTER.match(project.name, m.end()) and not _PART_BEFORE.search(project.name[:m.start()])]
        amounts = [amount for _, amount in named if amount is not None]
        if len(amounts) > 1 and sum(amounts) == project.budget:
            continue  # 临时救助5万元、慰问3万元: the parts of the budget
        for written, amount in named:
            if amount is not None and amount != project.budget:
                yield ctx.finding(
                    "JX303", f"项目名称「{project.name}」里写的 {written} 与预算数 {plain(project.budget)}{unit} 不符，"
                             f"比预算数{more_or_less(amount - project.budget)}{unit}",
                    project.path + ("名称",), "改正名称里的金额，或核对财政资金和其他资金")


@check(Code("JX304", WARNING, "收入性质不是常用的四类",
            "收入按性质分为 一般公共预算、政府性基金拨款、纳入专户管理的非税收入拨款、其他资金；"
            "别的名称（多半是写错了字，如“其它资金”）照写照印，请核对。",
            Example("资金:\n  收入: {一般公共预算: 10.00, 其它资金: 1.00}\n  支出: {基本支出: 11.00}\n", "2:23"),
            Example("资金:\n  收入: {一般公共预算: 10.00, 其他资金: 1.00}\n  支出: {基本支出: 11.00}\n")))
def income_sources(ctx: Context) -> Iterator[Finding]:
    """An income source other than the four of the forms."""
    if ctx.filing.funds is None:
        return
    for source, _ in ctx.filing.funds.income:
        if source not in INCOME_SOURCES:
            close = difflib.get_close_matches(source, INCOME_SOURCES, n=1, cutoff=0.5)
            guess = f"，是否想写 {close[0]}？" if close else ""
            yield ctx.finding("JX304", f"收入性质「{source}」不是常用的四类之一{guess}", ("资金", "收入", source),
                              "常用的四类：" + "、".join(INCOME_SOURCES), at_key=True)


@check(Code("JX305", WARNING, "金额写成了科学计数法",
            "3.35612E+06 这样的写法多半是从电子表格复制来的：表格显示的是四舍五入后的数，原来的金额可能已经丢了几位。",
            Example("项目:\n  - {名称: 扫黑除恶工作经费, 财政资金: 1.28E+2}\n", "2:26"),
            Example("项目:\n  - {名称: 扫黑除恶工作经费, 财政资金: 128.00}\n")))
def scientific_notation(ctx: Context) -> Iterator[Finding]:
    """An amount written with an exponent (1.28E+2), as the document holds its text."""
    for path, amount in typed_amounts(ctx.filing):
        written = str(reduce(operator.getitem, path, ctx.document.data))
        if _EXPONENT.search(written):
            yield ctx.finding("JX305", f"金额「{path[-1]}」写成了科学计数法 {written}（即 {plain(amount)}）", path,
                              f"核对原始金额，写成普通的数，例如 {plain(amount)}")


@check(Code("JX306", WARNING, "没有写资金（年度预算申请）",
            "湖南版部门整体支出绩效目标表的“年度预算申请”印资金总额、按收入性质分和按支出性质分，都来自“资金”的收入和支出。"
            "不写“资金”，资金总额只能印各项目预算数之和（不含基本支出），收入、支出两栏空着。",
            Example("版式: 湖南\n项目:\n  - {名称: 办案经费, 财政资金: 10}\n", "1:1"),
            Example("版式: 湖南\n资金:\n  收入: {一般公共预算: 30}\n  支出: {基本支出: 20}\n项目:\n  - {名称: 办案经费, 财政资金: 10}\n")))
def department_budget_given(ctx: Context) -> Iterator[Finding]:
    """No 资金 in a filing whose layout prints the department's budget (湖南 年度预算申请)."""
    if ctx.filing.funds is not None or ("资金",) in LAYOUTS[ctx.filing.layout].not_printed:
        return
    unit = ctx.filing.amount_unit
    yield ctx.finding("JX306", f"版式「{ctx.filing.layout}」的年度预算申请要写“资金”（收入和支出），这份文件没有写：资金总额只能印各项目"
                               f"预算数之和 {plain(ctx.totals.budget)}{unit}（不含基本支出），按收入性质分、按支出性质分两栏空着",
                      ("版式",), "加上“资金:”，写收入各项（如 一般公共预算: 335.60）和“支出: {基本支出: …}”；项目支出由工具按各项目算出",
                      at_key=True)
