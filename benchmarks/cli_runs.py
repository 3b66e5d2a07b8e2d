"""Memory and scaling: ``extractor extract FOLDER -o OUT`` as a fresh subprocess per measurement.

The CLI is started by a small wrapper process (``python -m benchmarks.cli_runs``) that waits for
it and reports ``getrusage(RUSAGE_CHILDREN).ru_maxrss``. Two pitfalls make the wrapper necessary:

- Linux counts the RSS a process had before ``exec`` in its peak, and a child forked from the
  benchmark starts as a copy of it (spaCy models and peers loaded: about 1 GB). Forked from the
  wrapper instead, the CLI starts from the wrapper's ~10 MB.
- ``RUSAGE_CHILDREN`` is the maximum over every child a process ever waited for, so read in the
  benchmark itself a later, smaller run could never report less than an earlier one. Each
  wrapper has exactly one child.

With ``--jobs N`` the figure covers the workers the CLI reaped too: the kernel keeps the maximum
over the process and its waited-for descendants, so it is the largest single process, not the sum.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.data import ROOT


@dataclass(frozen=True)
class CliRun:
    """One batch run of the CLI; ``max_rss_mb`` is None when it was killed at its time limit."""

    docs: int
    words: int
    jobs: int
    seconds: float
    max_rss_mb: float | None
    exit_code: int
    summary: str  # the CLI's own first summary line, to show every document went through

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds


def extractor_command() -> list[str]:
    """The ``extractor`` console script of this interpreter's environment."""
    script = Path(sys.executable).with_name("extractor")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from extractor.cli import main; main()"]


def _max_rss_mb(max_rss: int) -> float:
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    return max_rss / (1024 * 1024) if sys.platform == "darwin" else max_rss / 1024


def run_cli(folder: Path, out: Path, *, jobs: int, docs: int, words: int, timeout: float) -> CliRun:
    """Run ``extractor extract folder -o out --jobs N``; its wall time and peak RSS.

    The wall time includes interpreter start-up and pipeline loading, as a user's run does. The
    output file is deleted afterwards (the 10k run writes over 100 MB).
    """
    stderr_path = out.with_name(out.name + ".stderr")
    command = [*extractor_command(), "extract", str(folder), "-o", str(out), "--jobs", str(jobs)]
    wrapper = [sys.executable, "-m", "benchmarks.cli_runs", str(stderr_path), *command]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    # A session of its own, so a run past its time limit is killed with the CLI and its workers.
    process = subprocess.Popen(
        wrapper, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env, start_new_session=True
    )
    start = time.perf_counter()
    try:
        reported, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        out.unlink(missing_ok=True)
        seconds = time.perf_counter() - start
        return CliRun(docs, words, jobs, seconds, None, -9, f"killed after {seconds:.0f} s")
    result = json.loads(reported.strip().splitlines()[-1])
    lines = stderr_path.read_text(encoding="utf-8", errors="replace").splitlines()
    summary = next((line for line in lines if line.startswith("documents:")), "")
    if not summary:
        summary = "no summary: " + (lines[-1] if lines else f"exit code {result['exit']}")
    out.unlink(missing_ok=True)
    return CliRun(
        docs,
        words,
        jobs,
        result["seconds"],
        _max_rss_mb(result["max_rss"]),
        result["exit"],
        summary,
    )


def wrap(stderr_path: str, command: list[str]) -> None:
    """Run ``command`` (stderr to ``stderr_path``); print its exit code, seconds and peak RSS."""
    with open(stderr_path, "w", encoding="utf-8") as stderr:
        start = time.perf_counter()
        code = subprocess.call(command, stdout=subprocess.DEVNULL, stderr=stderr)
        seconds = time.perf_counter() - start
    max_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"exit": code, "seconds": seconds, "max_rss": max_rss}))


if __name__ == "__main__":
    wrap(sys.argv[1], sys.argv[2:])
