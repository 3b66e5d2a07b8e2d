"""DATE: find dates and periods and normalize them where the text determines one.

Values follow ISO 8601 / TIMEX3 conventions: ``2024-01-23`` (day), ``2024-01`` (month),
``2024`` (year), ``2023-Q3`` (quarter), ``2023-H1`` (half), ``2019/2023`` (year range). A date the
text alone does not fix ("last year", "Jan. 23" without a year) keeps ``value`` null.

>>> [(f.text, f.attrs["value"]) for f in find_dates("On Jan. 23, 2024 and in the first half of 2023")]
[('Jan. 23, 2024', '2024-01-23'), ('the first half of 2023', '2023-H1')]
"""

from __future__ import annotations

import functools
import re

from extractor.money import Found
from extractor.patterns import (
    CompiledPattern,
    RuleMatch,
    apply_rules,
    compile_patterns,
)
from extractor.resources import read_lexicon


@functools.cache
def _months() -> dict[str, int]:
    return {row["surface"].lower(): int(row["month"]) for row in read_lexicon("months")}


@functools.cache
def _counts() -> dict[str, int]:
    return {row["surface"].lower(): int(row["value"]) for row in read_lexicon("ordinals")}


@functools.cache
def fragments() -> dict[str, str]:
    """The placeholders the date templates may use."""
    months = sorted({row["surface"] for row in read_lexicon("months")}, key=len, reverse=True)
    counts = sorted(_counts(), key=len, reverse=True)
    return {
        "year": r"(?:19[5-9]\d|20\d\d)(?![\d,.]\d)",  # not the start of "2070.73"
        "month": "(?:" + "|".join(months) + r")(?![a-z])",
        "month_num": r"(?:0?[1-9]|1[0-2])",
        "day": r"(?:[12]\d|3[01]|0?[1-9])(?!\d)",
        "count": "(?i:" + "|".join(counts) + r")\b",
    }


@functools.cache
def date_patterns() -> tuple[CompiledPattern, ...]:
    """The compiled rules of ``patterns/dates.jsonl``."""
    return compile_patterns("dates", fragments())


def _period(text: str, year: str) -> str | None:
    lowered = text.lower()
    if re.search(r"\b(?:first|1st)\s+half\b", lowered):
        return f"{year}-H1"
    if re.search(r"\b(?:second|2nd)\s+half\b", lowered):
        return f"{year}-H2"
    quarter = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b", lowered)
    if quarter:
        return f"{year}-Q{_counts()[quarter.group(1)]}"
    months = re.search(r"\bfirst\s+(\w+)\s+months\b", lowered)
    if months and months.group(1) in _counts():
        return f"{year}-01/{year}-{_counts()[months.group(1)]:02d}"
    if months and months.group(1).isdigit():
        return f"{year}-01/{year}-{int(months.group(1)):02d}"
    return None


def normalize_value(match: RuleMatch) -> str | None:
    """The ISO-style value of a date match, or ``None`` where the text does not fix one."""
    g = match.groups
    year = g.get("year")
    month = _months().get(g["month"].lower()) if "month" in g else None
    if "month_num" in g:
        month = int(g["month_num"])
    day = int(g["day"]) if "day" in g else None
    kind = match.pattern_id
    if kind == "date.year_range" and year:
        return f"{year}/{g['hi_year']}"
    if kind == "date.duration":
        return _duration(g["_text"])
    if kind == "date.period_of_year":
        return _period(g.get("_text", ""), year) if year else None
    if kind == "date.quarter_code":
        code = re.match(r"(Q[1-4]|H[12]|[1-4]Q)", g["_text"])
        if year and code:
            part = code.group(1)
            part = f"Q{part[0]}" if part.endswith("Q") else part
            return f"{year}-{part}"
        return None
    if year and month and day:
        return f"{year}-{month:02d}-{day:02d}"
    if year and month:
        return f"{year}-{month:02d}"
    if year and kind in {"date.year", "date.fiscal"}:
        return f"FY{year}" if kind == "date.fiscal" else year
    return None


_UNIT_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y"}
_DURATION = re.compile(r"(\w+)[\s-]+(year|month|week|day|decade)s?$", re.IGNORECASE)


def _duration(text: str) -> str | None:
    """ISO 8601 duration of an exact span of time ("40 days" -> "P40D"); None otherwise."""
    match = _DURATION.search(text)
    if match is None or re.search(
        r"\b(?:ago|earlier|later|before|previously|to|about|around|almost|nearly|some|over|than|least|few|several)\b|[-\u2013]\d",
        text,
        re.IGNORECASE,
    ):
        return None
    count = _counts().get(match.group(1).lower())
    if count is None and match.group(1).isdigit():
        count = int(match.group(1))
    if count is None:
        return None
    unit = match.group(2).lower()
    return f"P{count * 10 if unit == 'decade' else count}{_UNIT_CODES[unit]}"


def _consecutive_fiscal(text: str) -> bool:
    """ "2024-25" is a fiscal year only when the second year follows the first."""
    years = re.search(r"((?:19|20)\d\d)[-/\u2013](\d\d)$", text)
    return years is not None and (int(years.group(1)) + 1) % 100 == int(years.group(2))


def find_dates(text: str) -> list[Found]:
    """Every date or period in ``text``, in order."""

    def normalize(match: RuleMatch) -> Found | None:
        span_text = text[match.start : match.end]
        if match.pattern_id == "date.fiscal_split":
            if not _consecutive_fiscal(span_text):
                return None
            start_year = match.groups["year"]
            return Found(
                match.start,
                match.end,
                span_text,
                match.pattern_id,
                {"value": f"FY{start_year}-{span_text[-2:]}"},
            )
        groups = {**match.groups, "_text": span_text}
        value = normalize_value(RuleMatch(match.pattern_id, match.start, match.end, groups))
        return Found(match.start, match.end, span_text, match.pattern_id, {"value": value})

    return apply_rules(text, date_patterns(), normalize)
