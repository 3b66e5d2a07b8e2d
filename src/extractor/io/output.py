"""JSONL output: rendering one document's records, writing them safely, reading them back to resume.

A run writes to ``OUT.partial`` beside ``OUT`` and renames it over ``OUT`` only when it completes
(:class:`PartialFile`), so an interrupted run never leaves a half-written file under the final
name. :func:`read_complete` finds the documents already complete in an earlier output, keyed by
``doc_id`` and content hash, so that ``--resume`` copies them instead of extracting them again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from extractor.documents import CHUNK_CHARS, text_records
from extractor.errors import Errors, ExtractorError
from extractor.io.inputs import Document, Failure
from extractor.records import DocumentRecords

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Rendered:
    """One document's JSONL lines, the labels of its mention lines and its warnings."""

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


def describe(exc: BaseException) -> str:
    """An exception as one short line, for an error report."""
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text if len(text) <= 300 else text[:299] + "…"


def document_records(nlp: Language, document: Document) -> DocumentRecords:
    """The records of one input document (in pieces if it is longer than ``CHUNK_CHARS``)."""
    return text_records(nlp, document.text, document.doc_id, CHUNK_CHARS, **document.metadata)


def render_document(nlp: Language, document: Document) -> Rendered | Failure:
    """One document's JSONL lines, or its failure: no exception in one document ends the batch."""
    try:
        records = document_records(nlp, document)
        lines = [record.model_dump_json() for record in records.records()]
    except Exception as exc:
        path = document.path or document.doc_id
        reason = Errors.E017.format(path=path, doc_id=document.doc_id, error=describe(exc))
        return Failure(path, reason)
    return Rendered(lines, [m.label for m in records.mentions], tuple(records.warnings))


def partial_path(out: Path) -> Path:
    """Where a run writes before it renames the file to ``out``: ``OUT.partial``."""
    return out.with_name(out.name + ".partial")


class PartialFile:
    """``OUT.partial``, opened for writing; :meth:`commit` makes it ``OUT`` in one step."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path = partial_path(out)
        try:
            self.stream: IO[str] = self.path.open("w", encoding="utf-8")
        except OSError as exc:
            raise ExtractorError(
                Errors.E019.format(path=self.path, reason=exc.strerror or exc)
            ) from exc

    def write(self, rendered: Rendered) -> None:
        """Write one document's lines and flush them, so a killed run keeps whole documents."""
        for line in rendered.lines:
            self.stream.write(line + "\n")
        self.stream.flush()

    def commit(self) -> None:
        """Flush to disk, close, and rename over ``OUT``: OUT is the old file or the new one."""
        os.fsync(self.stream.fileno())  # the rename must not land before the data
        self.stream.close()
        try:
            os.replace(self.path, self.out)
        except OSError as exc:
            raise ExtractorError(
                Errors.E019.format(path=self.out, reason=exc.strerror or exc)
            ) from exc

    def close(self) -> None:
        """Close without committing: the documents written so far stay in ``OUT.partial``."""
        self.stream.close()


def _json_object(line: str) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def read_complete(path: Path) -> dict[tuple[str, str], Rendered]:
    """Documents completely present in a JSONL output: (doc_id, hash) -> their lines.

    A document is its ARTICLE line and the mention and fact lines it counts.

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
        count = mentions + facts
        block = lines[i : i + 1 + count]
        labels = [(_json_object(line) or {}).get("label") for line in block[1:]]
        if len(block) != 1 + count or not all(
            isinstance(x, str) and x != "ARTICLE" for x in labels
        ):
            break
        complete[(doc_id, digest)] = Rendered(block, [str(x) for x in labels])
        i += len(block)
    return complete


class StreamSink:
    """Standard output (or any open text stream) as a sink: nothing to commit."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, rendered: Rendered) -> None:
        """Write one document's lines and flush them."""
        for line in rendered.lines:
            self.stream.write(line + "\n")
        self.stream.flush()

    def commit(self) -> None:
        """Nothing to do: the lines are out already."""

    def close(self) -> None:
        """The stream belongs to the caller, who closes it."""
