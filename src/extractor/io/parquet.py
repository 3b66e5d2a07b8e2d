"""Parquet output: every record of a run in one flat table, its schema derived from the records.

One row per JSONL line, in the same order: the ARTICLE row of a document, its mention rows, its
FACT rows, so ``label`` tells them apart (``WHERE label = 'MONEY'``). The columns are the fields
of every record type in :data:`~extractor.records.RECORD_TYPES`, nested objects flattened with
``_`` (a FACT's ``value.amount`` is ``value_amount``, a mention's ``source.pattern`` is
``source_pattern``), so that every column has one Arrow type and a query needs no struct access:

- text and literal fields are ``string``, offsets and counts ``int64``, lists of codes
  ``list<string>``;
- decimals are ``decimal128(38, 9)``: exact, and typed for ``ORDER BY amount``. A value with more
  than 29 integer digits or 9 decimal places cannot be held exactly and its document is reported
  as failed (E041) instead of being rounded;
- a field whose name another record type already uses with another type gets its label as a
  prefix: a DATE's ``value`` (a string) is ``date_value``, a PERCENT's ``value`` is a decimal;
- a field a record does not have, and a field that is null, are both null.

Rows are built from the JSONL lines of :func:`~extractor.io.output.render_document`, so there is
one renderer and the Parquet table says what the JSONL says. They are written in row groups of
:data:`ROW_GROUP_ROWS` while the run goes, so memory stays flat however long the run is.

>>> [c.name for c in COLUMNS if c.path[0] == "metric"]
['metric_text', 'metric_start', 'metric_end']
>>> str(column("value_amount").type)
'decimal128(38, 9)'
"""

from __future__ import annotations

import contextlib
import json
import os
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, Literal, Union

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from extractor.errors import Errors, ExtractorError, RecordValueError, SetupError
from extractor.io.output import Rendered, partial_path
from extractor.records import RECORD_TYPES, ArticleRecord, Fact, Mention

DECIMAL = pa.decimal128(38, 9)
_SCALE = Decimal("1e-9")
_LIMIT = Decimal("1e29")
_WIDE = Context(prec=80)  # the default 28 digits cannot even hold the largest decimal128(38, 9)
ROW_GROUP_ROWS = 50_000
"""Rows buffered before they are written as one row group (some 10-20 MB of Arrow data)."""


@dataclass(frozen=True)
class Column:
    """One column of the table: its name, its Arrow type and the JSON field path it holds."""

    name: str
    type: pa.DataType
    path: tuple[str, ...]


def _arrow_type(annotation: Any) -> pa.DataType | list[type[BaseModel]]:
    """The Arrow type of a field, or the record models of a nested field (to be flattened)."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if all(isinstance(a, type) and issubclass(a, BaseModel) for a in args):
            return list(args)
        if len(args) == 1:
            return _arrow_type(args[0])
    if origin is Literal or annotation is str:
        return pa.string()
    if annotation is int:
        return pa.int64()
    if annotation is Decimal:
        return DECIMAL
    if origin is list and typing.get_args(annotation) == (str,):
        return pa.list_(pa.string())
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    raise TypeError(f"no Parquet column type for {annotation!r}")


def _fields(
    model: type[BaseModel], prefix: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], pa.DataType]]:
    """Every leaf field of ``model`` (nested models flattened) with its Arrow type."""
    for name, info in model.model_fields.items():
        kind = _arrow_type(info.annotation)
        if isinstance(kind, list):
            for nested in kind:
                yield from _fields(nested, (*prefix, name))
        else:
            yield (*prefix, name), kind


def _label(model: type[BaseModel]) -> str:
    default = model.model_fields["label"].default
    return default if isinstance(default, str) else model.__name__


def _columns() -> tuple[list[Column], dict[type[BaseModel], dict[tuple[str, ...], Column]]]:
    columns: dict[str, Column] = {}
    per_model: dict[type[BaseModel], dict[tuple[str, ...], Column]] = {}
    for model in RECORD_TYPES.values():
        mapping = per_model.setdefault(model, {})
        for path, kind in _fields(model, ()):
            name = "_".join(path)
            if name in columns and columns[name].type != kind:
                name = f"{_label(model).lower()}_{name}"
            found = columns.setdefault(name, Column(name, kind, path))
            if found.type != kind:
                raise TypeError(f"column {name} has two types: {found.type} and {kind}")
            mapping[path] = found
    return list(columns.values()), per_model


COLUMNS, _BY_MODEL = _columns()
SCHEMA = pa.schema([pa.field(c.name, c.type, nullable=True) for c in COLUMNS])
"""The table's schema: one nullable column per leaf field of every record type."""
_MODEL_OF_LABEL: dict[str, type[BaseModel]] = {
    _label(m): m for m in RECORD_TYPES.values() if issubclass(m, (ArticleRecord, Fact, Mention))
}
_ENTITY = RECORD_TYPES["entity"]


def column(name: str) -> Column:
    """The column called ``name``."""
    return next(c for c in COLUMNS if c.name == name)


def column_of(label: str, path: tuple[str, ...]) -> Column:
    """The column that holds the field at ``path`` of a record labelled ``label``.

    >>> column_of("DATE", ("value",)).name, column_of("FACT", ("value", "value")).name
    ('date_value', 'value_value')
    """
    return _BY_MODEL[_MODEL_OF_LABEL.get(label, _ENTITY)][path]


def _exact_decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
        if value.copy_abs() < _LIMIT and value == value.quantize(_SCALE, context=_WIDE):
            return value
    except InvalidOperation:
        pass
    return None


def record_row(record: dict[str, Any]) -> dict[str, Any]:
    """The row of one JSONL record (as parsed JSON): its leaf fields under their column names.

    Raises :class:`RecordValueError` for a decimal that ``decimal128(38, 9)`` cannot hold.

    >>> row = record_row({"label": "DATE", "doc_id": "a", "id": "m1", "text": "2023",
    ...     "start": 0, "end": 4, "sentence_start": 0, "sentence_end": 9,
    ...     "source": {"component": "extractor_dates", "pattern": "date.year"}, "value": "2023"})
    >>> row["date_value"], row["source_pattern"], "value" in row
    ('2023', 'date.year', False)
    """
    model = _MODEL_OF_LABEL.get(record["label"], _ENTITY)
    mapping = _BY_MODEL[model]
    row: dict[str, Any] = {}

    def flatten(obj: dict[str, Any], prefix: tuple[str, ...]) -> None:
        for key, value in obj.items():
            path = (*prefix, key)
            if isinstance(value, dict):
                flatten(value, path)
                continue
            if value is None and path not in mapping:
                continue  # a null object (a FACT without a period): all its columns null
            col = mapping[path]
            if col.type == DECIMAL and value is not None:
                exact = _exact_decimal(value)
                if exact is None:
                    raise RecordValueError(str(record.get("doc_id")), col.name, str(value))
                value = exact
            row[col.name] = value

    flatten(record, ())
    return row


def row_record(row: dict[str, Any]) -> dict[str, Any]:
    """The JSONL record of a row: the inverse of :func:`record_row` (decimals as ``Decimal``).

    Only the fields of the row's record type come back, nested as in the JSONL record; a FACT's
    ``value`` has the fields of the MONEY or PERCENT mention it refers to.
    """
    model = _MODEL_OF_LABEL.get(row["label"], _ENTITY)
    record: dict[str, Any] = {}
    value_label = row.get("value_label")
    for path, col in _BY_MODEL[model].items():
        if model is Fact and path[0] == "value" and len(path) == 2:
            ref = Fact.model_fields["value"].annotation
            ref_model = next(m for m in typing.get_args(ref) if _label(m) == value_label)
            if path[1] not in ref_model.model_fields:
                continue
        target = record
        for key in path[:-1]:
            target = target.setdefault(key, {})
        target[path[-1]] = row.get(col.name)
    return _nulls_to_none(record)


def _nulls_to_none(record: dict[str, Any]) -> dict[str, Any]:
    # A nested object that is null in JSON (a FACT without a subject) has every leaf null here.
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            inner = _nulls_to_none(value)
            out[key] = (
                None if all(v is None for v in inner.values()) and key in _OPTIONAL else inner
            )
        else:
            out[key] = value
    return out


_OPTIONAL = frozenset(
    name
    for model in RECORD_TYPES.values()
    for name, info in model.model_fields.items()
    if isinstance(_arrow_type(info.annotation), list)
    and type(None) in typing.get_args(info.annotation)
)
"""Nested objects that may be null as a whole (a FACT's subject and period)."""


def rendered_rows(rendered: Rendered) -> list[dict[str, Any]]:
    """The rows of one document's JSONL lines (:class:`RecordValueError` if one cannot be held)."""
    return [record_row(json.loads(line)) for line in rendered.lines]


class RecordTable:
    """Rows written to a Parquet stream in row groups as they come; :meth:`close` ends the file."""

    def __init__(self, stream: IO[bytes], row_group_rows: int = ROW_GROUP_ROWS) -> None:
        self.writer = pq.ParquetWriter(stream, SCHEMA, compression="zstd")
        self.row_group_rows = row_group_rows
        self.rows: list[dict[str, Any]] = []

    def write(self, rendered: Rendered) -> None:
        """Add one document's rows; a full row group is written out.

        Raises :class:`RecordValueError` before adding anything when one of its values cannot be
        held, so a document is in the table whole or not at all.
        """
        self.rows.extend(rendered_rows(rendered))
        if len(self.rows) >= self.row_group_rows:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one row group."""
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=SCHEMA))
            self.rows = []

    def close(self) -> None:
        """Write the last row group and the footer (the stream stays open)."""
        self.flush()
        self.writer.close()


class ParquetFile:
    """``OUT.partial`` written as Parquet and renamed to ``OUT`` by :meth:`commit`.

    Like :class:`~extractor.io.output.PartialFile`, ``OUT`` is the old file or the new one. A
    Parquet file is readable only once its footer is written, so an interrupted run cannot be
    resumed from it (``--resume`` is refused for a single Parquet file, E046).
    """

    def __init__(self, out: Path, row_group_rows: int = ROW_GROUP_ROWS) -> None:
        self.out = out
        self.path = partial_path(out)
        try:
            self.stream: IO[bytes] = self.path.open("wb")
        except OSError as exc:
            raise SetupError(
                Errors.E019.format(path=self.path, reason=exc.strerror or exc)
            ) from exc
        self.table = RecordTable(self.stream, row_group_rows)

    def write(self, rendered: Rendered) -> None:
        """Add one document's rows (see :meth:`RecordTable.write`)."""
        self.table.write(rendered)

    def commit(self) -> None:
        """Finish the file, flush it to disk and rename it over ``OUT``."""
        self.table.close()
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        try:
            os.replace(self.path, self.out)
        except OSError as exc:
            raise ExtractorError(
                Errors.E019.format(path=self.out, reason=exc.strerror or exc)
            ) from exc

    def close(self) -> None:
        """Close; without :meth:`commit`, remove ``OUT.partial`` (it cannot be resumed)."""
        with contextlib.suppress(Exception):
            self.table.writer.close()
        self.stream.close()
        with contextlib.suppress(OSError):
            self.path.unlink()

    def left_behind(self) -> Path | None:
        """Nothing: an interrupted Parquet file is removed, since no run could resume it."""
        return None
