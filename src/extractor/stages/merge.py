"""The final ``doc.ents``: rule spans and, when the pipeline has one, a statistical NER's entities."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.spans import has_span_data


class MergeStage:
    """Write the final, non-overlapping ``doc.ents``.

    Precedence, first wins: the value stages' spans (MONEY/PERCENT/DATE, longest first); the
    spans of any other rule stage (in stage order); rule ORG and PERSON (found in context: a suffix, a cue noun, a title or a speech verb); a
    statistical model's entities other than PERSON and the value labels; the rule gazetteer's
    GPE. A model entity over exactly the tokens of a rule span is dropped, whatever its label. A
    small model's PERSON confuses company names with people in business news ("Prescott said"),
    so PERSON comes from the rules alone; on the corpus this order scores best for every label.
    """

    def __init__(
        self,
        name: str,
        *,
        value_keys: Sequence[str],
        value_labels: Sequence[str],
        entity_key: str,
        other_keys: Sequence[str] = (),
    ) -> None:
        self.name = name
        self.value_keys = tuple(value_keys)
        self.other_keys = tuple(other_keys)
        self.value_labels = frozenset(value_labels)
        self.entity_key = entity_key

    def __call__(self, doc: Doc) -> Doc:
        values = [s for key in self.value_keys if key in doc.spans for s in doc.spans[key]]
        others = [s for key in self.other_keys if key in doc.spans for s in doc.spans[key]]
        entities = list(doc.spans[self.entity_key]) if self.entity_key in doc.spans else []
        # Where a rule found exactly the span the model found, the rule's label stands ("Kwun
        # Tong" is a gazetteer place, not the model's PERSON or ORG).
        ruled = {(s.start, s.end) for s in values + others + entities}
        model = [
            e
            for e in doc.ents
            if e.label_ not in self.value_labels
            and not has_span_data(e)
            and (e.start, e.end) not in ruled
        ]
        ranked: list[Span] = (
            sorted(values, key=lambda s: -len(s))
            + others
            + [r for r in entities if r.label_ != "GPE"]
            + [m for m in model if m.label_ != "PERSON"]
            + entities
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
