"""Money in a diff is never misstated: random edits to amounts, and every printed
difference equals new − old exactly, every printed amount is the one in the file."""

from __future__ import annotations

import re
from decimal import Decimal

import click
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.diff.compare import compare
from jixiao.diff.report_text import NOTHING, report_lines
from jixiao.pipeline import Result, process_bytes

HEAD = """\
版式: 河北
年度: 2022
部门: {名称: 政法委部门, 单位编码: "216001", 单位名称: 区委政法委员会本级}
整体绩效目标: {总体目标: 维护稳定。}
项目:
"""
AMOUNT_LINE = re.compile(r"^  (?P<what>[^：]+)：(?P<old>\S+) → (?P<new>（无）|[^\s（]+)(（(?P<delta>[+-]?[\d.]+)）)?$")

amounts = st.builds(lambda units, places: Decimal(units).scaleb(-places),
                    st.integers(0, 10**9), st.sampled_from([0, 1, 2]))
projects = st.lists(st.tuples(amounts, st.none() | amounts), min_size=3, max_size=3)


def filing(figures: list[tuple[Decimal, Decimal | None]]) -> str:
    text = HEAD
    for n, (fiscal, other) in enumerate(figures, start=1):
        text += f"  - 名称: 项目{n}\n    编码: P{n}\n    财政资金: {fiscal:f}\n"
        if other is not None:
            text += f"    其他资金: {other:f}\n"
    return text


def processed(text: str) -> Result:
    return process_bytes(text.encode("utf-8"), "x.yaml", with_view=False)


def amount(printed: str) -> Decimal | None:
    """A printed amount; （无） is an amount not written."""
    return None if printed == NOTHING else Decimal(printed)


def budget(figures) -> Decimal:
    return sum((fiscal + (other or 0) for fiscal, other in figures), Decimal(0))


@settings(max_examples=60, deadline=None)
@given(old=projects, new=projects)
def test_every_printed_difference_is_exact(old, new):
    lines = [click.unstyle(line) for line in report_lines(compare(processed(filing(old)), processed(filing(new))))]
    section, printed = None, {}
    for line in lines[1:]:
        match = AMOUNT_LINE.match(line)
        if match is None:
            assert not line.startswith(" "), line  # every change line here is an amount line
            section = line
            continue
        before, after = amount(match["old"]), amount(match["new"])
        if match["delta"] is None:  # an amount written on one side only: no difference
            assert NOTHING in (match["old"], match["new"]) and (before or 0) == (after or 0), line
        else:  # 其他资金 not written is 0
            assert Decimal(match["delta"]) == (after or 0) - (before or 0), line
        printed[(section, match["what"])] = (before, after)

    for n, ((old_fiscal, old_other), (new_fiscal, new_other)) in enumerate(zip(old, new), start=1):
        section = f"项目「项目{n}」"
        if old_fiscal != new_fiscal:
            assert printed.pop((section, "财政资金")) == (old_fiscal, new_fiscal)
        if old_other != new_other:
            assert printed.pop((section, "其他资金")) == (old_other, new_other)
        printed.pop((section, "预算数"), None)
    if budget(old) != budget(new):
        assert printed.pop(("合计", "合计")) == (budget(old), budget(new))
    leftover = {key: value for key, value in printed.items() if key[0] != "合计"}
    assert leftover == {}
    for (_, what), (before, after) in printed.items():
        assert what in ("财政资金合计", "其他资金合计")
