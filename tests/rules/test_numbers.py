import re
from decimal import Decimal

import pytest

from extractor.rules.numbers import (
    DIGITS_REGEX,
    canonical,
    numeral_regex,
    parse_amount,
    parse_fraction,
    parse_multiplier,
    parse_numeral,
)


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
        # a spoken decimal: one digit word per place after "point"
        ("five point two", "5.2"),
        ("one point zero five", "1.05"),
        ("twenty point five", "20.5"),
    ],
    ids=lambda v: str(v),
)
def test_numbers_parse_numeral(text: str, expected: str) -> None:
    assert parse_numeral(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    # "point twelve": a decimal place takes one digit word; a point needs a whole number before
    # it and a digit after it
    [
        "",
        "12.3.4",
        "1,23",
        "lots",
        "3,4567",
        "abc",
        "five point twelve",
        "point five",
        "five point",
    ],
)
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
        ("2.5", "mil", "2500000"),
        ("12.5", "Mio", "12500000"),
        ("a couple", "hundred", "200"),
        ("a couple of", "million", "2000000"),
        ("7-1/2", "million", "7500000"),
        ("2¼", "billion", "2250000000"),
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


SPACES = {"space": " ", "nbsp": "\u00a0", "thin": "\u2009", "narrow-nbsp": "\u202f"}


@pytest.mark.parametrize("sep", SPACES.values(), ids=SPACES.keys())
def test_numbers_space_grouped_thousands(sep: str) -> None:
    assert parse_numeral(f"12{sep}000") == Decimal("12000")
    assert parse_numeral(f"1{sep}234{sep}567") == Decimal("1234567")
    assert parse_numeral(f"1{sep}234.5") == Decimal("1234.5")


@pytest.mark.parametrize("text", ["12 00", "12 0000", "1234 567", "12  000", "12\t000", "12\n000"])
def test_numbers_space_grouping_needs_three_digit_groups(text: str) -> None:
    assert parse_numeral(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cost 12 000 dollars", ["12 000"]),
        ("cost 12\u00a0000 dollars", ["12\u00a0000"]),
        ("cost 1 234.5 million", ["1 234.5"]),
        ("page 12 345 678 of 2", ["12 345 678", "2"]),
        ("in 2023 500 firms", ["2023", "500"]),  # a four-digit lead is not a group
        ("1.5 000", ["1.5", "000"]),  # nor is a decimal
        ("won 30,500 and 12 34", ["30,500", "12", "34"]),  # nor two digits
    ],
    ids=["space", "nbsp", "decimal", "two-groups", "year-then-number", "decimal-lead", "short"],
)
def test_numbers_digits_regex_reads_whole_groups(text: str, expected: list[str]) -> None:
    # The rule templates only start a number where no digit, point or comma precedes it.
    numbers = re.compile(rf"(?<![\d.,]){DIGITS_REGEX}", re.VERBOSE)
    assert [m.group() for m in numbers.finditer(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7-1/2", "7.5"),
        ("7 1/2", "7.5"),
        ("7\u00a01/2", "7.5"),
        ("35-3/4", "35.75"),
        ("1/2", "0.5"),
        ("3/8", "0.375"),
        ("99-17/32", "99.53125"),
        ("1,250-1/4", "1250.25"),
        ("8½", "8.5"),
        ("½", "0.5"),
        ("2¼", "2.25"),
        ("10¾", "10.75"),
        ("7 ½", "7.5"),
        ("7 1\u20442", "7.5"),
        ("1\u20444", "0.25"),
    ],
    ids=lambda v: str(v),
)
def test_numbers_parse_fraction(text: str, expected: str) -> None:
    assert parse_fraction(text) == Decimal(expected)
    assert parse_numeral(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    # a denominator no quote uses (a date), an improper fraction, a score, a lone whole number
    ["7/12", "12/25", "4/4", "3/2", "3-1", "5", "7-1/3", "1/2/2024"],
)
def test_numbers_parse_fraction_rejects(text: str) -> None:
    assert parse_fraction(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 7-1/2 now", ["7-1/2"]),
        ("at 7 1/2 now", ["7 1/2"]),
        ("rose 1/2 to 35-3/4", ["1/2", "35-3/4"]),
        ("paid 8½ and 2¼", ["8½", "2¼"]),
        ("at 7 ½ now", ["7 ½"]),
        ("at 7 1\u20442 now", ["7 1\u20442"]),
        # the denominator of a date is no numeral of its own
        ("on 7/12 and 1/24", ["7", "1"]),
        ("on 1/2/2024", ["1"]),
    ],
    ids=[
        "hyphen",
        "space",
        "change-to-level",
        "vulgar",
        "vulgar-spaced",
        "fraction-slash",
        "date",
        "full-date",
    ],
)
def test_numbers_numeral_regex_reads_whole_fractions(text: str, expected: list[str]) -> None:
    numeral = re.compile(rf"(?<![\w.,]){numeral_regex()}", re.VERBOSE)
    assert [m.group() for m in numeral.finditer(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a couple", "2"),
        ("a couple of", "2"),
        ("a couple hundred", "200"),
        ("a couple of hundred", "200"),
    ],
)
def test_numbers_a_couple_is_two(text: str, expected: str) -> None:
    assert parse_numeral(text) == Decimal(expected)
