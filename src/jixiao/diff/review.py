"""``make review BASE=main``: a review page for every filing changed in this branch's
commits since it left BASE, and an index page listing them with their change counts and
total deltas, after a change of the review rules (jixiao.yaml) if there is one. Edits
not committed are not reviewed; :func:`uncommitted_filings` names them.

As ``git diff BASE...HEAD`` does, the branch is compared with the merge base of BASE and
HEAD, not with BASE's tip: what was changed on BASE after the branch left it is not the
branch's change. The rules are BASE's tip's, though: the bureau enforces them now, and
the branch's filings will be judged by them once merged (:class:`ReviewRules`)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import click

from ..paths import FILING_SUFFIXES
from ..policy import DEFAULT_POLICY, POLICY_FILE, Policy, PolicyError, policy_changes
from ..render import write_atomically
from .command import compare_versions
from .compare import Report
from .report_html import review_html, review_page, summary
from .report_text import change_line
from .review_folder import ReviewFolder
from .versions import Version, VersionError, check_revision, revision_policy

BRANCH = "HEAD"  # what is reviewed: the branch's last commit, as git diff BASE...HEAD compares
FILINGS = "filings/"
UNREADABLE = "无法读取"  # the count of changes of a filing with a version that cannot be read
CHECKED_BY = "申报文件都按 {base} 当前的规则检查。"


def fork_point(base: str, top: Path) -> str:
    """The revision the branch is compared with: ``base`` itself when HEAD contains it,
    else the merge base of ``base`` and HEAD (its commit number, shortened)."""
    fork = _merge_base(base, top)
    if fork == _git_output(top, "rev-parse", f"{base}^{{commit}}"):
        return base
    return _git_output(top, "rev-parse", "--short", fork)


def _merge_base(base: str, top: Path) -> str:
    """The commit where HEAD left ``base`` (:class:`VersionError` when there is none)."""
    check_revision(base, top)
    done = subprocess.run(["git", "merge-base", base, "HEAD"], cwd=top, capture_output=True, text=True)
    if done.returncode != 0:
        raise VersionError(f"当前分支与「{base}」没有共同的历史，无法找出分支上的改动：请换一个基准版本")
    return done.stdout.strip()


def compared_versions(base: str, top: Path) -> str:
    """The sentence stamped on every page of a review, saying what was compared: the
    branch (or HEAD, detached) and its last commit, ``base`` and the commit where the
    branch left it, so that a page opened later says which review it is from."""
    branch = subprocess.run(["git", "symbolic-ref", "--quiet", "--short", "HEAD"], cwd=top,
                            capture_output=True, text=True).stdout.strip()
    head = _git_output(top, "rev-parse", "--short", "HEAD")
    fork = _git_output(top, "rev-parse", "--short", _merge_base(base, top))
    new = f"分支 {branch} 的提交 {head}" if branch else f"HEAD（提交 {head}）"
    return f"审阅的是：{new}，与 {base} 比较（分支离开 {base} 处的提交 {fork}）。"


def _git_output(top: Path, *arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=top, capture_output=True, text=True, check=True).stdout.strip()


def changed_filings(fork: str, top: Path) -> list[tuple[str, str]]:
    """(old path, new path) of each filing under ``filings/`` that differs between the
    revisions ``fork`` and ``HEAD`` (what the branch committed), by new path; a filing
    renamed or moved (as git's rename detection finds it) is one pair; paths from ``top``."""
    listed = _git_output(top, "diff", "--name-status", "-z", "--find-renames", fork, BRANCH, "--", FILINGS)
    pairs = set()
    fields = iter(listed.split("\0"))
    for status in fields:
        old = next(fields, "")
        new = next(fields) if status.startswith("R") else old
        if _is_filing(old) and _is_filing(new):
            pairs.add((old, new))
        else:  # renamed to or from another kind of file: a filing deleted or added
            pairs.update((path, path) for path in (old, new) if _is_filing(path))
    return sorted(pairs, key=lambda pair: (pair[1], pair[0]))


def uncommitted_filings(top: Path) -> list[str]:
    """The filings under ``filings/`` whose working-tree file differs from ``HEAD``
    (edited, staged, deleted, or new and not yet tracked): what a review does not see."""
    edited = _git_output(top, "diff", "--name-only", "-z", BRANCH, "--", FILINGS).split("\0")
    untracked = _git_output(top, "ls-files", "-z", "--others", "--exclude-standard", "--", FILINGS).split("\0")
    return sorted({path for path in edited + untracked if _is_filing(path)})


def _is_filing(path: str) -> bool:
    return path.endswith(FILING_SUFFIXES)


@dataclass(frozen=True)
class ReviewRules:
    """The review rules (jixiao.yaml) of a review: ``policy``, BASE's tip's, checks both
    versions of every filing; ``branch`` says how the branch changed them since it left
    BASE (what merging it would change), ``base`` how BASE changed them since then."""

    policy: Policy
    branch: tuple[str, ...]
    base: tuple[str, ...]
    unknown: str = ""  # why the rules where the branch left BASE are not known: its jixiao.yaml's first fault

    def checked_by(self, base: str) -> str:
        """The sentence saying that the filings are checked by ``base``'s current rules,
        after how ``base`` changed them since the branch left it, if it did, or why that
        is not known."""
        if self.unknown:
            changed = f"分支离开 {base} 时的审核规则文件 jixiao.yaml 有误（{self.unknown}），列不出此后审核规则的改动" + (
                "，分支对审核规则的改动按与默认规则的不同列出；" if self.branch else "；")
        else:
            changed = f"{base} 在当前分支离开后改了审核规则（{'；'.join(self.base)}），" if self.base else ""
        return changed + CHECKED_BY.format(base=base)


def current_rules(base: str, fork: str, top: Path) -> ReviewRules:
    """The rules of a review of the branch that left ``base`` at ``fork``
    (:class:`PolicyError` when ``base``'s jixiao.yaml cannot be used, or HEAD's where the
    branch changed it; a broken one at the fork point is history that no one can mend:
    the filings are still checked, without BASE's changes to the rules since, and the
    branch's rules, if it changed them, are listed as they differ from the default ones)."""
    current = revision_policy(base, top)
    left_alone = subprocess.run(["git", "diff", "--quiet", fork, BRANCH, "--", POLICY_FILE], cwd=top).returncode == 0
    head = None if left_alone else revision_policy(BRANCH, top)  # the branch's own jixiao.yaml must be sound
    try:
        at_fork = revision_policy(fork, top)
    except PolicyError as error:  # the branch's rules are then listed as they differ from the default ones
        fault = error.findings[0]
        branch = policy_changes(DEFAULT_POLICY, head) if head else ()
        return ReviewRules(current, branch, (), unknown=f"{fault.location}：{fault.message}")
    return ReviewRules(current, policy_changes(at_fork, head) if head else (), policy_changes(at_fork, current))


def write_review(base: str, top: Path, output: Path) -> tuple[list[Path], list[str]]:
    """Write ``output/<name>.html`` for each filing changed on this branch since it left
    ``base`` and ``output/index.html``, which lists first how the branch changed the
    review rules (jixiao.yaml), if it did; return the files written, the index last, and
    the filings of which a version could not be read (their pages say why). Every
    filing is checked by ``base``'s current rules (:class:`ReviewRules`;
    :class:`PolicyError` when they cannot be used). Each page says what was compared
    (:func:`compared_versions`); the pages an earlier review wrote into ``output`` that
    this one does not write again are removed (:class:`ReviewFolder`)."""
    fork = fork_point(base, top)
    rules = current_rules(base, fork, top)
    stamp = compared_versions(base, top)
    rows = [rules_row(rules.branch, base)] if rules.branch else []
    filings = changed_filings(fork, top)
    folder = ReviewFolder(output)
    pages = [page_name(new) for _, new in filings]
    folder.claim(pages)
    written, unreadable = [], []
    for (old, new), page in zip(filings, pages):
        report = compare_versions(Version(old, fork, str(top)), Version(new, BRANCH, str(top)),
                                  (rules.policy, rules.branch))
        if rules.branch or rules.base or rules.unknown:
            report.rules_applied = rules.checked_by(base)
        write_atomically(output / page, review_page(report, stamp).encode("utf-8"))
        written.append(output / page)
        name = new if old == new else f"{old} → {new}"
        rows.append(index_row(name, quote(page), report))
        if report.unreadable:
            unreadable.append(name)
    index = output / "index.html"
    view = {"title": f"申报文件审阅：自 {base} 以来的改动", "base": base, "fork": "" if fork == base else fork,
            "stamp": stamp, "rules": rules.checked_by(base) if rules.base or rules.unknown else "", "rows": rows}
    write_atomically(index, review_html("review/index.html", view).encode("utf-8"))
    folder.settle(pages)
    return written + [index], unreadable


def rules_row(rule_changes: tuple[str, ...], base: str) -> dict:
    """The line of the index saying how the branch changed jixiao.yaml, a change a rule
    (it has no page of its own)."""
    return {"name": f"{POLICY_FILE}（审核规则）", "href": "", "count": len(rule_changes),
            "summary": f"{'；'.join(rule_changes)}。{CHECKED_BY.format(base=base)}", "totals": [], "unit": "",
            "trouble": False}


def page_name(path: str) -> str:
    """The review page of a filing, from the review folder: the filing's path under
    ``filings/``, folders and suffix kept, with ``.html`` added (``filings/2025/x.yaml`` →
    ``2025/x.yaml.html``), so that every filing has a page of its own, whatever its
    folders and names (``a/b.yaml`` and ``a__b.yaml``, ``x.yaml`` and ``x.yml``), and none
    is the index."""
    relative = Path(path).relative_to("filings") if Path(path).is_relative_to("filings") else Path(path)
    return relative.as_posix() + ".html"


def index_row(name: str, href: str, report: Report) -> dict:
    """One line of the index: the filing (``old → new`` when it was renamed or moved),
    its page, how much changed (a version unreadable: that instead), its totals and
    their unit."""
    return {
        "name": name,
        "href": href,
        "count": UNREADABLE if report.unreadable else report.change_count,
        "summary": summary(report),
        "totals": [click.unstyle(change_line(change)) for change in report.totals],
        "unit": report.unit,
        "trouble": bool(report.unreadable),
    }
