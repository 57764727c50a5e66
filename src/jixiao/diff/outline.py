"""A filing as an outline: labelled facts in blocks, in the order of the document.

The outline is what ``jixiao diff`` compares and what the git text conversion prints.
It is built from the model and the computed totals (never from the YAML text), so a
moved line, a comment or another quoting style changes nothing in it. Amounts stay
``Decimal``; texts stay text. Each block and each fact has its Chinese label here, in
one place. What a filing writes only to be checked is left out: a typed 预算数 or
项目支出 prints as the computed figure it must equal (one that does not is an error the
checker reports), so writing one down changes nothing printed. What the filing's 版式
does not print (its ``NOT_PRINTED``, which JX330 warns of) is in the outline, marked
not printed, so that a change of it is shown apart and not counted as a change of the
text; a default it does not print (封面 标题, 单位名称) is not the filing's and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ..model import Filing, Indicator, Measure, Paragraphs, Project, SubGoal, Waiver
from ..money import plain, two_decimals
from ..totals import Totals
from ..indicator_value import percent_text
from ..views import LAYOUTS, Layout

Value = Decimal | str | None


# Facts that name something rather than say it: a character changed makes another one, so
# they are reported whole (old → new), never character by character.
IDENTIFIERS = frozenset({"编码", "单位编码", "联系电话"})


@dataclass(frozen=True)
class Fact:
    """One labelled fact. ``echo``: a computed figure that is not reported when it
    changes exactly as the figure reported before it (预算数 = 财政资金 when a project
    has no 其他资金). ``headline``: said in its block's summary, so not again in its details.
    ``from_zero``: an amount that is 0 where it is not written (其他资金), so that one
    written or struck out differs by all of it. ``computed``: a figure computed from the
    amounts written (预算数, the totals), reported with them but not an edit of its own.
    ``printed``: whether the filing's 版式 prints it. ``default``: a value the filing
    did not write (单位名称 is 名称), left out where the 版式 does not print it.
    ``zero_as_unwritten``: an amount the 版式 prints the same written 0 or not written
    (湖南's project 其他资金), so that one written 0 where none was is no change."""

    label: str
    value: Value
    echo: bool = False
    headline: bool = False
    from_zero: bool = False
    computed: bool = False
    printed: bool = True
    default: bool = False
    zero_as_unwritten: bool = False

    @property
    def identifier(self) -> bool:
        """Whether the fact is an identifier (:data:`IDENTIFIERS`)."""
        return self.label in IDENTIFIERS


@dataclass(frozen=True)
class Block:
    """A part of a filing that is compared as a whole: a section, a project, an
    indicator, a spending plan. ``kind`` names it in a report (``指标``), ``key`` finds
    its counterpart among its siblings of its kind in the other version (namesakes, of
    one key, are told apart by their content), ``group`` is the heading it is listed
    under (an indicator's ``产出指标／数量指标``), ``summary`` says what it is in one
    phrase when it is added or removed (its ``headline`` facts).
    ``by_content``: an item of a list whose name may change or that has none, so that one
    removed and one added that are alike are the same item, changed; ``untitled``: its
    title is only its place (``第2条``); ``printed``: whether the filing's 版式 prints it."""

    kind: str
    key: tuple
    title: str
    facts: tuple[Fact, ...]
    children: tuple["Block", ...] = ()
    summary: str = ""
    by_content: bool = False
    untitled: bool = False
    group: str = ""
    printed: bool = True

    @property
    def subject(self) -> str:
        """``指标：产出指标／数量指标／宣传次数``: the kind, the group and the title (each
        where there is one)."""
        return "：".join(filter(None, (self.kind, "／".join(filter(None, (self.group, self.title))))))

    @property
    def name(self) -> str:
        """``指标：宣传次数``: the kind and the title, without the group."""
        return "：".join(filter(None, (self.kind, self.title)))

    @property
    def details(self) -> tuple[str, ...]:
        """What a reviewer reads of the block added or removed, besides its summary: each
        fact written that the summary does not say (``用途：…``), then each part with its
        summary, a line each."""
        return (tuple(f"{fact.label}：{show(fact.value)}" for fact in self.facts
                      if show(fact.value) and not fact.headline)
                + tuple("，".join(filter(None, (child.subject, child.summary))) for child in self.children))


def show(value: Value) -> str:
    """A fact as printed in a report: amounts with two decimals, texts as they are."""
    if isinstance(value, Decimal):
        return two_decimals(value)
    return value or ""


@dataclass(frozen=True)
class Outline:
    """A filing's blocks in document order: the sections before the projects, the
    projects, and the sections after them."""

    head: tuple[Block, ...]
    projects: tuple[Block, ...]
    tail: tuple[Block, ...]


def filing_outline(filing: Filing) -> Outline:
    """The outline of a filing; each project is its own block; what its 版式 does not
    print is marked so (:func:`_marked`)."""
    department, cover, overall = filing.department, filing.cover, filing.overall
    head = [
        _section("基本信息", ("版式", filing.layout), ("年度", str(filing.year)),
                 ("金额单位", filing.amount_unit), ("指标体系", filing.framework)),
        _section("部门", ("名称", department.name), ("单位编码", department.unit_code),
                 Fact("单位名称", department.unit_name, default=not department.typed_unit_name)),
        _section("封面", Fact("标题", cover.title, default=not cover.typed_title),
                 ("编制单位", cover.compiled_by), ("审核单位", cover.reviewed_by)),
        _section("部门职能", ("部门职能", joined_paragraphs(filing.duties))),
        Block("", ("整体绩效目标",), "整体绩效目标",
              _text_facts("总体目标", overall.summary) + _text_facts("分项目标", overall.sub_goals_text)
              + (_numbering("保障措施", overall.measures_numbered and bool(overall.measures), "（一）（二）…"),)
              + accepted_warnings(overall.waivers),
              sub_goal_blocks(overall.sub_goals) + measure_blocks(overall.measures)
              + indicator_blocks(overall.indicators)),
    ]
    funds = filing.funds
    head.append(Block("", ("资金",), "资金", () if funds is None else tuple(
        [Fact(f"收入 {source}", amount, from_zero=True) for source, amount in funds.income]
        + [Fact("基本支出", funds.basic_expense)])))
    style, sign_off = filing.style, filing.sign_off
    tail = (
        _section("样式", ("项目编号格式", style.project_number_format or ""),
                 Fact("显示项目汇总表", "是" if style.show_project_summary else "否",
                      default=style.show_project_summary)),
        _section("填报", ("填表人", sign_off.filled_by), ("联系电话", sign_off.phone),
                 ("填报日期", sign_off.date), ("单位负责人", sign_off.head)),
    )
    layout = LAYOUTS[filing.layout]
    return Outline(tuple(_marked(block, (block.title,), layout) for block in head),
                   tuple(_marked(project_block(p), PROJECT_PATH, layout) for p in filing.projects),
                   tuple(_marked(block, (block.title,), layout) for block in tail))


PROJECT_PATH = ("项目", "*")  # a project's keys in the filing format: 项目, any item
# Keys no 版式 prints that only the review reads (which framework, an indicator's direction and weight):
# a change of them shows in the findings it changes, not in the text. (A warning accepted,
# 接受警告, stays with the changes: a reviewer must read each reason given.)
FOR_THE_REVIEW = frozenset({"指标体系", "方向", "权重"})
# The keys of a block's children, from the block's (an indicator's 一级, 二级 and place: any).
CHILD_KEYS = {"分项目标": ("分项目标",), "保障措施": ("保障措施",), "支出计划": ("支出计划",),
              "指标": ("绩效指标", "*", "*", "*")}


def _marked(block: Block, path: tuple[str, ...], layout: Layout) -> Block:
    """``block`` (at the keys ``path``, ``*`` any item), its facts and its children marked
    printed or not by ``layout`` (no 版式 prints ``FOR_THE_REVIEW``)."""
    return replace(block, printed=layout.prints(path),
                   facts=tuple(_marked_fact(fact, layout.prints(path + (_key_of(fact.label),))
                                            and _key_of(fact.label) not in FOR_THE_REVIEW,
                                            layout.prints_zero_as_unwritten(path + (_key_of(fact.label),)))
                               for fact in block.facts),
                   children=tuple(_marked(child, path + CHILD_KEYS[child.kind], layout) for child in block.children))


def _marked_fact(fact: Fact, printed_here: bool, zero_as_unwritten: bool) -> Fact:
    """``fact`` marked printed (``printed_here``) or not; a default emptied, printed or
    not: what it is made from (名称, 年度, the 版式) is what the filing wrote, and a change
    of that is the change (a 版式 changed from 湖南 to 河北 invented 单位名称 and 封面
    标题 edits that no one made)."""
    return replace(fact, printed=printed_here, value=None if fact.default else fact.value,
                   zero_as_unwritten=zero_as_unwritten)


def _key_of(label: str) -> str:
    """The key of the filing format a fact is of: ``总体目标编号`` (whether it is a list)
    of 总体目标, ``接受警告 JX425`` of 接受警告, ``收入 财政拨款`` of 收入."""
    return label.split(" ")[0].removesuffix("编号")


def project_block(project: Project) -> Block:
    """A project: its figures and texts, its spending plan and its indicators."""
    plan = (Block("支出计划", ("支出计划",), "",
                  tuple(Fact(checkpoint, percent_text(value), headline=True)
                        for checkpoint, value in project.spending_plan),
                  summary=plan_summary(project)),) if project.spending_plan else ()
    return Block(
        "项目", (project.code or project.name,), project.name,
        (Fact("编码", project.code, headline=True), Fact("财政资金", project.fiscal_amount),
         Fact("其他资金", project.other_amount, from_zero=True), Fact("预算数", project.budget, echo=True, headline=True, computed=True),
         Fact("上级资金", project.superior_funds),
         Fact("实施期", project.period), Fact("用途", project.purpose),
         *_text_facts("实施期目标", project.period_goal), *_text_facts("绩效目标", project.goal),
         Fact("依据", project.basis)) + accepted_warnings(project.waivers),
        plan + indicator_blocks(project.indicators),
        summary="，".join(filter(None, (f"编码 {project.code}" if project.code else "",
                                       f"预算数 {two_decimals(project.budget)}"))),
    )


def plan_summary(project: Project) -> str:
    """``3月底 25%，6月底 50%，…``"""
    return "，".join(f"{checkpoint} {percent_text(value) or '（空）'}" for checkpoint, value in project.spending_plan)


def sub_goal_blocks(goals: tuple[SubGoal, ...]) -> tuple[Block, ...]:
    """分项目标 keyed by 名称, paired by content when renamed."""
    return tuple(Block("分项目标", (goal.name,), goal.name,
                       (Fact("职责描述", goal.duty), Fact("绩效目标", goal.goal), Fact("绩效指标", goal.indicators)),
                       by_content=True)
                 for goal in goals)


def measure_blocks(measures: tuple[Measure, ...]) -> tuple[Block, ...]:
    """保障措施 keyed by 标题, or by their text when they have none (never by their place:
    one inserted above would make every later one another), paired by content."""
    return tuple(Block("保障措施", (measure.title or measure.content,), measure.title or f"第{n}条",
                       (Fact("内容", measure.content, headline=True),),
                       summary=measure.content, by_content=True, untitled=not measure.title)
                 for n, measure in enumerate(measures, start=1))


def indicator_blocks(indicators: tuple[Indicator, ...]) -> tuple[Block, ...]:
    """Indicators keyed by 名称, listed under 一级／二级 (one moved under another is the
    same indicator), summarised by all that is written in them (``指标值 ≥3次，依据
    年度工作计划``)."""
    blocks = []
    for indicator in indicators:
        facts = tuple(replace(fact, headline=True) for fact in (
            Fact("指标值", indicator.value),
            Fact("描述", indicator.description, default=indicator.description == indicator.name),
            Fact("依据", indicator.basis, default=indicator.shares_basis),
            Fact("权重", plain(indicator.weight) if indicator.weight is not None else None),  # a score, not money
            Fact("方向", indicator.direction), *accepted_warnings(indicator.waivers)))
        said = [fact for fact in facts if show(fact.value)
                and not (fact.label == "描述" and fact.value == indicator.name)]  # the 名称 unless written
        summary = "，".join(f"{fact.label} {show(fact.value)}" for fact in said)
        blocks.append(Block("指标", (indicator.name,), indicator.name, facts, summary=summary,
                            group=f"{indicator.level1}／{indicator.level2}"))
    return tuple(blocks)


def accepted_warnings(waivers: tuple[Waiver, ...]) -> tuple[Fact, ...]:
    """Each warning accepted (接受警告) with its written reason: a reviewer sees one added,
    changed or taken back."""
    return tuple(Fact(f"接受警告 {waiver.code}", waiver.reason) for waiver in waivers)


def totals_facts(filing: Filing, totals: Totals) -> tuple[Fact, ...]:
    """The computed totals (财政资金合计 is not reported when it changes as 合计 does);
    资金总额 exists where the filing has 资金 (whose 项目支出 is 合计)."""
    facts = [Fact("合计", totals.budget), Fact("财政资金合计", totals.fiscal, echo=True),
             Fact("其他资金合计", totals.other)]
    if filing.funds is not None:
        facts.append(Fact("资金总额", totals.income))
    return tuple(replace(fact, computed=True) for fact in facts)


def _section(title: str, *facts: tuple[str, Value] | Fact) -> Block:
    return Block("", (title,), title, tuple(fact if isinstance(fact, Fact) else Fact(*fact) for fact in facts))


PARAGRAPH_BREAK = "\n\n"  # between paragraphs; a single line break is a line within one


def joined_paragraphs(paragraphs: tuple[str, ...]) -> str:
    """Paragraphs as one text, a blank line between two, as in the YAML: merging two
    paragraphs or splitting one changes the text (a line break within a paragraph
    stays a single line break)."""
    return PARAGRAPH_BREAK.join(paragraphs)


def _text_facts(label: str, paragraphs: Paragraphs) -> tuple[Fact, Fact]:
    """A text as compared: its paragraphs, and whether the layout numbers them (1. 2. …,
    a text written as a list), so that a text turned into a list, or back, is a change."""
    return (Fact(label, joined_paragraphs(paragraphs.items)),
            _numbering(label, paragraphs.numbered and bool(paragraphs.items), "1. 2. …"))


def _numbering(label: str, numbered: bool, marks: str) -> Fact:
    """Whether the items of ``label`` print numbered (``marks``): written as a list."""
    return Fact(f"{label}编号", marks if numbered else "")
