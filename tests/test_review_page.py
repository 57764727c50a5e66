"""The review page as a reviewer sees it, in headless Chromium at 1280 px: no console
message, nothing wider than the window, even with long unbroken text."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from test_diff import FILING, repository

from jixiao.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WIDTH = 1280
# Measures the page after it loaded and records failed loads and script errors; put
# into a copy of the page, as the first thing in <head>.
PROBE = """<script>
var probeErrors = [];
window.addEventListener("error", function (e) { probeErrors.push(String(e.message || (e.target && (e.target.src || e.target.href)))); }, true);
window.addEventListener("load", function () {
  var result = JSON.stringify({scrollWidth: document.documentElement.scrollWidth, errors: probeErrors});
  var out = document.createElement("output"); out.id = "probe"; out.textContent = result;
  document.documentElement.appendChild(out);
});
</script>"""

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium 未安装（scripts/install-system-packages.sh 会安装它）")


def open_in_chromium(page: Path, tmp_path: Path) -> tuple[dict, list[str]]:
    """Load ``page`` at 1280 px: the probe's measurements and the console messages."""
    probed = tmp_path / f"probed-{page.name}"
    probed.write_text(page.read_text(encoding="utf-8").replace("<head>", "<head>" + PROBE, 1), encoding="utf-8")
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={WIDTH},900",
         "--enable-logging=stderr", "--v=0", "--dump-dom", probed.as_uri()],
        capture_output=True, text=True, timeout=120)
    found = re.search(r'<output id="probe">(.*?)</output>', done.stdout)
    assert found, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return json.loads(found[1].replace("&quot;", '"')), console


def diff_page(folder: Path, monkeypatch, *args: str) -> Path:
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, ["diff", "--format", "html", *args])
    page = folder / "review.html"
    page.write_text(result.stdout, encoding="utf-8")
    return page


def test_acceptance_page_loads_cleanly_and_fits(seed_002_edited, tmp_path, monkeypatch):
    page = diff_page(seed_002_edited, monkeypatch, "HEAD", "filings/hebei-shanhaiguan-2022.yaml")
    probe, console = open_in_chromium(page, tmp_path)
    assert (probe["errors"], console) == ([], [])
    assert probe["scrollWidth"] <= WIDTH, probe


def test_long_unbroken_text_does_not_widen_the_page(tmp_path, monkeypatch):
    path = repository(tmp_path)
    long_code = "P" + "0123456789" * 9  # as long as the schema allows
    long_text = "https://example.org/" + "很长的没有标点的文字" * 40
    path.write_text(FILING.replace("编码: P001", f"编码: {long_code}")
                    .replace("开展扫黑除恶工作，保障日常工作正常运转。", long_text), encoding="utf-8")
    page = diff_page(tmp_path, monkeypatch, "x.yaml")
    assert "很长的没有标点的文字" * 39 in page.read_text(encoding="utf-8")
    probe, console = open_in_chromium(page, tmp_path)
    assert (probe["errors"], console) == ([], [])
    assert probe["scrollWidth"] <= WIDTH, probe


def test_review_index_loads_cleanly_and_fits(tmp_path, monkeypatch):
    path = repository(tmp_path, FILING, "filings/" + "一份很长的名字" * 6 + ".yaml")
    path.write_text(FILING.replace("财政资金: 1.00", "财政资金: 0.80"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["review", "main", "-o", "out"]).exit_code == 0
    probe, console = open_in_chromium(tmp_path / "out" / "index.html", tmp_path)
    assert (probe["errors"], console) == ([], [])
    assert probe["scrollWidth"] <= WIDTH, probe


def test_the_lines_compared_of_a_version_that_does_not_load_fit(tmp_path, monkeypatch):
    long_text = "很长的没有标点的文字" * 40
    repository(tmp_path).write_text(FILING.replace("财政资金: 10.00", "财政资金: [10.00")
                                    .replace("开展扫黑除恶工作，保障日常工作正常运转。", long_text), encoding="utf-8")
    page = diff_page(tmp_path, monkeypatch, "x.yaml")
    assert f"<code>    用途: {long_text}</code>" in page.read_text(encoding="utf-8")
    probe, console = open_in_chromium(page, tmp_path)
    assert (probe["errors"], console) == ([], [])
    assert probe["scrollWidth"] <= WIDTH, probe
