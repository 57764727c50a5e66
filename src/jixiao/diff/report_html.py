"""The report as one self-contained HTML review page: totals first, then each section
with the old and the new version side by side and the changes highlighted.

Everything the page prints is prepared here; the template (``templates/review/``)
only prints it, and Jinja escapes every text of the filing (but the texts made
:class:`~markupsafe.Markup` here, which are escaped here: those with their unseen
characters named, as the text report names them).
"""

from __future__ import annotations

from markupsafe import Markup

from ..findings import Finding
from ..money import signed
from ..render import render_template, stylesheet
from ..unseen import unseen_runs
from .chars import DELETED, INSERTED, SAME, Piece, char_diff
from .compare import ADDED, BACK, MOVED, REGROUPED, REMOVED, RENAMED, TEXT, Change, Report

KIND_LABELS = {ADDED: "新增", REMOVED: "删除", RENAMED: "改名", MOVED: "顺序", REGROUPED: "移动"}


def review_page(report: Report, stamp: str = "") -> str:
    """The HTML review page of a report; ``stamp``: a sentence saying which review it is
    part of (what ``jixiao review`` compared)."""
    return review_html("review/document.html", {**review_view(report), "stamp": stamp})


def review_html(template: str, view: dict) -> str:
    """A page of the review folder, with the review stylesheet inlined (not the documents')."""
    return render_template(template, view=view, css=stylesheet("review/style.css"))


def review_view(report: Report) -> dict:
    """What the review page prints, ready for the template."""
    return {
        "title": f"审阅：{report.new_name}",
        "old_name": report.old_name,
        "new_name": report.new_name,
        "unit": report.unit,
        "summary": summary(report),
        "notes": [note for note in (report.rules_note, report.absence, report.unit_note) if note],
        "unreadable": [{"heading": f"{u.side} {u.name} 无法读取，不能比较", "messages": list(u.messages)}
                       for u in report.unreadable],
        "source_lines": [{"kind": line.kind, "old": line.old or "", "new": line.new or "",
                          "text": line.text if line.kind == SAME else named(line.text)}
                         for line in report.source_lines],
        "totals": [_row(change) for change in report.totals],
        "sections": [{"title": named(s.title), "rows": [_row(c) for c in s.changes]} for s in report.sections],
        "findings": [_finding_item(kind, label, finding, [Piece(SAME, finding.message)])
                     for kind, label, findings in (("introduced", "新出现", report.introduced),
                                                   ("back", BACK, report.back),
                                                   ("resolved", "已解决", report.resolved))
                     for finding in findings]
        + [_finding_item("accepted", named(a.label), a.warning, [Piece(SAME, a.warning.message)])
           for a in report.accepted]
        + [_finding_item("reworded", "变化", new, char_diff(old.message, new.message, len(old.message + new.message)))
           for old, new in report.reworded],
    }


def summary(report: Report) -> str:
    """One line saying how much changed."""
    if report.unreadable:
        return "；".join(f"不能比较，{u.side}无法读取：{u.messages[0].splitlines()[0]}" for u in report.unreadable)
    if not report.changed:
        return "两个版本没有实质变化。"
    return "，".join(filter(None, (report.absence_label, f"共 {report.change_count} 处变化。")))


def _row(change: Change) -> dict:
    """A change as a table row: what, the old side, the new side, the difference."""
    label = KIND_LABELS.get(change.kind)
    subject = f"{label}{change.subject}" if change.kind in (ADDED, REMOVED) else change.subject
    if change.kind == TEXT:
        old = [_visible(p) for p in change.pieces if p.kind != INSERTED]
        new = [_visible(p) for p in change.pieces if p.kind != DELETED]
    else:
        old_text, new_text = named(_listed(change.old, change, REMOVED)), named(_listed(change.new, change, ADDED))
        old = [Piece(DELETED if new_text or change.kind == REMOVED else SAME, old_text)] if old_text else []
        new = [Piece(INSERTED, new_text)] if new_text else []
    delta = change.delta
    return {
        "kind": change.kind,
        "subject": named(f"{label}：{subject}" if change.kind in (RENAMED, MOVED, REGROUPED) else subject),
        "old": old,
        "new": new,
        "delta": "" if delta is None else signed(delta),
        "sign": "" if not delta else ("up" if delta > 0 else "down"),
    }


def _listed(text: str, change: Change, kind: str) -> str:
    """One side of a row: with a part added (or removed) on that side, the details of
    what is written in it, a line each, under its summary."""
    return "\n".join(filter(None, (text, *change.details))) if change.kind == kind else text


def _visible(piece: Piece) -> Piece:
    """A deleted or inserted text with its unseen characters named and its line breaks
    marked ¶, so that a paragraph merged or split shows (the page breaks lines where the
    text does)."""
    if piece.kind in (DELETED, INSERTED):
        return Piece(piece.kind, named(piece.text).replace("\n", Markup("¶\n")))
    return piece


def named(text: str) -> Markup:
    """``text`` escaped, each character a reader cannot see or tell from a space shown by
    its name in a box: ``⟨U+00A0 不间断空格⟩``."""
    return Markup("").join(Markup('<span class="unseen">⟨{}⟩</span>').format(run) if is_name else run
                           for run, is_name in unseen_runs(text))


def _finding_item(kind: str, label: str, finding: Finding, message: list[Piece] | tuple[Piece, ...]) -> dict:
    """A finding of the 检查结果 list: where, which rule, the message (a reworded one
    with its changes marked), the hint."""
    return {"kind": kind, "label": label, "message": list(message), "hint": finding.hint,
            "where": f"{finding.location}: {finding.severity}[{finding.code}]: "}
