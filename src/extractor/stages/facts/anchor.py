"""The article's date: the anchor that relative dates are resolved against."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc, Span

from extractor.records import DateValue
from extractor.rules import periods
from extractor.spans import (
    doc_ents,
    doc_lowers,
    get_span_data,
)
from extractor.stages.facts.lexicon import HEAD_CHARS, _benchmark, fact_words

ANCHOR_KEY = "extractor.anchor"


def anchor_is_stated(doc: Doc) -> bool:
    """Whether the article's date is given or written in full, not inferred from a dateline."""
    return periods.parse_day(doc.user_data.get(ANCHOR_KEY)) is not None or any(
        periods.parse_day(data.value.value) is not None
        for e in doc_ents(doc)
        if e.label_ == "DATE"
        and e.start_char <= HEAD_CHARS
        and (data := get_span_data(e)) is not None
        and isinstance(data.value, DateValue)
    )


def document_anchor(doc: Doc, today: date | None = None) -> date | None:
    """The article's date: given by the caller, else the first full date in its head.

    A dateline without a year ("AUSTIN, Texas, Feb 4 (Reuters)") takes the year the article
    speaks of that is not a deadline ("by 2030"): news reports the recent past. A weekday in the
    lead ("on Thursday") picks, near that year, the one in which the dateline falls on it. A
    story that names no year at all but a weekday in its lead ("WUHAN, Oct. 24 (Xinhua) -- ...
    said Tuesday") is of the latest year, by ``today`` (the clock's date unless given), in
    which its dateline fell on that weekday. One that reports no year and names no weekday but
    plans for a year in the first months of one ("aims to receive 1.1 billion visits in 2024")
    is of that year.
    """
    given = periods.parse_day(doc.user_data.get(ANCHOR_KEY))
    if given is not None:
        return given
    head = [e for e in doc_ents(doc) if e.label_ == "DATE" and e.start_char <= HEAD_CHARS]
    for ent in head:
        data = get_span_data(ent)
        if data is not None and isinstance(data.value, DateValue):
            day = periods.parse_day(data.value.value)
            if day is not None:
                return day
    dateline = next((md for e in head if (md := periods.month_day(e.text)) is not None), None)
    if dateline is None:
        return None
    named = _dateline_weekdays(doc, head)
    planning = _planning_sentences(doc)
    reported = _reported_years(doc, planning)
    latest = _latest_year(reported)
    if latest is None:
        found = _weekday_anchor(doc, dateline, named)
        if found is None and not named and dateline[0] <= 4:
            # nothing reported of a past year, no weekday: in the first months a year the
            # story plans for ("aims to receive 1.1 billion visits in 2024") is the current one
            plan_years = [
                int(ent.text.strip())
                for ent in doc_ents(doc)
                if ent.label_ == "DATE"
                and _in_sentences(ent, planning)
                and re.fullmatch(r"\d{4}", ent.text.strip()) is not None
            ]
            if plan_years:
                return date(min(plan_years), *dateline)
        if found is None and _named_years(doc) == ([], []):
            # no weekday in the lead: the days the body names ("the statistics agency said on
            # Wednesday") are of the same week
            named = named or _dateline_weekdays(doc, doc_ents(doc))
            year = periods.latest_year_of_weekday(*dateline, named, today or date.today())
            found = date(year, *dateline) if year is not None and named else None
        return found
    year, whole = latest
    # A whole year reported in the first months of the next is annual-results season, unless
    # the article plans or forecasts that year (then it is the current one). A quarter or a
    # month of it that ends after the dateline's day ("the fourth quarter of 2023" under "Jan
    # 30") says so even then, and the year can be no earlier.
    planned = any(
        str(year) in ent.text and _in_sentences(ent, planning)
        for ent in doc_ents(doc)
        if ent.label_ == "DATE"
    )
    ended = any(
        y == year and end is not None and (end.month, end.day) > dateline
        for y, end in _reported_parts(doc, planning)
    )
    early = dateline[0] <= 4
    year = year + 1 if early and ((whole and not planned) or ended) else year
    # "April 11 ... on Thursday": the weekday of the lead fixes the year near the one guessed.
    if named:
        last = max(y for y, _ in reported)
        floor = year if early and ended else None
        year = periods.year_of_weekday(*dateline, named, last, at_least=floor) or year
    try:
        return date(year, *dateline)
    except ValueError:
        return None


def _dateline_weekdays(doc: Doc, ents: Iterable[Span]) -> set[int]:
    """The weekdays the DATE mentions ``ents`` name that may be the dateline's day: not "the
    holiday, which ended (on) Saturday", the last day of a span."""
    lowers = doc_lowers(doc)
    return {
        d
        for e in ents
        if e.label_ == "DATE"
        and (d := periods.weekday(e.text)) is not None
        and not {"ended", "closed"} & set(lowers[max(0, e.start - 2) : e.start])
    }


def _weekday_anchor(doc: Doc, dateline: tuple[int, int], weekdays: set[int]) -> date | None:
    """The article's date when it reports no past year: a dateline without a year ("JAKARTA,
    April 24") and a weekday in the lead ("on Wednesday") fix it near the years it names at all
    (a forecast "for 2024", "fiscal 2025"), the lower middle one.

    Wire stories about the latest data name no year for it ("in March", "last year"); the
    years they do name are plans and outlooks of the current or the next year, so the lower
    middle one is the nearest to the article's own.
    """
    if not weekdays:
        return None
    years, goals = _named_years(doc)
    if years:
        near = sorted(years)[(len(years) - 1) // 2]
    elif goals:
        # only goals ("aims to sell 1.5 million cars by 2026"): set one to five years ahead
        near = min(goals) - 4
    else:
        return None
    year = periods.year_of_weekday(*dateline, weekdays, near)
    return date(year, *dateline) if year is not None else None


def _named_years(doc: Doc) -> tuple[list[int], list[int]]:
    """The years the article names, but not deadlines, starting points and maturities ("by
    2030", "since 2019", "due 2034"); and apart the years of its goals ("by 2030")."""
    years: list[int] = []
    goals: list[int] = []
    skip = fact_words("deadline") | fact_words("maturity")
    for ent in doc_ents(doc):
        if ent.label_ != "DATE":
            continue
        data = get_span_data(ent)
        value = data.value.value if data is not None and isinstance(data.value, DateValue) else None
        found = re.match(r"(?:FY)?(\d{4})", value or "") or re.search(r"\b(\d{4})\b", ent.text)
        if not found:
            continue
        before = set(doc_lowers(doc)[max(0, ent.start - 3) : ent.start])
        if before & fact_words("goal"):
            goals.append(int(found[1]))
        elif not before & skip and not _benchmark(ent):
            # ("the pre-pandemic levels of 2019": a year compared with, not reported)
            years.append(int(found[1]))
    return years, goals


def _latest_year(years: list[tuple[int, bool]]) -> tuple[int, bool] | None:
    """The year the article reports on, and whether it is named as a whole year.

    Of the years the article reports (``_reported_years``), the one named most often wins, the
    earliest on a tie.
    """
    if not years:
        return None
    counts = Counter(year for year, _ in years)
    year = max(counts, key=lambda y: (counts[y], -y))
    return year, all(whole for y, whole in years if y == year)


def _reported_parts(doc: Doc, planning: list[tuple[int, int]]) -> list[tuple[int, date | None]]:
    """The quarters, halves and months the article reports (not whole years, which may be a
    budget's: "its 2024 capital spending budget"), each with its year and last day; ``planning``
    holds the sentences that plan or forecast (``_planning_sentences``)."""
    parts = []
    for ent in doc_ents(doc):
        if ent.label_ != "DATE" or _in_sentences(ent, planning) or _benchmark(ent):
            continue
        data = get_span_data(ent)
        value = data.value.value if data is not None and isinstance(data.value, DateValue) else None
        found = re.fullmatch(r"(\d{4})-(?:Q[1-4]|H[12]|\d\d)", value or "")
        if found:
            parts.append((int(found[1]), periods.end_of(value)))
    return parts


def _planning_sentences(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the sentences that plan or forecast ("aims to", "will"), in order."""
    words = fact_words("planning")
    lowers = doc_lowers(doc)
    return [(s.start, s.end) for s in doc.sents if not words.isdisjoint(lowers[s.start : s.end])]


def _in_sentences(ent: Span, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``ent`` starts inside one of the sorted token ``ranges``."""
    i = bisect_right(ranges, (ent.start, len(ent.doc) + 1)) - 1
    return i >= 0 and ranges[i][0] <= ent.start < ranges[i][1]


def _reported_years(doc: Doc, planning: list[tuple[int, int]]) -> list[tuple[int, bool]]:
    """The years the article reports on, each with whether it is named as a whole year.

    Dates after "by", "since", "due (in)", "maturing in" and the like, and dates in a sentence
    that plans or forecasts (``planning``, from ``_planning_sentences``), are no report of the
    past; a year five or more after the others is a maturity or a long-term goal.
    """
    years: list[tuple[int, bool]] = []
    not_reports = fact_words("deadline") | fact_words("maturity")
    for ent in doc_ents(doc):
        if ent.label_ != "DATE":
            continue
        before = set(doc_lowers(doc)[max(0, ent.start - 3) : ent.start])
        # "exceeded the pre-pandemic levels of 2019": a year compared with, not reported
        if before & not_reports or _in_sentences(ent, planning) or _benchmark(ent):
            continue
        data = get_span_data(ent)
        value = data.value.value if data is not None and isinstance(data.value, DateValue) else None
        found = re.match(r"(?:FY)?(\d{4})", value or "") or re.search(r"\b(\d{4})\b", ent.text)
        if found:
            years.append((int(found[1]), value == found[1]))
    if not years:
        return []
    ordered = sorted(year for year, _ in years)
    median = ordered[len(ordered) // 2]
    return [(year, whole) for year, whole in years if year < median + 5]
