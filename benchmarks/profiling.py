"""Where extractor spends its time: seconds per pipeline stage, and cProfile's top functions."""

from __future__ import annotations

import cProfile
import importlib
import os
import pstats
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from extractor import extract

TOKENIZER = "tokenizer"
RECORDS = "records"
JSON = "json"
BENCHMARKS = os.path.dirname(os.path.abspath(__file__))


@dataclass(frozen=True)
class StageTimes:
    """Where one ``extract()`` call spent its time."""

    seconds: dict[str, float]  # stage -> seconds, in pipeline order
    tokens: int
    pieces: int  # how many times the tokenizer ran: more than 1 when extract() cut the text
    mentions: int


class _Timed:
    """A pipeline step that adds its own time to a shared table."""

    def __init__(self, name: str, step: Callable[[Any], Any], table: dict[str, float]) -> None:
        self.name, self.step, self.table = name, step, table
        self.calls = self.tokens = 0

    def __call__(self, item: Any) -> Any:
        start = time.perf_counter()
        try:
            result = self.step(item)
        finally:
            self.table[self.name] = self.table.get(self.name, 0.0) + time.perf_counter() - start
        self.calls += 1
        self.tokens += len(result)
        return result


@contextmanager
def _timed_pipeline(nlp: Language) -> Iterator[tuple[dict[str, float], _Timed]]:
    # Language has no public way to wrap a component in place; its private component list is
    # what Language.__call__ iterates, and it is restored on exit.
    table: dict[str, float] = {}
    components = list(nlp._components)
    tokenizer = nlp.tokenizer
    timed_tokenizer = _Timed(TOKENIZER, tokenizer, table)
    nlp.tokenizer = timed_tokenizer
    nlp._components[:] = [(name, _Timed(name, proc, table)) for name, proc in components]
    try:
        yield table, timed_tokenizer
    finally:
        nlp.tokenizer = tokenizer
        nlp._components[:] = components


def stage_times(nlp: Language, text: str) -> StageTimes:
    """Seconds per stage of ``extractor.extract(text, nlp=nlp)``, the public path.

    The stages are the tokenizer and each pipeline component (summed over the pieces when
    ``extract()`` cuts a long text), ``records`` (everything else ``extract()`` does: validated
    mention records, the ARTICLE record, cutting a long text and moving offsets back) and
    ``json`` (the JSONL lines ``extractor extract`` writes).
    """
    with _timed_pipeline(nlp) as (table, tokenizer):
        start = time.perf_counter()
        records = extract(text, "bench", nlp=nlp)
        total = time.perf_counter() - start
    seconds = {TOKENIZER: table.pop(TOKENIZER, 0.0), **table}
    seconds[RECORDS] = max(total - sum(seconds.values()), 0.0)
    start = time.perf_counter()
    for record in records.records():
        record.model_dump_json()
    seconds[JSON] = time.perf_counter() - start
    return StageTimes(seconds, tokenizer.tokens, tokenizer.calls, len(records.mentions))


def corpus_stage_times(nlp: Language, texts: Sequence[str], repeats: int) -> dict[str, float]:
    """Seconds per stage over all ``texts``, the fastest of ``repeats`` passes per stage."""
    best: dict[str, float] = {}
    stage_times(nlp, texts[0])  # warm-up
    for _ in range(repeats):
        total: dict[str, float] = {}
        for text in texts:
            for stage, seconds in stage_times(nlp, text).seconds.items():
                total[stage] = total.get(stage, 0.0) + seconds
        best = {k: min(v, best.get(k, v)) for k, v in total.items()}
    return best


# The rule stages' regex patterns: each finder class and the attributes holding its compiled rules.
PATTERN_SOURCES = (
    ("extractor.stages.money", "MoneyFinder", ("patterns", "table_patterns")),
    ("extractor.stages.percent", "PercentFinder", ("patterns",)),
    ("extractor.stages.dates", "DateFinder", ("patterns",)),
)


def pattern_scan_times(texts: Sequence[str], repeats: int) -> dict[str, float]:
    """Seconds each rule takes to find its matches in ``texts`` (best of ``repeats``).

    Only finding, without normalization, each rule alone as its stage finds it: with its
    first-character gate or the scan for the fragments it opens with (see
    ``extractor.rules.gates``). A stage module without the expected function is left out rather
    than failing the benchmark.
    """
    from extractor.rules.patterns import find_matches

    times: dict[str, float] = {}
    for module, name, attributes in PATTERN_SOURCES:
        try:
            finder = getattr(importlib.import_module(module), name)()
            patterns = [p for attribute in attributes for p in getattr(finder, attribute)]
        except (ImportError, AttributeError):
            continue
        for pattern in patterns:
            best = float("inf")
            for _ in range(repeats):
                start = time.perf_counter()
                for text in texts:
                    for _match in find_matches(text, (pattern,)):
                        pass
                best = min(best, time.perf_counter() - start)
            times[pattern.id] = best
    return times


@dataclass(frozen=True)
class ProfileRow:
    """One function of a cProfile run."""

    function: str
    calls: int
    self_s: float
    cumulative_s: float


def _short(file: str, line: int, name: str) -> str:
    for marker in ("site-packages/", "/src/", "/lib/python3."):
        if marker in file:
            file = file.split(marker, 1)[1]
            if marker.startswith("/lib/"):
                file = file.split("/", 1)[-1]
            break
    return name if file == "~" else f"{file}:{line}({name})"


def profile(run: Callable[[], object]) -> list[ProfileRow]:
    """cProfile ``run()``; every function it called, with self and cumulative seconds."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        run()
    finally:
        profiler.disable()
    stats = pstats.Stats(profiler)
    return [
        ProfileRow(_short(file, line, name), calls, self_s, cumulative)
        for (file, line, name), (_, calls, self_s, cumulative, _) in stats.stats.items()  # type: ignore[attr-defined]
        if f"{BENCHMARKS}/" not in file  # the harness's own frames would top every table
    ]


def top(rows: Sequence[ProfileRow], key: str, limit: int) -> list[ProfileRow]:
    """The ``limit`` rows with the largest ``key`` (``"self_s"`` or ``"cumulative_s"``)."""
    return sorted(rows, key=lambda r: getattr(r, key), reverse=True)[:limit]
