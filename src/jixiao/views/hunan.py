"""The Hunan forms: 部门整体支出绩效目标表, then one 项目支出绩效目标表 per project."""

from __future__ import annotations

from ..model import Filing
from ..totals import Totals


def build(filing: Filing, totals: Totals) -> dict:
    raise NotImplementedError
