"""Indicator tables (一级 → 二级 → 三级) whose merged labels survive page breaks.

WeasyPrint lays out a ``rowspan`` cell cut by a page break badly: blank cells on the
next page, no rule under the part left behind (its issues #663, #1911, #2899). So no
merged label here spans a page break. A table knows its label columns as merge keys
(the label column on the left of the 湖南 and 新疆 forms, 一级, 二级) and prints them
for a given set of rows that start a page (:class:`PageStarts`; :func:`jixiao.pdf.render_pdf`
reads them back from a draft layout whose label cells are blank and unmerged): the table
is cut into one part per page, each under its own header row, with the side label
spanning the header and the part (as on the official forms), and the 一级/二级 labels
merged within the part, so that a group continuing on a new page has its labels printed
again there and the part left behind is closed by its own bottom rule.

All indicator tables of a document share one column grid (:func:`indicator_grid`), so
that tables stacked on a page line up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Collection, Mapping, Sequence

from .model import Indicator
from .tables import TABLE_LINE_EM, Cell, column_widths, indicator_columns, merged_column, taller_than_page

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


@dataclass(frozen=True)
class IndicatorTable:
    """An indicator table ready to print: ``side`` is the label of the column on its left
    (empty: no such column); ``widths`` the grid in percent, label columns first."""

    id: str
    columns: tuple[Column, ...]
    widths: tuple[float, ...]
    indicators: tuple[Indicator, ...]
    side: str = ""

    def rows(self, page_starts: Collection[int] | None = ()) -> list[dict]:
        """The rows to print, cut into one part per page before each row index in
        ``page_starts`` (``None``: a draft, laid out to find them). Each row has

        - ``head``: the header row printed above it, at the top of each part: ``side``, the
          side label's cell spanning the header and the part's rows (``None`` without a
          side label), and ``page_start``; ``None`` inside a part and in a draft, whose
          header is a ``<thead>`` that repeats on every page;
        - ``side``: a blank side cell of its own, in a draft only;
        - ``labels``: the 一级 and 二级 cells, merged within a part (blank in a draft);
        - ``cells``: (text, span) of the other columns; ``splittable``: whether the row is
          taller than a page, so it may break; ``index``.
        """
        count = len(self.indicators)
        if page_starts is None:
            heads, sides = [None] * count, [Cell("") if self.side else None] * count
            labels = [(Cell(""), Cell(""))] * count
        else:
            starts = set(page_starts) | {0}
            parts = merged_column([(self.side,)] * count, starts)
            heads = [{"side": Cell(self.side, part.rowspan + 1) if self.side else None, "page_start": i > 0}
                     if i in starts else None for i, part in enumerate(parts)]
            sides = [None] * count
            labels = list(zip(merged_column([(i.level1,) for i in self.indicators], starts),
                              merged_column([(i.level1, i.level2) for i in self.indicators], starts)))
        text_widths = self.widths[3 if self.side else 2:]
        rows = []
        for index, indicator in enumerate(self.indicators):
            cells = [(str(getattr(indicator, c.field)), c.span) for c in self.columns[2:]]
            rows.append({"index": index, "head": heads[index], "side": sides[index], "labels": labels[index],
                         "cells": cells, "splittable": taller_than_page(_cell_widths(cells, text_widths))})
        return rows


@dataclass(frozen=True)
class PageStarts:
    """The rows that start a printed page, per indicator table id; ``None`` for a draft
    laid out to find them. The default, no page starts, is the screen's."""

    rows: Mapping[str, frozenset[int]] | None = field(default_factory=dict)

    @property
    def draft(self) -> bool:
        """Whether these are the pages of a draft, laid out to find the page starts."""
        return self.rows is None

    def rows_of(self, table: IndicatorTable) -> list[dict]:
        """The rows of ``table`` to print on these pages (see :meth:`IndicatorTable.rows`)."""
        return table.rows(None if self.rows is None else self.rows.get(table.id, frozenset()))


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
