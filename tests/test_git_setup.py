"""`jixiao git-setup`: plain `git diff` and `git log -p` show totals and amounts, a
pre-commit hook checks staged filings, only this repository changes, twice is once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


SEED_PATH = "filings/hebei-shanhaiguan-2022.yaml"


@pytest.fixture
def home(tmp_path_factory, monkeypatch) -> Path:
    """An empty home folder, so that the user's own git config cannot take part and
    any change outside the repository would show."""
    folder = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_AUTHOR_NAME", "审核员")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "r@example.org")
    monkeypatch.setenv("GIT_COMMITTER_NAME", "审核员")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", "r@example.org")
    return folder


def run(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), cwd=repo, capture_output=True, text=True, env=os.environ.copy())


def jixiao(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return run(repo, sys.executable, "-m", "jixiao", *args)


def changed_lines(diff: str) -> list[str]:
    return [line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_setup_once_then_nothing_and_only_this_repository(seed_002_edited, home):
    repo = seed_002_edited
    first = jixiao(repo, "git-setup")
    hook = repo / ".git" / "hooks" / "pre-commit"
    assert (first.returncode, first.stdout.splitlines()) == (0, [
        f"已在 {repo / '.gitattributes'} 里加上“filings/**/*.yaml diff=jixiao”“filings/**/*.yml diff=jixiao”"
        "（请把它一起提交）",
        "已设置 git config diff.jixiao.textconv",
        "已设置 git config diff.jixiao.xfuncname",
        "已设置 git config core.quotePath（git 照原样显示中文文件名）",
        f"已在 {repo / '.git' / 'info' / 'exclude'} 里加上 /build/（生成的文件和审阅页面不进 git）",
        f"已写入提交前检查钩子 {hook}",
        "以上只对 filings/ 文件夹及其子文件夹里的 .yaml、.yml 申报文件生效；放在别处的申报文件请移到 filings/ 里。",
    ])
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == (
        "filings/**/*.yaml diff=jixiao\nfilings/**/*.yml diff=jixiao\n")
    assert run(repo, "git", "config", "--local", "diff.jixiao.textconv").stdout == f"{sys.executable} -m jixiao textconv\n"
    assert os.access(hook, os.X_OK)
    (repo / "filings" / "2027年").mkdir()
    (repo / "filings" / "2027年" / "农业局.yaml").write_text("", encoding="utf-8")
    (repo / "build").mkdir()
    (repo / "build" / "x.pdf").write_text("", encoding="utf-8")
    untracked = [line for line in run(repo, "git", "status", "--porcelain", "--untracked-files=all").stdout.splitlines()
                 if line.startswith("??")]
    assert untracked == ["?? .gitattributes", "?? filings/2027年/农业局.yaml"]  # named as it is; not build/
    before = {p: p.read_bytes() for p in (repo / ".gitattributes", repo / ".git" / "config", hook,
                                          repo / ".git" / "info" / "exclude")}
    second = jixiao(repo, "git-setup")
    assert (second.returncode, second.stdout) == (0, "这个仓库已经设置好了，没有改动。\n")
    assert {p: p.read_bytes() for p in before} == before
    assert list(home.iterdir()) == []


def test_filings_in_subfolders_are_covered_and_the_earlier_line_is_replaced(seed_002_edited, home):
    repo = seed_002_edited
    (repo / ".gitattributes").write_text("*.png binary\nfilings/*.yaml diff=jixiao\n", encoding="utf-8")
    jixiao(repo, "git-setup")
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == (
        "*.png binary\nfilings/**/*.yaml diff=jixiao\nfilings/**/*.yml diff=jixiao\n")
    attributes = run(repo, "git", "check-attr", "diff", "filings/a.yaml", "filings/2025/b.yaml", "filings/c.yml",
                     "a.yaml").stdout
    assert attributes.splitlines() == ["filings/a.yaml: diff: jixiao", "filings/2025/b.yaml: diff: jixiao",
                                       "filings/c.yml: diff: jixiao", "a.yaml: diff: unspecified"]


def test_setup_outside_a_repository(tmp_path, home):
    result = jixiao(tmp_path, "git-setup")
    assert (result.returncode, result.stderr) == (
        2, f"jixiao git-setup: {tmp_path} 不在 git 仓库里：请在放申报文件的 git 仓库里运行 jixiao git-setup\n")


def test_plain_git_diff_and_log_show_amounts_and_totals(seed_002_edited, home):
    repo = seed_002_edited
    jixiao(repo, "git-setup")
    expected = [
        "-  合计: 116.40",
        "-  财政资金合计: 116.40",
        "+  合计: 118.40",
        "+  财政资金合计: 118.40",
        "-  财政资金: 10.00",
        "-  预算数: 10.00",
        "+  财政资金: 12.00",
        "+  预算数: 12.00",
        "-  指标：效益指标／社会效益指标／社会稳定水平",
        "-    指标值: ≥90%",  # its 描述 (its name) and 依据 (the project's) are defaults, not its own
        "-  警告[JX403]: 项目「扫黑除恶工作经费」的绩效指标缺少满意度指标",
        "+  警告[JX403]: 项目「扫黑除恶工作经费」的绩效指标缺少效益指标、满意度指标",
    ]
    diff = run(repo, "git", "diff").stdout
    assert changed_lines(diff) == expected
    assert re.search(r"^@@ -\d+,8 \+\d+,6 @@ 项目 1「扫黑除恶工作经费」$", diff, re.MULTILINE)  # hunk named
    run(repo, "git", "commit", "-qam", "扫黑除恶工作经费 增加 2 万元")
    assert changed_lines(run(repo, "git", "log", "-p", "-1", "--format=").stdout) == expected


def test_pre_commit_hook_checks_the_staged_filing(seed_002_edited, home):
    repo = seed_002_edited
    jixiao(repo, "git-setup")
    filing = repo / SEED_PATH
    good = filing.read_text(encoding="utf-8")
    filing.write_text(good.replace("财政资金: 3.00", "财正资金: 3.00"), encoding="utf-8")
    run(repo, "git", "add", SEED_PATH)
    filing.write_text(good, encoding="utf-8")  # the working tree is fine, the staged version is not
    refused = run(repo, "git", "commit", "-qm", "有错")
    assert refused.returncode == 1
    assert f"{SEED_PATH}:82:5: 错误[JX100]: 未知的键「财正资金」，是否想写 财政资金？" in refused.stderr.splitlines()
    assert refused.stderr.splitlines()[-1] == "提交已取消：请先改正上面列出的错误，再 git add 并重新提交。"
    run(repo, "git", "add", SEED_PATH)
    assert run(repo, "git", "commit", "-qm", "改正").returncode == 0


def test_a_hook_of_someone_else_is_left_alone(seed_002_edited, home):
    hook = seed_002_edited / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    result = jixiao(seed_002_edited, "git-setup")
    assert result.stdout.splitlines()[-2] == (
        f"{hook} 已有别的 pre-commit 钩子，没有改动它；"
        f"要在提交前检查申报文件，请在其中加上：{sys.executable} -m jixiao check filings")
    assert hook.read_text(encoding="utf-8") == "#!/bin/sh\nexit 0\n"


def test_textconv_of_a_version_that_does_not_load_shows_it_as_it_is(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("版式: 河北\n年度: [2022\n", encoding="utf-8")
    result = jixiao(tmp_path, "textconv", str(path))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "（jixiao：这个版本无法读取：第 2 行第 5 列：YAML 语法错误：这里开始的方括号（[）在这一行没有配对的 ]。"
        "下面是原文；看原文逐行的改动用 git log -p --no-textconv）",
        "版式: 河北", "年度: [2022"]


def test_textconv_keeps_paragraph_breaks_apart_from_lines(tmp_path):
    """Two paragraphs have a blank line between them: merging them is a line git shows."""
    from test_diff import GOAL, TWO_PARAGRAPHS
    path = tmp_path / "x.yaml"
    goals = {}
    for name, text in (("two", TWO_PARAGRAPHS), ("merged", TWO_PARAGRAPHS.replace(GOAL + "\n", GOAL))):
        path.write_text(text, encoding="utf-8")
        lines = jixiao(tmp_path, "textconv", str(path)).stdout.splitlines()
        goals[name] = lines[lines.index("  总体目标:") + 1:lines.index("项目 1「扫黑除恶工作经费」")]
    assert goals == {"two": [GOAL.rstrip("\n"), "", "    二是协调推进基层社会治理体系建设。"],
                     "merged": [GOAL.rstrip("\n"), "    二是协调推进基层社会治理体系建设。"]}


def test_textconv_of_a_xinjiang_filing_lists_apart_what_it_does_not_print_and_no_default_of_another_layout(tmp_path):
    """No 封面 标题 (河北's default 2025年部门预算绩效文本) nor 单位名称 for a 新疆 filing
    without them; a 封面 written is listed after what prints, under 不印出的内容."""
    from test_diff import XINJIANG
    path = tmp_path / "x.yaml"
    path.write_text(XINJIANG, encoding="utf-8")
    assert jixiao(tmp_path, "textconv", str(path)).stdout.splitlines()[:8] == [
        "合计", "  合计: 10.00", "  财政资金合计: 10.00", "  其他资金合计: 0.00",
        "基本信息", "  版式: 新疆", "  年度: 2025", "  金额单位: 万元"]
    assert "部门预算绩效文本" not in jixiao(tmp_path, "textconv", str(path)).stdout
    path.write_text(XINJIANG.replace("整体绩效目标:\n", "封面: {标题: 新疆封面}\n整体绩效目标:\n"), encoding="utf-8")
    lines = jixiao(tmp_path, "textconv", str(path)).stdout.splitlines()
    assert lines[lines.index("项目 1「日常运转」"):lines.index("检查结果")] == [
        "项目 1「日常运转」", "  财政资金: 10.00", "  预算数: 10.00", "  用途: 办公",
        "不印出的内容：封面", "  标题: 新疆封面"]


def test_git_diff_names_the_project_of_a_change_the_layout_does_not_print(tmp_path, home):
    """Each block of what the 版式 does not print is headed flush left, 不印出的内容：项目 2「…」,
    so that git's hunk header (the last line not indented) names it."""
    from conftest import committed
    from test_diff import XINJIANG
    project = XINJIANG[XINJIANG.index("  - 名称: 日常运转"):]
    second = project.replace("日常运转", "宣传经费") + "    绩效指标:\n      产出指标:\n        数量指标:\n" \
        "          - {名称: 宣传次数, 指标值: ≥3次}\n          - {名称: 培训次数, 指标值: ≥2次}\n" \
        "          - {名称: 检查次数, 指标值: ≥4次}\n"
    path = committed(tmp_path, XINJIANG + second, "filings/x.yaml")
    jixiao(tmp_path, "git-setup")
    path.write_text(XINJIANG + second.replace("≥2次", "≥5次"), encoding="utf-8")
    diff = run(tmp_path, "git", "diff").stdout
    assert re.search(r"^@@ .* @@ 不印出的内容：项目 2「宣传经费」$", diff, re.MULTILINE), diff


COSTLY = ("          - {名称: 投保车辆数, 指标值: 2辆}\n",
          "          - {名称: 投保车辆数, 指标值: 2辆}\n        成本指标:\n          - {名称: 保险费用, 指标值: ≤1.00万元}\n")


def test_pre_commit_hook_checks_with_the_repository_policy(tmp_path, home):
    """A warning the bureau's jixiao.yaml raises to an error stops the commit."""
    from conftest import committed
    from test_diff import FILING
    filing = committed(tmp_path, FILING, "filings/x.yaml")
    jixiao(tmp_path, "git-setup")
    (tmp_path / "jixiao.yaml").write_text("规则: {JX441: 错误}\n", encoding="utf-8")
    run(tmp_path, "git", "add", "jixiao.yaml")
    assert run(tmp_path, "git", "commit", "-qm", "财政局的审核规则").returncode == 0
    filing.write_text(FILING.replace(*COSTLY), encoding="utf-8")
    run(tmp_path, "git", "add", "filings/x.yaml")
    refused = run(tmp_path, "git", "commit", "-qm", "成本指标")
    assert refused.returncode == 1
    assert [line for line in refused.stderr.splitlines() if "JX441" in line] == [
        "filings/x.yaml:42:29: 错误[JX441]: 项目「车辆保险费」的成本指标「保险费用」是 ≤1.00万元，大于项目预算数 0.4万元，"
        "比预算数多 0.6万元"]


def test_pre_commit_hook_refuses_a_policy_in_a_subfolder_by_its_name(tmp_path, home):
    from conftest import committed
    from test_diff import FILING
    committed(tmp_path, FILING, "filings/x.yaml")
    jixiao(tmp_path, "git-setup")
    for folder in ("filings", "filings/元江县"):  # the second has no filing yet, and a Chinese name
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / "jixiao.yaml").write_text("规则: {JX405: 关闭}\n", encoding="utf-8")
        run(tmp_path, "git", "add", f"{folder}/jixiao.yaml")
        refused = run(tmp_path, "git", "commit", "-qm", "自定规则")
        assert refused.returncode == 1
        assert refused.stderr.splitlines()[:2] == [f"{folder}/jixiao.yaml:1:1: 错误[JX020]: 审核规则只读仓库根目录的 jixiao.yaml，"
                                                   "放在子文件夹里的这一份不算数",
                                                   "  提示: 删除它；要改的规则请财政局写进仓库根目录的 jixiao.yaml"]
        run(tmp_path, "git", "reset", "-q", f"{folder}/jixiao.yaml")


def test_pre_commit_hook_checks_yml_filings(tmp_path, home):
    from conftest import committed
    from test_diff import FILING
    committed(tmp_path, FILING, "filings/x.yaml")
    jixiao(tmp_path, "git-setup")
    (tmp_path / "filings" / "y.yml").write_text(FILING.replace("财政资金: 1.00", "财正资金: 1.00"), encoding="utf-8")
    run(tmp_path, "git", "add", "filings/y.yml")
    refused = run(tmp_path, "git", "commit", "-qm", "新的")
    assert refused.returncode == 1
    assert "filings/y.yml:51:5: 错误[JX100]: 未知的键「财正资金」，是否想写 财政资金？" in refused.stderr.splitlines()


def test_setup_adds_to_the_excluded_files_without_touching_the_lines_there(tmp_path, home):
    run(tmp_path, "git", "init", "-q")
    exclude = tmp_path / ".git" / "info" / "exclude"
    exclude.write_bytes(b"# \xb1\xb8\xb7\xdd\nfoo\r\n/build")  # GBK, CRLF, no newline at the end
    assert jixiao(tmp_path, "git-setup").returncode == 0
    assert exclude.read_bytes() == b"# \xb1\xb8\xb7\xdd\nfoo\r\n/build\n/build/\n"
    jixiao(tmp_path, "git-setup")
    assert exclude.read_bytes() == b"# \xb1\xb8\xb7\xdd\nfoo\r\n/build\n/build/\n", "once only"
