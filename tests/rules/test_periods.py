import pytest

from extractor.rules.periods import five_year_plan


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
