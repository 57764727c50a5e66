"""Parts left unfinished or not as typed: placeholder text (the ×× and …… of a filing
made by ``jixiao new``) still in a value (JX331), a text cut short by a "#" (JX014), lines
of plain text that YAML joins into one (JX015), a "#" line in a | text, which is printed (JX016)."""

from __future__ import annotations

import operator
import re
from functools import reduce
from typing import Iterator

from ..codes import Code, Example
from ..findings import WARNING, Finding, Location
from ..validate import schema_at
from ..views import LAYOUTS
from ..yaml_numbers import number_value
from .registry import Context, check

# ×× anywhere; …… on a line with little else (一是……, 用于……), not an ellipsis in prose
PLACEHOLDER = re.compile(r"×{2,}|^\s*\S{0,4}……\s*$", re.MULTILINE)


def _key_of(path: tuple) -> str:
    """The key a value at ``path`` is written under (an item of a list: its list's key)."""
    return next((step for step in reversed(path) if isinstance(step, str)), "")


def _texts(data, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every text value of the document with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _texts(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, path + (index,))
    elif isinstance(data, str):
        yield path, data


@check(Code("JX331", WARNING, "还有没换掉的占位文字",
            "“××”“……”是示例里的占位文字，要换成本单位的内容；不换会原样印出来。",
            Example("部门: {名称: ××部门}\n", "1:10"), Example("部门: {名称: 政法委部门}\n")))
def placeholders(ctx: Context) -> Iterator[Finding]:
    """A value that still has the starter's ×× or ……."""
    if not any("××" in line or "……" in line for line in ctx.document.lines):
        return  # most filings: no need to look at every value
    for path, text in _texts(ctx.document.data):
        match = PLACEHOLDER.search(text)
        if match:
            where = _key_of(path)
            placeholder = "……" if "……" in match[0] else match[0]
            start = match.start() + match[0].index(placeholder)  # at the …… of 用于……, not at 用
            yield ctx.finding("JX331", f"「{where}」里还有占位文字「{placeholder}」，要换成本单位的内容", path,
                              "把 ×× 和 …… 换成实际的名称和内容", within=placeholder,
                              nth=text[:start].count(placeholder))  # not an ellipsis in the prose above


@check(Code("JX014", WARNING, "值后面的 # 截掉了文字",
            "不加引号的文字后面，空格加 # 起的是注释：# 和它后面的文字不会印出来。# 后面紧跟文字（不是空格）时，"
            "多半是想写进值里的。数字和只能从几项里选的值（版式、金额单位等）后面的注释不算。",
            Example("项目:\n  - 名称: 设备购置经费\n    财政资金: 10\n    用途: 购置设备 #1号楼维修费用\n", "4:14"),
            Example("项目:\n  - 名称: 设备购置经费\n    财政资金: 10 #含上年结转\n    用途: 购置设备 ＃1号楼维修费用  # 注释\n")))
def texts_cut_by_a_comment(ctx: Context) -> Iterator[Finding]:
    """A text whose "#" began a comment that was meant as part of it."""
    yield from cut_texts(ctx.document)


def cut_texts(document) -> list[Finding]:
    """The JX014 findings of a document: the values the loader noted a "#" comment after,
    where text is asked (a number's, a choice's or a 是/否's remark is a comment as meant),
    and every value a "#" left empty (财政资金: #10.00)."""
    return [finding for finding in document.cut_by_comments
            if (value := reduce(operator.getitem, finding.path, document.data)) is None
            or _asks_text(schema_at(finding.path)) and number_value(value) is None]


def _asks_text(schema: dict) -> bool:
    """Whether the schema of a value asks for text (not only a number, a true/false or one of some choices)."""
    kinds = schema.get("type", "string")
    return "string" in ([kinds] if isinstance(kinds, str) else kinds) and "enum" not in schema and "const" not in schema


@check(Code("JX015", WARNING, "几行文字接成了一行",
            "不加引号、也不用 | 的文字写在几行上时，YAML 把这几行接成一行，中间多一个空格。多半是列表的下一项"
            "漏了“- ”（它就并进了上一项），或第一项漏了“- ”（下面各项都并进了它），或是想分段却没有用 |。",
            Example("部门职能:\n  - 监督政法各部门依法行使职权。\n    协助考察任免政法部门领导干部。\n", "3:5"),
            Example("部门职能:\n  - 监督政法各部门依法行使职权。\n  - 协助考察任免政法部门领导干部。\n")))
def lines_joined_into_one(ctx: Context) -> Iterator[Finding]:
    """A plain text written over several lines (the loader notes each): the next line
    joins it, with a blank between, where a list item lost its dash or a paragraph its |."""
    lines = ctx.document.lines
    for path, first, last in ctx.document.joined_lines:  # from the value's first line to its last
        # lines one under the other join with a blank; a blank line between them is a line break (JX332's)
        joined = next((n for n in range(first + 1, last + 1) if lines[n - 1].strip() and lines[n - 2].strip()), None)
        if joined is None:
            continue
        column = len(lines[joined - 1]) - len(lines[joined - 1].lstrip(" ")) + 1
        name = _key_of(path)
        dash = lines[first - 1].find("- ") if isinstance(path[-1], int) else -1
        if lines[joined - 1].lstrip(" ").startswith("- ") and dash < 0 and first == joined - 1:  # a list's first item
            text = ctx.document.locate(path)
            align = f"与第 {joined} 行的「- 」对齐（行首 {column - 1} 个空格）"
            on_the_key_line = ctx.document.locate_key(path).line == text.line
            yield Finding("JX015", WARNING, f"「{name}」第 {first} 行的文字前没写「- 」，下面用「- 」列出的各项都接在了它后面，"
                                            "印出来是连在一起的一段", text,
                          f"这段文字若是列表的第一项，把它移到「{name}:」的下一行，前面加「- 」，{align}" if on_the_key_line
                          else f"这一行若是列表的第一项，在它前面加「- 」，{align}", path=path)
            continue
        if lines[joined - 1].lstrip(" ").startswith("-") and dash >= 0:  # an item whose dash is a column or two off
            hint = (f"同一列表各项的「- 」要对齐：第 {first} 行那一项的「- 」在行首 {dash} 个空格处，这一行的在 {column - 1} 个，"
                    "没对齐的这一项就成了上一项的文字")
        else:
            hint = ("若这一行是列表的下一项，在它前面加「- 」；若要分段，把值写成“键: |”，各段缩进对齐；"
                    "若是同一段，把这几行接起来写")
        yield Finding("JX015", WARNING, f"「{name}」第 {joined - 1} 行的文字接着写到了第 {joined} 行，这几行会接成一行（中间多一个空格）",
                      Location(ctx.document.name, joined, column), hint, path=path)


# A line of a | or > text begun with "#" as a comment is (# 备注, #待审定), not a number (#1号楼)
COMMENT_LIKE = re.compile(r"#(?![0-9０-９]).*")


@check(Code("JX016", WARNING, "| 文字里 # 开头的行会印出来",
            "用 | 或 > 写的文字里，# 开头的行不是注释，是文字的一部分，会原样印出来。要写注释，就写在「键: |」那一行的上面；"
            "# 后紧跟数字（#1号楼）的不查。",
            Example("整体绩效目标:\n  总体目标: |\n    维护社会稳定。\n\n    # 备注：待领导审定\n", "5:5"),
            Example("整体绩效目标:\n  # 备注：待领导审定\n  总体目标: |\n    维护社会稳定。\n\n    #1号楼由本部门管理。\n")))
def comments_printed_in_a_block(ctx: Context) -> Iterator[Finding]:
    """A line of a | or > text that starts with "#": it reads as a comment, yet prints
    (where the layout prints the text)."""
    lines = ctx.document.lines
    layout = LAYOUTS[ctx.filing.layout]
    for path, first, last in ctx.document.block_texts:
        if not layout.prints(path):
            continue  # JX330 says the text is not printed at all
        name, header = _key_of(path), lines[first - 2].strip()  # the line of the | or >: 总体目标: >, - |
        for number in range(first, last + 1):
            text = lines[number - 1].strip()
            if COMMENT_LIKE.fullmatch(text):
                yield Finding("JX016", WARNING, f"「{name}」的文字里这一行以「#」开头，它不是注释：「{text}」会原样印出来",
                              Location(ctx.document.name, number, lines[number - 1].index("#") + 1),
                              f"若是注释，把它移到第 {first - 1} 行「{header}」的上面；若是要印的文字，把 # 改成全角的 ＃",
                              path=path)
