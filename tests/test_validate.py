"""Schema validation in Chinese, with the exact line:column of every problem."""

import json

import pytest

from jixiao.load import load_bytes
from jixiao.paths import SCHEMA_FILE
from jixiao.validate import validate

MINIMAL = """\
版式: 河北
年度: 2022
部门:
  名称: 政法委部门
  单位编码: "216001"
整体绩效目标:
  总体目标: 维护稳定。
项目:
  - 名称: 扫黑除恶工作经费
    财政资金: 10.00
    支出计划: {3月底: 25%, 6月底: 50, 10月底:, 12月底: 100%}
    绩效指标:
      产出指标:
        数量指标:
          - 名称: 宣传次数
            指标值: ≥3次
"""


def findings_of(source: str):
    return validate(load_bytes(source.encode("utf-8"), "x.yaml"))


def where(finding):
    return (finding.location.line, finding.location.column)


def test_minimal_filing_is_valid():
    assert findings_of(MINIMAL) == []


def test_unknown_key_names_the_closest_valid_key():
    findings = findings_of(MINIMAL.replace("    财政资金: 10.00\n", "    财正资金: 10.00\n"))
    [finding] = [f for f in findings if f.code == "JX100"]
    assert finding.message == "未知的键「财正资金」，是否想写 财政资金？"
    assert where(finding) == (10, 5)
    assert finding.hint.startswith("这一层可用的键：名称、编码、财政资金")


@pytest.mark.parametrize("value, key, column, hint", [
    ("≥1,200人次", "200人次", 32, "数字不写千位分隔符：写成 ≥1200人次"),
    ("≥12,5%", "5%", 33, "小数点写“.”，不写逗号：写成 ≥12.5%"),
    ("较上年提高5个百分点, 达到95%", "达到95%", 41, "值里的逗号写中文逗号“，”（数字不写千位分隔符），或给整个值加引号"),
    ("2023,2024年各1次", "2024年各1次", 34, "值里的逗号写中文逗号“，”（数字不写千位分隔符），或给整个值加引号"),  # two years
])
def test_an_english_comma_that_split_a_value_in_braces_is_named(value, key, column, hint):
    source = MINIMAL.replace("          - 名称: 宣传次数\n            指标值: ≥3次\n",
                             f"          - {{名称: 宣传次数, 指标值: {value}}}\n")
    [finding] = findings_of(source)
    assert finding.message == f"「{key}」前面的英文逗号把上一项的值断开了：在 {{…}} 里，英文逗号分隔的是各项"
    assert where(finding) == (15, column)
    assert finding.hint == hint


@pytest.mark.parametrize("old, new, key, meant, at", [
    ("    财政资金: 10.00\n", "    财政资金: 10.00\n    主要内容: 开展工作\n", "主要内容", "用途", (11, 5)),
    ("    财政资金: 10.00\n", "    财政资金: 10.00\n    总额: 10.00\n", "总额", "预算数", (11, 5)),
    ("项目:\n", "任务:\n", "任务", "项目", (8, 1)),
    ("          - 名称: 宣传次数\n", "          - 三级指标: 宣传次数\n", "三级指标", "名称", (15, 13)),
    ("            指标值: ≥3次\n", "            指标值及单位: ≥3次\n", "指标值及单位", "指标值", (16, 13)),
])
def test_a_printed_form_s_label_typed_as_a_key_is_told_the_key_it_is_written_as(old, new, key, meant, at):
    findings = findings_of(MINIMAL.replace(old, new))
    assert [(f.code, where(f), f.message, f.hint) for f in findings if f.code in ("JX100", "JX101")] == [
        ("JX100", at, f"未知的键「{key}」：表上的「{key}」，在申报文件里写作「{meant}」", f"把键改成「{meant}」")]


def test_a_number_with_several_thousands_separators_is_told_whole_at_each():
    source = MINIMAL.replace("          - 名称: 宣传次数\n            指标值: ≥3次\n",
                             "          - {名称: 宣传次数, 指标值: ≥1,200,000人次}\n")
    assert [(f.code, where(f), f.hint) for f in findings_of(source)] == [
        ("JX100", (15, 32), "数字不写千位分隔符：写成 ≥1200000人次"), ("JX100", (15, 36), "数字不写千位分隔符：写成 ≥1200000人次")]


def test_a_decimal_comma_in_a_spending_plan_is_told_to_be_a_point():
    [finding] = findings_of(MINIMAL.replace("{3月底: 25%,", "{3月底: 12,5%,"))
    assert (finding.code, where(finding), finding.message, finding.hint) == (
        "JX100", (11, 20), "「5%」前面的英文逗号把上一项的值断开了：在 {…} 里，英文逗号分隔的是各项",
        "小数点写“.”，不写逗号：写成 12.5%")


def test_wrong_type_says_what_was_expected():
    [finding] = findings_of(MINIMAL.replace("财政资金: 10.00", "财政资金: 十万"))
    assert finding.message == "「财政资金」应为数字，这里写的是「十万」"
    assert where(finding) == (10, 11)


@pytest.mark.parametrize("written, hint", [
    ("1,000.00", "数字里不写千位分隔符：写成 1000.00"),
    ("1,234.56", "数字里不写千位分隔符：写成 1234.56"),
    ("1，234，567", "数字里不写千位分隔符：写成 1234567"),
    ("10,00", "数字里不写逗号：逗号若是小数点，写成 10.00；若是千位分隔符，写成 1000"),
    ("1,2,3", "数字里不写逗号：只写数字和小数点，例如 1234.56"),
    ("10。00", "「。」应是小数点“.”：写成 10.00"),
    ("10．5", "「．」应是小数点“.”：写成 10.5"),
    ("１０.００", "把全角数字改成半角数字，例如 12.50"),
    ("1_000", "只写十进制数字，例如 12.50（YAML 1.1 会把这种写法读成别的数）"),
    ("0x1F", "只写十进制数字，例如 12.50（YAML 1.1 会把这种写法读成别的数）"),
    ("10万元", "写成 10（单位是万元）"),
    ("约10万元", "只写数字，不带单位：单位由“金额单位”统一规定"),
    ("10%", "只写数字，不带 %，例如 20"),
    ("10.00\u00a0", "数字前后有看不见的空白字符（U+00A0，多半是从表格里复制来的）：删掉它，只留数字"),
    ("\u300010.00\u2009", "数字前后有看不见的空白字符（U+2009、U+3000，多半是从表格里复制来的）：删掉它，只留数字"),
    ("3O", "「O」是字母，不是数字 0：写成 30"),  # the preview's font shows 3O as 30
    ("l2.5", "「l」是字母，不是数字 1：写成 12.5"),
    ("IO.5", "「I」是字母，不是数字 1、「O」是字母，不是数字 0：写成 10.5"),
    ("Olympic", "写成数字，例如 12.50"),
])
def test_amount_written_another_way_gets_a_precise_hint(written, hint):
    [finding] = findings_of(MINIMAL.replace("财政资金: 10.00", f"财政资金: {written}"))
    assert finding.hint == hint


@pytest.mark.parametrize("old, new, expected", [
    ("部门:\n  名称: 政法委部门\n  单位编码: \"216001\"\n", "部门: 政法委部门\n",
     ((3, 5), "「部门」应为一组“键: 值”，这里写的是「政法委部门」", "写成 部门: {名称: 政法委部门}")),
    ("          - 名称: 宣传次数\n            指标值: ≥3次\n", "          - 宣传次数 ≥3次\n",
     ((15, 13), "「数量指标」第 1 项应为一组“键: 值”，这里写的是「宣传次数 ≥3次」", "写成 - {名称: 宣传次数, 指标值: ≥3次}")),
    ("部门:\n  名称: 政法委部门\n  单位编码: \"216001\"\n", "部门:\n  名称： 政法委部门\n",  # the key typed in the text
     ((4, 3), "「部门」应为一组“键: 值”，这里写的是「名称： 政法委部门」", "写成 部门: {名称: 政法委部门}")),
    ("          - 名称: 宣传次数\n            指标值: ≥3次\n", "          - 宣传次数≥3次\n",  # no blank: split before ≥
     ((15, 13), "「数量指标」第 1 项应为一组“键: 值”，这里写的是「宣传次数≥3次」", "写成 - {名称: 宣传次数, 指标值: ≥3次}")),
    ("          - 名称: 宣传次数\n            指标值: ≥3次\n", "          - 名称：宣传次数 指标值：≥3次\n",
     ((15, 13), "「数量指标」第 1 项应为一组“键: 值”，这里写的是「名称：宣传次数 指标值：≥3次」",
      "写成 - {名称: 宣传次数, 指标值: ≥3次}")),
    ("          - 名称: 宣传次数\n            指标值: ≥3次\n", "          名称: 宣传次数\n          指标值: ≥3次\n",
     ((15, 11), "「数量指标」应为列表（每项以“- ”开头），这里写的是一组“键: 值”",
      "列表的每一项以「- 」开头：在「名称:」前加「- 」，这一项的其余键再多缩进两个空格，与「名称」对齐")),
])
def test_a_mapping_or_a_list_written_another_way_is_told_what_to_write(old, new, expected):
    [finding] = findings_of(MINIMAL.replace(old, new))
    assert (where(finding), finding.message, finding.hint) == expected


LOOK_ALIKE_HINT = "把键改成「财政资金」：删掉多余的字符，或用键盘重新打出来"


@pytest.mark.parametrize("written, expected", [
    ("财政资金\u3000", ((10, 9), "未知的键「财政资金\u3000」：「财政资金」后面多了一个全角空格（U+3000，中文输入法全角状态下打的空格），"
                               "看不出来，却让它成了另一个键", LOOK_ALIKE_HINT)),
    ("财政资\u2fa6", ((10, 8), "未知的键「财政资\u2fa6」：其中的「\u2fa6」（U+2FA6，康熙部首，多半是从 PDF 里复制来的）只是长得像「金」，"
                            "是另一个字符", LOOK_ALIKE_HINT)),
])
def test_a_key_that_only_looks_like_a_known_key_is_named_with_its_difference(written, expected):
    findings = findings_of(MINIMAL.replace("    财政资金: 10.00", f"    {written}: 10.00"))
    [finding] = [f for f in findings if f.code == "JX100"]
    assert (where(finding), finding.message, finding.hint) == expected


def test_a_part_of_a_key_suggests_the_keys_of_its_mapping_that_hold_it():
    findings = findings_of(MINIMAL.replace("    财政资金: 10.00", "    资金: 10.00"))
    [finding] = [f for f in findings if f.code == "JX100"]
    assert finding.message == "未知的键「资金」，是否想写 财政资金 或 其他资金 或 上级资金？"


def test_a_close_key_suggested_is_one_not_written_yet():
    [finding] = findings_of(MINIMAL.replace("6月底: 50, 10月底:,", "6月底: 50%, 9月底: 75%,"))
    assert (finding.code, where(finding), finding.message) == ("JX100", (11, 32), "未知的键「9月底」，是否想写 10月底？")


@pytest.mark.parametrize("anchor, written, item", [
    ("整体绩效目标:\n", "部门职能:\n{items}整体绩效目标:\n", "  - 协调政法工作\n"),
    ("  总体目标: 维护稳定。\n", "  总体目标: 维护稳定。\n  分项目标:\n{items}", "    - 名称: 加强法治建设\n"),
    ("  总体目标: 维护稳定。\n", "  总体目标: 维护稳定。\n  保障措施:\n{items}", "    - 完善制度建设\n"),
])
def test_every_list_of_texts_has_a_limit(anchor, written, item):
    name = written.replace(anchor, "").split(":")[0].strip()
    assert findings_of(MINIMAL.replace(anchor, written.format(items=item * 500), 1)) == []
    [finding] = findings_of(MINIMAL.replace(anchor, written.format(items=item * 501), 1))
    assert (finding.code, finding.message, finding.hint) == (
        "JX107", f"「{name}」太多（501 项，最多 500 项）", "请检查是否重复粘贴了内容")


@pytest.mark.parametrize("unit, written, hint", [
    (None, "十二万", "写成 12（单位是万元）"),
    ("万元", "十二万元", "写成 12（单位是万元）"),
    ("元", "十二万", "写成 120000（单位是元）"),
    (None, "十二万五千", "写成 12.5（单位是万元）"),
    (None, "十二万五", "写成 12.5（单位是万元）"),
    (None, "一百二十点五万元", "写成 120.5（单位是万元）"),
    (None, "壹拾贰万元", "写成 12（单位是万元）"),
    (None, "三千二百元", "写成 0.32（单位是万元）"),
    ("元", "两千零五十", "写成 2050（单位是元）"),
    ("元", "一亿", "写成 100000000（单位是元）"),
    (None, "十二", "写成 12（单位是万元）"),
    ("元", "3.5万元", "写成 35000（单位是元）"),
    (None, "3万5", "写成 3.5（单位是万元）"),  # as it is said: 3万5 is 三万五千
    ("元", "1万2", "写成 12000（单位是元）"),
    (None, "128000元", "写成 12.8（单位是万元）"),  # digits in 元 where amounts are in 万元
])
def test_an_amount_written_as_it_is_said_is_told_the_number_in_the_filing_s_unit(unit, written, hint):
    source = MINIMAL.replace("财政资金: 10.00", f"财政资金: {written}")
    [finding] = findings_of(source if unit is None else source.replace("年度: 2022\n", f"年度: 2022\n金额单位: {unit}\n"))
    assert (finding.code, finding.message, finding.hint) == ("JX103", f"「财政资金」应为数字，这里写的是「{written}」", hint)


@pytest.mark.parametrize("unit, written, hint", [
    (None, "335.59999999999997", "小数位太多（多半是从电子表格复制来的计算结果）：四舍五入到 4 位小数，写成 335.6000"),
    ("元", "3355999.9999999999997", "小数位太多（多半是从电子表格复制来的计算结果）：四舍五入到 2 位小数，写成 3356000.00"),
    (None, "1e20", "这个数太大，不会是预算里的数：核对是否多写了数字或写错了指数"),
])
def test_a_number_no_budget_has_is_told_so_not_that_it_is_no_number(unit, written, hint):
    """A spreadsheet's float pasted (335.59999999999997) was told 应为数字 and to write a number."""
    source = MINIMAL.replace("财政资金: 10.00", f"财政资金: {written}")
    [finding] = findings_of(source if unit is None else source.replace("年度: 2022\n", f"年度: 2022\n金额单位: {unit}\n"))
    assert (finding.code, finding.message, finding.hint) == ("JX103", f"「财政资金」写的数「{written}」不会是预算里的数", hint)


def test_a_weight_in_chinese_numerals_is_told_its_digits_without_a_unit():
    [finding] = findings_of(MINIMAL.replace("指标值: ≥3次", "指标值: ≥3次\n            权重: 十"))
    assert (where(finding), finding.message, finding.hint) == ((17, 17), "「权重」应为数字，这里写的是「十」", "写成 10")


@pytest.mark.parametrize("written, hint", [
    ("2027年", "写成 2027（不带“年”）"),
    ("2027 年度", "写成 2027（不带“年度”）"),
    ("２０２７", "把全角数字改成半角数字，例如 2022"),
    ("2_027", "只写十进制数字，例如 2022（YAML 1.1 会把这种写法读成别的数）"),
    ("明年", "写成数字，例如 2022"),
])
def test_a_year_written_another_way_is_told_to_be_an_integer_not_an_amount(written, hint):
    [finding] = findings_of(MINIMAL.replace("年度: 2022", f"年度: {written}"))
    assert (where(finding), finding.message, finding.hint) == ((2, 5), f"「年度」应为整数，这里写的是「{written}」", hint)


def test_a_year_in_chinese_numerals_is_to_be_written_in_digits():
    [finding] = findings_of(MINIMAL.replace("年度: 2022", "年度: 二〇二二"))
    assert (finding.message, finding.hint) == ("「年度」应为整数，这里写的是「二〇二二」", "写成阿拉伯数字，例如 2025")


def test_a_numbering_without_its_number_says_what_it_lacks():
    [finding] = findings_of(MINIMAL.replace("项目:\n", '样式: {项目编号格式: "无编号"}\n项目:\n', 1))
    assert (finding.code, finding.message, finding.hint) == (
        "JX106", "「项目编号格式」的写法不对，这里写的是「无编号」", "项目编号格式里要有 {序号}，例如 \"{序号}.\"。")


@pytest.mark.parametrize("edit, message", [
    (("    财政资金: 10.00\n", "    财政资金: 10.00\n    3月底: 25%\n"),
     "未知的键「3月底」：它是「项目 › 支出计划」里的键，应写在「支出计划:」下面"),
    (("    财政资金: 10.00\n", "    财政资金: 10.00\n    指标值: 100%\n"),
     "未知的键「指标值」：它是「项目 › 绩效指标 › 一级指标 › 二级指标」里的键，应写在「二级指标:」下面以「- 」开头的一项里"),
    (("版式: 河北\n", "版式: 河北\n财政资金: 10.00\n"),
     "未知的键「财政资金」：它是「项目」里的键，应写在「项目:」下面以「- 」开头的一项里"),
    (("版式: 河北\n", "版式: 河北\n名称: 政法委\n"), "未知的键「名称」：它是「部门」或「项目」里的键"),
    (("  总体目标: 维护稳定。\n", "  总体目标: 维护稳定。\n  项目编号格式: \"{序号}.\"\n"),
     "未知的键「项目编号格式」：它是「样式」里的键，应写在「样式:」下面"),
    (("  名称: 政法委部门\n", "  名称: 政法委部门\n  年度: 2022\n"), "未知的键「年度」：它是文件最外层的键，应顶格写，不缩进"),
    (("    财政资金: 10.00\n", "    财政资金: 10.00\n    JX405: 专项保障项目\n"),
     "未知的键「JX405」：它是「项目 › 接受警告」里的键，应写在「接受警告:」下面"),
    (("    财政资金: 10.00\n", "    财政资金: 10.00\n    JX301: 专项保障项目\n"), "未知的键「JX301」"),  # an error: no waiver
])
def test_a_key_written_at_the_wrong_level_says_where_it_belongs(edit, message):
    [finding] = findings_of(MINIMAL.replace(*edit))
    assert finding.message == message


@pytest.mark.parametrize("blank", ['""', '"   "', "'　'"])
def test_a_required_text_that_is_blank_is_an_error(blank):
    [finding] = findings_of(MINIMAL.replace("  - 名称: 扫黑除恶工作经费", f"  - 名称: {blank}"))
    assert (finding.code, finding.message, where(finding)) == ("JX105", "「名称」不能为空", (9, 9))


@pytest.mark.parametrize("blank", ['""', "'　'"])
def test_a_blank_measure_is_an_error_not_a_bare_number_printed(blank):
    source = MINIMAL.replace("  总体目标: 维护稳定。\n", f"  总体目标: 维护稳定。\n  保障措施:\n    - {blank}\n    - 加强领导。\n")
    [finding] = findings_of(source)
    assert (finding.code, finding.message, where(finding)) == ("JX105", "「保障措施」第 1 项不能为空", (9, 7))
    assert finding.hint == "在「- 」后面写上文字，或删除这一行"  # the item has no colon


@pytest.mark.parametrize("year", ["22", "2222"])
def test_a_year_out_of_range_is_an_error(year):
    [finding] = findings_of(MINIMAL.replace("年度: 2022", f"年度: {year}"))
    assert (finding.code, finding.message, finding.hint) == (
        "JX199", f"「年度」应在 2000 到 2100 之间，这里写的是「{year}」", "预算年度，四位数字，例如 2022。")


def test_missing_required_key_is_reported_at_its_parent():
    [finding] = findings_of(MINIMAL.replace("    财政资金: 10.00\n", ""))
    assert finding.message == "「项目」第 1 项缺少必填项「财政资金」"
    assert where(finding) == (9, 5)


def test_blank_required_value_is_an_error_at_its_key():
    [finding] = findings_of(MINIMAL.replace("  名称: 政法委部门", "  名称:"))
    assert finding.message == "「名称」不能为空"
    assert where(finding) == (4, 3)


def test_enum_lists_the_choices():
    [finding] = findings_of(MINIMAL.replace("版式: 河北", "版式: 河南"))
    assert finding.message == "「版式」只能是 河北、湖南、新疆 之一，这里写的是「河南」"
    assert where(finding) == (1, 5)


def test_yes_is_not_a_boolean():
    [finding] = findings_of(MINIMAL + "样式:\n  显示项目汇总表: yes\n")
    assert finding.message == "「显示项目汇总表」应写 true（是）或 false（否），这里写的是「yes」"
    assert where(finding) == (18, 12)


@pytest.mark.parametrize("value", ["true", "False", "TRUE"])
def test_a_plain_boolean_is_not_text_as_in_the_editor(value):
    [finding] = findings_of(MINIMAL.replace("指标值: ≥3次", f"指标值: {value}"))
    assert finding.message == f"「指标值」应为文字或数字，这里写的是「{value}」"
    assert finding.hint == f"不加引号的 {value} 是真假值，不是文字：写出要印的文字（如 是、否），或加引号写成 \"{value}\""
    assert findings_of(MINIMAL.replace("指标值: ≥3次", f"指标值: \"{value}\"")) == []


def test_a_full_width_colon_inside_braces_is_named():
    source = MINIMAL.replace("          - 名称: 宣传次数\n            指标值: ≥3次\n", "          - {名称：宣传次数, 指标值: ≥3次}\n")
    found = [(f.code, f.message, f.hint, where(f)) for f in findings_of(source)]
    assert found == [("JX100", "「名称」后面是全角冒号“：”", "键后面要用半角冒号“:”再加一个空格：写成“名称: 宣传次数”", (15, 14))]


def test_a_full_width_colon_after_a_comma_inside_braces_is_named_too():
    source = MINIMAL.replace("          - 名称: 宣传次数\n            指标值: ≥3次\n", "          - {指标值: ≥3次, 名称：宣传次数}\n")
    assert [(f.code, f.message) for f in findings_of(source)] == [("JX100", "「名称」后面是全角冒号“：”")]


def test_an_empty_key_is_pointed_at_where_it_is_written():
    source = ("版式: 湖南\n年度: 2027\n部门: {名称: 甲}\n整体绩效目标: {总体目标: 好}\n"
              "资金:\n  收入:\n    一般公共预算: 1\n    \"\": 0\n  支出: {基本支出: 1}\n")
    [finding] = [f for f in findings_of(source) if f.code == "JX105"]
    assert (finding.message, where(finding)) == ("「收入」里的键不能为空", (8, 5))


def test_empty_indicator_group_is_an_error():
    [finding] = findings_of(MINIMAL.replace("          - 名称: 宣传次数\n            指标值: ≥3次\n", "          []\n"))
    assert finding.message == "「数量指标」不能为空"


def test_every_error_is_reported_not_only_the_first():
    source = MINIMAL.replace("年度: 2022", "年度: 二〇二二").replace("财政资金: 10.00", "财政资金: 十")
    assert [where(f) for f in findings_of(source)] == [(2, 5), (10, 11)]


def _properties(node, path=()):
    """Every property schema in the filing schema, with its path; not the properties that a
    condition (``if``) tests, nor those of a rule for the editor alone (a ``then`` naming the
    rule of jixiao check that reports the same, ``x-reported-by``)."""
    if isinstance(node, dict):
        for name, child in node.get("properties", {}).items():
            yield path + (name,), child
        for key, child in node.items():
            if key != "if" and not (key == "then" and "x-reported-by" in child):
                yield from _properties(child, path + (key,))
    elif isinstance(node, list):
        for child in node:
            yield from _properties(child, path)


def test_every_property_has_a_chinese_title_and_description():
    """A rule code under 接受警告 is titled by its code and described in Markdown (its
    description is the reason's, see jixiao.schema_codes)."""
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    for path, prop in _properties(schema):
        target = prop
        if "$ref" in prop and "description" not in prop:
            target = schema["$defs"][prop["$ref"].rsplit("/", 1)[1]]
        assert prop.get("title"), f"{path} has no title"
        described = target.get("description") or prop.get("description") or prop.get("markdownDescription", "")
        assert described, f"{path} has no description"
        chinese = described if path[-2:-1] == ("waivers",) else prop["title"]  # a rule code is titled JX405
        assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese), f"{path}: title not Chinese"


@pytest.mark.parametrize("value", ["{a: 1}", "[true]", "1"])
def test_a_boolean_written_as_something_else_is_an_error(value):
    [finding] = findings_of(MINIMAL + f"样式:\n  显示项目汇总表: {value}\n")
    assert finding.code == "JX103"


def test_each_missing_key_is_named_once():
    findings = findings_of("版式: 河北\n年度: 2022\n")
    assert [f.message for f in findings] == [
        "文件缺少必填项「部门」", "文件缺少必填项「整体绩效目标」", "文件缺少必填项「项目」"]
    assert all(where(f) == (1, 1) for f in findings)


def test_absurdly_long_text_is_refused_with_its_length():
    [finding] = findings_of(MINIMAL.replace("总体目标: 维护稳定。", "总体目标: " + "稳" * 20001))
    assert finding.message == "「总体目标」太长（20001 字，最多 20000 字）"
    assert where(finding) == (7, 9)


def test_schema_is_valid_json_schema_2020_12():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


@pytest.mark.parametrize("filing", sorted((SCHEMA_FILE.parents[1] / "filings").glob("*.yaml")), ids=lambda p: p.name)
def test_every_filing_leaves_the_schema_to_the_workspace_settings_and_is_valid(filing):
    text = filing.read_text(encoding="utf-8")
    assert "yaml-language-server" not in text, "a modeline would override .vscode/settings.json (test_editor_agreement)"
    assert validate(load_bytes(text.encode("utf-8"), filing.name)) == []


@pytest.mark.parametrize("written, message, hint", [
    ("", "文件缺少必填项「整体绩效目标」", "在这里加上一行“整体绩效目标:”，下一行缩进两个空格写“总体目标: …”"),
    ("整体绩效目标:\n", "「整体绩效目标」不能为空", "在下一行缩进两个空格写上“总体目标: …”"),
    ("整体绩效目标: {}\n", "「整体绩效目标」缺少必填项「总体目标」", "在这里加上一行“总体目标: …”"),
    ("整体绩效目标:\n  总体目标:\n", "「总体目标」不能为空", "在冒号后面填上内容（这一项必填，不能删除）"),
])
def test_hints_for_a_missing_or_empty_overall_goal_lead_to_a_valid_file(written, message, hint):
    """Each hint, followed, gives a file the next hint does not send back (no circle)."""
    [finding] = findings_of(MINIMAL.replace("整体绩效目标:\n  总体目标: 维护稳定。\n", written))
    assert (finding.message, finding.hint) == (message, hint)


def test_an_empty_optional_key_may_be_deleted_a_required_one_not():
    source = MINIMAL.replace("    财政资金: 10.00\n", "    财政资金: 10.00\n    用途:\n").replace(
        "  - 名称: 扫黑除恶工作经费", "  - 名称:")
    assert [(f.message, f.hint) for f in findings_of(source)] == [
        ("「名称」不能为空", "在冒号后面填上内容（这一项必填，不能删除）"),
        ("「用途」不能为空", "在冒号后面填上内容，或删除这一行")]


EMPTY_LEVEL2 = "        数量指标:\n          - 名称: 宣传次数\n            指标值: ≥3次\n"


@pytest.mark.parametrize("old, new, expected, followed", [
    (EMPTY_LEVEL2, EMPTY_LEVEL2 + "        时效指标:\n",
     ((17, 9), "「时效指标」不能为空", "在下一行逐条写三级指标，例如 - {名称: …, 指标值: …}；不用就删除这一行"),
     EMPTY_LEVEL2 + "        时效指标:\n          - {名称: 完成及时率, 指标值: 100%}\n"),
    ("      产出指标:\n" + EMPTY_LEVEL2, "      产出指标:\n" + EMPTY_LEVEL2 + "      效益指标:\n",
     ((17, 7), "「效益指标」不能为空", "在下一行缩进两个空格写二级指标，例如“经济效益指标:”；不用就删除这一行"), None),
    ("整体绩效目标:\n", "部门职能:\n  - \n  - 协调政法工作\n整体绩效目标:\n",
     ((7, 4), "「部门职能」第 1 项不能为空", "在「- 」后面写上文字，或删除这一行"),
     "部门职能:\n  - 统筹政法工作\n  - 协调政法工作\n整体绩效目标:\n"),
    ("整体绩效目标:\n", "部门职能:\n整体绩效目标:\n",
     ((6, 1), "「部门职能」不能为空", "在下一行逐条写，每条以「- 」开头；不用就删除这一行"), None),
    ("          - 名称: 宣传次数\n", "          - \n          - 名称: 宣传次数\n",
     ((15, 12), "「数量指标」第 1 项不能为空", "在「- 」后面写上 {名称: …, 指标值: …}，或删除这一行"),
     "          - {名称: 宣传人数, 指标值: ≥100人}\n          - 名称: 宣传次数\n"),
    ("项目:\n" + MINIMAL.split("项目:\n")[1], "项目:\n",
     ((8, 1), "「项目」不能为空", "在下一行逐条写项目，例如 - {名称: …, 财政资金: …}；没有就写成「项目: []」"), "项目: []\n"),
    ("    绩效指标:\n", "    接受警告:\n    绩效指标:\n",  # not the first of the codes the schema lists for the editor
     ((12, 5), "「接受警告」不能为空", "接受警告写成 {规则代码: 理由}，例如 {JX425: 服务对象为被处罚企业，按历史水平定 70%}；不用就删除这一行"),
     "    接受警告: {JX405: 专项保障项目，指标少而精}\n    绩效指标:\n"),
    ("项目:\n", "资金:\n  收入:\n  支出: {基本支出: 0}\n项目:\n",  # not the first of the usual names the schema lists for the editor
     ((9, 3), "「收入」不能为空", "收入按“收入性质: 金额”逐项写，例如 一般公共预算: 335.60；不用就删除这一行"),
     "资金:\n  收入: {一般公共预算: 10}\n  支出: {基本支出: 0}\n项目:\n"),
], ids=["二级", "一级", "list item of text", "list of texts", "list item of mappings", "项目", "接受警告", "收入"])
def test_an_empty_list_or_mapping_is_told_what_goes_on_the_next_lines(old, new, expected, followed):
    """The hint of an empty key says what to write below it (a list's items, a mapping's keys),
    and an empty「- 」what to write after it: no colon to write after."""
    [finding] = findings_of(MINIMAL.replace(old, new))
    assert (finding.code, (where(finding), finding.message, finding.hint)) == ("JX102", expected)
    if followed:
        assert findings_of(MINIMAL.replace(old, followed)) == []


@pytest.mark.parametrize("original, written, message, hint", [
    ("财政资金: 10.00", '财政资金: "10.00"', "「财政资金」应为数字，这里写的是加了引号的文字「10.00」",
     "去掉引号，写成 10.00：加了引号就是文字，不是数字"),
    ("年度: 2022", "年度: '2022'", "「年度」应为整数，这里写的是加了引号的文字「2022」",
     "去掉引号，写成 2022：加了引号就是文字，不是整数"),
    ("年度: 2022", "年度: 2022.5", "「年度」应为整数，这里写的是「2022.5」", "写整数，例如 2022"),
    ("项目:", '样式: {显示项目汇总表: "true"}\n项目:', "「显示项目汇总表」应写 true（是）或 false（否），这里写的是加了引号的文字「true」",
     "去掉引号，写成 true：加了引号就是文字，不是真假值"),
])
def test_quoted_numbers_and_booleans_are_text(original, written, message, hint):
    [finding] = findings_of(MINIMAL.replace(original, written))
    assert (finding.message, finding.hint) == (message, hint)


@pytest.mark.parametrize("written", ["+10.00", "010.00", "1.0e1"])
def test_yaml_1_2_number_forms_are_amounts(written):
    assert findings_of(MINIMAL.replace("财政资金: 10.00", f"财政资金: {written}")) == []
    assert findings_of(MINIMAL.replace("年度: 2022", "年度: 2022.0")) == []


def test_every_object_s_editor_message_names_its_keys():
    """The editor shows an object's errorMessage for a missing or unknown key: it must list
    the keys the object has and the ones it requires, as the schema says (an object of
    any keys, 绩效指标, lists some only for the editor to suggest)."""
    def objects(node):
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node and \
                    not isinstance(node.get("additionalProperties"), dict):
                yield node
            for value in node.values():
                yield from objects(value)
        elif isinstance(node, list):
            for value in node:
                yield from objects(value)
    found = list(objects(json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))))
    assert len(found) >= 12
    for node in found:
        message = node["errorMessage"]
        assert "里可写的键：" + "、".join(node["properties"]) in message, message
        if node.get("required"):
            assert f"其中 {'、'.join(node['required'])} 必填" in message, message


@pytest.mark.parametrize("old, new, expected", [
    ("整体绩效目标:\n", "部门职能:\n  - 主要职责: 负责全县教育经费的统筹管理\n整体绩效目标:\n",
     ((7, 5), "「部门职能」第 1 项应为文字或数字，这里被读成了“键: 值”，因为文字里有英文冒号加空格「: 」",
      "文字里的冒号改成中文冒号“：”，或给整段文字加引号：写成 - 主要职责：负责全县教育经费的统筹管理")),
    ("      产出指标:\n", "      满意度指标: 学生及家长满意度≥90%\n      产出指标:\n",
     ((13, 14), "「满意度指标」是一级指标，下面应分行写二级指标和三级指标，这里却写了文字「学生及家长满意度≥90%」",
      "分三层写，每层在下一行、多缩进两个空格：满意度指标: → 服务对象满意度指标: → - {名称: 学生及家长满意度, 指标值: ≥90%}")),
    ("      产出指标:\n", "      其他指标: 群众投诉率\n      产出指标:\n",
     ((13, 13), "「其他指标」是一级指标，下面应分行写二级指标和三级指标，这里却写了文字「群众投诉率」",
      "分三层写，每层在下一行、多缩进两个空格：其他指标: → 二级指标名称: → - {名称: 群众投诉率, 指标值: …}")),
    ("    绩效指标:\n", "    接受警告: JX330\n    绩效指标:\n",
     ((12, 11), "「接受警告」应为一组“键: 值”，这里写的是「JX330」",
      "规则代码后面写接受这条警告的理由：写成 接受警告: {JX330: 理由}")),
    ("    绩效指标:\n", "    接受警告: JX405 专项保障项目，指标少而精\n    绩效指标:\n",
     ((12, 11), "「接受警告」应为一组“键: 值”，这里写的是「JX405 专项保障项目，指标少而精」",
      "规则代码后面写接受这条警告的理由：写成 接受警告: {JX405: 专项保障项目，指标少而精}")),
    ("    绩效指标:\n", "    用途: {扫黑除恶工作}\n    绩效指标:\n",
     ((12, 9), "「用途」应为文字或数字，这里写在花括号 {…} 里，被读成了一组“键: 值”",
      "要印出花括号就给整段文字加引号，写成 用途: \"{扫黑除恶工作}\"；不要花括号就去掉它们")),
    ("项目:\n", "样式:\n  项目编号格式: {序号}\n项目:\n",
     ((9, 11), "「项目编号格式」应为文字，这里写在花括号 {…} 里，被读成了一组“键: 值”",
      "要印出花括号就给整段文字加引号，写成 项目编号格式: \"{序号}\"；不要花括号就去掉它们")),
], ids=["colon in a list item", "一级 as text", "一级 of its own as text", "bare rule code", "rule code and reason",
        "text in braces", "numbering in braces"])
def test_a_text_read_as_key_and_value_or_a_structure_written_as_text_is_told_why_and_how(old, new, expected):
    """No 映射 (a word a clerk does not know): what YAML read, why, and what to write."""
    [finding] = findings_of(MINIMAL.replace(old, new))
    assert (finding.code, (where(finding), finding.message, finding.hint)) == ("JX103", expected)


PASTED_PROJECT = "  - 名称: 学前教育保教费补助\n    财政资金: 20.00\n"


@pytest.mark.parametrize("below, expected", [
    (PASTED_PROJECT, ("「单位负责人」应为文字或数字：它的冒号后面空着，下面从第 20 行起的列表就成了它的值",
                      "在「单位负责人:」后面写上单位负责人姓名；第 20 行起的列表是「项目」的项："
                      "把它移到「项目:」下面，「- 」与那里的各项对齐")),
    ("  - 甲: 1\n", ("「单位负责人」应为文字或数字：它的冒号后面空着，下面从第 20 行起的列表就成了它的值",
                    "在「单位负责人:」后面写上单位负责人姓名；第 20 行起的列表若是别处的内容，把它移过去，与那里的内容对齐")),
    ("    姓名: 李明\n", ("「单位负责人」应为文字或数字：它的冒号后面空着，下面从第 20 行起的几行就成了它的值",
                      "在「单位负责人:」后面写上单位负责人姓名；第 20 行起的几行若是别处的内容，把它移过去，与那里的内容对齐")),
], ids=["a project", "a list of its own", "a mapping"])
def test_lines_below_an_empty_text_key_are_told_they_became_its_value(below, expected):
    [finding] = findings_of(MINIMAL + "填报:\n  填表人: 李明\n  单位负责人:\n" + below)
    assert (finding.code, where(finding), (finding.message, finding.hint)) == ("JX103", (20, 5 if "姓名" in below else 3), expected)
