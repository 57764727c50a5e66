"""Every help page and usage error is Chinese: none of click's English UI strings shows."""

import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import run_jixiao
from jixiao.cli import main

# The English that click writes by itself (its gettext messages and usage placeholders).
ENGLISH = ["Usage", "Options", "Commands", "Positional arguments", "Show this message", "Show the version",
           "and exit", "Error", "Try '", "for help", "No such", "Missing", "default", "required",
           "Did you mean", "Invalid value", "is not", "does not exist", "Got unexpected",
           "requires an argument", "Aborted", "[OPTIONS]", "COMMAND", "[ARGS]", "PATHS", "FILE",
           "DIRECTORY", "PATH", "TEXT", "INTEGER", "BOOLEAN", "Choose from"]


def english_in(text: str) -> list[str]:
    return [word for word in ENGLISH if word in text]


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="jixiao")


PLAIN_CLICK = """
import click
@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="build", show_default=True, type=click.Path(file_okay=False))
def plain(paths, output):
    pass
plain()
"""


@pytest.mark.parametrize("args, expected", [
    (["--help"], {"Usage", "Options", "[OPTIONS]", "PATHS", "DIRECTORY", "default", "Show this message"}),
    ([], {"Usage", "Try '", "Error", "Missing"}),
])
def test_the_english_list_catches_plain_click(args, expected):
    """The list is not vacuous: click without jixiao's translation writes these words."""
    result = subprocess.run([sys.executable, "-c", PLAIN_CLICK, *args], capture_output=True, text=True)
    assert expected <= set(english_in(result.stdout + result.stderr))


@pytest.mark.parametrize("command", [[]] + [[name] for name in main.commands])
def test_every_help_page_is_chinese(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert english_in(result.output) == []
    assert result.output.startswith(f"用法: jixiao {' '.join(command + [''])}[选项]".replace("  ", " "))
    assert "-h, --help  " in result.output or "-h, --help " in result.output


def test_the_command_line_help_as_run():
    for args in (["--help"], ["build", "--help"]):
        result = run_jixiao(*args)
        assert result.returncode == 0
        assert english_in(result.stdout + result.stderr) == []
    assert "显示本帮助，然后退出。" in result.stdout


def test_option_defaults_are_shown():
    assert re.search(r"-o, --output 文件夹\s+输出文件夹。\s+\[默认：build\]", invoke("build", "--help").output)
    assert re.search(r"--layout \[河北\|湖南\|新疆\]\s+版式：河北、湖南或新疆。\s+\[默认：河北\]",
                     invoke("new", "--help").output)


def test_an_unknown_command():
    result = invoke("frobnicate")
    assert result.exit_code == 2
    assert english_in(result.output) == []
    assert result.output.splitlines() == ["用法: jixiao [选项] 命令 [参数]...",
                                          "运行“jixiao --help”查看用法。", "",
                                          "错误：没有命令 'frobnicate'。"]


def test_a_near_miss_command_is_suggested_in_chinese():
    result = invoke("chek")
    assert "错误：没有命令 'chek'。 是否想写 'check'？" in result.output
    assert english_in(result.output) == []


def test_a_missing_argument():
    result = invoke("build")
    assert result.exit_code == 2
    assert english_in(result.output) == []
    assert "错误：缺少参数「文件或文件夹」。" in result.output


@pytest.mark.parametrize("args", [["build", "--frob"], ["build", "-o"], ["new", "x.yaml", "--layout", "广东"],
                                  ["check", "a", "--html"]])
def test_other_usage_errors(args):
    result = invoke(*args)
    assert result.exit_code == 2
    assert english_in(result.output) == [], result.output
    assert "错误：" in result.output


@pytest.mark.parametrize("command, option, text", [
    ("new", "--year", "预算年度。  [默认：明年]  [2000 到 2100]"),
    ("check", "--jobs", "同时处理几个文件。  [默认：CPU 核数]  [1 及以上]"),
    ("preview", "--port", "本机端口；0 表示任选一个空闲端口。  [默认：8000; 0 到 65535]"),
])
def test_ranges_and_defaults_are_written_in_words(command, option, text):
    help_line = next(line for line in invoke(command, "-h").output.splitlines() if option in line)
    assert help_line.endswith(text)


def test_a_number_out_of_range_says_the_range_in_words():
    result = invoke("new", "x.yaml", "--year", "2200")
    assert result.exit_code == 2 and "错误：'--year' 的取值无效：2200 不在允许的范围（2000 到 2100）内。" in result.output


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert re.fullmatch(r"jixiao 版本 \d+\.\d+\.\d+\n", result.output)


def test_a_missing_file_is_explained_in_chinese(tmp_path):
    result = run_jixiao("check", str(tmp_path / "nope.yaml"))
    assert result.stderr.startswith(f"{tmp_path / 'nope.yaml'}:1:1: 错误[JX001]: 无法读取文件：文件不存在（请检查文件名和所在文件夹）")
    assert "No such file" not in result.stderr
