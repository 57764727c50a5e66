"""The flow of one filing: load → validate → model → compute and check → view."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .checks import run_checks
from .findings import FilingError, Finding
from .load import Document, load_file
from .model import Filing, build_filing
from .totals import Totals, compute_totals
from .validate import validate
from .views import LAYOUTS


@dataclass
class Result:
    """What the pipeline made of one filing: its findings and, if it has no errors, a view."""

    name: str
    lines: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    filing: Filing | None = None
    totals: Totals | None = None
    layout_folder: str = ""
    view: dict | None = None

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)


def process(path: Path | str, name: str | None = None) -> Result:
    """Run a filing through every step up to its view; stop where errors make going on useless."""
    name = name or str(path)
    result = Result(name)
    try:
        document = load_file(path, name)
    except FilingError as error:
        result.findings = error.findings
        result.lines = error.lines
        return result
    return process_document(document, result)


def process_document(document: Document, result: Result) -> Result:
    """The steps after loading."""
    result.lines = document.lines
    result.findings = validate(document)
    if result.findings:
        return result
    filing = build_filing(document)
    totals = compute_totals(filing)
    result.filing, result.totals = filing, totals
    result.findings = run_checks(filing, totals, document)
    if result.ok:
        layout = LAYOUTS[filing.layout]
        result.layout_folder, result.view = layout.folder, layout.build(filing, totals)
    return result
