"""Chinese explanations of PyYAML's syntax errors, for clerks who never read YAML's spec."""

from __future__ import annotations

import yaml

# (fragment of PyYAML's English problem text, Chinese message, hint)
_EXPLANATIONS = [
    ("mapping values are not allowed here", "这里不能出现“键: 值”",
     "冒号后面要有空格；若文字里本身含“: ”，请把整段文字用双引号括起来"),
    ("could not find expected ':'", "这里缺少冒号（:）",
     "每个键后面要写冒号，例如“名称: 扫黑除恶工作经费”；若是文字换行了，请用 | 块写多行文字"),
    ("found character '\\t' that cannot start any token", "缩进里有制表符（Tab）",
     "YAML 只能用空格缩进：把 Tab 换成两个空格"),
    ("found a tab character", "缩进里有制表符（Tab）", "YAML 只能用空格缩进：把 Tab 换成两个空格"),
    ("expected <block end>", "缩进不一致", "同一层的键要左对齐，子项比上一层多缩进两个空格"),
    ("<document start>", "缩进不一致或多了内容", "检查这一行的缩进，同一层的键要左对齐"),
    ("found unexpected end of stream", "引号或括号没有配对就到了文件末尾", "检查这里开始的引号或括号是否闭合"),
    ("found unknown escape character", "双引号文字里有无法识别的反斜杠转义",
     "把 \\ 写成 \\\\，或改用单引号"),
    ("found undefined alias", "不支持别名（*名字）", "把要重复的内容直接写出来"),
    ("expected a single document", "文件里只能有一份文档", "删除多余的 --- 分隔线"),
    ("did not find expected key", "这里缺少键或缩进不一致", "检查这一行和上一行的缩进与冒号"),
    ("did not find expected '-' indicator", "列表项缺少“- ”或缩进不一致", "列表的每一项都以“- ”开头并左对齐"),
    ("expected ',' or ']'", "方括号列表没有正确结束", "检查逗号和 ]"),
    ("expected ',' or '}'", "花括号映射没有正确结束", "检查逗号和 }"),
    ("that cannot start any token", "这个字符不能出现在值的开头",
     "把整段文字用双引号括起来"),
    ("special characters are not allowed", "文件含有 YAML 不允许的字符", "删除这个字符"),
    ("while scanning a block scalar", "以 > 或 | 开头的值会被当作多行文字块",
     "把整个值用双引号括起来，例如 \">=90%\"；或改用 ≥ ≤"),
    ("expected alphabetic or numeric character", "以 * 、& 或 % 开头的值有特殊含义",
     "把整个值用双引号括起来"),
    (" tag", "不支持 YAML 标签（以 ! 开头）", "把整个值用双引号括起来"),
    ("mapping keys are not allowed here", "这里不能出现键", "检查这一行的缩进和冒号"),
    ("sequence entries are not allowed here", "这里不能开始列表（- ）",
     "列表写在键的下一行，每项以“- ”开头并比键多缩进两个空格"),
    ("expected the node content", "这里缺少值", "在冒号或“- ”后面写上内容"),
    ("did not find expected node content", "这里缺少值", "在冒号或“- ”后面写上内容"),
    ("found unexpected ':'", "这里的冒号无法识别", "若文字里本身含冒号，请把整段文字用双引号括起来"),
]


def explain_yaml_error(error: yaml.MarkedYAMLError) -> tuple[str, str]:
    """Return (message, hint) in Chinese for a PyYAML syntax error."""
    problem = f"{error.problem or ''} {error.context or ''}"
    for fragment, message, hint in _EXPLANATIONS:
        if fragment in problem:
            return f"YAML 语法错误：{message}", hint
    return "YAML 语法错误：这里的写法无法识别", "对照 filings/ 里的示例检查这一行的缩进、冒号和引号"
