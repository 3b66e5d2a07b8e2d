"""The final doc.ents: which rule spans win where they overlap."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from extractor.stages.merge import MergeStage


def test_merge_other_rule_stages_come_after_values_and_before_entities() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Alibaba ( NYSE : BABA ) rose 3 percent")
    doc.spans["values"] = [Span(doc, 7, 9, "PERCENT")]
    doc.spans["tickers"] = [Span(doc, 2, 5, "TICKER"), Span(doc, 6, 8, "TICKER")]
    doc.spans["entities"] = [Span(doc, 0, 1, "ORG"), Span(doc, 2, 3, "ORG")]
    merge = MergeStage(
        "merge", value_keys=["values"], value_labels=["PERCENT"], entity_key="entities",
        other_keys=["tickers"],
    )  # fmt: skip
    assert [(e.text, e.label_) for e in merge(doc).ents] == [
        ("Alibaba", "ORG"),
        ("NYSE : BABA", "TICKER"),
        ("3 percent", "PERCENT"),
    ]
