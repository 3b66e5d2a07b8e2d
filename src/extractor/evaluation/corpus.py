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
from extractor.records import Value

_SPAN_FIELDS = ("label", "start", "end", "text")


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


class GoldArticle(BaseModel):
    """One line of ``annotations.jsonl``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str = Field(pattern=r"^[a-z]+/[\w.-]+\.txt$")
    group: str
    spans: list[GoldSpan]


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
            for p in check_spans(gold, text)
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
