"""Character-level text differences, with long unchanged runs shortened.

Chinese has no spaces between words, so a word diff marks whole sentences; this
compares characters with diff-match-patch, whose semantic clean-up merges the
scattered one-character matches that a plain character diff finds in Chinese text
into readable deletions and insertions.
"""

from __future__ import annotations

from dataclasses import dataclass

from diff_match_patch import diff_match_patch

SAME, DELETED, INSERTED, ELIDED = "same", "deleted", "inserted", "elided"
CONTEXT = 12  # unchanged characters kept on each side of a change


@dataclass(frozen=True)
class Piece:
    """A run of text that is unchanged, deleted or inserted; ``elided`` stands for an
    unchanged run left out."""

    kind: str
    text: str = ""


def char_diff(old: str, new: str, context: int = CONTEXT) -> tuple[Piece, ...]:
    """The pieces that turn ``old`` into ``new``; unchanged runs longer than twice
    ``context`` keep only ``context`` characters next to each change."""
    matcher = diff_match_patch()
    matcher.Diff_Timeout = 0  # no time limit: the same texts always give the same pieces
    operations = matcher.diff_main(old, new)
    matcher.diff_cleanupSemantic(operations)
    kinds = {0: SAME, -1: DELETED, 1: INSERTED}
    pieces = [Piece(kinds[operation], text) for operation, text in operations if text]
    last = len(pieces) - 1
    shortened: list[Piece] = []
    for index, piece in enumerate(pieces):
        if piece.kind != SAME:
            shortened.append(piece)
            continue
        keep_head = index > 0
        keep_tail = index < last
        shortened += _elide(piece.text, keep_head, keep_tail, context)
    return tuple(shortened)


def _elide(text: str, keep_head: bool, keep_tail: bool, context: int) -> list[Piece]:
    """An unchanged run: its ends next to a change are kept, the middle left out."""
    kept = context * (keep_head + keep_tail)
    if len(text) <= kept + 1:
        return [Piece(SAME, text)]
    pieces = [Piece(SAME, text[:context])] if keep_head else []
    pieces.append(Piece(ELIDED))
    if keep_tail:
        pieces.append(Piece(SAME, text[-context:]))
    return pieces
