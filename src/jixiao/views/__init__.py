"""Views: everything a layout's template prints, computed and ready.

Each layout module has ``build(filing, totals) -> dict`` and ``NOT_PRINTED``, the keys
of the filing format that its official form has no place for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Filing
from ..totals import Totals
from . import hebei, hunan, xinjiang


@dataclass(frozen=True)
class Layout:
    """A 版式: its template folder, its view builder and the keys it does not print."""

    folder: str
    build: Callable[[Filing, Totals], dict]
    not_printed: tuple[tuple[str, ...], ...]


LAYOUTS: dict[str, Layout] = {
    "河北": Layout("hebei", hebei.build, hebei.NOT_PRINTED),
    "湖南": Layout("hunan", hunan.build, hunan.NOT_PRINTED),
    "新疆": Layout("xinjiang", xinjiang.build, xinjiang.NOT_PRINTED),
}
