"""The one parser of written values: 指标值 and spending-plan checkpoints."""

from datetime import date
from decimal import Decimal

import pytest

from jixiao.indicator_value import CHANGE, DATE, QUANTITY, RANGE, TEXT, UNFILLED, YES_NO, dated_years, deadlines, may_be_later, parse_value, percent_text


@pytest.mark.parametrize("written, name, expected", [
    ("≥90%", "", (QUANTITY, "≥", "90", "%")),
    ("≤12.80万元", "", (QUANTITY, "≤", "12.80", "万元")),
    ("0件", "", (QUANTITY, "", "0", "件")),
    (">=95%", "", (QUANTITY, "≥", "95", "%")),
    ("<5次", "", (QUANTITY, "＜", "5", "次")),
    ("＞3人次", "", (QUANTITY, "＞", "3", "人次")),
    ("不低于90%", "", (QUANTITY, "≥", "90", "%")),
    ("90%以上", "", (QUANTITY, "≥", "90", "%")),
    ("10万元以内", "", (QUANTITY, "≤", "10", "万元")),
    ("≥500元/人", "", (QUANTITY, "≥", "500", "元/人")),
    ("9.6万", "", (QUANTITY, "", "9.6", "万")),
    ("905", "", (QUANTITY, "", "905", "")),
    ("≥80服务对象满意度大于等于百分之八十", "服务对象满意度（%）", (QUANTITY, "≥", "80", "%")),
    ("≥90受益人员满意度大于等于百分之九十", "社会满意度", (QUANTITY, "≥", "90", "%")),
    ("≥90", "资金支付及时率(%)", (QUANTITY, "≥", "90", "%")),
    ("2024年12月31日前", "", (DATE, "", None, "")),
    ("12月底", "", (DATE, "", None, "")),
    ("是/否", "", (YES_NO, "", None, "")),
    ("有效维护", "", (TEXT, "", None, "")),
    ("全年不少于4次", "", (QUANTITY, "≥", "4", "次")),
    ("每季度1次", "", (QUANTITY, "", "1", "次")),
    ("≥两次", "", (QUANTITY, "≥", "2", "次")),
    ("三个以上", "", (QUANTITY, "≥", "3", "个")),
    ("十二次", "", (QUANTITY, "", "12", "次")),
    ("较上年提高5个百分点", "", (CHANGE, "", "5", "个百分点")),
    ("同比下降5%", "", (CHANGE, "", "5", "%")),
    ("提高5%", "", (CHANGE, "", "5", "%")),
    ("较上年增长10%以上", "", (CHANGE, "≥", "10", "%")),
    ("一是加强", "", (TEXT, "", None, "")),
    ("每年两次", "", (QUANTITY, "", "2", "次")),
    ("每季度不少于一次", "", (QUANTITY, "≥", "1", "次")),
    ("较2021年提高5%", "", (CHANGE, "", "5", "%")),
    ("群众满意度较上年度提高5%", "", (CHANGE, "", "5", "%")),
    ("每年12月底前", "", (DATE, "", None, "")),
    ("在2024年底前完成", "", (DATE, "", None, "")),
    ("一次性发放到位", "", (TEXT, "", None, "")),
    ("一户一策", "", (TEXT, "", None, "")),
    ("三项制度落实到位", "", (TEXT, "", None, "")),
    ("四季度完成", "", (TEXT, "", None, "")),
    ("85-95%", "", (RANGE, "", "85", "%")),  # a range: its lower end, in its unit
    ("8万元-12万元", "", (RANGE, "", "8", "万元")),
    ("8万-12万元", "", (RANGE, "", "8", "万元")),
    ("≤2.2亿元", "", (QUANTITY, "≤", "2.2", "亿元")), ("≤1,200万元", "", (QUANTITY, "≤", "1200", "万元")),  # digit groups
    ("≤486万元（含中央补助200万元）", "", (QUANTITY, "≤", "486", "万元")),  # a remark after the value
    ("5000万元，其中中央资金3000万元", "", (QUANTITY, "", "5000", "万元")), ("≥90%（含）", "", (QUANTITY, "≥", "90", "%")),
    ("3次（含）以上", "", (QUANTITY, "≥", "3", "次")), ("每季度1次（含）以上", "", (QUANTITY, "≥", "1", "次")),
    ("≥10-20次", "", (RANGE, "≥", "10", "次")), ("不超过5-8万元", "", (RANGE, "≤", "5", "万元")),  # an operator kept
    ("比例达到95%", "", (QUANTITY, "≥", "95", "%")),  # 比 is a base only before a number
    ("100%-95%", "", (QUANTITY, "", "100", "")),  # no range the wrong way round
    ("提高到105%", "", (QUANTITY, "", "105", "%")),  # a change to a level is the level
    ("压缩至12万元以内", "", (QUANTITY, "≤", "12", "万元")),
    ("较2021年底提高5%", "", (CHANGE, "", "5", "%")),  # the date is the base
    ("比2021年底下降10%", "", (CHANGE, "", "10", "%")),
    ("较上年提高到75%", "", (QUANTITY, "", "75", "%")),  # to a level, whatever the base
    ("≤60（万元）", "", (QUANTITY, "≤", "60", "万元")), ("≤60万元/年", "", (QUANTITY, "≤", "60", "万元")),  # a year's
    ("≤500元/人·年", "", (QUANTITY, "≤", "500", "元/人·年")),
    ("≤ 元/人", "", (UNFILLED, "", None, "")), ("XXXX年XX月XX日前", "", (UNFILLED, "", None, "")),  # templates
    ("2023年12月 日前", "", (UNFILLED, "", None, "")), ("____年__月__日前", "", (UNFILLED, "", None, "")),
    ("#NAME?", "", (UNFILLED, "", None, "")), ("——", "", (UNFILLED, "", None, "")),
    ("年底前", "", (TEXT, "", None, "")), ("人均", "", (TEXT, "", None, "")),  # words, not a template
])
def test_parse_value(written, name, expected):
    value = parse_value(written, name)
    number = None if value.number is None else str(value.number)
    assert (value.kind, value.operator, number, value.unit) == expected
    assert value.text == written


def test_dates_and_serials():
    assert (parse_value("2024年12月31日前").year, parse_value("2024年12月31日前").month) == (2024, 12)
    assert (parse_value("12月底").year, parse_value("12月底").month) == (None, 12)
    assert parse_value("44561").serial_date == date(2021, 12, 31)
    assert parse_value("≤45291").serial_date == date(2023, 12, 31)
    assert parse_value("≥44561次").serial_date is None and parse_value("905").serial_date is None
    assert parse_value("20221231").compact_date == date(2022, 12, 31) and parse_value("≤20221231").compact_date == date(2022, 12, 31)
    assert parse_value("20221331").compact_date is None and parse_value("20221231次").compact_date is None
    assert dated_years("力争2023年底前完成，2024年12月31日前验收") == [2023, 2024]


def test_money_in_another_unit_is_converted_exactly():
    assert parse_value("≤12800元").in_unit("万元") == Decimal("1.28")
    assert parse_value("1.6万元").in_unit("元") == Decimal("16000")
    assert parse_value("≥90%").in_unit("万元") is None


def test_percent_text_prints_a_checkpoint_with_its_percent_sign():
    assert [percent_text(v) for v in ("25", "25%", "25％", "", None)] == ["25%", "25%", "25％", "", ""]


@pytest.mark.parametrize("text, years", [
    ("2023-12-31", [2023]), ("2023.12.31", [2023]), ("2023/12/31前", [2023]), ("2023年第四季度", [2023]),
    ("2023年上半年", [2023]), ("2023-12", [2023]),
    ("2022-2024", []), ("2021-22年度", []), ("≤2023.12万元", []), ("较2023年增长", []),  # spans, money, a comparison
    ("较2023年底提高5%", []),
])
def test_dates_in_other_spellings_name_their_year(text, years):
    assert dated_years(text) == years


@pytest.mark.parametrize("text, found", [
    ("力争2023年底前完成，2024年12月31日前验收", [(2023, "2023年底前"), (2024, "2024年12月31日前")]),
    ("2023-12-31前", [(2023, "2023-12-31前")]), ("2021年上半年完成设备采购", [(2021, "2021年上半年")]),
    ("2023年内完成全部建设", [(2023, "2023年内")]), ("2023年度内完成系统验收", [(2023, "2023年度内")]),
    ("在2021年完成一期建设的基础上", []), ("自2021年1月起实施", []), ("截至2023年底全市已建成", []),
    ("按照2023年12月印发的《实施方案》", []), ("支付2023年12月已完成的工程尾款", []), ("2021年10月，我委被评为先进单位", []),
    ("2021年上半年受疫情影响", []), ("（2021年11月20日）", []),
    ("到2021年底，全面完成任务", [(2021, "2021年底")]), ("截止到2021年底，已建成", []),
    ("2021年12月底完成全部建设", [(2021, "2021年12月底")]), ("确保2021年10月底投入使用", [(2021, "2021年10月底")]),
    ("根据2021年12月市委常委会议精神", []), ("2021年10月我委被评为先进", []), ("已于2021年底完成验收", []),
    ("2023年秋季学期开学前完成校舍维修", [(2023, "2023年秋季学期开学前")]), ("2023年汛期前", [(2023, "2023年汛期前")]),
    ("2024年底前在现有基础上提高10%", [(2024, "2024年底前")]), ("确保2024年6月底前已完成所有验收", [(2024, "2024年6月底前")]),
    ("2024年元旦前发放到位", []),
    ("在2021年底完成一期建设的基础上", []), ("2021年底已完成验收", []), ("2021年12月完成了验收", []),
    ("2021年12月以来，全面开展", []), ("计划2023年12月底，建成投入使用", [(2023, "2023年12月底")]),
    ("力争于2023年6月，全面建成", [(2023, "2023年6月")]), ("2023年6月，全面建成", []),
    ("将在2023年底，完成验收", [(2023, "2023年底")]), ("计划2023年12月底，我委被评为先进", []),
    ("2023年全市范围内无黑恶势力犯罪", [(2023, "2023年")]), ("2023年度全市无重大案件", [(2023, "2023年度")]),  # a sentence's year
    ("维护稳定。2023年完成验收", [(2023, "2023年")]), ("2021年全市已建成监控点位", []), ("2021年，我委被评为先进", []),
    ("全市2023年无重大案件", []),  # not at the start of a sentence
    ("2022年起实施“雪亮工程”，2023年实现全覆盖", []), ("2022年开工的综治中心本年度投入使用", []),  # a start, a thing's date
    ("2022年实施的办案平台本年度完成验收", []), ("2022年中央财政下达的补助资金本年度全部拨付", []),
    ("2022年度结转项目本年度完成", []), ("2022年至今累计化解矛盾纠纷1200件", []), ("2022年底前已完成的一期工程本年度支付尾款", []),
    # a past figure is a base when this year's follows it; alone it reads like a goal copied from last year
    ("2022年全县义务教育巩固率为99%，本年度保持", []), ("2023年共受理法律援助案件500件，2024年力争达到600件", []),
    ("2023年共开展扫黑除恶宣传活动20场", [(2023, "2023年")]), ("2023年购置的执法记录仪按期维护保养", []),
    ("2023年12月底前完成已立项项目的验收", [(2023, "2023年12月底前")]), ("2023年全县的化解率达到98%", [(2023, "2023年")]),
    ("2022年底前完成改造", [(2022, "2022年底前")]), ("力争2022年完成全部改造任务", [(2022, "2022年")]),
    ("2022年完成改造500户", [(2022, "2022年")]), ("2022年全县巩固率达到99%", [(2022, "2022年")]),
    ("2022年起草并印发方案", [(2022, "2022年")]), ("确保2022年底前已完成所有验收", [(2022, "2022年底前")]),
    # a figure for a place's or people's …的 to reach is a goal, not a thing's date
    ("2023年县域内的化解率达到98%", [(2023, "2023年")]), ("2023年群众的满意度不低于95%", [(2023, "2023年")]),
    ("2023年开工的项目达到验收条件", []),
    # a year's tasks to be done, in mid-sentence; not those carried over, nor a look back at the year
    ("全面完成2023年度扫黑除恶任务", [(2023, "2023年度")]), ("实现2025年乡村振兴目标", []),
    ("完成2023年的矛盾纠纷排查任务", [(2023, "2023年")]), ("完成2023年度结转任务", []),
    ("完成2023年度考核工作", []), ("做好2023年度决算", []),
    ("已全面完成2023年度目标任务，2024年继续资助", []), ("超额完成2023年度招生任务", []),
    ("在全面完成2023年度目标任务的基础上，进一步巩固", []), ("圆满完成2023年度各项工作任务后，2024年重点抓好", []),
    ("完成2023年度计划生育家庭奖励扶助对象资格确认", []), ("完成2023年度绩效目标考核", []),
    ("完成2023年度部门决算和绩效目标自评工作", []), ("继续完成2023年度未完工任务", []),
    ("完成2023年度中央下达的续建任务", []), ("完成2023年度高标准农田建设任务扫尾工作", []),
    ("为实现2025年乡村振兴目标打下坚实基础", []), ("完成2023年至2025年三年行动计划目标任务", []),
    # a past figure followed by this year's is a base; 达 and 稳定在 set a figure too
    ("2023年县域内的矛盾纠纷化解率达到98%，2024年继续保持在98%以上", []),
    ("2023年新建的养老床位达到200张，本年度新增50张", []),
    ("2023年辖区内的群众安全感达98%以上", [(2023, "2023年")]), ("2023年城乡居民的参保率稳定在95%以上", [(2023, "2023年")]),
    # a year's tasks handed down; a year planned for with what is to be done or reached in its clause
    ("完成上级下达的2023年度征兵任务", [(2023, "2023年度")]), ("确保2023年度各项任务圆满完成", [(2023, "2023年度")]),
    ("力争2023年全县粮食产量达到50万吨", [(2023, "2023年")]), ("将2023年结余资金用于设备购置", []),
    # last year's estimate followed by this year's plan is a base; closing out last year is this year's work
    ("预计2023年全县完成造林5万亩，2024年计划完成6万亩", []), ("预计2023年全县粮食产量达到50万吨，2024年力争稳定在50万吨以上", []),
    ("完成2023年度财政决算任务", []), ("完成2023年度部门整体支出绩效自评任务", []), ("完成2023年度统计年报任务", []),
    ("完成2023年度社会组织年检任务", []), ("完成2023年度个人所得税汇算清缴任务", []), ("完成2023年度目标考核任务", []),
    ("拟将2023年度中央财政衔接资金的项目全部完成验收", []),  # the year dates the money
    ("确保2023年全县无重大安全生产事故", [(2023, "2023年")]), ("确保2024年全县无重大安全生产事故", [(2024, "2024年")]),
])
def test_deadlines_are_dates_a_promise_is_kept_by(text, found):
    assert [(year, written) for year, written, _ in deadlines(text)] == found


@pytest.mark.parametrize("text, found", [
    # a past figure, however written, followed by a later year's is a base; by the same year's it is a goal
    ("2023年度全县城乡低保标准为每人每月680元，2024年提高到720元。", []),
    ("2023年全县农村公路优良中等路率85%，2024年力争达到88%。", []),
    ("2023年发放城乡低保金1200万元，2024年预计发放1300万元。", []),
    ("2023年全县农村自来水普及率达到95%，2023年12月底前完成3处集中供水工程。",
     [(2023, "2023年"), (2023, "2023年12月底前")]),
    # a date of when a thing was built or sent dates the thing, unless it was planned for
    ("对2023年底前建成的农村公路开展日常养护。", []), ("2023年底建成的农村公路全部纳入管养", []),
    ("2023年12月底前下达的2024年提前批资金，2024年3月底前分配到位。", [(2024, "2024年3月底前")]),
    ("原定2021年底完成的工程", [(2021, "2021年底")]), ("2023年底前全县的化解率达到98%", [(2023, "2023年底前")]),
    # facts: when a thing was done (于), done already, done to its subject, what there is
    ("此项目于2023年年底完工，2024年支付尾款。", []), ("计划于2023年年底完工", [(2023, "2023年年底")]),
    ("项目于2023年底前完工", [(2023, "2023年底前")]), ("定于2023年12月完成验收", [(2023, "2023年12月")]),
    ("2023年底前已完成全部危桥改造。", []), ("确保2023年底前已完成全部危桥改造", [(2023, "2023年底前")]),
    ("2023年我县被评为省级义务教育优质均衡发展县。", []), ("2023年全县无一名学生被迫辍学", [(2023, "2023年")]),
    ("2023年全县共有低保对象3500户。", []),
    # a year naming money its clause says the use of
    ("2023年度一般债券资金用于农村公路建设。", []), ("2023年度资金拨付率达到100%", [(2023, "2023年度")]),
    # closing out last year's work in the budget year
    ("完成2023年度义务教育经费保障机制资金清算任务。", []), ("完成2023年度农业保险保费补贴资金结算任务", []),
    ("完成2023年度政府财务报告编制任务。", []), ("完成2023年度中央财政衔接资金项目验收任务。", []),
    ("完成2023年度巡察反馈问题整改任务。", []),
    # a target year reached by 到 is the year of a goal, like a date reached by 到; not a span nor a base
    ("到2025年，全县农村自来水普及率达到95%。", [(2025, "2025年")]), ("力争到2025年底，全县…", [(2025, "2025年底")]),
    ("从2021年到2023年，累计投入1000万元", []), ("恢复到2019年水平", []),
])
def test_facts_bases_and_a_year_s_money_or_closing_are_no_deadlines(text, found):
    assert [(year, written) for year, written, _ in deadlines(text)] == found


@pytest.mark.parametrize("text, found", [
    # a promise (确保, 力争, 争取) is of its year whatever it promises, a place between them or not
    ("确保2023年度全县小型水库安全度汛。", [(2023, "2023年度")]), ("争取2023年全县新增就业2000人。", [(2023, "2023年")]),
    ("确保全县2023年义务教育巩固率达到98%。", [(2023, "2023年")]),
    ("确保2023年度结转资金按期支出", []), ("确保2023年开工的项目本年度投入使用", []), ("预计2023年全县降雨偏多", []),
    # a date that begins a sentence and what its clause plans for it
    ("2023年汛期全县水库无垮坝、无人员伤亡。", [(2023, "2023年汛期")]), ("2023年汛期降雨偏多，全县水库无垮坝", []),
    # a year after a sentence's subject with a figure done or to reach; not a base nor a fact's start
    ("本项目2023年完成新建校舍3000平方米。", [(2023, "2023年")]), ("全县2023年完成造林1万亩。", [(2023, "2023年")]),
    ("全县2023年完成造林1万亩，2024年计划完成1.2万亩", []), ("本项目2023年已完成投资500万元", []),
    ("全县较2023年提高到95%", []), ("全县截至2023年完成500户", []),
    # a year's task, work or plan to be done or carried out, handed down with or without 的
    ("做好2023年度城乡居民基本医疗保险参保工作。", [(2023, "2023年度")]),
    ("全面落实2023年度农村义务教育学生营养改善计划。", [(2023, "2023年度")]),
    ("组织2023年度全县高考、中考考务工作。", [(2023, "2023年度")]),
    ("督促各责任部门落实2023年度平安建设（社会治理）工作目标任务。", [(2023, "2023年度")]),
    ("完成县政府下达2023年度农村危房改造任务。", [(2023, "2023年度")]),
    ("做好2023年度决算工作", []), ("完成2023年度统计工作", []), ("组织2023年度项目绩效评价工作", []),
    # a year in Chinese numerals
    ("二〇二三年底前完成全部薄弱学校改造。", [(2023, "二〇二三年底前")]),
])
def test_last_year_s_goals_copied_in_other_words_are_found(text, found):
    assert [(year, written) for year, written, _ in deadlines(text)] == found


@pytest.mark.parametrize("text, found", [
    # a paragraph's number or a label before the year: the year still begins its sentence, and is found where it is written
    ("一是2023年全县义务教育巩固率保持在98%以上。", [(2023, "2023年", 2)]), ("1.2023年全县完成造林1万亩。", [(2023, "2023年", 2)]),
    ("（一）2023年全县完成农村改厕2000户。", [(2023, "2023年", 3)]), ("(1)2023年全县完成农村改厕2000户。", [(2023, "2023年", 3)]),
    ("一、2023年全县完成造林1万亩。", [(2023, "2023年", 2)]), ("第一，2023年全县完成造林1万亩。", [(2023, "2023年", 3)]),
    ("①2023年全县完成造林1万亩。", [(2023, "2023年", 1)]), ("1）2023年全县完成造林1万亩。", [(2023, "2023年", 2)]),
    ("目标1：2023年全县完成造林1万亩。", [(2023, "2023年", 4)]), ("年度目标：2023年全县完成造林1万亩。", [(2023, "2023年", 5)]),
    ("一是全县2023年完成造林1万亩。", [(2023, "2023年", 4)]), ("维护稳定。二是2023年汛期全县水库无垮坝。", [(2023, "2023年汛期", 7)]),
    # …and what is a fact or a base after them stays one
    ("一是2021年，我委被评为先进单位。", []), ("1.2022年全县巩固率为99%，本年度保持。", []), ("（一）2022年开工的综治中心本年度投入使用。", []),
])
def test_a_year_after_a_paragraph_s_number_or_a_label_begins_its_sentence(text, found):
    assert deadlines(text) == found


@pytest.mark.parametrize("text, found", [
    # a date or year set off by a comma, and the clause after it plans something: a promise or a figure
    ("2023年底，全县家庭医生签约服务覆盖率达到45%以上。", [(2023, "2023年底", 0)]),
    ("2023年末，全县65岁以上老年人健康管理率达到70%。", [(2023, "2023年末", 0)]),
    ("力争2023年底，全县农村自来水普及率达到95%。", [(2023, "2023年底", 2)]), ("计划2023年底，全县建成5G基站100个。", [(2023, "2023年底", 2)]),
    ("2023年12月底，完成农村改厕2000户。", [(2023, "2023年12月底", 0)]),
    ("2023年，确保全县农村公路优良中等路率达到85%。", [(2023, "2023年", 0)]), ("2023年度，全县城镇新增就业1500人。", [(2023, "2023年度", 0)]),
    # …and a year that begins a clause with a figure to reach, unless an earlier year's clause goes before it
    ("全年完成农村公路养护里程1200公里，2023年县道优良路率达到80%。", [(2023, "2023年", 19)]),
    ("2023年12月完成验收，2023年全县完成造林1万亩。", [(2023, "2023年12月", 0), (2023, "2023年", 13)]),
    ("2023年全县农村公路优良中等路率85%，2024年力争达到88%。", []),
    # facts and bases set off by a comma stay quiet: done, done to, what there is, a month's or a day's event, no plan
    ("2021年，我委被评为先进单位。", []), ("2023年11月，我县被列为全省农村综合改革试点县。", []), ("2023年，全县共有低保对象3500户。", []),
    ("2023年，全县巩固率为99%，本年度保持在99%以上。", []), ("2023年底，全县已建成5G基站100个。", []),
    ("2023年12月，省财政厅下达资金500万元。", []), ("2023年6月，全面建成。", []), ("2023年，我县获评全国文明城市。", []),
    ("2023年，中央财政下达的补助资金本年度全部拨付。", []), ("2022年全县巩固率为99%，本年度保持。", []),
])
def test_a_date_or_year_set_off_by_a_comma_is_that_of_what_its_clause_plans(text, found):
    assert deadlines(text) == found


@pytest.mark.parametrize("text, found", [
    # a year that names money or the programme it pays for is the money's, however the year is found
    ("2023年增发国债水利项目6月底前全部完工。", []), ("全面完成2023年增发国债项目建设任务。", []),
    ("2023年度第四批中央财政衔接推进乡村振兴补助资金项目全部完工。", []), ("2023年中央预算内投资项目本年度全部竣工。", []),
    ("2023年地方政府专项债券项目本年度全部开工。", []), ("完成2023年第四批中央财政衔接资金项目建设任务。", []),
    ("确保2023年增发国债项目按期完工。", []), ("确保2023年度增发国债项目2024年6月底前全部完工。", [(2024, "2024年6月底前", 14)]),
    # …not a place's figure of the year, nor money that is not named by its grant
    ("2023年全县专项资金支出进度达到100%。", [(2023, "2023年", 0)]), ("2023年度资金拨付率达到100%", [(2023, "2023年度", 0)]),
    ("完成2023年第一批次培训任务。", [(2023, "2023年", 2)]),
])
def test_a_year_that_names_money_is_the_money_s(text, found):
    assert deadlines(text) == found


@pytest.mark.parametrize("text, found", [
    # a year whose work is a look back at it (its accounts, checks, fixes, reports, what is cleared), however it is found
    ("确保2023年度部门决算按时报送财政局。", []), ("确保2023年审计发现问题全部整改到位。", []),
    ("确保2023年度城乡居民医保基金清算工作按时完成。", []), ("确保2023年度部门整体支出绩效自评报告3月底前报送。", []),
    ("完成2023年度各类补助资金的清理和收回工作。", []), ("2023年度审计整改完成率100%。", []),
    ("2023年度县级预算执行审计中发现的问题，本年度全部完成整改。", []),
    # …not a year when such work is done, nor a promise of other work
    ("维护稳定。2023年完成验收", [(2023, "2023年", 5)]), ("确保2023年度各项任务圆满完成", [(2023, "2023年度", 2)]),
    # a date that dates a thing, and the later year the promise is for named after it
    ("确保2023年底前开工的项目本年度全部建成。", []), ("原定2021年底完成的工程", [(2021, "2021年底", 2)]),
])
def test_a_year_looked_back_on_or_a_thing_s_date_is_no_promise(text, found):
    assert deadlines(text) == found


@pytest.mark.parametrize("text, found", [
    # a year with its season or half is judged like a year: promised, beginning a sentence about a place, a task's
    ("确保2023年汛期安全度汛，小型水库无垮坝。", [(2023, "2023年汛期", 2)]), ("2023年汛期全县水库安全度汛。", [(2023, "2023年汛期", 0)]),
    ("全面完成2023年秋季学期教材发放工作。", [(2023, "2023年秋季学期", 4)]),
    ("2023年上半年启动县医院新院区建设。", [(2023, "2023年上半年", 0)]),  # a start planned, like 开工
    # …and stays quiet where it tells what the period was, is a start, or begins a span into the budget year
    ("2023年汛期降雨偏多，全县水库无垮坝", []), ("2021年上半年受疫情影响", []),
    ("2023年秋季学期起，全县义务教育学生全部享受营养改善计划，2024年继续实施。", []), ("完成2023年第四季度及2024年全年养护任务。", []),
    ("用于支付2023年第四季度农村公路养护费。", []),
])
def test_a_year_s_season_or_half_is_judged_like_the_year(text, found):
    assert deadlines(text) == found


@pytest.mark.parametrize("text, found", [
    # a year in a span of years or in a cited title is never a deadline, whatever finds it
    ("2023年至2025年，全县每年完成造林1万亩。", []), ("2023年到2025年，全县每年新增城镇就业1500人以上。", []),
    ("确保2023年至2025年三年行动计划各项目标任务全面完成。", []), ("2023年度至2025年度，全县累计完成农村改厕6000户。", []),
    ("2023年～2025年全县每年完成造林1万亩。", []), ("完成2023年第四季度及2024年全年养护任务。", []),
    ("落实《关于做好2023年度高校毕业生就业工作的通知》精神，", []),
    ("按照《关于做好2023年度城乡居民基本医疗保险工作的通知》要求，做好2024年度参保工作。", [(2024, "2024年度", 34)]),
    # …while a year after a title, or one joined to no other year, still is
    ("落实《实施方案》，2023年底前完成全部改造。", [(2023, "2023年底前", 9)]), ("恢复到2019年水平", []),
    ("确保2023年至年底无重大事故。", [(2023, "2023年", 2)]),
])
def test_a_year_in_a_span_or_a_cited_title_is_no_deadline(text, found):
    assert deadlines(text) == found


@pytest.mark.parametrize("text, found", [
    # a plan with a figure, a longer subject, the main flood season, a cutoff with 前
    ("计划2023年改造农村危房150户。", [(2023, "2023年", 2)]), ("全县各乡镇2023年完成农村改厕2000户。", [(2023, "2023年", 5)]),
    ("在2023年主汛期前完成山洪灾害监测预警设施维修。", [(2023, "2023年主汛期前", 1)]),
    ("截止2023年12月31日前完成全部任务。", [(2023, "2023年12月31日前", 2)]),
    # …not a plan without a figure, a cutoff without 前, nor one already done
    ("预计2023年全县降雨偏多", []), ("截止2023年12月31日，全县参保人数达到45万人。", []), ("截至2023年12月31日前已建成的水厂", []),
])
def test_a_plan_s_figure_a_longer_subject_and_a_cutoff_with_qian_are_found(text, found):
    assert deadlines(text) == found


@pytest.mark.parametrize("text, later", [
    ("到2025年，全县农村自来水普及率达到95%。", True), ("力争到2025年底，全县农村自来水普及率达到95%。", True),
    ("完成2025年度城乡居民医保参保征缴任务，参保率达到95%以上。", True), ("下达2025年提前批资金", True),
    ("2025年底前完成全部改造", False), ("完成2025年度扫黑除恶任务，2025年度城乡居民医保参保率达到95%", False),
])
def test_a_multi_year_target_and_what_is_done_ahead_may_name_a_later_year(text, later):
    assert may_be_later(text, text.index("2025")) is later
