"""Reading a JSONL output back into records: each broken document reported, the rest kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

import extractor
from extractor.errors import InputError
from extractor.io.records import read_records
from extractor.records import DocumentRecords

TEXTS = {
    "a.txt": "Exports rose 5.8 pct to 150 billion yuan in 2023, said Li Wei in Nanjing.",
    "b.txt": "Profit fell 3% to $2 million.",
    "c.txt": "Shanghai's GDP reached 4.7 trillion yuan in 2023.",
}


@pytest.fixture(scope="module")
def documents(nlp: Language) -> list[DocumentRecords]:
    return [extractor.extract(text, doc_id, nlp=nlp) for doc_id, text in TEXTS.items()]


def write(path: Path, documents: list[DocumentRecords]) -> list[str]:
    lines = [record.model_dump_json() for d in documents for record in d.records()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def test_read_records_round_trip(documents: list[DocumentRecords], tmp_path: Path) -> None:
    write(tmp_path / "out.jsonl", documents)
    found, failures = read_records(tmp_path / "out.jsonl")
    assert (found, failures) == (documents, [])
    assert [len(d.facts) for d in found] == [len(d.facts) for d in documents]
    assert sum(len(d.facts) for d in found) > 0


def _line_of(lines: list[str], doc_id: str, label: str) -> int:
    return next(
        i for i, line in enumerate(lines)
        if json.loads(line)["doc_id"] == doc_id and json.loads(line)["label"] == label
    )  # fmt: skip


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda r: "{not json", "invalid JSON (Expecting property name enclosed in double quotes)"),
        (
            lambda r: json.dumps({**r, "currency": "XYZ"}),
            "not a record of extractor (MONEY.currency: Value error, 'XYZ' is not an ISO 4217 "
            "currency code)",
        ),
        (
            lambda r: json.dumps({**r, "doc_id": "c.txt"}),
            "not a record of extractor (doc_id 'c.txt' in the records of 'b.txt')",
        ),
    ],
    ids=["not-json", "invalid-value", "other-doc-id"],
)
def test_read_records_a_broken_line_spoils_only_its_document(
    documents: list[DocumentRecords], tmp_path: Path, change: object, reason: str
) -> None:
    path = tmp_path / "out.jsonl"
    lines = write(path, documents)
    at = _line_of(lines, "b.txt", "MONEY")
    lines[at] = change(json.loads(lines[at]))  # type: ignore[operator]
    path.write_text("\n".join(lines) + "\n")
    found, failures = read_records(path)
    assert [d.article.doc_id for d in found] == ["a.txt", "c.txt"]
    assert found == [documents[0], documents[2]]
    assert [(f.path, f.reason) for f in failures] == [
        (str(path), f"[{'E014' if 'JSON' in reason else 'E028'}] {path}, line {at + 1}: {reason}.")
    ]


def test_read_records_a_cut_off_document(documents: list[DocumentRecords], tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    lines = write(path, documents)
    at = _line_of(lines, "c.txt", "ARTICLE")
    path.write_text("\n".join(lines[:-1]) + "\n")
    found, failures = read_records(path)
    assert found == documents[:2]
    assert [f.reason for f in failures] == [
        f"[E028] {path}, line {at + 1}: not a record of extractor (the file ends before the "
        "mention and fact lines its ARTICLE line counts)."
    ]


def test_read_records_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^\[E016\] .*missing\.jsonl: cannot read"):
        read_records(tmp_path / "missing.jsonl")
