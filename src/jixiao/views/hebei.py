"""The Hebei 部门预算绩效文本: cover, 目录, 第一部分 部门整体绩效目标, 第二部分 预算项目绩效目标."""

from __future__ import annotations

from decimal import Decimal

from ..indicator_value import percent_text
from ..model import SPENDING_CHECKPOINTS, Filing, Project
from ..money import two_decimals
from ..numbering import parenthesised, project_number, section
from ..indicator_tables import Column, IndicatorTable, indicator_grid
from ..tables import (FOLLOWER_MARGIN_PT, ROW_INSETS_PT, TABLE_LINE_PT, column_widths, fitting_size, header_room, row_height,
                      splittable_row, start_height)
from ..totals import Totals
from .common import continued, led, metadata, numbered

DEFAULT_NUMBER_FORMAT = "{序号}."
TABLE_SUFFIX = "绩效目标表"
INDICATOR_COLUMNS = tuple(Column(header, field) for header, field in (
    ("一级指标", "level1"), ("二级指标", "level2"), ("三级指标", "name"))) + (
    Column("绩效指标描述", "description", phrases=("绩效指标", "描述")), Column("指标值", "value"),
    Column("指标值确定依据", "basis", phrases=("指标值", "确定依据")))
SUMMARY_TITLE = "预算项目汇总表"
SUMMARY_HEADERS = ("序号", "项目编码", "项目名称", "预算数", "财政资金", "其他资金")
# The project table is a form: a label column, then twelve columns that the rows span in
# twos, threes and sixes (预算数 / 财政资金 / 其他资金 pairs, four checkpoints); the first
# is wider so that 预算数 stays on one line.
PROJECT_GRID = (14.0, 9.0) + (7.0,) * 11
TEXT_SHARE = sum(PROJECT_GRID[1:])  # 用途 and 绩效目标 span the twelve columns
PLAN_PT = 2 * (TABLE_LINE_PT + ROW_INSETS_PT)  # the two rows of the 资金支出计划, a line each
AMOUNT_SHARE = sum(PROJECT_GRID[2:4])  # 预算数, 财政资金 and 其他资金 span two of the seven-percent columns

# Keys of the filing format that the Hebei 部门预算绩效文本 has no place for ("*": any list item).
NOT_PRINTED = (
    ("部门职能",), ("资金",), ("填报",), ("整体绩效目标", "绩效指标"),
    ("项目", "*", "上级资金"), ("项目", "*", "实施期"), ("项目", "*", "实施期目标"),
)


def build(filing: Filing, totals: Totals) -> dict:
    """The view of a Hebei filing."""
    number_format = filing.style.project_number_format or DEFAULT_NUMBER_FORMAT
    grid = indicator_grid([i for p in filing.projects for i in p.indicators], INDICATOR_COLUMNS,
                          minimum=(5.0, 5.0, 5.0, 6.0), cap=(16.0, 20.0, 16.0, 12.0))
    projects = [_project(p, project_number(number_format, n), f"project-{n}", grid)
                for n, p in enumerate(filing.projects, start=1)]
    summary = _summary(filing, totals) if filing.style.show_project_summary else None
    part_one = _part_one(filing)
    toc = [_toc_entry(1, "第一部分 部门整体绩效目标", "part-1")]
    toc += [_toc_entry(2, s["title"], s["anchor"]) for s in part_one]
    toc.append(_toc_entry(1, "第二部分 预算项目绩效目标", "part-2"))
    if summary:
        toc.append(_toc_entry(2, summary["title"], summary["anchor"]))
    toc += [_toc_entry(2, p["title"], p["anchor"], tail=p["title_tail"]) for p in projects]
    return {
        "meta": metadata(filing),
        "title": f"{filing.department.name}{filing.cover.title}",
        "cover": filing.cover,
        "department": filing.department,
        "toc": toc,
        "part_one": part_one,
        "summary": summary,
        "projects": projects,
        "unit": filing.amount_unit,
    }


def _toc_entry(level: int, text: str, anchor: str, tail: str = "") -> dict:
    """A 目录 entry. Its tail (a project's 绩效目标表, else the last two characters) is
    printed with the leader and the page number on one line: an entry whose text fills its
    last line takes the tail down with them instead of leaving them alone on a line."""
    tail = tail or text[-2:]
    return {"level": level, "lead": text[:-len(tail)], "tail": tail, "anchor": anchor}


def _part_one(filing: Filing) -> list[dict]:
    overall = filing.overall
    sub_goals = [
        {"heading": f"{parenthesised(n)}{g.name}",
         "lines": [line for label, text in (("职责描述", g.duty), ("绩效目标", g.goal), ("绩效指标", g.indicators))
                   if text for line in led(f"{label}：", text)]}
        for n, g in enumerate(overall.sub_goals, start=1)
    ] + [{"heading": "", "lines": [text]} for text in overall.sub_goals_text.items]
    measures = [line for n, m in enumerate(overall.measures, start=1)
                for line in led(_measure_lead(parenthesised(n) if overall.measures_numbered else "", m.title), m.content)]
    titles = ("总体绩效目标", "分项绩效目标", "工作保障措施")
    bodies = (
        [{"heading": "", "lines": numbered(overall.summary, ".")}],
        sub_goals,
        [{"heading": "", "lines": measures}],
    )
    written = [(title, body) for title, body in zip(titles, bodies)
               if any(block["heading"] or block["lines"] for block in body)]
    return [{"title": f"{section(n)}{title}", "anchor": f"part-1-{n}", "blocks": body}  # a section not written is left out
            for n, (title, body) in enumerate(written, start=1)]


def _measure_lead(number: str, title: str) -> str:
    """What leads a 保障措施's 内容: （一）标题。, the title closed by 。 unless it already
    ends with a stop."""
    if not title or title.endswith(("。", "！", "？", "：", ":")):
        return number + title
    return f"{number}{title}。"


def _project(project: Project, number: str, anchor: str, grid: tuple[float, ...]) -> dict:
    goal = numbered(project.goal, ".")
    goal_cells = [("\n".join(goal), TEXT_SHARE)]
    indicators = IndicatorTable(f"{anchor}-indicators", INDICATOR_COLUMNS, grid, project.indicators)
    # the rows of the form are kept together (templates/hebei/style.css), and with the first
    # row of the indicator table unless the 绩效目标 may split: a 用途 that may split gives its
    # last lines to the next page to go with them where they do not fit under it
    purpose_follower = PLAN_PT + start_height(row_height(goal_cells)) + FOLLOWER_MARGIN_PT + (
        0.0 if splittable_row(goal_cells) else indicators.opening_height())
    budget, fiscal, other = (two_decimals(a) for a in (project.budget, project.fiscal_amount, project.other_amount))
    lead = f"{number}{project.name}"
    return {
        "number": number,
        "title": lead + TABLE_SUFFIX,
        "title_lead": lead,  # the title where it wraps: its tail is kept whole
        "title_tail": TABLE_SUFFIX,
        "continued": continued(lead + TABLE_SUFFIX),
        "anchor": anchor,
        "project": project,
        "budget": budget,
        "fiscal": fiscal,
        "other": other,
        "amount_size": fitting_size((budget, fiscal, other), AMOUNT_SHARE),  # None: the table's own
        "purpose_splittable": splittable_row([(project.purpose, TEXT_SHARE)]),
        "purpose_follower": purpose_follower,
        "plan": [(checkpoint, percent_text(value)) for checkpoint, value in project.spending_plan]
        or [(checkpoint, "") for checkpoint in SPENDING_CHECKPOINTS],
        "goal": goal,
        "goal_splittable": splittable_row(goal_cells),
        "grid_widths": PROJECT_GRID,
        "indicators": indicators,
    }


def _summary(filing: Filing, totals: Totals) -> dict:
    rows = [[str(n), p.code, p.name, two_decimals(p.budget), two_decimals(p.fiscal_amount),
             two_decimals(p.other_amount or Decimal(0))] for n, p in enumerate(filing.projects, start=1)]
    footer = ["合计", "", "", two_decimals(totals.budget), two_decimals(totals.fiscal),
              two_decimals(totals.other)]
    columns = list(zip(*(rows + [footer, list(SUMMARY_HEADERS)])))
    # 序号, a 项目编码 (21 characters) and the amounts each on one line, never cut
    widths = column_widths(columns, minimum=(3.0, 6.0, 7.0, *(header_room(h, 4.5) for h in SUMMARY_HEADERS[3:])),
                           cap=(16.0, 26.0, 16.0, 16.0, 16.0, 16.0),
                           whole=(True, True, False, True, True, True), smaller=(False, False, False, True, True, True))
    return {
        "title": SUMMARY_TITLE,
        "continued": continued(SUMMARY_TITLE),
        "anchor": "summary",
        "headers": SUMMARY_HEADERS,
        "widths": widths,
        # an amount column too narrow for its widest amount (long codes beside it) sets it smaller
        "amount_sizes": [fitting_size(column[:-1], width) for column, width in zip(columns[3:], widths[3:])],
        "rows": rows,
        "total": footer,
    }
