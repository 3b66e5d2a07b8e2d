"""JSONL output: rendering one document's records, writing them safely, reading them back to resume.

A run writes to ``OUT.partial`` beside ``OUT`` and renames it over ``OUT`` only when it completes
(:class:`PartialFile`), so an interrupted run never leaves a half-written file under the final
name; standard output, devices and pipes are written through (:func:`open_sink`). Beside each
file, ``.run.json`` records the pipeline that wrote it. :func:`resumable` finds the documents
already complete in an earlier output of the same pipeline, keyed by ``doc_id`` and content
hash, so that ``--resume`` copies them instead of extracting them again.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from extractor.documents import text_records
from extractor.errors import Errors, SetupError
from extractor.io.inputs import Document, Failure
from extractor.records import DocumentRecords, Emit, emitted
from extractor.texts import CHUNK_CHARS

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Rendered:
    """One document's JSONL lines, the labels of its mention and fact lines and its warnings."""

    lines: list[str]
    labels: list[str]
    warnings: tuple[str, ...] = ()


class Sink(Protocol):
    """Where a run writes each document's records: a JSONL or Parquet file, or a stream."""

    def write(self, rendered: Rendered) -> None:
        """Write one document's records."""

    def commit(self) -> None:
        """Make what was written the output: it is complete."""

    def close(self) -> None:
        """Release the file; without :meth:`commit` the output stays as it was."""

    def left_behind(self) -> Path | None:
        """What an uncommitted run leaves for ``--resume`` (``OUT.partial``), if anything."""


def describe(exc: BaseException) -> str:
    """An exception as one short line, for an error report."""
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text if len(text) <= 300 else text[:299] + "…"


def document_records(nlp: Language, document: Document) -> DocumentRecords:
    """The records of one input document (in pieces if it is longer than ``CHUNK_CHARS``)."""
    return text_records(nlp, document.text, document.doc_id, CHUNK_CHARS, **document.metadata)


def render_document(nlp: Language, document: Document, emit: Emit = "all") -> Rendered | Failure:
    """One document's JSONL lines (the records ``emit`` asks for), or its failure: no exception
    in one document ends the batch."""
    try:
        found = document_records(nlp, document)
        records = found.records(emit)
        lines = [record.model_dump_json() for record in records]
    except Exception as exc:
        path = document.path or document.doc_id
        reason = Errors.E017.format(path=path, doc_id=document.doc_id, error=describe(exc))
        return Failure(path, reason)
    return Rendered(lines, [r.label for r in records[1:]], tuple(found.warnings))


def _write_lines(stream: IO[str], rendered: Rendered) -> None:
    """One document's lines, each with its newline, flushed at once."""
    for line in rendered.lines:
        stream.write(line + "\n")
    stream.flush()


def partial_path(out: Path) -> Path:
    """Where a run writes before it renames the file to ``out``: ``OUT.partial``."""
    return out.with_name(out.name + ".partial")


def run_record_path(path: Path) -> Path:
    """The record of the pipeline that wrote ``path``: ``OUT.run.json`` (``OUT.partial.run.json``)."""
    return path.with_name(path.name + ".run.json")


def _cannot_write(path: Path, exc: OSError | str) -> SetupError:
    reason = exc if isinstance(exc, str) else exc.strerror or str(exc)
    return SetupError(Errors.E019.format(path=path, reason=reason))


def check_writable(path: Path) -> None:
    """Raise E019 unless a file can be created in ``path``'s folder (tried, not guessed)."""
    folder = path.parent
    if not folder.is_dir():
        raise _cannot_write(
            path, "No such file or directory" if not folder.exists() else "Not a directory"
        )
    try:
        handle, probe = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".probe")
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    os.close(handle)
    os.unlink(probe)


class PartialFile:
    """``OUT.partial``, created at the first document; :meth:`commit` makes it ``OUT`` in one step.

    Beside it, ``OUT.partial.run.json`` records the pipeline that writes it (``identity``), so
    that ``--resume`` can refuse to mix records of different pipelines. Until the first document
    is written nothing is created, so a run that fails early leaves an earlier ``OUT.partial``
    as it was.
    """

    def __init__(self, out: Path, identity: dict[str, str]) -> None:
        self.out = out
        self.path = partial_path(out)
        self.identity = identity
        self.stream: IO[str] | None = None
        self.written = 0

    def _open(self) -> IO[str]:
        try:
            record = json.dumps({"run": self.identity}, indent=1, sort_keys=True)
            run_record_path(self.path).write_text(record + "\n", encoding="utf-8")
            self.stream = self.path.open("w", encoding="utf-8")
        except OSError as exc:
            raise _cannot_write(self.path, exc) from exc
        return self.stream

    def write(self, rendered: Rendered) -> None:
        """Write one document's lines and flush them, so a killed run keeps whole documents."""
        _write_lines(self.stream or self._open(), rendered)
        self.written += 1

    def commit(self) -> None:
        """Flush to disk, close, and rename over ``OUT``: OUT is the old file or the new one.

        The run record follows the data, so a crash between the two renames leaves a record
        that does not match ``OUT`` (``--resume`` then refuses) rather than one that wrongly does.
        """
        stream = self.stream or self._open()
        os.fsync(stream.fileno())  # the rename must not land before the data
        stream.close()
        try:
            os.replace(self.path, self.out)
            os.replace(run_record_path(self.path), run_record_path(self.out))
        except OSError as exc:
            raise _cannot_write(self.out, exc) from exc

    def close(self) -> None:
        """Close without committing: the documents written so far stay in ``OUT.partial``."""
        if self.stream is not None:
            self.stream.close()

    def left_behind(self) -> Path | None:
        """``OUT.partial`` if this run wrote documents there and did not commit them."""
        return self.path if self.written and self.path.exists() else None


class StreamSink:
    """Standard output, or a device or pipe given as the output: written through, as it goes.

    A path is opened at the first document (or at the end, for a run without any), so an output
    that is a named pipe does not wait for a reader before the run has something to say.
    """

    def __init__(self, stream: IO[str] | None = None, path: Path | None = None) -> None:
        self.stream = stream
        self.path = path
        self.owned = stream is None
        self.written = 0

    def _open(self) -> IO[str]:
        assert self.path is not None
        try:
            self.stream = self.path.open("w", encoding="utf-8")
        except OSError as exc:
            raise _cannot_write(self.path, exc) from exc
        return self.stream

    def write(self, rendered: Rendered) -> None:
        """Write one document's lines and flush them."""
        _write_lines(self.stream or self._open(), rendered)
        self.written += 1

    def commit(self) -> None:
        """Nothing to rename: the lines are out already (a path is closed)."""
        stream = self.stream or self._open()
        if self.owned:
            stream.close()

    def close(self) -> None:
        """Close a path opened here; a stream given belongs to the caller."""
        if self.owned and self.stream is not None:
            self.stream.close()

    def left_behind(self) -> Path | None:
        """Nothing: what was written went straight out."""
        return None


def open_sink(out: Path | None, identity: dict[str, str]) -> Sink:
    """Where a run writes its records; raises E019 if it cannot write there.

    ``None`` is standard output. An existing file that is not a regular file (a device such as
    ``/dev/null``, a named pipe) is written through, never replaced. A symbolic link is
    followed: its target is written (atomically, through ``TARGET.partial``), the link stays.
    """
    if out is None:
        return StreamSink(sys.stdout)
    target = out.resolve() if out.is_symlink() else out
    if target.is_dir():
        raise _cannot_write(out, "Is a directory")
    if target.exists() and not target.is_file():
        if not os.access(target, os.W_OK):
            raise _cannot_write(out, "Permission denied")
        return StreamSink(path=target)
    check_writable(target)
    return PartialFile(target, identity)


def resumable(out: Path, identity: dict[str, str]) -> dict[tuple[str, str], Rendered]:
    """The documents complete in ``OUT`` and ``OUT.partial``, for ``--resume``.

    Raises :class:`~extractor.errors.SetupError` when either holds records written by another
    pipeline (E035) or has no record of the pipeline that wrote it (E034).
    """
    done: dict[tuple[str, str], Rendered] = {}
    for path in (out, partial_path(out)):
        complete = read_complete(path, identity.get("emit", "all"))
        if complete or (path.is_file() and path.stat().st_size):
            check_run_record(path, identity)
            done |= complete
    return done


def stored_today(out: Path) -> str | None:
    """The reading day of the run that wrote ``OUT.partial`` (else ``OUT``), if it recorded one."""
    for path in (partial_path(out), out):
        try:
            stored = json.loads(run_record_path(path).read_text(encoding="utf-8"))["run"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        today = stored.get("today") if isinstance(stored, dict) else None
        if isinstance(today, str):
            return today
    return None


def check_run_record(path: Path, identity: dict[str, str]) -> None:
    """Raise E034 or E035 unless ``path`` was written by a pipeline of this ``identity``."""
    record = run_record_path(path)
    try:
        stored = json.loads(record.read_text(encoding="utf-8"))["run"]
        if not isinstance(stored, dict):
            raise TypeError("not an object")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SetupError(Errors.E034.format(path=path, record=record)) from exc
    names = sorted(set(stored) | set(identity))
    differences = [
        f"{name} {stored.get(name, '?')} -> {identity.get(name, '?')}"
        for name in names
        if stored.get(name) != identity.get(name)
    ]
    if differences:
        raise SetupError(Errors.E035.format(path=path, differences="; ".join(differences)))


def _json_object(line: str) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def read_complete(path: Path, emit: str = "all") -> dict[tuple[str, str], Rendered]:
    """Documents completely present in a JSONL output: (doc_id, hash) -> their lines.

    A document is its ARTICLE line and the mention and fact lines it counts (of those the run
    emits: ``--emit mentions`` writes no fact lines, ``--emit facts`` no mention lines).

    Reading stops at the first document that was cut off or does not parse; everything from
    there on is extracted again.
    """
    complete: dict[tuple[str, str], Rendered] = {}
    if not path.is_file():
        return complete
    # Each line is written with its newline, so whatever follows the last one was cut off.
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")[:-1]
    i = 0
    while i < len(lines):
        head = _json_object(lines[i])
        if head is None:
            break
        if head.get("label") != "ARTICLE":
            i += 1
            continue
        doc_id, digest = head.get("doc_id"), head.get("content_sha256")
        mentions, facts = head.get("mentions"), head.get("facts", 0)
        if not (
            isinstance(doc_id, str)
            and isinstance(digest, str)
            and isinstance(mentions, int)
            and isinstance(facts, int)
        ):
            break
        with_mentions, with_facts = emitted(emit)
        count = (mentions if with_mentions else 0) + (facts if with_facts else 0)
        block = lines[i : i + 1 + count]
        labels = [(_json_object(line) or {}).get("label") for line in block[1:]]
        if len(block) != 1 + count or not all(
            isinstance(x, str) and x != "ARTICLE" for x in labels
        ):
            break
        complete[(doc_id, digest)] = Rendered(block, [str(x) for x in labels])
        i += len(block)
    return complete
