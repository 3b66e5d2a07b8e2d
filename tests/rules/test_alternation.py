"""Grouped alternations match exactly what the phrase-by-phrase alternation matches."""

from __future__ import annotations

import random
import re
import sys

import pytest

from extractor.rules import numbers
from extractor.rules.alternation import Phrase, alternation, first_characters, fold_class
from extractor.rules.currencies import currency_forms
from extractor.rules.qualifiers import _qualifiers
from extractor.stages import dates, money, percent

# Characters whose case folding is special in the regex engine, and neighbours of the lexicons.
_TRICKY = "Kk\u212aSs\u017fIi\u0130\u0131Aa\u212b\u00e5\u00b5\u03bc\u00df\u1e9e"


def _naive(phrases: list[Phrase], space: str = r"\s+") -> str:
    """The alternation as written before grouping: one alternative per phrase, in order."""
    parts = []
    for phrase in phrases:
        body = space.join(re.escape(word) for word in phrase.text.split(" "))
        if phrase.ignore_case:
            body = f"(?i:{body})"
        if phrase.behind is not None:
            sign = "=" if phrase.behind_matches else "!"
            body = f"(?<{sign}{phrase.behind}){body}"
        parts.append(body + phrase.after)
    return "(?:" + "|".join(parts) + ")"


def _variants(text: str) -> list[str]:
    return [text, text.lower(), text.upper(), text.title(), text.swapcase()]


def _haystack(phrases: list[Phrase], seed: int = 0) -> str:
    """Every phrase in several cases and contexts, then random text from their characters."""
    rng = random.Random(seed)
    pieces = []
    for phrase in phrases:
        for variant in _variants(phrase.text):
            pieces += [variant, f"5{variant}", f"x{variant}", f"{variant}s", f"{variant}  7"]
    alphabet = "".join({c for p in phrases for c in p.text}) + _TRICKY + " .-5\n"
    noise = "".join(rng.choice(alphabet) for _ in range(20_000))
    return " ".join(pieces) + " " + noise


def _same_matches(grouped: str, naive: str, text: str) -> None:
    # Also followed by something that forces backtracking into the alternation.
    for tail in ("", r"(?![A-Za-z])", r"\s+\d", r"s\b"):
        new, old = re.compile(grouped + tail), re.compile(naive + tail)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def _lexicon_phrases() -> dict[str, list[Phrase]]:
    forms = sorted(currency_forms().values(), key=lambda f: -len(f.surface))
    return {
        "currency words and codes": [Phrase(f.surface, f.is_word) for f in forms],
        "prefix codes with a boundary": [
            Phrase(f.surface, f.is_word, "[A-Za-z]") for f in forms if f.surface[-1].isalpha()
        ],
        "glued letters": [
            Phrase(f.surface, f.is_word, r"\d", behind_matches=True, after=r"(?!\.?\w)")
            for f in forms
            if len(f.surface) == 1 and f.surface.isalpha()
        ],
        "qualifiers": [
            Phrase(w, ignore_case=True) for w in sorted(_qualifiers(), key=len, reverse=True)
        ],
        "mixed case": [Phrase("KRW"), Phrase("kr", ignore_case=True), Phrase("Kč"), Phrase("k")],
    }


@pytest.mark.parametrize("name", list(_lexicon_phrases()))
def test_grouped_alternation_matches_like_the_naive_one(name: str) -> None:
    phrases = _lexicon_phrases()[name]
    _same_matches(alternation(phrases), _naive(phrases), _haystack(phrases))


def test_space_stands_for_the_given_source() -> None:
    phrases = [Phrase("one half", ignore_case=True), Phrase("a half", ignore_case=True)]
    text = "One half, a  half, ONE\thalf, a half"
    grouped = alternation(phrases, space=r"\ ")
    _same_matches(grouped, _naive(phrases, r"\ "), text)
    assert [m.group() for m in re.finditer(grouped, text)] == ["One half", "a half"]


def test_preference_is_the_order_given() -> None:
    longest = alternation([Phrase("lakhs", True), Phrase("lakh", True)])
    shortest = alternation([Phrase("lakh", True), Phrase("lakhs", True)])
    assert re.match(longest, "Lakhs").group() == "Lakhs"  # type: ignore[union-attr]
    assert re.match(shortest, "Lakhs").group() == "Lakh"  # type: ignore[union-attr]


def test_a_phrase_must_start_with_a_character() -> None:
    with pytest.raises(ValueError, match="must start"):
        alternation([Phrase(" x")])
    assert re.search(alternation([]), "anything") is None


@pytest.fixture(scope="module")
def astral() -> str:
    return "".join(chr(c) for c in range(0x10000, sys.maxunicode + 1))


def test_fold_classes_are_complete_over_all_of_unicode(astral: str) -> None:
    """No character outside the Basic Multilingual Plane folds to a first letter we use."""
    firsts = {p.text[0] for phrases in _lexicon_phrases().values() for p in phrases}
    for char in sorted(firsts | set(_TRICKY) | set("abcdefghijklmnopqrstuvwxyz")):
        assert re.search(f"(?i:{re.escape(char)})", astral) is None, char
        assert all(re.fullmatch(f"(?i:{re.escape(char)})", c) for c in fold_class(char))


def test_fold_class_of_k_has_the_kelvin_sign() -> None:
    assert fold_class("k") == {"k", "K", "\u212a"}
    assert fold_class("$") == {"$"}
    assert set(first_characters([Phrase("sum", True), Phrase("$")])) >= {"s", "S", "\u017f", "$"}


def _without_gate(source: str) -> str:
    gate = re.match(r"\(\?=\[[^\]]*\]\)", source)
    assert gate is not None, "the numeral starts with its first-character gate"
    return source[gate.end() :]


def test_numeral_gate_changes_no_match() -> None:
    words = [w for w in numbers._number_words()] + ["half", "a half", "one half", "dozen"]
    text = _haystack([Phrase(w, ignore_case=True) for w in words], seed=1)
    text += " ٣٤ 5.5 .5 a billion An hundred thirty-ſeven a quarter of a TWO AND A HALF"
    gated = re.compile(numbers.numeral_regex(), re.VERBOSE)
    plain = re.compile(_without_gate(numbers.numeral_regex()), re.VERBOSE)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("fragments", "text", "expected"),
    [
        (money.fragments, "US$ 5 and RMB3 or \u212arw", {"cur_pre": ["US$", "RMB"]}),
        (money.fragments, "5 Yuan, 6 EUROS and 50p", {"cur_suf": ["Yuan", "EUROS", "p"]}),
        (percent.fragments, "5 PER CENT, 6 pct", {"pct": ["PER CENT", "pct"]}),
        (dates.fragments, "in Sept and SEPT, not sept", {"month": ["Sept", "SEPT"]}),
    ],
)
def test_fragments_read_lexicon_forms(
    fragments: object, text: str, expected: dict[str, list[str]]
) -> None:
    for name, wanted in expected.items():
        regex = re.compile(fragments()[name], re.VERBOSE)  # type: ignore[operator]
        assert [m.group() for m in regex.finditer(text)] == wanted
