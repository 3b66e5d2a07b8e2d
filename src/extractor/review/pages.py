"""The pages of a review site: what each shows, built from records, and rendered from templates.

Templates (``templates/*.html``) are rendered by Jinja2 with autoescaping, so every string from
an article (text, title, doc_id, metric, ...) is escaped; the only markup not escaped there is
the text with its marks, which :func:`~extractor.review.marks.render_marks` escapes itself.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from typing import Any

from jinja2 import Environment, FunctionLoader, StrictUndefined

import extractor
from extractor.components import MODEL_LABELS, STAGES, VALUE_TYPES
from extractor.evaluation.compare import Comparison
from extractor.evaluation.corpus import GoldFact, GoldSpan
from extractor.evaluation.facts import DECISIVE, slot_judgements
from extractor.evaluation.scoring import VALUE_LABELS, Finding
from extractor.records import AnyMention, DocumentRecords, Fact
from extractor.review.marks import Mark, render_marks

LABELS = tuple(
    dict.fromkeys([*(label for s in STAGES for label in s.labels), *sorted(MODEL_LABELS)])
)
"""Mention labels in the order the pages list them."""
STATUSES = {
    "missed": "in the gold annotation, not found",
    "spurious": "found, not in the gold annotation",
    "wrong": "found with another value (facts: another kind, metric, subject or period)",
}
_KIND_WORDS = {"wrong_value": "wrong value", "wrong_slots": "wrong slots"}


def label_color(label: str) -> str:
    """The CSS colour of a label's marks (custom properties of review.css)."""
    return f"var(--label-{label}, var(--label-default))"


def status_color(status: str) -> str:
    """The CSS colour of an evaluation status ("missed", "spurious", "wrong", "correct")."""
    return f"var(--status-{status})"


@functools.cache
def environment() -> Environment:
    """The Jinja2 environment of the package's templates, autoescaping everything."""
    folder = resources.files("extractor.review") / "templates"

    def load(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8")

    return Environment(
        loader=FunctionLoader(load),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def render(template: str, **context: Any) -> str:
    """A page from ``template`` with the context every page has (version, site title)."""
    context.setdefault("site_title", "extractor review")
    return environment().get_template(template).render(version=extractor.__version__, **context)


# -- values and tooltips ------------------------------------------------------------------------


def show(value: object) -> str:
    """A normalized value as the records write it: decimals in full, lists joined.

    >>> show(Decimal("1.5E+11")), show(["CNY", "JPY"]), show(None)
    ('150000000000', 'CNY/JPY', '-')
    """
    if value is None:
        return "-"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list):
        return "/".join(show(v) for v in value)
    return str(value)


def value_parts(record: object, label: str) -> list[str]:
    """The normalized fields of a mention (or gold value) that are set, as "name value".

    Fields left at their default ("direction none", no candidates) are not shown.
    """
    value_type = VALUE_TYPES.get(label)
    if value_type is None or record is None:
        return []
    parts = []
    for name, info in value_type.model_fields.items():
        value = getattr(record, name, None)
        if value is None or value == [] or (not info.is_required() and value == info.default):
            continue
        parts.append(f"{name} {show(value)}")
    return parts


def mention_tip(mention: AnyMention, facts: Sequence[Fact] = ()) -> str:
    """What hovering a mention shows: id, label, text, normalized value, rule, facts."""
    lines = [f"{mention.id} {mention.label} “{mention.text}”"]
    value = value_parts(mention, mention.label)
    if value:
        lines.append(" · ".join(value))
    converts = getattr(mention, "equivalent_of", None)
    if converts:
        lines.append(f"converts {converts}")
    rule = mention.source.pattern or "statistical model"
    lines.append(f"rule {rule} ({mention.source.component})")
    lines += [f"{fact.id}: {fact.kind} of “{fact.metric.text}”" for fact in facts]
    return "\n".join(lines)


def mention_marks(
    mentions: Iterable[AnyMention],
    facts: Sequence[Fact] = (),
    statuses: Mapping[str, tuple[str, str]] | None = None,
) -> list[Mark]:
    """A mark per mention; ``statuses`` maps a mention id to its status and a line about it."""
    of_value: dict[str, list[Fact]] = {}
    for fact in facts:
        of_value.setdefault(fact.value.id, []).append(fact)
    marks = []
    for mention in mentions:
        tip = mention_tip(mention, of_value.get(mention.id, ()))
        status, note = (statuses or {}).get(mention.id, ("", ""))
        marks.append(
            Mark(
                mention.start, mention.end, mention.label, mention.id,
                status_color(status) if status else label_color(mention.label),
                f"{tip}\n{note}" if note else tip,
                status,
                f"{mention.label} · {status}" if status else "",
            )
        )  # fmt: skip
    return marks


# -- facts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One slot of a fact in a table: its text, the mark it links to, the gold value if wrong."""

    text: str
    href: str = ""
    expected: str | None = None


@dataclass(frozen=True)
class FactRow:
    """A row of a facts table; ``marks`` are the ids of the marks the row shows when picked."""

    key: str
    id: str
    value: Cell
    kind: Cell
    metric: Cell
    subject: Cell
    period: Cell
    rule: str
    marks: str
    status: str = ""


def kind_text(kind: str, direction: str, basis: str | None) -> str:
    """ "change · increase · year_on_year", "level"."""
    return " · ".join(part for part in (kind, direction, basis) if part and part != "none")


def _href(key: str | None) -> str:
    return f"#{key}" if key else ""


def fact_row(fact: Fact, key: str = "", status: str = "", gold: GoldFact | None = None) -> FactRow:
    """A predicted fact as a row; with ``gold``, the wrong slots show the gold value too."""
    wrong = {slot for slot, ok in slot_judgements(gold, fact).items() if not ok} if gold else set()
    value = fact.value
    normalized = " · ".join(value_parts(value, value.label))
    subject = fact.subject
    period = fact.period
    gold_subject = gold.subject.text if gold and gold.subject else "-"
    gold_period = gold.period.value if gold and gold.period else "-"
    gold_kind = kind_text(gold.kind, gold.direction, gold.basis) if gold else ""
    marks = [value.id] + [ref.id for ref in (subject, period) if ref is not None and ref.id]
    return FactRow(
        key=key or fact.id,
        id=fact.id,
        value=Cell(f"{value.text} ({normalized})", _href(value.id)),
        kind=Cell(
            kind_text(fact.kind, fact.direction, fact.basis),
            expected=gold_kind if wrong & {"kind", "direction", "basis"} else None,
        ),
        metric=Cell(
            fact.metric.text, expected=gold.metric.text if gold and "metric" in wrong else None
        ),
        subject=Cell(
            f"{subject.text} ({subject.label})" if subject else "-",
            _href(subject.id if subject else None),
            gold_subject if "subject" in wrong else None,
        ),
        period=Cell(
            period.value if period else "-",
            _href(period.id if period else None),
            gold_period if "period" in wrong else None,
        ),
        rule=fact.source.pattern or "",
        marks=" ".join(marks),
        status=status,
    )


def gold_fact_row(fact: GoldFact, key: str, gold_keys: Mapping[tuple[int, int], str]) -> FactRow:
    """A gold fact (missed by the pipeline) as a row, linked to the gold marks."""
    value_key = gold_keys.get((fact.value.start, fact.value.end))
    subject = fact.subject
    subject_key = (
        gold_keys.get((subject.start, subject.end))
        if subject and subject.start is not None and subject.end is not None
        else None
    )
    return FactRow(
        key=key,
        id="gold",
        value=Cell(fact.value.text, _href(value_key)),
        kind=Cell(kind_text(fact.kind, fact.direction, fact.basis)),
        metric=Cell(fact.metric.text),
        subject=Cell(f"{subject.text} ({subject.label})" if subject else "-", _href(subject_key)),
        period=Cell(fact.period.value if fact.period else "-"),
        rule=fact.note or "",
        marks=" ".join(k for k in (value_key, subject_key) if k),
        status="missed",
    )


# -- document pages -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LegendItem:
    """A colour of the page and what it means."""

    name: str
    color: str
    count: int | None = None


def label_order(label: str) -> tuple[int, str]:
    """Sort key of labels: :data:`LABELS` order, then others alphabetically."""
    return (LABELS.index(label) if label in LABELS else len(LABELS), label)


def label_legend(labels: Iterable[str]) -> list[LegendItem]:
    """One legend item per label, with its count, in :data:`LABELS` order."""
    counts = Counter(labels)
    ordered = sorted(counts, key=label_order)
    return [LegendItem(label, label_color(label), counts[label]) for label in ordered]


def safe_url(url: str | None) -> str:
    """``url`` if it is a web address that is safe to link to, else "" (it is shown as text).

    >>> safe_url("https://example.com/a"), safe_url("javascript:alert(1)")
    ('https://example.com/a', '')
    """
    return url if url and url.lower().startswith(("https://", "http://")) else ""


def document_page(records: DocumentRecords, text: str, *, root: str = "../") -> str:
    """The page of one document: its text with a mark per mention, then its facts."""
    article = records.article
    meta = [("document", article.doc_id)]
    meta += [(name, value) for name in ("date", "source") if (value := getattr(article, name))]
    if article.url and not safe_url(article.url):
        meta.append(("url", article.url))
    meta.append(
        (
            "extracted",
            f"{len(records.mentions)} mentions, {len(records.facts)} facts, {article.chars:,} characters",
        )
    )
    marks = mention_marks(records.mentions, records.facts)
    return render(
        "document.html",
        page="document",
        root=root,
        title=article.title or article.doc_id,
        meta=meta,
        url=safe_url(article.url),
        labels=label_legend(m.label for m in records.mentions),
        warnings=records.warnings,
        text=render_marks(text, marks),
        facts=[fact_row(fact) for fact in records.facts],
    )


@dataclass(frozen=True)
class ErrorRow:
    """A mention error of the evaluation, linked to its mark."""

    kind: str
    status: str
    label: str
    text: Cell
    expected: str
    found: str


def _finding_status(finding: Finding) -> str:
    return "wrong" if finding.kind.startswith("wrong") else finding.kind


def gold_marks(
    spans: Sequence[GoldSpan], missed: set[tuple[str, int, str]], wrong: Sequence[AnyMention]
) -> tuple[list[Mark], dict[tuple[int, int], str]]:
    """A mark per gold span ("g1", ...) and the keys of the spans by offsets.

    A span is "missed" when the report says so, "wrong" when it overlaps a prediction of the
    same label whose value is wrong.
    """
    marks = []
    keys: dict[tuple[int, int], str] = {}
    for i, span in enumerate(spans, start=1):
        keys.setdefault((span.start, span.end), f"g{i}")
        status = ""
        if (span.label, span.start, span.text) in missed:
            status = "missed"
        elif any(
            m.label == span.label and m.start < span.end and span.start < m.end for m in wrong
        ):
            status = "wrong"
        lines = [f"gold {span.label} “{span.text}”"]
        value = value_parts(span.value, span.label)
        if value:
            lines.append(" · ".join(value))
        if status:
            lines.append(STATUSES[status])
        marks.append(
            Mark(
                span.start, span.end, span.label, f"g{i}",
                status_color(status) if status else label_color(span.label),
                "\n".join(lines), status, f"{span.label} · {status}" if status else "",
            )
        )  # fmt: skip
    return marks, keys


def comparison_page(comparison: Comparison, *, root: str = "../") -> str:
    """Gold and prediction of one corpus article side by side, errors coloured by kind."""
    gold, text = comparison.doc.gold, comparison.doc.text
    predicted = comparison.predicted
    findings = [f for f in comparison.findings if f.label != "FACT"]
    by_place: dict[tuple[str, int, str], AnyMention] = {
        (m.label, m.start, m.text): m for m in predicted.mentions
    }
    statuses: dict[str, tuple[str, str]] = {}
    wrong = []
    for finding in findings:
        mention = by_place.get((finding.label, finding.start, finding.text))
        if mention is None:
            continue
        status = _finding_status(finding)
        note = STATUSES[status]
        if finding.kind == "wrong_value":
            note = f"wrong value: gold {finding.expected}, found {finding.found}"
            wrong.append(mention)
        statuses[mention.id] = (status, note)
    missed = {(f.label, f.start, f.text) for f in findings if f.kind == "missed"}
    marks, gold_keys = gold_marks(gold.spans, missed, wrong)
    label_keys = {(s.label, s.start, s.text): f"g{i}" for i, s in enumerate(gold.spans, start=1)}
    errors = [
        ErrorRow(
            _KIND_WORDS.get(f.kind, f.kind),
            _finding_status(f),
            f.label,
            Cell(
                f.text,
                _href(
                    label_keys.get((f.label, f.start, f.text))
                    if f.kind == "missed"
                    else getattr(by_place.get((f.label, f.start, f.text)), "id", None)
                ),
            ),
            f.expected or "",
            f.found or "",
        )
        for f in findings
    ]
    rows = _fact_rows(comparison, gold_keys)
    counts = Counter(_finding_status(f) for f in comparison.findings)
    meta = [
        ("document", gold.doc_id),
        ("group", gold.group),
        ("gold", f"{len(gold.spans)} spans, {len(gold.facts)} facts"),
        ("predicted", f"{len(predicted.mentions)} mentions, {len(predicted.facts)} facts"),
        ("errors", ", ".join(f"{counts[s]} {s}" for s in STATUSES) + " (mentions and facts)"),
    ]
    legend = [LegendItem(s, status_color(s), counts[s]) for s in STATUSES]
    legend.append(LegendItem("correct (label colour)", label_color("default")))
    return render(
        "comparison.html",
        page="comparison",
        root=root,
        title=predicted.article.title or gold.doc_id,
        meta=meta,
        statuses=legend,
        gold=render_marks(text, marks),
        predicted=render_marks(text, mention_marks(predicted.mentions, predicted.facts, statuses)),
        facts=rows,
        errors=errors,
    )


def _fact_rows(comparison: Comparison, gold_keys: Mapping[tuple[int, int], str]) -> list[FactRow]:
    """Paired facts (wrong when a decisive slot is), missed gold facts and spurious ones,
    in text order."""
    pairs = {id(p): g for g, p in comparison.fact_pairs}
    paired_gold = {id(g) for g, _ in comparison.fact_pairs}
    rows: list[tuple[int, FactRow]] = []
    for fact in comparison.predicted.facts:
        gold = pairs.get(id(fact))
        if gold is None:
            status = "spurious"
        else:
            judged = slot_judgements(gold, fact)
            status = "" if all(judged[slot] for slot in DECISIVE) else "wrong"
        rows.append((fact.value.start, fact_row(fact, status=status, gold=gold)))
    missing = [g for g in comparison.doc.gold.facts if id(g) not in paired_gold]
    for i, gold_fact in enumerate(missing, start=1):
        rows.append((gold_fact.value.start, gold_fact_row(gold_fact, f"gf{i}", gold_keys)))
    return [row for _, row in sorted(rows, key=lambda pair: pair[0])]


# -- index --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A column of a sortable table: its title and whether it sorts as numbers or text."""

    title: str
    type: str = "number"


@dataclass(frozen=True)
class IndexCell:
    """A cell of the documents table: shown text, sort key, tooltip and class."""

    text: str
    sort: str | float
    title: str = ""
    cls: str = ""


def count_cell(count: int, title: str = "") -> IndexCell:
    """A count, empty when zero (so that the numbers that matter stand out)."""
    return IndexCell(str(count) if count else "", count, title)


@dataclass(frozen=True)
class IndexRow:
    """One document of the index; ``href`` is empty for a document without a page."""

    doc_id: str
    title: str
    href: str
    cells: list[IndexCell]
    failed: bool = False
    search: str = field(default="")


@dataclass(frozen=True)
class Scores:
    """The score table of an evaluation: a row per corpus group."""

    columns: list[Column]
    rows: list[list[IndexCell]]
    value_labels: str


def score_table(scores: Mapping[str, Mapping[str, Mapping[str, Mapping[str, float]]]]) -> Scores:
    """F1 per group and label (value mode where values are scored), and the fact metrics."""
    labels = [
        label for label in LABELS if any(label in s.get("lenient", {}) for s in scores.values())
    ]
    columns = [Column("group", "text")]
    columns += [Column(f"{label} (value)" if label in VALUE_LABELS else label) for label in labels]
    columns += [Column("fact attachment"), Column("fact")]
    rows = []
    for group in sorted(scores, key=lambda g: (g != "all", g)):
        modes = scores[group]
        row = [IndexCell(group, group)]
        for label in labels:
            prf = modes.get("value" if label in VALUE_LABELS else "lenient", {}).get(label)
            row.append(_score_cell(prf))
        facts = modes.get("facts", {})
        row += [_score_cell(facts.get("attachment")), _score_cell(facts.get("fact"))]
        rows.append(row)
    return Scores(columns, rows, ", ".join(VALUE_LABELS))


def _score_cell(prf: Mapping[str, float] | None) -> IndexCell:
    if not prf:
        return IndexCell("", -1)
    return IndexCell(f"{prf['f']:.3f}", round(prf["f"], 4), f"P {prf['p']:.3f} · R {prf['r']:.3f}")


def index_page(
    title: str,
    summary: Sequence[tuple[str, str]],
    columns: Sequence[Column],
    rows: Sequence[IndexRow],
    scores: Scores | None = None,
) -> str:
    """The index: the summary, the scores if any, and the sortable, filterable documents."""
    return render(
        "index.html",
        page="index",
        root="",
        title=title,
        summary=summary,
        columns=[Column("document", "text"), *columns],
        rows=rows,
        scores=scores,
    )


def comparison_cells(comparison: Comparison) -> list[IndexCell]:
    """The evaluation index's cells of one article: group, sizes and errors by kind."""
    counts = Counter((f.label == "FACT", _finding_status(f)) for f in comparison.findings)
    gold, predicted = comparison.doc.gold, comparison.predicted
    mention_errors = sum(n for (fact, _), n in counts.items() if not fact)
    fact_errors = sum(n for (fact, _), n in counts.items() if fact)
    return [
        IndexCell(gold.group, gold.group),
        count_cell(len(gold.spans)),
        count_cell(len(predicted.mentions)),
        count_cell(counts[(False, "missed")]),
        count_cell(counts[(False, "spurious")]),
        count_cell(counts[(False, "wrong")]),
        count_cell(len(gold.facts)),
        count_cell(len(predicted.facts)),
        count_cell(fact_errors, "facts missed, spurious or with a wrong slot"),
        count_cell(mention_errors + fact_errors),
    ]


COMPARISON_COLUMNS = [
    Column("group", "text"),
    Column("gold spans"),
    Column("predicted"),
    Column("missed"),
    Column("spurious"),
    Column("wrong value"),
    Column("gold facts"),
    Column("predicted facts"),
    Column("fact errors"),
    Column("errors"),
]
