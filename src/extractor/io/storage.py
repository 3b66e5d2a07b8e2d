"""Inputs and outputs of distributed runs: local paths and fsspec URLs (``s3://``, ``gs://``, ...).

The client lists the inputs once (:func:`list_sources`), sorted as a local run sorts them, and
hands each worker :class:`Source` entries to read itself (:func:`read_source`); the articles never
pass through the client. Plain paths are listed and read exactly as a local run does
(:func:`~extractor.io.inputs.find_inputs`, :func:`~extractor.io.batch.read_file`), so ids,
texts and error messages are the same; a path with a protocol goes through fsspec. Credentials
and options of a file system come from fsspec's own configuration (environment variables such as
``FSSPEC_S3_ANON``, or the cloud SDK's), read on each worker.

An :class:`OutputFolder` holds the shards of a run: ``part-00000.jsonl`` (or ``.parquet``) per
partition, written under a temporary name and renamed once complete, and beside them, in
``_meta/``, one small JSON file per finished shard (what went in, what came out), which is what
``--resume`` checks.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

import fsspec
from fsspec.core import url_to_fs

from extractor.errors import Errors, ExtractorError, InputError
from extractor.io.batch import read_file, read_input
from extractor.io.inputs import (
    SUFFIXES,
    Document,
    Failure,
    InputFile,
    Selection,
    Skipped,
    Stdin,
    find_inputs,
    format_of,
    parse_bytes,
    read_limited,
    selected,
)
from extractor.io.output import Rendered, StreamSink, describe

# Keys under which file systems report when a file last changed (local, S3, GCS, memory).
_CHANGED = ("mtime", "LastModified", "updated", "ETag", "etag", "created")
SHARD = re.compile(r"part-(\d{5,})\.(jsonl|parquet)")
_META_FILE = re.compile(r"part-(\d{5,})\.json")
META = "_meta"


def is_url(text: str) -> bool:
    """True for an fsspec URL (``s3://b/k``, ``file:///x``), False for a plain path.

    >>> is_url("s3://bucket/news"), is_url("corpus/articles")
    (True, False)
    """
    return "://" in text


@dataclass(frozen=True)
class Source:
    """One input file for a worker to read: where it is, the id its documents get, and what
    the listing said of it (size, last change), which tells ``--resume`` whether it changed."""

    url: str
    doc_id: str
    size: int | None = None
    changed: str | None = None

    def identity(self) -> list[Any]:
        """What a finished shard records of this input."""
        return [self.url, self.doc_id, self.size, self.changed]


@dataclass
class Listing:
    """The inputs of a run: files to read (or inputs that failed), and the files left out."""

    sources: list[Source | Failure]
    skipped: list[str]
    not_followed: list[str] = field(default_factory=list)


def list_sources(inputs: list[str], selection: Selection = Selection()) -> Listing:
    """List every input once, in the order and with the ids of a local run.

    The local paths are listed together, as a local run lists them
    (:func:`~extractor.io.inputs.find_inputs`: folders walked recursively and sorted, ids
    relative to the folder holding them all), then each URL in the order given. A file with an
    unknown extension is skipped (as by a local run); an input that cannot be listed is a
    :class:`Failure` in its place. ``selection`` applies to the files of URL folders too.
    Raises E047 for standard input.
    """
    if "-" in inputs:
        raise ExtractorError(Errors.E047)
    listing = Listing([], [])
    for item in find_inputs([raw for raw in inputs if not is_url(raw)], selection):
        if isinstance(item, Failure):
            listing.sources.append(item)
        elif isinstance(item, Skipped):
            listing.not_followed.append(f"{item.path} ({item.reason})")
        elif isinstance(item, Stdin):  # pragma: no cover - "-" is refused above
            raise ExtractorError(Errors.E047)
        elif format_of(item.path) is None:
            listing.skipped.append(str(item.path))
        else:
            listing.sources.append(_local_source(item))
    for raw in inputs:
        if is_url(raw):
            _list_url(raw, listing, selection)
    return listing


def _local_source(item: InputFile) -> Source:
    path, doc_id = item.path, item.doc_id
    try:
        stat = path.stat()
    except OSError:
        return Source(str(path), doc_id)  # reading it reports why
    return Source(str(path), doc_id, stat.st_size, repr(stat.st_mtime))


def _changed(info: dict[str, Any]) -> str | None:
    return next((str(info[key]) for key in _CHANGED if info.get(key) is not None), None)


def _list_url(raw: str, listing: Listing, selection: Selection) -> None:
    try:
        fs, root = url_to_fs(raw)
        if fs.isdir(root):
            found = fs.find(root, detail=True)
            base = PurePosixPath(root)
            entries = sorted(
                (PurePosixPath(name).relative_to(base).as_posix(), info)
                for name, info in found.items()
            )
            for doc_id, info in entries:
                url = f"{raw.rstrip('/')}/{doc_id}"
                if not selected(doc_id, PurePosixPath(doc_id).name, selection):
                    continue
                if PurePosixPath(doc_id).suffix.lower() not in SUFFIXES:
                    listing.skipped.append(url)
                else:
                    listing.sources.append(Source(url, doc_id, info.get("size"), _changed(info)))
            return
        info = fs.info(root)
    except (OSError, ValueError) as exc:
        listing.sources.append(Failure(raw, Errors.E016.format(path=raw, reason=_reason(exc))))
        return
    name = PurePosixPath(root).name
    if PurePosixPath(name).suffix.lower() not in SUFFIXES:
        listing.skipped.append(raw)
    else:
        listing.sources.append(Source(raw, name, info.get("size"), _changed(info)))


def _reason(exc: Exception) -> str:
    """Why a file could not be listed or read: the system's words where there are some."""
    if isinstance(exc, FileNotFoundError) and not exc.strerror:
        return os.strerror(errno.ENOENT)  # fsspec raises it with the path alone
    return str(getattr(exc, "strerror", None) or describe(exc))


def read_source(
    source: Source, max_bytes: int, encoding: str | None = None
) -> list[Document | Failure]:
    """The documents of one input (a :class:`Failure` in place of what cannot be read), read
    where the worker runs."""
    if not is_url(source.url):
        return read_file(Path(source.url), source.doc_id, max_bytes, encoding)
    return read_input(lambda: _read_url(source, max_bytes, encoding), source.url, source.doc_id)


def _read_url(source: Source, max_bytes: int, encoding: str | None) -> list[Document | Failure]:
    url = source.url
    if source.size is not None and source.size > max_bytes:
        raise InputError(Errors.E013.format(path=url, size=source.size, limit=max_bytes))
    try:
        with fsspec.open(url, "rb") as stream:
            data = read_limited(stream, max_bytes, url)
    except OSError as exc:
        raise InputError(Errors.E016.format(path=url, reason=_reason(exc))) from exc
    fmt = format_of(Path(PurePosixPath(url).name)) or "txt"
    return parse_bytes(data, fmt, source.doc_id, url, encoding)


class OutputFolder:
    """The folder (local or a URL) that holds the shards of a distributed run."""

    def __init__(self, out: str) -> None:
        self.url = out if is_url(out) else str(Path(out).resolve())
        self.fs, self.root = url_to_fs(self.url)

    def _path(self, *names: str) -> str:
        return "/".join([self.root.rstrip("/"), *names])

    def shard_name(self, index: int, fmt: str) -> str:
        """``part-00042.jsonl``: shards sort by name in partition order."""
        return f"part-{index:05d}.{fmt}"

    def shard_url(self, index: int, fmt: str) -> str:
        """Where the shard of partition ``index`` is, as a URL or path a reader can open."""
        name = self.shard_name(index, fmt)
        return f"{self.url.rstrip('/')}/{name}"

    def prepare(self, keep: set[int], fmt: str) -> None:
        """Create the folder, and delete what earlier runs left in it (shards, shard records,
        temporary files) except the finished shards of the partitions in ``keep``, so that the
        folder holds this run's shards only."""
        kept = {self.shard_name(i, fmt) for i in keep} | {f"part-{i:05d}.json" for i in keep}
        try:
            self.fs.makedirs(self._path(META), exist_ok=True)
            stale = [
                path
                for folder in (self._path(), self._path(META))
                for path in self._ls(folder)
                if _is_ours(PurePosixPath(path).name, folder.endswith(META))
                and PurePosixPath(path).name not in kept
            ]
            for path in stale:
                self.fs.rm(path)
        except OSError as exc:
            raise ExtractorError(Errors.E019.format(path=self.url, reason=exc)) from exc

    def _ls(self, folder: str) -> list[str]:
        # An object store has no empty folders: a prefix with nothing under it is "not found".
        try:
            return list(self.fs.ls(folder, detail=False))
        except FileNotFoundError:
            return []

    def remove_temporaries(self) -> None:
        """Delete the temporary files that attempts killed mid-write left (a killed worker
        cannot clean up after itself); called when no attempt is running any more."""
        with contextlib.suppress(OSError):
            for folder in (self._path(), self._path(META)):
                for path in self._ls(folder):
                    name = PurePosixPath(path).name
                    if name.startswith(".part-") and name.endswith(".tmp"):
                        self.fs.rm(path)

    def finished(self, index: int, fmt: str) -> dict[str, Any] | None:
        """The record of a finished shard (see :meth:`ShardWriter.commit`), or None."""
        meta = self._path(META, f"part-{index:05d}.json")
        try:
            if not self.fs.exists(self._path(self.shard_name(index, fmt))):
                return None
            with self.fs.open(meta, "r", encoding="utf-8") as stream:
                record = json.load(stream)
        except (OSError, ValueError):
            return None
        return record if isinstance(record, dict) else None

    @contextlib.contextmanager
    def shard(self, index: int, fmt: str) -> Iterator[ShardWriter]:
        """A writer of the shard of partition ``index`` under a temporary name of its own.

        Each attempt at a partition (Dask runs it again when a worker dies) writes its own
        temporary file, so two attempts never write into one file; the temporary file of an
        attempt that did not commit is deleted.
        """
        writer = ShardWriter(self, index, fmt)
        try:
            yield writer
        finally:
            writer.discard()


def _is_ours(name: str, meta: bool) -> bool:
    """A shard, a shard record or a temporary file of either: what a run may delete."""
    if name.startswith(".part-") and name.endswith(".tmp"):
        return True
    return bool(_META_FILE.fullmatch(name) if meta else SHARD.fullmatch(name))


class ShardWriter:
    """One attempt at writing a shard: records go to a temporary file, renamed by :meth:`commit`."""

    def __init__(self, folder: OutputFolder, index: int, fmt: str) -> None:
        self.folder, self.fmt = folder, fmt
        self.name = folder.shard_name(index, fmt)
        self.meta_name = f"part-{index:05d}.json"
        token = uuid.uuid4().hex
        self.temporary = folder._path(f".{self.name}.{token}.tmp")
        self.meta_temporary = folder._path(META, f".{self.meta_name}.{token}.tmp")
        self.stream: IO[Any] | None = None
        self.sink: Any = None
        self.committed = False
        try:
            if fmt == "parquet":
                from extractor.io.parquet import RecordTable

                self.stream = folder.fs.open(self.temporary, "wb")
                self.sink = RecordTable(self.stream)
            else:
                self.stream = folder.fs.open(self.temporary, "w", encoding="utf-8")
                self.sink = StreamSink(self.stream)
        except OSError as exc:
            raise ExtractorError(Errors.E019.format(path=self.temporary, reason=exc)) from exc

    def write(self, rendered: Rendered) -> None:
        """Write one document's records (a Parquet value out of range raises before any)."""
        self.sink.write(rendered)

    def commit(self, record: dict[str, Any]) -> None:
        """Finish the shard, then rename it, then write ``record`` beside it as its proof.

        The shard record is renamed last: a shard counts as finished only with its record, so
        an attempt killed between the two renames is simply done again.
        """
        fs = self.folder.fs
        try:
            if isinstance(self.sink, StreamSink):
                self.sink.commit()
            else:
                self.sink.close()
            assert self.stream is not None
            self.stream.close()
            with fs.open(self.meta_temporary, "w", encoding="utf-8") as stream:
                json.dump(record, stream, ensure_ascii=False)
            fs.mv(self.temporary, self.folder._path(self.name))
            fs.mv(self.meta_temporary, self.folder._path(META, self.meta_name))
        except OSError as exc:
            raise ExtractorError(Errors.E019.format(path=self.folder.url, reason=exc)) from exc
        self.committed = True

    def discard(self) -> None:
        """Delete the temporary files of an attempt that did not commit."""
        if self.committed:
            return
        with contextlib.suppress(Exception):
            if self.stream is not None:
                self.stream.close()
        for path in (self.temporary, self.meta_temporary):
            with contextlib.suppress(Exception):
                if self.folder.fs.exists(path):
                    self.folder.fs.rm(path)
