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
def qualifier_regex() -> str:
    """Regex source matching one qualifier phrase, case-insensitively."""
    words = sorted(_qualifiers(), key=len, reverse=True)
    return alternation([Phrase(w, ignore_case=True) for w in words]) + r"(?![A-Za-z])"


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
