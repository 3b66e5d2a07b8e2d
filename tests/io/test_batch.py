"""Batch runs on real files: interruption and resume in real subprocesses, --jobs, huge files,
per-document fault isolation."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc

from extractor.cli import main
from extractor.documents import content_hash
from extractor.errors import Errors
from extractor.io import batch, output, workers
from extractor.io.batch import BatchOptions, Summary, read_inputs
from extractor.io.inputs import DEFAULT_MAX_BYTES, Document, Failure
from extractor.io.output import Rendered, partial_path, read_complete
from extractor.records import DocumentRecords
from extractor.texts import CHUNK_CHARS

CITIES = ("Suzhou", "Nanjing", "Wuxi", "Changzhou", "Nantong")
POSIX_PROCESSES = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="needs POSIX signals and Linux /proc"
)


def article(i: int, version: int = 1) -> str:
    """A small article with money, percentages, dates, places, organizations and a person."""
    city = CITIES[i % len(CITIES)]
    paragraphs = [f"{city} trade report {i}"] + [
        f"Exports from {city} rose {i % 9 + 1}.{j} pct to {i + j + version} billion yuan in "
        f"2023, said Li Wei of the Jiangsu Provincial Department of Commerce."
        for j in range(6)
    ]
    return "\n\n".join(paragraphs) + "\n"


def write_articles(root: Path, count: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (root / f"a{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return root


def extract(*args: str) -> tuple[int, str]:
    """``extractor extract ARGS`` in this process: exit code and standard error."""
    result = CliRunner().invoke(main, ["extract", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stderr


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start ``python -m extractor.cli extract ARGS`` as a real process, stderr to a file.

    Whatever a failed assertion leaves running is killed at the end of the test.
    """
    started: list[subprocess.Popen[bytes]] = []

    def run(*args: str) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "extractor.cli", "extract", *args]
        with (tmp_path / "stderr.txt").open("wb") as stderr:
            # A shell without job control starts background commands with SIGINT ignored, which
            # Python would keep; the child gets the default so that Ctrl-C can be sent to it.
            started.append(
                subprocess.Popen(
                    command,
                    stdout=subprocess.DEVNULL,
                    stderr=stderr,
                    preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
                )
            )
        return started[-1]

    yield run
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def wait_for_content(proc: subprocess.Popen[bytes], path: Path) -> None:
    """Wait until ``path`` holds some bytes while ``proc`` is still running."""
    while not (path.exists() and path.stat().st_size > 0):
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.002)


def children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def running(pids: list[int], patience: float = 60.0) -> list[int]:
    """The processes among ``pids`` still alive (not exited, not a zombie) after ``patience``."""
    deadline = time.monotonic() + patience
    while True:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except FileNotFoundError:
                continue
            if state != "Z":
                alive.append(pid)
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def summary_counts(stderr: str) -> tuple[int, int]:
    """(processed, resumed) from the summary line."""
    line = next(line for line in stderr.splitlines() if line.startswith("documents: "))
    words = line.split()
    return int(words[1]), int(words[3])


@POSIX_PROCESSES
def test_batch_sigkill_then_resume_equals_an_uninterrupted_run(
    tmp_path: Path, start: Callable[..., subprocess.Popen[bytes]]
) -> None:
    folder = write_articles(tmp_path / "in", 200)
    reference, out = tmp_path / "reference.jsonl", tmp_path / "out.jsonl"
    assert extract(str(folder), "-o", str(reference), "-q")[0] == 0

    proc = start(str(folder), "-o", str(out), "-q")
    wait_for_content(proc, partial_path(out))
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL
    assert not out.exists()
    kept = len(read_complete(partial_path(out)))
    assert kept < 200  # killed mid-run (the document being written may be cut off)

    resumed = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "extract", str(folder), "-o", str(out), "--resume"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert not partial_path(out).exists()
    assert summary_counts(resumed.stderr) == (200 - kept, kept)


@POSIX_PROCESSES
@pytest.mark.parametrize(
    ("signum", "jobs", "spawned_at_least"),
    [(signal.SIGTERM, "2", 2), (signal.SIGINT, "1", 0)],
    ids=["sigterm-jobs2", "sigint-jobs1"],
)
def test_batch_interrupt_keeps_the_previous_output_and_stops_the_workers(
    signum: signal.Signals,
    jobs: str,
    spawned_at_least: int,
    tmp_path: Path,
    start: Callable[..., subprocess.Popen[bytes]],
) -> None:
    folder = write_articles(tmp_path / "in", 200)
    out, reference = tmp_path / "out.jsonl", tmp_path / "reference.jsonl"
    assert extract(str(folder), "-o", str(out), "-q")[0] == 0
    previous = out.read_bytes()
    # The folder changes after that earlier run: every tenth article gets a new text.
    changed = {f"a{i:03d}.txt": article(i, version=2) for i in range(0, 200, 10)}
    for name, text in changed.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert extract(str(folder), "-o", str(reference), "-q")[0] == 0

    proc = start(str(folder), "-o", str(out), "--jobs", jobs, "-q")
    wait_for_content(proc, partial_path(out))
    spawned = children(proc.pid)  # the workers (and multiprocessing's resource tracker)
    assert len(spawned) >= spawned_at_least
    proc.send_signal(signum)
    assert proc.wait() == 128 + signum, (tmp_path / "stderr.txt").read_text()
    assert out.read_bytes() == previous
    assert (tmp_path / "stderr.txt").read_text() == (
        f"interrupted by {signum.name}; {out} is unchanged, the documents finished are in "
        f"{partial_path(out)} (continue with --resume)\n"
    )
    assert running(spawned) == []

    in_partial = set(read_complete(partial_path(out)))
    new_in_partial = {(name, content_hash(text)) for name, text in changed.items()} & in_partial
    code, stderr = extract(str(folder), "-o", str(out), "--resume")
    assert code == 0
    assert out.read_bytes() == reference.read_bytes()
    # The 180 unchanged articles come from the old output, the changed ones from the partial
    # file when they were finished there.
    resumed = 180 + len(new_in_partial)
    assert summary_counts(stderr) == (200 - resumed, resumed)


def test_batch_jobs_2_is_byte_identical_to_jobs_1(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 40)
    (folder / "sub").mkdir()
    (folder / "sub" / "gbk.txt").write_bytes("江苏 exports hit 150 billion yuan.".encode("gbk"))
    (folder / "sub" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "items.jsonl").write_text(json.dumps({"id": "n1", "text": article(1)}) + "\n{\n")
    (folder / "empty.md").write_text("")
    runs = {}
    for jobs in ("1", "2"):
        out, errors = tmp_path / f"out{jobs}.jsonl", tmp_path / f"errors{jobs}.jsonl"
        code, _ = extract(str(folder), "-o", str(out), "--errors", str(errors), "-j", jobs, "-q")
        runs[jobs] = (code, out.read_bytes(), errors.read_bytes())
    assert runs["2"] == runs["1"]
    code, out, errors = runs["1"]
    assert code == 1
    assert [json.loads(line)["path"] for line in errors.decode().splitlines()] == [
        f"{folder / 'items.jsonl'}:2",
        str(folder / "sub" / "image.txt"),
    ]
    articles = [r["doc_id"] for r in map(json.loads, out.decode().splitlines()) if "chars" in r]
    assert articles == [f"a{i:03d}.txt" for i in range(40)] + ["items.jsonl#n1", "sub/gbk.txt"]


# Loaded at start-up by every Python process that has this folder on PYTHONPATH, which is how
# a failure is planted in the worker processes of --jobs 2 as well.
SITECUSTOMIZE = """
import os

if os.environ.get("EXTRACTOR_TEST_FAIL_ON"):
    import extractor.io.output

    _original = extractor.io.output.document_records

    def _failing(nlp, document):
        if os.environ["EXTRACTOR_TEST_FAIL_ON"] in document.text:
            raise RuntimeError("injected failure")
        return _original(nlp, document)

    extractor.io.output.document_records = _failing
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_document_failure_is_reported_and_the_batch_goes_on(
    jobs: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_articles(tmp_path / "in", 12)
    bad = folder / "a005.txt"
    bad.write_text(article(5) + "Reference BOOM-7.\n", encoding="utf-8")
    reference = tmp_path / "reference.jsonl"
    assert extract(str(folder), "-o", str(reference), "-q")[0] == 0

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "site"))
    monkeypatch.setenv("EXTRACTOR_TEST_FAIL_ON", "BOOM-7")
    original = output.document_records

    def failing(nlp: Language, document: Document) -> DocumentRecords:
        if "BOOM-7" in document.text:
            raise RuntimeError("injected failure")
        return original(nlp, document)

    monkeypatch.setattr(output, "document_records", failing)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, stderr = extract(str(folder), "-o", str(out), "--errors", str(errors), "-j", jobs)

    reason = Errors.E017.format(path=bad, doc_id="a005.txt", error="RuntimeError: injected failure")
    assert code == 1
    assert [json.loads(line) for line in errors.read_text().splitlines()] == [
        {"path": str(bad), "reason": reason}
    ]
    assert f"error: {reason}\n" in stderr
    assert "11 processed, 0 resumed, 0 empty, 0 skipped (unknown extension), 1 failed" in stderr
    expected = [
        line
        for line in reference.read_text().splitlines(keepends=True)
        if json.loads(line)["doc_id"] != "a005.txt"
    ]
    assert out.read_text() == "".join(expected)

    # With --fail-fast the run stops there: the articles before it, and no OUT.
    out.unlink()
    code, _ = extract(str(folder), "-o", str(out), "-j", jobs, "--fail-fast", "-q")
    assert code == 1
    assert not out.exists()
    written = partial_path(out).read_text().splitlines(keepends=True)
    assert [r["doc_id"] for r in map(json.loads, written) if r["label"] == "ARTICLE"] == [
        f"a{i:03d}.txt" for i in range(5)
    ]
    assert "".join(written) == "".join(e for e in expected if json.loads(e)["doc_id"] < "a005")


def test_batch_worker_pipeline_error_ends_the_run_with_its_message(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main, ["extract", str(folder), "-o", str(out), "-j", "2", "--model", "no_such_model_xyz"]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: [E007] Cannot load spaCy pipeline 'no_such_model_xyz'")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no OUT, no empty OUT.partial


def test_batch_worker_that_cannot_load_its_model_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model that is installed but fails to load in the workers: E007, nothing written."""
    folder = write_articles(tmp_path / "in", 3)
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "meta.json").write_text('{"version": "0.0.1"}')
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main,
        ["extract", str(folder), "-o", str(out), "-j", "2", "--model", str(tmp_path / "broken")],
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"Error: [E007] Cannot load spaCy pipeline '{tmp_path / 'broken'}'"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken", "in"]


HEAD = "Jiangsu trade\n\nExports rose 5.8 pct to 150 billion yuan in 2023.\n\n"
MIDDLE = "Imports fell 2.1 pct to $30 billion.\n\n"
TAIL = "Profit was 7 million euros.\n"
BLANK = "\n" * (25 * 1024 * 1024)


@pytest.fixture(scope="module")
def huge_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A 50 MB article: text at the start, in the middle and at the end, blank lines between.

    The filler is blank because the pipeline reads some 100,000 characters of prose a second:
    50 MB of prose would take ten minutes. What matters here is that a text of this size is
    accepted, reaches the pipeline only in pieces, and keeps exact offsets across them.
    """
    path = tmp_path_factory.mktemp("huge") / "huge.txt"
    path.write_text(HEAD + BLANK + MIDDLE + BLANK + TAIL, encoding="utf-8")
    yield path
    path.unlink()  # pytest keeps the temporary folders of recent runs


def test_batch_huge_file_rejected_by_default(huge_file: Path, tmp_path: Path) -> None:
    option = next(p for p in main.commands["extract"].params if p.name == "max_bytes")
    assert (option.default, option.show_default) == (DEFAULT_MAX_BYTES, True)
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    errors = tmp_path / "errors.jsonl"
    code, stderr = extract(str(huge_file), "--errors", str(errors), "-q")
    assert code == 1
    size = huge_file.stat().st_size
    assert size > 50 * 1024 * 1024
    reason = f"[E013] {huge_file}: {size} bytes is larger than --max-bytes={DEFAULT_MAX_BYTES}."
    assert stderr == f"error: {reason}\n"
    assert json.loads(errors.read_text()) == {"path": str(huge_file), "reason": reason}


class SizeSpy:
    """A pipeline that records the length of every text it is given."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.sizes: list[int] = []

    def make_doc(self, text: str) -> Doc:
        return self.nlp.make_doc(text)

    def __call__(self, doc: Doc) -> Doc:
        self.sizes.append(len(doc.text))
        return self.nlp(doc)


def test_batch_huge_file_processed_in_pieces(
    huge_file: Path, tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = SizeSpy(nlp)
    monkeypatch.setattr(workers, "default_pipeline", lambda model, today: spy)
    out = tmp_path / "out.jsonl"
    code, _ = extract(str(huge_file), "-o", str(out), "--max-bytes", str(64 * 1024 * 1024), "-q")
    assert code == 0
    # Only the three pieces with text reach the pipeline, none longer than CHUNK_CHARS.
    assert len(spy.sizes) == 3 and max(spy.sizes) <= CHUNK_CHARS
    text = huge_file.read_text(encoding="utf-8")
    article, *records = [json.loads(line) for line in out.read_text().splitlines()]
    mentions = [r for r in records if r["label"] != "FACT"]
    facts = [r for r in records if r["label"] == "FACT"]
    assert (article["chars"], article["mentions"], article["facts"]) == (
        len(text), len(mentions), len(facts),
    )  # fmt: skip
    # Every fact points at a mention of the output, at the same place.
    by_id = {m["id"]: m for m in mentions}
    assert all(by_id[f["value"]["id"]]["start"] == f["value"]["start"] for f in facts)
    assert article["content_sha256"] == content_hash(text)
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert all(m["sentence_start"] <= m["start"] < m["end"] <= m["sentence_end"] for m in mentions)
    middle, tail = len(HEAD) + len(BLANK), len(HEAD) + 2 * len(BLANK) + len(MIDDLE)
    assert [(m["text"], m["start"], m["amount"], m["currency"]) for m in mentions if m["label"] == "MONEY"] == [
        ("150 billion yuan", HEAD.index("150"), "150000000000", "CNY"),
        ("$30 billion", middle + MIDDLE.index("$30"), "30000000000", "USD"),
        ("7 million euros", tail + TAIL.index("7 million"), "7000000", "EUR"),
    ]  # fmt: skip


def test_batch_pieces_give_the_records_of_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_articles(tmp_path / "in", 3)
    whole, pieces = tmp_path / "whole.jsonl", tmp_path / "pieces.jsonl"
    assert extract(str(folder), "-o", str(whole), "-q")[0] == 0
    # Each article (~900 characters) now goes through the pipeline in three or more pieces.
    monkeypatch.setattr(output, "CHUNK_CHARS", 300)
    assert extract(str(folder), "-o", str(pieces), "-q")[0] == 0

    # Mentions are the same; facts inherit a subject or a period within their piece only.
    def mentions(path: Path) -> list[str]:
        return [line for line in path.read_text().splitlines() if '"label":"FACT"' not in line]

    def article_lines(path: Path) -> list[dict[str, object]]:
        rows = [json.loads(line) for line in path.read_text().splitlines()]
        return [
            {k: v for k, v in r.items() if k != "facts"} for r in rows if r["label"] == "ARTICLE"
        ]

    assert [m for m in mentions(pieces) if '"ARTICLE"' not in m] == [
        m for m in mentions(whole) if '"ARTICLE"' not in m
    ]
    assert article_lines(pieces) == article_lines(whole)


def test_batch_read_complete_after_a_cut_at_every_byte(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Exports rose 5.8 pct to 150 billion yuan.\n")
    (folder / "b.txt").write_text("No figures here.\n")
    (folder / "c.txt").write_text("Profit was $5 million in 2023.\n")
    out = tmp_path / "out.jsonl"
    assert extract(str(folder), "-o", str(out), "-q")[0] == 0
    data = out.read_bytes()
    lines = data.decode().splitlines(keepends=True)
    keys, ends, at, i = [], [], 0, 0  # each document's key and the byte offset after its block
    while i < len(lines):
        head = json.loads(lines[i])
        count = 1 + head["mentions"] + head["facts"]
        at += sum(len(line.encode()) for line in lines[i : i + count])
        keys.append((head["doc_id"], head["content_sha256"]))
        ends.append(at)
        i += count
    assert len(keys) == 3
    cut_file = tmp_path / "cut.jsonl"
    for cut in range(len(data) + 1):
        cut_file.write_bytes(data[:cut])
        expected = [key for key, end in zip(keys, ends, strict=True) if end <= cut]
        assert list(read_complete(cut_file)) == expected, cut


@POSIX_PROCESSES
def test_batch_worker_killed_ends_the_run_instead_of_hanging(
    tmp_path: Path, start: Callable[..., subprocess.Popen[bytes]]
) -> None:
    folder = write_articles(tmp_path / "in", 200)
    out = tmp_path / "out.jsonl"
    proc = start(str(folder), "-o", str(out), "--jobs", "2", "-q")
    wait_for_content(proc, partial_path(out))
    workers = [
        pid
        for pid in children(proc.pid)
        if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)  # as the kernel's out-of-memory killer would
    assert proc.wait() == 1
    assert (tmp_path / "stderr.txt").read_text() == (
        f"Error: {Errors.E022}\n{out} is unchanged, the documents finished are in "
        f"{partial_path(out)} (continue with --resume)\n"
    )
    assert not out.exists()
    assert partial_path(out).stat().st_size > 0
    assert running(workers) == []


def test_batch_read_inputs_reads_without_extracting(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 2)
    (folder / "notes.xyz").write_text("x")
    (folder / "bad.jsonl").write_text('{"text": "Sales rose 5%."}\n{\n')
    summary = Summary()
    entries = list(read_inputs([str(folder)], BatchOptions(exclude=("a001.txt",)), summary))
    assert [
        (type(e).__name__, e.doc_id if isinstance(e, Document) else e.path) for e in entries
    ] == [
        ("Document", "a000.txt"),
        ("Document", "bad.jsonl#1"),
        ("Failure", f"{folder / 'bad.jsonl'}:2"),
    ]
    assert summary.skipped == [str(folder / "notes.xyz")]


class _Recorder:
    """An extractor and a sink that log, in order, each batch handed to the workers and each
    document written."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []

    def extract(self, documents: list[Document]) -> Iterator[Rendered | Failure]:
        self.events.append(("extract", [d.doc_id for d in documents]))
        return (Rendered([d.doc_id], ["MONEY"]) for d in documents)

    def write(self, rendered: Rendered) -> None:
        self.events.append(("write", rendered.lines[0]))


def test_batch_hands_out_the_next_batch_before_writing_the_previous(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The workers get batch N+1 before this process writes batch N, so they never wait for
    # the writing (nor for the reading of the inputs that follow).
    monkeypatch.setattr(batch, "_BATCH_ENTRIES", 2)
    recorder = _Recorder()
    run = batch._Batch(recorder.extract, recorder, Summary(), BatchOptions(), batch.Hooks())  # type: ignore[arg-type]
    assert run.run([Document(f"d{i}", "text") for i in range(5)], {})
    assert recorder.events == [
        ("extract", ["d0", "d1"]),
        ("extract", ["d2", "d3"]),
        ("write", "d0"),
        ("write", "d1"),
        ("extract", ["d4"]),
        ("write", "d2"),
        ("write", "d3"),
        ("write", "d4"),
    ]
