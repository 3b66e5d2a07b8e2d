"""The adapters on hand-built peer output (no peer needed), then on the real peers if installed."""

from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from benchmarks.peers import (
    float_to_decimal,
    load_systems,
    quantulum_records,
    recognizers_records,
    spacy_records,
)
from extractor.records import MoneyMention, PercentMention

TEXT = "Exports rose 5.8 pct to 150 billion yuan ($20.9 billion), up 25 basis points."


def _quantity(surface: str, value: float, name: str, entity: str, code: str | None = None) -> Any:
    start = TEXT.index(surface)
    unit = SimpleNamespace(name=name, entity=SimpleNamespace(name=entity), currency_code=code)
    return SimpleNamespace(span=(start, start + len(surface)), value=value, unit=unit)


def test_peers_quantulum_records_translate_units() -> None:
    quantities = [
        _quantity("5.8 pct", 5.8, "percentage", "dimensionless"),
        _quantity("150 billion yuan", 150e9, "chinese yuan", "currency", "CNY"),
        _quantity("25 basis points", 25.0, "basis point", "dimensionless"),
        _quantity("rose", 1.0, "dimensionless", "dimensionless"),
    ]
    records = quantulum_records(quantities, TEXT, "x.txt")
    assert [(r.label, r.text) for r in records] == [
        ("PERCENT", "5.8 pct"),
        ("MONEY", "150 billion yuan"),
        ("PERCENT", "25 basis points"),
    ]
    _, money, points = records
    assert isinstance(money, MoneyMention) and isinstance(points, PercentMention)
    assert (money.amount, money.currency) == (Decimal("150000000000"), "CNY")
    assert (points.value, points.unit) == (Decimal("0.25"), "percentage_point")


def test_peers_quantulum_records_keep_a_wrong_sign() -> None:
    # quantulum3 reads "($20.9 billion)" as an accounting negative: translated, not repaired.
    quantity = _quantity("($20.9 billion)", -20.9e9, "dollar", "currency", "USD")
    (money,) = quantulum_records([quantity], TEXT, "x.txt")
    assert isinstance(money, MoneyMention)
    assert money.amount == Decimal("-20900000000")


def _result(surface: str, resolution: dict[str, Any]) -> Any:
    start = TEXT.index(surface)
    return SimpleNamespace(start=start, end=start + len(surface) - 1, resolution=resolution)


def test_peers_recognizers_records_use_inclusive_ends_and_the_dollar_convention() -> None:
    currencies = [
        _result("$20.9 billion", {"value": "20900000000", "unit": "Dollar"}),
        _result("yuan", {"value": None, "unit": "Chinese yuan", "isoCurrency": "CNY"}),
    ]
    percentages = [_result("5.8 pct", {"value": "5.8%"})]
    records = recognizers_records(currencies, percentages, TEXT, "x.txt")
    assert [(r.label, r.text) for r in records] == [
        ("PERCENT", "5.8 pct"),
        ("MONEY", "$20.9 billion"),
    ]
    money = records[1]
    assert isinstance(money, MoneyMention)
    assert (money.amount, money.currency) == (Decimal("20900000000"), "USD")


def test_peers_spacy_records_are_spans_without_values() -> None:
    def ent(surface: str, label: str) -> Any:
        start = TEXT.index(surface)
        return SimpleNamespace(label_=label, start_char=start, end_char=start + len(surface))

    ents = [ent("150 billion yuan", "MONEY"), ent("5.8 pct", "PERCENT"), ent("25", "CARDINAL")]
    records = spacy_records(ents, TEXT, "x.txt")
    assert [(r.label, r.text) for r in records] == [
        ("MONEY", "150 billion yuan"),
        ("PERCENT", "5.8 pct"),
    ]
    assert isinstance(records[0], MoneyMention) and records[0].amount is None


def test_peers_float_to_decimal_drops_float_noise() -> None:
    assert float_to_decimal(0.1 + 0.2) == Decimal("0.3")
    assert float_to_decimal(733.6e9) == Decimal("733600000000")


@pytest.mark.parametrize(
    ("key", "module"),
    [("quantulum3", "quantulum3"), ("recognizers", "recognizers_number_with_unit")],
)
def test_peers_real_peer_reads_the_yuan_amount(key: str, module: str) -> None:
    pytest.importorskip(module)
    (system,), unavailable = load_systems([key])
    assert not unavailable
    money = [m for m in system.records("x.txt", TEXT) if isinstance(m, MoneyMention)]
    assert (money[0].text, money[0].amount, money[0].currency) == (
        "150 billion yuan",
        Decimal("150000000000"),
        "CNY",
    )


def test_peers_missing_model_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("benchmarks.peers.SM_PACKAGES", ("no_such_pipeline_xyz",))
    systems, unavailable = load_systems(["sm"])
    assert systems == []
    assert "en_core_web_sm is not installed" in unavailable["en_core_web_sm (full pipeline)"]
