"""Pathological input: does extractor's time grow linearly with the size of a hostile text?

Each size runs in a fresh subprocess (``python -m benchmarks.pathological KIND KB``) so that a
super-linear case can be killed at its time limit without losing the rest of the benchmark. The
sizes of an input run in increasing order; before each one the time is extrapolated from the
previous two, and a size that would exceed the limit is skipped with its estimate, so a quadratic
stage costs about one limit instead of hours.

With ``--profile`` the worker also runs cProfile and wraps the tokenizer's affix callbacks in
Python functions: spaCy's tokenizer is Cython, invisible to cProfile, but the callbacks it makes
show how many times each regex ran and over how many characters.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import click

import extractor
from benchmarks.data import PATHOLOGICAL, ROOT, pathological_text
from benchmarks.profiling import ProfileRow, StageTimes, stage_times, top
from benchmarks.profiling import profile as run_profiled

REQUIRED_KB = (125, 250, 500, 1024)
PROBE_KB = (2, 4, 8, 16, 32, 64)
AFFIX_HOOKS = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")
LINEAR_EXPONENT = 1.2  # time ~ size^k; above this the growth is called super-linear


@dataclass
class Hook:
    """Calls of one tokenizer callback: how many, over how many characters, how long."""

    calls: int = 0
    chars: int = 0
    seconds: float = 0.0


@dataclass
class SizeRun:
    """One input at one size: measured, timed out, or skipped with an estimate."""

    kb: int
    status: str  # "ok", "timeout", "skipped", "failed"
    stages: dict[str, float] = field(default_factory=dict)
    chars: int = 0
    tokens: int = 0
    mentions: int = 0
    estimate_s: float | None = None
    note: str = ""

    @property
    def seconds(self) -> float:
        return sum(self.stages.values())

    @property
    def ms_per_kb(self) -> float:
        return 1000 * self.seconds / self.kb


@dataclass
class Diagnosis:
    """The profile of a super-linear input at one size."""

    kb: int
    stages: dict[str, float]
    hooks: dict[str, Hook]
    top_self: list[dict[str, Any]]
    top_cumulative: list[dict[str, Any]]


def exponent(a: SizeRun, b: SizeRun, stage: str | None = None) -> float | None:
    """k in time ~ size^k between two measured sizes (of the total, or of one stage)."""
    ta = a.stages.get(stage, 0.0) if stage else a.seconds
    tb = b.stages.get(stage, 0.0) if stage else b.seconds
    if ta <= 0 or tb <= 0 or a.kb == b.kb:
        return None
    return math.log(tb / ta) / math.log(b.kb / a.kb)


def growth(runs: Sequence[SizeRun]) -> float | None:
    """The exponent of the total time from the smallest to the largest required size measured.

    With fewer than two required sizes measured, the widest span of measured sizes stands in,
    from the first size that takes at least 50 ms (shorter timings are mostly noise); two
    neighbouring sizes alone would let a 15% jitter read as size^1.2.
    """
    measured = [r for r in runs if r.status == "ok"]
    required = [r for r in measured if r.kb in REQUIRED_KB]
    if len(required) >= 2:
        return exponent(required[0], required[-1])
    timed = [r for r in measured if r.seconds >= 0.05] or measured
    return exponent(timed[0], timed[-1]) if len(timed) >= 2 else None


def linearity(runs: Sequence[SizeRun]) -> bool | None:
    """True if time grows at most as size^LINEAR_EXPONENT over all sizes, False if faster.

    None when it cannot be told: fewer than two sizes measured, or sizes skipped for the time
    limit while the measured ones grow linearly (a budget question, not a growth one).
    """
    k = growth(runs)
    if k is None:
        return None
    if k > LINEAR_EXPONENT or any(r.status in ("timeout", "failed") for r in runs):
        return False
    return True if all(r.status == "ok" for r in runs) else None


def chunk_chars() -> int | None:
    """The length above which ``extract()`` cuts a text into pieces, if this version does."""
    value = getattr(extractor.documents, "CHUNK_CHARS", None)
    return value if isinstance(value, int) else None


def _estimate(done: Sequence[SizeRun], kb: int, chunk: int | None = None) -> float | None:
    """Extrapolate the time at ``kb`` from the last two measured sizes.

    Past ``chunk`` characters ``extract()`` runs the pipeline once per piece, so a size made of
    several pieces costs about as many times the estimate for one piece.
    """
    if not done:
        return None
    last = done[-1]
    k = max(exponent(done[-2], last) or 1.0, 1.0) if len(done) > 1 else 1.0

    def at(size_kb: float) -> float:
        return last.seconds * float((size_kb / last.kb) ** k)

    if chunk and kb * 1024 > chunk and last.kb * 1024 <= chunk:
        return math.ceil(kb * 1024 / chunk) * at(chunk / 1024)
    return at(kb)


def _worker_command(kind: str, kb: int, profile: bool) -> list[str]:
    command = [sys.executable, "-m", "benchmarks.pathological", kind, str(kb)]
    return [*command, "--profile"] if profile else command


def _run_worker(kind: str, kb: int, timeout: float, profile: bool = False) -> dict[str, Any]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    completed = subprocess.run(
        _worker_command(kind, kb, profile),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr.strip().splitlines()[-1] if completed.stderr else "?")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


Worker = Callable[[str, int, float], dict[str, Any]]


def run_ladder(
    kind: str, sizes: Sequence[int], limit: float, worker: Worker | None = None
) -> list[SizeRun]:
    """Time ``kind`` at each size in turn, skipping sizes extrapolated to exceed ``limit`` s.

    ``worker(kind, kb, timeout)`` measures one size (default: a subprocess).
    """
    measure = worker or _run_worker
    chunk = chunk_chars()
    runs: list[SizeRun] = []
    done: list[SizeRun] = []
    for kb in sizes:
        estimate = _estimate(done, kb, chunk)
        if runs and runs[-1].status in ("timeout", "failed"):
            runs.append(SizeRun(kb, "skipped", note=f"a smaller size {runs[-1].status}"))
            continue
        if estimate is not None and estimate > limit:
            runs.append(SizeRun(kb, "skipped", estimate_s=estimate))
            continue
        try:
            result = measure(kind, kb, 3 * limit + 30)
        except subprocess.TimeoutExpired:
            runs.append(SizeRun(kb, "timeout", note=f"killed after {3 * limit + 30:.0f} s"))
            continue
        except (RuntimeError, json.JSONDecodeError) as exc:
            runs.append(SizeRun(kb, "failed", note=str(exc)[:200]))
            continue
        pieces = result.get("pieces", 1)
        note = f"extract() cut it into {pieces} pieces" if pieces > 1 else ""
        run = SizeRun(
            kb,
            "ok",
            result["stages"],
            result["chars"],
            result["tokens"],
            result["mentions"],
            note=note,
        )
        runs.append(run)
        done.append(run)
    return runs


def diagnose(kind: str, kb: int, timeout: float) -> Diagnosis:
    """Profile ``kind`` at ``kb`` in a worker: stages, tokenizer callbacks, top functions."""
    result = _run_worker(kind, kb, timeout, profile=True)
    hooks = {name: Hook(**values) for name, values in result["hooks"].items()}
    return Diagnosis(kb, result["stages"], hooks, result["top_self"], result["top_cumulative"])


# --- the worker -------------------------------------------------------------------------------


def instrument_tokenizer(tokenizer: Any) -> dict[str, Hook]:
    """Wrap the tokenizer's affix callbacks to count their calls and the characters they scan."""
    hooks: dict[str, Hook] = {}
    for name in AFFIX_HOOKS:
        original = getattr(tokenizer, name, None)
        if original is None:
            continue
        hook = hooks[name] = Hook()

        def wrapped(string: str, _call: Callable[[str], Any] = original, _hook: Hook = hook) -> Any:
            start = time.perf_counter()
            try:
                return _call(string)
            finally:
                _hook.calls += 1
                _hook.chars += len(string)
                _hook.seconds += time.perf_counter() - start

        setattr(tokenizer, name, wrapped)
    return hooks


def _measure(kind: str, kb: int, profile: bool) -> dict[str, Any]:
    nlp = extractor.load()
    stage_times(nlp, "Exports rose 5.8 pct to 150 billion yuan ($20.9 billion) in 2023.")
    text = pathological_text(kind, kb)
    hooks: dict[str, Hook] = {}
    rows: list[ProfileRow] = []
    if profile:
        hooks = instrument_tokenizer(nlp.tokenizer)
        runs: list[StageTimes] = []
        rows = run_profiled(lambda: runs.append(stage_times(nlp, text)))
    else:
        runs = [stage_times(nlp, text)]
        if sum(runs[0].seconds.values()) < 1.0:  # small timings are noisy: take a median of five
            runs += [stage_times(nlp, text) for _ in range(4)]
    result: dict[str, Any] = {
        "chars": len(text),
        "tokens": runs[0].tokens,
        "pieces": runs[0].pieces,
        "mentions": runs[0].mentions,
        "stages": {k: statistics.median(r.seconds[k] for r in runs) for k in runs[0].seconds},
    }
    if profile:
        result["hooks"] = {name: asdict(hook) for name, hook in hooks.items()}
        result["top_self"] = [asdict(r) for r in top(rows, "self_s", 12)]
        result["top_cumulative"] = [asdict(r) for r in top(rows, "cumulative_s", 12)]
    return result


@click.command()
@click.argument("kind", type=click.Choice(sorted(PATHOLOGICAL)))
@click.argument("kb", type=click.IntRange(1))
@click.option("--profile", is_flag=True, help="Also run cProfile and count tokenizer callbacks.")
def worker(kind: str, kb: int, profile: bool) -> None:
    """Time extractor on the pathological input KIND at KB x 1024 characters; print JSON."""
    click.echo(json.dumps(_measure(kind, kb, profile)))


if __name__ == "__main__":
    worker()
