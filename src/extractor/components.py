"""spaCy pipeline components of extractor, all registered here under the ``extractor_`` prefix.

Each numeric stage (money, percent, dates) runs its rules over ``doc.text`` and stores its spans in
``doc.spans["extractor_<stage>"]``; each span carries ``span._.extractor``, a dict with the exact
character offsets, the rule id and the normalized attributes. ``extractor_entities`` adds ORG,
GPE and PERSON to ``doc.spans["extractor_entities"]``; ``extractor_merge`` writes the final,
non-overlapping ``doc.ents``, with the rules authoritative for MONEY, PERCENT and DATE.

Use them in any pipeline::

    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_money")
    doc = nlp("Revenue hit US$1.2bn.")
    doc.spans["extractor_money"][0]._.extractor["amount"]  # Decimal('1200000000')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.dates import find_dates
from extractor.entities import EntityRecognizer
from extractor.money import Found, count_currency_cues, find_money
from extractor.percent import find_percent

EXTENSION = "extractor"
_TEXT_KEY = "extractor.text"
RULE_LABELS = frozenset({"MONEY", "PERCENT", "DATE"})
ENTITY_LABELS = frozenset({"ORG", "GPE", "PERSON"})
SPAN_KEYS = ("extractor_money", "extractor_percent", "extractor_dates", "extractor_entities")


def register_extensions() -> None:
    """Register ``Span._.extractor`` once; called by the factories, never at import time.

    spaCy keys a plain span extension by character offsets alone, so a MONEY and a DATE span
    over the same characters would share (and overwrite) one value. The getter keys by label too.
    """
    if not Span.has_extension(EXTENSION):
        Span.set_extension(EXTENSION, getter=_span_data)


def _span_key(span: Span) -> str:
    return f"{EXTENSION}:{span.label_}:{span.start_char}:{span.end_char}"


def _span_data(span: Span) -> dict[str, Any] | None:
    data: dict[str, Any] | None = span.doc.user_data.get(_span_key(span))
    return data


def set_span_data(span: Span, data: dict[str, Any]) -> None:
    """Attach normalized attributes to a span, readable as ``span._.extractor``."""
    span.doc.user_data[_span_key(span)] = data


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document: spaCy joins every token on each access."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _to_spans(doc: Doc, found: list[Found], label: str, component: str) -> list[Span]:
    spans = []
    for item in found:
        span = doc.char_span(item.start, item.end, label=label, alignment_mode="expand")
        if span is None:
            continue
        set_span_data(
            span,
            {
                "start": item.start,
                "end": item.end,
                "component": component,
                "pattern": item.pattern_id,
                **item.attrs,
            },
        )
        spans.append(span)
    return spans


class RuleStage:
    """A component that runs a text-level finder and stores its spans under ``name``."""

    def __init__(self, name: str, label: str, finder: Callable[[Doc], list[Found]]) -> None:
        register_extensions()
        self.name = name
        self.label = label
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.name] = _to_spans(doc, self.finder(doc), self.label, self.name)
        return doc


def _money(doc: Doc) -> list[Found]:
    text = doc_text(doc)
    return find_money(text, count_currency_cues(text))


@Language.factory("extractor_money")
def make_money(nlp: Language, name: str) -> RuleStage:
    """MONEY amounts with amount, ISO 4217 currency, qualifier, range, per-unit and conversions."""
    return RuleStage(name, "MONEY", _money)


@Language.factory("extractor_percent")
def make_percent(nlp: Language, name: str) -> RuleStage:
    """PERCENT values with unit (percent / percentage_point), range, qualifier and direction."""
    return RuleStage(name, "PERCENT", lambda doc: find_percent(doc_text(doc)))


@Language.factory("extractor_dates")
def make_dates(nlp: Language, name: str) -> RuleStage:
    """DATE spans with an ISO-style value where the text fixes one."""
    return RuleStage(name, "DATE", lambda doc: find_dates(doc_text(doc)))


class EntityStage:
    """ORG, GPE and PERSON from gazetteers and token rules."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.recognizer = EntityRecognizer(nlp)

    def __call__(self, doc: Doc) -> Doc:
        spans = self.recognizer(doc)
        for span in spans:
            set_span_data(
                span,
                {
                    "start": span.start_char,
                    "end": span.end_char,
                    "component": self.name,
                    "pattern": span.id_ or "gazetteer",
                },
            )
        doc.spans[self.name] = spans
        return doc


@Language.factory("extractor_entities")
def make_entities(nlp: Language, name: str) -> EntityStage:
    """ORG, GPE and PERSON without a statistical model."""
    return EntityStage(nlp, name)


class MergeStage:
    """Write the final, non-overlapping ``doc.ents``.

    Precedence, first wins: rule MONEY/PERCENT/DATE; rule ORG and PERSON (found in context:
    a suffix, a cue noun, a title or a speech verb); a statistical model's entities other than
    PERSON; the rule gazetteer's GPE. A model entity over exactly the tokens of a rule span is
    dropped, whatever its label. A small model's PERSON confuses company names with people
    in business news ("Prescott said"), so PERSON comes from the rules alone; on the corpus this
    order scores best for every label (see the closing note of the core issue).
    """

    def __init__(self, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        rules = [s for key in SPAN_KEYS[:3] if key in doc.spans for s in doc.spans[key]]
        rule_entities = (
            list(doc.spans["extractor_entities"]) if "extractor_entities" in doc.spans else []
        )
        # Where a rule found exactly the span the model found, the rule's label stands ("Kwun
        # Tong" is a gazetteer place, not the model's PERSON or ORG).
        ruled = {(s.start, s.end) for s in rules + rule_entities}
        model = [
            e
            for e in doc.ents
            if e.label_ not in RULE_LABELS
            and _span_data(e) is None
            and (e.start, e.end) not in ruled
        ]
        ranked: list[Span] = (
            sorted(rules, key=lambda s: -len(s))
            + [r for r in rule_entities if r.label_ != "GPE"]
            + [m for m in model if m.label_ != "PERSON"]
            + rule_entities
        )
        doc.ents = _first_non_overlapping(ranked)
        return doc


def _first_non_overlapping(spans: list[Span]) -> list[Span]:
    """Keep each span unless an earlier one in the list already covers one of its tokens."""
    taken: set[int] = set()
    kept = []
    for span in spans:
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return filter_spans(kept)


@Language.factory("extractor_merge")
def make_merge(nlp: Language, name: str) -> MergeStage:
    """Final ``doc.ents`` from the rule stages and, if present, a statistical NER."""
    return MergeStage(name)


def component_settings() -> dict[str, Any]:
    """Sentence boundaries: punctuation as spaCy's sentencizer, plus line breaks (headlines)."""
    from spacy.pipeline import Sentencizer

    return {"punct_chars": [*Sentencizer.default_punct_chars, "\n", "\n\n", "\n\n\n"]}
