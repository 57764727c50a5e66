"""Review rules (审核要点): what a finance bureau's reviewer checks, as registered checks.

Each module holds the checks of one part of the review, each check registered with the
codes it reports (with their explanations and examples, see :mod:`jixiao.codes`).
:func:`run_checks` runs them all, then applies the repository's policy (a rule raised to
an error, lowered, or turned off) and the warnings a clerk accepted on one value with a
written reason (``接受警告``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterator

from ..codes import CODES, Code, Example
from ..findings import ERROR, WARNING, Finding, in_file_order
from ..load import Document
from ..model import Filing, Waiver
from ..totals import Totals
from . import amounts, arithmetic, costs, editor, paragraphs, plan, projects, sameness, structure, unfinished, values  # noqa: F401,E501  (register)
from .registry import CHECKS, Context, check

if TYPE_CHECKING:
    from ..policy import Policy


@dataclass(frozen=True)
class Review:
    """The findings of the review rules, and the warnings accepted in the filing."""

    findings: list[Finding]
    accepted: list[Finding]


def run_checks(filing: Filing, totals: Totals, document: Document, policy: "Policy") -> Review:
    """Every finding of every registered check under ``policy``, in the order of the file."""
    context = Context(filing, totals, document, policy)
    findings = _under_policy((finding for run in CHECKS for finding in run(context)), policy)
    kept, accepted = _accept(context, findings)
    return Review(in_file_order(kept), in_file_order(accepted))


def _under_policy(findings, policy: "Policy") -> list[Finding]:
    """Findings with the severity the policy gives their code; those it turns off dropped."""
    adjusted = []
    for finding in findings:
        severity = policy.severity(finding.code, finding.severity)
        if severity is not None:
            adjusted.append(replace(finding, severity=severity))
    return adjusted


WAIVER = ("项目:\n  - 名称: 会议保障经费\n    财政资金: 10\n    绩效目标: 保障会议。\n    接受警告: {%s: 会议保障项目，只有一个指标}\n"
          "    绩效指标:\n      产出指标:\n        数量指标:\n          - {名称: 会议次数, 指标值: ≥4次, 依据: 计划标准}\n")

REFUSED_WAIVER_HINT = "删除这一条；运行 jixiao rules 查看哪些规则可以接受"


def _refusal(code: Code) -> str:
    """Why ``code``, where no repository made it another severity, is refused: an error,
    or a warning that no 接受警告 can cover (JX013 of the file's first line, JX462)."""
    if code.severity == WARNING:
        return f"{code.code}（{code.title}）不能用“接受警告”接受，只能改正"
    return f"{code.code}（{code.title}）是错误，只能改正"


def refused_waiver(code: Code) -> str:
    """What JX461 says of a 接受警告 of ``code``, refused under the default rules, with
    its hint: in these words the editor says it too (see :mod:`jixiao.schema_codes`)."""
    return f"不能接受 {code.code}：{_refusal(code)}。{REFUSED_WAIVER_HINT}。"


@check(Code("JX461", ERROR, "接受警告写的不是警告",
            "“接受警告”只能接受标有“可调整”的警告（JX462 除外），而且要写现有的规则代码：错误必须改正，不能接受。",
            Example(WAIVER % "JX301", "5:12"), Example(WAIVER % "JX405")),
       Code("JX462", WARNING, "接受警告没有对应的警告",
            "写了“接受警告”，但这里并没有这条警告（可能问题已经改正了）：请删除，免得审核人误会。",
            Example(WAIVER % "JX444", "5:12"), Example(WAIVER % "JX405")))
def waivers(context: Context) -> Iterator[Finding]:
    """A 接受警告 that names an error or an unknown code; checked here, and its use in
    :func:`_accept`."""
    for waiver in context.filing.waivers:
        code = CODES.get(waiver.code)
        severity = context.policy.severity(waiver.code, code.severity) if code else None
        if code is None:
            what = "没有这条规则"
        elif code.severity == WARNING and not code.acceptable:
            what = _refusal(code)  # whatever this repository made of it: the editor says so in every one
        elif severity is None or severity == WARNING:
            continue  # a warning, or a rule this repository turned off: nothing to refuse
        elif severity == code.severity:
            what = _refusal(code)
        else:
            what = f"{waiver.code}（{code.title}）本是警告，本仓库的 jixiao.yaml 把它定为错误，只能改正"
        yield context.finding("JX461", f"不能接受 {waiver.code}：{what}", waiver.path, REFUSED_WAIVER_HINT, at_key=True)


def _accept(context: Context, findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Split findings into those kept and the warnings a 接受警告 covers; a waiver that
    covers nothing is itself a warning (JX462)."""
    policy = context.policy
    valid = [w for w in context.filing.waivers if w.code in CODES and CODES[w.code].acceptable
             and policy.severity(w.code, CODES[w.code].severity) == WARNING]
    kept, accepted, used = [], [], set()
    for finding in findings:
        waiver = next((w for w in valid if finding.severity == WARNING and w.covers(finding)), None)
        if waiver is None:
            kept.append(finding)
        else:
            accepted.append(finding)
            used.add(waiver.path)
    unused = (_unused(context, w, kept) for w in valid if w.path not in used)
    return kept + _under_policy(unused, policy), accepted


def _unused(context: Context, waiver: Waiver, kept: list[Finding]) -> Finding:
    """The JX462 of a 接受警告 that covers nothing: written below the level its warning is
    about (a project's warning accepted on one of its indicators), or not needed."""
    above = next((f for f in kept if f.code == waiver.code and f.severity == WARNING
                  and waiver.owner[:len(f.path)] == f.path), None)
    if above is not None:
        return context.finding("JX462", f"接受了 {waiver.code}，但这条警告说的是上一级（第 {above.location.line} 行）",
                               waiver.path, "把这一条“接受警告”移到那一级下面", at_key=True)
    return context.finding("JX462", f"接受了 {waiver.code}，但这里没有这条警告", waiver.path,
                           "问题可能已经改正：删除这一条“接受警告”", at_key=True)

