"""The annotated corpus: it must be valid, and the pipeline must not fall below the baseline."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from spacy.language import Language

from extractor.evaluation.corpus import GoldArticle, GoldSpan, check_spans, load_corpus
from extractor.evaluation.scoring import check_baseline, evaluate
from extractor.records import MoneyValue


def test_corpus_is_valid(corpus_dir: Path) -> None:
    docs, problems = load_corpus(corpus_dir)
    assert problems == []
    groups = {d.gold.group for d in docs}
    assert groups == {"cn", "intl", "hard", "holdout", "fresh", "blind", "sealed", "unseen", "cold"}
    assert len(docs) >= 45


def test_corpus_sizes_meet_the_issue(corpus_dir: Path) -> None:
    docs, _ = load_corpus(corpus_dir)
    count = {g: sum(d.gold.group == g for d in docs) for g in ("cn", "intl", "hard")}
    assert count["cn"] >= 20 and count["intl"] >= 15 and count["hard"] >= 10
    for doc in docs:
        assert 150 <= len(doc.text.split()) <= 650, doc.gold.doc_id


def test_corpus_check_spans_reports_mismatch_and_overlap() -> None:
    gold = GoldArticle.model_validate(
        {
            "doc_id": "cn/x.txt",
            "group": "cn",
            "spans": [
                {"label": "GPE", "start": 0, "end": 5, "text": "China"},
                {"label": "GPE", "start": 3, "end": 8, "text": "na's "},
                {"label": "MONEY", "start": 9, "end": 12, "text": "$5m", "amount": "5000000",
                 "currency": "USD"},
            ],
        }
    )  # fmt: skip
    problems = check_spans(gold, "China's $5m")
    assert any("overlaps" in p for p in problems)
    assert any("is '$5m' but the article has '5m'" in p for p in problems)


def test_corpus_gold_values_are_the_pipeline_value_types() -> None:
    span = GoldSpan.model_validate(
        {
            "label": "MONEY",
            "start": 0,
            "end": 3,
            "text": "$5m",
            "amount": "5000000",
            "currency": "USD",
        }
    )
    assert span.value == MoneyValue(amount=Decimal(5000000), currency="USD")


@pytest.mark.parametrize(
    ("span", "message"),
    [
        ({"label": "MONEY", "currency": "USD"}, "either an amount or both min and max"),
        ({"label": "MONEY", "amount": "5", "currency": "XYZ"}, "not an ISO 4217 currency code"),
        ({"label": "PERCENT", "value": "5"}, "unit"),
        ({"label": "PERCENT", "min": "6", "max": "5", "unit": "percent"}, "min < max"),
        ({"label": "GPE", "amount": "5"}, "GPE spans take no attributes"),
        ({"label": "NORP"}, "label must be one of"),
    ],
    ids=["money-no-amount", "bad-currency", "percent-no-unit", "range-order", "gpe-attrs", "label"],
)
def test_corpus_bad_attributes_are_reported_with_a_code(
    tmp_path: Path, span: dict[str, str], message: str
) -> None:
    (tmp_path / "articles" / "cn").mkdir(parents=True)
    (tmp_path / "articles" / "cn" / "x.txt").write_text("China's $5m")
    line = {
        "doc_id": "cn/x.txt",
        "group": "cn",
        "spans": [{"start": 0, "end": 3, "text": "Chi"} | span],
    }
    (tmp_path / "annotations.jsonl").write_text(json.dumps(line) + "\n")
    _, problems = load_corpus(tmp_path)
    assert len(problems) == 1 and problems[0].startswith("[E023]")
    assert message in problems[0]


def test_corpus_regression_gate(nlp: Language, corpus_dir: Path) -> None:
    docs, _ = load_corpus(corpus_dir)
    report = evaluate(nlp, docs)
    baseline = json.loads((corpus_dir / "baseline.json").read_text())
    assert baseline, "the baseline must hold floors"
    assert check_baseline(report.flat(), baseline) == []


def test_corpus_baseline_refuses_to_drop(tmp_path: Path) -> None:
    from extractor.errors import ExtractorError
    from extractor.evaluation.scoring import update_baseline

    path = tmp_path / "baseline.json"
    update_baseline(path, {"value.MONEY.f": 0.9})
    with pytest.raises(ExtractorError, match="E021"):
        update_baseline(path, {"value.MONEY.f": 0.8})
    assert update_baseline(path, {"value.MONEY.f": 0.8}, allow_lower=True) == {"value.MONEY.f": 0.8}
