"""The flow of one filing: load → validate → model → compute and check → view."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .checks import run_checks
from .checks.unfinished import cut_texts
from .findings import FilingError, Finding, in_file_order
from .load import Document, load_bytes, load_file
from .model import Filing, build_filing
from .policy import DEFAULT_POLICY, Policy
from .totals import Totals, compute_totals
from .validate import validate
from .views import LAYOUTS


@dataclass
class Result:
    """What the pipeline made of one filing: its findings (and the warnings accepted in
    it) and, if it has no errors, a view."""

    name: str
    lines: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    accepted: list[Finding] = field(default_factory=list)
    filing: Filing | None = None
    totals: Totals | None = None
    layout_folder: str = ""
    view: dict | None = None
    reviewed: bool = False  # whether the review rules ran: not on a filing unreadable or not in the format

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)


def process(path: Path | str, name: str | None = None, policy: Policy = DEFAULT_POLICY,
            with_view: bool = True) -> Result:
    """Run a filing through every step up to its view (``with_view``: a check needs
    none); stop where errors make going on useless. ``policy`` is the repository's
    review policy (see :func:`jixiao.policy.policy_for`)."""
    name = name or str(path)
    return _process_loaded(lambda: load_file(path, name), Result(name), policy, with_view)


def process_bytes(raw: bytes, name: str, policy: Policy = DEFAULT_POLICY, with_view: bool = True) -> Result:
    """:func:`process` for a filing's bytes (a git revision, a test's text); ``name`` names it in messages."""
    return _process_loaded(lambda: load_bytes(raw, name), Result(name), policy, with_view)


def _process_loaded(load, result: Result, policy: Policy, with_view: bool) -> Result:
    try:
        document = load()
    except FilingError as error:
        result.findings = error.findings
        result.lines = error.lines
        return result
    return process_document(document, result, policy, with_view)


def process_document(document: Document, result: Result, policy: Policy = DEFAULT_POLICY,
                     with_view: bool = True) -> Result:
    """The steps after loading."""
    result.lines = document.lines
    result.findings = validate(document)
    if result.findings:  # a "#" that emptied a value explains its format error (名称: #1号楼维修工程)
        explained = [f for f in cut_texts(document) if policy.severity(f.code, f.severity) is not None]
        result.findings = in_file_order(result.findings + explained)
        return result
    filing = build_filing(document)
    totals = compute_totals(filing)
    result.filing, result.totals = filing, totals
    review = run_checks(filing, totals, document, policy)
    result.findings, result.accepted, result.reviewed = review.findings, review.accepted, True
    if result.ok and with_view:
        layout = LAYOUTS[filing.layout]
        result.layout_folder, result.view = layout.folder, layout.build(filing, totals)
    return result
