"""JSON Schema export of the records (pydantic's ``model_json_schema``) into ``schemas/``."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.records import RECORD_TYPES


def render_schemas() -> dict[str, str]:
    """File name -> JSON Schema text, one per record type ("money.schema.json", ...)."""
    return {
        f"{name}.schema.json": json.dumps(
            model.model_json_schema(mode="serialization"), indent=2, sort_keys=True
        )
        + "\n"
        for name, model in RECORD_TYPES.items()
    }


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in render_schemas().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
