"""``python -m benchmarks.distributed``: the local path against ``--scheduler local:N``.

Runs ``extractor extract`` as a fresh process on the same synthetic documents (the bundled
corpus scaled up with varied figures, :func:`benchmarks.data.scale_up`), once per
configuration, and samples the resident memory of the client process and of each process it
starts (the Dask workers, multiprocessing's resource tracker) every 0.1 s with psutil. Reports
wall time, documents/s, the run's own ``elapsed`` (which leaves out interpreter start-up and the
cluster's start), peak RSS of the client, of the largest worker and of the whole process tree,
checks that the shards concatenated are the local output byte for byte, and measures how much
memory the client's listing takes per input (what limits one client to some millions of
inputs). Writes ``benchmarks/DISTRIBUTED.md``.

A full run (10,000 documents, five configurations) takes about 30 minutes on 2 idle cores (the
pipeline does some 24 documents per CPU second), much longer on a machine shared with others;
the CPU time of every process is reported too, which does not depend on the load.
"""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import click
import psutil

from benchmarks import data, harness
from benchmarks.cli_runs import extractor_command

REPORT = Path(__file__).resolve().parent / "DISTRIBUTED.md"
WORK = data.DATA / "distributed"


@dataclass(frozen=True)
class Run:
    """One ``extractor extract`` process and what it took."""

    name: str
    docs: int
    seconds: float
    elapsed: float  # the run's own summary: from listing the inputs to the last document
    client_mb: float
    worker_mb: float  # the largest process the client started (0 without any)
    tree_mb: float  # the largest sum over the client and all its descendants at one instant
    cpu_seconds: float | None  # user + system time of the client and every process it started
    exit_code: int
    summary: str
    output_bytes: int

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def cpu(self) -> str:
        """CPU seconds and documents per CPU second: what one core does, however busy the
        machine is ("n/a" where it was not measured)."""
        if not self.cpu_seconds:
            return "n/a | n/a"
        return f"{self.cpu_seconds:.0f} | {self.docs / self.cpu_seconds:.1f}"


def _sample(process: psutil.Process, cpu: dict[int, float]) -> tuple[float, float, float]:
    """RSS in MB of the client, of its largest descendant, and of all of them together; the CPU
    time of each process so far goes into ``cpu`` (by pid)."""
    sizes: dict[int, int] = {}
    try:
        processes = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0.0, 0.0, 0.0
    for each in processes:
        try:
            with each.oneshot():
                sizes[each.pid] = each.memory_info().rss
                times = each.cpu_times()
                cpu[each.pid] = max(cpu.get(each.pid, 0.0), times.user + times.system)
        except psutil.Error:
            continue
    mb = 1024 * 1024
    client = sizes.pop(process.pid, 0)
    return client / mb, max(sizes.values(), default=0) / mb, (client + sum(sizes.values())) / mb


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.glob("part-*"))


def run(name: str, args: list[str], docs: int, stderr_path: Path, output: Path) -> Run:
    """Run ``extractor extract ARGS`` (the summary is read from standard error).

    The CPU time of each process is its last sample (every 0.1 s), so the last tenth of a second
    of each process is missed. (The kernel's RUSAGE_CHILDREN would count the workers twice: the
    client reaps them, so their time is in the client's children's time as well.)
    """
    command = [*extractor_command(), "extract", *args]
    peaks = [0.0, 0.0, 0.0]
    cpu: dict[int, float] = {}
    with stderr_path.open("w", encoding="utf-8") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        watched = psutil.Process(process.pid)
        while process.poll() is None:
            peaks = [max(a, b) for a, b in zip(peaks, _sample(watched, cpu), strict=True)]
            time.sleep(0.1)
        seconds = time.perf_counter() - start
    lines = stderr_path.read_text(encoding="utf-8").splitlines()
    summary = next((line for line in lines if line.startswith("documents:")), "no summary")
    elapsed_line = next((line for line in lines if line.startswith("elapsed:")), "elapsed: 0 s")
    elapsed = float(elapsed_line.split()[1])
    return Run(
        name, docs, seconds, elapsed, *peaks, sum(cpu.values()), process.returncode, summary,
        _size(output),
    )  # fmt: skip


def listing_bytes_per_input(folder: Path) -> float:
    """Memory the client's listing of ``folder`` takes, per input (traced Python allocations)."""
    from extractor.io.storage import list_sources

    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    listing = list_sources([str(folder)])
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / max(1, len(listing.sources))


def concatenated(folder: Path, suffix: str) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob(f"part-*.{suffix}")))


def render(runs: list[Run], info: dict[str, str], identical: bool | None, per_input: float) -> str:
    local = next(r for r in runs if r.name == "local")
    lines = [
        "# Distributed runs: local path against `--scheduler local:N`",
        "",
        "Generated by `python -m benchmarks.distributed`; every run is a fresh `extractor "
        "extract` process on the same synthetic documents. *docs/s* divides by the wall time "
        "(start-up, pipeline loading and, for `local:N`, starting the cluster included); "
        "*elapsed* is the run's own summary (listing to last document). RSS peaks sampled every "
        "0.1 s: the client process, its largest child (a Dask worker), and the whole tree at once.",
        "",
        "*CPU s* adds up the user and system time of every process of the run; *docs per "
        "CPU s* is what one core does, whatever else the machine was running.",
        "",
        "| run | documents | wall s | docs/s | x local | elapsed s | CPU s | docs per CPU s "
        "| client MB | worker MB | tree MB | output KB/doc | exit |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(
            f"| `{r.name}` | {r.docs:,} | {r.seconds:.1f} | {r.docs_per_s:.1f} | "
            f"{r.docs_per_s / local.docs_per_s:.2f} | {r.elapsed:.1f} | {r.cpu} | "
            f"{r.client_mb:.0f} | {r.worker_mb:.0f} | "
            f"{r.tree_mb:.0f} | {r.output_bytes / r.docs / 1024:.1f} | {r.exit_code} |"
        )
    lines += [
        "",
        f"Shards of `local:2` concatenated in partition order equal the local output byte for "
        f"byte: **{ {True: 'yes', False: 'NO', None: 'not run'}[identical] }**.",
        "",
        f"The client's listing takes {per_input:,.0f} bytes per input (Python allocations, "
        "local paths).",
        "",
        "Summaries:",
        "",
        *[f"- `{r.name}`: {r.summary}" for r in runs],
        "",
        "## Machine",
        "",
        *[f"- {key}: {value}" for key, value in info.items()],
        "",
    ]
    return "\n".join(lines)


@click.command()
@click.option("--docs", default=10_000, show_default=True, help="Synthetic documents.")
@click.option("--partition-size", default=500, show_default=True)
@click.option("--report", type=click.Path(path_type=Path), default=REPORT, show_default=True)
@click.option(
    "--only", multiple=True, help="Run only these configurations (by name, e.g. local:2)."
)
def main(docs: int, partition_size: int, report: Path, only: tuple[str, ...]) -> None:
    """Time the local path and --scheduler local:1 / local:2 on DOCS synthetic documents."""
    info = harness.machine()
    corpus, _ = data.corpus_docs()
    texts = data.scale_up([data.Text(d.gold.doc_id, d.text) for d in corpus], docs)
    folder = data.write_folder(texts, WORK / "in")
    outputs = WORK / "out"
    if outputs.exists():
        shutil.rmtree(outputs)
    outputs.mkdir(parents=True)
    size = ["--partition-size", str(partition_size)]
    plans = [
        ("local", [str(folder), "-o", str(outputs / "local.jsonl")]),
        ("local --jobs 2", [str(folder), "-o", str(outputs / "jobs2.jsonl"), "--jobs", "2"]),
        ("local:1", [str(folder), "-o", str(outputs / "dask1"), "--scheduler", "local:1", *size]),
        ("local:2", [str(folder), "-o", str(outputs / "dask2"), "--scheduler", "local:2", *size]),
        (
            "local:2 --format parquet",
            [str(folder), "-o", str(outputs / "parquet2"), "--scheduler", "local:2",
             "--format", "parquet", *size],
        ),
    ]  # fmt: skip
    plans = [plan for plan in plans if not only or plan[0] in only or plan[0] == "local"]
    runs = []
    for name, args in plans:
        click.echo(f"running {name} ...", err=True)
        stderr = outputs / f"{name.replace(' ', '_')}.stderr"
        runs.append(run(name, args, docs, stderr, Path(args[2])))
        click.echo(f"  {runs[-1]}", err=True)
    identical = (
        concatenated(outputs / "dask2", "jsonl") == (outputs / "local.jsonl").read_bytes()
        if (outputs / "dask2").exists()
        else None
    )
    per_input = listing_bytes_per_input(folder)
    report.write_text(render(runs, info, identical, per_input), encoding="utf-8")
    click.echo(report.read_text(encoding="utf-8"))
    shutil.rmtree(outputs)
    sys.exit(0 if identical is not False and all(r.exit_code == 0 for r in runs) else 1)


if __name__ == "__main__":
    main()
