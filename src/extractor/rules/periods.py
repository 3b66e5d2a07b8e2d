"""Periods: a DATE phrase resolved against the article's date, and periods in canonical form.

The DATE stage reads what the text alone fixes ("the first half of 2023" -> ``2023-H1``); with
an anchor (the article's date) the relative phrases get a value too: "last year" in an article
of 2024-01-05 is ``2023``, "the fourth quarter" in January 2024 is ``2023-Q4``, "Friday" is the
Friday on or before the anchor. A month range that is a quarter, a half or a year is written as
one (``2024-01/2024-03`` -> ``2024-Q1``), as the facts guideline asks.

>>> from datetime import date
>>> anchor = date(2024, 1, 26)
>>> [resolve(p, None, anchor) for p in ("last year", "the fourth quarter", "Friday", "December")]
['2023', '2023-Q4', '2024-01-26', '2023-12']
>>> resolve("the first three quarters", None, date(2023, 10, 27))
'2023-01/2023-09'
>>> resolve("the first three quarters", None, date(2024, 1, 9))
'2023-01/2023-09'
>>> resolve("the full year", None, date(2024, 10, 25), ahead=True), resolve("full-year", None, date(2024, 2, 6))
('2024', '2023')
>>> canonical("2024-01/2024-06"), canonical("2023-10/2023-12"), canonical("2023-01/2023-11")
('2024-H1', '2023-Q4', '2023-01/2023-11')
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta

from extractor.rules.resources import read_lexicon

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RANGE = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@functools.cache
def _months() -> dict[str, int]:
    return {row["surface"].lower().rstrip("."): int(row["month"]) for row in read_lexicon("months")}


@functools.cache
def counts() -> dict[str, int]:
    """Counts and ordinals written as words ("three", "third") and their numbers."""
    return {row["surface"].lower(): int(row["value"]) for row in read_lexicon("ordinals")}


def count_of(word: str) -> int | None:
    """A count written as a word or in digits: "six" and "6" are 6.

    >>> count_of("six"), count_of("12"), count_of("several")
    (6, 12, None)
    """
    return int(word) if word.isdigit() else counts().get(word.lower())


def parse_day(value: str | None) -> date | None:
    """``date`` of an ISO day ("2024-01-26"), or ``None``."""
    match = _ISO_DAY.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a date written without its year: "Feb 4", "Oct. 27", "22nd July".

    >>> month_day("Feb 4"), month_day("22nd July"), month_day("2024")
    ((2, 4), (7, 22), None)
    """
    words = re.findall(r"[a-z]+|\d+", text.lower())
    months = [m for w in words if (m := _months().get(w)) is not None]
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31 and len(w) <= 2]
    if len(months) == 1 and len(days) == 1 and not re.search(r"\d{4}", text):
        return months[0], days[0]
    return None


def weekday(text: str) -> int | None:
    """The weekday (Monday = 0) a DATE phrase names alone: "Thursday", "on Monday"."""
    words = re.findall(r"[a-z]+", text.lower())
    days = [_WEEKDAYS.index(w) for w in words if w in _WEEKDAYS]
    return days[0] if len(days) == 1 and len(words) <= 2 else None


def year_of_weekday(
    month: int, day: int, weekdays: set[int], near: int, at_least: int | None = None
) -> int | None:
    """The year, from one before ``near`` to three after (and not before ``at_least``), in which
    month/day falls on one of the weekdays the lead names; the closest to ``near`` when several
    fit.

    A dateline says "April 11" and its lead "on Thursday": of 2022-2026 only 2024 fits. News
    reports the recent past, so the window leans after the years the article speaks of. When
    the year cannot be before ``at_least`` and none fits, the weekday may be the day before
    the dateline's (a wire story from Asia telling what happened "on Monday" under a Tuesday
    dateline).

    >>> year_of_weekday(4, 11, {3}, 2023), year_of_weekday(9, 9, {0, 4}, 2025)
    (2024, 2024)
    >>> year_of_weekday(1, 30, {0}, 2023), year_of_weekday(1, 30, {0}, 2023, at_least=2024)
    (2023, 2024)
    >>> year_of_weekday(2, 29, {0}, 2023) is None
    True
    """
    first = near - 1 if at_least is None else max(near - 1, at_least)
    for back in (0, 1) if at_least is not None else (0,):
        fits = []
        for year in range(first, near + 4):
            try:
                if (date(year, month, day) - timedelta(days=back)).weekday() in weekdays:
                    fits.append(year)
            except ValueError:
                continue
        if fits:
            return min(fits, key=lambda y: abs(y - near))
    return None


def latest_year_of_weekday(month: int, day: int, weekdays: set[int], today: date) -> int | None:
    """The latest year, by ``today``, in which month/day fell on one of the weekdays.

    A wire story that names no year at all ("WUHAN, Oct. 24 (Xinhua) -- ... said Tuesday") is
    read soon after it was written: of the years its dateline fell on that weekday (one in
    five to eleven), the latest that has come. None when no year of the last twelve fits.

    >>> latest_year_of_weekday(10, 24, {1}, date(2026, 12, 4))
    2023
    >>> latest_year_of_weekday(3, 4, {0}, date(2026, 12, 4)), latest_year_of_weekday(3, 4, {0}, date(2024, 3, 3))
    (2024, 2019)
    >>> latest_year_of_weekday(2, 29, {6}, date(2026, 12, 4)) is None
    True
    """
    for year in range(today.year, today.year - 12, -1):
        try:
            day_of = date(year, month, day)
        except ValueError:
            continue
        if day_of <= today and day_of.weekday() in weekdays:
            return year
    return None


def end_of(value: str | None) -> date | None:
    """The last day of a period value: a year, a quarter, a half, a month or a day.

    >>> end_of("2023"), end_of("2023-Q4"), end_of("2024-H1"), end_of("2024-02")
    (datetime.date(2023, 12, 31), datetime.date(2023, 12, 31), datetime.date(2024, 6, 30), \
datetime.date(2024, 2, 29))
    >>> end_of("2023-11-15"), end_of("FY2024"), end_of(None)
    (datetime.date(2023, 11, 15), None, None)
    """
    match = re.fullmatch(r"(\d{4})(?:-([QH])([1-4]))?", value or "")
    if match is None:
        return last_day(value)
    months = {None: 12, "Q": 3, "H": 6}[match[2]] * int(match[3] or 1)
    return last_day(f"{match[1]}-{months:02d}") if months <= 12 else None


def canonical(value: str) -> str:
    """A month range that is a quarter, a half or a whole year, written as one."""
    match = _MONTH_RANGE.match(value)
    if not match or match[1] != match[3]:
        return value
    year, first, last = match[1], int(match[2]), int(match[4])
    if (first, last) == (1, 12):
        return year
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{1 if first == 1 else 2}"
    if last - first == 2 and first % 3 == 1:
        return f"{year}-Q{(first + 2) // 3}"
    return value


def shift_years(value: str, years: int) -> str | None:
    """The same period ``years`` later (or earlier): ``2024-Q4`` -> ``2023-Q4`` for -1.

    >>> shift_years("FY2024-25", -1), shift_years("2023-01/2023-09", 1)
    ('FY2023-24', '2024-01/2024-09')
    """
    split = re.fullmatch(r"FY(\d{4})-\d\d", value)
    if split is not None:  # India's split year: "FY2024-25" -> "FY2023-24"
        return _split_form(int(split[1]) + 1 + years)

    def shift(match: re.Match[str]) -> str:
        return str(int(match.group()) + years)

    shifted = re.sub(r"(?<![\d-])\d{4}(?!\d)", shift, value)
    return shifted if shifted != value or not re.search(r"\d{4}", value) else None


def _latest_month(
    month: int, anchor: date | None, ahead: bool = False, last: int | None = None
) -> int | None:
    """The year of the latest period starting in ``month`` that has begun by the anchor, or
    with ``ahead`` of the next one (ending in ``last``) that has not ended before it."""
    if anchor is None:
        return None
    if ahead:
        return anchor.year if (last or month) >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _nearest_months(first: int, last: int, anchor: date, ahead: bool) -> int:
    """The year of the months ``first``..``last`` (of one calendar year) nearest the anchor:
    the anchor's own year when they hold its month, else the year of the last such span that
    has ended or of the next that has not begun, whichever is nearer in months; a tie goes
    ahead for a plan (``ahead``) and back for a report.

    News names a month without its year when it is near: "a first cut in June" written in
    April is the coming June, "in January" written in March the last one; a month half a year
    or more away gets its year ("last June", "June 2025").

    >>> _nearest_months(6, 6, date(2024, 4, 11), False), _nearest_months(1, 1, date(2025, 3, 18), True)
    (2024, 2025)
    >>> _nearest_months(10, 12, date(2024, 2, 28), True), _nearest_months(9, 9, date(2024, 3, 28), False)
    (2023, 2023)
    """
    if first <= anchor.month <= last:
        return anchor.year
    back = (anchor.month - last) % 12  # months since the last one ended
    forward = (first - anchor.month) % 12  # months until the next one begins
    if forward < back or (forward == back and ahead):
        return anchor.year if first > anchor.month else anchor.year + 1
    return anchor.year if last < anchor.month else anchor.year - 1


def _latest_ended(first: int, last: int, anchor: date | None, ahead: bool) -> int | None:
    """The year of the latest span of months ``first``..``last`` that has ended by the anchor:
    "the first three quarters" reported in January are last year's. A span of one quarter or
    less, and a plan's span, are read as ``_latest_month`` reads them."""
    if anchor is None or ahead or last - first < 3:
        return _latest_month(first, anchor, ahead, last)
    return anchor.year if last < anchor.month else anchor.year - 1


def _nearest_quarter(n: int, anchor: date) -> int:
    """The year of quarter ``n`` for a forecast: the quarter just ended when it ended within the
    last 90 days, its results still to come ("economists expect fourth-quarter GDP fell" in
    January), else the next one that has not ended ("growth in the second quarter").

    >>> _nearest_quarter(4, date(2024, 1, 11)), _nearest_quarter(3, date(2024, 1, 11))
    (2023, 2024)
    """
    ended = next(
        y
        for y in (anchor.year, anchor.year - 1)
        if (end := last_day(f"{y}-{3 * n:02d}")) is not None and end < anchor
    )
    end = last_day(f"{ended}-{3 * n:02d}")
    if end is not None and (anchor - end).days <= 90:
        return ended
    return anchor.year if 3 * n >= anchor.month else anchor.year + 1


def relative_year(text: str, anchor: date) -> int | None:
    """The year a phrase names, written or told relative to ``anchor`` ("next year")."""
    explicit = re.search(r"\b(?:19|20)\d\d\b", text)
    if explicit:
        return int(explicit.group())
    if re.search(r"\b(?:last|previous|prior|preceding|past)\s+year\b", text):
        return anchor.year - 1
    if re.search(r"\b(?:this|current)\s+year\b|\bthe\s+year\b|\byear\s+to\s+date\b", text):
        return anchor.year
    if re.search(r"\b(?:next|coming)\s+year\b", text):
        return anchor.year + 1
    return None


def full_year(anchor: date, ahead: bool) -> str:
    """The year "the full year" (or "for the year") names: a forecast's is the one running on
    ``anchor``, a reported one has ended."""
    return str(anchor.year if ahead else anchor.year - 1)


def resolve(
    text: str, value: str | None, anchor: date | None, ahead: bool = False, nearest: bool = False
) -> str | None:
    """The value of a DATE phrase, using ``anchor`` (the article's date) for relative phrases.

    ``value`` is what the DATE stage read from the phrase alone; a phrase with a year keeps it.
    A phrase without a year means the latest such period, or with ``ahead`` (a plan, a
    forecast) the next one: "the second quarter" in February 2025 is 2024-Q2, or 2025-Q2.
    With ``nearest``, a month or a span of months named without a year ("in June", "Oct. 27",
    "the October-December period") is the one nearest the anchor, before or after it
    (``_nearest_months``); a tie goes ahead with ``ahead``, else back.

    >>> resolve("June", None, date(2024, 4, 11)), resolve("June", None, date(2024, 4, 11), nearest=True)
    ('2023-06', '2024-06')

    >>> resolve("the current quarter", None, date(2025, 2, 4))
    '2025-Q1'
    >>> resolve("the end of September 2023", "2023-09", None)
    '2023-09-30'
    >>> resolve("the end of next year", None, date(2025, 11, 6))
    '2026-12-31'
    """
    lowered = text.lower().strip()
    if (core := _EARLY_LATE.fullmatch(lowered)) is not None:
        # "Early this year", "Later this year", "late last month": the period of their core
        return resolve(core["core"], value, anchor, ahead, nearest)
    year_end = _YEAR_END.fullmatch(lowered)
    if year_end is not None:
        return f"{year_end['year']}-12-31"  # "the end of 2024", "end-2025": its last day
    if value is not None:
        if re.fullmatch(r"\d{4}-\d\d", value) and re.match(r"(?:the\s+)?end\s+of\s", lowered):
            # "the end of September 2023": its last day, as without a year
            return str(last_day(value))
        return canonical(value)
    if anchor is None:
        return None
    if _RELATIVE_YEAR_END.fullmatch(lowered):
        return f"{relative_year(lowered, anchor)}-12-31"  # "the end of next year"
    ahead_years = next_years(lowered, anchor)
    if ahead_years is not None:
        return ahead_years
    ahead_months = next_months(lowered, anchor)
    if ahead_months is not None:
        return ahead_months
    if re.fullmatch(r"(?:the\s+)?full[\s-]year|the\s+(?:whole|entire)\s+year", lowered):
        return full_year(anchor, ahead)
    if re.fullmatch(r"(?:the\s+)?current\s+quarter", lowered):
        return f"{anchor.year}-Q{(anchor.month + 2) // 3}"  # the quarter running on the date
    start = _START_OF.fullmatch(lowered)
    if start:
        # "(since) the start of the year": its first month; "the beginning of April": April
        of = start["of"] if re.fullmatch(r"\d{4}", start["of"]) else None
        of = of or resolve(start["of"], None, anchor, ahead, nearest)
        return f"{of}-01" if of and re.fullmatch(r"\d{4}", of) else of
    if _YEAR_TO_DATE.fullmatch(lowered):
        return since(f"{anchor.year}-01", anchor)
    year = relative_year(lowered, anchor)
    told = year
    if not ahead and year == anchor.year and re.search(r"\bof\s+the\s+year\b", lowered):
        # "the first 11 months of the year" reported: the year the text speaks of, so the
        # latest such span that has ended (last year's in a January article), as with no year
        told = None
    readers = (
        _holiday,
        _months_of_year,
        _quarter_range,
        _quarter_or_half,
        _months_to,
        _day_range,
        _days_of_month,
        _month_and_day,
        _weekday,
        _month_near,
        _quarter_near,
        _week_near,
    )
    for reader in readers:
        found = reader(lowered, anchor, told, ahead, nearest)
        if found is not None:
            return canonical(found)
    if year is not None and re.fullmatch(
        r"(?:the\s+)?(?:last|previous|prior|preceding|past|this|current|next|coming)\s+year"
        r"|the\s+year",
        lowered,
    ):
        return str(year)
    return None


# "early this year", "later this month", "late last year": a part of a relative year, month
# or week is dated as its whole
_EARLY_LATE = re.compile(
    r"(?:early|earlier|late|later|mid)[\s-]+"
    r"(?P<core>(?:this|last|next|the\s+current|the\s+previous)\s+(?:year|month|week))"
)
# "the end of 2024", "end-2025"
_YEAR_END = re.compile(r"(?:(?:the\s+)?end\s+of\s+|end-)(?P<year>\d{4})")
# "the end of last year", "the end of the current year": the last day of a year told relative
# to the article's date
_RELATIVE_YEAR_END = re.compile(
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:this|current|last|previous|past|next|coming)\s+year"
)
# "the start of the year", "the beginning of April"
_START_OF = re.compile(r"(?:the\s+)?(?:start|beginning)\s+of\s+(?P<of>.+)")
# the months of the year so far: "year to date", "the year-to-date"
_YEAR_TO_DATE = re.compile(r"(?:the\s+)?year[\s-]to[\s-]date|ytd")


def in_year(text: str, year: str) -> str | None:
    """The part of ``year`` a DATE phrase names, read from the phrase alone (the DATE stage).

    >>> in_year("the final three months of 2023", "2023"), in_year("the first half", "2024")
    ('2023-10/2023-12', '2024-H1')
    """
    lowered = text.lower()
    for reader in (_months_of_year, _quarter_or_half):
        found = reader(lowered, None, int(year), False)
        if found is not None:
            return found
    return None


def _holiday(
    text: str, anchor: date | None, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    """ "the eight-day Spring Festival holiday", "the National Day holiday": the days off of
    China's public holiday (``holidays.tsv``), in the year written or else the one nearest the
    article's date; a holiday on a fixed day of a year not listed starts on it and lasts the
    days written ("eight-day") or its usual length.

    >>> _holiday("the eight-day spring festival holiday", date(2024, 2, 18), None, False)
    '2024-02-10/2024-02-17'
    >>> _holiday("the labor day holiday", date(2025, 5, 6), None, False)
    '2025-05-01/2025-05-05'
    >>> _holiday("the labor day weekend", date(2025, 9, 2), None, False) is None
    True
    """
    found = _holiday_name().search(text)
    if found is None or anchor is None:
        return None
    name = _holiday_names()[found.group()]
    spans = _holidays().get(name["holiday"], {})
    years = [year] if year is not None else [anchor.year - 1, anchor.year, anchor.year + 1]
    candidates = []
    for y in years:
        if y in spans:
            candidates.append(spans[y])
        elif name["fixed_start"] != "-":
            first = date.fromisoformat(f"{y}-{name['fixed_start']}")
            days = re.search(r"\b(\w+)-day\b", text)
            length = count_of(days[1]) if days else None
            length = length or int(name["days"])
            candidates.append((first, first + timedelta(days=length - 1)))
    if not ahead and year is None:
        # a figure reported is of a holiday that has begun: "the Qingming holiday" in January
        candidates = [span for span in candidates if span[0] <= anchor] or candidates
    if not candidates:
        return None
    first, last = min(candidates, key=lambda span: abs((span[0] - anchor).days))
    if year is None and name["near"] != "-" and abs((first - anchor).days) > int(name["near"]):
        return None  # "the Labor Day weekend" in American news in September: not May Day
    if first == last:
        return first.isoformat()  # one day off: "the New Year's Day holiday" of 2025
    return f"{first.isoformat()}/{last.isoformat()}"


@functools.cache
def _holiday_names() -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in read_lexicon("holiday_names")}


@functools.cache
def _holidays() -> dict[str, dict[int, tuple[date, date]]]:
    spans: dict[str, dict[int, tuple[date, date]]] = {}
    for row in read_lexicon("holidays"):
        first, last = date.fromisoformat(row["first"]), date.fromisoformat(row["last"])
        spans.setdefault(row["holiday"], {})[last.year] = (first, last)
    return spans


@functools.cache
def _holiday_name() -> re.Pattern[str]:
    """The holiday names of ``holiday_names.tsv``, longest first (lower case)."""
    names = sorted(_holiday_names(), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(name) for name in names))


def _months_of_year(
    text: str, anchor: date | None, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    """ "the first 11 months (of last year)", "the first three quarters", "the first month of
    2025", "January-April"."""
    if re.search(r"\bfirst\s+month\b", text) and year is not None:
        return f"{year}-01"  # "the first month of 2025"
    first = re.search(r"\b(first|final|last)\s+(\w+)\s+(months|quarters)\b", text)
    if first:
        count = count_of(first[2])
        if count is None:
            return None
        months = count * (3 if first[3] == "quarters" else 1)
        if not 1 <= months <= 12:
            return None
        start, last = (1, months) if first[1] == "first" else (13 - months, 12)
        y = year if year is not None else _latest_ended(start, last, anchor, ahead)
        return f"{y}-{start:02d}/{y}-{last:02d}" if y is not None else None
    span = _MONTH_SPAN.fullmatch(text)
    if span and span["a"] in _months() and span["b"] in _months():
        start, end = _months()[span["a"]], _months()[span["b"]]
        if span["fy"]:
            year = _fiscal_quarter_year(start, end, int(span["fy"]))
            if year is None:
                return None
        if start > end and year is None and not span["fy"] and anchor is not None:
            # "April-January", "July-March": a fiscal year to date that runs over New Year,
            # the latest that has ended (or the next, for a plan) by the anchor
            last_year = anchor.year if end < anchor.month else anchor.year - 1
            last_year += 1 if ahead else 0
            return f"{last_year - 1}-{start:02d}/{last_year}-{end:02d}"
        if year is not None:
            span_year: int | None = year
        elif start == 1 and end > start and not ahead and anchor is not None:
            # "January-October" reported is a year's months so far that have ended: in a
            # January article last year's (as "the first ten months")
            span_year = anchor.year if end < anchor.month else anchor.year - 1
        elif nearest and anchor is not None and start < end:
            span_year = _nearest_months(start, end, anchor, ahead)
        else:
            span_year = _latest_month(start, anchor, ahead, end)
        if start >= end or span_year is None:
            return None
        return f"{span_year}-{start:02d}/{span_year}-{end:02d}"
    return None


# The words that join the first and last month of a span: "January-March", "January to March",
# "January-to-September", "January through June" (the facts stage reads spans with them too).
MONTH_JOINER = r"(?:-(?:to|through)-|-|\u2013|to|through)"


# "January-April", "the April-June quarter", "the October-December period of FY25"
_MONTH_SPAN = re.compile(
    rf"(?:the\s+|between\s+)?(?P<a>\w+)\.?\s*(?:{MONTH_JOINER}|and)\s*"
    r"(?P<b>\w+)\.?"
    r"(?:\s+(?:quarter|half|period|months))?(?:\s+of\s+(?:fiscal\s+|fy\s*)(?P<fy>\d{2}|\d{4}))?"
    r"(?:\s+(?:of\s+)?(?:last|this|next)\s+year)?"
)


def _fiscal_quarter_year(start: int, end: int, fiscal: int) -> int | None:
    """The calendar year of a quarter of fiscal year ``fiscal`` (named by the year it ends in).

    Fiscal years end in March (India, Japan), June, or September (US federal, many companies),
    so only two quarters have one calendar year whatever the year-end: January-March is in the
    year the fiscal year ends, October-December in the year before. The others are left open.

    >>> _fiscal_quarter_year(1, 3, 25), _fiscal_quarter_year(10, 12, 2024), _fiscal_quarter_year(4, 6, 25)
    (2025, 2023, None)
    """
    ends = fiscal + 2000 if fiscal < 100 else fiscal
    if (start, end) == (1, 3):
        return ends
    if (start, end) == (10, 12):
        return ends - 1
    return None


def _quarter_or_half(
    text: str, anchor: date | None, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    """ "the fourth quarter", "the first half", "Q3", "H1" (of the year the text means); "the
    last quarter of 2024" (with a year: without one it may be the latest quarter).

    >>> _quarter_or_half("the last quarter of 2024", None, 2024, False), _quarter_or_half("the last quarter", None, None, False)
    ('2024-Q4', None)

    A part told with the month it ended in ("the first quarter ended Sept 30", a June year's)
    is left to ``_months_to``: its months are those, whatever its number.

    >>> _quarter_or_half("the first quarter ended sept 30", date(2025, 11, 14), None, False)
    """
    if _MONTHS_TO.search(text):
        return None
    if year is not None and re.search(r"\bthe\s+(?:final|last)[\s-]+quarter\b", text):
        return f"{year}-Q4"
    quarter = re.search(
        r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b|\bq([1-4])\b", text
    )
    if quarter:
        n = counts()[quarter[1]] if quarter[1] else int(quarter[2])
        if year is None and ahead and anchor is not None:
            y: int | None = _nearest_quarter(n, anchor)
        else:
            y = year if year is not None else _latest_month(3 * n - 2, anchor, ahead, 3 * n)
        return f"{y}-Q{n}" if y is not None else None
    half = re.search(r"\b(first|second|1st|2nd)[\s-]+half\b|\bh([12])\b", text)
    if half:
        n = counts()[half[1]] if half[1] else int(half[2])
        y = year if year is not None else _latest_month(6 * n - 5, anchor, ahead, 6 * n)
        return f"{y}-H{n}" if y is not None else None
    return None


_MONTHS_TO = re.compile(
    r"\b(?:\w+\s+months|quarter|half[\s-]year|half)\s+(?:to|through|ended|ending)\s+"
    r"(?:the\s+end\s+of\s+)?(?P<month>[a-z]+)\b"
)
# "the September quarter" (not "the April-June quarter", a span of months of its own)
_MONTH_QUARTER = re.compile(r"(?:^|\bthe\s+)(?P<month>[a-z]+)[\s-]quarter\b")
_COUNTED = re.compile(
    r"\b(?:(?P<count>\w+)\s+months|(?P<quarter>quarter)|(?P<half>half)|(?P<year>year))\b"
)


def months_counted(text: str) -> int | None:
    """How many months a span ending in a month holds: "the six months to June" 6, "the
    quarter ended Sept. 30" and "the December quarter" 3, "the half-year to June" 6, "the year
    ended March 31" 12.

    >>> months_counted("The 12 months to March"), months_counted("the June quarter")
    (12, 3)
    """
    found = _COUNTED.search(text.lower())
    if found is None:
        return None
    if found["count"]:
        return count_of(found["count"])
    return 3 if found["quarter"] else 6 if found["half"] else 12


def _months_to(
    text: str, anchor: date, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    """ "the 12 months to March", "the six months ended June 30", "the quarter ended Sept. 30",
    "the December quarter": the months ending with the latest such month (with ``ahead``, the
    next one), not a day of it. With ``nearest``, a quarter named by its month is dated as
    the month alone would be ("the September quarter" in February: the last one).

    >>> _months_to("the 12 months to march", date(2024, 5, 15), None, False)
    '2023-04/2024-03'
    >>> _months_to("the six months ended june 30", date(2024, 5, 15), None, False)
    '2023-H1'
    >>> _months_to("the september quarter", date(2025, 11, 25), None, False)
    '2025-Q3'
    """
    found = _MONTHS_TO.search(text)
    by_month = False  # "the September quarter"
    if found is None:
        found = _MONTH_QUARTER.search(text)
        by_month = found is not None
    month = _months().get(found["month"]) if found else None
    count = months_counted(text)
    if count is None or not 1 <= count <= 24 or month is None:
        return None
    if year is not None:
        y: int | None = year
    elif by_month and nearest:
        y = _nearest_months(month, month, anchor, ahead)
    else:
        y = _latest_month(month, anchor, ahead)
    return months_ending(y, month, count) if y is not None else None


_QUARTER_RANGE = re.compile(r"\bq([1-4])\s*[-\u2013]\s*q([1-4])\b", re.IGNORECASE)


def quarter_range(text: str, year: int | None, anchor: date | None = None) -> str | None:
    """ "Q1-Q3 2024": the months of those quarters, of ``year`` or else of the latest year in
    which the last of them has ended (``_latest_ended``).

    >>> quarter_range("Q1-Q3 2024", 2024), quarter_range("Q2-Q4", None, date(2025, 2, 1))
    ('2024-01/2024-09', '2024-04/2024-12')
    """
    found = _QUARTER_RANGE.search(text)
    if found is None:
        return None
    first, last = 3 * int(found[1]) - 2, 3 * int(found[2])
    if first >= last:
        return None
    y = year if year is not None else _latest_ended(first, last, anchor, False)
    return f"{y}-{first:02d}/{y}-{last:02d}" if y is not None else None


def _quarter_range(
    text: str, anchor: date, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    return quarter_range(text, year, anchor) if _QUARTER_RANGE.search(text) else None


_DAY_RANGE = re.compile(
    r"(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|\u2013|to|through)\s*"
    r"(?:(?P<hi_month>[a-z]+)\.?\s+)?(?P<hi_day>\d{1,2})\b"
)


def day_range(
    text: str,
    year: int | None,
    anchor: date | None = None,
    ahead: bool = False,
    nearest: bool = False,
) -> str | None:
    """ "Oct. 1-7", "Jan 28-Feb 4": the days from one to the other, of ``year`` or else the year
    the first day is read in (``_month_and_day``); a span into January is of the next year.

    >>> day_range("Oct. 1-7, 2024", 2024), day_range("Dec 30-Jan 2", 2024)
    ('2024-10-01/2024-10-07', '2024-12-30/2025-01-02')
    """
    found = _DAY_RANGE.search(text.lower())
    if found is None or found["month"] not in _months():
        return None
    month = _months()[found["month"]]
    last_month = _months().get(found["hi_month"] or found["month"])
    if last_month is None:
        return None
    if year is None:
        if anchor is None:
            return None
        first = _month_and_day(f"{found['month']} {found['day']}", anchor, None, ahead, nearest)
        if first is None:
            return None
        year = int(first[:4])
    try:
        start = date(year, month, int(found["day"]))
        end = date(year + (last_month < month), last_month, int(found["hi_day"]))
    except ValueError:
        return None
    return f"{start}/{end}" if start < end else None


def _day_range(
    text: str, anchor: date, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    return day_range(text, year, anchor, ahead, nearest) if _DAY_RANGE.search(text) else None


_DAYS_OF_MONTH = re.compile(
    r"(?:the\s+)?(?P<end>first|last|final)\s+(?P<count>\w+)\s+days\s+of\s+(?P<month>[a-z]+)\.?"
    r"(?:,?\s+(?P<year>\d{4}))?"
)


def days_of_month(
    text: str, year: int | None, anchor: date | None = None, ahead: bool = False
) -> str | None:
    """ "the first 10 days of November", "the last five days of March 2024": those days, of
    ``year`` (or the year the text names) or else of the latest such month by ``anchor``.

    >>> days_of_month("the first 10 days of November 2024", None)
    '2024-11-01/2024-11-10'
    >>> days_of_month("the last five days of february", 2024)
    '2024-02-25/2024-02-29'
    """
    found = _DAYS_OF_MONTH.fullmatch(text.lower().strip())
    if found is None or found["month"] not in _months():
        return None
    month, count = _months()[found["month"]], count_of(found["count"])
    told = int(found["year"]) if found["year"] else year
    y = told if told is not None else _latest_month(month, anchor, ahead)
    if y is None or count is None:
        return None
    length = calendar.monthrange(y, month)[1]
    if not 1 <= count < length:
        return None
    first, last = (1, count) if found["end"] == "first" else (length - count + 1, length)
    return f"{date(y, month, first)}/{date(y, month, last)}"


def _days_of_month(
    text: str, anchor: date, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    return days_of_month(text, year, anchor, ahead)


def _month_and_day(
    text: str, anchor: date, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    """ "December", "Oct. 27", "the end of September", "27 October": the latest such date (with
    ``nearest``, the nearest one)."""
    words = re.findall(r"[a-z]+|\d+", text)
    months = [m for w in words if (m := _months().get(w)) is not None]
    if len(months) != 1:
        return None
    month = months[0]
    if year is not None:
        y: int | None = year
    elif nearest:
        y = _nearest_months(month, month, anchor, ahead)
    else:
        y = _latest_month(month, anchor, ahead)
    if y is None:
        return None
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if "end" in words and not days and not re.match(r"end-[a-z]", text):
        # "the end of September", "September-end": its last day ("end-June" is the month, as
        # "end-June 2025" is)
        last = (date(y + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        return f"{y}-{month:02d}-{last:02d}"
    if len(days) == 1:
        try:
            return date(y, month, days[0]).isoformat()
        except ValueError:
            return None
    return f"{y}-{month:02d}" if not days else None


def _weekday(
    text: str, anchor: date, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    """ "Friday", "on Thursday", "yesterday", "today": the latest such day up to the anchor;
    with ``nearest``, the day after it rather than six days before ("The Fed, which meets on
    Wednesday" in a story dated Tuesday: a story names the day just before it or after it, and
    a day nearly a week back as "last Wednesday").

    >>> _weekday("wednesday", date(2024, 3, 19), None, False), _weekday("wednesday", date(2024, 3, 19), None, False, True)
    ('2024-03-13', '2024-03-20')
    """
    if text in ("today", "this morning"):
        return anchor.isoformat()
    if text == "yesterday":
        return (anchor - timedelta(days=1)).isoformat()
    days = [i for i, name in enumerate(_WEEKDAYS) if re.search(rf"\b{name}\b", text)]
    if len(days) != 1 or re.search(r"\b(?:last|next|this)\b", text):
        return None
    back = (anchor.weekday() - days[0]) % 7
    if nearest and back == 6:
        back = -1  # the day after the dateline's, not six days before it
    return (anchor - timedelta(days=back)).isoformat()


_MONTH_NEAR = re.compile(r"(?:(?:earlier|later)\s+)?(this|last|previous|next)\s+month")


def _month_near(
    text: str, anchor: date, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    """ "last month", "earlier this month", "next month": the month before, of or after the
    anchor.

    >>> _month_near("earlier this month", date(2024, 2, 14), None, False)
    '2024-02'
    >>> _month_near("last month", date(2024, 1, 5), None, False)
    '2023-12'
    """
    match = _MONTH_NEAR.fullmatch(text)
    if match is None:
        return None
    shift = {"this": 0, "last": -1, "previous": -1, "next": 1}[match[1]]
    months = anchor.year * 12 + anchor.month - 1 + shift
    return f"{months // 12}-{months % 12 + 1:02d}"


_QUARTER_NEAR = re.compile(r"(last|next)\s+quarter")


def _quarter_near(
    text: str, anchor: date, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    """ "last quarter", "next quarter": the calendar quarter before or after the anchor's.

    >>> _quarter_near("last quarter", date(2025, 5, 14), None, False), _quarter_near("next quarter", date(2024, 11, 2), None, False)
    ('2025-Q1', '2025-Q1')
    >>> _quarter_near("the last quarter", date(2025, 5, 14), None, False) is None  # the final one
    True
    """
    match = _QUARTER_NEAR.fullmatch(text)
    if match is None:
        return None
    quarters = anchor.year * 4 + (anchor.month - 1) // 3 + (1 if match[1] == "next" else -1)
    return f"{quarters // 4}-Q{quarters % 4 + 1}"


_WEEK_NEAR = re.compile(r"(?:(?:earlier|later)\s+)?(this|last|previous|next)\s+week")


def _week_near(
    text: str, anchor: date, year: int | None, ahead: bool, nearest: bool = False
) -> str | None:
    """ "last week", "this week", "next week": the days, Monday to Sunday (ISO 8601's week),
    of the week before, of or after the anchor's.

    >>> _week_near("last week", date(2024, 3, 4), None, False), _week_near("this week", date(2024, 4, 11), None, False)
    ('2024-02-26/2024-03-03', '2024-04-08/2024-04-14')
    >>> _week_near("next week", date(2024, 1, 25), None, False), _week_near("the past week", date(2024, 1, 25), None, False)
    ('2024-01-29/2024-02-04', None)
    """
    match = _WEEK_NEAR.fullmatch(text)
    if match is None:
        return None
    shift = {"this": 0, "last": -1, "previous": -1, "next": 1}[match[1]]
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


_MONTHS_IN = {
    "three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12,
    "quarter": 3, "half": 6,
}  # fmt: skip


def period_ending(day: date, what: str, count: str | None = None) -> str:
    """The period that ends on ``day``: "the quarter ended Dec. 31", "the year to March 31".

    >>> period_ending(date(2024, 3, 31), "fiscal year"), period_ending(date(2024, 1, 31), "three months", "three")
    ('FY2024', '2023-11/2024-01')
    >>> period_ending(date(2023, 12, 31), "quarter"), period_ending(date(2023, 12, 31), "year")
    ('2023-Q4', '2023')
    >>> period_ending(date(2025, 5, 9), "week")  # "the week ended Friday": its seven days
    '2025-05-03/2025-05-09'
    >>> period_ending(date(2025, 2, 23), "12 weeks")  # a grocer's "12 weeks to February 23"
    '2024-12-02/2025-02-23'
    """
    weeks = re.fullmatch(r"(\w+)\s+weeks", what)
    if what == "week" or weeks:
        days = 7 * (count_of(weeks[1]) or 1 if weeks else 1)
        return f"{(day - timedelta(days=days - 1)).isoformat()}/{day.isoformat()}"
    if what.endswith("year"):
        return str(day.year) if (day.month, day.day) == (12, 31) else f"FY{day.year}"
    return months_ending(day.year, day.month, _MONTHS_IN.get(count or what, 3))


def months_ending(year: int, month: int, months: int) -> str:
    """The ``months`` months that end with ``month`` of ``year``, written canonically.

    >>> months_ending(2024, 1, 6), months_ending(2023, 12, 3), months_ending(2024, 6, 12)
    ('2023-08/2024-01', '2023-Q4', '2023-07/2024-06')
    """
    first = month - months + 1
    start_year = year if first >= 1 else year - 1
    first = first if first >= 1 else first + 12
    return canonical(f"{start_year}-{first:02d}/{year}-{month:02d}")


def last_day(value: str | None) -> date | None:
    """The last day of a day or a month value: "2024-01-31", "2023-12" (Dec. 31, 2023).

    >>> last_day("2023-12"), last_day("2024-02-10"), last_day("2024")
    (datetime.date(2023, 12, 31), datetime.date(2024, 2, 10), None)
    """
    day = parse_day(value)
    if day is not None or value is None:
        return day
    month = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if month is None:
        return None
    year, number = int(month[1]), int(month[2])
    return date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)


def first_day(value: str | None) -> date | None:
    """The first day of a period value: a day, a month, a quarter, a half, a year or a span of
    them (its first one); none for a fiscal year.

    >>> first_day("2024-06"), first_day("2024-Q3"), first_day("2024-H2"), first_day("2025")
    (datetime.date(2024, 6, 1), datetime.date(2024, 7, 1), datetime.date(2024, 7, 1), datetime.date(2025, 1, 1))
    >>> first_day("2023-11/2024-01"), first_day("2024-02-10"), first_day("FY2025")
    (datetime.date(2023, 11, 1), datetime.date(2024, 2, 10), None)
    """
    if value is None:
        return None
    first = value.split("/")[0]
    day = parse_day(first)
    if day is not None:
        return day
    found = re.fullmatch(r"(\d{4})(?:-(\d\d)|-Q([1-4])|-H([12]))?", first)
    if found is None:
        return None
    month = (
        int(found[2])
        if found[2]
        else int(found[3]) * 3 - 2
        if found[3]
        else int(found[4]) * 6 - 5
        if found[4]
        else 1
    )
    return date(int(found[1]), month, 1) if 1 <= month <= 12 else None


_NEXT_YEARS = re.compile(r"(?:the\s+)?(?:next|coming)\s+(\w+)\s+years")


def next_years(text: str, anchor: date | None) -> str | None:
    """The years ahead a plan spans, the anchor's year first: "the next three years".

    >>> next_years("the next three years", date(2024, 5, 14)), next_years("next 5 years", None)
    ('2024/2026', None)
    """
    match = _NEXT_YEARS.fullmatch(text.lower().strip())
    if match is None or anchor is None:
        return None
    word = match[1]
    count = count_of(word)
    if count is None or not 1 < count <= 30:
        return None
    return f"{anchor.year}/{anchor.year + count - 1}"


_NEXT_MONTHS = re.compile(r"(?:the\s+)?(?:next|coming)\s+(\w+)\s+months")


def next_months(text: str, anchor: date | None) -> str | None:
    """The months a plan "over the next six months" runs through: from the anchor's month to
    the month that many months after it (the span from the day to that day's match).

    >>> next_months("the next two months", date(2024, 7, 16)), next_months("next 6 months", None)
    ('2024-07/2024-09', None)
    >>> next_months("the coming six months", date(2024, 11, 3))
    '2024-11/2025-05'
    """
    match = _NEXT_MONTHS.fullmatch(text.lower().strip())
    if match is None or anchor is None:
        return None
    count = count_of(match[1])
    if count is None or not 1 < count <= 24:
        return None
    end = anchor.year * 12 + anchor.month - 1 + count
    return f"{anchor.year}-{anchor.month:02d}/{end // 12}-{end % 12 + 1:02d}"


def since(start: str, anchor: date) -> str:
    """The span from ``start`` to the anchor, at ``start``'s grain: "since March 2022".

    >>> since("2022-03", date(2024, 1, 31)), since("2019", date(2024, 5, 2))
    ('2022-03/2024-01', '2019/2024')

    The months of a year so far, and the days of a month so far ("since the start of April"
    on April 24):

    >>> since("2024-01", date(2024, 3, 21)), since("2024-04", date(2024, 4, 24))
    ('2024-01/2024-03', '2024-04-01/2024-04-24')
    """
    if re.fullmatch(r"\d{4}", start):
        return f"{start}/{anchor.year}"
    if start == f"{anchor.year}-{anchor.month:02d}":
        return f"{start}-01/{anchor.isoformat()}"
    if re.fullmatch(r"\d{4}-\d{2}", start):
        return f"{start}/{anchor.year}-{anchor.month:02d}"
    if _ISO_DAY.match(start):
        return f"{start}/{anchor.isoformat()}"
    return start


def months_in(value: str) -> int | None:
    """How many months a month, a quarter, a half or a month range lasts.

    >>> months_in("2023-Q4"), months_in("2024-H1"), months_in("2023-11/2024-01"), months_in("2024")
    (3, 6, 3, None)
    >>> months_in("2024-04"), months_in("2024-04-30")
    (1, None)
    """
    if re.fullmatch(r"\d{4}-\d\d", value):
        return 1
    if re.fullmatch(r"\d{4}-Q[1-4]", value):
        return 3
    if re.fullmatch(r"\d{4}-H[12]", value):
        return 6
    match = _MONTH_RANGE.match(value)
    if match is None:
        return None
    return (int(match[3]) - int(match[1])) * 12 + int(match[4]) - int(match[2]) + 1


def month_number(name: str) -> int | None:
    """The month a name or abbreviation stands for: "March" 3, "Sept." 9, "Monday" None."""
    return _months().get(name.lower().rstrip("."))


def fiscal_year(anchor: date, end_month: int, split: bool = False, offset: int = 0) -> str:
    """The fiscal year running on ``anchor`` when fiscal years end with ``end_month``: ``FY`` +
    the calendar year it ends in, or India's split form ``FY2023-24`` when ``split``; with
    ``offset``, that many years later ("next fiscal year": 1) or earlier ("last": -1).

    >>> fiscal_year(date(2023, 8, 2), 3), fiscal_year(date(2024, 2, 8), 3, split=True)
    ('FY2024', 'FY2023-24')
    >>> fiscal_year(date(2024, 3, 15), 3), fiscal_year(date(2024, 4, 1), 3)
    ('FY2024', 'FY2025')
    >>> fiscal_year(date(2025, 8, 7), 3, offset=-1)
    'FY2025'
    """
    ends = (anchor.year if anchor.month <= end_month else anchor.year + 1) + offset
    return _split_form(ends) if split else f"FY{ends}"


_FISCAL_PART = re.compile(r"FY(\d{4})-(?:([QH])([1-4])|([1-9])M)")


def fiscal_part(value: str, end_month: int) -> str | None:
    """The calendar months of a part of a fiscal year (a DATE value ``FY2025-Q2``, ``FY2025-H1``,
    ``FY2024-9M`` for "the first nine months") when fiscal years end with ``end_month``.

    India's and Japan's fiscal year 2025 runs from April 2024 to March 2025: its second quarter
    is July-September 2024, its first nine months April-December 2024.

    >>> fiscal_part("FY2025-Q2", 3), fiscal_part("FY2025-Q4", 3), fiscal_part("FY2025-H1", 3)
    ('2024-Q3', '2025-Q1', '2024-04/2024-09')
    >>> fiscal_part("FY2024-9M", 3), fiscal_part("FY2024-Q1", 9), fiscal_part("FY2024-Q1", 12)
    ('2023-04/2023-12', '2023-Q4', '2024-Q1')
    >>> fiscal_part("FY2024", 3) is None, fiscal_part("FY2024-H3", 3) is None
    (True, True)
    """
    match = _FISCAL_PART.fullmatch(value)
    if match is None:
        return None
    if match[2]:
        size = 3 if match[2] == "Q" else 6
        number = int(match[3])
        if number * size > 12:
            return None
        first, months = (number - 1) * size, size
    else:
        first, months = 0, int(match[4])
    start = int(match[1]) * 12 + end_month - 12  # the fiscal year's first month, 0-based
    last = start + first + months - 1
    return months_ending(last // 12, last % 12 + 1, months)


def split_year(value: str) -> str | None:
    """A fiscal year named by the year it ends in, written in India's split form.

    >>> split_year("FY2025"), split_year("FY2024-25"), split_year("2025")
    ('FY2024-25', None, None)
    """
    match = re.fullmatch(r"FY(\d{4})", value)
    return None if match is None else _split_form(int(match[1]))


# A fiscal year across two calendar years written with both in full: "fiscal 2024/2025",
# "FY2024/2025", "financial year 2024-2025", "the 2024/2025 fiscal year" (without the word it is
# a span of years: "in 2024-2025").
_LONG_SPLIT_YEAR = re.compile(
    r"(?P<fiscal>\b(?:fiscal|financial)(?:\s+year)?\s+|\bFY\s?)?(?<!\d)(?P<first>\d{4})\s?[-/\u2013]"
    r"\s?(?P<last>\d{4})(?!\d)(?P<after>\s+(?:fiscal|financial)\s+year\b)?",
    re.IGNORECASE,
)


def long_split_year(text: str, start: int, end: int) -> str | None:
    """The fiscal year written with both its calendar years in full that overlaps characters
    ``start``..``end`` of ``text``, in India's split form.

    >>> text = "revenue of $4 billion in fiscal 2024/2025, up from 2023-2024"
    >>> long_split_year(text, 25, 36), long_split_year(text, 52, 56)
    ('FY2024-25', None)
    >>> long_split_year("in the 2024-2025 financial year", 7, 16)
    'FY2024-25'
    """
    for match in _LONG_SPLIT_YEAR.finditer(text, max(0, start - 30), min(len(text), end + 30)):
        if match.start() >= end or match.end() <= start:
            continue
        if not (match["fiscal"] or match["after"]):
            continue
        if int(match["last"]) == int(match["first"]) + 1:
            return _split_form(int(match["last"]))
    return None


def _split_form(ends: int) -> str:
    """India's form of the fiscal year ending in ``ends``: 2025 -> "FY2024-25"."""
    return f"FY{ends - 1}-{ends % 100:02d}"


# China's Five-Year Plans follow one another from the Third (1966-1970), after three years of
# readjustment that followed the Second (1958-1962); India numbered its plans too, up to the
# Twelfth (2012-2017), so a number up to 12 alone does not say whose plan it is.
_THIRD_PLAN_YEAR = 1966
_LAST_SHARED_PLAN = 12
_FIVE_YEAR_PLAN = re.compile(
    r"(?P<number>\d{1,2})(?:st|nd|rd|th)\s+five[-\s]year\s+plan\b", re.IGNORECASE
)


def five_year_plan(text: str) -> str | None:
    """The years a Five-Year Plan named by its number runs over, as a span of years: the nth of
    China's plans (from the Third on) runs from 1966 + 5(n - 3) for five years. ``None`` when the text names no
    numbered plan, or one numbered 12 or lower (China's and India's plans share those numbers).

    >>> five_year_plan("the 14th Five-Year Plan period"), five_year_plan("15th five-year plan")
    ('2021/2025', '2026/2030')
    >>> five_year_plan("the 13th Five Year Plan"), five_year_plan("the 11th Five-Year Plan")
    ('2016/2020', None)
    >>> five_year_plan("the next Five-Year Plan") is None
    True
    """
    match = _FIVE_YEAR_PLAN.search(text)
    if match is None:
        return None
    number = int(match["number"])
    if not _LAST_SHARED_PLAN < number < 40:
        return None
    first = _THIRD_PLAN_YEAR + 5 * (number - 3)
    return f"{first}/{first + 4}"


@functools.cache
def _unit_numbers() -> dict[str, int]:
    rows = read_lexicon("number_words")
    return {row["surface"]: int(row["value"]) for row in rows if row["kind"] == "unit"}


_YEAR_AGO = re.compile(r"\byear-(?:ago|earlier)\b")
_YEARS_BACK = re.compile(r"(?P<count>an?|\d{1,2}|[a-z]+)\s+years?\s+(?:earlier|ago|before)")


def years_back(text: str) -> int | None:
    """How many years back a phrase counts: "a year earlier" 1, "five years ago" 5; None for
    other units ("a day earlier") and for what is no count.

    >>> years_back("a year earlier"), years_back("five years ago"), years_back("a day earlier")
    (1, 5, None)
    >>> years_back("year-ago"), years_back("year-earlier"), years_back("month-ago")
    (1, 1, None)
    """
    if _YEAR_AGO.search(text.lower()):
        return 1  # "the year-ago quarter", "year-earlier sales"
    match = _YEARS_BACK.search(text.lower())
    if match is None:
        return None
    count = match["count"]
    if count in ("a", "an"):
        return 1
    return int(count) if count.isdigit() else _unit_numbers().get(count)


def months_before(value: str, months: int) -> str | None:
    """The span of ``months`` months that ends just before a quarter or a month range starts:
    the quarter before the one in view; the month before a month.

    >>> months_before("2023-Q4", 3), months_before("2023-11/2024-01", 3), months_before("2024", 3)
    ('2023-Q3', '2023-08/2023-10', None)
    >>> months_before("2024-01", 1), months_before("2024-05", 1)
    ('2023-12', '2024-04')
    """
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    month = re.fullmatch(r"(\d{4})-(\d\d)", value)
    span = _MONTH_RANGE.match(value)
    if quarter:
        year, first = int(quarter[1]), int(quarter[2]) * 3 - 2
    elif month:
        year, first = int(month[1]), int(month[2])
    elif span:
        year, first = int(span[1]), int(span[2])
    else:
        return None
    end_year, end_month = (year, first - 1) if first > 1 else (year - 1, 12)
    if months == 1:
        return f"{end_year}-{end_month:02d}"
    return months_ending(end_year, end_month, months)


_UNITS_BACK = re.compile(
    r"(?P<count>an?|\d{1,2}|[a-z]+)\s+(?P<unit>day|week|month)s?\s+(?:earlier|ago|before)"
)


def step_back(value: str, text: str) -> str | None:
    """The period as long as ``value`` that a phrase counts back from it: "a day earlier" from
    a day, "a week earlier" from a day or a week, "a month earlier" from a month; None for
    another unit or length.

    >>> step_back("2024-01-31", "a day earlier"), step_back("2024-03", "a month earlier")
    ('2024-01-30', '2024-02')
    >>> step_back("2024-01-29/2024-02-04", "a week earlier"), step_back("2024-01", "two months ago")
    ('2024-01-22/2024-01-28', '2023-11')
    >>> step_back("2024-Q1", "a month earlier"), step_back("2024-03", "a day earlier")
    (None, None)
    """
    match = _UNITS_BACK.search(text.lower())
    if match is None:
        return None
    word, unit = match["count"], match["unit"]
    count = 1 if word in ("a", "an") else int(word) if word.isdigit() else _unit_numbers().get(word)
    if count is None:
        return None
    if unit == "month":
        if re.fullmatch(r"\d{4}-\d\d", value) is None:
            return None
        months = int(value[:4]) * 12 + int(value[5:7]) - 1 - count
        return f"{months // 12}-{months % 12 + 1:02d}"
    step = timedelta(days=count * (7 if unit == "week" else 1))
    day = parse_day(value)
    if day is not None:
        return (day - step).isoformat()
    span = re.fullmatch(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)", value)
    first, last = (parse_day(span[1]), parse_day(span[2])) if span else (None, None)
    if unit == "week" and first is not None and last is not None and (last - first).days == 6:
        return f"{(first - step).isoformat()}/{(last - step).isoformat()}"
    return None
