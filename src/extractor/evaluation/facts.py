"""Scoring predicted facts against the gold facts of the corpus (corpus/README.md, Facts).

A predicted fact and a gold fact are paired when their values overlap (one-to-one, largest
overlap first). On a pair each slot is judged:

* ``kind``, ``direction``, ``basis``: equal;
* ``metric``: token F1 >= 0.5 over lower-cased words, without the/a/an/of/'s/its/and;
* ``subject``: equal ignoring case, or one contains the other; null = null;
* ``period``: equal normalized value; null = null.

**Fact F1** counts a pair as a true positive only when kind, metric, subject and period are all
correct; **value attachment** counts every pair.

>>> metric_f1("the added value of the primary industry", "added value")
0.6666666666666666
>>> subject_correct("Sichuan", "Sichuan Province"), subject_correct(None, None)
(True, True)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.scorer import PRFScore

from extractor.evaluation.corpus import GoldFact
from extractor.records import Fact

_WORD = re.compile(r"[a-z0-9]+")
_IGNORED = frozenset({"the", "a", "an", "of", "its", "and"})
SLOTS = ("kind", "direction", "basis", "metric", "subject", "period")
DECISIVE = ("kind", "metric", "subject", "period")
"""The slots that must all be correct for a true positive of fact F1."""


def _words(text: str) -> Counter[str]:
    text = re.sub(r"['\u2019]s\b", " ", text.lower())
    return Counter(w for w in _WORD.findall(text) if w not in _IGNORED)


def metric_f1(gold: str, predicted: str) -> float:
    """Token F1 of two metric phrases over their content words."""
    g, p = _words(gold), _words(predicted)
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def subject_correct(gold: str | None, predicted: str | None) -> bool:
    """Equal ignoring case, or one contains the other; null only matches null."""
    if gold is None or predicted is None:
        return gold is predicted
    g, p = gold.lower(), predicted.lower()
    return g in p or p in g


def slot_judgements(gold: GoldFact, predicted: Fact) -> dict[str, bool]:
    """Whether each slot of ``predicted`` is correct against ``gold``."""
    return {
        "kind": gold.kind == predicted.kind,
        "direction": gold.direction == predicted.direction,
        "basis": gold.basis == predicted.basis,
        "metric": metric_f1(gold.metric.text, predicted.metric.text) >= 0.5,
        "subject": subject_correct(
            gold.subject.text if gold.subject else None,
            predicted.subject.text if predicted.subject else None,
        ),
        "period": (gold.period.value if gold.period else None)
        == (predicted.period.value if predicted.period else None),
    }


def match_facts(gold: Sequence[GoldFact], predicted: Sequence[Fact]) -> list[tuple[GoldFact, Fact]]:
    """One-to-one pairs of facts whose values overlap, largest overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = min(g.value.end, p.value.end) - max(g.value.start, p.value.start)
            if overlap > 0:
                candidates.append((-overlap, g.value.start, i, j))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


@dataclass
class FactScores:
    """Counts behind the fact metrics of one group of documents."""

    attachment: PRFScore = field(default_factory=PRFScore)
    facts: PRFScore = field(default_factory=PRFScore)
    correct: Counter[str] = field(default_factory=Counter)
    pairs: int = 0

    def add(
        self, gold: Sequence[GoldFact], predicted: Sequence[Fact]
    ) -> list[tuple[GoldFact, Fact]]:
        """Count one document; return its pairs."""
        pairs = match_facts(gold, predicted)
        self.attachment.tp += len(pairs)
        self.attachment.fp += len(predicted) - len(pairs)
        self.attachment.fn += len(gold) - len(pairs)
        right = 0
        for g, p in pairs:
            judged = slot_judgements(g, p)
            self.correct.update(slot for slot, ok in judged.items() if ok)
            right += all(judged[slot] for slot in DECISIVE)
        self.pairs += len(pairs)
        self.facts.tp += right
        self.facts.fp += len(predicted) - right
        self.facts.fn += len(gold) - right
        return pairs

    def as_dict(self) -> dict[str, dict[str, float]]:
        """``{"attachment": {p, r, f}, "fact": {p, r, f}, "<slot>": {"acc": ...}}``."""
        out = {
            "attachment": _prf(self.attachment),
            "fact": _prf(self.facts),
        }
        for slot in SLOTS:
            out[slot] = {"acc": self.correct[slot] / self.pairs if self.pairs else 0.0}
        return out


def _prf(score: PRFScore) -> dict[str, float]:
    return {"p": score.precision, "r": score.recall, "f": score.fscore}


def describe_pair(
    gold: GoldFact, predicted: Fact, judged: Callable[..., dict[str, bool]] = slot_judgements
) -> str:
    """The wrong slots of a pair, as "slot: gold -> predicted" parts."""
    wrong = [slot for slot, ok in judged(gold, predicted).items() if not ok]
    shown = {
        "kind": (gold.kind, predicted.kind),
        "direction": (gold.direction, predicted.direction),
        "basis": (gold.basis, predicted.basis),
        "metric": (gold.metric.text, predicted.metric.text),
        "subject": (
            gold.subject.text if gold.subject else None,
            predicted.subject.text if predicted.subject else None,
        ),
        "period": (
            gold.period.value if gold.period else None,
            predicted.period.value if predicted.period else None,
        ),
    }
    return "; ".join(f"{slot}: {shown[slot][0]!r} -> {shown[slot][1]!r}" for slot in wrong)
