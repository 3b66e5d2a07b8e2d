"""Batch extraction: input files in, JSONL records out, safe on bad input and interruption.

The output is written to ``OUT.partial`` beside ``OUT`` and renamed over ``OUT`` only when the
run completes (:mod:`extractor.io.output`). With ``resume=True`` the documents already complete
in ``OUT.partial`` (or ``OUT``), keyed by ``doc_id`` and content hash, are copied instead of
processed again.

Failures are isolated per input: a file that cannot be read and a document whose extraction
raises are reported with their path and a coded reason, in input order, and the batch goes on.
A text longer than :data:`~extractor.documents.CHUNK_CHARS` goes through the pipeline in pieces
cut at paragraph breaks (:func:`~extractor.documents.text_records`).
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor.documents import content_hash
from extractor.errors import Errors, ExtractorError, InputError, RecordValueError
from extractor.io.extras import require
from extractor.io.inputs import (
    DEFAULT_MAX_BYTES,
    SUFFIXES,
    Document,
    Failure,
    iter_input_files,
    parse_bytes,
    read_document,
    read_limited,
)
from extractor.io.output import (
    PartialFile,
    Rendered,
    Sink,
    StreamSink,
    describe,
    partial_path,
    read_complete,
)
from extractor.io.workers import Extract, extractor_pool

# Documents (or resumed documents, or failures) gathered per job before they are written: enough
# to keep the workers busy, few enough to show progress and to bound the texts held in memory.
_BATCH_ENTRIES = 64
_BATCH_CHARS = 32_000_000
_WORDS = re.compile(r"\S+")


@dataclass
class Summary:
    """What a batch run did."""

    documents: int = 0
    resumed: int = 0
    empty: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    words: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        """The human-readable summary printed at the end of a run."""
        rate = self.words / self.seconds if self.seconds else 0.0
        per_label = ", ".join(f"{k} {v}" for k, v in sorted(self.labels.items())) or "none"
        out = [
            f"documents: {self.documents} processed, {self.resumed} resumed, {len(self.empty)} empty, "
            f"{len(self.skipped)} skipped (unknown extension), {len(self.failures)} failed",
            f"records: {per_label}",
            f"elapsed: {self.seconds:.1f} s, {rate:,.0f} words/s",
        ]
        out += [f"skipped: {p}" for p in self.skipped[:20]]
        return out


def collect_documents(
    inputs: list[str], max_bytes: int, summary: Summary
) -> Iterator[Document | Failure]:
    """Documents of all inputs in order, with a :class:`Failure` in place of an unreadable input.

    Files with an unknown extension and inputs without text are noted in ``summary``.
    """
    for item in iter_input_files(inputs):
        if isinstance(item, Failure):
            yield item
            continue
        if isinstance(item, str):
            path, read = "-", _stdin_reader(max_bytes)
        elif item.path.suffix.lower() not in SUFFIXES:
            summary.skipped.append(str(item.path))
            continue
        else:
            path, read = str(item.path), _reader(item.path, item.doc_id, max_bytes)
        documents = read_input(read, path, "-" if isinstance(item, str) else item.doc_id)
        if isinstance(documents, Failure):
            yield documents
            continue
        if not documents:
            summary.empty.append(path)
        yield from documents


def read_input(
    read: Callable[[], list[Document]], path: str, doc_id: str
) -> list[Document] | Failure:
    """The documents ``read`` returns, or the :class:`Failure` that says why there are none.

    An :class:`~extractor.errors.InputError` keeps its coded reason; any other exception (a bug
    in one reader) becomes E017, so that it does not end the batch either.
    """
    try:
        return read()
    except InputError as exc:
        return Failure(path, str(exc))
    except Exception as exc:
        return Failure(path, Errors.E017.format(path=path, doc_id=doc_id, error=describe(exc)))


def read_file(path: Path, doc_id: str, max_bytes: int) -> list[Document] | Failure:
    """The documents of one input file, or its :class:`Failure` (see :func:`read_input`)."""
    return read_input(_reader(path, doc_id, max_bytes), str(path), doc_id)


def count_words(text: str) -> int:
    """Whitespace-separated words, as the summary counts them."""
    return sum(1 for _ in _WORDS.finditer(text))


def _reader(path: Path, doc_id: str, max_bytes: int) -> Callable[[], list[Document]]:
    return lambda: read_document(path, doc_id, max_bytes)


def _stdin_reader(max_bytes: int) -> Callable[[], list[Document]]:
    def read() -> list[Document]:
        data = read_limited(sys.stdin.buffer, max_bytes, "<stdin>")
        return parse_bytes(data, ".txt", "-", "<stdin>")

    return read


_Entry = Document | Failure | Rendered
"""A document to extract, an input that failed, or a document resumed from an earlier output."""


class _Batch:
    """Feeds entries through the extractor in batches and writes their results in input order."""

    def __init__(
        self,
        extract: Extract,
        sink: Sink,
        summary: Summary,
        *,
        jobs: int,
        fail_fast: bool,
        on_error: Callable[[str, str], None],
        on_warning: Callable[[str, str], None],
        progress: Callable[[int], None],
    ) -> None:
        self.extract, self.sink, self.summary = extract, sink, summary
        self.jobs, self.fail_fast = jobs, fail_fast
        self.on_error, self.on_warning, self.progress = on_error, on_warning, progress
        self.pending: list[_Entry] = []

    def run(
        self, items: Iterable[Document | Failure], done: dict[tuple[str, str], Rendered]
    ) -> bool:
        """Process every item; False when ``fail_fast`` stopped the run at a failure."""
        chars = 0
        for item in items:
            entry: _Entry = item
            if isinstance(item, Document):
                chars += len(item.text)
                if done:
                    entry = done.get((item.doc_id, content_hash(item.text)), item)
            self.pending.append(entry)
            if (
                (self.fail_fast and isinstance(item, Failure))
                or len(self.pending) >= _BATCH_ENTRIES * self.jobs
                or chars >= _BATCH_CHARS
            ):
                chars = 0
                if not self.flush():
                    return False
        return self.flush()

    def flush(self) -> bool:
        """Write the pending entries in order; False when ``fail_fast`` stops at a failure."""
        results = self.extract([entry for entry in self.pending if isinstance(entry, Document)])
        try:
            for entry in self.pending:
                outcome = next(results) if isinstance(entry, Document) else entry
                if not isinstance(outcome, Failure):
                    outcome = self.write(entry, outcome) or outcome
                if isinstance(outcome, Failure):
                    self.summary.failures.append((outcome.path, outcome.reason))
                    self.on_error(outcome.path, outcome.reason)
                    if self.fail_fast:
                        return False
                self.progress(1)
        finally:
            results.close()  # cancels the work still queued when fail_fast stops early
            self.pending.clear()
        return True

    def write(self, entry: _Entry, rendered: Rendered) -> Failure | None:
        """Write one document's records and count it; its failure if the output cannot hold it."""
        try:
            self.sink.write(rendered)
        except RecordValueError as exc:
            path = entry.path or entry.doc_id if isinstance(entry, Document) else exc.doc_id
            return Failure(path, exc.reason(path))
        self.summary.labels.update(rendered.labels)
        if isinstance(entry, Document):
            self.summary.documents += 1
            self.summary.words += count_words(entry.text)
            for warning in rendered.warnings:
                self.on_warning(entry.path or entry.doc_id, warning)
        else:
            self.summary.resumed += 1
        return None


def run_batch(
    inputs: list[str],
    out: Path | None,
    *,
    jobs: int = 1,
    model: str | None = None,
    resume: bool = False,
    fail_fast: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fmt: str = "jsonl",
    on_error: Callable[[str, str], None] = lambda path, reason: None,
    on_warning: Callable[[str, str], None] = lambda path, warning: None,
    progress: Callable[[int], None] = lambda n: None,
) -> Summary:
    """Extract from every input document and write the records to ``out`` (or stdout).

    ``fmt`` is ``"jsonl"`` (one JSON record a line) or ``"parquet"``
    (:mod:`extractor.io.parquet`: one table, written in row groups as the run goes; needs
    ``out`` and pyarrow, and cannot be resumed).

    Returns the :class:`Summary`. Documents come out in input order whatever ``jobs`` is, so the
    output of ``jobs=4`` is byte-identical to ``jobs=1``; failures reach ``on_error`` and
    warnings ``on_warning`` in input order too. With ``fail_fast`` the run stops at the first
    failure and ``out`` is not written.

    If the run is interrupted (``KeyboardInterrupt`` or any other exception), ``out`` is left as
    it was, the documents finished so far stay in :func:`~extractor.io.output.partial_path` for
    ``resume``, and the worker processes are terminated. Raises
    :class:`~extractor.errors.ExtractorError` when the pipeline cannot be loaded (E007), the
    output cannot be written (E019), a worker process dies (E022), or Parquet output is asked
    without ``out`` (E045), with ``resume`` (E046) or without pyarrow installed (E042).
    """
    if fmt == "parquet":
        if out is None:
            raise ExtractorError(Errors.E045)
        if resume:
            raise ExtractorError(Errors.E046)
        require("parquet")
    summary = Summary()
    started = time.perf_counter()
    done: dict[tuple[str, str], Rendered] = {}
    if resume and out:
        done = read_complete(out) | read_complete(partial_path(out))
    with extractor_pool(jobs, model) as extract:
        sink = _sink(out, fmt)
        try:
            batch = _Batch(
                extract, sink, summary, jobs=jobs, fail_fast=fail_fast,
                on_error=on_error, on_warning=on_warning, progress=progress,
            )  # fmt: skip
            if batch.run(collect_documents(inputs, max_bytes, summary), done):
                sink.commit()
        finally:
            sink.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _sink(out: Path | None, fmt: str) -> Sink:
    if out is None:
        return StreamSink(sys.stdout)
    if fmt == "parquet":
        from extractor.io.parquet import ParquetFile

        return ParquetFile(out)
    return PartialFile(out)
