"""MONEY: each form of shared/FORMS.md with its exact normalized record, and decoys."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

import extractor
from extractor.records import MoneyMention
from extractor.rules import currencies


def money(nlp: Language, text: str) -> list[MoneyMention]:
    return [m for m in extractor.extract(text, nlp=nlp).mentions if isinstance(m, MoneyMention)]


def row(m: MoneyMention) -> tuple[object, ...]:
    return (m.text, m.amount, m.currency, m.qualifier, m.min, m.max, m.per)


D = Decimal
CASES = {
    "yuan-billion": (
        "GDP hit 150 billion yuan.",
        [("150 billion yuan", D("150000000000"), "CNY", None, None, None, None)],
    ),
    "per-capita": (
        "Income was 30,500 yuan.",
        [("30,500 yuan", D("30500"), "CNY", None, None, None, None)],
    ),
    "rmb-glued": (
        "Sales of RMB3.5bn",
        [("RMB3.5bn", D("3500000000"), "CNY", None, None, None, None)],
    ),
    "rmb-mixed-case": (
        "a loss of Rmb3.5bn",
        [("Rmb3.5bn", D("3500000000"), "CNY", None, None, None, None)],
    ),
    "rmb-spaced": (
        "worth RMB 3.5 billion",
        [("RMB 3.5 billion", D("3500000000"), "CNY", None, None, None, None)],
    ),
    "cny-code": (
        "raised CNY 2.1 billion",
        [("CNY 2.1 billion", D("2100000000"), "CNY", None, None, None, None)],
    ),
    "renminbi": (
        "18.6 billion renminbi",
        [("18.6 billion renminbi", D("18600000000"), "CNY", None, None, None, None)],
    ),
    "us-dollar-bn": (
        "It paid US$1.2bn.",
        [("US$1.2bn", D("1200000000"), "USD", None, None, None, None)],
    ),
    "usd-code": (
        "USD 2 billion in bonds",
        [("USD 2 billion", D("2000000000"), "USD", None, None, None, None)],
    ),
    "dollar-spaced": (
        "a $ 75 million loan",
        [("$ 75 million", D("75000000"), "USD", None, None, None, None)],
    ),
    "hk-dollar": (
        "for HK$10.05 billion",
        [("HK$10.05 billion", D("10050000000"), "HKD", None, None, None, None)],
    ),
    "sg-dollar": (
        "S$500 million deal",
        [("S$500 million", D("500000000"), "SGD", None, None, None, None)],
    ),
    "ca-dollar": (
        "C$16.4 million charge",
        [("C$16.4 million", D("16400000"), "CAD", None, None, None, None)],
    ),
    "au-dollar": ("A$2.3bn profit", [("A$2.3bn", D("2300000000"), "AUD", None, None, None, None)]),
    "nt-dollar": (
        "NT$30 billion plant",
        [("NT$30 billion", D("30000000000"), "TWD", None, None, None, None)],
    ),
    "euro-symbol": (
        "€2.5 billion bid",
        [("€2.5 billion", D("2500000000"), "EUR", None, None, None, None)],
    ),
    "eur-code": (
        "EUR 3.4 million fine",
        [("EUR 3.4 million", D("3400000"), "EUR", None, None, None, None)],
    ),
    "euros-word": (
        "2.5 billion euros in aid",
        [("2.5 billion euros", D("2500000000"), "EUR", None, None, None, None)],
    ),
    "pound-m": ("a £300m buyback", [("£300m", D("300000000"), "GBP", None, None, None, None)]),
    "pound-decimal": (
        "£8.10 million",
        [("£8.10 million", D("8100000"), "GBP", None, None, None, None)],
    ),
    "pence-glued": ("shares fell 50p", [("50p", D("0.5"), "GBP", None, None, None, None)]),
    "pence-word": (
        "a dividend of 30 pence",
        [("30 pence", D("0.3"), "GBP", None, None, None, None)],
    ),
    "yen-word": (
        "150 billion yen",
        [("150 billion yen", D("150000000000"), "JPY", None, None, None, None)],
    ),
    "yen-symbol-japan": (
        "Tokyo: Japan's ¥1.5 trillion plan",
        [("¥1.5 trillion", D("1500000000000"), "JPY", None, None, None, None)],
    ),
    "yen-symbol-china": (
        "China's ¥1.5 trillion plan",
        [("¥1.5 trillion", D("1500000000000"), "CNY", None, None, None, None)],
    ),
    "crore": (
        "Rs 5,000 crore capex",
        [("Rs 5,000 crore", D("50000000000"), "INR", None, None, None, None)],
    ),
    "lakh": ("Rs 45 lakh bonus", [("Rs 45 lakh", D("4500000"), "INR", None, None, None, None)]),
    "lakh-crore": (
        "Rs 3.46 lakh crore deficit",
        [("Rs 3.46 lakh crore", D("3460000000000"), "INR", None, None, None, None)],
    ),
    "rupee-symbol": (
        "₹1.2 trillion",
        [("₹1.2 trillion", D("1200000000000"), "INR", None, None, None, None)],
    ),
    "cents": ("up 50 cents", [("50 cents", D("0.5"), "USD", None, None, None, None)]),
    "fraction-cents": (
        "1.20 cents a gallon",
        [("1.20 cents a gallon", D("0.012"), "USD", None, None, None, "gallon")],
    ),
    "over": (
        "over 10 billion yuan",
        [("over 10 billion yuan", D("10000000000"), "CNY", "more_than", None, None, None)],
    ),
    "more-than": (
        "more than 5 billion yuan",
        [("more than 5 billion yuan", D("5000000000"), "CNY", "more_than", None, None, None)],
    ),
    "nearly": (
        "nearly 3 billion yuan",
        [("nearly 3 billion yuan", D("3000000000"), "CNY", "nearly", None, None, None)],
    ),
    "up-to": (
        "up to $2 million",
        [("up to $2 million", D("2000000"), "USD", "at_most", None, None, None)],
    ),
    "at-least": (
        "at least €1 billion",
        [("at least €1 billion", D("1000000000"), "EUR", "at_least", None, None, None)],
    ),
    "range-to": (
        "$5 million to $6 million",
        [("$5 million to $6 million", None, "USD", None, D("5000000"), D("6000000"), None)],
    ),
    "range-dash": (
        "$5-6 million",
        [("$5-6 million", None, "USD", None, D("5000000"), D("6000000"), None)],
    ),
    "range-between": (
        "between $2 billion and $3 billion",
        [
            (
                "between $2 billion and $3 billion",
                None,
                "USD",
                None,
                D("2000000000"),
                D("3000000000"),
                None,
            )
        ],
    ),
    "range-suffix": (
        "5-6 billion yuan",
        [("5-6 billion yuan", None, "CNY", None, D("5000000000"), D("6000000000"), None)],
    ),
    "range-between-suffix": (
        "between 2 and 3 billion euros",
        [
            (
                "between 2 and 3 billion euros",
                None,
                "EUR",
                None,
                D("2000000000"),
                D("3000000000"),
                None,
            )
        ],
    ),
    "range-no-borrow": (
        "$500,000 to $1 million",
        [("$500,000 to $1 million", None, "USD", None, D("500000"), D("1000000"), None)],
    ),
    "a-share": ("$70 a share", [("$70 a share", D("70"), "USD", None, None, None, "share")]),
    "a-year-earlier": (
        "$70 a year earlier",
        [("$70", D("70"), "USD", None, None, None, None)],
    ),
    "per-share": (
        "$2.75 per share",
        [("$2.75 per share", D("2.75"), "USD", None, None, None, "share")],
    ),
    "yuan-per-capita": (
        "51,853 yuan per capita",
        [("51,853 yuan per capita", D("51853"), "CNY", None, None, None, "capita")],
    ),
    # A lone "dollars" names no country's dollar: see test_money_world for the open currency.
    "written": (
        "U.S. firms paid three billion dollars",
        [("three billion dollars", D("3000000000"), "USD", None, None, None, None)],
    ),
    "written-half": (
        "half a million euros",
        [("half a million euros", D("500000"), "EUR", None, None, None, None)],
    ),
    "adjective": (
        "a 10-billion-yuan plant",
        [("10-billion-yuan", D("10000000000"), "CNY", None, None, None, None)],
    ),
    "us-dollars-words": (
        "about 1.8 trillion U.S. dollars",
        [
            (
                "about 1.8 trillion U.S. dollars",
                D("1800000000000"),
                "USD",
                "approximately",
                None,
                None,
                None,
            )
        ],
    ),
}


CASES |= {
    # a hyphen between a tens word and a units word makes one number, not a range
    "compound-number-word": (
        "It was worth twenty-five thousand yuan.",
        [("twenty-five thousand yuan", D("25000"), "CNY", None, None, None, None)],
    ),
    # "five point two billion": the whole spoken decimal, never its last word alone ("two
    # billion dollars" read out of it was a wrong amount)
    "spoken-decimal": (
        "Revenue was five point two billion dollars.",
        [("five point two billion dollars", D("5200000000"), "USD", None, None, None, None)],
    ),
    # a currency's singular as an adjective after a multiplier ("a 4.2 trillion shilling budget",
    # "a 500 million Swiss franc bond"); with no multiplier it is no amount ("a 50 peso coin")
    # a plural fraction is a numeral only before "of a": "the first three quarters to 5.28
    # trillion yuan" is a span of time and a level, no range from 0.75 trillion
    "plural-fraction-of-a": (
        "three quarters of a billion dollars",
        [("three quarters of a billion dollars", D("750000000"), "USD", None, None, None, None)],
    ),
    "quarters-before-to": (
        "fell in the first three quarters to 5.28 trillion yuan",
        [("5.28 trillion yuan", D("5280000000000"), "CNY", None, None, None, None)],
    ),
    "singular-after-multiplier": (
        "Zurich Re sold a 500 million Swiss franc bond.",
        [("500 million Swiss franc", D("500000000"), "CHF", None, None, None, None)],
    ),
    "singular-without-multiplier": ("a 50 peso coin", []),
    "range-of-number-words": (
        "Prices ran twenty to thirty thousand yuan.",
        [("twenty to thirty thousand yuan", None, "CNY", None, D("20000"), D("30000"), None)],
    ),
    # a currency before a list's first amount is that amount's, not the list's
    "currency-before-list": (
        "They raised USD 100 and 200 EUR.",
        [
            ("USD 100", D("100"), "USD", None, None, None, None),
            ("200 EUR", D("200"), "EUR", None, None, None, None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_money_forms(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert [row(m) for m in money(nlp, text)] == expected


DECOYS = {
    "hectares": "533,333 hectares of farmland",
    "mu": "8 million mu of grain",
    "tons": "3.43 million tons of steel",
    "teu": "1.2 million TEUs",
    "kwh": "45 billion kilowatt-hours",
    "year": "in 2023 output rose",
    "top100": "among the Top 100 firms",
    "g20": "at the G20 summit",
    "5g": "5G base stations",
    "covid": "after COVID-19",
    "ordinal": "the 14th Five-Year Plan",
    "count": "795 little giant companies and 94,000 enterprises",
    "per-10000": "61.5 per 10,000 people",
    "pm": "at 5 p.m. on Monday",
}


@pytest.mark.parametrize("text", DECOYS.values(), ids=DECOYS.keys())
def test_money_decoys_are_not_money(nlp: Language, text: str) -> None:
    assert money(nlp, text) == []


def test_money_conversion_points_at_source(nlp: Language) -> None:
    text = "Transactions hit 150 billion yuan ($20.9 billion) last year."
    first, second = money(nlp, text)
    assert (first.amount, first.currency, first.equivalent_of) == (D("150000000000"), "CNY", None)
    assert (second.amount, second.currency, second.equivalent_of) == (
        D("20900000000"),
        "USD",
        first.id,
    )


def test_money_conversion_at_the_end_of_a_line_is_no_table_header(nlp: Language) -> None:
    # A headline ends without a full stop; "(100 million yuan)" alone on its line is a header.
    text = "Textile sales hit 150 billion yuan ($20.9 billion)\n\nThe city said so."
    first, second = money(nlp, text)
    assert (first.text, first.amount, first.currency) == (
        "150 billion yuan",
        D("150000000000"),
        "CNY",
    )
    assert (second.text, second.amount, second.currency, second.equivalent_of) == (
        "$20.9 billion",
        D("20900000000"),
        "USD",
        first.id,
    )


def test_money_conversion_with_approximator(nlp: Language) -> None:
    text = "Revenue was 12.82 trillion yuan (about 1.8 trillion U.S. dollars)."
    first, second = money(nlp, text)
    assert second.text == "about 1.8 trillion U.S. dollars"
    assert (second.qualifier, second.equivalent_of) == ("approximately", first.id)


def test_money_ambiguous_yen_symbol_is_recorded_not_guessed(nlp: Language) -> None:
    (m,) = money(nlp, "Sales reached ¥1.5 trillion.")
    assert (m.currency, m.currency_candidates) == (None, ["CNY", "JPY"])


def test_money_bare_dollar_follows_article_currency(nlp: Language) -> None:
    text = "Canada's biggest lender, based in Toronto, said Canadian profit rose to $2.1 billion."
    (m,) = money(nlp, text)
    assert m.currency == "CAD"


def test_money_change_from_to_is_two_amounts(nlp: Language) -> None:
    text = "Revenue rose from $5 million to $6 million."
    assert [(m.text, m.amount) for m in money(nlp, text)] == [
        ("$5 million", D("5000000")),
        ("$6 million", D("6000000")),
    ]


def test_money_table_unit_header_scales_its_cells(nlp: Language) -> None:
    text = (
        "GDP by sector\n(100 million yuan)\n\nItem          2022        2023\n"
        "GDP           14850.82    15456.19\nGrowth        4.1%        5.2%\n\n"
        "Output rose 5 percent to 150 billion yuan.\n"
    )
    assert [(m.text, m.amount, m.currency, m.source.pattern) for m in money(nlp, text)] == [
        ("14850.82", D("1485082000000"), "CNY", "money.table.cell"),
        ("15456.19", D("1545619000000"), "CNY", "money.table.cell"),
        ("150 billion yuan", D("150000000000"), "CNY", "money.suffix"),
    ]


def test_money_table_prefix_unit_header(nlp: Language) -> None:
    text = "Segment revenue (US$ million)\nCloud        1,204.5\nDevices      310\n"
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == [
        ("1,204.5", D("1204500000"), "USD"),
        ("310", D("310000000"), "USD"),
    ]


def test_money_unit_in_running_text_is_not_a_header(nlp: Language) -> None:
    text = "Revenue was 14850.82 (100 million yuan) last year, officials said.\nItem    12.5\n"
    assert [m.source.pattern for m in money(nlp, text)] == ["money.suffix"]


def test_money_list_shares_its_currency(nlp: Language) -> None:
    text = "Revenue and profit reached 1.2 billion and 0.3 billion yuan, respectively."
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == [
        ("1.2 billion", D("1200000000"), "CNY"),
        ("0.3 billion yuan", D("300000000"), "CNY"),
    ]


def test_money_list_borrows_the_last_multiplier(nlp: Language) -> None:
    text = "Budgets of 5, 6 and 7 billion yuan were set."
    assert [(m.text, m.amount) for m in money(nlp, text)] == [
        ("5", D("5000000000")),
        ("6", D("6000000000")),
        ("7 billion yuan", D("7000000000")),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eskom borrowed R12.5 billion.", [("R12.5 billion", D("12500000000"), "ZAR")]),
        ("a fee of R1,200", [("R1,200", D("1200"), "ZAR")]),
        ("the R2 line", []),
        ("R&D spending", []),
        (
            "The U.S. spent two and a half billion dollars",
            [("two and a half billion dollars", D("2500000000"), "USD")],
        ),
        ("KRW 1.2 trillion", [("KRW 1.2 trillion", D("1200000000000"), "KRW")]),
        ("1.2 trillion won", [("1.2 trillion won", D("1200000000000"), "KRW")]),
        ("R$3.4 billion", [("R$3.4 billion", D("3400000000"), "BRL")]),
        ("CHF 500 million", [("CHF 500 million", D("500000000"), "CHF")]),
        ("NZ$1.1bn", [("NZ$1.1bn", D("1100000000"), "NZD")]),
        ("Rp 2.5 trillion", [("Rp 2.5 trillion", D("2500000000000"), "IDR")]),
        ("$1.2B", [("$1.2B", D("1200000000"), "USD")]),
        ("10 million Swiss francs", [("10 million Swiss francs", D("10000000"), "CHF")]),
    ],
)
def test_money_more_currencies(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOP 1.2 billion", ("MOP 1.2 billion", D("1200000000"), "MOP", None)),
        ("18 billion patacas", ("18 billion patacas", D("18000000000"), "MOP", None)),
        ("2 billion taka", ("2 billion taka", D("2000000000"), "BDT", None)),
        ("12 billion Mexican pesos", ("12 billion Mexican pesos", D("12000000000"), "MXN", None)),
        ("15 fils", ("15 fils", D("0.15"), "AED", None)),
        ("$2 per gigabyte", ("$2 per gigabyte", D("2"), "USD", "gigabyte")),
        ("1,420 patacas a night", ("1,420 patacas a night", D("1420"), "MOP", "night")),
        # commodity quotes abbreviate their units after a slash
        ("$1,200/oz", ("$1,200/oz", D("1200"), "USD", "ounce")),
        ("$80/bbl", ("$80/bbl", D("80"), "USD", "barrel")),
        ("$9,000/mt", ("$9,000/mt", D("9000"), "USD", "ton")),
        ("$3.5/MMBtu", ("$3.5/MMBtu", D("3.5"), "USD", "million_btu")),
        ("$2.10/lb", ("$2.10/lb", D("2.10"), "USD", "pound")),
        (
            "20 million yuan per kilometre",
            ("20 million yuan per kilometre", D("20000000"), "CNY", "kilometer"),
        ),
    ],
)
def test_money_iso_names_and_codes(nlp: Language, text: str, expected: tuple[object, ...]) -> None:
    ((m),) = money(nlp, text)
    assert (m.text, m.amount, m.currency, m.per) == expected


@pytest.mark.parametrize(
    "text", ["TOP 100 firms", "AMD 5 billion chips", "5 billion in real terms", "5 per cent"]
)
def test_money_iso_words_that_are_not_money(nlp: Language, text: str) -> None:
    assert money(nlp, text) == []


def test_money_table_figure_shaped_like_a_year(nlp: Language) -> None:
    text = "GDP by sector\n(100 million yuan)\nItem        2023\nTertiary    2070.73\n"
    assert [(m.text, m.amount) for m in money(nlp, text)] == [("2070.73", D("207073000000"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost 12 000 US dollars.", [("12 000 US dollars", D("12000"), "USD")]),
        ("It cost 12\u00a0000 US dollars.", [("12\u00a0000 US dollars", D("12000"), "USD")]),
        ("It cost 12\u2009000 US dollars.", [("12\u2009000 US dollars", D("12000"), "USD")]),
        ("It cost 12\u202f000 US dollars.", [("12\u202f000 US dollars", D("12000"), "USD")]),
        ("It cost $12 000.", [("$12 000", D("12000"), "USD")]),
        ("It cost 1 234.5 million euros.", [("1 234.5 million euros", D("1234500000"), "EUR")]),
        ("a fee of 3 450 000 yuan", [("3 450 000 yuan", D("3450000"), "CNY")]),
        ("In 2023 500 million yuan was spent.", [("500 million yuan", D("500000000"), "CNY")]),
    ],
    ids=["space", "nbsp", "thin", "narrow-nbsp", "prefix", "decimal-million", "two-groups", "year"],
)
def test_money_space_grouped_thousands(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a loss of -$5 million", [("-$5 million", D("-5000000"), "USD")]),
        ("a loss of \u2212$5 million", [("\u2212$5 million", D("-5000000"), "USD")]),
        ("a loss of $-5 million", [("$-5 million", D("-5000000"), "USD")]),
        ("a loss of US$-1.2bn", [("US$-1.2bn", D("-1200000000"), "USD")]),
        ("net cash of -5 million euros", [("-5 million euros", D("-5000000"), "EUR")]),
        ("costs - $5 million in fees", [("$5 million", D("5000000"), "USD")]),
    ],
    ids=["dash-before-symbol", "minus-sign", "dash-after-symbol", "code", "suffix",
         "spaced-dash"],
)  # fmt: skip
def test_money_negative_amounts(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its shares edged up to $5.20 on Monday.", [("$5.20", None)]),
        ("Grants of up to $2 million are available.", [("up to $2 million", "at_most")]),
    ],
    ids=["edged", "grants-of-up-to"],
)
def test_money_up_to_after_a_verb_is_its_particle(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(m.text, m.qualifier) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund bought 4 million Peso Foods SA shares.", []),
        ("She sold 250,000 Rand Copper Holdings Ltd shares.", []),
        ("Each ticket costs 90 Krona Ferry AB said.", []),
        # near-misses: the currency itself, before a name that is no company's
        ("He paid 40 Krona at the gate.", [("40 Krona", "SEK")]),
        ("It cost 3 million Rand in Cape Town.", [("3 million Rand", "ZAR")]),
    ],
    ids=["peso-sa", "rand-ltd", "krona-ab", "krona-alone", "rand-place"],
)
def test_money_currency_word_opening_a_company_name(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.currency) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wire desks' abbreviations: dlrs, cts, stg
        (
            "The miner earned 4.8 mln dlrs, or 22 cts a share, in the year.",
            [("4.8 mln dlrs", D("4800000"), "USD"), ("22 cts a share", D("0.22"), "USD")],
        ),
        ("Its debt stands at 3 bln dlrs.", [("3 bln dlrs", D("3000000000"), "USD")]),
        ("a bid worth 640,000 dlrs", [("640,000 dlrs", D("640000"), "USD")]),
        (
            "The issue raised 250 mln Canadian dlrs.",
            [("250 mln Canadian dlrs", D("250000000"), "CAD")],
        ),
        ("a 75 mln N.Z. dlrs note", [("75 mln N.Z. dlrs", D("75000000"), "NZD")]),
        ("raised 900 mln H.K. dlrs", [("900 mln H.K. dlrs", D("900000000"), "HKD")]),
        ("an 80 mln U.S. dlr facility", [("80 mln U.S. dlr", D("80000000"), "USD")]),
        ("The bank injected 410 mln stg.", [("410 mln stg", D("410000000"), "GBP")]),
        ("FTSE futures cost him 90 stg", [("90 stg", D("90"), "GBP")]),
        ("He owes me 20 quid.", [("20 quid", D("20"), "GBP")]),
        ("It costs a quid.", [("a quid", D("1"), "GBP")]),
        ("a 300 mln Aussie dollar bond", [("300 mln Aussie dollar", D("300000000"), "AUD")]),
        ("2 billion Kiwi dollars", [("2 billion Kiwi dollars", D("2000000000"), "NZD")]),
        ("45 million NZ dollars", [("45 million NZ dollars", D("45000000"), "NZD")]),
        # near misses: the abbreviations without a figure
        ("Cts and stg were quoted lower.", []),
        ("the stg market and the dlr index", []),
    ],
    ids=["dlrs-cts", "bln-dlrs", "grouped-dlrs", "canadian-dlrs", "nz-dlrs", "hk-dlrs", "us-dlr", "stg",
         "stg-bare-figure", "quid", "a-quid", "aussie", "kiwi", "nz", "no-figure", "words-alone"],
)  # fmt: skip
def test_money_wire_abbreviations(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DM 450 million in subsidies", [("DM 450 million", D("450000000"), "DEM")]),
        ("a DM1.2bn order", [("DM1.2bn", D("1200000000"), "DEM")]),
        ("a 300 million DM credit", [("300 million DM", D("300000000"), "DEM")]),
        ("Sfr 85 million", [("Sfr 85 million", D("85000000"), "CHF")]),
        ("FFr4.5bn of assets", [("FFr4.5bn", D("4500000000"), "FRF")]),
        ("BFr 12bn", [("BFr 12bn", D("12000000000"), "BEF")]),
        ("LFr 900m", [("LFr 900m", D("900000000"), "LUF")]),
        ("Dfl 40m", [("Dfl 40m", D("40000000"), "NLG")]),
        ("Pta150bn", [("Pta150bn", D("150000000000"), "ESP")]),
        ("IR£3m", [("IR£3m", D("3000000"), "IEP")]),
        ("SKr 2.5bn and NKr 900m", [("SKr 2.5bn", D("2500000000"), "SEK"),
                                     ("NKr 900m", D("900000000"), "NOK")]),
        ("DKr 40m", [("DKr 40m", D("40000000"), "DKK")]),
        # the withdrawn ISO codes, before or after the figure
        ("DEM 25 million", [("DEM 25 million", D("25000000"), "DEM")]),
        ("worth 7 billion FRF", [("7 billion FRF", D("7000000000"), "FRF")]),
        ("ITL 800 billion", [("ITL 800 billion", D("800000000000"), "ITL")]),
        # near misses: a direct message, a DM with a figure but no amount
        ("DM me the figures", []),
        ("Send a DM to the desk and SIT 5 minutes", []),
        ("a 5 DM message", []),
        ("Reach LVL 5 to unlock it", []),
        ("The board uses ESP32 chips.", []),
    ],
    ids=["dm", "dm-glued", "dm-after-mult", "sfr", "ffr", "bfr", "lfr", "dfl", "pta", "irish",
         "skr-nkr", "dkr", "dem-code", "frf-code", "itl-code", "dm-message", "sit", "dm-no-mult",
         "lvl", "esp32"],
)  # fmt: skip
def test_money_pre_euro_abbreviations(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a salary of $1.5 mil", [("$1.5 mil", D("1500000"), "USD")]),
        ("Sold for $3 mil.", [("$3 mil", D("3000000"), "USD")]),
        ("revenue of EUR 12.5 mio", [("EUR 12.5 mio", D("12500000"), "EUR")]),
        ("CHF 4 Mio. in fees", [("CHF 4 Mio", D("4000000"), "CHF")]),
        # near misses: "mil" that is no multiplier
        ("mil-spec parts cost $40 each", [("$40", D("40"), "USD")]),
        ("two Mil Mi-8 helicopters", []),
        ("a film 5 mil thick", []),
    ],
    ids=["mil", "mil-dot", "mio", "mio-dot", "mil-spec", "mil-helicopter", "mil-thickness"],
)
def test_money_mil_and_mio(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stock closed at 35-3/4 dlrs.", [("35-3/4 dlrs", D("35.75"), "USD")]),
        ("It closed at 12 1/8 dlrs.", [("12 1/8 dlrs", D("12.125"), "USD")]),
        ("a bid of $41-1/2 a share", [("$41-1/2 a share", D("41.5"), "USD")]),
        ("tickets at 8½ dollars", [("8½ dollars", D("8.5"), "USD")]),
        ("a £2¼ billion deal", [("£2¼ billion", D("2250000000"), "GBP")]),
        ("The note traded at 99-5/32 dlrs", [("99-5/32 dlrs", D("99.15625"), "USD")]),
        ("Shares fell 3½p to 152½p.", [("3½p", D("0.035"), "GBP"), ("152½p", D("1.525"), "GBP")]),
        # a change, then the new price: no range from the change to the price
        ("Ford rose 1/2 to 35-3/4 dlrs.", [("35-3/4 dlrs", D("35.75"), "USD")]),
        # near misses: a range, a date, an address, a ratio
        ("Analysts expect 40-1/2 to 42 dlrs a share.",
         [("40-1/2 to 42 dlrs a share", None, "USD")]),
        ("Paid on 7/12, $40 in all", [("$40", D("40"), "USD")]),
        ("He lives at 12 1/2 Elm Street.", []),
        ("1/2 of the staff", []),
        ("a 4/4 dlrs split", []),
        ("It opens at 4½ p.m. daily.", []),
    ],
    ids=["mixed-hyphen", "mixed-space", "prefix-per-share", "vulgar", "vulgar-mult",
         "thirty-seconds", "pence", "change-then-price", "range",
         "date", "address", "ratio", "improper", "pm"],
)  # fmt: skip
def test_money_fractions(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change, then the new price: the ends too far apart to be one range
        ("The shares fell 2 to 31 dollars.", [("31 dollars", D("31"), None, None)]),
        ("It gained by 3 to 48 dollars.", [("48 dollars", D("48"), None, None)]),
        # near misses: ranges, the low end taking the high end's multiplier
        ("Revenue rose 5 to 6 billion yuan.",
         [("5 to 6 billion yuan", None, D("5000000000"), D("6000000000"))]),
        ("Revenue grew by 5 to 6 billion yuan.",
         [("5 to 6 billion yuan", None, D("5000000000"), D("6000000000"))]),
        ("The fee rose 20 to 30 dollars.", [("20 to 30 dollars", None, D("20"), D("30"))]),
        ("It expects the fee to rise 2 to 15 dollars.",
         [("2 to 15 dollars", None, D("2"), D("15"))]),
    ],
    ids=["fell", "gained-by", "rose-range-mult", "by-range-mult", "close-ends", "outlook"],
)  # fmt: skip
def test_money_change_verb_then_level(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(m.text, m.amount, m.min, m.max) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost a couple hundred dollars.", [("a couple hundred dollars", D("200"))]),
        ("a couple of million euros", [("a couple of million euros", D("2000000"))]),
        ("a couple thousand pounds", [("a couple thousand pounds", D("2000"))]),
        ("a couple billion dollars", [("a couple billion dollars", D("2000000000"))]),
        (
            "a couple hundred thousand dollars",
            [("a couple hundred thousand dollars", D("200000"))],
        ),
        # near misses: a couple without a multiplier is no count of money
        ("a couple of dollars", []),
        ("The couple paid 300 dollars.", [("300 dollars", D("300"))]),
        ("a couple of hundred staff", []),
    ],
    ids=[
        "hundred",
        "of-million",
        "thousand",
        "billion",
        "hundred-thousand",
        "no-mult",
        "the-couple",
        "no-currency",
    ],
)
def test_money_a_couple(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(m.text, m.amount) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "bids of 1-1/2 and 2 billion dollars",
            [("1-1/2", D("1500000000")), ("2 billion dollars", D("2000000000"))],
        ),
        ("quotes of 8½ and 9 dollars", [("8½", D("8.5")), ("9 dollars", D("9"))]),
    ],
    ids=["mixed", "vulgar"],
)
def test_money_list_of_fractions(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(m.text, m.amount) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It paid 1.20 dlrs per shr.", [("1.20 dlrs per shr", "share")]),
        ("a payout of 15 cts a shr", [("15 cts a shr", "share")]),
        # near miss: the abbreviation with no amount before it
        ("Shr profit rose.", []),
    ],
    ids=["per-shr", "a-shr", "no-amount"],
)
def test_money_per_shr(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(m.text, m.per) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cost is 1 British pound.", [("1 British pound", D("1"), "GBP")]),
        ("It cost 5 UK pounds.", [("5 UK pounds", D("5"), "GBP")]),
        # near-miss: a bare singular pound after a digit is a weight
        ("It weighs 1 pound.", []),
    ],
    ids=["british-pound", "uk-pounds", "weight"],
)
def test_money_british_pound_named(
    nlp: Language, text: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert [(m.text, m.amount, m.currency) for m in money(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It spent a half-billion dollars.", [("a half-billion dollars", "500000000", "USD")]),
        ("a half-million-dollar condo", [("a half-million-dollar", "500000", "USD")]),
        ("a half-billion euros for the plant", [("a half-billion euros", "500000000", "EUR")]),
        # near misses: a hyphen before no multiplier, or no currency
        ("the half-time score", []),
        ("a half-billion people", []),
        ("a half-hour talk cost nothing", []),
    ],
    ids=["half-billion", "half-million-adjective", "euros", "half-time", "people", "half-hour"],
)
def test_money_half_joined_to_its_multiplier(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [
        (m.text, str(m.amount), m.currency)
        for m in extractor.extract(text, nlp=nlp).mentions
        if isinstance(m, MoneyMention)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A coffee is 2 euros 40.", [("2 euros 40", "2.4", "EUR")]),
        ("The fare was one dollar fifty", [("one dollar fifty", "1.5", "USD")]),
        ("a pint at 4 pounds 85", [("4 pounds 85", "4.85", "GBP")]),
        ("a pass for six dollars seventy-five!", [("six dollars seventy-five", "6.75", "USD")]),
        # near misses: a number that counts something else, a decimal whole, a year, cents
        ("It cost 2 euros 40 people said.", [("2 euros", "2", "EUR")]),
        ("I paid 9 dollars 12 times", [("9 dollars", "9", "USD")]),
        ("a 2.5 dollars 40 tag", [("2.5 dollars", "2.5", "USD")]),
        ("It was 5 dollars 2019.", [("5 dollars", "5", "USD")]),
        ("It was 5 cents 20.", [("5 cents", "0.05", "USD")]),
    ],
    ids=[
        "euros-40",
        "dollar-fifty",
        "pounds-85",
        "words",
        "people",
        "times",
        "decimal",
        "year",
        "cents",
    ],
)
def test_money_minor_units_without_their_word(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [
        (m.text, str(m.amount), m.currency)
        for m in extractor.extract(text, nlp=nlp).mentions
        if isinstance(m, MoneyMention)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets cost 20 dollars or more.", [("20 dollars or more", "20", "at_least")]),
        ("Rooms go for $90 or so.", [("$90 or so", "90", "approximately")]),
        ("a fee of €12 or less", [("€12 or less", "12", "at_most")]),
        ("bids of $3 billion or higher", [("$3 billion or higher", "3000000000", "at_least")]),
        ("rents of $800 a month or more", [("$800 a month or more", "800", "at_least")]),
        ("about $50 or so", [("about $50 or so", "50", "approximately")]),
        # near misses: a comparison that goes on, another amount, a word after "or"
        ("It paid $5 or more than half.", [("$5", "5", None)]),
        ("It was $5 or $6.", [("$5", "5", None), ("$6", "6", None)]),
        ("It cost $5 or nothing.", [("$5", "5", None)]),
        ("150 yuan, or more for some", [("150 yuan", "150", None)]),
    ],
    ids=[
        "or-more",
        "or-so",
        "or-less",
        "or-higher",
        "per-then-or-more",
        "both-sides",
        "than",
        "or-amount",
        "or-nothing",
        "comma-or",
    ],
)
def test_money_qualifier_after_the_amount(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [
        (m.text, str(m.amount), m.qualifier)
        for m in extractor.extract(text, nlp=nlp).mentions
        if isinstance(m, MoneyMention)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Costs rose to HK$\t5 million.", {"HKD"}),  # a tab between marker and figure
        ("The fee was a$\n5 a head.", {"AUD"}),  # a line break: this once raised KeyError
        ("It paid U.S. $ 5 million.", {"USD"}),
        ("US$ 7 and S$9", {"USD", "SGD"}),
        ("It paid $5 million.", set()),  # near-miss: a bare dollar names no local one
    ],
)
def test_money_dollar_markers_before_any_white_space(text: str, codes: set[str]) -> None:
    assert currencies.marked(text) == frozenset(codes)


def test_money_marker_before_a_line_break_leaves_the_document_whole(nlp: Language) -> None:
    # a fuzz document with "a$" at a line's end failed whole (E017) before the fix
    text = (
        "Fees in Sydney\n\nThe fee rose to a$\n5.2 million, and HK$\t5 million went to Hong Kong."
    )
    found = [
        (m.text, str(m.amount), m.currency)
        for m in extractor.extract(text, nlp=nlp).mentions
        if isinstance(m, MoneyMention)
    ]
    assert found == [("a$\n5.2 million", "5200000", "AUD"), ("HK$\t5 million", "5000000", "HKD")]


# money-32: "pounds" as a weight ---------------------------------------------------------------

MONEY32_WEIGHT_CASES = [
    # a weight: a weighing verb before, "of" a thing after, a weight unit near, "heavier" after
    ("He weighs 180 pounds.", []),
    ("The satellite weighs about 2,000 pounds.", []),
    ("She lost 10 pounds in a month.", []),
    ("Add two pounds of flour to the bowl.", []),
    ("Police seized 500 pounds of cocaine.", []),
    ("Bags weighing 23 kilograms or 50 pounds are allowed.", []),
    ("He is thirty pounds heavier now.", []),
    # near misses: money
    ("The ticket was 10 pounds.", [("10 pounds", "10", "GBP")]),
    ("He was fined 100 pounds.", [("100 pounds", "100", "GBP")]),
    ("Rents rose 50 pounds a month.", [("50 pounds a month", "50", "GBP")]),
    ("It spent 100 pounds of taxpayers' money.", [("100 pounds", "100", "GBP")]),
    ("The firm lost 5 million pounds.", [("5 million pounds", "5000000", "GBP")]),
    ("They bought 2 million pounds of shares.", [("2 million pounds", "2000000", "GBP")]),
    # near misses: "lost" in a British story, a weight unit that is no alternative of the amount
    ("The average UK household lost 1,200 pounds.", [("1,200 pounds", "1200", "GBP")]),
    ("In London a 2 kg bag costs 5 pounds.", [("5 pounds", "5", "GBP")]),
    ("Wages gained 20 pounds a week.", [("20 pounds a week", "20", "GBP")]),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_WEIGHT_CASES)
def test_money32_pounds_as_weight(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(m.text, str(m.amount), m.currency) for m in money(nlp, text)]
    assert found == expected


# money-32: apostrophes between thousands, as Switzerland writes them -------------------------

MONEY32_APOSTROPHE_CASES = [
    ("The watch sells for CHF 1'250.", [("CHF 1'250", "1250", "CHF")]),
    ("A fee of CHF 1'250.50 applies.", [("CHF 1'250.50", "1250.5", "CHF")]),
    ("The bonus was USD 1'000'000.", [("USD 1'000'000", "1000000", "USD")]),
    ("It cost CHF 1\u2019250.", [("CHF 1\u2019250", "1250", "CHF")]),
    ("In Zurich, dinner cost Fr. 1'250.", [("Fr. 1'250", "1250", "CHF")]),
    # near misses: no group of three digits after the apostrophe, a local letter without one
    ("He is 5'10\" tall and paid CHF 20.", [("CHF 20", "20", "CHF")]),
    ("The '90s boom cost $5 billion.", [("$5 billion", "5000000000", "USD")]),
    ("In Zurich, Fr. 5 is enough.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_APOSTROPHE_CASES)
def test_money32_apostrophe_thousands(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(m.text, str(m.amount), m.currency) for m in money(nlp, text)]
    assert found == expected


# money-32: "grand", a thousand dollars (or pounds in a British story) -------------------------

MONEY32_GRAND_CASES = [
    ("It costs 5 grand.", [("5 grand", "5000", "USD")]),
    ("He paid ten grand for the car.", [("ten grand", "10000", "USD")]),
    ("It cost a grand.", [("a grand", "1000", "USD")]),
    ("She earns 5 grand a month.", [("5 grand a month", "5000", "USD")]),
    ("In London he paid 10 grand for it.", [("10 grand", "10000", "GBP")]),
    # near misses: an adjective before its noun, a name
    ("He won 3 grand slams.", []),
    ("It was a grand total of $5.", [("$5", "5", "USD")]),
    ("Two grand pianos were sold.", []),
    ("The 2 Grand Prix races were cancelled.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_GRAND_CASES)
def test_money32_grand(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(m.text, str(m.amount), m.currency) for m in money(nlp, text)]
    assert found == expected


# money-32: "-plus" and "+" glued to the amount ------------------------------------------------

MONEY32_PLUS_CASES = [
    ("A $5 billion-plus deal.", [("$5 billion-plus", "5000000000", "more_than")]),
    ("Deals worth $5bn+ were signed.", [("$5bn+", "5000000000", "more_than")]),
    ("It cost 5 billion euros-plus.", [("5 billion euros-plus", "5000000000", "more_than")]),
    # near misses: a sum, a plus sign after a space, a word after the hyphen
    ("It cost $5+3 in all.", [("$5", "5", None)]),
    ("It cost $5 + tax.", [("$5", "5", None)]),
    ("A $5-plusher toy.", [("$5", "5", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_PLUS_CASES)
def test_money32_plus_glued_to_the_amount(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(m.text, str(m.amount), m.qualifier) for m in money(nlp, text)]
    assert found == expected


# money-32: "a hundred" before a multiplier or a unit -------------------------------------------

MONEY32_A_HUNDRED_CASES = [
    ("They spent a hundred million dollars.", [("a hundred million dollars", "100000000", "USD")]),
    ("It cost a hundred and twenty dollars.", [("a hundred and twenty dollars", "120", "USD")]),
    ("It raised a hundred thousand euros.", [("a hundred thousand euros", "100000", "EUR")]),
    # near misses: no currency after it; "one hundred" as before
    ("A hundred people came.", []),
    ("It cost one hundred million dollars.", [("one hundred million dollars", "100000000", "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_A_HUNDRED_CASES)
def test_money32_a_hundred(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(m.text, str(m.amount), m.currency) for m in money(nlp, text)]
    assert found == expected


def test_money32_plus_or_minus_is_no_sign(nlp: Language) -> None:
    found = [(m.text, str(m.amount)) for m in money(nlp, "a margin of plus or minus $5")]
    assert found == [("$5", "5")]
    assert [(m.text, str(m.amount)) for m in money(nlp, "It was minus $5.")] == [("minus $5", "-5")]


MONEY32_DOLLARS_AND_CENTS_CASES = [
    ("It cost $20 and 43c.", [("$20 and 43c", "20.43", "USD")]),
    ("He paid $5 and 20 cents.", [("$5 and 20 cents", "5.2", "USD")]),
    # near misses: no whole number of cents below a dollar, cents after a price with cents
    ("It cost $5 and 120 cents.", [("$5", "5", "USD"), ("120 cents", "1.2", "USD")]),
    ("It cost $5.50 and 20 cents.", [("$5.50", "5.5", "USD"), ("20 cents", "0.2", "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_DOLLARS_AND_CENTS_CASES)
def test_money32_dollars_and_cents(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(m.text, str(m.amount), m.currency) for m in money(nlp, text)]
    assert found == expected


# money-32: a currency word before the number ---------------------------------------------------

MONEY32_WORD_BEFORE_CASES = [
    ("US dollars 5 million was raised.", [("US dollars 5 million", "5000000", "USD")]),
    ("Rupees 500 crore was spent.", [("Rupees 500 crore", "5000000000", "INR")]),
    ("He paid rupees 5,000 in cash.", [("rupees 5,000", "5000", "INR")]),
    (
        "Japanese yen 500 billion was allocated.",
        [("Japanese yen 500 billion", "500000000000", "JPY")],
    ),
    # near misses: no multiplier or separator, the currency word of an amount before it
    ("Euro 2024 was held in Germany.", []),
    ("The Euro 5 engine standard applies.", []),
    (
        "It raised 10 billion yuan 5 million of which went to banks.",
        [("10 billion yuan", "10000000000", "CNY")],
    ),
    ("The euro 1.2 percent rise surprised.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_WORD_BEFORE_CASES)
def test_money32_currency_word_before_the_number(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(m.text, str(m.amount), m.currency) for m in money(nlp, text)]
    assert found == expected


MONEY32_INLINE_ACCOUNTING_CASES = [
    ("The loss narrowed to $(0.12) per share.", [("$(0.12) per share", "-0.12", "USD")]),
    ("It posted a loss of $(2.5) million.", [("$(2.5) million", "-2500000", "USD")]),
    # near misses: a code before a bracketed note, a conversion in brackets
    ("See the CHF(3) note.", []),
    ("The loss was ($2.5 million).", [("$2.5 million", "2500000", "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_INLINE_ACCOUNTING_CASES)
def test_money32_brackets_after_the_symbol(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(m.text, str(m.amount), m.currency) for m in money(nlp, text)]
    assert found == expected
