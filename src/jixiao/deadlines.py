"""Years and deadlines written in a goal's text: what JX428 and JX429 read to find a goal
copied from last year's filing (a 2024 filing promising "2023年12月31日前完成", "全面完成2023年度
扫黑除恶任务"), and what they leave alone (a fact's date, a base to measure by, money or a span
named by its years, a look back at last year, results reported, a sentence about this year).

Chinese goal texts say these things in many ways; each pattern below names the way it reads
and the texts it was made for.
"""

from __future__ import annotations

import re

# A date in a text: a year with a month, 底/末/前, a quarter, a half or a season of the
# school or the floods (2023年12月31日前, 2023年底, 2023年第四季度, 2023年上半年, 2023年秋季学期
# 开学前, 2023年汛期前; not a festival: 2024年元旦前 is the end of 2023), or written with dashes, slashes or dots
# (2023-12-31, 2023.12.31; 2023.12 alone may be money); not a span (2022-2024, 2021-22年度)
# nor the base of a comparison (较2023年底).
# (a quarter, a half or a season is a year's period: the year paths below judge it with its year)
_PERIOD = r"第?[一二三四1-4]季度|[上下]半年|(?:春季|秋季)(?:学期)?(?:开学|结束)?|主?汛期|汛前|汛后|寒假|暑假"
# A month's or day's number, in figures or in words (2023年十二月三十一日前)
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DATE_IN_TEXT = re.compile(rf"(?<![较比])(?P<year>(?:19|20)\d{{2}})\s*(?:年\s*(?:{_DAY}\s*月(?:\s*{_DAY}\s*日)?|年?底|末"
                           r"|前(?![一二三四两]季度|后)|度?内"
                           rf"|{_PERIOD})|[-/／]\s*\d{{1,2}}(?:\s*[-/／]\s*\d{{1,2}})?(?![\d年])"
                           r"|\.\d{1,2}\.\d{1,2}(?!\d))(?:\s*(?:底|末))?(?:\s*(?:前|以前|之前))?")
# A deadline: a date with 前 or 内 (2023年底前, 2023年内), one that what is to be done follows
# (2023年12月底完成, 2023年10月底投入使用), one reached by 到 (到2023年底，全面完成) or one
# planned for (计划2023年12月底，建成投入使用); not a fact's date (截至2023年底, 已于2021年底
# 完成验收, 2021年10月，我委被评为…, 2023年12月印发的方案, 在2021年底完成一期建设的基础上,
# 2021年底完成了验收).
_DEADLINE_AFTER = re.compile(r"\s*(?:份\s*)?(?:止|完成|完工|竣工|建成|实现|达到|验收|到位|全部|全面|投入|投用|启用|开工"
                             r"|开展|启动|实施|上线|办结|结束|基本|如期|按期|按时)")
_FACT_BEFORE = ("截至", "截止", "截止到", "截至到", "自", "从", "已于")
_CUTOFF = ("截至", "截止")  # …but a cutoff with 前 is a deadline (截止2023年12月31日前完成全部任务)
_PLANNING = r"(?:计划|力争|预计|确保|争取|拟|将)(?:于|在)?"
_PLANNED = re.compile(rf"{_PLANNING}$")
_PLANNED_IN_CLAUSE = re.compile(rf"{_PLANNING}|定")  # 原定, 定于
# what follows a date in its clause that makes it a fact's: already done (已, 了), done to its subject (the
# passive: 2023年我县被评为…; not kept from, 无学生被迫辍学), what there is (2023年全县共有低保对象3500户), a base
# (的基础上), a start (以来, 至今, 2022年起实施) or what was carried over from it (2022年度结转项目)
_DONE_AFTER = re.compile(r"[^，。；;,]*?(?:已|共有|的基础上|以来|至今)|[^，。；;,无不未没]*?被"
                         r"|[^，。；;,]{0,6}?(?:完成|建成|验收|竣工|实现)了|\s*(?:起(?!草)|结转|结余)")
# …and a date with 前 is a fact's when 已 follows it (2023年底前已完成全部危桥改造), unless it is planned for
# (确保2024年6月底前已完成验收: what is to have been done by then)
_ALREADY = re.compile(r"\s*已")
# A date that dates a thing by what was done to it by then: a past participle and 的 (2023年底前建成的农村公路,
# 2023年12月底前下达的资金, 2023年底前完成的任务), a verb of four characters or three and 的 (为2023年底前纳入管理的患者,
# 2023年12月31日前登记在册的患者, 2023年底前投入使用的综治中心, 2023年底前交付使用的住房), or what was already done
# (2022年底前已完成的一期工程); not a deadline of a task on a thing (2023年底前完成已立项项目的验收, 2023年底前完成项目的
# 验收, 2023年底前提升群众的满意度) nor a place's 的 (2023年底前全县的…, 2023年底前县乡两级的…); and, as ``_is_deadline``
# reads it, not when its clause sets a figure to reach (see ``_FIGURE_TARGET``: 2023年底前群众的满意度不低于95%, as
# 2023年群众的满意度不低于95% is)
_PLACE = r"全|本|我|各|该|县|市|乡|镇|村|区|省|辖区|城乡|农村"
_TASK = r"完成|实现|达到|做好|落实|开展|启动|实施|推进|组织|抓好|建立|建设|出台|制定|完善|提高|提升|加强|确保|全面|全部|基本"
_DATED_BY_DEED = re.compile(rf"(?:已[^，。；;,]*?|(?!{_PLACE})[^，。；;,的]{{1,2}}|(?!{_PLACE}|{_TASK})[^，。；;,的\d]{{3,4}})的(?!基础上)")
# A year that begins a sentence is a fact's when it dates a thing (2022年开工的综治中心, 2022年中央财政下达的补助资金,
# 2023年购置的执法记录仪), not a place's figure (2023年全县的化解率达到98%: a goal copied from last year reads so),
# or names the money that its clause says what it is for (2023年度一般债券资金用于农村公路建设: last year's money
# spent in this one)
_DATED_THING = re.compile(r"(?!全|本|我|各|该)[^，。；;,的]{1,10}的(?!基础上)"
                          r"|[^，。；;,\d]{0,12}?(?:资金|经费|债券|专款)(?:主要|全部|重点)?用于")
# …unless its clause sets a figure for it to reach (2023年县域内的化解率达到98%, 2023年群众的满意度不低于95%)
_FIGURE_TARGET = re.compile(r"[^，。；;,]*?(?:达到?|提高到|提升到|降低到|下降到|降至|控制在|保持在|稳定在|不低于|不高于|不少于|不超过)"
                            r"\s*[≥≤>＞<＜]?\s*\d")
# …and a base to measure this year by when its past figure, however written (为99%, 优良中等路率85%, 发放低保金
# 1200万元, 每人每月680元, 累计…), is followed in the same sentence by a later year's (2022年全县巩固率为99%，本年度保持;
# 2023年共受理案件500件，2024年力争达到600件; 预计2023年完成造林5万亩，2024年计划完成6万亩); alone (2023年共开展
# 宣传20场), or followed by the same year's (2023年全县普及率达到95%，2023年12月底前完成…), it reads like last year's goal
_REST_OF_SENTENCE = re.compile(r"[^。；;！!？?]*")
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]|\s*年)|累计")  # a number that is not a year
_LATER_YEAR = re.compile(r"本年|今年|明年|(?P<year>(?:19|20)\d{2})\s*年")
_CLAUSE_BREAK = re.compile(r"\s*[，,]\s*")
# A date or year set off by a comma may date a fact (2021年，我委被评为…; 2023年6月，全面建成), so what follows the
# comma must plan something for it: open with a promise or a plan (2023年，确保全县…) or name a figure (2023年底，全县
# …覆盖率达到45%以上; 2023年，全县城镇新增就业1500人), as a goal does
_PLAN_OPENS = re.compile(rf"\s*{_PLANNING}")
_ON_A_DAY = re.compile(r"[月日\d]\s*$")
_CLAUSE = re.compile(r"[^，。；;,！!？?]*")
_CLAUSE_START = re.compile(r"[，。；;,！!？?]")
# What may stand at a sentence's start before its first words: a paragraph's number (一是, 二、, 第一，, 1., 1、,
# 1）, (1), （一）, ①) and a label before a colon (年度目标：, 目标1：); a year after them still begins the sentence
_LIST_NUMBER = r"[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|[（(]?(?:\d{1,2}|[一二三四五六七八九十]+)[)）.．、]|[①-⑳]"
_LABEL = r"[\u4e00-\u9fff\d]{1,8}[：:]"
_OPENING = rf"\s*(?:{_LIST_NUMBER})?\s*(?:{_LABEL})?\s*"
_SENTENCE_BEGINS = rf"(?:^|(?<=[。；;！!？?\n])){_OPENING}"
# A place or a project named as what a sentence is about (全县, 本项目, 我县, 各乡镇); not a base or a
# fact's start before the year (全县较2023年, 全县截至2023年)
_SUBJECT = r"(?:全|本|我|该|各)[^\W\d_a-zA-Z较比自从至止于在到]{1,3}?"
# A year that dates the whole sentence it begins (2023年全市范围内无黑恶势力犯罪, 2023年度全市…,
# 2023年完成…), with a season or a half before the sentence's subject (2023年汛期全县水库安全度汛; not 2023年汛期
# 降雨偏多): the year of what it promises, unless its clause says it is done (2021年全市已建成);
# a year before a comma only when the clause after it plans something (see ``_set_off_for``); not before a
# festival (2024年元旦前 is the end of 2023).
_SENTENCE_YEAR = re.compile(_SENTENCE_BEGINS + rf"(?P<year>(?:19|20)\d{{2}})\s*年度?(?:(?:{_PERIOD})(?=\s*{_SUBJECT}))?"
                            r"(?=[\u4e00-\u9fff]|\s*[，,])(?!元旦|春节|清明|端午|中秋|国庆)")
# A year planned for (力争2022年完成全部改造任务, 确保全县2023年…), wherever it is in the sentence, and what its
# clause plans for it: done, reached or kept from (确保2023年度各项任务圆满完成, 力争2023年全县粮食产量达到50万吨,
# 确保2023年全县无重大安全生产事故); a promise (确保, 力争, 争取) is of its year whatever it promises
# (确保2023年度全县小型水库安全度汛, 确保2023年汛期安全度汛), a plan or an estimate (计划, 预计, 将) only of what is
# to be done
_PLANNED_YEAR = re.compile(rf"(?P<planning>{_PLANNING})\s*(?:{_SUBJECT})?\s*(?P<year>(?:19|20)\d{{2}})\s*年度?(?:{_PERIOD})?")
_PROMISES = ("确保", "力争", "争取")
_PLANNED_DONE = re.compile(r"[^，。；;,]*?(?:完成|实现|无)|" + _FIGURE_TARGET.pattern)
# A year after a sentence's subject (全县2023年完成造林1万亩, 本项目2023年完成新建校舍3000平方米, 全县各乡镇2023年…), or that begins
# a clause after a comma (全年完成养护里程1200公里，2023年县道优良路率达到80%), when its clause has a figure done
# or to reach; without one (全市2023年无重大案件) it may tell what the year was
_SUBJECT_YEAR = re.compile(rf"(?:{_SENTENCE_BEGINS}(?:{_SUBJECT}){{1,2}}|(?<=[，,])\s*(?:{_SUBJECT})?)(?P<year>(?:19|20)\d{{2}})\s*年度?")
# …unless an earlier year is written before it in its sentence: a later year's clause goes on from that year's
# (2023年路率85%，2024年力争达到88%), and the earlier one is the one to judge
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_DONE_TO_A_FIGURE = re.compile(r"[^，。；;,]*?完成[^，。；;,]*?\d|" + _FIGURE_TARGET.pattern)
# A date that begins a sentence is a deadline when its clause plans something for it (2023年汛期全县水库无垮坝)
_STARTS_A_SENTENCE = re.compile(rf"(?:^|[。；;！!？?\n]){_OPENING}$")
# A year's tasks, work or plan to be done, wherever in the sentence (全面完成2023年度扫黑除恶任务, 完成县政府下达
# 2023年度农村危房改造任务, 做好2023年度…参保工作, 全面落实2023年度…营养改善计划, 组织2023年度…考务工作); not those done
# (已完成, 超额完成), a base or a step (在完成…的基础上, 完成…任务后), what was carried over or is
# left (结转, 续建, 扫尾, 未完工)
_TASK_YEAR = re.compile(r"(?:^|(?<=[，。；;,\n]))(?P<before>[^，。；;,\n]*?)(?:完成|做好|落实|组织|抓好)[^，。；;,\d]{0,6}?"
                        rf"\s*(?P<year>(?:19|20)\d{{2}})\s*年度?(?:{_PERIOD})?"
                        r"(?=[^，。；;,]{0,20}?(?:任务|工作|计划(?!生育)|目标(?![考评自])))"
                        r"(?![^，。；;,]*?(?:结转|结余|遗留|未完成|未完工|剩余|续建|扫尾|的基础上|后(?:[，,]|$)))")
# A year whose work is a look back at it: its accounts, checks, fixes, reports and what is cleared and recovered (考核,
# 考评, 评价, 评议, 自评, 述职, 表彰, 决算, 清算, 结算, 确权, 归档, 年报, 年检, 汇算清缴, 统计, 清查, 变更调查,
# 审计, 验收, 整改, 报告, 总结, 清理, 清欠, 收回: done in the budget year, when the year is over), or what it left
# (遗留问题, 水毁工程, 灾后重建, 在建项目, 未完工项目, 续建, 结转), however the year was found (完成2023年度部门决算任务, 确保2023年审计发现问题全部整改到位,
# 2023年度审计整改完成率100%); not a year when such work is done (2023年完成验收)
_LOOK_BACK = re.compile(r"(?:(?!完成|实现|开展|达到|建成)[^，。；;,])*?"
                        r"(?:考核|考评|评价|评议|自评|述职|表彰|决算|年报|年检|汇算|清缴|清算|结算|确权|归档|统计|清查"
                        r"|变更调查|审计|验收|整改|报告|总结|清理|清欠|收回|遗留|水毁|灾后|在建|未完工|未完成|续建|结转|结余)")
# A target year reached by 到 and set off by a comma, like a date (到2025年，全县…; 力争到2025年底，…)
_TARGET_YEAR = re.compile(rf"(?:^|(?<=[，。；;,\n]))\s*(?:{_PLANNING})?\s*到\s*(?P<year>(?:19|20)\d{{2}})\s*年度?(?=\s*[，,])")
# A year that names money, the programme it pays for, or a meeting, by its year (2023年增发国债水利项目, 2023年度第四批
# 中央财政衔接…补助资金项目, 2023年中央预算内投资项目, a grant from above named as a 用途 carried over (2023年上级
# 专项“联户长”补贴资金, 2023年自治区政法经费, 2023年中央彩票公益金), 2023年中央经济工作会议): the thing's year, not
# when anything is to be done with it, however the year is found; not a place's figure (2023年全县专项资金支出进度) nor
# a year's work on money (2023年完成…, 确保2023年省级重点项目全部完成并拨付资金); a project alone is not named so
# (确保2023年度民生实事项目按期完成 reads as last year's goal)
_NAMING_WORD = r"(?:(?!完成|实现|开展|达到|建成|启动|实施)[^，。；;,\d])"
_NAMES_MONEY = re.compile(rf"(?:19|20)\d{{2}}\s*(?:年度|年(?!度))(?!全(?!国)|本|我|各|该){_NAMING_WORD}{{0,8}}?"
                          r"(?:国债|债券|预算内投资|衔接资金|补助资金|专项资金|转移支付"
                          rf"|(?:上级|中央|省级?|自治区|自治州){_NAMING_WORD}{{0,8}}?(?:专项|资金|经费|公益金)"
                          r"|第[一二三四五六七八九十\d]{1,2}批[^，。；;,]*?(?:项目|资金)"
                          r"|会议)")
# A span of years (2023年至2025年, 2023年到2025年, 2023年度至2025年度, 2023—2025年, 2023年第四季度及2024年全年) is the
# time of a plan over years, and a year in a title cited (落实《关于做好2023年度…工作的通知》) is the title's: neither
# is a deadline, at either end of the span
_SPAN_JOIN = rf"\s*(?:年度|年)?(?:{_PERIOD})?\s*(?:[至到—–\-~～]|及)\s*"
_SPAN_FROM = re.compile(rf"(?:19|20)\d{{2}}{_SPAN_JOIN}(?:19|20)\d{{2}}")
_SPAN_TO = re.compile(rf"(?:19|20)\d{{2}}{_SPAN_JOIN}$")
# A sentence that names this year, in words (本年度, 今年; not 全年, 年内 or 当年, said of any year) or by a year not
# earlier than the budget year, is this year's goal: an earlier year in it tells what came before (2020年全县脱贫
# 摘帽，本年度巩固拓展脱贫攻坚成果; 2023年完成项目前期工作，本年度开工建设; 2023年度农村危房改造任务本年度全部竣工;
# 2023年全县完成造林1万亩；本年度计划完成1.2万亩), which a goal copied from last year's filing does not
_SENTENCE_AROUND = re.compile(r"[^。！!？?\n]*")
_DEADLINE_WITH_QIAN = re.compile(rf"(?:19|20)\d{{2}}\s*年\s*(?:{_DAY}\s*月(?:\s*{_DAY}\s*日)?)?\s*[底末]?\s*前(?![一二三四两]季度|后|期)")
_PROMISED = re.compile(r"确保|力争|争取")
_NEXT_ITEM = re.compile(rf"[；;]\s*(?={_LIST_NUMBER})")  # 一是…；二是…: the items of a list are sentences
_A_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年")
_THIS_YEAR = re.compile(r"本年|今年")


# Results reported rather than a goal: a year's period to date (2024年前三季度, 2023年前10个月), a sum reached by a
# date (到2024年底，全县已累计建成5G基站500个), and a sentence that says how the results compare (超额完成, 同比增长,
# 位居全市第一, 入选, 荣获, 获评)
_PERIOD_TO_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*前\s*(?:[一二三四两]季度|\d{1,2}\s*个?月)")
_SUM_REACHED = re.compile(r"(?:19|20)\d{2}\s*年[^，,。；;]{0,3}\s*[，,][^，。；;,]*?已(?!脱贫)")  # not 已脱贫人口
_RESULTS = re.compile(r"超额完成|同比|环比|位居|排名第|入选|荣获|获评")
_PLANNED_ANYWHERE = re.compile(_PLANNING)
# A year written in Chinese numerals (二〇二三年), read digit for digit so that what is found keeps its place
# (its zero as 〇, 零, the circle ○ that many input methods type for it, or the letter O)
_CHINESE_YEAR = re.compile(r"(?=[〇○零OoＯ]*[一二三四五六七八九])[〇○零OoＯ一二三四五六七八九]{4}(?=\s*年)")
_NUMERALS = str.maketrans("〇○零OoＯ一二三四五六七八九", "000000123456789")


def dated_years(text: str) -> list[int]:
    """Years of the dates written in a text (see ``_DATE_IN_TEXT``), in figures or in
    Chinese numerals (二〇二三年底前), but a date a level is compared with (不低于2023年底水平,
    与2023年底持平)."""
    if not _A_YEAR_WRITTEN.search(text):  # most texts name none: the patterns below need not run
        return []
    text = in_figures(text)
    return [int(m.group("year")) for m in _DATE_IN_TEXT.finditer(text) if not _A_LEVEL_OF.match(text, m.end())]


# What follows a date that dates a level compared with, not a deadline: 不低于2023年底水平, 与2023年底持平,
# 高于2023年同期
_A_LEVEL_OF = re.compile(r"\s*的?(?:水平|持平|同期|基数|基础上)")


# A year written in figures or in Chinese numerals, where a text may have a date
_A_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d|[〇○零OoＯ一二三四五六七八九]{4}\s*年")


def in_figures(text: str) -> str:
    """``text`` with its years in Chinese numerals written in figures, digit for digit, so
    that what is found in it keeps its place: 二〇二三年 as 2023年."""
    return _CHINESE_YEAR.sub(lambda year: year.group().translate(_NUMERALS), text)


def deadlines(text: str) -> list[tuple[int, str, int]]:
    """(year, the date as written, where it starts) of each deadline in a text, and of
    each year that dates a whole sentence or is planned for: ``力争2023年底前完成`` has (2023, ``2023年底前``, 2);
    ``2023年全市无黑恶势力犯罪`` has (2023, ``2023年``, 0); ``力争2023年完成`` has (2023, ``2023年``, 2);
    ``全面完成2023年度扫黑除恶任务`` has (2023, ``2023年度``, 4);
    ``截至2023年底已建成``, ``2023年开工的综治中心`` and ``2023年巩固率为99%，本年度保持`` have none.
    A year in Chinese numerals is read as its digits: ``二〇二三年底前完成`` has (2023, ``二〇二三年底前``, 0)."""
    if not _A_YEAR_WRITTEN.search(text):
        return []
    written, text = text, in_figures(text)
    dates = list(_DATE_IN_TEXT.finditer(text))
    found = [(int(m.group("year")), written[m.start():m.end()], m.start()) for m in dates if _is_deadline(text, m)]
    # a date is found as a whole: a year is not found again where its date is a deadline, nor alone where it
    # begins a longer date (2023年 of 2023年12月); a year and its season or half (确保2023年汛期安全度汛,
    # 2023年汛期全县…, 完成2023年秋季学期…工作) are judged like a year
    deadline_starts, date_ends = {start for _, _, start in found}, {d.start(): d.end() for d in dates}
    years = {m.start("year"): m for m in _SENTENCE_YEAR.finditer(text) if _promised_for(text, m)}
    years.update({m.start("year"): m for m in _PLANNED_YEAR.finditer(text) if _planned_for(text, m)})
    years.update({m.start("year"): m for m in _SUBJECT_YEAR.finditer(text) if _targeted_for(text, m)})
    years.update({m.start("year"): m for m in _TASK_YEAR.finditer(text) if not re.search("已|超额", m["before"])})
    years.update({m.start("year"): m for m in _TARGET_YEAR.finditer(text)})
    found += [(int(m.group("year")), written[start:m.end()], start) for start, m in years.items()
              if start not in deadline_starts and m.end() >= date_ends.get(start, 0) and not _LOOK_BACK.match(text, m.end())]
    return sorted((deadline for deadline in found
                   if not _names_rather_than_dates(text, deadline[2]) and not _reports_results(text, deadline[2])),
                  key=lambda deadline: deadline[2])


def names_this_year(text: str, start: int, budget_year: int) -> bool:
    """Whether the sentence of ``text`` goes on after ``start`` to name this year (see
    ``_THIS_YEAR``): in words, or by a year from ``budget_year`` on; a year promised
    (确保2023年…，今年…) or a deadline (2023年底前完成本年度…) is not told of so, nor one named
    after this year (本年度力争2023年底前完成: the copied text's own 本年度)."""
    clause = _CLAUSE_START.split(text[:start])[-1]
    if _PROMISED.search(clause) or _DEADLINE_WITH_QIAN.match(text, start):
        return False
    rest = _NEXT_ITEM.split(_SENTENCE_AROUND.match(text, start).group())[0]  # the sentence from the year on
    return any(int(year["year"]) >= budget_year for year in _A_YEAR.finditer(rest)) or bool(_THIS_YEAR.search(rest))


def _promised_for(text: str, year: re.Match) -> bool:
    """Whether the year that begins a sentence (matched by ``year``) is that of what the
    sentence promises: not of what is done, of a base, or of a thing it dates."""
    end = year.end()
    comma = _CLAUSE_BREAK.match(text, end)
    if comma:
        return _set_off_for(text, year, comma.end())
    return not _DONE_AFTER.match(text, end) and not _is_base(text, year) and not _dates_a_thing(text, end)


def _set_off_for(text: str, dated: re.Match, clause: int) -> bool:
    """Whether the date or year matched by ``dated`` and set off by a comma is that of what the
    clause starting at ``clause`` plans (see ``_PLAN_OPENS``): not of what is done, of a base, or of a thing."""
    if _DONE_AFTER.match(text, clause) or _is_base(text, dated) or _dates_a_thing(text, clause):
        return False
    return bool(_PLAN_OPENS.match(text, clause) or _FIGURE.search(_CLAUSE.match(text, clause).group()))


def _planned_for(text: str, year: re.Match) -> bool:
    """Whether the year planned for (力争2023年…, matched by ``year``) is that of what its
    clause will have done or reached, of a figure it plans (计划2023年改造农村危房150户), or of
    whatever is promised for it (确保2023年度…安全度汛), not a base nor a thing's date."""
    end = year.end()
    if _is_base(text, year) or _DONE_AFTER.match(text, end):
        return False
    promised = year["planning"].startswith(_PROMISES)
    return not _dates_a_thing(text, end) and bool(
        _DEADLINE_AFTER.match(text, end) or promised or _PLANNED_DONE.match(text, end)
        or _FIGURE.search(_CLAUSE.match(text, end).group()))


def _targeted_for(text: str, year: re.Match) -> bool:
    """Whether the year after a sentence's subject (全县2023年…, matched by ``year``) is
    that of a figure its clause has done or is to reach, not of a fact nor a base."""
    end = year.end()
    return bool(_DONE_TO_A_FIGURE.match(text, end)) and not _DONE_AFTER.match(text, end) \
        and not _is_base(text, year) and not _goes_on_from_an_earlier_year(text, year)


def _goes_on_from_an_earlier_year(text: str, year: re.Match) -> bool:
    """Whether an earlier year than the one matched by ``year`` is written before it in its sentence."""
    sentence = _SENTENCE_END.split(text[:year.start("year")])[-1]
    return any(written["year"] and int(written["year"]) < int(year["year"]) for written in _LATER_YEAR.finditer(sentence))


def _reports_results(text: str, start: int) -> bool:
    """Whether the year written at ``start`` is that of results reported (see ``_RESULTS``),
    in a sentence that plans nothing (力争2023年…同比增长7%, 确保2023年前三季度…达到75% are targets)."""
    sentence = _sentence_around(text, start)
    return not _PLANNED_ANYWHERE.search(sentence) and bool(
        _PERIOD_TO_DATE.match(text, start) or _SUM_REACHED.match(text, start) or _RESULTS.search(sentence))


def _sentence_around(text: str, start: int) -> str:
    """The sentence of ``text`` that the place ``start`` is in."""
    return _SENTENCE_AROUND.match(text, max(text.rfind(end, 0, start) for end in "。！!？?\n") + 1).group()


def _names_rather_than_dates(text: str, start: int) -> bool:
    """Whether the year written at ``start`` names something rather than when anything is to be done, however
    it was found: money or what it pays for (see ``_NAMES_MONEY``), a span of years or a cited title (see ``_SPAN_JOIN``)."""
    return bool(_NAMES_MONEY.match(text, start) or _SPAN_FROM.match(text, start) or _SPAN_TO.search(text, 0, start)) \
        or text.rfind("《", 0, start) > text.rfind("》", 0, start)


def _is_base(text: str, year: re.Match) -> bool:
    """Whether the year matched by ``year`` is that of a past figure the sentence goes on
    to follow with a later year's (see ``_FIGURE``)."""
    figure = _FIGURE.search(_REST_OF_SENTENCE.match(text, year.end()).group())
    return bool(figure) and _later_year_follows(text, year, year.end() + figure.end())


def _later_year_follows(text: str, year: re.Match, start: int) -> bool:
    """Whether the sentence of the year matched by ``year`` names a later one (本年度, 2024年) after ``start``."""
    sentence = _REST_OF_SENTENCE.match(text, start).group()
    return any(not later["year"] or int(later["year"]) > int(year["year"]) for later in _LATER_YEAR.finditer(sentence))


def _dates_a_thing(text: str, end: int) -> bool:
    """Whether the year ending at ``end`` dates a thing (2022年开工的综治中心) for which
    its clause sets no figure to reach (2023年县域内的化解率达到98% does)."""
    return bool(_DATED_THING.match(text, end)) and not _FIGURE_TARGET.match(text, end)


def _is_deadline(text: str, dated: re.Match) -> bool:
    """Whether the date matched by ``dated`` is one a promise is to be kept by."""
    start, end = dated.span()
    before = text[:start]
    if before.endswith(_FACT_BEFORE) and not (before.endswith(_CUTOFF) and dated.group().endswith("前")):
        return False
    # a date planned for is one to keep, even that of what is to have been done by it (确保2024年6月底前已完成
    # 验收) or of a thing (原定2021年底完成的工程), unless the sentence goes on to name the later year the promise
    # is for (确保2023年底前开工的项目本年度全部建成)
    planned = bool(_PLANNED_IN_CLAUSE.search(_CLAUSE_START.split(before)[-1]))
    dates_a_thing = _DATED_BY_DEED.match(text, end) and not _FIGURE_TARGET.match(text, end)
    if dates_a_thing and (not planned or _later_year_follows(text, dated, end)):
        return False
    if text[start:end].endswith(("前", "内")):  # 2024年底前在现有基础上提高10%; 2023年底前已完成…: done
        return planned or not _ALREADY.match(text, end)
    # a bare 于 says when a thing was done (此项目于2023年年底完工); 计划于, 定于 plan it
    if _DONE_AFTER.match(text, end) or before.endswith("于") and not planned:
        return False
    if before.endswith("到") or _DEADLINE_AFTER.match(text, end):
        return True
    begins_a_sentence = bool(_STARTS_A_SENTENCE.search(before))
    if begins_a_sentence and _PLANNED_DONE.match(text, end) and not _dates_a_thing(text, end):
        return True
    # set off by a comma (2023年底，全县…达到45%; 力争2023年底，全县…达到95%); a month or a day begins a sentence
    # to say when a thing happened (2021年10月，我委被评为…) unless it is planned for, and a date planned for is also one
    # of what is to be done (计划2023年12月底，建成投入使用)
    comma = _CLAUSE_BREAK.match(text, end)
    planned_for = bool(_PLANNED.search(before))
    if not comma or not (planned_for or begins_a_sentence and not _ON_A_DAY.search(dated.group())):
        return False
    return _set_off_for(text, dated, comma.end()) or planned_for and bool(_DEADLINE_AFTER.match(text, comma.end()))
