"""Syntax mistakes clerks make, each reported on the line of the mistake with its cause.

Each case changes one line of a real filing (filings/hebei-shanhaiguan-2022.yaml) as a clerk
would and asserts the exact line:column, message and hint.
"""

import pytest

from conftest import FILINGS, run_jixiao
from jixiao.findings import FilingError
from jixiao.load import load_bytes

FILING = FILINGS / "hebei-shanhaiguan-2022.yaml"
LINES = FILING.read_text(encoding="utf-8").splitlines(keepends=True)


def changed(number: int, old: str, new: str) -> str:
    """The filing with ``old`` replaced by ``new`` on line ``number``."""
    lines = list(LINES)
    assert old in lines[number - 1], lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    return "".join(lines)


def the_finding(source: str):
    with pytest.raises(FilingError) as caught:
        load_bytes(source.encode("utf-8"), "x.yaml")
    [finding] = caught.value.findings
    assert finding.code == "JX004"
    return (f"{finding.location.line}:{finding.location.column}", finding.message, finding.hint)


def test_the_lines_the_cases_change():
    assert LINES[61] == "    用途: 开展扫黑除恶工作,保障日常工作正常运转。\n"
    assert LINES[60] == "    财政资金: 10.00\n"


@pytest.mark.parametrize("line, old, new, expected", [
    # a forgotten colon: PyYAML stops at the next key (63:5); the mistake is on line 62
    (62, "用途: ", "用途 ", ("62:7", "YAML 语法错误：「用途」后面缺少冒号",
                             "键后面要写半角冒号和一个空格：写成“用途: 开展扫黑除恶工作,保障日…”")),
    (3, "年度: ", "年度 ", ("3:3", "YAML 语法错误：「年度」后面缺少冒号", "键后面要写半角冒号和一个空格：写成“年度: 2022”")),
    (62, "用途: ", "用途：", ("62:7", "YAML 语法错误：「用途」后面是全角冒号“：”",
                             "键后面要用半角冒号“:”再加一个空格：写成“用途: 开展扫黑除恶工作,保障日…”")),
    (3, "年度: ", "年度：", ("3:3", "YAML 语法错误：「年度」后面是全角冒号“：”", "键后面要用半角冒号“:”再加一个空格：写成“年度: 2022”")),
    (62, "用途: ", "用途:", ("62:8", "YAML 语法错误：「用途」的冒号后面缺少空格",
                            "冒号后面要有一个空格：写成“用途: 开展扫黑除恶工作,保障日…”")),
    (62, "    用途", "     用途", ("62:6", "YAML 语法错误：这一行的缩进多了 1 个空格",
                                  "同一层的键要左对齐：与第 61 行的「财政资金」对齐（行首 4 个空格）")),
    (62, "    用途", "   用途", ("62:4", "YAML 语法错误：这一行的缩进少了 1 个空格",
                                 "同一层的键要左对齐：与第 61 行的「财政资金」对齐（行首 4 个空格）")),
    (11, "整体", " 整体", ("11:2", "YAML 语法错误：这一行的缩进（1 个空格）与上面的键对不上",
                          "与第 10 行的「审核单位」同层就缩进 2 个空格，与第 8 行的「封面」同层就缩进 0 个空格")),
    # an unclosed quote: PyYAML reads on to the end of the file (365:1)
    (6, '"216001"', '"216001', ("6:9", "YAML 语法错误：这里开始的双引号（\"）在这一行没有配对",
                                "在这段文字末尾补上 \"；文字里要用引号时，请用中文引号“”")),
    (6, '"216001"', "'216001", ("6:9", "YAML 语法错误：这里开始的单引号（'）在这一行没有配对",
                                "在这段文字末尾补上 '；文字里要用引号时，请用中文引号“”")),
    # a value that begins with a quoted word: PyYAML stops after the quotes
    (59, "名称: 扫黑除恶工作经费", '名称: "扫黑除恶"工作经费', ("59:15", 'YAML 语法错误：值以引号开头，YAML 把 "扫黑除恶" 当作整个值，'
                                                     "后面的「工作经费」就放不下了",
                                                     "文字里的引号用中文引号，写成 “扫黑除恶”工作经费；或把整个值用单引号括起来")),
    # a full-width comma between two entries of a {…}
    (63, "25%, 6月底", "25%，6月底", ("63:20", "YAML 语法错误：花括号里两项之间用了中文逗号“，”，YAML 只认英文逗号",
                                    "把这个“，”改成英文逗号加一个空格“, ”")),
    # a list item begun with a full-width dash: PyYAML stops at the next line (60:5)
    (59, "- 名称", "－ 名称", ("59:3", "YAML 语法错误：列表项开头的“－”不是半角减号",
                             "列表的每一项以半角减号加一个空格“- ”开头：把它改成“-”")),
    # an unclosed bracket: PyYAML stops on the next line (64:9)
    (63, "100%}", "100%", ("63:11", "YAML 语法错误：这里开始的花括号（{）在这一行没有配对的 }", "在这一行末尾补上 }")),
    # a quoted value and the next entry without a comma between them
    (63, "3月底: 25%,", '3月底: "25%" 6月底: 1,', ("63:23", "YAML 语法错误：花括号 {…} 没有正确结束",
                                                  "检查逗号和 }：两项之间用英文逗号加空格“, ”分开，最后以 } 结束")),
])
def test_a_mistake_is_reported_on_its_line_with_its_cause(line, old, new, expected):
    assert the_finding(changed(line, old, new)) == expected


BLOCK_TEXT = ("YAML 语法错误：这一行是「总体目标」的文字，缩进不够",
              "「总体目标: |」下面的每一段文字（空行之后的也一样）都要缩进 4 个空格，与第 13 行对齐")


@pytest.mark.parametrize("line, old, new, expected", [
    # a later paragraph of a | block indented as its key, or flush left: not a key without its colon
    (15, "    二是", "  二是", ("15:3", *BLOCK_TEXT)),
    (15, "    二是", "二是", ("15:1", *BLOCK_TEXT)),
    (15, "    二是协调推进基层社会治理体系建设，", "  二是协调推进基层社会治理体系建设：", ("15:3", *BLOCK_TEXT)),
    (15, "    二是协调推进基层社会治理体系建设，", "  二是加强管理：落实责任，", ("15:3", *BLOCK_TEXT)),  # a sentence, not 键：值
    (15, "    二是协调推进基层社会治理体系建设，", "  资金：主要用于开展平安创建，", ("15:3", *BLOCK_TEXT)),  # 资金 is no key beside 总体目标
    # a second paragraph of a plain text
    (62, "正常运转。", "正常运转。\n\n    二是做好宣传。", ("64:5", "YAML 语法错误：这一行是「用途」的文字，缩进不够",
                                                "「用途」的文字有几段时，写成“用途: |”，下一行起每一段都缩进 6 个空格")),
    # a list item one level too deep or a space off: its dash moves, not its key
    (32, "    - 名称", "      - 名称", ("32:7", "YAML 语法错误：这一项的「- 」缩进多了 2 个空格",
                                      "同一列表的各项要对齐：把「- 」往左移 2 个空格，与第 29 行那一项的「- 」对齐（行首 4 个空格）")),
    (32, "    - 名称", "   - 名称", ("32:4", "YAML 语法错误：这一项的「- 」缩进少了 1 个空格",
                                    "同一列表的各项要对齐：把「- 」往右移 1 个空格，与第 29 行那一项的「- 」对齐（行首 4 个空格）")),
])
def test_text_or_an_item_out_of_its_indentation_is_told_how_to_indent_it(line, old, new, expected):
    assert the_finding(changed(line, old, new)) == expected


def test_a_key_without_its_colon_after_a_block_is_still_a_key():
    source = changed(62, "    用途: ", "    用途: |\n      一段\n\n    依据 年度工作计划\n    用途: ")
    assert the_finding(source)[:2] == ("65:7", "YAML 语法错误：「依据」后面缺少冒号")


@pytest.mark.parametrize("value, expected", [
    (">90%",("YAML 语法错误：以 > 或 | 开头的值会被当作多行文字块", "把整个值用双引号括起来，例如 \">=90%\"；或改用 ≥ ≤")),
    ("|90%|",("YAML 语法错误：以 > 或 | 开头的值会被当作多行文字块", "把整个值用双引号括起来，例如 \">=90%\"；或改用 ≥ ≤")),
    ("*重点保障",("YAML 语法错误：以 * 、& 或 % 开头的值有特殊含义", "把整个值用双引号括起来")),
    ("&重点保障",("YAML 语法错误：以 * 、& 或 % 开头的值有特殊含义", "把整个值用双引号括起来")),
])
def test_a_value_begun_with_an_indicator_is_reported_at_the_indicator(value, expected):
    assert the_finding(changed(62, "开展扫黑除恶工作,保障日常工作正常运转。", value)) == ("62:9", *expected)


def test_a_colon_inside_text_is_still_explained_as_such():
    assert the_finding(changed(62, "用途: ", "用途: 说明: ")) == (
        "62:11", "YAML 语法错误：这里不能出现“键: 值”", "冒号后面要有空格；若文字里本身含“: ”，请把整段文字用双引号括起来")


def test_a_quote_inside_plain_text_is_text():
    """Only a quote where a value begins opens a quoted value: `他说"好` is plain text."""
    source = changed(62, "用途: ", '用途: 他说"好 ').replace("    财政资金: 10.00\n", "    财政资金 10.00\n", 1)
    assert the_finding(source)[:2] == ("61:9", "YAML 语法错误：「财政资金」后面缺少冒号")


def test_a_missing_colon_before_the_next_list_item():
    source = "项目:\n  - 名称: 甲\n    依据 年度工作计划\n  - 名称: 乙\n"
    assert the_finding(source)[:2] == ("3:7", "YAML 语法错误：「依据」后面缺少冒号")


def test_a_missing_colon_after_a_list_items_first_key():
    """PyYAML reads `- 名称 扫黑除恶工作经费` as text and stops at the item's next key (60:7)."""
    assert the_finding(changed(59, "- 名称: ", "- 名称 ")) == (
        "59:7", "YAML 语法错误：「名称」后面缺少冒号", "键后面要写半角冒号和一个空格：写成“名称: 扫黑除恶工作经费”")


def test_the_command_reports_the_forgotten_colon_on_its_line(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(changed(62, "用途: ", "用途 "), encoding="utf-8")
    result = run_jixiao("check", str(path))
    assert result.returncode == 1
    assert result.stderr.splitlines()[:4] == [
        f"{path}:62:7: 错误[JX004]: YAML 语法错误：「用途」后面缺少冒号",
        "   |",
        "62 |     用途 开展扫黑除恶工作,保障日常工作正常运转。",
        "   |         ^",
    ]


@pytest.mark.parametrize("above", ['    # 注: "雪亮"工程另报\n', "    绩效目标: |\n      — 二是开展工作\n"])
def test_a_quote_or_a_dash_in_a_comment_or_a_block_does_not_hide_the_real_mistake(above):
    source = changed(62, "    用途", above + "     用途")
    line = 62 + above.count("\n")
    assert the_finding(source)[:2] == (f"{line}:6", "YAML 语法错误：这一行的缩进多了 1 个空格")


def test_text_inside_a_block_is_not_read_for_quotes():
    source = "整体绩效目标:\n  总体目标:\n    - |\n      \"十四五规划\n    - 第二条\n项目 []\n"
    assert the_finding(source)[:2] == ("6:3", "YAML 语法错误：「项目」后面缺少冒号")


def full_width(name: str, written: str) -> tuple[str, str]:
    return (f"YAML 语法错误：「{name}」后面是全角冒号“：”", f"键后面要用半角冒号“:”（有值时再加一个空格）：写成“{written}”")


@pytest.mark.parametrize("line, old, new, expected", [
    # the first key of a list item, a 一级 name, a key over a list: YAML read the line as text and
    # stopped at the next key; the mistake is the colon above it
    (59, "  - 名称: ", "  - 名称：", ("59:7", *full_width("名称", "名称: 扫黑除恶工作经费"))),
    (67, "      产出指标:", "      产出指标：", ("67:11", *full_width("产出指标", "产出指标:"))),
    (12, "  总体目标:", "  总体目标：", ("12:7", *full_width("总体目标", "总体目标: |"))),
    (2, "版式: ", "版式：", ("2:3", *full_width("版式", "版式: 河北"))),  # the file is read as one text
])
def test_a_full_width_colon_after_a_key_is_named_where_it_is(line, old, new, expected):
    assert the_finding(changed(line, old, new)) == expected


def test_a_comment_inside_braces_is_named_as_what_left_them_open():
    assert the_finding(changed(63, "{3月底: 25%, ", "{3月底: 25% #一季度, ")) == (
        "63:21", "YAML 语法错误：空格后的「#」起的是注释，它后面的文字连同 } 都不算，花括号（{）就没有配对了",
        "把这个 # 删掉或改成全角的 ＃，或把这一项的值用引号括起来")


def test_a_text_item_without_its_dash_is_told_to_get_one():
    source = ("版式: 湖南\n部门职能:\n  - 监督政法各部门依法行使职权；\n  协助市委考察任免政法部门领导干部；\n"
              "  - 承办上级交办的其他工作。\n")
    assert the_finding(source) == ("4:3", "YAML 语法错误：这一行像是列表的一项，前面少了「- 」",
                                   "在这一行的文字前加「- 」（减号和一个空格），与第 3 行那一项对齐")
    key_without_colon = "版式: 湖南\n项目:\n  - 名称: 甲\n    依据 年度计划\n"  # not an item: the key's colon
    assert the_finding(key_without_colon)[1] == "YAML 语法错误：「依据」后面缺少冒号"


@pytest.mark.parametrize("source, expected", [
    # a key of the format after a | block, though its value reads as a sentence: its colon, not the block's text
    ("项目:\n  - 名称: 甲\n    用途: |\n      保障业务正常运行。\n    绩效目标：通过项目实施，保障业务正常运行。\n",
     ("5:9", "YAML 语法错误：「绩效目标」后面是全角冒号“：”",
      "键后面要用半角冒号“:”再加一个空格：写成“绩效目标: 通过项目实施，保障业务正…”")),
    # a key alone on its line after a | block (分项目标 beside 总体目标): its colon, not the block's text
    ("整体绩效目标:\n  总体目标: |\n    维护稳定。\n  分项目标\n    - 名称: 平安建设\n",
     ("4:7", "YAML 语法错误：「分项目标」后面缺少冒号", "键后面要写半角冒号和一个空格：写成“分项目标: ”")),
    # a key of the format at a list's dash column: its colon, not an item without its dash
    ("项目:\n  - 名称: 甲\n  绩效目标 开展扫黑除恶宣传，提高群众知晓率。\n",
     ("3:7", "YAML 语法错误：「绩效目标」后面缺少冒号", "键后面要写半角冒号和一个空格：写成“绩效目标: 开展扫黑除恶宣传，提高群…”")),
])
def test_a_key_of_the_format_that_lost_its_colon_is_not_taken_for_text(source, expected):
    assert the_finding(source) == expected


def test_a_full_width_colon_in_the_lines_of_a_text_is_no_key_s():
    source = "项目:\n  - 名称: 甲\n    绩效目标: 开展扫黑除恶宣传\n      宣传工作：开展活动10场\n      培训: 两期\n"
    assert the_finding(source) == ("5:7", "YAML 语法错误：这一行的缩进多了 2 个空格",  # prose; the fault is 培训:
                                   "同一层的键要左对齐：与第 3 行的「绩效目标」对齐（行首 4 个空格）")


@pytest.mark.parametrize("dash, expected", [
    ("-名称", ("59:3", "YAML 语法错误：列表项的“-”后面少了一个空格", "在“-”后面加一个空格：列表的每一项以“- ”开头")),
    ("— 名称", ("59:3", "YAML 语法错误：列表项开头的“—”不是半角减号", "列表的每一项以半角减号加一个空格“- ”开头：把它改成“-”")),
])
def test_a_list_item_s_dash_mistyped_is_named(dash, expected):
    assert the_finding(changed(59, "- 名称", dash)) == expected


@pytest.mark.parametrize("comment, line, column", [
    ("  # 备注：第二段待领导审定\n", 14, 3), ("# 备注\n", 14, 1), ("    \n  # 备注\n", 15, 3)])
def test_a_comment_less_indented_than_a_block_s_text_is_found_as_the_end_of_the_text(comment, line, column):
    assert the_finding(changed(14, "\n", comment)) == (
        f"{line}:{column}",
        "YAML 语法错误：这行注释夹在「总体目标」的文字中间，缩进又比文字少：YAML 在这里结束了这段文字，"
        f"下面第 {line + 1} 行的文字就接不上了",
        "把这行注释移到「总体目标:」那一行的上面，或删掉它；要把它印出来，就去掉 # 并与上面的文字对齐")


FIRST_ITEM = "          - 名称: 宣传、活动开展次数\n            指标值: 开展扫黑除恶宣传情况\n"
NEXT_ITEM = "          - {名称: 宣传次数, 指标值: ≥3次}\n"


@pytest.mark.parametrize("first, hint", [
    ("            名称: 宣传、活动开展次数\n            指标值: 开展扫黑除恶宣传情况\n",
     "把「名称:」前的两个空格换成「- 」，与第 71 行的「- 」对齐（行首 10 个空格）"),
    ("          名称: 宣传、活动开展次数\n          指标值: 开展扫黑除恶宣传情况\n",
     "在「名称:」前加「- 」，与第 71 行的「- 」对齐（行首 10 个空格）；这一项的其余各行也多缩进两个空格，与「名称:」对齐"),
    ("            {名称: 宣传、活动开展次数, 指标值: 开展扫黑除恶宣传情况}\n",
     "把「{」前的两个空格换成「- 」，与第 70 行的「- 」对齐（行首 10 个空格）"),
])
def test_the_first_item_of_a_list_without_its_dash_is_found_on_its_line(first, hint):
    source = "".join(LINES).replace(FIRST_ITEM, first + NEXT_ITEM)
    column = len(first) - len(first.lstrip(" ")) + 1
    assert the_finding(source) == (f"69:{column}", "YAML 语法错误：「数量指标」下面逐项列出，这第一项却没写「- 」", hint)


def test_an_item_whose_dash_stands_left_of_the_list_is_told_to_move_right_past_a_deeper_list():
    """A project pasted at column 0 after the last project, whose indicators are a list
    deeper in; the dash is measured against the projects' dashes."""
    assert the_finding(changed(114, "  - 名称: 车辆保险费", "- 名称: 车辆保险费")) == (
        "114:1", "YAML 语法错误：这一项的「- 」缩进少了 2 个空格",
        "同一列表的各项要对齐：把「- 」往右移 2 个空格，与第 84 行那一项的「- 」对齐（行首 2 个空格）")


def test_an_item_among_the_keys_of_a_mapping_is_told_it_belongs_in_a_list():
    source = changed(7, "  单位名称: 政法委部门区委政法委员会本级", "  - 单位名称: 政法委部门区委政法委员会本级")
    assert the_finding(source) == (
        "7:3", "YAML 语法错误：「部门」下面写的是“键: 值”，这一行却以「- 」开头，是列表的一项",
        "这几行若是别处（例如「项目」下面）的一项，把它们移过去，「- 」与那里的各项对齐；若不是列表的一项，删去「- 」，与第 6 行的「单位编码」对齐")


def test_a_key_out_of_line_after_a_comment_below_a_block_is_the_key_s_mistake():
    source = changed(14, "\n", "  # 下面是分项目标\n   审核: 无\n")
    assert the_finding(source)[:2] == ("15:4", "YAML 语法错误：这一行的缩进多了 1 个空格")


@pytest.mark.parametrize("value, message, hint", [
    ("[重点]开展扫黑除恶工作", "YAML 语法错误：值以方括号（[）开头，YAML 把 [重点] 读成了方括号写法，后面的「开展扫黑除恶工作」就接不上了",
     "方括号改用中文的【】，写成 【重点】开展扫黑除恶工作；或把整个值用引号括起来"),
    ("{序号}、开展工作", "YAML 语法错误：值以花括号（{）开头，YAML 把 {序号} 读成了花括号写法，后面的「、开展工作」就接不上了",
     "把整个值用引号括起来，写成 \"{序号}、开展工作\""),
])
def test_a_value_that_begins_with_a_bracketed_word_is_told_to_quote_it(value, message, hint):
    assert the_finding(changed(62, "开展扫黑除恶工作,保障日常工作正常运转。", value)) == ("62:9", message, hint)


@pytest.mark.parametrize("old, new, where, closing, opening", [
    ("{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}", "{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}}", "63:54", "}", "{"),
    ("单位编码: \"216001\"", "单位编码: [\"216001\"]]", "6:19", "]", "["),
])
def test_a_closing_bracket_too_many_is_found_where_it_is(old, new, where, closing, opening):
    line = int(where.split(":")[0])
    assert the_finding(changed(line, old, new)) == (
        where, f"YAML 语法错误：这里多了一个「{closing}」，前面没有与它配对的「{opening}」", f"删掉这个「{closing}」")


def test_a_first_item_whose_dash_was_deleted_and_whose_lines_kept_their_places_is_found_on_it():
    assert the_finding(changed(59, "  - 名称: 扫黑除恶工作经费", "  名称: 扫黑除恶工作经费")) == (
        "59:3", "YAML 语法错误：「项目」下面逐项列出，这第一项却没写「- 」",
        "在「名称:」前加「- 」，与第 84 行的「- 」对齐（行首 2 个空格）")


def test_an_indicator_dedented_to_the_projects_column_is_told_to_align_with_the_indicators():
    """Its keys (名称, 指标值) are an indicator's, not a project's: the nearest item that has
    them is the one to align with, however far."""
    source = changed(70, "开展扫黑除恶宣传情况\n", "开展扫黑除恶宣传情况\n    - 名称: 额外指标\n      指标值: 3次\n")
    assert the_finding(source) == (
        "71:5", "YAML 语法错误：这一项的「- 」缩进少了 6 个空格",
        "同一列表的各项要对齐：把「- 」往右移 6 个空格，与第 69 行那一项的「- 」对齐（行首 10 个空格）")


TAB = "YAML 语法错误：缩进里有制表符（Tab）"


@pytest.mark.parametrize("line, old, new, expected", [
    # four spaces typed as one Tab: a key of the project, beside 财政资金 above
    (62, "    用途", "\t用途", ("62:1", TAB, "YAML 只能用空格缩进：把行首的 Tab 换成 4 个空格，与第 61 行的「财政资金」对齐")),
    (62, "    用途", "  \t用途", ("62:3", TAB, "YAML 只能用空格缩进：把行首的 2 个空格和 1 个 Tab 换成 4 个空格，与第 61 行的「财政资金」对齐")),
    # a key that stands beside 数量指标, not under the indicator above it
    (71, "        质量指标", "\t\t质量指标", ("71:1", TAB, "YAML 只能用空格缩进：把行首的 2 个 Tab 换成 8 个空格，与第 68 行的「数量指标」对齐")),
    # the first entry under a key without a value
    (67, "      产出指标", "\t  产出指标",
     ("67:1", TAB, "YAML 只能用空格缩进：把行首的 1 个 Tab 和 2 个空格换成 6 个空格，比第 66 行的「绩效指标」多缩进两个空格")),
    (72, "          - 名称: 资金到位率", "\t\t  - 名称: 资金到位率",
     ("72:1", TAB, "YAML 只能用空格缩进：把行首的 2 个 Tab 和 2 个空格换成 10 个空格，比第 71 行的「质量指标」多缩进两个空格")),
    # a second item of a list: its dash lines up with the first's
    (73, "            指标值: ≥90%", "            指标值: ≥90%\n\t  - 名称: 乙",
     ("74:1", TAB, "YAML 只能用空格缩进：把行首的 1 个 Tab 和 2 个空格换成 10 个空格，与第 72 行那一项的「- 」对齐")),
    # a key the format does not have: where it belongs cannot be told, so no number is given
    (62, "    用途", "\t用处", ("62:1", TAB, "YAML 只能用空格缩进：把行首的 Tab 换成空格，与上面同一层的键或列表项对齐")),
    # two full-width spaces look like four spaces, and are meant as four
    (62, "    用途", "\u3000\u3000用途", ("62:1", "这里是 2 个全角空格（U+3000，中文输入法全角状态下打的空格），看起来像空格，YAML 却不把它们当作空格",
                                        "把行首的 2 个全角空格换成 4 个半角空格（英文输入状态下按空格键），与第 61 行的「财政资金」对齐")),
])
def test_an_indentation_of_tabs_or_full_width_spaces_is_told_the_spaces_it_needs(line, old, new, expected):
    assert the_finding(changed(line, old, new)) == expected
