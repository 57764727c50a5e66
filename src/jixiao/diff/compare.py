"""Compare two processed versions of a filing (``pipeline.process`` results).

What is compared is the outline of each version (:mod:`.outline`): projects matched by
编码, then by 名称; indicators by 一级／二级／名称; every amount with its signed
difference; the computed totals; texts character by character; and the checker's
findings, by code and message (lines move when a file is edited, so locations are not
compared), with the warnings accepted (接受警告) told from those resolved. The result is a :class:`Report`, printed by the ``report_*`` modules.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from difflib import SequenceMatcher

from ..findings import Finding, format_finding
from ..indicator_value import MONEY_UNITS
from ..model import Project, Waiver, in_unit
from ..money import plain
from ..pipeline import Result
from ..totals import compute_totals
from .chars import Piece, char_diff
from .linediff import Line, line_diff
from .outline import Block, Fact, Outline, Value, filing_outline, project_block, show, totals_facts

_LINE_REFERENCE = re.compile(r"第 ?\d+ ?行")  # "第 208 行" in a message: moves with any edit above it
_SUBJECT = re.compile(r"「[^」]*」")
# An amount in a message, or a sum or range of amounts, in the unit written after it: 0.32万元, 3200元,
# 4 + 6 = 10万元, 12-15万元
_AMOUNT_IN_UNIT = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?(?:\s*[-+=]\s*\d+(?:\.\d+)?)*)(万元|元)")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")

# Texts up to this length, on one line, are shown whole (old → new) rather than diffed.
SHORT_TEXT = 20
# Two list items without a common name are one item changed when their texts are this alike.
ALIKE = 0.5

ADDED, REMOVED, RENAMED, MOVED, REGROUPED = "added", "removed", "renamed", "moved", "regrouped"
OLD, NEW = "旧版本", "新版本"
COMMON_UNIT = "元"  # amounts of versions in two units are compared in this one
AMOUNT, VALUE, TEXT = "amount", "value", "text"
BACK = "重新出现（不再接受）"  # a warning whose 接受警告 was taken back
NOT_PRINTED = "不印出的内容（不算变化）："  # heads a section's changes of what the 版式 does not print


@dataclass(frozen=True)
class Change:
    """One change. ``subject`` names what changed (``财政资金``,
    ``指标：产出指标／数量指标／宣传次数``); ``old``/``new`` are as printed;
    amounts keep their exact values (None where not written); a text change has its
    character ``pieces``; a part added or removed has its ``details`` (the lines of what
    is written in it, besides its summary in ``new`` or ``old``). ``computed``: a figure
    computed from the amounts written (预算数, a total), which changes with them: shown,
    not counted as an edit. ``printed``: whether the 版式 prints what changed (in either
    version); one it does not is shown apart (:data:`NOT_PRINTED`), not counted."""

    kind: str
    subject: str
    old: str = ""
    new: str = ""
    old_amount: Decimal | None = None
    new_amount: Decimal | None = None
    pieces: tuple[Piece, ...] = ()
    details: tuple[str, ...] = ()
    computed: bool = False
    printed: bool = True

    @property
    def delta(self) -> Decimal | None:
        """new − old, exactly; None unless both are amounts (an amount written where
        there was none, or struck out, is not a difference of money: a missing 预算数
        means the computed one)."""
        if self.old_amount is None or self.new_amount is None:
            return None
        return self.new_amount - self.old_amount


@dataclass(frozen=True)
class Section:
    """The changes of one part of the filing, under its title (``项目「车辆保险费」``)."""

    title: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Acceptance:
    """A warning accepted in the new version (接受警告) that was not before, with the reason
    written for it."""

    finding: Finding
    reason: str

    @property
    def label(self) -> str:
        """``已接受（理由：…）``, said before the warning."""
        return f"已接受（理由：{self.reason}）"

    @property
    def warning(self) -> Finding:
        """The warning as listed: without its hint, which asks for what was done."""
        return replace(self.finding, hint="")


@dataclass(frozen=True)
class Unreadable:
    """A version that could not be compared: which one, its name, and why (each
    message ready to print)."""

    side: str
    name: str
    messages: tuple[str, ...]


@dataclass
class Report:
    """Everything that differs between two versions of a filing."""

    old_name: str
    new_name: str
    totals: tuple[Change, ...] = ()
    sections: tuple[Section, ...] = ()
    introduced: tuple[Finding, ...] = ()
    resolved: tuple[Finding, ...] = ()
    reworded: tuple[tuple[Finding, Finding], ...] = ()
    accepted: tuple[Acceptance, ...] = ()
    back: tuple[Finding, ...] = ()  # warnings reported again, their 接受警告 taken back (BACK)
    unreadable: tuple[Unreadable, ...] = ()
    absent: str = ""
    source_lines: tuple[Line, ...] = ()  # the files' lines compared, when a version is unreadable
    units: tuple[str, str] | None = None
    unit: str = ""  # the 金额单位 of the amounts as reported (empty when nothing was compared)
    rule_changes: tuple[str, ...] = ()  # how the new version's jixiao.yaml differs from the old version's
    rules_applied: str = ""  # a sentence naming the rules both versions were checked by, when not the old version's

    @property
    def changed(self) -> bool:
        """Whether the filing changed: a change compared or a finding that did, a version
        without the file, or (a version unreadable) the files' texts differing."""
        return bool(self.units or self.totals or self.sections or self.findings_changed or self.absent
                    or self.source_lines)

    @property
    def findings_changed(self) -> int:
        """How many findings the report lists: introduced, resolved, reworded, accepted, back."""
        return (len(self.introduced) + len(self.resolved) + len(self.reworded) + len(self.accepted)
                + len(self.back))

    @property
    def change_count(self) -> int:
        """How many changes the report lists, each once: the unit, each edit of the printed
        text (not the figures computed from the amounts edited: 预算数 and the totals, listed
        with them; not what the 版式 does not print, listed apart) and each finding changed."""
        edits = [change for section in self.sections for change in section.changes
                 if change.printed and not change.computed]
        return bool(self.units) + len(edits) + self.findings_changed

    @property
    def heading(self) -> str:
        """``比较 旧 → 新（金额单位：万元）``: the versions, and the unit of every amount below."""
        unit = f"（金额单位：{self.unit}）" if self.unit else ""
        return f"比较 {self.old_name} → {self.new_name}{unit}"

    @property
    def rules_note(self) -> str:
        """When jixiao.yaml differs between the versions, a sentence saying how, rule by
        rule; then, when it does or other rules were applied, whose rules checked both
        versions (the old one's, unless :attr:`rules_applied` says otherwise)."""
        changes = f"审核规则文件 jixiao.yaml 有改动：{'；'.join(self.rule_changes)}。" if self.rule_changes else ""
        return changes + (self.rules_applied or ("两个版本都按旧版本的规则检查。" if changes else ""))

    @property
    def unit_note(self) -> str:
        """When the 金额单位 changed, a sentence saying so and that amounts are compared in 元."""
        if self.units is None:
            return ""
        return f"金额单位改了：{self.units[0]} → {self.units[1]}。下面的金额都换算成{COMMON_UNIT}再比较。"

    @property
    def absence_label(self) -> str:
        """``新文件`` or ``已删除`` when one version has no such file; empty when both have it."""
        return {OLD: "新文件", NEW: "已删除"}.get(self.absent, "")

    @property
    def absence(self) -> str:
        """What a version without the file means, in a sentence; empty when both have it."""
        if self.absent == OLD:
            return f"新文件：旧版本 {self.old_name} 里没有这份申报文件，下面列出的都是新增的内容。"
        if self.absent == NEW:
            return f"已删除：新版本 {self.new_name} 里没有这份申报文件，下面列出的都是删去的内容。"
        return ""


def compare(old: Result, new: Result, absent: str = "") -> Report:
    """The report of what changed from ``old`` to ``new``. A version that did not
    load (its ``filing`` is None) makes the report say so instead of comparing, and
    compare the two files' lines (where both were read), unless it is the ``absent`` one
    (``OLD`` or ``NEW``): a version without the file, against which all of the other is
    reported as added (or removed)."""
    report = Report(old.name, new.name, absent=absent)
    sides = ((OLD, old), (NEW, new))
    if any(result.filing is None and side != absent for side, result in sides):
        report.unreadable = tuple(unreadable(side, result) for side, result in sides
                                  if result.filing is None and side != absent)
        if not absent and old.lines and new.lines:  # both files read (as text): their lines compared
            report.source_lines = line_diff(old.lines, new.lines)
        return report
    report.unit = (new.filing or old.filing).amount_unit
    if old.filing and new.filing and old.filing.amount_unit != new.filing.amount_unit:
        report.units = (old.filing.amount_unit, new.filing.amount_unit)
        report.unit = COMMON_UNIT
        old, new = _in_common_unit(old), _in_common_unit(new)
    report.totals = compare_facts(_totals(old), _totals(new))
    matches = match_projects(_projects(old), _projects(new))
    report.sections = apart_not_printed(_sections(old, new, matches))
    renamed = {old.filing.projects[i].name: new.filing.projects[j].name for j, i in matches.items()}
    report.introduced, report.resolved, report.reworded, accepted, report.back = compare_findings(
        old.findings, new.findings, renamed, old.accepted, new.accepted)
    report.accepted = tuple(Acceptance(finding, _reason(finding, new.filing.waivers)) for finding in accepted)
    return report


def _reason(finding: Finding, waivers: tuple[Waiver, ...]) -> str:
    """The reason written in the 接受警告 that covers ``finding``."""
    return next((waiver.reason for waiver in waivers if waiver.covers(finding)), "")


def _in_common_unit(result: Result) -> Result:
    """A version with its amounts (and totals) in 元, so that versions written in two
    units compare exactly."""
    filing = in_unit(result.filing, COMMON_UNIT)
    return replace(result, filing=filing, totals=compute_totals(filing))


def _totals(result: Result) -> tuple[Fact, ...]:
    return totals_facts(result.filing, result.totals) if result.filing else ()


def _projects(result: Result) -> tuple[Project, ...]:
    return result.filing.projects if result.filing else ()


def unreadable(side: str, result: Result) -> Unreadable:
    """A version whose findings stopped the pipeline before the model."""
    return Unreadable(side, result.name, tuple(format_finding(f, result.lines) for f in result.findings if f.is_error))


def apart_not_printed(sections: list[Section]) -> tuple[Section, ...]:
    """The sections with changes, each with its changes of what the 版式 prints, then
    each with those of what it does not, under its title after :data:`NOT_PRINTED`
    (``不印出的内容（不算变化）：封面``): a reviewer sees that the file changed there."""
    apart = [Section(section.title, tuple(c for c in section.changes if c.printed)) for section in sections]
    apart += [Section(NOT_PRINTED + section.title, tuple(c for c in section.changes if not c.printed))
              for section in sections]
    return tuple(section for section in apart if section.changes)


def _sections(old: Result, new: Result, matches: dict[int, int]) -> list[Section]:
    """Sections in document order: those before the projects, the project list, each
    changed project, then those after the projects."""
    old_outline, new_outline = _outline(old, new), _outline(new, old)
    return (_paired_sections(old_outline.head, new_outline.head)
            + _project_sections(_projects(old), _projects(new), matches, (old_outline.projects, new_outline.projects))
            + _paired_sections(old_outline.tail, new_outline.tail))


def _outline(result: Result, other: Result) -> Outline:
    """The outline of a version; of a version without the file, the other's sections
    with nothing in them."""
    if result.filing:
        return filing_outline(result.filing)
    model = filing_outline(other.filing)
    return Outline(tuple(_emptied(block) for block in model.head), (), tuple(_emptied(block) for block in model.tail))


def _emptied(block: Block) -> Block:
    return Block(block.kind, block.key, block.title, ())


def _paired_sections(old: tuple[Block, ...], new: tuple[Block, ...]) -> list[Section]:
    """Sections compared with the section of the same title (the outline always has
    the same sections, in the same order)."""
    return [Section(new_block.title, compare_blocks(old_block, new_block)) for old_block, new_block in zip(old, new)]


def compare_blocks(old: Block, new: Block) -> tuple[Change, ...]:
    """The changes of a block's own facts, then of its children in document order."""
    changes = list(compare_facts(old.facts, new.facts))
    counterparts = paired_children(old.children, new.children)
    paired_old = set(counterparts.values())
    in_place = {j: i for j, i in counterparts.items() if old.children[i].group == new.children[j].group}
    old_ids = list(range(len(old.children)))
    new_ids = [in_place.get(j, -1 - j) for j in range(len(new.children))]  # added, or under another heading: no match
    matcher = SequenceMatcher(None, old_ids, new_ids, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2)):
                changes += _pair_changes(old.children[i], new.children[j])
            continue
        changes += [removed(old.children[i]) for i in range(i1, i2) if i not in paired_old]
        for j in range(j1, j2):
            if j not in counterparts:
                changes.append(added(new.children[j]))
                continue
            i = counterparts[j]
            changes.append(_moved(old.children, i, new.children, j))
            changes += _pair_changes(old.children[i], new.children[j])
    return tuple(changes)


def added(block: Block) -> Change:
    """A part added: its summary and the details of what is written in it."""
    return Change(ADDED, block.subject, new=block.summary, details=block.details, printed=block.printed)


def removed(block: Block) -> Change:
    """A part removed: its summary and the details of what was written in it."""
    return Change(REMOVED, block.subject, old=block.summary, details=block.details, printed=block.printed)


def paired_children(old: tuple[Block, ...], new: tuple[Block, ...]) -> dict[int, int]:
    """new index → old index of each child that is in both versions: first children of
    one kind and key, under one heading (:attr:`Block.group`) before under another (an
    indicator moved), several of one key (namesakes: two 「完成时限」) the most alike
    first and, equally alike, in their order, so that deleting one of them is not read as
    another changed; then, among the others, children matched by content
    (:attr:`Block.by_content`) of one kind whose texts are at least half alike."""
    namesakes = [(before.group != after.group, -_likeness(before, after), j, i) for j, after in enumerate(new)
                 for i, before in enumerate(old) if (before.kind, before.key) == (after.kind, after.key)]
    pairs = _most_alike_first(namesakes, {})
    taken = set(pairs.values())
    alike = [(-likeness, j, i) for j, after in enumerate(new) if j not in pairs and after.by_content
             for i, before in enumerate(old) if i not in taken and before.kind == after.kind
             and (likeness := _likeness(before, after)) >= ALIKE]
    return _most_alike_first(alike, pairs)


def _most_alike_first(candidates: list[tuple], pairs: dict[int, int]) -> dict[int, int]:
    """``pairs`` (new index → old index) with the candidates (…, −likeness, new index,
    old index) added in their order, the most alike first, each child paired once."""
    taken = set(pairs.values())
    for *_, j, i in sorted(candidates):
        if j not in pairs and i not in taken:
            pairs[j] = i
            taken.add(i)
    return pairs


def _likeness(old: Block, new: Block) -> float:
    """How alike two blocks' texts are, from 0 to 1."""
    return SequenceMatcher(None, _text_of(old), _text_of(new), autojunk=False).ratio()


def _text_of(block: Block) -> str:
    return "\n".join(show(fact.value) for fact in block.facts)


def _renamed(old: Block, new: Block) -> list[Change]:
    """A renamed child (not one whose title is only its place)."""
    if old.title == new.title or (old.untitled and new.untitled):
        return []
    return [Change(RENAMED, f"{new.kind}名称", old.title, new.title, printed=old.printed or new.printed)]


def _moved(old: tuple[Block, ...], i: int, new: tuple[Block, ...], j: int) -> Change:
    """A child out of its place: moved under another heading (its groups, ``产出指标／质量指标``
    → ``产出指标／时效指标``), or among the children of its kind (its places, ``第 2 项`` →
    ``第 1 项``)."""
    before, after = old[i], new[j]
    if before.group != after.group:
        return Change(REGROUPED, _told_apart(after.name, after, new, in_group=False), before.group, after.group,
                      printed=before.printed or after.printed)
    return Change(MOVED, _told_apart(after.subject, after, new, in_group=True),
                  f"第 {_place(old, i)} 项", f"第 {_place(new, j)} 项", printed=before.printed or after.printed)


def _told_apart(subject: str, child: Block, children: tuple[Block, ...], in_group: bool) -> str:
    """``subject`` naming ``child``, with its summary (or the start of what is first written
    in it: a 分项目标's 职责描述) where a namesake among ``children`` (of its name, and
    ``in_group``: under its group, where the subject names the group) has the same subject
    (``指标：…／培训次数（指标值 ≥3次）``)."""
    namesakes = sum(other.kind == child.kind and other.key == child.key and (not in_group or other.group == child.group)
                    for other in children)
    told = child.summary or next((f"{fact.label} {_start_of(show(fact.value))}" for fact in child.facts
                                  if show(fact.value)), "")
    return f"{subject}（{told}）" if namesakes > 1 and told else subject


def _start_of(text: str) -> str:
    """The first :data:`SHORT_TEXT` characters of a text's first line, with … where it goes on."""
    line = text.splitlines()[0]
    return line if len(line) <= SHORT_TEXT and line == text else line[:SHORT_TEXT] + "…"


def _place(children: tuple[Block, ...], index: int) -> int:
    """The place (from 1) of ``children[index]`` among the children of its kind."""
    return sum(child.kind == children[index].kind for child in children[:index + 1])


def _pair_changes(old: Block, new: Block) -> list[Change]:
    """A child's changes: its new name (if renamed), then its changed facts."""
    return _renamed(old, new) + _child_changes(old, new)


def _child_changes(old: Block, new: Block) -> list[Change]:
    """A child's changed facts, each named with the child (``指标：… 指标值``)."""
    return [replace(c, subject=f"{new.subject} {c.subject}") for c in compare_blocks(old, new)]


def compare_facts(old: tuple[Fact, ...], new: tuple[Fact, ...]) -> tuple[Change, ...]:
    """Changes of facts with the same label, in the new version's order (then facts
    only the old version has). An ``echo`` fact is left out when it changes exactly as
    the amount reported before it; an amount written 0 where none was is no change where
    both versions' 版式 print the two alike (``zero_as_unwritten``)."""
    old_values = {fact.label: fact.value for fact in old}
    printed_in = {fact.label: fact.printed for fact in old + new if fact.printed}  # in either version
    new_labels = {fact.label for fact in new}
    zero_alike = {f.label for f in old if f.zero_as_unwritten} & {f.label for f in new if f.zero_as_unwritten}
    pairs = [(fact, old_values.get(fact.label), fact.value) for fact in new]
    pairs += [(fact, fact.value, None) for fact in old if fact.label not in new_labels]
    changes: list[Change] = []
    last_amount: Change | None = None
    for fact, before, after in pairs:
        if _same(before, after) or fact.label in zero_alike and not before and not after:
            continue
        change = replace(fact_change(fact, before, after), printed=printed_in.get(fact.label, False))
        if change.kind == AMOUNT:
            if fact.echo and last_amount and (last_amount.old_amount, last_amount.new_amount) == (before, after):
                continue
            last_amount = change
        changes.append(change)
    return tuple(changes)


def _same(old: Value, new: Value) -> bool:
    """Equal facts: amounts by value (10.0 = 10.00), a blank text as no text."""
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        return old == new
    return (old or "") == (new or "")


def fact_change(fact: Fact, old: Value, new: Value) -> Change:
    """One changed ``fact`` (its ``old`` and ``new`` values): an amount with its
    difference, an identifier or a short text old → new, or a long text character by
    character."""
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        old_amount, new_amount = old, new
        if fact.from_zero and (old or Decimal(0)) != (new or Decimal(0)):  # 0.20 written where none was: +0.20
            old_amount, new_amount = old or Decimal(0), new or Decimal(0)
        return Change(AMOUNT, fact.label, show(old), show(new), old_amount, new_amount, computed=fact.computed)
    old_text, new_text = old or "", new or ""
    long = max(len(old_text), len(new_text)) > SHORT_TEXT or "\n" in old_text + new_text
    if old_text and new_text and long and not fact.identifier:
        return Change(TEXT, fact.label, old_text, new_text, pieces=char_diff(old_text, new_text))
    return Change(VALUE, fact.label, old_text, new_text)


def match_projects(old: tuple[Project, ...], new: tuple[Project, ...]) -> dict[int, int]:
    """new index → old index: first by 编码 (where both have one), then by 名称, then, for
    a project renamed that has no 编码, by a name at least half alike or by content (at
    least half its texts, spending plan and indicators unchanged: equal amounts alone do
    not make two projects one). Among projects of one 名称 (two 结转资金, say), the most
    alike are paired first, so that a namesake deleted or added is not taken for a
    changed one."""
    matches: dict[int, int] = {}
    taken: set[int] = set()
    for j, project in enumerate(new):
        i = next((i for i, candidate in enumerate(old)
                  if i not in taken and project.code and candidate.code == project.code), None)
        if i is not None:
            matches[j] = i
            taken.add(i)
    old_facts = {i: _all_facts(p) for i, p in enumerate(old) if i not in taken}
    new_facts = {j: _all_facts(p) for j, p in enumerate(new) if j not in matches}
    alike = {(j, i): len(old_facts[i] & new_facts[j]) for j in new_facts for i in old_facts}
    namesakes = sorted((-alike[j, i], j, i) for j, i in alike if old[i].name == new[j].name)
    renamed = sorted((-alike[j, i], j, i) for j, i in alike
                     if _alike_names(old[i].name, new[j].name) or _alike_texts(old_facts[i], new_facts[j]))
    for _, j, i in namesakes + renamed:
        if j not in matches and i not in taken:
            matches[j] = i
            taken.add(i)
    return matches


def _alike_names(old: str, new: str) -> bool:
    return SequenceMatcher(None, old, new, autojunk=False).ratio() >= ALIKE


def _alike_texts(old: frozenset, new: frozenset) -> bool:
    """Whether at least half of the facts other than amounts are unchanged (and one is)."""
    old_texts, new_texts = _texts(old), _texts(new)
    shared = len(old_texts & new_texts)
    return shared > 0 and 2 * shared >= max(len(old_texts), len(new_texts))


def _texts(facts: frozenset) -> frozenset:
    return frozenset(fact for fact in facts if not isinstance(fact[2], Decimal))


def _all_facts(project: Project) -> frozenset:
    """Every fact written of a project and of the blocks within it (those with the key of
    their block), to tell how alike two projects are whatever their names."""
    block = project_block(project)
    facts = [(None, fact.label, fact.value) for fact in block.facts]
    facts += [fact for child in block.children for fact in _facts_within(child)]
    return frozenset(fact for fact in facts if fact[2] not in (None, ""))


def _facts_within(block: Block):
    """(block key, label, value) of each fact of ``block`` and of the blocks within it."""
    for fact in block.facts:
        yield block.key, fact.label, fact.value
    for child in block.children:
        yield from _facts_within(child)


def _project_sections(old: tuple[Project, ...], new: tuple[Project, ...], matches: dict[int, int],
                      blocks: tuple[tuple[Block, ...], tuple[Block, ...]]) -> list[Section]:
    """The 项目 section (added, removed, renamed, reordered projects), then a section
    for each matched project that changed, in the new order (``matches``: :func:`match_projects`;
    ``blocks``: the projects of the old and the new outline)."""
    matched_old = set(matches.values())
    listing = [removed(blocks[0][i]) for i in range(len(old)) if i not in matched_old]
    listing += [added(blocks[1][j]) for j in range(len(new)) if j not in matches]
    listing += [Change(RENAMED, "项目名称", old[i].name, new[j].name)
                for j, i in sorted(matches.items()) if old[i].name != new[j].name]
    listing += _moves(old, new, matches)
    sections = [Section("项目", tuple(listing))]
    names = Counter(project.name for project in new)
    for j, i in sorted(matches.items()):
        place = f"（第 {j + 1} 项）" if names[new[j].name] > 1 else ""  # which of the namesakes
        sections.append(Section(f"项目「{new[j].name}」{place}",
                                compare_blocks(blocks[0][i], blocks[1][j])))
    return sections


def _moves(old: tuple[Project, ...], new: tuple[Project, ...], matches: dict[int, int]) -> list[Change]:
    """Projects whose place among the matched ones changed: those outside the longest
    run that kept its order."""
    new_order = sorted(matches)
    old_order = sorted(matches.values())
    in_new_order = [matches[j] for j in new_order]
    kept = set()
    for block in SequenceMatcher(None, old_order, in_new_order, autojunk=False).get_matching_blocks():
        kept.update(old_order[block.a: block.a + block.size])
    return [Change(MOVED, new[j].name, f"第 {matches[j] + 1} 项", f"第 {j + 1} 项")
            for j in new_order if matches[j] not in kept]


def compare_findings(old: list[Finding], new: list[Finding], renamed: dict[str, str] | None = None,
                     old_accepted: list[Finding] = (), new_accepted: list[Finding] = ()):
    """Findings introduced, resolved, reworded (same code, same subject in 「」,
    another message: ``缺少满意度指标`` → ``缺少效益指标、满意度指标``, as
    (old, new) pairs), accepted and back. Of the warnings accepted in a version (接受警告,
    ``old_accepted`` and ``new_accepted``: not among its findings), those accepted in the
    new one only are accepted, not resolved; those reported again in the new one, no
    longer accepted, are back, not introduced. Findings are told apart by code, severity
    and message, with line numbers in messages left out (an edit moves lines, not
    problems) and the names of renamed projects (``renamed``: old name → new name) read
    as their new names."""
    renamed = {f"「{old_name}」": f"「{new_name}」" for old_name, new_name in (renamed or {}).items()
               if old_name != new_name}
    old_keyed = [(f, _finding_key(f, renamed)) for f in old]
    new_keyed = [(f, _finding_key(f)) for f in new]
    old_accepted_keys = [_finding_key(f, renamed) for f in old_accepted]
    new_accepted_keyed = [(f, _finding_key(f)) for f in new_accepted]
    accepted = _split(new_accepted_keyed, old_accepted_keys)[1]
    introduced = _split(new_keyed, _keys(old_keyed))[1]
    resolved = _split(old_keyed, _keys(new_keyed))[1]
    resolved = _split(resolved, _keys(new_accepted_keyed))[1]  # not resolved: accepted
    back, introduced = _split(introduced, old_accepted_keys)
    introduced, resolved = [f for f, _ in introduced], [f for f, _ in resolved]
    reworded = []
    for finding in list(introduced):
        earlier = next((f for f in resolved if _same_subject(f, finding, renamed)), None)
        if earlier is not None:
            resolved.remove(earlier)
            introduced.remove(finding)
            reworded.append((earlier, finding))
    return (tuple(introduced), tuple(resolved), tuple(reworded), tuple(f for f, _ in accepted),
            tuple(f for f, _ in back))


def _finding_key(finding: Finding, renamed: dict[str, str] | None = None) -> tuple[str, str, str]:
    return finding.code, finding.severity, _amounts_in_yuan(_with_new_names(stable_message(finding), renamed))


def _amounts_in_yuan(message: str) -> str:
    """A message with each amount it writes in 万元 or 元 written in 元 (``0.32万元`` →
    ``3200元``, ``4 + 6 = 10万元`` → ``40000 + 60000 = 100000元``): a finding is the
    same whichever 金额单位 its filing writes amounts in."""
    def in_yuan(amounts: re.Match) -> str:
        scale = MONEY_UNITS[amounts[2]] / MONEY_UNITS[COMMON_UNIT]
        return _FIGURE.sub(lambda figure: plain(Decimal(figure[0]) * scale), amounts[1]) + COMMON_UNIT
    return _AMOUNT_IN_UNIT.sub(in_yuan, message)


def _with_new_names(message: str, renamed: dict[str, str] | None) -> str:
    """A message with each 「old name」 of ``renamed`` replaced by 「new name」."""
    for old_name, new_name in (renamed or {}).items():
        message = message.replace(old_name, new_name)
    return message


def stable_message(finding: Finding) -> str:
    """A finding's message without the line numbers it names (``第 208 行`` → ``第…行``)."""
    return _LINE_REFERENCE.sub("第…行", finding.message)


def _same_subject(old: Finding, new: Finding, renamed: dict[str, str]) -> bool:
    """Same rule about the same thing: code and severity, and the first 「…」 of both
    messages (an old one under its new name)."""
    old_subject, new_subject = _SUBJECT.search(_with_new_names(old.message, renamed)), _SUBJECT.search(new.message)
    return ((old.code, old.severity) == (new.code, new.severity) and old_subject is not None
            and new_subject is not None and old_subject[0] == new_subject[0])


def _keys(keyed: list[tuple[Finding, tuple]]) -> list[tuple]:
    return [key for _, key in keyed]


def _split(keyed: list[tuple[Finding, tuple]], those_keys: list) -> tuple[list, list]:
    """(finding, key) pairs split into those whose key is among ``those_keys`` and those
    whose key is not (counting repeats: two alike findings are matched by two keys)."""
    remaining = Counter(those_keys)
    matched, extra = [], []
    for finding, key in keyed:
        if remaining[key]:
            remaining[key] -= 1
            matched.append((finding, key))
        else:
            extra.append((finding, key))
    return matched, extra
