"""Alternations of lexicon phrases that the regex engine can search fast.

Python's ``re`` tries the alternatives of ``(?:yuan|yen|dollars|...)`` one by one at every
position, but skips an alternative at once when it starts with a plain character or a
case-sensitive character class that the text does not have there. A case-insensitive
alternative (``(?i:yuan)``) or one that starts with a lookbehind gets no such skip, so a lexicon
of a few hundred phrases costs a few hundred attempts per position. :func:`alternation` writes
the same phrases grouped by their first character, and each group starts with a case-sensitive
class of exactly the characters ``(?i:...)`` would accept there, so a position costs one attempt
per group that can start there.

The result matches exactly what ``(?:p1|p2|...)`` written phrase by phrase matches, with the
same preference among phrases (the order given): groups cannot match at the same position, and
within a group the order is kept.

>>> import re
>>> regex = re.compile(alternation([Phrase("KRW"), Phrase("kr", ignore_case=True)]))
>>> [m.group() for m in regex.finditer("KRW 5, kr 3, \u212ar 4")]
['KRW', 'kr', '\u212ar']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractor import cache


@dataclass(frozen=True)
class Phrase:
    """One alternative: a literal ``text`` and what must hold around it.

    ``behind`` is a one-character class (regex source, such as ``"[A-Za-z]"``) that the character
    before the phrase must not match (``behind_matches=False``) or must match (``True``);
    ``after`` is regex source appended after the phrase (usually a lookahead). A space in
    ``text`` stands for the ``space`` source given to :func:`alternation`.
    """

    text: str
    ignore_case: bool = False
    behind: str | None = None
    behind_matches: bool = False
    after: str = ""


@functools.cache
def _plane() -> str:
    """Every character of the Basic Multilingual Plane but the surrogates, as one string."""
    return "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)


def fold_class(char: str) -> frozenset[str]:
    """The characters ``(?i:char)`` matches (the Kelvin sign for "k", long s for "s", ...).

    Found by the regex engine itself on every character of the Basic Multilingual Plane; no
    character outside it folds to one inside (checked by the tests over all of Unicode). The
    classes are kept in the load cache (:mod:`extractor.cache`).
    """
    found: frozenset[str] = cache.memo("fold_classes").get(
        char, lambda: frozenset(re.findall(f"(?i:{re.escape(char)})", _plane()))
    )
    return found


def _class_source(chars: frozenset[str]) -> str:
    if len(chars) == 1:
        return re.escape(next(iter(chars)))
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _first_class(phrase: Phrase) -> frozenset[str]:
    first = phrase.text[0]
    return fold_class(first) if phrase.ignore_case else frozenset(first)


def _rest_text(phrase: Phrase, space: str) -> str:
    """The phrase after its first character as a regex, each space standing for ``space``."""
    return space.join(re.escape(word) for word in phrase.text[1:].split(" "))


def _rest_source(phrase: Phrase, group: frozenset[str], space: str) -> str:
    """The phrase after its first character, with the checks that the group class leaves out."""
    group_source = _class_source(group)
    checks = []
    own = _first_class(phrase)
    if own != group:
        checks.append(f"(?<={_class_source(own)})")
    if phrase.behind is not None:
        sign = "=" if phrase.behind_matches else "!"
        # Looked at from after the first character: the one before it, then the first itself.
        checks.append(f"(?<{sign}{phrase.behind}{group_source})")
    rest = _rest_text(phrase, space)
    if rest and phrase.ignore_case:
        rest = f"(?i:{rest})"
    return "".join(checks) + rest + phrase.after


def _merged_rests(members: list[Phrase], group: frozenset[str], space: str) -> list[str]:
    """The rests of a group's phrases, in order; neighbours that differ only in their letters
    share one case-insensitive group (``(?i:uan|en)``), a shorter regex to compile."""
    rests: list[str] = []
    run: list[str] = []
    for phrase in members:
        plain = (
            phrase.ignore_case
            and phrase.behind is None
            and not phrase.after
            and _first_class(phrase) == group
        )
        if plain:
            run.append(_rest_text(phrase, space))
            continue
        if run:
            rests.append("(?i:" + "|".join(run) + ")")
            run = []
        rests.append(_rest_source(phrase, group, space))
    if run:
        rests.append("(?i:" + "|".join(run) + ")")
    return rests


def alternation(phrases: Sequence[Phrase], *, space: str = r"\s+") -> str:
    """Regex source matching any of ``phrases``, preferring them in the order given.

    Sort longer phrases first when the longest should win ("lakhs" before "lakh").
    """
    groups: dict[str, list[Phrase]] = {}
    classes: dict[str, frozenset[str]] = {}
    for phrase in phrases:
        if not phrase.text or phrase.text[0].isspace():
            raise ValueError(f"a phrase must start with a character, not {phrase.text!r}")
        own = _first_class(phrase)
        # Every character of a fold class folds to the same class, so its smallest member names it.
        key = min(fold_class(phrase.text[0]))
        groups.setdefault(key, []).append(phrase)
        classes[key] = classes.get(key, frozenset()) | own
    parts = []
    for key, members in groups.items():
        group = classes[key]
        rests = _merged_rests(members, group, space)
        body = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        parts.append(_class_source(group) + body)
    if not parts:
        return "(?!)"
    return "(?:" + "|".join(parts) + ")"


def first_characters(phrases: Sequence[Phrase]) -> str:
    """The characters any of ``phrases`` can start with, as a case-sensitive class's members.

    Put into a lookahead (``(?=[...])``), it lets a position be dismissed with one test before a
    long regex is tried there.
    """
    chars = frozenset().union(*(_first_class(p) for p in phrases))
    return "".join(re.escape(c) for c in sorted(chars))
