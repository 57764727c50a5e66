"""Parts left unfinished (JX331): placeholder text (the ×× and …… of a filing made by
``jixiao new``) still in a value."""

from __future__ import annotations

import re
from typing import Iterator

from ..codes import Code, Example
from ..findings import WARNING, Finding
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
