"""Completeness and structure of the indicator tables (JX401–JX410)."""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from .. import frameworks as fw
from ..codes import Code, Example
from ..findings import ERROR, WARNING, Finding
from ..indicator_value import NOTHING_WRITTEN, SPREADSHEET_ERROR, UNDECIDED, UNFILLED, says_nothing
from ..unseen import named_unseen
from ..views import LAYOUTS
from .registry import Context, check

PROJECT = "项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n"
GOAL = "    绩效目标: 持续推进扫黑除恶工作。\n"
QUANTITY_GROUP = "        数量指标:\n          - {名称: 宣传活动次数, 指标值: ≥3次, 依据: 年度工作计划}\n"
TREE = """\
    绩效指标:
      产出指标:
""" + QUANTITY_GROUP + """\
        %s:
          - {名称: 资金到位率, 指标值: ≥90%%, 依据: 计划标准}
      效益指标:
        社会效益指标:
          - {名称: %s, 指标值: 有效维护, 依据: 计划标准}
      满意度指标:
        服务对象满意度指标:
          - {名称: 群众满意度, 指标值: ≥90%%, 依据: 行业标准}
"""
GOOD = PROJECT + GOAL + TREE % ("质量指标", "社会稳定水平")
ONE_INDICATOR = PROJECT + "    绩效指标:\n      产出指标:\n        数量指标:\n          - {名称: 宣传活动次数, 指标值: \"%s\"}\n"
# What says a text is not written: a blank cell's mark, 无, or a word that says it is to come
# (依据: 无, 绩效目标: 暂无, 依据: 待定).
NONE_WRITTEN = NOTHING_WRITTEN + ("无",) + UNDECIDED


def _levels(indicators) -> dict[str, list[str]]:
    """一级 names of a set in order, each with its 二级 names in order."""
    levels: dict[str, list[str]] = {}
    for indicator in indicators:
        names = levels.setdefault(indicator.level1, [])
        if indicator.level2 not in names:
            names.append(indicator.level2)
    return levels


@check(Code("JX401", ERROR, "项目没有绩效目标", "每个项目都要写本年度绩效目标（河北、湖南版）。",
            Example(PROJECT + TREE % ("质量指标", "社会稳定水平"), "2:5"), Example(GOOD)),
       Code("JX402", ERROR, "没有绩效指标",
            "每个项目至少要有一个三级指标（河北、湖南版）；印部门整体绩效指标的版式（湖南、新疆版），"
            "整体绩效目标下也至少要有一个（新疆版只印部门整体的指标）。",
            Example(PROJECT + GOAL, "2:5"), Example(GOOD)))
def goals_and_indicators_present(ctx: Context) -> Iterator[Finding]:
    """Every printed project has a 绩效目标 and at least one indicator; so has the
    department where its indicators are printed."""
    layout = LAYOUTS[ctx.filing.layout]
    if layout.prints_department_indicators and not ctx.filing.overall.indicators:
        elsewhere = "（各任务下写的指标不印）" if not layout.prints_project_indicators else ""
        empty = _empty_indicators(ctx, ("整体绩效目标",))
        yield ctx.finding("JX402", f"版式「{ctx.filing.layout}」印部门整体的年度绩效指标，"
                                   + ("整体绩效目标的绩效指标却是空的，没有一个三级指标" if empty else "整体绩效目标下却没有写绩效指标"),
                          empty or ("整体绩效目标",),
                          ("在“绩效指标:”下按" if empty else "在“整体绩效目标:”下加上“绩效指标:”，按")
                          + f" 一级指标 → 二级指标 → 三级指标 写{elsewhere}", at_key=True)
    for project in ctx.filing.projects:
        if layout.prints_project_goals and all(item.strip() in NONE_WRITTEN for item in project.goal.items):
            written = bool(project.goal.items)
            yield ctx.finding("JX401", f"项目「{project.name}」没有绩效目标", project.path + (("绩效目标",) if written else ()),
                              "写明本年度要达到的产出和效果" if written else "加上“绩效目标: …”，写明本年度要达到的产出和效果",
                              at_key=not written)
        if layout.prints_project_indicators and not project.indicators:
            empty = _empty_indicators(ctx, project.path)
            yield ctx.finding("JX402", f"项目「{project.name}」没有绩效指标" + ("：绩效指标是空的，没有一个三级指标" if empty else ""),
                              empty or project.path,
                              ("在“绩效指标:”下" if empty else "加上“绩效指标:”，") + "至少写产出、效益和满意度指标各一个",
                              at_key=True)


def _empty_indicators(ctx: Context, owner: tuple) -> tuple | None:
    """The path of ``owner``'s 绩效指标 where it is written and has no indicator (``绩效指标: {}``,
    an 一级 with nothing under it), to be pointed at; None where it is not written."""
    path = owner + ("绩效指标",)
    return path if path in ctx.document.key_positions else None


def _required_level1(ctx: Context) -> tuple[str, ...]:
    required = (fw.OUTPUT, fw.BENEFIT, fw.SATISFACTION)
    return (fw.COST,) + required if ctx.framework.year == "2021" else required


@check(Code("JX403", WARNING, "缺少一级指标",
            "绩效指标应包括产出、效益和满意度指标（2021 指标体系还有成本指标）。内部管理类项目可以没有满意度指标，"
            "所以只是警告。",
            Example(PROJECT + GOAL + TREE.split("      满意度指标")[0] % ("质量指标", "社会稳定水平"), "5:5"),
            Example(GOOD)))
def level1_present(ctx: Context) -> Iterator[Finding]:
    """A set lacks one of 产出 / 效益 / 满意度 (and 成本 under 2021)."""
    for indicator_set in ctx.indicator_sets:
        if not indicator_set.indicators:
            continue
        present = {fw.canonical(i.level1) for i in indicator_set.indicators}
        present |= {ctx.framework.parent(i.level2) for i in indicator_set.indicators}  # misplaced: JX407
        missing = [name for name in _required_level1(ctx) if name not in present]
        if missing:
            yield ctx.finding("JX403", f"{indicator_set.owner}的绩效指标缺少{'、'.join(missing)}", indicator_set.path,
                              f"按 {ctx.framework.year} 指标体系补上；确实没有的（如内部管理项目的满意度）"
                              f"可用“接受警告”写明理由", at_key=True)


@check(Code("JX404", WARNING, "产出指标不全", "产出指标应有数量指标，并至少有质量或时效指标之一。",
            Example(PROJECT + GOAL + TREE.replace(QUANTITY_GROUP, "") % ("质量指标", "社会稳定水平"), "6:7"),
            Example(GOOD)))
def outputs_complete(ctx: Context) -> Iterator[Finding]:
    """产出指标 without a 数量指标, or without any of 质量 / 时效."""
    for indicator_set in ctx.indicator_sets:
        for level1, level2s in _levels(indicator_set.indicators).items():
            if fw.canonical(level1) != fw.OUTPUT:
                continue
            present = {fw.canonical(name) for name in level2s}
            missing = [] if fw.QUANTITY in present else [fw.QUANTITY]
            if not present & {fw.QUALITY, fw.TIMELINESS}:
                missing.append(f"{fw.QUALITY}或{fw.TIMELINESS}")
            if missing:
                yield ctx.finding("JX404", f"{indicator_set.owner}的产出指标没有{'，也没有'.join(missing)}",
                                  indicator_set.path + (level1,), "产出指标要说清做多少（数量）、做到什么程度（质量）或何时完成（时效）",
                                  at_key=True)


MIN_INDICATORS = 3


@check(Code("JX405", WARNING, "三级指标太少", f"一个项目少于 {MIN_INDICATORS} 个三级指标，难以全面反映绩效目标。",
            Example(PROJECT + GOAL + "    绩效指标:\n      产出指标:\n        数量指标:\n"
                    "          - {名称: 宣传次数, 指标值: ≥3次, 依据: 计划标准}\n", "5:5"),
            Example(GOOD)))
def enough_indicators(ctx: Context) -> Iterator[Finding]:
    """Fewer than three 三级指标 in a set."""
    for indicator_set in ctx.indicator_sets:
        if 0 < len(indicator_set.indicators) < MIN_INDICATORS:
            yield ctx.finding("JX405", f"{indicator_set.owner}只有 {len(indicator_set.indicators)} 个三级指标，"
                                       f"少于 {MIN_INDICATORS} 个", indicator_set.path,
                              "补充能反映产出、效益和满意度的指标", at_key=True)


@check(Code("JX406", WARNING, "指标名称不在指标体系中",
            "一级、二级指标的名称应按所选指标体系（2015 或 2021）填写；效果指标、环境效益指标、"
            "社会公众或服务对象满意度指标等常见同义写法可以直接使用。写错的会提示最接近的正确名称。",
            Example(PROJECT + GOAL + TREE % ("数最指标", "社会稳定水平"), "9:9"), Example(GOOD)),
       Code("JX407", WARNING, "二级指标放错了一级指标",
            "二级指标名称正确，但属于另一个一级指标，例如把服务对象满意度指标写在效益指标下。",
            Example(PROJECT + GOAL + TREE.replace("      满意度指标:\n", "") % ("质量指标", "社会稳定水平"), "14:9"),
            Example(GOOD)))
def names_in_framework(ctx: Context) -> Iterator[Finding]:
    """一级 and 二级 names outside the selected framework, with the nearest valid name."""
    framework = ctx.framework
    for indicator_set in ctx.indicator_sets:
        for level1, level2s in _levels(indicator_set.indicators).items():
            path1 = indicator_set.path + (level1,)
            if fw.canonical(level1) not in framework.level1_names:
                yield _unknown_name(ctx, "一级", level1, framework.level1_names, path1)
            for level2 in level2s:
                parent = framework.parent(level2)
                if parent is None:
                    yield _unknown_name(ctx, "二级", level2, framework.level2_names, path1 + (level2,))
                elif parent != fw.canonical(level1) and fw.canonical(level1) in framework.level1_names:
                    yield ctx.finding("JX407", f"二级指标「{level2}」属于{parent}，不属于{level1}", path1 + (level2,),
                                      f"把「{level2}」移到「{parent}」下面", at_key=True)


def _unknown_name(ctx: Context, level: str, name: str, choices: tuple[str, ...], path: tuple) -> Finding:
    year = ctx.framework.year
    other = "2021" if year == "2015" else "2015"
    shown = named_unseen(name)  # 产出指标 with a no-break space looks like 产出指标
    message = f"{level}指标「{shown}」不在 {year} 指标体系中"
    in_other = fw.canonical(name) in (fw.framework(other).level1_names if level == "一级" else fw.framework(other).level2_names)
    parent = ctx.framework.parent(name) if level == "一级" else None  # 成本指标, a 二级 of 产出指标 in 2015
    close = None if in_other or parent else fw.nearest(name, choices)
    if close:
        message += f"，是否想写 {close}？"
    elif parent:
        message += f"：{year} 体系里它是{parent}下的二级指标"
    hint = f"{year} 指标体系的{level}指标：{'、'.join(choices)}"
    if shown != name:
        hint = "名称里有看不见或像空格的字符（⟨⟩里写出的）：删去它，用键盘重新打出名称"
    elif in_other:
        hint = f"「{name}」是 {other} 指标体系的{level}指标：若按 {other} 体系填报，请在文件开头写“指标体系: {other}”"
        hint += (f"；按 {year} 体系，它是「{parent}」下的二级指标：三级指标直接列在「{parent}: → {name}:」下面，"
                 f"去掉中间的二级指标一层") if parent else ""
    return ctx.finding("JX406", message, path, hint, at_key=True)


@check(Code("JX408", WARNING, "三级指标重名", "同一个项目里同名的三级指标多半是重复粘贴，或该写两个不同的指标。"
            "只差全角半角（线索核查率（%）和线索核查率(%)）或空格的也是同名。",
            Example(PROJECT + GOAL + TREE % ("质量指标", "群众满意度"), "16:18"), Example(GOOD)))
def repeated_indicator_names(ctx: Context) -> Iterator[Finding]:
    """The same 三级 name twice in one set."""
    for indicator_set in ctx.indicator_sets:
        first: dict[str, object] = {}
        for indicator in indicator_set.indicators:
            key = _comparable_name(indicator.name)
            if key in first:
                earlier = first[key]
                spelled = f"写作「{earlier.name}」，" if earlier.name != indicator.name else ""
                yield ctx.finding("JX408", f"{indicator_set.owner}的三级指标「{indicator.name}」重复出现"
                                           f"（第一次{spelled}在 {earlier.level1} / {earlier.level2} 下，"
                                           f"第 {ctx.document.locate(earlier.path).line} 行）",
                                  indicator.path + ("名称",), "删除重复的一条，或把两条写成不同的指标")
            first.setdefault(key, indicator)


def _comparable_name(name: str) -> str:
    """A name as compared for sameness: full-width brackets, signs and digits as half-width
    (线索核查率（%） is 线索核查率(%)), without spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


# What is done about what people are not satisfied with (群众不满意事项整改率, 不满意问题办结率, 12345不满意工单办结率):
# a 效益, not a 满意度, unless the name measures a satisfaction too (不满意事项整改后群众满意率)
_DISSATISFACTION_DEALT_WITH = re.compile(r"不满意(?:的)?(?:事项|问题|意见|诉求|事件|件|工单)")
_SATISFACTION_TOO = re.compile(r"(?<!不)满意(?:度|率)\s*(?:[（(]\s*[%％]\s*[)）])?$")  # at its end: not 满意度调查…整改率


@check(Code("JX409", WARNING, "满意度写在效益指标下", "名称里有“满意”的指标属于满意度指标，不属于效益指标；"
            "不满意事项（问题）的整改率、办结率这类说的是把不满意的事办好，不查。",
            Example(PROJECT + GOAL + TREE % ("质量指标", "群众满意率"), "13:18"), Example(GOOD)))
def satisfaction_under_benefit(ctx: Context) -> Iterator[Finding]:
    """A 效益 indicator whose name says 满意."""
    for indicator_set in ctx.indicator_sets:
        for indicator in indicator_set.indicators:
            if fw.canonical(indicator.level1) == fw.BENEFIT and "满意" in indicator.name \
                    and not (_DISSATISFACTION_DEALT_WITH.search(indicator.name)
                             and not _SATISFACTION_TOO.search(indicator.name)) \
                    and "满意" not in indicator.level2:  # a 满意度 二级 under 效益 is JX406/JX407
                yield ctx.finding("JX409", f"指标「{indicator.name}」是满意度，不应写在{indicator.level1}下",
                                  indicator.path + ("名称",), f"把它移到“{fw.SATISFACTION}: {fw.SERVICE_SATISFACTION}:”下面")


@check(Code("JX410", ERROR, "指标值确定依据空着",
            "河北版的指标值确定依据、湖南版的绩效标准不能空着：常用 计划标准、行业标准、历史标准、其他标准，"
            "或写明依据的文件（年度工作计划、文件号）。可以在项目上写一次“依据”，各指标共用。",
            Example(GOOD.replace(", 依据: 年度工作计划}", "}"), "8:13"), Example(GOOD)))
def basis_given(ctx: Context) -> Iterator[Finding]:
    """An empty 指标值确定依据 / 绩效标准 where the layout prints the column."""
    if not LAYOUTS[ctx.filing.layout].basis_column:
        return
    for indicator_set in ctx.project_sets:
        project = indicator_set.project
        shared = project.basis.strip()
        sharing = [i for i in indicator_set.indicators if i.shares_basis]
        if shared and _blank_basis(shared) and sharing:  # 依据: 无 on the project: said once, there
            yield ctx.finding("JX410", f"{indicator_set.owner}的“依据”写的是「{shared}」，共用它的指标都没有指标值确定依据",
                              project.path + ("依据",), "写出依据，例如“依据: 计划标准”，或在各指标上分别写")
        for indicator in indicator_set.indicators:
            if _blank_basis(indicator.basis) and not (shared and indicator in sharing):
                yield ctx.finding("JX410", f"{indicator_set.owner}的指标「{indicator.name}」没有指标值确定依据",
                                  indicator.path, "在指标上写“依据: 计划标准”，或在项目上写一次“依据: …”供各指标共用")


def _blank_basis(basis: str) -> bool:
    return basis.strip() in NONE_WRITTEN


@check(Code("JX411", ERROR, "指标值没有写出目标值",
            "指标值写的是“/”“-”“——”这类表示空着的符号（多半是从电子表格复制来的空格子），"
            "“待定”“暂无”“另定”“未定”“另行确定”“暂未确定”“尚未确定”“待补充”（加了括号或句号的也算），"
            "没填数字的模板（只有 ≥ 或单位：≥%、≥ 次、万元；数字写成 X 或横线：X%、≥__%；日期缺数字：年 月 日前、"
            "2023年12月 日前、____年__月__日前、20XX年12月31日前），"
            "或电子表格的错误值（#N/A、#DIV/0!、#VALUE!、#REF!）：要写出目标值。",
            Example(ONE_INDICATOR % "≥%", "7:31"), Example(ONE_INDICATOR % "≥3次")))
def value_given(ctx: Context) -> Iterator[Finding]:
    """A 指标值 that says nothing yet: a blank cell's mark, 待定, a template not filled in,
    a spreadsheet's error value."""
    for indicator_set in ctx.indicator_sets:
        for indicator in indicator_set.indicators:
            if indicator.parsed_value.kind != UNFILLED:
                continue
            said, hint = _unfilled(indicator.parsed_value.text, ctx.filing.year)
            yield ctx.finding("JX411", f"{indicator_set.owner}的指标「{indicator.name}」的指标值「{indicator.value}」{said}",
                              indicator.path + ("指标值",), hint)


def _unfilled(value: str, year: int) -> tuple[str, str]:
    """What is wrong with a 指标值 that says nothing yet, and how to write it."""
    example = f"写出目标值，例如 ≥3次、≥90%、{year}年12月底前"
    if SPREADSHEET_ERROR.fullmatch(value):
        return "是电子表格的错误值（公式没有算出结果），没有写出目标值", "回到电子表格核对公式；" + example
    if says_nothing(value):
        return "没有写出目标值", example
    return "是没填数字的模板，没有写出目标值", example
