"""MONEY and PERCENT as news outside the English-speaking wires writes them: multiplier
abbreviations in any case, symbols after the number, decimal commas, dotted and spaced
thousands, negative amounts, cents, small change, legacy currencies and the bare-dollar rules."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

import extractor
from extractor.records import MoneyMention, PercentMention

D = Decimal


def money(nlp: Language, text: str) -> list[tuple[object, ...]]:
    return [
        (m.text, m.amount, m.min, m.max, m.currency)
        for m in extractor.extract(text, nlp=nlp).mentions
        if isinstance(m, MoneyMention)
    ]


FORMS = {
    # multiplier abbreviations in any capitalization, a code or word after them
    "bln-code": (
        "reserves of 174 Bln CNY",
        [("174 Bln CNY", D("174000000000"), None, None, "CNY")],
    ),
    "trln-yuan": (
        "13 trln yuan of deposits",
        [("13 trln yuan", D("13000000000000"), None, None, "CNY")],
    ),
    "TRN-yen": ("a 4.5 TRN yen budget", [("4.5 TRN yen", D("4500000000000"), None, None, "JPY")]),
    "Mln-USD": ("raised 2 Mln USD", [("2 Mln USD", D("2000000"), None, None, "USD")]),
    "mln-rubles": ("fined 3.2 mln rubles", [("3.2 mln rubles", D("3200000"), None, None, "RUB")]),
    "Billion-Euros": (
        "1.5 Billion Euros",
        [("1.5 Billion Euros", D("1500000000"), None, None, "EUR")],
    ),
    # a currency glued to a bracket, full-width brackets, Chinese units
    "glued-bracket": (
        "income was 25,613 yuan(3,686 US dollars), up 5%",
        [
            ("25,613 yuan", D("25613"), None, None, "CNY"),
            ("3,686 US dollars", D("3686"), None, None, "USD"),
        ],
    ),
    "full-width": (
        "Sales hit 150亿元（$20.9 billion）in 2023.",
        [
            ("150亿元", D("15000000000"), None, None, "CNY"),
            ("$20.9 billion", D("20900000000"), None, None, "USD"),
        ],
    ),
    # ranges with the currency at both ends; "from X to Y" after a change verb stays two
    "range-twice": (
        "rewards of 100,000 yuan to 500,000 yuan",
        [("100,000 yuan to 500,000 yuan", None, D("100000"), D("500000"), "CNY")],
    ),
    "range-twice-dash": (
        "841,00 zł – 995,00 zł",
        [("841,00 zł – 995,00 zł", None, D("841"), D("995"), "PLN")],
    ),
    "range-prefix-twice": (
        "grants of $5,000 to $10,000",
        [("$5,000 to $10,000", None, D("5000"), D("10000"), "USD")],
    ),
    "change-from-to": (
        "Sales rose from 5 billion yuan to 7 billion yuan.",
        [
            ("5 billion yuan", D("5000000000"), None, None, "CNY"),
            ("7 billion yuan", D("7000000000"), None, None, "CNY"),
        ],
    ),
    "old-range-after-new": (
        "It raised its forecast to between €3.3 billion and €3.5 billion from €3.1 billion to €3.3 billion.",
        [
            (
                "between €3.3 billion and €3.5 billion",
                None,
                D("3300000000"),
                D("3500000000"),
                "EUR",
            ),
            ("€3.1 billion to €3.3 billion", None, D("3100000000"), D("3300000000"), "EUR"),
        ],
    ),
    # cents after a currency or a country's code; compound amounts
    "code-cents": ("a fee of SGD 54 cents", [("SGD 54 cents", D("0.54"), None, None, "SGD")]),
    "us-cent-sign": ("priced at US80¢", [("US80¢", D("0.8"), None, None, "USD")]),
    "hk-cents": ("a dividend of HK 75 cents", [("HK 75 cents", D("0.75"), None, None, "HKD")]),
    "dollars-cents": (
        "it costs 3 dollars 50 cents",
        [("3 dollars 50 cents", D("3.5"), None, None, "USD")],
    ),
    "words-cents": (
        "thirteen dollars and forty-five cents",
        [("thirteen dollars and forty-five cents", D("13.45"), None, None, "USD")],
    ),
    "pounds-pence": ("£2 and 50p a loaf", [("£2 and 50p", D("2.5"), None, None, "GBP")]),
    # negative amounts
    "minus-prefix": (
        "a loss of -$2.5 billion",
        [("-$2.5 billion", D("-2500000000"), None, None, "USD")],
    ),
    "minus-after-sign": ("Change: $-99.99", [("$-99.99", D("-99.99"), None, None, "USD")]),
    "minus-suffix": ("Saldo -15€", [("-15€", D("-15"), None, None, "EUR")]),
    "accounting": (
        "Net income    ($99.99)    $120.00",
        [("($99.99)", D("-99.99"), None, None, "USD"), ("$120.00", D("120"), None, None, "USD")],
    ),
    # legacy and other currencies, symbols
    "markka": (
        "a loan of 5 million markkaa",
        [("5 million markkaa", D("5000000"), None, None, "FIM")],
    ),
    "peseta": ("it cost 200 pesetas", [("200 pesetas", D("200"), None, None, "ESP")]),
    "guilders": (
        "30 million guilders",
        [("30 million guilders", D("30000000"), None, None, "NLG")],
    ),
    "deutsche-mark": (
        "1 billion Deutsche marks",
        [("1 billion Deutsche marks", D("1000000000"), None, None, "DEM")],
    ),
    "french-franc": ("500 French francs", [("500 French francs", D("500"), None, None, "FRF")]),
    "us-dollar-name": ("3 US dollar notes", [("3 US dollar", D("3"), None, None, "USD")]),
    "colon": ("₡5,000 fee", [("₡5,000", D("5000"), None, None, "CRC")]),
    "lari": ("₾20 fee", [("₾20", D("20"), None, None, "GEL")]),
    "hryvnia-sign": ("₴300 benefit", [("₴300", D("300"), None, None, "UAH")]),
    "tenge-sign": ("₸1,500 ticket", [("₸1,500", D("1500"), None, None, "KZT")]),
    "taka": ("৳500 crore", [("৳500 crore", D("5000000000"), None, None, "BDT")]),
    "mex-dollar": ("Mex$250 fare", [("Mex$250", D("250"), None, None, "MXN")]),
    "real": ("R$260,00 por mês", [("R$260,00", D("260"), None, None, "BRL")]),
    "yuan-char": ("售价99元", [("99元", D("99"), None, None, "CNY")]),
    "rmb-lower": (
        "rmb 5 billion in loans",
        [("rmb 5 billion", D("5000000000"), None, None, "CNY")],
    ),
    # small change and slang
    "a-penny": ("not a penny more", [("a penny", D("0.01"), None, None, None)]),
    "dimes": ("3 dimes", [("3 dimes", D("0.3"), None, None, "USD")]),
    "nickel": ("a nickel", [("a nickel", D("0.05"), None, None, "USD")]),
    "five-pence": ("five pence", [("five pence", D("0.05"), None, None, "GBP")]),
    "cent-sign": ("up 10¢", [("10¢", D("0.1"), None, None, "USD")]),
    "bucks": ("it cost 42 bucks", [("42 bucks", D("42"), None, None, "USD")]),
    # the sign or code after the number, glued or spaced
    "euro-after": ("only 20€", [("20€", D("20"), None, None, "EUR")]),
    "euro-after-spaced": ("only 10 €", [("10 €", D("10"), None, None, "EUR")]),
    "k-dollar": ("a 10k$ grant", [("10k$", D("10000"), None, None, "USD")]),
    "us-dollar-after": ("at 3.14US$", [("3.14US$", D("3.14"), None, None, "USD")]),
    "rs-after": ("20Rs each", [("20Rs", D("20"), None, None, "INR")]),
    "yen-char": ("3,500円", [("3,500円", D("3500"), None, None, "JPY")]),
    "rubles-abbr": ("419 руб.", [("419 руб.", D("419"), None, None, "RUB")]),
    "hryvnia": ("25 грн", [("25 грн", D("25"), None, None, "UAH")]),
    "zloty": ("94,99 zł", [("94,99 zł", D("94.99"), None, None, "PLN")]),
    "koruna": ("4 980 Kč", [("4 980 Kč", D("4980"), None, None, "CZK")]),
    "lei": ("99 LEI", [("99 LEI", D("99"), None, None, "RON")]),
    "lev": ("1 лв", [("1 лв", D("1"), None, None, "BGN")]),
    "egyptian-pound": ("42 LE", [("42 LE", D("42"), None, None, "EGP")]),
    "dong": ("200.000 đ", [("200.000 đ", D("200000"), None, None, "VND")]),
    "sgd-dollar": ("SGD$4.90", [("SGD$4.90", D("4.9"), None, None, "SGD")]),
    "jamaican": ("J$1,200", [("J$1,200", D("1200"), None, None, "JMD")]),
    # number formats decided by the number's shape
    "decimal-comma-after": ("5,90 €", [("5,90 €", D("5.9"), None, None, "EUR")]),
    "decimal-comma-before": ("€30,40", [("€30,40", D("30.4"), None, None, "EUR")]),
    "dots-and-comma": ("11.499,00 EUR", [("11.499,00 EUR", D("11499"), None, None, "EUR")]),
    "rupiah-dot": ("Rp 169.000", [("Rp 169.000", D("169000"), None, None, "IDR")]),
    "rupiah-dots": ("Rp 1.550.000", [("Rp 1.550.000", D("1550000"), None, None, "IDR")]),
    "space-comma": ("$1 298,00", [("$1 298,00", D("1298"), None, None, "USD")]),
    "space-ruble-sign": ("7 390 Р", [("7 390 Р", D("7390"), None, None, "RUB")]),
    "space-rubles": ("8 500 руб.", [("8 500 руб.", D("8500"), None, None, "RUB")]),
    "comma-dash": ("50,- Kč", [("50,- Kč", D("50"), None, None, "CZK")]),
    "nbsp": ("12\u00a0000 dollars", [("12\u00a0000 dollars", D("12000"), None, None, "USD")]),
    "thin-space": ("$12\u2009000", [("$12\u2009000", D("12000"), None, None, "USD")]),
    "space-decimal-million": (
        "1 234.5 million euros",
        [("1 234.5 million euros", D("1234500000"), None, None, "EUR")],
    ),
    "english-grouping-stays": ("1,234 yuan", [("1,234 yuan", D("1234"), None, None, "CNY")]),
    # "pound" in the singular is a currency only with a multiplier before it (an adjective)
    "pound-after-multiplier": (
        "booked a 1.2 billion pound impairment charge",
        [("1.2 billion pound", D("1200000000"), None, None, "GBP")],
    ),
    "pound-hyphenated": (
        "a 450-million-pound takeover",
        [("450-million-pound", D("450000000"), None, None, "GBP")],
    ),
    "pound-bn": ("a 2bn pound loan", [("2bn pound", D("2000000000"), None, None, "GBP")]),
    "pound-weight": ("a 10 pound bag of flour", []),
    "pound-of-weight": ("shipped 3 million pound of pork", []),
    # codes in lower case, as price lists and forums write them; not those that are words
    "usd-lower": ("it was 10 usd in total", [("10 usd", D("10"), None, None, "USD")]),
    "eur-lower-glued": ("paid 25eur at the door", [("25eur", D("25"), None, None, "EUR")]),
    "lower-code-before": ("paid eur 25 at the door", [("eur 25", D("25"), None, None, "EUR")]),
    "cad-lower-is-a-word": ("a cad 10 years on", []),
    "rub-lower-is-a-word": ("rub 2 drops on the skin", []),
    # "from X to Y" after a change: the start takes the end's currency, multiplier and unit
    "from-to-multiplier-once": (
        "Output climbed from 1.2 to 1.5 billion yuan.",
        [
            ("1.2", D("1200000000"), None, None, "CNY"),
            ("1.5 billion yuan", D("1500000000"), None, None, "CNY"),
        ],
    ),
    "from-to-pence": (
        "Its price fell from 80 to 65 pence.",
        [("80", D("0.8"), None, None, "GBP"), ("65 pence", D("0.65"), None, None, "GBP")],
    ),
    "from-to-each-its-own": (
        "Prices rose from $5 to $6.",
        [("$5", D("5"), None, None, "USD"), ("$6", D("6"), None, None, "USD")],
    ),
    # a market's central bank or stock index tells an ambiguous currency word
    "pesos-by-central-bank": (
        "Banxico said reserves rose by 10.5 billion pesos.",
        [("10.5 billion pesos", D("10500000000"), None, None, "MXN")],
    ),
    "euro-cent": ("a fee of 1 euro cent", [("1 euro cent", D("0.01"), None, None, "EUR")]),
    "egyptian-pound-prefix": (
        "investments of LE 12 billion",
        [("LE 12 billion", D("12000000000"), None, None, "EGP")],
    ),
    "from-years-no-money": ("From 2020 to 2023, sales doubled.", []),
    # thousands written out with their remainder; "three thousand" stays numeral + multiplier
    "thousand-and": (
        "a fee of one thousand and forty dollars",
        [("one thousand and forty dollars", D("1040"), None, None, "USD")],
    ),
    "thousand-hundreds": (
        "two thousand five hundred yuan",
        [("two thousand five hundred yuan", D("2500"), None, None, "CNY")],
    ),
    "thousand-comma": (
        "five thousand, five hundred yuan",
        [("five thousand, five hundred yuan", D("5500"), None, None, "CNY")],
    ),
    "a-thousand-and-one": (
        "a thousand and one dollars",
        [("a thousand and one dollars", D("1001"), None, None, "USD")],
    ),
    "thousand-multiplier": (
        "three thousand dollars",
        [("three thousand dollars", D("3000"), None, None, "USD")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), FORMS.values(), ids=FORMS.keys())
def test_money_world_forms(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert money(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "currency", "candidates"),
    [
        ("It cost 5 francs.", None, ["CHF", "XOF", "XAF", "FRF", "BEF"]),
        ("In Zurich, Swiss banks paid 5 million francs.", "CHF", []),
        ("In Toronto and Canada, shops charged 10 dollars.", "CAD", []),
        ("Mexico's Mexican lenders lent 50 million pesos.", "MXN", []),
        ("It paid 2 million crowns.", None, ["SEK", "NOK", "DKK", "CZK", "ISK"]),
        ("In Oslo, Norway, it paid 2 million crowns.", "NOK", []),
        (
            "It cost 3 billion dinars.",
            None,
            ["KWD", "BHD", "JOD", "IQD", "TND", "DZD", "LYD", "RSD"],
        ),
    ],
    ids=[
        "franc",
        "franc-swiss",
        "dollars-canada",
        "pesos-mexico",
        "crowns",
        "crowns-norway",
        "dinars",
    ],
)
def test_money_world_lone_names_stay_open_without_a_country(
    nlp: Language, text: str, currency: str | None, candidates: list[str]
) -> None:
    (m,) = [m for m in extractor.extract(text, nlp=nlp).mentions if isinstance(m, MoneyMention)]
    assert (m.currency, m.currency_candidates) == (currency, candidates)


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # the writer marks the local dollar, so the bare one is the US dollar
        ("Hong Kong: the tower sold for HK$10 billion, or $1.3 billion.", ["HKD", "USD"]),
        # marking both leaves the bare one to the places: a Canadian bank in Canadian dollars
        (
            "CALGARY, Canada - The Calgary bank earned C$612 million; the unit lost $5 million "
            "and bought assets for US$1.3 billion in Canada.",
            ["CAD", "CAD", "USD"],
        ),
        # a single mention of Singapore does not make a Vietnamese story's $ Singapore dollars
        (
            "HANOI - Viet Nam's exports hit $70.4 billion; Vietnam's investors from Singapore "
            "added $5 billion, Vietnam said.",
            ["USD", "USD"],
        ),
        # a conversion is into another currency
        (
            "Taiwan's TSMC will invest NT$30 billion ($920 million) in Taiwan and Taipei.",
            ["TWD", "USD"],
        ),
    ],
    ids=["local-marked", "both-marked", "minor-place", "conversion"],
)
def test_money_world_bare_dollar_rules(nlp: Language, text: str, currencies: list[str]) -> None:
    found = [
        m.currency for m in extractor.extract(text, nlp=nlp).mentions if isinstance(m, MoneyMention)
    ]
    assert found == currencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("minus five percent", ("minus five percent", D("-5"), "percent")),
        ("one hundred percents", ("one hundred percents", D("100"), "percent")),
        ("fell -0.3% on the day", ("-0.3%", D("-0.3"), "percent")),
        (
            "a fifth of a percentage point",
            ("a fifth of a percentage point", D("0.2"), "percentage_point"),
        ),
        ("Core inflation, y/y: 8,4%", ("8,4%", D("8.4"), "percent")),
    ],
    ids=["minus-words", "percents", "negative", "fifth", "decimal-comma"],
)
def test_money_world_percent_forms(nlp: Language, text: str, expected: tuple[object, ...]) -> None:
    (m,) = [m for m in extractor.extract(text, nlp=nlp).mentions if isinstance(m, PercentMention)]
    assert (m.text, m.value, m.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yields widened by 25 to 50 basis points", (None, D("0.25"), D("0.5"))),
        ("cut its gross margin by 4 to 5 percentage points", (None, D("4"), D("5"))),
        ("cut its rate by 0.25 to 3.75 percent", (D("3.75"), None, None)),
    ],
    ids=["by-range-bp", "by-range-points", "by-change-then-level"],
)
def test_money_world_by_x_to_y(nlp: Language, text: str, expected: tuple[object, ...]) -> None:
    last = [m for m in extractor.extract(text, nlp=nlp).mentions if isinstance(m, PercentMention)][
        -1
    ]
    assert (last.value, last.min, last.max) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "dollars" is the US dollar, as a bare "$" is, unless the places say otherwise
        ("It cost 10 dollars.", ("10 dollars", D("10"), "USD")),
        ("They raised 3 mln dollars.", ("3 mln dollars", D("3000000"), "USD")),
        # a nationality before a currency word picks that nation's currency
        ("It cost 3 billion Thai baht.", ("3 billion Thai baht", D("3000000000"), "THB")),
        ("a 2 million Norwegian crowns fine", ("2 million Norwegian crowns", D("2000000"), "NOK")),
        ("a 2 million Danish kroner fine", ("2 million Danish kroner", D("2000000"), "DKK")),
        ("paid 45 million Swedish crowns", ("45 million Swedish crowns", D("45000000"), "SEK")),
        ("a 3 billion Kuwaiti dinars fund", ("3 billion Kuwaiti dinars", D("3000000000"), "KWD")),
        ("a 3 billion Qatari riyals deal", ("3 billion Qatari riyals", D("3000000000"), "QAR")),
        ("3 billion Moroccan dirhams", ("3 billion Moroccan dirhams", D("3000000000"), "MAD")),
        ("3 billion Ghanaian cedis", ("3 billion Ghanaian cedis", D("3000000000"), "GHS")),
        ("3 billion South Korean won", ("3 billion South Korean won", D("3000000000"), "KRW")),
        ("5 billion Israeli shekels", ("5 billion Israeli shekels", D("5000000000"), "ILS")),
        # other names and symbols of news outside the big wires
        ("5 billion shekels", ("5 billion shekels", D("5000000000"), "ILS")),
        ("a NIS 3 billion budget", ("NIS 3 billion", D("3000000000"), "ILS")),
        ("a Tk 3,000 crore project", ("Tk 3,000 crore", D("30000000000"), "BDT")),
        ("a GH¢3 billion bond", ("GH¢3 billion", D("3000000000"), "GHS")),
        ("a Sh3 billion loan", ("Sh3 billion", D("3000000000"), "KES")),
        ("a S/ 3 billion budget", ("S/ 3 billion", D("3000000000"), "PEN")),
        ("3 billion soles", ("3 billion soles", D("3000000000"), "PEN")),
        ("a Can$3 billion deal", ("Can$3 billion", D("3000000000"), "CAD")),
        ("Dividend of 5 sen per share.", ("5 sen per share", D("0.05"), "MYR")),
        ("In Karachi, Pakistan, it cost Rs3 billion.", ("Rs3 billion", D("3000000000"), "PKR")),
        ("In Mumbai, India, it cost Rs3 billion.", ("Rs3 billion", D("3000000000"), "INR")),
    ],
)
def test_money_world_names_of_currencies(
    nlp: Language, text: str, expected: tuple[object, ...]
) -> None:
    span, amount, currency = expected
    assert money(nlp, text) == [(span, amount, None, None, currency)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 5 and 10 million dollars were lost.",
            ("Between 5 and 10 million dollars", D("5000000"), D("10000000")),
        ),
        (
            "Between $5 million and $10 million was lost.",
            ("Between $5 million and $10 million", D("5000000"), D("10000000")),
        ),
    ],
)
def test_money_world_between_opens_a_sentence(
    nlp: Language, text: str, expected: tuple[object, ...]
) -> None:
    span, low, high = expected
    assert money(nlp, text) == [(span, None, low, high, "USD")]


def test_money_world_percent_between_opens_a_sentence(nlp: Language) -> None:
    (found,) = [
        (m.text, m.min, m.max)
        for m in extractor.extract("Between 5% and 7% of output was lost.", nlp=nlp).mentions
        if isinstance(m, PercentMention)
    ]
    assert found == ("Between 5% and 7%", D("5"), D("7"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a $5-billion loan", [("$5-billion", D("5000000000"), None, None, "USD")]),
        ("It raised Rs 500 cr.", [("Rs 500 cr", D("5000000000"), None, None, "INR")]),
        ("a ₹5 lakh-crore plan", [("₹5 lakh-crore", D("5000000000000"), None, None, "INR")]),
        ("It raised $10MM.", [("$10MM", D("10000000"), None, None, "USD")]),
        # a numeral never stops before a decimal point and a digit: no "$1" out of "$1.2T"
        ("It raised $1.2T.", []),
    ],
    ids=["hyphen-multiplier", "cr", "lakh-crore-hyphen", "MM", "unknown-suffix"],
)
def test_money_world_multiplier_forms(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert money(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Pay 500 rupees.", "INR"),
        ("Orders worth 30 lakh rupees.", "INR"),
        ("In Karachi, Pakistan, it cost 500 rupees.", "PKR"),
        ("In Colombo, Sri Lanka, a meal cost 900 rupees.", "LKR"),
    ],
    ids=["alone", "lakh", "pakistan", "sri-lanka"],
)
def test_money_world_rupees_are_indian_unless_the_places_say_otherwise(
    nlp: Language, text: str, currency: str
) -> None:
    # as "Rs" is: India's rupee is the one English-language business news names most
    (m,) = [m for m in extractor.extract(text, nlp=nlp).mentions if isinstance(m, MoneyMention)]
    assert m.currency == currency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("profit was cny 2.4 million", [("cny 2.4 million", D("2400000"), None, None, "CNY")]),
        ("a bid worth eur 7 billion", [("eur 7 billion", D("7000000000"), None, None, "EUR")]),
        ("they lent usd 80 million", [("usd 80 million", D("80000000"), None, None, "USD")]),
        ("they lent us$ 80 million", [("us$ 80 million", D("80000000"), None, None, "USD")]),
        ("a ticket is rs. 350", [("rs. 350", D("350"), None, None, "INR")]),
        ("a plan of inr 4,500 crore", [("inr 4,500 crore", D("45000000000"), None, None, "INR")]),
        ("fees of sfr 2.1 million", [("sfr 2.1 million", D("2100000"), None, None, "CHF")]),
        ("shares at c$ 14.20", [("c$ 14.20", D("14.2"), None, None, "CAD")]),
        ("a cost of a$ 90", [("a$ 90", D("90"), None, None, "AUD")]),
        ("it sold for hk$ 12", [("hk$ 12", D("12"), None, None, "HKD")]),
        ("a nt$ 8 dividend", [("nt$ 8", D("8"), None, None, "TWD")]),
        ("priced at s$ 4", [("s$ 4", D("4"), None, None, "SGD")]),
        ("worth r$ 6 billion", [("r$ 6 billion", D("6000000000"), None, None, "BRL")]),
        ("a u.s. $ 9 fee", [("u.s. $ 9", D("9"), None, None, "USD")]),
        ("a U.S. $ 9 fee", [("U.S. $ 9", D("9"), None, None, "USD")]),
        ("jpy 300 billion", [("jpy 300 billion", D("300000000000"), None, None, "JPY")]),
        # near misses: a code inside a word, codes that are English words, "us" alone
        ("the europe 5 cup", []),
        ("try 5 times", []),
        ("all 5 million voters", []),
        ("top 10 firms", []),
        ("tell us 5 things", []),
        ("a seurat 5 exhibit", []),
        ("the cusd 3 index", []),
    ],
    ids=[
        "cny",
        "eur",
        "usd",
        "us-dollar-sign",
        "rs-dot",
        "inr-crore",
        "sfr",
        "c-dollar",
        "a-dollar",
        "hk-dollar",
        "nt-dollar",
        "s-dollar",
        "r-dollar",
        "u.s.-space-dollar",
        "U.S.-space-dollar",
        "jpy",
        "europe",
        "try",
        "all",
        "top",
        "us",
        "inside-word",
        "letter-before",
    ],
)
def test_money_world_lower_case_codes_before_the_number(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    # lower-cased newswire and price text writes the code before the amount too
    assert money(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya Power earned Kshs 3.1 billion.",
            [("Kshs 3.1 billion", D("3100000000"), None, None, "KES")],
        ),
        ("a KShs2 billion bond", [("KShs2 billion", D("2000000000"), None, None, "KES")]),
        ("a Tsh85 billion bridge", [("Tsh85 billion", D("85000000000"), None, None, "TZS")]),
        (
            "a TShs 1.2 trillion budget",
            [("TShs 1.2 trillion", D("1200000000000"), None, None, "TZS")],
        ),
        ("a USh700 billion loan", [("USh700 billion", D("700000000000"), None, None, "UGX")]),
        ("a UShs 9 billion fine", [("UShs 9 billion", D("9000000000"), None, None, "UGX")]),
        ("sales of Ch$310 billion", [("Ch$310 billion", D("310000000000"), None, None, "CLP")]),
        ("a N$ 3.5 billion plan", [("N$ 3.5 billion", D("3500000000"), None, None, "NAD")]),
        ("a GH₵ 4 billion bond", [("GH₵ 4 billion", D("4000000000"), None, None, "GHS")]),
    ],
    ids=["kshs", "kshs-glued", "tsh", "tshs", "ush", "ushs", "ch-dollar", "n-dollar", "ghana-cedi"],
)
def test_money_world_east_african_and_other_national_abbreviations(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert money(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Manila's top lender booked P4.8 billion in the Philippines.",
            [("P4.8 billion", D("4800000000"), None, None, "PHP")],
        ),
        (
            "The Philippine unit sold Php 900 million of notes.",
            [("Php 900 million", D("900000000"), None, None, "PHP")],
        ),
        (
            "Addis Ababa set aside Br 7.5 billion for Ethiopian farms.",
            [("Br 7.5 billion", D("7500000000"), None, None, "ETB")],
        ),
        (
            "Freetown said Sierra Leone needs Le 40 million.",
            [("Le 40 million", D("40000000"), None, None, "SLE")],
        ),
        (
            "Lusaka said Zambia owes K3 billion.",
            [("K3 billion", D("3000000000"), None, None, "ZMW")],
        ),
        ("Malawi plans a K1,500 levy.", [("K1,500", D("1500"), None, None, "MWK")]),
        ("Guatemala spent Q6 billion.", [("Q6 billion", D("6000000000"), None, None, "GTQ")]),
        # near misses: no cue of the country, or a bare letter and digit
        ("The lender booked P4.8 billion.", []),
        ("Manila's Philippine staff hold P2 visas for 5 years.", []),
        ("The Philippine firm's P&L improved.", []),
        ("Ethiopian runners: Br. Haile won 2 races.", []),
        ("In Sierra Leone, Le Monde counted 12 schools.", []),
        ("Zambia's climbers tried K2 twice.", []),
        ("Guatemala's Q3 sales rose.", []),
        ("The budget was K3 billion.", []),
    ],
    ids=[
        "P-manila",
        "Php",
        "Br-ethiopia",
        "Le-sierra-leone",
        "K-zambia",
        "K-malawi-figure",
        "Q-guatemala",
        "P-no-cue",
        "P2-visa",
        "P&L",
        "Br-title",
        "Le-Monde",
        "K2",
        "Q3",
        "K-no-cue",
    ],
)
def test_money_world_local_letters_only_in_their_country(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    # a letter or short word that local press writes for its currency, elsewhere a name or a title
    assert money(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CAIRO (Reuters) - Egypt's treasury sold 25 billion pounds of bills.",
            [("25 billion pounds", D("25000000000"), None, None, "EGP")],
        ),
        (
            "Lebanon's deposits shrank by 40 trillion pounds, Beirut bankers said.",
            [("40 trillion pounds", D("40000000000000"), None, None, "LBP")],
        ),
        (
            "Damascus approved a 16 trillion pound budget for Syria.",
            [("16 trillion pound", D("16000000000000"), None, None, "SYP")],
        ),
        (
            "Khartoum said Sudan printed 90 billion pounds.",
            [("90 billion pounds", D("90000000000"), None, None, "SDG")],
        ),
        (
            "Juba said South Sudan owes 80 billion pounds.",
            [("80 billion pounds", D("80000000000"), None, None, "SSP")],
        ),
        # the pound sterling stays the default, and where Britain is the stronger cue
        (
            "The club paid 60 million pounds.",
            [("60 million pounds", D("60000000"), None, None, "GBP")],
        ),
        (
            "A London fund in Britain gave Egypt 3 million pounds.",
            [("3 million pounds", D("3000000"), None, None, "GBP")],
        ),
        (
            "Egypt's buyers paid 4 million pounds sterling.",
            [("4 million pounds sterling", D("4000000"), None, None, "GBP")],
        ),
    ],
    ids=["egypt", "lebanon", "syria", "sudan", "south-sudan", "no-cue", "britain-wins", "sterling"],
)
def test_money_world_pounds_of_the_arab_world_and_sudan(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert money(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "aid of 2.5 million United States dollars",
            [("2.5 million United States dollars", D("2500000"), None, None, "USD")],
        ),
        ("a 40 fijian dollars fare", [("40 fijian dollars", D("40"), None, None, "FJD")]),
        (
            "rent of 90,000 Armenian drams",
            [("90,000 Armenian drams", D("90000"), None, None, "AMD")],
        ),
        ("a 25 Cuban pesos meal", [("25 Cuban pesos", D("25"), None, None, "CUP")]),
        ("a 600 Somali shillings tax", [("600 Somali shillings", D("600"), None, None, "SOS")]),
        (
            "a 4 billion Azerbaijani manats fund",
            [("4 billion Azerbaijani manats", D("4000000000"), None, None, "AZN")],
        ),
        (
            "7 million Icelandic kronas",
            [("7 million Icelandic kronas", D("7000000"), None, None, "ISK")],
        ),
        (
            "80 million Rwandan francs",
            [("80 million Rwandan francs", D("80000000"), None, None, "RWF")],
        ),
        ("3,000 Mauritian rupees", [("3,000 Mauritian rupees", D("3000"), None, None, "MUR")]),
        ("12 billion Uzbek sums", [("12 billion Uzbek sums", D("12000000000"), None, None, "UZS")]),
        # the adjective alone, or the bare word of an excluded code, is no currency
        ("200 Armenian workers", []),
        ("a 12 dram glass of whisky", []),
        ("200 Fijian players", []),
    ],
    ids=[
        "united-states",
        "fijian",
        "armenian",
        "cuban",
        "somali",
        "azerbaijani",
        "icelandic",
        "rwandan",
        "mauritian",
        "uzbek",
        "armenian-workers",
        "dram-of-whisky",
        "fijian-players",
    ],
)
def test_money_world_national_names_of_every_currency(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    # a currency named after its country is written with the people's adjective too
    assert money(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a Bt45 billion line", [("Bt45 billion", D("45000000000"), None, None, "THB")]),
        ("tea at rs 40 a cup", [("rs 40", D("40"), None, None, "INR")]),
        ("a SLRs 800 million grant", [("SLRs 800 million", D("800000000"), None, None, "LKR")]),
        ("a NRs 12 billion road", [("NRs 12 billion", D("12000000000"), None, None, "NPR")]),
        ("a ZK9 billion bond", [("ZK9 billion", D("9000000000"), None, None, "ZMW")]),
        (
            "Dakar raised FCFA 75 billion for Senegal.",
            [("FCFA 75 billion", D("75000000000"), None, None, "XOF")],
        ),
        (
            "Yaounde sold 30 billion CFA francs of Cameroon bonds.",
            [("30 billion CFA francs", D("30000000000"), None, None, "XAF")],
        ),
        (
            "Tehran set 900 trillion rials for Iran.",
            [("900 trillion rials", D("9E+14"), None, None, "IRR")],
        ),
        ("a 40 tomans rise", [("40 tomans", D("400"), None, None, "IRR")]),
        ("a B/. 30 million port", [("B/. 30 million", D("30000000"), None, None, "PAB")]),
        ("a G$2 billion plan", [("G$2 billion", D("2000000000"), None, None, "GYD")]),
        ("a $U 4 billion deficit", [("$U 4 billion", D("4000000000"), None, None, "UYU")]),
        ("the kr 20 coin", [("kr 20", D("20"), None, None, None)]),
        (
            "Amman said Jordan owes JD 800 million.",
            [("JD 800 million", D("800000000"), None, None, "JOD")],
        ),
        (
            "Caracas: Venezuela printed Bs 2 billion.",
            [("Bs 2 billion", D("2000000000"), None, None, "VES")],
        ),
        (
            "La Paz: Bolivia spent Bs. 3 billion.",
            [("Bs. 3 billion", D("3000000000"), None, None, "BOB")],
        ),
        (
            "Zurich: the Swiss paid Fr 90 million.",
            [("Fr 90 million", D("90000000"), None, None, "CHF")],
        ),
        # near misses: the letters without their country, or as a title or a name
        ("JD Sports sold 5 million shoes.", []),
        ("Jordan's JD 2 plan, said Amman", []),
        ("In Zurich, Swiss Fr. Meier met 5,000 pilgrims.", []),
        ("a BS 5 degree", []),
    ],
    ids=[
        "Bt",
        "rs",
        "SLRs",
        "NRs",
        "ZK",
        "FCFA-west",
        "CFA-francs-central",
        "rials-iran",
        "tomans",
        "B/.",
        "G$",
        "$U",
        "kr-prefix",
        "JD-jordan",
        "Bs-venezuela",
        "Bs.-bolivia",
        "Fr-swiss",
        "JD-sports",
        "JD-no-figure",
        "Fr-title",
        "BS-degree",
    ],
)
def test_money_world_more_national_abbreviations(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert money(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Manila: a Philippine jeepney ride is P13.50.",
            [("P13.50", D("13.5"), None, None, "PHP")],
        ),
        (
            "Honduras set L 4.5 billion aside.",
            [("L 4.5 billion", D("4500000000"), None, None, "HNL")],
        ),
        # a local letter before a number with one decimal is a section or a version, not money
        ("Honduras: see article L 5.2 of the code.", []),
        ("Philippine rules, part P 3.1, apply.", []),
    ],
    ids=["price", "multiplier", "section", "part"],
)
def test_money_world_local_letters_need_a_price_or_a_multiplier(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert money(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KARACHI, Oct 28 - Indus Cement posted a profit of Rs 14.3 billion.",
            [("Rs 14.3 billion", D("14300000000"), None, None, "PKR")],
        ),
        (
            "COLOMBO, Oct 28 - Kandy Tea posted a profit of Rs 4.3 billion.",
            [("Rs 4.3 billion", D("4300000000"), None, None, "LKR")],
        ),
        # near-miss: without a place, the rupee is India's
        (
            "Indus Cement posted a profit of Rs 14.3 billion.",
            [("Rs 14.3 billion", D("14300000000"), None, None, "INR")],
        ),
    ],
    ids=["karachi", "colombo", "no-place"],
)
def test_money_world_a_dateline_in_capitals_names_the_currency(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert money(nlp, text) == expected


# money-32: ISO codes that are English words, read with their country's cues ------------------

MONEY32_WORD_CODE_CASES = [
    ("The fee is PEN 300 in Lima.", [("PEN 300", D("300"), None, None, "PEN")]),
    ("The fine was MAD 1,200 in Morocco.", [("MAD 1,200", D("1200"), None, None, "MAD")]),
    (
        "Peru issued PEN 3 billion in bonds.",
        [("PEN 3 billion", D("3000000000"), None, None, "PEN")],
    ),
    ("A ticket in Casablanca costs 150 MAD.", [("150 MAD", D("150"), None, None, "MAD")]),
    ("Bolivia paid BOB 500 million.", [("BOB 500 million", D("500000000"), None, None, "BOB")]),
    # near misses: no place of the currency's country
    ("The PEN 300 model sells well.", []),
    ("MAD 1,200 was paid.", []),
    ("AMD 7950X chips sold out.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_WORD_CODE_CASES)
def test_money32_word_codes_with_cues(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert money(nlp, text) == expected


# money-32: a single letter before a bare whole price, in a story of its country --------------

MONEY32_LETTER_PRICE_CASES = [
    (
        "A loaf now costs R28 in Johannesburg, South Africa.",
        [("R28", D("28"), None, None, "ZAR")],
    ),
    (
        "Bread prices in South Africa rose to R28 for a loaf.",
        [("R28", D("28"), None, None, "ZAR")],
    ),
    ("In Lagos, a bag of rice costs N500.", [("N500", D("500"), None, None, "NGN")]),
    # near misses: a road, a price with no place of the currency's country
    ("Take the R28 to Krugersdorp in South Africa.", []),
    ("Johannesburg: the R21 for a drive.", []),
    ("A loaf now costs R28.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_LETTER_PRICE_CASES)
def test_money32_letter_before_a_whole_price(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert money(nlp, text) == expected


MONEY32_PULA_AND_BIL_CASES = [
    (
        "Botswana's budget of P2.5 billion was tabled in Gaborone.",
        [("P2.5 billion", D("2500000000"), None, None, "BWP")],
    ),
    ("Manila: P2.5 billion was spent.", [("P2.5 billion", D("2500000000"), None, None, "PHP")]),
    ("It cost 3.2 bil dollars.", [("3.2 bil dollars", D("3200000000"), None, None, "USD")]),
    # near misses: a word that starts with "bil", a letter with no place
    ("They signed 5 bilateral deals.", []),
    ("The P2 visa costs nothing.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY32_PULA_AND_BIL_CASES)
def test_money32_pula_and_bil(nlp: Language, text: str, expected: list[tuple[object, ...]]) -> None:
    assert money(nlp, text) == expected
