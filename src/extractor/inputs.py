"""Reading input documents: folders, files and standard input, in several formats and encodings.

Every failure is an :class:`~extractor.errors.InputError` naming the path and the reason, so a
batch can report it and go on. Offsets of extracted mentions refer to the text returned here;
:func:`read_document` is public so that the same text can be reproduced from the library.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor.errors import Errors, InputError

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json", ".jsonl"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

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


@dataclass(frozen=True)
class InputFile:
    """A file found among the inputs, with the id its documents get."""

    path: Path
    doc_id: str


def iter_input_files(inputs: list[str]) -> Iterator[InputFile | str]:
    """Files under the inputs in sorted order; ``"-"`` is passed through for standard input.

    Folders are walked recursively without following links to folders, so a symlink loop cannot
    trap the walk; ``doc_id`` is the path relative to the folder given.
    """
    for raw in inputs:
        if raw == "-":
            yield raw
            continue
        root = Path(raw)
        if root.is_dir():
            found = [
                InputFile(Path(folder) / name, (Path(folder) / name).relative_to(root).as_posix())
                for folder, _, files in os.walk(root)
                for name in files
            ]
            yield from sorted(found, key=lambda f: f.doc_id)
        else:
            yield InputFile(root, root.name)


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
        key = str(record.get("id", lineno))
        metadata = {k: str(record[k]) for k in ("title", "date", "url", "source") if record.get(k)}
        sub_id = doc_id if len(records) == 1 and not lines else f"{doc_id}#{key}"
        documents.append(Document(sub_id, record["text"], metadata))
    return documents


def read_document(path: Path, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Read one file into its documents (one, or one per JSON record)."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(Errors.E013.format(path=name, size=size, limit=max_bytes))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(Errors.E016.format(path=name, reason=exc.strerror or exc)) from exc
    return parse_bytes(data, path.suffix.lower(), doc_id, name)


def parse_bytes(data: bytes, suffix: str, doc_id: str, name: str) -> list[Document]:
    """Documents of raw bytes in the format given by ``suffix``; ``[]`` for an empty input."""
    text = decode(data, name)
    if not text.strip():
        return []
    if suffix in HTML_SUFFIXES:
        body, metadata = html_to_text(text)
        return [Document(doc_id, body, metadata)] if body else []
    if suffix in JSON_SUFFIXES:
        return _json_documents(text, doc_id, name, lines=suffix == ".jsonl")
    return [Document(doc_id, text)]
