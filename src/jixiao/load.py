"""Load a filing: bytes → plain Python values, keeping where every node came from.

The YAML is read with a loader of our own built on PyYAML's composer:

* every scalar stays the text the user typed (``20.00`` stays ``"20.00"``,
  ``216001`` stays ``"216001"``, ``1:30`` stays ``"1:30"``); the schema later says
  what it is, and the model turns amounts into ``Decimal`` from that text; a quoted or
  block scalar is :class:`Text`, which is never a number or a boolean;
* a plain empty scalar, ``~`` or ``null`` is ``None``;
* duplicate keys, anchors and aliases, tags and directives are refused;
* input that is not UTF-8, too large, too deeply nested, or that holds invisible or
  direction-changing characters is refused with a located message.

The result is a :class:`Document`: the values plus a path → :class:`Location` index
(``("项目", 3, "财政资金") → 41:7``) that every later message uses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent, DocumentStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from .findings import ERROR, FilingError, Finding, Location
from .oserrors import os_error_text
from .yaml_messages import explain_yaml_error

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})

# Characters that hide or reorder text on screen: bidirectional controls, zero-width
# characters, line and paragraph separators, Unicode tag characters ("language tags"),
# and other format controls.
_HIDDEN = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")  # lines as YAML and editors count them
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


@dataclass
class Document:
    """A loaded filing: its values, its source lines and where each value came from."""

    name: str
    data: object
    lines: list[str]
    value_locations: dict[tuple, Location] = field(default_factory=dict)
    key_locations: dict[tuple, Location] = field(default_factory=dict)

    def locate(self, path: tuple) -> Location:
        """Where the value at ``path`` was written, or its nearest written ancestor."""
        path = tuple(path)
        while path not in self.value_locations and path:
            path = path[:-1]
        return self.value_locations.get(path, Location(self.name, 1, 1))

    def locate_key(self, path: tuple) -> Location:
        """Where the key of the entry at ``path`` was written (its value's place otherwise)."""
        return self.key_locations.get(tuple(path)) or self.locate(path)


class Text(str):
    """A scalar written in quotes or as a ``|`` / ``>`` block: text, never a number or a
    boolean (as in YAML 1.2, which the editor follows: ``"12.8"`` is text, ``12.8`` a number)."""


class _Refusal(Exception):
    def __init__(self, mark, message: str, hint: str, code: str):
        super().__init__(message)
        self.mark, self.message, self.hint, self.code = mark, message, hint, code


class _TextResolver(BaseResolver):
    """Resolves nothing implicitly: every scalar is text until the schema says otherwise."""


class _StrictComposer(Composer):
    """PyYAML's composer, refusing anchors, aliases, tags and deep nesting."""

    def compose_document(self):
        event = self.peek_event()
        if isinstance(event, DocumentStartEvent) and event.explicit and (event.version or event.tags):
            raise _Refusal(event.start_mark, "不支持 YAML 指令（%YAML、%TAG）",
                           "删除以 % 开头的那一行", "JX006")
        self._depth = 0
        return super().compose_document()

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Refusal(event.start_mark, "不支持别名（*名字）",
                           "把要重复的内容直接写出来，不要用 & 和 *", "JX005")
        if event.anchor is not None:
            raise _Refusal(event.start_mark, "不支持锚点（&名字）",
                           "把要重复的内容直接写出来，不要用 & 和 *", "JX005")
        tag = getattr(event, "tag", None)
        if tag is not None and not (isinstance(event, ScalarEvent) and tag == "!"):
            raise _Refusal(event.start_mark, "不支持 YAML 标签（以 ! 开头）",
                           "删除以 ! 开头的标签，直接写值", "JX006")
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refusal(event.start_mark, f"嵌套层次太深（超过 {MAX_DEPTH} 层）",
                           "申报文件不需要这么多层缩进，请检查缩进", "JX007")
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _FilingLoader(Reader, Scanner, Parser, _StrictComposer, _TextResolver):
    def __init__(self, text: str):
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        _StrictComposer.__init__(self)
        _TextResolver.__init__(self)


def load_file(path: Path | str, name: str | None = None) -> Document:
    """Read and load the filing at ``path``; raise :class:`FilingError` if it cannot be read."""
    path = Path(path)
    name = name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FilingError([Finding("JX001", ERROR, f"无法读取文件：{os_error_text(exc)}",
                                   Location(name, 1, 1))]) from None
    return load_bytes(raw, name)


def load_bytes(raw: bytes, name: str) -> Document:
    """Load a filing from its bytes; ``name`` is the file name used in messages."""
    text = _decode(raw, name)
    lines = _LINE.findall(text) or [""]
    try:
        return _load_text(text, lines, name)
    except FilingError as error:
        error.lines = lines
        raise


def _load_text(text: str, lines: list[str], name: str) -> Document:
    _refuse_hidden_characters(lines, name)
    try:
        loader = _FilingLoader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except _Refusal as refusal:
        raise FilingError([Finding(refusal.code, ERROR, refusal.message,
                                   _mark_location(name, refusal.mark), refusal.hint)]) from None
    except yaml.MarkedYAMLError as exc:
        explained = explain_yaml_error(exc, lines)
        raise FilingError([Finding("JX004", ERROR, explained.message,
                                   Location(name, explained.line, explained.column), explained.hint)]) from None
    except yaml.YAMLError as exc:  # unmarked reader errors
        raise FilingError([Finding("JX004", ERROR, f"YAML 无法读取：{exc}", Location(name, 1, 1))]) from None
    document = Document(name, None, lines)
    if root is None:
        raise FilingError([Finding("JX008", ERROR, "文件是空的", Location(name, 1, 1),
                                   "从 filings/ 里的示例复制一份开始")])
    if not isinstance(root, MappingNode):
        raise FilingError([Finding("JX008", ERROR, "文件的最外层应是“键: 值”的映射",
                                   _mark_location(name, root.start_mark),
                                   "文件应以“版式: 河北”这样的行开始")])
    findings: list[Finding] = []
    document.data = _build(root, (), document, findings)
    if findings:
        raise FilingError(findings)
    return document


def _decode(raw: bytes, name: str) -> str:
    if len(raw) > MAX_BYTES:
        raise FilingError([Finding("JX002", ERROR,
                                   f"文件太大（{len(raw)} 字节，上限 {MAX_BYTES} 字节）",
                                   Location(name, 1, 1), "一份申报文件不会这么大，请检查是否粘贴了多余内容")])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start: exc.start].decode("utf-8", "replace")) + 1
        raise FilingError([Finding(
            "JX003", ERROR, "文件不是 UTF-8 编码", Location(name, line, column),
            "用编辑器把文件另存为 UTF-8（VS Code：右下角点编码 → 通过编码保存 → UTF-8）")]) from None


def _refuse_hidden_characters(lines: list[str], name: str) -> None:
    findings = []
    for number, line in enumerate(lines, start=1):
        for match in _HIDDEN.finditer(line):
            ch = match.group()
            findings.append(Finding(
                "JX009", ERROR,
                f"文件含有看不见的字符 U+{ord(ch):04X}（{unicodedata.name(ch, '控制字符')}），"
                "它会向审核人隐藏或颠倒文字",
                Location(name, number, match.start() + 1), "删除这个字符后重新输入这段文字"))
        for match in _CONTROL.finditer(line):
            ch = match.group()
            findings.append(Finding(
                "JX009", ERROR, f"文件含有控制字符 U+{ord(ch):04X}",
                Location(name, number, match.start() + 1), "删除这个字符"))
    if findings:
        raise FilingError(findings[:50])


def _mark_location(name: str, mark) -> Location:
    if mark is None:
        return Location(name, 1, 1)
    return Location(name, mark.line + 1, mark.column + 1)


def _build(node: Node, path: tuple, document: Document, findings: list[Finding]):
    """Turn a composed node into plain values, recording locations and duplicate keys."""
    document.value_locations[path] = _mark_location(document.name, node.start_mark)
    if isinstance(node, ScalarNode):
        if node.style is not None:
            return Text(node.value)
        return None if node.value in NULL_WORDS else node.value
    if isinstance(node, SequenceNode):
        return [_build(item, path + (i,), document, findings) for i, item in enumerate(node.value)]
    mapping: dict[str, object] = {}
    for key_node, value_node in node.value:
        key_location = _mark_location(document.name, key_node.start_mark)
        if not isinstance(key_node, ScalarNode) or key_node.value in NULL_WORDS and key_node.style is None:
            findings.append(Finding("JX010", ERROR, "键应是一段文字", key_location,
                                    "键写在冒号前面，例如“名称: …”"))
            continue
        key = key_node.value
        if key == "<<" and key_node.style is None:
            findings.append(Finding("JX005", ERROR, "不支持合并键（<<）", key_location,
                                    "把要重复的内容直接写出来"))
            continue
        if key in mapping:
            first = document.key_locations[path + (key,)]
            findings.append(Finding(
                "JX011", ERROR, f"键「{key}」重复出现（第一次在第 {first.line} 行）", key_location,
                "同一层里每个键只能写一次：删除或合并其中一处，否则后写的会悄悄覆盖先写的"))
            continue
        document.key_locations[path + (key,)] = key_location
        mapping[key] = _build(value_node, path + (key,), document, findings)
    return mapping
