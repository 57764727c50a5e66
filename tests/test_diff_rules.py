"""`jixiao diff` and the review rules (jixiao.yaml): both versions of a diff between git
revisions are checked by the old revision's rules, and a change of the rules is said."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import git
from test_diff import COSTLY, diff_in, repository

BUREAU = "规则:\n  JX441: 错误\n"  # the bureau's rules on main
WEAKENED = "规则:\n  JX441: 关闭\n  JX451: 关闭\n"
RAISED = COSTLY.replace("财政资金: 10.00", "财政资金: 10.50")
RULES_CHANGED = ("审核规则文件 jixiao.yaml 有改动：JX441 错误 → 关闭；JX451 警告 → 关闭。"
                 "两个版本都按旧版本的规则检查。")


def weakened_branch(folder: Path) -> None:
    """main: the costly filing and the bureau's rules; branch 放宽: the rules weakened
    and the filing's 财政资金 raised, committed; main checked out again."""
    repository(folder, COSTLY)
    (folder / "jixiao.yaml").write_text(BUREAU, encoding="utf-8")
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "规则")
    git(folder, "checkout", "-qb", "放宽")
    (folder / "jixiao.yaml").write_text(WEAKENED, encoding="utf-8")
    (folder / "x.yaml").write_text(RAISED, encoding="utf-8")
    git(folder, "commit", "-qam", "放宽规则")
    git(folder, "checkout", "-q", "main")


def test_a_branch_that_weakens_the_rules_is_checked_by_the_old_rules_and_says_so(tmp_path, monkeypatch):
    weakened_branch(tmp_path)
    expected = (1, [
        "比较 main:x.yaml → 放宽:x.yaml（金额单位：万元）",
        RULES_CHANGED,
        "合计",
        "  合计：11.40 → 11.90（+0.50）",
        "项目「扫黑除恶工作经费」",
        "  财政资金：10.00 → 10.50（+0.50）",
        "检查结果",
        "  变化：放宽:x.yaml:23:30: 错误[JX441]: 项目「扫黑除恶工作经费」的成本指标「项目总成本」是 12万元，"
        "大于项目预算数 10{+.5+}万元，比预算数多 [-2-]{+1.5+}万元",
    ], [])
    assert diff_in(tmp_path, monkeypatch, "main", "放宽", "x.yaml") == expected
    git(tmp_path, "checkout", "-q", "放宽")  # what is checked out does not change the report
    assert diff_in(tmp_path, monkeypatch, "main", "放宽", "x.yaml") == expected


def test_the_working_tree_is_checked_by_the_revisions_rules(tmp_path, monkeypatch):
    weakened_branch(tmp_path)
    git(tmp_path, "checkout", "-q", "放宽")
    assert diff_in(tmp_path, monkeypatch, "main", "x.yaml")[1][:2] == ["比较 main:x.yaml → x.yaml（金额单位：万元）",
                                                                      RULES_CHANGED]


def test_rules_changed_alone_are_a_change(tmp_path, monkeypatch):
    weakened_branch(tmp_path)
    (tmp_path / "jixiao.yaml").write_text("定量指标比例: 60%\n" + BUREAU, encoding="utf-8")
    assert diff_in(tmp_path, monkeypatch, "HEAD", "x.yaml") == (1, [
        "比较 HEAD:x.yaml → x.yaml（金额单位：万元）",
        "审核规则文件 jixiao.yaml 有改动：定量指标比例 50% → 60%。两个版本都按旧版本的规则检查。",
        "两个版本没有实质变化。",
    ], [])
    code, lines, _ = diff_in(tmp_path, monkeypatch, "--format", "json", "HEAD", "x.yaml")
    assert (code, json.loads("\n".join(lines))["rule_changes"]) == (1, ["定量指标比例 50% → 60%"])


def test_files_outside_git_are_checked_by_the_rules_next_to_them(tmp_path, monkeypatch):
    (tmp_path / "jixiao.yaml").write_text(BUREAU, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(COSTLY, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(RAISED, encoding="utf-8")
    code, lines, _ = diff_in(tmp_path, monkeypatch, "a.yaml", "b.yaml")
    assert (code, lines[:2], lines[-1]) == (1, ["比较 a.yaml → b.yaml（金额单位：万元）", "合计"], (
        "  变化：b.yaml:23:30: 错误[JX441]: 项目「扫黑除恶工作经费」的成本指标「项目总成本」是 12万元，"
        "大于项目预算数 10{+.5+}万元，比预算数多 [-2-]{+1.5+}万元"))


BROKEN_RULES = "规则:\n  JX441: [错误\n"


def broken_rules_report(name: str, not_done: str) -> list[str]:
    """What a command prints for the jixiao.yaml above, named ``name``, before it stops."""
    return [f"{name}:2:10: 错误[JX004]: YAML 语法错误：这里开始的方括号（[）在这一行没有配对的 ]",
            "  |", "2 |   JX441: [错误", "  |          ^", "  提示: 在这一行末尾补上 ]",
            f"审核规则文件 jixiao.yaml 有误，{not_done}。"]


def test_a_broken_jixiao_yaml_is_named_with_its_line_and_column_and_nothing_is_compared(tmp_path, monkeypatch):
    weakened_branch(tmp_path)
    (tmp_path / "jixiao.yaml").write_text(BROKEN_RULES, encoding="utf-8")
    assert diff_in(tmp_path, monkeypatch, "HEAD", "x.yaml") == (2, [], broken_rules_report("jixiao.yaml", "没有比较"))
    git(tmp_path, "commit", "-qam", "写坏了规则")
    (tmp_path / "x.yaml").write_text(RAISED, encoding="utf-8")
    assert diff_in(tmp_path, monkeypatch, "HEAD", "x.yaml") == (2, [], broken_rules_report("HEAD:jixiao.yaml",
                                                                                            "没有比较"))
