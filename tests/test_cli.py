"""The command line as a clerk uses it: messages, exit codes, safe and atomic output."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FILINGS, pdf_pages, pdf_text, run_jixiao, squeeze
from jixiao import report
from jixiao.findings import ERROR, WARNING, Finding, Location
from jixiao.pdf import AssetFetcher
from jixiao.paths import TEMPLATES_DIR

SMALL = """\
版式: 河北
年度: 2022
部门:
  名称: 政法委部门
  单位编码: "216001"
  单位名称: 区委政法委员会本级
整体绩效目标:
  总体目标: 维护稳定。
项目:
  - 名称: 扫黑除恶工作经费
    财政资金: 10.00
    用途: 开展工作。
    支出计划: {3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}
    绩效目标: 持续推进扫黑除恶工作。
    绩效指标:
      产出指标:
        数量指标:
          - {名称: 宣传次数, 指标值: ≥3次, 依据: 年度工作计划}
        时效指标:
          - {名称: 完成时间, 指标值: 2022年12月31日前, 依据: 年度工作计划}
      效益指标:
        社会效益指标:
          - {名称: 社会稳定水平, 指标值: ≥90%, 依据: 年度工作计划}
      满意度指标:
        服务对象满意度指标:
          - {名称: 群众满意度, 指标值: ≥90%, 依据: 行业标准}
"""


def write(folder: Path, text: str, name: str = "x.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_check_of_a_clean_filing_succeeds_and_says_so(tmp_path):
    write(tmp_path, SMALL, "y.yaml")
    result = run_jixiao("check", str(write(tmp_path, SMALL)), str(tmp_path / "y.yaml"))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "检查完毕：2 份申报文件，没有发现问题。\n")


def test_a_summary_says_when_errors_kept_the_review_rules_from_a_filing(tmp_path):
    """A filing not in the format is not reviewed yet: its 0 个警告 is not a clean bill."""
    unread = write(tmp_path, SMALL.replace("财政资金", "财正资金"), "y.yaml")
    result = run_jixiao("check", str(unread), str(FILINGS / "xinjiang-korla-2020.yaml"))
    assert result.stderr.splitlines()[-2:] == [
        f"没有通过检查的申报文件（原因见上）：{unread}",
        "2 个错误，3 个警告；1 份申报文件有读取或格式上的错误，还没有按审核规则检查，改正后可能还会报出别的问题"]


def test_warnings_are_shown_but_do_not_fail_unless_strict():
    result = run_jixiao("check", str(FILINGS / "xinjiang-korla-2020.yaml"))
    assert result.returncode == 0
    assert f"{FILINGS / 'xinjiang-korla-2020.yaml'}:127:9: 警告[JX322]: 项目名称「结转资金」与第 11 个项目重复\n" \
        in result.stderr
    assert result.stderr.endswith("\n0 个错误，3 个警告\n")
    assert run_jixiao("check", "--strict", str(FILINGS / "xinjiang-korla-2020.yaml")).returncode == 1


def test_a_folder_is_read_with_its_subfolders_and_outputs_keep_them_apart(tmp_path):
    filings, out = tmp_path / "filings", tmp_path / "out"
    (filings / "2024").mkdir(parents=True)
    (filings / ".git").mkdir()
    for path in (filings / "x.yaml", filings / "2024" / "x.yaml", filings / ".git" / "hidden.yaml"):
        path.write_text(SMALL, encoding="utf-8")
    (filings / "2024" / "x.yaml").write_text(SMALL.replace("财政资金: 10.00", "财政资金: -1"), encoding="utf-8")
    checked = run_jixiao("check", str(filings))
    assert checked.returncode == 1 and f"{filings / '2024' / 'x.yaml'}:" in checked.stderr
    assert ".git" not in checked.stderr
    (filings / "2024" / "x.yaml").write_text(SMALL, encoding="utf-8")
    built = run_jixiao("build", str(filings), "-o", str(out), "--no-pdf")
    assert built.returncode == 0, built.stderr
    assert built.stdout == (f"{filings / '2024' / 'x.yaml'} → {out / '2024' / 'x.html'}\n"
                            f"{filings / 'x.yaml'} → {out / 'x.html'}\n")
    same_name = run_jixiao("build", str(filings / "x.yaml"), str(filings / "2024" / "x.yaml"), "-o", str(out))
    assert same_name.returncode == 2
    assert same_name.stderr.endswith(f"错误：{filings / 'x.yaml'} 和 {filings / '2024' / 'x.yaml'} 都会生成 x.html / x.pdf："
                                     "请分两次生成（用不同的 -o 输出文件夹），或给其中一份改名\n")
    (out / "2024" / "x.html").unlink()  # the manifest knows each output by its path in the folder
    again = run_jixiao("build", str(filings), str(filings / "x.yaml"), "-o", str(out), "--no-pdf")
    assert again.stdout == (f"{filings / '2024' / 'x.yaml'} → {out / '2024' / 'x.html'}\n"
                            f"{filings / 'x.yaml'} → {out / 'x.html'}（未改动）\n")


def test_error_output_names_file_line_column_with_source_and_caret(tmp_path):
    path = write(tmp_path, SMALL.replace("    财政资金: 10.00\n", "    财政资金: 10.00\n    财正资金: 1\n"))
    result = run_jixiao("check", str(path))
    assert result.returncode == 1
    assert result.stderr.splitlines()[:5] == [
        f"{path}:12:5: 错误[JX100]: 未知的键「财正资金」，是否想写 其他资金？",  # 财政资金 is written
        "   |",
        "12 |     财正资金: 1",
        "   |     ^",
        "  提示: 这一层可用的键：名称、编码、财政资金、其他资金、预算数、上级资金、实施期、用途、支出计划、实施期目标、绩效目标、依据、绩效指标、接受警告",
    ]


def test_usage_errors_exit_2(tmp_path):
    assert run_jixiao("build").returncode == 2
    assert run_jixiao("frobnicate").returncode == 2
    assert run_jixiao("check", str(tmp_path)).returncode == 2


def test_build_with_nothing_to_make_is_a_usage_error(tmp_path):
    path = write(tmp_path, SMALL)
    result = run_jixiao("build", str(path), "-o", str(tmp_path / "out"), "--no-html", "--no-pdf")
    assert result.returncode == 2
    assert "错误：--no-html 和 --no-pdf 同时给出，就没有要生成的文件了；只想检查请用 jixiao check" in result.stderr
    assert not (tmp_path / "out").exists()


def test_missing_file_is_an_error_not_a_traceback(tmp_path):
    result = run_jixiao("check", str(tmp_path / "nope.yaml"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{tmp_path / 'nope.yaml'}:1:1: 错误[JX001]: 无法读取文件" in result.stderr


@pytest.mark.parametrize("hostile", [
    b"\x00\x01\x02",
    b"a: " + b"[" * 5000,
    "版式: 河北\n项目: {".encode() * 100,
    b"\xef\xbb\xbf\xef\xbb\xbf",
    b"? [a, b]\n: c\n",
    "版式: 河北\n年度: 2022\n部门: 政法委\n整体绩效目标: []\n项目: 3\n".encode(),
])
def test_hostile_input_gets_findings_never_a_traceback(tmp_path, hostile):
    path = tmp_path / "x.yaml"
    path.write_bytes(hostile)
    result = run_jixiao("build", str(path), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "内部错误" not in result.stderr
    assert f"{path}:" in result.stderr
    assert not (tmp_path / "out" / "x.pdf").exists()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_without_being_read(tmp_path, device):
    result = run_jixiao("build", device, "-o", str(tmp_path / "out"), timeout=30)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{device}:1:1: 错误[JX001]: 无法读取文件：这是一个设备（如 /dev/zero、终端），不是文件\n")


def test_a_named_pipe_nobody_writes_to_is_empty_not_waited_for(tmp_path):
    os.mkfifo(tmp_path / "x.yaml")
    result = run_jixiao("check", str(tmp_path / "x.yaml"), timeout=30)
    assert (result.returncode, result.stderr.splitlines()[0]) == (1, f"{tmp_path / 'x.yaml'}:1:1: 错误[JX008]: 文件是空的")


def test_an_endless_pipe_is_read_up_to_the_limit_only():
    endless = subprocess.Popen(["yes", "名称: 甲"], stdout=subprocess.PIPE)
    try:
        result = subprocess.run([sys.executable, "-m", "jixiao", "check", "/dev/stdin"], stdin=endless.stdout,
                                capture_output=True, text=True, timeout=30)
    finally:
        endless.kill()
        endless.wait()
    assert result.returncode == 1
    assert result.stderr.startswith("/dev/stdin:1:1: 错误[JX002]: 文件太大（超过上限 2097152 字节）\n")


@pytest.mark.parametrize("command", ["check", "build", "textconv"])
def test_an_escaped_lone_surrogate_is_refused_in_chinese(tmp_path, command):
    path = write(tmp_path, SMALL.replace("名称: 政法委部门", '名称: "政法委\\ud800部门"'))
    result = run_jixiao(command, str(path), *(["-o", str(tmp_path / "out")] if command == "build" else []))
    assert "Traceback" not in result.stderr + result.stdout and "内部错误" not in result.stderr
    message = "双引号文字里的转义「\\ud800」不是一个完整的字符：U+D800 是 UTF-16 代理对的一半，不能单独出现"
    if command == "textconv":  # git shows the version that does not load as it is, with why
        assert (result.returncode, result.stdout.splitlines()[0]) == (
            0, f"（jixiao：这个版本无法读取：第 4 行第 11 列：{message}。下面是原文；看原文逐行的改动用 git log -p --no-textconv）")
    else:
        assert result.returncode == 1
        assert f"{path}:4:11: 错误[JX009]: {message}\n" in result.stderr


def test_a_comment_that_cut_a_value_is_a_warning_of_check(tmp_path):
    path = write(tmp_path, SMALL.replace("用途: 开展工作。", "用途: 开展工作 #1号楼维修"))
    result = run_jixiao("check", str(path))
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"{path}:12:14: 警告[JX014]: 「#」和后面的「1号楼维修」被当作注释，不会印出来：这一项只读到「开展工作」",
        "   |",
        "12 |     用途: 开展工作 #1号楼维修",
        "   | " + " " * len("    用途: 开展工作 ".encode("gbk")) + "^",
        "  提示: # 是多打的就删掉它；要在文字里写 #，把整段文字加上引号，或把 # 改成全角的 ＃ 或“号”字",
        "0 个错误，1 个警告",
    ]
    assert run_jixiao("check", "--strict", str(path)).returncode == 1


def test_the_text_report_of_a_filing_lists_its_first_100_findings_and_counts_the_rest(tmp_path):
    path = write(tmp_path, SMALL + "".join(f"未知{number}: 1\n" for number in range(103)))
    result = run_jixiao("check", str(path))
    assert result.returncode == 1
    assert result.stderr.count("错误[JX100]") == 100
    assert result.stderr.endswith(f"\n{path}: 还有 3 个问题（其中 3 个错误）未列出（先改正上面这些再检查；jixiao check --format json 列出全部）\n"
                                  "103 个错误，0 个警告；1 份申报文件有读取或格式上的错误，还没有按审核规则检查，改正后可能还会报出别的问题\n")
    assert run_jixiao("check", "--format", "json", str(path)).stdout.count('"code": "JX100"') == 103


def test_an_error_after_many_warnings_is_printed_and_only_warnings_are_left_out():
    def finding(line: int, severity: str) -> Finding:
        return Finding("JX322" if severity == WARNING else "JX321", severity, f"第 {line} 行", Location("x.yaml", line, 1))
    findings = [finding(line, WARNING) for line in range(1, 151)] + [finding(151, ERROR)]
    lines = report.text(findings, ["x"] * 151).splitlines()
    printed = [line for line in lines if line.startswith("x.yaml:")]
    assert len(printed) == 101 and printed[-2].startswith("x.yaml:151:1: 错误[JX321]: 第 151 行")
    assert printed[-1] == "x.yaml: 还有 51 个警告未列出（先改正上面这些再检查；jixiao check --format json 列出全部）"
    assert printed[98].startswith("x.yaml:99:1: 警告[JX322]")  # the warnings kept are the first, in the file's order


def test_html_in_strings_is_escaped(tmp_path):
    path = write(tmp_path, SMALL.replace("用途: 开展工作。", '用途: "<script>alert(1)</script><b>粗</b>"'))
    result = run_jixiao("build", str(path), "-o", str(tmp_path), "--no-pdf")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;粗&lt;/b&gt;" in html
    assert "<script>" not in html
    assert not (tmp_path / "x.pdf").exists()


def test_failed_build_keeps_the_previous_good_pdf(tmp_path):
    path = write(tmp_path, SMALL)
    out = tmp_path / "out"
    assert run_jixiao("build", str(path), "-o", str(out)).returncode == 0
    good = (out / "x.pdf").read_bytes()
    write(tmp_path, SMALL.replace("财政资金: 10.00", "财政资金: 十"))
    result = run_jixiao("build", str(path), "-o", str(out))
    assert result.returncode == 1
    assert "未生成文件" in result.stderr
    assert (out / "x.pdf").read_bytes() == good
    assert sorted(p.name for p in out.iterdir()) == [".jixiao-build.json", "x.html", "x.pdf"]  # no temporary file left


def test_style_options(tmp_path):
    path = write(tmp_path, SMALL + "样式:\n  项目编号格式: \"{序号}、\"\n  显示项目汇总表: false\n")
    assert run_jixiao("build", str(path), "-o", str(tmp_path)).returncode == 0
    text = squeeze(pdf_text(tmp_path / "x.pdf"))
    assert "1、扫黑除恶工作经费绩效目标表" in text
    assert "预算项目汇总表" not in text


def test_a_5000_character_cell_builds(tmp_path):
    """With WeasyPrint's automatic table layout this cell alone took minutes; with the
    fixed layout it builds in seconds (the timeout is only a guard against a regression)."""
    long_text = ("开展扫黑除恶宣传活动，保障日常工作正常运转" * 250)[:5000]
    path = write(tmp_path, SMALL.replace("用途: 开展工作。", f"用途: {long_text}").replace(
        "指标值: ≥3次", f"指标值: ≥3次{long_text[:2000]}"))
    result = run_jixiao("build", str(path), "-o", str(tmp_path), timeout=90)
    assert result.returncode == 0, result.stderr
    text = squeeze(pdf_text(tmp_path / "x.pdf"))
    # nor the label (预算规模及 / 资金用途) and the table's name printed on each page
    without_page_numbers = re.sub(r"—\d+—|预算规模及|资金用途|\d+\.扫黑除恶工作经费绩效目标表（续表）", "", text)
    assert squeeze(long_text) in without_page_numbers
    assert long_text[:300] in text and long_text[1700:2000] in text
    pages = [squeeze(pdf_text(tmp_path / "x.pdf", page=n)) for n in range(1, pdf_pages(tmp_path / "x.pdf") + 1)]
    table_page = next(page for page in pages if "1.扫黑除恶工作经费绩效目标表" in page and "项目编码" in page)
    assert long_text[:100] in table_page, "a row taller than a page starts on the page of its table"
    last_page = [page for page in pages if "预算规模及" in page][-1]  # its label is printed on each
    assert "资金支出计划（%）" in last_page, "the rest of the form follows the 用途 on its last page"
    assert pdf_pages(tmp_path / "x.pdf") > 4


def test_url_fetcher_serves_only_template_files(tmp_path):
    fetcher = AssetFetcher()
    for url in ("https://example.com/x.css", "file:///etc/passwd",
                f"file://{TEMPLATES_DIR}/../pyproject.toml", "data:text/css,body{}"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    response = fetcher.fetch(f"file://{TEMPLATES_DIR}/shared/base.css")
    assert b"table-layout: fixed" in response.read()
    response.close()


def test_external_resources_in_text_are_not_fetched(tmp_path):
    path = write(tmp_path, SMALL.replace("用途: 开展工作。", "用途: '<img src=\"file:///etc/passwd\">'"))
    assert run_jixiao("build", str(path), "-o", str(tmp_path)).returncode == 0
    assert "<img" not in (tmp_path / "x.html").read_text(encoding="utf-8").split("<body>")[1].replace("&lt;img", "")


def test_an_internal_error_is_a_one_line_bug_report(tmp_path, monkeypatch, capsys):
    from click.testing import CliRunner

    from jixiao import cli

    def broken(path, **options):
        raise RuntimeError("boom")
    monkeypatch.setattr(cli, "process", broken)
    path = write(tmp_path, SMALL)
    result = CliRunner().invoke(cli.main, ["check", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.startswith(f"{path}: 内部错误：")
    assert "RuntimeError boom（test_cli.py:" in result.output
    assert result.output.splitlines()[-1] == "0 个错误，0 个警告；1 份申报文件没能处理完（原因见上）"


def test_measures_are_numbered_and_titles_closed_once(tmp_path):
    source = SMALL.replace("  总体目标: 维护稳定。\n", "  总体目标: 维护稳定。\n  保障措施:\n"
                           "    - {标题: 旗帜鲜明讲政治, 内容: 把政治建设摆在首位。}\n"
                           "    - {标题: 完善制度。, 内容: 制定制度。}\n    - 加强宣传。\n")
    path = write(tmp_path, source)
    assert run_jixiao("build", str(path), "-o", str(tmp_path), "--no-html").returncode == 0
    text = squeeze(pdf_text(tmp_path / "x.pdf"))
    assert "（一）旗帜鲜明讲政治。把政治建设摆在首位。（二）完善制度。制定制度。（三）加强宣传。" in text


def test_preview_of_a_file_that_is_not_there_stops_at_once(tmp_path):
    missing = tmp_path / "山海关.yaml"
    result = run_jixiao("preview", str(missing), "--port", "0")
    assert (result.returncode, result.stdout, result.stderr) == (
        2, "", f"错误：找不到申报文件 {missing}：请检查文件名和所在的文件夹（新建一份用 jixiao new {missing}）\n")
