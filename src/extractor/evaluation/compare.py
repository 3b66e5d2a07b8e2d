"""Gold and prediction of each corpus article side by side, for reviewing the evaluation.

:func:`compare` gives, per article, its gold annotation, the records the pipeline extracts from
it (made exactly as :func:`~extractor.evaluation.scoring.evaluate` makes the ones it scores),
the report's findings about it and its pairs of gold and predicted facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.language import Language

from extractor.documents import doc_records
from extractor.evaluation.corpus import CorpusDoc, GoldFact
from extractor.evaluation.facts import match_facts
from extractor.evaluation.scoring import Finding, Report
from extractor.records import DocumentRecords, Fact


@dataclass(frozen=True)
class Comparison:
    """One corpus article: gold, prediction, and what the evaluation found wrong."""

    doc: CorpusDoc
    predicted: DocumentRecords
    findings: list[Finding]
    fact_pairs: list[tuple[GoldFact, Fact]]


def compare(nlp: Language, docs: list[CorpusDoc], report: Report) -> list[Comparison]:
    """Each article of ``docs`` with the records ``nlp`` extracts and ``report``'s findings.

    ``report`` is the result of ``evaluate(nlp, docs)``; the pipeline runs once more here, on
    the same texts and in the same way, so the records are the ones that were scored.
    """
    findings: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        findings[finding.doc_id].append(finding)
    out = []
    for corpus_doc, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        doc_id = corpus_doc.gold.doc_id
        predicted = doc_records(doc, doc_id)
        pairs = match_facts(corpus_doc.gold.facts, predicted.facts)
        out.append(Comparison(corpus_doc, predicted, findings.get(doc_id, []), pairs))
    return out
