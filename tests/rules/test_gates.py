"""First-character gates find exactly the matches a plain scan finds."""

from __future__ import annotations

import random
import re

import pytest

from extractor.rules.gates import gate_for, gated_finditer
from extractor.rules.patterns import CompiledPattern
from extractor.stages import dates, money, percent


def _plain_and_gated(regex: re.Pattern[str], gate: re.Pattern[str], text: str) -> None:
    plain = [(m.span(), m.groupdict()) for m in regex.finditer(text)]
    starts = (m.start() for m in gate.finditer(text))
    gated = [(m.span(), m.groupdict()) for m in gated_finditer(regex, starts, text)]
    assert gated == plain


@pytest.mark.parametrize(
    ("source", "firsts"),
    [
        (r"\d{4}", r"\d"),
        (r"(?:Jan|Feb)\.?\s\d", "FJ"),
        (r"(?:the\s+)?Q[1-4]", "Qt"),
        (r"(?<![A-Za-z])(?i:fy)\d\d", "Ff"),
        (r"\b(?:x|y)?z", "xyz"),
        (r"a*b", "ab"),
        (r"(?>ab|c)", "ac"),
    ],
)
def test_gate_reads_first_characters(source: str, firsts: str) -> None:
    gate = gate_for(source)
    assert gate is not None
    assert gate.pattern == f"[{firsts}]"


@pytest.mark.parametrize(
    "source",
    [
        r".x",  # any character
        r"[^a]x",  # a negated class
        r"\wx",  # a word character
        r"x?",  # the empty string
        r"(a)?(?(1)b|c)",  # a conditional group
        r"(?i:[a-z])",  # too many characters to be worth it
        r"[\u0000-\uffff]",  # a huge range
    ],
)
def test_no_gate_where_it_cannot_help(source: str) -> None:
    assert gate_for(source) is None


def test_gate_folds_case_like_the_regex_engine() -> None:
    gate = gate_for(r"(?i:k)\d")
    assert gate is not None
    assert [m.start() for m in gate.finditer("k K \u212a x")] == [0, 2, 4]


def _stage_patterns() -> list[CompiledPattern]:
    finders = (money.MoneyFinder(), percent.PercentFinder(), dates.DateFinder())
    return [p for finder in finders for p in finder.patterns]


def _texts() -> list[str]:
    rng = random.Random(3)
    pieces = [
        "In Jan. 2024, 12 Feb 2023 and 2023-05-06; Q3 2024, H1, FY2025, fiscal 2024-25.",
        "between May and June, May 5, the May figures, in May, Sept. 30, 2023.",
        "revenue rose between $5 and $6 billion; ($99.99)  |  between 5 and 6 percent.",
        "jan 5 JAN 5 Jan5 5Jan x2023 2023x 20233 1999-2000 ſept \u212a",
    ]
    alphabet = "".join(sorted(set("".join(pieces)))) + "\n\t"
    noise = ["".join(rng.choice(alphabet) for _ in range(3000)) for _ in range(5)]
    shuffled = [" ".join(rng.sample(pieces * 3, 12)) for _ in range(5)]
    return pieces + noise + shuffled


def test_gated_rules_match_like_plain_scans() -> None:
    gated = [p for p in _stage_patterns() if p.gate is not None]
    assert {p.id for p in gated} >= {"date.iso", "date.month_day", "money.accounting"}
    for pattern in gated:
        assert pattern.gate is not None
        for text in _texts():
            _plain_and_gated(pattern.regex, pattern.gate, text)


def test_anchored_rules_match_like_plain_scans() -> None:
    """Rules that open with qualifiers, signs, numerals or currencies are tried where those
    start, and find what a plain scan finds."""
    anchored = [p for p in _stage_patterns() if p.anchors is not None]
    assert {p.id for p in anchored} >= {"money.suffix", "money.prefix", "percent.simple"}
    texts = [
        *_texts(),
        "more than 150 billion yuan ($20.9 billion), up to -5%, minus 3 percent, about US$1.2bn,"
        " two and a half million euros, a billion dollars, 3 dollars 50 cents, SGD 54 cents,"
        " 5-6 billion yuan, 1.2 billion and 3.4 billion yuan, 12 000 zł, Rs 5,000 crore, 50p",
        "ABOUT TWENTY-FIVE PER CENT, nearly 1,00,000 rupees; \u212arw 5; ſome 5 pct, xUS$5",
    ]
    for pattern in anchored:
        assert pattern.anchors is not None
        for text in texts:
            starts = [m.start() for m in pattern.anchors.finditer(text)]
            plain = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text)]
            found = [(m.span(), m.groupdict()) for m in gated_finditer(pattern.regex, starts, text)]
            assert found == plain, pattern.id


@pytest.mark.parametrize(
    ("template", "openers"),
    [
        (r"(?:{qual}\s+)?{sign}?{num}\s?{pct}", {"qual", "sign", "num"}),
        (r"{first.num}(?:,\s*{num})*", {"num"}),
        (r"{num}\s+{cur_suf}|{cur_pre}{num}", {"num", "cur_pre"}),
        (r"between\s+{num}", None),  # opens with a word: the gate's business
        (r"(?:{qual}|about)\s+{num}", None),  # an optional part that is not one fragment
    ],
)
def test_rule_openers(template: str, openers: set[str] | None) -> None:
    from extractor.rules.patterns import _openers

    assert _openers(template) == (frozenset(openers) if openers is not None else None)
