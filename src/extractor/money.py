"""MONEY: find monetary amounts in text and normalize them to an amount and an ISO 4217 code.

The rules are the templates of ``patterns/money.jsonl``; the vocabulary comes from
``lexicons/currencies.tsv``, ``multipliers.tsv``, ``qualifiers.tsv`` and ``per_units.tsv``.
Numbers are read by :mod:`extractor.numbers`.

>>> [(m.text, m.attrs["amount"], m.attrs["currency"]) for m in find_money("It hit US$1.2bn.")]
[('US$1.2bn', Decimal('1200000000'), 'USD')]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pycountry

from extractor import numbers
from extractor.errors import Errors, ResourceError
from extractor.patterns import (
    CompiledPattern,
    RuleMatch,
    apply_rules,
    compile_patterns,
    find_matches,
)
from extractor.qualifiers import normalize_qualifier, qualifier_regex
from extractor.resources import read_lexicon

# Between an amount and its conversion: "150 billion yuan ($20.9 billion)", "..., or $20.9 billion".
_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*|,?\s+or\s+|\s*/\s*")


@dataclass(frozen=True)
class CurrencyForm:
    """One surface form of a currency, as listed in ``lexicons/currencies.tsv``."""

    surface: str
    codes: tuple[str, ...]
    has_default: bool
    position: str
    factor: Decimal


@dataclass(frozen=True)
class Found:
    """A normalized match: offsets into the text, the rule that fired, and the attributes."""

    start: int
    end: int
    text: str
    pattern_id: str
    attrs: dict[str, Any]


def _is_word(surface: str) -> bool:
    return (
        surface[:1].isalpha()
        and not surface.isupper()
        and surface not in {"Rs", "Rs.", "Rmb", "Rp", "SFr", "RM"}
    )


@functools.cache
def currency_forms() -> dict[tuple[str, str], CurrencyForm]:
    """The currency lexicon keyed by (position, surface); words are keyed in lower case."""
    forms: dict[tuple[str, str], CurrencyForm] = {}
    for row in read_lexicon("currencies"):
        raw = row["codes"]
        codes = tuple(raw.lstrip("?").split("|"))
        for code in codes:
            if pycountry.currencies.get(alpha_3=code) is None:
                raise ResourceError(
                    Errors.E006.format(
                        path="lexicons/currencies.tsv", surface=row["surface"], code=code
                    )
                )
        surface = row["surface"]
        key = surface.lower() if _is_word(surface) else surface
        forms[(row["position"], key)] = CurrencyForm(
            surface, codes, not raw.startswith("?"), row["position"], Decimal(row["factor"])
        )
    for iso_key, iso_form in _iso_forms().items():
        forms.setdefault(iso_key, iso_form)  # the curated lexicon wins over the generated forms
    return forms


def _iso_forms() -> dict[tuple[str, str], CurrencyForm]:
    """Every ISO 4217 currency by code ("MOP 1.2 billion") and by name ("1.2 billion patacas").

    Names come from pycountry: the full name ("Saudi Riyal"), its plural, and its last word when
    no other currency shares it. Funds, metals and test codes (X.. but a few real ones) are left
    out, and so are the codes and words of ``lexicons/currency_exclusions.tsv``.
    """
    excluded = {(row["kind"], row["surface"]) for row in read_lexicon("currency_exclusions")}
    currencies = [
        c
        for c in pycountry.currencies
        if not c.alpha_3.startswith("X") or c.alpha_3 in _REAL_X_CODES
    ]
    names = {c.alpha_3: re.sub(r"\s*\(.*\)", "", c.name).lower() for c in currencies}
    last_words: dict[str, set[str]] = {}
    for code, name in names.items():
        last_words.setdefault(name.split()[-1], set()).add(code)
    forms: dict[tuple[str, str], CurrencyForm] = {}
    for code, name in names.items():
        if ("code", code) not in excluded:
            for position in ("prefix", "suffix"):
                forms[(position, code)] = CurrencyForm(code, (code,), True, position, Decimal(1))
        words = {name, f"{name}s"}
        last = name.split()[-1]
        if last_words[last] == {code}:
            words |= {last, f"{last}s"}
        for word in words - {w for kind, w in excluded if kind == "word"}:
            forms[("suffix", word)] = CurrencyForm(word, (code,), True, "suffix", Decimal(1))
    return forms


# Real currencies among the X.. codes, which otherwise name metals, funds and test codes.
_REAL_X_CODES = frozenset({"XAF", "XOF", "XCD", "XPF"})


def _currency_regex(position: str) -> str:
    parts = []
    for (pos, _), form in sorted(currency_forms().items(), key=lambda kv: -len(kv[1].surface)):
        if pos != position:
            continue
        escaped = re.escape(form.surface).replace(r"\ ", r"\s+")
        if _is_word(form.surface):
            escaped = f"(?i:{escaped})"
        if position == "suffix" and len(form.surface) == 1:
            # "50p" is money, "50 p.m." and "5pm" are not: single letters only when glued and final.
            escaped = f"(?<=\\d){escaped}(?!\\.?\\w)"
        elif position == "prefix" and form.surface[-1].isalpha():
            # A letter code before the number needs a boundary on its left: "RMB3.5bn", not "XRMB3".
            escaped = f"(?<![A-Za-z]){escaped}"
        parts.append(escaped)
    return (
        "(?:" + "|".join(parts) + r")(?![A-Za-z])"
        if position == "suffix"
        else "(?:" + "|".join(parts) + ")"
    )


@functools.cache
def _per_units() -> dict[str, str]:
    return {row["surface"].lower(): row["unit"] for row in read_lexicon("per_units")}


@functools.cache
def fragments() -> dict[str, str]:
    """The placeholders the money templates may use."""
    per = "|".join(
        re.escape(u).replace(r"\ ", r"\s+") for u in sorted(_per_units(), key=len, reverse=True)
    )
    return {
        "num": numbers.numeral_regex(),
        "mult": numbers.multiplier_regex(),
        "cur_pre": _currency_regex("prefix"),
        "cur_suf": _currency_regex("suffix"),
        "qual": qualifier_regex(),
        "per": f"(?i:{per})(?![A-Za-z])",
        # After "per" any noun is a unit ("per gigabyte"); after "a" only a known one ("a share").
        "per_any": r"(?!cent\b)[a-z]+(?:-[a-z]+)?(?![\w-])",
    }


@functools.cache
def money_patterns() -> tuple[CompiledPattern, ...]:
    """The compiled rules of ``patterns/money.jsonl``."""
    return compile_patterns("money", fragments())


@functools.cache
def table_patterns() -> tuple[CompiledPattern, ...]:
    """The compiled unit headers of statistical tables (``patterns/tables.jsonl``)."""
    return compile_patterns("tables", fragments())


# A table cell: a number standing alone between runs of two or more spaces (or a tab), or at the
# end of a row. Percent cells ("4.1%") and years ("2023") are not amounts.
_CELL = re.compile(
    rf"(?:(?<=[ \t]{{2}})|(?<=\t))(?P<num>{numbers.DIGITS_REGEX})(?=[ \t]*$|[ \t]{{2}}|\t)",
    re.VERBOSE | re.MULTILINE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_BLANK_LINES = re.compile(r"(?:\n[ \t]*)+")  # blank lines between a header and its rows
_BLANK_LINE = re.compile(r"\n[ \t]*\n")  # the end of the table


def find_table_amounts(text: str, cues: Counter[str]) -> tuple[list[Found], list[tuple[int, int]]]:
    """Figures of translated statistical tables whose unit is a header like "(100 million yuan)".

    The header applies from its line to the first blank line after the table's rows. Returns the
    amounts and the header spans (which are units, not amounts, and must not be reported).
    """
    amounts: list[Found] = []
    headers: list[tuple[int, int]] = []
    for match in find_matches(text, table_patterns()):
        line_end = text.find("\n", match.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[match.end : line_end].strip():
            continue  # a unit in running text, not a table header
        unit = _table_unit(match.groups, cues)
        if unit is None:
            continue
        headers.append((match.start, match.end))
        factor, currency = unit
        block_start = _BLANK_LINES.match(text, line_end)
        gap = _BLANK_LINE.search(text, block_start.end() if block_start else line_end)
        block_end = gap.start() if gap else len(text)
        for cell in _CELL.finditer(text, line_end, block_end):
            figure = numbers.parse_digits(cell.group("num"))
            if figure is None or _YEAR.fullmatch(cell.group("num")):
                continue
            attrs = {
                **_empty_attrs(),
                "amount": numbers.canonical(figure * factor),
                "currency": currency,
            }
            amounts.append(Found(cell.start(), cell.end(), cell.group(), "money.table.cell", attrs))
    return amounts, headers


def _empty_attrs() -> dict[str, Any]:
    keys = ("amount", "currency", "qualifier", "min", "max", "per")
    return {**dict.fromkeys(keys), "currency_candidates": []}


def _table_unit(groups: Mapping[str, str], cues: Counter[str]) -> tuple[Decimal, str | None] | None:
    """Factor and currency of a table header: "(100 million yuan)" -> (100000000, "CNY")."""
    if "cur_suf" in groups:
        form = _lookup_form("suffix", groups["cur_suf"])
    else:
        form = _lookup_form("prefix", groups["cur_pre"])
    factor = numbers.parse_amount(groups.get("num", "1"), groups.get("mult"))
    if form is None or factor is None:
        return None
    return numbers.canonical(factor * form.factor), resolve_currency(form, cues)[0]


@functools.cache
def _cue_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    cues = {row["cue"]: row["code"] for row in read_lexicon("currency_cues")}
    alternation = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), cues


def count_currency_cues(text: str) -> Counter[str]:
    """How often each currency is hinted at in the text ("China" -> CNY, "Tokyo" -> JPY)."""
    regex, cues = _cue_regex()
    return Counter(cues[m.group()] for m in regex.finditer(text))


def _lookup_form(position: str, surface: str) -> CurrencyForm | None:
    surface = re.sub(r"\s+", " ", surface)
    forms = currency_forms()
    return forms.get((position, surface)) or forms.get((position, surface.lower()))


def resolve_currency(form: CurrencyForm, cues: Counter[str]) -> tuple[str | None, tuple[str, ...]]:
    """Pick the code of a possibly ambiguous form. Returns (code or None, candidates if ambiguous).

    The default (first) code of a form wins unless another candidate has more cues in the
    article; a form without a default stays unresolved unless exactly one candidate has cues.
    """
    if len(form.codes) == 1:
        return form.codes[0], ()
    best = max(form.codes, key=lambda c: cues[c])
    tied = [c for c in form.codes if cues[c] == cues[best]]
    if form.has_default:
        default = form.codes[0]
        return (best if cues[best] > cues[default] and len(tied) == 1 else default), ()
    if cues[best] > 0 and len(tied) == 1:
        return best, ()
    return None, form.codes


def _per_unit(groups: Mapping[str, str]) -> str | None:
    """The normalized unit of a per-unit amount: a lexicon unit, or the noun after "per"."""
    if "per" in groups:
        return _per_units().get(re.sub(r"\s+", " ", groups["per"].lower()))
    return groups.get("per_any")


def _side_value(groups: dict[str, str], prefix: str) -> Decimal | None:
    numeral = groups.get(f"{prefix}num")
    return numbers.parse_amount(numeral, groups.get(f"{prefix}mult")) if numeral else None


def normalize_money(match: RuleMatch, text: str, cues: Counter[str]) -> Found | None:
    """Turn one rule match into a :class:`Found`, or ``None`` if it is not a readable amount."""
    groups = dict(match.groups)
    if "cur_pre" in groups:
        form = _lookup_form("prefix", groups["cur_pre"])
    elif "hi_cur_pre" in groups:
        form = _lookup_form("prefix", groups["hi_cur_pre"])
    elif "cur_suf" in groups:
        form = _lookup_form("suffix", groups["cur_suf"])
    else:
        return None
    if form is None:
        return None
    if form.position == "prefix" and len(form.surface) == 1 and form.surface.isalpha():
        # A lone letter ("R" for rand) is money only with a multiplier or a written-out figure:
        # "R12.5 billion", "R1,200", but not "the R2 line".
        numeral = groups.get("num") or groups.get("lo_num", "")
        if not ("mult" in groups or "hi_mult" in groups or "," in numeral or "." in numeral):
            return None
    currency, candidates = resolve_currency(form, cues)
    attrs: dict[str, Any] = {
        "amount": None,
        "currency": currency,
        "currency_candidates": list(candidates),
        "qualifier": normalize_qualifier(groups.get("qual")),
        "min": None,
        "max": None,
        "per": _per_unit(groups),
    }
    if match.pattern_id == "money.list":
        return _list_items(match, text, attrs, form.factor)
    if "lo_num" in groups:
        low, high = _range_values(groups)
        if low is None or high is None or low >= high:
            return None
        attrs["min"] = numbers.canonical(low * form.factor)
        attrs["max"] = numbers.canonical(high * form.factor)
    else:
        value = _side_value(groups, "")
        if value is None:
            return None
        attrs["amount"] = numbers.canonical(value * form.factor)
    return Found(match.start, match.end, text[match.start : match.end], match.pattern_id, attrs)


@functools.cache
def _list_item_regex() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<num>{numbers.DIGITS_REGEX})(?:\s?(?P<mult>{numbers.multiplier_regex()}))?",
        re.VERBOSE,
    )


def _list_items(
    match: RuleMatch, text: str, attrs: dict[str, Any], factor: Decimal
) -> Found | None:
    """ "1.2 billion and 3.4 billion yuan": the currency written once applies to every amount.

    An amount without its own multiplier takes the last one ("5 and 6 billion yuan"). Returns one
    :class:`Found` whose ``attrs["items"]`` holds one Found per amount; :func:`find_money`
    replaces the list by its items after overlaps are resolved.
    """
    parts = list(_list_item_regex().finditer(text, match.start, match.end))
    if len(parts) < 2 or any(_YEAR.fullmatch(p.group()) for p in parts):
        return None
    last_mult = parts[-1].group("mult")
    items = []
    for index, part in enumerate(parts):
        value = numbers.parse_amount(part.group("num"), part.group("mult") or last_mult)
        if value is None:
            return None
        end = match.end if index == len(parts) - 1 else part.end()  # the last carries the currency
        item_attrs = {**attrs, "amount": numbers.canonical(value * factor)}
        items.append(
            Found(part.start(), end, text[part.start() : end], match.pattern_id, item_attrs)
        )
    return Found(
        match.start, match.end, text[match.start : match.end], match.pattern_id, {"items": items}
    )


def _range_values(groups: dict[str, str]) -> tuple[Decimal | None, Decimal | None]:
    """Both ends of a range; "5-6 billion" lends its multiplier to the lower end."""
    high = _side_value(groups, "hi_")
    if "lo_mult" in groups or "hi_mult" not in groups:
        return _side_value(groups, "lo_"), high
    bare_low = numbers.parse_numeral(groups["lo_num"])
    bare_high = numbers.parse_numeral(groups["hi_num"])
    if bare_low is None or bare_high is None:
        return None, None
    if bare_low < bare_high:  # "5-6 million": both in millions; "$500,000 to $1 million": not
        return numbers.parse_amount(groups["lo_num"], groups["hi_mult"]), high
    return bare_low, high


def find_money(text: str, cues: Counter[str] | None = None) -> list[Found]:
    """Every monetary amount in ``text``, in order, with conversions linked to their source.

    ``cues`` (from :func:`count_currency_cues`) resolves ambiguous symbols; by default they are
    counted in ``text`` itself.
    """
    cues = count_currency_cues(text) if cues is None else cues
    chosen = apply_rules(text, money_patterns(), lambda m: normalize_money(m, text, cues))
    found = [item for f in chosen for item in f.attrs.get("items", [f])]
    cells, headers = find_table_amounts(text, cues)
    if headers:
        found = [f for f in found if not any(s <= f.start < e for s, e in headers)]
        found = sorted(found + cells, key=lambda f: f.start)
    for previous, current in itertools.pairwise(found):
        different = previous.attrs["currency"] != current.attrs["currency"]
        if different and _CONVERSION_GAP.fullmatch(text, previous.end, current.start):
            current.attrs["equivalent_of"] = previous.start
    return found
