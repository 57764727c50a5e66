"""``jixiao build`` of many filings: skip those whose outputs are up to date (see
:mod:`jixiao.incremental`), lay out the others on worker processes, and report on each in
the order of the files.

A worker builds whole filings and writes their outputs itself; it loads fonts, templates
and stylesheets once (they are cached per process). The main process prints, counts and
keeps the manifest. A filing that fails never stops the others. On a terminal a progress
bar runs while filings are laid out and the reports follow it; piped, each filing's lines
are printed as soon as it and the filings before it are done.
"""

from __future__ import annotations

import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import click

from . import report
from .incremental import Manifest, filing_key
from .oserrors import os_error_text
from .pipeline import Result, process
from .policy import Policy
from .render import render_html, write_together
from .report import Tally


@dataclass(frozen=True)
class Job:
    """One filing to build: ``folder/name.html`` and/or ``folder/name.pdf`` from ``source``
    (``name`` may name a subfolder: ``2024/x``)."""

    source: Path
    name: str
    policy: Policy
    folder: Path
    suffixes: tuple[str, ...]

    @property
    def outputs(self) -> list[Path]:
        return [self.folder / f"{self.name}{suffix}" for suffix in self.suffixes]


@dataclass
class Outcome:
    """What building one filing came to: the report of its findings and their counts, the
    outputs written (None when not: errors or a failure), the line that says why jixiao
    failed (an output it could not write, a bug), and whether the outputs were up to date
    already."""

    report: str = ""
    tally: Tally = field(default_factory=Tally)
    written: list[Path] | None = None
    failure: str = ""
    unchanged: bool = False

    @property
    def ok(self) -> bool:
        return self.written is not None


def build_filings(files: list[tuple[Path, str]], policies: list[Policy], folder: Path, suffixes: tuple[str, ...],
                  jobs: int, force: bool) -> tuple[list[Path], Tally]:
    """Build each filing (its path and the name of its outputs) into ``folder`` (outputs
    with ``suffixes``) on up to ``jobs`` processes, the unchanged ones only with
    ``force``; print what happened to each. Returns the filings not built (their errors,
    or a failure) and the counts of findings."""
    manifest = Manifest(folder)
    planned = []
    for (source, name), policy in zip(files, policies):
        job = Job(source, name, policy, folder, suffixes)
        key = filing_key(source, policy, suffixes)
        previous = None if force or key is None else manifest.built(job.name, key)
        skipped = Outcome(*previous, written=job.outputs, unchanged=True) if previous else None
        planned.append((job, key, skipped))
    to_build = [job for job, _, skipped in planned if skipped is None]
    bar = _progress_bar(len(to_build))
    try:
        settled = _settled(planned, _in_order(to_build, jobs, bar.update if bar else _ignore), manifest)
        if bar:
            with bar:
                settled = list(settled)
        unbuilt, tally = [], Tally()
        for job, outcome in settled:
            _show(job.source, outcome)
            if not outcome.ok:
                unbuilt.append(job.source)
            tally.include(outcome.tally)
            tally.failed += bool(outcome.failure)
    finally:
        _save(manifest)
    return unbuilt, tally


def _settled(planned: list, built: Iterator[Outcome], manifest: Manifest) -> Iterator[tuple[Job, Outcome]]:
    """Each filing with its outcome, in order, noted in the manifest as it comes."""
    for job, key, skipped in planned:
        outcome = skipped or next(built)
        if not outcome.ok:
            manifest.forget(job.name)
        elif not outcome.unchanged:
            manifest.record(job.name, key, outcome.written, outcome.report, outcome.tally)
        yield job, outcome


def build_one(job: Job) -> Outcome:
    """Build one filing (in a worker process): check it, and if it has no errors render and
    write its outputs. An output that cannot be written is a failure explained in Chinese;
    any other exception is a bug report."""
    try:
        result = process(job.source, policy=job.policy, with_view=True)
    except Exception:  # a bug in jixiao, not in the filing
        return Outcome(failure=report.bug_report(job.source))
    outcome = Outcome(report.text(result.findings, result.lines))
    outcome.tally.add(result.findings, result.accepted, result.reviewed)
    if not result.ok:
        return outcome
    try:
        contents = render_outputs(result, job.outputs)
    except Exception:  # a bug in jixiao, not in the filing
        outcome.failure = report.bug_report(job.source)
        return outcome
    try:  # rendered first, written after: a failed render leaves the old outputs
        write_together(contents)
    except OSError as error:
        outcome.failure = f"{job.source}: 无法写入 {error.filename}：{os_error_text(error)}"
        return outcome
    outcome.written = job.outputs
    return outcome


def render_outputs(result: Result, outputs: list[Path]) -> dict[Path, bytes]:
    """The bytes of each output (.html or .pdf) of a filing's view."""
    contents = {}
    for path in outputs:
        if path.suffix == ".pdf":
            from .pdf import render_pdf  # WeasyPrint loads only for a PDF
            contents[path] = render_pdf(result.layout_folder, result.view)
        else:
            contents[path] = render_html(result.layout_folder, result.view).encode("utf-8")
    return contents


def _in_order(jobs: list[Job], workers: int, advance: Callable[[int], None]) -> Iterator[Outcome]:
    """The outcome of each job, in order, built on up to ``workers`` processes; ``advance``
    hears how many more have finished (in any order)."""
    workers = min(workers, len(jobs))
    if workers <= 1:
        for job in jobs:
            yield build_one(job)
            advance(1)
        return
    pool = ProcessPoolExecutor(workers)
    try:
        # The largest filings start first, so that no long one starts last and keeps the others waiting.
        largest_first = sorted(range(len(jobs)), key=lambda index: _size(jobs[index].source), reverse=True)
        submitted = {index: pool.submit(build_one, jobs[index]) for index in largest_first}
        futures = [submitted[index] for index in range(len(jobs))]
        finished = 0
        for job, future in zip(jobs, futures):
            while not future.done():
                wait([f for f in futures if not f.done()], return_when=FIRST_COMPLETED)
                now = sum(f.done() for f in futures)
                advance(now - finished)
                finished = now
            try:
                yield future.result()
            except Exception:  # the worker died (out of memory, killed): this filing is not built
                yield Outcome(failure=report.bug_report(job.source))
    finally:
        pool.shutdown(cancel_futures=True)  # Ctrl-C: the filings not started are not built


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # not there: its build only says so
        return 0


def _progress_bar(count: int):
    """A progress bar for ``count`` filings to lay out on a terminal, or None (one filing,
    or output piped)."""
    if count < 2 or not sys.stderr.isatty():
        return None
    return click.progressbar(length=count, label="正在排版", show_pos=True, file=sys.stderr)


def _ignore(count: int) -> None:
    """Progress with no bar to show it."""


def _show(source: Path, outcome: Outcome) -> None:
    """The lines of one filing: its findings, then what was written (or why nothing was)."""
    if outcome.report:
        click.echo(outcome.report, err=True)
    if outcome.failure:
        click.echo(outcome.failure, err=True)
    elif outcome.written is None:
        click.echo(f"{source}: 有错误，未生成文件（原有的输出文件保持不变）。", err=True)
    else:
        unchanged = "（未改动）" if outcome.unchanged else ""
        click.echo(f"{source} → {', '.join(str(path) for path in outcome.written)}{unchanged}")


def _save(manifest: Manifest) -> None:
    try:
        manifest.save()
    except OSError as error:
        click.echo(f"无法写入 {manifest.path}：{os_error_text(error)}。这次生成的文件下次会再生成一遍。", err=True)
