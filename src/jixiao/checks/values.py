"""What 指标值 say (JX421–JX432): percentages, units, operators, directions, dates,
the share of quantitative indicators and the weights."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

from .. import frameworks as fw
from ..codes import Code, Example
from ..chinese_numerals import spoken_amount
from ..deadlines import dated_years, deadlines, in_figures, names_this_year
from ..findings import ERROR, WARNING, Finding
from ..indicator_value import AT_LEAST, AT_MOST, CHANGE, DATE, QUANTITY, RANGE, UNFILLED, percentages_in
from ..model import Indicator
from ..money import more_or_less, plain
from .costs import SUM_LINE, TOTAL
from .registry import Context, check

ONE = "项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n    绩效指标:\n      %s:\n        %s:\n          - %s\n"

# Names of measures that have no unit: an index, a coefficient or a pH (农村公路技术状况指数（MQI）,
# 农田灌溉水有效利用系数, 空气质量综合指数, 出水pH值).
_UNITLESS = re.compile(r"(?:指数|系数|[pPｐＰ][hHｈＨ]值?)\s*(?:[(（]\s*[A-Za-z]{2,6}\s*[)）])?\s*$")
# Names that say an indicator is a rate, so a bare number is a percentage…
_RATE = re.compile(r"率|比例|比重|占比|到位|满意度|覆盖面")
# …but for a rate per so many people (每万人刑事案件发案率 ≤300, 十万人口死亡率), whose name says its unit
# as ≤200/10万 does in the value
_PER_POPULATION = re.compile(r"[十百千万]\s*人口?(?!次)")
# Names that say an indicator is better when lower (反向) or higher (正向); a reduction
# (投诉减少率) is better when higher.
_REDUCTION = re.compile(r"减少|下降|降低|缩短|压缩|节约|节省")
# satisfaction is the more the better, whatever it is with (投诉处理满意度, 事故处理满意度)
_SATISFIED = re.compile(r"(?<!不)满意")
# Work done on a thing, mostly a bad one (投诉处理, 隐患督办, 水土流失治理, 闲置资产盘活, 死亡评审):
# how much of it is done is the more the better, whatever it is done on; so is an exercise
# against it (事故应急演练), though not the time it takes
_HANDLING = ("处理|办理|办结|排除|修复|维修|处置|解决|响应|结案|查处|整改|化解|回复|答复|受理|侦破|消除|销号|打击|息诉"
             "|治理|整治|督办|盘活|评审|防控|防治|排查|核查|劝返|召回|清收|补报|恢复|更换|发放|审批|审核")
# …measured by its rate (投诉处理率), its count or extent (整治数量, 演练次数, 治理面积), or the
# name is the doing itself (打击违法犯罪活动, 安全事故应急演练)
_DONE = r"(?:及时)?率|(?:次|件|处|个|人|户|家)?数量?|人次|面积|长度|里程|程?度"
_DEALT_WITH = re.compile(rf"(?:{_HANDLING}|演练)(?:{_DONE}|$)|^(?:{_HANDLING})")
# …but the rate of what was not dealt with (问题未整改率) is the less the better, and so is
# the time it takes (受理响应时间, 办结时限)
_NOT_DEALT_WITH = re.compile(rf"未\S{{0,3}}(?:{_HANDLING})率?")
# …and so is work done badly (逾期办理件数, 重复发放人数, 资金违规发放率, 超时办结件数)
_BADLY_DEALT_WITH = re.compile(rf"(?:逾期|超期|超时|重复|违规|违法|错误|延迟|迟)未?(?:{_HANDLING})(?:{_DONE}|$)")
_TIME_TAKEN = re.compile(rf"(?:{_HANDLING}|等待|办事|完成)(?:时间|时长|时限|用时|周期|天数)")
# How much of an activity is done says no way (宣传次数, 培训人次), whatever it is about: the bad
# thing before it is its subject (安全事故防范宣传次数), not what is measured
_ACTIVITY = re.compile(rf"(?:宣传|培训|检查|巡查|督查|督导|走访|慰问|调研|会议|活动)(?:{_DONE})")
# What is measured is bad: incidents, harm, errors, waste and delays (the use of antibiotics and
# of farm chemicals too, while 设备使用率, 基本药物使用率 and 有机肥使用量 are not; 达标排放 is good)
_LOWER_IS_BETTER = re.compile(r"不满意|故障|发案|投诉|事故|差错|失误|发生率|超支|违规|复发|误报|[错漏][报检保损]|死亡|损失|逾期"
                              r"|闲置|空置|炒作|错案|重复信访|信访(?:量|数|件|率|人次)|上访|犯罪(?:率|案件|数|事件|人数)|再犯|病死|药占比|自付"
                              r"|超期|超时|流失|返工|偏差|发病|污染|(?<!负氧离子)(?<!溶解氧)浓度|(?<!达标)排放|超标|失业|辍学|剖宫产"
                              r"|(?:抗菌|抗生素|激素|输液|农药|化肥)\S{0,3}使用[率量]|用水(?:总)?量|能耗"
                              r"|错误|驳回|不通过|遗漏|延迟|延误"
                              # the rate or count of people under supervision lost or relapsing, of settlements gone
                              # back on, of petitions repeated, at the end of the name (复吸人员管控率, 戒断三年未复吸
                              # 人员比例 and 脱管漏管人员查找率 measure something else)
                              r"|(?:漏管|脱管|失管|脱岗|复吸|反悔|重复)(?:率|人数|人次)$")
# …but not what did not go so (吸毒人员未复吸率, 社区矫正对象不脱管率): the more the better
_NOT_LOST = re.compile(r"[未不](?:漏管|脱管|失管|脱岗|复吸|反悔|重复)(?:率|人数|人次)$")
_HIGHER_IS_BETTER = re.compile(r"完成|及时|到位|覆盖|合格|达标|知晓|处置|解决|执行|准确|完好|破案|使用率|利用率"
                               r"|稳控|纠正|追回|挽回|管理率|巩固|接种|优良|普及|参保|就业|[入复]学|入园|保护|防洪|设防"
                               r"|到达|火化|负氧离子|溶解氧"
                               # the rate of mediation that succeeds (not a fraud's: 电信诈骗成功率) and is kept to, of
                               # people and devices taking part, at work, online, at the end of the name; backlogs cleared
                               r"|(?<!诈骗)(?<!作案)(?<!犯罪)成功率$|(?:履行|参与|在岗|联网|在线)率$|参与度$|清零")
# Incidents and crimes (刑事案件, 涉及国家政治安全案（事）件, 暴恐案（事）件, 群体性事件, 邪教事件) and petitions
# taken past the proper level (进京非访人数), measured at the end of the name, are the fewer the better…
_INCIDENT = r"(?:刑事|治安|邪教)案件|案\s*[（(]\s*事\s*[)）]\s*件|群体性事件|邪教事件|非访|越级访"
_COUNTED_INCIDENTS = rf"(?:{_INCIDENT})(?:发生)?[起件人]?(?:{_DONE})?$"
_INCIDENTS = re.compile(_COUNTED_INCIDENTS)
# …but those solved, prosecuted, tried or defended are the more the better (查处刑事案件数, 破获刑事案件数,
# 侦办刑事案件, 审结刑事案件, 法律援助刑事案件; 破案数, 案件办结率 and 事件处置率 are so by their last word)
# (not 立案: 立案刑事案件数 counts the crimes recorded, fewer the better)
_INCIDENTS_DEALT_WITH = re.compile(rf"(?:{_HANDLING}|破获|侦办|侦查|起诉|公诉|审结|审理|(?<!^)立案侦查|法律援助)\S*?{_COUNTED_INCIDENTS}")
# …and so is what was not done well (任务未完成率, 产品不合格率, 考核未达标率, 调解不成功率, 网格员不在岗率; 不 right
# before the last five: 不间断在岗率 is the more the better)
_NOT_DONE = re.compile(r"[未不]\S{0,2}?(?:完成|合格|达标|到位|及时|准确|执行)率?|[未不](?:成功|履行|在岗|联网|在线)率?")
# What is given, per head or as a standard (生均公用经费, 人均补助水平, 补贴标准, 城乡低保标准, 高龄津贴,
# 特困人员供养金, 低保金发放标准), says no way: a floor is as usual as a ceiling, even under 成本指标
_AID = "补助|补贴|资助|救助|扶助|奖补|奖励|抚恤|津贴|保障|低保|公用经费|供养"
_GIVEN = re.compile(rf"(?:{_AID})\S{{0,2}}(?:标准|水平)|均\S{{0,2}}(?:{_AID})|发放标准")
# …and so is aid paid per head, per household or per mu (见义勇为奖励 ≥1万元/人, 耕地保护补贴 ≥100元/亩),
# unlike a cost per head (人均培训成本 ≤500元/人), and aid named as such (高龄津贴, 特困人员供养金) but for a
# total of it in 万元 (公益性岗位补贴 ≤50万元: a cost)
_PER_HEAD = re.compile(r"[/／]\s*(?:人|户|亩|名|生)")
_AIDED = re.compile(_AID)
_AID_PAID = re.compile(r"(?:补助|补贴|津贴|[奖励救助供养抚恤]金)$")
_TOTALS = ("万元", "万", "亿元")
# The word nearest the end of a name says which way (处理差错率: 差错; 时限达标率: 达标; 事故应急演练次数:
# 演练次数); where two end together the one listed first says (问题未整改率: 未整改, not 整改率).
_WAYS = ((_SATISFIED, "正向"), (_NOT_DEALT_WITH, "反向"), (_NOT_DONE, "反向"), (_NOT_LOST, "正向"), (_REDUCTION, "正向"),
         (_TIME_TAKEN, "反向"),
         (_BADLY_DEALT_WITH, "反向"), (_DEALT_WITH, "正向"), (_INCIDENTS_DEALT_WITH, "正向"), (_LOWER_IS_BETTER, "反向"),
         (_INCIDENTS, "反向"), (_HIGHER_IS_BETTER, "正向"), (_ACTIVITY, ""), (_GIVEN, ""))
SATISFACTION_FLOOR = Decimal(80)
# A name that says satisfaction is what it measures (受助群众满意率, 服务对象满意度（%）); and one that counts
# (满意度调查次数, 回访人数), which is no rate whatever it counts
_SATISFACTION_RATE = re.compile(r"(?<!不)满意(?:度|率|程度)?\s*(?:[（(]\s*[%％]\s*[)）])?$")
_COUNTS = re.compile(r"(?:[次件处个人户家场份]数|人次|场次|数量)\s*(?:[（(][^（()）]*[)）])?$")
# Rates that may fall below zero: a change (增长率, 下降率, 增幅, 发案率同比, 死亡率较上年), a deviation
# (偏差率, 误差率) or a gain that may be a loss (利润率, 收益率).
_MAY_BE_NEGATIVE = re.compile(rf"{_REDUCTION.pattern}|增长|增幅|增加|增减|提高|提升|上升|升降|降幅|变化|变动|偏差|误差|波动"
                              r"|同比|环比|[较比](?:上|去)年|利润率|收益率")


# A name that measures a change, which may be more than 100% (增长率, 破案率提高, 较上年, 同比); not one whose verb
# says what is to rise (提高群众满意度: a 满意度 all the same)
_A_CHANGE = re.compile(r"(?:增长|下降|减少|降低|提高|提升|上升|变化|变动)(?:率|幅度?)|增幅|降幅|率\S{0,4}(?:提高|提升|增长|下降|减少|降低)"
                       r"|同比|环比|[较比](?:上|去)年|偏差|误差|波动|利润率|收益率")


def _indicators(ctx: Context) -> Iterator[tuple[str, Indicator]]:
    """(owner, indicator) for every indicator of every printed table."""
    for indicator_set in ctx.indicator_sets:
        for indicator in indicator_set.indicators:
            yield indicator_set.owner, indicator


def _value_path(indicator: Indicator) -> tuple:
    return indicator.path + ("指标值",)


def _negative_rate(indicator: Indicator) -> bool:
    """A rate that cannot fall below zero (到位率, 满意度, 完成率) written as a negative percentage."""
    value = indicator.parsed_value  # -90%, -10%～5%; not ≥90%（较上年-5%）, whose -5% is a remark's
    negative = value.kind != CHANGE and value.number is not None and value.number < 0
    return (negative and value.percentages[:1] == [value.number] and _RATE.search(indicator.name) is not None
            and not _MAY_BE_NEGATIVE.search(indicator.name))


def _rate_without_percent(indicator: Indicator) -> bool:
    value = indicator.parsed_value
    return (value.kind == QUANTITY and not value.unit and not _per_population(indicator) and value.number > 100
            and value.serial_date is None and _RATE.search(indicator.name) is not None)


def _per_population(indicator: Indicator) -> bool:
    """A rate per so many people, as the value (≤200/10万) or the name (每万人刑事案件发案率) says: no percentage."""
    return indicator.parsed_value.note.startswith(("/", "／")) or bool(_PER_POPULATION.search(indicator.name))


@check(Code("JX421", ERROR, "百分比超出 0–100", "百分比不会超过 100%（≥905% 多半是 ≥90% 打错了）；名称写明（%）的（资金到位率（%） ≥905），"
            "或指标值用文字写明百分之几的，数字就是百分比。到位率、满意度、"
            "完成率、覆盖率这类比率也不会是负数（-90%）。较上年增长多少（增长150%）这样的变化量、增长率、下降率，"
            "名称写明是变化或偏差的比率（发案率同比、死亡率较上年、误差率），以及利润率、收益率不在此列。",
            Example(ONE % ("产出指标", "质量指标", "{名称: 资金到位率, 指标值: ≥905%}"), "7:30"),
            Example(ONE % ("产出指标", "质量指标", "{名称: 资金到位率, 指标值: ≥90%}"))),
       Code("JX422", WARNING, "比率指标的数值大于 100 且没有 %",
            "名称是“…率”“到位”等比率的指标，指标值写了大于 100 的数又没有 %：多半是漏了 %（“905”是按 Shift+5 时漏按 Shift 的 90%）。"
            "按人口计的比率（每万人刑事案件发案率 ≤300，≤200/10万）不是百分比，不查。",
            Example(ONE % ("产出指标", "时效指标", "{名称: 资金到位, 指标值: \"905\"}"), "7:29"),
            Example(ONE % ("产出指标", "时效指标", "{名称: 资金到位, 指标值: 90%}"))))
def percentages(ctx: Context) -> Iterator[Finding]:
    """A percentage outside 0–100, and a rate written as a bare number above 100."""
    for owner, indicator in _indicators(ctx):
        value = indicator.parsed_value
        change = value.kind == CHANGE or _A_CHANGE.search(indicator.name)  # 增长150%, 增长率（%） ≥150
        if not change and any(p > 100 for p in value.percentages):  # a change may be more, and below 0 too: -5%
            yield ctx.finding("JX421", f"{owner}的指标「{indicator.name}」的指标值 {value.text} 超过 100%",
                              _value_path(indicator), "百分比在 0% 到 100% 之间：请核对数字")
        elif _negative_rate(indicator):
            yield ctx.finding("JX421", f"{owner}的指标「{indicator.name}」的指标值 {value.text} 低于 0%，这个比率不会是负数",
                              _value_path(indicator), "百分比在 0% 到 100% 之间：请核对数字，是否多打了“-”")
        elif _rate_without_percent(indicator):
            guess = f"，是否想写 {value.text[:-1]}%？" if value.text.endswith("5") else ""
            yield ctx.finding("JX422", f"{owner}的指标「{indicator.name}」是比率，指标值「{value.text}」却大于 100 "
                                       f"且没有 %{guess}", _value_path(indicator), "比率写成百分比，例如 ≥90%")


@check(Code("JX423", WARNING, "数值没有单位", "定量指标值要写单位：≥90 是 90 次、90 人还是 90%？"
            "指数、系数、pH 值（综合指数、利用系数、出水pH值）没有单位，不查。",
            Example(ONE % ("产出指标", "数量指标", "{名称: 召开协调会议, 指标值: \">10\"}"), "7:31"),
            Example(ONE % ("产出指标", "数量指标", "{名称: 召开协调会议, 指标值: \">10次\"}"))))
def units(ctx: Context) -> Iterator[Finding]:
    """A quantitative value without a unit (not an index or a coefficient, which has none)."""
    for owner, indicator in _indicators(ctx):
        if _without_unit(indicator):
            yield ctx.finding("JX423", f"{owner}的指标「{indicator.name}」的指标值「{indicator.parsed_value.text}」没有单位",
                              _value_path(indicator), _unit_hint(ctx, indicator))


def _without_unit(indicator: Indicator) -> bool:
    """A number that needs a unit and has none (JX423)."""
    value = indicator.parsed_value
    period = value.kind == RANGE and fw.canonical(indicator.level2) == fw.TIMELINESS  # 2023-2025, 1-12
    return (value.kind in (QUANTITY, RANGE) and not value.unit and not value.note and value.serial_date is None
            and not period and not _rate_without_percent(indicator) and not _month_with_a_dot(indicator)
            and not _UNITLESS.search(indicator.name) and not _per_population(indicator))


def _month_with_a_dot(indicator: Indicator) -> tuple[int, int] | None:
    """(year, month) of a 时效 value written 2023.12."""
    timeliness = fw.canonical(indicator.level2) == fw.TIMELINESS
    return indicator.parsed_value.dotted_month if timeliness else None


def _unit_hint(ctx: Context, indicator: Indicator) -> str:
    """How to write the unit of a number written without one: a rate as a percentage (a
    fraction such as 0.95 is a spreadsheet's 95%), a 时效 date typed as digits as a date,
    a cost in money, else an example."""
    value = indicator.parsed_value
    fraction = _fraction_hint(value) if _RATE.search(indicator.name) else ""
    day = value.compact_date if fw.canonical(indicator.level2) == fw.TIMELINESS else None
    if fraction:
        return fraction
    if day is not None:
        return f"写成日期，例如 {day.year}年{day.month}月{day.day}日前"
    if _RATE.search(indicator.name):
        return f"比率写成百分比，例如 {value.text}%"
    if indicator.is_money_cost:
        return f"写明金额单位，例如 {value.text}{ctx.filing.amount_unit}"
    return f"写明单位，例如 {value.text}次、{value.text}人 或 {value.text}%"


def _fraction_hint(value) -> str:
    """For a number such as 0.95 (a spreadsheet's 95%), how to write it as a percentage; "" otherwise."""
    ends = [value.number] if value.high is None else [value.number, value.high]
    if value.number is None or not 0 < value.number or max(ends) > 1 or "%" in value.text or "％" in value.text:
        return ""
    percentages = "-".join(plain(end * 100) for end in ends)
    return f"比率写成百分比：{value.text} 像是电子表格里的小数，即 {value.operator}{percentages}%"


def _exact_by_nature(indicator: Indicator) -> bool:
    """Values that are naturally written without an operator: 0件, 100%, a line that sums the
    items beside it (合计, 小计), and a sum of money that is a total (项目总成本 100万元) or a
    standard of what is given (补助标准 每生每年1000元; not 项目总数 12个, 保障水平 95%)."""
    value = indicator.parsed_value
    money = "元" in value.unit
    return (value.number == 0 or value.is_percent and value.number == 100 or bool(SUM_LINE.search(indicator.name))
            or money and (bool(TOTAL.search(indicator.name)) or _is_given(indicator)))


@check(Code("JX424", WARNING, "数值缺少 ≥ ≤ 等符号",
            "同一组（二级指标）里其他指标值都写了 ≥、≤ 等符号，这一个只写了数字：是恰好等于，还是漏了符号？"
            "0、100%、总额（项目总成本、成本总额，合计、小计、总计一行是其余各项之和）和发放标准（补助标准 每生每年1000元）"
            "本就恰好等于，不查。",
            Example(ONE % ("产出指标", "数量指标", "{名称: 宣传次数, 指标值: ≥3次}\n"
                           "          - {名称: 培训人数, 指标值: ≥50人}\n          - {名称: 检查次数, 指标值: 4次}"), "9:29"),
            Example(ONE % ("产出指标", "数量指标", "{名称: 宣传次数, 指标值: ≥3次}\n"
                           "          - {名称: 培训人数, 指标值: ≥50人}\n          - {名称: 检查次数, 指标值: ≥4次}"))))
def operators(ctx: Context) -> Iterator[Finding]:
    """A number without an operator where most of its 二级 group have one; not one exact
    by nature (:func:`_exact_by_nature`)."""
    for indicator_set in ctx.indicator_sets:
        groups: dict[tuple[str, str], list[Indicator]] = {}
        for indicator in indicator_set.indicators:
            groups.setdefault((indicator.level1, indicator.level2), []).append(indicator)
        for group in groups.values():
            values = [i.parsed_value for i in group]
            with_operator = sum(1 for v in values if v.kind == QUANTITY and v.operator)
            for indicator, value in zip(group, values):
                if value.kind != QUANTITY or value.operator or _exact_by_nature(indicator):
                    continue
                others = sum(1 for v in values if v.kind == QUANTITY) - 1
                if with_operator >= 2 and with_operator * 3 >= others * 2:
                    yield ctx.finding("JX424", f"{indicator_set.owner}的指标「{indicator.name}」的指标值「{value.text}」"
                                               f"没有 ≥ ≤ 等符号，而同组 {with_operator} 个指标值都有",
                                      _value_path(indicator), f"若是下限写 ≥{value.text}，上限写 ≤{value.text}；恰好等于可以不改")


def _is_satisfaction(ctx: Context, indicator: Indicator) -> bool:
    """An indicator under 满意度指标, or one named as satisfaction wherever it is (服务对象满意度
    under 质量指标, 受助群众满意率 under 效益); not a count (满意度调查次数)."""
    under = fw.SATISFACTION in (fw.canonical(indicator.level1), ctx.framework.parent(indicator.level2))
    return (under or bool(_SATISFACTION_RATE.search(indicator.name))) and not _COUNTS.search(indicator.name)


@check(Code("JX425", WARNING, "满意度目标偏低或不是百分比",
            "满意度目标一般写成百分比（百分之九十以上也是），且不低于 80%；写在满意度指标下的，和名称是满意度、满意率的"
            "（写在质量指标、效益指标下也一样）都查，满意度调查次数这类计数不查。"
            "满意度指标下的反向指标（不满意率、投诉率）不是满意度，不查："
            "不满意率 ≤5% 并不等于满意度 ≥95%（还有“基本满意”“一般”），投诉率更与 80% 无关；它们的符号由 JX426 查。",
            Example(ONE % ("满意度指标", "服务对象满意度指标", "{名称: 群众满意度, 指标值: ≥60%}"), "7:30"),
            Example(ONE % ("满意度指标", "服务对象满意度指标", "{名称: 群众满意度, 指标值: ≥90%}"))))
def satisfaction_targets(ctx: Context) -> Iterator[Finding]:
    """A 满意度 target below 80%, or not a percentage; not for a 反向 indicator (不满意率)."""
    for owner, indicator in _indicators(ctx):
        if not _is_satisfaction(ctx, indicator) or direction(indicator) == "反向":
            continue
        value = indicator.parsed_value
        if value.kind in (CHANGE, UNFILLED) or _negative_rate(indicator) or _without_unit(indicator):
            continue  # 较上年提高5个百分点: not a level to compare with the floor; ≥%: JX411; -90%: JX421; ≥95: JX423
        targets = [value.number] if value.is_percent else percentages_in(value.text)  # 60%-100%: the lowest
        if not targets or value.is_percent and _fraction_hint(value):  # ≥0.9 under 满意度（%）: a spreadsheet's 90%
            yield ctx.finding("JX425", f"{owner}的满意度指标「{indicator.name}」的指标值「{value.text}」不是百分比",
                              _value_path(indicator), _fraction_hint(value) or "满意度写成百分比，例如 ≥90%")
        elif min(targets) < SATISFACTION_FLOOR:
            yield ctx.finding("JX425", f"{owner}的满意度指标「{indicator.name}」的目标 {value.text} 低于 "
                                       f"{plain(SATISFACTION_FLOOR)}%，差 {plain(SATISFACTION_FLOOR - min(targets))} 个百分点",
                              _value_path(indicator), "满意度目标一般不低于 80%；确有理由请用“接受警告”写明")


def direction(indicator: Indicator) -> str:
    """正向 or 反向 as written; else read from the name, by its word nearest the end
    (``_WAYS``): 反向 under 成本指标 but for a rate that says more is better (成本节约率,
    预算执行率) and for what is given (生均公用经费, 补助标准, 高龄津贴, 见义勇为奖励 ≥1万元/人:
    read as any other name);
    正向 for satisfaction (投诉处理满意度), names such as 完成率, 时限达标率 and
    投诉处理率 and work done on a bad thing (事故应急演练次数, 水土流失治理面积, 侦办刑事案件); 反向 for
    names such as 故障率, 处理差错率, 受理响应时间, PM2.5浓度 and a cost elsewhere
    (人均成本); "" when the name does not tell."""
    if indicator.direction:
        return indicator.direction
    name = indicator.name
    way = _way_of(name)
    if indicator.is_cost and not _is_given(indicator):
        return "正向" if "率" in name and way == "正向" else "反向"
    return way or ("反向" if "成本" in name else "")


def _is_given(indicator: Indicator) -> bool:
    """Whether an indicator is a standard of what is given (补助标准, 生均公用经费, 高龄津贴 ≥100元/人·月,
    见义勇为奖励 ≥1万元/人), not a cost (人均培训成本, 公益性岗位补贴 ≤50万元)."""
    name, unit = indicator.name, indicator.parsed_value.unit
    if _GIVEN.search(name):
        return True
    return bool(_AIDED.search(name) and (_PER_HEAD.search(unit) or _AID_PAID.search(name) and unit not in _TOTALS))


@lru_cache(maxsize=4096)
def _way_of(name: str) -> str:
    """The direction the words of a name say: that of the word nearest its end ("" for
    an activity and for what is given, such as 宣传次数 and 补助标准)."""
    ends = [(match.end(), -order, way) for order, (pattern, way) in enumerate(_WAYS)
            for match in pattern.finditer(name)]
    return max(ends)[2] if ends else ""


@check(Code("JX426", WARNING, "符号与指标方向相反",
            "反向指标（成本、发案率、故障率等越低越好）应取 ≤ 或 ＜，正向指标应取 ≥ 或 ＞。"
            "方向可以用“方向: 正向 / 反向”写明，不写时按名称判断（成本、故障、投诉、不满意、响应时间、浓度、排放量、失业率、"
            "发病率、抗菌药物使用率，漏管率、脱管率、复吸率、调解反悔率、信访重复率，"
            "刑事案件、案（事）件、群体性事件、邪教事件、进京非访人数等为反向，完成、及时、达标、"
            "优良、巩固、满意（投诉处理满意度也是）、减少、节约，调解成功率、协议履行率、参与率、在岗率、联网率、在线率，"
            "投诉处理率、隐患督办率、案件办结率、事件处置率这类处理率，"
            "破案数、侦办（起诉、审结、法律援助）刑事案件数、化解率和整治数量、治理面积、演练次数这类做了多少为正向；"
            "名称里离末尾最近的词说了算，"
            "时限达标率为正向，处理差错率为反向，事故应急演练次数为正向），事故防范宣传次数这类活动的多少、补助标准、"
            "生均公用经费这类发放标准和按人、按亩发放或名为补助、补贴、津贴、奖励金、救助金、供养金、抚恤金的钱"
            "（高龄津贴 ≥100元/人·月；成本指标下也一样，但以万元计的总额如公益性岗位补贴 ≤50万元仍是成本）不分方向，"
            "判断不了的不查；“同比下降5%以上”这样的变化量不查。",
            Example(ONE % ("产出指标", "质量指标", "{名称: 设备故障率, 指标值: ≥5%}"), "7:30"),
            Example(ONE % ("产出指标", "质量指标", "{名称: 设备故障率, 指标值: ≤5%}"))))
def operator_direction(ctx: Context) -> Iterator[Finding]:
    """An operator that contradicts the indicator's direction."""
    for owner, indicator in _indicators(ctx):
        if indicator.parsed_value.kind == CHANGE:
            continue  # 同比下降5%以上: the operator is of the change, not of the level
        operator = indicator.parsed_value.operator
        way = direction(indicator)
        wrong = {"反向": AT_LEAST, "正向": AT_MOST}.get(way, ())
        if operator and operator in wrong:
            right = "≤" if way == "反向" else "≥"
            written = f"指标上写明了“方向: {way}”" if indicator.direction else \
                f"若方向判断错了，在指标上写“方向: {'正向' if way == '反向' else '反向'}”"
            yield ctx.finding("JX426", f"{owner}的指标「{indicator.name}」是{way}指标，指标值 {indicator.value} "
                                       f"却用了 {operator}", _value_path(indicator), f"{way}指标用 {right}；{written}")


def _years(ctx: Context, project) -> range:
    """The years a value may name: the budget year, or the project's 实施期 (2024-2026, 二〇二四年至
    二〇二六年, or a number of years from the budget year: 3年, 三年)."""
    period = in_figures(project.period) if project is not None else ""
    years = [int(y) for y in re.findall(r"\d{4}", period)]
    count = re.fullmatch(r"\s*(\d{1,2}|[一二两三四五六七八九十])\s*年\s*", period)
    if count and not years:
        years = [ctx.filing.year + (int(count[1]) if count[1].isdigit() else int(spoken_amount(count[1]))) - 1]
    return range(min(years + [ctx.filing.year]), max(years + [ctx.filing.year]) + 1)


@check(Code("JX427", ERROR, "时效指标值是电子表格日期序号",
            "时效指标值写成 44561 这样的数，是从电子表格复制时日期变成了序号（44561 即 2021年12月31日）。",
            Example(ONE % ("产出指标", "时效指标", "{名称: 完成时间, 指标值: 44561}"), "7:29"),
            Example(ONE % ("产出指标", "时效指标", "{名称: 完成时间, 指标值: 2024年12月31日前}"))),
       Code("JX428", WARNING, "指标值的日期不在预算年度内",
            "指标值里的日期应在预算年度（或项目实施期）内：2024 年的文件写“2023年12月31日前”（或“二〇二三年底前”）多半是照抄了上一年。"
            "比较的基数（不低于2023年底水平、与2023年同期持平）不查；时效指标以外，早于预算年度三年以上、又不是期限的年份是历史"
            "（1949年9月30日前参加工作的离休干部），不查（2019年底前全部建成 要查）。",
            Example(ONE % ("产出指标", "时效指标", "{名称: 完成时间, 指标值: 2023年12月31日前}"), "7:29"),
            Example(ONE % ("产出指标", "时效指标", "{名称: 完成时间, 指标值: 2024年12月31日前}"))))
def dates(ctx: Context) -> Iterator[Finding]:
    """A 时效 value that is a spreadsheet serial; a date outside the budget year or 实施期."""
    for indicator_set in ctx.indicator_sets:
        allowed = _years(ctx, indicator_set.project)
        for indicator in indicator_set.indicators:
            serial = indicator.parsed_value.serial_date
            if serial is not None and fw.canonical(indicator.level2) == fw.TIMELINESS:
                yield ctx.finding("JX427", f"{indicator_set.owner}的时效指标「{indicator.name}」的指标值 {indicator.value} "
                                           f"是电子表格的日期序号（即 {serial.year}年{serial.month}月{serial.day}日）",
                                  _value_path(indicator), f"写成日期，例如 {serial.year}年{serial.month}月{serial.day}日前")
            dotted = _month_with_a_dot(indicator)
            timeliness = fw.canonical(indicator.level2) == fw.TIMELINESS  # 2023年 there is a date, not a span of years
            whole = indicator.parsed_value.year if indicator.parsed_value.kind == DATE and timeliness else None
            digits = indicator.parsed_value.compact_date if timeliness else None  # 20211231
            written = [whole, dotted and dotted[0], digits and digits.year]
            for year in dict.fromkeys(dated_years(indicator.value) + [y for y in written if y]):
                if year not in allowed and not (not timeliness and _history(year, indicator.value, allowed)):
                    yield ctx.finding("JX428", f"{indicator_set.owner}的指标「{indicator.name}」的指标值 {indicator.value} "
                                               f"写的是 {year} 年，不在{_span(allowed)} 内",
                                      _value_path(indicator), f"核对年份：本文件是 {ctx.filing.year} 年度")


def _history(year: int, value: str, allowed: range) -> bool:
    """Whether ``year``, over :data:`COPIED_FROM_YEARS` before those ``allowed``, dates what a
    value counts (1949年9月30日前参加工作的离休干部), not a deadline copied on for years
    (2019年底前全部建成)."""
    return year < allowed[0] - COPIED_FROM_YEARS and year not in {found for found, _, _ in deadlines(value)}


def _span(years: range) -> str:
    """The years a value may name, as a message says them: 预算年度 2024, or 预算年度和实施期
    2024–2026 where a project's 实施期 reaches further."""
    return f"预算年度 {years[0]}" if len(years) == 1 else f"预算年度和实施期 {years[0]}–{years[-1]}"


# How many years before the budget year a goal may have been copied from; an older year is history (1998年前参加
# 工作的人员, 1958年建成的水库)
COPIED_FROM_YEARS = 3
GOAL = "项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n    绩效目标: %s前完成全年宣传任务。\n"


@check(Code("JX429", WARNING, "绩效目标里的年份不是预算年度",
            "总体目标、分项目标、保障措施、项目的绩效目标和用途（资金用途、主要内容）里写的期限（某年某月前、某年底前完成），或给整句标的年份"
            "（2023年全市范围内无…、2023年度…、确保2023年度…、全县2023年完成造林1万亩、一是2023年…、2023年底，全县…达到45%、"
            "确保2023年汛期安全度汛），或要完成、落实的某年任务（全面完成2023年度…任务、"
            "做好2023年度…工作），不应早于预算年度或项目实施期（年份写成二〇二三年的也查）：照抄上一年的目标多半是这样。"
            "晚于预算年度的（多年目标的目标年份、提前办的下一年的事）不是照抄，不查；"
            "同一句里写了本年度、今年或预算年度（及以后）的年份的，前面的早年份是在说来由（2020年全县脱贫摘帽，本年度巩固拓展成果），不查。"
            "“截至2023年底”“2023年12月印发的方案”“2021年已完成”“2021年底前已完成…”“此项目于2021年底完工”“2021年我县被评为…”"
            "“2021年全县共有…”“2021年起实施”“2021年至今”“2021年开工的综治中心”“2021年底前建成的道路”"
            "“为2021年底前纳入管理的患者…”“2021年度结转项目”"
            "“2021年度债券资金用于…”“2021年巩固率为99%，本年度保持”“2021年增发国债项目”“2021年上级专项…经费”“2021年至2023年”"
            "“《关于做好2021年度…的通知》”这类给事实、起点、资金、跨年时段、文件名或基数标日期的写法不是期限，不查；"
            "“2021年全县的化解率达到98%”“2021年群众的满意度不低于95%”“2021年共开展宣传20场”读起来就是照抄的上年目标，要查；"
            "“完成2021年度结转任务”“完成（确保）2021年度考核（决算、清算、自评、年报、验收、审计、整改）任务”"
            "“预计2021年完成造林5万亩，2022年计划完成6万亩”不查。",
            Example(GOAL % "2023年12月31日", "4:11"), Example(GOAL % "2024年12月31日")))
def goal_years(ctx: Context) -> Iterator[Finding]:
    """A deadline, or a sentence's year, in the goals, the 保障措施 or a 用途 that is up to
    :data:`COPIED_FROM_YEARS` earlier than the years allowed there (the filing's 年度 or the
    project's 实施期), in a sentence that does not name this year: last year's goal copied.
    A later year (a goal over years, what is prepared ahead for the next) is no copy."""
    for path, what, paragraphs, allowed in _goal_texts(ctx):
        for number, paragraph in enumerate(paragraphs):
            for year, written, start in deadlines(paragraph):
                if not allowed[0] - COPIED_FROM_YEARS <= year < allowed[0] or names_this_year(paragraph, start, ctx.filing.year):
                    continue
                shown = re.sub(r"\s+", "", written)  # a date broken over two lines
                outside = f"不在{_span(allowed)} 内"
                # found by the words on the year's own line (2023年 of 2023年⏎12月底前), the nth time
                # they are written in the text
                year_line = written.split()[0]
                nth = sum(p.count(year_line) for p in paragraphs[:number]) + paragraph[:start].count(year_line)
                yield ctx.finding("JX429", f"{what}写了「{shown}」，是 {year} 年的期限，{outside}",
                                  path, f"核对年份：本文件是 {ctx.filing.year} 年度", within=year_line, nth=nth)


def _goal_texts(ctx: Context) -> Iterator[tuple[tuple, str, tuple[str, ...], range]]:
    """The texts whose years JX429 checks, those that say what is to be done in the year (the goals, the
    保障措施 and what a project's money is for, its 用途): where each is written, what messages call it,
    its paragraphs and the years allowed in it."""
    overall, budget_year = ctx.filing.overall, _years(ctx, None)
    yield ("整体绩效目标", "总体目标"), "总体目标", overall.summary.items, budget_year
    for n, goal in enumerate(overall.sub_goals):
        for key, text in (("职责描述", goal.duty), ("绩效目标", goal.goal), ("绩效指标", goal.indicators)):
            yield ("整体绩效目标", "分项目标", n, key), f"分项目标「{goal.name}」的{key}", (text,), budget_year
    yield ("整体绩效目标", "分项目标"), "分项目标", overall.sub_goals_text.items, budget_year
    measures = ("整体绩效目标", "保障措施")
    if overall.measures_numbered:  # a list: each item, its 内容 when it has a 标题
        for n, measure in enumerate(overall.measures):
            named = f"「{measure.title}」" if measure.title else f"第 {n + 1} 条"
            yield (*measures, n, "内容"), f"保障措施{named}", (measure.content,), budget_year
    else:
        yield measures, "保障措施", tuple(measure.content for measure in overall.measures), budget_year
    for project in ctx.filing.projects:
        allowed = _years(ctx, project)
        yield project.path + ("用途",), f"项目「{project.name}」的用途", (project.purpose,), allowed
        yield project.path + ("绩效目标",), f"项目「{project.name}」的绩效目标", project.goal.items, allowed
        yield project.path + ("实施期目标",), f"项目「{project.name}」的实施期目标", project.period_goal.items, allowed


@check(Code("JX430", WARNING, "定量指标太少",
            "绩效指标应“定量为主、定性为辅”：定量（数值、日期）指标至少占三级指标的 50%。"
            "比例可在仓库的 jixiao.yaml 里用“定量指标比例”设定。",
            Example(ONE % ("效益指标", "社会效益指标", "{名称: 社会稳定, 指标值: 有效维护}\n"
                           "          - {名称: 群众安全感, 指标值: 明显提升}\n          - {名称: 宣传次数, 指标值: ≥3次}"),
                    "4:5"),
            Example(ONE % ("效益指标", "社会效益指标", "{名称: 社会稳定, 指标值: 有效维护}\n"
                           "          - {名称: 群众安全感, 指标值: ≥90%}\n          - {名称: 宣传次数, 指标值: ≥3次}"))))
def quantitative_share(ctx: Context) -> Iterator[Finding]:
    """The share of quantitative indicators in a set below the policy's threshold."""
    threshold = ctx.policy.quantitative_share
    for indicator_set in ctx.indicator_sets:
        count = len(indicator_set.indicators)
        quantitative = sum(1 for i in indicator_set.indicators if i.parsed_value.is_quantitative)
        if count and Decimal(quantitative) / count < threshold:
            yield ctx.finding("JX430", f"{indicator_set.owner}的 {count} 个三级指标中定量指标只有 {quantitative} 个"
                                       f"（{plain(Decimal(100 * quantitative / count).quantize(Decimal('1')))}%），"
                                       f"低于 {plain(threshold * 100)}%", indicator_set.path,
                              "把能量化的目标写成数值（次数、人数、百分比、金额）或日期", at_key=True)


WEIGHTS = ONE % ("产出指标", "数量指标", "{名称: 宣传次数, 指标值: ≥3次, 权重: 50}\n"
                 "          - {名称: 培训人数, 指标值: ≥50人, 权重: %s}")
BUDGET_EXECUTION = "预算执行率"


@check(Code("JX431", ERROR, "权重合计不是 100",
            "写了权重（分值）的，一个项目的权重合计应为 100；不含“预算执行率”指标时也可以是 90（预算执行率另占 10 分）。",
            Example(WEIGHTS % "30", "4:5"), Example(WEIGHTS % "50")),
       Code("JX432", WARNING, "部分指标没有权重", "一个项目里有的指标写了权重、有的没写。",
            Example(WEIGHTS.replace(", 权重: %s", "") + "          - {名称: 检查次数, 指标值: ≥2次, 权重: 50}\n", "8:13"),
            Example(WEIGHTS % "50")),
       Code("JX433", ERROR, "权重不在 0 到 100 之间", "一个指标的权重（分值）在 0 到 100 之间：负的权重会抵掉别的指标的分值。",
            Example(WEIGHTS.replace("权重: 50}", "权重: 150}") % "-50", "8:39"), Example(WEIGHTS % "50")))
def weights(ctx: Context) -> Iterator[Finding]:
    """Each weight is 0–100; where weights are given, they add up to 100 per set (or 90
    without 预算执行率)."""
    for indicator_set in ctx.indicator_sets:
        weighted = [i for i in indicator_set.indicators if i.weight is not None]
        if not weighted:
            continue
        for indicator in indicator_set.indicators:
            if indicator.weight is None:
                yield ctx.finding("JX432", f"{indicator_set.owner}的指标「{indicator.name}」没有权重，而其他指标有",
                                  indicator.path, "给每个指标写上权重，或都不写")
            elif not 0 <= indicator.weight <= 100:
                yield ctx.finding("JX433", f"{indicator_set.owner}的指标「{indicator.name}」的权重是 {plain(indicator.weight)}，"
                                           f"不在 0 到 100 之间", indicator.path + ("权重",), "权重写 0 到 100 之间的数")
        total = sum((i.weight for i in weighted), Decimal(0))
        allowed = [Decimal(100)] + ([] if any(i.name == BUDGET_EXECUTION for i in weighted) else [Decimal(90)])
        if total not in allowed:
            yield ctx.finding("JX431", f"{indicator_set.owner}的权重合计是 {plain(total)}，应为 100，"
                                       f"{more_or_less(total - 100)}", indicator_set.path,
                              "调整各指标的权重使合计为 100（不含预算执行率时可为 90）", at_key=True)
