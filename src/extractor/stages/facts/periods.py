"""Fact rules: the period (the dates themselves are read in :mod:`extractor.rules.periods`)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from extractor.rules import currencies, periods
from extractor.spans import get_span_data
from extractor.stages.facts.lexicon import (
    _END_OF,
    _NEXT_SPAN,
    _PREVIOUS_QUARTER,
    _SPAN_OPENING,
    _TWELVE_MONTHS,
    _YEAR_END,
    VALUE_LABELS,
    _bare,
    _benchmark,
    _date_value,
    _fiscal_conventions,
    _fiscal_label,
    _Value,
    fact_words,
    speech_verbs,
)
from extractor.stages.facts.subjects import _DATELINE_DASHES, SubjectRules

if TYPE_CHECKING:
    from extractor.stages.facts.finder import FactFinder


# A period spelled in months: "the October-December quarter", "January-March"
_MONTHS_NAMED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*"
    rf"{periods.MONTH_JOINER}"
    r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


# A period written as an adjective before a metric: "full-year", "first-half", "third-quarter",
# "nine-month", "annual".
_SPAN_ADJECTIVE = re.compile(
    r"(?:full|first|second|third|fourth|fiscal)[\s-](?:year|half|quarter)|full[\s-]year|"
    r"(?:three|six|nine|twelve|3|6|9|12)[\s-]months?|annual|half[\s-]year(?:ly)?",
    re.IGNORECASE,
)


_LAST_YEAR = re.compile(r"last\s+year", re.IGNORECASE)


_FISCAL_END = re.compile(
    r"\b(?:(?:fiscal|financial|business)\s+years?,?\s+(?:(?:that|which)\s+)?"
    r"(?:ended|ending|ends|end|to|through|closes|runs\s+to)|(?<!half.)year\s+(?:ended|ending))"
    r"\s+(?:in\s+|on\s+)?(?:(?:next|this|last)\s+)?(?P<month>[A-Z][a-z]{2,8})\b"
    # (not "the half-year ended September 30": a half)
    r"|(?<!half.)\byear\s+(?:to|through)\s+(?P<dated>[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b"
    # a year told by its first month: "whose fiscal year begins in October" ends in September,
    # "its financial year runs from July to June" in June
    r"|\b(?:fiscal|financial|business)\s+years?,?\s+(?:(?:that|which)\s+)?"
    r"(?:begins|begin|starts|start|runs\s+from|run\s+from)\s+(?:in\s+|on\s+)?"
    r"(?P<first>[A-Z][a-z]{2,8})\b(?:\.?\s+\d{1,2})?(?:\s+(?:to|through|until)\s+"
    r"(?P<last>[A-Z][a-z]{2,8})\b)?",
)


# A fiscal quarter told with the day it ended: "1QFY2026, the quarter ended Sept 30", "the
# first quarter ended Sept 30 (1QFY2026)", "Q1 FY26 (three months ended September 30)".
_QUARTER_ENDED = re.compile(
    r"(?:\b(?P<code>[1-4]Q|Q[1-4])\s?(?:FY\s?)?\d{2,4}"
    r"|\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
    r"(?:\s+of\s+(?:FY\s?)?\d{2,4}(?:[-/]\d{2,4})?)?)"
    r"(?:,|\s*\()?\s+(?:the\s+)?(?:(?:quarter|three\s+months)\s+)?(?:(?:which|that)\s+)?"
    r"(?:ended|ending)\s+(?:on\s+)?(?P<month>[A-Z][a-z]{2,8})\b",
    re.IGNORECASE,
)
_ORDINALS = {"fir": 1, "1st": 1, "sec": 2, "2nd": 2, "thi": 3, "3rd": 3, "fou": 4, "4th": 4}


# A week near the article's date: the report's after the value ("is estimated at 3.8%, the
# central bank said last week"), but a weekly figure's before it ("data released last week
# showed gasoline averaged $3.34 a gallon").
_WEEK_OF_REPORT = re.compile(
    r"(?:(?:early|earlier|late|later)\s+)?(?:this|last)\s+week", re.IGNORECASE
)


# A month near the article's date, which a report verb before it makes the report's
# ("reported earlier this month", "said last month").
_MONTH_OF_REPORT = re.compile(
    r"(?:(?:early|earlier|late|later)\s+)?(?:this|last)\s+month", re.IGNORECASE
)


# A day or a week back: "from a week earlier", "a day ago".
_DAY_OR_WEEK = re.compile(r"\b(?:day|week)\b", re.IGNORECASE)


# A relative clause on the date before it, up to a value: "since June 2023|, when it stood at|".
_WHEN_CLAUSE = re.compile(r",\s+when\s+[^,;]*", re.IGNORECASE)


# The words of a comparison that a date mention may open with: "more than a year earlier".
_MORE_THAN = re.compile(r"(?:more|less|fewer|higher|lower)\s+than\b", re.IGNORECASE)


# "from 33.5% in the second.": an ordinal whose noun (quarter, half) is left out
_ELLIPTICAL_PART = re.compile(
    r"\s+in\s+the\s+(first|second|third|fourth)(?=\s*(?:[.,;)]|and\b|\Z))", re.IGNORECASE
)


# The end of a list of values over a year's quarters: "7.2%, 6.8%, 7.0% and 6.9% | for
# successive quarters".
_SUCCESSIVE_QUARTERS = re.compile(
    r"\s+(?:for|in|over)\s+(?:the\s+)?(?:successive|consecutive|four)\s+quarters\b", re.IGNORECASE
)


# The trailing year after "over": "shares have doubled over the past year", undated too.
# Not "over last year": a comparison's base.
_PAST_YEAR = re.compile(r"the\s+(?:past|last)\s+year|past\s+year", re.IGNORECASE)


# "(the last three months) of 2024", "of last year": the months of a year named, not undated
_OF_A_YEAR = re.compile(r"\bof\s+(?:\d{4}|(?:last|this|next)\s+year)\b", re.IGNORECASE)


# A span counted back from now, which dates nothing: "the past 12 months", "recent years".
_UNDATED = re.compile(
    r"\b(?:past|last|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b|\brecent\s+years\b",
    re.IGNORECASE,
)


# A level's base a year back, right after it (past a restating ", or $0.48 per diluted share,"):
# "in the prior-year period", "for the year-ago quarter", "for the same period in 2023".
_PRIOR_YEAR_BASE = re.compile(
    r"(?:\s+share)?(?:,\s+or\s+\S+(?:\s+[a-z]+){0,4})?,?\s+(?:in|for|during)\s+the\s+"
    r"(?:(?:(?:prior|previous)[- ]year(?:'s)?|year[- ]ago)\s+(?:\w+\s+)?(?:period|quarter|half|month)"
    r"\b|(?:same|corresponding|comparable|like)\s+(?:\w+\s+)?(?:period|quarter|half|month)\s+"
    r"(?:in|of)\s+(?P<year>\d{4})\b)",
    re.IGNORECASE,
)


_SAME_LAST_YEAR = re.compile(
    r"(?:the\s+)?(?:same|corresponding|comparable|like)\s+(?:\w+\s+)?(?:quarter|period|month|half)"
    r"\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b",
    re.IGNORECASE,
)


# "the corresponding period | last year": the period's words before a year-back mention
_SAME_BEFORE = re.compile(
    r"\bthe\s+(?:same|corresponding|comparable|like)\s+(?:\w+\s+)?(?:quarter|period|month|half)"
    r"\s+(?:of\s+)?\Z",
    re.IGNORECASE,
)


# A year-back date opening a sentence: "A year earlier", "In the same quarter a year ago",
# "In the year-ago period", "For the same period a year before".
_YEAR_BACK_OPENING = re.compile(
    r"(?:(?:in|for|during)\s+the\s+(?:same|corresponding|comparable|like)\s+"
    r"(?:quarter|period|month|half)\s+)?"
    r"(?:a|one)\s+year\s+(?:earlier|ago|before)"
    r"|(?:in|for|during)\s+the\s+(?:year-ago|year-earlier|prior-year)\s+(?:quarter|period|month|half)"
    r"|(?:in|for|during)\s+the\s+(?:same|corresponding|comparable|like)\s+"
    r"(?:quarter|period|month|half)\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year",
    re.IGNORECASE,
)


_IN_BEFORE = re.compile(r"\b(?:in|during)\s+\Z", re.IGNORECASE)


# "a year earlier", "two months ago"; not the "Earlier" of "Earlier this month" (a date in itself)
_YEAR_BACK = re.compile(r"\b(?:earlier|ago)\b(?!\s+(?:this|last|next)\b)", re.IGNORECASE)


# The year before the one in view, told by the text rather than by the article's date: "up
# from Sh3.7 billion the previous year", "in the prior financial year" (not "last year").
_PREVIOUS_YEAR = re.compile(
    r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:(?:financial|fiscal)\s+)?year|the\s+year\s+before",
    re.IGNORECASE,
)


# "calendar-year inflation", "the calendar year's deficit"
_CALENDAR_YEAR = re.compile(r"\bcalendar[\s-]year\b", re.IGNORECASE)


# "During the period, ...": the span told before, not its last month
_THE_PERIOD_OPENING = re.compile(
    r"(?:during|in|over|for|throughout)\s+the\s+period\s*,", re.IGNORECASE
)


# The unit a year-back mention names: "the year-ago month", "the same quarter last year".
_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6}


# A date a year before the one in view: "a year earlier", "a year ago", "the same quarter
# last year" (often two mentions: "the same quarter" | "last year").
_DATE_REACH = 8


# The same words before a date that closes "the same" period of another year.
_SAME_BASE = re.compile(
    r"\b(?:from|over|on|versus|compared\s+(?:with|to)|than(?:\s+(?:in|for))?)\s+"
    r"the\s+(?:same|corresponding|comparable|like)\s+(?:[\w-]+\s+){1,2}(?:of\s+|in\s+)?\Z",
    re.IGNORECASE,
)


# "compared with the previous year": a base, never the period a text opens on
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+\Z", re.IGNORECASE)


# The numbered Five-Year Plan a statement is told over, with no years in brackets: "During the
# 14th Five-Year Plan period,", "over the 15th five-year plan", "under China's 14th Five-Year Plan";
# or the end of it a goal is set for ("by the end of the 14th Five-Year Plan period").
_OVER_PLAN = re.compile(
    r"\b(?:(?P<by_end>by\s+the\s+end\s+of)|during|over|throughout|within|in|under|for)\s+"
    r"(?:the\s+|its\s+|China's\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)\s+five[-\s]year\s+plan\b(?:\s+period)?",
    re.IGNORECASE,
)


# The span a statement is over, glossed by years in brackets after it: "During the 14th
# Five-Year Plan period (", "over the plan period (".
_DURING_PLAN = re.compile(
    r"\b(?:during|over|throughout|within|in|for)\s+the\s+(?:[\w-]+\s+){0,4}(?:plan|period)\s*\(\Z",
    re.IGNORECASE,
)


_PERFECT_REACH = 12  # tokens before a value its perfect auxiliary is looked for in


_PERFECT = frozenset(("had", "has", "have"))  # "had issued ... by the end of May": looks back


_STOOD_SINCE = re.compile(
    r"\bwhere\s+(?:it|they)\s+(?:has|have|had)\s+\w+\s+since\s*$", re.IGNORECASE
)


# A relative clause that says how long a level has stood, not when the value was: "kept the
# rate at 5.25%, where it has been since July".
# The words before the day a report was given: "according to a press conference held by the
# provincial government on April 24", "data released on Tuesday showed"
_RELEASED_ON = re.compile(
    r"\b(?:held|released|published|issued|unveiled)(?:\s+by\s+[^,.;:()]{1,60}?)?(?:\s+on)?\s*$",
    re.IGNORECASE,
)


# "up 21.3 percent on 2019": a year after "on" is a change's starting point too.
_ON_YEAR = re.compile(r"\bon\s*$", re.IGNORECASE)


# ... and for a change, its starting point ("up 5 percent from 2022", "over 2022").
_CHANGED_FROM = re.compile(r"\b(?:from|over)(?:\s+(?:in|the\s+end\s+of))?\s*$", re.IGNORECASE)


# The words before a DATE mention that make it the point of comparison, for any value...
_COMPARED = re.compile(
    r"\b(?:than(?:\s+(?:in|at|for))?|compared\s+(?:with|to)|versus|vs\.?|(?:figure|level|total)"
    r"\s+(?:of|for|in))\s*$",
    re.IGNORECASE,
)


# The words after "the month" that make it another one: "the month of June", "the month to
# May 15", "the month before".
_MONTH_NAMED_AFTER = frozenset(("of", "to", "ended", "ending", "before", "after", "through"))


class PeriodRules(SubjectRules):
    """The period of a value: the time it refers to, resolved against the article's date."""

    def __init__(self, doc: Doc, finder: FactFinder, anchor: date | None) -> None:
        super().__init__(doc, finder, anchor)
        self.split_years = any(
            re.fullmatch(r"FY\d{4}-\d\d", value or "") for value in map(_date_value, self.dates)
        )
        self.main_country = self._main_country()
        convention = self._convention()
        self.code_year_end = 3  # India's and Japan's, unless the text says December
        self.fiscal_end = self._fiscal_end()
        if convention and (self.fiscal_end is None or not self.fiscal_end[1]):
            # the market's, unstated (Pakistan's "FY2025-26" is a June year, not India's)
            self.fiscal_end = (int(convention["year_end"]), False)
        self.fiscal_by_start = convention.get("year_named_by") == "start"
        # bare quarters of the fiscal year: a market's custom, or India's split years written
        self.fiscal_quarters = self.split_years or (
            convention.get("bare_quarters") == "fiscal"
            and self._written_by_market(convention["press_marks"].split())
        )
        # a bare "first half" of a report is the latest half ended (Australia, New Zealand)
        self.latest_first_half = convention.get(
            "bare_quarters"
        ) == "halves" and self._written_by_market(convention["press_marks"].split())
        self.reporting = self._reporting_periods()
        self.main_period = self._main_period()
        self.heading_periods = self._heading_periods()
        self._resolutions = {}  # the periods resolved reads are settled

    def _reporting_periods(self) -> dict[str, str]:
        """The fiscal labels of the headline and the lede that the article spells out in months.

        A company whose year does not follow the calendar names its results by its own
        quarters and halves ("Q1 profit falls 7%", "first-half profit climbs") and says once
        which months they are ("in the three months ended Jan. 31", "the six months to
        December 31", "the October-December quarter"). The label then means those months
        wherever the article uses it without a year. Keyed ``Q1``..``Q4``, ``H1``, ``H2``.
        """
        head_end = self.sents[min(2, len(self.sents) - 1)].end if self.sents else 0
        labels: dict[int, set[str]] = {3: set(), 6: set()}
        spelled: dict[int, str] = {}
        for ent in self.dates:
            if ent.start < head_end and (key := _fiscal_label(ent.text)) is not None:
                labels[3 if key[0] == "Q" else 6].add(key)
            elif _MONTHS_NAMED.search(ent.text) or _SPAN_OPENING.match(ent.text):
                value = self.resolved(ent)
                months = periods.months_in(value) if value else None
                if value and months in labels and months not in spelled:
                    spelled[months] = value
        return {
            next(iter(keys)): spelled[months]
            for months, keys in labels.items()
            if len(keys) == 1 and months in spelled
        }

    def _convention(self) -> dict[str, str]:
        """The fiscal conventions of the article's market: by its main currency, else by the
        country it names most ("Pakistan's current account ... $733 million in 4MFY26")."""
        conventions = _fiscal_conventions()
        found = conventions.get(self._main_currency() or "", {})
        if found or self.main_country is None:
            return found
        name = _bare(self.fullest(self.main_country))
        return next((row for row in conventions.values() if _bare(row["market"]) == name), {})

    def _fiscal_end(self) -> tuple[int, bool] | None:
        """The month the article's fiscal years end in, and whether the text says so: a year
        "ending next March" or "ended March 31" (not December, the calendar's); March when the
        article writes India's split years ("2024-25") and names no end."""
        for match in _FISCAL_END.finditer(self.text):
            if match["first"] and not match["last"]:
                first = periods.month_number(match["first"])
                month = None if first is None else (first - 2) % 12 + 1  # the month before
            else:
                month = periods.month_number(
                    match["month"] or match["dated"] or match["last"] or ""
                )
            if month == 12:
                # "the group's financial year ends in December": its "3QFY2025" is the
                # calendar's third quarter, not India's
                self.code_year_end = 12
            elif month is not None:
                return month, True
        for match in _QUARTER_ENDED.finditer(self.text):
            # "1QFY2026, the quarter ended Sept 30": the fiscal year ends three quarters on
            code = match["code"]
            number = int(code.strip("Qq")) if code else _ORDINALS[match["ord"].lower()[:3]]
            month = periods.month_number(match["month"])
            if month is not None and 1 <= number <= 4:
                end = (month + 3 * (4 - number) - 1) % 12 + 1
                if end != 12:
                    return end, True
                self.code_year_end = 12
        return (3, False) if self.split_years else None

    def _main_currency(self) -> str | None:
        """The currency most of the article's amounts are in (none on a tie), which tells the
        market whose fiscal conventions its company news follows; a conversion in brackets
        ("2.1 trillion yen ($13.8 billion)") is no amount of its own. A text that marks one
        local dollar ("A$412 million") and never the US one is that market's: its bare "45
        cents", which the money stage reads as US cents (the writer marks the local dollar),
        count as the local dollar's."""
        marked = currencies.marked(self.text)  # the dollar markers alone, no place cues
        local = marked - {"USD"}
        bare = next(iter(local)) if len(local) == 1 and "USD" not in marked else "USD"
        counts: Counter[str] = Counter()
        for v in self.values:
            data = get_span_data(v) if v.label_ == "MONEY" and not self._bracketed(v) else None
            currency = getattr(data.value, "currency", None) if data is not None else None
            if isinstance(currency, str):
                counts[bare if currency == "USD" else currency] += 1
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2)
        return None if rest and rest[0][1] == n else top

    def _written_by_market(self, marks: list[str]) -> bool:
        """Whether an amount of the article is written with one of a market's own ``marks``
        ("Rs 1,420 crore", "₹640 crore"): its own press, not a wire's "40 billion rupees"."""
        wanted = {m.lower() for m in marks}
        signs = tuple(m for m in wanted if not m.isalpha())  # written onto the number: "NZ$540"
        return any(
            t.lower_ in wanted or t.text[:1] in wanted or t.lower_.startswith(signs)
            for v in self.values
            if v.label_ == "MONEY"
            for t in v
        )

    def _period_of_basis(self, value: _Value) -> None:
        """A change "quarter on quarter" is of one quarter, "month on month" of one month: when
        its sentence names no date and the period it took is longer ("In the first three
        quarters, GDP expanded 4.8 percent. Quarter on quarter, growth was 0.9 percent"), the
        quarter (month) in view."""
        months = {"quarter_on_quarter": 3, "month_on_month": 1}.get(value.basis or "")
        if (
            months is None
            or value.period is None
            or "period.sentence" in value.how
            or periods.months_in(value.period) in (None, months)
        ):
            return
        in_view = self._quarter_in_view(value.span, months=months)
        if in_view is not None:
            value.period = in_view
            value.how.append("period.of_basis")

    def _main_period(self) -> str | None:
        """The period of the headline or the lede, which the text stays on: the first sentence
        (planning and forecasts aside) that names a date that is not a day gives it.

        No period when that sentence names several ("revenue rose from X in 2021 to Y in 2022
        and Z in 2023": a series, no opening "In 2023,"), nor when the story opens on the day
        of an event ("cut its policy rate ... on Thursday"): the news of a day, whose later
        figures ("inflation, at 1.2 percent in February") date only themselves.
        """
        reporting = (s for s in self.sents if not self._plans(s))
        for sentence in itertools.islice(reporting, 4):
            found: list[str] = []
            event_day = False
            for ent in self.date_index.between(sentence.start, sentence.end):
                before = self.doc[max(0, ent.start - 1) : ent.start]
                if before and before[0].lower_ in ("since", "from", "by", "until"):
                    continue
                if (
                    self._same_of_base(ent)
                    or _COMPARED_WITH.search(self.text, max(0, ent.start_char - 20), ent.start_char)
                    or (
                        before
                        and before[0].lower_ in ("over", "than")
                        and self.value_index.between(max(0, ent.start - 6), ent.start - 1)
                    )
                ):
                    continue  # "an increase of 2.1 percent over last year": a change's base
                if _benchmark(ent) or self._after_maturity_word(ent) or self._dates_from(ent):
                    continue
                value = self.resolved(ent)
                if (
                    value
                    and re.fullmatch(r"\d{4}/\d{4}", value)
                    and self.text[max(0, ent.start_char - 1) : ent.start_char] == "("
                ):
                    continue  # "the 14th Five-Year Plan (2021-2025)": the years of a name
                if value and (not periods.parse_day(value) or self._month_end(ent)):
                    found.append(value)
                elif (
                    value
                    and (
                        (before and before[0].lower_ == "on")
                        or periods.weekday(ent.text) is not None
                    )
                    # "Alibaba reported a 5% rise in quarterly revenue on Tuesday": the day the
                    # results were told; the quarter is named further on
                    and not (before and self._object_of_results(ent.start - 2))
                ):
                    event_day = True  # not a dateline ("Jan. 23") nor a byline's date
            if found:
                return found[0] if len(set(found)) == 1 else None
            if event_day:
                return None
        return None

    def _month_end(self, ent: Span) -> bool:
        """Whether a date is the end of a month ("at the end of September"), the day balances
        are read on: a story that opens on it ("Outstanding loans reached X at the end of
        September") stays on that day. "The end of 2023" is looser ("grew 3.3% at end of 2023":
        the last quarter)."""
        text = ent.text.strip()
        return _END_OF.match(text) is not None and _YEAR_END.fullmatch(text) is None

    def _plans(self, sentence: Span) -> bool:
        """Whether a sentence plans or forecasts: a word of planning that is not analysts'
        estimate of the figure reported ("above the NT$7.9 billion average of 14 analyst
        estimates", "the EUR 1.15 bn expected by analysts", "economists polled by Reuters had
        expected"), which reports the period in view like the figure it is compared with."""
        planning, consensus = fact_words("planning"), fact_words("consensus")
        lowers, doc = self.lowers, self.doc
        return any(
            lowers[i] in planning
            # "In 2023, the midpoint of the 14th Five-Year Plan": a plan's name plans nothing
            and not (doc[i].is_title and lowers[max(0, i - 3) : i] == ["five", "-", "year"])
            and consensus.isdisjoint(lowers[max(sentence.start, i - 4) : min(sentence.end, i + 3)])
            for i in range(sentence.start, sentence.end)
        )

    def _dates_from(self, ent: Span) -> bool:
        """Whether a date dates the level a change started from ("Gross margin improved to
        34.8% from 31.2% in the fourth quarter"): the comparison's date, not the one the text
        reports on; "eased to 1.38% from 1.52% in the December quarter" too)."""
        start = ent.start - 1
        if start > 0 and self.lowers[start] in ("a", "an", "the"):
            start -= 1  # "in the | December quarter": the DATE mention is the month
        if start < 0 or self.lowers[start] not in ("in", "at", "on"):
            return False
        if start > 0 and self.lowers[start - 1] in fact_words("pace_noun"):
            start -= 1  # "slowed from a 4.9% pace | in the third quarter"
        before = self.value_index.between(max(0, start - 2), start)
        return any(v.end == start and self._after_from(v) for v in before)

    def _period(self, value: _Value, previous: _Value | None) -> None:
        span, clause, sentence = value.span, value.clause, value.sentence
        # a sentence listing many dated figures: each looks only at the dates nearest to it
        nearest = self.date_index.around(span.start, sentence.start, sentence.end, _DATE_REACH)
        dates = [d for d in nearest if d.end <= sentence.end]
        in_clause = [d for d in dates if clause[0] <= d.start and d.end <= clause[1]]
        # "worth 21.6 billion yuan ($3 billion), was sold on Jan. 10": the value's own
        # conversion in brackets, then its clause's verb, stands between it and no date (an
        # aside after it does: "for HK$10 billion (US$1.28 billion), the biggest deal ...")
        own = span.end
        for converted in self.value_index.between(span.end + 1, span.end + 2):
            if (
                self._bracketed(converted)
                and converted.end + 2 < len(self.doc)
                and self.lowers[converted.end + 1] == ","
                and self.lowers[converted.end + 2] in fact_words("clause_verb")
            ):
                own = converted.end + 1
        after = [
            d
            for d in in_clause
            if d.start >= span.end
            and (
                not self._between_values(own, d.start, asides=False)
                or self._past_nominal_values(own, d.start)
                or self._change_to_level(span, d)
                or (_YEAR_BACK.search(d.text) is not None and self._restated_between(span, d))
                or self._day_of_change(span, d)
            )
        ]
        # the first date after the value that may be its period ("70 percent of the 2019 level
        # last year": not the benchmark, the year after it)
        dated_before = any(d.end <= span.start for d in in_clause)
        after = [
            d
            for d in after
            if not _benchmark(d)
            and not self._after_maturity_word(d)
            and not self._tenor(d)
            and not self._of_another_noun(span, d)
            and not self._names_a_later_value(span, d)
            and not self._plan_of_a_share(span, d)
            # "Q1 net profit jumps 62%, raises full-year outlook": the forecast's period
            and not (
                value.kind != "target"
                and d.end < len(self.doc)
                and self.lowers[d.end] in fact_words("forecast_noun")
            )
            and not (self._part_of_period(d) and d.start - span.end > 2)
            # "declared a dividend of 10c and said it expects earnings for the year to July 31":
            # the date of another statement
            and not self._new_statement(span.end, d.start)
            # "In October alone, sales reached 4.9 billion yuan, driven by the National Day
            # holiday": the date of a cause, when the clause dates the value before it
            and not (dated_before and self._in_cause(span.end, d.start))
        ][:1]
        # "reserves of $X as of February 2": the day of a balance, past the clause's end
        reach = span.end  # past a conversion in brackets: "TL 2.49 trillion ($77.3 billion)"
        if value.kind == "change" and span.end < len(self.doc) and self.lowers[span.end] == "to":
            # "rose by $5.5 billion to $702 billion as of Nov 7": the change of the balance
            # reached, to the same day
            for reached in self.value_index.between(span.end + 1, span.end + 2):
                reach = reached.end
        for converted in self.value_index.between(reach, reach + 2):
            if self._bracketed(converted):
                reach = converted.end + 1
        as_of = [
            d
            for d in dates
            if span.end <= d.start <= reach + 3
            and self.doc[d.start - 2 : d.start].text.lower() in ("as of", "as at", "as on")
        ]
        after = after or as_of[:1]
        before = [d for d in in_clause if d.end <= span.start][::-1]
        # dates of other clauses: before the value, or after it in a clause with no figure of
        # its own ("raised IDR 4.2 trillion ..., while Aneka Logam reported first-quarter
        # revenue of 9.6 trillion rupiah": the quarter is the revenue's)
        taken = {(d.start, d.end) for d in (*in_clause, *after)}
        others = [
            d
            for d in dates
            if (d.start, d.end) not in taken
            and (
                d.end <= span.start
                or not self._between_values(span.end, self.clause_of(d)[1], asides=False)
            )
        ]
        paragraph = self.paragraph(span.start)
        if (
            after
            and span.start > 1
            and self.lowers[span.start - 1] == "from"
            and any(
                v.end == span.start - 1 and self._day_of_change(v, after[0])
                for v in self.value_index.between(max(0, span.start - 8), span.start - 1)
            )
        ):
            # "rose to 9 per cent from 8 per cent on Jan 1": the day is the change's, the level
            # it started from has none
            value.how.append("period.starting_point")
            return
        if (
            span.label_ == "PERCENT"
            and value.metric_cls in ("rate", "")
            and value.kind in ("target", "level")
            and (not after or self._not_the_period(after[0], value.kind))
            and (met := self._meeting_day(value)) is not None
        ):
            # "The Fed, which meets on Wednesday, is expected to keep its target range at
            # 5.25%-5.5%": the rate of that meeting
            value.period, value.period_span = met[1], met[0]
            value.how.append("period.meeting")
            return
        if not after and (since_then := self._since_then(value)) is not None:
            # "... a deficit in late January. Since then the RBI has injected over 2.5 trillion
            # rupees": from the date the sentence before names to the article's date
            value.period = since_then
            value.how.append("period.since_then")
            return
        if self._earlier_forecast(value, previous, after[:1]):
            assert previous is not None
            value.period, value.period_span = previous.period, previous.period_span
            value.how.append("period.earlier_forecast")
            return
        point_in_time = value.metric_cls in ("shares", "rate") or (value.metric_cls == "instrument")
        # a cap in force ("subsidies of up to 800 yuan per mu") has no period of its own
        qualifier = getattr(value.data.value, "qualifier", None)
        cap = qualifier == "at_most" and value.kind != "target"
        if self._undated(value, after[:1]):
            value.how.append("period.undated")
            return
        if (
            not after or after[0].text.lower() in ("a year", "per year", "each year", "every year")
        ) and self._opened_undated(span, dates):
            # "Over the past five years, exports grew 9 percent annually" ("... a year"): the
            # sentence's only date is a span counted back from now, which dates nothing
            value.how.append("period.undated")
            return
        if not after and (for_year := self._for_the_year(value)) is not None:
            # "a 5.5%-6.5% growth target for the year", "revenue of $5 billion for the year"
            value.period = for_year
            value.how.append("period.for_the_year")
            return
        # "from RMB 2.41 billion in 2021 to RMB 5.83 billion in 2023, a compound annual growth
        # rate of 55.5%": a compound rate runs over the years its sentence spans
        start = max(clause[0], span.start - 6)
        if not fact_words("compound_rate").isdisjoint(self.lowers[start : span.start]):
            spanned = sorted(
                {d.text.strip() for d in dates if re.fullmatch(r"\d{4}", d.text.strip())}
            )
            if len(spanned) > 1:
                value.period = f"{spanned[0]}/{spanned[-1]}"
                value.how.append("period.compound")
                return
        # "every 5 percent fall in the real added about 300 million reais": a sensitivity,
        # dated only by its own clause
        hypothetical = self._sensitivity(value) or (
            # "every 5 percent fall in the real added about 300 million reais": the amount a
            # step of a rule of thumb makes
            previous is not None and previous.step and previous.sentence == sentence
        )
        # "Clean energy makes up nearly 90 percent of capacity, and plants generated X in the
        # first three quarters": a share told in the present is dated by its own clause only
        present_share = self._present_share(value)
        if present_share:
            after = [
                d
                for d in after[:1]
                if d.start - span.end <= 30 and self._joint(d.start, span.end) is None
            ]
        if previous is not None and previous.step and previous.sentence == sentence:
            # "fell to 0.45 yuan in May, ..., and warned that a further decline of 10% would cut
            # its margin by 4 to 5 points": what the step would do is dated after the step only
            before = [
                d for d in before if d.start >= previous.span.start or self._opening(d, sentence)
            ]
        candidates = (
            [*after[:1], *before]
            if hypothetical or present_share
            else [*after[:1], *before, *others]
        )
        # "raised its policy rate to 50% from 45% on Thursday": the level before a decision has
        # no day; it has a period only when the text gives it one ("from 1.6 per cent in
        # September", "from $3.3 billion a year earlier")
        starting_point = (
            value.kind == "level"
            and span.start > 0
            and self.lowers[span.start - 1] == "from"
            and not after[:1]
        )
        named = self._period_in_metric(value, before)
        if named is not None and not point_in_time and not cap:
            # "cut its full-year adjusted EBITDA forecast on Thursday to ...": the period the
            # metric's own phrase names, not the day it was told
            # (a span after the value still says which: "for the year ending March 31, 2025")
            spans_after = [
                d for d in after[:1] if periods.parse_day(self.resolved(d, ahead=True)) is None
            ]
            candidates = [*spans_after, named, *(d for d in candidates if d is not named)]
        weekly = False
        for ent in after[:1] if cap else candidates:
            # "down 3.2 percent from a week earlier": a weekly figure, of no longer period
            weekly = weekly or bool(_YEAR_BACK.search(ent.text) and _DAY_OR_WEEK.search(ent.text))
            if (
                self._not_the_period(ent, value.kind)
                # "to 4,300 zl in July, from 3,600 zl currently": the date of the level reached
                or (starting_point and ent.end <= span.start and self._dates_a_value(ent))
                # "HANGZHOU, China, Nov 25, 2025 (Reuters) - Alibaba reported a 5% rise": the
                # article's date, no period of a change or of a flow (a one-off's day it is)
                or (
                    value.kind in ("change", "level", "share")
                    and not point_in_time
                    and not self._one_off(value)
                    and not self._payment(value)
                    and self._dateline_date(ent)
                )
                # "a buyback of up to $300m over the next 12 months": a limit in force
                or (qualifier == "at_most" and _NEXT_SPAN.search(ent.text) is not None)
                or self._aside(ent)
                or self._over_past_year(ent)
                # "Rs 5.73 lakh crore, or 36.5% of the budget estimate for FY26": the year of
                # the whole; the share is of the months the part is told over
                or self._date_of_whole(value, ent)
                # "eased to 1.38% from 1.52% in the December quarter, while net NPA was at
                # 0.31%": the date of the level a change started from is that level's only
                or (
                    self._dates_from(ent)
                    and not (self._after_from(span) and ent in after)
                    and not self._day_of_change(span, ent)
                )
                or (self._compared_date(ent, span) and not self._day_of_change(span, ent))
                or (
                    ent.end <= span.start
                    and self._new_statement(ent.end, span.start)
                    and not self._opening(ent, sentence)
                    # "raised its full-year forecast and now expects sales of X": the forecast's
                    and not (value.kind == "target" and self._forecast_noun_after(ent))
                )
                or (ent.end <= span.start and self._in_relative_aside(ent, span.start))
                or (
                    ent.end <= span.start
                    and value.kind != "target"
                    and self._deadline(ent, sentence.start)
                )
                or (point_in_time and self._modifies_another_metric(ent, value))
                # "sales in the first nine months rose 6.7% to 4.35 billion euros, with
                # third-quarter sales up 5.1%": the period of a later value's own metric
                or (
                    ent.start >= span.end
                    and self._modifies_another_metric(ent, value)
                    and bool(self.value_index.between(ent.end, sentence.end))
                )
                # "reaffirming its forecast of ¥4.9 trillion for fiscal 2023, while MUFG gained
                # 1.9%": a share move is of the trading day; the date of another clause's
                # figure is that figure's
                or (
                    value.metric_cls == "shares"
                    and value.kind == "change"
                    and ent.end <= span.start
                    and ent not in in_clause
                    and bool(self.value_index.between(self.clause_of(ent)[0], ent.start))
                )
            ):
                continue
            # "the corresponding period | last year": one mention of the year only
            same_before = (
                _SAME_BEFORE.search(self.text, max(0, ent.start_char - 40), ent.start_char)
                if _LAST_YEAR.fullmatch(ent.text.strip())
                else None
            )
            if (
                _YEAR_BACK.search(ent.text)
                or _SAME_LAST_YEAR.match(self.text, ent.start_char, ent.end_char + 11)
                or same_before is not None
                # "X in the 2024/25 financial year, up from Y the previous year": of the year
                # in view, a year back
                or (
                    _PREVIOUS_YEAR.fullmatch(ent.text.strip())
                    and ent.start >= span.end
                    and previous is not None
                    and previous.sentence == sentence
                    and re.fullmatch(r"(?:FY)?\d{4}(?:-\d\d)?", previous.period or "") is not None
                )
            ):
                # "$X a year earlier" dates a level; "rose 4% from a year earlier" is a basis.
                # An opening "A year earlier, ..." dates its sentence's figures.
                opening_back = ent.end <= span.start and self._year_back_opening(ent, sentence)
                # "compared with a 1.1 percent rise in the same period last year": the change
                # of that period, not a basis
                in_back = bool(
                    _IN_BEFORE.search(self.text, max(0, ent.start_char - 8), ent.start_char)
                    and _SAME_LAST_YEAR.match(self.text, ent.start_char, ent.end_char + 11)
                ) or bool(
                    same_before is not None
                    and _IN_BEFORE.search(
                        self.text, max(0, same_before.start() - 8), same_before.start()
                    )
                )
                if (
                    not opening_back
                    and (
                        (value.kind == "change" and not in_back)
                        # "expects revenue of X, up 30-37 per cent from a year earlier": a basis
                        or _CHANGED_FROM.search(
                            self.text, max(0, ent.start_char - 12), ent.start_char
                        )
                        or ent not in after[:1]
                        or (
                            # (from the start of "the corresponding quarter | last year")
                            (
                                ent.start - len(same_before.group().split()) - span.end > 2
                                if same_before is not None
                                else ent.start - span.end > 2
                            )
                            and not self._restated_between(span, ent)
                        )
                        # "X, 6.6 billion pounds more than a year earlier": the comparison of
                        # the amount before the date (a mention may take in "more than")
                        or (ent.start > span.end and _MORE_THAN.match(ent.text) is not None)
                    )
                ):
                    continue
                if previous is not None and previous.period_span == ent and previous.period:
                    value.period, value.period_span = previous.period, ent  # the same year back
                    value.how.append("period.year_earlier")
                    return
                years = 1 if not _YEAR_BACK.search(ent.text) else periods.years_back(ent.text)
                if years is None:
                    # "compared with more than 60% a day earlier", "4.2 percent a month
                    # earlier": the day or the month before the one in view, when it is one
                    base = (
                        previous.period
                        if previous is not None
                        and previous.sentence == sentence
                        and previous.period
                        else self._inherited(paragraph)
                    )
                    stepped = periods.step_back(base, ent.text) if base else None
                    if stepped:
                        value.period, value.period_span = stepped, ent
                        value.how.append("period.step_back")
                        return
                    continue
                base = (
                    previous.period
                    if previous is not None and previous.sentence == sentence and previous.period
                    else self._inherited(paragraph)
                )
                base = self._unit_in_view(ent, same_before, base)
                if base and years > 1 and (year := re.match(r"(\d{4})-\d\d/\1-\d\d$", base)):
                    # "five years ago" counts years: of "so far this year" it is the year
                    base = year[1]
                shifted = periods.shift_years(base, -years) if base else None
                if shifted:
                    value.period, value.period_span = shifted, ent
                    value.how.append("period.year_earlier")
                    return
                continue
            # a reported figure "had reached X by the end of October" looks back
            # a plan's months are the next ones; a consensus ("the EUR 1.15 bn expected by
            # analysts") is of the figure reported, whose months are the nearest; a revision
            # of a forecast ("cut its full-year production forecast by 3%") is of the forecast's
            resolved = self.resolved(
                ent,
                ahead=(value.kind == "target" or "kind.revision" in value.how)
                and not self._consensus_met(sentence),
                past=self._perfect_before(value, ent)
                or self._told_past(value, ent)
                or self._reached_by(value, ent),
                nearest=value.kind != "target" or self._consensus(sentence),
            )
            if (
                ent in others
                and ent.start >= span.end
                and value.kind != "target"
                and self.anchor is not None
                and (first := periods.first_day(resolved)) is not None
                and first > self.anchor
            ):
                continue  # "fell 0.5% to $1.2540, as traders bet on a first cut in June"
            if resolved is None or (
                periods.parse_day(resolved)
                and not point_in_time
                and (
                    (ent in others and not self._one_off(value))
                    or (value.kind == "change" and self._day_of_report(ent))
                    # "..., Nanning Customs said Friday": the day a figure was told dates no
                    # share, level or estimate of a period either, unless it is a one-off's
                    or (self._day_of_report(ent) and not self._one_off(value))
                )
            ):
                continue
            if (
                _MONTH_OF_REPORT.fullmatch(ent.text)
                or (
                    _WEEK_OF_REPORT.fullmatch(ent.text)
                    # "Petronas said last week its nine-month profit fell": the week it spoke
                    and (ent.start > span.end or self.lowers[ent.start - 1] in speech_verbs())
                )
            ) and self._day_of_report(ent):
                continue  # "the Labor Department reported earlier this month"
            resolved, ent = self._joined_years(ent, resolved)
            if (
                ent.end <= span.start <= ent.end + 12
                and self.lowers[ent.start - 1] == "since"
                and _WHEN_CLAUSE.fullmatch(self.text, ent.end_char, span.start_char)
            ):
                # "since June 2023, when it stood at 8.5%": the day or month named, not since
                resolved = periods.resolve(ent.text, _date_value(ent), self.anchor) or resolved
            resolved = self._annual_rate_month(value, ent, resolved)
            resolved = self._year_total(value, ent, resolved, previous)
            resolved = self._company_relative_year(value, ent, resolved)
            if value.kind == "target":
                resolved = self._spending_until(value, ent, resolved)
            if starting_point and (
                periods.parse_day(resolved)
                # "lifted its interim dividend to A$1.10 from 90 cents": the earlier dividend,
                # of a half the text does not name
                or self._results_dividend(value, paragraph)
            ):
                break
            if (
                starting_point
                and ent.end <= span.start
                and previous is not None
                and previous.period_span == ent
                and (back := self._year_before_reached(value, previous)) is not None
            ):
                # "For the full year 2023, net income came in at €2.71 billion, down from €3.05
                # billion": the year dates the level reached; the one it moved from is 2022's
                value.period, value.period_span = back, ent
                value.how.append("period.year_before_reached")
                return
            value.period, value.period_span = resolved, ent
            if (
                (not periods.parse_day(resolved) or _END_OF.match(ent.text))
                and value.kind != "target"
                and not self._part_of_period(ent)
                and not self._compared(span)
                # "bought in 2022 for US$1.3 billion": a price dates only itself
                and not self._payment(value)
                # "In 12 months, the deficit equals 0.4% of GDP": a rolling sum told aside
                and not _TWELVE_MONTHS.fullmatch(ent.text.strip())
            ):
                # the end of a period dates the balances after it too ("Loans reached X at the
                # end of September ... Deposits stood at Y"); another day is an event's
                self.paragraph_period = (paragraph, resolved)
            elif value.kind == "target" and not periods.parse_day(resolved):
                self.paragraph_plan = (paragraph, resolved, self._owner(value))
            value.how.append("period.sentence")
            return
        if cap:
            value.how.append("period.cap")
        elif starting_point and (
            point_in_time
            or self._results_dividend(value, paragraph)
            or periods.parse_day(previous.period if previous is not None else None) is not None
            # "would use the proceeds to repay loans, cutting its gearing to 31 per cent from
            # 44 per cent": where a planned change starts, now, no period of the text's
            or (
                previous is not None and previous.sentence == sentence and previous.kind == "target"
            )
        ):
            value.how.append("period.starting_point")
        elif hypothetical:
            value.how.append("period.sensitivity")
        elif starting_point and (year_back := self._year_before_reached(value, previous)):
            # "net income came in at €2.71 billion, down from €3.05 billion" (of 2023): the
            # level a year's figure moved from is the year before's
            value.period = year_back
            value.how.append("period.year_before_reached")
        elif (month := self._the_month(value)) is not None:
            # "Refunds were Rs 26,934 crore during the month": the month in view
            value.period = month
            value.how.append("period.the_month")
        elif (plan := self._over_plan(value)) is not None:
            # "During the 14th Five-Year Plan period, Hubei will invest 300 billion yuan": the
            # plan's years, when no date of the sentence dates the value
            value.period = plan
            value.how.append("period.five_year_plan")
        elif (
            previous is not None
            and "period.undated" in previous.how
            and (self._restates(value, previous) or self._benchmark_of(value, previous))
        ):
            # "would buy back up to 150 billion yen of its shares, or 4.6% of shares
            # outstanding": the same plan told again, undated as it is
            value.how.append("period.restated")
        elif self._payment(value):
            # "The company paid EUR 2 million to settle a dispute": a one-off amount whose
            # sentence names no date has none (the guideline), not the period in view
            value.how.append("period.payment")
        elif (
            previous is not None
            and previous.sentence == sentence
            and previous.period
            and not present_share
            # "fell to 38.6% from 41.2% a year ago, a decline of 260 bps": not the year back's
            and "period.year_earlier" not in previous.how
            # "eased to 1.38% from 1.52% in December, while net NPA was at 0.31%": nor the date
            # of the level a change started from
            and not (previous.period_span is not None and self._dates_from(previous.period_span))
            and not self._new_statement(previous.span.end, span.start)
            # "its forecast of ¥4.9 trillion for fiscal 2023, while MUFG gained 1.9%": a share
            # move is of a day; it goes on only from another move or a day
            and not (
                value.metric_cls == "shares"
                and value.kind == "change"
                and previous.metric_cls != "shares"
                and not periods.parse_day(previous.period)
            )
            and not (
                previous.period_span is not None
                and previous.period_span.end <= span.start
                and self._in_relative_aside(previous.period_span, span.start)
            )
        ):
            value.period = previous.period
            value.how.append("period.chain")
        elif (
            value.metric_cls == "rate"
            and value.subject is not None
            and value.subject.label_ == "GPE"
            and self._inherited(paragraph) is not None
        ):
            # "Core inflation eased to 2.9% in March. Germany's rate fell to 2.3%", "the
            # province's mechanization rate climbed to 98.8 percent": a place's rate is a
            # statistic of the period the text reports; a bank's rate (a decision) stands on
            # the day
            value.period = self._inherited(paragraph)
            value.how.append("period.paragraph")
        elif (
            point_in_time
            and previous is not None
            and previous.metric_cls in ("shares", "instrument")
            and previous.kind == value.kind == "change"
            and previous.period
            and previous.sentence.start >= self._sentence_before(sentence)
            and periods.parse_day(previous.period)
        ):
            # "The Nikkei 225 rose 1.1% on Friday. Banks fell 2.4%": a market report's moves
            # are of the trading day the move before names
            value.period = previous.period
            value.how.append("period.trading_day")
        elif point_in_time and self.anchor is not None:
            value.period = self.anchor.isoformat()
            value.how.append("period.article_day")
        elif (
            previous is not None
            and previous.period
            and self.paragraph(previous.span.start) == paragraph
            and self._vote(value)
        ):
            # "kept Bank Rate at 5.25 per cent at its meeting earlier this month. Two members
            # voted for a rise of a quarter point": the vote is of that meeting
            value.period = previous.period
            value.how.append("period.vote")
        elif (
            value.kind == "target"
            and self.paragraph_plan[::2] == (paragraph, self._owner(value))
            and value.metric_cls != "event"
            and qualifier != "at_most"
            and not self._price_target(value)  # a broker's price target is a standing view
        ):
            # "For 2024, the report lists 191 major projects ... It also pledges to cut taxes by
            # more than 10 billion yuan": the same owner's plan goes on in the paragraph
            value.period = self.paragraph_plan[1]
            value.how.append("period.plan")
        elif (calendar := self._calendar_year(value)) is not None:
            value.period = calendar
            value.how.append("period.calendar_year")
        elif value.span.label_ == "MONEY" and self._annual_amount(value, paragraph):
            value.how.append("period.annual")
        elif (value.metric_cls == "event" and not self._results_dividend(value, paragraph)) or (
            value.kind == "target" and not self._consensus(sentence)
        ):
            value.how.append("period.undated")
        elif self._standing(value) or self._present_state(value) or present_share:
            value.how.append("period.standing")
        elif not weekly and (in_view := self._span_of_the_period(sentence)) is not None:
            value.period = in_view
            value.how.append("period.the_period")
        elif not weekly and (inherited := self._inherited(paragraph)) is not None:
            value.period = inherited
            value.how.append("period.inherited")

    def _successive_quarters(self, value: _Value) -> None:
        """A list of four values "for successive quarters" of the year the sentence names ("GDP
        growth of 7 per cent for 2024-25, with estimates of 7.2%, 6.8%, 7.0% and 6.9% for
        successive quarters"): each value is of its quarter of that year, in order."""
        if value.period is None:
            return

        def joined(a: Span, b: Span) -> bool:  # "7.2%, 6.8%", "7.0% and 6.9%", "A, and B"
            gap = range(a.end, b.start)
            return 0 < len(gap) <= 2 and all(self.lowers[i] in (",", "and") for i in gap)

        items = [value.span]
        while len(items) < 5:  # the values before it in the list, then after it
            found = self.value_index.between(max(0, items[0].start - 4), items[0].start)
            if not found or not joined(found[-1], items[0]):
                break
            items.insert(0, found[-1])
        while len(items) < 5:
            found = self.value_index.between(items[-1].end, items[-1].end + 3)
            if not found or not joined(items[-1], found[0]):
                break
            items.append(found[0])
        if len(items) != 4 or not _SUCCESSIVE_QUARTERS.match(self.text, items[-1].end_char):
            return
        year = re.fullmatch(r"FY(\d{4})(-\d\d)?|(\d{4})", value.period)
        if year is None:
            return
        if year[3]:
            end = int(year[3]) * 12 + 11  # December, in months counted from year 0
        else:
            month = self.fiscal_end[0] if self.fiscal_end is not None else 3
            end = (int(year[1]) + (1 if year[2] else 0)) * 12 + month - 1
        last = end - 3 * (3 - items.index(value.span))
        value.period = periods.months_ending(last // 12, last % 12 + 1, 3)
        value.how.append("period.successive_quarters")

    def _elliptical_part(self, value: _Value) -> None:
        """ "fell to 32.1% in the third quarter from 33.5% in the second", "after 0.2% in the
        fourth": an ordinal with its noun left out is a quarter (or half) like the one in view,
        the latest such one before it."""
        if value.period is None:
            return
        told = _ELLIPTICAL_PART.match(self.text, value.span.end_char)
        shown = re.fullmatch(r"(\d{4})-([QH])([1-4])", value.period)
        if told is None or shown is None:
            return
        named = ("first", "second", "third", "fourth").index(told[1].lower()) + 1
        year, part, number = int(shown[1]), shown[2], int(shown[3])
        if named == number or (part == "H" and named > 2):
            return
        value.period = f"{year if named < number else year - 1}-{part}{named}"
        value.how.append("period.elliptical_part")

    def _dates_a_value(self, ent: Span) -> bool:
        """Whether a date stands right after a value and "in", "at" or "on" ("4,300 zl in
        July"): that value's date."""
        i = ent.start - 1
        return (
            i > 0
            and self.lowers[i] in ("in", "at", "on")
            and any(v.end == i for v in self.value_index.between(max(0, i - 8), i))
        )

    def _one_off(self, value: _Value) -> bool:
        """A one-off amount: a deal, an issue, an outlay ("raised Rs 5,000 crore through green
        bonds ..., bankers said on Friday"), which takes the day its sentence tells."""
        if value.metric_cls == "event":
            # not "an interim dividend of $1.05 a share", of the half its paragraph reports
            return not self._results_dividend(value, self.paragraph(value.span.start))
        if {"kind.deal_price", "kind.deal_terms"} & set(value.how):
            return True  # "said on Tuesday it would sell its logistics arm for £2.4bn": a deal
        start = max(value.clause[0], value.span.start - 3)
        allocation = fact_words("allocation")
        return not allocation.isdisjoint(self.lowers[start : value.span.start])

    def _payment(self, value: _Value) -> bool:
        """A one-off payment: a verb of paying right before the amount ("agreed to pay $75
        million to settle", "was fined EUR 3 million", "repaid a CNY 2 billion loan"), or the
        price of a purchase or a sale after "for"."""
        span, lowers = value.span, self.lowers
        if getattr(value.data.value, "per", None) not in (None, "share"):
            return False  # "had to pay more than 800 yuan per night": a price, no one-off
        start = max(value.clause[0], span.start - 2)
        if not fact_words("period_payment").isdisjoint(lowers[start : span.start]):
            return True
        # "agreed to buy British sensor maker Harwell Instruments for £300m": a price
        start = max(value.clause[0], span.start - 10)
        return (
            span.start > 0
            and lowers[span.start - 1] == "for"
            and not fact_words("period_purchase").isdisjoint(lowers[start : span.start])
        )

    def _vote(self, value: _Value) -> bool:
        """A member's vote on a move: "voted for a cut of 25 basis points"."""
        start = max(value.clause[0], value.span.start - 6)
        return not fact_words("period_vote").isdisjoint(self.lowers[start : value.span.start])

    def _perfect_before(self, value: _Value, ent: Span) -> bool:
        """Whether "had" or "has" + a verb tells a value reached by a date ("cumulative
        turnover had reached close to 14.4 billion yuan by the end of October", "had issued
        special-purpose bonds worth 180 billion yuan by the end of May"; after a value opening
        its clause: "Rs 4.1 lakh crore had been spent by September"): a past deadline."""
        if value.kind == "target" or ent.start < value.span.end:
            return False
        start = max(value.clause[0], value.span.start - _PERFECT_REACH)
        if not _PERFECT.isdisjoint(self.lowers[start : value.span.start]):
            return True
        after = range(value.span.end, min(ent.start, value.span.end + 3))
        return any(
            self.lowers[i] in _PERFECT and self.lowers[i + 1] != "to"  # not "has to be spent"
            for i in after
        )

    def _told_past(self, value: _Value, ent: Span) -> bool:
        """Whether a bare month after a value is told in the past tense ("exports rose 5% in
        May" in a December article): the May that has begun, not the nearest one ahead."""
        if value.kind == "target" or not value.span.end <= ent.start <= value.span.end + 3:
            return False  # "rose 5% in May", not a later clause's month ("as traders bet on ...")
        if periods.month_number(re.sub(r"^(?:in|of)\s+", "", ent.text.strip(), flags=re.I)) is None:
            return False
        past = fact_words("past_verb")
        start = max(value.clause[0], value.span.start - 8)
        return any(
            self.lowers[i] in past or (self.lowers[i].endswith("ed") and i in self.cue_tokens)
            for i in range(start, value.span.start)
        )

    def _reached_by(self, value: _Value, ent: Span) -> bool:
        """Whether a value told in the past tense is measured by a "by" date: a sentence opening
        on it ("By the end of September, the balance of green loans had reached | reached 450
        billion yuan") or the date right after the value ("loans rose 5 percent by the end of
        September"): a balance measured then, the latest such date, no deadline ahead."""
        sentence = value.sentence
        if value.kind == "target" or not sentence.start < ent.start or ent.start == 0:
            return False
        if self.lowers[ent.start - 1] != "by":
            return False
        reached = (
            self.value_index.between(value.span.end + 1, value.span.end + 2)
            if value.span.end < len(self.lowers) and self.lowers[value.span.end] == "to"
            else ()
        )
        # "rose 5 percent by the end of", "rose 5 percent to 20 billion yuan by the end of"
        if value.span.end < ent.start <= value.span.end + 1 or any(
            v.end + 1 == ent.start for v in reached
        ):
            start = max(sentence.start, value.span.start - 8)
        elif ent.end <= value.span.start <= ent.end + 2 and all(
            self.lowers[i] in (",", "or") for i in range(ent.end, value.span.start)
        ):
            # "reached 3.9 trillion forints by the end of October, or 85% of the full-year
            # target": the same balance told again, measured on the same day
            told = [
                v
                for v in self.value_index.between(max(sentence.start, ent.start - 4), ent.start)
                if v.end + 1 == ent.start
            ]
            if not told:
                return False
            start = max(sentence.start, told[0].start - 8)
        elif ent.start < value.span.start <= ent.end + 30:
            # the sentence's opening, or the lede's after a dateline ("HARBIN, Nov 14 - By ...")
            if ent.start - 1 > sentence.start and self.alpha[ent.start - 2]:
                return False
            start = max(ent.end, value.span.start - 8)
        else:
            return False
        if not fact_words("planning").isdisjoint(self.lowers[start : value.span.start]):
            return False
        past = fact_words("past_verb")
        return any(
            self.lowers[i] in past
            or self.lowers[i] in _PERFECT
            or (self.lowers[i].endswith("ed") and i in self.cue_tokens)
            for i in range(start, value.span.start)
        )

    def _the_month(self, value: _Value) -> str | None:
        """The month in view for a value told "during the month", "in the month" or "for the
        month" right after it (a phrase no DATE mention covers): the last month named before
        it; not "the month of June", "the month to May 15" or "the month before"."""
        end = min(value.span.end + 3, value.clause[1], len(self.doc) - 2)
        for i in range(value.span.end, end):
            if self.lowers[i] not in ("during", "in", "for") or self.lowers[i + 1 : i + 3] != [
                "the",
                "month",
            ]:
                continue
            if i + 3 < len(self.doc) and self.lowers[i + 3] in _MONTH_NAMED_AFTER:
                return None
            return self._quarter_in_view(self.doc[i : i + 3], months=1)
        return None

    def _owner(self, value: _Value) -> str | None:
        """The fullest name of a value's subject, to tell whose plans go on."""
        return self.fullest(value.subject) if value.subject is not None else None

    def _calendar_year(self, value: _Value) -> str | None:
        """A value whose clause calls it the calendar year's ("sees calendar-year inflation at
        2.4%"): of a forecast the year running, of a report the last one ended."""
        start = max(value.clause[0], value.span.start - 8)
        if self.anchor is None or start >= value.span.start:
            return None
        before = self.text[self.doc[start].idx : value.span.start_char]
        if _CALENDAR_YEAR.search(before) is None:
            return None
        return periods.full_year(self.anchor, value.kind == "target")

    def _annual_amount(self, value: _Value, paragraph: int) -> bool:
        """Whether an amount is called a year's with no year named ("runs an annual surplus of
        $110 billion"), where the paragraph is on a month or a quarter: not that month's."""
        words = self.lowers[max(value.clause[0], value.span.start - 6) : value.span.start]
        if fact_words("annual_adjective").isdisjoint(words):
            return False
        inherited = self._inherited(paragraph)
        return inherited is not None and (periods.months_in(inherited) or 12) < 12

    def _span_of_the_period(self, sentence: Span) -> str | None:
        """The span a sentence opening "During the period," looks back to: the last span of
        several months named before it, else the article's when that is one ("Exports in
        January-October rose ... In October, exports reached ... During the period, imports
        rose": January-October, not October)."""
        if not _THE_PERIOD_OPENING.match(self.text, sentence.start_char):
            return None
        i = bisect_left(self.date_index.starts, sentence.start)
        for other in self.date_index.items[max(0, i - 12) : i][::-1]:
            found = self.resolved(other)
            if found and (periods.months_in(found) or 0) > 1 and not periods.parse_day(found):
                return found
        main = self.main_period
        return main if main and (periods.months_in(main) or 0) > 1 else None

    def _unit_in_view(self, ent: Span, same: re.Match[str] | None, base: str | None) -> str | None:
        """The period a year-back mention shifts when it names its unit ("In the year-ago
        month", "the same quarter last year"): the month (quarter, half) in view, not a longer
        span the paragraph told before it ("In October, sales were ... In the year-ago
        month, ..." after "In January-October, ..."); ``base`` when it is of that size or none
        is in view."""
        words = self.lowers[ent.start : ent.end + 1]
        if same is not None:
            words = words + same.group().lower().split()
        months = next((_UNIT_MONTHS[w] for w in words if w in _UNIT_MONTHS), None)
        if months is None or (base is not None and periods.months_in(base) == months):
            return base
        return self._quarter_in_view(ent, months=months) or base

    def _date_of_whole(self, value: _Value, ent: Span) -> bool:
        """Whether a date after a value dates the plan it is a part of, not the months the
        paragraph is on: "Rs 5.73 lakh crore, 36.5 per cent of the budget estimate for FY26"
        (the year's budget; "In the same period of the previous year" is of the months)."""
        span = value.span
        return (
            span.end < ent.start <= span.end + 8
            and ent.start >= 2
            and self.lowers[ent.start - 1] == "for"
            and self.lowers[ent.start - 2] in fact_words("kind_plan_noun")
            and "of" in self.lowers[span.end : ent.start - 2]
        )

    def _year_back_opening(self, ent: Span, sentence: Span) -> bool:
        """Whether a year-back date opens its sentence, mostly set off by a comma: "A year
        earlier, net income was $180 million", "In the same quarter a year ago, ...", "In the
        year-ago quarter, ...", "In the same period of the previous year it was 29.4 per cent"
        (not "Compared with a year earlier, ...")."""
        if ent.end >= len(self.doc) or ent.end - sentence.start > 12:
            return False
        end = (
            ent.end + 1
            if self.lowers[ent.end] in ("quarter", "period", "month", "half")
            else ent.end
        )
        if end >= len(self.doc):
            return False
        return _YEAR_BACK_OPENING.fullmatch(self.doc[sentence.start : end].text) is not None

    def _opening(self, ent: Span, sentence: Span) -> bool:
        """Whether a date opens its sentence, set off by a comma ("For 2024, the district aims
        for growth of 7-8% and plans to ..."): it dates every statement of the sentence."""
        return ent.start - sentence.start <= 1 and self.words[ent.end] == ","

    def _spending_until(self, value: _Value, ent: Span, resolved: str) -> str:
        """A planned outlay until a year ("would invest €2.5 billion in grids by 2027", "plans to
        spend up to 14 trillion won through 2026") is spent over the years from now to then
        (``2024/2027``); a level to reach by a year ("exports of 300 billion by 2025") is that
        year's."""
        doc, anchor = self.doc, self.anchor
        if anchor is None or not re.fullmatch(r"\d{4}", resolved) or int(resolved) <= anchor.year:
            return resolved
        if ent.start == 0 or self.lowers[ent.start - 1] not in fact_words("until"):
            return resolved
        start = max(value.clause[0], value.span.start - 4)
        if not any(t.lower_ in fact_words("allocation") for t in doc[start : value.span.start]):
            return resolved
        return f"{anchor.year}/{resolved}"

    def _annual_rate_month(self, value: _Value, ent: Span, resolved: str) -> str:
        """An annual rate "in the 12 months through December" ("inflation rose 2.6%") is the
        reading of that month, not a span: ``2023-12``."""
        opening = _SPAN_OPENING.match(ent.text)
        if (
            opening is None
            or opening["count"] not in ("12", "twelve")
            or value.span.label_ != "PERCENT"
            or value.metric_cls not in ("ratio", "price")
        ):
            return resolved
        day = periods.last_day(periods.resolve(opening["end"].rstrip(". "), None, self.anchor))
        return f"{day.year}-{day.month:02d}" if day is not None else resolved

    def _year_total(
        self, value: _Value, ent: Span, resolved: str, previous: _Value | None = None
    ) -> str:
        """An amount "for the year to March 2025" sums the twelve months to that month: a
        company's fiscal year (``FY2025``), a place's months (``2024-04/2025-03``), where a rate
        "in the year to September" is that month's reading. So does the change of an amount the
        sentence has just told over that year ("exports totaled 108.7 trillion yen in the year
        to March, up 6.2%")."""
        opening = _SPAN_OPENING.match(ent.text)
        if (
            opening is None
            or opening["what"].lower() != "year"
            or opening["verb"].lower() not in ("to", "through")
            or not (
                value.span.label_ == "MONEY"
                or self._company_flow_change(value)
                or self._change_of_year_total(value, ent, previous)
            )
            or not re.fullmatch(r"\d{4}-\d\d", resolved)
        ):
            return resolved
        day = periods.last_day(resolved)
        if day is None:
            return resolved
        if value.subject is not None and value.subject.label_ == "ORG":
            return periods.period_ending(day, "year")
        return periods.months_ending(day.year, day.month, 12)

    def _company_relative_year(self, value: _Value, ent: Span, resolved: str) -> str:
        """ "last year" for a company's reported flow where the text states its fiscal year-end
        ("the year ended March 31"): that fiscal year ("operating profit rose ... last year" in
        May 2024 is FY2024); a rate, a price or a share move keeps the calendar's, and so does
        a plan's "next year" ("tariffs will cost it ... next year")."""
        if (
            not _LAST_YEAR.fullmatch(ent.text.strip())
            or value.kind == "target"
            or self.anchor is None
            or self.fiscal_end is None
            or not self.fiscal_end[1]
            or value.subject is None
            or value.subject.label_ != "ORG"
            or value.metric_cls in ("ratio", "price", "rate", "shares", "instrument")
            or (value.span.label_ != "MONEY" and value.kind != "change")
        ):
            return resolved
        return periods.fiscal_year(self.anchor, self.fiscal_end[0], self.split_years, -1)

    def _change_of_year_total(self, value: _Value, ent: Span, previous: _Value | None) -> bool:
        """A change told with an amount its sentence dates by the same "year to" mention
        ("collections totaled Rs 13.9 lakh crore, up 9%", "tea exports rose 12% to $1.4
        billion in the year to September"): the change of that sum, not a rate read in a
        month."""
        if value.kind != "change" or value.metric_cls in (
            "ratio",
            "price",
            "rate",
            "shares",
            "instrument",
        ):
            return False
        if self._change_to_level(value.span, ent):
            reached = self.value_index.between(value.span.end, ent.start)
            return bool(reached) and reached[0].label_ == "MONEY"
        return (
            previous is not None
            and previous.sentence == value.sentence
            and previous.span.label_ == "MONEY"
            and previous.kind == "level"
            and previous.period_span == ent
            and previous.span.end <= value.span.start
        )

    def _company_flow_change(self, value: _Value) -> bool:
        """A company's change of a flow it sums over the period ("net profit rose 18% in the
        year to March": the fiscal year's, as the amount it reached), not a rate or a price
        read in a month ("consumer prices rose 2.8% in the year to March")."""
        return (
            value.kind == "change"
            and value.subject is not None
            and value.subject.label_ == "ORG"
            and value.metric_cls not in ("ratio", "price", "rate", "shares", "instrument")
        )

    def _joined_years(self, ent: Span, resolved: str) -> tuple[str, Span]:
        """Two years, or two days, joined by "and" or "to" as one span: "the 1.5%-3.5% target
        range in 2024 and 2025" is a target of ``2024/2025``."""
        doc = self.doc
        day = periods.parse_day(resolved)
        if not (re.fullmatch(r"\d{4}", resolved) or day) or ent.end + 1 >= len(doc):
            return resolved, ent
        if self.lowers[ent.end] not in ("and", "to"):
            return resolved, ent
        following = self.date_index.between(ent.end + 1, ent.end + 2)
        if not following:
            return resolved, ent
        if day is not None:
            # "spent more than ¥5 trillion on April 29 and May 1": the days from one to the
            # other, a few weeks apart at most
            end_day = periods.parse_day(self.resolved(following[0]))
            if end_day is None or not 0 < (end_day - day).days <= 31:
                return resolved, ent
            end = end_day.isoformat()
        else:
            end = following[0].text.strip()
            if not re.fullmatch(r"\d{4}", end) or end <= resolved:
                return resolved, ent
        return f"{resolved}/{end}", Span(doc, ent.start, following[0].end, label=ent.label_)

    def _deadline(self, ent: Span, start: int) -> bool:
        """Whether a date is the deadline of a plan told after token ``start`` ("aims to lift
        throughput to 40 million TEUs by 2027, and diesel use fell 8.2 percent"), which dates no
        reported figure after it ("By the end of 2023, the city had built ..." does)."""
        if ent.start == 0 or self.lowers[ent.start - 1] not in fact_words("goal"):
            return False
        planning = self.tokens_of(fact_words("planning"))
        j = bisect_left(planning, start)
        return j < len(planning) and planning[j] < ent.start

    def _compared_date(self, ent: Span, span: Span) -> bool:
        """Whether a date dates the figure another value is compared with: right after that
        value, a few words after "compared with", "after", "from" ("expects growth of 4-5
        percent in 2024, after growth of 6.2% last year, and sees the surplus at 5 percent",
        "EBITA of EUR 4.6 bn in 2024, compared with EUR 4.75 bn last year, and sales growth of
        0 to 3%"): that figure's period, not the one the sentence goes on with."""
        i = ent.start - 1
        if i > 0 and self.lowers[i] in ("a", "an", "the"):
            i -= 1
        if i >= 0 and self.lowers[i] in ("in", "at", "on", "for"):
            i -= 1
        found = self.value_index.between(max(0, i - 12), i + 1)
        other = next((v for v in found if v.end == i + 1), None)
        return other is not None and other.start != span.start and self._compared(other)

    def _compared(self, span: Span) -> bool:
        """Whether a value is a figure compared with, a few words after "compared with",
        "after", "from" ("down from a peak of 7.1% in June 2022")."""
        words = fact_words("period_compared")
        window = self.lowers[max(0, span.start - 4) : span.start]
        results = fact_words("results_noun")
        # "profit after tax of N750 billion": "after" in the metric's name compares nothing
        found = [
            i
            for i, w in enumerate(window)
            if w in words
            and not (
                w == "after"
                and span.start - len(window) + i > 0
                and self.lowers[span.start - len(window) + i - 1] in results
            )
        ]
        if not found:
            # "compared with a loss of N514 billion": the figure compared named by its noun
            wider = self.lowers[max(0, span.start - 7) : span.start]
            return bool(
                wider[-1:] == ["of"]
                and any(
                    w in ("compared", "against", "versus")
                    and all(x.isalpha() for x in wider[i + 1 :])
                    for i, w in enumerate(wider)
                )
            )
        # "an 11% jump in revenue from operations to Rs 212 crore": the level reached after a
        # metric's own "from", no figure compared
        last, rest = found[-1], window[found[-1] + 1 :]
        return not (
            window[last] == "from" and rest[-1:] == ["to"] and all(w.isalpha() for w in rest)
        )

    def _after_from(self, span: Span) -> bool:
        """Whether a value is where a change started: "Growth slowed from a 4.9% pace in the
        third quarter" (its date is the comparison's, not the one the text goes on with)."""
        i = span.start - 1
        if i >= 0 and self.lowers[i] in ("a", "an", "the"):
            i -= 1
        return i >= 0 and self.lowers[i] == "from"

    def _in_relative_aside(self, ent: Span, end: int) -> bool:
        """Whether a date before a value stands in a relative clause or a participle's aside
        between commas that closes before it: "Its shares, which have risen 40% this year,
        closed up 2.1%", "The unit, bought in 2022 for $1.3 billion, earned $12.1 million"."""
        word = self._aside_opening(ent, end, 15)
        return word is not None and (
            word in fact_words("relative")
            or word.endswith("ed")
            or word in fact_words("aside_participle")
        )

    def _part_of_period(self, ent: Span) -> bool:
        """Whether a date names a part of the period in view: "in December alone". It dates
        only the figure just before it ("4.3 pct in December alone") or the one it opens, not
        the sentence's earlier figures nor the rest of the paragraph."""
        return ent.end < len(self.doc) and self.lowers[ent.end] in fact_words("part")

    def _modifies_another_metric(self, ent: Span, value: _Value) -> bool:
        """Whether a date is the modifier of a metric other than the value's: "its first-half
        profit rose 12%, sending its shares up 4.3%" (the half is the profit's; the shares
        moved on the day)."""
        if value.metric is None:
            return False
        modified = self.metric_index.between(ent.end, ent.end + 1)
        return bool(modified) and self.doc[modified[0].start].idx != value.metric[0]

    def _of_another_noun(self, span: Span, ent: Span) -> bool:
        """Whether a date after a value stands in a relative clause of a noun between them:
        "grew 6 percent to about US$50 billion, helped by the agreement that took effect in May
        2022" (the agreement's date). A clause on the value itself ("$2 billion, which it raised
        in 2023") dates the value."""
        pronouns = fact_words("relative_pronoun")
        doc = self.doc
        if ent.start - span.end > 30:
            return False
        return any(
            self.lowers[i] in pronouns and doc[i - 1].is_alpha
            for i in range(span.end + 1, ent.start)
        )

    def _plan_of_a_share(self, span: Span, ent: Span) -> bool:
        """Whether a date after a percentage dates the plan it is a part of: "19.4% of this
        year's target", "62% of the full-year budget" (the plan's year, not the figure's)."""
        lowers = self.lowers
        if span.label_ != "PERCENT" or lowers[span.end] != "of" or ent.start > span.end + 2:
            return False
        j = (
            ent.end + 1
            if ent.end < len(lowers) and lowers[ent.end] in ("'s", "\u2019s")
            else ent.end
        )
        return j < len(lowers) and lowers[j] in fact_words("kind_plan_noun")

    def _names_a_later_value(self, span: Span, ent: Span) -> bool:
        """Whether a date after a value opens the noun phrase of another value after it: "made
        up 38.6 percent, above its 2015-2019 average of 34.4 percent", "short of the 2022 total
        of $3 billion" (that figure's period, not this one's). A date, one to three words that
        are no function words ("in 2023 with revenue of": the date ends its clause) and "of"
        right before the other value."""
        found = self.value_index.between(ent.end + 2, ent.end + 5)
        other = found[0] if found else None
        if other is None or other.start == span.start or self.lowers[other.start - 1] != "of":
            return False
        return all(
            self.alpha[i] and not self.doc[i].is_stop for i in range(ent.end, other.start - 1)
        )

    def _prior_year_base(self, value: _Value, previous: _Value | None) -> None:
        """A level told "in the prior-year period", "for the year-ago quarter" or "for the same
        period in 2023" right after it (past a restating ", or $0.48 per diluted share,") is of
        the period in view a year back, or in the year named: "compared to $27.9 million in the
        prior-year period" of a third quarter 2024 is 2023-Q3. A change there has a basis."""
        if value.kind not in ("level", "share") or not value.period:
            return
        if periods.parse_day(value.period) or any(
            how in value.how for how in ("period.year_earlier", "period.step_back")
        ):
            return
        if (
            "period.chain" in value.how
            and previous is not None
            and "period.prior_year_base" in previous.how
        ):
            return  # "$27.9 million, or $0.48 per diluted share, in the prior-year period"
        end = value.span.end_char
        found = _PRIOR_YEAR_BASE.match(self.text, end, min(len(self.text), end + 90))
        if found is None:
            return
        year = re.search(r"(?<![\d-])(\d{4})(?!\d)", value.period)
        if (
            found["year"] is not None
            and value.period == found["year"]
            and previous is not None
            and previous.sentence == value.sentence
            and previous.period
        ):
            # "N110 billion in the third quarter of 2025 against a loss of N24 billion in the
            # corresponding period of 2024": the year named is only the year of the period in
            # view a year back
            value.period, year = (
                previous.period,
                re.search(r"(?<![\d-])(\d{4})(?!\d)", previous.period),
            )
        if found["year"] is not None:
            if year is None:
                return
            shifted = periods.shift_years(value.period, int(found["year"]) - int(year[1]))
        else:
            shifted = periods.shift_years(value.period, -1)
        if shifted:
            value.period = shifted
            value.how.append("period.prior_year_base")

    def _restated_between(self, span: Span, ent: Span) -> bool:
        """Whether only another value restating this one stands between it and a date after
        it: "$658.6 million, or $2.60 a share, a year earlier"."""
        if ent.start - span.end > 12:
            return False
        between = self.value_index.between(span.end, ent.start)
        inside = {i for v in between for i in range(v.start, v.end)}
        return bool(between) and all(
            i in inside or self.lowers[i] in (",", "or") for i in range(span.end, ent.start)
        )

    def _period_in_metric(self, value: _Value, before: list[Span]) -> Span | None:
        """A DATE of a span that opens the value's metric phrase: "its full-year adjusted
        EBITDA forecast", "warned that full-year operating margin would ...", "second-quarter
        sales" (the date right before the metric's first word)."""
        if value.metric is None or not before:
            return None
        metric = self.expanded(*value.metric)
        if metric is None:
            return None
        for d in before:
            if d.end == metric.start and _SPAN_ADJECTIVE.fullmatch(d.text):
                return d
        return None

    def _for_the_year(self, value: _Value) -> str | None:
        """The year "for the year" names right after a value or its noun ("a 5.5%-6.5% growth
        target for the year"): for a forecast the one running on the article's date, for a
        reported figure the last that has ended; the fiscal year when the text states its
        end."""
        if self.anchor is None:
            return None
        lowers, end, start = self.lowers, value.span.end, value.span.start
        limit = min(value.clause[1], end + 4)
        at = next(
            (i for i in range(end, limit) if lowers[i : i + 3] == ["for", "the", "year"]), None
        )
        if at is None:
            # "Sales for the year rose 4%", "Net profit for the year was $2 billion": after the
            # metric, before its verb and the value, with no other date between
            at = next(
                (
                    i
                    for i in range(start - 4, max(value.clause[0], start - 9) - 1, -1)
                    if lowers[i : i + 3] == ["for", "the", "year"]
                ),
                None,
            )
            if at is not None and any(self.ent_types[i] == "DATE" for i in range(at + 3, start)):
                return None
        if at is None or (
            at + 3 < len(lowers)
            and (
                lowers[at + 3] in ("ended", "ending", "-")
                or (lowers[at + 3] == "to" and not self._infinitive(at + 4))
            )
        ):
            return None  # "for the year to March": a year told by its end ("to rise": a verb)
        ahead = value.kind == "target"
        if self.fiscal_end is not None and self.fiscal_end[1]:
            offset = 0 if ahead else -1
            return periods.fiscal_year(self.anchor, self.fiscal_end[0], self.split_years, offset)
        return periods.full_year(self.anchor, ahead)

    def _infinitive(self, i: int) -> bool:
        """Whether token ``i``, after "to", is a lower-case verb ("sales for the year to rise
        5%"), not a month or a day ("the year to March", "the year to 31 March")."""
        return (
            i < len(self.lowers)
            and self.doc[i].is_lower
            and self.alpha[i]
            and not self.ent_types[i]
            and self.lowers[i] not in ("the", "end")
        )

    def _over_plan(self, value: _Value) -> str | None:
        """The years of the numbered Five-Year Plan a value's statement is told over: the
        nearest such plan before the value in its sentence, else one after it in its clause
        ("will invest 300 billion yuan during the 15th Five-Year Plan period"). A goal set for
        the end of a plan ("By the end of the 14th Five-Year Plan period, ... will account for
        10 percent") is of its last year's last month, as a year's end told relatively is."""
        if self._plan_spans is None:
            self._plan_spans = []
            if "ive" in self.text:  # a document naming no plan costs one scan, once
                for match in _OVER_PLAN.finditer(self.text):
                    found = self.expanded(match.start(), match.end())
                    years = periods.five_year_plan(match.group())
                    if found is not None and years is not None:
                        by_end = match["by_end"] is not None
                        self._plan_spans.append((found.start, found.end, years, by_end))
        plans = self._plan_spans
        if not plans:
            return None
        span, sentence = value.span, value.sentence
        i = bisect_left(plans, (span.start,))
        if i > 0 and plans[i - 1][0] >= sentence.start and plans[i - 1][1] <= span.start:
            plan = plans[i - 1]
        elif i < len(plans) and span.end <= plans[i][0] and plans[i][1] <= value.clause[1]:
            plan = plans[i]
        else:
            return None
        _, _, years, by_end = plan
        if not by_end:
            return years
        # the end of a plan dates a goal only (a balance or a flow "by" then is left alone)
        return f"{years[-4:]}-12" if value.kind == "target" else None

    def _year_before_reached(self, value: _Value, previous: _Value | None) -> str | None:
        """The year before that of the level a value is the starting point of, right before it
        ("narrowed to 1.78% from 1.81%" of FY2025: ``FY2024``), when that level is of a whole
        year (a month's or a quarter's may have moved from the one before or a year back). A
        dividend raised "to 70 cents from 62 cents" is left alone: the earlier one may be of
        any half or year."""
        metric = self.text[value.metric[0] : value.metric[1]] if value.metric else ""
        if (
            previous is None
            or "dividend" in metric.lower()
            or previous.sentence != value.sentence
            or previous.kind not in ("level", "share")
            or previous.period is None
            or re.fullmatch(r"\d{4}|FY\d{4}(?:-\d\d)?", previous.period) is None
            or previous.span.end > value.span.start - 1
            or self.value_index.between(previous.span.end, value.span.start - 1)
            or value.span.start - previous.span.end > 4
        ):
            return None
        return periods.shift_years(previous.period, -1)

    def _results_dividend(self, value: _Value, paragraph: int) -> bool:
        """Whether a value's metric is a dividend named by the results it is paid out of ("an
        interim dividend of $1.05 a share", "the final dividend") and the paragraph reports a
        half or a year: of that period, not a one-off amount (a quarter's results are not what
        an interim dividend declared with them is paid out of)."""
        if value.metric is None:
            return False
        words = self.text[value.metric[0] : value.metric[1]].lower().split()[-2:]
        if not (
            len(words) == 2
            and words[1] in ("dividend", "dividends")
            and words[0] in fact_words("results_payout")
        ):
            return False
        inherited = self._inherited(paragraph)
        return inherited is not None and (
            periods.months_in(inherited) in (6, 12)
            or re.fullmatch(r"\d{4}|FY\d{4}(?:-\d\d)?", inherited) is not None
        )

    def _undated(self, value: _Value, after: list[Span]) -> bool:
        """A standing target ("its 2 percent target", "a 1%-3% target band") or a value over an
        undated span ("gained 22% over the past 12 months", "below 2% for nine months"): no
        period, as the guideline says."""
        span = value.span
        if (
            value.kind == "target"
            and span.end < len(self.doc)
            and self.lowers[span.end] in fact_words("standing")
            # "the 1.5%-3.5% target range in 2024 and 2025": a target of those years
            and not (after and after[0].start - span.end <= 4)
        ):
            return True
        if (
            value.kind == "target"
            and self._standing_bounds(span.start)
            # "a target range of 6% to 6.5% for 2024", "... for the year": a target of that year
            and not (after and after[0].start - span.end <= 4)
            and self.lowers[span.end : span.end + 3] != ["for", "the", "year"]
        ):
            return True
        if "kind.target_bound" in value.how and not (after and after[0].start - span.end <= 9):
            return True  # "above the 4.5% upper limit of the central bank's target range"
        if self._nominal_value(span):
            return True  # "of face value Rs 2 each": a share's standing nominal value
        if not after or after[0].start - span.end > 2:
            return False
        if value.basis == "quarter_on_quarter" and after[0].start in self.basis_tokens:
            return False  # "expanded 0.2% from the previous three months": a basis, no span
        # "had been below two percent for nine months": a span of that long, ending nowhere
        lasted = self.lowers[after[0].start - 1] == "for" and (
            _date_value(after[0]) or ""
        ).startswith("P")
        # "the last three months of 2024": the year's last months, dated
        counted_back = _UNDATED.search(after[0].text) is not None and not _OF_A_YEAR.search(
            after[0].text
        )
        return lasted or counted_back or self._over_past_year(after[0])

    def _opened_undated(self, span: Span, dates: list[Span]) -> bool:
        """Whether a value's sentence opens with an undated span counted back from now ("Over
        the past five years,", "In recent years,") and names no other date before the value."""
        sentence = self.sentence_of(span.start)
        before = [d for d in dates if sentence.start <= d.start and d.end <= span.start]
        if len(before) != 1 or not before[0].text.strip():
            return False
        d = before[0]
        words = self.lowers[sentence.start : d.start]
        return (
            words in (["over"], ["in"], ["during"], ["for"])
            and _UNDATED.search(d.text) is not None
            and not _OF_A_YEAR.search(d.text)
        )

    def _past_nominal_values(self, a: int, b: int) -> bool:
        """Whether the values in tokens ``a:b`` are all nominal values ("a dividend of Rs 11 per
        share of face value Rs 2 each for FY25": the year is the dividend's); two at most."""
        between = list(itertools.islice(self.value_index.between(a, b), 3))
        return 0 < len(between) <= 2 and all(v.end <= b and self._nominal_value(v) for v in between)

    def _nominal_value(self, span: Span) -> bool:
        """Whether a value is a share's nominal value: "(of) face value Rs 2 each", "a par value
        of $1"."""
        i = span.start - 1
        if i >= 0 and self.lowers[i] == "of":
            i -= 1
        return (
            i >= 1
            and self.lowers[i] == "value"
            and self.lowers[i - 1] in fact_words("nominal_value")
        )

    def _standing_bounds(self, start: int) -> bool:
        """Whether the words right before a value make it a standing target: "the bank's target
        range of 2.5% to 7.5%", "a target band of 3-6%", "its inflation target of 2%"."""
        lowers = self.lowers
        if start < 3 or lowers[start - 1] != "of":
            return False
        if lowers[start - 2] in fact_words("standing_span"):
            return lowers[start - 3] == "target"
        return lowers[start - 2] == "target" and lowers[start - 3] in fact_words("standing_aim")

    def _over_past_year(self, ent: Span) -> bool:
        """ "over the past year": the twelve months to now, an undated span (not last year)."""
        return (
            ent.start > 0
            and self.lowers[ent.start - 1] == "over"
            and _PAST_YEAR.fullmatch(ent.text.strip()) is not None
        )

    def _standing(self, value: _Value) -> bool:
        """A figure told in the present or the present perfect, in a sentence that names no
        period ("the freight bill is about 6,000 dollars per container", "the district has
        spent over 10 billion yuan"): it stands now, not in the period of the paragraph. Read
        in the value's part of the clause between commas ("Lion Gate, which manages more than
        US$9 billion of assets, said"); "is expected to" is a forecast, not the present."""
        doc, span = self.doc, value.span
        # the value's clause, a few words either side of it
        start = max(value.clause[0], span.start - 20)
        end = min(value.clause[1], span.end + 20)
        words, planning = fact_words("present"), fact_words("planning")
        relative, estimates = fact_words("relative"), fact_words("estimate_participle")
        aside = False  # inside ", which ...," that does not hold the value
        for i in range(start, end):
            token = doc[i]
            if token.text == ",":
                # "Passenger load factor, a measure of how full planes are, was": an apposition
                opens = i + 1 < len(doc) and (
                    self.lowers[i + 1] in relative or self.lowers[i + 1] in ("a", "an")
                )
                holds = i < span.start and all(t.text != "," for t in doc[i + 1 : span.start])
                aside = opens and not holds
                continue
            if (
                not aside
                and token.lower_ in words
                and (i + 1 >= len(doc) or self.lowers[i + 1] not in planning)
                # "core inflation is estimated at 3.8%": the estimate of the figure in view
                and (i + 1 >= len(doc) or self.lowers[i + 1] not in estimates)
            ):
                return True
        return False

    def _present_state(self, value: _Value) -> bool:
        """Whether a verb of a state in the present ties a figure of a sentence with no date
        ("Lion Gate, which manages more than US$9 billion of assets", "The band allows
        inflation to run 1.5 points either side of the goal", "About 40% of the district's
        workforce holds a degree"): it stands now, not in the period of the paragraph. Read
        a few words before the value, or after it when it opens its clause."""
        span, words = value.span, fact_words("present_state")
        start = max(value.clause[0], span.start - 4)
        opens = span.start <= value.clause[0] or self._after_dateline(span.start)
        end = min(value.clause[1], span.end + 6) if opens else span.end
        return not (
            words.isdisjoint(self.lowers[start : span.start])
            and words.isdisjoint(self.lowers[span.end : end])
        )

    def _after_dateline(self, i: int) -> bool:
        """Whether token ``i`` opens the text after a dateline ("MANILA, Nov 14 - | About
        40% of ..."): a dash before it ends a dateline's date, or the agency after one."""
        if i < 2 or [self.lowers[i - 1]] not in _DATELINE_DASHES:
            return False
        return any(self._dateline_date(d) for d in self.date_index.between(max(0, i - 8), i - 1))

    def _present_share(self, value: _Value) -> bool:
        """Whether a verb of a share in the simple present stands right before a value ("makes
        up nearly 90 percent", "which accounts for nearly 70% of economic activity"): a share
        that stands now. Read in the value's clause, at most four words before it."""
        words, lowers = fact_words("present_share"), self.lowers
        start = max(value.clause[0], value.span.start - 4)
        return any(
            lowers[i] in words or f"{lowers[i]} {lowers[i + 1]}" in words
            for i in range(start, value.span.start)
        )

    def _benchmark_of(self, value: _Value, previous: _Value) -> bool:
        """Whether ``value`` is the benchmark a change before it in its sentence is measured
        against: "gained about 22% over the past 12 months, lagging a 35% rise in an index"
        (the same span, undated as it is)."""
        start = value.span.start
        return (
            previous.sentence == value.sentence
            and previous.kind == value.kind == "change"
            and start - 8 <= previous.span.end < start
            and not fact_words("benchmark_verb").isdisjoint(self.lowers[previous.span.end : start])
        )

    def _restates(self, value: _Value, previous: _Value) -> bool:
        """Whether ``value`` restates the value before it in its sentence, a few words of its
        noun phrase between: "X of its own shares, or Y% of shares outstanding"."""
        start = value.span.start
        return (
            previous.sentence == value.sentence
            and start - 8 <= previous.span.end <= start - 2
            and self.lowers[start - 2] == ","
            and self.lowers[start - 1] == "or"
            and "," not in self.lowers[previous.span.end : start - 2]
        )

    def _new_statement(self, start: int, end: int) -> bool:
        """Whether "and" opens a statement of another kind between a date and a value after
        it: "posted fourth-quarter net income of R$ 2.1 billion, and will pay a dividend of
        R$0.42 per share", "said it would", "has pledged" (a plan, a report, the present), "and
        revised up growth for the previous fiscal year" (a revision)."""
        if end - start > 30:
            return False
        opening = (
            fact_words("planning")
            | fact_words("report")
            | fact_words("present")
            | fact_words("revision_verb")
        )
        lowers = self.lowers
        return any(
            lowers[i] == "and" and lowers[i + 1] in opening for i in range(start, end - 1)
        ) or any(
            lowers[i] == "," and self._subject_then_plan(i + 1, end) for i in range(start, end - 2)
        )

    def _in_cause(self, start: int, end: int) -> bool:
        """Whether a word that opens a cause ("driven by", "thanks to", "amid") stands between
        a value (ending at ``start``) and a date (at ``end``), a few words apart."""
        return end - start <= 8 and not fact_words("cause_opening").isdisjoint(
            self.lowers[start:end]
        )

    def _subject_then_plan(self, i: int, end: int) -> bool:
        """Whether ", and" or ", with" at token ``i`` opens a clause of its own subject and a
        plan ("paid Rs 45 lakh in fees, and the bonds will trade from July 16", "at HK$18.60
        per share, with trading expected to start on June 27"): one to three words of a noun
        phrase between the joiner and the verb."""
        lowers = self.lowers
        if lowers[i] not in ("and", "with"):
            return False
        j = i + 1
        if j < end and lowers[j] in ("the", "its", "their"):
            j += 1
        words = 0
        while j < end and words < 3 and self.plain(j):
            j, words = j + 1, words + 1
        if words > 0 and j + 1 < end and lowers[j] in ("is", "are"):
            j += 1  # "and the first phase is expected to be completed by the end of 2025"
        return words > 0 and j < end and lowers[j] in fact_words("planning")

    def _sensitivity(self, value: _Value) -> bool:
        """A value of a rule of thumb, "every X ... Y" ("every 1 percentage point of lower
        funding costs saves the company roughly 180 million euros"): it holds in no period.
        Read in the value's clause, at most 15 words before it."""
        words = fact_words("sensitivity")
        start = max(value.clause[0], value.span.start - 15)
        return not words.isdisjoint(self.lowers[start : value.span.start])

    def _consensus(self, sentence: Span) -> bool:
        """ "Analysts had expected ...", "economists polled by Reuters": a forecast of the
        figure being reported, of the period in view."""
        found = self._consensus_sentences.get(sentence.start)
        if found is None:
            words = fact_words("consensus")
            found = self._consensus_sentences[sentence.start] = not words.isdisjoint(
                self.lowers[sentence.start : sentence.end]
            )
        return found

    def _earlier_forecast(
        self, value: _Value, previous: _Value | None, after: Sequence[Span]
    ) -> bool:
        """ "raised its 2024 growth forecast to 3.2% from 3.1% in January": the month after
        the forecast it was raised from is when that forecast was made; both are of 2024."""
        span = value.span
        if (
            value.kind != "target"
            or previous is None
            or previous.sentence != value.sentence
            or previous.kind != "target"
            or not previous.period
            or not after
            or span.start < 1
            or self.lowers[span.start - 1] != "from"
            or re.search(r"\d{4}", after[0].text)
        ):
            return False
        # a month that follows right after: "from 3.1% in January", "from 2.4% in its
        # January forecast"
        if after[0].start - span.end > 3 or self.lowers[span.end] != "in":
            return False
        clause = self.lowers[value.clause[0] : span.start]
        return (
            not fact_words("forecast_noun").isdisjoint(clause)
            and periods.parse_day(previous.period) is None
            and not re.fullmatch(r"\d{4}-\d\d", previous.period)
        )

    def _consensus_met(self, sentence: Span) -> bool:
        """ "above the $21.2 billion average forecast of 17 analysts", "Analysts had expected
        first-half profit of ...": a consensus the reported figure is measured against, of a
        period that has ended ("first-half" in a July results story is this year's)."""
        if not self._consensus(sentence):
            return False
        found = self._met_sentences.get(sentence.start)
        if found is None:  # one look per sentence, not per value
            found = self._met_sentences[sentence.start] = not fact_words("period_met").isdisjoint(
                self.lowers[sentence.start : sentence.end]
            )
        return found

    def _day_of_report(self, ent: Span) -> bool:
        """ "officials said (on) Friday", "on Saturday reported", "the company said in a
        statement on Tuesday": the day a figure was told, which is no change's period (a
        change runs over a period)."""
        doc, i = self.doc, ent.start - 1
        if i >= 0 and self.lowers[i] in ("on", "earlier", "later"):
            i -= 1
        if (
            i >= 2
            and self.lowers[i] in fact_words("period_release")
            and self.lowers[i - 1] in ("a", "an", "the", "its", "their")
            and self.lowers[i - 2] == "in"
        ):
            i -= 3  # back over "in a statement" to the verb of telling
        report = fact_words("report")
        if i >= 0 and self.lowers[i] not in report:
            # "data released by the local customs on Tuesday": back over the agent, a few words
            for j in range(i, max(0, i - 8), -1):
                if self.lowers[j] in (",", ";", ".", "--"):
                    break
                if self.lowers[j] == "by" and self.lowers[j - 1] in report:
                    i = j - 1
                    break
                if self.lowers[j] in report:  # "filed with the Shanghai Stock Exchange on"
                    i = j
                    break
                if self.lowers[j] in fact_words("release_participle") and self.lowers[
                    j - 1
                ] in fact_words("period_release"):
                    # "the work report submitted to the provincial legislature on Tuesday"
                    return True
        return (
            (i >= 0 and self.lowers[i] in report)
            or (ent.end < len(doc) and self.lowers[ent.end] in report)
            or (i >= 0 and self.lowers[i + 1] == "on" and self._object_of_results(i))
        )

    def _object_of_results(self, i: int) -> bool:
        """Whether the words up to token ``i`` are the object of a verb of results right
        before them: "reported a 5% rise in quarterly revenue | on Tuesday", "posted net profit
        of $2 billion | on Thursday" (a few words of a noun phrase and values, no other verb,
        naming a flow or a balance of a period)."""
        lowers = self.lowers
        results, growth = fact_words("results_verb"), fact_words("growth_noun")
        floor = max(self.sentence_of(i).start, i - 14)
        for j in range(i, floor - 1, -1):
            word = lowers[j]
            if word in results:
                # the results of a period: a flow or a balance ("quarterly revenue", "net
                # loss"), not a rate set on the day ("a 25 basis point cut in its policy rate")
                named = {m.cls for m in self.metric_index.between(j, i + 1) if m.end <= i + 1}
                flows = {"flow", "stock", "growth"}
                return j < i and bool(named & {"flow", "stock"}) and not named - flows
            if not (
                self.ent_types[j] in (*VALUE_LABELS, "DATE")  # "in quarterly revenue"
                or self.plain(j)
                or word in growth
                or word in ("a", "an", "in", "of", "its", "their", "-")
                or (j in self.cue_tokens and word not in self.finder.verbs)
            ):
                return False
        return False

    def _since_then(self, value: _Value) -> str | None:
        """ "Since then" before a value in its clause: the span from the last date of the
        sentence before (not a day's) to the article's date."""
        sentence, lowers = value.sentence, self.lowers
        start = max(value.clause[0], sentence.start, value.span.start - 12)
        if self.anchor is None or sentence.start == 0:
            return None
        if not any(
            lowers[i] == "since" and lowers[i + 1] == "then"
            for i in range(start, value.span.start - 1)
        ):
            return None
        before = self.sentence_of(sentence.start - 1)
        i = bisect_left(self.date_index.starts, before.end)
        last = self.date_index.items[i - 1] if i > 0 else None
        if last is None or last.start < before.start:
            return None
        resolved = self.resolved(last)
        if resolved is None or "/" in resolved or periods.parse_day(resolved) is not None:
            return None
        return periods.since(resolved, self.anchor)

    def _meeting_day(self, value: _Value) -> tuple[Span, str] | None:
        """The date of a meeting a few words before a rate in its sentence ("which meets on
        Wednesday, is expected to keep", "meet next week and are expected to keep"), right after
        the word of meeting (past "on"), when the meeting is ahead of the article's date (a
        weekday: the next such day), with its period."""
        if self.anchor is None:
            return None
        start = max(value.sentence.start, value.span.start - 20)
        words = fact_words("meeting")
        for i in range(start, value.span.start - 1):
            if self.lowers[i] not in words:
                continue
            at = i + 2 if self.lowers[i + 1] == "on" else i + 1
            found = self.date_index.between(at, at + 1)
            if not found or found[0].end > value.span.start:
                continue
            day = periods.weekday(found[0].text)
            if day is not None:
                ahead = (day - self.anchor.weekday()) % 7
                return found[0], (self.anchor + timedelta(days=ahead)).isoformat()
            resolved = self.resolved(found[0], ahead=True)
            first = periods.first_day(resolved)
            if resolved is not None and first is not None and first >= self.anchor:
                return found[0], resolved
        return None

    def _day_of_change(self, span: Span, ent: Span) -> bool:
        """ "rose to 9 per cent from 8 per cent on Jan 1", "raised its policy rate to 50% from
        45% on Thursday": a level reached, then the level the change started from, then the day
        ("on" or a weekday): the day the change took effect, the level reached's."""
        if span.start == 0 or self.lowers[span.start - 1] != "to":
            return False
        # "to X from Y on": a few tokens (a sentence of many values stays linear)
        if not span.end + 1 < ent.start <= span.end + 12 or self.lowers[span.end] != "from":
            return False
        between = self.value_index.between(span.end + 1, ent.start)
        if len(between) != 1 or between[0].start != span.end + 1:
            return False
        gap = ent.start - between[0].end
        return (gap == 1 and self.lowers[between[0].end] == "on") or (
            gap == 0 and periods.weekday(ent.text) is not None
        )

    def _change_to_level(self, span: Span, ent: Span) -> bool:
        """ "fell 56 per cent to HK$46.3 billion in 2023", "closed 2.1 percent higher at 23.46
        yuan on Friday": a change whose only value before the date is the level it reached, so
        the date is the change's too."""
        # the first two values before the date are enough: a clause of many stays linear
        between = list(
            itertools.islice(
                (v for v in self.value_index.between(span.end, ent.start) if v.end <= ent.start), 2
            )
        )
        if len(between) != 1 or self.lowers[between[0].start - 1] not in ("to", "at"):
            return False
        gap = between[0].start - span.end
        if gap <= 4:
            return True
        # "a 31% rise in standalone net profit to Rs 1,420 crore for the September quarter":
        # a growth noun and its metric before the level reached, with no clause break
        words = self.lowers[span.end : between[0].start - 1]
        return (
            gap <= 9
            and words[0] in fact_words("growth_noun")
            and words[1] in ("in", "of")
            and all(w.isalpha() for w in words)
            and fact_words("clause_verb").isdisjoint(words)
        )

    def headline_periods(self, values: Sequence[_Value]) -> None:
        """A headline value without a period takes the period of the body statement it sums up:
        the first later value of the same amount ("Hefei signs projects worth over 80 billion
        yuan" | "... signed on March 8 ... worth over 80 billion yuan"); one with only the
        text's period inherited takes none when that statement has none. A table's row without
        one that restates an earlier statement takes its period, in every cell."""
        headline_end = self.text.find("\n")
        if headline_end < 0:
            return

        def amount(value: _Value) -> tuple[object, ...]:
            found = value.data.value
            return (type(found), *found.key()) if found is not None else (id(value),)

        body: dict[tuple[object, ...], _Value] = {}
        undated: set[tuple[object, ...]] = set()  # the amounts of statements with no period
        for value in values:
            if value.span.start_char > headline_end and value.period is not None:
                body.setdefault(amount(value), value)
            elif value.span.start_char > headline_end:
                undated.add(amount(value))
        rows: dict[tuple[int, int], str | None] = {}  # a restated row's line: its period
        for value in values:
            if "fact.table_row" in value.how and value.period is None:
                # a table's row that restates a statement of the text ("posted fourth-quarter
                # net income of 4.5 billion pesos" | "Grupo Sierra Madre  MXN 4.5bn  up 22%")
                # is of its period, all its cells
                line = self.line_of(value.span.start_char)
                same = body.get(amount(value))
                if same is not None and same.span.start < value.span.start:
                    rows[line] = same.period
                if rows.get(line) is not None:
                    value.period = rows[line]
                    value.how.append("period.restated")
        for value in values:
            if value.span.start_char > headline_end:
                break
            same = body.get(amount(value))
            if same is not None and same.period != value.period:
                # even over a date of the headline's own: "Brazil cuts Selic rate to 10.75%,
                # signals one more cut in May", "Q1 net profit jumps 62%" (a fiscal quarter)
                value.period = same.period
                value.how.append("period.headline")
                if "kind.future_period" in value.how and not self._in_future(same.period):
                    # "holds rate at 50%, signals easing next year": the future was another
                    # clause's; the statement summed up is no plan
                    value.kind, value.direction = same.kind, same.direction
                    value.how.append("kind.headline")
            elif same is None and amount(value) in undated and "period.inherited" in value.how:
                # "Green power share nears 90 percent" | "Clean energy makes up nearly 90
                # percent of capacity": no period in the body, none inherited in the headline
                value.period = None
                value.how.append("period.headline")
        decision_day = next(
            (
                v.period
                for v in values
                if v.span.start_char > headline_end
                and v.metric_cls == "rate"
                and v.period is not None
                and periods.parse_day(v.period) is not None
            ),
            None,
        )
        for value in values:
            if value.span.start_char > headline_end:
                break
            if (
                decision_day is not None
                and value.kind == "change"
                and value.metric_cls == "rate"
                and value.period is not None
                and re.fullmatch(r"\d{4}-\d\d", value.period)
                and decision_day.startswith(value.period)
            ):
                # "ECB cuts rates by 25 bps in June" | "... cut its deposit rate to 3.75% on
                # Thursday": the decision's day, in the month the headline names
                value.period = decision_day
                value.how.append("period.headline_decision")
        for change, level in itertools.pairwise(values):
            if level.span.start_char > headline_end:
                break
            if (
                change.kind == "change"
                and change.metric_cls == "rate"
                and level.kind == "level"
                and level.metric_cls == "rate"
                and "period.headline" in level.how
                and level.span.start - change.span.end <= 2
                and periods.parse_day(level.period) is not None
            ):
                # "February inflation hits 67%, central bank hikes rates by 500 bps to 50%": the
                # move is of the day of the decision its new level was dated by
                change.period = level.period
                change.how.append("period.headline_decision")

    def _not_the_period(self, ent: Span, kind: str) -> bool:
        """Whether a DATE mention names what a value is compared with ("up 1.4 points from
        2022", "more than double the figure of 2022") or an instrument's maturity ("bonds
        maturing in 2034"), not the period of the value."""
        before = self.text[max(0, ent.start_char - 30) : ent.start_char]
        if _COMPARED.search(before) or self._after_maturity_word(ent) or _benchmark(ent):
            return True
        if _STOOD_SINCE.search(before) or self._when_forecast(ent):
            return True
        if self._year_of_a_part(ent):
            return True  # "the first seven months of the 2024/25 financial year": the months
        if self._release_day(ent) or self._month_of_a_half(ent):
            return True  # (the half, not "November", of "the first half of November")
        if kind == "change" and self._same_of_base(ent):
            return True  # "up 8.7 percent compared with the same holiday last year": the base
        if _PREVIOUS_QUARTER.fullmatch(ent.text) and _CHANGED_FROM.search(before):
            return True  # "expects revenue to grow 5%-7% from the previous quarter": a basis
        # "from 2022 to 2023" is one mention: its end is the period
        spans_two = re.search(r"\b(?:to|through|thru)\b|[-\u2013]", ent.text) is not None
        if kind == "change" and _ON_YEAR.search(before) and re.fullmatch(r"\d{4}", ent.text):
            return True
        if (
            kind == "target"
            and _CHANGED_FROM.search(before)
            and ent.text.strip().lower() in fact_words("kind_past_reference")
        ):
            return True  # "forecast a dividend of 60 yen, up 10 yen from the previous year"
        return kind == "change" and not spans_two and _CHANGED_FROM.search(before) is not None

    def _release_day(self, ent: Span) -> bool:
        """Whether a date is the day a report was given ("according to a press conference held
        by the provincial government on April 24") in a sentence that dates its figures too
        ("... in the first quarter"): when it was said, not what it is of."""
        if not _RELEASED_ON.search(self.text, max(0, ent.start_char - 80), ent.start_char):
            return False
        sentence = self.sentence_of(ent.start)
        return len(self.date_index.between(sentence.start, sentence.end)) > 1

    def _same_of_base(self, ent: Span) -> bool:
        """Whether a date closes the base of a comparison, "the same" period of another year:
        "compared with the same holiday last year", "over the same month of 2023"."""
        return _SAME_BASE.search(self.text, max(0, ent.start_char - 45), ent.start_char) is not None

    def _when_forecast(self, ent: Span) -> bool:
        """ "from the 920 billion yen it projected in May": the date a forecast was made on,
        after "it" or "they" and the verb, is not the period the forecast is for."""
        i = ent.start - 2  # past "in" or "on" ("it expected first-quarter revenue" names one)
        return (
            i >= 1
            and self.lowers[i + 1] in ("in", "on")
            and self.lowers[i] in fact_words("kind_forecast_act")
            and self.lowers[i - 1] in fact_words("kind_forecaster_pronoun")
        )

    def _tenor(self, ent: Span) -> bool:
        """ "sold 15 billion lira of five-year bonds on Tuesday", "its 10-year bond auction": a
        hyphenated length before a security is its tenor, and a year before it its maturity
        ("4 billion pounds of 2035 gilts"): neither dates the value."""
        return (
            re.fullmatch(r"[\w.]+-(?:year|month|week|day)|\d{4}", ent.text, re.IGNORECASE)
            is not None
            and ent.end < len(self.doc)
            and self.lowers[ent.end] in fact_words("bond_noun")
        )

    def _after_maturity_word(self, ent: Span) -> bool:
        """ "bonds maturing (in) 2034", "notes due 2030": the date of an instrument; also each
        date of a list after the word ("maturing in 2034 and 2054"), and a contract's month
        ("futures for January delivery")."""
        doc = self.doc
        if ent.end < len(doc) and self.lowers[ent.end] in fact_words("delivery_noun"):
            return True

        def word_before(end: int) -> int:  # the word before a date, past "in", "on", "by"
            i = end - 1
            return i - 1 if i >= 0 and self.lowers[i] in ("in", "on", "by") else i

        i = word_before(ent.start)
        for _ in range(4):  # back over the earlier dates of a list: "2034 and | 2054"
            if i < 1 or self.lowers[i] not in ("and", "or", ",") or doc[i - 1].ent_type_ != "DATE":
                break
            start = i - 1
            while start > 0 and doc[start].ent_iob_ != "B":
                start -= 1
            i = word_before(start)
        return i >= 0 and self.lowers[i] in fact_words("maturity")

    def _aside(self, ent: Span) -> bool:
        """Whether a DATE mention is a gloss in brackets: "the 14th Five-Year Plan (2021-2025)";
        not when it glosses the span a statement is over ("During the 14th Five-Year Plan period
        (2021-2025), the region plans to invest ...": those years)."""
        before = self.text[max(0, ent.start_char - 1) : ent.start_char]
        if before != "(" or self.text[ent.end_char : ent.end_char + 1] != ")":
            return False
        start = max(0, ent.start_char - 60)
        return _DURING_PLAN.search(self.text, start, ent.start_char) is None

    def _inherited(self, paragraph: int) -> str | None:
        at, period = self.paragraph_period
        if at == paragraph and period:
            return period
        return self.heading_periods.get(paragraph, self.main_period)

    def _heading_periods(self) -> dict[int, str]:
        """The periods of section headings, by the paragraph they date: a line with no stop at
        its end, a few words ending in a word of ``section_heading`` and one period named
        ("Third Quarter 2024 Highlights", "Full Year 2024 Highlights"), first in a paragraph
        whose lines go on (a press release's bullet list), or a paragraph of its own, past the
        headline, over the paragraph after it. One pass over the dates, one look per
        paragraph."""
        words = fact_words("section_heading")
        found: dict[int, set[str]] = {}
        # paragraph start -> (end of its first line, the paragraph it dates), or (-1, -1)
        lines: dict[int, tuple[int, int]] = {}
        text = self.text
        headline_end = text.find("\n")
        for ent in self.dates:
            paragraph = self.blank_line_before(ent.start_char) + 1
            if paragraph not in lines:
                start = paragraph + (text[paragraph : paragraph + 1] == "\n")
                end = text.find("\n", start, start + 120)
                line = text[start:end].split() if end > 0 else []
                dated = -1
                if 0 < len(line) <= 10 and line[-1].lower() in words and end + 1 < len(text):
                    if text[end : end + 2] != "\n\n":
                        dated = paragraph
                    elif start > headline_end:
                        after = end
                        while after < min(len(text), end + 10) and text[after].isspace():
                            after += 1
                        dated = self.blank_line_before(after) + 1 if after > end + 1 else -1
                lines[paragraph] = (end, dated) if dated >= 0 else (-1, -1)
            end, dated = lines[paragraph]
            if ent.end_char > end:
                continue
            value = self.resolved(ent)
            if value is not None:
                found.setdefault(dated, set()).add(value)
        return {at: next(iter(values)) for at, values in found.items() if len(values) == 1}

    def _allocated_in_the_past(self, value: _Value) -> bool:
        """Whether a verb of allocation in the past tense ("set aside", "earmarked") comes
        right before the value, with no word of planning before it in its clause, and the
        value's period is a year before the article's ("set aside 3 billion yuan in 2023", told
        in 2024; "will set aside", "earmarked ... for 2024" stay plans)."""
        if self.anchor is None or value.period is None:
            return False
        year = re.fullmatch(r"(\d{4})", value.period)
        if year is None or int(year[1]) >= self.anchor.year:
            return False
        lowers, start = self.lowers, value.span.start
        past = fact_words("past_allocation")
        at = next(
            (
                i
                for i in range(start - 1, max(value.clause[0], start - 4) - 1, -1)
                if lowers[i] in past
            ),
            None,
        )
        if at is None or (lowers[at] == "aside" and (at < 1 or lowers[at - 1] != "set")):
            return False
        return fact_words("planning").isdisjoint(lowers[value.clause[0] : at])

    def _in_future(self, period: str | None) -> bool:
        if period is None or self.anchor is None:
            return False
        year = re.match(r"(?:FY)?(\d{4})", period)
        return year is not None and int(year[1]) > self.anchor.year
