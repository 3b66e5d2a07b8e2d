"""The annotated corpus: it must be valid, and the pipeline must not fall below the baseline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from extractor.corpus import GoldArticle, check_spans, load_corpus
from extractor.evaluate import check_baseline, evaluate


def test_corpus_is_valid(corpus_dir: Path) -> None:
    docs, problems = load_corpus(corpus_dir)
    assert problems == []
    groups = {d.gold.group for d in docs}
    assert groups == {"cn", "intl", "hard", "holdout"}
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
                {"label": "MONEY", "start": 9, "end": 12, "text": "$5m", "currency": "USD"},
            ],
        }
    )
    problems = check_spans(gold, "China's $5m")
    assert any("overlaps" in p for p in problems)
    assert any("is '$5m' but the article has '5m'" in p for p in problems)
    assert any("needs either 'amount'" in p for p in problems)


def test_corpus_regression_gate(nlp: Language, corpus_dir: Path) -> None:
    docs, _ = load_corpus(corpus_dir)
    report = evaluate(nlp, docs)
    baseline = json.loads((corpus_dir / "baseline.json").read_text())
    assert baseline, "the baseline must hold floors"
    assert check_baseline(report.flat(), baseline) == []


def test_corpus_baseline_refuses_to_drop(tmp_path: Path) -> None:
    from extractor.errors import ExtractorError
    from extractor.evaluate import update_baseline

    path = tmp_path / "baseline.json"
    update_baseline(path, {"value.MONEY.f": 0.9})
    with pytest.raises(ExtractorError, match="E021"):
        update_baseline(path, {"value.MONEY.f": 0.8})
    assert update_baseline(path, {"value.MONEY.f": 0.8}, allow_lower=True) == {"value.MONEY.f": 0.8}
