"""The annotated corpus: loading and validation of ``corpus/annotations.jsonl``.

Each line is parsed into :class:`GoldArticle`; a gold span's normalized attributes are read into
the same value type the pipeline produces for its label (``MoneyValue`` for MONEY, ...), so the
gold and the prediction are compared as typed values. :func:`load_corpus` checks the spans
against the article texts (slice equality, sorting, no same-label overlaps) and reports every
problem with a code, its file and line, so a broken annotation is fixed in one step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from extractor.components import EVALUATED_LABELS, VALUE_TYPES
from extractor.errors import Errors
from extractor.records import PERIOD_VALUE, Basis, Direction, FactKind, Value

_SPAN_FIELDS = ("label", "start", "end", "text")
READ_ON = "2026-12-04"
"""The day the corpus is scored as read on: it dates the wire stories that name no year
(:func:`extractor.pipeline.load`'s ``today``), so that a score does not move with the calendar."""


class GoldSpan(BaseModel):
    """One gold span; the line's other keys are its normalized value (absent keys are null)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str = Field(min_length=1)
    value: Value | None = None

    @model_validator(mode="before")
    @classmethod
    def _read_value(cls, data: Any) -> Any:
        if not isinstance(data, dict) or isinstance(data.get("value"), Value):
            return data
        attributes = {k: v for k, v in data.items() if k not in _SPAN_FIELDS}
        core = {k: data[k] for k in _SPAN_FIELDS if k in data}
        value_type = VALUE_TYPES.get(data.get("label", ""))
        if value_type is None:
            if attributes:
                raise ValueError(
                    f"{data.get('label')} spans take no attributes, got {sorted(attributes)}"
                )
            return core
        nulls = {name: None for name, f in value_type.model_fields.items() if f.is_required()}
        return {**core, "value": value_type.model_validate({**nulls, **attributes})}

    @field_validator("label")
    @classmethod
    def _known_label(cls, label: str) -> str:
        if label not in EVALUATED_LABELS:
            raise ValueError(f"label must be one of {', '.join(EVALUATED_LABELS)}")
        return label


class GoldText(BaseModel):
    """A stretch of the article: offsets and the text they hold."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str = Field(min_length=1)


class GoldSubject(BaseModel):
    """Whose the measured quantity is: the fullest form of an ORG or GPE named in the article."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(min_length=1)
    label: str = Field(pattern=r"^(ORG|GPE)$")
    start: int | None = Field(default=None, ge=0)
    end: int | None = None


class GoldPeriod(BaseModel):
    """When: a normalized period, and the phrase it was read from when there is one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: str = Field(pattern=PERIOD_VALUE)
    text: str | None = None


class GoldFact(BaseModel):
    """One gold fact: a MONEY or PERCENT span with what it measures (corpus/README.md, Facts)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: GoldText
    kind: FactKind
    direction: Direction
    basis: Basis | None
    metric: GoldText
    subject: GoldSubject | None
    period: GoldPeriod | None
    note: str | None = Field(default=None, description="The annotator's reason, for a hard case.")

    @model_validator(mode="after")
    def _consistent(self) -> GoldFact:
        if self.kind not in ("change", "target") and self.direction != "none":
            raise ValueError(f"a {self.kind} has direction 'none'")
        if self.kind != "change" and self.basis is not None:
            raise ValueError("only a change has a basis")
        return self


class GoldArticle(BaseModel):
    """One line of ``annotations.jsonl``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str = Field(pattern=r"^[a-z]+/[\w.-]+\.txt$")
    group: str
    spans: list[GoldSpan]
    facts: list[GoldFact] = Field(default_factory=list)


@dataclass(frozen=True)
class CorpusDoc:
    """A gold article with its text."""

    gold: GoldArticle
    text: str


def load_corpus(root: Path) -> tuple[list[CorpusDoc], list[str]]:
    """Read ``root/annotations.jsonl`` and the articles; return the documents and the problems."""
    problems: list[str] = []
    docs: list[CorpusDoc] = []
    path = root / "annotations.jsonl"
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            gold = GoldArticle.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            problems.append(Errors.E023.format(where=where, reason=exc))
            continue
        article = root / "articles" / gold.doc_id
        if not article.is_file():
            problems.append(Errors.E024.format(where=where, article=article))
            continue
        text = article.read_text(encoding="utf-8")
        problems.extend(
            Errors.E027.format(where=where, doc_id=gold.doc_id, problem=p)
            for p in [*check_spans(gold, text), *check_facts(gold, text)]
        )
        docs.append(CorpusDoc(gold, text))
    ids = [d.gold.doc_id for d in docs]
    if ids != sorted(ids) or len(set(ids)) != len(ids):
        problems.append(Errors.E025.format(where=path))
    if docs and (root / "articles").is_dir():
        on_disk = {
            p.relative_to(root / "articles").as_posix() for p in (root / "articles").rglob("*.txt")
        }
        for missing in sorted(on_disk - set(ids)):
            problems.append(Errors.E026.format(where=path, article=missing))
    return docs, problems


def check_spans(gold: GoldArticle, text: str) -> list[str]:
    """Problems of one article's spans: text mismatch, wrong group, order, overlaps."""
    problems = []
    if gold.doc_id.split("/")[0] != gold.group:
        problems.append(f"group '{gold.group}' differs from the folder of {gold.doc_id}")
    previous_start = -1
    last_end: dict[str, int] = {}
    for span in gold.spans:
        if text[span.start : span.end] != span.text:
            problems.append(
                f"span {span.label} {span.start}-{span.end} is {span.text!r} but the article has "
                f"{text[span.start : span.end]!r}"
            )
        if span.start < previous_start:
            problems.append(f"span {span.text!r} at {span.start} is out of order")
        previous_start = span.start
        if span.start < last_end.get(span.label, 0):
            problems.append(
                f"{span.label} span {span.text!r} at {span.start} overlaps the previous one"
            )
        last_end[span.label] = max(last_end.get(span.label, 0), span.end)
    return problems


def check_facts(gold: GoldArticle, text: str) -> list[str]:
    """Problems of one article's facts: a value that is no gold MONEY/PERCENT span, two facts
    of one value, facts out of order, a metric or subject that does not match the text."""
    values = {(s.start, s.end, s.text) for s in gold.spans if s.label in ("MONEY", "PERCENT")}
    problems = []
    seen: set[tuple[int, int]] = set()
    previous = -1
    lowered = text.lower()
    for fact in gold.facts:
        value = fact.value
        where = f"fact of {value.text!r} at {value.start}"
        if (value.start, value.end, value.text) not in values:
            problems.append(f"{where}: the value is not a gold MONEY or PERCENT span")
        if (value.start, value.end) in seen:
            problems.append(f"{where}: a second fact of the same value")
        seen.add((value.start, value.end))
        if value.start < previous:
            problems.append(f"{where} is out of order")
        previous = value.start
        if text[fact.metric.start : fact.metric.end] != fact.metric.text:
            problems.append(f"{where}: metric {fact.metric.text!r} does not match its offsets")
        subject = fact.subject
        if subject is not None and subject.text.lower() not in lowered:
            problems.append(f"{where}: subject {subject.text!r} is not in the article")
        if (
            subject is not None
            and subject.start is not None
            and text[subject.start : subject.end or 0] != subject.text
        ):
            problems.append(f"{where}: subject {subject.text!r} does not match its offsets")
        period = fact.period
        if period is not None and period.text and period.text not in text:
            problems.append(f"{where}: period text {period.text!r} is not in the article")
    return problems
