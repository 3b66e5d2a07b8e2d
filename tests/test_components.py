"""The components work in a user's own pipeline and expose their values on the Doc."""

from __future__ import annotations

from decimal import Decimal

import spacy

from extractor.components import STAGES
from extractor.pipeline import load
from extractor.records import DateValue, MoneyValue


def test_components_add_pipe_to_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_money")
    doc = nlp("Revenue hit US$1.2bn.")
    (span,) = doc.spans["extractor_money"]
    assert span.text == "US$1.2bn"
    data = span._.extractor
    assert isinstance(data.value, MoneyValue)
    assert (data.value.amount, data.value.currency) == (Decimal("1200000000"), "USD")
    assert (data.component, data.pattern, data.start, data.end) == (
        "extractor_money",
        "money.prefix",
        12,
        20,
    )


def test_components_settings_come_through_config() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_money", config={"conversions": False})
    doc = nlp("Sales hit 150 billion yuan ($20.9 billion).")
    assert [s._.extractor.converts for s in doc.spans["extractor_money"]] == [None, None]
    linked = spacy.blank("en")
    linked.add_pipe("extractor_money")
    doc = linked("Sales hit 150 billion yuan ($20.9 billion).")
    assert [s._.extractor.converts for s in doc.spans["extractor_money"]] == [None, (10, 26)]


def test_components_registry_declares_every_factory_and_entry_point() -> None:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    entry_points = tomllib.loads(pyproject.read_text())["project"]["entry-points"]
    declared = entry_points["spacy_factories"]
    assert set(declared) == {stage.name for stage in STAGES}
    for stage in STAGES:
        assert declared[stage.name] == f"extractor.components:{stage.factory.__name__}"
        assert spacy.language.Language.has_factory(stage.name)


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

    from extractor.spans import SpanData, register_extensions, set_span_data

    nlp = spacy.blank("en")
    register_extensions()
    doc = nlp("In 2023 sales rose.")
    money, date = doc.char_span(3, 7, label="MONEY"), doc.char_span(3, 7, label="DATE")
    assert money is not None and date is not None
    amount = MoneyValue(amount=Decimal(2023), currency="USD")
    set_span_data(money, SpanData("m", "money.x", 3, 7, amount))
    set_span_data(date, SpanData("d", "date.x", 3, 7, DateValue(value="2023")))
    assert money._.extractor.value == amount
    assert date._.extractor.value == DateValue(value="2023")
