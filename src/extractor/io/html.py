"""HTML pages: the article's visible text, and its headline, date and address.

Used by :func:`extractor.io.inputs.html_to_text` on a parsed page (selectolax's lexbor tree).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

_DROP_TAGS = "script, style, noscript, nav, footer, aside, form, iframe, svg, template, button"
_BLOCK_TAGS = (
    "p, div, h1, h2, h3, h4, h5, h6, li, dt, dd, tr, br, hr, section, article, header, main, "
    "blockquote, pre, table, caption, figure, figcaption, ul, ol, dl, address, title"
)
_CELL_TAGS = "td, th"
# Where a page keeps its publication date, most specific first.
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
)
# A bar, hyphen, en or em dash, middle dot, guillemet or "::" with spaces around it, between a
# headline and a site's name in a title.
_TITLE_PARTS = re.compile(r"\s+(?:[|\-\u2013\u2014\u00b7\u00bb]|::)\s+")
_SPACES = re.compile(r"[ \r\f\v]+")
_AROUND_TAB = re.compile(r" *\t[ \t]*")


def _inside(node: LexborNode, tags: frozenset[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def visible_text(tree: LexborHTMLParser) -> str:
    """The text a reader sees: blocks apart by blank lines, table cells by tabs.

    A page's ``<header>`` goes with its navigation; one inside an ``<article>`` stays.
    """
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    for node in tree.css("header"):
        if not _inside(node, frozenset({"article", "header"})):
            node.decompose()
    for node in tree.css(_CELL_TAGS):
        node.insert_after("\t")
    for node in tree.css(_BLOCK_TAGS):
        node.insert_before("\n\n")
        node.insert_after("\n\n")
    body = tree.body or tree.root
    raw = body.text(separator="") if body is not None else ""
    lines = [_AROUND_TAB.sub("\t", _SPACES.sub(" ", line)).strip(" \t") for line in raw.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _attribute(tree: LexborHTMLParser, selector: str, name: str) -> str:
    node = tree.css_first(selector)
    value = node.attributes.get(name) if node is not None else None
    return (value or "").strip()


def headline(tree: LexborHTMLParser) -> str:
    """The article's headline: its ``<h1>``, else ``og:title``, else ``<title>``.

    An ``<h1>`` in the page's header or navigation (a site's logo) does not count; the site's
    name is taken off ``og:title`` and ``<title>`` ("Exports rise | Daily News").
    """
    chrome = frozenset({"header", "nav", "footer", "aside"})
    for node in tree.css("article h1") + [
        n for n in tree.css("h1") if not _inside(n, chrome) or _inside(n, frozenset({"article"}))
    ]:
        text = " ".join(node.text(separator=" ").split())
        if text:
            return text
    site = _attribute(tree, 'meta[property="og:site_name"]', "content")
    title_node = tree.css_first("title")
    for candidate in (
        _attribute(tree, 'meta[property="og:title"]', "content"),
        title_node.text(strip=True) if title_node is not None else "",
    ):
        if candidate:
            return without_site_name(" ".join(candidate.split()), site)
    return ""


def without_site_name(title: str, site: str = "") -> str:
    """A page title without the site's name: ``site`` at either end, else the last part.

    Most sites write "Headline | Site"; one that writes "Site | Headline" is recognized when the
    page names itself (``og:site_name``).

    >>> without_site_name("Exports rise 5% | Daily News")
    'Exports rise 5%'
    >>> without_site_name("Daily News - Business - Exports rise 5%", "Daily News")
    'Business - Exports rise 5%'
    """
    separators = list(_TITLE_PARTS.finditer(title))
    if not separators:
        return title
    first, last = title[: separators[0].start()], title[separators[-1].end() :]
    if site and first.lower() == site.lower():
        return title[separators[0].end() :]
    if site and last.lower() != site.lower():
        return title
    return title[: separators[-1].start()]


def page_metadata(tree: LexborHTMLParser) -> dict[str, str]:
    """Title, publication date (as the page writes it) and canonical address of a page."""
    date = next(
        (value for selector in _DATE_META if (value := _attribute(tree, selector, "content"))),
        "",
    ) or (
        _attribute(tree, "article time[datetime]", "datetime")
        or _attribute(tree, "time[datetime]", "datetime")
    )
    url = _attribute(tree, 'meta[property="og:url"]', "content") or _attribute(
        tree, 'link[rel="canonical"]', "href"
    )
    found = {"title": headline(tree), "date": date, "url": url}
    return {key: value for key, value in found.items() if value}
