"""Reading input documents: folders, files and standard input, in several formats and encodings.

Every failure is an :class:`~extractor.errors.InputError` naming the path and the reason (or, for
a folder that cannot be listed, a :class:`Failure` among the files found), so a batch can report
it and go on. Offsets of extracted mentions refer to the text returned here; :func:`read_document`
is public so that the same text can be reproduced from the library.

No more than ``max_bytes`` is ever read from one file or from standard input, whatever its size
claims to be, so an oversized input is rejected before it can fill the memory.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from extractor.errors import Errors, InputError

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json", ".jsonl"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
# A news article is some 10 KB; 20 MiB still admits a large JSONL export while keeping a stray
# dump or disk image out (reading, decoding and hashing one file holds a few times its size).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Input files per partition of a distributed run: some 10 s of work for one core on news
# articles, long enough that Dask's overhead per task (milliseconds) does not count, short enough
# that a lost worker costs little and progress moves.
DEFAULT_PARTITION_SIZE = 500

# File signatures of common binary formats that must not be read as text.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
)
_DROP_TAGS = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template"
_BLOCK_TAGS = (
    "p, div, h1, h2, h3, h4, h5, h6, li, tr, br, section, article, blockquote, pre, table, title"
)


@dataclass(frozen=True)
class Document:
    """One document to extract from, with the metadata its source carries."""

    doc_id: str
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    path: str = ""
    """Where the document was read from, for error messages ("<stdin>" for standard input)."""


@dataclass(frozen=True)
class InputFile:
    """A file found among the inputs, with the id its documents get."""

    path: Path
    doc_id: str


@dataclass(frozen=True)
class Failure:
    """An input path or a document that could not be handled, and the coded reason."""

    path: str
    reason: str


def iter_input_files(inputs: list[str]) -> Iterator[InputFile | Failure | str]:
    """Files under the inputs in sorted order; ``"-"`` is passed through for standard input.

    Folders are walked recursively without following links to folders, so a symlink loop cannot
    trap the walk; ``doc_id`` is the path relative to the folder given. A folder that cannot be
    listed comes out as a :class:`Failure` in its sorted place instead of being left out silently.
    """
    for raw in inputs:
        if raw == "-":
            yield raw
            continue
        root = Path(raw)
        if root.is_dir():
            yield from _walk(root)
        else:
            yield InputFile(root, root.name)


def _walk(root: Path) -> list[InputFile | Failure]:
    found: list[tuple[str, InputFile | Failure]] = []

    def unlisted(exc: OSError) -> None:
        path = Path(exc.filename or root)
        reason = Errors.E016.format(path=path, reason=exc.strerror or exc)
        found.append((path.relative_to(root).as_posix(), Failure(str(path), reason)))

    for folder, _, files in os.walk(root, onerror=unlisted):
        for name in files:
            doc_id = (Path(folder) / name).relative_to(root).as_posix()
            found.append((doc_id, InputFile(Path(folder) / name, doc_id)))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def decode(data: bytes, path: str) -> str:
    """Decode bytes: BOMs first, then strict UTF-8, then charset-normalizer's best guess."""
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(Errors.E011.format(path=path))
    if data.startswith(_BINARY_MAGIC):
        raise InputError(Errors.E011.format(path=path))
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(Errors.E012.format(path=path, reason=exc)) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(Errors.E012.format(path=path, reason="no text encoding fits"))
    return str(best)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Visible article text of an HTML page (scripts, styles, navigation dropped) and its title."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = title_node.text(strip=True) if title_node is not None else ""
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    for node in tree.css(_BLOCK_TAGS):
        node.insert_after("\n\n")
    body = tree.body or tree.root
    raw = body.text(separator="") if body is not None else ""
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, ({"title": title} if title else {})


def _json_documents(text: str, doc_id: str, path: str, lines: bool) -> list[Document]:
    records: list[tuple[int, object]] = []
    if lines:
        for lineno, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    records.append((lineno, json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise InputError(
                        Errors.E014.format(path=path, line=lineno, reason=exc.msg)
                    ) from exc
    else:
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                Errors.E014.format(path=path, line=exc.lineno, reason=exc.msg)
            ) from exc
        records = (
            [(i + 1, r) for i, r in enumerate(loaded)]
            if isinstance(loaded, list)
            else [(1, loaded)]
        )
    documents = []
    for lineno, record in records:
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(Errors.E015.format(path=path, line=lineno))
        try:
            # JSON escapes can spell lone surrogates ("\ud800"), which no output can encode.
            record["text"].encode("utf-8")
        except UnicodeEncodeError as exc:
            reason = f"line {lineno}: {exc.reason}"
            raise InputError(Errors.E012.format(path=path, reason=reason)) from exc
        key = str(record.get("id", lineno))
        metadata = {k: str(record[k]) for k in ("title", "date", "url", "source") if record.get(k)}
        sub_id = doc_id if len(records) == 1 and not lines else f"{doc_id}#{key}"
        documents.append(Document(sub_id, record["text"], metadata, path))
    return documents


def read_document(path: Path, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Read one file into its documents (one, or one per JSON record).

    Raises :class:`~extractor.errors.InputError` for a file larger than ``max_bytes`` (E013),
    one that cannot be read (E016: missing, a broken link or a link loop, no permission) and
    one that is not text or not valid in its format.
    """
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(Errors.E013.format(path=name, size=size, limit=max_bytes))
        with path.open("rb") as stream:
            data = read_limited(stream, max_bytes, name)
    except OSError as exc:
        raise InputError(Errors.E016.format(path=name, reason=exc.strerror or exc)) from exc
    return parse_bytes(data, path.suffix.lower(), doc_id, name)


def read_limited(stream: BinaryIO, max_bytes: int, name: str) -> bytes:
    """All bytes of ``stream``, or E018 as soon as there are more than ``max_bytes``.

    The size a file reports can be wrong (it grows while read, it is a pipe or a device), so the
    limit is enforced on what is actually read.
    """
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(Errors.E018.format(path=name, limit=max_bytes))
    return data


def parse_bytes(data: bytes, suffix: str, doc_id: str, name: str) -> list[Document]:
    """Documents of raw bytes in the format given by ``suffix``; ``[]`` for an empty input."""
    text = decode(data, name)
    if not text.strip():
        return []
    if suffix in HTML_SUFFIXES:
        body, metadata = html_to_text(text)
        return [Document(doc_id, body, metadata, name)] if body else []
    if suffix in JSON_SUFFIXES:
        return _json_documents(text, doc_id, name, lines=suffix == ".jsonl")
    return [Document(doc_id, text, path=name)]
