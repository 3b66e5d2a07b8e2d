"""Extraction in this process or in a pool of worker processes, results always in input order.

Each worker loads the pipeline once. A worker never outlives its parent (it exits when the
parent's sentinel is gone, even after a SIGKILL), ignores Ctrl-C (the parent decides what an
interrupt does) and is terminated when the run is interrupted.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.errors import Errors, ExtractorError
from extractor.io.inputs import Document, Failure
from extractor.io.output import Rendered, render_document
from extractor.pipeline import default_pipeline, load
from extractor.records import Emit

if TYPE_CHECKING:
    from spacy.language import Language

Extract = Callable[[list[Document]], Generator[Rendered | Failure, None, None]]
"""From documents to their results, in the same order, lazily."""


# Peak RSS of one process of the default pipeline (benchmarks/RESULTS.md, "Scaling": 303 MB
# for 1,000 and for 10,000 documents). --jobs auto starts no more workers than fit beside it.
WORKER_BYTES = 300 * 1024 * 1024
MAX_JOBS = 64


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity), or the machine's count."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def available_memory() -> int | None:
    """Bytes of memory available now: the kernel's MemAvailable, within a cgroup's limit.

    ``None`` where neither can be read (not Linux).
    """
    found: list[int] = []
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                found.append(int(line.split()[1]) * 1024)
    except (OSError, ValueError, IndexError):
        pass
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        used = Path("/sys/fs/cgroup/memory.current").read_text().strip()
        if limit != "max":
            found.append(max(int(limit) - int(used), 0))
    except (OSError, ValueError):
        pass
    return min(found) if found else None


def auto_jobs(cpus: int | None = None, memory: int | None = None) -> int:
    """The worker count of ``--jobs auto``: one per usable CPU, as many as fit in the memory
    available at ``WORKER_BYTES`` each, at least one.

    >>> auto_jobs(cpus=8, memory=1024 * 1024 * 1024), auto_jobs(cpus=2, memory=16 * 1024**3)
    (3, 2)
    """
    cpus = cpus if cpus is not None else usable_cpus()
    memory = memory if memory is not None else available_memory()
    fitting = cpus if memory is None else memory // WORKER_BYTES
    return max(1, min(cpus, fitting, MAX_JOBS))


@dataclass
class _WorkerState:
    nlp: Language | None = None
    error: ExtractorError | None = None
    emit: Emit = "all"


_WORKER = _WorkerState()


def _init_worker(model: str | None, emit: Emit, today: str | None = None) -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what happens then, and it
    # terminates the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _WORKER.emit = emit
    try:
        _WORKER.nlp = load(model, today=today)
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
    return render_document(_WORKER.nlp, document, _WORKER.emit)


@contextlib.contextmanager
def extractor_pool(
    jobs: int, model: str | None, emit: Emit = "all", today: str | None = None
) -> Iterator[Extract]:
    """A function from documents to their results in the same order, in this process or ``jobs``
    (each loading the pipeline of ``model`` reading on ``today``, see :func:`~extractor.load`)."""
    if jobs <= 1:
        nlp = default_pipeline(model, today)
        yield lambda documents: (render_document(nlp, document, emit) for document in documents)
        return
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(model, emit, today),
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
    manager: threading.Thread | None = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()
    # With its workers gone the pool's manager thread closes its wake-up pipe and ends. Until it
    # has, the interpreter's exit hook may write to that pipe as it closes (CPython 3.11 checks
    # and writes without a lock) and print "Bad file descriptor" after our own error message.
    if manager is not None:
        manager.join(timeout=10)
