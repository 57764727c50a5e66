"""A filing whose modeline sends the editor to a schema that is not there (JX013)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..codes import READING, Code
from ..editor_schema import missing_schema, named_schema
from ..findings import WARNING, Finding, Location
from .registry import Context, check


@check(Code("JX013", WARNING, "编辑器找不到 schema",
            "文件开头的“# yaml-language-server: $schema=…”（或“# $schema: …”）指给编辑器的 schema 文件不存在"
            "（文件挪过地方，或是别人电脑上的路径）：编辑器这时什么也不检查，连写错的键都不提示。", step=READING))
def schema_the_editor_cannot_find(ctx: Context) -> Iterator[Finding]:
    """A modeline naming a schema file that does not exist, seen from the filing's folder."""
    source = Path(ctx.document.name)
    modeline = named_schema(ctx.document.lines)
    if modeline is None or not source.is_file():  # read from git or from bytes: no folder to look from
        return
    line, column, named = modeline
    if missing_schema(named, source.parent):
        where = "第一行" if line == 1 else f"第 {line} 行"
        yield Finding("JX013", WARNING, f"{where}指给编辑器的 schema「{named}」不存在，编辑器因此什么也不检查",
                      Location(ctx.document.name, line, column),
                      "仓库的 .vscode/settings.json 已指定 schema 时删掉这一行；否则用 jixiao new 新建一份，照它的第一行写")
