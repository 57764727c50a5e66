"""The ``jixiao`` command: ``build``, ``check``, ``rules``, ``new``, ``preview``, ``diff`` and the git
helpers, with help and messages in Chinese.

Exit codes: 0 all filings are fine, 1 a filing has errors (or, with ``--strict``,
warnings), 2 usage error or a broken ``jixiao.yaml``. No traceback reaches a user: an
unexpected exception is reported as a bug with the file named.

The modules of ``preview`` and of the git commands are imported when those commands run,
so that a build or a check does not wait for them.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import click

from . import click_chinese, report
from .batch import build_filings
from .oserrors import os_error_text
from .paths import FILING_SUFFIXES, shell_word
from .pipeline import Result, process
from .policy import POLICY_FILE, Policy, PolicyError, policy_for
from .rules_doc import rules_markdown
from .starter import StarterError, create_filing, next_budget_year
from .views import LAYOUTS

click_chinese.install()  # before the commands below are declared: click translates as it builds them


def _expand(paths: tuple[str, ...]) -> list[tuple[Path, str]]:
    """Each filing to read, with the name of its outputs: a file given is named by its
    stem, a filing in a folder given or in its subfolders by its path there (``2024/x``);
    not a repository's jixiao.yaml, nor what is in hidden folders; in a stable order."""
    files: list[tuple[Path, str]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p.relative_to(path) for p in path.rglob("*")
                           if p.suffix in FILING_SUFFIXES and p.name != POLICY_FILE and p.is_file()
                           and not any(part.startswith(".") or part == "node_modules"
                                       for part in p.relative_to(path).parts))
            if not found:
                raise click.UsageError(f"文件夹 {given} 里没有 .yaml 申报文件")
            files.extend((path / relative, relative.with_suffix("").as_posix()) for relative in found)
        else:
            files.append((path, path.stem))
    return list({path.resolve(): (path, name) for path, name in reversed(files)}.values())[::-1]  # each file once


def _outputs_apart(files: list[tuple[Path, str]]) -> None:
    """Refuse two filings whose outputs would have the same name (a/x.yaml and b/x.yaml given as files)."""
    first: dict[str, Path] = {}
    for path, name in files:
        if name in first:
            raise click.UsageError(f"{first[name]} 和 {path} 都会生成 {name}.html / {name}.pdf：请分两次生成"
                                   "（用不同的 -o 输出文件夹），或给其中一份改名")
        first[name] = path


def _policies(files: list[Path], not_done: str = "没有检查任何申报文件") -> list[Policy]:
    """The review policy of each filing; a broken jixiao.yaml is reported (``not_done``: what
    the run therefore did not do) and ends the run (exit 2)."""
    try:
        return [policy_for(path) for path in files]
    except PolicyError as error:
        click.echo(error.report(not_done), err=True)
        sys.exit(2)


def _process(job: tuple[Path, Policy]) -> tuple[Result, str] | str:
    """Check one filing: its findings and their printed report (made here, in the worker,
    which then need not send back the source lines and the model); an unexpected
    exception becomes a bug report (a string)."""
    path, policy = job
    try:
        result = process(path, policy=policy, with_view=False)
    except Exception:  # a bug in jixiao, not in the filing
        return report.bug_report(path)
    return Result(result.name, findings=result.findings, accepted=result.accepted, reviewed=result.reviewed), \
        report.text(result.findings, result.lines)


def _results(files: list[Path], jobs: int):
    """(path, (result, report) or bug report) of checking each filing, in order, on up to ``jobs`` processes."""
    work = list(zip(files, _policies(files)))
    jobs = max(1, min(jobs, len(work)))
    if jobs == 1:
        yield from zip(files, map(_process, work))
        return
    with ProcessPoolExecutor(jobs) as pool:
        yield from zip(files, pool.map(_process, work, chunksize=max(1, len(work) // (jobs * 8))))


JOBS = click.option("-j", "--jobs", default=os.cpu_count() or 1, show_default=False, type=click_chinese.Range(1),
                    metavar="个数", help="同时处理几个文件。  [默认：CPU 核数]")


def run() -> None:
    """The ``jixiao`` program (the console script and ``python -m jixiao``): run the command,
    flush the standard streams, and end the process without the interpreter's teardown,
    which after a build spent a tenth of the time freeing the laid-out pages object by
    object. Commands leave nothing for exit handlers: they shut their process pools down
    and remove their temporary files themselves."""
    try:
        main()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 0 if done.code is None else 1
        if isinstance(done.code, str):
            click.echo(done.code, err=True)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError:  # the reader went away (jixiao rules | head)
            pass
    os._exit(code)


@click.group(cls=click_chinese.ChineseGroup, context_settings=click_chinese.CONTEXT_SETTINGS)
@click.version_option(package_name="jixiao")
def main() -> None:
    """jixiao（绩效）：把 YAML 申报文件排成部门预算绩效文本（HTML 与 PDF）。"""


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="文件或文件夹...")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text：给人看的报告；json：给编辑器和 CI 的 JSON 数组。")
@click.option("--strict", is_flag=True, help="有警告也算不通过（退出码 1）。")
@JOBS
def check(paths: tuple[str, ...], output_format: str, strict: bool, jobs: int) -> None:
    """检查申报文件，只报告问题，不生成文件。"""
    tally, found, failing = report.Tally(), [], []
    files = [path for path, _ in _expand(paths)]
    for path, checked in _results(files, jobs):
        if isinstance(checked, str):
            click.echo(checked, err=True)
            tally.failed += 1
            failing.append(path)
            continue
        result, text = checked
        tally.add(result.findings, result.accepted, result.reviewed)
        if not result.ok or strict and result.findings:
            failing.append(path)
        if output_format == "json":
            found.extend(result.findings)
        elif text:
            click.echo(text, err=True)
    if output_format == "json":
        click.echo(report.json_report(found))
    else:  # a clean run says so: silence would look the same as a check that never ran
        if len(files) > 1 and failing:  # among many filings' reports, the ones that fail are said once more
            click.echo(f"没有通过检查的申报文件（原因见上）：{'、'.join(str(path) for path in failing)}", err=True)
        click.echo(tally.summary() or f"检查完毕：{len(files)} 份申报文件，没有发现问题。", err=True)
    sys.exit(1 if failing else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="文件或文件夹...")
@click.option("-o", "--output", "output", default="build", show_default=True,
              type=click.Path(file_okay=False), metavar="文件夹", help="输出文件夹。")
@click.option("--html/--no-html", default=True, help="是否生成 HTML。")
@click.option("--pdf/--no-pdf", default=True, help="是否生成 PDF。")
@click.option("--force", is_flag=True, help="全部重新生成，不管申报文件有没有改动。")
@JOBS
def build(paths: tuple[str, ...], output: str, html: bool, pdf: bool, force: bool, jobs: int) -> None:
    """检查申报文件，并在输出文件夹里生成 <名称>.html 和 <名称>.pdf。

    上次生成以来没有改动的申报文件（连同模板、样式、程序和 jixiao.yaml 都没有改动）不再重新生成。
    """
    suffixes = (".html",) * html + (".pdf",) * pdf
    if not suffixes:
        raise click.UsageError("--no-html 和 --no-pdf 同时给出，就没有要生成的文件了；只想检查请用 jixiao check")
    named = _expand(paths)
    _outputs_apart(named)
    files = [path for path, _ in named]
    unbuilt, tally = build_filings(named, _policies(files), Path(output), suffixes, jobs, force)
    if len(files) > 1 and unbuilt:  # among many filings' reports, the few not built are said once more
        click.echo(f"没有生成的申报文件（原因见上）：{'、'.join(str(path) for path in unbuilt)}", err=True)
    if tally.summary():
        click.echo(tally.summary(), err=True)
    sys.exit(1 if unbuilt else 0)


@main.command()
@click.argument("codes", nargs=-1, metavar="[规则代码]...")
def rules(codes: tuple[str, ...]) -> None:
    """列出全部规则代码（或指定的几条）及其说明和示例；docs/rules.md 就是它的输出。"""
    try:
        click.echo(rules_markdown(codes), nl=False)
    except KeyError as error:
        raise click.UsageError(f"没有规则 {error.args[0]}；不带参数运行 jixiao rules 查看全部规则") from None


@main.command()
@click.argument("file", metavar="新文件", type=click.Path(path_type=Path))
@click.option("--layout", "layout", type=click.Choice(list(LAYOUTS)), default="河北",
              help="版式：河北、湖南或新疆。")
@click.option("--year", "year", type=click_chinese.Range(2000, 2100), default=next_budget_year, metavar="年度",
              show_default=False, help="预算年度。  [默认：明年]")
def new(file: Path, layout: str, year: int) -> None:
    """新建一份申报文件：按所选版式写好各栏目和一个示例项目，照着改即可。不会覆盖已有的文件。"""
    [policy] = _policies([file], not_done="没有新建申报文件")
    try:
        create_filing(file, layout, year, policy)
    except StarterError as error:
        click.echo(f"错误：{error}", err=True)
        sys.exit(2)
    click.echo(f"已新建 {file}（{layout}版）。改好后运行 jixiao check {shell_word(file)} 检查。")


@main.command()
@click.argument("file", metavar="申报文件", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--port", type=click_chinese.Range(0, 65535), default=8000, metavar="端口",
              help="本机端口；0 表示任选一个空闲端口。")
@click.option("--open", "open_browser", is_flag=True, help="同时在浏览器里打开预览。")
def preview(file: Path, port: int, open_browser: bool) -> None:
    """在浏览器里预览排好的文本，保存申报文件后自动更新（只在本机可以打开）。按 Ctrl-C 结束。"""
    from .preview import PreviewError, serve

    if not file.is_file():  # a name mistyped: a preview would only ever say it cannot be read
        click.echo(f"错误：找不到申报文件 {file}：请检查文件名和所在的文件夹（新建一份用 jixiao new {shell_word(file)}）", err=True)
        sys.exit(2)
    try:
        serve(file, port, open_browser, say=click.echo)
    except PreviewError as error:
        click.echo(f"错误：{error}", err=True)
        sys.exit(2)


@main.command()
@click.argument("versions", nargs=-1, required=True, metavar="版本...")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True, help="报告格式：text（终端里带颜色）、json 或 html（一页审阅页面）。")
def diff(versions: tuple[str, ...], output_format: str) -> None:
    """比较申报文件的两个版本：金额及其差额、合计、项目、指标、文字和检查结果的变化。

    版本是两个文件或 git 版本（版本:路径），例如 HEAD~1 filings/x.yaml、
    main:filings/x.yaml filings/x.yaml；只给 版本:路径 时与工作区的文件比较。
    两个版本都按旧版本的 jixiao.yaml 检查，它有改动时报告开头逐条写明。
    退出码：0 没有变化，1 有变化（审核规则有改动也算），2 出错或有版本无法读取。
    """
    from .diff.command import run_diff

    try:
        code = run_diff(versions, output_format)
    except Exception:  # a bug in jixiao, not in the filings
        click.echo(report.bug_report(Path(versions[-1])), err=True)
        code = 2
    sys.exit(code)


@main.command("git-setup")
def git_setup() -> None:
    """设置当前 git 仓库：git diff 和 git log -p 显示申报文件的实质变化（含合计），提交前检查申报文件。

    只改动当前仓库（.gitattributes、本仓库的 git config 和 pre-commit 钩子），重复运行不会再改动。
    """
    from .diff.gitsetup import SetupError, git_setup as set_up

    try:
        done = set_up(Path.cwd())
    except SetupError as error:
        click.echo(f"jixiao git-setup: {error}", err=True)
        sys.exit(2)
    click.echo("\n".join(done) if done else "这个仓库已经设置好了，没有改动。")


@main.command()
@click.argument("path", type=click.Path(dir_okay=False), metavar="申报文件")
def textconv(path: str) -> None:
    """供 git 调用：把申报文件印成逐行的实质内容（合计、各项目金额、指标……），git 比较的就是这些行。"""
    from .diff.textconv import textconv_file

    click.echo(textconv_file(Path(path)), nl=False)


@main.command()
@click.argument("base", default="main", metavar="[基准版本]")
@click.option("-o", "--output", "output", default=None, metavar="文件夹", type=click.Path(file_okay=False),
              help="输出文件夹。  [默认：仓库根目录下的 build/review]")
def review(base: str, output: str | None) -> None:
    """为当前分支自离开基准版本（默认 main）以来改动过的每份申报文件写一页审阅页面，另写 index.html 列出它们。

    与 git diff 基准版本...HEAD 一样只比较已提交的改动；工作区里还没提交的改动不在页面里，会提醒。
    申报文件都按基准版本最新提交的 jixiao.yaml（财政局现在的审核规则）检查。

    退出码：0 写好了，1 有申报文件无法读取（页面照常写出，写明原因），2 出错（没有写审阅页面）。
    """
    from .diff.review import uncommitted_filings, write_review
    from .diff.versions import VersionError, repository_top

    try:
        top = repository_top()
        written, unreadable = write_review(base, top, Path(output) if output else top / "build" / "review")
    except VersionError as error:
        click.echo(f"jixiao review: {error}", err=True)
        sys.exit(2)
    except PolicyError as error:
        click.echo(error.report("没有写审阅页面"), err=True)
        sys.exit(2)
    except OSError as error:
        click.echo(f"jixiao review: 无法写入 {error.filename}：{os_error_text(error)}", err=True)
        sys.exit(2)
    click.echo("\n".join(str(path) for path in written))
    uncommitted = uncommitted_filings(top)
    if uncommitted:
        click.echo(f"jixiao review: 工作区里有 {len(uncommitted)} 份申报文件的改动还没有提交（{'、'.join(uncommitted)}），"
                   "审阅页面里没有这些改动；要审阅它们，请先提交（git commit）再运行 jixiao review", err=True)
    if unreadable:
        click.echo(f"jixiao review: {len(unreadable)} 份申报文件无法读取，不能比较：{'、'.join(unreadable)}"
                   "（原因见各自的审阅页面）", err=True)
        sys.exit(1)
