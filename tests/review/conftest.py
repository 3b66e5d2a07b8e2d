"""Fixtures of the review site's tests: a sample article, its site, and headless Chromium."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from review_samples import (
    ARTICLE,
    HANDMADE,
    HOSTILE,
    handmade_comparison,
    handmade_records,
    repeated,
)
from spacy.language import Language

import extractor
from extractor.evaluation.compare import Comparison
from extractor.records import DocumentRecords
from extractor.review import pages, write_review_site

# The flags Chromium needs here: no sandbox as root, no GPU, and nothing that calls the
# network (this machine has none beyond the package registries).
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
)
NO_BROWSER = (
    "the browser tests need Debian's chromium and chromium-driver "
    "(apt-get install chromium chromium-driver; .ci/run installs them)"
)


@pytest.fixture(scope="session")
def sample(nlp: Language) -> DocumentRecords:
    return extractor.extract(ARTICLE, doc_id="jiangsu.txt", nlp=nlp)


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of three articles: the sample, a hostile one, and a short one."""
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "jiangsu.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "wuxi.txt").write_text(
        "Wuxi output up 2%\n\nWuxi's output rose 2% to 90 billion yuan in 2024.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="session")
def site(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The review site of :func:`inputs`."""
    out = tmp_path_factory.mktemp("site")
    summary = write_review_site([str(inputs)], out)
    assert summary.pages == 3 and not summary.failures
    return out


def _executable(name: str) -> str | None:
    return shutil.which(name) or next(
        (p for p in (f"/usr/bin/{name}", f"/usr/lib/chromium/{name}") if os.access(p, os.X_OK)),
        None,
    )


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Chromium through chromedriver; skipped locally without them, failed in CI."""
    chromium, driver_path = _executable("chromium"), _executable("chromedriver")
    if chromium is None or driver_path is None:
        if os.environ.get("CI"):
            pytest.fail(NO_BROWSER)
        pytest.skip(NO_BROWSER)
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the dev extra")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    # With both paths given, selenium does not run its manager (which would download drivers).
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def handmade() -> DocumentRecords:
    return handmade_records()


@pytest.fixture
def comparison(handmade: DocumentRecords) -> Comparison:
    return handmade_comparison(handmade)


@pytest.fixture(scope="session")
def megabyte(handmade: DocumentRecords) -> tuple[DocumentRecords, str]:
    """The hand-made article repeated to over 1 MB (46,300 mentions), and its page."""
    records, text = repeated(handmade, HANDMADE, 1_000_000 // len(HANDMADE) + 1)
    return records, pages.document_page(records, text)
