"""Views: everything a layout's template prints, computed and ready.

Each layout module has ``build(filing, totals) -> dict``; the template only prints.
"""

from __future__ import annotations

from typing import Callable

from ..model import Filing
from ..totals import Totals
from . import hebei, hunan, xinjiang

# 版式 → (template folder, view builder)
LAYOUTS: dict[str, tuple[str, Callable[[Filing, Totals], dict]]] = {
    "河北": ("hebei", hebei.build),
    "湖南": ("hunan", hunan.build),
    "新疆": ("xinjiang", xinjiang.build),
}
