"""`jixiao new`: a starting filing per layout that passes `jixiao check` as written and
finds its schema, and never overwrites a file."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_jixiao
from jixiao.paths import SCHEMA_FILE
from jixiao.starter import STARTER_YEAR, STARTERS_DIR, next_budget_year
from jixiao.views import LAYOUTS

MODELINE = re.compile(r"# yaml-language-server: \$schema=(\S+)\n")

CLEAN = "检查完毕：1 份申报文件，没有发现问题。\n"  # what check says of a filing without findings


UNIT_CODE, PROJECT_CODE = '"××××××"', "×" * 21  # the Hebei starter's codes


def filled_in(path: Path) -> None:
    """Replace the placeholders of a new filing (×× and ……) as a clerk would."""
    text = path.read_text(encoding="utf-8").replace(UNIT_CODE, '"216001"').replace(PROJECT_CODE, "13030322P00404010001D")
    path.write_text(text.replace("××", "政法委").replace("……", "做好本年度各项工作。"), encoding="utf-8")


def test_the_starter_s_codes_and_names_are_placeholders_that_check_reports(tmp_path):
    """Made-up codes (000001) would pass the check and be printed as if real."""
    target = tmp_path / "x.yaml"
    assert run_jixiao("new", str(target), "--layout", "河北").returncode == 0
    lines = target.read_text(encoding="utf-8").splitlines()

    def line_of(start: str) -> int:
        return next(number for number, line in enumerate(lines, start=1) if line.startswith(start))

    findings = json.loads(run_jixiao("check", str(target), "--format", "json").stdout)
    assert {(line_of(f"  单位编码: {UNIT_CODE} "), "「单位编码」里还有占位文字「××××××」，要换成本单位的内容"),
            (line_of(f"    编码: {PROJECT_CODE} "), f"「编码」里还有占位文字「{PROJECT_CODE}」，要换成本单位的内容"),
            (line_of("    - 名称: ×× "), "「名称」里还有占位文字「××」，要换成本单位的内容"),
            } <= {(f["line"], f["message"]) for f in findings if f["code"] == "JX331"}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_new_filing_points_at_its_placeholders_and_once_filled_in_passes_check(tmp_path, layout):
    target = tmp_path / "x.yaml"
    created = run_jixiao("new", str(target), "--layout", layout)
    assert (created.returncode, created.stderr) == (0, "")
    assert created.stdout == f"已新建 {target}（{layout}版）。改好后运行 jixiao check {target} 检查。\n"
    text = target.read_text(encoding="utf-8")
    assert f"版式: {layout}\n" in text
    assert f"年度: {next_budget_year()} " in text, "next year's budget by default"
    assert "\n项目:\n  - 名称: " in text, "one example project to copy"
    checked = run_jixiao("check", str(target), "--format", "json")
    findings = json.loads(checked.stdout)
    assert checked.returncode == 0 and {f["code"] for f in findings} == {"JX331"}, "placeholders, nothing else"
    marked = [n for n, line in enumerate(text.splitlines(), start=1) if "××" in line]
    assert marked and set(marked) <= {f["line"] for f in findings}
    filled_in(target)
    checked = run_jixiao("check", str(target))
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "", CLEAN)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_new_filing_for_another_year_has_that_year_throughout(tmp_path, layout):
    target = tmp_path / "x.yaml"
    assert run_jixiao("new", str(target), "--layout", layout, "--year", "2031").returncode == 0
    text = target.read_text(encoding="utf-8")
    assert "年度: 2031 " in text and STARTER_YEAR not in text
    filled_in(target)
    checked = run_jixiao("check", str(target))
    assert (checked.returncode, checked.stderr) == (0, CLEAN)


def indicator_trees(data) -> list[dict]:
    """Every 绩效指标 of a filing: the department's and each project's."""
    return [part["绩效指标"] for part in (data["整体绩效目标"], *data["项目"]) if "绩效指标" in part]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_new_filing_follows_the_framework_its_repository_sets(tmp_path, layout):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "jixiao.yaml").write_text("指标体系: 2021\n", encoding="utf-8")
    (tmp_path / "filings").mkdir()
    target = tmp_path / "filings" / "x.yaml"
    assert run_jixiao("new", "filings/x.yaml", "--layout", layout, cwd=tmp_path).returncode == 0
    text = target.read_text(encoding="utf-8")
    assert "\n# 指标体系由仓库的 jixiao.yaml 统一设定为 2021，这里不写\n" in text
    assert "\n指标体系:" not in text, "the repository's setting is not repeated (nor contradicted) in the filing"
    filled_in(target)
    trees = indicator_trees(yaml.safe_load(target.read_text(encoding="utf-8")))
    assert trees
    for tree in trees:
        assert list(tree) == ["成本指标", "产出指标", "效益指标", "满意度指标"]
        assert list(tree["成本指标"]) == ["经济成本指标"] and "成本指标" not in tree["产出指标"]
    checked = run_jixiao("check", "filings/x.yaml", cwd=tmp_path)
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "", CLEAN)


def test_without_a_repository_framework_a_new_filing_names_2015_and_has_its_shape(tmp_path):
    target = tmp_path / "x.yaml"
    assert run_jixiao("new", str(target)).returncode == 0
    text = target.read_text(encoding="utf-8")
    assert "\n指标体系: 2015 " in text
    filled_in(target)
    for tree in indicator_trees(yaml.safe_load(target.read_text(encoding="utf-8"))):
        assert list(tree) == ["产出指标", "效益指标", "满意度指标"] and "成本指标" in tree["产出指标"]


def test_new_under_a_broken_repository_policy_says_so_and_writes_nothing(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "jixiao.yaml").write_text("指标体系: 2020\n", encoding="utf-8")
    result = run_jixiao("new", "x.yaml", cwd=tmp_path)
    assert result.returncode == 2 and not (tmp_path / "x.yaml").exists()
    assert result.stderr.startswith("jixiao.yaml:1:7: 错误[JX020]: ")
    assert result.stderr.endswith("\n审核规则文件 jixiao.yaml 有误，没有新建申报文件。\n")


def test_outside_a_mapped_workspace_the_modeline_names_the_schema_wherever_the_file_goes(tmp_path):
    """An absolute file URI, percent-encoded (the editor ends the modeline at a space)."""
    folder = tmp_path / "单位 甲" / "2025"
    folder.mkdir(parents=True)
    target = folder / "x.yaml"
    assert run_jixiao("new", "x.yaml", cwd=folder).returncode == 0
    first_line = target.read_text(encoding="utf-8").splitlines()[0]
    assert MODELINE.fullmatch(first_line + "\n")
    assert first_line == f"# yaml-language-server: $schema={SCHEMA_FILE.as_uri()}"
    assert first_line.endswith("/schema/filing.schema.json") and first_line.startswith("# yaml-language-server: $schema=file:///")


def workspace(root: Path, globs: list[str]) -> Path:
    """A git repository whose VS Code settings map the schema onto ``globs``, as README says."""
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / ".vscode").mkdir()
    (root / ".vscode" / "settings.json").write_text(
        json.dumps({"yaml.schemas": {str(SCHEMA_FILE): globs}}, ensure_ascii=False), encoding="utf-8")
    return root


def test_a_new_filing_that_its_workspace_maps_has_no_modeline_and_others_have_one(tmp_path):
    repository = workspace(tmp_path / "仓库", ["filings/**/*.yaml", "!filings/draft/*.yaml"])
    for folder in ("filings/2027", "filings/draft", "other"):
        (repository / folder).mkdir(parents=True)
        assert run_jixiao("new", f"{folder}/x.yaml", cwd=repository).returncode == 0
    first_lines = {folder: (repository / folder / "x.yaml").read_text(encoding="utf-8").splitlines()[0]
                   for folder in ("filings/2027", "filings/draft", "other")}
    assert first_lines["filings/2027"] == "# 河北版 部门预算绩效文本 的申报文件。把 …… 处换成本单位的内容。"
    assert MODELINE.match(first_lines["filings/draft"] + "\n") and MODELINE.match(first_lines["other"] + "\n")


def test_a_glob_with_chinese_maps_nothing_as_in_the_editor_so_the_new_filing_gets_a_modeline(tmp_path):
    """The language server matches globs with the file's percent-encoded address: 申报文件/** maps
    nothing (the editor then checks nothing unless the file names the schema), filings/** maps
    filings/2027年/x.yaml."""
    from jixiao.editor_schema import workspace_maps
    chinese = workspace(tmp_path / "局 仓库", ["申报文件/**/*.yaml"])
    assert not workspace_maps(chinese / "申报文件" / "2027" / "政法委.yaml")
    ascii_glob = workspace(tmp_path / "仓库", ["filings/**/*.yaml"])
    assert workspace_maps(ascii_glob / "filings" / "2027年" / "政法委.yaml")


def test_settings_with_comments_and_trailing_commas_are_read_as_vs_code_reads_them(tmp_path):
    from jixiao.editor_schema import workspace_maps
    root = tmp_path / "仓库"
    (root / ".vscode").mkdir(parents=True)
    (root / ".vscode" / "settings.json").write_text(
        '{\n  // 财政局的设置\n  "yaml.schemas": {"%s": ["filings/**/*.yaml",],},\n}\n' % SCHEMA_FILE, encoding="utf-8")
    assert workspace_maps(root / "filings" / "甲.yaml")


@pytest.mark.parametrize("modeline, missing", [
    ("../schema/filing.schema.json", True),  # a relative path gone stale when the filing moved into a subfolder
    ("../../schema/filing.schema.json", False), (SCHEMA_FILE.as_uri(), False), ("file:///opt/jixiao/schema/filing.schema.json", True),
    ("https://example.org/filing.schema.json", False),  # a web address is not looked up
])
def test_a_modeline_naming_a_schema_that_is_not_there_is_said_to_leave_the_editor_checking_nothing(tmp_path, modeline,
                                                                                                    missing):
    from jixiao.pipeline import process
    root = tmp_path / "仓库"
    (root / "schema").mkdir(parents=True)
    (root / "schema" / "filing.schema.json").write_text("{}", encoding="utf-8")
    filing = root / "filings" / "2027" / "x.yaml"
    filing.parent.mkdir(parents=True)
    example = (ROOT / "filings" / "hebei-zunhua-2022.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    filing.write_text(f"# yaml-language-server: $schema={modeline}\n" + example, encoding="utf-8")
    found = [(f.message, str(f.location)) for f in process(filing, with_view=False).findings if f.code == "JX013"]
    assert found == ([(f"第一行指给编辑器的 schema「{modeline}」不存在，编辑器因此什么也不检查", f"{filing}:1:33")]
                     if missing else [])


@pytest.mark.parametrize("head, found", [
    # the schema ends at the first blank, as the editor reads it: a comment after it is no part of it
    (f"# yaml-language-server: $schema={SCHEMA_FILE.as_uri()}  # 本机 jixiao 的 schema\n", []),
    # a modeline below another comment, or written "# $schema:", is the editor's too
    ("# 2027 年预算\n# yaml-language-server: $schema=file:///opt/jixiao/schema/filing.schema.json\n",
     [("第 2 行指给编辑器的 schema「file:///opt/jixiao/schema/filing.schema.json」不存在，编辑器因此什么也不检查", 2, 33)]),
    ("# $schema: /opt/jixiao/filing.schema.json\n",
     [("第一行指给编辑器的 schema「/opt/jixiao/filing.schema.json」不存在，编辑器因此什么也不检查", 1, 12)]),
])
def test_a_modeline_is_read_where_and_as_the_editor_reads_it(tmp_path, head, found):
    from jixiao.pipeline import process
    filing = tmp_path / "x.yaml"
    example = (ROOT / "filings" / "hebei-zunhua-2022.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    filing.write_text(head + example, encoding="utf-8")
    assert [(f.message, f.location.line, f.location.column) for f in process(filing, with_view=False).findings
            if f.code == "JX013"] == found


def test_this_repository_s_settings_map_its_filings_and_starters():
    from jixiao.editor_schema import workspace_maps
    assert workspace_maps(ROOT / "filings" / "new.yaml") and workspace_maps(ROOT / "filings" / "2027" / "new.yml")
    assert all(workspace_maps(starter) for starter in STARTERS_DIR.glob("*.yaml"))
    assert not workspace_maps(ROOT / "tests" / "new.yaml")


def test_new_never_overwrites(tmp_path):
    target = tmp_path / "x.yaml"
    target.write_text("版式: 湖南\n# 辛辛苦苦写的内容\n", encoding="utf-8")
    before = target.stat().st_mtime_ns
    result = run_jixiao("new", str(target), "--layout", "河北")
    assert result.returncode == 2
    assert result.stderr == f"错误：{target} 已经存在，没有改动它。请换一个文件名，或先把原文件改名或移走\n"
    assert target.read_text(encoding="utf-8") == "版式: 湖南\n# 辛辛苦苦写的内容\n"
    assert target.stat().st_mtime_ns == before


def test_new_in_a_missing_folder_says_so(tmp_path):
    result = run_jixiao("new", str(tmp_path / "没有" / "x.yaml"))
    assert result.returncode == 2
    assert result.stderr == f"错误：文件夹 {tmp_path / '没有'} 不存在：请先建立这个文件夹\n"


def test_an_unknown_layout_is_a_usage_error_in_chinese(tmp_path):
    result = run_jixiao("new", str(tmp_path / "x.yaml"), "--layout", "广东")
    assert result.returncode == 2
    assert "错误：'--layout' 的取值无效：'广东' 不是 '河北', '湖南', '新疆' 之一。" in result.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_every_layout_has_a_starter_and_none_has_a_modeline():
    """A modeline would override the workspace settings that map the starters (and be copied)."""
    assert sorted(p.stem for p in STARTERS_DIR.glob("*.yaml")) == sorted(l.folder for l in LAYOUTS.values())
    for starter in STARTERS_DIR.glob("*.yaml"):
        assert "yaml-language-server" not in starter.read_text(encoding="utf-8"), starter


def test_a_new_filing_must_be_named_yaml(tmp_path):
    result = run_jixiao("new", str(tmp_path / "x.txt"))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (f"错误：{tmp_path / 'x.txt'} 不以 .yaml 结尾：申报文件要用 .yaml（编辑器按它提示键和检查，"
                             f"jixiao build 一个文件夹时也只找它），例如 {tmp_path / 'x.yaml'}\n")
    assert not (tmp_path / "x.txt").exists()


def test_new_given_a_folder_says_it_is_a_folder_and_names_a_file_in_it(tmp_path):
    (tmp_path / "filings").mkdir()
    result = run_jixiao("new", "filings", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "错误：filings 是一个文件夹：请写出要在里面新建的文件的名称，例如 filings/x.yaml\n"


@pytest.mark.parametrize("name, message", [
    (".yaml", "错误：.yaml 只有后缀，没有文件名：请在前面写上名称，例如 x.yaml\n"),
    ("filings/.yml", "错误：filings/.yml 只有后缀，没有文件名：请在前面写上名称，例如 filings/x.yaml\n"),
    (".单位.yaml", "错误：.单位.yaml 以“.”开头，是隐藏文件，jixiao build 一个文件夹时不会找它：请去掉开头的“.”，例如 单位.yaml\n"),
])
def test_a_name_that_is_only_the_suffix_or_hidden_is_refused_with_the_name_to_give(tmp_path, name, message):
    (tmp_path / "filings").mkdir()
    result = run_jixiao("new", name, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)
    assert not (tmp_path / name).exists()


def test_the_command_to_check_a_new_filing_is_quoted_where_the_shell_needs_it(tmp_path):
    (tmp_path / "a b").mkdir()
    for name, shown in (("a b/中文 名.yaml", "'a b/中文 名.yaml'"), ("中文名.yaml", "中文名.yaml"), ("-x.yaml", "./-x.yaml")):
        result = run_jixiao("new", "--", name, cwd=tmp_path)
        assert result.stdout == f"已新建 {name}（河北版）。改好后运行 jixiao check {shown} 检查。\n"
        command = result.stdout.split("改好后运行 ")[1].removesuffix(" 检查。\n")
        checked = subprocess.run(["sh", "-c", command.replace("jixiao", f"{sys.executable} -m jixiao", 1)],
                                 cwd=tmp_path, capture_output=True, text=True)
        assert checked.returncode == 0 and checked.stderr.startswith(f"{name}:11:7: 警告[JX331]: "), "the shell finds it"
