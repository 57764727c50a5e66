"""The exact model of a filing: frozen dataclasses with English names.

Built from a validated :class:`~jixiao.load.Document`. The Chinese keys of the filing
format live here, in one place; amounts become ``Decimal`` from the text the user
typed (``20.00`` keeps its two decimals). Each object keeps the path of its node in
the document, so that checks can name the line of any figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import ClassVar, Iterator

from .findings import Finding
from .frameworks import COST, NON_MONEY_COSTS, canonical
from .indicator_value import MONEY_UNITS, Value, parse_value
from .load import Document
from .validate import BOOLEAN_TEXT
from .yaml_numbers import integer_value, number_value

SPENDING_CHECKPOINTS = ("3月底", "6月底", "10月底", "12月底")


@dataclass(frozen=True)
class Paragraphs:
    """Text typed either as one string (paragraphs split on blank lines) or as a list
    (``numbered``: the layout numbers the items)."""

    items: tuple[str, ...]
    numbered: bool

    @classmethod
    def from_value(cls, value) -> "Paragraphs":
        if value is None:
            return cls((), False)
        if isinstance(value, list):
            return cls(tuple(_text(v) for v in value if _text(v)), True)
        return cls(tuple(split_paragraphs(value)), False)


def split_paragraphs(text: str) -> list[str]:
    """Split text on blank lines; strip each paragraph; drop empty ones."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


@dataclass(frozen=True)
class Department:
    """部门: its 名称, and the 单位编码 / 单位名称 of the Hebei table header (单位名称 is
    the 名称 unless ``typed_unit_name``, the one written, says otherwise)."""

    name: str
    unit_code: str
    unit_name: str
    typed_unit_name: str = ""


@dataclass(frozen=True)
class Cover:
    """The Hebei cover: title (computed unless ``typed_title``, the one written, says
    otherwise), 编制单位 and 审核单位."""

    title: str
    compiled_by: str
    reviewed_by: str
    typed_title: str = ""


@dataclass(frozen=True)
class SubGoal:
    """One 分项目标: （一）名称, then 职责描述 / 绩效目标 / 绩效指标 lines."""

    name: str
    duty: str
    goal: str
    indicators: str


@dataclass(frozen=True)
class Measure:
    """One 保障措施: （一）标题。内容 (the title may be empty)."""

    title: str
    content: str


@dataclass(frozen=True)
class Waiver:
    """A warning accepted on one project or indicator (接受警告), with the written reason;
    ``owner`` is the path of what it was written on, ``path`` the path of its code."""

    code: str
    reason: str
    owner: tuple
    path: tuple

    def covers(self, finding: Finding) -> bool:
        """Whether this is the 接受警告 of ``finding``'s code written on what it is about or
        on a part that holds it (a project's, for a finding about one of its amounts)."""
        return finding.code == self.code and finding.path[:len(self.owner)] == self.owner


def _waivers(value: dict, owner: tuple) -> tuple[Waiver, ...]:
    accepted = value.get("接受警告") or {}
    return tuple(Waiver(code, _text(reason), owner, owner + ("接受警告", code)) for code, reason in accepted.items())


@dataclass(frozen=True)
class Indicator:
    """One 三级指标 with its 一级 and 二级 names."""

    level1: str
    level2: str
    name: str
    description: str
    value: str
    basis: str
    weight: Decimal | None
    direction: str
    waivers: tuple[Waiver, ...]
    path: tuple
    shares_basis: bool = False  # no 依据 of its own: the project's is printed

    @property
    def parsed_value(self) -> Value:
        """What the 指标值 says (operator, number, unit, date …), read with the name's unit."""
        return parse_value(self.value, self.name)

    @property
    def is_cost(self) -> bool:
        """Under 成本指标 (a 二级 of 产出指标 in 2015, an 一级 in 2021)."""
        return COST in (canonical(self.level1), canonical(self.level2))

    @property
    def is_money_cost(self) -> bool:
        """A 成本指标 of money: not 2021's 社会成本 or 生态环境成本 (negative effects, often 无)."""
        return self.is_cost and canonical(self.level2) not in NON_MONEY_COSTS


@dataclass(frozen=True)
class OverallGoals:
    """整体绩效目标: 总体目标, 分项目标 (items or text), 保障措施 and department indicators."""

    summary: Paragraphs
    sub_goals: tuple[SubGoal, ...]
    sub_goals_text: Paragraphs
    measures: tuple[Measure, ...]
    measures_numbered: bool
    indicators: tuple[Indicator, ...]
    waivers: tuple[Waiver, ...]  # warnings accepted for the department as a whole


@dataclass(frozen=True)
class Project:
    """One budget project (预算项目 / 项目支出 / 任务)."""

    # The amounts a project states, by key: their attributes.
    TYPED_AMOUNTS: ClassVar[dict[str, str]] = {"财政资金": "fiscal_amount", "其他资金": "other_amount",
                                               "预算数": "typed_budget"}

    name: str
    code: str
    fiscal_amount: Decimal
    other_amount: Decimal | None
    typed_budget: Decimal | None
    superior_funds: str
    period: str
    purpose: str
    spending_plan: tuple[tuple[str, str | None], ...]
    period_goal: Paragraphs
    goal: Paragraphs
    basis: str
    indicators: tuple[Indicator, ...]
    waivers: tuple[Waiver, ...]
    path: tuple

    @property
    def budget(self) -> Decimal:
        """预算数 = 财政资金 + 其他资金."""
        return self.fiscal_amount + (self.other_amount or Decimal(0))


# A key under 收入 or 支出 that names the total of its lines (合计, 收入合计, 小计, 总计), not a line.
_TOTAL_KEY = re.compile(r"(?:合计|小计|总计)$")


@dataclass(frozen=True)
class Funds:
    """Department-level budget (湖南 年度预算申请). Its totals are computed; those a clerk
    typed as well (资金总额, a 合计 under 收入 or 支出) are kept apart, to be checked, and
    are no line of income or expense."""

    # The expenses stated under 支出, by key: their attributes.
    TYPED_EXPENSES: ClassVar[dict[str, str]] = {"基本支出": "basic_expense", "项目支出": "typed_project_expense"}

    income: tuple[tuple[str, Decimal], ...]
    basic_expense: Decimal
    typed_project_expense: Decimal | None
    typed_totals: tuple[tuple[tuple, Decimal], ...]  # (path, amount) of 资金总额 and each 合计 as typed


@dataclass(frozen=True)
class SignOff:
    """湖南 form footer: 填表人 / 联系电话 / 填报日期 / 单位负责人签字."""

    filled_by: str
    phone: str
    date: str
    head: str


@dataclass(frozen=True)
class Style:
    """样式: the project number format (None: the layout's default) and the 汇总表 switch."""

    project_number_format: str | None
    show_project_summary: bool


@dataclass(frozen=True)
class Filing:
    """A whole filing, exact and typed."""

    source: str
    layout: str
    year: int
    amount_unit: str
    department: Department
    cover: Cover
    duties: tuple[str, ...]
    overall: OverallGoals
    funds: Funds | None
    projects: tuple[Project, ...]
    framework: str | None  # 指标体系 as typed (None: the repository's or the national default)
    style: Style
    sign_off: SignOff

    @property
    def waivers(self) -> tuple[Waiver, ...]:
        """Every 接受警告 of the filing, in the order of the file."""
        found = list(self.overall.waivers) + [w for i in self.overall.indicators for w in i.waivers]
        for project in self.projects:
            found.extend(project.waivers)
            found.extend(w for i in project.indicators for w in i.waivers)
        return tuple(found)


def typed_amounts(filing: Filing) -> Iterator[tuple[tuple, Decimal]]:
    """(path, amount) for every amount stated in the filing, in the order of the file's
    parts (projects, then 资金)."""
    for project in filing.projects:
        for key, attribute in Project.TYPED_AMOUNTS.items():
            if (amount := getattr(project, attribute)) is not None:
                yield project.path + (key,), amount
    if filing.funds is not None:
        for source, amount in filing.funds.income:
            yield ("资金", "收入", source), amount
        for key, attribute in Funds.TYPED_EXPENSES.items():
            if (amount := getattr(filing.funds, attribute)) is not None:
                yield ("资金", "支出", key), amount
        yield from filing.funds.typed_totals


def in_unit(filing: Filing, unit: str) -> Filing:
    """The filing with every amount it states written in ``unit`` (万元 or 元), exactly
    (indicator values keep the units written in them)."""
    factor = MONEY_UNITS[filing.amount_unit] / MONEY_UNITS[unit]

    def scaled(amount: Decimal | None) -> Decimal | None:
        return None if amount is None else amount * factor

    def rescaled(item, attributes: dict[str, str]):
        return replace(item, **{attribute: scaled(getattr(item, attribute)) for attribute in attributes.values()})

    projects = tuple(rescaled(p, Project.TYPED_AMOUNTS) for p in filing.projects)
    funds = filing.funds and replace(rescaled(filing.funds, Funds.TYPED_EXPENSES),
                                     income=tuple((source, scaled(amount)) for source, amount in filing.funds.income),
                                     typed_totals=tuple((path, scaled(amount)) for path, amount in filing.funds.typed_totals))
    return replace(filing, amount_unit=unit, projects=projects, funds=funds)


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _amount(value) -> Decimal | None:
    return None if value is None else number_value(value)


def _checkpoint(value) -> str | None:
    """A spending-plan checkpoint as written (``25%``, ``25``), a YAML number in plain
    digits (``1e2`` is ``100``); None when it is blank."""
    number = None if value is None else number_value(value)
    return f"{number:f}" if number is not None else _text(value) or None


def build_filing(document: Document) -> Filing:
    """Build the model from a document that passed schema validation."""
    data = document.data
    year = integer_value(data["年度"])
    department = data["部门"]
    cover = data.get("封面") or {}
    overall = data["整体绩效目标"]
    style = data.get("样式") or {}
    sign_off = data.get("填报") or {}
    return Filing(
        source=document.name,
        layout=data["版式"],
        year=year,
        amount_unit=data.get("金额单位") or "万元",
        department=Department(_text(department["名称"]), _text(department.get("单位编码")),
                              _text(department.get("单位名称")) or _text(department["名称"]),
                              _text(department.get("单位名称"))),
        cover=Cover(_text(cover.get("标题")) or f"{year}年部门预算绩效文本",
                    _text(cover.get("编制单位")), _text(cover.get("审核单位")), _text(cover.get("标题"))),
        duties=tuple(_text(d) for d in data.get("部门职能") or ()),
        overall=_build_overall(overall),
        funds=_build_funds(data.get("资金")),
        projects=tuple(_build_project(p, ("项目", i)) for i, p in enumerate(data["项目"])),
        framework=_text(data.get("指标体系")) or None,
        style=Style(style.get("项目编号格式"), BOOLEAN_TEXT.get(style.get("显示项目汇总表"), True)),
        sign_off=SignOff(_text(sign_off.get("填表人")), _text(sign_off.get("联系电话")),
                         _text(sign_off.get("填报日期")), _text(sign_off.get("单位负责人"))),
    )


def _build_overall(overall: dict) -> OverallGoals:
    sub_goals = overall.get("分项目标")
    measures = overall.get("保障措施")
    return OverallGoals(
        summary=Paragraphs.from_value(overall.get("总体目标")),
        sub_goals=tuple(
            SubGoal(_text(g["名称"]), _text(g.get("职责描述")), _text(g.get("绩效目标")), _text(g.get("绩效指标")))
            for g in sub_goals) if isinstance(sub_goals, list) else (),
        sub_goals_text=Paragraphs.from_value(sub_goals if isinstance(sub_goals, str) else None),
        measures=tuple(_build_measure(m) for m in measures) if isinstance(measures, list)
        else tuple(Measure("", p) for p in split_paragraphs(measures or "")),
        measures_numbered=isinstance(measures, list),
        indicators=build_indicators(overall.get("绩效指标"), ("整体绩效目标", "绩效指标"), ""),
        waivers=_waivers(overall, ("整体绩效目标",)),
    )


def _build_measure(item) -> Measure:
    if isinstance(item, dict):
        return Measure(_text(item.get("标题")), _text(item["内容"]))
    return Measure("", _text(item))


def _build_funds(funds: dict | None) -> Funds | None:
    if funds is None:
        return None
    income, expense = funds.get("收入") or {}, funds.get("支出") or {}
    typed_totals = [(("资金", "资金总额"), _amount(funds["资金总额"]))] if funds.get("资金总额") is not None else []
    typed_totals += [(("资金", part, key), _amount(amount)) for part, lines in (("收入", income), ("支出", expense))
                     for key, amount in lines.items() if _TOTAL_KEY.search(key)]
    return Funds(
        income=tuple((source, _amount(amount)) for source, amount in income.items() if not _TOTAL_KEY.search(source)),
        basic_expense=_amount(expense.get("基本支出", "0")),
        typed_project_expense=_amount(expense.get("项目支出")),
        typed_totals=tuple(typed_totals),
    )


def _build_project(project: dict, path: tuple) -> Project:
    basis = _text(project.get("依据"))
    plan = project.get("支出计划") or {}
    return Project(
        name=_text(project["名称"]),
        code=_text(project.get("编码")),
        fiscal_amount=_amount(project["财政资金"]),
        other_amount=_amount(project.get("其他资金")),
        typed_budget=_amount(project.get("预算数")),
        superior_funds=_text(project.get("上级资金")),
        period=_text(project.get("实施期")),
        purpose=_text(project.get("用途")),
        spending_plan=tuple((c, _checkpoint(plan.get(c))) for c in SPENDING_CHECKPOINTS) if plan else (),
        period_goal=Paragraphs.from_value(project.get("实施期目标")),
        goal=Paragraphs.from_value(project.get("绩效目标")),
        basis=basis,
        indicators=build_indicators(project.get("绩效指标"), path + ("绩效指标",), basis),
        waivers=_waivers(project, path),
        path=path,
    )


def build_indicators(tree: dict | None, path: tuple, default_basis: str) -> tuple[Indicator, ...]:
    """Flatten an indicator tree (一级 → 二级 → [三级]) into rows in print order."""
    rows = []
    for level1, level2s in (tree or {}).items():
        for level2, items in (level2s or {}).items():
            for i, item in enumerate(items or ()):
                name = _text(item["名称"])
                rows.append(Indicator(
                    level1=level1, level2=level2, name=name,
                    description=_text(item.get("描述")) or name,
                    value=_text(item["指标值"]),
                    basis=_text(item.get("依据")) or default_basis,
                    weight=_amount(item.get("权重")),
                    direction=_text(item.get("方向")),
                    waivers=_waivers(item, path + (level1, level2, i)),
                    path=path + (level1, level2, i),
                    shares_basis=not _text(item.get("依据")),
                ))
    return tuple(rows)
