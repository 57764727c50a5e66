"""The report as JSON, for programs: amounts as exact decimal strings, texts exact (a
character a reader cannot see or tell from a space written as its ``\\uXXXX`` escape, so
that it shows wherever the JSON is read)."""

from __future__ import annotations

import json
from dataclasses import asdict

from ..findings import Finding
from ..money import signed
from ..unseen import UNSEEN
from .compare import AMOUNT, NEW, OLD, Change, Report


def report_json(report: Report) -> str:
    """The report as a JSON document (keys in English, texts as in the filing)."""
    return _escaped_unseen(json.dumps({
        "old": report.old_name,
        "new": report.new_name,
        "changed": report.changed,
        "rule_changes": list(report.rule_changes),
        "absent": {OLD: "old", NEW: "new"}.get(report.absent),
        "units": None if report.units is None else {"old": report.units[0], "new": report.units[1]},
        "unit": report.unit or None,
        "unreadable": [{"side": u.side, "name": u.name, "messages": list(u.messages)} for u in report.unreadable],
        "source_lines": [asdict(line) for line in report.source_lines],
        "totals": [_change(c) for c in report.totals],
        "sections": [{"title": s.title, "changes": [_change(c) for c in s.changes]} for s in report.sections],
        "findings": {"introduced": [_finding(f) for f in report.introduced],
                     "resolved": [_finding(f) for f in report.resolved],
                     "reworded": [{"old": _finding(old), "new": _finding(new)} for old, new in report.reworded],
                     "accepted": [{**_finding(a.finding), "reason": a.reason} for a in report.accepted],
                     "back": [_finding(f) for f in report.back]},
    }, ensure_ascii=False, indent=2)) + "\n"


def _escaped_unseen(document: str) -> str:
    """A JSON document with each unseen character (only ever in a string: JSON's own
    blanks are spaces and line breaks) written as its escape, the same text to a program."""
    return UNSEEN.sub(lambda character: json.dumps(character[0])[1:-1], document)


def _change(change: Change) -> dict:
    out = {"kind": change.kind, "subject": change.subject, "old": change.old, "new": change.new}
    if change.kind == AMOUNT:  # as printed: null where not written (其他资金 not written counts as 0 in delta)
        out["old"], out["new"] = change.old or None, change.new or None
        out["delta"] = None if change.delta is None else signed(change.delta)
    if change.pieces:
        out["pieces"] = [{"kind": p.kind, "text": p.text} for p in change.pieces]
    if change.details:
        out["details"] = list(change.details)
    if not change.printed:  # the 版式 does not print it: not counted as a change of the text
        out["printed"] = False
    return out


def _finding(finding: Finding) -> dict:
    location = finding.location
    return {"code": finding.code, "severity": finding.severity, "message": finding.message,
            "file": location.file, "line": location.line, "column": location.column, "hint": finding.hint}
