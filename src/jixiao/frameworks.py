"""The national indicator frameworks (指标体系) that a filing's 一级/二级 names follow.

2015: 财预〔2015〕88号, 成本指标 is a 二级 of 产出指标. 2021: 财预〔2021〕101号, 成本指标 is
a 一级 of its own. Known synonyms are read as their framework name without a word.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache

FRAMEWORKS: dict[str, dict[str, tuple[str, ...]]] = {
    "2015": {
        "产出指标": ("数量指标", "质量指标", "时效指标", "成本指标"),
        "效益指标": ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
        "满意度指标": ("服务对象满意度指标",),
    },
    "2021": {
        "成本指标": ("经济成本指标", "社会成本指标", "生态环境成本指标"),
        "产出指标": ("数量指标", "质量指标", "时效指标"),
        "效益指标": ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
        "满意度指标": ("服务对象满意度指标",),
    },
}
DEFAULT_FRAMEWORK = "2015"
_ALL_NAMES = frozenset(name for levels in FRAMEWORKS.values() for level1, level2s in levels.items()
                       for name in (level1, *level2s))
SYNONYMS = {
    "效果指标": "效益指标",
    "环境效益指标": "生态效益指标",
    "社会公众或服务对象满意度指标": "服务对象满意度指标",
}

OUTPUT = "产出指标"
BENEFIT = "效益指标"
SATISFACTION = "满意度指标"
COST = "成本指标"
# The 2021 成本指标 that are not money: the cost to society and to the environment.
NON_MONEY_COSTS = ("社会成本指标", "生态环境成本指标")
QUANTITY = "数量指标"
QUALITY = "质量指标"
TIMELINESS = "时效指标"
SERVICE_SATISFACTION = "服务对象满意度指标"


@lru_cache(maxsize=1024)
def canonical(name: str) -> str:
    """The framework name of a 一级 or 二级 name: a synonym gives its framework name, and
    a name written without its final 指标 (社会公众或服务对象满意度) is read with it."""
    if not name.endswith("指标") and (name + "指标" in SYNONYMS or name + "指标" in _ALL_NAMES):
        name += "指标"
    return SYNONYMS.get(name, name)


@dataclass(frozen=True)
class Framework:
    """One 指标体系: its 一级 names, each with its 二级 names."""

    year: str
    levels: dict[str, tuple[str, ...]]

    @property
    def level1_names(self) -> tuple[str, ...]:
        return tuple(self.levels)

    @property
    def level2_names(self) -> tuple[str, ...]:
        return tuple(name for names in self.levels.values() for name in names)

    def parent(self, level2: str) -> str | None:
        """The 一级 that a 二级 belongs to, or None if it is not a 二级 of this framework."""
        name = canonical(level2)
        return next((level1 for level1, names in self.levels.items() if name in names), None)


def framework(year: str) -> Framework:
    """The framework of ``year`` (2015 or 2021)."""
    return Framework(year, FRAMEWORKS[year])


def nearest(name: str, choices: tuple[str, ...]) -> str | None:
    """The valid name closest to a misspelt one (数最指标 → 数量指标), if one is close."""
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.5)
    return close[0] if close else None
