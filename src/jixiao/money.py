"""Amounts: exact decimal arithmetic and printing as each layout prints them."""

from __future__ import annotations

from decimal import Decimal

CENT = Decimal("0.01")
# Most decimals an amount may have, by 金额单位: to the 元 in 万元, to the 分 in 元.
MAX_DECIMALS = {"万元": 4, "元": 2}


def two_decimals(amount: Decimal | None) -> str:
    """Print with at least two decimals (``10`` → ``10.00``), never rounding away digits."""
    if amount is None:
        return ""
    if amount.as_tuple().exponent >= -2:
        amount = amount.quantize(CENT)
    return f"{amount:f}"


def as_written(amount: Decimal | None) -> str:
    """Print a typed amount exactly as typed (``12.8`` stays ``12.8``)."""
    return "" if amount is None else f"{amount:f}"


def plain(amount: Decimal) -> str:
    """Print a computed amount without trailing zeros (``59.80`` → ``59.8``, ``0.00`` → ``0``)."""
    text = f"{amount:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def beside(amount: Decimal, typed) -> str:
    """Print a computed amount among ``typed`` ones: with as many decimals as the most
    precise of them (a total ``1912.5`` beside ``1846.60`` prints ``1912.50``), and without
    trailing zeros beyond that (``59.80`` beside ``275.8`` prints ``59.8``)."""
    places = max((-a.as_tuple().exponent for a in typed if a is not None), default=0)
    text = plain(amount)
    if places <= (len(text) - text.index(".") - 1 if "." in text else 0):
        return text
    return f"{amount.quantize(Decimal(1).scaleb(-places)):f}"


def total(amounts) -> Decimal:
    """Sum amounts exactly; an empty sum is ``0``."""
    return sum(amounts, Decimal(0))


def more_or_less(difference: Decimal) -> str:
    """A difference in words: ``多 0.2``, ``少 1``, the amount without its sign (a clerk
    reads "少 1" where "-1" would need the order of the subtraction)."""
    return ("多 " if difference > 0 else "少 ") + plain(abs(difference))


def signed(amount: Decimal) -> str:
    """A difference with its sign and two decimals: ``+2.00``, ``-0.50``, ``0.00``."""
    return ("+" if amount > 0 else "") + two_decimals(amount)
