"""Numbers are read as YAML 1.2 (and so the editor) reads them, exactly; quoted text is text."""

from decimal import Decimal

import pytest

from jixiao.load import Text, load_bytes
from jixiao.yaml_numbers import integer_value, number_value


@pytest.mark.parametrize("written, value", [
    ("12.8", "12.8"), ("12.80", "12.80"), ("-5", "-5"), ("+12.8", "12.8"), ("012.8", "12.8"),
    ("1.28e1", "12.8"), ("1E3", "1000"), (".5", "0.5"), ("5.", "5"), ("-0", "0"), ("-0.00", "0.00"),
])
def test_yaml_1_2_numbers(written, value):
    assert f"{number_value(written):f}" == value


@pytest.mark.parametrize("written", ["1_000", "0b101", "1:30", "12,8", "１２", "12.8万元", ".inf", ".nan", "0x",
                                     "1e16", "1e-13", "0e-999999999", "0x" + "f" * 100, "", "十",
                                     "0x1F", "0o17"])
def test_not_numbers(written):
    assert number_value(written) is None


def test_quoted_or_block_text_is_never_a_number():
    data = load_bytes('a: "12.8"\nb: \'2024\'\nc: |\n  12.8\nd: 12.8\n'.encode(), "x.yaml").data
    assert [type(data[key]) for key in "abcd"] == [Text, Text, Text, str]
    assert [number_value(data[key]) for key in "abcd"] == [None, None, None, Decimal("12.8")]


@pytest.mark.parametrize("written, value", [("2024", 2024), ("2024.0", 2024), ("2.024e3", 2024)])
def test_integers(written, value):
    assert integer_value(written) == value


@pytest.mark.parametrize("written", ["2024.5", "二〇二四", Text("2024")])
def test_not_integers(written):
    assert integer_value(written) is None
