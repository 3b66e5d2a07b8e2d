"""The components work in a user's own pipeline and expose their values on the Doc."""

from __future__ import annotations

from decimal import Decimal

import spacy

from extractor.pipeline import load


def test_components_add_pipe_to_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_money")
    doc = nlp("Revenue hit US$1.2bn.")
    (span,) = doc.spans["extractor_money"]
    assert span.text == "US$1.2bn"
    assert span._.extractor["amount"] == Decimal("1200000000")
    assert span._.extractor["pattern"] == "money.prefix"


def test_components_default_pipeline_sets_ents() -> None:
    nlp = load()
    doc = nlp("Exports from Jiangsu Province rose 5.8 pct to 150 billion yuan in 2023.")
    assert [(e.label_, e.text) for e in doc.ents] == [
        ("GPE", "Jiangsu Province"),
        ("PERCENT", "5.8 pct"),
        ("MONEY", "150 billion yuan"),
        ("DATE", "2023"),
    ]


def test_components_same_offsets_keep_their_own_values() -> None:
    import spacy

    from extractor.components import register_extensions, set_span_data

    nlp = spacy.blank("en")
    register_extensions()
    doc = nlp("In 2023 sales rose.")
    money, date = doc.char_span(3, 7, label="MONEY"), doc.char_span(3, 7, label="DATE")
    assert money is not None and date is not None
    set_span_data(money, {"amount": 1})
    set_span_data(date, {"value": "2023"})
    assert (money._.extractor, date._.extractor) == ({"amount": 1}, {"value": "2023"})
