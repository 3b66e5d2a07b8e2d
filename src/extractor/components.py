"""The spaCy components of extractor: one registry of stages, all factories registered here.

:data:`STAGES` is the one declaration of the pipeline: each :class:`Stage` names its component
(also its ``doc.spans`` key), its factory and default settings, the labels its spans carry, the
labels the corpus annotates, and the value and record types of its mentions. Every list of
stages or labels elsewhere (the pipeline's order, span keys, record types, evaluated labels,
the corpus's attribute checks) is derived from it. Adding a stage is one entry here, its
module under ``stages/``, its data and its tests (see CONTRIBUTING.md).

Use the components in any pipeline, with settings through spaCy's config::

    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_money", config={"tables": False})
    doc = nlp("Revenue hit US$1.2bn.")
    doc.spans["extractor_money"][0]._.extractor.value.amount  # Decimal('1200000000')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractor.records import (
    DateMention,
    DateValue,
    EntityMention,
    Fact,
    Mention,
    MoneyMention,
    MoneyValue,
    PercentMention,
    PercentValue,
    Value,
)
from extractor.rules.patterns import Found
from extractor.spans import doc_text, register_extensions, store_spans
from extractor.stages.dates import DateFinder
from extractor.stages.entities import MIN_CITY_POPULATION, EntityStage
from extractor.stages.facts import FactStage
from extractor.stages.merge import MergeStage
from extractor.stages.money import MoneyFinder
from extractor.stages.percent import PercentFinder


class RuleStage:
    """A component that runs a text-level finder and stores its spans in ``doc.spans[name]``."""

    def __init__(self, name: str, label: str, finder: Callable[[str], list[Found]]) -> None:
        self.name = name
        self.label = label
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        store_spans(doc, self.name, self.label, self.finder(doc_text(doc)))
        return doc


def make_money(nlp: Language, name: str, tables: bool, conversions: bool) -> RuleStage:
    """MONEY amounts with amount, ISO 4217 currency, qualifier, range, per-unit and conversions."""
    return RuleStage(name, "MONEY", MoneyFinder(tables=tables, conversions=conversions))


def make_percent(nlp: Language, name: str) -> RuleStage:
    """PERCENT values with unit (percent / percentage_point), range, qualifier and direction."""
    return RuleStage(name, "PERCENT", PercentFinder())


def make_dates(nlp: Language, name: str) -> RuleStage:
    """DATE spans with an ISO-style value where the text fixes one."""
    return RuleStage(name, "DATE", DateFinder())


def make_entities(nlp: Language, name: str, min_city_population: int) -> EntityStage:
    """ORG, GPE and PERSON without a statistical model."""
    return EntityStage(
        nlp,
        name,
        min_city_population=min_city_population,
        value_keys=VALUE_KEYS,
    )


def make_merge(nlp: Language, name: str) -> MergeStage:
    """Final ``doc.ents`` from the rule stages and, if present, a statistical NER."""
    return MergeStage(
        name,
        value_keys=VALUE_KEYS,
        value_labels=VALUE_LABELS,
        entity_key=ENTITY_STAGE,
        other_keys=[
            s.name for s in STAGES if s.labels and s.value_type is None and s.name != ENTITY_STAGE
        ],
    )


def make_facts(nlp: Language, name: str, today: str | None) -> FactStage:
    """FACT: each MONEY and PERCENT value with its metric, subject, period and kind.

    ``today`` (``YYYY-MM-DD``) is the day the articles are read on: a story that names no year
    is dated by it (:func:`~extractor.stages.facts.document_anchor`); None reads the clock.
    """
    return FactStage(nlp, name, today)


@dataclass(frozen=True)
class Stage:
    """One pipeline stage: its component, what its spans are and what records they become."""

    name: str
    """The factory name, the component's default name and its ``doc.spans`` key."""
    factory: Callable[..., Any]
    config: Mapping[str, Any] = field(default_factory=dict)
    labels: tuple[str, ...] = ()
    """Labels of the spans it stores."""
    evaluated: tuple[str, ...] = ()
    """Labels the corpus annotates and ``extractor evaluate`` scores."""
    value_type: type[Value] | None = None
    record_type: type[Mention] | type[Fact] | None = None
    assigns: tuple[str, ...] = ("doc.spans", "span._.extractor")


ENTITY_STAGE = "extractor_entities"
STAGES: tuple[Stage, ...] = (
    Stage(
        "extractor_money",
        make_money,
        {"tables": True, "conversions": True},
        ("MONEY",),
        ("MONEY",),
        MoneyValue,
        MoneyMention,
    ),
    Stage(
        "extractor_percent",
        make_percent,
        {},
        ("PERCENT",),
        ("PERCENT",),
        PercentValue,
        PercentMention,
    ),
    Stage("extractor_dates", make_dates, {}, ("DATE",), ("DATE",), DateValue, DateMention),
    Stage(
        ENTITY_STAGE,
        make_entities,
        {"min_city_population": MIN_CITY_POPULATION},
        ("ORG", "GPE", "PERSON", "FAC", "LOC"),
        ("ORG", "GPE", "PERSON"),
        None,
        EntityMention,
    ),
    Stage("extractor_merge", make_merge, assigns=("doc.ents",)),
    Stage(
        "extractor_facts",
        make_facts,
        {"today": None},
        record_type=Fact,
        assigns=("doc._.extractor_facts",),
    ),
)

SPAN_KEYS = tuple(s.name for s in STAGES if s.labels)
MODEL_LABELS = frozenset(
    {
        "ORG",
        "GPE",
        "PERSON",
        "NORP",
        "LOC",
        "FAC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
"""A statistical model's entity labels that become mentions; its numeric ones are left out."""
VALUE_KEYS = tuple(s.name for s in STAGES if s.value_type is not None)
"""The stages whose spans carry a normalized value (MONEY, PERCENT, DATE): no entity name
includes one, and the merge keeps them over a model's."""
VALUE_LABELS = tuple(label for s in STAGES if s.value_type is not None for label in s.labels)
"""Labels whose spans carry a normalized value; the rules are authoritative for them."""
EVALUATED_LABELS = tuple(label for s in STAGES for label in s.evaluated)
VALUE_TYPES: dict[str, type[Value]] = {
    label: s.value_type for s in STAGES if s.value_type is not None for label in s.labels
}
MENTION_TYPES: dict[str, type[Mention]] = {
    label: s.record_type
    for s in STAGES
    if s.record_type is not None and issubclass(s.record_type, Mention)
    for label in s.labels
}

# The registrations, made once when extractor is imported: the factories, and the extensions
# (so that a Doc unpickled or deserialized in a new process reads ``span._.extractor``).
for _stage in STAGES:
    Language.factory(
        _stage.name,
        default_config=dict(_stage.config),
        assigns=list(_stage.assigns),
        func=_stage.factory,
    )
register_extensions()


def sentencizer_settings() -> dict[str, Any]:
    """Sentence boundaries: punctuation as spaCy's sentencizer, plus line breaks (headlines)."""
    from spacy.pipeline import Sentencizer

    return {"punct_chars": [*Sentencizer.default_punct_chars, "\n", "\n\n", "\n\n\n"]}


@Language.component("extractor_line_starts")
def line_starts(doc: Doc) -> Doc:
    """Sentence starts after line breaks, set before a model's parser, which keeps them: a
    headline, a dateline or a table row is no part of the sentence below it (the parser of
    ``en_core_web_sm`` joins a headline, its dateline and the lede into one sentence). The
    default pipeline's sentencizer ends a sentence at a line break already
    (:func:`sentencizer_settings`)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
