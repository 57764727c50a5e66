"""`jixiao preview` as a clerk uses it: a server on 127.0.0.1 that follows saves of the filing."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import FILINGS, ROOT

SOURCE = FILINGS / "hebei-shanhaiguan-2022.yaml"


class Running:
    """A `jixiao preview` subprocess and the lines it prints (``program``: the Python code
    that runs jixiao's command line)."""

    def __init__(self, filing: Path, *args: str, env: dict | None = None, program: tuple[str, ...] = ("-m", "jixiao")):
        self.process = subprocess.Popen([sys.executable, *program, "preview", str(filing), *args],
                                        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for_line(self, start: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line.startswith(start):
                return line
        raise AssertionError(f"no line starting {start!r} within {timeout} s")

    def url(self) -> str:
        line = self.wait_for_line("预览 ")
        return line.split("请在浏览器里打开 ")[1].split("（")[0]

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=10)


@pytest.fixture
def filing(tmp_path) -> Path:
    copy = tmp_path / "s.yaml"
    shutil.copy(SOURCE, copy)
    return copy


@pytest.fixture
def preview(filing):
    running = Running(filing, "--port", "0")
    yield running
    running.stop()


def get(url: str, host: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def page(url: str) -> str:
    return get(url)[2].decode("utf-8")


def save(path: Path, text: str) -> None:
    """Save as editors do: write a new file beside it, then rename it over the old one."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
    os.replace(temporary, path)


def eventually(condition, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_the_page_follows_saves_errors_and_a_deleted_file(filing, preview):
    url = preview.url()
    assert url.startswith("http://127.0.0.1:")
    first = page(url)
    assert "1.扫黑除恶工作经费绩效目标表" in first and '<script data-version="1">' in first
    assert page(url + "version") == "1"

    text = filing.read_text(encoding="utf-8")
    save(filing, text.replace("扫黑除恶工作经费", "扫黑除恶专项经费"))
    assert eventually(lambda: "1.扫黑除恶专项经费绩效目标表" in page(url)), "the page changes within 5 s"
    assert page(url + "version") == "2"

    save(filing, text.replace("    财政资金: 10.00\n", "    财正资金: 10.00\n", 1))
    assert eventually(lambda: "JX100" in page(url))
    findings = page(url)
    assert f"{filing.name}:61:5: 错误[JX100]: 未知的键「财正资金」，是否想写 财政资金？" in findings
    assert "61 |     财正资金: 10.00" in findings
    assert "上一次没有错误时的文本" in findings and "1.扫黑除恶专项经费绩效目标表" in findings
    assert "JX100" in "\n".join(iter_lines(preview))

    filing.rename(filing.with_name("改名了.yaml"))
    assert eventually(lambda: "JX001" in page(url))
    assert "无法读取文件：文件不存在" in page(url)

    filing.with_name("改名了.yaml").rename(filing)
    assert eventually(lambda: "JX100" not in page(url) and "1.扫黑除恶工作经费" not in page(url))
    assert preview.process.poll() is None, "still running through every state"


def iter_lines(running: Running):
    while not running.lines.empty():
        yield running.lines.get()


def test_the_pdf_is_the_last_good_document(filing, preview):
    url = preview.url()
    status, content_type, pdf = get(url + "document.pdf")
    assert (status, content_type, pdf[:5]) == (200, "application/pdf", b"%PDF-")
    assert get(url + "document.pdf")[2] == pdf, "built once per version"
    status, _, body = get(url + "nothing")
    assert (status, body.decode()) == (404, "没有这个页面：请打开 /")
    assert get(url + "?from=bookmark")[0] == 200


def test_no_pdf_before_the_filing_is_free_of_errors(filing):
    filing.write_text(filing.read_text(encoding="utf-8").replace("年度: 2022", "年度: 二〇二二"), encoding="utf-8")
    running = Running(filing, "--port", "0")
    try:
        url = running.url()
        assert "还没有可以显示的文本" in page(url)
        status, content_type, body = get(url + "document.pdf")
        assert (status, content_type) == (409, "text/html; charset=utf-8")
        shown = body.decode("utf-8")
        assert "<h1>没有 PDF：s.yaml 有 1 个错误</h1>" in shown
        assert '<p class="stale">改正下面的错误并保存后，这里会自动换成新的 PDF。</p>' in shown
        assert "s.yaml:3:5: 错误[JX103]" in shown
    finally:
        assert running.stop() == 0


def test_while_the_filing_has_errors_the_pdf_shown_before_is_said_to_be_out_of_date(filing, preview):
    url = preview.url()
    status, content_type, before = get(url + "document.pdf")
    assert (status, content_type, before[:5]) == (200, "application/pdf", b"%PDF-")
    text = filing.read_text(encoding="utf-8")
    save(filing, text.replace("    财政资金: 10.00\n", "    财正资金: 10.00\n", 1))
    assert eventually(lambda: "JX100" in page(url))
    status, content_type, body = get(url + "document.pdf")
    assert (status, content_type) == (409, "text/html; charset=utf-8"), "no PDF while the filing has errors"
    shown = body.decode("utf-8")
    assert "<h1>没有 PDF：s.yaml 有 2 个错误</h1>" in shown  # the unknown key and the missing 财政资金
    assert ('<p class="stale">之前打开或下载的 PDF 是上一次没有错误时的文本，已经过时，不要打印或报送。'
            "改正下面的错误并保存后，这里会自动换成新的 PDF。</p>") in shown
    assert "s.yaml:61:5: 错误[JX100]: 未知的键「财正资金」，是否想写 财政资金？" in shown
    assert "1.扫黑除恶工作经费绩效目标表" not in shown, "not the old document either"
    assert '<script data-version="' in shown, "it turns into the PDF once the filing is put right"
    save(filing, text)
    assert eventually(lambda: get(url + "document.pdf")[0] == 200)
    assert get(url + "document.pdf")[2][:5] == b"%PDF-"


# jixiao with a bug that raises whatever the filing, as an unforeseen input can make it do
BROKEN_JIXIAO = ("import jixiao.preview\n"
                 "def broken(*args, **kwargs):\n"
                 "    raise RuntimeError('模拟的故障')\n"
                 "jixiao.preview.process = broken\n"
                 "from jixiao.cli import run\n"
                 "run()\n")


def test_an_internal_error_on_the_first_build_is_shown_and_the_preview_goes_on(filing):
    running = Running(filing, "--port", "0", program=("-c", BROKEN_JIXIAO))
    try:
        said = running.wait_for_line(f"{filing}: ")
        assert said.startswith(f"{filing}: 内部错误：jixiao 处理这个文件时出了故障，这不是申报文件的问题。"
                               "请把这个文件和这一行发给维护者：RuntimeError 模拟的故障（")
        url = running.url()
        status, content_type, body = get(url)
        assert (status, content_type) == (200, "text/html; charset=utf-8")
        shown = body.decode("utf-8")
        assert "<h1>内部错误：jixiao 排版 s.yaml 时出了故障，这不是申报文件的问题</h1>" in shown
        assert "RuntimeError 模拟的故障" in shown
        assert "<p>还没有可以显示的文本。</p>" in shown, "nothing for the clerk to put right"
        status, content_type, body = get(url + "document.pdf")
        assert (status, content_type) == (409, "text/html; charset=utf-8")
        shown = body.decode("utf-8")
        assert "<h1>没有 PDF：s.yaml 排版时 jixiao 出了故障</h1>" in shown
        assert '<p class="stale">这不是申报文件的问题：请把下面这一行发给维护者。</p>' in shown
        assert running.process.poll() is None, "still serving"
    finally:
        assert running.stop() == 0


def test_only_requests_for_this_machine_are_answered(preview):
    url = preview.url()
    port = url.rsplit(":", 1)[1].strip("/")
    assert get(url, host=f"localhost:{port}")[0] == 200
    status, _, body = get(url, host=f"attacker.example:{port}")
    assert (status, body.decode()) == (403, f"只接受 http://127.0.0.1:{port}/ 的访问。")


def test_a_browser_is_opened_only_when_asked(filing, tmp_path):
    opened = tmp_path / "opened.txt"
    environment = {**os.environ, "BROWSER": f"sh -c 'echo %s >> {opened}'"}
    for args in ([], ["--open"]):
        running = Running(filing, "--port", "0", *args, env=environment)
        url = running.url()
        running.wait_for_line("保存文件后")
        time.sleep(0.5)
        assert running.stop() == 0
        expected = f"{url}\n" if args else None
        assert (opened.read_text() if opened.exists() else None) == expected


def test_ctrl_c_stops_cleanly_and_frees_the_port(filing, preview):
    url = preview.url()
    assert preview.stop() == 0
    assert "预览已结束。" in "\n".join(iter_lines(preview))
    port = int(url.rsplit(":", 1)[1].strip("/"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))


def test_a_port_in_use_is_said_in_chinese(filing):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "jixiao", "preview", str(filing), "--port", str(port)],
                                cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == (f"错误：端口 {port} 已被占用（也许另一个预览正在运行）："
                             f"换一个端口，例如 jixiao preview {filing} --port {port + 1}\n")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class DevTools:
    """One page of a browser, driven over the DevTools protocol."""

    def __init__(self, socket):
        self.socket = socket
        self.next_id = 0

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the page."""
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": "Runtime.evaluate",
                                     "params": {"expression": expression, "returnByValue": True}}))
        while True:
            message = json.loads(self.socket.recv(timeout=10))
            if message.get("id") == self.next_id:
                return message["result"]["result"].get("value")


@contextmanager
def chromium_showing(url: str, profile: Path):
    """Headless Chromium (a fresh profile) showing ``url``, as :class:`DevTools`."""
    from websockets.sync.client import connect
    process = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--remote-debugging-port=0", "--remote-allow-origins=*", url],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        active = profile / "DevToolsActivePort"
        assert eventually(active.exists, timeout=30), "Chromium did not start"
        port = active.read_text().split()[0]
        pages = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
        with connect(next(p for p in pages if p["type"] == "page")["webSocketDebuggerUrl"], max_size=None) as socket:
            yield DevTools(socket)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is installed by scripts/install-system-packages.sh")
def test_the_page_in_a_browser_reloads_by_itself_after_a_save(filing, preview, tmp_path):
    url = preview.url()
    with chromium_showing(url, tmp_path / "chromium") as browser:
        assert eventually(lambda: "1.扫黑除恶工作经费绩效目标表" in (
            browser.evaluate("document.body && document.body.innerText") or ""), timeout=20)
        browser.evaluate("window.keptUntilReload = true")  # gone once the page has reloaded
        save(filing, filing.read_text(encoding="utf-8").replace("扫黑除恶工作经费", "扫黑除恶专项经费"))
        assert eventually(lambda: browser.evaluate(
            "[typeof window.keptUntilReload, !!document.body && document.body.innerText.includes('1.扫黑除恶专项经费绩效目标表')]")
            == ["undefined", True], timeout=10)
        save(filing, filing.read_text(encoding="utf-8").replace("    财政资金: 10.00\n", "    财正资金: 10.00\n", 1))
        assert eventually(lambda: "错误[JX100]" in (
            browser.evaluate("document.body && document.body.innerText") or ""), timeout=10)


def test_the_warnings_of_a_filing_without_errors_are_shown_over_its_preview(tmp_path):
    from test_checks import GOOD

    from jixiao.pipeline import process
    from jixiao.preview import Preview

    seed = Preview(SOURCE)
    reports = seed.rebuild()
    warnings = [f for f in process(SOURCE).findings if not f.is_error]
    assert warnings and len(reports) == len(warnings)
    shown = seed.page.decode("utf-8")
    assert f"{len(warnings)} 个警告" in shown
    panel = shown[shown.index('<details class="jixiao-warnings"'):shown.index("</details>")]
    assert panel.count("<pre") == len(warnings) and "警告[JX" in panel
    assert shown.index("<body>") < shown.index("jixiao-warnings") < shown.index("1.扫黑除恶工作经费绩效目标表")

    clean = tmp_path / "clean.yaml"
    clean.write_text(GOOD, encoding="utf-8")
    quiet = Preview(clean)
    assert quiet.rebuild() == [] and "jixiao-warnings" not in quiet.page.decode("utf-8")
