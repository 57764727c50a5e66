"""Findings: what the tool tells a user about a filing, each with a source location.

Every problem found on the way (while loading, validating, computing or checking)
becomes a :class:`Finding`; they are gathered, never raised one at a time, so that a
clerk sees every problem of a filing in one run.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

from .unseen import shown

ERROR = "错误"
WARNING = "警告"


@dataclass(frozen=True, order=True)
class Location:
    """A place in a filing: file name, 1-based line and 1-based column (in characters)."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Finding:
    """One problem of a filing: a rule code, a severity, a message and where it is.

    ``path`` is the place in the filing's data the finding is about (``("项目", 2,
    "财政资金")``), so that a 接受警告 written on a project or indicator can cover it."""

    code: str
    severity: str
    message: str
    location: Location
    hint: str = ""
    path: tuple = field(default=(), compare=False)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


class FilingError(Exception):
    """Raised when a filing cannot be read at all; carries the findings that say why."""

    def __init__(self, findings: list[Finding], lines: list[str] | None = None):
        super().__init__("; ".join(f.message for f in findings))
        self.findings = findings
        self.lines = lines or []


def _display_width(text: str) -> int:
    """Terminal columns taken by ``text``: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


EXCERPT_BEFORE, EXCERPT_AFTER = 30, 50  # characters of a long source line shown around the column


def _excerpt(text: str, column: int) -> tuple[str, str]:
    """The source line before the column and from it; of a long line (a paragraph pasted
    on one line), only the characters around the column, the rest left out as "…"."""
    start, end = max(0, column - 1 - EXCERPT_BEFORE), column - 1 + EXCERPT_AFTER
    before = ("…" if start else "") + text[start:column - 1]
    return before, text[column - 1:end] + ("…" if end < len(text) else "")


def in_file_order(findings: Iterable[Finding]) -> list[Finding]:
    """Findings sorted as the file reads: by line, then column."""
    return sorted(findings, key=lambda finding: (finding.location.line, finding.location.column))


def format_finding(finding: Finding, source_lines: list[str] | None = None) -> str:
    """Render a finding as hledger does: ``FILE:LINE:COL: 错误[JX201]: …``, the
    offending source line with a gutter (an invisible character in it shown as
    ``⟨U+202E⟩``, a Tab as ``⟨Tab⟩``), a caret under the column, then the hint."""
    loc = finding.location
    out = [f"{loc}: {finding.severity}[{finding.code}]: {finding.message}"]
    if source_lines and 1 <= loc.line <= len(source_lines):
        before, after = map(shown, _excerpt(source_lines[loc.line - 1].rstrip("\r\n"), loc.column))
        gutter = str(loc.line)
        pad = " " * len(gutter)
        out.append(f"{pad} |")
        out.append(f"{gutter} | {before}{after}")
        out.append(f"{pad} | " + " " * _display_width(before) + "^")
    if finding.hint:
        out.append(f"  提示: {finding.hint}")
    return "\n".join(out)
