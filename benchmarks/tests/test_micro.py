"""Per-stage micro-benchmarks with pytest-benchmark, for comparing commits.

``pytest benchmarks/tests/test_micro.py --benchmark-autosave`` stores the timings (in
``benchmarks/.data/micro``, see ``conftest.py``) and ``--benchmark-compare`` shows the change
against the last saved run. Nothing here asserts a time: the assertions check that the timed
call did the same work as the pipeline.
"""

from collections.abc import Callable
from typing import Any

import pytest

import extractor
from benchmarks.data import corpus_docs
from extractor.documents import doc_records

pytest.importorskip("pytest_benchmark")


@pytest.fixture(scope="module")
def article() -> str:
    docs, _ = corpus_docs()
    return max((d.text for d in docs), key=len)


@pytest.fixture(scope="module")
def nlp() -> Any:
    return extractor.load()


def test_micro_tokenizer(benchmark: Callable[..., Any], nlp: Any, article: str) -> None:
    doc = benchmark(nlp.make_doc, article)
    assert doc.text == article


@pytest.mark.parametrize("stage", extractor.load().pipe_names)
def test_micro_component(benchmark: Callable[..., Any], nlp: Any, article: str, stage: str) -> None:
    doc = nlp.make_doc(article)
    names = nlp.pipe_names
    for name in names[: names.index(stage)]:
        doc = nlp.get_pipe(name)(doc)
    doc = benchmark(nlp.get_pipe(stage), doc)
    for name in names[names.index(stage) + 1 :]:
        doc = nlp.get_pipe(name)(doc)
    expected = [(e.start_char, e.end_char, e.label_) for e in nlp(article).ents]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == expected


def test_micro_records(benchmark: Callable[..., Any], nlp: Any, article: str) -> None:
    doc = nlp(article)
    records = benchmark(doc_records, doc, "a.txt")
    assert records == extractor.extract(article, "a.txt", nlp=nlp)
