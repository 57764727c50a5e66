"""Pieces of a view that several layouts share."""

from __future__ import annotations

from typing import Sequence

from ..model import Indicator, Paragraphs
from ..numbering import parenthesised
from ..tables import column_widths, indicator_columns, indicator_rows


def numbered(paragraphs: Paragraphs, marker: str) -> list[str]:
    """Printed paragraphs: list items get ``1`` + marker (``1.`` / ``1、``), a plain
    string keeps its own paragraphs unnumbered."""
    if not paragraphs.numbered:
        return list(paragraphs.items)
    return [f"{n}{marker}{text}" for n, text in enumerate(paragraphs.items, start=1)]


def chinese_numbered(texts: list[str]) -> list[str]:
    """（一）text, （二）text, …"""
    return [f"{parenthesised(n)}{text}" for n, text in enumerate(texts, start=1)]


def side_indicator_table(indicators: Sequence[Indicator], headers: Sequence[str],
                         fields: Sequence[str], label: str) -> dict:
    """An indicator table with a label column on its left (湖南, 新疆): its headers,
    column widths (the label's first) and rows; ``fields`` name the Indicator attributes
    printed under ``headers``."""
    columns = [[label]] + indicator_columns(indicators, fields, headers)
    widths = column_widths(columns, minimum=(5.0, 5.5, 5.5, 6.0, 5.0, 5.0)[: len(columns)],
                           cap=(6.0, 6.0, 8.0, 24.0, 10.0, 8.0)[: len(columns)])
    return {"headers": headers, "widths": widths, "with_basis": "basis" in fields,
            "rows": indicator_rows(indicators, fields, widths[1:])}
