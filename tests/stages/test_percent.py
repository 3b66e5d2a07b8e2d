"""PERCENT: forms with exact value, unit, range, qualifier and direction; decoys."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

import extractor
from extractor.records import PercentMention

D = Decimal


def percents(nlp: Language, text: str) -> list[tuple[object, ...]]:
    return [
        (m.text, m.value, m.unit, m.min, m.max, m.qualifier, m.direction)
        for m in extractor.extract(text, nlp=nlp).mentions
        if isinstance(m, PercentMention)
    ]


CASES = {
    "percent": (
        "GDP grew 10.5 percent.",
        [("10.5 percent", D("10.5"), "percent", None, None, None, "increase")],
    ),
    "symbol": ("a share of 12%", [("12%", D("12"), "percent", None, None, None, "none")]),
    "pct": (
        "retail sales up 5.8 pct",
        [("5.8 pct", D("5.8"), "percent", None, None, None, "increase")],
    ),
    "per-cent": (
        "accounting for 36.3 per cent of GDP",
        [("36.3 per cent", D("36.3"), "percent", None, None, None, "none")],
    ),
    # a plus sign glued before a percentage with no word of change: an increase ("+9%" in a
    # listing); after a letter or a digit it is no sign
    "plus-sign": (
        "net interest income 612 million euros, +9%",
        [("9%", D("9"), "percent", None, None, None, "increase")],
    ),
    "plus-after-letter": ("grade A+9% rule", [("9%", D("9"), "percent", None, None, None, "none")]),
    "spoken-decimal": (
        "prices rose three point one per cent",
        [("three point one per cent", D("3.1"), "percent", None, None, None, "increase")],
    ),
    "yoy": ("up 5.8% year-on-year", [("5.8%", D("5.8"), "percent", None, None, None, "increase")]),
    "points": (
        "rose 1.9 percentage points",
        [("1.9 percentage points", D("1.9"), "percentage_point", None, None, None, "increase")],
    ),
    "basis-points": (
        "cut rates by 25 basis points",
        [("25 basis points", D("0.25"), "percentage_point", None, None, None, "decrease")],
    ),
    "quarter-point": (
        "raised by a quarter of a percentage point",
        [
            (
                "a quarter of a percentage point",
                D("0.25"),
                "percentage_point",
                None,
                None,
                None,
                "increase",
            )
        ],
    ),
    "half-percent": (
        "half a percent",
        [("half a percent", D("0.5"), "percent", None, None, None, "none")],
    ),
    "between": (
        "between 2 and 3 percent",
        [("between 2 and 3 percent", None, "percent", D("2"), D("3"), None, "none")],
    ),
    "dash-both": (
        "a 2.5%-3% target",
        [("2.5%-3%", None, "percent", D("2.5"), D("3"), None, "none")],
    ),
    "dash-suffix": (
        "5-6 percent",
        [("5-6 percent", None, "percent", D("5"), D("6"), None, "none")],
    ),
    "fell": ("prices fell 0.3%", [("0.3%", D("0.3"), "percent", None, None, None, "decrease")]),
    "down": (
        "down 3.2 percent",
        [("3.2 percent", D("3.2"), "percent", None, None, None, "decrease")],
    ),
    "decreased-by": (
        "decreased by 1.1 percent",
        [("1.1 percent", D("1.1"), "percent", None, None, None, "decrease")],
    ),
    "noun-phrase": (
        "a 23.4% expansion",
        [("23.4%", D("23.4"), "percent", None, None, None, "increase")],
    ),
    "about": (
        "about 5 percent",
        [("about 5 percent", D("5"), "percent", None, None, "approximately", "none")],
    ),
    "negative": (
        "a rate of -0.1% since 2016",
        [("-0.1%", D("-0.1"), "percent", None, None, None, "none")],
    ),
    "hyphenated": (
        "a 7-per-cent drop",
        [("7-per-cent", D("7"), "percent", None, None, None, "decrease")],
    ),
    "article-point": (
        "It cut the rate by a percentage point.",
        [("a percentage point", D("1"), "percentage_point", None, None, None, "decrease")],
    ),
    # "from X to Y" after a change is its start and its end; the unit written once is both's
    "from-to-unit-once": (
        "The jobless rate rose from 5.1 to 5.4 percent.",
        [
            ("5.1", D("5.1"), "percent", None, None, None, "increase"),
            ("5.4 percent", D("5.4"), "percent", None, None, None, "increase"),
        ],
    ),
    "from-to-falling": (
        "The bank lowered the ratio from 8 to 7.5 per cent.",
        [
            ("8", D("8"), "percent", None, None, None, "decrease"),
            ("7.5 per cent", D("7.5"), "percent", None, None, None, "decrease"),
        ],
    ),
    "from-to-basis-points": (
        "Spreads narrowed from 50 to 35 basis points.",
        [
            ("50", D("0.5"), "percentage_point", None, None, None, "decrease"),
            ("35 basis points", D("0.35"), "percentage_point", None, None, None, "decrease"),
        ],
    ),
    "hyphenated-fraction": (
        "Rates rose by three-quarters of a percentage point.",
        [
            (
                "three-quarters of a percentage point",
                D("0.75"),
                "percentage_point",
                None,
                None,
                None,
                "increase",
            )
        ],
    ),
    # a fraction of a point is a rate's percentage point; index points are no percentage
    "quarter-point-of-a-rate": (
        "The Fed cut rates by a quarter point.",
        [("a quarter point", D("0.25"), "percentage_point", None, None, None, "decrease")],
    ),
    "three-quarters-of-a-point": (
        "It raised rates by three-quarters of a point.",
        [
            (
                "three-quarters of a point",
                D("0.75"),
                "percentage_point",
                None,
                None,
                None,
                "increase",
            )
        ],
    ),
    "index-points": ("The Dow fell 200 points.", []),
    "figure-point": ("The PMI fell 0.2 point to 49.5.", []),
    "by-to-stays-a-range": (
        "Profits grew by 4 to 5 percent.",
        [("4 to 5 percent", None, "percent", D("4"), D("5"), None, "increase")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_percent_forms(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert percents(nlp, text) == expected


def test_percent_list_gives_one_record_each(nlp: Language) -> None:
    text = "Output grew 3.5%, 7.1%, and 6.3%, respectively."
    assert [(t, v, d) for t, v, _, _, _, _, d in percents(nlp, text)] == [
        ("3.5%", D("3.5"), "increase"),
        ("7.1%", D("7.1"), "increase"),
        ("6.3%", D("6.3"), "increase"),
    ]


def test_percent_change_by_to_is_two_values(nlp: Language) -> None:
    text = "The rate fell 0.57 percentage points to 4.05 percent."
    assert [(t, v, u) for t, v, u, *_ in percents(nlp, text)] == [
        ("0.57 percentage points", D("0.57"), "percentage_point"),
        ("4.05 percent", D("4.05"), "percent"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "61.5 per 10,000 people",
        "in 2023",
        "the 5G network",
        "Top 100 list",
        # "a" counts as one only before a whole unit word, not before "percentage points".
        "up 30,500-an percentage points",
    ],
)
def test_percent_decoys(nlp: Language, text: str) -> None:
    assert percents(nlp, text) == []


def test_percent_list_shares_its_unit(nlp: Language) -> None:
    text = "Urban and rural incomes grew 5.1 and 6.6 percent, respectively."
    assert [(t, v, u, d) for t, v, u, _, _, _, d in percents(nlp, text)] == [
        ("5.1", D("5.1"), "percent", "increase"),
        ("6.6 percent", D("6.6"), "percent", "increase"),
    ]


def test_percent_list_is_not_made_of_years(nlp: Language) -> None:
    assert [t for t, *_ in percents(nlp, "Between 2022 and 5 percent")] == ["5 percent"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("two-and-a-half percent", "2.5", "percent"),
        ("minus 0.5 percent", "-0.5", "percent"),
        ("negative 0.1 percent", "-0.1", "percent"),
        ("1.5 pc", "1.5", "percent"),
        ("50bp", "0.5", "percentage_point"),
        ("4.5 ppt", "4.5", "percentage_point"),
        ("ten per cent", "10", "percent"),
        # the words of a unit hyphenated, as before a noun
        ("a 25-basis-point", "0.25", "percentage_point"),
        ("a 0.5-percentage-point", "0.5", "percentage_point"),
        ("25 basis-points", "0.25", "percentage_point"),
        ("5 per-cent", "5", "percent"),
        ("5 pps", "5", "percentage_point"),
    ],
)
def test_percent_more_forms(nlp: Language, text: str, value: str, unit: str) -> None:
    ((span, got, got_unit, *_),) = percents(nlp, f"It was {text} last year.")
    assert (span, got, got_unit) == (text.removeprefix("a "), D(value), unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Services inflation edged up to 5.0% in October.", [("5.0%", None)]),
        ("Core prices picked up to 3.3 per cent.", [("3.3 per cent", None)]),
        ("The jobless rate ticked up to 4.2 percent.", [("4.2 percent", None)]),
        # near misses: "up to" as a cap
        ("Prices could fall by up to 8%.", [("up to 8%", "at_most")]),
        ("Tariffs of up to 25 percent apply.", [("up to 25 percent", "at_most")]),
    ],
    ids=["edged", "picked", "ticked", "by-up-to", "of-up-to"],
)
def test_percent_up_to_after_a_verb_is_its_particle(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = extractor.extract(text, nlp=nlp).mentions
    assert [(m.text, m.qualifier) for m in found if isinstance(m, PercentMention)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bond pays 7-1/2 pct.", [("7-1/2 pct", D("7.5"), None, None)]),
        ("a coupon of 8 3/4 pct", [("8 3/4 pct", D("8.75"), None, None)]),
        ("It cut the rate 1/2 pct.", [("1/2 pct", D("0.5"), None, None)]),
        ("a yield of 6-5/8 percent", [("6-5/8 percent", D("6.625"), None, None)]),
        ("rates of 7½%", [("7½%", D("7.5"), None, None)]),
        ("inflation of 2¼ per cent", [("2¼ per cent", D("2.25"), None, None)]),
        ("rates at 7 ½ per cent", [("7 ½ per cent", D("7.5"), None, None)]),
        ("a 7 1\u20442 % coupon", [("7 1\u20442 %", D("7.5"), None, None)]),
        ("a ¾ percentage point cut", [("¾ percentage point", D("0.75"), None, None)]),
        ("between 7-1/4 and 7-1/2 pct", [("between 7-1/4 and 7-1/2 pct", None, D("7.25"),
                                          D("7.5"))]),
        ("yields of 5-1/2 to 5-3/4 pct", [("5-1/2 to 5-3/4 pct", None, D("5.5"), D("5.75"))]),
        # near misses: no denominator of a quote, no fraction, a fraction with no unit
        ("the 7/12 pct note", []),
        ("a 3-1 vote on a 5-1/2-year note", []),
        ("won 3-1 after 12 1/2 minutes", []),
        ("1/3 pct", []),
    ],
    ids=["hyphen", "space", "bare", "eighths", "vulgar", "vulgar-per-cent", "vulgar-spaced",
         "fraction-slash", "vulgar-point",
         "between", "range", "date-like", "score", "no-unit", "third"],
)  # fmt: skip
def test_percent_fractions(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    found = extractor.extract(text, nlp=nlp).mentions
    got = [(m.text, m.value, m.min, m.max) for m in found if isinstance(m, PercentMention)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("coupons of 5-1/2 and 6 pct", [("5-1/2", D("5.5")), ("6 pct", D("6"))]),
        ("coupons of 5½, 6 and 7 pct", [("5½", D("5.5")), ("6", D("6")), ("7 pct", D("7"))]),
        ("rates of 4 and 4 3/4 pct", [("4", D("4")), ("4 3/4 pct", D("4.75"))]),
        # near miss: a date in the list is no item
        ("on 7/12 and 5 pct", [("5 pct", D("5"))]),
    ],
    ids=["mixed", "vulgar", "mixed-last", "date"],
)
def test_percent_list_of_fractions(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(t, v) for t, v, *_ in percents(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banks want 10% or more.", [("10% or more", "10", "at_least")]),
        ("a cut of 2 percent or so", [("2 percent or so", "2", "approximately")]),
        ("inflation of 3% or below", [("3% or below", "3", "at_most")]),
        # near misses: a comparison going on, a second figure
        ("It grew 5% or more than twice as fast.", [("5%", "5", None)]),
        ("It grew 5% or 6%.", [("5%", "5", None), ("6%", "6", None)]),
    ],
    ids=["or-more", "or-so", "or-below", "than", "two-values"],
)
def test_percent_qualifier_after_the_value(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [
        (m.text, str(m.value), m.qualifier)
        for m in extractor.extract(text, nlp=nlp).mentions
        if isinstance(m, PercentMention)
    ]
    assert found == expected


# money-32: a fraction hyphenated to its rate unit ---------------------------------------------

PERCENT32_HYPHENATED_FRACTION_CASES = [
    ("The Fed made a quarter-point cut.", [("a quarter-point", D("0.25"), "percentage_point")]),
    ("It was a half-point hike.", [("a half-point", D("0.5"), "percentage_point")]),
    ("After a three-quarter-point hike", [("three-quarter-point", D("0.75"), "percentage_point")]),
    (
        "It made a half-percentage-point cut.",
        [("a half-percentage-point", D("0.5"), "percentage_point")],
    ),
    ("Yields rose a half-percent.", [("a half-percent", D("0.5"), "percent")]),
    # near misses: a hyphenated fraction before another word
    ("It happened a quarter-century ago.", []),
    ("The half-time score was 2-1.", []),
    ("He wore a half-pointed hat.", []),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT32_HYPHENATED_FRACTION_CASES)
def test_percent32_hyphenated_fraction_of_a_point(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [row[:3] for row in percents(nlp, text)] == expected


def test_percent32_a_hundred_percent(nlp: Language) -> None:
    assert [row[:3] for row in percents(nlp, "Turnout was a hundred percent.")] == [
        ("a hundred percent", D("100"), "percent")
    ]
    assert percents(nlp, "A hundred people came.") == []


PERCENT32_PLUS_OR_MINUS_CASES = [
    (
        "The margin of error is plus or minus 3 percentage points.",
        [("3 percentage points", D("3"), "percentage_point")],
    ),
    ("Plus or minus 2% is normal.", [("2%", D("2"), "percent")]),
    # near misses: a minus alone is the sign
    ("The rate is minus 0.5%.", [("minus 0.5%", D("-0.5"), "percent")]),
    ("Growth was negative 2 percent.", [("negative 2 percent", D("-2"), "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT32_PLUS_OR_MINUS_CASES)
def test_percent32_plus_or_minus_is_no_sign(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [row[:3] for row in percents(nlp, text)] == expected


PERCENT32_PC_DOTS_CASES = [
    ("Prices rose 5.5 p.c. last year.", [("5.5 p.c.", D("5.5"), "percent")]),
    # near misses: personal computers, a longer abbreviation
    ("He bought 5 PCs.", []),
    ("It has 5 p.c.b. boards.", []),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT32_PC_DOTS_CASES)
def test_percent32_pc_with_dots(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [row[:3] for row in percents(nlp, text)] == expected


PERCENT32_PLUS_GLUED_CASES = [
    ("Analysts expect a 20%+ rise.", [("20%+", D("20"), "more_than")]),
    ("It posted a 10 percent-plus gain.", [("10 percent-plus", D("10"), "more_than")]),
    # near misses: a plus sign after a space, a plus that opens the next figure
    ("It rose 5% + 2%.", [("5%", D("5"), None), ("2%", D("2"), None)]),
    ("A 35 percent-owned unit.", [("35 percent", D("35"), None)]),
]


@pytest.mark.parametrize(("text", "expected"), PERCENT32_PLUS_GLUED_CASES)
def test_percent32_plus_glued(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(r[0], r[1], r[5]) for r in percents(nlp, text)] == expected
