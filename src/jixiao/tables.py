"""Table geometry computed in Python: merged-cell row spans and column widths.

Tables are laid out by WeasyPrint with ``table-layout: fixed`` (its automatic layout
costs the square of a cell's text length), so the widths are chosen here from the
content and written into ``<colgroup>``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from math import ceil, floor
from typing import Iterable, Sequence

from .model import Indicator


@dataclass(frozen=True)
class Cell:
    """A cell to print: its text and how many rows it spans (0: covered by a span above)."""

    text: str
    rowspan: int = 1


def merged_column(values: Sequence[object]) -> list[Cell]:
    """Merge runs of equal consecutive values into row-spanned cells.

    ``values`` are the merge keys (e.g. ``(level1, level2)``); the printed text is the
    key's last element. Rows inside a run get ``rowspan == 0`` and are not printed.
    """
    cells: list[Cell] = []
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            key = values[start]
            text = key[-1] if isinstance(key, tuple) else str(key)
            cells.append(Cell(text, i - start))
            cells.extend(Cell(text, 0) for _ in range(i - start - 1))
            start = i
    return cells


def indicator_columns(indicators: Sequence[Indicator], fields: Sequence[str],
                      headers: Sequence[str]) -> list[list[str]]:
    """The texts of each printed column of an indicator table, its header included, to
    choose column widths from."""
    return [[str(getattr(i, f)) for i in indicators] + [h] for f, h in zip(fields, headers)]


# The 版心 of GB/T 9704-2012 (the stylesheets' page geometry) is 156 mm × 225 mm; table
# text is 五号 (10.5 pt, 3.704 mm) with a line height of 1.4 (templates/shared/base.css).
TEXT_WIDTH_MM, TEXT_HEIGHT_MM, TABLE_FONT_MM, TABLE_LINE_HEIGHT = 156.0, 225.0, 3.704, 1.4
TABLE_LINE_EM = TEXT_WIDTH_MM / TABLE_FONT_MM  # characters of table text across the 版心
CELL_PADDING_EM = 0.7  # a cell's padding and rules, in em of table text
TABLE_FONT_PT, SMALLEST_FONT_PT = 10.5, 7.0
DIGIT_EM = 0.5  # a digit of the table faces, and a little more than its decimal point
_PAGE_LINES = int(TEXT_HEIGHT_MM / (TABLE_FONT_MM * TABLE_LINE_HEIGHT))


def taller_than_page(cells: Iterable[tuple[str, float]]) -> bool:
    """Whether a table row would be taller than a page; ``cells`` are its texts with the
    width of their column in percent. Rows are kept whole on a page, except such a row,
    which may only be printed by splitting it."""
    for text, percent in cells:
        per_line = max(1.0, percent / 100 * TABLE_LINE_EM - CELL_PADDING_EM)
        lines = sum(max(1, ceil(text_width(part) / per_line)) for part in text.split("\n"))
        if lines > _PAGE_LINES:
            return True
    return False


_WORD = re.compile(r"[A-Za-z0-9.%％≥≤<>=()（）\-_/:]+")


def text_width(text: str) -> float:
    """Estimated printed width of ``text`` in em: CJK characters 1, digits ``DIGIT_EM``
    (as in every face the stylesheets name), capitals 0.75, others about half."""
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    if ch.isascii() and ch.isdigit():
        return DIGIT_EM
    return 0.75 if ch.isascii() and ch.isupper() else 0.55


def fitting_size(texts: Iterable[str], percent: float) -> float | None:
    """The font size (pt) at which the widest of ``texts`` (amounts, all digits: they are
    not to be broken) fits on one line of a cell ``percent`` of the 版心 wide, if it must be smaller
    than the table's 10.5 pt (never below 7 pt, where an amount wraps after all); None
    when they fit as they are."""
    room = percent / 100 * TABLE_LINE_EM - CELL_PADDING_EM
    widest = max((len(t) * DIGIT_EM for t in texts), default=0.0)
    if widest <= room:
        return None
    return max(SMALLEST_FONT_PT, floor(TABLE_FONT_PT * room / widest * 10) / 10)


def _longest_word(text: str) -> float:
    """Width of the longest run that cannot be broken (ASCII words, numbers with units)."""
    return max((text_width(w) for w in _WORD.findall(text)), default=0.0)


def column_widths(columns: Sequence[Sequence[str]], minimum: Sequence[float],
                  cap: float | Sequence[float] = 24.0, available: float = TABLE_LINE_EM,
                  whole: Sequence[bool] = ()) -> list[float]:
    """Widths in percent for table columns, from their texts.

    Each column gets at least its ``minimum`` (em) and its longest unbreakable word (up
    to half its cap); a column marked in ``whole`` (amounts, codes) gets its widest text
    (up to its cap), which is then never cut. The rest of the line is shared in
    proportion to each column's natural width (its longest text, capped at ``cap`` em so
    one long paragraph does not starve the others; ``cap`` may be one figure or one per
    column).
    """
    caps = [cap] * len(columns) if isinstance(cap, (int, float)) else list(cap)
    kept = list(whole) + [False] * (len(columns) - len(whole))
    floors = [max(m, min(max(map(text_width, texts), default=0.0) + CELL_PADDING_EM, c) if w
                  else min(max((_longest_word(t) for t in texts), default=0.0), c / 2) + 1.0)
              for m, c, w, texts in zip(minimum, caps, kept, columns)]
    natural = [max([text_width(t) for t in texts] + [0.0]) for texts in columns]
    wants = [max(min(n, c) + 1.0, f) for n, c, f in zip(natural, caps, floors)]
    spare = available - sum(floors)
    extra = [w - f for w, f in zip(wants, floors)]
    if spare > 0 and sum(extra) > 0:
        share = min(1.0, spare / sum(extra))
        widths = [f + e * share for f, e in zip(floors, extra)]
    else:
        widths = list(floors)
    scale = 100.0 / sum(widths)
    percents = [round(w * scale, 1) for w in widths]
    percents[-1] = round(100.0 - sum(percents[:-1]), 1)
    return percents
