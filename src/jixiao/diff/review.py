"""``make review BASE=main``: a review page for every filing changed since BASE, and an
index page listing them with their change counts and total deltas."""

from __future__ import annotations

import subprocess
from pathlib import Path

import click

from ..paths import FILING_SUFFIXES
from ..render import write_atomically
from .command import compare_versions
from .compare import Report
from .report_html import review_html, review_page, summary
from .report_text import change_line
from .versions import Version, check_revision


def changed_filings(base: str, top: Path) -> list[str]:
    """Filings under ``filings/`` that differ between ``base`` and the working tree
    (committed or not), plus new ones git does not track yet; paths from ``top``."""
    def git(*arguments: str) -> list[str]:
        done = subprocess.run(["git", *arguments], cwd=top, capture_output=True, text=True, check=True)
        return [name for name in done.stdout.split("\0") if name.endswith(FILING_SUFFIXES)]
    check_revision(base, top)
    changed = git("diff", "--name-only", "-z", "--no-renames", base, "--", "filings/")
    untracked = git("ls-files", "-z", "--others", "--exclude-standard", "--", "filings/")
    return sorted(set(changed + untracked))


def write_review(base: str, top: Path, output: Path) -> list[Path]:
    """Write ``output/<name>.html`` for each filing changed since ``base`` and
    ``output/index.html``; return the files written, the index last."""
    rows, written = [], []
    for path in changed_filings(base, top):
        report = compare_versions(Version(path, base, str(top)), Version(str(top / path)))
        page = output / page_name(path)
        write_atomically(page, review_page(report).encode("utf-8"))
        written.append(page)
        rows.append(index_row(path, page.name, report))
    index = output / "index.html"
    view = {"title": f"申报文件审阅：自 {base} 以来的改动", "base": base, "rows": rows}
    write_atomically(index, review_html("review/index.html", view).encode("utf-8"))
    return written + [index]


def page_name(path: str) -> str:
    """The review page of a filing: its path under ``filings/``, folders joined by ``__``
    (``filings/2025/x.yaml`` → ``2025__x.html``), so that namesakes in two folders get a
    page each."""
    relative = Path(path).relative_to("filings") if Path(path).is_relative_to("filings") else Path(path)
    return "__".join(relative.with_suffix("").parts) + ".html"


def index_row(path: str, href: str, report: Report) -> dict:
    """One line of the index: the filing, its page, how much changed, its totals."""
    return {
        "name": path,
        "href": href,
        "count": report.change_count,
        "summary": summary(report),
        "totals": [click.unstyle(change_line(change)) for change in report.totals],
        "trouble": bool(report.unreadable),
    }
