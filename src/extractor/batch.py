"""Batch extraction: input files in, JSONL records out, safe on bad input and interruption.

The output is written to ``OUT.partial`` beside ``OUT`` and renamed over ``OUT`` only when the
run completes, so an interrupted run never leaves a half-written file under the final name. With
``resume=True`` the documents already complete in ``OUT.partial`` (or ``OUT``), keyed by
``doc_id`` and content hash, are copied instead of processed again.

Failures are isolated per input: a file that cannot be read and a document whose extraction
raises are reported with their path and a coded reason, in input order, and the batch goes on.
A text longer than :data:`~extractor.pipeline.CHUNK_CHARS` goes through the pipeline in pieces
cut at paragraph breaks (:func:`~extractor.pipeline.facts_of_text`).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from extractor.errors import Errors, ExtractorError, InputError
from extractor.inputs import (
    DEFAULT_MAX_BYTES,
    SUFFIXES,
    Document,
    Failure,
    iter_input_files,
    parse_bytes,
    read_document,
    read_limited,
)
from extractor.pipeline import (
    CHUNK_CHARS,
    content_hash,
    default_pipeline,
    facts_of_text,
    load,
)
from extractor.records import ArticleFacts

if TYPE_CHECKING:
    from spacy.language import Language

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


@dataclass(frozen=True)
class Rendered:
    """One document's JSONL lines and the labels of its mention lines."""

    lines: list[str]
    labels: list[str]


def partial_path(out: Path) -> Path:
    """Where a run writes before it renames the file to ``out``: ``OUT.partial``."""
    return out.with_name(out.name + ".partial")


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
            path, doc_id, read = "-", "-", _stdin_reader(max_bytes)
        elif item.path.suffix.lower() not in SUFFIXES:
            summary.skipped.append(str(item.path))
            continue
        else:
            path, doc_id = str(item.path), item.doc_id
            read = _reader(item.path, doc_id, max_bytes)
        try:
            documents = read()
        except InputError as exc:
            yield Failure(path, str(exc))
            continue
        except Exception as exc:  # a bug in one reader must not end the batch either
            yield Failure(path, Errors.E017.format(path=path, doc_id=doc_id, error=_describe(exc)))
            continue
        if not documents:
            summary.empty.append(path)
        yield from documents


def _reader(path: Path, doc_id: str, max_bytes: int) -> Callable[[], list[Document]]:
    return lambda: read_document(path, doc_id, max_bytes)


def _stdin_reader(max_bytes: int) -> Callable[[], list[Document]]:
    def read() -> list[Document]:
        data = read_limited(sys.stdin.buffer, max_bytes, "<stdin>")
        return parse_bytes(data, ".txt", "-", "<stdin>")

    return read


def _document_facts(nlp: Language, document: Document) -> ArticleFacts:
    return facts_of_text(nlp, document.text, document.doc_id, CHUNK_CHARS, **document.metadata)


def _render(nlp: Language, document: Document) -> Rendered | Failure:
    """One document's JSONL lines, or its failure: no exception in one document ends the batch."""
    try:
        facts = _document_facts(nlp, document)
        lines = [record.model_dump_json() for record in facts.records()]
    except Exception as exc:
        path = document.path or document.doc_id
        reason = Errors.E017.format(path=path, doc_id=document.doc_id, error=_describe(exc))
        return Failure(path, reason)
    return Rendered(lines, [m.label for m in facts.mentions])


def _describe(exc: BaseException) -> str:
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text if len(text) <= 300 else text[:299] + "…"


@dataclass
class _WorkerState:
    nlp: Language | None = None
    error: ExtractorError | None = None


_WORKER = _WorkerState()


def _init_worker(model: str | None) -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what happens then, and it
    # terminates the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    try:
        _WORKER.nlp = load(model)
    except ExtractorError as exc:
        # An exception here would only mark the pool broken; raised with the first document it
        # reaches the parent with its message (E007 for an unknown model).
        _WORKER.error = exc


def _exit_with(parent: BaseProcess) -> None:
    # A parent killed by SIGKILL cannot terminate its workers, and they would wait for work
    # forever; the parent's sentinel becomes ready when it is gone.
    parent.join()
    os._exit(1)


def _work(document: Document) -> Rendered | Failure:
    if _WORKER.nlp is None:
        raise _WORKER.error or ExtractorError(Errors.E022)
    return _render(_WORKER.nlp, document)


_Extract = Callable[[list[Document]], Generator[Rendered | Failure, None, None]]


@contextlib.contextmanager
def _extractor(jobs: int, model: str | None) -> Iterator[_Extract]:
    """A function from documents to their results in the same order, in this process or N."""
    if jobs <= 1:
        nlp = default_pipeline(model)
        yield lambda documents: (_render(nlp, document) for document in documents)
        return
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(model,),
    )
    try:
        yield lambda documents: _pool_results(pool, documents)
        pool.shutdown(wait=True, cancel_futures=True)
    except BaseException:
        _terminate(pool)
        raise


def _pool_results(
    pool: ProcessPoolExecutor, documents: list[Document]
) -> Generator[Rendered | Failure, None, None]:
    try:
        yield from pool.map(_work, documents, chunksize=4)
    except BrokenProcessPool as exc:
        raise ExtractorError(Errors.E022) from exc


def _terminate(pool: ProcessPoolExecutor) -> None:
    # An interrupted run must not wait for the documents in flight. ProcessPoolExecutor has no
    # public way to stop its workers before Python 3.14 (terminate_workers), hence _processes.
    processes = list(pool._processes.values()) if pool._processes else []
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()


def _json_object(line: str) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def read_complete(path: Path) -> dict[tuple[str, str], Rendered]:
    """Documents completely present in a JSONL output: (doc_id, hash) -> their lines.

    Reading stops at the first document that was cut off or does not parse; everything from
    there on is extracted again.
    """
    complete: dict[tuple[str, str], Rendered] = {}
    if not path.is_file():
        return complete
    # Each line is written with its newline, so whatever follows the last one was cut off.
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")[:-1]
    i = 0
    while i < len(lines):
        head = _json_object(lines[i])
        if head is None:
            break
        if head.get("label") != "ARTICLE":
            i += 1
            continue
        doc_id, digest, count = head.get("doc_id"), head.get("content_sha256"), head.get("mentions")
        if not (isinstance(doc_id, str) and isinstance(digest, str) and isinstance(count, int)):
            break
        block = lines[i : i + 1 + count]
        labels = [(_json_object(line) or {}).get("label") for line in block[1:]]
        if len(block) != 1 + count or not all(
            isinstance(x, str) and x != "ARTICLE" for x in labels
        ):
            break
        complete[(doc_id, digest)] = Rendered(block, [str(x) for x in labels])
        i += len(block)
    return complete


def run_batch(
    inputs: list[str],
    out: Path | None,
    *,
    jobs: int = 1,
    model: str | None = None,
    resume: bool = False,
    fail_fast: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[str, str], None] = lambda path, reason: None,
    progress: Callable[[int], None] = lambda n: None,
) -> Summary:
    """Extract from every input document and write the JSONL records to ``out`` (or stdout).

    Returns the :class:`Summary`. Documents come out in input order whatever ``jobs`` is, so the
    output of ``jobs=4`` is byte-identical to ``jobs=1``; failures reach ``on_error`` in input
    order too. With ``fail_fast`` the run stops at the first failure and ``out`` is not written.

    If the run is interrupted (``KeyboardInterrupt`` or any other exception), ``out`` is left as
    it was, the documents finished so far stay in :func:`partial_path` for ``resume``, and the
    worker processes are terminated. Raises :class:`~extractor.errors.ExtractorError` when the
    pipeline cannot be loaded (E007), the output cannot be written (E019) or a worker process
    dies (E022).
    """
    summary = Summary()
    started = time.perf_counter()
    partial = partial_path(out) if out else None
    done: dict[tuple[str, str], Rendered] = {}
    if resume and out and partial:
        done = read_complete(out) | read_complete(partial)
    pending: list[Document | Failure | Rendered] = []

    def flush(extract: _Extract, sink: IO[str]) -> bool:
        """Write the pending entries in order; False when ``fail_fast`` stops at a failure."""
        results = extract([entry for entry in pending if isinstance(entry, Document)])
        try:
            for entry in pending:
                outcome = next(results) if isinstance(entry, Document) else entry
                if isinstance(outcome, Failure):
                    summary.failures.append((outcome.path, outcome.reason))
                    on_error(outcome.path, outcome.reason)
                    if fail_fast:
                        return False
                else:
                    _emit(sink, outcome, summary)
                    if isinstance(entry, Document):
                        summary.documents += 1
                        summary.words += sum(1 for _ in _WORDS.finditer(entry.text))
                    else:
                        summary.resumed += 1
                progress(1)
        finally:
            results.close()  # cancels the work still queued when fail_fast stops early
            pending.clear()
        return True

    completed = True
    with _extractor(jobs, model) as extract:
        sink = _open_output(partial) if partial else sys.stdout
        try:
            chars = 0
            for item in collect_documents(inputs, max_bytes, summary):
                entry: Document | Failure | Rendered = item
                if isinstance(item, Document):
                    chars += len(item.text)
                    if done:
                        entry = done.get((item.doc_id, content_hash(item.text)), item)
                pending.append(entry)
                if (
                    (fail_fast and isinstance(item, Failure))
                    or len(pending) >= _BATCH_ENTRIES * jobs
                    or chars >= _BATCH_CHARS
                ):
                    chars = 0
                    completed = flush(extract, sink)
                    if not completed:
                        break
            else:
                completed = flush(extract, sink)
            if partial and completed:
                os.fsync(sink.fileno())  # the rename must not land before the data
        finally:
            if partial:
                sink.close()
    if out and partial and completed:
        try:
            os.replace(partial, out)  # atomic: OUT is either the old file or the complete new one
        except OSError as exc:
            raise ExtractorError(Errors.E019.format(path=out, reason=exc.strerror or exc)) from exc
    summary.seconds = time.perf_counter() - started
    return summary


def _open_output(path: Path) -> IO[str]:
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        raise ExtractorError(Errors.E019.format(path=path, reason=exc.strerror or exc)) from exc


def _emit(sink: IO[str], rendered: Rendered, summary: Summary) -> None:
    for line in rendered.lines:
        sink.write(line + "\n")
    summary.labels.update(rendered.labels)
    sink.flush()
