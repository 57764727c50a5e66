"""Incremental builds: a filing is laid out again only when something its outputs depend on
has changed.

What a filing's outputs depend on is summed up in its *key*, a sha256 over

- the filing's bytes, and the name it is given by (its messages print that name);
- the review policy that applies to it (its ``jixiao.yaml`` as read);
- the outputs asked for (``--html``/``--pdf``);
- the environment (:func:`environment_fingerprint`): the package's code, its templates and
  stylesheets, the JSON Schema, the Python version, the installed distributions with their
  versions (WeasyPrint, Jinja2, PyYAML, jsonschema …) and the font files fontconfig reads.

Keys hash contents, never timestamps: a ``git checkout`` touches files it does not change.
The manifest ``.jixiao-build.json`` in the output folder records, per filing, the key it
was built with, the sha256, size and mtime of each output written and the report printed
then (its warnings, with their counts), so that a filing skipped says what a filing built
says. An output's size and mtime only spare reading it again; an output deleted or changed
by hand is built again. A filing with errors is never recorded.

Not in the key: system libraries (Pango, HarfBuzz) and fontconfig's settings. After
upgrading them, build with ``--force``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from .load import read_limited
from .paths import SCHEMA_FILE, TEMPLATES_DIR
from .policy import Policy
from .render import write_atomically
from .report import Tally

MANIFEST_NAME = ".jixiao-build.json"
MANIFEST_VERSION = 1
PACKAGE_DIR = Path(__file__).resolve().parent


def _font_folders() -> list[Path]:
    """The folders fontconfig reads fonts from by default (/etc/fonts/fonts.conf)."""
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts", Path.home() / ".fonts"]


def _files(folder: Path) -> list[Path]:
    """Every file below ``folder`` in a stable order, without Python's byte-code caches."""
    found = []
    for parent, folders, names in os.walk(folder):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        found.extend(Path(parent) / name for name in sorted(names))
    return found


def _installed_distributions() -> list[str]:
    """The name and version of every distribution installed where Python imports from,
    as their metadata folders are named (``weasyprint-70.0.dist-info``)."""
    names = []
    for entry in sys.path:
        try:
            names.extend(name for name in os.listdir(entry) if name.endswith((".dist-info", ".egg-info")))
        except OSError:  # the current folder (""), a zip file, a folder that is gone
            continue
    return sorted(names)


@lru_cache(maxsize=1)
def environment_fingerprint() -> str:
    """A sha256 of everything besides a filing and its policy that shapes its outputs:
    the package's code, templates/, schema/, the Python version, the installed
    distributions and the font files (names and sizes)."""
    digest = hashlib.sha256(sys.version.encode())
    for folder in (PACKAGE_DIR, TEMPLATES_DIR, SCHEMA_FILE.parent):
        for path in _files(folder):
            digest.update(f"\0{path.relative_to(folder)}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update("\0".join(_installed_distributions()).encode())
    for folder in _font_folders():
        for path in _files(folder):
            try:
                digest.update(f"\0{path}\0{path.stat().st_size}".encode())
            except OSError:  # a link to a font that is gone: fontconfig skips it too
                continue
    return digest.hexdigest()


def filing_key(source: Path, policy: Policy, suffixes: tuple[str, ...]) -> str | None:
    """The key of building ``source`` under ``policy`` into outputs with ``suffixes``, or
    None when the filing cannot be read (then it is built, and the build says why)."""
    try:
        raw = read_limited(source)
    except OSError:
        return None
    parts = [environment_fingerprint(), str(source), hashlib.sha256(raw).hexdigest(), repr(policy), *suffixes]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Manifest:
    """The manifest of an output folder: what was built there, from which key.

    Entries are named by the name of a filing's outputs in the folder (``build/x.pdf`` →
    ``x``, ``build/2024/x.pdf`` → ``2024/x``), and so are the outputs recorded; a
    manifest that is missing or unreadable counts as empty, so everything is built."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / MANIFEST_NAME
        self.entries = self._read()
        self.changed = False

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
            return {}
        entries = data.get("filings")
        return entries if isinstance(entries, dict) else {}

    def built(self, name: str, key: str) -> tuple[str, Tally] | None:
        """The report and counts of the filing built to ``name`` if it was built with
        ``key`` and its outputs are still the ones written then, else None."""
        entry = self.entries.get(name)
        try:
            outputs = entry["outputs"].items()
            if entry["key"] != key or not all(self._unchanged(output, recorded) for output, recorded in outputs):
                return None
            return entry["report"], Tally(**entry["tally"])
        except (KeyError, TypeError, AttributeError, ValueError):  # an entry edited by hand
            return None

    def _unchanged(self, name: str, output: dict) -> bool:
        """Whether the output ``name`` (its path in the folder) still has the bytes
        recorded; its size and mtime spare reading it when they are the ones recorded."""
        path = self.folder / name
        try:
            stat = path.stat()
            if stat.st_size != output["size"]:
                return False
            if stat.st_mtime_ns == output["mtime_ns"]:
                return True
            if _sha256_of(path) != output["sha256"]:
                return False
        except OSError:
            return False
        output["mtime_ns"] = stat.st_mtime_ns  # the same bytes, touched: no need to read them next time
        self.changed = True
        return True

    def record(self, name: str, key: str, outputs: list[Path], report: str, tally: Tally) -> None:
        """Note that the filing of ``name`` was built with ``key`` into ``outputs``,
        printing ``report``."""
        recorded = {}
        for path in outputs:
            stat = path.stat()
            recorded[path.relative_to(self.folder).as_posix()] = {
                "sha256": _sha256_of(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        self.entries[name] = {"key": key, "outputs": recorded, "report": report, "tally": asdict(tally)}
        self.changed = True

    def forget(self, name: str) -> None:
        """Drop the entry of ``name`` (its filing failed): it is built next time."""
        if self.entries.pop(name, None) is not None:
            self.changed = True

    def save(self) -> None:
        """Write the manifest if anything changed (atomically; raises OSError)."""
        if self.changed:
            data = {"version": MANIFEST_VERSION, "filings": self.entries}
            write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))
            self.changed = False
