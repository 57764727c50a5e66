"""Amounts a clerk writes as they are said (十二万, 一百二十点五万元, 壹拾贰万元, 12万元), read in 元,
so that a message can say which number to type instead."""

from __future__ import annotations

import re
from decimal import Decimal

_DIGITS = {"〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
           "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_POWERS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE = (("亿", Decimal(100000000)), ("万", Decimal(10000)))
_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def spoken_amount(text: str) -> Decimal | None:
    """The amount in 元 of ``text`` written in Chinese numerals or with 万, 亿 or 元
    (十二万 is 120000, 十二万五 and 12万5 120000 + 5000, 3.5万元 35000, 128000元 128000), or None
    when it is not one."""
    written = "".join(text.split())
    if not written or _ARABIC.fullmatch(written):
        return None  # a plain number: no need to read it here
    written = written[:-1] if written.endswith("元") else written
    return _below(written, 0) if written else None


def _below(text: str, level: int) -> Decimal | None:
    """The value of ``text`` made of parts of 亿 and 万 from ``_LARGE[level]`` down."""
    if level == len(_LARGE):
        return _section(text)
    word, unit = _LARGE[level]
    high, found, low = text.partition(word)
    if not found:
        return _below(text, level + 1)
    upper = _below(high, level + 1) if high else None
    lower = Decimal(0) if not low else _below(low, level + 1)
    if upper is None or lower is None:
        return None
    if low in _DIGITS and low not in "〇零" or re.fullmatch("[1-9]", low):  # 十二万五, 3万5: the 五 is 五千
        lower *= unit / 10
    return upper * unit + lower


def _section(text: str) -> Decimal | None:
    """The value of a number below 万: Arabic (12.5), or Chinese numerals with or without
    a decimal part (一百二十, 十二点五, 三千二 as 3200, 二〇二二 digit by digit)."""
    if _ARABIC.fullmatch(text):
        return Decimal(text)
    whole, point, fraction = text.partition("点")
    if not whole or any(ch not in _DIGITS for ch in fraction) or point and not fraction:
        return None
    integer = _whole(whole)
    if integer is None:
        return None
    return integer + (Decimal("0." + "".join(str(_DIGITS[ch]) for ch in fraction)) if fraction else 0)


def _whole(text: str) -> int | None:
    """一百二十 → 120, 十二 → 12, 三千二 → 3200, 一二 → 12; None for anything else."""
    if all(ch in _DIGITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, pending, last_power, after_zero = 0, None, None, False
    for ch in text:
        if ch in _POWERS:
            power = _POWERS[ch]
            if pending is None and total or last_power is not None and power >= last_power:
                return None  # 百十, 十百: no number
            total += (1 if pending is None else pending) * power
            pending, last_power, after_zero = None, power, False
        elif ch in _DIGITS:
            if pending is not None:
                return None  # two digits in a row among powers
            after_zero = after_zero or _DIGITS[ch] == 0
            pending = None if _DIGITS[ch] == 0 else _DIGITS[ch]
        else:
            return None
    if pending is not None:  # 三千二 is 3200, 一百零五 is 105
        total += pending * (last_power // 10 if last_power and last_power > 10 and not after_zero else 1)
    return total
