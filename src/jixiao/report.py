"""How findings reach a person or a program: text with source excerpts, JSON, the
closing summary line, and the one-line report of a bug in jixiao itself."""

from __future__ import annotations

import json
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from .findings import ERROR, Finding, format_finding

SEVERITY_NAMES = {ERROR: "error"}  # JSON severities: "error" or "warning"


@dataclass
class Tally:
    """Counts over every filing of a run, for the summary line."""

    errors: int = 0
    warnings: int = 0
    accepted: int = 0
    failed: int = 0  # filings not made for want of a disk or for a bug in jixiao, not for their findings
    unreviewed: int = 0  # filings whose errors (unreadable, not in the format) kept the review rules from them

    def add(self, findings: list[Finding], accepted: list[Finding], reviewed: bool = True) -> None:
        """Count one filing's findings; ``reviewed``: whether the review rules were run on it."""
        errors = sum(1 for f in findings if f.is_error)
        self.errors += errors
        self.warnings += len(findings) - errors
        self.accepted += len(accepted)
        self.unreviewed += not reviewed

    def include(self, other: Tally) -> None:
        """Add the counts of ``other`` (one filing's) to these."""
        self.errors += other.errors
        self.warnings += other.warnings
        self.accepted += other.accepted
        self.failed += other.failed
        self.unreviewed += other.unreviewed

    def summary(self) -> str:
        """``2 个错误，5 个警告`` (and the accepted warnings, and the filings that failed
        otherwise), or "" when nothing was found and nothing failed."""
        if not (self.errors or self.warnings or self.accepted or self.failed):
            return ""
        line = f"{self.errors} 个错误，{self.warnings} 个警告"
        line += f"（另有 {self.accepted} 个警告已在文件中接受）" if self.accepted else ""
        line += (f"；{self.unreviewed} 份申报文件有读取或格式上的错误，还没有按审核规则检查，改正后可能还会报出别的问题"
                 if self.unreviewed else "")
        return line + (f"；{self.failed} 份申报文件没能处理完（原因见上）" if self.failed else "")


def bug_report(path: Path) -> str:
    """The exception being handled as a one-line bug report of jixiao, naming the file
    (where it happened, not a traceback), for a clerk to forward."""
    error = sys.exc_info()[1]
    frame = traceback.extract_tb(error.__traceback__)[-1]
    return (f"{path}: 内部错误：jixiao 处理这个文件时出了故障，这不是申报文件的问题。"
            f"请把这个文件和这一行发给维护者：{type(error).__name__} {error}"
            f"（{Path(frame.filename).name}:{frame.lineno}）")


MAX_PRINTED = 100  # findings of one filing printed as text; the rest are counted (JSON has them all)


def text(findings: list[Finding], source_lines: list[str]) -> str:
    """The findings of one filing as ``FILE:LINE:COL: 错误[JX…]: …`` with its source line
    and a caret, in the file's order: at most :data:`MAX_PRINTED`, errors before warnings
    (an error is what stops a build or a commit, never to be hidden behind warnings), then
    how many are left out."""
    chosen = sorted(findings, key=lambda f: not f.is_error)[:MAX_PRINTED]
    kept = {id(f) for f in chosen}
    printed = [format_finding(f, source_lines) for f in findings if id(f) in kept]
    left = [f for f in findings if id(f) not in kept]
    if left:
        errors = sum(f.is_error for f in left)
        what = f"{len(left)} 个问题（其中 {errors} 个错误）" if errors else f"{len(left)} 个警告"
        printed.append(f"{findings[0].location.file}: 还有 {what}未列出（先改正上面这些再检查；jixiao check --format json 列出全部）")
    return "\n".join(printed)


def as_json(finding: Finding) -> dict:
    """A finding as the object ``jixiao check --format json`` prints."""
    location = finding.location
    return {"file": location.file, "line": location.line, "column": location.column, "code": finding.code,
            "severity": SEVERITY_NAMES.get(finding.severity, "warning"), "message": finding.message,
            "hint": finding.hint}


def json_report(findings: list[Finding]) -> str:
    """Findings as a JSON array, for editors and CI."""
    return json.dumps([as_json(f) for f in findings], ensure_ascii=False, indent=2)
