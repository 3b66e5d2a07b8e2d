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
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from extractor.rules.resources import read_lexicon

# A space that groups thousands: space, no-break space, thin space, narrow no-break space.
GROUP_SPACES = " \u00a0\u2009\u202f"
_SP = r"[\ \u00a0\u2009\u202f]"  # the same, as a class that survives re.VERBOSE
# A three-digit group that continues a space-grouped number ("000" in "12 000"): its lead is
# one to three digits with no digit, point or comma before them.
_CONTINUES = "|".join(rf"(?<=(?<![\d.,])\d{{{n}}}{_SP}\d{{3}})" for n in (1, 2, 3))

# Digits as news writes them: "30,500", "1,234.56", "12.82", ".5", Indian grouping "1,00,000"
# (lakh), and thousands grouped by spaces, "12 000" (three-digit groups only). The grouped
# forms come first so that "30,500" is not read as "30"; a number followed by a space and a
# three-digit group is read whole or not at all, and a group is never read on its own ("000
# dollars" of "12 000 dollars"), so a space-grouped number never yields a fragment.
DIGITS_REGEX = rf"""
    (?!\d{{3}}(?!\d)(?:{_CONTINUES}))        # not the tail group of a space-grouped number
    (?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?!\d)       # Indian grouping: 1,00,000 / 12,34,567
     |\d{{1,3}}(?:,\d{{3}})+(?!\d)             # Western grouping: 30,500 / 1,234,567
     |\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)         # space grouping: 12 000 / 1 234 567
     |\d{{4,}}
     |\d{{1,3}}(?!\d|{_SP}\d{{3}}(?!\d))       # a short number not followed by a group
    )
    (?:\.\d+)?                               # decimals
    (?![\d,]\d)                              # do not stop inside a longer number
"""

_GROUPING = re.compile(
    rf"^(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:{_SP}\d{{3}})+|\d+)"
    r"(?:\.\d+)?$|^\.\d+$"
)
_SEPARATORS = str.maketrans("", "", "," + GROUP_SPACES)
_WORD_SPLIT = re.compile(r"[\s-]+")


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


def _alternation(words: list[str]) -> str:
    # Longest first, so that "lakhs" wins over "lakh" and "mln" over "m".
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def numeral_regex() -> str:
    """Regex source matching one numeral: digits, or a written-out number up to 999.

    Written forms: "three", "twenty-five", "one hundred and twenty", "half a", "a quarter of a",
    "three quarters of a", and the articles "a"/"an" (which the templates only accept before a
    multiplier, as in "a billion dollars").
    """
    words = _number_words()
    units = _alternation([w for w, (_, k) in words.items() if k == "unit"])
    tens = _alternation([w for w, (_, k) in words.items() if k == "tens"])
    small = rf"(?:(?:{tens})(?:[- ](?:{units}))?|(?:{units}))"
    written = rf"""
        (?i:
            (?:half|a\ half|one\ half)(?:\ (?:an?|of\ an?))?(?=\s)      # half a (million)
           |(?:a|one|three)\ (?:quarters?|third)(?:\ of\ an?)?(?=\s)    # a quarter of a
           |{small}[-\ ]and[-\ ]a[-\ ]half\b                            # two and a half
           |{small}(?:\ hundred(?:\ (?:and\ )?{small})?)?\b            # twenty-five, one hundred
           |an?(?=\ (?:{multiplier_regex()}|percentage\ point))         # a (billion)
        )
    """
    return rf"(?:{DIGITS_REGEX}|\.\d+(?!\d)|{written})"


@functools.cache
def multiplier_regex() -> str:
    """Regex source matching one multiplier ("billion", "bn", "crore", "k", ...)."""
    exact, folded = _multipliers()
    # A short form must not run into a following word: "5m" is a multiplier, "5mu" is not.
    one = rf"(?:(?i:{_alternation(list(folded))})|{_alternation(list(exact))})(?![A-Za-z])"
    # Indian compounds multiply: "3.46 lakh crore" = 3.46 x 10^5 x 10^7.
    compound = r"(?i:lakh|thousand|hundred)\s+(?i:crore)(?![A-Za-z])"
    return rf"(?:{compound}|{one})"


def parse_digits(text: str) -> Decimal | None:
    """Read a digit numeral with optional thousands separators ("30,500", "12 000")."""
    text = text.strip()
    if not _GROUPING.match(text):
        return None
    try:
        return Decimal(text.translate(_SEPARATORS))
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """Read a written-out numeral ("twenty-five", "half a", "a quarter of a", "one hundred")."""
    words = _number_words()
    tokens = [t for t in _WORD_SPLIT.split(text.lower().strip()) if t and t not in {"and", "of"}]
    if not tokens:
        return None
    fractions = [
        t for t in tokens if t.rstrip("s") in words and words[t.rstrip("s")][1] == "fraction"
    ]
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
        if kind == "scale":
            current = (current or Decimal(1)) * value
        elif kind in {"unit", "tens", "article"}:
            current += value
        else:
            return None
    return canonical(total + current)


def parse_numeral(text: str) -> Decimal | None:
    """Read one numeral, in digits or words. ``None`` when the text is not a numeral."""
    value = parse_digits(text)
    return value if value is not None else parse_words(text)


def parse_multiplier(text: str) -> Decimal | None:
    """Factor of a multiplier ("billion" -> 10**9, "lakh crore" -> 10**12); ``None`` if unknown."""
    exact, folded = _multipliers()
    factor = Decimal(1)
    for word in text.split():
        if word in exact:
            factor *= exact[word]
        elif word.lower() in folded:
            factor *= folded[word.lower()]
        else:
            return None
    return factor if text.strip() else None


def parse_amount(numeral: str, multiplier: str | None = None) -> Decimal | None:
    """Value of a numeral with an optional multiplier: ("150", "billion") -> 150000000000."""
    value = parse_numeral(numeral)
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
