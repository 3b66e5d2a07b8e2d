"""Command line: ``extractor extract``, ``extractor evaluate`` and ``extractor schemas``.

The commands parse options, call library functions and choose exit codes: 0 success, 1 some
documents failed or a metric fell below the baseline, 2 usage errors (click's convention), and
128 + the signal number when ``extract`` is interrupted (130 for Ctrl-C, 143 for SIGTERM).
"""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from extractor.errors import Errors, ExtractorError
from extractor.io.extras import FORMATS, output_format
from extractor.io.inputs import DEFAULT_MAX_BYTES, DEFAULT_PARTITION_SIZE

if TYPE_CHECKING:
    from extractor.io.batch import Summary
    from extractor.io.distributed import Progress

DEFAULT_CORPUS = Path("corpus")


@click.group()
@click.version_option(package_name="extractor")
def main() -> None:
    """Extract money, percentages, entities and dates from news articles as validated JSONL."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    help="JSONL or Parquet file (default: standard output); with --scheduler, the folder or URL "
    "of the shards.",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSONL file of failures (path, reason).",
)
@click.option(
    "--warnings",
    "warnings_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSONL file of warnings (path, warning): ambiguous currencies, texts cut into pieces.",
)
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes.",
)
@click.option(
    "--model", default=None, help="spaCy pipeline for ORG/GPE/PERSON (e.g. en_core_web_sm)."
)
@click.option(
    "--resume", is_flag=True, help="Skip documents already complete in OUTPUT (or OUTPUT.partial)."
)
@click.option("--fail-fast", is_flag=True, help="Stop at the first failed document.")
@click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    type=click.IntRange(1),
    help="Reject larger files and standard input. Longer texts go through the pipeline in "
    "pieces of 100,000 characters, but reading one still takes a few times its size in memory.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format  [default: parquet for a .parquet OUTPUT, else jsonl]",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Run on a Dask cluster: local:N starts N worker processes here, tcp://host:8786 uses a "
    "running scheduler. INPUTS and OUTPUT may then be URLs (s3://, gs://, file://).",
)
@click.option(
    "--partition-size",
    default=DEFAULT_PARTITION_SIZE,
    show_default=True,
    type=click.IntRange(1),
    help="With --scheduler: input files per partition (one task and one shard each).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def extract(
    inputs: tuple[str, ...], output: str | None, errors_path: Path | None,
    warnings_path: Path | None, jobs: int, model: str | None, resume: bool, fail_fast: bool,
    max_bytes: int, fmt: str | None, scheduler: str | None, partition_size: int, quiet: bool,
) -> None:  # fmt: skip
    """Extract facts from INPUTS (folders, files, or - for standard input).

    Records go to OUTPUT.partial, renamed to OUTPUT when the run completes. Interrupted (Ctrl-C,
    SIGTERM), the run leaves OUTPUT as it was and exits with 128 + the signal number; --resume
    then continues from OUTPUT.partial.

    With --scheduler, OUTPUT is a folder of shards, part-00000.jsonl (or .parquet) and on, one per
    partition, each written whole or not at all; --resume keeps the finished ones.
    """
    fmt = output_format(fmt, output)
    if resume and output is None:
        raise click.UsageError("--resume needs --output")
    if fmt == "parquet" and output is None:
        raise click.UsageError(Errors.E045)
    if scheduler is not None:
        if jobs != 1:
            raise click.UsageError("--jobs is for local runs: use --scheduler local:N")
        if output is None:
            raise click.UsageError(Errors.E049)
        summary = _extract_distributed(
            list(inputs), output, scheduler, errors_path, warnings_path, quiet,
            fmt=fmt, model=model, resume=resume, fail_fast=fail_fast, max_bytes=max_bytes,
            partition_size=partition_size,
        )  # fmt: skip
    else:
        url = next((x for x in (*inputs, output or "") if "://" in x), None)
        if url is not None:
            raise click.UsageError(Errors.E050.format(url=url))
        if fmt == "parquet" and resume:
            raise click.UsageError(Errors.E046)
        out = Path(output) if output is not None else None
        if out is not None and out.is_dir():
            raise click.UsageError(f"{out} is a folder: a folder of shards needs --scheduler")
        summary = _extract_local(
            list(inputs), out, errors_path, warnings_path, quiet, jobs=jobs, model=model,
            resume=resume, fail_fast=fail_fast, max_bytes=max_bytes, fmt=fmt,
        )  # fmt: skip
    if not quiet:
        for line in summary.lines():
            click.echo(line, err=True)
    sys.exit(1 if summary.failures else 0)


def _extract_local(
    inputs: list[str], out: Path | None, errors_path: Path | None, warnings_path: Path | None,
    quiet: bool, **options: Any,
) -> Summary:  # fmt: skip
    from extractor.io.batch import run_batch

    with _Reports(errors_path, warnings_path) as reports:
        try:
            with _sigterm_as_interrupt(), _progress_bar(quiet) as progress:
                return run_batch(
                    inputs, out, on_error=reports.error, on_warning=reports.warning,
                    progress=progress, **options,
                )  # fmt: skip
        except ExtractorError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt as exc:
            _exit_interrupted(exc, out)


def _extract_distributed(
    inputs: list[str], out: str, scheduler: str, errors_path: Path | None,
    warnings_path: Path | None, quiet: bool, **options: Any,
) -> Summary:  # fmt: skip
    from extractor.io.extras import require

    with _Reports(errors_path, warnings_path) as reports:
        try:
            require("dask")  # before the import, which would fail without it
            from extractor.io.distributed import connect, run_distributed

            with (
                _sigterm_as_interrupt(),
                _status_line(quiet) as progress,
                connect(scheduler) as client,
            ):
                return run_distributed(
                    inputs, out, client=client, on_error=reports.error,
                    on_warning=reports.warning, progress=progress,
                    **options,
                )  # fmt: skip
        except ExtractorError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt as exc:
            _exit_interrupted(exc, out, sharded=True)


class _Reports:
    """Failures and warnings: one line each on standard error and, if asked, in JSONL files."""

    def __init__(self, errors_path: Path | None, warnings_path: Path | None) -> None:
        self.paths = (errors_path, warnings_path)
        self.files: list[IO[str] | None] = [None, None]

    def __enter__(self) -> _Reports:
        self.files = [p.open("w", encoding="utf-8") if p else None for p in self.paths]
        return self

    def __exit__(self, *args: object) -> None:
        for file in self.files:
            if file:
                file.close()

    def _write(self, index: int, record: dict[str, str]) -> None:
        file = self.files[index]
        if file:
            file.write(json.dumps(record) + "\n")
            file.flush()

    def error(self, path: str, reason: str) -> None:
        click.echo(f"error: {reason}", err=True)
        self._write(0, {"path": path, "reason": reason})

    def warning(self, path: str, warning: str) -> None:
        click.echo(f"warning: {path}: {warning}", err=True)
        self._write(1, {"path": path, "warning": warning})


@contextlib.contextmanager
def _progress_bar(quiet: bool) -> Iterator[Callable[[int], None]]:
    """A progress callback: a bar on a terminal, nothing otherwise."""
    bar = (
        click.progressbar(length=0, label="extracting", file=sys.stderr, show_pos=True)
        if not quiet and sys.stderr.isatty()
        else None
    )

    def progress(n: int) -> None:
        # An exception raised by a signal handler can be swallowed when it lands inside an
        # interpreter callback ("Exception ignored in ..."); a safe point re-raises it.
        if _SIGNALLED:
            raise _Terminated(_SIGNALLED[0])
        if bar is not None:
            bar.update(n)

    if bar is None:
        yield progress
        return
    with bar:
        yield progress


@contextlib.contextmanager
def _status_line(quiet: bool) -> Iterator[Callable[[Progress], None]]:
    """A progress callback of distributed runs: a status line on a terminal, nothing otherwise."""
    shown = not quiet and sys.stderr.isatty()

    def progress(status: Progress) -> None:
        if _SIGNALLED:  # see _progress_bar
            raise _Terminated(_SIGNALLED[0])
        if shown:
            click.echo(f"\r{status.line()}\x1b[K", err=True, nl=False)

    try:
        yield progress
    finally:
        if shown:
            click.echo("", err=True)


def _exit_interrupted(
    exc: KeyboardInterrupt, output: str | Path | None, sharded: bool = False
) -> NoReturn:
    from extractor.io.output import partial_path

    signum = exc.signum if isinstance(exc, _Terminated) else signal.SIGINT
    if sharded:
        kept = f"; the finished shards are in {output} (continue with --resume)"
    elif output:
        kept = (
            f"; {output} is unchanged, the documents finished are in "
            f"{partial_path(Path(output))} (continue with --resume)"
        )
    else:
        kept = ""
    click.echo(f"interrupted by {signal.Signals(signum).name}{kept}", err=True)
    sys.exit(128 + signum)


_SIGNALLED: list[int] = []  # SIGTERMs received during the current run


class _Terminated(KeyboardInterrupt):
    """SIGTERM as an exception, so that a terminated run unwinds exactly as on Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # Python lets only the main thread set signal handlers
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        # A second SIGTERM while the first one is being handled ends the process at once.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _SIGNALLED.append(signum)
        raise _Terminated(signum)

    _SIGNALLED.clear()
    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


@main.command()
@click.argument(
    "corpus", default=DEFAULT_CORPUS, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option("--model", default=None, help="Evaluate with a statistical spaCy pipeline.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
)
@click.option(
    "--errors/--no-errors",
    "show_errors",
    default=False,
    help="List every missed, spurious and wrong-value span.",
)
@click.option(
    "--update-baseline", is_flag=True, help="Raise CORPUS/baseline.json to the current scores."
)
@click.option("--allow-lower", is_flag=True, help="With --update-baseline, allow lowering a floor.")
def evaluate(
    corpus: Path,
    model: str | None,
    fmt: str,
    show_errors: bool,
    update_baseline: bool,
    allow_lower: bool,
) -> None:
    """Score the pipeline on the annotated CORPUS and check it against the baseline."""
    from extractor.evaluation import scoring
    from extractor.evaluation.corpus import load_corpus
    from extractor.evaluation.report import render_report
    from extractor.pipeline import load

    docs, problems = load_corpus(corpus)
    if problems:
        for problem in problems:
            click.echo(problem, err=True)
        raise click.ClickException(f"the corpus has {len(problems)} problems")
    try:
        report = scoring.evaluate(load(model), docs)
    except ExtractorError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(render_report(report, fmt, show_errors))
    baseline = corpus / ("baseline.json" if model is None else f"baseline-{Path(model).name}.json")
    if update_baseline:
        try:
            scoring.update_baseline(baseline, report.flat(), allow_lower=allow_lower)
        except ExtractorError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"baseline written to {baseline}", err=True)
        return
    if baseline.exists():
        drops = scoring.check_baseline(report.flat(), json.loads(baseline.read_text()))
        for drop in drops:
            click.echo(f"below baseline: {drop}", err=True)
        if drops:
            sys.exit(1)


@main.command()
@click.option(
    "--out",
    default=Path("schemas"),
    type=click.Path(file_okay=False, path_type=Path),
    show_default=True,
)
def schemas(out: Path) -> None:
    """Write the JSON Schema of every record type."""
    from extractor.schemas import write_schemas

    for path in write_schemas(out):
        click.echo(str(path))


if __name__ == "__main__":
    main()
