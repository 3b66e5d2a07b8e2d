"""FACT: tie each MONEY and PERCENT value to its metric, subject, period and kind.

Rule-based attachment in the manner of medspaCy's ConText: the cue rules of
``patterns/facts.jsonl`` (target, share, change and level words; year-on-year bases; sources;
"that of"; "respectively") each act in one direction over a scope of tokens that ends at a
clause boundary (``lexicons/scope_terminators.tsv``, ";", ":") and, for some, at the next value.
Metrics are the phrases of ``lexicons/metrics.tsv`` widened to the noun phrase around them;
subjects are the ORG and GPE mentions, periods the DATE mentions, resolved against the article's
date (:mod:`extractor.rules.periods`). What a sentence does not say is inherited: the metric
from the clause before ("rose 18% to $1.2 billion"), the subject and the period from the
paragraph, the headline and the lede. No parser is needed; the rules read tokens and mentions.

>>> import extractor
>>> records = extractor.extract("Exports rose 5.8 pct to 150 billion yuan in 2023.")
>>> [(f.kind, f.direction, f.metric.text, f.period.value) for f in records.facts]
[('change', 'increase', 'Exports', '2023'), ('level', 'none', 'Exports', '2023')]
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.errors import Errors, PatternError
from extractor.records import DateValue, PercentValue
from extractor.rules import currencies, numbers, periods
from extractor.rules.cues import find_direction, scope_terminators, word_direction
from extractor.rules.resources import read_jsonl, read_lexicon
from extractor.spans import (
    FactData,
    SpanData,
    doc_ents,
    doc_lowers,
    doc_text,
    entities_read_once,
    get_span_data,
    store_anchor,
    store_facts,
)

_BLANK_LINE = re.compile(r"(?=\n\n)")  # every start, overlapping ones too ("\n\n\n")
_NEWLINE = re.compile(r"\n")

ANCHOR_KEY = "extractor.anchor"
"""``doc.user_data`` key of the article's date (ISO), set by the caller when it knows it."""
VALUE_LABELS = ("MONEY", "PERCENT")
SUBJECT_LABELS = ("ORG", "GPE")
HEAD_CHARS = 600

Category = Literal[
    "target", "share", "change", "level", "basis", "source", "pronoun", "respectively"
]


class CueRule(BaseModel):
    """One line of ``patterns/facts.jsonl``: a cue and the scope over which it acts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]+(\.[a-z_0-9]+)+$")
    category: Category
    value: str | None = Field(default=None, description="What the cue says: 'year_on_year', ...")
    literal: list[str] | None = Field(default=None, description="Phrases, matched lower-cased.")
    lexicon: str | None = Field(default=None, description="A lexicon whose first column are cues.")
    where: dict[str, str] | None = Field(default=None, description="Rows of the lexicon to take.")
    prefixes: list[str] | None = Field(
        default=None,
        description="Words one of which stands before each phrase ('from', 'compared with'): "
        "the cues are every prefix joined to every phrase.",
    )
    direction: Literal["forward", "backward", "both"]
    scope: int = Field(ge=0, description="How many tokens away the value may stand.")
    stops_at_value: bool = Field(default=True, description="Whether another value ends the scope.")
    priority: int = Field(default=0, description="Breaks a tie of two cues as near as each other.")
    predicate: bool = Field(
        default=False,
        description="Whether the cue is a verb that makes a statement of its own, after which a "
        "new subject phrase names a new metric ('..., and the broader market fell 0.4%').",
    )
    labels: list[Literal["MONEY", "PERCENT"]] | None = Field(
        default=None, description="The value labels the cue applies to; None: both."
    )
    terminated_by: list[str] = Field(
        default_factory=list,
        description="Rules whose cues, standing between this cue and the value, end its scope.",
    )
    comment: str | None = None

    def phrases(self) -> list[str]:
        """The cue's phrases: its literals or the chosen words of its lexicon."""
        if self.literal is not None:
            phrases = self.literal
        else:
            rows = read_lexicon(self.lexicon or "")
            where = self.where or {}
            phrases = [
                row[next(iter(row))]
                for row in rows
                if all(row.get(k) == v for k, v in where.items())
            ]
        if self.prefixes is None:
            return phrases
        return [f"{prefix} {phrase}" for prefix in self.prefixes for phrase in phrases]


_T = TypeVar("_T")


class _ByStart(Generic[_T]):
    """Items sorted by their start token, with the ones starting in a range found by bisection,
    so that each value looks only at its own sentence's cues, metrics and mentions."""

    def __init__(self, items: Sequence[_T]) -> None:
        self.items = sorted(items, key=lambda item: item.start)  # type: ignore[attr-defined]
        self.starts = [item.start for item in self.items]  # type: ignore[attr-defined]

    def between(self, start: int, end: int) -> Sequence[_T]:
        """The items whose start lies in ``[start, end)``, in order."""
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def around(self, position: int, start: int, end: int, reach: int) -> Sequence[_T]:
        """The items starting in ``[start, end)`` that are among the ``reach`` nearest before
        ``position`` or the ``reach`` nearest from it on, in order.

        >>> from types import SimpleNamespace as Item
        >>> found = _ByStart([Item(start=i) for i in range(0, 100, 10)]).around(45, 10, 90, 2)
        >>> [item.start for item in found]
        [30, 40, 50, 60]
        """
        low, high = bisect_left(self.starts, start), bisect_left(self.starts, end)
        middle = bisect_left(self.starts, position, low, high)
        return self.items[max(low, middle - reach) : min(high, middle + reach)]


@dataclass(frozen=True)
class Cue:
    """A cue found in the document: its tokens and its rule."""

    start: int
    end: int
    rule: CueRule


@dataclass(frozen=True)
class Metric:
    """A metric phrase found in the document (tokens), its class and where its head ends."""

    start: int
    end: int
    cls: str
    head_end: int
    scope: str = "any"
    reach: int = 0
    """Where the phrase's words end, an abbreviation in brackets included."""


@dataclass
class _Value:
    """A value being attached, with what has been decided so far."""

    span: Span
    data: SpanData
    clause: tuple[int, int]
    sentence: Span
    kind: str = "level"
    direction: str = "none"
    basis: str | None = None
    metric: tuple[int, int] | None = None
    phrase: Metric | None = None
    """The lexicon phrase the metric was built on, when there is one."""
    subject: Span | None = None
    period: str | None = None
    period_span: Span | None = None
    how: list[str] = field(default_factory=list)
    step: bool = False
    """A step of a rule of thumb ("every 1% fall"): its slots are read, it gets no fact."""

    @property
    def metric_cls(self) -> str:
        return self.phrase.cls if self.phrase is not None else ""

    def take_metric(self, chars: tuple[int, int], phrase: Metric | None, how: str) -> None:
        self.metric, self.phrase = chars, phrase
        self.how.append(how)


@functools.cache
def cue_rules() -> tuple[CueRule, ...]:
    """The validated rules of ``patterns/facts.jsonl``."""
    rules = []
    for raw in read_jsonl("facts"):
        try:
            rules.append(CueRule.model_validate(raw))
        except ValidationError as exc:
            reason = Errors.E004.format(
                id=raw.get("id", "?"), path="patterns/facts.jsonl", reason=exc, names="-"
            )
            raise PatternError(reason) from exc
    return tuple(rules)


@functools.cache
def metric_classes() -> dict[str, tuple[str, str]]:
    """``lexicons/metrics.tsv``: phrase -> (class, scope)."""
    return {row["phrase"]: (row["class"], row["scope"]) for row in read_lexicon("metrics")}


@functools.cache
def _past_references() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``kind_past_reference`` in ``lexicons/fact_words.tsv``, as words."""
    return tuple(tuple(p.split()) for p in sorted(fact_words("kind_past_reference")))


@functools.cache
def instrument_phrases() -> frozenset[str]:
    """The phrases of ``lexicons/metrics.tsv`` that name a market quote ("nickel", "brent")."""
    return frozenset(p for p, (cls, _) in metric_classes().items() if cls == "instrument")


@functools.cache
def _traded_goods() -> frozenset[str]:
    """The goods whose prices are a market's: the quotes of ``lexicons/metrics.tsv`` and the
    commodities of ``subject_commodity`` in ``lexicons/fact_words.tsv``."""
    return instrument_phrases() | fact_words("subject_commodity")


@functools.cache
def macro_phrases() -> frozenset[str]:
    """The phrases of ``lexicons/metrics.tsv`` that name a statistic of a place ("gdp")."""
    return frozenset(p for p, (_, scope) in metric_classes().items() if scope == "macro")


@functools.cache
def speech_verbs() -> frozenset[str]:
    """``lexicons/speech_verbs.tsv``: verbs of saying ("said", "told", "announced")."""
    return frozenset(row["word"] for row in read_lexicon("speech_verbs"))


@functools.cache
def segment_words() -> frozenset[str]:
    """``lexicons/segments.tsv``: nouns that name a part of a company ("unit", "division")."""
    return frozenset(row["word"] for row in read_lexicon("segments"))


# A key-figures line: "Registered unemployment rate, Sept.: 5.0%" up to the value (the label:
# a capitalised phrase of at most eight words, what follows it up to the colon on the same line)
_LINE_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,7})(?:,[^:\n]*)?:[ \t]*$"
)
_QUOTES = ('"', "\u201c", "\u201d")
# A code of capitals and digits that names a kind of a quantity: "CET1", "M2", "PM2.5".
_CODE_WORD = re.compile(r"[A-Z]{1,4}\d{1,2}(?:\.\d)?")
# "R&D", "M&A", "P&L": letters joined by an ampersand, one word
_AMPERSAND_WORD = re.compile(r"[A-Za-z]{1,3}&[A-Za-z]{1,3}")
# a bond's tenor before its yield: "10-year", "two-year", "30-year", "three-month"
_TENOR = re.compile(
    r"(?:\d{1,2}|one|two|three|five|six|seven|ten|twenty|thirty)-(?:year|month)", re.I
)
_PART_NAMES = ("ORG", "GPE", "LOC", "NORP")  # names that may modify a part phrase's noun
_BRACKETED = re.compile(r"\s*\([^()]{1,12}\)")  # "(GDP)" after a metric
_ASIDE = frozenset(("a", "an", "the", "home", "capital"))  # openers of an aside after a name
# "the two-year yield", "10-year yields": a market yield by its maturity
_YIELD_WORD = re.compile(r"\byields?$", re.IGNORECASE)
_MATURITY = re.compile(r"\b(?:\d{1,2}|one|two|three|five|seven|ten|thirty)-year\b", re.IGNORECASE)
_GROWTH_HEAD = re.compile(r"growth|change|increase|%|y/y|yoy", re.IGNORECASE)
_CELLS = re.compile(r"\S+(?: \S+)*")  # the cells of a table row: text between runs of 2+ spaces
_ENDING = (
    r"(?P<what>(?:fiscal|financial|business)\s+year|year|quarter|(?P<count>three|six|nine|twelve"
    r"|3|6|9|12)\s+months|half|week|\b(?:[1-9]|1\d|2[0-6]|two|four|eight|twelve|sixteen)\s+weeks)"
    r"\s+(?:(?:that|which)\s+)?(?P<verb>ended|ending|to|through)"
)
# The words before a DATE mention that make it the point of comparison, for any value...
_COMPARED = re.compile(
    r"\b(?:than(?:\s+(?:in|at|for))?|compared\s+(?:with|to)|versus|vs\.?|(?:figure|level|total)"
    r"\s+(?:of|for|in))\s*$",
    re.IGNORECASE,
)
# ... and for a change, its starting point ("up 5 percent from 2022", "over 2022").
_CHANGED_FROM = re.compile(r"\b(?:from|over)(?:\s+(?:in|the\s+end\s+of))?\s*$", re.IGNORECASE)
# "up 21.3 percent on 2019": a year after "on" is a change's starting point too.
_ON_YEAR = re.compile(r"\bon\s*$", re.IGNORECASE)
# The words before a DATE mention that make it the end of a period: "the quarter ended | Dec. 31".
# (A count of weeks up to half a year, a retailer's or a price survey's "12 weeks to February
# 23", is its days; a 52-week year is left alone.)
_SPAN_CONTEXT = re.compile(
    _ENDING + r"(?:\s+in)?(?:\s+(?P<rel>next|this|last))?\s*$", re.IGNORECASE
)
# A relative clause that says how long a level has stood, not when the value was: "kept the
# rate at 5.25%, where it has been since July".
# The words before the day a report was given: "according to a press conference held by the
# provincial government on April 24", "data released on Tuesday showed"
_RELEASED_ON = re.compile(
    r"\b(?:held|released|published|issued|unveiled)(?:\s+by\s+[^,.;:()]{1,60}?)?(?:\s+on)?\s*$",
    re.IGNORECASE,
)
_STOOD_SINCE = re.compile(
    r"\bwhere\s+(?:it|they)\s+(?:has|have|had)\s+\w+\s+since\s*$", re.IGNORECASE
)
# The words right after a change that name the date it is measured from: "up 5 percent over
# 2022", ", over 2023", "from last year", "more than in 2022", "compared with the same holiday
# last year" (not a rate compared: "quicker than the third quarter", "unchanged from 2023").
_BASE_AFTER = re.compile(
    r"[\s,]*(?:from|over|on|versus|compared\s+(?:with|to)"
    r"|(?:more|less|higher|lower|fewer)\s+than(?:\s+(?:in|for))?)\s+",
    re.IGNORECASE,
)
_SAME_GAP = re.compile(r"the\s+same\s+(?:[\w-]+\s+){1,3}(?:of\s+|in\s+)?", re.IGNORECASE)
_PERFECT = frozenset(("had", "has", "have"))  # "had issued ... by the end of May": looks back
_PERFECT_REACH = 12  # tokens before a value its perfect auxiliary is looked for in
# The span a statement is over, glossed by years in brackets after it: "During the 14th
# Five-Year Plan period (", "over the plan period (".
_DURING_PLAN = re.compile(
    r"\b(?:during|over|throughout|within|in|for)\s+the\s+(?:[\w-]+\s+){0,4}(?:plan|period)\s*\(\Z",
    re.IGNORECASE,
)
# The numbered Five-Year Plan a statement is told over, with no years in brackets: "During the
# 14th Five-Year Plan period,", "over the 15th five-year plan", "under China's 14th Five-Year Plan";
# or the end of it a goal is set for ("by the end of the 14th Five-Year Plan period").
_OVER_PLAN = re.compile(
    r"\b(?:(?P<by_end>by\s+the\s+end\s+of)|during|over|throughout|within|in|under|for)\s+"
    r"(?:the\s+|its\s+|China's\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)\s+five[-\s]year\s+plan\b(?:\s+period)?",
    re.IGNORECASE,
)
# The prepositions inside a share's part before its verb: "Exports by foreign-invested
# enterprises", "Investment in manufacturing", "Trade with Belt and Road countries".
_SHARE_PART_PREPOSITIONS = frozenset(("by", "from", "of", "in", "with", "to", "on"))
# A base named as the year before the one in view, whatever part of it the figure covers.
_YEAR_BACK_BASES = frozenset(
    ("last year", "the previous year", "the prior year", "a year earlier", "a year ago")
)
# "compared with the previous year": a base, never the period a text opens on
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+\Z", re.IGNORECASE)
_OWN_DATE_BEFORE = re.compile(r"\s+(?:in|during|for)\s+", re.IGNORECASE)  # "in 2024 compared"
_MODALS = frozenset(("will", "would", "shall", "should", "could", "can", "may", "might", "must"))
_BASE_REACH = 12  # tokens after a change its base date is looked for in
# The same words before a date that closes "the same" period of another year.
_SAME_BASE = re.compile(
    r"\b(?:from|over|on|versus|compared\s+(?:with|to)|than(?:\s+(?:in|for))?)\s+"
    r"the\s+same\s+(?:[\w-]+\s+){1,2}(?:of\s+|in\s+)?\Z",
    re.IGNORECASE,
)
# A date a year before the one in view: "a year earlier", "a year ago", "the same quarter
# last year" (often two mentions: "the same quarter" | "last year").
_DATE_REACH = 8
"""How many dates on each side of a value its period is looked for among, in a long sentence."""
_GROWTH_THAN = re.compile(r"\bgrowth(?: rate)?\b.*\bthan\s+(?:the\s+|that\s+of\s+)?$", re.I)
_GROWTH_BENCHMARK_REACH = 300  # characters before a benchmark's metric
_YEAR_BACK = re.compile(r"\b(?:earlier|ago)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|during)\s+\Z", re.IGNORECASE)
# "between | Nov. 1 | and | Dec. 24": two mentions of days that bound a span
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_AND_AFTER = re.compile(r"\s+and\s+", re.IGNORECASE)
# A year-back date opening a sentence: "A year earlier", "In the same quarter a year ago",
# "In the year-ago period", "For the same period a year before".
_YEAR_BACK_OPENING = re.compile(
    r"(?:(?:in|for|during)\s+the\s+same\s+(?:quarter|period|month|half)\s+)?"
    r"(?:a|one)\s+year\s+(?:earlier|ago|before)"
    r"|(?:in|for|during)\s+the\s+(?:year-ago|year-earlier|prior-year)\s+(?:quarter|period|month|half)",
    re.IGNORECASE,
)
_SAME_LAST_YEAR = re.compile(
    r"(?:the\s+)?same\s+(?:\w+\s+)?(?:quarter|period|month|half)\s+(?:of\s+)?last\s+year\b",
    re.IGNORECASE,
)
# A level's base a year back, right after it (past a restating ", or $0.48 per diluted share,"):
# "in the prior-year period", "for the year-ago quarter", "for the same period in 2023".
_PRIOR_YEAR_BASE = re.compile(
    r"(?:\s+share)?(?:,\s+or\s+\S+(?:\s+[a-z]+){0,4})?,?\s+(?:in|for|during)\s+the\s+"
    r"(?:(?:(?:prior|previous)[- ]year(?:'s)?|year[- ]ago)\s+(?:\w+\s+)?"
    r"(?:period|quarter|half|month)\b|same\s+(?:\w+\s+)?(?:period|quarter|half|month)\s+"
    r"(?:in|of)\s+(?P<year>\d{4})\b)",
    re.IGNORECASE,
)
# A span counted back from now, which dates nothing: "the past 12 months", "recent years".
_UNDATED = re.compile(
    r"\b(?:past|last|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b|\brecent\s+years\b",
    re.IGNORECASE,
)
# "(the last three months) of 2024", "of last year": the months of a year named, not undated
_OF_A_YEAR = re.compile(r"\bof\s+(?:\d{4}|(?:last|this|next)\s+year)\b", re.IGNORECASE)
# The trailing year after "over": "shares have doubled over the past year", undated too.
# Not "over last year": a comparison's base.
_PAST_YEAR = re.compile(r"the\s+(?:past|last)\s+year|past\s+year", re.IGNORECASE)
# The end of a list of values over a year's quarters: "7.2%, 6.8%, 7.0% and 6.9% | for
# successive quarters".
_SUCCESSIVE_QUARTERS = re.compile(
    r"\s+(?:for|in|over)\s+(?:the\s+)?(?:successive|consecutive|four)\s+quarters\b", re.IGNORECASE
)
# A relative clause on the date before it, up to a value: "since June 2023|, when it stood at|".
_WHEN_CLAUSE = re.compile(r",\s+when\s+[^,;]*", re.IGNORECASE)
# A day or a week back: "from a week earlier", "a day ago".
_DAY_OR_WEEK = re.compile(r"\b(?:day|week)\b", re.IGNORECASE)
# A span counted in days: "the eight-day Spring Festival holiday".
# "full-year", "the full year".
_FULL_YEAR = re.compile(r"(?:the\s+)?full[\s-]year|the\s+(?:whole|entire)\s+year", re.IGNORECASE)
# An adjectival count of months: "nine-month", "its 9-month", "the six-month".
_MONTHS_LONG = re.compile(
    r"(?:(?:the|its|their|a)\s+)?(?P<count>six|nine|6|9)-month", re.IGNORECASE
)
_DAYS_LONG = re.compile(r"(?:the\s+)?(?P<count>\w+)-day\b", re.IGNORECASE)
# A relative clause that tells the day a quarter or a half ended: "the fourth quarter, which
# ended Oct. 31".
_ENDED_CLAUSE = re.compile(r",?\s+(?:which|that)\s+(?:ended|closed)\s+(?:on\s+)?", re.IGNORECASE)
# The year so far: "so far this year", "so far in 2024", "this year so far".
_SO_FAR_BEFORE = re.compile(r"\bso\s+far\s+(?:in\s+)?$", re.IGNORECASE)
_SO_FAR_AFTER = re.compile(r"\s+so\s+far\b", re.IGNORECASE)
# The span ahead of the article's date: "over the next 12 months", "the coming three years".
_NEXT_SPAN = re.compile(r"\b(?:next|coming)\s+\w+\s+(?:months|years)\b", re.IGNORECASE)
# A month near the article's date, which a report verb before it makes the report's
# ("reported earlier this month", "said last month").
_MONTH_OF_REPORT = re.compile(r"(?:this|last)\s+month", re.IGNORECASE)
# A week near the article's date: the report's after the value ("is estimated at 3.8%, the
# central bank said last week"), but a weekly figure's before it ("data released last week
# showed gasoline averaged $3.34 a gallon").
_WEEK_OF_REPORT = re.compile(r"(?:this|last)\s+week", re.IGNORECASE)
# A quarter named by reference to the one in view.
_THE_QUARTER = re.compile(r"(?:the|this)\s+quarter", re.IGNORECASE)
# The quarter before the one in view: "faster than the 1 per cent expansion in the previous
# quarter".
_PREVIOUS_QUARTER = re.compile(r"(?:the\s+)?(?:previous|prior|preceding)\s+quarter", re.IGNORECASE)
# The reported quarter told without its name: "sales rose 22% in the latest quarter", "the past
# quarter": the quarter in view, else the last one ended by the article's date.
_LATEST_QUARTER = re.compile(
    r"(?:the\s+)?(?:latest|past|most\s+recent|just[\s-]ended)\s+quarter", re.IGNORECASE
)
# "(after falling 0.3 percent in) the previous month": the month before the one in view
_PREVIOUS_MONTH = re.compile(r"(?:the\s+)?(?:previous|prior|preceding)\s+month", re.IGNORECASE)
# The words after a year that make it a fiscal year: "the 2024 financial year".
_FISCAL_AFTER = re.compile(r"\s+(?:fiscal|financial|business)\s+year\b", re.IGNORECASE)
# The word after a month that makes it the quarter ending then: "the December quarter".
_QUARTER_AFTER = re.compile(r"\s+quarter\b", re.IGNORECASE)
# The end of a year: "the end of 2023", "the end of the year", "the end of next year".
_YEAR_END = re.compile(
    r"(?:(?:the\s+)?end\s+of\s+|end-)(?:(?P<year>\d{4})|(?:the|this)\s+year"
    r"|(?P<relative>(?:the\s+)?(?:current|last|previous|past|next|coming)\s+year))",
    re.IGNORECASE,
)
# The last day of a period, at which balances are read: "the end of September", "end-2023".
_END_OF = re.compile(r"(?:the\s+)?end\b", re.IGNORECASE)
# A fiscal year told by its end: "the business year | ending next March", "the fiscal year |
# ending March 2025", "the year ended March 31", "the year to July 31" (month, in the text).
_FISCAL_YEAR = re.compile(r"(?:the\s+)?(?:fiscal|financial|business)\s+year", re.IGNORECASE)
_YEAR_ENDING_AFTER = re.compile(
    r"\s+(?P<verb>ended|ending|to|through)\s+(?:in\s+)?(?P<rel>next|this|last)?\s*", re.IGNORECASE
)
# "the fiscal year | starting April 1", "the financial year | that begins in July": a year told
# by its first day
_YEAR_STARTING_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:starting|beginning|starts|begins|started|began)\s+(?:on\s+|in\s+)?",
    re.IGNORECASE,
)
_FISCAL_END = re.compile(
    r"\b(?:(?:fiscal|financial|business)\s+years?,?\s+(?:(?:that|which)\s+)?"
    r"(?:ended|ending|ends|end|to|through|closes|runs\s+to)|year\s+(?:ended|ending))"
    r"\s+(?:in\s+|on\s+)?(?:(?:next|this|last)\s+)?(?P<month>[A-Z][a-z]{2,8})\b"
    r"|\byear\s+(?:to|through)\s+(?P<dated>[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b"
    # a year told by its first month: "whose fiscal year begins in October" ends in September,
    # "its financial year runs from July to June" in June
    r"|\b(?:fiscal|financial|business)\s+years?,?\s+(?:(?:that|which)\s+)?"
    r"(?:begins|begin|starts|start|runs\s+from|run\s+from)\s+(?:in\s+|on\s+)?"
    r"(?P<first>[A-Z][a-z]{2,8})\b(?:\.?\s+\d{1,2})?(?:\s+(?:to|through|until)\s+"
    r"(?P<last>[A-Z][a-z]{2,8})\b)?",
)
# The fiscal year running on the article's date: "the current financial year", "this fiscal
# year"; "the current year" too in an article whose company's year does not end in December.
_CURRENT_FISCAL = re.compile(
    r"(?:the\s+)?(?:current|this)\s+(?:(?:fiscal|financial|business)\s+year|fiscal)",
    re.IGNORECASE,
)
# The words after a place that make it a company's seat: "Austin-based", "Shenzhen-listed".
_SEAT_WORDS = (["-", "based"], ["-", "listed"], ["-", "headquartered"])
# Words that open the clause a verb of saying reports ("said its unit ...", "said that ...").
_CLAUSE_OPENERS = frozenset({"its", "their", "that", "his", "her"})
# The relative pronouns of an aside on a thing, not a person ("which", "whose").
_THING_RELATIVES = frozenset({"which", "whose"})
# The marks of a possessive: "Vantor's revenue", "Halden Chips' market value".
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
_CURRENT_YEAR = re.compile(r"the\s+current\s+year", re.IGNORECASE)
_LAST_YEAR = re.compile(r"last\s+year", re.IGNORECASE)
# A fiscal year told from the article's date: "this financial year", "next fiscal year".
_RELATIVE_FISCAL = re.compile(
    r"(?:the\s+)?(?:current|this|(?P<last>last|previous|past|prior)|(?P<next>next|coming))\s+"
    r"(?:fiscal|financial|business)\s+year",
    re.IGNORECASE,
)
# A period written as an adjective before a metric: "full-year", "first-half", "third-quarter",
# "nine-month", "annual".
_SPAN_ADJECTIVE = re.compile(
    r"(?:full|first|second|third|fourth|fiscal)[\s-](?:year|half|quarter)|full[\s-]year|"
    r"(?:three|six|nine|twelve|3|6|9|12)[\s-]months?|annual|half[\s-]year(?:ly)?",
    re.IGNORECASE,
)
# A half written without its whole, which a month after "of" may give: "the first half".
_HALF_OF = re.compile(r"(?:the\s+)?(?P<which>first|second|1st|2nd)\s+half", re.IGNORECASE)
# Words that leave a part out of a quantity: "pay excluding bonuses", "sales ex-fuel".
_EXCLUSIONS = frozenset({"excluding", "excl", "excl.", "ex", "exclusive", "minus", "less"})
# A fiscal year named by a calendar year after the word: "fiscal 2023", "fiscal year 2024" (not
# "fiscal year ending March 2025", told by its end).
_FISCAL_BY_NUMBER = re.compile(r"\bfiscal(?:\s+year)?\s+\d{4}\b", re.IGNORECASE)


# "the first quarter | of FY25", "Q3 | of fiscal 2025": a quarter of a fiscal year named after it
_OF_FISCAL_YEAR = re.compile(
    r"\s+of\s+(?:FY\s?'?|fiscal\s+(?:year\s+)?)(?P<year>\d{4}|\d{2})\b(?![-\u2013/]\d)"
)

# "the first half | of the fiscal year", "of the current financial year": the year running
_OF_RUNNING_FISCAL = re.compile(
    r"\s+of\s+(?:the|this|its)\s+(?:current\s+)?(?:fiscal|financial|business)\s+year\b",
    re.IGNORECASE,
)


@functools.cache
def _fiscal_conventions() -> dict[str, dict[str, str]]:
    """``lexicons/fiscal_conventions.tsv`` by currency code: how a market's company news names
    fiscal years (by their start or their end) and bare quarters (fiscal or calendar)."""
    return {row["code"]: row for row in read_lexicon("fiscal_conventions")}


# A part of a fiscal year after its name: "FY25| 's first half", "fiscal 2025| 's fourth quarter".
_POSSESSIVE_PART = re.compile(
    r"['\u2019]s\s+(?P<part>(?:first|second|third|fourth)[\s-](?:quarter|half))\b", re.IGNORECASE
)
# A fiscal year written with two digits: "FY25", "FY 25", "FY'25".
_FY_SHORT = re.compile(r"FY\s?'?\d{2}")
# The same words inside the mention: "the six months to January 31".
_SPAN_OPENING = re.compile(r"(?:the\s+)?" + _ENDING + r"\s+(?P<end>.+)$", re.IGNORECASE)


@functools.cache
def fact_words(role: str) -> frozenset[str]:
    """The words of ``lexicons/fact_words.tsv`` with ``role``."""
    return frozenset(row["word"] for row in read_lexicon("fact_words") if row["role"] == role)


@functools.cache
def _designators() -> frozenset[str]:
    """``lexicons/gpe_designators.tsv`` in lower case: "province", "city", "county"."""
    return frozenset(row["word"].lower() for row in read_lexicon("gpe_designators"))


@functools.cache
def demonym_countries() -> dict[str, frozenset[str]]:
    """``lexicons/demonyms.tsv``: adjective -> the bare names of its country ("German" ->
    {"germany"}); regions ("European") have none."""
    return {
        row["word"]: frozenset(_bare(name) for name in row["country"].split("|"))
        for row in read_lexicon("demonyms")
        if row["country"] != "-"
    }


@functools.cache
def country_names() -> frozenset[str]:
    """The bare names of every country ``lexicons/demonyms.tsv`` gives ("germany", "south korea")."""
    return frozenset().union(*demonym_countries().values())


@functools.cache
def named_homes() -> tuple[tuple[str, frozenset[str]], ...]:
    """``lexicons/demonyms.tsv`` read as the homes a name may give: each adjective and each
    country name (bare) with the bare names of its country, empty for a region ("European")."""
    homes: dict[str, frozenset[str]] = {}
    for row in read_lexicon("demonyms"):
        names = (
            frozenset()
            if row["country"] == "-"
            else frozenset(_bare(name) for name in row["country"].split("|"))
        )
        homes[_bare(row["word"])] = names
        for name in names:
            homes[name] = names
    return tuple(homes.items())


@functools.cache
def multiplier_words() -> frozenset[str]:
    """The multiplier words of ``lexicons/multipliers.tsv`` ("million", "bn"), lower case."""
    return frozenset(row["surface"].lower() for row in read_lexicon("multipliers"))


@functools.cache
def verb_forms() -> frozenset[str]:
    """``lexicons/verbs.tsv``: forms that end a noun phrase."""
    return frozenset(row["word"] for row in read_lexicon("verbs"))


# An ordinal word or figure: "third", "second", "21st".
_ORDINAL = re.compile(r"(?:\w*(?:first|second|third)|[a-z]+th|\d+(?:st|nd|rd|th))")

# "OTTAWA — The Bank of Canada ...", "MOSCOW - ...": a dateline closed by a dash.
_DATELINE_DASHES = (["\u2014"], ["\u2013"], ["-"], ["--"])
# A byline or source line under the headline: "By Li Ming in Changzhou | China Daily | Updated:
# 2024-03-18", "Updated: 2024-02-22 | Source: Wuxi Municipal Bureau of Statistics", "By Global
# Times". The publisher and the reporter's whereabouts own no quantity.
# "By Yang Cheng": a name after "By" ("By comparison, ..." opens a sentence)
_BYLINE = re.compile(
    r"^(?:(?-i:(?:By|BY)\s+[A-Z])|Source:|(?:Last\s+)?Updated\b)|\s\|\s", re.IGNORECASE
)


class FactFinder:
    """The compiled fact rules for one vocabulary: call it on a processed ``Doc``."""

    def __init__(self, nlp: Language) -> None:
        self.rules = {rule.id: rule for rule in cue_rules()}
        self.order = {rule_id: i for i, rule_id in enumerate(self.rules)}
        for rule in self.rules.values():
            unknown = sorted(set(rule.terminated_by) - self.rules.keys())
            if unknown:
                reason = Errors.E004.format(
                    id=rule.id,
                    path="patterns/facts.jsonl",
                    reason=f"terminated_by names no rule: {', '.join(unknown)}",
                    names="-",
                )
                raise PatternError(reason)
        # Cues are literal phrases: a PhraseMatcher on LOWER finds them in one pass.
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        tokenizer = nlp.tokenizer
        for rule in self.rules.values():
            patterns = [doc for doc in map(tokenizer, rule.phrases()) if len(doc)]
            if patterns:
                self.cues.add(rule.id, patterns)
        self.metrics = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase, (cls, scope) in metric_classes().items():
            self.metrics.add(f"{cls}:{scope}", [tokenizer(phrase)])
        self.terminators = frozenset(scope_terminators())
        self.verbs = verb_forms()
        # A news agency reports quantities and owns none ("WASHINGTON (AP) --").
        self.news_sources = frozenset(row["name"] for row in read_lexicon("news_sources"))
        self.owner_nouns = frozenset(row["word"] for row in read_lexicon("owner_nouns"))
        # "in the park", "on the island": where a quantity is, not a part of it
        self.place_nouns = frozenset(row["word"] for row in read_lexicon("place_nouns"))
        self.owner_refers = {
            row["word"]: row["refers"]
            for row in read_lexicon("owner_nouns")
            if row["refers"] != "-"
        }
        self.referring_nouns = frozenset(self.owner_refers)
        # what the nouns refer to, by its lower case ("county" -> "County"), for _owner_kind
        self.owner_kinds = {v.lower(): v for v in self.owner_refers.values()}
        self.source_bodies = frozenset(row["word"] for row in read_lexicon("source_bodies"))
        # the nouns that introduce a company by its name ("supplier Foxconn", "oil company")
        self.company_nouns = frozenset(row["word"] for row in read_lexicon("org_cues")) | {
            word for word, refers in self.owner_refers.items() if refers in ("ORG", "Bank")
        }
        self.central_banks = frozenset(row["name"] for row in read_lexicon("central_banks"))
        self.bank_homes = {row["name"]: _bare(row["home"]) for row in read_lexicon("central_banks")}
        self.person_roles = frozenset(row["word"] for row in read_lexicon("analyst_roles"))

    def __call__(self, doc: Doc, anchor: date | None) -> list[FactData]:
        """The facts of every MONEY and PERCENT value of ``doc``, in text order."""
        found = [
            (e, data)
            for e in doc_ents(doc)
            if e.label_ in VALUE_LABELS and (data := get_span_data(e)) is not None
        ]
        if not found:
            return []
        context = _Context(doc, self, anchor)
        values = [_Value(e, data, (0, 0), context.sentence_of(e.start)) for e, data in found]
        decided: list[tuple[_Value, bool]] = []  # each value with whether it converts
        previous: _Value | None = None
        measured = False  # whether the last value measures something stated
        for value in values:
            value.clause = context.clause_of(value.span)
            if value.data.converts and previous is not None:
                if measured and decided:
                    decided.append((value, True))
                continue
            context.attach(value, previous)
            # A value that measures nothing stated gets no fact ("Tickets cost 30 yuan"), nor
            # does a hypothetical step ("every 1% fall in the rupiah")
            measured = value.metric is not None and not value.step
            if measured:
                decided.append((value, False))
            previous = value
        context.headline_periods([value for value, converts in decided if not converts])
        facts: list[FactData] = []
        for value, converts in decided:
            facts.append(context.conversion(value, facts[-1]) if converts else context.data(value))
        return facts

    def find_cues(self, doc: Doc) -> list[Cue]:
        """Every cue of the document, longest first where two start at the same token."""
        # a cue word inside a name is part of the name ("of" in "Bank of Mexico")
        named = {
            i for e in doc_ents(doc) if e.label_ in SUBJECT_LABELS for i in range(e.start, e.end)
        }
        # "set up a $50 million fund", "snapped up shares worth $2 billion": the particle of
        # a verb that makes or takes something, no rise
        setters = fact_words("up_particle")
        lowers = doc_lowers(doc)
        speech = fact_words("speech_change_verb")
        found = [
            Cue(start, end, self.rules[doc.vocab.strings[match_id]])
            for match_id, start, end in self.cues(doc)
            if named.isdisjoint(range(start, end))
            and not _attributive(doc, start, end)
            # "He added that ...", "..., he added.": speech reported, no change
            and not (
                end == start + 1
                and lowers[start] in speech
                and (end == len(doc) or lowers[end] in ("that", ",", ".", ":", '"', "\u201c"))
            )
            and not (
                lowers[start] == "up"
                and end == start + 1
                and start > 0
                and lowers[start - 1] in setters
            )
        ]
        return sorted(found, key=lambda c: (c.start, -c.end, self.order[c.rule.id]))


def _attributive(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word cue is a participle used as an adjective, right before the noun it
    modifies ("advanced manufacturing projects accounted for 72 billion yuan", "rising prices",
    "falling demand"): it tells no change of a value. Before a value, an adverb or a
    preposition it is a verb ("rising 5%", "falling sharply", "growing in October")."""
    if end - start != 1 or end >= len(doc):
        return False
    word, following = doc[start], doc[end]
    return (
        word.lower_ in fact_words("attributive_participle")
        and following.is_lower
        and following.is_alpha
        and not following.ent_type_
        and following.lower_ not in fact_words("function")
        and not following.lower_.endswith("ly")
    )


class _Context:
    """What the attachment rules know about one document."""

    def __init__(self, doc: Doc, finder: FactFinder, anchor: date | None) -> None:
        self.doc = doc
        self.anchor_stated = anchor is not None and anchor_is_stated(doc)
        self.text = doc_text(doc)
        self.lowers = doc_lowers(doc)
        # built on first use (by line_of, blank_line_before), also by the rules below
        self._blank_lines: list[int] | None = None  # where each "\n\n" starts (overlapping)
        self._newlines: list[int] | None = None
        self.finder = finder
        self.anchor = anchor
        self.cues = finder.find_cues(doc)
        self.cue_tokens = {
            i
            for c in self.cues
            if c.rule.category in ("change", "level", "target", "share", "source")
            for i in range(c.start, c.end)
        }
        # "a year-on-year increase of": a basis is never part of a metric phrase
        self.basis_tokens = {
            i for c in self.cues if c.rule.category == "basis" for i in range(c.start, c.end)
        }
        self.ents = list(doc_ents(doc))
        self.cue_token_list = sorted(self.cue_tokens)
        self.sents = list(doc.sents)
        self.sent_starts = [sentence.start for sentence in self.sents]
        self._lines: dict[int, list[re.Match[str]]] = {}  # table cells by line start
        # token indices of clause boundaries, for clause_of
        role_verbs = fact_words("role_verb")
        lowers = self.lowers  # a mark's lower case is itself
        self.clause_bounds = [
            i
            for i, word in enumerate(lowers)
            if word in (";", ":", "--", "\u2014")
            or (
                word in finder.terminators
                # "which doubles as the high-tech zone": a role, not a new clause
                and not (word == "as" and i > 0 and lowers[i - 1] in role_verbs)
                and not (word == "as" and self._degree_as(i))
                # "closely watched by rate-setters as a gauge of ...": a role, no clause
                and not (word == "as" and i + 1 < len(lowers) and lowers[i + 1] in ("a", "an"))
            )
        ]
        self.values = [e for e in self.ents if e.label_ in VALUE_LABELS]
        self.dates = [e for e in self.ents if e.label_ == "DATE"]
        self._fullest: dict[tuple[str, str], str] = {}
        self.subjects = [
            e for e in self.ents if e.label_ in SUBJECT_LABELS and e.text not in finder.news_sources
        ]
        self.metrics = self._find_metrics()
        self.token_starts = doc.to_array("IDX").tolist()  # for _participle_subject
        # a terminator inside a metric phrase ends no clause ("net profit after tax rose")
        inside = {i for m in self.metrics if m.end - m.start > 2 for i in range(m.start, m.end)}
        if inside:
            self.clause_bounds = [b for b in self.clause_bounds if b not in inside]
        self.cue_index = _ByStart(self.cues)
        # how far before a value a cue may start, or after it, and still reach it (covering)
        self.cue_reach = max((c.rule.scope + c.end - c.start for c in self.cues), default=0)
        self._respectively_cues: list[int] | None = None  # starts of "respectively", in order
        self.metric_index = _ByStart(self.metrics)
        self.value_index = _ByStart(self.values)
        self.value_chars = [v.start_char for v in self.values]
        self.date_index = _ByStart(self.dates)
        self.date_chars = [d.start_char for d in self.dates]
        self._plan_spans: list[tuple[int, int, str, bool]] | None = None  # see ``_over_plan``
        self._title_periods: dict[int, str | None] = {}  # by title start, for tables
        self.subject_index = _ByStart(self.subjects)
        # Each distinct name once, with its bare form and initials, for ``fullest``.
        self.subject_names: dict[str, dict[str, tuple[str, str]]] = {}
        for ent in self.subjects:
            names = self.subject_names.setdefault(ent.label_, {})
            if ent.text not in names:
                names[ent.text] = (f" {_name_words(ent.text)} ", _initials(ent.text))
        self.not_owners = self._not_owners()
        self._tokens_of: dict[frozenset[str], list[int]] = {}  # by word set, for tokens_of
        self._designated: dict[str, str] | None = None  # for designated
        self._body_designated: dict[str, str] | None = None  # for body_designated
        self._quote_speakers: dict[int, int] = {}  # for _quote_goes_on
        self._modified_nouns: dict[int, Span | None] = {}  # for _modified_anaphor
        self._openers: dict[int, Span | None] = {}  # for _its_owner
        self.main_subject = self._main_subject()
        self.main_place = self._most_named("GPE") or self._only_named("GPE")
        self.main_company = self._most_named("ORG") or self._first_named("ORG")
        self.split_years = any(
            re.fullmatch(r"FY\d{4}-\d\d", value or "") for value in map(_date_value, self.dates)
        )
        convention = _fiscal_conventions().get(self._main_currency() or "", {})
        self.fiscal_end = self._fiscal_end()
        if self.fiscal_end is None and convention:
            self.fiscal_end = (int(convention["year_end"]), False)  # the market's, unstated
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
        self.reporting: dict[str, str] = {}
        self.main_period: str | None = None  # read by resolved while the two are found
        self.reporting = self._reporting_periods()
        self.main_period = self._main_period()
        self.heading_periods = self._heading_periods()
        self._countries_in_names: list[Span] | None = None  # for _country_in_names
        # a country named only inside a body's name, by its characters: that body's mention
        self.inner_countries: dict[tuple[int, int], Span] = {}
        self.main_country = self._main_country()
        self._share_words: list[Metric] | None = None  # "shares", "stock", for _stock_move
        # by sentence start: where its first quote or shares phrase starts, for _sector_move
        self._first_quotes: dict[int, int] = {}
        self._central_bank: tuple[Span | None] | None = None  # for _main_central_bank
        self.paragraph_subject: tuple[int, Span | None] = (-1, None)
        self.paragraph_period: tuple[int, str | None] = (-1, None)
        # the period of the plans of a paragraph, and whose plans they are
        self.paragraph_plan: tuple[int, str | None, str | None] = (-1, None, None)
        self._consensus_sentences: dict[int, bool] = {}  # by sentence start, for _consensus
        self._met_sentences: dict[int, bool] = {}  # by sentence start, for _consensus_met
        self._banks: list[Span] | None = None  # the central banks named, for _country_bank
        self._pronoun_owners: dict[int, Span | None] = {}  # by sentence start, _pronoun_owner
        self._speakers: dict[int, Span | None] = {}  # by sentence start, _speakers_company
        self._several: dict[int, bool] = {}  # by sentence start, _several_unnamed
        self._countries: dict[frozenset[str], Span | None] = {}  # by names, _sector_country
        self._reporters: dict[int, Span | None] = {}  # by sentence start, for _reporter
        # by clause: its values' starts and its listed owners, for _respective_owner
        self._respective: dict[tuple[int, int], tuple[list[int], list[Span]] | None] = {}
        # by clause: its values' starts and the plain phrases joined before its verb, for
        # _respective_phrases
        self._respective_phrase_lists: dict[
            tuple[int, int], tuple[dict[int, int], list[tuple[int, int]]] | None
        ] = {}

    # --- words and phrases -----------------------------------------------------------------

    def _degree_as(self, i: int) -> bool:
        """Whether the "as" at token ``i`` is one of the pair of "as much as", "as high as",
        "as little as" right before a value ("fell as much as 12 percent"): a degree of the
        value, no clause of its own."""
        lowers, doc, degrees = self.lowers, self.doc, fact_words("degree_as")
        if i + 3 < len(doc) and lowers[i + 1] in degrees and lowers[i + 2] == "as":
            first = i
        elif i >= 2 and lowers[i - 1] in degrees and lowers[i - 2] == "as":
            first = i - 2
        else:
            return False
        return first + 3 < len(doc) and doc[first + 3].ent_type_ in VALUE_LABELS

    def _joint(self, start: int, stop: int) -> int | None:
        """The last ", and" or ", but" before token ``start`` (its conjunction's index) and
        after ``stop``: where a new clause opens."""
        lowers = self.lowers
        return next(
            (
                i
                for i in range(start - 2, stop, -1)
                if lowers[i] in ("and", "but") and lowers[i - 1] == ","
            ),
            None,
        )

    def _words_before(self, end: int, floor: int) -> int:
        """The start of the plain words, at most five, that end at token ``end`` (from ``floor``
        on); a hyphenated compound the five cut in two is taken whole ("special-purpose local
        government bonds", "new-energy vehicle output value")."""
        start = end
        while (
            start > floor
            and start > end - 5
            and self.plain(start - 1)
            # "will issue consumption vouchers worth": the word after a modal is its verb
            and not (start - 2 >= 0 and self.lowers[start - 2] in _MODALS)
        ):
            start -= 1
        if start == end:
            return start
        if start - 2 >= floor and self._glued_hyphen(start - 1) and self.plain(start - 2):
            return start - 2  # on "purpose" of "special-purpose"
        if start - 1 >= floor and self._glued_hyphen(start) and self.plain(start - 1):
            return start - 1  # on the hyphen itself
        return start

    def _glued_hyphen(self, i: int) -> bool:
        """Whether token ``i`` is a hyphen written inside a word ("special-purpose")."""
        doc = self.doc
        return (
            i > 0 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
        )

    def plain(self, i: int) -> bool:
        """A word that may be part of a noun phrase: no function word, verb, cue or mention."""
        token = self.doc[i]
        if token.lower_ == "and" and self._pair_joined(i):
            return True  # "import and export value": two words of one quantity
        if token.lower_ == "called" and i > 1 and self.lowers[i - 2] == "so":
            return False  # "the so-called core CPI": a hedge, no part of the name
        # "foreign-invested", "state-owned": a verb form after a hyphen is part of an adjective;
        # so is a word glued before one ("the down-payment ratio", "all-in sustaining cost")
        compound = (
            i > 0 and self.doc[i - 1].text == "-" and not self.doc[i - 1].whitespace_
        ) or self._hyphen_prefix(i)
        if token.lower_ == "per" and i + 1 < len(self.doc) and self.lowers[i + 1] == "capita":
            return True  # "the per capita net income": a modifier, no preposition
        # "Grade A office rents", "Class A shares": a capital letter after a name, no article
        grade = token.text == "A" and i > 0 and self.doc[i - 1].is_title and not token.is_sent_start
        # "an advanced packaging plant": a verb form right after an article is an adjective
        modifier = i > 0 and self.lowers[i - 1] in ("a", "an", "the")
        return (
            bool(
                token.is_alpha
                or ("-" in token.text and not token.whitespace_)
                or _AMPERSAND_WORD.fullmatch(token.text)
            )
            and (
                grade
                or token.lower_ not in fact_words("function")
                or self._glued(i)
                or self._hyphen_prefix(i)
                or compound
            )
            and (
                compound
                or (modifier and (i not in self.cue_tokens or token.lower_.endswith("ed")))
                or (token.lower_ not in self.finder.verbs and i not in self.cue_tokens)
                or self._noun_before_its_verb(i)
            )
            and not token.ent_type_
            and i not in self.basis_tokens
        )

    def _noun_before_its_verb(self, i: int) -> bool:
        """Whether token ``i``, a plural that is also a verb ("advances", "values", "flows"),
        is the noun before the verb of change right after it ("Gross advances grew 3%", "home
        values rose 0.4%"): two verbs do not follow each other."""
        lowers = self.lowers
        word = lowers[i]
        following = lowers[i + 1] if i + 1 < len(lowers) else ""
        return (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith("ss")
            and word not in fact_words("metric_auxiliary")
            and not following.endswith("s")
            and word_direction(following) != "none"
            # "expects growth of 6%": a noun of change after it makes it the verb
            and word_direction(following, "right") == "none"
        )

    def _hyphen_prefix(self, i: int) -> bool:
        """Whether token ``i`` is the first word of a hyphenated compound ("down-payment",
        "all-in"): glued to a hyphen glued to a word."""
        doc = self.doc
        return (
            i + 2 < len(doc)
            and doc[i].is_alpha
            and not doc[i].whitespace_
            and doc[i + 1].text == "-"
            and not doc[i + 1].whitespace_
            and doc[i + 2].is_alpha
        )

    def _glued(self, i: int) -> bool:
        """Whether token ``i`` stands glued between hyphens, inside a compound ("like-for-like
        sales", "day-to-day costs")."""
        doc = self.doc
        return (
            0 < i < len(doc) - 1
            and doc[i - 1].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
            and doc[i + 1].text == "-"
        )

    def _pair_joined(self, i: int) -> bool:
        """Whether the "and" at token ``i`` joins two words that name one quantity ("import
        and export value", "production and sales volume"), not two metrics."""
        lowers = self.lowers
        return (
            0 < i < len(lowers) - 2
            and f"{lowers[i - 1]} and {lowers[i + 1]}" in fact_words("metric_pair")
            # a head noun follows: "imports and exports rose" may be two metrics
            and self.plain(i + 2)
        )

    def _find_metrics(self) -> list[Metric]:
        """Metric phrases, widened to their noun phrase, without overlaps (longest kept).

        A phrase that only modifies a compound ("stock-based", "trade-in") is no metric.
        """
        doc, segments = self.doc, segment_words()
        spans = [
            Span(doc, s, e, label=label)
            for label, s, e in self.finder.metrics(doc)
            if not (e < len(doc) and doc[e].text == "-")
            # "its commercial lending unit", "the wealth management arm": a name of a part of a
            # company, no quantity
            and not (e < len(doc) and self.lowers[e] in segments)
            # "Borrowing at two bond auctions totaled": a word that names what an auction sells
            and not (e < len(doc) and self.lowers[e] in fact_words("auction_noun"))
            # "is expected to cost 5-6 billion yuan", "plans to export": a verb after a cue
            # ("added 5% to earnings": after a value, "to" is a preposition)
            and not (
                s > 0
                and self.lowers[s - 1] == "to"
                and s - 1 in self.cue_tokens
                and not (s > 1 and doc[s - 2].ent_type_ in VALUE_LABELS)
            )
            and doc[s].ent_type_ not in VALUE_LABELS  # the unit of "150 billion yen"
            # "Turnover on the Tokyo Stock Exchange": a word inside a company's name (the name
            # goes on after it) is no metric
            and not (
                doc[s].ent_type_ in SUBJECT_LABELS
                and e < len(doc)
                and doc[e].ent_iob_ == "I"
                and not doc.vocab.strings[label].startswith("instrument:")
            )
            and not self._quote_currency(s, label)
            and not self._in_company_name(s, label)
            # "the euro zone", "the euro area": a currency's name in a region's
            and not (
                doc.vocab.strings[label].startswith("instrument:")
                and e < len(doc)
                and self.lowers[e] in fact_words("quote_compound")
            )
        ]
        widened = sorted(
            (
                metric
                for metric in map(self._widen, filter_spans(spans))
                if not self._place_paraphrase(metric)
            ),
            key=lambda m: (m.start, -m.end),
        )
        # "gross domestic product (GDP)": the abbreviation in brackets is no metric of its own
        # (a growth noun's phrase keeps what it names: "organic sales growth")
        kept, reach = [], -1
        for metric in widened:
            if metric.end > reach or metric.cls == "growth":
                kept.append(metric)
            if metric.cls != "growth":
                reach = max(reach, metric.reach)
        # "the added value of Hangzhou's digital economy": the part in an owner's "of" phrase
        # after a metric is no metric of its own; the metric is the head, the owner the subject
        # (the phrase cannot lose its owner and stay whole)
        owned = {
            at
            for m in kept
            if m.end < len(doc)
            and self.lowers[m.end] == "of"
            and (at := self._possessive_owner_end(m.end + 1, min(len(doc), m.end + 6))) is not None
        }
        if not owned:
            return kept
        # (also when a measuring noun of the head took the part in: "value of Hangzhou's ...")
        parts = sorted(owned)
        return [
            m for m in kept if (i := bisect_left(parts, m.start)) == len(parts) or parts[i] >= m.end
        ]

    def _place_paraphrase(self, metric: Metric) -> bool:
        """ "Inflation in Europe's largest economy", "the world's second-largest economy": a
        ranked economy names a place, no quantity."""
        lowers = self.lowers
        return lowers[metric.head_end - 1] in ("economy", "economies") and any(
            lowers[i] in fact_words("metric_superlative")
            for i in range(max(0, metric.start - 1), metric.head_end - 1)
        )

    def _in_company_name(self, start: int, label: int) -> bool:
        """ "Krona Telecom AB said", "Lira Holdings Ltd": a quote's name inside a company's
        name, the name closed by a legal form, is a word of the name, no instrument."""
        doc = self.doc
        if not doc.vocab.strings[label].startswith("instrument:") or doc[start].ent_type_ != "ORG":
            return False
        end = start + 1
        while end < len(doc) and end < start + 8 and doc[end].ent_iob_ == "I":
            end += 1
        return end > start + 1 and doc[end - 1].text in currencies.company_closers()

    def _quote_currency(self, start: int, label: int) -> bool:
        """ "fell 0.5 per cent against the dollar": the currency a quote is taken in is no
        instrument of its own."""
        doc = self.doc
        if not doc.vocab.strings[label].startswith("instrument:"):
            return False
        i = start - 1 if start > 0 and self.lowers[start - 1] == "the" else start
        if i > 0 and self.lowers[i - 1] in fact_words("quote_against"):
            return True
        # "the 20 countries that share the euro": the currency a country uses, not a quote
        the = i < start or self.lowers[start] == "the"  # "share index" is a quote's name
        return the and i > 0 and self.lowers[i - 1] in fact_words("currency_user_verb")

    def _widen(self, span: Span) -> Metric:
        """A metric phrase with its modifiers: "total retail sales of consumer goods".

        Left: plain words ("total", "per capita", "General public budget"). Right: an
        abbreviation in brackets, and an "of" phrase that names a part of the quantity ("of
        consumer goods"), not its owner ("of Sichuan Province") or its period ("of 2023").
        """
        doc = self.doc
        start, end = span.start, span.end
        cls, scope = span.label_.split(":")
        if cls == "instrument" and end - start > 1 and self.lowers[start] == "the":
            start += 1  # "the won gained 0.3%": the currency, no determiner
        countries = demonym_countries()
        floor, words = self.sentence_of(span.start).start, 0
        while start > floor and words < 4:
            if (
                self.plain(start - 1)
                or (cls == "instrument" and self._index_word(start - 1))
                # "CET1 ratio", "M2 money supply": a code of letters and digits names the kind
                or (_CODE_WORD.fullmatch(doc[start - 1].text) and not doc[start - 1].ent_type_)
                # "total retail sales", "combined revenue": a cue word that modifies it here
                or (
                    self.lowers[start - 1] in fact_words("metric_modifier")
                    and not doc[start - 1].ent_type_
                )
            ) and (
                # "German producer prices": an owner; "the Turkish lira": the currency's name
                (doc[start - 1].text not in countries or cls == "instrument")
                and self.lowers[start - 1] not in fact_words("count_word")  # "28 million visits"
                # "in December alone growth reached": an adverb, no modifier
                and self.lowers[start - 1] not in fact_words("part_adverb")
                # "will cap down payments at 20 percent": the word after a modal is its verb
                and not (start - 2 >= floor and self.lowers[start - 2] in _MODALS)
                # "posted record sales of": a record ranks the figure, it names no part of it
                and self.lowers[start - 1] != "record"
                # "..., generating tourism revenue of": a clause of result opens there
                and not (
                    start - 1 > floor
                    and self.lowers[start - 2] == ","
                    and self.lowers[start - 1] in fact_words("result_participle")
                )
            ):
                start -= 1
            elif start - 3 > floor and self._abbreviation_before(start):
                start -= 3  # "Gross non-performing assets (GNPA) ratio"
            elif start - 1 > floor and self._numbered_word(start - 1):
                start -= 1  # "common equity tier 1 ratio"
            elif cls in ("rate", "instrument") and (
                (named := self._named_before(start, floor)) is not None
            ):
                start = named  # "the 10-year JGB yield", '"Brent" crude futures'
            else:
                break
            # a hyphenated compound is one word ("non-performing")
            words += doc[start].text != "-" and doc[start + 1].text != "-"
        while start < span.start and not (
            doc[start].is_alpha
            or doc[start].text in _QUOTES
            or _CODE_WORD.fullmatch(doc[start].text)
            or _AMPERSAND_WORD.fullmatch(doc[start].text)
            or (doc[start].like_num and doc[start + 1].text == "-")  # "10-year"
        ):
            start += 1
        start = self._per_unit(start, self.sentence_of(span.start).start)
        if cls not in ("instrument", "rate", "shares"):
            start = self._count_head(start, floor)  # "the number of cruise passengers"
            start = self._measure_head(start, floor)  # "the total value of foreign trade"
        if end + 1 < len(doc) and self.lowers[end] == "per":
            # "sales per store", "profit per employee": the quantity per unit (not per period,
            # "per year", nor a bare "per" of a value after it)
            # ("revenue per available seat kilometre": a unit of up to three words)
            stop = self._plain_run(end + 1, min(len(doc), end + 5), 3)
            if stop > end + 1 and self.lowers[stop - 1] not in fact_words("period_noun"):
                end = stop
        head_end = end
        bond = self._yield_on_bond(end) if cls == "rate" else None
        if bond is not None:
            # "the yield on Indonesia's benchmark 10-year government bond": a market quote
            return Metric(start, bond, "instrument", bond, scope, bond)
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3  # "gross domestic product (GDP)": read past the abbreviation ...
        reach = end
        end = self._segment(end)
        if end < len(doc) and self.lowers[end] == "of":
            stop = end + 1
            # "of the new energy vehicle and parts industry", 'of the "new three" products'
            joining = ("the", "and", ",", "its", '"', "\u201c", "\u201d")
            if self.lowers[head_end - 1] in fact_words("probability"):
                return Metric(start, self._event_of(end), cls, head_end, scope, reach)
            while stop < min(len(doc), end + 9) and (
                self.plain(stop) or self.lowers[stop] in joining
            ):
                stop += 1
            while stop > end + 1 and self.lowers[stop - 1] in joining:
                stop -= 1
            # "of Sichuan Province", "of 2023"; "of the province's primary industry": an owner
            owner = stop < len(doc) and (
                doc[stop].ent_type_ in ("GPE", "ORG", "DATE") or doc[stop].text in ("'s", "\u2019s")
            )
            if stop > end + 1 and not owner:
                end = stop
        if end == reach:
            end = self._overdue_tail(end, min(len(doc), end + 9))
        if end == reach:
            end = self._part_phrase(end)
        if end == reach:
            end = head_end  # ... but leave it out of a metric that ends there
        return Metric(start, end, cls, head_end, scope, max(end, reach))

    def _overdue_tail(self, end: int, limit: int) -> int:
        """Where a tail that says how long a debt is overdue ends ("home loans more than 90
        days in arrears", "balances 30 days or more past due"): it names the part of the debt
        measured. ``end`` when no such tail follows."""
        lowers, doc = self.lowers, self.doc
        i = end
        if lowers[i : i + 2] in (["more", "than"], ["at", "least"]):
            i += 2
        elif i < limit and lowers[i] == "over":
            i += 1
        if not (i + 1 < limit and doc[i].like_num and lowers[i + 1] in fact_words("overdue_unit")):
            return end
        i += 2
        if lowers[i : i + 2] == ["or", "more"]:
            i += 2
        if i < limit and lowers[i] in ("in", "past"):
            i += 1  # "in arrears", "past due"
        return i + 1 if i < limit and lowers[i] in fact_words("overdue") else end

    def _yield_on_bond(self, end: int) -> int | None:
        """Where "on" and the bond a yield is quoted on end, after a yield that ends at token
        ``end`` ("yield on the benchmark 10-year Treasury note", "yields on Indonesia's
        government bonds"), or None."""
        lowers = self.lowers
        if lowers[end - 1] not in ("yield", "yields") or end >= len(lowers) or lowers[end] != "on":
            return None
        bonds = fact_words("bond_noun")
        for k in range(end + 1, min(len(lowers), end + 10)):
            if lowers[k] in bonds:
                while k + 1 < len(lowers) and lowers[k + 1] in bonds:
                    k += 1  # "Treasury note"
                return k + 1
            if lowers[k] in (",", ";") or k in self.cue_tokens or lowers[k] in self.finder.verbs:
                return None
        return None

    def _event_of(self, of: int) -> int:
        """ "a 35% chance of a reduction", "the odds of a Fed rate cut": where the event a
        probability is of ends (its "of" at token ``of``), names and nouns of change included;
        ``of`` when it names none."""
        doc, lowers = self.doc, self.lowers
        i = of + 1
        if i < len(doc) and lowers[i] in ("a", "an", "the"):
            i += 1
        end, moves = of, fact_words("metric_rate_move") | fact_words("growth_noun")
        while i < min(len(doc), of + 8) and (
            self.plain(i) or lowers[i] in moves or doc[i].ent_type_ in _PART_NAMES
        ):
            i += 1
            if doc[i - 1].is_lower:
                end = i  # a name ends no event ("of a cut by the ECB")
        return end

    def _named_before(self, start: int, floor: int) -> int | None:
        """Where a bond's tenor ("the 10-year JGB yield", "two-year gilt yields") or a name in
        quotes ('"Brent" crude futures') that names a quote starts, ending before token
        ``start``."""
        doc = self.doc
        i = start - 1
        if doc[i].ent_type_ == "DATE" and self.lowers[i] in ("year", "month"):
            while i > floor and doc[i].ent_iob_ == "I":
                i -= 1
            tenor = self.text[doc[i].idx : doc[start - 1].idx + len(doc[start - 1].text)]
            return i if _TENOR.fullmatch(tenor) else None
        if doc[i].text in _QUOTES and i > floor:
            k = i - 1
            while k > max(floor, i - 5) and doc[k].text not in _QUOTES and doc[k].is_alpha:
                k -= 1
            if k < i - 1 and doc[k].text in _QUOTES and doc[k].whitespace_ == "":
                return k
        return None

    def _abbreviation_before(self, start: int) -> bool:
        """Whether "(ABBR)" after a plain word ends just before token ``start``."""
        doc = self.doc
        return (
            doc[start - 1].text == ")"
            and doc[start - 3].text == "("
            and doc[start - 2].is_upper
            and self.plain(start - 4)
        )

    def _numbered_word(self, i: int) -> bool:
        """A bare number that is part of a name ("tier 1"): no value, no date, after a word."""
        doc = self.doc
        return (
            doc[i].like_num
            and doc[i].is_digit
            and len(doc[i].text) <= 2
            and not doc[i].ent_type_
            and self.plain(i - 1)
        )

    def _index_word(self, i: int) -> bool:
        """A word that names which index or market a quote is of: "the main Jakarta share
        index", "the benchmark Tokyo stock index" (a place, "share", "stock")."""
        token = self.doc[i]
        return token.ent_type_ == "GPE" or token.lower_ in fact_words("index_word")

    def _per_unit(self, start: int, floor: int) -> int:
        """ "energy consumption per unit of GDP", "water use per unit of output": a quantity
        measured per unit of the metric is the metric; where its words start."""
        if start >= floor + 1 and self.lowers[start - 1] == "per":
            per = start - 1
        elif (
            start >= floor + 3
            and self.lowers[start - 1] == "of"
            and self.lowers[start - 2] in ("unit", "units")
            and self.lowers[start - 3] == "per"
        ):
            per = start - 3
        else:
            return start
        first = per
        while first > floor and first > per - 4 and self.plain(first - 1):
            first -= 1
        return first if first < per else start

    def _part_phrase(self, end: int) -> int:
        """ "Investment in high-tech industries", "Loans to the manufacturing sector", "trade
        with Central Asian countries": a phrase that says which part is measured, not where
        ("in the city"), when ("in December"), with whom ("exports to the US") or how much."""
        doc = self.doc
        if end < len(doc) and self.lowers[end] == "between":
            return self._route(end)
        if end + 1 >= len(doc) or self.lowers[end] not in ("in", "to", "with", "on", "from"):
            return end  # (a preposition that ends the text has no part after it)
        start = end + 1
        # "Loans to small firms", "lending to property developers": who receives the money is
        # the part measured, even a noun of owners
        recipients = self.lowers[end] == "to" and self.lowers[end - 1] in fact_words("metric_lent")
        if start < len(doc) and self.lowers[start] == "the":
            start += 1
            if (
                self.lowers[end] in ("in", "on", "at")
                and start < len(doc)
                and self.lowers[start] in self.finder.place_nouns
                and not (start + 1 < len(doc) and self.plain(start + 1))
            ):
                return end  # "foreign capital in the park", "duty-free sales on the island"
        elif (
            self.lowers[end] == "to"
            and not recipients
            and doc[start].ent_type_ not in _PART_NAMES
            and doc[start].is_lower
        ):
            return end  # "a contract to maintain platforms": an infinitive
        # "trade with ASEAN member states", "investment in Yangtze River Delta cities": a name
        # that modifies the plain words after it names the part, not where it is
        named = start
        while named < min(len(doc), start + 4) and doc[named].ent_type_ in _PART_NAMES:
            named += 1
        if named > start and named < len(doc) and self.plain(named) and doc[named].is_lower:
            start = named
            # "exports to EU member countries": the partners, even a noun of owners
            recipients = recipients or self.lowers[end] in ("to", "with", "from")
        stop = self._plain_run(start, min(len(doc), start + 9), 5)
        if stop > start:
            # "Spending on research and development": the rest of a list of parts
            stop = self._listed_words(stop, min(len(doc), stop + 10))
        # "exports to Belt and Road countries", "imports from EU countries": partners a
        # modifier picks out, even a noun of owners ("exports to other countries" too)
        recipients = recipients or (self.lowers[end] in ("to", "with", "from") and stop - start > 1)
        if (
            stop == start
            or (self.lowers[stop - 1] in self.finder.owner_nouns and not recipients)
            or not doc[stop - 1].is_lower  # "a stake in Kessler Logistik": a name
        ):
            return end
        if stop < len(doc) and (doc[stop].ent_type_ or doc[stop].like_num):
            return end  # "in the first half of 2023", "to the US"
        if self.lowers[stop - 1] in fact_words("period_noun"):
            return end  # "Imports in the period", "sales in the same period": when, no part
        if self.lowers[stop - 1] in fact_words("reference"):
            return end  # "revenue in the range of $1.6 billion to": where the value lies, no part
        if (
            stop + 1 < len(doc)
            and self.lowers[stop] in ("'s", "\u2019s", "'", "\u2019")
            and self.lowers[stop - 1] in fact_words("people")
            and doc[stop + 1].is_lower
            and self.plain(stop + 1)
        ):
            # "Spending on people's livelihoods", "spending on farmers' pensions": what the
            # people have is the part measured, no owner of the quantity
            return self._plain_run(stop + 1, min(len(doc), stop + 5), 3)
        if stop < len(doc) and self.lowers[stop] in ("'s", "\u2019s"):
            return end  # "Unemployment in the world's second-largest economy": an owner
        return stop

    def _route(self, between: int) -> int:
        """ "Cargo flights between Zhengzhou and Luxembourg", "trade between the two
        provinces and Hong Kong": the two ends named after "between" (names or plain words on
        both sides of "and") say which part is measured; where they end, or ``between``."""
        doc, lowers = self.doc, self.lowers
        i = between + 1
        joined, end = False, between
        # "the spread between Italian and German 10-year yields": a bond's tenor and its yield
        quotes = fact_words("bond_noun") | {"yield", "yields"}
        while i < min(len(doc), between + 12):
            if (
                i + 2 < len(doc)
                and doc[i].like_num
                and doc[i + 1].text == "-"
                and lowers[i + 2] in ("year", "month", "week")
            ):
                i += 3  # "10-year" (a tenor, no date)
                end = i if joined else end
                continue
            if lowers[i] == "and" and not joined and i > between + 1:
                joined = True
            elif lowers[i] in quotes and i > between + 1:
                if joined:
                    end = i + 1
            elif not (
                doc[i].ent_type_ in _PART_NAMES
                or self.plain(i)
                or lowers[i] in ("the", "its", "their")
                or (doc[i].like_num and not doc[i].ent_type_)  # "the two cities"
            ):
                break
            elif joined:
                end = i + 1
            i += 1
        return end if joined else between

    def _plain_run(self, start: int, stop: int, words: int) -> int:
        """Where a run of plain words from ``start`` ends, before ``stop``, after at most
        ``words`` words; a hyphenated compound is one word ("the state-backed FX-protected
        deposit scheme", "small and medium-sized firms")."""
        doc, end, count = self.doc, start, 0
        while end < stop and self.plain(end):
            joined = end > start and doc[end].text == "-" and not doc[end - 1].whitespace_
            glued = end > start and doc[end - 1].text == "-" and not doc[end - 1].whitespace_
            if not (joined or glued):
                if count == words:
                    break
                count += 1
            end += 1
        while end > start and doc[end - 1].text == "-":
            end -= 1  # a compound cut off at the word limit ends before its hyphen
        return end

    def _segment(self, end: int) -> int:
        """Past "at its cloud unit" / "in the retail business": the part being measured."""
        doc = self.doc
        if end >= len(doc) or self.lowers[end] not in ("at", "in", "from"):
            return end
        stop = end + 1
        if stop < len(doc) and self.lowers[stop] in ("its", "the", "their"):
            stop += 1
        words = stop
        while words < min(len(doc), stop + 4) and self.plain(words):
            words += 1
        if words > stop and self.lowers[words - 1] in segment_words():
            return words
        return end

    def char_range(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``start:end``, without trailing whitespace."""
        last = self.doc[end - 1]
        return self.doc[start].idx, last.idx + len(last.text)

    # --- structure -------------------------------------------------------------------------

    def tokens_of(self, words: frozenset[str]) -> list[int]:
        """The tokens whose lower-case form is one of ``words``, in order: an index found once
        per document, for rules that look back from a value instead of scanning per value."""
        found = self._tokens_of.get(words)
        if found is None:
            found = [i for i, word in enumerate(self.lowers) if word in words]
            self._tokens_of[words] = found
        return found

    def sentence_of(self, i: int) -> Span:
        """The sentence of token ``i`` (``Token.sent`` walks the whole sentence: slow in one of
        thousands of tokens)."""
        return self.sents[bisect_right(self.sent_starts, i) - 1]

    def clause_of(self, span: Span) -> tuple[int, int]:
        """The token range of the clause around ``span``: bounded by ";", ":" or a terminator."""
        sent, bounds = self.sentence_of(span.start), self.clause_bounds
        start, end = sent.start, sent.end
        before = bisect_left(bounds, span.start)  # the last boundary before the span
        if before and bounds[before - 1] >= sent.start:
            start = bounds[before - 1] + 1
        after = bisect_left(bounds, span.end)  # the first boundary after it
        if after < len(bounds) and bounds[after] < sent.end:
            end = bounds[after]
        return start, end

    def paragraph(self, i: int) -> int:
        """The character offset where the paragraph of token ``i`` starts."""
        return self.blank_line_before(self.doc[i].idx) + 1

    def blank_line_before(self, offset: int) -> int:
        """``text.rfind("\n\n", 0, offset)``, by an index: a search back per value is quadratic
        on a text of one endless paragraph of values."""
        blank_lines = self._blank_line_starts()
        found = bisect_left(blank_lines, offset - 1) - 1
        return blank_lines[found] if found >= 0 else -1

    def blank_line_after(self, offset: int) -> int:
        """Where the paragraph of ``offset`` ends: the next "\n\n", or the text's end."""
        blank_lines = self._blank_line_starts()
        found = bisect_left(blank_lines, offset)
        return blank_lines[found] if found < len(blank_lines) else len(self.text)

    def _blank_line_starts(self) -> list[int]:
        """Where each "\n\n" of the text starts (overlapping), found once per document."""
        if self._blank_lines is None:
            self._blank_lines = [m.start() for m in _BLANK_LINE.finditer(self.text)]
        return self._blank_lines

    def line_of(self, offset: int) -> tuple[int, int]:
        """Where the line of ``offset`` starts and ends (by an index, not a search each time)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        after = bisect_left(self._newlines, offset)
        start = self._newlines[after - 1] + 1 if after > 0 else 0
        end = self._newlines[after] if after < len(self._newlines) else len(self.text)
        return start, end

    def _between_values(self, a: int, b: int, asides: bool = True) -> bool:
        """Whether a value stands in tokens ``a:b``; with ``asides`` False, a conversion in
        brackets in the same phrase as ``b`` does not count ("300 billion yuan ($41.5 billion)
        by 2027"), one a comma away does ("($487m), the company said on Tuesday")."""
        return any(
            v.end <= b
            and (
                asides or not self._bracketed(v) or any(t.text == "," for t in self.doc[v.end : b])
            )
            for v in self.value_index.between(a, b)
        )

    def _bracketed(self, span: Span) -> bool:
        doc = self.doc
        return (
            span.start > 0
            and doc[span.start - 1].text == "("
            and span.end < len(doc)
            and doc[span.end].text == ")"
        )

    def covering(
        self, value: Span, clause: tuple[int, int], categories: Iterable[str]
    ) -> list[tuple[int, Cue]]:
        """Cues of ``categories`` whose scope reaches ``value``, with their distance."""
        wanted = set(categories)
        out = []
        # only the cues that can reach the value: a clause of a thousand values stays linear
        low = max(clause[0], value.start - self.cue_reach)
        high = min(clause[1], value.end + self.cue_reach + 1)
        for cue in self.cue_index.between(low, high):
            rule = cue.rule
            if rule.category not in wanted or cue.start < clause[0] or cue.end > clause[1]:
                continue
            if rule.direction in ("forward", "both") and cue.end <= value.start:
                gap = value.start - cue.end
                if gap <= rule.scope and not (
                    (rule.stops_at_value and self._between_values(cue.end, value.start))
                    or self._terminated(rule, cue.end, value.start)
                ):
                    out.append((gap, cue))
            if rule.direction in ("backward", "both") and cue.start >= value.end:
                gap = cue.start - value.end
                if gap <= rule.scope and not (
                    (rule.stops_at_value and self._between_values(value.end, cue.start))
                    or self._terminated(rule, value.end, cue.start)
                    # "below 5 percent and a rise in prices": a noun right after the value
                    # opens the next phrase past "and" (a verb after a subject may not)
                    or (
                        rule.scope <= 2
                        and any(
                            self.lowers[i] in ("and", "or") for i in range(value.end, cue.start)
                        )
                    )
                ):
                    out.append((gap, cue))
        return out

    def _terminated(self, rule: CueRule, start: int, end: int) -> bool:
        """Whether a cue of one of ``rule.terminated_by`` stands in tokens ``start:end``: "will
        pay a dividend of ...": the payment, not the future, governs the amount."""
        return bool(rule.terminated_by) and any(
            other.rule.id in rule.terminated_by and other.end <= end
            for other in self.cue_index.between(start, end)
        )

    # --- the slots -------------------------------------------------------------------------

    def attach(self, value: _Value, previous: _Value | None) -> None:
        """Decide every slot of ``value``; ``previous`` is the value before it."""
        if self._table_cell(value):
            return
        value.step = self._sensitivity_step(value.span, value.clause) or self._hypothetical(
            value.span, value.clause
        )
        self._kind(value, previous)
        self._metric(value, previous)
        if (
            previous is not None
            and previous.metric is not None
            and value.metric is not None
            and self.text[value.metric[0] : value.metric[1]].lower() in fact_words("metric_anaphor")
        ):
            # "The region aims to raise the figure by 7 percent": the quantity named before
            value.take_metric(previous.metric, previous.phrase, "metric.anaphor")
        if value.kind == "level" and self._part_goes_to(value):
            value.kind = "share"  # "of which 60 percent went to industrial development"
            value.how.append("kind.part_goes_to")
        self._rate_is_level(value)
        self._basis(value)
        self._subject(value, previous)
        self._period(value, previous)
        self._period_of_basis(value)
        self._prior_year_base(value, previous)
        self._basis_of_base(value)
        self._successive_quarters(value)
        if (
            value.kind in ("level", "change")
            and self.anchor_stated
            and self._in_future(value.period)
        ):
            value.kind = "target"
            value.how.append("kind.future_period")
        elif value.kind == "target" and self._allocated_in_the_past(value):
            # "said the province set aside nearly 3 billion yuan in 2023": money allocated in a
            # year that has ended is an outcome, a level
            value.kind = "level"
            value.how.append("kind.past_allocation")
        if value.kind in ("change", "target"):
            value.direction = self._direction(value, previous)

    def _part_goes_to(self, value: _Value) -> bool:
        """ "The funds totaled 27.2 billion yuan, of which 60 percent went to industrial
        development", "with 47 percent going to infrastructure": a percentage of an amount
        that goes somewhere is a part of it, a share (a future one is a target)."""
        span, percent = value.span, value.data.value
        if (
            "metric.allocated" not in value.how
            or not isinstance(percent, PercentValue)
            or percent.unit != "percent"
        ):
            return False
        j, stop = span.end, min(value.clause[1], span.end + 6)
        if j < stop and self.lowers[j] == "of":
            j += 1  # "60 percent of the funds went to", "60 percent of it"
            while j < stop and (self.lowers[j] in ("the", "its", "it", "that") or self.plain(j)):
                j += 1
        while j < stop and self.lowers[j] in ("was", "were", "had", "has", "have", "been"):
            j += 1
        return j < stop and (
            self.lowers[j] in fact_words("destination")
            or self.lowers[j] in fact_words("metric_destined")
        )

    def _table_cell(self, value: _Value) -> bool:
        """A figure in a row of a statistical table: the row label is its metric, its column's
        head gives the period ("2023") or says it is a growth rate ("Growth over 2022")."""
        text, start = self.text, value.data.start
        line_start, line_end = self.line_of(start)
        cells = self._lines.get(line_start)
        if cells is None:
            cells = self._lines[line_start] = list(_CELLS.finditer(text, line_start, line_end))
        if (
            len(cells) < 2
            or cells[0].start() >= start
            or not cells[0].group().strip()[:1].isalpha()
        ):
            return False
        column = next((i for i, c in enumerate(cells) if c.start() <= start < c.end()), None)
        heads = self._table_header(line_start)
        header = [h.group().strip() for h in heads] if heads else None
        if column is None or column == 0:
            return False
        label = cells[0]
        value.metric = (label.start(), label.start() + len(label.group().rstrip()))
        value.phrase = None
        head = header[column] if header and column < len(header) else ""
        growth = bool(_GROWTH_HEAD.search(head))
        owner = self._row_owner(*value.metric)
        if heads and owner is not None:
            # "Company  Net profit  Change" over "Aargau Instruments  CHF 1.18bn  up 10%": rows
            # of owners, the column head names the metric (a change column's, the level's
            # column before it)
            measured = next(
                (
                    h
                    for h in reversed(heads[1 : column + 1])
                    if not _GROWTH_HEAD.search(h.group()) and h.group()[:1].isalpha()
                ),
                None,
            )
            if measured is not None:
                value.metric = (measured.start(), measured.start() + len(measured.group().rstrip()))
                value.how.append("metric.column_head")
        value.kind = "change" if growth or value.span.label_ == "PERCENT" else "level"
        if value.kind == "change":
            percent = value.data.value
            negative = isinstance(percent, PercentValue) and (percent.value or 0) < 0
            value.direction = "decrease" if negative else "increase"
            if re.search(r"\bover\b|y/y|yoy|year", head, re.IGNORECASE):
                value.basis = "year_on_year"
        year = re.search(r"\b(?:19|20)\d\d\b", head)
        title_period = self.main_period
        if year and not growth:
            value.period = year.group()
        else:
            value.period = self._table_title_period(line_start) or title_period
        paragraph = self.paragraph(value.span.start)
        at, inherited = self.paragraph_subject
        value.subject = owner or (
            inherited if at == paragraph and inherited is not None else self.main_subject
        )
        value.how.append("fact.table_row")
        return True

    def _row_owner(self, start: int, end: int) -> Span | None:
        """A row labelled with a company or a place ("Aargau Instruments  CHF 1.18bn  up 10%"):
        the row's figures are its own."""
        label = self.doc.char_span(start, end, alignment_mode="expand")
        if label is None:
            return None
        return next(
            (
                e
                for e in self.subject_index.between(label.start, label.end)
                if e.end <= label.end and e.start not in self.not_owners
            ),
            None,
        )

    def _table_header(self, line_start: int) -> list[re.Match[str]] | None:
        """The cells of the first line of the table a row belongs to (its column heads)."""
        text = self.text
        header = None
        position = line_start
        while position > 0:
            previous = self.line_of(position - 1)[0]
            cells = list(_CELLS.finditer(text, previous, position - 1))
            if len(cells) < 2:
                break
            header = cells
            position = previous
        return header

    def _table_title_period(self, line_start: int) -> str | None:
        """The period in the title above a table ("Table 1: GDP by sector, 2023"), read as its
        DATE mention is ("Deposits and Loans at the End of 2023": the year's last day)."""
        head = self.blank_line_before(line_start)
        title_start = head + 2 if head >= 0 else 0
        if title_start not in self._title_periods:
            title = self.text[title_start:line_start]
            year = re.findall(r"\b(?:19|20)\d\d\b", title)
            found = year[0] if year else None
            i = bisect_left(self.date_chars, title_start)
            for ent in self.dates[i:]:
                if ent.start_char >= line_start:
                    break
                if re.search(r"\b(?:19|20)\d\d\b", ent.text):
                    found = self.resolved(ent) or found
                    break
            self._title_periods[title_start] = found
        return self._title_periods[title_start]

    def _kind(self, value: _Value, previous: _Value | None) -> None:
        span, clause = value.span, value.clause
        found = self.covering(span, clause, ("share", "target", "change", "level"))
        percent = value.data.value
        # a share is a percentage of a whole; points are a change of a share ("accounted for
        # 46.8 percent of exports, 2.1 percentage points higher"; "175 basis points of easing")
        can_share = span.label_ == "PERCENT" and not (
            isinstance(percent, PercentValue) and percent.unit == "percentage_point"
        )
        found = [
            (gap, cue)
            for gap, cue in found
            if (cue.rule.labels is None or span.label_ in cue.rule.labels)
            and (can_share or cue.rule.category != "share")
            and not self._agent_by(cue, span)
        ]
        found = [(gap, cue) for gap, cue in found if not self._commitment_done(cue, found)]
        found = [(gap, cue) for gap, cue in found if not self._plan_joined_by(cue, span)]
        found = [(gap, cue) for gap, cue in found if not self._cue_as_noun(cue)]
        found = [(gap, cue) for gap, cue in found if not self._than_expected(cue)]
        found = [(gap, cue) for gap, cue in found if not self._at_a_record(cue, span)]
        found = [(gap, cue) for gap, cue in found if not self._cue_in_aside(cue, span)]
        found = [(gap, cue) for gap, cue in found if not self._share_verb_of_a_noun(cue, span)]
        by_category = {cue.rule.category: cue for _, cue in sorted(found, key=lambda t: t[0])}
        restated = (
            previous is not None
            and previous.kind == "target"
            and previous.sentence == value.sentence
            and span.start > 0
            and self.lowers[span.start - 1] == "or"
        )
        if "target" in by_category and "share" in by_category:
            # "sees the deficit at 4.5 pct of GDP next year": target wins for forecasts
            value.kind, rule = "target", by_category["target"].rule.id
        elif restated:
            value.kind, rule = (
                "target",
                "kind.restated_target",
            )  # "a deficit of ..., or 1.7% of GDP"
        elif "share" in by_category:
            value.kind, rule = "share", by_category["share"].rule.id
        elif (
            not (by_category.keys() & {"target", "change"})
            and can_share
            and (percent_of := self._percent_of(span)) is not None
        ):
            value.kind, rule = "share", percent_of  # "produced 48.2 percent of the city's output"
        elif "target" in by_category:
            value.kind, rule = "target", by_category["target"].rule.id
        elif found:
            _, cue = min(found, key=lambda t: (t[0], -t[1].rule.priority))
            value.kind, rule = cue.rule.category, cue.rule.id
            if (
                cue.rule.id == "level.from"
                and previous is not None
                and previous.kind == "change"
                and previous.sentence == value.sentence
                and previous.span.label_ == span.label_ == "PERCENT"
            ):
                # "the economy expanded 2.5%, up from 1.9% in 2022": the growth it is compared
                # with ("rose to 5.6% from 5.3%" compares two levels)
                value.kind, rule = "change", "kind.from_a_change"
        elif "+" in self.text[max(0, span.start_char - 1) : span.start_char + 1] and (
            isinstance(value.data.value, PercentValue) and value.data.value.direction != "none"
        ):
            # "612 million euros, +9%": a signed percentage is a change, also in a list
            value.kind, rule = "change", "kind.signed"
        elif (
            previous is not None
            and previous.kind == "change"
            and previous.clause == clause
            and previous.span.label_ == span.label_ == "PERCENT"
            and span.start > 0
            and self.lowers[span.start - 1] == "or"
        ):
            # "a nominal increase of 5.4 percent year on year, or 5.3 percent in real terms":
            # the same change told another way
            value.kind, rule = "change", "kind.restated_change"
        elif (
            previous is not None and previous.clause == clause and self._listed(previous.span, span)
        ):
            value.kind, rule = previous.kind, "kind.list"
        elif (
            previous is not None and previous.clause == clause and self._gapped(previous.span, span)
        ):
            value.kind, rule = previous.kind, "kind.gapped"
        elif isinstance(value.data.value, PercentValue) and (
            value.data.value.unit == "percentage_point" or value.data.value.direction != "none"
        ):
            value.kind, rule = "change", "kind.percent_change"
        else:
            value.kind, rule = "level", "kind.default"
        if (
            rule == "change.by"
            and (modified := self._modified_noun(span, clause)) is not None
            and not modified[2]
        ):
            value.kind, rule = "level", "kind.modified_noun"  # "hit by a $300 million charge"
        elif rule == "change.by" and self._cause_amount(span, clause):
            value.kind, rule = "level", "kind.cause_amount"  # "hit by $540 million in writedowns"
        if rule in ("target.modal", "target.verb") and self._deal_price(
            span, by_category["target"]
        ):
            value.kind, rule = "level", "kind.deal_price"
        elif (
            rule in ("target.modal", "target.verb")
            and previous is not None
            and previous.sentence == value.sentence
            and "kind.deal_price" in previous.how
            and by_category["target"].end <= previous.span.start
        ):
            # "would acquire Kestrel for $3.1 billion, or $48 per share, a premium of 27%":
            # the terms of the deal the modal governs (a premium is a gap, a change)
            terms = [c for c in ("share", "change") if c in by_category and can_share]
            value.kind, rule = (terms[0] if terms else "level"), "kind.deal_terms"
        before = self.lowers[max(0, span.start - 3) : span.start]
        if (
            value.kind == "change"
            and len(before) == 3
            and before[0] == before[2] == "as"
            and before[1] in fact_words("level_degree")
        ):
            value.kind, rule = "level", "kind.level_degree"  # "fell as low as 3.667%"
        if value.kind == "change" and self._crossed(span):
            value.kind, rule = "level", "kind.crossed"  # "inflation fell below 2%"
        if value.kind != "target" and self._listed_target(span, previous):
            value.kind, rule = "target", "kind.target_list"
        if value.kind == "target" and self._reward(span):
            value.kind, rule = "level", "kind.reward"
        if value.kind in ("level", "change") and self._put_at(span, clause):
            value.kind, rule = "target", "kind.put_at"  # "puts this year's deficit at 2.3%"
        if (
            value.kind in ("level", "change")
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
            and self._contribution_to_growth(span)
        ):
            value.kind, rule = "share", "kind.contribution"  # "contributed 60% to growth"
        points = isinstance(percent, PercentValue) and percent.unit == "percentage_point"
        following = self.lowers[span.end] if span.end < len(self.doc) else ""
        if value.kind == "level" and points and following in fact_words("gap_word"):
            # "about 25 basis points above comparable government securities": a gap, a change
            value.kind, rule = "change", "kind.gap"
        if value.kind in ("level", "change", "share") and self._set_by_a_plan(span, clause):
            value.kind, rule = "target", "kind.plan_noun"  # "its deficit target at 2.53% of GDP"
        if value.kind == "level" and self._revised_to(span, clause):
            value.kind, rule = "target", "kind.revised_to"
        if value.kind == "level" and self._consensus_average(span, clause):
            value.kind, rule = "target", "kind.consensus_average"
        if value.kind in ("level", "change") and self._forecast_after(span, clause):
            value.kind, rule = "target", "kind.forecast_after"  # "the 0.4% gain analysts expected"
        if value.kind in ("level", "change") and self._rule_of_thumb(span, clause):
            value.kind, rule = "target", "kind.rule_of_thumb"
        if value.kind in ("level", "change") and self._subject_of_a_future(span, clause):
            value.kind, rule = "target", "kind.future_subject"  # "a fund of X will support"
        if value.kind == "change" and self._change_of_a_target(span, previous):
            value.kind, rule = "target", "kind.target_change"  # "spending at X, up 2.8 percent"
        if value.kind == "target" and self._past_reference(span, clause):
            value.kind, rule = "level", "kind.past_reference"
        if value.kind == "target" and self._revision(span, clause):
            value.kind, rule = "change", "kind.revision"
        if (
            value.kind == "target"
            and span.start > 0
            and self.lowers[span.start - 1] == "from"
            and not any(
                t.lower_ in fact_words("forecast_noun") for t in self.doc[clause[0] : span.start]
            )
        ):
            # "would cut capital spending to R12.5 billion this year from R15.3 billion": the
            # level it starts from is no target (the earlier forecast of "cut its price target
            # to EUR 190 from EUR 205" is one)
            value.kind, rule = "level", "kind.target_from"
        after_basis = self._past_basis(span.end, clause[1])
        if (
            value.kind == "level"
            and after_basis > span.end
            and self.lowers[after_basis] in fact_words("growth_noun")
        ):
            value.kind, rule = "change", "kind.basis_growth_noun"  # "an 18% year-on-year rise"
        if value.kind == "level" and can_share and self._compared_share(span, previous):
            value.kind, rule = "share", "kind.compared_share"
        if value.kind != "target" and self._infinitive_of_a_plan(span):
            value.kind, rule = "target", "kind.plan_and_to"
        if value.kind == "level" and self._called_a_target(span):
            value.kind, rule = "target", "kind.called_a_target"
        if self._use_of_proceeds(value, previous):
            value.kind, rule = "target", "kind.use_of_proceeds"
        if value.kind == "level" and can_share and self._share_noun_before(span, clause):
            value.kind, rule = "share", "kind.share_noun"  # "green power share nears 90 percent"
        if value.kind == "level" and can_share and self._share_of(span, clause) is not None:
            value.kind, rule = "share", "kind.share_of"  # "the share of X rose to 0.98 per cent"
        if value.kind == "level" and can_share and self._as_part_of(span, clause) is not None:
            value.kind, rule = "share", "kind.as_part_of"  # "debt as a percentage of GDP rose to"
        if value.kind == "target" and following in fact_words("probability"):
            value.kind, rule = "level", "kind.probability"  # "traders see a 90% chance of a cut"
        if (
            value.kind in ("share", "level")
            and following == "of"
            and span.end + 1 < clause[1]
            and self.lowers[span.end + 1] in fact_words("metric_rate_move")
        ):
            value.kind, rule = "change", "kind.rate_move"  # "half a percent of easing"
        value.how.append(rule)

    def _crossed(self, span: Span) -> bool:
        """ "Inflation fell below 2%", "the yuan weakened past 7.3 per dollar", "Balance sheet
        shrinks below $7.3 trillion": a verb of change, then "below", "above", "under", "past"
        (in the value's span or right before it): the amount is a threshold crossed, a level
        ("rose over 40 percent" and "fell more than 5%" stay changes)."""
        lowers, words = self.lowers, fact_words("crossing")
        i = span.start
        if lowers[i] not in words:
            i -= 1
            if i < 0 or lowers[i] not in words:
                return False
        verb = i - 1
        if verb > 0 and lowers[verb] in ("back", "further", "briefly", "just", "well"):
            verb -= 1  # "fell back below 2%"
        return verb >= 0 and word_direction(lowers[verb]) != "none"

    def _put_at(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "The IMF puts China's growth at 4.6% this year", "the ministry has put this year's
        subsidy bill at Rp 189.1 trillion": an amount someone puts a quantity at is their
        estimate, a target (not "put the plant into service; output stood at ...": a verb of
        its own between). The quantity stands between the verb and "at": in "its estimate of
        the neutral rate, which it puts at 2.25 per cent", the estimate of a standing rate is
        stated before, and is a level."""
        if span.start < 1 or self.lowers[span.start - 1] != "at":
            return False
        puts = fact_words("kind_put_verb")
        for i in range(span.start - 2, max(clause[0], span.start - 10) - 1, -1):
            if self.lowers[i] in puts:
                return i < span.start - 2
            if self.doc[i].ent_type_ in VALUE_LABELS or (
                i in self.cue_tokens and self.lowers[i] in self.finder.verbs
            ):
                return False
        return False

    def _deal_price(self, span: Span, modal: Cue) -> bool:
        """ "said it would buy Sejuk Holdings for S$500 million", "will acquire Orrin Mills for
        $1.2 billion", "agreed to pay $75 million", "have agreed to subscribe for US$120 million of
        shares": the price of a deal agreed is its terms, a level, as a payment's are ("will buy
        back up to $300 million of shares" is a plan; so are "plans to sell a stake for" and
        "agreed to build factories ..., with investment of")."""
        agreed = self.lowers[modal.start] in fact_words("deal_agreement")
        if modal.rule.id != "target.modal" and not agreed:
            return False  # "plans to sell a stake for": a plan ("agreed to buy ... for": a deal)
        if not agreed and not (
            (span.start >= 1 and self.lowers[span.start - 1] == "for") or self._deal_valued(span)
        ):
            return False  # ("agreed to pay $75 million", "agreed to subscribe for": terms too)
        deals = fact_words("deal_verb")
        return any(
            self.lowers[i] in deals and self.lowers[i + 1] != "back"
            for i in range(modal.end, min(span.start - (not agreed), modal.end + 3))
        )

    def _deal_valued(self, span: Span) -> bool:
        """ "in an all-cash deal valued at $2.3 billion", "in a transaction worth $900
        million": the value of a deal noun a few words before it."""
        lowers, i = self.lowers, span.start - 1
        if i >= 1 and lowers[i - 1 : i + 1] == ["valued", "at"]:
            i -= 1
        elif not (i >= 0 and lowers[i] in ("worth", "valued")):
            return False
        return not fact_words("deal_noun").isdisjoint(lowers[max(0, i - 3) : i])

    def _at_a_record(self, cue: Cue, span: Span) -> bool:
        """ "stood at a record 48 billion euros", "at a fresh high of 4.9%": "at a" before a
        word of a record is a level, not a rate of change ("at a 3.3% annualized rate")."""
        return cue.rule.id == "change.at_rate" and not fact_words("record_level").isdisjoint(
            self.lowers[cue.end : span.start]
        )

    def _cue_in_aside(self, cue: Cue, span: Span) -> bool:
        """ "Food inflation, which accounts for the biggest share of the basket, quickened to
        39.16%": a cue inside a relative aside that closes before the value tells of the
        noun the aside describes, not of the value."""
        if cue.end > span.start:
            return False
        lowers, relative = self.lowers, fact_words("relative")
        opening = next(
            (
                i
                for i in range(cue.start - 1, max(0, cue.start - 9), -1)
                if lowers[i] == "," and lowers[i + 1] in relative
            ),
            None,
        )
        return (
            opening is not None
            and "," not in lowers[opening + 1 : cue.start]
            and "," in lowers[cue.end : span.start]
        )

    def _than_expected(self, cue: Cue) -> bool:
        """ "rose more than expected to 2.3%", "cut rates by 25 basis points, as expected",
        "grew faster than analysts had forecast": a figure compared with a forecast, no
        forecast itself; so is the compound adjective "a stronger-than-expected 0.4%"."""
        if cue.rule.category != "target" or cue.end - cue.start != 1 or cue.start < 1:
            return False
        to = cue.end + 1 < len(self.doc) and self.lowers[cue.end] == "to"
        if to and self.doc[cue.end + 1].ent_type_ not in VALUE_LABELS:
            return False  # "as exports are expected to grow": a forecast after all
        for i in range(cue.start - 1, max(0, cue.start - 4) - 1, -1):
            if self.lowers[i] in ("than", "as"):
                return True
            if not self.doc[i].is_alpha and self.lowers[i] != "-":
                return False
        return False

    def _share_verb_of_a_noun(self, cue: Cue, span: Span) -> bool:
        """ "representing a margin of 19.7%", "representing a premium of 25%": the verb's object
        is a noun that names the value ("a share of 41%" names a share itself, a cue of its
        own), so the verb makes it no share."""
        lowers = self.lowers
        return (
            cue.rule.id == "share.verb"
            and cue.end < span.start - 2
            and span.start - cue.end <= 5
            and lowers[cue.end] in ("a", "an")
            and lowers[span.start - 1] == "of"
        )

    def _cue_as_noun(self, cue: Cue) -> bool:
        """ "The plans follow a 5% rise": a verb cue that is also a noun ("plans"), after a
        determiner, is the noun; it governs no value ("the government plans borrowing of"
        keeps the verb)."""
        return (
            cue.end - cue.start == 1
            and cue.start > 0
            and self.lowers[cue.start] in fact_words("noun_verb")
            and self.lowers[cue.start - 1] in fact_words("possessive") | {"these", "those"}
        )

    def _plan_joined_by(self, cue: Cue, span: Span) -> bool:
        """ "Lumen Port plans to raise capacity by 10 percent, and throughput rose 4 percent":
        a verb of a plan does not reach past ", and" into a clause that states its own value
        with a verb of its own (not an infinitive, "and profit to grow 3 percent", nor a plan
        of its own, "and profit will grow")."""
        if cue.rule.category != "target" or cue.rule.direction != "forward":
            return False
        lowers = self.lowers
        joint = self._joint(span.start, cue.end)
        if joint is None:
            return False
        after = [c for c in self.cue_index.between(joint + 1, span.start) if c.end <= span.start]
        if any(c.rule.category == "target" for c in after):
            return False
        return any(
            c.rule.category in ("change", "level")
            and c.rule.predicate
            and lowers[c.start - 1] != "to"
            and lowers[c.start] in self.finder.verbs
            for c in after
        )

    def _listed_target(self, span: Span, previous: _Value | None) -> bool:
        """ "Targets for this year include growth of around 5 percent in budget revenue, an
        unemployment rate below 5 percent and a rise in consumer prices of around 3 percent":
        a value further down a list of noun phrases that a plan's verb opens is planned too.
        A verb between the two ("and reported profit of") starts a statement of its own."""
        if (
            previous is None
            or previous.kind != "target"
            or previous.clause != self.clause_of(span)
            or previous.span.end >= span.start
            or span.start - previous.span.end > 16
            or not any(
                c.rule.category == "target" and c.rule.predicate
                for c in self.cue_index.between(previous.clause[0], previous.span.start)
            )
        ):
            return False
        lowers, verbs = self.lowers, self.finder.verbs
        between = range(previous.span.end, span.start)
        if not any(lowers[i] in (",", "and") for i in between):
            return False
        return not any(
            (lowers[i] in verbs and lowers[i - 1] not in ("a", "an", "the"))
            or self.doc[i].ent_type_ in VALUE_LABELS
            for i in between
        )

    def _share_noun_before(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "Yunnan's green power share nears 90 percent", "its market share rose to 21%": a
        share noun right before the verb of the value names a share."""
        nouns = fact_words("kind_share_noun")
        i = span.start - 1
        while (
            clause[0] <= i > span.start - 4 and i in self.cue_tokens and self.lowers[i] not in nouns
        ):
            i -= 1
        return clause[0] <= i < span.start - 1 and self.lowers[i] in nouns

    def _forecast_after(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "below the $25.4 billion analysts had expected", "beating the 0.1% expansion
        economists polled by Reuters had predicted": an amount a forecaster's clause right
        after it names (a reduced relative clause) is that forecast."""
        lowers = self.lowers
        stop = min(clause[1], span.end + 12)
        i = span.end
        if i < stop and lowers[i] in fact_words("growth_noun"):
            i += 1  # "the 0.3% increase economists had forecast"
        if i < stop and lowers[i] == "that":
            i += 1
        if i + 1 < stop and lowers[i] == "wall" and lowers[i + 1] == "street":
            i += 1
        if i >= stop or lowers[i] not in fact_words("forecast_agent"):
            return False
        i += 1
        if i < stop and lowers[i] in ("'", "\u2019", "'s", "\u2019s"):
            i += 1  # "the $3.1 billion analysts' estimate"
        if i < stop and lowers[i] in fact_words("forecast_noun") | {"consensus"}:
            return True  # "above the $3.1 billion Wall Street consensus"
        if i + 1 < stop and lowers[i] in ("polled", "surveyed") and lowers[i + 1] == "by":
            i += 2  # "economists polled by Reuters": the pollster's name, then the verb
            while i < stop and (self.doc[i].ent_type_ or lowers[i] == "the"):
                i += 1
        while i < stop and lowers[i] in ("had", "have", "has", "were", "was", "been", "on"):
            i += 1  # "had expected", "had on average forecast"
        if i < stop and lowers[i] in ("average", "mostly", "widely", "generally"):
            i += 1
        return i < stop and lowers[i] in fact_words("forecast_agent_verb")

    def _consensus_average(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "above the NT$7.9 billion average of 14 analyst estimates": an amount that is the
        average of forecasts is a forecast."""
        if span.end >= clause[1] or self.lowers[span.end] not in fact_words("kind_average"):
            return False
        words = fact_words("forecast_noun") | fact_words("consensus")
        return any(w in words for w in self.lowers[span.end + 1 : min(clause[1], span.end + 6)])

    def _past_reference(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "expected an operating profit of KRW 1.2 trillion, reversing a loss of 340 billion won
        a year earlier", "compares with operating profit of 132.6 billion yen in the year ended
        March 31": an amount dated right after it in the past, in a forecast's sentence, is the
        actual figure the forecast is compared with, a level."""
        for phrase in _past_references():
            end = span.end + len(phrase)
            if end <= clause[1] and tuple(self.lowers[span.end : end]) == phrase:
                return True
        return False

    def _rule_of_thumb(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "Every 1 percentage point of lower funding costs saves the company roughly EUR 180
        million", "every 5 percent fall in the real adds about 300 million reais": the amount a
        rule of thumb gives for each step of another value is an estimate, a target; the step
        itself ("every 1 percentage point") is not."""
        everies = self.tokens_of(fact_words("sensitivity"))  # an index, not a scan per value
        k = bisect_left(everies, max(clause[0], span.start - 15))
        if k == len(everies) or everies[k] >= span.start:
            return False
        return bool(self.value_index.between(everies[k] + 1, span.start))

    def _subject_of_a_future(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "A new provincial fund of RMB 3.5 billion will support 5G trials", "The new midpoint
        of $7.75 would give farmers about $1.9 billion": an amount that a noun's "of" phrase
        gives, the subject of a verb of the future, is planned or projected, a target (a
        decision's "to lower the rate to 4.1 per cent would bring relief" is no "of" phrase)."""
        if span.start < 1 or self.lowers[span.start - 1] != "of":
            return False
        i = span.end
        if i < clause[1] and self.lowers[i] == "(":  # past a conversion, a few words
            close = i + 1
            while close < min(clause[1], i + 8) and self.lowers[close] != ")":
                close += 1
            i = close + 1
        return i < clause[1] and any(
            c.rule.id == "target.modal" for c in self.cue_index.between(i, i + 1)
        )

    def _change_of_a_target(self, span: Span, previous: _Value | None) -> bool:
        """ "The 2024 budget sets total spending at 656.6 trillion won, up 2.8 percent", "expects
        revenue of between Rmb3.6bn and Rmb3.8bn, up 30-37 per cent": the change set off right
        after a target amount is the change that target plans, a target too (a revision, "up
        160 billion yen from its earlier estimate", is turned back into a change by
        _revision)."""
        if previous is None or previous.kind != "target" or previous.span.end >= span.start:
            return False
        if (
            previous.sentence.start != self.sentence_of(span.start).start
            or span.start - previous.span.end > 14
        ):
            return False
        i = previous.span.end
        if self.lowers[i] == "(":  # past a conversion: "656.6 trillion won ($500 billion), up"
            close = (
                self.lowers.index(")", i, span.start) if ")" in self.lowers[i : span.start] else i
            )
            i = close + 1
        if i + 1 >= span.start or span.start - i > 5 or self.lowers[i] != ",":
            return False
        return all(
            j in self.cue_tokens or self.lowers[j] in ("an", "a") for j in range(i + 1, span.start)
        )

    def _sensitivity_step(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "every 1% fall in the rupiah", "every 1 yuan of infrastructure spending", "every fall
        of 100 yuan per ton": the step of a rule of thumb is a unit of a hypothetical change,
        it measures nothing that happened or is planned; no fact (the amount the rule gives for
        it is one, a target: _rule_of_thumb)."""
        everies = self.tokens_of(fact_words("sensitivity"))
        k = bisect_left(everies, span.start) - 1
        if k < 0 or everies[k] < max(clause[0], span.start - 3):
            return False
        # only words between ("every fall of"), no other value
        return all(self.doc[i].is_alpha for i in range(everies[k] + 1, span.start))

    def _hypothetical(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "warned that a further decline of 10% would cut its gross margin", "Half a
        percentage point more on borrowing costs would hurt": a change that opens a clause as the
        subject of "would" or "could" is a supposition, no figure of anything; no fact (what it
        would do is one)."""
        lowers = self.lowers
        suppose = fact_words("hypothetical_modal")
        after = span.end
        while after < clause[1] and after < span.end + 5 and lowers[after] not in suppose:
            if not (self.plain(after) or lowers[after] in fact_words("hypothetical_filler")):
                return False
            after += 1
        if after >= clause[1] or lowers[after] not in suppose:
            return False
        opening = fact_words("hypothetical_opening") | fact_words("growth_noun")
        i = span.start - 1
        while i >= clause[0] and i > span.start - 6 and lowers[i] in opening:
            i -= 1
        return i < clause[0] or lowers[i] in ("that", '"', "\u201c", ",")

    def _commitment_done(self, cue: Cue, found: list[tuple[int, Cue]]) -> bool:
        """ "Yunnan approved 38 solar projects with a total investment of no less than 60 billion
        yuan", "has pledged credit lines of up to 100 billion yuan": a past verb of commitment
        (not "pledged to") does not make a target of an amount that a nearer verb states."""
        if cue.rule.category != "target" or self.lowers[cue.start] not in fact_words(
            "kind_commitment_verb"
        ):
            return False
        if cue.end < len(self.doc) and self.lowers[cue.end] == "to":
            return False  # "pledged to cut emissions by 5%": a plan
        return any(
            other.rule.category in ("level", "change")
            and other.rule.predicate
            and other.start >= cue.end
            for _, other in found
        )

    def _cause_amount(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "hit by 540 million euros in writedowns", "weighed down by $120 million of
        restructuring charges": the amount after "by" and a participle of cause sizes the cause
        named after it; it is no change of the quantity the clause measures."""
        i = span.start - 1
        if i < clause[0] + 1 or self.lowers[i] != "by" or span.end + 1 >= clause[1]:
            return False
        verb = i - 1
        if self.lowers[verb] in ("down", "up") and verb > clause[0]:
            verb -= 1  # "weighed down by", "propped up by"
        if self.lowers[verb] not in fact_words("cause_participle") or self.lowers[span.end] not in (
            "in",
            "of",
        ):
            return False
        k = span.end + 1
        while k < clause[1] - 1 and self.lowers[k] in ("the", "a", "an"):
            k += 1
        return not self.doc[k].ent_type_  # not "hurt by 2 points in the third quarter"

    def _agent_by(self, cue: Cue, span: Span) -> bool:
        """ "Singapore led with US$5.2 billion, followed by Japan with US$1.2 billion": a "by"
        before a name is the agent's, not the size of a change."""
        return cue.rule.id == "change.by" and any(
            self.doc[i].ent_type_ in SUBJECT_LABELS for i in range(cue.end, span.start)
        )

    def _set_by_a_plan(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "It kept its 2024 capital spending budget unchanged at US$3.1 billion", "the
        government's budget sets total spending at ...", "a spending allocation of Rs 10 lakh
        crore": an amount that a budget, projection or allocation sets is planned. The noun
        must head its phrase ("budget revenue rose", "the budget deficit was" are outcomes)."""
        nouns, links = fact_words("kind_plan_noun"), fact_words("kind_plan_link")
        for i in range(span.start - 1, max(clause[0], span.start - 10) - 1, -1):
            if self.doc[i].ent_type_ in VALUE_LABELS:
                return False  # the plan of another amount
            if self.lowers[i] == ",":
                return False  # "its estimate of the neutral rate, which it puts at ..."
            if self.lowers[i] in nouns and i + 1 < span.start and self.lowers[i + 1] in links:
                # "of" takes the amount itself ("an allocation of Rs 10 lakh crore"), not a
                # quantity ("its estimate of the neutral rate ... at")
                return self.lowers[i + 1] != "of" or i + 2 == span.start
        return False

    def _revised_to(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "cut their GDP growth estimate by 0.2 percentage point to 4.9%", "lowered its
        outlook to 3%": the level a forecast is revised to is the new forecast."""
        if span.start < 1 or self.lowers[span.start - 1] != "to":
            return False
        doc = self.doc
        before = doc[max(clause[0], span.start - 14) : span.start - 1]
        verb = next(
            (t.i for t in reversed(before) if t.lower_ in fact_words("revision_verb")), None
        )
        return verb is not None and any(
            t.lower_ in fact_words("forecast_noun")
            for t in doc[verb + 1 : min(verb + 7, span.start)]
        )

    def _revision(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "raised its capital expenditure guidance by A$450 million", "lowered its projected
        track for the rate by about 10 basis points", "up 160 billion yen from its earlier
        estimate": a revision of a forecast is a change."""
        doc = self.doc
        if span.start < 1:
            return False
        if self.lowers[span.start - 1] in ("up", "down"):
            after = [t.lower_ for t in doc[span.end : min(clause[1], span.end + 5)]]
            return "from" in after and bool(set(after) & fact_words("forecast_noun"))
        return self._revision_verb(span, clause) is not None

    def _revision_verb(self, span: Span, clause: tuple[int, int]) -> int | None:
        """The verb that revises a forecast by the value ("raised its guidance by ..."), if any."""
        doc = self.doc
        if span.start < 1 or self.lowers[span.start - 1] != "by":
            return None
        before = doc[max(clause[0], span.start - 12) : span.start - 1]
        verb = next(
            (t.i for t in reversed(before) if t.lower_ in fact_words("revision_verb")), None
        )
        if verb is not None and any(
            t.lower_ in fact_words("forecast_noun") for t in doc[verb + 1 : span.start - 1]
        ):
            return verb
        return None

    def _infinitive_of_a_plan(self, span: Span) -> bool:
        """ "It plans to spend Rp 2 trillion this year ... and to sell a 49% stake for upwards of
        $400 million", "aims for growth of 5 percent and to cut energy use by 3 percent": a
        second infinitive of a plan is planned too."""
        sentence = self.sentence_of(span.start)
        start = max(sentence.start, span.start - 30)
        joined = next(
            (
                i
                for i in range(span.start - 2, start, -1)
                if self.lowers[i] == "and" and self.lowers[i + 1] == "to"
            ),
            None,
        )
        if joined is None or joined < self.clause_of(span)[0]:
            return False  # "..., while profit rose 3%": another clause
        return any(
            c.rule.category == "target" and c.rule.predicate and c.end <= joined
            for c in self.cue_index.between(max(sentence.start, joined - 40), joined)
        )

    def _called_a_target(self, span: Span) -> bool:
        """ "Around 5 percent is an ambitious but achievable target": a value that the clause
        calls a target, forecast or goal."""
        doc = self.doc  # the sentence, not the clause: "... an ambitious but achievable target"
        after = doc[span.end : min(self.sentence_of(span.start).end, span.end + 8)]
        if not after or after[0].lower_ not in ("is", "was", "remains", "would", "will"):
            return False
        return any(t.lower_ in fact_words("forecast_noun") for t in after)

    def _compared_share(self, span: Span, previous: _Value | None) -> bool:
        """ "About 45 percent of the fruit is sold online, up from less than 10 percent five
        years ago", "made up 38.6 percent, above its average of 34.4 percent": the share a
        share is compared with is a share."""
        if (
            previous is None
            or previous.kind != "share"
            or previous.sentence != self.sentence_of(span.start)
            or previous.span.label_ != "PERCENT"
        ):
            return False
        # "equal to 12.3% of its GDP, more than four times the national level of 2.65%"
        before = set(self.lowers[max(previous.span.end, span.start - 6) : span.start])
        return bool(before & fact_words("comparison"))

    def _use_of_proceeds(self, value: _Value, previous: _Value | None) -> bool:
        """ "About 60% of the net proceeds will go to a plant; 15% to research and development;
        and 10% to working capital": a value that opens a clause with "to" after it continues
        the planned use of an amount."""
        span = value.span
        opening = value.clause[0]
        while opening < span.start and self.lowers[opening] in ("and", ","):
            opening += 1
        return (
            previous is not None
            and previous.kind == "target"
            and bool(
                {"target.will_go", "kind.use_of_proceeds", "metric.allocated"} & set(previous.how)
            )
            and opening == span.start
            and span.end < value.clause[1]
            and self.lowers[span.end] == "to"
        )

    def _share_of(self, span: Span, clause: tuple[int, int]) -> Cue | None:
        """ "The share of low-cost deposits in total deposits fell to 38.6 per cent from 41.2
        per cent": a "share of" or "proportion of" before the value in its clause, with no
        amount of money between."""
        start = max(clause[0], span.start - 16)
        cue = next(
            (
                c
                for c in reversed(self.cue_index.between(start, span.start))
                if c.rule.id == "share.verb" and self.lowers[c.start] in ("share", "proportion")
            ),
            None,
        )
        if (
            cue is None
            or any(v.label_ == "MONEY" for v in self.value_index.between(cue.end, span.start))
            or self._cue_in_aside(cue, span)
        ):
            return None
        return cue

    def _as_part_of(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "Public debt as a percentage of GDP rose to 137.3%", "logistics costs as a share of
        GDP fell to 14.4 percent": the tokens of the phrase before "as a ... of", the part
        measured against the whole after "of" (none past an amount of money)."""
        nouns = fact_words("ratio_noun")
        lowers = self.lowers
        for i in range(span.start - 4, max(clause[0], span.start - 16) - 1, -1):
            if not (
                lowers[i] == "as"
                and lowers[i + 1] in ("a", "an")
                and lowers[i + 2] in nouns
                and lowers[i + 3] == "of"
            ):
                continue
            if any(v.label_ == "MONEY" for v in self.value_index.between(i, span.start)):
                return None
            start = self._words_before(i, clause[0])
            # a lexicon phrase that ends before "as" is taken whole ("spending on health")
            phrases = self.metric_index.between(max(clause[0], i - 12), i)
            start = min([start] + [m.start for m in phrases if m.end == i])
            return (start, i) if start < i else None
        return None

    def _noun_cue(self, i: int) -> bool:
        """A word of a cue that is no verb and no function word ("market" of "of the market")."""
        token = self.doc[i]
        return (
            token.is_alpha
            and not token.ent_type_
            and self.lowers[i] not in self.finder.verbs
            and self.lowers[i] not in fact_words("function")
            and self.lowers[i] not in fact_words("total_word")  # "the share of the total"
        )

    def _share_owner(self, cue: Cue, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "Renewables' share of power generation", "the private sector's share of investment":
        the part is the phrase whose possessive stands before "share of" (a name there is the
        subject, and the part the whole after it)."""
        end = cue.start - 1
        if end <= clause[0] or self.lowers[end] not in ("'s", "\u2019s", "'", "\u2019"):
            return None
        start = self._words_before(end, clause[0])
        if start == end or (
            self.lowers[end - 1] in self.finder.owner_nouns and self.lowers[end - 1] != "sector"
        ):
            return None
        return self.char_range(start, end)

    def _contribution_to_growth(self, span: Span) -> bool:
        """ "Final consumption contributed 60.2 percent to the economic growth": the part of the
        growth a component gave, a share of it ("contributed" right before the value, "to"
        and "growth" within a few words after it)."""
        lowers, i = self.lowers, span.end
        if span.start == 0 or lowers[span.start - 1] not in fact_words("part_verb"):
            return False
        if i >= len(lowers) or lowers[i] != "to":
            return False
        return "growth" in lowers[i + 1 : i + 6]

    def _reward(self, span: Span) -> bool:
        """ "would offer subsidies of up to 5 million yuan to each company", "can be fined up to
        1 million yuan": a subsidy, grant or fine is a rule in force, a level, whatever verb of
        a plan stands before it."""
        doc = self.doc
        start = max(self.sentence_of(span.start).start, span.start - 4)
        return (
            not self._between_values(start, span.start)
            and any(t.lower_ in fact_words("reward") for t in doc[start : span.start])
            and not self._reward_budget(span)
        )

    def _reward_budget(self, span: Span) -> bool:
        """ "will issue consumption vouchers worth 500 million yuan": the whole sum handed out,
        planned spending, not an amount each gets ("vouchers worth 50 yuan each", "subsidies of
        up to 5 million yuan"). Told by "worth" before a value in millions or more with no cap
        and no share per recipient after it."""
        data = get_span_data(span)
        value = data.value if data is not None else None
        amount = getattr(value, "amount", None)
        if (
            span.start == 0
            or self.lowers[span.start - 1] != "worth"
            or getattr(value, "qualifier", None) == "at_most"
            or getattr(value, "per", None) is not None
            or amount is None
            or abs(amount) < 1_000_000
        ):
            return False
        after = self.lowers[span.end : span.end + 3]
        return not any(w in ("each", "per", "apiece", "a") for w in after)

    def _rate_is_level(self, value: _Value) -> None:
        """A rate moved in percent is read as its level ("inflation rose 0.3 percent"); a
        percentage of growth is a change ("GDP growth of 6.8 percent")."""
        percent = value.data.value
        if (
            value.kind == "change"
            and value.metric_cls == "event"
            and value.metric is not None
            and value.metric[1] <= value.span.start_char
            and self.text[value.metric[0] : value.metric[1]].lower().split()[-1:]
            in (["gain"], ["gains"], ["loss"], ["losses"])
        ):
            # "booked a one-off gain of $2 billion": an item of the accounts, not a change
            value.kind = "level"
            value.how.append("kind.booked_item")
            return
        if (
            value.kind == "level"
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
            and value.metric_cls not in ("rate", "ratio", "price")
            and self._growth_noun_at(value.span)
        ):
            value.kind = "change"
            value.how.append("kind.growth_noun")
            return
        if (
            value.kind == "level"
            and isinstance(percent, PercentValue)
            and value.metric is not None
            and (
                re.search(
                    r"\bgrowth(?: rate)?$", self.text[value.metric[0] : value.metric[1]], re.I
                )
                or self._growth_benchmark(value)
            )
        ):
            value.kind = "change"
            value.how.append("kind.growth")
            return
        if (
            value.kind == "level"
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
            and value.metric_cls not in ("rate", "ratio", "price")
            and self._growth_in_metric(value)
        ):
            # "Growth in retail sales slowed to 3.1%": the pace of the sales' growth, a change
            value.kind = "change"
            value.how.append("kind.growth_in")
            return
        if (
            value.kind == "change"
            and value.metric_cls in ("rate", "ratio")
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
        ):
            value.kind = "level"
            value.how.append("kind.rate_is_level")

    def _growth_in_metric(self, value: _Value) -> bool:
        """Whether "growth in" or "growth of" opens the metric phrase before the value:
        "Growth in retail sales slowed to 3.1%", "growth of industrial output eased to 4.5%"."""
        if value.metric is None or value.metric[1] > value.span.start_char:
            return False
        metric = self.doc.char_span(*value.metric, alignment_mode="expand")
        i = metric.start - 1 if metric is not None else 0
        if i > 1 and self.lowers[i] == "the":
            i -= 1  # "Growth of the economy slowed to 4.6 percent"
        return (
            i > 0
            and i - 1 >= value.sentence.start
            and self.lowers[i] in ("in", "of")
            and self.lowers[i - 1] == "growth"
        )

    def _growth_noun_at(self, span: Span) -> bool:
        """ "second-quarter growth at 7.96 per cent", "growth reached 8.1%", "a 4.9% pace",
        "average raises of more than 5%": a percentage that a noun of change or pace governs
        is the size of a change."""
        doc = self.doc
        nouns = fact_words("growth_noun") | fact_words("pace_noun")
        if span.end < len(doc) and self.lowers[span.end] in fact_words("pace_noun"):
            return True
        # "an annualized pace of just 1 per cent": a word that only weighs the value aside
        fillers = fact_words("kind_filler")
        end = span.start
        while end > 0 and self.lowers[end - 1] in fillers:
            end -= 1
        before = doc[max(self.sentence_of(span.start).start, end - 3) : end]
        for i, token in enumerate(before):
            if token.lower_ in nouns:
                rest = [t.lower_ for t in before[i + 1 :]]
                if rest == ["to"]:
                    # "bringing the annual increase to 3.8%": the change's new size
                    return self._brought(before[i].i)
                return rest in (["at"], ["of"], ["was"], ["reached"], ["hit"], ["stood", "at"])
        return False

    def _brought(self, noun: int) -> bool:
        """Whether a verb that sets a quantity's new size governs the noun at token ``noun``,
        across its determiner and adjectives ("bringing the annual increase", "taking its
        gain")."""
        lowers = self.lowers
        j = noun - 1
        while j > 0 and j > noun - 4 and lowers[j] not in fact_words("bring_verb"):
            if lowers[j] not in ("the", "its", "their") and not self.plain(j):
                return False
            j -= 1
        return lowers[j] in fact_words("bring_verb")

    def _growth_benchmark(self, value: _Value) -> bool:
        """ "The growth rate was 0.8 points higher than the national average of 5.2 percent":
        the benchmark a growth rate is compared with is a growth rate too."""
        assert value.metric is not None
        # within a reach, so that a sentence listing many values stays linear
        start = max(value.sentence.start_char, value.metric[0] - _GROWTH_BENCHMARK_REACH)
        return _GROWTH_THAN.search(self.text, start, value.metric[0]) is not None

    def _percent_of(self, span: Span) -> str | None:
        """ "About 40% of the district's workforce", "61% of the group's output": a share."""
        doc = self.doc
        if span.label_ != "PERCENT" or span.end + 1 >= len(doc) or self.lowers[span.end] != "of":
            return None
        i = span.end + 1
        if i + 1 < len(doc) and self.lowers[i] in ("the", "its", "their"):
            i += 1  # "62.6 percent of the 292.46 billion patacas of 2019": a ratio to a level
        following = doc[i]
        if following.ent_type_ == "DATE":
            # "74.5% of the full-year target", "19.4% of this year's budget": part of a whole
            # that a date qualifies (not "of 2019", nor "of the 2019 level")
            j = i
            while j < min(len(doc) - 1, i + 6) and doc[j].ent_type_ == "DATE":
                j += 1
            if self.lowers[j] in ("'s", "\u2019s") and j + 1 < len(doc):
                j += 1
            whole = fact_words("kind_plan_noun") | fact_words("total_word")
            return "share.percent_of" if self.lowers[j] in whole else None
        if following.ent_type_ in ("MONEY", "PERCENT") or following.like_num:
            return None
        if following.lower_ in ("which", "levels", "level"):
            return None
        return "share.percent_of"

    def _listed(self, first: Span, second: Span) -> bool:
        """Two values joined as a list: "5.1 and 6.6 percent", "3.5%, 7.1% and 6.3%", "rose 6.1
        pct in the fourth quarter, and 4.3 pct in December" (each with its period)."""
        between = list(self.doc[first.end : second.start])
        dated = 0
        while dated < len(between) and (
            between[dated].ent_type_ == "DATE"
            or (dated == 0 and between[0].lower_ in ("in", "for", "during"))
        ):
            dated += 1
        if dated and (dated == 1 or between[dated - 1].ent_type_ != "DATE"):
            return False  # "in" and no date after it
        between = between[dated:]
        return len(between) > 0 and all(t.text in (",", "and", "or") for t in between)

    def _gapped(self, first: Span, second: Span) -> bool:
        """A list whose verb is said once: "Retail sales rose 7 percent, industrial output 4.5
        percent and investment 3 percent": a comma or "and" after the first value, then only
        the plain words of the next quantity (a lexicon phrase) before the second."""
        lowers = self.lowers
        i = first.end
        if first.label_ != second.label_:
            return False  # "rose 7 percent to $5 billion, and net profit 12 percent"
        if i < second.start and lowers[i] == ",":
            i += 1
        if i < second.start and lowers[i] == "and":
            i += 1
        if i == first.end or second.start - i > 6 or i == second.start:
            return False
        # the words name a quantity of the lexicon ("board declares ₹11 dividend" names none)
        return all(self.plain(k) for k in range(i, second.start)) and any(
            m.end == second.start for m in self.metric_index.between(i, second.start)
        )

    def _direction(self, value: _Value, previous: _Value | None) -> str:
        span = value.span
        if "kind.restated_change" in value.how and previous is not None:
            # "an increase of 5.4 percent, or 5.3 percent in real terms": the same change's way
            return previous.direction
        if "kind.from_a_change" in value.how and previous is not None:
            # "the economy expanded 1.2% in 2023, down from 3.8%": the earlier growth's own
            return previous.direction
        growth = (
            value.metric is not None
            and re.search(r"\bgrowth\b", self.text[value.metric[0] : value.metric[1]], re.I)
        ) or "kind.growth_in" in value.how
        if value.kind == "target" and not growth and self._level_to_reach(value):
            return "none"
        saver = span.start - 1
        while saver > value.clause[0] and self.lowers[saver] in (
            "a",
            "an",
            "further",
            "additional",
            "another",
            "about",
            "around",
            "up",
            "to",
        ):
            saver -= 1  # "aimed to save a further ZAR 3 billion"
        if (
            value.kind == "target"
            and span.label_ == "MONEY"
            and saver >= value.clause[0]
            and self.lowers[saver] in fact_words("saving_verb")
        ):
            return "decrease"  # a saving is a cut of costs
        if (
            value.kind == "target"
            and span.label_ == "MONEY"
            and not growth
            and not (
                span.end < len(self.doc) and self.lowers[span.end] in fact_words("growth_noun")
            )
            and not any(
                cue.rule.category == "change"
                for _, cue in self.covering(span, value.clause, ("change",))
            )
        ):
            # "ahead of the £2.2 billion consensus", "free cash flow of 9 billion kronor" in an
            # outlook: an amount forecast is a level to reach unless a change cue governs it
            return "none"
        percent = value.data.value
        if (
            growth
            and value.kind == "change"
            and span.start > 0
            and self.lowers[span.start - 1] == "to"
            and isinstance(percent, PercentValue)
            and (percent.number() or 0) > 0
        ):
            # "GDP growth eased to 4.6%": the pace moved, the economy still grew 4.6%
            return "increase"
        if (
            value.kind == "target"
            and not growth
            and value.metric_cls in ("rate", "ratio")
            and "metric.left" in value.how
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
        ):
            # "a rise in consumer prices of around 3 percent" as a goal: a rate that is a level
            # by nature (as _rate_is_level reads outcomes), named in its clause, no change
            return "none"
        if (
            span.end + 1 < len(self.doc)
            and self.lowers[span.end] == "of"
            and self.lowers[span.end + 1] in fact_words("metric_rate_move")
        ):
            moved = word_direction(self.lowers[span.end + 1])  # "half a percent of easing"
            if moved != "none":
                return moved
        if "metric.pace" in value.how:
            verb = self._pace_verb(span, value.sentence.start)
            if verb is not None:
                return word_direction(self.lowers[verb])  # "shrank at an annual rate of 2.9%"
        if "kind.revision" in value.how:
            verb = self._revision_verb(span, value.clause)
            if verb is not None and (revised := word_direction(self.lowers[verb])) != "none":
                return revised  # "cut its growth forecast by 0.2 points": the revision's way
        percent = value.data.value
        if isinstance(percent, PercentValue) and percent.direction != "none":
            return percent.direction
        # "cut energy consumption per unit of GDP by 3 percent": the verb stands before its object
        # ("cut its policy rate by a total of 125 basis points": the cue may be longer)
        by = any(
            c.rule.id == "change.by" and c.end == span.start
            for c in self.cue_index.between(max(0, span.start - 5), span.start)
        )
        window = 14 if by or (span.start > 0 and self.lowers[span.start - 1] == "by") else 6
        found = find_direction(self.text, value.data.start, value.data.end, window, facts=True)
        if found == "none" and growth:
            return "increase"  # "GDP growth of 7 per cent", "a forecast of 2% (growth)"
        if (
            found == "none"
            and previous is not None
            and ("kind.list" in value.how or "kind.gapped" in value.how)
        ):
            return previous.direction  # "exceeded the 2019 levels by 27.8% and 30.6%"
        return found

    def _level_to_reach(self, value: _Value) -> bool:
        """A target stated as the level to reach ("aims to lift transactions to 300 billion
        yuan", "raised its forecast to 8.5%", "sees inflation at 45%") or money to raise ("plans
        to raise up to HK$3.9 billion") says no direction of a change."""
        span = value.span
        if span.start > 0 and self.lowers[span.start - 1] in ("to", "at"):
            return True
        found = self.covering(span, value.clause, ("level",))
        return any(cue.rule.id == "level.raised" for _, cue in found)

    def _basis(self, value: _Value) -> None:
        if value.kind != "change":
            return
        found = self.covering(value.span, value.clause, ("basis",))
        if not found and value.clause[1] < value.sentence.end:
            # "up 4.1% compared with the same month a year ago": the comparison word that ends
            # the clause opens the basis itself (one of the next sentence is its own)
            end = value.clause[1]
            opening = [
                c for c in self.cue_index.between(end, end + 1) if c.rule.category == "basis"
            ]
            if opening:
                reach = (value.clause[0], max(c.end for c in opening))
                found = self.covering(value.span, reach, ("basis",))
        if found:
            _, cue = min(found, key=lambda t: t[0])
            value.basis = cue.rule.value

    def _basis_of_base(self, value: _Value) -> None:
        """A change measured from a date named right after it: "up 14.6 percent over 2022" of a
        2023 figure, "up 7.5 percent from last year", "compared with the same holiday last
        year" are year on year; "up 0.2 points from October" of a November figure month on
        month, "from the third quarter" of a fourth-quarter one quarter on quarter. A base of
        another length ("up 21.3 percent on 2019" of 2023) states no basis."""
        if value.kind != "change" or value.basis is not None:
            return
        span = value.span
        found = self.date_index.between(span.end, min(value.sentence.end, span.end + _BASE_REACH))
        at = span.end_char
        own = _OWN_DATE_BEFORE.match(self.text, at)
        if own is not None and found and found[0].start_char == own.end():
            at = found[0].end_char  # "rose 1.2 percent in 2024 | compared with 2023"
        words = _BASE_AFTER.match(self.text, at)
        if words is None:
            return
        ent = next((d for d in found if d.start_char >= words.end()), None)
        gap = self.text[words.end() : ent.start_char] if ent is not None else ""
        same = _SAME_GAP.fullmatch(gap) is not None
        if ent is None or not (same or not gap):
            return
        base = self.resolved(ent)
        period = value.period or ""
        # "up 1.2 percent compared with a year earlier", "from the previous year": the year
        # before the one in view, whatever part of it the figure covers
        year_back = ent.text.lower() in _YEAR_BACK_BASES and base != period
        if (
            year_back
            or (base and base == periods.shift_years(period, -1))
            or (same and base and re.fullmatch(r"\d{4}", base) and period[:4] == str(int(base) + 1))
        ):
            value.basis = "year_on_year"
        elif (
            base
            and re.fullmatch(r"\d{4}-\d\d", period)
            and base == periods.months_before(period, 1)
        ):
            value.basis = "month_on_month"
        elif (
            base
            and re.fullmatch(r"\d{4}-Q[1-4]", period)
            and base == periods.months_before(period, 3)
        ):
            value.basis = "quarter_on_quarter"
        else:
            return
        value.how.append("basis.base_date")

    # metric ----------------------------------------------------------------------------------

    def _metric(self, value: _Value, previous: _Value | None) -> None:
        span, clause = value.span, value.clause
        same_clause = previous is not None and previous.clause == clause
        segment = previous.span.end if previous is not None and same_clause else clause[0]
        pronoun = any(
            c.rule.category == "pronoun" for c in self.cue_index.between(segment, span.start)
        )
        if pronoun and previous is not None and previous.metric is not None:
            value.take_metric(self._head_of(previous), previous.phrase, "metric.pronoun")
            return
        priced = self._priced(span, clause)
        if priced is not None:
            value.take_metric(self.char_range(priced.start, priced.end), priced, "metric.priced")
            return
        labelled = self._line_label(value)
        if labelled is not None:
            value.take_metric(labelled, None, "metric.line_label")
            return
        returned = self._returned_to_holders(span, clause)
        if returned is not None:
            value.take_metric(self.char_range(*returned), None, "metric.returned")
            return
        allocated = self._allocated_to(span, clause)
        if allocated is not None:
            value.take_metric(allocated[0], allocated[1], "metric.allocated")
            return
        bought = self._bought_company(span, clause)
        if bought is not None and self._named_after(span) is None:
            value.take_metric(bought, None, "metric.bought_company")
            return
        moved = self._stock_move(value)
        if moved is not None:
            value.take_metric(self.char_range(moved.start, moved.end), moved, "metric.stock_move")
            return
        group = self._sector_move(value, previous)
        if group is not None:
            value.take_metric(self.char_range(group.start, group.end), group, "metric.sector_move")
            return
        if "kind.use_of_proceeds" in value.how:
            start = span.end + 1
            while start < clause[1] and self.lowers[start] in ("a", "an", "the", "its"):
                start += 1
            end = start
            while end < clause[1] and end < start + 6 and self.plain(end):
                end += 1
            end = self._listed_words(end, clause[1])  # "15% to research and development"
            if end > start:
                inside = next(iter(self.metric_index.between(start, end)), None)
                value.take_metric(self.char_range(start, end), inside, "metric.use_of_proceeds")
                return
        as_part = self._as_part_of(span, clause)
        if as_part is not None:
            inside = next(iter(self.metric_index.between(*as_part)), None)
            value.take_metric(self.char_range(*as_part), inside, "metric.as_part_of")
            return
        share_of = self._share_of(span, clause)
        if share_of is not None and value.kind in ("share", "target", "change"):
            owned = self._share_owner(share_of, clause)
            if owned is not None:
                value.take_metric(owned, None, "metric.share_owner")
                return
            start = share_of.end + (self.lowers[share_of.end] == "the")
            end = start
            while end < span.start and end < start + 6 and self.plain(end):
                end += 1
            if end == start and self._noun_cue(start):
                end += 1  # "its share of the market": a cue word that is a noun here
            if end > start:
                end = self._overdue_tail(end, span.start)
                inside = next(iter(self.metric_index.between(start, end)), None)
                value.take_metric(self.char_range(start, end), inside, "metric.share_of")
                return
        noun = self._past_basis(span.end, clause[1]) if span.end < clause[1] else span.end
        if (
            noun + 1 < clause[1]
            and self.lowers[noun] in fact_words("growth_noun")
            and self.lowers[noun + 1] in ("in", "of")
        ):
            # "reported a 41% jump in third-quarter consolidated net profit"
            grown = self._right_phrase(span, clause, value.kind)
            if grown is not None:
                value.take_metric(grown[0], grown[1], "metric.growth_in")
                return
        valued = self._valuation(span, clause)
        if valued is not None:
            value.take_metric(valued, None, "metric.valuation")
            return
        figures = self._restated_respectively(value)
        if figures is not None:
            value.take_metric(figures[0], figures[1], "metric.restated_respectively")
            return
        part = self._share_part(value, previous)
        if part is not None:
            value.take_metric(part[0], part[1], "metric.share_part")
            return
        worth = self._worth(span, clause)
        if worth is not None:
            value.take_metric(worth, None, "metric.worth")
            return
        named = self._named_after(span)
        if named is not None:
            value.take_metric(self.char_range(named.start, named.end), named, "metric.apposition")
            return
        if "kind.cause_amount" in value.how:
            cause = self._right_phrase(span, clause, value.kind)
            if cause is not None:
                value.take_metric(cause[0], cause[1], "metric.cause")
                return
        made_of = self._made_of(span, clause, value.kind)
        if made_of is not None:
            value.take_metric(made_of[0], made_of[1], "metric.amount_of")
            return
        move = self._rate_move(value)
        if move is not None:
            value.take_metric(move, None, "metric.rate_move")
            return
        fined = self._fined(span, clause)
        if fined is not None:
            value.take_metric(fined, None, "metric.fined")
            return
        pace = self._pace_of_change(span, segment)
        if pace is not None:
            value.take_metric(self.char_range(pace.start, pace.end), pace, "metric.pace")
            return
        participle_phrase = self._participle_phrase(span, segment)
        if participle_phrase is not None:
            value.take_metric(participle_phrase, None, "metric.participle_phrase")
            return
        respective = self._respective_phrases(value)
        if respective is not None:
            value.take_metric(respective, None, "metric.respective_phrase")
            return
        with_phrase = self._with_phrase(span, clause)
        if with_phrase is not None:
            # "Capital adequacy ratio stood at 16.9 per cent, with CET-1 at 14.8 per cent"
            in_with = [
                m for m in self.metric_index.between(*with_phrase) if m.end <= with_phrase[1]
            ]
            value.take_metric(
                self.char_range(*with_phrase),
                in_with[-1] if in_with else None,
                "metric.with_phrase",
            )
            return
        modified = self._modified_noun(span, clause)
        if modified is not None and self._attached_after(span) is None:
            # "hit by a 300 million euro charge", "a 5% pay rise": the noun the value modifies
            value.take_metric(
                self.char_range(modified[0], modified[1]), None, "metric.modified_noun"
            )
            return
        for how, found in (
            ("metric.respectively", self._respectively(value)),
            ("metric.growth_of", self._growth_of(span)),
            ("metric.compound", self._attached_after(span)),
            ("metric.left", self._left_phrase(span, segment)),
            ("metric.growth_after", self._growth_after(span, clause)),
        ):
            if found is not None:
                if how == "metric.left" and same_clause and self._new_object(span):
                    assert previous is not None
                    # "$2 billion in term loans and $500 million in bonds": the phrase before
                    # is the previous amount's, this one has its own
                    own = self._right_phrase(span, clause, value.kind)
                    if (
                        own is not None
                        and own[1] is not None
                        and previous.metric == self.char_range(found.start, found.end)
                    ):
                        value.take_metric(own[0], own[1], "metric.right")
                        return
                if (
                    how == "metric.left"
                    and previous is not None
                    and previous.metric is not None
                    and previous.sentence == value.sentence
                    and self._benchmark_gap(found, span)
                ):
                    # "GDP grew 6.1 percent, outpacing the national figure by 0.8 percentage
                    # points": the gap is the quantity measured before, the figure its benchmark
                    value.take_metric(previous.metric, previous.phrase, "metric.benchmark_gap")
                    return
                if how == "metric.left" and self._limit_on(span, clause):
                    # "Zero-tariff rules and the cap of 15 percent on corporate income tax": a
                    # limit set on a quantity measures that quantity
                    own = self._right_phrase(span, clause, value.kind)
                    if own is not None:
                        value.take_metric(own[0], own[1], "metric.limit_on")
                        return
                if how == "metric.left" and self._after_result_participle(span, clause):
                    # "Domestic trips totaled 120 million, generating 95 billion yuan in
                    # spending": a clause of result names its own quantity after the amount
                    own = self._right_phrase(span, clause, value.kind)
                    if own is not None and own[1] is not None:
                        value.take_metric(own[0], own[1], "metric.result_object")
                        return
                if how == "metric.left" and self._whole_of_share(found, previous, span):
                    assert previous is not None and previous.metric is not None
                    # "accounted for 41% of wafer revenue, up 6 percentage points": the change
                    # of the share is the part's, not the whole's
                    value.take_metric(previous.metric, previous.phrase, "metric.share_change")
                    return
                if how == "metric.left" and (joined := self._joined_clause(found, span)):
                    # "Ningbo aims to lift container throughput to ..., and diesel use at the
                    # port fell 8.2 percent": the clause after ", and" states its own quantity
                    value.take_metric(joined, None, "metric.joined_clause")
                    return
                end = found.end
                if self._listed_parts(found, value.sentence):
                    end = found.head_end  # "the added values of its primary, secondary and ..."
                elif how == "metric.compound":
                    end = self._purpose_named(found.end, clause[1])
                start = self._past_superlatives(found)
                value.take_metric(self.char_range(start, end), found, how)
                return
        through_growth = span.end < len(self.doc) and self.lowers[span.end] in fact_words(
            "growth_noun"
        )
        chain = (
            previous is not None
            and previous.metric
            and previous.sentence == value.sentence
            and not self._verb_after_aside(span, previous)
        )
        # "About 40% of the district's workforce holds": the part after "of" is the metric,
        # unless the sentence has measured it already ("rose to 12.5 million, or 41.2% of ...")
        restated = span.start > 0 and self.lowers[span.start - 1] == "or"
        part_of = value.how[-1:] == ["share.percent_of"] and not chain and not restated
        right = self._right_phrase(span, clause, "level" if part_of else value.kind)
        if right is not None and self._own_value(right[0]):
            # "The Turkish lira has lost about 8% of its value": the lira's
            sentence = value.sentence
            owner = [
                m
                for m in self.metric_index.between(sentence.start, span.start)
                if m.end <= span.start
            ]
            if owner:
                right = self.char_range(owner[-1].start, owner[-1].end), owner[-1]
        if chain and (stated := self._stated_phrase(span, previous)) is not None:
            # "..., while the broader market fell 0.4%": a new statement, a new metric
            value.take_metric(stated, None, "metric.stated")
            return
        new_object = right is not None and right[1] is not None and self._new_object(span)
        if chain and (right is None or (same_clause and not through_growth and not new_object)):
            assert previous is not None and previous.metric is not None
            value.take_metric(previous.metric, previous.phrase, "metric.chain")
            return
        if right is not None:
            value.take_metric(right[0], right[1], "metric.right")
            return
        counted = self._counted_before(span, clause)
        if counted is not None:
            # "The port handled 27.6 million TEUs, an increase of 11.8 percent"
            value.take_metric(counted, None, "metric.counted")
            return
        generic = self._generic_phrase(span, segment)
        participle = self._participle_subject(generic, value.sentence)
        if participle is not None:
            value.take_metric(
                self.char_range(participle.start, participle.end), participle, "metric.participle"
            )
        elif generic is not None:
            value.take_metric(generic, None, "metric.phrase")
        elif (opened := self._pronoun_for_subject(value)) is not None:
            value.take_metric(
                self.char_range(opened.start, opened.end), opened, "metric.pronoun_subject"
            )
        elif (earlier := self._earlier_clause_metric(value, previous)) is not None:
            value.take_metric(
                self.char_range(earlier.start, earlier.end), earlier, "metric.earlier_clause"
            )
        elif previous is not None and previous.metric:
            metric, phrase = previous.metric, previous.phrase
            if phrase is not None and "metric.with_phrase" in previous.how:
                # "..., with sales in North America up 18 percent. In China, they fell 21
                # percent": the part was the previous figure's; the quantity goes on
                metric = self.char_range(phrase.start, phrase.head_end)
            value.take_metric(metric, phrase, "metric.previous_sentence")

    def _returned_to_holders(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "plans to return £1.6 billion to shareholders through buybacks and dividends",
        "returned $4 billion to shareholders": capital handed back to its holders; the means
        after "through"/"via"/"in" name the quantity, else the verb does (tokens). A
        participle after a comma restates the payout just named."""
        lowers = self.lowers
        verb = span.start - 1
        while verb > clause[0] and lowers[verb] in ("a", "an", "further", "another", "about"):
            verb -= 1  # "return a further $2 billion"
        j = span.end
        if (
            verb < clause[0]
            or lowers[verb] not in fact_words("return_verb")
            # "a dividend of 62 cents a share, returning about A$1.4bn to shareholders": the
            # amount of the payout just named
            or (verb > 0 and lowers[verb - 1] == "," and lowers[verb].endswith("ing"))
            or j + 1 >= clause[1]
            or lowers[j] != "to"
            or lowers[j + 1] not in fact_words("holder")
        ):
            return None
        k = j + 2
        while k < clause[1] and k < j + 6 and self.doc[k].ent_type_ == "DATE":
            k += 1  # "to shareholders this year through ..."
        if k + 1 < clause[1] and lowers[k] in ("through", "via", "in"):
            end = self._plain_run(k + 1, min(clause[1], k + 8), 5)
            end = self._listed_words(end, clause[1])  # "through buybacks and dividends"
            if end > k + 1:
                return k + 1, end
        return verb, verb + 1

    def _earlier_clause_metric(self, value: _Value, previous: _Value | None) -> Metric | None:
        """ "Statistics New Zealand will publish fourth-quarter GDP next month; economists
        expect a fall of 0.1%": a value whose clause names no quantity, first of its sentence,
        measures the last lexicon phrase of the clauses before it (a window), not the quantity
        of the sentence before."""
        sentence, opening = value.sentence, value.clause[0]
        if opening <= sentence.start or (
            previous is not None and previous.span.start >= sentence.start
        ):
            return None
        named = [
            m
            for m in self.metric_index.between(max(sentence.start, opening - 30), opening)
            if m.end <= opening and m.cls != "growth" and not self._example(m)
        ]
        return named[-1] if named else None

    def _rate_move(self, value: _Value) -> tuple[int, int] | None:
        """ "voted for a cut of 25 basis points", "the first cut, of 25 basis points", "half a
        percent of easing", "between 125 and 150 basis points of cuts": points of a rate move,
        when the sentence names no rate before them, measure the move ("cut", "first cut",
        "easing"); "kept its reference rate at 5.75 pct, after cuts of 75 basis points" are the
        rate's."""
        span, sentence, percent = value.span, value.sentence, value.data.value
        if not isinstance(percent, PercentValue):
            return None
        points = percent.unit == "percentage_point"
        lowers, moves = self.lowers, fact_words("metric_rate_move")
        i = span.start - 1
        if points and i > sentence.start and lowers[i] == "of":
            i -= 1
            if i > sentence.start and lowers[i] == ",":
                i -= 1
            if lowers[i] not in moves:
                return None
            start, end = i, i + 1
            # "the first cut", "a further rise", "its last increase"
            if (
                start - 2 >= sentence.start
                and self.plain(start - 1)
                and lowers[start - 2] in ("the", "a", "an", "its", "their", "another")
            ):
                start -= 1
        elif (
            span.end + 1 < sentence.end
            and lowers[span.end] == "of"
            and lowers[span.end + 1] in moves
        ):
            start, end = span.end + 1, span.end + 2
        elif points and span.end < sentence.end and lowers[span.end] in moves:
            # "a 25 basis point cut", "a 50-basis-point hike in its policy rate": the rate
            # after the move when one is named there, else the move
            start, end = span.end, span.end + 1
            if end + 1 < sentence.end and lowers[end] in ("in", "to", "of", "on"):
                for m in self.metric_index.between(end + 1, end + 3):
                    if m.cls == "rate" and all(
                        lowers[k] in ("the", "its", "their") for k in range(end + 1, m.start)
                    ):
                        return self.char_range(m.start, m.end)
        else:
            return None
        # a window, not the whole sentence: a sentence of thousands of values stays linear
        if any(
            m.cls == "rate"
            and m.end <= span.start
            # "a 90% chance of a 25 basis point cut": a probability is no rate the points move
            and lowers[m.head_end - 1] not in fact_words("probability")
            for m in self.metric_index.between(max(sentence.start, span.start - 40), span.start)
        ):
            return None
        return self.char_range(start, end)

    def _restated_increment(self, comma: int, floor: int) -> int:
        """ "produced 56.3 million tonnes of grain, an increase of 0.67 million tonnes, or 1.2
        percent": the comma before the increment in things counted that the percentage
        restates; ``comma`` when no such increment stands before it."""
        lowers, doc = self.lowers, self.doc
        j = comma - 1
        units = 0
        while j > floor and units < 2 and self.plain(j) and not doc[j].like_num:
            j -= 1  # "tonnes", "TEUs"
            units += 1
        if units == 0 or not (doc[j].like_num and not doc[j].ent_type_):
            return comma
        while j > floor and doc[j].like_num and not doc[j].ent_type_:
            j -= 1  # "0.67 million"
        cue = j
        while j > floor and (j in self.cue_tokens or lowers[j] in ("an", "a")):
            j -= 1  # "an increase of", "up"
        return j if j < cue and lowers[j] == "," else comma

    def _counted_before(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "generated 155.2 billion kilowatt-hours of electricity from wind and solar last
        year, up 21.6 percent", "produced 680,000 new energy vehicles last year, about 7 percent
        of the national total": a percentage set off after a number of things counted (no
        mention of money) measures the things counted."""
        lowers, doc = self.lowers, self.doc
        i = span.start - 1
        floor = max(clause[0], self.sentence_of(span.start).start, span.start - 25)
        # back over the value's cue words and a date: ", up", ", about", ", an increase of"
        while i > floor and (
            i in self.cue_tokens
            or doc[i].ent_type_ == "DATE"
            or lowers[i] in ("about", "around", "nearly", "or", "an", "a", "some", "roughly")
        ):
            i -= 1
        if lowers[i] != ",":
            return None
        i = self._restated_increment(i, floor)
        end = i
        while end > floor and doc[end - 1].ent_type_ == "DATE":
            end -= 1  # "last year"
        if end < i and end > floor and lowers[end - 1] in ("in", "during", "for"):
            end -= 1  # "in 2023"
        start = end
        while start > floor and (
            self.plain(start - 1) or lowers[start - 1] in ("and", "of", "from", ",")
        ):
            start -= 1
        number = start - 1
        while number > floor and doc[number].like_num and not doc[number].ent_type_:
            number -= 1  # "155.2 billion"
        if number == start - 1 or doc[start - 1].ent_type_ or not doc[start - 1].like_num:
            return None
        while start < end and lowers[start] in multiplier_words():
            start += 1  # "27.6 million TEUs"
        # past a unit: "kilowatt-hours of electricity"; else a phrase of two words or more
        # ("new energy vehicles"): one word after a number is its unit ("9.51 million tons")
        of = next((k for k in range(start, end) if lowers[k] == "of"), None)
        if of is not None and of + 1 < end:
            start = of + 1
        elif sum(
            doc[k].text != "-" and not (k > start and doc[k - 1].text == "-")
            for k in range(start, end)
        ) < 2 and "".join(lowers[start:end]) in fact_words("measure_unit"):
            return None  # "9.51 million tons", "kilowatt-hours": a unit of measure
        while start < end and not self.plain(start):
            start += 1
        while end > start and not self.plain(end - 1):
            end -= 1
        return self.char_range(start, end) if end > start else None

    def _with_phrase(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ ", with CET-1 at 14.8 per cent", ", with sales in North America up 18 percent",
        ", with oil and gas revenues accounting for 32.6%": in a clause of "with", a noun phrase
        and the verb or preposition of the value, the noun phrase is the quantity (with its part
        phrase)."""
        lowers, doc = self.lowers, self.doc
        if "with" not in lowers[max(clause[0], span.start - 14) : span.start]:
            return None  # most values: no "with" near
        i = span.start - 1
        while i > clause[0] and i >= span.start - 4 and i in self.cue_tokens:
            i -= 1  # the cue words of the value: "at", "up", "accounting for"
        stop = i + 1
        if stop == span.start:
            return None
        # a part phrase: "in North America", "with Central Asian countries"
        # or a list: "outlays on education, culture and recreation"
        head_end, k = stop, stop - 1
        while (
            k > stop - 8
            and k > clause[0]
            and (
                doc[k].ent_type_ in ("GPE", "LOC", "NORP")
                or self.plain(k)
                or (lowers[k] in (",", "and") and k + 1 < stop and self.plain(k + 1))
            )
        ):
            k -= 1
        if k < stop - 1 and k > clause[0] and lowers[k] in ("in", "with", "to", "on"):
            head_end = k
        start = head_end
        while (
            start > clause[0] + 1
            and start > head_end - 6
            and (
                self.plain(start - 1)
                or lowers[start - 1] == "and"
                or doc[start - 1].text == "-"
                # "CET-1": a name with a number, one token
                or (
                    "-" in doc[start - 1].text
                    and doc[start - 1].text[0].isalpha()
                    and not doc[start - 1].ent_type_
                )
            )
        ):
            start -= 1
        while start < head_end and lowers[start] == "and":
            start += 1
        before = start
        while before > clause[0] and lowers[before - 1] in ("the", "a", "an", "its", "their"):
            before -= 1
        if (
            start == head_end
            or before < clause[0] + 2
            or lowers[before - 1] != "with"
            or lowers[before - 2] != ","
        ):
            return None
        head = lowers[head_end - 1]
        if (
            head in self.finder.owner_nouns
            or head in fact_words("people")
            or head in fact_words("forecast_noun")
            or head in fact_words("reference")
        ):
            return None
        return start, stop

    def _joined_clause(self, metric: Metric, span: Span) -> tuple[int, int] | None:
        """ "Each upgraded mu yields about 100 jin more grain, and crop insurance now pays up to
        800 yuan per mu", "Ningbo aims to lift container throughput to ..., and diesel use at
        the port fell 8.2 percent": a comma and a conjunction between the metric before the
        value and the value open a new clause; the noun phrase that opens it, before the verb
        of the value, is the quantity."""
        lowers = self.lowers
        joint = self._joint(span.start, metric.end)
        if joint is None:
            return None
        verb = next(
            (
                c
                for c in self.cue_index.between(joint + 1, span.start)
                if c.rule.predicate and c.end <= span.start
            ),
            None,
        )
        if verb is None:
            return None
        opening = joint + 1
        while opening < verb.start and lowers[opening] in ("the", "its", "their"):
            opening += 1
        closing = opening
        while closing < verb.start and closing < opening + 5 and self.plain(closing):
            closing += 1
        # "crop insurance now pays": an adverb between the phrase and its verb
        while closing > opening and lowers[closing - 1] in fact_words("part_adverb"):
            closing -= 1
        if (
            closing == opening
            or lowers[closing - 1] in self.finder.owner_nouns
            or lowers[closing - 1] in fact_words("people")
            or any(lowers[k] in fact_words("sensitivity") for k in range(opening, closing))
        ):
            return None
        return self.char_range(opening, closing)

    def _whole_of_share(self, metric: Metric, previous: _Value | None, span: Span) -> bool:
        """Whether ``metric`` is the whole a share just before names ("46.8 percent of
        exports", "41% of the wafer revenue", "61% of the group's output"), when that share has
        a metric of its own, and no
        verb after the whole makes it the subject of a statement of its own ("of GDP, which
        grew 5%")."""
        if previous is None or previous.kind not in ("share", "target") or previous.metric is None:
            return False  # (a target "of 2.78% of GDP next year" names its whole too)
        gap = self.lowers[previous.span.end : metric.start]
        owner = len(gap) >= 3 and gap[-1] in ("'s", "\u2019s")
        if owner:
            gap = gap[:-2]  # "61% of the group's output"
        return (
            0 < len(gap) <= 3
            and gap[0] == "of"
            and all(w in ("the", "its", "their") for w in gap[1:])
            and not any(
                w in self.finder.verbs or w in fact_words("relative")
                for w in self.lowers[metric.end : span.start]
            )
        )

    def _priced(self, span: Span, clause: tuple[int, int]) -> Metric | None:
        """What a price verb is said of: "Butter sold for US$6,300", "Industrial plots sold for
        an average of 276,000 yuan per mu", "a typical hairpiece now sells for 60 to 90
        dollars", "Whole milk powder, the main driver of prices, fetched US$3,410 a tonne",
        "residential plots in central Jinan fetched 5.8 million yuan per mu": the noun phrase
        before the verb (past an aside between commas and a place after the phrase)."""
        doc, lowers = self.doc, self.lowers
        i = span.start
        floor = max(clause[0], span.start - 6)
        # "for an average of", "for a record"
        while i > floor and (
            lowers[i - 1] in ("a", "an", "of", "average")
            or lowers[i - 1] in fact_words("reference")
        ):
            i -= 1
        verbs = fact_words("metric_price_verb")
        verb = next(
            (j for j in (i - 1, i - 2) if j >= clause[0] and " ".join(lowers[j:i]) in verbs), None
        )
        if verb is None:
            return None
        end = verb
        adverbs = fact_words("metric_price_adverb")
        while end > clause[0] and end > verb - 2 and lowers[end - 1] in adverbs:
            end -= 1
        stop = max(clause[0], self.sentence_of(span.start).start)
        if end > stop and doc[end - 1].text == ",":
            # an aside between commas: "Whole milk powder, the main driver of ..., fetched"
            opening = next(
                (j for j in range(end - 2, max(stop, end - 12) - 1, -1) if doc[j].text == ","),
                None,
            )
            if opening is None:
                return None
            end = opening
        # "plots in central Jinan and Qingdao": the place after the phrase is no part of it
        k = next((k for k in range(end - 2, max(stop, end - 8) - 1, -1) if lowers[k] == "in"), None)
        if k is not None:
            place = doc[k + 1 : end]
            if any(t.ent_type_ in SUBJECT_LABELS for t in place) and all(
                t.ent_type_ in SUBJECT_LABELS or t.lower_ in ("and", ",") or self.plain(t.i)
                for t in place
            ):
                end = k
        start = self._words_before(end, stop)
        if start == end or lowers[end - 1] in self.finder.owner_nouns:
            return None
        head = start
        while head - 1 > stop and lowers[head - 1] == "of" and self.plain(head - 2):
            head -= 1  # "a standard crate of apples": the "of" phrase says what is sold
            while head > stop and head > start - 5 and self.plain(head - 1):
                head -= 1
        return Metric(head, end, "event", end, "any", end)  # a sale: the price it fetched

    def _worth(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """What an amount is the worth or cost of: "152 projects each worth more than 100
        million yuan", "consumption vouchers worth 500 million yuan", "The first phase, costing
        6.5 billion yuan, includes": the noun phrase right before "worth" (past "each") or
        before the comma of a participle ("costing")."""
        lowers, k = self.lowers, span.start - 1
        if k <= clause[0] or lowers[k] not in fact_words("metric_worth"):
            return None
        participle = lowers[k] != "worth"
        k -= 1
        if lowers[k] in ("each", "apiece"):
            k -= 1
        if participle:
            if self.doc[k].text != ",":
                return None
            k -= 1
        end = k + 1
        start = self._words_before(end, clause[0])
        if (
            start + 1 < end
            and start > 0
            and self.doc[start - 1].text == ","
            and lowers[start].endswith("ing")
        ):
            start += 1  # "..., carrying goods worth 36 billion yuan": the participle's object
        if start == end or lowers[end - 1] in self.finder.owner_nouns:
            return None
        return self.char_range(start, end)

    def _named_after(self, span: Span) -> Metric | None:
        """An apposition after an amount that says what the amount is: "for US$3.2 billion in
        cash, its biggest acquisition", "for HK$10.05 billion (US$1.28 billion), the biggest
        commercial property deal in the city": a one-off (a deal) named after a comma by "its"
        or "the" and at most three describing words."""
        doc, lowers, i = self.doc, self.lowers, span.end
        if span.label_ != "MONEY":
            return None
        if i + 1 < len(doc) and doc[i].text == "(":
            i = next((j for j in range(i + 1, min(len(doc), i + 8)) if doc[j].text == ")"), i) + 1
        if i < len(doc) and lowers[i] == "in":
            # "in cash and new shares": how it is paid
            j = i + 1
            while j < min(len(doc), i + 6) and (self.plain(j) or lowers[j] == "and"):
                j += 1
            i = j
        if i + 2 >= len(doc) or doc[i].text != "," or lowers[i + 1] not in ("its", "the"):
            return None
        start = i + 2
        found = next(
            (
                m
                for m in self.metric_index.between(start, start + 4)
                if m.cls == "event" and all(self.plain(k) for k in range(start, m.start))
            ),
            None,
        )
        if found is None:
            return None
        # "its biggest acquisition": a superlative ranks the deal, it names no part of it
        first = found.start
        while first < found.head_end - 1 and lowers[first] in fact_words("metric_superlative"):
            first += 1
        return replace(found, start=first)

    def _made_of(
        self, span: Span, clause: tuple[int, int], value_kind: str
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """An amount of what its "of" phrase names, as the object of its verb: "attracted
        US$5.31 billion of foreign direct investment", "subscribe for US$120 million of
        shares", "with €1.5 billion of new shares": the phrase after "of" when it holds a
        metric phrase (not "rose to $5 billion of ...", whose metric the clause has named)."""
        doc, i = self.doc, span.end
        if span.label_ != "MONEY" or not self._new_object(span):
            return None
        if i + 1 < clause[1] and doc[i].text == "(":
            i = next((j for j in range(i + 1, min(clause[1], i + 8)) if doc[j].text == ")"), i) + 1
        if i >= clause[1] or self.lowers[i] != "of":
            return None
        right = self._right_phrase(span, clause, value_kind)
        if right is None or right[1] is None:
            return None
        if right[1].cls == "shares":
            # "US$120 million of shares": an issue or a purchase of shares, a one-off
            return right[0], replace(right[1], cls="event")
        return right

    def _verb_after_aside(self, span: Span, previous: _Value) -> bool:
        """Whether a value follows a verb that names its quantity after a comma that closes the
        clause of the previous value: "The unit, bought in 2022 for US$1.3 billion, earned
        US$12.1 million" (what was earned is no price of the purchase)."""
        verb = span.start - 1
        between = self.lowers[previous.span.end : verb]
        return (
            verb > previous.span.end
            and self.lowers[verb] in fact_words("quantity_verb")
            and "," in between
            # "while those in Fuzhou earned 63,200 yuan": "those" stands for the quantity
            and not any(w in ("those", "that") for w in between)
        )

    def _benchmark_gap(self, found: Metric, span: Span) -> bool:
        """Whether a value is the gap "by" which a quantity beats or trails the benchmark
        named right before it ("outpacing the national figure by 0.8 percentage points",
        "exceeding the national average by 12 percent")."""
        i = found.start - 1
        if i > 0 and self.lowers[i] == "the":
            i -= 1
        return (
            found.end == span.start - 1
            and self.lowers[span.start - 1] == "by"
            and i >= 0
            and self.lowers[i] in fact_words("subject_benchmark")
        )

    def _limit_on(self, span: Span, clause: tuple[int, int]) -> bool:
        """Whether a value is a limit set on what "on" names after it: "the cap of 15 percent on
        corporate income tax", "a ceiling of 8% on rent increases"."""
        i = span.start
        return (
            i - 2 >= clause[0]
            and span.end < clause[1]
            and self.lowers[i - 1] == "of"
            and self.lowers[i - 2] in fact_words("limit_noun")
            and self.lowers[span.end] == "on"
        )

    def _after_result_participle(self, span: Span, clause: tuple[int, int]) -> bool:
        """Whether a value is the object of a participle that opens a clause of result after a
        comma: ", generating 95 billion yuan in spending", ", bringing in 5 billion yuan"."""
        i = span.start - 1
        if i > clause[0] and self.lowers[i] in ("in", "up"):
            i -= 1  # "bringing in", "racking up"
        return (
            i > clause[0]
            and self.lowers[i] in fact_words("result_participle")
            and self.lowers[i - 1] == ","
        )

    def _new_object(self, span: Span) -> bool:
        """Whether a value stands as a new object of its verb, not tied by a preposition to
        the metric its clause has measured: "booked EUR 3.4 million in restructuring costs",
        "R$3.4 billion in local debentures and US$1.2 billion in bonds" (not "rose 4% to
        $4.95b on wage rises", "down from 6.4%")."""
        return not (span.start > 0 and self.lowers[span.start - 1] in fact_words("metric_link"))

    def _own_value(self, chars: tuple[int, int]) -> bool:
        """Whether a phrase is "value" after "its" or "their": the value of what was named."""
        i = bisect_left(self.token_starts, chars[0])
        return (
            0 < i < len(self.doc)
            and self.lowers[i] == "value"
            and self.doc[i].idx + 5 == chars[1]
            and self.lowers[i - 1] in ("its", "their")
        )

    def _participle_subject(self, generic: tuple[int, int] | None, sentence: Span) -> Metric | None:
        """ "The loonie weakened after the announcement, trading at 70.45 U.S. cents": a value
        governed by a participle after a comma measures what the sentence is about, the last
        metric phrase before that comma."""
        if generic is None:
            return None
        doc = self.doc
        i = bisect_left(self.token_starts, generic[0])
        if (
            i <= sentence.start
            or i >= len(doc)
            or doc[i].idx != generic[0]
            or doc[i].idx + len(doc[i].text) != generic[1]
            or not self.lowers[i].endswith("ing")
            or doc[i - 1].text != ","
        ):
            return None
        before = [m for m in self.metric_index.between(sentence.start, i - 1) if m.end <= i - 1]
        return before[-1] if before else None

    def _share_part(
        self, value: _Value, previous: _Value | None
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """ "Its top five customers contributed 61.4% of revenue", "The secondary industry,
        which covers construction, produced 48.2 percent of output", "Industry contributed 690
        billion yuan, or 44.7 percent of GDP": a share's metric is the part, the noun phrase
        before the verb that gives the share. When the part is a place or a company ("Wuhan,
        the provincial capital, accounted for nearly 50 percent of the province's new loans",
        "The two cities together accounted for 45.3 pct of the provincial total"), the part
        is the subject and the metric is the whole's quantity: the noun after "of", or, for a
        "total", the quantity the previous value measured."""
        span, doc, clause = value.span, self.doc, value.clause
        restated = (
            span.label_ == "MONEY"
            and span.end + 3 < clause[1]
            and doc[span.end].text == ","
            and self.lowers[span.end + 1] == "or"
            and doc[span.end + 2].ent_type_ == "PERCENT"
        )
        if not (value.kind == "share" or restated) or span.start <= clause[0]:
            return None
        verb = next(
            (
                c.start
                for c in self.cue_index.between(max(clause[0], span.start - 3), span.start)
                if c.rule.id == "share.verb" and c.end == span.start and c.rule.predicate
            ),
            None,
        )
        if verb is None and self.lowers[span.start - 1] in fact_words("part_verb"):
            verb = span.start - 1
        if verb is None:
            return None
        end = verb
        while end > clause[0] and self.lowers[end - 1] in fact_words("part_adverb"):
            end -= 1  # "Industry alone contributed", "such paper still makes up"
        if end > clause[0] and doc[end - 1].text == "," and self.lowers[verb].endswith("ing"):
            # "rose 9 per cent to 25,123 yuan, accounting for 55.3 per cent of the total": the
            # part is what the clause before measured
            if previous is not None and previous.metric is not None and previous.clause == clause:
                return previous.metric, previous.phrase
            return None
        if end > clause[0] and doc[end - 1].text == ",":
            # past an aside: "The secondary industry, which covers manufacturing, produced"
            opening = next(
                (i for i in range(end - 2, max(clause[0], end - 14) - 1, -1) if doc[i].text == ","),
                None,
            )
            if opening is None:
                return None
            # "the largest, a state-owned grid operator, alone accounted for": the aside names it
            end = end - 1 if self.lowers[opening + 1] in ("a", "an") else opening
        start = end
        names = end
        while names > clause[0] and names > end - 5 and doc[names - 1].ent_type_ in SUBJECT_LABELS:
            names -= 1
        if (
            names < end
            and names - 2 >= clause[0]
            and self.lowers[names - 1] in ("to", "with", "from")
            and self.plain(names - 2)
        ):
            start = names - 1  # "Exports to ASEAN made up": the partner's name is in the part
        while (
            start > clause[0]
            and start > end - 12
            and (
                self.plain(start - 1)
                or self.lowers[start - 1] in ("and", "or")
                # "Exports by foreign-invested enterprises": a part named by a phrase
                or (
                    self.lowers[start - 1] in _SHARE_PART_PREPOSITIONS
                    and start - 1 > clause[0]
                    and (self.plain(start - 2) or self._participle_word(start - 2))
                )
                # "Exports to countries involved in the Belt and Road Initiative"
                or (
                    self.lowers[start - 1] == "the"
                    and start - 2 > clause[0]
                    and self.lowers[start - 2] in _SHARE_PART_PREPOSITIONS
                    and (self.plain(start - 3) or self._participle_word(start - 3))
                )
                # "Spending on people's livelihoods": what people have, no owner
                or (
                    self.lowers[start - 1] in ("'s", "\u2019s", "'", "\u2019")
                    and start - 2 > clause[0]
                    and self.lowers[start - 2] in fact_words("people")
                )
            )
        ):
            start -= 1
        while start < end and self.lowers[start] in ("and", "or"):
            start += 1
        named = end > clause[0] and doc[end - 1].ent_type_ in SUBJECT_LABELS
        owner = start < end and self.lowers[end - 1] in self.finder.owner_nouns
        spender = next((i for i in range(start + 1, end) if self.lowers[i] == "by"), None)
        if owner and spender is not None and self.plain(spender - 1):
            # "R&D spending by local companies accounted for 3.8 percent of their revenue":
            # the part is the quantity, "by" names whose it is
            end, owner = spender, False
        partner = next(
            (
                i
                for i in range(start + 1, end)
                if self.lowers[i] in ("to", "with", "from") and self.plain(i - 1)
            ),
            None,
        )
        if (named or owner) and partner is not None:
            # "Exports to ASEAN made up 16 percent of Fujian's exports", "Trade with Belt and
            # Road countries accounted for": the partners pick out the part, they own nothing
            named = owner = False
        where = next(
            (i for i in range(start + 1, end) if self.lowers[i] == "in" and self.plain(i - 1)),
            None,
        )
        if named and where is not None:
            # "Investment in Hefei accounted for": where the part is, the quantity before it
            end, named = where, False
        if named or (owner and span.end < len(doc) and self.lowers[span.end] == "of"):
            return self._share_whole(value, previous)
        if start == end or (owner and start == end - 1):
            return None  # "The company accounted for": no quantity
        inside = next(iter(self.metric_index.between(start, end)), None)
        phrase = self._participle_phrase(span, clause[0])
        if phrase is not None and phrase[0] < doc[start].idx:
            # "Chips made on 5-nanometre nodes accounted for 38%": the part opens the clause
            return phrase, None
        return self.char_range(start, end), inside

    def _valuation(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "..., valuing it at close to Rs 31,000 crore", "it would be valued at about HK$10
        billion": a valuation that no noun names is named by its verb; "the deal values Prescott
        at US$3.9 billion": by what values it."""
        doc = self.doc
        for i in range(span.start - 1, max(clause[0], span.start - 5) - 1, -1):
            word = self.lowers[i]
            if word in fact_words("valuation_verb_active"):
                # "the deal values Prescott at about US$3.9 billion": what values it, the deal
                # ("Property values rose 5 percent": a noun)
                if i > span.start - 3 or self.lowers[span.start - 1] != "at":
                    return None
                start = i
                while start > max(clause[0], i - 4) and self.plain(start - 1):
                    start -= 1
                return self.char_range(start, i) if start < i else None
            if word not in fact_words("valuation_verb"):
                continue
            opening = i > 0 and doc[i - 1].text == ","
            passive = i > 0 and self.lowers[i - 1] in ("be", "is", "was", "are", "were", "been")
            if not (opening or passive):
                return None
            # "valuing the listed fund at $650 million": what is valued, unless a company
            # ("valuing the French retailer at", "valuing it at")
            start = i + 1 + (i + 1 < span.start and self.lowers[i + 1] in ("the", "a", "an"))
            end = start
            while end < span.start and self.plain(end):
                end += 1
            named = end > start and self.lowers[end - 1] in self.finder.owner_nouns
            if end > start and not named and end < span.start and self.lowers[end] == "at":
                return self.char_range(start, end)
            return self.char_range(i, i + 1)
        return None

    def _share_whole(
        self, value: _Value, previous: _Value | None
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """The whole a named part's share is of: "of the province's new loans" -> "new loans";
        "of the total" -> what the previous value measured."""
        right = self._right_phrase(value.span, value.clause, "level")
        if right is not None and self.lowers[value.span.end] == "of":
            last = self.text[right[0][0] : right[0][1]].split()[-1].lower()
            if last not in fact_words("total_word"):
                return right
        if previous is not None and previous.metric is not None:
            return previous.metric, previous.phrase
        return None

    def _stock_move(self, value: _Value) -> Metric | None:
        """ "Toyota Motor rose 2.1%", "Kanto Precision Industries jumped 8%": a company that
        moves by a percentage is its stock moving; the metric is the article's word for its
        shares, the nearest one before the value (else after it)."""
        span, doc = value.span, self.doc
        if span.label_ != "PERCENT" or value.kind != "change" or span.start < 2:
            return None
        verb = next(
            (
                cue
                for cue in self.cue_index.between(span.start - 2, span.start)
                if cue.rule.category == "change" and cue.rule.predicate and cue.end == span.start
            ),
            None,
        )
        if verb is None or verb.start < 1:
            return None
        name = doc[verb.start - 1]
        if name.ent_type_ != "ORG" or name.ent_iob_ not in ("B", "I"):
            return None
        first = verb.start - 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        if (
            first > 0
            and self.lowers[first - 1] in ("on", "at", "in", "the")
            and (
                self.lowers[first - 1] != "the"
                or (first > 1 and self.lowers[first - 2] in ("on", "at", "in"))
            )
        ):
            return None  # "Copper on the London Metal Exchange slipped 0.8%": where it traded
        if self._share_words is None:
            # the guideline's word "shares" when the article uses it, else "stock" and the like
            words = [m for m in self.metric_index.items if m.cls == "shares"]
            shares = [m for m in words if doc[m.start : m.end].text.lower() == "shares"]
            # "Tech stocks rose 2.3%": a group's shares, no word for one company's stock
            bare = [m for m in words if doc[m.start : m.end].text.lower() in metric_classes()]
            self._share_words = shares or bare or words
        starts = [m.start for m in self._share_words]
        i = bisect_left(starts, span.start)
        if i > 0:
            return self._share_words[i - 1]
        return self._share_words[i] if i < len(starts) else None

    def _sector_move(self, value: _Value, previous: _Value | None) -> Metric | None:
        """ "The FTSE 100 fell 0.8%. Banks fell 1.9%, while miners gained 1.2%", "Banks were the
        worst performers, sliding 1.9%", "Miners were up 1.2%", "Banks fell 1.9% and miners
        1.2%": in a market report (the sentence or the value before measures an index, a quote
        or shares), a group of listed companies that moves by a percentage is its shares
        moving; the group is the metric, an instrument of no one."""
        span, doc, lowers = value.span, self.doc, self.lowers
        if span.label_ != "PERCENT" or value.kind != "change" or span.start < 2:
            return None
        if span.end < len(doc) and lowers[span.end] == "of":
            return None  # "Lenders cut 5% of their staff": a part of what the verb acts on
        sentence, sectors = value.sentence, fact_words("market_sector")
        gap = span.start
        while gap > span.start - 3 and lowers[gap - 1] in fact_words("move_gap"):
            gap -= 1  # "slumped as much as 4.5%"
        verb = next(
            (
                cue
                for cue in self.cue_index.between(gap - 2, gap)
                if cue.rule.category == "change" and cue.rule.predicate and cue.end == gap
            ),
            None,
        )
        if verb is not None and verb.start > sentence.start:
            end = verb.start
            if lowers[end - 1] in ("also", "were", "was", "are", "is"):
                end -= 1  # "Miners were up 1.2%"
            if doc[end - 1].text == "," and (
                lowers[verb.start].endswith("ing") or lowers[verb.start] in ("up", "down")
            ):
                # "Banks were the worst performers, sliding 1.9%", "Banks led the decline,
                # falling 1.9%", "Utilities were the only gainers, up 0.4%": the subject the
                # sentence opens with, a verb after it
                end = next(
                    (
                        i + 1
                        for i in range(sentence.start, min(end - 2, sentence.start + 4))
                        if lowers[i] in sectors and doc[i + 1].is_lower and doc[i + 1].is_alpha
                    ),
                    end,
                )
        elif (
            previous is not None
            and "metric.sector_move" in previous.how
            and previous.sentence == sentence
            and lowers[span.start - 1] in sectors
        ):
            end = span.start  # "Banks fell 1.9% and miners 1.2%": the verb left out
        else:
            return None
        group_shares = lowers[end - 1] in ("stocks", "shares")
        if lowers[end - 1] not in sectors and not group_shares:
            return None
        market = ("instrument", "shares")
        before = self.sentence_of(sentence.start - 1).start if sentence.start > 0 else 0
        if not (
            (
                previous is not None
                and previous.metric_cls in market
                and previous.sentence.start >= before
            )
            or self._first_quote(sentence) < span.start
        ):
            return None
        start = self._words_before(end - 1, max(value.clause[0], sentence.start))
        while start > sentence.start and doc[start - 1].ent_type_ in ("NORP", "GPE"):
            start -= 1  # "European banks", "Hong Kong developers"
        if group_shares and (
            start == end - 1
            or (start > sentence.start and lowers[start - 1] in _POSSESSIVES)
            or any(t.ent_type_ == "ORG" for t in doc[start : end - 1])
        ):
            return None  # "Its shares rose", "Toyota shares rose": a company's stock
        return Metric(start, end, "instrument", end)

    def _sentence_before(self, sentence: Span) -> int:
        """Where the sentence before ``sentence`` starts (0 for the first)."""
        return self.sentence_of(sentence.start - 1).start if sentence.start > 0 else 0

    def _first_quote(self, sentence: Span) -> int:
        """Where the sentence's first phrase of a quote or of shares starts (its end if none);
        one look per sentence."""
        first = self._first_quotes.get(sentence.start)
        if first is None:
            first = next(
                (
                    m.start
                    for m in self.metric_index.between(sentence.start, sentence.end)
                    if m.cls in ("instrument", "shares")
                ),
                sentence.end,
            )
            self._first_quotes[sentence.start] = first
        return first

    def _stated_phrase(self, span: Span, previous: _Value | None) -> tuple[int, int] | None:
        """The noun phrase before a verb that stands between the previous value and this one:
        "$287m, and the share of home loans rose to 0.98%", "88.5%, while occupancy stood at".
        """
        if previous is None or previous.span.end >= span.start:
            return None
        return self._stated_after(previous.span.end, span)

    def _stated_after(self, segment: int, span: Span) -> tuple[int, int] | None:
        """The noun phrase before the last verb between token ``segment`` and the value."""
        verb = next(
            (
                cue
                for cue in reversed(self.cue_index.between(segment, span.start))
                if cue.rule.predicate and cue.end <= span.start
            ),
            None,
        )
        if verb is None or self._change_noun(verb.start, segment):
            return None
        end = verb.start
        while end > segment and self.lowers[end - 1] in self.finder.verbs:
            end -= 1
        start = self._words_before(end, segment)
        # "were slightly ahead of the $3.58b consensus": an adverb of comparison, no noun
        while start < end and self.lowers[start] in fact_words("metric_position"):
            start += 1
        last = self.lowers[end - 1] if start < end else ""
        if last in fact_words("own_reference") and self._owned_by_pronoun(start, segment):
            return None  # "made up 38.6%, above its 2019-2023 average of": the same quantity's
        people = span.label_ == "MONEY" and last in fact_words("people")
        if (
            last
            and last not in self.finder.owner_nouns
            and last not in fact_words("reference")
            and not people  # "while rural residents had 26,722 yuan": whose, not what
        ):
            return self.char_range(start, end)
        return None

    def _owned_by_pronoun(self, start: int, segment: int) -> bool:
        """Whether "its" or "their" opens the phrase at ``start``, past a date or adjectives
        before the noun ("its 2019-2023 average", "their long-run average"): the pronoun stands
        for the quantity measured before."""
        i = start - 1
        while i > segment and i > start - 5 and self.doc[i].ent_type_ == "DATE":
            i -= 1
        return i >= segment and self.lowers[i] in ("its", "their")

    def _change_noun(self, i: int, segment: int) -> bool:
        """Whether token ``i`` is a noun of change after its determiner ("bringing the annual
        increase to 3.8%", "its monthly gain"): it names the change of the quantity before,
        no verb with a new quantity of its own."""
        lowers = self.lowers
        if lowers[i] not in fact_words("growth_noun"):
            return False
        j = i - 1
        while j > segment and j > i - 3 and lowers[j] in fact_words("change_basis_word"):
            j -= 1
        return j >= segment and lowers[j] in ("the", "its", "their") and j < i - 1

    def _line_label(self, value: _Value) -> tuple[int, int] | None:
        """ "Core inflation, Sept., y/y: 8.4%": in a line of a key-figures box, the label
        before the colon (up to its first comma) is the metric."""
        line_start = self.line_of(value.data.start)[0]
        if value.data.start - line_start > 120:
            return None  # no label line; and no search over a long line once per value
        found = _LINE_LABEL.match(self.text, line_start, value.data.start)
        if found is None:
            return None
        return found.start("label"), found.end("label")

    def _allocated_to(
        self, span: Span, clause: tuple[int, int]
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """ "would spend MXN 12 billion on new plants", "invested nearly 3 billion yuan in 126
        startups", "will invest NZ$1.1bn (US$670 million) over the next five years in a cream
        plant"; "About 40 percent will go to 1,872 projects in transport": after a verb that puts
        the amount into something, or before one that says where it goes, that thing is the
        metric."""
        doc, i = self.doc, span.start - 1
        while i >= clause[0] and self.lowers[i] in ("a", "an", "another", "further", "combined"):
            i -= 1
        # past a conversion in brackets and a date ("over the next five years"), a few tokens:
        # not past other values (a text of values only would be read once per value)
        j, stop = span.end, min(clause[1], span.end + 12)
        while j < stop and (
            doc[j].ent_type_ == "DATE"
            or doc[j].text in ("(", ")")
            or self.lowers[j] == "each"  # "receive up to 2 million yuan each for"
            # "over the next three years", "in 2023"
            or (
                self.lowers[j] in ("over", "during", "within", "in")
                and j + 1 < stop
                and doc[j + 1].ent_type_ == "DATE"
            )
        ):
            if doc[j].text == "(":
                j += 1
                while j < stop and doc[j].ent_type_ in VALUE_LABELS:
                    j += 1
            else:
                j += 1
        # "About 60%, or roughly HK$2.34 billion, of the net proceeds will go to": past the
        # amount restated and the whole it is a part of
        if j + 2 < stop and doc[j].text == "," and self.lowers[j + 1] == "or":
            k = j + 2
            while k < stop and doc[k].ent_type_ in VALUE_LABELS:
                k += 1
            if k > j + 2 and k < stop and doc[k].text == ",":
                j = k
        if j + 1 < stop and doc[j].text == "," and self.lowers[j + 1] == "of":
            j += 1
        if j < stop and self.lowers[j] == "of":
            k = j + 1
            while k < stop and (self.lowers[k] in ("the", "its", "their") or self.plain(k)):
                k += 1
            if k < stop and (
                self.lowers[k] in fact_words("destination")
                or self.lowers[k] in ("will", "is", "are", "was", "were")
            ):
                j = k
        joins: tuple[str, ...] = ("in", "on", "into", "for", "to", "through", "via")
        allocated = i >= clause[0] and self.lowers[i] in fact_words("allocation")
        if i >= clause[0] and self.lowers[i] in fact_words("payment_verb"):
            # "will pay HK$18,600 per square foot for the building": what is paid for ("pay
            # $75 million to settle claims" names no such thing)
            allocated, joins = True, ("for",)
        if i >= clause[0] and self.lowers[i] == "including":
            # "40 billion yuan on 300 projects, including 3.5 billion yuan for a metro line": a
            # part of an outlay and what it goes to
            allocated, joins = True, ("for",)
        if i >= clause[0] and self.lowers[i] in fact_words("removal_verb"):
            # "knock 1.4 trillion yen off its earnings", "wiped $50 billion off its market
            # value": what the amount is taken off
            allocated, joins = True, ("off",)
        if i >= clause[0] and self.lowers[i] in fact_words("metric_source_verb"):
            # "raised $US1.25b from a covered bond", "pulled $2 billion from local bonds"
            allocated, joins = True, (*joins, "from")
        if (
            allocated
            and j + 1 < clause[1]
            and self.lowers[j].endswith("ing")
            and doc[j].is_alpha
            and j not in self.cue_tokens
            and self.lowers[j] not in fact_words("function")  # "during the holiday"
            and (self.plain(j + 1) or self.lowers[j + 1] in ("the", "its", "their"))
        ):
            # "will spend 2 billion yuan this year upgrading scenic areas and rural roads",
            # "spent more than 5 trillion yen buying the currency": what the money does
            end = j + 1
            while end < clause[1] and self.lowers[end] in ("the", "its", "their"):
                end += 1
            stop_at = end
            while (
                end < clause[1]
                and end < stop_at + 8
                and (
                    self.plain(end)
                    or (
                        self.lowers[end] in ("and", "or")
                        and end + 1 < clause[1]
                        and self.plain(end + 1)
                    )
                )
            ):
                end += 1
            if end > stop_at:
                return self.char_range(j, end), None
        if not allocated:
            # "will go to", "is reserved for", "will be used for"
            while j < clause[1] and self.lowers[j] in fact_words("metric_auxiliary"):
                j += 1
            if j < clause[1] and self.lowers[j] in fact_words("metric_destined"):
                j, joins = j + 1, ("for", "to", "on")
            elif j >= clause[1] or self.lowers[j] not in fact_words("destination"):
                return None
            else:
                j, joins = j + 1, ("to", "into")
        if j >= clause[1] or self.lowers[j] not in joins:
            return None
        start = j + 1
        if (
            self.lowers[j] == "to"
            and start + 1 < clause[1]
            and self.lowers[start] in fact_words("purpose_verb")
        ):
            start += 1  # "set aside 500 million yuan to support the supply chain": what it is for
        while start < clause[1] and (
            self.lowers[start] in ("a", "an", "the", "its", "their")
            # (an ordinal names the part: "for the third phase")
            or (doc[start].like_num and not _ORDINAL.fullmatch(self.lowers[start]))
        ):
            start += 1  # "to 1,872 projects"
        owner = start
        while owner < min(clause[1], start + 5) and doc[owner].ent_type_ in ("ORG", "GPE"):
            owner += 1
        if owner > start and owner + 1 < clause[1] and self.lowers[owner] in _POSSESSIVES:
            start = owner + 1  # "added 3 percent to Vantor's revenue": the owner is no metric
        # "to its buyback programme": a lexicon phrase whose word is also a cue
        named = next((m.head_end for m in self.metric_index.between(start, start + 1)), start)
        end = named
        # a place may name the kind of thing ("in its Hong Kong listing"), not end it
        while (
            end < clause[1] and end < start + 6 and (self.plain(end) or doc[end].ent_type_ == "GPE")
        ):
            end += 1
        while end > named and not self.plain(end - 1):
            end -= 1
        if end > start > j + 1 and self.lowers[start] == "-" and doc[start - 1].like_num:
            start -= 1  # "for the 27-storey building": a compound
        if end == start or self.lowers[end - 1] in self.finder.owner_nouns:
            return None
        if "for" in joins:
            end = self._listed_words(end, clause[1])  # "for small and medium-sized enterprises"
            end = self._purpose_of(end, clause[1])  # "for the third phase of a metro line"
        elif end < clause[1] and self.lowers[end] == "in":
            end = min(self._part_phrase(end), clause[1])  # "to 1,872 projects in transport"
        inside = next(iter(self.metric_index.between(start, end)), None)
        if inside is not None and inside.end > end:
            end = inside.end  # "to earnings per share": a lexicon phrase past a function word
        return self.char_range(start, end), inside

    def _bought_company(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "agreed to buy British sensor maker Harwell Instruments for £300m", "would acquire
        Orrin Mills for $1.2 billion": the price of a company bought or sold names the company,
        the object of the verb right before "for" ("sold its stake in Orrin Mills for" names the
        stake, "sell its unit to Orrin Mills for" the unit)."""
        doc, end = self.doc, span.start - 1
        if end - 1 <= clause[0] or self.lowers[end] != "for":
            return None
        start = end - 1
        if doc[start].ent_type_ == "ORG":
            while start > clause[0] and doc[start].ent_iob_ == "I":
                start -= 1
        elif doc[start].is_title and not doc[start].ent_type_:
            # "would buy Orrin Mills for": a name no rule knew yet, capitalized after the verb
            while (
                start - 1 > clause[0]
                and start > end - 4
                and doc[start - 1].is_title
                and not doc[start - 1].ent_type_
                and self.lowers[start - 1] not in fact_words("period_purchase")
            ):
                start -= 1
        else:
            return None
        i = start  # past a description: "British sensor maker"
        while (
            i > clause[0]
            and i > start - 6
            and (self.plain(i - 1) or doc[i - 1].ent_type_ in ("NORP", "GPE"))
        ):
            i -= 1
        if i <= clause[0] or self.lowers[i - 1] not in fact_words("period_purchase"):
            return None
        return self.char_range(start, end)

    def _purpose_of(self, end: int, limit: int) -> int:
        """Where an "of" phrase after the purpose of an outlay ends ("for the second phase of a
        metro line", "for the upgrade of rural roads"): it says which part is paid for. ``end``
        when no "of" and plain words follow (not "of Shanghai")."""
        if end >= limit or self.lowers[end] != "of":
            return end
        start = end + 1
        if start < limit and self.lowers[start] in ("a", "an", "the"):
            start += 1
        stop = start
        while stop < limit and stop < start + 5 and self.plain(stop):
            stop += 1
        return stop if stop > start else end

    def _growth_of(self, span: Span) -> Metric | None:
        """ "economic growth of above 5 percent", "GDP growth of 6.8 percent": the growth
        phrase right before "of" and the value is the metric."""
        doc = self.doc
        if span.start < 2:
            return None
        if self.lowers[span.start - 1] == "of":
            found = next(
                (
                    m
                    for m in self.metric_index.between(max(0, span.start - 8), span.start)
                    if m.cls == "growth" and m.end == span.start - 1 and m.start < m.head_end - 1
                ),
                None,
            )
            manner = (
                fact_words("growth_manner")
                | fact_words("change_basis_word")
                | fact_words("degree_adjective")
            )
            if (
                found is not None
                and found.start > 1
                and self.lowers[found.start - 1] in ("a", "an")
                and self.lowers[found.start - 2] in (",", "or", "and")
                and manner.issuperset(self.lowers[found.start : found.head_end - 1])
            ):
                # "reached X, a nominal increase of 5.4 percent": how the X before grew, no
                # quantity of its own ("expects real growth of 2.5 percent" names one)
                return None
            if found is not None:
                # "reached X, posting growth of 7.1 percent": X's growth
                return None if self._growth_told_after(found.head_end - 1) else found
        # "analysts expect growth of about 2.5 percent", "second-quarter growth at 7.96 per
        # cent", "the national growth target of around 5 percent", "raised its growth forecast
        # for India to 6.8%": growth alone is the metric
        end = span.start
        while (
            end > self.sentence_of(span.start).start
            and end > span.start - 6
            and (
                self.lowers[end - 1] in fact_words("growth_link")
                or doc[end - 1].ent_type_ == "DATE"
                or (doc[end - 1].ent_type_ == "GPE" and end - 1 > span.start - 5)
            )
        ):
            end -= 1
        if end == span.start or self.lowers[end - 1] != "growth":
            return None
        if self._growth_told_after(end - 1):
            return None  # "reached X, registering a growth of 7.1 percent": X's growth
        if span.end + 1 < len(doc) and self.lowers[span.end] == "in":
            k = span.end + 1
            if self.lowers[k] == "the" and k + 1 < len(doc):
                k += 1
            if doc[k].ent_type_ != "DATE":
                # "growth of around 5 percent in general public budget revenue" (not "in March",
                # "in the third quarter": when)
                return None
        # the growth phrase that ends there, with its modifiers ("GDP growth forecast")
        return next(
            (
                m
                for m in reversed(self.metric_index.between(max(0, end - 6), end))
                if m.cls == "growth" and m.head_end == end
            ),
            None,
        )

    def _growth_told_after(self, growth: int) -> bool:
        """Whether the noun "growth" at ``growth`` follows a participle after a comma that tells
        the growth of the figure given before it ("reached 663.5 billion yuan, registering a
        year-on-year growth of 7.1 percent")."""
        i = growth - 1
        while i > growth - 9 and (i in self.basis_tokens or self.lowers[i] in ("a", "an")):
            i -= 1
        return (
            i > 0
            and self.lowers[i] in fact_words("growth_participle")
            and self.lowers[i - 1] == ","
        )

    def _growth_after(self, span: Span, clause: tuple[int, int]) -> Metric | None:
        """ "the Government's target of 8 per cent growth for 2025": "growth" right after the
        value, with no phrase of what grew after it ("5% growth in exports" is read by
        _right_phrase) and none before, is the metric; another noun of change ("outpacing the
        5.9-percent increase for urban residents") names no quantity of its own."""
        i = self._past_basis(span.end, clause[1]) if span.end < clause[1] else span.end
        if i >= clause[1] or self.lowers[i] != "growth":
            return None
        return next(
            (
                m
                for m in self.metric_index.between(i, i + 1)
                if m.cls == "growth" and m.end == i + 1
            ),
            None,
        )

    def _listed_parts(self, metric: Metric, sentence: Span) -> bool:
        """Whether the metric's "of" phrase lists the parts its values are given for, one each
        ("... of its primary, secondary and tertiary industries reached A, B and C,
        respectively"): the values then share the head, "added values"."""
        parts = self.doc[metric.head_end : metric.end]
        if not any(t.text in (",", "and") for t in parts):
            return False
        # "the added value of the new energy vehicle and parts industry grew 38.5 percent, and
        # that of A and B grew C and D respectively": a clause after ", and" lists its own
        # parts (", and" before a value goes on with the list); a window, not the sentence
        stop = min(sentence.end, metric.end + 60)
        cue = next(
            (
                c
                for c in self.cue_index.between(metric.end, stop)
                if c.rule.category == "respectively"
            ),
            None,
        )
        lowers, doc = self.lowers, self.doc
        return cue is not None and not any(
            lowers[k] == "and" and lowers[k - 1] == "," and doc[k + 1].ent_type_ not in VALUE_LABELS
            for k in range(metric.end + 1, cue.start)
        )

    def _past_superlatives(self, found: Metric) -> int:
        """Where a metric phrase starts past the superlatives that rank it: "had the highest
        jobless rate among member states at 11.7%" measures the jobless rate."""
        first, lowers = found.start, self.lowers
        while (
            first < found.head_end - 1
            and lowers[first].endswith("est")
            and lowers[first] in fact_words("record")
        ):
            first += 1
        return first

    def _pace_verb(self, span: Span, segment: int) -> int | None:
        """The change verb whose pace a rate before the value gives: "The economy grew at an
        annualized rate of 2.1%", "shrank at a seasonally adjusted annual pace of 0.6%"."""
        lowers = self.lowers
        i = span.start - 1
        if i - 3 < segment or lowers[i] != "of" or lowers[i - 1] not in ("rate", "pace"):
            return None
        i -= 2
        words = fact_words("change_basis_word") | {"seasonally", "adjusted"}
        while i > segment and i > span.start - 7 and lowers[i] in words:
            i -= 1  # "at a seasonally adjusted annualized rate of"
        if i - 2 < segment or lowers[i] not in ("a", "an") or lowers[i - 1] != "at":
            return None
        verb = i - 2
        return verb if word_direction(lowers[verb]) != "none" else None

    def _pace_of_change(self, span: Span, segment: int) -> Metric | None:
        """The rate of "grew at an annualized rate of 2.1%" is the pace of the change the verb
        before it states, so the quantity is the phrase before that verb (not "annualized
        rate")."""
        verb = self._pace_verb(span, segment)
        return None if verb is None else self._left_phrase(self.doc[verb : verb + 1], segment)

    def _left_phrase(self, span: Span, segment: int) -> Metric | None:
        """The last metric phrase between the segment's start and the value, outside asides."""
        left = [
            m
            for m in self.metric_index.between(segment, span.start)
            if m.end <= span.start
            and m.cls != "growth"
            and not self._in_aside(m, span)
            and not self._example(m)
            and not self._apposition(m)
            and not (
                span.label_ == "MONEY" and not self._per_unit_amount(span) and self._counted(m)
            )
        ]
        return left[-1] if left else None

    @staticmethod
    def _per_unit_amount(span: Span) -> bool:
        """An amount per unit ("S$1.89 per share"): the price of things counted before it."""
        data = get_span_data(span)
        return data is not None and getattr(data.value, "per", None) is not None

    def _counted(self, metric: Metric) -> bool:
        """ "received 40.6 million visits and 10.3 billion yuan in tourism revenue": a number
        of things counted is no metric of the money after it (a percentage may measure it:
        "28.21 million visitor arrivals, about 70 percent of the 2019 level")."""
        doc, i = self.doc, metric.start
        return (i > 0 and doc[i - 1].like_num and not doc[i - 1].ent_type_) or (
            i > 0 and self.lowers[i - 1] in fact_words("count_word")
        )

    def _apposition(self, metric: Metric) -> bool:
        """ "Kunming, the provincial capital, recorded": a description of a name, no metric."""
        doc = self.doc
        i = metric.start - 1
        while i > 0 and self.lowers[i] not in (",",) and i > metric.start - 5:
            i -= 1
        if i <= 0 or doc[i].text != "," or doc[i - 1].ent_type_ not in ("GPE", "ORG", "PERSON"):
            return False
        closing = [t for t in doc[metric.end : metric.end + 3] if t.text == ","]
        return bool(closing)

    def _example(self, metric: Metric) -> bool:
        """ "Excluding items such as stock-based compensation": named as an example, not measured."""
        before = " ".join(self.lowers[max(0, metric.start - 4) : metric.start])
        return bool(re.search(r"\b(?:such as|excluding|including|except|like)\b", before))

    def _head_of(self, other: _Value) -> tuple[int, int]:
        """The head of another value's metric, without its "of" phrase: "added value"."""
        assert other.metric is not None
        for m in self.metrics:
            if self.doc[m.start].idx == other.metric[0]:
                return self.char_range(m.start, m.head_end)
        return other.metric

    def _in_aside(self, metric: Metric, value: Span) -> bool:
        """Whether the metric stands in an aside that closes before the value: ", which ... ,";
        or, after a metric phrase, a description of it ("the bank's common equity tier 1 ratio,
        a key gauge of its ability to absorb losses, rose", "spending on factory construction,
        boosted by federal subsidies for chip plants, posted")."""
        doc = self.doc
        opening = next(
            (
                t.i
                for t in doc[
                    max(self.sentence_of(value.start).start, metric.start - 14) : metric.start
                ]
                if t.text == ","
                and t.i + 1 < len(doc)
                and (
                    self.lowers[t.i + 1] in ("which", "who")
                    or (
                        (
                            self.lowers[t.i + 1] in ("a", "an", "the")
                            or self.lowers[t.i + 1] in self.finder.verbs
                            # "services inflation, closely watched by rate-setters as ..., edged up"
                            or (
                                self.lowers[t.i + 1].endswith("ly")
                                and t.i + 2 < len(doc)
                                and (
                                    self.lowers[t.i + 2] in self.finder.verbs
                                    or self.lowers[t.i + 2].endswith("ed")
                                )
                            )
                        )
                        and any(m.end == t.i for m in self.metric_index.between(t.i - 8, t.i))
                    )
                )
            ),
            None,
        )
        return opening is not None and any(t.text == "," for t in doc[metric.end : value.start])

    def _purpose_named(self, end: int, limit: int) -> int:
        """Where the name of a fund by its purpose ends ("a 200 million yuan fund for the
        Chishui River", "a $50 million fund for small businesses"): a noun of a pool of money
        and its "for" phrase, one to five words (a name's among them); ``end`` when none."""
        lowers = self.lowers
        if (
            end + 1 >= limit
            or lowers[end] != "for"
            or lowers[end - 1] not in fact_words("purpose_pool")
        ):
            return end
        start = end + 1
        if lowers[start] == "the":
            start += 1
        stop = start
        while (
            stop < limit
            and stop < start + 5
            and (self.plain(stop) or self.doc[stop].ent_type_ in ("LOC", "FAC", "GPE"))
        ):
            stop += 1
        return stop if stop > start else end

    def _attached_after(self, span: Span) -> Metric | None:
        """A metric right after the value: "a $1.5 billion share buyback", "a 20% stake".

        Not the rate of a change: "grew at a 3.3% annualized rate", "at a 2.8% pace".
        """
        before = self.lowers[max(0, span.start - 4) : span.start]
        rate_of_change = "at" in before
        if span.end < len(self.doc) and self.lowers[span.end] in fact_words("gap_word"):
            return None  # "3 to 5 basis points above treasury yields": the benchmark
        for m in self.metric_index.between(span.end, span.end + 2):
            adjacent = m.start == span.end or (m.start == span.end + 1 and self.plain(span.end))
            if (
                adjacent
                and m.cls != "growth"
                and not (rate_of_change and m.cls in ("rate", "ratio"))
            ):
                return m
        return None

    def _modified_noun(self, span: Span, clause: tuple[int, int]) -> tuple[int, int, bool] | None:
        """The noun phrase an amount after "a" modifies when no lexicon metric names it: "hit
        by a 300 million euro charge" (`charge`), "approved a 3.2 billion yuan subway project"
        (`subway project`), "a 5% pay rise" (`pay`: a noun of change after the phrase names the
        change, not the quantity).

        Not a pace ("from a 4.9% pace"), a span of time ("a 5% year"), a count ("a 10 million
        tonne"), or a phrase that is a lexicon metric (``_attached_after`` reads those)."""
        doc, lowers = self.doc, self.lowers
        first = lowers[span.start]
        # "a further $5-6 million charge", "another 2 billion yuan fund": a word of degree
        # between the article and the amount
        further = span.start > 1 and (
            lowers[span.start - 1] == "another"
            or (
                lowers[span.start - 1] in fact_words("degree_adjective")
                and lowers[span.start - 2] in ("a", "an")
            )
        )
        if (
            first not in ("a", "an")
            and not further
            and not (span.start > 0 and lowers[span.start - 1] in ("a", "an"))
        ):
            return None
        stop = min(clause[1], span.end + 5)
        function, verbs = fact_words("function"), self.finder.verbs
        end, closed, cued = span.end, False, None
        while end < stop:
            token = doc[end]
            if any(
                c.start == end and c.rule.category == "change"
                for c in self.cue_index.between(end, end + 1)
            ):
                closed = True  # "a 5% pay rise": the change of what the words before name
                break
            if (
                not token.is_alpha
                or token.ent_type_
                or lowers[end] in function
                or end >= span.end + 4
            ):
                break
            if end in self.cue_tokens and lowers[end] not in verbs and cued is None:
                cued = end  # a cue word names a quantity only before a noun of change
            end += 1
        if not closed and cued is not None:
            end = cued
        if not closed and end - span.end > 1 and lowers[end - 1].endswith("ing"):
            end -= 1  # "a 12-billion-yuan expressway linking two cities": a participle after it
        if end == span.end or (not closed and lowers[end - 1] in verbs):
            return None  # "a 5% rise" (no words), "a $5 billion deal to buy" ends at a noun
        last = lowers[end - 1]
        if (
            last in fact_words("pace_noun")
            or last in fact_words("period_noun")
            or last in fact_words("people")
            or any(lowers[i] in fact_words("count_word") for i in range(span.end, end))
            or any(m.start < end for m in self.metric_index.between(span.end, end))
        ):
            return None
        return span.end, end, closed

    def _says_respectively(self, sentence: Span) -> bool:
        """Whether a "respectively" cue stands in ``sentence`` (an index of the cues, found once,
        not a scan per value of a long sentence)."""
        if self._respectively_cues is None:
            self._respectively_cues = [
                c.start for c in self.cues if c.rule.category == "respectively"
            ]
        cues = self._respectively_cues
        return bisect_left(cues, sentence.start) != bisect_left(cues, sentence.end)

    def _respectively(self, value: _Value) -> Metric | None:
        """ "Exports and imports rose 5% and 3%, respectively": the i-th metric of the i-th value."""
        sentence = value.sentence
        if not self._says_respectively(sentence):
            return None
        values = [
            v
            for v in self.value_index.between(sentence.start, sentence.end)
            if v.end <= sentence.end
        ]
        first_value = values[0].start
        names = [
            m
            for m in self.metric_index.between(sentence.start, first_value)
            if m.end <= first_value
        ]
        joined = [m for m in names if self._coordinated(names, m)]
        if len(joined) < 2 or len(values) % len(joined):
            return None
        # "rose 5% and 3%, respectively, to A and B": the lists run in parallel, each value
        # list naming the metrics in order
        index = [v.start for v in values].index(value.span.start) % len(joined)
        return joined[index]

    def _pronoun_for_subject(self, value: _Value) -> Metric | None:
        """ "Lianhua's shares have more than doubled, giving it a market value of about NT$1.2
        trillion. They closed up 3.1%": a pronoun opening the sentence, right before the verb of
        the value, stands for the quantity the sentence before opens with (its subject, the
        metric phrase before its first verb), not for the last one it names."""
        sentence, span = value.sentence, value.span
        start = sentence.start
        if (
            self.lowers[start] not in fact_words("metric_pronoun")
            or span.start - start > 4
            or not (start + 1 in self.cue_tokens or self.lowers[start + 1] in self.finder.verbs)
        ):
            return None
        i = bisect_right(self.sent_starts, start) - 1
        if i < 1:
            return None
        before = self.sents[i - 1]
        verb = next(
            (c.start for c in self.cue_index.between(before.start, before.end) if c.rule.predicate),
            before.end,
        )
        subjects = [
            m
            for m in self.metric_index.between(before.start, verb)
            if m.end <= verb and m.cls != "growth"
        ]
        return subjects[0] if subjects else None

    def _participle_phrase(self, span: Span, segment: int) -> tuple[int, int] | None:
        """ "Funds raised through initial public offerings in Hong Kong slumped 56 per cent",
        "Chips made on 7-nanometre and more advanced processes accounted for 41%": a noun, a
        participle and its prepositional phrase open the clause and end at the verb of the
        value; the whole phrase is the quantity (to a place: "in Hong Kong" says where)."""
        verb = next(
            (
                c
                for c in reversed(self.cue_index.between(max(segment, span.start - 20), span.start))
                if c.rule.predicate and c.end <= span.start and span.start - c.end <= 3
            ),
            None,
        )
        if verb is None:
            return None
        lowers, doc = self.lowers, self.doc
        start = segment
        while start < verb.start and lowers[start] in ("the", "a", "an", "its", "their"):
            start += 1
        links = fact_words("participle_link")

        def participle(i: int) -> bool:
            return (
                (lowers[i] in fact_words("participle") or lowers[i].endswith("ed"))
                and doc[i].is_alpha
                and lowers[i + 1] in links
            )

        p = start
        while (
            p < verb.start and p < start + 5 and self.plain(p) and not (p > start and participle(p))
        ):
            p += 1
        if p == start or p + 2 >= verb.start or not participle(p):
            return None
        end = p + 2
        joining = ("and", "the", "a", "an", "'s", "\u2019s", "-", ",", "more", "less")
        while end < verb.start:
            if lowers[end] in ("in", "at") and doc[end + 1].ent_type_ in ("GPE", "LOC"):
                break  # "in Hong Kong": where
            # a cue word may be a noun of the phrase ("through share sales")
            nounish = (
                (doc[end].is_alpha or (doc[end].like_num and lowers[end + 1] == "-"))
                and not doc[end].ent_type_
                and lowers[end] not in self.finder.verbs
                and lowers[end] not in fact_words("function")
            )
            if not (nounish or lowers[end] in joining):
                return None
            end += 1
        if end - p > 10 or not doc[end - 1].is_alpha or lowers[end - 1] in joining:
            return None
        return self.char_range(start, end)

    def _fined(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "can be fined up to 1 million yuan", "fined Zuiderbank NV EUR 3.4 million for
        misreporting": the verb of a fine names the quantity; the one fined and the "for"
        phrase (the reason) are no metric."""
        fines = fact_words("fine_verb")
        for i in range(span.start - 1, max(clause[0], span.start - 6) - 1, -1):
            if self.lowers[i] in fines:
                return self.char_range(i, i + 1)
            if self.doc[i].ent_type_ in VALUE_LABELS or i in self.cue_tokens:
                return None
        return None

    def _fined_owner(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "The regulator fined drugmaker Pellwood Pharma 12.5 million pounds": the one a fine
        verb fines owns the fine, not the regulator that imposes it."""
        if "metric.fined" not in value.how or value.metric is None:
            return None
        named = next(
            (
                e
                for e in reversed(owners)
                if value.metric[1] <= e.start_char
                and e.end <= value.span.start
                and e.end_char >= value.span.start_char - 20
            ),
            None,
        )
        if named is not None:
            return named
        # "fined the company 12.5 million pounds": the company named before, not the fining body
        i = value.span.start - 1
        if i < 1 or self.lowers[i] not in self.finder.referring_nouns:
            return None
        if self.lowers[i - 1] not in ("the", "this"):
            return None
        meant = self._anaphor(value)
        fining = {_bare(self.fullest(e)) for e in owners if e.end_char <= value.metric[0]}
        return meant if meant is not None and _bare(self.fullest(meant)) not in fining else None

    def _respective_phrases(self, value: _Value) -> tuple[int, int] | None:
        """ "Strategic emerging industries and high-tech manufacturing expanded 6.3% and 7.2%,
        respectively": the noun phrases joined before the verb, each of two words or more and
        of plain words only, are the quantities of the values in order ("Exports to the US and
        the EU rose 5% and 3%, respectively" joins no such phrases)."""
        if not self._says_respectively(value.sentence):
            return None
        clause = value.clause
        if clause not in self._respective_phrase_lists:  # once per clause, not per value
            self._respective_phrase_lists[clause] = self._joined_phrases(clause)
        found = self._respective_phrase_lists[clause]
        if found is None or value.span.start not in found[0]:
            return None
        order, phrases = found
        return self.char_range(*phrases[order[value.span.start] % len(phrases)])

    def _joined_phrases(
        self, clause: tuple[int, int]
    ) -> tuple[dict[int, int], list[tuple[int, int]]] | None:
        """The values of ``clause`` by their order, and the plain noun phrases joined before
        its verb (for _respective_phrases), when there are two or more and they divide the
        values."""
        values = [v.start for v in self.value_index.between(*clause) if v.end <= clause[1]]
        if not values:
            return None
        first = values[0]
        verb = next(
            (
                c.start
                for c in self.cue_index.between(clause[0], first)
                if c.rule.predicate and c.end <= first
            ),
            None,
        )
        if verb is None or any(m.end <= verb for m in self.metric_index.between(clause[0], verb)):
            return None  # named by the lexicon: _respectively
        phrases, start = [], clause[0]
        for i in range(clause[0], verb + 1):
            if i == verb or self.lowers[i] in (",", "and"):
                if i - start < 2 or not all(self.plain(k) for k in range(start, i)):
                    return None
                phrases.append((start, i))
                start = i + 1
                while start < verb and self.lowers[start] in (",", "and"):
                    start += 1
        if len(phrases) < 2 or len(values) % len(phrases):
            return None
        return {v: k for k, v in enumerate(values)}, phrases

    def _restated_respectively(self, value: _Value) -> tuple[tuple[int, int], Metric | None] | None:
        """ "... received 40.2 million tourist visits and tourism revenue of 10.3 billion yuan.
        The figures were up 31.9 percent and 42.5 percent, respectively": the quantities of the
        sentence before, in order, when the sentence names them with a word that restates them."""
        sentence = value.sentence
        if not self._says_respectively(sentence):
            return None
        values = [v for v in self.value_index.between(sentence.start, sentence.end)]
        first = values[0].start
        if fact_words("restating").isdisjoint(self.lowers[sentence.start : first]):
            return None
        i = bisect_right(self.sent_starts, sentence.start) - 1
        if i < 1:
            return None
        before = self.sents[i - 1]
        known: list[Metric] = []
        for m in self.metric_index.between(before.start, before.end):
            text = self.doc[m.start : m.end].text.lower()
            if m.cls != "growth" and all(
                self.doc[k.start : k.end].text.lower() != text for k in known
            ):
                known.append(m)
        if len(known) < 2 or len(values) % len(known):
            return None
        # "were up 31.9 percent and 42.5 percent, respectively, and exceeded the 2019 levels by
        # 27.8 percent and 30.6 percent": each list of values names the quantities in order
        index = [v.start for v in values].index(value.span.start) % len(known)
        found = known[index]
        return self.char_range(found.start, found.end), found

    def _coordinated(self, names: Sequence[Metric], metric: Metric) -> bool:
        """Whether ``metric`` is joined to a neighbour by "and" or a comma ("exports and imports")."""
        for other in names:
            gap = self.doc[min(metric.end, other.end) : max(metric.start, other.start)]
            if (
                other is not metric
                and 0 < len(gap) <= 2
                and all(t.text in (",", "and") for t in gap)
            ):
                return True
        return False

    def _right_phrase(
        self, span: Span, clause: tuple[int, int], value_kind: str
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """ "150 billion yuan in exports", "a 12 percent increase in exports", "$5 million on
        restructuring": the noun phrase after "in", "on" or "for" right of the value."""
        doc, i = self.doc, span.end
        if i + 1 < clause[1] and doc[i].text == "(":
            # "62.4 billion yuan ($8.64 billion) of local government bonds": past a conversion
            j = i + 1
            while j < min(clause[1], i + 8) and doc[j].ent_type_ in VALUE_LABELS:
                j += 1
            # only into what the amount is made of or spent on ("632.69 billion yuan (about
            # $88.9 billion) in spending"): "a quota of 3.9 trillion yuan (...) for new bonds"
            # says what it is for
            if (
                j > i + 1
                and j + 1 < clause[1]
                and doc[j].text == ")"
                and self.lowers[j + 1] in ("of", "in", "on")
            ):
                i = j + 1
        past_basis = self._past_basis(i, clause[1])
        if past_basis > i and self.lowers[past_basis] in fact_words("growth_noun"):
            i = past_basis  # "an 18 per cent year-on-year rise in standalone net profit"
        if i < clause[1] and self.lowers[i] in fact_words("growth_noun"):
            i += 1
        elif i + 1 < clause[1] and doc[i].text in ("'", "\u2019") and self.lowers[i + 1] == "worth":
            i += 2  # "half a million euros' worth of shares"
        elif i < clause[1] and self.lowers[i] == "worth":
            i += 1  # "RMB 45 billion worth of goods"
        joins = ("in", "on", "for") if value_kind == "share" else ("in", "on", "for", "of")
        if i >= clause[1] or self.lowers[i] not in joins:
            return None
        start = i + 1
        while start < clause[1] and (
            self.lowers[start] in ("the", "a", "an", "its", "their", "own")
            or doc[start].ent_type_ == "DATE"
            or (doc[start].ent_type_ in SUBJECT_LABELS and self._possessive_after(start))
            or doc[start].text in ("'s", "\u2019s")
        ):
            start += 1
        # "worth of Veldhoven shares": the company names whose shares, no part of the metric
        name_end = start
        while name_end < clause[1] and doc[name_end].ent_type_ == "ORG":
            name_end += 1
        if start < name_end < clause[1] and any(
            m.start == name_end and m.cls == "shares"
            for m in self.metric_index.between(name_end, name_end + 1)
        ):
            start = name_end
        end = self._plain_run(start, clause[1], 5)
        if end > start:
            end = self._listed_words(end, clause[1])
        owners = self.finder.owner_nouns
        if (
            start < end < clause[1]
            and doc[end].text in ("'s", "\u2019s")
            and self.lowers[end - 1] in owners
        ):
            start = end = end + 1  # "40% of the district's workforce": the owner's part
            while end < clause[1] and end < start + 5 and self.plain(end):
                end += 1
        if end == start or self.lowers[end - 1] in owners:
            return None  # "30 billion yuan in the province": where, not what
        if self.lowers[end - 1] in fact_words("period_noun"):
            return None  # "by about 3 per cent in the 2025 financial year": when, not what
        if self.lowers[i] == "for" and self.lowers[end - 1] in fact_words("people"):
            return None  # "the 5.9-percent increase for urban residents": whose, not what
        inside = next(iter(self.metric_index.between(start, end)), None)
        if inside is not None and end < inside.end <= clause[1]:
            end = inside.end  # "$1.2 billion in sales of electric vehicles": its of-phrase
        return self.char_range(start, end), inside

    def _listed_words(self, end: int, stop: int) -> int:
        """Past the rest of a list of words the phrase ending at ``end`` starts: "in arranger,
        trustee and listing fees", "of green, social and sustainability-linked bonds"."""
        doc, reach = self.doc, end
        good = end
        joined = False
        while (
            reach + 1 < stop
            and reach < end + 10
            and doc[reach].text in (",", "and", "or")
            and (self.plain(reach + 1) or self.lowers[reach + 1] in ("and", "or"))
        ):
            joined = joined or self.lowers[reach] in ("and", "or")
            reach += 1
            while reach < stop and self.lowers[reach] in ("and", "or"):
                joined = True
                reach += 1
            if (
                reach + 1 < stop
                and self.lowers[reach] in self.finder.verbs
                and reach not in self.cue_tokens
                and self.plain(reach + 1)
            ):
                reach += 1  # "listing fees": a verb form that modifies a noun
            if reach >= stop or not self.plain(reach):
                return good  # "..., and the bonds will trade": a clause, no list
            item = reach
            while reach < stop and self.plain(reach):
                reach += 1
            if any(doc[k].like_num for k in range(item, reach)) or (
                reach < stop and self.lowers[reach] in ("a", "an", "the", "its", "their")
            ):
                # "..., and close two plants", "..., and book a charge": a clause with its own
                # object, no item of a list
                return good
            if joined:
                good = reach  # a list ends with "and" or "or" before its last item
        return good

    def _past_basis(self, i: int, stop: int) -> int:
        """Past a basis cue that starts at token ``i`` ("year-on-year", "y/y"), if any."""
        cue = next(
            (c for c in self.cue_index.between(i, i + 1) if c.rule.category == "basis"), None
        )
        return cue.end if cue is not None and cue.end < stop else i

    def _possessive_after(self, i: int) -> bool:
        """Whether the name token ``i`` belongs to is followed by "'s" (an owner: "of Suzhou's
        workforce")."""
        doc = self.doc
        while i < len(doc) and doc[i].ent_iob_ in ("B", "I") and doc[i].ent_type_:
            i += 1
            if i < len(doc) and doc[i].ent_iob_ == "B":
                break
        return i < len(doc) and doc[i].text in ("'s", "\u2019s")

    def _generic_phrase(self, span: Span, segment: int) -> tuple[int, int] | None:
        """The noun phrase before the verb that governs the value, or that verb itself.

        "Kiwifruit sells for 16 yuan": "Kiwifruit"; "it earned $3.02 a share": "earned".
        """
        verb = next(
            (i for i in range(span.start - 1, segment - 1, -1) if i in self.cue_tokens), None
        )
        if verb is None:
            # no cue: a verb form just before the value ("The tourism sector took in 5 billion
            # yuan")
            verb = next(
                (
                    i
                    for i in range(span.start - 1, max(segment, span.start - 4) - 1, -1)
                    if self.lowers[i] in self.finder.verbs
                ),
                None,
            )
        if verb is None:
            return None
        end = verb
        while end > segment and self.lowers[end - 1] in self.finder.verbs:
            end -= 1
        if (
            end > segment + 1
            and self.lowers[end - 1] == "to"
            and (self.plain(end - 2) or self.lowers[end - 2] in fact_words("growth_noun"))
        ):
            # "The bank expects expenses to grow by about 3 per cent": expenses; "expect growth
            # to slow to 4.6%": growth
            end -= 1
        start = self._words_before(end, segment)
        if start < end:
            start = self._per_unit(start, segment)  # "cutting handling time per box by 15%"
            start = self._count_head(start, segment)
        cut = next(
            (k for k in range(max(segment + 1, start - 2), end) if self.lowers[k] in _EXCLUSIONS),
            None,
        )  # "excluding bonuses", "ex-bonuses", "ex - fuel"
        if start < end and cut is not None:
            # "regular pay excluding bonuses slowed to 6.2%": the quantity the exclusion leaves
            # ("pay" may be read as a cue elsewhere: here any content word before it)
            left = cut
            while left > segment and left > cut - 5 and self._content_word(left - 1):
                left -= 1
            if left < cut:
                start, end = left, cut
        if (
            start > segment
            and self.lowers[start - 1] in fact_words("growth_noun")
            and start - 1 in self.cue_tokens
        ):
            # "Growth slowed from a 4.9% pace", "The decline eased from a 2.1% pace": a noun
            # of change opens the statement and names the quantity; the word after it is a verb
            return self.char_range(start - 1, start)
        quantity_verb = self.lowers[verb] in fact_words("quantity_verb")
        named = [m for m in self.metric_index.between(segment, verb) if not self._example(m)]
        if quantity_verb and not named:
            # "Visitors from Hong Kong spent 30 billion yuan": who spent is no quantity
            return self.char_range(verb, verb + 1)
        opening = segment
        while opening < verb and (not self.plain(opening) or self._compass_of_place(opening)):
            opening += 1  # (not "east" of "from east China's Zhejiang Province")
        closing = opening
        if opening > segment and self.lowers[opening - 1] in fact_words("metric_modifier"):
            opening -= 1  # "The total import and export value of Jiangsu Province reached"
        while closing < verb and closing < opening + 5 and self.plain(closing):
            closing += 1
        if (
            opening < closing < verb
            and self.lowers[closing] == "of"
            and self.lowers[closing - 1] in fact_words("count_head")
        ):
            # "the number of inbound tourists in Xiamen grew": what is counted
            counted = closing + 1
            while (
                counted < verb
                and counted < closing + 9
                and (self.plain(counted) or self._participle_word(counted))
            ):
                counted += 1
            if counted > closing + 1:
                closing = counted
        owned = closing > opening and self.lowers[closing - 1] not in self.finder.owner_nouns
        # "Balances in the state-backed deposit scheme fell": the noun that opens the statement
        # and the part of it measured, as for a lexicon metric ("Investment in ...")
        part = self._part_phrase(closing) if owned else closing
        if owned and part == end > closing:
            return self.char_range(opening, part)
        if owned and self._place_adjunct(opening, start, end):
            # "Demand for office space in Bangalore rose 9%": a name after "in" places the
            # quantity the statement opens with, even when no gazetteer knows the place
            return self.char_range(opening, start - 1)
        if start < end and self.lowers[end - 1] not in self.finder.owner_nouns:
            return self.char_range(start, end)
        if owned:
            return self.char_range(opening, part)
        if self.lowers[verb] in fact_words("quantity_verb"):
            return self.char_range(verb, verb + 1)
        return None

    def _compass_of_place(self, i: int) -> bool:
        """Whether token ``i`` is a word of direction before a place's name ("south" of "south
        China's Guangdong Province", "northern" of "northern Italy"): where, no quantity."""
        return (
            self.lowers[i] in fact_words("compass")
            and i + 1 < len(self.doc)
            and self.doc[i + 1].ent_type_ in ("GPE", "LOC", "NORP")
        )

    def _measure_head(self, start: int, floor: int) -> int:
        """ "The total value of foreign trade", "the volume of cargo": a noun that measures the
        quantity named in its "of" phrase, with a modifier word before it ("total"), is part of
        the metric; ``start`` when none stands before it."""
        lowers = self.lowers
        of = self._past_possessive_owner(start, floor)  # "the value of Jiangsu's foreign trade"
        if of - 1 > floor and lowers[of - 1] == "the" and lowers[of - 2] == "of":
            of -= 1  # "the size of the digital economy"
        i = of - 2
        if i < floor or lowers[of - 1] != "of" or lowers[i] not in fact_words("measure_head"):
            return start
        if self.doc[i].ent_type_:
            return start
        while i > floor and i > start - 5 and lowers[i - 1] in fact_words("metric_modifier"):
            i -= 1
        return i

    def _possessive_owner_end(self, start: int, limit: int) -> int | None:
        """Where a named owner in the possessive that begins at token ``start`` ends, past its
        "'s" ("Jiangsu's", "Geely Auto's", "the province's"); None when none begins there."""
        doc, lowers, i = self.doc, self.lowers, start
        if (
            i + 2 < limit
            and lowers[i] == "the"
            and lowers[i + 1] in self.finder.referring_nouns
            and lowers[i + 2] in ("'s", "\u2019s")
        ):
            return i + 3  # "of the province's digital economy": the owner a noun refers to
        if i >= limit or doc[i].ent_type_ not in ("GPE", "ORG") or doc[i].ent_iob_ != "B":
            return None
        i += 1
        while i < limit and doc[i].ent_iob_ == "I":
            i += 1
        if i < limit and self.lowers[i] in ("'s", "\u2019s", "'", "\u2019"):
            return i + 1
        return None

    def _past_possessive_owner(self, start: int, floor: int) -> int:
        """Where an owner in the possessive right before token ``start`` begins ("of Jiangsu's
        | foreign trade", "of the province's | exports"), so that a measure or count noun before
        it still heads the metric; ``start`` when no such owner stands there. The owner stays
        inside the metric phrase (it cannot be cut out of it), and is the subject."""
        doc = self.doc
        i = start - 2
        if i < floor or self.lowers[start - 1] not in ("'s", "\u2019s", "'", "\u2019"):
            return start
        if i > floor and self.lowers[i] in self.finder.referring_nouns:
            return i - 1 if self.lowers[i - 1] == "the" else start  # "of the province's"
        if doc[i].ent_type_ not in ("GPE", "ORG"):
            return start
        while i > floor and doc[i].ent_iob_ == "I":
            i -= 1
        return i

    def _participle_word(self, i: int) -> bool:
        """A lower-case past participle that says which things are counted ("registered")."""
        return self.lowers[i].endswith("ed") and self.doc[i].is_lower

    def _count_head(self, start: int, segment: int) -> int:
        """ "The number of newly established foreign-invested enterprises rose 31 percent": the
        count is the quantity, its "of" phrase the things counted (a few plain words may stand
        between "of" and the words read before the verb); ``start`` when no count heads them."""
        j = start
        while (
            j > segment
            and j > start - 3
            # "of registered cruise passengers": a participle that says which are counted
            and (self.plain(j - 1) or self._participle_word(j - 1))
        ):
            j -= 1
        j = self._past_possessive_owner(j, segment)  # "the number of Xiamen's inbound tourists"
        if (
            j - 2 >= segment
            and self.lowers[j - 1] == "of"
            and self.lowers[j - 2] in fact_words("count_head")
            and not (j - 3 >= 0 and self.lowers[j - 3] == "a")  # "a number of firms": several
        ):
            return j - 2
        return start

    def _content_word(self, i: int) -> bool:
        """A plain word, or a word of the text that no metric phrase stops at although the
        lexicons read it as a cue elsewhere ("pay" in "regular pay")."""
        return self.plain(i) or (
            self.doc[i].is_alpha
            and self.lowers[i] not in fact_words("function")
            and self.lowers[i] not in self.finder.verbs
            and self.lowers[i] not in fact_words("adjunct")
        )

    def _place_adjunct(self, opening: int, start: int, end: int) -> bool:
        """Whether the words ``start:end`` before a verb are a capitalized name after "in" or
        "at" that ends a phrase opened at ``opening`` of plain words and "of", "for", "and"
        ("The value of mergers and acquisitions in Asia", "Demand for office space in
        Bangalore")."""
        doc = self.doc
        return (
            opening < start - 1
            and start < end
            and self.lowers[start - 1] in ("in", "at")
            and start - 1 - opening <= 8
            and all(doc[i].is_title for i in range(start, end))
            and all(
                self.plain(i) or self.lowers[i] in ("of", "for", "and")
                for i in range(opening, start - 1)
            )
        )

    # subject ---------------------------------------------------------------------------------

    def _maturity_yield(self, value: _Value) -> bool:
        """ "the two-year yield dropped 12 basis points": the market yield of a maturity, a
        quote of no one's (the yield a bond was sold at is its issuer's)."""
        if value.metric is None or value.metric_cls != "rate":
            return False
        start, end = value.metric
        if not _YIELD_WORD.search(self.text[start:end]):
            return False
        return _MATURITY.search(self.text[max(0, start - 12) : end]) is not None

    def _not_owners(self) -> set[int]:
        """Token starts of ORG/GPE mentions that cannot own a quantity: sources ("according to
        the bureau", "the ministry said"), datelines ("NANJING, Jan. 23"), "Austin-based", and
        a place before another ("east China's Jiangsu Province")."""
        doc, out = self.doc, set()
        for cue in self.cues:
            if cue.rule.category == "source":
                # the source is named in the cue's own sentence ("..., the bureau said. Xiamen's")
                stop = min(cue.end + cue.rule.scope + 1, self.sentence_of(cue.start).end)
                for ent in self.subject_index.between(cue.end, stop):
                    between = self.lowers[cue.end : ent.start]
                    if not self.finder.terminators.isdisjoint(between) or (
                        self.lowers[cue.start] in ("said", "says", "told")
                        and not _CLAUSE_OPENERS.isdisjoint(between)
                    ):
                        # "the company said on Friday, while rival Norvik posted ...", "said its
                        # unit Jaguar Land Rover posted": a name past a conjunction or inside
                        # the clause said opens what is said, it is no source
                        break
                    # "said bank lending in Indonesia could grow": where the figure is, after
                    # the quantity a verb of saying reports, no source
                    said = self.lowers[cue.start] in ("said", "says", "told")
                    if not self._owns_what_follows(ent) and not (
                        said and self.lowers[ent.start - 1] == "in"
                    ):
                        out.add(ent.start)
                    break
        for ent in self.subjects:
            after = self.lowers[ent.end : ent.end + 3]
            line_start = ent.start_char == 0 or self.text[ent.start_char - 1] == "\n"
            # "NANJING, Jan. 23": the date right after the comma ("Rio Tinto, its main rival,
            # last month posted ..." opens a sentence, no dateline)
            dated = ent.end + 1 < len(doc) and doc[ent.end + 1].ent_type_ == "DATE"
            if (
                self._reports(ent)
                or self._in_byline(ent)
                or (after[:1] and after[0] in ("said", "says", "told") and ent.label_ != "ORG")
                or (line_start and after[:1] == [","] and (ent.text.isupper() or dated))
                or (line_start and ent.text.isupper() and after[:1] in _DATELINE_DASHES)
                # "AMSTERDAM/NEW YORK, Sept 9 (Reuters) -": a dateline of two cities
                or (ent.text.isupper() and line_start and after[:1] == ["/"])
                or (ent.text.isupper() and ent.start > 0 and doc[ent.start - 1].text == "/")
                # "HANGZHOU, China, Nov 25 (Reuters) -": the country or state after the city
                or self._dateline_region(ent)
                # "Services inflation, watched closely by the BoE, dipped to 4.7%"
                or self._aside_agent(ent)
                or (
                    line_start
                    and after[:1] == ["("]
                    and doc[ent.end + 1 : ent.end + 2].text in self.finder.news_sources
                )
                or after[:2] in _SEAT_WORDS
                or (ent.label_ == "GPE" and self._based_place(ent.start))
                # "SoftBank-backed Quenta Pay", "the Alibaba-owned platform": the backer
                or (
                    ent.label_ == "ORG"
                    and after[:1] == ["-"]
                    and after[1:2] != []
                    and after[1] in fact_words("backer_participle")
                )
                # "The Ningde, Fujian province-based company": the city before its province
                or (after[:1] == [","] and self._based_place(ent.end + 1))
                or (
                    after[:1] in (["'s"], ["\u2019s"])
                    and ent.end + 1 < len(doc)
                    and doc[ent.end + 1].ent_type_ == "GPE"
                    and ent.label_ == "GPE"
                )
                or self._describes_company(ent)
                # "the LSEG SmartEstimate of", "a FactSet consensus": who estimates
                or (after[:1] and after[0] in fact_words("subject_estimate_noun"))
                # "Moody's analyst Anushka Shah said ...": the speaker's employer
                or (ent.label_ == "ORG" and after[:1] and after[0] in fact_words("subject_analyst"))
                or self._place_of_a_unit(ent)
                or self._example_of(ent)
                # "In U.S. dollar terms, exports climbed": the currency's country
                or (
                    ent.label_ == "GPE"
                    and after[:1]
                    and after[0] in fact_words("currency_after_place")
                )
            ):
                out.add(ent.start)
        # a name inside a quote's instrument ("the S&P/ASX 200", "the main Jakarta share index")
        # names the market, and a market quote belongs to no one
        for metric in self.metrics:
            if metric.cls == "instrument":
                # "Hang Seng Bank", "S&P Global": a company's name that goes on past the
                # instrument's is the company's
                out.update(
                    ent.start
                    for ent in self.subject_index.between(metric.start, metric.end)
                    if ent.end <= metric.end
                )
        return out

    def _example_of(self, ent: Span) -> bool:
        """A name given as an example of a group the sentence counts as a whole: "Cornerstone
        investors, including Hunan Xiangjiang Group and a Singapore fund, have agreed to
        subscribe for US$120 million of shares": the group's amount, not that name's."""
        doc, examples, i = self.doc, fact_words("subject_example"), ent.start - 1
        floor = max(0, ent.start - 10)  # a short list of a few names, not a scan
        # back over the list before the name: "including X and a Singapore sovereign fund"
        while (
            i > floor
            and self.lowers[i] not in examples
            and (
                self.lowers[i] in ("and", ",", "a", "an", "the")
                or doc[i].ent_type_
                or self.plain(i)
            )
        ):
            i -= 1
        if i < 2 or self.lowers[i] not in examples:
            return False
        return self.lowers[i - 1] == "," and self.lowers[i - 2] in fact_words("subject_group")

    def _aside_agent(self, ent: Span) -> bool:
        """Whether ``ent`` is the agent of a participle of watching or compiling in an aside
        set off by commas ("inflation, watched closely by the BoE, dipped"; "the index,
        compiled by Caixin, rose"): it describes the quantity and owns none."""
        doc, lowers = self.doc, self.lowers
        marks = (",", "-", "\u2013", "\u2014")  # or dashes: "inflation - watched by the BoE -"
        if ent.end >= len(doc) or doc[ent.end].text not in marks:
            return False
        i = ent.start - 1
        if i >= 0 and lowers[i] == "the":
            i -= 1
        if i < 2 or lowers[i] != "by":
            return False
        observers = fact_words("aside_observer")
        for j in range(i - 1, max(0, i - 4), -1):
            if lowers[j] in observers:
                return j > 0 and doc[j - 1].text == doc[ent.end].text
            if not doc[j].is_alpha:
                return False
        return False

    def _dateline_region(self, ent: Span) -> bool:
        """Whether ``ent`` is the region a dateline adds after its city ("HANGZHOU, China, Nov
        25", "AUSTIN, Texas -"): after a capitalized city that opens a line and a comma, and
        before the date, a dash or the agency's name."""
        doc = self.doc
        if ent.label_ != "GPE" or ent.start < 2 or doc[ent.start - 1].text != ",":
            return False
        city = next(
            (
                e
                for e in self.subject_index.between(ent.start - 6, ent.start - 1)
                if e.end == ent.start - 1
            ),
            None,
        )
        if city is None or not city.text.isupper():
            return False
        if city.start_char > 0 and self.text[city.start_char - 1] != "\n":
            return False
        after = doc[ent.end : ent.end + 2]
        return len(after) > 0 and (
            [after[0].text] in _DATELINE_DASHES
            or after[0].text == "("
            or (after[0].text == "," and len(after) > 1 and after[1].ent_type_ == "DATE")
        )

    def _dateline_date(self, ent: Span) -> bool:
        """Whether the DATE ``ent`` is a dateline's ("HANGZHOU, China, Nov 25, 2025 (Reuters)
        -", "LONDON, March 5 -"): after a capitalized place that opens a line (and its region)
        and a comma, before the agency's name or a dash."""
        doc = self.doc
        if ent.start < 2 or doc[ent.start - 1].text != "," or ent.end >= len(doc):
            return False
        if doc[ent.end].text != "(" and [doc[ent.end].text] not in _DATELINE_DASHES:
            return False
        place = next(
            (
                e
                for e in self.subject_index.between(ent.start - 8, ent.start - 1)
                if e.end == ent.start - 1
            ),
            None,
        )
        if place is not None and self._dateline_region(place):
            place = next(
                (
                    e
                    for e in self.subject_index.between(place.start - 6, place.start - 1)
                    if e.end == place.start - 1
                ),
                None,
            )
        return (
            place is not None
            and place.text.isupper()
            and (place.start_char == 0 or self.text[place.start_char - 1] == "\n")
        )

    def _place_of_a_unit(self, ent: Span) -> bool:
        """A place that says which unit of an owner is meant: "the bank's U.S. commercial
        lending unit", "its China business". The owner is the possessor, not the place."""
        doc, i = self.doc, ent.start - 1
        if ent.label_ != "GPE" or i < 1:
            return False
        if self.lowers[i] in ("its", "their"):
            return True
        if self.lowers[i] == "in":
            # "its order backlog in Saudi Arabia", "their sales in China": where the
            # possessor's quantity is, not whose (a quantity: "its regional headquarters in
            # Haikou" is where it is set up)
            j = i - 1
            while j > max(0, i - 5) and self.plain(j):
                j -= 1
            return (
                j < i - 1
                and self.lowers[j] in ("its", "their")
                and any(m.end == i for m in self.metric_index.between(j + 1, i))
            )
        return doc[i].text in ("'s", "\u2019s") and not doc[i - 1].ent_type_

    def _owns_what_follows(self, ent: Span) -> bool:
        """ "..., said the RBA's decision to lower the cash rate": a name in the possessive
        after a source cue owns the thing after it, unless that is a person ("said ING's chief
        economist")."""
        doc, i = self.doc, ent.end
        if i + 1 >= len(doc) or doc[i].text not in ("'s", "\u2019s"):
            return False
        return not any(
            t.lower_ in self.finder.person_roles or t.ent_type_ == "PERSON"
            for t in doc[i + 1 : i + 4]
        )

    def _based_place(self, start: int) -> bool:
        """Whether a place that starts at token ``start`` is a company's seat: "Fujian
        province-based", "Ohio-headquartered"."""
        found = self.subject_index.between(start, start + 1)
        if not found or found[0].label_ != "GPE":
            return False
        end = found[0].end
        if end < len(self.doc) and self.lowers[end] in _designators():
            end += 1  # "province" after "Fujian"
        return self.lowers[end : end + 2] in _SEAT_WORDS

    def _describes_company(self, ent: Span) -> bool:
        """A place that says where a company is from: "Germany's Rheinberg Chemie", "U.S.
        private equity firm Harbor Ridge Partners", "Hong Kong developer Harbourfront"."""
        doc = self.doc
        if ent.label_ == "ORG":
            return self._possessor_of_company(ent)
        if ent.label_ != "GPE":
            return False
        i = ent.end
        if i < len(doc) and doc[i].text in ("'s", "\u2019s"):
            i += 1
            if self._possessor_of_company(ent):
                return True  # "Brazil's state-run oil company Petrobras"
        else:
            while i < min(len(doc), ent.end + 4) and doc[i].is_lower and self.plain(i):
                # "Xinjiang polysilicon maker reports ...": a company the sentence leaves unnamed
                if self.finder.owner_refers.get(self.lowers[i]) in ("ORG", "Bank"):
                    return True
                i += 1
        if i >= len(doc) or doc[i].ent_type_ != "ORG" or doc[i].ent_iob_ != "B":
            return False
        company = next(iter(self.subject_index.between(i, i + 1)), None)
        return company is not None and not self._reports(company)

    def _possessor_of_company(self, ent: Span) -> bool:
        """A name in the possessive before a company's noun and the company's name, which it
        only describes: "Apple Inc's biggest supplier Foxconn", "Alibaba's rival Ele.me",
        "Brazil's state-run oil company Petrobras" (the company owns its figures)."""
        doc, i = self.doc, ent.end
        if i >= len(doc) or doc[i].text not in ("'s", "\u2019s"):
            return False
        noun = False
        i += 1
        while i < min(len(doc), ent.end + 8) and (doc[i].is_lower or doc[i].text == "-"):
            noun = self.lowers[i] in self.finder.company_nouns
            i += 1
        if not noun or i >= len(doc) or doc[i].ent_type_ != "ORG" or doc[i].ent_iob_ != "B":
            return False
        company = next(iter(self.subject_index.between(i, i + 1)), None)
        return company is not None and not self._reports(company)

    def _in_byline(self, ent: Span) -> bool:
        """Whether a mention stands on a byline or source line of the article's head (not the
        headline): "By Yang Cheng in Tianjin | China Daily | Updated: 2023-12-21"."""
        line_start = self.line_of(ent.start_char)[0]
        if line_start == 0 or line_start > HEAD_CHARS:
            return False
        line = self.text[line_start : self.line_of(ent.end_char)[1]]
        # "ISTANBUL" alone on its line under the byline: a dateline
        return _BYLINE.search(line) is not None or (line.strip() == ent.text and ent.text.isupper())

    def _reports(self, ent: Span) -> bool:
        """Whether an ORG reports others' figures and owns none: a statistics office, a ministry,
        a bureau ("the bureau said", "GUS said"); a company that speaks owns what it speaks of."""
        words = self.fullest(ent).split()
        if ent.label_ != "ORG" or not any(w in self.finder.source_bodies for w in words):
            return False
        after = self.lowers[ent.end : ent.end + 3]
        if after[:1] in (["'s"], ["\u2019s"]) and fact_words("subject_report_noun").isdisjoint(
            after[1:]
        ):
            # "Turnover on the Tokyo Stock Exchange's prime market": a thing of its own, not
            # its data ("the bureau's data showed")
            return False
        # "The Provincial Department of Finance spent 86.4 billion yuan", "Japan's Ministry of
        # Finance is widely believed to have spent ...": it owns what it spends
        acts = fact_words("quantity_verb") | fact_words("allocation")
        stop = min(len(self.doc), ent.end + 7, self.sentence_of(ent.start).end)
        for i in range(ent.end, stop):
            if self.lowers[i] in fact_words("subject_report_verb"):
                break  # "the department said spending reached ...": what it reports
            if self.lowers[i] in acts:
                return False
            if self.lowers[i] in (",", ";", ":") or self.doc[i].ent_type_ in VALUE_LABELS:
                break
        # "Borrowing by the Treasury and Finance Ministry totaled ...": the doer of an act
        i = ent.start - (2 if ent.start > 1 and self.lowers[ent.start - 1] == "the" else 1)
        return not (
            i > 0 and self.lowers[i] == "by" and self.lowers[i - 1] in fact_words("subject_act")
        )

    def _owners(self, sentence: Span) -> list[Span]:
        return [
            e
            for e in self.subject_index.between(sentence.start, sentence.end)
            if e.end <= sentence.end and e.start not in self.not_owners
        ]

    def _main_subject(self) -> Span | None:
        """The article's main subject: the owner it names most often (a short form counting
        for its full name), the earliest on a tie; only owners of the headline and the lede
        compete."""
        head = self.sents[:4]
        # "Euro zone economy grows 0.4% ... | Germany, the bloc's largest economy, ...": an
        # owner first named past the paragraph of the text's first figure came too late
        first = next((v for v in self.values if v.start_char > self.text.find("\n")), None)
        last = self.blank_line_after(first.end_char) if first is not None else len(self.text)
        candidates = [
            e
            for sentence in head
            for e in self._owners(sentence)
            if not self._adjunct(e, sentence) and not self._locator(e) and e.start_char < last
        ]
        if not candidates:
            return None
        names = [
            e
            for e in self.subjects
            if e.start not in self.not_owners and not self._adjunct(e, self.sentence_of(e.start))
        ]

        def mentions(ent: Span) -> int:
            full = _bare(self.fullest(ent))
            return sum(
                1
                for other in names
                if _bare(other.text) in full or _bare(self.fullest(other)) == full
            )

        # A headline that opens with a company noun ("Automaker starts production at ...",
        # "Lender posts record profit") is about the first such company the lede names.
        kind = self.finder.owner_refers.get(self.lowers[0])
        if kind in ("ORG", "Bank"):
            company = next((e for e in candidates if self._owner_kind(e) == kind), None)
            if company is not None:
                return company
        # The headline's opening name is what it is about ("Kurobe Precision lifts profit
        # outlook as weak yen offsets BOJ exit"), when the body names it again.
        opener = candidates[0]
        headline = self.line_of(opener.start_char)[0] == 0
        if opener.start <= 1 and headline and mentions(opener) >= 2:
            return opener
        # "the county", "the company" name it too: Xiuwen County named once and called "the
        # county" five times is more the subject than Guizhou Province named three times
        referred = self._referred()
        return max(
            candidates, key=lambda e: (mentions(e) + referred[self._owner_kind(e)], -e.start)
        )

    def _locator(self, ent: Span) -> bool:
        """A place that locates a smaller one the text does not name yet: "Jiangxi county signs
        projects" (a county in Jiangxi Province), "Zhejiang town" (a lower-case designator of
        another kind than the place's own)."""
        if ent.label_ != "GPE" or ent.end >= len(self.doc) or not self.doc[ent.end].is_lower:
            return False
        refers = self.finder.owner_refers.get(self.lowers[ent.end])
        own = self._owner_kind(ent)
        return (
            refers is not None
            and refers not in ("ORG", "Bank", "country")
            and own not in ("city", "country")
            and refers != own
        )

    def _adjunct(self, ent: Span, sentence: Span) -> bool:
        """A mention after a preposition ("in Dublin", "to the US") but at a sentence's start."""
        i = ent.start - 1
        if (
            i > sentence.start + 1
            and self.lowers[i] in ("'s", "\u2019s")
            and self.doc[i - 1].ent_type_ == "GPE"
        ):
            i -= 1  # "in east China's Jiangxi Province": past the country that locates it
            while i > sentence.start and self.doc[i].ent_iob_ == "I":
                i -= 1
            i -= 1
        if i > sentence.start and self.lowers[i] in fact_words("compass"):
            i -= 1  # "in southern Jiangxi"
        if i > sentence.start and self.lowers[i] == "the":
            i -= 1  # "to the US"
        return i > sentence.start and self.lowers[i] in fact_words("adjunct")

    def _subject(self, value: _Value, previous: _Value | None) -> None:
        if value.metric_cls == "instrument" or self._maturity_yield(value):
            value.how.append("subject.instrument")
            return
        span, clause = value.span, value.clause
        owners = [
            e
            for e in self._owners(value.sentence)
            if clause[0] <= e.start
            and e.end <= clause[1]
            and not self._partner(e)
            # "In Hangzhou, where developer Greentown China is based, home prices fell"
            and not (e.end <= span.start and self._in_relative_clause(e, span.start))
            # "its ice cream business, which includes brands such as Magnum and Ben & Jerry's,
            # had turnover of": a name inside an aside on a thing, closed before the value ("Li
            # Jun, who runs a workshop in Xuchang, said" is a person's: the place is his)
            and not (
                e.end <= span.start and self._aside_opening(e, span.start, 15) in _THING_RELATIVES
            )
        ]
        segment = (
            previous.span.end if previous is not None and previous.clause == clause else clause[0]
        )
        # after a value of the same clause, a place named after a preposition and closed by a
        # comma is where that value was ("rose 4.2% to EUR 38.10 in Frankfurt, giving it a
        # market value of ..."); "and a data centre in Yubei District will cost" is the owner
        after_value = [
            e
            for e in owners
            if segment == clause[0]
            or e.start < segment
            or not self._adjunct(e, value.sentence)
            or "," not in self.text[e.end_char : span.start_char]
        ]
        if self._shared_by_several(owners, segment, span.start) or self._joint_move(
            value, owners, segment
        ):
            value.how.append("subject.shared")
            # "China Mobile, China Telecom and China Unicom together invested 38 billion yuan
            # in networks in the province": several companies' spending is the place's
            value.subject = self._place_invested_in(value, owners)
            return
        chosen = (
            self._possessor_of_value(value, owners)
            or self._fined_owner(value, owners)
            or self._rated_company(value)
            or self._relative_subject(value, owners)
            or self._apposed_owner(value)
            or self._valued_by_noun(value, owners)
            or self._respective_owner(value, owners)
            or self._compared_at(value)
            or self._elliptic_owner(owners, segment, span.start)
            or self._owner_right_before(owners, segment, span.start)
            or self._owner_of_metric(owners, value)
            or self._subject_part(after_value, segment, span.start)
            or self._subject_part(owners, clause[0], span.start)
            or self._owner_of_whole(value)
            or self._place_of_an_unnamed(owners, segment, span.start)
        )
        if (
            chosen is not None
            and previous is not None
            and previous.subject is not None
            and previous.subject.label_ == "ORG"
            and "metric.previous_sentence" in value.how
            and self._opening_place(chosen, value.sentence)
        ):
            # "Global vehicle sales climbed 9 percent ... In China, however, they fell 21
            # percent": the company's quantity in a market, not the market's
            chosen = previous.subject
        if chosen is not None and self._joined_places(chosen):
            # "Residential plots in Jinan and Qingdao fetched ...": the figure of two places is
            # neither's; the owner in view (their province) has it
            chosen = None
            value.how.append("subject.joined_places")
        if value.kind == "share" and chosen is not None and chosen.start > span.start:
            # "Xinjiang produced 40 percent of China's polysilicon": China owns the whole
            chosen = self._subject_part(owners, segment, span.start) or chosen
        market = False
        if value.metric_cls == "shares" and chosen is not None and chosen.label_ != "ORG":
            # "Hong Kong shares slipped 0.1%": a market's shares, no company's
            market = value.metric is not None and chosen.end_char + 1 == value.metric[0]
            chosen = None
        if chosen is not None and self._organ(chosen):
            chosen = self._institution()
        if chosen is not None and (bank := self._country_bank(value, chosen)) is not None:
            chosen = bank  # "Sweden's central bank cut its policy rate": the Riksbank
            value.how.append("subject.country_bank")
        if (
            chosen is not None
            and value.phrase is not None
            and value.phrase.scope == "macro"
            and self._is_central_bank(chosen)
        ):
            # "Inflation by the Fed's preferred measure rose 2.6%": the bank sets rates, the
            # economy it watches is its country's
            chosen = self._home_place(chosen)
        paragraph = self.paragraph(span.start)
        national = self._national(value, chosen)
        if national is not None:
            chosen = national
            value.how.append("subject.national")
        elif market:
            value.how.append("subject.market")
        elif chosen is None and (country := self._country_of_metric(value)) is not None:
            # "French consumer prices" in a story that never names France: France's, so no
            # other place's, and no mention to point at
            chosen = country[0]
            value.how.append("subject.demonym")
        elif chosen is None and (named := self._reporter_country(value)) is not None:
            # "Consumer inflation quickened to 5.6%, Statistics South Africa said"
            chosen = named
            value.how.append("subject.reporter_country")
        elif chosen is None and (named := self._pronoun_owner(value)) is not None:
            chosen = self._forecaster(value, named)
            value.how.append("subject.pronoun")
        elif chosen is None and (named := self._anaphor(value)) is not None:
            chosen = self._forecaster(value, named)
            value.how.append("subject.anaphor")
        elif chosen is None and (named := self._its_owner(value)) is not None:
            chosen = named
            value.how.append("subject.its")
        elif chosen is None and (named := self._speakers_company(value)) is not None:
            chosen = named
            value.how.append("subject.speaker")
        elif chosen is None and (named := self._sentence_owner(value, previous)) is not None:
            chosen = named
            value.how.append("subject.same_sentence")
        elif chosen is None:
            at, inherited = self.paragraph_subject
            here = at == paragraph and inherited is not None
            if not here and inherited is not None and self._quote_goes_on(paragraph, at, inherited):
                # 'In Suihua, ... Wang Qingshan, who runs a cooperative, said ... / "Each member
                # household took home about 65,000 yuan," Wang said.': the quote speaks for the
                # owner of the paragraph that introduced its speaker
                here = True
                value.how.append("subject.quote_goes_on")
            chosen = inherited if here else self.main_subject
            if not (here and self._facility_speaks(value)):
                # "... signed an agreement on a smart factory project. The plant is expected to
                # generate annual output value of 5 billion yuan": the plant is the owner's
                # just named, a company's or a place's, whatever its quantity
                chosen = self._by_scope(value, chosen)
            if chosen is not None and chosen.label_ == "ORG" and self._sector_speaks(value):
                # "The core industries of the digital economy generated revenue of ...": a
                # sector is a part of the place, not of the company named before; "Indian
                # issuers have sold ...": the country its nationality adjective names
                chosen = self._sector_country(value) or self.main_place or chosen
            if (
                chosen is not None
                and chosen.label_ == "ORG"
                and (reporter := self._reporter(value)) is not None
            ):
                # "Data from the Energy Information Administration showed retail gasoline prices
                # averaged ...": an agency's figure is the economy's, not the company's in view;
                # an international body's, the world's ("according to the IEA")
                words = self.fullest(reporter).split()
                world = any(w in fact_words("subject_international") for w in words)
                chosen = None if world else self.main_place or self.main_country
                value.how.append("subject.reported")
            if chosen is not None and chosen.label_ == "ORG" and self._government_speaks(value):
                # "Finance Minister Sri Mulyani Indrawati has put this year's energy subsidy
                # bill at ...": the government's figure is the country's
                chosen = self.main_country or chosen
            if chosen is not None and self._market_price(value):
                chosen = None
                value.how.append("subject.market_price")
            if chosen is not None and self._investors_speak(value) and not self._of_shares(value):
                # "Foreign investors had pulled in excess of $2 billion from local bonds": the
                # market's flows, no company's or bank's (the shares investors subscribe for
                # are the issuer's)
                chosen = None
                value.how.append("subject.investors")
            if chosen is not None and self._several_unnamed(value):
                # "The two cities together accounted for 45.3 pct of the provincial total"
                chosen = None
                value.how.append("subject.shared")
            if chosen is not None and self._watched_by_bank(value, chosen):
                # "..., giving the ECB little reason to act. Energy prices fell 0.4%": a
                # central bank watches the prices it names no target for; they are its home's
                chosen = self._home_place(chosen)
            value.how.append("subject.inherited")
        else:
            value.how.append("subject.sentence")
        if (economy := self._economy_owner(value, chosen)) is not None:
            chosen = economy[0]
            value.how.append("subject.economy")
        self.paragraph_subject = (paragraph, chosen)
        if value.how[-1] != "subject.sentence":
            chosen = self._central_bank_scope(value, chosen)
        value.subject = chosen

    def _quote_goes_on(self, paragraph: int, at: int, inherited: Span) -> bool:
        """Whether the paragraph starting at ``paragraph`` opens with a quotation mark, comes
        right after the one starting at ``at`` and names as its speaker a person that one
        introduced after its owner ``inherited``."""
        if self.text[paragraph : paragraph + 3].lstrip()[:1] not in ('"', "\u201c"):
            return False
        if self.blank_line_before(paragraph - 1) + 1 != at:
            return False
        if paragraph not in self._quote_speakers:  # one look per paragraph, not per value
            # the speaker the quote names ("Wang said") was introduced in the paragraph before
            end = self.text.find("\n\n", paragraph + 1)
            end = len(self.text) if end < 0 else end
            quote = self.doc.char_span(paragraph, end, alignment_mode="contract")
            before = self.doc.char_span(at, paragraph, alignment_mode="contract")
            said = {e[0].text for e in quote.ents if e.label_ == "PERSON"} if quote else set()
            people = [e for e in before.ents if e.label_ == "PERSON"] if before else []
            self._quote_speakers[paragraph] = next(
                (e.start for e in people if not said.isdisjoint(t.text for t in e)), -1
            )
        # the owner named before the speaker is the speaker's ("In Suihua, ... Wang Qingshan
        # said"), one in the speech only what it is about ("Carrington said the RBA's ...")
        return 0 <= inherited.start < self._quote_speakers[paragraph]

    def _watched_by_bank(self, value: _Value, chosen: Span) -> bool:
        """Whether an inherited owner is a central bank and the value a statistic of prices or
        of the economy it reported (no target of the bank's): the bank sets rates and targets,
        it owns no price index."""
        if value.kind == "target" or not self._is_central_bank(chosen):
            return False
        return (
            value.metric_cls == "price"
            or self._economy_figure(value)
            or self._metric_names(value, fact_words("price_word"))
        )

    def _economy_figure(self, value: _Value) -> bool:
        """Whether a value's metric is a statistic of a place's economy: a macro phrase of the
        lexicon, or one inside the metric ("GDP growth")."""
        scope = value.phrase.scope if value.phrase is not None else "any"
        return scope == "macro" or self._metric_names(value, macro_phrases())

    def _forecaster(self, value: _Value, bank: Span) -> Span | None:
        """ "The bank forecast inflation of 5.2% in 2024": a central bank that "the bank" or
        "it" stands for forecasts its economy's figures, it does not own them."""
        if self._economy_figure(value) and self._is_central_bank(bank):
            return self._home_place(bank)
        return bank

    def _metric_names(self, value: _Value, phrases: frozenset[str]) -> bool:
        """Whether a run of the words of ``value``'s metric is one of ``phrases``."""
        if value.metric is None:
            return False
        words = self.text[value.metric[0] : value.metric[1]].lower().split()
        return any(
            " ".join(words[i:j]) in phrases
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        )

    def _market_price(self, value: _Value) -> bool:
        """ "Nickel prices averaged $17,400 per ton": the prices of a traded commodity, where
        the sentence names no owner, are a market quote, no one's (not those of the miner or
        the country the article is about, which would say "its prices")."""
        if value.metric is None:
            return False
        words = self.text[value.metric[0] : value.metric[1]].lower().split()
        goods = _traded_goods()
        if words and words[-1] in fact_words("subject_market"):
            # the good is a traded commodity ("nickel", "iron ore", "polysilicon")
            return self._metric_names(value, goods)
        # "Butter sold for US$6,300", "Whole milk powder fetched an average of US$3,410 a
        # tonne": the good itself, priced by a verb of selling
        return "metric.priced" in value.how and " ".join(words) in goods

    def _economy_owner(self, value: _Value, chosen: Span | None) -> tuple[Span | None] | None:
        """A whole economy's figure owned by a company or a forecaster: "The IMF sees U.S.
        growth of 2.7%" (the place before the metric's), "Fitch expects the economy to grow
        6%" (the article's country), "the World Bank raised its global growth forecast to 2.6%"
        (no one's), "Goldman raised its gold price forecast to $2,700" (a market's, no one's).
        A world figure is no place's either ("Global inflation is seen easing to 3.5%").
        ``(owner,)`` when the owner changes, None when ``chosen`` stays."""
        if chosen is None or value.metric is None:
            return None
        metric = self.doc.char_span(*value.metric, alignment_mode="expand")
        if metric is None:
            return None
        first = metric.start
        before = next(
            (
                e
                for e in self.subject_index.between(max(0, first - 5), first)
                if e.end == first
                or (e.end == first - 1 and self.lowers[e.end] in ("'s", "\u2019s"))
            ),
            None,
        )
        if before is not None and before.start == chosen.start:
            return None  # "the EU's economy", "Vietnam's GDP": its own
        # "developing Asia's economies", "its global growth forecast": a word or two before
        words = self.lowers[max(self.sentence_of(first).start, first - 3) : metric.end]
        if metric.end < value.span.start and self.lowers[metric.end] == "in":
            # "Inflation in the 20 countries sharing the euro eased to 2.2%": where the figure
            # is measured, up to its value
            words = words + self.lowers[metric.end : min(value.span.start, metric.end + 8)]
        world = not fact_words("subject_world").isdisjoint(words)
        demonym = self._country_of_metric(value)  # "Brazilian growth"
        # "the IMF raised its 2024 growth forecast": growth alone, forecast by a public body, a
        # bank or an agency ("Holmvik Motors expects growth of 6%": the company's own)
        bare = (
            value.kind == "target"
            and self.text[value.metric[0] : value.metric[1]].lower() == "growth"
            and not fact_words("subject_forecaster").isdisjoint(
                self.fullest(chosen).lower().split()
            )
        )
        growth = "growth" in words and (before is not None or world or demonym is not None or bare)
        economy = growth or self._metric_names(value, fact_words("subject_economy"))
        if chosen.label_ != "ORG" or self._is_central_bank(chosen):
            # a central bank forecasts its economy's figures and sets its own rates (above)
            if economy and world and before is None:
                return (None,)
            if bare and before is None and self._is_central_bank(chosen):
                # "the central bank kept its growth forecast at 4.7%-5.5%": its economy's
                return (self._home_place(chosen),)
            return None
        if not economy:
            # "its realised copper price": the company's own
            own = first > 0 and self.lowers[first - 1] in ("its", "their", "our")
            return (None,) if before is None and not own and self._market_price(value) else None
        if before is not None:
            return (before,)
        if world:
            return (None,)
        if not fact_words("subject_union").isdisjoint(self.fullest(chosen).lower().split()):
            return None  # "the European Union", "ASEAN": a union of economies has one
        return demonym or (self.main_place or self.main_country,)

    def _its_owner(self, value: _Value) -> Span | None:
        """ "Telia reports on Thursday; analysts expect its revenue to rise 1%": "its" before
        the metric of a clause that names no owner stands for the owner that opens the
        sentence, else the one that opens the sentence before in the paragraph."""
        if (
            value.metric is None
            or self.text[max(0, value.metric[0] - 4) : value.metric[0]] != "its "
        ):
            return None
        sentence = value.sentence
        k = bisect_right(self.sent_starts, sentence.start) - 1
        here = [sentence]
        if k > 0 and self.paragraph(self.sents[k - 1].start) == self.paragraph(sentence.start):
            here.append(self.sents[k - 1])
        for part in here:
            if part.start not in self._openers:  # one look per sentence, not per value
                owners = self.subject_index.between(part.start, part.start + 2)
                self._openers[part.start] = next(
                    (e for e in owners if e.start not in self.not_owners), None
                )
            opener = self._openers[part.start]
            if opener is not None and opener.start < value.span.start:
                return opener
        return None

    def _sentence_owner(self, value: _Value, previous: _Value | None) -> Span | None:
        """ "South Korea's exports fell 7.4% ..., but semiconductor shipments rose 21.8%": a
        clause that names no owner continues the owner an earlier clause of its sentence
        named, before the paragraph's or the article's."""
        if (
            previous is None
            or previous.sentence != value.sentence
            or previous.subject is None
            or not {"subject.sentence", "subject.same_sentence"} & set(previous.how)
        ):
            return None
        scope = value.phrase.scope if value.phrase is not None else "any"
        if scope == "macro" and self._is_central_bank(previous.subject):
            return None  # "The RBI has kept its repo rate ..., and inflation rose": the country's
        if self._market_price(value):
            return None
        return previous.subject

    def _central_bank_scope(self, value: _Value, chosen: Span | None) -> Span | None:
        """A policy rate whose owner the sentence does not name is the central bank's that
        sets it, the one the article names most ("the loan prime rate has been lowered twice"
        in a story on a province's lending: the People's Bank of China)."""
        scope = value.phrase.scope if value.phrase is not None else "any"
        # "the first cut, of 25 basis points": a move of the rate the bank sets
        move = "metric.rate_move" in value.how
        if (scope == "policy" or move) and (bank := self._main_central_bank()) is not None:
            value.how.append("subject.central_bank")
            return bank
        return chosen

    def _country_bank(self, value: _Value, place: Span) -> Span | None:
        """ "China's central bank cut the seven-day reverse repo rate": a rate the place's
        central bank sets is the bank's, by the name the article gives it elsewhere
        (``lexicons/central_banks.tsv`` gives each bank's home)."""
        scope = value.phrase.scope if value.phrase is not None else "any"
        # "Mexico's central bank cuts rate to 10.25%": a rate it sets, no economy's
        rate = value.metric_cls == "rate" and scope != "macro"
        if place.label_ != "GPE" or (
            scope != "policy" and not rate and "metric.rate_move" not in value.how
        ):
            return None
        words = self.lowers[place.end : place.end + 3]
        if words[:1] not in (["'s"], ["\u2019s"]) or " ".join(words[1:]) not in fact_words(
            "central_bank_noun"
        ):
            return None
        if self._banks is None:  # once per document
            self._banks = [e for e in self.subjects if self._is_central_bank(e)]
        name, homes = _bare(self.fullest(place)), dict(named_homes())
        return next(
            (
                e
                for e in self._banks
                if name in homes.get(self.finder.bank_homes.get(self.fullest(e), ""), ())
            ),
            None,
        )

    def _home_place(self, bank: Span) -> Span | None:
        """The place whose economy a central bank's story measures: the article's main place
        when the bank's name gives it as home or gives no home (the Fed); else none (the Swiss
        National Bank's inflation is not Mexico City's, the ECB's not Italy's)."""
        place = self.main_place or self.main_country
        home = self._home(bank)
        if home is None or (place is not None and _bare(self.fullest(place)) in home):
            return place
        named = next(
            (e for e in self.subjects if e.label_ == "GPE" and _bare(self.fullest(e)) in home),
            None,
        )
        if named is not None:
            return named
        # "Reserve Bank of India" as the only mention of India: India's inflation is not the
        # bank's but the country's its name gives (none when a demonym gives it: "Swiss")
        return self._country_in_names(home)

    def _reporter_country(self, value: _Value) -> Span | None:
        """ "Consumer inflation quickened to 5.6% in February, Statistics South Africa said",
        "..., according to the Turkish Statistical Institute": a national statistics office or
        ministry that reports a figure of no named owner reports its country's."""
        ent = self._reporter(value)
        home = self._home(ent) if ent is not None else None
        if not home:
            return None
        named = next(
            (e for e in self.subjects if e.label_ == "GPE" and _bare(self.fullest(e)) in home),
            None,
        )
        return named or self._country_in_names(home)

    def _reporter(self, value: _Value) -> Span | None:
        """The statistics office, ministry or agency a value's sentence cites as its source."""
        sentence = value.sentence
        if sentence.start not in self._reporters:  # one look per sentence, not per value
            self._reporters[sentence.start] = next(
                (
                    e
                    for e in self.subject_index.between(sentence.start, sentence.end)
                    if e.label_ == "ORG" and self._reports(e) and self._speaks(e)
                ),
                None,
            ) or self._body_anaphor(sentence)
        return self._reporters[sentence.start]

    def _body_anaphor(self, sentence: Span) -> Span | None:
        """ "The association expects NEV sales to grow 24 percent": a sentence that opens on
        "the" and a noun of a reporting body stands for the last such body named before it
        ("the China Association of Automobile Manufacturers")."""
        first = sentence.start
        if first + 2 >= sentence.end or self.lowers[first] != "the":
            return None
        noun = self.doc[first + 1].text
        if not noun.islower() or noun.capitalize() not in self.finder.source_bodies:
            return None
        if self.lowers[first + 2] not in self.finder.verbs:
            return None  # "The service sector grew": a noun phrase of another head
        before = self.subject_index.between(max(0, first - 400), first)
        return next(
            (
                e
                for e in reversed(before)
                if e.label_ == "ORG" and noun.capitalize() in self.fullest(e).split()
            ),
            None,
        )

    def _speaks(self, ent: Span) -> bool:
        """Whether a mention is the source its sentence cites: "Statistics Canada said", "data
        from the ministry", "according to the Turkish Statistical Institute"."""
        if ent.end < len(self.doc) and self.lowers[ent.end] in fact_words("subject_report_verb"):
            return True
        i = ent.start - (2 if ent.start > 1 and self.lowers[ent.start - 1] == "the" else 1)
        return any(
            c.rule.category == "source" and c.end == i + 1
            for c in self.cue_index.between(max(0, i - 3), i + 1)
        )

    def _country_in_names(self, names: frozenset[str]) -> Span | None:
        """The first country of ``names`` that a public body's name spells out: "India" of
        "the Reserve Bank of India", "South Africa" of "Statistics South Africa". A news
        article often names a country only inside the names of its central bank, statistics
        office or exchange; the country is then the owner of its economy's figures. The span
        lies inside the body's mention (``inner_countries`` maps it to that mention)."""
        if self._countries_in_names is None:
            self._countries_in_names = []
            bodies = self.finder.source_bodies
            countries = country_names()
            for ent in self.subjects:
                words = self.fullest(ent).split()
                if ent.label_ != "ORG" or not (
                    self._is_central_bank(ent) or any(w in bodies for w in words)
                ):
                    continue
                # the longest run of words first ("South Africa", not "Africa")
                runs = sorted(
                    ((a, b) for a in range(ent.start, ent.end) for b in range(a + 1, a + 4)),
                    key=lambda r: r[0] - r[1],
                )
                for i, j in runs:
                    if j <= ent.end and _bare(self.doc[i:j].text) in countries:
                        country = Span(self.doc, i, j, label="GPE")
                        self.inner_countries[(country.start_char, country.end_char)] = ent
                        self._countries_in_names.append(country)
                        break
        return next((c for c in self._countries_in_names if _bare(c.text) in names), None)

    def _home(self, bank: Span) -> frozenset[str] | None:
        """The bare names of the country a central bank's name gives ("Bank of Korea": south
        korea, korea; "Swiss National Bank": switzerland), empty for a region's ("European
        Central Bank"), None when the name gives none ("Federal Reserve")."""
        name = f" {_bare(self.fullest(bank))} "
        found = [names for word, names in named_homes() if f" {word} " in name]
        if not found:
            return None
        return frozenset().union(*found)

    def _is_central_bank(self, ent: Span) -> bool:
        banks = self.finder.central_banks
        return ent.label_ == "ORG" and (self.fullest(ent) in banks or ent.text in banks)

    def _main_central_bank(self) -> Span | None:
        """The central bank the article names most often, the earliest on a tie."""
        if self._central_bank is None:
            banks = self.finder.central_banks
            named = [
                e
                for e in self.subjects
                if e.label_ == "ORG" and (self.fullest(e) in banks or e.text in banks)
            ]
            counts = Counter(_bare(self.fullest(e)) for e in named)
            best = max(
                named, key=lambda e: (counts[_bare(self.fullest(e))], -e.start), default=None
            )
            self._central_bank = (best,)
        return self._central_bank[0]

    def _national(self, value: _Value, chosen: Span | None) -> Span | None:
        """ "the national average of 5.2 percent", "Nationwide, retail sales rose ...": a figure
        of the whole country, the one the article names (most often)."""
        if value.metric is None or self.main_country is None:
            return None
        words = fact_words("national")
        # the head, not an "of" phrase ("the province's share of national coal output")
        metric = self.text[value.metric[0] : value.metric[1]].lower().split(" of ")[0].split()
        before = self.text[max(0, value.metric[0] - 8) : value.metric[0]].split()
        if before[-1:] == ["of"]:
            return None  # the whole a part is measured against: "a share of national output"
        start = self.text[max(0, value.metric[0] - 24) : value.metric[0]].lower().split()
        if start[-1:] == ["the"]:
            start.pop()
        if (
            start[-1:]
            and start[-1] in fact_words("subject_benchmark")
            and self.text[value.metric[1] : value.span.start_char].strip().lower() == "by"
        ):
            # "Hubei's GDP grew 6 percent, outpacing the national figure by 0.5 percentage
            # points": the gap after it is the compared place's, the national figure its
            # benchmark ("higher than the national average of 5.2 percent" is the country's)
            return None
        opening = value.sentence[0].lower_ in words and chosen is None
        # "Box office revenue nationwide hit ...": the word right after the metric
        after = self.text[value.metric[1] : value.metric[1] + 16].lower().split()[:1]
        if opening or any(w in words for w in metric + after):
            return self.main_country
        return None

    def _pronoun_owner(self, value: _Value) -> Span | None:
        """ "One of them is Ningbo Jingyi Bearing Co., a bearing maker. Its revenue rose 23.4%":
        a sentence that opens with "It" or "Its" speaks of the owner that opens the sentence
        before, or the one before that when that sentence names none ("The company produced
        ... It plans to spend ...")."""
        sentence = value.sentence
        if sentence[0].lower_ not in fact_words("pronoun"):
            return self._there(value)
        if sentence.start in self._pronoun_owners:  # one look per sentence, not per value
            return self._pronoun_owners[sentence.start]
        self._pronoun_owners[sentence.start] = None
        k = bisect_right(self.sent_starts, sentence.start) - 1
        for before in self.sents[max(0, k - 2) : k][::-1]:
            owner = next(
                (e for e in self._owners(before) if not self._where(e) and not self._partner(e)),
                None,
            )
            if owner is not None:
                self._pronoun_owners[sentence.start] = owner
                return owner
        return None

    def _speakers_company(self, value: _Value) -> Span | None:
        """ "..., said Straits Harbour chief executive Melissa Goh. She added that the
        acquisition would lift earnings per share by about 6 per cent": a sentence that opens
        with "He" or "She" after one quoting a company's officer speaks for that company (not
        after an economist's or analyst's words, which own nothing, nor of the economy)."""
        sentence = value.sentence
        scope = value.phrase.scope if value.phrase is not None else "any"
        if sentence[0].lower_ not in ("he", "she") or scope == "macro":
            return None
        if sentence.start not in self._speakers:  # one look per sentence, not per value
            self._speakers[sentence.start] = self._officers_company(sentence)
        return self._speakers[sentence.start]

    def _officers_company(self, sentence: Span) -> Span | None:
        """The company whose officer the sentence before ``sentence`` quotes."""
        k = bisect_right(self.sent_starts, sentence.start) - 1
        if k == 0:
            return None
        before = self.sents[k - 1]
        officers, analysts = fact_words("subject_officer"), fact_words("subject_analyst")
        for ent in self.subject_index.between(before.start, before.end):
            if ent.label_ != "ORG":
                continue
            # "Straits Harbour chief executive", "chief financial officer of Kessler Rail"
            after = self.lowers[ent.end : min(ent.end + 3, before.end)]
            ahead = self.lowers[max(ent.start - 5, before.start) : ent.start]
            if ahead[-1:] in (["of"], ["at"]):
                words = ahead[ahead.index(",") + 1 :] if "," in ahead else ahead
            else:
                words = after
            if not officers.isdisjoint(words) and analysts.isdisjoint(words):
                return ent
        # "said Tan Yuhong, the company's vice president for international business": the
        # company the article is about
        refers = self.finder.owner_refers
        for i in range(before.start + 1, before.end - 2):
            if (
                self.lowers[i - 1] == "the"
                and refers.get(self.lowers[i]) == "ORG"
                and self.lowers[i + 1] in ("'s", "\u2019s")
            ):
                words = self.lowers[i + 2 : min(i + 5, before.end)]
                if not officers.isdisjoint(words) and analysts.isdisjoint(words):
                    # the article's company, else the one named last before (a few names
                    # back, not a scan)
                    main = self.main_subject
                    if main is not None and main.label_ == "ORG":
                        return main
                    named = self.subject_index.between(0, before.start)
                    return next(
                        (
                            e
                            for e in reversed(named[-20:])
                            if e.label_ == "ORG" and e.start not in self.not_owners
                        ),
                        None,
                    )
        return None

    def _there(self, value: _Value) -> Span | None:
        """ "In Ordos, a city long known for its coal, ... A solar project there, with a total
        investment of 11.2 billion yuan, ...": "there" after a noun is the last place the
        sentence before names ("there is" says nothing of a place)."""
        doc, sentence = self.doc, value.sentence
        theres = self.tokens_of(_THERE)
        k = bisect_left(theres, sentence.start)
        if k == len(theres) or theres[k] >= value.span.start:
            return None
        i = theres[k]
        following = self.lowers[i + 1] if i + 1 < len(doc) else ""
        if i == sentence.start or following in fact_words("existential"):
            return None
        j = bisect_right(self.sent_starts, sentence.start) - 1
        if j == 0:
            return None
        before = self.sents[j - 1]
        places = [e for e in self._owners(before) if e.label_ == "GPE"]
        return places[-1] if places else None

    def _where(self, ent: Span) -> bool:
        """A mention in a place phrase, however long its list: "in Uttar Pradesh and Bihar",
        "In Mexico City, ...", "at the London Metal Exchange"."""
        doc, i = self.doc, ent.start - 1
        floor = max(
            self.sentence_of(ent.start).start, ent.start - 8
        )  # a list of a few names, not a scan
        while i > floor and (
            self.lowers[i] in ("the", ",", "and") or doc[i].is_title or doc[i].ent_type_
        ):
            i -= 1
        return i >= floor and self.lowers[i] in fact_words("adjunct")

    def _referred(self) -> Counter[str]:
        """How often the article says "the county", "the company", ...: by what they refer to
        (``lexicons/owner_nouns.tsv``)."""
        doc, refers = self.doc, self.finder.owner_refers
        return Counter(
            refers[self.lowers[i]]
            for i in self.tokens_of(self.finder.referring_nouns)
            if i > 0 and self.lowers[i - 1] in ("the", "this") and not doc[i].ent_type_
        )

    def _owner_kind(self, ent: Span) -> str:
        """What "the <noun>" stands for ``ent`` (``owner_nouns.tsv``, column refers): "Bank",
        "ORG", a place's designator ("County"), "country" or "city"."""
        words = self.fullest(ent).lower().split()
        if ent.label_ == "ORG":
            return "Bank" if "bank" in words else "ORG"
        kinds = self.finder.owner_kinds
        last = words[-1] if words else ""
        if last in kinds and kinds[last] not in ("ORG", "Bank", "city", "country"):
            return kinds[last]
        designated = self.designated().get(_bare(" ".join(words)))
        if designated is not None:
            return designated  # "Jiangxi" of "southern Jiangxi province"
        countries = country_names()
        return "country" if _bare(" ".join(words)) in countries else "city"

    def designated(self) -> dict[str, str]:
        """The places the article writes with a lower-case designator after the name ("southern
        Jiangxi province", "Wuxing district"), by bare name: a province or a district, which
        "the city" never stands for."""
        if self._designated is None:
            self._designated = self._designations(headline=True)
        return self._designated

    def body_designated(self) -> dict[str, str]:
        """``designated`` as the text below the headline writes it: a headline's "Guizhou
        county" is a county in Guizhou, no name of the province."""
        if self._body_designated is None:
            self._body_designated = self._designations(headline=False)
        return self._body_designated

    def _designations(self, headline: bool) -> dict[str, str]:
        """The places written with a lower-case designator after the name, by bare name; with
        ``headline`` off, those of the text below the headline only."""
        kinds, lowers = self.finder.owner_kinds, self.lowers
        return {
            _bare(self.fullest(e)): kinds[lowers[e.end]]
            for e in self.subjects
            if e.label_ == "GPE"
            and e.end < len(lowers)
            and lowers[e.end] in kinds
            and kinds[lowers[e.end]] not in ("ORG", "Bank", "city", "country")
            and self.doc[e.end].is_lower
            and (headline or not self._in_headline(e.start_char))
        }

    def _in_headline(self, offset: int) -> bool:
        """Whether ``offset`` is in the first line, when that line ends with no full stop."""
        start, end = self.line_of(offset)
        return start == 0 and not self.text[start:end].rstrip().endswith(".")

    def _anaphor(self, value: _Value) -> Span | None:
        """ "The province's imports", "the company plans to spend": the owner a definite noun
        stands for, by what the noun says it is (``lexicons/owner_nouns.tsv``, column refers)."""
        doc, refers = self.doc, self.finder.owner_refers
        referring = self.tokens_of(self.finder.referring_nouns)  # "the county", "the company"
        # between the sentence's start and the value, nearest first (an index, not a scan of
        # the sentence: a sentence of thousands of values stays linear)
        low = bisect_right(referring, value.sentence.start)
        high = bisect_left(referring, value.span.start)
        noun = next(
            (
                i
                for i in (referring[k] for k in range(high - 1, low - 1, -1))
                if self.lowers[i - 1] in ("the", "this")
                and not doc[i].ent_type_
                # "economists at the bank": where, not whose ("in the city" is whose)
                and not (
                    refers[self.lowers[i]] in ("ORG", "Bank")
                    and i - 2 >= 0
                    and self.lowers[i - 2] in fact_words("adjunct")
                )
            ),
            None,
        )
        opener = value.sentence.start + 1
        if (
            noun is not None
            and noun != opener
            and _holds(referring, opener)
            and self.lowers[opener - 1] in ("the", "this")
            and value.metric is not None
            and self.text[max(0, value.metric[0] - 4) : value.metric[0]].lower() == "its "
        ):
            # "The city has become one of the country's biggest bases, and its GDP reached
            # ...": "its" is the sentence's own subject's
            noun = opener
        if noun is None:
            return self._modified_anaphor(value, referring[low:high])
        what = refers[self.lowers[noun]]
        if what == "country":
            # "the country", "the government": the article's subject when that is a country
            # (a story on Viet Nam names the US more often, as its market)
            main = self.main_subject
            if (
                main is not None
                and main.label_ == "GPE"
                and _bare(self.fullest(main)) in country_names()
            ):
                return main
            return self.main_country
        if what in ("ORG", "Bank"):
            # the paragraph's company, the article's, the one named most: the first that fits
            at, inherited = self.paragraph_subject
            paragraph = self.paragraph(value.span.start)
            companies = [
                e for e in self.subjects if e.label_ == "ORG" and e.start not in self.not_owners
            ]
            counts = Counter(_bare(self.fullest(e)) for e in companies)
            # "the company" stands for one named before it ("Analysts at Nomura expect ..."
            # further down is no antecedent)
            ranked = sorted(
                (e for e in companies if e.start < value.span.start),
                key=lambda e: (-counts[_bare(self.fullest(e))], e.start),
            )
            first = [inherited] if at == paragraph and inherited is not None else []
            bank = what == "Bank"
            # "the group" is first the company whose name says Group ("Shandong Port Group")
            named = [e for e in ranked if self.lowers[noun] in self.fullest(e).lower().split()]
            return next(
                (
                    e
                    for e in [*named, *first, self.main_subject, *ranked]
                    if e is not None
                    and e.label_ == "ORG"
                    and ("bank" in self.fullest(e).lower().split()) == bank
                ),
                None,
            )
        places = [e for e in self.subjects if e.label_ == "GPE" and e.start not in self.not_owners]
        countries = country_names()
        designators = {v.lower() for v in refers.values() if v not in ("ORG", "Bank", "city")}
        designated = self.body_designated()

        def fits(ent: Span) -> bool:
            full = self.fullest(ent).lower()
            last = full.split()[-1] if full.split() else ""
            if what == "city":
                return (
                    last not in designators
                    and last not in fact_words("subject_zone")
                    and _bare(full) not in countries
                    and _bare(self.fullest(ent)) not in designated
                )
            # "Yugan county in Jiangxi province ... The province's GDP": a lower-case
            # designator after the name says what it is
            return last == what.lower() or designated.get(_bare(full)) == what

        fitting = [e for e in places if fits(e)]
        counts = Counter(_bare(self.fullest(e)) for e in fitting)
        return max(fitting, key=lambda e: (counts[_bare(self.fullest(e))], -e.start), default=None)

    def _modified_anaphor(self, value: _Value, nouns: Sequence[int]) -> Span | None:
        """ "The statistics agency said it had secured ...": "the <word> <noun>" for a company
        stands for the one named before whose name holds that word (the Office for National
        Statistics)."""
        refers = self.finder.owner_refers
        for i in reversed(nouns):
            if i < 2 or self.lowers[i - 2] not in ("the", "this"):
                continue
            if refers[self.lowers[i]] not in ("ORG", "Bank") or not self.doc[i - 1].is_lower:
                continue
            if i not in self._modified_nouns:  # one look per noun, not per value
                word = self.lowers[i - 1]
                self._modified_nouns[i] = next(
                    (
                        e
                        for e in self.subjects
                        if e.label_ == "ORG"
                        and e.start < i
                        and word in self.fullest(e).lower().split()
                    ),
                    None,
                )
            return self._modified_nouns[i]
        return None

    def _country_of_metric(self, value: _Value) -> tuple[Span | None] | None:
        """ "German producer prices", "the Turkish lira": the country of the nationality
        adjective that opens the metric, when the article names it (``(None,)`` when it does
        not: the figure is that country's all the same, not another place's)."""
        if value.metric is None:
            return None
        metric = self.doc.char_span(*value.metric, alignment_mode="expand")
        if metric is None:
            return None
        words = [self.doc[metric.start - 1]] if metric.start > 0 else []
        words.append(metric[0])
        for word in words:
            names = demonym_countries().get(word.text)
            if not names:
                continue
            named = next(
                (e for e in self.subjects if e.label_ == "GPE" and _bare(self.fullest(e)) in names),
                None,
            )
            # unnamed, the country still rules out others when the sentence names the metric
            own = value.sentence.start_char <= value.metric[0] < value.sentence.end_char
            return (named,) if named is not None or own else None
        return None

    def _main_country(self) -> Span | None:
        """The country the article names most often, the earliest on a tie; else the first
        one a public body's name spells out."""
        countries = country_names()
        named = [
            e for e in self.subjects if e.label_ == "GPE" and _bare(self.fullest(e)) in countries
        ]
        counts = Counter(_bare(self.fullest(e)) for e in named)
        best = max(named, key=lambda e: (counts[_bare(self.fullest(e))], -e.start), default=None)
        # else one its central bank or statistics office names ("the Reserve Bank of India")
        return best or self._country_in_names(countries)

    def _organ(self, ent: Span) -> bool:
        """A body inside an institution: "the Monetary Policy Committee", "the Federal Open
        Market Committee"."""
        words = self.fullest(ent).lower().split()
        return ent.label_ == "ORG" and bool(words) and words[-1] in fact_words("organ")

    def _institution(self) -> Span | None:
        """The institution an organ belongs to: the article's main subject or the ORG it names
        most, not an organ itself."""
        companies = [
            e
            for e in self.subjects
            if e.label_ == "ORG" and e.start not in self.not_owners and not self._organ(e)
        ]
        counts = Counter(_bare(self.fullest(e)) for e in companies)
        ranked = sorted(companies, key=lambda e: (-counts[_bare(self.fullest(e))], e.start))
        main = self.main_subject
        if main is not None and main.label_ == "ORG" and not self._organ(main):
            return main
        return ranked[0] if ranked else None

    def _partner(self, ent: Span) -> bool:
        """A trade or deal partner: "exports to the US", "trade with Russia, Brazil and Saudi
        Arabia" (each name of the list)."""
        doc, i = self.doc, ent.start - 1
        while i >= 0 and (
            self.lowers[i] in ("the", ",", "and") or doc[i].ent_type_ in SUBJECT_LABELS
        ):
            i -= 1
        if i >= 0 and self.lowers[i] in fact_words("partner"):
            # ", with HDFC Bank down 1.2%": an owner and its own move, not a partner
            absolute = i > 0 and doc[i - 1].text == "," and ent.end in self.cue_tokens
            return not absolute
        # "ASEAN remained the city's largest trading partner, with trade rising 6.3 percent":
        # the name is called a partner of the owner
        nouns = fact_words("subject_partner_noun")
        if ent.end < len(doc) and doc[ent.end].text in ("'s", "\u2019s"):
            return False  # "Guangxi's largest trading partner": the owner of the partner
        for j in range(ent.end, min(len(doc), ent.end + 8, self.sentence_of(ent.start).end)):
            if self.lowers[j] in nouns:
                return True
            if self.lowers[j] in (",", ";") or doc[j].ent_type_ in VALUE_LABELS:
                break
        return False

    def _most_named(self, label: str) -> Span | None:
        """The owner of ``label`` the article names most often (twice at least)."""
        names = [e for e in self.subjects if e.label_ == label and e.start not in self.not_owners]
        counts: dict[str, tuple[int, Span]] = {}
        for ent in names:
            full = _bare(self.fullest(ent))
            count, first = counts.get(full, (0, ent))
            counts[full] = (count + 1, first)
        best = max(counts.values(), key=lambda t: (t[0], -t[1].start), default=None)
        return best[1] if best is not None and best[0] >= 2 else None

    def _only_named(self, label: str) -> Span | None:
        """The owner of ``label`` when the article names just one ("South Korea's exports"),
        places where something happens ("a plant in Pyeongtaek") aside."""
        names = [
            e
            for e in self.subjects
            if e.label_ == label
            and e.start not in self.not_owners
            and not self._adjunct(e, self.sentence_of(e.start))
        ]
        distinct = {_bare(self.fullest(e)) for e in names}
        return names[0] if len(distinct) == 1 else None

    def _first_named(self, label: str) -> Span | None:
        """The first owner of ``label`` in the headline or the lede."""
        for sentence in self.sents[:4]:
            for ent in self._owners(sentence):
                if ent.label_ == label and not self._adjunct(ent, sentence):
                    return ent
        return None

    def _by_scope(self, value: _Value, chosen: Span | None) -> Span | None:
        """A place's statistic belongs to the place, a company's accounts to the company."""
        scope = value.phrase.scope if value.phrase is not None else "any"
        place = self.main_place or self.main_country
        if scope == "macro" and chosen is not None and self._is_central_bank(chosen):
            # "Services inflation, watched closely by the BoE, dipped to 4.7%": the bank's
            # country's, none when the article names no place of it
            return self._home_place(chosen)
        if scope == "macro" and place is not None and (chosen is None or chosen.label_ == "ORG"):
            return place
        if (
            value.phrase is not None
            and value.phrase.cls in ("flow", "stock")
            and scope in ("macro", "any")
            and chosen is not None
            and self._is_central_bank(chosen)
            and self.main_country is not None
            and _bare(self.fullest(self.main_country)) in (self._home(chosen) or ())
        ):
            # a central bank owns the rates it sets; the loans, spending and trade of a story
            # about it are its country's ("Household loans rose ..." after "The BOK held ...")
            return self.main_country
        if (
            scope == "company"
            and self.main_company is not None
            and (chosen is None or chosen.label_ == "GPE")
            # "Saudi Arabia posted a budget deficit ... Oil revenue fell 9.5% ... State oil
            # giant Aramco ...": a company named only after the figure is not yet in view
            and self._company_first_named < value.span.start
        ):
            return self.main_company
        return chosen

    @functools.cached_property
    def _company_first_named(self) -> int:
        """Where the main company is first named (its fullest form), or past the text."""
        company = self.main_company
        if company is None:
            return len(self.doc)
        name = self.fullest(company)
        return min(
            (e.start for e in self.subjects if e.label_ == "ORG" and self.fullest(e) == name),
            default=company.start,
        )

    def _relative_subject(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "Brisco, which private equity firm Tallis Partners bought in 2019 for $900
        million", "Porsche AG, in which Volkswagen holds a 75.4% stake": a value inside a
        relative clause on a thing whose own subject is a name (right after "which", past a
        descriptor) is that name's, not the thing's."""
        doc, start = self.doc, value.span.start
        floor = max(value.sentence.start, start - 20)  # an aside of a few words, not a scan
        i = start - 1
        while i > floor and self.lowers[i] != "which":
            if self.lowers[i] in (",", ";"):
                return None  # the value stands past the aside
            i -= 1
        if i > floor + 1 and self.lowers[i - 1] in ("in", "of"):
            i -= 1  # "Porsche AG, in which Volkswagen holds a 75.4% stake"
        if i <= floor or doc[i - 1].text != ",":
            return None
        if self.lowers[i] != "which":
            i += 1  # the name comes after "which"
        return next(
            (
                e
                for e in owners
                if i < e.start <= i + 6
                and e.end <= start
                and all(self.plain(j) for j in range(i + 1, e.start))
            ),
            None,
        )

    def _subject_part(self, owners: Sequence[Span], start: int, value_start: int) -> Span | None:
        """The first owner named before the verb that governs the value: "Chengdu ... posted",
        "urban residents in Xiamen earned", "followed by Nanjing at"; after the verb a place
        is only where something happened ("the closure of an office in Dublin")."""
        cues = self.cue_token_list
        # "At the pump, state oil company Pertamina kept the price at ...": an opening
        # preposition is no verb, though it may be a cue elsewhere ("at Rp 10,000")
        first = self.doc[start]
        opening = start if first.is_sent_start and first.lower_ in fact_words("adjunct") else -1
        verb = next(
            (
                i
                for i in cues[bisect_left(cues, start) : bisect_left(cues, value_start)]
                if not self._passive_by(i) and i != opening
            ),
            value_start,
        )
        if verb < value_start and self.lowers[verb] in ("said", "says"):
            # "Tata Motors said its British unit Jaguar Land Rover posted a 31% rise": the
            # owner of the clause said, named before its own verb
            said = next(
                (
                    i
                    for i in cues[bisect_right(cues, verb) : bisect_left(cues, value_start)]
                    if not self._passive_by(i)
                ),
                value_start,
            )
            inner = [
                e
                for e in owners
                if verb < e.start
                and e.end <= said
                and not _CLAUSE_OPENERS.isdisjoint(self.lowers[verb + 1 : e.start])
                # "said its sales in Germany rose": where, not whose
                and not self._adjunct(e, self.sentence_of(e.start))
                and self.lowers[e.start - 1] not in fact_words("adjunct")
            ]
            if inner:
                return inner[0]
        before = [e for e in owners if start <= e.start and e.end <= verb]
        if len(before) > 1 and self._set_off_place(before[0]):
            # "In Cixi, a county-level city under Ningbo, exports rose": a place in the aside
            # that describes the one set off only locates it
            aside = self._aside_end(before[0])
            rest = [e for e in before[1:] if e.start >= aside]
            return rest[0] if rest else before[0]  # "In Mexico City, the Bank of Mexico ..."
        if before:
            return before[0]
        return next(
            (
                e
                for e in owners
                if verb <= e.start < value_start
                and (
                    self._passive_by(e.start - 1)
                    or self._expected_to(e, verb)
                    or self._valued(e, value_start)
                )
            ),
            None,
        )

    def _owner_of_whole(self, value: _Value) -> Span | None:
        """ "Consumption contributed 55 percent to Anhui's GDP growth", "... 60 percent of GDP
        in Anhui": a share of a place's economy-wide quantity, told right after the value, with
        no owner before it, is that place's part. Not a country's whole ("14.9 percent of
        China's total exports": the part is the region's the text is about), unless the share
        is a contribution to the country's growth."""
        if value.kind != "share":
            return None
        doc, lowers, i = self.doc, self.lowers, value.span.end
        if i + 2 >= len(doc) or lowers[i] not in ("to", "of"):
            return None
        i += 1
        # the sentence's owners, a place after "to" too (no partner here: "to Anhui's GDP")
        by_start = {
            e.start: e
            for e in self.subject_index.between(i, min(i + 8, value.clause[1]))
            if e.start not in self.not_owners
        }
        owner = by_start.get(i)
        if owner is not None:  # "to Anhui's GDP growth"
            if owner.end >= len(doc) or lowers[owner.end] not in ("'s", "\u2019s"):
                return None
            wholes = self.metric_index.between(owner.end + 1, owner.end + 2)
        else:  # "to GDP growth in Anhui"
            i += lowers[i] == "the"
            wholes = self.metric_index.between(i, i + 1)
            ends = [m.end for m in wholes if m.end < len(doc) and lowers[m.end] in ("in", "of")]
            owner = by_start.get(ends[0] + 1) if ends else None
        # an economy-wide quantity or its growth ("GDP", "GDP growth", "economic growth")
        if owner is None or not any(m.scope == "macro" or m.cls == "growth" for m in wholes):
            return None
        # a country's total is the whole a region's part is measured against; a contribution
        # to a country's growth is the country's
        country = _bare(owner.text) in country_names()
        return None if country and "kind.contribution" not in value.how else owner

    def _valued_by_noun(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "Harbor Ridge Partners offered €38.50 a share for Lumiere Distribution, ...,
        valuing the French retailer at €2.1 billion": a company a valuation verb calls by a
        noun is the one named last before it, when that is not the bidder that opens the
        sentence."""
        i, refers = value.span.start - 1, self.finder.owner_refers
        if i < 3 or self.lowers[i] != "at" or refers.get(self.lowers[i - 1]) not in ("ORG", "Bank"):
            return None
        j = i - 2
        while j > i - 5 and self.plain(j):
            j -= 1  # "the French retailer"
        if self.lowers[j] != "the" or self.lowers[j - 1] not in fact_words(
            "subject_valuation_verb"
        ):
            return None
        named = [e for e in owners if e.end <= j and e.label_ == "ORG"]
        return named[-1] if len(named) >= 2 else None

    def _valued(self, ent: Span, value_start: int) -> bool:
        """ "the deal values Prescott at about US$3.9 billion": the name a valuation verb values
        at the amount owns the value."""
        i = ent.start - (2 if ent.start > 1 and self.lowers[ent.start - 1] == "the" else 1)
        return (
            i >= 0
            and self.lowers[i] in fact_words("subject_valuation_verb")
            and ent.end + 1 == value_start
            and self.lowers[ent.end] == "at"
        )

    def _expected_to(self, ent: Span, verb: int) -> bool:
        """ "We expect the BOJ to raise rates again in July, to 0.25%": the name a forecast verb
        expects to act is the owner of what it does."""
        if ent.end >= len(self.doc) or self.lowers[ent.end] != "to":
            return False
        cue = next(iter(self.cue_index.between(verb, verb + 1)), None)
        if cue is None or cue.rule.category != "target":
            return False
        gap = self.lowers[cue.end : ent.start]
        return gap in ([], ["the"])

    def _respective_owner(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "Yunnan, Guizhou and Sichuan contribute 60 million yuan, 100 million yuan and 40
        million yuan, respectively": the i-th owner of the list owns the i-th value."""
        clause = value.clause
        if clause not in self._respective:  # once per clause, not per value
            self._respective[clause] = None
            sentence = value.sentence
            if any(
                c.rule.category == "respectively"
                for c in self.cue_index.between(sentence.start, sentence.end)
            ):
                starts = [
                    v.start
                    for v in self.value_index.between(clause[0], clause[1])
                    if v.end <= clause[1]
                ]
                listed = [e for e in owners if e.end <= starts[0]] if starts else []
                joined = all(
                    self.doc[a.end : b.start].text.strip() in (",", "and", ", and")
                    for a, b in itertools.pairwise(listed)
                )
                if len(listed) >= 2 and joined and len(starts) % len(listed) == 0:
                    self._respective[clause] = (starts, listed)
        found = self._respective[clause]
        if found is None:
            return None
        starts, listed = found
        index = bisect_left(starts, value.span.start) // (len(starts) // len(listed))
        return listed[index]

    def _sector_speaks(self, value: _Value) -> bool:
        """Whether a sector or a group of unnamed firms is what the sentence is about: its
        words before the verb hold a sector noun ("The core industries ... generated")."""
        sentence, cues = value.sentence, self.cue_token_list
        k = bisect_left(cues, sentence.start)
        verb = cues[k] if k < len(cues) and cues[k] < value.span.start else value.span.start
        # "Local residents' median monthly income was ...": the place's people, the place's
        words = fact_words("sector") | fact_words("subject_residents")
        return not words.isdisjoint(self.lowers[sentence.start : min(verb, sentence.start + 12)])

    def _possessor_of_value(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "Shenzhen's GDP reached 3.46 trillion yuan, overtaking Guangzhou's 3.04 trillion
        yuan": a possessive right before a value owns it."""
        i = value.span.start - 1
        if i < 1 or self.lowers[i] not in ("'s", "\u2019s"):
            return None
        ent = next((e for e in owners if e.end == i), None)
        # "Hyundai Motor India's $3.3 billion IPO": the end of a longer name, no owner of its own
        named_before = ent is not None and ent.start > 0 and self.doc[ent.start - 1].ent_type_
        return None if named_before else ent

    def _rated_company(self, value: _Value) -> Span | None:
        """ "Morgan Stanley raised its price target on Tencent to HK$520": an analyst's
        estimate of a company's figure is the company's, named after the metric."""
        if value.metric is None or value.phrase is None or value.phrase.scope != "company":
            return None
        end = self.doc.char_span(*value.metric, alignment_mode="expand")
        if end is None or end.end >= len(self.doc) or self.lowers[end.end] not in ("on", "for"):
            return None
        return next(
            (
                e
                for e in self.subject_index.between(end.end + 1, end.end + 3)
                if e.label_ == "ORG" and e.start <= end.end + 2 and e.end < value.span.start
            ),
            None,
        )

    def _apposed_owner(self, value: _Value) -> Span | None:
        """ "Jiangxi Mujiang Home Furnishing Co, a local manufacturer with annual sales of 1.2
        billion yuan", "Lion Gate, which manages more than US$9 billion of assets": a value in
        an appositive or a relative clause set off after a name is that name's (an appositive
        says what the name is: "a ... manufacturer", "the city's biggest lender")."""
        span, refers = value.span, self.finder.owner_refers
        floor = max(value.sentence.start, span.start - 12)  # a short phrase, not a scan
        comma = next((i for i in range(span.start - 1, floor, -1) if self.lowers[i] == ","), None)
        if comma is None or comma + 1 >= span.start:
            return None
        opener = self.lowers[comma + 1]
        if opener in ("a", "an", "the"):
            # "a local manufacturer with annual sales of": the noun, then "with"
            if not any(
                self.lowers[j] == "with" and refers.get(self.lowers[j - 1], "-") != "-"
                for j in range(comma + 3, span.start)
            ):
                return None
        elif opener not in ("which", "whose") or not fact_words("subject_report_verb").isdisjoint(
            self.lowers[comma + 2 : span.start]
        ):
            return None  # "..., which said rents rose to ...": what it reports, not its own
        ent = next(
            (e for e in self.subject_index.between(comma - 8, comma) if e.end == comma), None
        )
        if ent is None:
            return None
        # "In Mexico City, the Bank of Mexico ...", "50 km south of Changsha, a maker ...": a
        # place phrase, not a name the phrase after it describes
        i = ent.start - (2 if ent.start > 1 and self.lowers[ent.start - 1] == "the" else 1)
        if i >= 0 and self.lowers[i] in fact_words("adjunct"):
            return None
        return ent

    def _of_shares(self, value: _Value) -> bool:
        """Whether the value's metric is a company's stock ("US$120 million of shares")."""
        if value.metric_cls == "shares":
            return True
        if value.metric is None:
            return False
        words = self.text[value.metric[0] : value.metric[1]].lower().split()
        # "Cornerstone investors took up roughly 40% of the offering": the issuer's shares
        offering = bool(words) and words[-1] in fact_words("subject_issue_noun")
        return offering or (
            bool(words) and metric_classes().get(words[-1], ("", ""))[0] == "shares"
        )

    def _investors_speak(self, value: _Value) -> bool:
        """Whether the sentence's words before its verb name market participants as what it is
        about: "Foreign investors had pulled ...", "Traders sold ..."."""
        sentence, cues = value.sentence, self.cue_token_list
        k = bisect_left(cues, sentence.start)
        verb = cues[k] if k < len(cues) and cues[k] < value.span.start else value.span.start
        words = self.lowers[sentence.start : min(verb, sentence.start + 6)]
        return not fact_words("subject_market_player").isdisjoint(words)

    def _facility_speaks(self, value: _Value) -> bool:
        """Whether the sentence opens with a facility just named: "The plant is expected to
        generate ...", "The project will create ..."."""
        sentence = value.sentence
        return (
            sentence.end - sentence.start > 2
            and self.lowers[sentence.start] in ("the", "this")
            and self.lowers[sentence.start + 1] in fact_words("subject_facility")
        )

    def _government_speaks(self, value: _Value) -> bool:
        """Whether a minister of the government is what the sentence is about: its words
        before the verb hold a minister's title ("Finance Minister ... has put", "The
        treasurer expects")."""
        sentence, cues = value.sentence, self.cue_token_list
        k = bisect_left(cues, sentence.start)
        verb = cues[k] if k < len(cues) and cues[k] < value.span.start else value.span.start
        words = self.lowers[sentence.start : min(verb, sentence.start + 12)]
        return not fact_words("subject_government").isdisjoint(words)

    def _several_unnamed(self, value: _Value) -> bool:
        """Whether the sentence is about several owners it counts but does not name: "The two
        cities together accounted for ...", "Both companies reported ...": their figure is no
        single one's."""
        sentence, cues = value.sentence, self.cue_token_list
        k = bisect_left(cues, sentence.start)
        verb = cues[k] if k < len(cues) and cues[k] < value.span.start else value.span.start
        counts, finder = fact_words("subject_count"), self.finder
        stop = min(verb, sentence.start + 8)
        # a plural of owners ("cities", "companies"), not of people who own nothing
        if not any(
            self.lowers[i] in counts
            and self.lowers[i + 1] in finder.owner_nouns
            and self.lowers[i + 1] not in finder.owner_refers
            and self.lowers[i + 1] not in fact_words("subject_analyst")
            for i in range(sentence.start, stop - 1)
        ):
            return False
        # ... that the sentence before names ("Guangzhou posted ..., while Shenzhen recorded
        # ... The two cities together"); unnamed ones are parts of the owner in view ("The two
        # companies it bought accounted for 15 percent of its revenue")
        if sentence.start not in self._several:  # one look per sentence, not per value
            k = bisect_right(self.sent_starts, sentence.start) - 1
            named = (
                {_bare(self.fullest(e)) for e in self._owners(self.sents[k - 1])} if k else set()
            )
            self._several[sentence.start] = len(named) >= 2
        return self._several[sentence.start]

    def _opening_place(self, ent: Span, sentence: Span) -> bool:
        """Whether ``ent`` is the place of a sentence's opening phrase: "In China, ..."."""
        i = sentence.start
        return (
            ent.label_ == "GPE"
            and self.lowers[i] in fact_words("adjunct")
            and ent.start in (i + 1, i + 2)
            and self.lowers[ent.start - 1] in (self.lowers[i], "the")
            and ent.end < sentence.end
            and self.lowers[ent.end] == ","
        )

    def _sector_country(self, value: _Value) -> Span | None:
        """ "Indian issuers have sold ...", "South Korean chipmakers plan to spend ...": the
        country of a nationality adjective right before the sector noun that opens the
        sentence, when the article names it (as a place or inside a body's name)."""
        sentence, cues = value.sentence, self.cue_token_list
        k = bisect_left(cues, sentence.start)
        verb = cues[k] if k < len(cues) and cues[k] < value.span.start else value.span.start
        sectors = fact_words("sector")
        demonyms = demonym_countries()
        for i in range(sentence.start, min(verb, sentence.start + 12)):
            if self.lowers[i] not in sectors:
                continue
            # the adjective, past a plain word or two ("Indian renewable power producers")
            for j in range(i - 1, max(sentence.start, i - 3) - 1, -1):
                names = demonyms.get(self.doc[j].text) or (
                    demonyms.get(self.doc[j - 1 : j + 1].text) if j > sentence.start else None
                )  # "South Korean"
                if names:
                    if names not in self._countries:  # one look per country, not per value
                        named = next(
                            (
                                e
                                for e in self.subjects
                                if e.label_ == "GPE" and _bare(self.fullest(e)) in names
                            ),
                            None,
                        )
                        self._countries[names] = named or self._country_in_names(names)
                    return self._countries[names]
                if not self.plain(j):
                    break
            return None
        return None

    def _elliptic_owner(
        self, owners: Sequence[Span], segment: int, value_start: int
    ) -> Span | None:
        """ "Germany's rate fell to 2.3%, France's dropped to 2.4%": a possessive with no noun
        after it, right before the verb, owns the metric named before it."""
        doc, cues = self.doc, self.cue_tokens
        for ent in owners:
            if ent.start < segment or ent.end + 1 >= value_start:
                continue
            if doc[ent.end].text in ("'s", "\u2019s") and ent.end + 1 in cues:
                return ent
        return None

    def _place_of_an_unnamed(
        self, owners: Sequence[Span], segment: int, value_start: int
    ) -> Span | None:
        """ "A French cosmetics group set up its regional headquarters in Haikou with registered
        capital of 300 million yuan": a clause about a company it does not name gives the
        figure to the place named in it, as an unnamed sub-unit's."""
        i = segment
        # past an opening phrase: "Among recent projects, a French cosmetics group ..."
        comma = next((j for j in range(i, min(i + 6, value_start)) if self.lowers[j] == ","), None)
        if self.lowers[i] not in ("a", "an") and comma is not None:
            i = comma + 1
        while i < value_start and self.lowers[i] in (",", "and", "while", "but", ";"):
            i += 1
        if i >= value_start or self.lowers[i] not in ("a", "an"):
            return None
        return next(
            (
                e
                for e in owners
                if e.label_ == "GPE"
                and i < e.start
                and e.end <= value_start
                and self.lowers[e.start - 1] == "in"
            ),
            None,
        )

    def _shared_by_several(self, owners: Sequence[Span], segment: int, value_start: int) -> bool:
        """ "Wuxi, Nantong and Changzhou each posted economic output exceeding 1 trillion yuan",
        "Qingdao and Yantai will each receive over 10 billion yuan": a figure that several
        named owners each (or together) have is no single one's."""
        words = fact_words("subject_shared")
        listed = [e for e in owners if segment <= e.start and e.end <= value_start]
        if len(listed) < 2:
            return False
        last = listed[-1].end
        return any(w in words for w in self.lowers[last : min(last + 3, value_start)])

    def _joined_places(self, ent: Span) -> bool:
        """Whether ``ent`` is a place after "in" joined by "and" to another ("in central Jinan
        and Qingdao")."""
        if ent.label_ != "GPE" or ent.end + 1 >= len(self.doc) or self.lowers[ent.end] != "and":
            return False
        i = ent.start - 1
        if i > 0 and self.lowers[i] in fact_words("compass"):
            i -= 1
        if i < 0 or self.lowers[i] != "in":
            return False
        j = ent.end + 1
        if self.lowers[j] in fact_words("compass"):
            j += 1
        return any(e.label_ == "GPE" for e in self.subject_index.between(j, j + 1) if e.start == j)

    def _compared_at(self, value: _Value) -> Span | None:
        """ "revenue of 8.2 billion yuan, compared with 6.1 billion yuan at Hartwell Stores":
        the company right after "at" behind a value of comparison owns it."""
        end = value.span.end
        if end + 1 >= len(self.doc) or self.lowers[end] != "at":
            return None
        start = value.span.start
        words = self.lowers[max(0, start - 3) : start]
        if fact_words("comparison").isdisjoint(words):
            return None
        return next(
            (
                e
                for e in self.subject_index.between(end + 1, end + 2)
                if e.label_ == "ORG" and e.start not in self.not_owners
            ),
            None,
        )

    def _place_invested_in(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """The place named after "in" a few words after a value several companies share
        ("invested 38 billion yuan in networks in the province"): a place of the clause, or the
        article's place that "the province" (city, county ...) stands for."""
        end = min(value.span.end + 8, value.clause[1], len(self.doc))
        listed = [e for e in owners if e.end <= value.span.start]
        if not listed or any(e.label_ != "ORG" for e in listed) or value.metric_cls == "shares":
            return None  # "Shares of A and B rose 2 percent in Hong Kong": the market's quote
        refers = self.finder.owner_refers
        for i in range(value.span.end, end - 1):
            if self.lowers[i] != "in":
                continue
            named = next(
                (
                    e
                    for e in self.subject_index.between(i + 1, i + 2)
                    if e.label_ == "GPE" and e.start not in self.not_owners
                ),
                None,
            )
            if named is not None:
                return named
            kind = refers.get(self.lowers[i + 2]) if i + 2 < end else None
            if self.lowers[i + 1] == "the" and kind not in (None, "ORG", "Bank", "country"):
                return self.main_place
        return None

    def _joint_move(self, value: _Value, owners: Sequence[Span], segment: int) -> bool:
        """ "Shares of Sands China and Galaxy Entertainment Group rose about 2 percent": one
        move of two companies' shares is neither's alone."""
        if value.metric_cls != "shares":
            return False
        listed = [e for e in owners if segment <= e.start and e.end <= value.span.start]
        return any(
            a.label_ == b.label_ == "ORG" and b.start == a.end + 1 and self.lowers[a.end] == "and"
            for a, b in itertools.pairwise(listed)
        )

    def _owner_right_before(
        self, owners: Sequence[Span], segment: int, value_start: int
    ) -> Span | None:
        """ "..., with HDFC Bank down 1.2%", "Infosys up 2%": a name, the verb of a change and
        the value in a row; the name owns the change however late in the clause it comes."""
        cues = self.cue_tokens
        for ent in owners:
            if ent.start < segment or not ent.end < value_start <= ent.end + 2:
                continue
            if ent.start == 0 or self.lowers[ent.start - 1] != "with":
                continue  # "with sales in North America up 18%": where, not whose
            if all(i in cues for i in range(ent.end, value_start)):
                return ent
        return None

    def _aside_end(self, ent: Span) -> int:
        """Where an aside right after ``ent`` ends (", a county-level city under Ningbo,"): the
        token after its closing comma, within a few words; ``ent.end`` when there is none."""
        i = ent.end
        if i + 2 >= len(self.doc) or self.lowers[i] != "," or self.lowers[i + 1] not in _ASIDE:
            return i
        if self.doc[i + 1].ent_type_ or self.doc[i + 2].ent_type_:
            return i  # "In Shanghai, the Bank of Communications, the city's biggest lender,"
        stop = min(len(self.doc), i + 14)
        return next((j + 1 for j in range(i + 2, stop) if self.lowers[j] == ","), i)

    def _set_off_place(self, ent: Span) -> bool:
        """A place that opens its sentence after a preposition and a comma ends: "In Mexico
        City, ...". It says where, and the owner follows."""
        doc, i = self.doc, ent.start - 1
        if i > self.sentence_of(ent.start).start and self.lowers[i] == "the":
            i -= 1  # "Elsewhere in the Gulf, ..."
        # one opening adverb may come first: "Elsewhere in ...", "Meanwhile in ..."
        opening = i == self.sentence_of(ent.start).start or (
            i - 1 == self.sentence_of(ent.start).start and doc[i - 1].is_alpha
        )
        return (
            i >= 0
            and opening
            and self.lowers[i] in fact_words("adjunct")
            and ent.end < len(doc)
            and doc[ent.end].text == ","
        )

    def _passive_by(self, i: int) -> bool:
        """ "followed by Nanjing", "led by X": the owner comes after "by"."""
        return 0 <= i < len(self.doc) and self.lowers[i] == "by"

    def _owner_of_metric(self, owners: Sequence[Span], value: _Value) -> Span | None:
        """ "Sichuan's GDP", "GDP of Sichuan", "retail sales in Jiangsu": the metric's owner."""
        if value.metric is None:
            return None
        doc = self.doc
        metric = doc.char_span(*value.metric, alignment_mode="expand")
        metric_start = metric.start if metric is not None else 0
        for ent in owners:
            after = doc[ent.end : ent.end + 1]
            value_between = bisect_left(self.value_chars, value.metric[0]) > bisect_right(
                self.value_chars, ent.end_char
            )
            if (
                after
                and after[0].text in ("'s", "\u2019s")
                # "the value of Jiangsu's foreign trade": an owner inside the metric phrase
                and value.metric[0] < ent.start_char
                and after[0].idx < value.metric[1]
            ):
                return ent
            if (
                after
                and after[0].text in ("'s", "\u2019s")
                and 0 <= value.metric[0] - after[0].idx <= 40
                and not value_between
                # "Shanghai remained China's largest city economy in 2023 with a GDP of": the
                # possessive of another noun; "with" gives the metric to the clause's subject
                and "with" not in self.lowers[ent.end + 1 : metric_start]
                # "Shanxi Province, one of China's biggest coal producers, reported GDP": an aside
                and not (
                    any(t.text == "," for t in doc[max(0, ent.start - 3) : ent.start])
                    and "," in self.text[after[0].idx : value.metric[0]]
                )
            ):
                return ent
            before = doc[max(0, ent.start - 2) : ent.start]
            if (
                before
                # "spend 14 trillion won on new lines in Pyeongtaek": where the money goes
                and "metric.allocated" not in value.how
                # "Revenue at Hartwell Stores rose": a company's, after "at"
                and (
                    before[-1].lower_ in ("of", "in")
                    or (before[-1].lower_, ent.label_) == ("at", "ORG")
                )
                and ent.start_char >= value.metric[1]
                and len(_BRACKETED.sub("", self.text[value.metric[1] : ent.start_char])) <= 6
                # "completed its $4.5 billion acquisition of Ellison Brands": the company bought,
                # the buyer pays
                and not (before[-1].lower_ == "of" and self._purchase_noun(metric))
            ):
                return ent
        return None

    def _purchase_noun(self, metric: Span | None) -> bool:
        """Whether ``metric`` ends on a noun of buying a company ("acquisition", "takeover"),
        whose "of" phrase names the company bought, not the buyer that pays the price."""
        return metric is not None and self.lowers[metric.end - 1] in fact_words("purchase_noun")

    def fullest(self, ent: Span) -> str:
        """The fullest form of an ORG or GPE in the article: "Sichuan" -> "Sichuan Province",
        "US" -> "U.S.", "RBI" -> "Reserve Bank of India"."""
        key = (self.text[ent.start_char : ent.end_char], ent.label_)  # Span.text joins tokens
        if key not in self._fullest:
            self._fullest[key] = self._find_fullest(*key)
        return self._fullest[key]

    def _find_fullest(self, text: str, label: str) -> str:
        # of several longer forms, the one named first, in its fullest form: "Siemens" in a
        # story that opens on "Siemens AG" and later names "Siemens Energy" is Siemens AG
        names = self.subject_names.get(label, {})
        first = None
        bare = f" {_name_words(text)} "
        country = label == "GPE" and _bare(text) in country_names()
        for other, (other_bare, initials) in names.items():
            if len(other) <= len(text):
                continue
            if country and other_bare.endswith(" city "):
                continue  # "Mexico" is no short form of "Mexico City"
            if label == "GPE" and bare in other_bare and _named_after_country(other_bare, bare):
                continue  # "Yiwu" is no short form of "China Yiwu International Trade City"
            if bare in other_bare or initials == text or _all_initials(other) == text.upper():
                first = other
                break
        if first is None:
            return text
        within = names[first][0]
        return max(
            (other for other, (other_bare, _) in names.items() if within in other_bare),
            key=len,
        )

    # period ----------------------------------------------------------------------------------

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
            if month is not None and month != 12:
                return month, True
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

    def resolved(
        self, ent: Span, ahead: bool = False, past: bool = False, nearest: bool = True
    ) -> str | None:
        """The period a DATE mention names, read with the words before it and the anchor.

        A month without a year is the nearest such month (``periods.resolve``), unless
        ``nearest`` is off (a plan's months are the next ones) or the words before it say
        otherwise: after "by" or "before" the next one, after "since" or in "at the end of
        June" (a balance measured) one that has begun."""
        found = self._resolved(ent, ahead, past, nearest)
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
            end = self.fiscal_end[0] if self.fiscal_end is not None else 3
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

    def _months_of_results(self, ent: Span) -> str | None:
        """An adjectival count of months before a results noun ("its nine-month profit fell
        14%", "six-month net sales"): the first months of the year in view (its fiscal year by
        the year-end the text states or its market keeps), the latest such span ended by the
        article's date; not "a nine-month high" or "nine-month bills"."""
        long = _MONTHS_LONG.fullmatch(ent.text.strip())
        if long is None or self.anchor is None:
            return None
        count = numbers.parse_numeral(long["count"])
        if count not in (6, 9):
            return None
        i = ent.end
        while i < min(len(self.doc), ent.end + 3) and self.lowers[i] in fact_words(
            "results_modifier"
        ):
            i += 1
        if i >= len(self.doc) or self.lowers[i] not in fact_words("results_noun"):
            return None
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
            and self.fiscal_end[1]
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
            return self._quarter_in_view(ent)
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
                return end  # "inflation of 3.8% in the year to September": that month's rate
            day = periods.last_day(end)
            if day is not None:
                return periods.period_ending(day, opening["what"].lower(), opening["count"])
        context = _SPAN_CONTEXT.search(before)
        # a deadline is ahead: "cuts of 75 basis points by December", "unlikely before September"
        word = self.lowers[ent.start - 1] if ent.start > 0 else ""
        deadline = not past and word in fact_words("period_ahead")
        ahead = ahead or (not past and word in fact_words("goal")) or deadline
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
        if following is None or following.start != ent.end + 1:
            return None
        month = periods.resolve(following.text, _date_value(following), self.anchor, ahead, True)
        last = periods.last_day(month)
        if last is None or not re.fullmatch(r"\d{4}-\d\d", month or ""):
            return None
        first, mid = last.replace(day=1), last.replace(day=15)
        if half["which"].lower() in ("first", "1st"):
            return f"{first.isoformat()}/{mid.isoformat()}"
        return f"{last.replace(day=16).isoformat()}/{last.isoformat()}"

    def _ended_on(self, ent: Span) -> date | None:
        """The day a relative clause right after a quarter or a half says it ended on: "the
        fourth quarter, which ended Oct. 31", "the first half that ended on June 30"."""
        after = _ENDED_CLAUSE.match(self.text, ent.end_char)
        if after is None:
            return None
        i = bisect_left(self.date_index.starts, ent.end)
        following = self.date_index.items[i] if i < len(self.dates) else None
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

    def _latest_quarter(self, ent: Span, nested: bool = False) -> str | None:
        """ "the latest quarter", "the past quarter": the quarter in view, else the last
        calendar quarter ended by the article's date."""
        in_view = self._quarter_in_view(ent, nested=nested)
        if in_view is not None or self.anchor is None:
            return in_view
        return periods.resolve("last quarter", None, self.anchor)

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
        for converted in self.value_index.between(span.end, span.end + 2):
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
                    value.kind in ("change", "level")
                    and not point_in_time
                    and not self._one_off(value)
                    and not self._payment(value)
                    and self._dateline_date(ent)
                )
                # "a buyback of up to $300m over the next 12 months": a limit in force
                or (qualifier == "at_most" and _NEXT_SPAN.search(ent.text) is not None)
                or self._aside(ent)
                or self._over_past_year(ent)
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
                )
                or (ent.end <= span.start and self._in_relative_aside(ent, span.start))
                or (
                    ent.end <= span.start
                    and value.kind != "target"
                    and self._deadline(ent, sentence.start)
                )
                or (point_in_time and self._modifies_another_metric(ent, value))
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
            if _YEAR_BACK.search(ent.text) or _SAME_LAST_YEAR.match(
                self.text, ent.start_char, ent.end_char + 11
            ):
                # "$X a year earlier" dates a level; "rose 4% from a year earlier" is a basis.
                # An opening "A year earlier, ..." dates its sentence's figures.
                opening_back = ent.end <= span.start and self._year_back_opening(ent, sentence)
                # "compared with a 1.1 percent rise in the same period last year": the change
                # of that period, not a basis
                in_back = bool(
                    _IN_BEFORE.search(self.text, max(0, ent.start_char - 8), ent.start_char)
                    and _SAME_LAST_YEAR.match(self.text, ent.start_char, ent.end_char + 11)
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
                        or (ent.start - span.end > 2 and not self._restated_between(span, ent))
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
            # analysts") is of the figure reported, whose months are the nearest
            resolved = self.resolved(
                ent,
                ahead=value.kind == "target" and not self._consensus_met(sentence),
                past=self._perfect_before(value, ent),
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
            resolved = self._year_total(value, ent, resolved)
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
            value.period, value.period_span = resolved, ent
            if (
                (not periods.parse_day(resolved) or _END_OF.match(ent.text))
                and value.kind != "target"
                and not self._part_of_period(ent)
                and not self._compared(span)
                # "bought in 2022 for US$1.3 billion": a price dates only itself
                and not self._payment(value)
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
        ):
            # "For 2024, the report lists 191 major projects ... It also pledges to cut taxes by
            # more than 10 billion yuan": the same owner's plan goes on in the paragraph
            value.period = self.paragraph_plan[1]
            value.how.append("period.plan")
        elif (value.metric_cls == "event" and not self._results_dividend(value, paragraph)) or (
            value.kind == "target" and not self._consensus(sentence)
        ):
            value.how.append("period.undated")
        elif self._standing(value) or self._present_state(value) or present_share:
            value.how.append("period.standing")
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
        special-purpose bonds worth 180 billion yuan by the end of May"): a past deadline."""
        start = max(value.clause[0], value.span.start - _PERFECT_REACH)
        return (
            value.kind != "target"
            and not _PERFECT.isdisjoint(self.lowers[start : value.span.start])
            and ent.start >= value.span.end
        )

    def _owner(self, value: _Value) -> str | None:
        """The fullest name of a value's subject, to tell whose plans go on."""
        return self.fullest(value.subject) if value.subject is not None else None

    def _year_back_opening(self, ent: Span, sentence: Span) -> bool:
        """Whether a year-back date opens its sentence, set off by a comma: "A year earlier,
        net income was $180 million", "In the same quarter a year ago, ...", "In the year-ago
        quarter, ..." (not "Compared with a year earlier, ...")."""
        if ent.end >= len(self.doc) or ent.end - sentence.start > 10:
            return False
        end = ent.end + 1 if self.lowers[ent.end] == "quarter" else ent.end
        if end >= len(self.doc) or self.doc[end].text != ",":
            return False
        return _YEAR_BACK_OPENING.fullmatch(self.doc[sentence.start : end].text) is not None

    def _opening(self, ent: Span, sentence: Span) -> bool:
        """Whether a date opens its sentence, set off by a comma ("For 2024, the district aims
        for growth of 7-8% and plans to ..."): it dates every statement of the sentence."""
        return ent.start - sentence.start <= 1 and self.doc[ent.end].text == ","

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

    def _year_total(self, value: _Value, ent: Span, resolved: str) -> str:
        """An amount "for the year to March 2025" sums the twelve months to that month: a
        company's fiscal year (``FY2025``), a place's months (``2024-04/2025-03``), where a rate
        "in the year to September" is that month's reading."""
        opening = _SPAN_OPENING.match(ent.text)
        if (
            opening is None
            or opening["what"].lower() != "year"
            or opening["verb"].lower() not in ("to", "through")
            or not (value.span.label_ == "MONEY" or self._company_flow_change(value))
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
        found = [i for i, w in enumerate(window) if w in words]
        if not found:
            return False
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

    def _in_relative_clause(self, ent: Span, end: int) -> bool:
        """Whether a name before a value stands in a clause of place between commas that closes
        before it: "In Hangzhou, where developer Greentown China is based, prices fell" (the
        place's; "Li Jun, who runs a workshop in Xuchang, said" keeps Xuchang)."""
        return self._aside_opening(ent, end, 10) == "where"

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

    def _aside_opening(self, ent: Span, end: int, reach: int) -> str | None:
        """The word that opens the aside between commas holding ``ent``, when the aside closes
        before token ``end``: the word after the last comma within ``reach`` tokens before it
        ("" when the comma touches it); None when no such comma stands in its sentence."""
        doc = self.doc
        if end - ent.end > 30 or not any(doc[i].text == "," for i in range(ent.end, end)):
            return None
        for i in range(ent.start - 1, max(-1, ent.start - reach), -1):
            if doc[i].text == ",":
                return self.lowers[i + 1] if i + 1 < ent.start else ""
            if doc[i].is_sent_start:
                return None
        return None

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
            self.doc[i].is_alpha and not self.doc[i].is_stop
            for i in range(ent.end, other.start - 1)
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
        metric = self.doc.char_span(*value.metric, alignment_mode="expand")
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
            if at is not None and any(
                self.doc[i].ent_type_ == "DATE" for i in range(at + 3, start)
            ):
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
            and self.doc[i].is_alpha
            and not self.doc[i].ent_type_
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
                    found = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
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
        end = min(value.clause[1], span.end + 6) if span.start <= value.clause[0] else span.end
        return not (
            words.isdisjoint(self.lowers[start : span.start])
            and words.isdisjoint(self.lowers[span.end : end])
        )

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
        doc, lowers = self.doc, self.lowers
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
                doc[j].ent_type_ in (*VALUE_LABELS, "DATE")  # "in quarterly revenue"
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
        if self._release_day(ent):
            return True
        if kind == "change" and self._same_of_base(ent):
            return True  # "up 8.7 percent compared with the same holiday last year": the base
        if _PREVIOUS_QUARTER.fullmatch(ent.text) and _CHANGED_FROM.search(before):
            return True  # "expects revenue to grow 5%-7% from the previous quarter": a basis
        # "from 2022 to 2023" is one mention: its end is the period
        spans_two = re.search(r"\bto\b|[-\u2013]", ent.text) is not None
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

    def _after_maturity_word(self, ent: Span) -> bool:
        """ "bonds maturing (in) 2034", "notes due 2030": the date of an instrument; also each
        date of a list after the word ("maturing in 2034 and 2054")."""
        doc = self.doc

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

    # output ----------------------------------------------------------------------------------

    def data(self, value: _Value) -> FactData:
        """The stored form of a decided value."""
        subject, period_span = value.subject, value.period_span
        assert value.metric is not None, "only values that measure something stated get a fact"
        return FactData(
            value=(value.data.start, value.data.end),
            kind=value.kind,  # type: ignore[arg-type]
            direction=value.direction,  # type: ignore[arg-type]
            basis=value.basis,  # type: ignore[arg-type]
            metric=value.metric,
            subject=(subject.start_char, subject.end_char) if subject is not None else None,
            subject_text=self.fullest(subject) if subject is not None else None,
            subject_in=self._inner_subject(subject),
            period=self._written(value.period, period_span) if value.period else None,
            period_span=(period_span.start_char, period_span.end_char) if period_span else None,
            rule=" ".join(value.how),
        )

    def _written(self, period: str, span: Span | None = None) -> str:
        """A period in its canonical form; months running to the article's date ("since the
        start of the year" on March 21: ``2024-01/2024-03``), or from it (``span`` "over the
        next two months" on July 16: ``2024-07/2024-09``), are no whole quarter or half."""
        anchor = self.anchor
        if anchor is not None and period.endswith(f"/{anchor.year}-{anchor.month:02d}"):
            end = periods.last_day(f"{anchor.year}-{anchor.month:02d}")
            if end is not None and anchor < end:
                return period
        if anchor is not None and anchor.day > 1 and span is not None:
            ahead = _NEXT_SPAN.search(span.text) is not None
            if ahead and period.startswith(f"{anchor.year}-{anchor.month:02d}/"):
                return period
        return periods.canonical(period)

    def _inner_subject(self, subject: Span | None) -> tuple[int, int] | None:
        """The characters of the mention a country named inside a body's name lies in."""
        if subject is None:
            return None
        body = self.inner_countries.get((subject.start_char, subject.end_char))
        if body is None or subject.label_ != "GPE" or subject.end - subject.start >= len(body):
            return None
        return (body.start_char, body.end_char)

    @staticmethod
    def conversion(value: _Value, converted: FactData) -> FactData:
        """The fact of an amount that converts another: the same slots, its own value."""
        return converted.model_copy(
            update={
                "value": (value.data.start, value.data.end),
                "rule": "fact.conversion",
                "converts": converted.value,
            }
        )


_FISCAL_LABEL = re.compile(
    r"(?:the\s+)?(?:(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<unit>quarter|half)"
    r"|(?P<letter>[qh])(?P<digit>[1-4]))",
    re.IGNORECASE,
)
# A period spelled in months: "the October-December quarter", "January-March"
_MONTHS_NAMED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:-|\u2013|to|through)"
    r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


def _date_value(ent: Span) -> str | None:
    """The normalized value of a DATE mention, when it has one."""
    data = get_span_data(ent)
    return data.value.value if data is not None and isinstance(data.value, DateValue) else None


def _fiscal_label(text: str) -> str | None:
    """ "Q1", "first-quarter", "the first half" -> ``Q1``, ``Q1``, ``H1``; ``None`` for
    anything else, a label with a year included."""
    match = _FISCAL_LABEL.fullmatch(text.strip())
    if match is None:
        return None
    if match["letter"]:
        letter, number = match["letter"].upper(), int(match["digit"])
    else:
        letter, number = (
            ("Q" if match["unit"].lower() == "quarter" else "H"),
            _ORDINALS[match["n"].lower()],
        )
    return f"{letter}{number}" if letter == "Q" or number <= 2 else None


def _benchmark(ent: Span) -> bool:
    """ "its highest since 2008", "the pre-pandemic levels of 2019", "the 2022 peaks", "its peak
    in 2021": a date a value is measured against, not the value's period."""
    doc, i = ent.doc, ent.start - 1
    lowers = doc_lowers(doc)
    # "since" just before, or opening a short clause the date ends: "its highest since early
    # 2022", "its highest level since the rate was introduced in 2013"
    for j in range(i, max(-1, i - 7), -1):
        if lowers[j] == "since":
            return not fact_words("record").isdisjoint(lowers[max(0, j - 4) : j])
        if doc[j].is_punct:
            break
    if i >= 1 and lowers[i] == "of" and lowers[i - 1] in fact_words("benchmark"):
        return True
    # "nearly 40% below its peak in 2021": the peak's own date ("a record high in 2023" is not)
    if (
        i >= 2
        and lowers[i] == "in"
        and lowers[i - 1] in fact_words("benchmark")
        and lowers[i - 2] in fact_words("possessive")
    ):
        return True
    return ent.end < len(doc) and lowers[ent.end] in fact_words("benchmark")


_THERE = frozenset({"there"})


def _holds(sorted_items: list[int], item: int) -> bool:
    """Whether a sorted list holds ``item`` (a bisection)."""
    k = bisect_left(sorted_items, item)
    return k < len(sorted_items) and sorted_items[k] == item


def _named_after_country(longer: str, short: str) -> bool:
    """Whether a country's name comes before ``short`` in ``longer`` (both bare and padded with
    spaces): "china yiwu international trade city" is a name made of places, not a fuller
    form of "yiwu" ("south korea" is one of "korea")."""
    words = longer[: longer.index(short)].split()
    return any(
        " ".join(words[i:j]) in country_names()
        for i in range(len(words))
        for j in range(i + 1, min(i + 4, len(words)) + 1)
    )


def _bare(name: str) -> str:
    """A name lower-cased without dots: "U.S." and "US" are one name."""
    return name.lower().replace(".", "")


# A web domain's ending glued to a company's name: "JD.com", "Amazon.com", "Booking.com".
_DOMAIN_END = re.compile(r"\.(com|net|org|io|ai)\b", re.IGNORECASE)


def _name_words(name: str) -> str:
    """A name's bare form with a web domain's ending as a word of its own, so that "JD" is a
    short form of "JD.com Inc" as "Alibaba" is of "Alibaba Group" (and not of "JD Logistics",
    a unit named later)."""
    return _bare(_DOMAIN_END.sub(r" \1", name))


def _all_initials(name: str) -> str:
    """ "Bank of Japan" -> "BOJ": the first letters of all a name's words, upper-cased, for the
    short forms that keep the small words ("BOJ", "BoE", "BOK")."""
    words = name.split()
    return "".join(w[0] for w in words).upper() if len(words) > 2 else ""


def _initials(name: str) -> str:
    """ "Reserve Bank of India" -> "RBI": the capitals of a name's words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


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


class FactStage:
    """The ``extractor_facts`` component: the facts of a document's MONEY and PERCENT values."""

    def __init__(self, nlp: Language, name: str, today: str | None = None) -> None:
        self.name = name
        self.finder = FactFinder(nlp)
        # the day the articles are read on (document_anchor); None: the clock's
        self.today = date.fromisoformat(today) if today else None

    def __call__(self, doc: Doc) -> Doc:
        with entities_read_once(doc):
            anchor = document_anchor(doc, today=self.today)
            store_anchor(doc, anchor)
            store_facts(doc, self.finder(doc, anchor))
        return doc
