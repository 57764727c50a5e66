"""Benchmark: how much a long pasted text costs, as a ratio against a baseline run in
the same process.

    make bench

Builds seed 004's filing as it is (baseline) and with one more project whose 用途 has
5,000 characters and whose 指标值 has 2,000, each several times after a warm-up, and prints the median times
and their ratio. With table-layout: fixed the ratio stays small (the long filing has a
few more pages); with automatic table layout it grew with the square of the text.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from jixiao.pipeline import process
from jixiao.render import render_pdf

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
    project = (f"  - 名称: 长文本项目\n    财政资金: 1.00\n    用途: {long_text}\n"
               f"    绩效指标:\n      产出指标:\n        数量指标:\n"
               f"          - {{名称: 宣传次数, 指标值: {long_text[:2000]}, 依据: 年度工作计划}}\n")
    path = folder / "long.yaml"
    path.write_text(FILING.read_text(encoding="utf-8") + project, encoding="utf-8")
    return path


def main() -> None:
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


if __name__ == "__main__":
    main()
