"""Benchmarks, each figure the median of several runs and a ratio against a baseline run
in the same command. Figures and how to read them: docs/performance.md.

    make bench

1. One filing, seed 004's (遵化), as whole processes run in turns: (a) `jixiao build`,
   (b) headless Chromium printing the same HTML to PDF, (c) plain `weasyprint` on the same
   HTML; the ratios a/b and a/c (medians of the ratios within a turn), pages per second
   and the peak memory of (a).
2. Time per page of generated filings of 13, 50 and 200 projects (seed 004's projects
   repeated): it should not grow with the size of the filing.
3. A long pasted text: the filing with one more project whose 用途 has 5,000 characters
   and whose 指标值 has 2,000, against the filing as it is, in one process.
4. `jixiao check` of 1,000 copies of seed 004's filing, against one copy (target < 10 s).
5. `jixiao build filings/` run twice: the second run has nothing to do.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jixiao.pdf import render_pdf
from jixiao.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
FILING = ROOT / "filings" / "hebei-zunhua-2022.yaml"
RUNS = 3
TURNS = 7  # runs of each command compared in turns
JIXIAO = [sys.executable, "-m", "jixiao"]
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-pdf-header-footer"]
# Runs a command and prints the peak resident memory (KiB) of its process tree.
PEAK_MEMORY = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def seconds(command: list[str]) -> float:
    """Wall time of one run of a whole command."""
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start


def median_seconds(command: list[str], runs: int = RUNS) -> float:
    """Median wall time of a whole command."""
    return statistics.median(seconds(command) for _ in range(runs))


def in_turns(commands: list[list[str]], runs: int = TURNS) -> list[list[float]]:
    """Wall times of the commands run in turns (A B C A B C ...), so that a machine whose
    speed drifts during the measure slows each of them alike: one list per command."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, own in zip(commands, times):
            own.append(seconds(command))
    return times


def median_ratio(a: list[float], b: list[float]) -> float:
    """The median of the ratios of runs made in the same turn."""
    return statistics.median(x / y for x, y in zip(a, b))


def peak_memory_mib(command: list[str]) -> float:
    """Peak resident memory of a whole command, in MiB."""
    output = subprocess.run([sys.executable, "-c", PEAK_MEMORY, *command], capture_output=True, text=True)
    return int(output.stdout.split()[-1]) / 1024


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def one_filing(folder: Path) -> None:
    """jixiao build of seed 004 against Chromium and WeasyPrint printing its HTML."""
    out = folder / "one"
    build = JIXIAO + ["build", str(FILING), "-o", str(out), "--force"]
    subprocess.run(build, capture_output=True, check=True)
    html = out / f"{FILING.stem}.html"
    chromium_pdf, weasyprint_pdf = folder / "chromium.pdf", folder / "weasyprint.pdf"
    chromium = CHROMIUM + [f"--user-data-dir={folder / 'profile'}", f"--print-to-pdf={chromium_pdf}", html.as_uri()]
    weasyprint = [str(Path(sys.executable).parent / "weasyprint"), str(html), str(weasyprint_pdf)]
    a, b, c = in_turns([build, chromium, weasyprint])
    count = pages(out / f"{FILING.stem}.pdf")
    print(f"seed 004, {count} pages: (a) jixiao build {statistics.median(a):5.2f} s, "
          f"(b) Chromium {statistics.median(b):5.2f} s ({pages(chromium_pdf)} pages), "
          f"(c) weasyprint {statistics.median(c):5.2f} s (medians of {TURNS}, run in turns)")
    print(f"  a/b = {median_ratio(a, b):4.2f} (target ≤ 1.0), a/c = {median_ratio(a, c):4.2f} (target ≤ 0.8), "
          f"{count / statistics.median(a):4.1f} pages/s, peak memory {peak_memory_mib(build):5.0f} MiB (target < 400)")


def generated(folder: Path, projects: int) -> Path:
    """Seed 004's filing with its projects repeated to ``projects``, each with its own name and code."""
    head, body = FILING.read_text(encoding="utf-8").split("\n项目:\n", 1)
    blocks = ["  - 名称" + block for block in re.split(r"(?m)^  - 名称", body)[1:]]
    copies = []
    for n in range(projects):
        block = blocks[n % len(blocks)]
        block = re.sub(r"^  - 名称: (.*)$", rf"  - 名称: \g<1>（{n + 1}）", block, count=1, flags=re.MULTILINE)
        copies.append(re.sub(r"^    编码: (.*)$", rf"    编码: \g<1>-{n + 1:04d}", block, count=1, flags=re.MULTILINE))
    path = folder / f"projects-{projects}.yaml"
    path.write_text(head + "\n项目:\n" + "".join(copies), encoding="utf-8")
    return path


def time_per_page(folder: Path) -> None:
    """Seconds per printed page for filings of 13, 50 and 200 projects."""
    per_page = {}
    for count in (13, 50, 200):
        filing = generated(folder, count)
        out = folder / f"out-{count}"
        seconds = median_seconds(JIXIAO + ["build", str(filing), "-o", str(out), "--no-html", "--force"])
        per_page[count] = seconds / pages(out / f"{filing.stem}.pdf")
        print(f"{count:3d} projects: {seconds:6.2f} s, {per_page[count] * 1000:5.0f} ms a page")
    print(f"  time a page, 200 / 13 projects: {per_page[200] / per_page[13]:4.2f} (target ≤ 1.3)")


def long_copy(folder: Path) -> Path:
    """The filing with one more project whose 用途 and 指标值 are long pasted texts
    (项目 is the filing's last key, so the project is appended at the end)."""
    long_text = ("开展扫黑除恶宣传活动，保障日常工作正常运转" * 250)[:5000]
    project = (f"  - 名称: 长文本项目\n    财政资金: 1.00\n    用途: {long_text}\n    绩效目标: 做好宣传。\n"
               f"    绩效指标:\n      产出指标:\n        数量指标:\n"
               f"          - {{名称: 宣传次数, 指标值: {long_text[:2000]}, 依据: 年度工作计划}}\n")
    path = folder / "long.yaml"
    path.write_text(FILING.read_text(encoding="utf-8") + project, encoding="utf-8")
    return path


def build_seconds(path: Path) -> float:
    start = time.perf_counter()
    result = process(path)
    render_pdf(result.layout_folder, result.view)
    return time.perf_counter() - start


def long_text(folder: Path) -> None:
    """Building the filing with a long pasted text, against the filing as it is."""
    long_filing = long_copy(folder)
    build_seconds(FILING)  # warm-up: fonts and templates are loaded once per process
    baseline, long_ = [], []
    for _ in range(RUNS):
        baseline.append(build_seconds(FILING))
        long_.append(build_seconds(long_filing))
    base, longer = statistics.median(baseline), statistics.median(long_)
    print(f"long pasted text: {longer:5.2f} s against {base:5.2f} s as filed, ratio {longer / base:4.2f}")


def check_many(folder: Path, copies: int = 1000) -> None:
    """jixiao check of many copies of the filing, against one copy."""
    many = folder / "many"
    many.mkdir()
    for n in range(copies):
        shutil.copyfile(FILING, many / f"{n:04d}.yaml")
    one = median_seconds(JIXIAO + ["check", str(many / "0000.yaml")])
    all_ = median_seconds(JIXIAO + ["check", str(many)])
    print(f"jixiao check of {copies} copies: {all_:5.2f} s (target < 10 s), of one copy {one:4.2f} s, "
          f"{(all_ - one) / copies * 1000:.1f} ms a filing")


def unchanged_build(folder: Path) -> None:
    """jixiao build of filings/ a second time, with nothing changed."""
    build = JIXIAO + ["build", str(ROOT / "filings"), "-o", str(folder / "all")]
    first = median_seconds(build, runs=1)
    again = median_seconds(build)
    print(f"jixiao build filings/: {first:5.2f} s, again with nothing changed {again:5.2f} s (target < 0.5 s)")


def main() -> None:
    for bench in (one_filing, time_per_page, long_text, check_many, unchanged_build):
        with tempfile.TemporaryDirectory() as folder:
            bench(Path(folder))


if __name__ == "__main__":
    main()
