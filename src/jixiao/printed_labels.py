"""Merge the label cells of printed indicator tables on laid-out pages.

A printed indicator table (:mod:`jixiao.indicator_tables`) has a label cell in every
row, naming the run of equal labels it belongs to (``data-run``); the run's first cell
holds its label, which takes no height. Once WeasyPrint has laid out the pages, each run
is merged page by page, the way a row-spanned cell cut at the page break should look:
the label (on a later page, a copy of it) is centred on the run's rows on that page, the
run's other cells are emptied, and the rules between them are taken out of the table's
collapsed border grid (a copy for each page). So a run that continues on a new page has
its label printed again there, and the part left behind is closed by its own rule.
"""

from __future__ import annotations

from itertools import groupby
from typing import Iterable, NamedTuple

from weasyprint.document import Page
from weasyprint.formatting_structure.boxes import Box, TableBox, TableCellBox, TableRowBox

# WeasyPrint positions in CSS pixels; a label may overhang its rows by rounding only.
TOLERANCE_PX = 0.01


class LabelCell(NamedTuple):
    """A laid-out label cell: its grid column, the position of its row in the table's
    part on the page, the row, the cell, and the run it belongs to."""

    column: int
    y: int
    row: TableRowBox
    cell: TableCellBox
    run: str


def merge_printed_labels(pages: Iterable[Page]) -> frozenset[str]:
    """Merge the label runs of the indicator tables on ``pages`` (in order), in place.
    Return the label cells (``data-cell``) that start a run's rows on a page too short
    for its label: laid out again with those cells solid, their labels take room."""
    too_tall: set[str] = set()
    last_labels: dict[str, Box] = {}
    for page in pages:
        for box in page._page_box.descendants():
            if isinstance(box, TableBox) and "indicators" in (box.element.get("class") or "").split():
                too_tall.update(_merge_table(box, last_labels))
    return frozenset(too_tall)


def _merge_table(table: TableBox, last_labels: dict[str, Box]) -> list[str]:
    """Merge the runs of one table's part on a page; ``last_labels`` keeps each run's
    last label, to copy onto a page whose cells of the run have none."""
    rows = [row for group in table.children for row in group.children]
    cells = sorted(LabelCell(cell.grid_x, y, row, cell, cell.element.get("data-run"))
                   for y, row in enumerate(rows) for cell in row.children
                   if cell.element is not None and cell.element.get("data-run"))
    too_tall = []
    horizontal = list(table.collapsed_border_grid[1])
    grid_line = _grid_lines(table)
    for _, column in groupby(cells, key=lambda c: c.column):
        for run in _runs(column):
            first, last = run[0], run[-1]
            label = _label(run, last_labels.get(first.run))
            if label is None:
                continue
            last_labels[first.run] = label
            top, bottom = first.row.position_y, last.row.position_y + last.row.height
            lines_top = label.children[0].position_y
            height = max(line.position_y + line.height for line in label.children) - lines_top
            label.translate(dx=first.cell.content_box_x() - label.position_x,
                            dy=top + (bottom - top - height) / 2 - lines_top)
            if height > bottom - top - _insets(first.cell) + TOLERANCE_PX:
                too_tall.append(first.cell.element.get("data-cell"))
            for below in run[1:]:
                _remove_rule(horizontal, grid_line(below.y), below.column)
    table.collapsed_border_grid = (table.collapsed_border_grid[0], horizontal)
    return too_tall


def _runs(column: Iterable[LabelCell]) -> list[list[LabelCell]]:
    """The runs of one label column: cells on consecutive rows naming the same run."""
    runs: list[list[LabelCell]] = []
    for cell in column:
        if runs and runs[-1][-1].y == cell.y - 1 and runs[-1][-1].run == cell.run:
            runs[-1].append(cell)
        else:
            runs.append([cell])
    return runs


def _label(run: list[LabelCell], last: Box | None) -> Box | None:
    """The one label box of a run on a page, moved into the run's first cell (so that it
    comes first in reading order), the other cells emptied: the label laid out in one of
    them, or else a copy of the run's ``last`` one (a run's cells after its first hold no
    label, nor does a row split from the page before)."""
    label = next((child for c in run for child in c.cell.children if child.children), None)
    if label is None and last is not None:
        label = last.deepcopy()
    for c in run:
        c.cell.children = []
    if label is not None:
        run[0].cell.children = [label]
    return label


def _insets(cell: TableCellBox) -> float:
    """The room a cell keeps above and below its content: half rules and padding."""
    return (cell.border_top_width + cell.border_bottom_width
            + cell.style["padding_top"].value + cell.style["padding_bottom"].value)


def _grid_lines(table: TableBox):
    """Maps a row of a table's part on a page to the line above it in the table's
    collapsed border grid, as WeasyPrint draws them (a repeated header's rows first)."""
    header_rows = len(table.children[0].children) if table.children and table.children[0].is_header else 0
    offset = table.skipped_rows - header_rows if table.skipped_rows else 0
    return lambda y: y if header_rows and y <= header_rows else y + offset


def _remove_rule(horizontal: list, line: int, column: int) -> None:
    """Take the rule above grid ``line`` at ``column`` out of a table's border grid."""
    horizontal[line] = list(horizontal[line])
    score, (style, _, color) = horizontal[line][column]
    horizontal[line][column] = (score, (style, 0, color))
