"""The two files' own lines compared, for versions that cannot be compared by content
(one does not load): the reviewer still sees what was changed, and where.

As ``diff -u`` does, only the changed lines are listed, each with a few unchanged lines
around it; every line carries its numbers in the old and the new file.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from .chars import DELETED, ELIDED, INSERTED, SAME

CONTEXT = 3  # unchanged lines kept on each side of a change


@dataclass(frozen=True)
class Line:
    """A line of one file or both: unchanged (both numbers), deleted (the old one) or
    inserted (the new one); ``elided`` stands for unchanged lines left out."""

    kind: str
    old: int | None = None
    new: int | None = None
    text: str = ""


def line_diff(old: list[str], new: list[str], context: int = CONTEXT) -> tuple[Line, ...]:
    """The lines that turn ``old`` into ``new`` (lines as read, with or without their line
    break), numbered from 1, unchanged runs longer than ``context`` lines on a side of a
    change left out; nothing when the texts have the same lines."""
    old, new = [line.rstrip("\r\n") for line in old], [line.rstrip("\r\n") for line in new]
    if old == new:
        return ()
    lines: list[Line] = []
    shown_to = 0  # the old lines up to this one are listed or left out
    for group in SequenceMatcher(None, old, new, autojunk=False).get_grouped_opcodes(context):
        if group[0][1] > shown_to:  # unchanged lines left out before this group
            lines.append(Line(ELIDED))
        shown_to = group[-1][2]
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [Line(SAME, i + 1, j + 1, old[i]) for i, j in zip(range(i1, i2), range(j1, j2))]
                continue
            lines += [Line(DELETED, i + 1, None, old[i]) for i in range(i1, i2)]
            lines += [Line(INSERTED, None, j + 1, new[j]) for j in range(j1, j2)]
    if shown_to < len(old):
        lines.append(Line(ELIDED))
    return tuple(lines)
