"""PERCENT: find percentages and percentage-point changes and normalize value, unit and direction.

The rules are the templates of ``patterns/percent.jsonl``; units come from
``lexicons/percent_units.tsv``; the direction of a change is read by
:func:`extractor.rules.cues.find_direction`.

>>> [(f.start, f.end, f.value) for f in find_percent("cut by 25 basis points")]  # doctest: +ELLIPSIS
[(7, 22, PercentValue(value=Decimal('0.25'), unit='percentage_point', ...direction='decrease'))]
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from decimal import Decimal

from extractor.records import PercentValue
from extractor.rules import numbers
from extractor.rules.alternation import Phrase, alternation
from extractor.rules.cues import find_direction
from extractor.rules.patterns import Found, RuleMatch, apply_rules, compile_patterns
from extractor.rules.qualifiers import normalize_qualifier, particle_end, qualifier_regex
from extractor.rules.resources import read_lexicon

_YEAR = re.compile(r"(?:19|20)\d\d")


@functools.cache
def _units() -> dict[str, tuple[str, Decimal]]:
    return {
        row["surface"].lower(): (row["unit"], Decimal(row["factor"]))
        for row in read_lexicon("percent_units")
    }


@functools.cache
def _list_item() -> re.Pattern[str]:
    return re.compile(numbers.figure_regex(), re.VERBOSE)


@functools.cache
def fragments() -> dict[str, str]:
    """The placeholders the percent templates may use."""
    words = sorted(_units(), key=lambda w: (-len(w), w))
    return {
        "num": numbers.numeral_regex(),
        # the words of a unit may be hyphenated: "a 25-basis-point cut", "0.5-percentage-point"
        "pct": alternation([Phrase(w, ignore_case=True) for w in words], space=r"(?:\s+|-)"),
        "qual": qualifier_regex(),
        "qual_after": qualifier_regex("after"),
        "qual_glued": qualifier_regex("glued"),
        "sign": r"(?:[-\u2212](?=\d)|(?<!(?i:plus)\sor\s)(?i:minus|negative)\s+)",
        "point": r"(?i:point)",
    }


def _unit(surface: str) -> tuple[str, Decimal] | None:
    return _units().get(re.sub(r"\s+|-(?=[a-z])", " ", surface.lower()))


def _direction(text: str, found: Found) -> str:
    """The direction of a percentage: from the words around it, else from a plus sign glued
    before it ("+9%", "(+12%)": a listing's or a table's change). A "+" after a letter or a
    digit is no sign ("Q2+3%"); a minus makes a negative value, which may be a level ("a
    policy rate of -0.1%")."""
    direction = find_direction(text, found.start, found.end)
    if direction == "none" and found.start > 0 and text[found.start - 1] == "+":
        before = text[found.start - 2] if found.start > 1 else " "
        return "none" if before.isalnum() else "increase"
    return direction


class PercentFinder:
    """The compiled PERCENT rules: call it on a text to get its percentages, in order."""

    readers = frozenset({"list", "fraction_point"})

    def __init__(self) -> None:
        self.patterns = compile_patterns("percent", fragments(), self.readers)

    def __call__(self, text: str) -> list[Found]:
        """Every percentage in ``text``, in order, with the direction its context gives."""
        found = apply_rules(text, self.patterns, lambda m: self.normalize(m, text))
        found = [_without_particle(text, f) for f in found]
        return [
            replace(f, value=f.value.model_copy(update={"direction": direction}))
            if f.value is not None and (direction := _direction(text, f)) != "none"
            else f
            for f in found
        ]

    def normalize(self, match: RuleMatch, text: str) -> Found | None:
        """Read one rule match into a :class:`Found`, or ``None`` if it is not a percentage."""
        groups = match.groups
        if match.read == "fraction_point":
            return _fraction_point(match)
        unit = _unit(groups["pct"])
        if unit is None:
            return None
        name, factor = unit
        if match.read == "list":
            return _list_items(match, text, name, factor)
        qualifier = normalize_qualifier(
            groups.get("qual") or groups.get("qual_after") or groups.get("qual_glued")
        )
        if "lo_pct" in groups and _unit(groups["lo_pct"]) != unit:
            return None  # "0.57 percentage points to 4.05 percent" is two values, not a range
        if "lo_num" in groups:
            low = numbers.parse_numeral(groups["lo_num"], decimal_comma=True)
            high = numbers.parse_numeral(groups["hi_num"], decimal_comma=True)
            if low is None or high is None or low >= high:
                return None
            value = PercentValue(
                value=None,
                unit=name,  # type: ignore[arg-type]
                qualifier=qualifier,  # type: ignore[arg-type]
                min=numbers.canonical(low * factor),
                max=numbers.canonical(high * factor),
            )
        else:
            number = numbers.parse_numeral(groups["num"], decimal_comma=True)
            if number is None:
                return None
            sign = -1 if "sign" in groups else 1
            value = PercentValue(
                value=numbers.canonical(sign * number * factor),
                unit=name,  # type: ignore[arg-type]
                qualifier=qualifier,  # type: ignore[arg-type]
            )
        return Found(match.start, match.end, match.pattern_id, value)


def _without_particle(text: str, found: Found) -> Found:
    """ "edged up to 2.4%": the verb's particle is no "up to" qualifier of the amount."""
    start = particle_end(text, found.start)
    if start is None or found.value is None or found.items:
        return found
    return replace(found, start=start, value=found.value.model_copy(update={"qualifier": None}))


def _fraction_point(match: RuleMatch) -> Found | None:
    """ "a quarter point", "half a point": a fraction written in words before "point" is a
    fraction of a percentage point; figures ("0.2 point") and whole points are left alone."""
    number = numbers.parse_words(match.groups["num"])
    if number is None or not 0 < number < 1:
        return None
    value = PercentValue(
        value=number,
        unit="percentage_point",
        qualifier=normalize_qualifier(match.groups.get("qual") or match.groups.get("qual_after")),  # type: ignore[arg-type]
    )
    return Found(match.start, match.end, match.pattern_id, value)


def _list_items(match: RuleMatch, text: str, unit: str, factor: Decimal) -> Found | None:
    """ "5.1 and 6.6 percent": the unit written once applies to every number of the list.

    The last item carries the unit; a list that holds a year is not a list of percentages.
    """
    items = []
    found = list(_list_item().finditer(text, match.start, match.end))
    for index, number in enumerate(found):
        value = numbers.parse_numeral(number.group())
        if value is None or _YEAR.fullmatch(number.group()):
            return None  # "in 2022 and 5 percent" is not a list of percentages
        end = match.end if index == len(found) - 1 else number.end()
        item = PercentValue(value=numbers.canonical(value * factor), unit=unit)  # type: ignore[arg-type]
        items.append(Found(number.start(), end, match.pattern_id, item))
    if len(items) < 2:
        return None
    return Found(match.start, match.end, match.pattern_id, items=tuple(items))


@functools.cache
def _default_finder() -> PercentFinder:
    return PercentFinder()


def find_percent(text: str) -> list[Found]:
    """Every percentage in ``text`` with the default rules (see :class:`PercentFinder`)."""
    return _default_finder()(text)
