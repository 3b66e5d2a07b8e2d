"""How the fact rules read a DATE mention: resolved against the article's date, the fiscal
conventions the article follows and the words around it (the layer below the kind rules)."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from spacy.tokens import Span

from extractor.records import DateValue
from extractor.rules import numbers, periods
from extractor.spans import get_span_data
from extractor.stages.facts.document import Index
from extractor.stages.facts.lexicon import (
    _END_OF,
    _ENDING,
    _PREVIOUS_QUARTER,
    _SPAN_OPENING,
    _TWELVE_MONTHS,
    _YEAR_END,
    _date_value,
    _fiscal_label,
    fact_words,
)

# A fiscal year written with two digits: "FY25", "FY 25", "FY'25".
_FY_SHORT = re.compile(r"FY\s?'?\d{2}")


# A part of a fiscal year after its name: "FY25| 's first half", "fiscal 2025| 's fourth quarter".
_POSSESSIVE_PART = re.compile(
    r"['\u2019]s\s+(?P<part>(?:first|second|third|fourth)[\s-](?:quarter|half))\b", re.IGNORECASE
)


# "the first half | of the fiscal year", "of the current financial year": the year running
_OF_RUNNING_FISCAL = re.compile(
    r"\s+of\s+(?:the|this|its)\s+(?:current\s+)?(?:fiscal|financial|business)\s+year\b",
    re.IGNORECASE,
)


# "the first quarter | of FY25", "Q3 | of fiscal 2025": a quarter of a fiscal year named after it
_OF_FISCAL_YEAR = re.compile(
    r"\s+of\s+(?:(?:its|the|their)\s+)?(?:FY\s?'?|(?:fiscal|financial)\s+(?:year\s+)?)"
    r"(?P<year>\d{4}|\d{2})\b(?![-\u2013/]\d)"
)


# "the first seven months | of the 2024/25 financial year", "the first half | of 2024-25": a
# part of a fiscal year written as India's and Britain's split years
_OF_SPLIT_YEAR = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year\s+|FY\s?)?(?P<first>\d{4})[-/\u2013]"
    r"(?P<last>\d{2})\b(?!\d)",
    re.IGNORECASE,
)


# A part of a year told by its first months: "the first seven months", "the first half".
_FIRST_PART = re.compile(
    r"(?:the\s+)?first\s+(?:(?P<count>\w+)\s+months|(?P<half>half)|(?P<quarter>quarter))",
    re.IGNORECASE,
)


# A fiscal year named by a calendar year after the word: "fiscal 2023", "fiscal year 2024" (not
# "fiscal year ending March 2025", told by its end).
_FISCAL_BY_NUMBER = re.compile(r"\bfiscal(?:\s+year)?\s+\d{4}\b", re.IGNORECASE)


# A half written without its whole, which a month after "of" may give: "the first half".
_HALF_OF = re.compile(r"(?:the\s+)?(?P<which>first|second|1st|2nd)\s+half", re.IGNORECASE)


# A fiscal year told from the article's date: "this financial year", "next fiscal year".
_RELATIVE_FISCAL = re.compile(
    r"(?:the\s+)?(?:current|this|(?P<last>last|previous|past|prior)|(?P<next>next|coming))\s+"
    r"(?:fiscal|financial|business)\s+year",
    re.IGNORECASE,
)


_CURRENT_YEAR = re.compile(r"the\s+current\s+year", re.IGNORECASE)


# The fiscal year running on the article's date: "the current financial year", "this fiscal
# year"; "the current year" too in an article whose company's year does not end in December.
_CURRENT_FISCAL = re.compile(
    r"(?:the\s+)?(?:current|this)\s+(?:(?:fiscal|financial|business)\s+year|fiscal)",
    re.IGNORECASE,
)


# "the fiscal year | starting April 1", "the financial year | that begins in July": a year told
# by its first day
_YEAR_STARTING_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:starting|beginning|starts|begins|started|began)\s+(?:on\s+|in\s+)?",
    re.IGNORECASE,
)


_YEAR_ENDING_AFTER = re.compile(
    r"\s+(?P<verb>ended|ending|to|through)\s+(?:in\s+)?(?P<rel>next|this|last)?\s*", re.IGNORECASE
)


# A fiscal year told by its end: "the business year | ending next March", "the fiscal year |
# ending March 2025", "the year ended March 31", "the year to July 31" (month, in the text).
_FISCAL_YEAR = re.compile(r"(?:the\s+)?(?:fiscal|financial|business)\s+year", re.IGNORECASE)


# The word after a month that makes it the quarter ending then: "the December quarter".
_QUARTER_AFTER = re.compile(r"\s+quarter\b", re.IGNORECASE)


# The words after a year that make it a fiscal year: "the 2024 financial year".
_FISCAL_AFTER = re.compile(r"\s+(?:fiscal|financial|business)\s+year\b", re.IGNORECASE)


# "(after falling 0.3 percent in) the previous month": the month before the one in view
_PREVIOUS_MONTH = re.compile(r"(?:the\s+)?(?:previous|prior|preceding)\s+month", re.IGNORECASE)


# The reported quarter told without its name: "sales rose 22% in the latest quarter", "the past
# quarter": the quarter in view, else the last one ended by the article's date.
_LATEST_QUARTER = re.compile(
    r"(?:the\s+)?(?:latest|past|most\s+recent|just[\s-]ended)\s+quarter", re.IGNORECASE
)


# A quarter named by reference to the one in view.
_THE_QUARTER = re.compile(r"(?:the|this)\s+quarter", re.IGNORECASE)


# "(net profit in) the nine months", "the six-month period": the months counted in view, or the
# reporting span itself ("For the nine months, net profit ...")
_THE_MONTHS = re.compile(r"the\s+(?P<count>\w+)(?:\s+months|-month\s+period)", re.IGNORECASE)


# "July-October | of the current fiscal year", "the first four months | of this financial year":
# months of the fiscal year running on the article's date
_OF_THIS_FISCAL = re.compile(
    r"\s+of\s+(?:the\s+current|this|the|its)\s+(?:current\s+)?(?:fiscal|financial)\s+year\b",
    re.IGNORECASE,
)
_MONTH_SPAN = re.compile(
    rf"(?P<first>[A-Za-z]{{3,9}})\.?\s*{periods.MONTH_JOINER}\s*"
    r"(?P<last>[A-Za-z]{3,9})\.?"
)


# Months of a fiscal year: "July-October of FY2025-26", "Jul-Oct of FY26"
_MONTHS_OF_FY = re.compile(
    _MONTH_SPAN.pattern
    + (
        r"\s+of\s+(?:the\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)(?P<year>\d{4}|\d{2})"
        r"(?:[-/\u2013](?P<tail>\d{4}|\d{2}))?"
    ),
    re.IGNORECASE,
)


_SO_FAR_AFTER = re.compile(r"\s+so\s+far\b", re.IGNORECASE)


# The year so far: "so far this year", "so far in 2024", "this year so far".
_SO_FAR_BEFORE = re.compile(r"\bso\s+far\s+(?:in\s+)?$", re.IGNORECASE)


# A relative clause that tells the day a quarter or a half ended: "the fourth quarter, which
# ended Oct. 31".
_ENDED_CLAUSE = re.compile(
    r",?\s+(?:(?:which|that)\s+|of\s+(?:its|the|their)\s+(?:financial|fiscal)\s+year\s+"
    # "the first quarter of its financial year 2026 ended Sept 30, 2025"
    r"(?:FY\s?)?\d{4}(?:[-/]\d{2,4})?,?\s+(?:(?:which|that)\s+)?)(?:ended|closed)\s+(?:on\s+)?",
    re.IGNORECASE,
)


# A span counted in days: "the eight-day Spring Festival holiday".
_DAYS_LONG = re.compile(r"(?:the\s+)?(?P<count>\w+)-day\b", re.IGNORECASE)


# An adjectival count of months: "nine-month", "its 9-month", "the six-month".
_MONTHS_LONG = re.compile(
    r"(?:(?:the|its|their|a)\s+)?(?P<count>six|nine|6|9)-month", re.IGNORECASE
)


# The second year of a split year after a mention that ends on the first: "fiscal 2024 | /25".
_SPLIT_TAIL = re.compile(r"(?<=\d{4})[-/\u2013](\d{4}|\d{2})(?![\d-])")


# The words of a part of a year: "the first quarter of fiscal 2025/2026" is no whole year.
_PART_WORDS = re.compile(r"\b(?:quarter|half|months)\b", re.IGNORECASE)


# "full-year", "the full year".
_FULL_YEAR = re.compile(r"(?:the\s+)?full[\s-]year|the\s+(?:whole|entire)\s+year", re.IGNORECASE)


_AND_AFTER = re.compile(r"\s+and\s+", re.IGNORECASE)


# "between | Nov. 1 | and | Dec. 24": two mentions of days that bound a span
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)


# The words before a DATE mention that make it the end of a period: "the quarter ended | Dec. 31".
# (A count of weeks up to half a year, a retailer's or a price survey's "12 weeks to February
# 23", is its days; a 52-week year is left alone.)
_SPAN_CONTEXT = re.compile(
    _ENDING + r"(?:\s+in)?(?:\s+(?P<rel>next|this|last))?\s*$", re.IGNORECASE
)


class DateReading(Index):
    """What a DATE mention names, read with the words around it and the article's date."""

    def resolved(
        self, ent: Span, ahead: bool = False, past: bool = False, nearest: bool = True
    ) -> str | None:
        """The period a DATE mention names, read with the words before it and the anchor.

        A month without a year is the nearest such month (``periods.resolve``), unless
        ``nearest`` is off (a plan's months are the next ones) or the words before it say
        otherwise: after "by" or "before" the next one, after "since" or in "at the end of
        June" (a balance measured) one that has begun."""
        if self._resolutions is None:
            return self._read_period(ent, ahead, past, nearest)
        key = (ent.start, ent.end, ent.label, ahead, past, nearest)
        if key not in self._resolutions:
            self._resolutions[key] = self._read_period(ent, ahead, past, nearest)
        return self._resolutions[key]

    def _read_period(self, ent: Span, ahead: bool, past: bool, nearest: bool) -> str | None:
        found = self._resolved(ent, ahead, past, nearest)
        part = re.fullmatch(r"FY(\d{4})(-(?:Q[1-4]|H[12]|\d{1,2}M))", found or "")
        # "the fourth quarter of fiscal 2024/25" (a mention read up to "2024"): a part of the
        # fiscal year ending in 2025
        tail = _SPLIT_TAIL.search(ent.text) or _SPLIT_TAIL.match(self.text, ent.end_char)
        if part and tail and int(tail[1]) in (int(part[1]) + 1, (int(part[1]) + 1) % 100):
            found = f"FY{int(part[1]) + 1}{part[2]}"
        if found and self.fiscal_by_start and _FISCAL_BY_NUMBER.search(ent.text):
            # a Japanese company's "fiscal 2023", "the first half of fiscal 2024": the year
            # starting then, named by the year it ends in (FY2024)
            found = re.sub(r"^FY(\d{4})", lambda m: f"FY{int(m[1]) + 1}", found)
        possessive = _POSSESSIVE_PART.match(self.text, ent.end_char)
        if found and possessive and re.fullmatch(r"FY\d{4}", found):
            # "FY25's first half", "fiscal 2025's fourth quarter": that part of the fiscal year
            key = _fiscal_label(possessive["part"])
            found = f"{found}-{key}" if key else found
        elif found and self.split_years and _FY_SHORT.fullmatch(ent.text.strip()):
            return periods.split_year(found) or found  # "FY25" in India: FY2024-25
        if found and found.startswith("FY"):
            # "Q2FY25": the months of fiscal 2025 its year-end makes them; the markets that
            # write these codes (India, Japan) end their fiscal years in March
            end = self.fiscal_end[0] if self.fiscal_end is not None else self.code_year_end
            return periods.fiscal_part(found, end) or found
        return found

    def _fiscal_year(self, ent: Span) -> str | None:
        """A fiscal year named by its end in the next mention ("the business year | ending next
        March"), or the one running on the article's date ("the current financial year")."""
        text = ent.text.strip()
        if _FISCAL_YEAR.fullmatch(text):
            after = _YEAR_ENDING_AFTER.match(self.text, ent.end_char)
            i = bisect_left(self.date_index.starts, ent.end)
            following = self.date_index.items[i] if i < len(self.dates) else None
            if after and following is not None and following.start_char == after.end():
                ahead = after["verb"].lower() != "ended" and (after["rel"] or "").lower() != "last"
                end = periods.resolve(following.text, _date_value(following), self.anchor, ahead)
                day = periods.last_day(end)
                if day is not None:
                    found = periods.period_ending(day, "fiscal year")
                    return (periods.split_year(found) if self.split_years else None) or found
        if _FISCAL_YEAR.fullmatch(text) and (
            after := _YEAR_STARTING_AFTER.match(self.text, ent.end_char)
        ):
            i = bisect_left(self.date_index.starts, ent.end)
            following = self.date_index.items[i] if i < len(self.dates) else None
            if following is not None and following.start_char == after.end():
                ahead = not after.group().strip().lower().startswith(("started", "began"))
                start = periods.resolve(following.text, _date_value(following), self.anchor, ahead)
                first = periods.parse_day(start) or periods.parse_day(f"{start}-01")
                if first is not None:
                    # the year's last day is the day before its first day a year on
                    day = date(first.year + 1, first.month, first.day) - timedelta(days=1)
                    found = periods.period_ending(day, "fiscal year")
                    return (periods.split_year(found) if self.split_years else None) or found
        if self.anchor is None or self.fiscal_end is None:
            return None
        month, stated = self.fiscal_end
        relative = _RELATIVE_FISCAL.fullmatch(text)
        if relative is not None:
            # "this financial year", "next fiscal year", "the previous fiscal year"
            offset = 1 if relative["next"] else -1 if relative["last"] else 0
            return periods.fiscal_year(self.anchor, month, self.split_years, offset)
        if (
            _CURRENT_FISCAL.fullmatch(text)
            or (stated and _CURRENT_YEAR.fullmatch(text))
            or (
                (_CURRENT_YEAR.fullmatch(text) or text.lower() == "this year")
                and self._beside_a_fiscal_year(ent)
            )
        ):
            return periods.fiscal_year(self.anchor, month, self.split_years)
        return None

    def _fiscal_quarter(self, ent: Span, key: str, ahead: bool, nearest: bool) -> str | None:
        """A quarter or half label read as a part of a fiscal year: "the first quarter of FY25"
        (its months by the text's year-end, March when it names none), "the second half of the
        fiscal year" (the one running), and in Indian company news a bare "Q2", "the second
        quarter" or "H1", the fiscal year's (July-September, April-September), the latest such
        part by the article's date (for a plan the next that has not ended)."""
        end = self.fiscal_end[0] if self.fiscal_end is not None else 3
        of = _OF_FISCAL_YEAR.match(self.text, ent.end_char)
        if of is not None:
            year = int(of["year"])
            year += 2000 if year < 100 else 0
            if self.fiscal_by_start and not of.group().strip().lower().startswith("of fy"):
                year += 1  # a Japanese company's "Q1 of fiscal 2024" starts in April 2024
            return periods.fiscal_part(f"FY{year}-{key}", end)
        if self.anchor is None:
            return None
        if self.fiscal_end is not None and _OF_RUNNING_FISCAL.match(self.text, ent.end_char):
            # "the second half of the fiscal year", "the first quarter of this financial year"
            return periods.fiscal_part(f"{periods.fiscal_year(self.anchor, end)}-{key}", end)
        if key == "H1" and self.latest_first_half and not ahead:
            # "first-half cash earnings" of a June year in February (July-December), of a
            # calendar year in August (January-June), of a September year in May (October-
            # March): the latest half that has ended with a quarter
            last = self.anchor.year * 12 + (self.anchor.month - 1) // 3 * 3 - 1  # months from 0
            return periods.months_ending(last // 12, last % 12 + 1, 6)
        stated = self.fiscal_end is not None and self.fiscal_end[1]
        if stated and (end % 3 or not self.fiscal_quarters) and self._of_company_results(ent):
            # a company whose fiscal year-end the text states ("whose fiscal year ends in June",
            # "the fiscal year ended Jan. 26") names its own quarters and halves: "second-
            # quarter revenue" of a June year told in February is October-December; of a
            # report the latest ended, of a plan the next that has not
            parts = [
                (found, part_end)
                for offset in (-1, 0, 1)
                if (fy := periods.fiscal_year(self.anchor, end, offset=offset))
                and (found := periods.fiscal_part(f"{fy}-{key}", end)) is not None
                and (part_end := periods.end_of(found.split("/")[-1])) is not None
            ]
            if ahead:
                return next((f for f, part_end in parts if part_end >= self.anchor), None)
            ended = [f for f, part_end in parts if part_end < self.anchor]
            return ended[-1] if ended else None
        if not self.fiscal_quarters or end % 3:
            return None
        if key[0] == "Q":
            # the calendar quarter the fiscal one is: Q1 of a year ending in March is April-June
            calendar = (int(key[1]) + end // 3 - 1) % 4 + 1
            return periods.resolve(f"Q{calendar}", None, self.anchor, ahead, nearest)
        # a half: of a report the latest that has begun, of a plan the next that has not ended
        halves = [
            found
            for offset in (-1, 0, 1)
            if (fy := periods.fiscal_year(self.anchor, end, offset=offset))
            and (found := periods.fiscal_part(f"{fy}-{key}", end)) is not None
        ]
        if ahead:
            ends = ((h, periods.last_day(h.split("/")[-1])) for h in halves)
            return next((h for h, last in ends if last is not None and last >= self.anchor), None)
        begun = [h for h in halves if (first := periods.first_day(h)) and first <= self.anchor]
        return begun[-1] if begun else None

    def _part_of_split_year(self, ent: Span) -> str | None:
        """ "the first seven months of the 2024/25 financial year": the months from the start of
        the split year written after the part (its year-end the text's, else March)."""
        part = _FIRST_PART.fullmatch(ent.text.strip())
        if part is None:
            return None
        of = _OF_SPLIT_YEAR.match(self.text, ent.end_char)
        if of is None or (int(of["first"]) + 1) % 100 != int(of["last"]):
            return None
        months = 6 if part["half"] else 3 if part["quarter"] else periods.count_of(part["count"])
        if months is None or not 1 <= months <= 12:
            return None
        end = self.fiscal_end[0] if self.fiscal_end is not None else 3
        return periods.fiscal_part(f"FY{int(of['first']) + 1}-{months}M", end)

    def _part_of_running_fiscal(self, ent: Span) -> str | None:
        """ "July-October of the current fiscal year", "the first four months of this financial
        year": those months of the fiscal year running on the article's date (its year-end the
        text's or its market's, else March), months that have passed."""
        of = _OF_THIS_FISCAL.match(self.text, ent.end_char)
        if of is None or self.anchor is None or not re.search(r"current|this", of.group(), re.I):
            return None
        end = self.fiscal_end[0] if self.fiscal_end is not None else 3
        running = periods.fiscal_year(self.anchor, end)
        text = ent.text.strip()
        if (part := _FIRST_PART.fullmatch(text)) is not None:
            months = (
                6 if part["half"] else 3 if part["quarter"] else periods.count_of(part["count"])
            )
            if months is None or not 1 <= months <= 12:
                return None
            return periods.fiscal_part(f"{running}-{months}M", end)
        span = _MONTH_SPAN.fullmatch(text)
        if span is None:
            return None
        first, last = periods.month_number(span["first"]), periods.month_number(span["last"])
        if first is None or last is None:
            return None
        start = (int(running[2:]) - 1) * 12 + end  # the fiscal year's first month, from 0
        first_at = start + (first - 1 - end) % 12
        last_at = start + (last - 1 - end) % 12
        if last_at < first_at:
            return None
        return periods.months_ending(last_at // 12, last_at % 12 + 1, last_at - first_at + 1)

    def _forecast_noun_after(self, ent: Span) -> bool:
        """Whether a forecast noun follows a DATE within two words ("its full-year forecast",
        "full-year profit guidance"): the period a forecast is made for."""
        return not fact_words("forecast_noun").isdisjoint(self.lowers[ent.end : ent.end + 2])

    def _of_company_results(self, ent: Span) -> bool:
        """Whether a quarter or a half is a company's own: written "fiscal" ("fiscal second-
        quarter", "the second fiscal quarter") or near a noun of results ("first-quarter
        revenue", "profit rose 9% in the second quarter"), not an economy's ("fourth-quarter
        GDP")."""
        if "fiscal" in self.lowers[max(0, ent.start - 1) : ent.end]:
            return True
        results = fact_words("results_noun")
        window = self.lowers[max(0, ent.start - 8) : min(len(self.doc), ent.end + 5)]
        return not results.isdisjoint(window)

    def _company_results_year(self, ent: Span) -> bool:
        """Whether "the year to September" is a company's year of results: a company owning a
        figure before it in its sentence (an ORG with "'s", or "the company") and a results
        noun near it ("Siemens' operating margin ... in the year through September"), not an
        economy's annual rate ("UK inflation ... in the year to September", "The ONS said
        retail sales rose 1.5% in the year to September")."""
        sentence = self.sentence_of(ent.start)
        before = self.lowers[sentence.start : ent.start]
        owned = any(
            e.label_ == "ORG"
            and e.end < ent.start
            and (self.lowers[e.end] in ("'s", "'", "\u2019s", "\u2019") or e.text.endswith("'"))
            for e in sentence.ents
        )
        return (owned or "company" in before) and self._of_company_results(ent)

    def _months_of_results(self, ent: Span) -> str | None:
        """An adjectival count of months before a results noun ("its nine-month profit fell
        14%", "six-month net sales"), the reporting span itself ("for the nine-month period",
        "In the nine months, ..."): the first months of the year in view (its fiscal year by
        the year-end the text states or its market keeps), the latest such span ended by the
        article's date; not "a nine-month high" or "nine-month bills"."""
        long = _MONTHS_LONG.fullmatch(ent.text.strip())
        the_months = _THE_MONTHS.fullmatch(ent.text.strip())
        found = long or the_months
        if found is None or self.anchor is None:
            return None
        count = numbers.parse_numeral(found["count"])
        if count not in (6, 9):
            return None
        i = ent.end
        while i < min(len(self.doc), ent.end + 3) and self.lowers[i] in fact_words(
            "results_modifier"
        ):
            i += 1
        word = self.lowers[i] if i < len(self.doc) else ""
        definite = ent.text.lower().startswith("the") or (
            ent.start > 0 and self.lowers[ent.start - 1] == "the"
        )
        if the_months is not None:
            # "In the nine months, net profit rose" (not "the nine months before the vote")
            if word not in (",", ".", ";") and word not in fact_words("results_noun"):
                return None
        elif word not in fact_words("results_noun") and not (word == "period" and definite):
            return None  # "nine-month profit", "the nine-month period"; not "a nine-month high"
        start = (self.fiscal_end[0] if self.fiscal_end is not None else 12) % 12  # its month 0..11
        for year in (self.anchor.year, self.anchor.year - 1):
            last = year * 12 + start + int(count) - 1  # in months counted from year 0
            day = periods.last_day(f"{last // 12}-{last % 12 + 1:02d}")
            if day is not None and day < self.anchor:
                return periods.months_ending(last // 12, last % 12 + 1, int(count))
        return None

    def _beside_a_fiscal_year(self, ent: Span) -> bool:
        """Whether the sentence of ``ent`` names a fiscal year ("6.7% for the fiscal year
        starting April 1, up from 6.4% in the current year", "4.2% in 2025-26, compared with
        4.8% this year"): its "current year" and "this year" are the fiscal year running."""
        sentence = self.sentence_of(ent.start)
        return any(
            other is not ent
            and (
                _FISCAL_YEAR.fullmatch(other.text.strip()) is not None
                or re.fullmatch(r"(?:FY\s?)?\d{4}-\d{2}", other.text.strip()) is not None
            )
            for other in self.date_index.between(sentence.start, sentence.end)
        )

    def _resolved(
        self, ent: Span, ahead: bool, past: bool = False, nearest: bool = True
    ) -> str | None:
        if (days := self._between_days(ent, ahead)) is not None:
            return days
        if (months := self._months_of_fiscal_year(ent)) is not None:
            return months
        if (split := self._part_of_split_year(ent)) is not None:
            return split
        if (running := self._part_of_running_fiscal(ent)) is not None:
            return running
        if (
            re.search(r"\d{4}", ent.text)
            and not _PART_WORDS.search(ent.text)
            and (written := periods.long_split_year(self.text, ent.start_char, ent.end_char))
        ):
            return written  # "fiscal 2024/2025", "FY2024/2025": the year ending in 2025
        if (key := _fiscal_label(ent.text)) is not None and (day := self._ended_on(ent)):
            # "their fiscal fourth quarter, which ended Oct. 31": the months to that day
            return periods.period_ending(day, "quarter" if key[0] == "Q" else "half")
        if self.reporting and key in self.reporting:
            return self.reporting[key]
        if key is not None and (quarter := self._fiscal_quarter(ent, key, ahead, nearest)):
            return quarter
        if (long := _DAYS_LONG.match(ent.text)) is not None and (day := self._ended_on(ent)):
            # "the eight-day Spring Festival holiday, which ended Saturday": its days to that one
            count = numbers.parse_numeral(long["count"])
            if count is not None and 1 < count <= 31 and count == int(count):
                first = day - timedelta(days=int(count) - 1)
                return f"{first.isoformat()}/{day.isoformat()}"
        if (
            self.latest_first_half
            and not ahead
            and self.anchor is not None
            and 7 <= self.anchor.month <= 9
            and _FULL_YEAR.fullmatch(ent.text.strip())
        ):
            # "full-year net profit" of an Australian results story in August: the year to June
            return f"FY{self.anchor.year}"
        if (
            self.fiscal_end is not None
            # a Japanese company's "full-year forecast" is of its year to March, said or not
            and (
                self.fiscal_end[1]
                or (
                    self.fiscal_by_start
                    and (self._of_company_results(ent) or self._forecast_noun_after(ent))
                )
            )
            and self.anchor is not None
            and _FULL_YEAR.fullmatch(ent.text.strip())
        ):
            # "expects full-year profit of about £700 million" of a company whose year ends in
            # March (the text says so): the fiscal year running, or of a report the last ended
            month = self.fiscal_end[0]
            return periods.fiscal_year(self.anchor, month, self.split_years, 0 if ahead else -1)
        if (fiscal := self._fiscal_year(ent)) is not None:
            return fiscal
        if (to_date := self._months_of_results(ent)) is not None:
            return to_date
        if (half := self._half_month(ent, ahead)) is not None:
            return half
        if _THE_QUARTER.fullmatch(ent.text):
            return self._quarter_in_view(ent) or self._quarter_closed_in_view(ent)
        if not ahead and _TWELVE_MONTHS.fullmatch(ent.text.strip()):
            return self._rolling_year(ent)
        if not ahead and (counted := self._months_in_view(ent)) is not None:
            return counted
        if _LATEST_QUARTER.fullmatch(ent.text):
            return self._latest_quarter(ent)
        if _PREVIOUS_QUARTER.fullmatch(ent.text):
            in_view = self._quarter_in_view(ent)
            return periods.months_before(in_view, 3) if in_view else None
        if _PREVIOUS_MONTH.fullmatch(ent.text):
            in_view = self._quarter_in_view(ent, months=1)
            sentence = self.sentence_of(ent.start)
            named = self.date_index.between(sentence.start, ent.start)
            if in_view is None or not any(self.resolved(d) == in_view for d in named):
                return None
            return periods.months_before(in_view, 1)
        data = get_span_data(ent)
        value = data.value.value if data is not None and isinstance(data.value, DateValue) else None
        if value is not None and value.startswith("P"):
            return None  # a duration
        before = self.text[max(0, ent.start_char - 40) : ent.start_char]
        opening = _SPAN_OPENING.match(ent.text)
        if opening:
            behind = opening["verb"].lower() == "ended"  # over, even in a forecast's sentence
            # a consensus of the figure reported (a plan's months with ``nearest``) is of the
            # span just ended: "the $3.58b consensus" for "the six months to December 31"
            end = periods.resolve(
                opening["end"].rstrip(". "), None, self.anchor, ahead and not (behind or nearest)
            )
            if (
                opening["what"].lower() == "year"
                and opening["verb"].lower() in ("to", "through")
                and re.fullmatch(r"\d{4}-\d\d", end or "")
            ):
                if end and self._company_results_year(ent):
                    # "Siemens' operating margin was 14.2% in the year through September": the
                    # company's fiscal year ending that month
                    return f"FY{end[:4]}"
                return end  # "inflation of 3.8% in the year to September": that month's rate
            day = periods.last_day(end)
            if day is not None:
                return periods.period_ending(day, opening["what"].lower(), opening["count"])
        context = _SPAN_CONTEXT.search(before)
        # a deadline is ahead: "cuts of 75 basis points by December", "unlikely before September"
        word = self.lowers[ent.start - 1] if ent.start > 0 else ""
        deadline = not past and word in fact_words("period_ahead")
        ahead = ahead or (not past and word in fact_words("goal")) or deadline
        if _FULL_YEAR.fullmatch(ent.text.strip()) and self._forecast_noun_after(ent):
            # "71% of the full-year ceiling of 1.56 trillion pesos", "its full-year target":
            # a limit or goal set for the year running
            ahead = True
        if context and (context["verb"].lower() == "ended" or context["rel"] in ("last", "LAST")):
            ahead = False  # "the year ended March 31" is over, even in a forecast's sentence
        elif context and context["rel"]:
            ahead = True  # "the business year ending next March"
        since = re.search(r"\bsince\s*$", before, re.IGNORECASE) is not None
        # other months without a year are the nearest ones: "a first cut in June" (in April),
        # "signed in January" (in March); "since July" has begun, "had reached" is past
        nearest = nearest and not (past or deadline or context or since or _END_OF.match(ent.text))
        resolved = periods.resolve(ent.text, value, self.anchor, ahead, nearest)
        day = periods.parse_day(resolved)
        if (
            context
            and day is None
            and (
                _FISCAL_YEAR.fullmatch(context["what"])
                # "the year ending | March 2025": a year told by its end; "the year to
                # January" is the annual rate of that month
                or (
                    context["what"].lower() == "year"
                    and context["verb"].lower() in ("ended", "ending")
                )
                # "the quarter that ended in | September", "the six months to | March": the
                # months counted back from that month
                or context["what"].lower() not in ("year", "week")
            )
            and re.fullmatch(r"\d{4}-\d\d", resolved or "")
        ):
            day = periods.last_day(resolved)  # "the fiscal year ending | March 2025"
        if context and day is not None:
            return periods.period_ending(day, context["what"].lower(), context["count"])
        if resolved and since and self.anchor:
            return periods.since(resolved, self.anchor)
        if (
            self.anchor is not None
            and resolved == str(self.anchor.year)
            and (_SO_FAR_BEFORE.search(before) or _SO_FAR_AFTER.match(self.text, ent.end_char))
        ):
            # "so far this year", "this year so far": the months to the article's month
            return periods.since(f"{resolved}-01", self.anchor)
        return self._named_by_next_words(ent, resolved, ahead)

    def _between_days(self, ent: Span, ahead: bool) -> str | None:
        """ "between Nov. 1 and Dec. 24" (two mentions): the days from the first to the second,
        each read as a day without a year is (the nearest such day)."""
        if not _BETWEEN_BEFORE.search(self.text, max(0, ent.start_char - 9), ent.start_char):
            return None
        after = _AND_AFTER.match(self.text, ent.end_char)
        if after is None:
            return None
        i = bisect_left(self.date_index.starts, ent.end)
        following = self.date_index.items[i] if i < len(self.dates) else None
        if following is None or following.start_char != after.end():
            return None
        first = periods.parse_day(
            periods.resolve(ent.text, _date_value(ent), self.anchor, ahead, True)
        )
        last = periods.parse_day(
            periods.resolve(following.text, _date_value(following), self.anchor, ahead, True)
        )
        if first is None or last is None:
            return None
        if last < first and first.year == last.year and first.month > last.month:
            first = first.replace(year=first.year - 1)  # "between Dec. 20 and Jan. 5"
        if last <= first:
            return None
        return f"{first.isoformat()}/{last.isoformat()}"

    def _half_month(self, ent: Span, ahead: bool) -> str | None:
        """ "the first half of March", "the second half of February": the days of that half of
        the month (to the 15th, from the 16th), as fortnightly price releases count them; "the
        first half of 2024" is the year's half."""
        half = _HALF_OF.fullmatch(ent.text.strip())
        if half is None or ent.end + 1 >= len(self.doc) or self.lowers[ent.end] != "of":
            return None
        i = bisect_left(self.date_index.starts, ent.end + 1)
        following = self.date_index.items[i] if i < len(self.dates) else None
        if following is not None and following.start == ent.end + 1:
            month = periods.resolve(
                following.text, _date_value(following), self.anchor, ahead, True
            )
        elif self.lowers[ent.end + 1 : ent.end + 3] in (["the", "month"], ["this", "month"]):
            # "the first half of the month": of the month in view
            month = self._quarter_in_view(ent, months=1)
        else:
            return None
        last = periods.last_day(month)
        if last is None or not re.fullmatch(r"\d{4}-\d\d", month or ""):
            return None
        first, mid = last.replace(day=1), last.replace(day=15)
        if half["which"].lower() in ("first", "1st"):
            return f"{first.isoformat()}/{mid.isoformat()}"
        return f"{last.replace(day=16).isoformat()}/{last.isoformat()}"

    def _month_of_a_half(self, ent: Span) -> bool:
        """Whether a month only says whose half the date before it is ("the first half of |
        November"): the half, not the whole month, is the period."""
        if ent.start < 2 or self.lowers[ent.start - 1] != "of":
            return False
        i = bisect_left(self.date_index.starts, ent.start - 1) - 1
        before = self.date_index.items[i] if i >= 0 else None
        return (
            before is not None
            and before.end == ent.start - 1
            and _HALF_OF.fullmatch(before.text.strip()) is not None
            and self._half_month(before, False) is not None
        )

    def _ended_on(self, ent: Span) -> date | None:
        """The day a relative clause right after a quarter or a half says it ended on: "the
        fourth quarter, which ended Oct. 31", "the first half that ended on June 30", "the
        first quarter of its financial year 2026 ended Sept 30, 2025"."""
        after = _ENDED_CLAUSE.match(self.text, ent.end_char)
        if after is None:
            return None
        following = next(
            (
                d
                for d in self.date_index.between(ent.end, ent.end + 14)
                if d.start_char >= after.end()
            ),
            None,
        )
        if following is None or following.start_char != after.end():
            return None
        end = periods.resolve(following.text, _date_value(following), self.anchor)
        return periods.parse_day(end)

    def _named_by_next_words(self, ent: Span, resolved: str | None, ahead: bool) -> str | None:
        """A period the words around a DATE mention make more precise: "the 2024 financial
        year" (``FY2024``), "the December quarter" (the quarter ending in it), "the end of 2023"
        (its last day; for a forecast, its last month)."""
        after = self.text[ent.end_char : ent.end_char + 30]
        year_end = _YEAR_END.fullmatch(ent.text.strip())
        if year_end:
            year = year_end["year"]
            if year is None and self.anchor is not None:
                # "the end of the year", "the end of next year": told from the article's date
                year = str(periods.relative_year(year_end["relative"] or "this year", self.anchor))
            if year is None:
                return None
            return f"{year}-12" if ahead else f"{year}-12-31"
        if resolved is None:
            return None
        if re.fullmatch(r"\d{4}", resolved) and _FISCAL_AFTER.match(after):
            return f"FY{resolved}"
        month = re.fullmatch(r"(\d{4})-(\d{2})", resolved)
        if month and _QUARTER_AFTER.match(after):
            return periods.months_ending(int(month[1]), int(month[2]), 3)
        return resolved

    def _latest_quarter(self, ent: Span, nested: bool = False) -> str | None:
        """ "the latest quarter", "the past quarter": the quarter in view, else the last
        calendar quarter ended by the article's date."""
        in_view = self._quarter_in_view(ent, nested=nested)
        if in_view is not None or self.anchor is None:
            return in_view
        return periods.resolve("last quarter", None, self.anchor)

    def _months_of_fiscal_year(self, ent: Span) -> str | None:
        """ "July-October of FY2025-26", "Jul-Oct of FY26": those months of the fiscal year,
        by the year-end the text or its market gives (June in Bangladesh and Pakistan: July-
        October 2025)."""
        found = _MONTHS_OF_FY.fullmatch(ent.text.strip())
        if found is None:
            return None
        tail = found["tail"]
        if tail is None and len(found["year"]) == 4:
            after = _SPLIT_TAIL.match(self.text, ent.end_char)  # "of FY2025 | -26"
            tail = after[1] if after else None
        year = int(tail or found["year"])
        year += 2000 if year < 100 else 0
        first, last = periods.month_number(found["first"]), periods.month_number(found["last"])
        if first is None or last is None:
            return None
        end = self.fiscal_end[0] if self.fiscal_end is not None else self.code_year_end
        start = (year - 1) * 12 + end  # the fiscal year's first month, counted from 0
        first_at = start + (first - 1 - end) % 12
        last_at = start + (last - 1 - end) % 12
        if last_at < first_at:
            return None
        return periods.months_ending(last_at // 12, last_at % 12 + 1, last_at - first_at + 1)

    def _rolling_year(self, ent: Span) -> str | None:
        """ "In 12 months, the deficit equals 0.4% of GDP" after a month's figure: the twelve
        months to the month in view, the rolling sum statistics offices publish each month
        (not "within 12 months", nor "in 12 months' time", which look ahead)."""
        sentence = self.sentence_of(ent.start)
        if (
            ent.start - sentence.start != 1
            or self.lowers[ent.start - 1] not in ("in", "over")
            or ent.end >= len(self.doc)
            or self.words[ent.end] != ","
        ):
            return None
        month = re.fullmatch(r"(\d{4})-(\d\d)", self._quarter_in_view(ent, months=1) or "")
        return periods.months_ending(int(month[1]), int(month[2]), 12) if month else None

    def _quarter_closed_in_view(self, ent: Span) -> str | None:
        """ "(in) the quarter" where no quarter was named: the one the month in view closes
        ("Car sales rose 3 percent in September. The company produced 120,000 cars in the
        quarter": July-September); a month inside a quarter leaves it unsaid."""
        month = self._quarter_in_view(ent, months=1)
        found = re.fullmatch(r"(\d{4})-(\d\d)", month or "")
        if found is None or int(found[2]) % 3:
            return None
        return f"{found[1]}-Q{int(found[2]) // 3}"

    def _months_in_view(self, ent: Span) -> str | None:
        """ "the nine months" of a report: that many months in view (named a few mentions
        before), else the year's first months that have ended by the article's date (a
        company's fiscal year when the text states its year-end)."""
        found = _THE_MONTHS.fullmatch(ent.text.strip())
        count = periods.count_of(found["count"]) if found is not None else None
        if count is None or not 2 <= count <= 11 or self.anchor is None:
            return None
        if (in_view := self._quarter_in_view(ent, months=count)) is not None:
            return in_view
        end = self.fiscal_end[0] if self.fiscal_end is not None else 12
        parts = [
            part
            for offset in (-1, 0)
            if (
                part := periods.fiscal_part(
                    f"{periods.fiscal_year(self.anchor, end, offset=offset)}-{count}M", end
                )
            )
            and (last := periods.last_day(part.split("/")[-1])) is not None
            and last < self.anchor
        ]
        return parts[-1] if parts else None

    def _quarter_in_view(self, ent: Span, months: int = 3, nested: bool = False) -> str | None:
        """ "(in) the quarter": the last quarter named before it, or the main period when that
        is a quarter; looks back over a few mentions only. With ``months=1``, the month in view
        ("in April, after falling 0.3 percent in the previous month"). A "latest quarter"
        before it is read once (``nested``), not again behind another."""
        i = bisect_left(self.date_index.starts, ent.start)
        for other in self.date_index.items[max(0, i - 12) : i][::-1]:
            if (
                _THE_QUARTER.fullmatch(other.text)
                or _PREVIOUS_QUARTER.fullmatch(other.text)
                or _PREVIOUS_MONTH.fullmatch(other.text)
            ):
                continue
            if _LATEST_QUARTER.fullmatch(other.text):
                if nested or months != 3:
                    continue
                return self._latest_quarter(other, nested=True)
            value = self.resolved(other)
            if value and periods.months_in(value) == months:
                return value
        main = self.main_period
        return main if main and periods.months_in(main) == months else None
