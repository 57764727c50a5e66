"""Every finding code the tool reports, with its severity, explanation and examples.

This is the one list behind ``jixiao rules`` and ``docs/rules.md``. Codes are stable:
a code is never reused for another meaning. Reading (JX0xx) and format (JX1xx) codes
are registered here; the review rules register theirs beside their checks in
:mod:`jixiao.checks`.

Examples are YAML fragments of a filing: top-level keys that the fragment leaves out are
taken from :data:`EXAMPLE_BASE`, appended after it so that the fragment's line numbers
stay as shown. A bad example names where its finding is reported (``line:column``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import ERROR, WARNING

READING = "读取"
CONFIG = "审核规则文件"
FORMAT = "格式"
REVIEW = "审核"

EXAMPLE_BASE = {
    "版式": "版式: 河北",
    "年度": "年度: 2024",
    "部门": "部门: {名称: 示例部门}",
    "整体绩效目标": "整体绩效目标: {总体目标: 做好本年度各项工作。}",
    "项目": "项目: []",
}


@dataclass(frozen=True)
class Example:
    """A YAML fragment of a filing; ``at`` is where a bad example's finding is reported."""

    source: str
    at: str = ""

    def filing(self) -> str:
        """The whole filing the fragment stands for (missing top-level keys appended)."""
        present = set(re.findall(r"^([^\s#:][^:]*):", self.source, flags=re.MULTILINE))
        base = [line for key, line in EXAMPLE_BASE.items() if key not in present]
        return self.source.rstrip("\n") + "\n" + "".join(f"{line}\n" for line in base)


@dataclass(frozen=True)
class Code:
    """One finding code: default severity, title, explanation and examples.

    ``adjustable`` codes may be raised, lowered or turned off by a repository's
    ``jixiao.yaml`` and accepted on one value with ``接受警告`` (when a warning)."""

    code: str
    severity: str
    title: str
    explanation: str
    bad: Example | None = None
    good: Example | None = None
    step: str = REVIEW

    @property
    def adjustable(self) -> bool:
        return self.step == REVIEW and self.severity == WARNING or self.code in ADJUSTABLE_ERRORS

    @property
    def acceptable(self) -> bool:
        """Whether a 接受警告 may cover it where it is a warning: an adjustable code, but
        for the warnings about 接受警告 themselves (JX462), which no 接受警告 can cover."""
        return self.adjustable and self.code not in ABOUT_WAIVERS


# Review errors that a bureau may still turn into warnings or off (content, not arithmetic).
ADJUSTABLE_ERRORS = frozenset({"JX401", "JX402", "JX410", "JX421", "JX427"})
# Warnings about 接受警告 themselves: reported after every 接受警告 has been matched.
ABOUT_WAIVERS = frozenset({"JX462"})

CODES: dict[str, Code] = {}


def register(*codes: Code) -> tuple[Code, ...]:
    """Add codes to the registry (each code once)."""
    for code in codes:
        if code.code in CODES:
            raise ValueError(f"finding code {code.code} registered twice")
        CODES[code.code] = code
    return codes


def _reading(code: str, title: str, explanation: str, bad: Example | None = None,
             good: Example | None = None) -> Code:
    return Code(code, ERROR, title, explanation, bad, good, READING)


def _format(code: str, title: str, explanation: str, bad: Example, good: Example) -> Code:
    return Code(code, ERROR, title, explanation, bad, good, FORMAT)


register(
    _reading("JX001", "无法读取文件", "文件不存在、没有读取权限，或者是一个文件夹。"),
    _reading("JX002", "文件太大", "一份申报文件不超过 2 MB；更大的文件多半是粘贴了多余内容。"),
    _reading("JX003", "不是 UTF-8 编码", "申报文件必须以 UTF-8 编码保存（GBK、UTF-16 等编码的文件会被拒绝，而不是读成乱码）。"),
    _reading("JX004", "YAML 语法错误", "缺少冒号、缩进不一致、引号或括号没有配对，冒号后或缩进里打了全角空格、不间断空格等：文件无法读取，会指出出错的地方。",
             Example("项目:\n  - 名称 扫黑除恶工作经费\n    财政资金: 10.00\n", "2:7"),
             Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n")),
    _reading("JX005", "锚点、别名或合并键", "YAML 的 &锚点、*别名 和 << 合并键会让审核人看不出实际内容，不允许使用。",
             Example("部门: &dept {名称: 示例部门}\n封面: {编制单位: 示例部门}\n", "1:5"),
             Example("部门: {名称: 示例部门}\n封面: {编制单位: 示例部门}\n")),
    _reading("JX006", "YAML 指令或标签", "以 % 开头的指令和以 ! 开头的标签会改变值的含义，不允许使用。",
             Example("年度: !!str 2024\n", "1:5"), Example("年度: 2024\n")),
    _reading("JX007", "嵌套太深", "超过 32 层的嵌套不会出现在申报文件里，多半是缩进错了或文件被篡改。"),
    _reading("JX008", "文件是空的，或最外层不是“键: 值”", "文件最外层应是“键: 值”，以“版式: 河北”这样的行开始。"),
    _reading("JX009", "看不见的字符", "零宽字符、双向控制字符、控制字符等会向审核人隐藏或颠倒文字，转换编码时留下的替换字符 � 说明那里丢了字，不论是直接打的还是在双引号里用转义（如 \\u202e）写的，一律拒绝并指出位置。"),
    _reading("JX010", "键不是文字", "冒号前面的键应是一段文字。",
             Example("部门: {名称: 示例部门, ~: 空键}\n", "1:16"), Example("部门: {名称: 示例部门}\n")),
    _reading("JX011", "重复的键", "同一层里同一个键写了两次：后写的会悄悄覆盖先写的，所以拒绝。",
             Example("年度: 2024\n年度: 2025\n", "2:1"), Example("年度: 2024\n")),
    _reading("JX012", "不是申报文件", "给的是 PDF、Word、Excel 或压缩包，不是 YAML 申报文件（.yaml）。",
             Example("%PDF-1.7\n", "1:1"), Example("年度: 2024\n")),
    Code("JX020", ERROR, "审核规则文件有误",
         "仓库根目录的 jixiao.yaml 写错了：未知的键、没有的规则代码，或想关闭不能关闭的错误。"
         "这时不检查任何申报文件（命令以退出码 2 结束），以免按错误的规则审核。", step=CONFIG),
    _format("JX100", "未知的键", "键名不在申报文件格式里（多半是打错了字），会提示最接近的正确键名。",
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财正资金: 10.00\n", "3:5"),
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n")),
    _format("JX101", "缺少必填项", "版式、年度、部门、整体绩效目标、项目，以及每个项目的名称和财政资金必须写。",
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n", "2:5"),
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n")),
    _format("JX102", "必填项空着", "冒号后面没有填内容。",
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金:\n", "3:5"),
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 0\n")),
    _format("JX103", "类型不对", "金额要写数字（不加引号、单位或千位分隔符），年度写整数，列表每项以“- ”开头。",
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00万元\n", "3:11"),
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n")),
    _format("JX104", "不在可选值中", "版式只能是 河北、湖南、新疆；金额单位只能是 万元、元；等等。",
            Example("版式: 河南\n", "1:5"), Example("版式: 湖南\n")),
    _format("JX105", "不能为空", "列表、文字或键名不能是空的。",
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n    接受警告: {JX405: \"\"}\n", "4:19"),
            Example("项目:\n  - 名称: 扫黑除恶工作经费\n    财政资金: 10.00\n    接受警告: {JX405: 专项保障项目，指标少而精}\n")),
    _format("JX106", "写法不对", "例如项目编号格式里必须有 {序号}。",
            Example("样式: {项目编号格式: \"第几个\"}\n", "1:14"), Example("样式: {项目编号格式: \"{序号}.\"}\n")),
    _format("JX107", "太长或太多", "一个栏目最多 20000 字、一个列表最多几百项：防止误粘贴的大段内容。",
            Example("样式: {项目编号格式: \"{序号}一二三四五六七八九十一二三四五六七八九十\"}\n", "1:14"),
            Example("样式: {项目编号格式: \"{序号}、\"}\n")),
    Code("JX199", ERROR, "不符合格式要求", "其他格式问题（以上各条之外），提示里写明该栏目的要求。", step=FORMAT),
)
