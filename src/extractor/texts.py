"""Preparing a text for the pipeline: line endings, and long texts cut into overlapping pieces.

The rules read ``"\\n"`` as the end of a line: a table header stands alone on its line, a
dateline ends with one, a sentence ends at a line break. A text with Windows (``"\\r\\n"``) or
old Mac (``"\\r"``) line endings goes through the pipeline with ``"\\n"`` alone
(:class:`LineEndings`), and the offsets of its records are mapped back, so they index the text
as given.

A text longer than a ``Doc`` should hold goes through the pipeline in pieces
(:func:`split_text`) that overlap by :data:`CONTEXT_CHARS` on each side of every cut, so each
mention near a cut is read with its full context in one of them; each piece keeps the mentions
that start in its own stretch of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_LINE_ENDING = re.compile(r"\r\n?")
_CRLF = "\r\n"

# spaCy refuses texts over 1,000,000 characters and a statistical pipeline needs about 1 GB per
# 100,000; a news article is far below this, so only dumps and books are ever split.
CHUNK_CHARS = 100_000
# Context on each side of a cut: some thirty sentences of news, more than any table header or
# acronym definition needs to reach the figures it governs.
CONTEXT_CHARS = 5_000
# A sentence end: a full stop (question or exclamation mark), closing quotes or brackets, space,
# and a capital next ("Jan. 23" and "5.8 pct. in" are not ends; "U.S. Treasury" is taken as one).
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c(]?[A-Z])")


@dataclass(frozen=True)
class LineEndings:
    """A text with ``"\\r\\n"`` and ``"\\r"`` line endings replaced by ``"\\n"``, and the way back.

    >>> endings = LineEndings.of("Sales\\r\\nrose 5%.")
    >>> endings.text, endings.original(11), endings.original(14)
    ('Sales\\nrose 5%.', 12, 15)
    """

    original_text: str
    text: str
    removed: tuple[int, ...]
    """Offsets, in ``text``, of the ``"\\n"`` of each ``"\\r\\n"`` (whose ``"\\r"`` was removed)."""

    @classmethod
    def of(cls, text: str) -> LineEndings | None:
        """The normalized text, or ``None`` when ``text`` has no ``"\\r"`` (nothing to do)."""
        if "\r" not in text:
            return None
        removed = [
            match.start() - count
            for count, match in enumerate(m for m in _LINE_ENDING.finditer(text) if m[0] == _CRLF)
        ]
        return cls(text, _LINE_ENDING.sub("\n", text), tuple(removed))

    def original(self, offset: int) -> int:
        """The offset in the original text of an offset in the normalized one."""
        return offset + bisect.bisect_left(self.removed, offset)

    def restore(self, data: Any) -> Any:
        """A record's fields (``model_dump()``) with every offset mapped to the original text.

        Each ``start``/``end`` and ``sentence_start``/``sentence_end`` pair is mapped; a
        ``text`` that was the normalized text between ``start`` and ``end`` becomes the original
        text there (a line break inside a mention keeps its ``"\\r\\n"``).
        """
        if isinstance(data, list):
            return [self.restore(item) for item in data]
        if not isinstance(data, dict):
            return data
        out = {key: self.restore(value) for key, value in data.items()}
        for first, last in (("start", "end"), ("sentence_start", "sentence_end")):
            start, end = data.get(first), data.get(last)
            if isinstance(start, int) and isinstance(end, int):
                out[first], out[last] = self.original(start), self.original(end)
                if first == "start" and data.get("text") == self.text[start:end]:
                    out["text"] = self.original_text[out[first] : out[last]]
        return out


@dataclass(frozen=True)
class Piece:
    """A piece of a long text: where it starts, its text, and the stretch whose mentions it keeps.

    ``keep_from`` and ``keep_to`` are offsets in the whole text; the stretches of consecutive
    pieces tile the text, and each lies at least ``CONTEXT_CHARS`` (or a tenth of the piece
    size) inside its piece, except at the ends of the text.
    """

    start: int
    text: str
    keep_from: int
    keep_to: int

    @property
    def end(self) -> int:
        """The offset after the piece's last character, in the whole text."""
        return self.start + len(self.text)


def split_text(text: str, size: int = CHUNK_CHARS, context: int = CONTEXT_CHARS) -> Iterator[Piece]:
    """Overlapping pieces of ``text``, at most ``size`` characters each.

    A piece ends at the last paragraph break in the second half of its window, else at a
    sentence end, a line break or a space there (only a run of ``size / 2`` characters without
    any of these is cut blindly). It keeps the mentions up to a point ``context`` characters or
    more before its end, and the next piece starts ``context`` or more before that point, both
    at a sentence end where there is one within a quarter of the size.

    >>> text = "One. Two. Three. Four. Five. Six."
    >>> [(p.start, p.end, p.keep_from, p.keep_to) for p in split_text(text, size=20, context=2)]
    [(0, 17, 0, 15), (13, 33, 15, 33)]
    """
    context = max(1, min(context, size // 10))
    reach = size // 4  # how far back from its ideal place a cut may go to find a sentence end
    start, keep_from = 0, 0
    while len(text) - start > size:
        end = _boundary(text, start + size // 2, start + size, prefer_paragraph=True)
        keep_to = _boundary(text, max(keep_from + 1, end - reach), end - context)
        yield Piece(start, text[start:end], keep_from, keep_to)
        # Each piece starts at least an eighth of the size after the last: the loop ends.
        start = _boundary(text, max(start + size // 8, keep_to - reach), keep_to - context)
        keep_from = keep_to
    yield Piece(start, text[start:], keep_from, len(text))


def _boundary(text: str, low: int, high: int, *, prefer_paragraph: bool = False) -> int:
    """The offset after the best separator in ``text[low:high]``, or ``high`` if it has none.

    Sentence ends come before line breaks, except that a piece's end prefers a paragraph break.
    """
    high = max(high, low)
    if prefer_paragraph:
        found = text.rfind("\n\n", low, high)
        if found != -1:
            return found + 2
    # The sentence end's look at the next word may reach past ``high``; its match may not.
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, high + 3) if m.end() <= high]
    if ends:
        return ends[-1]
    for separator in ("\n", " "):
        found = text.rfind(separator, low, high)
        if found != -1:
            return found + len(separator)
    return high
