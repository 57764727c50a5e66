"""A minimal LSP client for the YAML language server (what VS Code's YAML extension runs).

It speaks JSON-RPC over the server's stdin/stdout, answers the server's own requests as
VS Code would, and collects the diagnostics the server publishes.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from pathlib import Path

SERVER = Path(__file__).resolve().parent / "editor" / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"
SETTINGS = {"yaml": {"validate": True, "hover": True, "completion": True, "yamlVersion": "1.2",
                     "schemaStore": {"enable": False}, "format": {"enable": False}}}


class LanguageServer:
    """A running yaml-language-server, spoken to over stdio."""

    def __init__(self, root: Path, locale: str = "en", schemas: dict | None = None):
        self.process = subprocess.Popen(["node", str(SERVER), "--stdio"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.responses: dict[int, queue.Queue] = {}
        self.diagnostics: dict[str, list[dict]] = {}
        self.published = threading.Condition()
        self.next_id = 0
        self.settings = {"yaml": {**SETTINGS["yaml"], "schemas": schemas}} if schemas else SETTINGS  # yaml.schemas
        threading.Thread(target=self._read, daemon=True).start()
        self.request("initialize", {"processId": None, "rootUri": root.as_uri(), "locale": locale,
                                    "capabilities": {"textDocument": {
                                        "completion": {"completionItem": {"documentationFormat": ["markdown", "plaintext"]}},
                                        "hover": {"contentFormat": ["markdown", "plaintext"]}},
                                        "workspace": {"configuration": True}}})
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": self.settings})

    def _send(self, message: dict) -> None:
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            headers = {}
            while (line := stream.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                headers[name.strip().lower()] = value.strip()
            if not headers:
                return
            message = json.loads(stream.read(int(headers["content-length"])))
            if "method" in message and "id" in message:  # the server asks the client
                result = [self.settings["yaml"]] * len(message["params"]["items"]) if message["method"] == "workspace/configuration" else None
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            elif message.get("method") == "textDocument/publishDiagnostics":
                with self.published:
                    self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
                    self.published.notify_all()
            elif "id" in message:
                self.responses.setdefault(message["id"], queue.Queue()).put(message)

    def request(self, method: str, params: dict, timeout: float = 30):
        self.next_id += 1
        waiting = self.responses.setdefault(self.next_id, queue.Queue())
        self._send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        message = waiting.get(timeout=timeout)
        if "error" in message:
            raise RuntimeError(message["error"])
        return message["result"]

    def notify(self, method: str, params: dict) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def open(self, path: Path, text: str | None = None, version: int = 1) -> str:
        """Open ``path`` (with ``text`` if given) as an editor does; return its URI."""
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": version,
            "text": path.read_text(encoding="utf-8") if text is None else text}})
        return uri

    def diagnostics_of(self, uri: str, timeout: float = 30) -> list[dict]:
        """The diagnostics the server publishes for ``uri`` (waiting for the first set)."""
        deadline = time.monotonic() + timeout
        with self.published:
            while uri not in self.diagnostics:
                if not self.published.wait(timeout=max(0.0, deadline - time.monotonic())):
                    raise TimeoutError(f"no diagnostics for {uri}")
            return self.diagnostics.pop(uri)

    def close(self) -> None:
        try:
            self.request("shutdown", {}, timeout=10)
            self.notify("exit", {})
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait()
