"""Shared fixtures: one default pipeline for the whole session (building it loads gazetteers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import extractor

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return extractor.load()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return ROOT / "corpus"


@pytest.fixture(scope="session")
def small_corpus(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus of two articles of the bundled one (groups blind and cn), without a baseline."""
    root = tmp_path_factory.mktemp("corpus")
    keep = ("blind/bl-uk-inflation-falls-boe-gilts-2023.txt", "cn/cna-binjiang-high-tech-zone.txt")
    lines = [
        line
        for line in (corpus_dir / "annotations.jsonl").read_text(encoding="utf-8").splitlines()
        if any(f'"doc_id": "{doc_id}"' in line for doc_id in keep)
    ]
    assert len(lines) == len(keep)
    (root / "annotations.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for doc_id in keep:
        (root / "articles" / doc_id).parent.mkdir(parents=True, exist_ok=True)
        (root / "articles" / doc_id).write_bytes((corpus_dir / "articles" / doc_id).read_bytes())
    return root
