"""MONEY: find monetary amounts in text and normalize them to an amount and an ISO 4217 code.

The rules are the templates of ``patterns/money.jsonl`` (and ``patterns/tables.jsonl`` for the
unit headers of statistical tables); the vocabulary comes from ``lexicons/currencies.tsv``,
``multipliers.tsv``, ``qualifiers.tsv`` and ``per_units.tsv``. Numbers are read by
:mod:`extractor.rules.numbers`, currencies by :mod:`extractor.rules.currencies`.

>>> [(f.start, f.end, f.value.amount, f.value.currency) for f in find_money("It hit US$1.2bn.")]
[(7, 15, Decimal('1200000000'), 'USD')]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Container, Mapping
from dataclasses import replace
from decimal import Decimal

from extractor import cache
from extractor.records import MoneyValue
from extractor.rules import numbers
from extractor.rules.alternation import Phrase, alternation, first_characters
from extractor.rules.currencies import (
    CurrencyContext,
    CurrencyForm,
    company_closers,
    currency_context,
    currency_forms,
    lookup_form,
    resolve_currency,
)
from extractor.rules.patterns import (
    Found,
    RuleMatch,
    apply_rules,
    compile_patterns,
    find_matches,
)
from extractor.rules.qualifiers import normalize_qualifier, particle_end, qualifier_regex
from extractor.rules.resources import read_lexicon

# Between an amount and its conversion: "150 billion yuan ($20.9 billion)", "..., or $20.9 billion".
_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*|,?\s+or\s+|\s*/\s*")
# A table cell: a number standing alone between runs of two or more spaces (or a tab), or at the
# end of a row. Percent cells ("4.1%") and years ("2023") are not amounts.
_CELL = re.compile(
    rf"(?:(?<=[ \t]{{2}})|(?<=\t))(?P<num>{numbers.DIGITS_REGEX})(?=[ \t]*$|[ \t]{{2}}|\t)",
    re.VERBOSE | re.MULTILINE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_CENTS = re.compile(r"\.\d\d\Z")  # a price's two decimals: "P2.50"
_BLANK_LINES = re.compile(r"(?:\n[ \t]*)+")  # blank lines between a header and its rows
_BLANK_LINE = re.compile(r"\n[ \t]*\n")  # the end of the table
TABLE_CELL = "money.table.cell"


def _currency_regex(position: str) -> str:
    phrases, lower = [], []
    figure_end = rf"[\d{re.escape(numbers.fraction_characters())}]"  # "50p", "152½p"
    for (pos, _), form in sorted(
        currency_forms().items(), key=lambda kv: (-len(kv[1].surface), kv[0])
    ):
        if pos != position:
            continue
        surface = form.surface
        phrase = Phrase(surface, ignore_case=form.is_word)
        if position == "suffix" and len(surface) == 1 and surface.isalpha() and surface.isascii():
            # "50p" is money, "50 p.m." and "5pm" are not: single letters only when glued and final.
            phrase = Phrase(
                surface, form.is_word, figure_end, behind_matches=True, after=r"(?!\.?\w)"
            )
        elif position == "prefix" and surface[0].islower() and not form.is_word:
            # A lower-case code or marker ("usd 50", "hk$ 10") needs a boundary on its left
            # too; these are kept apart (below) so that a lower-case letter, which opens most
            # words, is not tried against the upper-case codes sharing its first letter.
            lower.append(Phrase(surface, False, "[A-Za-z]"))
            continue
        elif position == "word_prefix":
            phrase = Phrase(surface, form.is_word, "[A-Za-z]")  # "Rupees 500 crore"
        elif position == "prefix" and surface[-1].isalpha():
            # A letter code before the number needs a boundary on its left: "RMB3.5bn", not "XRMB3".
            phrase = Phrase(surface, form.is_word, "[A-Za-z]")
        phrases.append(phrase)
    regex = alternation(phrases)
    if lower:
        # one class test dismisses a position no lower-case form can start at
        regex = f"(?:{regex}|(?=[{first_characters(lower)}]){alternation(lower)})"
    return regex if position == "prefix" else regex + r"(?![A-Za-z])"


@functools.cache
def _per_units() -> dict[str, str]:
    return {row["surface"].lower(): row["unit"] for row in read_lexicon("per_units")}


@functools.cache
def _country_codes() -> dict[str, str]:
    return {row["code"]: row["currency"] for row in read_lexicon("country_codes")}


@functools.cache
def fragments() -> dict[str, str]:
    """The placeholders the money templates may use."""
    per = alternation(
        [Phrase(u, ignore_case=True) for u in sorted(_per_units(), key=lambda w: (-len(w), w))]
    )
    countries = alternation(
        [Phrase(c, behind="[A-Za-z]") for c in sorted(_country_codes(), key=lambda w: (-len(w), w))]
    )
    prefix = _currency_regex("prefix")
    return {
        "num": numbers.numeral_regex(),
        "mult": numbers.multiplier_regex(),
        # A minus glued to the amount, before or after its symbol ("-$5 million", "$-5
        # million"), or the word: a dash and a space is a list bullet, not a sign.
        "sign": r"(?:[-\u2212](?=[^\s\-\u2212])|(?<!(?i:plus)\sor\s)(?i:minus|negative)\s+)",
        "code": rf"(?:{prefix}|{countries})",
        "cur_pre": prefix,
        "cur_suf": _currency_regex("suffix"),
        "cur_mult": _currency_regex("after_mult"),
        "cur_word": _currency_regex("word_prefix"),
        "qual": qualifier_regex(),
        "qual_after": qualifier_regex("after"),
        "qual_glued": qualifier_regex("glued"),
        # "a year" is a per-unit, "a year earlier" a date.
        "per": f"{per}(?![A-Za-z])(?!\\s+(?i:earlier|ago|before|later|previously))",
        # After "per" any noun is a unit ("per gigabyte"); after "a" only a known one ("a share").
        "per_any": r"(?!cent\b)[a-z]+(?:-[a-z]+)?(?![\w-])",
    }


@functools.cache
def _company_name_rest() -> re.Pattern[str]:
    """The rest of a company's name after its first word: up to four capitalized words and a
    legal form or group word (``lexicons/org_suffixes.tsv`` kind legal,
    ``lexicons/org_legal_forms.tsv``) that closes it (" Telecom AB", " Mining Holdings Ltd")."""
    ends = "|".join(re.escape(w) for w in sorted(company_closers(), key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:[ \t]+[A-Z][\w&'-]*){{0,4}}[ \t]+(?:{ends})(?![\w-])")


def _opens_company_name(currency: str, text: str, end: int) -> bool:
    """Whether a capitalized currency word after a number opens a company's name closed by a
    legal form: "5 million Krona Telecom AB shares" counts shares, no krona."""
    return (
        currency[:1].isupper()
        and currency[1:2].islower()
        and bool(_company_name_rest().match(text, end))
    )


@functools.cache
def _weight_words() -> dict[str, frozenset[str]]:
    """``lexicons/weight_contexts.tsv`` by kind: the currency words that are also weights and
    the words around an amount that make them one."""
    kinds: dict[str, set[str]] = {}
    for row in read_lexicon("weight_contexts"):
        kinds.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(words) for kind, words in kinds.items()}


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_WORDS = re.compile(r"[A-Za-z']+")
_UNIT_BEFORE = re.compile(r"([A-Za-z]+)\.?\)?,?\s+or\s+\Z")  # "23 kilograms or 50 pounds"
_UNIT_AFTER = re.compile(r"\s*\(\s*(?:about\s+)?[\d.,]+\s*([A-Za-z]+)")  # "50 pounds (23 kg)"


def _is_weight(
    form: CurrencyForm,
    word: str,
    groups: Mapping[str, str],
    text: str,
    span: tuple[int, int],
    cues: CurrencyContext,
) -> bool:
    """Whether a bare amount of a currency word that is also a weight ("pounds") weighs:
    "He weighs 180 pounds", "2 pounds of flour", "23 kilograms or 50 pounds", "Thirty pounds
    heavier", and, in a story with no place of the currency, "lost 10 pounds"
    (``lexicons/weight_contexts.tsv``). An amount with a multiplier or a per-unit ("50 pounds a
    month") stays money, and so does one "of" money ("of taxpayers' money")."""
    words = _weight_words()
    start, end = span
    if word.lower() not in words["currency"]:
        return False
    if any(k in groups for k in ("mult", "lo_mult", "hi_mult", "per", "per_any")):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    verb = before.group(1).lower() if before else ""
    if verb in words["weigh"]:
        return True
    if verb in words["change"] and not any(cues.cues[code] for code in form.codes):
        return True
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1).lower() in words["after"]:
        return True
    if after and after.group(1) == "of":
        following = _WORDS.findall(text, after.end(), after.end() + 40)[:4]
        return not any(w.lower() in words["money"] for w in following)
    unit = _UNIT_BEFORE.search(text, max(0, start - 30), start) or _UNIT_AFTER.match(text, end)
    return unit is not None and unit.group(1).lower() in words["unit"]


@functools.cache
def _adjective_forms() -> tuple[frozenset[str], frozenset[str]]:
    """``lexicons/currency_adjectives.tsv``: currency words that are also adjectives ("grand")
    and the words that may follow such an amount."""
    rows = read_lexicon("currency_adjectives")
    return (
        frozenset(r["word"] for r in rows if r["kind"] == "form"),
        frozenset(r["word"] for r in rows if r["kind"] == "next"),
    )


def _qualifies_noun(currency: str, text: str, end: int) -> bool:
    """Whether a currency word that is also an adjective qualifies the noun after it: "3 grand
    slams", "a grand total" (not "5 grand for the car", "ten grand.")."""
    forms, allowed = _adjective_forms()
    after = _WORD_AFTER.match(text, end)
    return currency in forms and after is not None and after.group(1).lower() not in allowed


@functools.cache
def _price_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_lexicon("price_words"))


_FOR_EACH = re.compile(r"\s+(?:for\s+an?|each)\b", re.IGNORECASE)


def _priced(
    form: CurrencyForm,
    groups: Mapping[str, str],
    text: str,
    start: int,
    end: int,
    cues: CurrencyContext,
) -> bool:
    """Whether a single letter before a bare whole figure is a currency because the figure is a
    price in a story of the letter's country: "a loaf costs R28", "R28 for a loaf", "R28 a litre"
    in a South African story (``lexicons/price_words.tsv``); "the R28" there is a road."""
    if len(form.surface) != 1 or not any(cues.cues[code] for code in form.codes):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    word = before.group(1).lower() if before else ""
    if word == "the":
        return False  # "the R21 for a drive": a road's name
    if "per" in groups or "per_any" in groups or _FOR_EACH.match(text, end):
        return True
    return word in _price_words()


def _money(
    form: CurrencyForm, cues: CurrencyContext, fields: Mapping[str, object], **numbers: Decimal
) -> MoneyValue:
    """The value of an amount (``amount=``) or a range (``min=``, ``max=``) in ``form``."""
    currency, candidates = resolve_currency(form, cues)
    return MoneyValue.model_validate(
        {"amount": None, "currency": currency, "currency_candidates": list(candidates)}
        | dict(fields)
        | numbers
    )


def _per_unit(groups: Mapping[str, str]) -> str | None:
    """The normalized unit of a per-unit amount: a lexicon unit, or the noun after "per"."""
    if "per" in groups:
        return _per_units().get(re.sub(r"\s+", " ", groups["per"].lower()))
    return groups.get("per_any")


def _side_value(groups: Mapping[str, str], prefix: str) -> Decimal | None:
    numeral = groups.get(f"{prefix}num")
    return numbers.parse_amount(numeral, groups.get(f"{prefix}mult")) if numeral else None


def _range_values(groups: Mapping[str, str]) -> tuple[Decimal | None, Decimal | None]:
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
    if high is not None and bare_low * 1000 < high:
        return None, None  # "in 2022 to 120 billion yuan": a year, then the amount
    return bare_low, high


class MoneyFinder:
    """The compiled MONEY rules: call it on a text to get its amounts, in order.

    ``tables`` reads the figures of statistical tables headed by a unit ("(100 million yuan)");
    ``conversions`` links an amount to the one it converts ("150 billion yuan ($20.9 billion)").
    """

    readers = frozenset({"list", "cents", "compound", "negative"})

    def __init__(self, *, tables: bool = True, conversions: bool = True) -> None:
        self.patterns = compile_patterns("money", fragments(), self.readers)
        self.table_patterns = compile_patterns("tables", fragments()) if tables else ()
        self.conversions = conversions
        # a currency written before a list's first amount is that amount's ("USD 100 and 200 EUR")
        self._currency_before = cache.compile(rf"(?:{fragments()['cur_pre']})\s?\Z", re.VERBOSE)
        self._list_item = re.compile(
            rf"(?P<num>{numbers.figure_regex()})(?:\s?(?P<mult>{numbers.multiplier_regex()}))?",
            re.VERBOSE,
        )

    def __call__(self, text: str, cues: CurrencyContext | None = None) -> list[Found]:
        """Every monetary amount in ``text``, in order, with conversions linked to their source.

        ``cues`` (a :class:`~extractor.rules.currencies.CurrencyContext`) resolves ambiguous
        symbols; by default it is read from ``text`` itself.
        """
        cues = currency_context(text) if cues is None else cues
        found = apply_rules(text, self.patterns, lambda m: self.normalize(m, text, cues))
        # "shares edged up to $5.20": the verb's particle is no "up to" qualifier
        found = [
            replace(f, start=start, value=f.value.model_copy(update={"qualifier": None}))
            if f.value is not None and not f.items and (start := particle_end(text, f.start))
            else f
            for f in found
        ]
        cells, headers = self.find_table_amounts(text, cues, {f.end for f in found})
        if headers:
            found = [f for f in found if not any(s <= f.start < e for s, e in headers)]
            found = sorted(found + cells, key=lambda f: f.start)
        return self.link_conversions(text, found) if self.conversions else found

    def normalize(self, match: RuleMatch, text: str, cues: CurrencyContext) -> Found | None:
        """Read one rule match into a :class:`Found`, or ``None`` if it is not a readable amount."""
        groups = match.groups
        if match.read == "cents":
            return self._cents(match, cues)
        if "cur_pre" in groups:
            form = lookup_form("prefix", groups["cur_pre"])
        elif "hi_cur_pre" in groups:
            form = lookup_form("prefix", groups["hi_cur_pre"])
        elif "cur_word" in groups:
            form = lookup_form("word_prefix", groups["cur_word"])
            numeral = groups.get("num", "")
            if not ("mult" in groups or numbers.has_group_marks(numeral)):
                return None  # "Euro 5" is an emission standard, "Euro 2024" a tournament
        elif "cur_suf" in groups or "cur_mult" in groups:
            position, word = (
                ("suffix", "cur_suf") if "cur_suf" in groups else ("after_mult", "cur_mult")
            )
            if _opens_company_name(groups[word], text, match.end):
                return None  # "bought 5 million Krona Telecom AB shares": a name's first word
            if _qualifies_noun(groups[word], text, match.end):
                return None  # "won 3 grand slams", "a grand total": an adjective
            form = lookup_form(position, groups[word])
            if form is not None and _is_weight(
                form, groups[word], groups, text, (match.start, match.end), cues
            ):
                return None  # "He weighs 180 pounds", "2 pounds of flour": a weight
        else:
            return None
        if form is None:
            return None
        if form.local and resolve_currency(form, cues)[0] is None:
            return None  # "P2.5 billion" is pesos in a Philippine article only
        # a local form that is the currency's own ISO code ("PEN 300" in Lima) needs no more
        abbreviation = form.local and form.surface not in form.codes
        if abbreviation or (
            form.position == "prefix" and len(form.surface) == 1 and form.surface.isalpha()
        ):
            # A lone letter ("R" for rand) is money only with a multiplier or a written-out figure:
            # "R12.5 billion", "R1,200", but not "the R2 line".
            numeral = groups.get("num") or groups.get("lo_num", "")
            grouped = numbers.has_group_marks(numeral)  # "R1,200", "Fr. 1'250"
            if _priced(form, groups, text, match.start, match.end, cues):
                pass  # "a loaf costs R28" in a South African story
            elif not ("mult" in groups or "hi_mult" in groups or grouped or "." in numeral):
                return None
            elif abbreviation and not (
                "mult" in groups or "hi_mult" in groups or grouped or _CENTS.search(numeral)
            ):
                return None  # "L 5.2" is a section in Honduras, "L 5.25" a price
        fields = {
            "qualifier": normalize_qualifier(
                groups.get("qual") or groups.get("qual_after") or groups.get("qual_glued")
            ),
            "per": _per_unit(groups),
        }
        if match.read == "list":
            return self._list_items(match, text, form, cues, fields)
        if "lo_cur_suf" in groups and lookup_form("suffix", groups["lo_cur_suf"]) != form:
            return None  # "5 yuan to 6 dollars" is no range
        sign = -1 if "sign" in groups or match.read == "negative" else 1
        if match.read == "compound":
            whole, minor = _side_value(groups, ""), _side_value(groups, "minor_")
            if whole is None or minor is None or minor >= 100 or form.factor != 1 or whole % 1:
                return None  # "5 cents 20", "2.5 dollars 50": no amount and its minor units
            amount = numbers.canonical(whole * form.factor + minor / 100)
            return Found(
                match.start, match.end, match.pattern_id, _money(form, cues, fields, amount=amount)
            )
        if "lo_num" in groups:
            low, high = _range_values(groups)
            if low is None or high is None or low >= high:
                return None
            value = _money(
                form,
                cues,
                fields,
                min=numbers.canonical(low * form.factor),
                max=numbers.canonical(high * form.factor),
            )
        else:
            single = _side_value(groups, "")
            if single is None:
                return None
            value = _money(
                form, cues, fields, amount=numbers.canonical(sign * single * form.factor)
            )
        return Found(match.start, match.end, match.pattern_id, value)

    def _cents(self, match: RuleMatch, cues: CurrencyContext) -> Found | None:
        """ "SGD 54 cents", "US80¢": a number of cents of the currency the code names."""
        code = re.sub(r"\s+", "", match.groups["code"])
        form = lookup_form("prefix", code)
        currency = _country_codes().get(code)
        if form is not None:
            currency = resolve_currency(form, cues)[0]
        cents = numbers.parse_amount(match.groups["num"])
        if currency is None or cents is None:
            return None
        amount = numbers.canonical(cents / 100)
        value = MoneyValue(amount=amount, currency=currency, per=_per_unit(match.groups))
        return Found(match.start, match.end, match.pattern_id, value)

    def _list_items(
        self,
        match: RuleMatch,
        text: str,
        form: CurrencyForm,
        cues: CurrencyContext,
        fields: Mapping[str, object],
    ) -> Found | None:
        """ "1.2 billion and 3.4 billion yuan": the currency written once applies to every amount.

        An amount without its own multiplier takes the last one ("5 and 6 billion yuan"). The
        last item carries the currency.
        """
        parts = list(self._list_item.finditer(text, match.start, match.end))
        if len(parts) < 2 or any(_YEAR.fullmatch(p.group()) for p in parts):
            return None
        if self._currency_before.search(text, max(0, match.start - 16), match.start):
            return None  # "USD 100 and 200 EUR": two amounts in their own currencies
        last_mult = parts[-1].group("mult")
        items = []
        for index, part in enumerate(parts):
            amount = numbers.parse_amount(part.group("num"), part.group("mult") or last_mult)
            if amount is None:
                return None
            end = match.end if index == len(parts) - 1 else part.end()
            value = _money(form, cues, fields, amount=numbers.canonical(amount * form.factor))
            items.append(Found(part.start(), end, match.pattern_id, value))
        return Found(match.start, match.end, match.pattern_id, items=tuple(items))

    def find_table_amounts(
        self, text: str, cues: CurrencyContext, amount_ends: Container[int] = ()
    ) -> tuple[list[Found], list[tuple[int, int]]]:
        """Figures of translated statistical tables whose unit is a header like "(100 million yuan)".

        The header applies from its line to the first blank line after the table's rows. Returns
        the amounts and the header spans (which are units, not amounts, and must not be reported).
        A bracket right after an amount (one of ``amount_ends``) is its conversion, also at the
        end of a line: "Sales hit 150 billion yuan ($20.9 billion)" in a headline.
        """
        amounts: list[Found] = []
        headers: list[tuple[int, int]] = []
        for match in find_matches(text, self.table_patterns):
            line_end = text.find("\n", match.end)
            line_end = len(text) if line_end < 0 else line_end
            if text[match.end : line_end].strip():
                continue  # a unit in running text, not a table header
            before = match.start
            while before > 0 and text[before - 1] in " \t":
                before -= 1
            if before in amount_ends:
                continue  # a conversion of the amount before it
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
                value = MoneyValue(amount=numbers.canonical(figure * factor), currency=currency)
                amounts.append(Found(cell.start(), cell.end(), TABLE_CELL, value))
        return amounts, headers

    @staticmethod
    def link_conversions(text: str, found: list[Found]) -> list[Found]:
        """Mark each amount that directly follows one in another currency as its conversion.

        A conversion is into another currency: a bare "$" that would be read as the currency of
        the amount it converts ("NT$30 billion ($920 million)") is the US dollar.
        """
        linked = found[:1]
        for previous, current in itertools.pairwise(found):
            gap = _CONVERSION_GAP.fullmatch(text, previous.end, current.start)
            if (
                gap
                and _currency(previous) == _currency(current)
                and text[current.start : current.end].lstrip("(").startswith("$")
                and isinstance(current.value, MoneyValue)
            ):
                current = replace(
                    current, value=current.value.model_copy(update={"currency": "USD"})
                )
            different = _currency(previous) != _currency(current)
            if different and _CONVERSION_GAP.fullmatch(text, previous.end, current.start):
                current = replace(current, converts=(previous.start, previous.end))
            linked.append(current)
        return linked


def _currency(found: Found) -> str | None:
    return found.value.currency if isinstance(found.value, MoneyValue) else None


def _table_unit(
    groups: Mapping[str, str], cues: CurrencyContext
) -> tuple[Decimal, str | None] | None:
    """Factor and currency of a table header: "(100 million yuan)" -> (100000000, "CNY")."""
    if "cur_suf" in groups:
        form = lookup_form("suffix", groups["cur_suf"])
    else:
        form = lookup_form("prefix", groups["cur_pre"])
    factor = numbers.parse_amount(groups.get("num", "1"), groups.get("mult"))
    if form is None or factor is None:
        return None
    return numbers.canonical(factor * form.factor), resolve_currency(form, cues)[0]


@functools.cache
def _default_finder() -> MoneyFinder:
    return MoneyFinder()


def find_money(text: str, cues: CurrencyContext | None = None) -> list[Found]:
    """Every monetary amount in ``text`` with the default rules (see :class:`MoneyFinder`)."""
    return _default_finder()(text, cues)
