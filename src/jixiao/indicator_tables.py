"""Indicator tables (一级 → 二级 → 三级) whose merged labels survive page breaks.

WeasyPrint lays out a ``rowspan`` cell cut by a page break badly: blank cells on the
next page, no rule under the part left behind (its issues #663, #1911, #2899). So the
printed tables have no row spans: every row has its own cell for each label column (the
side label on the left of the 湖南 and 新疆 forms, which also covers the header, 一级 and
二级), naming the run of equal labels it belongs to, and the header is a ``<thead>``
that WeasyPrint repeats on every page. Once the pages are laid out,
:mod:`jixiao.printed_labels` merges each run's cells page by page: one label, centred
on the run's rows on that page, no rules between them. A group continuing on a new page
has its label printed again there, and the part left behind is closed by its own rule.
A row that may split across pages has its 三级指标 (of up to four lines) as a label of its
own, so that each page it runs over names its indicator where it has room for it: it
starts on a page only where its name fits, and keeps on the page of its end as many lines
as the labels that may be printed beside its last part alone there need.

A run's label is written in its first cell and takes no height there, so that rows are
as tall as on screen (the merge copies it into the run's first cell on a later page). A
run of one row, and the first cell of a run's rows on a page where its label turned out
taller than them (``solid``), hold the label in the flow and grow to fit it.

All indicator tables of a document share one column grid (:func:`indicator_grid`), so
that tables stacked on a page line up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Sequence

from .model import Indicator
from .tables import (NAME_LINES, TABLE_LINE_EM, Cell, cell_lines, column_widths, indicator_columns, kept_lines,
                     merged_column, named_start, row_breaks, row_height, start_height)

# Minimum widths (em of table text) of the label columns: 一级 fits 5 characters (满意度指标), 二级
# 7 (可持续影响指标 on one line, 服务对象满意度 and 指标 on two); 0.8 em more for the cell
# padding and rules.
LEVEL1_EM, LEVEL2_EM = 5.8, 7.8


@dataclass(frozen=True)
class Column:
    """A printed column of an indicator table: its header, the :class:`Indicator`
    attribute it prints and how many grid columns it spans."""

    header: str
    field: str
    span: int = 1
    phrases: tuple[str, ...] = ()  # where a wrapped header breaks: 指标值 / 确定依据

    @property
    def header_phrases(self) -> tuple[str, ...]:
        """The header in the pieces that are kept on one line each, where it wraps."""
        return self.phrases or (self.header,)


@dataclass(frozen=True)
class PrintedLabel:
    """A label cell of one row of a printed indicator table: the ``run`` of equal labels
    it belongs to (merged on each page by :mod:`jixiao.printed_labels`), the ``cell``'s
    own name, its ``text`` (only in the run's first cell and in solid cells: the merge
    copies the label into a run's first cell on a later page), and whether the text takes
    height in the row (``solid``)."""

    text: str
    run: str
    cell: str
    solid: bool = False


@dataclass(frozen=True)
class IndicatorTable:
    """An indicator table ready to print: ``side`` is the label of the column on its left
    (empty: no such column); ``widths`` the grid in percent, label columns first."""

    id: str
    columns: tuple[Column, ...]
    widths: tuple[float, ...]
    indicators: tuple[Indicator, ...]
    side: str = ""
    followed_by: float = 0.0  # the height (pt) of what stays on the page of its last row: the 湖南 sign-off

    def rows(self) -> list[dict]:
        """The rows to show on screen, under one header row. Each row has ``side``, the
        side label's cell, spanning the header and all rows, on the header row (``None``
        on the others and without a side label); ``labels``, the 一级 and 二级 cells,
        merged over runs of equal labels (``rowspan`` 0: covered by the cell above);
        ``cells``, (text, span) of the other columns; ``splittable``, whether the row
        is tall enough to break across pages; and ``standalone``, whether the last row may
        go to a page of its own, too tall to take the row before it along (see
        :class:`jixiao.tables.RowBreaks`)."""
        count = len(self.indicators)
        sides = [Cell(self.side, count + 1) if self.side else None] + [None] * (count - 1)
        labels = zip(merged_column([(i.level1,) for i in self.indicators]),
                     merged_column([(i.level1, i.level2) for i in self.indicators]))
        return [dict(row, side=side, labels=list(cells)) for row, side, cells in zip(self._rows(), sides, labels)]

    def printed_rows(self, solid: Collection[str] = frozenset()) -> list[dict]:
        """The rows to print, each with a :class:`PrintedLabel` per label column in
        ``labels`` (the side label first), and ``cells``, ``splittable`` and ``standalone`` as in
        :meth:`rows`. A row that may split has its 三级指标 as a label too, in ``name``
        (``None`` in other rows and for a longer name), and ``cells`` after it. The label
        cells named in ``solid`` hold their label in the flow."""
        count = len(self.indicators)
        level1 = self._runs([i.level1 for i in self.indicators], "1", solid)
        level2 = self._runs([(i.level1, i.level2) for i in self.indicators], "2", solid)
        sides = [[self._side_label(str(row), solid)] if self.side else [] for row in range(count)]
        printed = []
        for index, (row, side, one, two) in enumerate(zip(self._rows(), sides, level1, level2)):
            name = self._name_label(index, row["cells"][0][0], solid) if row["splittable"] else None
            if name:
                row = dict(row, cells=row["cells"][1:])
            printed.append(dict(row, labels=[*side, one, two], name=name))
        return printed

    def printed_header_label(self, solid: Collection[str] = frozenset()) -> PrintedLabel:
        """The side label's cell of the printed header row: the side label's run covers
        the header and the rows of each page."""
        return self._side_label("head", solid)

    def _side_label(self, row: str, solid: Collection[str]) -> PrintedLabel:
        cell = f"{self.id}/side/{row}"
        return PrintedLabel(self.side if row == "head" or cell in solid else "", f"{self.id}/side", cell,
                            cell in solid)

    def _name_label(self, index: int, name: str, solid: Collection[str]) -> PrintedLabel | None:
        """The 三级指标 cell of a row that may split across pages, as a label of its own,
        centred beside the row's part on each page that has room for it, like the 一级 and
        二级 labels (the row starts where it has, see :data:`jixiao.tables.NAME_LINES`); none
        for a longer name, left in the row's flow and printed once."""
        if cell_lines(name, self._text_widths()[0]) > NAME_LINES:
            return None
        cell = f"{self.id}/name/{index}"
        return PrintedLabel(name, cell, cell, cell in solid)

    def _runs(self, keys: Sequence[object], column: str, solid: Collection[str]) -> list[PrintedLabel]:
        """A :class:`PrintedLabel` per row for one label column: a run is named after
        the table, the column and its first row, a cell after its own row; the cell of a
        run of one row is solid."""
        labels = []
        for index, merged in enumerate(merged_column(keys)):
            if merged.rowspan:
                run, single = f"{self.id}/{column}/{index}", merged.rowspan == 1
            cell = f"{self.id}/{column}/{index}"
            is_solid = single or cell in solid
            labels.append(PrintedLabel(merged.text if merged.rowspan or is_solid else "", run, cell, is_solid))
        return labels

    def opening_height(self) -> float:
        """The estimated height (pt) the table needs to start on a page: its header and its
        first row (of a row that may split, its first two lines or its name's); none without
        a row."""
        if not self.indicators:
            return 0.0
        first = _cell_widths(self._cells(self.indicators[0]), self._text_widths())
        return self._header_height() + start_height(row_height(first), named_start(first[0], NAME_LINES))

    def _rows(self) -> list[dict]:
        rows = [self._cells(indicator) for indicator in self.indicators]
        breaks = row_breaks([_cell_widths(cells, self._text_widths()) for cells in rows],
                            above=self._header_height(), below=self.followed_by, name_lines=NAME_LINES)
        return [{"cells": cells, **b._asdict(), "widows": kept_lines(self._ending_labels(index)) if b.splittable else 2}
                for index, (cells, b) in enumerate(zip(rows, breaks))]

    def _ending_labels(self, index: int) -> list[tuple[str, float]]:
        """The labels (texts with the width in percent of their column) that a row that may
        split may have beside its last part alone on a page: those of the runs that end
        with it (the side label's with the last row) and its own name (a label of up to
        :data:`jixiao.tables.NAME_LINES` lines)."""
        indicators, widths = self.indicators, self.widths[1:] if self.side else self.widths
        this, after = indicators[index], indicators[index + 1] if index + 1 < len(indicators) else None
        labels = [(self.side, self.widths[0])] if self.side and after is None else []
        if after is None or after.level1 != this.level1:
            labels.append((this.level1, widths[0]))
        if after is None or (after.level1, after.level2) != (this.level1, this.level2):
            labels.append((this.level2, widths[1]))
        name = (this.name, self._text_widths()[0])
        return labels + ([name] if cell_lines(*name) <= NAME_LINES else [])

    def _cells(self, indicator: Indicator) -> list[tuple[str, int]]:
        """An indicator's texts in the columns after the labels, with their spans."""
        return [(str(getattr(indicator, c.field)), c.span) for c in self.columns[2:]]

    def _text_widths(self) -> tuple[float, ...]:
        return self.widths[3 if self.side else 2:]

    def _header_height(self) -> float:
        return row_height(_cell_widths(self._header_cells(), self.widths[1 if self.side else 0:]))

    def _header_cells(self) -> list[tuple[str, int]]:
        """The header's texts, a header that may wrap between its phrases on as many lines."""
        return [("\n".join(c.header_phrases), c.span) for c in self.columns]


def _cell_widths(cells: Sequence[tuple[str, int]], widths: Sequence[float]) -> list[tuple[str, float]]:
    """Each cell's text with the width in percent of the grid columns it spans."""
    out, start = [], 0
    for text, span in cells:
        out.append((text, sum(widths[start:start + span])))
        start += span
    return out


def indicator_grid(indicators: Sequence[Indicator], columns: Sequence[Column], minimum: Sequence[float] = (),
                   cap: Sequence[float] = (), side_share: float = 0.0) -> tuple[float, ...]:
    """The column grid (percent) shared by the indicator tables of a document, from all
    their indicators: the side label column (``side_share`` percent, the width of the label
    column of the form above it; 0: no side label), 一级, 二级, then ``columns[2:]`` with
    their ``minimum`` and ``cap`` widths in em."""
    texts = indicator_columns(indicators, [c.field for c in columns], [c.header for c in columns])
    floors = [LEVEL1_EM, LEVEL2_EM, *minimum]
    # a label column is as wide as its minimum: the cap leaves room for the padding
    caps = [LEVEL1_EM - 1.0, LEVEL2_EM - 1.0, *cap]
    rest = 100.0 - side_share
    widths = [w * rest / 100 for w in column_widths(texts, minimum=floors, cap=caps,
                                                     available=TABLE_LINE_EM * rest / 100)]
    percents = [round(w, 1) for w in widths[:-1]]
    percents.append(round(rest - sum(percents), 1))
    return ((side_share,) if side_share else ()) + tuple(percents)
