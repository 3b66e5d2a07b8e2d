"""Reading a JSONL output of ``extractor extract`` back into :class:`DocumentRecords`.

A document is its ARTICLE line followed by the mention and fact lines it counts. A line that is
not JSON or not a valid record spoils only its own document, which is reported with the line
and a coded reason (E014, E028); reading goes on at the next ARTICLE line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from extractor.errors import Errors, InputError
from extractor.io.inputs import Failure
from extractor.records import AnyMention, ArticleRecord, DocumentRecords, Fact

_T = TypeVar("_T")
_MENTION: TypeAdapter[AnyMention] = TypeAdapter(AnyMention)


def read_records(path: Path) -> tuple[list[DocumentRecords], list[Failure]]:
    """The documents of a JSONL output in file order, and those that could not be read.

    Raises :class:`~extractor.errors.InputError` (E016) when the file cannot be read at all.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(Errors.E016.format(path=path, reason=exc.strerror or exc)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(Errors.E016.format(path=path, reason=exc)) from exc
    documents: list[DocumentRecords] = []
    failures: list[Failure] = []
    for item in _documents(path, lines):
        if isinstance(item, Failure):
            failures.append(item)
        else:
            documents.append(item)
    return documents, failures


def _documents(path: Path, lines: list[str]) -> Iterator[DocumentRecords | Failure]:
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        try:
            article = _record(ArticleRecord.model_validate, path, lines, i)
            ends = (i + 1 + article.mentions, i + 1 + article.mentions + article.facts)
            if ends[1] > len(lines):
                reason = "the file ends before the mention and fact lines its ARTICLE line counts"
                raise InputError(Errors.E028.format(path=path, line=i + 1, reason=reason))
            mentions = [
                _record(_MENTION.validate_python, path, lines, j) for j in range(i + 1, ends[0])
            ]
            facts = [_record(Fact.model_validate, path, lines, j) for j in range(ends[0], ends[1])]
            for j, record in enumerate([*mentions, *facts], start=i + 2):
                if record.doc_id != article.doc_id:
                    reason = f"doc_id {record.doc_id!r} in the records of {article.doc_id!r}"
                    raise InputError(Errors.E028.format(path=path, line=j, reason=reason))
        except InputError as exc:
            yield Failure(str(path), str(exc))
            i = _next_article(lines, i + 1)
            continue
        yield DocumentRecords(article=article, mentions=mentions, facts=facts)
        i = ends[1]


def _record(validate: Callable[[Any], _T], path: Path, lines: list[str], index: int) -> _T:
    """Line ``index`` validated as a record, or an :class:`InputError` naming the line."""
    try:
        value = json.loads(lines[index])
    except json.JSONDecodeError as exc:
        raise InputError(Errors.E014.format(path=path, line=index + 1, reason=exc.msg)) from exc
    try:
        return validate(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        reason = f"{where}: {first['msg']}" if where else first["msg"]
        raise InputError(Errors.E028.format(path=path, line=index + 1, reason=reason)) from exc


def _next_article(lines: list[str], start: int) -> int:
    """The index of the next line that looks like an ARTICLE record (or the end)."""
    for index in range(start, len(lines)):
        if '"label":"ARTICLE"' in lines[index].replace(" ", ""):
            return index
    return len(lines)
