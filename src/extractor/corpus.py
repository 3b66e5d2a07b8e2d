"""The annotated corpus: loading and validation of ``corpus/annotations.jsonl``.

Each line is parsed into :class:`GoldArticle`; :func:`validate_corpus` checks the spans against
the article texts (slice equality, sorting, no same-label overlaps) and reports every problem
with its file and line, so a broken annotation is fixed in one step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractor.records import Qualifier

GoldLabel = Literal["MONEY", "PERCENT", "DATE", "ORG", "GPE", "PERSON"]


class GoldSpan(BaseModel):
    """One gold span, with the normalized attributes of MONEY and PERCENT."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: GoldLabel
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str = Field(min_length=1)
    amount: Decimal | None = None
    currency: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    qualifier: Qualifier | None = None
    min: Decimal | None = None
    max: Decimal | None = None
    per: str | None = None
    value: Decimal | None = None
    unit: Literal["percent", "percentage_point"] | None = None


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
            problems.append(f"{where}: {exc}")
            continue
        article = root / "articles" / gold.doc_id
        if not article.is_file():
            problems.append(f"{where}: article {article} does not exist")
            continue
        text = article.read_text(encoding="utf-8")
        problems.extend(f"{where} ({gold.doc_id}): {p}" for p in check_spans(gold, text))
        docs.append(CorpusDoc(gold, text))
    ids = [d.gold.doc_id for d in docs]
    if ids != sorted(ids) or len(set(ids)) != len(ids):
        problems.append(f"{path}: lines must be sorted by doc_id, each doc_id once")
    if docs and (root / "articles").is_dir():
        on_disk = {
            p.relative_to(root / "articles").as_posix() for p in (root / "articles").rglob("*.txt")
        }
        for missing in sorted(on_disk - set(ids)):
            problems.append(f"{path}: article {missing} has no annotation line")
    return docs, problems


def check_spans(gold: GoldArticle, text: str) -> list[str]:
    """Problems of one article's spans: text mismatch, wrong group, order, overlaps, attributes."""
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
        problems.extend(_attribute_problems(span))
    return problems


def _attribute_problems(span: GoldSpan) -> list[str]:
    has_range = span.min is not None and span.max is not None
    money = ("amount", "currency", "qualifier", "min", "max", "per")
    percent = ("value", "unit", "qualifier", "min", "max")
    allowed = {"MONEY": money, "PERCENT": percent}.get(span.label, ())
    set_fields = {
        k
        for k in ("amount", "currency", "qualifier", "min", "max", "per", "value", "unit")
        if getattr(span, k) is not None
    }
    problems = [
        f"{span.label} {span.text!r} must not have '{k}'" for k in sorted(set_fields - set(allowed))
    ]
    if span.label == "MONEY" and (span.amount is None) == (not has_range):
        problems.append(f"MONEY {span.text!r} needs either 'amount' or both 'min' and 'max'")
    if span.label == "PERCENT":
        if span.unit is None:
            problems.append(f"PERCENT {span.text!r} needs 'unit'")
        if (span.value is None) == (not has_range):
            problems.append(f"PERCENT {span.text!r} needs either 'value' or both 'min' and 'max'")
    if has_range and span.min is not None and span.max is not None and span.min >= span.max:
        problems.append(f"{span.text!r}: 'min' must be below 'max'")
    return problems
