import os
from pathlib import Path

import pytest

from benchmarks.cli_runs import run_cli
from benchmarks.data import Text, write_folder
from benchmarks.harness import machine, measure, one_core


def test_harness_measure_warms_up_once_then_repeats() -> None:
    calls: list[int] = []
    result = measure(lambda texts: calls.append(len(texts)), ["a b", "c"], warmup=["w"], repeats=3)
    assert calls == [1, 2, 2, 2]
    assert (result.docs, result.words, len(result.seconds)) == (2, 3, 3)


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="Linux only")
def test_harness_one_core_pins_and_restores() -> None:
    before = os.sched_getaffinity(0)
    with one_core() as cpu:
        assert os.sched_getaffinity(0) == {cpu}
    assert os.sched_getaffinity(0) == before


def test_harness_machine_names_python_and_packages() -> None:
    info = machine()
    assert info["Python"].count(".") == 2
    assert "spacy" in info and "nproc" in info


def test_harness_cli_run_reports_the_child_and_deletes_the_output(tmp_path: Path) -> None:
    folder = write_folder(
        [Text("a.txt", "Exports rose 5.8 pct."), Text("b.txt", "Sales hit $1m.")], tmp_path / "in"
    )
    out = tmp_path / "out.jsonl"
    run = run_cli(folder, out, jobs=1, docs=2, words=7, timeout=300)
    assert run.exit_code == 0
    assert run.summary.startswith("documents: 2 processed")
    assert run.max_rss_mb is not None and 20 < run.max_rss_mb < 2000
    assert not out.exists()
