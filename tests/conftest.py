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
