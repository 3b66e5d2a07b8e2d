"""Gold beside prediction per article: the records are the ones the evaluation scored."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

import extractor
from extractor.evaluation import scoring
from extractor.evaluation.compare import compare
from extractor.evaluation.corpus import load_corpus
from extractor.evaluation.facts import match_facts


def test_compare_gives_the_scored_records_and_findings(nlp: Language, small_corpus: Path) -> None:
    docs, problems = load_corpus(small_corpus)
    assert problems == []
    report = scoring.evaluate(nlp, docs)
    comparisons = compare(nlp, docs, report)
    assert [c.doc.gold.doc_id for c in comparisons] == [d.gold.doc_id for d in docs]
    checked = 0
    for comparison in comparisons:
        doc_id = comparison.doc.gold.doc_id
        assert comparison.findings == [f for f in report.findings if f.doc_id == doc_id]
        assert comparison.predicted == extractor.extract(comparison.doc.text, doc_id, nlp=nlp)
        assert comparison.fact_pairs == match_facts(
            comparison.doc.gold.facts, comparison.predicted.facts
        )
        # every spurious or wrong-valued mention found is one of the records
        places = {(m.label, m.start, m.text) for m in comparison.predicted.mentions}
        for finding in comparison.findings:
            if finding.kind in ("spurious", "wrong_value"):
                assert (finding.label, finding.start, finding.text) in places
                checked += 1
    assert sum(len(c.findings) for c in comparisons) == len(report.findings)
    assert checked > 0
