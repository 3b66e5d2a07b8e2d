"""First-character gates: find a rule's matches by trying it only where one can start.

``pattern.finditer(text)`` tries a rule at every position of a text. A rule can only start on
the characters its regex can start with (a digit, "$", the first letters of its words), and a
regex that begins with a character class is searched by the engine in a fast loop that skips
every other character. :func:`gate_for` reads the first characters off the regex's own parse
tree and builds such a class; :func:`gated_finditer` runs the rule only at the positions the
gate finds, and yields exactly the matches ``finditer`` yields.

The parse tree comes from the standard library's regex parser (``re._parser``); any construct
the reader does not know, or a regex that can start with any character or match the empty
string, gives no gate, and the rule is searched the plain way.

>>> import re
>>> regex = re.compile(r"(?<![A-Za-z])(?:(?i:in)\\s+)?\\$\\d+")
>>> gate = gate_for(regex.pattern, behind="[A-Za-z]")
>>> gate.pattern == r"[\\$Ii\u0130\u0131](?<![A-Za-z][\\$Ii\u0130\u0131])"
True
>>> text = "in $5, $6 and x$7"
>>> [m.group() for m in gated_finditer(regex, (m.start() for m in gate.finditer(text)), text)]
['in $5', '$6']
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from extractor import cache
from extractor.rules.alternation import fold_class

# The standard library's regex parser and its opcodes (not in the typing stubs).
_parser: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_WORD: r"\w",
}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_LARGEST_RANGE = 512  # a class spanning more characters than this is no use as a gate
# A gate pays off only when it lets few positions through: trying the regex at a position from
# Python costs about ten times what the regex engine's own scan spends there. Measured on the
# corpus, rules that can start with up to 13 characters (a digit or a capitalized month name)
# ran 1.5-40x faster gated, rules with 16 or more (lower-case words, "$" and every letter)
# slower. A \d counts as its ten ASCII digits; \s and \w give no gate.
MOST_FIRST_CHARACTERS = 13


class _Unbounded(Exception):
    """The regex can start with (nearly) any character: no gate."""


class _Firsts:
    def __init__(self) -> None:
        self.chars: set[str] = set()
        self.categories: set[str] = set()

    def add(self, char: str, ignore_case: bool) -> None:
        self.chars |= fold_class(char) if ignore_case else {char}

    def count(self) -> int:
        if firsts_unbounded := self.categories - {r"\d"}:
            raise _Unbounded(firsts_unbounded)
        return len(self.chars) + 10 * len(self.categories)

    def source(self) -> str:
        return "".join(sorted(self.categories)) + "".join(re.escape(c) for c in sorted(self.chars))


def _sequence(items: list[tuple[Any, Any]], flags: int, firsts: _Firsts) -> bool:
    """Add the first characters of a sequence of parse items; True if it can match empty.

    The items are read in order up to the first that cannot match empty.
    """
    return all(_item(op, av, flags, firsts) for op, av in items)


def _item(op: Any, av: Any, flags: int, firsts: _Firsts) -> bool:
    """Add the first characters of one parse item; True if it can match empty."""
    ignore_case = bool(flags & re.IGNORECASE)
    if op is sre.LITERAL:
        firsts.add(chr(av), ignore_case)
        return False
    if op is sre.IN:
        for kind, value in av:
            if kind is sre.LITERAL:
                firsts.add(chr(value), ignore_case)
            elif kind is sre.RANGE:
                low, high = value
                if high - low > _LARGEST_RANGE:
                    raise _Unbounded
                for code in range(low, high + 1):
                    firsts.add(chr(code), ignore_case)
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                firsts.categories.add(_CATEGORIES[value])
            else:  # a negated class, or a negated category
                raise _Unbounded
        return False
    if op is sre.BRANCH:
        _, branches = av
        nullable = False
        for branch in branches:
            nullable |= _sequence(branch.data, flags, firsts)
        return nullable
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, pattern = av
        return _sequence(pattern.data, (flags | add_flags) & ~del_flags, firsts)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av.data, flags, firsts)
    if op in _REPEATS:
        low, _, pattern = av
        return _sequence(pattern.data, flags, firsts) or low == 0
    if op in _ZERO_WIDTH:
        return True  # an assertion consumes nothing: what follows starts the match
    raise _Unbounded  # any character, a back reference, a conditional group, ...


def _read(source: str, flags: int) -> tuple[_Firsts, bool]:
    """The first characters of the regex ``source``, and whether it can match empty.

    Raises ``_Unbounded`` when it can start with (nearly) any character.
    """
    firsts = _Firsts()
    nullable = _sequence(_parser.parse(source, flags).data, flags, firsts)
    return firsts, nullable


def gate_for(source: str, flags: int = 0, behind: str | None = None) -> re.Pattern[str] | None:
    """A regex matching one character wherever the regex ``source`` can start, or ``None``.

    ``None`` when the parse cannot tell, or when so many characters can start a match
    (:data:`MOST_FIRST_CHARACTERS`) that trying the regex at each would cost more than a scan.

    ``behind`` is a one-character class that must not precede a match (the rule's own start
    condition), so positions inside words are skipped by the gate already.
    """
    try:
        firsts, nullable = _read(source, flags)
        if nullable:
            return None  # the regex can match the empty string
        if firsts.count() > MOST_FIRST_CHARACTERS:
            return None
    except _Unbounded:
        return None
    first = f"[{firsts.source()}]"
    if behind is None:
        return re.compile(first)
    # Looked at from after the first character, so that the gate starts with its class.
    return re.compile(f"{first}(?<!{behind}{first})")


def stand_in(source: str, flags: int = 0) -> str:
    """A small regex that can start with the characters ``source`` can, and match empty if it can.

    Rules are built from large fragments (hundreds of currency forms); parsing each rule whole to
    find its first characters took longer than compiling it. A rule's skeleton, with every
    fragment replaced by its stand-in, has the same first characters. The stand-ins are kept in
    the load cache (:mod:`extractor.cache`).
    """
    return cache.memo("stand_ins").get((source, int(flags)), lambda: _stand_in(source, flags))


def _stand_in(source: str, flags: int) -> str:
    try:
        firsts, nullable = _read(source, flags)
        firsts.count()
    except _Unbounded:
        return r"[\s\S]"
    first = f"[{firsts.source()}]" if firsts.chars or firsts.categories else "(?!)"
    return f"(?:{first})?" if nullable else first


def gated_finditer(
    regex: re.Pattern[str], starts: Iterable[int], text: str
) -> Iterator[re.Match[str]]:
    """The matches ``regex.finditer(text)`` yields, trying ``regex`` only at ``starts``.

    ``starts`` (in increasing order) must hold every position where ``regex`` can match, as the
    positions of a gate's matches do. Like ``finditer``, a match starts where the previous one
    ended or later. ``regex`` must not match the empty string (:func:`gate_for` gives no gate
    for such a regex).
    """
    match = regex.match
    end = 0
    for start in starts:
        if start < end:
            continue
        found = match(text, start)
        if found is not None:
            end = found.end()
            yield found
