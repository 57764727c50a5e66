"""How an editor finds the schema of a filing that ``jixiao new`` writes.

VS Code's YAML extension (the yaml-language-server) takes a file's schema from a modeline,
``# yaml-language-server: $schema=…`` (or ``# $schema: …``) among the comments before the
document's first line of content, or else from the ``yaml.schemas``
setting of the workspace (``.vscode/settings.json``: schema → globs of the files it is for).
A modeline wins even when what it names cannot be loaded, and then the file is checked
against nothing; a relative path breaks as soon as the file or its repository moves, and
the modeline ends at the first space. So a file that its workspace maps gets no modeline,
and a file outside any mapped workspace gets one naming this installation's schema by its
absolute file URI, percent-encoded, which moving the file does not break.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, unquote, urlparse

import json5

from .paths import SCHEMA_FILE

MODELINE = "# yaml-language-server: $schema="
# A modeline and the schema it names, as the yaml-language-server reads them (modelineUtil.js):
# a comment beginning "yaml-language-server:" or "$schema:", the schema up to the first blank
_MODELINE = re.compile(r"#\s+(?:yaml-language-server\s*:|\$schema:)")
_NAMED = re.compile(r"\$schema(?:=|:[^\S\r\n]*)(\S+)")
WORKSPACE_SETTINGS = Path(".vscode") / "settings.json"
# the pieces of a glob as the yaml-language-server reads them (picomatch)
_GLOB_PIECES = re.compile(r"\*\*/|\*\*|\*|\?|\{[^{}]*\}")


def modeline_for(target: Path) -> str | None:
    """The first line a new filing at ``target`` needs for the editor to find the schema,
    or None where its workspace's settings already map a schema onto it."""
    if workspace_maps(target):
        return None
    return MODELINE + SCHEMA_FILE.as_uri()


def named_schema(lines: list[str]) -> tuple[int, int, str] | None:
    """The schema a filing's modeline names, with where it is written (line and column,
    from 1): the first modeline among the comments and blank lines before its content, as
    the editor finds it; None without one."""
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if text and not text.startswith("#"):
            return None
        named = _NAMED.search(text) if _MODELINE.match(text) else None
        if named:
            return number, line.index(named[1]) + 1, named[1]
    return None


def missing_schema(named: str, folder: Path) -> bool:
    """Whether the schema a modeline of a filing in ``folder`` names (see :func:`named_schema`)
    is no file: a relative path gone stale when the filing moved, another machine's path.
    The editor then checks the filing against nothing. A schema named by a web address
    cannot be checked here."""
    if named.startswith("file://"):
        path = Path(unquote(urlparse(named).path))
    elif "://" in named:
        return False
    else:
        path = folder / unquote(named)
    return not path.is_file()


def workspace_maps(target: Path) -> bool:
    """Whether the nearest ``.vscode/settings.json`` above ``target`` maps a schema onto it
    (settings that cannot be read map nothing). The language server matches the globs with
    the file's address, percent-encoded: a glob written with Chinese or spaces
    (申报文件/**/*.yaml) maps nothing, while filings/** maps filings/2027年/x.yaml."""
    path = target.resolve()
    for folder in path.parents:
        settings = folder / WORKSPACE_SETTINGS
        if settings.is_file():
            return _matches(quote(path.relative_to(folder).as_posix()), _schema_globs(settings))
    return False


def _schema_globs(settings: Path) -> list[str]:
    """Every glob that the ``yaml.schemas`` setting of ``settings`` maps a schema onto (the
    file is JSON with comments and trailing commas, as VS Code writes and reads it)."""
    try:
        mapping = json5.loads(settings.read_text(encoding="utf-8")).get("yaml.schemas", {})
    except (OSError, ValueError, AttributeError):  # unreadable, not JSON, not an object
        return []
    globs: list[str] = []
    for patterns in mapping.values() if isinstance(mapping, dict) else ():
        globs.extend(p for p in ([patterns] if isinstance(patterns, str) else patterns) if isinstance(p, str))
    return globs


def _matches(relative: str, globs: list[str]) -> bool:
    """Whether the path ``relative`` to the workspace matches the globs as the language server
    matches them: a glob may match below any folder, and one starting with ! excludes."""
    def any_match(patterns: list[str]) -> bool:
        return any(re.fullmatch("(?:.*/)?" + _glob_regex(p.lstrip("/")), relative) for p in patterns)
    return (any_match([g for g in globs if not g.startswith("!")])
            and not any_match([g[1:] for g in globs if g.startswith("!")]))


def _glob_regex(glob: str) -> str:
    """A glob (``filings/**/*.yaml``, ``*.{yaml,yml}``) as a regular expression."""
    pieces, end = [], 0
    for match in _GLOB_PIECES.finditer(glob):
        pieces.append(re.escape(glob[end:match.start()]))
        piece = match[0]
        if piece.startswith("{"):
            pieces.append("(?:" + "|".join(re.escape(choice) for choice in piece[1:-1].split(",")) + ")")
        else:
            pieces.append({"**/": "(?:[^/]*/)*", "**": ".*", "*": "[^/]*", "?": "[^/]"}[piece])
        end = match.end()
    return "".join(pieces) + re.escape(glob[end:])
