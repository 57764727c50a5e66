"""The machinery of the review rules: the check registry and what a check is given.

A check is a small function registered with the codes it reports: it receives a
:class:`Context` (the model, its computed totals, the document for locations, the
repository's policy) and yields findings. Every check runs; none stops at the first
problem (Beancount's validation passes are the model).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..codes import CODES, Code, register
from ..findings import Finding
from ..frameworks import DEFAULT_FRAMEWORK, Framework, framework
from ..load import Document
from ..model import Filing, Indicator, Project
from ..totals import Totals
from ..views import LAYOUTS

if TYPE_CHECKING:  # the policy module reads the codes registered here
    from ..policy import Policy

Check = Callable[["Context"], Iterator[Finding]]
CHECKS: list[Check] = []


def check(*codes: Code) -> Callable[[Check], Check]:
    """Register a check together with the codes it reports."""
    register(*codes)

    def add(function: Check) -> Check:
        CHECKS.append(function)
        return function
    return add


@dataclass(frozen=True)
class IndicatorSet:
    """The indicators of one printed indicator table: a project's, or the department's
    (湖南 部门整体支出年度绩效指标, 新疆 年度绩效指标)."""

    owner: str                 # how messages name it: 项目「…」 or 部门整体
    path: tuple                # path of its 绩效指标 tree
    indicators: tuple[Indicator, ...]
    project: Project | None    # None for the department's indicators


@dataclass(frozen=True)
class Context:
    """What every check is given."""

    filing: Filing
    totals: Totals
    document: Document
    policy: Policy

    @cached_property
    def framework(self) -> Framework:
        """The 指标体系: the filing's, else the repository's default, else 2015."""
        return framework(self.filing.framework or self.policy.framework or DEFAULT_FRAMEWORK)

    @cached_property
    def indicator_sets(self) -> tuple[IndicatorSet, ...]:
        """Every indicator table the layout prints."""
        layout = LAYOUTS[self.filing.layout]
        sets = []
        if layout.prints_department_indicators:
            sets.append(IndicatorSet("部门整体", ("整体绩效目标", "绩效指标"), self.filing.overall.indicators, None))
        if layout.prints_project_indicators:
            sets.extend(IndicatorSet(f"项目「{p.name}」", p.path + ("绩效指标",), p.indicators, p)
                        for p in self.filing.projects)
        return tuple(sets)

    @property
    def project_sets(self) -> Iterable[IndicatorSet]:
        return (s for s in self.indicator_sets if s.project is not None)

    def finding(self, code: str, message: str, path: tuple, hint: str = "", *, at_key: bool = False,
                within: str = "", nth: int = 0) -> Finding:
        """A finding of ``code`` at the value (or, ``at_key``, the key) at ``path``; with
        ``within``, at that text inside the value (the ``nth`` time it is written there:
        a date in a long 绩效目标)."""
        if within:
            location = self.document.locate_text(path, within, nth)
        else:
            location = self.document.locate_key(path) if at_key else self.document.locate(path)
        return Finding(code, CODES[code].severity, message, location, hint, path=tuple(path))
