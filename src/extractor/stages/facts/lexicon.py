"""The words, phrases and cue rules of the facts stage, read from the lexicons and patterns."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.tokens import Doc, Span

from extractor.errors import Errors, PatternError
from extractor.records import DateValue
from extractor.rules.resources import read_jsonl, read_lexicon
from extractor.spans import (
    SpanData,
    doc_lowers,
    get_span_data,
)

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


_ENDING = (
    r"(?P<what>(?:fiscal|financial|business)\s+year|year|quarter|(?P<count>three|six|nine|twelve"
    r"|3|6|9|12)\s+months|half|week|\b(?:[1-9]|1\d|2[0-6]|two|four|eight|twelve|sixteen)\s+weeks)"
    r"\s+(?:(?:that|which)\s+)?(?P<verb>ended|ending|to|through)"
)


"""How many dates on each side of a value its period is looked for among, in a long sentence."""


# The span ahead of the article's date: "over the next 12 months", "the coming three years".
_NEXT_SPAN = re.compile(r"\b(?:next|coming)\s+\w+\s+(?:months|years)\b", re.IGNORECASE)


# The quarter before the one in view: "faster than the 1 per cent expansion in the previous
# quarter".
_PREVIOUS_QUARTER = re.compile(r"(?:the\s+)?(?:previous|prior|preceding)\s+quarter", re.IGNORECASE)


# The end of a year: "the end of 2023", "the end of the year", "the end of next year".
_YEAR_END = re.compile(
    r"(?:(?:the\s+)?end\s+of\s+|end-)(?:(?P<year>\d{4})|(?:the|this)\s+year"
    r"|(?P<relative>(?:the\s+)?(?:current|last|previous|past|next|coming)\s+year))",
    re.IGNORECASE,
)


# The last day of a period, at which balances are read: "the end of September", "end-2023".
_END_OF = re.compile(r"(?:the\s+)?end\b(?!-[a-z])", re.IGNORECASE)  # not "end-June": a month


@functools.cache
def _fiscal_conventions() -> dict[str, dict[str, str]]:
    """``lexicons/fiscal_conventions.tsv`` by currency code: how a market's company news names
    fiscal years (by their start or their end) and bare quarters (fiscal or calendar)."""
    return {row["code"]: row for row in read_lexicon("fiscal_conventions")}


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


_FISCAL_LABEL = re.compile(
    r"(?:the\s+)?(?:(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<unit>quarter|half)"
    r"|(?P<letter>[qh])(?P<digit>[1-4]))",
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


# "In 12 months, the deficit equals 0.4% of GDP": a rolling year of a monthly statistic, which
# dates its sentence only
_TWELVE_MONTHS = re.compile(r"(?:the\s+)?(?:12|twelve)\s+months", re.IGNORECASE)


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
