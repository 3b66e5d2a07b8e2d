from datetime import date

import pytest

from extractor.rules.periods import five_year_plan, resolve


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("the 13th Five-Year Plan", "2016/2020"),
        ("During the 14th Five-Year Plan period", "2021/2025"),
        ("under its 15th five-year plan", "2026/2030"),
        ("the 16th Five Year Plan", "2031/2035"),
        # near-misses: no number, or a number India's plans used too
        ("the next Five-Year Plan", None),
        ("the 12th Five-Year Plan", None),
        ("a 14th five-year bond", None),
    ],
)
def test_five_year_plan_years(text: str, years: str | None) -> None:
    assert five_year_plan(text) == years


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("the five-day labor day holiday", date(2025, 5, 6), "2025-05-01/2025-05-05"),
        ("the labour day holiday", date(2024, 5, 7), "2024-05-01/2024-05-05"),
        ("the new year's day holiday", date(2025, 1, 2), "2025-01-01"),
        ("the new year's day holiday", date(2024, 1, 2), "2023-12-30/2024-01-01"),
        ("the qingming holiday", date(2025, 1, 2), "2024-04-04/2024-04-06"),
        ("the dragon boat holiday", date(2024, 6, 11), "2024-06-08/2024-06-10"),
        # near-misses: America's Labor Day in September; a holiday still to come, for a plan
        ("the labor day weekend", date(2025, 9, 2), None),
        ("the qingming holiday", date(2025, 3, 20), "2025-04-04/2025-04-06"),
    ],
)
def test_holiday_days_off(text: str, anchor: date, value: str | None) -> None:
    ahead = anchor.month == 3
    assert resolve(text, None, anchor, ahead=ahead) == value


@pytest.mark.parametrize(
    ("text", "anchor", "ahead", "value"),
    [
        ("january-october", date(2024, 1, 3), False, "2023-01/2023-10"),
        ("between january and november", date(2024, 1, 15), False, "2023-01/2023-11"),
        ("january-february", date(2024, 1, 20), False, "2023-01/2023-02"),
        ("january-february", date(2024, 3, 18), False, "2024-01/2024-02"),
        # near-misses: a plan's months are the next ones; a span not from January
        ("january-june", date(2024, 1, 3), True, "2024-H1"),
        ("march-may", date(2024, 4, 10), False, "2024-03/2024-05"),
    ],
)
def test_months_from_january_reported(text: str, anchor: date, ahead: bool, value: str) -> None:
    assert resolve(text, None, anchor, ahead=ahead, nearest=True) == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # the Mid-Autumn Festival inside the National Day holiday (2023, 2025)
        ("mid-autumn festival holiday", date(2025, 10, 9), "2025-10-01/2025-10-08"),
        ("the mid-autumn festival holiday", date(2023, 10, 7), "2023-09-29/2023-10-06"),
        ("the qingming festival holiday", date(2023, 4, 6), "2023-04-05"),
        ("the dragon boat festival holiday", date(2023, 6, 25), "2023-06-22/2023-06-24"),
        # near-miss: a year of its own
        ("the mid-autumn festival holiday", date(2024, 9, 18), "2024-09-15/2024-09-17"),
    ],
)
def test_holiday_years_listed(text: str, anchor: date, value: str) -> None:
    assert resolve(text, None, anchor) == value
