"""Start a new filing from a layout's starter file (``templates/new/<版式文件夹>.yaml``).

A starter is itself a valid filing: every section of its layout with short comments on what
goes there and what is computed, and one example project to copy. :func:`create_filing`
writes the budget year asked for wherever the starter says :data:`STARTER_YEAR` (年度,
实施期 and dates), and puts the editor's schema modeline first where the file's workspace
does not map the schema onto it (see :mod:`.editor_schema`). The starters are written for the
2015 指标体系; where the repository's jixiao.yaml sets the 指标体系, the new filing leaves it
to the repository and its indicators take that framework's shape.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from .editor_schema import modeline_for
from .frameworks import COST, DEFAULT_FRAMEWORK, FRAMEWORKS, OUTPUT
from .oserrors import os_error_text
from .paths import FILING_SUFFIXES, TEMPLATES_DIR
from .policy import DEFAULT_POLICY, Policy
from .views import LAYOUTS

STARTERS_DIR = TEMPLATES_DIR / "new"
STARTER_YEAR = "2025"  # the year the committed starters are written for
STARTER_FRAMEWORK_LINE = re.compile(rf"^指标体系: {DEFAULT_FRAMEWORK} .*\n", re.MULTILINE)
# 产出指标 with its 成本指标 (2015): the 二级 lines before it, and its list of 三级
_OUTPUT_WITH_COST = re.compile(rf"^(?P<indent> *){OUTPUT}:\n(?P<before>(?:(?P=indent)  .*\n)*?)"
                               rf"(?P=indent)  {COST}:\n(?P<costs>(?:(?P=indent)    .*\n)+)", re.MULTILINE)


def next_budget_year() -> int:
    """The year a filing started today is for: budgets are drawn up the year before."""
    return datetime.date.today().year + 1


class StarterError(Exception):
    """The new filing could not be written; the message says why, in Chinese."""


def starter_text(layout: str) -> str:
    """The starter filing of ``layout`` (河北, 湖南 or 新疆), as committed."""
    return (STARTERS_DIR / f"{LAYOUTS[layout].folder}.yaml").read_text(encoding="utf-8")


def for_framework(text: str, policy: Policy) -> str:
    """A starter's ``text`` under the repository ``policy``: where the policy sets the 指标体系,
    the line that names it becomes a comment saying so, and under 2021 each indicator
    tree's 成本指标 becomes a 一级 of its own, first, as in 财预〔2021〕101号."""
    if policy.framework is None:
        return text
    text = STARTER_FRAMEWORK_LINE.sub(f"# 指标体系由仓库的 jixiao.yaml 统一设定为 {policy.framework}，这里不写\n", text)
    if COST in FRAMEWORKS[policy.framework]:
        costs = FRAMEWORKS[policy.framework][COST][0]  # 经济成本指标: money, as the starter's example
        text = _OUTPUT_WITH_COST.sub(rf"\g<indent>{COST}:\n\g<indent>  {costs}:\n\g<costs>"
                                     rf"\g<indent>{OUTPUT}:\n\g<before>", text)
    return text


def create_filing(target: Path, layout: str, year: int, policy: Policy = DEFAULT_POLICY) -> None:
    """Write the starter filing of ``layout`` for budget ``year`` to ``target``, never over
    an existing file; ``policy`` is the repository's (its 指标体系 is followed)."""
    _check_name(target)
    modeline = modeline_for(target)
    text = ("" if modeline is None else modeline + "\n") + for_framework(
        starter_text(layout).replace(STARTER_YEAR, str(year)), policy)
    try:
        with open(target, "x", encoding="utf-8", newline="\n") as file:  # "x": fails if it exists
            file.write(text)
    except FileExistsError:
        raise StarterError(f"{target} 已经存在，没有改动它。请换一个文件名，"
                           "或先把原文件改名或移走") from None
    except FileNotFoundError:
        raise StarterError(f"文件夹 {target.parent} 不存在：请先建立这个文件夹") from None
    except OSError as error:
        raise StarterError(f"无法写入 {target}：{os_error_text(error)}") from None


def _check_name(target: Path) -> None:
    """Refuse a name that is not a filing's: a folder, a name that is only the suffix or
    hidden (jixiao build skips it in a folder), one not ending .yaml; say which name to give."""
    bare = target.name.lstrip(".")
    if target.is_dir():
        raise StarterError(f"{target} 是一个文件夹：请写出要在里面新建的文件的名称，例如 {target / 'x.yaml'}")
    if target.name in FILING_SUFFIXES:  # .yaml
        raise StarterError(f"{target} 只有后缀，没有文件名：请在前面写上名称，例如 {target.with_name('x.yaml')}")
    if target.name.startswith("."):
        raise StarterError(f"{target} 以“.”开头，是隐藏文件，jixiao build 一个文件夹时不会找它："
                           f"请去掉开头的“.”，例如 {target.with_name(bare or 'x').with_suffix('.yaml')}")
    if target.suffix not in FILING_SUFFIXES:
        raise StarterError(f"{target} 不以 .yaml 结尾：申报文件要用 .yaml（编辑器按它提示键和检查，"
                           f"jixiao build 一个文件夹时也只找它），例如 {target.with_suffix('.yaml')}")
