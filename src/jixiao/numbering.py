"""Numbering: Chinese numerals at any count, and the list prefixes of the layouts."""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿", "兆")


def _below_10000(n: int) -> str:
    out, zero_pending = [], False
    for position in range(3, -1, -1):
        digit = n // 10 ** position % 10
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[digit] + _SMALL_UNITS[position])
    return "".join(out)


def chinese_numeral(n: int) -> str:
    """Write a positive integer in Chinese numerals: 1 → 一, 10 → 十, 15 → 十五,
    101 → 一百零一, 10010 → 一万零一十."""
    if n <= 0:
        raise ValueError(f"chinese_numeral needs a positive integer, got {n}")
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, zero_pending = [], False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_pending = bool(out)
            continue
        if out and (zero_pending or group < 1000):
            out.append("零")
        out.append(_below_10000(group) + _BIG_UNITS[index])
        zero_pending = False
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text


def parenthesised(n: int) -> str:
    """（一）（二）… for sub-headings."""
    return f"（{chinese_numeral(n)}）"


def section(n: int) -> str:
    """一、二、… for section headings."""
    return f"{chinese_numeral(n)}、"


def arabic_parenthesised(n: int) -> str:
    """（1）（2）… for duties."""
    return f"（{n}）"


def project_number(format_: str, n: int) -> str:
    """A project's number written with a format such as ``"{序号}."`` or ``"{序号}、"``."""
    return format_.replace("{序号}", str(n))
