"""Incremental builds: what is built again, what is skipped, and what a skipped filing says."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_jixiao
from jixiao import incremental
from jixiao.incremental import MANIFEST_NAME, environment_fingerprint, filing_key
from jixiao.policy import DEFAULT_POLICY, Policy
from test_cli import SMALL

PROJECT = SMALL[SMALL.index("  - 名称"):]
REPEATED = SMALL.count("\n") + 1  # the line of the second project of a.yaml
DUPLICATE_WARNING = [
    f"a.yaml:{REPEATED}:9: 警告[JX322]: 项目名称「扫黑除恶工作经费」与第 1 个项目重复",
    "   |",
    f"{REPEATED} |   - 名称: 扫黑除恶工作经费",
    "   |           ^",
    "  提示: 若确是两个项目，可在名称里注明区别",
]


@pytest.fixture
def filings(tmp_path) -> Path:
    """A folder of two small filings: a.yaml with a warning (a project named twice), b.yaml clean."""
    folder = tmp_path / "filings"
    folder.mkdir()
    (folder / "a.yaml").write_text(SMALL + PROJECT, encoding="utf-8")
    (folder / "b.yaml").write_text(SMALL, encoding="utf-8")
    return folder


def build(folder: Path, *options: str):
    return run_jixiao("build", str(folder), "-o", str(folder.parent / "out"), "--no-pdf", *options)


def state(out: Path) -> dict[str, tuple[int, bytes]]:
    """mtime_ns and bytes of every file in the output folder."""
    return {path.name: (path.stat().st_mtime_ns, path.read_bytes()) for path in sorted(out.iterdir())}


def written(folder: Path, *unchanged: str) -> str:
    """The lines a build prints for a.yaml and b.yaml, with the names in ``unchanged`` skipped."""
    out = folder.parent / "out"
    return "".join(f"{folder / name}.yaml → {out / name}.html{'（未改动）' if name in unchanged else ''}\n"
                   for name in ("a", "b"))


def warning_of(folder: Path) -> str:
    return "\n".join(f"{folder}/{line}" if line.startswith("a.yaml") else line for line in DUPLICATE_WARNING)


def test_a_second_build_skips_everything_and_says_the_same(filings):
    first = build(filings)
    assert (first.returncode, first.stdout) == (0, written(filings))
    assert first.stderr == warning_of(filings) + "\n0 个错误，1 个警告\n"
    before = state(filings.parent / "out")
    assert sorted(before) == [MANIFEST_NAME, "a.html", "b.html"]

    second = build(filings)
    assert (second.returncode, second.stdout) == (0, written(filings, "a", "b"))
    assert second.stderr == first.stderr
    assert state(filings.parent / "out") == before, "neither the outputs nor the manifest were written again"


def test_editing_one_filing_rebuilds_only_it(filings):
    assert build(filings).returncode == 0
    before = state(filings.parent / "out")
    (filings / "b.yaml").write_text(SMALL.replace("开展工作。", "开展宣传工作。"), encoding="utf-8")

    result = build(filings)
    assert (result.returncode, result.stdout) == (0, written(filings, "a"))
    after = state(filings.parent / "out")
    assert after["a.html"] == before["a.html"]
    assert after["b.html"][0] != before["b.html"][0]
    assert "开展宣传工作。" in after["b.html"][1].decode()


def test_touching_a_filing_without_changing_it_rebuilds_nothing(filings):
    """A git checkout or a save without changes gives a file a new mtime, not new bytes."""
    assert build(filings).returncode == 0
    before = state(filings.parent / "out")
    for path in filings.iterdir():
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**10))

    result = build(filings)
    assert (result.returncode, result.stdout) == (0, written(filings, "a", "b"))
    assert state(filings.parent / "out") == before


def test_an_output_deleted_or_changed_by_hand_is_built_again(filings):
    assert build(filings).returncode == 0
    out = filings.parent / "out"
    good = (out / "b.html").read_bytes()
    (out / "a.html").unlink()
    (out / "b.html").write_bytes(good.replace("开展工作。".encode(), "开展宣传。".encode()))  # the same size: only its hash tells

    result = build(filings)
    assert (result.returncode, result.stdout) == (0, written(filings))
    assert (out / "b.html").read_bytes() == good
    assert (out / "a.html").exists()


def test_an_output_touched_but_not_changed_is_not_built_again(filings):
    """An output whose mtime changed is read again: the same bytes are still up to date."""
    assert build(filings).returncode == 0
    out = filings.parent / "out"
    os.utime(out / "a.html", ns=(0, 0))

    result = build(filings)
    assert result.stdout == written(filings, "a", "b")
    recorded = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["filings"]["a"]["outputs"]["a.html"]
    assert recorded["mtime_ns"] == 0, "the new mtime is recorded, so that the next build need not read the file"


def test_a_filing_with_errors_keeps_its_old_output_and_is_built_next_time(filings):
    assert build(filings).returncode == 0
    out = filings.parent / "out"
    old = (out / "b.html").read_bytes()
    (filings / "b.yaml").write_text(SMALL.replace("财政资金: 10.00", "财政资金: 十"), encoding="utf-8")

    failed = build(filings)
    assert failed.returncode == 1
    assert f"{filings / 'b.yaml'}: 有错误，未生成文件（原有的输出文件保持不变）。\n" in failed.stderr
    assert failed.stdout == f"{filings / 'a.yaml'} → {out / 'a.html'}（未改动）\n"
    assert (out / "b.html").read_bytes() == old
    assert sorted(json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["filings"]) == ["a"]

    again = build(filings)
    assert again.returncode == 1, "a filing with errors is checked again, never skipped"
    assert failed.stderr == again.stderr

    (filings / "b.yaml").write_text(SMALL, encoding="utf-8")
    fixed = build(filings)
    assert (fixed.returncode, fixed.stdout) == (0, written(filings, "a"))


def test_force_builds_everything_again(filings):
    assert build(filings).returncode == 0
    before = state(filings.parent / "out")
    result = build(filings, "--force")
    assert (result.returncode, result.stdout) == (0, written(filings))
    after = state(filings.parent / "out")
    assert all(after[name][0] != before[name][0] and after[name][1] == before[name][1] for name in ("a.html", "b.html"))


def test_a_new_policy_builds_again_with_its_rules(filings):
    assert build(filings).stderr.endswith("0 个错误，1 个警告\n")
    (filings.parent / "jixiao.yaml").write_text("规则:\n  JX322: 关闭\n", encoding="utf-8")
    result = build(filings)
    assert (result.returncode, result.stdout, result.stderr) == (0, written(filings), "")


def test_a_broken_manifest_means_building_everything(filings):
    assert build(filings).returncode == 0
    (filings.parent / "out" / MANIFEST_NAME).write_text('{"version": 1, "filings": {"a": {"key": 3}, "b": []}}')
    result = build(filings)
    assert (result.returncode, result.stdout) == (0, written(filings))
    (filings.parent / "out" / MANIFEST_NAME).write_bytes(b"\xff{")
    result = build(filings)
    assert (result.returncode, result.stdout) == (0, written(filings))
    assert "Traceback" not in result.stderr


def test_a_manifest_that_cannot_be_written_is_said_and_the_build_goes_on(filings):
    manifest = filings.parent / "out" / MANIFEST_NAME
    manifest.mkdir(parents=True)
    result = build(filings)
    assert (result.returncode, result.stdout) == (0, written(filings))
    assert result.stderr.endswith(f"\n无法写入 {manifest}：这是一个文件夹，不是文件。这次生成的文件下次会再生成一遍。\n"
                                  "0 个错误，1 个警告\n")


def test_a_build_with_nothing_to_do_does_not_load_weasyprint(tmp_path):
    """What makes a no-change `make build` fast: WeasyPrint is imported to lay out a PDF only."""
    path = tmp_path / "a.yaml"
    path.write_text(SMALL, encoding="utf-8")
    assert run_jixiao("build", str(path), "-o", str(tmp_path / "out")).returncode == 0
    program = ("import sys\nfrom jixiao import cli\n"
               f"try:\n    cli.main(['build', {str(path)!r}, '-o', {str(tmp_path / 'out')!r}], standalone_mode=False)\n"
               "except SystemExit as end:\n    print(end.code, 'weasyprint' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines() == [f"{path} → {tmp_path / 'out' / 'a.html'}, {tmp_path / 'out' / 'a.pdf'}（未改动）",
                                          "0 False"]


def test_the_key_follows_the_filing_its_name_policy_and_outputs(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(SMALL, encoding="utf-8")
    key = filing_key(path, DEFAULT_POLICY, (".html", ".pdf"))
    os.utime(path, ns=(0, 0))
    assert filing_key(path, DEFAULT_POLICY, (".html", ".pdf")) == key
    others = [
        filing_key(path, DEFAULT_POLICY, (".html",)),
        filing_key(path, Policy(levels={"JX322": None}), (".html", ".pdf")),
        filing_key(Path(os.path.relpath(path)), DEFAULT_POLICY, (".html", ".pdf")),
    ]
    path.write_text(SMALL.replace("10.00", "10.01"), encoding="utf-8")
    others.append(filing_key(path, DEFAULT_POLICY, (".html", ".pdf")))
    assert len({key, *others}) == 5
    assert filing_key(tmp_path / "missing.yaml", DEFAULT_POLICY, (".html",)) is None


@pytest.fixture
def environment(tmp_path, monkeypatch):
    """The fingerprint's inputs pointed at copies (templates, schema, code, fonts), and a
    function giving the fingerprint afresh."""
    for name, source in (("TEMPLATES_DIR", incremental.TEMPLATES_DIR), ("PACKAGE_DIR", incremental.PACKAGE_DIR)):
        shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        monkeypatch.setattr(incremental, name, tmp_path / name)
    shutil.copytree(incremental.SCHEMA_FILE.parent, tmp_path / "schema")
    monkeypatch.setattr(incremental, "SCHEMA_FILE", tmp_path / "schema" / incremental.SCHEMA_FILE.name)
    (tmp_path / "fonts").mkdir()
    monkeypatch.setattr(incremental, "_font_folders", lambda: [tmp_path / "fonts"])
    (tmp_path / "site").mkdir()
    monkeypatch.syspath_prepend(tmp_path / "site")

    def fingerprint() -> str:
        environment_fingerprint.cache_clear()
        return environment_fingerprint()
    yield fingerprint
    environment_fingerprint.cache_clear()


@pytest.mark.parametrize("change", [
    "TEMPLATES_DIR/hebei/style.css",
    "TEMPLATES_DIR/shared/macros.html",
    "schema/filing.schema.json",
    "PACKAGE_DIR/tables.py",
    "PACKAGE_DIR/views/hebei.py",
])
def test_the_environment_fingerprint_follows_templates_schema_and_code(environment, tmp_path, change):
    before = environment()
    assert environment() == before
    path = tmp_path / change
    path.write_bytes(path.read_bytes() + b"\n")
    assert environment() != before


def test_the_environment_fingerprint_follows_libraries_and_fonts(environment, tmp_path):
    before = environment()
    (tmp_path / "site" / "weasyprint-71.0.dist-info").mkdir()
    with_library = environment()
    (tmp_path / "fonts" / "FangSong_GB2312.ttf").write_bytes(b"font")
    with_font = environment()
    assert len({before, with_library, with_font}) == 3
