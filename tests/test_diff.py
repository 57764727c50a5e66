"""`jixiao diff` on small git repositories: the exact report lines a reviewer reads."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from conftest import FILINGS, committed, git, run_jixiao
from jixiao.cli import main
from jixiao.diff.compare import compare
from jixiao.diff.report_text import report_lines
from jixiao.findings import ERROR, WARNING, Finding, Location
from jixiao.pipeline import Result, process_bytes

FILING = """\
版式: 河北
年度: 2022
部门:
  名称: 政法委部门
  单位编码: "216001"
  单位名称: 区委政法委员会本级
整体绩效目标:
  总体目标: |
    一是指导落实社会治安综合治理领导责任制，督促各责任部门落实年度平安建设工作目标任务，做好日常管理及考核工作。
项目:
  - 名称: 扫黑除恶工作经费
    编码: P001
    财政资金: 10.00
    用途: 开展扫黑除恶工作，保障日常工作正常运转。
    支出计划: {3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}
    绩效目标: 持续推进扫黑除恶各项工作。
    依据: 年度工作计划
    绩效指标:
      产出指标:
        数量指标:
          - {名称: 宣传次数, 指标值: ≥3次}
        时效指标:
          - {名称: 完成时间, 指标值: 2022年12月底前}
      效益指标:
        社会效益指标:
          - {名称: 社会稳定水平, 指标值: 明显提升}
      满意度指标:
        服务对象满意度指标:
          - {名称: 群众满意度, 指标值: ≥90%}
  - 名称: 车辆保险费
    编码: P002
    财政资金: 0.40
    用途: 为政法业务顺利开展提供车辆保证。
    支出计划: {3月底: 100%, 6月底: 100%, 10月底: 100%, 12月底: 100%}
    绩效目标: 车辆按时投保。
    依据: 年度工作计划
    绩效指标:
      产出指标:
        数量指标:
          - {名称: 投保车辆数, 指标值: 2辆}
        时效指标:
          - {名称: 投保时间, 指标值: 2022年3月底前}
      效益指标:
        社会效益指标:
          - {名称: 业务保障能力, 指标值: 有效保障}
      满意度指标:
        服务对象满意度指标:
          - {名称: 干警满意度, 指标值: ≥90%}
  - 名称: 见义勇为经费
    编码: P003
    财政资金: 1.00
    用途: 对见义勇为行为进行奖励。
    支出计划: {3月底: 20%, 6月底: 45%, 10月底: 70%, 12月底: 100%}
    绩效目标: 弘扬社会正气。
    依据: 年度工作计划
    绩效指标:
      产出指标:
        数量指标:
          - {名称: 奖励人数, 指标值: ≥5人}
        质量指标:
          - {名称: 认定准确率, 指标值: 100%}
      效益指标:
        社会效益指标:
          - {名称: 社会正气, 指标值: 明显弘扬}
      满意度指标:
        服务对象满意度指标:
          - {名称: 受奖人员满意度, 指标值: ≥90%}
"""

HEADER = "比较 HEAD:x.yaml → x.yaml（金额单位：万元）"  # the unit of every amount in the report
VEHICLE = FILING[FILING.index("  - 名称: 车辆保险费"):FILING.index("  - 名称: 见义勇为经费")]


def repository(folder: Path, text: str = FILING, name: str = "x.yaml") -> Path:
    """A git repository holding one committed filing (by default the small one above)."""
    return committed(folder, text, name)


def diff_in(folder: Path, monkeypatch, *args: str):
    """Run `jixiao diff ARGS` in ``folder``: exit code, stdout lines, stderr lines."""
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, ["diff", *args])
    return result.exit_code, result.stdout.splitlines(), result.stderr.splitlines()


def edited(tmp_path: Path, monkeypatch, old: str, new: str):
    """Commit the small filing, replace ``old`` by ``new`` in the working tree, diff."""
    assert old in FILING
    return changed(tmp_path, monkeypatch, FILING, FILING.replace(old, new, 1))


def changed(tmp_path: Path, monkeypatch, before: str, after: str):
    """Commit ``before``, write ``after`` in the working tree, diff them."""
    repository(tmp_path, before).write_text(after, encoding="utf-8")
    return diff_in(tmp_path, monkeypatch, "HEAD", "x.yaml")


def test_amount_change_names_project_difference_and_total(tmp_path, monkeypatch):
    assert edited(tmp_path, monkeypatch, "财政资金: 10.00", "财政资金: 12.50") == (1, [
        HEADER,
        "合计",
        "  合计：11.40 → 13.90（+2.50）",
        "项目「扫黑除恶工作经费」",
        "  财政资金：10.00 → 12.50（+2.50）",
    ], [])


def test_project_added(tmp_path, monkeypatch):
    added = (VEHICLE.replace("车辆保险费", "司法救助经费").replace("P002", "P004").replace("0.40", "1.50")
             .replace("投保", "救助").replace("干警", "受助人"))
    assert edited(tmp_path, monkeypatch, VEHICLE, VEHICLE + added) == (1, [
        HEADER,
        "合计",
        "  合计：11.40 → 12.90（+1.50）",
        "项目",
        "  新增项目：司法救助经费，编码 P004，预算数 1.50",
        "    财政资金：1.50",
        "    用途：为政法业务顺利开展提供车辆保证。",
        "    绩效目标：车辆按时救助。",
        "    依据：年度工作计划",
        "    支出计划，3月底 100%，6月底 100%，10月底 100%，12月底 100%",
        "    指标：产出指标／数量指标／救助车辆数，指标值 2辆，依据 年度工作计划",
        "    指标：产出指标／时效指标／救助时间，指标值 2022年3月底前，依据 年度工作计划",
        "    指标：效益指标／社会效益指标／业务保障能力，指标值 有效保障，依据 年度工作计划",
        "    指标：满意度指标／服务对象满意度指标／受助人满意度，指标值 ≥90%，依据 年度工作计划",
    ], [])


def test_project_removed(tmp_path, monkeypatch):
    assert edited(tmp_path, monkeypatch, VEHICLE, "") == (1, [
        HEADER,
        "合计",
        "  合计：11.40 → 11.00（-0.40）",
        "项目",
        "  删除项目：车辆保险费，编码 P002，预算数 0.40",
        "    财政资金：0.40",
        "    用途：为政法业务顺利开展提供车辆保证。",
        "    绩效目标：车辆按时投保。",
        "    依据：年度工作计划",
        "    支出计划，3月底 100%，6月底 100%，10月底 100%，12月底 100%",
        "    指标：产出指标／数量指标／投保车辆数，指标值 2辆，依据 年度工作计划",
        "    指标：产出指标／时效指标／投保时间，指标值 2022年3月底前，依据 年度工作计划",
        "    指标：效益指标／社会效益指标／业务保障能力，指标值 有效保障，依据 年度工作计划",
        "    指标：满意度指标／服务对象满意度指标／干警满意度，指标值 ≥90%，依据 年度工作计划",
    ], [])


def test_project_renamed_is_matched_by_its_code(tmp_path, monkeypatch):
    assert edited(tmp_path, monkeypatch, "名称: 车辆保险费", "名称: 公务用车保险费") == (1, [
        HEADER,
        "项目",
        "  改名：车辆保险费 → 公务用车保险费",
    ], [])


def test_a_renamed_project_keeps_its_warnings_under_the_new_name(tmp_path, monkeypatch):
    satisfaction = "      满意度指标:\n        服务对象满意度指标:\n          - {名称: 干警满意度, 指标值: ≥90%}\n"
    text = FILING.replace(satisfaction, "")  # 车辆保险费 lacks 满意度指标: a warning naming it
    assert changed(tmp_path, monkeypatch, text, text.replace("名称: 车辆保险费", "名称: 公务用车保险费"))[1][1:] == [
        "项目",
        "  改名：车辆保险费 → 公务用车保险费",
    ]


ACCEPTED_JX425 = ("  已接受（理由：服务对象为被处罚企业）：x.yaml:29:30: 警告[JX425]: "
                  "项目「扫黑除恶工作经费」的满意度指标「群众满意度」的目标 ≥70% 低于 80%，差 10 个百分点")


def test_a_warning_accepted_is_shown_with_its_reason(tmp_path, monkeypatch):
    code, lines, _ = edited(tmp_path, monkeypatch, "- {名称: 群众满意度, 指标值: ≥90%}",
                            "- {名称: 群众满意度, 指标值: ≥70%, 接受警告: {JX425: 服务对象为被处罚企业}}")
    assert lines[1:] == [
        "项目「扫黑除恶工作经费」",
        "  指标：满意度指标／服务对象满意度指标／群众满意度 指标值：≥90% → ≥70%",
        "  指标：满意度指标／服务对象满意度指标／群众满意度 接受警告 JX425：（无） → 服务对象为被处罚企业",
        "检查结果",  # the warning the new value raises, accepted: the reviewer reads both
        ACCEPTED_JX425,
    ]


LOW_SATISFACTION = FILING.replace("- {名称: 群众满意度, 指标值: ≥90%}", "- {名称: 群众满意度, 指标值: ≥70%}")
ACCEPTED = LOW_SATISFACTION.replace("指标值: ≥70%}", "指标值: ≥70%, 接受警告: {JX425: 服务对象为被处罚企业}}")


def test_a_warning_accepted_is_not_reported_resolved(tmp_path, monkeypatch):
    assert changed(tmp_path, monkeypatch, LOW_SATISFACTION, ACCEPTED) == (1, [
        HEADER,
        "项目「扫黑除恶工作经费」",
        "  指标：满意度指标／服务对象满意度指标／群众满意度 接受警告 JX425：（无） → 服务对象为被处罚企业",
        "检查结果",
        ACCEPTED_JX425,
    ], [])
    report = json.loads("\n".join(diff_in(tmp_path, monkeypatch, "--format", "json", "x.yaml")[1]))
    assert (report["findings"]["resolved"], report["findings"]["accepted"][0]["reason"]) == ([], "服务对象为被处罚企业")
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "x.yaml")[1])
    assert ('<li class="accepted"><strong>已接受（理由：服务对象为被处罚企业）</strong> x.yaml:29:30: 警告[JX425]: '
            '<span class="same">项目「扫黑除恶工作经费」的满意度指标「群众满意度」的目标 ≥70% 低于 80%，差 10 个百分点</span></li>'
            in page)
    assert "共 2 处变化。" in page


def test_a_warning_no_longer_accepted_is_reported_back(tmp_path, monkeypatch):
    assert changed(tmp_path, monkeypatch, ACCEPTED, LOW_SATISFACTION) == (1, [
        HEADER,
        "项目「扫黑除恶工作经费」",
        "  指标：满意度指标／服务对象满意度指标／群众满意度 接受警告 JX425：服务对象为被处罚企业 → （无）",
        "检查结果",
        "  重新出现（不再接受）：x.yaml:29:30: 警告[JX425]: "
        "项目「扫黑除恶工作经费」的满意度指标「群众满意度」的目标 ≥70% 低于 80%，差 10 个百分点",
        "      提示: 满意度目标一般不低于 80%；确有理由请用“接受警告”写明",
    ], [])


def test_a_project_without_code_renamed_is_matched_by_its_content(tmp_path, monkeypatch):
    text = FILING.replace("    编码: P002\n", "")
    renamed = text.replace("名称: 车辆保险费", "名称: 公务用车保险费").replace("财政资金: 0.40", "财政资金: 0.45")
    assert changed(tmp_path, monkeypatch, text, renamed)[1][1:] == [
        "合计",
        "  合计：11.40 → 11.45（+0.05）",
        "项目",
        "  改名：车辆保险费 → 公务用车保险费",
        "项目「公务用车保险费」",
        "  财政资金：0.40 → 0.45（+0.05）",
    ]


def test_a_changed_namesake_is_named_by_its_place(tmp_path, monkeypatch):
    text = FILING.replace("    编码: P002\n", "").replace("    编码: P003\n", "").replace("名称: 见义勇为经费", "名称: 车辆保险费")
    assert changed(tmp_path, monkeypatch, text, text.replace("财政资金: 1.00", "财政资金: 1.20"))[1][3:] == [
        "项目「车辆保险费」（第 3 项）",
        "  财政资金：1.00 → 1.20（+0.20）",
    ]


def test_indicators_reordered_are_reported_as_they_print_in_another_order(tmp_path, monkeypatch):
    first, second = "          - {名称: 宣传次数, 指标值: ≥3次}\n", "          - {名称: 培训人次, 指标值: ≥100人次}\n"
    before, after = FILING.replace(first, first + second), FILING.replace(first, second + first)
    assert changed(tmp_path, monkeypatch, before, after)[1][1:] == [
        "项目「扫黑除恶工作经费」",
        "  顺序：指标：产出指标／数量指标／培训人次，第 2 项 → 第 1 项",
    ]


def test_namesake_indicators_reordered_are_told_apart_by_what_is_written_in_them(tmp_path, monkeypatch):
    first, second = "          - {名称: 宣传次数, 指标值: ≥3次}\n", "          - {名称: 宣传次数, 指标值: ≥2次}\n"
    before, after = FILING.replace(first, first + second), FILING.replace(first, second + first)
    assert changed(tmp_path, monkeypatch, before, after)[1][1:] == [
        "项目「扫黑除恶工作经费」",
        "  顺序：指标：产出指标／数量指标／宣传次数（指标值 ≥2次，依据 年度工作计划），第 2 项 → 第 1 项",
    ]
    (tmp_path / "regrouped").mkdir()
    regrouped = FILING.replace("        时效指标:\n", "        时效指标:\n" + second, 1)
    assert changed(tmp_path / "regrouped", monkeypatch, before, regrouped)[1][1:] == [
        "项目「扫黑除恶工作经费」",
        "  移动：指标：宣传次数（指标值 ≥2次，依据 年度工作计划），产出指标／数量指标 → 产出指标／时效指标",
    ]


def test_namesake_sub_goals_reordered_are_told_apart_by_the_start_of_their_text(tmp_path, monkeypatch):
    first, second = "    - {名称: 加强法治建设, 绩效目标: 开展普法宣传4次。}\n", "    - {名称: 加强法治建设, 职责描述: 负责全市法治宣传教育和依法治理工作的组织协调}\n"
    goals = "  总体目标: |\n"
    before = FILING.replace(goals, "  分项目标:\n" + first + second + goals)
    after = FILING.replace(goals, "  分项目标:\n" + second + first + goals)
    assert changed(tmp_path, monkeypatch, before, after)[1][1:] == [
        "整体绩效目标",
        "  顺序：分项目标：加强法治建设（职责描述 负责全市法治宣传教育和依法治理工作的组织…），第 2 项 → 第 1 项",
    ]


def test_project_reordered(tmp_path, monkeypatch):
    last = FILING[FILING.index("  - 名称: 见义勇为经费"):]
    path = repository(tmp_path)
    path.write_text(FILING.replace(last, "").replace("项目:\n", "项目:\n" + last), encoding="utf-8")
    assert diff_in(tmp_path, monkeypatch, "HEAD", "x.yaml") == (1, [
        HEADER,
        "项目",
        "  顺序：见义勇为经费，第 3 项 → 第 1 项",
    ], [])


def test_project_without_code_is_matched_by_name(tmp_path, monkeypatch):
    text = FILING.replace("    编码: P002\n", "")
    assert changed(tmp_path, monkeypatch, text, text.replace("财政资金: 0.40", "财政资金: 0.45"))[1][3:] == [
        "项目「车辆保险费」",
        "  财政资金：0.40 → 0.45（+0.05）",
    ]


def test_namesake_deleted_is_not_taken_for_the_other_changed(tmp_path, monkeypatch):
    namesakes = (FILING.replace("    编码: P002\n", "").replace("    编码: P003\n", "")
                 .replace("名称: 见义勇为经费", "名称: 车辆保险费"))
    first_vehicle = VEHICLE.replace("    编码: P002\n", "")
    after = namesakes.replace(first_vehicle, "").replace("财政资金: 1.00", "财政资金: 1.20")
    lines = changed(tmp_path, monkeypatch, namesakes, after)[1]
    changed_one = lines.index("项目「车辆保险费」")  # after the removed one's details
    assert lines[1:6] + lines[changed_one:changed_one + 2] == [
        "合计",
        "  合计：11.40 → 11.20（-0.20）",
        "项目",
        "  删除项目：车辆保险费，预算数 0.40",
        "    财政资金：0.40",
        "项目「车辆保险费」",
        "  财政资金：1.00 → 1.20（+0.20）",
    ]


def test_indicator_value_change(tmp_path, monkeypatch):
    assert edited(tmp_path, monkeypatch, "指标值: ≥3次", "指标值: ≥5次") == (1, [
        HEADER,
        "项目「扫黑除恶工作经费」",
        "  指标：产出指标／数量指标／宣传次数 指标值：≥3次 → ≥5次",
    ], [])


def test_indicator_added_and_spending_plan_changed(tmp_path, monkeypatch):
    assert changed(tmp_path, monkeypatch, FILING, FILING.replace("6月底: 45%", "6月底: 60%").replace(
        "          - {名称: 宣传次数, 指标值: ≥3次}\n",
        "          - {名称: 宣传次数, 指标值: ≥3次}\n"
        "          - {名称: 培训人次, 指标值: ≥100人次}\n"))[1][1:] == [
        "项目「扫黑除恶工作经费」",
        "  新增指标：产出指标／数量指标／培训人次，指标值 ≥100人次，依据 年度工作计划",
        "项目「见义勇为经费」",
        "  支出计划 6月底：45% → 60%",
    ]


def test_budget_shown_when_it_differs_from_the_fiscal_amount(tmp_path, monkeypatch):
    assert edited(tmp_path, monkeypatch, "财政资金: 0.40\n", "财政资金: 0.40\n    其他资金: 0.10\n")[1] == [
        HEADER,
        "合计",
        "  合计：11.40 → 11.50（+0.10）",
        "  其他资金合计：0.00 → 0.10（+0.10）",
        "项目「车辆保险费」",
        "  其他资金：（无） → 0.10（+0.10）",  # not written is 0
        "  预算数：0.40 → 0.50（+0.10）",
    ]
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "x.yaml")[1])
    assert ('<td>其他资金</td><td></td><td><span class="inserted">0.10</span></td><td class="num up">+0.10</td>'
            in page)
    assert '<p class="summary">共 1 处变化。</p>' in page  # 预算数 and the totals change with it
    (tmp_path / "zero").mkdir()
    zero = edited(tmp_path / "zero", monkeypatch, "财政资金: 0.40\n", "财政资金: 0.40\n    其他资金: 0\n")
    assert zero[1][1:] == ["项目「车辆保险费」", "  其他资金：（无） → 0.00"]  # printed 0.00 where the cell was empty


def test_a_typed_budget_equal_to_the_computed_one_is_no_change(tmp_path, monkeypatch):
    typed = FILING.replace("财政资金: 0.40\n", "财政资金: 0.40\n    预算数: 0.40\n")
    assert changed(tmp_path, monkeypatch, FILING, typed) == (0, [HEADER, "两个版本没有实质变化。"], [])
    (tmp_path / "wrong").mkdir()  # one that is not is the error the checker reports, and nothing else
    code, lines, _ = changed(tmp_path / "wrong", monkeypatch, typed, typed.replace("预算数: 0.40", "预算数: 0.50"))
    assert (code, lines[1:]) == (1, [
        "检查结果",
        "  新出现：x.yaml:33:10: 错误[JX201]: 项目「车辆保险费」的预算数写的是 0.50万元，但财政资金 + 其他资金是 0.4万元，"
        "写的比算出的多 0.1万元",
        "      提示: 预算数由工具计算，可以删除这一行；若预算数是对的，请改正财政资金或其他资金",
    ])


def test_hunan_totals_are_reported_once_and_only_edits_are_counted(tmp_path, monkeypatch):
    text = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    edit = text.replace("一般公共预算: 335.6", "一般公共预算: 335.9").replace("财政资金: 1.28", "财政资金: 1.58")
    repository(tmp_path, text).write_text(edit, encoding="utf-8")
    assert diff_in(tmp_path, monkeypatch, "x.yaml")[1][:8] == [
        HEADER,
        "合计",  # 湖南 prints 合计 as 项目支出: once
        "  合计：59.80 → 60.10（+0.30）",
        "  资金总额：335.60 → 335.90（+0.30）",
        "资金",
        "  收入 一般公共预算：335.60 → 335.90（+0.30）",
        "项目「办案经费」",
        "  财政资金：1.28 → 1.58（+0.30）",
    ]
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "x.yaml")[1])
    assert '<p class="summary">共 3 处变化。</p>' in page  # two amounts and a finding, not the totals


def test_codes_are_reported_whole(tmp_path, monkeypatch):
    code = "13030322P00428110001F"
    text = FILING.replace("编码: P002", f"编码: {code}").replace('单位编码: "216001"', f'单位编码: "{code}"')
    other = text.replace(f"编码: {code}", "编码: 13030322P00428110002F").replace(code, "13030322P00428110003F")
    assert changed(tmp_path, monkeypatch, text, other) == (1, [
        HEADER,
        "部门",
        "  单位编码：13030322P00428110001F → 13030322P00428110003F",
        "项目「车辆保险费」",
        "  编码：13030322P00428110001F → 13030322P00428110002F",
    ], [])
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "x.yaml")[1])
    assert ('<td>编码</td><td><span class="deleted">13030322P00428110001F</span></td>'
            '<td><span class="inserted">13030322P00428110002F</span></td>') in page


def test_colours_on_a_terminal_only(tmp_path, monkeypatch):
    edited(tmp_path, monkeypatch, "财政资金: 10.00", "财政资金: 12.50")
    coloured = CliRunner().invoke(main, ["diff", "x.yaml"], color=True).stdout
    assert "\x1b[1m+2.50\x1b[0m" in coloured and "\x1b[" not in diff_in(tmp_path, monkeypatch, "x.yaml")[1][4]


def test_paragraph_edit_is_shown_character_by_character_with_long_runs_left_out(tmp_path, monkeypatch):
    assert edited(tmp_path, monkeypatch, "责任制，督促", "责任制，要求并督促") == (1, [
        HEADER,
        "整体绩效目标",
        "  总体目标：…治安综合治理领导责任制，{+要求并+}督促各责任部门落实年度平…",
    ], [])


def test_short_text_replaced_marks_deletion_and_insertion(tmp_path, monkeypatch):
    code, lines, _ = edited(tmp_path, monkeypatch, "开展扫黑除恶工作，保障日常工作正常运转。",
                            "开展扫黑除恶专项斗争，保障日常工作正常运转，按季度报告进展情况。")
    assert lines[1:] == [
        "项目「扫黑除恶工作经费」",
        "  用途：开展扫黑除恶[-工作-]{+专项斗争+}，保障日常工作正常运转{+，按季度报告进展情况+}。",
    ]


def test_unchanged_file_even_if_reformatted(tmp_path, monkeypatch):
    reformatted = "# 改了注释和写法，内容没变\n" + FILING.replace("财政资金: 10.00", "财政资金: 10.0")
    path = repository(tmp_path)
    path.write_text(reformatted, encoding="utf-8")
    assert diff_in(tmp_path, monkeypatch, "HEAD", "x.yaml") == (0, [HEADER, "两个版本没有实质变化。"], [])


def test_version_that_does_not_load_is_reported_in_chinese(tmp_path, monkeypatch):
    path = repository(tmp_path)
    path.write_text(FILING.replace("财政资金: 10.00", "财政资金: [10.00"), encoding="utf-8")
    code, out, err = diff_in(tmp_path, monkeypatch, "HEAD", "x.yaml")
    assert (code, err) == (2, [])
    assert out[:3] == ["比较 HEAD:x.yaml → x.yaml", "新版本 x.yaml 无法读取，不能比较：", out[2]]
    assert out[2] == "  x.yaml:13:11: 错误[JX004]: YAML 语法错误：这里开始的方括号（[）在这一行没有配对的 ]"


BROKEN = FILING.replace("财政资金: 10.00", "财政资金: [10.00")  # line 13: a YAML syntax error


def test_a_version_that_does_not_load_is_followed_by_the_files_compared_line_by_line(tmp_path, monkeypatch):
    code, out, err = changed(tmp_path, monkeypatch, BROKEN, FILING.replace("财政资金: 10.00", "财政资金: 12.00"))
    assert (code, err) == (2, [])
    assert out[1:3] == ["旧版本 HEAD:x.yaml 无法读取，不能比较：",
                        "  HEAD:x.yaml:13:11: 错误[JX004]: YAML 语法错误：这里开始的方括号（[）在这一行没有配对的 ]"]
    assert out[out.index("    提示: 在这一行末尾补上 ]") + 1:] == [
        "两个版本的原文逐行比较（行号：旧版本 新版本；- 删去的行，+ 加上的行）：",
        "  …",
        "     10    10   项目:",
        "     11    11     - 名称: 扫黑除恶工作经费",
        "     12    12       编码: P001",
        "     13       -     财政资金: [10.00",
        "           13 +     财政资金: 12.00",
        "     14    14       用途: 开展扫黑除恶工作，保障日常工作正常运转。",
        "     15    15       支出计划: {3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}",
        "     16    16       绩效目标: 持续推进扫黑除恶各项工作。",
        "  …",
    ]
    report = json.loads("\n".join(diff_in(tmp_path, monkeypatch, "--format", "json", "HEAD", "x.yaml")[1]))
    assert report["changed"] is True  # the texts differ
    assert report["source_lines"][4:7] == [
        {"kind": "deleted", "old": 13, "new": None, "text": "    财政资金: [10.00"},
        {"kind": "inserted", "old": None, "new": 13, "text": "    财政资金: 12.00"},
        {"kind": "same", "old": 14, "new": 14, "text": "    用途: 开展扫黑除恶工作，保障日常工作正常运转。"}]
    code, lines, _ = diff_in(tmp_path, monkeypatch, "--format", "html", "HEAD", "x.yaml")
    page = "\n".join(lines)
    assert code == 2 and page.index("无法读取，不能比较</h2>") < page.index("<h2>两个版本的原文逐行比较</h2>")
    assert ('<tr class="deleted"><td class="num">13</td><td class="num"></td><td><code>    财政资金: [10.00</code></td></tr>'
            in page)
    assert ('<tr class="inserted"><td class="num"></td><td class="num">13</td><td><code>    财政资金: 12.00</code></td></tr>'
            in page)


def test_versions_that_do_not_load_with_the_same_text_have_no_lines_compared(tmp_path, monkeypatch):
    code, out, err = changed(tmp_path, monkeypatch, BROKEN, BROKEN)
    assert (code, out[-1], err) == (2, "    提示: 在这一行末尾补上 ]", [])
    report = json.loads("\n".join(diff_in(tmp_path, monkeypatch, "--format", "json", "HEAD", "x.yaml")[1]))
    assert (report["changed"], report["source_lines"]) == (False, [])


def test_revision_or_file_that_does_not_exist(tmp_path, monkeypatch):
    repository(tmp_path)
    assert diff_in(tmp_path, monkeypatch, "HEAD~5", "x.yaml") == (2, [
        "比较 HEAD~5:x.yaml → x.yaml",
        "旧版本 HEAD~5:x.yaml 无法读取，不能比较：",
        "  git 里没有版本「HEAD~5」：请检查拼写（例如 HEAD~1、main 或提交编号）",
    ], [])
    assert diff_in(tmp_path, monkeypatch, "main:y.yaml", "x.yaml")[1][1:] == [
        "旧版本 main:y.yaml 无法读取，不能比较：",
        "  版本「main」里没有文件 y.yaml",
    ]
    assert diff_in(tmp_path, monkeypatch, "x.yaml", "z.yaml")[1][1:] == [
        "新版本 z.yaml 无法读取，不能比较：",
        "  文件 z.yaml 不存在",
    ]


DETAIL = re.compile(r"    \S")  # a line of what is written in a project added or removed


def test_filing_new_since_the_revision_is_reported_as_all_added_with_its_findings(tmp_path, monkeypatch):
    repository(tmp_path)
    without_satisfaction = FILING[:FILING.rindex("      满意度指标:")]
    (tmp_path / "y.yaml").write_text(without_satisfaction, encoding="utf-8")
    code, out, err = diff_in(tmp_path, monkeypatch, "HEAD", "y.yaml")
    assert (code, err) == (1, [])
    assert out[:5] == [
        "比较 HEAD:y.yaml → y.yaml（金额单位：万元）",
        "新文件：旧版本 HEAD:y.yaml 里没有这份申报文件，下面列出的都是新增的内容。",
        "合计",
        "  合计：（无） → 11.40",
        "  其他资金合计：（无） → 0.00",
    ]
    projects = out.index("项目")
    assert [line for line in out[projects:] if not DETAIL.match(line)] == [
        "项目",
        "  新增项目：扫黑除恶工作经费，编码 P001，预算数 10.00",
        "  新增项目：车辆保险费，编码 P002，预算数 0.40",
        "  新增项目：见义勇为经费，编码 P003，预算数 1.00",
        "检查结果",
        "  新出现：y.yaml:56:5: 警告[JX403]: 项目「见义勇为经费」的绩效指标缺少满意度指标",
        "      提示: 按 2015 指标体系补上；确实没有的（如内部管理项目的满意度）可用“接受警告”写明理由",
    ]
    assert "  名称：（无） → 政法委部门" in out
    assert out[projects + 2:projects + 13] == [  # all that is new, to be read
        "    财政资金：10.00",
        "    用途：开展扫黑除恶工作，保障日常工作正常运转。",
        "    绩效目标：持续推进扫黑除恶各项工作。",
        "    依据：年度工作计划",
        "    支出计划，3月底 25%，6月底 50%，10月底 75%，12月底 100%",
        "    指标：产出指标／数量指标／宣传次数，指标值 ≥3次，依据 年度工作计划",
        "    指标：产出指标／时效指标／完成时间，指标值 2022年12月底前，依据 年度工作计划",
        "    指标：效益指标／社会效益指标／社会稳定水平，指标值 明显提升，依据 年度工作计划",
        "    指标：满意度指标／服务对象满意度指标／群众满意度，指标值 ≥90%，依据 年度工作计划",
        "  新增项目：车辆保险费，编码 P002，预算数 0.40",
        "    财政资金：0.40",
    ]


def test_filing_deleted_in_the_working_tree_is_reported_as_all_removed(tmp_path, monkeypatch):
    repository(tmp_path).unlink()
    code, out, err = diff_in(tmp_path, monkeypatch, "x.yaml")
    assert (code, err) == (1, [])
    assert out[:4] == [HEADER, "已删除：新版本 x.yaml 里没有这份申报文件，下面列出的都是删去的内容。", "合计",
                       "  合计：11.40 → （无）"]
    projects = out.index("项目")
    assert [line for line in out[projects:projects + 31] if not DETAIL.match(line)] == [
        "项目",
        "  删除项目：扫黑除恶工作经费，编码 P001，预算数 10.00",
        "  删除项目：车辆保险费，编码 P002，预算数 0.40",
        "  删除项目：见义勇为经费，编码 P003，预算数 1.00",
    ]
    assert out[projects + 21:projects + 24] == [
        "  删除项目：见义勇为经费，编码 P003，预算数 1.00",
        "    财政资金：1.00",
        "    用途：对见义勇为行为进行奖励。",
    ]
    report = json.loads("\n".join(diff_in(tmp_path, monkeypatch, "--format", "json", "x.yaml")[1]))
    assert (report["absent"], report["changed"], report["totals"][0]) == (
        "new", True, {"kind": "amount", "subject": "合计", "old": "11.40", "new": None, "delta": None})


def test_amounts_of_versions_in_two_units_are_compared_in_yuan(tmp_path, monkeypatch):
    in_yuan = (FILING.replace("年度: 2022\n", "年度: 2022\n金额单位: 元\n").replace("财政资金: 10.00", "财政资金: 100000")
               .replace("财政资金: 0.40", "财政资金: 4100").replace("财政资金: 1.00", "财政资金: 10000.00"))
    assert changed(tmp_path, monkeypatch, FILING, in_yuan) == (1, [
        "比较 HEAD:x.yaml → x.yaml（金额单位：元）",
        "金额单位改了：万元 → 元。下面的金额都换算成元再比较。",
        "合计",
        "  合计：114000.00 → 114100.00（+100.00）",
        "项目「车辆保险费」",
        "  财政资金：4000.00 → 4100.00（+100.00）",
    ], [])
    back = diff_in(tmp_path, monkeypatch, "--format", "json", "HEAD", "x.yaml")[1]
    assert {key: json.loads("\n".join(back))[key] for key in ("units", "unit")} == {
        "units": {"old": "万元", "new": "元"}, "unit": "元"}


def test_only_the_unit_changed_with_amounts_converted_exactly(tmp_path, monkeypatch):
    in_yuan = (FILING.replace("年度: 2022\n", "年度: 2022\n金额单位: 元\n").replace("财政资金: 10.00", "财政资金: 100000")
               .replace("财政资金: 0.40", "财政资金: 4000").replace("财政资金: 1.00", "财政资金: 10000"))
    assert changed(tmp_path, monkeypatch, in_yuan, FILING) == (1, [
        "比较 HEAD:x.yaml → x.yaml（金额单位：元）", "金额单位改了：元 → 万元。下面的金额都换算成元再比较。"], [])


COSTLY = FILING.replace("          - {名称: 宣传次数, 指标值: ≥3次}\n", "          - {名称: 宣传次数, 指标值: ≥3次}\n"
                        "        成本指标:\n          - {名称: 项目总成本, 指标值: 12万元}\n")  # above its budget: JX441


def in_yuan(text: str) -> str:
    """The small filing (its amounts as written above) in 元."""
    return (text.replace("年度: 2022\n", "年度: 2022\n金额单位: 元\n").replace("财政资金: 10.00", "财政资金: 100000")
            .replace("财政资金: 0.40", "财政资金: 4000").replace("财政资金: 1.00", "财政资金: 10000"))


def test_a_finding_that_quotes_amounts_is_the_same_in_another_unit(tmp_path, monkeypatch):
    assert changed(tmp_path, monkeypatch, COSTLY, in_yuan(COSTLY)) == (1, [
        "比较 HEAD:x.yaml → x.yaml（金额单位：元）", "金额单位改了：万元 → 元。下面的金额都换算成元再比较。"], [])


def test_a_finding_that_quotes_a_sum_of_amounts_is_the_same_in_another_unit(tmp_path, monkeypatch):
    """JX443 writes its sum with the unit once, after it (4 + 6 = 10万元): each figure of it
    is converted (it was shown as reworded, 4 + 7 = 11万元 → 40000 + 70000 = 110000元)."""
    parts = FILING.replace("          - {名称: 宣传次数, 指标值: ≥3次}\n", "          - {名称: 宣传次数, 指标值: ≥3次}\n"
                           "        成本指标:\n          - {名称: 宣传费, 指标值: ≤4万元}\n          - {名称: 办公费, 指标值: ≤7万元}\n")
    assert [f.message for f in process_bytes(parts.encode("utf-8"), "x.yaml", with_view=False).findings
            if f.code == "JX443"] == ["项目「扫黑除恶工作经费」的 2 个成本指标合计 4 + 7 = 11万元，不等于项目预算数 10万元，比预算数多 1万元"]
    assert changed(tmp_path, monkeypatch, parts, in_yuan(parts)) == (1, [
        "比较 HEAD:x.yaml → x.yaml（金额单位：元）", "金额单位改了：万元 → 元。下面的金额都换算成元再比较。"], [])


def test_a_finding_that_quotes_amounts_changed_in_another_unit_is_reported(tmp_path, monkeypatch):
    after = in_yuan(COSTLY).replace("财政资金: 100000", "财政资金: 110000")
    assert changed(tmp_path, monkeypatch, COSTLY, after)[1][-1] == (
        "  变化：x.yaml:24:30: 警告[JX441]: 项目「扫黑除恶工作经费」的成本指标「项目总成本」是 12万元，"
        "大于项目预算数 1{+1000+}0[-万-]元，比预算数多 [-2万-]{+10000+}元")  # 10万元 → 110000元, 2万元 → 10000元


def test_file_in_neither_version_is_trouble(tmp_path, monkeypatch):
    repository(tmp_path)
    assert diff_in(tmp_path, monkeypatch, "HEAD", "xx.yaml") == (2, [
        "比较 HEAD:xx.yaml → xx.yaml",
        "旧版本 HEAD:xx.yaml 无法读取，不能比较：",
        "  版本「HEAD」里没有文件 xx.yaml",
        "新版本 xx.yaml 无法读取，不能比较：",
        "  文件 xx.yaml 不存在",
    ], [])


def test_outside_a_repository(tmp_path, monkeypatch):
    (tmp_path / "x.yaml").write_text(FILING, encoding="utf-8")
    code, out, err = diff_in(tmp_path, monkeypatch, "HEAD", "x.yaml")
    assert (code, err) == (2, [f"jixiao diff: {tmp_path} 不在 git 仓库里，无法读取 git 版本"])


def test_two_revisions_and_revision_path_forms(tmp_path, monkeypatch):
    path = repository(tmp_path)
    path.write_text(FILING.replace("财政资金: 1.00", "财政资金: 2.00"), encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "改金额")
    expected = ["合计", "  合计：11.40 → 12.40（+1.00）", "项目「见义勇为经费」", "  财政资金：1.00 → 2.00（+1.00）"]
    code, lines, _ = diff_in(tmp_path, monkeypatch, "HEAD~1", "HEAD", "x.yaml")
    assert (code, lines) == (1, ["比较 HEAD~1:x.yaml → HEAD:x.yaml（金额单位：万元）"] + expected)
    code, lines, _ = diff_in(tmp_path, monkeypatch, "main~1:x.yaml", "x.yaml")
    assert (code, lines) == (1, ["比较 main~1:x.yaml → x.yaml（金额单位：万元）"] + expected)
    code, lines, _ = diff_in(tmp_path, monkeypatch, "main~1:x.yaml")
    assert (code, lines) == (1, ["比较 main~1:x.yaml → x.yaml（金额单位：万元）"] + expected)


def _result(text: str, findings: list[Finding]) -> Result:
    result = process_bytes(text.encode("utf-8"), "x.yaml", with_view=False)
    result.findings = findings
    return result


def test_findings_compared_by_code_and_message_not_by_line():
    moved = Finding("JX999", ERROR, "某个问题（同第 12 行）", Location("x.yaml", 12, 5), "改正它")
    same_elsewhere = Finding("JX999", ERROR, "某个问题（同第 30 行）", Location("x.yaml", 30, 1), "改正它")
    gone = Finding("JX998", ERROR, "项目「甲」的旧问题", Location("x.yaml", 3, 1))
    new = Finding("JX997", ERROR, "新问题", Location("x.yaml", 4, 2), "这样改")
    other_project = Finding("JX998", ERROR, "项目「乙」的旧问题", Location("x.yaml", 5, 1))
    before = Finding("JX996", WARNING, "项目「甲」缺少满意度指标", Location("x.yaml", 8, 3))
    after = Finding("JX996", WARNING, "项目「甲」缺少效益指标、满意度指标", Location("x.yaml", 9, 3))
    report = compare(_result(FILING, [moved, gone, before]), _result(FILING, [same_elsewhere, new, other_project, after]))
    assert (report.introduced, report.resolved, report.reworded) == ((new, other_project), (gone,), ((before, after),))
    assert [click.unstyle(line) for line in report_lines(report)[1:]] == [
        "检查结果",
        "  新出现：x.yaml:4:2: 错误[JX997]: 新问题",
        "      提示: 这样改",
        "  新出现：x.yaml:5:1: 错误[JX998]: 项目「乙」的旧问题",
        "  已解决：x.yaml:3:1: 错误[JX998]: 项目「甲」的旧问题",
        "  变化：x.yaml:9:3: 警告[JX996]: 项目「甲」缺少{+效益指标、+}满意度指标",
    ]


ACCEPTANCE_REPORT = [
    "比较 HEAD:filings/hebei-shanhaiguan-2022.yaml → filings/hebei-shanhaiguan-2022.yaml（金额单位：万元）",
    "合计",
    "  合计：116.40 → 118.40（+2.00）",
    "项目「扫黑除恶工作经费」",
    "  财政资金：10.00 → 12.00（+2.00）",
    "  删除指标：效益指标／社会效益指标／社会稳定水平，指标值 ≥90%，依据 年度工作计划",
    # the review rules see that the project lost its last 效益指标: a finding the change rewords
    "检查结果",
    "  变化：filings/hebei-shanhaiguan-2022.yaml:66:5: 警告[JX403]: "
    "项目「扫黑除恶工作经费」的绩效指标缺少{+效益指标、+}满意度指标",
]


def test_acceptance_seed_002_text_report_names_the_change_and_nothing_else(seed_002_edited):
    result = run_jixiao("diff", "HEAD", "filings/hebei-shanhaiguan-2022.yaml", cwd=seed_002_edited)
    assert (result.returncode, result.stdout.splitlines(), result.stderr) == (1, ACCEPTANCE_REPORT, "")


def test_acceptance_seed_002_json_and_html(seed_002_edited, monkeypatch):
    code, lines, _ = diff_in(seed_002_edited, monkeypatch, "--format", "json", "HEAD",
                             "filings/hebei-shanhaiguan-2022.yaml")
    report = json.loads("\n".join(lines))
    assert code == 1
    assert report["totals"] == [{"kind": "amount", "subject": "合计", "old": "116.40", "new": "118.40",
                                 "delta": "+2.00"}]
    assert report["sections"] == [{"title": "项目「扫黑除恶工作经费」", "changes": [
        {"kind": "amount", "subject": "财政资金", "old": "10.00", "new": "12.00", "delta": "+2.00"},
        {"kind": "removed", "subject": "指标：效益指标／社会效益指标／社会稳定水平", "old": "指标值 ≥90%，依据 年度工作计划",
         "new": ""},
    ]}]
    code, lines, _ = diff_in(seed_002_edited, monkeypatch, "--format", "html", "HEAD",
                             "filings/hebei-shanhaiguan-2022.yaml")
    page = "\n".join(lines)
    totals = page.index("<h2>合计</h2>")
    project = page.index("<h2>项目「扫黑除恶工作经费」</h2>")
    assert code == 1 and totals < project
    assert ('<td>合计</td><td><span class="deleted">116.40</span></td>'
            '<td><span class="inserted">118.40</span></td><td class="num up">+2.00</td>') in page
    assert ('<td>财政资金</td><td><span class="deleted">10.00</span></td>'
            '<td><span class="inserted">12.00</span></td><td class="num up">+2.00</td>') in page
    assert "<td>删除指标：效益指标／社会效益指标／社会稳定水平</td>" in page
    assert ("<code>filings/hebei-shanhaiguan-2022.yaml</code>（金额单位：万元）</p>") in page
    assert report["unit"] == "万元"
    assert page.count("<tr class=") == 3


def test_html_escapes_filing_text(tmp_path, monkeypatch):
    code, lines, _ = edited(tmp_path, monkeypatch, "用途: 对见义勇为行为进行奖励。",
                            "用途: <script>alert(1)</script>")
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "x.yaml")[1])
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_blanks_that_look_like_spaces_are_named_in_the_text_report(tmp_path, monkeypatch):
    text = FILING.replace("开展扫黑除恶工作，保障", "开展扫黑除恶工作， 保障")
    nbsp = text.replace("工作， 保障", "工作，\u00a0保障").replace("名称: 车辆保险费", "名称: 车辆\u00a0保险费")
    assert changed(tmp_path, monkeypatch, text, nbsp.replace("持续推进", "持续\u3000推进")) == (1, [
        HEADER,
        "项目",
        "  改名：车辆保险费 → 车辆⟨U+00A0 不间断空格⟩保险费",
        "项目「扫黑除恶工作经费」",
        "  用途：开展扫黑除恶工作，[- -]{+⟨U+00A0 不间断空格⟩+}保障日常工作正常运转。",
        "  绩效目标：持续推进扫黑除恶各项工作。 → 持续⟨U+3000 全角空格⟩推进扫黑除恶各项工作。",
    ], [])


def test_blanks_that_look_like_spaces_are_named_on_the_review_page_and_escaped_in_json(tmp_path, monkeypatch):
    repository(tmp_path).write_text(FILING.replace("持续推进", "持续\u3000推进"), encoding="utf-8")
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "x.yaml")[1])
    assert ('<td>绩效目标</td><td><span class="deleted">持续推进扫黑除恶各项工作。</span></td>'
            '<td><span class="inserted">持续<span class="unseen">⟨U+3000 全角空格⟩</span>推进扫黑除恶各项工作。</span></td>'
            in page)
    document = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "json", "x.yaml")[1])
    assert '"new": "持续\\u3000推进扫黑除恶各项工作。"' in document
    assert json.loads(document)["sections"][0]["changes"][0]["new"] == "持续\u3000推进扫黑除恶各项工作。"


def test_an_invisible_character_in_a_version_that_does_not_load_is_named_in_its_lines(tmp_path, monkeypatch):
    code, out, _ = changed(tmp_path, monkeypatch, FILING, FILING.replace("持续推进", "持续\u200b推进"))
    assert (code, out[-6:-4]) == (2, ["     16       -     绩效目标: 持续推进扫黑除恶各项工作。",
                                      "           16 +     绩效目标: 持续⟨U+200B 零宽空格⟩推进扫黑除恶各项工作。"])
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "HEAD", "x.yaml")[1])
    assert ('<td><code>    绩效目标: 持续<span class="unseen">⟨U+200B 零宽空格⟩</span>推进扫黑除恶各项工作。</code></td>'
            in page)


GOAL = "    一是指导落实社会治安综合治理领导责任制，督促各责任部门落实年度平安建设工作目标任务，做好日常管理及考核工作。\n"
TWO_PARAGRAPHS = FILING.replace(GOAL, GOAL + "\n    二是协调推进基层社会治理体系建设。\n")


def test_paragraphs_merged_or_split_are_a_change(tmp_path, monkeypatch):
    merged = TWO_PARAGRAPHS.replace(GOAL + "\n", GOAL)  # the blank line between them deleted
    assert changed(tmp_path, monkeypatch, TWO_PARAGRAPHS, merged) == (1, [
        HEADER,
        "整体绩效目标",
        "  总体目标：…好日常管理及考核工作。¶[-¶-]二是协调推进基层社会治理…",
        "检查结果",  # the two lines are one paragraph now, its second line printed flush left
        "  新出现：x.yaml:10:5: 警告[JX332]: 「总体目标」有一段只换了行、没有空一行：「二是协调推进基层社会」这一行印出来顶格、不缩进",
        "      提示: 要分成两段，在两段之间空一行；确是同一段，就把两行接起来",
    ], [])
    folded = TWO_PARAGRAPHS.replace("总体目标: |", "总体目标: >")  # folded: the blank line is a line break
    (tmp_path / "folded").mkdir()
    assert changed(tmp_path / "folded", monkeypatch, TWO_PARAGRAPHS, folded)[1][2] == (
        "  总体目标：…好日常管理及考核工作。¶[-¶-]二是协调推进基层社会治理…")


def test_a_text_written_as_a_list_is_a_change_as_it_prints_numbered(tmp_path, monkeypatch):
    listed = TWO_PARAGRAPHS.replace("  总体目标: |\n" + GOAL + "\n    二是", "  总体目标:\n  " + GOAL.replace("    一是", "  - 一是")
                                    + "    - 二是")
    code, lines, _ = changed(tmp_path, monkeypatch, TWO_PARAGRAPHS, listed)
    assert code == 1 and lines[1:] == ["整体绩效目标", "  总体目标编号：（无） → 1. 2. …"]


def test_measures_turned_into_a_list_are_a_change_as_they_print_numbered(tmp_path, monkeypatch):
    as_text = FILING.replace("项目:\n", "  保障措施: |\n    加强组织领导。\n\n    强化资金管理。\n项目:\n", 1)
    as_list = as_text.replace("  保障措施: |\n    加强组织领导。\n\n    强化资金管理。\n",
                              "  保障措施:\n    - 加强组织领导。\n    - 强化资金管理。\n")
    code, lines, _ = changed(tmp_path, monkeypatch, as_text, as_list)
    assert code == 1 and lines[1:] == ["整体绩效目标", "  保障措施编号：（无） → （一）（二）…"]


def test_a_paragraph_merged_is_marked_on_the_review_page(tmp_path, monkeypatch):
    repository(tmp_path, TWO_PARAGRAPHS).write_text(TWO_PARAGRAPHS.replace(GOAL + "\n", GOAL), encoding="utf-8")
    code, lines, _ = diff_in(tmp_path, monkeypatch, "--format", "html", "HEAD", "x.yaml")
    assert ('<span class="same">好日常管理及考核工作。\n</span>'
            '<span class="deleted">¶\n</span><span class="same">二是协调推进基层社会治理</span>') in "\n".join(lines)


MEASURES = FILING.replace("项目:\n", """\
  分项目标:
    - {名称: 社会治安, 职责描述: 协调推进基层社会治理体系建设。, 绩效目标: 社会治安形势持续向好。}
    - {名称: 见义勇为, 职责描述: 组织开展见义勇为工作。, 绩效目标: 弘扬社会正气。}
  保障措施:
    - 坚持党对政法工作的绝对领导，打造忠诚干净担当政法队伍。
    - 把维护政治安全作为头等大事，深化国家安全人民防线建设。
    - 依托各级社会治理中心，推动矛盾纠纷联调、突出问题联治。
项目:
""", 1)
FIRST_MEASURE = "    - 坚持党对政法工作的绝对领导，打造忠诚干净担当政法队伍。\n"


def test_a_measure_inserted_above_others_is_one_addition_with_its_text(tmp_path, monkeypatch):
    inserted = MEASURES.replace(FIRST_MEASURE, "    - 加强财务管理，确保资金安全。\n" + FIRST_MEASURE)
    assert changed(tmp_path, monkeypatch, MEASURES, inserted)[1][1:] == [
        "整体绩效目标",
        "  新增保障措施：第1条，加强财务管理，确保资金安全。",
    ]


def test_measures_without_titles_are_matched_by_their_text(tmp_path, monkeypatch):
    after = (MEASURES.replace(FIRST_MEASURE, "")
             .replace("深化国家安全人民防线建设。", "深化国家安全人民防线建设，做好重要节点安保维稳工作。"))
    assert changed(tmp_path, monkeypatch, MEASURES, after)[1][1:] == [
        "整体绩效目标",
        "  删除保障措施：第1条，坚持党对政法工作的绝对领导，打造忠诚干净担当政法队伍。",
        "  保障措施：第1条 内容：…深化国家安全人民防线建设{+，做好重要节点安保维稳工作+}。",
    ]


def test_a_sub_goal_renamed_is_matched_by_its_content(tmp_path, monkeypatch):
    after = MEASURES.replace("名称: 社会治安,", "名称: 社会治安综合治理,").replace("社会治安形势持续向好", "社会治安形势稳中向好")
    assert changed(tmp_path, monkeypatch, MEASURES, after)[1][1:] == [
        "整体绩效目标",
        "  改名：社会治安 → 社会治安综合治理",
        "  分项目标：社会治安综合治理 绩效目标：社会治安形势持续向好。 → 社会治安形势稳中向好。",
    ]


def test_a_duty_inserted_above_others_is_one_insertion(tmp_path, monkeypatch):
    duties = FILING.replace("整体绩效目标:\n", "部门职能:\n  - 研究和处理全区政法工作中的重大问题。\n  - 协调指导社会稳定工作。\n"
                            "整体绩效目标:\n", 1)
    inserted = duties.replace("部门职能:\n", "部门职能:\n  - 负责本系统的财务管理工作。\n")
    assert changed(tmp_path, monkeypatch, duties, inserted)[1][1:] == [
        "不印出的内容（不算变化）：部门职能",  # 河北 does not print 部门职能
        "  部门职能：{+负责本系统的财务管理工作。¶¶+}研究和处理全区政法工作中…",
    ]


def test_a_new_sub_goal_is_listed_with_all_that_is_written_in_it(tmp_path, monkeypatch):
    after = MEASURES.replace("  保障措施:\n", "    - {名称: 矛盾纠纷化解, 职责描述: 做好矛盾纠纷排查化解工作。, "
                             "绩效目标: 矛盾纠纷化解率达到95%以上。}\n  保障措施:\n")
    assert changed(tmp_path, monkeypatch, MEASURES, after)[1][1:] == [
        "整体绩效目标",
        "  新增分项目标：矛盾纠纷化解",
        "    职责描述：做好矛盾纠纷排查化解工作。",
        "    绩效目标：矛盾纠纷化解率达到95%以上。",
    ]
    report = json.loads("\n".join(diff_in(tmp_path, monkeypatch, "--format", "json", "HEAD", "x.yaml")[1]))
    assert report["sections"] == [{"title": "整体绩效目标", "changes": [
        {"kind": "added", "subject": "分项目标：矛盾纠纷化解", "old": "", "new": "",
         "details": ["职责描述：做好矛盾纠纷排查化解工作。", "绩效目标：矛盾纠纷化解率达到95%以上。"]}]}]
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "HEAD", "x.yaml")[1])
    assert ('<tr class="added"><td>新增分项目标：矛盾纠纷化解</td><td></td><td><span class="inserted">'
            "职责描述：做好矛盾纠纷排查化解工作。\n绩效目标：矛盾纠纷化解率达到95%以上。</span></td>") in page


def test_a_new_filing_lists_its_measures_with_their_text(tmp_path, monkeypatch):
    repository(tmp_path)
    (tmp_path / "y.yaml").write_text(MEASURES, encoding="utf-8")
    out = diff_in(tmp_path, monkeypatch, "HEAD", "y.yaml")[1]
    assert [line for line in out if "保障措施" in line] == [
        "  保障措施编号：（无） → （一）（二）…",
        "  新增保障措施：第1条，坚持党对政法工作的绝对领导，打造忠诚干净担当政法队伍。",
        "  新增保障措施：第2条，把维护政治安全作为头等大事，深化国家安全人民防线建设。",
        "  新增保障措施：第3条，依托各级社会治理中心，推动矛盾纠纷联调、突出问题联治。",
    ]


def test_projects_without_code_alike_only_in_amounts_are_not_one_renamed(tmp_path, monkeypatch):
    head = FILING[:FILING.index("项目:\n")] + "项目:\n  - {名称: 维稳经费, 财政资金: 70.00, 其他资金: 0.00, 用途: 保障维稳工作}\n"
    before = head + "  - {名称: 司法救助资金, 财政资金: 20.00, 其他资金: 0.00, 用途: 做好困难当事人的帮扶救助工作}\n"
    after = head + "  - {名称: 网格员业务培训经费, 财政资金: 20.00, 其他资金: 0.00, 用途: 组织全市网格员开展业务培训}\n"
    lines = changed(tmp_path, monkeypatch, before, after)[1]
    assert lines[1:lines.index("检查结果")] == [  # the findings: each project lacks its indicators
        "项目",
        "  删除项目：司法救助资金，预算数 20.00",
        "    财政资金：20.00",
        "    其他资金：0.00",
        "    用途：做好困难当事人的帮扶救助工作",
        "  新增项目：网格员业务培训经费，预算数 20.00",
        "    财政资金：20.00",
        "    其他资金：0.00",
        "    用途：组织全市网格员开展业务培训",
    ]


def test_a_project_without_code_renamed_to_another_name_is_matched_by_its_texts(tmp_path, monkeypatch):
    text = FILING.replace("    编码: P002\n", "")
    assert changed(tmp_path, monkeypatch, text, text.replace("名称: 车辆保险费", "名称: 公务用车投保"))[1][1:] == [
        "项目",
        "  改名：车辆保险费 → 公务用车投保",
    ]


DEADLINE = "          - {名称: 完成时间, 指标值: 2022年12月底前}\n"
TWO_DEADLINES = FILING.replace(DEADLINE, "          - {名称: 完成时间, 指标值: 2022年6月底前完成宣传}\n" + DEADLINE)


def test_one_of_two_namesake_indicators_deleted_is_one_removal(tmp_path, monkeypatch):
    first = "          - {名称: 完成时间, 指标值: 2022年6月底前完成宣传}\n"
    code, lines, _ = changed(tmp_path, monkeypatch, TWO_DEADLINES, TWO_DEADLINES.replace(first, ""))
    assert (code, lines[1:3]) == (1, [
        "项目「扫黑除恶工作经费」",
        "  删除指标：产出指标／时效指标／完成时间，指标值 2022年6月底前完成宣传，依据 年度工作计划",
    ])
    assert lines[3] == "检查结果"  # the indicator no longer repeated: its JX408 resolved, nothing else


def test_a_namesake_indicator_inserted_above_the_other_is_one_addition(tmp_path, monkeypatch):
    code, lines, _ = changed(tmp_path, monkeypatch, FILING, TWO_DEADLINES)
    assert (code, lines[1:3]) == (1, [
        "项目「扫黑除恶工作经费」",
        "  新增指标：产出指标／时效指标／完成时间，指标值 2022年6月底前完成宣传，依据 年度工作计划",
    ])


def test_the_namesake_edited_is_the_one_reported_changed(tmp_path, monkeypatch):
    after = TWO_DEADLINES.replace("2022年12月底前", "2022年11月底前")  # and the one above it added
    assert changed(tmp_path, monkeypatch, FILING, after)[1][1:4] == [
        "项目「扫黑除恶工作经费」",
        "  新增指标：产出指标／时效指标／完成时间，指标值 2022年6月底前完成宣传，依据 年度工作计划",
        "  指标：产出指标／时效指标／完成时间 指标值：2022年12月底前 → 2022年11月底前",
    ]


def test_namesakes_equally_alike_are_paired_in_their_order(tmp_path, monkeypatch):
    before = TWO_DEADLINES.replace("2022年6月底前完成宣传", "六月底前").replace("2022年12月底前", "九月底前")
    after = before.replace("六月底前", "全年完成").replace("九月底前", "按季完成")  # no character in common
    assert changed(tmp_path, monkeypatch, before, after)[1][1:] == [
        "项目「扫黑除恶工作经费」",
        "  指标：产出指标／时效指标／完成时间 指标值：六月底前 → 全年完成",
        "  指标：产出指标／时效指标／完成时间 指标值：九月底前 → 按季完成",
    ]


def test_namesake_indicators_in_another_order_are_reported_as_they_print(tmp_path, monkeypatch):
    second = "          - {名称: 完成时间, 指标值: 2022年6月底前完成宣传}\n"
    swapped = TWO_DEADLINES.replace(second + DEADLINE, DEADLINE + second)
    assert changed(tmp_path, monkeypatch, TWO_DEADLINES, swapped)[1][1:] == [
        "项目「扫黑除恶工作经费」",
        "  顺序：指标：产出指标／时效指标／完成时间（指标值 2022年12月底前，依据 年度工作计划），第 3 项 → 第 2 项",
    ]


TITLED = MEASURES.replace(FIRST_MEASURE, "    - {标题: 加强组织领导, 内容: 成立工作专班，明确分工。}\n"
                          "    - {标题: 加强组织领导, 内容: 定期召开调度会议，研究解决重大问题。}\n")


def test_one_of_two_namesake_measures_deleted_is_one_removal(tmp_path, monkeypatch):
    after = TITLED.replace("    - {标题: 加强组织领导, 内容: 成立工作专班，明确分工。}\n", "")
    assert changed(tmp_path, monkeypatch, TITLED, after)[1][1:] == [
        "整体绩效目标",
        "  删除保障措施：加强组织领导，成立工作专班，明确分工。",
    ]


def test_one_of_two_namesake_sub_goals_deleted_is_one_removal(tmp_path, monkeypatch):
    goal = "    - {名称: 社会治安, 职责描述: 协调推进基层社会治理体系建设。, 绩效目标: 社会治安形势持续向好。}\n"
    before = MEASURES.replace(goal, "    - {名称: 社会治安, 职责描述: 开展平安建设。, 绩效目标: 群众安全感稳步提升。}\n" + goal)
    after = before.replace("    - {名称: 社会治安, 职责描述: 开展平安建设。, 绩效目标: 群众安全感稳步提升。}\n", "")
    assert changed(tmp_path, monkeypatch, before, after)[1][1:] == [
        "整体绩效目标",
        "  删除分项目标：社会治安",
        "    职责描述：开展平安建设。",
        "    绩效目标：群众安全感稳步提升。",
    ]


TRAINING = "          - {名称: 培训人次, 指标值: ≥100人次}\n"
TWO_COUNTS = FILING.replace("          - {名称: 宣传次数, 指标值: ≥3次}\n", "          - {名称: 宣传次数, 指标值: ≥3次}\n" + TRAINING)


def test_an_indicator_moved_under_another_heading_is_one_move_with_its_changes(tmp_path, monkeypatch):
    moved = TWO_COUNTS.replace(TRAINING, "").replace(
        "        时效指标:\n", "        质量指标:\n          - {名称: 培训人次, 指标值: ≥120人次}\n        时效指标:\n", 1)
    assert changed(tmp_path, monkeypatch, TWO_COUNTS, moved) == (1, [
        HEADER,
        "项目「扫黑除恶工作经费」",
        "  移动：指标：培训人次，产出指标／数量指标 → 产出指标／质量指标",
        "  指标：产出指标／质量指标／培训人次 指标值：≥100人次 → ≥120人次",
    ], [])
    report = json.loads("\n".join(diff_in(tmp_path, monkeypatch, "--format", "json", "HEAD", "x.yaml")[1]))
    assert report["sections"][0]["changes"][0] == {
        "kind": "regrouped", "subject": "指标：培训人次", "old": "产出指标／数量指标", "new": "产出指标／质量指标"}
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "HEAD", "x.yaml")[1])
    assert ('<td>移动：指标：培训人次</td><td><span class="deleted">产出指标／数量指标</span></td>'
            '<td><span class="inserted">产出指标／质量指标</span></td>') in page


def test_an_indicator_moved_under_another_first_level_keeps_the_others_in_their_order(tmp_path, monkeypatch):
    moved = TWO_COUNTS.replace(TRAINING, "").replace(
        "          - {名称: 社会稳定水平, 指标值: 明显提升}\n",
        "          - {名称: 社会稳定水平, 指标值: 明显提升}\n" + TRAINING)
    assert changed(tmp_path, monkeypatch, TWO_COUNTS, moved)[1][1:] == [
        "项目「扫黑除恶工作经费」",
        "  移动：指标：培训人次，产出指标／数量指标 → 效益指标／社会效益指标",
    ]


def test_of_namesakes_under_two_headings_the_one_under_its_own_heading_is_paired(tmp_path, monkeypatch):
    before = TWO_COUNTS.replace(
        "        时效指标:\n", "        质量指标:\n          - {名称: 培训人次, 指标值: 全员参训}\n        时效指标:\n", 1)
    after = before.replace(TRAINING, "").replace("全员参训", "≥100人次")
    assert changed(tmp_path, monkeypatch, before, after)[1][1:4] == [
        "项目「扫黑除恶工作经费」",
        "  删除指标：产出指标／数量指标／培训人次，指标值 ≥100人次，依据 年度工作计划",
        "  指标：产出指标／质量指标／培训人次 指标值：全员参训 → ≥100人次",
    ]


XINJIANG = """\
版式: 新疆
年度: 2025
部门:
  名称: 测试局
整体绩效目标:
  总体目标: 保障运转。
  绩效指标:
    产出指标:
      数量指标:
        - {名称: 次数, 指标值: ≥3次}
    效益指标:
      社会效益指标:
        - {名称: 效果, 指标值: 有效}
    满意度指标:
      服务对象满意度指标:
        - {名称: 群众满意度, 指标值: ≥90%}
项目:
  - 名称: 日常运转
    用途: 办公
    财政资金: 10.00
"""


def test_a_xinjiang_filing_is_compared_as_it_prints(tmp_path, monkeypatch):
    """新疆 prints no 封面 and no 单位名称: a new 年度 and 名称 do not change their
    defaults (the 河北 cover title, the 名称) as if they were printed."""
    edit = XINJIANG.replace("年度: 2025", "年度: 2026").replace("名称: 测试局", "名称: 测试局（本级）")
    assert changed(tmp_path, monkeypatch, XINJIANG, edit) == (1, [
        HEADER,
        "基本信息",
        "  年度：2025 → 2026",
        "部门",
        "  名称：测试局 → 测试局（本级）",
    ], [])
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "x.yaml")[1])
    assert '<p class="summary">共 2 处变化。</p>' in page


def test_what_the_layout_does_not_print_is_listed_apart_and_not_counted(tmp_path, monkeypatch):
    """A reviewer sees every change of the file; those the 新疆 form has no place for
    (JX330) come after the printed ones, each under its section, and count for nothing
    (the JX330 warnings they bring do)."""
    edit = (XINJIANG.replace("  名称: 测试局\n", "  名称: 测试局\n  单位名称: 测试局本级\n封面: {标题: 新疆封面}\n")
            .replace("    用途: 办公\n", "    用途: 办公、水电\n    编码: P9\n")
            .replace("{名称: 次数, 指标值: ≥3次}", "{名称: 次数, 指标值: ≥3次, 描述: 开会次数}"))
    code, lines, _ = changed(tmp_path, monkeypatch, XINJIANG, edit)
    assert (code, lines[:12]) == (1, [
        HEADER,
        "项目「日常运转」",
        "  用途：办公 → 办公、水电",
        "不印出的内容（不算变化）：部门",
        "  单位名称：（无） → 测试局本级",
        "不印出的内容（不算变化）：封面",
        "  标题：（无） → 新疆封面",
        "不印出的内容（不算变化）：整体绩效目标",
        "  指标：产出指标／数量指标／次数 描述：（无） → 开会次数",
        "不印出的内容（不算变化）：项目「日常运转」",
        "  编码：（无） → P9",
        "检查结果",
    ])
    assert [line for line in lines if "JX330" in line] == [
        f"  新出现：x.yaml:{line}: 警告[JX330]: 版式「新疆」的表格里没有{key}这一项，它不会印出来"
        for line, key in (("5:3", "「单位名称」"), ("6:1", "「封面」"), ("12:30", "「描述」"), ("22:5", "项目「日常运转」的「编码」"))]
    page = "\n".join(diff_in(tmp_path, monkeypatch, "--format", "html", "x.yaml")[1])
    assert '<p class="summary">共 5 处变化。</p>' in page  # 用途 and the four warnings
    sections = json.loads("\n".join(diff_in(tmp_path, monkeypatch, "--format", "json", "x.yaml")[1]))["sections"]
    assert sections[1] == {"title": "不印出的内容（不算变化）：部门", "changes": [
        {"kind": "value", "subject": "单位名称", "old": "", "new": "测试局本级", "printed": False}]}


def test_hunan_lists_apart_what_its_forms_do_not_print_but_its_other_funds_which_print_in_the_budget(
        tmp_path, monkeypatch):
    text = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    edit = text.replace("    财政资金: 12.8\n", "    财政资金: 12.8\n    其他资金: 1.2\n    用途: 督察\n", 1)
    repository(tmp_path, text).write_text(edit, encoding="utf-8")
    assert diff_in(tmp_path, monkeypatch, "x.yaml")[1][:10] == [
        HEADER,
        "合计",
        "  合计：59.80 → 61.00（+1.20）",
        "  其他资金合计：0.00 → 1.20（+1.20）",
        "项目「扫黑除恶专项斗争工作经费」",
        "  其他资金：（无） → 1.20（+1.20）",  # printed within 年度本级预算金额
        "  预算数：12.80 → 14.00（+1.20）",
        "不印出的内容（不算变化）：项目「扫黑除恶专项斗争工作经费」",
        "  用途：（无） → 督察",
        "检查结果",
    ]


@pytest.mark.parametrize("name, old, new", [
    ("hunan-yuanjiang-2024.yaml", "    财政资金: 12.8\n", "    财政资金: 12.8\n    其他资金: 0\n"),
    ("xinjiang-korla-2020.yaml", "    其他资金: 0.00\n", ""),
])
def test_other_funds_written_zero_or_left_out_is_no_change_where_both_print_alike(
        tmp_path, monkeypatch, name, old, new):
    """湖南 prints 年度本级预算金额 and 新疆 prints 0.00 whether 其他资金 is written 0 or not
    (河北's project table prints a blank: test_budget_shown_when_it_differs_from_the_fiscal_amount)."""
    text = (FILINGS / name).read_text(encoding="utf-8")
    assert old in text
    repository(tmp_path, text).write_text(text.replace(old, new), encoding="utf-8")
    assert diff_in(tmp_path, monkeypatch, "x.yaml") == (0, [HEADER, "两个版本没有实质变化。"], [])


def test_a_layout_changed_invents_no_edit_of_other_funds_written_0(tmp_path, monkeypatch):
    """河北 prints the 0 written, 湖南 prints it as if not written: the file still writes it."""
    before = FILING.replace("财政资金: 0.40\n", "财政资金: 0.40\n    其他资金: 0\n")
    lines = changed(tmp_path, monkeypatch, before, before.replace("版式: 河北", "版式: 湖南"))[1]
    assert lines[:4] == [HEADER, "基本信息", "  版式：河北 → 湖南", "检查结果"]


def test_hunan_income_lines_written_0_print_so_their_change_is_reported(tmp_path, monkeypatch):
    """湖南 prints each 收入 line as written, a 0 too: deleting one takes its line out of the
    form (it was no change, as a project's 其他资金 written 0 is)."""
    text = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    edit = text.replace("    政府性基金拨款: 0\n", "").replace("    其他资金: 0\n", "    其他资金: 10\n", 1)
    repository(tmp_path, text).write_text(edit, encoding="utf-8")
    assert diff_in(tmp_path, monkeypatch, "x.yaml")[1][:6] == [
        HEADER, "合计", "  资金总额：335.60 → 345.60（+10.00）",
        "资金", "  收入 其他资金：0.00 → 10.00（+10.00）", "  收入 政府性基金拨款：0.00 → （无）"]


def test_a_warning_resolved_in_one_of_two_projects_is_said_of_that_project(tmp_path, monkeypatch):
    """JX330 names the project whose key the layout does not print, so that the review
    says which of two alike warnings went (it paired them by their words, and named the
    other project's line)."""
    text = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    plan = "    支出计划: {3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}\n"
    both = text.replace("    财政资金: 12.8\n", "    财政资金: 12.8\n" + plan, 1).replace("    财政资金: 9.6\n", "    财政资金: 9.6\n" + plan, 1)
    repository(tmp_path, both).write_text(both.replace(plan, "", 1), encoding="utf-8")
    resolved = [line for line in diff_in(tmp_path, monkeypatch, "x.yaml")[1] if "JX330" in line]
    assert resolved == ["  已解决：HEAD:x.yaml:78:5: 警告[JX330]: 版式「湖南」的表格里没有项目「扫黑除恶专项斗争工作经费」的「支出计划」"
                        "这一项，它不会印出来"]


def test_a_layout_changed_is_one_change_without_the_defaults_of_the_other_layout(tmp_path):
    """湖南 → 河北: the 河北 cover title, 单位名称 = 名称 and each indicator's 描述 = its name
    are the new layout's defaults, not edits; the layout's line says it all."""
    hunan = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(hunan, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(hunan.replace("版式: 湖南", "版式: 河北"), encoding="utf-8")
    report = run_jixiao("diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")).stdout
    assert "  版式：湖南 → 河北" in report
    assert not [line for line in report.splitlines() if re.search(r"单位名称|标题|描述|显示项目汇总表", line)]


def test_a_weight_changed_is_listed_apart_as_a_score(tmp_path, monkeypatch):
    """No 版式 prints 权重 (the seeds have no 分值 column): it was counted as a printed change,
    written like money (权重：20.00 → 25.00（+5.00）)."""
    weighted = FILING
    for name, weight in (("宣传次数", 40), ("完成时间", 20), ("社会稳定水平", 20), ("群众满意度", 20)):
        weighted = weighted.replace(f"{{名称: {name}, ", f"{{名称: {name}, 权重: {weight}, ", 1)
    after = weighted.replace("宣传次数, 权重: 40", "宣传次数, 权重: 45").replace("完成时间, 权重: 20", "完成时间, 权重: 15")
    assert changed(tmp_path, monkeypatch, weighted, after) == (1, [
        HEADER, "不印出的内容（不算变化）：项目「扫黑除恶工作经费」",
        "  指标：产出指标／数量指标／宣传次数 权重：40 → 45", "  指标：产出指标／时效指标／完成时间 权重：20 → 15"], [])


def test_a_direction_or_framework_changed_is_listed_apart_and_counted_in_the_findings_it_changes(tmp_path):
    """No 版式 prints 方向 or 指标体系: their change is listed apart, and what it changes in
    the review (a JX426 that comes or goes) is what counts."""
    (tmp_path / "a.yaml").write_text(FILING, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(FILING.replace("{名称: 宣传次数, 指标值: ≥3次}", "{名称: 宣传次数, 指标值: ≥3次, 方向: 反向}"),
                                     encoding="utf-8")
    report = run_jixiao("diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")).stdout.splitlines()
    assert "不印出的内容（不算变化）：项目「扫黑除恶工作经费」" in report
    assert "  指标：产出指标／数量指标／宣传次数 方向：（无） → 反向" in report
    assert "  指标：产出指标／数量指标／宣传次数 方向：（无） → 反向" not in report[:report.index("不印出的内容（不算变化）：项目「扫黑除恶工作经费」")]
    listed = json.loads(run_jixiao("diff", "--format", "json", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")).stdout)
    assert [(c["subject"], c["printed"]) for section in listed["sections"] for c in section["changes"]] == [
        ("指标：产出指标／数量指标／宣传次数 方向", False)]
    assert [f["code"] for f in listed["findings"]["introduced"]] == ["JX426"]
