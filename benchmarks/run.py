"""Benchmarks, each a ratio against a baseline run in the same command.

    make bench

1. A long pasted text: seed 004's filing built as it is (baseline) and with one more
   project whose 用途 has 5,000 characters and whose 指标值 has 2,000, in one process after
   a warm-up. With table-layout: fixed the ratio stays small (the long filing has a few
   more pages); with automatic table layout it grew with the square of the text.
2. Checking many filings: `jixiao check` of 1,000 copies of seed 004's filing as a whole
   process, against `jixiao check` of one copy (the start-up). Target: under 10 s on a
   2-core machine.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jixiao.pipeline import process
from jixiao.pdf import render_pdf

ROOT = Path(__file__).resolve().parents[1]
FILING = ROOT / "filings" / "hebei-zunhua-2022.yaml"
RUNS = 3


def build_seconds(path: Path) -> float:
    start = time.perf_counter()
    result = process(path)
    render_pdf(result.layout_folder, result.view)
    return time.perf_counter() - start


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


def median_seconds(command: list[str]) -> float:
    """Median wall time of a whole command over RUNS runs."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def check_many(copies: int = 1000) -> None:
    """jixiao check of many copies of the filing, against one copy."""
    with tempfile.TemporaryDirectory() as folder:
        for n in range(copies):
            shutil.copyfile(FILING, Path(folder) / f"{n:04d}.yaml")
        check = [sys.executable, "-m", "jixiao", "check"]
        one = median_seconds(check + [str(Path(folder) / "0000.yaml")])
        many = median_seconds(check + [folder])
    print(f"jixiao check, 1 copy of seed 004:         {one:6.2f} s (median of {RUNS})")
    print(f"jixiao check, {copies} copies of seed 004:  {many:6.2f} s (median of {RUNS}; target < 10 s)")
    print(f"ratio {copies} copies / 1 copy:             {many / one:6.1f}"
          f"  ({(many - one) / copies * 1000:.1f} ms a filing)")


def long_text() -> None:
    """Building the filing with a long pasted text, against the filing as it is."""
    with tempfile.TemporaryDirectory() as folder:
        long_filing = long_copy(Path(folder))
        build_seconds(FILING)  # warm-up: fonts and templates are loaded once per process
        baseline, long_ = [], []
        for _ in range(RUNS):
            baseline.append(build_seconds(FILING))
            long_.append(build_seconds(long_filing))
    base, longer = statistics.median(baseline), statistics.median(long_)
    print(f"seed 004 as filed:                    {base:6.2f} s (median of {RUNS})")
    print(f"with a 5,000-character cell and more: {longer:6.2f} s (median of {RUNS})")
    print(f"ratio long / baseline:                {longer / base:6.2f}")


def main() -> None:
    long_text()
    check_many()


if __name__ == "__main__":
    main()
