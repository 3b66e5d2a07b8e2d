"""Cue words around a value: the direction of a change, and where a cue's scope ends.

Shared by the PERCENT stage (the direction of a percentage) and the facts stage (the direction
of any change); the words are ``lexicons/directions.tsv`` and ``lexicons/scope_terminators.tsv``.
"""

from __future__ import annotations

import functools
import re

from extractor.rules.resources import read_lexicon

# How far a direction cue may stand from its value, in words.
_CUE_WINDOW = 6
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s*$", re.IGNORECASE)


@functools.cache
def _directions(facts: bool = False) -> dict[tuple[str, str], str]:
    names = ("directions", "fact_directions") if facts else ("directions",)
    return {
        (row["side"], row["surface"]): row["direction"]
        for name in names
        for row in read_lexicon(name)
    }


@functools.cache
def scope_terminators() -> tuple[str, ...]:
    """The words of ``lexicons/scope_terminators.tsv``."""
    return tuple(row["word"] for row in read_lexicon("scope_terminators"))


@functools.cache
def scope_break() -> re.Pattern[str]:
    """Where a cue's scope ends: a clause boundary or a word of ``scope_terminators.tsv``."""
    words = "|".join(re.escape(word) for word in scope_terminators())
    return re.compile(rf"[;:.!?]\s|\b(?:{words})\b", re.IGNORECASE)


def word_direction(word: str, side: str = "left") -> str:
    """The direction a word gives a value after it ("raised", "cut"), read for FACT records
    (``directions.tsv`` and ``fact_directions.tsv``); "none" for any other word. With ``side``
    "right", the direction it gives a value before it ("a 5% rise")."""
    return _directions(True).get((side, word.lower()), "none")


@functools.cache
def _degree_before() -> re.Pattern[str]:
    """ "as much as", "as high as" at the end of the text before a value: a degree of the
    value (``degree_as`` words of ``lexicons/fact_words.tsv``), whose "as" ends no scope."""
    words = "|".join(
        re.escape(row["word"]) for row in read_lexicon("fact_words") if row["role"] == "degree_as"
    )
    return re.compile(rf"\bas\s+(?:{words})\s+as\s*$", re.IGNORECASE)


def find_direction(
    text: str, start: int, end: int, window: int = _CUE_WINDOW, facts: bool = False
) -> str:
    """Direction of the change a percentage states, from cue words around it.

    Looks left for a verb or preposition ("rose", "down") within a few words of the same
    clause, then right for a noun ("a 23.4% expansion").

    >>> find_direction("Exports fell 0.3% in May", 13, 17)
    'decrease'
    >>> find_direction("accounting for 36.3 percent of GDP", 15, 27)
    'none'

    ``window`` is how many words to the left a verb may stand: wider for a change stated
    with "by" after its object ("cut energy consumption per unit of GDP by 3 percent").
    ``facts`` adds the words of ``lexicons/fact_directions.tsv`` ("a 31% premium").
    """
    directions = _directions(facts)
    right = [w.lower() for w in _WORD.findall(text[end : end + 40])[:3]]
    for k, word in enumerate(right):
        if word in ("and", "or"):  # "below 5 percent and a rise in prices": the next phrase's
            right = right[:k]
            break
    left = text[max(0, start - 80 * window // _CUE_WINDOW) : start]
    if _ARTICLE_BEFORE.search(left):
        # "a 23.4% expansion": the value sits inside a noun phrase; its head noun decides.
        for word in right:
            if (cue := directions.get(("right", word))) is not None:
                return cue
    if (degree := _degree_before().search(left)) is not None:
        left = left[: degree.start()]  # "fell as much as 12 percent": the verb before the degree
    breaks = list(scope_break().finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    for found in reversed(list(_WORD.finditer(left))[-window:]):
        word = found.group().lower()
        if (cue := directions.get(("left", word))) is not None:
            after = left[found.end() : found.end() + 5]
            if ("right", word) in directions and after[:1] == "," and after[1:].strip() != "of":
                continue  # "posts 23.4% profit jump, pledges $2 billion": a noun ends its phrase
            return cue
    for word in right:
        if (cue := directions.get(("right", word))) is not None:
            return cue
    return "none"
