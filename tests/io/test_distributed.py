"""Distributed runs on a real 2-worker LocalCluster: shards identical to a local run (JSONL and
Parquet), resume after an interruption, a worker killed mid-task, memory:// inputs and outputs,
bad files among good ones."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster, Worker
from test_batch import POSIX_PROCESSES, article, running, write_articles

from extractor.cli import main
from extractor.errors import Errors, ExtractorError
from extractor.io.batch import BatchOptions, Hooks, Summary, run_batch
from extractor.io.distributed import Progress, parse_scheduler, run_distributed
from extractor.io.inputs import InputFile, Selection, find_inputs
from extractor.io.storage import Source, list_sources

BINARY = b"\x89PNG\r\n\x1a\n" + bytes(64)


def cluster(processes: bool) -> LocalCluster:
    return LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=processes,
        dashboard_address=":0",
        silence_logs=40,
    )


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two worker processes, shared by the tests that do not harm them."""
    with cluster(processes=True) as local, Client(local) as connected:
        yield connected


def with_bad_files(folder: Path) -> Path:
    """Good articles plus an image, a JSONL file with a broken line, an empty file and a PDF."""
    (folder / "sub").mkdir()
    (folder / "sub" / "image.txt").write_bytes(BINARY)
    (folder / "items.jsonl").write_text(json.dumps({"id": "n1", "text": article(1)}) + "\n{\n")
    (folder / "empty.md").write_text("")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "yen.txt").write_text("Tokyo or Beijing?\n\nThe ticket cost ¥500.\n")  # W001
    return folder


class Reports:
    """What a run reported: failures and warnings, in order."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.warnings: list[tuple[str, str]] = []

    def error(self, path: str, reason: str) -> None:
        self.errors.append((path, reason))

    def warning(self, path: str, warning: str) -> None:
        self.warnings.append((path, warning))


def shards(out: Path, fmt: str = "jsonl") -> list[Path]:
    return sorted(out.glob(f"part-*.{fmt}"))


def concatenated(out: Path) -> bytes:
    return b"".join(path.read_bytes() for path in shards(out))


def counts(summary: Summary) -> tuple[int, int, int, int, int]:
    return (
        summary.documents,
        summary.resumed,
        len(summary.empty),
        len(summary.skipped),
        len(summary.failures),
    )


def test_distributed_scheduler_values() -> None:
    assert parse_scheduler("local:1") == 1
    assert parse_scheduler("local:16") == 16
    assert parse_scheduler("tcp://10.1.2.3:8786") == "tcp://10.1.2.3:8786"
    assert parse_scheduler("tls://scheduler.example:8786") == "tls://scheduler.example:8786"
    for bad in ("local:0", "local", "local:two", "10.1.2.3:8786", "", "local:2 "):
        with pytest.raises(ExtractorError) as caught:
            parse_scheduler(bad)
        assert str(caught.value) == Errors.E043.format(value=bad)


def test_distributed_listing_is_sorted_and_skips_as_a_local_run(tmp_path: Path) -> None:
    folder = with_bad_files(write_articles(tmp_path / "in", 3))
    inputs = [str(folder), str(tmp_path / "missing.txt")]
    listing = list_sources(inputs)
    # ids are relative to the folder holding every input, as in a local run
    assert [(s.doc_id, s.url) for s in listing.sources if isinstance(s, Source)] == [
        ("in/a000.txt", str(folder / "a000.txt")),
        ("in/a001.txt", str(folder / "a001.txt")),
        ("in/a002.txt", str(folder / "a002.txt")),
        ("in/empty.md", str(folder / "empty.md")),
        ("in/items.jsonl", str(folder / "items.jsonl")),
        ("in/sub/image.txt", str(folder / "sub" / "image.txt")),
        ("in/yen.txt", str(folder / "yen.txt")),
        ("missing.txt", str(tmp_path / "missing.txt")),
    ]
    assert [(s.doc_id, s.url) for s in listing.sources if isinstance(s, Source)] == [
        (item.doc_id, str(item.path)) for item in find_inputs(inputs) if isinstance(item, InputFile)
        and item.path.suffix != ".pdf"
    ]  # fmt: skip
    assert listing.skipped == [str(folder / "scan.pdf")]
    selected = list_sources([str(folder)], Selection(include=("a*.txt",), exclude=("a001*",)))
    assert [s.doc_id for s in selected.sources if isinstance(s, Source)] == ["a000.txt", "a002.txt"]
    with pytest.raises(ExtractorError, match=r"^\[E047\]"):
        list_sources(["-"])


def test_distributed_jsonl_is_the_local_output_in_shards(client: Client, tmp_path: Path) -> None:
    folder = with_bad_files(write_articles(tmp_path / "in", 23))
    reference, out = tmp_path / "reference.jsonl", tmp_path / "shards"
    local_reports, reports = Reports(), Reports()
    local = run_batch(
        [str(folder)], reference, hooks=Hooks(local_reports.error, local_reports.warning)
    )
    seen: list[Progress] = []
    summary = run_distributed(
        [str(folder)], str(out), client=client, partition_size=4, on_error=reports.error,
        on_warning=reports.warning, progress=seen.append,
    )  # fmt: skip

    # 27 inputs listed (the PDF is skipped): 7 partitions of 4, the last of 3.
    assert [p.name for p in shards(out)] == [f"part-{i:05d}.jsonl" for i in range(7)]
    assert concatenated(out) == reference.read_bytes()
    assert (
        reports.errors
        == local_reports.errors
        == [
            (
                f"{folder / 'items.jsonl'}:2",
                Errors.E014.format(
                    path=folder / "items.jsonl",
                    line=2,
                    reason="Expecting property name enclosed in double quotes",
                ),
            ),
            (
                str(folder / "sub" / "image.txt"),
                Errors.E011.format(path=folder / "sub" / "image.txt"),
            ),
        ]
    )
    assert reports.warnings == local_reports.warnings
    assert [path for path, _ in reports.warnings] == [str(folder / "yen.txt")]
    assert counts(summary) == counts(local) == (25, 0, 1, 1, 2)
    assert summary.labels == local.labels
    assert summary.words == local.words
    assert summary.lines()[:2] == local.lines()[:2]
    # Progress as partitions finish: inputs done reach all 27, documents all 25.
    assert [p.total for p in seen] == [27] * 7
    steps = [
        b.inputs - a.inputs for a, b in zip([Progress(0, 0, 27, 0), *seen], seen, strict=False)
    ]
    assert sorted(steps) == [3, 4, 4, 4, 4, 4, 4]
    assert seen[-1].inputs == 27
    assert seen[-1].documents == 25
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_distributed_parquet_shards_are_the_local_table(client: Client, tmp_path: Path) -> None:
    folder = with_bad_files(write_articles(tmp_path / "in", 9))
    reference, out = tmp_path / "reference.parquet", tmp_path / "shards"
    run_batch([str(folder)], reference, BatchOptions(fmt="parquet"))
    summary = run_distributed(
        [str(folder)], str(out), client=client, fmt="parquet", partition_size=5
    )
    # 13 inputs (the PDF is skipped) in partitions of 5
    assert [p.name for p in shards(out, "parquet")] == [f"part-{i:05d}.parquet" for i in range(3)]
    table = pa.concat_tables(pq.read_table(p) for p in shards(out, "parquet"))
    assert table.equals(pq.read_table(reference))
    assert table.num_rows == len(run_jsonl_lines(folder, tmp_path))
    assert counts(summary) == (11, 0, 1, 1, 2)


def run_jsonl_lines(folder: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / "lines.jsonl"
    run_batch([str(folder)], out)
    return out.read_text().splitlines()


def test_distributed_fail_fast_reports_the_first_failure_only(
    client: Client, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "in", 40)
    (folder / "a005x.txt").write_bytes(BINARY)  # in partition 1 of 11
    (folder / "a030x.txt").write_bytes(BINARY)  # in partition 7
    reports = Reports()
    summary = run_distributed(
        [str(folder)], str(tmp_path / "out"), client=client, partition_size=4, fail_fast=True,
        on_error=reports.error,
    )  # fmt: skip
    assert reports.errors == [
        (str(folder / "a005x.txt"), Errors.E011.format(path=folder / "a005x.txt"))
    ]
    assert summary.failures == reports.errors
    assert summary.documents == 7  # partitions 0 and 1, reported in order before the stop
    assert len(shards(tmp_path / "out")) < 11


class Interrupt(Exception):
    """Stands for Ctrl-C in the progress callback (a KeyboardInterrupt would stop pytest)."""


def executing(dask_worker: Worker) -> int:
    return len(dask_worker.state.executing)


def wait_until_idle(client: Client) -> None:
    """Wait for the workers to end the tasks they run: a cancelled task that had started runs to
    its end (Dask cannot stop a thread), and commits its shard."""
    deadline = time.monotonic() + 60
    while sum(client.run(executing).values()) and time.monotonic() < deadline:
        time.sleep(0.1)


def test_distributed_resume_after_interruption(client: Client, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 40)
    reference, out = tmp_path / "reference.jsonl", tmp_path / "shards"
    run_batch([str(folder)], reference)

    def interrupt(progress: Progress) -> None:
        if progress.inputs >= 8:
            raise Interrupt

    with pytest.raises(Interrupt):
        run_distributed(
            [str(folder)], str(out), client=client, partition_size=4, progress=interrupt
        )
    wait_until_idle(client)
    finished = {p.name for p in (out / "_meta").glob("part-*.json")}
    assert 2 <= len(finished) < 10
    kept = {p.name: p.stat().st_mtime_ns for p in shards(out)}

    # One article changes: its partition (a012-a015) is done again even if it had finished.
    (folder / "a013.txt").write_text(article(13, version=2), encoding="utf-8")
    reference.unlink()
    run_batch([str(folder)], reference)
    redone = "part-00003.json"
    resumed_partitions = len(finished - {redone})
    seen: list[Progress] = []
    summary = run_distributed(
        [str(folder)], str(out), client=client, partition_size=4, resume=True,
        progress=seen.append,
    )  # fmt: skip
    assert concatenated(out) == reference.read_bytes()
    assert counts(summary) == (40 - 4 * resumed_partitions, 4 * resumed_partitions, 0, 0, 0)
    assert (seen[-1].documents, seen[-1].resumed) == (40, 4 * resumed_partitions)
    for name, mtime in kept.items():  # resumed shards are not written again
        if f"{name.split('.')[0]}.json" in finished - {redone}:
            assert (out / name).stat().st_mtime_ns == mtime

    # Without --resume, the shards of the earlier run are replaced, and shards beyond the new
    # number of partitions are deleted.
    summary = run_distributed([str(folder)], str(out), client=client, partition_size=16)
    assert [p.name for p in shards(out)] == [f"part-{i:05d}.jsonl" for i in range(3)]
    assert sorted(p.name for p in (out / "_meta").iterdir()) == [
        f"part-{i:05d}.json" for i in range(3)
    ]
    assert concatenated(out) == reference.read_bytes()
    assert counts(summary) == (40, 0, 0, 0, 0)


def test_distributed_killed_worker_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 120)
    reference, out = tmp_path / "reference.jsonl", tmp_path / "shards"
    run_batch([str(folder)], reference)
    killed: list[int] = []

    with cluster(processes=True) as local, Client(local) as own:
        pids = own.run(os.getpid)

        def kill_a_busy_worker(progress: Progress) -> None:
            if killed:
                return
            busy = [worker for worker, keys in own.processing().items() if keys]
            temporary = [p for p in out.iterdir() if p.name.endswith(".tmp")]
            if busy and temporary:  # a worker is inside a partition, its shard half-written
                killed.append(pids[busy[0]])
                os.kill(pids[busy[0]], signal.SIGKILL)

        summary = run_distributed(
            [str(folder)], str(out), client=own, partition_size=6, progress=kill_a_busy_worker
        )
        assert killed, "no worker was busy when a partition finished"
        assert killed[0] not in own.run(os.getpid).values()  # the nanny started a new worker

    assert concatenated(out) == reference.read_bytes()
    assert counts(summary) == (120, 0, 0, 0, 0)
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_distributed_memory_inputs_and_outputs(tmp_path: Path) -> None:
    fs = fsspec.filesystem("memory")
    local_folder = with_bad_files(write_articles(tmp_path / "in", 7))
    for path in sorted(local_folder.rglob("*")):
        if path.is_file():
            fs.pipe(
                f"memory://news/in/{path.relative_to(local_folder).as_posix()}", path.read_bytes()
            )
    reference = tmp_path / "reference.jsonl"
    run_batch([str(local_folder)], reference)
    reports = Reports()
    try:
        # Threads instead of processes: a memory:// file system lives in one process.
        with cluster(processes=False) as local, Client(local) as threads:
            summary = run_distributed(
                ["memory://news/in", "memory://news/nothing-here.txt"], "memory://news/out",
                client=threads, partition_size=3, on_error=reports.error,
            )  # fmt: skip
        names = sorted(fs.ls("/news/out", detail=False))
        assert names == ["/news/out/_meta"] + [f"/news/out/part-{i:05d}.jsonl" for i in range(4)]
        assert b"".join(fs.cat(name) for name in names[1:]) == reference.read_bytes()
    finally:
        fs.rm("/news", recursive=True)
    assert [path for path, _ in reports.errors] == [
        "memory://news/in/items.jsonl:2",
        "memory://news/in/sub/image.txt",
        "memory://news/nothing-here.txt",
    ]
    assert reports.errors[1][1] == Errors.E011.format(path="memory://news/in/sub/image.txt")
    assert reports.errors[2][1] == Errors.E016.format(
        path="memory://news/nothing-here.txt", reason="No such file or directory"
    )
    assert counts(summary) == (9, 0, 1, 1, 3)
    assert summary.skipped == ["memory://news/in/scan.pdf"]


def test_distributed_cli_local_2(tmp_path: Path) -> None:
    folder = with_bad_files(write_articles(tmp_path / "in", 10))
    reference, out = tmp_path / "reference.jsonl", tmp_path / "shards"
    errors = {name: tmp_path / f"{name}-errors.jsonl" for name in ("local", "cluster")}
    runner = CliRunner()
    local = runner.invoke(
        main, ["extract", str(folder), "-o", str(reference), "--errors", str(errors["local"])]
    )
    result = runner.invoke(
        main,
        [
            "extract", str(folder), "-o", str(out), "--scheduler", "local:2",
            "--partition-size", "5", "--errors", str(errors["cluster"]),
        ],
    )  # fmt: skip
    assert (result.exit_code, local.exit_code) == (1, 1)
    assert concatenated(out) == reference.read_bytes()
    assert errors["cluster"].read_bytes() == errors["local"].read_bytes()
    summary = [line for line in result.stderr.splitlines() if not line.startswith("elapsed")]
    assert summary == [line for line in local.stderr.splitlines() if not line.startswith("elapsed")]
    assert (
        "documents: 12 processed, 0 resumed, 1 empty, 1 skipped (unknown extension), 2 failed"
        in (result.stderr)
    )


def children(pid: int) -> list[int]:
    """The child processes of ``pid``, whichever of its threads started them (Dask starts its
    workers from its event loop's thread, and Linux lists children per thread)."""
    return [
        int(child)
        for task in Path(f"/proc/{pid}/task").iterdir()
        for child in (task / "children").read_text().split()
    ]


@POSIX_PROCESSES
def test_distributed_cli_sigterm_then_resume(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 60)
    reference, out = tmp_path / "reference.jsonl", tmp_path / "shards"
    run_batch([str(folder)], reference)
    args = ["extract", str(folder), "-o", str(out), "--scheduler", "local:2"]
    args += ["--partition-size", "5"]
    with (tmp_path / "stderr.txt").open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "extractor.cli", *args], stdout=subprocess.DEVNULL, stderr=stderr
        )
    try:
        while not list(out.glob("_meta/part-*.json")):
            assert proc.poll() is None, "the run ended before it could be interrupted"
            time.sleep(0.01)
        workers = children(proc.pid)
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=120)
        assert code == 128 + signal.SIGTERM, (tmp_path / "stderr.txt").read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (tmp_path / "stderr.txt").read_text().splitlines()[-1] == (
        f"interrupted by SIGTERM; the finished shards are in {out} (continue with --resume)"
    )
    assert len(workers) >= 2
    assert running(workers) == []  # the cluster went with the client
    finished = len(list(out.glob("_meta/part-*.json")))
    assert 1 <= finished < 12

    result = CliRunner().invoke(main, [*args, "--resume"])
    assert result.exit_code == 0, result.stderr
    assert concatenated(out) == reference.read_bytes()
    assert (
        f"documents: {60 - 5 * finished} processed, {5 * finished} resumed, 0 empty"
        in result.stderr
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scheduler", "local:2"], Errors.E049),
        (["--scheduler", "local:2", "-o", "out", "-j", "2"], "--jobs is for local runs"),
        (["--format", "parquet"], Errors.E045),
        (["-o", "x.parquet", "--resume"], Errors.E046),
        (["-o", "s3://bucket/facts"], Errors.E050.format(url="s3://bucket/facts")),
    ],
    ids=["no-output", "jobs", "parquet-stdout", "parquet-resume", "url-without-scheduler"],
)
def test_distributed_cli_usage_errors(args: list[str], message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path), *args])
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())


def test_distributed_cli_bad_scheduler(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path), "-o", str(tmp_path / "out"), "--scheduler", "local:0"]
    )
    assert result.exit_code == 1
    assert result.stderr == f"Error: {Errors.E043.format(value='local:0')}\n"
