"""Currencies: the surface forms of ``lexicons/currencies.tsv`` and ISO 4217, and their resolution.

An ambiguous form ("$", "¥") is resolved by the currency cues of the article ("China" -> CNY,
"Tokyo" -> JPY, from ``lexicons/currency_cues.tsv``).

>>> form = currency_forms()[("prefix", "¥")]
>>> resolve_currency(form, currency_context("Tokyo stocks rose."))
('JPY', ())
>>> dollar = currency_forms()[("prefix", "$")]
>>> resolve_currency(dollar, currency_context("HK$5 and $2 in Hong Kong"))
('USD', ())
>>> resolve_currency(dollar, currency_context("HK$5, $2 and US$1 in Hong Kong"))
('HKD', ())
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

import pycountry

from extractor.errors import Errors, ResourceError
from extractor.records import currency_codes
from extractor.rules.alternation import Phrase, alternation
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
    local: bool = False
    """A form of ``lexicons/currency_local_forms.tsv`` ("P" for pesos): money only in an article
    whose places point at one of its codes, and with a multiplier, a thousands separator or a
    price's two decimals."""

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
            if code not in currency_codes():
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
    for row in read_lexicon("currency_lowercase_codes"):
        # before and after the number ("usd 50 million", "50 usd"): the prefix rules open where
        # their fragments match, so a code that is no word costs nothing where it is not written
        for position in ("prefix", "suffix"):
            upper = forms[(position, row["code"])]
            lower = dataclasses.replace(upper, surface=upper.surface.lower())
            forms.setdefault(lower.key, lower)
    for row in read_lexicon("currency_local_forms"):
        codes = tuple(row["codes"].split("|"))
        for code in codes:
            if code not in currency_codes():
                raise ResourceError(
                    Errors.E006.format(
                        path="lexicons/currency_local_forms.tsv", surface=row["surface"], code=code
                    )
                )
        local = CurrencyForm(
            row["surface"], codes, False, row["position"], Decimal(1), False, local=True
        )
        forms.setdefault(local.key, local)
    for key, compound in _national_forms(forms).items():
        forms.setdefault(key, compound)
    return forms


def _national_forms(
    forms: dict[tuple[str, str], CurrencyForm],
) -> dict[tuple[str, str], CurrencyForm]:
    """A currency word after a nationality that names one of its currencies: "Thai baht",
    "Nigerian naira", "Norwegian crowns", "Kuwaiti dinars" -> that nation's currency alone.

    The nation's currency is its adjective's cue in ``lexicons/currency_cues.tsv``; the adjectives
    are those of ``lexicons/demonyms.tsv``. A pair that does not fit ("Thai dollars") makes no form.
    """
    cues = _cue_codes()
    adjectives = [row["word"] for row in read_lexicon("demonyms") if row["word"] in cues]
    words = [f for (position, _), f in forms.items() if position == "suffix" and f.is_word]
    compounds: dict[tuple[str, str], CurrencyForm] = {}
    for adjective in adjectives:
        code = cues[adjective]
        for word in words:
            if code in word.codes and " " not in word.surface:
                surface = f"{adjective} {word.surface}"
                compounds[("suffix", surface.lower())] = CurrencyForm(
                    surface, (code,), True, "suffix", word.factor, True
                )
    return compounds


def _iso_forms() -> dict[tuple[str, str], CurrencyForm]:
    """Every ISO 4217 currency by code ("MOP 1.2 billion") and by name ("1.2 billion patacas"),
    the withdrawn ones of ``lexicons/currencies_historic.tsv`` too ("DEM 200 million").

    Names come from pycountry: the full name ("Saudi Riyal"), its plural, and its last word when
    no other currency shares it. Funds, metals and test codes (the X.. codes but those of
    ``lexicons/currency_x_codes.tsv``) are left out, and so are the codes and words of
    ``lexicons/currency_exclusions.tsv`` (an excluded code keeps its full name when it has more
    than one word: "Cuban pesos", not "CUP"). A name opening with a country is also read with
    the adjectives ``lexicons/demonyms.tsv`` gives that country ("Azerbaijani manat").
    """
    excluded = {(row["kind"], row["surface"]) for row in read_lexicon("currency_exclusions")}
    real_x = {row["code"] for row in read_lexicon("currency_x_codes")}
    currencies = [
        c
        for c in pycountry.currencies
        if (not c.alpha_3.startswith("X") or c.alpha_3 in real_x)
        and "(" not in c.name  # funds and settlement variants: "US Dollar (Next day)"
    ]
    names = {c.alpha_3: re.sub(r"\s*\(.*\)", "", c.name).lower() for c in currencies}
    for row in read_lexicon("currencies_historic"):
        # the withdrawn currencies are quoted by code and name too: "DEM 200 million"
        if ("code", row["code"]) not in excluded:
            names.setdefault(row["code"], row["name"].lower())
    last_words: dict[str, set[str]] = {}
    for code, name in names.items():
        if ("code", code) not in excluded:
            last_words.setdefault(name.split()[-1], set()).add(code)
    # a name that opens with a country is also written with its people's adjective:
    # "Fiji Dollar" -> "Fijian dollars", "Azerbaijan Manat" -> "Azerbaijani manat"
    adjectives: dict[str, set[str]] = {}
    for row in read_lexicon("demonyms"):
        for country in row["country"].split("|"):
            adjectives.setdefault(country.lower(), set()).add(row["word"].lower())
    forms: dict[tuple[str, str], CurrencyForm] = {}
    for code, name in names.items():
        if ("code", code) in excluded:
            # the code is a word or a fund ("ALL", "CUP", "CHE"): only the full name is read
            for word in {name, f"{name}s"} if " " in name else set():
                forms[("suffix", word)] = CurrencyForm(
                    word, (code,), True, "suffix", Decimal(1), True
                )
            continue
        for position in ("prefix", "suffix"):
            form = CurrencyForm(code, (code,), True, position, Decimal(1), False)
            forms[form.key] = form
        words = {name, f"{name}s"}
        head, last = name.rpartition(" ")[::2]
        for adjective in adjectives.get(head, ()):
            words |= {f"{adjective} {last}", f"{adjective} {last}s"}
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
def _cue_codes() -> dict[str, str]:
    """``lexicons/currency_cues.tsv``: a place, people or market word -> its currency."""
    return {row["cue"]: row["code"] for row in read_lexicon("currency_cues")}


@functools.cache
def _cue_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    cues = dict(_cue_codes())
    # a name in capitals, as datelines and wire headlines write it ("KARACHI, Oct 28 -"), is the
    # same cue; short ones are left out, where the capitals may be an acronym
    for cue, code in list(cues.items()):
        if len(cue) >= 4 and cue[0].isupper() and any(c.islower() for c in cue):
            cues.setdefault(cue.upper(), code)
    # the lookbehind first dismisses the inside of words; then the cues grouped by first
    # character (rules/alternation.py) are tried once per group, not once per cue
    ordered = sorted(cues, key=lambda w: (-len(w), w))
    words = alternation([Phrase(c) for c in ordered], space=" ")
    return re.compile(rf"(?<![\w.]){words}(?![\w])"), cues


@functools.cache
def _marker_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """Prefixes that write a dollar explicitly ("HK$", "S$", "NZD", "US$") -> its code."""
    dollars = set(currency_forms()[("prefix", "$")].codes)
    markers = {
        form.surface: form.codes[0]
        for (position, _), form in currency_forms().items()
        if position == "prefix" and len(form.codes) == 1 and form.codes[0] in dollars
    }
    prefixes = alternation(
        [Phrase(m) for m in sorted(markers, key=lambda w: (-len(w), w))], space=" "
    )
    return re.compile(rf"(?<![A-Za-z])(?P<marker>{prefixes})\s?\d"), markers


@dataclass(frozen=True)
class CurrencyContext:
    """What a text says about its currencies: how often its places point at each one, and which
    local dollars it writes with an explicit marker ("HK$", "S$")."""

    cues: Counter[str]
    marked: frozenset[str] = frozenset()

    @property
    def top(self) -> str | None:
        """The currency the text points at most, if one does."""
        ranked = self.cues.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]


@functools.cache
def company_closers() -> frozenset[str]:
    """The legal forms and group words that close a company's name ("AB", "Ltd", "Holdings"):
    ``lexicons/org_suffixes.tsv`` (kind legal) and ``lexicons/org_legal_forms.tsv``. A currency
    word before one opens the name ("Krona Telecom AB"), no amount's currency."""
    legal = {row["word"] for row in read_lexicon("org_suffixes") if row["kind"] == "legal"}
    return frozenset(legal | {row["word"] for row in read_lexicon("org_legal_forms")})


def currency_context(text: str) -> CurrencyContext:
    """The currency cues of a text ("China" -> CNY, "Tokyo" -> JPY) and its dollar markers."""
    regex, cues = _cue_regex()
    return CurrencyContext(Counter(cues[m.group()] for m in regex.finditer(text)), marked(text))


def marked(text: str) -> frozenset[str]:
    """The local dollars a text writes with an explicit marker ("HK$5" -> HKD, "US$1" -> USD)."""
    markers, codes = _marker_regex()
    return frozenset(codes[m["marker"]] for m in markers.finditer(text))


def count_currency_cues(text: str) -> Counter[str]:
    """How often each currency is hinted at in the text ("China" -> CNY, "Tokyo" -> JPY)."""
    return currency_context(text).cues


def resolve_currency(
    form: CurrencyForm, context: CurrencyContext | Counter[str]
) -> tuple[str | None, tuple[str, ...]]:
    """Pick the code of a possibly ambiguous form. Returns (code or None, candidates if open).

    The rules, in order:

    1. A form with one code is that currency; a local form (``CurrencyForm.local``) only when a
       place of the text points at it.
    2. A bare dollar ("$", "dollars") in a text that writes a local dollar explicitly ("HK$",
       "S$", "A$") and never the US dollar ("US$") is the US dollar: the writer marks the local
       one. (A text that marks both leaves the bare one to its places: rule 3.)
    3. The candidate the text's places point at most wins over the form's default when it has
       more cues than the default and is either the currency the text points at most or
       pointed at twice ("Tokyo" -> JPY for "¥"; a single "Singapore" in a Vietnamese story
       does not make its "$" Singapore dollars).
    4. Otherwise the form's default ("$" -> USD), or, for a form without one ("¥", "dollars",
       "francs"), no currency and its candidates.
    """
    if isinstance(context, Counter):
        context = CurrencyContext(context)
    cues = context.cues
    if form.local and not any(cues[code] for code in form.codes):
        return None, ()
    if len(form.codes) == 1:
        return form.codes[0], ()
    local = (context.marked & set(form.codes)) - {"USD"}
    if "USD" in form.codes and local and "USD" not in context.marked:
        return "USD", ()
    best = max(form.codes, key=lambda c: cues[c])
    tied = [c for c in form.codes if cues[c] == cues[best]]
    default = form.codes[0] if form.has_default else None
    convincing = len(tied) == 1 and cues[best] > 0 and (best == context.top or cues[best] >= 2)
    if convincing and (default is None or cues[best] > cues[default]):
        return best, ()
    if default is not None:
        return default, ()
    return None, form.codes
