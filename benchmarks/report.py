"""``RESULTS.md``: the numbers of one run, every target met or missed, and what the profile showed."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from benchmarks.accuracy import Scores
from benchmarks.cli_runs import CliRun
from benchmarks.data import PATHOLOGICAL
from benchmarks.harness import Measurement
from benchmarks.pathological import (
    LINEAR_EXPONENT,
    REQUIRED_KB,
    Diagnosis,
    SizeRun,
    exponent,
    growth,
    linearity,
)
from benchmarks.profiling import JSON, RECORDS, TOKENIZER, ProfileRow, top

SPEED_TARGET = 20.0  # default pipeline vs en_core_web_sm, words/s on one core
MODEL_SLOWDOWN_TARGET = 1.3  # extractor + en_core_web_sm vs en_core_web_sm alone
RSS_TARGET_MB = 400.0
LOAD_TARGET_S = 1.0  # a fresh process to the first document's records
FLAT_RSS = 1.10  # "flat": the largest batch needs at most 10% more than the one 10x smaller
VALUE_PEERS = ("quantulum3", "recognizers")
SPAN_LABELS = ("MONEY", "PERCENT", "DATE", "ORG", "GPE", "PERSON")


@dataclass(frozen=True)
class SpeedRow:
    """One system's speed on the corpus and on the shared part of the scale-up."""

    key: str
    name: str
    corpus: Measurement
    scale: Measurement


@dataclass
class Results:
    """Everything one run measured; sections that did not run stay empty."""

    plan: str
    machine: dict[str, str]
    corpus_docs: int
    corpus_words: int
    corpus_problems: list[str]
    scale_docs: int
    scale_words: int
    peer_docs: int
    sections: list[str]
    pathological_limit_s: float
    unavailable: dict[str, str] = field(default_factory=dict)
    pinned_cpu: int | None = None
    speed: dict[str, SpeedRow] = field(default_factory=dict)
    scale_full: Measurement | None = None
    load_seconds: list[float] = field(default_factory=list)  # load() and a first extract()
    load_cold_seconds: list[float] = field(default_factory=list)  # the same, empty load cache
    import_seconds: list[float] = field(default_factory=list)  # import extractor (and spaCy)
    accuracy: dict[str, Scores] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    pattern_seconds: dict[str, float] = field(default_factory=dict)
    profile_rows: list[ProfileRow] = field(default_factory=list)
    profile_passes: int = 0
    memory: list[CliRun] = field(default_factory=list)
    scaling: list[CliRun] = field(default_factory=list)
    pathological: dict[str, list[SizeRun]] = field(default_factory=dict)
    diagnoses: dict[str, Diagnosis] = field(default_factory=dict)
    pathological_cli: dict[str, CliRun] = field(default_factory=dict)
    pathological_cli_kb: int = 0
    chunk_chars: int | None = None
    failed: dict[str, str] = field(default_factory=dict)  # section -> the error that stopped it
    elapsed_s: float = 0.0


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: str = "") -> str:
    """A Markdown table; columns whose index is in ``right`` ("1234") are right-aligned."""
    align = ["---:" if str(i) in right else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _n(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def _f1(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _rss(run: CliRun) -> str:
    return "killed" if run.max_rss_mb is None else f"{run.max_rss_mb:.0f}"


def _verdict(met: bool | None) -> str:
    return "not measured" if met is None else ("**met**" if met else "**missed**")


# --- targets ----------------------------------------------------------------------------------


def _ratio(r: Results, key: str, base: str, attr: str) -> float | None:
    """words/s of ``key`` over words/s of ``base`` on the corpus or the scale-up (``attr``)."""
    if key not in r.speed or base not in r.speed:
        return None
    a: Measurement = getattr(r.speed[key], attr)
    b: Measurement = getattr(r.speed[base], attr)
    return a.words_per_s / b.words_per_s


def _both(r: Results, key: str, base: str) -> tuple[float, float] | None:
    corpus, scale = _ratio(r, key, base, "corpus"), _ratio(r, key, base, "scale")
    return None if corpus is None or scale is None else (corpus, scale)


def targets(r: Results) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met) for each target of the benchmarks issue."""
    rows: list[tuple[str, str, bool | None]] = []
    on = f"corpus / scale-up ({r.peer_docs:,} docs)"
    vs_sm = _both(r, "extractor", "sm")
    rows.append(
        (
            f"default pipeline >= {SPEED_TARGET:.0f}x the words/s of en_core_web_sm (full pipeline), one core",
            "—" if vs_sm is None else f"{vs_sm[0]:.1f}x / {vs_sm[1]:.1f}x ({on})",
            None if vs_sm is None else min(vs_sm) >= SPEED_TARGET,
        )
    )
    if r.load_seconds:
        load = statistics.median(r.load_seconds)
        rows.append(
            (
                f"load time < {LOAD_TARGET_S:.0f} s (load() and a first document, fresh process)",
                f"{load:.2f} s (median of {len(r.load_seconds)}; the import before it "
                f"{statistics.median(r.import_seconds or [0.0]):.2f} s; the first process, "
                f"with an empty load cache, {statistics.median(r.load_cold_seconds or [0.0]):.2f} s)",
                load < LOAD_TARGET_S,
            )
        )
    for key, name in (("quantulum3", "quantulum3"), ("recognizers", "Recognizers-Text")):
        ratio = _both(r, "extractor", key)
        rows.append(
            (
                f"default pipeline faster than {name}",
                "—" if ratio is None else f"{ratio[0]:.1f}x / {ratio[1]:.1f}x as fast ({on})",
                None if ratio is None else min(ratio) > 1.0,
            )
        )
    slow = _both(r, "sm", "extractor+sm")
    rows.append(
        (
            f"with en_core_web_sm: at most {MODEL_SLOWDOWN_TARGET}x slower than en_core_web_sm alone",
            "—" if slow is None else f"{slow[0]:.2f}x / {slow[1]:.2f}x slower ({on})",
            None if slow is None else max(slow) <= MODEL_SLOWDOWN_TARGET,
        )
    )
    rss = [run.max_rss_mb for run in r.memory if run.max_rss_mb is not None]
    if len(r.memory) >= 2 and len(rss) == len(r.memory):
        peak = max(rss)
        a, b = r.memory[-2], r.memory[-1]
        assert a.max_rss_mb is not None and b.max_rss_mb is not None
        rows.append(
            (
                f"peak RSS < {RSS_TARGET_MB:.0f} MB",
                f"{peak:.0f} MB (largest, {r.memory[-1].docs:,} docs)",
                peak < RSS_TARGET_MB,
            )
        )
        rows.append(
            (
                f"peak RSS flat {a.docs:,} -> {b.docs:,} docs (at most +{FLAT_RSS - 1:.0%})",
                f"{a.max_rss_mb:.0f} -> {b.max_rss_mb:.0f} MB ({b.max_rss_mb / a.max_rss_mb - 1:+.1%})",
                b.max_rss_mb <= a.max_rss_mb * FLAT_RSS,
            )
        )
    else:
        rows.append((f"peak RSS < {RSS_TARGET_MB:.0f} MB and flat", "—", None))
    mine = r.accuracy.get("extractor")
    for label in ("MONEY", "PERCENT"):
        theirs = {k: r.accuracy[k].f("value", label) for k in VALUE_PEERS if k in r.accuracy}
        if mine is None or not theirs:
            rows.append((f"{label} value F1 ahead of every peer", "—", None))
            continue
        f = mine.f("value", label) or 0.0
        shown = ", ".join(f"{r.names[k]} {_f1(v)}" for k, v in theirs.items())
        rows.append(
            (
                f"{label} value F1 ahead of every peer",
                f"{f:.3f} vs {shown}",
                all(f > (v or 0.0) for v in theirs.values()) and len(theirs) == len(VALUE_PEERS),
            )
        )
    for kind, runs in r.pathological.items():
        k = growth(runs)
        rows.append(
            (
                f"linear time on {kind} (pathological, {REQUIRED_KB[0]} KB -> {REQUIRED_KB[-1]} KB)",
                "—" if k is None else f"time ~ size^{k:.2f}",
                linearity(runs),
            )
        )
    return rows


# --- sections ---------------------------------------------------------------------------------


def _header(r: Results) -> list[str]:
    sections = ", ".join(r.sections)
    return [
        "# Benchmarks",
        "",
        f"Written by `python -m benchmarks.run{' --quick' if r.plan == 'quick' else ''}` "
        f"({r.plan} run, sections: {sections}; {r.elapsed_s / 60:.1f} min) on "
        f"{r.machine['date']}. Regenerate it with the command; do not edit by hand.",
        "",
        "## Targets",
        "",
        table(["target", "measured", "verdict"], [(t, m, _verdict(v)) for t, m, v in targets(r)]),
        "",
        "## Machine",
        "",
        table(["", ""], list(r.machine.items())),
    ]


def _speed(r: Results) -> list[str]:
    if not r.speed:
        return []
    base = r.speed.get("extractor")
    out = [
        "## Speed",
        "",
        f"In one process pinned to CPU {r.pinned_cpu} (every thread), so each figure is one core. "
        "Words are whitespace-separated words, as in `extractor extract`'s summary. Each system "
        "runs its full path on a list of texts: extractor `extract_many` (pipeline and validated "
        "records), spaCy `nlp.pipe`, quantulum3 `parser.parse`, Recognizers-Text the currency "
        "and the percentage model. `extractor + en_core_web_sm` is `extractor.load(model="
        '"en_core_web_sm")`, which loads the model without its lemmatizer. Ratios are words/s '
        "against extractor's default pipeline in the same run (above 1 = faster than extractor).",
        "",
        f"### Bundled corpus ({r.corpus_docs} documents, {_n(r.corpus_words)} words)",
        "",
        "Warm-up on 5 documents, then the median of "
        f"{len(next(iter(r.speed.values())).corpus.seconds)} timed passes.",
        "",
    ]
    rows = []
    for row in r.speed.values():
        m = row.corpus
        ratio = m.words_per_s / base.corpus.words_per_s if base else float("nan")
        rows.append(
            (
                row.name,
                _n(m.docs_per_s, 1),
                _n(m.words_per_s),
                f"{ratio:.3f}x",
                f"{m.median:.2f} ({min(m.seconds):.2f}-{max(m.seconds):.2f})",
            )
        )
    out += [
        table(["system", "docs/s", "words/s", "vs extractor", "median s (min-max)"], rows, "1234")
    ]
    first = next(iter(r.speed.values())).scale
    out += [
        "",
        f"### Synthetic scale-up ({r.scale_docs:,} documents, {_n(r.scale_words)} words)",
        "",
        f"The corpus repeated with its figures varied (`benchmarks/data.py`). Every system runs "
        f"the first {first.docs:,} documents ({_n(first.words)} words) once after a warm-up on "
        f"5 other varied documents; the peers are too slow for all {r.scale_docs:,} within the "
        "time budget of the command.",
        "",
    ]
    rows = []
    for row in r.speed.values():
        m = row.scale
        ratio = m.words_per_s / base.scale.words_per_s if base else float("nan")
        rows.append(
            (row.name, _n(m.docs_per_s, 1), _n(m.words_per_s), f"{ratio:.3f}x", f"{m.median:.1f}")
        )
    out += [table(["system", "docs/s", "words/s", "vs extractor", "seconds"], rows, "1234")]
    if r.scale_full is not None:
        m = r.scale_full
        out += [
            "",
            f"extractor's default pipeline on all {m.docs:,} documents: {_n(m.docs_per_s, 1)} docs/s, "
            f"{_n(m.words_per_s)} words/s ({m.median:.1f} s).",
        ]
    return out


def _memory(r: Results) -> list[str]:
    out: list[str] = []
    if r.memory:
        out += [
            "## Memory",
            "",
            "`extractor extract FOLDER -o OUT --jobs 1` on the first N synthetic documents, one "
            "fresh subprocess per size. Peak RSS is `getrusage(RUSAGE_CHILDREN).ru_maxrss` read by "
            "a small wrapper process that starts the CLI and waits for it (`benchmarks/cli_runs.py` "
            "says why not from the benchmark process itself); it includes the wrapper's ~10 MB at "
            "fork. Wall time includes start-up and pipeline loading.",
            "",
            table(
                ["documents", "words", "wall s", "peak RSS MB", "CLI summary"],
                [
                    (
                        _n(x.docs),
                        _n(x.words),
                        f"{x.seconds:.1f}",
                        _rss(x),
                        f"`{x.summary}`",
                    )
                    for x in r.memory
                ],
                "123",
            ),
        ]
    if r.scaling:
        one = {x.docs: x.seconds for x in r.scaling if x.jobs == 1}
        rows = [
            (
                _n(x.docs),
                x.jobs,
                f"{x.seconds:.1f}",
                _n(x.docs_per_s, 1),
                _n(x.words_per_s),
                f"{one[x.docs] / x.seconds:.2f}x" if x.docs in one else "—",
                _rss(x),
                "" if x.exit_code == 0 else f"exit {x.exit_code}: {x.summary}",
            )
            for x in r.scaling
        ]
        out += [
            "",
            "## Scaling",
            "",
            "The same CLI runs with `--jobs 1` and `--jobs 2`. With `--jobs 2` the peak RSS is that "
            "of the largest single process (the kernel's maximum over the CLI and the workers it "
            "reaped), not the sum.",
            "",
            table(
                [
                    "documents",
                    "jobs",
                    "wall s",
                    "docs/s",
                    "words/s",
                    "speed-up vs jobs 1",
                    "peak RSS MB",
                    "note",
                ],
                rows,
                "1234567",
            ),
        ]
        sizes = sorted(one)
        if len(sizes) >= 2:
            lines = []
            for jobs in sorted({x.jobs for x in r.scaling}):
                t = {x.docs: x.seconds for x in r.scaling if x.jobs == jobs}
                lines.append(f"`--jobs {jobs}` {t[sizes[-1]] / t[sizes[0]]:.2f}x")
            out += [
                "",
                f"Time for {sizes[-1]:,} over {sizes[0]:,} documents (linear would be "
                f"{sizes[-1] / sizes[0]:.1f}x, less because start-up is paid once): "
                + ", ".join(lines)
                + ".",
            ]
    return out


def _accuracy(r: Results) -> list[str]:
    if not r.accuracy:
        return []
    value_rows, lenient_rows, exact_rows = [], [], []
    for key, s in r.accuracy.items():
        name = r.names[key]
        if "value" in s.counts:
            cells: list[str] = []
            for label in ("MONEY", "PERCENT"):
                prf = s.prf("value", label)
                cells += ["—"] * 3 if prf is None else [f"{x:.3f}" for x in prf]
            value_rows.append((name, *cells))
        lenient_rows.append((name, *(_f1(s.f("lenient", label)) for label in SPAN_LABELS)))
        exact_rows.append((name, *(_f1(s.f("exact", label)) for label in SPAN_LABELS)))
    return [
        "## Accuracy",
        "",
        f"On the annotated corpus ({r.corpus_docs} documents), scored with `extractor evaluate`'s "
        "own matching and value comparison (`extractor.evaluation.scoring._match`, `_gold_value`, "
        "`_pred_value`): a prediction matches a gold span of the same label that it overlaps "
        "(one-to-one, largest overlap first); value F1 also needs the same amount/min/max and "
        "currency (MONEY) or value/min/max and unit (PERCENT). A peer's output is turned into "
        "records by a thin adapter in `benchmarks/peers.py` that translates and never repairs: "
        "quantulum3's currency units and percentage / percentage point / basis point units; "
        "Recognizers-Text's currency model (a bare Dollar or Pound read as USD or GBP, the "
        "corpus convention; results without a number dropped) and percentage model; "
        "en_core_web_sm's entities as spans only, since it normalizes nothing.",
        "",
        "### Value-level (MONEY and PERCENT)",
        "",
        table(
            ["system", "MONEY P", "MONEY R", "MONEY F1", "PERCENT P", "PERCENT R", "PERCENT F1"],
            value_rows,
            "123456",
        ),
        "",
        "### Span F1, lenient (overlap, same label)",
        "",
        table(["system", *SPAN_LABELS], lenient_rows, "123456"),
        "",
        "### Span F1, exact (same character offsets)",
        "",
        table(["system", *SPAN_LABELS], exact_rows, "123456"),
    ]


def _stage_exponents(runs: Sequence[SizeRun]) -> list[tuple[str, float, float | None]]:
    measured = [x for x in runs if x.status == "ok"]
    if len(measured) < 2:
        return []
    a, b = measured[-2], measured[-1]
    return [(stage, b.stages[stage] / b.seconds, exponent(a, b, stage)) for stage in b.stages]


def _culprit(runs: Sequence[SizeRun]) -> str | None:
    """The stage that takes most of the time at the largest size and grows fastest."""
    candidates = [
        (k or 0.0, share, stage) for stage, share, k in _stage_exponents(runs) if share >= 0.2
    ]
    return max(candidates)[2] if candidates else None


def _pathological(r: Results) -> list[str]:
    if not r.pathological:
        return []
    out = [
        "## Pathological input",
        "",
        "Each input at each size in a fresh subprocess (`python -m benchmarks.pathological KIND KB`), "
        "timed in-process after the pipeline has loaded and warmed up. The time is that of "
        "`extractor.extract(text)`, the public path, with the tokenizer and each component wrapped "
        "in a timer; `records` is the rest of `extract()` (validated records, the ARTICLE record, "
        "cutting a long text into pieces and moving offsets back) and `json` the JSONL lines "
        "`extractor extract` would write. "
        + (
            f"`extract()` cuts a text over {r.chunk_chars:,} characters into pieces and runs the "
            "pipeline on each, so above that size the time grows with the number of pieces; the "
            "estimates for skipped sizes account for it. "
            if r.chunk_chars
            else ""
        )
        + "Sizes are in "
        "characters (1 KB = 1024). The small sizes below 125 KB are probes that show the growth "
        "when the large ones cannot finish: sizes are run in order, and a size whose time "
        f"extrapolated from the previous two exceeds {r.pathological_limit_s:.0f} s is skipped "
        "and shown with its estimate. `k` is the exponent of the growth from the previous size "
        f"(time ~ size^k; 1 is linear, above {LINEAR_EXPONENT} is called super-linear).",
    ]
    for kind, runs in r.pathological.items():
        rows = []
        previous: SizeRun | None = None
        for x in runs:
            if x.status != "ok":
                shown = f"~{x.estimate_s:,.0f} (estimated)" if x.estimate_s else x.status
                rows.append((f"{x.kb:,}", "—", "—", "—", shown, "—", "—", "—", x.note or x.status))
                continue
            k = exponent(previous, x) if previous else None
            slowest = max(x.stages, key=lambda s: x.stages[s])
            rows.append(
                (
                    f"{x.kb:,}",
                    _n(x.chars),
                    _n(x.tokens),
                    _n(x.mentions),
                    f"{x.seconds:.3f}",
                    f"{x.ms_per_kb:.2f}",
                    "—" if k is None else f"{k:.2f}",
                    f"{slowest} {x.stages[slowest] / x.seconds:.0%}",
                    x.note,
                )
            )
            previous = x
        k = growth(runs)
        linear = linearity(runs)
        if linear:
            verdict = (
                f"**linear** (time ~ size^{k:.2f} from {REQUIRED_KB[0]} KB to {REQUIRED_KB[-1]} KB)"
            )
        elif linear is None:
            verdict = (
                "**undetermined**: the sizes measured grow"
                + ("" if k is None else f" as size^{k:.2f}")
                + ", but the larger ones were skipped for the time limit"
            )
        else:
            verdict = "**super-linear**" + (
                "" if k is None else f" (time ~ size^{k:.2f} over the sizes measured)"
            )
        out += [
            "",
            f"### {kind}: {PATHOLOGICAL[kind][0]}",
            "",
            table(
                [
                    "KB",
                    "chars",
                    "tokens",
                    "mentions",
                    "total s",
                    "ms per KB",
                    "k",
                    "slowest stage",
                    "note",
                ],
                rows,
                "1234567",
            ),
            "",
            f"Verdict: {verdict}.",
        ]
        if linear is False:
            stages = _stage_exponents(runs)
            out += [
                "",
                "Stages between the two largest measured sizes:",
                "",
                table(
                    ["stage", "share of time", "k"],
                    [
                        (s, f"{share:.0%}", "—" if k is None else f"{k:.2f}")
                        for s, share, k in stages
                    ],
                    "12",
                ),
            ]
            culprit = _culprit(runs)
            if culprit:
                out += ["", f"The super-linear stage is **{culprit}**."]
        if kind in r.diagnoses:
            out += _diagnosis(r.diagnoses[kind])
        if kind in r.pathological_cli:
            c = r.pathological_cli[kind]
            over = " (above the 400 MB target)" if (c.max_rss_mb or 0) > RSS_TARGET_MB else ""
            state = (
                f"exit {c.exit_code} after {c.seconds:.1f} s, peak RSS {c.max_rss_mb:.0f} MB{over}: `{c.summary}`"
                if c.max_rss_mb is not None
                else f"killed at the {r.pathological_limit_s:.0f} s limit"
            )
            out += ["", f"`extractor extract` on the {r.pathological_cli_kb:,} KB file: {state}."]
    return out


def _diagnosis(d: Diagnosis) -> list[str]:
    chars = d.kb * 1024
    tokenizer = d.stages.get(TOKENIZER, 0.0)
    hooks = [
        (
            f"`{name}`",
            _n(h.calls),
            _n(h.chars),
            _n(h.chars / chars, 1),
            f"{h.seconds:.3f}",
            f"{h.seconds / tokenizer:.0%}" if tokenizer else "—",
        )
        for name, h in d.hooks.items()
    ]
    functions = [
        (f"`{x['function']}`", _n(x["calls"]), f"{x['self_s']:.3f}", f"{x['cumulative_s']:.3f}")
        for x in d.top_self[:8]
    ]
    busiest = max(d.hooks.items(), key=lambda item: item[1].seconds, default=None)
    finding: list[str] = []
    if busiest and tokenizer and busiest[1].seconds > tokenizer / 2:
        name, hook = busiest
        finding = [
            "",
            f"`{name}` takes {hook.seconds / tokenizer:.0%} of the tokenizer's time and is handed "
            f"{hook.chars / chars:,.0f} characters per input character (about half the input "
            "length: the work per character grows with the size). spaCy's tokenizer "
            "(`Tokenizer._split_affixes`) strips one prefix and one suffix at a time from a token "
            "with no whitespace and passes the whole remainder to both affix regexes again. The "
            "prefix regex is anchored at the start and answers at once; the suffix regex is "
            "anchored at the end (`...$`), so `re` tries it at every position of the remainder: "
            "quadratic in the length of the token.",
        ]
    return [
        "",
        f"Profile at {d.kb} KB ({_n(chars)} characters; cProfile, with the tokenizer's affix "
        "callbacks wrapped to count their calls and the characters passed to them):",
        "",
        table(
            [
                "tokenizer callback",
                "calls",
                "characters scanned",
                "per input character",
                "seconds",
                "of tokenizer",
            ],
            hooks,
            "12345",
        ),
        "",
        table(["function (by self time)", "calls", "self s", "cumulative s"], functions, "123"),
        *finding,
    ]


def _profile(r: Results) -> list[str]:
    if not r.stage_seconds:
        return []
    total = sum(r.stage_seconds.values())
    sm = r.speed.get("sm")
    rows = [
        (
            stage,
            f"{seconds:.3f}",
            f"{seconds / total:.1%}",
            _n(r.corpus_words / seconds) if seconds else "—",
        )
        for stage, seconds in r.stage_seconds.items()
    ]
    out = [
        "## Profile of extractor's default pipeline (bundled corpus)",
        "",
        "Seconds per stage over the corpus (best of the timed passes, one core), and the words/s "
        "the pipeline would reach if that stage were all it did:",
        "",
        table(
            ["stage", "seconds", "share", "words/s of this stage alone"],
            [*rows, ("total", f"{total:.3f}", "100%", _n(r.corpus_words / total))],
            "123",
        ),
    ]
    tokenizer = r.stage_seconds.get(TOKENIZER)
    if sm and tokenizer:
        need = SPEED_TARGET * sm.corpus.words_per_s
        ceiling = r.corpus_words / tokenizer
        out += [
            "",
            f"The {SPEED_TARGET:.0f}x target needs {_n(need)} words/s ({SPEED_TARGET:.0f} x "
            f"{_n(sm.corpus.words_per_s)}). spaCy's tokenizer alone, which every spaCy pipeline "
            f"runs, manages {_n(ceiling)} words/s here, {ceiling / sm.corpus.words_per_s:.1f}x "
            "en_core_web_sm: "
            + (
                "the target is out of reach for any pipeline built on it."
                if ceiling < need
                else f"the rest of the pipeline would have to fit in {r.corpus_words / need - tokenizer:.3f} s "
                f"(it takes {total - tokenizer:.3f} s)."
            ),
        ]
    records = r.stage_seconds.get(RECORDS, 0.0) + r.stage_seconds.get(JSON, 0.0)
    if records:
        out += ["", f"Records and JSON lines together take {records / total:.0%} of the time."]
    if r.pattern_seconds:
        scans = sorted(r.pattern_seconds.items(), key=lambda item: item[1], reverse=True)
        rule_stages = sum(v for k, v in r.stage_seconds.items() if k.startswith("extractor_"))
        scan_total = sum(r.pattern_seconds.values())
        out += [
            "",
            f"Finding matches alone (every MONEY, table, PERCENT and DATE rule by itself, as its "
            f"stage scans it with its gate or opening scan, over the corpus, without normalizing "
            f"anything) takes {scan_total:.3f} s, "
            f"{scan_total / total:.0%} of the pipeline and {scan_total / rule_stages:.0%} of the "
            "extractor_* components' time. The costliest patterns:",
            "",
            table(
                ["pattern", "seconds", "words/s of this scan alone"],
                [
                    (f"`{k}`", f"{v:.3f}", _n(r.corpus_words / v) if v else "—")
                    for k, v in scans[:10]
                ],
                "12",
            ),
        ]
    if r.profile_rows:
        cumulative = top(r.profile_rows, "cumulative_s", 25)
        own = top(r.profile_rows, "self_s", 20)

        def rows_of(items: Sequence[ProfileRow]) -> list[tuple[str, str, str, str]]:
            return [
                (f"`{x.function}`", _n(x.calls), f"{x.self_s:.3f}", f"{x.cumulative_s:.3f}")
                for x in items
            ]

        out += [
            "",
            f"cProfile of `extract_many` over the corpus (passes: {r.profile_passes}; cProfile "
            "slows Python code, not Cython or C, so shares shift towards Python):",
            "",
            "Top functions by cumulative time:",
            "",
            table(["function", "calls", "self s", "cumulative s"], rows_of(cumulative), "123"),
            "",
            "Top functions by self time:",
            "",
            table(["function", "calls", "self s", "cumulative s"], rows_of(own), "123"),
        ]
    return out


def _notes(r: Results) -> list[str]:
    out: list[str] = []
    if r.failed:
        out += ["", "## Sections that failed", ""]
        out += [
            f"- {section}: `{error}` (its numbers above are partial or absent)"
            for section, error in r.failed.items()
        ]
    if r.unavailable:
        out += ["", "## Not measured", ""]
        out += [f"- {name}: {reason}" for name, reason in r.unavailable.items()]
    if r.corpus_problems:
        out += [
            "",
            "## Corpus problems",
            "",
            f"`load_corpus` reported {len(r.corpus_problems)} problem(s); the {r.corpus_docs} "
            "documents it loaded were used:",
            "",
        ]
        out += [f"- {p}" for p in r.corpus_problems[:20]]
    return out


SECTIONS: tuple[Callable[[Results], list[str]], ...] = (
    _header,
    _speed,
    _memory,
    _accuracy,
    _pathological,
    _profile,
    _notes,
)


def render(r: Results) -> str:
    """The whole ``RESULTS.md``."""
    lines: list[str] = []
    for section in SECTIONS:
        part = section(r)
        if part:
            lines += [*part, ""]
    return "\n".join(lines).rstrip() + "\n"
