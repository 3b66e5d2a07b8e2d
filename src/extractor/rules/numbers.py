"""Number parsing: the one place where written numbers become :class:`~decimal.Decimal` values.

Money, percentages and dates all read their numbers through this module. It offers two things:

* regular-expression sources (:func:`numeral_regex`, :func:`multiplier_regex`) that the pattern
  compiler splices into the rule templates, so that what the rules *find* and what this module
  can *read* never drift apart;
* pure parsing functions that return ``None`` for text they cannot read and never raise.

>>> parse_amount("1.2", "bn")
Decimal('1200000000')
>>> parse_amount("5,000", "crore")
Decimal('50000000000')
>>> parse_numeral("half a")
Decimal('0.5')
>>> parse_numeral("twenty-five")
Decimal('25')
>>> parse_numeral("1,00,000")
Decimal('100000')
>>> parse_numeral("12 000"), parse_numeral("12 00")
(Decimal('12000'), None)
>>> parse_numeral("12.3.4") is None
True
>>> parse_numeral("7-1/2"), parse_numeral("2¼"), parse_numeral("a couple of")
(Decimal('7.5'), Decimal('2.25'), Decimal('2'))
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from extractor.rules.alternation import Phrase, alternation, first_characters
from extractor.rules.resources import read_lexicon

# Digits as news writes them, grouping decided by the number's own shape:
#   English "30,500", "1,234.56", "12.82", ".5"; Indian "1,00,000" (lakh);
#   spaces (plain, no-break, thin) between 3-digit groups: "12 000", "7 379,78", "1 234.5";
#   dots between 3-digit groups with a decimal comma: "1.550.000", "11.499,00", "169.000";
#   a decimal comma with one or two digits: "5,90", "8,4" (read only where a unit follows);
#   apostrophes between 3-digit groups, as Switzerland writes them: "CHF 1'250", "1'000'000.50" (or with U+2019).
# The grouped forms come first so that "30,500" is not read as "30".
_SPACE = "[ \u00a0\u2009\u202f]"
# A three-digit group that continues a space-grouped number ("000" in "12 000"): its lead is
# one to three digits with no digit, point or comma before them. Such a group is never read on
# its own, and a short number followed by a space and a group is read whole or not at all, so a
# space-grouped number never yields a fragment ("000 dollars" or "$12" of "$12 000 dollars").
_CONTINUES = "|".join(rf"(?<=(?<![\d.,])\d{{{n}}}{_SPACE}\d{{3}})" for n in (1, 2, 3))
DIGITS_REGEX = rf"""
    (?!\d{{3}}(?!\d)(?:{_CONTINUES}))                            # not the tail of "12 000"
    (?:\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:[.,]\d{{1,2}})?(?!\d)   # 12 000 / 7 379,78 / 1 234.5
     |\d{{1,3}}(?:['\u2019]\d{{3}})+(?:\.\d{{1,2}})?(?![\d'\u2019])  # 1'250 / 1'000'000.50
     |\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d{{1,2}})?(?!\d)        # 1.550.000 / 1.234.567,89
     |\d{{1,3}}\.\d{{3}},\d{{1,2}}(?!\d)                       # 11.499,00
     |\d{{1,3}}\.000(?![\d.,])                                 # 169.000 / 200.000
     |\d{{1,2}}(?:,\d\d)+,\d{{3}}(?!\d)                         # Indian grouping: 1,00,000
     |\d{{1,3}}(?:,\d{{3}})+(?!\d)(?:\.\d+)?                    # Western grouping: 30,500
     |\d+,\d{{1,2}}(?![\d,])                                    # decimal comma: 5,90
     |(?:\d{{4,}}|\d{{1,3}}(?!\d|{_SPACE}\d{{3}}(?!\d)))(?:\.\d+)?  # 2024, 12.82, not "12" of "12 000"
    )
    (?![\d,.]\d)                                               # do not stop inside a number
"""

# Fractions as prices and rates are quoted: a whole number and a fraction whose denominator is a
# power of two ("7-1/2 pct", "35 3/4 dlrs": the halves to sixty-fourths of stock and bond
# quotes), a fraction alone before its unit ("1/2 pct"), and a Unicode fraction after a whole
# number, glued or typeset after a space, or alone ("8½", "7 ½ per cent", "½%"). A date ("7/12") or a score ("3-1") has no such
# denominator; a fraction that is not proper ("4/4") is no numeral.
_WHOLE = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
_SLASH = r"[1-9]\d?[/\u2044](?:64|32|16|8|4|2)(?![\d/\u2044])"  # a slash or the fraction slash
_MIXED = re.compile(rf"^(?:(?P<whole>{_WHOLE})[- \u00a0])?(?P<num>\d+)[/\u2044](?P<den>\d+)$")

_ENGLISH = re.compile(r"^(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
_SPACED = re.compile(rf"^\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:[.,]\d{{1,2}})?$")
_DOTTED = re.compile(
    r"^\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?$|^\d{1,3}\.\d{3},\d{1,2}$|^\d{1,3}\.000$"
)
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
_APOSTROPHES = re.compile(r"^\d{1,3}(?:['\u2019]\d{3})+(?:\.\d{1,2})?$")
_WORD_SPLIT = re.compile(r"[\s,-]+")  # "five thousand, five hundred"


@functools.cache
def _number_words() -> dict[str, tuple[Decimal, str]]:
    return {
        row["surface"]: (Decimal(row["value"]), row["kind"]) for row in read_lexicon("number_words")
    }


@functools.cache
def _multipliers() -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """Return (case-sensitive, case-insensitive) multiplier tables."""
    exact: dict[str, Decimal] = {}
    folded: dict[str, Decimal] = {}
    for row in read_lexicon("multipliers"):
        if row["case"] == "s":
            exact[row["surface"]] = Decimal(row["factor"])
        else:
            folded[row["surface"].lower()] = Decimal(row["factor"])
    return exact, folded


def _longest_first(words: Iterable[str]) -> list[str]:
    # Longest first, so that "lakhs" wins over "lakh" and "mln" over "m".
    return sorted(set(words), key=lambda w: (-len(w), w))


def _phrases(words: Iterable[str]) -> list[Phrase]:
    return [Phrase(w, ignore_case=True) for w in _longest_first(words)]


def _words(words: Iterable[str]) -> str:
    """Case-insensitive alternation of ``words``, longest first; a space stands for one space."""
    return alternation(_phrases(words), space=r"\ ")


@functools.cache
def _article_units() -> str:
    """Units "a" or "an" may count as one: ``lexicons/article_units.tsv``."""
    return _words(row["word"] for row in read_lexicon("article_units")) + r"\b"


@functools.cache
def _vulgar_fractions() -> dict[str, Decimal]:
    """The Unicode fractions of ``lexicons/number_words.tsv`` ("½" -> 0.5)."""
    return {w: v for w, (v, k) in _number_words().items() if k == "vulgar"}


def fraction_characters() -> str:
    """The Unicode fractions a figure may end with ("½" of "152½p")."""
    return "".join(_vulgar_fractions())


@functools.cache
def fraction_regex() -> str:
    """Regex source matching a fraction: "7-1/2", "7 1/2", "1/2", "8½", "7 ½", "½"."""
    vulgar = _words(_vulgar_fractions())
    firsts = re.escape("".join(_vulgar_fractions()))
    # tried only where a figure runs into a fraction: a word ("five") or any other figure ("5
    # million", "3.2%", "12 000", "3-1") fails these two tests at once
    return rf"""(?=[\d{firsts}])(?=[\d,]*+(?:[\ \u00a0]?{vulgar}|(?:[-\ \u00a0][1-9]\d?)?[/\u2044]))(?:
            (?:{_WHOLE}[\ \u00a0]?)?{vulgar}           # 8½, 7 ½, ½
           |{_WHOLE}[-\ \u00a0]{_SLASH}             # 7-1/2, 7 1/2
           |(?<![\d/\u2044]){_SLASH}                # 1/2
    )"""


@functools.cache
def figure_regex() -> str:
    """Regex source matching a numeral in figures: digits or a fraction ("5-1/2", "5½"), as the
    readers of lists find the items of a match ("5-1/2 and 6 pct")."""
    return rf"(?<!\d[/\u2044])(?:{fraction_regex()}|{DIGITS_REGEX})"


@functools.cache
def numeral_regex() -> str:
    """Regex source matching one numeral: digits, or a written-out number up to 999, or a
    thousands numeral with its remainder ("one thousand and forty", "two thousand five hundred").

    Written forms: "three", "twenty-five", "one hundred and twenty", "half a", "a quarter of a",
    "three quarters of a", "five point two" (one digit word per decimal place), and the articles
    "a"/"an" (which the templates only accept before a multiplier, as in "a billion dollars").
    Words are matched whatever their case.
    """
    words = _number_words()
    unit_words = [w for w, (_, k) in words.items() if k == "unit"]
    tens_words = [w for w, (_, k) in words.items() if k == "tens"]
    units, tens = _words(unit_words), _words(tens_words)
    small = rf"(?:{tens}(?:[- ]{units})?|{units})"
    hundreds = rf"{small}(?:\ (?i:hundred)(?:\ (?i:and\ )?{small})?)?"
    fractions = _words(w for w, (_, k) in words.items() if k == "fraction" and w != "half")
    # a plural fraction counts only before "of a": "three quarters of a billion", never "the
    # first three quarters to 5.28 trillion yuan" (a span of time before a level reached)
    plural_fractions = _words(
        f"{w}s" for w, (_, k) in words.items() if k == "fraction" and w != "half"
    )
    digits = _words(w for w, (v, k) in words.items() if k == "unit" and v < 10)
    half_words, a_one_words = ["half", "a half", "one half"], ["an", "a", "one"]
    half, a_one = _words(half_words), _words(a_one_words)
    pairs = _words(w for w, (_, k) in words.items() if k == "pair")
    # Every numeral starts with a digit, a point or the first letter of one of these words.
    starts = first_characters(_phrases(unit_words + tens_words + half_words + a_one_words))
    # "a quarter-point cut", "a half-percentage-point hike": a fraction of a rate's unit
    point = r"(?i:point|percent(?:age)?)\b"
    written = rf"""
            (?i:a)\ {pairs}(?:\ (?i:of))?(?:\ (?i:hundred))?(?=\ (?:{multiplier_regex()}))  # a couple (of) million
           |{half}(?:\ (?i:an?|of\ an?))?(?=\s|-(?:{multiplier_regex()}|{point}))  # half a (million), a half-billion, a half-point
           |(?:{a_one}|{small})[\ -]{fractions}(?:\ (?i:of\ an?))?(?=\s|-{point})  # a quarter of a, a quarter(-point)
           |{small}[\ -]{plural_fractions}\ (?i:of\ an?)(?=\s)             # three-quarters of a
           |{small}[-\ ](?i:and)[-\ ](?i:a)[-\ ](?i:half)\b               # two and a half
           |(?:{hundreds}|(?i:an?))\ (?i:thousand),?\ (?:(?i:and)\ )?{hundreds}\b  # one thousand and forty
           |{hundreds}\ (?i:point)(?:\ {digits})+\b                     # five point two
           |{hundreds}\b                                                  # twenty-five, one hundred
           |(?i:an?)\ (?i:hundred)(?:\ (?i:and\ )?{small})?\b              # a hundred (and twenty)
           |(?i:an?)(?=\ (?i:{multiplier_regex()}|{_article_units()}))  # a (billion), a penny
    """
    vulgar = "".join(_vulgar_fractions())
    # never the denominator of a fraction ("2" of "1/2", "12" of "7/12")
    return (
        rf"(?=[\d.{starts}{vulgar}])(?<!\d[/\u2044])"
        rf"(?:{fraction_regex()}|{DIGITS_REGEX}|\.\d+(?!\d)|{written})"
    )


@functools.cache
def multiplier_regex() -> str:
    """Regex source matching one multiplier ("billion", "bn", "crore", "k", ...)."""
    exact, folded = _multipliers()
    # A short form must not run into a following word: "5m" is a multiplier, "5mu" is not.
    one = alternation(
        [Phrase(w, ignore_case=True) for w in _longest_first(folded)]
        + [Phrase(w) for w in _longest_first(exact)]
    )
    one += r"(?![A-Za-z])"
    # Indian compounds multiply: "3.46 lakh crore" (or "lakh-crore") = 3.46 x 10^5 x 10^7.
    compound = r"(?i:lakh|thousand|hundred)(?:\s+|-)(?i:crore)(?![A-Za-z])"
    return rf"(?:{compound}|{one})"


def has_group_marks(numeral: str) -> bool:
    """Whether a numeral marks groups of digits with a comma or an apostrophe ("1,200",
    "1'250"): a written amount, not a bare figure such as a code or a road's number.

    >>> has_group_marks("1,200"), has_group_marks("1\u2019250"), has_group_marks("28")
    (True, True, False)
    """
    return any(mark in numeral for mark in ",'\u2019")


def parse_digits(text: str, decimal_comma: bool = False) -> Decimal | None:
    """Read a digit numeral by its shape ("30,500" -> 30500, "12 000" -> 12000).

    Groups of three digits may be separated by commas, spaces or (with a decimal comma or more
    than one group) dots. A comma with one or two digits after it is a decimal comma only with
    ``decimal_comma`` (where a currency or percent sign follows the number): "5,90 €".

    >>> [parse_digits(t) for t in ("1 298,00", "11.499,00", "1.550.000", "169.000", "5,90")]
    [Decimal('1298.00'), Decimal('11499.00'), Decimal('1550000'), Decimal('169000'), None]
    >>> parse_digits("5,90", decimal_comma=True), parse_digits("1,234"), parse_digits("1'250.50")
    (Decimal('5.90'), Decimal('1234'), Decimal('1250.50'))
    """
    text = text.strip()
    if _DOTTED.match(text):
        number = text.replace(".", "").replace(",", ".")
    elif _ENGLISH.match(text):
        number = text.replace(",", "")
    elif _SPACED.match(text):
        number = re.sub(_SPACE, "", text).replace(",", ".")
    elif _APOSTROPHES.match(text):
        number = re.sub("['\u2019]", "", text)
    elif decimal_comma and _DECIMAL_COMMA.match(text):
        number = text.replace(",", ".")
    else:
        return None
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def parse_fraction(text: str) -> Decimal | None:
    """Read a fraction with or without its whole number ("7-1/2", "35 3/4", "1/2", "8½").

    >>> [parse_fraction(t) for t in ("7-1/2", "35 3/4", "1/2", "8½", "½", "1,250-1/8")]
    [Decimal('7.5'), Decimal('35.75'), Decimal('0.5'), Decimal('8.5'), Decimal('0.5'), Decimal('1250.125')]
    >>> [parse_fraction(t) for t in ("4/4", "7/12", "3-1", "5")]
    [None, None, None, None]
    """
    text = text.strip()
    vulgar = _vulgar_fractions()
    if text[-1:] in vulgar:
        whole = parse_digits(text[:-1]) if text[:-1] else Decimal(0)
        return None if whole is None else canonical(whole + vulgar[text[-1]])
    parts = _MIXED.match(text)
    if parts is None or not re.fullmatch(_SLASH, f"{parts['num']}/{parts['den']}"):
        return None
    numerator, denominator = int(parts["num"]), int(parts["den"])
    if numerator >= denominator:
        return None
    whole = parse_digits(parts["whole"]) if parts["whole"] else Decimal(0)
    return None if whole is None else canonical(whole + Decimal(numerator) / denominator)


def parse_words(text: str) -> Decimal | None:
    """Read a written-out numeral ("twenty-five", "half a", "a quarter of a", "one hundred")."""
    words = _number_words()
    tokens = [t for t in _WORD_SPLIT.split(text.lower().strip()) if t and t not in {"and", "of"}]
    if not tokens:
        return None
    if "point" in tokens:
        # "five point two", "one point zero five": a whole number, then one digit per word
        at = tokens.index("point")
        whole = parse_words(" ".join(tokens[:at]))
        places = [words.get(t) for t in tokens[at + 1 :]]
        if (
            whole is None
            or not places
            or any(p is None or p[1] != "unit" or p[0] >= 10 for p in places)
        ):
            return None
        fraction = "".join(str(p[0]) for p in places if p is not None)
        return canonical(whole + Decimal(f"0.{fraction}"))
    fractions = [
        t for t in tokens if t.rstrip("s") in words and words[t.rstrip("s")][1] == "fraction"
    ]
    if len(tokens) in (2, 3) and tokens[0] == "a" and words.get(tokens[1], (0, ""))[1] == "pair":
        # "a couple (of)": two; "a couple hundred (thousand)": two hundred
        count = words[tokens[1]][0]
        if tokens[2:] and tokens[2:] != ["hundred"]:
            return None
        return count * 100 if tokens[2:] else count
    if tokens[-2:] == ["a", "half"] and len(tokens) > 2:
        # "two and a half": a whole number plus one half.
        whole = parse_words(" ".join(tokens[:-2]))
        return None if whole is None else canonical(whole + Decimal("0.5"))
    if fractions:
        # "half a" / "a quarter of a" / "three quarters of a": count x fraction.
        count = Decimal(1)
        for token in tokens:
            if token in words and words[token][1] in {"unit", "tens"}:
                count = words[token][0]
        return canonical(count * words[fractions[0].rstrip("s")][0])
    total = Decimal(0)
    current = Decimal(0)
    for token in tokens:
        if token not in words:
            return None
        value, kind = words[token]
        if kind == "scale" and value >= 1000:
            # "two thousand five hundred": the thousands are done, the rest starts over
            total += (current or Decimal(1)) * value
            current = Decimal(0)
        elif kind == "scale":
            current = (current or Decimal(1)) * value
        elif kind in {"unit", "tens", "article"}:
            current += value
        else:
            return None
    return canonical(total + current)


def parse_numeral(text: str, decimal_comma: bool = False) -> Decimal | None:
    """Read one numeral, in digits or words. ``None`` when the text is not a numeral."""
    value = parse_digits(text, decimal_comma)
    if value is None:
        value = parse_fraction(text)
    return value if value is not None else parse_words(text)


def parse_multiplier(text: str) -> Decimal | None:
    """Factor of a multiplier ("billion" -> 10**9, "lakh crore" -> 10**12); ``None`` if unknown.

    >>> parse_multiplier("lakh-crore"), parse_multiplier("MM"), parse_multiplier("mm")
    (Decimal('1000000000000'), Decimal('1000000'), None)
    """
    exact, folded = _multipliers()
    factor = Decimal(1)
    for word in text.replace("-", " ").split():
        if word in exact:
            factor *= exact[word]
        elif word.lower() in folded:
            factor *= folded[word.lower()]
        else:
            return None
    return factor if text.strip() else None


def parse_amount(
    numeral: str, multiplier: str | None = None, decimal_comma: bool = True
) -> Decimal | None:
    """Value of a numeral with an optional multiplier: ("150", "billion") -> 150000000000.

    An amount is written with its currency, so a decimal comma ("5,90 €") is read as one.
    """
    value = parse_numeral(numeral, decimal_comma)
    if value is None:
        return None
    if multiplier:
        factor = parse_multiplier(multiplier)
        if factor is None:
            return None
        value *= factor
    return canonical(value)


def canonical(value: Decimal) -> Decimal:
    """The canonical form of a value: no exponent, no trailing zeros ("1.20E+9" -> 1200000000).

    >>> canonical(Decimal("1.2") * Decimal("1E9"))
    Decimal('1200000000')
    >>> canonical(Decimal("0.0120"))
    Decimal('0.012')
    """
    if value == value.to_integral_value():
        return Decimal(int(value))
    return Decimal(format(value.normalize(), "f"))
