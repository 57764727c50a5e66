"""``jixiao diff``: read two versions, compare them, print the report; exit like diff(1)."""

from __future__ import annotations

import click

from ..pipeline import Result
from ..policy import Policy, PolicyError
from .compare import NEW, OLD, Report, Unreadable, compare
from .report_html import review_page
from .report_json import report_json
from .report_text import report_lines
from .versions import MissingFile, Version, VersionError, parse_versions, process_version, review_rules, same_file

SAME, CHANGED, TROUBLE = 0, 1, 2


def diff_report(arguments: tuple[str, ...]) -> Report:
    """The report comparing the versions named by ``arguments`` (:class:`VersionError`
    when the arguments name no two versions)."""
    return compare_versions(*parse_versions(arguments))


def compare_versions(old: Version, new: Version, rules: tuple[Policy, tuple[str, ...]] | None = None) -> Report:
    """The report comparing two versions, both checked by ``rules`` (the policy, and how
    the new version's jixiao.yaml differs from the old one's), by default those of
    :func:`.versions.review_rules` (:class:`PolicyError` when a jixiao.yaml cannot be
    used); one that cannot be read is named in it. A file missing from one version that
    the other has (a filing new since ``old``, or deleted in ``new``) is compared with
    nothing: all of it is reported as added or removed."""
    policy, rule_changes = rules or review_rules(old, new)
    results, problems = [], []
    for side, version in ((OLD, old), (NEW, new)):
        try:
            results.append(process_version(version, policy))
        except VersionError as error:
            results.append(Result(version.name))
            problems.append((Unreadable(side, version.name, (str(error),)), isinstance(error, MissingFile)))
    if len(problems) == 1 and problems[0][1] and same_file(old, new):
        report = compare(*results, absent=problems[0][0].side)
    elif problems:
        report = Report(old.name, new.name, unreadable=tuple(problem for problem, _ in problems))
    else:
        report = compare(*results)
    report.rule_changes = rule_changes
    return report


def run_diff(arguments: tuple[str, ...], output_format: str) -> int:
    """Print the report in ``output_format``; the exit code: 0 same, 1 changed (the filing or
    the review rules), 2 trouble."""
    try:
        report = diff_report(arguments)
    except VersionError as error:
        click.echo(f"jixiao diff: {error}", err=True)
        return TROUBLE
    except PolicyError as error:
        click.echo(error.report("没有比较"), err=True)
        return TROUBLE
    if output_format == "json":
        click.echo(report_json(report), nl=False)
    elif output_format == "html":
        click.echo(review_page(report), nl=False)
    else:
        click.echo("\n".join(report_lines(report)))
    if report.unreadable:
        return TROUBLE
    return CHANGED if report.changed or report.rule_changes else SAME
