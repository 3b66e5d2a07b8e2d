"""Scoring the pipeline against the annotated corpus.

Three modes per label: ``strict`` (same label, same tokens; spaCy's ``Scorer.score_spans`` on
``Example`` objects), ``lenient`` (same label, overlapping characters) and ``value`` (lenient, and
the same normalized value: amount/min/max and currency for MONEY, value/min/max and unit for
PERCENT). Results are broken down per corpus group, and every miss is listed with its context.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.scorer import PRFScore, Scorer
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import filter_spans

from extractor.components import EVALUATED_LABELS, VALUE_TYPES
from extractor.documents import doc_records
from extractor.errors import Errors, ExtractorError
from extractor.evaluation.corpus import CorpusDoc, GoldFact, GoldSpan
from extractor.evaluation.facts import DECISIVE, FactScores, describe_pair, slot_judgements
from extractor.records import AnyMention, Fact, Value

LABELS = EVALUATED_LABELS
VALUE_LABELS = tuple(
    label for label in LABELS if label in VALUE_TYPES and VALUE_TYPES[label].compared
)
"""Labels scored on their normalized values too (the value type names the compared fields)."""
CONTEXT = 60


@dataclass(frozen=True)
class Finding:
    """One error of the pipeline on the corpus."""

    kind: str  # "missed", "spurious", "wrong_value" or (facts) "wrong_slots"
    doc_id: str
    label: str
    text: str
    start: int
    context: str
    expected: str | None = None
    found: str | None = None


@dataclass
class Report:
    """Scores (``scores[group][mode][label]`` -> p/r/f) and the error listing."""

    scores: dict[str, dict[str, dict[str, dict[str, float]]]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def flat(self, group: str = "all") -> dict[str, float]:
        """Metrics as ``"<mode>.<label>.<p|r|f>"`` -> value, the form of ``baseline.json``."""
        return {
            f"{mode}.{label}.{key}": round(value, 4)
            for mode, labels in self.scores.get(group, {}).items()
            for label, prf in labels.items()
            for key, value in prf.items()
        }


def _gold_value(span: GoldSpan) -> tuple[Any, ...]:
    return span.value.key() if span.value is not None else ()


def _pred_value(mention: AnyMention) -> tuple[Any, ...]:
    return mention.key() if isinstance(mention, Value) else ()


def _show(value: tuple[Any, ...]) -> str:
    return " ".join(
        "-" if v is None else (format(v, "f") if isinstance(v, Decimal) else str(v)) for v in value
    )


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start].replace("\n", " ")
    right = text[end : end + CONTEXT].replace("\n", " ")
    return f"...{left}[[{text[start:end]}]]{right}..."


def _match(gold: list[GoldSpan], pred: list[AnyMention]) -> list[tuple[GoldSpan, AnyMention]]:
    """One-to-one pairs of overlapping spans (same label), greedily by largest overlap."""
    pairs = []
    for g in gold:
        for p in pred:
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                pairs.append((overlap, g, p))
    pairs.sort(key=lambda t: (-t[0], t[1].start))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched = []
    for _, g, p in pairs:
        if id(g) in used_gold or id(p) in used_pred:
            continue
        used_gold.add(id(g))
        used_pred.add(id(p))
        matched.append((g, p))
    return matched


def _gold_doc(pred: Doc, spans: Iterable[GoldSpan]) -> Doc:
    gold = Doc(pred.vocab, words=[t.text for t in pred], spaces=[bool(t.whitespace_) for t in pred])
    ents = []
    for s in spans:
        span = gold.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
        if span is not None:
            ents.append(span)
    gold.ents = filter_spans(ents)
    return gold


def evaluate(nlp: Language, docs: list[CorpusDoc]) -> Report:
    """Run ``nlp`` over the corpus and score it."""
    counts: dict[str, dict[str, dict[str, PRFScore]]] = {}
    examples: dict[str, list[Example]] = {}
    report = Report()
    facts: dict[str, FactScores] = {}
    texts = [d.text for d in docs]
    for corpus_doc, doc in zip(docs, nlp.pipe(texts), strict=True):
        gold_article = corpus_doc.gold
        records = doc_records(doc, gold_article.doc_id)
        for group in ("all", gold_article.group):
            pairs = facts.setdefault(group, FactScores()).add(gold_article.facts, records.facts)
        report.findings.extend(_fact_findings(corpus_doc, records.facts, pairs))
        mentions = [m for m in records.mentions if m.label in LABELS]
        for group in ("all", gold_article.group):
            examples.setdefault(group, []).append(Example(doc, _gold_doc(doc, gold_article.spans)))
        for label in LABELS:
            gold = [s for s in gold_article.spans if s.label == label]
            pred = [m for m in mentions if m.label == label]
            matched = _match(gold, pred)
            same_value = [
                (g, p)
                for g, p in matched
                if label in VALUE_LABELS and _gold_value(g) == _pred_value(p)
            ]
            for group in ("all", gold_article.group):
                modes = counts.setdefault(group, {})
                lenient = modes.setdefault("lenient", {}).setdefault(label, PRFScore())
                lenient.tp += len(matched)
                lenient.fp += len(pred) - len(matched)
                lenient.fn += len(gold) - len(matched)
                if label in VALUE_LABELS:
                    value = modes.setdefault("value", {}).setdefault(label, PRFScore())
                    value.tp += len(same_value)
                    value.fp += len(pred) - len(same_value)
                    value.fn += len(gold) - len(same_value)
            report.findings.extend(_findings(corpus_doc, label, gold, pred, matched))
    for group, modes in counts.items():
        scores = report.scores.setdefault(group, {})
        for mode, labels in modes.items():
            scores[mode] = {
                lab: {"p": s.precision, "r": s.recall, "f": s.fscore} for lab, s in labels.items()
            }
        strict = Scorer.score_spans(examples[group], "ents")["ents_per_type"] or {}
        scores["strict"] = {lab: dict(strict[lab]) for lab in LABELS if lab in strict}
        scores["facts"] = facts[group].as_dict()
    return report


def _fact_findings(
    corpus_doc: CorpusDoc, predicted: list[Fact], pairs: list[tuple[GoldFact, Fact]]
) -> list[Finding]:
    """Missed and spurious facts, and paired facts with a wrong decisive slot."""
    text, doc_id = corpus_doc.text, corpus_doc.gold.doc_id
    paired_gold = {id(g) for g, _ in pairs}
    paired_pred = {id(p) for _, p in pairs}
    out = [
        Finding("missed", doc_id, "FACT", g.value.text, g.value.start,
                _context(text, g.value.start, g.value.end))
        for g in corpus_doc.gold.facts
        if id(g) not in paired_gold
    ]  # fmt: skip
    out += [
        Finding("spurious", doc_id, "FACT", p.value.text, p.value.start,
                _context(text, p.value.start, p.value.end))
        for p in predicted
        if id(p) not in paired_pred
    ]  # fmt: skip
    for g, p in pairs:
        judged = slot_judgements(g, p)
        if not all(judged[slot] for slot in DECISIVE):
            out.append(
                Finding("wrong_slots", doc_id, "FACT", p.value.text, p.value.start,
                        _context(text, p.value.start, p.value.end), found=describe_pair(g, p))
            )  # fmt: skip
    return out


def _findings(
    corpus_doc: CorpusDoc,
    label: str,
    gold: list[GoldSpan],
    pred: list[AnyMention],
    matched: list[tuple[GoldSpan, AnyMention]],
) -> list[Finding]:
    text, doc_id = corpus_doc.text, corpus_doc.gold.doc_id
    matched_gold = {id(g) for g, _ in matched}
    matched_pred = {id(p) for _, p in matched}
    findings = [
        Finding("missed", doc_id, label, g.text, g.start, _context(text, g.start, g.end))
        for g in gold
        if id(g) not in matched_gold
    ]
    findings += [
        Finding("spurious", doc_id, label, p.text, p.start, _context(text, p.start, p.end))
        for p in pred
        if id(p) not in matched_pred
    ]
    if label in VALUE_LABELS:
        for g, p in matched:
            if _gold_value(g) != _pred_value(p):
                findings.append(
                    Finding(
                        "wrong_value", doc_id, label, p.text, p.start, _context(text, p.start, p.end),
                        expected=_show(_gold_value(g)), found=_show(_pred_value(p)),
                    )
                )  # fmt: skip
    return findings


def check_baseline(metrics: Mapping[str, float], baseline: Mapping[str, float]) -> list[str]:
    """Metrics that fell below their floor, as readable lines (empty when the gate passes)."""
    return [
        f"{name}: {metrics.get(name, 0.0):.4f} < baseline {floor:.4f}"
        for name, floor in sorted(baseline.items())
        if metrics.get(name, 0.0) + 1e-9 < floor
    ]


def update_baseline(
    path: Path, metrics: Mapping[str, float], *, allow_lower: bool = False
) -> dict[str, float]:
    """Write ``metrics`` as the new floor; refuse to lower any floor unless ``allow_lower``."""
    old: dict[str, float] = json.loads(path.read_text()) if path.exists() else {}
    if not allow_lower:
        for name, floor in old.items():
            if metrics.get(name, 0.0) + 1e-9 < floor:
                raise ExtractorError(
                    Errors.E021.format(metric=name, old=floor, new=metrics.get(name, 0.0))
                )
    new = {name: metrics[name] for name in sorted(metrics) if name.endswith((".f", ".acc"))}
    path.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n")
    return new
