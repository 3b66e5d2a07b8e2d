from decimal import Decimal

import pytest

from extractor.rules.numbers import canonical, parse_amount, parse_multiplier, parse_numeral


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30,500", "30500"),
        ("1,234.56", "1234.56"),
        ("12.82", "12.82"),
        ("1,00,000", "100000"),
        ("three", "3"),
        ("twenty-five", "25"),
        ("one hundred and twenty", "120"),
        ("half a", "0.5"),
        ("a quarter of a", "0.25"),
        ("three quarters of a", "0.75"),
        ("two and a half", "2.5"),
        ("two-and-a-half", "2.5"),
    ],
    ids=lambda v: str(v),
)
def test_numbers_parse_numeral(text: str, expected: str) -> None:
    assert parse_numeral(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "12.3.4", "1,23", "lots", "3,4567", "abc"])
def test_numbers_parse_numeral_rejects(text: str) -> None:
    assert parse_numeral(text) is None


@pytest.mark.parametrize(
    ("numeral", "multiplier", "expected"),
    [
        ("150", "billion", "150000000000"),
        ("1.2", "bn", "1200000000"),
        ("300", "m", "300000000"),
        ("2.05", "bln", "2050000000"),
        ("5,000", "crore", "50000000000"),
        ("45", "lakh", "4500000"),
        ("3.46", "lakh crore", "3460000000000"),
        ("10", "k", "10000"),
        ("1.5", "trillion", "1500000000000"),
        ("a", "billion", "1000000000"),
    ],
)
def test_numbers_parse_amount(numeral: str, multiplier: str, expected: str) -> None:
    assert parse_amount(numeral, multiplier) == Decimal(expected)


def test_numbers_unknown_multiplier_is_none() -> None:
    assert parse_multiplier("gazillion") is None
    assert parse_amount("5", "gazillion") is None


def test_numbers_canonical_has_no_exponent() -> None:
    assert str(canonical(Decimal("1.2E+9"))) == "1200000000"
    assert str(canonical(Decimal("0.0120"))) == "0.012"
