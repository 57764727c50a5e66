"""The report as text lines, for a terminal (coloured) or a pipe (plain).

Every line is styled with ``click.style``; ``click.echo`` drops the colours when the
output is not a terminal. Deletions are marked ``[-…-]``, insertions ``{+…+}`` (as
``git diff --word-diff`` does), and a left-out unchanged run ``…``. A character a reader
cannot see or tell from a space is written by name (``⟨U+00A0 不间断空格⟩``) wherever the
report prints the filing's text, but in the unchanged text around a change.
"""

from __future__ import annotations

import click

from ..findings import Finding, format_finding
from ..money import signed
from ..unseen import named_unseen
from .chars import DELETED, ELIDED, INSERTED, SAME, Piece, char_diff
from .compare import ADDED, AMOUNT, BACK, MOVED, REGROUPED, REMOVED, RENAMED, TEXT, Change, Report
from .linediff import Line

NOTHING = "（无）"
INDENT = "  "
LISTED = {ADDED: ("新增", "green"), REMOVED: ("删除", "red")}  # a part added or removed: its word, its colour
MOVES = {MOVED: "顺序", REGROUPED: "移动"}  # a part in another place: among its kind, under another heading
LINE_MARKS = {DELETED: ("-", "red"), INSERTED: ("+", "green")}  # a line of the files deleted or inserted
SOURCE_LINES = "两个版本的原文逐行比较（行号：旧版本 新版本；- 删去的行，+ 加上的行）："


def report_lines(report: Report) -> list[str]:
    """The whole report, one printed line per item."""
    lines = [click.style(line, bold=True) for line in (report.heading, report.rules_note) if line]
    for unreadable in report.unreadable:
        lines.append(click.style(f"{unreadable.side} {unreadable.name} 无法读取，不能比较：", fg="red", bold=True))
        lines += [INDENT + line for message in unreadable.messages for line in message.splitlines()]
    if report.unreadable:
        return lines + source_lines(report.source_lines)
    lines += [click.style(note, bold=True) for note in (report.absence, report.unit_note) if note]
    if not report.changed:
        return lines + ["两个版本没有实质变化。"]
    if report.totals:
        lines.append(click.style("合计", bold=True))
        lines += [INDENT + change_line(change) for change in report.totals]
    for section in report.sections:
        lines.append(click.style(named_unseen(section.title), bold=True))
        lines += [INDENT + line for change in section.changes for line in change_lines(change)]
    if report.findings_changed:
        lines.append(click.style("检查结果", bold=True))
        lines += _finding_lines("新出现", report.introduced, "red")
        lines += _finding_lines(BACK, report.back, "red")
        lines += _finding_lines("已解决", report.resolved, "green")
        lines += [line for acceptance in report.accepted
                  for line in _finding_lines(_flat(acceptance.label), (acceptance.warning,), "yellow")]
        lines += [INDENT + f"变化：{new.location}: {new.severity}[{new.code}]: " + _pieces(old.message, new.message)
                  for old, new in report.reworded]
    return lines


def change_lines(change: Change) -> list[str]:
    """A change as printed: its line, then (a part added or removed) the details of
    what is written in it, one level deeper."""
    colour = LISTED[change.kind][1] if change.kind in LISTED else None
    return [change_line(change)] + [INDENT + click.style(_flat(detail), fg=colour) for detail in change.details]


def change_line(change: Change) -> str:
    """One change as a line: ``财政资金：10.00 → 12.00（+2.00）``."""
    subject, old, new = _flat(change.subject), _flat(change.old) or NOTHING, _flat(change.new) or NOTHING
    if change.kind in LISTED:
        word, colour = LISTED[change.kind]
        return click.style("，".join(filter(None, (word + subject, _flat(change.new or change.old)))), fg=colour)
    if change.kind == RENAMED:
        return f"改名：{old} → {new}"
    if change.kind in MOVES:
        return f"{MOVES[change.kind]}：{subject}，{old} → {new}"
    if change.kind == AMOUNT and change.delta is not None:
        return f"{subject}：{old} → {new}（{click.style(signed(change.delta), bold=True)}）"
    if change.kind == TEXT:
        return f"{subject}：" + "".join(_piece(piece) for piece in change.pieces)
    return f"{subject}：{old} → {new}"


def source_lines(lines: tuple[Line, ...]) -> list[str]:
    """The files' lines compared, under a heading: each with its numbers in the old and
    the new file, ``…`` for unchanged lines left out; nothing when there are none."""
    if not lines:
        return []
    printed = [click.style(SOURCE_LINES, bold=True)]
    for line in lines:
        if line.kind == ELIDED:
            printed.append(INDENT + "…")
            continue
        mark, colour = LINE_MARKS.get(line.kind, (" ", None))
        text = line.text if line.kind == SAME else named_unseen(line.text)
        printed.append(INDENT + click.style(f"{_number(line.old)} {_number(line.new)} {mark} {text}", fg=colour))
    return printed


def _number(number: int | None) -> str:
    return f"{number or '':>5}"


def _pieces(old: str, new: str) -> str:
    """A reworded message, whole (it is short), its changes marked."""
    return "".join(_piece(piece) for piece in char_diff(old, new, context=max(len(old), len(new))))


def _piece(piece: Piece) -> str:
    if piece.kind == SAME:
        return piece.text.replace("\n", "¶")
    text = _flat(piece.text)
    if piece.kind == DELETED:
        return click.style(f"[-{text}-]", fg="red")
    if piece.kind == INSERTED:
        return click.style(f"{{+{text}+}}", fg="green")
    return "…"


def _flat(text: str) -> str:
    """A text on one line (a line break shown as ¶), its unseen characters named."""
    return named_unseen(text).replace("\n", "¶")


def _finding_lines(label: str, findings: tuple[Finding, ...], colour: str) -> list[str]:
    lines = []
    for finding in findings:
        first, *rest = format_finding(finding).splitlines()
        lines.append(INDENT + click.style(f"{label}：{first}", fg=colour))
        lines += [INDENT * 2 + line for line in rest]
    return lines
