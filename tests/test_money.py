"""Money is exact: Decimal from the typed text, printed as each layout prints it."""

from decimal import Decimal

from jixiao.money import as_written, beside, more_or_less, plain, total, two_decimals


def test_decimal_arithmetic_is_exact():
    assert two_decimals(total([Decimal("0.1"), Decimal("0.2")])) == "0.30"


def test_two_decimals_pads_but_never_rounds_away_digits():
    assert two_decimals(Decimal("10")) == "10.00"
    assert two_decimals(Decimal("20.0")) == "20.00"
    assert two_decimals(Decimal("1.1")) == "1.10"
    assert two_decimals(Decimal("0.125")) == "0.125"
    assert two_decimals(None) == ""


def test_as_written_and_plain():
    assert as_written(Decimal("12.8")) == "12.8"
    assert as_written(Decimal("5.00")) == "5.00"
    assert plain(Decimal("59.80")) == "59.8"
    assert plain(Decimal("0.00")) == "0"
    assert plain(Decimal("100")) == "100"
    assert plain(Decimal("-1.50")) == "-1.5"


def test_a_difference_in_words_has_no_sign():
    assert more_or_less(Decimal("0.20")) == "多 0.2"
    assert more_or_less(Decimal("-27")) == "少 27"


def test_a_computed_amount_has_the_decimals_of_the_typed_amounts_beside_it():
    assert beside(Decimal("1912.5"), [Decimal("1846.60"), Decimal("65.9")]) == "1912.50"
    assert beside(Decimal("59.80"), [Decimal("335.6"), Decimal("0"), Decimal("275.8")]) == "59.8"
    assert beside(Decimal("59.80"), [Decimal("335"), None]) == "59.8", "never fewer decimals than it has"
    assert beside(Decimal("110"), [Decimal("110.00")]) == "110.00"
    assert beside(Decimal("110"), []) == "110"
