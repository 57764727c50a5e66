"""Review rules on real filings: the faults of the seeds and of edited copies are found at
their lines with the right severity; policy (jixiao.yaml) and accepted warnings
(接受警告) change what is reported. The documented examples of every code are run in
test_rule_examples.py."""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import FILINGS, edited, line_of, run_jixiao
from jixiao.codes import CODES
from jixiao.checks.values import direction
from jixiao.findings import ERROR, WARNING
from jixiao.model import Indicator
from jixiao.pipeline import process, process_bytes
from jixiao.policy import Policy, load_policy, policy_for

GOOD = """\
版式: 河北
年度: 2022
部门: {名称: 政法委部门}
整体绩效目标: {总体目标: 维护稳定。}
项目:
  - 名称: 甲项目
    编码: P001
    财政资金: 10.00
    支出计划: {3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}
    绩效目标: 持续推进扫黑除恶工作。
    依据: 年度工作计划
    绩效指标:
      产出指标:
        数量指标:
          - {名称: 宣传次数, 指标值: ≥3次}
        时效指标:
          - {名称: 完成时间, 指标值: 2022年12月31日前}
        成本指标:
          - {名称: 项目总成本, 指标值: ≤10.00万元}
      效益指标:
        社会效益指标:
          - {名称: 社会稳定水平, 指标值: ≥90%}
      满意度指标:
        服务对象满意度指标:
          - {名称: 群众满意度, 指标值: ≥90%}
"""


def found(source: str, policy=None) -> list[tuple[str, str, int]]:
    options = {"policy": policy} if policy else {}
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False, **options)
    return [(f.code, f.severity, f.location.line) for f in result.findings]


def located(source: str, *codes: str) -> list[tuple[str, str, str, str]]:
    """(code, x.yaml:line:column, message, hint) of each finding of ``codes`` (of all without)."""
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    return [(f.code, str(f.location), f.message, f.hint) for f in result.findings if not codes or f.code in codes]


def test_a_complete_filing_has_no_findings():
    assert found(GOOD) == []


def test_a_spending_plan_in_yaml_numbers_is_read_as_the_numbers_and_printed_plainly():
    source = GOOD.replace("{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}", "{3月底: 25, 6月底: 5e1, 10月底: 75.0, 12月底: 1e2}")
    assert found(source) == []
    result = process_bytes(source.encode("utf-8"), "x.yaml")
    assert result.view["projects"][0]["plan"] == [("3月底", "25%"), ("6月底", "50%"), ("10月底", "75.0%"), ("12月底", "100%")]


def test_a_spending_plan_checkpoint_may_have_a_plus_sign_but_not_a_minus_sign():
    plus = GOOD.replace("{3月底: 25%,", "{3月底: +25%,")
    assert found(plus) == []
    assert process_bytes(plus.encode("utf-8"), "x.yaml").view["projects"][0]["plan"][0] == ("3月底", "25%")
    assert messages(GOOD.replace("{3月底: 25%,", "{3月底: -5%,"), "JX311") == [
        "项目「甲项目」的支出计划 3月底 应是 0% 到 100% 之间的百分比，写的是「-5%」"]


def test_the_faults_of_the_seeds_are_found_at_their_lines_as_warnings():
    hunan = process(FILINGS / "hunan-yuanjiang-2024.yaml", with_view=False)
    xinjiang = process(FILINGS / "xinjiang-korla-2020.yaml", with_view=False)
    messages = {(f.code, f.severity, str(f.location).split(":", 1)[1], f.message)
                for f in hunan.findings + xinjiang.findings}
    assert ("JX422", WARNING, "315:18", "项目「办案经费」的指标「资金到位」是比率，指标值「905」却大于 100 且没有 %，"
                                        "是否想写 90%？") in messages
    assert ("JX441", WARNING, "318:18", "项目「办案经费」的成本指标「专项资金」是 1.6万元，大于项目预算数 1.28万元，"
                                        "比预算数多 0.32万元") in messages
    assert ("JX408", WARNING, "49:15", "部门整体的三级指标「扫黑除恶专项斗争经费」重复出现"
                                       "（第一次在 产出指标 / 成本指标 下，第 47 行）") in messages
    assert hunan.ok and xinjiang.ok


def test_make_build_shows_the_seeds_warnings_and_succeeds(tmp_path):
    result = run_jixiao("build", str(FILINGS), "-o", str(tmp_path), "--no-pdf")
    assert result.returncode == 0
    assert "hunan-yuanjiang-2024.yaml:315:18: 警告[JX422]" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("0 个错误，")


SEED_002_PROJECT_1 = """\
        数量指标:
          - 名称: 宣传、活动开展次数
            指标值: 开展扫黑除恶宣传情况
        质量指标:
          - 名称: 资金到位率
            指标值: ≥90%
        时效指标:
          - 名称: 资金支付及时率
            指标值: ≥90%
        成本指标:
          - 名称: 控制在预算资金内
            指标值: 按要求支出
      效益指标:
        社会效益指标:
          - 名称: 社会稳定水平
            指标值: ≥90%
  - 名称: 政法队伍教育整顿工作经费
"""


def test_the_faults_planted_in_a_copy_of_seed_002_are_each_found(tmp_path):
    project_1 = (SEED_002_PROJECT_1.replace("        数量指标:", "        数最指标:")
                 .replace("资金到位率\n            指标值: ≥90%", "资金到位率\n            指标值: ≥905%")
                 .replace("指标值: 按要求支出", "指标值: ≤13.00万元")
                 .replace("  - 名称: 政法队伍", "      满意度指标:\n        服务对象满意度指标:\n"
                          "          - 名称: 群众满意度\n            指标值: 60%\n  - 名称: 政法队伍"))
    weights = [(f"描述: {d}\n", f"描述: {d}\n            权重: 16\n") for d in
               ("营造宣传氛围", "为日常办公提供必要的经费", "按照工作要求按时完成预定的计划", "保障工作顺利开展")]
    weights.append(("描述: 不超过财政支持经费\n            指标值: 是/否\n      效益指标:\n        社会效益指标:\n"
                    "          - 名称: 业务保障能力", "描述: 不超过财政支持经费\n            权重: 16\n            指标值: 是/否\n"
                    "      效益指标:\n        社会效益指标:\n          - 名称: 业务保障能力"))
    copy = edited(tmp_path, "hebei-shanhaiguan-2022.yaml", (SEED_002_PROJECT_1, project_1), *weights,
                  ("各项任务完成及时率（%）\n            指标值: ≥90%\n        时效指标:\n          - 名称: 协调督导事项化解率(%)",
                   "各项任务完成及时率（%）\n            方向: 反向\n            指标值: ≥90%\n        时效指标:\n"
                   "          - 名称: 协调督导事项化解率(%)"),
                  ("确保见义勇为行为得到社会认可。\n        时效指标:\n          - 名称: 资金支付及时率\n            指标值: 100%",
                   "确保见义勇为行为得到社会认可。\n        时效指标:\n          - 名称: 资金支付及时率\n            指标值: 44561"))
    findings = {(f.code, f.severity, f.location.line) for f in process(copy, with_view=False).findings}
    expected = {
        ("JX406", WARNING, line_of(copy, "数最指标")),
        ("JX421", ERROR, line_of(copy, "≥905%")),
        ("JX441", WARNING, line_of(copy, "≤13.00万元")),
        ("JX425", WARNING, line_of(copy, "指标值: 60%")),
        ("JX431", ERROR, line_of(copy, "绩效目标: 开展政法队伍教育整顿活动") + 2),
        ("JX426", WARNING, line_of(copy, "方向: 反向") + 1),
        ("JX427", ERROR, line_of(copy, "44561")),
    }
    assert expected <= findings
    messages = [f.message for f in process(copy, with_view=False).findings]
    assert "二级指标「数最指标」不在 2015 指标体系中，是否想写 数量指标？" in messages
    assert "项目「政法队伍教育整顿工作经费」的权重合计是 80，应为 100，少 20" in messages


def test_an_accepted_warning_stays_in_the_filing_and_is_not_reported():
    low = GOOD.replace("群众满意度, 指标值: ≥90%}", "群众满意度, 指标值: ≥70%}")
    assert ("JX425", WARNING, 25) in found(low)
    accepted = low.replace("≥70%}", "≥70%, 接受警告: {JX425: 服务对象为被处罚企业，按历史水平定 70%}}")
    result = process_bytes(accepted.encode("utf-8"), "x.yaml")
    assert result.findings == [] and [f.code for f in result.accepted] == ["JX425"]
    on_the_project = low.replace("    依据: 年度工作计划\n", "    依据: 年度工作计划\n    接受警告: {JX425: 历史水平}\n")
    assert found(on_the_project) == []


def test_a_warning_on_the_department_indicators_is_accepted_for_the_department():
    source = (FILINGS / "xinjiang-korla-2020.yaml").read_text(encoding="utf-8")
    assert ("JX404", WARNING, 14) in found(source)
    accepted = source.replace("整体绩效目标:\n", "整体绩效目标:\n  接受警告: {JX404: 本部门以协调为主，只考核数量和成本}\n", 1)
    result = process_bytes(accepted.encode("utf-8"), "x.yaml", with_view=False)
    assert "JX404" not in [f.code for f in result.findings] and [f.code for f in result.accepted] == ["JX404"]


def test_a_department_cost_above_all_of_its_money_is_found():
    source = (FILINGS / "xinjiang-korla-2020.yaml").read_text(encoding="utf-8")
    total = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False).totals.budget
    assert messages(source, "JX441") == []
    above = source.replace("指标值: ≤70万元", f"指标值: ≤{total + 1}万元", 1)
    assert messages(above, "JX441") == [f"部门整体的成本指标「扫黑除恶专项斗争经费」是 ≤{total + 1}万元，"
                                        f"大于部门的各项目预算数之和 {total}万元，比它多 1万元"]


def test_a_department_cost_in_words_is_found_as_a_project_s_is():
    source = (FILINGS / "xinjiang-korla-2020.yaml").read_text(encoding="utf-8")
    in_words = source.replace("指标值: ≤70万元", "指标值: 控制在预算内", 1)
    department = "部门整体的成本指标「扫黑除恶专项斗争经费」只写了「控制在预算内」，没有用数字写的金额"
    assert [found for found in located(in_words, "JX444") if found[2].startswith("部门整体")] == [
        ("JX444", "x.yaml:50:16", department, "写成本总额（如 ≤12.80万元）或单位成本（如 ≤500元/人）")]
    assert [message for message in messages(source, "JX444") if message.startswith("部门整体")] == []


HUNAN_FUNDS = "资金:\n  收入:\n    一般公共预算: 335.6\n"


@pytest.mark.parametrize("typed", [
    "资金:\n  资金总额: 335.6\n  收入:\n    一般公共预算: 335.6\n",
    "资金:\n  收入:\n    一般公共预算: 335.6\n    合计: 335.6\n",
    "资金:\n  收入:\n    一般公共预算: 335.6\n    收入合计: 335.6\n",
])
def test_a_typed_total_of_the_department_budget_that_agrees_is_no_income(typed):
    source = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8").replace(HUNAN_FUNDS, typed)
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    assert result.totals.income == Decimal("335.6")
    assert [f.code for f in result.findings if f.code.startswith(("JX1", "JX2", "JX3"))] == []


@pytest.mark.parametrize("edit, at, message, hint", [
    ("  收入:\n    一般公共预算: 335.6\n    合计: 300\n", "70:9", "收入的合计写的是 300万元，但收入各项之和是 335.6万元，写的比算出的少 35.6万元",
     "收入的合计由工具按收入各项之和计算，可以删除这一行；若它是对的，请核对收入各项"),
    ("  资金总额: 336\n  收入:\n    一般公共预算: 335.6\n", "68:9", "资金总额写的是 336万元，但收入各项之和是 335.6万元，写的比算出的多 0.4万元",
     "资金总额由工具按收入各项之和计算，可以删除这一行；若它是对的，请核对收入各项"),
])
def test_a_typed_total_of_the_department_budget_is_checked_against_the_sum_and_not_added(edit, at, message, hint):
    source = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8").replace(HUNAN_FUNDS, "资金:\n" + edit)
    assert [found for found in located(source) if found[0].startswith(("JX1", "JX2", "JX3"))] == [
        ("JX204", f"x.yaml:{at}", message, hint)]


def test_a_typed_total_of_the_expenses_is_checked_against_basic_and_project_expenses():
    source = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    typed = source.replace("    基本支出: 275.8\n", "    基本支出: 275.8\n    合计: 335.6\n")
    assert messages(typed, "JX204") == []
    assert located(typed.replace("合计: 335.6", "合计: 335"), "JX204") == [
        ("JX204", "x.yaml:75:9", "支出的合计写的是 335万元，但基本支出 + 项目支出是 335.6万元，写的比算出的少 0.6万元",
         "支出的合计由工具按基本支出 + 项目支出计算，可以删除这一行；若它是对的，请核对基本支出和各项目金额")]


@pytest.mark.parametrize("key, at", [("项目支出合计", 13), ("项目合计", 11)])
def test_a_total_keyed_by_the_line_it_is_mistaken_for_says_so(key, at):
    """项目支出合计 is read as the total of the expenses, not as 项目支出: told how to write that."""
    source = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    typed = source.replace("    基本支出: 275.8\n", f"    基本支出: 275.8\n    {key}: 59.8\n")
    assert located(typed, "JX204") == [
        ("JX204", f"x.yaml:75:{at}", f"支出的{key}写的是 59.8万元，但基本支出 + 项目支出是 335.6万元，写的比算出的少 275.8万元",
         f"「{key}」读作支出的合计（基本支出 + 项目支出），不是项目支出：写的若是项目支出，把键改成“项目支出”")]


def test_a_hunan_filing_without_its_department_budget_is_told_what_prints_instead():
    source = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    without = source[:source.index("资金:\n")] + source[source.index("项目:\n"):]
    assert located(without, "JX306") == [
        ("JX306", "x.yaml:2:1", "版式「湖南」的年度预算申请要写“资金”（收入和支出），这份文件没有写：资金总额只能印各项目预算数之和 "
                                "59.8万元（不含基本支出），按收入性质分、按支出性质分两栏空着",
         "加上“资金:”，写收入各项（如 一般公共预算: 335.60）和“支出: {基本支出: …}”；项目支出由工具按各项目算出")]
    assert messages(source, "JX306") == []
    assert messages(without.replace("版式: 湖南", "版式: 新疆"), "JX306") == []  # its forms print no 年度预算申请


def test_a_number_typed_before_an_item_the_layout_numbers_is_found_where_it_is():
    listed = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n",
                          "    绩效目标:\n      - 1.持续推进扫黑除恶工作。\n      - （2）开展宣传。\n      - 3.5万元用于宣传。\n")
    assert located(listed, "JX333") == [
        ("JX333", "x.yaml:11:9", "「绩效目标」第 1 项开头写了编号「1.」，编号由工具自动加，印出来会重复", "删去开头的「1.」"),
        ("JX333", "x.yaml:12:9", "「绩效目标」第 2 项开头写了编号「（2）」，编号由工具自动加，印出来会重复", "删去开头的「（2）」")]
    assert located(listed.replace("版式: 河北", "版式: 新疆"), "JX333") == []  # 新疆 prints no project 绩效目标
    duties = GOOD.replace("整体绩效目标:", "部门职能:\n  - 一、统一思想\n整体绩效目标:")
    assert [code for code, _, _, _ in located(duties, "JX333")] == []  # 河北 prints no 部门职能
    assert [code for code, _, _, _ in located(duties.replace("版式: 河北", "版式: 湖南"), "JX333")] == ["JX333"]


@pytest.mark.parametrize("item, written", [("1）保障学校正常运转。", "1）"), ("(2)落实经费标准。", "(2)"), ("3、开展督导。", "3、"),
                                           ("十、加强宣传。", "十、"), ("1、2024年完成验收。", "1、"),
                                           ("1.2024年完成验收。", "1."), ("一.加强宣传。", "一."), ("一）加强宣传。", "一）"),
                                           ("⑴加强宣传。", "⑴"), ("Ⅱ、加强宣传。", "Ⅱ、"), ("1.5万名群众受益。", None),
                                           ("一、二年级学生课后服务全覆盖。", None), ("3、4月份完成经费拨付。", None),
                                           ("二、三类乡镇卫生院达标。", None), ("3.5万元用于宣传。", None)])
def test_a_number_before_an_item_is_told_from_numerals_listed_at_its_start(item, written):
    listed = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", f"    绩效目标:\n      - {item}\n      - 开展宣传。\n")
    expected = [("JX333", "x.yaml:11:9", f"「绩效目标」第 1 项开头写了编号「{written}」，编号由工具自动加，印出来会重复",
                 f"删去开头的「{written}」")] if written else []
    assert located(listed, "JX333") == expected


def test_a_number_typed_before_a_sub_goal_or_a_measure_which_hebei_numbers_is_found():
    source = GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", "整体绩效目标:\n  总体目标: 维护稳定。\n  分项目标:\n    - 名称: （一）学生资助\n      绩效目标: 应助尽助。\n"
                                          "    - 名称: 义务教育保障\n  保障措施:\n    - （一）加强组织领导。\n"
                                          "    - {标题: 2、强化预算执行, 内容: 按月通报。}\n    - {内容: 三、定期开展监控。}\n", 1)
    assert located(source, "JX333") == [
        ("JX333", "x.yaml:7:11", "「分项目标」第 1 项开头写了编号「（一）」，编号由工具自动加，印出来会重复", "删去开头的「（一）」"),
        ("JX333", "x.yaml:11:7", "「保障措施」第 1 项开头写了编号「（一）」，编号由工具自动加，印出来会重复", "删去开头的「（一）」"),
        ("JX333", "x.yaml:12:12", "「保障措施」第 2 项开头写了编号「2、」，编号由工具自动加，印出来会重复", "删去开头的「2、」"),
        ("JX333", "x.yaml:13:12", "「保障措施」第 3 项开头写了编号「三、」，编号由工具自动加，印出来会重复", "删去开头的「三、」")]
    assert located(source.replace("版式: 河北", "版式: 湖南"), "JX333") == []  # 湖南 prints neither
    as_text = GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n",
                           "整体绩效目标:\n  总体目标: 维护稳定。\n  保障措施: |\n    （一）加强组织领导。\n")
    assert located(as_text, "JX333") == []  # a text, printed as it is written


def test_a_layout_that_prints_the_department_s_indicators_needs_some():
    source = (FILINGS / "xinjiang-korla-2020.yaml").read_text(encoding="utf-8")
    without = source[:source.index("  绩效指标:\n")] + source[source.index("资金:\n" if "资金:\n" in source else "项目:\n"):]
    assert located(without, "JX402") == [
        ("JX402", "x.yaml:6:1", "版式「新疆」印部门整体的年度绩效指标，整体绩效目标下却没有写绩效指标",
         "在“整体绩效目标:”下加上“绩效指标:”，按 一级指标 → 二级指标 → 三级指标 写（各任务下写的指标不印）")]
    assert located(source, "JX402") == []
    hebei = located(without.replace("版式: 新疆", "版式: 河北"), "JX402")  # the tasks' JX402 as 河北 projects
    assert hebei and not [m for _, _, m, _ in hebei if "部门整体" in m], "河北 prints no department indicators"
    empty = source[:source.index("  绩效指标:\n")] + "  绩效指标: {}\n" + source[source.index("资金:\n" if "资金:\n" in source else "项目:\n"):]
    assert located(empty, "JX402") == [
        ("JX402", "x.yaml:13:3", "版式「新疆」印部门整体的年度绩效指标，整体绩效目标的绩效指标却是空的，没有一个三级指标",
         "在“绩效指标:”下按 一级指标 → 二级指标 → 三级指标 写（各任务下写的指标不印）")]


def test_a_project_whose_indicators_are_written_empty_is_told_there():
    source = GOOD[:GOOD.index("    绩效指标:\n")] + "    绩效指标: {}\n"
    assert located(source, "JX402") == [
        ("JX402", "x.yaml:12:5", "项目「甲项目」没有绩效指标：绩效指标是空的，没有一个三级指标",
         "在“绩效指标:”下至少写产出、效益和满意度指标各一个")]


@pytest.mark.parametrize("layout, paths", [
    ("湖南", ["9:24 「描述」", "9:51 「依据」", "14:32 项目「测试项目」的指标「宣传次数」的「描述」"]),  # no 绩效标准, no 描述
    ("新疆", ["9:24 「描述」", "9:51 「依据」", "13:5 项目「测试项目」的「绩效指标」"]),  # a task has no indicators
    ("河北", ["6:3 「绩效指标」"]),  # the project forms print both; the department's indicators are not printed at all
])
def test_an_indicator_text_that_the_layout_does_not_print_is_said_not_to_print(layout, paths):
    source = (f"版式: {layout}\n年度: 2025\n部门: {{名称: 测试部门}}\n整体绩效目标:\n  总体目标: [测试。]\n  绩效指标:\n"
              "    产出指标:\n      数量指标:\n"
              "        - {名称: 开展活动次数, 描述: 全年开展宣传活动的次数, 指标值: ≥4次, 依据: 按年度工作计划增加1次}\n"
              "项目:\n  - 名称: 测试项目\n    财政资金: 10\n    绩效指标:\n"
              "      产出指标: {数量指标: [{名称: 宣传次数, 描述: 项目宣传次数, 指标值: ≥4次, 依据: 年度工作计划}]}\n")
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    shown = [f"{f.location.line}:{f.location.column} {re.search('表格里没有(.*)这一项', f.message)[1]}"
             for f in result.findings if f.code == "JX330"]
    assert shown == paths


def test_hunan_prints_a_projects_other_funds_within_its_budget():
    """年度本级预算金额 is 财政资金 + 其他资金: 其他资金 is printed, not lost (a warning that it
    was not, which the clerk could do nothing about, only accept)."""
    source = ("版式: 湖南\n年度: 2025\n部门: {名称: 测试部门}\n整体绩效目标:\n  总体目标: [测试。]\n"
              "项目:\n  - 名称: 测试项目\n    财政资金: 40.5\n    其他资金: 10\n")
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    assert not [f for f in result.findings if f.code == "JX330"]


@pytest.mark.parametrize("superior, shown", [("12.5", ["x.yaml:9:5"]), ("0", []), ("（分级填报）", ["x.yaml:9:5"])])
def test_superior_funds_of_0_are_nothing_lost_where_the_layout_does_not_print_them(superior, shown):
    source = ("版式: 河北\n年度: 2025\n部门: {名称: 测试部门}\n整体绩效目标:\n  总体目标: [测试。]\n"
              f"项目:\n  - 名称: 测试项目\n    财政资金: 40.5\n    上级资金: {superior}\n")
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    assert [str(f.location) for f in result.findings if f.code == "JX330"] == shown


def test_an_error_cannot_be_accepted_and_an_unused_acceptance_is_reported():
    assert found(GOOD.replace("    依据: 年度工作计划\n", "    依据: 年度工作计划\n    接受警告: {JX301: 理由}\n")) == [
        ("JX461", ERROR, 12)]
    assert found(GOOD.replace("    依据: 年度工作计划\n", "    依据: 年度工作计划\n    接受警告: {JX425: 理由}\n")) == [
        ("JX462", WARNING, 12)]


def write_policy(folder: Path, text: str) -> Path:
    (folder / ".git").mkdir(exist_ok=True)
    (folder / "jixiao.yaml").write_text(text, encoding="utf-8")
    filing = folder / "filings" / "x.yaml"
    filing.parent.mkdir(exist_ok=True)
    return filing


def test_a_bureau_policy_raises_lowers_and_turns_off_rules(tmp_path):
    filing = write_policy(tmp_path, "指标体系: 2021\n定量指标比例: 90%\n规则:\n  JX425: 错误\n  JX403: 关闭\n")
    filing.write_text(GOOD.replace("群众满意度, 指标值: ≥90%}", "群众满意度, 指标值: 满意}"), encoding="utf-8")
    policy = policy_for(filing)
    assert (policy.framework, str(policy.quantitative_share)) == ("2021", "0.9")
    codes = [(code, severity) for code, severity, _ in found(filing.read_text(encoding="utf-8"), policy)]
    # 2021: 成本指标 is a 一级 of its own (JX406 for it under 产出); 满意 is qualitative (JX430 at 90 %)
    assert ("JX425", ERROR) in codes and ("JX430", WARNING) in codes and ("JX406", WARNING) in codes
    assert "JX403" not in [code for code, _ in codes]
    result = run_jixiao("check", str(filing))
    assert result.returncode == 1 and "错误[JX425]" in result.stderr


def test_accepting_a_warning_the_policy_made_an_error_says_so(tmp_path):
    filing = write_policy(tmp_path, "规则:\n  JX441: 错误\n  JX405: 关闭\n")
    accepted = "    依据: 年度工作计划\n    接受警告: {JX441: 有上级补助, JX405: 只有一个指标}\n"
    filing.write_text(GOOD.replace("≤10.00万元", "≤12万元").replace("    依据: 年度工作计划\n", accepted), encoding="utf-8")
    result = process(filing, policy=policy_for(filing), with_view=False)
    assert [(f.code, f.message) for f in result.findings if f.code.startswith("JX46")] == [
        ("JX461", "不能接受 JX441：JX441（成本指标大于预算数）本是警告，本仓库的 jixiao.yaml 把它定为错误，只能改正")]


@pytest.mark.parametrize("rule", ["关闭", "错误", "警告"])
def test_accepting_jx462_is_refused_whatever_the_policy_makes_of_it(tmp_path, rule):
    """The editor marks it in every repository: so does jixiao check (JX462 turned off let it pass)."""
    filing = write_policy(tmp_path, f"规则:\n  JX462: {rule}\n")
    filing.write_text(GOOD.replace("    依据: 年度工作计划\n", "    依据: 年度工作计划\n    接受警告: {JX462: 理由}\n"),
                      encoding="utf-8")
    result = process(filing, policy=policy_for(filing), with_view=False)
    assert [(f.code, str(f.location), f.message) for f in result.findings if f.code.startswith("JX46")] == [
        ("JX461", f"{filing}:12:12", "不能接受 JX462：JX462（接受警告没有对应的警告）不能用“接受警告”接受，只能改正")]


def test_a_warning_accepted_below_the_level_it_is_about_is_told_where_it_belongs():
    low = GOOD.replace("- {名称: 宣传次数, 指标值: ≥3次}", "- {名称: 宣传次数, 指标值: ≥3次, 接受警告: {JX430: 理由}}").replace(
        "群众满意度, 指标值: ≥90%", "群众满意度, 指标值: 满意").replace("社会稳定水平, 指标值: ≥90%", "社会稳定水平, 指标值: 稳定").replace(
        "宣传次数, 指标值: ≥3次", "宣传次数, 指标值: 多次")
    result = process_bytes(low.encode("utf-8"), "x.yaml", with_view=False)
    assert [(f.code, f.message, f.hint) for f in result.findings if f.code == "JX462"] == [
        ("JX462", "接受了 JX430，但这条警告说的是上一级（第 12 行）", "把这一条“接受警告”移到那一级下面")]


def test_a_policy_in_a_subfolder_of_the_repository_is_refused(tmp_path):
    """Else a filing's folder could turn off the bureau's rules."""
    filing = write_policy(tmp_path, "规则:\n  JX441: 错误\n")
    filing.write_text(GOOD.replace("≤10.00万元", "≤12万元"), encoding="utf-8")
    assert run_jixiao("check", str(filing)).returncode == 1
    beside = tmp_path / "filings" / "jixiao.yaml"
    beside.write_text("规则:\n  JX441: 关闭\n", encoding="utf-8")
    result = run_jixiao("check", str(filing.parent))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{beside}:1:1: 错误[JX020]: 审核规则只读仓库根目录的 jixiao.yaml，"
                                    "放在子文件夹里的这一份不算数\n")


def test_a_policy_of_comments_only_sets_nothing(tmp_path):
    filing = write_policy(tmp_path, "# 本仓库暂用默认的审核规则\n\n")
    filing.write_text(GOOD, encoding="utf-8")
    assert policy_for(filing).levels == {} and policy_for(filing).framework is None
    assert run_jixiao("check", str(filing)).returncode == 0


def test_a_broken_policy_is_reported_at_its_line_and_checks_nothing(tmp_path):
    filing = write_policy(tmp_path, "规则:\n  JX201: 关闭\n  JX4O5: 关闭\n  JX999: 错误\n定量比例: 50%\n")
    filing.write_text(GOOD, encoding="utf-8")
    result = run_jixiao("check", str(filing))
    assert result.returncode == 2
    assert f"{tmp_path / 'jixiao.yaml'}:5:1: 错误[JX020]: 未知的键「定量比例」，是否想写 定量指标比例？" in result.stderr
    assert "x.yaml" not in result.stderr
    fixed = write_policy(tmp_path, "规则:\n  JX201: 关闭\n  JX999: 错误\n  JX4O1: 关闭\n")
    result = run_jixiao("check", str(fixed))
    assert f"{tmp_path / 'jixiao.yaml'}:2:3: 错误[JX020]: 规则 JX201（预算数与财政资金 + 其他资金不符）是格式或计算上的错误，" \
           "不能由仓库调整" in result.stderr
    assert f"{tmp_path / 'jixiao.yaml'}:3:3: 错误[JX020]: 没有规则 JX999" in result.stderr
    load_policy.cache_clear()
    reading = write_policy(tmp_path, "规则:\n  JX013: 关闭\n")
    assert f"{tmp_path / 'jixiao.yaml'}:2:3: 错误[JX020]: 规则 JX013（编辑器找不到 schema）是读取文件时的提示，不能由仓库调整" \
        in run_jixiao("check", str(reading)).stderr
    load_policy.cache_clear()


def test_json_output_for_editors(tmp_path):
    import json
    path = tmp_path / "x.yaml"
    path.write_text(GOOD.replace("≥3次}", "≥3}"), encoding="utf-8")
    result = run_jixiao("check", "--format", "json", str(path))
    assert result.returncode == 0
    assert json.loads(result.stdout) == [{
        "file": str(path), "line": 15, "column": 29, "code": "JX423", "severity": "warning",
        "message": "项目「甲项目」的指标「宣传次数」的指标值「≥3」没有单位", "hint": "写明单位，例如 ≥3次、≥3人 或 ≥3%"}]


def test_every_code_has_a_docstring_title_and_explanation():
    assert all(code.title and code.explanation for code in CODES.values())
    from jixiao.checks import CHECKS
    assert all(check.__doc__ for check in CHECKS)


@pytest.mark.parametrize("name, way", [
    ("设备故障率", "反向"), ("投诉率", "反向"), ("不满意率", "反向"), ("项目总成本", "反向"),
    ("投诉处理率", "正向"), ("投诉办结率", "正向"), ("故障排除率", "正向"), ("故障修复率", "正向"),
    ("事故处置率", "正向"), ("投诉减少率", "正向"), ("群众满意度", "正向"), ("宣传次数", ""),
    ("投诉办理率", "正向"), ("投诉办结及时率", "正向"), ("事故处理及时率", "正向"), ("故障维修率", "正向"),
    ("投诉答复率", "正向"), ("问题未整改率", "反向"), ("逾期未办结率", "反向"),
    ("投诉处理满意度", "正向"), ("事故处理满意度", "正向"), ("群众投诉满意率", "正向"), ("成本节约率", "正向"),
    ("预算执行率（成本）", "正向"), ("资金使用率（成本）", "正向"), ("资金到位率（成本）", "正向"), ("人均培训成本", "反向"),
    ("错案率", "反向"), ("重复信访率", "反向"), ("越级上访率", "反向"), ("再犯罪率", "反向"), ("超期羁押率", "反向"),
    ("流失率", "反向"), ("漏报率", "反向"), ("受理响应时间", "反向"), ("办结时限", "反向"), ("处置时长", "反向"),
    ("设备完好率", "正向"), ("响应时间缩短率", "正向"), ("刑事案件破案率", "正向"), ("电信诈骗打击率", "正向"),
    ("培训时长", ""), ("被救助信访案件息诉率", "正向"), ("打击各类涉路违法犯罪活动", "正向"),
    ("综治维稳、信访等工作完成质量", "正向"), ("全市无黑恶势力犯罪事件", "反向"), ("信访量", "反向"),
    ("信访事项办结时限达标率", "正向"), ("响应时间达标率", "正向"), ("重点上访人员稳控率", "正向"), ("刑事犯罪案件破案率", "正向"),
    ("错案纠正率", "正向"), ("流失资金追回率", "正向"), ("处理差错率", "反向"), ("办理超期率", "反向"), ("处置失误率", "反向"),
    ("响应超时率", "反向"), ("回复超时率", "反向"), ("维修返工率", "反向"), ("成本超支率", "反向"),
    ("任务未完成率", "反向"), ("产品不合格率", "反向"), ("考核未达标率", "反向"), ("项目完成时限", "反向"),
    ("预算执行偏差率", "反向"),
    # 政法: incidents and crimes are the fewer the better, those solved or dealt with the more
    ("涉及国家政治安全案（事）件", "反向"), ("暴恐案（事）件", "反向"), ("群体性事件", "反向"), ("全市范围内无邪教事件", "反向"),
    ("刑事案件", "反向"), ("进京非访人数", "反向"), ("群体性事件发生起数", "反向"),
    ("破案数", "正向"), ("化解率", "正向"), ("案件办结率", "正向"), ("事件处置率", "正向"), ("群体性事件处置率", "正向"),
    ("破获刑事案件数", "正向"), ("查处刑事案件数", "正向"), ("召开案件协调会议", ""), ("协调案件数", ""),
])
def test_the_direction_of_an_indicator_is_read_from_its_name(name, way):
    level2 = "成本指标" if "成本" in name else "质量指标"
    indicator = Indicator("产出指标", level2, name, name, "≥5%", "", None, "", (), ())
    assert direction(indicator) == way


def test_indicator_names_differing_only_in_bracket_width_or_spaces_are_the_same_name():
    source = GOOD.replace("{名称: 宣传次数, 指标值: ≥3次}", "{名称: 线索核查率(%), 指标值: 100%}\n"
                          "          - {名称: 线索核查率（％）, 指标值: ≥95%}\n          - {名称: 线索 核查率（%）, 指标值: ≥95%}")
    said = "（第一次写作「线索核查率(%)」，在 产出指标 / 数量指标 下，第 15 行）"
    hint = "删除重复的一条，或把两条写成不同的指标"
    assert located(source, "JX408") == [
        ("JX408", "x.yaml:16:18", f"项目「甲项目」的三级指标「线索核查率（％）」重复出现{said}", hint),
        ("JX408", "x.yaml:17:18", f"项目「甲项目」的三级指标「线索 核查率（%）」重复出现{said}", hint)]


# 政法 names: mediation that succeeds and is kept to, people and devices taking part, at work and online are the
# more the better; people under supervision lost or relapsing, settlements gone back on and repeated petitions the fewer
@pytest.mark.parametrize("name, way", [
    ("人民调解成功率", "正向"), ("调解协议履行率", "正向"), ("群众参与率", "正向"), ("网格员在岗率", "正向"),
    ("视频监控联网率", "正向"), ("设备在线率", "正向"),
    ("重点人员漏管率", "反向"), ("社区戒毒人员复吸率", "反向"), ("信访重复率", "反向"), ("调解反悔率", "反向"),
    ("社区矫正对象脱管率", "反向"), ("重点人员管控率", ""), ("重复信访化解率", "正向"),
    # …but not where 不/未 says the opposite, nor where the word is not what is measured
    ("调解不成功率", "反向"), ("网格员不在岗率", "反向"), ("监控设备未联网率", "反向"), ("戒断三年未复吸人员比例", ""),
    ("复吸人员管控率", ""), ("戒毒康复人员复吸检测率", ""), ("脱管漏管人员查找率", ""), ("电信诈骗成功率", ""),
    ("重复信访积案清零率", "正向"),
    # 不 right before them only (不间断在岗率), and before a word of what is lost (未复吸率: the more the better)
    ("网格员不间断在岗率", "正向"), ("全天不间断在线率", "正向"), ("吸毒人员未复吸率", "正向"), ("社区矫正对象不脱管率", "正向"),
])
def test_the_direction_of_a_political_and_legal_indicator_is_read_from_its_name(name, way):
    indicator = Indicator("产出指标", "质量指标", name, name, "≥5%", "", None, "", (), ())
    assert direction(indicator) == way


@pytest.mark.parametrize("name, value, way, right", [("人民调解成功率", "≤95%", "正向", "≥"), ("重点人员漏管率", "≥1%", "反向", "≤")])
def test_an_operator_against_a_political_and_legal_indicator_is_found(name, value, way, right):
    other = "反向" if way == "正向" else "正向"
    assert located(GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: {value}"), "JX426") == [
        ("JX426", f"x.yaml:22:{25 + len(name)}", f"项目「甲项目」的指标「{name}」是{way}指标，指标值 {value} 却用了 {value[0]}",
         f"{way}指标用 {right}；若方向判断错了，在指标上写“方向: {other}”")]


# Names from other departments' filings (生态环境, 卫健, 教育, 民政, 人社, 水利, 交通运输): what is
# measured, at the end of the name, decides; a bad thing that the work is done on does not.
@pytest.mark.parametrize("name, way", [
    ("PM2.5年均浓度", "反向"), ("化学需氧量排放量", "反向"), ("重污染天数", "反向"), ("城镇登记失业率", "反向"),
    ("低保对象认定错保率", "反向"), ("低保漏保率", "反向"), ("管网漏损率", "反向"), ("剖宫产率", "反向"), ("农药使用量", "反向"),
    ("门诊患者抗菌药物使用率", "反向"), ("甲乙类传染病发病率", "反向"), ("水质超标率", "反向"), ("辍学率", "反向"),
    ("空气质量优良天数比例", "正向"), ("高血压患者规范管理率", "正向"), ("孕产妇系统管理率", "正向"), ("义务教育巩固率", "正向"),
    ("适龄儿童疫苗接种率", "正向"), ("农村公路优良路率", "正向"), ("水质达标率", "正向"), ("治理段防洪标准", "正向"),
    ("安全生产事故应急演练次数", "正向"), ("交通事故多发点段整治数量", "正向"), ("水土流失综合治理面积", "正向"),
    ("孕产妇死亡评审率", "正向"), ("重大事故隐患挂牌督办率", "正向"), ("闲置资产盘活率", "正向"), ("失学辍学学生劝返率", "正向"),
    ("设备使用率", "正向"), ("资金使用率", "正向"), ("化学需氧量排放量较上年减少", "正向"),
    ("水土流失面积", "反向"), ("孕产妇死亡率", "反向"), ("闲置率", "反向"), ("补贴资金审核发放时限", "反向"),
    ("应急演练时长", ""), ("安全事故应急演练", "正向"), ("重大事故隐患排查", "正向"), ("问题未整改", "反向"),
    ("安全事故防范宣传次数", ""), ("事故隐患检查次数", ""),
    # work done badly is the less the better; good drugs and good inputs used are not bad
    ("逾期办理件数", "反向"), ("重复发放人数", "反向"), ("资金违规发放率", "反向"), ("超期审批件数", "反向"),
    ("逾期未办结件数", "反向"), ("发放错误率", "反向"), ("审核驳回率", "反向"), ("核查不通过率", "反向"), ("排查遗漏率", "反向"),
    ("补报延迟天数", "反向"), ("城镇污水达标排放率", "正向"), ("基本药物使用率", "正向"), ("集采药品使用率", "正向"),
    ("有机肥使用量", ""), ("再生水使用量", ""), ("化肥使用量", "反向"),
    ("住院患者病死率", "反向"), ("药占比", "反向"), ("个人自付比例", "反向"), ("事故灾害救援到达率", "正向"),
    ("死亡人口遗体火化率", "正向"), ("负氧离子浓度", "正向"), ("溶解氧浓度", "正向"),
])
def test_the_direction_is_that_of_what_is_measured_not_of_what_the_work_is_done_on(name, way):
    indicator = Indicator("产出指标", "质量指标", name, name, "≥5%", "", None, "", (), ())
    assert direction(indicator) == way


@pytest.mark.parametrize("name, way", [
    ("小学生均公用经费", ""), ("城市低保月人均补助水平", ""), ("人均基本公共卫生服务经费补助标准", ""), ("户均租赁补贴标准", ""),
    ("资助参保人均补助标准", ""), ("新生儿疾病筛查人均成本", "反向"), ("日常养护费用", "反向"), ("亩均财政投入", "反向"),
    ("中修工程单位造价", "反向"), ("医疗救助资金", "反向"), ("高龄津贴", ""), ("特困人员供养金", ""), ("司法救助金", ""),
])
def test_under_cost_what_is_given_per_head_or_as_a_standard_has_no_direction(name, way):
    indicator = Indicator("成本指标", "经济成本指标", name, name, "≥5元", "", None, "", (), ())
    assert direction(indicator) == way


def _with_indicator(name: str, value: str) -> str:
    return GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: {value}")


@pytest.mark.parametrize("name, value, way", [
    ("PM2.5年均浓度", "≥35微克/立方米", "反向"), ("城镇登记失业率", "≥4.5%", "反向"), ("低保对象认定错保率", "≥1%", "反向"),
    ("义务教育巩固率", "≤97%", "正向"), ("空气质量优良天数比例", "≤85%", "正向"), ("治理段防洪标准", "≤20年一遇", "正向"),
])
def test_an_operator_against_what_is_measured_is_reported_at_the_value(name, value, way):
    source = _with_indicator(name, value)
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    operator, right, other = ("≥", "≤", "正向") if way == "反向" else ("≤", "≥", "反向")
    assert [(f.code, f.location.line, f.location.column, f.message, f.hint) for f in result.findings] == [
        ("JX426", 22, source.splitlines()[21].index(value) + 1,
         f"项目「甲项目」的指标「{name}」是{way}指标，指标值 {value} 却用了 {operator}",
         f"{way}指标用 {right}；若方向判断错了，在指标上写“方向: {other}”")]


@pytest.mark.parametrize("name, value", [("涉及国家政治安全案（事）件", "≥1件"), ("暴恐案（事）件", "≥1件"),
                                         ("群体性事件", "≥1起"), ("刑事案件", "≥10起"), ("进京非访人数", "≥5人")])
def test_an_incident_count_of_the_seeds_with_at_least_is_reported(name, value):
    source = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    edited_source = source.replace("- 名称: 涉及国家政治安全案（事）件\n          指标值: 0件", f"- 名称: {name}\n          指标值: {value}")
    assert located(edited_source, "JX426") == [
        ("JX426", "x.yaml:36:16", f"部门整体的指标「{name}」是反向指标，指标值 {value} 却用了 ≥",
         "反向指标用 ≤；若方向判断错了，在指标上写“方向: 正向”")]
    assert located(edited_source.replace(f"指标值: {value}", f"指标值: ≤{value[1:]}"), "JX426") == []


@pytest.mark.parametrize("name, value", [
    ("安全生产事故应急演练次数", "≥2次"), ("交通事故多发点段整治数量", "≥5处"), ("水土流失综合治理面积", "≥12平方公里"),
    ("孕产妇死亡评审率", "≥95%"), ("重大事故隐患挂牌督办率", "≥95%"), ("闲置资产盘活率", "≥80%"), ("门诊患者抗菌药物使用率", "≤20%"),
    ("安全事故防范宣传次数", "≥4次"),
])
def test_work_done_on_a_bad_thing_takes_at_least_and_a_drug_used_at_most(name, value):
    assert found(_with_indicator(name, value)) == []


def test_a_subsidy_standard_under_cost_may_be_a_floor_while_a_unit_cost_may_not():
    standards = "".join(f"\n          - {{名称: {name}, 指标值: {value}}}" for name, value in [
        ("小学生均公用经费", "≥720元/生·年"), ("城市低保月人均补助水平", "≥450元/人·月"),
        ("人均基本公共卫生服务经费补助标准", "不低于89元/人")])
    total = "- {名称: 项目总成本, 指标值: ≤10.00万元}"
    assert found(GOOD.replace(total, total + standards)) == []
    unit_cost = GOOD.replace(total, total + "\n          - {名称: 人均培训成本, 指标值: ≥500元/人}")
    assert messages(unit_cost, "JX426") == ["项目「甲项目」的指标「人均培训成本」是反向指标，指标值 ≥500元/人 却用了 ≥"]


def test_aid_paid_per_head_or_named_as_aid_under_cost_may_be_a_floor_while_a_total_of_it_may_not():
    aid = [("见义勇为奖励金", "≥1万元/人"), ("高龄津贴", "≥100元/人·月"), ("乡村医生补助", "≥500元/人·月"), ("低保补助", "≥300元/人·月"),
           ("特困人员供养金", "≥600元/人·月"), ("困难学生生活补助", "≥1000元/人·年"), ("耕地地力保护补贴", "≥100元/亩"),
           ("司法救助金", "≥5000元/人"), ("见义勇为奖励", "≥1万元/人")]
    total = "- {名称: 项目总成本, 指标值: ≤10.00万元}"
    assert found(GOOD.replace(total, total + "".join(f"\n          - {{名称: {n}, 指标值: {v}}}" for n, v in aid))) == []
    totals = "\n          - {名称: 公益性岗位补贴, 指标值: ≥5万元}\n          - {名称: 奖励资金, 指标值: ≥5万元}"
    assert messages(GOOD.replace(total, total + totals), "JX426") == [
        "项目「甲项目」的指标「公益性岗位补贴」是反向指标，指标值 ≥5万元 却用了 ≥", "项目「甲项目」的指标「奖励资金」是反向指标，指标值 ≥5万元 却用了 ≥"]


@pytest.mark.parametrize("name", ["侦办刑事案件", "起诉刑事案件", "审结刑事案件", "审理刑事案件", "立案侦查刑事案件",
                                  "移送起诉刑事案件", "公诉刑事案件", "审查起诉刑事案件", "法律援助刑事案件"])
def test_crimes_prosecuted_tried_or_defended_are_the_more_the_better(name):
    assert found(GOOD.replace("宣传次数, 指标值: ≥3次", f"{name}, 指标值: ≥300件")) == []
    assert messages(GOOD.replace("宣传次数, 指标值: ≥3次", f"{name[-4:]}, 指标值: ≥300件"), "JX426") == [
        "项目「甲项目」的指标「刑事案件」是反向指标，指标值 ≥300件 却用了 ≥"]  # crimes that happen: the fewer the better


@pytest.mark.parametrize("name", ["立案刑事案件数", "全县立案刑事案件"])
def test_crimes_recorded_are_the_fewer_the_better(name):
    assert messages(GOOD.replace("宣传次数, 指标值: ≥3次", f"{name}, 指标值: ≥300起"), "JX426") == [
        f"项目「甲项目」的指标「{name}」是反向指标，指标值 ≥300起 却用了 ≥"]


def test_an_item_named_with_its_total_is_an_item_not_the_project_s_total():
    items = ("          - {名称: 差旅费总额, 指标值: ≤3万元}\n          - {名称: 劳务费总额, 指标值: ≤2万元}\n"
             "          - {名称: 宣传资料印刷费, 指标值: ≤5万元}\n")
    costs = GOOD.replace("          - {名称: 项目总成本, 指标值: ≤10.00万元}\n", items)
    assert found(costs) == []  # 3 + 2 + 5 is the budget of 10
    assert messages(costs.replace("≤5万元", "≤6万元"), "JX443")[0].startswith("项目「甲项目」的 3 个成本指标合计 3 + 2 + 6 = 11万元")


@pytest.mark.parametrize("name, value", [("群众不满意率", "≤5%"), ("服务对象投诉率", "≤1%"), ("群众投诉件数", "≤3件")])
def test_a_less_is_better_indicator_under_satisfaction_is_not_held_to_the_satisfaction_floor(name, value):
    assert found(GOOD.replace("群众满意度, 指标值: ≥90%", f"{name}, 指标值: {value}")) == []


def test_a_less_is_better_indicator_under_satisfaction_still_has_its_operator_checked():
    assert found(GOOD.replace("群众满意度, 指标值: ≥90%", "群众不满意率, 指标值: ≥5%")) == [("JX426", WARNING, 25)]


def test_numbers_after_words_and_changes_count_as_quantitative():
    values = ["全年不少于4次", "按期完成", "≤10.00万元", "较上年提高5个百分点", "同比下降5%", "≥90%"]
    indicators = "".join(f"          - {{名称: 指标{n}, 指标值: {v}}}\n" for n, v in enumerate(values))
    source = GOOD.replace("          - {名称: 宣传次数, 指标值: ≥3次}\n", indicators)
    assert [code for code, _, _ in found(source)] == []


def test_a_satisfaction_target_written_as_a_change_is_not_a_low_level():
    assert found(GOOD.replace("群众满意度, 指标值: ≥90%", "群众满意度, 指标值: 较上年提高5个百分点")) == []


def hints(source: str, code: str) -> list[str]:
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    return [f.hint for f in result.findings if f.code == code]


@pytest.mark.parametrize("name, value, hint", [
    ("案件办结率", "≥0.95", "比率写成百分比：≥0.95 像是电子表格里的小数，即 ≥95%"),
    ("资金到位率", "1", "比率写成百分比：1 像是电子表格里的小数，即 100%"),
    ("案件办结率", "≥95", "比率写成百分比，例如 ≥95%"),
    ("宣传次数", "≥3", "写明单位，例如 ≥3次、≥3人 或 ≥3%"),
    ("宣传次数", "10-20", "写明单位，例如 10-20次、10-20人 或 10-20%"),
    ("宣传次数", "≥10-20", "写明单位，例如 ≥10-20次、≥10-20人 或 ≥10-20%"),
    ("案件办结率", "0.9-0.95", "比率写成百分比：0.9-0.95 像是电子表格里的小数，即 90-95%"),
    ("案件办结率", "90-95", "比率写成百分比，例如 90-95%"),
])
def test_a_number_without_a_unit_is_told_the_unit_its_name_asks_for(name, value, hint):
    assert hints(GOOD.replace("宣传次数, 指标值: ≥3次", f"{name}, 指标值: \"{value}\""), "JX423") == [hint]


@pytest.mark.parametrize("value, found_there", [
    ("20221231", [("JX423", "没有单位", "写成日期，例如 2022年12月31日前")]),
    ("20211231", [("JX423", "没有单位", "写成日期，例如 2021年12月31日前"),
                  ("JX428", "写的是 2021 年，不在预算年度 2022 内", "核对年份：本文件是 2022 年度")]),
    ("20221331", [("JX423", "没有单位", "写明单位，例如 20221331次、20221331人 或 20221331%")]),  # no such day
])
def test_a_timeliness_date_typed_as_eight_digits_is_told_to_be_written_as_a_date(value, found_there):
    source = GOOD.replace("完成时间, 指标值: 2022年12月31日前", f"完成时间, 指标值: \"{value}\"")
    shown = {"JX423": f"项目「甲项目」的指标「完成时间」的指标值「{value}」", "JX428": f"项目「甲项目」的指标「完成时间」的指标值 {value} "}
    assert located(source) == [(code, "x.yaml:17:29", shown[code] + said, hint) for code, said, hint in found_there]


@pytest.mark.parametrize("name, value, code, said, hint", [
    ("群众满意度（%）", "≥0.9", "JX425", "不是百分比", "比率写成百分比：≥0.9 像是电子表格里的小数，即 ≥90%"),
    ("群众满意度", "≥0.9", "JX423", "没有单位", "比率写成百分比：≥0.9 像是电子表格里的小数，即 ≥90%"),
    ("群众满意度", "≥95", "JX423", "没有单位", "比率写成百分比，例如 ≥95%"),
])
def test_a_satisfaction_from_a_spreadsheet_or_without_its_percent_sign_is_said_once(name, value, code, said, hint):
    source = GOOD.replace("群众满意度, 指标值: ≥90%", f"{name}, 指标值: \"{value}\"")
    kind = "满意度指标" if code == "JX425" else "指标"
    assert located(source) == [
        (code, f"x.yaml:25:{25 + len(name)}", f"项目「甲项目」的{kind}「{name}」的指标值「{value}」{said}", hint)]


def test_a_satisfaction_written_as_a_tiny_percentage_is_still_low():
    assert messages(GOOD.replace("群众满意度, 指标值: ≥90%", "群众满意度, 指标值: ≥0.9%"), "JX425") == [
        "项目「甲项目」的满意度指标「群众满意度」的目标 ≥0.9% 低于 80%，差 79.1 个百分点"]


def test_an_operator_against_a_direction_written_on_the_indicator_is_not_told_the_direction_may_be_misread():
    source = _with_indicator("设备故障率", "≥5%, 方向: 反向")
    assert located(source) == [("JX426", "x.yaml:22:30", "项目「甲项目」的指标「设备故障率」是反向指标，指标值 ≥5% 却用了 ≥",
                                "反向指标用 ≤；指标上写明了“方向: 反向”")]


def test_a_rate_over_100_with_a_remark_is_still_told_it_lacks_its_percent_sign():
    source = GOOD.replace("宣传次数, 指标值: ≥3次", "资金到位率, 指标值: \"≥905，确保及时到位\"")
    assert [code for code, _, _ in found(source) if code == "JX422"] == ["JX422"]


@pytest.mark.parametrize("name, value", [("农田灌溉水有效利用系数", "≥0.6"), ("农村公路技术状况指数（MQI）", "≥80"),
                                         ("空气质量综合指数", "≤4.2"), ("传染病报告发病率", "≤200/10万"),
                                         ("出水pH值", "6-9"), ("污水处理厂出水PH", "6-9"),
                                         ("每万人刑事案件发案率", "≤300"), ("十万人口交通事故死亡率", "≤150")])
def test_an_index_a_coefficient_a_ph_or_a_rate_per_so_many_people_needs_no_unit(name, value):
    source = GOOD.replace("宣传次数, 指标值: ≥3次", f"{name}, 指标值: \"{value}\"")
    assert [code for code, _, _ in found(source) if code in ("JX422", "JX423")] == []


@pytest.mark.parametrize("value", ["2022-2024", "2022.01-2022.12", "1-12"])
def test_a_span_under_timeliness_is_a_period_that_needs_no_unit(value):
    source = GOOD.replace("- {名称: 完成时间, 指标值: 2022年12月31日前}", f"- {{名称: 项目实施周期, 指标值: \"{value}\"}}")
    assert messages(source, "JX423") == []


@pytest.mark.parametrize("name", ["检测指数达标数", "指数保险参保户数"])
def test_a_count_of_something_named_with_index_still_needs_its_unit(name):
    assert messages(GOOD.replace("宣传次数, 指标值: ≥3次", f"{name}, 指标值: \"≥10\""), "JX423") != []


def test_a_range_with_its_unit_and_an_operator_is_read_with_both():
    assert hints(GOOD.replace("宣传次数, 指标值: ≥3次", "宣传次数, 指标值: ≥10-20次"), "JX423") == []


def test_a_social_cost_without_a_unit_is_not_told_to_write_money():
    source = GOOD.replace("年度: 2022\n", "年度: 2022\n指标体系: 2021\n").replace(
        "      效益指标:", "      成本指标:\n        社会成本指标:\n          - {名称: 群众出行影响天数, 指标值: \"≤5\"}\n      效益指标:")
    assert hints(source, "JX423") == ["写明单位，例如 ≤5次、≤5人 或 ≤5%"]


def test_a_cost_without_a_unit_is_told_to_write_the_money_unit():
    assert hints(GOOD.replace("项目总成本, 指标值: ≤10.00万元", "项目总成本, 指标值: \"≤10\""), "JX423") == [
        "写明金额单位，例如 ≤10万元"]


def test_a_spending_plan_in_spreadsheet_fractions_is_told_so():
    source = GOOD.replace("{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}", "{3月底: 0.25, 6月底: 0.5, 10月底: 0.75, 12月底: 1}")
    assert hints(source, "JX313") == ["像是电子表格里的小数（1 即 100%，0.25 即 25%）：各时点都写成百分比"]


@pytest.mark.parametrize("plan, at", [
    ("{3月底: 10%, 6月底: 40%, 10月底: 80%, 12月底: }", "x.yaml:9:43"),  # at the blank 12月底
    ("{3月底: 10%, 6月底: 40%, 10月底: 80%}", "x.yaml:9:11"),  # 12月底 left out: at the plan
])
def test_a_plan_that_stops_short_of_100_before_a_blank_year_end_is_an_error(plan, at):
    source = GOOD.replace("{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}", plan)
    assert located(source, "JX313", "JX314") == [
        ("JX313", at, "项目「甲项目」的支出计划写到 10月底 的 80% 为止，12月底 没有填写", "年底应支出完毕：12月底 写 100%")]
    complete = source.replace("10月底: 80%", "10月底: 100%")
    assert [code for code, _, _ in found(complete)] == ["JX314"]  # spent by October: the blank is a blank


def test_a_plan_in_fractions_stopping_before_a_blank_year_end_is_told_it_is_in_fractions():
    source = GOOD.replace("{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}", "{3月底: 0.25, 6月底: 0.5, 10月底: 0.75, 12月底: }")
    assert hints(source, "JX313") == ["像是电子表格里的小数（1 即 100%，0.25 即 25%）：各时点都写成百分比"]
    unreadable = GOOD.replace("{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}", "{3月底: 25%, 6月底: 50%, 10月底: 905, 12月底: }")
    assert [code for code, _, _ in found(unreadable)] == ["JX311", "JX314"], "not 写到 6月底 为止: 10月底 is written"


@pytest.mark.parametrize("layout", ["湖南", "新疆"])
def test_a_plan_the_layout_does_not_print_stops_no_build(layout):
    """湖南 and 新疆 print no 资金支出计划: JX330 says so; what is in it is not checked (a plan
    left from a 河北 filing stopped the build over a page no one prints)."""
    source = GOOD.replace("版式: 河北", f"版式: {layout}").replace(
        "{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}", "{3月底: 905, 6月底: 50%, 10月底: 40%}")
    about_the_plan = [code for code, _, message, _ in located(source, "JX311", "JX312", "JX313", "JX314", "JX330")
                      if "支出计划" in message]
    assert about_the_plan == ["JX330"]
    hebei = source.replace(f"版式: {layout}", "版式: 河北")
    assert sorted(code for code, _, _, _ in located(hebei, "JX311", "JX312", "JX313")) == ["JX311", "JX312", "JX313"]


def test_a_2021_cost_level_in_a_2015_filing_is_told_where_2015_has_it_not_a_look_alike_name():
    source = GOOD.replace("        成本指标:\n          - {名称: 项目总成本, 指标值: ≤10.00万元}\n", "").replace(
        "      效益指标:", "      成本指标:\n        经济成本指标:\n          - {名称: 项目总成本, 指标值: ≤10.00万元}\n      效益指标:")
    assert [(code, where, message, hint) for code, where, message, hint in located(source, "JX406")] == [
        ("JX406", "x.yaml:18:7", "一级指标「成本指标」不在 2015 指标体系中：2015 体系里它是产出指标下的二级指标",
         "「成本指标」是 2021 指标体系的一级指标：若按 2021 体系填报，请在文件开头写“指标体系: 2021”；"
         "按 2015 体系，它是「产出指标」下的二级指标：三级指标直接列在「产出指标: → 成本指标:」下面，去掉中间的二级指标一层"),
        ("JX406", "x.yaml:19:9", "二级指标「经济成本指标」不在 2015 指标体系中",
         "「经济成本指标」是 2021 指标体系的二级指标：若按 2021 体系填报，请在文件开头写“指标体系: 2021”")]
    assert located(source.replace("年度: 2022\n", "年度: 2022\n指标体系: 2021\n"), "JX406") == []


def test_the_2021_social_and_ecological_costs_are_not_money():
    source = GOOD.replace("年度: 2022\n", "年度: 2022\n指标体系: 2021\n").replace(
        "      效益指标:", "      成本指标:\n        社会成本指标:\n"
                       "          - {名称: 对社会发展可能造成的负面影响, 指标值: 无}\n      效益指标:")
    assert [code for code, _, _ in found(source) if code == "JX444"] == []
    money = source.replace("社会成本指标:", "经济成本指标:")
    assert [code for code, _, _ in found(money) if code == "JX444"] == ["JX444"]


def test_a_total_cost_listed_with_its_breakdown_is_the_cost_compared_with_the_budget():
    breakdown = ("- {名称: 项目总成本, 指标值: ≤10.00万元}\n          - {名称: 宣传费, 指标值: ≤4万元}\n"
                 "          - {名称: 培训费, 指标值: ≤6万元}")
    source = GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}", breakdown)
    assert [code for code, _, _ in found(source) if code.startswith("JX44")] == []
    assert messages(source.replace("≤10.00万元", "≤11万元").replace("≤6万元", "≤7万元"), "JX441") == [
        "项目「甲项目」的成本指标「项目总成本」是 ≤11万元，大于项目预算数 10万元，比预算数多 1万元"]
    halves = GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}",
                          "- {名称: 出差费, 指标值: 5万元}\n          - {名称: 劳务费, 指标值: 5万元}")
    assert [code for code, _, _ in found(halves) if code.startswith("JX44")] == []
    assert [code for code, _, _ in found(halves.replace("财政资金: 10.00", "财政资金: 12.00"))
            if code.startswith("JX44")] == ["JX443"]  # two items alike are no total of each other
    total_short = GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}", "- {名称: 项目总成本, 指标值: ≤6万元}\n"
                               "          - {名称: 宣传费, 指标值: ≤3万元}\n          - {名称: 培训费, 指标值: ≤3万元}")
    assert [code for code, _, _ in found(total_short) if code.startswith("JX44")] == ["JX442"]
    items_named_total = GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}", "- {名称: 出差总成本, 指标值: 5万元}\n"
                                     "          - {名称: 劳务总成本, 指标值: 2万元}\n          - {名称: 办公费, 指标值: 3万元}")
    assert [code for code, _, _ in found(items_named_total) if code.startswith("JX44")] == []
    half = GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}", "- {名称: 项目总成本, 指标值: 5万元}\n"
                        "          - {名称: 差旅费, 指标值: 2万元}\n          - {名称: 办公费, 指标值: 3万元}")
    assert [code for code, _, _ in found(half) if code.startswith("JX44")] == ["JX442"]  # the total is 5, not 10
    by_chance = GOOD.replace("财政资金: 10.00", "财政资金: 2.00").replace(
        "- {名称: 项目总成本, 指标值: ≤10.00万元}",
        "- {名称: 差旅费, 指标值: 1万元}\n          - {名称: 印刷费, 指标值: 1万元}\n          - {名称: 会议费, 指标值: 2万元}")
    assert messages(by_chance, "JX443") == [  # 会议费 only happens to be the others' sum
        "项目「甲项目」的 3 个成本指标合计 1 + 1 + 2 = 4万元，不等于项目预算数 2万元，比预算数多 2万元"]
    items_by_chance = GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}", "- {名称: 设备费, 指标值: 5万元}\n"
                                   "          - {名称: 差旅费, 指标值: 2万元}\n          - {名称: 办公费, 指标值: 3万元}")
    assert [code for code, _, _ in found(items_by_chance) if code.startswith("JX44")] == []  # they add up to the budget
    named_total = source.replace("项目总成本, 指标值: ≤10.00万元", "成本总额, 指标值: ≤10.00万元")
    assert [code for code, _, _ in found(named_total) if code.startswith("JX44")] == []  # 成本总额 is the total
    standard = GOOD.replace("项目总成本, 指标值: ≤10.00万元", "项目总成本控制标准, 指标值: ≤12万元")
    assert [code for code, _, _ in found(standard) if code.startswith("JX44")] == ["JX441"]
    monthly = GOOD.replace("项目总成本, 指标值: ≤10.00万元", "项目总成本, 指标值: 每月不超过1万元")
    assert [code for code, _, _ in found(monthly) if code.startswith("JX44")] == []  # a cost a month, not the total
    yearly = GOOD.replace("项目总成本, 指标值: ≤10.00万元", "项目总成本, 指标值: 每年不超过12万元")
    assert [code for code, _, _ in found(yearly) if code.startswith("JX44")] == ["JX441"]


def _costs(*items: tuple[str, str]) -> str:
    return GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}",
                        "\n          ".join(f"- {{名称: {name}, 指标值: {value}}}" for name, value in items))


def test_a_subtotal_is_the_sum_of_the_items_listed_with_it_not_one_more_item():
    items = [("办公费", "≤2万元"), ("印刷费", "≤3万元"), ("奖励资金", "≤5万元")]
    for name in ("小计", "合计", "总计"):
        assert located(_costs(*items, (name, "≤10万元"))) == []
    assert located(_costs(*items, ("小计", "≤12万元"))) == [
        ("JX443", "x.yaml:22:27", "项目「甲项目」的成本指标「小计」是 ≤12万元，大于其余 3 个成本指标之和 2 + 3 + 5 = 10万元，"
         "而分项之和等于项目预算数 10万元", "「小计」应等于各分项之和：核对它或各项金额")]
    assert located(_costs(("办公费", "≤2万元"), ("印刷费", "≤3万元"), ("合计", "≤6万元"))) == [
        ("JX443", "x.yaml:21:27", "项目「甲项目」的成本指标「合计」是 ≤6万元，大于其余 2 个成本指标之和 2 + 3 = 5万元",
         "「合计」应等于各分项之和：核对它或各项金额")]


def test_a_sum_line_without_an_operator_is_no_missing_sign_as_the_items_beside_it_are():
    items = [("办公费", "≤2万元"), ("印刷费", "≤3万元"), ("奖励资金", "≤5万元")]
    for name in ("小计", "合计", "总计", "合 计", "成本共计", "项目总成本", "总成本", "成本总额"):
        assert located(_costs(*items, (name, "10万元")), "JX424") == [], name
    plan = GOOD.replace("          - {名称: 社会稳定水平, 指标值: ≥90%}\n", "          - {名称: 社会稳定水平, 指标值: ≥90%}\n"
                        "          - {名称: 矛盾化解率, 指标值: ≥95%}\n          - {名称: 年度总计划完成率, 指标值: 95%}\n")
    assert [code for code, _, _ in found(plan)] == ["JX424"], "总计划 is a plan, not a 总计 line"
    assert located(_costs(*items, ("会议费", "4万元")), "JX424") == [
        ("JX424", "x.yaml:22:28", "项目「甲项目」的指标「会议费」的指标值「4万元」没有 ≥ ≤ 等符号，而同组 3 个指标值都有",
         "若是下限写 ≥4万元，上限写 ≤4万元；恰好等于可以不改")]


@pytest.mark.parametrize("name, value", [("家庭经济困难寄宿生生活补助标准", "每生每年1000元"), ("城乡低保标准", "720元/人·月"),
                                         ("低保金发放标准", "每人每月720元"), ("生均公用经费", "650元")])
def test_a_standard_of_what_is_given_is_exact_by_nature_without_an_operator(name, value):
    listed = GOOD.replace("          - {名称: 社会稳定水平, 指标值: ≥90%}\n", "          - {名称: 社会稳定水平, 指标值: ≥90%}\n"
                          f"          - {{名称: 矛盾化解率, 指标值: ≥95%}}\n          - {{名称: {name}, 指标值: {value}}}\n")
    assert located(listed, "JX424") == []
    assert [code for code, _, _, _ in located(listed.replace(name, "宣传资料发放数量"), "JX424")] == ["JX424"]


@pytest.mark.parametrize("name, value", [("新建项目总数", "12个"), ("项目总投资完成率", "90%"), ("保障标准化考场数", "12个"),
                                         ("医疗保障水平", "90%"), ("共计开展宣传活动次数", "20次")])
def test_a_count_or_a_rate_named_like_a_total_or_a_standard_still_wants_its_operator(name, value):
    listed = GOOD.replace("          - {名称: 社会稳定水平, 指标值: ≥90%}\n", "          - {名称: 社会稳定水平, 指标值: ≥90%}\n"
                          f"          - {{名称: 矛盾化解率, 指标值: ≥95%}}\n          - {{名称: {name}, 指标值: {value}}}\n")
    assert [code for code, _, _, _ in located(listed, "JX424")] == ["JX424"]


def test_a_cost_with_a_sum_word_inside_another_word_is_no_sum_line():
    costs = _costs(("公共计量器具检定成本", "≤2万元"), ("设备购置成本", "≤5万元"), ("培训成本", "≤3万元"))
    assert located(costs, "JX443") == []
    assert located(costs.replace("公共计量器具检定成本", "成本共计"), "JX443")  # a sum line less than its items


def test_a_total_cost_beside_some_of_its_parts_is_compared_alone_but_not_with_more_parts_than_it():
    assert located(_costs(("项目总成本", "≤10万元"), ("设备单价", "≤3万元/台"), ("设备购置费", "≤5万元"))) == []
    assert located(_costs(("专项资金", "≤10万元"), ("设备购置费", "≤5万元"))) == []  # the budget: the total
    assert located(_costs(("项目总成本", "≤10万元"), ("设备购置费", "≤6万元"), ("劳务费", "≤5万元"))) == [
        ("JX443", "x.yaml:19:30", "项目「甲项目」的成本指标「项目总成本」是 ≤10万元，小于其余 2 个成本指标之和 6 + 5 = 11万元",
         "分项之和不会超过「项目总成本」：核对各项金额")]
    assert messages(_costs(("差旅费", "≤10万元"), ("办公费", "≤2万元")), "JX443") == [  # an item that is the budget is an item
        "项目「甲项目」的 2 个成本指标合计 10 + 2 = 12万元，不等于项目预算数 10万元，比预算数多 2万元"]


def test_itemised_costs_with_a_range_add_up_to_a_range_that_must_hold_the_budget():
    items = GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}",
                         "- {名称: 宣传费, 指标值: 4-5万元}\n          - {名称: 培训费, 指标值: ≤6万元}")
    assert messages(items, "JX443") == []
    assert messages(items.replace("4-5万元", "5-6万元"), "JX443") == [
        "项目「甲项目」的 2 个成本指标合计 5-6 + 6 = 11-12万元，不等于项目预算数 10万元，比预算数多 1万元"]
    assert messages(items.replace("4-5万元", "2-3万元"), "JX443") == [
        "项目「甲项目」的 2 个成本指标合计 2-3 + 6 = 8-9万元，不等于项目预算数 10万元，比预算数少 1万元"]


@pytest.mark.parametrize("value, expected", [
    ("12-15万元", ["项目「甲项目」的成本指标「项目总成本」是 12-15万元，大于项目预算数 10万元，比预算数多 2万元"]),
    ("5-8万元", ["项目「甲项目」的成本指标「项目总成本」是 5-8万元，不等于项目预算数 10万元，比预算数少 2万元"]),
    ("8万-12万元", []),  # a range that holds the budget agrees with it
])
def test_a_cost_written_as_a_range_is_compared_by_its_ends(value, expected):
    source = GOOD.replace("项目总成本, 指标值: ≤10.00万元", f"项目总成本, 指标值: {value}")
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    assert [f.message for f in result.findings if f.code in ("JX441", "JX442", "JX443")] == expected


@pytest.mark.parametrize("value", ["≤0.0011亿元", "≤12万元（含上级补助2万元）", "≤1,100,000元", "12万元，其中培训费2万元"])
def test_a_total_cost_in_yi_with_a_remark_or_digit_groups_is_compared(value):
    source = GOOD.replace("项目总成本, 指标值: ≤10.00万元", f"项目总成本, 指标值: \"{value}\"")
    [message] = messages(source, "JX441")
    assert message.startswith(f"项目「甲项目」的成本指标「项目总成本」是 {value}，大于项目预算数 10万元，比预算数多 ")


@pytest.mark.parametrize("name, reported", [
    ("宣传物资制作成本", []), ("印刷费", []), ("宣传资料印制成本", []), ("设备购置费", []),  # one item of the spending
    ("专项资金", ["JX442"]), ("办案经费", ["JX442"]), ("项目总成本", ["JX442"]),  # the whole
])
def test_a_single_cost_named_for_one_item_may_be_less_than_the_budget(name, reported):
    source = GOOD.replace("项目总成本, 指标值: ≤10.00万元", f"{name}, 指标值: ≤2万元")
    assert [code for code, _, _, _ in located(source)] == reported
    assert located(source.replace("≤2万元", "≤12万元"), "JX441") == [
        ("JX441", f"x.yaml:19:{25 + len(name)}", f"项目「甲项目」的成本指标「{name}」是 ≤12万元，大于项目预算数 10万元，比预算数多 2万元",
         "成本指标的总额应与预算数一致：核对指标值或财政资金")]


@pytest.mark.parametrize("value", ["≤12（万元）", "≤12(万元)", "≤12万元/年", "≤120000（元）"])
def test_a_total_cost_with_its_unit_in_brackets_or_a_year_s_is_compared(value):
    source = GOOD.replace("项目总成本, 指标值: ≤10.00万元", f"项目总成本, 指标值: \"{value}\"")
    assert located(source) == [
        ("JX441", "x.yaml:19:30", f"项目「甲项目」的成本指标「项目总成本」是 {value}，大于项目预算数 10万元，比预算数多 2万元",
         "成本指标的总额应与预算数一致：核对指标值或财政资金")]
    assert located(source.replace(value, value.replace("12", "10", 1))) == []


@pytest.mark.parametrize("name, value, compared", [
    ("亩均财政投入", "≤1500元", False), ("生均公用经费", "≥720元", False), ("单场演出成本", "≤1.2万元", False),
    ("村均补助", "≤2万元", False), ("年均投入", "≤12万元", True), ("项目总成本", "≤12万元", True),
])
def test_a_cost_per_unit_is_not_compared_with_the_budget_but_a_year_s_is(name, value, compared):
    source = GOOD.replace("项目总成本, 指标值: ≤10.00万元", f"{name}, 指标值: {value}")
    assert bool([code for code, _, _ in found(source) if code in ("JX441", "JX442")]) == compared


def test_a_unit_cost_written_in_the_value_is_not_added_to_the_costs():
    per_person = GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}",
                              "- {名称: 项目总成本, 指标值: ≤10.00万元}\n          - {名称: 困难群众慰问金, 指标值: 每人不超过500元}")
    assert [code for code, _, _ in found(per_person) if code.startswith("JX44")] == []


def test_a_year_outside_timeliness_is_not_a_date():
    source = GOOD.replace("社会稳定水平, 指标值: ≥90%", "项目效益持续年限, 指标值: 2030年")
    assert messages(source, "JX428") == []


@pytest.mark.parametrize("value", ["2021年汛期前", "2021年春季学期结束前", "2021年", "二〇二一年底前", "2021年十二月三十一日前",
                                   "二○二一年底前"])
def test_last_year_s_date_tied_to_a_season_or_a_bare_year_in_a_timeliness_value_is_found(value):
    """… or written in Chinese numerals, as JX429 reads them in goals."""
    source = GOOD.replace("完成时间, 指标值: 2022年12月31日前", f"完成时间, 指标值: {value}")
    assert messages(source, "JX428") == [f"项目「甲项目」的指标「完成时间」的指标值 {value} 写的是 2021 年，不在预算年度 2022 内"]
    assert messages(source.replace("2021", "2022").replace("二〇二一", "二〇二二").replace("二○二一", "二○二二"), "JX428") == []


def test_a_year_of_history_in_a_value_other_than_a_timeliness_one_is_no_date_to_check():
    """More than three years before the budget year, as JX429 reads goals (a 时效 value of
    any earlier year is still checked); a 实施期 in numerals allows its years."""
    source = GOOD.replace("社会稳定水平, 指标值: ≥90%", "离休干部人数, 指标值: 1949年9月30日前参加工作的≥20人")
    assert messages(source, "JX428") == []
    assert messages(source.replace("1949年9月30日", "2018年9月30日"), "JX428") == []
    for copied in ("2018年底前达到95%", "力争2018年底前全部建成"):  # a deadline copied on for years is no history
        assert len(messages(source.replace("1949年9月30日前参加工作的≥20人", copied), "JX428")) == 1, copied
    assert len(messages(source.replace("1949年9月30日", "2019年9月30日"), "JX428")) == 1
    assert len(messages(GOOD.replace("2022年12月31日前", "2015年12月31日前"), "JX428")) == 1
    period = GOOD.replace("完成时间, 指标值: 2022年12月31日前", "完成时间, 指标值: 2023年12月31日前")
    assert len(messages(period, "JX428")) == 1
    assert messages(period.replace("    财政资金:", "    实施期: 二〇二二年至二〇二四年\n    财政资金:", 1), "JX428") == []
    for years in ("2年", "三年", "两年"):  # counted from the budget year: 2022–2023 at least
        assert messages(period.replace("    财政资金:", f"    实施期: {years}\n    财政资金:", 1), "JX428") == [], years
    assert len(messages(period.replace("    财政资金:", "    实施期: 1年\n    财政资金:", 1), "JX428")) == 1


def test_a_deadline_in_a_goal_is_named_on_its_own_line_and_dated_facts_are_not_deadlines():
    goal = ("    绩效目标:\n      - 截至2021年底全区已建成监控点位300个。\n      - 按照2021年12月印发的《实施方案》推进。\n"
            "      - 2021年12月31日前完成全部宣传任务。\n")
    result = process_bytes(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal).encode("utf-8"), "x.yaml",
                           with_view=False)
    assert [(f.code, str(f.location), f.message) for f in result.findings] == [
        ("JX429", "x.yaml:13:9", "项目「甲项目」的绩效目标写了「2021年12月31日前」，是 2021 年的期限，不在预算年度 2022 内")]
    block = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n",
                         "    绩效目标: |\n      一是2021年底前完成。\n\n      二是2021年底前完成。\n")
    result = process_bytes(block.encode("utf-8"), "x.yaml", with_view=False)
    assert [(f.code, str(f.location)) for f in result.findings] == [("JX429", "x.yaml:11:9"), ("JX429", "x.yaml:13:9")]


@pytest.mark.parametrize("style", [">-", "|"])
def test_a_deadline_broken_over_two_lines_is_found_once_at_the_line_of_its_year(style):
    goal = (f"    绩效目标: {style}\n      完成8座小型水库除险加固，力争2021年\n      12月底前完成主体工程，2021年\n"
            "      12月底前完成竣工验收。\n")
    source = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal)
    message = "项目「甲项目」的绩效目标写了「2021年12月底前」，是 2021 年的期限，不在预算年度 2022 内"
    assert [(at, said) for _, at, said, _ in located(source, "JX429")] == [("x.yaml:11:22", message), ("x.yaml:12:19", message)]


def test_a_year_that_dates_a_whole_sentence_of_a_goal_is_checked_and_a_fact_s_is_not():
    summary = ("整体绩效目标:\n  总体目标:\n    - 2021年完成全部宣传任务。\n    - 2021年已完成监控点位建设。\n"
               "    - 自2020年以来全市未发生重大案件。\n    - 2021年，我委被评为先进单位。\n    - 2022年度全市无重大案件。\n"
               "    - 2021年度全市无重大案件。\n")
    assert located(GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", summary)) == [
        ("JX429", "x.yaml:6:7", "总体目标写了「2021年」，是 2021 年的期限，不在预算年度 2022 内", "核对年份：本文件是 2022 年度"),
        ("JX429", "x.yaml:11:7", "总体目标写了「2021年度」，是 2021 年的期限，不在预算年度 2022 内", "核对年份：本文件是 2022 年度")]


def test_dates_of_starts_and_things_are_no_deadlines_while_a_past_deadline_still_is():
    summary = ("整体绩效目标:\n  总体目标:\n    - 2021年起实施“雪亮工程”，2022年实现县乡村三级视频监控全覆盖。\n"
               "    - 2021年开工的综治中心本年度投入使用。\n    - 2021年中央财政下达的补助资金本年度全部拨付。\n"
               "    - 2021年度结转项目本年度完成。\n    - 2021年至今累计化解矛盾纠纷1200件。\n"
               "    - 支付尾款：2021年底前已完成的一期工程本年度支付尾款。\n"
               "    - 改造：2021年底前完成改造。\n    - 力争2021年完成全部改造任务。\n"
               "    - 2021年全县的矛盾纠纷化解率达到98%以上。\n    - 2021年共开展扫黑除恶宣传活动20场。\n")
    found = [(where, message) for _, where, message, _ in
             located(GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", summary), "JX429")]
    assert found == [  # last year's goals copied: a place's 的 and a figure do not make them facts
        ("x.yaml:12:10", "总体目标写了「2021年底前」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:13:9", "总体目标写了「2021年」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:14:7", "总体目标写了「2021年」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:15:7", "总体目标写了「2021年」，是 2021 年的期限，不在预算年度 2022 内")]


CORRECT_GOALS = [  # each right in a 2022 filing (QA's 2024 texts, two years back)
    "2021年度全县城乡低保标准为每人每月680元，2022年提高到720元。", "2021年全县农村公路优良中等路率85%，2022年力争达到88%。",
    "2021年发放城乡低保金1200万元，2022年预计发放1300万元。", "对2021年底前建成的农村公路开展日常养护。",
    "2021年12月底前下达的2022年提前批资金，2022年3月底前分配到位。", "此项目于2021年年底完工，2022年支付尾款。",
    "2021年底前已完成全部危桥改造。", "2021年度一般债券资金用于农村公路建设。", "完成2021年度义务教育经费保障机制资金清算任务。",
    "完成2021年度农业保险保费补贴资金清算任务。", "完成2021年度政府财务报告编制任务。", "完成2021年度中央财政衔接资金项目验收任务。",
    "完成2021年度巡察反馈问题整改任务。", "完成2023年度城乡居民医保参保征缴任务，参保率达到95%以上。",
    "2021年全县共有低保对象3500户。", "2021年我县被评为省级义务教育优质均衡发展县。", "力争到2023年底，全县农村自来水普及率达到95%。",
    "到2023年，全县农村自来水普及率达到95%。"]


def test_bases_facts_closings_and_what_looks_ahead_are_no_years_outside_the_budget_year():
    goal = "    绩效目标:\n" + "".join(f"      - {text}\n" for text in CORRECT_GOALS)
    assert located(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal), "JX429") == []


@pytest.mark.parametrize("text, written", [
    ("到2021年，全县农村自来水普及率达到95%。", "2021年"), ("力争到2021年底，全县农村自来水普及率达到95%。", "2021年底"),
    ("完成2021年度城乡居民医保参保征缴任务。", "2021年度"),
    ("2023年底前完成全部改造。", None), ("力争2025年实现全县义务教育优质均衡发展。", None),  # a goal over years
    ("做好2023年项目储备工作。", None), ("完成2023年度城乡居民医保参保征缴任务。", None),  # what is done ahead
])
def test_an_earlier_year_is_last_year_s_goal_and_a_later_one_is_no_copy(text, written):
    source = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", f"    绩效目标: {text}\n")
    expected = [f"项目「甲项目」的绩效目标写了「{written}」，是 {written[:4]} 年的期限，不在预算年度 2022 内"] if written else []
    assert [message for _, _, message, _ in located(source, "JX429")] == expected


def test_a_date_that_says_who_or_what_a_goal_covers_is_no_deadline_while_a_promise_of_it_is():
    goal = ("    绩效目标:\n      - 为2021年底前纳入管理的严重精神障碍患者购买监护人责任险。\n"
            "      - 为2021年12月31日前登记在册的患者落实以奖代补政策。\n      - 保障2021年底前投入使用的综治中心正常运转。\n"
            "      - 确保2021年底前纳入管理的患者全部参保。\n")
    assert [(at, message) for _, at, message, _ in located(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal), "JX429")] == [
        ("x.yaml:14:11", "项目「甲项目」的绩效目标写了「2021年底前」，是 2021 年的期限，不在预算年度 2022 内")]


def test_a_deadline_in_a_project_s_purpose_or_a_measure_is_checked_like_one_in_a_goal():
    """用途 and 保障措施 say what is to be done in the year too: a measure by its 标题 (its 内容 is where the year
    is looked for), by its number without one, or as the section when written as text."""
    measures = ("整体绩效目标:\n  总体目标: 维护稳定。\n  保障措施:\n    - {标题: 强化督导, 内容: 2021年底前完成各项督导任务。}\n"
                "    - 2021年12月31日前完成全部整改。\n    - {标题: 2021年工作回顾, 内容: 对标2021年工作，2021年底前完成培训。}\n")
    purpose = "    财政资金: 10.00\n    用途: 支付2021年上级专项“联户长”补贴资金，2021年12月31日前完成扫黑除恶宣传工作。\n"
    source = GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", measures).replace("    财政资金: 10.00\n", purpose)
    assert [(at, message) for _, at, message, _ in located(source, "JX429")] == [
        ("x.yaml:7:22", "保障措施「强化督导」写了「2021年底前」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:8:7", "保障措施第 2 条写了「2021年12月31日前」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:9:37", "保障措施「2021年工作回顾」写了「2021年底前」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:14:30", "项目「甲项目」的用途写了「2021年12月31日前」，是 2021 年的期限，不在预算年度 2022 内")]
    text = "整体绩效目标:\n  总体目标: 维护稳定。\n  保障措施: |\n    强化督导。\n\n    2021年底前完成各项督导任务。\n"
    assert located(GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", text), "JX429") == [
        ("JX429", "x.yaml:9:5", "保障措施写了「2021年底前」，是 2021 年的期限，不在预算年度 2022 内", "核对年份：本文件是 2022 年度")]


def test_a_xinjiang_purpose_naming_last_year_s_grant_carried_over_is_no_deadline():
    source = (FILINGS / "xinjiang-korla-2020.yaml").read_text(encoding="utf-8")
    assert located(source, "JX429") == []  # 用途: 2019年上级专项中央政法纪检经费
    copied = source.replace("用途: 2019年上级专项中央政法纪检经费", "用途: 2019年12月31日前完成政法纪检工作")
    assert [(at, message) for _, at, message, _ in located(copied, "JX429")] == [
        ("x.yaml:128:9", "项目「结转资金」的用途写了「2019年12月31日前」，是 2019 年的期限，不在预算年度 2020 内")]


THIS_YEARS_GOALS = [  # correct goals of a 2022 filing that name earlier years
    "2020年全县脱贫摘帽，本年度巩固拓展脱贫攻坚成果。", "2021年完成项目前期工作，本年度开工建设。",
    "该项目2021年10月开工，计划2022年6月底前完工。", "2021年全县完成造林1万亩；今年计划完成1.2万亩。",
    "确保2021年在建项目本年度全部完工。", "确保2021年灾后恢复重建项目全部完工。", "确保2021年度遗留问题全部解决。",
    "贯彻落实2021年中央经济工作会议精神，做好各项工作。", "完成2021年度目标管理绩效考评工作。",
    "完成2021年度先进集体和先进个人表彰工作。", "完成2021年度项目资产确权移交工作。", "完成2021年度会计档案整理归档工作。",
    "2021年全县城镇新增就业1500人，超额完成市下达任务。", "2021年前三季度，全县城镇新增就业1500人。",
    "到2021年底，全县已累计建成5G基站500个。", "1998年前参加工作的人员按规定享受补贴。", "1958年建成的水库全部除险加固。",
]


def test_this_year_s_goals_that_tell_what_came_before_are_no_copies():
    goal = "    绩效目标:\n" + "".join(f"      - {text}\n" for text in THIS_YEARS_GOALS)
    assert located(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal), "JX429") == []
    copied = "    绩效目标:\n      - 2021年完成项目前期工作，2021年底前开工建设。\n      - 确保2021年全年无重大安全生产事故。\n"
    assert [at for _, at, _, _ in located(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", copied), "JX429")] == [
        "x.yaml:11:9", "x.yaml:11:23", "x.yaml:12:11"]


@pytest.mark.parametrize("text, written", [
    ("一是2021年全市城镇新增就业1500人以上；二是全面完成本年度各项工作任务。", "2021年"),  # the list's next item
    ("确保2021年底前完成本年度全部农村危房改造任务。", "2021年底前"), ("确保2021年全县无重大事故，今年形势持续稳定。", "2021年"),
    ("确保2021年度民生实事项目按期完成。", "2021年度"), ("力争2021年新开工亿元以上项目15个。", "2021年"),
    ("力争2021年全县农民人均可支配收入同比增长7%以上。", "2021年"), ("确保到2021年底，全县已脱贫人口人均纯收入增长10%以上。", "2021年底"),
    ("确保2021年前三季度预算支出进度达到75%以上。", "2021年"),
])
def test_a_goal_copied_whole_is_found_though_it_names_this_year_a_project_or_results(text, written):
    source = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", f"    绩效目标: {text}\n")
    assert [message for _, _, message, _ in located(source, "JX429")] == [
        f"项目「甲项目」的绩效目标写了「{written}」，是 2021 年的期限，不在预算年度 2022 内"]


def test_last_year_s_goals_copied_in_other_words_are_found_where_their_year_is_written():
    goal = ("    绩效目标:\n      - 确保2021年度全县小型水库安全度汛。\n      - 全县2021年完成造林1万亩。\n"
            "      - 完成县政府下达2021年度农村危房改造任务。\n      - 二〇二一年底前完成全部薄弱学校改造。\n")
    source = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal)
    assert [(at, message) for _, at, message, _ in located(source, "JX429")] == [
        ("x.yaml:11:11", "项目「甲项目」的绩效目标写了「2021年度」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:12:11", "项目「甲项目」的绩效目标写了「2021年」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:13:16", "项目「甲项目」的绩效目标写了「2021年度」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:14:9", "项目「甲项目」的绩效目标写了「二〇二一年底前」，是 2021 年的期限，不在预算年度 2022 内")]


def test_a_year_after_a_paragraph_s_number_is_found_at_its_own_column():
    summary = ("整体绩效目标:\n  总体目标: |\n    一是2021年全县义务教育巩固率保持在98%以上。\n\n"
               "    （一）2021年全县完成农村改厕2000户。\n\n    年度目标：全县2021年完成造林1万亩。\n")
    assert [(at, message) for _, at, message, _ in located(GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", summary), "JX429")] == [
        ("x.yaml:6:7", "总体目标写了「2021年」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:8:8", "总体目标写了「2021年」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:10:12", "总体目标写了「2021年」，是 2021 年的期限，不在预算年度 2022 内")]


def test_a_date_set_off_by_a_comma_is_found_where_its_year_is_written():
    summary = ("整体绩效目标:\n  总体目标:\n    - 2021年底，全县家庭医生签约服务覆盖率达到45%以上。\n"
               "    - 2021年，我委被评为先进单位。\n    - 全年完成农村公路养护里程1200公里，2021年县道优良路率达到80%。\n")
    assert [(at, message) for _, at, message, _ in located(GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", summary), "JX429")] == [
        ("x.yaml:6:7", "总体目标写了「2021年底」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:8:26", "总体目标写了「2021年」，是 2021 年的期限，不在预算年度 2022 内")]


def test_a_year_that_names_money_is_no_deadline_while_the_money_s_deadline_is():
    goal = ("    绩效目标: 全面完成2021年增发国债项目建设任务，2021年增发国债项目于2021年汛前全部完工并投入使用。\n")
    assert [(at, message) for _, at, message, _ in located(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal), "JX429")] == [
        ("x.yaml:10:43", "项目「甲项目」的绩效目标写了「2021年汛前」，是 2021 年的期限，不在预算年度 2022 内")]


def test_a_promise_to_close_out_last_year_is_no_deadline():
    goal = ("    绩效目标: |\n      确保2021年度部门决算按时报送财政局。确保2021年审计发现问题全部整改到位。\n"
            "      确保2021年底前开工的项目本年度全部建成。确保2021年度各项任务圆满完成。\n")
    assert [(at, message) for _, at, message, _ in located(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal), "JX429")] == [
        ("x.yaml:12:31", "项目「甲项目」的绩效目标写了「2021年度」，是 2021 年的期限，不在预算年度 2022 内")]


def test_a_year_s_season_is_found_with_its_year():
    goal = "    绩效目标: 确保2021年汛期安全度汛，全面完成2021年秋季学期教材发放工作。\n"
    assert [(at, message) for _, at, message, _ in located(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal), "JX429")] == [
        ("x.yaml:10:13", "项目「甲项目」的绩效目标写了「2021年汛期」，是 2021 年的期限，不在预算年度 2022 内"),
        ("x.yaml:10:29", "项目「甲项目」的绩效目标写了「2021年秋季学期」，是 2021 年的期限，不在预算年度 2022 内")]


def test_a_span_of_years_and_a_cited_title_are_no_deadlines():
    summary = ("整体绩效目标:\n  总体目标: |\n    2021年至2023年，全县每年完成造林1万亩。\n\n"
               "    落实《关于做好2021年度高校毕业生就业工作的通知》精神，2021年底前完成全部改造。\n")
    assert [(at, message) for _, at, message, _ in located(GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", summary), "JX429")] == [
        ("x.yaml:8:34", "总体目标写了「2021年底前」，是 2021 年的期限，不在预算年度 2022 内")]


def test_a_deadline_in_a_hebei_sub_goal_is_checked():
    sub_goals = ("整体绩效目标:\n  总体目标: 维护稳定。\n  分项目标:\n    - 名称: 加强法治建设\n"
                 "      绩效目标: 2021年底前法治建设工作进入唐山市优秀行列。\n      绩效指标: 2022年底前完成普法宣传。\n")
    assert located(GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", sub_goals)) == [
        ("JX429", "x.yaml:8:13", "分项目标「加强法治建设」的绩效目标写了「2021年底前」，是 2021 年的期限，不在预算年度 2022 内",
         "核对年份：本文件是 2022 年度")]


@pytest.mark.parametrize("period_goal, goal, expected", [
    ("2023年底前全市范围内无黑恶势力犯罪。", "2023年全市范围内无黑恶势力犯罪。", [
        ("x.yaml:80:12", "项目「扫黑除恶专项斗争工作经费」的实施期目标写了「2023年底前」，是 2023 年的期限，不在预算年度 2024 内"),
        ("x.yaml:81:11", "项目「扫黑除恶专项斗争工作经费」的绩效目标写了「2023年」，是 2023 年的期限，不在预算年度 2024 内")]),
    ("2026年底前全市范围内无黑恶势力犯罪。", "2024年全市范围内无黑恶势力犯罪。", []),  # a 实施期 may go on after the year
    ("2024年全市范围内无黑恶势力犯罪。", "2026年底前全市范围内无黑恶势力犯罪。", []),  # a later year is no copy
])
def test_a_hunan_period_goal_may_reach_later_years_but_not_earlier_ones(period_goal, goal, expected):
    source = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    sentence = "2024年全市范围内无黑恶势力犯罪，社会大局持续稳定，人们安居乐业。"
    source = source.replace(f"实施期目标: {sentence}", f"实施期目标: {period_goal}").replace(f"绩效目标: {sentence}", f"绩效目标: {goal}")
    assert [(at, message) for _, at, message, _ in located(source, "JX429")] == expected


def test_a_year_outside_a_project_s_period_names_the_period_with_the_budget_year():
    source = GOOD.replace("    编码: P001\n", "    编码: P001\n    实施期: 2022—2024年\n").replace(
        "    绩效目标: 持续推进扫黑除恶工作。\n", "    绩效目标: 2021年底前完成全部建设。\n")
    assert [message for _, _, message, _ in located(source, "JX429")] == [
        "项目「甲项目」的绩效目标写了「2021年底前」，是 2021 年的期限，不在预算年度和实施期 2022–2024 内"]


def test_a_deadline_is_found_where_it_is_written_after_the_same_words_in_a_fact():
    goal = "    绩效目标: |\n      截至2021年底已建成监控点位。\n      原定2021年底完成的工程。\n"
    result = process_bytes(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal).encode("utf-8"), "x.yaml",
                           with_view=False)
    assert [(f.code, str(f.location)) for f in result.findings] == [("JX429", "x.yaml:12:9")]


def test_a_hash_line_in_a_block_text_is_said_to_print_and_is_not_taken_for_a_line_break():
    summary = "整体绩效目标:\n  总体目标: |\n    一是维护社会稳定。\n    # 备注：待领导审定\n    二是推进法治建设。\n"
    source = GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", summary)
    assert located(source) == [
        ("JX016", "x.yaml:7:5", "「总体目标」的文字里这一行以「#」开头，它不是注释：「# 备注：待领导审定」会原样印出来",
         "若是注释，把它移到第 5 行「总体目标: |」的上面；若是要印的文字，把 # 改成全角的 ＃"),
        ("JX332", "x.yaml:8:5", "「总体目标」有一段只换了行、没有空一行：「二是推进法治建设。」这一行印出来顶格、不缩进",
         "要分成两段，在两段之间空一行；确是同一段，就把两行接起来")]
    numbered = source.replace("# 备注：待领导审定", "#1号楼由本部门管理。").replace("    二是", "\n    二是")
    assert [code for code, _, _ in found(numbered)] == ["JX332"]  # #1 is text; the line break before it is JX332's
    assert [code for code, _, _ in found(source.replace("# 备注", "＃ 备注").replace("    二是", "\n    二是"))] == ["JX332"]
    leading = source.replace("    一是维护社会稳定。\n", "    一是维护社会稳定。\n\n")  # the # line begins the paragraph
    assert [code for code, _, _ in found(leading)] == ["JX016"], "no line break is left once the # line is moved"


def test_a_hash_line_is_told_to_move_above_the_line_of_its_block_as_written_and_not_where_it_is_not_printed():
    goal = "    绩效目标:\n      - |\n        按时足额发放。\n        # 按月发放\n      - 应保尽保。\n    用途: >\n      发放低保金。\n      # 待定\n"
    source = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal)
    assert [(where, hint) for _, where, _, hint in located(source, "JX016")] == [
        ("x.yaml:13:9", "若是注释，把它移到第 11 行「- |」的上面；若是要印的文字，把 # 改成全角的 ＃"),
        ("x.yaml:17:7", "若是注释，把它移到第 15 行「用途: >」的上面；若是要印的文字，把 # 改成全角的 ＃")]
    hunan = source.replace("版式: 河北", "版式: 湖南")  # 湖南 prints no 用途 (JX330 says so)
    assert [where for _, where, _, _ in located(hunan, "JX016")] == ["x.yaml:13:9"]


def test_a_line_break_inside_a_body_paragraph_is_pointed_out_where_the_layout_indents_paragraphs():
    summary = "整体绩效目标:\n  总体目标: |\n    一是维护社会稳定。\n    二是推进法治建设。\n"
    source = GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", summary)
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    assert [(f.code, str(f.location), f.message) for f in result.findings] == [
        ("JX332", "x.yaml:7:5", "「总体目标」有一段只换了行、没有空一行：「二是推进法治建设。」这一行印出来顶格、不缩进")]
    in_cells = source.replace("版式: 河北", "版式: 湖南")  # 湖南 prints it in a cell, where a line break is a line break
    assert "JX332" not in [code for code, _, _ in found(in_cells)]


@pytest.mark.parametrize("placeholder, where", [("二是……", "x.yaml:12:9"), ("……", "x.yaml:12:7")])
def test_a_placeholder_is_found_on_its_line_not_at_an_ellipsis_in_prose(placeholder, where):
    goal = f"    绩效目标: |\n      一是推进法治……等各项工作。\n      {placeholder}\n"
    result = process_bytes(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", goal).encode("utf-8"), "x.yaml",
                           with_view=False)
    assert [(f.code, str(f.location)) for f in result.findings] == [("JX331", where)]


def test_a_placeholder_after_words_of_a_plain_value_is_pointed_at_itself():
    """At the …… of 用于……, as the starter writes 用途 (not at 用); the column counts characters,
    as every column of a finding does."""
    source = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", "    绩效目标: 用于……\n")
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    assert [(f.code, str(f.location), f.message) for f in result.findings] == [
        ("JX331", "x.yaml:10:13", "「绩效目标」里还有占位文字「……」，要换成本单位的内容")]


@pytest.mark.parametrize("value, codes", [
    ("2021.12", ["JX428"]), ("2022.12", []), ("45657前", ["JX427"]), ("较2021年底提前10天", []),
])
def test_dates_as_spreadsheets_and_clerks_write_them(value, codes):
    source = GOOD.replace("完成时间, 指标值: 2022年12月31日前", f"完成时间, 指标值: \"{value}\"")
    assert [code for code, _, _ in found(source)] == codes


@pytest.mark.parametrize("name, value, code", [("资金到位率", "提高到105%", "JX421"), ("群众满意度", "提升至70%", "JX425"),
                                               ("群众满意度", "85-95%", None), ("群众满意度", "75-85%", "JX425")])
def test_a_change_to_a_level_is_checked_as_the_level(name, value, code):
    source = GOOD.replace("群众满意度, 指标值: ≥90%", f"{name}, 指标值: {value}")
    assert [c for c, _, _ in found(source)] == ([code] if code else [])


@pytest.mark.parametrize("name, value", [("刑事案件发案率", "同比下降5%以上"), ("信访量", "较上年减少不少于10%"),
                                         ("资金到位率", "较上年增长150%")])
def test_a_change_is_no_level_for_the_direction_or_the_100_percent_bound(name, value):
    assert found(GOOD.replace("宣传次数, 指标值: ≥3次", f"{name}, 指标值: {value}")) == []


def test_an_amount_under_cost_is_the_less_the_better_whatever_its_name():
    indicator = Indicator("产出指标", "成本指标", "项目完成总成本", "", "≤10万元", "", None, "", (), ())
    assert direction(indicator) == "反向"


@pytest.mark.parametrize("value, expected", [
    ("达到105%", [("JX421", ERROR, 22)]), ("90%-105%", [("JX421", ERROR, 22)]),
    ("达到95%", []), ("90%-95%", []), ("≥90%（较上年-5%）", []), ("-5%～5%", []),  # below 0 may be meant
])
def test_a_percentage_outside_0_to_100_is_found_however_it_is_written(value, expected):
    assert found(GOOD.replace("社会稳定水平, 指标值: ≥90%", f"社会稳定水平, 指标值: {value}")) == expected


@pytest.mark.parametrize("name, value, said", [
    ("资金到位率（%）", "≥905", "超过 100%"), ("宣传覆盖率(%)", "80-105", "超过 100%"),
    ("治安突出问题解决率", "≥805治安突出问题解决率大于等于百分之八十", "超过 100%"),
    ("补助覆盖率（%）", "-100", "低于 0%，这个比率不会是负数"),
    # seed 004's figure before its words: the figure is the value (the words were read instead of it)
    ("补助覆盖率(%)", "1000补助覆盖率为百分之百", "超过 100%"), ("资金到位率", "≥905，大于等于百分之九十", "超过 100%"),
])
def test_a_percentage_out_of_range_is_found_where_the_name_or_words_say_it_is_one(name, value, said):
    hint = "百分比在 0% 到 100% 之间：请核对数字" + ("，是否多打了“-”" if value.startswith("-") else "")
    assert located(GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: \"{value}\""), "JX421") == [
        ("JX421", f"x.yaml:22:{25 + len(name)}", f"项目「甲项目」的指标「{name}」的指标值 {value} {said}", hint)]


@pytest.mark.parametrize("name, value, reported", [
    ("政法经费保障增长率（%）", "≥150", False), ("案件增长率", "≤150%", False), ("发案率同比下降", "≥120%", False),
    ("提高群众满意度", "≥105%", True), ("提升资金到位率", "≥105%", True),  # the verb of a share, a share all the same
])
def test_a_rate_of_change_named_so_may_be_over_100(name, value, reported):
    """As the rule says (增长率, 下降率…): the percentage of a change is no share of a whole."""
    assert len(messages(GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: \"{value}\""), "JX421")) == reported


@pytest.mark.parametrize("name, value", [("培训人次", "≥150，参训率达百分之九十"), ("印发资料", "≥2000，发放率百分之百"),
                                         ("系统正常运行率", "365天正常运行率百分之九十九"), ("监控覆盖率", "1200个点位覆盖率百分之百")])
def test_a_count_or_a_figure_with_its_unit_beside_a_percentage_in_words_is_no_percentage(name, value):
    """The 百分之 of a remark is a count's second figure, and the words' percentage is the value of a
    figure with a unit of its own: neither is over 100%."""
    assert messages(GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: \"{value}\""), "JX421") == []


@pytest.mark.parametrize("name, value", [("资金到位率", "-90%"), ("任务完成率", "≥-95%"), ("宣传覆盖率", "-10%～5%"),
                                         ("群众满意度", "-90%")])
def test_a_rate_that_cannot_be_negative_written_below_zero_is_found_once(name, value):
    old = "群众满意度, 指标值: ≥90%" if name == "群众满意度" else "社会稳定水平, 指标值: ≥90%"
    line = 25 if name == "群众满意度" else 22
    assert located(GOOD.replace(old, f"{name}, 指标值: {value}")) == [
        ("JX421", f"x.yaml:{line}:{25 + len(name)}", f"项目「甲项目」的指标「{name}」的指标值 {value} 低于 0%，这个比率不会是负数",
         "百分比在 0% 到 100% 之间：请核对数字，是否多打了“-”")]


@pytest.mark.parametrize("name, value", [("招商引资规模增长率", "≥-5%"), ("刑事案件发案下降率", "-5%～5%"),
                                         ("社会稳定水平", "-5%～5%"), ("资金到位率", "≥90%（较上年-5%）")])
def test_a_growth_rate_a_level_that_is_no_rate_or_a_remark_may_be_negative(name, value):
    assert found(GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: {value}")) == []


@pytest.mark.parametrize("name, value", [("刑事案件发案率同比", "≤-5%"), ("甲乙类传染病发病率同比", "≤-2%"),
                                         ("婴儿死亡率较上年", "-0.5%"), ("覆盖率较上年", "-5%"), ("完成率同比", "-5%"),
                                         ("误差率", "-1%～1%"), ("销售利润率", "≥-3%"), ("投资收益率环比", "-2%")])
def test_a_rate_named_as_a_change_or_a_deviation_may_be_negative(name, value):
    assert found(GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: {value}")) == []


@pytest.mark.parametrize("name, value", [("完成率", "-5%"), ("婴儿死亡率", "-0.5%"), ("覆盖率上年", "-5%")])
def test_a_rate_whose_name_says_no_change_is_still_no_negative(name, value):
    assert found(GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: {value}")) == [("JX421", ERROR, 22)]


def test_a_satisfaction_range_is_a_percentage_and_a_low_target_says_by_how_much():
    assert found(GOOD.replace("群众满意度, 指标值: ≥90%", "群众满意度, 指标值: 90%-105%")) == [("JX421", ERROR, 25)]
    for low in ("60%-100%", "满意度60%以上"):
        result = process_bytes(GOOD.replace("群众满意度, 指标值: ≥90%", f"群众满意度, 指标值: {low}").encode("utf-8"), "x.yaml")
        assert [f.message for f in result.findings] == [
            f"项目「甲项目」的满意度指标「群众满意度」的目标 {low} 低于 80%，差 20 个百分点"]
    result = process_bytes(GOOD.replace("群众满意度, 指标值: ≥90%", "群众满意度, 指标值: ≥79%").encode("utf-8"), "x.yaml")
    assert [f.message for f in result.findings] == ["项目「甲项目」的满意度指标「群众满意度」的目标 ≥79% 低于 80%，差 1 个百分点"]


@pytest.mark.parametrize("old, name, value, line, codes", [
    ("宣传次数, 指标值: ≥3次", "服务对象满意度", "≥60%", 15, ["JX425"]),  # under 数量指标
    ("社会稳定水平, 指标值: ≥90%", "受助群众满意率", "≥60%", 22, ["JX409", "JX425"]),  # under 效益指标
])
def test_a_low_satisfaction_target_is_found_wherever_it_is_written(old, name, value, line, codes):
    assert [c for c, _, _ in found(GOOD.replace(old, f"{name}, 指标值: {value}"))] == codes
    assert located(GOOD.replace(old, f"{name}, 指标值: {value}"), "JX425") == [
        ("JX425", f"x.yaml:{line}:{25 + len(name)}", f"项目「甲项目」的满意度指标「{name}」的目标 {value} 低于 80%，差 20 个百分点",
         "满意度目标一般不低于 80%；确有理由请用“接受警告”写明")]


@pytest.mark.parametrize("name, value, misplaced", [("群众不满意事项整改率", "100%", False), ("不满意问题办结率", "100%", False),
                                                   ("12345不满意工单办结率", "100%", False),
                                                   ("群众满意率", "100%", True), ("群众不满意率", "≤5%", True),
                                                   ("不满意问题整改回访满意度", "≥90%", True),  # a satisfaction too
                                                   ("满意度调查不满意问题整改率", "≥90%", False)])  # …at its end only
def test_dealing_with_what_people_are_not_satisfied_with_is_a_benefit(name, value, misplaced):
    source = GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: {value}")
    assert located(source) == ([("JX409", "x.yaml:22:18", f"指标「{name}」是满意度，不应写在效益指标下",
                                 "把它移到“满意度指标: 服务对象满意度指标:”下面")] if misplaced else [])


@pytest.mark.parametrize("old", ["群众满意度, 指标值: ≥90%", "宣传次数, 指标值: ≥3次"])
def test_a_count_of_satisfaction_surveys_is_no_satisfaction_rate(old):
    assert found(GOOD.replace(old, "满意度调查次数, 指标值: ≥2次")) == []


def test_a_satisfaction_target_in_words_is_a_percentage():
    assert found(GOOD.replace("群众满意度, 指标值: ≥90%", "群众满意度, 指标值: 百分之九十以上")) == []
    assert located(GOOD.replace("群众满意度, 指标值: ≥90%", "群众满意度, 指标值: 百分之七十以上"), "JX425") == [
        ("JX425", "x.yaml:25:30", "项目「甲项目」的满意度指标「群众满意度」的目标 百分之七十以上 低于 80%，差 10 个百分点",
         "满意度目标一般不低于 80%；确有理由请用“接受警告”写明")]


@pytest.mark.parametrize("code", ["Ｐ００１", "p001"])
def test_a_code_written_in_full_width_or_another_case_is_the_same_code(code):
    second = GOOD[GOOD.index("  - 名称"):].replace("甲项目", "乙项目").replace("编码: P001", f"编码: {code}")
    assert ("JX321", ERROR, 27) in found(GOOD + second)


@pytest.mark.parametrize("goal", ['"/"', "无", "暂无", "——", "待定"])
def test_a_goal_that_only_marks_an_empty_cell_is_no_goal(goal):
    assert found(GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", f"    绩效目标: {goal}\n")) == [("JX401", ERROR, 10)]


@pytest.mark.parametrize("basis", ['"/"', "无", "——", "'-'"])
def test_a_basis_that_only_marks_an_empty_cell_is_no_basis(basis):
    """Said once, at the project's 依据, not again at each indicator that shares it."""
    source = GOOD.replace("    依据: 年度工作计划\n", f"    依据: {basis}\n")
    assert found(source) == [("JX410", ERROR, 11)]
    own = source.replace("{名称: 宣传次数, 指标值: ≥3次}", "{名称: 宣传次数, 指标值: ≥3次, 依据: /}")
    assert found(own) == [("JX410", ERROR, 11), ("JX410", ERROR, 15)]
    each_its_own = re.sub(r"指标值: ([^}]*)\}", r"指标值: \1, 依据: 计划标准}", source)
    assert found(each_its_own) == [], "no indicator shares the project's 依据: 无"


@pytest.mark.parametrize("value", ['"/"', "——", "≥", "N/A"])
def test_a_value_that_only_marks_an_empty_cell_is_an_error(value):
    assert found(GOOD.replace("宣传次数, 指标值: ≥3次", f"宣传次数, 指标值: {value}")) == [("JX411", ERROR, 15)]


TEMPLATE = "是没填数字的模板，没有写出目标值"
SPREADSHEET_ERROR = "是电子表格的错误值（公式没有算出结果），没有写出目标值"
TARGET_EXAMPLE = "写出目标值，例如 ≥3次、≥90%、2022年12月底前"


@pytest.mark.parametrize("value, said", [
    ("≥%", TEMPLATE), ("≥ %", TEMPLATE), ("≥％", TEMPLATE), ('"≥  次"', TEMPLATE), ("≤万元", TEMPLATE), ("万元", TEMPLATE),
    ("次", TEMPLATE), ("年 月 日前", TEMPLATE), ("X%", TEMPLATE), ("≥XX次", TEMPLATE),
    ('"#N/A"', SPREADSHEET_ERROR), ('"#DIV/0!"', SPREADSHEET_ERROR), ('"#VALUE!"', SPREADSHEET_ERROR),
    ('"#REF!"', SPREADSHEET_ERROR),
    ("待定", "没有写出目标值"), ("暂无", "没有写出目标值"), ("另定", "没有写出目标值"),
    ("2022年 月 日前", TEMPLATE), ("2022年12月 日前", TEMPLATE), ("____年__月__日前", TEMPLATE), ("2022年 月底前", TEMPLATE),
    ("≥__%", TEMPLATE), ("未定", "没有写出目标值"), ("另行确定", "没有写出目标值"), ("按实际待定", "没有写出目标值"),
    ("20XX年12月31日前", TEMPLATE), ("202X年底前", TEMPLATE), ("暂未确定", "没有写出目标值"), ("待 定", "没有写出目标值"),
    ("待补充", "没有写出目标值"), ("（待定）", "没有写出目标值"), ("待补充。", "没有写出目标值"), ("尚未确定", "没有写出目标值"),
    ("20XX年度内", TEMPLATE),
])
def test_a_template_not_filled_in_a_spreadsheet_error_or_a_target_to_come_is_no_value(value, said):
    source = GOOD.replace("宣传次数, 指标值: ≥3次", f"宣传次数, 指标值: {value}")
    hint = ("回到电子表格核对公式；" if said == SPREADSHEET_ERROR else "") + TARGET_EXAMPLE
    assert located(source) == [
        ("JX411", "x.yaml:15:29", f"项目「甲项目」的指标「宣传次数」的指标值「{value.strip(chr(34))}」{said}", hint)]


@pytest.mark.parametrize("value", ["2022年12月31日前", "2022年12月底前", "2022年12月前", "2022年底前", "2022年12月"])
def test_a_date_with_all_its_numbers_is_a_value(value):
    assert found(GOOD.replace("完成时间, 指标值: 2022年12月31日前", f"完成时间, 指标值: {value}")) == []


@pytest.mark.parametrize("name, value", [("宣传次数", "0起"), ("社会稳定水平", "达标"), ("社会稳定水平", "有效提升"),
                                         ("社会稳定水平", "无"), ("社会稳定水平", "年底前完成")])
def test_a_qualitative_value_or_a_number_with_its_unit_is_a_value(name, value):
    old = "宣传次数, 指标值: ≥3次" if name == "宣传次数" else "社会稳定水平, 指标值: ≥90%"
    assert found(GOOD.replace(old, f"{name}, 指标值: {value}")) == []


def test_a_cost_or_a_satisfaction_not_filled_in_is_said_once():
    cost = GOOD.replace("项目总成本, 指标值: ≤10.00万元", "项目总成本, 指标值: ≤万元")
    satisfaction = GOOD.replace("群众满意度, 指标值: ≥90%", "群众满意度, 指标值: ≥%")
    assert found(cost) == [("JX411", ERROR, 19)]
    assert found(satisfaction) == [("JX411", ERROR, 25)]


@pytest.mark.parametrize("value, reported", [("100%", True), ("≤100%", True), ("控制在预算内", True),
                                             ("≤10.00万元", False), ("≤500元/人", False), ("≤10.00万元，节约率≥5%", False)])
def test_a_cost_indicator_needs_an_amount_not_a_rate(value, reported):
    source = GOOD.replace("项目总成本, 指标值: ≤10.00万元", f"成本控制率, 指标值: {value}")
    assert (("JX444", WARNING, 19) in found(source)) == reported


def test_an_amount_in_scientific_notation_is_pointed_out_with_its_plain_value():
    result = process_bytes(GOOD.replace("财政资金: 10.00", "财政资金: 1.0E+1").encode("utf-8"), "x.yaml", with_view=False)
    assert [(f.code, f.location.line, f.location.column, f.message) for f in result.findings] == [
        ("JX305", 8, 11, "金额「财政资金」写成了科学计数法 1.0E+1（即 10）")]


@pytest.mark.parametrize("name, reported", [("临时救助5万元、慰问3万元", 0), ("临时救助5万元、慰问2万元", 2), ("临时救助8万元", 0)])
def test_amounts_in_a_project_name_may_be_the_parts_of_its_budget(name, reported):
    source = GOOD.replace("名称: 甲项目", f"名称: {name}").replace("财政资金: 10.00", "财政资金: 8.00")
    assert [code for code, _, _ in found(source)].count("JX303") == reported


def test_a_cost_as_large_as_each_project_s_budget_is_no_copy():
    """Three projects of 10万元 each, each with 项目总成本 ≤10.00万元 as JX442 asks: not told to
    write each its own (JX451); their other indicators copied are."""
    project = GOOD[GOOD.index("  - 名称: 甲项目\n"):].replace("    编码: P001\n", "")
    three = GOOD + project.replace("甲项目", "乙项目") + project.replace("甲项目", "丙项目")
    assert [message.split("：")[0] for message in messages(three, "JX451")] == [
        "指标「宣传次数 ≥3次」一字不差地出现在 3 个项目里", "指标「完成时间 2022年12月31日前」一字不差地出现在 3 个项目里",
        "指标「社会稳定水平 ≥90%」一字不差地出现在 3 个项目里", "指标「群众满意度 ≥90%」一字不差地出现在 3 个项目里"]
    other = three.replace("财政资金: 10.00", "财政资金: 12.00", 1)  # one project's cost is not its budget
    assert "指标「项目总成本 ≤10.00万元」一字不差地出现在 3 个项目里" in [m.split("：")[0] for m in messages(other, "JX451")]


def messages(source: str, code: str) -> list[str]:
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    return [f.message for f in result.findings if f.code == code]


@pytest.mark.parametrize("name", ["2万亩高标准农田建设", "1.2万户农村改厕奖补", "日处理3万吨污水处理厂运营补助",
                                  "每生每天5元营养改善计划", "人均500元慰问金"])
def test_a_count_in_wan_or_a_rate_in_a_project_name_is_no_amount(name):
    assert messages(GOOD.replace("名称: 甲项目", f"名称: {name}"), "JX303") == []


@pytest.mark.parametrize("name, reported", [
    ("5万元以下小额司法救助", []), ("单笔20万元及以上项目评审", []), ("甲项目（含上级补助3万元）", []),  # a limit, a part
    ("甲项目10万元（含上级补助3万元）", []), ("单笔不超过5万元的司法救助", []), ("见义勇为奖励（每人不低于1万元）", []),
    ("司法救助资金（中央补助20万元）", []),
    ("甲项目12万元（含上级补助3万元）", ["项目名称「甲项目12万元（含上级补助3万元）」里写的 12万元 与预算数 10万元 不符，比预算数多 2万元"]),
])
def test_a_limit_or_a_part_named_in_a_project_name_is_not_its_budget(name, reported):
    assert messages(GOOD.replace("名称: 甲项目", f"名称: {name}"), "JX303") == reported


def test_a_year_s_amount_in_a_project_name_is_compared():
    assert messages(GOOD.replace("名称: 甲项目", "名称: 年均50万元运维费"), "JX303") != []


def test_a_difference_is_said_in_words_more_or_less_than_the_budget():
    assert messages(GOOD.replace("名称: 甲项目", "名称: 甲项目12万元"), "JX303") == [
        "项目名称「甲项目12万元」里写的 12万元 与预算数 10万元 不符，比预算数多 2万元"]
    itemised = GOOD.replace("- {名称: 项目总成本, 指标值: ≤10.00万元}",
                            "- {名称: 出差总成本, 指标值: 6万元}\n          - {名称: 劳务总成本, 指标值: 3万元}")
    assert messages(itemised, "JX443") == [
        "项目「甲项目」的 2 个成本指标合计 6 + 3 = 9万元，不等于项目预算数 10万元，比预算数少 1万元"]


@pytest.mark.parametrize("value", ["设备故障率达到5%以下", "投诉率达到3%以内"])
def test_reached_below_is_below(value):
    name, written = value.split("达到")
    assert found(GOOD.replace("社会稳定水平, 指标值: ≥90%", f"{name}, 指标值: 达到{written}")) == []


def test_an_address_with_xxx_is_no_placeholder():
    assert found(GOOD.replace("依据: 年度工作计划", "依据: 年度工作计划（见 xxx@abc.com 通知）")) == []


def test_paragraphs_of_a_list_item_are_not_line_breaks_but_a_line_break_inside_one_is():
    overall = ("整体绩效目标:\n  总体目标:\n    - 第一条。\n    - |\n      第二条第一段。\n\n      第二条第二段。\n"
               "  分项目标:\n    - 名称: 平安建设\n      绩效指标: |\n        指标第一段。\n        接着写。\n"
               "  保障措施:\n    - 标题: 完善制度\n      内容: |\n        措施第一段。\n\n        措施第二段。\n")
    source = GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", overall)
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    assert [(f.code, str(f.location), f.message) for f in result.findings] == [
        ("JX332", "x.yaml:15:9", "「分项目标」有一段只换了行、没有空一行：「接着写。」这一行印出来顶格、不缩进")]


def test_a_comment_cutting_a_text_is_a_warning_a_number_or_a_choice_may_have_its_remark():
    commented = GOOD.replace("版式: 河北", "版式: 河北 #河北|湖南|新疆").replace("年度: 2022", "年度: 2022 #预算年度")
    commented = commented.replace("    财政资金: 10.00\n", "    财政资金: 10.00 #含上年结转\n    用途: 购置设备 #1号楼维修\n")
    assert located(commented, "JX014") == [
        ("JX014", "x.yaml:9:14", "「#」和后面的「1号楼维修」被当作注释，不会印出来：这一项只读到「购置设备」",
         "# 是多打的就删掉它；要在文字里写 #，把整段文字加上引号，或把 # 改成全角的 ＃ 或“号”字")]
    accepted = commented.replace("    依据: 年度工作计划\n", "    依据: 年度工作计划\n    接受警告: {JX014: 用途只写购置设备，#后是备注}\n")
    assert found(accepted) == [], "accepted with its reason, not reported as missing (JX462)"
    assert found(commented, Policy(levels={"JX014": None})) == [], "a bureau may switch it off"


def test_lines_of_plain_text_that_yaml_joins_are_a_warning_where_they_join():
    joined = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", "    绩效目标: 持续推进扫黑除恶工作。\n      开展宣传活动。\n")
    assert located(joined, "JX015") == [
        ("JX015", "x.yaml:11:7", "「绩效目标」第 10 行的文字接着写到了第 11 行，这几行会接成一行（中间多一个空格）",
         "若这一行是列表的下一项，在它前面加「- 」；若要分段，把值写成“键: |”，各段缩进对齐；若是同一段，把这几行接起来写")]
    block = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", "    绩效目标: |\n      持续推进扫黑除恶工作。\n      开展宣传活动。\n")
    assert located(block, "JX015") == []
    paragraphs = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n", "    绩效目标: 持续推进扫黑除恶工作。\n\n      开展宣传活动。\n")
    assert located(paragraphs, "JX015") == []  # a blank line between: YAML keeps the line break


def test_a_list_whose_first_item_lost_its_dash_is_found_on_that_item():
    listed = GOOD.replace("    绩效目标: 持续推进扫黑除恶工作。\n",
                          "    绩效目标:\n      持续推进扫黑除恶工作。\n      - 开展宣传活动。\n      - 开展培训。\n")
    assert located(listed, "JX015") == [
        ("JX015", "x.yaml:11:7", "「绩效目标」第 11 行的文字前没写「- 」，下面用「- 」列出的各项都接在了它后面，印出来是连在一起的一段",
         "这一行若是列表的第一项，在它前面加「- 」，与第 12 行的「- 」对齐（行首 6 个空格）")]
    assert located(listed.replace("      持续", "      - 持续"), "JX015") == []
    on_the_key_line = listed.replace("绩效目标:\n      持续", "绩效目标: 持续")
    assert located(on_the_key_line, "JX015") == [
        ("JX015", "x.yaml:10:11", "「绩效目标」第 10 行的文字前没写「- 」，下面用「- 」列出的各项都接在了它后面，印出来是连在一起的一段",
         "这段文字若是列表的第一项，把它移到「绩效目标:」的下一行，前面加「- 」，与第 11 行的「- 」对齐（行首 6 个空格）")]


def test_an_indicator_name_with_a_look_alike_blank_is_shown_with_it_named():
    source = GOOD.replace("      产出指标:\n", "      产出指标\u00a0:\n")
    assert located(source, "JX406") == [
        ("JX406", "x.yaml:13:7", "一级指标「产出指标⟨U+00A0 不间断空格⟩」不在 2015 指标体系中，是否想写 产出指标？",
         "名称里有看不见或像空格的字符（⟨⟩里写出的）：删去它，用键盘重新打出名称")]


def test_a_comment_that_emptied_a_required_value_explains_its_format_error():
    emptied = GOOD.replace("  - 名称: 甲项目\n", "  - 名称: #1号楼维修工程\n")
    assert [(code, where) for code, where, _, _ in located(emptied)] == [("JX102", "x.yaml:6:5"), ("JX014", "x.yaml:6:9")]
    remark = GOOD + "样式:\n  显示项目汇总表: false #不印汇总表\n"  # a 是/否, like a number, may have its remark
    assert located(remark, "JX014") == []


def test_an_amount_a_comment_emptied_is_explained_too():
    emptied = GOOD.replace("    财政资金: 10.00\n", "    财政资金: #10.00\n")
    assert [(code, where) for code, where, _, _ in located(emptied)] == [("JX102", "x.yaml:8:5"), ("JX014", "x.yaml:8:11")]
    assert found(emptied, Policy(levels={"JX014": None})) == [("JX102", ERROR, 8)], "a bureau's 关闭 holds here too"


def test_an_item_whose_dash_is_off_by_a_column_is_told_to_align_it():
    summary = "整体绩效目标:\n  总体目标:\n   - 维护稳定。\n    - 推进法治建设。\n"
    [(code, where, _, hint)] = located(GOOD.replace("整体绩效目标: {总体目标: 维护稳定。}\n", summary), "JX015")
    assert (code, where, hint) == ("JX015", "x.yaml:7:5", "同一列表各项的「- 」要对齐：第 6 行那一项的「- 」在行首 3 个空格处，"
                                                         "这一行的在 4 个，没对齐的这一项就成了上一项的文字")


def test_several_subtotals_each_sum_the_items_before_them():
    items = ("          - {名称: 办公费, 指标值: ≤2万元}\n          - {名称: 印刷费, 指标值: ≤3万元}\n"
             "          - {名称: 公用经费小计, 指标值: ≤5万元}\n          - {名称: 培训费, 指标值: ≤3万元}\n"
             "          - {名称: 差旅费, 指标值: ≤2万元}\n          - {名称: 业务经费小计, 指标值: ≤5万元}\n")
    costs = GOOD.replace("          - {名称: 项目总成本, 指标值: ≤10.00万元}\n", items)
    assert found(costs) == []  # 2 + 3 = 5, 3 + 2 = 5, and 5 + 5 is the budget of 10
    assert messages(costs.replace("公用经费小计, 指标值: ≤5万元", "公用经费小计, 指标值: ≤6万元"), "JX443") == [
        "项目「甲项目」的 2 个成本指标合计 6 + 5 = 11万元，不等于项目预算数 10万元，比预算数多 1万元",
        "项目「甲项目」的成本指标「公用经费小计」是 ≤6万元，大于其余 2 个成本指标之和 2 + 3 = 5万元"]
