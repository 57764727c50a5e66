"""Parts left unfinished or cut short: placeholder text (the ×× and …… of a filing made
by ``jixiao new``) still in a value (JX331), a text cut short by a "#" (JX014)."""

from __future__ import annotations

import operator
import re
from functools import reduce
from typing import Iterator

from ..codes import Code, Example
from ..findings import WARNING, Finding
from ..validate import schema_at
from ..yaml_numbers import number_value
from .registry import Context, check

# ×× anywhere; …… on a line with little else (一是……, 用于……), not an ellipsis in prose
PLACEHOLDER = re.compile(r"×{2,}|^\s*\S{0,4}……\s*$", re.MULTILINE)


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
            where = next((step for step in reversed(path) if isinstance(step, str)), "")
            placeholder = "……" if "……" in match[0] else match[0]
            yield ctx.finding("JX331", f"「{where}」里还有占位文字「{placeholder}」，要换成本单位的内容", path,
                              "把 ×× 和 …… 换成实际的名称和内容", within=match[0].strip(),
                              nth=text[:match.start()].count(match[0].strip()))  # not an ellipsis in the prose above


@check(Code("JX014", WARNING, "值后面的 # 截掉了文字",
            "不加引号的文字后面，空格加 # 起的是注释：# 和它后面的文字不会印出来。# 后面紧跟文字（不是空格）时，"
            "多半是想写进值里的。数字和只能从几项里选的值（版式、金额单位等）后面的注释不算。",
            Example("项目:\n  - 名称: 设备购置经费\n    财政资金: 10\n    用途: 购置设备 #1号楼维修费用\n", "4:14"),
            Example("项目:\n  - 名称: 设备购置经费\n    财政资金: 10 #含上年结转\n    用途: 购置设备 ＃1号楼维修费用  # 注释\n")))
def texts_cut_by_a_comment(ctx: Context) -> Iterator[Finding]:
    """A text whose "#" began a comment that was meant as part of it (the loader notes
    each); a number's or a choice's remark is a comment as meant."""
    for finding in ctx.document.cut_by_comments:
        schema = schema_at(finding.path)
        value = reduce(operator.getitem, finding.path, ctx.document.data)
        if number_value(value) is None and "enum" not in schema and "const" not in schema:
            yield finding
