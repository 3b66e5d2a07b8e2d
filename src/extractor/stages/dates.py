"""DATE: find dates and periods and normalize them where the text determines one.

Values follow ISO 8601 / TIMEX3 conventions: ``2024-01-23`` (day), ``2024-01`` (month),
``2024`` (year), ``2023-Q3`` (quarter), ``2023-H1`` (half), ``2019/2023`` (year range). A date the
text alone does not fix ("last year", "Jan. 23" without a year) keeps ``value`` null.

>>> [(f.start, f.end, f.value.value) for f in find_dates("On Jan. 23, 2024, in the first half of 2023")]
[(3, 16, '2024-01-23'), (21, 43, '2023-H1')]
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re

from extractor.records import DateValue
from extractor.rules import periods
from extractor.rules.alternation import Phrase, alternation
from extractor.rules.patterns import Found, RuleMatch, apply_rules, compile_patterns
from extractor.rules.resources import read_lexicon


@functools.cache
def _months() -> dict[str, int]:
    return {row["surface"].lower(): int(row["month"]) for row in read_lexicon("months")}


@functools.cache
def fragments() -> dict[str, str]:
    """The placeholders the date templates may use."""
    months = sorted({row["surface"] for row in read_lexicon("months")}, key=lambda w: (-len(w), w))
    counts = sorted(periods.counts(), key=lambda w: (-len(w), w))
    full = {name.lower() for name in calendar.month_name if name}
    # the dot of an abbreviation ("Sept."), never a full stop after a whole name ("to May.")
    abbreviated = sorted({m for m in months if m.lower() not in full})
    return {
        "year": r"(?:19[5-9]\d|20\d\d)(?![\d,.]\d)",  # not the start of "2070.73"
        "month": alternation([Phrase(m) for m in months]) + r"(?![a-z])",
        "month_dot": "(?:(?:" + "|".join(f"(?<={re.escape(m)})" for m in abbreviated) + r")\.)?",
        "month_num": r"(?:0?[1-9]|1[0-2])",
        "day": r"(?:[12]\d|3[01]|0?[1-9])(?!\d)",
        "count": alternation([Phrase(c, ignore_case=True) for c in counts]) + r"\b",
    }


@functools.cache
def _time_units() -> dict[str, tuple[str, int]]:
    return {
        row["unit"]: (row["designator"], int(row["count"])) for row in read_lexicon("time_units")
    }


@functools.cache
def _duration_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The unit at the end of a duration, and the words that make one relative or inexact."""
    units = "|".join(_time_units())
    blockers = "|".join(re.escape(row["word"]) for row in read_lexicon("duration_blockers"))
    return (
        re.compile(rf"(\w+)[\s-]+({units})s?$", re.IGNORECASE),
        re.compile(rf"\b(?:{blockers})\b|[-\u2013]\d", re.IGNORECASE),
    )


def normalize_value(read: str | None, groups: dict[str, str], text: str) -> str | None:
    """The ISO-style value of a date match, or ``None`` where the text does not fix one.

    ``read`` is the rule's reader (``"duration"``, ``"year_range"``, ...); without one the year,
    month and day groups make a calendar date.
    """
    g = groups
    year = g.get("year")
    if read == "year_range" and year:
        return f"{year}/{g['hi_year']}"
    if read == "duration":
        return _duration(text)
    if read == "period":
        fiscal = bool(_FISCAL_WORD.search(text))
        if g.get("fy"):  # "the first quarter of FY26": the fiscal year ending in 2026
            year, fiscal = (g["fy"] if len(g["fy"]) == 4 else f"20{g['fy']}"), True
        if g.get("split") and year:  # "the second quarter of fiscal 2025-26": FY2026
            if (int(year) + 1) % 100 != int(g["split"]):
                return None
            year, fiscal = str(int(year) + 1), True
        found = periods.in_year(text, year) if year else None
        if found and fiscal:
            # "the first half of fiscal 2025": a part of a fiscal year, as "H1FY25" is
            if re.fullmatch(r"\d{4}-[QH][1-4]", found):
                return f"FY{found}"
            months = re.fullmatch(r"(\d{4})-01/\1-0([1-9])", found)  # "the first nine months"
            return f"FY{months[1]}-{months[2]}M" if months else None
        return found
    if read == "quarter_code":
        return _quarter_code(text, year)
    if read == "fiscal_code":
        return _fiscal_code(text, year)
    if read == "month_range":
        first = _months().get(g["month"].lower().rstrip("."))
        last = _months().get(g["hi_month"].lower().rstrip("."))
        end_year = g.get("hi_year") or year
        if first is None or last is None or end_year is None or "FY" in text.upper():
            return None
        start_year = year or end_year
        return f"{start_year}-{first:02d}/{end_year}-{last:02d}"
    if read == "fiscal_split":
        if g.get("hi_year"):  # "FY 2024-2025": FY2024-25
            text = f"{year}-{g['hi_year'][-2:]}"
        if g.get("short"):
            year = f"20{g['short']}"  # "FY24/25": FY2024-25
            text = f"{year}-{text[-2:]}"
        return f"FY{year}-{text[-2:]}" if _consecutive_fiscal(text) else None
    if read == "months_ending":
        return _months_ending(g, text)
    if read == "week_ending":
        return _week_ending(g, text)
    if read == "days_of_month":
        return periods.days_of_month(text, int(year) if year else None)
    if read == "decade":
        decade = re.search(r"(?:19|20)\d0(?=s)", text)
        return f"{decade[0]}/{int(decade[0]) + 9}" if decade else None
    if read == "quarter_range":
        return periods.quarter_range(text, int(year)) if year else None
    if read == "day_range":
        return periods.day_range(text, int(year)) if year else None
    month = _months().get(g["month"].lower()) if "month" in g else None
    if "month_num" in g:
        month = int(g["month_num"])
    day = int(g["day"]) if "day" in g else None
    if year and month and day:
        return f"{year}-{month:02d}-{day:02d}"
    if year and month:
        return f"{year}-{month:02d}"
    if year and read == "year":
        # "the end of the third quarter of 2025": the quarter's value, as its span has
        return periods.in_year(text, year) or year
    if year and read == "fiscal":
        return f"FY{year}"
    return None


_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial|business)\b", re.IGNORECASE)


def _months_ending(groups: dict[str, str], text: str) -> str | None:
    """ "the six months to January 31, 2024" -> 2023-08/2024-01, "the quarter ended Dec. 31,
    2024" -> 2024-Q4, "the March quarter of 2025" -> 2025-Q1: the months ending then."""
    month = _months().get(groups["month"].lower().rstrip("."))
    months = periods.months_counted(text)
    if months is None or month is None or not groups.get("year") or not 1 <= months <= 12:
        return None
    if months == 12 and _FISCAL_WORD.search(text):
        return f"FY{groups['year']}"  # "the fiscal year ended March 31, 2025": FY2025
    return periods.months_ending(int(groups["year"]), month, months)


def _week_ending(groups: dict[str, str], text: str) -> str | None:
    """ "the week ended Nov. 7, 2025" -> 2025-11-01/2025-11-07: the seven days ending then;
    "the 52 weeks to Oct. 5, 2025" -> 2024-10-07/2025-10-05; "the week to Friday" -> None."""
    if "month" not in groups:
        return None
    weeks = re.search(r"(\w+)\s+weeks\b", text, re.IGNORECASE)
    count = 1
    if weeks is not None:
        word = weeks.group(1).lower()
        counted = int(word) if word.isdigit() else periods.counts().get(word)
        if counted is None or not 1 <= counted <= 104:
            return None
        count = counted
    month = _months().get(groups["month"].lower().rstrip("."))
    day_first = re.search(r"\b(\d{1,2})\s+[A-Z]", text)  # "the week to 14 November 2025"
    day = groups.get("day") or (day_first.group(1) if day_first else None)
    if month is None or day is None or not groups.get("year"):
        return None
    try:
        last = datetime.date(int(groups["year"]), month, int(day))
    except ValueError:  # "Feb. 30"
        return None
    return f"{last - datetime.timedelta(days=7 * count - 1)}/{last}"


def _quarter_code(text: str, year: str | None) -> str | None:
    """ "Q3 2024" -> 2024-Q3, "1Q24" -> 2024-Q1, "1H24" -> 2024-H1, "FY2024" -> FY2024,
    "9M 2024" -> 2024-01/2024-09."""
    short = re.search(r"'?(\d{2})$", text)
    if year is None and short and not re.search(r"\d{4}", text):
        year = f"20{short.group(1)}"
    code = re.match(r"(Q[1-4]|H[12]|[1-4]Q|[12]H|FY|[1-9]M)", text)
    if year is None or code is None:
        return None
    part = code.group(1)
    if part == "FY":
        return f"FY{year}"
    if part.endswith("M"):
        return f"{year}-01/{year}-{int(part[0]):02d}"
    if part[0].isdigit():  # "1Q", "2H": the number first
        part = part[1] + part[0]
    return f"{year}-{part}"


def _fiscal_code(text: str, year: str | None) -> str | None:
    """ "Q2FY25" -> FY2025-Q2, "3QFY2024" -> FY2024-Q3, "H1FY25" -> FY2025-H1, "9MFY2024" ->
    FY2024-9M: a part of a fiscal year, named by the year it ends in like ``FY2025``; its
    calendar months depend on the month fiscal years end (``periods.fiscal_part``)."""
    code = re.match(r"([QH])([1-4])|([1-4])([QH])|([1-9])M", text)
    if year is None:
        short = re.search(r"(\d{2})$", text)
        year = f"20{short.group(1)}" if short else None
    if code is None or year is None:
        return None
    if code.group(5):
        return f"FY{year}-{code.group(5)}M"
    letter, number = (
        (code.group(1), code.group(2)) if code.group(1) else (code.group(4), code.group(3))
    )
    if letter == "H" and number not in ("1", "2"):
        return None
    return f"FY{year}-{letter}{number}"


_ORDINAL = re.compile(r"first|second|third|\w+th|\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _duration(text: str) -> str | None:
    """ISO 8601 duration of an exact span of time ("40 days" -> "P40D"); None otherwise."""
    unit_at_end, blocker = _duration_regexes()
    match = unit_at_end.search(text)
    if match is None or blocker.search(text) or _ORDINAL.fullmatch(match.group(1)):
        return None  # "a third week" counts the times, it is no three weeks
    count = periods.counts().get(match.group(1).lower())
    if count is None and match.group(1).isdigit():
        count = int(match.group(1))
    if count is None:
        return None
    designator, per_unit = _time_units()[match.group(2).lower()]
    return f"P{count * per_unit}{designator}"


def _consecutive_fiscal(text: str) -> bool:
    """ "2024-25" is a fiscal year only when the second year follows the first."""
    years = re.search(r"((?:19|20)\d\d)[-/\u2013](\d\d)$", text)
    return years is not None and (int(years.group(1)) + 1) % 100 == int(years.group(2))


class DateFinder:
    """The compiled DATE rules: call it on a text to get its dates and periods, in order."""

    readers = frozenset(
        {
            "year_range", "duration", "period", "quarter_code", "fiscal_code", "year",
            "fiscal", "fiscal_split", "month_range", "months_ending", "week_ending",
            "day_range", "quarter_range", "days_of_month", "decade",
        }
    )  # fmt: skip

    def __init__(self) -> None:
        self.patterns = compile_patterns("dates", fragments(), self.readers)

    def __call__(self, text: str) -> list[Found]:
        """Every date or period in ``text``, in order."""
        return apply_rules(text, self.patterns, lambda m: self.normalize(m, text))

    @staticmethod
    def normalize(match: RuleMatch, text: str) -> Found | None:
        """Read one rule match into a :class:`Found`; a fiscal split that is no fiscal year is None."""
        span_text = text[match.start : match.end]
        value = normalize_value(match.read, dict(match.groups), span_text)
        if match.read == "fiscal_split" and value is None:
            return None
        return Found(match.start, match.end, match.pattern_id, DateValue(value=value))


@functools.cache
def _default_finder() -> DateFinder:
    return DateFinder()


def find_dates(text: str) -> list[Found]:
    """Every date or period in ``text`` with the default rules (see :class:`DateFinder`)."""
    return _default_finder()(text)
