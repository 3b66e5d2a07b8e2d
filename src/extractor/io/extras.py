"""Output formats and the optional extras: Dask and fsspec for distributed runs, pyarrow for Parquet.

A run that needs none of them imports none of them: they are imported inside the modules that
use them (:mod:`extractor.io.distributed`, :mod:`extractor.io.storage`,
:mod:`extractor.io.parquet`), and those are imported only when a run asks for them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from extractor.errors import Errors, ExtractorError

EXTRAS = {
    "dask": ("dask", "distributed", "fsspec"),
    "parquet": ("pyarrow",),
}
"""The importable modules each extra installs (``pip install 'extractor[dask]'``)."""
FEATURES = {"dask": "Running on a Dask cluster (--scheduler)", "parquet": "Parquet output"}


def require(extra: str) -> None:
    """Raise E042 naming the packages to install unless every module of ``extra`` is there.

    >>> require("parquet")
    """
    missing = [m for m in EXTRAS[extra] if importlib.util.find_spec(m) is None]
    if missing:
        raise ExtractorError(
            Errors.E042.format(feature=FEATURES[extra], packages=", ".join(missing), extra=extra)
        )


FORMATS = ("jsonl", "parquet")


def output_format(fmt: str | None, out: str | Path | None) -> str:
    """The output format: ``fmt`` if given, else ``parquet`` for a ``.parquet`` path, else jsonl.

    >>> output_format(None, "facts.parquet"), output_format(None, "facts.jsonl")
    ('parquet', 'jsonl')
    """
    if fmt is not None:
        return fmt
    return "parquet" if out is not None and str(out).lower().endswith(".parquet") else "jsonl"
