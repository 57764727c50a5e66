"""The editor (the yaml-language-server that VS Code's YAML extension runs, fed schema/) and
`jixiao check` accept and refuse the same texts, and the editor speaks Chinese.

The real server runs over stdio (installed from npm into tests/editor by `make test`), with
this repository's workspace settings (.vscode/settings.json maps the schema onto filings/).
Its locale is English, as in an English VS Code: the Chinese comes from the schema's own messages.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess

import pytest

from conftest import FILINGS, ROOT, run_jixiao
from jixiao.checks import WAIVER
from jixiao.checks.amounts import INCOME_SOURCES
from jixiao.codes import CODES, Example
from jixiao.findings import WARNING, FilingError
from jixiao.frameworks import FRAMEWORKS
from jixiao.load import load_bytes
from jixiao.paths import SCHEMA_FILE
from jixiao.views import LAYOUTS
from jixiao.validate import schema, validate
from language_server import SERVER, LanguageServer

pytestmark = pytest.mark.skipif(not SERVER.exists() or shutil.which("node") is None,
                                reason="yaml-language-server is installed into tests/editor by `make test`")

FILING = FILINGS / "hebei-shanhaiguan-2022.yaml"
SOURCE = FILING.read_text(encoding="utf-8")
WITH_STYLE = SOURCE + "样式:\n  显示项目汇总表: true\n"
OPENED = itertools.count()  # each text is opened under a name of its own


WORKSPACE_SCHEMAS = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]


@pytest.fixture(scope="module")
def editor():
    server = LanguageServer(ROOT, schemas=WORKSPACE_SCHEMAS)
    yield server
    server.close()


def editor_lines(editor, name: str, text: str) -> dict[int, str]:
    """Line (1-based) → message of each diagnostic the editor shows for ``text``, opened
    as a file beside the examples (so that the workspace settings give it the schema)."""
    uri = editor.open(FILINGS / f"_{name}_{next(OPENED)}.yaml", text)
    try:
        return {d["range"]["start"]["line"] + 1: d["message"] for d in editor.diagnostics_of(uri)}
    finally:
        editor.notify("textDocument/didClose", {"textDocument": {"uri": uri}})


def checker_lines(text: str) -> set[int]:
    """Lines of the errors `jixiao check` finds while loading and validating ``text`` (the
    part of the check that the schema describes; sums and review rules are beyond an editor)."""
    try:
        findings = validate(load_bytes(text.encode("utf-8"), "x.yaml"))
    except FilingError as error:
        findings = error.findings
    return {f.location.line for f in findings if f.is_error}


@pytest.mark.parametrize("filing", sorted(FILINGS.glob("*.yaml")), ids=lambda p: p.stem)
def test_the_examples_are_clean_in_both(editor, filing):
    text = filing.read_text(encoding="utf-8")
    assert editor_lines(editor, filing.stem, text) == {}
    assert checker_lines(text) == set()


# (what the clerk wrote, on which line, instead of what)
SAME_MEANING = [
    ("+10.00", "财政资金: 10.00"), ("010.00", "财政资金: 10.00"), ("1.0e1", "财政资金: 10.00"),
    (".5", "其他资金: 0.00"),
]


@pytest.mark.parametrize("written, original", SAME_MEANING)
def test_yaml_1_2_number_forms_are_numbers_in_both(editor, written, original):
    key = original.split(":")[0]
    text = SOURCE.replace(original, f"{key}: {written}", 1) if original in SOURCE else None
    if text is None:  # 其他资金 is not in this filing: add it after the first 财政资金
        text = SOURCE.replace("财政资金: 10.00\n", f"财政资金: 10.00\n    {key}: {written}\n", 1)
    assert editor_lines(editor, "number_form", text) == {}
    assert checker_lines(text) == set()


@pytest.mark.parametrize("text", [
    SOURCE.replace("    编码: 13030322P00404010001D", "    编码: 12.50", 1),
    SOURCE.replace('  单位编码: "216001"', "  单位编码: 216001.5", 1),
    "版式: 河北\n年度: 2022\n部门: {名称: 政法委}\n整体绩效目标: {总体目标: 2027, 保障措施: [2027]}\n项目: []\n",
])
def test_a_number_where_text_is_asked_is_text_in_both(editor, text):
    assert editor_lines(editor, "number_as_text", text) == {}
    assert checker_lines(text) == set()


def test_a_year_written_2022_0_is_the_year_2022_in_both(editor):
    text = SOURCE.replace("年度: 2022", "年度: 2022.0")
    assert editor_lines(editor, "year", text) == {}
    assert checker_lines(text) == set()


def test_a_year_out_of_range_is_refused_by_both_and_a_chinese_editor_says_so_in_chinese():
    """The editor's range messages are its own, in VS Code's language (zh-cn in a Chinese VS Code)."""
    text = SOURCE.replace("年度: 2022", "年度: 22")
    chinese = LanguageServer(ROOT, locale="zh-cn", schemas=WORKSPACE_SCHEMAS)
    try:
        assert editor_lines(chinese, "year", text) == {3: "值低于最小值 2000。"}
    finally:
        chinese.close()
    assert checker_lines(text) == {3}


TEXT_ASKED = "这里要写文字，不能空着或只有空格，也不能有零宽空格、方向控制符这类看不见的字符（它们会向审核人隐藏或颠倒文字）。"
MISTAKES = [
    ("quoted amount", SOURCE, "财政资金: 10.00", '财政资金: "10.00"', {61: "金额写数字，例如 12.50：不加引号、千位分隔符或单位。"}),
    ("quoted year", SOURCE, "年度: 2022", '年度: "2022"', {3: "年度写整数，例如 2022（不加引号）。"}),
    ("year with a fraction", SOURCE, "年度: 2022", "年度: 2022.5", {3: "年度写整数，例如 2022（不加引号）。"}),
    ("blank project name", SOURCE, "  - 名称: 扫黑除恶工作经费", '  - 名称: "  "', {59: TEXT_ASKED}),
    ("hidden character", SOURCE, "  - 名称: 扫黑除恶工作经费", "  - 名称: 扫黑除恶\u202e工作经费", {59: TEXT_ASKED}),
    ("escaped hidden character", SOURCE, "  - 名称: 扫黑除恶工作经费", '  - 名称: "扫黑除恶\\u200b工作经费"', {59: TEXT_ASKED}),
    ("hidden character in 用途", SOURCE, "    用途: 开展扫黑除恶工作", "    用途: 开展\u200f扫黑除恶工作", {62: TEXT_ASKED}),
    ("quoted boolean", WITH_STYLE, "显示项目汇总表: true", '显示项目汇总表: "true"',
     {366: "写 true（是）或 false（否），不加引号。"}),
    ("true for text", SOURCE, "指标值: 开展扫黑除恶宣传情况", "指标值: true", {70: "这里写一段文字。"}),
    ("yes for true", WITH_STYLE, "显示项目汇总表: true", "显示项目汇总表: yes", {366: "写 true（是）或 false（否），不加引号。"}),
    ("YAML 1.1 digit groups", SOURCE, "财政资金: 10.00", "财政资金: 1_000", {61: "金额写数字，例如 12.50：不加引号、千位分隔符或单位。"}),
    ("amount with its unit", SOURCE, "财政资金: 10.00", "财政资金: 10万元", {61: "金额写数字，例如 12.50：不加引号、千位分隔符或单位。"}),
    ("unknown layout", SOURCE, "版式: 河北", "版式: 河南", {2: "版式只能是 河北、湖南、新疆 之一。"}),
    ("unknown framework", SOURCE, "年度: 2022\n", "年度: 2022\n指标体系: 2016\n", {4: "指标体系只能是 2015 或 2021。"}),
    ("quoted unknown framework", SOURCE, "年度: 2022\n", '年度: 2022\n指标体系: "2016"\n', {4: "指标体系只能是 2015 或 2021。"}),
    ("plan in words", SOURCE, "{3月底: 25%, ", "{3月底: 二十五, ", {63: "写数字的百分比，例如 25% 或 25，或空着（不写汉字）。"}),
    ("indicators as one mapping", SOURCE, "        数量指标:\n          - 名称: 宣传、活动开展次数\n            指标值: 开展扫黑除恶宣传情况\n",
     "        数量指标: {名称: 宣传、活动开展次数, 指标值: 开展扫黑除恶宣传情况}\n",
     {68: "二级指标下面逐条列出三级指标，每条以“- ”开头，例如 - {名称: 宣传次数, 指标值: ≥3次}。"}),
    ("misspelled key", SOURCE, "    财政资金: 10.00\n", "    财正资金: 10.00\n", {
        59: "「项目」里可写的键：名称、编码、财政资金、其他资金、预算数、上级资金、实施期、用途、支出计划、实施期目标、绩效目标、依据、绩效指标、接受警告；其中 名称、财政资金 必填。",
        61: "「项目」里可写的键：名称、编码、财政资金、其他资金、预算数、上级资金、实施期、用途、支出计划、实施期目标、绩效目标、依据、绩效指标、接受警告；其中 名称、财政资金 必填。"}),
    ("overall goal under another name", SOURCE, "  总体目标: |", "  总体: |", {
        11: "「整体绩效目标」里可写的键：总体目标、分项目标、保障措施、绩效指标、接受警告；其中 总体目标 必填。",
        12: "「整体绩效目标」里可写的键：总体目标、分项目标、保障措施、绩效指标、接受警告；其中 总体目标 必填。"}),
    # a key without its value in braces: the editor saw no value to check, jixiao check an empty one (JX102)
    ("indicator value without its value", SOURCE, "          - 名称: 宣传、活动开展次数\n            指标值: 开展扫黑除恶宣传情况\n",
     "          - {名称: 宣传、活动开展次数, 指标值}\n", {69: "「指标值」不能为空：在它后面写冒号和内容，例如 指标值: ≥3次。"}),
    ("indicator name without its value", SOURCE, "          - 名称: 宣传、活动开展次数\n            指标值: 开展扫黑除恶宣传情况\n",
     "          - {名称, 指标值: 开展扫黑除恶宣传情况}\n", {69: "「名称」不能为空：在它后面写冒号和内容，例如 名称: 宣传次数。"}),
    ("unknown direction", SOURCE, "            指标值: 开展扫黑除恶宣传情况\n",
     "            指标值: 开展扫黑除恶宣传情况\n            方向: 上\n", {71: "方向只能是 正向 或 反向。"}),
]


@pytest.mark.parametrize("name, base, old, new, expected", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_a_single_mistake_is_refused_by_both_on_the_same_line_in_chinese(editor, name, base, old, new, expected):
    assert old in base
    text = base.replace(old, new, 1)
    shown = editor_lines(editor, "mistake", text)
    assert shown, "the editor marks the mistake"
    assert set(shown) == checker_lines(text), "on the lines jixiao check names"
    for message in shown.values():
        assert not re.search(r"[A-Za-z]{3,}", message.replace("true", "").replace("false", "")), message
    assert shown == expected


HUNAN = (FILINGS / "hunan-yuanjiang-2024.yaml").read_text(encoding="utf-8")
PLAN_MESSAGE = "支出计划应是 0% 到 100% 之间的百分比：写成 25% 或 25。"
WEIGHT_MESSAGE = "权重不在 0 到 100 之间：权重写 0 到 100 之间的数。"
WEIGHT = "            指标值: 开展扫黑除恶宣传情况\n"
# Values that a rule of jixiao check refuses under every policy, after the schema (in its own
# words, under its own code): the editor marked none of them.
# (what, instead of what, the line, what the editor says, the error of jixiao check)
RULES_OF_CHECK = [
    ("negative amount", "财政资金: 10.00", "财政资金: -10.00", 61, "金额不能是负数：预算金额应为 0 或正数。",
     "x.yaml:61:11: 错误[JX301]: 金额「财政资金」不能是负数（写的是 -10.00）"),
    ("plan over 100%", "{3月底: 25%, ", "{3月底: 250%, ", 63, PLAN_MESSAGE,
     "x.yaml:63:17: 错误[JX311]: 项目「扫黑除恶工作经费」的支出计划 3月底 应是 0% 到 100% 之间的百分比，写的是「250%」"),
    ("plan over 100", "{3月底: 25%, ", "{3月底: 250, ", 63, PLAN_MESSAGE,
     "x.yaml:63:17: 错误[JX311]: 项目「扫黑除恶工作经费」的支出计划 3月底 应是 0% 到 100% 之间的百分比，写的是「250」"),
    ("plan just over 100%", "{3月底: 25%, ", "{3月底: 100.5%, ", 63, PLAN_MESSAGE,
     "x.yaml:63:17: 错误[JX311]: 项目「扫黑除恶工作经费」的支出计划 3月底 应是 0% 到 100% 之间的百分比，写的是「100.5%」"),
    ("negative plan", "{3月底: 25%, ", "{3月底: -25%, ", 63, PLAN_MESSAGE,
     "x.yaml:63:17: 错误[JX311]: 项目「扫黑除恶工作经费」的支出计划 3月底 应是 0% 到 100% 之间的百分比，写的是「-25%」"),
    ("weight over 100", WEIGHT, WEIGHT + "            权重: 150\n", 71, WEIGHT_MESSAGE,
     "x.yaml:71:17: 错误[JX433]: 项目「扫黑除恶工作经费」的指标「宣传、活动开展次数」的权重是 150，不在 0 到 100 之间"),
    ("negative weight", WEIGHT, WEIGHT + "            权重: -5\n", 71, WEIGHT_MESSAGE,
     "x.yaml:71:17: 错误[JX433]: 项目「扫黑除恶工作经费」的指标「宣传、活动开展次数」的权重是 -5，不在 0 到 100 之间"),
]


@pytest.mark.parametrize("name, old, new, line, message, error", RULES_OF_CHECK, ids=[r[0] for r in RULES_OF_CHECK])
def test_a_value_that_a_rule_of_check_always_refuses_is_marked_by_the_editor_with_its_words(
        editor, tmp_path, name, old, new, line, message, error):
    text = SOURCE.replace(old, new, 1)
    assert editor_lines(editor, "rule", text) == {line: message}
    assert checker_lines(text) == set(), "the schema leaves it to the rule"
    assert errors_on(line, checked(tmp_path, text)) == [error]


def errors_on(line: int, report: list[str]) -> list[str]:
    """The errors of a report of `jixiao check` on x.yaml that are on ``line``."""
    return [written for written in report if written.startswith(f"x.yaml:{line}:") and "错误[" in written]


@pytest.mark.parametrize("old, new, line", [
    ("财政资金: 10.00", "财政资金: -0.00", 61), ("12月底: 100%}", "12月底: 100.0%}", 63), ("{3月底: 25%, ", "{3月底: -0%, ", 63),
    (WEIGHT, WEIGHT + "            权重: 100\n", 71), (WEIGHT, WEIGHT + "            权重: 0\n", 71)])
def test_the_bounds_of_those_rules_are_accepted_by_both(editor, tmp_path, old, new, line):
    text = SOURCE.replace(old, new, 1)
    assert editor_lines(editor, "bound", text) == {}
    assert errors_on(line, checked(tmp_path, text)) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_plan_over_100_is_marked_where_the_layout_prints_the_plan(editor, tmp_path, layout):
    """JX311 reads the plan where it is printed (河北); elsewhere JX330 says it is not."""
    text = SOURCE.replace("版式: 河北", f"版式: {layout}", 1).replace("{3月底: 25%, ", "{3月底: 250%, ", 1)
    refused = [report for report in checked(tmp_path, text) if "错误[JX311]" in report]
    assert editor_lines(editor, "layout", text) == ({63: PLAN_MESSAGE} if LAYOUTS[layout].prints_spending_plan else {})
    assert len(refused) == LAYOUTS[layout].prints_spending_plan
LEVEL1 = "一级指标下面写二级指标，二级指标下面逐条列出三级指标，例如 效益指标: → 社会效益指标: → - {名称: …, 指标值: …}。"
FIRST_INDICATOR = "            指标值: 开展扫黑除恶宣传情况\n"
# Mistakes whose messages a Chinese VS Code showed in English or as the schema's raw words
# (Incorrect type. Expected "一级指标". / 字符串不符合模式 "^JX[0-9]{3}$"。 / 类型不正确。应为以下之一：string, number。)
CHINESE_EDITOR_MISTAKES = [
    ("empty 二级", SOURCE, "        数量指标:\n", "        其他指标: []\n        数量指标:\n",
     {68: "二级指标下面逐条列出三级指标，每条以“- ”开头，例如 - {名称: 宣传次数, 指标值: ≥3次}。"}),
    ("empty 一级", SOURCE, "      效益指标:\n", "      效益指标:\n      其他效益:\n", {80: LEVEL1}),
    ("list under a 一级", SOURCE, "      效益指标:\n        社会效益指标:\n",
     "      效益指标:\n        - {名称: 社会稳定水平, 指标值: ≥90%}\n      其他效益:\n        社会效益指标:\n", {81: LEVEL1}),
    ("lower-case rule code", SOURCE, FIRST_INDICATOR, FIRST_INDICATOR + "            接受警告: {jx405: 专项保障项目}\n",
     {71: "规则代码写大写的 JX 加三位数字，例如 JX405；jixiao rules 列出全部代码。"}),
    # a key that YAML reads as a number or a boolean: the server checks a pattern on text alone
    ("numeric rule code", SOURCE, FIRST_INDICATOR, FIRST_INDICATOR + "            接受警告: {405: 专项保障项目}\n",
     {71: "规则代码写大写的 JX 加三位数字，例如 JX405；jixiao rules 列出全部代码。"}),
    ("boolean rule code", SOURCE, FIRST_INDICATOR, FIRST_INDICATOR + "            接受警告: {true: 专项保障项目}\n",
     {71: "规则代码写大写的 JX 加三位数字，例如 JX405；jixiao rules 列出全部代码。"}),
    ("waiver without its reason", SOURCE, FIRST_INDICATOR, FIRST_INDICATOR + "            接受警告: {JX430: }\n",
     {71: "写明接受这条警告的理由（给审核人看），例如 JX405: 专项保障项目，指标少而精。"}),
    ("blank 二级 name", SOURCE, "        数量指标:\n", '        "":\n', {68: "二级指标的名称不能空着，要写在冒号前，例如“数量指标:”。"}),
    ("blank 一级 name", SOURCE, "      产出指标:\n", '      "":\n', {67: "一级指标的名称不能空着，要写在冒号前，例如“产出指标:”。"}),
    ("blank income name", HUNAN, "    一般公共预算: 335.6\n", '    "": 335.6\n',
     {69: "收入性质的名称不能空着，要写在冒号前，例如“一般公共预算: 335.60”。"}),
    ("blank period", HUNAN, "    实施期: 2024", "    实施期:", {79: "实施期写年份或期间，例如 2024 或 2024—2026年；没有就删除这一行。"}),
    ("hidden character in an optional text", HUNAN, "  填表人:\n", "  填表人: 张\u200b三\n",
     {373: "文字里不能有零宽空格、方向控制符这类看不见的字符（它们会向审核人隐藏或颠倒文字）。"}),
]
# true/false where text is asked: the editor refuses them (in Chinese now), while jixiao check
# still reads them as the text "true"/"false" (its string type is any unquoted scalar), so the
# lines are not compared here.
BOOLEAN_FOR_TEXT = [
    ("unit code true", SOURCE, '  单位编码: "216001"', "  单位编码: true", {6: '单位编码照预算系统填写，加引号按文字保存，例如 "216001"。'}),
    ("project code false", SOURCE, "    编码: 13030322P00404010001D", "    编码: false",
     {60: "项目编码照预算系统填写，例如 13030322P00404010001D；没有就删除这一行。"}),
    ("superior funds false", HUNAN, '    上级资金: "（分级填报）"', "    上级资金: false",
     {78: '上级资金写金额（例如 12.50）或文字（例如 "（分级填报）"），也可以空着。'}),
]


@pytest.fixture(scope="module")
def chinese_editor():
    server = LanguageServer(ROOT, locale="zh-cn", schemas=WORKSPACE_SCHEMAS)
    yield server
    server.close()


@pytest.mark.parametrize("name, base, old, new, expected", CHINESE_EDITOR_MISTAKES, ids=[m[0] for m in CHINESE_EDITOR_MISTAKES])
def test_a_chinese_editor_says_in_the_schema_s_words_what_to_write(chinese_editor, name, base, old, new, expected):
    assert old in base
    text = base.replace(old, new, 1)
    shown = editor_lines(chinese_editor, "chinese", text)
    assert shown == expected
    assert set(shown) == checker_lines(text), "on the lines jixiao check names"


@pytest.mark.parametrize("name, base, old, new, expected", BOOLEAN_FOR_TEXT, ids=[m[0] for m in BOOLEAN_FOR_TEXT])
def test_true_or_false_where_text_is_asked_is_refused_by_both_and_a_chinese_editor_says_what_to_write(
        chinese_editor, name, base, old, new, expected):
    assert old in base
    text = base.replace(old, new, 1)
    assert editor_lines(chinese_editor, "boolean", text) == expected
    assert checker_lines(text) == set(expected), "on the lines jixiao check names"


@pytest.mark.parametrize("framework", ["2021", '"2021"'])
def test_a_framework_quoted_or_not_is_accepted_by_both(editor, framework):
    text = SOURCE.replace("年度: 2022\n", f"年度: 2022\n指标体系: {framework}\n")
    assert editor_lines(editor, "framework", text) == {}
    assert checker_lines(text) == set()


def test_the_choices_of_a_value_are_offered_once_each_and_by_a_chinese_name(editor):
    """指标体系 was offered four times (2015, 2021, "2015", "2021"), a 保障措施 item as
    string | number | object."""
    framework = SOURCE.replace("年度: 2022\n", "年度: 2022\n指标体系: \n")
    assert list(completion_items(editor, framework, 3, 6)) == ["2015", "2021"]
    lines = SOURCE.splitlines()
    measures = lines.index("  保障措施:") + 1
    text = "\n".join(lines[:measures] + ["    - "] + lines[measures:]) + "\n"
    assert {label: item["insertText"] for label, item in completion_items(editor, text, measures, 6).items()} == {
        "标题": "标题: ", "内容": "内容: ", "一条措施": "内容: "}


def test_the_totals_a_clerk_may_type_in_the_department_budget_are_accepted_by_both(editor):
    """资金总额 and a 合计 under 收入 or 支出 are checked against their sums (JX204), not refused."""
    typed = HUNAN.replace("资金:\n  收入:\n    一般公共预算: 335.6\n",
                          "资金:\n  资金总额: 335.6\n  收入:\n    一般公共预算: 335.6\n    合计: 335.6\n")
    typed = typed.replace("    基本支出: 275.8\n", "    基本支出: 275.8\n    支出合计: 335.6\n")
    assert editor_lines(editor, "totals", typed) == {}
    assert checker_lines(typed) == set()
    other = typed.replace("  资金总额: 335.6\n", "  总额: 335.6\n")
    assert editor_lines(editor, "totals", other) == {68: "「资金」里可写的键：资金总额、收入、支出。"}
    assert checker_lines(other) == {68}


def test_completion_under_income_offers_the_four_usual_sources_and_another_name_is_no_mistake(editor):
    """Another name (其它资金) is a warning of jixiao check (JX304), not a mistake of format."""
    assert tuple(schema()["properties"]["资金"]["properties"]["收入"]["properties"]) == INCOME_SOURCES
    income = "    一般公共预算: 335.6\n    政府性基金拨款: 0\n    纳入专户管理的非税收入拨款: 0\n    其他资金: 0\n"
    assert income in HUNAN
    text = HUNAN.replace(income, "    一般公共预算: 335.6\n    \n", 1)
    items = completion_items(editor, text, text.splitlines().index("    一般公共预算: 335.6") + 1, 4)
    assert {label: item["insertText"] for label, item in items.items() if label != "property"} == {
        "政府性基金拨款": "政府性基金拨款: ${1:0}", "纳入专户管理的非税收入拨款": "纳入专户管理的非税收入拨款: ${1:0}",
        "其他资金": "其他资金: ${1:0}"}
    assert items["纳入专户管理的非税收入拨款"]["documentation"] == "收入性质：纳入财政专户管理的非税收入拨款。"
    other = HUNAN.replace(income, "    一般公共预算: 335.6\n    其它资金: 0\n", 1)
    assert editor_lines(editor, "income", other) == {}
    assert checker_lines(other) == set()


def completion_items(editor, text: str, line: int, character: int) -> dict[str, dict]:
    """The items the editor offers at a place of ``text`` (0-based), by label."""
    uri = editor.open(FILINGS / f"_completion_{next(OPENED)}.yaml", text)
    editor.diagnostics_of(uri)
    result = editor.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                        "position": {"line": line, "character": character}})
    return {item["label"]: item for item in (result["items"] if isinstance(result, dict) else result)}


def completion_labels(editor, text: str, line: int, character: int) -> set[str]:
    """The labels the editor offers at a place of ``text``."""
    return set(completion_items(editor, text, line, character))


def test_completion_offers_the_keys_with_their_chinese_documentation(editor):
    text = SOURCE.replace("    编码: 13030322P00404010001D\n", "    \n", 1)
    items = completion_items(editor, text, text.splitlines().index("    "), 4)
    project = schema()["$defs"]["project"]["properties"]
    assert {"编码", "其他资金", "预算数", "实施期目标"} <= set(items)
    assert not {"名称", "用途", "依据"} & set(items), "keys already written are not offered again"
    for key in ("编码", "其他资金", "预算数"):
        documentation = items[key].get("documentation")
        text_of = documentation["value"] if isinstance(documentation, dict) else documentation
        assert project[key]["description"] in text_of


def test_completion_offers_the_indicator_frameworks_names(editor):
    """Under 绩效指标 the 一级 names not yet written, under a 一级 its 二级 names in either
    framework (any key is still allowed: a framework of the province's own is the
    checker's business, JX406; a 二级 under another 一级, JX407)."""
    lines = SOURCE.splitlines()
    first = lines.index("      产出指标:")
    text = "\n".join(lines[:first] + ["      "] + lines[first:]) + "\n"
    level1 = completion_labels(editor, text, first, 6)
    assert {"满意度指标", "成本指标"} <= level1
    assert not {"产出指标", "效益指标"} & level1, "those written are not offered again"
    benefit = lines.index("      效益指标:", first)
    text = "\n".join(lines[:benefit + 1] + ["        "] + lines[benefit + 1:]) + "\n"
    level2 = completion_labels(editor, text, benefit + 1, 8)
    assert {"经济效益指标", "生态效益指标", "可持续影响指标"} <= level2
    assert not {"数量指标", "成本指标", "服务对象满意度指标", "生态环境成本指标"} & level2, "other 一级's 二级 are not offered"
    assert "社会效益指标" not in level2, "those written are not offered again"
    level1s = schema()["$defs"]["indicators"]["properties"]
    offered = {level1: tuple(properties["properties"]) for level1, properties in level1s.items()}
    assert offered == {level1: tuple(dict.fromkeys(name for levels in FRAMEWORKS.values() for name in levels.get(level1, ())))
                       for level1 in offered}
    assert set(offered) == {level1 for levels in FRAMEWORKS.values() for level1 in levels}


# (the start of the line hovered, the key's own title and description)
HOVERED = [
    ("    财政资金: ", "财政资金", "其中：财政资金（财政拨款、年度本级预算金额）。"),
    # keys that the forms print under another label (x-labels) showed the generic 一段文字。
    ("    用途: ", "用途", "资金用途（河北版），主要内容（新疆版）。"),
    ("    依据: ", "依据", "本项目各指标默认的 指标值确定依据（湖南版 绩效标准），例如 年度工作计划。"),
    ("            指标值: ", "指标值", "照表上写法，例如 ≥90%、≤12.80万元、0件、是/否；以 > 开头时加引号。"),
    ("  总体目标: ", "总体目标", "一段文字，或逐条列出（自动编号 1. / 1、）。段落之间空一行。"),
    # the frameworks' names showed the generic 一级指标 and 二级指标
    ("      产出指标:", "产出指标", "一级指标；下面写二级指标：数量指标、质量指标、时效指标、成本指标。"),
    ("        成本指标:", "成本指标", "二级指标（2015 年指标体系里属于产出指标；2021 年体系里成本指标是一级指标）；下面逐条列出三级指标。"),
]


@pytest.mark.parametrize("start, title, description", HOVERED, ids=[h[1] for h in HOVERED])
def test_hover_on_a_key_shows_its_own_chinese_description(editor, start, title, description):
    uri = editor.open(FILINGS / f"_hover_{next(OPENED)}.yaml", SOURCE)
    editor.diagnostics_of(uri)
    line = next(number for number, text in enumerate(SOURCE.splitlines()) if text.startswith(start))
    hover = editor.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": {"line": line, "character": len(start) - len(start.lstrip()) + 1}})
    assert hover["contents"]["value"].startswith(f"#### {title}\n\n{description}\n\n")


def inserted(editor, text: str, after: str, indent: int) -> dict[str, str]:
    """Label → the text that completion inserts, on a new line of ``indent`` spaces after
    the first line of ``text`` that is ``after``."""
    lines = text.splitlines()
    line = lines.index(after) + 1
    items = completion_items(editor, "\n".join(lines[:line] + [" " * indent] + lines[line:]) + "\n", line, indent)
    return {label: item.get("insertText", label) for label, item in items.items()}


def test_completion_writes_the_colon_after_every_key(editor):
    """A key written with only its name, without the colon (依据, 用途 and 指标值 as the forms
    label them; the frameworks' 一级 and 二级), made the clerk's next line a YAML error."""
    project = SOURCE.replace("    用途: 开展扫黑除恶工作,保障日常工作正常运转。\n", "", 1).replace("    绩效目标: 持续推进扫黑除恶各项工作。\n", "", 1)
    assert {key: written for key, written in inserted(editor, project, "    依据: 年度工作计划", 4).items()
            if key in ("用途", "预算数", "绩效目标")} == {"用途": "用途: ", "预算数": "预算数: ${1:0}", "绩效目标": "绩效目标:\n  - "}
    indicator = SOURCE.replace("            指标值: 开展扫黑除恶宣传情况\n", "", 1)
    assert inserted(editor, indicator, "          - 名称: 宣传、活动开展次数", 12)["指标值"] == "指标值: "
    assert inserted(editor, SOURCE, "            指标值: 开展扫黑除恶宣传情况", 12)["依据"] == "依据: "
    assert inserted(editor, SOURCE.replace("      产出指标:", "      其他指标:", 1), "    绩效指标:", 6)["产出指标"] == "产出指标:\n  "
    assert inserted(editor, SOURCE, "      效益指标:", 8)["经济效益指标"] == "经济效益指标:\n  - 名称: $1\n    指标值: $2"


def waived(code: str) -> str:
    """A filing whose one project, with a single indicator (JX405), accepts ``code`` on line 5
    (the examples of JX461), at column 12."""
    return Example(WAIVER % code).filing()


def checked(tmp_path, text: str) -> list[str]:
    """The lines of `jixiao check`'s report on ``text`` that name a place in it."""
    (tmp_path / "x.yaml").write_text(text, encoding="utf-8")
    return [line for line in run_jixiao("check", "x.yaml", cwd=tmp_path).stderr.splitlines() if line.startswith("x.yaml:")]


JX405 = "**三级指标太少**（警告）\n\n一个项目少于 3 个三级指标，难以全面反映绩效目标。"


def test_completion_under_a_waiver_offers_the_warnings_with_their_title_and_explanation(editor):
    """Every code that is a warning by default, but the two no 接受警告 can cover (JX013 of
    the file's first line, JX462 of 接受警告 themselves), and no error (JX301 is one
    everywhere; JX401 one that a bureau may lower); hover on a written code says the same."""
    text = waived("JX405").replace("    接受警告: {JX405: 会议保障项目，只有一个指标}\n", "    接受警告:\n      \n")
    items = completion_items(editor, text, 5, 6)
    offered = {label for label in items if re.fullmatch("JX[0-9]{3}", label)}
    assert offered == {code for code, rule in CODES.items() if rule.severity == WARNING} - {"JX013", "JX462"}
    assert {"JX405", "JX425", "JX441"} <= offered and not {"JX301", "JX401", "JX461"} & offered
    assert items["JX405"]["documentation"] == {"kind": "markdown", "value": JX405}
    uri = editor.open(FILINGS / f"_hover_{next(OPENED)}.yaml", waived("JX405"))
    editor.diagnostics_of(uri)
    hover = editor.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 4, "character": 13}})
    assert hover["contents"]["value"].startswith(f"#### JX405\n\n{JX405}\n\n")


def test_a_waiver_of_an_error_no_bureau_may_lower_is_refused_by_both_on_its_key_once(editor, tmp_path):
    text = waived("JX301")
    shown = editor.diagnostics_of(editor.open(FILINGS / f"_waiver_{next(OPENED)}.yaml", text))
    assert [(d["range"]["start"], d["message"]) for d in shown] == [(
        {"line": 4, "character": 11},
        "不能接受 JX301：JX301（负数金额）是错误，只能改正。删除这一条；运行 jixiao rules 查看哪些规则可以接受。")]
    assert [line for line in checked(tmp_path, text) if "错误[" in line] == [
        "x.yaml:5:12: 错误[JX461]: 不能接受 JX301：JX301（负数金额）是错误，只能改正"]


@pytest.mark.parametrize("code, title", [("JX013", "编辑器找不到 schema"), ("JX462", "接受警告没有对应的警告")])
def test_a_waiver_of_a_warning_no_waiver_can_cover_is_refused_by_both_on_its_key_once(editor, tmp_path, code, title):
    """JX013 is of the file's first line, JX462 of 接受警告 themselves: jixiao said JX462
    of such a line (接受了 JX013，但这里没有这条警告), the editor offered it."""
    text = waived(code)
    refused = f"不能接受 {code}：{code}（{title}）不能用“接受警告”接受，只能改正"
    shown = editor.diagnostics_of(editor.open(FILINGS / f"_waiver_{next(OPENED)}.yaml", text))
    assert [(d["range"]["start"], d["message"]) for d in shown] == [
        ({"line": 4, "character": 11}, f"{refused}。删除这一条；运行 jixiao rules 查看哪些规则可以接受。")]
    assert [line for line in checked(tmp_path, text) if line.startswith("x.yaml:5:")] == [
        f"x.yaml:5:12: 错误[JX461]: {refused}"]


def test_a_waiver_of_a_warning_is_clean_in_both(editor, tmp_path):
    text = waived("JX405")
    assert editor_lines(editor, "waiver", text) == {}
    report = checked(tmp_path, text)  # warnings of other lines (JX403 …), and none of JX405: it is accepted
    assert report and not [line for line in report if "错误[" in line or line.startswith("x.yaml:5:") or "JX405" in line]


@pytest.mark.parametrize("code, refused", [
    ("JX401", "JX401（项目没有绩效目标）是错误，只能改正"),  # an error a bureau may lower: its jixiao.yaml decides
    ("JX999", "没有这条规则"),
])
def test_a_waiver_of_an_adjustable_error_or_an_unknown_code_is_left_to_jixiao_check(editor, tmp_path, code, refused):
    text = waived(code)
    assert editor_lines(editor, "waiver", text) == {}
    assert [line for line in checked(tmp_path, text) if "错误[" in line] == [
        f"x.yaml:5:12: 错误[JX461]: 不能接受 {code}：{refused}"]


def test_the_project_settings_give_every_filing_under_filings_the_schema(tmp_path):
    """.vscode/settings.json maps the schema onto filings/ and its subfolders, for files
    without (or with a broken) modeline; other YAML files are left alone."""
    server = LanguageServer(ROOT, schemas=WORKSPACE_SCHEMAS)
    try:
        shown = {path: [d["message"] for d in server.diagnostics_of(server.open(ROOT / path, "版式: 河南\n"))]
                 for path in ("filings/x.yaml", "filings/2025/x.yaml", "other/x.yaml")}
    finally:
        server.close()
    assert "版式只能是 河北、湖南、新疆 之一。" in shown["filings/x.yaml"]
    assert shown["filings/2025/x.yaml"] == shown["filings/x.yaml"]
    assert shown["other/x.yaml"] == []


def wrong_layout(path) -> tuple[str, int]:
    """The text of the new filing at ``path`` with 版式 misspelt, and that line (1-based)."""
    text = path.read_text(encoding="utf-8").replace("版式: 河北\n", "版式: 河南\n")
    return text, text.splitlines().index("版式: 河南") + 1


def test_a_new_filing_in_a_subfolder_of_a_mapped_workspace_is_checked_in_chinese(tmp_path):
    """`jixiao new filings/2027/x.yaml` in a repository whose settings map filings/ (as
    README tells a bureau to write them): no modeline, and the editor checks it."""
    repository = tmp_path / "财政局 仓库"
    subprocess.run(["git", "init", "-q", str(repository)], check=True)
    schemas = {str(SCHEMA_FILE): ["filings/**/*.yaml", "filings/**/*.yml"]}
    (repository / ".vscode").mkdir()
    (repository / ".vscode" / "settings.json").write_text(json.dumps({"yaml.schemas": schemas}), encoding="utf-8")
    (repository / "filings" / "2027").mkdir(parents=True)
    assert run_jixiao("new", "filings/2027/x.yaml", cwd=repository).returncode == 0
    text, line = wrong_layout(repository / "filings" / "2027" / "x.yaml")
    server = LanguageServer(repository, locale="zh-cn", schemas=schemas)
    try:
        shown = server.diagnostics_of(server.open(repository / "filings" / "2027" / "x.yaml", text))
    finally:
        server.close()
    assert [(d["range"]["start"]["line"] + 1, d["message"]) for d in shown] == [(line, "版式只能是 河北、湖南、新疆 之一。")]


def test_a_new_filing_outside_any_workspace_is_still_checked_after_it_moves(tmp_path):
    """Its modeline names the schema wherever the file goes (here with a space in its path),
    and the editor, without any workspace settings, checks it."""
    folder = tmp_path / "单位 甲"
    folder.mkdir()
    assert run_jixiao("new", "x.yaml", cwd=folder).returncode == 0
    moved = tmp_path / "别处" / "filings" / "2027" / "x.yaml"
    moved.parent.mkdir(parents=True)
    (folder / "x.yaml").rename(moved)
    text, line = wrong_layout(moved)
    server = LanguageServer(tmp_path, locale="zh-cn")
    try:
        shown = server.diagnostics_of(server.open(moved, text))
    finally:
        server.close()
    assert [(d["range"]["start"]["line"] + 1, d["message"]) for d in shown] == [(line, "版式只能是 河北、湖南、新疆 之一。")]
