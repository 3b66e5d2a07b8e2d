"""Loading of the data files shipped inside the package (lexicons and patterns).

Lexicons are tab-separated files under ``extractor/lexicons``: ``#`` lines are comments (each file
states its source there), the first other line is the header. Patterns are JSON lines under
``extractor/patterns``. Both are read with :mod:`importlib.resources`, so they work from a wheel,
a zip or an editable install alike.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from extractor.errors import Errors, ResourceError


def _read_text(folder: str, name: str) -> str:
    try:
        return resources.files("extractor").joinpath(folder, name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(Errors.E001.format(path=f"{folder}/{name}")) from exc


@functools.cache
def read_lexicon(name: str) -> tuple[dict[str, str], ...]:
    """Read ``lexicons/<name>.tsv`` into one dict per row, keyed by the header's column names.

    >>> read_lexicon("multipliers")[0]["surface"]
    'thousand'
    """
    path = f"lexicons/{name}.tsv"
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(_read_text("lexicons", f"{name}.tsv").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise ResourceError(
                Errors.E002.format(path=path, line=lineno, expected=len(header), found=len(cells))
            )
        rows.append(dict(zip(header, cells, strict=True)))
    return tuple(rows)


@functools.cache
def read_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Read ``patterns/<name>.jsonl``: one JSON object per non-blank line."""
    path = f"patterns/{name}.jsonl"
    rows: list[dict[str, Any]] = []
    for lineno, line in enumerate(_read_text("patterns", f"{name}.jsonl").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ResourceError(Errors.E003.format(path=path, line=lineno, reason=exc.msg)) from exc
        if not isinstance(row, dict):
            raise ResourceError(Errors.E003.format(path=path, line=lineno, reason="not an object"))
        rows.append(row)
    return tuple(rows)
