import pytest

from benchmarks.data import DATA

DEFAULT_STORAGE = "file://./.benchmarks"


def pytest_configure(config: pytest.Config) -> None:
    # pytest-benchmark creates its storage folder even when disabled, and its default
    # (./.benchmarks) is not git-ignored; the benchmark data folder is.
    if getattr(config.option, "benchmark_storage", None) == DEFAULT_STORAGE:
        config.option.benchmark_storage = f"file://{DATA / 'micro'}"
