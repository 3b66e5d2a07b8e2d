"""Approximators and comparators before an amount ("about", "more than", "up to").

Shared by MONEY and PERCENT; the vocabulary is ``lexicons/qualifiers.tsv``.
"""

from __future__ import annotations

import functools
import re

from extractor.rules.alternation import Phrase, alternation
from extractor.rules.resources import read_lexicon


@functools.cache
def _qualifiers() -> dict[str, str]:
    return {row["surface"].lower(): row["qualifier"] for row in read_lexicon("qualifiers")}


@functools.cache
def _positions() -> dict[str, str]:
    return {row["surface"].lower(): row["position"] for row in read_lexicon("qualifiers")}


@functools.cache
def qualifier_regex(position: str = "before") -> str:
    """Regex source matching one qualifier phrase written ``position`` the amount ("before":
    "more than", "after": "or more", "glued": "-plus"), case-insensitively. One after the amount is no comparison
    that goes on ("$5 or more than half"): then it is left out."""
    words = sorted(
        (w for w, p in _positions().items() if p == position), key=lambda w: (-len(w), w)
    )
    regex = alternation([Phrase(w, ignore_case=True) for w in words]) + r"(?![A-Za-z])"
    if position == "glued":
        return regex + r"(?![\w+-])"  # "$5bn+" and "a $5 billion-plus deal", not "$5+3"
    return regex if position == "before" else regex + r"(?!\s+(?i:than)\b)"


def normalize_qualifier(text: str | None) -> str | None:
    """The normalized qualifier of a phrase: "More than" -> "more_than"; ``None`` if unknown.

    >>> normalize_qualifier("More  than")
    'more_than'
    >>> normalize_qualifier(None) is None
    True
    """
    if not text:
        return None
    return _qualifiers().get(re.sub(r"\s+", " ", text.strip().lower()))


@functools.cache
def _particle_verbs() -> frozenset[str]:
    return frozenset(row["word"] for row in read_lexicon("particle_verbs"))


_UP_TO = re.compile(r"up\s+to\s+", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def particle_end(text: str, start: int) -> int | None:
    """Where the amount starts when an "up to" at ``start`` is a verb's particle, not a
    qualifier: "inflation edged up to 2.4%" (``lexicons/particle_verbs.tsv``); else None.

    >>> text = "Inflation edged up to 2.4% in May."
    >>> text[particle_end(text, 16):]
    '2.4% in May.'
    >>> particle_end("Prices could fall up to 10%.", 18) is None
    True
    """
    up = _UP_TO.match(text, start)
    if up is None:
        return None
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None or before.group(1).lower() not in _particle_verbs():
        return None
    return up.end()
