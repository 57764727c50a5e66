"""Projects as a list (JX321, JX322) and keys the layout does not print (JX330)."""

from __future__ import annotations

import unicodedata
from typing import Iterator

from ..codes import Code, Example
from ..findings import ERROR, WARNING, Finding
from ..model import Project
from ..views import LAYOUTS
from ..yaml_numbers import number_value
from .registry import Context, check

TWO = "项目:\n  - {名称: 甲项目, 编码: P001, 财政资金: 10}\n  - {名称: %s, 编码: %s, 财政资金: 5}\n"


@check(Code("JX321", ERROR, "项目编码重复", "每个项目的编码应唯一。",
            Example(TWO % ("乙项目", "P001"), "3:19"), Example(TWO % ("乙项目", "P002"))),
       Code("JX322", WARNING, "项目名称重复", "两个项目同名多半是重复粘贴；若确是两个项目，请在名称里注明区别。",
            Example(TWO % ("甲项目", "P002"), "3:10"), Example(TWO % ("乙项目", "P002"))))
def repeated_projects(ctx: Context) -> Iterator[Finding]:
    """Two projects with the same 编码 (error) or the same 名称 (warning)."""
    seen_codes: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    for number, project in enumerate(ctx.filing.projects, start=1):
        code = _comparable(project.code)
        if code and code in seen_codes:
            yield ctx.finding("JX321", f"项目编码 {project.code} 与第 {seen_codes[code]} 个项目重复",
                              project.path + ("编码",), "每个项目的编码应唯一")
        if project.name in seen_names:
            yield ctx.finding("JX322", f"项目名称「{project.name}」与第 {seen_names[project.name]} 个项目重复",
                              project.path + ("名称",), "若确是两个项目，可在名称里注明区别")
        seen_codes.setdefault(code, number)
        seen_names.setdefault(project.name, number)


def _comparable(code: str) -> str:
    """A code as compared for sameness: full-width digits, letters and dashes as half-width, any case."""
    return unicodedata.normalize("NFKC", code).upper()


def _present(data, pattern: tuple[str, ...], path: tuple = ()) -> Iterator[tuple[tuple, object]]:
    """Paths in ``data`` that match ``pattern`` ("*" matches any list item, or any entry of
    a mapping: an indicator's 一级 and 二级), with the values there."""
    if not pattern:
        yield path, data
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*" and isinstance(data, (list, dict)):
        for step, item in (enumerate(data) if isinstance(data, list) else data.items()):
            yield from _present(item, rest, path + (step,))
    elif isinstance(data, dict) and data.get(head) is not None:
        yield from _present(data[head], rest, path + (head,))


# A project's keys that hold an amount (上级资金: or a text, such as "（分级填报）").
AMOUNT_KEYS = frozenset({"上级资金", *Project.TYPED_AMOUNTS})


def _owner(data: dict, path: tuple) -> str:
    """Whose key is at ``path``, as a message names it: ``项目「日常运转」的``, ``项目「日常运转」的指标「开会次数」的``
    (so that the findings of two projects' keys read apart); nothing for the department's."""
    if path[0] != "项目" or len(path) < 3:
        return ""
    project = data["项目"][path[1]]
    owner = f"项目「{project.get('名称')}」的"
    if len(path) > 6 and path[2] == "绩效指标":
        owner += f"指标「{project['绩效指标'][path[3]][path[4]][path[5]].get('名称')}」的"
    return owner


@check(Code("JX330", WARNING, "版式不印的栏目", "这一项格式上没错，但所选版式的表格里没有它的位置，它不会出现在文本里。",
            Example("部门职能:\n  - 统一思想\n", "1:1"), Example("版式: 湖南\n部门职能:\n  - 统一思想\n")))
def keys_the_layout_does_not_print(ctx: Context) -> Iterator[Finding]:
    """A key that the selected 版式 has no place for (部门职能 in a 河北 filing); an amount
    of 0 (上级资金: 0) loses nothing."""
    for pattern in LAYOUTS[ctx.filing.layout].not_printed:
        for path, value in _present(ctx.document.data, pattern):
            if path[-1] in AMOUNT_KEYS and number_value(value) == 0:
                continue
            yield ctx.finding("JX330", f"版式「{ctx.filing.layout}」的表格里没有{_owner(ctx.document.data, path)}「{path[-1]}」这一项，"
                                       "它不会印出来",
                              path, "若内容要出现在文本里，请写到这个版式有的栏目中；否则可以删除",
                              at_key=True)

