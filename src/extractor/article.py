"""Article metadata stated in the text itself: title, publication date and source.

>>> article_metadata("Jiangsu GDP tops 12 trillion\\n\\nNANJING, Jan. 23 (Xinhua) -- ...\\nUpdated: 2024-01-24")
{'title': 'Jiangsu GDP tops 12 trillion', 'date': '2024-01-24', 'source': 'Xinhua'}
"""

from __future__ import annotations

import re

from extractor.dates import find_dates

HEAD_CHARS = 600
_SOURCE = re.compile(
    r"\((Xinhua|WAM|Reuters|AP|AFP|Bloomberg|Kyodo|Yonhap|PTI|IANS|Bernama)\)|^Source:\s*(.+)$",
    re.MULTILINE,
)


def article_metadata(text: str) -> dict[str, str]:
    """Title (a short first line), the first full date in the head, and a named wire or source."""
    metadata: dict[str, str] = {}
    first = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    if 0 < len(first) <= 200 and not first.endswith((".", ",")):
        metadata["title"] = first
    head = text[:HEAD_CHARS]
    for found in find_dates(head):
        value = found.attrs["value"]
        if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            metadata["date"] = value
            break
    source = _SOURCE.search(head)
    if source:
        metadata["source"] = (source.group(1) or source.group(2)).strip()
    return metadata
