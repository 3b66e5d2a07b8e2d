"""Accuracy side by side: every system scored on the corpus with ``extractor evaluate``'s logic.

The span matching (one-to-one, same label, greedily by largest character overlap) and the value
comparison (amount/min/max/currency for MONEY, value/min/max/unit for PERCENT) are those of
:mod:`extractor.evaluation.scoring`, imported rather than copied so the two can never drift apart. Besides
``lenient`` and ``value`` (the modes of ``extractor evaluate``) this adds ``exact``: a matched
pair whose character offsets are equal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.scorer import PRFScore

from extractor.evaluation.corpus import CorpusDoc
from extractor.evaluation.scoring import _gold_value, _match, _pred_value
from extractor.records import AnyMention

Predict = Callable[[str, str], list[AnyMention]]
MODES = ("lenient", "exact", "value")


@dataclass
class Scores:
    """``counts[mode][label]`` over the whole corpus, for the labels a system predicts."""

    labels: tuple[str, ...]
    counts: dict[str, dict[str, PRFScore]] = field(default_factory=dict)

    def f(self, mode: str, label: str) -> float | None:
        """F1 of ``label`` in ``mode``, or None when the system does not predict ``label``."""
        score = self.counts.get(mode, {}).get(label)
        return None if score is None else score.fscore

    def prf(self, mode: str, label: str) -> tuple[float, float, float] | None:
        score = self.counts.get(mode, {}).get(label)
        return None if score is None else (score.precision, score.recall, score.fscore)


def _add(score: PRFScore, correct: int, predicted: int, gold: int) -> None:
    score.tp += correct
    score.fp += predicted - correct
    score.fn += gold - correct


def score(
    docs: Sequence[CorpusDoc],
    predict: Predict,
    labels: Sequence[str],
    value_labels: Sequence[str] = ("MONEY", "PERCENT"),
) -> Scores:
    """Score ``predict(doc_id, text)`` on ``docs`` for ``labels`` (values for ``value_labels``)."""
    scores = Scores(tuple(labels))
    for doc in docs:
        mentions = predict(doc.gold.doc_id, doc.text)
        for label in labels:
            gold = [s for s in doc.gold.spans if s.label == label]
            pred = [m for m in mentions if m.label == label]
            matched = _match(gold, pred)
            counts = scores.counts
            _add(
                counts.setdefault("lenient", {}).setdefault(label, PRFScore()),
                len(matched),
                len(pred),
                len(gold),
            )
            exact = sum(1 for g, p in matched if (g.start, g.end) == (p.start, p.end))
            _add(
                counts.setdefault("exact", {}).setdefault(label, PRFScore()),
                exact,
                len(pred),
                len(gold),
            )
            if label in value_labels:
                same = sum(1 for g, p in matched if _gold_value(g) == _pred_value(p))
                _add(
                    counts.setdefault("value", {}).setdefault(label, PRFScore()),
                    same,
                    len(pred),
                    len(gold),
                )
    return scores
