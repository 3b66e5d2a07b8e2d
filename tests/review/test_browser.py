"""The review site in a real browser: headless Chromium driven through chromedriver.

Locally these tests are skipped when Chromium or its driver is missing; in CI (``CI`` set) a
missing browser fails them, since ``.ci/run`` installs Debian's chromium and chromium-driver.
"""

from __future__ import annotations

import struct
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from extractor.evaluation.compare import Comparison
from extractor.records import DocumentRecords
from extractor.review import pages
from extractor.review.site import Site

pytestmark = pytest.mark.browser

MARKS = """return Array.from(document.querySelectorAll(arguments[0])).map(a => [
    a.id, a.dataset.label, a.firstChild.textContent, a.closest('.tok').firstChild.textContent,
    a.getBoundingClientRect().width > 0])"""


def by_id(browser: Any, key: str) -> Any:
    from selenium.webdriver.common.by import By

    return browser.find_element(By.ID, key)


def hover(browser: Any, element: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(browser).move_to_element(element).perform()


def rows(browser: Any) -> list[str]:
    """The documents of the index as shown: the link of each visible row, in order."""
    return browser.execute_script(  # type: ignore[no-any-return]
        "return Array.from(document.querySelectorAll('#documents tbody tr'))"
        ".filter(r => !r.hidden).map(r => r.querySelector('a').getAttribute('href'))"
    )


def test_browser_every_mention_has_one_mark_with_its_label(
    browser: Any, site: Path, sample: DocumentRecords
) -> None:
    browser.get((site / "documents" / "jiangsu-txt.html").as_uri())
    shown = browser.execute_script(MARKS, "a.mark")
    assert shown == [[m.id, m.label, m.label, m.text, True] for m in sample.mentions]
    assert len(sample.mentions) == 15


def test_browser_hover_shows_the_normalized_value_and_rule(
    browser: Any, site: Path, sample: DocumentRecords
) -> None:
    browser.get((site / "documents" / "jiangsu-txt.html").as_uri())
    money = next(m for m in sample.mentions if m.text == "$20.9 billion")
    chip = by_id(browser, money.id)
    tip = chip.find_element("css selector", ".tip")
    assert not tip.is_displayed()
    hover(browser, chip)
    assert tip.is_displayed()
    lines = tip.text.splitlines()
    assert lines[:2] == [f"{money.id} MONEY “$20.9 billion”", "amount 20900000000 · currency USD"]
    assert "rule money.prefix (extractor_money)" in lines
    hover(browser, browser.find_element("css selector", "h1"))
    assert not tip.is_displayed()


def test_browser_picking_a_fact_shows_its_marks(
    browser: Any, site: Path, sample: DocumentRecords
) -> None:
    browser.get((site / "documents" / "jiangsu-txt.html").as_uri())
    fact = next(f for f in sample.facts if f.value.text == "5.8 percent")
    row = by_id(browser, fact.id)
    row.click()
    linked = browser.execute_script(
        "return Array.from(document.querySelectorAll('a.mark.linked')).map(a => a.id)"
    )
    expected = [fact.value.id, *(r.id for r in (fact.subject, fact.period) if r and r.id)]
    assert sorted(linked) == sorted(expected)
    assert "picked" in (row.get_attribute("class") or "").split()
    # the value's link in the row goes to its mark, which shows its tooltip as the target
    row.find_element("css selector", f'a[href="#{fact.value.id}"]').click()
    assert browser.execute_script("return location.hash") == f"#{fact.value.id}"
    assert by_id(browser, fact.value.id).find_element("css selector", ".tip").is_displayed()


def test_browser_index_sorts_and_filters(browser: Any, site: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    browser.get((site / "index.html").as_uri())
    hostile, jiangsu, wuxi = (
        f"documents/{name}-txt.html" for name in ("hostile", "jiangsu", "wuxi")
    )
    assert rows(browser) == [hostile, jiangsu, wuxi]
    header = browser.find_element("xpath", "//table[@id='documents']//th[button='MONEY']")
    header.find_element("css selector", "button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert rows(browser) == [hostile, wuxi, jiangsu]  # 1, 1, 4 MONEY; ties keep their order
    header.find_element("css selector", "button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert rows(browser) == [jiangsu, hostile, wuxi]
    browser.find_element("xpath", "//th/button[text()='document']").click()
    assert rows(browser) == [jiangsu, hostile, wuxi]  # Jiangsu..., Markets..., Wuxi...
    assert header.get_attribute("aria-sort") == "none"

    box = by_id(browser, "filter")
    box.send_keys("WUXI")
    assert rows(browser) == [wuxi]
    assert by_id(browser, "shown").text == "1 of 3"
    box.send_keys(Keys.CONTROL, "a", Keys.DELETE)
    box.send_keys("txt  150 jiangsu")  # every word must match
    assert rows(browser) == [jiangsu]
    box.send_keys(Keys.CONTROL, "a", Keys.DELETE)
    assert rows(browser) == [jiangsu, hostile, wuxi]
    assert by_id(browser, "shown").text == "3 of 3"


def test_browser_script_in_an_article_is_shown_as_text(browser: Any, site: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    for page in ("documents/hostile-txt.html", "index.html"):
        browser.get((site / page).as_uri())
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert  # noqa: B018 (reading it is the check)
        scripts = browser.execute_script(
            "return Array.from(document.scripts).map(s => s.getAttribute('src'))"
        )
        assert [s.rsplit("/", 1)[-1] for s in scripts] == ["review.js"]
        assert browser.execute_script("return document.querySelectorAll('img').length") == 0
        assert (
            "Markets <script>alert(1)</script> rally"
            in browser.find_element("tag name", "body").text
        )
    browser.get((site / "documents/hostile-txt.html").as_uri())
    assert browser.title == "Markets <script>alert(1)</script> rally"
    text = browser.find_element("css selector", "section.text").text
    assert '<img src=x onerror="alert(2)">' in text


def png_rgb(data: bytes) -> list[bytes]:
    """Rows of an 8-bit RGB or RGBA PNG (what Chromium's screenshots are), unfiltered."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    assert (depth, color in (2, 6), interlace) == (8, True, 0)
    bpp = 3 if color == 2 else 4
    raw, stride = zlib.decompress(b"".join(idat)), width * bpp
    out, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.append(bytes(line[j] for j in range(stride) if j % bpp < 3))
        previous = line
    return out


def test_browser_screenshot_of_a_document_page_is_not_blank(
    browser: Any, site: Path, tmp_path: Path
) -> None:
    browser.set_window_size(1000, 800)
    try:
        browser.get((site / "documents" / "jiangsu-txt.html").as_uri())
        png = browser.get_screenshot_as_png()
    finally:
        browser.set_window_size(1280, 1000)
    (tmp_path / "document.png").write_bytes(png)  # kept by pytest, for a look when this fails
    rgb = png_rgb(png)
    pixels = Counter(row[i : i + 3] for row in rgb for i in range(0, len(row), 3))
    total = sum(pixels.values())
    white = pixels[b"\xff\xff\xff"]
    assert len(rgb) > 500 and len(rgb[0]) == 3 * 1000  # the viewport (the window less its chrome)
    assert white / total < 0.97  # text, bars and chips cover the page
    assert len(pixels) > 100  # anti-aliased text has many shades
    # the MONEY bars are drawn in their label colour (review.css: --label-MONEY #9be8a4)
    assert pixels[bytes.fromhex("9be8a4")] > 100


def _site_page(folder: Path, name: str, html: str) -> Path:
    Site(folder).write(f"documents/{name}", html)
    return folder / "documents" / name


def test_browser_a_one_megabyte_document_renders(
    browser: Any, megabyte: tuple[DocumentRecords, str], tmp_path: Path
) -> None:
    records, html = megabyte
    page = _site_page(tmp_path, "big.html", html)
    browser.get(page.as_uri())
    count = browser.execute_script("return document.querySelectorAll('section.text a.mark').length")
    assert count == len(records.mentions) > 40_000
    last = records.mentions[-1]
    chip = by_id(browser, last.id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", chip)
    hover(browser, chip)
    tip = chip.find_element("css selector", ".tip")
    assert tip.is_displayed() and tip.text.startswith(f"{last.id} DATE “2023”")


def test_browser_evaluation_page_colours_errors_apart(
    browser: Any, comparison: Comparison, tmp_path: Path
) -> None:
    page = _site_page(tmp_path, "jiangsu.html", pages.comparison_page(comparison))
    browser.get(page.as_uri())
    colour = (
        "return getComputedStyle(document.getElementById(arguments[0]).parentNode).backgroundColor"
    )
    colours = {key: browser.execute_script(colour, key) for key in ("g1", "g4", "m3", "m4", "m5")}
    assert colours == {
        "g1": "rgb(214, 39, 40)",  # missed
        "g4": "rgb(148, 103, 189)",  # wrong value (gold side)
        "m3": "rgb(148, 103, 189)",  # wrong value
        "m4": "rgb(255, 127, 14)",  # spurious
        "m5": "rgb(191, 225, 217)",  # correct: its label's colour
    }
    gold = browser.find_element("css selector", "section.gold").rect
    predicted = browser.find_element("css selector", "section.predicted").rect
    assert gold["y"] == predicted["y"] and gold["x"] + gold["width"] <= predicted["x"]
