"""``make review BASE=main``: a review page for every filing changed on this branch since
it left BASE, and an index page listing them with their change counts and total deltas.

As ``git diff BASE...HEAD`` does, the branch is compared with the merge base of BASE and
HEAD, not with BASE's tip: what was changed on BASE after the branch left it is not the
branch's change."""

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
from .versions import Version, VersionError, check_revision


def fork_point(base: str, top: Path) -> str:
    """The revision the branch is compared with: ``base`` itself when HEAD contains it,
    else the merge base of ``base`` and HEAD (its commit number, shortened)."""
    check_revision(base, top)
    done = subprocess.run(["git", "merge-base", base, "HEAD"], cwd=top, capture_output=True, text=True)
    if done.returncode != 0:
        raise VersionError(f"当前分支与「{base}」没有共同的历史，无法找出分支上的改动：请换一个基准版本")
    fork = done.stdout.strip()
    if fork == _git_output(top, "rev-parse", f"{base}^{{commit}}"):
        return base
    return _git_output(top, "rev-parse", "--short", fork)


def _git_output(top: Path, *arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=top, capture_output=True, text=True, check=True).stdout.strip()


def changed_filings(fork: str, top: Path) -> list[str]:
    """Filings under ``filings/`` that differ between the revision ``fork`` and the
    working tree (committed or not), plus new ones git does not track yet; paths from ``top``."""
    def git(*arguments: str) -> list[str]:
        done = subprocess.run(["git", *arguments], cwd=top, capture_output=True, text=True, check=True)
        return [name for name in done.stdout.split("\0") if name.endswith(FILING_SUFFIXES)]
    changed = git("diff", "--name-only", "-z", "--no-renames", fork, "--", "filings/")
    untracked = git("ls-files", "-z", "--others", "--exclude-standard", "--", "filings/")
    return sorted(set(changed + untracked))


def write_review(base: str, top: Path, output: Path) -> list[Path]:
    """Write ``output/<name>.html`` for each filing changed on this branch since it left
    ``base`` and ``output/index.html``; return the files written, the index last."""
    fork = fork_point(base, top)
    rows, written = [], []
    for path in changed_filings(fork, top):
        report = compare_versions(Version(path, fork, str(top)), Version(str(top / path)))
        page = output / page_name(path)
        write_atomically(page, review_page(report).encode("utf-8"))
        written.append(page)
        rows.append(index_row(path, page.name, report))
    index = output / "index.html"
    view = {"title": f"申报文件审阅：自 {base} 以来的改动", "base": base, "fork": "" if fork == base else fork,
            "rows": rows}
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
