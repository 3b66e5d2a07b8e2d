"""``python -m benchmarks.run``: every benchmark section, then ``benchmarks/RESULTS.md``.

A full run takes about 20 minutes on 2 cores; ``--quick`` (a few minutes) uses smaller sizes
and fewer repeats, for checking the harness rather than for quoting numbers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import click

from benchmarks import accuracy, cli_runs, data, harness, pathological, peers, profiling
from benchmarks.report import Results, SpeedRow, render
from extractor.evaluation.corpus import CorpusDoc

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SPEED_SYSTEMS = ("extractor", "extractor+sm", "sm", "sm-ner", "blank", "quantulum3", "recognizers")
# In a fresh interpreter: the import, then load() and one extract() (the first document).
_LOAD_PROGRAM = (
    "import time; start = time.perf_counter(); import extractor; imported = time.perf_counter(); "
    "extractor.extract('Exports rose 5 percent to 3 billion yuan.', nlp=extractor.load()); "
    "print(imported - start, time.perf_counter() - imported)"
)
ACCURACY_SYSTEMS = ("extractor", "extractor+sm", "sm", "quantulum3", "recognizers")
SECTIONS = ("speed", "accuracy", "profile", "cli", "pathological")


@dataclass(frozen=True)
class Plan:
    """How much of everything a run does."""

    name: str
    corpus_repeats: int
    scale_docs: int  # the synthetic scale-up, all of it timed for extractor's default pipeline
    peer_docs: int  # the part of it every system runs, for the ratios
    memory_docs: tuple[int, ...]
    scaling_docs: tuple[int, ...]
    jobs: tuple[int, ...]
    pathological_kb: tuple[int, ...]
    pathological_limit_s: float
    profile_repeats: int
    load_repeats: int = 5


FULL = Plan(
    "full",
    corpus_repeats=5,
    scale_docs=10_000,
    peer_docs=500,
    memory_docs=(10, 1_000, 10_000),
    scaling_docs=(1_000, 10_000),
    jobs=(1, 2),
    pathological_kb=pathological.PROBE_KB + pathological.REQUIRED_KB,
    pathological_limit_s=90,
    profile_repeats=2,
)
QUICK = replace(
    FULL,
    name="quick",
    corpus_repeats=2,
    scale_docs=1_000,
    peer_docs=100,
    memory_docs=(10, 100, 1_000),
    scaling_docs=(100, 1_000),
    pathological_limit_s=10,
    profile_repeats=1,
    load_repeats=2,
)


def _speed(
    results: Results, plan: Plan, synthetic: Sequence[data.Text], corpus: Sequence[str]
) -> None:
    systems, unavailable = peers.load_systems(SPEED_SYSTEMS)
    results.unavailable.update(unavailable)
    subset = [t.text for t in synthetic[: plan.peer_docs]]
    # Varied copies, not the corpus itself, so the scale-up timing starts on unseen strings.
    warm_synthetic = [t.text for t in synthetic[len(corpus) : len(corpus) + 5]] or subset[:5]
    with harness.one_core() as cpu:
        results.pinned_cpu = cpu
        for system in systems:
            click.echo(f"speed: {system.name}", err=True)
            on_corpus = harness.measure(
                system.run, corpus, warmup=corpus[:5], repeats=plan.corpus_repeats
            )
            on_subset = harness.measure(system.run, subset, warmup=warm_synthetic, repeats=1)
            results.speed[system.key] = SpeedRow(system.key, system.name, on_corpus, on_subset)
        click.echo("speed: load time", err=True)
        with tempfile.TemporaryDirectory() as warm:
            _load_time(warm)  # the first process fills the load cache
            results.import_seconds, results.load_seconds = map(
                list, zip(*(_load_time(warm) for _ in range(plan.load_repeats)), strict=True)
            )
        for _ in range(plan.load_repeats):
            with tempfile.TemporaryDirectory() as empty:
                results.load_cold_seconds.append(_load_time(empty)[1])
        default = next((s for s in systems if s.key == "extractor"), None)
        if default is not None and plan.scale_docs > plan.peer_docs:
            click.echo(f"speed: extractor on {plan.scale_docs:,} documents", err=True)
            texts = [t.text for t in synthetic]
            results.scale_full = harness.measure(
                default.run, texts, warmup=warm_synthetic, repeats=1
            )


def _load_time(cache: str) -> tuple[float, float]:
    """Seconds of ``import extractor``, and from there to a first document's records, in a
    fresh interpreter (on the pinned core) whose load cache is the folder ``cache``."""
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_PROGRAM],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"EXTRACTOR_CACHE_DIR": cache},
    )
    imported, loaded = done.stdout.strip().splitlines()[-1].split()
    return float(imported), float(loaded)


def _accuracy(results: Results, docs: Sequence[CorpusDoc]) -> None:
    systems, unavailable = peers.load_systems(ACCURACY_SYSTEMS)
    results.unavailable.update(unavailable)
    for system in systems:
        click.echo(f"accuracy: {system.name}", err=True)
        value_labels = peers.VALUE_LABELS if system.normalizes else ()
        results.accuracy[system.key] = accuracy.score(
            docs, system.records, system.labels, value_labels
        )
        results.names[system.key] = system.name


def _profile(results: Results, plan: Plan, corpus: Sequence[str]) -> None:
    import extractor

    nlp = extractor.load()
    click.echo("profile: extractor on the corpus", err=True)
    with harness.one_core():
        results.stage_seconds = profiling.corpus_stage_times(nlp, corpus, plan.corpus_repeats)
        results.pattern_seconds = profiling.pattern_scan_times(corpus, plan.corpus_repeats)
        system = peers.SYSTEMS["extractor"][1]()
        system.run(corpus[:5])

        def passes() -> None:
            for _ in range(plan.profile_repeats):
                system.run(corpus)

        results.profile_rows = profiling.profile(passes)
    results.profile_passes = plan.profile_repeats


def _cli(results: Results, plan: Plan, synthetic: Sequence[data.Text]) -> None:
    runs: dict[tuple[int, int], cli_runs.CliRun] = {}
    wanted = [(n, 1) for n in plan.memory_docs] + [
        (n, j) for n in plan.scaling_docs for j in plan.jobs
    ]
    out = data.DATA / "out.jsonl"
    for docs, jobs in dict.fromkeys(wanted):
        folder = data.write_folder(synthetic[:docs], data.DATA / f"docs-{docs}")
        words = data.word_count([t.text for t in synthetic[:docs]])
        click.echo(f"cli: {docs:,} documents, --jobs {jobs}", err=True)
        runs[(docs, jobs)] = cli_runs.run_cli(
            folder, out, jobs=jobs, docs=docs, words=words, timeout=1800
        )
    results.memory = [runs[(n, 1)] for n in plan.memory_docs]
    results.scaling = [runs[(n, j)] for n in plan.scaling_docs for j in plan.jobs]


def _pathological(results: Results, plan: Plan) -> None:
    limit = plan.pathological_limit_s
    results.chunk_chars = pathological.chunk_chars()
    for kind in data.PATHOLOGICAL:
        click.echo(f"pathological: {kind}", err=True)
        runs = pathological.run_ladder(kind, plan.pathological_kb, limit)
        results.pathological[kind] = runs
        measured = [r for r in runs if r.status == "ok"]
        if len(measured) >= 2 and pathological.linearity(runs) is False:
            # cProfile roughly doubles the time: profile the largest size that stays well inside.
            small = [r for r in measured if r.seconds <= limit / 4] or measured[:1]
            click.echo(f"pathological: profiling {kind} at {small[-1].kb} KB", err=True)
            results.diagnoses[kind] = pathological.diagnose(
                kind, small[-1].kb, timeout=3 * limit + 30
            )
        largest = max(plan.pathological_kb)
        folder = data.write_folder(
            [data.Text(f"{kind}.txt", data.pathological_text(kind, largest))],
            data.DATA / f"pathological-{kind}",
        )
        click.echo(f"pathological: CLI on {largest} KB of {kind}", err=True)
        results.pathological_cli[kind] = cli_runs.run_cli(
            folder, data.DATA / "pathological.jsonl", jobs=1, docs=1, words=0, timeout=limit
        )
        results.pathological_cli_kb = largest


@click.command()
@click.option("--quick", is_flag=True, help="Small sizes and few repeats: a check of the harness.")
@click.option(
    "--only",
    multiple=True,
    type=click.Choice(SECTIONS),
    help="Run only these sections (repeatable).",
)
@click.option(
    "--output", type=click.Path(dir_okay=False, path_type=Path), default=RESULTS, show_default=True
)
def main(quick: bool, only: tuple[str, ...], output: Path) -> None:
    """Benchmark extractor against its peers and write the results as Markdown."""
    plan = QUICK if quick else FULL
    sections = set(only or SECTIONS)
    started = time.perf_counter()
    docs, problems = data.corpus_docs()
    corpus = [d.text for d in docs]
    texts = [data.Text(d.gold.doc_id, d.text) for d in docs]
    synthetic = data.scale_up(texts, plan.scale_docs)
    results = Results(
        plan=plan.name,
        machine=harness.machine(),
        corpus_docs=len(docs),
        corpus_words=data.word_count(corpus),
        corpus_problems=problems,
        scale_docs=plan.scale_docs,
        scale_words=data.word_count([t.text for t in synthetic]),
        peer_docs=plan.peer_docs,
        sections=sorted(sections),
        pathological_limit_s=plan.pathological_limit_s,
    )
    steps: dict[str, Callable[[], None]] = {
        "speed": lambda: _speed(results, plan, synthetic, corpus),
        "accuracy": lambda: _accuracy(results, docs),
        "profile": lambda: _profile(results, plan, corpus),
        "cli": lambda: _cli(results, plan, synthetic),
        "pathological": lambda: _pathological(results, plan),
    }
    for name, step in steps.items():
        if name not in sections:
            continue
        try:
            step()
        except Exception as exc:  # a crash in one section must not lose the other sections' numbers
            traceback.print_exc()
            results.failed[name] = (
                f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            )
    results.machine["load average at end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    results.elapsed_s = time.perf_counter() - started
    output.write_text(render(results), encoding="utf-8")
    click.echo(f"wrote {output} ({results.elapsed_s / 60:.1f} min)", err=True)


if __name__ == "__main__":
    main()
