"""Finish the printed tables on laid-out pages: merge their label cells, close them where a
page break cuts a row.

A printed indicator table (:mod:`jixiao.indicator_tables`) has a label cell in every
row, naming the run of equal labels it belongs to (``data-run``); so has a text row that
may split across pages (its label alone is a run, ``text_label`` in the templates). The
run's first cell holds its label, which takes no room there. Once WeasyPrint has laid out
the pages, each run is merged page by page, the way a row-spanned cell cut at the page
break should look: the label (on a later page, a copy of it) is centred on the run's rows
on that page, the run's other cells are emptied, and the rules between them are taken out
of the table's collapsed border grid (a copy for each page). So a run that continues on a
new page has its label printed again there, and the part left behind is closed by its own
rule.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass
class Label:
    """A laid-out label: what its cell holds (``content``) and the box of the label's
    lines among it (``box``)."""

    content: list[Box]
    box: Box

    @classmethod
    def of(cls, cell: TableCellBox) -> Label | None:
        """The label a cell holds, if any (a cell whose row continues from the page
        before holds none)."""
        box = next((b for b in cell.descendants() if b is not cell and b.element_tag == "div" and b.children), None)
        return cls(list(cell.children), box) if box is not None else None

    def copy(self) -> Label:
        """A copy of the laid-out label, to print it again on another page."""
        content = [box.deepcopy() for box in self.content]
        return Label(content, next(b for top in content for b in top.descendants() if b.element_tag == "div"))

    def lines(self) -> tuple[float, float]:
        """The top and the height of the label's lines."""
        top = self.box.children[0].position_y
        return top, max(line.position_y + line.height for line in self.box.children) - top

    def move_to(self, cell: TableCellBox, top: float, bottom: float) -> None:
        """Make the label ``cell``'s only content, centred between ``top`` and ``bottom``."""
        lines_top, height = self.lines()
        dx, dy = cell.content_box_x() - self.box.position_x, top + (bottom - top - height) / 2 - lines_top
        for box in self.content:
            box.translate(dx=dx, dy=dy)
        cell.children = self.content


def merge_printed_labels(pages: Iterable[Page]) -> frozenset[str]:
    """Merge the label runs of the tables on ``pages``, in place. Return the
    label cells (``data-cell``) that start a run's rows on a page too short for its
    label, and those of a label that no page had room for (the parts of a split row all
    shorter than it): laid out again with those cells solid, their labels take room."""
    tables = [box for page in pages for box in page._page_box.descendants() if isinstance(box, TableBox)]
    parts = [_label_cells(table) for table in tables]
    labels: dict[str, Label] = {}
    written_in: dict[str, str] = {}  # run → the label cell its label is written in
    for cells in parts:
        for cell in cells:
            if cell.run not in labels and (label := Label.of(cell.cell)):
                labels[cell.run], written_in[cell.run] = label, cell.cell.element.get("data-cell")
    printed: set[str] = set()
    too_tall = {cell for table, cells, cut in zip(tables, parts, _cut_rows(tables))
                for cell in _merge_table(table, cells, labels, cut, printed)}
    return frozenset(too_tall | {written_in[run] for run in labels if run not in printed})


def close_cut_tables(pages: Iterable[Page]) -> None:
    """Rule off every table where a page break cuts through a row: WeasyPrint leaves a
    table's part open at the foot of the page and at the head of the next when the break
    falls inside a row (``box-decoration-break: slice``); a printed form is closed on
    each page."""
    for page in pages:
        for box in page._page_box.descendants():
            if isinstance(box, TableBox) and box.style["border_collapse"] == "collapse":
                box.skip_cell_border_top = box.skip_cell_border_bottom = False


def _label_cells(table: TableBox) -> list[LabelCell]:
    """The label cells of a table's part on a page, column by column, top to bottom."""
    rows = [row for group in table.children for row in group.children]
    return sorted(LabelCell(cell.grid_x, y, row, cell, cell.element.get("data-run"))
                  for y, row in enumerate(rows) for cell in row.children
                  if cell.element is not None and cell.element.get("data-run"))


class CutRows(NamedTuple):
    """The rows of a table's part on a page that a page break cuts (their elements): at its
    top, the rest of a row begun on an earlier page (``above``), and at its foot, a row
    that runs on to a later page (``below``)."""

    above: frozenset
    below: frozenset


def _cut_rows(tables: list[TableBox]) -> list[CutRows]:
    """The :class:`CutRows` of each of ``tables``: the tables' parts, page after page."""
    parts = [[row.element for group in table.children if not group.is_header for row in group.children]
             for table in tables]
    first: dict = {}
    last: dict = {}
    for n, rows in enumerate(parts):
        for row in rows:
            first.setdefault(row, n)
            last[row] = n
    return [CutRows(frozenset(row for row in rows if first[row] < n), frozenset(row for row in rows if last[row] > n))
            for n, rows in enumerate(parts)]


def _merge_table(table: TableBox, cells: list[LabelCell], labels: dict[str, Label], cut: CutRows,
                 printed: set[str]) -> list[str]:
    """Merge the runs of one table's part on a page, with the runs' ``labels`` (``cut``:
    the part's rows that page breaks cut), adding each run whose label it prints to
    ``printed``. Return the label cells to make solid."""
    too_tall = []
    horizontal = list(table.collapsed_border_grid[1])
    grid_line = _grid_lines(table)
    for _, column in groupby(cells, key=lambda c: c.column):
        for run in _runs(column):
            first, last = run[0], run[-1]
            label = next(filter(None, (Label.of(c.cell) for c in run)), None)
            if label is None and first.run in labels:
                label = labels[first.run].copy()
            for c in run:
                c.cell.children = []
            if label is None:  # an empty label
                continue
            top, bottom = first.row.position_y, last.row.position_y + last.row.height
            room = bottom - top - _insets(first.cell, first.row.element in cut.above, last.row.element in cut.below)
            if label.lines()[1] > room + TOLERANCE_PX:
                # a whole row of the run grows to fit the label; a part of a split row
                # alone goes without it (it is printed where the row has room)
                whole = next((c for c in run if c.row.element not in cut.above | cut.below), None)
                if whole is None:
                    continue
                too_tall.append(whole.cell.element.get("data-cell"))
            label.move_to(first.cell, top, bottom)
            printed.add(first.run)
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


def _insets(cell: TableCellBox, cut_above: bool, cut_below: bool) -> float:
    """The room a cell keeps above and below its content: half rules and padding, but on
    a side where a page break cuts its row (its text runs on from the rule there)."""
    above = 0.0 if cut_above else cell.border_top_width + cell.style["padding_top"].value
    below = 0.0 if cut_below else cell.border_bottom_width + cell.style["padding_bottom"].value
    return above + below


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
