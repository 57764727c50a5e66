"""The loader keeps text as typed, knows where every node is, and refuses what it must."""

from decimal import Decimal

import pytest

from jixiao.findings import FilingError, format_finding
from jixiao.load import MAX_DEPTH, load_bytes


def refusal(source: bytes | str):
    """The findings of a source the loader must refuse."""
    raw = source.encode("utf-8") if isinstance(source, str) else source
    with pytest.raises(FilingError) as caught:
        load_bytes(raw, "x.yaml")
    return caught.value.findings


def test_scalars_stay_the_text_typed():
    document = load_bytes("财政资金: 20.00\n比例: 1.10\n单位编码: 216001\n编码: 13030322P004039100019\n"
                          "时间: 1:30\n十六进制: 0x1F\n千: 1_000\n是: yes\n空:\n".encode(), "x.yaml")
    assert document.data == {"财政资金": "20.00", "比例": "1.10", "单位编码": "216001",
                             "编码": "13030322P004039100019", "时间": "1:30", "十六进制": "0x1F",
                             "千": "1_000", "是": "yes", "空": None}
    assert str(Decimal(document.data["财政资金"])) == "20.00"


def test_locations_of_values_and_keys():
    document = load_bytes("项目:\n  - 名称: 甲\n    财政资金: 10.00\n".encode(), "x.yaml")
    value = document.locate(("项目", 0, "财政资金"))
    key = document.locate_key(("项目", 0, "财政资金"))
    assert (value.line, value.column) == (3, 11)
    assert (key.line, key.column) == (3, 5)
    assert str(document.locate(("项目", 0, "没有这个键"))) == "x.yaml:2:5"


def test_utf8_with_bom_is_read():
    assert load_bytes("\ufeff版式: 河北\n".encode(), "x.yaml").data == {"版式": "河北"}


def test_duplicate_key_is_refused_at_the_second_key():
    [finding] = refusal("部门:\n  名称: 甲\n  名称: 乙\n")
    assert str(finding.location) == "x.yaml:3:3"
    assert finding.message == "键「名称」重复出现（第一次在第 2 行）"


def test_not_utf8_is_refused_with_its_position():
    [finding] = refusal("名称: 政法委\n".encode("gbk"))
    assert (finding.message, finding.hint) == (
        "文件不是 UTF-8 编码", "先按原来的编码打开，再另存为 UTF-8（VS Code：右下角点编码 → 通过编码重新打开 → GB 18030，"
        "看到中文正常显示后，再点编码 → 通过编码保存 → UTF-8）；直接“通过编码保存”会把乱码存进文件")
    assert str(finding.location) == "x.yaml:1:1"
    [finding] = refusal("版式: 河北\n名称: ".encode("utf-8") + "政法委\n".encode("gbk"))
    assert (finding.location.line, finding.location.column) == (2, 5)


SAVE_AS_UTF8 = "另存为 UTF-8：记事本里点“文件 → 另存为”，编码选 UTF-8；VS Code 里点右下角的编码 → 通过编码保存 → UTF-8"


@pytest.mark.parametrize("raw, message, hint", [
    # as Notepad saves "Unicode", and "Unicode big endian"
    ("\ufeff版式: 河北\n名称: 政法委\n".encode("utf-16-le"),
     "文件是 UTF-16 LE 编码（记事本里叫“Unicode”或“UTF-16 LE”），不是 UTF-8", SAVE_AS_UTF8),
    ("\ufeff版式: 河北\n名称: 政法委\n".encode("utf-16-be"),
     "文件是 UTF-16 BE 编码（记事本里叫“Unicode big endian”或“UTF-16 BE”），不是 UTF-8", SAVE_AS_UTF8),
    # without a byte order mark, known by the zero byte of each ASCII character; 一 (U+4E00) has one too
    ("版式: 河北\n名称: 一处\n".encode("utf-16-le"), "文件是不带字节顺序标记（BOM）的 UTF-16 LE 编码，不是 UTF-8",
     "VS Code：右下角点编码 → 通过编码重新打开 → UTF-16 LE，看到中文正常显示后，再点编码 → 通过编码保存 → UTF-8"),
], ids=["le-with-mark", "be-with-mark", "le-without-mark"])
def test_a_utf16_file_is_named_as_such_and_told_how_to_save_it_as_utf8(raw, message, hint):
    [finding] = refusal(raw)
    assert (finding.code, str(finding.location), finding.message, finding.hint) == ("JX003", "x.yaml:1:1", message, hint)


def test_bytes_after_a_utf16_mark_that_read_as_no_filing_are_not_called_utf16():
    [finding] = refusal(b"\xff\xfe\x00bad")
    assert (finding.code, finding.message) == ("JX003", "文件不是 UTF-8 编码")


def test_a_stray_byte_in_a_utf8_file_is_named_with_its_line():
    source = "版式: 河北\n用途: ".encode() + b"\xff" + "加强干部队伍建设\n".encode()
    with pytest.raises(FilingError) as caught:
        load_bytes(source, "x.yaml")
    [finding] = caught.value.findings
    assert format_finding(finding, caught.value.lines).splitlines() == [
        "x.yaml:2:5: 错误[JX003]: 这里有一个字节（0xFF）不是 UTF-8 编码，显示为 \ufffd；文件的其余部分是 UTF-8",
        "  |",
        "2 | 用途: \ufffd加强干部队伍建设",
        "  |       ^",
        "  提示: 删掉 \ufffd；若这里少了字，对照原稿补上",
    ]


def test_a_character_lost_in_a_conversion_is_refused():
    [finding] = refusal("版式: 河北\n用途: 加\ufffd强干部队伍建设\n")
    assert (finding.code, str(finding.location), finding.message, finding.hint) == (
        "JX009", "x.yaml:2:6", "文件含有替换字符 U+FFFD（\ufffd）：这里原来的字在转换编码时丢失了",
        "对照原稿把丢失的字重新打出来，并删掉 \ufffd")


def test_yaml_syntax_error_is_located_and_explained():
    [finding] = refusal("部门:\n  名称: 甲\n 单位: 乙\n")
    assert finding.code == "JX004"
    assert finding.message.startswith("YAML 语法错误")
    assert (finding.location.line, finding.location.column) == (3, 2)
    [finding] = refusal("名称: 甲\n用途: 比例: 一半\n")
    assert finding.message == "YAML 语法错误：这里不能出现“键: 值”"
    assert (finding.location.line, finding.location.column) == (2, 7)


def test_tab_indentation_is_explained():
    [finding] = refusal("部门:\n\t名称: 甲\n")
    assert finding.message == "YAML 语法错误：缩进里有制表符（Tab）"
    assert (finding.location.line, finding.location.column) == (2, 1)


@pytest.mark.parametrize("source, message, where", [
    ("a: &x 1\nb: *x\n", "不支持锚点（&名字）", (1, 4)),
    ("a: [*x]\n", "不支持别名（*名字）", (1, 5)),
    ("a: !!python/object:os.system ls\n", "不支持 YAML 标签（以 ! 开头）", (1, 4)),
    ("%YAML 1.1\n---\na: 1\n", "不支持 YAML 指令（%YAML、%TAG）", (1, 1)),
    ("a: 1\n<<: {b: 2}\n", "不支持合并键（<<）", (2, 1)),
])
def test_yaml_features_that_hide_content_are_refused(source, message, where):
    [finding] = refusal(source)
    assert finding.message == message
    assert (finding.location.line, finding.location.column) == where


def test_alias_bomb_is_refused_before_it_expands():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9))
    [finding] = refusal(bomb)
    assert finding.code == "JX005"


def test_deep_nesting_is_refused():
    findings = refusal("a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n")
    assert findings[0].message == f"嵌套层次太深（超过 {MAX_DEPTH} 层）"


def test_huge_file_is_refused():
    [finding] = refusal("a: " + "长" * 1_000_000 + "\n")
    assert finding.code == "JX002"


@pytest.mark.parametrize("character, name", [("\u202e", "从右到左强制"), ("\u200b", "零宽空格"), ("\u2066", "从左到右隔离"),
                                             ("\U000e0041", "标签字符"), ("\u200f", "从右到左标记")])
def test_invisible_and_direction_changing_characters_are_refused(character, name):
    [finding] = refusal(f"名称: 扫黑除恶\n用途: 开展{character}工作\n")
    assert str(finding.location) == "x.yaml:2:7"
    assert finding.message == f"文件含有看不见的字符 U+{ord(character):04X}（{name}），它会向审核人隐藏或颠倒文字"


def test_the_quoted_line_shows_an_invisible_or_control_character_by_its_code():
    with pytest.raises(FilingError) as caught:
        load_bytes("名称: 库尔勒\u202e市政法委\x07\n".encode(), "x.yaml")
    assert [format_finding(f, caught.value.lines).splitlines()[2:4] for f in caught.value.findings] == [
        ["1 | 名称: 库尔勒⟨U+202E⟩市政法委⟨U+0007⟩", "  |             ^"],
        ["1 | 名称: 库尔勒⟨U+202E⟩市政法委⟨U+0007⟩", "  |                             ^"],
    ]
    assert caught.value.findings[1].message == "文件含有控制字符 U+0007（响铃）"


@pytest.mark.parametrize("source, where, hint", [
    ("\t版式: 河北\n", "x.yaml:1:1", "YAML 只能用空格缩进：删掉行首的 Tab，文件的第一个键顶格写"),
    ("部门:\n  名称: 甲\n\t\t", "x.yaml:3:1", "YAML 只能用空格缩进：这一行只有 2 个 Tab，删掉这一行"),
])
def test_a_tab_before_the_first_key_or_alone_on_a_line_is_told_to_go(source, where, hint):
    [finding] = refusal(source)
    assert (str(finding.location), finding.message, finding.hint) == (where, "YAML 语法错误：缩进里有制表符（Tab）", hint)


def test_the_quoted_line_shows_a_tab_as_such_with_the_caret_in_line():
    with pytest.raises(FilingError) as caught:
        load_bytes("名称: 甲\n用途: 开展\t工作\x07\n部门:\n\t名称: 乙\n".encode(), "x.yaml")
    [finding] = caught.value.findings
    assert format_finding(finding, caught.value.lines).splitlines()[1:4] == [
        "  |", "2 | 用途: 开展⟨Tab⟩工作⟨U+0007⟩", "  |                    ^"]
    with pytest.raises(FilingError) as caught:
        load_bytes("部门:\n\t名称: 乙\n".encode(), "x.yaml")
    assert format_finding(caught.value.findings[0], caught.value.lines).splitlines()[1:5] == [
        "  |", "2 | ⟨Tab⟩名称: 乙", "  | ^",
        "  提示: YAML 只能用空格缩进：把行首的 Tab 换成 2 个空格，比第 1 行的「部门」多缩进两个空格"]


ESCAPE_HINT = "删掉这个转义；要写的文字直接打出来，不用反斜杠转义"


@pytest.mark.parametrize("escape, written", [
    (r"\u202e", "看不见的字符 U+202E（从右到左强制），它会向审核人隐藏或颠倒文字"),
    (r"\u200b", "看不见的字符 U+200B（零宽空格），它会向审核人隐藏或颠倒文字"),
    (r"\L", "看不见的字符 U+2028（行分隔符），它会向审核人隐藏或颠倒文字"),
    (r"\x1b", "控制字符 U+001B（ESC 转义符）"),
    (r"\0", "控制字符 U+0000（空字符）"),
    (r"\x07", "控制字符 U+0007（响铃）"),
    (r"\x85", "控制字符 U+0085（NEL 换行符）"),
    (r"\N", "控制字符 U+0085（NEL 换行符）"),
    (r"\uFFFE", "控制字符 U+FFFE（非字符）"),
])
def test_an_escape_in_double_quotes_is_refused_where_the_character_it_writes_is(escape, written):
    [finding] = refusal(f'版式: 新疆\n部门:\n  名称: "库尔勒{escape}市政法委"\n')
    assert (finding.code, str(finding.location)) == ("JX009", "x.yaml:3:11")
    assert (finding.message, finding.hint) == (f"双引号文字里的转义「{escape}」写出了{written}", ESCAPE_HINT)


def test_hidden_characters_beyond_the_fiftieth_are_counted_not_dropped_in_silence():
    findings = refusal("用途: " + "甲\u200b" * 60 + "\n名称: 乙\u200b\n")
    assert len(findings) == 51
    assert str(findings[49].location) == "x.yaml:1:104"
    last = findings[50]
    assert (last.code, str(last.location), last.message) == (
        "JX009", "x.yaml:1:106", "从这里起还有 11 处这样的字符未列出（只列出前 50 处）")
    assert "查找和替换" in last.hint


def test_an_escape_in_a_key_or_on_a_continued_line_is_found_there():
    findings = refusal('"名\\u200b称": 甲\n用途: "开展\\\n  工作\\x07"\n')
    assert [(str(f.location), f.message.split("」")[0]) for f in findings] == [
        ("x.yaml:1:3", "双引号文字里的转义「\\u200b"), ("x.yaml:3:5", "双引号文字里的转义「\\x07")]


@pytest.mark.parametrize("escape, message", [
    (r"\ud800", "双引号文字里的转义「\\ud800」不是一个完整的字符：U+D800 是 UTF-16 代理对的一半，不能单独出现"),
    (r"\U00110000", "双引号文字里的转义「\\U00110000」超出了 Unicode 的范围，不是一个字符"),
])
def test_an_escape_that_writes_no_character_is_refused(escape, message):
    [finding] = refusal(f'名称: "甲{escape}乙"\n')
    assert (finding.code, str(finding.location), finding.message, finding.hint) == \
        ("JX009", "x.yaml:1:7", message, ESCAPE_HINT)


def test_escapes_of_ordinary_characters_pass():
    assert load_bytes('名称: "甲\\t乙\\u4e19\\"\\\\"\n'.encode(), "x.yaml").data == {"名称": "甲\t乙丙\"\\"}


COMMENT_HINT = "# 是多打的就删掉它；要在文字里写 #，把整段文字加上引号，或把 # 改成全角的 ＃ 或“号”字"


@pytest.mark.parametrize("source, expected", [
    ("用途: 购置设备 #1号楼维修费用\n", ("x.yaml:1:10", "「#」和后面的「1号楼维修费用」被当作注释，不会印出来：这一项只读到「购置设备」")),
    ("用途: #1号楼维修费用\n", ("x.yaml:1:5", "「#」和后面的「1号楼维修费用」被当作注释，不会印出来：这一项读到的是空值")),
    ("用途: 购置设备\n  和家具 #2\n", ("x.yaml:2:7", "「#」和后面的「2」被当作注释，不会印出来：这一项只读到「购置设备 和家具」")),
])
def test_a_comment_that_looks_like_text_after_a_value_is_warned_of(source, expected):
    [warning] = load_bytes(source.encode(), "x.yaml").cut_by_comments
    assert (warning.code, warning.severity, str(warning.location), warning.message, warning.hint) == (
        "JX014", "警告", *expected, COMMENT_HINT)


@pytest.mark.parametrize("source", ["用途: 购置设备  # 注释\n", "用途: 购置设备 ##\n", '用途: "购置设备 #1号楼"\n',
                                    "用途: 购置设备#1号楼\n", "# 注释\n用途: |\n  购置设备\n  #1号楼\n"])
def test_an_aligned_comment_or_a_hash_inside_text_is_not_warned_of(source):
    assert load_bytes(source.encode(), "x.yaml").cut_by_comments == []


@pytest.mark.parametrize("source, message", [
    ("---\n", "文件的最外层应是一组“键: 值”"),  # its empty value ends after the last line
    ("用途: 甲\n---\n", "YAML 语法错误：文件里只能有一份文档"),  # not a line of 用途's text
])
def test_an_empty_document_or_a_second_one_is_refused_as_such(source, message):
    [finding] = refusal(source)
    assert finding.message == message


NO_BREAK = "不间断空格（U+00A0，多半是从 Word、网页或微信里复制来的）"
FULL_WIDTH = "全角空格（U+3000，中文输入法全角状态下打的空格）"


@pytest.mark.parametrize("source, where, blank", [
    ("部门:\n  名称:\u00a0城关部门\n  单位名称: 本级\n", "x.yaml:2:6", NO_BREAK),  # YAML notices on the next line
    ("年度:\u30002027\n版式: 河北\n", "x.yaml:1:4", FULL_WIDTH),
    ("项目:\n  -\u00a0名称: 甲\n    财政资金: 1\n", "x.yaml:2:4", NO_BREAK),
    ("指标: [{名称:\u00a0宣传次数, 指标值: ≥3次}]\n", "x.yaml:1:10", NO_BREAK),  # a key that swallowed its value
])
def test_a_blank_that_only_looks_like_a_space_is_named_at_its_place(source, where, blank):
    [finding] = refusal(source)
    assert (finding.code, str(finding.location)) == ("JX004", where)
    assert finding.message == f"这里是一个{blank}，看起来像空格，YAML 却不把它当作空格"
    assert finding.hint == "删掉它，换成一个半角空格（英文输入状态下按空格键）"


def test_a_full_width_space_in_the_indentation_is_told_the_spaces_to_write_for_the_whole():
    [finding] = refusal("部门:\n\u3000 名称: 城关部门\n")
    assert (finding.code, str(finding.location)) == ("JX004", "x.yaml:2:1")
    assert finding.message == f"这里是一个{FULL_WIDTH}，看起来像空格，YAML 却不把它当作空格"
    assert finding.hint == "把行首的 1 个全角空格和 1 个空格换成 2 个半角空格（英文输入状态下按空格键），比第 1 行的「部门」多缩进两个空格"


@pytest.mark.parametrize("text", ["总体目标: |\n  \u3000\u3000一是坚持党的领导。\n  \u3000\u3000二是开展工作。\n",
                                  "总体目标: \"开展工作，\u3000其中:\u3000办公费\"\n", "# 注:\u3000说明\n"])
def test_a_full_width_space_in_text_does_not_hide_the_real_mistake(text):
    [finding] = refusal("年度: 2022\n" + text + "依据 年度工作计划\n项目: []\n")
    assert (finding.message, str(finding.location)) == ("YAML 语法错误：「依据」后面缺少冒号", f"x.yaml:{text.count(chr(10)) + 2}:3")


def test_a_full_width_space_inside_text_is_text():
    assert load_bytes("用途: 开展宣传：\u3000一是培训\n目标: a:\u3000b\n".encode("utf-8"), "x.yaml").data == {
        "用途": "开展宣传：\u3000一是培训", "目标": "a:\u3000b"}


@pytest.mark.parametrize("start, kind", [(b"%PDF-1.7\n%\xe2\xe3", "PDF 文件"), (b"PK\x03\x04\x14\x00", "Word、Excel 或 zip 压缩文件"),
                                          (b"\xd0\xcf\x11\xe0\xa1\xb1", "Word 或 Excel 文件（.doc、.xls）")])
def test_a_pdf_or_word_file_given_for_a_filing_is_named_as_such(start, kind):
    [finding] = refusal(start + bytes(range(256)))
    assert (finding.code, str(finding.location), finding.message) == ("JX012", "x.yaml:1:1", f"这是一个 {kind}，不是 YAML 申报文件")


def test_top_level_must_be_a_mapping():
    [finding] = refusal("- 河北\n")
    assert finding.message == "文件的最外层应是一组“键: 值”"


@pytest.mark.parametrize("source", ["", "\n\n", "# 部门预算绩效申报文件\n"])
def test_an_empty_file_is_told_to_start_from_jixiao_new(source):
    [finding] = refusal(source)
    assert (finding.code, str(finding.location), finding.message, finding.hint) == (
        "JX008", "x.yaml:1:1", "文件是空的", "先删掉这个空文件，再运行 jixiao new 文件名.yaml 生成一份起始文件"
        "（湖南版、新疆版加 --layout 湖南 或 --layout 新疆），或从 filings/ 里的示例复制一份")


def test_message_shows_the_line_and_a_caret_under_the_column():
    source = "部门:\n  名称: 甲\n  名称: 乙\n"
    with pytest.raises(FilingError) as caught:
        load_bytes(source.encode(), "filings/x.yaml")
    text = format_finding(caught.value.findings[0], caught.value.lines)
    assert text.splitlines() == [
        "filings/x.yaml:3:3: 错误[JX011]: 键「名称」重复出现（第一次在第 2 行）",
        "  |",
        "3 |   名称: 乙",
        "  |   ^",
        "  提示: 同一层里每个键只能写一次：删除或合并其中一处，否则后写的会悄悄覆盖先写的",
    ]


def test_a_long_line_is_shown_around_the_column_only():
    source = "用途: " + "长" * 300_000 + "\n财正资金: 1\n" + "名称: " + "甲" * 100 + "\u200b" + "乙" * 100 + "\n"
    with pytest.raises(FilingError) as caught:
        load_bytes(source.encode(), "x.yaml")
    text = format_finding(caught.value.findings[-1], caught.value.lines)
    assert text.splitlines()[1:4] == [
        "  |",
        "3 | …" + "甲" * 30 + "⟨U+200B⟩" + "乙" * 49 + "…",
        "  | " + " " * (1 + 60) + "^",
    ]


def test_caret_counts_wide_characters_twice():
    source = "名称: 甲\n用途: 开展\u200b工作\n"
    with pytest.raises(FilingError) as caught:
        load_bytes(source.encode(), "x.yaml")
    caret_line = format_finding(caught.value.findings[0], caught.value.lines).splitlines()[3]
    assert caret_line == "  | " + " " * len("用途: 开展".encode("gbk")) + "^"


@pytest.mark.parametrize("source, message", [
    ("指标值: >=90%\n", "YAML 语法错误：以 > 或 | 开头的值会被当作多行文字块"),
    ("指标值: \"≥90%\n", "YAML 语法错误：这里开始的双引号（\"）在这一行没有配对"),
    ("指标: [1, 2\n名称: 3\n", "YAML 语法错误：这里开始的方括号（[）在这一行没有配对的 ]"),
    ("- 河北\n版式: 河北\n", "YAML 语法错误：缩进不一致"),
    ("指标值: !foo!bar x\n", "YAML 语法错误：不支持 YAML 标签（以 ! 开头）"),
])
def test_syntax_errors_are_explained_in_chinese(source, message):
    [finding] = refusal(source)
    assert finding.message == message
    assert finding.hint and not any("a" <= ch <= "z" for ch in finding.message)


def test_an_item_without_its_dash_repeats_the_first_key_and_is_told_to_get_one():
    [first, _] = refusal("项目:\n  - 名称: 甲\n    编码: P1\n    名称: 乙\n    编码: P2\n")
    assert (str(first.location), first.message, first.hint) == (
        "x.yaml:4:5", "键「名称」重复出现（第一次在第 2 行）",
        "若这里是列表的下一项，在「名称:」前加「- 」，与第 2 行那一项对齐；否则删除或合并其中一处（后写的会悄悄覆盖先写的）")
