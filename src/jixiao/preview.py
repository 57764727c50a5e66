"""``jixiao preview``: the rendered document in a browser, rebuilt whenever the filing is saved.

A small HTTP server on 127.0.0.1 only (nobody else on the network sees the filing; requests
naming another host are refused, so that no web page can read it through DNS rebinding):

* ``GET /`` the document's HTML with a script that reloads the page when the filing has been
  rebuilt; while the filing has errors, a page of its findings (as ``jixiao check`` prints
  them) with the last good document below;
* ``GET /version`` the number of the current build, which the script polls;
* ``GET /document.pdf`` the PDF of the document, rendered on demand, once per build; while the
  filing has errors (or jixiao failed on it) no PDF but a page, HTTP 409, saying why and that
  a PDF opened before is out of date, which turns into the PDF once the filing is put right.

The filing's folder is watched with ``watchfiles`` rather than the file itself: editors save
by writing a new file and renaming it over the old one, which a watch on the old file misses.
Bursts of events are debounced into one rebuild. Invalid states, a deleted or renamed file
are shown as findings, and a bug in jixiao as an internal error; the server keeps running
until Ctrl-C.
"""

from __future__ import annotations

import errno
import threading
import webbrowser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import watchfiles
from markupsafe import Markup

from .findings import Finding, format_finding
from .oserrors import os_error_text
from .paths import TEMPLATES_DIR, shell_word
from .pipeline import process
from .policy import PolicyError, policy_for
from .render import render_html, render_template
from .report import bug_report

HOST = "127.0.0.1"
DEBOUNCE_MS = 300
RELOAD_SCRIPT = (TEMPLATES_DIR / "preview" / "reload.js").read_text(encoding="utf-8")


class PreviewError(Exception):
    """The preview cannot start; the message says why, in Chinese."""


class Preview:
    """The latest build of one filing: the page to show, its version, the last good document
    and, while the filing has no good document, the page to show instead of its PDF."""

    def __init__(self, path: Path):
        self.path = path
        self.version = 0
        self.page = b""
        self.pdf_refused: bytes | None = None  # the page that /document.pdf shows while there is no good document
        self.last_good: str | None = None
        self._last_view: tuple[str, dict] | None = None  # (layout folder, view) of the last good document
        self._content = ""  # the page without its reload script, to tell a real change
        self._pdf: tuple[str, bytes] | None = None  # (the HTML it was rendered from, the PDF)
        self._lock = threading.Lock()
        self._pdf_lock = threading.Lock()

    def refresh(self, say) -> None:
        """Build the filing again and tell the clerk (``say``) what came of it; a bug in
        jixiao is told on the terminal and on the page, and the preview goes on."""
        try:
            reports = self.rebuild()
        except Exception:  # a bug in jixiao, not in the filing
            report = bug_report(self.path)
            self._show_problems([], [], internal_error=report)
            say(report)
            return
        say("\n".join(reports) if reports else "排版完成：没有发现问题。")

    def rebuild(self) -> list[str]:
        """Build the filing again; return its findings as ``jixiao check`` prints them."""
        try:
            result = process(self.path, policy=policy_for(self.path))
            findings, lines = result.findings, result.lines
        except PolicyError as error:  # the repository's jixiao.yaml is wrong: show its findings
            result, findings, lines = None, error.findings, error.lines
        reports = [format_finding(finding, lines) for finding in findings]
        if result is not None and result.ok:
            document = render_html(result.layout_folder, result.view)
            self._show(_with_warnings(document, reports))  # first: a document that cannot be shown is not good
            self.last_good, self._last_view = document, (result.layout_folder, result.view)
        else:
            self._show_problems(findings, reports)
        return reports

    def _show_problems(self, findings: list[Finding], reports: list[str], internal_error: str = "") -> None:
        """Show the findings of a filing without a good document (or jixiao's internal error)
        over the last good document, and in place of its PDF."""
        pages = [render_template(
            "preview/findings.html", name=self.path.name, last_good=self.last_good, for_pdf=for_pdf,
            internal_error=internal_error, errors=sum(finding.is_error for finding in findings),
            findings=[{"text": text, "is_error": finding.is_error} for text, finding in zip(reports, findings)])
            for for_pdf in (False, True)]
        self._show(*pages, errors="backslashreplace")  # whatever jixiao failed on, this page can be shown

    def _show(self, page: str, pdf_refused: str | None = None, errors: str = "strict") -> None:
        """Make ``page`` what the browser shows, and ``pdf_refused`` what /document.pdf shows
        instead of the PDF (None: the PDF), under a new version if the page changed; ``errors``:
        what to do with text that UTF-8 cannot encode (as for :meth:`str.encode`)."""
        with self._lock:
            if page == self._content:
                return
            version = self.version + 1
            shown = _with_reload_script(page, version).encode("utf-8", errors)
            refused = None if pdf_refused is None else _with_reload_script(pdf_refused, version).encode("utf-8", errors)
            self._content, self.version, self.page, self.pdf_refused = page, version, shown, refused

    def pdf(self) -> bytes:
        """The PDF of the last good document (rendered once per document); only asked for
        while there is one (:attr:`pdf_refused` is None)."""
        from .pdf import render_pdf  # WeasyPrint loads when a PDF is first asked for

        with self._pdf_lock:
            html, view = self.last_good, self._last_view
            if self._pdf is None or self._pdf[0] != html:
                self._pdf = (html, render_pdf(*view))
            return self._pdf[1]


def _with_warnings(html: str, warnings: list[str]) -> str:
    """The document's page with its warnings (as ``jixiao check`` prints them) over it."""
    if not warnings:
        return html
    panel = render_template("preview/warnings.html", warnings=warnings)
    head, body, rest = html.partition("<body")
    tag_end = rest.index(">") + 1
    return f"{head}{body}{rest[:tag_end]}\n{panel}{rest[tag_end:]}"


def _with_reload_script(html: str, version: int) -> str:
    script = Markup('<script data-version="{}">{}</script>\n').format(version, Markup(RELOAD_SCRIPT))
    before, body_end, after = html.rpartition("</body>")
    return f"{before}{script}{body_end}{after}" if body_end else html + script


def _handler(preview: Preview) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            port = self.server.server_address[1]
            if self.headers.get("Host") not in (f"{HOST}:{port}", f"localhost:{port}"):
                # a web page whose name was made to point at 127.0.0.1 (DNS rebinding) gets nothing
                self._send(403, "text/plain; charset=utf-8", f"只接受 http://{HOST}:{port}/ 的访问。".encode())
            elif (path := urlsplit(self.path).path) == "/":
                self._send(200, "text/html; charset=utf-8", preview.page)
            elif path == "/version":
                self._send(200, "text/plain; charset=utf-8", str(preview.version).encode())
            elif path == "/document.pdf" and (refused := preview.pdf_refused) is not None:
                self._send(409, "text/html; charset=utf-8", refused)  # a PDF shown before is out of date
            elif path == "/document.pdf":
                self._send_pdf()
            else:
                self._send(404, "text/plain; charset=utf-8", "没有这个页面：请打开 /".encode())

        def _send_pdf(self) -> None:
            try:
                pdf = preview.pdf()
            except Exception as error:  # a bug in jixiao: say so instead of a traceback
                self._send(500, "text/plain; charset=utf-8", f"内部错误：生成 PDF 时出了故障，这不是申报文件的问题："
                                                             f"{type(error).__name__} {error}".encode())
                return
            self._send(200, "application/pdf", pdf)

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format, *args) -> None:  # requests are not the clerk's business
            pass

    return Handler


def serve(path: Path, port: int, open_browser: bool, say) -> None:
    """Serve the preview of ``path`` on ``port`` until Ctrl-C; ``say`` prints a line for the clerk.

    Raises :class:`PreviewError` if the port cannot be used."""
    preview = Preview(path)
    try:
        server = ThreadingHTTPServer((HOST, port), _handler(preview))
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise PreviewError(f"端口 {port} 已被占用（也许另一个预览正在运行）："
                               f"换一个端口，例如 jixiao preview {shell_word(path)} --port {port + 1}") from None
        raise PreviewError(f"无法在端口 {port} 上启动预览：{os_error_text(error)}") from None
    server.daemon_threads = True
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(preview, stop, say), daemon=True)
    try:  # Ctrl-C may come at any moment from here on
        preview.refresh(say)
        url = f"http://{HOST}:{server.server_address[1]}/"
        say(f"预览 {path}：请在浏览器里打开 {url}（PDF：{url}document.pdf）")
        say("保存文件后页面会自动更新；按 Ctrl-C 结束。")
        watcher.start()
        if open_browser:
            webbrowser.open(url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
        if watcher.is_alive():
            watcher.join(timeout=2)
    say("预览已结束。")


def _watch(preview: Preview, stop: threading.Event, say) -> None:
    """Rebuild whenever the filing is written, replaced, renamed or deleted."""
    target = preview.path.resolve()
    for _ in watchfiles.watch(target.parent, watch_filter=lambda change, changed: Path(changed) == target,
                              debounce=DEBOUNCE_MS, stop_event=stop, recursive=False, raise_interrupt=False):
        preview.refresh(say)
