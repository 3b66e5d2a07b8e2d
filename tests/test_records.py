"""Records: validation rules and the committed JSON Schemas."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from extractor.records import MoneyMention, PercentMention, Provenance
from extractor.schemas import render_schemas

COMMON = {
    "doc_id": "a.txt",
    "id": "m1",
    "sentence_start": 0,
    "sentence_end": 40,
    "source": Provenance(component="extractor_money", pattern="money.prefix"),
}


def test_records_money_validates_currency() -> None:
    with pytest.raises(ValidationError, match="ISO 4217"):
        MoneyMention(**COMMON, text="$5", start=0, end=2, amount=Decimal(5), currency="XXY")


def test_records_offsets_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="start < end"):
        MoneyMention(**COMMON, text="$5", start=2, end=2, amount=Decimal(5), currency="USD")


def test_records_money_needs_amount_or_range() -> None:
    with pytest.raises(ValidationError, match="either an amount"):
        MoneyMention(**COMMON, text="$5", start=0, end=2, amount=None, currency="USD")


def test_records_are_frozen_and_closed() -> None:
    m = PercentMention(**COMMON, text="5%", start=0, end=2, value=Decimal(5), unit="percent")
    with pytest.raises(ValidationError):
        m.value = Decimal(6)  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs"):
        PercentMention(
            **COMMON, text="5%", start=0, end=2, value=Decimal(5), unit="percent", bogus=1
        )


def test_records_json_has_decimal_strings() -> None:
    m = MoneyMention(
        **COMMON, text="$1.2bn", start=0, end=6, amount=Decimal("1200000000"), currency="USD"
    )
    assert '"amount":"1200000000"' in m.model_dump_json()


def test_records_committed_schemas_are_current() -> None:
    folder = Path(__file__).resolve().parents[1] / "schemas"
    for name, text in render_schemas().items():
        assert (folder / name).read_text() == text, f"schemas/{name} is stale: run `make schemas`"


def test_records_mention_ids_and_links_are_ids() -> None:
    with pytest.raises(ValidationError, match="id"):
        MoneyMention(
            **COMMON | {"id": "12"}, text="$5", start=0, end=2, amount=Decimal(5), currency="USD"
        )
    with pytest.raises(ValidationError, match="equivalent_of"):
        MoneyMention(
            **COMMON,
            text="$5",
            start=0,
            end=2,
            amount=Decimal(5),
            currency="USD",
            equivalent_of="0",
        )


def test_records_range_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="min < max"):
        MoneyMention(
            **COMMON,
            text="$5-3",
            start=0,
            end=4,
            amount=None,
            min=Decimal(5),
            max=Decimal(3),
            currency="USD",
        )
