"""Texts printed as paragraphs: a paragraph of body text is ended by a blank line, not by a
line break (JX332); the items of a list the layout numbers carry no number of their own (JX333)."""

from __future__ import annotations

import re
from typing import Iterator

from ..codes import Code, Example
from ..findings import WARNING, Finding
from ..model import Filing, OverallGoals, Paragraphs, split_paragraphs
from ..views import LAYOUTS
from .registry import Context, check
from .unfinished import COMMENT_LIKE

SUMMARY = "整体绩效目标:\n  总体目标: |\n    一是维护社会稳定。\n%s    二是推进法治建设。\n"


@check(Code("JX332", WARNING, "段落里只换了行",
            "河北版第一部分的总体目标、分项目标和保障措施按段落排印，每段首行缩进两格，段落之间要空一行。"
            "只换了行的，印出来是同一段里换行：下一行顶格、不缩进。",
            Example(SUMMARY % "", "4:5"), Example(SUMMARY % "\n")))
def line_breaks_in_paragraphs(ctx: Context) -> Iterator[Finding]:
    """A line break inside a paragraph of a text the layout prints as body text."""
    if not LAYOUTS[ctx.filing.layout].body_text:
        return
    for path, what, text in _body_texts(ctx.filing.overall):
        for paragraph in split_paragraphs(text):
            # a "#" line is JX016's: a comment meant, not a line break
            lines = [line for line in paragraph.split("\n") if not COMMENT_LIKE.fullmatch(line.strip())]
            if len(lines) > 1:
                after = lines[1]
                yield ctx.finding("JX332", f"「{what}」有一段只换了行、没有空一行：「{after[:10]}」这一行印出来顶格、不缩进",
                                  path, "要分成两段，在两段之间空一行；确是同一段，就把两行接起来", within=after)


def _body_texts(overall: OverallGoals) -> Iterator[tuple[tuple, str, str]]:
    """The texts of 第一部分 that print as body text: where each is written (the item of a
    list), what the reader calls it, and the text."""
    section = ("整体绩效目标", "总体目标")
    for text in overall.summary.items:
        yield section, "总体目标", text
    section = ("整体绩效目标", "分项目标")
    for n, goal in enumerate(overall.sub_goals):
        for key, text in (("职责描述", goal.duty), ("绩效目标", goal.goal), ("绩效指标", goal.indicators)):
            yield (*section, n, key), "分项目标", text
    for text in overall.sub_goals_text.items:
        yield section, "分项目标", text
    section = ("整体绩效目标", "保障措施")
    for n, measure in enumerate(overall.measures):
        yield (*section, n) if overall.measures_numbered else section, "保障措施", measure.content


# A number a clerk typed before a list item (1.  1、 1） 2． （3） (3) 一、 一. 一） ① ⑴ Ⅰ、), as last year's
# text had it; not an amount (3.5万元; but 1.2023年 is a number before a year), nor numerals listed
# (3、4月份, 一、二年级: a 、 between numerals)
_LISTED_NUMERAL = r"(?![0-9０-９]{1,2}(?![0-9０-９])|[一二三四五六七八九十])"
_POINT = r"[.．](?:(?![0-9０-９])|(?=(?:19|20)[0-9]{2}\s*年))"
_OWN_NUMBER = re.compile(rf"\s*(?:[0-9０-９]{{1,2}}\s*(?:{_POINT}|、{_LISTED_NUMERAL}|[)）])"
                         r"|[（(]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[)）]"
                         rf"|[一二三四五六七八九十]{{1,3}}\s*(?:、{_LISTED_NUMERAL}|{_POINT}|[)）])|[①-⑳⑴-⒇]|[Ⅰ-Ⅻ]\s*[、.．])")
NUMBERED = "整体绩效目标:\n  总体目标:\n    - %s维护社会稳定。\n    - 推进法治建设。\n"


@check(Code("JX333", WARNING, "列表项自带编号",
            "逐条列出（每条以“- ”开头）的总体目标、绩效目标、实施期目标和部门职能，由工具按版式自动编号（1. 1、（1））；"
            "分项目标的名称和保障措施印作（一）（二）。自己再写编号，印出来就是“1.1.”“（一）（一）”。",
            Example(NUMBERED % "1.", "3:7"), Example(NUMBERED % "")))
def own_numbers_in_numbered_lists(ctx: Context) -> Iterator[Finding]:
    """A list item that begins with a number of its own where the layout numbers the items."""
    not_printed = LAYOUTS[ctx.filing.layout].not_printed
    for pattern, what, path, n, text in _numbered_items(ctx.filing):
        number = _OWN_NUMBER.match(text)
        if number and pattern not in not_printed:
            written = number.group().strip()
            yield ctx.finding("JX333", f"「{what}」第 {n + 1} 项开头写了编号「{written}」，编号由工具自动加，"
                                       "印出来会重复", path, f"删去开头的「{written}」", within=written)


def _numbered_items(filing: Filing) -> Iterator[tuple[tuple, str, tuple, int, str]]:
    """(the key's pattern in NOT_PRINTED, the list's name, the item's path, its index, its
    text) of each item of a list that a layout numbers: 1. 1、（1） before the items of a
    text listed, （一） before a 分项目标's 名称 and a 保障措施 (its 标题, or its 内容)."""
    overall = filing.overall
    lists = [(("整体绩效目标", "总体目标"), ("整体绩效目标", "总体目标"), overall.summary),
             (("部门职能",), ("部门职能",), Paragraphs(filing.duties, bool(filing.duties)))]
    for project in filing.projects:
        lists += [(("项目", "*", "绩效目标"), project.path + ("绩效目标",), project.goal),
                  (("项目", "*", "实施期目标"), project.path + ("实施期目标",), project.period_goal)]
    for pattern, path, paragraphs in lists:
        if paragraphs.numbered:
            for n, text in enumerate(paragraphs.items):
                yield pattern, path[-1], path + (n,), n, text
    sub_goals = ("整体绩效目标", "分项目标")
    for n, goal in enumerate(overall.sub_goals):
        yield sub_goals, "分项目标", (*sub_goals, n, "名称"), n, goal.name
    measures = ("整体绩效目标", "保障措施")
    if overall.measures_numbered:
        for n, measure in enumerate(overall.measures):
            yield measures, "保障措施", (*measures, n), n, measure.title or measure.content
