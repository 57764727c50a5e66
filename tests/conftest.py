"""Shared fixtures: the project's filings built once per test session, and helpers
to read PDFs back with pdftotext."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FILINGS = ROOT / "filings"
SEEDS = Path(__file__).resolve().parent / "seeds"

# filing → the seed it transcribes
SEED_OF = {
    "hebei-shanhaiguan-2022": "002_a9f6e60034996e57.txt",
    "hebei-zunhua-2022": "004_42db9ca30a576cee.txt",
    "hunan-yuanjiang-2024": "001_e33aeb18e1a17c72.txt",
    "xinjiang-korla-2020": "000_bfb7e308db932d03.txt",
}


def run_jixiao(*args: str, cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the command line as a user does, capturing its output."""
    return subprocess.run([sys.executable, "-m", "jixiao", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


def pdf_text(pdf: Path, page: int | None = None, layout: bool = False) -> str:
    """The text of a PDF (or of one 1-based page) as pdftotext extracts it."""
    args = ["pdftotext", "-layout" if layout else "-raw"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pdf_words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(text, x0, y0, x1, y1) in points, from the top left corner, of every word of a
    1-based page, as ``pdftotext -bbox`` finds them."""
    xhtml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    return [(html.unescape(text), float(x0), float(y0), float(x1), float(y1)) for x0, y0, x1, y1, text in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', xhtml)]


def pdf_page_size(pdf: Path, page: int = 1) -> tuple[float, float]:
    """Width and height in points of a 1-based page, from pdfinfo."""
    info = subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    width, height = re.search(rf"Page\s+{page} size:\s+([\d.]+) x ([\d.]+)", info).groups()
    return float(width), float(height)


def pdf_pages(pdf: Path) -> int:
    """The page count of a PDF, from pdfinfo."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def edited(tmp_path: Path, filing: str, *edits: tuple[str, str]) -> Path:
    """A copy of a filing with each (old, new) text replaced exactly once."""
    text = (FILINGS / filing).read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    copy = tmp_path / filing
    copy.write_text(text, encoding="utf-8")
    return copy


def line_of(path: Path, text: str) -> int:
    """The 1-based number of the first line of ``path`` that contains ``text``."""
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def git(repo: Path, *args: str) -> None:
    """Run git in ``repo`` as a reviewer would, quietly."""
    subprocess.run(["git", "-c", "user.name=审核员", "-c", "user.email=r@example.org", *args],
                   cwd=repo, check=True, capture_output=True)


def committed(folder: Path, text: str, name: str = "x.yaml") -> Path:
    """A new git repository in ``folder`` holding one committed filing: its path."""
    git(folder, "init", "-q", "-b", "main")
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "申报")
    return path


SEED_002_BENEFIT_BLOCK = """\
            指标值: 按要求支出
      效益指标:
        社会效益指标:
          - 名称: 社会稳定水平
            指标值: ≥90%
"""


@pytest.fixture
def seed_002_edited(tmp_path) -> Path:
    """A repository with seed 002's filing committed, then 扫黑除恶工作经费 raised to 12.00
    and its 效益指标 deleted in the working tree (the acceptance case of `jixiao diff`)."""
    text = (FILINGS / "hebei-shanhaiguan-2022.yaml").read_text(encoding="utf-8")
    path = committed(tmp_path, text, "filings/hebei-shanhaiguan-2022.yaml")
    first_project = text.index("  - 名称: 扫黑除恶工作经费")
    block = text.index(SEED_002_BENEFIT_BLOCK, first_project)
    assert block < text.index("  - 名称: 政法队伍教育整顿工作经费")
    text = text[:block] + "            指标值: 按要求支出\n" + text[block + len(SEED_002_BENEFIT_BLOCK):]
    path.write_text(text.replace("财政资金: 10.00", "财政资金: 12.00", 1), encoding="utf-8")
    return tmp_path


def squeeze(text: str) -> str:
    """Text without any whitespace, as the fidelity measure compares it."""
    return "".join(text.split())


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """Every filing in filings/ built into a fresh folder, as `make build` does."""
    out = tmp_path_factory.mktemp("build")
    result = run_jixiao("build", str(FILINGS), "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def pytest_addoption(parser):
    parser.addoption("--update-references", action="store_true",
                     help="write the reference images of tests/test_visual.py and docs/ instead of comparing")
