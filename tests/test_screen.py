"""The HTML as a clerk sees it on screen, in headless Chromium: every page of the form a
sheet of its own, one under another, and nothing wider than its sheet."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess

import pytest

from conftest import ROOT

PROBE = ROOT / "tests" / "screen_probe.html"  # measures the document it loads in an iframe


def measure(html_file, tmp_path) -> dict:
    """What tests/screen_probe.html measures of a document in headless Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "chromium is installed by scripts/install-system-packages.sh"
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'profile'}", "--allow-file-access-from-files",
               "--virtual-time-budget=5000", "--dump-dom", f"{PROBE.as_uri()}#{html_file.as_uri()}"]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120).stdout
    return json.loads(html.unescape(re.search(r'<pre id="out">(.*?)</pre>', dom, re.S).group(1)))


@pytest.mark.parametrize("name, sheets", [("hebei-shanhaiguan-2022", 4), ("hunan-yuanjiang-2024", 9),
                                          ("xinjiang-korla-2020", 1)])
def test_html_shows_separate_sheets_without_overflow(built, tmp_path, name, sheets):
    measured = measure(built / f"{name}.html", tmp_path)
    boxes = measured["sheets"]
    assert len(boxes) == sheets
    for above, below in zip(boxes, boxes[1:]):
        assert below[1] - above[3] >= 20, "sheets are apart, with the grey between them"
    assert not measured["overflow"], "no horizontal scrolling"
    assert measured["outside"] == [], "nothing sticks out of its sheet"
