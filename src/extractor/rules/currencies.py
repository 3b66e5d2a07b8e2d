"""Currencies: the surface forms of ``lexicons/currencies.tsv`` and ISO 4217, and their resolution.

An ambiguous form ("$", "¥") is resolved by the currency cues of the article ("China" -> CNY,
"Tokyo" -> JPY, from ``lexicons/currency_cues.tsv``).

>>> form = currency_forms()[("prefix", "¥")]
>>> resolve_currency(form, count_currency_cues("Tokyo stocks rose."))
('JPY', ())
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

import pycountry

from extractor.errors import Errors, ResourceError
from extractor.rules.resources import read_lexicon

CURRENCY_LEXICON = "lexicons/currencies.tsv"


@dataclass(frozen=True)
class CurrencyForm:
    """One surface form of a currency, as listed in ``lexicons/currencies.tsv``."""

    surface: str
    codes: tuple[str, ...]
    has_default: bool
    position: str
    factor: Decimal
    is_word: bool
    """A word ("yuan") is matched case-insensitively; a symbol, code or abbreviation as written."""

    @property
    def key(self) -> tuple[str, str]:
        """The form's key in :func:`currency_forms`: words are keyed in lower case."""
        return self.position, self.surface.lower() if self.is_word else self.surface


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
                    Errors.E006.format(path=CURRENCY_LEXICON, surface=row["surface"], code=code)
                )
        form = CurrencyForm(
            row["surface"],
            codes,
            not raw.startswith("?"),
            row["position"],
            Decimal(row["factor"]),
            row["case"] == "i",
        )
        forms[form.key] = form
    for iso_key, iso_form in _iso_forms().items():
        forms.setdefault(iso_key, iso_form)  # the curated lexicon wins over the generated forms
    return forms


def _iso_forms() -> dict[tuple[str, str], CurrencyForm]:
    """Every ISO 4217 currency by code ("MOP 1.2 billion") and by name ("1.2 billion patacas").

    Names come from pycountry: the full name ("Saudi Riyal"), its plural, and its last word when
    no other currency shares it. Funds, metals and test codes (the X.. codes but those of
    ``lexicons/currency_x_codes.tsv``) are left out, and so are the codes and words of
    ``lexicons/currency_exclusions.tsv``.
    """
    excluded = {(row["kind"], row["surface"]) for row in read_lexicon("currency_exclusions")}
    real_x = {row["code"] for row in read_lexicon("currency_x_codes")}
    currencies = [
        c for c in pycountry.currencies if not c.alpha_3.startswith("X") or c.alpha_3 in real_x
    ]
    names = {c.alpha_3: re.sub(r"\s*\(.*\)", "", c.name).lower() for c in currencies}
    last_words: dict[str, set[str]] = {}
    for code, name in names.items():
        last_words.setdefault(name.split()[-1], set()).add(code)
    forms: dict[tuple[str, str], CurrencyForm] = {}
    for code, name in names.items():
        if ("code", code) not in excluded:
            for position in ("prefix", "suffix"):
                form = CurrencyForm(code, (code,), True, position, Decimal(1), False)
                forms[form.key] = form
        words = {name, f"{name}s"}
        last = name.split()[-1]
        if last_words[last] == {code}:
            words |= {last, f"{last}s"}
        for word in words - {w for kind, w in excluded if kind == "word"}:
            forms[("suffix", word)] = CurrencyForm(word, (code,), True, "suffix", Decimal(1), True)
    return forms


def lookup_form(position: str, surface: str) -> CurrencyForm | None:
    """The form matched as ``surface`` before ("prefix") or after ("suffix") a number."""
    surface = re.sub(r"\s+", " ", surface)
    forms = currency_forms()
    return forms.get((position, surface)) or forms.get((position, surface.lower()))


@functools.cache
def _cue_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    cues = {row["cue"]: row["code"] for row in read_lexicon("currency_cues")}
    alternation = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), cues


def count_currency_cues(text: str) -> Counter[str]:
    """How often each currency is hinted at in the text ("China" -> CNY, "Tokyo" -> JPY)."""
    regex, cues = _cue_regex()
    return Counter(cues[m.group()] for m in regex.finditer(text))


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
