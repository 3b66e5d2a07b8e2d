"""What the stages attach to a Doc survives every way spaCy serializes a Doc."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from extractor.documents import doc_records
from extractor.records import DocumentRecords

TEXTS = [
    "Exports from Jiangsu rose 5.8 pct to 150 billion yuan in 2023, said Li Wei of the "
    "Jiangsu Provincial Department of Commerce.",
    "Transactions hit 150 billion yuan ($20.9 billion) last year; net cash was -$5 million.",
    "Sales reached ¥1.5 trillion, up 12 percent from a year earlier.",
]


def records(docs: list[Doc]) -> list[DocumentRecords]:
    return [doc_records(doc, f"d{i}") for i, doc in enumerate(docs)]


def values(docs: list[Doc]) -> list[object]:
    """What a spaCy user reads: every entity's extension value, and the facts."""
    return [
        ([(e.label_, e.text, e._.extractor) for e in doc.ents], doc._.extractor_facts)
        for doc in docs
    ]


@pytest.fixture(scope="module")
def processed(nlp: Language) -> list[Doc]:
    return list(nlp.pipe(TEXTS))


def test_spans_every_value_is_read(processed: list[Doc]) -> None:
    (money,) = [e for e in processed[0].ents if e.label_ == "MONEY"]
    assert str(money._.extractor.value.amount) == "150000000000"
    assert len(processed[0]._.extractor_facts) == 2
    assert all(e._.extractor is not None for doc in processed for e in doc.ents)


def test_spans_survive_nlp_pipe_with_processes(nlp: Language, processed: list[Doc]) -> None:
    docs = list(nlp.pipe(TEXTS, n_process=2))
    assert values(docs) == values(processed)
    assert records(docs) == records(processed)


def test_spans_survive_doc_to_bytes(nlp: Language, processed: list[Doc]) -> None:
    docs = [Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in processed]
    assert values(docs) == values(processed)
    assert records(docs) == records(processed)


@pytest.mark.parametrize("user_data", [True, False], ids=["store_user_data", "plain"])
def test_spans_survive_docbin(nlp: Language, processed: list[Doc], user_data: bool) -> None:
    data = DocBin(store_user_data=user_data, docs=processed).to_bytes()
    docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert values(docs) == values(processed)
    assert records(docs) == records(processed)


UNPICKLE = """
import pickle, sys
import extractor
from extractor.documents import doc_records

docs = pickle.loads(sys.stdin.buffer.read())
for doc in docs:
    print([(e.label_, e.text, str(e._.extractor.value)) for e in doc.ents if e._.extractor])
    print(len(doc._.extractor_facts), doc_records(doc, "d").model_dump_json())
"""


def test_spans_unpickled_in_a_new_process(processed: list[Doc]) -> None:
    """A Doc pickled here reads the same in a process that only imports extractor."""
    expected = [
        line
        for doc in processed
        for line in (
            str([(e.label_, e.text, str(e._.extractor.value)) for e in doc.ents if e._.extractor]),
            f"{len(doc._.extractor_facts)} {doc_records(doc, 'd').model_dump_json()}",
        )
    ]
    result = subprocess.run(
        [sys.executable, "-c", UNPICKLE],
        input=pickle.dumps(processed),
        capture_output=True,
        check=False,
        cwd=Path(__file__).parent,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().splitlines() == expected


def test_spans_registration_is_idempotent_and_needs_no_pipeline() -> None:
    from spacy.tokens import Span

    from extractor.spans import EXTENSION, FACTS_EXTENSION, register_extensions

    getter = Span.get_extension(EXTENSION)
    assert getter is not None and Doc.has_extension(FACTS_EXTENSION)  # by `import extractor`
    register_extensions()
    register_extensions()
    assert Span.get_extension(EXTENSION) == getter


def test_span_data_is_read_once_and_afresh_when_stored_again(nlp: Language) -> None:
    from extractor.spans import SpanData, get_span_data, set_span_data

    doc = nlp(TEXTS[0])
    money = next(e for e in doc.ents if e.label_ == "MONEY")
    first = get_span_data(money)
    assert first is not None
    assert get_span_data(money) is first  # the stored form is decoded once per Doc
    replacement = SpanData("test", "test.rule", first.start, first.end, first.value)
    set_span_data(money, replacement)
    assert get_span_data(money) == replacement
    assert money._.extractor == replacement
