"""Command line: ``extractor extract``, ``extractor review``, ``extractor evaluate`` and
``extractor schemas``.

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
from typing import IO, NoReturn

import click

from extractor.errors import ExtractorError
from extractor.io.inputs import DEFAULT_MAX_BYTES

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
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSONL file (default: standard output).",
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
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def extract(
    inputs: tuple[str, ...], output: Path | None, errors_path: Path | None,
    warnings_path: Path | None, jobs: int, model: str | None, resume: bool, fail_fast: bool,
    max_bytes: int, quiet: bool,
) -> None:  # fmt: skip
    """Extract facts from INPUTS (folders, files, or - for standard input).

    Records go to OUTPUT.partial, renamed to OUTPUT when the run completes. Interrupted (Ctrl-C,
    SIGTERM), the run leaves OUTPUT as it was and exits with 128 + the signal number; --resume
    then continues from OUTPUT.partial.
    """
    from extractor.io.batch import run_batch

    if resume and output is None:
        raise click.UsageError("--resume needs --output")
    with _Reports(errors_path, warnings_path) as reports:
        try:
            with _sigterm_as_interrupt(), _progress_bar(quiet) as progress:
                summary = run_batch(
                    list(inputs), output, jobs=jobs, model=model, resume=resume,
                    fail_fast=fail_fast, max_bytes=max_bytes, on_error=reports.error,
                    on_warning=reports.warning, progress=progress,
                )  # fmt: skip
        except ExtractorError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt as exc:
            _exit_interrupted(exc, output)
    if not quiet:
        for line in summary.lines():
            click.echo(line, err=True)
    sys.exit(1 if summary.failures else 0)


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


def _exit_interrupted(exc: KeyboardInterrupt, output: Path | None) -> NoReturn:
    from extractor.io.output import partial_path

    signum = exc.signum if isinstance(exc, _Terminated) else signal.SIGINT
    kept = (
        f"; {output} is unchanged, the documents finished are in {partial_path(output)} "
        "(continue with --resume)"
        if output
        else ""
    )
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
            with _progress_bar(quiet) as progress:
                summary = write_review_site(
                    list(inputs), output, records=records, model=model, max_bytes=max_bytes,
                    on_error=reports.error, progress=progress,
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
def evaluate(
    corpus: Path,
    model: str | None,
    fmt: str,
    show_errors: bool,
    update_baseline: bool,
    allow_lower: bool,
    html: Path | None,
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
        nlp = load(model)
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
