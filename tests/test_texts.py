"""Texts for the pipeline: line endings and overlapping pieces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.texts import LineEndings, split_text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "short",
        "One.\n\nTwo. Three.\n" * 40,
        "word " * 200,
        "x" * 1000,
        "line\n" * 150 + "\n\n" + "tail " * 30,
        "Exports rose 5 percent. Imports fell. " * 30,
    ],
    ids=["empty", "short", "paragraphs", "words", "no-break", "mixed", "sentences"],
)
def test_texts_split_text_keeps_every_character_once_with_context(text: str) -> None:
    pieces = list(split_text(text, size=100, context=10))
    assert all(text[p.start : p.end] == p.text and len(p.text) <= 100 for p in pieces)
    # The kept stretches tile the text, in order.
    assert [(p.keep_from, p.keep_to) for p in pieces] == list(
        zip([0] + [p.keep_to for p in pieces[:-1]], [p.keep_to for p in pieces], strict=True)
    )
    assert pieces[-1].keep_to == len(text) and pieces[-1].end == len(text)
    # Each kept stretch has context on both sides inside its piece (but at the text's ends).
    for p in pieces:
        assert p.keep_from == 0 or p.keep_from - p.start >= 10
        assert p.keep_to == len(text) or p.end - p.keep_to >= 10


def test_texts_split_text_cuts_at_sentence_ends() -> None:
    text = "Exports rose 5 percent. Imports fell. " * 30
    pieces = list(split_text(text, size=200, context=20))
    assert len(pieces) == 10
    for p in pieces[1:]:
        assert text[p.start - 2 : p.start] == ". "
        assert text[p.keep_from - 2 : p.keep_from] == ". "
    for p in pieces[:-1]:
        assert p.text.endswith(". ")


@given(st.text(alphabet="ab \r\n", max_size=60))
def test_texts_line_endings_map_back(text: str) -> None:
    endings = LineEndings.of(text)
    if endings is None:
        assert "\r" not in text
        return
    assert "\r" not in endings.text
    assert endings.text == text.replace("\r\n", "\n").replace("\r", "\n")
    # Every character of the normalized text maps to the same character, or to a line ending.
    for i, char in enumerate(endings.text):
        original = text[endings.original(i)]
        assert original == char or (char == "\n" and original == "\r")
    assert endings.original(len(endings.text)) == len(text)
