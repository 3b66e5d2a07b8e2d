from decimal import Decimal

import pytest

import extractor
from benchmarks.accuracy import score
from benchmarks.data import corpus_docs
from benchmarks.peers import CORPUS_LABELS
from extractor.evaluation.corpus import CorpusDoc, GoldArticle, GoldSpan
from extractor.evaluation.scoring import evaluate
from extractor.records import AnyMention, MoneyMention, Provenance

TEXT = "Revenue hit $5 million, then about $6 million."


def _money(start: int, end: int, amount: str) -> MoneyMention:
    return MoneyMention(
        doc_id="x.txt", id="m1", text=TEXT[start:end], start=start, end=end, sentence_start=0,
        sentence_end=len(TEXT), source=Provenance(component="test", pattern=None),
        amount=Decimal(amount), currency="USD",
    )  # fmt: skip


def test_accuracy_score_counts_lenient_exact_and_value() -> None:
    gold = GoldArticle(
        doc_id="cn/x.txt",
        group="cn",
        spans=[
            GoldSpan(label="MONEY", start=12, end=22, text="$5 million", amount=Decimal("5000000"), currency="USD"),
            GoldSpan(label="MONEY", start=29, end=45, text="about $6 million", amount=Decimal("6000000"), currency="USD", qualifier="approximately"),
        ],
    )  # fmt: skip
    predicted: list[AnyMention] = [_money(12, 22, "5000000"), _money(35, 45, "6")]
    scores = score([CorpusDoc(gold, TEXT)], lambda doc_id, text: predicted, ["MONEY"])
    assert scores.f("lenient", "MONEY") == 1.0
    assert scores.f("exact", "MONEY") == 0.5
    assert scores.f("value", "MONEY") == 0.5
    assert scores.f("lenient", "DATE") is None


@pytest.mark.filterwarnings("ignore")
def test_accuracy_score_reproduces_extractor_evaluate_on_the_corpus() -> None:
    docs, _ = corpus_docs()
    nlp = extractor.load()
    ours = score(
        docs,
        lambda doc_id, text: list(extractor.extract(text, doc_id, nlp=nlp).mentions),
        CORPUS_LABELS,
    )
    theirs = evaluate(nlp, docs).scores["all"]
    for mode in ("lenient", "value"):
        for label, prf in theirs[mode].items():
            assert ours.f(mode, label) == pytest.approx(prf["f"]), (mode, label)
