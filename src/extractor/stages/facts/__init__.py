"""FACT: tie each MONEY and PERCENT value to its metric, subject, period and kind.

Rule-based attachment in the manner of medspaCy's ConText: the cue rules of
``patterns/facts.jsonl`` (target, share, change and level words; year-on-year bases; sources;
"that of"; "respectively") each act in one direction over a scope of tokens that ends at a
clause boundary (``lexicons/scope_terminators.tsv``, ";", ":") and, for some, at the next value.
Metrics are the phrases of ``lexicons/metrics.tsv`` widened to the noun phrase around them;
subjects are the ORG and GPE mentions, periods the DATE mentions, resolved against the article's
date (:mod:`extractor.rules.periods`). What a sentence does not say is inherited: the metric
from the clause before ("rose 18% to $1.2 billion"), the subject and the period from the
paragraph, the headline and the lede. No parser is needed; the rules read tokens and mentions.

The rules are layered, each module using only those before it: ``lexicon`` (the words, cue rules and
patterns), ``anchor`` (the article's date), ``document`` (:class:`Index`, what one document's rules
look up), ``resolving`` (what a DATE mention names, read in context), ``kinds``, ``metrics``,
``subjects`` and ``periods`` (the rules of each slot, one class deriving from the one before),
``context`` (``Context.attach`` fills a value's slots) and ``finder`` (:class:`FactFinder`, the
compiled rules run over a document's values).

>>> import extractor
>>> records = extractor.extract("Exports rose 5.8 pct to 150 billion yuan in 2023.")
>>> [(f.kind, f.direction, f.metric.text, f.period.value) for f in records.facts]
[('change', 'increase', 'Exports', '2023'), ('level', 'none', 'Exports', '2023')]
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from extractor.spans import (
    entities_read_once,
    store_anchor,
    store_facts,
)
from extractor.stages.facts.anchor import ANCHOR_KEY, anchor_is_stated, document_anchor
from extractor.stages.facts.finder import FactFinder

__all__ = ["ANCHOR_KEY", "FactFinder", "FactStage", "anchor_is_stated", "document_anchor"]


class FactStage:
    """The ``extractor_facts`` component: the facts of a document's MONEY and PERCENT values."""

    def __init__(self, nlp: Language, name: str, today: str | None = None) -> None:
        self.name = name
        self.finder = FactFinder(nlp)
        # the day the articles are read on (document_anchor); None: the clock's
        self.today = date.fromisoformat(today) if today else None

    def __call__(self, doc: Doc) -> Doc:
        with entities_read_once(doc):
            anchor = document_anchor(doc, today=self.today)
            store_anchor(doc, anchor)
            store_facts(doc, self.finder(doc, anchor))
        return doc
