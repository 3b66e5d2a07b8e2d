"""The load cache: entries built once, read back, replaced when the package changes, and a
pipeline built from a warm cache that is the pipeline built from nothing."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import extractor
from extractor import cache
from extractor.evaluation.corpus import load_corpus

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory, and no memo read in this process yet."""
    monkeypatch.setenv(cache.ENVIRONMENT, str(tmp_path))
    monkeypatch.setattr(cache, "_MEMOS", {})
    return tmp_path


def test_cache_entry_is_built_once_then_read_back(fresh: Path) -> None:
    built: list[int] = []

    def build() -> dict[str, tuple[int, ...]]:
        built.append(1)
        return {"Jiangsu": (1, 2)}

    assert cache.cached("names", build) == {"Jiangsu": (1, 2)}
    assert cache.cached("names", build) == {"Jiangsu": (1, 2)}
    assert built == [1]
    assert [p.name for p in fresh.iterdir()] == [f"names-{cache.package_digest()}.marshal"]


def test_cache_keeps_the_newest_entries_of_each_package_digest(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number, digest in enumerate(["a", "b", "c", "d"]):
        monkeypatch.setattr(cache, "package_digest", lambda digest=digest: digest)
        # an edited lexicon, another installation: built again
        assert cache.cached("names", lambda number=number: [number]) == [number]
        entry = fresh / f"names-{digest}.marshal"
        os.utime(entry, (1_000_000 + number, 1_000_000 + number))
    kept = sorted(p.name for p in fresh.iterdir())
    assert kept == ["names-b.marshal", "names-c.marshal", "names-d.marshal"]
    monkeypatch.setattr(cache, "package_digest", lambda: "b")
    assert cache.cached("names", lambda: ["not built"]) == [1]


def test_cache_entry_that_cannot_be_read_is_built_again(fresh: Path) -> None:
    path = fresh / f"names-{cache.package_digest()}.marshal"
    path.write_bytes(b"\x00not marshal")
    assert cache.cached("names", lambda: ("Hefei",)) == ("Hefei",)
    assert cache.cached("names", lambda: ("not built",)) == ("Hefei",)


def test_cache_is_off_when_its_directory_is_set_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT, "")
    assert cache.directory() is None
    assert cache.cached("names", lambda: 1) == 1
    assert cache.cached("names", lambda: 2) == 2


def test_cache_that_cannot_be_written_still_gives_the_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    monkeypatch.setenv(cache.ENVIRONMENT, str(blocked / "cache"))
    assert cache.cached("names", lambda: "built") == "built"


def test_cache_default_directory_follows_xdg(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.ENVIRONMENT, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert cache.directory() == Path("/somewhere/extractor")


def test_cache_memo_keeps_values_across_processes(fresh: Path) -> None:
    made: list[str] = []

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    assert cache.memo("words").get("gdp", lambda: make("gdp")) == "GDP"
    cache.save()
    cache._MEMOS.clear()  # as in a new process
    assert cache.memo("words").get("gdp", lambda: make("gdp")) == "GDP"
    assert made == ["gdp"]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<num>\d+(?:\.\d+)?)\s*(?i:percent|pct)", 0),
        (r"(?<![A-Za-z])(?P<cur>US\$|\$)\s?(?P<num>[\d,.]+)(?P=num)?", re.VERBOSE),
        (r"(?i:straße)|\bK\b", re.IGNORECASE),
    ],
)
def test_cache_compile_gives_what_re_compile_gives(fresh: Path, pattern: str, flags: int) -> None:
    cold = cache.compile(pattern, flags)
    cache.save()
    cache._MEMOS.clear()
    warm = cache.compile(pattern, flags)
    # Patterns compare equal when their pattern, flags and compiled code are equal.
    assert cold == warm == re.compile(pattern, flags)
    assert warm.groupindex == re.compile(pattern, flags).groupindex


def test_cache_pipeline_from_a_warm_cache_is_the_pipeline_built_from_nothing(fresh: Path) -> None:
    cold = extractor.load()
    written = sorted(p.name.split("-")[0] for p in fresh.iterdir())
    assert written == ["expressions", "fold_classes", "gazetteer", "stand_ins"]

    cache._MEMOS.clear()  # as in a new process
    warm = extractor.load()
    assert not any(memo.added for memo in cache._MEMOS.values())  # all read from the cache
    for stage in ("extractor_money", "extractor_percent", "extractor_dates"):
        finder = warm.get_pipe(stage).finder
        for rule in (*finder.patterns, *getattr(finder, "table_patterns", ())):
            assert rule.regex == re.compile(rule.regex.pattern, rule.regex.flags), rule.id
    places = warm.get_pipe("extractor_entities").recognizer.places
    assert places == cold.get_pipe("extractor_entities").recognizer.places
    assert "Tongzhou" in places
    docs, _ = load_corpus(CORPUS)
    for doc in docs[::10]:
        assert extractor.extract(doc.text, nlp=warm) == extractor.extract(doc.text, nlp=cold)


def test_generated_patterns_are_the_same_in_every_process() -> None:
    # The load cache is keyed by the patterns' text: a pattern built in a set's order (which
    # depends on the process's string hashing) would miss it in every new process.
    import subprocess
    import sys

    script = (
        "import hashlib, json\n"
        "from extractor.stages import dates, money, percent\n"
        "from extractor.rules import currencies\n"
        "parts = [money.fragments(), dates.fragments(), percent.fragments(),\n"
        "         currencies._cue_regex()[0].pattern, currencies._marker_regex()[0].pattern]\n"
        "print(hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
