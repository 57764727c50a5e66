"""`jixiao review BASE` (`make review BASE=main`): a page per changed filing and an index."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from conftest import git
from test_diff import COSTLY, FILING, repository
from test_diff_rules import BROKEN_RULES, BUREAU, RAISED, WEAKENED, broken_rules_report

from conftest import run_jixiao


def test_review_writes_a_page_per_changed_filing_and_an_index(tmp_path):
    repository(tmp_path, FILING, "filings/a.yaml")
    (tmp_path / "filings" / "b.yaml").write_text(FILING, encoding="utf-8")
    (tmp_path / "filings" / "c.yaml").write_text(FILING, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "三份")
    git(tmp_path, "checkout", "-qb", "修改")
    (tmp_path / "filings" / "a.yaml").write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"), encoding="utf-8")
    (tmp_path / "filings" / "c.yaml").write_text("# 只改了注释\n" + FILING, encoding="utf-8")
    (tmp_path / "filings" / "d.yaml").write_text(FILING, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "改两份，加一份")

    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()) == (0, [
        "out/a.yaml.html", "out/c.yaml.html", "out/d.yaml.html", "out/index.html"])
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    rows = [row.split("</tr>")[0] for row in index.split("<tr")[2:]]
    assert rows == [
        '><td><a href="a.yaml.html">filings/a.yaml</a></td><td class="num">1</td>'
        "<td>共 1 处变化。<br>合计：11.40 → 11.20（-0.20）<br>（金额单位：万元）</td>",
        '><td><a href="c.yaml.html">filings/c.yaml</a></td><td class="num">0</td><td>两个版本没有实质变化。</td>',
        '><td><a href="d.yaml.html">filings/d.yaml</a></td><td class="num">10</td>'  # the totals not counted
        "<td>新文件，共 10 处变化。<br>合计：（无） → 11.40<br>其他资金合计：（无） → 0.00<br>（金额单位：万元）</td>",
    ]
    new = (tmp_path / "out" / "d.yaml.html").read_text(encoding="utf-8")
    assert ('<p class="note">新文件：旧版本 main:filings/d.yaml 里没有这份申报文件，下面列出的都是新增的内容。</p>'
            in new)
    assert ('<tr class="added"><td>新增项目：车辆保险费</td><td></td><td><span class="inserted">编码 P002，预算数 0.40\n'
            "财政资金：0.40\n用途：为政法业务顺利开展提供车辆保证。\n绩效目标：车辆按时投保。\n依据：年度工作计划\n"
            "支出计划，3月底 100%，6月底 100%，10月底 100%，12月底 100%\n"
            "指标：产出指标／数量指标／投保车辆数，指标值 2辆，依据 年度工作计划\n"
            "指标：产出指标／时效指标／投保时间，指标值 2022年3月底前，依据 年度工作计划\n"
            "指标：效益指标／社会效益指标／业务保障能力，指标值 有效保障，依据 年度工作计划\n"
            "指标：满意度指标／服务对象满意度指标／干警满意度，指标值 ≥90%，依据 年度工作计划</span>") in new
    page = (tmp_path / "out" / "a.yaml.html").read_text(encoding="utf-8")
    assert ('<td>财政资金</td><td><span class="deleted">1.00</span></td>'
            '<td><span class="inserted">0.80</span></td><td class="num down">-0.20</td>') in page


def test_filings_of_one_name_in_two_folders_get_a_page_each(tmp_path):
    repository(tmp_path, FILING, "filings/x.yaml")
    (tmp_path / "filings" / "2025").mkdir()
    (tmp_path / "filings" / "2025" / "x.yaml").write_text(FILING, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "两份")
    for path in ("filings/x.yaml", "filings/2025/x.yaml"):
        (tmp_path / path).write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "改两份")
    result = run_jixiao("review", "HEAD~1", "-o", "out", cwd=tmp_path)
    assert result.stdout.splitlines() == ["out/2025/x.yaml.html", "out/x.yaml.html", "out/index.html"]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert '<a href="2025/x.yaml.html">filings/2025/x.yaml</a>' in index
    assert '<a href="x.yaml.html">filings/x.yaml</a>' in index


def test_every_filing_has_a_page_of_its_own_whatever_its_folders_and_names(tmp_path):
    """Folders, underscores, the two suffixes, a name like the index's, a # or a space:
    a page each, linked from the index by its path."""
    names = ["filings/a/b.yaml", "filings/a__b.yaml", "filings/c.yaml", "filings/c.yml", "filings/index.yaml",
             "filings/第 1#.yaml"]
    repository(tmp_path, FILING, names[0])
    git(tmp_path, "checkout", "-qb", "clerk")
    for name in names:
        (tmp_path / name).write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"), encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "改")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()) == (0, [
        "out/a/b.yaml.html", "out/a__b.yaml.html", "out/c.yaml.html", "out/c.yml.html", "out/index.yaml.html",
        "out/第 1#.yaml.html", "out/index.html"])
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<a href="([^"]*)">([^<]*)</a></td><td class="num">(\d+)', index) == [
        ("a/b.yaml.html", "filings/a/b.yaml", "1"), ("a__b.yaml.html", "filings/a__b.yaml", "10"),
        ("c.yaml.html", "filings/c.yaml", "10"), ("c.yml.html", "filings/c.yml", "10"),
        ("index.yaml.html", "filings/index.yaml", "10"),
        ("%E7%AC%AC%201%23.yaml.html", "filings/第 1#.yaml", "10")]
    assert "新版本 <code>HEAD:filings/a/b.yaml</code>" in (tmp_path / "out" / "a" / "b.yaml.html").read_text("utf-8")
    assert "新版本 <code>HEAD:filings/a__b.yaml</code>" in (tmp_path / "out" / "a__b.yaml.html").read_text("utf-8")


def test_review_of_a_base_that_does_not_exist(tmp_path):
    repository(tmp_path, FILING, "filings/a.yaml")
    result = run_jixiao("review", "发布版", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        2, "jixiao review: git 里没有版本「发布版」：请检查拼写（例如 HEAD~1、main 或提交编号）\n")


def test_review_compares_the_branch_with_where_it_left_the_base(tmp_path):
    """Changes made on the base after the branch left it are not the branch's: neither
    a filing only the base changed nor the base's later edit of a filing both changed."""
    repository(tmp_path, FILING, "filings/a.yaml")
    (tmp_path / "filings" / "b.yaml").write_text(FILING, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "两份")
    git(tmp_path, "branch", "clerk")
    (tmp_path / "filings" / "a.yaml").write_text(FILING.replace("财政资金: 10.00", "财政资金: 9.00"), encoding="utf-8")
    (tmp_path / "filings" / "b.yaml").write_text(FILING.replace("财政资金: 0.40", "财政资金: 0.50"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "财政局在 main 上改了两份")
    git(tmp_path, "checkout", "-q", "clerk")
    (tmp_path / "filings" / "a.yaml").write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "填报人改 a")
    fork = subprocess.run(["git", "rev-parse", "--short", "HEAD~1"], cwd=tmp_path, capture_output=True,
                          text=True).stdout.strip()

    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()) == (0, ["out/a.yaml.html", "out/index.html"])
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert ('<p class="note">比较的是当前分支最新提交（HEAD）里的申报文件与当前分支从 <code>main</code> '
            f"分开时的版本 <code>{fork}</code>；<code>main</code> 在那之后对申报文件的改动不算在内。</p>") in index
    assert ('<td><a href="a.yaml.html">filings/a.yaml</a></td><td class="num">1</td>'
            "<td>共 1 处变化。<br>合计：11.40 → 11.20（-0.20）<br>（金额单位：万元）</td>") in index
    page = (tmp_path / "out" / "a.yaml.html").read_text(encoding="utf-8")
    assert f"旧版本 <code>{fork}:filings/a.yaml</code>" in page and "10.00" not in page


def test_review_writes_to_the_repository_s_build_folder_wherever_it_is_run(tmp_path):
    repository(tmp_path, FILING, "filings/a.yaml")
    git(tmp_path, "checkout", "-qb", "clerk")
    (tmp_path / "filings" / "a.yaml").write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "改")
    result = run_jixiao("review", "main", cwd=tmp_path / "filings")
    review = (tmp_path / "build" / "review").resolve()
    assert (result.returncode, result.stdout.splitlines()) == (0, [str(review / "a.yaml.html"), str(review / "index.html")])


def test_review_of_a_base_with_no_history_in_common(tmp_path):
    repository(tmp_path, FILING, "filings/a.yaml")
    git(tmp_path, "checkout", "-q", "--orphan", "别的")
    git(tmp_path, "commit", "-qm", "另起炉灶")
    result = run_jixiao("review", "main", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        2, "jixiao review: 当前分支与「main」没有共同的历史，无法找出分支上的改动：请换一个基准版本\n")


def test_a_filing_moved_and_changed_is_one_comparison(tmp_path):
    repository(tmp_path, FILING, "filings/a.yaml")
    git(tmp_path, "checkout", "-qb", "clerk")
    (tmp_path / "filings" / "2025").mkdir()
    git(tmp_path, "mv", "filings/a.yaml", "filings/2025/a.yaml")
    (tmp_path / "filings" / "2025" / "a.yaml").write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"),
                                                          encoding="utf-8")
    git(tmp_path, "commit", "-qam", "移到 2025")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()) == (0, ["out/2025/a.yaml.html", "out/index.html"])
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert ('<td><a href="2025/a.yaml.html">filings/a.yaml → filings/2025/a.yaml</a></td><td class="num">1</td>'
            "<td>共 1 处变化。<br>合计：11.40 → 11.20（-0.20）<br>（金额单位：万元）</td>") in index
    page = (tmp_path / "out" / "2025/a.yaml.html").read_text(encoding="utf-8")
    assert "旧版本 <code>main:filings/a.yaml</code> → 新版本 <code>HEAD:filings/2025/a.yaml</code>" in page


def test_a_branch_that_changes_only_the_rules_is_listed_with_its_rule_changes(tmp_path):
    repository(tmp_path, COSTLY, "filings/a.yaml")
    (tmp_path / "jixiao.yaml").write_text(BUREAU, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "规则")
    git(tmp_path, "checkout", "-qb", "放宽")
    (tmp_path / "jixiao.yaml").write_text(WEAKENED, encoding="utf-8")
    git(tmp_path, "commit", "-qam", "放宽规则")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "out/index.html\n", "")
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert '<p class="summary">自 <code>main</code> 以来改动的文件：1 份。</p>' in index
    assert [row.split("</tr>")[0] for row in index.split("<tr")[2:]] == [
        '><td>jixiao.yaml（审核规则）</td><td class="num">2</td>'
        "<td>JX441 错误 → 关闭；JX451 警告 → 关闭。申报文件都按 main 当前的规则检查。</td>"]
    assert "在当前分支离开后改了审核规则" not in index

    (tmp_path / "filings" / "a.yaml").write_text(RAISED, encoding="utf-8")
    git(tmp_path, "commit", "-qam", "加钱")
    run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    page = (tmp_path / "out" / "a.yaml.html").read_text(encoding="utf-8")
    assert ('<p class="note">审核规则文件 jixiao.yaml 有改动：JX441 错误 → 关闭；JX451 警告 → 关闭。'
            "申报文件都按 main 当前的规则检查。</p>") in page
    assert "错误[JX441]" in page  # checked by main's rules, that the branch turned off


COSTLY_FOUND = ('<li class="introduced"><strong>新出现</strong> HEAD:filings/a.yaml:23:30: 错误[JX441]: '
                '<span class="same">项目「扫黑除恶工作经费」的成本指标「项目总成本」是 12万元，大于项目预算数 10万元，'
                "比预算数多 2万元</span>")


def rules_changed_on_main_after_the_branch_left(folder, rules_at_fork: str | None, branch_rules: str | None,
                                                main_rules: str = BUREAU) -> None:
    """main: a filing, with ``rules_at_fork`` as jixiao.yaml if any; branch clerk adds a
    cost indicator above the budget (JX441), and writes ``branch_rules`` if any; then
    main's jixiao.yaml becomes ``main_rules`` (by default JX441 set to 错误). clerk is
    checked out."""
    repository(folder, FILING, "filings/a.yaml")
    if rules_at_fork is not None:
        (folder / "jixiao.yaml").write_text(rules_at_fork, encoding="utf-8")
        git(folder, "add", ".")
        git(folder, "commit", "-qm", "规则")
    git(folder, "checkout", "-qb", "clerk")
    (folder / "filings" / "a.yaml").write_text(COSTLY, encoding="utf-8")
    if branch_rules is not None:
        (folder / "jixiao.yaml").write_text(branch_rules, encoding="utf-8")
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "加成本指标")
    git(folder, "checkout", "-q", "main")
    (folder / "jixiao.yaml").write_text(main_rules, encoding="utf-8")
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "财政局改规则")
    git(folder, "checkout", "-q", "clerk")


@pytest.mark.parametrize("rules_at_fork, change", [(None, "JX441 警告 → 错误"), ("规则:\n  JX441: 关闭\n", "JX441 关闭 → 错误")],
                         ids=["raised", "switched-on"])
def test_the_filings_are_checked_by_the_rules_the_base_has_now(tmp_path, rules_at_fork, change):
    """A rule main raised (or switched on) after the branch left it judges the branch's
    filings: the review shows what main will reject, and the index says the rules changed."""
    rules_changed_on_main_after_the_branch_left(tmp_path, rules_at_fork, None)
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "out/a.yaml.html\nout/index.html\n", "")
    note = f"main 在当前分支离开后改了审核规则（{change}），申报文件都按 main 当前的规则检查。"
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert f'<p class="note">{note}</p>' in index
    assert [row.split("</tr>")[0] for row in index.split("<tr")[2:]] == [  # no change of the branch's rules
        '><td><a href="a.yaml.html">filings/a.yaml</a></td><td class="num">2</td><td>共 2 处变化。</td>']
    page = (tmp_path / "out" / "a.yaml.html").read_text(encoding="utf-8")
    assert f'<p class="note">{note}</p>' in page
    assert COSTLY_FOUND in page


def test_the_branch_s_own_rule_changes_are_listed_not_the_base_s(tmp_path):
    rules_changed_on_main_after_the_branch_left(tmp_path, None, "规则:\n  JX451: 关闭\n")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "out/a.yaml.html\nout/index.html\n", "")
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert ('<p class="note">main 在当前分支离开后改了审核规则（JX441 警告 → 错误），申报文件都按 main 当前的规则检查。</p>'
            in index)
    assert index.split("<tr")[2].split("</tr>")[0] == (
        '><td>jixiao.yaml（审核规则）</td><td class="num">1</td>'
        "<td>JX451 警告 → 关闭。申报文件都按 main 当前的规则检查。</td>")
    page = (tmp_path / "out" / "a.yaml.html").read_text(encoding="utf-8")
    assert ('<p class="note">审核规则文件 jixiao.yaml 有改动：JX451 警告 → 关闭。'
            "main 在当前分支离开后改了审核规则（JX441 警告 → 错误），申报文件都按 main 当前的规则检查。</p>") in page
    assert COSTLY_FOUND in page


def test_a_base_whose_rules_are_broken_is_told_where_and_nothing_is_written(tmp_path):
    rules_changed_on_main_after_the_branch_left(tmp_path, None, None, BROKEN_RULES)
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr.splitlines()) == (
        2, "", broken_rules_report("main:jixiao.yaml", "没有写审阅页面"))
    assert not (tmp_path / "out").exists()


def test_rules_broken_where_the_branch_left_the_base_and_mended_there_since_do_not_stop_the_review(tmp_path):
    """History that no one can mend: the branch left main when its jixiao.yaml was broken
    and did not touch it; main mended it since. The filings are checked by main's rules."""
    rules_changed_on_main_after_the_branch_left(tmp_path, BROKEN_RULES, None)
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "out/a.yaml.html\nout/index.html\n", "")
    fork = subprocess.run(["git", "rev-parse", "--short", "main~1"], cwd=tmp_path, capture_output=True, text=True,
                          check=True).stdout.strip()
    note = (f"分支离开 main 时的审核规则文件 jixiao.yaml 有误（{fork}:jixiao.yaml:2:10：YAML 语法错误：这里开始的方括号（[）"
            "在这一行没有配对的 ]），列不出此后审核规则的改动；申报文件都按 main 当前的规则检查。")
    assert f'<p class="note">{note}</p>' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    page = (tmp_path / "out" / "a.yaml.html").read_text(encoding="utf-8")
    assert f'<p class="note">{note}</p>' in page and COSTLY_FOUND in page


def test_a_branch_that_changed_rules_broken_where_it_left_the_base_has_its_rules_listed_against_the_default(tmp_path):
    rules_changed_on_main_after_the_branch_left(tmp_path, BROKEN_RULES, "规则:\n  JX451: 关闭\n")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "列不出此后审核规则的改动，分支对审核规则的改动按与默认规则的不同列出；申报文件都按 main 当前的规则检查。</p>" in index
    assert index.split("<tr")[2].split("</tr>")[0] == (
        '><td>jixiao.yaml（审核规则）</td><td class="num">1</td>'
        "<td>JX451 警告 → 关闭。申报文件都按 main 当前的规则检查。</td>")


def test_a_filing_that_cannot_be_read_is_marked_on_the_index_and_exits_1(tmp_path):
    repository(tmp_path, FILING, "filings/a.yaml")
    git(tmp_path, "checkout", "-qb", "clerk")
    (tmp_path / "filings" / "a.yaml").write_text(FILING.replace("财政资金: 10.00", "财政资金: [10.00"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "写坏了")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (1, "out/a.yaml.html\nout/index.html\n", (
        "jixiao review: 1 份申报文件无法读取，不能比较：filings/a.yaml（原因见各自的审阅页面）\n"))
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert [row.split("</tr>")[0] for row in index.split("<tr")[2:]] == [
        ' class="trouble"><td><a href="a.yaml.html">filings/a.yaml</a></td><td class="num">无法读取</td>'
        "<td>不能比较，新版本无法读取：HEAD:filings/a.yaml:13:11: 错误[JX004]: YAML 语法错误："
        "这里开始的方括号（[）在这一行没有配对的 ]</td>"]


def test_review_compares_commits_and_says_what_is_not_committed(tmp_path):
    repository(tmp_path, FILING, "filings/a.yaml")
    git(tmp_path, "checkout", "-qb", "clerk")
    (tmp_path / "filings" / "a.yaml").write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "改 a")
    (tmp_path / "filings" / "a.yaml").write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.50"), encoding="utf-8")
    (tmp_path / "filings" / "b.yaml").write_text(FILING, encoding="utf-8")
    (tmp_path / "说明.txt").write_text("不是申报文件", encoding="utf-8")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "out/a.yaml.html\nout/index.html\n", (
        "jixiao review: 工作区里有 2 份申报文件的改动还没有提交（filings/a.yaml、filings/b.yaml），"
        "审阅页面里没有这些改动；要审阅它们，请先提交（git commit）再运行 jixiao review\n"))
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert ('<td><a href="a.yaml.html">filings/a.yaml</a></td><td class="num">1</td>'
            "<td>共 1 处变化。<br>合计：11.40 → 11.20（-0.20）<br>（金额单位：万元）</td>") in index  # 0.80, committed

    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "都提交")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "out/a.yaml.html\nout/b.yaml.html\nout/index.html\n", "")


def test_a_branch_that_breaks_the_rules_is_told_where_and_nothing_is_written(tmp_path):
    repository(tmp_path, COSTLY, "filings/a.yaml")
    git(tmp_path, "checkout", "-qb", "clerk")
    (tmp_path / "jixiao.yaml").write_text(BROKEN_RULES, encoding="utf-8")
    (tmp_path / "filings" / "a.yaml").write_text(RAISED, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "写坏了规则")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr.splitlines()) == (
        2, "", broken_rules_report("HEAD:jixiao.yaml", "没有写审阅页面"))
    assert not (tmp_path / "out").exists()


def branches_changing(folder, first: str) -> None:
    """main: two filings, ``first`` and filings/b.yaml; branch 甲 changes the first, 乙 the other."""
    repository(folder, FILING, first)
    (folder / "filings" / "b.yaml").write_text(FILING, encoding="utf-8")
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "两份")
    for branch, path in (("甲", first), ("乙", "filings/b.yaml")):
        git(folder, "checkout", "-qb", branch, "main")
        (folder / path).write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"), encoding="utf-8")
        git(folder, "commit", "-qam", f"改 {path}")


def test_pages_an_earlier_review_wrote_that_this_one_does_not_are_removed_and_nothing_else(tmp_path):
    """Branch A's page of a.yaml does not stay beside branch B's index looking current;
    a file the review did not write stays, and so does one a hand-edited manifest names
    outside the folder."""
    branches_changing(tmp_path, "filings/2025/a.yaml")
    out = tmp_path / "out"
    out.mkdir()
    (out / "说明.html").write_text("财政局自己的文件", encoding="utf-8")
    (tmp_path / "keep.yaml.html").write_text("不在审阅文件夹里", encoding="utf-8")
    git(tmp_path, "checkout", "-q", "甲")
    assert run_jixiao("review", "main", "-o", "out", cwd=tmp_path).stdout.splitlines() == [
        "out/2025/a.yaml.html", "out/index.html"]
    assert json.loads((out / ".jixiao-review.json").read_text(encoding="utf-8")) == {"pages": ["2025/a.yaml.html"]}

    git(tmp_path, "checkout", "-q", "乙")
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()) == (0, ["out/b.yaml.html", "out/index.html"])
    assert sorted(path.relative_to(out).as_posix() for path in out.rglob("*")) == [
        ".jixiao-review.json", "b.yaml.html", "index.html", "说明.html"]  # the emptied folder 2025 too is gone

    (out / ".jixiao-review.json").write_text('{"pages": ["../keep.yaml.html", "说明.html", "b.yaml.html"]}',
                                             encoding="utf-8")
    git(tmp_path, "checkout", "-q", "甲")
    assert run_jixiao("review", "main", "-o", "out", cwd=tmp_path).returncode == 0
    assert sorted(path.relative_to(out).as_posix() for path in out.rglob("*")) == [
        ".jixiao-review.json", "2025", "2025/a.yaml.html", "index.html", "说明.html"]
    assert (tmp_path / "keep.yaml.html").exists()


def test_a_page_reached_through_a_link_or_now_a_folder_is_left_and_stops_no_later_review(tmp_path):
    """A subfolder of the review folder linked to a shared drive: the page written through
    it is someone's file once the link is the way to it, and a name listed that is now a
    folder is not a page; neither is removed, and every review goes on."""
    branches_changing(tmp_path, "filings/县A/a.yaml")
    shared, out = tmp_path / "共享盘", tmp_path / "out"
    shared.mkdir()
    out.mkdir()
    (out / "县A").symlink_to(shared)
    git(tmp_path, "checkout", "-q", "甲")
    assert run_jixiao("review", "main", "-o", "out", cwd=tmp_path).returncode == 0
    assert (shared / "a.yaml.html").is_file()
    git(tmp_path, "checkout", "-q", "乙")
    for _ in range(2):
        result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
        assert (result.returncode, result.stderr) == (0, "")
    assert (shared / "a.yaml.html").is_file() and (out / "县A").is_symlink()
    (out / ".jixiao-review.json").write_text('{"pages": ["目录.yaml.html"]}', encoding="utf-8")
    (out / "目录.yaml.html").mkdir()
    result = run_jixiao("review", "main", "-o", "out", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "") and (out / "目录.yaml.html").is_dir()


def test_a_review_that_fails_half_way_leaves_its_pages_listed_for_the_next_to_remove(tmp_path, monkeypatch):
    """The pages are listed before they are written: a run that stops after writing one
    (here, the second filing's comparison failing) leaves it listed, and the next review,
    of another branch, removes it with the earlier pages."""
    from jixiao.diff import review

    repository(tmp_path, FILING, "filings/a.yaml")
    (tmp_path / "filings" / "b.yaml").write_text(FILING, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "两份")
    git(tmp_path, "checkout", "-qb", "甲")
    for name in ("a", "b"):
        (tmp_path / "filings" / f"{name}.yaml").write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"),
                                                         encoding="utf-8")
    git(tmp_path, "commit", "-qam", "改两份")
    compared = []

    def failing_on_the_second(*versions):
        compared.append(versions)
        if len(compared) == 2:
            raise OSError(28, "No space left on device", "out/b.yaml.html")
        return compare_versions(*versions)

    compare_versions = review.compare_versions
    monkeypatch.setattr(review, "compare_versions", failing_on_the_second)
    with pytest.raises(OSError):
        review.write_review("main", tmp_path, tmp_path / "out")
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [".jixiao-review.json", "a.yaml.html"]
    assert json.loads((tmp_path / "out" / ".jixiao-review.json").read_text(encoding="utf-8")) == {
        "pages": ["a.yaml.html", "b.yaml.html"]}

    monkeypatch.undo()
    git(tmp_path, "checkout", "-q", "main")
    git(tmp_path, "checkout", "-qb", "乙")
    (tmp_path / "filings" / "c.yaml").write_text(FILING, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "加一份")
    review.write_review("main", tmp_path, tmp_path / "out")
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        ".jixiao-review.json", "c.yaml.html", "index.html"]


def test_every_page_and_the_index_say_what_was_compared(tmp_path):
    repository(tmp_path, FILING, "filings/a.yaml")
    git(tmp_path, "checkout", "-qb", "clerk")
    (tmp_path / "filings" / "a.yaml").write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "改")
    fork, head = (subprocess.run(["git", "rev-parse", "--short", revision], cwd=tmp_path, capture_output=True,
                                 text=True).stdout.strip() for revision in ("main", "HEAD"))
    stamp = f'<p class="stamp">审阅的是：分支 clerk 的提交 {head}，与 main 比较（分支离开 main 处的提交 {fork}）。</p>'
    assert run_jixiao("review", "main", "-o", "out", cwd=tmp_path).returncode == 0
    for page in ("index.html", "a.yaml.html"):
        assert stamp in (tmp_path / "out" / page).read_text(encoding="utf-8")
    git(tmp_path, "checkout", "-q", "--detach")
    assert run_jixiao("review", "main", "-o", "out", cwd=tmp_path).returncode == 0
    assert (f'<p class="stamp">审阅的是：HEAD（提交 {head}），与 main 比较（分支离开 main 处的提交 {fork}）。</p>'
            in (tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
