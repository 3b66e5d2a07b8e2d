"""The evaluation report's text forms carry the fact scores next to the mention scores."""

from __future__ import annotations

from extractor.evaluation.report import render_report
from extractor.evaluation.scoring import Report

FACTS = {
    "attachment": {"p": 1.0, "r": 0.5, "f": 2 / 3},
    "fact": {"p": 0.25, "r": 0.125, "f": 1 / 6},
    "kind": {"acc": 0.9},
    "direction": {"acc": 0.8},
    "basis": {"acc": 1.0},
    "metric": {"acc": 0.7},
    "subject": {"acc": 0.6},
    "period": {"acc": 0.5},
}
REPORT = Report(
    scores={"all": {"value": {"MONEY": {"p": 1.0, "r": 1.0, "f": 1.0}}, "facts": FACTS}}
)


def test_report_markdown_has_a_facts_table() -> None:
    lines = render_report(REPORT, "markdown").splitlines()
    assert lines[2] == "| all | value | MONEY | 1.000 | 1.000 | 1.000 |"
    assert lines[4].startswith("| group | attach P | attach R | attach F1 | fact P | fact R |")
    assert lines[6] == (
        "| all | 1.000 | 0.500 | 0.667 | 0.250 | 0.125 | 0.167 | 0.900 | 0.800 | 1.000 | 0.700 "
        "| 0.600 | 0.500 |"
    )


def test_report_table_has_a_facts_table() -> None:
    lines = render_report(REPORT, "table").splitlines()
    assert lines[-1].split() == [
        "all", "1.000", "0.500", "0.667", "0.250", "0.125", "0.167", "0.900", "0.800", "1.000",
        "0.700", "0.600", "0.500",
    ]  # fmt: skip


def test_report_without_fact_scores_has_no_facts_table() -> None:
    report = Report(scores={"all": {"value": {"MONEY": {"p": 1.0, "r": 1.0, "f": 1.0}}}})
    assert len(render_report(report, "markdown").splitlines()) == 3
