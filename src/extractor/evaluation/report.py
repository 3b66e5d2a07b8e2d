"""Rendering an evaluation report as a table, markdown or JSON."""

from __future__ import annotations

import dataclasses
import json

from extractor.evaluation.scoring import LABELS, Report

MODES = ("value", "lenient", "strict")
SLOTS = ("kind", "direction", "basis", "metric", "subject", "period")


def render_report(report: Report, fmt: str, show_errors: bool = False) -> str:
    """The report in ``fmt`` ("table", "markdown" or "json")."""
    if fmt == "json":
        payload: dict[str, object] = {"scores": report.scores}
        if show_errors:
            payload["errors"] = [dataclasses.asdict(f) for f in report.findings]
        return json.dumps(payload, indent=2, sort_keys=True)
    rows = []
    for group in _groups(report):
        for mode in MODES:
            for label in LABELS:
                prf = report.scores[group].get(mode, {}).get(label)
                if prf:
                    rows.append((group, mode, label, prf["p"], prf["r"], prf["f"]))
    if fmt == "markdown":
        lines = ["| group | mode | label | P | R | F1 |", "|---|---|---|---:|---:|---:|"]
        lines += [
            f"| {g} | {m} | {lab} | {p:.3f} | {r:.3f} | {f:.3f} |" for g, m, lab, p, r, f in rows
        ]
    else:
        lines = [f"{'group':<6} {'mode':<8} {'label':<8} {'P':>6} {'R':>6} {'F1':>6}"]
        lines += [
            f"{g:<6} {m:<8} {lab:<8} {p:6.3f} {r:6.3f} {f:6.3f}" for g, m, lab, p, r, f in rows
        ]
    lines += _facts_table(report, fmt)
    if show_errors:
        lines.append("")
        for finding in report.findings:
            detail = (
                f" expected {finding.expected} found {finding.found}"
                if finding.kind == "wrong_value"
                else ""
            )
            lines.append(
                f"{finding.kind:<11} {finding.label:<7} {finding.doc_id}:{finding.start} {finding.text!r}{detail}"
            )
            lines.append(f"            {finding.context}")
    return "\n".join(lines)


def _groups(report: Report) -> list[str]:
    """The groups of a report in the order its tables show them: "all" first."""
    return sorted(report.scores, key=lambda g: (g != "all", g))


def _facts_table(report: Report, fmt: str) -> list[str]:
    """Per group: value attachment and fact P/R/F1, then each slot's accuracy on matched pairs."""
    rows = [
        (g, report.scores[g]["facts"]) for g in _groups(report) if report.scores[g].get("facts")
    ]
    if not rows:
        return []
    heads = ["attach P", "attach R", "attach F1", "fact P", "fact R", "fact F1", *SLOTS]

    def cells(facts: dict[str, dict[str, float]]) -> list[float]:
        prf = [facts[part][key] for part in ("attachment", "fact") for key in ("p", "r", "f")]
        return prf + [facts[slot]["acc"] for slot in SLOTS]

    if fmt == "markdown":
        out = ["", "| group | " + " | ".join(heads) + " |", "|---|" + "---:|" * len(heads)]
        out += [f"| {g} | " + " | ".join(f"{x:.3f}" for x in cells(f)) + " |" for g, f in rows]
        return out
    out = ["", f"{'group':<8} " + " ".join(f"{h:>9}" for h in heads)]
    out += [f"{g:<8} " + " ".join(f"{x:9.3f}" for x in cells(f)) for g, f in rows]
    return out
