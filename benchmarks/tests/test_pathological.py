import subprocess
from typing import Any

import pytest

from benchmarks.pathological import SizeRun, exponent, growth, linearity, run_ladder

SIZES = (2, 4, 8, 16, 125, 250, 500, 1024)


def _fake(power: float, scale: float = 0.001) -> Any:
    """A worker whose time is ``scale * kb ** power``, all in one stage."""

    def worker(kind: str, kb: int, timeout: float) -> dict[str, Any]:
        return {
            "chars": kb * 1024,
            "tokens": kb,
            "mentions": 0,
            "stages": {"tokenizer": scale * kb**power},
        }

    return worker


def test_pathological_exponent_of_a_quadratic_is_two() -> None:
    a = SizeRun(4, "ok", {"tokenizer": 1.0})
    b = SizeRun(8, "ok", {"tokenizer": 4.0})
    assert exponent(a, b) == pytest.approx(2.0)


def test_pathological_linear_input_runs_every_size() -> None:
    runs = run_ladder("digits", SIZES, limit=10, worker=_fake(1.0))
    assert [r.status for r in runs] == ["ok"] * len(SIZES)
    assert growth(runs) == pytest.approx(1.0)
    assert linearity(runs) is True


def test_pathological_quadratic_input_skips_sizes_past_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("benchmarks.pathological.chunk_chars", lambda: None)
    runs = run_ladder("symbols", SIZES, limit=10, worker=_fake(2.0, scale=0.01))
    statuses = [r.status for r in runs]
    assert statuses[:4] == ["ok"] * 4
    assert set(statuses[4:]) == {"skipped"}
    assert runs[4].estimate_s == pytest.approx(0.01 * 125**2, rel=0.01)
    assert linearity(runs) is False


def test_pathological_linear_but_slow_input_is_undetermined() -> None:
    runs = run_ladder("dollars", SIZES, limit=10, worker=_fake(1.0, scale=0.03))
    assert runs[-1].status == "skipped"
    assert linearity(runs) is None


def test_pathological_timeout_skips_the_larger_sizes() -> None:
    def worker(kind: str, kb: int, timeout: float) -> dict[str, Any]:
        if kb >= 8:
            raise subprocess.TimeoutExpired("worker", timeout)
        return _fake(1.0)(kind, kb, timeout)

    runs = run_ladder("symbols", SIZES, limit=10, worker=worker)
    assert [r.status for r in runs[:4]] == ["ok", "ok", "timeout", "skipped"]
    assert linearity(runs) is False


def test_pathological_estimate_counts_the_pieces_extract_cuts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Past the piece size the pipeline runs once per piece: 1024 KB is 11 pieces of 100,000.
    monkeypatch.setattr("benchmarks.pathological.chunk_chars", lambda: 100_000)
    runs = run_ladder("symbols", SIZES, limit=10, worker=_fake(2.0, scale=0.01))
    per_piece = 0.01 * (100_000 / 1024) ** 2
    assert runs[-1].estimate_s == pytest.approx(11 * per_piece, rel=0.01)
