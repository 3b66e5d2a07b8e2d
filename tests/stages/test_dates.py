"""DATE: spans and normalized values."""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractor
from extractor.records import DateMention


def dates(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.text, m.value)
        for m in extractor.extract(text, nlp=nlp).mentions
        if isinstance(m, DateMention)
    ]


CASES = {
    "iso": ("Updated: 2024-01-24", [("2024-01-24", "2024-01-24")]),
    "stamp": ("2024-01-23 17:12:00", [("2024-01-23", "2024-01-23")]),
    "long": ("16:29, January 23, 2024", [("January 23, 2024", "2024-01-23")]),
    "abbrev": ("on Oct 28, 2023", [("Oct 28, 2023", "2023-10-28")]),
    "dateline": ("NANJING, Jan. 23 (Xinhua) --", [("Jan. 23", None)]),
    "ordinal-day": ("22nd July, 2023 (WAM) --", [("22nd July, 2023", "2023-07-22")]),
    "half": ("in the first half of 2023", [("the first half of 2023", "2023-H1")]),
    "quarter": ("in the third quarter of 2023", [("the third quarter of 2023", "2023-Q3")]),
    "first-months": (
        "in the first four months of 2024",
        [("the first four months of 2024", "2024-01/2024-04")],
    ),
    "relative": (
        "in the first 11 months of last year",
        [("the first 11 months of last year", None)],
    ),
    "q-code": ("Q3 2024 results", [("Q3 2024", "2024-Q3")]),
    # a press release's heading names the quarter and its year without "of"
    "quarter-year": ("Third Quarter 2025 Highlights", [("Third Quarter 2025", "2025-Q3")]),
    "half-year": ("results for the first half 2024", [("the first half 2024", "2024-H1")]),
    # near-miss: a number after the quarter is no year
    "quarter-then-count": (
        "In the first quarter 2,500 jobs were cut.",
        [("the first quarter", None)],
    ),
    "fiscal": ("fiscal 2024 guidance", [("fiscal 2024", "FY2024")]),
    "year": ("In 2023, exports grew", [("2023", "2023")]),
    "year-range": ("from 2019-2023", [("2019-2023", "2019/2023")]),
    "month": ("in April alone", [("April", None)]),
    "month-year": ("in March 2024", [("March 2024", "2024-03")]),
    "iso-month": ("data for 2024-03 show", [("2024-03", "2024-03")]),
    "fiscal-split": ("in 2024-25 the state", [("2024-25", "FY2024-25")]),
    "fiscal-split-short": ("in FY24/25 the state", [("FY24/25", "FY2024-25")]),
    "whole-year": ("for the whole year, exports rose", [("the whole year", None)]),
    "fiscal-split-short-dash": ("in FY 24-25 the state", [("FY 24-25", "FY2024-25")]),
    # near-miss: two years that do not follow each other
    "fiscal-split-short-gap": ("in FY24/26 the state", [("FY24", "FY2024")]),
    "duration": ("over the past 17 years", [("the past 17 years", None)]),
    "duration-exact": ("it took 40 days", [("40 days", "P40D")]),
    "duration-decades": ("for four decades", [("four decades", "P40Y")]),
    "ago": ("two months ago", [("two months ago", None)]),
    "earlier": ("from a year earlier", [("a year earlier", None)]),
    # "more than" after a figure compares the figure, not the time
    "comparison-before-ago": (
        "was 4.6 percent more than a year earlier",
        [("a year earlier", None)],
    ),
    "comparison-after-amount": ("sold 300 more than two years ago", [("two years ago", None)]),
    "more-than-a-year": ("opened more than a year ago", [("more than a year ago", None)]),
    "duration-range": ("within 10 to 14 days", [("10 to 14 days", None)]),
    "season": ("by the summer", [("the summer", None)]),
    "quarter-adjective": ("fourth-quarter profit", [("fourth-quarter", None)]),
    "current": ("in the current financial year", [("the current financial year", None)]),
    "end-of": ("by the end of September", [("the end of September", None)]),
    "this-financial-year": ("this financial year", [("this financial year", None)]),
    "may-day": ("during the May Day holiday", [("the May Day holiday", None)]),
    "holiday": (
        "during the eight-day Spring Festival holiday",
        [("the eight-day Spring Festival holiday", None)],
    ),
    "dotted-day-first": ("Published 15.11.2023 by", [("15.11.2023", "2023-11-15")]),
    "month-range": ("January-September 2024", [("January-September 2024", "2024-01/2024-09")]),
    "month-range-period": ("in the January-April period", [("the January-April period", None)]),
    "between-months": (
        "between May 2022 and February 2023",
        [("between May 2022 and February 2023", "2022-05/2023-02")],
    ),
    "months-through": (
        "in the six months through September",
        [("the six months through September", None)],
    ),
    "months-through-year": (
        "in the six months through September 2023",
        [("the six months through September 2023", "2023-04/2023-09")],
    ),
    "months-to-day": (
        "in the six months to January 31, 2024",
        [("the six months to January 31, 2024", "2023-08/2024-01")],
    ),
    "months-ended-quarter": (
        "in the three months ended Dec. 31, 2023",
        [("the three months ended Dec. 31, 2023", "2023-Q4")],
    ),
    "months-ending-digits": (
        "in the 12 months ending June 2024",
        [("the 12 months ending June 2024", "2023-07/2024-06")],
    ),
    "nine-months": ("in 9M 2024 revenue", [("9M 2024", "2024-01/2024-09")]),
    "fy-short": ("FY24 results", [("FY24", "FY2024")]),
    "quarter-code-first": ("1Q24 earnings", [("1Q24", "2024-Q1")]),
    "half-code-first": ("1H24 earnings", [("1H24", "2024-H1")]),
    "half-code-first-spaced": ("in 2H 2024, sales", [("2H 2024", "2024-H2")]),
    "nine-months-short": ("in 9M24 revenue", [("9M24", "2024-01/2024-09")]),
    # a part of a fiscal year, named by the year it ends in (its months depend on the year-end)
    "fiscal-quarter-code": ("Q2FY25 profit", [("Q2FY25", "FY2025-Q2")]),
    "fiscal-quarter-code-number-first": ("3QFY2024 results", [("3QFY2024", "FY2024-Q3")]),
    "fiscal-nine-months-code": ("9MFY2024 revenue", [("9MFY2024", "FY2024-9M")]),
    "fiscal-half-code": ("H1FY25 results", [("H1FY25", "FY2025-H1")]),
    "fiscal-half-code-number-first": ("in 2HFY24, sales", [("2HFY24", "FY2024-H2")]),
    "fiscal-quarter-code-spaced": ("Q3 FY24 profit", [("Q3 FY24", "FY2024-Q3")]),
    "fiscal-quarter-code-apostrophe": ("Q1 FY'25 profit", [("Q1 FY'25", "FY2025-Q1")]),
    "that-year": ("that year", [("that year", None)]),
    "consecutive": ("for the 14th consecutive year", [("the 14th consecutive year", None)]),
    "adjectival": ("a two-year bond", [("two-year", None)]),
    "data-line": ("Sept. 30: data", [("Sept. 30", None)]),
    "latest": ("sales for the latest quarter", [("the latest quarter", None)]),
    "prior": ("sales for the prior quarter", [("the prior quarter", None)]),
    "year-earlier": ("in the year-earlier period", [("year-earlier", None)]),
    "ytd": ("shares are up 14% YTD", [("YTD", None)]),
    # a part of a fiscal year written out, as its code ("H1FY25") is
    "half-of-fiscal": (
        "in the first half of fiscal 2025",
        [("the first half of fiscal 2025", "FY2025-H1")],
    ),
    "months-of-fiscal": (
        "in the first nine months of fiscal 2024",
        [("the first nine months of fiscal 2024", "FY2024-9M")],
    ),
    "preceding": ("up from the preceding month", [("the preceding month", None)]),
    # a quarter or a half named by the month or the day it ends in
    "quarter-ended": (
        "in the quarter ended Dec. 31, 2024",
        [("the quarter ended Dec. 31, 2024", "2024-Q4")],
    ),
    "ordinal-quarter-ended": (
        "for the third quarter ended Sept. 27, 2025, sales",
        [("the third quarter ended Sept. 27, 2025", "2025-Q3")],
    ),
    "fiscal-quarter-ended-off-calendar": (
        "its fiscal second quarter ended Oct. 31, 2025",
        [("fiscal second quarter ended Oct. 31, 2025", "2025-08/2025-10")],
    ),
    "half-year-to": (
        "the half-year to June 30, 2024",
        [("the half-year to June 30, 2024", "2024-H1")],
    ),
    "month-quarter": ("in the March quarter of 2025", [("the March quarter of 2025", "2025-Q1")]),
    "month-quarter-relative": ("the September quarter", [("the September quarter", None)]),
    "month-quarter-hyphen": ("in the June-quarter", [("the June-quarter", None)]),
    "a-quarter-is-a-share": ("a quarter of the market", []),
    # a month of a year told relative to the article's, and the base of a comparison
    "month-last-year": ("since October last year", [("October last year", None)]),
    "month-of-next-year": ("by March of next year", [("March of next year", None)]),
    "same-quarter-last-year": (
        "up from the same quarter last year",
        [("the same quarter last year", None)],
    ),
    "same-period-of-last-year": (
        "than in the same period of last year",
        [("the same period of last year", None)],
    ),
    # a year told by its end: fiscal years as FY + the year they end in
    "fiscal-year-ended": (
        "for the fiscal year ended March 31, 2025",
        [("the fiscal year ended March 31, 2025", "FY2025")],
    ),
    "year-to-month": (
        "in the year to September 2025",
        [("the year to September 2025", "2024-10/2025-09")],
    ),
    "year-to-month-relative": ("in the year to September", [("the year to September", None)]),
    "between-months-no-year": (
        "between January and September, exports",
        [("between January and September", None)],
    ),
    "between-months-of-a-year": (
        "between January and September 2024",
        [("between January and September 2024", "2024-01/2024-09")],
    ),
    "between-places-is-no-date": ("flights between Zhengzhou and Luxembourg", []),
    # a span of days
    "day-range": ("during the Oct. 1-7 holiday", [("Oct. 1-7", None)]),
    "day-range-to-with-year": (
        "from October 1 to 7, 2024, trips rose",
        [("October 1 to 7, 2024", "2024-10-01/2024-10-07")],
    ),
    "day-range-across-months": (
        "the Jan. 28-Feb. 4, 2025 holiday",
        [("Jan. 28-Feb. 4, 2025", "2025-01-28/2025-02-04")],
    ),
    "day-range-is-not-a-percent": ("in March 3-5 percent of sales", []),
    "first-month": (
        "In the first month of 2025, output rose",
        [("the first month of 2025", "2025-01")],
    ),
    # quarters and months with a relative year, and the end of a year
    "quarter-range": ("in Q1-Q3, output rose", [("Q1-Q3", None)]),
    "quarter-range-year": ("Q2-Q4 2024 results", [("Q2-Q4 2024", "2024-04/2024-12")]),
    "months-last-year": (
        "from January to November last year",
        [("January to November last year", None)],
    ),
    "end-year-hyphen": ("by end-2025", [("end-2025", "2025")]),
    # the name of a plan is no duration
    "five-year-plan": ("under the 14th Five-Year Plan", []),
    "five-year-duration": ("a five-year loan", [("five-year", None)]),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_dates_forms(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "GDP may rise",
        "a 2,023-strong workforce",
        "the G20 and 5G",
        "533,333 hectares",
        "a bare FY target",
    ],
)
def test_dates_decoys(nlp: Language, text: str) -> None:
    assert dates(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose from March to June.", [("March to June", None)]),
        ("Sales rose in the year to July.", [("the year to July", None)]),
        ("Exports rose in January-March.", [("January-March", None)]),
        # near-misses: the dot of an abbreviation stays in the mention
        ("Sales rose in Jan.-Mar. 2024.", [("Jan.-Mar. 2024", "2024-01/2024-03")]),
        ("Sales rose between Jan. and Sept.", [("between Jan. and Sept.", None)]),
    ],
    ids=["range-to-june", "year-to-july", "range-at-end", "abbreviations", "abbreviation-at-end"],
)
def test_dates_full_stop_after_a_month_is_no_part_of_it(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose in the past decade.", [("the past decade", None)]),
        ("Prices rose over the last decade.", [("the last decade", None)]),
        ("Prices rose in the past few years.", [("the past few years", None)]),
        # near-miss: "in" is no part of the span
        ("Prices rose in the past year.", [("the past year", None)]),
    ],
    ids=["past-decade", "last-decade", "past-few-years", "past-year"],
)
def test_dates_the_past_decade(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output recovered in mid-2024.", [("mid-2024", "2024")]),
        ("Hiring slowed in early 2023.", [("early 2023", "2023")]),
        ("Late 2022 brought a rebound.", [("Late 2022", "2022")]),
        ("Reserves stood at $40 billion as at end-June.", [("end-June", None)]),
        ("Sales rose 3% in the year to end-March.", [("the year to end-March", None)]),
        (
            "Profit rose in the half year ended 30 June 2024.",
            [("the half year ended 30 June 2024", "2024-H1")],
        ),
        (
            "Sales fell in the six months to 31 March 2023.",
            [("the six months to 31 March 2023", "2022-10/2023-03")],
        ),
        ("Sales rose over the past three decades.", [("the past three decades", None)]),
        # near-misses: a word that only contains the part ("weekend", "amid"), a compound noun
        ("The weekend sale drew crowds.", []),
        ("Shares slid amid June selling.", [("June", None)]),
        ("The end-user market grew.", []),
        ("The mid-2000s boom ended.", [("The mid-2000s", "2000/2009")]),  # a decade
    ],
    ids=[
        "mid-year",
        "early-year",
        "late-year-capitalized",
        "end-month",
        "year-to-end-month",
        "half-year-day-first",
        "months-to-day-first",
        "past-decades",
        "weekend",
        "amid",
        "end-user",
        "decade-plural",
    ],
)
def test_dates_parts_of_a_year_and_period_ends(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inflows rose in the week ended Nov. 7, 2025.",
            [("the week ended Nov. 7, 2025", "2025-11-01/2025-11-07")],
        ),
        (
            "Sales rose in the week to 3 January 2025.",
            [("the week to 3 January 2025", "2024-12-28/2025-01-03")],
        ),
        ("Inflows rose in the week ended Nov. 7.", [("the week ended Nov. 7", None)]),
        # near-miss: a week told by its first day is no week ending then
        ("Sales rose in the week of Nov. 3, 2025.", [("Nov. 3, 2025", "2025-11-03")]),
    ],
    ids=["month-first", "day-first-across-years", "no-year", "week-of"],
)
def test_dates_the_week_ended(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales rose in the first 10 days of May 2024.",
            [("the first 10 days of May 2024", "2024-05-01/2024-05-10")],
        ),
        (
            "Sales fell in the last five days of February 2024.",
            [("the last five days of February 2024", "2024-02-25/2024-02-29")],
        ),
        ("Sales rose in the first 10 days of November.", [("the first 10 days of November", None)]),
        ("Profit rose in the 2025 financial year.", [("the 2025 financial year", "FY2025")]),
        ("Profit rose in financial year 2024.", [("financial year 2024", "FY2024")]),
        (
            "Profit rose in the full financial year 2024-25.",
            [("the full financial year 2024-25", "FY2024-25")],
        ),
        ("Profit rose in FY 2024-2025.", [("FY 2024-2025", "FY2024-25")]),
        ("Coal use rose in the 2024 calendar year.", [("the 2024 calendar year", "2024")]),
        ("Wages stalled in the 1990s.", [("the 1990s", "1990/1999")]),
        ("Wages stalled in the mid-2000s.", [("the mid-2000s", "2000/2009")]),
        # near-misses: a span of years is no fiscal year; a count of days is no part of a month
        ("Prices rose over 2019-2021.", [("2019-2021", "2019/2021")]),
        ("Shipments take the first few days of March.", [("March", None)]),
        ("The 1990s-era plant closed.", []),
    ],
    ids=[
        "first-days",
        "last-days-leap-year",
        "first-days-no-year",
        "year-financial-year",
        "financial-year-year",
        "full-financial-year",
        "fy-long-split",
        "calendar-year",
        "decade",
        "mid-decade",
        "year-span",
        "few-days",
        "decade-compound",
    ],
)
def test_dates_days_of_a_month_fiscal_years_and_decades(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


# "January-to-September" (the months joined by a hyphenated "to") is one span of months, as
# "January-September" is; "April to June" apart stays as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net income rose in the January-to-September period of 2025.",
            [("the January-to-September period of 2025", "2025-01/2025-09")],
        ),
        ("Sales fell in the April-to-June quarter.", [("the April-to-June quarter", None)]),
        # near-miss: a hyphen alone between the months, as before
        ("Sales fell in April-June 2025.", [("April-June 2025", "2025-04/2025-06")]),
    ],
    ids=["hyphenated-to-year", "hyphenated-to-quarter", "hyphen-alone"],
)
def test_dates_period32_months_joined_by_hyphenated_to(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


# dates-32: two holidays taken together before a holiday noun are one holiday span; a year
# after "the end of" is its value (as "end-2025" is); weeks told by their end ("the week to
# Friday", "the 52 weeks to Oct. 5, 2025") and months to "the end of" a month are one span.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the eight-day National Day and Mid-Autumn Festival holiday, trips rose.",
            [("the eight-day National Day and Mid-Autumn Festival holiday", None)],
        ),
        (
            "During the National Day and Mid-Autumn Festival holiday, tourists came.",
            [("the National Day and Mid-Autumn Festival holiday", None)],
        ),
        # the bound of a year has no value of its own (the fact rules read it with its words)
        ("The firm aims to double capacity by the end of 2027.", [("the end of 2027", None)]),
        ("At the start of 2024, the bank had 10 branches.", [("the start of 2024", None)]),
        ("Gold rose 3 percent in the week to Friday.", [("the week to Friday", None)]),
        ("Gold rose 5 percent in the week ended Friday.", [("the week ended Friday", None)]),
        (
            "Sales rose 4 percent in the 52 weeks to Oct. 5, 2025.",
            [("the 52 weeks to Oct. 5, 2025", "2024-10-07/2025-10-05")],
        ),
        (
            "Sales rose 2 percent in the four weeks ended Nov. 2, 2025.",
            [("the four weeks ended Nov. 2, 2025", "2025-10-06/2025-11-02")],
        ),
        (
            "GDP grew 0.3 percent in the three months to the end of September 2025.",
            [("the three months to the end of September 2025", "2025-Q3")],
        ),
        # near-misses: holidays named apart stay apart; a month's end keeps no value without
        # its year; a count of weeks without "the" is a duration; one week as before
        (
            "Sales peaked at Christmas and Easter, the company said.",
            [("Christmas", None), ("Easter", None)],
        ),
        ("By the end of September, deposits rose.", [("the end of September", None)]),
        ("By the end of the year, rates will fall.", [("the end of the year", None)]),
        ("It took two weeks to Friday to agree.", [("two weeks", "P2W"), ("Friday", None)]),
        (
            "Sales rose in the week to 3 January 2025.",
            [("the week to 3 January 2025", "2024-12-28/2025-01-03")],
        ),
    ],
    ids=[
        "dates32-two-holidays-days",
        "dates32-two-holidays",
        "dates32-end-of-year",
        "dates32-start-of-year",
        "dates32-week-to-weekday",
        "dates32-week-ended-weekday",
        "dates32-52-weeks",
        "dates32-four-weeks",
        "dates32-months-to-end-of",
        "dates32-holidays-apart",
        "dates32-end-of-month",
        "dates32-end-of-the-year",
        "dates32-weeks-duration",
        "dates32-one-week",
    ],
)
def test_dates32_holidays_year_ends_and_weeks_to(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


# dates-32: an ordinal counts the times ("for a third week", "the sixth month in a row"): one
# span without a duration value; a part of a fiscal year written with a split year or FY code
# ("the second quarter of fiscal 2025-26", "the first quarter of FY26") is one span, valued
# by the year the fiscal year ends in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rate was kept for the sixth month in a row.", [("the sixth month in a row", None)]),
        ("Mortgage rates fell for a third week.", [("a third week", None)]),
        ("Exports grew for a fifth year in a row.", [("a fifth year in a row", None)]),
        (
            "GDP grew 8.2 percent in the second quarter of fiscal 2025-26.",
            [("the second quarter of fiscal 2025-26", "FY2026-Q2")],
        ),
        (
            "Revenue in the first quarter of FY26 rose 8 percent.",
            [("the first quarter of FY26", "FY2026-Q1")],
        ),
        (
            "The deficit in the first half of 2025-26 was 36 percent of the target.",
            [("the first half of 2025-26", "FY2026-H1")],
        ),
        # near-misses: counts stay durations; a calendar quarter and a fiscal year as before
        ("The project took three weeks.", [("three weeks", "P3W")]),
        ("GDP grew 4.8 percent in the third quarter.", [("the third quarter", None)]),
        (
            "Sales rose in the fourth quarter of fiscal 2025.",
            [("the fourth quarter of fiscal 2025", "FY2025-Q4")],
        ),
        ("GDP grew in the second quarter of 2025.", [("the second quarter of 2025", "2025-Q2")]),
    ],
    ids=[
        "dates32-ordinal-in-a-row",
        "dates32-ordinal-week",
        "dates32-ordinal-year-in-a-row",
        "dates32-quarter-of-fiscal-split",
        "dates32-quarter-of-fy-code",
        "dates32-half-of-split-year",
        "dates32-count-weeks",
        "dates32-calendar-quarter",
        "dates32-quarter-of-fiscal",
        "dates32-quarter-of-year",
    ],
)
def test_dates32_ordinal_times_and_parts_of_fiscal_years(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


# dates-32: "the full year 2025" / "full-year 2025" is one span valued by its year; the end of
# a quarter or half ("the end of the third quarter of 2025") is one span, which has no value of
# its own, as "the end of 2023" has none (a bound of a period, read by the fact rules).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the full year 2025, growth will be 5 percent.", [("the full year 2025", "2025")]),
        ("For full-year 2025, growth will be 5 percent.", [("full-year 2025", "2025")]),
        (
            "At the end of the third quarter of 2025, the NPL ratio was 1.5 percent.",
            [("the end of the third quarter of 2025", None)],
        ),
        (
            "At the end of the third quarter, the NPL ratio was 1.5 percent.",
            [("the end of the third quarter", None)],
        ),
        ("By the end of the first half, debt rose.", [("the end of the first half", None)]),
        # near-misses: "full-year" alone and a quarter without its end, as before
        ("Full-year revenue rose 9 percent.", [("Full-year", None)]),
        ("Sales rose in the third quarter of 2025.", [("the third quarter of 2025", "2025-Q3")]),
    ],
    ids=[
        "dates32-the-full-year-year",
        "dates32-full-year-year",
        "dates32-end-of-quarter-of-year",
        "dates32-end-of-quarter",
        "dates32-end-of-half",
        "dates32-full-year-alone",
        "dates32-quarter-of-year",
    ],
)
def test_dates32_full_years_and_ends_of_quarters(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


# period-33: the word that bounds a relative year, month or week is inside its span ("Early
# this year", as "early 2024"); a month range named a "half" keeps the noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Early this year, Bharti Airtel raised tariffs.", [("Early this year", None)]),
        ("Later this year, the utility will spend more.", [("Later this year", None)]),
        ("Earlier this month, the operator added users.", [("Earlier this month", None)]),
        ("The deal closed late last week.", [("late last week", None)]),
        ("Premiums rose in the April-September half.", [("the April-September half", None)]),
        # near-misses: a duration counted back and a bare relative year, as before
        ("Two years earlier, sales fell.", [("Two years earlier", None)]),
        ("Sales fell this year.", [("this year", None)]),
    ],
    ids=[
        "period33-early-this-year",
        "period33-later-this-year",
        "period33-earlier-this-month",
        "period33-late-last-week",
        "period33-month-range-half",
        "period33-years-earlier",
        "period33-this-year",
    ],
)
def test_dates_period33_bounded_relative_periods(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected
