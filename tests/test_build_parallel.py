"""`jixiao build -j N`: filings built on worker processes, reported in the order of the
files, the same bytes as a serial build; one failing filing never stops the others."""

import json
import shutil

from click.testing import CliRunner

from conftest import FILINGS, run_jixiao
from jixiao import batch, cli
from jixiao.incremental import MANIFEST_NAME
from test_cli import SMALL


def test_a_parallel_build_gives_the_bytes_of_a_serial_one(tmp_path):
    """With -j 1 one process lays out both documents in turn; with -j 2 each has its own."""
    names = ["hunan-yuanjiang-2024", "xinjiang-korla-2020"]
    files = [str(FILINGS / f"{name}.yaml") for name in names]
    serial = run_jixiao("build", *files, "-o", str(tmp_path / "serial"), "-j", "1")
    parallel = run_jixiao("build", *files, "-o", str(tmp_path / "parallel"), "-j", "2")
    assert serial.returncode == parallel.returncode == 0
    assert parallel.stderr == serial.stderr
    assert parallel.stdout == serial.stdout.replace("/serial/", "/parallel/")
    for name in names:
        for suffix in (".html", ".pdf"):
            assert (tmp_path / "parallel" / f"{name}{suffix}").read_bytes() == \
                (tmp_path / "serial" / f"{name}{suffix}").read_bytes(), name + suffix


def test_failing_filings_do_not_stop_the_others_and_are_reported_in_order(tmp_path):
    folder, out = tmp_path / "filings", tmp_path / "out"
    folder.mkdir()
    shutil.copy(FILINGS / "hunan-yuanjiang-2024.yaml", folder / "a.yaml")  # the slowest first
    (folder / "b.yaml").write_text("x: [\n", encoding="utf-8")
    (folder / "c.yaml").write_text(SMALL, encoding="utf-8")
    (folder / "d.yaml").write_text(SMALL, encoding="utf-8")
    (out / "d.html").mkdir(parents=True)  # where d's output should go, a folder is in the way

    result = run_jixiao("build", str(folder), "-o", str(out), "--no-pdf", "-j", "2")
    assert result.returncode == 1
    assert result.stdout == f"{folder / 'a.yaml'} → {out / 'a.html'}\n{folder / 'c.yaml'} → {out / 'c.html'}\n"
    assert result.stderr.endswith(
        f"\n没有生成的申报文件（原因见上）：{folder / 'b.yaml'}、{folder / 'd.yaml'}\n"
        "1 个错误，21 个警告；1 份申报文件有读取或格式上的错误，还没有按审核规则检查，改正后可能还会报出别的问题；"
        "1 份申报文件没能处理完（原因见上）\n")
    firsts = [line for line in result.stderr.splitlines() if line.startswith(str(folder))]
    assert firsts[0].startswith(f"{folder / 'a.yaml'}:64:7: 警告[JX407]")
    assert firsts[20].startswith(f"{folder / 'a.yaml'}:")
    assert firsts[21:] == [
        f"{folder / 'b.yaml'}:1:4: 错误[JX004]: YAML 语法错误：这里开始的方括号（[）在这一行没有配对的 ]",
        f"{folder / 'b.yaml'}: 有错误，未生成文件（原有的输出文件保持不变）。",
        f"{folder / 'd.yaml'}: 无法写入 {out / 'd.html'}：这是一个文件夹，不是文件",
    ]
    assert (out / "c.html").is_file() and (out / "a.html").is_file()
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["filings"]) == ["a", "c"], "only the filings built are recorded"


def test_an_output_that_cannot_be_written_leaves_the_other_as_it_was(tmp_path):
    source, out = tmp_path / "d.yaml", tmp_path / "out"
    source.write_text(SMALL, encoding="utf-8")
    out.mkdir()
    (out / "d.html").write_text("上次生成的", encoding="utf-8")
    (out / "d.pdf").mkdir()  # a folder where the PDF should go
    result = run_jixiao("build", str(source), "-o", str(out))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines()[-2:] == [
        f"{source}: 无法写入 {out / 'd.pdf'}：这是一个文件夹，不是文件",
        "0 个错误，0 个警告；1 份申报文件没能处理完（原因见上）",
    ]
    assert (out / "d.html").read_text(encoding="utf-8") == "上次生成的"
    assert sorted(path.name for path in out.iterdir()) == ["d.html", "d.pdf"]  # no temporary file left


def test_a_bug_in_rendering_is_a_one_line_report_and_the_others_are_built(tmp_path, monkeypatch):
    def broken(layout_folder, view, *args):
        if "出故障的经费" in repr(view):
            raise RuntimeError("boom")
        return original(layout_folder, view, *args)
    original = batch.render_html
    monkeypatch.setattr(batch, "render_html", broken)
    failing = tmp_path / "a.yaml"
    failing.write_text(SMALL.replace("扫黑除恶工作经费", "出故障的经费"), encoding="utf-8")
    good = tmp_path / "b.yaml"
    good.write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"

    result = CliRunner().invoke(cli.main, ["build", str(failing), str(good), "-o", str(out), "--no-pdf", "-j", "1"])
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"{failing}: 内部错误：jixiao 处理这个文件时出了故障")
    assert "RuntimeError boom（test_build_parallel.py:" in result.output
    assert result.output.splitlines()[1:] == [f"{good} → {out / 'b.html'}", f"没有生成的申报文件（原因见上）：{failing}",
                                              "0 个错误，0 个警告；1 份申报文件没能处理完（原因见上）"]
    assert sorted(path.name for path in out.iterdir()) == [MANIFEST_NAME, "b.html"]
