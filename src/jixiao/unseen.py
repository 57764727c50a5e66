"""Characters a reader cannot see, or cannot tell from an ordinary space, with their
Chinese names: the loader refuses or explains them, a report quoting a source line shows
them as ``⟨U+202E⟩`` (instead of letting them hide, reorder or act on the terminal), and
``jixiao diff`` shows them by name (``⟨U+00A0 不间断空格⟩``) where a change would
otherwise look like no change at all.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator

# Characters that hide or reorder text on screen: bidirectional controls, zero-width
# characters, line and paragraph separators, Unicode tag characters ("language tags"),
# and other format controls.
HIDDEN = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
SURROGATE = re.compile("[\ud800-\udfff]")  # only an escape in double quotes can write one
LOST = "\ufffd"  # the replacement character: what a conversion of encodings leaves where it lost a character
# Every character a reader cannot tell apart on screen: the hidden ones, the controls, and
# every blank but the ordinary space and the line break.
UNSEEN = re.compile(rf"({HIDDEN.pattern}|{CONTROL.pattern}|[^\S \n])")

NAMES = {
    "\u00a0": "不间断空格", "\u3000": "全角空格", "\u202f": "窄不间断空格", "\t": "制表符", "\r": "回车符",
    "\u00ad": "软连字符", "\u061c": "阿拉伯字母标记", "\u180e": "蒙古文元音分隔符",
    "\u200b": "零宽空格", "\u200c": "零宽不连字", "\u200d": "零宽连字",
    "\u200e": "从左到右标记", "\u200f": "从右到左标记", "\u2028": "行分隔符", "\u2029": "段分隔符",
    "\u202a": "从左到右嵌入", "\u202b": "从右到左嵌入", "\u202c": "方向格式结束",
    "\u202d": "从左到右强制", "\u202e": "从右到左强制", "\u2060": "零宽不换行字连接符",
    "\u2066": "从左到右隔离", "\u2067": "从右到左隔离", "\u2068": "首个强方向隔离", "\u2069": "方向隔离结束",
    "\ufeff": "零宽不换行空格，即字节顺序标记 BOM",
    "\x00": "空字符", "\x07": "响铃", "\x08": "退格", "\x1b": "ESC 转义符", "\x7f": "删除",
    "\x85": "NEL 换行符", "\ufffe": "非字符", "\uffff": "非字符",
}
# Ranges named together: (first, last, name)
_RANGES = (("\u2061", "\u2064", "不可见数学运算符"), ("\u206a", "\u206f", "已弃用的格式控制符"),
           ("\ufff9", "\ufffb", "行间注释控制符"), ("\U000e0000", "\U000e007f", "标签字符"))


def chinese_name(character: str) -> str:
    """The Chinese name of a character of :data:`UNSEEN`: ``零宽空格``, ``从右到左强制``
    (a blank, a control or a format character without a name of its own by its kind)."""
    if character in NAMES:
        return NAMES[character]
    for first, last, name in _RANGES:
        if first <= character <= last:
            return name
    if character.isspace():
        return "空白字符"
    return "控制字符" if unicodedata.category(character) == "Cc" else "看不见的字符"


def character_name(character: str) -> str:
    """``U+00A0 不间断空格``: the code point and the Chinese name of a character."""
    return f"U+{ord(character):04X} {chinese_name(character)}"


_NOT_SHOWN = re.compile(f"{HIDDEN.pattern}|{CONTROL.pattern}")


def shown(text: str) -> str:
    """``text`` with each invisible or control character written as ``⟨U+202E⟩``, so that
    it neither hides, reorders nor acts on what a terminal shows around it (a quoted
    source line), and each Tab as ``⟨Tab⟩``, which a terminal would show as blanks as wide
    as it pleases, out of line with the caret under them."""
    return _NOT_SHOWN.sub(lambda match: f"⟨U+{ord(match.group()):04X}⟩", text).replace("\t", "⟨Tab⟩")


def unseen_runs(text: str) -> Iterator[tuple[str, bool]]:
    """``text`` in runs: ordinary text (False), and each unseen character's
    :func:`character_name` (True)."""
    for index, run in enumerate(UNSEEN.split(text)):
        if index % 2:
            yield character_name(run), True
        elif run:
            yield run, False


def named_unseen(text: str) -> str:
    """``text`` with each unseen character written as its name: ``⟨U+00A0 不间断空格⟩``."""
    return "".join(f"⟨{run}⟩" if named else run for run, named in unseen_runs(text))
