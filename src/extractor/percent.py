"""PERCENT: find percentages and percentage-point changes and normalize value, unit and direction.

The rules are the templates of ``patterns/percent.jsonl``; units come from
``lexicons/percent_units.tsv`` and direction cues from ``lexicons/directions.tsv``.

>>> [(f.text, f.attrs["value"], f.attrs["unit"]) for f in find_percent("cut by 25 basis points")]
[('25 basis points', Decimal('0.25'), 'percentage_point')]
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Any

from extractor import numbers
from extractor.money import Found
from extractor.patterns import (
    CompiledPattern,
    RuleMatch,
    apply_rules,
    compile_patterns,
)
from extractor.qualifiers import normalize_qualifier, qualifier_regex
from extractor.resources import read_lexicon

# How far a direction cue may stand from its value, in words, and what ends the search.
_CUE_WINDOW = 6
_CLAUSE_BREAK = re.compile(r"[;:.!?]\s|\b(?:while|whereas|but|compared|against)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@functools.cache
def _units() -> dict[str, tuple[str, Decimal]]:
    return {
        row["surface"].lower(): (row["unit"], Decimal(row["factor"]))
        for row in read_lexicon("percent_units")
    }


@functools.cache
def _directions() -> dict[tuple[str, str], str]:
    return {(row["side"], row["surface"]): row["direction"] for row in read_lexicon("directions")}


@functools.cache
def fragments() -> dict[str, str]:
    """The placeholders the percent templates may use."""
    words = sorted(_units(), key=len, reverse=True)
    pct = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", "-") for w in words)
    return {
        "num": numbers.numeral_regex(),
        "pct": f"(?i:{pct})",
        "qual": qualifier_regex(),
        "sign": r"(?:[-\u2212]|(?i:minus|negative)\s+)(?=\d)",
    }


@functools.cache
def percent_patterns() -> tuple[CompiledPattern, ...]:
    """The compiled rules of ``patterns/percent.jsonl``."""
    return compile_patterns("percent", fragments())


def _unit(surface: str) -> tuple[str, Decimal] | None:
    return _units().get(re.sub(r"\s+", " ", surface.lower()))


def find_direction(text: str, start: int, end: int) -> str:
    """Direction of the change a percentage states, from cue words around it.

    Looks left for a verb or preposition ("rose", "down") within a few words of the same
    clause, then right for a noun ("a 23.4% expansion").

    >>> find_direction("Exports fell 0.3% in May", 13, 17)
    'decrease'
    >>> find_direction("accounting for 36.3 percent of GDP", 15, 27)
    'none'
    """
    directions = _directions()
    right = [w.lower() for w in _WORD.findall(text[end : end + 40])[:3]]
    left = text[max(0, start - 80) : start]
    if re.search(r"\b(?:an?|the)\s*$", left, re.IGNORECASE):
        # "a 23.4% expansion": the value sits inside a noun phrase; its head noun decides.
        for word in right:
            if (cue := directions.get(("right", word))) is not None:
                return cue
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    for word in reversed(_WORD.findall(left)[-_CUE_WINDOW:]):
        if (cue := directions.get(("left", word.lower()))) is not None:
            return cue
    for word in right:
        if (cue := directions.get(("right", word))) is not None:
            return cue
    return "none"


def normalize_percent(match: RuleMatch, text: str) -> Found | None:
    """Turn one rule match into a :class:`~extractor.money.Found`, or ``None``."""
    groups = match.groups
    unit = _unit(groups["pct"])
    if unit is None:
        return None
    name, factor = unit
    attrs: dict[str, Any] = {
        "value": None,
        "unit": name,
        "min": None,
        "max": None,
        "qualifier": normalize_qualifier(groups.get("qual")),
        "direction": "none",  # set by find_percent for the chosen matches only
    }
    if match.pattern_id == "percent.list":
        return _list_items(match, text, name, factor)
    if "lo_pct" in groups and _unit(groups["lo_pct"]) != unit:
        return None  # "0.57 percentage points to 4.05 percent" is two values, not a range
    if "lo_num" in groups:
        low, high = numbers.parse_numeral(groups["lo_num"]), numbers.parse_numeral(groups["hi_num"])
        if low is None or high is None or low >= high:
            return None
        attrs["min"], attrs["max"] = (
            numbers.canonical(low * factor),
            numbers.canonical(high * factor),
        )
    else:
        value = numbers.parse_numeral(groups["num"])
        if value is None:
            return None
        sign = -1 if "sign" in groups else 1
        attrs["value"] = numbers.canonical(sign * value * factor)
    return Found(match.start, match.end, text[match.start : match.end], match.pattern_id, attrs)


_LIST_ITEM = re.compile(numbers.DIGITS_REGEX, re.VERBOSE)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _list_items(match: RuleMatch, text: str, unit: str, factor: Decimal) -> Found | None:
    """ "5.1 and 6.6 percent": the unit written once applies to every number of the list.

    Returns one :class:`Found` for the whole list whose ``attrs["items"]`` holds one Found per
    number; :func:`find_percent` replaces the list by its items after overlaps are resolved.
    """
    items = []
    found = list(_LIST_ITEM.finditer(text, match.start, match.end))
    for index, number in enumerate(found):
        value = numbers.parse_digits(number.group())
        if value is None or _YEAR.fullmatch(number.group()):
            return None  # "in 2022 and 5 percent" is not a list of percentages
        end = match.end if index == len(found) - 1 else number.end()  # the last carries the unit
        attrs = {"value": numbers.canonical(value * factor), "unit": unit, "min": None, "max": None}
        attrs |= {"qualifier": None, "direction": "none"}
        items.append(
            Found(number.start(), end, text[number.start() : end], match.pattern_id, attrs)
        )
    if len(items) < 2:
        return None
    return Found(
        match.start, match.end, text[match.start : match.end], match.pattern_id, {"items": items}
    )


def find_percent(text: str) -> list[Found]:
    """Every percentage in ``text``, in order."""
    chosen = apply_rules(text, percent_patterns(), lambda m: normalize_percent(m, text))
    found = [item for f in chosen for item in f.attrs.get("items", [f])]
    for item in found:
        item.attrs["direction"] = find_direction(text, item.start, item.end)
    return found
