"""Runs on a Dask cluster: partitions of inputs to workers, one output shard per partition.

The client lists the inputs once (:func:`~extractor.io.storage.list_sources`), sorted as a local
run sorts them, and cuts the list into partitions of ``partition_size`` inputs. Each partition is
one Dask task (:func:`run_partition`): a worker reads its inputs itself, extracts them with the
pipeline it loaded once (:class:`PipelinePlugin`) and the renderer of local runs
(:func:`~extractor.io.output.render_document`), and writes ``OUT/part-00042.jsonl`` (or
``.parquet``) under a temporary name, renamed when complete. So

- no process holds the whole output, and the client holds only the listing;
- the shards concatenated in partition order are byte for byte the output of a local run;
- a worker that dies mid-task leaves only a temporary file; Dask runs the partition again on
  another worker, whose shard replaces nothing and duplicates nothing;
- ``resume`` keeps every shard whose record in ``OUT/_meta/`` shows it finished from the same
  inputs (paths, sizes, modification times), format, model and version, and runs the rest.

A document that fails is reported (with its coded reason) as in a local run, and the partition
goes on. Failures and warnings reach the caller in input order, whatever order the partitions
finish in; progress is reported as partitions finish.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from distributed import Client, Future, KilledWorker, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

import extractor
from extractor.errors import Errors, ExtractorError, RecordValueError
from extractor.io.batch import Summary, count_words
from extractor.io.extras import require
from extractor.io.inputs import DEFAULT_MAX_BYTES, DEFAULT_PARTITION_SIZE, Failure, Selection
from extractor.io.output import Rendered, describe, render_document
from extractor.io.storage import OutputFolder, Source, list_sources, read_source
from extractor.pipeline import default_pipeline
from extractor.records import Emit

_LOCAL = re.compile(r"local:(\d+)")
# One document at a time through a worker's pipeline, should a worker run several threads.
_PIPELINE_LOCK = threading.Lock()


def parse_scheduler(value: str) -> int | str:
    """``local:N`` -> N worker processes to start here; a scheduler address -> the address.

    >>> parse_scheduler("local:2"), parse_scheduler("tcp://10.0.0.5:8786")
    (2, 'tcp://10.0.0.5:8786')
    """
    match = _LOCAL.fullmatch(value)
    if match and int(match.group(1)) >= 1:
        return int(match.group(1))
    if re.fullmatch(r"[a-z][a-z0-9+.-]*://\S+", value) and not match:
        return value
    raise ExtractorError(Errors.E043.format(value=value))


@contextlib.contextmanager
def connect(scheduler: str) -> Iterator[Client]:
    """A client of the cluster ``scheduler`` names (see :func:`parse_scheduler`).

    ``local:N`` starts a ``LocalCluster`` of N worker processes with one thread each, closed on
    exit. Raises E043 for a value that is neither, E044 when the scheduler cannot be reached.
    """
    target = parse_scheduler(scheduler)
    try:
        if isinstance(target, int):
            cluster = LocalCluster(
                n_workers=target,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: 8787 may be taken
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        else:
            cluster, client = None, Client(target, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ExtractorError(Errors.E044.format(address=scheduler, reason=describe(exc))) from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline once in each worker process, when the worker starts (or restarts).

    Tasks then find it in :func:`~extractor.pipeline.default_pipeline`'s cache. A pipeline that
    cannot be loaded (E007) is not an error here: the first task raises it, and the client
    reports it.
    """

    def __init__(self, model: str | None, today: str | None = None) -> None:
        self.model = model
        self.today = today

    def setup(self, worker: Any) -> None:
        with contextlib.suppress(ExtractorError):
            default_pipeline(self.model, self.today)


@dataclass(frozen=True)
class PartitionTask:
    """What a worker needs for one partition: its inputs and where and how to write them."""

    index: int
    sources: list[Source | Failure]
    out: str
    fmt: str
    model: str | None
    max_bytes: int
    encoding: str | None = None
    emit: Emit = "all"
    today: str | None = None

    def key(self) -> dict[str, Any]:
        """What makes the shard: a finished shard with an equal key can be kept by a resume."""
        return {
            "version": extractor.__version__,
            "format": self.fmt,
            "model": self.model,
            "max_bytes": self.max_bytes,
            "encoding": self.encoding,
            "emit": self.emit,
            "today": self.today,
            "sources": [
                s.identity() if isinstance(s, Source) else ["failure", s.path, s.reason]
                for s in self.sources
            ],
        }


@dataclass
class PartitionResult:
    """What one partition did: the counts of a summary and its failures and warnings in order.

    ``events`` are ``[kind, path, message]`` with kind ``error`` or ``warning``.
    """

    index: int
    documents: int = 0
    words: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    empty: list[str] = field(default_factory=list)
    events: list[list[str]] = field(default_factory=list)

    @property
    def failures(self) -> list[tuple[str, str]]:
        """The failed inputs and documents: (path, reason)."""
        return [(path, text) for kind, path, text in self.events if kind == "error"]


def run_partition(task: PartitionTask) -> PartitionResult:
    """Extract one partition on a worker and write its shard; returns what it did.

    Raises :class:`~extractor.errors.ExtractorError` only for what stops the whole run: a
    pipeline that cannot be loaded (E007) or an output that cannot be written (E019).
    """
    nlp = default_pipeline(task.model, task.today)
    folder = OutputFolder(task.out)
    result = PartitionResult(task.index)
    labels: Counter[str] = Counter()
    with folder.shard(task.index, task.fmt) as shard:
        for source in task.sources:
            documents = (
                [source]
                if isinstance(source, Failure)
                else read_source(source, task.max_bytes, task.encoding)
            )
            if not documents and isinstance(source, Source):
                result.empty.append(source.url)
            for document in documents:
                if isinstance(document, Failure):
                    result.events.append(["error", document.path, document.reason])
                    continue
                with _PIPELINE_LOCK:
                    outcome = render_document(nlp, document, task.emit)
                path = document.path or document.doc_id
                if isinstance(outcome, Rendered):
                    try:
                        shard.write(outcome)
                    except RecordValueError as exc:
                        outcome = Failure(path, exc.reason(path))
                if isinstance(outcome, Failure):
                    result.events.append(["error", outcome.path, outcome.reason])
                    continue
                result.documents += 1
                result.words += count_words(document.text)
                labels.update(outcome.labels)
                result.events.extend(["warning", path, w] for w in outcome.warnings)
        result.labels = dict(labels)
        shard.commit({"key": task.key(), "result": asdict(result)})
    return result


@dataclass(frozen=True)
class Progress:
    """How far a distributed run is: documents done, inputs done of all listed, time so far."""

    documents: int
    inputs: int
    total: int
    seconds: float
    resumed: int = 0
    """Of the documents done, those kept from an earlier run (they took no time)."""

    @property
    def rate(self) -> float:
        """Documents extracted per second so far (resumed ones left out)."""
        return (self.documents - self.resumed) / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        """One status line.

        >>> Progress(1234, 512, 10000, 10.0).line()
        'extracting: 1,234 documents done (512 / 10,000 inputs), 123.4 documents/s'
        >>> Progress(1234, 512, 10000, 10.0, resumed=1000).line()
        'extracting: 1,234 documents done (512 / 10,000 inputs), 23.4 documents/s'
        """
        return (
            f"extracting: {self.documents:,} documents done ({self.inputs:,} / {self.total:,} "
            f"inputs), {self.rate:,.1f} documents/s"
        )


def _finished(folder: OutputFolder, task: PartitionTask) -> PartitionResult | None:
    record = folder.finished(task.index, task.fmt)
    if record is None or record.get("key") != task.key():
        return None
    try:
        return PartitionResult(**record["result"])
    except (KeyError, TypeError):
        return None


def run_distributed(
    inputs: list[str],
    out: str,
    *,
    client: Client,
    fmt: str = "jsonl",
    model: str | None = None,
    resume: bool = False,
    fail_fast: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    emit: Emit = "all",
    today: str | None = None,
    selection: Selection = Selection(),
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_error: Callable[[str, str], None] = lambda path, reason: None,
    on_warning: Callable[[str, str], None] = lambda path, warning: None,
    progress: Callable[[Progress], None] = lambda p: None,
) -> Summary:
    """Extract every input on the cluster of ``client`` into shards in the folder ``out``.

    ``out`` is a local path or an fsspec URL that every worker can write; its shards are
    ``part-00000.jsonl``, ``part-00001.jsonl``, ... (or ``.parquet``), one per partition of
    ``partition_size`` inputs. ``today`` is the reading day of every worker's pipeline
    (:func:`~extractor.load`); the caller fixes it once for the run. Without ``resume`` the shards of an earlier run there are deleted
    first; with it, the shards finished from the same inputs are kept (counted as resumed).

    Returns the :class:`~extractor.io.batch.Summary` of a local run. ``on_error`` and
    ``on_warning`` get the failures and warnings in input order; ``progress`` is called as
    partitions finish. With ``fail_fast`` no partition is started after the first failure.

    Raises :class:`~extractor.errors.ExtractorError`: E042 for Parquet without pyarrow
    (on the client; workers without it fail with E048), E047 for standard input, E007 when the
    workers cannot load the pipeline, E019 when the output cannot be written, E048 when a
    partition fails on the cluster (its workers died too often). If the run is interrupted, the
    partitions not started are cancelled and the finished shards are kept for ``resume``.
    """
    if fmt == "parquet":
        require("parquet")
    started = time.perf_counter()
    summary = Summary()
    listing = list_sources(inputs, selection)
    summary.skipped, summary.not_followed = listing.skipped, listing.not_followed
    folder = OutputFolder(out)
    size = max(1, partition_size)
    tasks = [
        PartitionTask(
            i,
            listing.sources[start : start + size],
            folder.url,
            fmt,
            model,
            max_bytes,
            encoding,
            emit,
            today,
        )
        for i, start in enumerate(range(0, len(listing.sources), size))
    ]
    results: dict[int, tuple[PartitionResult, bool]] = {}
    if resume:
        for task in tasks:
            done = _finished(folder, task)
            if done is not None:
                results[task.index] = (done, True)
    folder.prepare(set(results), fmt)
    client.register_plugin(PipelinePlugin(model, today), name=f"extractor-pipeline-{model}-{today}")

    total = len(listing.sources)
    counts = {"documents": 0, "inputs": 0, "resumed": 0}

    def finished(task: PartitionTask, result: PartitionResult, resumed: bool = False) -> None:
        counts["documents"] += result.documents
        counts["inputs"] += len(task.sources)
        counts["resumed"] += result.documents if resumed else 0
        seconds = time.perf_counter() - started
        progress(Progress(counts["documents"], counts["inputs"], total, seconds, counts["resumed"]))

    for index, (result, _) in results.items():
        finished(tasks[index], result, resumed=True)
    waiting = deque(task for task in tasks if task.index not in results)
    running: dict[Future[PartitionResult], PartitionTask] = {}
    queue = as_completed()

    def submit() -> None:
        window = max(4, 2 * sum(client.nthreads().values()))
        while waiting and len(running) < window:
            task = waiting.popleft()
            future = client.submit(run_partition, task, pure=False)
            running[future] = task
            queue.add(future)

    reporter = _InOrder(summary, on_error, on_warning, fail_fast)
    try:
        submit()
        reporter.report(results)
        for future in queue:
            if reporter.stopped:
                break
            task = running.pop(future)
            results[task.index] = (_outcome(future, task, folder.url), False)
            finished(task, results[task.index][0])
            reporter.report(results)
            if not reporter.stopped:
                submit()
    finally:
        if running:
            client.cancel(list(running))
    if not running:
        folder.remove_temporaries()
    summary.seconds = time.perf_counter() - started
    return summary


def _outcome(future: Future[PartitionResult], task: PartitionTask, out: str) -> PartitionResult:
    try:
        return future.result()
    except ExtractorError:
        raise
    except KilledWorker as exc:
        reason = "every worker that ran it died (killed, or out of memory)"
        raise ExtractorError(
            Errors.E048.format(index=task.index, first=_first(task), reason=reason, out=out)
        ) from exc
    except Exception as exc:
        first = _first(task)
        raise ExtractorError(
            Errors.E048.format(index=task.index, first=first, reason=describe(exc), out=out)
        ) from exc


def _first(task: PartitionTask) -> str:
    head = task.sources[0] if task.sources else None
    return head.url if isinstance(head, Source) else head.path if head else "-"


class _InOrder:
    """Adds partition results to the summary and reports their events in partition order."""

    def __init__(
        self,
        summary: Summary,
        on_error: Callable[[str, str], None],
        on_warning: Callable[[str, str], None],
        fail_fast: bool,
    ) -> None:
        self.summary, self.on_error, self.on_warning = summary, on_error, on_warning
        self.fail_fast = fail_fast
        self.next = 0
        self.stopped = False

    def report(self, results: dict[int, tuple[PartitionResult, bool]]) -> None:
        """Report every result from the next expected partition on, as far as they are there."""
        while not self.stopped and self.next in results:
            result, resumed = results.pop(self.next)  # reported: the client keeps no more of it
            self.next += 1
            summary = self.summary
            if resumed:
                summary.resumed += result.documents
            else:
                summary.documents += result.documents
                summary.words += result.words
            summary.labels.update(result.labels)
            summary.empty.extend(result.empty)
            for kind, path, text in result.events:
                if kind == "error":
                    summary.failures.append((path, text))
                    self.on_error(path, text)
                elif not resumed:  # as in a local run, resumed documents are not warned of again
                    self.on_warning(path, text)
            if self.fail_fast and result.failures:
                self.stopped = True
