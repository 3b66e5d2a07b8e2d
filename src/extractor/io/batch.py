"""Batch extraction: input files in, JSONL (or Parquet) records out, safe on bad input and
interruption.

The output is written to ``OUT.partial`` beside ``OUT`` and renamed over ``OUT`` only when the
run completes (:mod:`extractor.io.output`); standard output, devices and pipes are written
through. With ``resume=True`` the documents already complete in ``OUT.partial`` (or ``OUT``),
keyed by ``doc_id`` and content hash, are copied instead of processed again, provided the same
pipeline wrote them.

Nothing the run writes is ever read or overwritten as an input: an output that is one of the
input files is refused (E033), and one inside an input folder is left out of the walk.

Failures are isolated per input: a file that cannot be read, a bad record of a JSONL file and a
document whose extraction raises are reported with their path and a coded reason, in input
order, and the batch goes on.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extractor.documents import content_hash
from extractor.errors import Errors, InputError, RecordValueError, SetupError
from extractor.io.extras import require
from extractor.io.inputs import (
    DEFAULT_MAX_BYTES,
    Document,
    Failure,
    Found,
    InputFile,
    Selection,
    Skipped,
    Stdin,
    find_inputs,
    format_of,
    identity,
    read_document,
    read_stream,
)
from extractor.io.output import (
    PartialFile,
    Rendered,
    Sink,
    describe,
    open_sink,
    partial_path,
    resumable,
    run_record_path,
    stored_today,
)
from extractor.io.workers import Extract, extractor_pool
from extractor.pipeline import run_identity
from extractor.records import Emit

# Documents (or resumed documents, or failures) gathered per job before they are written: enough
# to keep the workers busy, few enough to show progress and to bound the texts held in memory.
_BATCH_ENTRIES = 64
_BATCH_CHARS = 32_000_000
_WORDS = re.compile(r"\S+")
_LISTED = 20  # skipped files named in the summary


@dataclass(frozen=True)
class BatchOptions:
    """How a batch reads, extracts and writes."""

    jobs: int = 1
    model: str | None = None
    resume: bool = False
    fail_fast: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    """Decode every input with this encoding instead of detecting one."""
    stdin_format: str = "auto"
    stdin_id: str = "-"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    also_written: tuple[Path, ...] = ()
    """Other files the caller writes during the run (reports): never read as inputs."""
    emit: Emit = "all"
    """Which records follow each ARTICLE record: ``all``, ``mentions`` or ``facts``."""
    fmt: str = "jsonl"
    """``jsonl``, or ``parquet`` (:mod:`extractor.io.parquet`: needs ``out`` and pyarrow, and
    cannot be resumed)."""
    today: str | None = None
    """The day the articles are read on (``YYYY-MM-DD``), which dates the wire stories that
    name no year; ``None``: the day the run starts, or with ``resume`` the day of the run
    resumed. Part of the run's identity."""


def _ignore(*args: object) -> None:
    """The default hook: do nothing."""


@dataclass(frozen=True)
class Hooks:
    """What a run tells its caller as it goes, in input order."""

    error: Callable[[str, str], None] = _ignore
    """A failed input or document: (path, coded reason)."""
    warning: Callable[[str, str], None] = _ignore
    """A warning about a document: (path, coded warning)."""
    total: Callable[[int], None] = _ignore
    """How many documents the inputs hold (an estimate: a JSONL file counts its lines)."""
    advance: Callable[[int], None] = _ignore
    """That many more documents are done."""


@dataclass
class Summary:
    """What a batch run did (also when it raised: pass one in to read it then)."""

    documents: int = 0
    resumed: int = 0
    empty: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    not_followed: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    words: int = 0
    seconds: float = 0.0
    stopped: bool = False
    """``fail_fast`` stopped the run at a failure."""
    left_behind: Path | None = None
    """``OUT.partial``, when the run ended before renaming it and it holds documents."""

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
        out += [f"skipped: {p}" for p in self.skipped[:_LISTED]]
        if len(self.skipped) > _LISTED:
            out.append(f"skipped: … and {len(self.skipped) - _LISTED} more")
        out += [f"not followed: {p}" for p in self.not_followed]
        return out


@dataclass(frozen=True)
class _Advance:
    """Progress owed once an input's documents are written: its estimate less what it gave."""

    documents: int


def estimate(item: Found, max_bytes: int) -> int:
    """How many documents an input holds, cheaply: a JSONL file's non-blank lines, else one.

    Files that will be skipped count none; a file that cannot be read counts one (its failure).
    """
    if isinstance(item, Skipped) or (isinstance(item, InputFile) and not format_of(item.path)):
        return 0
    if isinstance(item, InputFile) and format_of(item.path) == "jsonl":
        try:
            if item.path.stat().st_size <= max_bytes:
                with item.path.open("rb") as stream:
                    return max(1, sum(1 for line in stream if line.strip()))
        except OSError:
            pass
    return 1


def collect_documents(
    found: Sequence[Found], estimates: Sequence[int], options: BatchOptions, summary: Summary
) -> Iterator[Document | Failure | _Advance]:
    """Documents of all inputs in order, with a :class:`Failure` in place of what cannot be read.

    Files with an unknown extension, inputs without text and links not followed are noted in
    ``summary``; after each input comes the progress it still owes.
    """
    for item, expected in zip(found, estimates, strict=True):
        if isinstance(item, Skipped):
            summary.not_followed.append(f"{item.path} ({item.reason})")
            continue
        if isinstance(item, InputFile) and format_of(item.path) is None:
            summary.skipped.append(str(item.path))
            continue
        documents = [item] if isinstance(item, Failure) else _read(item, options)
        if not documents:
            summary.empty.append(item.path if isinstance(item, Stdin) else str(item.path))
        yield from documents
        yield _Advance(max(expected - len(documents), 0))


def read_inputs(
    inputs: list[str], options: BatchOptions = BatchOptions(), summary: Summary | None = None
) -> Iterator[Document | Failure]:
    """The documents of ``inputs`` as a batch reads them, in order, without extracting them.

    A :class:`Failure` stands in for what cannot be read; skipped files, empty inputs and links
    not followed are noted in ``summary``.
    """
    selection = Selection(options.include, options.exclude, frozenset(), options.stdin_id)
    found = find_inputs(inputs, selection)
    summary = summary if summary is not None else Summary()
    for entry in collect_documents(found, [0] * len(found), options, summary):
        if not isinstance(entry, _Advance):
            yield entry


def _read(item: InputFile | Stdin, options: BatchOptions) -> list[Document | Failure]:
    if isinstance(item, Stdin):
        return read_input(
            lambda: read_stream(
                sys.stdin.buffer, item.doc_id, options.stdin_format, options.max_bytes,
                options.encoding,
            ),
            item.path, item.doc_id,
        )  # fmt: skip
    return read_file(item.path, item.doc_id, options.max_bytes, options.encoding)


def read_input(
    read: Callable[[], list[Document | Failure]], path: str, doc_id: str
) -> list[Document | Failure]:
    """The documents ``read`` returns, or the :class:`Failure` that says why there are none.

    An :class:`~extractor.errors.InputError` keeps its coded reason; any other exception (a bug
    in one reader) becomes E017, so that it does not end the batch either.
    """
    try:
        return read()
    except InputError as exc:
        return [Failure(path, str(exc))]
    except Exception as exc:
        return [Failure(path, Errors.E017.format(path=path, doc_id=doc_id, error=describe(exc)))]


def read_file(
    path: Path, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None
) -> list[Document | Failure]:
    """The documents of one input file, or its :class:`Failure` (see :func:`read_input`)."""
    return read_input(lambda: read_document(path, doc_id, max_bytes, encoding), str(path), doc_id)


def count_words(text: str) -> int:
    """Whitespace-separated words, as the summary counts them."""
    return sum(1 for _ in _WORDS.finditer(text))


_Entry = Document | Failure | Rendered | _Advance
"""A document to extract, an input that failed, a document resumed from an earlier output, or
the progress an input still owes."""


class _Batch:
    """Feeds entries through the extractor in batches and writes their results in input order.

    Two batches are in hand at a time: while the workers extract one, this process writes the
    results of the one before it and reads the inputs of the next, so the workers do not wait
    for the reading and writing between batches.
    """

    def __init__(
        self, extract: Extract, sink: Sink, summary: Summary, options: BatchOptions, hooks: Hooks
    ) -> None:
        self.extract, self.sink, self.summary = extract, sink, summary
        self.options, self.hooks = options, hooks
        self.pending: list[_Entry] = []
        self.in_flight: tuple[list[_Entry], Generator[Rendered | Failure, None, None]] | None = None

    def run(
        self, items: Iterable[Document | Failure | _Advance], done: dict[tuple[str, str], Rendered]
    ) -> bool:
        """Process every item; False when ``fail_fast`` stopped the run at a failure."""
        chars = 0
        try:
            for item in items:
                entry: _Entry = item
                if isinstance(item, Document):
                    chars += len(item.text)
                    if done:
                        entry = done.get((item.doc_id, content_hash(item.text)), item)
                self.pending.append(entry)
                if self.options.fail_fast and isinstance(item, Failure):
                    # written at once: the run stops here, before reading any further input
                    if not (self.submit() and self.finish()):
                        return False
                elif len(self.pending) >= _BATCH_ENTRIES * self.options.jobs or (
                    chars >= _BATCH_CHARS
                ):
                    chars = 0
                    if not self.submit():
                        return False
            return self.submit() and self.finish()
        finally:
            if self.in_flight is not None:
                self.in_flight[1].close()  # cancels the work still queued (fail_fast, errors)
                self.in_flight = None

    def submit(self) -> bool:
        """Start extracting the pending entries, then write the batch before them; False when
        ``fail_fast`` stops at a failure there."""
        documents = [entry for entry in self.pending if isinstance(entry, Document)]
        previous, self.in_flight = self.in_flight, (self.pending, self.extract(documents))
        self.pending = []
        return previous is None or self.write_batch(*previous)

    def finish(self) -> bool:
        """Write the batch in flight; False when ``fail_fast`` stops at a failure there."""
        previous, self.in_flight = self.in_flight, None
        return previous is None or self.write_batch(*previous)

    def write_batch(
        self, entries: list[_Entry], results: Generator[Rendered | Failure, None, None]
    ) -> bool:
        """Write one batch's entries in order; False when ``fail_fast`` stops at a failure."""
        try:
            for entry in entries:
                if isinstance(entry, _Advance):
                    self.hooks.advance(entry.documents)
                    continue
                outcome = next(results) if isinstance(entry, Document) else entry
                if not isinstance(outcome, Failure):
                    outcome = self.write(entry, outcome) or outcome
                if isinstance(outcome, Failure):
                    self.summary.failures.append((outcome.path, outcome.reason))
                    self.hooks.error(outcome.path, outcome.reason)
                    if self.options.fail_fast:
                        return False
                self.hooks.advance(1)
        finally:
            results.close()  # cancels the work still queued when fail_fast stops early
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
                self.hooks.warning(entry.path or entry.doc_id, warning)
        else:
            self.summary.resumed += 1
        return None


def check_outputs(inputs: Sequence[str], outputs: Sequence[Path | None]) -> frozenset[str]:
    """Refuse outputs that are inputs or each other (E033); the identities of those that exist.

    An output inside an input folder is allowed: the walk leaves out the identities returned.
    """
    given = [path for path in outputs if path is not None]
    seen: dict[str, Path] = {}
    for path in given:
        key = identity(path)
        if key in seen:
            raise SetupError(Errors.E033.format(output=path, other=f"the output {seen[key]}"))
        seen[key] = path
    for raw in inputs:
        if raw != "-" and not Path(raw).is_dir() and identity(Path(raw)) in seen:
            output = seen[identity(Path(raw))]
            raise SetupError(Errors.E033.format(output=output, other=f"the input {raw}"))
    extra = [run_record_path(p) for p in given] + [partial_path(p) for p in given]
    extra += [run_record_path(partial_path(p)) for p in given]
    return frozenset(identity(p) for p in [*given, *extra] if p.exists())


def run_batch(
    inputs: list[str],
    out: Path | None,
    options: BatchOptions = BatchOptions(),
    hooks: Hooks = Hooks(),
    summary: Summary | None = None,
) -> Summary:
    """Extract from every input document and write the records to ``out`` (or stdout).

    Returns the :class:`Summary`. Documents come out in input order whatever ``options.jobs``
    is, so the output of ``jobs=4`` is byte-identical to ``jobs=1``; failures and warnings reach
    ``hooks`` in input order too. With ``fail_fast`` the run stops at the first failure and
    ``out`` is not written.

    Before any work, raises :class:`~extractor.errors.SetupError` for a model that is not
    installed (E007), an output that is an input (E033) or cannot be written (E019), and, with
    ``resume``, an earlier output of another pipeline (E034, E035); Parquet output without
    ``out`` (E045), with ``resume`` (E046) or without pyarrow installed (E042). If the run is interrupted
    (``KeyboardInterrupt`` or any other exception), ``out`` is left as it was, the documents
    finished so far stay in ``OUT.partial`` (``summary.left_behind``) for ``resume``, and the
    worker processes are terminated.
    """
    summary = summary if summary is not None else Summary()
    started = time.perf_counter()
    today = options.today
    if today is None and options.resume and out is not None:
        today = stored_today(out)  # a resumed run reads on the day it began
    today = today or date.today().isoformat()
    run = run_identity(options.model, encoding=options.encoding, emit=options.emit, today=today)
    avoid = check_outputs(inputs, [out, *options.also_written])
    sink = _sink(out, run, options)
    done = resumable(sink.out, run) if options.resume and isinstance(sink, PartialFile) else {}
    selection = Selection(options.include, options.exclude, avoid, options.stdin_id)
    found = find_inputs(inputs, selection)
    estimates = [estimate(item, options.max_bytes) for item in found]
    hooks.total(sum(estimates))
    with extractor_pool(options.jobs, options.model, options.emit, today) as extract:
        try:
            batch = _Batch(extract, sink, summary, options, hooks)
            if batch.run(collect_documents(found, estimates, options, summary), done):
                sink.commit()
            else:
                summary.stopped = True
        finally:
            sink.close()
            summary.left_behind = sink.left_behind()
    summary.seconds = time.perf_counter() - started
    return summary


def _sink(out: Path | None, run: dict[str, str], options: BatchOptions) -> Sink:
    if options.fmt != "parquet":
        return open_sink(out, run)
    if out is None:
        raise SetupError(Errors.E045)
    if options.resume:
        raise SetupError(Errors.E046)
    require("parquet")
    from extractor.io.parquet import ParquetFile

    return ParquetFile(out)
