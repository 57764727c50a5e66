"""The ``jixiao`` command: ``jixiao build`` and ``jixiao check``.

Exit codes: 0 all filings are fine, 1 a filing has errors, 2 usage error.
No traceback reaches a user: an unexpected exception is reported as a bug with the
file named.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import click

from .findings import format_finding
from .pipeline import Result, process
from .render import render_html, render_pdf, write_atomically

FILING_SUFFIXES = (".yaml", ".yml")


def _expand(paths: tuple[str, ...]) -> list[Path]:
    """Files given, plus the filings inside the folders given, in a stable order."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in FILING_SUFFIXES and p.is_file())
            if not found:
                raise click.UsageError(f"文件夹 {given} 里没有 .yaml 申报文件")
            files.extend(found)
        else:
            files.append(path)
    return files


def _report(result: Result) -> None:
    for finding in result.findings:
        click.echo(format_finding(finding, result.lines), err=True)


def _run(path: Path) -> Result | None:
    """Process one filing, turning an unexpected exception into a bug report."""
    try:
        result = process(path)
    except Exception:  # a bug in jixiao, not in the filing
        _bug(path)
        return None
    _report(result)
    return result


def _bug(path: Path) -> None:
    """Report an unexpected exception as a bug of jixiao, naming the file, in one line
    that a clerk can forward (where it happened, not a traceback)."""
    error = sys.exc_info()[1]
    frame = traceback.extract_tb(error.__traceback__)[-1]
    click.echo(f"{path}: 内部错误：jixiao 处理这个文件时出了故障，这不是申报文件的问题。"
               f"请把这个文件和这一行发给维护者：{type(error).__name__} {error}"
               f"（{Path(frame.filename).name}:{frame.lineno}）", err=True)


@click.group()
@click.version_option(package_name="jixiao")
def main() -> None:
    """jixiao（绩效）：把 YAML 申报文件排成部门预算绩效文本（HTML 与 PDF）。"""


@main.command()
@click.argument("paths", nargs=-1, required=True)
def check(paths: tuple[str, ...]) -> None:
    """检查申报文件，只报告问题，不生成文件。"""
    failed = False
    for path in _expand(paths):
        result = _run(path)
        failed |= result is None or not result.ok
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", default="build", show_default=True,
              type=click.Path(file_okay=False), help="输出文件夹。")
@click.option("--html/--no-html", default=True, help="是否生成 HTML。")
@click.option("--pdf/--no-pdf", default=True, help="是否生成 PDF。")
def build(paths: tuple[str, ...], output: str, html: bool, pdf: bool) -> None:
    """检查申报文件，并生成 OUTPUT/<名称>.html 和 OUTPUT/<名称>.pdf。"""
    failed = False
    for path in _expand(paths):
        result = _run(path)
        if result is None or not result.ok:
            failed = True
            click.echo(f"{path}: 有错误，未生成文件（原有的输出文件保持不变）。", err=True)
            continue
        try:
            written = _write_outputs(result, Path(output) / path.stem, html, pdf)
        except Exception:
            _bug(path)
            failed = True
            continue
        click.echo(f"{path} → {', '.join(str(w) for w in written)}")
    sys.exit(1 if failed else 0)


def _write_outputs(result: Result, stem: Path, html: bool, pdf: bool) -> list[Path]:
    """Render first, write after: a failed render leaves the previous outputs untouched."""
    document = render_html(result.layout_folder, result.view)
    outputs = {}
    if html:
        outputs[stem.with_suffix(".html")] = document.encode("utf-8")
    if pdf:
        outputs[stem.with_suffix(".pdf")] = render_pdf(result.layout_folder, result.view)
    for target, content in outputs.items():
        write_atomically(target, content)
    return list(outputs)
