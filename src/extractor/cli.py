"""Command line: ``extractor extract``, ``extractor review``, ``extractor evaluate`` and
``extractor schemas``.

The commands parse options, call library functions and choose exit codes: 0 success, 1 some
documents failed or a metric fell below the baseline (or a worker process died), 2 usage and
setup errors (click's convention for usage; also a model that is not installed, an output that
cannot be written or is an input, and a ``--resume`` that would mix pipelines), and 128 + the
signal number when ``extract`` is interrupted (130 for Ctrl-C, 143 for SIGTERM).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from extractor.errors import Errors, ExtractorError, SetupError
from extractor.io.extras import FORMATS as OUTPUT_FORMATS
from extractor.io.extras import output_format
from extractor.io.inputs import DEFAULT_MAX_BYTES, DEFAULT_PARTITION_SIZE, FORMATS
from extractor.records import EMITS, Emit

if TYPE_CHECKING:
    from extractor.io.batch import BatchOptions, Summary
    from extractor.io.distributed import Progress

DEFAULT_CORPUS = Path("corpus")


@click.group()
@click.version_option(package_name="extractor")
def main() -> None:
    """Extract money, percentages, entities and dates from news articles as validated JSONL."""


class _Jobs(click.ParamType):  # type: ignore[type-arg]
    """A worker count from 1 to 64, or ``auto`` (from the CPUs and the memory available)."""

    name = "N|auto"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int:
        if isinstance(value, int):
            return value
        if str(value).strip().lower() == "auto":
            from extractor.io.workers import auto_jobs

            return auto_jobs()
        try:
            number = int(str(value))
        except ValueError:
            self.fail(f"{value!r} is neither a whole number nor 'auto'.", param, ctx)
        if not 1 <= number <= 64:
            self.fail(f"{number} is not in the range 1<=x<=64.", param, ctx)
        return number


def _encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return codecs.lookup(value).name
    except LookupError as exc:
        raise click.BadParameter(Errors.E020.format(name=value, reason=exc)) from exc


_FILE = click.Path(dir_okay=False, allow_dash=True, path_type=Path)


def _day(ctx: click.Context, param: click.Parameter, value: datetime | None) -> str | None:
    """A ``click.DateTime`` of the format YYYY-MM-DD as the ISO date ``load(today=)`` takes."""
    return None if value is None else value.date().isoformat()


_TODAY = click.DateTime(formats=["%Y-%m-%d"])


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    help="JSONL or Parquet file, device or pipe (default, or -: standard output); with "
    "--scheduler, the folder or URL of the shards.",
)
@click.option("--errors", "errors_path", type=_FILE, help="JSONL file of failures (path, reason).")
@click.option(
    "--warnings",
    "warnings_path",
    type=_FILE,
    help="JSONL file of warnings (path, warning): ambiguous currencies, texts cut into pieces.",
)
@click.option(
    "--jobs", "-j", default="1", show_default=True, type=_Jobs(),
    help="Worker processes, or auto: one per CPU, as many as fit in the memory available "
    "(300 MB each).",
)  # fmt: skip
@click.option(
    "--model", default=None, help="spaCy pipeline for ORG/GPE/PERSON (e.g. en_core_web_sm)."
)
@click.option(
    "--resume",
    is_flag=True,
    help="Keep the documents already complete in OUTPUT (or OUTPUT.partial), if the same "
    "pipeline wrote them.",
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
    "--encoding", default=None, callback=_encoding,
    help="Decode every input with this encoding (e.g. cp1252) instead of detecting it.",
)  # fmt: skip
@click.option(
    "--stdin-format",
    type=click.Choice(["auto", *FORMATS]),
    default="auto",
    show_default=True,
    help="Format of standard input (-); auto tells HTML, JSON and JSONL from plain text.",
)
@click.option("--doc-id", default="-", show_default=True, help="doc_id of standard input (-).")
@click.option(
    "--include", multiple=True, metavar="GLOB", help="Read only matching files of folders."
)
@click.option(
    "--exclude", multiple=True, metavar="GLOB", help="Leave out matching files and folders."
)
@click.option(
    "--emit",
    type=click.Choice(EMITS),
    default="all",
    show_default=True,
    help="Records after each ARTICLE record: mentions and facts, mentions only, or facts only.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(OUTPUT_FORMATS),
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
@click.option(
    "--today", type=_TODAY, callback=_day, metavar="YYYY-MM-DD",
    help="The day the articles are read on: it dates the wire stories that name no year "
    "('BEIJING, Oct. 24 -- ... said Tuesday')  [default: the day the run starts; with --resume, "
    "the day the resumed run started]",
)  # fmt: skip
@click.option("--quiet", "-q", is_flag=True, help="No progress line and no summary.")
def extract(
    inputs: tuple[str, ...], output: str | None, errors_path: Path | None,
    warnings_path: Path | None, jobs: int, model: str | None, resume: bool, fail_fast: bool,
    max_bytes: int, encoding: str | None, stdin_format: str, doc_id: str,
    include: tuple[str, ...], exclude: tuple[str, ...], emit: Emit, fmt: str | None,
    scheduler: str | None,
    partition_size: int, today: str | None, quiet: bool,
) -> None:  # fmt: skip
    """Extract facts from INPUTS (folders, files, or - for standard input).

    Records go to OUTPUT.partial, renamed to OUTPUT when the run completes. Interrupted (Ctrl-C,
    SIGTERM), the run leaves OUTPUT as it was and exits with 128 + the signal number; --resume
    then continues from OUTPUT.partial.

    With --scheduler, OUTPUT is a folder of shards, part-00000.jsonl (or .parquet) and on, one per
    partition, each written whole or not at all; --resume keeps the finished ones.
    """
    from extractor.io.batch import BatchOptions

    output = None if output == "-" else output
    fmt = output_format(fmt, output)
    if fmt == "parquet" and output is None:
        raise click.UsageError(Errors.E045)
    options = BatchOptions(
        jobs=jobs, model=model, resume=resume, fail_fast=fail_fast, max_bytes=max_bytes,
        encoding=encoding, stdin_format=stdin_format, stdin_id=doc_id, include=include,
        exclude=exclude, also_written=tuple(p for p in (errors_path, warnings_path) if p),
        emit=emit, fmt=fmt, today=today,
    )  # fmt: skip
    reports_to = (errors_path, warnings_path)
    if scheduler is not None:
        summary = _on_cluster(
            list(inputs), output, scheduler, partition_size, options, reports_to, quiet
        )
    else:
        out = _local_output(inputs, output, options)
        summary = _run(list(inputs), out, options, reports_to, quiet)
    if not quiet:
        for line in summary.lines():
            click.echo(line, err=True)
    sys.exit(1 if summary.failures else 0)


def _local_output(
    inputs: tuple[str, ...], output: str | None, options: BatchOptions
) -> Path | None:
    """The output of a run on this machine, after the usage checks only it needs."""
    url = next((x for x in (*inputs, output or "") if "://" in x), None)
    if url is not None:
        raise click.UsageError(Errors.E050.format(url=url))
    if options.fmt == "parquet" and options.resume:
        raise click.UsageError(Errors.E046)
    out = Path(output) if output is not None else None
    if out is not None and out.is_dir():
        raise click.UsageError(f"{out} is a folder: a folder of shards needs --scheduler")
    _check_usage(inputs, out, options.resume, options.stdin_id, options.stdin_format)
    return out


def _on_cluster(
    inputs: list[str], output: str | None, scheduler: str, partition_size: int,
    options: BatchOptions, reports_to: tuple[Path | None, Path | None], quiet: bool,
) -> Summary:  # fmt: skip
    """A run on a Dask cluster (``--scheduler``), after its usage checks."""
    from extractor.io.inputs import Selection

    if options.jobs != 1:
        raise click.UsageError("--jobs is for local runs: use --scheduler local:N")
    if output is None:
        raise click.UsageError(Errors.E049)
    if "-" in inputs:
        raise click.UsageError(Errors.E047)
    return _extract_distributed(
        inputs, output, scheduler, *reports_to, quiet, fmt=options.fmt, model=options.model,
        resume=options.resume, fail_fast=options.fail_fast, max_bytes=options.max_bytes,
        encoding=options.encoding, emit=options.emit,
        today=options.today or date.today().isoformat(),
        selection=Selection(options.include, options.exclude), partition_size=partition_size,
    )  # fmt: skip


def _check_usage(
    inputs: tuple[str, ...], output: Path | None, resume: bool, doc_id: str, stdin_format: str
) -> None:
    if resume and (output is None or (output.exists() and not output.resolve().is_file())):
        raise click.UsageError("--resume needs --output to be a file")
    if "-" not in inputs and (doc_id != "-" or stdin_format != "auto"):
        raise click.UsageError("--doc-id and --stdin-format apply to standard input (-) only")


class _SetupFailed(click.ClickException):
    """A run that cannot start or go on for its setup: exit code 2, as a usage error."""

    exit_code = 2


def _run(
    inputs: list[str], output: Path | None, options: BatchOptions,
    reports_to: tuple[Path | None, Path | None], quiet: bool,
) -> Summary:  # fmt: skip
    from extractor.io.batch import Hooks, Summary, check_outputs, run_batch

    summary = Summary()
    try:
        check_outputs(inputs, [output, *reports_to])  # before a report file is opened
        with _Reports(*reports_to) as reports, _signals_as_interrupt(), _progress(quiet) as bar:
            hooks = Hooks(reports.error, reports.warning, bar.total, bar.advance)
            run_batch(inputs, output, options, hooks, summary)
    except SetupError as exc:
        raise _SetupFailed(str(exc) + _left(output, summary, "\n", nothing="")) from exc
    except ExtractorError as exc:
        raise click.ClickException(str(exc) + _left(output, summary, "\n", nothing="")) from exc
    except KeyboardInterrupt as exc:
        _exit_interrupted(exc, output, summary)
    if summary.stopped:
        click.echo("stopped at the first failure (--fail-fast)" + _left(output, summary), err=True)
    return summary


def _left(
    output: Path | None, summary: Summary, joint: str = "; ", nothing: str | None = None
) -> str:
    """What a run that ended early left behind, to say after what ended it (``nothing`` when
    it left nothing: by default it says so)."""
    if output is None:
        return ""
    if summary.left_behind is not None:
        return (
            f"{joint}{output} is unchanged, the documents finished are in "
            f"{summary.left_behind} (continue with --resume)"
        )
    if output.exists() and not output.resolve().is_file():
        return f"{joint}the records of the documents finished went to {output}"
    return f"{joint}{output} is unchanged, nothing was written" if nothing is None else nothing


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
                _signals_as_interrupt(),
                _status_line(quiet) as progress,
                connect(scheduler) as client,
            ):
                return run_distributed(
                    inputs, out, client=client, on_error=reports.error,
                    on_warning=reports.warning, progress=progress,
                    **options,
                )  # fmt: skip
        except SetupError as exc:
            raise _SetupFailed(str(exc)) from exc
        except ExtractorError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt as exc:
            signum = exc.signum if isinstance(exc, _Terminated) else signal.SIGINT
            click.echo(
                f"interrupted by {signal.Signals(signum).name}; the finished shards are in "
                f"{out} (continue with --resume)",
                err=True,
            )
            sys.exit(128 + signum)


class _Reports:
    """Failures and warnings: one line each on standard error and, if asked, in JSONL files.

    The files are opened before the run starts, so a path that cannot be written ends the run
    with E019 (exit 2) before any work.
    """

    def __init__(self, errors_path: Path | None, warnings_path: Path | None) -> None:
        self.paths = (errors_path, warnings_path)
        self.files: list[IO[str] | None] = [None, None]

    def __enter__(self) -> _Reports:
        from extractor.io.output import check_writable

        for path in self.paths:  # all checked before one is created
            if path is not None and not (path.exists() and not path.resolve().is_file()):
                check_writable(path.resolve() if path.is_symlink() else path)
        for index, path in enumerate(self.paths):
            if path is not None:
                try:
                    self.files[index] = path.open("w", encoding="utf-8")
                except OSError as exc:
                    self.__exit__()
                    reason = exc.strerror or str(exc)
                    raise SetupError(Errors.E019.format(path=path, reason=reason)) from exc
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


def _is_terminal() -> bool:
    return sys.stderr.isatty()


class ProgressLine:
    """Documents done out of the total, the rate and the time left, on one line of a terminal.

    Drawn at once (``0/N``) and then at most five times a second; the rate and the ETA appear
    with the first document done. Checking for a signal is part of every update (see
    :func:`_signals_as_interrupt`).
    """

    def __init__(self, stream: IO[str] | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.clock = stream, clock
        self.done = self.expected = 0
        self.started = self.drawn_at = clock()
        self.width = 0

    def total(self, documents: int) -> None:
        self.expected = documents
        self.started = self.clock()
        self.draw(force=True)

    def advance(self, documents: int) -> None:
        # An exception raised by a signal handler can be swallowed when it lands inside an
        # interpreter callback ("Exception ignored in ..."); a safe point re-raises it.
        if _SIGNALLED:
            raise _Terminated(_SIGNALLED[0])
        self.done += documents
        self.draw(force=self.done >= self.expected)

    def text(self) -> str:
        total = max(self.expected, self.done)
        line = f"extracting: {self.done:,}/{total:,} documents"
        elapsed = self.clock() - self.started
        if self.done and elapsed > 0:
            rate = self.done / elapsed
            left = round((total - self.done) / rate)
            line += f", {rate:,.1f}/s, ETA {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}"
        return line

    def draw(self, force: bool = False) -> None:
        now = self.clock()
        if self.stream is None or (not force and now - self.drawn_at < 0.2):
            return
        self.drawn_at = now
        line = self.text()
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def close(self) -> None:
        if self.stream is not None and self.width:
            self.stream.write("\n")
            self.stream.flush()


@contextlib.contextmanager
def _progress(quiet: bool) -> Iterator[ProgressLine]:
    """The progress line on a terminal's standard error; updates only, elsewhere or if quiet."""
    bar = ProgressLine(sys.stderr if not quiet and _is_terminal() else None)
    try:
        yield bar
    finally:
        bar.close()


@contextlib.contextmanager
def _status_line(quiet: bool) -> Iterator[Callable[[Progress], None]]:
    """A progress callback of distributed runs: a status line on a terminal, nothing otherwise."""
    shown = not quiet and sys.stderr.isatty()

    def progress(status: Progress) -> None:
        if _SIGNALLED:  # see ProgressLine.advance
            raise _Terminated(_SIGNALLED[0])
        if shown:
            click.echo(f"\r{status.line()}\x1b[K", err=True, nl=False)

    try:
        yield progress
    finally:
        if shown:
            click.echo("", err=True)


def _exit_interrupted(exc: KeyboardInterrupt, output: Path | None, summary: Summary) -> NoReturn:
    signum = exc.signum if isinstance(exc, _Terminated) else signal.SIGINT
    click.echo(f"interrupted by {signal.Signals(signum).name}{_left(output, summary)}", err=True)
    sys.exit(128 + signum)


_SIGNALLED: list[int] = []  # SIGINTs and SIGTERMs received during the current run


class _Terminated(KeyboardInterrupt):
    """A signal as an exception, so that a terminated run unwinds exactly as on Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _signals_as_interrupt() -> Iterator[None]:
    """SIGINT and SIGTERM raise :class:`_Terminated` and are remembered for the run.

    The exception a handler raises is lost when it lands in an interpreter callback (a
    ``__del__``, a callback from compiled code: "Exception ignored in ..."); remembering the
    signal lets the run's safe points (each progress update) raise it again. A SIGINT that the
    process was started ignoring stays ignored.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # Python lets only the main thread set signal handlers
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        _SIGNALLED.append(signum)
        raise _Terminated(signum)

    def terminate(signum: int, frame: FrameType | None) -> None:
        # A second SIGTERM while the first one is being handled ends the process at once.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        interrupt(signum, frame)

    _SIGNALLED.clear()
    previous = {signal.SIGTERM: signal.signal(signal.SIGTERM, terminate)}
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        previous[signal.SIGINT] = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    except Exception as exc:
        # Once a signal has come, an error from the unwinding (a library's lock or callback
        # interrupted mid-way, a cluster that fails to close) is the interruption's aftermath.
        if _SIGNALLED:
            raise _Terminated(_SIGNALLED[0]) from exc
        raise
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the site (index.html, documents/).",
)
@click.option(
    "--records",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Show the records of this JSONL output of `extractor extract` instead of extracting.",
)
@click.option(
    "--model", default=None, help="spaCy pipeline for ORG/GPE/PERSON (e.g. en_core_web_sm)."
)
@click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    type=click.IntRange(1),
    help="Reject larger files and standard input.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def review(
    inputs: tuple[str, ...], output: Path, records: Path | None, model: str | None,
    max_bytes: int, quiet: bool,
) -> None:  # fmt: skip
    """Write a static HTML review site of INPUTS to OUTPUT: an index, and per document its text
    with every mention marked (value and rule on hover) and its facts.

    Open OUTPUT/index.html in a browser; the site needs no server and no network. Documents
    that fail are listed in the index and on standard error, and the exit code is 1.
    """
    from extractor.review import write_review_site

    if records is not None and model is not None:
        raise click.UsageError("--model extracts; --records shows records already extracted")
    with _Reports(None, None) as reports:
        try:
            with _progress(quiet) as progress:
                summary = write_review_site(
                    list(inputs), output, records=records, model=model, max_bytes=max_bytes,
                    on_error=reports.error, progress=progress.advance,
                )  # fmt: skip
        except ExtractorError as exc:
            raise click.ClickException(str(exc)) from exc
    if not quiet:
        for line in summary.lines():
            click.echo(line, err=True)
    sys.exit(1 if summary.failures else 0)


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
@click.option(
    "--html",
    "html",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write a review site to this folder: scores, and gold beside prediction per article.",
)
@click.option(
    "--today",
    type=_TODAY,
    callback=_day,
    metavar="YYYY-MM-DD",
    help="The day the corpus is read on: it dates the stories that name no year "
    "(default: a fixed day, so that scores do not move with the calendar).",
)
def evaluate(
    corpus: Path,
    model: str | None,
    fmt: str,
    show_errors: bool,
    update_baseline: bool,
    allow_lower: bool,
    html: Path | None,
    today: str | None,
) -> None:
    """Score the pipeline on the annotated CORPUS and check it against the baseline."""
    from extractor.evaluation import scoring
    from extractor.evaluation.corpus import READ_ON, load_corpus
    from extractor.evaluation.report import render_report
    from extractor.pipeline import load

    docs, problems = load_corpus(corpus)
    if problems:
        for problem in problems:
            click.echo(problem, err=True)
        raise click.ClickException(f"the corpus has {len(problems)} problems")
    try:
        nlp = load(model, today=today or READ_ON)
        report = scoring.evaluate(nlp, docs)
        if html is not None:
            from extractor.evaluation.compare import compare
            from extractor.review import write_evaluation_site

            site = write_evaluation_site(html, report, compare(nlp, docs, report), str(corpus))
            click.echo(f"evaluation site: open {site.index}", err=True)
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
