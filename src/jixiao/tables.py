"""Table geometry computed in Python: merged-cell row spans and column widths.

Tables are laid out by WeasyPrint with ``table-layout: fixed`` (its automatic layout
costs the square of a cell's text length), so the widths are chosen here from the
content and written into ``<colgroup>``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from math import floor
from typing import Iterable, NamedTuple, Sequence

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
# Heights in points: the 版心, a line of table text, and what a row adds to its lines (its
# cells' padding of 2 pt above and below, and a rule).
PAGE_HEIGHT_PT = TEXT_HEIGHT_MM * 72 / 25.4
TABLE_LINE_PT = TABLE_FONT_PT * TABLE_LINE_HEIGHT
ROW_INSETS_PT = 2 * 2.0 + 0.6
# What an estimate of a row's height may miss (a face's wider punctuation, a line that
# Pango breaks early): the room left on a page for a row to be sure to fit.
ESTIMATE_MARGIN_PT = 2 * TABLE_LINE_PT
# What an estimate of what must follow a row on its page may miss (RowBreaks.follower): less
# than the margin above, since a row that splits to keep its last lines with a follower that
# would have fitted leaves their room empty (a 24-line 部门职能 and the 9-line 整体绩效目标 kept
# after it, fitting on a page together, were a page and a half).
FOLLOWER_MARGIN_PT = TABLE_LINE_PT / 2
# A row taller than a third of the 版心 (15 lines of table text and more) may break across
# pages, at least two of its lines on each (CSS orphans and widows), as rows do in the Word
# originals: kept whole, it would leave up to its own height empty at the foot of the page
# before it. A shorter row is kept whole: the room it may leave is less than a third of a
# page, and a row of a few lines is easier to read in one piece.
SPLITTABLE_ROW_PT = PAGE_HEIGHT_PT / 3
# The room a row that may split needs to start on a page: its first two lines (and a tenth of
# a point for rounding, as templates/shared/base.css reserves it).
SPLIT_START_PT = 2 * TABLE_LINE_PT + 0.1
# A row named by its first cell, printed as a label beside the row's part on each page (an
# indicator's 三级指标, a task's 任务名称), starts where its name fits beside it: a row of text
# begun under a name too tall for the room left would print unnamed there. An indicator's name
# is a label up to four lines (a longer one runs with the row's text); a task's is a label at
# any length, and a row is given room to start for a name of up to a third of a page.
NAME_LINES = 4
ANY_NAME_LINES = int(SPLITTABLE_ROW_PT // TABLE_LINE_PT)

Cells = Iterable[tuple[str, float]]


def splittable_row(cells: Cells) -> bool:
    """Whether a table row may break across pages (``cells``: its texts with the width of
    their column in percent): whether it is taller than :data:`SPLITTABLE_ROW_PT`. Other
    rows are kept whole on a page."""
    return _may_split(row_height(cells))


def _may_split(height: float) -> bool:
    """Whether a row of this estimated ``height`` (pt) may break across pages."""
    return height > SPLITTABLE_ROW_PT


class RowBreaks(NamedTuple):
    """Where a table row may break: inside it (``splittable``: see :func:`splittable_row`)
    and before it (``standalone``: the table's last row may go to the next page without
    the row before it, the two being too tall for one page); ``follower`` is the height
    (pt) of what is kept on the page of the row's end after it (see :func:`row_breaks`),
    for which a row that may split gives its last lines to the next page, as a Word table's
    row does, rather than go there whole."""

    splittable: bool
    standalone: bool
    follower: float = 0.0
    start: float = 0.0  # more room (pt) than two lines that it needs to start on a page where it may split


def row_breaks(rows: Sequence[Cells], above: float = 0.0, below: float = 0.0, name_lines: int = 0) -> list[RowBreaks]:
    """The :class:`RowBreaks` of a table's rows (or of its last ones), each row given by
    its cells as in :func:`splittable_row`; ``above`` is the height (pt) of what is printed
    above the rows on every page (their table's repeated header), ``below`` of what must
    stay on the page of the last row after it (the 湖南 sign-off under a form's last row).
    Kept whole, a last row that cannot go with the row before it would have WeasyPrint
    print the two without the header, a page each. What follows the last row is ``below``;
    what follows the row before it, the last row (its first lines where it may split) and
    ``below``, unless the last is standalone; each with :data:`FOLLOWER_MARGIN_PT` to be sure
    to fit. Rows named by their first cell, a label of up to ``name_lines`` lines, start where
    their name fits (see :data:`NAME_LINES`)."""
    if not rows:
        return []
    heights = [row_height(cells) for cells in rows]
    last = len(heights) - 1
    standalone = last > 0 and not fits_on_page(above, heights[last - 1], heights[last], below)
    starts = [named_start(next(iter(cells)), name_lines) if name_lines and _may_split(height) else 0.0
              for cells, height in zip(rows, heights)]
    followers = [0.0] * last + [below]
    if last > 0 and not standalone:
        followers[last - 1] = start_height(heights[last], starts[last]) + (0.0 if _may_split(heights[last]) else below)
    followers = [follower + FOLLOWER_MARGIN_PT if follower else 0.0 for follower in followers]
    return [RowBreaks(_may_split(height), n == last and standalone, follower, start)
            for n, (height, follower, start) in enumerate(zip(heights, followers, starts))]


def named_start(name: tuple[str, float], most_lines: int) -> float:
    """The room (pt) a row that may split needs to start on a page beside its ``name``
    (its text and the width in percent of its column), a label of up to ``most_lines``
    lines, where that is more than :data:`SPLIT_START_PT`; 0.0 where it is not, and for a
    longer name, which runs with the row's text."""
    lines = cell_lines(*name)
    start = lines * TABLE_LINE_PT + 0.1
    return start if start > SPLIT_START_PT and lines <= most_lines else 0.0


def kept_lines(labels: Iterable[tuple[str, float]], most_lines: int = NAME_LINES) -> int:
    """The lines a row that may split keeps on the page of its end (CSS widows), so that the
    ``labels`` printed beside its last part there alone (texts with the width in percent of
    their column: a run's label that ends with the row, its own name) fit beside it: two,
    as any such row keeps, up to ``most_lines`` (a 新疆 task's name, a label at any length:
    :data:`ANY_NAME_LINES`, as for its start)."""
    return min(most_lines, max([2, *(cell_lines(text, percent) for text, percent in labels)]))


def start_height(height: float, named: float = 0.0) -> float:
    """The room a row of this estimated ``height`` (pt) needs to start on a page: all of it,
    or where it may split its first two lines, or its name (``named``, see :func:`named_start`)."""
    return (named or SPLIT_START_PT) if _may_split(height) else height


def fits_on_page(*heights: float) -> bool:
    """Whether things of these estimated ``heights`` (pt) surely fit on one page together."""
    return sum(heights) + ESTIMATE_MARGIN_PT <= PAGE_HEIGHT_PT


def row_height(cells: Cells) -> float:
    """The estimated height (pt) of a table row: the lines of its tallest cell (``cells``:
    texts with the width of their column in percent), and the row's insets."""
    return max((cell_lines(text, percent) for text, percent in cells), default=1) * TABLE_LINE_PT + ROW_INSETS_PT


def cell_lines(text: str, percent: float) -> int:
    """The estimated number of lines of ``text`` in a cell ``percent`` of the 版心 wide, its
    paragraphs filled line by line as Pango does: a word or number is not broken unless it
    is longer than a line, a closing punctuation mark takes the character before it to
    the next line rather than start one, and an opening mark goes with the character after
    it."""
    room = max(1.0, percent / 100 * TABLE_LINE_EM - CELL_PADDING_EM)
    return sum(_paragraph_lines(paragraph, room) for paragraph in text.split("\n"))


def _paragraph_lines(paragraph: str, room: float) -> int:
    lines, used = 1, 0.0
    for match in _PIECE.finditer(paragraph):
        unit = match[0]
        for piece in unit if text_width(unit) > room else (unit,):  # longer than a line: broken anywhere
            width = text_width(piece)
            if used + width > room and used:
                lines, used = lines + 1, 0.0
            used += width
    return lines


_WORD = re.compile(r"[A-Za-z0-9.%％≥≤<>=()（）\-_/:]+")
# What a line is filled with: words and numbers, which Pango does not break, and characters,
# each with the opening marks before it and the closing marks after it (no line ends with
# the one or starts with the other).
_PIECE = re.compile(r"[“‘（《「『【〔]*(?:[A-Za-z0-9.%％≥≤<>=_/:\-]+|.)[，。、；：？！）》」』”’】〕]*", re.S)


def text_width(text: str) -> float:
    """Estimated printed width of ``text`` in em: CJK characters 1, digits ``DIGIT_EM``
    (as in every face the stylesheets name), capitals 0.75, others about half."""
    return sum(_char_width(ch) for ch in text)


# Punctuation of ambiguous width that the Chinese faces set full width (“联户长”, …, —)
_FULL_WIDTH_MARKS = frozenset("“”‘’…—")


def _char_width(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in "WF" or ch in _FULL_WIDTH_MARKS:
        return 1.0
    if ch.isascii() and ch.isdigit():
        return DIGIT_EM
    return 0.75 if ch.isascii() and ch.isupper() else 0.55


def header_room(header: str, least: float) -> float:
    """The minimum width (em) of a column whose ``header`` is printed whole at the table's
    size, its texts set smaller if need be: at least ``least``."""
    return max(least, text_width(header) + CELL_PADDING_EM)


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
                  whole: Sequence[bool] = (), smaller: Sequence[bool] = ()) -> list[float]:
    """Widths in percent for table columns, from their texts.

    Each column gets at least its ``minimum`` (em) and its longest unbreakable word (up
    to half its cap); a column marked in ``whole`` (amounts, codes) gets its widest text
    (up to its cap), which is then never cut. Where these overfill the line, the room for
    long words goes first (such a word is then broken), then that of the whole columns
    marked in ``smaller``, whose texts are set smaller to fit (amounts:
    :func:`fitting_size`), down to their width at the smallest size (and their
    ``minimum``: the room of their header), where that keeps the other whole columns
    whole, then that of those (a code is then broken, beside amounts kept as they are).
    The rest of the line is shared in
    proportion to each column's natural width (its longest text, capped at ``cap`` em so
    one long paragraph does not starve the others; ``cap`` may be one figure or one per
    column).
    """
    caps = [cap] * len(columns) if isinstance(cap, (int, float)) else list(cap)
    kept = list(whole) + [False] * (len(columns) - len(whole))
    floors = [max(m, (min(max(map(text_width, texts), default=0.0) + CELL_PADDING_EM, c) if w
                      else min(max((_longest_word(t) for t in texts), default=0.0), c / 2) + 1.0))
              for m, c, w, texts in zip(minimum, caps, kept, columns)]
    # where the floors overfill the line, each room below is given in turn (the columns of each are apart from
    # those of the others, so each is taken from the floors as first found): long words', then that of texts set
    # smaller, only where it is enough to keep the other whole columns whole, then those columns' own
    shrinking = list(smaller) + [False] * (len(columns) - len(smaller))
    smallest = [max(m, max(map(text_width, texts), default=0.0) * SMALLEST_FONT_PT / TABLE_FONT_PT + CELL_PADDING_EM)
                for m, texts in zip(minimum, columns)]
    rooms = (([0.0 if w else f - m for f, m, w in zip(floors, minimum, kept)], False),
             ([max(f - least, 0.0) if s else 0.0 for f, least, s in zip(floors, smallest, shrinking)], True),
             ([f - m if w and not s else 0.0 for f, m, w, s in zip(floors, minimum, kept, shrinking)], False))
    for room, only_if_enough in rooms:
        overfill = sum(floors) - available
        if overfill > 0 and sum(room) > 0 and not (only_if_enough and sum(room) < overfill):
            taken = min(1.0, overfill / sum(room))
            floors = [f - r * taken for f, r in zip(floors, room)]
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
