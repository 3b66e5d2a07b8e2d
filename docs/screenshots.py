"""The README's screenshots of the review site, taken in headless Chromium.

``make screenshots`` writes the two sites (``extractor review corpus/articles -o out/review``
and ``extractor evaluate corpus --html out/evaluation``) and then runs this script, which needs
Debian's chromium and chromium-driver and selenium (the dev extra).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--no-first-run", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
)  # fmt: skip
DOCUMENT = "documents/cn-cna-binjiang-high-tech-zone-txt.html"
COMPARISON = "documents/fresh-fr-australia-tasman-bank-half-year-rba-cut-txt.html"


def shoot(
    driver: webdriver.Chrome, page: Path, out: Path, size: tuple[int, int], hover: str
) -> None:
    """A screenshot of ``page`` at ``size`` with the pointer on the element ``hover`` selects."""
    driver.set_window_size(*size)
    driver.get(page.resolve().as_uri())
    if hover:
        ActionChains(driver).move_to_element(driver.find_element(By.CSS_SELECTOR, hover)).perform()
    driver.save_screenshot(str(out))
    print(out)


def main(review: Path, evaluation: Path, out: Path) -> None:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    with tempfile.TemporaryDirectory() as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
        try:
            shoot(
                driver,
                review / DOCUMENT,
                out / "review-document.png",
                (1280, 1000),
                'a.mark[data-label="MONEY"]',
            )
            shoot(
                driver,
                evaluation / COMPARISON,
                out / "review-evaluation.png",
                (1400, 1100),
                'section.predicted a.mark[data-status="spurious"]',
            )
            shoot(
                driver,
                evaluation / "index.html",
                out / "review-evaluation-index.png",
                (1280, 1000),
                "",
            )
        finally:
            driver.quit()


if __name__ == "__main__":
    main(*(Path(arg) for arg in sys.argv[1:4]))
