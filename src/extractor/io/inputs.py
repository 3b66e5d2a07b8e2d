"""Reading input documents: folders, files and standard input, in several formats and encodings.

:func:`find_inputs` lists what to read: the files under the input folders (hidden ones left out,
links to folders followed once), the files given, and standard input, each once, with a
``doc_id`` relative to the inputs' common folder. :func:`read_document` and :func:`read_stream`
read one input into its documents. A problem with one input, or with one record of a JSONL
file, is a :class:`Failure` with a coded reason in its place, so a batch can report it and go
on. Offsets of extracted mentions refer to the text returned here; :func:`read_document` is
public so that the same text can be reproduced from the library.

No more than ``max_bytes`` is ever read from one file or from standard input, whatever its size
claims to be, so an oversized input is rejected before it can fill the memory.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, BinaryIO

from extractor.errors import Errors, InputError
from extractor.io.html import page_metadata, visible_text

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json", ".jsonl"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
FORMATS = ("txt", "html", "json", "jsonl")
"""The formats an input can be read in (``"auto"`` detects one for standard input)."""
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
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_HTML_START = re.compile(
    r"<(?:!doctype|html|head|body|article|main|section|div|p|meta|title|h[1-6])\b", re.I
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
class Stdin:
    """Standard input, as one of the inputs, with the id its document gets."""

    doc_id: str = "-"
    path: str = "<stdin>"


@dataclass(frozen=True)
class Failure:
    """An input path or a document that could not be handled, and the coded reason."""

    path: str
    reason: str


@dataclass(frozen=True)
class Skipped:
    """Something under an input folder that is deliberately not read, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Selection:
    """Which files of the input folders are read.

    ``include`` and ``exclude`` are globs matched against a file's path relative to the folder
    given (``*`` also crosses ``/``) and against its name; an excluded folder is not entered.
    ``avoid`` holds files never read (the run's own outputs), by :func:`identity`.
    """

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    avoid: frozenset[str] = frozenset()
    stdin_id: str = "-"


Found = InputFile | Stdin | Failure | Skipped


def identity(path: Path) -> str:
    """What makes two paths the same file: device and inode, or the absolute path if missing."""
    try:
        stat = path.stat()
    except OSError:
        return "path:" + os.path.abspath(path)
    return f"inode:{stat.st_dev}:{stat.st_ino}"


def common_root(inputs: Iterable[str]) -> str:
    """The folder ids are relative to: the deepest folder holding every input.

    A folder input counts as itself, a file as its folder, so one folder gives ids relative to
    it and one file its own name.
    """
    bases = [
        os.path.abspath(raw) if os.path.isdir(raw) else os.path.dirname(os.path.abspath(raw))
        for raw in inputs
        if raw != "-"
    ]
    return os.path.commonpath(bases) if bases else os.getcwd()


def find_inputs(inputs: list[str], selection: Selection = Selection()) -> list[Found]:
    """Files under the inputs in order, each once; ``"-"`` is standard input (read once).

    Folders are walked recursively in sorted order (:func:`walk`). ``doc_id`` is the path
    relative to :func:`common_root`. A file met twice (given twice, inside a folder also given,
    or through a link) is read the first time only; a folder that cannot be listed comes out as
    a :class:`Failure` in its sorted place instead of being left out silently.
    """
    root = common_root(inputs)
    seen = set(selection.avoid)
    found: list[Found] = []
    for raw in inputs:
        if raw == "-":
            items: list[Found] = [Stdin(selection.stdin_id)]
        elif os.path.isdir(raw):
            items = walk(Path(raw), root, selection)
        else:
            items = [InputFile(Path(raw), _doc_id(Path(raw), root))]
        for item in items:
            key = "stdin" if isinstance(item, Stdin) else None
            if isinstance(item, InputFile):
                key = identity(item.path)
            if key is None or key not in seen:
                found.append(item)
                seen.update([key] if key else [])
    return found


def _doc_id(path: Path, root: str) -> str:
    return Path(os.path.relpath(os.path.abspath(path), root)).as_posix()


def walk(folder: Path, root: str, selection: Selection = Selection()) -> list[Found]:
    """The files under ``folder``, sorted by relative path, with ids relative to ``root``.

    Names starting with "." (``.git``, ``._x.txt``) are left out. Links to folders are followed,
    each folder once: a link to a folder already walked (a loop) is :class:`Skipped`.
    """
    found: list[tuple[str, Found]] = []
    visited = {identity(folder)}

    def unlisted(exc: OSError) -> None:
        path = Path(exc.filename or folder)
        reason = Errors.E016.format(path=path, reason=exc.strerror or exc)
        found.append((path.relative_to(folder).as_posix(), Failure(str(path), reason)))

    for current, folders, files in os.walk(folder, onerror=unlisted, followlinks=True):
        base = Path(current)
        kept = []
        for name in sorted(folders):
            relative = (base / name).relative_to(folder).as_posix()
            if name.startswith(".") or _matches(relative, name, selection.exclude):
                continue
            key = identity(base / name)
            if key in visited:
                found.append(
                    (relative, Skipped(str(base / name), "a link to a folder already walked"))
                )
                continue
            visited.add(key)
            kept.append(name)
        folders[:] = kept
        for name in files:
            relative = (base / name).relative_to(folder).as_posix()
            if not name.startswith(".") and selected(relative, name, selection):
                found.append((relative, InputFile(base / name, _doc_id(base / name, root))))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _matches(relative: str, name: str, globs: tuple[str, ...]) -> bool:
    return any(fnmatchcase(relative, glob) or fnmatchcase(name, glob) for glob in globs)


def selected(relative: str, name: str, selection: Selection) -> bool:
    """Whether ``selection``'s globs keep the file at ``relative`` (named ``name``)."""
    if selection.include and not _matches(relative, name, selection.include):
        return False
    return not _matches(relative, name, selection.exclude)


def format_of(path: Path) -> str | None:
    """The format of a file by its extension, or ``None`` for an extension not read."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return suffix[1:]
    return "txt" if suffix in TEXT_SUFFIXES else None


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes into text and the name of the encoding used.

    With ``encoding``, that one. Else BOMs first, then strict UTF-8, then Windows-1252 when the
    bytes read as Western text in it, then charset-normalizer's best guess.

    >>> decode("Zoë's €5".encode("cp1252"), "x")
    ("Zoë's €5", 'cp1252')
    """
    if data.startswith(_BINARY_MAGIC) or (
        b"\x00" in data[:4096]
        and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        and not (encoding and ("16" in encoding or "32" in encoding))
    ):
        raise InputError(Errors.E011.format(path=path))
    if encoding:
        return _decode_as(data, path, codecs.lookup(encoding).name)
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode_as(data, path, name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(Errors.E012.format(path=path, reason="no text encoding fits"))
    return str(best), best.encoding


def _decode_as(data: bytes, path: str, encoding: str) -> tuple[str, str]:
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise InputError(Errors.E012.format(path=path, reason=exc)) from exc


def _western(data: bytes) -> str | None:
    """``data`` as Windows-1252, if it reads as Western text in it.

    Charset detection often takes short Western texts for Central European or DOS code pages
    ("€" becomes "Ć"). In Western text the characters beyond ASCII stand alone or in pairs
    ("Zoë", closing quotes); text in a multi-byte encoding (GBK, Big5, Shift-JIS) read as Windows-1252
    shows runs of three or more, and one in another alphabet (Cyrillic, Greek) whole words.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    runs = _NON_ASCII.findall(text)
    return text if runs and max(map(len, runs)) <= 2 else None


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Visible article text of an HTML page and its metadata (title, date, url).

    Scripts, styles, navigation, forms and the page's header and footer are dropped; a
    ``<header>`` inside an ``<article>`` stays (it holds the headline and the dates). Block
    elements are separated by blank lines, table cells by tabs (``2023\\t5.8%``). The title is
    the headline (the article's ``<h1>``, else ``og:title``, else ``<title>``), without the
    site's name.
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    metadata = page_metadata(tree)
    return visible_text(tree), metadata


def _json_records(text: str, path: str, lines: bool) -> Iterator[tuple[int, Any] | Failure]:
    """The records of a JSON or JSONL text with their line numbers, or a failure per bad line.

    JSONL lines are split on "\\n" alone: U+2028, U+2029, "\\x85" or "\\x0c" may stand raw
    inside a JSON string.
    """
    if not lines:
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                Errors.E014.format(path=path, line=exc.lineno, reason=exc.msg)
            ) from exc
        items = loaded if isinstance(loaded, list) else [loaded]
        yield from ((i + 1, record) for i, record in enumerate(items))
        return
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            reason = Errors.E014.format(path=path, line=lineno, reason=exc.msg)
            yield Failure(f"{path}:{lineno}", reason)


def _json_documents(
    text: str, doc_id: str, path: str, lines: bool, metadata: dict[str, str]
) -> list[Document | Failure]:
    records = list(_json_records(text, path, lines))
    single = len(records) == 1 and not lines
    documents: list[Document | Failure] = []
    for entry in records:
        if isinstance(entry, Failure):
            documents.append(entry)
            continue
        lineno, record = entry
        where = f"{path}:{lineno}"
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            documents.append(Failure(where, Errors.E015.format(path=path, line=lineno)))
            continue
        try:
            # JSON escapes can spell lone surrogates ("\ud800"), which no output can encode.
            record["text"].encode("utf-8")
        except UnicodeEncodeError as exc:
            reason = Errors.E012.format(path=path, reason=f"line {lineno}: {exc.reason}")
            documents.append(Failure(where, reason))
            continue
        key = str(record.get("id", lineno))
        fields = {k: str(record[k]) for k in ("title", "date", "url", "source") if record.get(k)}
        sub_id = doc_id if single else f"{doc_id}#{key}"
        documents.append(Document(sub_id, record["text"], metadata | fields, path))
    return documents


def read_document(
    path: Path, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None
) -> list[Document | Failure]:
    """Read one file into its documents (one, or one per JSON record), in its format.

    Raises :class:`~extractor.errors.InputError` for a file larger than ``max_bytes`` (E013),
    one that cannot be read (E016: missing, a broken link or a link loop, no permission) and
    one that is not text or not valid in its format; a bad record of a JSONL file or a JSON
    array is a :class:`Failure` among the documents (E014, E015).
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
    return parse_bytes(data, format_of(path) or "txt", doc_id, name, encoding)


def read_stream(
    stream: BinaryIO,
    doc_id: str = "-",
    fmt: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    name: str = "<stdin>",
) -> list[Document | Failure]:
    """Read a stream (standard input) in format ``fmt``, or in the one it looks like (``auto``)."""
    return parse_bytes(read_limited(stream, max_bytes, name), fmt, doc_id, name, encoding)


def read_limited(stream: BinaryIO, max_bytes: int, name: str) -> bytes:
    """All bytes of ``stream``, or E018 as soon as there are more than ``max_bytes``.

    The size a file reports can be wrong (it grows while read, it is a pipe or a device), so the
    limit is enforced on what is actually read.
    """
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(Errors.E018.format(path=name, limit=max_bytes))
    return data


def detect_format(text: str) -> str:
    """The format a text looks like: ``html``, ``json``, ``jsonl`` or ``txt``.

    >>> detect_format("<!DOCTYPE html><p>Hi"), detect_format('{"text": "a"}\\n{"text": "b"}')
    ('html', 'jsonl')
    """
    head = text.lstrip("\ufeff \t\r\n")
    if _HTML_START.match(head):
        return "html"
    if head[:1] in ("{", "["):
        try:
            json.loads(text)
            return "json"
        except json.JSONDecodeError:
            first = head.split("\n", 1)[0]
            try:
                return "jsonl" if isinstance(json.loads(first), dict) else "txt"
            except json.JSONDecodeError:
                return "txt"
    return "txt"


def parse_bytes(
    data: bytes, fmt: str, doc_id: str, name: str, encoding: str | None = None
) -> list[Document | Failure]:
    """Documents of raw bytes in format ``fmt`` (or ``auto``); ``[]`` for an empty input.

    Each document's metadata says which ``encoding`` its text was decoded with.
    """
    text, used = decode(data, name, encoding)
    if not text.strip():
        return []
    fmt = detect_format(text) if fmt == "auto" else fmt
    metadata = {"encoding": used}
    if fmt == "html":
        body, page = html_to_text(text)
        return [Document(doc_id, body, metadata | page, name)] if body else []
    if fmt in ("json", "jsonl"):
        return _json_documents(text, doc_id, name, fmt == "jsonl", metadata)
    return [Document(doc_id, text, metadata, name)]
