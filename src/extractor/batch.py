"""Batch extraction: input files in, JSONL records out, safe on bad input and interruption.

The output is written to ``OUT.partial`` beside ``OUT`` and renamed over ``OUT`` only when the
run completes, so an interrupted run never leaves a half-written file under the final name. With
``resume=True`` the documents already complete in ``OUT.partial`` (or ``OUT``), keyed by
``doc_id`` and content hash, are copied instead of processed again.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from extractor.errors import InputError
from extractor.inputs import (
    SUFFIXES,
    Document,
    InputFile,
    iter_input_files,
    parse_bytes,
    read_document,
)
from extractor.pipeline import content_hash, facts_of, load

_WORKER_NLP: dict[str, object] = {}


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
    inputs: list[str], max_bytes: int, summary: Summary, on_error: Callable[[str, str], None]
) -> Iterator[Document]:
    """Documents of all inputs in order; failures go to ``on_error`` and the walk goes on."""
    for item in iter_input_files(inputs):
        if isinstance(item, str):
            documents = _guarded(
                lambda: parse_bytes(sys.stdin.buffer.read(), ".txt", "-", "<stdin>"), "-", on_error
            )
        elif item.path.suffix.lower() not in SUFFIXES:
            summary.skipped.append(str(item.path))
            continue
        else:
            documents = _guarded(_reader(item, max_bytes), str(item.path), on_error)
        if documents == []:
            summary.empty.append(item if isinstance(item, str) else str(item.path))
        yield from documents or []


def _reader(item: InputFile, max_bytes: int) -> Callable[[], list[Document]]:
    return lambda: read_document(item.path, item.doc_id, max_bytes)


def _guarded(
    read: Callable[[], list[Document]], path: str, on_error: Callable[[str, str], None]
) -> list[Document] | None:
    try:
        return read()
    except InputError as exc:
        on_error(path, str(exc))
        return None


def _init_worker(model: str | None) -> None:
    _WORKER_NLP["nlp"] = load(model)


@dataclass(frozen=True)
class Rendered:
    """One document's JSONL lines and the labels of its mention lines."""

    lines: list[str]
    labels: list[str]


def _process(document: Document) -> Rendered:
    nlp = _WORKER_NLP["nlp"]
    facts = facts_of(nlp(document.text), document.doc_id, **document.metadata)  # type: ignore[operator]
    lines = [record.model_dump_json() for record in facts.records()]
    return Rendered(lines, [m.label for m in facts.mentions])


def read_complete(path: Path) -> dict[tuple[str, str], Rendered]:
    """Documents completely present in a JSONL output: (doc_id, hash) -> their lines."""
    complete: dict[tuple[str, str], Rendered] = {}
    if not path.exists():
        return complete
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    i = 0
    while i < len(lines):
        try:
            record = json.loads(lines[i])
        except json.JSONDecodeError:
            break
        if record.get("label") != "ARTICLE":
            i += 1
            continue
        block = lines[i : i + 1 + record["mentions"]]
        if len(block) != 1 + record["mentions"] or (
            i + len(block) >= len(lines) and lines[-1] != ""
        ):
            break  # the last document was cut off
        try:
            labels = [json.loads(line)["label"] for line in block[1:]]
        except (json.JSONDecodeError, KeyError):
            break
        complete[(record["doc_id"], record["content_sha256"])] = Rendered(block, labels)
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
    max_bytes: int = 20 * 1024 * 1024,
    on_error: Callable[[str, str], None] = lambda path, reason: None,
    progress: Callable[[int], None] = lambda n: None,
) -> Summary:
    """Extract from every input document and write the JSONL records to ``out`` (or stdout).

    Returns the :class:`Summary`. Documents come out in input order whatever ``jobs`` is, so the
    output of ``jobs=4`` is byte-identical to ``jobs=1``.
    """
    summary = Summary()
    started = time.perf_counter()
    failed = False

    def error(path: str, reason: str) -> None:
        nonlocal failed
        failed = True
        summary.failures.append((path, reason))
        on_error(path, reason)

    partial = out.with_name(out.name + ".partial") if out else None
    done: dict[tuple[str, str], Rendered] = {}
    if resume and out and partial:
        done = read_complete(out) | read_complete(partial)
    sink: IO[str] = partial.open("w", encoding="utf-8") if partial else sys.stdout

    documents = collect_documents(inputs, max_bytes, summary, error)
    todo: list[Document] = []

    def flush(pool: multiprocessing.pool.Pool | None) -> None:
        results = pool.imap(_process, todo, chunksize=4) if pool else map(_process, todo)
        for document, rendered in zip(todo, results, strict=True):
            _emit(sink, rendered, summary)
            summary.documents += 1
            summary.words += len(document.text.split())
            progress(1)
        todo.clear()

    pool = (
        multiprocessing.get_context("spawn").Pool(jobs, _init_worker, (model,))
        if jobs > 1
        else None
    )
    if pool is None:
        _init_worker(model)
    try:
        for document in documents:
            if fail_fast and failed:
                break
            key = (document.doc_id, content_hash(document.text))
            if key in done:
                flush(pool)
                _emit(sink, done[key], summary)
                summary.resumed += 1
                progress(1)
                continue
            todo.append(document)
            if len(todo) >= 64 * max(jobs, 1):
                flush(pool)
        if not (fail_fast and failed):
            flush(pool)
    finally:
        if pool is not None:
            pool.terminate()
        if partial:
            sink.close()
    if out and partial and not (fail_fast and failed):
        os.replace(partial, out)  # atomic: OUT is either the old file or the complete new one
    summary.seconds = time.perf_counter() - started
    return summary


def _emit(sink: IO[str], rendered: Rendered, summary: Summary) -> None:
    for line in rendered.lines:
        sink.write(line + "\n")
    summary.labels.update(rendered.labels)
    sink.flush()
