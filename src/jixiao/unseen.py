"""Characters a reader cannot see, or cannot tell from an ordinary space, with their
Chinese names: the loader refuses or explains them, and ``jixiao diff`` shows them by name
(``⟨U+00A0 不间断空格⟩``) where a change would otherwise look like no change at all.
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
# Every character a reader cannot tell apart on screen: the hidden ones, the controls, and
# every blank but the ordinary space and the line break.
UNSEEN = re.compile(rf"({HIDDEN.pattern}|{CONTROL.pattern}|[^\S \n])")

NAMES = {
    "\u00a0": "不间断空格",
    "\u3000": "全角空格",
    "\u202f": "窄不间断空格",
    "\t": "制表符",
    "\r": "回车符",
    "\u200b": "零宽空格",
    "\u200c": "零宽非连接符",
    "\u200d": "零宽连接符",
    "\u2060": "零宽不换行符",
    "\ufeff": "零宽不换行空格",
    "\u00ad": "软连字符",
    "\u2028": "行分隔符",
    "\u2029": "段分隔符",
    "\u200e": "从左到右标记",
    "\u200f": "从右到左标记",
}


def character_name(character: str) -> str:
    """``U+00A0 不间断空格``: the code point and the Chinese name of a character of
    :data:`UNSEEN` (a blank, a control or a format character without a name of its own is
    named by its kind)."""
    name = NAMES.get(character)
    if name is None:
        category = unicodedata.category(character)
        name = "空白字符" if character.isspace() else "控制字符" if category == "Cc" else "看不见的字符"
    return f"U+{ord(character):04X} {name}"


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
