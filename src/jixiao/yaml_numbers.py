"""Numbers as YAML 1.2 reads them, exactly, so that `jixiao check` and the editor agree.

The editor (VS Code's YAML extension, i.e. the yaml-language-server) reads a filing with
YAML 1.2's core schema and checks the values it reads against ``schema/``. `jixiao check`
reads the same texts the same way:

* a plain (unquoted) ``12.8``, ``+12.8``, ``012.8`` (12.8), ``1.28e1`` (12.8) and ``.5``
  are numbers; ``2024.0`` is the integer 2024;
* anything written in quotes is text (``"12.8"``, ``"2024"``, ``"true"``): a field that wants
  a number refuses it, in the editor and in `jixiao check`;
* YAML 1.1's other forms (``1_000``, ``0b101``, ``1:30``) are text in both;
* ``0x1F`` and ``0o17`` are refused by `jixiao check` although YAML 1.2 (and so the editor)
  reads them as 31 and 15: no budget is written in hexadecimal, and such a value is a
  pasted code or a typing slip that must not become money. This is the one place where
  the two differ; the editor cannot tell ``0x1F`` from ``31`` once it has read it.

A number is read as a ``Decimal`` from its text, never through a float. Numbers no budget
has (beyond 10^15, or finer than 10^-12) are refused: printing them would take pages.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .load import Text

_DECIMAL = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
LARGEST_DIGIT = 15    # 10^15
SMALLEST_DIGIT = -12  # 10^-12


def number_value(value) -> Decimal | None:
    """The number that a plain scalar's text is in YAML 1.2, exactly (``-0`` is 0, printed
    without a sign); None for anything else (quoted text, words, YAML 1.1-only forms,
    hexadecimal and octal, numbers out of range)."""
    if not isinstance(value, str) or isinstance(value, Text):
        return None
    if not _DECIMAL.fullmatch(value):
        return None
    number = Decimal(value)
    if number.adjusted() > LARGEST_DIGIT or number.as_tuple().exponent < SMALLEST_DIGIT:
        return None
    return number if number else number.copy_abs()


def written_number(text: str) -> Decimal | None:
    """The number ``text`` writes in YAML 1.2's form, whatever its size (one that
    :func:`number_value` refuses as no budget's: 335.59999999999997, 1e20); None for text
    in any other form."""
    return Decimal(text) if _DECIMAL.fullmatch(text) else None


def integer_value(value) -> int | None:
    """The integer a plain scalar is in YAML 1.2 (``2024``, ``2024.0``), or None."""
    number = number_value(value)
    if number is None or number != number.to_integral_value():
        return None
    return int(number)
