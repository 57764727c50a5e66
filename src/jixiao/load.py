"""Load a filing: bytes → plain Python values, keeping where every node came from.

The YAML is parsed by libyaml (PyYAML's own parser when libyaml refuses a file, for its
messages) and its events are built into values by a builder of our own:

* every scalar stays the text the user typed (``20.00`` stays ``"20.00"``,
  ``216001`` stays ``"216001"``, ``1:30`` stays ``"1:30"``); the schema later says
  what it is, and the model turns amounts into ``Decimal`` from that text; a quoted or
  block scalar is :class:`Text`, which is never a number or a boolean;
* a plain empty scalar, ``~`` or ``null`` is ``None``;
* duplicate keys, anchors and aliases, tags and directives are refused;
* input that is not UTF-8, too large, too deeply nested, or that holds invisible or
  direction-changing characters is refused with a located message, whether they are
  typed or written as an escape in double quotes (``"\\u202e"``), where a lone UTF-16
  surrogate (``"\\ud800"``) is refused too.

The result is a :class:`Document`: the values plus a path → :class:`Location` index
(``("项目", 3, "财政资金") → 41:7``) that every later message uses.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.composer import ComposerError
from yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                         SequenceStartEvent, StreamEndEvent)
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

from .findings import ERROR, WARNING, FilingError, Finding, Location
from .oserrors import os_error_text
from .unseen import CONTROL, HIDDEN, LOST, SURROGATE, chinese_name
from .yaml_messages import BLANK_IN_A_KEY, Explanation, explain_yaml_error, look_alike_blank, why_not_a_mapping

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
_PLAIN = (None, "")  # a plain scalar's style: None from PyYAML's parser, "" from libyaml's

# How to start a filing in an empty file (`jixiao new` does not overwrite a file, even an empty one).
_STARTING_A_FILING = ("先删掉这个空文件，再运行 jixiao new 文件名.yaml 生成一份起始文件"
                      "（湖南版、新疆版加 --layout 湖南 或 --layout 新疆），或从 filings/ 里的示例复制一份")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")  # lines as YAML and editors count them
_TEXT_LIKE_COMMENT = re.compile(r"[ \t]+#([^\s#].*)")  # after a value: " #1号楼…", not " # 注释" nor " ##"
_REFUSED_TYPED = re.compile(f"{HIDDEN.pattern}|{CONTROL.pattern}|{LOST}")
_REFUSED = re.compile(f"{_REFUSED_TYPED.pattern}|{SURROGATE.pattern}")


@dataclass
class Document:
    """A loaded filing: its values, its source lines and where each value came from."""

    name: str
    data: object
    lines: list[str]
    # (1-based line, 1-based column) by path: Locations are made only for the few asked for
    value_positions: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    cut_by_comments: list[Finding] = field(default_factory=list)  # plain texts a "#" cut short (JX014 judges them)
    joined_lines: list[tuple[tuple, int, int]] = field(default_factory=list)  # (path, first, last line) of plain texts over lines
    block_texts: list[tuple[tuple, int, int]] = field(default_factory=list)  # (path, first, last line) of | and > texts

    def locate(self, path: tuple) -> Location:
        """Where the value at ``path`` was written, or its nearest written ancestor."""
        path = tuple(path)
        while path not in self.value_positions and path:
            path = path[:-1]
        return Location(self.name, *self.value_positions.get(path, (1, 1)))

    def locate_key(self, path: tuple) -> Location:
        """Where the key of the entry at ``path`` was written (its value's place otherwise)."""
        position = self.key_positions.get(tuple(path))
        return Location(self.name, *position) if position else self.locate(path)

    def locate_text(self, path: tuple, text: str, nth: int = 0) -> Location:
        """Where ``text`` is written (the ``nth`` time, from 0) within the value at ``path``:
        the line of a ``|`` block or a list that has it. The value's place when it is not
        written there as it is (split by a line break, say)."""
        start = self.locate(path)
        key = self.key_positions.get(tuple(path))
        indent = _indentation(self.lines[(key or (start.line, 0))[0] - 1])
        for number in range(start.line, len(self.lines) + 1):
            line = self.lines[number - 1]
            ends_value = _indentation(line) < indent or _indentation(line) == indent and not line.lstrip().startswith("- ")
            if number > start.line and line.strip() and ends_value:
                break
            column = line.find(text, start.column - 1 if number == start.line else 0)
            while column >= 0:
                if nth == 0:
                    return Location(self.name, number, column + 1)
                nth -= 1
                column = line.find(text, column + len(text))
        return start


def _indentation(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class Text(str):
    """A scalar written in quotes or as a ``|`` / ``>`` block: text, never a number or a
    boolean (as in YAML 1.2, which the editor follows: ``"12.8"`` is text, ``12.8`` a number)."""


class _Refusal(Exception):
    def __init__(self, mark, message: str, hint: str, code: str):
        super().__init__(message)
        self.mark, self.message, self.hint, self.code = mark, message, hint, code


class _PythonParser(Reader, Scanner, Parser):
    """PyYAML's pure-Python reader, scanner and parser: slow, but its error messages are
    the ones :mod:`jixiao.yaml_messages` explains."""

    def __init__(self, text: str):
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)


def _parsers() -> tuple:
    """The parsers to try in turn: libyaml's (seven times faster), when PyYAML was built
    with it, then PyYAML's own, which reads a file that libyaml refuses again so that
    the message is the one explained in Chinese."""
    try:
        from yaml.cyaml import CParser
    except ImportError:
        return (_PythonParser,)
    return CParser, _PythonParser


_PARSERS = _parsers()


class _Builder:
    """Builds plain values straight from a parser's events, recording where each value
    and key was written, refusing anchors, aliases, tags, directives and deep nesting,
    and collecting findings for keys that are not text, merge keys and duplicate keys."""

    def __init__(self, parser, document: Document):
        self.parser, self.document, self.findings = parser, document, []

    def build(self):
        """The value of the stream's single document (``_EMPTY`` when there is none)."""
        parser = self.parser
        parser.get_event()  # stream start
        if parser.check_event(StreamEndEvent):
            return _EMPTY
        start = parser.get_event()
        if start.explicit and (start.version or start.tags):
            raise _Refusal(start.start_mark, "不支持 YAML 指令（%YAML、%TAG）", "删除以 % 开头的那一行", "JX006")
        root = parser.peek_event()
        if not isinstance(root, MappingStartEvent) or root.anchor is not None:
            self._node((), 1)  # refuses an anchor or a tag first
            raise _Refusal(root.start_mark, "文件的最外层应是一组“键: 值”", "文件应以“版式: 河北”这样的行开始", "JX008")
        value = self._node((), 1)
        parser.get_event()  # document end
        if not parser.check_event(StreamEndEvent):
            raise ComposerError("expected a single document in the stream", start.start_mark,
                                "but found another document", parser.get_event().start_mark)
        return value

    def _node(self, path: tuple, depth: int):
        event = self.parser.get_event()
        _refuse(event, depth)
        self.document.value_positions[path] = (event.start_mark.line + 1, event.start_mark.column + 1)
        if isinstance(event, ScalarEvent):
            self._check_escapes(event)
            if event.style not in _PLAIN:
                if event.style in "|>":  # its text starts on the line after the | and ends before end_mark's
                    self.document.block_texts.append((path, event.start_mark.line + 2, event.end_mark.line))
                return Text(event.value)
            self._check_comment_after(event, path)
            if event.end_mark.line > event.start_mark.line and event.value:  # YAML joins the lines with a space
                self.document.joined_lines.append((path, event.start_mark.line + 1, event.end_mark.line + 1))
            return None if event.value in NULL_WORDS else event.value
        if isinstance(event, SequenceStartEvent):
            items = []
            while not self.parser.check_event(SequenceEndEvent):
                items.append(self._node(path + (len(items),), depth + 1))
            self.parser.get_event()
            return items
        mapping: dict[str, object] = {}
        while not self.parser.check_event(MappingEndEvent):
            self._entry(mapping, path, depth)
        self.parser.get_event()
        return mapping

    def _entry(self, mapping: dict, path: tuple, depth: int) -> None:
        """Read one key and its value into ``mapping``."""
        key_event = self.parser.peek_event()
        _refuse(key_event, depth + 1)
        position = (key_event.start_mark.line + 1, key_event.start_mark.column + 1)
        problem = self._key_problem(key_event, mapping, path)
        blank = BLANK_IN_A_KEY.search(key_event.value) if isinstance(key_event, ScalarEvent) else None
        if blank and key_event.style in _PLAIN:  # {名称:\u00a0宣传次数, …}: a key that swallowed its value
            self.findings.append(_finding(self.document.name, look_alike_blank(
                self.document.lines, position[0], position[1] + blank.start(1))))
            self._skip()  # the key
            self._skip()  # its value
            return
        if problem:
            self.findings.append(Finding(problem[0], ERROR, problem[1], Location(self.document.name, *position),
                                         problem[2]))
            self._skip()  # the key
            self._skip()  # its value
            return
        self._check_escapes(key_event)
        key = self.parser.get_event().value
        self.document.key_positions[path + (key,)] = position
        mapping[key] = self._node(path + (key,), depth + 1)

    def _check_escapes(self, event: ScalarEvent) -> None:
        """Find the escapes of a double-quoted scalar that write a character refused when typed."""
        if event.style != '"' or not _REFUSED.search(event.value):
            return
        for escape, character, line, column in _escapes(self.document.lines, event.start_mark):
            problem = _escape_problem(escape, character)
            if problem:
                self.findings.append(Finding("JX009", ERROR, problem[0], Location(self.document.name, line, column),
                                             problem[1]))

    def _check_comment_after(self, event: ScalarEvent, path: tuple) -> None:
        """Note a comment right after a plain text, begun with "#" and a character that is no
        blank and no "#" (用途: 购置设备 #1号楼维修费用): it was meant as the value's text.
        A template's aligned comments (``# 注释``) are not noted."""
        lines = self.document.lines
        match = event.end_mark.line < len(lines) and _TEXT_LIKE_COMMENT.match(lines[event.end_mark.line],
                                                                               event.end_mark.column)
        if match:  # (an empty value at the end of the file ends after its last line)
            read = f"这一项只读到「{event.value}」" if event.value else "这一项读到的是空值"
            comment = " ".join(match.group(1).split())
            self.document.cut_by_comments.append(Finding(
                "JX014", WARNING, f"「#」和后面的「{comment}」被当作注释，不会印出来：{read}",
                Location(self.document.name, event.end_mark.line + 1, match.start(1)),
                "# 是多打的就删掉它；要在文字里写 #，把整段文字加上引号，或把 # 改成全角的 ＃ 或“号”字", path=path))

    def _key_problem(self, key_event, mapping: dict, path: tuple) -> tuple[str, str, str] | None:
        """(code, message, hint) for a key that is not text, a merge key or a repeated key."""
        plain = isinstance(key_event, ScalarEvent) and key_event.style in _PLAIN
        if not isinstance(key_event, ScalarEvent) or plain and key_event.value in NULL_WORDS:
            return "JX010", "键应是一段文字", "键写在冒号前面，例如“名称: …”"
        if plain and key_event.value == "<<":
            return "JX005", "不支持合并键（<<）", "把要重复的内容直接写出来"
        if key_event.value in mapping:
            first = self.document.locate_key(path + (key_event.value,))
            hint = "同一层里每个键只能写一次：删除或合并其中一处，否则后写的会悄悄覆盖先写的"
            if path and isinstance(path[-1], int) and key_event.value == next(iter(mapping)):
                hint = (f"若这里是列表的下一项，在「{key_event.value}:」前加「- 」，与第 {first.line} 行那一项对齐；"
                        "否则删除或合并其中一处（后写的会悄悄覆盖先写的）")
            return "JX011", f"键「{key_event.value}」重复出现（第一次在第 {first.line} 行）", hint
        return None

    def _skip(self) -> None:
        """Consume one node's events without building it."""
        open_collections = 0
        while True:
            event = self.parser.get_event()
            _refuse(event, 0)
            if isinstance(event, (SequenceStartEvent, MappingStartEvent)):
                open_collections += 1
            elif isinstance(event, (SequenceEndEvent, MappingEndEvent)):
                open_collections -= 1
            if open_collections == 0:
                return


_EMPTY = object()


def _refuse(event, depth: int) -> None:
    """Refuse aliases, anchors, tags and nesting deeper than :data:`MAX_DEPTH`."""
    if isinstance(event, AliasEvent):
        raise _Refusal(event.start_mark, "不支持别名（*名字）", "把要重复的内容直接写出来，不要用 & 和 *", "JX005")
    if getattr(event, "anchor", None) is not None:
        raise _Refusal(event.start_mark, "不支持锚点（&名字）", "把要重复的内容直接写出来，不要用 & 和 *", "JX005")
    tag = getattr(event, "tag", None)
    if tag is not None and not (isinstance(event, ScalarEvent) and tag == "!"):
        raise _Refusal(event.start_mark, "不支持 YAML 标签（以 ! 开头）", "删除以 ! 开头的标签，直接写值", "JX006")
    if depth > MAX_DEPTH:
        raise _Refusal(event.start_mark, f"嵌套层次太深（超过 {MAX_DEPTH} 层）",
                       "申报文件不需要这么多层缩进，请检查缩进", "JX007")


def _escapes(lines: list[str], start_mark):
    """(escape as written, the character it writes, 1-based line and column) of each
    escape of the double-quoted scalar whose opening quote is at ``start_mark``."""
    number, i = start_mark.line, start_mark.column + 1
    while number < len(lines):
        text = lines[number]
        while i < len(text) and text[i] != '"':
            if text[i] != "\\" or i + 1 == len(text) or text[i + 1] in "\r\n":  # "\\" then a line break joins lines
                i += 1
                continue
            code = text[i + 1]
            written = text[i: i + 2 + Scanner.ESCAPE_CODES.get(code, 0)]
            if code in Scanner.ESCAPE_CODES:
                value = int(written[2:], 16)
                character = chr(value) if value <= sys.maxunicode else ""  # "" for "\U00110000"
            else:
                character = Scanner.ESCAPE_REPLACEMENTS.get(code, code)
            yield written, character, number + 1, i + 1
            i += len(written)
        if i < len(text):
            return
        number, i = number + 1, 0


def _escape_problem(escape: str, character: str) -> tuple[str, str] | None:
    """(message, hint) for an escape that writes a character refused when typed, or None."""
    hint = "删掉这个转义；要写的文字直接打出来，不用反斜杠转义"
    if not character:
        return f"双引号文字里的转义「{escape}」超出了 Unicode 的范围，不是一个字符", hint
    if SURROGATE.fullmatch(character):
        return (f"双引号文字里的转义「{escape}」不是一个完整的字符：U+{ord(character):04X} 是 UTF-16 代理对的一半，"
                "不能单独出现", hint)
    problem = _character_problem(character)
    return (f"双引号文字里的转义「{escape}」写出了{problem[0]}", hint) if problem else None


def _character_problem(character: str) -> tuple[str, str] | None:
    """(what it is, how to mend it) for a character refused in a filing, or None."""
    if HIDDEN.fullmatch(character):
        return (f"看不见的字符 U+{ord(character):04X}（{chinese_name(character)}），"
                "它会向审核人隐藏或颠倒文字", "删除这个字符后重新输入这段文字")
    if CONTROL.fullmatch(character):
        name = chinese_name(character)
        return f"控制字符 U+{ord(character):04X}" + (f"（{name}）" if name != "控制字符" else ""), "删除这个字符"
    if character == LOST:
        return (f"替换字符 U+FFFD（{LOST}）：这里原来的字在转换编码时丢失了",
                f"对照原稿把丢失的字重新打出来，并删掉 {LOST}")
    return None


def _build_document(text: str, document: Document) -> list[Finding]:
    """Fill ``document`` from ``text`` with the first parser that reads it; return the
    findings about its keys."""
    for parser_class in _PARSERS:
        parser = parser_class(text)
        try:
            builder = _Builder(parser, document)
            document.data = builder.build()
            return builder.findings
        except yaml.YAMLError:
            if parser_class is _PARSERS[-1]:
                raise
            document.value_positions.clear()
            document.key_positions.clear()
            document.cut_by_comments.clear()
            document.joined_lines.clear()
            document.block_texts.clear()
        except ValueError:  # PyYAML's scanner calls chr() on "\\U00110000", which libyaml refuses
            mark = parser.get_mark()  # at the escape's digits
            escape = document.lines[mark.line][mark.column - 2: mark.column + 8]
            raise _Refusal(yaml.Mark("", 0, mark.line, mark.column - 2, None, None),
                           *_escape_problem(escape, ""), "JX009") from None
        finally:
            parser.dispose()


def load_file(path: Path | str, name: str | None = None) -> Document:
    """Read and load the filing at ``path``; raise :class:`FilingError` if it cannot be read."""
    path = Path(path)
    name = name or str(path)
    try:
        raw = read_limited(path)
    except OSError as exc:
        raise FilingError([Finding("JX001", ERROR, f"无法读取文件：{os_error_text(exc)}",
                                   Location(name, 1, 1))]) from None
    return load_bytes(raw, name)


def read_limited(path: Path) -> bytes:
    """The bytes of the file at ``path``, no more than ``MAX_BYTES + 1`` (enough to tell that
    it is too large), so that an endless input (a pipe, ``/dev/zero``) is not read to its
    end. A named pipe that nobody writes to reads as empty instead of waiting for a writer;
    a device (``/dev/urandom``, a terminal) is refused with ``ENODEV``."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as file:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            raise OSError(errno.ENODEV, "a device, not a file", str(path))
        os.set_blocking(descriptor, True)
        return file.read(MAX_BYTES + 1)


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
    document = Document(name, None, lines)
    try:
        findings = _build_document(text, document)
    except _Refusal as refusal:
        explained = why_not_a_mapping(lines) if refusal.code == "JX008" else None  # 年度:\u30002027, 版式：新疆
        if explained:
            raise FilingError([_finding(name, explained)]) from None
        raise FilingError([Finding(refusal.code, ERROR, refusal.message,
                                   _mark_location(name, refusal.mark), refusal.hint)]) from None
    except yaml.MarkedYAMLError as exc:
        raise FilingError([_finding(name, explain_yaml_error(exc, lines))]) from None
    except yaml.YAMLError as exc:  # unmarked reader errors
        raise FilingError([Finding("JX004", ERROR, f"YAML 无法读取：{exc}", Location(name, 1, 1))]) from None
    if document.data is _EMPTY:
        raise FilingError([Finding("JX008", ERROR, "文件是空的", Location(name, 1, 1), _STARTING_A_FILING)])
    if findings:
        raise FilingError(findings)
    return document


# The first bytes of the files a clerk may give by mistake: the built PDF, a Word or Excel
# file (a zip since 2007, an OLE compound file before), an archive.
_NOT_FILINGS = ((b"%PDF", "PDF 文件", "PDF 是 jixiao build 生成的，要改的是同名的 .yaml 文件"),
                (b"PK\x03\x04", "Word、Excel 或 zip 压缩文件", "在 filings/ 里找到 .yaml 申报文件，用文本编辑器打开"),
                (b"\xd0\xcf\x11\xe0", "Word 或 Excel 文件（.doc、.xls）", "在 filings/ 里找到 .yaml 申报文件，用文本编辑器打开"),
                (b"Rar!", "rar 压缩文件", "先解压，再给出其中的 .yaml 申报文件"))


def _decode(raw: bytes, name: str) -> str:
    for start, kind, hint in _NOT_FILINGS:
        if raw.startswith(start):
            raise FilingError([Finding("JX012", ERROR, f"这是一个 {kind}，不是 YAML 申报文件", Location(name, 1, 1), hint)])
    if len(raw) > MAX_BYTES:
        raise FilingError([Finding("JX002", ERROR, f"文件太大（超过上限 {MAX_BYTES} 字节）",
                                   Location(name, 1, 1), "一份申报文件不会这么大，请检查是否粘贴了多余内容")])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    utf16 = _utf16(raw)
    if utf16:
        message, hint = utf16
        raise FilingError([Finding("JX003", ERROR, message, Location(name, 1, 1), hint)])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start: exc.start].decode("utf-8", "replace")) + 1
        where = Location(name, line, column)
        replaced = raw.decode("utf-8", "replace")
        if _stray_bytes(replaced):  # an editor's slip, a file joined from two: show the line
            raise FilingError([Finding(
                "JX003", ERROR, f"这里有一个字节（0x{raw[exc.start]:02X}）不是 UTF-8 编码，显示为 {LOST}；文件的其余部分是 UTF-8",
                where, f"删掉 {LOST}；若这里少了字，对照原稿补上")], _LINE.findall(replaced)) from None
        raise FilingError([Finding(
            "JX003", ERROR, "文件不是 UTF-8 编码", where,
            "先按原来的编码打开，再另存为 UTF-8（VS Code：右下角点编码 → 通过编码重新打开 → GB 18030，"
            "看到中文正常显示后，再点编码 → 通过编码保存 → UTF-8）；直接“通过编码保存”会把乱码存进文件")]) from None


# UTF-16 by its byte order mark, as Windows Notepad saves a text as "Unicode" (its newer
# versions call it UTF-16 LE), or as "Unicode big endian": (mark, name, Notepad's names)
_UTF16_MARKS = ((b"\xff\xfe", "UTF-16 LE", "“Unicode”或“UTF-16 LE”"), (b"\xfe\xff", "UTF-16 BE", "“Unicode big endian”或“UTF-16 BE”"))


def _utf16(raw: bytes) -> tuple[str, str] | None:
    """The message and the hint for a file in UTF-16, known by its byte order mark (not a
    UTF-32 one, which begins alike) or by the zero bytes of its ASCII characters, and read
    as UTF-16 into a text with a key's colon in it; None for any other file."""
    for mark, encoding, notepad in _UTF16_MARKS:
        if raw.startswith(mark) and not raw.startswith(b"\xff\xfe\x00\x00") and _reads_as(raw[2:], encoding):
            return (f"文件是 {encoding} 编码（记事本里叫{notepad}），不是 UTF-8",
                    "另存为 UTF-8：记事本里点“文件 → 另存为”，编码选 UTF-8；VS Code 里点右下角的编码 → 通过编码保存 → UTF-8")
    encoding = _utf16_without_mark(raw)
    if encoding and _reads_as(raw, encoding):
        return (f"文件是不带字节顺序标记（BOM）的 {encoding} 编码，不是 UTF-8",
                f"VS Code：右下角点编码 → 通过编码重新打开 → {encoding}，看到中文正常显示后，再点编码 → 通过编码保存 → UTF-8")
    return None


def _utf16_without_mark(raw: bytes) -> str | None:
    """``UTF-16 LE`` or ``UTF-16 BE`` for bytes that look like UTF-16 without a byte order
    mark: its ASCII characters (colons, spaces, line ends: a quarter of a filing's
    characters at least) put a zero byte after (LE) or before (BE) each of theirs, and
    few other characters have one (一 U+4E00 has), where a text in UTF-8 or GBK has none."""
    if len(raw) % 2:
        return None
    for zeros, others, encoding in ((raw[1::2], raw[0::2], "UTF-16 LE"), (raw[0::2], raw[1::2], "UTF-16 BE")):
        if zeros.count(0) * 4 >= len(zeros) > 0 and others.count(0) * 4 < zeros.count(0):
            return encoding
    return None


def _reads_as(raw: bytes, encoding: str) -> bool:
    """Whether ``raw`` reads in ``encoding`` (``UTF-16 LE``) as a text with a key's colon."""
    try:
        return ":" in raw.decode(encoding.replace(" ", "-"))
    except UnicodeDecodeError:
        return False


def _stray_bytes(replaced: str) -> bool:
    """Whether a text decoded from UTF-8 with replacement characters is a UTF-8 text with a
    byte or three that are not (rather than a text in GBK): more non-ASCII characters decoded."""
    bad = replaced.count(LOST)
    return bad <= 3 and sum(1 for ch in replaced if ord(ch) > 0x7F) - bad > bad


_HIDDEN_LISTED = 50  # characters refused one by one; the rest are counted in one finding


def _refuse_hidden_characters(lines: list[str], name: str) -> None:
    findings = []
    for number, line in enumerate(lines, start=1):
        for match in _REFUSED_TYPED.finditer(line):
            problem, hint = _character_problem(match.group())
            findings.append(Finding("JX009", ERROR, "文件含有" + problem, Location(name, number, match.start() + 1), hint))
    if len(findings) > _HIDDEN_LISTED:
        rest = len(findings) - _HIDDEN_LISTED
        findings[_HIDDEN_LISTED:] = [Finding(
            "JX009", ERROR, f"从这里起还有 {rest} 处这样的字符未列出（只列出前 {_HIDDEN_LISTED} 处）",
            findings[_HIDDEN_LISTED].location,
            "这类字符多半是从网页或其他文件整段粘贴进来的：用编辑器的“查找和替换”删掉它们，或重新输入这些文字")]
    if findings:
        raise FilingError(findings)


def _finding(name: str, explained: Explanation) -> Finding:
    """The JX004 finding of an explained syntax error."""
    return Finding("JX004", ERROR, explained.message, Location(name, explained.line, explained.column), explained.hint)


def _mark_location(name: str, mark) -> Location:
    if mark is None:
        return Location(name, 1, 1)
    return Location(name, mark.line + 1, mark.column + 1)
