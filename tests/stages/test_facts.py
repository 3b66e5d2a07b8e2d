"""FACT: each form of the facts guideline (corpus/README.md) with its exact expected facts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import extractor
from extractor.records import DocumentRecords, Fact
from extractor.stages.facts import document_anchor

# (value, kind, direction, basis, metric, subject, period)
Row = tuple[str, str, str, str | None, str, str | None, str | None]


def row(fact: Fact) -> Row:
    return (
        fact.value.text,
        fact.kind,
        fact.direction,
        fact.basis,
        fact.metric.text,
        fact.subject.text if fact.subject else None,
        fact.period.value if fact.period else None,
    )


def facts(nlp: Language, text: str, **metadata: str) -> list[Row]:
    return [row(f) for f in extractor.extract(text, nlp=nlp, **metadata).facts]


EXPORTS_LEVEL = [("150 billion yuan", "level", "none", None, "exports", "Nantong", "2023")]
EXPORTS_CHANGE = [("12 percent", "change", "increase", None, "exports", "Nantong", "2023")]

CASES: dict[str, tuple[str, list[Row]]] = {
    "respectively-values-after": (
        "The added values of its primary, secondary and tertiary industries reached 120 billion "
        "yuan, 450 billion yuan and 600 billion yuan, respectively.",
        [
            ("120 billion yuan", "level", "none", None, "added values", None, None),
            ("450 billion yuan", "level", "none", None, "added values", None, None),
            ("600 billion yuan", "level", "none", None, "added values", None, None),
        ],
    ),
    "respectively-changes-and-levels": (
        "Per capita disposable income of urban and rural residents rose 6 percent and 7.2 "
        "percent respectively to 18,668 yuan and 11,014 yuan.",
        [
            ("6 percent", "change", "increase", None, "Per capita disposable income", None, None),
            ("7.2 percent", "change", "increase", None, "Per capita disposable income", None, None),
            ("18,668 yuan", "level", "none", None, "Per capita disposable income", None, None),
            ("11,014 yuan", "level", "none", None, "Per capita disposable income", None, None),
        ],
    ),
    "change-then-level": (
        "Jiangsu's exports rose 5.8 percent year-on-year to 1.18 trillion yuan in 2023.",
        [
            ("5.8 percent", "change", "increase", "year_on_year", "exports", "Jiangsu", "2023"),
            ("1.18 trillion yuan", "level", "none", None, "exports", "Jiangsu", "2023"),
        ],
    ),
    "increase-in": ("Nantong reported a 12 percent increase in exports in 2023.", EXPORTS_CHANGE),
    "apposition": ("Nantong's exports, up 12 percent, reached a record in 2023.", EXPORTS_CHANGE),
    "grew-by": ("In 2023, Nantong's exports grew by 12 percent.", EXPORTS_CHANGE),
    "growth-in": ("Nantong posted 12 percent growth in exports in 2023.", EXPORTS_CHANGE),
    "were": ("Nantong's exports were 150 billion yuan in 2023.", EXPORTS_LEVEL),
    "amount-in": ("Nantong recorded 150 billion yuan in exports in 2023.", EXPORTS_LEVEL),
    "of-amount": ("Nantong had exports of 150 billion yuan in 2023.", EXPORTS_LEVEL),
    "totaled": ("Nantong's exports totaled 150 billion yuan in 2023.", EXPORTS_LEVEL),
    "surpassed": ("Nantong's exports surpassed 150 billion yuan in 2023.", EXPORTS_LEVEL),
    "from-to-own-periods": (
        "Changzhou's output value rose from 100 billion yuan in 2022 to 120 billion yuan in 2023.",
        [
            ("100 billion yuan", "level", "none", None, "output value", "Changzhou", "2022"),
            ("120 billion yuan", "level", "none", None, "output value", "Changzhou", "2023"),
        ],
    ),
    "share-accounted": (
        "Services accounted for 47.1 percent of Suzhou's GDP in 2023.",
        [("47.1 percent", "share", "none", None, "Services", "Suzhou", "2023")],
    ),
    "share-made-up": (
        "Exports made up 35 percent of Xiamen's trade in 2023.",
        [("35 percent", "share", "none", None, "Exports", "Xiamen", "2023")],
    ),
    "stake": (
        "Brightwave Holdings bought a 20% stake in Kessler Logistik.",
        [("20%", "share", "none", None, "stake", "Brightwave Holdings", None)],
    ),
    "target-aims": (
        "Hefei aims to raise its GDP by 6 percent in 2024.",
        [("6 percent", "target", "increase", None, "GDP", "Hefei", "2024")],
    ),
    "target-expected": (
        "Guangdong's GDP is expected to grow 5 percent in 2024.",
        [("5 percent", "target", "increase", None, "GDP", "Guangdong", "2024")],
    ),
    "target-noun": (
        "Zhejiang set a target of 5.5 percent GDP growth for 2024.",
        [("5.5 percent", "target", "increase", None, "GDP", "Zhejiang", "2024")],
    ),
    "company-possessive": (
        "Kessler Logistik's revenue rose 12% to EUR 4.2 billion in 2023.",
        [
            ("12%", "change", "increase", None, "revenue", "Kessler Logistik", "2023"),
            ("EUR 4.2 billion", "level", "none", None, "revenue", "Kessler Logistik", "2023"),
        ],
    ),
    "rate-set-by-central-bank": (
        "The Bank of England held Bank Rate at 5.25% on Thursday.",
        [("5.25%", "level", "none", None, "Bank Rate", "Bank of England", None)],
    ),
    "next-sentence-inherits": (
        "Ningbo's exports rose 8 percent in 2023. Imports fell 3 percent.",
        [
            ("8 percent", "change", "increase", None, "exports", "Ningbo", "2023"),
            ("3 percent", "change", "decrease", None, "Imports", "Ningbo", "2023"),
        ],
    ),
    "headline-present-tense-rise": (
        "Kessler Logistik AG profit jumps 41% as fuel costs ease",
        [("41%", "change", "increase", None, "profit", "Kessler Logistik AG", None)],
    ),
    "headline-present-tense-fall-to": (
        "Kessler Logistik AG revenue slips 3% to EUR 3.6 billion",
        [
            ("3%", "change", "decrease", None, "revenue", "Kessler Logistik AG", None),
            ("EUR 3.6 billion", "level", "none", None, "revenue", "Kessler Logistik AG", None),
        ],
    ),
    "percent-of-a-named-whole": (
        "About 40% of Suzhou's workforce holds a college degree.",
        [("About 40%", "share", "none", None, "workforce", "Suzhou", None)],
    ),
    "percent-of-another-owners-whole": (
        "Xinjiang produced more than 40 percent of China's polysilicon in 2023.",
        [("more than 40 percent", "share", "none", None, "polysilicon", "Xinjiang", "2023")],
    ),
    "abbreviation-in-brackets": (
        "The gross domestic product (GDP) of Sichuan Province reached 4.37 trillion yuan in "
        "2023, up 6 percent.",
        [
            (
                "4.37 trillion yuan",
                "level",
                "none",
                None,
                "gross domestic product",
                "Sichuan Province",
                "2023",
            ),
            (
                "6 percent",
                "change",
                "increase",
                None,
                "gross domestic product",
                "Sichuan Province",
                "2023",
            ),
        ],
    ),
    "part-in": (
        "Jiangxi's investment in high-tech industries grew 11.4 percent in 2023.",
        [
            (
                "11.4 percent",
                "change",
                "increase",
                None,
                "investment in high-tech industries",
                "Jiangxi",
                "2023",
            )
        ],
    ),
    "part-to-the": (
        "Hubei's loans to the manufacturing sector rose 24.3 percent in 2023.",
        [
            (
                "24.3 percent",
                "change",
                "increase",
                None,
                "loans to the manufacturing sector",
                "Hubei",
                "2023",
            )
        ],
    ),
    "partner-is-no-part": (
        "Ningbo's exports to the US fell 5 percent in 2023.",
        [("5 percent", "change", "decrease", None, "exports", "Ningbo", "2023")],
    ),
    "month-is-no-part": (
        "Ningbo's retail sales in December rose 5 percent.",
        [("5 percent", "change", "increase", None, "retail sales", "Ningbo", None)],
    ),
    "place-noun-is-no-part": (
        "Ningbo's investment in the city rose 5 percent in 2023.",
        [("5 percent", "change", "increase", None, "investment", "Ningbo", "2023")],
    ),
    "infinitive-is-no-part": (
        "Doha Marine Services Co won a QAR 780 million contract to maintain offshore platforms.",
        [("QAR 780 million", "level", "none", None, "contract", "Doha Marine Services Co", None)],
    ),
    "target-growth-of": (
        "Jiangsu aims for economic growth of above 5 percent in 2024.",
        [("above 5 percent", "target", "increase", None, "economic growth", "Jiangsu", "2024")],
    ),
    "growth-of": (
        "Zhejiang posted GDP growth of 6 percent in 2023.",
        [("6 percent", "change", "increase", None, "GDP growth", "Zhejiang", "2023")],
    ),
    "headline-and-body": (
        "Xuzhou's GDP tops 900 bln yuan\n\n"
        "Xuzhou's GDP reached 900.5 billion yuan in 2023, up 6.1 percent.",
        [
            ("900 bln yuan", "level", "none", None, "GDP", "Xuzhou", "2023"),
            ("900.5 billion yuan", "level", "none", None, "GDP", "Xuzhou", "2023"),
            ("6.1 percent", "change", "increase", None, "GDP", "Xuzhou", "2023"),
        ],
    ),
    "examples-are-no-metric": (
        "In Shanxi Province, new industries, including aluminum alloys and semiconductors, grew "
        "over 12 percent in 2023.",
        [
            (
                "over 12 percent",
                "change",
                "increase",
                None,
                "new industries",
                "Shanxi Province",
                "2023",
            )
        ],
    ),
    "spend-on-names-the-metric": (
        "Kessler Logistik AG said it would spend EUR 120 million on new warehouses near the "
        "U.S. border.",
        [
            (
                "EUR 120 million",
                "target",
                "none",
                None,
                "new warehouses",
                "Kessler Logistik AG",
                None,
            )
        ],
    ),
    "invest-in-past-a-conversion-keeps-the-investor": (
        "Kessler Automotive agreed to invest 300 million euros (about 2.3 billion yuan) in an "
        "electric drive plant in Hefei.",
        [
            (
                "300 million euros",
                "target",
                "none",
                None,
                "electric drive plant",
                "Kessler Automotive",
                None,
            ),
            (
                "about 2.3 billion yuan",
                "target",
                "none",
                None,
                "electric drive plant",
                "Kessler Automotive",
                None,
            ),
        ],
    ),
    "spent-on-in-the-past-is-a-level": (
        "Jiangxi Province spent 86.4 billion yuan on education in 2023.",
        [("86.4 billion yuan", "level", "none", None, "education", "Jiangxi Province", "2023")],
    ),
    "money-raised-is-a-level": (
        "Kessler Logistik AG raised EUR 500 million in a rights issue.",
        [("EUR 500 million", "level", "none", None, "rights issue", "Kessler Logistik AG", None)],
    ),
    "a-termination-fee-is-a-one-off-amount": (
        "Veldhoven Chemie NV would pay Prescott Coatings Inc a termination fee of US$150 million "
        "if the deal collapses.",
        [
            (
                "US$150 million",
                "level",
                "none",
                None,
                "termination fee",
                "Veldhoven Chemie NV",
                None,
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_facts_forms(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text) == expected


def test_facts_relative_periods_resolve_against_the_article_date(nlp: Language) -> None:
    text = "Hubei's exports rose 8 percent in the first half. Imports fell 3 percent last year."
    assert facts(nlp, text, date="2024-07-20") == [
        ("8 percent", "change", "increase", None, "exports", "Hubei", "2024-H1"),
        ("3 percent", "change", "decrease", None, "Imports", "Hubei", "2023"),
    ]


PERIODS: dict[str, tuple[str, str | None]] = {
    "month-range-quarter": ("Tata's profit rose 8 percent in the October-December quarter.", "2023-Q4"),
    "month-range-quarter-year": ("Tata's profit rose 8 percent in the April-June quarter of 2023.",
                                 "2023-Q2"),
    "fiscal-january-march": ("Tata's profit rose 8 percent in the January-March quarter of FY25.",
                             "2025-Q1"),
    "fiscal-october-december": ("Tata's profit rose 8 percent in the October-December quarter of "
                                "fiscal 2024.", "2023-Q4"),
    "fiscal-april-june-open": ("Tata's profit rose 8 percent in the April-June quarter of FY25.",
                               None),
    # compact fiscal codes: fiscal years ending in March (India, Japan) unless the text says
    "fiscal-quarter-code": ("Tata's profit rose 8 percent in Q3FY24.", "2023-Q4"),
    "fiscal-quarter-code-spaced": ("Tata's profit rose 8 percent in Q4 FY24.", "2024-Q1"),
    "fiscal-quarter-code-number-first": ("Tata's profit rose 8 percent in 2QFY2024.", "2023-Q3"),
    "fiscal-half-code": ("Tata's profit rose 8 percent in H1FY24.", "2023-04/2023-09"),
    "fiscal-nine-months-code": ("Tata's profit rose 8 percent in 9MFY24.", "2023-04/2023-12"),
    # written out: the same months as the codes
    "fiscal-half-written": ("Tata's profit rose 8 percent in the first half of fiscal 2024.",
                            "2023-04/2023-09"),
    "fiscal-quarter-written": ("Tata's profit rose 8 percent in the third quarter of fiscal "
                               "2024.", "2023-Q4"),
    "fiscal-months-written": ("Tata's profit rose 8 percent in the first nine months of fiscal "
                              "2024.", "2023-04/2023-12"),
    # near-miss: a calendar year's half
    "calendar-half-written": ("Tata's profit rose 8 percent in the first half of 2023.",
                              "2023-H1"),
    "months-to-day": ("Fonterra's profit rose 8 percent in the six months to January 31, 2024.",
                      "2023-08/2024-01"),
    "months-ended-day": ("Fonterra's profit rose 8 percent in the three months ended Jan. 31.",
                         "2023-11/2024-01"),
    "compared-from": ("In 2023, Wuxi's exports rose 8 percent from 2022.", "2023"),
    "compared-than": ("In 2023, Wuxi's exports hit 5 billion yuan, more than double the figure "
                      "of 2021.", "2023"),
    "change-over-range": ("Wuxi's exports rose 8 percent from 2022 to 2023.", "2022/2023"),
    "maturity": ("In 2023, Shandong sold bonds worth 5 billion yuan maturing in 2034.", "2023"),
    "maturity-list": ("In 2023, Shandong sold bonds worth 5 billion yuan maturing in 2034 and "
                      "2054.", "2023"),
    "fiscal-year-ending-next-month": ("Ashigara raised its net profit forecast to 1.05 trillion "
                                      "yen for the business year ending next March.", "FY2024"),
    "fiscal-year-ending-month-of-year": ("Kurobe forecast operating profit of 150 billion yen for "
                                         "the fiscal year ending March 2025.", "FY2025"),
    "year-ended-in-a-forecast": ("The forecast compares with Kurobe's operating profit of 132.6 "
                                 "billion yen in the year ended March 31.", "FY2023"),
    "year-ending-month-of-year": ("Toyota forecast operating profit of 4.3 trillion yen for the "
                                  "year ending March 2025.", "FY2025"),
    "year-ended-month-of-year": ("Toyota's operating profit was 5.35 trillion yen in the year "
                                 "ended March 2024.", "FY2024"),
    "year-through-month-is-no-fiscal-year": ("US consumer prices rose 3.4% in the year through "
                                             "January.", "2024-01"),
    "year-to-month-is-no-fiscal-year": ("UK consumer prices rose 4 per cent in the year to "
                                        "January.", "2024-01"),
    "current-financial-year-split": ("India's inflation will average 5.4 per cent in the current "
                                     "financial year and 4.5 per cent in 2024-25.", "FY2023-24"),
    "short-fiscal-year-split": ("Konkan Bank's profit rose 18 per cent in FY25, after 12 per cent "
                                "in 2023-24.", "FY2024-25"),
    "short-fiscal-year": ("Tata's profit rose 8 percent in FY25.", "FY2025"),
    "current-fiscal-year-unknown-end": ("Corvane expects revenue of $5 billion in the current "
                                        "fiscal year.", None),
    "as-of-day-after-conversion": ("Turkey's FX-protected deposits fell to TL 2.49 trillion "
                                   "($77.3 billion) as of February 12.", "2024-02-12"),
    "stood-since": ("The Bank of England kept Bank Rate at 5.25 per cent on Thursday, where it "
                    "has been since August.", "2024-02-15"),
    "maturity-then-day": ("Italy's Treasury sold 2.5 billion euros of bonds due in 2034 on "
                          "Thursday.", "2024-02-15"),
    "record-since-early": ("In January, euro zone core inflation eased to 2.9%, the lowest since "
                           "early 2022.", "2024-01"),
    "record-since-a-clause": ("The Bank of Russia raised its key rate to 16% on Thursday, its "
                              "highest level since the rate was introduced in 2013.", "2024-02-15"),
    "change-on-a-year": ("In 2023, Macao's visitor spending rose 21.3 percent on 2019.", "2023"),
    "gloss-in-brackets": ("In 2023, the middle of the plan (2021-2025), Wuxi's exports rose 8 "
                          "percent.", "2023"),
    "conversion-then-deadline": ("Nankang plans to lift the output value of its furniture cluster "
                                 "to 300 billion yuan ($41.5 billion) by 2027.", "2027"),
    "conversion-then-report-day": ("In 2023, Jiayu Travel Co's revenue rose to RMB3.5bn ($487m), "
                                   "the company said on Tuesday.", "2023"),
    "record-since": ("The Bank of England kept Bank Rate at 5.25 per cent, its highest since "
                     "2008, on Thursday.", "2024-02-15"),
    "levels-of-a-year": ("Macao's visitor spending reached 70 percent of the levels of 2019 last "
                         "year.", "2023"),
    "year-before-level": ("Macao's visitor spending reached 70 percent of the 2019 level last "
                          "year.", "2023"),
    "since-as-span": ("Wuxi's exports have risen 30 percent since 2019.", "2019/2024"),
    "months-span-ended": ("Ningbo's exports rose 5 percent in the first three quarters.",
                          "2023-01/2023-09"),
    "quarter-begun": ("Ningbo's exports rose 5 percent in the first quarter.", "2024-Q1"),
    "change-to-level-then-date": ("Hong Kong's listings are reviving this year. IPO funds fell "
                                  "56 per cent to HK$46.3 billion in 2023.", "2023"),
    "year-then-financial-year": ("Ironbark raised its capital expenditure guidance for the "
                                 "2024 financial year to A$3.2bn.", "FY2024"),
    "month-names-quarter": ("New Zealand's GDP fell 0.3% in the September quarter.", "2023-Q3"),
    "year-end-stock": ("Zhaoqing's deposits reached 450 billion yuan at the end of 2023.",
                       "2023-12-31"),
    "year-end-forecast": ("Turkey's central bank expects inflation to ease to 36% by the end of "
                          "the year.", "2024-12"),
    # a lede that beats forecasts reports: its month is the story's ("beating forecasts")
    "lede-beating-forecasts": ("Taiwan's exports rose for a sixth straight month in January, "
                               "beating forecasts.\n\nExports climbed 12.7% from a year "
                               "earlier to $35.9 billion.", "2024-01"),
    # near-miss: a lede that forecasts gives the story no period
    "lede-forecasting": ("Taiwan's exports will rise for a sixth straight month in March, "
                         "economists forecast.\n\nExports climbed 12.7% from a year earlier "
                         "to $35.9 billion.", None),
    # "more than a year earlier" after a figure is its basis, no date of the level before it
    "level-then-change-more-than": ("In 2023, Longyan's per capita disposable income was 48,412 "
                                    "yuan, 4.6 percent more than a year earlier.", "2023"),
    # a year's end told relative to the article's date: its year, read like a written one
    "year-end-next-forecast": ("Analysts expect Poland's central bank to cut its reference rate "
                               "to 4.5% by the end of next year.", "2025-12"),
    "year-end-last-stock": ("Yunfu's loan balance stood at 210 billion yuan at the end of last "
                            "year.", "2023-12-31"),
    # near-miss: the end of a year that is not the article's is no year of its own
    "year-end-next-month": ("Yunfu's loan balance will reach 215 billion yuan by the end of next "
                            "month.", None),
    "standing-target": ("In 2023, India's inflation stayed above the RBI's 4 per cent target.",
                        None),
    "past-months": ("Corvane's stock has gained about 22% over the past 12 months.", None),
    # the trailing year after "over" is such a span too; "last year" is a year
    "over-the-past-year": ("Corvane's revenue has grown about 22% over the past year.", None),
    "last-year-no-span": ("Corvane's revenue grew about 22% last year.", "2023"),
    "over-last-year": ("In 2023, Corvane's revenue grew about 22% over last year.", "2023"),
    "forecast-of-quarter-just-ended": ("Economists expect New Zealand's fourth-quarter GDP to "
                                       "fall 0.1%.", "2023-Q4"),
    "forecast-of-quarter-to-come": ("Canada's GDP is expected to grow 1.5 per cent in the second "
                                    "quarter.", "2024-Q2"),
    "forecast-of-quarter-long-ended": ("Economists expect Korea's GDP to grow 2 percent in the "
                                       "third quarter.", "2024-Q3"),
    "deadline-ahead": ("Traders priced in ECB rate cuts of roughly 75 basis points by December.",
                       "2024-12"),
    "as-of-day": ("In 2023, Russia's growth slowed. Its annual inflation stood at 8.5% as of "
                  "February 12.", "2024-02-12"),
    "last-month": ("The UAE central bank kept its base rate at 5.40% last month.", "2024-01"),
    "month-of-report": ("In December, the US unemployment rate held at 3.7%, the Labor "
                        "Department reported earlier this month.", "2023-12"),
    "full-year-forecast": ("Russia's finance ministry expects a deficit of 3.3 trillion rubles "
                           "for the full year.", "2024"),
    "next-years-of-a-plan": ("Kessler Logistik AG plans to invest EUR 60 million over the next "
                             "three years.", "2024/2026"),
    # from the article's day to the same day that many months on: no whole quarter
    "next-months-of-a-plan": ("Brightwater Foods will spend £40m on new stores in the next two "
                              "months.", "2024-02/2024-04"),
    "coming-months-of-a-plan": ("Orla Telecom plans to invest €25m over the coming six "
                                "months.", "2024-02/2024-08"),
    # two days joined by "and": the days from one to the other
    "two-days-joined": ("Korea's finance ministry spent about $4 billion defending the won on "
                        "January 29 and February 2.", "2024-01-29/2024-02-02"),
    # near-miss: days months apart are no one span
    "two-days-apart": ("Korea's finance ministry spent about $4 billion defending the won on "
                       "October 3 and February 2.", "2023-10-03"),
    # the calendar quarter before the article's; the final quarter of a year named
    "last-quarter": ("Orla Telecom's revenue rose 4 percent last quarter.", "2023-Q4"),
    "last-quarter-of-year": ("Orla Telecom's revenue rose 4 percent in the last quarter of "
                             "2022.", "2022-Q4"),
    "final-quarter-of-last-year": ("Orla Telecom's revenue rose 4 percent in the final quarter "
                                   "of last year.", "2023-Q4"),
    # near-miss: "the last quarter" without a year may be the latest one, no final quarter
    "the-last-quarter": ("Orla Telecom's revenue rose 4 percent in the last quarter.", None),
    # a week told by the day it ended: its seven days
    "week-ended-day": ("US mortgage rates fell to 6.6% in the week ended Feb. 9.",
                       "2024-02-03/2024-02-09"),
    "week-ended-weekday": ("US mortgage applications rose 3 percent in the week ended Friday.",
                           "2024-02-03/2024-02-09"),
    "week-to-weekday": ("Britain's FTSE 100 rose 2 percent in the week to Friday.",
                        "2024-02-03/2024-02-09"),
    # near-miss: the day alone
    "weekday-alone": ("US mortgage applications rose 3 percent on Monday.", "2024-02-12"),
    # a quarter or a half told by the day it ended, in a relative clause
    "quarter-which-ended": ("Loan losses at Ontario's big lenders rose to $2 billion in their "
                            "fiscal first quarter, which ended Jan. 31.", "2023-11/2024-01"),
    "half-that-ended-on": ("Merino Wool Co's profit rose 9 percent in the first half that ended "
                           "on Dec. 31.", "2023-H2"),
    # near-miss: a clause about another thing's end is no end of the quarter
    "quarter-then-other-clause": ("Merino Wool Co's profit rose 9 percent in the first quarter, "
                                  "which investors cheered.", "2024-Q1"),
    # the year so far: January to the article's month (mid-month: no whole quarter)
    "so-far-this-year": ("Lanxi's online sales have reached 3 billion yuan so far this year.",
                         "2024-01/2024-02"),
    "this-year-so-far": ("Lanxi's online sales have grown 12 percent this year so far.",
                         "2024-01/2024-02"),
    "so-far-in-a-year": ("Lanxi's online sales have grown 12 percent so far in 2024.",
                         "2024-01/2024-02"),
    "ytd": ("Lanxi's online sales have grown 12 percent YTD.", "2024-01/2024-02"),
    # near-miss: "so far" of another year is no year to date
    "this-year-without-so-far": ("Lanxi's online sales will grow 12 percent this year.", "2024"),
    # near-miss: a cap over the months ahead is a limit in force, no period
    "cap-over-next-months": ("The board of Orla Telecom approved a buyback of up to €25m over the "
                             "next 12 months.", None),
}  # fmt: skip


@pytest.mark.parametrize(("text", "period"), PERIODS.values(), ids=PERIODS.keys())
def test_facts_period_forms(nlp: Language, text: str, period: str | None) -> None:
    (first, *_) = facts(nlp, text, date="2024-02-15")
    assert first[6] == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the yield on a bond is a market quote: the bond's yield, no owner, the day's
        (
            "The yield on Malaysia's benchmark 10-year government bond rose 6 basis points to "
            "3.52% on Tuesday.",
            [
                ("6 basis points", "yield on Malaysia's benchmark 10-year government bond", None),
                ("3.52%", "yield on Malaysia's benchmark 10-year government bond", None),
            ],
        ),
        (
            "The yield on the benchmark 10-year Treasury note fell to 4.1% on Tuesday.",
            [("4.1%", "yield on the benchmark 10-year Treasury note", None)],
        ),
        # near-miss: a company's own yield is owned
        (
            "Kessler Logistik AG's dividend yield was 3.5% on Tuesday.",
            [("3.5%", "dividend yield", "Kessler Logistik AG")],
        ),
    ],
)
def test_facts_yield_on_a_bond_is_an_instrument(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = facts(nlp, text, date="2025-09-09")
    assert [(row[0], row[4], row[5]) for row in found] == expected
    assert {row[6] for row in found} == {"2025-09-09"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by a total of", "by a further": a change stated with "by", its verb before the object
        (
            "Bank Negara has cut its policy rate by a total of 125 basis points since 2024.",
            ("125 basis points", "change", "decrease"),
        ),
        (
            "The Reserve Bank raised its cash rate by a further 50 basis points.",
            ("50 basis points", "change", "increase"),
        ),
        # near-miss: a level after "by" that no cue makes a change
        (
            "Orla Telecom was hit by a total loss of 5 million pounds.",
            ("5 million pounds", "level", "none"),
        ),
    ],
)
def test_facts_change_by_a_total_of(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert facts(nlp, text, date="2025-09-09")[0][:3] == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Average hourly earnings rose 0.4% in September, bringing the annual increase to 3.8%.",
            [("0.4%", "change"), ("3.8%", "change")],
        ),
        (
            "Kessler's sales rose 5% in May, lifting its monthly gain to 0.6%.",
            [("5%", "change"), ("0.6%", "change")],
        ),
        # near-miss: a noun of change with no verb that sets it is the level it moved to
        (
            "Peru's central bank announced an increase to 5% in its policy rate.",
            [("5%", "level")],
        ),
    ],
)
def test_facts_a_noun_of_change_brought_to_a_value(
    nlp: Language, text: str, kinds: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[1]) for row in facts(nlp, text, date="2025-10-24")] == kinds


@pytest.mark.parametrize(
    ("text", "date", "period"),
    [
        # China's public holidays: the days off the State Council set that year
        (
            "Guilin received 6.43 million tourist visits during the eight-day National Day "
            "holiday, up 11.6 percent.",
            "2025-10-09",
            "2025-10-01/2025-10-08",
        ),
        (
            "Hainan's duty-free sales reached 2.5 billion yuan during the Spring Festival holiday.",
            "2025-02-05",
            "2025-01-28/2025-02-04",
        ),
        (
            "Suzhou's retail sales rose 8 percent during the May Day holiday.",
            "2024-05-06",
            "2024-05-01/2024-05-05",
        ),
        # a year the table does not list: a fixed-day holiday's days from its written length
        (
            "Guilin's tourism revenue rose 9 percent during the eight-day National Day holiday.",
            "2031-10-09",
            "2031-10-01/2031-10-08",
        ),
        # near-miss: a holiday with no schedule of days off gives no period of its own
        ("Sales at Harwell Stores rose 4% over Christmas.", "2024-12-28", None),
    ],
)
def test_facts_chinese_public_holidays(
    nlp: Language, text: str, date: str, period: str | None
) -> None:
    assert facts(nlp, text, date=date)[0][6] == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inflation rate is measured over a month, not quoted on the day it is told
        (
            "ACCRA, Aug 15 - Ghana's annual inflation rate slowed in July to 12.1%, the "
            "statistics office said on Friday, from 13.7% in June.",
            [
                ("12.1%", "annual inflation rate", "2025-07"),
                ("13.7%", "annual inflation rate", "2025-06"),
            ],
        ),
        # a metric's description set off by commas holds no metric of the value
        (
            "Food inflation, the biggest component of the index, dropped to 14.7% in July from "
            "15.2% a month earlier.",
            [("14.7%", "Food inflation", "2025-07"), ("15.2%", "Food inflation", "2025-06")],
        ),
        # near-miss: a day, not a month, back gives no period back
        (
            "The cedi traded at 10.4 per dollar. Food inflation dropped to 14.7% in July from "
            "14.9% a week earlier.",
            [("14.7%", "Food inflation", "2025-07"), ("14.9%", "Food inflation", "2025-07")],
        ),
    ],
)
def test_facts_monthly_rates(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r[0], r[4], r[6]) for r in facts(nlp, text, date="2025-08-15")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount taken off a quantity: a change of it, downward
        (
            "Kurobe Motors said U.S. tariffs would knock 1.4 trillion yen off its earnings.",
            ("1.4 trillion yen", "target", "decrease", "earnings"),
        ),
        (
            "The sell-off wiped $50 billion off Samsung Electronics' market value on Monday.",
            ("$50 billion", "change", "decrease", "market value"),
        ),
        # near-miss: the quantity's level, nothing taken off
        (
            "Halden Chips' market value stood at $50 billion on Monday.",
            ("$50 billion", "level", "none", "market value"),
        ),
    ],
)
def test_facts_amount_taken_off_a_quantity(
    nlp: Language, text: str, expected: tuple[str, str, str, str]
) -> None:
    (first, *_) = facts(nlp, text, date="2025-08-07")
    assert (first[0], first[1], first[2], first[4]) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # "for the year" after a forecast: the year running on the article's date
        ("Manila aims to meet its 5.5%-6.5% growth target for the year.", "2025"),
        ("Orla Telecom expects revenue of $5 billion for the year.", "2025"),
        # near-miss: a year told by its end is that year
        ("Orla Telecom said revenue rose 5% for the year to March 31.", "FY2025"),
    ],
)
def test_facts_for_the_year(nlp: Language, text: str, period: str) -> None:
    assert facts(nlp, text, date="2025-08-07")[-1][6] == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a fiscal year told from the article's date, by the year-end the text states
        ("this financial year", "FY2024"),
        ("next fiscal year", "FY2025"),
        ("the previous fiscal year", "FY2023"),
        # near-miss: a calendar year told so is the calendar's
        ("next year", "2025"),
    ],
)
def test_facts_fiscal_year_told_from_the_article_date(
    nlp: Language, text: str, period: str
) -> None:
    story = (
        "Kurobe Motors expects operating profit of 3.2 trillion yen for the year ending in "
        f"March 2024. Tariffs will cost it 1.4 trillion yen {text}."
    )
    assert facts(nlp, story, date="2024-02-15")[1][6] == period


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # "the year-ago period", "year-earlier": a year back from the period in view
        (
            "Kotak Mahindra Bank's net profit rose to Rs 3,344 crore in the October-December "
            "quarter from Rs 2,792 crore in the year-ago period.",
            [("Rs 3,344 crore", "2023-Q4"), ("Rs 2,792 crore", "2022-Q4")],
        ),
        # near-miss: a month back is no year back
        (
            "Kotak Mahindra Bank's deposits reached Rs 4.5 lakh crore in December, against "
            "Rs 4.4 lakh crore at the month-ago level.",
            [("Rs 4.5 lakh crore", "2023-12"), ("Rs 4.4 lakh crore", "2023-12")],
        ),
    ],
)
def test_facts_year_ago_period(nlp: Language, text: str, dated: list[tuple[str, str]]) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2024-02-15")] == dated


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # a date modifying another metric dates that metric, not a share move on the day
        (
            "Tarrant Foods said on Thursday its 2023 profit rose 12%, sending its shares up 4.3%.",
            [("12%", "2023"), ("4.3%", "2024-02-15")],
        ),
        (
            "Halden Steel's third-quarter orders beat forecasts and its stock rose 2%.",
            [("2%", "2024-02-15")],
        ),
        # near-miss: a date of the move itself, and a metric that shares the modifier's date
        ("Tarrant Foods shares gained 30% in 2023.", [("30%", "2023")]),
        (
            "Tarrant Foods said its 2023 shipments rose 12% and its revenue rose 5%.",
            [("12%", "2023"), ("5%", "2023")],
        ),
    ],
)
def test_facts_a_date_of_another_metric_dates_no_share_move(
    nlp: Language, text: str, dated: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2024-02-15")] == dated


def test_facts_fiscal_code_follows_the_year_end_the_text_states(nlp: Language) -> None:
    # fiscal 2024 ended in September 2024: its first quarter is October-December 2023
    text = "Tata's sales in the fiscal year ended September rose 4 percent. Q1FY24 revenue rose 5%."
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-02-05")] == [
        ("4 percent", "FY2023"),
        ("5%", "2023-Q4"),
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "In Mexico City, the Bank of Mexico lowered its key rate to 11 percent.",
            "Bank of Mexico",
        ),
        ("In Jiangsu, exports rose 5 percent in 2023.", "Jiangsu"),
        ("In Jiangsu, Tesla's sales rose 5 percent in 2023.", "Tesla"),
        (
            "Elsewhere in Qatar, Doha Marine Services won a QAR 780 million contract in 2024.",
            "Doha Marine Services",
        ),
        ("Meanwhile in Jiangsu, exports rose 5 percent in 2023.", "Jiangsu"),
    ],
    ids=[
        "set-off-place-then-owner",
        "place-alone",
        "owner-of-metric",
        "adverb-then-set-off-place-then-owner",
        "adverb-then-place-alone",
    ],
)
def test_facts_subject_after_a_set_off_place(nlp: Language, text: str, subject: str) -> None:
    (first, *_) = facts(nlp, text, date="2024-02-15")
    assert first[5] == subject


PELITA = (
    "Pelita Oil keeps fuel price\n\nJAKARTA, March 20 -- Pelita Oil Corp kept the price of "
    "subsidized diesel at Rp 6,800 per liter on Wednesday, Indonesia's energy ministry said.\n\n"
)
SUBJECTS: dict[str, tuple[str, list[str | None]]] = {
    # a name inside a clause of place describes the place, which owns the figure
    "clause-of-place": (
        "In Hangzhou, where developer Greentown China is based, second-hand home prices fell "
        "0.3% in October.",
        ["Hangzhou"],
    ),
    # near-miss: a place in a relative clause about a person is the person's place
    "clause-of-person": (
        "Li Wei, who runs a workshop in Xuchang, said a hairpiece sells for 60 to 90 dollars.",
        ["Xuchang"],
    ),
    # a nationality adjective names the country its statistic is of
    "demonym-philippine": (
        "Vietnam and the Philippines reported trade data on Monday. Vietnam's exports rose 5%. "
        "Philippine exports rose 3%.",
        ["Vietnam", "Philippines"],
    ),
    "demonym-ethiopian": (
        "Kenya and Ethiopia reported trade data on Monday. Kenya's exports rose 5%. Ethiopian "
        "coffee exports rose 12%.",
        ["Kenya", "Ethiopia"],
    ),
    # a central bank the story names before owns no price statistic after it
    "inherited-central-bank-owns-no-prices": (
        "Euro zone inflation rose in September, giving the European Central Bank little reason "
        "to act. Energy prices fell 0.4% on the year.",
        [None],
    ),
    # near-miss: the rate it sets is its own
    "inherited-central-bank-owns-its-rate": (
        "The European Central Bank met on Thursday. Its deposit rate stayed at 2.0%.",
        ["European Central Bank"],
    ),
    # a company's seat, a city before its province, owns none of its figures
    "city-and-province-based-company": (
        "Ningxin Battery Co Ltd said its profit rose 12 percent in 2023. The Ningde, Fujian "
        "province-based company's revenue increased 7.3 percent.",
        ["Ningxin Battery Co Ltd", "Ningxin Battery Co Ltd"],
    ),
    # near-miss: a city's own figure in a sentence about it
    "city-and-province-own-figure": (
        "Ningxin Battery Co Ltd said its profit rose 12 percent in 2023. Ningde, in Fujian "
        "province, saw its GDP grow 6 percent.",
        ["Ningxin Battery Co Ltd", "Ningde"],
    ),
    "foreign-investors-flows-are-no-ones": (
        "Bank Negara holds\n\nKUALA LUMPUR, March 7 -- Bank Negara Malaysia held its policy "
        "rate at 3 percent on Thursday. Foreign investors had pulled $1.5 billion from local "
        "bonds since January.",
        ["Bank Negara Malaysia", None],
    ),
    "the-shares-investors-buy-are-the-issuers": (
        "Lushan Battery sets IPO\n\nLushan Battery Technology Co plans to raise HK$3 billion in "
        "a Hong Kong listing. Cornerstone investors have agreed to buy US$80 million of shares.",
        ["Lushan Battery Technology Co", "Lushan Battery Technology Co"],
    ),
    "the-plant-just-named-is-its-companys": (
        "Ganzhou furniture exports rise\n\nGanzhou's furniture exports rose 12 percent in "
        "2023. In March, Shenzhen-based Lingnan Home Co signed an agreement on a smart factory "
        "in Ganzhou with a planned investment of 1.5 billion yuan. The plant is expected to "
        "generate annual output value of 3 billion yuan.",
        ["Ganzhou", "Lingnan Home Co", "Lingnan Home Co"],
    ),
    "the-places-output-after-a-companys-plant-is-the-places": (
        "Ganzhou furniture exports rise\n\nGanzhou's furniture exports rose 12 percent in "
        "2023. In March, Shenzhen-based Lingnan Home Co signed an agreement on a smart factory "
        "in Ganzhou with a planned investment of 1.5 billion yuan. Industrial output value is "
        "expected to reach 300 billion yuan.",
        ["Ganzhou", "Lingnan Home Co", "Ganzhou"],
    ),
    "one-move-of-two-companies-shares-is-neithers": (
        "Macao casino stocks rise\n\nShares of Lotus China and Pearl Entertainment Group rose "
        "2 percent in Hong Kong on Tuesday.",
        [None],
    ),
    "one-companys-shares-with-its-units-are-its": (
        "Macao casino stocks rise\n\nShares of Pearl Entertainment Group and its Macao unit "
        "rose 2 percent in Hong Kong on Tuesday.",
        ["Pearl Entertainment Group"],
    ),
    "names-given-as-examples-of-investors-own-nothing": (
        "Lushan Battery sets IPO\n\nLushan Battery Technology Co plans to raise HK$3 billion in "
        "a Hong Kong listing. Cornerstone investors, including Tamar Holdings and a Norway "
        "pension fund, have agreed to buy US$80 million of shares.",
        ["Lushan Battery Technology Co", "Lushan Battery Technology Co"],
    ),
    "a-name-before-including-owns": (
        "Lushan Battery sets IPO\n\nLushan Battery Technology Co plans to raise HK$3 billion in "
        "a Hong Kong listing. Tamar Holdings, including its units, holds assets of US$80 "
        "million.",
        ["Lushan Battery Technology Co", "Tamar Holdings"],
    ),
    "the-company-a-bid-values-is-the-one-named-before": (
        "Bid for Maison Verte\n\nBoreal Capital Partners offered \u20ac20 a share in cash for "
        "Maison Verte SA on Monday, valuing the French retailer at \u20ac900 million.",
        ["Boreal Capital Partners", "Maison Verte SA"],
    ),
    "a-bid-valuing-the-deal-stays-the-bidders": (
        "Bid for Maison Verte\n\nBoreal Capital Partners offered \u20ac20 a share in cash for "
        "Maison Verte SA on Monday, valuing the deal at \u20ac900 million.",
        ["Boreal Capital Partners", "Boreal Capital Partners"],
    ),
    "the-two-cities-named-before-share-their-figure": (
        "Guangxi retail sales climb\n\nNanning posted retail sales of 500 billion yuan in "
        "2023, while Liuzhou recorded 300 billion yuan. The two cities together accounted for "
        "40 percent of the regional total.",
        ["Nanning", "Liuzhou", None],
    ),
    "two-unnamed-parts-of-the-company-are-its": (
        "Kessler Rail lifts revenue\n\nKessler Rail Corp said its revenue rose 8 percent to "
        "C$2 billion in 2023. The two companies it bought in 2022 together accounted for 15 "
        "percent of the total.",
        ["Kessler Rail Corp", "Kessler Rail Corp", "Kessler Rail Corp"],
    ),
    "an-exchanges-own-market-is-its": (
        "Nagoya stocks climb\n\nNAGOYA, March 19 -- The Bank of Japan raised its policy rate to "
        "0.1 percent on Tuesday. Turnover on the Nagoya Stock Exchange's main board came to "
        "\u00a5300 billion.",
        ["Bank of Japan", "Nagoya Stock Exchange"],
    ),
    "a-statistics-offices-data-are-the-places": (
        "Tianjin retail sales climb\n\nTianjin's retail sales rose 6 percent in 2023. The "
        "Tianjin Municipal Bureau of Statistics's data showed online sales rose 9 percent in "
        "2023.",
        ["Tianjin", "Tianjin"],
    ),
    "a-gap-to-the-national-figure-is-the-places": (
        "Anhui's economy grows\n\nAnhui's GDP grew 5.8 percent in 2023, the fastest among "
        "China's big provinces. Its growth rate outpaced the national figure by 0.6 percentage "
        "points.",
        ["Anhui", "Anhui"],
    ),
    "the-national-figure-itself-is-the-countrys": (
        "Anhui's economy grows\n\nAnhui's GDP grew 5.8 percent in 2023, the fastest among "
        "China's big provinces. Its growth rate was 0.6 percentage points above the national "
        "figure of 5.2 percent.",
        ["Anhui", "Anhui", "China"],
    ),
    "a-place-after-its-quantity-is-where-not-whose": (
        "Lianyuan Cranes ships more abroad\n\nLianyuan Crane Co said its overseas revenue rose "
        "30 percent in 2023. The company shipped 900 cranes to the Middle East, and its order "
        "backlog in Egypt alone topped 1.2 billion yuan.",
        ["Lianyuan Crane Co", "Lianyuan Crane Co"],
    ),
    "a-place-after-its-office-is-the-owner-of-an-unnamed-firm": (
        "Lianyuan Cranes ships more abroad\n\nLianyuan Crane Co said its overseas revenue rose "
        "30 percent in 2023. Among new projects, a German engineering group set up its regional "
        "headquarters in Changsha with registered capital of 200 million yuan.",
        ["Lianyuan Crane Co", "Changsha"],
    ),
    "a-ministers-figure-is-the-countrys": (
        PELITA + "Finance Minister Dewi Sartika has put this year's fuel subsidy bill at Rp 150 "
        "trillion.",
        ["Pelita Oil Corp", "Indonesia"],
    ),
    "a-company-officers-figure-is-the-companys": (
        PELITA + "The company's president director has put this year's capital spending at Rp "
        "15 trillion.",
        ["Pelita Oil Corp", "Pelita Oil Corp"],
    ),
    "a-minister-after-the-verb-is-no-owner": (
        PELITA + "Capital spending will rise to Rp 15 trillion this year, Finance Minister Dewi "
        "Sartika told the company's shareholders.",
        ["Pelita Oil Corp", "Pelita Oil Corp"],
    ),
    "an-appositive-describes-the-name-before-it": (
        "Ganzhou furniture exports rise\n\nGanzhou's furniture exports rose 12 percent in 2023. "
        '"Orders are strong," said Liu Wei, general manager of Ganxian Timber Co, a local maker '
        "with annual sales of 900 million yuan.",
        ["Ganzhou", "Ganxian Timber Co"],
    ),
    "a-relative-clause-describes-the-name-before-it": (
        "Kowloon tower sold\n\nHarbour Lane Properties Ltd sold its Kowloon tower for HK$5 "
        'billion on Monday. "The price was fair," said Redcliff Capital, which manages more than '
        "US$4 billion of assets.",
        ["Redcliff Capital"],
    ),
    "a-relative-clause-that-reports-is-not-the-names-own": (
        "Kowloon tower sold\n\nHarbour Lane Properties Ltd sold its Kowloon tower for HK$5 "
        'billion on Monday. "The price was fair," said Redcliff Capital, which said the tower '
        "earns rents of HK$200 million a year.",
        ["Harbour Lane Properties Ltd"],
    ),
    "a-place-phrase-before-an-appositive-is-no-owner": (
        "Banks cut rates\n\nThe Reserve Bank of India held its repo rate at 6.5 percent on "
        "Thursday. In Mexico City, the Bank of Mexico, a central bank with a dual mandate, "
        "lowered its key rate to 10.75 percent.",
        ["Reserve Bank of India", "Bank of Mexico"],
    ),
    "an-appositive-without-with-is-a-new-clause": (
        "Ganzhou furniture exports rise\n\nGanzhou's furniture exports rose 12 percent in "
        "2023. In Ganxian, near Ganzhou, a maker of sofas has invested 300 million yuan in a "
        "new plant.",
        ["Ganzhou", "Ganzhou"],
    ),
    "a-possessive-in-an-aside-owns-nothing": (
        "TAIYUAN, Jan. 27 -- Shanxi Province, China's biggest coal producer, reported gross "
        "domestic product of 2.57 trillion yuan for 2023.",
        ["Shanxi Province"],
    ),
    "one-of-a-possessive-in-an-aside": (
        "Zhejiang Province, one of China's export powerhouses, saw its total imports and "
        "exports reach 1.58 trillion yuan in 2023.",
        ["Zhejiang Province"],
    ),
    "a-possessive-before-a-comma-still-owns": (
        "Vietnam remained Guangxi's largest trading partner, with two-way trade of 197.5 "
        "billion yuan.",
        ["Guangxi"],
    ),
    "an-exchange-owns-no-market-value": (
        "Highveld Platinum Ltd shares fell 3.2% on the Johannesburg Stock Exchange, giving the "
        "company a market value of around R48 billion.",
        ["Highveld Platinum Ltd", "Highveld Platinum Ltd"],
    ),
    "possessive-after-said-owns-its-decision": (
        "Tasman Bank posted a record profit. Chief executive Michael Carrington said the Reserve "
        "Bank of Australia's decision to lower the cash rate by 25 basis points would help "
        "borrowers.",
        ["Reserve Bank of Australia"],
    ),
    "broader-market-belongs-to-no-one": (
        "Shares of Harbourfront Properties rose 4.6 per cent, outperforming the broader market, "
        "which slipped 0.3 per cent.",
        ["Harbourfront Properties", None],
    ),
    "metal-quotes-belong-to-no-one": (
        "Highveld Platinum Ltd cut its dividend. Platinum traded at about $920 an ounce on "
        "Thursday, and palladium at about $1,000.",
        [None, None],
    ),
    "benchmark-yield-belongs-to-no-one": (
        "Bank Indonesia raised its policy rate. The benchmark yield fell 9 basis points to 7.07%.",
        [None, None],
    ),
    "byline-publisher-owns-nothing": (
        "Catering sales climb in November\nUpdated: 2023-12-21 | Source: China Daily\n\n"
        "Sales at catering businesses in Tianjin jumped 19.2 percent in November. Online sales "
        "rose 8 percent.",
        ["Tianjin", "Tianjin"],
    ),
    "headline-opener-is-the-main-subject": (
        "Kessler Logistik AG lifts outlook as ECB holds rates\n\nThe European Central Bank held "
        "its deposit rate at 4 percent on Thursday. The European Central Bank said inflation was "
        "easing. Kessler Logistik AG forecast higher profit.\n\nRevenue fell 10 percent to EUR "
        "4.2 billion.",
        ["European Central Bank", "Kessler Logistik AG", "Kessler Logistik AG"],
    ),
    "source-cue-stays-in-its-sentence": (
        "Kessler Logistik AG lifts outlook as ECB holds rates\n\nThe European Central Bank held "
        "its deposit rate at 4 percent on Thursday, and the European Central Bank said inflation "
        "was easing.\n\nKessler Logistik AG said its net profit rose 18 percent in 2023.",
        ["European Central Bank", "Kessler Logistik AG"],
    ),
    "initials-with-small-words": (
        "Yen slides after policy meeting\n\nThe Bank of Japan met on Tuesday. The BOJ raised its "
        "short-term policy rate to 0.1 percent.",
        ["Bank of Japan"],
    ),
    "place-of-a-company-possessive": (
        "Germany's Kessler Logistik AG booked EUR 3.4 million in restructuring costs in 2023.",
        ["Kessler Logistik AG"],
    ),
    "place-of-a-company-descriptor": (
        "Hong Kong developer Harbourfront Properties Ltd posted revenue of HK$10 billion in 2023.",
        ["Harbourfront Properties Ltd"],
    ),
    "place-of-a-reporting-body-owns": (
        "Germany's Ministry of Finance set a budget of EUR 476 billion for 2024.",
        ["Germany"],
    ),
    "nationwide-opening": (
        "Hubei's retail sales climb\n\nHubei's retail sales rose 8 percent in 2023, data from "
        "China's statistics bureau showed.\n\nNationwide, retail sales rose 7.2 percent.",
        ["Hubei", "China"],
    ),
    "share-of-a-national-whole": (
        "Shanxi's coal output rises\n\nShanxi's coal output rose 3 percent in 2023, and China's "
        "output rose 2 percent.\n\nThe province's share of national coal output was 29.2 percent.",
        ["Shanxi", "China", "Shanxi"],
    ),
    "the-province-is-the-place-named-province": (
        "Air cargo hub grows\n\nZhengzhou's airport handled more cargo in 2023, and Zhengzhou's "
        "exports of phones rose. Henan Province is an inland hub.\n\nThe province's imports and "
        "exports fell 8.2 percent in 2023.",
        ["Henan Province"],
    ),
    "the-company-and-the-bank": (
        "Kessler Logistik AG raises dividend as ECB holds\n\nThe European Central Bank held its "
        "deposit rate at 4 percent on Thursday. The company raised its dividend to EUR 1.20 per "
        "share.\n\nKessler Logistik AG's revenue rose 5 percent in 2023. The bank lowered its "
        "rate forecast by 10 basis points.",
        [
            "European Central Bank",
            "Kessler Logistik AG",
            "Kessler Logistik AG",
            "European Central Bank",
        ],
    ),
    "macro-statistic-of-the-country": (
        "Bank of Korea holds rate\n\nThe Bank of Korea kept its benchmark rate at 3.5 percent on "
        "Thursday. South Korea's economy is slowing, and Seoul's shops are quiet.\n\nExports "
        "fell 7.4 percent in 2023.",
        ["Bank of Korea", "South Korea"],
    ),
    "table-row-labelled-with-a-company-is-its-own": (
        "Company results on Thursday\n\nCompany                Net profit      Change\n"
        "Kessler Logistik AG    EUR 412m        down 18.5%\n"
        "Harbourfront Properties Ltd  HK$1.2bn   up 3.1%\n\n"
        "The Swiss National Bank cut its policy rate to 1.5 percent on Thursday.",
        [
            "Kessler Logistik AG",
            "Kessler Logistik AG",
            "Harbourfront Properties Ltd",
            "Harbourfront Properties Ltd",
            "Swiss National Bank",
        ],
    ),
    "loans-in-a-central-bank-story-are-the-countrys": (
        "Bank of Korea holds rate\n\nThe Bank of Korea kept its benchmark rate at 3.5 percent on "
        "Thursday. South Korea's economy is slowing.\n\nHousehold loans rose by 3.1 trillion "
        "won in December.",
        ["Bank of Korea", "South Korea"],
    ),
    "a-central-bank-keeps-figures-when-the-country-is-not-its-own": (
        "ECB holds rates\n\nThe European Central Bank kept its deposit rate at 4 percent on "
        "Thursday. Italy's economy is slowing, and Italy's banks are cautious.\n\nBanks "
        "borrowed 2.5 billion euros from the bank in its weekly operation.",
        ["European Central Bank", "European Central Bank"],
    ),
    "it-opening-a-sentence-is-the-owner-that-opened-one-before": (
        "Bank Indonesia raises rate\n\nBank Indonesia raised its policy rate to 6.25 percent on "
        "Wednesday. PT Morowali Nikel Industri said its net profit fell 41% in the first "
        "quarter.\n\nThe company runs 12 furnaces. It plans to spend Rp 2 trillion this year on "
        "a new plant.",
        ["Bank Indonesia", "PT Morowali Nikel Industri", "PT Morowali Nikel Industri"],
    ),
    "it-is-not-a-place-named-in-a-list-after-in": (
        "Vindhya Cements Ltd profit rises\n\nVindhya Cements Ltd said its net profit rose 12 "
        "percent in the quarter.\n\nSales rose in Uttar Pradesh and Bihar. It also declared an "
        "interim dividend of Rs 12 per share.",
        ["Vindhya Cements Ltd", "Vindhya Cements Ltd"],
    ),
    "a-place-closing-a-value-before-a-comma-owns-nothing-after": (
        "Nordwind Energie AG lifts profit\n\nNordwind Energie AG said its net profit rose 12 "
        "percent in the first half.\n\nThe Frankfurt market was calm. Shares rose 4.2% to EUR "
        "38.10 in Frankfurt, giving Nordwind Energie AG a market value of about EUR 28 billion.",
        ["Nordwind Energie AG"] * 4,
    ),
    "a-place-before-a-comma-and-a-new-owner": (
        "Taiwan panels\n\nPilbara Ridge Minerals said it would spend A$2.3bn on a refinery in "
        "Western Australia, and Formosa Display Technology raised NT$30 billion in a rights "
        "issue.",
        ["Pilbara Ridge Minerals", "Formosa Display Technology"],
    ),
    "a-place-after-a-value-owns-the-next-statement": (
        "Chongqing projects\n\nChongqing's investment rose 4 percent in 2023.\n\nA parts park "
        "in Changshou District has a planned investment of RMB 12.6 billion, and a data center "
        "cluster in Yubei District will cost about CNY 8.2 billion.",
        ["Chongqing", "Changshou District", "Yubei District"],
    ),
    "a-central-banks-inflation-is-not-a-foreign-citys": (
        "Swiss National Bank cuts rate\n\nThe Swiss National Bank cut its policy rate to 1.5 "
        "percent on Thursday. Traders in Mexico City and Mexico City banks were calm.\n\n"
        "Inflation was 1.2 percent in February.",
        ["Swiss National Bank", None],
    ),
    "a-regional-central-banks-inflation-is-not-a-members": (
        "ECB holds rates\n\nThe European Central Bank held its deposit rate at 4 percent on "
        "Thursday. Italy's banks and Italy's savers were calm.\n\nServices inflation has been "
        "stuck at 4 percent since November.",
        ["European Central Bank", None],
    ),
    "a-central-bank-naming-no-home-keeps-the-countrys-inflation": (
        "Fed holds rates\n\nThe Federal Reserve held its policy rate at 5.5 percent on "
        "Wednesday. The U.S. economy is strong, and U.S. shoppers keep spending.\n\nInflation "
        "was 2.9 percent in December.",
        ["Federal Reserve", "U.S."],
    ),
    "a-central-banks-home-inflation": (
        "Bank of Korea holds rate\n\nThe Bank of Korea kept its benchmark rate at 3.5 percent on "
        "Thursday. South Korea's economy is slowing.\n\nInflation was 3.2 percent in December.",
        ["Bank of Korea", "South Korea"],
    ),
    "the-county-it-keeps-calling-the-county-is-the-main-subject": (
        "Orchard sales boom online\n\nFengshan County in China's Guizhou Province has sold 1.2 "
        "billion yuan of farm produce online this year, local officials said.\n\nThe county "
        "has 120,000 mu of orchards. The county ships fruit daily, and the county's farmers "
        "sell online.\n\nPremium fruit sells for 16 yuan per kilogram online, Luo said.\n\n"
        "Guizhou Province's online sales rose 18 percent in 2023. Guizhou Province is an inland "
        "province.",
        ["Fengshan County", "Fengshan County", "Guizhou Province"],
    ),
    "a-place-naming-the-unit-of-an-owner-owns-nothing": (
        "Dominion Pacific Bank profit rises\n\nDominion Pacific Bank said its net profit rose 8 "
        "percent in the first quarter.\n\nThe bank's U.S. commercial lending unit earned "
        "US$12.1 million, down from US$19.8 million a year earlier.",
        ["Dominion Pacific Bank"] * 3,
    ),
    "a-place-after-its-names-a-listing-not-an-owner": (
        "Lanxin delivers more cars\n\nLanxin Motor Co delivered 186,000 vehicles in 2023. "
        "Lanxin Motor Co, which raised HK$9.36 billion in its Hong Kong listing last year, "
        "reported revenue of 27.3 billion yuan in 2023.",
        ["Lanxin Motor Co", "Lanxin Motor Co"],
    ),
    "a-central-banks-measure-of-inflation-is-its-countrys": (
        "Fed holds rates\n\nThe Federal Reserve held its policy rate at 5.5 percent on "
        "Wednesday. The U.S. economy is strong, and U.S. shoppers keep spending.\n\nInflation "
        "by the Fed's preferred measure rose 2.6% in December.",
        ["Federal Reserve", "U.S."],
    ),
    "a-central-banks-forecast-of-inflation-in-a-country-not-named": (
        "Swiss National Bank cuts rate\n\nThe Swiss National Bank cut its policy rate to 1.5 "
        "percent on Thursday. Traders in Mexico City and Mexico City banks were calm.\n\nThe "
        "Swiss National Bank now expects inflation of 1.4% in 2024.",
        ["Swiss National Bank", None],
    ),
    # India's inflation is not the bank's but India's, which the bank's name names
    "a-central-bank-whose-name-is-the-only-mention-of-its-country": (
        "Sahyadri Green Energy Ltd sells bonds\n\nSahyadri Green Energy Ltd, based in "
        "Karnataka, sold bonds. Karnataka is growing.\n\nThe Reserve Bank of India has kept its "
        "repo rate at 6.5 percent since February 2023, and retail inflation rose to 5.08 percent "
        "in June.",
        ["Reserve Bank of India", "India"],
    ),
    "an-opening-preposition-is-no-verb": (
        "Bank Indonesia raises rate\n\nBank Indonesia raised its policy rate to 6.25 percent on "
        "Wednesday.\n\nAt the pump, state oil company Pertamina kept the price of subsidized "
        "gasoline at Rp 10,000 per liter.",
        ["Bank Indonesia", "Pertamina"],
    ),
    "a-place-after-a-cue-word-after-a-value-is-no-owner": (
        "Ashigara Motor Corp. sales climb\n\nGlobal vehicle sales in the quarter climbed 9 "
        "percent to 1.62 million units, with sales in North America up 18 percent.",
        ["Ashigara Motor Corp.", "Ashigara Motor Corp."],
    ),
    "the-group-is-the-company-named-group": (
        "Kessler Logistik AG lifts outlook\n\nKessler Logistik AG said its revenue rose 5 "
        "percent in 2023. Kessler Logistik AG hired 2,000 people, and Hafen Holding Group bought "
        "a terminal from it.\n\nThe group plans to invest EUR 1.2 billion in new terminals this "
        "year.",
        ["Kessler Logistik AG", "Hafen Holding Group"],
    ),
    "its-is-the-owner-the-sentence-opens-with": (
        "Hefei signs projects\n\nHefei signed 40 projects on Monday. China is a big car "
        "market.\n\nThe city has become one of the country's biggest car-making bases in recent "
        "years, and its GDP reached 1.27 trillion yuan in 2023.",
        ["Hefei"],
    ),
    "a-headline-opening-with-a-company-noun-is-about-the-ledes-company": (
        "Automaker starts production at new Changzhou plant\n\nKessler Motor Co began "
        "production at its new plant in Changzhou on Friday. Changzhou is a car hub, and "
        "Changzhou's suppliers are nearby.\n\nThe plant has a total investment of 10 billion "
        "yuan.",
        ["Kessler Motor Co"],
    ),
    "a-possessive-standing-alone-before-its-verb-owns-the-metric": (
        "Euro zone inflation eases\n\nGermany's rate fell to 2.3% in March, France's dropped to "
        "2.4% and Italy's stood at 1.3%.",
        ["Germany", "France", "Italy"],
    ),
    "listed-owners-respectively": (
        "Provinces share river fund\n\nYunnan, Guizhou and Sichuan posted exports of 60 "
        "billion yuan, 100 billion yuan and 40 billion yuan, respectively, in 2023.",
        ["Yunnan", "Guizhou", "Sichuan"],
    ),
    "two-listed-owners-respectively": (
        "Provinces grow\n\nJiangsu and Zhejiang posted GDP growth of 5.8 percent and 6 percent, "
        "respectively, in 2023.",
        ["Jiangsu", "Zhejiang"],
    ),
    "a-sector-is-part-of-the-place-not-the-company-before": (
        "Binjiang District grows\n\nBinjiang District's GDP rose 6 percent in 2023. Binjiang "
        "District hosts Hikvision.\n\nHikvision's revenue rose 5 percent in 2023. The core "
        "industries of the digital economy generated revenue of RMB 733.6 billion.",
        ["Binjiang District", "Hikvision", "Binjiang District"],
    ),
    "its-businesses-are-the-companys": (
        "Binjiang District grows\n\nBinjiang District's GDP rose 6 percent in 2023. Binjiang "
        "District hosts Hikvision.\n\nHikvision's revenue rose 5 percent in 2023. Its cloud "
        "businesses generated revenue of RMB 3 billion.",
        ["Binjiang District", "Hikvision", "Hikvision"],
    ),
    "a-foreign-countrys-prices-are-not-the-main-places": (
        "Swiss National Bank cuts rate\n\nThe Swiss National Bank cut its policy rate to 1.5 "
        "percent on Thursday. Traders in Mexico City and Mexico City banks were calm.\n\nINSEE "
        "said French consumer prices rose 3.0% in February.",
        ["Swiss National Bank", None],
    ),
    "an-unnamed-countrys-prices-are-not-another-countrys": (
        "Japan's exports climb\n\nJapan's exports rose 12 percent in 2023, and Japan's imports "
        "fell.\n\nDestatis said German producer prices fell 4.1 percent in February.",
        ["Japan", None],
    ),
    "a-reporting-body-that-spends-owns-its-spending": (
        "Jiangxi economy grows\n\nJiangxi Province's GDP rose 4.1 percent in 2023.\n\nThe "
        "Jiangxi Provincial Department of Finance spent 86.4 billion yuan on education in 2023.",
        ["Jiangxi Province", "Jiangxi Provincial Department of Finance"],
    ),
    "a-reporting-body-that-reports-owns-nothing": (
        "Jiangxi economy grows\n\nJiangxi Province's GDP rose 4.1 percent in 2023.\n\nThe "
        "Jiangxi Provincial Department of Finance said spending on education reached 86.4 "
        "billion yuan in 2023.",
        ["Jiangxi Province", "Jiangxi Province"],
    ),
    "a-dateline-of-two-cities-owns-nothing": (
        "AMSTERDAM/NEW YORK, Sept 9 (Reuters) - Dutch chemicals group Veldhoven Chemie NV has "
        "agreed to buy Prescott Coatings Inc for US$3.2 billion in cash.",
        ["Veldhoven Chemie NV"],
    ),
    "a-place-before-a-company-noun-says-where-the-company-is": (
        "Xinjiang polysilicon maker reports 107.01 bln yuan in revenue\n\nTianshan Solar Energy "
        "Co., Ltd. said on Monday that its revenue fell 12 percent in 2023. Tianshan Solar "
        "Energy Co., Ltd. is based in Urumqi.",
        ["Tianshan Solar Energy Co., Ltd.", "Tianshan Solar Energy Co., Ltd."],
    ),
    "there-is-the-place-the-sentence-before-names": (
        "Inner Mongolia builds energy base\n\nInner Mongolia Autonomous Region's power output "
        "rose 8 percent in 2023.\n\nIn Ordos, a city long known for its coal, solar panels now "
        "cover the desert. A solar project there, with a total investment of 11.2 billion yuan, "
        "was connected to the grid in December.",
        ["Inner Mongolia Autonomous Region", "Ordos"],
    ),
    "there-were-names-no-place": (
        "Inner Mongolia builds energy base\n\nInner Mongolia Autonomous Region's power output "
        "rose 8 percent in 2023.\n\nIn Ordos, a city long known for its coal, solar panels now "
        "cover the desert. There were projects with a total investment of 11.2 billion yuan in "
        "December.",
        ["Inner Mongolia Autonomous Region", "Inner Mongolia Autonomous Region"],
    ),
    "with-an-owner-and-its-own-figure-is-no-partner": (
        "Shandong's trade grows\n\nAcross Shandong Province, total imports and exports reached "
        "3.26 trillion yuan in 2023, up 1.7 percent, with Qingdao accounting for 27.6 percent of "
        "the provincial total.",
        ["Shandong Province", "Shandong Province", "Qingdao"],
    ),
    "a-markets-shares-belong-to-no-company": (
        "Marina Logistics Trust climbs\n\nMarina Logistics Trust shares rose 2 percent on "
        "Monday. Hong Kong shares slipped 0.1%.",
        ["Marina Logistics Trust", None],
    ),
    "partner-after-the": (
        "In 2023, Zhejiang's exports rose 5 percent, while trade with the US fell 4.8 percent. "
        "Exports of cars soared 68 percent.",
        ["Zhejiang", "Zhejiang", "Zhejiang"],
    ),
    "partners-in-a-list": (
        "Qingdao's foreign trade rose 6 percent in 2023. Trade with Russia, Brazil and Saudi "
        "Arabia expanded 25.4 percent.",
        ["Qingdao", "Qingdao"],
    ),
    "committee-of-the-bank": (
        "Reserve Bank of India holds repo rate\n\nThe Reserve Bank of India left policy "
        "unchanged on Thursday. The Monetary Policy Committee voted 5-1 to keep the repo rate at "
        "6.5 per cent.",
        ["Reserve Bank of India"],
    ),
    "dateline-city-on-its-own-line": (
        "Central bank lifts rate again\n\nDAILY SABAH WITH AA\nISTANBUL\nMAR 21, 2024\n\n"
        "Türkiye's central bank raised its policy rate on Thursday.\n\nAnnual inflation rose to "
        "67 percent in February.",
        ["Türkiye"],
    ),
    "a-later-clause-keeps-its-sentences-owner": (
        "Bank of Korea holds rate\n\nThe Bank of Korea kept its benchmark rate at 3.5 percent "
        "on Thursday.\n\nSouth Korea's exports fell 7.4% last year, but semiconductor shipments "
        "rose 21.8% in December.",
        ["Bank of Korea", "South Korea", "South Korea"],
    ),
    "a-later-clause-of-a-central-bank-sentence-is-no-macro-owner": (
        "Rate decision\n\nThe Bank of Korea kept its benchmark rate at 3.5 percent, and "
        "inflation in South Korea eased to 3.2% in December.\n\nThe Bank of Korea kept its "
        "benchmark rate at 3.5 percent, and inflation eased to 3.2% in December.",
        ["Bank of Korea", "South Korea", "Bank of Korea", "South Korea"],
    ),
    "with-a-name-and-its-move": (
        "RBI holds repo rate\n\nThe Reserve Bank of India kept its repo rate at 6.5 per cent on "
        "Thursday.\n\nShares in lenders ended lower, with HDFC Bank down 1.2%.",
        ["Reserve Bank of India", "HDFC Bank"],
    ),
    "a-name-called-a-partner-owns-nothing": (
        "Qingdao's trade grows\n\nQingdao's foreign trade rose 3 percent in 2023. ASEAN remained "
        "the city's largest trading partner, with trade rising 6.3 percent to 133.5 billion yuan.",
        ["Qingdao", "Qingdao", "Qingdao"],
    ),
    "unnamed-suppliers-are-the-places": (
        "Lanxin Automobile Co. starts production in Changzhou\n\nChangzhou's output rose 8 "
        "percent in 2023. Lanxin Automobile Co. invested 10 billion yuan in the plant. Forty-two "
        "suppliers have agreed to build factories near the plant, with combined investment of "
        "nearly 4 billion yuan.",
        ["Changzhou", "Lanxin Automobile Co.", "Changzhou"],
    ),
    "the-name-a-forecast-expects-to-act": (
        "Kurobe Precision lifts outlook\n\nKurobe Precision Industries raised its operating "
        'profit forecast to 150 billion yen. "We expect the Bank of Japan to raise rates again '
        'in July, to 0.25%," said Yuki Morimoto, a strategist at Sakura Securities.',
        ["Kurobe Precision Industries", "Bank of Japan"],
    ),
    "several-owners-each": (
        "Jiangsu's GDP tops 12 trillion yuan\n\nJiangsu's GDP reached 12.8 trillion yuan in 2023. "
        "Wuxi, Nantong and Changzhou each posted economic output exceeding 1 trillion yuan. "
        "Qingdao and Yantai will each receive over 10 billion yuan.",
        ["Jiangsu", "Jiangsu", None, None],
    ),
    "several-owners-together": (
        "China Mobile, China Telecom and China Unicom together invested about 38 billion yuan in "
        "networks last year.",
        [None],
    ),
    "an-unnamed-company-takes-the-place-it-sets-up-in": (
        "Hainan's FDI grows\n\nHainan attracted foreign investment of 24 billion yuan in 2023. "
        "Among recent projects, a French cosmetics group set up its regional headquarters in "
        "Haikou with registered capital of 300 million yuan.",
        ["Hainan", "Haikou"],
    ),
    "a-ministry-that-borrows-owns-the-borrowing": (
        "Turkey hikes rate\n\nThe Central Bank of the Republic of Turkey raised its policy rate "
        "to 50% on Thursday. Borrowing by the Treasury and Finance Ministry at two bond auctions "
        "on Tuesday totaled 52.7 billion liras.",
        ["Central Bank of the Republic of Turkey", "Treasury and Finance Ministry"],
    ),
    "a-ministry-that-spends-owns-the-spending": (
        "Yen slides\n\nJapan's Ministry of Finance is widely believed to have spent more than "
        "¥5 trillion buying the currency on April 29.",
        ["Ministry of Finance"],
    ),
    "a-ministry-that-reports-owns-nothing": (
        "Korea's exports\n\nSouth Korea's exports rose 5% in 2023. The Ministry of Trade said "
        "outbound shipments of chips were valued at $10.9 billion in December.",
        ["South Korea", "South Korea"],
    ),
    "a-name-opening-a-paragraph-before-a-dated-aside-is-no-dateline": (
        "BHP profit falls\n\nMELBOURNE, Aug 20 -- BHP Group reported underlying profit of $13.4 "
        "billion for the year to June 30.\n\nRio Tinto, its main rival, last month posted "
        "first-half profit of $5.8 billion. Its iron ore shipments rose 1%.",
        ["BHP Group", "Rio Tinto", "Rio Tinto"],
    ),
    "the-bank-forecasts-its-countrys-figures": (
        "Poland's central bank holds rates\n\nThe National Bank of Poland kept its reference rate "
        "at 5.75% on Wednesday. Inflation in Poland slowed to 3.7% in January. The bank forecast "
        "inflation of 5.2% in 2024, and it sees GDP growth of 2.9% this year.",
        ["National Bank of Poland", "Poland", "Poland", "Poland"],
    ),
    "the-company-is-one-named-before": (
        "Shenzhen home prices fall\n\nNew home prices in Shenzhen fell 0.8 percent in "
        "February, and Shenzhen sales fell too. Tianhe Property Co. is the biggest builder in "
        "Shenzhen.\n\nThe company has 16 billion yuan of bonds maturing this year.\n\nAnalysts "
        "at Nomura Holdings Inc. and at Nomura Holdings Inc. again expect home sales to fall.",
        ["Shenzhen", "Tianhe Property Co."],
    ),
    "the-name-a-deal-values-owns-the-value": (
        "Veldhoven Chemie NV to buy Prescott Coatings Inc\n\nVeldhoven Chemie NV agreed to buy "
        "Prescott Coatings Inc for US$3.1 billion in cash. Including debt, the deal values "
        "Prescott Coatings Inc at about US$3.9 billion.",
        ["Veldhoven Chemie NV", "Prescott Coatings Inc"],
    ),
    "a-places-residents-are-the-places": (
        "Macao gaming revenue soars\n\nGross gaming revenue in Macao reached 183 billion "
        "patacas in 2023. Sands China Ltd said its revenue rose 260 percent. Shares of Sands China "
        "Ltd rose 2 percent.\n\nLocal residents' median monthly income was 17,000 patacas.",
        ["Macao", "Sands China Ltd", "Sands China Ltd", "Macao"],
    ),
    "a-commodity-price-belongs-to-no-one": (
        "Nickel miner's profit falls\n\nPT Morowali Nikel Industri said its net profit fell 41% "
        "to Rp 2.5 trillion as nickel prices averaged $17,400 per ton, down from $26,100 a year "
        "earlier.\n\nCopper prices rose 3% on Tuesday.\n\nThe miner's average selling price "
        "was $16,900 per ton.",
        [
            "PT Morowali Nikel Industri",
            "PT Morowali Nikel Industri",
            None,
            None,
            None,
            "PT Morowali Nikel Industri",
        ],
    ),
}


@pytest.mark.parametrize(("text", "subjects"), SUBJECTS.values(), ids=SUBJECTS.keys())
def test_facts_subject_forms(nlp: Language, text: str, subjects: list[str | None]) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-02-15")] == subjects


def test_facts_nationality_adjective_names_the_country(nlp: Language) -> None:
    text = (
        "Japan's exports climb\n\nJapan's exports rose 12 percent in 2023, and Japan's imports "
        "fell. Shipments to Germany rose too.\n\nDestatis said German producer prices fell 4.1 "
        "percent in February."
    )
    assert facts(nlp, text, date="2024-03-20") == [
        ("12 percent", "change", "increase", None, "exports", "Japan", "2023"),
        ("4.1 percent", "level", "none", None, "producer prices", "Germany", "2024-02"),
    ]


def test_facts_national_average_is_the_countrys(nlp: Language) -> None:
    text = (
        "Jiangsu's economy grows\n\nJiangsu's GDP grew 5.8 percent in 2023, the fastest among "
        "China's big provinces. The growth rate was 0.6 percentage points higher than the "
        "national average of 5.2 percent."
    )
    assert facts(nlp, text, date="2024-01-20") == [
        ("5.8 percent", "change", "increase", None, "GDP", "Jiangsu", "2023"),
        ("0.6 percentage points", "change", "increase", None, "growth rate", "Jiangsu", "2023"),
        ("5.2 percent", "change", "increase", None, "national average", "China", "2023"),
    ]


def test_facts_a_country_named_inside_a_bodys_name_points_into_its_mention(
    nlp: Language,
) -> None:
    text = (
        "Kessler Rail Corp posts profit\n\nKessler Rail Corp, based in Winnipeg, said its profit "
        "rose 8 percent in 2023.\n\nThe Bank of Canada held its policy rate at 5 percent, and "
        "inflation eased to 2.9 percent in January."
    )
    records = extractor.extract(text, nlp=nlp, date="2024-02-20")
    bank = next(m for m in records.mentions if m.text == "Bank of Canada")
    inflation = records.facts[-1]
    assert inflation.value.text == "2.9 percent"
    assert inflation.subject is not None
    assert (inflation.subject.text, inflation.subject.label, inflation.subject.id) == (
        "Canada",
        "GPE",
        bank.id,
    )
    assert text[inflation.subject.start : inflation.subject.end] == "Canada"
    assert bank.start < inflation.subject.start < inflation.subject.end == bank.end
    _offsets_hold(text, records)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (  # the article names Malaysia only in its central bank's name
            "Bank Negara Malaysia kept its overnight policy rate at 3 percent on Thursday.\n\n"
            "Nationwide, retail sales rose 4.2 percent in April.",
            ["Bank Negara Malaysia", "Malaysia"],
        ),
        (  # a statistics office that speaks reports its country's figure
            "Kessler Rail Corp posts profit\n\nKessler Rail Corp, based in Winnipeg, said its "
            "profit rose 8 percent in 2023. Winnipeg is its home.\n\nConsumer prices rose 2.9 "
            "percent in January from a year earlier, Statistics Canada said on Tuesday.",
            ["Kessler Rail Corp", "Canada"],
        ),
        (  # a company item ("profits") the office reports is the economy's, not the company's
            "Kessler Rail Corp posts profit\n\nKessler Rail Corp, based in Winnipeg, said its "
            "profit rose 8 percent in 2023. Winnipeg is its home.\n\nOperating profits of "
            "manufacturers fell 4.5 percent in the fourth quarter, Statistics Canada said.",
            ["Kessler Rail Corp", "Canada"],
        ),
        (  # the country named as a place of its own, the office by its demonym
            "Anadolu Cam Holding lifts sales\n\nAnadolu Cam Holding, based in Istanbul, said its sales rose "
            "12 percent. Istanbul is its home, and Turkey is its market.\n\nAnnual inflation "
            "reached 64.8 percent in December, according to the Turkish Statistical Institute.",
            ["Anadolu Cam Holding", "Turkey"],
        ),
        (  # an exchange where the bonds will trade reports nothing: the company's fees
            "Sahyadri Green Energy Ltd sells bonds\n\nSahyadri Green Energy Ltd sold bonds on "
            "Friday. The company paid Rs 45 lakh in fees, and the bonds will trade on the "
            "National Stock Exchange of India from July 16.",
            ["Sahyadri Green Energy Ltd"],
        ),
    ],
    ids=[
        "national-figure",
        "statistics-office-said",
        "office-reports-profits",
        "according-to-an-office",
        "exchange",
    ],
)
def test_facts_a_country_a_public_bodys_name_gives(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-02-20")] == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (  # the article names no place: no one's
            "Lotus Travel Group posts profit\n\nLotus Travel Group said its revenue rose 20 "
            "percent in 2023.\n\nFigures from the Ministry of Commerce showed online retail "
            "sales reached 15.4 trillion yuan in 2023.",
            ["Lotus Travel Group", None],
        ),
        (  # the place the article is about
            "Harbour Crest Properties posts profit\n\nHarbour Crest Properties said its profit "
            "rose 8 percent. It owns towers in Singapore, where office demand is weak, and "
            "Singapore hotels.\n\nHotel room revenue rose 3.1 percent in May, according to the "
            "Tourism Office.",
            ["Harbour Crest Properties", "Singapore"],
        ),
        (  # an international body's figure is the world's
            "Nordkyst Energi ASA lifts outlook\n\nNordkyst Energi ASA said its profit rose 12 "
            "percent in the first half.\n\nInvestment in solar power will reach $500 billion "
            "this year, according to the International Energy Agency.",
            ["Nordkyst Energi ASA", None],
        ),
    ],
    ids=["no-place", "the-articles-place", "international-body"],
)
def test_facts_an_agencys_figure_is_not_the_company_in_view(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-06-20")] == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (  # not the company the article is about
            "Kaveri Cements Ltd profit rises\n\nKaveri Cements Ltd said its profit rose 10 "
            "percent in the quarter. It sells most of its cement in India.\n\nThe government's "
            "capital spending allocation of Rs 11 lakh crore will drive demand, the company said.",
            ["Kaveri Cements Ltd", "India"],
        ),
        (  # the country the article is about, not the one it names most or the one before
            "Viet Nam exports climb\n\nViet Nam's exports rose 14 per cent in the first half, led "
            "by sales to the US. The US remained its biggest market, and US buyers took more "
            "electronics.\n\nUS imports from Viet Nam rose 25 per cent. The Government's growth "
            "target for the year is 8 per cent.",
            ["Viet Nam", "US", "Viet Nam"],
        ),
    ],
    ids=["company-article", "country-article"],
)
def test_facts_the_governments_figure_is_the_countrys(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-06-20")] == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (  # the place before the metric, by name or by its nationality adjective
            "Multilateral lender trims outlook\n\nThe International Monetary Fund on Tuesday "
            "said it now sees Brazilian growth of 2.1% this year and U.S. growth of 2.5%, while "
            "it expects Peru's economy to expand 3% in 2025.",
            [None, "U.S.", "Peru"],
        ),
        (  # world figures and a group of economies are no one's
            "Lender sees slowdown\n\nThe World Bank said on Monday global growth would slow to "
            "2.4% in 2025, and that growth in emerging and developing economies would ease to "
            "3.9%.",
            [None, None],
        ),
        (  # "the economy" of a rating agency's story is the country it rates
            "Agency affirms Kenya\n\nSavanna Ratings affirmed Kenya's rating on Friday and said "
            "it expects the economy to grow 5.1% in 2025 and inflation to average 6.2%.",
            ["Kenya", "Kenya"],
        ),
        (  # plain growth in a public body's or an agency's forecast: the article's country
            "Agency affirms Kenya\n\nSavanna Ratings affirmed Kenya's rating on Friday and sees "
            "growth of 5.1% in 2025.",
            ["Kenya"],
        ),
        (  # a bank's forecast of a commodity price: a market quote
            "Bank lifts forecast\n\nNorthgate Capital raised its forecast for copper prices to "
            "$11,000 a tonne for the fourth quarter.",
            [None],
        ),
        (  # the currency union's economy is no member's
            "Euro zone returns to growth\n\nThe euro zone economy grew 0.3% in the first "
            "quarter, while Germany's economy expanded 0.2%. Unemployment in the bloc held at "
            "6.5% in March.",
            [None, "Germany", None],
        ),
        (  # a world figure is not the country of the paragraph before
            "India outlook\n\nIndia's economy is expected to grow 6.6% this year.\n\nGlobal "
            "inflation is seen easing to 3.5% this year, the lender said.",
            ["India", None],
        ),
        # near misses: the company's own growth, sales and price, a union's economy
        (
            "Carmaker lifts outlook\n\nHolmvik Motors said on Tuesday it expects revenue growth "
            "of 6% in 2025 and sees its global sales rising 4%.",
            ["Holmvik Motors", "Holmvik Motors"],
        ),
        (
            "Carmaker lifts outlook\n\nHolmvik Motors Ltd of Sweden expects growth of 6% in 2025.",
            ["Holmvik Motors Ltd"],
        ),
        (
            "Bloc's output recovers\n\nThe European Union's economy grew 0.4% in the third "
            "quarter, the Commission said.",
            ["European Union"],
        ),
        (
            "Miner's half\n\nRio Tinto said its realised copper price fell to $8,900 a tonne in "
            "the half.",
            ["Rio Tinto"],
        ),
    ],
    ids=[
        "place-before-the-metric",
        "world-and-groups",
        "the-economy-rated",
        "plain-growth-rated",
        "commodity-price-forecast",
        "currency-union",
        "world-figure-after-a-country",
        "company-growth",
        "company-plain-growth",
        "union-economy",
        "own-price",
    ],
)
def test_facts_a_forecasters_economy_figure_is_the_economys(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-11-12")] == subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # not the country the paragraph is about
            "Canada's jobless rate rose to 6.2% in May, Statistics Canada said on Friday. The "
            "Canadian dollar was trading 0.3% lower on the day.",
            [("jobless rate", "Canada", "2024-05"), ("Canadian dollar", None, "2024-06-07")],
        ),
        (  # not the central bank of the sentence before
            "The Riksbank cut its policy rate to 3.75% on Wednesday. The Swedish crown weakened "
            "0.6% after the decision.",
            [("policy rate", "Riksbank", "2024-06-05"), ("Swedish crown", None, "2024-06-07")],
        ),
        (
            "Japan's exports rose 5% in May. The euro was last down 0.2% at $1.0841, while "
            "bitcoin rose 3% to $67,500 and the dollar index fell 0.5%.",
            [
                ("exports", "Japan", "2024-05"),
                ("euro", None, "2024-06-07"),
                ("euro", None, "2024-06-07"),
                ("bitcoin", None, "2024-06-07"),
                ("bitcoin", None, "2024-06-07"),
                ("dollar index", None, "2024-06-07"),
            ],
        ),
        (  # the benchmark yield of a government's bonds, no one's
            "The U.S. Treasury sold $50 billion of notes on Thursday. The 10-year Treasury yield "
            "stood at 4.25% on Friday.",
            [("notes", "U.S.", "2024-06-06"), ("10-year Treasury yield", None, "2024-06-07")],
        ),
        (  # near miss: the currency the countries use is no quote
            "Inflation in the 20 countries that share the euro held at 2.4% in May.",
            [("Inflation", None, "2024-05")],
        ),
    ],
    ids=["adjective-dollar", "adjective-crown", "euro-bitcoin-index", "treasury-yield", "share"],
)
def test_facts_a_currency_quote_is_no_ones(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(f[4], f[5], f[6]) for f in facts(nlp, text, date="2024-06-07")] == expected


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Riksbank cuts\n\nSweden's central bank cut its policy rate to 3.75% on Wednesday.",
            ["Riksbank"],
        ),
        (
            "China's central bank cut the seven-day reverse repo rate to 1.7% on Monday, and the "
            "People's Bank of China said more support would follow.",
            ["People's Bank of China"],
        ),
        # near misses: another country's central bank named; a place's figure, no rate
        (
            "Japan's central bank raised its policy rate to 0.25% on Wednesday. The Federal "
            "Reserve held its policy rate at 5.5%.",
            ["Japan", "Federal Reserve"],
        ),
        (
            "Japan's central bank said Japan's exports rose 5% in May, the Bank of Japan said.",
            ["Japan"],
        ),
        (  # a rate by its plain name; the country's name within a city's on a dateline
            "Mexico's central bank cuts rate to 10.25%\n\nMEXICO CITY, Nov 14 - Banxico cut its "
            "benchmark rate on Thursday. Mexico's inflation stood at 4.76% in October.",
            ["Banxico", "Mexico"],
        ),
    ],
    ids=["named-in-headline", "named-later", "other-bank", "no-rate", "plain-rate"],
)
def test_facts_a_countrys_central_bank_is_the_bank_named(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-11-14")] == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Holiday spending in China\n\nIn Shanghai, sales at key shopping districts rose 8.3 "
            "percent over the holiday. Box office revenue nationwide hit 1.53 billion yuan.",
            ["Shanghai", "China"],
        ),
        (
            "Shanghai's retail sales rose 5 percent in May, outpacing China's. Retail sales "
            "nationally grew 3.7 percent.",
            ["Shanghai", "China"],
        ),
        (  # near miss: a company's stores across the country
            "Shanghai's retail sales rose 5 percent in May, outpacing China's. Shanghai's "
            "nationwide stores sold 5 billion yuan.",
            ["Shanghai", "Shanghai"],
        ),
    ],
    ids=["nationwide-after-metric", "nationally-after-metric", "nationwide-before-noun"],
)
def test_facts_a_national_word_after_the_metric(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-06-15")] == subjects


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Brightwater Brands Inc said on Monday it would acquire Kestrel Foods Corp for $3.1 "
            "billion in cash, or $48 per share, a premium of 27% to Friday's close.",
            [
                ("$3.1 billion", "level", "none"),
                ("$48 per share", "level", "none"),
                ("27%", "change", "increase"),
            ],
        ),
        (
            "Harrow Foods Ltd will buy Linden Dairy Ltd for 900 million euros, a premium of 31% "
            "to its closing price.",
            [("900 million euros", "level", "none"), ("31%", "change", "increase")],
        ),
        (  # near miss: a plan of its own after the deal
            "Harrow Foods Ltd will buy Linden Dairy Ltd for 900 million euros in cash and "
            "expects cost savings of 40 million euros by 2026.",
            [("900 million euros", "level", "none"), ("40 million euros", "target", "none")],
        ),
    ],
    ids=["restated-and-premium", "premium", "plan-after-the-deal"],
)
def test_facts_the_terms_of_a_deal_are_no_target(
    nlp: Language, text: str, kinds: list[tuple[str, str, str]]
) -> None:
    found = extractor.extract(text, nlp=nlp, date="2024-03-11").facts
    assert [(f.value.text, f.kind, f.direction) for f in found] == kinds


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Foshan's GDP reached 1.33 trillion yuan in 2023, ahead of Dongguan's 1.14 trillion "
            "yuan.",
            ["Foshan", "Dongguan"],
        ),
        (
            "Citi Research raised its price target on Kuroshio Robotics Inc to $84 from $70 on "
            "Monday.",
            ["Kuroshio Robotics Inc", "Kuroshio Robotics Inc"],
        ),
        # near misses: a possessive of no name before the value; a company's own target
        (
            "Foshan's GDP reached 1.33 trillion yuan in 2023, and the city's 5 percent growth "
            "beat Guangdong's.",
            ["Foshan", "Foshan"],
        ),
        (
            "Kuroshio Robotics Inc set a sales target for 2025 at $840 million on Monday.",
            ["Kuroshio Robotics Inc"],
        ),
    ],
    ids=[
        "possessive-before-value",
        "price-target-on",
        "unnamed-possessive",
        "own-target-for-a-year",
    ],
)
def test_facts_the_owner_named_right_at_the_value(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-02-01")] == subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The peso firmed 0.4% after the decision.", ("change", "increase")),
        ("The rupee shed 0.2% on Tuesday.", ("change", "decrease")),
        ("The yuan softened 0.1% against the basket.", ("change", "decrease")),
        ("The ringgit appreciated 1.2% in May.", ("change", "increase")),
        ("The kip depreciated 3% last year.", ("change", "decrease")),
    ],
    ids=["firmed", "shed", "softened", "appreciated", "depreciated"],
)
def test_facts_verbs_of_a_currency_move(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert [f[1:3] for f in facts(nlp, text, date="2024-06-12")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kuroshio Robotics Inc posted net profit of $412 million, beating the LSEG "
            "SmartEstimate of $390 million and a FactSet consensus of $385 million.",
            [
                ("level", "Kuroshio Robotics Inc"),
                ("target", "Kuroshio Robotics Inc"),
                ("target", "Kuroshio Robotics Inc"),
            ],
        ),
        (  # near miss: a company named before its own figure
            "Kuroshio Robotics Inc posted net profit of $412 million, and FactSet Research "
            "Systems Inc posted revenue of $560 million.",
            [("level", "Kuroshio Robotics Inc"), ("level", "FactSet Research Systems Inc")],
        ),
    ],
    ids=["compilers-of-estimates", "compiler-as-company"],
)
def test_facts_the_compiler_of_an_estimate_owns_none(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f[1], f[5]) for f in facts(nlp, text, date="2024-10-17")] == expected


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Kuroshio Robotics Inc posted first-half profit of $412 million, above the $390 "
            "million average forecast of 12 analysts.",
            ["2024-H1", "2024-H1"],
        ),
        ("Analysts had expected first-half profit of $390 million.", ["2024-H1"]),
        # near miss: analysts' forecast of a period ahead
        ("Analysts expect second-half profit of $450 million.", ["2024-H2"]),
        ("Analysts expect first-half profit of $450 million.", ["2025-H1"]),
    ],
    ids=["above-the-consensus", "had-expected", "expect-ahead", "expect-next"],
)
def test_facts_a_consensus_met_is_of_the_period_reported(
    nlp: Language, text: str, periods: list[str | None]
) -> None:
    assert [f[6] for f in facts(nlp, text, date="2024-07-30")] == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Lender's outlook\n\nThe fund raised its 2024 growth forecast for Peru to 3.2% from "
            "3.1% in January.",
            ["2024", "2024"],
        ),
        (
            "Lender's outlook\n\nThe bank cut its forecast for 2025 growth to 2.4% from 2.7% in "
            "its January report.",
            ["2025", "2025"],
        ),
        # near miss: a level the forecast starts from, of its own month
        (
            "Lender's outlook\n\nThe bank expects inflation to ease to 2.5% in December from "
            "3.1% in March.",
            ["2024-12", "2024-03"],
        ),
    ],
    ids=["from-in-month", "from-in-its-month-report", "level-it-starts-from"],
)
def test_facts_an_earlier_forecast_is_of_the_same_year(
    nlp: Language, text: str, periods: list[str | None]
) -> None:
    assert [f[6] for f in facts(nlp, text, date="2024-04-16")] == periods


def test_facts_the_euro_zone_names_no_quote(nlp: Language) -> None:
    text = (
        "The IMF now sees U.S. growth of 2.7% this year, while it cut its forecast for the euro "
        "zone to 0.8%."
    )
    assert [f[4] for f in facts(nlp, text, date="2024-04-16")] == ["growth", "growth"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway's consumer price inflation rose more than expected to 3.1% in October.",
            [("3.1%", "level", "2024-10")],
        ),
        (
            "The Riksbank cut its policy rate by 25 basis points to 3.5%, as expected.",
            [("25 basis points", "change", "2024-11-20"), ("3.5%", "level", "2024-11-20")],
        ),
        (
            "Norway's exports grew 7% in May, faster than analysts had forecast.",
            [("7%", "change", "2024-05")],
        ),
        # near misses: a forecast after "as", and one compared with nothing
        (
            "Norway's exports rose 5% in May, as demand is expected to reach $3 billion in 2025.",
            [("5%", "change", "2024-05"), ("$3 billion", "target", "2025")],
        ),
        (
            "Norway's exports are expected to rise 4% in 2025.",
            [("4%", "target", "2025")],
        ),
    ],
    ids=["more-than-expected", "as-expected", "than-had-forecast", "as-clause", "expected-to"],
)
def test_facts_a_figure_compared_with_a_forecast_is_no_target(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(f[0], f[1], f[6]) for f in facts(nlp, text, date="2024-11-20")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bond markets\n\nJapan's exports rose 5% in July. The two-year yield fell 12 basis "
            "points to 3.77% on Monday, and the 10-year yield fell as low as 3.667%.",
            [
                ("5%", "change", "Japan"),
                ("12 basis points", "change", None),
                ("3.77%", "level", None),
                ("3.667%", "level", None),
            ],
        ),
        (  # near misses: the yield a bond was sold at; a change by as much as
            "Bond markets\n\nItaly's Treasury sold bonds at a yield of 3.98% on Tuesday. Shares "
            "of Ferrovia Nord SpA fell as much as 2%.",
            [("3.98%", "level", "Italy"), ("2%", "change", "Ferrovia Nord SpA")],
        ),
        (  # a name's last word in the possessive is no owner of its own
            "Hyundai Motor India's $3.3 billion initial public offering was fully subscribed.",
            [("$3.3 billion", "level", "Hyundai Motor India")],
        ),
    ],
    ids=["maturity-yields", "auction-yield", "longer-name"],
)
def test_facts_market_yields_and_how_far_they_went(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(f[0], f[1], f[5]) for f in facts(nlp, text, date="2024-08-05")] == expected


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Chengdu remained western China's largest city economy in 2023 with a GDP of 2.2 "
            "trillion yuan.",
            ["Chengdu"],
        ),
        # near misses: the possessive of the metric, with modifiers and a date between
        ("Chengdu said China's 2023 total retail sales rose 7.2 percent.", ["China"]),
        ("Sichuan's per capita GDP reached 71,835 yuan in 2023.", ["Sichuan"]),
    ],
    ids=["possessive-of-another-noun", "possessive-dated", "possessive-modifiers"],
)
def test_facts_a_possessive_before_with_owns_no_metric(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-02-05")] == subjects


def test_facts_a_median_market_forecast_is_of_the_month_reported(nlp: Language) -> None:
    text = (
        "Japan's exports rose 5.6% in August from a year earlier, below a median market "
        "forecast for a 10.0% increase."
    )
    assert [(f[0], f[1], f[6]) for f in facts(nlp, text, date="2024-09-18")] == [
        ("5.6%", "change", "2024-08"),
        ("10.0%", "target", "2024-08"),
    ]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Lumina Health Holdings Ltd priced its IPO on Wednesday. Cornerstone investors took "
            "up roughly 40% of the offering.",
            ["Lumina Health Holdings Ltd"],
        ),
        (
            "Shares of Lumina Health Holdings Ltd fell 2%, while Chinese blue chips rose 0.5%.",
            [
                "Lumina Health Holdings Ltd",
                None,
            ],
        ),
        # near miss: the market's flows, no issuer's
        (
            "Lumina Health Holdings Ltd priced its IPO on Wednesday. Foreign investors pulled $2 "
            "billion from local bonds.",
            [None],
        ),
    ],
    ids=["share-of-the-offering", "blue-chips", "market-flows"],
)
def test_facts_an_offering_stays_the_issuers(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-09-18")] == subjects


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Aldwick Group Plc said on Tuesday it would sell its logistics business to Pemberton "
            "Capital Ltd for 2.4 billion pounds, a premium of 20% to its book value.",
            ["2024-01-16", "2024-01-16"],
        ),
        (
            "Aldwick Group Plc said on Tuesday it had agreed to sell its logistics business to "
            "Pemberton Capital Ltd for 2.4 billion pounds.",
            ["2024-01-16"],
        ),
        # near miss: a flow told on that day is of its own period
        (
            "Aldwick Group Plc said on Tuesday its revenue rose 5% to 2.4 billion pounds in 2023.",
            ["2023", "2023"],
        ),
    ],
    ids=["would-sell", "had-agreed", "revenue-told-that-day"],
)
def test_facts_a_deal_announced_is_dated_by_its_day(
    nlp: Language, text: str, periods: list[str | None]
) -> None:
    assert [f[6] for f in facts(nlp, text, date="2024-01-16")] == periods


def test_facts_freight_rates_are_a_market_quote_of_no_one(nlp: Language) -> None:
    text = (
        "Qingzhou Port throughput rises\n\nQingzhou Port Group said its container throughput "
        "rose 8 percent in the first half.\n\nSpot rates on transpacific lanes climbed to about "
        "$4,000 per TEU in June, and air freight rates from Qingzhou to Frankfurt averaged $3.90 "
        "per kilogram."
    )
    assert [(f[0], f[5]) for f in facts(nlp, text)] == [
        ("8 percent", "Qingzhou Port Group"),
        ("about $4,000 per TEU", None),
        ("$3.90 per kilogram", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a battery material's prices, no owner in the clause: the market's
            "Tarlen Solar posts loss\n\nTarlen Solar Co said its revenue fell 32 percent in "
            "2023, as lithium prices dropped by 60 percent during the year.",
            [
                ("32 percent", "change", "decrease", None, "revenue", "Tarlen Solar Co", "2023"),
                ("60 percent", "change", "decrease", None, "lithium prices", None, "2023"),
            ],
        ),
        (  # near miss: its own product's prices stay the company's
            "Tarlen Solar posts loss\n\nTarlen Solar Co said its revenue fell 32 percent in "
            "2023, as its module prices dropped by 40 percent during the year.",
            [
                ("32 percent", "change", "decrease", None, "revenue", "Tarlen Solar Co", "2023"),
                (
                    "40 percent",
                    "change",
                    "decrease",
                    None,
                    "module prices",
                    "Tarlen Solar Co",
                    "2023",
                ),
            ],
        ),
        (  # an auction's goods, priced by a verb of selling
            "Kowhai Dairy lifts payout\n\nKowhai Dairy Ltd said its revenue rose 9 percent in "
            "2023. Skim milk powder fetched an average of US$2,750 a tonne at the auction on "
            "Tuesday. Cheese sold for US$4,100.",
            [
                ("9 percent", "change", "increase", None, "revenue", "Kowhai Dairy Ltd", "2023"),
                ("US$2,750 a tonne", "level", "none", None, "Skim milk powder", None, "2024-03-19"),
                ("US$4,100", "level", "none", None, "Cheese", None, None),
            ],
        ),
        (  # near miss: a product of the company, sold by it
            "Kowhai Dairy lifts payout\n\nKowhai Dairy Ltd said its revenue rose 9 percent in "
            "2023. Its new yoghurt sold for US$4 a pot.",
            [
                ("9 percent", "change", "increase", None, "revenue", "Kowhai Dairy Ltd", "2023"),
                ("US$4", "level", "none", None, "new yoghurt", "Kowhai Dairy Ltd", None),
            ],
        ),
    ],
    ids=["battery-material", "own-product", "auction-goods", "own-product-sold"],
)
def test_facts_a_traded_goods_prices_belong_to_no_one(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-03-20") == expected


KOYNA = (
    "Koyna Power sells green bonds\n\nKoyna Power Ltd raised Rs 2,000 crore through green "
    "bonds on Monday, the Reserve Bank of India said.\n\n"
)
KOYNA_BOND = (
    "Rs 2,000 crore",
    "level",
    "none",
    None,
    "green bonds",
    "Koyna Power Ltd",
    "2024-03-18",
)
HANUL = (
    "Hanul Chips lifts spending\n\nHanul Chips Co said its revenue rose 9 percent in 2023. "
    "South Korea's exports rose 11 percent in March.\n\n"
)
HANUL_ROWS = [
    ("9 percent", "change", "increase", None, "revenue", "Hanul Chips Co", "2023"),
    ("11 percent", "change", "increase", None, "exports", "South Korea", "2024-03"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the country only a body's name spells out
            KOYNA + "Indian issuers raised Rs 90,000 crore through green bonds in 2023.",
            [
                KOYNA_BOND,
                ("Rs 90,000 crore", "level", "none", None, "green bonds", "India", "2023"),
            ],
        ),
        (  # a two-word adjective, a country the article names
            HANUL + "South Korean chipmakers' capital spending rose to 48 trillion won in 2023.",
            [
                *HANUL_ROWS,
                (
                    "48 trillion won",
                    "level",
                    "none",
                    None,
                    "capital spending",
                    "South Korea",
                    "2023",
                ),
            ],
        ),
        (  # near miss: the adjective is not the firms' own
            KOYNA + "With Indian demand strong, issuers raised Rs 90,000 crore through green "
            "bonds in 2023.",
            [
                KOYNA_BOND,
                (
                    "Rs 90,000 crore",
                    "level",
                    "none",
                    None,
                    "green bonds",
                    "Koyna Power Ltd",
                    "2023",
                ),
            ],
        ),
    ],
    ids=["indian-issuers", "south-korean-chipmakers", "adjective-elsewhere"],
)
def test_facts_unnamed_firms_of_a_nationality_are_their_countrys(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-03-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a company story's paragraph on the economy: the country's house prices and debt
            "Kowhai Dairy lifts payout\n\nWELLINGTON, March 20 -- Kowhai Dairy Ltd said its "
            "revenue rose 9 percent in 2023. New Zealand's exports rose 4 percent in February."
            "\n\nEconomists at Rimu Bank expect house prices to rise 3 percent this year. "
            "Household debt, at about $350 billion, has risen for ten years.",
            [
                ("9 percent", "change", "increase", None, "revenue", "Kowhai Dairy Ltd", "2023"),
                ("4 percent", "change", "increase", None, "exports", "New Zealand", "2024-02"),
                ("3 percent", "target", "increase", None, "house prices", "New Zealand", "2024"),
                (
                    "about $350 billion",
                    "level",
                    "none",
                    None,
                    "Household debt",
                    "New Zealand",
                    None,
                ),
            ],
        ),
        (  # near miss: a builder's own prices, named in the sentence
            "Tiller Homes lifts sales\n\nTiller Homes Ltd said its revenue rose 9 percent in "
            "2023. New Zealand's exports rose 4 percent in February.\n\nTiller Homes Ltd said "
            "its house prices rose 3 percent in 2023.",
            [
                ("9 percent", "change", "increase", None, "revenue", "Tiller Homes Ltd", "2023"),
                ("4 percent", "change", "increase", None, "exports", "New Zealand", "2024-02"),
                (
                    "3 percent",
                    "change",
                    "increase",
                    None,
                    "house prices",
                    "Tiller Homes Ltd",
                    "2023",
                ),
            ],
        ),
    ],
    ids=["the-economys", "a-builders-own"],
)
def test_facts_house_prices_and_household_debt_are_the_places(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-03-20") == expected


LIAONING = (
    "Liaoning loans grow\n\nSHENYANG, May 8 -- Outstanding loans in Liaoning Province rose 9 "
    "percent in April, the Liaoning branch of the People's Bank of China said on Wednesday. "
)
LIAONING_LOANS = (
    "9 percent",
    "change",
    "increase",
    None,
    "Outstanding loans",
    "Liaoning Province",
    "2024-04",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "the branch": the bank it is a branch of
            LIAONING + "The branch provided relending funds of 30 billion yuan to small firms in "
            "April.",
            [
                LIAONING_LOANS,
                (
                    "30 billion yuan",
                    "level",
                    "none",
                    None,
                    "relending funds",
                    "People's Bank of China",
                    "2024-04",
                ),
            ],
        ),
        (  # near miss: branches of lenders the text leaves unnamed are the place's
            LIAONING + "Branches of local lenders extended 30 billion yuan of loans to small "
            "firms in April.",
            [
                LIAONING_LOANS,
                (
                    "30 billion yuan",
                    "level",
                    "none",
                    None,
                    "loans to small firms",
                    "Liaoning Province",
                    "2024-04",
                ),
            ],
        ),
    ],
    ids=["the-branch", "branches-of-lenders"],
)
def test_facts_the_branch_is_the_banks(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-05-08") == expected


KAROO = (
    "Karoo Gold lifts output\n\nJOHANNESBURG, March 20 -- Karoo Gold Ltd said its output rose 6 "
    "percent in 2023. The South African Reserve Bank held its repo rate at 8.25 percent on "
    "Thursday.\n\n"
)
KAROO_ROWS = [
    ("6 percent", "change", "increase", None, "output", "Karoo Gold Ltd", "2023"),
    (
        "8.25 percent",
        "level",
        "none",
        None,
        "repo rate",
        "South African Reserve Bank",
        "2024-03-21",
    ),
]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (  # economists on the next move: the central bank's
            KAROO + "Economists at Vaal Capital said the first cut, of 25 basis points, was "
            "unlikely before July.",
            "South African Reserve Bank",
        ),
        (  # near miss: a lender named in the sentence moves its own rate
            KAROO + "Vaal Bank Ltd said its first cut, of 25 basis points, would come in July.",
            "Vaal Bank Ltd",
        ),
    ],
    ids=["economists-on-the-bank", "a-lenders-own"],
)
def test_facts_a_rate_move_is_the_central_banks(nlp: Language, text: str, subject: str) -> None:
    assert facts(nlp, text, date="2024-03-20") == [
        *KAROO_ROWS,
        ("25 basis points", "change", "decrease", None, "first cut", subject, "2024-07"),
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (  # the company before its officer's title
            "Kessler Rail buys rival\n\nThe Bank of Canada held its policy rate at 5 percent on "
            "Wednesday. Kessler Rail Corp agreed to buy Prairie Freight Ltd on Tuesday, said "
            "Kessler Rail Corp chief executive Dana Moore. She added that the deal would lift "
            "earnings per share by about 4 percent.",
            "Kessler Rail Corp",
        ),
        (  # the company after "officer of"
            "Kessler Rail buys rival\n\nThe Bank of Canada held its policy rate at 5 percent on "
            "Wednesday. Kessler Rail Corp agreed to buy Prairie Freight Ltd on Tuesday, said "
            "Dana Moore, chief financial officer of Kessler Railways. She added that the deal "
            "would lift earnings per share by about 4 percent.",
            "Kessler Railways",
        ),
        (  # near miss: an analyst's firm owns nothing; the story's company does
            "Kessler Rail buys rival\n\nKessler Rail Corp agreed to buy Prairie Freight Ltd on "
            'Tuesday. "The deal is cheap," said Dana Moore, an analyst at Maple Leaf Securities. '
            "She added that the deal would lift earnings per share by about 4 percent.",
            "Kessler Rail Corp",
        ),
        (  # "the company's" officer: the company the story is about, not the one it buys
            "Kessler Rail buys rival\n\nThe Bank of Canada held its policy rate at 5 percent on "
            'Wednesday. Kessler Rail Corp agreed to buy Prairie Freight Ltd on Tuesday. "It is a '
            "good fit,\" said Dana Moore, the company's chief financial officer. She added that "
            "the deal would lift earnings per share by about 4 percent.",
            "Kessler Rail Corp",
        ),
    ],
    ids=["company-title-name", "title-of-company", "analyst-at-firm", "the-companys-officer"],
)
def test_facts_he_or_she_speaks_for_the_officers_company(
    nlp: Language, text: str, subject: str
) -> None:
    assert facts(nlp, text, date="2024-03-20")[-1] == (
        "about 4 percent",
        "target",
        "increase",
        None,
        "earnings per share",
        subject,
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a company's sales in a market stay the company's
            "Hakone Motor profit climbs\n\nHakone Motor Corp said its vehicle sales rose 7 "
            "percent in 2023. In Germany, however, they fell 12 percent.",
            [
                (
                    "7 percent",
                    "change",
                    "increase",
                    None,
                    "vehicle sales",
                    "Hakone Motor Corp",
                    "2023",
                ),
                (
                    "12 percent",
                    "change",
                    "decrease",
                    None,
                    "vehicle sales",
                    "Hakone Motor Corp",
                    "2023",
                ),
            ],
        ),
        (  # near miss: one place's statistic after another's is the new place's
            "Zhejiang exports climb\n\nZhejiang's exports rose 7 percent in 2023. In Jiangsu, "
            "however, they fell 2 percent.",
            [
                ("7 percent", "change", "increase", None, "exports", "Zhejiang", "2023"),
                ("2 percent", "change", "decrease", None, "exports", "Jiangsu", "2023"),
            ],
        ),
    ],
    ids=["company-in-a-market", "place-after-place"],
)
def test_facts_an_opening_place_of_a_companys_quantity_is_a_market(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-03-20") == expected


def test_facts_an_opening_nationally_makes_the_figure_the_countrys(nlp: Language) -> None:
    text = (
        "Hefei's economy grows\n\nHefei, capital of east China's Anhui Province, saw its GDP "
        "grow 5.8 percent in 2023. Nationally, GDP grew 5.2 percent."
    )
    assert [f[5] for f in facts(nlp, text, date="2024-01-25")] == ["Hefei", "China"]


def test_facts_the_date_a_forecast_was_made_is_not_its_period(nlp: Language) -> None:
    text = (
        "For the business year ending next March, Ashigara Motor Corp. raised its net profit "
        "forecast to 1.05 trillion yen from the 920 billion yen it projected in May. It kept its "
        "sales projection unchanged at 15.2 trillion yen."
    )
    assert [(f[0], f[1], f[6]) for f in facts(nlp, text, date="2023-08-02")] == [
        ("1.05 trillion yen", "target", "FY2024"),
        ("920 billion yen", "target", "FY2024"),
        ("15.2 trillion yen", "target", "FY2024"),
    ]


KINDS: dict[str, tuple[str, list[str]]] = {
    "a-forecast-share-of-gdp-is-a-target": (
        "The Finance Ministry sees the general government deficit at 4.5 pct of GDP next year.",
        ["target"],
    ),
    "a-forecast-restated-as-a-share-is-a-target": (
        "The ministry expects a deficit of 3.3 trillion rubles, or 1.7% of GDP.",
        ["target", "target"],
    ),
    "points-of-a-share-are-a-change": (
        "Machinery and electrical products accounted for 46.8 percent of exports, 2.1 "
        "percentage points higher than in 2022.",
        ["share", "change"],
    ),
    "growth-at-a-percentage": (
        "GDP grew 7.52 per cent in the first half, with second-quarter growth at 7.96 per cent.",
        ["change", "change"],
    ),
    "a-pace": (
        "Growth slowed from a 4.9% pace in the third quarter.",
        ["change"],
    ),
    "raises-of-a-percentage": (
        "The wage talks delivered average raises of more than 5%.",
        ["change"],
    ),
    "a-consensus-figure-is-a-target": (
        "Cash earnings were $3.6b, slightly ahead of the $3.58b consensus.",
        ["level", "target"],
    ),
    "a-past-participle-of-change": (
        "Grade A office rents in Kwun Tong have fallen about 15 per cent since 2019.",
        ["change"],
    ),
    "a-list-of-values-each-with-its-period": (
        "Retail sales rose 6.1 pct in the fourth quarter, and 4.3 pct in December alone.",
        ["change", "change"],
    ),
    "a-subsidy-offered-is-a-rule-in-force": (
        "The district would offer subsidies of up to 5 million yuan to each company.",
        ["level"],
    ),
    "a-fine-is-a-rule-in-force": (
        "Projects that miss their targets can be fined up to 1 million yuan.",
        ["level"],
    ),
    "the-share-of-a-part-moving-between-levels": (
        "The share of low-cost CASA deposits in total deposits fell to 38.6 per cent from 41.2 "
        "per cent a year ago.",
        ["share", "share"],
    ),
    "a-buyback-of-an-amount": (
        "The company announced a share buyback of up to 30 billion yen.",
        ["target"],
    ),
    "points-above-a-benchmark-are-a-gap": (
        "It priced the bonds at a coupon of 7.45%, about 25 basis points above comparable "
        "government securities.",
        ["level", "change"],
    ),
    "a-revision-of-guidance-by-an-amount-is-a-change": (
        "Ironbark raised its capital expenditure guidance by A$450 million to A$3.2bn.",
        ["change", "target"],
    ),
    "a-revision-from-an-earlier-estimate-is-a-change": (
        "Ashigara now expects operating profit of 1.4 trillion yen, up 160 billion yen from its "
        "earlier estimate.",
        ["target", "change"],
    ),
    "a-planned-cut-starts-from-a-level": (
        "The group would cut capital spending to R12.5 billion this year from R15.3 billion.",
        ["target", "level"],
    ),
    "an-earlier-forecast-stays-a-target": (
        "He cut his price target to EUR 190 from EUR 205.",
        ["target", "target"],
    ),
    "a-planned-change-by-a-percentage-stays-a-target": (
        "Shanxi aims to cut energy consumption per unit of GDP by 3 percent.",
        ["target"],
    ),
    "a-share-compared-with-an-earlier-share": (
        "About 45 percent of the fruit is now sold online, up from less than 10 percent five "
        "years ago.",
        ["share", "share"],
    ),
    "a-share-compared-with-its-average": (
        "Industrial and storage land made up 38.6 percent, above its 2019-2023 average of 34.4 "
        "percent.",
        ["share", "share"],
    ),
    "a-level-after-a-share-is-no-share": (
        "Services accounted for 52 percent of GDP, and the unemployment rate was 5.1 percent.",
        ["share", "level"],
    ),
    "a-year-on-year-rise": (
        "Konkan Bank reported an 18 per cent year-on-year rise in standalone net profit to Rs "
        "4,212 crore.",
        ["change", "level"],
    ),
    "a-second-infinitive-of-a-plan": (
        "Shanxi aims for GDP growth of around 5 percent in 2024 and to cut energy consumption "
        "per unit of GDP by 3 percent.",
        ["target", "target"],
    ),
    "a-second-infinitive-of-a-plan-after-another-amount": (
        "It plans to spend Rp 2 trillion this year on a plant and to sell a 49% stake in the "
        "project for upwards of $400 million.",
        ["target", "target", "target"],
    ),
    "an-infinitive-after-a-past-statement-is-no-plan": (
        "The bank plans to open 300 branches and to hire staff, while profit rose 5%.",
        ["change"],
    ),
    "a-value-called-a-target": (
        'Shanghai aims for growth of about 5%. "Around 5 percent is an ambitious but achievable '
        'target," the mayor said.',
        ["target", "target"],
    ),
    "a-target-range": (
        "The CET1 ratio was 12.3 per cent, above our target range of 11 to 11.5 per cent.",
        ["level", "target"],
    ),
    "we-see": (
        '"We see the Selic at 9.75 percent in December," said Mariana Duarte, an economist at '
        "Banco Horizonte.",
        ["target"],
    ),
    "approved-buyback": (
        "The board of Kessler Logistik AG approved a share buyback of up to $300 million.",
        ["target"],
    ),
    "announced-buyback": (
        "Kessler Logistik AG announced a $1.5 billion share buyback.",
        ["target"],
    ),
    "price-target": (
        "An analyst cut his price target for Kessler Logistik AG to EUR 190 from EUR 205.",
        ["target", "target"],
    ),
    "to-invest": (
        "Kessler Logistik AG agreed to invest 300 million euros in a new plant.",
        ["target"],
    ),
    "guidance": (
        "Kessler Logistik AG raised its guidance for 2024 operating profit to EUR 3.3 billion.",
        ["target"],
    ),
    "percent-of-a-level-is-a-level": (
        "Macao received 28.21 million visitors in 2023, about 70 percent of the 2019 level.",
        ["level"],
    ),
    "restated-share": (
        "Wind and solar parks generated 45 billion kilowatt-hours in 2023, or 61% of Kessler "
        "Energie AG's output.",
        ["share"],
    ),
    "aims-for": ("Jiangsu aims for economic growth of above 5 percent in 2024.", ["target"]),
    "likely-to": (
        "Li said Tianjin's economy was likely to grow by 4 to 4.5 percent in 2023.",
        ["target"],
    ),
    "could": (
        "Kessler Energie AG said power tariffs could fall by up to 8% next year.",
        ["target"],
    ),
    "voted-for": (
        "External member Jayanth R Varma voted for a cut of 25 basis points in the repo rate.",
        ["target"],
    ),
    "will-pay-a-price": (
        "Veldhoven Chemie NV will pay US$72 a share for Prescott Coatings Inc.",
        ["level"],
    ),
    "will-pay-a-dividend": (
        "Kessler Logistik AG will pay a final dividend of EUR 1.20 per share.",
        ["level"],
    ),
    "would-owe-a-fee": (
        "Prescott Coatings Inc would owe a termination fee of US$95 million.",
        ["level"],
    ),
    "will-invest-is-a-target": (
        "Kessler Logistik AG will invest 300 million euros in a new plant.",
        ["target"],
    ),
    "projects-is-a-noun": (
        "Hefei signed 36 major projects worth over 80 billion yuan.",
        ["level"],
    ),
    "raised-by-is-a-change": (
        "Kessler Logistik AG raised its dividend by EUR 0.10 a share.",
        ["change"],
    ),
    "raised-a-rate-is-a-change": (
        "The Bank of Korea raised its policy rate 25 basis points to 3.5%.",
        ["change", "level"],
    ),
    "planned-investment": (
        "A smart factory project in Nankang has a planned investment of 2.3 billion yuan.",
        ["target"],
    ),
    "plans-a-total-investment": (
        "Kessler Logistik AG plans a total investment of EUR 700 million in two new terminals.",
        ["target"],
    ),
    "growth-compared-with-an-earlier-growth": (
        "The economy expanded 2.5% in 2023, up from 1.9% in 2022.",
        ["change", "change"],
    ),
    "level-compared-with-an-earlier-level": (
        "Consumer inflation quickened to 5.6% in February from 5.3% in January.",
        ["level", "level"],
    ),
    "a-budget-sets-a-planned-amount": (
        "The government's 2024 budget sets total spending at 656.6 trillion won.",
        ["target"],
    ),
    "a-budget-kept-unchanged": (
        "Lianhua Semiconductor kept its 2024 capital spending budget unchanged at US$3.1 billion.",
        ["target"],
    ),
    "an-allocation-of-an-amount": (
        "The government's record capital spending allocation of Rs 10 lakh crore drove demand.",
        ["target"],
    ),
    "a-budget-based-on-revenue": (
        "Macao based its 2024 budget on gaming revenue of 216 billion patacas.",
        ["target"],
    ),
    "budget-revenue-is-an-outcome": (
        "General public budget revenue rose 6 percent to 780 billion yuan in 2023.",
        ["change", "level"],
    ),
    "an-estimate-of-another-quantity-sets-no-amount": (
        "The rate is at the upper end of the bank's estimate of the neutral rate, which it puts "
        "at 2.25 per cent to 3.25 per cent.",
        ["level"],
    ),
    "a-rule-of-thumb-gives-an-estimate": (
        "Every 1 percentage point of lower funding costs saves Nordwind Energie AG roughly "
        "EUR 180 million.",
        ["target"],
    ),
    "a-rule-of-thumb-after-a-fall": (
        "Every fall of 100 yuan per ton in the coal price takes roughly 30 billion yuan out of "
        "Shanxi's industry.",
        ["target"],
    ),
    "a-rule-of-thumb-adds": (
        "Every 5 percent fall in the real adds about 300 million reais to Vale's annual earnings.",
        ["target"],
    ),
    "cheaper-than-is-a-change": (
        "Some branded groceries are 50p cheaper than they were in the autumn.",
        ["change"],
    ),
    "more-expensive-than-is-a-change": (
        "Office rents in Shenzhen are 12 percent more expensive than a year ago.",
        ["change"],
    ),
    "an-amount-of-a-noun-that-will-act-is-a-target": (
        "A new provincial fund of RMB 3.5 billion will support 5G trials in factories.",
        ["target"],
    ),
    "an-amount-of-a-noun-that-would-act-is-a-target": (
        "The new midpoint of $7.75 would give farmers about $1.9 billion in milk payments.",
        ["target", "target"],
    ),
    "a-decided-level-that-would-act-stays-a-level": (
        "The decision to lower the cash rate to 4.1 per cent would bring relief to borrowers.",
        ["level"],
    ),
    "a-past-amount-of-a-noun-stays-a-level": (
        "A provincial fund of RMB 3.5 billion supported 5G trials in factories last year.",
        ["level"],
    ),
    "the-change-a-budget-sets-is-a-target": (
        "The government's 2024 budget sets total spending at 656.6 trillion won, up 2.8 percent.",
        ["target", "target"],
    ),
    "the-change-of-a-guided-figure-is-a-target": (
        "Jiayu Travel expects revenue of 3.6 billion yuan in 2024, an increase of 30 percent.",
        ["target", "target"],
    ),
    "a-reported-figure-and-its-change-stay-outcomes": (
        "Total spending was 656.6 trillion won in 2023, up 2.8 percent.",
        ["level", "change"],
    ),
    "a-forecast-raised-from-the-earlier-one-is-a-change": (
        "Ashigara now expects operating profit of 1.4 trillion yen, up 160 billion yen from its "
        "earlier estimate.",
        ["target", "change"],
    ),
    "a-change-set-off-by-a-comma": (
        "The Federal Reserve's last rate increase, of 25 basis points, came in July.",
        ["change"],
    ),
    "a-forecast-compared-with-last-years-actual": (
        "Hanul Semicon expected an operating profit of KRW 1.2 trillion, reversing a loss of "
        "340 billion won a year earlier.",
        ["target", "level"],
    ),
    "a-forecast-compared-with-the-year-ended": (
        "Kurobe Precision expects operating profit of 150 billion yen. The forecast compares "
        "with operating profit of 132.6 billion yen in the year ended March 31.",
        ["target", "level"],
    ),
    "a-pace-of-just-a-percentage": (
        "Real gross domestic product grew at an annualized pace of just 1 per cent in the third "
        "quarter.",
        ["change"],
    ),
    "the-average-of-analyst-estimates": (
        "Lianhua reported net profit of NT$8.62 billion, above the NT$7.9 billion average of 14 "
        "analyst estimates.",
        ["level", "target"],
    ),
    "an-average-of-actual-prices": (
        "Hanul Semicon's revenue reached 9.8 trillion won, above the 9.1 trillion won average of "
        "the past five years.",
        ["level", "level"],
    ),
    "a-share-noun-before-the-verb": (
        "Yunnan's green power share nears 90 percent as carbon trading expands",
        ["share"],
    ),
    "a-market-share-rose-to": (
        "Lianhua's market share rose to 21% in 2023.",
        ["share"],
    ),
    "a-ratio-before-the-verb-is-a-level": (
        "The capital adequacy ratio stood at 16.9 per cent at the end of March.",
        ["level"],
    ),
    "a-deficit-target-set-as-a-share-of-gdp": (
        "Indonesia set next year's budget deficit target at 2.53% of GDP.",
        ["target"],
    ),
    "the-level-a-forecast-is-revised-to": (
        "Analysts at Mandiri Sekuritas cut their GDP growth estimate by 0.2 percentage point to "
        "4.9%.",
        ["change", "target"],
    ),
    "a-level-raised-to-is-no-forecast": (
        "Indonesia raised fuel prices by 500 rupiah to 10,000 rupiah a liter.",
        ["change", "level"],
    ),
    "followed-by-a-name-is-no-change": (
        "Registered capital of new FDI projects in Vietnam totalled US$11 billion. Singapore led "
        "with US$5.2 billion, followed by Japan with US$1.2 billion.",
        ["level", "level", "level"],
    ),
    "approved-projects-with-an-investment": (
        "Yunnan approved 38 solar projects this year with a total investment of no less than 60 "
        "billion yuan.",
        ["level"],
    ),
    "approved-a-buyback-and-raised-the-dividend": (
        "The board had approved a share buyback and raised the dividend to 70 cents a share from "
        "62 cents.",
        ["level", "level"],
    ),
    "pledged-to-is-a-plan": (
        "The city pledged to cut energy use per unit of GDP by 3 percent.",
        ["target"],
    ),
    "month-may-is-no-cue": (
        "Hanvina Circuits Co. was licensed in May for a circuit board factory with total "
        "investment of VND9.6 trillion.",
        ["level"],
    ),
}


@pytest.mark.parametrize(("text", "kinds"), KINDS.values(), ids=KINDS.keys())
def test_facts_kind_forms(nlp: Language, text: str, kinds: list[str]) -> None:
    assert [f[1] for f in facts(nlp, text, date="2024-02-15")] == kinds


STATED_METRICS: dict[str, tuple[str, list[str]]] = {
    "while-a-new-subject-fell": (
        "Ironbark Resources shares rose 2.9 per cent to A$24.15, while the broader market fell "
        "0.4 per cent.",
        ["shares", "shares", "broader market"],
    ),
    "and-a-new-subject-stood-at": (
        "Hotel room rates in Macao rose 4% in November, and occupancy stood at 88.5%.",
        ["Hotel room rates", "occupancy"],
    ),
    "a-new-subject-with-its-part": (
        "Kessler Logistik AG's cash earnings rose 5% to EUR 3 billion, and sales of its freight "
        "unit grew 8.1%.",
        ["cash earnings", "cash earnings", "sales of its freight unit"],
    ),
    "while-a-new-subject-received": (
        "Investment in high-tech industries reached USD 1.2 billion, while tourism and sports "
        "projects received about 4.3 billion yuan.",
        ["Investment in high-tech industries", "sports projects"],
    ),
    "and-a-new-subject-collected": (
        "Exports rose 5% to 30 billion yuan, and port fees collected 2 billion yuan.",
        ["Exports", "Exports", "port fees"],
    ),
    "a-peak-is-the-same-metric": (
        "Inflation eased to 2.6% in December, down from a peak of 7.1% in June 2022.",
        ["Inflation", "Inflation"],
    ),
    "no-new-statement-keeps-the-metric": (
        "Exports rose 5.8 percent year-on-year to 1.18 trillion yuan.",
        ["Exports", "Exports"],
    ),
}


@pytest.mark.parametrize(("text", "metrics"), STATED_METRICS.values(), ids=STATED_METRICS.keys())
def test_facts_metric_of_a_new_statement_in_the_sentence(
    nlp: Language, text: str, metrics: list[str]
) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-02-15")] == metrics


METRICS: dict[str, tuple[str, list[str]]] = {
    # a function word glued between hyphens is inside a compound
    "like-for-like": (
        "Orla Stores' UK like-for-like sales grew 4.9% in 2024.",
        ["like-for-like sales"],
    ),
    # "so-called" hedges the name; it is no part of it
    "so-called": ("The so-called core CPI rose 3.0% year-on-year in September.", ["core CPI"]),
    # the whole of a targeted share ("of GDP") is no metric of the value after it
    "target-of-gdp-then-start": (
        "The government targets a budget deficit of 2.78% of GDP next year, up from an "
        "estimated 2.53% this year.",
        ["budget deficit", "budget deficit"],
    ),
    # a share's part is the quantity; "by" names whose it is
    "share-part-spent-by-owners": (
        "Research and development spending by local bearing makers accounted for 3.8 "
        "percent of their revenue in 2024.",
        ["Research and development spending"],
    ),
    # near-miss: the part is the owners themselves: the metric is the whole's quantity
    "share-part-owners": (
        "Wuhan's banks accounted for 48 percent of the province's new loans in 2024.",
        ["new loans"],
    ),
    # a noun of change after its determiner names the change of the quantity before
    "bringing-the-annual-increase": (
        "Average hourly earnings rose 0.4% in September, bringing the annual increase to 3.8%.",
        ["Average hourly earnings", "Average hourly earnings"],
    ),
    # savings and synergies of costs: the noun after "cost" is the quantity
    "cost-savings": (
        "Orla Telecom expects annual cost savings of 100 million pounds.",
        ["annual cost savings"],
    ),
    # near-miss: the cost itself
    "cost-of-a-project": ("The cost of the Yunfu bridge was 5 billion yuan.", ["cost"]),
    # a ranked economy names a place, no quantity; nor does a phrase owned by it
    "ranked-economy-is-a-place": (
        "Annual inflation in Latin America's largest economy stood at 5.32% in mid-May.",
        ["Annual inflation"],
    ),
    "part-phrase-ends-before-an-owner": (
        "Unemployment in the world's second-largest economy rose to 5.3% in May.",
        ["Unemployment"],
    ),
    # near-miss: an economy without a rank is the quantity
    "unranked-economy": ("Chile's economy grew 1.4% in the first quarter.", ["economy"]),
    # a bank's loans as Indian banks name them
    "advances": (
        "Kotak Mahindra Bank's advances grew 16 per cent to Rs 4.1 lakh crore.",
        ["advances", "advances"],
    ),
    # two words joined by "and" that name one quantity, before its head noun
    "import-and-export-value": (
        "The import and export value of Longyan reached 98.6 billion yuan in 2023.",
        ["import and export value"],
    ),
    "production-and-sales-volume": (
        "Its production and sales volume of new energy vehicles rose 30 percent in 2023.",
        ["production and sales volume of new energy vehicles"],
    ),
    # near-miss: two metrics joined by "and" stay two
    "two-metrics-joined": (
        "Longyan's exports and imports rose 5 percent and 2 percent, respectively, in 2023.",
        ["exports", "imports"],
    ),
    "the-part-after-an-owner-nouns-possessive": (
        "About 40% of the district's workforce holds a bachelor's degree, Binjiang District said.",
        ["workforce"],
    ),
    "a-discourse-adverb-is-no-metric": (
        "Separately, Kessler Logistik AG paid EUR 75 million to settle claims.",
        ["paid"],
    ),
    "a-key-figures-line-takes-its-label": (
        "Key data:\nCore inflation, Sept., y/y: 8.4%\nRegistered unemployment rate, Sept.: 5.0%",
        ["Core inflation", "Registered unemployment rate"],
    ),
    "money-put-into-something": (
        "Hunan Province will set aside 500 million yuan this year for export credit insurance "
        "subsidies.",
        ["export credit insurance subsidies"],
    ),
    "money-that-goes-somewhere": (
        "Liu said about 40 percent will go to 1,872 projects in transport.",
        ["projects in transport"],
    ),
    "an-abbreviation-inside-the-phrase": (
        "Gross non-performing assets (GNPA) ratio eased to 1.38% from 1.52%.",
        ["Gross non-performing assets (GNPA) ratio", "Gross non-performing assets (GNPA) ratio"],
    ),
    "a-number-inside-a-name-and-a-description-of-the-metric": (
        "The bank's common equity tier 1 ratio, a key gauge of its ability to absorb losses, "
        "rose to 12.3 per cent.",
        ["common equity tier 1 ratio"],
    ),
    "a-participle-aside": (
        "Spending on factory construction, boosted by federal subsidies for battery plants, "
        "posted a 23.4% expansion.",
        ["Spending on factory construction"],
    ),
    "a-quoted-name-in-the-of-phrase-and-a-dash-after-it": (
        'Exports of the "new three" products - electric vehicles and solar cells - soared '
        "68.4 percent.",
        ['Exports of the "new three" products'],
    ),
    "a-long-of-phrase": (
        "The added value of the new energy vehicle and parts industry grew 38.5 percent.",
        ["added value of the new energy vehicle and parts industry"],
    ),
    "a-grade-letter-is-no-article": (
        "Grade A office rents in Kwun Tong have fallen about 15 per cent since 2019.",
        ["Grade A office rents"],
    ),
    "a-shares-metric-is-the-part-before-the-verb": (
        "Its top five customers contributed 61.4% of revenue.",
        ["five customers"],
    ),
    "the-part-before-an-aside-that-describes-it": (
        "The secondary industry, which covers manufacturing and construction, produced 48.2 "
        "percent of the city's output.",
        ["secondary industry"],
    ),
    "the-part-an-appositive-names": (
        "The largest, a big grid operator, alone accounted for 19.8%.",
        ["big grid operator"],
    ),
    "the-part-named-by-a-phrase-with-a-compound-adjective": (
        "Exports by foreign-invested enterprises, including crude oil, accounted for 76.6 per "
        "cent of total exports.",
        ["Exports by foreign-invested enterprises"],
    ),
    "an-amount-restated-as-a-share-takes-the-part": (
        "Industry alone contributed 690.33 billion yuan, or 44.7 percent of GDP.",
        ["Industry", "Industry"],
    ),
    "a-named-parts-share-measures-the-wholes-quantity": (
        "Wuhan, the provincial capital, accounted for nearly 50 percent of the province's new "
        "loans.",
        ["new loans"],
    ),
    "a-named-parts-share-of-the-total-measures-the-quantity-before": (
        "Shenzhen's retail sales reached 1.05 trillion yuan. The two cities together accounted "
        "for 45.3 pct of the provincial total.",
        ["retail sales", "retail sales"],
    ),
    "accounting-for-after-a-comma-is-the-share-of-what-the-clause-measured": (
        "Wage income rose 6.9 per cent, accounting for 55.3 per cent of the total.",
        ["Wage income", "Wage income"],
    ),
    "money-invested-over-a-period-in-something": (
        "Kurobe Precision plans to invest 60 billion yen over the next three years in a new "
        "plant in Kentucky.",
        ["new plant"],
    ),
    "a-participle-after-an-article-is-an-adjective": (
        "Lianhua Semiconductor Corp said it would invest NT$30 billion ($920 million) in an "
        "advanced packaging plant.",
        ["advanced packaging plant", "advanced packaging plant"],
    ),
    "an-amount-added-to-a-quantity": (
        "The weak yen added 86 billion yen to operating profit.",
        ["operating profit"],
    ),
    "a-move-to-an-index-level-is-no-destination": (
        "The Nikkei 225 added 1.1% to 38,400.",
        ["Nikkei 225"],
    ),
    "growth-alone": (
        "Mexico's economy grew 3.2% last year, and analysts expect growth of about 2.5 percent "
        "this year.",
        ["economy", "growth"],
    ),
    "growth-at-a-percentage": (
        "GDP grew 7.52 per cent in the first half, with second-quarter growth at 7.96 per cent.",
        ["GDP", "growth"],
    ),
    "growth-of-a-percentage-in-a-quantity": (
        "Targets include growth of around 5 percent in general public budget revenue.",
        ["general public budget revenue"],
    ),
    "the-share-of-a-part-takes-the-part": (
        "The district aims to lift the share of custom-made furniture in total output to over "
        "50 percent by 2027.",
        ["custom-made furniture"],
    ),
    "a-spelled-out-statement-item": (
        "Earnings before interest, tax, depreciation and amortisation climbed 27% to Rs 1,240 "
        "crore.",
        [
            "Earnings before interest, tax, depreciation and amortisation",
            "Earnings before interest, tax, depreciation and amortisation",
        ],
    ),
    "a-terminator-inside-a-metric-ends-no-clause": (
        "Underlying net profit after tax for the six months rose from A$1.95bn a year earlier.",
        ["Underlying net profit after tax"],
    ),
    "a-list-of-words-after-the-value": (
        "The company paid Rs 45 lakh in arranger, trustee and listing fees, and the bonds will "
        "trade on the BSE.",
        ["arranger, trustee and listing fees"],
    ),
    "a-list-of-modifiers-in-an-of-phrase": (
        "Indian issuers have sold more than Rs 1.2 trillion of green, social and "
        "sustainability-linked bonds since 2016.",
        ["green, social and sustainability-linked bonds"],
    ),
    "the-use-of-proceeds-listed-clause-by-clause": (
        "About 60%, or roughly HK$2.34 billion, of the net proceeds will go to a new plant in "
        "Zhuzhou; 15% to research and development; and 10% to working capital.",
        ["new plant", "new plant", "research and development", "working capital"],
    ),
    "volumes-of-transport": (
        "The port handled 680 million tons of cargo last year, up 3.3 percent, and its "
        "container throughput hit 30 million TEUs, an increase of 11.8 percent.",
        ["cargo", "container throughput"],
    ),
    "a-vacancy-rate": (
        "Office rents have fallen about 15 per cent since 2019, and vacancy in the district is "
        "close to 20 per cent.",
        ["Office rents", "vacancy"],
    ),
    "things-counted-are-no-metric-of-money": (
        "Dali received 40.6 million visits and 10.3 billion yuan in tourism revenue.",
        ["tourism revenue"],
    ),
    "things-counted-are-the-metric-of-a-percentage": (
        "Macao received 28.21 million visitor arrivals last year, about 70 percent of the 2019 "
        "level.",
        ["visitor arrivals"],
    ),
    "the-price-per-unit-of-things-counted": (
        "Straits Harbour will issue 95 million new shares at S$1.89 per share.",
        ["new shares"],
    ),
    "a-valuation-named-by-its-verb": (
        "The company's shares rose 3.2 percent to Rs 418.65, valuing it at close to Rs 31,000 "
        "crore.",
        ["shares", "shares", "valuing"],
    ),
    "a-valuation-of-a-thing-named": (
        "Its units rose on Tuesday, valuing the listed fund at $650 million.",
        ["listed fund"],
    ),
    "a-valuation-of-a-company-named-by-its-verb": (
        "Harbor Ridge offered a premium of about 27 percent, valuing the French retailer at "
        "EUR 2.1 billion.",
        ["premium", "valuing"],
    ),
    "people-with-an-amount-have-the-quantity-named-before": (
        "Urban residents had an average disposable income of 56,153 yuan, while rural residents "
        "had 26,722 yuan, up 5.1 per cent and 6.6 per cent, respectively.",
        ["average disposable income"] * 4,
    ),
    "figures-respectively-restate-the-quantities-before": (
        "During the holiday, Yunnan received 40.2 million tourist visits and tourism revenue of "
        "46.27 billion yuan. The figures were up 31.9 percent and 42.5 percent year on year, "
        "respectively.",
        ["tourism revenue", "tourist visits", "tourism revenue"],
    ),
    "items-of-company-finance": (
        "The miner declared a final dividend of 85 cents a share, bringing its payout for 2023 "
        "to 210 cents. Each bond carries a face value of Rs 1 lakh.",
        ["final dividend", "payout", "face value"],
    ),
    "a-passive-valuation": (
        "At the top of the range it would be valued at about HK$10.05 billion.",
        ["valued"],
    ),
    "points-above-a-benchmark-measure-what-was-stated-before": (
        "Coupon rates were 2.28%-2.61%, or 3 to 5 basis points above treasury yields.",
        ["Coupon rates", "Coupon rates"],
    ),
    "a-participle-after-a-comma-measures-what-the-sentence-is-about": (
        "The loonie weakened after the announcement, trading at 70.45 U.S. cents compared with "
        "70.62 U.S. cents before the release.",
        ["loonie", "loonie"],
    ),
    "a-year-on-year-rise-in-a-quantity": (
        "Konkan Bank reported an 18 per cent year-on-year rise in standalone net profit to Rs "
        "4,212 crore.",
        ["standalone net profit", "standalone net profit"],
    ),
    "a-jump-in-a-quantity": (
        "Vindhya Cements, India's fourth-largest cement maker by capacity, reported a 41% jump in "
        "third-quarter consolidated net profit.",
        ["consolidated net profit"],
    ),
    "a-list-needs-and-before-its-last-item": (
        "The company paid $5 million in fees, reflecting higher pay.",
        ["fees"],
    ),
    "worth-of-goods": (
        "Xi'an plans to handle more than RMB 45 billion worth of goods in 2024.",
        ["goods"],
    ),
}


@pytest.mark.parametrize(("text", "metrics"), METRICS.values(), ids=METRICS.keys())
def test_facts_metric_forms(nlp: Language, text: str, metrics: list[str]) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-02-15")] == metrics


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The loonie weakened 0.4% against the U.S. dollar after the decision.", "loonie"),
        ("Kurobe Precision Industries Ltd earned 150 billion yen. The yen fell 1%.", "yen"),
        ("Hanul Semicon shares rose 2.4%, while the won lost 0.3% against the dollar.", "won"),
        ("Sterling fell 0.5 per cent against the dollar after the data.", "Sterling"),
        ("Vollrath shares fell 4.6%, while the FTSE 100 was 0.3% lower.", "FTSE 100"),
        ("Bonds rallied, and the main Jakarta share index fell 0.5%.", "main Jakarta share index"),
        ("The Turkish lira has lost about 8% of its value against the dollar.", "Turkish lira"),
        ("The Norwegian crown weakened 0.4% against the euro on Thursday.", "Norwegian crown"),
        ("The Czech koruna eased 0.2% on Thursday.", "Czech koruna"),
        ("The UAE dirham slipped 0.1% as oil fell.", "UAE dirham"),
        ("The New Zealand dollar fell 0.3% after the jobs data.", "New Zealand dollar"),
    ],
    ids=[
        "nickname",
        "currency-name-after-an-amount-in-it",
        "the-currency-without-its-article",
        "the-currency-a-quote-is-taken-in-is-no-metric",
        "a-stock-index",
        "an-index-with-its-market-and-place",
        "a-share-of-its-value",
        "a-crown-with-its-country",
        "a-koruna",
        "a-currency-named-with-its-country-code",
        "a-dollar-named-with-its-country",
    ],
)
def test_facts_currency_quote_is_an_instrument(nlp: Language, text: str, metric: str) -> None:
    last = facts(nlp, text, date="2024-02-15")[-1]
    assert (last[1], last[2], last[4], last[5]) == ("change", "decrease", metric, None)


# (value, kind, direction, metric): how news names the quantity a value measures
METRIC_NAMES: dict[str, tuple[str, list[tuple[str, str, str, str]]]] = {
    "points-before-a-rate-move": (
        "The Reserve Bank of Fiji delivered a 25 basis point cut on Tuesday.",
        [("25 basis point", "change", "decrease", "cut")],
    ),
    "hyphenated-points-before-a-rate-move": (
        "Westpac economists expect a 50-basis-point hike.",
        [("50-basis-point", "target", "increase", "hike")],
    ),
    "points-before-a-move-in-a-named-rate": (
        "The Reserve Bank of Fiji announced a 25 basis point cut in its policy rate.",
        [("25 basis point", "change", "decrease", "policy rate")],
    ),
    "points-before-a-move-of-a-rate-named-before": (
        "The Reserve Bank of Fiji held its policy rate at 3.5% and signalled a 25 basis point cut.",
        [
            ("3.5%", "level", "none", "policy rate"),
            ("25 basis point", "change", "decrease", "policy rate"),
        ],
    ),
    "points-of-a-yield-no-move-noun": (
        "The benchmark bond yield rose 25 basis points.",
        [("25 basis points", "change", "increase", "benchmark bond yield")],
    ),
    "trade-with-a-named-group": (
        "Trade with ASEAN member states rose 8 percent to 1.2 trillion yuan in 2023.",
        [
            ("8 percent", "change", "increase", "Trade with ASEAN member states"),
            ("1.2 trillion yuan", "level", "none", "Trade with ASEAN member states"),
        ],
    ),
    "exports-to-a-named-group": (
        "Exports to EU member countries fell 3 percent in January.",
        [("3 percent", "change", "decrease", "Exports to EU member countries")],
    ),
    "exports-to-a-country-is-a-partner-not-a-part": (
        "Exports to the US fell 3 percent in January.",
        [("3 percent", "change", "decrease", "Exports")],
    ),
    "revenue-from-a-source": (
        "Revenue from cloud services rose 20%.",
        [("20%", "change", "increase", "Revenue from cloud services")],
    ),
    "revenue-from-a-place-is-where": (
        "Revenue from China fell 3 percent.",
        [("3 percent", "change", "decrease", "Revenue")],
    ),
    "exports-to-partners-a-capitalised-modifier-picks-out": (
        "Exports to Belt and Road countries rose 9 percent.",
        [("9 percent", "change", "increase", "Exports to Belt and Road countries")],
    ),
    "imports-from-a-named-group": (
        "Imports from EU countries fell 2 percent.",
        [("2 percent", "change", "decrease", "Imports from EU countries")],
    ),
    "investment-in-named-cities-is-where": (
        "Investment in Pearl River Delta cities rose 5 percent in 2023.",
        [("5 percent", "change", "increase", "Investment")],
    ),
    "a-chance-of-an-event-is-a-level": (
        "Traders see a 90% chance of a rate cut in June.",
        [("90%", "level", "none", "chance of a rate cut")],
    ),
    "a-probability-of-a-named-move": (
        "Futures markets price a roughly 60 percent probability of a Fed hike.",
        [("roughly 60 percent", "level", "none", "probability of a Fed hike")],
    ),
    "a-chance-of-points-of-a-move": (
        "Traders see an 80% chance of a 25 basis point cut.",
        [
            ("80%", "level", "none", "chance"),
            ("25 basis point", "target", "decrease", "cut"),
        ],
    ),
    "an-increase-seen-is-no-probability": (
        "Analysts see a 90% increase in exports next year.",
        [("90%", "target", "increase", "exports")],
    ),
    "added-to-a-quantity-per-share": (
        "Kessler said the purchase would add about 5% to earnings per share next year.",
        [("about 5%", "target", "increase", "earnings per share")],
    ),
    "added-to-an-owners-quantity": (
        "The deal added 3 percent to Vantor's revenue last year.",
        [("3 percent", "change", "increase", "revenue")],
    ),
    "rise-to-a-record-names-no-quantity": (
        "Prices are expected to rise 5% to a record.",
        [("5%", "target", "increase", "Prices")],
    ),
    "a-further-amount-before-its-noun": (
        "Kessler expects a further $5-6 million charge in the second quarter.",
        [("$5-6 million", "target", "none", "charge")],
    ),
    "a-further-amount-with-no-noun-after-it": (
        "Kessler expects a $5-6 million charge in the second quarter, and a further $2 million "
        "in 2025.",
        [
            ("$5-6 million", "target", "none", "charge"),
            ("$2 million", "target", "none", "charge"),
        ],
    ),
    "a-quantity-per-unit-before-its-verb": (
        "The new cranes cut handling time per box by 15 percent.",
        [("15 percent", "change", "decrease", "handling time per box")],
    ),
    "a-lexicon-quantity-per-unit": (
        "Sales per store rose 4 percent in the quarter.",
        [("4 percent", "change", "increase", "Sales per store")],
    ),
    "a-quantity-per-year-is-the-quantity": (
        "Revenue per year grew 5 percent.",
        [("5 percent", "change", "increase", "Revenue")],
    ),
    "one-part-named-with-and-before-a-respectively-clause": (
        "Output of the solar cell and module industry rose 21 percent, and that of robotics "
        "and drones rose 14 percent and 9 percent respectively.",
        [
            ("21 percent", "change", "increase", "Output of the solar cell and module industry"),
            ("14 percent", "change", "increase", "Output"),
            ("9 percent", "change", "increase", "Output"),
        ],
    ),
    "a-part-named-by-a-participle-phrase-with-a-numbered-word": (
        "Chips made on 5-nanometre and more advanced nodes accounted for 38% of foundry revenue, "
        "up 4 percentage points from a year ago.",
        [
            ("38%", "share", "none", "Chips made on 5-nanometre and more advanced nodes"),
            (
                "4 percentage points",
                "change",
                "increase",
                "Chips made on 5-nanometre and more advanced nodes",
            ),
        ],
    ),
    "a-part-named-by-a-participle-phrase": (
        "Cars sold through online channels accounted for 22% of total sales.",
        [("22%", "share", "none", "Cars sold through online channels")],
    ),
    "a-bonds-tenor-names-its-yield": (
        "The 10-year JGB yield rose 2 basis points to 0.75%.",
        [
            ("2 basis points", "change", "increase", "10-year JGB yield"),
            ("0.75%", "level", "none", "10-year JGB yield"),
        ],
    ),
    "a-spelled-tenor-names-its-yield": (
        "Two-year gilt yields fell 5 basis points.",
        [("5 basis points", "change", "decrease", "Two-year gilt yields")],
    ),
    "a-tenor-after-the-rate-is-its-part": (
        "The rate on one-year loans fell 10 basis points.",
        [("10 basis points", "change", "decrease", "rate on one-year loans")],
    ),
    "a-span-of-years-before-a-plan-is-no-tenor": (
        "Its 10-year plan cut the rate by 25 basis points.",
        [("25 basis points", "change", "decrease", "rate")],
    ),
    "an-instrument-named-in-quotes": (
        '"Brent" crude futures fell 1.2 percent to $81 a barrel.',
        [
            ("1.2 percent", "change", "decrease", '"Brent" crude futures'),
            ("$81 a barrel", "level", "none", '"Brent" crude futures'),
        ],
    ),
    "a-part-phrase-with-a-list": (
        "Spending on research and development rose 15 percent.",
        [("15 percent", "change", "increase", "Spending on research and development")],
    ),
    "a-part-phrase-with-a-list-of-three": (
        "Investment in transport, water conservancy and energy rose 7 percent.",
        [
            (
                "7 percent",
                "change",
                "increase",
                "Investment in transport, water conservancy and energy",
            )
        ],
    ),
    "a-clause-after-and-is-no-list-item": (
        "Investment in property fell 3 percent and exports rose 5 percent.",
        [
            ("3 percent", "change", "decrease", "Investment in property"),
            ("5 percent", "change", "increase", "exports"),
        ],
    ),
    "money-that-goes-to-things-of-a-part": (
        "About 40 percent will go to 900 projects in transport, water conservancy and energy.",
        [
            (
                "About 40 percent",
                "target",
                "none",
                "projects in transport, water conservancy and energy",
            )
        ],
    ),
    "money-put-into-things-in-a-place": (
        "Kessler will spend $300 million on new plants in Texas.",
        [("$300 million", "target", "none", "new plants")],
    ),
    "a-possessive-before-share-of-names-the-part": (
        "Renewables' share of power generation rose to 31%.",
        [("31%", "share", "none", "Renewables")],
    ),
    "a-sectors-share-of-a-whole": (
        "The private sector's share of investment fell to 52%.",
        [("52%", "share", "none", "private sector")],
    ),
    "a-places-share-of-a-whole-is-its-subjects": (
        "China's share of global exports rose to 14%.",
        [("14%", "share", "none", "global exports")],
    ),
    "a-share-of-the-market": (
        "Its share of the market rose to 20%.",
        [("20%", "share", "none", "market")],
    ),
    "a-share-of-the-total-names-no-part": ("The share of the total rose to 20%.", []),
    "an-amount-in-a-quantity-with-its-of-phrase": (
        "Kessler booked a record $1.2 billion in sales of electric vehicles.",
        [("$1.2 billion", "level", "none", "sales of electric vehicles")],
    ),
    "an-amount-in-a-quantity-of-a-place-is-where": (
        "Kessler booked $1.2 billion in sales in Germany.",
        [("$1.2 billion", "level", "none", "sales")],
    ),
    "a-preposition-ending-in-ing-is-no-use-of-money": (
        "Tourists spent 30 billion yuan during the holiday.",
        [("30 billion yuan", "level", "none", "spent")],
    ),
    "money-spent-doing-something": (
        "The city will spend 2 billion yuan upgrading rural roads.",
        [("2 billion yuan", "target", "none", "upgrading rural roads")],
    ),
    "a-list-whose-verb-is-said-once": (
        "Retail sales rose 7 percent, industrial output 4.5 percent and fixed-asset investment "
        "3 percent.",
        [
            ("7 percent", "change", "increase", "Retail sales"),
            ("4.5 percent", "change", "increase", "industrial output"),
            ("3 percent", "change", "increase", "fixed-asset investment"),
        ],
    ),
    "a-fall-whose-verb-is-said-once": (
        "Exports fell 3 percent, and imports 5 percent.",
        [
            ("3 percent", "change", "decrease", "Exports"),
            ("5 percent", "change", "decrease", "imports"),
        ],
    ),
    "a-new-clause-with-an-unknown-verb-is-no-gapped-list": (
        "NII rose 11%, board declares ₹11 dividend.",
        [("11%", "change", "increase", "NII"), ("₹11", "level", "none", "dividend")],
    ),
    "things-counted-in-a-year-then-a-change": (
        "Xinjiang produced 680,000 new energy vehicles in 2023, up 7 percent.",
        [("7 percent", "change", "increase", "new energy vehicles")],
    ),
    "a-quantity-named-in-an-earlier-clause-of-the-sentence": (
        "Core inflation slowed to 3.1 percent. The bureau will release first-quarter GDP on "
        "Friday; economists expect a fall of 0.3%, after a 0.2% contraction in the fourth "
        "quarter.",
        [
            ("3.1 percent", "level", "none", "Core inflation"),
            ("0.3%", "target", "decrease", "GDP"),
            ("0.2%", "change", "decrease", "GDP"),
        ],
    ),
    "no-quantity-in-an-earlier-clause-keeps-the-sentence-before": (
        "Core inflation slowed to 3.1 percent. The bureau will release its report on Friday; "
        "economists expect a fall of 0.3%.",
        [
            ("3.1 percent", "level", "none", "Core inflation"),
            ("0.3%", "target", "decrease", "Core inflation"),
        ],
    ),
    "percent-of-a-rate-move-is-a-change": (
        "Half a percent of easing by the summer looks likely, he said.",
        [("Half a percent", "change", "decrease", "easing")],
    ),
    "points-of-hikes-delivered": (
        "The central bank has delivered 1.5 percentage points of hikes since June.",
        [("1.5 percentage points", "change", "increase", "hikes")],
    ),
    "a-priced-rate-move": (
        "Traders priced in half a percent of easing.",
        [("half a percent", "target", "decrease", "easing")],
    ),
    "percent-of-a-whole-is-a-share": (
        "Exports made up 20 percent of output.",
        [("20 percent", "share", "none", "Exports")],
    ),
    "a-share-verb-in-an-aside-governs-no-later-value": (
        "Industrial production, which accounts for a quarter of output, rose 4 percent.",
        [("4 percent", "change", "increase", "Industrial production")],
    ),
    "total-before-a-metric-is-part-of-it": (
        "The city's total retail sales of consumer goods rose 6 percent.",
        [("6 percent", "change", "increase", "total retail sales of consumer goods")],
    ),
    "a-total-of-names-no-quantity": (
        "Kessler had a total of $5 billion in sales.",
        [("$5 billion", "level", "none", "sales")],
    ),
    "a-route-between-two-names": (
        "Trade between China and Brazil rose 8 percent to $180 billion.",
        [
            ("8 percent", "change", "increase", "Trade between China and Brazil"),
            ("$180 billion", "level", "none", "Trade between China and Brazil"),
        ],
    ),
    "a-gap-between-two-groups": (
        "The gap between rich and poor regions widened 2 percent.",
        [("2 percent", "change", "increase", "gap between rich and poor regions")],
    ),
    "between-with-no-second-end-is-no-part": (
        "Flights between the two cities rose 20 percent.",
        [("20 percent", "change", "increase", "Flights")],
    ),
    "a-part-with-no-participle": (
        "Services made up 52% of GDP.",
        [("52%", "share", "none", "Services")],
    ),
    "parts-listed-with-a-serial-comma-share-the-head": (
        "The output values of its farming, mining, and textile sectors reached 20 billion yuan, "
        "35 billion yuan, and 41 billion yuan, respectively.",
        [
            ("20 billion yuan", "level", "none", "output values"),
            ("35 billion yuan", "level", "none", "output values"),
            ("41 billion yuan", "level", "none", "output values"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), METRIC_NAMES.values(), ids=METRIC_NAMES.keys())
def test_facts_metric_names_the_quantity(
    nlp: Language, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = [(f[0], f[1], f[2], f[4]) for f in facts(nlp, text, date="2024-02-15")]
    assert found == expected


def test_facts_conversion_points_at_the_amount_it_converts(nlp: Language) -> None:
    text = (
        "Tongzhou's annual transactions reached more than 150 billion yuan ($20.9 billion) in 2023."
    )
    found = extractor.extract(text, nlp=nlp).facts
    assert [row(f) for f in found] == [
        (
            "more than 150 billion yuan",
            "level",
            "none",
            None,
            "annual transactions",
            "Tongzhou",
            "2023",
        ),
        ("$20.9 billion", "level", "none", None, "annual transactions", "Tongzhou", "2023"),
    ]
    assert (found[0].equivalent_of, found[1].equivalent_of) == (None, found[0].id)


@pytest.mark.parametrize(
    "text",
    [
        "It came to 30 yuan.",
        "The lender posted 5 billion yuan ($700 million) in 2023.",
        # the step of a rule of thumb is a hypothetical unit, not a figure of the metric
        "Exports would shrink for every 1% fall in the rupiah.",
        "Every 1 yuan of infrastructure spending could drive more output.",
        "Every fall of 100 yuan per ton hurts the coal industry.",
    ],
    ids=["no-phrase", "owner-noun-phrase", "for-every-step", "every-step-of", "every-fall-of"],
)
def test_facts_a_value_that_measures_nothing_stated_gets_no_fact(nlp: Language, text: str) -> None:
    records = extractor.extract(text, nlp=nlp)
    assert [m.label for m in records.mentions if m.label in ("MONEY", "PERCENT")]
    assert (records.facts, records.article.facts) == ([], 0)


def _offsets_hold(text: str, records: DocumentRecords) -> None:
    mentions = {m.id: m for m in records.mentions}
    for fact in records.facts:
        value = mentions[fact.value.id]
        assert (value.start, value.end, value.text) == (
            fact.value.start,
            fact.value.end,
            fact.value.text,
        )
        assert text[fact.metric.start : fact.metric.end] == fact.metric.text
        assert fact.sentence_start <= fact.value.start < fact.value.end <= fact.sentence_end
        if fact.subject is not None:
            owner = mentions[fact.subject.id]
            assert text[owner.start : owner.end] == owner.text
            if (owner.label, fact.subject.label) == ("ORG", "GPE"):
                # a country named inside a body's name: its own offsets, inside the mention
                assert owner.start <= fact.subject.start < fact.subject.end <= owner.end
                assert text[fact.subject.start : fact.subject.end] == fact.subject.text
            else:
                assert owner.label == fact.subject.label
                assert (owner.start, owner.end) == (fact.subject.start, fact.subject.end)
        if fact.period is not None and fact.period.start is not None:
            assert fact.period.end is not None
            assert text[fact.period.start : fact.period.end] == fact.period.text


NEWS_WORDS = st.sampled_from(
    [
        "Jiangsu's",
        "exports",
        "GDP",
        "rose",
        "fell",
        "reached",
        "to",
        "by",
        "in",
        "2023",
        "2024",
        "the first half",
        "last year",
        "Nantong",
        "Kessler Logistik",
        "revenue",
        "accounted for",
        "of",
        "percent",
        "5.8",
        "12%",
        "150 billion yuan",
        "($20.9 billion)",
        "US$1.2bn",
        "respectively",
        "and",
        ",",
        ".",
        "\n\n",
        "year-on-year",
        "aims to",
        "a target of",
    ]
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(NEWS_WORDS, max_size=40))
def test_facts_offsets_lie_inside_the_text_and_match_it(nlp: Language, words: list[str]) -> None:
    text = " ".join(words)
    _offsets_hold(text, extractor.extract(text, nlp=nlp))


def test_facts_line_and_paragraph_indexes_agree_with_searching_back(nlp: Language) -> None:
    """The indexes that keep a text of one endless paragraph linear give what a search gives."""
    from extractor.stages.facts.context import Context

    text = "Title 2023\n\n\nExports rose 5%.\nImports fell 3%.\n\n  Sales hit $5 billion.\n"
    doc = nlp(text)
    context = Context(doc, nlp.get_pipe("extractor_facts").finder, None)
    for token in doc:
        assert context.paragraph(token.i) == text.rfind("\n\n", 0, token.idx) + 1
    for offset in range(len(text) + 1):
        assert context.blank_line_before(offset) == text.rfind("\n\n", 0, offset)
        end = text.find("\n", token.idx)
        assert context.line_of(token.idx) == (
            text.rfind("\n", 0, token.idx) + 1,
            len(text) if end < 0 else end,
        )


WIRE_STORY = (
    "Bank Indonesia raises rate to 6.25%\n\n"
    "JAKARTA, April 24 -- Bank Indonesia raised its benchmark rate to 6.25% on Wednesday. "
    "It expects economic growth of 5 percent in 2024.\n\n"
    "Annual inflation eased to 3.05% in March."
)


def test_facts_dateline_and_lead_weekday_date_a_story_that_reports_no_past_year(
    nlp: Language,
) -> None:
    # April 24 fell on a Wednesday in 2024, the year the story's forecast names: the rate
    # decision (and the headline that sums it up) takes that day, "March" is the March before.
    assert [(r[0], r[6]) for r in facts(nlp, WIRE_STORY)] == [
        ("6.25%", "2024-04-24"),
        ("6.25%", "2024-04-24"),
        ("5 percent", "2024"),
        ("3.05%", "2024-03"),
    ]


def test_facts_dateline_without_weekday_and_year_dates_nothing(nlp: Language) -> None:
    text = WIRE_STORY.replace(" on Wednesday", "").replace(" in 2024", "")
    assert [(r[0], r[6]) for r in facts(nlp, text)] == [
        ("6.25%", None),
        ("6.25%", None),
        ("5 percent", None),
        ("3.05%", None),
    ]


def test_facts_dateline_year_lies_before_a_goal(nlp: Language) -> None:
    # A goal "by 2027" is set one to five years ahead: of 2022-2026, April 24 was a Wednesday
    # in 2024 only; "by 2030" leaves 2025-2029, in none of which it was.
    text = WIRE_STORY.replace("in 2024", "by 2027")
    assert [(r[0], r[6]) for r in facts(nlp, text)][3] == ("3.05%", "2024-03")
    text = WIRE_STORY.replace("in 2024", "by 2030")
    assert [(r[0], r[6]) for r in facts(nlp, text)][3] == ("3.05%", None)


NO_YEAR_STORY = (
    "Hubei's loans up 11.4 pct\n\nWUHAN, Oct. 24 (Xinhua) -- Outstanding loans in Hubei "
    "Province reached 8.31 trillion yuan at the end of September, up 11.4 percent year on year, "
    "the provincial branch of the central bank said Tuesday."
)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        # Oct. 24 was a Tuesday in 2017, 2023 and 2028: the latest that has come
        (date(2026, 12, 4), date(2023, 10, 24)),
        (date(2028, 10, 24), date(2028, 10, 24)),
        (date(2023, 10, 23), date(2017, 10, 24)),
    ],
    ids=["years-after", "on-the-day", "the-day-before"],
)
def test_facts_story_naming_no_year_is_of_the_latest_year_its_weekday_fits(
    nlp: Language, today: date, expected: date
) -> None:
    assert document_anchor(nlp(NO_YEAR_STORY), today=today) == expected


def test_facts_story_naming_no_year_nor_weekday_has_no_date(nlp: Language) -> None:
    text = NO_YEAR_STORY.replace(" said Tuesday", " said")
    assert document_anchor(nlp(text), today=date(2026, 12, 4)) is None


BODY_WEEKDAY_STORY = (
    "Ruritania's inflation holds at 3 per cent\n\nSTRELSAU, Oct. 24 - Consumer price "
    "inflation held at 3 per cent in September, the statistics office said.\n\n"
    + "Core inflation, which strips out energy and food, eased to 2.6 per cent. " * 8
    + "\n\nThe statistics office said on Tuesday it would revise its survey."
)


def test_facts_story_naming_no_year_is_dated_by_a_weekday_of_its_body(nlp: Language) -> None:
    # no weekday in the lead, none in the text's head: the body's "on Tuesday" is of the
    # same week, so Oct. 24 of the latest year it fell on a Tuesday (2023, read in 2026)
    assert document_anchor(nlp(BODY_WEEKDAY_STORY), today=date(2026, 12, 4)) == date(2023, 10, 24)
    # near-miss: a year the story names leads, a body weekday does not move it
    text = BODY_WEEKDAY_STORY.replace("in September", "in September 2021")
    assert document_anchor(nlp(text), today=date(2026, 12, 4)) == date(2021, 10, 24)


def test_facts_a_benchmark_year_is_no_year_the_story_reports(nlp: Language) -> None:
    # "the pre-pandemic levels of 2019" is compared with: the story names no year it reports,
    # so Oct. 24 of the latest year it fell on a Tuesday (2023, read in 2026)
    text = NO_YEAR_STORY.replace(
        "year on year,", "year on year, and 30 percent above the pre-pandemic levels of 2019,"
    )
    assert document_anchor(nlp(text), today=date(2026, 12, 4)) == date(2023, 10, 24)
    # near-miss: a year the story reports leads (Oct. 24 was a Tuesday in 2017)
    text = NO_YEAR_STORY.replace("at the end of September", "at the end of September 2017")
    assert document_anchor(nlp(text), today=date(2026, 12, 4)) == date(2017, 10, 24)


HOLIDAY_STORY = (
    "Hainan's duty-free sales jump during Spring Festival\n\nHAIKOU, Feb. 19 (Xinhua) -- "
    "Hainan's offshore duty-free shops sold 2.5 billion yuan of goods during the holiday, which "
    "ended Saturday, beating the pre-pandemic level of 2019 by 20 percent.\n\nThe province aims "
    "to sell 60 billion yuan of duty-free goods in 2024."
)


def test_facts_story_reporting_no_year_in_its_first_months_is_of_the_year_it_plans(
    nlp: Language,
) -> None:
    # 2019 is a level compared with, "ended Saturday" the holiday's last day, not the
    # dateline's: in February the year the story plans for is the current one
    assert document_anchor(nlp(HOLIDAY_STORY), today=date(2026, 12, 4)) == date(2024, 2, 19)
    # near-misses: in October the plan may be for the next year; no plan, no year
    text = HOLIDAY_STORY.replace("Feb. 19", "Oct. 19")
    assert document_anchor(nlp(text), today=date(2026, 12, 4)) is None
    text = HOLIDAY_STORY.replace(" in 2024", "")
    assert document_anchor(nlp(text), today=date(2026, 12, 4)) is None


def test_facts_story_naming_a_year_is_not_dated_by_the_clock(nlp: Language) -> None:
    # a year the story names ("in 2024") leads, whatever the clock says: April 24 was a
    # Wednesday in 2024 (and 2019, 2030)
    assert document_anchor(nlp(WIRE_STORY), today=date(2031, 1, 1)) == date(2024, 4, 24)


def test_facts_dateline_after_a_reported_quarter_is_of_the_next_year(nlp: Language) -> None:
    # "Jan 30" after the fourth quarter of 2023 is in 2024; the lead's "on Monday" is the day
    # before (Jan 30, 2024 was a Tuesday), not a sign of 2023, when Jan 30 was a Monday.
    text = (
        "MAS holds policy steady\n\nSINGAPORE, Jan 30 - The Monetary Authority of Singapore "
        "left its policy settings unchanged on Monday.\n\nSingapore's economy grew 2.8 per cent "
        "in the fourth quarter of 2023. MTI expects growth of 2 per cent this year.\n\nShares "
        "of Lanxi Logistics rose 3.8 per cent on Tuesday."
    )
    assert [(r[0], r[6]) for r in facts(nlp, text)] == [
        ("2.8 per cent", "2023-Q4"),
        ("2 per cent", "2024"),
        ("3.8 per cent", "2024-01-30"),
    ]


REPORTING: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "quarter-ended": (
        "Maple Bank Q1 profit falls 7%\n\n"
        "Maple Bank reported a 7 per cent drop in first-quarter profit.\n\n"
        "The lender earned $612 million in the three months ended Jan. 31. Revenue rose 4 per "
        "cent in the quarter.",
        [("7%", "2023-11/2024-01"), ("7 per cent", "2023-11/2024-01"),
         ("$612 million", "2023-11/2024-01"), ("4 per cent", "2023-11/2024-01")],
    ),
    "half-to-day": (
        "Ironwood Mining first-half profit climbs to A$2.3bn\n\n"
        "Ironwood Mining said first-half profit rose 18 per cent.\n\n"
        "Profit for the six months to December 31 was A$2.3bn. Revenue was A$7.8bn in the "
        "first half.",
        [("A$2.3bn", "2023-H2"), ("18 per cent", "2023-H2"), ("A$2.3bn", "2023-H2"),
         ("A$7.8bn", "2023-H2")],
    ),
    "months-named": (
        "Vindhya Steel Q3 profit jumps 41%\n\n"
        "Vindhya Steel said profit rose 41% in the October-December quarter.\n\n"
        "Its Q3 revenue rose 9%.",
        [("41%", "2023-Q4"), ("41%", "2023-Q4"), ("9%", "2023-Q4")],
    ),
    "calendar-company": (
        "Acme Corp Q4 profit rises 5%\n\n"
        "Acme Corp said fourth-quarter profit rose 5%.",
        [("5%", "2023-Q4"), ("5%", "2023-Q4")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REPORTING.values(), ids=REPORTING.keys())
def test_facts_fiscal_label_means_the_months_the_article_spells_out(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-02-28")] == expected


STANDING: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "present": (
        "In 2023, Ningbo's exports rose 5 percent. The freight bill is about 6,000 dollars per "
        "container.",
        [("5 percent", "2023"), ("about 6,000 dollars per container", None)],
    ),
    "present-perfect": (
        "In 2023, Keqiao's textile sales rose 8 percent. The district has spent over 10 billion "
        "yuan on upgrading its dyeing industry.",
        [("8 percent", "2023"), ("over 10 billion yuan", None)],
    ),
    "present-in-an-aside-of-another-figure": (
        "In 2023, Corvane's revenue rose 8 percent. Sales at its cloud unit, which now accounts "
        "for more than half of the total, jumped 31 percent to $648.5 million.",
        [("8 percent", "2023"), ("31 percent", "2023"), ("$648.5 million", "2023")],
    ),
    "rule-of-thumb": (
        "In 2023, Nordwind's profit rose 23 percent. She said every 1 percentage point of lower "
        "funding costs saves the company roughly 180 million euros over the life of its grid "
        "program.",
        [("23 percent", "2023"), ("roughly 180 million euros", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), STANDING.values(), ids=STANDING.keys())
def test_facts_a_standing_figure_inherits_no_period(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    # The guideline: one-off and standing figures take a date of their sentence, else null.
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-02-15")] == expected


YEARS_BACK: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "restated-per-share": (
        "The Calgary-based lender earned $612.5 million, or $2.41 a share, in the three months "
        "ended Jan. 31, down from $658.6 million, or $2.60 a share, a year earlier.",
        [
            ("$612.5 million", "2023-11/2024-01"),
            ("$2.41 a share", "2023-11/2024-01"),
            ("$658.6 million", "2022-11/2023-01"),
            ("$2.60 a share", "2022-11/2023-01"),
        ],
    ),
    "counted-years-of-the-year-so-far": (
        "Xiuwen has sold 2 billion yuan of fruit online so far this year. About 45 percent of its "
        "fruit now sells online, up from 10 percent five years ago.",
        [("2 billion yuan", "2024-01/2024-02"), ("About 45 percent", None), ("10 percent", "2019")],
    ),
    "counted-years": (
        "In 2023, Xiuwen sold 45 percent of its fruit online, up from less than 10 percent five "
        "years ago.",
        [("45 percent", "2023"), ("less than 10 percent", "2018")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), YEARS_BACK.values(), ids=YEARS_BACK.keys())
def test_facts_a_level_years_back_takes_the_period_that_many_years_before(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-02-28")] == expected


PREVIOUS_QUARTER: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "calendar": (
        "Singapore's economy grew 2.8 per cent in the fourth quarter of 2023, faster than the 1 "
        "per cent expansion in the previous quarter.",
        [("2.8 per cent", "2023-Q4"), ("1 per cent", "2023-Q3")],
    ),
    "fiscal": (
        "Dominion Pacific's profit rose 5 per cent in the three months ended Jan. 31. Its tier 1 "
        "ratio rose to 12.3 per cent from 12.1 per cent in the previous quarter.",
        [
            ("5 per cent", "2023-11/2024-01"),
            ("12.3 per cent", "2023-11/2024-01"),
            ("12.1 per cent", "2023-08/2023-10"),
        ],
    ),
    "basis-of-a-forecast": (
        "For the second quarter, Lianhua expects revenue to grow 5%-7% from the previous quarter.",
        [("5%-7%", "2024-Q2")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PREVIOUS_QUARTER.values(), ids=PREVIOUS_QUARTER.keys()
)
def test_facts_the_previous_quarter_is_the_one_before_the_quarter_in_view(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-02-28")] == expected


NEW_STATEMENT: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "and-will": (
        "The company posted fourth-quarter net income of R$ 2.1 billion, up 14% from a year "
        "earlier, and will pay a dividend of R$0.42 per share.",
        [("R$ 2.1 billion", "2023-Q4"), ("14%", "2023-Q4"), ("R$0.42 per share", None)],
    ),
    "and-said-it-would": (
        "Cement maker Sierra Madre posted fourth-quarter net income of 4.5 billion pesos and "
        "said it would spend 12 billion pesos on new plants.",
        [("4.5 billion pesos", "2023-Q4"), ("12 billion pesos", None)],
    ),
    "parallel-figures-keep-the-date": (
        "In 2023, Jiangsu's exports rose 5 percent to 2 trillion yuan, and imports fell 3 "
        "percent to 1.5 trillion yuan.",
        [
            ("5 percent", "2023"),
            ("2 trillion yuan", "2023"),
            ("3 percent", "2023"),
            ("1.5 trillion yuan", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), NEW_STATEMENT.values(), ids=NEW_STATEMENT.keys())
def test_facts_a_statement_of_another_kind_after_and_keeps_no_earlier_date(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    # A one-off amount announced after "and will", "and said it would" takes no date of the
    # reported figures before it (the guideline: the event date in its sentence, else null).
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-02-15")] == expected


def test_facts_analysts_forecast_of_a_reported_figure_takes_its_period(nlp: Language) -> None:
    text = (
        "In the October-December quarter, Vindhya Cements' profit rose 41% to Rs 612 crore. "
        "Analysts had expected a profit of Rs 561 crore."
    )
    assert [(r[0], r[1], r[6]) for r in facts(nlp, text, date="2024-01-24")] == [
        ("41%", "change", "2023-Q4"),
        ("Rs 612 crore", "level", "2023-Q4"),
        ("Rs 561 crore", "target", "2023-Q4"),
    ]


def test_facts_the_quarter_is_the_quarter_in_view(nlp: Language) -> None:
    text = (
        "Vollrath's profit rose 5% in the October-December period. The margin of its digital "
        "unit fell to 17.2% in the quarter."
    )
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-03-06")] == [
        ("5%", "2023-Q4"),
        ("17.2%", "2023-Q4"),
    ]
    # named first, with no quarter before it: nothing to refer to
    assert [
        (r[0], r[6]) for r in facts(nlp, "Sales rose 9% in the quarter.", date="2024-03-06")
    ] == [("9%", None)]


def test_facts_cue_rule_terminated_by_an_unknown_rule_is_an_error(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor.errors import PatternError
    from extractor.stages.facts import finder as stage
    from extractor.stages.facts.lexicon import CueRule

    bad = CueRule(
        id="target.modal",
        category="target",
        literal=["will"],
        direction="forward",
        scope=16,
        terminated_by=["level.nothing"],
    )
    monkeypatch.setattr(stage, "cue_rules", lambda: (bad,))
    with pytest.raises(PatternError, match=r"terminated_by names no rule: level\.nothing"):
        stage.FactFinder(nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the earlier growth it is compared with grew too
            "The economy expanded 1.2 per cent in 2023, down from 3.8 per cent in 2022.",
            [("1.2 per cent", "change", "increase"), ("3.8 per cent", "change", "increase")],
        ),
        (  # the verb stands before its object, "by" after it
            "The province aims to cut energy consumption per unit of GDP by 3 percent.",
            [("3 percent", "target", "decrease")],
        ),
        (
            "Drought cut hydropower output in the first half by 8.3 percent.",
            [("8.3 percent", "change", "decrease")],
        ),
        (  # a level to reach, money to raise: no change is stated
            "The group aims to lift annual transactions to more than 300 billion yuan.",
            [("more than 300 billion yuan", "target", "none")],
        ),
        (
            "The company plans to raise up to HK$3.9 billion in a Hong Kong listing.",
            [("up to HK$3.9 billion", "target", "none")],
        ),
        (  # listed values share the verb before the first
            "Tourist visits and revenue exceeded the levels of 2019 by 27.8 percent and 30.6 "
            "percent.",
            [("27.8 percent", "change", "increase"), ("30.6 percent", "change", "increase")],
        ),
        (  # growth is an increase
            "The central bank expects GDP growth of 7 per cent next year.",
            [("7 per cent", "target", "increase")],
        ),
        (  # relative terms of a deal or a comparison
            "Coal exports reached 127,000 tons in 2023, nearly 20 percent more than in 2022.",
            [("nearly 20 percent", "change", "increase")],
        ),
        (
            "The offer of US$72 a share is a 31% premium to the closing price.",
            [("31%", "change", "increase")],
        ),
        (
            "Some branded groceries are 50p cheaper than they were in the autumn.",
            [("50p", "change", "decrease")],
        ),
        (
            "Office rents in Shenzhen are 12 percent dearer than a year ago.",
            [("12 percent", "change", "increase")],
        ),
    ],
)
def test_facts_direction_of_changes_and_targets(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(r[0], r[1], r[2]) for r in facts(nlp, text, date="2024-03-06")]
    assert [f for f in found if f[0] in {e[0] for e in expected}] == expected


def test_facts_a_company_moving_by_a_percentage_is_its_stock(nlp: Language) -> None:
    text = (
        "TOKYO, March 19 -- Japanese shares rose on Tuesday. Among individual movers, Kanto "
        "Precision Industries jumped 8% after its results."
    )
    assert [(r[0], r[1], r[4], r[5]) for r in facts(nlp, text)] == [
        ("8%", "change", "shares", "Kanto Precision Industries")
    ]
    # no company before the verb: the market's own move, named with its market (as the dev
    # gold writes "Japanese stocks", "Hong Kong shares")
    assert [(r[0], r[4], r[5]) for r in facts(nlp, "Japanese shares rose 1.2% on Tuesday.")] == [
        ("1.2%", "Japanese shares", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shanxi cut energy consumption per unit of GDP by 3 percent in 2023.",
            ("3 percent", "energy consumption per unit of GDP"),
        ),
        (
            "Keqiao cut water consumption per unit of output by 30 percent in 2023.",
            ("30 percent", "water consumption per unit of output"),
        ),
        (  # "per capita" before the metric is its own modifier
            "Per capita GDP reached 120,000 yuan in 2023.",
            ("120,000 yuan", "Per capita GDP"),
        ),
    ],
)
def test_facts_a_quantity_per_unit_of_a_metric_is_the_metric(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert [(r[0], r[4]) for r in facts(nlp, text)] == [expected]


def test_facts_as_after_a_role_verb_ends_no_clause(nlp: Language) -> None:
    text = (
        "Binjiang District, which doubles as the Hangzhou high-tech zone, saw its GDP grow 7.1% "
        "in 2023."
    )
    assert [(r[0], r[4], r[5]) for r in facts(nlp, text)] == [("7.1%", "GDP", "Binjiang District")]
    # "as" as a conjunction still ends the clause: Hangzhou's growth is not Binjiang's
    text = "Binjiang District grew fast as Hangzhou's GDP rose 5.2% in 2023."
    assert [(r[0], r[5]) for r in facts(nlp, text)] == [("5.2%", "Hangzhou")]


def test_facts_the_planned_use_of_an_amount_is_a_target(nlp: Language) -> None:
    text = (
        "Shandong will issue 330 billion yuan of new special bonds in 2024. About 40 percent "
        "will go to transport projects."
    )
    assert [(r[0], r[1]) for r in facts(nlp, text)] == [
        ("330 billion yuan", "target"),
        ("About 40 percent", "target"),
    ]
    # what was spent is no target: the amount a level, the percentage of it a share
    text = "Shandong issued 330 billion yuan of bonds in 2023. About 40 percent went to transport."
    assert [(r[0], r[1]) for r in facts(nlp, text)] == [
        ("330 billion yuan", "level"),
        ("About 40 percent", "share"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sahyadri Green Energy Ltd raised Rs 5,000 crore through green bonds on Friday.",
            ("Rs 5,000 crore", "green bonds"),
        ),
        (  # a place names the kind of listing
            "Lanxin raised HK$9.36 billion in its Hong Kong listing in 2023.",
            ("HK$9.36 billion", "Hong Kong listing"),
        ),
    ],
)
def test_facts_money_raised_takes_the_way_it_was_raised(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert [(r[0], r[4]) for r in facts(nlp, text)] == [expected]


def test_facts_money_spent_in_a_place_is_not_the_place(nlp: Language) -> None:
    text = "The company will invest 2 trillion won in a new plant in Ulsan."
    assert [(r[0], r[4]) for r in facts(nlp, text)] == [("2 trillion won", "new plant")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # who spent is no quantity: the verb names it
            "Visitors from Hong Kong and Macao spent an estimated 30 billion yuan in 2023.",
            ("an estimated 30 billion yuan", "spent"),
        ),
        (  # a quantity before the verb stays the metric
            "Machinery exports earned 5 billion yuan in 2023.",
            ("5 billion yuan", "Machinery exports"),
        ),
    ],
)
def test_facts_a_quantity_verb_names_the_metric_after_an_agent(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert [(r[0], r[4]) for r in facts(nlp, text)] == [expected]


def test_facts_a_policy_rate_belongs_to_the_central_bank(nlp: Language) -> None:
    text = (
        "Loans in Hubei Province rose 9.5 percent in September, the People's Bank of China "
        "branch said.\n\nThe loan prime rate has been lowered by 20 basis points this year."
    )
    assert [(r[0], r[4], r[5]) for r in facts(nlp, text, date="2023-10-20")] == [
        ("9.5 percent", "Loans", "Hubei Province"),
        ("20 basis points", "loan prime rate", "People's Bank of China"),
    ]
    # no central bank named: the subject in view
    text = "Loans in Hubei Province rose 9.5 percent. The loan prime rate was lowered by 20 basis points."
    assert [(r[0], r[5]) for r in facts(nlp, text, date="2023-10-20")] == [
        ("9.5 percent", "Hubei Province"),
        ("20 basis points", "Hubei Province"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a verb that is no cue still ends the noun phrase naming the quantity
            "The tourism sector took in 5 billion yuan in 2023.",
            ("5 billion yuan", "tourism sector"),
        ),
        (  # what the amount is made of, past its conversion
            "Shandong Province sold 62.4 billion yuan ($8.64 billion) of local government bonds.",
            ("62.4 billion yuan", "local government bonds"),
        ),
    ],
)
def test_facts_metric_before_a_plain_verb_and_after_a_conversion(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert [(r[0], r[4]) for r in facts(nlp, text)][:1] == [expected]


def test_facts_a_difference_right_after_a_value_is_a_change(nlp: Language) -> None:
    text = "Each household earned about 65,000 yuan in 2023, 8,000 yuan more than in 2022."
    assert [(r[0], r[1], r[2]) for r in facts(nlp, text)] == [
        ("about 65,000 yuan", "level", "none"),
        ("8,000 yuan", "change", "increase"),
    ]
    # past a comma the comparison is the level's own
    text = "Exports reached 100 billion yuan in 2023, more than double the 2019 level."
    assert [(r[0], r[1]) for r in facts(nlp, text)] == [("100 billion yuan", "level")]


# Periods read against the article's date: each value with its period, in order.
DATED_PERIODS: dict[str, tuple[str, str, list[tuple[str, str | None]]]] = {
    # analysts' estimate beside the reported figure makes no plan of the sentence: it gives the
    # period the text stays on
    "main-period-from-a-sentence-with-a-consensus": (
        "Lianhua reported first-quarter net profit of NT$8.62 billion, above the NT$7.9 billion "
        "average of 14 analyst estimates.\n\nGross margin improved to 34.8% from 31.2% in the "
        "fourth quarter.",
        "2024-04-18",
        [
            ("NT$8.62 billion", "2024-Q1"),
            ("NT$7.9 billion", "2024-Q1"),
            ("34.8%", "2024-Q1"),
            ("31.2%", "2023-Q4"),
        ],
    ),
    # the date of the level a change started from is not the one the text goes on with
    "main-period-not-from-a-starting-level": (
        "Lianhua's gross margin improved to 34.8% from 31.2% in the fourth quarter.\n\nIts "
        "revenue rose 11%.",
        "2024-04-18",
        [("34.8%", None), ("31.2%", "2023-Q4"), ("11%", None)],
    ),
    # the day a figure was told dates no share nor estimate of a period; a one-off keeps it
    "day-of-report-dates-no-share": (
        "Guangxi's trade with ASEAN rose 7.9 percent last year to 307.6 billion yuan, accounting "
        "for 44.2 percent of the region's total foreign trade, Nanning Customs said Friday.",
        "2024-03-06",
        [("7.9 percent", "2023"), ("307.6 billion yuan", "2023"), ("44.2 percent", "2023")],
    ),
    "day-of-a-statement-dates-no-figure-of-a-period": (
        "Jiayu Travel's fourth-quarter revenue rose 12 per cent year on year to RMB3.5bn, the "
        "company said in a statement on Tuesday, beating the Rmb3.3bn expected by analysts.",
        "2024-03-06",
        [("12 per cent", "2023-Q4"), ("RMB3.5bn", "2023-Q4"), ("Rmb3.3bn", "2023-Q4")],
    ),
    "day-of-a-statement-dates-a-one-off": (
        "Lianhua Semiconductor said in a statement on Tuesday it would invest NT$30 billion in a "
        "packaging plant.",
        "2024-03-06",
        [("NT$30 billion", "2024-03-05")],
    ),
    # a date after "and said it expects" is the forecast's, not the figure's before it
    "date-of-a-new-statement-after-the-value": (
        "Tasman Dairy's board declared a special dividend of 10c per share and said it expects "
        "earnings for the year to July 31 of 35 to 45 cents per share.",
        "2024-02-28",
        [("10c per share", None), ("35 to 45 cents per share", "FY2024")],
    ),
    # a weekday is the day after the article's rather than six days before it
    "weekday-the-day-after-the-article": (
        "Shares of Sands China rose about 2 percent in Hong Kong on Tuesday.",
        "2024-01-01",
        [("about 2 percent", "2024-01-02")],
    ),
    "weekday-days-before-the-article": (
        "Shares of Sands China rose about 2 percent in Hong Kong on Friday.",
        "2024-01-01",
        [("about 2 percent", "2023-12-29")],
    ),
    # a place's rate goes on with the period its paragraph reports; a bank's rate is the day's
    "place-rate-takes-the-paragraph-period": (
        "Euro zone inflation eased to 2.4% in March. Germany's rate fell to 2.3% and Italy's "
        "stood at 1.3%.",
        "2024-04-11",
        [("2.4%", "2024-03"), ("2.3%", "2024-03"), ("1.3%", "2024-03")],
    ),
    "place-rate-takes-the-main-period": (
        "Heilongjiang's grain output rose 2.6 percent in 2023.\n\nThe province's mechanization "
        "rate for main crops climbed to 98.8 percent, 0.6 percentage points higher than in 2022.",
        "2024-01-24",
        [("2.6 percent", "2023"), ("98.8 percent", "2023"), ("0.6 percentage points", "2023")],
    ),
    "bank-rate-takes-the-day": (
        "Euro zone inflation eased to 2.4% in March. The European Central Bank kept its deposit "
        "rate at 4%.",
        "2024-04-11",
        [("2.4%", "2024-03"), ("4%", "2024-04-11")],
    ),
    # the date just after the level a change started from is that level's alone
    "date-of-a-starting-level-is-its-own": (
        "Eurostat said euro zone inflation eased to 2.4% from 2.6% in February, while services "
        "inflation held at 4%.",
        "2024-04-11",
        [("2.4%", None), ("2.6%", "2024-02"), ("4%", None)],
    ),
    "date-of-a-starting-level-after-an-article": (
        "Konkan Bank's gross NPA ratio eased to 1.38% from 1.52% in the December quarter, while "
        "net NPA was at 0.31%.",
        "2025-04-26",
        [("1.38%", None), ("1.52%", "2024-Q4"), ("0.31%", None)],
    ),
    # a month named without its year is the nearest one: two months ahead, not ten back
    "month-without-year-nearest-ahead": (
        "Money markets price a first ECB rate cut of 25 basis points in June.",
        "2024-04-11",
        [("25 basis points", "2024-06")],
    ),
    "month-without-year-nearest-behind": (
        "Eurostat said euro zone inflation eased to 2.4% in March.",
        "2024-04-11",
        [("2.4%", "2024-03")],
    ),
    # analysts' estimate of the figure reported: the months just ended, like the figure's
    "consensus-months-are-the-reported-ones": (
        "Vollrath's net income fell to EUR 1.08 bn in the October-December period, below the "
        "EUR 1.15 bn expected by analysts.",
        "2024-02-28",
        [("EUR 1.08 bn", "2023-Q4"), ("EUR 1.15 bn", "2023-Q4")],
    ),
    "consensus-of-months-to-a-day": (
        "Tasman Bank's cash profit was $3.62b for the six months to December 31, ahead of the "
        "$3.58b consensus compiled by Visible Alpha.",
        "2025-02-19",
        [("$3.62b", "2024-H2"), ("$3.58b", "2024-H2")],
    ),
    "plan-of-months-to-a-day": (
        "Tasman Bank expects cash profit of $3.7b for the six months to June 30.",
        "2025-02-19",
        [("$3.7b", "2025-H1")],
    ),
    "consensus-quarter-named-by-its-month": (
        "Economists expect New Zealand's GDP to fall 0.1%, which would follow a 0.3% contraction "
        "in the September quarter.",
        "2024-02-28",
        [("0.1%", None), ("0.3%", "2023-Q3")],
    ),
    # "before September" half a year ahead: the next September, not the last
    "before-a-month-is-ahead": (
        "The Reserve Bank is unlikely to cut its repo rate by 25 basis points before September.",
        "2024-03-28",
        [("25 basis points", "2024-09")],
    ),
    # a plan's month is the next one, even when the last one is nearer
    "plan-month-is-the-next": (
        "Banco Horizonte now sees Brazil's Selic rate at 9.75% in December.",
        "2024-03-20",
        [("9.75%", "2024-12")],
    ),
    # a balance measured at a month's end, and a span since a month, have begun
    "balance-at-month-end-is-past": (
        "Tasman Bank's arrears ratio was 0.84 per cent at the end of June.",
        "2025-02-19",
        [("0.84 per cent", "2024-06-30")],
    ),
    "since-a-month-is-past": (
        "Services inflation in the euro zone has been stuck at 4 percent since November.",
        "2024-04-11",
        [("4 percent", "2023-11/2024-04")],
    ),
    "main-period-comes-from-reporting-sentences-not-plans": (
        (
            "Shanghai sets 2024 growth target at around 5 percent\n\nShanghai aims to expand "
            "its economy by around 5 percent in 2024.\n\nThe city's GDP reached 4.72 trillion "
            "yuan last year.\n\nRetail sales rose 12.6 percent."
        ),
        "2024-01-23",
        [
            ("around 5 percent", "2024"),
            ("around 5 percent", "2024"),
            ("4.72 trillion yuan", "2023"),
            ("12.6 percent", "2023"),
        ],
    ),
    "a-maturity-is-not-the-main-period": (
        (
            "Shandong sold 62.4 billion yuan of bonds maturing in 2034 and 2054.\n\nBids "
            "totaled 1.47 trillion yuan."
        ),
        "2024-07-12",
        [("62.4 billion yuan", None), ("1.47 trillion yuan", None)],
    ),
    "current-year-of-a-company-whose-year-ends-in-march": (
        (
            "Kurobe's sales rose 11% to 1.42 trillion yen in the year ended March 31. For the "
            "current year, the company expects sales of 1.5 trillion yen."
        ),
        "2024-05-14",
        [("11%", "FY2024"), ("1.42 trillion yen", "FY2024"), ("1.5 trillion yen", "FY2025")],
    ),
    "a-date-of-a-later-clause-with-its-own-figure-is-not-the-period": (
        (
            "Jiangsu's GDP grew 5.8 percent in 2023. Exports rose 3 percent to 1.2 trillion "
            "yuan, while Zhejiang reported first-quarter exports of 900 billion yuan."
        ),
        "2024-04-20",
        [
            ("5.8 percent", "2023"),
            ("3 percent", "2023"),
            ("1.2 trillion yuan", "2023"),
            ("900 billion yuan", "2024-Q1"),
        ],
    ),
    "a-cap-in-force-has-no-period": (
        (
            "In 2023, Ningbo's exports rose 5 percent. The port offers subsidies of up to 300 "
            "yuan per container."
        ),
        "2024-02-15",
        [("5 percent", "2023"), ("up to 300 yuan per container", None)],
    ),
    "same-period-last-year-is-a-year-before-the-one-in-view": (
        (
            "Konkan Bank's profit rose to Rs 4,212 crore in the January-March quarter of FY25. "
            "The bank had posted a profit of Rs 3,569 crore in the same quarter last year."
        ),
        "2025-04-26",
        [("Rs 4,212 crore", "2025-Q1"), ("Rs 3,569 crore", "2024-Q1")],
    ),
    "the-day-a-change-was-reported-is-not-its-period": (
        (
            "Guangdong's telecom revenue reached 252.9 billion yuan in 2023, up 6.8% "
            "year-on-year, the administration said on Sunday."
        ),
        "2024-02-05",
        [("252.9 billion yuan", "2023"), ("6.8%", "2023")],
    ),
    "headline-value-takes-the-period-of-the-body-statement": (
        (
            "Shandong sells 62.4 billion yuan of local bonds\n\nShandong Province sold 62.4 "
            "billion yuan of local government bonds on Thursday."
        ),
        "2024-03-29",
        [("62.4 billion yuan", "2024-03-28"), ("62.4 billion yuan", "2024-03-28")],
    ),
    "a-series-of-years-in-the-lede-gives-no-main-period": (
        (
            "Lanxi Power files for listing\n\nLanxi Power's revenue rose from RMB 2.41 billion "
            "in 2021 to RMB 4.37 billion in 2022 and RMB 5.83 billion in 2023.\n\nIts gross "
            "margin was 21.3 percent."
        ),
        "2024-06-17",
        [
            ("RMB 2.41 billion", "2021"),
            ("RMB 4.37 billion", "2022"),
            ("RMB 5.83 billion", "2023"),
            ("21.3 percent", None),
        ],
    ),
    "a-lede-on-the-day-of-an-event-gives-no-main-period": (
        (
            "Central bank surprises with first cut\n\nBERN, March 21 -- The Swiss National Bank "
            "cut its policy rate by 25 basis points to 1.5% on Thursday.\n\nSwiss inflation was "
            "1.2 percent in February.\n\nBrugg Instruments said its net profit rose 10 percent."
        ),
        "2024-03-21",
        [
            ("25 basis points", "2024-03-21"),
            ("1.5%", "2024-03-21"),
            ("1.2 percent", "2024-02"),
            ("10 percent", None),
        ],
    ),
    "the-date-of-a-peak-a-price-is-measured-against-is-not-its-period": (
        (
            "Platinum traded at about $920 an ounce on Thursday, nearly 40% below its peak in "
            "2021, and palladium at about $1,000."
        ),
        "2024-03-28",
        [
            ("about $920 an ounce", "2024-03-28"),
            ("nearly 40%", "2024-03-28"),
            ("about $1,000", "2024-03-28"),
        ],
    ),
    "a-record-high-in-a-year-is-dated-by-it": (
        "Copper hit a record high in 2023, at $9,500 a ton.",
        "2024-03-28",
        [("$9,500 a ton", "2023")],
    ),
    "a-date-in-a-relative-clause-of-another-noun-is-not-the-period": (
        (
            "In 2023, the non-oil trade of the UAE grew 12 percent. Trade with India grew 6 "
            "percent to about US$50 billion, helped by the trade agreement that took effect in "
            "May 2022."
        ),
        "2024-02-12",
        [("12 percent", "2023"), ("6 percent", "2023"), ("about US$50 billion", "2023")],
    ),
    # a date that opens another value's noun phrase ("its 2015-2019 average of") is that
    # value's, not the period of the one before it
    "a-date-before-another-values-noun-is-that-values": (
        (
            "Coal made up 61.5 percent of Gansu's power output in 2022. Wind and solar supplied "
            "28.4 percent, above their 2015-2019 average of 11.2 percent."
        ),
        "2023-03-02",
        [("61.5 percent", "2022"), ("28.4 percent", "2022"), ("11.2 percent", "2015/2019")],
    ),
    "a-date-before-another-values-figure-of": (
        (
            "Sanya's tourism revenue rose 9 percent in 2023. Hotel occupancy averaged 71 "
            "percent, short of the 2019 figure of 78 percent."
        ),
        "2024-02-12",
        [("9 percent", "2023"), ("71 percent", "2023"), ("78 percent", "2019")],
    ),
    # near-miss: a date that ends its clause ("in 2023 with revenue of") dates the value before
    "a-date-before-with-and-another-value-dates-the-first": (
        "Tourism made up 12 percent of Hainan's GDP in 2023 with revenue of 180 billion yuan.",
        "2024-02-12",
        [("12 percent", "2023"), ("180 billion yuan", "2023")],
    ),
    # a date right before a forecast noun ("its 2024 guidance", "full-year outlook") is the
    # forecast's period, not that of a reported figure before it; a target keeps it
    "a-date-of-a-forecast-noun-does-not-date-a-reported-figure": (
        "Marlow Foods posted third-quarter sales growth of 8%, trimming its 2024 guidance.",
        "2024-10-24",
        [("8%", "2024-Q3")],
    ),
    "a-date-of-a-forecast-noun-dates-a-target": (
        "Analysts see Marlow's revenue at $2 billion, in line with the company's 2025 guidance.",
        "2024-10-24",
        [("$2 billion", "2025")],
    ),
    # a forecast change counted "from the previous year" has that as its basis, not its period
    "a-target-change-from-the-previous-year-keeps-the-targets-period": (
        "The company expects a dividend of 45 cents a share in 2025, up 5 cents from the "
        "previous year.",
        "2025-02-20",
        [("45 cents a share", "2025"), ("5 cents", "2025")],
    ),
    # near-miss: "from" a year that is no past reference starts the plan
    "a-target-from-a-later-year-is-dated-by-it": (
        "The board expects to pay a dividend of 45 cents a share from 2026.",
        "2025-02-20",
        [("45 cents a share", "2026")],
    ),
    # a share told in the present ("makes up", "accounts for") stands now: no date of another
    # clause, of the value before it or of the paragraph dates it; its own clause may
    "a-present-share-takes-no-date-of-a-later-clause": (
        "Tourism makes up nearly 12 percent of Hainan's GDP, and the island drew 90 million "
        "visitors in 2023.",
        "2024-01-25",
        [("nearly 12 percent", None)],
    ),
    "a-present-share-in-a-relative-clause-takes-no-period": (
        "Consumer spending, which accounts for about 60% of the economy, rose 3.1% in the "
        "fourth quarter.",
        "2024-01-25",
        [("about 60%", None), ("3.1%", "2023-Q4")],
    ),
    "a-present-share-takes-no-period-of-the-value-before-it": (
        "Local issuers have sold more than $40 billion of green bonds since 2018, but such debt "
        "still makes up less than 2 percent of the market.",
        "2024-01-25",
        [("more than $40 billion", "2018/2024"), ("less than 2 percent", None)],
    ),
    # near-misses: a present share dated by its own clause; a past one goes on with the text
    "a-present-share-dated-by-its-own-clause": (
        "Services make up 55 percent of Gansu's output in 2023.",
        "2024-01-25",
        [("55 percent", "2023")],
    ),
    "a-past-share-inherits-the-period": (
        "Gansu's output grew 5 percent in 2023. Services made up 55 percent of the total.",
        "2024-01-25",
        [("5 percent", "2023"), ("55 percent", "2023")],
    ),
    # a headline value with only the text's period inherited takes the body statement's none
    "a-headline-share-summing-up-a-standing-share-has-no-period": (
        "Hainan's tourism share nears 12 percent\n\nHAIKOU, Jan. 25 -- Hainan's services "
        "output rose 6 percent in 2023. Tourism makes up nearly 12 percent of the island's GDP, "
        "and it drew 90 million visitors last year.",
        "2024-01-25",
        [("12 percent", None), ("6 percent", "2023"), ("nearly 12 percent", None)],
    ),
    # near-miss: a headline dated by its own words keeps its date
    "a-dated-headline-share-keeps-its-date": (
        "Tourism makes up 12 percent of Hainan's GDP in 2023\n\nHAIKOU, Jan. 25 -- Hainan's "
        "services output rose 6 percent in 2023. Tourism makes up nearly 12 percent of the "
        "island's GDP.",
        "2024-01-25",
        [("12 percent", "2023"), ("6 percent", "2023"), ("nearly 12 percent", None)],
    ),
    # a span counted in days that a relative clause says ended on a day: those days
    "a-span-of-days-that-ended-on-a-day": (
        "Yunnan's holiday revenue jumps\n\nKUNMING, Oct. 9 (Xinhua) -- Yunnan received 50 "
        "million visits during the eight-day National Day holiday, which ended Sunday, "
        "generating tourism revenue of 52 billion yuan, up 12 percent year on year.\n\nHotel "
        "occupancy topped 85 percent.",
        "2023-10-09",
        [
            ("52 billion yuan", "2023-10-01/2023-10-08"),
            ("12 percent", "2023-10-01/2023-10-08"),
            ("85 percent", "2023-10-01/2023-10-08"),
        ],
    ),
    # no day it ended: a public holiday's days are the ones the State Council scheduled
    "a-holiday-with-no-end-day-takes-its-schedule": (
        "Yunnan's holiday revenue jumps\n\nKUNMING, Oct. 9 (Xinhua) -- Yunnan received 50 "
        "million visits during the eight-day National Day holiday, generating tourism revenue "
        "of 52 billion yuan.",
        "2023-10-09",
        [("52 billion yuan", "2023-09-29/2023-10-06")],
    ),
    # four values "for successive quarters" of the year named: each its quarter, in order
    "four-values-for-successive-quarters-of-a-fiscal-year": (
        "The central bank projected GDP growth of 6.5 per cent for 2025-26, with estimates of "
        "6.9%, 6.7%, 6.4% and 6.1% for successive quarters.",
        "2025-02-07",
        [
            ("6.5 per cent", "FY2025-26"),
            ("6.9%", "2025-Q2"),
            ("6.7%", "2025-Q3"),
            ("6.4%", "2025-Q4"),
            ("6.1%", "2026-Q1"),
        ],
    ),
    "four-values-for-the-four-quarters-of-a-year": (
        "The ministry expects exports to grow 4% in 2025, with 3%, 3.5%, 4.5% and 5% for the "
        "four quarters.",
        "2025-02-07",
        [
            ("4%", "2025"),
            ("3%", "2025-Q1"),
            ("3.5%", "2025-Q2"),
            ("4.5%", "2025-Q3"),
            ("5%", "2025-Q4"),
        ],
    ),
    # near-misses: three values are no year's quarters; four values for something else
    "three-values-for-successive-quarters-keep-the-year": (
        "The central bank projected GDP growth of 6.5 per cent for 2025-26, with estimates of "
        "6.9%, 6.7% and 6.4% for successive quarters.",
        "2025-02-07",
        [(v, "FY2025-26") for v in ("6.5 per cent", "6.9%", "6.7%", "6.4%")],
    ),
    "four-values-for-four-regions-keep-the-year": (
        "The central bank projected GDP growth of 6.5 per cent for 2025-26, with estimates of "
        "6.9%, 6.7%, 6.4% and 6.1% for its four regions.",
        "2025-02-07",
        [(v, "FY2025-26") for v in ("6.5 per cent", "6.9%", "6.7%", "6.4%", "6.1%")],
    ),
    # a value's own conversion in brackets before its clause's verb keeps the date after it
    "a-bracketed-conversion-before-the-verb-keeps-the-date-after": (
        "Shanxi's GDP grew 5 percent in 2023. Its first batch of 2024 special bonds, worth 21.6 "
        "billion yuan ($3 billion), was sold on Jan. 10.",
        "2024-01-26",
        [("5 percent", "2023"), ("21.6 billion yuan", "2024-01-10"), ("$3 billion", "2024-01-10")],
    ),
    # near-miss: an aside after the conversion dates the deal it names, not the price
    "a-bracketed-conversion-before-an-aside-keeps-no-date-after": (
        "Harbourfront has agreed to sell its tower to a fund for HK$10 billion (US$1.28 billion), "
        "the biggest property deal in the city so far this year.",
        "2024-03-12",
        [("HK$10 billion", None), ("US$1.28 billion", None)],
    ),
    # the date right after the level a plan reaches is not that of the level it starts from
    "a-planned-change-starts-from-a-level-of-no-date": (
        "The government plans to raise the minimum wage to 4,300 zloty in July, from 3,600 "
        "zloty currently.",
        "2023-11-30",
        [("4,300 zloty", "2024-07"), ("3,600 zloty", None)],
    ),
    # near-miss: a reported level it rose from goes on with the sentence's date
    "a-reported-change-from-a-level-keeps-the-sentence-date": (
        "Exports reached 5 billion euros in May, up from 4.2 billion euros.",
        "2023-11-30",
        [("5 billion euros", "2023-05"), ("4.2 billion euros", "2023-05")],
    ),
    # a "when" clause on the date after "since" is of that date itself
    "a-when-clause-after-since-is-of-the-date-itself": (
        "The central bank has raised its key rate by 3,000 basis points since March 2023, when "
        "it stood at 8.5%.",
        "2024-03-21",
        [("3,000 basis points", "2023-03/2024-03"), ("8.5%", "2023-03")],
    ),
    # near-miss: no "when" clause, the months since then
    "a-value-since-a-date-is-of-the-months-since": (
        "Inflation has averaged 5% since March 2023.",
        "2024-03-21",
        [("5%", "2023-03/2024-03")],
    ),
    # a compound annual growth rate runs over the years its sentence spans
    "a-compound-growth-rate-spans-the-years-of-its-sentence": (
        "Sales rose from $1.2 billion in 2020 to $2.9 billion in 2023, a compound annual growth "
        "rate of 34%.",
        "2024-03-01",
        [("$1.2 billion", "2020"), ("$2.9 billion", "2023"), ("34%", "2020/2023")],
    ),
    # near-miss: a plain growth rate is of the year it follows
    "a-plain-growth-rate-is-of-the-last-year": (
        "Sales rose from $2.2 billion in 2022 to $2.9 billion in 2023, a growth rate of 32%.",
        "2024-03-01",
        [("$2.2 billion", "2022"), ("$2.9 billion", "2023"), ("32%", "2023")],
    ),
    # the day a report was filed, a few words after the verb of telling, dates no change
    "the-day-a-report-was-filed-is-not-a-changes-period": (
        "Tianshan Silicon posted 40 billion yuan in revenue in 2023, up 12 percent year on year, "
        "according to its annual report filed with the Shanghai Stock Exchange on Friday.",
        "2024-04-27",
        [("40 billion yuan", "2023"), ("12 percent", "2023")],
    ),
    # near-miss: a move of shares on the day is of that day
    "a-move-of-shares-on-an-exchange-on-a-day-is-of-that-day": (
        "Tianshan Silicon's revenue rose 18 percent in 2023. Its shares rose 3 percent on the "
        "Shanghai Stock Exchange on Friday.",
        "2024-04-27",
        [("18 percent", "2023"), ("3 percent", "2024-04-26")],
    ),
    # the amount a step of a rule of thumb makes holds in no period, however far its "every"
    "the-amount-of-a-rule-of-thumb-step-has-no-period": (
        "Kestrel Mining's profit rose 8% in 2023. It said every 10 percent fall in the rand "
        "against the dollar added about R200 million to its annual earnings.",
        "2024-02-20",
        [("8%", "2023"), ("about R200 million", None)],
    ),
    # near-miss: a change that happened, not a step, goes on with the period
    "the-amount-of-a-change-that-happened-inherits-the-period": (
        "Kestrel Mining's profit rose 8% in 2023. A 10 percent rise in copper prices added about "
        "$200 million to its earnings.",
        "2024-02-20",
        [("8%", "2023"), ("10 percent", "2023"), ("about $200 million", "2023")],
    ),
    # a change from a week (or a day) earlier is a weekly figure: not of the quarter in view
    "a-change-from-a-week-earlier-inherits-no-longer-period": (
        "US GDP grew 3.3% in the fourth quarter. Mortgage applications fell 2.1 percent from a "
        "week earlier.",
        "2024-01-25",
        [("3.3%", "2023-Q4"), ("2.1 percent", None)],
    ),
    # near-misses: from a year or a month earlier, the period in view
    "a-change-from-a-year-earlier-inherits-the-period": (
        "US GDP grew 3.3% in the fourth quarter. Business investment rose 2.1 percent from a "
        "year earlier.",
        "2024-01-25",
        [("3.3%", "2023-Q4"), ("2.1 percent", "2023-Q4")],
    ),
    "a-change-from-a-month-earlier-inherits-the-period": (
        "China's exports rose 7% in March. Imports fell 2 percent from a month earlier.",
        "2024-04-12",
        [("7%", "2024-03"), ("2 percent", "2024-03")],
    ),
    # a price per unit paid ("per night") is no one-off amount: it goes on with the period
    "a-price-per-unit-paid-inherits-the-period": (
        "Sanya's hotel revenue rose 20 percent in 2023. Guests had to pay more than 900 yuan per "
        "night.",
        "2024-02-20",
        [("20 percent", "2023"), ("more than 900 yuan per night", "2023")],
    ),
    # near-misses: a one-off payment and a deal's price a share take no period of the text
    "a-one-off-payment-takes-no-period-of-the-text": (
        "Sanya's hotel revenue rose 20 percent in 2023. The hotel group paid 900 million yuan to "
        "settle a dispute.",
        "2024-02-20",
        [("20 percent", "2023"), ("900 million yuan", None)],
    ),
    "a-deal-price-a-share-takes-no-period-of-the-text": (
        "Sanya's hotel revenue rose 20 percent in 2023. Harbor agreed to pay $72 a share for the "
        "group.",
        "2024-02-20",
        [("20 percent", "2023"), ("$72 a share", None)],
    ),
    "a-date-in-a-relative-clause-on-the-value-is-its-period": (
        "The company reported revenue of $2 billion, which it earned in 2023 mostly in Asia.",
        "2024-02-12",
        [("$2 billion", "2023")],
    ),
    "the-current-quarter-is-the-one-running-on-the-article-date": (
        "The company said it would spend $5 million on restructuring in the current quarter.",
        "2025-02-04",
        [("$5 million", "2025-Q1")],
    ),
    "a-target-range-dated-by-two-years-spans-them": (
        (
            "The central bank aims to hold inflation within its 1.5%-3.5% target range in 2024 "
            "and 2025, and within its 2% target after that."
        ),
        "2024-04-24",
        [("1.5%-3.5%", "2024/2025"), ("2%", None)],
    ),
    "an-undated-target-range-stands-with-no-period": (
        "The central bank will hold inflation within its 1%-3% target range.",
        "2024-04-24",
        [("1%-3%", None)],
    ),
    "a-balance-at-the-end-of-a-month-takes-its-last-day-and-dates-the-paragraph": (
        (
            "Loans grow in Hubei\n\nOutstanding loans in Hubei reached 8.31 trillion yuan at "
            "the end of September 2023. Outstanding deposits totaled 8.58 trillion yuan."
        ),
        "2023-10-24",
        [("8.31 trillion yuan", "2023-09-30"), ("8.58 trillion yuan", "2023-09-30")],
    ),
    "the-day-of-an-event-does-not-date-the-paragraph": (
        (
            "Hefei signs projects\n\nHefei signed projects worth 50 billion yuan on March 8, "
            "2024. Outstanding deposits totaled 8.58 trillion yuan."
        ),
        "2024-03-11",
        [("50 billion yuan", "2024-03-08"), ("8.58 trillion yuan", None)],
    ),
    "a-plans-deadline-does-not-date-a-reported-figure-after-it": (
        (
            "In 2023, Ningbo handled 35 million TEUs. Ningbo aims to lift container throughput "
            "to more than 40 million TEUs by 2027, and diesel use at the port fell 8.2 percent."
        ),
        "2024-01-09",
        [("8.2 percent", "2023")],
    ),
    "the-level-before-a-decision-has-no-day": (
        "The Turkish central bank on Thursday raised its policy rate to 50% from 45%.",
        "2024-03-21",
        [("50%", "2024-03-21"), ("45%", None)],
    ),
    "a-starting-level-keeps-the-period-the-text-gives-it": (
        "Annual inflation rose to 2.1 per cent in October from 1.6 per cent in September.",
        "2024-11-19",
        [("2.1 per cent", "2024-10"), ("1.6 per cent", "2024-09")],
    ),
    "a-table-titled-at-the-end-of-a-year-takes-its-last-day": (
        (
            "Lanxi statistical bulletin\n\nLanxi's GDP grew 4.5 percent in 2023.\n\n"
            "Deposits of Financial Institutions at the End of 2023\n"
            "Item          Balance             Growth\n"
            "Deposits      456 billion yuan    8.2%\n"
        ),
        "2024-04-12",
        [("4.5 percent", "2023"), ("456 billion yuan", "2023-12-31"), ("8.2%", "2023-12-31")],
    ),
    "a-table-titled-with-a-year-takes-the-year": (
        (
            "Lanxi statistical bulletin\n\nLanxi's GDP grew 4.5 percent in 2023.\n\n"
            "Table 2: Output by sector, 2023\n"
            "Item          Output              Growth\n"
            "Industry      456 billion yuan    8.2%\n"
        ),
        "2024-04-12",
        [("4.5 percent", "2023"), ("456 billion yuan", "2023"), ("8.2%", "2023")],
    ),
    "a-part-of-the-period-dates-only-the-figure-it-follows": (
        (
            "Ningbo port grows\n\nIn 2023, Ningbo's container throughput rose 5.9 percent to "
            "35.3 million TEUs, including 1.2 million TEUs at the Meishan terminal in December "
            "alone. Foreign-trade cargo made up 46.2 percent of the total. Retail sales rose 6.1 "
            "pct in the fourth quarter, and 4.3 pct in December alone."
        ),
        "2024-01-09",
        [
            ("5.9 percent", "2023"),
            ("46.2 percent", "2023"),
            ("6.1 pct", "2023-Q4"),
            ("4.3 pct", "2023-12"),
        ],
    ),
    "the-date-of-a-starting-point-does-not-date-the-paragraph": (
        (
            "US economy grows\n\nThe U.S. economy grew at a 3.3% annualized rate in the final "
            "three months of 2023.\n\nGrowth slowed from a 4.9% pace in the third quarter. Gross "
            "domestic product reached $27.94 trillion."
        ),
        "2024-01-25",
        [("3.3%", "2023-Q4"), ("4.9%", "2023-Q3"), ("$27.94 trillion", "2023-Q4")],
    ),
    "a-date-in-a-relative-aside-does-not-date-the-value-after-it": (
        (
            "Kurobe shares rise\n\nKurobe Precision's shares, which have risen 40% this year, "
            "closed up 2.1%."
        ),
        "2024-05-14",
        [("40%", "2024"), ("2.1%", "2024-05-14")],
    ),
    "a-planned-outlay-until-a-year-spans-the-years-to-it": (
        (
            "Nordwind Energie said it would invest €2.5 billion in transmission grids by 2027. "
            "Keqiao aims to lift annual transactions to more than 300 billion yuan by 2027."
        ),
        "2024-08-08",
        [("€2.5 billion", "2024/2027"), ("more than 300 billion yuan", "2027")],
    ),
    "an-opening-date-and-a-plans-period-go-on-for-the-same-owner": (
        (
            "Lanxi sets goals\n\nFor 2024, Lanxi District aims for GDP growth of 7-8% and plans "
            "to raise its research intensity by half a percentage point. It will also channel "
            "more than 10 billion yuan into industrial projects. Hartwell Group said it would "
            "spend 2 billion yuan on new plants."
        ),
        "2024-02-27",
        [
            ("7-8%", "2024"),
            ("half a percentage point", "2024"),
            ("more than 10 billion yuan", "2024"),
            ("2 billion yuan", None),
        ],
    ),
    "a-one-off-amount-takes-the-day-its-sentence-tells": (
        (
            "Pune Solar raises funds\n\nMUMBAI, July 12 -- Pune Solar Ltd raised Rs 5,000 crore "
            "through green bonds, pricing them at a coupon of 7.45%, bankers said on Friday."
        ),
        "2024-07-12",
        [("Rs 5,000 crore", "2024-07-12"), ("7.45%", "2024-07-12")],
    ),
    "a-change-takes-no-day-from-another-clause": (
        (
            "Pune Solar profit\n\nMUMBAI, July 12 -- Pune Solar Ltd's revenue rose 12%, while "
            "its coupon fell to 7.45%, bankers said on Friday."
        ),
        "2024-07-12",
        [("12%", None), ("7.45%", "2024-07-12")],
    ),
    "a-change-after-a-year-back-level-keeps-the-period-in-view": (
        (
            "Konkan Bank reported its results for the January-March quarter of FY25. The share of "
            "low-cost CASA deposits in total deposits fell to 38.6 per cent from 41.2 per cent a "
            "year ago, a decline of 260 bps."
        ),
        "2025-04-26",
        [("38.6 per cent", "2025-Q1"), ("41.2 per cent", "2024-Q1"), ("260 bps", "2025-Q1")],
    ),
    "an-annual-rate-over-twelve-months-is-the-reading-of-the-last-month": (
        "Inflation rose 2.6% in the 12 months through December. Exports rose 5% in the 12 "
        "months to March.",
        "2024-04-20",
        [("2.6%", "2023-12"), ("5%", "2023-04/2024-03")],
    ),
    "a-year-earlier-after-from-is-the-basis-of-a-forecast-change": (
        "Jiayu said it expected first-quarter revenue of between Rmb3.6bn and Rmb3.8bn, up "
        "30-37 per cent from a year earlier.",
        "2024-03-05",
        [("between Rmb3.6bn and Rmb3.8bn", "2024-Q1"), ("30-37 per cent", "2024-Q1")],
    ),
    "a-headline-value-takes-its-body-statements-period-over-its-own-date": (
        (
            "Brazil cuts Selic rate to 10.75%, signals one more cut in May\n\nBRASILIA, March 20 "
            "-- Brazil's central bank cut its benchmark Selic rate to 10.75% on Wednesday."
        ),
        "2024-03-20",
        [("10.75%", "2024-03-20"), ("10.75%", "2024-03-20")],
    ),
    "a-figure-that-had-been-reached-by-a-date-looks-back": (
        (
            "Cumulative carbon turnover had reached close to 14.4 billion yuan by the end of "
            "October. The city aims to cut costs by 75 million yuan by the end of October."
        ),
        "2023-11-02",
        [("close to 14.4 billion yuan", "2023-10-31"), ("75 million yuan", "2024-10-31")],
    ),
    "a-move-takes-the-day-after-the-price-it-reached": (
        "Shares of Tianshan Solar closed 2.1 percent higher at 23.46 yuan on Friday.",
        "2024-04-27",
        [("2.1 percent", "2024-04-26"), ("23.46 yuan", "2024-04-26")],
    ),
    # "since the start of" a year or a month runs to the article's date: the months so far
    # (not yet a whole quarter), the days of a month so far, the months since a named year
    "since-the-start-of-the-year": (
        "The Turkish lira has lost about 8% of its value against the dollar since the start of "
        "the year.",
        "2024-03-21",
        [("about 8%", "2024-01/2024-03")],
    ),
    "since-the-start-of-a-month": (
        "Foreign holdings of Indonesian bonds fell by $2 billion since the start of April.",
        "2024-04-24",
        [("$2 billion", "2024-04-01/2024-04-24")],
    ),
    "since-the-beginning-of-a-year-named": (
        "Foreign holdings of Indonesian bonds fell by $2 billion since the beginning of 2023.",
        "2024-04-24",
        [("$2 billion", "2023-01/2024-04")],
    ),
    "since-the-start-of-the-year-on-its-last-day": (
        "Retail sales rose 5% since the start of the year.",
        "2024-12-31",
        [("5%", "2024")],
    ),
    # the date right after a figure compared with ("compared with X last year", "after growth
    # of X last year") is that figure's: the forecast the sentence goes on with keeps its year
    "date-of-a-compared-figure-after-growth-of": (
        "Economists expect the country's non-oil economy to expand between 4 and 5 percent in "
        "2024, after growth of 6.2% last year, and see the budget surplus at close to 5 percent "
        "of GDP.",
        "2024-02-12",
        [("between 4 and 5 percent", "2024"), ("6.2%", "2023"), ("close to 5 percent", "2024")],
    ),
    "date-of-a-compared-figure-compared-with": (
        "Vollrath expects adjusted EBITA of EUR 4.9 bn in 2024, compared with EUR 4.75 bn last "
        "year, and comparable sales growth of 0 to 3%.",
        "2024-03-06",
        [("EUR 4.9 bn", "2024"), ("EUR 4.75 bn", "2023"), ("0 to 3%", "2024")],
    ),
    # a verb of a state in the present: the figure stands now, not in the text's period
    "present-state-after-a-value-opening-its-clause": (
        "Binjiang's industrial output grew 8% in 2023.\n\nAbout 40% of the district's workforce "
        "holds a bachelor's degree or higher.",
        "2024-02-27",
        [("8%", "2023"), ("About 40%", None)],
    ),
    "present-state-in-a-relative-clause": (
        "Harbourfront's rental income rose 5% in 2023.\n\nLion Gate, which manages more than "
        "US$9 billion of assets, bought the tower.",
        "2024-03-12",
        [("5%", "2023"), ("more than US$9 billion", None)],
    ),
    "present-state-before-a-value": (
        "Brazil's inflation eased to 4.5% in February.\n\nThe band allows inflation to run 1.5 "
        "percentage points either side of the goal.",
        "2024-03-20",
        [("4.5%", "2024-02"), ("1.5 percentage points", None)],
    ),
    "past-state-takes-the-text-period": (
        "Brazil's inflation eased to 4.5% in February.\n\nThe band allowed inflation to run 1.5 "
        "percentage points either side of the goal.",
        "2024-03-20",
        [("4.5%", "2024-02"), ("1.5 percentage points", "2024-02")],
    ),
    "date-of-a-compared-figure-after-an-article": (
        "Vollrath expects EBITA of EUR 1.2 bn in the March quarter, compared with EUR 1.1 bn in "
        "the December quarter, and sales growth of 0 to 3%.",
        "2024-03-06",
        [("EUR 1.2 bn", "2024-Q1"), ("EUR 1.1 bn", "2023-Q4"), ("0 to 3%", "2024-Q1")],
    ),
    # a week is its days, Monday to Sunday (ISO 8601's week)
    "this-week": (
        "Bank lending to euro zone firms fell by €2.5 billion this week.",
        "2024-04-11",
        [("€2.5 billion", "2024-04-08/2024-04-14")],
    ),
    "last-week": (
        "Data from the Energy Information Administration last week showed retail gasoline "
        "prices averaged $3.34 a gallon.",
        "2024-03-04",
        [("$3.34 a gallon", "2024-02-26/2024-03-03")],
    ),
    # nor does it date the rest of the paragraph
    "date-of-a-compared-figure-is-not-the-paragraph-period": (
        "Inflation by the Fed's preferred measure rose 2.6% in the 12 months through December, "
        "down from a peak of 7.1% in June 2022. Excluding food and energy, prices were up 2.9%.",
        "2024-01-31",
        [("2.6%", "2023-12"), ("7.1%", "2022-06"), ("2.9%", "2023-12")],
    ),
    "year-to-date": (
        "Shenzhen Metals shares have gained 35% year to date.",
        "2024-05-14",
        [("35%", "2024-01/2024-05")],
    ),
}


@pytest.mark.parametrize(
    ("text", "date", "expected"), DATED_PERIODS.values(), ids=DATED_PERIODS.keys()
)
def test_facts_dated_periods(
    nlp: Language, text: str, date: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r[0], r[6]) for r in facts(nlp, text, date=date)] == expected


def test_facts_the_use_of_proceeds_listed_clause_by_clause_is_a_target(nlp: Language) -> None:
    text = (
        "About 60%, or roughly HK$2.34 billion, of the net proceeds will go to a new plant; 15% "
        "to research and development; and 10% to working capital."
    )
    assert [(f[0], f[1], f[4]) for f in facts(nlp, text, date="2024-06-20")] == [
        ("About 60%", "target", "new plant"),
        ("roughly HK$2.34 billion", "target", "new plant"),
        ("15%", "target", "research and development"),
        ("10%", "target", "working capital"),
    ]


CONSTRUCTION_METRICS: dict[str, tuple[str, list[str]]] = {
    # a noun outside the metric lexicon keeps the phrase naming the part measured, as a
    # lexicon metric does ("Investment in high-tech industries"); a hyphenated compound counts
    # as one word of it
    # a percentage set off after a number of things counted measures those things
    "a-change-after-a-count-of-a-unit-of-something": (
        "The region generated 155.2 billion kilowatt-hours of electricity from wind and solar "
        "last year, up 21.6 percent year on year.",
        ["electricity from wind and solar"],
    ),
    "a-share-after-a-count": (
        "Changzhou produced 680,000 new energy vehicles last year, about 7 percent of the "
        "national total.",
        ["new energy vehicles"],
    ),
    "a-count-in-a-unit-leaves-the-metric-before-the-verb": (
        "Soybean output reached 9.51 million tons, accounting for 45.6 percent of the national "
        "total.",
        ["Soybean output"],
    ),
    # what a forecast verb expects to change, before "to" and the verb of the value
    "expects-a-noun-to-grow": (
        "Tasman expects expenses to grow by about 3 per cent in the 2025 financial year.",
        ["expenses"],
    ),
    # a span of time after a value is when, not what ("in the 2025 financial year")
    "a-financial-year-is-no-metric": (
        "The bank's costs rose 4 percent, and it expects them to rise by 3 per cent in the "
        "2025 financial year.",
        ["costs", "costs"],
    ),
    # money taken from a source measures the source
    "raised-from": (
        "Separately, Tasman raised $1.25 billion from a covered bond in January.",
        ["covered bond"],
    ),
    "pulled-from": (
        "Foreign investors had pulled $2 billion from local bonds since the start of April.",
        ["local bonds"],
    ),
    # money spent doing something measures what it does
    "spent-doing": (
        "The province will spend 2 billion yuan this year upgrading scenic areas and rural roads.",
        ["upgrading scenic areas and rural roads"],
    ),
    "spent-buying": (
        "The Ministry of Finance is believed to have spent more than 5 trillion yen buying the "
        "currency.",
        ["buying the currency"],
    ),
    "spent-on-stays-the-object": (
        "The company spent 3 billion yuan on new plants in 2023.",
        ["new plants"],
    ),
    # points of a rate move measure the move, unless the sentence names the rate before them
    "points-of-a-cut": (
        "External member Jayanth Varma voted for a cut of 25 basis points.",
        ["cut"],
    ),
    "points-of-the-first-cut-set-off": (
        "Economists said the first cut, of 25 basis points, was unlikely before September.",
        ["first cut"],
    ),
    "cuts-of-points": (
        "Futures imply cuts of between 50 and 75 basis points in 2024.",
        ["cuts"],
    ),
    "points-of-easing": (
        "Half a percentage point of easing by the summer looks like a floor.",
        ["easing"],
    ),
    "points-of-a-cut-of-a-named-rate": (
        "The NBP kept its reference rate at 5.75 pct on Nov. 8, after cuts of 75 basis points "
        "in September.",
        ["reference rate", "reference rate"],
    ),
    "an-increase-of-a-percentage-is-no-rate-move": (
        "GDP reached 1.2 trillion yuan, an increase of 4.4 percent over the previous year.",
        ["GDP", "GDP"],
    ),
    # ", with <noun phrase> <verb or preposition> <value>": the noun phrase is the quantity
    "a-with-clause-names-the-quantity": (
        "Capital adequacy ratio stood at 16.9 per cent, with CET-1 at 14.8 per cent.",
        ["Capital adequacy ratio", "CET-1"],
    ),
    "a-with-clause-keeps-its-part-and-the-next-sentence-the-head": (
        "Global vehicle sales climbed 9 percent in the quarter, with sales in North America up "
        "18 percent. In China, they fell 21 percent.",
        ["Global vehicle sales", "sales in North America", "sales"],
    ),
    "a-with-clause-before-a-change-and-a-level": (
        "Indonesian bonds rallied after the decision, with the benchmark yield falling 9 basis "
        "points to 7.07%.",
        ["benchmark yield", "benchmark yield"],
    ),
    # ", and" opens a new clause whose noun phrase, before the value's verb, is the quantity
    "a-joined-clause-names-its-own-quantity": (
        "Ningbo aims to lift container throughput to 40 million TEUs by 2027, and diesel use at "
        "the port fell 8.2 percent.",
        ["diesel use"],
    ),
    "a-joined-clause-past-an-adverb": (
        "Each upgraded mu yields 100 jin more grain, and crop insurance now pays up to 800 yuan "
        "per mu.",
        ["crop insurance"],
    ),
    "a-joined-verb-phrase-keeps-the-metric": (
        "Exports rose sharply in 2023, and rose a further 5 percent in 2024.",
        ["Exports"],
    ),
    "a-plain-noun-keeps-its-part-phrase": (
        "Balances in the state-backed FX-protected deposit scheme fell to TL 2.49 trillion.",
        ["Balances in the state-backed FX-protected deposit scheme"],
    ),
    "a-plain-noun-keeps-no-place": (
        "Deposits in the city rose to 2.4 trillion yuan.",
        ["Deposits"],
    ),
    "an-amount-in-a-phrase-of-hyphenated-words": (
        "Halden Foods booked $12 million in state-backed low-interest loans.",
        ["state-backed low-interest loans"],
    ),
    "each-amount-a-new-object-takes-the-phrase-after-it": (
        "Halden Foods raised $2 billion in term loans and $500 million in bonds on Monday.",
        ["term loans", "bonds"],
    ),
    "an-amount-booked-after-another-takes-its-own-phrase": (
        "Halden Foods paid $40 million to its suppliers and booked $12 million in severance costs.",
        ["paid", "severance costs"],
    ),
    "the-change-of-a-share-is-the-parts": (
        "Services accounted for 55.2 percent of GDP, 1.3 percentage points higher than a year "
        "earlier.",
        ["Services", "Services"],
    ),
    "the-change-of-a-share-after-up-is-the-parts": (
        "Machinery made up 46.8 percent of the exports, up 2.1 percentage points from 2022.",
        ["Machinery", "Machinery"],
    ),
    "the-earlier-share-of-an-owners-whole-is-the-parts": (
        "Wind parks generated 45 billion kilowatt-hours, or 61% of the group's output, up from "
        "54% a year earlier.",
        ["Wind parks", "Wind parks"],
    ),
    "the-whole-of-a-share-with-a-verb-of-its-own-is-the-metric": (
        "Services accounted for 55.2 percent of GDP, which grew 5.1 percent.",
        ["Services", "GDP"],
    ),
    "money-lent-to-borrowers-keeps-them": (
        "Lending to property developers fell 3 percent in March.",
        ["Lending to property developers"],
    ),
    "loans-to-recipients-keep-them": (
        "Loans to small businesses reached 2 trillion yuan, up 12 percent.",
        ["Loans to small businesses", "Loans to small businesses"],
    ),
    "exports-to-a-partner-leave-it-out": (
        "Exports to the US rose 5 percent.",
        ["Exports"],
    ),
    "a-word-inside-a-company-name-is-no-metric": (
        "Turnover on the Tokyo Stock Exchange came to ¥5.2 trillion.",
        ["Turnover"],
    ),
    "what-sold-for-an-amount-is-the-metric": (
        "Office plots in central Shenzhen and Guangzhou sold for an average of 31,000 yuan per "
        "square meter.",
        ["Office plots"],
    ),
    "what-fetched-an-amount-past-an-aside-is-the-metric": (
        "Skimmed milk powder, a benchmark for dairy farmers, fetched US$2,710 a tonne at the "
        "auction.",
        ["Skimmed milk powder"],
    ),
    "what-now-sells-for-an-amount-keeps-its-of-phrase": (
        "A standard crate of apples now sells for 45 yuan.",
        ["standard crate of apples"],
    ),
    "a-company-sold-for-an-amount-is-no-metric": (
        "The company sold for $5 billion.",
        ["sold"],
    ),
    "an-amount-of-a-metric-is-that-metric": (
        "Norland Bank attracted $2.4 billion of new deposits in the quarter.",
        ["new deposits"],
    ),
    "an-amount-of-shares-is-shares": (
        "Investors agreed to subscribe for US$80 million of shares.",
        ["shares"],
    ),
    "the-to-value-of-a-change-of-goods-keeps-the-metric": (
        "Exports rose 5 percent to $40 billion of goods.",
        ["Exports", "Exports"],
    ),
    "a-rate-after-a-and-the-value-is-the-metric": (
        "Kessler Bank reported a 12.5% net interest margin.",
        ["net interest margin"],
    ),
    "the-rate-of-a-change-after-at-is-no-metric": (
        "The economy grew at a 3.3% annualized rate.",
        ["economy"],
    ),
    "a-shortfall-is-a-metric": (
        "The trade deficit narrowed to $8 billion from a $12 billion shortfall a year earlier.",
        ["trade deficit", "shortfall"],
    ),
    "gearing-is-a-metric": (
        "Harbour Properties cut its net gearing to 28 per cent.",
        ["net gearing"],
    ),
    "a-metric-word-naming-a-unit-is-no-metric": (
        "The bank's commercial lending unit earned $12 million in the quarter.",
        ["earned"],
    ),
    "a-metric-measured-at-a-unit-keeps-it": (
        "Revenue at the investment banking division fell 8 percent.",
        ["Revenue at the investment banking division"],
    ),
    "a-metric-named-as-an-example-leaves-the-quantity-verb": (
        "Excluding items such as stock-based compensation, it earned $3.02 a share.",
        ["earned"],
    ),
    "a-deal-named-after-the-amount-paid-in-cash": (
        "Norvik Foods agreed to buy Baltic Dairy for EUR 800 million in cash, its largest "
        "acquisition.",
        ["acquisition"],
    ),
    "a-deal-named-after-an-amount-and-its-conversion": (
        "Norvik Foods sold the tower for $900 million (HK$7 billion), the biggest office deal "
        "this year.",
        ["office deal", "office deal"],
    ),
    "a-worth-of-a-companys-shares-is-shares": (
        "Chief executive Anna Berg bought 2 million euros' worth of Norvik Foods shares in March.",
        ["shares"],
    ),
    "a-quantity-verb-after-an-aside-with-a-price-starts-a-new-statement": (
        "The group's retail unit, bought in 2021 for $900 million, earned $45 million, down from "
        "$52 million a year earlier.",
        ["bought", "earned", "earned"],
    ),
    "things-each-worth-an-amount": (
        "Suzhou signed 40 projects each worth more than 1 billion yuan.",
        ["projects"],
    ),
    "a-part-costing-an-amount-in-an-aside": (
        "The second phase, costing 4 billion yuan, will add two lines.",
        ["second phase"],
    ),
    "things-worth-an-amount": (
        "The city issued consumption vouchers worth 300 million yuan.",
        ["consumption vouchers"],
    ),
    "a-metric-word-after-expected-to-is-a-verb": (
        "The new bridge is expected to cost 5 billion yuan.",
        ["new bridge"],
    ),
    "growth-opening-a-statement-names-the-quantity": (
        "Growth slowed from a 4.9% pace in the third quarter.",
        ["Growth"],
    ),
    "any-change-noun-opening-a-statement-names-the-quantity": (
        "Expansion slowed from a 4.9% pace in the third quarter.",
        ["Expansion"],
    ),
    "a-decline-opening-a-statement-names-the-quantity": (
        "The decline eased from a 2.1% pace in the third quarter.",
        ["decline"],
    ),
    "a-change-for-people-is-of-the-quantity-before": (
        "Per capita disposable income of rural residents rose 7.1 percent, outpacing the 5.9 "
        "percent increase for urban residents.",
        [
            "Per capita disposable income of rural residents",
            "Per capita disposable income of rural residents",
        ],
    ),
    "a-consensus-the-figure-was-ahead-of-is-of-the-same-metric": (
        "Net profit rose to $2.1 billion and was slightly ahead of the $2.0 billion consensus.",
        ["Net profit", "Net profit"],
    ),
    "a-part-reserved-for-a-list-is-the-list": (
        "No less than 30 percent of the fund is reserved for small and medium-sized enterprises.",
        ["small and medium-sized enterprises"],
    ),
    "a-part-used-for-something-is-that-thing": (
        "About 20 percent of the money will be used for rural roads and bridges.",
        ["rural roads and bridges"],
    ),
    "the-to-value-of-a-change-keeps-the-metric-before-a-cause": (
        "Operating expenses climbed 3 percent to $2.1 billion on higher wages.",
        ["Operating expenses", "Operating expenses"],
    ),
}


@pytest.mark.parametrize(
    ("text", "metrics"), CONSTRUCTION_METRICS.values(), ids=CONSTRUCTION_METRICS.keys()
)
def test_facts_metric_constructions(nlp: Language, text: str, metrics: list[str]) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-02-15")] == metrics


def test_facts_a_table_of_owners_takes_the_metric_from_the_column_head(nlp: Language) -> None:
    text = (
        "Banks report results\n\n"
        "Bank                  Net profit      Change\n"
        "Harbour Bank Ltd      $1.2bn          up 8%\n"
        "Meridian Capital Inc  $840m           down 3%\n\n"
        "Both lenders said costs rose."
    )
    assert [(f[0], f[1], f[4], f[5]) for f in facts(nlp, text, date="2024-02-15")] == [
        ("$1.2bn", "level", "Net profit", "Harbour Bank Ltd"),
        ("8%", "change", "Net profit", "Harbour Bank Ltd"),
        ("$840m", "level", "Net profit", "Meridian Capital Inc"),
        ("3%", "change", "Net profit", "Meridian Capital Inc"),
    ]


def test_facts_an_amount_of_shares_bought_back_is_a_one_off(nlp: Language) -> None:
    # a buyback is announced, not a standing figure or a quote of the day: no period
    assert facts(
        nlp, "Tavra Mining will buy back up to $300 million of shares.", date="2024-02-15"
    ) == [("up to $300 million", "target", "none", None, "shares", "Tavra Mining", None)]


MONTH_END_OPENING: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "balances-read-at-a-month-end": (
        "Deposits at Qinghai's banks hit 1.2 trillion yuan at the end of June, up 7 percent.\n\n"
        "Consumer loans climbed 4.1 percent. Green loans stood at 96 billion yuan.",
        [
            ("1.2 trillion yuan", "2024-06-30"),
            ("7 percent", "2024-06-30"),
            ("4.1 percent", "2024-06-30"),
            ("96 billion yuan", "2024-06-30"),
        ],
    ),
    # near-miss: "the end of 2023" is loose for a flow ("grew 4% at end of 2023"), no day to
    # carry into the next paragraph
    "end-of-a-year": (
        "Taranaki's output grew 4 percent at the end of 2023.\n\nDairy exports rose 6 percent.",
        [("4 percent", "2023-12-31"), ("6 percent", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), MONTH_END_OPENING.values(), ids=MONTH_END_OPENING.keys()
)
def test_facts_a_story_opening_on_a_month_end_stays_on_that_day(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    # The guideline: the period is inherited from the opening while the text stays on it.
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-07-20")] == expected


PAYMENTS: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "paid-to-settle": (
        "In the first half, Halvorsen Energi's profit rose 12 percent. The company paid 2 million "
        "euros to settle a tariff dispute.",
        [("12 percent", "2024-H1"), ("2 million euros", None)],
    ),
    "agreed-to-pay": (
        "In 2023, Corlan Refining's output rose 5 percent. Separately, Corlan agreed to pay $40 "
        "million to settle pollution claims.",
        [("5 percent", "2023"), ("$40 million", None)],
    ),
    "bought-for": (
        "In 2023, Tessaro's sales rose 9 percent. Tessaro also agreed to buy Danish pump maker "
        "Vinding for EUR 80 million.",
        [("9 percent", "2023"), ("EUR 80 million", None)],
    ),
    # near-misses: a payment dated in its own sentence keeps the date; "for" without a purchase
    # is no price
    "paid-in-a-dated-sentence": (
        "In 2023, Halvorsen Energi's profit rose 12 percent, and it paid 40 million euros in "
        "taxes in 2023.",
        [("12 percent", "2023"), ("40 million euros", "2023")],
    ),
    "for-without-a-purchase": (
        "In 2023, Tessaro's sales rose 9 percent. Exports accounted for 60 percent of the total.",
        [("9 percent", "2023"), ("60 percent", "2023")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PAYMENTS.values(), ids=PAYMENTS.keys())
def test_facts_a_one_off_payment_inherits_no_period(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    # The guideline: one-off amounts take the event date in their sentence, else null.
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-08-20")] == expected


VOTES: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "vote-after-the-decision": (
        "The Bank of Ruritania kept its policy rate at 4.5 per cent at its meeting earlier this "
        "month. Two of its seven members voted for a cut of 25 basis points.",
        [("4.5 per cent", "2024-03"), ("25 basis points", "2024-03")],
    ),
    "debate-after-the-decision": (
        "The Bank of Ruritania kept its policy rate at 4.5 per cent on Thursday. Its committee "
        "had discussed a rise of 25 basis points.",
        [("4.5 per cent", "2024-03-21"), ("25 basis points", "2024-03-21")],
    ),
    # near-miss: a vote in a paragraph of its own has no decision to be dated by
    "vote-in-another-paragraph": (
        "The Bank of Ruritania kept its policy rate at 4.5 per cent at its meeting earlier this "
        "month.\n\nTwo of its seven members voted for a cut of 25 basis points.",
        [("4.5 per cent", "2024-03"), ("25 basis points", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), VOTES.values(), ids=VOTES.keys())
def test_facts_a_members_vote_is_of_the_meeting_just_told(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-03-21")] == expected


PLANNED_STARTING_POINTS: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "planned-change-from-a-level": (
        "In the first quarter, Harbourline Properties' rental income rose 4 per cent. The company "
        "will use the proceeds to repay loans, cutting its net gearing to 28 per cent from 39 per "
        "cent.",
        [("4 per cent", "2024-Q1"), ("28 per cent", None), ("39 per cent", None)],
    ),
    # near-miss: a reported change keeps the period in view for where it started
    "reported-change-from-a-level": (
        "In the first quarter, Harbourline Properties' rental income rose 4 per cent. Its net "
        "gearing fell to 28 per cent from 39 per cent.",
        [("4 per cent", "2024-Q1"), ("28 per cent", "2024-Q1"), ("39 per cent", "2024-Q1")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PLANNED_STARTING_POINTS.values(), ids=PLANNED_STARTING_POINTS.keys()
)
def test_facts_where_a_planned_change_starts_inherits_no_period(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-05-10")] == expected


ASIDES: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "participle-aside-with-a-price": (
        "In the three months ended Jan. 31, Westmark Bank's profit rose 6 per cent. Its leasing "
        "arm, bought in 2021 for $900 million, earned $15 million.",
        [
            ("6 per cent", "2023-11/2024-01"),
            ("$900 million", "2021"),
            ("$15 million", "2023-11/2024-01"),
        ],
    ),
    "relative-aside": (
        "In the three months ended Jan. 31, Westmark Bank's profit rose 6 per cent. Its shares, "
        "which fell 12 per cent in 2023, closed up 2 per cent on Monday.",
        [("6 per cent", "2023-11/2024-01"), ("12 per cent", "2023"), ("2 per cent", "2024-02-26")],
    ),
    # near-miss: a date set off by a comma that opens no aside dates the value after it
    "opening-date": (
        "In 2023, Westmark Bank's leasing arm earned $15 million.",
        [("$15 million", "2023")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ASIDES.values(), ids=ASIDES.keys())
def test_facts_the_date_of_an_aside_dates_only_the_aside(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-02-27")] == expected


DURATIONS: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "for-months": (
        "Lindqvist said inflation, at 1.8 percent in February, had stayed below 2 percent for "
        "seven months.",
        [("1.8 percent", "2024-02"), ("below 2 percent", None)],
    ),
    # near-miss: "for" a named period dates the value
    "for-a-year": (
        "Lindqvist said inflation averaged 2.3 percent for 2023.",
        [("2.3 percent", "2023")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DURATIONS.values(), ids=DURATIONS.keys())
def test_facts_a_value_over_a_bare_duration_has_no_period(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    # The guideline: undated spans ("the past 12 months", "recent years") are null.
    assert [(r[0], r[6]) for r in facts(nlp, text, date="2024-03-21")] == expected


RESTATED_ROW = (
    "Norges Bank holds; Nordic results roundup\n\n"
    "OSLO, Feb 8 -- Norway's central bank kept its policy rate at 4.5% on Thursday.\n\n"
    "Shipping group Fjordline posted fourth-quarter net profit of 2.1 billion crowns.\n\n"
    "Results on Thursday (net profit, change):\n\n"
    "Company                Net profit      Change\n"
    "Fjordline Shipping     NOK 2.1bn       up 14%\n"
    "Vestkyst Foods         NOK 640m        down 3%\n\n"
    "Vestkyst Foods said it would close two plants."
)


def test_facts_a_table_row_restating_a_statement_takes_its_period(nlp: Language) -> None:
    # the row of the amount the text told ("fourth-quarter net profit of 2.1 billion crowns")
    # is of that quarter, every cell of it; a row the text does not tell keeps none
    assert [(r[0], r[6]) for r in facts(nlp, RESTATED_ROW, date="2024-02-08")] == [
        ("4.5%", "2024-02-08"),
        ("2.1 billion crowns", "2023-Q4"),
        ("NOK 2.1bn", "2023-Q4"),
        ("14%", "2023-Q4"),
        ("NOK 640m", None),
        ("3%", None),
    ]


def test_facts_impairment_charges_are_a_flow_of_the_period_in_view(nlp: Language) -> None:
    # "loan" names a one-off amount ("repaid a loan of ..."); the charges for bad loans are an
    # item of the period's accounts, which the text stays on
    text = (
        "In the six months to December 31, Coral Sea Bank's profit rose 4 per cent. Loan "
        "impairment charges were $190m, and it repaid a $500m loan."
    )
    assert [(r[0], r[4], r[6]) for r in facts(nlp, text, date="2025-02-12")] == [
        ("4 per cent", "profit", "2024-H2"),
        ("$190m", "Loan impairment charges", "2024-H2"),
        ("$500m", "loan", None),
    ]


DEGREES: dict[str, tuple[str, list[Row]]] = {
    "fell-as-much-as": (
        "Halvard Shipping's freight revenue fell as much as 14 percent in the third quarter.",
        [
            (
                "14 percent",
                "change",
                "decrease",
                None,
                "freight revenue",
                "Halvard Shipping",
                "2023-Q3",
            )
        ],
    ),
    "could-climb-as-high-as": (
        "Copper prices could climb as high as 12 percent next year.",
        [("12 percent", "target", "increase", None, "Copper prices", None, "2025")],
    ),
    # near miss: "as high as expected" names no value, and its "as" still ends a clause
    "as-high-as-no-value": (
        "Costs were as high as expected as revenue grew 7 percent in 2023.",
        [("7 percent", "change", "increase", None, "revenue", None, "2023")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DEGREES.values(), ids=DEGREES.keys())
def test_facts_a_degree_before_a_value_opens_no_clause(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    # "as much as", "as high as": the verb before the degree states the value
    assert facts(nlp, text, date="2024-02-15") == expected


PROJECTIONS: dict[str, tuple[str, list[Row]]] = {
    "is-seen-rising": (
        "Norvik Paper's revenue is seen rising 8 percent in 2024.",
        [("8 percent", "target", "increase", None, "revenue", "Norvik Paper", "2024")],
    ),
    "guided-for": (
        "Corvane Systems Inc guided for revenue of $1.2 billion in the first quarter.",
        [("$1.2 billion", "target", "none", None, "revenue", "Corvane Systems Inc", "2024-Q1")],
    ),
    "outlook-for": (
        "Bellmont Retail's outlook for 2024 sales is $4.5 billion.",
        [("$4.5 billion", "target", "none", None, "sales", "Bellmont Retail", "2024")],
    ),
    "on-track-to": (
        "Chengdu is on track to reach 500 billion yuan in retail sales this year.",
        [("500 billion yuan", "target", "none", None, "retail sales", "Chengdu", "2024")],
    ),
    # near misses: growth "seen in" a sector and a plan that "guided" spending report outcomes
    "growth-was-seen-in": (
        "Rapid growth was seen in the output of new energy vehicles in 2023, up 30.3 percent.",
        [
            (
                "30.3 percent",
                "change",
                "increase",
                None,
                "output of new energy vehicles",
                None,
                "2023",
            )
        ],
    ),
    "guided-by": (
        "Spending guided by the plan reached 5 billion yuan in 2023.",
        [("5 billion yuan", "level", "none", None, "Spending guided by the plan", None, "2023")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PROJECTIONS.values(), ids=PROJECTIONS.keys())
def test_facts_a_projection_or_guidance_is_a_target(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


DECISION_DAY = "2024-02-15"
GROWTH_FORECASTS: dict[str, tuple[str, list[Row]]] = {
    # the new forecast level is a target of growth; the revision amount is a change the way
    # the verb of the revision goes
    "cut-a-growth-forecast-by-to": (
        "Economists cut Brazil's 2024 growth forecast by 0.4 percentage point to 1.8%.",
        [
            ("0.4 percentage point", "change", "decrease", None, "growth", "Brazil", "2024"),
            ("1.8%", "target", "increase", None, "growth", "Brazil", "2024"),
        ],
    ),
    "raised-a-gdp-growth-forecast-to-from": (
        "Analysts raised India's GDP growth forecast to 6.8% from 6.3%.",
        [
            ("6.8%", "target", "increase", None, "GDP growth", "India", None),
            ("6.3%", "target", "increase", None, "GDP growth", "India", None),
        ],
    ),
    "a-gdp-growth-target-of": (
        "Sichuan set a GDP growth target of around 6 percent for 2024.",
        [("around 6 percent", "target", "increase", None, "GDP growth", "Sichuan", "2024")],
    ),
    "downgraded-by": (
        "Economists downgraded Chile's growth forecast by 0.3 percentage point.",
        [("0.3 percentage point", "change", "decrease", None, "growth", "Chile", None)],
    ),
    # near miss: a rate cut "by ... to" revises no forecast
    "a-rate-cut-by-to": (
        "The Bank of Chile cut its policy rate by 25 basis points to 5.5%.",
        [
            (
                "25 basis points",
                "change",
                "decrease",
                None,
                "policy rate",
                "Bank of Chile",
                DECISION_DAY,
            ),
            ("5.5%", "level", "none", None, "policy rate", "Bank of Chile", DECISION_DAY),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), GROWTH_FORECASTS.values(), ids=GROWTH_FORECASTS.keys()
)
def test_facts_a_growth_forecast_and_its_revision(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


TARGET_LISTS: dict[str, tuple[str, list[Row]]] = {
    # a list of noun phrases a verb of a plan opens: each value is planned, and "and a rise"
    # opens the next phrase (no change of the value before it)
    "targets-include-a-list": (
        "Main targets for 2024 include export growth of about 6 percent, a jobless rate below "
        "5.5 percent and a rise in consumer prices of around 3 percent.",
        [
            ("about 6 percent", "target", "increase", None, "export growth", None, "2024"),
            ("below 5.5 percent", "target", "none", None, "jobless rate", None, "2024"),
            # a rate that is a level by nature, as a goal, has no direction
            ("around 3 percent", "target", "none", None, "consumer prices", None, "2024"),
        ],
    ),
    # near miss: a planned move of a rate in points is a change with its direction
    "a-planned-cut-in-points": (
        "The central bank expects to cut its policy rate by 50 basis points this year.",
        [("50 basis points", "target", "decrease", None, "policy rate", None, "2024")],
    ),
    # near miss: a level followed by "and a rise in" stays a level with no direction
    "a-level-and-a-rise": (
        "The unemployment rate was 5.1 percent in 2023 and a rise in wages lifted spending.",
        [("5.1 percent", "level", "none", None, "unemployment rate", None, "2023")],
    ),
    # a verb of its own after ", and" ends the plan's reach ...
    "a-verb-ends-the-list": (
        "Lumen Port plans to raise capacity by 10 percent, and throughput rose 4 percent in 2023.",
        [
            ("10 percent", "target", "increase", None, "capacity", "Lumen Port", None),
            ("4 percent", "change", "increase", None, "throughput", "Lumen Port", "2023"),
        ],
    ),
    # ... an infinitive after ", and" does not
    "an-infinitive-goes-on-with-the-plan": (
        "Lumen Port expects revenue to rise 5 percent, and profit to grow 3 percent.",
        [
            ("5 percent", "target", "increase", None, "revenue", "Lumen Port", None),
            ("3 percent", "target", "increase", None, "profit", "Lumen Port", None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), TARGET_LISTS.values(), ids=TARGET_LISTS.keys())
def test_facts_values_down_a_list_of_targets_are_targets(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


DEALS_AND_ESTIMATES: dict[str, tuple[str, list[Row]]] = {
    # the price of a deal agreed is its terms, a level, after "would" too
    "would-buy-for": (
        "Kestrel Foods said on Tuesday it would buy Orrin Mills for $1.2 billion, its biggest "
        "acquisition.",
        [("$1.2 billion", "level", "none", None, "acquisition", "Kestrel Foods", "2024-02-13")],
    ),
    # near miss: a buyback after "will" is a plan
    "will-buy-back": (
        "Tavra Mining will buy back up to $300 million of shares.",
        [("up to $300 million", "target", "none", None, "shares", "Tavra Mining", None)],
    ),
    # an amount someone puts a quantity at is an estimate
    "put-growth-at": (
        "Economists at Lumen Bank put Chile's growth at 2.1% for 2024.",
        [("2.1%", "target", "increase", None, "growth", "Chile", "2024")],
    ),
    "put-a-bill-at": (
        "The finance ministry has put this year's energy subsidy bill at Rp 189.1 trillion.",
        [("Rp 189.1 trillion", "target", "none", None, "energy subsidy", None, "2024")],
    ),
    # near misses: a standing rate put at a level in a relative clause, and a verb of its own
    "which-it-puts-at": (
        "The policy rate is near the neutral rate, which it puts at 3 per cent.",
        [("3 per cent", "level", "none", None, "neutral rate", None, "2024-02-15")],
    ),
    "put-into-service-and-stood-at": (
        "Orrin Mills put its new line into service in 2023, and its output value stood at 5 "
        "million yuan.",
        [("5 million yuan", "level", "none", None, "output value", None, "2023")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), DEALS_AND_ESTIMATES.values(), ids=DEALS_AND_ESTIMATES.keys()
)
def test_facts_deal_prices_and_estimates_put_at(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase after a conversion in brackets names what the amount is spent on
        (
            "Hainan drew 4.3 billion yuan ($600 million) in foreign investment in 2023.",
            [
                ("4.3 billion yuan", "level", "none", None, "foreign investment", "Hainan", "2023"),
                ("$600 million", "level", "none", None, "foreign investment", "Hainan", "2023"),
            ],
        ),
        # near miss: a place after the conversion is where, not what
        (
            "Hainan's exports reached 4.3 billion yuan ($600 million) in Haikou.",
            [
                ("4.3 billion yuan", "level", "none", None, "exports", "Hainan", None),
                ("$600 million", "level", "none", None, "exports", "Hainan", None),
            ],
        ),
    ],
)
def test_facts_the_phrase_after_a_conversion(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount put into something "to support", "to build" it: the object is the metric
        (
            "Lianhe County has set aside 800 million yuan to support the battery supply chain.",
            [
                (
                    "800 million yuan",
                    "target",
                    "none",
                    None,
                    "battery supply chain",
                    "Lianhe County",
                    None,
                )
            ],
        ),
        (
            "The city allocated 2 billion yuan in 2023 to build affordable housing.",
            [("2 billion yuan", "level", "none", None, "affordable housing", None, "2023")],
        ),
        # near miss: a noun after "to" is the destination itself
        (
            "The city allocated 2 billion yuan in 2023 to rural roads.",
            [("2 billion yuan", "level", "none", None, "rural roads", None, "2023")],
        ),
    ],
)
def test_facts_an_amount_put_into_something_to_do_a_thing(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is paid for is the metric of a price paid
        (
            "Lumen Partners will pay about HK$9,800 per square foot for the 31-storey tower.",
            [
                (
                    "about HK$9,800 per square foot",
                    "level",
                    "none",
                    None,
                    "31-storey tower",
                    "Lumen Partners",
                    None,
                )
            ],
        ),
        # near miss: a payment "to settle" names nothing paid for
        (
            "Gulfmark Refining agreed to pay $75 million to settle the claims.",
            [("$75 million", "level", "none", None, "pay", "Gulfmark Refining", None)],
        ),
        (
            "The city raised 5 billion yuan in 2023 to buy new buses.",
            [("5 billion yuan", "level", "none", None, "new buses", None, "2023")],
        ),
    ],
)
def test_facts_what_an_amount_is_paid_for(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "growth" right after the value, with nothing named before or after, is the metric
        (
            "To meet the government's target of 6 per cent growth for 2025, exports must rise.",
            [("6 per cent", "target", "increase", None, "growth", None, "2025")],
        ),
        # an adverb before "growth" is no part of it
        (
            "Value added climbed 7.4% in the fourth quarter, and in December alone growth reached "
            "8.1%.",
            [
                ("7.4%", "change", "increase", None, "Value added", None, "2023-Q4"),
                ("8.1%", "change", "increase", None, "growth", None, "2023-12"),
            ],
        ),
        # near miss: another noun of change names no quantity ("for pensions" does)
        (
            "Wages rose 4.1 percent in 2023, outpacing the 3.2-percent increase for pensions.",
            [
                ("4.1 percent", "change", "increase", None, "Wages", None, "2023"),
                ("3.2-percent", "change", "increase", None, "pensions", None, "2023"),
            ],
        ),
    ],
)
def test_facts_growth_named_right_after_the_value(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two parallel lists of values each name the quantities in order
        (
            "Exports and imports rose 5 percent and 3 percent, respectively, to 120 billion yuan "
            "and 90 billion yuan.",
            [
                ("5 percent", "change", "increase", None, "Exports", None, None),
                ("3 percent", "change", "increase", None, "imports", None, None),
                ("120 billion yuan", "level", "none", None, "Exports", None, None),
                ("90 billion yuan", "level", "none", None, "imports", None, None),
            ],
        ),
        (
            "Lijiang received 9 million tourist visits and tourism revenue of 12 billion yuan in "
            "2023. The figures were up 30 percent and 40 percent, respectively, and exceeded the "
            "2019 levels by 8 percent and 11 percent.",
            [
                ("12 billion yuan", "level", "none", None, "tourism revenue", "Lijiang", "2023"),
                ("30 percent", "change", "increase", None, "tourist visits", "Lijiang", "2023"),
                ("40 percent", "change", "increase", None, "tourism revenue", "Lijiang", "2023"),
                ("8 percent", "change", "increase", None, "tourist visits", "Lijiang", "2023"),
                ("11 percent", "change", "increase", None, "tourism revenue", "Lijiang", "2023"),
            ],
        ),
    ],
)
def test_facts_parallel_lists_of_values_respectively(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # plain noun phrases joined before the verb take the values in order
        (
            "Biomedicine firms and new materials makers expanded 9.1% and 6.4%, respectively, in "
            "2023.",
            ["Biomedicine firms", "new materials makers"],
        ),
        # near miss: "to Japan and South Korea" joins places, not quantities
        (
            "Shipments to Japan and South Korea rose 5% and 3%, respectively, in 2023.",
            ["Shipments", "Shipments"],
        ),
    ],
)
def test_facts_joined_phrases_before_the_verb_respectively(
    nlp: Language, text: str, metrics: list[str]
) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-02-15")] == metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "expects X to slow to": the verb of the infinitive is no metric
        (
            "Economists expect Chile's growth to slow to 1.9% this year.",
            [("1.9%", "target", "increase", None, "growth", "Chile", "2024")],
        ),
        (
            "Inflation was 4.1 percent in 2023. The central bank expects it to slow to 2.8% this "
            "year.",
            [
                ("4.1 percent", "level", "none", None, "Inflation", None, "2023"),
                ("2.8%", "target", "none", None, "Inflation", None, "2024"),
            ],
        ),
        (
            "Analysts expect Chile's exports to accelerate to $9 billion in 2024.",
            [("$9 billion", "target", "none", None, "exports", "Chile", "2024")],
        ),
    ],
)
def test_facts_a_quantity_expected_to_move_to_a_value(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of a fine names the quantity; the "for" phrase is the reason
        (
            "Regulators fined Kestrel Foods Ltd $5 million for price fixing in 2023.",
            [("$5 million", "level", "none", None, "fined", "Kestrel Foods Ltd", "2023")],
        ),
        (
            "Mines that break the rules can be fined up to 2 million yuan.",
            [("up to 2 million yuan", "level", "none", None, "fined", None, None)],
        ),
        # near miss: a fine with no amount, and a value of its own verb
        (
            "Regulators fined Kestrel Foods Ltd in March, and its profit fell 5 percent.",
            [("5 percent", "change", "decrease", None, "profit", "Kestrel Foods Ltd", "2024-03")],
        ),
        # "growth" that slowed or picked up to a rate, dated after the value
        (
            "Growth in Chile slowed to 1.9% in the third quarter.",
            [("1.9%", "change", "increase", None, "Growth", "Chile", "2023-Q3")],
        ),
        (
            "Export growth picked up to 6.1% in March.",
            [("6.1%", "change", "increase", None, "Export growth", None, "2024-03")],
        ),
    ],
)
def test_facts_fines_and_growth_that_slowed(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


# A city inside a province: "the city" and the story's main subject are the city


CITY_IN_PROVINCE: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "city-of-a-province-headline": (
        "Hunan's county economy grows\n\n"
        "In 2024, the GDP of Yueyang, a city in northern Hunan province, rose 5.9 percent.\n\n"
        "The city's exports grew 12 percent.\n\n"
        "Retail sales climbed 4.8 percent.",
        [("5.9 percent", "Yueyang"), ("12 percent", "Yueyang"), ("4.8 percent", "Yueyang")],
    ),
    # near-miss: a story about the province itself keeps the province
    "province-story": (
        "Hunan's economy grows\n\n"
        "In 2024, the GDP of Hunan province rose 5.2 percent.\n\n"
        "Retail sales climbed 4.8 percent.",
        [("5.2 percent", "Hunan"), ("4.8 percent", "Hunan")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), CITY_IN_PROVINCE.values(), ids=CITY_IN_PROVINCE.keys()
)
def test_facts_city_inside_a_province(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f[0], f[5]) for f in facts(nlp, text, date="2025-02-10")] == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # from mid-July to mid-September: the months it touches, no whole quarter
        ("Brightwater Foods will spend £40m on new stores over the next two months.",
         "2024-07/2024-09"),
        # near-miss: a quarter named by its months is the quarter
        ("Brightwater Foods expects sales to rise 5% in the July-September quarter.", "2024-Q3"),
    ],
    ids=["next-months-mid-month", "named-quarter-from-the-month"],
)  # fmt: skip
def test_facts_months_from_the_article_day_are_no_quarter(
    nlp: Language, text: str, period: str
) -> None:
    (first, *_) = facts(nlp, text, date="2024-07-16")
    assert first[6] == period


# A year told by its end: an annual rate "in the year to September" is that month's; a fiscal
# year ended on a day is the fiscal year


YEAR_TO: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "annual-rate-in-the-year-to-a-month": (
        "Consumer price inflation in Ruritania held at 3.8% in the year to September.",
        [("3.8%", "2025-09")],
    ),
    "fiscal-year-ended-a-day": (
        "Tavra Mining earned $1.2 billion in the fiscal year ended March 31, 2025.",
        [("$1.2 billion", "FY2025")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), YEAR_TO.values(), ids=YEAR_TO.keys())
def test_facts_year_told_by_its_end(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f[0], f[6]) for f in facts(nlp, text, date="2025-10-22")] == expected


# "a year-on-year increase of 1.6 percent" after a level: the level's metric, and the day the
# data were released ("released by the customs on Tuesday") is no period


def test_facts_basis_adjective_and_release_day(nlp: Language) -> None:
    text = (
        "Hefei's exports reached 50.1 billion yuan in 2024, a year-on-year increase of 1.6 "
        "percent, according to data released by the local customs on Tuesday."
    )
    assert [(f[0], f[1], f[4], f[6]) for f in facts(nlp, text, date="2025-03-12")] == [
        ("50.1 billion yuan", "level", "exports", "2024"),
        ("1.6 percent", "change", "exports", "2024"),
    ]


def test_facts_a_date_after_an_agent_without_a_verb_of_telling_is_a_period(
    nlp: Language,
) -> None:
    # near-miss: "by" after no verb of telling is no agent of a release
    text = "Exports handled by the port rose 8 percent on Tuesday."
    assert [(f[0], f[6]) for f in facts(nlp, text, date="2025-03-12")] == [
        ("8 percent", "2025-03-11")
    ]


def test_facts_a_paper_that_carries_the_story_owns_none_of_its_figures(nlp: Language) -> None:
    text = (
        "Chengdu plans drone hub\n\n"
        "(People's Daily Online) 16:42, November 05, 2025\n\n"
        "The industry's annual revenue is expected to top 200 billion yuan by 2030."
    )
    assert [(f[0], f[5]) for f in facts(nlp, text)] == [("200 billion yuan", "Chengdu")]


BOOKED: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    # a gain or a loss booked on something is an item of the accounts, a level
    "pre-tax-gain": (
        "Unilever expects to book a pre-tax gain of about 1.5 billion euros on the sale.",
        [("about 1.5 billion euros", "target", "pre-tax gain")],
    ),
    "one-off-gain": (
        "Shell posted a one-off gain of $2 billion.",
        [("$2 billion", "level", "one-off gain")],
    ),
    # near-miss: a gain of a measured quantity is its change
    "gain-of-revenue": (
        "Revenue saw a gain of $3 billion.",
        [("$3 billion", "change", "Revenue")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BOOKED.values(), ids=BOOKED.keys())
def test_facts_a_booked_gain_is_a_level(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f[0], f[1], f[4]) for f in facts(nlp, text, date="2025-06-03")] == expected


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # a pronoun opening the sentence stands for the quantity the sentence before opens with
        (
            "Kestrel Foods' shares have doubled this year, giving it a market value of about $9 "
            "billion. They closed up 2.4% on Monday.",
            ["market value", "shares"],
        ),
        (
            "Exports rose 5% in May, lifting the trade surplus to $10 billion. They had fallen 2% "
            "in March.",
            ["Exports", "trade surplus", "Exports"],
        ),
        # near miss: a sentence that names its own quantity keeps it
        (
            "Exports rose 5% in May, lifting the trade surplus to $10 billion. They said imports "
            "fell 2%.",
            ["Exports", "trade surplus", "imports"],
        ),
    ],
)
def test_facts_a_pronoun_for_the_quantity_the_sentence_before_opens_with(
    nlp: Language, text: str, metrics: list[str]
) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-06-15")] == metrics


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # the part phrase of a "with" clause may be a list
        (
            "Household spending rose 7 per cent in 2023, with outlays on education, health and "
            "recreation jumping 18 per cent.",
            ["Household spending", "outlays on education, health and recreation"],
        ),
        (
            "Revenue rose 8 percent in 2023, with sales in Chile up 18 percent.",
            ["Revenue", "sales in Chile"],
        ),
    ],
)
def test_facts_a_with_clause_with_a_listed_part(
    nlp: Language, text: str, metrics: list[str]
) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-02-15")] == metrics


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # a noun, a participle and its phrase open the clause: the whole phrase is the quantity
        (
            "Funds raised through share sales in Shenzhen fell 30 per cent in 2023.",
            ["Funds raised through share sales"],
        ),
        (
            "Vehicles sold through dealers fell 3 percent in March.",
            ["Vehicles sold through dealers"],
        ),
        ("Loans extended to small firms rose 12% in 2023.", ["Loans extended to small firms"]),
        # near miss: a place after the participle says where, no phrase of the quantity
        ("Exports shipped to the United States rose 5 percent in 2023.", ["Exports"]),
    ],
)
def test_facts_a_noun_with_a_participle_phrase(
    nlp: Language, text: str, metrics: list[str]
) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-06-15")] == metrics


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # an aside after the metric ("closely watched by ... as a gauge of ...") names no metric
        (
            "Core inflation, closely watched by the central bank as a gauge of wage pressure, rose "
            "to 4.2 per cent in March.",
            ["Core inflation"],
        ),
        # near misses: "as a result" and a conjunction "as" before a clause of its own
        (
            "Demand weakened as a result of higher rates, and exports fell 5 percent in March.",
            ["exports"],
        ),
        ("Prices rose 3 percent in March as demand grew 5 percent.", ["Prices", "demand"]),
    ],
)
def test_facts_an_aside_with_a_role_after_the_metric(
    nlp: Language, text: str, metrics: list[str]
) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-06-15")] == metrics


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the benchmark "N times" a share is compared with is a share
        (
            "Research spending in Lianhe equalled 6.1% of its GDP in 2023, about three times the "
            "national level of 2.2%.",
            ["share", "share"],
        ),
        # near miss: a level of its own after the share
        (
            "Research spending in Lianhe equalled 6.1% of its GDP in 2023, and the jobless rate "
            "was 4.2%.",
            ["share", "level"],
        ),
    ],
)
def test_facts_a_multiple_of_a_share(nlp: Language, text: str, kinds: list[str]) -> None:
    assert [f[1] for f in facts(nlp, text, date="2024-02-15")] == kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money a company seeks is a target; what it seeks it in is the metric
        (
            "Kestrel Foods is seeking $500 million in new loans.",
            [("$500 million", "target", "none", None, "new loans", "Kestrel Foods", None)],
        ),
        # near miss: money it sought in a past year is an outcome
        (
            "Kestrel Foods sought $500 million in new loans in 2023.",
            [("$500 million", "level", "none", None, "new loans", "Kestrel Foods", "2023")],
        ),
    ],
)
def test_facts_money_a_company_seeks(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-15") == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a supposed change, the subject of "would", measures nothing; what it would do does
        (
            "Norvik Paper warned that a further drop of 8% in pulp prices would cut its margin by "
            "2 percentage points.",
            ["2 percentage points"],
        ),
        ('"A quarter point more on mortgage rates would hurt buyers," he said.', []),
        # near miss: a quantity named before the value is a figure, even before "would"
        ("Norvik Paper said revenue of $5 billion would be a record.", ["$5 billion"]),
    ],
)
def test_facts_a_supposed_change_is_no_fact(nlp: Language, text: str, values: list[str]) -> None:
    assert [f[0] for f in facts(nlp, text, date="2024-02-15")] == values


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an agreement to do something is a plan ...
        (
            "Thirty suppliers have agreed to build plants near the port, with combined investment "
            "of nearly 2 billion yuan.",
            ["target"],
        ),
        # ... the terms of an agreed deal or payment are levels
        ("Gulfmark Refining agreed to pay $40 million to settle the claims.", ["level"]),
        ("Two funds have agreed to subscribe for US$90 million of Lumen shares.", ["level"]),
        # near miss: a plan to sell at a price is a plan
        ("Kestrel Foods plans to sell a stake in Orrin Mills for $400 million.", ["target"]),
    ],
)
def test_facts_agreements_and_agreed_terms(nlp: Language, text: str, kinds: list[str]) -> None:
    assert [f[1] for f in facts(nlp, text, date="2024-02-15")] == kinds


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # what "values" a company at an amount is its metric
        ("Including debt, the offer values Orrin Mills at about $3.9 billion.", ["offer"]),
        # near miss: "values" with no "at" before the amount of a clause of its own
        (
            "The deal values the unit highly, and its revenue rose 5 percent in 2023.",
            ["revenue"],
        ),
    ],
)
def test_facts_what_values_a_company_at(nlp: Language, text: str, metrics: list[str]) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-02-15")] == metrics


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # "growth ... is", "growth ... is expected to be": the growth phrase is the metric
        ("Bellmont Retail's outlook for full-year sales growth is 3 percent.", ["sales growth"]),
        ("Export growth in 2024 is expected to be 5 percent.", ["Export growth"]),
        # near miss: a quantity of its own between "growth" and the value
        ("Export growth slowed, and imports were 5 percent higher.", ["imports"]),
    ],
)
def test_facts_growth_stated_with_is(nlp: Language, text: str, metrics: list[str]) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-02-15")] == metrics


# An amount after "a" that modifies a noun no lexicon metric names: the noun phrase is the metric
# and the amount is its level ("hit by" is a cause, no change); a noun of change after the phrase
# makes the amount the change of what the phrase names.
MODIFIED_NOUNS: dict[str, tuple[str, list[Row]]] = {
    "charge-hit-by": (
        "Harwell Mining said net profit fell 12%, hit by a $450 million writedown.",
        [
            ("12%", "change", "decrease", None, "net profit", "Harwell Mining", None),
            ("$450 million", "level", "none", None, "writedown", "Harwell Mining", None),
        ],
    ),
    "approved-project": (
        "Leshan approved a 1.8 billion yuan bridge project.",
        [("1.8 billion yuan", "target", "none", None, "bridge project", "Leshan", None)],
    ),
    "pay-rise": (
        "Brenton Foods agreed a 6% pay rise with its unions.",
        [("6%", "change", "increase", None, "pay", "Brenton Foods", None)],
    ),
    # a participle after the noun is no part of it
    "participle-after": (
        "Hubei opened a 12-billion-yuan expressway linking Wuhan and Yichang.",
        [("12-billion-yuan", "level", "none", None, "expressway", "Hubei", None)],
    ),
    # near-misses: "by a further 3%" is a change of the quantity before it; a pace is no metric
    "by-a-further": (
        "Brenton Foods' sales rose by a further 3% in April.",
        [("3%", "change", "increase", None, "sales", "Brenton Foods", "2024-04")],
    ),
    "annualized-pace": (
        "Chile's economy grew at a 2.1% annualized pace in the first quarter.",
        [("2.1%", "change", "increase", None, "economy", "Chile", "2024-Q1")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), MODIFIED_NOUNS.values(), ids=MODIFIED_NOUNS.keys())
def test_facts_an_amount_that_modifies_a_noun(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-05-10") == expected


# The region a dateline adds after its city ("HANGZHOU, China, Nov 25 (Reuters) -") owns nothing
# the lede says: the company that reports does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AUSTIN, Texas, March 10 (Reuters) - Dell Technologies reported a 7% rise in "
            "quarterly sales.",
            [("7%", "Dell Technologies")],
        ),
        (
            "DENVER, Colorado \u2014 Vail Resorts Inc reported a 7% rise in quarterly sales.",
            [("7%", "Vail Resorts Inc")],
        ),
        # near-miss: the region named again in the lede owns its own figure
        (
            "PARIS, France, March 10 (AFP) - France's trade deficit narrowed to 5 billion euros.",
            [("5 billion euros", "France")],
        ),
    ],
    ids=["city-state-date-agency", "city-state-dash", "region-named-in-lede"],
)
def test_facts_the_region_of_a_dateline_owns_nothing(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f[0], f[5]) for f in facts(nlp, text, date="2025-03-10")] == expected


# A results story whose lede tells the day the results came out ("reported a 12% rise in
# quarterly revenue on Thursday") names the quarter further on; the quarter is the story's
# period, and the dateline's date dates no change or flow.
RESULTS_DAY: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "quarter-named-after-the-lede": (
        "Dangote revenue rises\n\n"
        "LAGOS, May 2, 2024 (Reuters) - Dangote Cement reported a 12% rise in quarterly "
        "revenue on Thursday.\n\n"
        "Revenue for the March quarter rose to 1.2 trillion naira.\n\n"
        "Net profit fell 8% to 240 billion naira.",
        [
            ("12%", "2024-Q1"),
            ("1.2 trillion naira", "2024-Q1"),
            ("8%", "2024-Q1"),
            ("240 billion naira", "2024-Q1"),
        ],
    ),
    # near-miss: a rate decision told on a day is the news of that day; a later figure with
    # no date of its own takes none
    "decision-of-the-day": (
        "Ghana cuts rate\n\n"
        "ACCRA, May 2 (Reuters) - The Bank of Ghana announced a cut of 100 basis points in its "
        "policy rate on Thursday.\n\n"
        "Inflation eased to 25% in April.\n\n"
        "Net profit at the country's banks fell 8%.",
        [("100 basis points", "2024-05-02"), ("25%", "2024-04"), ("8%", None)],
    ),
    # near-miss: a one-off's day is the dateline's
    "one-off-on-the-dateline-day": (
        "ACCRA, May 2, 2024 (Reuters) - Tullow Oil sold its stake in a gas field for $300 million.",
        [("$300 million", "2024-05-02")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), RESULTS_DAY.values(), ids=RESULTS_DAY.keys())
def test_facts_the_day_results_were_told_is_no_period(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f[0], f[6]) for f in facts(nlp, text, date="2024-05-02")] == expected


# A short name stands for the longer form the article named first (in its fullest form), not
# for a longer name of another company that shares its first word.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FRANKFURT, May 2 (Reuters) - Brandt AG raised its profit outlook on Thursday.\n\n"
            "Net income fell 8%, hit by a charge at Brandt Energy. Shares in Brandt were up 3.2% "
            "at 1130 GMT.",
            [("8%", "Brandt AG"), ("3.2%", "Brandt AG")],
        ),
        # near-miss: a partial form first named ("Tallis Systems") takes its fullest form
        (
            "Tallis Systems beats forecasts\n\nTallis Systems Inc said revenue rose 9%. Shares in "
            "Tallis were up 4%.",
            [("9%", "Tallis Systems Inc"), ("4%", "Tallis Systems Inc")],
        ),
    ],
    ids=["first-named-company", "fullest-of-the-first"],
)
def test_facts_a_short_name_is_the_company_named_first(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f[0], f[5]) for f in facts(nlp, text, date="2024-05-02")] == expected


# "plans" as a verb with a noun object ("plans gross borrowing of ...") makes a plan, a target;
# after a determiner it is the noun and governs no value.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya plans development spending of 700 billion shillings in 2025.",
            [
                (
                    "700 billion shillings",
                    "target",
                    "none",
                    None,
                    "development spending",
                    "Kenya",
                    "2025",
                )
            ],
        ),
        # near-miss: "The plans" is the noun
        (
            "The plans follow a 5% rise in Kenya's exports last year.",
            [("5%", "change", "increase", None, "exports", "Kenya", "2024")],
        ),
    ],
    ids=["plans-a-noun-object", "the-plans-noun"],
)
def test_facts_plans_with_a_noun_object(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-01") == expected


# A central bank that watches a statistic owns none of it: the agent of "watched closely by" in
# an aside is no owner, and a macro figure inherited from a central bank's story is its
# country's (none when the article names no place of it).
BANK_WATCHES: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "aside-agent": (
        "Riksbank holds rate\n\nThe Riksbank kept its policy rate at 2% on Thursday.\n\n"
        "In Sweden, core inflation, watched closely by the Riksbank, eased to 3.9% in August.",
        [("2%", "Riksbank"), ("3.9%", "Sweden")],
    ),
    "inherited-from-the-bank": (
        "Riksbank holds rate\n\nSTOCKHOLM, Sept 18 - The Riksbank kept its policy rate at 2% on "
        "Thursday.\n\nSwedish CPIF inflation rose to 3.2% in August, the statistics office said. "
        "Services inflation, watched closely by the Riksbank, eased to 3.9%.",
        [("2%", "Riksbank"), ("3.2%", None), ("3.9%", None)],
    ),
    # near-miss: the agent of a participle of providing owns what it provides
    "provided-by": (
        "Emergency lending, provided by the Riksbank, rose 5% to 20 billion crowns.",
        [("5%", "Riksbank"), ("20 billion crowns", "Riksbank")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BANK_WATCHES.values(), ids=BANK_WATCHES.keys())
def test_facts_a_central_bank_watches_no_statistic_of_its_own(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f[0], f[5]) for f in facts(nlp, text, date="2025-09-18")] == expected


# A fiscal year told by its first day ("the fiscal year starting April 1") is the year that
# begins then; beside a fiscal year, "the current year" and "this year" are the fiscal year
# running (India's split years when the article writes them).
FISCAL_STARTS: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    "starting-and-current": (
        "MUMBAI, Feb 7 (Reuters) - The Reserve Bank of India projected economic growth of 6.7% "
        "for the fiscal year starting April 1, up from 6.4% in the current year. It expects "
        "inflation to average 4.2% in 2025-26, compared with 4.8% this year.\n\n"
        "India's gold imports rose 5% this year.",
        [
            ("6.7%", "FY2025-26"),
            ("6.4%", "FY2024-25"),
            ("4.2%", "FY2025-26"),
            ("4.8%", "FY2024-25"),
            # near-miss: "this year" with no fiscal year beside it is the calendar year
            ("5%", "2025"),
        ],
    ),
    "beginning-july": (
        "Kestrel Airways expects revenue of A$4 billion in the financial year beginning July 1.",
        [("A$4 billion", "FY2026")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), FISCAL_STARTS.values(), ids=FISCAL_STARTS.keys())
def test_facts_a_fiscal_year_told_by_its_start(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f[0], f[6]) for f in facts(nlp, text, date="2025-02-07")] == expected


# "economic growth" is the economy's: a central bank that projects it is a forecaster, and the
# country is the subject; a company's "sales growth" stays the company's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BOK holds rate\n\nThe Bank of Korea held its policy rate at 3.5 percent on Thursday. "
            "It projected economic growth of 2.1 percent this year.\n\n"
            "South Korea's exports rose 5 percent in December.",
            [
                ("3.5 percent", "Bank of Korea"),
                ("2.1 percent", "South Korea"),
                ("5 percent", "South Korea"),
            ],
        ),
        (
            "Harwell Mining projected sales growth of 4 percent this year.",
            [("4 percent", "Harwell Mining")],
        ),
    ],
    ids=["bank-projects-economic-growth", "company-sales-growth"],
)
def test_facts_economic_growth_is_the_countrys(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(f[0], f[5]) for f in facts(nlp, text, date="2024-01-11")] == expected


# An "of" phrase that names an owner with "'s" ("of the city's tertiary industry") is no part of
# the metric; one that names the part measured is ("of the tertiary industry").
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("In 2023, the added value of the city's tertiary industry in Nantong rose 6.1 percent.",
         "added value"),
        ("In 2023, the added value of the tertiary industry in Nantong rose 6.1 percent.",
         "added value of the tertiary industry"),
    ],
    ids=["owner-in-of-phrase", "part-in-of-phrase"],
)  # fmt: skip
def test_facts_an_owner_in_the_of_phrase(nlp: Language, text: str, metric: str) -> None:
    assert [f[4] for f in facts(nlp, text, date="2024-05-10")] == [metric]


# A market quote: a commodity traded "on the London Metal Exchange" is the instrument that
# moved, not the exchange's stock; "the previous session" is when, not what.
MARKET_QUOTES: dict[str, tuple[str, list[Row]]] = {
    "commodity-on-an-exchange": (
        "Crude stocks rose, the American Petroleum Institute said. Aluminium on the London "
        "Metal Exchange slipped 0.8% to $2,550 a ton.",
        [
            ("0.8%", "change", "decrease", None, "Aluminium", None, "2024-06-12"),
            ("$2,550 a ton", "level", "none", None, "Aluminium", None, "2024-06-12"),
        ],
    ),
    # near-miss: a company that moves is its stock moving
    "company-moves": (
        "Shares in Veldt Mining have fallen this year. Veldt Mining slipped 0.8% on Wednesday.",
        [("0.8%", "change", "decrease", None, "Shares", "Veldt Mining", "2024-06-12")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), MARKET_QUOTES.values(), ids=MARKET_QUOTES.keys())
def test_facts_commodity_quotes_on_an_exchange(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-06-12") == expected


def test_facts_a_trading_session_is_no_metric(nlp: Language) -> None:
    text = "Spot gold was flat at $2,314.10 per ounce, after rising 1.2% in the previous session."
    assert [f[4] for f in facts(nlp, text, date="2024-06-12")] == ["Spot gold", "Spot gold"]


DAY_OF_CHANGE: dict[str, tuple[str, list[Row]]] = {
    # the day after the level a change started from is the day of the change: the level
    # reached's; the starting level has no day
    "date-after-from": (
        "Thailand's minimum wage rose to 400 baht from 350 baht on Oct 1.",
        [
            ("400 baht", "level", "none", None, "minimum wage", "Thailand", "2023-10-01"),
            ("350 baht", "level", "none", None, "minimum wage", "Thailand", None),
        ],
    ),
    "weekday-after-from": (
        "Orla Telecom raised its monthly fee to €12 from €10 on Tuesday.",
        [
            ("€12", "level", "none", None, "monthly fee", "Orla Telecom", "2024-04-16"),
            ("€10", "level", "none", None, "monthly fee", "Orla Telecom", None),
        ],
    ),
    # near-miss: a year after the starting level is that level's period
    "year-after-from": (
        "Thailand's minimum wage rose to 400 baht from 350 baht in 2022.",
        [
            ("400 baht", "level", "none", None, "minimum wage", "Thailand", None),
            ("350 baht", "level", "none", None, "minimum wage", "Thailand", "2022"),
        ],
    ),
    # near-miss: "on" without a day
    "on-without-a-day": (
        "Orla Telecom's operating margin rose to 18 per cent from 16 per cent on lower costs.",
        [
            ("18 per cent", "level", "none", None, "operating margin", "Orla Telecom", None),
            ("16 per cent", "level", "none", None, "operating margin", "Orla Telecom", None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DAY_OF_CHANGE.values(), ids=DAY_OF_CHANGE.keys())
def test_facts_the_day_after_a_starting_level_is_the_changes(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-04-18") == expected


PREVIOUS_MONTH: dict[str, tuple[str, list[Row]]] = {
    # "the previous month", "the prior month", "the prior quarter" after a month or a quarter
    # named in the sentence: the one before it
    "previous-month": (
        "Poland's retail sales rose 0.8 percent in April after falling 0.3 percent in the "
        "previous month.",
        [
            ("0.8 percent", "change", "increase", None, "retail sales", "Poland", "2025-04"),
            ("0.3 percent", "change", "decrease", None, "retail sales", "Poland", "2025-03"),
        ],
    ),
    "prior-month": (
        "Poland's industrial output grew 5.1 percent in April, after a 4.2 percent rise the "
        "prior month.",
        [
            ("5.1 percent", "change", "increase", None, "industrial output", "Poland", "2025-04"),
            ("4.2 percent", "change", "increase", None, "industrial output", "Poland", "2025-03"),
        ],
    ),
    "prior-quarter": (
        "Orla Telecom's revenue rose 4 percent in the third quarter, after 2 percent growth in "
        "the prior quarter.",
        [
            ("4 percent", "change", "increase", None, "revenue", "Orla Telecom", "2024-Q3"),
            ("2 percent", "change", "increase", None, "growth", "Orla Telecom", "2024-Q2"),
        ],
    ),
    "prior-year": (
        "Orla Telecom's revenue was €1.9 billion in the prior year.",
        [("€1.9 billion", "level", "none", None, "revenue", "Orla Telecom", "2024")],
    ),
    # near-miss: "from the prior month" after a change is its basis, no period
    "from-the-prior-month": (
        "Poland's retail sales rose 0.8 percent in April from the prior month.",
        [
            (
                "0.8 percent", "change", "increase", "month_on_month", "retail sales", "Poland",
                "2025-04",
            )
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PREVIOUS_MONTH.values(), ids=PREVIOUS_MONTH.keys())
def test_facts_the_previous_month_is_the_one_before_the_month_in_view(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-05-14") == expected


LATER_CLAUSE_AHEAD: dict[str, tuple[str, list[Row]]] = {
    # a date ahead of the article in a later clause with no figure is no period of a value
    # reported ("as traders priced in a rate cut in June"): a quote keeps its day
    "quote-then-bets-ahead": (
        "The zloty fell 0.6 per cent against the euro, as traders priced in a rate cut in June.",
        [("0.6 per cent", "change", "decrease", None, "zloty", None, "2024-04-18")],
    ),
    "change-then-hopes-ahead": (
        "Brightwater Foods' revenue rose 6 per cent, as shoppers are expected to return to its "
        "stores in June.",
        [("6 per cent", "change", "increase", None, "revenue", "Brightwater Foods", None)],
    ),
    # near-miss: a month that has passed still dates it
    "change-then-month-passed": (
        "Brightwater Foods' revenue rose 6 per cent, as shoppers returned to its stores in March.",
        [("6 per cent", "change", "increase", None, "revenue", "Brightwater Foods", "2024-03")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), LATER_CLAUSE_AHEAD.values(), ids=LATER_CLAUSE_AHEAD.keys()
)
def test_facts_a_date_ahead_in_a_later_clause_is_no_period(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-04-18") == expected


STEP_BACK: dict[str, tuple[str, list[Row]]] = {
    # a level "a month earlier", "a day earlier", "a week earlier" after a month or a day: the
    # month or the day that many before it, as "a year earlier" counts years
    "month-earlier-compared": (
        "Poland's industrial output grew 5.1 percent in April, compared with 4.2 percent a month "
        "earlier.",
        [
            ("5.1 percent", "change", "increase", None, "industrial output", "Poland", "2025-04"),
            ("4.2 percent", "level", "none", None, "industrial output", "Poland", "2025-03"),
        ],
    ),
    "month-earlier-from": (
        "Poland's inflation rose to 4.3 percent in April from 4.9 percent a month earlier.",
        [
            ("4.3 percent", "level", "none", None, "inflation", "Poland", "2025-04"),
            ("4.9 percent", "level", "none", None, "inflation", "Poland", "2025-03"),
        ],
    ),
    "day-earlier": (
        "Brent crude settled at $82.10 a barrel on Tuesday, compared with $80.90 a day earlier.",
        [
            ("$82.10 a barrel", "level", "none", None, "Brent crude", None, "2025-05-13"),
            ("$80.90", "level", "none", None, "Brent crude", None, "2025-05-12"),
        ],
    ),
    "week-earlier": (
        "Brent crude settled at $82.10 a barrel on Tuesday, up from $80.90 a week earlier.",
        [
            ("$82.10 a barrel", "level", "none", None, "Brent crude", None, "2025-05-13"),
            ("$80.90", "level", "none", None, "Brent crude", None, "2025-05-06"),
        ],
    ),
    # near-miss: a change "from a month earlier" has it as its basis, no month back
    "change-from-a-month-earlier": (
        "In April, Poland's industrial output grew 5.1 percent from a month earlier.",
        [
            (
                "5.1 percent", "change", "increase", "month_on_month", "industrial output",
                "Poland", "2025-04",
            )
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STEP_BACK.values(), ids=STEP_BACK.keys())
def test_facts_a_level_a_month_or_a_day_earlier_steps_back(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-05-14") == expected


MEETING_DAY: dict[str, tuple[str, list[Row]]] = {
    # a rate expected at a meeting the sentence dates ahead ("which meets on Thursday", "meet
    # next week"): the meeting's day or days (a weekday: the next such day)
    "meets-on-weekday": (
        "The European Central Bank, which meets on Thursday, is expected to keep its deposit "
        "rate at 4 per cent.",
        [
            (
                "4 per cent", "target", "none", None, "deposit rate", "European Central Bank",
                "2024-03-21",
            )
        ],
    ),
    "meet-next-week": (
        "Bank of Canada policymakers meet next week and are expected to cut their policy rate to "
        "4.75 per cent.",
        [
            (
                "4.75 per cent", "target", "none", None, "policy rate", "Bank of Canada",
                "2024-03-25/2024-03-31",
            )
        ],
    ),
    # near-miss: a meeting that has been held dates its decision as any date does
    "met-last-week": (
        "Bank of Canada policymakers met last week and kept their policy rate at 5 per cent.",
        [
            (
                "5 per cent", "level", "none", None, "policy rate", "Bank of Canada",
                "2024-03-11/2024-03-17",
            )
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MEETING_DAY.values(), ids=MEETING_DAY.keys())
def test_facts_a_rate_expected_at_a_meeting_ahead_takes_its_day(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-03-19") == expected


YEAR_AGO_PERIOD: dict[str, tuple[str, list[Row]]] = {
    # "in the year-ago quarter", "the year-earlier period": the period in view a year back
    "year-ago-quarter": (
        "Orla Telecom's revenue was €2.1 billion in the first quarter, compared with €1.9 "
        "billion in the year-ago quarter.",
        [
            ("€2.1 billion", "level", "none", None, "revenue", "Orla Telecom", "2025-Q1"),
            ("€1.9 billion", "level", "none", None, "revenue", "Orla Telecom", "2024-Q1"),
        ],
    ),
    "year-earlier-period": (
        "Orla Telecom's net profit rose to €300 million in the first quarter from €250 million "
        "in the year-earlier period.",
        [
            ("€300 million", "level", "none", None, "net profit", "Orla Telecom", "2025-Q1"),
            ("€250 million", "level", "none", None, "net profit", "Orla Telecom", "2024-Q1"),
        ],
    ),
    # a change from it has it as its basis
    "change-from-year-ago-quarter": (
        "Orla Telecom's revenue rose 9% from the year-ago quarter to €2.1 billion in the first "
        "quarter.",
        [
            ("9%", "change", "increase", "year_on_year", "revenue", "Orla Telecom", "2025-Q1"),
            ("€2.1 billion", "level", "none", None, "revenue", "Orla Telecom", "2025-Q1"),
        ],
    ),
    # near-miss: the previous quarter is a quarter back, not a year
    "previous-quarter": (
        "Orla Telecom's revenue was €2.1 billion in the first quarter, compared with €1.9 "
        "billion in the previous quarter.",
        [
            ("€2.1 billion", "level", "none", None, "revenue", "Orla Telecom", "2025-Q1"),
            ("€1.9 billion", "level", "none", None, "revenue", "Orla Telecom", "2024-Q4"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), YEAR_AGO_PERIOD.values(), ids=YEAR_AGO_PERIOD.keys())
def test_facts_the_year_ago_period_is_a_year_back(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-05-14") == expected


SINCE_THEN: dict[str, tuple[str, list[Row]]] = {
    # "Since then" before a value: from the date the sentence before names to the article's
    "since-then-month": (
        "Poland's banking system slipped into a liquidity deficit in late January. Since then "
        "the central bank has injected over 90 billion zlotys through repo operations.",
        [
            (
                "over 90 billion zlotys", "level", "none", None, "repo operations", "Poland",
                "2024-01/2024-02",
            )
        ],
    ),
    "since-then-year": (
        "Orla Telecom listed its shares in 2021. Since then, the stock has fallen 40%.",
        [("40%", "change", "decrease", None, "stock", "Orla Telecom", "2021/2024")],
    ),
    # near-miss: without "since then" a stock move is of the day
    "no-since-then": (
        "Orla Telecom listed its shares in 2021. The stock has fallen 40%.",
        [("40%", "change", "decrease", None, "stock", "Orla Telecom", "2024-02-08")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SINCE_THEN.values(), ids=SINCE_THEN.keys())
def test_facts_since_then_runs_from_the_date_before(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-08") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date after "from a 2.6% pace" is the starting level's: the forecast beaten is of
        # the quarter reported
        (
            "Canada's GDP grew at a 1.8% rate in the fourth quarter. Growth slowed from a 2.6% "
            "pace in the third quarter but beat economists' forecast of 1.2%.",
            ["2023-Q4", "2023-Q3", "2023-Q4"],
        ),
        # near-miss: "to a 2.6% pace in the third quarter" is a level reached, dated by it
        (
            "Canada's GDP grew at a 1.8% rate in the fourth quarter. Growth picked up to a 2.6% "
            "pace in the third quarter and beat economists' forecast of 1.2%.",
            ["2023-Q4", "2023-Q3", "2023-Q3"],
        ),
    ],
)
def test_facts_the_date_of_a_starting_pace_is_its_own(
    nlp: Language, text: str, expected: list[str | None]
) -> None:
    assert [f[6] for f in facts(nlp, text, date="2024-02-29")] == expected


# A compound adjective comparing a figure with a forecast ("a stronger-than-expected 0.4%") is
# no forecast; a change verb in the present tense of a headline ("exports surge 14%") is a verb,
# but the same word as a noun ending its phrase ("a 23% profit surge, pledges") governs nothing.
THAN_EXPECTED_AND_HEADLINE_VERBS: dict[str, tuple[str, list[Row]]] = {
    "stronger-than-expected": (
        "Orla Telecom's quarterly profit rose a stronger-than-expected 9% in the first quarter.",
        [("9%", "change", "increase", None, "quarterly profit", "Orla Telecom", "2025-Q1")],
    ),
    "bigger-than-forecast": (
        "Freight volumes fell a bigger-than-forecast 4.5% in March.",
        [("4.5%", "change", "decrease", None, "Freight volumes", None, "2025-03")],
    ),
    # near-miss: a forecast of a better-than-expected rise is a forecast
    "forecast-of-a-compared-rise": (
        "Halden Bank expects profit to rise a better than expected 6% next year.",
        [("6%", "target", "increase", None, "profit", "Halden Bank", "2026")],
    ),
    "headline-surge": (
        "Dairy exports surge 14% in first half.",
        [("14%", "change", "increase", None, "Dairy exports", None, "2025-H1")],
    ),
    "headline-plunge": (
        "Copper output plunge 8% in March.",
        [("8%", "change", "decrease", None, "Copper output", None, "2025-03")],
    ),
    "rebounded": (
        "Kestrel Foods said its net profit rebounded 12% in the quarter.",
        [("12%", "change", "increase", None, "net profit", "Kestrel Foods", None)],
    ),
    # near-miss: the noun "surge" before a comma is no verb of the pledge after it
    "noun-surge-before-a-comma": (
        "Kestrel Foods posts 23% profit surge, pledges investment of $2 billion.",
        [
            ("23%", "change", "increase", None, "profit", "Kestrel Foods", None),
            ("$2 billion", "target", "none", None, "investment", "Kestrel Foods", None),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    THAN_EXPECTED_AND_HEADLINE_VERBS.values(),
    ids=THAN_EXPECTED_AND_HEADLINE_VERBS.keys(),
)
def test_facts_than_expected_adjectives_and_headline_verbs(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-04-01") == expected


# A hyphenated compound is one word of a metric, even when its first word is a function or
# direction word ("down-payment", "all-in"); "per capita" is a modifier, no preposition.
COMPOUND_MODIFIERS: dict[str, tuple[str, list[Row]]] = {
    "down-payment": (
        "Shenzhen cut the down-payment ratio for first-time buyers to 15% from 20%.",
        [
            ("15%", "level", "none", None, "down-payment ratio", "Shenzhen", None),
            ("20%", "level", "none", None, "down-payment ratio", "Shenzhen", None),
        ],
    ),
    "all-in": (
        "Veldt Mining said its all-in sustaining cost rose to $1,651 an ounce in the first "
        "quarter.",
        [
            ("$1,651 an ounce", "level", "none", None, "all-in sustaining cost", "Veldt Mining",
             "2025-Q1"),
        ],
    ),
    "the-per-capita": (
        "In Meitan County, the per capita net income of rural residents rose 9.2 percent to "
        "16,250 yuan in 2023.",
        [
            ("9.2 percent", "change", "increase", None,
             "per capita net income of rural residents", "Meitan County", "2023"),
            ("16,250 yuan", "level", "none", None, "per capita net income of rural residents",
             "Meitan County", "2023"),
        ],
    ),
    # near-miss: "per" of a unit stays after the quantity; a compound after the value is none
    "cost-per-ounce": (
        "Veldt Mining's cost per ounce rose 4% in the first quarter.",
        [("4%", "change", "increase", None, "cost per ounce", "Veldt Mining", "2025-Q1")],
    ),
    "sell-off-after": (
        "Shares of Veldt Mining slid 3% in a broad sell-off on Tuesday.",
        [("3%", "change", "decrease", None, "Shares", "Veldt Mining", "2025-04-01")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), COMPOUND_MODIFIERS.values(), ids=COMPOUND_MODIFIERS.keys()
)
def test_facts_hyphenated_and_per_capita_modifiers(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-04-01") == expected


# Budget execution: a percentage "of the full-year budget" or "of this year's target" is a share
# of a plan the date qualifies; the plan's year is not the period of the part done.
SHARE_OF_A_DATED_PLAN: dict[str, tuple[str, list[Row]]] = {
    "full-year-budget": (
        "Spending on the program reached 40 billion rupees in the first half, or 62% of the "
        "full-year budget.",
        [
            ("40 billion rupees", "level", "none", None, "Spending on the program", None,
             "2025-H1"),
            ("62%", "share", "none", None, "Spending on the program", None, "2025-H1"),
        ],
    ),
    "this-years-target": (
        "Tax revenue reached 420 trillion rupiah in the first quarter, or 19.4% of this year's "
        "target.",
        [
            ("420 trillion rupiah", "level", "none", None, "Tax revenue", None, "2025-Q1"),
            ("19.4%", "share", "none", None, "Tax revenue", None, "2025-Q1"),
        ],
    ),
    # near-miss: a percentage of a dated level is a ratio to a benchmark, no share
    "of-the-2019-level": (
        "Visitor arrivals recovered to 85% of the 2019 level in March.",
        [("85%", "level", "none", None, "Visitor arrivals", None, "2025-03")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), SHARE_OF_A_DATED_PLAN.values(), ids=SHARE_OF_A_DATED_PLAN.keys()
)
def test_facts_share_of_a_dated_plan(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-04-01") == expected


def test_facts_press_release_heading_quarter_dates_its_bullets(nlp: Language) -> None:
    # "Third Quarter 2025" (no "of") is one date: the headline's period, which the bullets keep
    text = (
        "Nordvale Logistics Reports Third Quarter 2025 Results\n\n"
        "OSLO, Oct. 30, 2025 /PRNewswire/ -- Nordvale Logistics ASA today announced financial "
        "results for the third quarter ended September 30, 2025.\n\n"
        "Third Quarter 2025 Highlights:\n"
        "- Revenue increased 14.2% to NOK 3.1 billion.\n"
        "- Net income of NOK 201 million."
    )
    assert facts(nlp, text, date="2025-10-30") == [
        ("14.2%", "change", "increase", None, "Revenue", "Nordvale Logistics ASA", "2025-Q3"),
        ("NOK 3.1 billion", "level", "none", None, "Revenue", "Nordvale Logistics ASA", "2025-Q3"),
        (
            "NOK 201 million",
            "level",
            "none",
            None,
            "Net income",
            "Nordvale Logistics ASA",
            "2025-Q3",
        ),
    ]


# "representing a margin of 19.7%": the noun after the verb names what the value is (a margin
# is a level, a discount a change); "represented a share of" names a share.
SHARE_VERB_OF_A_NOUN: dict[str, tuple[str, list[Row]]] = {
    "margin": (
        "Orla Telecom's EBITDA was 612 million euros, representing a margin of 19.7%.",
        [
            ("612 million euros", "level", "none", None, "EBITDA", "Orla Telecom", None),
            ("19.7%", "level", "none", None, "margin", "Orla Telecom", None),
        ],
    ),
    "discount": (
        "Kestrel Foods sold the shares at $48 each, representing a discount of 6.5%.",
        [
            ("$48", "level", "none", None, "shares", "Kestrel Foods", "2025-04-01"),
            ("6.5%", "change", "decrease", None, "discount", "Kestrel Foods", "2025-04-01"),
        ],
    ),
    # near-miss: the verb with the percentage right after it is a share
    "represented-percent": (
        "Services represented 54.3% of Nantong's GDP in 2024.",
        [("54.3%", "share", "none", None, "Services", "Nantong", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SHARE_VERB_OF_A_NOUN.values(), ids=SHARE_VERB_OF_A_NOUN.keys()
)
def test_facts_share_verb_before_a_noun_of_the_value(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-04-01") == expected


# A fiscal year to date named by its months runs over New Year ("April-January" in India's
# budget news, "July-March" in Australia's): the latest such span ended by the article's date.
FISCAL_MONTHS_OVER_NEW_YEAR: dict[str, tuple[str, str | None]] = {
    "april-january": (
        "India's fiscal deficit for April-January stood at 11.70 trillion rupees.",
        "2024-04/2025-01",
    ),
    "july-march": (
        "Australia's budget deficit in the July-March period was A$2.3 billion.",
        "2023-07/2024-03",
    ),
    # near-miss: months within one year keep their year
    "april-december": (
        "India's fiscal deficit in April-December was 9.14 trillion rupees.",
        "2024-04/2024-12",
    ),
}


@pytest.mark.parametrize(
    ("text", "period"),
    FISCAL_MONTHS_OVER_NEW_YEAR.values(),
    ids=FISCAL_MONTHS_OVER_NEW_YEAR.keys(),
)
def test_facts_fiscal_months_over_new_year(nlp: Language, text: str, period: str | None) -> None:
    assert [f[6] for f in facts(nlp, text, date="2025-02-28")] == [period]


# A plural that is also a verb ("advances", "values") right before a verb of change is the
# noun the change is of.
NOUN_BEFORE_ITS_VERB: dict[str, tuple[str, list[Row]]] = {
    "gross-advances": (
        "Halden Bank said gross advances grew 3% year-on-year to 25.42 trillion rupees in the "
        "quarter.",
        [
            ("3%", "change", "increase", "year_on_year", "gross advances", "Halden Bank", None),
            ("25.42 trillion rupees", "level", "none", None, "gross advances", "Halden Bank",
             None),
        ],
    ),
    "home-values": (
        "Median home values rose 0.4% in March.",
        [("0.4%", "change", "increase", None, "Median home values", None, "2025-03")],
    ),
    # near-miss: the same word before the value is the verb
    "advances-as-verb": (
        "Orla Telecom's stock advances 3% on Tuesday.",
        [("3%", "change", "increase", None, "stock", "Orla Telecom", "2025-04-01")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), NOUN_BEFORE_ITS_VERB.values(), ids=NOUN_BEFORE_ITS_VERB.keys()
)
def test_facts_plural_noun_before_its_verb(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-04-01") == expected


# A commodity's name before "sector" or "industry" names a part of an economy, which the place
# owns; the commodity alone is a market quote, no one's.
COMMODITY_SECTOR: dict[str, tuple[str, list[Row]]] = {
    "oil-sector": (
        "Nigeria's oil sector grew 1.48% in the fourth quarter.",
        [("1.48%", "change", "increase", None, "oil sector", "Nigeria", "2024-Q4")],
    ),
    "non-oil-sector": (
        "Nigeria's non-oil sector expanded 3.4% in the fourth quarter.",
        [("3.4%", "change", "increase", None, "non-oil sector", "Nigeria", "2024-Q4")],
    ),
    # near-miss: the commodity's price is a quote
    "crude-quote": (
        "Brent crude fell 1.2% to $74.30 a barrel on Tuesday.",
        [
            ("1.2%", "change", "decrease", None, "Brent crude", None, "2025-04-01"),
            ("$74.30 a barrel", "level", "none", None, "Brent crude", None, "2025-04-01"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), COMMODITY_SECTOR.values(), ids=COMMODITY_SECTOR.keys()
)
def test_facts_commodity_sector_is_the_places(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-04-01") == expected


# Chinese county news: the headline's province before a lower-case designator of another kind
# ("Jiangxi county signs projects") and the province that locates the county in the lede ("Yudu
# County in east China's Jiangxi Province") only locate; the county is the story's subject.
COUNTY_STORY = (
    "Jiangxi county signs new projects\n\n"
    "NANCHANG, May 9, 2024 (Xinhua) -- Yudu County in east China's Jiangxi Province signed 28 "
    "projects with a total investment of 16.8 billion yuan on Thursday.\n\n"
    "Among them, a battery materials project will invest 3.5 billion yuan."
)
# near-miss: the province's own story keeps the province
PROVINCE_STORY = (
    "Jiangxi's trade grows\n\n"
    "NANCHANG, Jan 20, 2024 (Xinhua) -- Foreign trade of east China's Jiangxi Province rose "
    "5.2 percent in 2023, the provincial customs said."
)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [(COUNTY_STORY, ["Yudu County", "Yudu County"]), (PROVINCE_STORY, ["Jiangxi Province"])],
    ids=["county-story", "province-story"],
)
def test_facts_a_province_that_locates_a_county(
    nlp: Language, text: str, subjects: list[str]
) -> None:
    assert [f[5] for f in facts(nlp, text, date="2024-05-09")] == subjects


# A participle that opens a clause of result after a comma ("..., generating tourism revenue
# of", "..., bringing total revenue to") is no word of the metric that is its object.
RESULT_PARTICIPLE: dict[str, tuple[str, list[Row]]] = {
    "generating": (
        "Hainan received 8.4 million tourist visits in 2024, generating tourism revenue of 13.9 "
        "billion yuan.",
        [("13.9 billion yuan", "level", "none", None, "tourism revenue", "Hainan", "2024")],
    ),
    "bringing": (
        "Orla Telecom sold 2 million handsets in 2024, bringing total revenue to 5 billion euros.",
        [("5 billion euros", "level", "none", None, "total revenue", "Orla Telecom", "2024")],
    ),
    # near-miss: the same word inside a noun phrase stays ("generating capacity")
    "generating-capacity": (
        "Hainan's installed generating capacity rose 5% in 2024.",
        [("5%", "change", "increase", None, "installed generating capacity", "Hainan", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RESULT_PARTICIPLE.values(), ids=RESULT_PARTICIPLE.keys()
)
def test_facts_result_participle_opens_no_metric(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-04-01") == expected


# "from the previous three months" compares a quarter with the one before (a basis, Reuters'
# form for quarterly GDP); it is no undated span that takes the value's period away.
PREVIOUS_THREE_MONTHS: dict[str, tuple[str, list[Row]]] = {
    "opening-quarter": (
        "In the fourth quarter, Brazil's gross domestic product expanded 0.2% from the previous "
        "three months.",
        [("0.2%", "change", "increase", "quarter_on_quarter", "gross domestic product", "Brazil",
          "2024-Q4")],
    ),
    "preceding": (
        "Brazil's industrial output rose 1.1% from the preceding three months in the fourth "
        "quarter.",
        [("1.1%", "change", "increase", "quarter_on_quarter", "industrial output", "Brazil",
          "2024-Q4")],
    ),
    # near-miss: a move over the past three months is an undated span, no basis
    "past-three-months": (
        "Brazil's stock index has gained 12% over the past three months.",
        [("12%", "change", "increase", None, "stock index", None, None)],
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), PREVIOUS_THREE_MONTHS.values(), ids=PREVIOUS_THREE_MONTHS.keys()
)
def test_facts_from_the_previous_three_months(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# Airline statistics: a passenger yield is a fare, no bond yield quoted on a day; a load factor
# is a ratio of the period. An apposition (", a measure of how full planes are,") told in the
# present does not make the figure a standing one.
AIRLINE_STATISTICS: dict[str, tuple[str, list[Row]]] = {
    "yield-and-load-factor": (
        "Orla Air reported first-half profit of 3.6 billion euros. Passenger yield fell 17.7% to "
        "6.4 cents, and the load factor rose 2.1 percentage points to 84.2%.",
        [
            ("3.6 billion euros", "level", "none", None, "profit", "Orla Air", "2024-H1"),
            ("17.7%", "change", "decrease", None, "Passenger yield", "Orla Air", "2024-H1"),
            ("6.4 cents", "level", "none", None, "Passenger yield", "Orla Air", "2024-H1"),
            ("2.1 percentage points", "change", "increase", None, "load factor", "Orla Air",
             "2024-H1"),
            ("84.2%", "level", "none", None, "load factor", "Orla Air", "2024-H1"),
        ],
    ),
    "apposition": (
        "Orla Air reported first-half profit of 3.6 billion euros. Passenger load factor, a "
        "measure of how full planes are, was 87.4%.",
        [
            ("3.6 billion euros", "level", "none", None, "profit", "Orla Air", "2024-H1"),
            ("87.4%", "level", "none", None, "Passenger load factor", "Orla Air", "2024-H1"),
        ],
    ),
    # near-miss: a figure told in the present itself stands now
    "present": (
        "Orla Air reported first-half profit of 3.6 billion euros. The fleet is young. Its load "
        "factor is 87.4%.",
        [
            ("3.6 billion euros", "level", "none", None, "profit", "Orla Air", "2024-H1"),
            ("87.4%", "level", "none", None, "load factor", "Orla Air", None),
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), AIRLINE_STATISTICS.values(), ids=AIRLINE_STATISTICS.keys()
)
def test_facts_airline_statistics(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-08-07") == expected


def test_facts_the_village_is_the_village_named(nlp: Language) -> None:
    # "the village's" stands for the Village the text names, not for the county around it
    text = (
        "NANNING, Nov 6, 2023 (Xinhua) -- The per capita annual income of villagers in Longji "
        "Village, Longsheng County, rose to 23,000 yuan in 2022, local authorities said.\n\n"
        "The village's tea and tourism businesses generated a combined income of 12 million yuan "
        "last year. Longsheng County allocated 150 million yuan in 2023 to support farming."
    )
    assert [(f[0], f[5]) for f in facts(nlp, text, date="2023-11-06")] == [
        ("23,000 yuan", "Longji Village"),
        ("12 million yuan", "Longji Village"),
        # near-miss: the county named in its own sentence keeps its figure
        ("150 million yuan", "Longsheng County"),
    ]


# Equity raising: the share sale, placement or repurchases an amount goes into is its metric
# ("share" before them is no share cue that cuts the phrase).
SHARE_SALES: dict[str, tuple[str, list[Row]]] = {
    "secondary-share-sale": (
        "Orla Telecom raised $11.2 billion from a secondary share sale on Tuesday.",
        [("$11.2 billion", "level", "none", None, "secondary share sale", "Orla Telecom",
          "2025-06-10")],
    ),
    "share-placement": (
        "Orla Telecom raised 500 million euros in a share placement on Tuesday.",
        [("500 million euros", "level", "none", None, "share placement", "Orla Telecom",
          "2025-06-10")],
    ),
    "share-repurchases": (
        "Orla Telecom will spend $1 billion on share repurchases this year.",
        [("$1 billion", "target", "none", None, "share repurchases", "Orla Telecom", "2025")],
    ),
    # near-miss: a market share is still a share's metric
    "market-share": (
        "Orla Telecom's market share rose to 21% in 2024.",
        [("21%", "share", "none", None, "market share", "Orla Telecom", "2024")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARE_SALES.values(), ids=SHARE_SALES.keys())
def test_facts_share_sales(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# "projects" is a verb of forecasting when its object follows ("projects growth of 2.3%"),
# and the noun of investment news otherwise ("signed 28 projects with a total investment").
PROJECTS_AS_A_VERB: dict[str, tuple[str, list[Row]]] = {
    "projects-growth": (
        "The government projects growth of 2.3% this year.",
        [("2.3%", "target", "increase", None, "growth", None, "2025")],
    ),
    "projects-a-deficit": (
        "The finance ministry projects a deficit of 3.1% of GDP in 2026.",
        [("3.1%", "target", "none", None, "deficit", None, "2026")],
    ),
    # near-miss: the noun
    "projects-noun": (
        "The county signed 28 projects with a total investment of 16.8 billion yuan in 2024.",
        [("16.8 billion yuan", "level", "none", None, "total investment", None, "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PROJECTS_AS_A_VERB.values(), ids=PROJECTS_AS_A_VERB.keys()
)
def test_facts_projects_as_a_verb(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


def test_facts_the_previous_fiscal_year_in_india(nlp: Language) -> None:
    # "the previous fiscal year" is the one before the fiscal year running (India's end in
    # March, its split form); ", and revised up" opens another statement, whose date is its own
    text = (
        "NEW DELHI, Feb 28, 2025 -- India's statistics ministry kept its estimate for growth in "
        "2024-25 at 6.5%, and revised up growth for the previous fiscal year to 9.2% from 8.2%."
    )
    assert [(f[0], f[6]) for f in facts(nlp, text, date="2025-02-28")] == [
        ("6.5%", "FY2024-25"),
        ("9.2%", "FY2023-24"),
        ("8.2%", "FY2023-24"),
    ]


# "and cut its dividend to": a revision after a dated figure is a statement of its own, which
# the figure's date does not date.
REVISION_AFTER_A_DATED_FIGURE: dict[str, tuple[str, list[Row]]] = {
    "and-cut-its-dividend": (
        "Kestrel Foods reported first-quarter revenue of 9.6 billion euros and cut its dividend "
        "to 45 cents a share.",
        [
            ("9.6 billion euros", "level", "none", None, "revenue", "Kestrel Foods", "2025-Q1"),
            ("45 cents a share", "level", "none", None, "dividend", "Kestrel Foods", None),
        ],
    ),
    # near-miss: a second figure of the same report keeps the date
    "and-net-profit": (
        "Kestrel Foods reported first-quarter revenue of 9.6 billion euros and net profit of 1.2 "
        "billion euros.",
        [
            ("9.6 billion euros", "level", "none", None, "revenue", "Kestrel Foods", "2025-Q1"),
            ("1.2 billion euros", "level", "none", None, "net profit", "Kestrel Foods", "2025-Q1"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    REVISION_AFTER_A_DATED_FIGURE.values(),
    ids=REVISION_AFTER_A_DATED_FIGURE.keys(),
)
def test_facts_revision_after_a_dated_figure(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-04-25") == expected


# "pledged 4 billion yuan for flood defences": a pledge puts the amount into what "for" names,
# as "earmarked" does; a preposition such as "along" or "throughout" ends the metric phrase.
PLEDGED_FOR: dict[str, tuple[str, list[Row]]] = {
    "pledged-for": (
        "The port authority pledged 4 billion yuan for flood defences.",
        [("4 billion yuan", "target", "none", None, "flood defences", None, None)],
    ),
    "pledges-headline": (
        "Tarvik Power pledges €900 million for substations",
        [("€900 million", "target", "none", None, "substations", None, None)],
    ),
    "for-along": (
        "The fund pledged 2 billion yuan for clean water projects along the coast.",
        [("2 billion yuan", "target", "none", None, "clean water projects", None, None)],
    ),
    "throughout": (
        "Investment in roads throughout the region reached 30 billion yuan.",
        [("30 billion yuan", "level", "none", None, "Investment in roads", None, None)],
    ),
    # near-miss: a pledge with no amount in it
    "pledged-support": (
        "The ministry pledged support for exporters, and exports rose 5%.",
        [("5%", "change", "increase", None, "exports", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PLEDGED_FOR.values(), ids=PLEDGED_FOR.keys())
def test_facts_pledged_for(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "average raises of 4.5%", "wage increases of 3.8%": a plural noun of change before "of" and
# the value names the change with its modifiers, as "GDP growth of 6.8 percent" does; a verb of
# agreement or delivery before it ("delivered", "agreed") is no part of the phrase.
RAISES_OF: dict[str, tuple[str, list[Row]]] = {
    "delivered-average-raises": (
        "This spring's wage round delivered average raises of 4.5%, the labour ministry said.",
        [("4.5%", "change", "increase", None, "average raises", None, None)],
    ),
    "agreed-wage-increases": (
        "Retailers agreed wage increases of 3.8% with the union.",
        [("3.8%", "change", "increase", None, "wage increases", None, None)],
    ),
    # near-misses: a bare "an increase of" measures the quantity its clause named; "raises"
    # with an object is the verb
    "an-increase-of": (
        "Port revenue reached 9 billion yuan, an increase of 6.1 percent.",
        [
            ("9 billion yuan", "level", "none", None, "Port revenue", None, None),
            ("6.1 percent", "change", "increase", None, "Port revenue", None, None),
        ],
    ),
    "raises-its-rate": (
        "The central bank raises its policy rate by 50 basis points.",
        [("50 basis points", "change", "increase", None, "policy rate", None, "2025-03-07")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), RAISES_OF.values(), ids=RAISES_OF.keys())
def test_facts_raises_of(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "agreed to acquire Swedish toolmaker Norrvik AB for $600 million": the price of a company
# bought or sold names the company (the object of the verb, past its description), and the
# buyer or seller is the subject.
BOUGHT_COMPANY: dict[str, tuple[str, list[Row]]] = {
    "acquire-described-company": (
        "Harbour Steel agreed to acquire Swedish toolmaker Norrvik AB for $600 million.",
        [("$600 million", "level", "none", None, "Norrvik AB", "Harbour Steel", None)],
    ),
    "sold-company": (
        "Tallis Group sold Irish packaging firm Corrib Packaging Ltd for €210 million.",
        [("€210 million", "level", "none", None, "Corrib Packaging Ltd", "Tallis Group", None)],
    ),
    # near-misses: a unit sold to a company, and an acquisition named after the price
    "unit-sold-to-company": (
        "Harbour Steel agreed to sell its rail unit to Norrvik AB for $600 million.",
        [("$600 million", "level", "none", None, "rail unit", "Harbour Steel", None)],
    ),
    "named-acquisition": (
        "Harbour Steel agreed to buy Norrvik AB for $600 million, its largest acquisition.",
        [("$600 million", "level", "none", None, "acquisition", "Harbour Steel", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BOUGHT_COMPANY.values(), ids=BOUGHT_COMPANY.keys())
def test_facts_bought_company(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "loans more than three months in arrears", "30 days or more past due": how long a debt is
# overdue names the part of the debt measured, and stays in the metric.
OVERDUE_TAIL: dict[str, tuple[str, list[Row]]] = {
    "in-arrears": (
        "Car loans more than three months in arrears fell 5% to $2 billion.",
        [
            (
                "5%",
                "change",
                "decrease",
                None,
                "Car loans more than three months in arrears",
                None,
                None,
            ),
            (
                "$2 billion",
                "level",
                "none",
                None,
                "Car loans more than three months in arrears",
                None,
                None,
            ),
        ],
    ),
    "share-past-due": (
        "The share of business loans 30 days or more past due climbed to 2.4%.",
        [("2.4%", "share", "none", None, "business loans 30 days or more past due", None, None)],
    ),
    # near-miss: a duration that says nothing of arrears
    "over-90-days": (
        "Home loans over 90 days rose 5%.",
        [("5%", "change", "increase", None, "Home loans", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), OVERDUE_TAIL.values(), ids=OVERDUE_TAIL.keys())
def test_facts_overdue_tail(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "Borrowing at three bond auctions totaled": before "auction" or "tender" a metric word only
# says what is sold, and the quantity is the phrase before it.
AUCTION_NOUN: dict[str, tuple[str, list[Row]]] = {
    "bond-auctions": (
        "Borrowing by the Treasury at three bond auctions totaled 40 billion liras.",
        [("40 billion liras", "level", "none", None, "Borrowing", "Treasury", None)],
    ),
    "from-bond-auctions": (
        "The Treasury raised 40 billion liras from bond auctions.",
        [("40 billion liras", "level", "none", None, "bond auctions", "Treasury", None)],
    ),
    # near-miss: a metric with no auction after it
    "bond-sales": (
        "Bond sales by the Treasury totaled 40 billion liras.",
        [("40 billion liras", "level", "none", None, "Bond sales", "Treasury", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), AUCTION_NOUN.values(), ids=AUCTION_NOUN.keys())
def test_facts_auction_noun(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


def test_facts_a_preposition_that_ends_the_text(nlp: Language) -> None:
    # "exports to" with nothing after "to": no part phrase to read, and no crash
    assert facts(nlp, "12% exports to") == [("12%", "level", "none", None, "exports", None, None)]


# ", generating 95 million rand in spending": an amount after a participle that opens a clause
# of result names its own quantity after "in", not the count the clause before measured.
RESULT_OBJECT: dict[str, tuple[str, list[Row]]] = {
    "generating-in-spending": (
        "Cruise arrivals totaled 80,000, generating 95 million rand in spending.",
        [("95 million rand", "level", "none", None, "spending", None, None)],
    ),
    "bringing-in-in-revenue": (
        "The mine processed 2 million tonnes of ore, bringing in 5 billion yuan in revenue.",
        [("5 billion yuan", "level", "none", None, "revenue", None, None)],
    ),
    # near-miss: with no quantity of its own, the amount is the clause's before
    "adding-no-noun": (
        "Exports of cars rose sharply last year, adding 3 billion euros.",
        [("3 billion euros", "level", "none", None, "Exports of cars", None, "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), RESULT_OBJECT.values(), ids=RESULT_OBJECT.keys())
def test_facts_result_object(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "including 3.5 billion yuan for the third phase of a metro line": a part of an outlay after
# "including" goes to what "for" names, with the ordinal and the "of" phrase that say which part.
PART_OF_AN_OUTLAY: dict[str, tuple[str, list[Row]]] = {
    "including-for": (
        "The city will spend 40 billion yuan on 300 key projects, including 3.5 billion yuan "
        "for the third phase of a metro line.",
        [
            ("40 billion yuan", "target", "none", None, "key projects", None, None),
            ("3.5 billion yuan", "target", "none", None, "third phase of a metro line", None, None),
        ],
    ),
    "earmarked-for-the-upgrade-of": (
        "The province earmarked 500 million yuan for the upgrade of rural roads.",
        [("500 million yuan", "target", "none", None, "upgrade of rural roads", None, None)],
    ),
    # near-misses: an "of" with a place after it is no part; "to 1,200 farms" counts them
    "for-the-port-of-a-place": (
        "The province earmarked 500 million yuan for the port of Lianyungang.",
        [("500 million yuan", "target", "none", None, "port", "Lianyungang", None)],
    ),
    "to-counted-farms": (
        "About 40 percent will go to 1,200 farms in the north.",
        [("About 40 percent", "target", "none", None, "farms in the north", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PART_OF_AN_OUTLAY.values(), ids=PART_OF_AN_OUTLAY.keys()
)
def test_facts_part_of_an_outlay(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "can receive up to 200,000 yuan each for new equipment": what an amount received is for, as
# what an amount paid is for, past "each".
RECEIVED_FOR: dict[str, tuple[str, list[Row]]] = {
    "receive-each-for": (
        "Small exporters can receive up to 200,000 yuan each for new equipment.",
        [("up to 200,000 yuan", "level", "none", None, "new equipment", None, None)],
    ),
    "received-for": (
        "Qualified firms received 3 million yuan for digital upgrades.",
        [("3 million yuan", "level", "none", None, "digital upgrades", None, None)],
    ),
    # near-miss: with no "for", the recipient is what the amount measures
    "received-no-for": (
        "Tourism projects received about 4.3 billion yuan.",
        [("about 4.3 billion yuan", "level", "none", None, "Tourism projects", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), RECEIVED_FOR.values(), ids=RECEIVED_FOR.keys())
def test_facts_received_for(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "stood at a record 48 billion euros": "at a" before a word of a record gives a level reached,
# not a rate of change.
AT_A_RECORD: dict[str, tuple[str, list[Row]]] = {
    "stood-at-a-record": (
        "The order backlog stood at a record 48 billion euros.",
        [("48 billion euros", "level", "none", None, "order backlog", None, None)],
    ),
    "at-a-fresh-high-of": (
        "Unemployment stood at a fresh high of 4.9% in February.",
        [("4.9%", "level", "none", None, "Unemployment", None, "2025-02")],
    ),
    # near-misses: a rate of change, and a record pace of change
    "at-an-annualized-rate": (
        "The economy grew at a 3.3% annualized rate.",
        [("3.3%", "change", "increase", None, "economy", None, None)],
    ),
    "at-a-record-pace": (
        "Output rose at a record pace of 9%.",
        [("9%", "change", "increase", None, "Output", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), AT_A_RECORD.values(), ids=AT_A_RECORD.keys())
def test_facts_at_a_record(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "assets under management", "funds under management": one name of a fund manager's balance,
# whose "under" does not end the phrase.
UNDER_MANAGEMENT: dict[str, tuple[str, list[Row]]] = {
    "assets-under-management": (
        "The firm's assets under management rose to a record $1.2 trillion.",
        [("$1.2 trillion", "level", "none", None, "assets under management", None, None)],
    ),
    "funds-under-management": (
        "Northgate Capital said funds under management rose 6% to A$310 billion.",
        [
            ("6%", "change", "increase", None, "funds under management", "Northgate Capital", None),
            (
                "A$310 billion",
                "level",
                "none",
                None,
                "funds under management",
                "Northgate Capital",
                None,
            ),
        ],
    ),
    # near-miss: assets alone
    "bank-assets": (
        "Bank assets rose 4% to 3 trillion rupees.",
        [
            ("4%", "change", "increase", None, "Bank assets", None, None),
            ("3 trillion rupees", "level", "none", None, "Bank assets", None, None),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), UNDER_MANAGEMENT.values(), ids=UNDER_MANAGEMENT.keys()
)
def test_facts_under_management(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "the cap of 15 percent on corporate income tax": a limit set on a quantity measures what "on"
# names, even after another metric word in the clause.
LIMIT_ON: dict[str, tuple[str, list[Row]]] = {
    "cap-on-after-a-metric": (
        "Tariffs and the cap of 15 percent on rent increases have drawn investors.",
        [("15 percent", "level", "none", None, "rent increases", None, None)],
    ),
    "ceiling-on": (
        "Duty-free rules and a ceiling of 10% on corporate income tax have drawn investors.",
        [("10%", "level", "none", None, "corporate income tax", None, None)],
    ),
    # near-miss: a cap with no "on" is the noun itself
    "cap-without-on": (
        "The regulator kept the cap of 8% set last year.",
        [("8%", "level", "none", None, "cap", None, "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), LIMIT_ON.values(), ids=LIMIT_ON.keys())
def test_facts_limit_on(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "earned about 380 million yuan from guesthouses": what an amount is earned from names it, as
# what it is raised from; with no source after it, the verb's sentence keeps its metric.
EARNED_FROM: dict[str, tuple[str, list[Row]]] = {
    "earned-from": (
        "Villages around the lake earned about 380 million yuan from guesthouses and farm tours.",
        [
            (
                "about 380 million yuan",
                "level",
                "none",
                None,
                "guesthouses and farm tours",
                None,
                None,
            )
        ],
    ),
    "earning-a-month-from": (
        "Farmers are earning 2,000 rupees a month from dairy cooperatives.",
        [("2,000 rupees a month", "level", "none", None, "dairy cooperatives", None, None)],
    ),
    # near-miss: "in revenue" names the quantity earned
    "earned-in-revenue": (
        "The company earned $2 billion in revenue last year.",
        [("$2 billion", "level", "none", None, "revenue", None, "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), EARNED_FROM.values(), ids=EARNED_FROM.keys())
def test_facts_earned_from(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# An insurer's ratios: "combined ratio", "loss ratio", "expense ratio" are names of their own.
INSURER_RATIOS: dict[str, tuple[str, list[Row]]] = {
    "combined-ratio": (
        "The insurer's combined ratio improved to 94.1% from 96.3%.",
        [
            ("94.1%", "level", "none", None, "combined ratio", None, None),
            ("96.3%", "level", "none", None, "combined ratio", None, None),
        ],
    ),
    "loss-ratio": (
        "The loss ratio fell to 61.5%.",
        [("61.5%", "level", "none", None, "loss ratio", None, None)],
    ),
    # near-miss: a ratio with no name of its own
    "a-ratio": (
        "The ratio fell to 61.5%.",
        [("61.5%", "level", "none", None, "ratio", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), INSURER_RATIOS.values(), ids=INSURER_RATIOS.keys())
def test_facts_insurer_ratios(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "The value of mergers and acquisitions in Asia fell 20%": a capitalized name after "in" places
# the quantity the statement opens with, though no gazetteer knows it; it is no metric.
PLACE_ADJUNCT: dict[str, tuple[str, list[Row]]] = {
    "value-of-in-a-region": (
        "The value of mergers and acquisitions in Asia fell 20% to $410 billion.",
        [
            ("20%", "change", "decrease", None, "value of mergers and acquisitions", None, None),
            (
                "$410 billion",
                "level",
                "none",
                None,
                "value of mergers and acquisitions",
                None,
                None,
            ),
        ],
    ),
    "number-of-in-a-city": (
        "The number of tourists in Bangalore rose 9%.",
        [("9%", "change", "increase", None, "number of tourists", None, None)],
    ),
    # near-miss: a known place is the subject, the phrase before it the metric
    "known-place": (
        "Demand for steel in India rose 9%.",
        [("9%", "change", "increase", None, "Demand", "India", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PLACE_ADJUNCT.values(), ids=PLACE_ADJUNCT.keys())
def test_facts_place_adjunct(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "on course to", "on pace for": a projection, as "on track to" is.
ON_COURSE: dict[str, tuple[str, list[Row]]] = {
    "on-course-to": (
        "Exports are on course to top $400 billion this year.",
        [("$400 billion", "target", "none", None, "Exports", None, "2025")],
    ),
    "on-course-for-growth": (
        "The economy is on course for growth of about 2% this year.",
        [("about 2%", "target", "increase", None, "growth", None, "2025")],
    ),
    # near-miss: a ship on course
    "stayed-on-course": (
        "The ship stayed on course, and its cargo was worth $40 million.",
        [("$40 million", "level", "none", None, "cargo", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ON_COURSE.values(), ids=ON_COURSE.keys())
def test_facts_on_course(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "logged record sales of 2.3 billion euros": "record" ranks the figure and names no part of the
# quantity, so it stays out of the metric.
RECORD_MODIFIER: dict[str, tuple[str, list[Row]]] = {
    "record-sales-of": (
        "Vantor logged record sales of 2.3 billion euros.",
        [("2.3 billion euros", "level", "none", None, "sales", None, None)],
    ),
    "record-exports": (
        "Record exports of $300 billion were reported.",
        [("$300 billion", "level", "none", None, "exports", None, None)],
    ),
    # near-miss: a modifier that names a part stays
    "retail-sales": (
        "Vantor logged retail sales of 2.3 billion euros.",
        [("2.3 billion euros", "level", "none", None, "retail sales", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), RECORD_MODIFIER.values(), ids=RECORD_MODIFIER.keys())
def test_facts_record_modifier(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "outpacing the national figure by 0.8 percentage points": the gap "by" which a quantity beats a
# benchmark is a change of the quantity measured before it, not of the benchmark.
BENCHMARK_GAP: dict[str, tuple[str, list[Row]]] = {
    "beating-the-national-level-by": (
        "Anhui's exports rose 9 percent in 2024, beating the national level by 3 percentage points.",
        [
            ("9 percent", "change", "increase", None, "exports", "Anhui", "2024"),
            ("3 percentage points", "change", "increase", None, "exports", "Anhui", "2024"),
        ],
    ),
    # near-miss: a verb that moves another quantity by an amount
    "lifting-the-surplus-by": (
        "Anhui's exports rose 9 percent in 2024, lifting the trade surplus by 3 billion yuan.",
        [
            ("9 percent", "change", "increase", None, "exports", "Anhui", "2024"),
            ("3 billion yuan", "change", "increase", None, "trade surplus", "Anhui", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BENCHMARK_GAP.values(), ids=BENCHMARK_GAP.keys())
def test_facts_benchmark_gap(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# Headlines tell growth in the present: "GDP growth slows to 4.6%" names the growth rate as
# "GDP growth slowed to 4.6%" does (a change, metric "GDP growth"), not the level of "GDP".
GROWTH_IN_THE_PRESENT: dict[str, tuple[str, list[Row]]] = {
    "slows-to": (
        "Malaysia's GDP growth slows to 4.6%",
        [("4.6%", "change", "increase", None, "GDP growth", "Malaysia", None)],
    ),
    "picks-up-to": (
        "Export growth picks up to 4.6%",
        [("4.6%", "change", "increase", None, "Export growth", None, None)],
    ),
    "hits": (
        "Loan growth hits 9%",
        [("9%", "change", "increase", None, "Loan growth", None, None)],
    ),
    # near-miss: a level with no growth word
    "gdp-reaches": (
        "Malaysia's GDP reaches $430 billion",
        [("$430 billion", "level", "none", None, "GDP", "Malaysia", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), GROWTH_IN_THE_PRESENT.values(), ids=GROWTH_IN_THE_PRESENT.keys()
)
def test_facts_growth_in_the_present(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


# "wants to", "is looking to": a goal, as "aims to" and "seeks to" are.
WANTS_TO: dict[str, tuple[str, list[Row]]] = {
    "wants-to-lift-a-share": (
        "The ministry wants to lift the share of renewables to 40% by 2030.",
        [("40%", "target", "none", None, "renewables", None, "2030")],
    ),
    "is-looking-to-raise": (
        "The bank is looking to raise 5 billion rupees through bonds.",
        [("5 billion rupees", "target", "none", None, "bonds", None, None)],
    ),
    # near-miss: a clause of its own after the wish
    "wanted-to-sell-and-fell": (
        "Investors wanted to sell, and shares fell 5%.",
        [("5%", "change", "decrease", None, "shares", None, "2025-03-07")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), WANTS_TO.values(), ids=WANTS_TO.keys())
def test_facts_wants_to(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a growth rate reached: the pace moved, the economy still grew by it
        ("Kenya's GDP growth eased to 4.6% in the third quarter.", [("4.6%", "increase")]),
        ("Kenya's GDP growth slowed to 4.6% in the third quarter.", [("4.6%", "increase")]),
        # near-miss: the change of the pace itself goes its own way
        (
            "Kenya's GDP growth eased 0.3 percentage point to 4.6% in the third quarter.",
            [("0.3 percentage point", "decrease"), ("4.6%", "increase")],
        ),
    ],
)
def test_facts_a_growth_rate_reached_is_an_increase(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[2]) for row in facts(nlp, text, date="2025-10-24")] == expected


# "The province's GDP" after "Anfu county in Jiangxi province": the place the text writes with
# a lower-case "province" is the province; a headline's "Jiangxi county" names no province.
PROVINCE_BY_ITS_DESIGNATOR: dict[str, tuple[str, list[Row]]] = {
    "the-province-after-a-county": (
        "Anfu county in Jiangxi province posted industrial output of 12 billion yuan in 2023.\n\n"
        "The province's GDP grew 4.1 percent to 3.22 trillion yuan in 2023.",
        [
            ("12 billion yuan", "level", "none", None, "industrial output", "Anfu", "2023"),
            ("4.1 percent", "change", "increase", None, "GDP", "Jiangxi", "2023"),
            ("3.22 trillion yuan", "level", "none", None, "GDP", "Jiangxi", "2023"),
        ],
    ),
    # near-miss: the headline's "Jiangxi county" is a county in Jiangxi, "the county" is Anfu
    "headline-county-in-a-province": (
        "Fruit sales boom in Jiangxi county\n\n"
        "Anfu County in Jiangxi Province posted industrial output of 12 billion yuan in 2023.\n\n"
        "The county's retail sales rose 6 percent in 2023.",
        [
            ("12 billion yuan", "level", "none", None, "industrial output", "Anfu County", "2023"),
            ("6 percent", "change", "increase", None, "retail sales", "Anfu County", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    PROVINCE_BY_ITS_DESIGNATOR.values(),
    ids=PROVINCE_BY_ITS_DESIGNATOR.keys(),
)
def test_facts_province_by_its_designator(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-20") == expected


# "The regulator fined drugmaker Pellwood Pharma 12.5 million pounds": the one fined owns the
# fine, named or called "the company"; the regulator owns what it spends itself.
FINED_OWNS_THE_FINE: dict[str, tuple[str, list[Row]]] = {
    "fined-a-named-company": (
        "Britain's Competition and Markets Authority fined drugmaker Pellwood Pharma 12.5 million "
        "pounds on Tuesday for overcharging hospitals.",
        [("12.5 million pounds", "level", "none", None, "fined", "Pellwood Pharma", "2024-05-14")],
    ),
    "fined-passive": (
        "Pellwood Pharma was fined 12.5 million pounds by the Competition and Markets Authority "
        "on Tuesday.",
        [("12.5 million pounds", "level", "none", None, "fined", "Pellwood Pharma", "2024-05-14")],
    ),
    "fined-the-company": (
        "Pellwood Pharma posted revenue of 2 billion pounds last year.\n\n"
        "On Tuesday the Competition and Markets Authority fined the drugmaker 12.5 million pounds.",
        [
            ("2 billion pounds", "level", "none", None, "revenue", "Pellwood Pharma", "2023"),
            (
                "12.5 million pounds",
                "level",
                "none",
                None,
                "fined",
                "Pellwood Pharma",
                "2024-05-14",
            ),
        ],
    ),
    # near-miss: no fine, the body's own spending
    "regulator-spends": (
        "The Competition and Markets Authority spent 12.5 million pounds on Tuesday.",
        [
            (
                "12.5 million pounds",
                "level",
                "none",
                None,
                "spent",
                "Competition and Markets Authority",
                "2024-05-14",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), FINED_OWNS_THE_FINE.values(), ids=FINED_OWNS_THE_FINE.keys()
)
def test_facts_fined_owns_the_fine(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-05-14") == expected


# A ministry's figure is the country's, not the central bank's in view; "Moody's analyst ...
# said" names the speaker's employer, no owner; "said bank lending in Indonesia" names where.
GOVERNMENT_AND_ANALYSTS: dict[str, tuple[str, list[Row]]] = {
    "ministry-said": (
        "Bank Indonesia raised its benchmark rate to 6.25% on Wednesday.\n\n"
        "The finance ministry said the budget deficit reached 0.1% of GDP in the first quarter, "
        "while state revenue fell 4.1% to 620 trillion rupiah.",
        [
            ("6.25%", "level", "none", None, "benchmark rate", "Bank Indonesia", "2024-04-24"),
            ("0.1%", "share", "none", None, "budget deficit", "Indonesia", "2024-Q1"),
            ("4.1%", "change", "decrease", None, "state revenue", "Indonesia", "2024-Q1"),
            ("620 trillion rupiah", "level", "none", None, "state revenue", "Indonesia", "2024-Q1"),
        ],
    ),
    # near-miss: "the bank said" keeps the bank's own rate
    "bank-said": (
        "Bank Indonesia raised its benchmark rate to 6.25% on Wednesday.\n\n"
        "The bank said its deposit facility rate rose to 5.5%.",
        [
            ("6.25%", "level", "none", None, "benchmark rate", "Bank Indonesia", "2024-04-24"),
            (
                "5.5%",
                "level",
                "none",
                None,
                "deposit facility rate",
                "Bank Indonesia",
                "2024-04-24",
            ),
        ],
    ),
    "analyst-of-a-firm": (
        "Bank Mandiri's net profit rose 1.1% in the first quarter.\n\n"
        "Moody's analyst Anushka Shah said bank lending in Indonesia could grow 10% this year.",
        [
            ("1.1%", "change", "increase", None, "net profit", "Bank Mandiri", "2024-Q1"),
            ("10%", "target", "increase", None, "bank lending", "Indonesia", "2024"),
        ],
    ),
    # near-miss: the firm itself speaking of its own revenue
    "firm-said-its-revenue": (
        "Bank Mandiri's net profit rose 1.1% in the first quarter.\n\n"
        "Moody's said its revenue rose 5% in the first quarter.",
        [
            ("1.1%", "change", "increase", None, "net profit", "Bank Mandiri", "2024-Q1"),
            ("5%", "change", "increase", None, "revenue", "Moody's", "2024-Q1"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), GOVERNMENT_AND_ANALYSTS.values(), ids=GOVERNMENT_AND_ANALYSTS.keys()
)
def test_facts_government_and_analysts(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-04-24") == expected


# "In Cixi, a county-level city under Ningbo, exports rose": the place in the aside locates the
# one set off; a company in the slot after the comma still owns its figure.
SET_OFF_PLACE_WITH_AN_ASIDE: dict[str, tuple[str, list[Row]]] = {
    "aside-a-city-under": (
        "In Cixi, a county-level city under Ningbo, household appliance exports rose 12 percent "
        "in 2023.",
        [("12 percent", "change", "increase", None, "household appliance exports", "Cixi", "2023")],
    ),
    "aside-capital-of": (
        "In Hefei, capital of Anhui Province, retail sales rose 6 percent in 2023.",
        [("6 percent", "change", "increase", None, "retail sales", "Hefei", "2023")],
    ),
    # near-miss: a name after the comma is the owner, its own aside notwithstanding
    "owner-after-the-comma": (
        "In Shanghai, the Bank of Communications, the city's biggest lender, posted net profit of "
        "92 billion yuan in 2023.",
        [
            (
                "92 billion yuan",
                "level",
                "none",
                None,
                "net profit",
                "Bank of Communications",
                "2023",
            )
        ],
    ),
    "owner-after-the-comma-no-aside": (
        "In Mexico City, the Bank of Mexico lowered its key rate to 11% on Thursday.",
        [("11%", "level", "none", None, "key rate", "Bank of Mexico", "2024-01-18")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SET_OFF_PLACE_WITH_AN_ASIDE.values(),
    ids=SET_OFF_PLACE_WITH_AN_ASIDE.keys(),
)
def test_facts_set_off_place_with_an_aside(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-01-18") == expected


# A paragraph of quotation whose speaker the paragraph before introduced after naming its place
# ("In Yushu, ..., farmer Li Guohua said" / '"...," Li said.') speaks for that place; a place in
# what the speaker said ("Li Guohua said Yushu's rice ...") is only what the speech was about.
QUOTE_GOES_ON: dict[str, tuple[str, list[Row]]] = {
    "speaker-introduced-in-a-place": (
        "Jilin Province harvested 41 million tons of grain in 2023.\n\n"
        "In Yushu, one of the province's biggest grain counties, farmer Li Guohua said his "
        "cooperative sold rice at 3.1 yuan per kilogram this autumn.\n\n"
        '"Each family earned about 52,000 yuan this year," Li said.',
        [
            ("3.1 yuan per kilogram", "level", "none", None, "rice", "Yushu", "2023"),
            ("about 52,000 yuan", "level", "none", None, "earned", "Yushu", "2023"),
        ],
    ),
    # near-miss: the place comes in the speech, after the speaker
    "place-in-the-speech": (
        "Jilin Province harvested 41 million tons of grain in 2023.\n\n"
        "Farmer Li Guohua said Yushu's rice sold at 3.1 yuan per kilogram this autumn.\n\n"
        '"Each family earned about 52,000 yuan this year," Li said.',
        [
            ("3.1 yuan per kilogram", "level", "none", None, "rice", "Yushu", "2023"),
            ("about 52,000 yuan", "level", "none", None, "earned", "Jilin Province", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), QUOTE_GOES_ON.values(), ids=QUOTE_GOES_ON.keys())
def test_facts_quote_goes_on(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2023-11-20") == expected


# "Residential plots in Jinan and Qingdao fetched ...": a figure of two places joined after "in"
# is neither's; it stays with the owner in view.
JOINED_PLACES: dict[str, tuple[str, list[Row]]] = {
    "in-two-places": (
        "Shandong Province sold land worth 300 billion yuan in 2023.\n\n"
        "Residential plots in central Jinan and Qingdao fetched 5.8-7.6 million yuan per mu.",
        [
            ("300 billion yuan", "level", "none", None, "land", "Shandong Province", "2023"),
            (
                "5.8-7.6 million yuan per mu",
                "level",
                "none",
                None,
                "Residential plots",
                "Shandong Province",
                None,
            ),
        ],
    ),
    # near-miss: one place
    "in-one-place": (
        "Shandong Province sold land worth 300 billion yuan in 2023.\n\n"
        "Residential plots in Jinan fetched 5.8-7.6 million yuan per mu.",
        [
            ("300 billion yuan", "level", "none", None, "land", "Shandong Province", "2023"),
            (
                "5.8-7.6 million yuan per mu",
                "level",
                "none",
                None,
                "Residential plots",
                "Jinan",
                None,
            ),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), JOINED_PLACES.values(), ids=JOINED_PLACES.keys())
def test_facts_joined_places(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2023-12-20") == expected


# "the city" stands for a city, not a zone in it ("Binhu New Area"), nor for no city because a
# headline's "Hefei district" (a district in Hefei) seemed to call Hefei a district.
THE_CITY_NOT_A_ZONE: dict[str, tuple[str, list[Row]]] = {
    "zone-in-a-city": (
        "Hefei district bets on chips\n\n"
        "Binhu New Area in Hefei recorded industrial output of 62 billion yuan in 2023.\n\n"
        "The city's GDP grew 5.8 percent to 1.27 trillion yuan in 2023.",
        [
            (
                "62 billion yuan",
                "level",
                "none",
                None,
                "industrial output",
                "Binhu New Area",
                "2023",
            ),
            ("5.8 percent", "change", "increase", None, "GDP", "Hefei", "2023"),
            ("1.27 trillion yuan", "level", "none", None, "GDP", "Hefei", "2023"),
        ],
    ),
    # near-miss: "the zone" is the zone
    "the-zone": (
        "Binhu New Area in Hefei recorded industrial output of 62 billion yuan in 2023.\n\n"
        "The zone's revenue grew 5.8 percent in 2023.",
        [
            (
                "62 billion yuan",
                "level",
                "none",
                None,
                "industrial output",
                "Binhu New Area",
                "2023",
            ),
            ("5.8 percent", "change", "increase", None, "revenue", "Binhu New Area", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), THE_CITY_NOT_A_ZONE.values(), ids=THE_CITY_NOT_A_ZONE.keys()
)
def test_facts_the_city_not_a_zone(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-04-02") == expected


# "Kalmar Networks AB reports on Thursday; analysts expect its revenue to rise 1%": "its" in a
# clause that names no owner stands for the owner opening the sentence (or the one before).
ITS_OPENING_OWNER: dict[str, tuple[str, list[Row]]] = {
    "its-after-a-semicolon": (
        "Nordvik Telecom AB reported a core profit of 4.1 billion crowns.\n\n"
        "Kalmar Networks AB reports on Thursday; analysts expect its revenue to rise 1%.",
        [
            (
                "4.1 billion crowns",
                "level",
                "none",
                None,
                "core profit",
                "Nordvik Telecom AB",
                None,
            ),
            ("1%", "target", "increase", None, "revenue", "Kalmar Networks AB", None),
        ],
    ),
    "its-in-the-next-sentence": (
        "Nordvik Telecom AB reported a core profit of 4.1 billion crowns.\n\n"
        "Kalmar Networks AB reports on Thursday. Analysts expect its revenue to rise 1%.",
        [
            (
                "4.1 billion crowns",
                "level",
                "none",
                None,
                "core profit",
                "Nordvik Telecom AB",
                None,
            ),
            ("1%", "target", "increase", None, "revenue", "Kalmar Networks AB", None),
        ],
    ),
    # near-miss: no owner named in the paragraph, the one in view keeps it
    "its-with-no-owner-named": (
        "Nordvik Telecom AB reported a core profit of 4.1 billion crowns.\n\n"
        "Analysts expect its revenue to rise 1%.",
        [
            (
                "4.1 billion crowns",
                "level",
                "none",
                None,
                "core profit",
                "Nordvik Telecom AB",
                None,
            ),
            ("1%", "target", "increase", None, "revenue", "Nordvik Telecom AB", None),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), ITS_OPENING_OWNER.values(), ids=ITS_OPENING_OWNER.keys()
)
def test_facts_its_opening_owner(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-02") == expected


# "Fitch Ratings expects the budget deficit to narrow to 5.1% of GDP": a budget or external
# balance is the economy's, which no forecaster owns; a company's debt stays the company's.
FORECASTER_OF_A_BALANCE: dict[str, tuple[str, list[Row]]] = {
    "budget-deficit": (
        "The Philippines' economy grew 6.3% in the second quarter.\n\n"
        "Fitch Ratings expects the budget deficit to narrow to 5.1% of GDP this year.",
        [
            ("6.3%", "change", "increase", None, "economy", "Philippines", "2024-Q2"),
            ("5.1%", "target", "none", None, "budget deficit", "Philippines", "2024"),
        ],
    ),
    # near-miss: a company's debt
    "company-debt": (
        "The Philippines' economy grew 6.3% in the second quarter.\n\n"
        "Fitch Ratings expects San Miguel Corp's debt to fall to 1.2 trillion pesos this year.",
        [
            ("6.3%", "change", "increase", None, "economy", "Philippines", "2024-Q2"),
            ("1.2 trillion pesos", "target", "none", None, "debt", "San Miguel Corp", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), FORECASTER_OF_A_BALANCE.values(), ids=FORECASTER_OF_A_BALANCE.keys()
)
def test_facts_forecaster_of_a_balance(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-08-15") == expected


# "The statistics agency said it had secured ...": "the <word> agency" stands for the body named
# before whose name holds the word (the Office for National Statistics), not the company in view.
MODIFIED_ANAPHOR: dict[str, tuple[str, list[Row]]] = {
    "the-statistics-agency": (
        "Kestrel Bank posted net profit of 2 billion pounds in 2023.\n\n"
        "The Office for National Statistics said consumer prices rose 4% in January.\n\n"
        "The statistics agency said on Wednesday it had secured 8 million pounds of extra "
        "funding.",
        [
            ("2 billion pounds", "level", "none", None, "net profit", "Kestrel Bank", "2023"),
            ("4%", "level", "none", None, "consumer prices", None, "2024-01"),
            (
                "8 million pounds",
                "level",
                "none",
                None,
                "extra funding",
                "Office for National Statistics",
                "2023",
            ),
        ],
    ),
    # near-miss: a word no name holds
    "the-biggest-lender": (
        "Kestrel Bank posted net profit of 2 billion pounds in 2023.\n\n"
        "The Office for National Statistics said consumer prices rose 4% in January.\n\n"
        "The biggest lender said on Wednesday it had set aside 8 million pounds for fines.",
        [
            ("2 billion pounds", "level", "none", None, "net profit", "Kestrel Bank", "2023"),
            ("4%", "level", "none", None, "consumer prices", None, "2024-01"),
            ("8 million pounds", "target", "none", None, "fines", "Kestrel Bank", "2024-02-14"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), MODIFIED_ANAPHOR.values(), ids=MODIFIED_ANAPHOR.keys()
)
def test_facts_modified_anaphor(nlp: Language, text: str, expected: list[Row]) -> None:
    # the subject is what this block is about; the other slots have their own tests
    found = facts(nlp, text, date="2024-02-14")
    assert [(f[0], f[5]) for f in found] == [(e[0], e[5]) for e in expected]


# "China Mobile, China Telecom and China Unicom together invested 38 billion yuan in networks in
# the province": spending several named companies share is the place's it goes to; their joint
# share move in a market is no one's.
SHARED_SPENDING_IN_A_PLACE: dict[str, tuple[str, list[Row]]] = {
    "in-the-province": (
        "Guangdong Province generated 252.9 billion yuan in telecom revenue in 2023.\n\n"
        "China Mobile, China Telecom and China Unicom together invested about 38 billion yuan in "
        "networks in the province last year.",
        [
            (
                "252.9 billion yuan",
                "level",
                "none",
                None,
                "telecom revenue",
                "Guangdong Province",
                "2023",
            ),
            (
                "about 38 billion yuan",
                "level",
                "none",
                None,
                "networks",
                "Guangdong Province",
                "2023",
            ),
        ],
    ),
    "in-a-named-city": (
        "Jiangsu Province's GDP grew 5.8 percent in 2023.\n\n"
        "China Mobile and China Telecom together invested 20 billion yuan in data centers in Wuxi "
        "last year.",
        [
            ("5.8 percent", "change", "increase", None, "GDP", "Jiangsu Province", "2023"),
            ("20 billion yuan", "level", "none", None, "data centers", "Wuxi", "2023"),
        ],
    ),
    # near-miss: a joint share move in a market
    "shares-in-a-market": (
        "Shares of Sands China and Galaxy Entertainment Group together rose about 2 percent in "
        "Hong Kong on Tuesday.",
        [("about 2 percent", "change", "increase", None, "Shares", None, "2024-02-06")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SHARED_SPENDING_IN_A_PLACE.values(),
    ids=SHARED_SPENDING_IN_A_PLACE.keys(),
)
def test_facts_shared_spending_in_a_place(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-05") == expected


# "Revenue at Hartwell Stores rose 12%": a company right after "at" behind the metric owns it.
METRIC_AT_A_COMPANY: dict[str, tuple[str, list[Row]]] = {
    "revenue-at-a-company": (
        "Kaidi Electronics reported revenue of 8.2 billion yuan in 2023.\n\n"
        "Revenue at Hartwell Stores rose 12% to 800 million pounds in 2023.",
        [
            ("8.2 billion yuan", "level", "none", None, "revenue", "Kaidi Electronics", "2023"),
            ("12%", "change", "increase", None, "Revenue", "Hartwell Stores", "2023"),
            ("800 million pounds", "level", "none", None, "Revenue", "Hartwell Stores", "2023"),
        ],
    ),
    "sales-at-a-company-unit": (
        "Kaidi Electronics reported revenue of 8.2 billion yuan in 2023.\n\n"
        "Sales at Hartwell Stores' online business rose 12% in 2023.",
        [
            ("8.2 billion yuan", "level", "none", None, "revenue", "Kaidi Electronics", "2023"),
            ("12%", "change", "increase", None, "Sales", "Hartwell Stores", "2023"),
        ],
    ),
    # near-miss: "at its stores" names no other company
    "revenue-at-its-stores": (
        "Kaidi Electronics reported revenue of 8.2 billion yuan in 2023.\n\n"
        "Revenue at its stores in Shenzhen rose 12% in 2023.",
        [
            ("8.2 billion yuan", "level", "none", None, "revenue", "Kaidi Electronics", "2023"),
            ("12%", "change", "increase", None, "Revenue", "Kaidi Electronics", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC_AT_A_COMPANY.values(), ids=METRIC_AT_A_COMPANY.keys()
)
def test_facts_metric_at_a_company(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-04-26") == expected


# "By comparison, Hartwell Stores' profit fell": a sentence near the head that opens with "By"
# and no name is no byline, and the company in it owns its figure.
BY_WITHOUT_A_NAME: dict[str, tuple[str, list[Row]]] = {
    "by-comparison": (
        "Kaidi Electronics reported revenue of 8.2 billion yuan in 2023.\n\n"
        "By comparison, Hartwell Stores' profit fell 8% in 2023.",
        [
            ("8.2 billion yuan", "level", "none", None, "revenue", "Kaidi Electronics", "2023"),
            ("8%", "change", "decrease", None, "profit", "Hartwell Stores", "2023"),
        ],
    ),
    # near-miss: a byline's place owns nothing
    "byline": (
        "Changzhou plant starts output\n\n"
        "By Li Ming in Changzhou | China Daily | Updated: 2024-03-18\n\n"
        "Jiangsu Lanxin Automobile Co started production at its 10 billion yuan plant in "
        "Changzhou.",
        [
            (
                "10 billion yuan",
                "level",
                "none",
                None,
                "plant",
                "Jiangsu Lanxin Automobile Co",
                "2024-03-18",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), BY_WITHOUT_A_NAME.values(), ids=BY_WITHOUT_A_NAME.keys()
)
def test_facts_by_without_a_name(nlp: Language, text: str, expected: list[Row]) -> None:
    found = facts(nlp, text, date="2024-03-18")
    assert [(f[0], f[5]) for f in found] == [(e[0], e[5]) for e in expected]


# "revenue of 8.2 billion yuan, compared with 6.1 billion yuan at Hartwell Stores": the company
# after "at" behind a compared value owns it; money spent at a store stays the spender's.
COMPARED_AT_A_COMPANY: dict[str, tuple[str, list[Row]]] = {
    "compared-with-at": (
        "Kaidi Electronics reported revenue of 8.2 billion yuan in 2023, compared with 6.1 "
        "billion yuan at Hartwell Stores.",
        [
            ("8.2 billion yuan", "level", "none", None, "revenue", "Kaidi Electronics", "2023"),
            ("6.1 billion yuan", "level", "none", None, "revenue", "Hartwell Stores", "2023"),
        ],
    ),
    # near-miss: no comparison
    "spending-at": (
        "Kaidi Electronics reported revenue of 8.2 billion yuan in 2023, after spending 6.1 "
        "billion yuan at Hartwell Stores.",
        [
            ("8.2 billion yuan", "level", "none", None, "revenue", "Kaidi Electronics", "2023"),
            ("6.1 billion yuan", "level", "none", None, "spending", "Kaidi Electronics", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), COMPARED_AT_A_COMPANY.values(), ids=COMPARED_AT_A_COMPANY.keys()
)
def test_facts_compared_at_a_company(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-04-26") == expected


# "a compound annual growth rate of 55.5%" after a company's revenue: a growth rate is the
# company's or the place's in view, no statistic of a place by itself.
GROWTH_RATE_OF_THE_OWNER: dict[str, tuple[str, list[Row]]] = {
    "company-cagr": (
        "Battery maker Kaidi Power seeks Hong Kong listing\n\n"
        "HONG KONG, June 17 -- Kaidi Power plans to list in Hong Kong.\n\n"
        "Revenue rose from RMB 2.4 billion in 2021 to RMB 5.8 billion in 2023, a compound annual "
        "growth rate of 55.5%.",
        [
            ("RMB 2.4 billion", "level", "none", None, "Revenue", "Kaidi Power", "2021"),
            ("RMB 5.8 billion", "level", "none", None, "Revenue", "Kaidi Power", "2023"),
            (
                "55.5%",
                "change",
                "increase",
                None,
                "compound annual growth rate",
                "Kaidi Power",
                "2021/2023",
            ),
        ],
    ),
    # near-miss: a province's growth rate stays the province's
    "province-growth-rate": (
        "Hubei Province's GDP grew 6 percent in 2023.\n\n"
        "The growth rate was 0.8 percentage points higher than the national average.",
        [
            ("6 percent", "change", "increase", None, "GDP", "Hubei Province", "2023"),
            (
                "0.8 percentage points",
                "change",
                "increase",
                None,
                "growth rate",
                "Hubei Province",
                "2023",
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    GROWTH_RATE_OF_THE_OWNER.values(),
    ids=GROWTH_RATE_OF_THE_OWNER.keys(),
)
def test_facts_growth_rate_of_the_owner(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-06-17") == expected


# Dates that tell when a figure was told or what drove it, not when it was measured: "the
# central bank said last week" after the value; "driven by the National Day holiday" after a
# value its clause has dated already. And "is estimated at" estimates the figure in view; it
# is no standing figure of the present.
DATES_OF_TELLING_AND_CAUSE: dict[str, tuple[str, list[Row]]] = {
    "said-last-week": (
        "Hungary's industrial output fell 1.9% in October.\n\n"
        "Core inflation stood at 4.4%, the central bank said last week.",
        [
            ("1.9%", "change", "decrease", None, "industrial output", "Hungary", "2024-10"),
            ("4.4%", "level", "none", None, "Core inflation", "Hungary", "2024-10"),
        ],
    ),
    # near-miss: a weekly figure that data released last week reports keeps that week
    "weekly-data-last-week": (
        "Data released last week showed diesel prices averaged $3.61 a gallon.",
        [("$3.61 a gallon", "level", "none", None, "diesel prices", None, "2024-11-04/2024-11-10")],
    ),
    "estimated-at": (
        "Retail sales in the Czech Republic rose 2.8% in October.\n\n"
        "Core inflation is estimated at 2.3%.",
        [
            ("2.8%", "change", "increase", None, "Retail sales", "Czech Republic", "2024-10"),
            ("2.3%", "level", "none", None, "Core inflation", "Czech Republic", "2024-10"),
        ],
    ),
    # near-miss: a present state with no estimate stands now
    "present-is": (
        "Retail sales in the Czech Republic rose 2.8% in October.\n\n"
        "The Czech Republic's jobless rate is 2.6%, the lowest in the European Union.",
        [
            ("2.8%", "change", "increase", None, "Retail sales", "Czech Republic", "2024-10"),
            ("2.6%", "level", "none", None, "jobless rate", "Czech Republic", None),
        ],
    ),
    "driven-by-holiday": (
        "Sanya's hotel revenue reached 3.1 billion yuan in the first 10 months of 2024.\n\n"
        "In October alone, hotel revenue hit 420 million yuan, driven by the National Day "
        "holiday.",
        [
            (
                "3.1 billion yuan",
                "level",
                "none",
                None,
                "hotel revenue",
                "Sanya",
                "2024-01/2024-10",
            ),
            ("420 million yuan", "level", "none", None, "hotel revenue", "Sanya", "2024-10"),
        ],
    ),
    # near-miss: with no date before the value, the holiday after it is its period
    "during-holiday": (
        "Sanya's hotel revenue hit 420 million yuan during the National Day holiday.",
        [
            (
                "420 million yuan",
                "level",
                "none",
                None,
                "hotel revenue",
                "Sanya",
                "2024-10-01/2024-10-07",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    DATES_OF_TELLING_AND_CAUSE.values(),
    ids=DATES_OF_TELLING_AND_CAUSE.keys(),
)
def test_facts_dates_of_telling_and_cause(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-14") == expected


# Words of change that tell none here: a participle before the noun it modifies ("advanced
# manufacturing projects"), and "in the period" after a metric (when, not which part). And
# headline verbs of change ("adds", "sheds"); a headline's future in another clause ("holds
# rate at 50%, signals easing next year") makes no plan of the statement it sums up.
WORDS_OF_CHANGE_THAT_TELL_NONE: dict[str, tuple[str, list[Row]]] = {
    "attributive-participle": (
        "Liangjiang New Area signed projects worth 120 billion yuan in 2024.\n\n"
        "Of the total, advanced manufacturing projects accounted for 72 billion yuan.",
        [
            ("120 billion yuan", "level", "none", None, "projects", "Liangjiang New Area", "2024"),
            (
                "72 billion yuan",
                "level",
                "none",
                None,
                "advanced manufacturing projects",
                "Liangjiang New Area",
                "2024",
            ),
        ],
    ),
    # near-miss: before a value the participle is a verb of change
    "participle-before-value": (
        "Malaysia's chip exports were rising 12% a year.",
        [("12%", "change", "increase", None, "chip exports", "Malaysia", None)],
    ),
    "in-the-period": (
        "Vietnam's exports rose 14.4% in the first 10 months.\n\n"
        "Imports in the period increased 16.4%.",
        [
            ("14.4%", "change", "increase", None, "exports", "Vietnam", "2024-01/2024-10"),
            ("16.4%", "change", "increase", None, "Imports", "Vietnam", "2024-01/2024-10"),
        ],
    ),
    # near-miss: a part after "in" stays in the metric
    "in-a-part": (
        "Vietnam's investment in renewable energy increased 16.4% in the first 10 months.",
        [
            (
                "16.4%",
                "change",
                "increase",
                None,
                "investment in renewable energy",
                "Vietnam",
                "2024-01/2024-10",
            )
        ],
    ),
    "headline-adds": (
        "Jiangxi's private economy adds 6.8 percent in first three quarters",
        [
            (
                "6.8 percent",
                "change",
                "increase",
                None,
                "private economy",
                "Jiangxi",
                "2024-01/2024-09",
            )
        ],
    ),
    "headline-future-in-another-clause": (
        "Turkey holds rate at 50%, signals easing next year\n\n"
        "Turkey's central bank held its policy rate at 50% on Thursday.",
        [
            ("50%", "level", "none", None, "rate", "Turkey", "2024-11-14"),
            ("50%", "level", "none", None, "policy rate", "Turkey", "2024-11-14"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    WORDS_OF_CHANGE_THAT_TELL_NONE.values(),
    ids=WORDS_OF_CHANGE_THAT_TELL_NONE.keys(),
)
def test_facts_words_of_change_that_tell_none(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-11-14") == expected


# Listings of results: a percentage signed "+" is a change even after an amount it follows in
# a list ("612 million euros, +9%"); a code of capitals and digits is part of the metric
# ("CET1 ratio", "M2").
RESULTS_LISTINGS: dict[str, tuple[str, list[Row]]] = {
    "signed-change": (
        "Orbis Bank second-quarter highlights\n\n* Net interest income 612 million euros, +9%",
        [
            (
                "612 million euros",
                "level",
                "none",
                None,
                "Net interest income",
                "Orbis Bank",
                "2024-Q2",
            ),
            ("9%", "change", "increase", None, "Net interest income", "Orbis Bank", "2024-Q2"),
        ],
    ),
    # near-miss: an unsigned percentage after an amount stays the list's kind
    "unsigned-level": (
        "Orbis Bank second-quarter highlights\n\n* Cost-to-income ratio 38.5%, CET1 ratio 15.2%",
        [
            ("38.5%", "level", "none", None, "Cost-to-income ratio", "Orbis Bank", "2024-Q2"),
            ("15.2%", "level", "none", None, "CET1 ratio", "Orbis Bank", "2024-Q2"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RESULTS_LISTINGS.values(), ids=RESULTS_LISTINGS.keys()
)
def test_facts_results_listings(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-07-30") == expected


# Issue #9, forms met on text outside the corpus. Subjects first: a company's name written
# after a capitalized descriptor ("Rival X"), opening with a known company's ("Siemens X"),
# closed by a name noun ("X Automobile", "X Air Lines") or by "-bank" is the subject whole.
OUTSIDE_FORMS: dict[str, tuple[str, list[Row]]] = {
    "subject-after-descriptor": (
        "Rival Tamsin Foods said revenue rose 6% in 2023.",
        [("6%", "change", "increase", None, "revenue", "Tamsin Foods", "2023")],
    ),
    "subject-unit-of-known-company": (
        "Siemens Mobility said orders rose 9% in 2023.",
        [("9%", "change", "increase", None, "orders", "Siemens Mobility", "2023")],
    ),
    "subject-automobile": (
        "Haitong Automobile said sales rose 12% in 2023.",
        [("12%", "change", "increase", None, "sales", "Haitong Automobile", "2023")],
    ),
    "subject-air-lines": (
        "Marlow Air Lines said revenue rose 4% in 2023.",
        [("4%", "change", "increase", None, "revenue", "Marlow Air Lines", "2023")],
    ),
    "subject-bank-word": (
        "Sacombank said net profit rose 10% in 2023.",
        [("10%", "change", "increase", None, "net profit", "Sacombank", "2023")],
    ),
    # near misses: "Bank" opens a name at a sentence's start, "Rival" inside a name
    "subject-bank-opens-name": (
        "Bank Negara Malaysia kept its policy rate at 3% on Thursday.",
        [("3%", "level", "none", None, "policy rate", "Bank Negara Malaysia", "2024-02-29")],
    ),
    "subject-rival-inside-name": (
        "Shares of Rival Group rose 3% on Monday.",
        [("3%", "change", "increase", None, "Shares", "Rival Group", "2024-03-04")],
    ),
    # the price of a company bought: the company, named by its capitalized words where no
    # rule knew the name ("would buy Orrin Mills for"), past a description before it
    "deal-unknown-name": (
        "Hollis Group said on Tuesday it would buy Tarrant Mills for $1.2 billion.",
        [("$1.2 billion", "level", "none", None, "Tarrant Mills", "Hollis Group", "2024-03-05")],
    ),
    "deal-described-name": (
        "Hollis Group agreed to acquire rival miller Tarrant Mills for $900 million.",
        [("$900 million", "level", "none", None, "Tarrant Mills", "Hollis Group", None)],
    ),
    # near miss: a lower-case object is the thing bought
    "deal-lower-case-object": (
        "Hollis Group agreed to buy the stake for $1.2 billion.",
        [("$1.2 billion", "level", "none", None, "stake", "Hollis Group", None)],
    ),
    # money set aside for a purpose in the present tense is planned, its purpose the metric
    "sets-aside": (
        "Namibia sets aside 2 billion rand for drought relief.",
        [("2 billion rand", "target", "none", None, "drought relief", "Namibia", None)],
    ),
    "earmarks": (
        "Namibia earmarks 2 billion rand for drought relief.",
        [("2 billion rand", "target", "none", None, "drought relief", "Namibia", None)],
    ),
    "is-allocating": (
        "Namibia is allocating 2 billion rand for drought relief.",
        [("2 billion rand", "target", "none", None, "drought relief", "Namibia", None)],
    ),
    # near miss: money spent is an outcome
    "spent-on": (
        "Namibia spent 2 billion rand on drought relief in 2023.",
        [("2 billion rand", "level", "none", None, "drought relief", "Namibia", "2023")],
    ),
    # "for the year" after the metric, before its verb and the value: the year reported (in a
    # March article, the one ended), or a forecast's year, the one running
    "for-the-year-before-value": (
        "Net sales for the year rose 4% to $3.1 billion, Pellam Stores said.",
        [
            ("4%", "change", "increase", None, "Net sales", "Pellam Stores", "2023"),
            ("$3.1 billion", "level", "none", None, "Net sales", "Pellam Stores", "2023"),
        ],
    ),
    "for-the-year-forecast": (
        "Pellam Stores expects sales for the year to rise 5%.",
        [("5%", "target", "increase", None, "sales", "Pellam Stores", "2024")],
    ),
    # near miss: a year told by its end is no calendar year
    "for-the-year-to-a-month": (
        "Pellam Stores said sales for the year to the end of March rose 4%.",
        [("4%", "change", "increase", None, "sales", "Pellam Stores", "FY2024")],
    ),
    # a standing target's bounds ("target range of", "inflation target of") take no month
    # of the sentence: the target stands, whatever month the figure beside it is for
    "standing-target-range": (
        "Inflation in Chile slowed to 3.9% in February, inside the central bank's target range "
        "of 2% to 4%.",
        [
            ("3.9%", "level", "none", None, "Inflation", "Chile", "2024-02"),
            ("2% to 4%", "target", "none", None, "Inflation", "Chile", None),
        ],
    ),
    "standing-inflation-target": (
        "Inflation in Chile slowed to 3.9% in February, near its inflation target of 3%.",
        [
            ("3.9%", "level", "none", None, "Inflation", "Chile", "2024-02"),
            ("3%", "target", "none", None, "inflation", "Chile", None),
        ],
    ),
    # near miss: a target of a year named after it keeps the year
    "growth-target-of-a-year": (
        "Chile's GDP growth target of 2.5% for 2024 was kept.",
        [("2.5%", "target", "increase", None, "GDP growth", "Chile", "2024")],
    ),
    # "its" or "their" before an average gives it the quantity measured before
    "its-own-average": (
        "Services made up 41% of output in 2023, above their 2018-2022 average of 37%.",
        [
            ("41%", "share", "none", None, "Services", None, "2023"),
            ("37%", "share", "none", None, "Services", None, "2018/2022"),
        ],
    ),
    # near miss: another's average is its own quantity
    "national-average": (
        "Services made up 41% of output in 2023, above the national average of 37%.",
        [
            ("41%", "share", "none", None, "Services", None, "2023"),
            ("37%", "share", "none", None, "national average", None, "2023"),
        ],
    ),
    # "up" as the particle of a verb that makes or takes something is no rise
    "set-up-a-fund": (
        "Namibia set up a $50 million fund in 2023.",
        [("$50 million", "level", "none", None, "fund", "Namibia", "2023")],
    ),
    "snapped-up": (
        "Namibian pension funds snapped up $2 billion of the bonds.",
        [("$2 billion", "level", "none", None, "bonds", None, None)],
    ),
    # near misses: a verb of a rise with "up", and "up" alone
    "stepped-up": (
        "Namibia stepped up spending by 10% in 2023.",
        [("10%", "change", "increase", None, "spending", "Namibia", "2023")],
    ),
    "were-up": (
        "Namibia's exports were up 5% in 2023.",
        [("5%", "change", "increase", None, "exports", "Namibia", "2023")],
    ),
    # a fund is named by its "for" phrase, a river's name among its words
    "fund-for-a-purpose": (
        "Namibia set up a $50 million fund for small farmers in 2023.",
        [("$50 million", "level", "none", None, "fund for small farmers", "Namibia", "2023")],
    ),
    "fund-for-a-river": (
        "The two provinces share a 300 million yuan fund for the Tuojiang River with a neighbour.",
        [("300 million yuan", "level", "none", None, "fund for the Tuojiang River", None, None)],
    ),
    # near miss: a year after "for" is the fund's period, no part of its name
    "fund-for-a-year": (
        "Namibia approved a $50 million fund for 2024.",
        [("$50 million", "target", "none", None, "fund", "Namibia", "2024")],
    ),
    # a share move is of the trading day, not of another clause's forecast year
    "share-move-after-a-forecast-year": (
        "Kessler Motor kept its forecast of 900 billion yen in operating profit for 2024, while "
        "Hanzo Bank shares gained 1.9%.",
        [
            (
                "900 billion yen",
                "target",
                "none",
                None,
                "operating profit",
                "Kessler Motor",
                "2024",
            ),
            ("1.9%", "change", "increase", None, "shares", "Hanzo Bank", "2024-03-05"),
        ],
    ),
    # near miss: a move after another move takes its day
    "share-move-after-a-move": (
        "Shares of Hanzo Bank rose 2% on Monday, while Kessler Motor shares fell 1.5%.",
        [
            ("2%", "change", "increase", None, "Shares", "Hanzo Bank", "2024-03-04"),
            ("1.5%", "change", "decrease", None, "shares", "Kessler Motor", "2024-03-04"),
        ],
    ),
    # a date after ", and <noun> will ..." or ", with <noun> expected to ..." is that plan's
    "date-of-a-joined-plan": (
        "Kavi Solar Ltd paid Rs 45 lakh in fees, and the bonds will trade on the exchange from "
        "March 16.",
        [("Rs 45 lakh", "level", "none", None, "fees", "Kavi Solar Ltd", None)],
    ),
    # near miss: the date of the payment itself
    "date-of-the-payment": (
        "Kavi Solar Ltd paid Rs 45 lakh in fees on March 1.",
        [("Rs 45 lakh", "level", "none", None, "fees", "Kavi Solar Ltd", "2024-03-01")],
    ),
    # "X of its shares, or Y% of ...": the plan told again is undated as the plan is
    "restated-plan": (
        "Kessler Foods said it would buy back up to $300 million of its own shares, or 5% of "
        "shares outstanding.",
        [
            ("up to $300 million", "target", "none", None, "shares", "Kessler Foods", None),
            ("5%", "target", "none", None, "shares", "Kessler Foods", None),
        ],
    ),
    # near miss: a dated buyback told again keeps its year
    "restated-dated-buyback": (
        "Kessler Foods bought back $300 million of its own shares in 2023, or 5% of shares "
        "outstanding.",
        [
            ("$300 million", "level", "none", None, "shares", "Kessler Foods", "2023"),
            ("5%", "share", "none", None, "shares", "Kessler Foods", "2023"),
        ],
    ),
    # an annual figure's change from the year before is year on year
    "annual-change-from-the-year-before": (
        "Namibia's exports rose 5% in 2023 compared with 2022.",
        [("5%", "change", "increase", "year_on_year", "exports", "Namibia", "2023")],
    ),
    "annual-change-from-last-year": (
        "Namibia's exports rose 5% in 2023 from 2022.",
        [("5%", "change", "increase", "year_on_year", "exports", "Namibia", "2023")],
    ),
    # near miss: a change over several years has no basis of the guideline
    "change-over-years": (
        "Namibia's exports rose 5% in 2023 from 2019.",
        [("5%", "change", "increase", None, "exports", "Namibia", "2023")],
    ),
    # a part of a charge waived is a cut of the charge, no share
    "waived-part-of-a-charge": (
        "To win airlines, Namibia waived up to 20 percent of landing fees in 2023.",
        [("up to 20 percent", "change", "decrease", None, "landing fees", "Namibia", "2023")],
    ),
    # near miss: "X percent of" with no verb of change is a share
    "percent-of-fees": (
        "Airlines paid 20 percent of landing fees in Namibia in 2023.",
        [("20 percent", "share", "none", None, "landing fees", "Namibia", "2023")],
    ),
    # money set aside in a year that has ended is an outcome
    "set-aside-in-a-past-year": (
        "Namibia set aside 2 billion rand for drought relief in 2023.",
        [("2 billion rand", "level", "none", None, "drought relief", "Namibia", "2023")],
    ),
    # near misses: a plan for that year, an allocation for the running year
    "will-set-aside-in-a-past-year": (
        "Namibia will set aside 2 billion rand for drought relief in 2023.",
        [("2 billion rand", "target", "none", None, "drought relief", "Namibia", "2023")],
    ),
    "earmarked-for-this-year": (
        "Namibia earmarked 2 billion rand for drought relief in 2024.",
        [("2 billion rand", "target", "none", None, "drought relief", "Namibia", "2024")],
    ),
    # what a supposed change would do is not dated by a month of an earlier clause
    "hypothetical-after-a-dated-clause": (
        "Cell prices fell to 0.5 yuan in February, and Hollis Group warned that a further "
        "decline of 10% would cut its gross margin by 3 percentage points.",
        [
            ("0.5 yuan", "level", "none", None, "Cell prices", "Hollis Group", "2024-02"),
            (
                "3 percentage points",
                "target",
                "decrease",
                None,
                "gross margin",
                "Hollis Group",
                None,
            ),
        ],
    ),
    # near miss: an opening date dates the whole sentence, the rule of thumb too
    "hypothetical-opening-date": (
        "In 2023, every 5 percent fall in the rand added about 300 million rand to earnings.",
        [("about 300 million rand", "target", "increase", None, "earnings", None, "2023")],
    ),
    # the benchmark of a change over an undated span runs over the same span
    "benchmark-of-an-undated-change": (
        "Hollis Group shares have gained 22% over the past 12 months, lagging a 35% rise in a "
        "broad index of retail stocks.",
        [
            ("22%", "change", "increase", None, "shares", "Hollis Group", None),
            ("35%", "change", "increase", None, "broad index of retail stocks", None, None),
        ],
    ),
    # near miss: the benchmark of a dated change shares its year
    "benchmark-of-a-dated-change": (
        "Hollis Group shares gained 22% in 2023, lagging a 35% rise in a broad index of retail "
        "stocks.",
        [
            ("22%", "change", "increase", None, "shares", "Hollis Group", "2023"),
            ("35%", "change", "increase", None, "broad index of retail stocks", None, "2023"),
        ],
    ),
    # a forecaster's expectation of a quote: the crude grade named alone is the instrument,
    # no one's (the forecaster is no subject)
    "forecast-of-brent": (
        "Goldman Sachs expects Brent to average $86 a barrel next year.",
        [("$86 a barrel", "target", "none", None, "Brent", None, "2025")],
    ),
    "forecast-of-wti": (
        "Citigroup sees WTI at $70 a barrel in 2025.",
        [("$70 a barrel", "target", "none", None, "WTI", None, "2025")],
    ),
    # near miss: a forecaster's forecast of a company's figure is the company's
    "forecast-of-a-company-figure": (
        "Goldman Sachs expects Hollis Group's revenue to reach $86 billion next year.",
        [("$86 billion", "target", "none", None, "revenue", "Hollis Group", "2025")],
    ),
    # the expectation of a figure after a lede on a quarter is of that quarter
    "expected-after-a-quarter-lede": (
        "Norway's mainland economy shrank 0.3% in the fourth quarter, Statistics Norway said.\n\n"
        "Economists had expected 0.4%.",
        [
            ("0.3%", "change", "decrease", None, "mainland economy", "Norway", "2023-Q4"),
            ("0.4%", "target", "none", None, "mainland economy", "Norway", "2023-Q4"),
        ],
    ),
    # a coupon is a term of its bond issue: dated by the issue's day in its sentence, else
    # undated, no statistic of the place in view
    "coupon-of-an-issue": (
        "In 2023, Namibia sold 5 billion rand of bonds.\n\nThe bonds carry a coupon rate of 9.5%.",
        [
            ("5 billion rand", "level", "none", None, "bonds", "Namibia", "2023"),
            ("9.5%", "level", "none", None, "coupon rate", "Namibia", None),
        ],
    ),
    # near miss: a bond yield is a market rate of its day
    "bond-yield-of-a-day": (
        "Namibia's 10-year bond yield rose to 9.8% on Monday.",
        [("9.8%", "level", "none", None, "10-year bond yield", None, "2024-03-04")],
    ),
    # the bids of an auction are a one-off: the auction's day in their sentence, else none
    "bids-of-a-dated-auction": (
        "Bids totaled 12 billion rand at Tuesday's auction of Namibian bonds.",
        [("12 billion rand", "level", "none", None, "Bids", None, "2024-03-05")],
    ),
    "bids-told-after": (
        "In 2024, Namibia sold 5 billion rand of bonds.\n\nBids totaled 12 billion rand.",
        [
            ("5 billion rand", "level", "none", None, "bonds", "Namibia", "2024"),
            ("12 billion rand", "level", "none", None, "Bids", "Namibia", None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), OUTSIDE_FORMS.values(), ids=OUTSIDE_FORMS.keys())
def test_facts_forms_outside_the_corpus(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-03-05") == expected


# cn-26: a change measured from a date named right after it ("over 2023", "from last year",
# "compared with the same holiday last year", "from October"): the basis that date gives, and
# the date is no period of the change nor of the text.
BASE_DATE: dict[str, tuple[str, str, list[Row]]] = {
    "over-previous-year": (
        "Quzhou's exports grew 9.4 percent over 2023 to 61.2 billion yuan in 2024.",
        "2025-01-20",
        [
            ("9.4 percent", "change", "increase", "year_on_year", "exports", "Quzhou", "2024"),
            ("61.2 billion yuan", "level", "none", None, "exports", "Quzhou", "2024"),
        ],
    ),
    "from-last-year": (
        "Lanzhou's fiscal revenue reached 31.2 billion yuan this year, up 6.8 percent from last "
        "year.",
        "2024-12-20",
        [
            ("31.2 billion yuan", "level", "none", None, "fiscal revenue", "Lanzhou", "2024"),
            (
                "6.8 percent",
                "change",
                "increase",
                "year_on_year",
                "fiscal revenue",
                "Lanzhou",
                "2024",
            ),
        ],
    ),
    "same-holiday-last-year": (
        "Pingyao county's tourism revenue during the National Day holiday was up 12.5 percent "
        "compared with the same holiday last year.",
        "2024-10-09",
        [
            (
                "12.5 percent",
                "change",
                "increase",
                "year_on_year",
                "tourism revenue",
                "Pingyao",
                "2024-10-01/2024-10-07",
            ),
        ],
    ),
    "from-previous-month": (
        "Yantai's industrial output rose 2.2 percent in November, up 0.4 percentage points from "
        "October.",
        "2024-12-16",
        [
            ("2.2 percent", "change", "increase", None, "industrial output", "Yantai", "2024-11"),
            (
                "0.4 percentage points",
                "change",
                "increase",
                "month_on_month",
                "industrial output",
                "Yantai",
                "2024-11",
            ),
        ],
    ),
    # "over last year" is a base, not the period the text opens on
    "over-last-year-undated": (
        "Shaoxing harvested 310,000 tonnes of rice this autumn, an increase of 3.4 percent over "
        "last year.\n\nSales of farm machinery totaled 1.1 billion yuan.",
        "2024-11-05",
        [
            ("3.4 percent", "change", "increase", "year_on_year", "rice", "Shaoxing", None),
            (
                "1.1 billion yuan",
                "level",
                "none",
                None,
                "Sales of farm machinery",
                "Shaoxing",
                None,
            ),
        ],
    ),
    # near-misses: a growth rate compared with another period's, a base years away
    "rate-compared-quicker-than": (
        "Container throughput at Rizhao Port rose 5.5 percent in the fourth quarter, quicker "
        "than the third quarter.",
        "2025-01-16",
        [
            (
                "5.5 percent",
                "change",
                "increase",
                None,
                "Container throughput",
                "Rizhao Port",
                "2024-Q4",
            ),
        ],
    ),
    "rate-unchanged-from": (
        "Dongying's chemical output fell 1.8 percent in 2024, unchanged from 2023.",
        "2025-01-20",
        [("1.8 percent", "change", "decrease", None, "chemical output", "Dongying", "2024")],
    ),
    "base-years-away": (
        "Taizhou's exports rose 21.3 percent in 2023 compared with 2019.",
        "2024-01-20",
        [("21.3 percent", "change", "increase", None, "exports", "Taizhou", "2023")],
    ),
    "rate-up-from-rate": (
        "Zibo's output grew 7.5 percent in 2024, up from 6.1 percent in 2023.",
        "2025-01-20",
        [
            ("7.5 percent", "change", "increase", None, "output", "Zibo", "2024"),
            ("6.1 percent", "change", "increase", None, "output", "Zibo", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "day", "expected"), BASE_DATE.values(), ids=BASE_DATE.keys())
def test_facts_base_date(nlp: Language, text: str, day: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date=day) == expected


# cn-26: "had issued ... by the end of May" in June looks back (a deadline past, no plan for next
# May); the phrase before "worth" keeps a hyphenated compound whole.
PAST_DEADLINE: dict[str, tuple[str, str, list[Row]]] = {
    "had-issued-by-month-end": (
        "Yunnan Province had issued special-purpose local government bonds worth 92.4 billion "
        "yuan by the end of May.",
        "2024-06-20",
        [
            (
                "92.4 billion yuan",
                "level",
                "none",
                None,
                "special-purpose local government bonds",
                "Yunnan Province",
                "2024-05-31",
            )
        ],
    ),
    "has-allocated-by-month-end": (
        "Jiangxi has allocated farmland subsidies totaling 3.6 billion yuan by the end of April, "
        "the provincial finance department said.",
        "2024-05-10",
        [
            (
                "3.6 billion yuan",
                "level",
                "none",
                None,
                "farmland subsidies",
                "Jiangxi",
                "2024-04-30",
            )
        ],
    ),
    # near-miss: a plan's deadline stays a plan's
    "plans-by-month-end": (
        "Yunnan Province plans to issue special-purpose local government bonds worth 40 billion "
        "yuan by the end of May.",
        "2024-03-20",
        [
            (
                "40 billion yuan",
                "target",
                "none",
                None,
                "special-purpose local government bonds",
                "Yunnan Province",
                "2024-05-31",
            )
        ],
    ),
    # near-miss: a compound the five words end on is not reached into
    "compound-outside-the-words": (
        "Anhui approved 12 foreign-funded high-tech manufacturing projects worth 8.8 billion yuan.",
        "2024-02-10",
        [
            (
                "8.8 billion yuan",
                "level",
                "none",
                None,
                "high-tech manufacturing projects",
                "Anhui",
                None,
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "day", "expected"), PAST_DEADLINE.values(), ids=PAST_DEADLINE.keys()
)
def test_facts_past_deadline(nlp: Language, text: str, day: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date=day) == expected


# cn-26: purchasing managers' indices are a country's monthly statistics (levels of a month,
# owned by the place), not market quotes that belong to no one like a stock index.
PMI: dict[str, tuple[str, str, list[Row]]] = {
    "pmi-and-sub-index": (
        "China's manufacturing purchasing managers' index (PMI) stood at 49.8 percent in June, "
        "unchanged from May, the National Bureau of Statistics said.\n\n"
        "The new orders index was 49.9 percent.",
        "2024-06-30",
        [
            (
                "49.8 percent",
                "level",
                "none",
                None,
                "manufacturing purchasing managers' index",
                "China",
                "2024-06",
            ),
            ("49.9 percent", "level", "none", None, "new orders index", "China", "2024-06"),
        ],
    ),
    "business-activity-index-move": (
        "The non-manufacturing business activity index of China came in at 51.2 percent in March, "
        "up 0.8 percentage points from February.",
        "2024-03-31",
        [
            (
                "51.2 percent",
                "level",
                "none",
                None,
                "non-manufacturing business activity index",
                "China",
                "2024-03",
            ),
            (
                "0.8 percentage points",
                "change",
                "increase",
                "month_on_month",
                "non-manufacturing business activity index",
                "China",
                "2024-03",
            ),
        ],
    ),
    # near-miss: a stock index stays a quote of no one
    "stock-index": (
        "The Shanghai Composite Index rose 1.2 percent to close at 3,010 points on Monday.",
        "2024-03-04",
        [
            (
                "1.2 percent",
                "change",
                "increase",
                None,
                "Shanghai Composite Index",
                None,
                "2024-03-04",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "day", "expected"), PMI.values(), ids=PMI.keys())
def test_facts_pmi(nlp: Language, text: str, day: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date=day) == expected


# cn-26: "in the zone", "on the island" after a metric say where the quantity is (place_nouns),
# not which part of it is measured.
WHERE_NOT_PART: dict[str, tuple[str, list[Row]]] = {
    "in-the-zone": (
        "Actually utilized foreign capital in the zone reached $520 million in 2024, up 8.1 "
        "percent year-on-year.",
        [
            (
                "$520 million",
                "level",
                "none",
                None,
                "Actually utilized foreign capital",
                None,
                "2024",
            ),
            (
                "8.1 percent",
                "change",
                "increase",
                "year_on_year",
                "Actually utilized foreign capital",
                None,
                "2024",
            ),
        ],
    ),
    "on-the-island": (
        "Retail sales on the island rose 6.2 percent in 2024.",
        [("6.2 percent", "change", "increase", None, "Retail sales", None, "2024")],
    ),
    # near-miss: a place noun modifying the part measured keeps the part
    "place-noun-modifier": (
        "Investment in the island tourism industry rose 5 percent in 2024.",
        [
            (
                "5 percent",
                "change",
                "increase",
                None,
                "Investment in the island tourism industry",
                None,
                "2024",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), WHERE_NOT_PART.values(), ids=WHERE_NOT_PART.keys())
def test_facts_where_not_part(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-20") == expected


# cn-26: "the number of X" measures the count of X: the metric keeps "number of" (a few plain
# words or participles may stand between "of" and the words read before the verb).
NUMBER_OF: dict[str, tuple[str, list[Row]]] = {
    "number-of-generic": (
        "Chongqing's actually utilized foreign capital rose 20 percent in 2024. The number of "
        "newly established foreign-invested enterprises rose 31 percent.",
        [
            (
                "20 percent",
                "change",
                "increase",
                None,
                "actually utilized foreign capital",
                "Chongqing",
                "2024",
            ),
            (
                "31 percent",
                "change",
                "increase",
                None,
                "number of newly established foreign-invested enterprises",
                "Chongqing",
                "2024",
            ),
        ],
    ),
    "number-of-lexicon-metric": (
        "Haikou's number of registered cruise passengers rose 18 percent in 2024.",
        [
            (
                "18 percent",
                "change",
                "increase",
                None,
                "number of registered cruise passengers",
                "Haikou",
                "2024",
            )
        ],
    ),
    "number-of-before-a-place": (
        "In 2024, the number of inbound tourists in Xiamen grew 46 percent year on year.",
        [
            (
                "46 percent",
                "change",
                "increase",
                "year_on_year",
                "number of inbound tourists",
                "Xiamen",
                "2024",
            )
        ],
    ),
    "number-of-participle-before-a-place": (
        "The number of newly registered market entities in Fuzhou rose 12.4 percent in 2024.",
        [
            (
                "12.4 percent",
                "change",
                "increase",
                None,
                "number of newly registered market entities",
                "Fuzhou",
                "2024",
            )
        ],
    ),
    # near-miss: "a number of" says several, it counts nothing measured
    "a-number-of": (
        "A number of private firms in Wenzhou raised wages by 5 percent in 2024.",
        [("5 percent", "change", "increase", None, "wages", "Wenzhou", "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), NUMBER_OF.values(), ids=NUMBER_OF.keys())
def test_facts_number_of(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-20") == expected


# cn-26: years in brackets after "During the 14th Five-Year Plan period" are the span the
# statement is over; after a plan named otherwise they stay a gloss.
PLAN_PERIOD: dict[str, tuple[str, str, list[Row]]] = {
    "during-plan-period": (
        "During the 14th Five-Year Plan period (2021-2025), Guangdong plans to invest 1 trillion "
        "yuan in transport.",
        "2022-03-02",
        [("1 trillion yuan", "target", "none", None, "transport", "Guangdong", "2021/2025")],
    ),
    "over-the-plan-period": (
        "Over the plan period (2026-2030), Zhejiang will spend 80 billion yuan on water projects.",
        "2026-03-02",
        [("80 billion yuan", "target", "none", None, "water projects", "Zhejiang", "2026/2030")],
    ),
    # near-miss: the plan glossed inside an aside on the year
    "plan-gloss-in-aside": (
        "In 2023, the third year of the 14th Five-Year Plan (2021-2025), Hubei's GDP grew 6 "
        "percent.",
        "2024-01-20",
        [("6 percent", "change", "increase", None, "GDP", "Hubei", "2023")],
    ),
}


@pytest.mark.parametrize(("text", "day", "expected"), PLAN_PERIOD.values(), ids=PLAN_PERIOD.keys())
def test_facts_plan_period(nlp: Language, text: str, day: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date=day) == expected


# cn-26: a percentage that restates an increment in things counted ("an increase of 0.67 million
# tonnes, or 1.2 percent") measures the things counted before the increment.
RESTATED_INCREMENT: dict[str, tuple[str, list[Row]]] = {
    "increase-of-tonnes-or-percent": (
        "Jilin produced 41.9 million tonnes of grain in 2024, an increase of 0.5 million tonnes, "
        "or 1.2 percent, over 2023.",
        [("1.2 percent", "change", "increase", "year_on_year", "grain", "Jilin", "2024")],
    ),
    "up-tonnes-or-percent": (
        "Heilongjiang harvested 80.1 million tonnes of grain in 2024, up 2.3 million tonnes, or 3 "
        "percent, from 2023.",
        [("3 percent", "change", "increase", "year_on_year", "grain", "Heilongjiang", "2024")],
    ),
    # near-miss: an increment in money is a value of its own, the metric stays the sentence's
    "increase-of-money-or-percent": (
        "Exports of Ningbo reached 1.2 trillion yuan in 2024, an increase of 100 billion yuan, or "
        "9 percent.",
        [
            ("1.2 trillion yuan", "level", "none", None, "Exports", "Ningbo", "2024"),
            ("100 billion yuan", "change", "increase", None, "Exports", "Ningbo", "2024"),
            ("9 percent", "change", "increase", None, "Exports", "Ningbo", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RESTATED_INCREMENT.values(), ids=RESTATED_INCREMENT.keys()
)
def test_facts_restated_increment(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-20") == expected


# cn-26: "the total value of foreign trade", "the total volume of X", "the total import and
# export value": the measuring noun and its modifier are part of the metric.
MEASURE_HEAD: dict[str, tuple[str, list[Row]]] = {
    "total-value-of": (
        "The total value of foreign trade in Xiamen reached 940.5 billion yuan in 2024.",
        [
            (
                "940.5 billion yuan",
                "level",
                "none",
                None,
                "total value of foreign trade",
                "Xiamen",
                "2024",
            )
        ],
    ),
    "total-volume-of": (
        "The total volume of cross-border e-commerce in Zhengzhou rose 12 percent in 2024.",
        [
            (
                "12 percent",
                "change",
                "increase",
                None,
                "total volume of cross-border e-commerce",
                "Zhengzhou",
                "2024",
            )
        ],
    ),
    "total-before-generic-phrase": (
        "The total import and export value of Jiangsu Province reached 4.46 trillion yuan in 2024.",
        [
            (
                "4.46 trillion yuan",
                "level",
                "none",
                None,
                "total import and export value",
                "Jiangsu Province",
                "2024",
            )
        ],
    ),
    # an owner between the noun and the quantity stays inside the phrase (left-26: the head
    # is kept, see OWNER_INSIDE_METRIC)
    "value-of-owner": (
        "The value of Jiangsu's foreign trade reached 4.46 trillion yuan in 2024.",
        [
            (
                "4.46 trillion yuan",
                "level",
                "none",
                None,
                "value of Jiangsu's foreign trade",
                "Jiangsu",
                "2024",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), MEASURE_HEAD.values(), ids=MEASURE_HEAD.keys())
def test_facts_measure_head(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-20") == expected


# cn-26: a share's part named with its partners or its kind ("Trade with Belt and Road
# countries", "Exports to ASEAN", "Investment in manufacturing") is the metric; a place after
# "in" says where the part is ("Investment in Hefei": the place owns it).
SHARE_PART_PHRASE: dict[str, tuple[str, list[Row]]] = {
    "trade-with-countries-of-the-province-total": (
        "Jiangsu's imports fell 0.9 percent to 1.6 trillion yuan in 2024. Trade with Belt and "
        "Road countries accounted for 48.3 percent of the province's total.",
        [
            ("0.9 percent", "change", "decrease", None, "imports", "Jiangsu", "2024"),
            ("1.6 trillion yuan", "level", "none", None, "imports", "Jiangsu", "2024"),
            (
                "48.3 percent",
                "share",
                "none",
                None,
                "Trade with Belt and Road countries",
                "Jiangsu",
                "2024",
            ),
        ],
    ),
    "exports-to-a-named-partner": (
        "Exports to ASEAN made up 16 percent of Fujian's exports in 2024.",
        [("16 percent", "share", "none", None, "Exports to ASEAN", "Fujian", "2024")],
    ),
    "investment-in-a-sector": (
        "Investment in manufacturing accounted for 30 percent of Anhui's total in 2024.",
        [("30 percent", "share", "none", None, "Investment in manufacturing", "Anhui", "2024")],
    ),
    # near-misses: a place after "in", a place as the part
    "investment-in-a-place": (
        "Investment in Hefei accounted for 30 percent of Anhui's total in 2024.",
        [("30 percent", "share", "none", None, "Investment", "Hefei", "2024")],
    ),
    "place-as-the-part": (
        "Wuhan accounted for 38 percent of Hubei's GDP in 2024.",
        [("38 percent", "share", "none", None, "GDP", "Wuhan", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SHARE_PART_PHRASE.values(), ids=SHARE_PART_PHRASE.keys()
)
def test_facts_share_part_phrase(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-20") == expected


# cn-26: "grew by 2.3 billion yuan to 6.1 billion yuan" (the currency written at both ends after
# a told change) is a change and the new level, not a range; an outlook's "to grow X to Y"
# stays a range.
CHANGE_THEN_LEVEL: dict[str, tuple[str, list[Row]]] = {
    "grew-by-to": (
        "Revenue from airport retail in Chengdu grew by 2.3 billion yuan to 6.1 billion yuan in "
        "2024.",
        [
            (
                "2.3 billion yuan",
                "change",
                "increase",
                None,
                "Revenue from airport retail",
                "Chengdu",
                "2024",
            ),
            (
                "6.1 billion yuan",
                "level",
                "none",
                None,
                "Revenue from airport retail",
                "Chengdu",
                "2024",
            ),
        ],
    ),
    "up-to-at-month-end": (
        "Outstanding loans in Hubei were up 1.2 trillion yuan to 8.3 trillion yuan at the end of "
        "2024.",
        [
            (
                "1.2 trillion yuan",
                "change",
                "increase",
                None,
                "Outstanding loans",
                "Hubei",
                "2024-12-31",
            ),
            (
                "8.3 trillion yuan",
                "level",
                "none",
                None,
                "Outstanding loans",
                "Hubei",
                "2024-12-31",
            ),
        ],
    ),
    # near-miss: an outlook's range after an infinitive
    "outlook-range": (
        "Chengdu expects tourism revenue to grow 2 billion yuan to 3 billion yuan in 2025.",
        [
            (
                "2 billion yuan to 3 billion yuan",
                "target",
                "increase",
                None,
                "tourism revenue",
                "Chengdu",
                "2025",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), CHANGE_THEN_LEVEL.values(), ids=CHANGE_THEN_LEVEL.keys()
)
def test_facts_change_then_level(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-20") == expected


# cn-26: "compared with the previous year", "compared with a year earlier" after a change of a
# part of the year ("Jan-Oct"), and "in 2024 compared with 2023": year on year; the base dates
# neither the change nor the text.
COMPARED_WITH_YEAR_BACK: dict[str, tuple[str, list[Row]]] = {
    "jan-oct-compared-with-previous-year": (
        "Guangdong's fiscal revenue totaled 1.13 trillion yuan in Jan-Oct, up 1.2 percent "
        "compared with the previous year.",
        [
            (
                "1.13 trillion yuan",
                "level",
                "none",
                None,
                "fiscal revenue",
                "Guangdong",
                "2024-01/2024-10",
            ),
            (
                "1.2 percent",
                "change",
                "increase",
                "year_on_year",
                "fiscal revenue",
                "Guangdong",
                "2024-01/2024-10",
            ),
        ],
    ),
    "undated-compared-with-previous-year": (
        "Guangxi's fiscal revenue rose 3.2 percent compared with the previous year.",
        [("3.2 percent", "change", "increase", "year_on_year", "fiscal revenue", "Guangxi", None)],
    ),
    "own-year-then-base-year": (
        "Hainan's fiscal revenue rose 4.1 percent in 2023 compared with 2022.",
        [("4.1 percent", "change", "increase", "year_on_year", "fiscal revenue", "Hainan", "2023")],
    ),
    # near-miss: a base years away
    "own-year-then-base-years-away": (
        "Hainan's fiscal revenue rose 24 percent in 2023 compared with 2019.",
        [("24 percent", "change", "increase", None, "fiscal revenue", "Hainan", "2023")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), COMPARED_WITH_YEAR_BACK.values(), ids=COMPARED_WITH_YEAR_BACK.keys()
)
def test_facts_compared_with_year_back(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-18") == expected


# cn-26: "reached X, registering a growth of 7.1 percent": a participle after the comma tells the
# growth of the figure just given, whose metric it keeps; growth that opens its own statement
# stays the metric.
GROWTH_TOLD_AFTER: dict[str, tuple[str, list[Row]]] = {
    "registering-a-growth-of": (
        "Hangzhou's digital economy added value reached 663.5 billion yuan in 2024, registering "
        "a growth of 7.1 percent.",
        [
            (
                "663.5 billion yuan",
                "level",
                "none",
                None,
                "digital economy added value",
                "Hangzhou",
                "2024",
            ),
            (
                "7.1 percent",
                "change",
                "increase",
                None,
                "digital economy added value",
                "Hangzhou",
                "2024",
            ),
        ],
    ),
    "posting-growth-of": (
        "Ningbo's exports reached 560 billion yuan in 2024, posting growth of 9.1 percent.",
        [
            ("560 billion yuan", "level", "none", None, "exports", "Ningbo", "2024"),
            ("9.1 percent", "change", "increase", None, "exports", "Ningbo", "2024"),
        ],
    ),
    "representing-year-on-year-growth": (
        "Ningbo's exports reached 560 billion yuan in 2024, representing a year-on-year growth of "
        "9.1 percent.",
        [
            ("560 billion yuan", "level", "none", None, "exports", "Ningbo", "2024"),
            ("9.1 percent", "change", "increase", "year_on_year", "exports", "Ningbo", "2024"),
        ],
    ),
    # near-miss: a growth told in a clause of its own
    "growth-of-its-own": (
        "Ningbo's exports reached 560 billion yuan in 2024, while analysts expect growth of 6 "
        "percent in 2025.",
        [
            ("560 billion yuan", "level", "none", None, "exports", "Ningbo", "2024"),
            ("6 percent", "target", "increase", None, "growth", "Ningbo", "2025"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), GROWTH_TOLD_AFTER.values(), ids=GROWTH_TOLD_AFTER.keys()
)
def test_facts_growth_told_after(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-08") == expected


# cn-26: "will issue consumption vouchers worth 500 million yuan": the whole sum a programme
# hands out is planned spending (a target), and the verb after the modal is no part of the
# metric; what each gets ("worth 50 yuan each") stays a level in force.
VOUCHER_BUDGET: dict[str, tuple[str, list[Row]]] = {
    "vouchers-worth-total": (
        "Jinjiang will issue consumption vouchers worth 500 million yuan from April to June.",
        [
            (
                "500 million yuan",
                "target",
                "none",
                None,
                "consumption vouchers",
                "Jinjiang",
                "2024-Q2",
            )
        ],
    ),
    # near-miss: the worth of each voucher
    "voucher-worth-each": (
        "Jinjiang will issue vouchers worth 50 yuan each to residents.",
        [("50 yuan", "level", "none", None, "vouchers", "Jinjiang", None)],
    ),
    # near-miss: a past issue
    "vouchers-issued": (
        "Jinjiang issued consumption vouchers worth 500 million yuan in March.",
        [
            (
                "500 million yuan",
                "level",
                "none",
                None,
                "consumption vouchers",
                "Jinjiang",
                "2024-03",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), VOUCHER_BUDGET.values(), ids=VOUCHER_BUDGET.keys())
def test_facts_voucher_budget(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-04-02") == expected


# cn-26: "contributed 60.2 percent to the economic growth": the part of the growth a component
# gave is a share, its metric the component; a change "to" a level stays a change.
CONTRIBUTION_TO_GROWTH: dict[str, tuple[str, list[Row]]] = {
    "contributed-percent-to-growth": (
        "Final consumption contributed 60.2 percent to the economic growth of Shaanxi Province in "
        "2023.",
        [
            (
                "60.2 percent",
                "share",
                "none",
                None,
                "Final consumption",
                "Shaanxi Province",
                "2023",
            )
        ],
    ),
    # near-misses: points of growth stay a change; "rose 5 percent to" a level
    "contributed-points": (
        "Net exports contributed 1.2 percentage points to Anhui's GDP growth in 2023.",
        [("1.2 percentage points", "change", "none", None, "Net exports", None, "2023")],
    ),
    "rose-percent-to-level": (
        "Anhui's exports rose 5 percent to 900 billion yuan in 2023, adding to growth.",
        [
            ("5 percent", "change", "increase", None, "exports", "Anhui", "2023"),
            ("900 billion yuan", "level", "none", None, "exports", "Anhui", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), CONTRIBUTION_TO_GROWTH.values(), ids=CONTRIBUTION_TO_GROWTH.keys()
)
def test_facts_contribution_to_growth(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-05") == expected


# ---- intl-26: forms of international business news the corpus writes rarely ----

# Headline and wire verbs in every inflection: "hikes ... by 500 basis points", "leapt 14%",
# "slashes its dividend by 40%", "narrows 12%" give the change's direction like "raised" and
# "fell" do; a verb with no value of its own ("hiked rates in 2022") gives no fact.
CHANGE_VERB_FORMS: dict[str, tuple[str, list[Row]]] = {
    "hikes-by": (
        "Turkey's central bank hikes its policy rate by 500 basis points to 50%.",
        [
            ("500 basis points", "change", "increase", None, "policy rate", "Turkey", "2024-03-21"),
            ("50%", "level", "none", None, "policy rate", "Turkey", "2024-03-21"),
        ],
    ),
    "leapt": (
        "Shares of Orvane Corp leapt 14% on Thursday.",
        [("14%", "change", "increase", None, "Shares", "Orvane Corp", "2024-03-21")],
    ),
    "slashes-by": (
        "Ravel Foods slashes its dividend by 40% after a loss.",
        [("40%", "change", "decrease", None, "dividend", "Ravel Foods", None)],
    ),
    "narrows": (
        "The trade deficit narrows 12% to $61.2 billion in February.",
        [
            ("12%", "change", "decrease", None, "trade deficit", None, "2024-02"),
            ("$61.2 billion", "level", "none", None, "trade deficit", None, "2024-02"),
        ],
    ),
    # near-miss: the verb's own clause has no value; the rate after "hit" is a level
    "hiked-without-value": (
        "The bank hiked rates in 2022, when inflation hit 9.1%.",
        [("9.1%", "level", "none", None, "inflation", None, "2022")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), CHANGE_VERB_FORMS.values(), ids=CHANGE_VERB_FORMS.keys()
)
def test_facts_change_verb_forms(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-03-21") == expected


# The point a change is measured against, written after a comparison word: "compared with the
# same month a year ago", "versus the prior month", "than in the corresponding period of the
# previous year", "against the year-earlier quarter" give the basis; a level compared with the
# same point is no change and has none.
BASIS_OF_A_COMPARED_POINT: dict[str, tuple[str, list[Row]]] = {
    "compared-with-same-month": (
        "Swiss watch exports were up 4.1% in May compared with the same month a year ago.",
        [("4.1%", "change", "increase", "year_on_year", "watch exports", None, "2024-05")],
    ),
    "versus-prior-month": (
        "Retail sales grew 2.2% in May versus the prior month.",
        [("2.2%", "change", "increase", "month_on_month", "Retail sales", None, "2024-05")],
    ),
    "compared-with-preceding-quarter": (
        "Factory output fell 0.6% in the first quarter compared with the preceding quarter.",
        [("0.6%", "change", "decrease", "quarter_on_quarter", "Factory output", None, "2024-Q1")],
    ),
    "than-in-corresponding-period": (
        "Household spending was 3.4% higher in the first half than in the corresponding period "
        "of the previous year.",
        [("3.4%", "change", "increase", "year_on_year", "Household spending", None, "2024-H1")],
    ),
    "against-year-earlier-quarter": (
        "Quarterly profit at Orvane Corp fell 8% in the first quarter against the year-earlier "
        "quarter.",
        [
            (
                "8%",
                "change",
                "decrease",
                "year_on_year",
                "Quarterly profit",
                "Orvane Corp",
                "2024-Q1",
            )
        ],
    ),
    # near-miss: a level set beside the same point is no change
    "level-compared": (
        "Export revenue was $4.2 billion in May, compared with the same month a year ago.",
        [("$4.2 billion", "level", "none", None, "Export revenue", None, "2024-05")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    BASIS_OF_A_COMPARED_POINT.values(),
    ids=BASIS_OF_A_COMPARED_POINT.keys(),
)
def test_facts_basis_of_a_compared_point(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-06-20") == expected


# An amount "for the year to March 2025" sums the twelve months to that month: a company's
# fiscal year, a place's months; a rate "in the year to October" stays that month's reading.
AMOUNT_OF_THE_YEAR_TO_A_MONTH: dict[str, tuple[str, list[Row]]] = {
    "company-forecast-year-to": (
        "Tatsumi Heavy Industries expects revenue of 4.25 trillion yen for the year to March 2025.",
        [
            (
                "4.25 trillion yen",
                "target",
                "none",
                None,
                "revenue",
                "Tatsumi Heavy Industries",
                "FY2025",
            )
        ],
    ),
    "company-year-to-month": (
        "Harlow Homes said pretax profit rose to £612m in the year to June.",
        [("£612m", "level", "none", None, "pretax profit", "Harlow Homes", "FY2024")],
    ),
    "company-year-through-december": (
        "Kelby Retail sales totalled $9.4 billion in the year through December 2023.",
        [("$9.4 billion", "level", "none", None, "Retail sales", "Kelby Retail", "2023")],
    ),
    "place-year-to": (
        "Britain's trade deficit widened to £31.2bn in the year to September.",
        [("£31.2bn", "level", "none", None, "trade deficit", "Britain", "2023-10/2024-09")],
    ),
    # near-miss: an annual rate is the month's reading
    "rate-year-to": (
        "UK consumer prices rose 2.3% in the year to October.",
        [("2.3%", "level", "none", None, "consumer prices", "UK", "2024-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    AMOUNT_OF_THE_YEAR_TO_A_MONTH.values(),
    ids=AMOUNT_OF_THE_YEAR_TO_A_MONTH.keys(),
)
def test_facts_amount_of_the_year_to_a_month(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-07") == expected


# A central bank's growth forecast is its economy's ("kept its growth forecast at 4.7%-5.5%"):
# the bank sets rates, the growth is the country's; a company's own growth stays its own.
CENTRAL_BANK_GROWTH_FORECAST: dict[str, tuple[str, list[Row]]] = {
    "inherited-bank": (
        "Indonesia's rupiah slid on Wednesday.\n\n"
        "Bank Indonesia raised its benchmark rate by 25 basis points to 6.25% on Wednesday. The "
        "central bank kept its growth forecast for this year at 4.7%-5.5%.",
        [
            (
                "25 basis points",
                "change",
                "increase",
                None,
                "benchmark rate",
                "Bank Indonesia",
                "2024-04-24",
            ),
            ("6.25%", "level", "none", None, "benchmark rate", "Bank Indonesia", "2024-04-24"),
            ("4.7%-5.5%", "target", "increase", None, "growth", "Indonesia", "2024"),
        ],
    ),
    "bank-in-sentence": (
        "Chile's economy is slowing.\n\n"
        "The Central Bank of Chile trimmed its 2024 growth forecast to 1.5% from 2%.",
        [
            ("1.5%", "target", "increase", None, "growth", "Chile", "2024"),
            ("2%", "target", "increase", None, "growth", "Chile", "2024"),
        ],
    ),
    # near-miss: a company's growth is its own
    "company-growth": (
        "Holmvik Motors expects growth of 6% in 2024.",
        [("6%", "target", "increase", None, "growth", "Holmvik Motors", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    CENTRAL_BANK_GROWTH_FORECAST.values(),
    ids=CENTRAL_BANK_GROWTH_FORECAST.keys(),
)
def test_facts_central_bank_growth_forecast(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-04-24") == expected


# The basis written as a frame of the comparison: "on a quarterly basis", "in quarterly terms",
# "on a monthly basis", "in annual terms", before or after the change; a frame that names no
# period compared ("on a seasonally adjusted basis") gives none.
BASIS_OF_A_FRAME: dict[str, tuple[str, list[Row]]] = {
    "on-a-quarterly-basis": (
        "On a quarterly basis, GDP expanded 0.5% in the second quarter.",
        [("0.5%", "change", "increase", "quarter_on_quarter", "GDP", None, "2024-Q2")],
    ),
    "in-quarterly-terms": (
        "In quarterly terms, seasonally adjusted GDP rose 1.5% in the second quarter.",
        [
            (
                "1.5%",
                "change",
                "increase",
                "quarter_on_quarter",
                "seasonally adjusted GDP",
                None,
                "2024-Q2",
            )
        ],
    ),
    "on-a-monthly-basis": (
        "Retail sales fell 0.3% in July on a monthly basis.",
        [("0.3%", "change", "decrease", "month_on_month", "Retail sales", None, "2024-07")],
    ),
    "in-annual-terms": (
        "In annual terms, industrial output grew 2.4% in July.",
        [("2.4%", "change", "increase", "year_on_year", "industrial output", None, "2024-07")],
    ),
    # near-miss: an adjustment, no period compared
    "seasonally-adjusted-basis": (
        "Prices rose 0.2% in July on a seasonally adjusted basis.",
        [("0.2%", "change", "increase", None, "Prices", None, "2024-07")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), BASIS_OF_A_FRAME.values(), ids=BASIS_OF_A_FRAME.keys()
)
def test_facts_basis_of_a_frame(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-08-30") == expected


# Headline verbs in the present tense end the metric phrase before them: "Riksbank trims rate
# to 3.5%" measures the rate, "pares first-half loss" the loss; a participle used as an
# adjective stays in the phrase.
HEADLINE_VERB_ENDS_METRIC: dict[str, tuple[str, list[Row]]] = {
    "trims-rate": (
        "Riksbank trims rate to 3.5%\n\n"
        "STOCKHOLM, Aug 20 - The Riksbank cut its policy rate to 3.5% on Tuesday.",
        [
            ("3.5%", "level", "none", None, "rate", "Riksbank", "2024-08-20"),
            ("3.5%", "level", "none", None, "policy rate", "Riksbank", "2024-08-20"),
        ],
    ),
    "pares-loss": (
        "Halvard Energy pares first-half loss to $12 million",
        [("$12 million", "level", "none", None, "loss", "Halvard Energy", "2024-H1")],
    ),
    # near-miss: a participle as an adjective ("Extended", not the listed "extends") stays
    "participle-adjective": (
        "Extended warranty revenue at Halvard Energy rose 4% in July.",
        [
            (
                "4%",
                "change",
                "increase",
                None,
                "Extended warranty revenue",
                "Halvard Energy",
                "2024-07",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    HEADLINE_VERB_ENDS_METRIC.values(),
    ids=HEADLINE_VERB_ENDS_METRIC.keys(),
)
def test_facts_headline_verb_ends_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-08-20") == expected


# The pace of a change written before the value: "grew at an annualized rate of 2.1%", "shrank
# at a seasonally adjusted annualized rate of 2.9%" measure the quantity before the verb, with
# the verb's direction; a rate charged ("charged an annual rate of 21.5%") is the rate itself.
PACE_OF_A_CHANGE: dict[str, tuple[str, list[Row]]] = {
    "grew-at-annualized-rate-of": (
        "Canada's economy grew at an annualized rate of 2.1% in the second quarter.",
        [("2.1%", "change", "increase", None, "economy", "Canada", "2024-Q2")],
    ),
    "contracted-at-annual-rate-of": (
        "The economy contracted at an annual rate of 0.6% in the first quarter.",
        [("0.6%", "change", "decrease", None, "economy", None, "2024-Q1")],
    ),
    "shrank-seasonally-adjusted": (
        "Japan's economy shrank at a seasonally adjusted annualized rate of 2.9% in the first "
        "quarter.",
        [("2.9%", "change", "decrease", None, "economy", "Japan", "2024-Q1")],
    ),
    # near-miss: no verb of change before the rate
    "charged-annual-rate": (
        "Card issuers charged an annual rate of 21.5% in May.",
        [("21.5%", "level", "none", None, "annual rate", None, "2024-05")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PACE_OF_A_CHANGE.values(), ids=PACE_OF_A_CHANGE.keys()
)
def test_facts_pace_of_a_change(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-08-30") == expected


# Superlatives rank a quantity and are no part of its name: "had the highest jobless rate among
# member states at 11.7%" measures the jobless rate (and so does the elided "the lowest"); a
# word that only ends like one ("Interest income") stays.
SUPERLATIVE_BEFORE_METRIC: dict[str, tuple[str, list[Row]]] = {
    "highest-lowest": (
        "Spain had the highest jobless rate among member states at 11.7%, while Czechia had the "
        "lowest at 2.8%.",
        [
            ("11.7%", "level", "none", None, "jobless rate", "Spain", None),
            ("2.8%", "level", "none", None, "jobless rate", "Czechia", None),
        ],
    ),
    "fastest": (
        "Argentina posted the fastest inflation in the region at 271.5% in April.",
        [("271.5%", "level", "none", None, "inflation", "Argentina", "2024-04")],
    ),
    # near-miss: not a superlative
    "interest-income": (
        "Interest income at Halvard Bank rose 4% in May.",
        [("4%", "change", "increase", None, "Interest income", "Halvard Bank", "2024-05")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SUPERLATIVE_BEFORE_METRIC.values(),
    ids=SUPERLATIVE_BEFORE_METRIC.keys(),
)
def test_facts_superlative_before_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-07-02") == expected


# A period written as an adjective opening the metric ("its full-year adjusted EBITDA forecast",
# "its first-half dividend") dates the value over the day the change was told ("on Thursday");
# a rate, read at a point in time, keeps the day.
PERIOD_OPENING_THE_METRIC: dict[str, tuple[str, list[Row]]] = {
    "full-year-forecast": (
        "Ostra Chemicals SE cut its full-year adjusted EBITDA forecast on Thursday to 7.5 billion "
        "euros.",
        [
            (
                "7.5 billion euros",
                "target",
                "none",
                None,
                "adjusted EBITDA",
                "Ostra Chemicals SE",
                "2024",
            )
        ],
    ),
    "first-half-dividend": (
        "Halvard Energy raised its first-half dividend on Thursday to 40 cents a share.",
        [("40 cents a share", "level", "none", None, "dividend", "Halvard Energy", "2024-H1")],
    ),
    # near-miss: a rate set on a day is that day's
    "annual-rate-day": (
        "Lindqvist Bank set its annual lending rate at 5% on Thursday.",
        [("5%", "level", "none", None, "annual lending rate", "Lindqvist Bank", "2024-07-25")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    PERIOD_OPENING_THE_METRIC.values(),
    ids=PERIOD_OPENING_THE_METRIC.keys(),
)
def test_facts_period_opening_the_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-07-25") == expected


# A rating agency's forecast of a sovereign's fiscal balances ("the general government
# deficit", "a primary surplus") is the country's, as its growth and debt forecasts are; a
# company's own debt forecast by the agency stays the company's.
SOVEREIGN_BALANCE_FORECAST: dict[str, tuple[str, list[Row]]] = {
    "government-deficit": (
        "Fitch Ratings affirmed Hungary's rating at 'BBB' on Friday.\n\n"
        "Fitch expects the general government deficit to narrow to 4.5% of GDP in 2024 from 6.7% "
        "in 2023.",
        [
            ("4.5%", "target", "none", None, "general government deficit", "Hungary", "2024"),
            ("6.7%", "level", "none", None, "general government deficit", "Hungary", "2023"),
        ],
    ),
    "primary-surplus": (
        "Moody's kept Brazil's rating unchanged.\n\n"
        "Moody's expects a primary surplus of 0.5% of GDP in 2025.",
        [("0.5%", "target", "none", None, "primary surplus", "Brazil", "2025")],
    ),
    # near-miss: a company's debt
    "company-debt": (
        "Fitch expects Halvard Energy's net debt to fall to $20 billion in 2025.",
        [("$20 billion", "target", "none", None, "net debt", "Halvard Energy", "2025")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SOVEREIGN_BALANCE_FORECAST.values(),
    ids=SOVEREIGN_BALANCE_FORECAST.keys(),
)
def test_facts_sovereign_balance_forecast(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-06-07") == expected


# A participle opening a clause of result ("..., attracting orders of more than 4 billion
# euros", "..., drawing orders of 3 billion euros") is no part of the metric after it; a gerund
# that names a quantity ("Credit card spending") stays.
RESULT_PARTICIPLE_BEFORE_METRIC: dict[str, tuple[str, list[Row]]] = {
    "attracting-orders": (
        "Vestan Bank AG sold green bonds on Tuesday, attracting orders of more than 4 billion "
        "euros.",
        [
            (
                "more than 4 billion euros",
                "level",
                "none",
                None,
                "orders",
                "Vestan Bank AG",
                "2024-05-14",
            )
        ],
    ),
    "drawing-orders": (
        "Ostra Chemicals SE sold bonds on Tuesday, drawing orders of 3 billion euros.",
        [
            (
                "3 billion euros",
                "level",
                "none",
                None,
                "orders",
                "Ostra Chemicals SE",
                "2024-05-14",
            )
        ],
    ),
    # near-miss: a gerund that is the quantity
    "spending-noun": (
        "Credit card spending at Halvard Bank rose 6% in April.",
        [("6%", "change", "increase", None, "Credit card spending", "Halvard Bank", "2024-04")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    RESULT_PARTICIPLE_BEFORE_METRIC.values(),
    ids=RESULT_PARTICIPLE_BEFORE_METRIC.keys(),
)
def test_facts_result_participle_before_metric(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-05-14") == expected


# Verbs of a ratio getting better or worse ("improved", "worsened", "deteriorated") and of a
# small move ("edged", "inched", "hovered") end the metric phrase before them: "Gross NPA
# improved to 1.9%" measures gross NPA; an adjective "improved" before another noun is no verb
# of the value.
QUALITY_VERB_ENDS_METRIC: dict[str, tuple[str, list[Row]]] = {
    "improved-to": (
        "Gross NPA improved to 1.9% at Kavya Finance Ltd from 2.1% in the previous quarter.",
        [
            ("1.9%", "level", "none", None, "Gross NPA", "Kavya Finance Ltd", None),
            ("2.1%", "level", "none", None, "Gross NPA", "Kavya Finance Ltd", None),
        ],
    ),
    "worsened-to": (
        "Net NPA at Kavya Finance Ltd worsened to 0.8% in the fourth quarter.",
        [("0.8%", "level", "none", None, "Net NPA", "Kavya Finance Ltd", "2023-Q4")],
    ),
    # near-miss: "improved" as an adjective of another noun
    "improved-adjective": (
        "Kavya Finance Ltd said an improved loan mix lifted net interest margin to 4.35% in the "
        "fourth quarter.",
        [("4.35%", "level", "none", None, "net interest margin", "Kavya Finance Ltd", "2023-Q4")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    QUALITY_VERB_ENDS_METRIC.values(),
    ids=QUALITY_VERB_ENDS_METRIC.keys(),
)
def test_facts_quality_verb_ends_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-01-24") == expected


# An exclusion after the quantity ("Regular pay excluding bonuses", "Basic pay ex-bonuses")
# leaves the quantity named before it, not the part it leaves out; "less" as an adverb of
# degree ("less profitable models") excludes nothing.
QUANTITY_BEFORE_AN_EXCLUSION: dict[str, tuple[str, list[Row]]] = {
    "excluding": (
        "Regular pay excluding bonuses rose 6.2% in the three months to December.",
        [("6.2%", "change", "increase", None, "Regular pay", None, "2023-Q4")],
    ),
    "ex-hyphen": (
        "Basic pay ex-bonuses grew 5.8% in the three months to December.",
        [("5.8%", "change", "increase", None, "Basic pay", None, "2023-Q4")],
    ),
    # near-miss: "less" of degree
    "less-profitable": (
        "Sales of less profitable models fell 4% in January.",
        [("4%", "change", "decrease", None, "Sales", None, "2024-01")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    QUANTITY_BEFORE_AN_EXCLUSION.values(),
    ids=QUANTITY_BEFORE_AN_EXCLUSION.keys(),
)
def test_facts_quantity_before_an_exclusion(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-13") == expected


# An amount after a participle of cause and "by", followed by what it is of ("hit by 540
# million euros in writedowns", "weighed down by $120 million of restructuring charges"), sizes
# that cause: a level of it, no change of the quantity the clause measures; "fell by" stays a
# change.
AMOUNT_OF_A_CAUSE: dict[str, tuple[str, list[Row]]] = {
    "hit-by-in": (
        "Halvard Energy posted a net loss for the third quarter, hit by 540 million euros in "
        "writedowns on its wind projects.",
        [
            (
                "540 million euros",
                "level",
                "none",
                None,
                "writedowns",
                "Halvard Energy",
                "2024-Q3",
            )
        ],
    ),
    "weighed-down-by-of": (
        "Halvard Energy's quarterly profit was weighed down by $120 million of restructuring "
        "charges.",
        [("$120 million", "level", "none", None, "restructuring charges", "Halvard Energy", None)],
    ),
    # near-miss: a change "by" an amount
    "fell-by": (
        "Halvard Energy's profit fell by $120 million in the third quarter.",
        [("$120 million", "change", "decrease", None, "profit", "Halvard Energy", "2024-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), AMOUNT_OF_A_CAUSE.values(), ids=AMOUNT_OF_A_CAUSE.keys()
)
def test_facts_amount_of_a_cause(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-02") == expected


# Half a month, as fortnightly price releases count it: "in the first half of March" is March 1
# to 15, "the second half of February" the 16th to the month's end; "the first half of 2023" is
# still the year's half.
HALF_OF_A_MONTH: dict[str, tuple[str, list[Row]]] = {
    "first-half-of-month": (
        "Mexico's headline inflation slowed to 4.48% in the first half of March, INEGI said on "
        "Friday.",
        [
            (
                "4.48%",
                "level",
                "none",
                None,
                "headline inflation",
                "Mexico",
                "2024-03-01/2024-03-15",
            )
        ],
    ),
    "second-half-of-month": (
        "Mexico's headline inflation rose to 4.63% in the second half of February.",
        [
            (
                "4.63%",
                "level",
                "none",
                None,
                "headline inflation",
                "Mexico",
                "2024-02-16/2024-02-29",
            )
        ],
    ),
    # near-miss: the half of a year
    "first-half-of-year": (
        "Mexico's exports rose 4% in the first half of 2023.",
        [("4%", "change", "increase", None, "exports", "Mexico", "2023-H1")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), HALF_OF_A_MONTH.values(), ids=HALF_OF_A_MONTH.keys())
def test_facts_half_of_a_month(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-03-22") == expected


# The period opening the metric yields to a span named after the value ("for the year ending
# March 31, 2025"), not to a day after it ("to 7.5 billion euros on Thursday").
PERIOD_OPENING_THE_METRIC_AND_AFTER: dict[str, tuple[str, str, list[Row]]] = {
    "day-after": (
        "2024-07-25",
        "Ostra Chemicals SE cut its full-year adjusted EBITDA forecast to 7.5 billion euros on "
        "Thursday.",
        [
            (
                "7.5 billion euros",
                "target",
                "none",
                None,
                "adjusted EBITDA",
                "Ostra Chemicals SE",
                "2024",
            )
        ],
    ),
    "fiscal-year-after": (
        "2024-11-12",
        "Okada Electric Corp kept its full-year operating profit forecast of 210 billion yen for "
        "the year ending March 31, 2025.",
        [
            (
                "210 billion yen",
                "target",
                "none",
                None,
                "operating profit",
                "Okada Electric Corp",
                "FY2025",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    PERIOD_OPENING_THE_METRIC_AND_AFTER.values(),
    ids=PERIOD_OPENING_THE_METRIC_AND_AFTER.keys(),
)
def test_facts_period_opening_the_metric_and_after(
    nlp: Language, day: str, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date=day) == expected


# A relative aside that closes before a value tells of the noun it describes ("Food inflation,
# which accounts for the biggest share of the basket, quickened to 39.2%"); a company first
# named after a figure does not own a company-like metric before it in a country's story; a
# week after a verb of saying is when it was said.
ASIDES_AND_LATER_NAMES: dict[str, tuple[str, list[Row]]] = {
    "share-in-aside": (
        "Ghana's inflation eased to 21.9% in October.\n\n"
        "Food inflation, which accounts for the biggest share of the basket, slowed to 23.1%.",
        [
            ("21.9%", "level", "none", None, "inflation", "Ghana", "2024-10"),
            ("23.1%", "level", "none", None, "Food inflation", "Ghana", "2024-10"),
        ],
    ),
    # near-miss: a share told by the value's own clause stays a share
    "share-of-the-value": (
        "Ghana's inflation eased to 21.9% in October.\n\n"
        "Food, which drove prices, accounts for 43.1% of the basket.",
        [
            ("21.9%", "level", "none", None, "inflation", "Ghana", "2024-10"),
            ("43.1%", "share", "none", None, "Food", "Ghana", None),
        ],
    ),
    "company-named-later": (
        "Kuwait posts budget deficit\n\n"
        "Kuwait posted a budget deficit of 1.1 billion dinars in the third quarter.\n\n"
        "Oil revenue fell 9% to 4.2 billion dinars.\n\n"
        "State oil firm KPC, which supplies most of the income, did not comment.",
        [
            ("1.1 billion dinars", "level", "none", None, "budget deficit", "Kuwait", "2024-Q3"),
            ("9%", "change", "decrease", None, "Oil revenue", "Kuwait", "2024-Q3"),
            ("4.2 billion dinars", "level", "none", None, "Oil revenue", "Kuwait", "2024-Q3"),
        ],
    ),
    "said-last-week-before": (
        "Malaysia's exports rose 1.6% in October.\n\nPetronas, the state energy firm, said last week its revenue fell 14%.",
        [
            ("1.6%", "change", "increase", None, "exports", "Malaysia", "2024-10"),
            ("14%", "change", "decrease", None, "revenue", "Petronas", "2024-10"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), ASIDES_AND_LATER_NAMES.values(), ids=ASIDES_AND_LATER_NAMES.keys()
)
def test_facts_asides_and_later_names(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-18") == expected


# cn-26: a name glossed as a county-level city or an administrative unit of a place ("Zouping, a
# county-level city in Shandong Province", "Qinglong, a county in Guizhou Province") is a place,
# the owner of the figures told of it (not the province its gloss names).
GLOSSED_PLACE: dict[str, tuple[str, list[Row]]] = {
    "county-level-city": (
        "Zouping, a county-level city in Shandong Province, aims for GDP growth of 6.5 percent in "
        "2025.",
        [("6.5 percent", "target", "increase", None, "GDP growth", "Zouping", "2025")],
    ),
    "county-in": (
        "Qinglong, a county in Guizhou Province, said its tea output value rose 9 percent in 2024.",
        [("9 percent", "change", "increase", None, "tea output value", "Qinglong", "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), GLOSSED_PLACE.values(), ids=GLOSSED_PLACE.keys())
def test_facts_glossed_place(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-15") == expected


def test_glossed_person_is_no_place(nlp: Language) -> None:
    """Near-miss: "Wang Li, a county official," glosses a person, not a unit of a place."""
    records = extractor.extract(
        "Wang Li, a county official, said Qinglong, a county in Guizhou Province, grew.", nlp=nlp
    )
    places = [m.text for m in records.mentions if m.label == "GPE"]
    assert places == ["Qinglong", "Guizhou Province"]


# The value of a deal noun ("in an all-cash deal valued at $2.3 billion") after "would acquire"
# is the deal's terms, a level, as "would buy X for $Y" is; a plan's amount stays a target.
DEAL_VALUED_AT: dict[str, tuple[str, list[Row]]] = {
    "deal-valued-at": (
        "Kestrel Foods said on Tuesday it would acquire Maple Bakeries in an all-cash deal "
        "valued at $2.3 billion.",
        [
            (
                "$2.3 billion",
                "level",
                "none",
                None,
                "all-cash deal",
                "Kestrel Foods",
                "2024-03-12",
            )
        ],
    ),
    # near-miss: a plan to spend, worth a sum, is a target
    "plan-worth": (
        "Kestrel Foods said on Tuesday it would build bakeries worth $400 million by 2026.",
        [("$400 million", "target", "none", None, "bakeries", "Kestrel Foods", "2026")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DEAL_VALUED_AT.values(), ids=DEAL_VALUED_AT.keys())
def test_facts_deal_valued_at(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-03-12") == expected


# A clause joined by ", and" with a count or an object of its own ("..., and close two plants",
# "..., and book a charge") is no item of a list of words ending the metric; a real list
# ("green, social and sustainability-linked bonds") still is.
CLAUSE_WITH_A_COUNT_ENDS_LIST: dict[str, tuple[str, list[Row]]] = {
    "and-close-two-plants": (
        "Harbin Steel Co will cut about 3,000 jobs, or 12% of its workforce, and close two plants.",
        [("12%", "target", "decrease", None, "workforce", "Harbin Steel Co", None)],
    ),
    "and-book-a-charge": (
        "Harbin Steel Co will cut about 3,000 jobs, or 12% of its workforce, and book a charge.",
        [("12%", "target", "decrease", None, "workforce", "Harbin Steel Co", None)],
    ),
    # near-miss: a list of kinds of bonds
    "list-of-bonds": (
        "Vestan Bank AG sold 2 billion euros of green, social and sustainability-linked bonds in "
        "August.",
        [
            (
                "2 billion euros",
                "level",
                "none",
                None,
                "green, social and sustainability-linked bonds",
                "Vestan Bank AG",
                "2024-08",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    CLAUSE_WITH_A_COUNT_ENDS_LIST.values(),
    ids=CLAUSE_WITH_A_COUNT_ENDS_LIST.keys(),
)
def test_facts_clause_with_a_count_ends_list(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-09-03") == expected


# "Growth in X slowed to 3.1%" states the pace of X's growth, a change (an increase: X still
# grew), as "X growth slowed to" does; growth in prices is inflation, a level, and an amount
# is a level.
GROWTH_IN_A_QUANTITY: dict[str, tuple[str, list[Row]]] = {
    "growth-in": (
        "Growth in retail sales slowed to 3.1% in January.",
        [("3.1%", "change", "increase", None, "retail sales", None, "2024-01")],
    ),
    "growth-of": (
        "Growth of industrial output eased to 4.5% in January.",
        [("4.5%", "change", "increase", None, "industrial output", None, "2024-01")],
    ),
    # near-misses: prices (a rate by nature) and an amount
    "growth-in-prices": (
        "Growth in consumer prices slowed to 3.4% in January.",
        [("3.4%", "level", "none", None, "consumer prices", None, "2024-01")],
    ),
    "growth-in-amount": (
        "Growth in lending at Halvard Bank rose to $5 billion in January.",
        [("$5 billion", "level", "none", None, "lending", "Halvard Bank", "2024-01")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), GROWTH_IN_A_QUANTITY.values(), ids=GROWTH_IN_A_QUANTITY.keys()
)
def test_facts_growth_in_a_quantity(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-13") == expected


# Pay as a noun of wage statistics ("Average weekly pay", "regular pay") names the quantity,
# where "pay" alone is read as the verb of a payment; the verb before other words stays one.
PAY_AS_A_QUANTITY: dict[str, tuple[str, list[Row]]] = {
    "average-weekly-pay": (
        "Average weekly pay rose 5.8% in the three months to December.",
        [("5.8%", "change", "increase", None, "Average weekly pay", None, "2023-Q4")],
    ),
    "growth-in-regular-pay": (
        "Growth in regular pay slowed to 6.2% in the three months to December.",
        [("6.2%", "change", "increase", None, "regular pay", None, "2023-Q4")],
    ),
    # near-miss: the verb "pay" before "regular staff"
    "pay-regular-staff": (
        "Halvard Energy will pay regular staff a bonus of $500 each in March.",
        [("$500", "level", "none", None, "bonus", "Halvard Energy", "2024-03")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PAY_AS_A_QUANTITY.values(), ids=PAY_AS_A_QUANTITY.keys()
)
def test_facts_pay_as_a_quantity(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-13") == expected


# A plan's name plans nothing, and the years in brackets after a name gloss it: a text that
# opens "In 2023, the midpoint of the 14th Five-Year Plan (2021-2025), ..." stays on 2023.
PLAN_NAMES: dict[str, tuple[str, list[Row]]] = {
    "plan-name-opening": (
        "In 2023, the midpoint of the 14th Five-Year Plan (2021-2025), Ganzhou's GDP grew 5.1 "
        "percent.\n\nRetail sales rose 6 percent.",
        [
            ("5.1 percent", "change", "increase", None, "GDP", "Ganzhou", "2023"),
            ("6 percent", "change", "increase", None, "Retail sales", "Ganzhou", "2023"),
        ],
    ),
    # near-miss: a plan told as a plan still plans ("plans to"), and dates its own figure only
    "plan-verb-opening": (
        "Ganzhou plans to lift GDP by 6 percent in 2025.\n\nRetail sales rose 7 percent in 2023.",
        [
            ("6 percent", "target", "increase", None, "GDP", "Ganzhou", "2025"),
            ("7 percent", "change", "increase", None, "Retail sales", "Ganzhou", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PLAN_NAMES.values(), ids=PLAN_NAMES.keys())
def test_facts_plan_names(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-03-20") == expected


# left-26: a numbered Five-Year Plan a statement is told over dates its values by the plan's
# years when the sentence names no date of its own ("During the 14th Five-Year Plan period,
# Hubei will invest ..."); a date of the sentence still wins, and a plan named in another
# sentence or in another clause after the value dates nothing.
FIVE_YEAR_PLANS: dict[str, tuple[str, list[Row]]] = {
    "during-period": (
        "During the 15th Five-Year Plan period, Gansu will invest 400 billion yuan in railways.",
        [("400 billion yuan", "target", "none", None, "railways", "Gansu", "2026/2030")],
    ),
    "over-after-value": (
        "Hunan spent 120 billion yuan on water projects over the 13th Five-Year Plan period.",
        [("120 billion yuan", "level", "none", None, "water projects", "Hunan", "2016/2020")],
    ),
    "own-date-wins": (
        "Under the 14th Five-Year Plan, Shanxi will spend 9 billion yuan on mine safety in 2026.",
        [("9 billion yuan", "target", "none", None, "mine safety", "Shanxi", "2026")],
    ),
    "by-the-end-of-a-plan": (
        "By the end of the 15th Five-Year Plan period, Gansu aims to raise forest cover to 14 "
        "percent.",
        [("14 percent", "target", "none", None, "forest cover", "Gansu", "2030-12")],
    ),
    # near-miss: a level reached by a plan's end is no goal; the plan's end does not date it
    "by-the-end-not-a-goal": (
        "By the end of the 13th Five-Year Plan period, Gansu's forest cover had reached 11 "
        "percent.",
        [("11 percent", "level", "none", None, "forest cover", "Gansu", None)],
    ),
    "plan-in-another-sentence": (
        "Officials said the 14th Five-Year Plan was on track. Guangxi will invest 50 billion "
        "yuan in ports.",
        [("50 billion yuan", "target", "none", None, "ports", "Guangxi", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), FIVE_YEAR_PLANS.values(), ids=FIVE_YEAR_PLANS.keys())
def test_facts_five_year_plan_periods(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-10") == expected


# left-26: an owner in the possessive inside a metric's "of" phrase is the subject and never
# takes the head away: after a metric ("the added value of Fuzhou's marine economy") the metric
# is the head alone, as with "of the city's tertiary industry"; after a bare measuring or count
# noun ("the value of Xiamen's service trade", "the number of Quanzhou's cruise passengers") the
# whole phrase, owner inside (the noun alone names nothing); a place named in the "of" phrase
# without a part after it ("the output value of Zhangzhou") is the owner only.
OWNER_INSIDE_METRIC: dict[str, tuple[str, list[Row]]] = {
    "measure-head": (
        "Fujian report\n\nThe value of Xiamen's service trade reached 180 billion yuan in 2024.",
        [
            (
                "180 billion yuan",
                "level",
                "none",
                None,
                "value of Xiamen's service trade",
                "Xiamen",
                "2024",
            )
        ],
    ),
    "metric-with-of-phrase": (
        "Fujian report\n\nThe added value of Fuzhou's marine economy grew 7% in 2024.",
        [
            (
                "7%",
                "change",
                "increase",
                None,
                "added value",
                "Fuzhou",
                "2024",
            )
        ],
    ),
    "count-head": (
        "Fujian report\n\nThe number of Quanzhou's cruise passengers rose 12% in 2024.",
        [
            (
                "12%",
                "change",
                "increase",
                None,
                "number of Quanzhou's cruise passengers",
                "Quanzhou",
                "2024",
            )
        ],
    ),
    "owner-noun": (
        "Fujian report\n\nThe value of the province's service trade rose 9% in 2024.",
        [
            (
                "9%",
                "change",
                "increase",
                None,
                "value of the province's service trade",
                "Fujian",
                "2024",
            )
        ],
    ),
    "owner-without-part": (
        "Fujian report\n\nThe output value of Zhangzhou rose 5% in 2024.",
        [("5%", "change", "increase", None, "output value", "Zhangzhou", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), OWNER_INSIDE_METRIC.values(), ids=OWNER_INSIDE_METRIC.keys()
)
def test_facts_owner_inside_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-10") == expected


# left-26: a share of a place's economy-wide quantity named right after the value ("to Anhui's
# GDP growth", "of GDP in Anhui"), with no owner before the value, is that place's part; a
# country's total stays the whole a region's part is measured against.
OWNER_OF_WHOLE: dict[str, tuple[str, list[Row]]] = {
    "contribution-possessive": (
        "Hunan report\n\nInvestment contributed 35 percent to Jiangxi's economic growth in 2024.",
        [("35 percent", "share", "none", None, "Investment", "Jiangxi", "2024")],
    ),
    "of-gdp-in-place": (
        "Hunan report\n\nServices accounted for 52 percent of GDP in Jiangxi in 2024.",
        [("52 percent", "share", "none", None, "Services", "Jiangxi", "2024")],
    ),
    "contribution-to-a-country": (
        "Hunan report\n\nNet exports contributed 30 percent to China's GDP growth in 2024.",
        [("30 percent", "share", "none", None, "Net exports", "China", "2024")],
    ),
    # near-miss: the part measured against a country's total is the region's in view
    "country-total": (
        "Hunan report\n\nMachinery made up 8 percent of China's total exports in 2024.",
        [("8 percent", "share", "none", None, "Machinery", "Hunan", "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), OWNER_OF_WHOLE.values(), ids=OWNER_OF_WHOLE.keys())
def test_facts_owner_of_whole(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-10") == expected


# left-26: "range" and "band" between "growth target" and its bounds leave "growth" the metric
# ("set a growth target range of 6% to 6.5%"), and "for the year" right after the bounds dates
# them; a standing target range with no year stays undated.
GROWTH_TARGET_RANGE: dict[str, tuple[str, list[Row]]] = {
    "target-range-for-the-year": (
        "Shaanxi report\n\nThe government set a growth target range of 5.5% to 6% for the year.",
        [("5.5% to 6%", "target", "increase", None, "growth", "Shaanxi", "2025")],
    ),
    "target-band": (
        "Shaanxi report\n\nOfficials set a GDP growth target band of 5% to 6% for 2025.",
        [("5% to 6%", "target", "increase", None, "GDP growth", "Shaanxi", "2025")],
    ),
    # near-miss: a standing inflation target range is no growth and has no year
    "standing-range": (
        "Chile report\n\nThe central bank kept its inflation target range of 2% to 4%.",
        [("2% to 4%", "target", "none", None, "inflation", "Chile", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), GROWTH_TARGET_RANGE.values(), ids=GROWTH_TARGET_RANGE.keys()
)
def test_facts_growth_target_range(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-05") == expected


# The article's main subject is named by the paragraph of its first figure at the latest: a
# country named further on, in a list of members, owns no figure of the region's lede. A basis
# that opens the next sentence ("Year-on-year growth reached 0.9%") is not the lede's.
MAIN_SUBJECT_IN_TIME: dict[str, tuple[str, list[Row]]] = {
    "member-named-later": (
        "Euro zone economy grows 0.4% in third quarter\n\n"
        "The euro zone economy grew 0.4% in the third quarter.\n\n"
        "Year-on-year growth reached 0.9%. Germany expanded 0.2%.",
        [
            ("0.4%", "change", "increase", None, "Euro zone economy", None, "2024-Q3"),
            ("0.4%", "change", "increase", None, "euro zone economy", None, "2024-Q3"),
            ("0.9%", "change", "increase", "year_on_year", "growth", None, "2024-Q3"),
            ("0.2%", "change", "increase", None, "growth", "Germany", "2024-Q3"),
        ],
    ),
    # near-miss: a country named in the lede is the article's
    "named-in-lede": (
        "Economy grows 0.4% in third quarter\n\n"
        "Portugal's economy grew 0.4% in the third quarter.\n\n"
        "Year-on-year growth reached 0.9%.",
        [
            ("0.4%", "change", "increase", None, "Economy", "Portugal", "2024-Q3"),
            ("0.4%", "change", "increase", None, "economy", "Portugal", "2024-Q3"),
            ("0.9%", "change", "increase", "year_on_year", "growth", "Portugal", "2024-Q3"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), MAIN_SUBJECT_IN_TIME.values(), ids=MAIN_SUBJECT_IN_TIME.keys()
)
def test_facts_main_subject_in_time(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-10-30") == expected


# fy-26: fiscal-period conventions of Japanese and Indian company news.
# The period after the level reached dates the change in a growth noun before it too ("a 24%
# rise in net profit to Rs 845 crore for the September quarter"), as it does after a verb.
GROWTH_NOUN_TO_LEVEL_DATED: dict[str, tuple[str, list[Row]]] = {
    "rise-in-metric-to-level": (
        "Godavari Cement's volumes grew 6% in 2023. The company posted a 24% rise in "
        "consolidated net profit to Rs 845 crore for the September quarter.",
        [
            ("6%", "change", "increase", None, "volumes", "Godavari Cement", "2023"),
            (
                "24%",
                "change",
                "increase",
                None,
                "consolidated net profit",
                "Godavari Cement",
                "2024-Q3",
            ),
            (
                "Rs 845 crore",
                "level",
                "none",
                None,
                "consolidated net profit",
                "Godavari Cement",
                "2024-Q3",
            ),
        ],
    ),
    # a metric's own "from" ("revenue from operations") makes no figure compared
    "metric-with-from": (
        "Ruby Textiles said sales rose 6% in 2023. It reported an 11% jump in revenue from "
        "operations to Rs 212 crore in the June quarter.",
        [
            ("6%", "change", "increase", None, "sales", "Ruby Textiles", "2023"),
            (
                "11%",
                "change",
                "increase",
                None,
                "revenue from operations",
                "Ruby Textiles",
                "2024-Q2",
            ),
            (
                "Rs 212 crore",
                "level",
                "none",
                None,
                "revenue from operations",
                "Ruby Textiles",
                "2024-Q2",
            ),
        ],
    ),
    # near-miss: "from 12% to 14% in the June quarter": the date is the level reached's, not
    # the starting level's
    "from-level-to-level": (
        "Ruby Textiles said sales rose 6% in 2023. Its margin rose from 12% to 14% in the June "
        "quarter.",
        [
            ("6%", "change", "increase", None, "sales", "Ruby Textiles", "2023"),
            ("12%", "level", "none", None, "margin", "Ruby Textiles", "2023"),
            ("14%", "level", "none", None, "margin", "Ruby Textiles", "2024-Q2"),
        ],
    ),
    # near-miss: a clause of its own reaches the level; the change keeps the text's period
    "other-clause-level": (
        "Godavari Cement's volumes grew 6% in 2023. The company posted a 24% rise in net "
        "profit, while its debt fell to Rs 845 crore in the September quarter.",
        [
            ("6%", "change", "increase", None, "volumes", "Godavari Cement", "2023"),
            ("24%", "change", "increase", None, "net profit", "Godavari Cement", "2023"),
            ("Rs 845 crore", "level", "none", None, "debt", "Godavari Cement", "2024-Q3"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    GROWTH_NOUN_TO_LEVEL_DATED.values(),
    ids=GROWTH_NOUN_TO_LEVEL_DATED.keys(),
)
def test_facts_growth_noun_to_level_dated(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-10-25") == expected


# A Japanese company names a fiscal year by the year it starts in: where an article's amounts
# are mostly in yen, "fiscal 2024" is April 2024 to March 2025 (FY2025); a year told by its end
# is left as it is, and dollar or rupee articles keep "fiscal 2024" as the year ending then.
FISCAL_YEAR_BY_ITS_START: dict[str, tuple[str, list[Row]]] = {
    "yen-fiscal-year": (
        "Hoshino Motor now expects operating profit of 2.1 trillion yen for fiscal 2024.",
        [
            (
                "2.1 trillion yen",
                "target",
                "none",
                None,
                "operating profit",
                "Hoshino Motor",
                "FY2025",
            )
        ],
    ),
    "yen-half-of-fiscal-year": (
        "Hoshino Motor said operating profit rose 12% to 1.1 trillion yen in the first half of "
        "fiscal 2024.",
        [
            (
                "12%",
                "change",
                "increase",
                None,
                "operating profit",
                "Hoshino Motor",
                "2024-04/2024-09",
            ),
            (
                "1.1 trillion yen",
                "level",
                "none",
                None,
                "operating profit",
                "Hoshino Motor",
                "2024-04/2024-09",
            ),
        ],
    ),
    "yen-quarter-of-fiscal-year": (
        "Hoshino Motor said operating profit rose 12% to 1.1 trillion yen in Q1 of fiscal 2024.",
        [
            ("12%", "change", "increase", None, "operating profit", "Hoshino Motor", "2024-Q2"),
            (
                "1.1 trillion yen",
                "level",
                "none",
                None,
                "operating profit",
                "Hoshino Motor",
                "2024-Q2",
            ),
        ],
    ),
    # near-misses: a fiscal code as written; a year told by its end; a dollar and a rupee
    # article
    "yen-quarter-of-fiscal-code": (
        "Hoshino Motor said operating profit rose 12% to 1.1 trillion yen in Q1 of FY2025.",
        [
            ("12%", "change", "increase", None, "operating profit", "Hoshino Motor", "2024-Q2"),
            (
                "1.1 trillion yen",
                "level",
                "none",
                None,
                "operating profit",
                "Hoshino Motor",
                "2024-Q2",
            ),
        ],
    ),
    "yen-year-ending": (
        "Hoshino Motor now expects operating profit of 2.1 trillion yen for the fiscal year "
        "ending March 2025.",
        [
            (
                "2.1 trillion yen",
                "target",
                "none",
                None,
                "operating profit",
                "Hoshino Motor",
                "FY2025",
            )
        ],
    ),
    "dollar-fiscal-year": (
        "Harlan Foods now expects operating profit of $2.1 billion for fiscal 2024.",
        [("$2.1 billion", "target", "none", None, "operating profit", "Harlan Foods", "FY2024")],
    ),
    "rupee-fiscal-year": (
        "Deccan Steel expects net profit of Rs 5,200 crore for fiscal 2025.",
        [("Rs 5,200 crore", "target", "none", None, "net profit", "Deccan Steel", "FY2025")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    FISCAL_YEAR_BY_ITS_START.values(),
    ids=FISCAL_YEAR_BY_ITS_START.keys(),
)
def test_facts_fiscal_year_by_its_start(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-06") == expected


# Indian company news names quarters by the fiscal year ending in March: where its amounts are
# mostly in rupees written the Indian press's way ("Rs 2,040 crore"), a bare "Q2" or "the second
# quarter" is July-September; "the first quarter of FY25" is April-June 2024 in any article.
# A wire's "20.4 billion rupees", dollar and yen articles keep calendar quarters.
FISCAL_QUARTERS: dict[str, tuple[str, str, list[Row]]] = {
    "rupee-bare-quarter": (
        "2024-10-25",
        "Kaveri Bank said its net profit rose 18% to Rs 2,040 crore in the second quarter.",
        [
            ("18%", "change", "increase", None, "net profit", "Kaveri Bank", "2024-Q3"),
            ("Rs 2,040 crore", "level", "none", None, "net profit", "Kaveri Bank", "2024-Q3"),
        ],
    ),
    "rupee-quarter-code": (
        "2025-01-28",
        "Indus Motors said net profit fell 8% to Rs 2,310 crore in Q3.",
        [
            ("8%", "change", "decrease", None, "net profit", "Indus Motors", "2024-Q4"),
            ("Rs 2,310 crore", "level", "none", None, "net profit", "Indus Motors", "2024-Q4"),
        ],
    ),
    "quarter-of-fiscal-code": (
        "2024-07-22",
        "Vistara Software said revenue rose 5% to $4.9 billion in the first quarter of FY25.",
        [
            ("5%", "change", "increase", None, "revenue", "Vistara Software", "2024-Q2"),
            ("$4.9 billion", "level", "none", None, "revenue", "Vistara Software", "2024-Q2"),
        ],
    ),
    # near-misses: a calendar year named; dollar and yen articles
    "quarter-of-calendar-year": (
        "2024-07-22",
        "Vistara Software said revenue rose 5% to $4.9 billion in the first quarter of 2024.",
        [
            ("5%", "change", "increase", None, "revenue", "Vistara Software", "2024-Q1"),
            ("$4.9 billion", "level", "none", None, "revenue", "Vistara Software", "2024-Q1"),
        ],
    ),
    "dollar-bare-quarter": (
        "2024-10-25",
        "Harlan Foods said its net profit rose 18% to $2.04 billion in the second quarter.",
        [
            ("18%", "change", "increase", None, "net profit", "Harlan Foods", "2024-Q2"),
            ("$2.04 billion", "level", "none", None, "net profit", "Harlan Foods", "2024-Q2"),
        ],
    ),
    "wire-rupee-bare-quarter": (
        "2024-10-25",
        "Kaveri Bank said its net profit rose 18% to 20.4 billion rupees in the second quarter.",
        [
            ("18%", "change", "increase", None, "net profit", "Kaveri Bank", "2024-Q2"),
            ("20.4 billion rupees", "level", "none", None, "net profit", "Kaveri Bank", "2024-Q2"),
        ],
    ),
    "yen-bare-quarter": (
        "2024-10-25",
        "Hoshino Motor said its net profit rose 18% to 204 billion yen in the second quarter.",
        [
            ("18%", "change", "increase", None, "net profit", "Hoshino Motor", "2024-Q2"),
            ("204 billion yen", "level", "none", None, "net profit", "Hoshino Motor", "2024-Q2"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("day", "text", "expected"), FISCAL_QUARTERS.values(), ids=FISCAL_QUARTERS.keys()
)
def test_facts_fiscal_quarters(nlp: Language, day: str, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date=day) == expected


# A fiscal year told from the article's date in Japanese or Indian company news, which names no
# year-end: the one running by March year-ends. A dollar article's year-end stays unknown, and
# "this year" stays the calendar's.
RUNNING_FISCAL_YEAR_BY_MARKET: dict[str, tuple[str, list[Row]]] = {
    "yen-this-fiscal-year": (
        "Aeonix Holdings cut its net profit forecast for this fiscal year to 85 billion yen.",
        [
            (
                "85 billion yen",
                "target",
                "none",
                None,
                "net profit",
                "Aeonix Holdings",
                "FY2025",
            )
        ],
    ),
    "rupee-current-financial-year": (
        "Deccan Steel raised its net profit forecast for the current financial year to Rs 5,200 "
        "crore.",
        [("Rs 5,200 crore", "target", "none", None, "net profit", "Deccan Steel", "FY2025")],
    ),
    # near-misses: a dollar article; the calendar's year
    "dollar-this-fiscal-year": (
        "Harlan Foods cut its net profit forecast for this fiscal year to $850 million.",
        [("$850 million", "target", "none", None, "net profit", "Harlan Foods", None)],
    ),
    "yen-this-year": (
        "Aeonix Holdings expects net profit of 85 billion yen this year.",
        [("85 billion yen", "target", "none", None, "net profit", "Aeonix Holdings", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    RUNNING_FISCAL_YEAR_BY_MARKET.values(),
    ids=RUNNING_FISCAL_YEAR_BY_MARKET.keys(),
)
def test_facts_running_fiscal_year_by_market(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-10-10") == expected


# Halves of a fiscal year: "the first half of FY25", "the second half of the fiscal year" (the
# one running by the year-end the text or its market gives), and a bare "first half" in Indian
# company news (April-September; for a plan the next that has not ended). A dollar article's
# bare half stays the calendar's.
FISCAL_HALVES: dict[str, tuple[str, list[Row]]] = {
    "rupee-bare-half": (
        "Deccan Steel said net profit rose 14% to Rs 2,900 crore in the first half.",
        [
            ("14%", "change", "increase", None, "net profit", "Deccan Steel", "2024-04/2024-09"),
            (
                "Rs 2,900 crore",
                "level",
                "none",
                None,
                "net profit",
                "Deccan Steel",
                "2024-04/2024-09",
            ),
        ],
    ),
    "rupee-half-of-fiscal-code": (
        "Deccan Steel said net profit rose 14% to Rs 2,900 crore in the first half of FY25.",
        [
            ("14%", "change", "increase", None, "net profit", "Deccan Steel", "2024-04/2024-09"),
            (
                "Rs 2,900 crore",
                "level",
                "none",
                None,
                "net profit",
                "Deccan Steel",
                "2024-04/2024-09",
            ),
        ],
    ),
    "rupee-plan-half": (
        "Deccan Steel expects revenue of Rs 40,000 crore in the second half.",
        [
            (
                "Rs 40,000 crore",
                "target",
                "none",
                None,
                "revenue",
                "Deccan Steel",
                "2024-10/2025-03",
            )
        ],
    ),
    "yen-half-of-the-fiscal-year": (
        "Hoshino Motor expects net profit of 290 billion yen in the second half of the fiscal "
        "year.",
        [
            (
                "290 billion yen",
                "target",
                "none",
                None,
                "net profit",
                "Hoshino Motor",
                "2024-10/2025-03",
            )
        ],
    ),
    # near-miss: a dollar article's bare half
    "dollar-bare-half": (
        "Harlan Foods said net profit rose 14% to $290 million in the first half.",
        [
            ("14%", "change", "increase", None, "net profit", "Harlan Foods", "2024-H1"),
            ("$290 million", "level", "none", None, "net profit", "Harlan Foods", "2024-H1"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), FISCAL_HALVES.values(), ids=FISCAL_HALVES.keys())
def test_facts_fiscal_halves(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-08") == expected


# A span told by the month it ends in: "the quarter that ended in September" (2024-Q3), "the
# six months to September", "the business year that ended in March" (FY2024); a company's change
# of a flow "in the year to March" is the fiscal year's, as the amount it reached. A rate or a
# share price "in the year to March" stays that month's reading.
SPAN_TO_A_MONTH: dict[str, tuple[str, str, list[Row]]] = {
    "quarter-that-ended-in": (
        "2024-11-05",
        "Pune Pharma's revenue rose 9% to $1.2 billion in the quarter that ended in September.",
        [
            ("9%", "change", "increase", None, "revenue", "Pune Pharma", "2024-Q3"),
            ("$1.2 billion", "level", "none", None, "revenue", "Pune Pharma", "2024-Q3"),
        ],
    ),
    "six-months-to": (
        "2024-11-05",
        "Pune Pharma's revenue rose 9% to $1.2 billion in the six months to September.",
        [
            ("9%", "change", "increase", None, "revenue", "Pune Pharma", "2024-04/2024-09"),
            ("$1.2 billion", "level", "none", None, "revenue", "Pune Pharma", "2024-04/2024-09"),
        ],
    ),
    "business-year-that-ended-in": (
        "2024-05-10",
        "Sakura Electric said net profit rose 18% to ¥412 billion in the business year that "
        "ended in March.",
        [
            ("18%", "change", "increase", None, "net profit", "Sakura Electric", "FY2024"),
            ("¥412 billion", "level", "none", None, "net profit", "Sakura Electric", "FY2024"),
        ],
    ),
    "company-change-year-to": (
        "2024-05-10",
        "Sakura Electric said net profit rose 18% in the year through March.",
        [("18%", "change", "increase", None, "net profit", "Sakura Electric", "FY2024")],
    ),
    # near-misses: a price's and a share's annual change read in a month
    "prices-year-to": (
        "2024-05-10",
        "Japan's consumer prices rose 2.8% in the year to March.",
        [("2.8%", "level", "none", None, "consumer prices", "Japan", "2024-03")],
    ),
    "shares-year-to": (
        "2024-05-10",
        "Sakura Electric's shares rose 18% in the year to March.",
        [("18%", "change", "increase", None, "shares", "Sakura Electric", "2024-03")],
    ),
}


@pytest.mark.parametrize(
    ("day", "text", "expected"), SPAN_TO_A_MONTH.values(), ids=SPAN_TO_A_MONTH.keys()
)
def test_facts_span_to_a_month(nlp: Language, day: str, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date=day) == expected


# A conversion in brackets is no amount of its own when the article's currency is counted: a
# yen article converting to dollars keeps its fiscal conventions, a dollar article converting
# to yen keeps its own.
FISCAL_CONVENTION_PAST_CONVERSIONS: dict[str, tuple[str, str, list[Row]]] = {
    "yen-with-dollars": (
        "2024-11-06",
        "Hoshino Motor now expects operating profit of 2.1 trillion yen ($13.8 billion) for "
        "fiscal 2024.",
        [
            (
                "2.1 trillion yen",
                "target",
                "none",
                None,
                "operating profit",
                "Hoshino Motor",
                "FY2025",
            ),
            (
                "$13.8 billion",
                "target",
                "none",
                None,
                "operating profit",
                "Hoshino Motor",
                "FY2025",
            ),
        ],
    ),
    "rupees-with-dollars": (
        "2024-10-25",
        "Kaveri Bank's net profit rose 18% to Rs 2,040 crore ($243 million) in the second quarter.",
        [
            ("18%", "change", "increase", None, "net profit", "Kaveri Bank", "2024-Q3"),
            ("Rs 2,040 crore", "level", "none", None, "net profit", "Kaveri Bank", "2024-Q3"),
            ("$243 million", "level", "none", None, "net profit", "Kaveri Bank", "2024-Q3"),
        ],
    ),
    # near-miss: a dollar article converting to yen
    "dollars-with-yen": (
        "2024-11-06",
        "Harlan Foods now expects operating profit of $2.1 billion (¥320 billion) for fiscal 2024.",
        [
            ("$2.1 billion", "target", "none", None, "operating profit", "Harlan Foods", "FY2024"),
            ("¥320 billion", "target", "none", None, "operating profit", "Harlan Foods", "FY2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    FISCAL_CONVENTION_PAST_CONVERSIONS.values(),
    ids=FISCAL_CONVENTION_PAST_CONVERSIONS.keys(),
)
def test_facts_fiscal_convention_past_conversions(
    nlp: Language, day: str, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date=day) == expected


# A share's nominal value ("of face value Rs 10 each", "a par value of Rs 10") is standing: no
# period, and no block between a dividend and the fiscal year it is paid for. Another amount
# between them still keeps the year to itself.
NOMINAL_VALUE: dict[str, tuple[str, list[Row]]] = {
    "dividend-past-face-value": (
        "Deccan Steel's board recommended a dividend of Rs 8 per share of face value Rs 10 each "
        "for FY25.",
        [
            ("Rs 8 per share", "level", "none", None, "dividend", "Deccan Steel", "FY2025"),
            ("Rs 10", "level", "none", None, "face value", "Deccan Steel", None),
        ],
    ),
    # near-miss: another amount between the dividend and the year
    "dividend-past-other-amount": (
        "Deccan Steel's board recommended a dividend of Rs 8 per share after net profit of "
        "Rs 900 crore in FY25.",
        [
            ("Rs 8 per share", "level", "none", None, "dividend", "Deccan Steel", None),
            ("Rs 900 crore", "level", "none", None, "net profit", "Deccan Steel", "FY2025"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), NOMINAL_VALUE.values(), ids=NOMINAL_VALUE.keys())
def test_facts_nominal_value(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-04-26") == expected


# "last year" for a company's reported flow, in a text that states its fiscal year-end, is the
# fiscal year before the one running; a share move keeps the calendar's, and so does a text
# that names no year-end (a plan's "next year" is the calendar's too: see
# test_facts_fiscal_year_told_from_the_article_date).
_SAKURA_OUTLOOK = (
    "Sakura Electric forecast operating profit of ¥210 billion for the year ending March 2025."
)
_SAKURA_TARGET: Row = (
    "¥210 billion",
    "target",
    "none",
    None,
    "operating profit",
    "Sakura Electric",
    "FY2025",
)
COMPANY_RELATIVE_YEAR: dict[str, tuple[str, list[Row]]] = {
    "profit-change-last-year": (
        f"{_SAKURA_OUTLOOK} Its operating profit rose 9% last year.",
        [
            _SAKURA_TARGET,
            ("9%", "change", "increase", None, "operating profit", "Sakura Electric", "FY2024"),
        ],
    ),
    "amount-last-year": (
        f"{_SAKURA_OUTLOOK} Currency effects added ¥40 billion to its operating profit last year.",
        [
            _SAKURA_TARGET,
            (
                "¥40 billion",
                "change",
                "increase",
                None,
                "operating profit",
                "Sakura Electric",
                "FY2024",
            ),
        ],
    ),
    # near-misses: a share move; no year-end stated
    "shares-last-year": (
        f"{_SAKURA_OUTLOOK} Its shares rose 40% last year.",
        [
            _SAKURA_TARGET,
            ("40%", "change", "increase", None, "shares", "Sakura Electric", "2023"),
        ],
    ),
    "no-year-end-stated": (
        "Sakura Electric said currency effects added ¥40 billion to its operating profit last "
        "year.",
        [
            (
                "¥40 billion",
                "change",
                "increase",
                None,
                "operating profit",
                "Sakura Electric",
                "2023",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), COMPANY_RELATIVE_YEAR.values(), ids=COMPANY_RELATIVE_YEAR.keys()
)
def test_facts_company_relative_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-05-10") == expected


# A press release's section heading ("Fourth Quarter Highlights") dates the bullet lines under it
# in its paragraph, where the lede names several periods (the quarter and the year).
_ORLEN_LEDE = (
    "Orlen Freight Reports Results\n\n"
    "DENVER, Feb. 11, 2025 /PRNewswire/ -- Orlen Freight Inc. today announced results for its "
    "fourth quarter and fiscal year ended December 31, 2024.\n\n"
)
SECTION_HEADING: dict[str, tuple[str, list[Row]]] = {
    "quarter-highlights": (
        f"{_ORLEN_LEDE}Fourth Quarter Highlights\n- Operating income of $84.2 million.",
        [
            (
                "$84.2 million",
                "level",
                "none",
                None,
                "Operating income",
                "Orlen Freight Inc.",
                "2024-Q4",
            )
        ],
    ),
    "year-highlights": (
        f"{_ORLEN_LEDE}Full Year 2024 Highlights\n- Operating income of $301.5 million.",
        [
            (
                "$301.5 million",
                "level",
                "none",
                None,
                "Operating income",
                "Orlen Freight Inc.",
                "2024",
            )
        ],
    ),
    "heading-paragraph": (
        f"{_ORLEN_LEDE}Fourth Quarter Highlights\n\n- Operating income of $84.2 million.\n\n"
        "Orlen Freight Inc. also said operating income of $20.0 million came from leasing.",
        [
            (
                "$84.2 million",
                "level",
                "none",
                None,
                "Operating income",
                "Orlen Freight Inc.",
                "2024-Q4",
            ),
            # near-miss: the paragraph after the next one is no longer under the heading
            (
                "$20.0 million",
                "level",
                "none",
                None,
                "operating income",
                "Orlen Freight Inc.",
                None,
            ),
        ],
    ),
    # near-misses: a line that is not a heading; a heading naming two periods
    "not-a-heading-word": (
        f"{_ORLEN_LEDE}Fourth Quarter Operations\n- Operating income of $84.2 million.",
        [("$84.2 million", "level", "none", None, "Operating income", "Orlen Freight Inc.", None)],
    ),
    "two-periods": (
        f"{_ORLEN_LEDE}Fourth Quarter and Full Year 2024 Highlights\n"
        "- Operating income of $84.2 million.",
        [("$84.2 million", "level", "none", None, "Operating income", "Orlen Freight Inc.", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), SECTION_HEADING.values(), ids=SECTION_HEADING.keys())
def test_facts_section_heading(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-11") == expected


# A level told "in the prior-year period", "for the year-ago quarter" or "for the same period in
# 2023" right after it is of the period in view a year back (or in the year named).
_PINEMARK = "Pinemark Tools Inc. reported results for the third quarter of 2024 on Tuesday. "
PRIOR_YEAR_BASE: dict[str, tuple[str, list[Row]]] = {
    "prior-year-period-restated": (
        f"{_PINEMARK}Net income was $12.4 million, compared to $10.1 million, or $0.21 per "
        "share, in the prior-year period.",
        [
            (
                "$12.4 million",
                "level",
                "none",
                None,
                "Net income",
                "Pinemark Tools Inc.",
                "2024-Q3",
            ),
            (
                "$10.1 million",
                "level",
                "none",
                None,
                "Net income",
                "Pinemark Tools Inc.",
                "2023-Q3",
            ),
            (
                "$0.21 per share",
                "level",
                "none",
                None,
                "Net income",
                "Pinemark Tools Inc.",
                "2023-Q3",
            ),
        ],
    ),
    "year-ago-quarter": (
        f"{_PINEMARK}Operating expenses were $40.2 million, compared with $36.8 million for the "
        "year-ago quarter.",
        [
            (
                "$40.2 million",
                "level",
                "none",
                None,
                "Operating expenses",
                "Pinemark Tools Inc.",
                "2024-Q3",
            ),
            (
                "$36.8 million",
                "level",
                "none",
                None,
                "Operating expenses",
                "Pinemark Tools Inc.",
                "2023-Q3",
            ),
        ],
    ),
    "same-period-in-year": (
        "Pinemark Tools Inc. said selling expenses were $8.3 million for the first half of 2024, "
        "compared to $7.7 million for the same period in 2022.",
        [
            (
                "$8.3 million",
                "level",
                "none",
                None,
                "selling expenses",
                "Pinemark Tools Inc.",
                "2024-H1",
            ),
            (
                "$7.7 million",
                "level",
                "none",
                None,
                "selling expenses",
                "Pinemark Tools Inc.",
                "2022-H1",
            ),
        ],
    ),
    # near-miss: a change over the prior-year period has a basis, its period stays
    "change-over-prior-year-period": (
        f"{_PINEMARK}Net income rose 12% over the prior-year period.",
        [("12%", "change", "increase", None, "Net income", "Pinemark Tools Inc.", "2024-Q3")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PRIOR_YEAR_BASE.values(), ids=PRIOR_YEAR_BASE.keys())
def test_facts_prior_year_base(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-05") == expected


# "in the range of" after a metric says where the value lies, not which part is measured.
RANGE_AFTER_METRIC: dict[str, tuple[str, list[Row]]] = {
    "revenue-in-the-range": (
        "Pinemark Tools Inc. expects full-year revenue in the range of $620 million to "
        "$640 million.",
        [
            (
                "$620 million to $640 million",
                "target",
                "none",
                None,
                "revenue",
                "Pinemark Tools Inc.",
                "2024",
            )
        ],
    ),
    # near-miss: a part phrase after the metric stays in it
    "part-phrase-kept": (
        "Pinemark Tools Inc. said spending in the tooling segment rose 7%.",
        [
            (
                "7%",
                "change",
                "increase",
                None,
                "spending in the tooling segment",
                "Pinemark Tools Inc.",
                None,
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RANGE_AFTER_METRIC.values(), ids=RANGE_AFTER_METRIC.keys()
)
def test_facts_range_after_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-05") == expected


# "the actual use of foreign capital", "utilization of foreign capital": a noun of use measures
# the quantity of its "of" phrase, the two one metric.
USE_OF_METRIC: dict[str, tuple[str, list[Row]]] = {
    "actual-use-of": (
        "Hainan's actual use of foreign capital reached 12.3 billion yuan in 2023.",
        [
            (
                "12.3 billion yuan",
                "level",
                "none",
                None,
                "actual use of foreign capital",
                "Hainan",
                "2023",
            )
        ],
    ),
    "utilization-of": (
        "Hainan's utilization of foreign capital rose 8 percent in 2023.",
        [
            (
                "8 percent",
                "change",
                "increase",
                None,
                "utilization of foreign capital",
                "Hainan",
                "2023",
            )
        ],
    ),
    # near-miss: "use" with no "of" phrase after it stays out of the metric
    "use-without-of": (
        "Hainan's foreign capital for industrial use reached 12.3 billion yuan in 2023.",
        [("12.3 billion yuan", "level", "none", None, "foreign capital", "Hainan", "2023")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), USE_OF_METRIC.values(), ids=USE_OF_METRIC.keys())
def test_facts_use_of_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-01") == expected


# Australian and New Zealand company news (lexicons/fiscal_conventions.tsv, "halves"): a bare
# "first half" of a results story is the latest half that has ended with a quarter, a June
# year's July-December in a February story, a calendar year's January-June in an August one, a
# September year's October-March in May; a "full-year" result in August is the year to June. A US-dollar article's
# "first half" stays the calendar's of the article's year.
ANTIPODEAN_FIRST_HALF: dict[str, tuple[str, str, list[Row]]] = {
    "aud-february": (
        "2025-02-20",
        "Bluegum Foods said first-half net profit rose 8 per cent to A$412 million.",
        [
            ("8 per cent", "change", "increase", None, "net profit", "Bluegum Foods", "2024-H2"),
            ("A$412 million", "level", "none", None, "net profit", "Bluegum Foods", "2024-H2"),
        ],
    ),
    "nzd-february-the-first-half": (
        "2025-02-13",
        "Kowhai Bank said cash earnings for the first half rose 6% to NZ$540 million.",
        [
            ("6%", "change", "increase", None, "cash earnings", "Kowhai Bank", "2024-H2"),
            ("NZ$540 million", "level", "none", None, "cash earnings", "Kowhai Bank", "2024-H2"),
        ],
    ),
    "aud-august": (
        "2024-08-21",
        "Mallee Energy said first-half earnings fell 5 per cent to A$1.2 billion.",
        [
            ("5 per cent", "change", "decrease", None, "earnings", "Mallee Energy", "2024-H1"),
            ("A$1.2 billion", "level", "none", None, "earnings", "Mallee Energy", "2024-H1"),
        ],
    ),
    "aud-may-a-september-year": (
        "2025-05-06",
        "Acacia Bank said first-half cash earnings rose 4 per cent to A$3.6 billion.",
        [
            (
                "4 per cent",
                "change",
                "increase",
                None,
                "cash earnings",
                "Acacia Bank",
                "2024-10/2025-03",
            ),
            (
                "A$3.6 billion",
                "level",
                "none",
                None,
                "cash earnings",
                "Acacia Bank",
                "2024-10/2025-03",
            ),
        ],
    ),
    "aud-full-year-in-august": (
        "2024-08-22",
        "Banksia Stores said full-year net profit rose 3 per cent to A$2.5 billion.",
        [
            ("3 per cent", "change", "increase", None, "net profit", "Banksia Stores", "FY2024"),
            ("A$2.5 billion", "level", "none", None, "net profit", "Banksia Stores", "FY2024"),
        ],
    ),
    # near-misses: a full year reported in February is the calendar's; a dollar article's
    # first half in February is the calendar's of its year
    "aud-full-year-in-february": (
        "2025-02-20",
        "Saltbush Energy said full-year net profit fell 9 per cent to A$1.6 billion.",
        [
            ("9 per cent", "change", "decrease", None, "net profit", "Saltbush Energy", "2024"),
            ("A$1.6 billion", "level", "none", None, "net profit", "Saltbush Energy", "2024"),
        ],
    ),
    "usd-february": (
        "2025-02-20",
        "Harlan Foods said first-half net profit rose 8% to $412 million.",
        [
            ("8%", "change", "increase", None, "net profit", "Harlan Foods", "2025-H1"),
            ("$412 million", "level", "none", None, "net profit", "Harlan Foods", "2025-H1"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("day", "text", "expected"), ANTIPODEAN_FIRST_HALF.values(), ids=ANTIPODEAN_FIRST_HALF.keys()
)
def test_facts_antipodean_first_half(
    nlp: Language, day: str, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date=day) == expected


# A dividend named by the results it is paid out of ("an interim dividend", "a final dividend")
# takes the half or the year the paragraph reports; a special dividend stays a one-off amount,
# and an interim dividend declared with a quarter's results is not that quarter's.
RESULTS_DIVIDEND: dict[str, tuple[str, list[Row]]] = {
    "interim-with-a-half": (
        "Wombat Retail said first-half net profit rose 8 per cent to A$412 million. The board "
        "declared an interim dividend of 45 cents a share.",
        [
            ("8 per cent", "change", "increase", None, "net profit", "Wombat Retail", "2024-H2"),
            ("A$412 million", "level", "none", None, "net profit", "Wombat Retail", "2024-H2"),
            (
                "45 cents a share",
                "level",
                "none",
                None,
                "interim dividend",
                "Wombat Retail",
                "2024-H2",
            ),
        ],
    ),
    "final-with-a-year": (
        "Wombat Retail reported net profit of A$88 million for the full year to June 30, down "
        "12 per cent. It declared a final dividend of 9 cents a share.",
        [
            ("A$88 million", "level", "none", None, "net profit", "Wombat Retail", "FY2024"),
            ("12 per cent", "change", "decrease", None, "net profit", "Wombat Retail", "FY2024"),
            (
                "9 cents a share",
                "level",
                "none",
                None,
                "final dividend",
                "Wombat Retail",
                "FY2024",
            ),
        ],
    ),
    # near-misses: a special dividend; an interim dividend with a quarter's results
    "special-dividend": (
        "Wombat Retail said first-half net profit rose 8 per cent to A$412 million. The board "
        "declared a special dividend of 45 cents a share.",
        [
            ("8 per cent", "change", "increase", None, "net profit", "Wombat Retail", "2024-H2"),
            ("A$412 million", "level", "none", None, "net profit", "Wombat Retail", "2024-H2"),
            ("45 cents a share", "level", "none", None, "special dividend", "Wombat Retail", None),
        ],
    ),
    "interim-with-a-quarter": (
        "Pinecrest Homes said net profit rose 8% to Rs 412 crore in the December quarter. The "
        "board declared an interim dividend of Rs 5 per share.",
        [
            ("8%", "change", "increase", None, "net profit", "Pinecrest Homes", "2024-Q4"),
            ("Rs 412 crore", "level", "none", None, "net profit", "Pinecrest Homes", "2024-Q4"),
            ("Rs 5 per share", "level", "none", None, "interim dividend", "Pinecrest Homes", None),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RESULTS_DIVIDEND.values(), ids=RESULTS_DIVIDEND.keys()
)
def test_facts_results_dividend(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-20") == expected


# An adjectival count of months before a results noun ("its nine-month profit", "six-month
# net sales") is the first months of the year in view, the latest such span ended by the
# article's date (a March year's from April); "a nine-month high" is no period of results.
MONTHS_OF_RESULTS: dict[str, tuple[str, str, list[Row]]] = {
    "nine-month-profit": (
        "2024-11-26",
        "Sarawak Energy said its nine-month profit fell 14% to 40.2 billion ringgit.",
        [
            ("14%", "change", "decrease", None, "profit", "Sarawak Energy", "2024-01/2024-09"),
            (
                "40.2 billion ringgit",
                "level",
                "none",
                None,
                "profit",
                "Sarawak Energy",
                "2024-01/2024-09",
            ),
        ],
    ),
    "six-month-revenue": (
        "2024-08-06",
        "Acme Corp said six-month revenue rose 9% to $2.1 billion.",
        [
            ("9%", "change", "increase", None, "revenue", "Acme Corp", "2024-H1"),
            ("$2.1 billion", "level", "none", None, "revenue", "Acme Corp", "2024-H1"),
        ],
    ),
    "nine-month-of-a-march-year": (
        "2025-02-10",
        "Hoshino Motor said nine-month operating profit rose 12% to 900 billion yen.",
        [
            (
                "12%",
                "change",
                "increase",
                None,
                "operating profit",
                "Hoshino Motor",
                "2024-04/2024-12",
            ),
            (
                "900 billion yen",
                "level",
                "none",
                None,
                "operating profit",
                "Hoshino Motor",
                "2024-04/2024-12",
            ),
        ],
    ),
    # near-miss: a nine-month high is the day's quote
    "nine-month-high": (
        "2024-11-26",
        "The ringgit rose 0.4% to a nine-month high.",
        [("0.4%", "change", "increase", None, "ringgit", None, "2024-11-26")],
    ),
}


@pytest.mark.parametrize(
    ("day", "text", "expected"), MONTHS_OF_RESULTS.values(), ids=MONTHS_OF_RESULTS.keys()
)
def test_facts_months_of_results(nlp: Language, day: str, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date=day) == expected


# A dividend named by the results it is paid out of is no one-off dated by a dateline ("PERTH,
# Feb 18 - ... lifted its interim dividend by 10 cents after first-half profit rose"): it takes
# the half; the dividend it was raised from has no period the text names. A special dividend
# stays a one-off of the dateline's day.
_GUMTREE = "Gumtree Mining lifts payout\n\nPERTH, Feb 18 - Gumtree Mining {} after first-half "
_GUMTREE_PROFIT = [
    ("20 per cent", "change", "increase", None, "underlying profit", "Gumtree Mining", "2024-H2"),
    ("A$3.1 billion", "level", "none", None, "underlying profit", "Gumtree Mining", "2024-H2"),
]
RESULTS_DIVIDEND_DATELINE: dict[str, tuple[str, list[Row]]] = {
    "raised-by": (
        _GUMTREE.format("lifted its interim dividend by 10 cents"),
        [
            (
                "10 cents",
                "change",
                "increase",
                None,
                "interim dividend",
                "Gumtree Mining",
                "2024-H2",
            ),
            *_GUMTREE_PROFIT,
        ],
    ),
    "raised-to-from": (
        _GUMTREE.format("lifted its interim dividend to A$1.10 a share from 90 cents"),
        [
            (
                "A$1.10 a share",
                "level",
                "none",
                None,
                "interim dividend",
                "Gumtree Mining",
                "2024-H2",
            ),
            ("90 cents", "level", "none", None, "interim dividend", "Gumtree Mining", None),
            *_GUMTREE_PROFIT,
        ],
    ),
    # near-miss: a special dividend is a one-off of the dateline's day
    "special": (
        _GUMTREE.format("declared a special dividend of A$1.10 a share"),
        [
            (
                "A$1.10 a share",
                "level",
                "none",
                None,
                "special dividend",
                "Gumtree Mining",
                "2025-02-18",
            ),
            *_GUMTREE_PROFIT,
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (text + "underlying profit rose 20 per cent to A$3.1 billion.", rows)
        for text, rows in RESULTS_DIVIDEND_DATELINE.values()
    ],
    ids=RESULTS_DIVIDEND_DATELINE.keys(),
)
def test_facts_results_dividend_dateline(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-18") == expected


# A group of listed companies that moves by a percentage in a market report is its shares
# moving: the group is the metric, an instrument of no one (no subject).
_WRAP = "The DAX slipped 0.6% on Thursday."
_DAX = ("0.6%", "change", "decrease", None, "DAX", None, "2025-06-12")
SECTOR_MOVES: dict[str, tuple[str, list[Row]]] = {
    "two-groups": (
        f"{_WRAP} Insurers lost 1.4%, while chipmakers added 0.9%.",
        [
            _DAX,
            ("1.4%", "change", "decrease", None, "Insurers", None, "2025-06-12"),
            ("0.9%", "change", "increase", None, "chipmakers", None, "2025-06-12"),
        ],
    ),
    "nationality": (
        f"{_WRAP} German carmakers dropped 2.2%.",
        [_DAX, ("2.2%", "change", "decrease", None, "German carmakers", None, "2025-06-12")],
    ),
    "participle": (
        f"{_WRAP} Lenders were the biggest drag, shedding 3.1%.",
        [_DAX, ("3.1%", "change", "decrease", None, "Lenders", None, "2025-06-12")],
    ),
    "opening-subject-verb": (
        f"{_WRAP} Chipmakers led the losses, sliding 2.6%.",
        [_DAX, ("2.6%", "change", "decrease", None, "Chipmakers", None, "2025-06-12")],
    ),
    "after-comma-up": (
        f"{_WRAP} Airlines were the only gainers, up 0.3%.",
        [_DAX, ("0.3%", "change", "increase", None, "Airlines", None, "2025-06-12")],
    ),
    "copula-up": (
        f"{_WRAP} Utilities were up 0.5%.",
        [_DAX, ("0.5%", "change", "increase", None, "Utilities", None, "2025-06-12")],
    ),
    "as-much-as": (
        f"{_WRAP} Steelmakers tumbled as much as 4%.",
        [_DAX, ("4%", "change", "decrease", None, "Steelmakers", None, "2025-06-12")],
    ),
    "verb-left-out": (
        f"{_WRAP} Insurers fell 1.1% and retailers 0.8%.",
        [
            _DAX,
            ("1.1%", "change", "decrease", None, "Insurers", None, "2025-06-12"),
            ("0.8%", "change", "decrease", None, "retailers", None, "2025-06-12"),
        ],
    ),
    "group-shares": (
        f"{_WRAP} Bank shares fell 2%.",
        [_DAX, ("2%", "change", "decrease", None, "Bank shares", None, "2025-06-12")],
    ),
    "nation-stocks": (
        f"{_WRAP} German stocks gained 0.9%.",
        [_DAX, ("0.9%", "change", "increase", None, "German stocks", None, "2025-06-12")],
    ),
    # a company's move takes the article's own word for one stock, not a group's
    "company-after-group": (
        f"{_WRAP} Halvorsen Industries AG stock rose 4%. Chemical stocks fell 1.2%. "
        "Brightwave Motors AG gained 2%.",
        [
            _DAX,
            ("4%", "change", "increase", None, "stock", "Halvorsen Industries AG", "2025-06-12"),
            ("1.2%", "change", "decrease", None, "Chemical stocks", None, "2025-06-12"),
            ("2%", "change", "increase", None, "stock", "Brightwave Motors AG", "2025-06-12"),
        ],
    ),
    # near-misses: a company's shares; no market in view; an amount the group raised
    "part-of-object": (
        f"{_WRAP} Lenders cut 5% of their staff last year.",
        [_DAX, ("5%", "change", "decrease", None, "staff", None, "2024")],
    ),
    "company-shares": (
        f"{_WRAP} Halvorsen Industries AG shares rose 1%.",
        [
            _DAX,
            ("1%", "change", "increase", None, "shares", "Halvorsen Industries AG", "2025-06-12"),
        ],
    ),
    "its-shares": (
        "Halvorsen Industries AG said profit rose 5%. Its shares rose 1%.",
        [
            ("5%", "change", "increase", None, "profit", "Halvorsen Industries AG", None),
            ("1%", "change", "increase", None, "shares", "Halvorsen Industries AG", "2025-06-12"),
        ],
    ),
    "no-market": (
        "Mortgage approvals rose 4% in May. Lenders fell 1.5% short of their goal.",
        [
            ("4%", "change", "increase", None, "Mortgage approvals", None, "2025-05"),
            ("1.5%", "change", "decrease", None, "Mortgage approvals", None, "2025-05"),
        ],
    ),
    "amount": (
        f"{_WRAP} Banks raised 2 billion euros in bonds.",
        [_DAX, ("2 billion euros", "level", "none", None, "bonds", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), SECTOR_MOVES.values(), ids=SECTOR_MOVES.keys())
def test_facts_sector_moves(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A currency's name inside a company's name closed by a legal form is a word of the name: the
# company owns the figures, no quote is measured.
CURRENCY_IN_NAME: dict[str, tuple[str, list[Row]]] = {
    "krona-ab": (
        "Krona Freight AB said it would cut costs by 2 billion Swedish crowns.",
        [
            (
                "2 billion Swedish crowns",
                "target",
                "decrease",
                None,
                "costs",
                "Krona Freight AB",
                None,
            )
        ],
    ),
    "rand-ltd": (
        "Rand Mining Holdings Ltd said its profit fell 6%.",
        [("6%", "change", "decrease", None, "profit", "Rand Mining Holdings Ltd", None)],
    ),
    # near-miss: the currency itself, quoted
    "the-krona": (
        "The krona weakened 0.7% against the euro.",
        [("0.7%", "change", "decrease", None, "krona", None, "2025-06-12")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), CURRENCY_IN_NAME.values(), ids=CURRENCY_IN_NAME.keys()
)
def test_facts_currency_in_company_name(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A market report's move with no date of its own is of the trading day the move before names
# (the sentence before or its own), not the article's day.
TRADING_DAY: dict[str, tuple[str, list[Row]]] = {
    "index-then-group": (
        "The CAC 40 rose 0.7% on Monday. Insurers gained 1.3%.",
        [
            ("0.7%", "change", "increase", None, "CAC 40", None, "2025-06-09"),
            ("1.3%", "change", "increase", None, "Insurers", None, "2025-06-09"),
        ],
    ),
    "quote-then-quote": (
        "The rupee fell 0.4% on Monday. Gold rose 0.6%.",
        [
            ("0.4%", "change", "decrease", None, "rupee", None, "2025-06-09"),
            ("0.6%", "change", "increase", None, "Gold", None, "2025-06-09"),
        ],
    ),
    # near-misses: no day named before; a day two sentences back
    "no-day-before": (
        "The CAC 40 rose 0.7%. Insurers gained 1.3%.",
        [
            ("0.7%", "change", "increase", None, "CAC 40", None, "2025-06-12"),
            ("1.3%", "change", "increase", None, "Insurers", None, "2025-06-12"),
        ],
    ),
    "day-two-sentences-back": (
        "The CAC 40 rose 0.7% on Monday. Traders were cautious. Gold rose 0.6%.",
        [
            ("0.7%", "change", "increase", None, "CAC 40", None, "2025-06-09"),
            ("0.6%", "change", "increase", None, "Gold", None, "2025-06-12"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), TRADING_DAY.values(), ids=TRADING_DAY.keys())
def test_facts_trading_day_of_a_market_report(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A place right before a currency's name is the currency's country ("in U.S. dollar terms"),
# not the owner of the figures of its sentence.
CURRENCY_PLACE: dict[str, tuple[str, list[Row]]] = {
    "dollar-terms": (
        "Vietnam's exports rose 5 percent in May. In U.S. dollar terms, imports fell 2 percent.",
        [
            ("5 percent", "change", "increase", None, "exports", "Vietnam", "2025-05"),
            ("2 percent", "change", "decrease", None, "imports", "Vietnam", "2025-05"),
        ],
    ),
    "rupee-after-place": (
        "Sri Lanka's tea exports rose 7 percent in May, while the India rupee fell 1 percent.",
        [
            ("7 percent", "change", "increase", None, "tea exports", "Sri Lanka", "2025-05"),
            ("1 percent", "change", "decrease", None, "India rupee", None, "2025-05"),
        ],
    ),
    # near-miss: a place that owns the figure after it ("Singapore won" is no currency here)
    "place-then-verb": (
        "Vietnam's exports rose 5 percent in May. Singapore's imports fell 2 percent.",
        [
            ("5 percent", "change", "increase", None, "exports", "Vietnam", "2025-05"),
            ("2 percent", "change", "decrease", None, "imports", "Singapore", "2025-05"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CURRENCY_PLACE.values(), ids=CURRENCY_PLACE.keys())
def test_facts_place_of_a_currency_owns_nothing(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# Statistics-office and central-bank quantities named by a code or a compound: money supply
# aggregates ("M2"), and a commodity's processing or generation, which is a flow of the country
# and no market quote.
MONETARY_AND_ENERGY: dict[str, tuple[str, list[Row]]] = {
    "money-aggregates": (
        "Thailand's central bank said on Monday that M2 rose 4.1 percent in May, while M1 grew "
        "0.8 percent.",
        [
            ("4.1 percent", "change", "increase", None, "M2", "Thailand", "2025-05"),
            ("0.8 percent", "change", "increase", None, "M1", "Thailand", "2025-05"),
        ],
    ),
    "processing-and-generation": (
        "India's crude oil processing grew 2.5 percent in May, and power generation rose 1.4 "
        "percent.",
        [
            ("2.5 percent", "change", "increase", None, "crude oil processing", "India", "2025-05"),
            ("1.4 percent", "change", "increase", None, "power generation", "India", "2025-05"),
        ],
    ),
    # near-miss: the commodity alone is a quote of no one, on its trading day
    "crude-quote": (
        "India's imports rose 3 percent in May. Crude oil rose 1.5 percent on Monday.",
        [
            ("3 percent", "change", "increase", None, "imports", "India", "2025-05"),
            ("1.5 percent", "change", "increase", None, "Crude oil", None, "2025-06-09"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), MONETARY_AND_ENERGY.values(), ids=MONETARY_AND_ENERGY.keys()
)
def test_facts_money_aggregates_and_energy_flows(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# "a nominal increase of 5.5 percent": a growth noun with only a word of its sort before it is
# the growth of the quantity in view, not a quantity of its own.
GROWTH_SORT: dict[str, tuple[str, list[Row]]] = {
    "nominal-and-real": (
        "Vietnam's per capita income reached 4,700 dollars in May, a nominal increase of 5.5 "
        "percent, and a real increase of 3.1 percent.",
        [
            ("4,700 dollars", "level", "none", None, "per capita income", "Vietnam", "2025-05"),
            ("5.5 percent", "change", "increase", None, "per capita income", "Vietnam", "2025-05"),
            ("3.1 percent", "change", "increase", None, "per capita income", "Vietnam", "2025-05"),
        ],
    ),
    # near-misses: a quantity before the growth noun ("GDP growth"), and raises that are a
    # quantity of their own ("average raises")
    "named-growth": (
        "Vietnam posted GDP growth of 6.9 percent in May.",
        [("6.9 percent", "change", "increase", None, "GDP growth", "Vietnam", "2025-05")],
    ),
    "average-raises": (
        "Vietnam's unions won average raises of 5 percent in May.",
        [("5 percent", "change", "increase", None, "average raises", "Vietnam", "2025-05")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), GROWTH_SORT.values(), ids=GROWTH_SORT.keys())
def test_facts_growth_of_a_sort_is_the_growth_in_view(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A change set off after a number of things counted measures the things, one word or more
# ("427,000 vehicles, a rise of 38 percent"); one word that is a unit of measure is no metric
# of its own ("9.5 million tons, up 3 percent").
COUNTED_THINGS: dict[str, tuple[str, list[Row]]] = {
    "vehicles": (
        "Kestrel Motors delivered 427,000 vehicles in May, a rise of 38 percent.",
        [("38 percent", "change", "increase", None, "vehicles", "Kestrel Motors", "2025-05")],
    ),
    "visitors": (
        "Qinghai received 12 million visitors in May, an increase of 8 percent.",
        [("8 percent", "change", "increase", None, "visitors", "Qinghai", "2025-05")],
    ),
    # near-misses: the things after the unit; a unit alone
    "tons-of-coal": (
        "Shanxi produced 9.5 million tons of coal in May, up 3 percent.",
        [("3 percent", "change", "increase", None, "coal", "Shanxi", "2025-05")],
    ),
    "tons-alone": (
        "Shanxi produced 9.5 million tons in May, up 3 percent.",
        [("3 percent", "change", "increase", None, "million tons", "Shanxi", "2025-05")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), COUNTED_THINGS.values(), ids=COUNTED_THINGS.keys())
def test_facts_change_after_things_counted(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A place's longer form is the same place written more fully ("Sichuan" -> "Sichuan Province"),
# not a name built on places ("China Linyi International Trade City" is a market, no fuller
# Linyi); and a metric word inside a place's name ("Trade City") is no metric.
NAMES_BUILT_ON_PLACES: dict[str, tuple[str, list[Row]]] = {
    "market-named-after-city": (
        "The China Linyi International Trade City opened a new hall. Linyi's exports rose 12 "
        "percent in 2024.",
        [("12 percent", "change", "increase", None, "exports", "Linyi", "2024")],
    ),
    "metric-word-in-a-name": (
        "Linyi's turnover at the China Linyi International Trade City rose 8 percent in 2024.",
        [("8 percent", "change", "increase", None, "turnover", "Linyi", "2024")],
    ),
    # near-miss: the province written in full
    "province-in-full": (
        "Sichuan Province is inland. Sichuan's GDP rose 6 percent in 2024.",
        [("6 percent", "change", "increase", None, "GDP", "Sichuan Province", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), NAMES_BUILT_ON_PLACES.values(), ids=NAMES_BUILT_ON_PLACES.keys()
)
def test_facts_names_built_on_places(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# The day a report was given ("a press conference held ... on April 24") is when the figures
# were told, not their period, in a sentence that dates them otherwise.
RELEASE_DAY: dict[str, tuple[str, list[Row]]] = {
    "press-conference": (
        "Hunan's GDP grew 5.8 percent in the first quarter, 0.4 percentage points higher than "
        "the national average, according to a press conference held by the provincial "
        "government on April 24.",
        [
            ("5.8 percent", "change", "increase", None, "GDP", "Hunan", "2025-Q1"),
            ("0.4 percentage points", "change", "increase", None, "GDP", "Hunan", "2025-Q1"),
        ],
    ),
    # near-miss: no other date; the decision is of the day it was announced
    "decision-day": (
        "Thailand's central bank cut its policy rate by 25 basis points, according to a "
        "statement released on Tuesday.",
        [("25 basis points", "change", "decrease", None, "policy rate", "Thailand", "2025-06-10")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), RELEASE_DAY.values(), ids=RELEASE_DAY.keys())
def test_facts_release_day_is_no_period(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# "X as a share (percentage, proportion) of Y": X is the part measured, a share; the whole
# after "of" is no metric.
AS_PART_OF: dict[str, tuple[str, list[Row]]] = {
    "percentage-of-income": (
        "In Portugal, household debt as a percentage of disposable income fell to 88.4% in 2024.",
        [("88.4%", "share", "none", None, "household debt", "Portugal", "2024")],
    ),
    "share-then-points": (
        "Marketing expenses as a share of revenue rose to 12.5% last year, up 1.5 percentage "
        "points.",
        [
            ("12.5%", "share", "none", None, "Marketing expenses", None, "2024"),
            (
                "1.5 percentage points",
                "change",
                "increase",
                None,
                "Marketing expenses",
                None,
                "2024",
            ),
        ],
    ),
    "proportion-was": (
        "Sweden's government debt as a proportion of GDP was 31.5% last year.",
        [("31.5%", "share", "none", None, "government debt", "Sweden", "2024")],
    ),
    "phrase-with-on": (
        "The city's spending on health as a share of GDP reached 7.1%.",
        [("7.1%", "share", "none", None, "spending on health", None, None)],
    ),
    # near-misses: "as a result of" is no ratio; "as a" opening a clause after the value
    "as-a-result": (
        "Farm output rose 4% as a result of good weather.",
        [("4%", "change", "increase", None, "Farm output", None, None)],
    ),
    "as-after-value": (
        "Exports rose 6%, as a weaker currency helped sales.",
        [("6%", "change", "increase", None, "Exports", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), AS_PART_OF.values(), ids=AS_PART_OF.keys())
def test_facts_part_as_a_share_of_a_whole(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# "the $3.9 billion analysts had expected": an amount a forecaster's reduced relative clause
# follows is that forecast, a target (of the figure the sentence reports).
FORECAST_AFTER: dict[str, tuple[str, list[Row]]] = {
    "analysts-had-expected": (
        "Quarterly revenue came in at $4.1 billion, above the $3.9 billion analysts had expected.",
        [
            ("$4.1 billion", "level", "none", None, "Quarterly revenue", None, None),
            ("$3.9 billion", "target", "none", None, "Quarterly revenue", None, None),
        ],
    ),
    "growth-noun-polled-by": (
        "Wages grew 0.4%, beating the 0.3% gain that economists polled by Reuters had forecast.",
        [
            ("0.4%", "change", "increase", None, "Wages", None, None),
            ("0.3%", "target", "increase", None, "Wages", None, None),
        ],
    ),
    "wall-street": (
        "Profit of 1.2 billion euros topped the 1.1 billion euros Wall Street had pencilled in.",
        [
            ("1.2 billion euros", "level", "none", None, "Profit", None, None),
            ("1.1 billion euros", "target", "none", None, "Profit", None, None),
        ],
    ),
    "its-own-forecast": (
        "Operating profit reached 950 billion yen, above the 920 billion yen it had forecast.",
        [
            ("950 billion yen", "level", "none", None, "Operating profit", None, None),
            ("920 billion yen", "target", "none", None, "Operating profit", None, None),
        ],
    ),
    # near-misses: analysts speak of the figure, or forecast something else
    "analysts-said": (
        "Sales rose 3% to $5 billion, the figure analysts said was a record.",
        [
            ("3%", "change", "increase", None, "Sales", None, None),
            ("$5 billion", "level", "none", None, "Sales", None, None),
        ],
    ),
    "which-analysts-expected": (
        "Sales rose 3% to $5 billion, which analysts expected to continue.",
        [
            ("3%", "change", "increase", None, "Sales", None, None),
            ("$5 billion", "level", "none", None, "Sales", None, None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), FORECAST_AFTER.values(), ids=FORECAST_AFTER.keys())
def test_facts_forecast_in_a_clause_after_the_amount(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# Airline and farm statistics: a unit of up to three words after "per" ("per available seat
# mile"), traffic measured in passenger or seat kilometres, and crop yields, a harvest per
# unit of land that moves in percent (no rate, as a bond's or a dividend's yield is).
UNIT_METRICS: dict[str, tuple[str, list[Row]]] = {
    "per-seat-mile": (
        "The carrier said revenue per available seat mile fell 2.5% in the quarter.",
        [("2.5%", "change", "decrease", None, "revenue per available seat mile", None, None)],
    ),
    "rpk-and-ask": (
        "Revenue passenger kilometres rose 8.1%, and available seat kilometres grew 6%.",
        [
            ("8.1%", "change", "increase", None, "Revenue passenger kilometres", None, None),
            ("6%", "change", "increase", None, "available seat kilometres", None, None),
        ],
    ),
    "per-hectare-yield": (
        "The per-hectare yield of grain rose 1.2 percent to 5,921 kg.",
        [("1.2 percent", "change", "increase", None, "per-hectare yield of grain", None, None)],
    ),
    "wheat-yields": (
        "Henan's wheat yields fell 2.3 percent last year.",
        [("2.3 percent", "change", "decrease", None, "wheat yields", "Henan", "2024")],
    ),
    # near-misses: a rate per period is no unit; a bond's and a dividend's yield are rates
    "per-year": (
        "Profit per employee rose 4% per year.",
        [("4%", "change", "increase", None, "Profit per employee", None, None)],
    ),
    "bond-yield": (
        "Crop yields rose 4%, while the yield on 10-year bonds fell to 2.1%.",
        [
            ("4%", "change", "increase", None, "Crop yields", None, None),
            ("2.1%", "level", "none", None, "yield on 10-year bonds", None, "2025-06-12"),
        ],
    ),
    "dividend-yield": (
        "The dividend yield rose 0.5 percent.",
        [("0.5 percent", "level", "none", None, "dividend yield", None, "2025-06-12")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), UNIT_METRICS.values(), ids=UNIT_METRICS.keys())
def test_facts_airline_and_crop_units(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# Bank, insurer and bond-market quantities: provisions for credit losses, written premiums,
# and spreads (a spread between two yields names both, tenor included).
FINANCE_METRICS: dict[str, tuple[str, list[Row]]] = {
    "premiums-and-provision": (
        "Net written premiums grew 9% to $4.4 billion, and the provision for credit losses was "
        "$212 million.",
        [
            ("9%", "change", "increase", None, "Net written premiums", None, None),
            ("$4.4 billion", "level", "none", None, "Net written premiums", None, None),
            ("$212 million", "level", "none", None, "provision for credit losses", None, None),
        ],
    ),
    "sovereign-spread": (
        "The spread between Italian and German 10-year yields narrowed to 112 basis points.",
        [
            (
                "112 basis points",
                "level",
                "none",
                None,
                "spread between Italian and German 10-year yields",
                None,
                "2025-06-12",
            )
        ],
    ),
    "credit-spreads": (
        "Credit spreads on high-yield bonds widened to 410 basis points.",
        [
            (
                "410 basis points",
                "level",
                "none",
                None,
                "Credit spreads on high-yield bonds",
                None,
                "2025-06-12",
            )
        ],
    ),
    "insurer-new-business": (
        "New business value rose 20% to $1.2 billion, while embedded value reached $45 billion.",
        [
            ("20%", "change", "increase", None, "New business value", None, None),
            ("$1.2 billion", "level", "none", None, "New business value", None, None),
            ("$45 billion", "level", "none", None, "embedded value", None, None),
        ],
    ),
    # near-misses: "spread" as a verb; "between" two dates after the value
    "spread-a-cost": (
        "The company will spread the $2 billion cost over five years.",
        [("$2 billion", "target", "none", None, "cost", None, None)],
    ),
    "dates-between": (
        "Bond yields rose 5 basis points between May and June.",
        [
            (
                "5 basis points",
                "change",
                "increase",
                None,
                "Bond yields",
                None,
                "2025-05/2025-06",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), FINANCE_METRICS.values(), ids=FINANCE_METRICS.keys())
def test_facts_bank_insurer_and_spread_metrics(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A verb of change, then "below", "above", "under" or "past": the amount is the threshold
# crossed, a level with no direction ("more than" and "over" keep the change's size).
CROSSED: dict[str, tuple[str, list[Row]]] = {
    "shrinks-below": (
        "Fed balance sheet shrinks below $7.3 trillion",
        [("below $7.3 trillion", "level", "none", None, "balance sheet", "Fed", None)],
    ),
    "rose-above": (
        "Brent crude rose above $90 a barrel on Tuesday.",
        [("above $90 a barrel", "level", "none", None, "Brent crude", None, "2025-06-10")],
    ),
    "fell-back-below": (
        "Quarterly revenue fell back below $2 billion.",
        [("below $2 billion", "level", "none", None, "Quarterly revenue", None, None)],
    ),
    # near-misses: the size of a change with a bound; a comparison after the change
    "rose-over": (
        "Sales rose over 40 percent.",
        [("over 40 percent", "change", "increase", None, "Sales", None, None)],
    ),
    "fell-more-than": (
        "Sales fell more than 5%.",
        [("more than 5%", "change", "decrease", None, "Sales", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CROSSED.values(), ids=CROSSED.keys())
def test_facts_threshold_crossed_is_a_level(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# "reached X, a nominal (real) increase of N": the change of X, told how it grew; a second
# percentage after "or" tells the same change another way ("or 5.3 percent in real terms").
MANNER_OF_GROWTH: dict[str, tuple[str, list[Row]]] = {
    "nominal-or-real-terms": (
        "Per capita disposable income reached 20,733 yuan, a nominal increase of 5.4 percent "
        "year on year, or 5.3 percent in real terms.",
        [
            ("20,733 yuan", "level", "none", None, "Per capita disposable income", None, None),
            (
                "5.4 percent",
                "change",
                "increase",
                "year_on_year",
                "Per capita disposable income",
                None,
                None,
            ),
            (
                "5.3 percent",
                "change",
                "increase",
                "year_on_year",
                "Per capita disposable income",
                None,
                None,
            ),
        ],
    ),
    "nominal-and-real-growth": (
        "Per capita consumption expenditure was 13,601 yuan, a nominal growth of 7.5 percent "
        "and a real growth of 7.4 percent.",
        [
            (
                "13,601 yuan",
                "level",
                "none",
                None,
                "Per capita consumption expenditure",
                None,
                None,
            ),
            (
                "7.5 percent",
                "change",
                "increase",
                None,
                "Per capita consumption expenditure",
                None,
                None,
            ),
            (
                "7.4 percent",
                "change",
                "increase",
                None,
                "Per capita consumption expenditure",
                None,
                None,
            ),
        ],
    ),
    # near-misses: a growth phrase that is the quantity itself; a share after "or"
    "expects-real-growth": (
        "Analysts expect real growth of 2.5 percent this year.",
        [("2.5 percent", "target", "increase", None, "real growth", None, "2024")],
    ),
    "or-a-share": (
        "Sales rose 5 percent to $2 billion, or 3 percent of the total.",
        [
            ("5 percent", "change", "increase", None, "Sales", None, None),
            ("$2 billion", "level", "none", None, "Sales", None, None),
            ("3 percent", "share", "none", None, "Sales", None, None),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), MANNER_OF_GROWTH.values(), ids=MANNER_OF_GROWTH.keys()
)
def test_facts_manner_of_growth(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-07-15") == expected


# A percentage of an amount that went (goes, was used) somewhere is a part of the amount, a
# share; what it went to is the metric. A future one stays a target, money a level.
PART_GOES_TO: dict[str, tuple[str, list[Row]]] = {
    "of-which-went": (
        "Relief funds totaled 27.2 billion yuan in 2023, of which 60 percent went to industrial "
        "development.",
        [
            ("27.2 billion yuan", "level", "none", None, "Relief funds", None, "2023"),
            ("60 percent", "share", "none", None, "industrial development", None, "2023"),
        ],
    ),
    "with-going": (
        "The city issued 184.6 billion yuan of special-purpose bonds in 2023, with 47 percent "
        "going to infrastructure.",
        [
            ("184.6 billion yuan", "level", "none", None, "special-purpose bonds", None, "2023"),
            ("47 percent", "share", "none", None, "infrastructure", None, "2023"),
        ],
    ),
    # near-misses: a future part is a target; an amount of money that went somewhere a level
    "will-go": (
        "About 40 percent will go to 1,872 projects.",
        [("About 40 percent", "target", "none", None, "projects", None, None)],
    ),
    "money-went": (
        "Of that, 2.1 billion yuan went to rural coverage.",
        [("2.1 billion yuan", "level", "none", None, "rural coverage", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PART_GOES_TO.values(), ids=PART_GOES_TO.keys())
def test_facts_part_that_goes_somewhere(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-07-15") == expected


# A dash aside after the metric ends a clause; the rest of the statement may then open with a
# place ("from northern Italy", "from south China's Guangdong Province"): the word of direction
# before the place's name is no noun phrase of the quantity.
COMPASS_OF_PLACE: dict[str, tuple[str, list[Row]]] = {
    "dash-aside-from-place": (
        "Exports of luxury goods -- mainly handbags and watches -- from northern Italy rose 4 "
        "percent.",
        [("4 percent", "change", "increase", None, "Exports of luxury goods", "Italy", None)],
    ),
    "dash-aside-in-place": (
        "Sales of heat pumps -- a key green technology -- in southern Germany fell 9 percent.",
        [("9 percent", "change", "decrease", None, "Sales of heat pumps", "Germany", None)],
    ),
    # near-miss: the place owns the quantity named after it
    "place-owner": (
        "Southern Germany's exports rose 4 percent.",
        [("4 percent", "change", "increase", None, "exports", "Germany", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), COMPASS_OF_PLACE.values(), ids=COMPASS_OF_PLACE.keys()
)
def test_facts_direction_word_of_a_place(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-07-20") == expected


# "the figure", "the reading": a noun that stands for the quantity named before takes its
# metric (a figure with its own part named keeps that part).
METRIC_ANAPHOR: dict[str, tuple[str, list[Row]]] = {
    "raise-the-figure": (
        "Per capita disposable income of border residents increased by 6.1 percent to 19,870 "
        "yuan. The region aims to raise the figure by 7 percent annually.",
        [
            (
                "6.1 percent",
                "change",
                "increase",
                None,
                "Per capita disposable income of border residents",
                None,
                None,
            ),
            (
                "19,870 yuan",
                "level",
                "none",
                None,
                "Per capita disposable income of border residents",
                None,
                None,
            ),
            (
                "7 percent",
                "target",
                "increase",
                None,
                "Per capita disposable income of border residents",
                None,
                None,
            ),
        ],
    ),
    "the-reading": (
        "The manufacturing PMI fell to 49.1 percent in August. The reading was 49.4 percent in "
        "July.",
        [
            ("49.1 percent", "level", "none", None, "manufacturing PMI", None, "2024-08"),
            ("49.4 percent", "level", "none", None, "manufacturing PMI", None, "2024-07"),
        ],
    ),
    # near-miss: the figure of a part named after it
    "figure-for-imports": (
        "Exports rose 5 percent to $20 billion. The figure for imports was $18 billion.",
        [
            ("5 percent", "change", "increase", None, "Exports", None, None),
            ("$20 billion", "level", "none", None, "Exports", None, None),
            ("$18 billion", "level", "none", None, "imports", None, None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), METRIC_ANAPHOR.values(), ids=METRIC_ANAPHOR.keys())
def test_facts_the_figure_stands_for_the_metric(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-09-30") == expected


# Letters joined by an ampersand ("R&D", "M&A") are one word of the metric phrase.
AMPERSAND_WORDS: dict[str, tuple[str, list[Row]]] = {
    "corporate-r-and-d": (
        "Corporate R&D accounted for 94 percent of the total.",
        [("94 percent", "share", "none", None, "Corporate R&D", None, None)],
    ),
    "r-and-d-spending": (
        "R&D spending rose 5 percent.",
        [("5 percent", "change", "increase", None, "R&D spending", None, None)],
    ),
    "m-and-a-activity": (
        "M&A activity fell 10 percent.",
        [("10 percent", "change", "decrease", None, "M&A activity", None, None)],
    ),
    # near-misses: an index whose name has an ampersand; a unit of a company, no quantity
    "s-and-p-index": (
        "The S&P 500 rose 1.2% on Monday.",
        [("1.2%", "change", "increase", None, "S&P 500", None, "2024-09-30")],
    ),
    "p-and-c-unit": (
        "Profit at the company's P&C unit rose 8%.",
        [("8%", "change", "increase", None, "Profit", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), AMPERSAND_WORDS.values(), ids=AMPERSAND_WORDS.keys())
def test_facts_ampersand_words_in_metrics(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-09-30") == expected


# "Spending on people's livelihoods", "spending on farmers' pensions": what a noun of people
# has is the part measured, not an owner that ends the metric.
PEOPLES_PART: dict[str, tuple[str, list[Row]]] = {
    "share-of-livelihoods": (
        "Spending on people's livelihoods accounted for nearly 70 percent of total expenditure.",
        [
            (
                "nearly 70 percent",
                "share",
                "none",
                None,
                "Spending on people's livelihoods",
                None,
                None,
            )
        ],
    ),
    "farmers-pensions": (
        "Spending on farmers' pensions rose 8 percent.",
        [("8 percent", "change", "increase", None, "Spending on farmers' pensions", None, None)],
    ),
    "share-on-education": (
        "Spending on education accounted for 15 percent of the budget.",
        [("15 percent", "share", "none", None, "Spending on education", None, None)],
    ),
    # near-misses: a place's possessive is an owner, no part
    "province-owner": (
        "Investment in the province's manufacturing rose 8 percent.",
        [("8 percent", "change", "increase", None, "Investment", None, None)],
    ),
    "world-owner": (
        "Unemployment in the world's second-largest economy rose to 5.3 percent.",
        [("5.3 percent", "level", "none", None, "Unemployment", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PEOPLES_PART.values(), ids=PEOPLES_PART.keys())
def test_facts_what_people_have_is_a_part(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-09-30") == expected


# "..., carrying goods worth 36 billion yuan": after a comma the participle is no word of the
# thing an amount is the worth of.
WORTH_AFTER_PARTICIPLE: dict[str, tuple[str, list[Row]]] = {
    "carrying-goods": (
        "The freight trains made 2,617 trips, carrying goods worth 36 billion yuan.",
        [("36 billion yuan", "level", "none", None, "goods", None, None)],
    ),
    "signing-deals": (
        "The delegation toured the region, signing deals worth $2 billion.",
        [("$2 billion", "level", "none", None, "deals", None, None)],
    ),
    # near-miss: an adjective in -ing that opens the clause
    "outstanding-loans": (
        "Outstanding loans worth $3 billion were restructured.",
        [("$3 billion", "level", "none", None, "Outstanding loans", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), WORTH_AFTER_PARTICIPLE.values(), ids=WORTH_AFTER_PARTICIPLE.keys()
)
def test_facts_worth_after_a_participle(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-09-30") == expected


# An amount forecast (a consensus, an outlook's figure) is a level to reach: no direction
# from the change words around it; a change cue that governs it, or a saving, gives one.
TARGET_AMOUNT_DIRECTION: dict[str, tuple[str, list[Row]]] = {
    "ahead-of-consensus": (
        "Underlying operating profit rose 12% to £2.3 billion, ahead of the £2.2 billion "
        "consensus.",
        [
            ("12%", "change", "increase", None, "Underlying operating profit", None, None),
            ("£2.3 billion", "level", "none", None, "Underlying operating profit", None, None),
            ("£2.2 billion", "target", "none", None, "Underlying operating profit", None, None),
        ],
    ),
    "outlook-after-growth": (
        "The company repeated its outlook for low single-digit organic growth and free cash "
        "flow of 9 billion kronor.",
        [("9 billion kronor", "target", "none", None, "free cash flow", None, None)],
    ),
    "save-a-further": (
        "The miner aims to save a further $300 million in costs by 2026.",
        [("$300 million", "target", "decrease", None, "costs", None, "2026")],
    ),
    # near-misses: a change cue governs the amount
    "grow-by": (
        "The company expects revenue to grow by $2 billion next year.",
        [("$2 billion", "target", "increase", None, "revenue", None, "2025")],
    ),
    "cut-by": (
        "The group plans to cut costs by $1 billion.",
        [("$1 billion", "target", "decrease", None, "costs", None, None)],
    ),
    "increase-after": (
        "The company expects a $300 million increase in revenue.",
        [("$300 million", "target", "increase", None, "revenue", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), TARGET_AMOUNT_DIRECTION.values(), ids=TARGET_AMOUNT_DIRECTION.keys()
)
def test_facts_direction_of_a_forecast_amount(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-29") == expected


# Analysts' figures named by a noun: "consensus for X was", "the $3.1 billion Wall Street
# consensus", "the $5.4 billion analysts' estimate"; and a share repurchase program's size,
# a plan (a target) like a buyback's.
CONSENSUS_NOUNS: dict[str, tuple[str, list[Row]]] = {
    "consensus-for": (
        "Analysts' consensus for underlying profit was A$3.2 billion.",
        [("A$3.2 billion", "target", "none", None, "underlying profit", None, None)],
    ),
    "wall-street-consensus": (
        "Sales reached $3.3 billion, above the $3.1 billion Wall Street consensus.",
        [
            ("$3.3 billion", "level", "none", None, "Sales", None, None),
            ("$3.1 billion", "target", "none", None, "Sales", None, None),
        ],
    ),
    "analysts-estimate": (
        "Sales reached $5.2 billion, short of the $5.4 billion analysts' estimate.",
        [
            ("$5.2 billion", "level", "none", None, "Sales", None, None),
            ("$5.4 billion", "target", "none", None, "Sales", None, None),
        ],
    ),
    "repurchase-program": (
        "The chipmaker authorized an additional $10 billion share repurchase program.",
        [("$10 billion", "target", "none", None, "share repurchase", None, None)],
    ),
    # near-misses: no forecaster before the noun; a forecast noun with no amount of its own
    "market-target": (
        "Sales reached $5.2 billion, the market target.",
        [("$5.2 billion", "level", "none", None, "Sales", None, None)],
    ),
    "traders-bought": (
        "Sales reached $5.2 billion as traders bought more.",
        [("$5.2 billion", "level", "none", None, "Sales", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CONSENSUS_NOUNS.values(), ids=CONSENSUS_NOUNS.keys())
def test_facts_consensus_and_repurchase_nouns(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-05-20") == expected


# A share's part named by a longer phrase, through "the" and a participle: "Exports to
# countries involved in the Belt and Road Initiative accounted for".
LONG_SHARE_PART: dict[str, tuple[str, list[Row]]] = {
    "countries-involved-in": (
        "Exports to countries involved in the Belt and Road Initiative accounted for 63.5 "
        "percent of the total.",
        [
            (
                "63.5 percent",
                "share",
                "none",
                None,
                "Exports to countries involved in the Belt and Road Initiative",
                None,
                None,
            )
        ],
    ),
    "loans-to-the-sector": (
        "Loans to the manufacturing sector accounted for 30 percent of new loans.",
        [("30 percent", "share", "none", None, "Loans to the manufacturing sector", None, None)],
    ),
    # near-misses: "in the province", "in the city" say where, no part
    "in-the-province": (
        "Investment in the province accounted for 40 percent of the national total.",
        [("40 percent", "share", "none", None, "Investment", None, None)],
    ),
    "in-the-city": (
        "Sales in the city accounted for 40 percent of the company's revenue.",
        [("40 percent", "share", "none", None, "Sales", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), LONG_SHARE_PART.values(), ids=LONG_SHARE_PART.keys())
def test_facts_long_phrase_of_a_share_part(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-10-09") == expected


# "added" reports speech before "that" or a mark ("He added that ...", "..., he added."): no
# change verb there; "The index added 1.2%" still rose.
ADDED_THAT: dict[str, tuple[str, list[Row]]] = {
    "added-that-plan": (
        "He added that 100 billion yuan of central budget investment for 2025 would be allocated "
        "ahead of schedule.",
        [("100 billion yuan", "target", "none", None, "central budget investment", None, "2025")],
    ),
    "he-added": (
        "Profit was $2 billion, he added.",
        [("$2 billion", "level", "none", None, "Profit", None, None)],
    ),
    # near-miss: "added" as a verb of change
    "index-added": (
        "The index added 1.2% on Monday.",
        [("1.2%", "change", "increase", None, "index", None, "2024-10-14")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ADDED_THAT.values(), ids=ADDED_THAT.keys())
def test_facts_added_that_reports_speech(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-10-18") == expected


# Verbs the noun phrase of a metric stops at ("peaked", "offset"), and a balance sheet as a
# quantity (a central bank's or a company's stock of assets).
PHRASE_STOPS: dict[str, tuple[str, list[Row]]] = {
    "which-peaked": (
        "The central bank's balance sheet, which peaked at C$575 billion in 2021, has fallen to "
        "about C$300 billion.",
        [
            ("C$575 billion", "level", "none", None, "balance sheet", None, "2021"),
            ("about C$300 billion", "level", "none", None, "balance sheet", None, None),
        ],
    ),
    "volumes-offset": (
        "Comparable sales fell 2.1%, as a 3.4% decline in volumes offset price increases of 1.3%.",
        [
            ("2.1%", "change", "decrease", None, "Comparable sales", None, None),
            ("3.4%", "change", "decrease", None, "volumes", None, None),
            ("1.3%", "change", "increase", None, "price increases", None, None),
        ],
    ),
    "measured-in-aside": (
        "International capacity, measured in available seat kilometres, rose 12% in April.",
        [("12%", "change", "increase", None, "International capacity", None, "2024-04")],
    ),
    # near-miss: a metric that ends before its verb already
    "debt-peaked": (
        "Household debt peaked at $2 trillion in 2021.",
        [("$2 trillion", "level", "none", None, "Household debt", None, "2021")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PHRASE_STOPS.values(), ids=PHRASE_STOPS.keys())
def test_facts_verbs_that_end_a_metric_phrase(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-09-04") == expected


# A noun that measures the quantity in its "of" phrase keeps it past "the" ("the size of the
# digital economy"); "growth of the economy" is a change like "growth of the output".
MEASURE_OF_THE: dict[str, tuple[str, list[Row]]] = {
    "size-of-the": (
        "The size of the digital economy reached 5 trillion yuan.",
        [("5 trillion yuan", "level", "none", None, "size of the digital economy", None, None)],
    ),
    "scale-of-the": (
        "The scale of the digital economy rose 8 percent.",
        [("8 percent", "change", "increase", None, "scale of the digital economy", None, None)],
    ),
    # "growth of the economy" is the growth of the quantity after "the", a change
    "growth-of-the": (
        "Growth of the economy slowed to 4.6 percent.",
        [("4.6 percent", "change", "increase", None, "economy", None, None)],
    ),
    # near-miss: a noun that is no measure before "of the"
    "part-of-the": (
        "Part of the digital economy rose 8 percent.",
        [("8 percent", "change", "increase", None, "digital economy", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), MEASURE_OF_THE.values(), ids=MEASURE_OF_THE.keys())
def test_facts_measure_of_the_quantity(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-01-24") == expected


# Capital returned to shareholders: the means after "through"/"via" name the quantity, else
# the verb does (the company is no quantity); a participle after a payout restates it.
RETURNED_TO_HOLDERS: dict[str, tuple[str, list[Row]]] = {
    "return-through": (
        "The group plans to return £1.6 billion to shareholders through buybacks and dividends.",
        [("£1.6 billion", "target", "none", None, "buybacks and dividends", None, None)],
    ),
    "returned-in-year": (
        "The miner returned $4 billion to shareholders in 2023.",
        [("$4 billion", "level", "none", None, "returned", None, "2023")],
    ),
    # near-misses: the payout named before; "returned to" a level
    "returning-after-payout": (
        "The company declared a dividend of 62 cents a share, returning about $1.4 billion to "
        "shareholders.",
        [
            ("62 cents a share", "level", "none", None, "dividend", None, None),
            ("about $1.4 billion", "level", "none", None, "dividend", None, None),
        ],
    ),
    "returned-to-a-level": (
        "Sales returned to $5 billion in the quarter.",
        [("$5 billion", "level", "none", None, "Sales", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RETURNED_TO_HOLDERS.values(), ids=RETURNED_TO_HOLDERS.keys()
)
def test_facts_capital_returned_to_shareholders(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-02-29") == expected


# A name past a conjunction after a verb of saying opens a clause of its own: it owns its
# figures, it is no source of the ones before.
SOURCE_THEN_CLAUSE: dict[str, tuple[str, list[Row]]] = {
    "said-while-rival": (
        "Halvard Foods' profit rose 8% in May, the company said on Thursday, while rival "
        "Norvik posted a 3% fall in profit.",
        [
            ("8%", "change", "increase", None, "profit", "Halvard Foods", "2025-05"),
            ("3%", "change", "decrease", None, "profit", "Norvik", "2025-05"),
        ],
    ),
    # near-misses: the source named right after the verb, before the conjunction
    "said-source-then-while": (
        "Halvard Foods' exports rose 8% in May, said Tarsen Analytics, while imports fell 2%.",
        [
            ("8%", "change", "increase", None, "exports", "Halvard Foods", "2025-05"),
            ("2%", "change", "decrease", None, "imports", "Halvard Foods", "2025-05"),
        ],
    ),
    "said-source": (
        "Exports rose 8% in May, said Tarsen Analytics.",
        [("8%", "change", "increase", None, "Exports", None, "2025-05")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SOURCE_THEN_CLAUSE.values(), ids=SOURCE_THEN_CLAUSE.keys()
)
def test_facts_name_after_source_conjunction(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A press-release wire named in a dateline carries a company's release and owns none of its
# figures; a company whose name only contains such words owns its own.
RELEASE_WIRE: dict[str, tuple[str, list[Row]]] = {
    "globe-newswire-dateline": (
        "TORONTO, Feb. 20, 2025 (GLOBE NEWSWIRE) -- Northbeam Minerals Corp. (TSX: NBM) today "
        "reported record annual revenue of C$1.2 billion for 2024, an increase of 18%.",
        [
            (
                "C$1.2 billion",
                "level",
                "none",
                None,
                "annual revenue",
                "Northbeam Minerals Corp.",
                "2024",
            ),
            (
                "18%",
                "change",
                "increase",
                None,
                "annual revenue",
                "Northbeam Minerals Corp.",
                "2024",
            ),
        ],
    ),
    # near-miss: a company named like a wire
    "company-named-wire": (
        "Business Wire Group Inc said its revenue rose 5% in 2024.",
        [("5%", "change", "increase", None, "revenue", "Business Wire Group Inc", "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), RELEASE_WIRE.values(), ids=RELEASE_WIRE.keys())
def test_facts_release_wire_owns_nothing(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A company hyphenated to a participle of backing or ownership ("SoftBank-backed") describes
# the company it modifies: the figures are that company's, not the backer's.
BACKER_MODIFIER: dict[str, tuple[str, list[Row]]] = {
    "backed-name": (
        "SoftBank-backed Quenta Pay said its revenue fell 30% in the first half.",
        [("30%", "change", "decrease", None, "revenue", "Quenta Pay", "2025-H1")],
    ),
    "owned-name": (
        "Alibaba-owned Lazada Group posted a 12% rise in sales in 2024.",
        [("12%", "change", "increase", None, "sales", "Lazada Group", "2024")],
    ),
    "owned-unnamed": (
        "Sales at the Alibaba-owned platform rose 12% in 2024.",
        [("12%", "change", "increase", None, "Sales", None, "2024")],
    ),
    # near-misses: the backer's own figure; a participle inside a company's name
    "possessive": (
        "Alibaba's sales rose 12% in 2024.",
        [("12%", "change", "increase", None, "sales", "Alibaba", "2024")],
    ),
    "participle-in-name": (
        "Kessler-Owned Hotels Inc said revenue rose 5% in 2024.",
        [("5%", "change", "increase", None, "revenue", "Kessler-Owned Hotels Inc", "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BACKER_MODIFIER.values(), ids=BACKER_MODIFIER.keys())
def test_facts_backer_before_a_company_owns_nothing(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# The "of" phrase after a noun of buying a company names the company bought; the price is the
# buyer's, the owner named before the verb.
PURCHASE_OF: dict[str, tuple[str, list[Row]]] = {
    "its-acquisition-of": (
        "Vantor Group completed its $4.5 billion acquisition of Ellison Brands on Wednesday.",
        [("$4.5 billion", "level", "none", None, "acquisition", "Vantor Group", "2025-06-11")],
    ),
    "the-acquisition-of": (
        "Vantor Group said on Monday it had closed the $4.5 billion acquisition of Ellison Brands.",
        [("$4.5 billion", "level", "none", None, "acquisition", "Vantor Group", "2025-06-09")],
    ),
    # near-miss: the "of" phrase of another metric names its owner
    "revenue-of": (
        "Revenue of Ellison Brands rose 5% in 2024.",
        [("5%", "change", "increase", None, "Revenue", "Ellison Brands", "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PURCHASE_OF.values(), ids=PURCHASE_OF.keys())
def test_facts_price_of_a_purchase_is_the_buyers(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A company named with a web domain ("Velmora.com Inc") is the fullest form of its short name,
# before a unit named later that shares the first word.
DOMAIN_NAME: dict[str, tuple[str, list[Row]]] = {
    "domain-then-unit": (
        "Velmora.com Inc said its revenue rose 13% in 2024. Its logistics arm Velmora "
        "Logistics said its revenue rose 8% in 2024. Velmora's net income rose 34% in 2024.",
        [
            ("13%", "change", "increase", None, "revenue", "Velmora.com Inc", "2024"),
            ("8%", "change", "increase", None, "revenue", "Velmora Logistics", "2024"),
            ("34%", "change", "increase", None, "net income", "Velmora.com Inc", "2024"),
        ],
    ),
    # near-miss: only the longer name is in the article
    "unit-only": (
        "Velmora Logistics said its revenue rose 8% in 2024. Velmora's net income rose 34% "
        "in 2024.",
        [
            ("8%", "change", "increase", None, "revenue", "Velmora Logistics", "2024"),
            ("34%", "change", "increase", None, "net income", "Velmora Logistics", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DOMAIN_NAME.values(), ids=DOMAIN_NAME.keys())
def test_facts_domain_name_is_the_fullest_form(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A figure of an economy measured "in" a group of economies ("the 20 countries sharing the
# euro", "the bloc") is no member's, though the article names members after it.
IN_THE_BLOC: dict[str, tuple[str, list[Row]]] = {
    "countries-sharing-the-euro": (
        "Inflation in the 20 countries sharing the euro eased to 2.2% in May. Germany's rate "
        "fell to 2.1%.",
        [
            ("2.2%", "level", "none", None, "Inflation", None, "2025-05"),
            ("2.1%", "level", "none", None, "rate", "Germany", "2025-05"),
        ],
    ),
    "the-bloc": (
        "Unemployment in the 27-nation bloc held at 5.9% in April. Spain's rate fell to 10.9%.",
        [
            ("5.9%", "level", "none", None, "Unemployment", None, "2025-04"),
            ("10.9%", "level", "none", None, "rate", "Spain", "2025-04"),
        ],
    ),
    # near-miss: the "in" phrase says when, the article's country owns the figure
    "in-a-quarter": (
        "Inflation in the first quarter eased to 2.2%. Germany's rate fell to 2.1%.",
        [
            ("2.2%", "level", "none", None, "Inflation", "Germany", "2025-Q1"),
            ("2.1%", "level", "none", None, "rate", "Germany", "2025-Q1"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), IN_THE_BLOC.values(), ids=IN_THE_BLOC.keys())
def test_facts_figure_in_a_group_of_economies_is_no_members(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A company whose name opens with an index's name ("Hang Seng Bank") owns its figures; the
# index alone is a quote, no one's.
INDEX_NAMED_COMPANY: dict[str, tuple[str, list[Row]]] = {
    "bank-named-after-index": (
        "Hang Seng Bank reported a 3.6% rise in net profit in 2024.",
        [("3.6%", "change", "increase", None, "net profit", "Hang Seng Bank", "2024")],
    ),
    "shares-of-the-bank": (
        "Shares of Hang Seng Bank rose 1.2% on Monday.",
        [("1.2%", "change", "increase", None, "Shares", "Hang Seng Bank", "2025-06-09")],
    ),
    # near-misses: the index itself
    "index": (
        "The Hang Seng rose 1.2% on Monday.",
        [("1.2%", "change", "increase", None, "Hang Seng", None, "2025-06-09")],
    ),
    "index-with-head": (
        "The Hang Seng Index rose 1.2% on Monday.",
        [("1.2%", "change", "increase", None, "Hang Seng Index", None, "2025-06-09")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), INDEX_NAMED_COMPANY.values(), ids=INDEX_NAMED_COMPANY.keys()
)
def test_facts_company_named_after_an_index(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A name inside an aside on a thing ("which ...", "whose ...") that closes before the value
# describes the thing; it owns none of its figures. An aside on a person ("who runs a workshop
# in Xuchang") gives the person's place.
THING_ASIDE: dict[str, tuple[str, list[Row]]] = {
    "which-includes-brands": (
        "Unilever Plc said its ice cream business, which includes brands such as Magnum and "
        "Ben & Jerry's, had turnover of 7.9 billion euros in 2024.",
        [("7.9 billion euros", "level", "none", None, "turnover", "Unilever Plc", "2024")],
    ),
    "which-has-a-plant-in": (
        "The company, which has a plant in Suzhou, said its sales rose 5% in 2024.",
        [("5%", "change", "increase", None, "sales", None, "2024")],
    ),
    # near-miss: an aside on a person
    "who-runs-a-workshop-in": (
        "Li Jun, who runs a workshop in Xuchang, said his orders rose 20% in 2024.",
        [("20%", "change", "increase", None, "orders", "Xuchang", "2024")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), THING_ASIDE.values(), ids=THING_ASIDE.keys())
def test_facts_name_in_an_aside_on_a_thing_owns_nothing(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A verb of saying reports a clause with an owner of its own ("said its unit Jaguar Land Rover
# posted", "said that rival Brenmark posted"): the clause's owner, not the speaker, owns its
# figures; a place after a preposition in the clause is only where.
OWNER_OF_THE_CLAUSE_SAID: dict[str, tuple[str, list[Row]]] = {
    "said-its-unit": (
        "Tata Motors Ltd said on Friday its British luxury car unit Jaguar Land Rover posted a "
        "31% rise in pretax profit in 2024.",
        [("31%", "change", "increase", None, "pretax profit", "Jaguar Land Rover", "2024")],
    ),
    "said-that-rival": (
        "Kessler Foods said that rival Brenmark posted a 5% rise in sales in 2024.",
        [("5%", "change", "increase", None, "sales", "Brenmark", "2024")],
    ),
    # near-misses: a market of the speaker's; a company after the verb
    "said-its-sales-in": (
        "Kessler Foods said its sales in Germany rose 5% in 2024.",
        [("5%", "change", "increase", None, "sales", "Kessler Foods", "2024")],
    ),
    "said-its-sales-helped-by": (
        "Kessler Foods said its sales rose 5% in 2024, helped by Brenmark.",
        [("5%", "change", "increase", None, "sales", "Kessler Foods", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    OWNER_OF_THE_CLAUSE_SAID.values(),
    ids=OWNER_OF_THE_CLAUSE_SAID.keys(),
)
def test_facts_owner_of_the_clause_said(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A name in the possessive before a company's noun and the company's name ("Kessler Inc's
# biggest supplier Brenmark", "Brazil's state-run oil company Petrobras") describes the
# company, which owns its figures.
POSSESSOR_OF_COMPANY: dict[str, tuple[str, list[Row]]] = {
    "company-supplier": (
        "Kessler Inc's biggest supplier Brenmark reported a 42% rise in sales in 2024.",
        [("42%", "change", "increase", None, "sales", "Brenmark", "2024")],
    ),
    "country-state-company": (
        "Brazil's state-run oil company Petrobras posted a 12% rise in profit in 2024.",
        [("12%", "change", "increase", None, "profit", "Petrobras", "2024")],
    ),
    "company-rival": (
        "Kessler's rival Brenmark said its orders grew 15% in 2024.",
        [("15%", "change", "increase", None, "orders", "Brenmark", "2024")],
    ),
    # near-misses: the possessor's own quantity; a company after the figure
    "possessor-quantity": (
        "Kessler Inc's sales to its biggest supplier rose 5% in 2024.",
        [("5%", "change", "increase", None, "sales", "Kessler Inc", "2024")],
    ),
    "country-quantity": (
        "Brazil's oil output rose 5% in 2024, Petrobras said.",
        [("5%", "change", "increase", None, "oil output", "Brazil", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), POSSESSOR_OF_COMPANY.values(), ids=POSSESSOR_OF_COMPANY.keys()
)
def test_facts_possessor_of_a_named_company_owns_nothing(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A sentence that opens on "the" and a reporting body's noun ("The association expects ...")
# speaks for the body named before: its figure is the economy's, not the company's in view.
BODY_ANAPHOR: dict[str, tuple[str, list[Row]]] = {
    "the-association-expects": (
        "China's car sales rose 6% in 2024, the China Association of Automobile Manufacturers "
        "said. Geely's sales rose 32% in 2024. The association expects car sales to grow 3% in "
        "2025.",
        [
            ("6%", "change", "increase", None, "car sales", "China", "2024"),
            ("32%", "change", "increase", None, "sales", "Geely", "2024"),
            ("3%", "target", "increase", None, "car sales", "China", "2025"),
        ],
    ),
    # near-miss: the company speaks
    "the-company-expects": (
        "China's car sales rose 6% in 2024, the China Association of Automobile Manufacturers "
        "said. Geely's sales rose 32% in 2024. The company expects sales to grow 3% in 2025.",
        [
            ("6%", "change", "increase", None, "car sales", "China", "2024"),
            ("32%", "change", "increase", None, "sales", "Geely", "2024"),
            ("3%", "target", "increase", None, "sales", "Geely", "2025"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BODY_ANAPHOR.values(), ids=BODY_ANAPHOR.keys())
def test_facts_reporting_body_by_its_noun(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A value inside a relative clause on a thing whose own subject is a name ("which Tallis
# Partners bought ... for $900 million") is that name's: the buyer pays the price.
RELATIVE_CLAUSE_SUBJECT: dict[str, tuple[str, list[Row]]] = {
    "which-firm-bought": (
        "Brisco Brands Inc, which private equity firm Tallis Partners bought in 2019 for $900 "
        "million, is up for sale.",
        [("$900 million", "level", "none", None, "bought", "Tallis Partners", "2019")],
    ),
    "in-which-holds": (
        "Porsche AG, in which Volkswagen AG holds a 75.4% stake, said its sales fell 3% in 2024.",
        [
            ("75.4%", "share", "none", None, "stake", "Volkswagen AG", None),
            ("3%", "change", "decrease", None, "sales", "Porsche AG", "2024"),
        ],
    ),
    # near-miss: the thing is the relative clause's subject
    "which-earned": (
        "Brisco Brands Inc, which earned $610 million in 2024, is up for sale.",
        [("$610 million", "level", "none", None, "earned", "Brisco Brands Inc", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RELATIVE_CLAUSE_SUBJECT.values(), ids=RELATIVE_CLAUSE_SUBJECT.keys()
)
def test_facts_subject_of_a_relative_clause(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A company's fiscal year-end stated in the present tense ("whose fiscal year ends in
# September"), or told by its first month ("begins in July", "runs from October to September"),
# dates its fiscal quarters; without it the March year-end is assumed.
FISCAL_END_STATED: dict[str, tuple[str, list[Row]]] = {
    "ends-in": (
        "Lorne Systems Inc, whose fiscal year ends in September, said revenue rose 9% in the "
        "second quarter of fiscal 2025.",
        [("9%", "change", "increase", None, "revenue", "Lorne Systems Inc", "2025-Q1")],
    ),
    "begins-in": (
        "Lorne Systems Inc said its fiscal year begins in July. Revenue rose 9% in the second "
        "quarter of fiscal 2025.",
        [("9%", "change", "increase", None, "Revenue", "Lorne Systems Inc", "2024-Q4")],
    ),
    "runs-from-to": (
        "Lorne Systems Inc's financial year runs from October to September. Revenue rose 9% in "
        "the second quarter of fiscal 2025.",
        [("9%", "change", "increase", None, "Revenue", "Lorne Systems Inc", "2025-Q1")],
    ),
    # near-misses: no year-end stated; a quarter's end is not the year's
    "unstated": (
        "Lorne Systems Inc said revenue rose 9% in the second quarter of fiscal 2025.",
        [("9%", "change", "increase", None, "revenue", "Lorne Systems Inc", "2024-Q3")],
    ),
    "quarter-ends": (
        "Lorne Systems Inc said the quarter ends in September. Revenue rose 9% in the second "
        "quarter of fiscal 2025.",
        [("9%", "change", "increase", None, "Revenue", "Lorne Systems Inc", "2024-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), FISCAL_END_STATED.values(), ids=FISCAL_END_STATED.keys()
)
def test_facts_fiscal_year_end_stated(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-10") == expected


# "the latest quarter", "the past quarter": the quarter in view, else the last calendar quarter
# ended by the article's date; "the previous quarter" after it is the one before.
LATEST_QUARTER: dict[str, tuple[str, list[Row]]] = {
    "latest": (
        "Brenmoor Retail Inc said sales rose 6% in the latest quarter.",
        [("6%", "change", "increase", None, "sales", "Brenmoor Retail Inc", "2024-Q4")],
    ),
    "past-then-previous": (
        "Brenmoor Retail Inc said sales rose 6% in the past quarter, while margin slipped to 31% "
        "from 33% in the previous quarter.",
        [
            ("6%", "change", "increase", None, "sales", "Brenmoor Retail Inc", "2024-Q4"),
            ("31%", "level", "none", None, "margin", "Brenmoor Retail Inc", "2024-Q4"),
            ("33%", "level", "none", None, "margin", "Brenmoor Retail Inc", "2024-Q3"),
        ],
    ),
    "fiscal-quarter-in-view": (
        "Brenmoor Retail Inc said sales rose 6% in the three months ended Nov. 30. Margin was "
        "31% in the latest quarter.",
        [
            ("6%", "change", "increase", None, "sales", "Brenmoor Retail Inc", "2024-09/2024-11"),
            ("31%", "level", "none", None, "Margin", "Brenmoor Retail Inc", "2024-09/2024-11"),
        ],
    ),
    # near-misses: a bare "the quarter" with none in view; "the past year", an undated span
    "bare-quarter": (
        "Brenmoor Retail Inc said sales rose 6% in the quarter.",
        [("6%", "change", "increase", None, "sales", "Brenmoor Retail Inc", None)],
    ),
    "past-year": (
        "Brenmoor Retail Inc said sales rose 6% over the past year.",
        [("6%", "change", "increase", None, "sales", "Brenmoor Retail Inc", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), LATEST_QUARTER.values(), ids=LATEST_QUARTER.keys())
def test_facts_latest_quarter(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-30") == expected


# China's public holidays as Chinese news names them: "Labor Day" is May Day (in American
# news in September it is not), "the New Year's Day holiday" its days off (one in 2025), a
# holiday named without "Festival" ("the Qingming holiday"); a figure reported is of a holiday
# that has begun.
HOLIDAY_NAMES: dict[str, tuple[str, str, list[Row]]] = {
    "labor-day": (
        "2025-05-06",
        "Domestic trips during the five-day Labor Day holiday generated 180 billion yuan in "
        "spending.",
        [
            (
                "180 billion yuan",
                "level",
                "none",
                None,
                "spending",
                None,
                "2025-05-01/2025-05-05",
            )
        ],
    ),
    "new-year-one-day": (
        "2025-01-02",
        "Tourism revenue during the New Year's Day holiday reached 36.5 billion yuan.",
        [("36.5 billion yuan", "level", "none", None, "Tourism revenue", None, "2025-01-01")],
    ),
    "qingming-begun": (
        "2025-01-02",
        "Railway trips rose 8 percent during the Qingming holiday.",
        [("8 percent", "change", "increase", None, "Railway trips", None, "2024-04-04/2024-04-06")],
    ),
    # near-miss: America's Labor Day weekend, months from May
    "us-labor-day": (
        "2025-09-02",
        "Sales at retailers rose 3.2% over the Labor Day weekend.",
        [("3.2%", "change", "increase", None, "Sales", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("day", "text", "expected"), HOLIDAY_NAMES.values(), ids=HOLIDAY_NAMES.keys()
)
def test_facts_holiday_names(nlp: Language, day: str, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date=day) == expected


# A count of weeks ending on a day (a grocer's trading period, a price survey's four weeks) is
# its days; a 52-week year and an undated "past 12 weeks" are left alone.
WEEKS_TO: dict[str, tuple[str, list[Row]]] = {
    "weeks-to": (
        "Harrowgate Stores plc said like-for-like sales rose 3.4% in the 12 weeks to February 23.",
        [
            (
                "3.4%",
                "change",
                "increase",
                None,
                "like-for-like sales",
                "Harrowgate Stores",
                "2024-12-02/2025-02-23",
            )
        ],
    ),
    "four-weeks": (
        "Grocery price inflation was 3.3% in the four weeks to February 23, Kantar said.",
        [("3.3%", "level", "none", None, "Grocery price inflation", None, "2025-01-27/2025-02-23")],
    ),
    "weeks-ended": (
        "Harrowgate Stores plc said sales rose 2.1% in the 13 weeks ended March 1.",
        [
            (
                "2.1%",
                "change",
                "increase",
                None,
                "sales",
                "Harrowgate Stores",
                "2024-12-01/2025-03-01",
            )
        ],
    ),
    # near-misses: a 52-week year (not its last two weeks); a span not dated
    "fifty-two-weeks": (
        "Harrowgate Stores plc said sales rose 4.1% in the 52 weeks ended March 1.",
        [("4.1%", "change", "increase", None, "sales", "Harrowgate Stores", None)],
    ),
    "past-weeks": (
        "Harrowgate Stores plc said sales rose 4.1% in the past 12 weeks.",
        [("4.1%", "change", "increase", None, "sales", "Harrowgate Stores", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), WEEKS_TO.values(), ids=WEEKS_TO.keys())
def test_facts_weeks_to_a_day(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-05") == expected


# A year-back date opening its sentence ("A year earlier, ...", "In the same quarter a year
# ago, ...") dates the sentence's figures a year before the period in view.
YEAR_BACK_OPENING: dict[str, tuple[str, list[Row]]] = {
    "a-year-earlier": (
        "Sales at Penrose Tools Inc rose 7% in the second quarter. A year earlier, net income was "
        "$180 million.",
        [
            ("7%", "change", "increase", None, "Sales", "Penrose Tools Inc", "2024-Q2"),
            ("$180 million", "level", "none", None, "net income", "Penrose Tools Inc", "2023-Q2"),
        ],
    ),
    "same-quarter-a-year-ago": (
        "Sales at Penrose Tools Inc rose 7% in the second quarter. In the same quarter a year "
        "ago, net income fell 3%.",
        [
            ("7%", "change", "increase", None, "Sales", "Penrose Tools Inc", "2024-Q2"),
            ("3%", "change", "decrease", None, "net income", "Penrose Tools Inc", "2023-Q2"),
        ],
    ),
    # near-miss: a comparison, a basis and not the period
    "compared-with": (
        "Sales at Penrose Tools Inc rose 7% in the second quarter. Compared with a year earlier, "
        "net income rose 4%.",
        [
            ("7%", "change", "increase", None, "Sales", "Penrose Tools Inc", "2024-Q2"),
            (
                "4%",
                "change",
                "increase",
                "year_on_year",
                "net income",
                "Penrose Tools Inc",
                "2024-Q2",
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), YEAR_BACK_OPENING.values(), ids=YEAR_BACK_OPENING.keys()
)
def test_facts_year_back_opening(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-07-30") == expected


# A company whose fiscal year-end the text states names its own quarters and halves: a bare
# "second quarter" of its results is that fiscal quarter's months (of a report the latest
# ended, of a plan the next); an economy's quarter in the same text stays the calendar's.
STATED_FISCAL_QUARTERS: dict[str, tuple[str, list[Row]]] = {
    "january-year-plan": (
        "Tamsin Devices Inc, whose fiscal year ended Jan. 26, expects first-quarter revenue of "
        "$43 billion.",
        [
            (
                "$43 billion",
                "target",
                "none",
                None,
                "revenue",
                "Tamsin Devices Inc",
                "2025-02/2025-04",
            )
        ],
    ),
    "june-year-report": (
        "Tamsin Devices Inc, whose fiscal year ends in June, said profit rose 12% in the second "
        "quarter.",
        [("12%", "change", "increase", None, "profit", "Tamsin Devices Inc", "2024-Q4")],
    ),
    "june-year-half": (
        "Tamsin Devices Inc, whose fiscal year ends in June, said first-half revenue rose 12%.",
        [("12%", "change", "increase", None, "revenue", "Tamsin Devices Inc", "2024-H2")],
    ),
    # near-misses: the economy's quarter; no year-end stated
    "economy-quarter": (
        "Tamsin Devices Inc, whose fiscal year ends in June, said its sales rose. The economy "
        "grew 0.4% in the fourth quarter.",
        [("0.4%", "change", "increase", None, "economy", None, "2024-Q4")],
    ),
    "unstated": (
        "Tamsin Devices Inc said second-quarter revenue rose 12%.",
        [("12%", "change", "increase", None, "revenue", "Tamsin Devices Inc", "2024-Q2")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), STATED_FISCAL_QUARTERS.values(), ids=STATED_FISCAL_QUARTERS.keys()
)
def test_facts_stated_fiscal_quarters(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-27") == expected


# A span of months from January reported before its last month has ended is last year's
# ("January-November" in a January article), as "the first 11 months" is.
JANUARY_SPAN_REPORTED: dict[str, tuple[str, list[Row]]] = {
    "jan-nov-in-january": (
        "Guizhou's exports rose 9.2 percent in January-November.",
        [("9.2 percent", "change", "increase", None, "exports", "Guizhou", "2023-01/2023-11")],
    ),
    "between-months": (
        "Guizhou's exports rose 9.2 percent between January and October.",
        [("9.2 percent", "change", "increase", None, "exports", "Guizhou", "2023-01/2023-10")],
    ),
    # near-miss: a plan's months are the coming ones
    "plan": (
        "Guizhou's exports are expected to rise 9.2 percent in January-June.",
        [("9.2 percent", "target", "increase", None, "exports", "Guizhou", "2024-H1")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), JANUARY_SPAN_REPORTED.values(), ids=JANUARY_SPAN_REPORTED.keys()
)
def test_facts_january_span_reported(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-01-08") == expected


# "between Nov. 1 and Dec. 24", two mentions of days: the days from the first to the second
# (over New Year when the first month is later); a day each for two values is not a span.
BETWEEN_DAYS: dict[str, tuple[str, list[Row]]] = {
    "between-days": (
        "Holiday sales at U.S. retailers rose 3.1% between Nov. 1 and Dec. 24.",
        [
            (
                "3.1%",
                "change",
                "increase",
                None,
                "Holiday sales",
                None,
                "2024-11-01/2024-12-24",
            )
        ],
    ),
    "over-new-year": (
        "Holiday sales at U.S. retailers rose 3.1% between Dec. 20 and Jan. 2.",
        [
            (
                "3.1%",
                "change",
                "increase",
                None,
                "Holiday sales",
                None,
                "2024-12-20/2025-01-02",
            )
        ],
    ),
    # near-miss: two values, a day each
    "a-day-each": (
        "Holiday sales rose 3.1% on Nov. 1 and rose 2.5% on Dec. 24.",
        [
            ("3.1%", "change", "increase", None, "Holiday sales", None, "2024-11-01"),
            ("2.5%", "change", "increase", None, "Holiday sales", None, "2024-12-24"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BETWEEN_DAYS.values(), ids=BETWEEN_DAYS.keys())
def test_facts_between_days(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-03") == expected


# The Mid-Autumn Festival of 2025 fell inside the National Day holiday: "the eight-day National
# Day and Mid-Autumn Festival holiday" is October 1-8 (not the last year's Mid-Autumn holiday).
COMBINED_HOLIDAY: dict[str, tuple[str, str, list[Row]]] = {
    "combined-2025": (
        "2025-10-09",
        "Tourism spending during the eight-day National Day and Mid-Autumn Festival holiday "
        "totaled 809 billion yuan.",
        [
            (
                "809 billion yuan",
                "level",
                "none",
                None,
                "Tourism spending",
                None,
                "2025-10-01/2025-10-08",
            )
        ],
    ),
    # near-miss: a Mid-Autumn holiday of its own (2024)
    "own-2024": (
        "2024-09-18",
        "Tourism spending during the Mid-Autumn Festival holiday totaled 51 billion yuan.",
        [
            (
                "51 billion yuan",
                "level",
                "none",
                None,
                "Tourism spending",
                None,
                "2024-09-15/2024-09-17",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("day", "text", "expected"), COMBINED_HOLIDAY.values(), ids=COMBINED_HOLIDAY.keys()
)
def test_facts_combined_holiday(nlp: Language, day: str, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date=day) == expected


# A split fiscal year written with two short years ("FY24/25", "FY 24-25") is that fiscal year,
# as "2024/25" is; a single short year stays the year it ends in.
SHORT_SPLIT_YEAR: dict[str, tuple[str, list[Row]]] = {
    "slash": (
        "Debt interest spending reached £105 billion in FY24/25.",
        [("£105 billion", "level", "none", None, "Debt interest spending", None, "FY2024-25")],
    ),
    "dash": (
        "Debt interest spending reached £105 billion in FY 24-25.",
        [("£105 billion", "level", "none", None, "Debt interest spending", None, "FY2024-25")],
    ),
    # near-miss: one short year
    "one-year": (
        "Debt interest spending reached £105 billion in FY25.",
        [("£105 billion", "level", "none", None, "Debt interest spending", None, "FY2025")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SHORT_SPLIT_YEAR.values(), ids=SHORT_SPLIT_YEAR.keys()
)
def test_facts_short_split_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-27") == expected


# A change "quarter on quarter" ("month on month") in a sentence naming no date is of the
# quarter (month) in view, not of a longer span it would inherit; with none in view it keeps
# the span.
PERIOD_OF_BASIS: dict[str, tuple[str, list[Row]]] = {
    "quarter-on-quarter": (
        "Yunnan's GDP grew 4.6 percent year on year in the third quarter. In the first three "
        "quarters, GDP expanded 4.8 percent. Quarter on quarter, growth was 0.9 percent.",
        [
            ("4.6 percent", "change", "increase", "year_on_year", "GDP", "Yunnan", "2024-Q3"),
            ("4.8 percent", "change", "increase", None, "GDP", "Yunnan", "2024-01/2024-09"),
            (
                "0.9 percent",
                "change",
                "increase",
                "quarter_on_quarter",
                "growth",
                "Yunnan",
                "2024-Q3",
            ),
        ],
    ),
    "month-on-month": (
        "Yunnan's exports rose 6.7 percent in November. In the first 11 months, exports grew "
        "5.4 percent. Exports rose 2.1 percent month on month.",
        [
            ("6.7 percent", "change", "increase", None, "exports", "Yunnan", "2024-11"),
            ("5.4 percent", "change", "increase", None, "exports", "Yunnan", "2024-01/2024-11"),
            ("2.1 percent", "change", "increase", "month_on_month", "Exports", "Yunnan", "2024-11"),
        ],
    ),
    # near-miss: no month in view
    "none-in-view": (
        "In the first 11 months, Yunnan's exports grew 5.4 percent. Exports rose 2.1 percent "
        "month on month.",
        [
            ("5.4 percent", "change", "increase", None, "exports", "Yunnan", "2024-01/2024-11"),
            (
                "2.1 percent",
                "change",
                "increase",
                "month_on_month",
                "Exports",
                "Yunnan",
                "2024-01/2024-11",
            ),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PERIOD_OF_BASIS.values(), ids=PERIOD_OF_BASIS.keys())
def test_facts_period_of_basis(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-18") == expected


# A headline rate move followed by its new level ("hikes rates by 500 bps to 50%") is of the
# day of the decision the level is dated by, not of another figure's month in the headline;
# a flow's change there keeps the month.
HEADLINE_DECISION: dict[str, tuple[str, list[Row]]] = {
    "rate-move": (
        "February inflation hits 67%, Bank of Veloria hikes rates by 500 bps to 50%\n"
        "The Bank of Veloria raised its policy rate to 50% from 45% on Thursday. Annual "
        "inflation climbed to 67.1% in February.",
        [
            ("67%", "level", "none", None, "inflation", None, "2024-02"),
            ("500 bps", "change", "increase", None, "rates", "Bank of Veloria", "2024-03-21"),
            ("50%", "level", "none", None, "rates", "Bank of Veloria", "2024-03-21"),
            ("50%", "level", "none", None, "policy rate", "Bank of Veloria", "2024-03-21"),
            ("45%", "level", "none", None, "policy rate", "Bank of Veloria", None),
            ("67.1%", "level", "none", None, "Annual inflation", None, "2024-02"),
        ],
    ),
    # near-miss: a monthly flow's change keeps the headline's month
    "flow-change": (
        "February inflation hits 67%, Turkey's exports rise 5% to $20 billion\n"
        "Turkey's exports rose to $20 billion in February. Annual inflation climbed to 67.1% "
        "in February.",
        [
            ("67%", "level", "none", None, "inflation", "Turkey", "2024-02"),
            ("5%", "change", "increase", None, "exports", "Turkey", "2024-02"),
            ("$20 billion", "level", "none", None, "exports", "Turkey", "2024-02"),
            ("$20 billion", "level", "none", None, "exports", "Turkey", "2024-02"),
            ("67.1%", "level", "none", None, "Annual inflation", "Turkey", "2024-02"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), HEADLINE_DECISION.values(), ids=HEADLINE_DECISION.keys()
)
def test_facts_headline_rate_decision(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-03-21") == expected


# A company whose fiscal year-end the text states: its "first-half pre-tax profit" (a results
# noun past its modifiers) is its fiscal half, its "full-year" the fiscal year (of a forecast
# the one running, of a report the last ended); without the year-end stated, the calendar's.
STATED_FISCAL_FULL_YEAR: dict[str, tuple[str, list[Row]]] = {
    "half-with-modifier": (
        "Wyndham Retail plc, whose financial year ends in March, said first-half pre-tax profit "
        "rose 8%.",
        [("8%", "change", "increase", None, "pre-tax profit", "Wyndham Retail", "2024-04/2024-09")],
    ),
    "full-year-forecast": (
        "Wyndham Retail plc, whose financial year ends in March, expects full-year profit of "
        "about £700 million.",
        [("about £700 million", "target", "none", None, "profit", "Wyndham Retail", "FY2025")],
    ),
    "full-year-report": (
        "Wyndham Retail plc, whose financial year ends in March, said full-year profit rose 8%.",
        [("8%", "change", "increase", None, "profit", "Wyndham Retail", "FY2024")],
    ),
    # near-miss: no year-end stated
    "unstated": (
        "Wyndham Retail plc expects full-year profit of about £700 million.",
        [("about £700 million", "target", "none", None, "profit", "Wyndham Retail", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), STATED_FISCAL_FULL_YEAR.values(), ids=STATED_FISCAL_FULL_YEAR.keys()
)
def test_facts_stated_fiscal_full_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-05") == expected


# A change "in the same period last year" happened then: its period is the one in view a year
# back; "over" or "from the same period last year" is the basis of a change of the period in
# view.
IN_SAME_PERIOD_LAST_YEAR: dict[str, tuple[str, list[Row]]] = {
    "compared-with-a-rise-in": (
        "Sichuan's investment grew 3.2 percent in the January-May period, compared with a 1.1 "
        "percent rise in the same period last year.",
        [
            ("3.2 percent", "change", "increase", None, "investment", "Sichuan", "2024-01/2024-05"),
            ("1.1 percent", "change", "increase", None, "investment", "Sichuan", "2023-01/2023-05"),
        ],
    ),
    # near-miss: a basis
    "over": (
        "Sichuan's investment grew 3.2 percent in the January-May period. Private investment "
        "rose 1.1 percent over the same period last year.",
        [
            ("3.2 percent", "change", "increase", None, "investment", "Sichuan", "2024-01/2024-05"),
            (
                "1.1 percent",
                "change",
                "increase",
                "year_on_year",
                "Private investment",
                "Sichuan",
                "2024-01/2024-05",
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), IN_SAME_PERIOD_LAST_YEAR.values(), ids=IN_SAME_PERIOD_LAST_YEAR.keys()
)
def test_facts_in_same_period_last_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-06-14") == expected


# A part of a fiscal year written after it with a possessive ("FY25's first half", "fiscal
# 2025's second quarter") is that part's months by the year-end in force.
POSSESSIVE_FISCAL_PART: dict[str, tuple[str, list[Row]]] = {
    "fy-first-half": (
        "Harlow Foods plc said revenue rose 9% in FY25's first half.",
        [("9%", "change", "increase", None, "revenue", "Harlow Foods", "2024-04/2024-09")],
    ),
    "fiscal-second-quarter": (
        "Kestrel Software Corp, whose fiscal year ends in September, said revenue rose 9% in "
        "fiscal 2025's second quarter.",
        [("9%", "change", "increase", None, "revenue", "Kestrel Software Corp", "2025-Q1")],
    ),
    # near-miss: the fiscal year's own figure
    "fy-revenue": (
        "Harlow Foods plc said FY25's revenue rose 9%.",
        [("9%", "change", "increase", None, "revenue", "Harlow Foods", "FY2025")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), POSSESSIVE_FISCAL_PART.values(), ids=POSSESSIVE_FISCAL_PART.keys()
)
def test_facts_possessive_fiscal_part(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-10") == expected


# "the last three months of 2024", "the last six months of last year": the year's last months,
# dated; "the last six months" alone is an undated span counted back from now.
LAST_MONTHS_OF_A_YEAR: dict[str, tuple[str, list[Row]]] = {
    "of-year": (
        "Korea's exports rose 8.2% in the last three months of 2024.",
        [("8.2%", "change", "increase", None, "exports", "Korea", "2024-Q4")],
    ),
    "of-last-year": (
        "Korea's exports rose 8.2% in the last six months of last year.",
        [("8.2%", "change", "increase", None, "exports", "Korea", "2024-H2")],
    ),
    # near-miss: counted back from now
    "undated": (
        "Korea's exports rose 8.2% in the last six months.",
        [("8.2%", "change", "increase", None, "exports", "Korea", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), LAST_MONTHS_OF_A_YEAR.values(), ids=LAST_MONTHS_OF_A_YEAR.keys()
)
def test_facts_last_months_of_a_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-06") == expected


# "the whole year", "the entire year" read as "the full year": of a report the year ended, of
# a plan the year running.
WHOLE_YEAR: dict[str, tuple[str, list[Row]]] = {
    "report": (
        "For the whole year, Jiangsu's exports rose 6.3 percent.",
        [("6.3 percent", "change", "increase", None, "exports", "Jiangsu", "2024")],
    ),
    "entire": (
        "Jiangsu's exports rose 6.3 percent for the entire year.",
        [("6.3 percent", "change", "increase", None, "exports", "Jiangsu", "2024")],
    ),
    "plan": (
        "Jiangsu expects exports to grow 5 percent for the whole year.",
        [("5 percent", "target", "increase", None, "exports", "Jiangsu", "2025")],
    ),
    # near-miss: "in the year" names no year of its own
    "in-the-year": (
        "Jiangsu's exports rose 6.3 percent in the year.",
        [("6.3 percent", "change", "increase", None, "exports", "Jiangsu", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), WHOLE_YEAR.values(), ids=WHOLE_YEAR.keys())
def test_facts_whole_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-17") == expected


# A headline rate move dated by a month ("cuts rates by 25 bps in June") is of the day of the
# body's decision in that month; a move of another month keeps its month.
HEADLINE_DECISION_MONTH: dict[str, tuple[str, list[Row]]] = {
    "decision-in-month": (
        "Bank of Veloria cuts rates by 25 bps in June as May inflation ticks up to 2.6%\n"
        "The Bank of Veloria cut its deposit rate to 3.75% from 4% on Thursday. Inflation in "
        "Veloria rose to 2.6% in May.",
        [
            ("25 bps", "change", "decrease", None, "rates", "Bank of Veloria", "2024-06-06"),
            ("2.6%", "level", "none", None, "inflation", None, "2024-05"),
            ("3.75%", "level", "none", None, "deposit rate", "Bank of Veloria", "2024-06-06"),
            ("4%", "level", "none", None, "deposit rate", "Bank of Veloria", None),
            ("2.6%", "level", "none", None, "Inflation", None, "2024-05"),
        ],
    ),
    # near-miss: the move of an earlier month
    "other-month": (
        "Bank of Veloria cut rates by 25 bps in May, minutes show\n"
        "Minutes of the Bank of Veloria's May meeting showed policymakers were split. The bank "
        "left its deposit rate at 3.75% on Thursday.",
        [
            ("25 bps", "change", "decrease", None, "rates", "Bank of Veloria", "2024-05"),
            ("3.75%", "level", "none", None, "deposit rate", "Bank of Veloria", "2024-06-06"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), HEADLINE_DECISION_MONTH.values(), ids=HEADLINE_DECISION_MONTH.keys()
)
def test_facts_headline_decision_month(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-06-07") == expected


# China's policy rates and property rules: the LPR, the MLF and reverse repo rates, down
# payments and their ratio; the word after a modal is a verb, no modifier of the metric.
CN_POLICY_METRICS: dict[str, tuple[str, list[Row]]] = {
    "five-year-lpr": (
        "The one-year loan prime rate was kept at 3.45 percent, while the five-year LPR, a "
        "reference for mortgages, stayed at 3.95 percent.",
        [
            ("3.45 percent", "level", "none", None, "one-year loan prime rate", None, "2024-06-20"),
            ("3.95 percent", "level", "none", None, "five-year LPR", None, "2024-06-20"),
        ],
    ),
    "will-cap-down-payments": (
        "Shenzhen will cap down payments for first homes at 20 percent.",
        [("20 percent", "target", "none", None, "down payments", "Shenzhen", None)],
    ),
    "down-payment-ratio": (
        "The minimum down payment ratio for first homes was cut to 15 percent.",
        [("15 percent", "level", "none", None, "minimum down payment ratio", None, None)],
    ),
    # near-miss: "down" as a word of change before a value
    "down-a-change": (
        "Prices fell 3 percent, and down 5 percent from a year earlier.",
        [
            ("3 percent", "change", "decrease", None, "Prices", None, None),
            ("5 percent", "change", "decrease", "year_on_year", "Prices", None, None),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), CN_POLICY_METRICS.values(), ids=CN_POLICY_METRICS.keys()
)
def test_facts_cn_policy_rates_and_down_payments(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-06-20") == expected


# "through", "via", "toward", "onto" are function words: no metric phrase runs over them.
THROUGH_ENDS_A_PHRASE: dict[str, tuple[str, list[Row]]] = {
    "injected-through": (
        "The central bank injected 300 billion yuan into the banking system through its "
        "lending facility.",
        [("300 billion yuan", "level", "none", None, "banking system", None, None)],
    ),
    # near-miss: a hyphenated compound keeps its word
    "pass-through": (
        "Pass-through revenue rose 5%.",
        [("5%", "change", "increase", None, "Pass-through revenue", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), THROUGH_ENDS_A_PHRASE.values(), ids=THROUGH_ENDS_A_PHRASE.keys()
)
def test_facts_through_ends_a_metric_phrase(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-06-25") == expected


# An acronym company opening a paragraph and set off by a comma ("TSMC, the world's largest
# contract chipmaker, reported ...") is the company, not an uppercase dateline ("NANJING, Jan.
# 23 --"), which is a place's.
ACRONYM_AT_LINE_START: dict[str, tuple[str, list[Row]]] = {
    "acronym-with-appositive": (
        "Kestrel Motors said sales rose.\n\nQTMC, the world's largest contract chipmaker, "
        "reported net income of $3.1 billion.",
        [("$3.1 billion", "level", "none", None, "net income", "QTMC", None)],
    ),
    # near-miss: an uppercase place opening a line is a dateline
    "dateline": (
        "Kestrel Motors said sales rose.\n\nNANJING, May 3 -- Jiangsu's exports rose 5 percent "
        "in April.",
        [("5 percent", "change", "increase", None, "exports", "Jiangsu", "2025-04")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), ACRONYM_AT_LINE_START.values(), ids=ACRONYM_AT_LINE_START.keys()
)
def test_facts_acronym_opening_a_line_is_no_dateline(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A group of unnamed firms as the part of a share of firms ("Private firms made up 2.3 percent
# of registered companies") is the part counted, the metric; a named part or a whole that names
# a quantity keeps the whole's quantity as the metric.
FIRMS_AS_PART: dict[str, tuple[str, list[Row]]] = {
    "private-firms": (
        "Anhui's exports rose 5 percent in May. Private firms made up 62 percent of "
        "registered companies.",
        [
            ("5 percent", "change", "increase", None, "exports", "Anhui", "2025-05"),
            ("62 percent", "share", "none", None, "Private firms", "Anhui", "2025-05"),
        ],
    ),
    # near-misses: the whole names a quantity; a bare "the company"
    "whole-quantity": (
        "Anhui's exports rose 5 percent in May. Private firms generated 18 percent of exports.",
        [
            ("5 percent", "change", "increase", None, "exports", "Anhui", "2025-05"),
            ("18 percent", "share", "none", None, "exports", "Anhui", "2025-05"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), FIRMS_AS_PART.values(), ids=FIRMS_AS_PART.keys())
def test_facts_unnamed_firms_as_the_part(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A span of months "of the year" in a reported statement is the latest such span that has
# ended: in a January article last year's; a forecast's is the coming one.
MONTHS_OF_THE_YEAR: dict[str, tuple[str, str, list[Row]]] = {
    "january-report": (
        "Chile posted a primary surplus of 1.2% of GDP in the first 10 months of the year.",
        "2025-01-20",
        [("1.2%", "share", "none", None, "primary surplus", "Chile", "2024-01/2024-10")],
    ),
    "december-report": (
        "Chile posted a primary surplus of 1.2% of GDP in the first 10 months of the year.",
        "2024-12-05",
        [("1.2%", "share", "none", None, "primary surplus", "Chile", "2024-01/2024-10")],
    ),
    # near-miss: a plan for the months ahead keeps the running year
    "january-plan": (
        "Chile aims to cut spending by 2% in the first 10 months of the year.",
        "2025-01-20",
        [("2%", "target", "decrease", None, "spending", "Chile", "2025-01/2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "day", "expected"), MONTHS_OF_THE_YEAR.values(), ids=MONTHS_OF_THE_YEAR.keys()
)
def test_facts_months_of_the_year_reported(
    nlp: Language, text: str, day: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date=day) == expected


# "on hold", "on track", "in check" after the quantity tell the state it is kept in, no
# part of it; "on" with a noun of a part still names the part measured.
STATE_AFTER_ON: dict[str, tuple[str, list[Row]]] = {
    "rates-on-hold": (
        "The Bank of Canada kept its policy rate on hold at 3.25% on Wednesday.",
        [("3.25%", "level", "none", None, "policy rate", "Bank of Canada", "2024-12-18")],
    ),
    "inflation-in-check": (
        "Norway kept inflation in check at 2.1% in November.",
        [("2.1%", "level", "none", None, "inflation", "Norway", "2024-11")],
    ),
    # near-miss: "on" with a noun of what is measured keeps it
    "spending-on-housing": (
        "Norway's spending on housing rose 4% in November.",
        [("4%", "change", "increase", None, "spending on housing", "Norway", "2024-11")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), STATE_AFTER_ON.values(), ids=STATE_AFTER_ON.keys())
def test_facts_state_after_on_is_no_part(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-19") == expected


# "raised its inflation projection to 4.8% from 4.5%": the value after "from" is the
# forecast the revision replaces, a target with the new one's direction; a level that rose
# "to X from Y" keeps two levels.
REVISED_FROM: dict[str, tuple[str, list[Row]]] = {
    "projection-to-from": (
        "The central bank raised its inflation projection to 3.4% from 3.1%.",
        [
            ("3.4%", "target", "none", None, "inflation", None, None),
            ("3.1%", "target", "none", None, "inflation", None, None),
        ],
    ),
    "outlook-growth-to-from": (
        "The fund cut its outlook for Peru's growth to 2.2% from 2.6%.",
        [
            ("2.2%", "target", "increase", None, "growth", "Peru", None),
            ("2.6%", "target", "increase", None, "growth", "Peru", None),
        ],
    ),
    # near-miss: an outcome that moved to X from Y
    "inflation-to-from": (
        "Inflation rose to 3.4% from 3.1%.",
        [
            ("3.4%", "level", "none", None, "Inflation", None, None),
            ("3.1%", "level", "none", None, "Inflation", None, None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), REVISED_FROM.values(), ids=REVISED_FROM.keys())
def test_facts_forecast_revised_from(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-19") == expected


# A basis that opens the sentence ("Compared with a year earlier, ...") states the basis of
# the change in the clause after its comma.
FRONTED_BASIS: dict[str, tuple[str, list[Row]]] = {
    "compared-same-quarter": (
        "Compared with the same quarter a year earlier, Chile's economy expanded 2.3%.",
        [("2.3%", "change", "increase", "year_on_year", "economy", "Chile", None)],
    ),
    "compared-year-earlier": (
        "Compared with a year earlier, Chile's copper exports fell 6%.",
        [("6%", "change", "decrease", "year_on_year", "copper exports", "Chile", None)],
    ),
    # near-miss: a comparison with a named other thing states no basis
    "compared-with-peru": (
        "Compared with Peru, Chile's copper exports fell 6%.",
        [("6%", "change", "decrease", None, "copper exports", "Chile", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), FRONTED_BASIS.values(), ids=FRONTED_BASIS.keys())
def test_facts_fronted_basis(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-03") == expected


# "from 33.5% in the second": an ordinal with its noun left out is a quarter (or half) like
# the one in view, the latest such before it; the ordinal names no metric.
ELLIPTICAL_PART: dict[str, tuple[str, list[Row]]] = {
    "quarter-from-the-second": (
        "Chile's jobless rate fell to 8.2% in the third quarter from 8.7% in the second.",
        [
            ("8.2%", "level", "none", None, "jobless rate", "Chile", "2024-Q3"),
            ("8.7%", "level", "none", None, "jobless rate", "Chile", "2024-Q2"),
        ],
    ),
    "quarter-before-new-year": (
        "Chile's jobless rate fell to 8.2% in the first quarter from 8.7% in the fourth.",
        [
            ("8.2%", "level", "none", None, "jobless rate", "Chile", "2024-Q1"),
            ("8.7%", "level", "none", None, "jobless rate", "Chile", "2023-Q4"),
        ],
    ),
    # near-miss: an ordinal with its own noun names something else
    "second-round": (
        "Chile's jobless rate fell to 8.2% in the third quarter from 8.7% in the second round.",
        [
            ("8.2%", "level", "none", None, "jobless rate", "Chile", "2024-Q3"),
            ("8.7%", "level", "none", None, "jobless rate", "Chile", "2024-Q3"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ELLIPTICAL_PART.values(), ids=ELLIPTICAL_PART.keys())
def test_facts_elliptical_quarter(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-03") == expected


# "fell 0.5% in October after 0.3% in September": a bare percentage right after "after",
# once a change is told, is the change the same quantity made before, the same way.
AFTER_A_CHANGE: dict[str, tuple[str, list[Row]]] = {
    "after-a-monthly-fall": (
        "Chile's retail sales fell 0.5% in October after 0.3% in September.",
        [
            ("0.5%", "change", "decrease", None, "retail sales", "Chile", "2024-10"),
            ("0.3%", "change", "decrease", None, "retail sales", "Chile", "2024-09"),
        ],
    ),
    # near-miss: a rate that is a level stays one after "after"
    "after-a-rate-level": (
        "Chile's inflation rose to 4.2% in October after 4.1% in September.",
        [
            ("4.2%", "level", "none", None, "inflation", "Chile", "2024-10"),
            ("4.1%", "level", "none", None, "inflation", "Chile", "2024-09"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), AFTER_A_CHANGE.values(), ids=AFTER_A_CHANGE.keys())
def test_facts_after_a_change(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-03") == expected


# "raised its growth forecast for the current financial year to 6.6%": a date between the
# growth phrase and the value counts as one word, so a long one leaves growth the metric;
# so does "the year" told without a date.
GROWTH_PAST_A_DATE: dict[str, tuple[str, list[Row]]] = {
    "current-financial-year": (
        "The Bank of Ghana raised its growth forecast for the current financial year to 5.1%.",
        [("5.1%", "target", "increase", None, "growth", "Ghana", None)],
    ),
    "for-the-year": (
        "The Bank of Ghana raised its growth forecast for the year to 5.1%.",
        [("5.1%", "target", "increase", None, "growth", "Ghana", None)],
    ),
    # near-miss: a quantity after the growth phrase is the metric, not growth
    "growth-then-quantity": (
        "The Bank of Ghana expects growth in the year, with inflation to ease to 15%.",
        [("15%", "target", "none", None, "inflation", "Ghana", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), GROWTH_PAST_A_DATE.values(), ids=GROWTH_PAST_A_DATE.keys()
)
def test_facts_growth_forecast_past_a_date(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-06") == expected


# "the first seven months of the 2024/25 financial year": the months from the start of the
# split year (March year-end unless the text states another), not the whole year; an amount
# "more than a year earlier" after it compares, it does not date the amount before.
PART_OF_SPLIT_YEAR: dict[str, tuple[str, list[Row]]] = {
    "first-seven-months": (
        "Borrowing in the first seven months of the 2024/25 financial year totalled 80.2 "
        "billion pounds.",
        [("80.2 billion pounds", "level", "none", None, "Borrowing", None, "2024-04/2024-10")],
    ),
    "more-than-a-year-earlier": (
        "Borrowing in the first seven months of the 2024/25 financial year totalled 80.2 "
        "billion pounds, 4.1 billion pounds more than a year earlier.",
        [
            ("80.2 billion pounds", "level", "none", None, "Borrowing", None, "2024-04/2024-10"),
            (
                "4.1 billion pounds",
                "change",
                "increase",
                "year_on_year",
                "Borrowing",
                None,
                "2024-04/2024-10",
            ),
        ],
    ),
    # near-miss: the whole split year stays the year
    "whole-split-year": (
        "Borrowing in the 2024/25 financial year totalled 80.2 billion pounds.",
        [("80.2 billion pounds", "level", "none", None, "Borrowing", None, "FY2024-25")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PART_OF_SPLIT_YEAR.values(), ids=PART_OF_SPLIT_YEAR.keys()
)
def test_facts_part_of_split_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-21") == expected


# A headline's "Economy to grow 2.8% this year": the infinitive of a change verb after its
# noun tells what is to come, a forecast; in a body sentence, or "rise to 5%", it does not.
HEADLINE_INFINITIVE: dict[str, tuple[str, list[Row]]] = {
    "economy-to-grow": (
        "Chile economy to grow 2.5% next year\n\nSANTIAGO, Dec 17 (Reuters) - The central "
        "bank kept its rate at 5% on Tuesday.",
        [
            ("2.5%", "target", "increase", None, "economy", "Chile", "2025"),
            ("5%", "level", "none", None, "rate", "Chile", "2024-12-17"),
        ],
    ),
    # near-miss: a body sentence's infinitive after a past verb is no forecast
    "body-helped-to-grow": (
        "Chile exports helped the economy to grow 2.5% last year.",
        [("2.5%", "change", "increase", None, "economy", "Chile", "2023")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), HEADLINE_INFINITIVE.values(), ids=HEADLINE_INFINITIVE.keys()
)
def test_facts_headline_infinitive(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-17") == expected


# "Demand, measured in revenue passenger kilometres, increased 8.9%": a participle's aside
# after the few plain words that open the sentence describes them; they are the metric.
ASIDE_AFTER_OPENING_NOUN: dict[str, tuple[str, list[Row]]] = {
    "demand-measured-in": (
        "Demand, measured in revenue passenger kilometres, increased 8.9% in October.",
        [("8.9%", "change", "increase", None, "Demand", None, "2024-10")],
    ),
    # near-miss: with no aside the measure is the metric
    "measure-itself": (
        "Revenue passenger kilometres increased 8.9% in October.",
        [("8.9%", "change", "increase", None, "Revenue passenger kilometres", None, "2024-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), ASIDE_AFTER_OPENING_NOUN.values(), ids=ASIDE_AFTER_OPENING_NOUN.keys()
)
def test_facts_aside_after_opening_noun(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-18") == expected


# "grew at a 3.7% rate in the third quarter, down from 2.8%": the "rate" after a percentage
# is the pace of the change, no quantity the next value can take as its metric.
PACE_NOUN_NO_METRIC: dict[str, tuple[str, list[Row]]] = {
    "down-from-after-pace": (
        "Chile's consumer spending grew at a 3.1% rate in the third quarter, down from 2.4% in "
        "the second quarter.",
        [
            ("3.1%", "change", "increase", None, "consumer spending", "Chile", "2024-Q3"),
            ("2.4%", "change", "increase", None, "consumer spending", "Chile", "2024-Q2"),
        ],
    ),
    # near-miss: a rate named as the quantity stays the metric
    "mortgage-rate": (
        "Chile's mortgage rate rose to 6.1% in the third quarter from 5.9% in the second quarter.",
        [
            ("6.1%", "level", "none", None, "mortgage rate", "Chile", "2024-Q3"),
            ("5.9%", "level", "none", None, "mortgage rate", "Chile", "2024-Q2"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PACE_NOUN_NO_METRIC.values(), ids=PACE_NOUN_NO_METRIC.keys()
)
def test_facts_pace_noun_is_no_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-10-30") == expected


# A headline drops the "is" of "is seen rising to": a bare "seen at", "seen rising" is a
# forecast too; "last seen in 2021" dates a level, no forecast.
BARE_SEEN: dict[str, tuple[str, list[Row]]] = {
    "seen-rising-headline": (
        "Peru inflation seen rising to 2.5% in December\n\nLIMA, Dec 5 (Reuters) - Peru's "
        "central bank held its rate on Thursday.",
        [("2.5%", "target", "none", None, "inflation", "Peru", "2024-12")],
    ),
    "seen-at-headline": (
        "Peru deficit seen at 2.8% of GDP this year\n\nLIMA, Dec 5 (Reuters) - Peru's "
        "central bank held its rate on Thursday.",
        [("2.8%", "target", "none", None, "deficit", "Peru", "2024")],
    ),
    # near-miss: a level last seen at a past date
    "last-seen": (
        "Peru's inflation rose to 2.5% in November, a level last seen in 2021.",
        [("2.5%", "level", "none", None, "inflation", "Peru", "2024-11")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BARE_SEEN.values(), ids=BARE_SEEN.keys())
def test_facts_bare_seen_is_a_forecast(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-05") == expected


# "Chile's exports rose 5% in May" told in December: a bare month after a value told in the
# past tense is the one that has begun, not the nearest ahead; a plan's May is the next.
PAST_TENSE_MONTH: dict[str, tuple[str, list[Row]]] = {
    "rose-in-may": (
        "Chile's exports rose 5% in May.",
        [("5%", "change", "increase", None, "exports", "Chile", "2024-05")],
    ),
    "jumped-in-june": (
        "Chile's copper output jumped 7% in June.",
        [("7%", "change", "increase", None, "copper output", "Chile", "2024-06")],
    ),
    # near-miss: a plan for May is the next May
    "will-cut-in-may": (
        "Chile will cut spending by 5% in May.",
        [("5%", "target", "decrease", None, "spending", "Chile", "2025-05")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PAST_TENSE_MONTH.values(), ids=PAST_TENSE_MONTH.keys()
)
def test_facts_past_tense_month(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-18") == expected


# "rose 4.1% in November, compared with 4.9% in October": the percentage compared with a
# change is the change of the same quantity at that other time.
COMPARED_WITH_A_CHANGE: dict[str, tuple[str, list[Row]]] = {
    "wages-compared-with": (
        "Chile's wages rose 4.1% in November, compared with 4.9% in October.",
        [
            ("4.1%", "change", "increase", None, "wages", "Chile", "2024-11"),
            ("4.9%", "change", "increase", None, "wages", "Chile", "2024-10"),
        ],
    ),
    # near-miss: a rate that is a level compared with another stays a level
    "inflation-compared-with": (
        "Chile's inflation rose to 4.1% in November, compared with 3.9% in October.",
        [
            ("4.1%", "level", "none", None, "inflation", "Chile", "2024-11"),
            ("3.9%", "level", "none", None, "inflation", "Chile", "2024-10"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), COMPARED_WITH_A_CHANGE.values(), ids=COMPARED_WITH_A_CHANGE.keys()
)
def test_facts_compared_with_a_change(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-06") == expected


# "above the 4.5% upper limit of the central bank's target range": a bound named right after a
# percentage, of a target named after it, is a standing target (no direction, no period
# unless one is named); a limit of something else is no target.
TARGET_BOUND: dict[str, tuple[str, list[Row]]] = {
    "upper-limit-of-target-range": (
        "Chile's inflation rose to 4.9% in November, above the 4% upper limit of the central "
        "bank's target range.",
        [
            ("4.9%", "level", "none", None, "inflation", "Chile", "2024-11"),
            ("4%", "target", "none", None, "inflation", "Chile", None),
        ],
    ),
    "ceiling-of-target-for-year": (
        "Chile's inflation was 4.9% in November, above the 4% ceiling of the target range for "
        "2025.",
        [
            ("4.9%", "level", "none", None, "inflation", "Chile", "2024-11"),
            ("4%", "target", "none", None, "inflation", "Chile", "2025"),
        ],
    ),
    # near-miss: the upper end of a past range is no target
    "upper-end-of-past-range": (
        "Chile's inflation rose to 4.9% in November, above the 4% upper end of its range in 2023.",
        [
            ("4.9%", "level", "none", None, "inflation", "Chile", "2024-11"),
            ("4%", "level", "none", None, "inflation", "Chile", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), TARGET_BOUND.values(), ids=TARGET_BOUND.keys())
def test_facts_bound_of_a_target(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-10") == expected


# "Economists had expected a monthly rise of 0.33%": a move and its manner words name no
# quantity; the value takes the quantity named before it in the paragraph. "growth" names one.
BARE_MOVE_METRIC: dict[str, tuple[str, list[Row]]] = {
    "expected-a-monthly-rise": (
        "Chile's retail sales rose 0.6% in October. Economists had expected a monthly rise of "
        "0.3%.",
        [
            ("0.6%", "change", "increase", None, "retail sales", "Chile", "2024-10"),
            ("0.3%", "target", "increase", None, "retail sales", "Chile", "2024-10"),
        ],
    ),
    # near-miss: growth is a quantity of its own
    "expected-growth": (
        "Chile's retail sales rose 0.6% in October. Economists expect growth of 2.5% next year.",
        [
            ("0.6%", "change", "increase", None, "retail sales", "Chile", "2024-10"),
            ("2.5%", "target", "increase", None, "growth", "Chile", "2025"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), BARE_MOVE_METRIC.values(), ids=BARE_MOVE_METRIC.keys()
)
def test_facts_bare_move_takes_the_quantity(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-10") == expected


# "a rise of X in METRIC" in a list: the item names its own quantity after "in", even where
# an earlier item of the sentence has measured another.
GROWTH_OF_IN: dict[str, tuple[str, list[Row]]] = {
    "list-of-targets": (
        "The city aims for growth of over 6 percent in fixed-asset investment and an increase "
        "of about 5 percent in retail sales this year.",
        [
            ("over 6 percent", "target", "increase", None, "fixed-asset investment", None, None),
            ("about 5 percent", "target", "increase", None, "retail sales", None, "2024"),
        ],
    ),
    # near-miss: "in" before a time is no quantity; the item keeps the sentence's metric
    "in-a-period": (
        "Exports rose 7 percent, and a rise of 2 percent in the first quarter followed.",
        [
            ("7 percent", "change", "increase", None, "Exports", None, "2024-Q1"),
            ("2 percent", "change", "increase", None, "Exports", None, "2024-Q1"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), GROWTH_OF_IN.values(), ids=GROWTH_OF_IN.keys())
def test_facts_growth_of_value_in_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-01-25") == expected


# An amount a modal's passive governs in reported speech is planned: "would be allocated",
# "would be used", "would be issued" ("He added that 100 billion yuan ... would be allocated").
REPORTED_PLANNED_AMOUNT: dict[str, tuple[str, list[Row]]] = {
    "would-be-allocated": (
        "He added that 100 billion yuan of central budget investment would be allocated to "
        "the projects.",
        [("100 billion yuan", "target", "none", None, "central budget investment", None, None)],
    ),
    "would-be-issued": (
        "She said 20 billion yuan of special bonds would be issued.",
        [("20 billion yuan", "target", "none", None, "special bonds", None, None)],
    ),
    # near-miss: a supposed change that opens the clause of "would" is no figure
    "supposed-decline": (
        "He warned that a decline of 10 percent would be felt across the region.",
        [],
    ),
    # near-miss: an allocation already made is a level
    "had-been-allocated": (
        "Of the fund, 75 billion yuan had been allocated to local governments.",
        [("75 billion yuan", "level", "none", None, "local governments", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), REPORTED_PLANNED_AMOUNT.values(), ids=REPORTED_PLANNED_AMOUNT.keys()
)
def test_facts_reported_planned_amount(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-03-06") == expected


# A list that "targets are" or "targets include" opens holds targets, also past a verb form
# that modifies a noun ("industrial added value"); a finite verb states a figure of its own.
LIST_OF_TARGETS: dict[str, tuple[str, list[Row]]] = {
    "targets-are": (
        "The county's main expected targets for this year are: growth of over 6 percent in "
        "industrial added value and a rise of around 3 percent in consumer prices.",
        [
            ("over 6 percent", "target", "increase", None, "industrial added value", None, "2024"),
            ("around 3 percent", "target", "increase", None, "consumer prices", None, "2024"),
        ],
    ),
    "targets-include": (
        "Other targets include an unemployment rate within 5.5 percent.",
        [("5.5 percent", "target", "none", None, "unemployment rate", None, None)],
    ),
    # near-misses: a verb after the opening states an outcome
    "targets-were-met": (
        "The targets were met last year: industrial added value grew 6 percent.",
        [("6 percent", "change", "increase", None, "industrial added value", None, "2023")],
    ),
    "targets-are-clear": (
        "Its targets are clear: sales reached 5 billion yuan in 2023.",
        [("5 billion yuan", "level", "none", None, "sales", None, "2023")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), LIST_OF_TARGETS.values(), ids=LIST_OF_TARGETS.keys())
def test_facts_list_of_targets(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-01-23") == expected


# An "of" phrase naming the owner by its noun ("of the county", "of the group") is no part
# of the metric; a part the "of" phrase measures stays, and so do plural nouns.
OWNER_OF_DROPPED: dict[str, tuple[str, list[Row]]] = {
    "of-the-county": (
        "Tourism revenue of the county exceeded 30 billion yuan.",
        [("30 billion yuan", "level", "none", None, "Tourism revenue", None, None)],
    ),
    "of-the-district-chain": (
        "Output of the district grew 4 percent to 12 billion yuan.",
        [
            ("4 percent", "change", "increase", None, "Output", None, None),
            ("12 billion yuan", "level", "none", None, "Output", None, None),
        ],
    ),
    # near-misses: a part of the quantity, a group of owners
    "of-the-primary-industry": (
        "The added value of the primary industry rose 4 percent.",
        [
            (
                "4 percent",
                "change",
                "increase",
                None,
                "added value of the primary industry",
                None,
                None,
            )
        ],
    ),
    "of-the-companies": (
        "Exports of the companies rose 3 percent.",
        [("3 percent", "change", "increase", None, "Exports of the companies", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), OWNER_OF_DROPPED.values(), ids=OWNER_OF_DROPPED.keys()
)
def test_facts_owner_of_phrase_dropped(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-08") == expected


# The day a work report was delivered or submitted is when it was told, no figure's period:
# a target for a year keeps its year.
DAY_OF_A_DELIVERED_REPORT: dict[str, tuple[str, list[Row]]] = {
    "report-submitted": (
        "Zhejiang set its GDP growth target for 2024 at around 5.5 percent, according to the "
        "report submitted to the legislature on Tuesday.",
        [("around 5.5 percent", "target", "increase", None, "GDP growth", "Zhejiang", "2024")],
    ),
    "report-delivered": (
        "Zhejiang aims to grow GDP by around 5.5 percent in 2024, according to the government "
        "work report delivered to the provincial legislature on Tuesday.",
        [("around 5.5 percent", "target", "increase", None, "GDP", "Zhejiang", "2024")],
    ),
    # near-miss: a rate decision delivered on a day takes that day
    "delivered-a-cut": (
        "The central bank delivered a cut of 25 basis points on Tuesday.",
        [("25 basis points", "change", "decrease", None, "cut", None, "2024-01-23")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    DAY_OF_A_DELIVERED_REPORT.values(),
    ids=DAY_OF_A_DELIVERED_REPORT.keys(),
)
def test_facts_day_of_a_delivered_report(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-01-23") == expected


# The phrase before a verb of telling is the speaker ("He Yadong, spokesperson for the
# ministry, said ..."), no quantity; the words right before the verb of change are.
SPEAKER_IS_NO_METRIC: dict[str, tuple[str, list[Row]]] = {
    "spokesperson-said": (
        "He Yadong, spokesperson for the ministry, said new firms rose 17.7 percent.",
        [("17.7 percent", "change", "increase", None, "new firms", None, None)],
    ),
    # near-misses: a plain statement, and a plural verb-noun after "of the"
    "said-exports": (
        "A spokesperson for the ministry said exports rose 5 percent.",
        [("5 percent", "change", "increase", None, "exports", None, None)],
    ),
    "exports-of-the-firms": (
        "Exports of the firms rose 3 percent.",
        [("3 percent", "change", "increase", None, "Exports of the firms", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SPEAKER_IS_NO_METRIC.values(), ids=SPEAKER_IS_NO_METRIC.keys()
)
def test_facts_speaker_is_no_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-06-20") == expected


# Crop yields (per mu, of soybeans, of cotton) are a flow of harvest: their percentages are
# changes, not the level of a rate as a bond's yield is.
CROP_YIELDS: dict[str, tuple[str, list[Row]]] = {
    "soybean-yield": (
        "Soybean yield rose 3 percent, while the per-mu yield of rice increased 1.2 percent.",
        [
            ("3 percent", "change", "increase", None, "Soybean yield", None, None),
            ("1.2 percent", "change", "increase", None, "per-mu yield of rice", None, None),
        ],
    ),
    "cotton-yields": (
        "Cotton yields fell 4 percent.",
        [("4 percent", "change", "decrease", None, "Cotton yields", None, None)],
    ),
    # near-miss: a bond's yield is a rate, a level on the day
    "bond-yield": (
        "The 10-year bond yield rose to 2.1 percent.",
        [("2.1 percent", "level", "none", None, "10-year bond yield", None, "2024-12-13")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CROP_YIELDS.values(), ids=CROP_YIELDS.keys())
def test_facts_crop_yields_change(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-13") == expected


# "eyes" in a headline is a verb of a plan ("Guangdong eyes 5 pct growth in 2025"); after an
# article it is the noun.
EYES_A_TARGET: dict[str, tuple[str, list[Row]]] = {
    "eyes-growth": (
        "Guangdong eyes 5 pct growth in 2025",
        [("5 pct", "target", "increase", None, "growth", "Guangdong", "2025")],
    ),
    "eyeing-rise": (
        "Hainan eyeing 10 pct rise in tourism revenue",
        [("10 pct", "target", "increase", None, "tourism revenue", "Hainan", None)],
    ),
    # near-miss: the noun
    "in-the-eyes-of": (
        "In the eyes of investors, the 5 percent rise in exports was a relief.",
        [("5 percent", "change", "increase", None, "exports", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), EYES_A_TARGET.values(), ids=EYES_A_TARGET.keys())
def test_facts_eyes_a_target(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-20") == expected


# A name closed by a legal form ("Corporation", "Ltd") is a company's, which owns its figures,
# even when it holds the word of a reporting body ("Service", "Exchange").
LEGAL_FORM_OWNS: dict[str, tuple[str, list[Row]]] = {
    "service-corporation": (
        "Sinopec Oilfield Service Corporation posted a net profit of 650 million yuan.",
        [
            (
                "650 million yuan",
                "level",
                "none",
                None,
                "net profit",
                "Sinopec Oilfield Service Corporation",
                None,
            )
        ],
    ),
    "exchange-ltd": (
        "Singapore Exchange Ltd said its net profit rose 8 percent.",
        [("8 percent", "change", "increase", None, "net profit", "Singapore Exchange Ltd", None)],
    ),
    # near-miss: a reporting body without a legal form owns nothing it reports
    "customs-said": (
        "Exports rose 5 percent, the General Administration of Customs said.",
        [("5 percent", "change", "increase", None, "Exports", None, None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), LEGAL_FORM_OWNS.values(), ids=LEGAL_FORM_OWNS.keys())
def test_facts_legal_form_owns_its_figures(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-03-24") == expected


# A plural that is also a verb ("contracts", "orders") right before "worth" or "valued" is
# the noun priced; "is worth" keeps its verb, and "contracts" before a value stays a verb.
PLURAL_BEFORE_WORTH: dict[str, tuple[str, list[Row]]] = {
    "new-contracts-worth": (
        "The group posted new contracts worth 1.5 trillion yuan in the first quarter, up 7.5 "
        "percent.",
        [
            ("1.5 trillion yuan", "level", "none", None, "new contracts", None, "2024-Q1"),
            ("7.5 percent", "change", "increase", None, "new contracts", None, "2024-Q1"),
        ],
    ),
    # near-misses
    "economy-contracts": (
        "The economy contracts 2 percent in the first quarter.",
        [("2 percent", "change", "decrease", None, "economy", None, "2024-Q1")],
    ),
    "is-worth": (
        "Every 10 cents on the milk price is worth roughly 24 million yuan to farmers.",
        [("roughly 24 million yuan", "target", "none", None, "milk price", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PLURAL_BEFORE_WORTH.values(), ids=PLURAL_BEFORE_WORTH.keys()
)
def test_facts_plural_noun_before_worth(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-04-29") == expected


# "the town" stands first for a place whose name ends in "Town"; with none, for the place
# the other rules choose.
THE_TOWN: dict[str, tuple[str, list[Row]]] = {
    "named-town": (
        "Zhejiang's tourism boomed this summer. Visitors flocked to Moganshan Town in Deqing "
        "County. The town's tourism revenue rose 8 percent to 1.2 billion yuan.",
        [
            ("8 percent", "change", "increase", None, "tourism revenue", "Moganshan Town", None),
            ("1.2 billion yuan", "level", "none", None, "tourism revenue", "Moganshan Town", None),
        ],
    ),
    # near-miss: no name ends in "Town"
    "unnamed-town": (
        "Zhejiang Province's tourism boomed this summer. Visitors flocked to Wuzhen in "
        "Tongxiang. The town's tourism revenue rose 8 percent.",
        [("8 percent", "change", "increase", None, "tourism revenue", "Wuzhen", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), THE_TOWN.values(), ids=THE_TOWN.keys())
def test_facts_the_town_named_town(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-09-09") == expected


# "and paid X in taxes", ", releasing X in long-term liquidity": an amount right after a verb
# of its own with "in" and a phrase after it measures that phrase, not the clause's metric
# before it; "once" ends the phrase.
VERB_AMOUNT_IN: dict[str, tuple[str, list[Row]]] = {
    "paid-in-taxes": (
        "The firm generated sales of 3 billion yuan and paid 200 million yuan in taxes.",
        [
            ("3 billion yuan", "level", "none", None, "sales", None, None),
            ("200 million yuan", "level", "none", None, "taxes", None, None),
        ],
    ),
    "releasing-liquidity": (
        "The central bank will cut the reserve requirement ratio by 0.5 percentage points, "
        "releasing about 1 trillion yuan in long-term liquidity.",
        [
            (
                "0.5 percentage points",
                "target",
                "decrease",
                None,
                "reserve requirement ratio",
                None,
                "2024-11-15",
            ),
            (
                "about 1 trillion yuan",
                "target",
                "none",
                None,
                "long-term liquidity",
                None,
                "2024-11-15",
            ),
        ],
    ),
    "in-taxes-once": (
        "The plant will generate output of 30 billion yuan and pay 1.5 billion yuan in taxes "
        "once fully operational.",
        [
            ("30 billion yuan", "target", "none", None, "output", None, None),
            ("1.5 billion yuan", "level", "none", None, "taxes", None, None),
        ],
    ),
    # near-misses: a percentage "in dollar terms", an amount "in" a period
    "in-dollar-terms": (
        "Revenue reached 3 billion yuan, rising 5 percent in dollar terms.",
        [
            ("3 billion yuan", "level", "none", None, "Revenue", None, None),
            ("5 percent", "change", "increase", None, "Revenue", None, None),
        ],
    ),
    "in-a-quarter": (
        "Exports reached 3 billion yuan and rose by 200 million yuan in the first quarter.",
        [
            ("3 billion yuan", "level", "none", None, "Exports", None, "2024-Q1"),
            ("200 million yuan", "change", "increase", None, "Exports", None, "2024-Q1"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), VERB_AMOUNT_IN.values(), ids=VERB_AMOUNT_IN.keys())
def test_facts_verb_amount_in_phrase(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-15") == expected


# "strive to", "strives for" are verbs of a plan; "hold" is a verb that ends a metric phrase
# ("and hold grain output above ...").
STRIVE_AND_HOLD: dict[str, tuple[str, list[Row]]] = {
    "strives-for": (
        "The province strives for growth of about 6 percent in industrial output.",
        [("about 6 percent", "target", "increase", None, "industrial output", None, None)],
    ),
    "strive-to-keep-and-hold": (
        "The county will strive to keep the jobless rate below 5 percent and hold grain output "
        "above 10 billion yuan.",
        [
            ("below 5 percent", "target", "none", None, "jobless rate", None, None),
            ("above 10 billion yuan", "target", "none", None, "grain output", None, None),
        ],
    ),
    # near-miss: the noun "hold" ends no phrase it is no part of
    "on-hold": (
        "The deal was put on hold after shares fell 5 percent.",
        [("5 percent", "change", "decrease", None, "shares", None, "2025-01-20")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), STRIVE_AND_HOLD.values(), ids=STRIVE_AND_HOLD.keys())
def test_facts_strive_and_hold(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-01-20") == expected


# ", and the first phase is expected to be completed by ...": a clause of its own subject and
# a plan after ", and" (also through "is"/"are") dates its own milestone, not the amount.
MILESTONE_OF_ANOTHER_CLAUSE: dict[str, tuple[str, list[Row]]] = {
    "first-phase-is-expected": (
        "The project will involve an investment of 6.5 billion yuan, and the first phase is "
        "expected to be completed by the end of 2025.",
        [("6.5 billion yuan", "target", "none", None, "investment", None, None)],
    ),
    # near-miss: the amount's own deadline
    "own-deadline": (
        "The project will involve an investment of 6.5 billion yuan by the end of 2025, and the "
        "first phase is expected to start soon.",
        [("6.5 billion yuan", "target", "none", None, "investment", None, "2025-12")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    MILESTONE_OF_ANOTHER_CLAUSE.values(),
    ids=MILESTONE_OF_ANOTHER_CLAUSE.keys(),
)
def test_facts_milestone_of_another_clause(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-05-22") == expected


# "achieve", "attain", "realize" are verbs that end a metric phrase ("aims to achieve GDP
# growth of about 6 percent": the metric is "GDP growth").
ACHIEVE_ENDS_A_PHRASE: dict[str, tuple[str, list[Row]]] = {
    "achieve": (
        "The district aims to achieve GDP growth of about 6 percent this year.",
        [("about 6 percent", "target", "increase", None, "GDP growth", None, "2024")],
    ),
    "realize": (
        "The county will strive to realize rural income growth of 7 percent.",
        [("7 percent", "target", "increase", None, "rural income growth", None, None)],
    ),
    # near-miss: the past form states the level
    "achieved": (
        "The district achieved GDP of 310 billion yuan last year.",
        [("310 billion yuan", "level", "none", None, "GDP", None, "2023")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), ACHIEVE_ENDS_A_PHRASE.values(), ids=ACHIEVE_ENDS_A_PHRASE.keys()
)
def test_facts_achieve_ends_a_phrase(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-02-20") == expected


# "contracted foreign investment", "contracted value": a term of China's investment and trade
# statistics, where "contracted" is part of the quantity's name, no verb of change.
CONTRACTED_AS_A_TERM: dict[str, tuple[str, list[Row]]] = {
    "contracted-foreign-investment": (
        "Contracted foreign investment rose 10 percent.",
        [("10 percent", "change", "increase", None, "Contracted foreign investment", None, None)],
    ),
    "contracted-value": (
        "The contracted value of new orders rose 8 percent.",
        [("8 percent", "change", "increase", None, "contracted value of new orders", None, None)],
    ),
    # near-miss: the verb of change
    "economy-contracted": (
        "The economy contracted sharply, shrinking 3 percent.",
        [("3 percent", "change", "decrease", None, "economy", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), CONTRACTED_AS_A_TERM.values(), ids=CONTRACTED_AS_A_TERM.keys()
)
def test_facts_contracted_as_a_term(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-12-19") == expected


# The price of an asset bought or sold names the asset, the object of the verb (or of "the
# sale of"), not the buyer or seller after "to"/"from" nor the place after "in".
TRADED_ASSETS: dict[str, tuple[str, list[Row]]] = {
    "sold-unit-to-buyer": (
        "Osgood Media sold its radio unit to Brennock Partners for $150 million on Wednesday.",
        [("$150 million", "level", "none", None, "radio unit", "Osgood Media", "2025-03-05")],
    ),
    "bought-in-place": (
        "Lion City Logistics REIT bought a warehouse in Jurong for S$218 million.",
        [("S$218 million", "level", "none", None, "warehouse", "Lion City Logistics", None)],
    ),
    "sale-of-to-consortium": (
        "Gulf Horizon Telecom completed the sale of its tower portfolio to a consortium led by "
        "Azure Infra Partners for 3.1 billion dirhams.",
        [
            (
                "3.1 billion dirhams",
                "level",
                "none",
                None,
                "tower portfolio",
                "Gulf Horizon Telecom",
                None,
            )
        ],
    ),
    "stake-sold-to-fund": (
        "Valmont Energie SA sold a 30% stake in its offshore wind portfolio to Norvik "
        "Infrastructure Fund for 1.4 billion euros.",
        [
            ("30%", "share", "none", None, "stake", "Valmont Energie SA", None),
            ("1.4 billion euros", "level", "none", None, "stake", "Valmont Energie SA", None),
        ],
    ),
    # near-miss: a company bought is named by its own rule
    "company-bought": (
        "Penfield Health agreed to buy Orland Diagnostics for $4.8 billion.",
        [("$4.8 billion", "level", "none", None, "Orland Diagnostics", None, None)],
    ),
    # near-miss: an appositive after the price names the deal
    "appositive-deal": (
        "Harwick Properties Ltd agreed to sell its office tower to a fund for $900 million, the biggest "
        "property deal of the quarter.",
        [("$900 million", "level", "none", None, "property deal", "Harwick Properties Ltd", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), TRADED_ASSETS.values(), ids=TRADED_ASSETS.keys())
def test_facts_traded_asset_names_the_price(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-05") == expected


# A price before a noun of a deal ("its $620 million buyout", "a 4.1 billion euro bid") is
# the deal's; a company taken private for a price is bought.
DEAL_NOUNS: dict[str, tuple[str, list[Row]]] = {
    "closed-buyout": (
        "Hartigan Steel Corp closed its $620 million buyout of wire maker Pellman Wire on Friday.",
        [("$620 million", "level", "none", None, "buyout", "Hartigan Steel Corp", "2025-02-07")],
    ),
    "approval-for-takeover": (
        "Corliss Holdings won approval for its $2.1 billion takeover of Dunmore Foods.",
        [("$2.1 billion", "level", "none", None, "takeover", "Corliss Holdings", None)],
    ),
    "takeover-bid": (
        "Veltro Corp received a $3 billion takeover bid from Hallam Group.",
        [("$3 billion", "level", "none", None, "takeover bid", "Veltro Corp", None)],
    ),
    "take-private": (
        "Calder Ridge Capital agreed to take Marlow Software private for about $2.7 billion.",
        [
            (
                "about $2.7 billion",
                "level",
                "none",
                None,
                "Marlow Software",
                "Calder Ridge Capital",
                None,
            )
        ],
    ),
    # near-miss: "in a bid to" is a purpose, no deal
    "in-a-bid-to": (
        "Veltro Corp cut 2,000 jobs in a bid to reduce costs by 10%.",
        [("10%", "change", "decrease", None, "costs", "Veltro Corp", None)],
    ),
    # near-miss: "private" after no form of "take" buys nothing
    "kept-private": (
        "Marlow Software kept Orrin Labs private for $12 million a year in fees.",
        [("$12 million a year", "level", "none", None, "fees", "Marlow Software", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DEAL_NOUNS.values(), ids=DEAL_NOUNS.keys())
def test_facts_deal_nouns_and_take_private(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-11") == expected


# A broker that sets a price target owns nothing: the target is the stock's company's.
BROKER_PRICE_TARGETS: dict[str, tuple[str, list[Row]]] = {
    "target-on-the-stock": (
        "Shares of Dorrance Retail fell 14% on Wednesday. Goldman Sachs cut its price target "
        "on the stock to $31.",
        [
            ("14%", "change", "decrease", None, "Shares", "Dorrance Retail", "2024-10-09"),
            ("$31", "target", "none", None, "price target on the stock", "Dorrance Retail", None),
        ],
    ),
    "its-price-target": (
        "Dorrance Retail shares fell 14%. Jefferies raised its price target to $45.",
        [
            ("14%", "change", "decrease", None, "shares", "Dorrance Retail", "2024-10-09"),
            ("$45", "target", "none", None, "price target", "Dorrance Retail", None),
        ],
    ),
    # near-miss: a bank's forecast of its own profit is its own
    "own-forecast": (
        "Goldman Sachs raised its 2025 profit forecast to $14 billion.",
        [("$14 billion", "target", "none", None, "profit", "Goldman Sachs", "2025")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), BROKER_PRICE_TARGETS.values(), ids=BROKER_PRICE_TARGETS.keys()
)
def test_facts_broker_price_target_is_the_stocks(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-10-09") == expected


# "valuing X at" gives the value a deal's terms put on a company: a level under a modal too,
# and the premium after it is a change.
DEAL_VALUING_AT: dict[str, tuple[str, list[Row]]] = {
    "will-receive-valuing": (
        "Linnell shareholders will receive 0.82 Tarrow Bank shares for each share they own, "
        "valuing Linnell Bank at $24.10 a share, a 28% premium to its Friday close.",
        [
            ("$24.10 a share", "level", "none", None, "valuing", "Linnell Bank", None),
            ("28%", "change", "increase", None, "premium", "Linnell Bank", "2025-01-31"),
        ],
    ),
    # near-miss: a plain "at" after a modal is a forecast
    "reach-at-the-end": (
        "Tarrow Bank expects its loan book to reach $40 billion at the end of 2026.",
        [("$40 billion", "target", "none", None, "loan book", "Tarrow Bank", "2026-12")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DEAL_VALUING_AT.values(), ids=DEAL_VALUING_AT.keys())
def test_facts_deal_valuing_at_is_a_level(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-03") == expected


# An "of" phrase that names what an amount was raised through or paid for ends before a
# participle with its own object ("debentures carrying a coupon of 7.85%").
OF_PHRASE_BEFORE_PARTICIPLE: dict[str, tuple[str, list[Row]]] = {
    "debentures-carrying": (
        "Deccan Power Ltd raised Rs 2,500 crore through an issue of non-convertible debentures "
        "carrying a coupon of 7.85%.",
        [
            (
                "Rs 2,500 crore",
                "level",
                "none",
                None,
                "issue of non-convertible debentures",
                "Deccan Power Ltd",
                None,
            ),
            ("7.85%", "level", "none", None, "coupon", "Deccan Power Ltd", None),
        ],
    ),
    # near-miss: no participle, the "of" phrase is kept whole
    "phase-of-a-line": (
        "The city will spend 2 billion yuan for the second phase of a metro line.",
        [("2 billion yuan", "target", "none", None, "second phase of a metro line", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    OF_PHRASE_BEFORE_PARTICIPLE.values(),
    ids=OF_PHRASE_BEFORE_PARTICIPLE.keys(),
)
def test_facts_of_phrase_ends_before_a_participle(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-08-22") == expected


# A price restated after its form of payment and ", or" measures what the price before it
# measures ("in cash and stock" names no quantity).
RESTATED_DEAL_PRICES: dict[str, tuple[str, list[Row]]] = {
    "per-share-then-total": (
        "Aldwych Pharma agreed to buy Cresco Bio for $38 a share in cash and stock, or about "
        "$3.4 billion.",
        [
            ("$38 a share", "level", "none", None, "Cresco Bio", "Aldwych Pharma", None),
            ("about $3.4 billion", "level", "none", None, "Cresco Bio", "Aldwych Pharma", None),
        ],
    ),
    "total-then-per-share": (
        "Penfield Health Inc agreed to buy Orland Diagnostics for $4.8 billion in cash, or $61 "
        "a share.",
        [
            (
                "$4.8 billion",
                "level",
                "none",
                None,
                "Orland Diagnostics",
                "Penfield Health Inc",
                None,
            ),
            (
                "$61 a share",
                "level",
                "none",
                None,
                "Orland Diagnostics",
                "Penfield Health Inc",
                None,
            ),
        ],
    ),
    # near-miss: words other than a form of payment before ", or"
    "times-earnings": (
        "Penfield Health Inc paid $4.8 billion for the unit in 2023, or $61 a share for its stock.",
        [
            ("$4.8 billion", "level", "none", None, "unit", "Penfield Health Inc", "2023"),
            ("$61 a share", "level", "none", None, "stock", "Penfield Health Inc", "2023"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RESTATED_DEAL_PRICES.values(), ids=RESTATED_DEAL_PRICES.keys()
)
def test_facts_deal_price_restated_after_payment_form(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-09-03") == expected


# A merger agreed in a share swap: the swap is a deal noun, "will merge" a deal verb whose
# valued terms are a level.
SHARE_SWAP_MERGERS: dict[str, tuple[str, list[Row]]] = {
    "merge-in-share-swap": (
        "Daehan Steel will merge with smaller rival Mirae Metals in a share swap valued at 1.2 "
        "trillion won, the companies said on Monday.",
        [("1.2 trillion won", "level", "none", None, "share swap", "Daehan Steel", "2024-10-28")],
    ),
    # near-miss: a merger's planned saving is a target
    "merge-to-cut-costs": (
        "Daehan Steel will merge its two units to cut costs by 10%.",
        [("10%", "target", "decrease", None, "costs", "Daehan Steel", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SHARE_SWAP_MERGERS.values(), ids=SHARE_SWAP_MERGERS.keys()
)
def test_facts_share_swap_merger_is_a_level(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-10-28") == expected


# A company's deal, buyback or issue a few modifiers after the amount that sizes it.
EVENT_AFTER_MODIFIERS: dict[str, tuple[str, list[Row]]] = {
    "accelerated-repurchase": (
        "Wexford Foods Inc announced a $2 billion accelerated share repurchase.",
        [("$2 billion", "target", "none", None, "share repurchase", "Wexford Foods Inc", None)],
    ),
    "leveraged-buyout": (
        "Wexford Foods Inc announced a $3 billion leveraged buyout of Corran.",
        [
            (
                "$3 billion",
                "level",
                "none",
                None,
                "leveraged buyout of Corran",
                "Wexford Foods Inc",
                None,
            )
        ],
    ),
    # near-miss: a change noun and "in" between the amount and the metric
    "increase-in-dividends": (
        "Wexford Foods Inc posted a $2 billion increase in dividend payments.",
        [
            (
                "$2 billion",
                "change",
                "increase",
                None,
                "dividend payments",
                "Wexford Foods Inc",
                None,
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), EVENT_AFTER_MODIFIERS.values(), ids=EVENT_AFTER_MODIFIERS.keys()
)
def test_facts_event_after_modifiers(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-06-27") == expected


# A relative clause whose past verb governs the value ("a placement that raised S$150
# million") tells an outcome of the noun it describes, even under a modal of the main clause.
RELATIVE_PAST_OUTCOMES: dict[str, tuple[str, list[Row]]] = {
    "placement-that-raised": (
        "The purchase will be funded by a private placement that raised S$150 million.",
        [("S$150 million", "level", "none", None, "private placement", None, None)],
    ),
    "loan-that-totaled": (
        "The plant will be built with a loan that totaled $300 million.",
        [("$300 million", "level", "none", None, "loan", None, None)],
    ),
    # near-misses: a report's finding, a share of a whole
    "poll-that-showed": (
        "Voters backed a plan in a poll that showed 45% of voters in favour.",
        [("45%", "share", "none", None, "voters", None, None)],
    ),
    "stake-that-represented": (
        "The firm will sell a stake that represented 12% of the company.",
        [("12%", "target", "none", None, "stake", None, None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RELATIVE_PAST_OUTCOMES.values(), ids=RELATIVE_PAST_OUTCOMES.keys()
)
def test_facts_relative_clause_past_outcome(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-11-20") == expected


# A price's gap to a benchmark ("a 22% discount to Friday's close") is a change under a modal
# too; "for every 5 held" is the ratio of a rights issue, no rule of thumb.
PRICE_GAPS_OF_ISSUES: dict[str, tuple[str, list[Row]]] = {
    "will-issue-at-a-discount": (
        "Narmada Textiles will issue shares at Rs 180 each, a 22% discount to Friday's closing "
        "price.",
        [
            ("Rs 180", "target", "none", None, "shares", "Narmada Textiles", "2024-12-09"),
            ("22%", "change", "decrease", None, "discount", "Narmada Textiles", "2024-12-06"),
        ],
    ),
    "for-every-five-held": (
        "Carrow Minerals plc offered 3 new shares for every 5 held, a 38% discount to the "
        "stock's closing price on Friday.",
        [("38%", "change", "decrease", None, "discount", "Carrow Minerals", "2024-12-06")],
    ),
    # near-misses: a rule of thumb stays an estimate; a premium with no benchmark is planned
    "every-step": (
        "Every 1% fall in the rupee adds about 300 million rupees to costs.",
        [("about 300 million rupees", "target", "increase", None, "costs", None, None)],
    ),
    "planned-premium": (
        "Kilmer Capital expects to offer a 20% premium.",
        [("20%", "target", "increase", None, "premium", "Kilmer Capital", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PRICE_GAPS_OF_ISSUES.values(), ids=PRICE_GAPS_OF_ISSUES.keys()
)
def test_facts_price_gap_of_an_issue_is_a_change(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-12-09") == expected


# A deal two companies make together (a merger, a venture) is neither's alone: the "of A and
# B" phrase of the deal noun, or two companies opening a headline's clause, name both.
JOINT_DEALS: dict[str, tuple[str, list[Row]]] = {
    "merger-of-two": (
        "The $3 billion merger of Tarrow Bank and Linnell Bank will create the region's "
        "fifth-largest lender.",
        [("$3 billion", "level", "none", None, "merger", None, None)],
    ),
    "venture-of-two-invests": (
        "A battery venture of Toyota Motor Corp and Panasonic Holdings will invest $1 billion "
        "in a new plant.",
        [("$1 billion", "target", "none", None, "new plant", None, None)],
    ),
    "headline-two-agree": (
        "Tarrow Bank, Linnell Bank agree $3 billion merger",
        [("$3 billion", "level", "none", None, "merger", None, None)],
    ),
    # near-misses: one company's merger with another; two companies' shares, no deal noun
    "merger-with": (
        "Tarrow Bank completed its $3 billion merger with Linnell Bank.",
        [("$3 billion", "level", "none", None, "merger", "Tarrow Bank", None)],
    ),
    "two-shares-rise": (
        "Tarrow Bank, Linnell Bank shares rise 5%",
        [("5%", "change", "increase", None, "shares", "Tarrow Bank", "2025-02-03")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), JOINT_DEALS.values(), ids=JOINT_DEALS.keys())
def test_facts_joint_deal_is_neither_companys(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-02-03") == expected


# The price of an asset bought or sold is the buyer's or seller's who opens the sentence, not
# the counterparty after "from"/"to" nor the place after "in".
TRADED_ASSET_OWNERS: dict[str, tuple[str, list[Row]]] = {
    "stake-from-seller": (
        "Brennock Partners acquired a 51% stake in Osgood Radio from Osgood Media for $80 million.",
        [
            ("51%", "share", "none", None, "stake", "Brennock Partners", None),
            ("$80 million", "level", "none", None, "stake", "Brennock Partners", None),
        ],
    ),
    "building-in-a-city": (
        "Osgood Media sold its headquarters building in Manhattan for $310 million last year.",
        [("$310 million", "level", "none", None, "headquarters building", "Osgood Media", "2024")],
    ),
    # near-miss: a company bought keeps its rule, the buyer owns the price
    "company-bought": (
        "Brennock Partners agreed to buy Osgood Radio for $80 million.",
        [("$80 million", "level", "none", None, "Osgood Radio", "Brennock Partners", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), TRADED_ASSET_OWNERS.values(), ids=TRADED_ASSET_OWNERS.keys()
)
def test_facts_traded_asset_owner_opens_the_sentence(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-03-05") == expected


# An adverbial pair before the verb ("on average", "in total") is no noun phrase of the
# quantity: the statement goes on with the quantity named before.
ADVERBIAL_PAIRS: dict[str, tuple[str, list[Row]]] = {
    "had-on-average-expected": (
        "Rheinfeld Chemie AG expects adjusted EBITDA of 3.2 billion euros in 2025. Analysts "
        "had on average expected 3.5 billion euros.",
        [
            (
                "3.2 billion euros",
                "target",
                "none",
                None,
                "adjusted EBITDA",
                "Rheinfeld Chemie AG",
                "2025",
            ),
            (
                "3.5 billion euros",
                "target",
                "none",
                None,
                "adjusted EBITDA",
                "Rheinfeld Chemie AG",
                "2025",
            ),
        ],
    ),
    "salaries-in-total": (
        "Salaries in total rose 4% last year.",
        [("4%", "change", "increase", None, "Salaries", None, "2024")],
    ),
    # near-miss: "Average" that opens the noun phrase is part of it
    "average-earnings": (
        "Average hourly earnings rose 3% in January.",
        [("3%", "change", "increase", None, "Average hourly earnings", None, "2025-01")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ADVERBIAL_PAIRS.values(), ids=ADVERBIAL_PAIRS.keys())
def test_facts_adverbial_pair_is_no_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-02-26") == expected


# Deal and issue terms: "agreed to be acquired" is an agreed deal (a level); "valuing X at"
# under a tender offer is a level; "$X of bonds yielding Y%" ends before the participle.
DEAL_AND_ISSUE_TERMS: dict[str, tuple[str, list[Row]]] = {
    "agreed-to-be-acquired": (
        "Ridgeway Semiconductor agreed to be acquired by Talon Technologies in a deal worth "
        "$12.6 billion.",
        [("$12.6 billion", "level", "none", None, "deal", "Ridgeway Semiconductor", None)],
    ),
    "tender-offer-valuing": (
        "Kisaragi Holdings launched a tender offer for Minato Logistics, valuing the target at "
        "about 180 billion yen.",
        [
            (
                "about 180 billion yen",
                "level",
                "none",
                None,
                "valuing",
                "Kisaragi Holdings",
                None,
            )
        ],
    ),
    "bonds-yielding": (
        "Petroverde SA sold $1.25 billion of 10-year bonds yielding 6.45% on Tuesday.",
        [
            ("$1.25 billion", "level", "none", None, "bonds", "Petroverde SA", None),
            ("6.45%", "level", "none", None, "bonds", "Petroverde SA", "2025-03-18"),
        ],
    ),
    "bonds-maturing": (
        "Petroverde SA sold $1.25 billion of bonds maturing in 2034.",
        [("$1.25 billion", "level", "none", None, "bonds", "Petroverde SA", None)],
    ),
    # near-miss: an "of" phrase with no participle is kept whole
    "of-a-business": (
        "Petroverde SA sold $500 million of its shipping business.",
        [("$500 million", "level", "none", None, "shipping business", "Petroverde SA", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), DEAL_AND_ISSUE_TERMS.values(), ids=DEAL_AND_ISSUE_TERMS.keys()
)
def test_facts_deal_and_issue_terms(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-03-20") == expected


# The parts of an Indian IPO: a fresh issue of new shares and an offer for sale by holders.
IPO_PARTS: dict[str, tuple[str, list[Row]]] = {
    "fresh-issue-and-ofs": (
        "Konark Cables Ltd's IPO comprises a fresh issue of 12 billion rupees and an offer for "
        "sale of 8 billion rupees by existing shareholders.",
        [
            ("12 billion rupees", "level", "none", None, "fresh issue", "Konark Cables Ltd", None),
            (
                "8 billion rupees",
                "level",
                "none",
                None,
                "offer for sale",
                "Konark Cables Ltd",
                None,
            ),
        ],
    ),
    # near-miss: an offer of something else keeps its own noun
    "offer-of-shares": (
        "Konark Cables Ltd's IPO includes a fresh issue of shares worth Rs 1,200 crore.",
        [("Rs 1,200 crore", "level", "none", None, "shares", "Konark Cables Ltd", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), IPO_PARTS.values(), ids=IPO_PARTS.keys())
def test_facts_ipo_parts(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2024-07-09") == expected


# A broker's price target is a standing view: it takes no period from the company's plan told
# before it in the paragraph.
PRICE_TARGET_PERIODS: dict[str, tuple[str, list[Row]]] = {
    "after-a-forecast": (
        "Dorrance Retail cut its full-year earnings forecast to $2.10 a share. Goldman Sachs cut "
        "its price target on the stock to $31.",
        [
            ("$2.10 a share", "target", "none", None, "earnings", "Dorrance Retail", "2024"),
            ("$31", "target", "none", None, "price target on the stock", "Dorrance Retail", None),
        ],
    ),
    # near-miss: the company's own target after its forecast keeps the plan's period
    "own-sales-target": (
        "Dorrance Retail cut its full-year earnings forecast to $2.10 a share. It also cut its "
        "sales target to $9 billion.",
        [
            ("$2.10 a share", "target", "none", None, "earnings", "Dorrance Retail", "2024"),
            ("$9 billion", "target", "none", None, "sales", "Dorrance Retail", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PRICE_TARGET_PERIODS.values(), ids=PRICE_TARGET_PERIODS.keys()
)
def test_facts_price_target_takes_no_plan_period(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-10-09") == expected


# An average or compound annual rate is the pace of the change the verb before it states: a
# change of the quantity before the verb ("has grown at an average annual rate of 5.6 percent").
AVERAGE_ANNUAL_RATE: dict[str, tuple[str, list[Row]]] = {
    "average-annual": (
        "Hunan's GDP grew at an average annual rate of 5.6 percent from 2021 to 2024.",
        [("5.6 percent", "change", "increase", None, "GDP", "Hunan", "2021/2024")],
    ),
    "compound-annual": (
        "Hunan's exports grew at a compound annual rate of 8 percent from 2021 to 2024.",
        [("8 percent", "change", "increase", None, "exports", "Hunan", "2021/2024")],
    ),
    # near-miss: an interest rate's level, no pace
    "interest-rate": (
        "Hunan's lenders kept the average lending rate at 3.5 percent in 2024.",
        [("3.5 percent", "level", "none", None, "average lending rate", "Hunan", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), AVERAGE_ANNUAL_RATE.values(), ids=AVERAGE_ANNUAL_RATE.keys()
)
def test_facts_average_annual_rate_is_a_pace(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-06-12") == expected


# A national news agency in a dateline's brackets ("HANOI, July 6 (VNA) --") reports figures and
# owns none, like Reuters or Xinhua.
NATIONAL_AGENCIES: dict[str, tuple[str, list[Row]]] = {
    "vna": (
        "Exports rise\n\nHANOI, July 6 (VNA) -- Viet Nam's exports rose 14.4% in the first half."
        "\n\nThe foreign-invested sector earned 169 billion USD.",
        [
            ("14.4%", "change", "increase", None, "exports", "Viet Nam", "2025-H1"),
            ("169 billion USD", "level", "none", None, "earned", "Viet Nam", "2025-H1"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), NATIONAL_AGENCIES.values(), ids=NATIONAL_AGENCIES.keys()
)
def test_facts_national_news_agency_owns_nothing(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-07-06") == expected


# One place written with and without a space ("Vietnam", "Viet Nam") is one subject, in its
# fuller form.
SPACED_NAMES: dict[str, tuple[str, list[Row]]] = {
    "viet-nam": (
        "Vietnam's exports rise\n\nHANOI, July 6 -- Viet Nam's exports rose 14.4% in the first "
        "half.\n\nThe trade surplus was 7.6 billion USD.",
        [
            ("14.4%", "change", "increase", None, "exports", "Viet Nam", "2025-H1"),
            ("7.6 billion USD", "level", "none", None, "trade surplus", "Viet Nam", "2025-H1"),
        ],
    ),
    # near-miss: two places whose names differ by more than a space
    "two-places": (
        "Malaysia's exports rise\n\nHANOI, July 6 -- Viet Nam's exports rose 14.4% in the first "
        "half.",
        [
            ("14.4%", "change", "increase", None, "exports", "Viet Nam", "2025-H1"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), SPACED_NAMES.values(), ids=SPACED_NAMES.keys())
def test_facts_place_written_with_a_space(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-07-06") == expected


# A headline's nationality ("Philippine remittances rise") says whose the story is: a country
# named only as a source or a market is no owner of the figures the text inherits.
HEADLINE_NATIONALITY: dict[str, tuple[str, list[Row]]] = {
    "unnamed-home": (
        "Philippine remittances rise\n\nMANILA, May 15 -- Remittances grew 3 percent in March."
        "\n\nIn the first quarter, remittances reached 8.3 billion dollars.\n\nIn March, the "
        "United States accounted for the largest share of remittances at 40.8 percent.",
        [
            ("3 percent", "change", "increase", None, "Remittances", None, "2025-03"),
            ("8.3 billion dollars", "level", "none", None, "remittances", None, "2025-Q1"),
            ("40.8 percent", "share", "none", None, "remittances", "United States", "2025-03"),
        ],
    ),
    # near-miss: the headline's country named, it owns what the text inherits
    "named-home": (
        "Philippine exports rise\n\nMANILA, May 15 -- The Philippines' exports grew 3 percent "
        "in March.\n\nIn the first quarter, exports reached 8.3 billion dollars.",
        [
            ("3 percent", "change", "increase", None, "exports", "Philippines", "2025-03"),
            ("8.3 billion dollars", "level", "none", None, "exports", "Philippines", "2025-Q1"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), HEADLINE_NATIONALITY.values(), ids=HEADLINE_NATIONALITY.keys()
)
def test_facts_headline_nationality_rules_out_other_countries(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-05-15") == expected


# The DATE mention now holds the words that bound a period ("end-June", "the half year ended
# 30 June 2025", "the year to end-March"); the period read from it keeps its meaning.
PERIOD_ENDS: dict[str, tuple[str, list[Row]]] = {
    "end-month-balance": (
        "Reserves stood at $41 billion as at end-June.",
        [("$41 billion", "level", "none", None, "Reserves", None, "2025-06")],
    ),
    "half-year-day-first": (
        "Lumo Bank's net profit rose 12 percent in the half year ended 30 June 2025.",
        [("12 percent", "change", "increase", None, "net profit", "Lumo Bank", "2025-H1")],
    ),
    "year-to-end-month": (
        "Retail sales rose 3% in the year to end-March.",
        [("3%", "change", "increase", None, "Retail sales", None, "2025-03")],
    ),
    # near-miss: "the end of" a month is its last day, as before
    "end-of-month": (
        "Reserves stood at $41 billion at the end of June.",
        [("$41 billion", "level", "none", None, "Reserves", None, "2025-06-30")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PERIOD_ENDS.values(), ids=PERIOD_ENDS.keys())
def test_facts_periods_of_dates_that_hold_their_bounds(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-10") == expected


# A change measured "from the corresponding quarter of last year" or "against the comparable
# period in 2024" is of the period in view: the other year is its base, as with "the same
# period", and the next sentences stay on the period in view.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Velora Foods earned Rs 412 crore in the September quarter, up 9.1 per cent from the "
            "corresponding quarter of last year. Revenue rose 6% to Rs 3,020 crore.",
            [
                ("Rs 412 crore", "2025-Q3"),
                ("9.1 per cent", "2025-Q3"),
                ("6%", "2025-Q3"),
                ("Rs 3,020 crore", "2025-Q3"),
            ],
        ),
        (
            "Okonjo Mills' profit rose to N41 billion in the nine months ended September 30, "
            "2025, up 38 per cent from the comparable period in 2024.",
            [("N41 billion", "2025-01/2025-09"), ("38 per cent", "2025-01/2025-09")],
        ),
        (
            "Port revenue was $1.2 billion in the second quarter of 2025, an increase of 14 "
            "percent compared with the corresponding quarter of 2024.",
            [("$1.2 billion", "2025-Q2"), ("14 percent", "2025-Q2")],
        ),
        (
            "Port revenue was $1.2 billion in the second quarter of 2025. It rose 3 percent "
            "compared with the like period of 2024.",
            [("$1.2 billion", "2025-Q2"), ("3 percent", "2025-Q2")],
        ),
        # near-miss: a change that happened in the other year is of that year
        (
            "Port revenue rose 14 percent in the second quarter of 2025, after rising 2 percent "
            "in 2024.",
            [("14 percent", "2025-Q2"), ("2 percent", "2024")],
        ),
    ],
    ids=["corresponding-last-year", "comparable-in", "corresponding-of", "like-of", "near-miss"],
)
def test_facts_corresponding_period_is_a_base(
    nlp: Language, text: str, dated: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


# "The half-year ended September 30" names a half, not the year-end: the fiscal halves and
# quarters of the text keep the March year-end; "the fiscal year ended September 30" sets it.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Mawingu Telecom earned Sh12 billion in the half-year ended September 30, 2025. "
            "Data revenue grew 9 percent in H1 FY26.",
            [("Sh12 billion", "2025-04/2025-09"), ("9 percent", "2025-04/2025-09")],
        ),
        (
            "Mawingu Telecom earned Sh12 billion in the half year to September 30. Data revenue "
            "grew 9 percent in H1 FY26.",
            [("Sh12 billion", "2025-04/2025-09"), ("9 percent", "2025-04/2025-09")],
        ),
        # near-miss: a year-end stated
        (
            "Mawingu Telecom earned Sh40 billion in the fiscal year ended September 30. Data "
            "revenue grew 9 percent in H1 FY26.",
            [("Sh40 billion", "FY2025"), ("9 percent", "2025-10/2026-03")],
        ),
    ],
    ids=["half-year-ended", "half-year-to", "fiscal-year-ended"],
)
def test_facts_half_year_end_is_no_fiscal_year_end(
    nlp: Language, text: str, dated: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


# The reporting span named by its count of months with the article ("for the nine-month
# period", "In the nine months,") is the first months of the year in view; not a span told
# by something else ("the nine months before the vote") or a record ("a nine-month high").
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Kinabalu Bhd's net profit rose 6 per cent to RM310 million in the third quarter. "
            "For the nine-month period, net profit grew 4 per cent to RM880 million.",
            [
                ("6 per cent", "2025-Q3"),
                ("RM310 million", "2025-Q3"),
                ("4 per cent", "2025-01/2025-09"),
                ("RM880 million", "2025-01/2025-09"),
            ],
        ),
        (
            "Kinabalu Bhd's revenue rose 6 per cent in the third quarter. In the nine months, "
            "revenue grew 3 per cent.",
            [("6 per cent", "2025-Q3"), ("3 per cent", "2025-01/2025-09")],
        ),
        (
            "Kinabalu Bhd's revenue rose 6 per cent in the second quarter. For the six months, "
            "revenue grew 3 per cent.",
            [("6 per cent", "2025-Q2"), ("3 per cent", "2025-H1")],
        ),
        # near-misses
        (
            "Consumer prices rose 3 percent in the nine months before the election.",
            [("3 percent", None)],
        ),
        (
            "Kinabalu Bhd's revenue rose 3 percent over a nine-month period of restructuring.",
            [("3 percent", None)],
        ),
    ],
    ids=["nine-month-period", "the-nine-months", "the-six-months", "before", "indefinite"],
)
def test_facts_months_of_the_reporting_span(
    nlp: Language, text: str, dated: list[tuple[str, str | None]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-28")] == dated


# A fiscal year written with both calendar years in full ("fiscal 2024/2025", "FY2024/2025",
# "the 2024/2025 financial year") is the year ending in the second; without a fiscal word the
# years are a span.
@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Nile Port Authority's revenue reached $4.1 billion in fiscal 2024/2025.", "FY2024-25"),
        ("Nile Port Authority's revenue reached $4.1 billion in FY2024/2025.", "FY2024-25"),
        (
            "Nile Port Authority's revenue reached $4.1 billion in the 2024/2025 financial year.",
            "FY2024-25",
        ),
        (
            "Nile Port Authority's revenue reached $4.1 billion in financial year 2024-2025.",
            "FY2024-25",
        ),
        # near-misses: a span of years, and years that do not follow each other
        ("Nile Port Authority's revenue reached $4.1 billion in 2024-2025.", "2024/2025"),
        (
            "Nile Port Authority will invest $4.1 billion in the 2024-2026 fiscal years.",
            "2024/2026",
        ),
    ],
    ids=["fiscal", "fy", "financial-year-after", "financial-year-before", "span", "three-years"],
)
def test_facts_fiscal_year_written_in_full_years(nlp: Language, text: str, period: str) -> None:
    assert [row[6] for row in facts(nlp, text, date="2025-11-14")] == [period]


# "rose by X to Y as of D": the change of a balance is of the day the balance reached is
# dated by, as the level is; a date told in another clause stays that clause's.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Lanka Reserve Bank's gold holdings rose by $1.5 billion to $90 billion as of Nov 7.",
            [("$1.5 billion", "2025-11-07"), ("$90 billion", "2025-11-07")],
        ),
        (
            "Outstanding loans of Selangor Bank grew 8.2 percent to RM120 billion as at "
            "September 30.",
            [("8.2 percent", "2025-09-30"), ("RM120 billion", "2025-09-30")],
        ),
        (
            "Lanka Reserve Bank's gold holdings rose by $1.5 billion to $90 billion (27 "
            "trillion rupees) as of Nov 7.",
            [
                ("$1.5 billion", "2025-11-07"),
                ("$90 billion", "2025-11-07"),
                ("27 trillion rupees", "2025-11-07"),
            ],
        ),
        # near-miss: the level is told in a clause of its own
        (
            "Lanka Reserve Bank's foreign reserves rose by $1.5 billion, the bank said, to $90 "
            "billion as of Nov 7.",
            [("$1.5 billion", None), ("$90 billion", "2025-11-07")],
        ),
    ],
    ids=["by-to-as-of", "grew-to-as-at", "converted", "clause-between"],
)
def test_facts_change_to_a_balance_as_of_a_day(
    nlp: Language, text: str, dated: list[tuple[str, str | None]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


# "the previous year" beside a figure of a year in the same sentence is the year before that
# one (a split fiscal year steps back as a whole: FY2024-25 -> FY2023-24), not the year before
# the article's.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Rift Power posted a net profit of Sh9 billion for the 2024/25 financial year, up "
            "from Sh4 billion the previous year.",
            [("Sh9 billion", "FY2024-25"), ("Sh4 billion", "FY2023-24")],
        ),
        (
            "Rift Power posted a net profit of Sh9 billion for the 2024/25 financial year, up "
            "from Sh4 billion a year earlier.",
            [("Sh9 billion", "FY2024-25"), ("Sh4 billion", "FY2023-24")],
        ),
        (
            "Rift Power posted a net profit of Sh9 billion in 2023, against Sh4 billion in the "
            "prior year.",
            [("Sh9 billion", "2023"), ("Sh4 billion", "2022")],
        ),
        # near-misses: a change's basis, and no year in view in the sentence
        (
            "Rift Power's net profit rose 20 percent from the previous year to Sh9 billion in "
            "2023.",
            [("20 percent", "2023"), ("Sh9 billion", "2023")],
        ),
        (
            "Rift Power's net profit was Sh4 billion the previous year.",
            [("Sh4 billion", "2024")],
        ),
    ],
    ids=["split-previous-year", "split-year-earlier", "prior-year", "basis", "no-year-in-view"],
)
def test_facts_previous_year_of_the_year_in_view(
    nlp: Language, text: str, dated: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


# A sentence opening on "By" + a date that tells its figure in the past tense ("By the end of
# September, the balance of loans reached ...", also after a dateline), or such a date right
# after a figure told in the past ("rose 15 percent by the end of September") measures a balance
# then: the latest such date, and no target; with a plan's word it stays a deadline ahead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the end of September, the balance of green loans in Jilin reached 320 billion "
            "yuan, up 15 percent from the beginning of the year.",
            [
                ("320 billion yuan", "level", "2025-09-30"),
                ("15 percent", "change", "2025-09-30"),
            ],
        ),
        (
            "By the end of October, Jilin's installed wind capacity stood at 20 million kilowatts "
            "and its wind power investment totaled 60 billion yuan.",
            [("60 billion yuan", "level", "2025-10-31")],
        ),
        (
            "By the end of August, Jilin had issued special bonds worth 90 billion yuan.",
            [("90 billion yuan", "level", "2025-08-31")],
        ),
        (
            "Jilin loans grow\nCHANGCHUN, Nov 14 - By the end of September, the balance of green "
            "loans in Jilin reached 320 billion yuan.",
            [("320 billion yuan", "level", "2025-09-30")],
        ),
        (
            "Jilin's green loans rose 15 percent to 320 billion yuan by the end of September.",
            [
                ("15 percent", "change", "2025-09-30"),
                ("320 billion yuan", "level", "2025-09-30"),
            ],
        ),
        # near-misses: a plan's deadline
        (
            "Jilin's green loans will rise 15 percent by the end of September.",
            [("15 percent", "target", "2026-09-30")],
        ),
        (
            "By the end of September, the balance of green loans in Jilin will reach 320 billion "
            "yuan.",
            [("320 billion yuan", "target", "2026-09-30")],
        ),
        (
            "By the end of 2027, Jilin aims to raise its wind power investment to 60 billion yuan.",
            [("60 billion yuan", "target", "2027-12")],
        ),
    ],
    ids=[
        "reached",
        "totaled-second-clause",
        "had-issued",
        "after-a-dateline",
        "rose-to-by",
        "will-rise-by",
        "will-reach",
        "aims",
    ],
)
def test_facts_balance_reached_by_an_opening_date(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(row[0], row[1], row[6]) for row in facts(nlp, text, date="2025-11-14")] == expected


# A figure compared with ("compared with a loss of N9 billion in 9M 2024") does not date the
# sentences after it; "profit after tax of" names a metric and compares nothing.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Lekki Cables recorded a profit after tax of N40 billion in 9M 2025 compared with a "
            "loss of N9 billion in 9M 2024. Revenue rose 30 percent.",
            [
                ("N40 billion", "2025-01/2025-09"),
                ("N9 billion", "2024-01/2024-09"),
                ("30 percent", "2025-01/2025-09"),
            ],
        ),
        (
            "Lekki Cables recorded a profit after tax of N40 billion in 9M 2025. Revenue rose 30 "
            "percent.",
            [("N40 billion", "2025-01/2025-09"), ("30 percent", "2025-01/2025-09")],
        ),
        # near-miss: a figure after "after" that is compared ("after a loss of")
        (
            "Lekki Cables recorded a profit of N40 billion in 9M 2025, after a loss of N9 billion "
            "in 9M 2024. Revenue rose 30 percent.",
            [
                ("N40 billion", "2025-01/2025-09"),
                ("N9 billion", "2024-01/2024-09"),
                ("30 percent", "2025-01/2025-09"),
            ],
        ),
    ],
    ids=["compared-with-a-loss-of", "profit-after-tax", "after-a-loss"],
)
def test_facts_compared_figure_dates_nothing_after_it(
    nlp: Language, text: str, dated: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


# An opening "In the year-ago month (period, half)," dates its sentence a year back from the
# period in view, as "In the year-ago quarter," does.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Cement output grew 3 per cent in September. In the year-ago month, it had "
            "contracted 0.4 per cent.",
            [("3 per cent", "2025-09"), ("0.4 per cent", "2024-09")],
        ),
        (
            "Arvind Mills' profit was Rs 500 crore in the September quarter. In the year-ago "
            "period, it was Rs 400 crore.",
            [("Rs 500 crore", "2025-Q3"), ("Rs 400 crore", "2024-Q3")],
        ),
        # near-miss: no year-back opening
        (
            "Cement output grew 3 per cent in September. In the month, steel output rose 2 per "
            "cent.",
            [("3 per cent", "2025-09"), ("2 per cent", "2025-09")],
        ),
    ],
    ids=["year-ago-month", "year-ago-period", "in-the-month"],
)
def test_facts_year_ago_opening_of_a_month_or_period(
    nlp: Language, text: str, dated: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


# A level "in the corresponding (same) period of 2024" after a figure of a quarter is that
# quarter of 2024, not the whole year.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Ikeja Foods posted a profit of N11 billion in the third quarter of 2025 against a "
            "loss of N2 billion in the corresponding period of 2024.",
            [("N11 billion", "2025-Q3"), ("N2 billion", "2024-Q3")],
        ),
        (
            "Ikeja Foods posted a profit of N11 billion in the first nine months of 2025, against "
            "N8 billion in the comparable period of 2024.",
            [("N11 billion", "2025-01/2025-09"), ("N8 billion", "2024-01/2024-09")],
        ),
        # near-miss: a whole year against a year
        (
            "Ikeja Foods posted a profit of N11 billion in 2025, against N8 billion in 2024.",
            [("N11 billion", "2025"), ("N8 billion", "2024")],
        ),
    ],
    ids=["corresponding-quarter", "comparable-nine-months", "years"],
)
def test_facts_level_in_the_corresponding_period_of_a_year(
    nlp: Language, text: str, dated: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


# "the first 10 days of November", as customs offices report early trade: those days.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Busan's exports in the first 10 days of November fell 1.5 percent to $2.7 billion.",
            [("1.5 percent", "2025-11-01/2025-11-10"), ("$2.7 billion", "2025-11-01/2025-11-10")],
        ),
        (
            "Busan's exports for the first twenty days of October rose 3 percent.",
            [("3 percent", "2025-10-01/2025-10-20")],
        ),
        # near-miss: the whole month
        ("Busan's exports in November fell 1.5 percent.", [("1.5 percent", "2025-11")]),
    ],
    ids=["first-10-days", "first-twenty-days", "month"],
)
def test_facts_first_days_of_a_month(
    nlp: Language, text: str, dated: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


# An opening "In the same (corresponding) period last year (of the previous year)" dates its
# sentence a year back from the period in view, with or without a comma; so does "in the
# corresponding quarter last year" after a change that happened then.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Punjab's fiscal deficit was 36.5 per cent of the target in April-September. In the "
            "same period of the previous year it was 29.4 per cent.",
            [("36.5 per cent", "2025-04/2025-09"), ("29.4 per cent", "2024-04/2024-09")],
        ),
        (
            "Punjab's fiscal deficit was 36.5 per cent of the target in April-September. In the "
            "corresponding period last year, it was 29.4 per cent.",
            [("36.5 per cent", "2025-04/2025-09"), ("29.4 per cent", "2024-04/2024-09")],
        ),
        (
            "Punjab's exports rose 5 percent in the third quarter, compared with a 2 percent fall "
            "in the corresponding quarter last year.",
            [("5 percent", "2025-Q3"), ("2 percent", "2024-Q3")],
        ),
        # near-miss: the base of a change
        (
            "Punjab's exports rose 5 percent in the third quarter from the corresponding quarter "
            "last year.",
            [("5 percent", "2025-Q3")],
        ),
    ],
    ids=["of-the-previous-year-no-comma", "corresponding-last-year", "in-after-change", "base"],
)
def test_facts_same_period_last_year_opening(
    nlp: Language, text: str, dated: list[tuple[str, str]]
) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


# "the first quarter of its financial year 2026 ended Sept 30, 2025": the quarter ending on
# that day; without the end, a quarter "of its financial year 2026" is of fiscal 2026 by the
# March year-end.
@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Penang Land Bhd recorded a net profit of RM80 million in the first quarter of its "
            "financial year 2026 ended Sept 30, 2025.",
            "2025-Q3",
        ),
        (
            "Penang Land Bhd recorded a net profit of RM80 million in the first quarter of its "
            "financial year 2026.",
            "2025-Q2",
        ),
        # near-miss: a calendar quarter
        ("Penang Land Bhd recorded a net profit of RM80 million in the first quarter.", "2025-Q1"),
    ],
    ids=["ended", "of-its-financial-year", "calendar"],
)
def test_facts_quarter_of_a_named_financial_year(nlp: Language, text: str, period: str) -> None:
    assert [row[6] for row in facts(nlp, text, date="2025-11-27")] == [period]


# A part of a split fiscal year ("the fourth quarter of fiscal 2024/25", "the first quarter of
# fiscal 2025/2026") is a part of the year ending in the second year (March year-end when the
# text names none), neither of fiscal 2024 nor the whole year.
@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Misr Cement's sales grew 5 percent in the fourth quarter of fiscal 2024/25.", "2025-Q1"),
        (
            "Misr Cement's sales grew 5 percent in the first half of fiscal 2024-25.",
            "2024-04/2024-09",
        ),
        ("Misr Cement's sales grew 5 percent in the first quarter of fiscal 2025/2026.", "2025-Q2"),
        # near-miss: a fiscal year written with one year
        ("Misr Cement's sales grew 5 percent in the fourth quarter of fiscal 2024.", "2024-Q1"),
    ],
    ids=["quarter-short", "half-dash", "quarter-long", "one-year"],
)
def test_facts_part_of_a_split_fiscal_year(nlp: Language, text: str, period: str) -> None:
    assert [row[6] for row in facts(nlp, text, date="2025-11-14")] == [period]


# A figure told "during the month" ("in the month", "for the month") is of the month in view,
# even after a longer span; not "the month of September", which names its own.
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Kerala's tax collections rose 4 per cent to Rs 9,000 crore in October. In the "
            "April-October period, collections reached Rs 60,000 crore. Refunds were Rs 700 crore "
            "during the month.",
            [
                ("4 per cent", "2025-10"),
                ("Rs 9,000 crore", "2025-10"),
                ("Rs 60,000 crore", "2025-04/2025-10"),
                ("Rs 700 crore", "2025-10"),
            ],
        ),
        # near-misses: a month named after it; no month in view
        (
            "Kerala's tax collections were Rs 9,000 crore in October. Refunds rose 2 percent in "
            "the month of September.",
            [("Rs 9,000 crore", "2025-10"), ("2 percent", "2025-09")],
        ),
        (
            "Kerala's exports were $3 billion in the first nine months. Imports were $2 billion "
            "for the month.",
            [("$3 billion", "2025-01/2025-09"), ("$2 billion", "2025-01/2025-09")],
        ),
    ],
    ids=["during-the-month", "month-of", "no-month-in-view"],
)
def test_facts_during_the_month(nlp: Language, text: str, dated: list[tuple[str, str]]) -> None:
    assert [(row[0], row[6]) for row in facts(nlp, text, date="2025-11-14")] == dated


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a passive valuation of a named quantity: the quantity is the metric
        ("Palmera Energy said its gas output was valued at $4.3 billion.", "gas output"),
        ("Tin exports would be valued at about $900 million, the ministry said.", "Tin exports"),
        # near-misses: a pronoun or a company valued; the verb names the valuation
        ("At the top of the range it would be valued at about $1.2 billion.", "valued"),
        ("Orvane was valued at $2 billion in its last funding round.", "valued"),
    ],
)
def test_facts_passive_valuation_of_a_named_quantity(nlp: Language, text: str, metric: str) -> None:
    (first, *_) = facts(nlp, text, date="2025-08-07")
    assert first[4] == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # an amount that opens its sentence and a participle that says where it went
        (
            "Farm output rose. About 4 billion rand was disbursed in drought relief.",
            "drought relief",
        ),
        ("Tax revenue grew. Some 2 billion pesos was invested in rural clinics.", "rural clinics"),
        ("Tax revenue grew. RM5 billion was spent on school repairs.", "school repairs"),
        # near-miss: no participle of spending; the quantity of the sentence before goes on
        ("Tax revenue grew 5%. About 2 billion pesos came in the second half.", "Tax revenue"),
    ],
)
def test_facts_amount_spent_in_or_on_something(nlp: Language, text: str, metric: str) -> None:
    assert facts(nlp, text, date="2025-08-07")[-1][4] == metric


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plan noun heading the phrase, then a copula: the amount is the plan's
        ("Kenya said the fiscal deficit target is 4.9% of GDP.", "target"),
        ("The central bank's inflation goal remains 3% for the coming years.", "target"),
        ("Ghana's revenue target was 150 billion cedis.", "target"),
        # near-misses: the plan noun is no head ("target" modifies a quantity that is measured)
        ("The budget deficit was 4.9% of GDP last year.", "share"),
        ("Target Corp's revenue was $25 billion.", "level"),
    ],
)
def test_facts_plan_noun_then_copula(nlp: Language, text: str, kind: str) -> None:
    (first, *_) = facts(nlp, text, date="2025-08-07")
    assert first[1] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a projection told as a range the quantity is seen in
        ("The central bank said inflation is seen within a range of 2% to 4%.", "target"),
        ("Core inflation is seen in the range of 1.5% to 2.5%, the governor said.", "target"),
        ("Deposit growth is seen in a range of 8% to 10%, the bank said.", "target"),
        # near-misses: the range the quantity stayed in, and growth "seen in" a sector
        ("The central bank said inflation stayed within a range of 2% to 4%.", "level"),
        ("Growth was seen in exports, which rose 5%.", "change"),
    ],
)
def test_facts_seen_within_a_range(nlp: Language, text: str, kind: str) -> None:
    (first, *_) = facts(nlp, text, date="2025-08-07")
    assert first[1] == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with the thing an amount sizes, then its verb
        (
            "The Rs 2,400 crore issue opens for subscription on Tuesday.",
            [("Rs 2,400 crore", "level", "issue")],
        ),
        (
            "The 4.5 billion yuan metro extension opened to passengers in June.",
            [("4.5 billion yuan", "level", "metro extension")],
        ),
        # offerings and sukuk are one-off amounts sized by the value before them
        (
            "Halvorsen Energy said on Monday its $600 million offering was priced at $21 a share.",
            [("$600 million", "level", "offering"), ("$21 a share", "level", "offering")],
        ),
        ("Malaysia sold a RM3 billion sukuk on Tuesday.", [("RM3 billion", "level", "sukuk")]),
        # near-misses: a change noun after the amount; a quantity named before ("the consensus")
        ("The 5% rise surprised traders.", []),
        (
            "Profit of $3.7 billion beat the $3.5 billion consensus.",
            [("$3.7 billion", "level", "Profit"), ("$3.5 billion", "target", "Profit")],
        ),
    ],
)
def test_facts_amount_opening_the_phrase_it_sizes(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r[0], r[1], r[4]) for r in facts(nlp, text, date="2025-08-07")] == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # "those from/to/for ..." stands for the quantity of the clause before
        (
            "Remittances from Gulf workers grew 2.8%, while those from European workers rose 4%.",
            "Remittances",
        ),
        ("Shipments to Japan rose 5%, and those to Europe fell 2%.", "Shipments"),
        ("Prices for new homes rose 2%, while those for existing homes fell 1%.", "Prices"),
        # near-miss: a conjunction "that" before a place, no pronoun
        ("The ministry said that from January, tax revenue rose 3%.", "tax revenue"),
    ],
)
def test_facts_pronoun_those_from_to_for(nlp: Language, text: str, metric: str) -> None:
    assert facts(nlp, text, date="2025-08-07")[-1][4] == metric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # disbursing and allotting put the amount into what follows "to"/"for"
        (
            "The sovereign fund has disbursed $4 billion to housing projects this year.",
            ("$4 billion", "level", "housing projects"),
        ),
        (
            "The ministry will disburse $300 million for school meals next year.",
            ("$300 million", "target", "school meals"),
        ),
        (
            "The cabinet allotted $1.2 billion for flood defences in 2024.",
            ("$1.2 billion", "level", "flood defences"),
        ),
        # near-miss: a loan disbursed, its quantity named before the verb
        (
            "Loan disbursements rose 12% to $2 billion.",
            ("12%", "change", "Loan disbursements"),
        ),
    ],
)
def test_facts_disbursed_or_allotted_to_something(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    (first, *_) = facts(nlp, text, date="2025-08-07")
    assert (first[0], first[1], first[4]) == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a participle and its agent after the quantity that opens the statement
        ("LAGOS, Aug 6 - Taxes collected by the state rose 5% in the quarter.", "Taxes"),
        ("PRETORIA, Aug 6 - Levies paid by exporters fell 18% to $970 million.", "Levies"),
        # royalties and disbursements name quantities of their own
        ("Gold royalties amounted to $1.9 billion.", "Gold royalties"),
        ("Loan disbursements climbed 12% to $2 billion.", "Loan disbursements"),
        # near-miss: "by" inside the statement's own quantity, no participle before it
        ("Investment by private firms rose 5%.", "Investment"),
    ],
)
def test_facts_quantity_before_an_agent_and_royalties(
    nlp: Language, text: str, metric: str
) -> None:
    (first, *_) = facts(nlp, text, date="2025-08-07")
    assert first[4] == metric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "proportion of" with a long whole between it and the value
        (
            "The proportion of high-tech enterprises in the output value of "
            "above-designated-size industries reached 41.5 percent.",
            ("41.5 percent", "share", "high-tech enterprises"),
        ),
        (
            "The share of new-energy vehicles in the total sales of passenger cars of "
            "large-scale dealers rose to 52 percent.",
            ("52 percent", "share", "new-energy vehicles"),
        ),
        # near-miss: an amount of money between the "share of" and the value
        (
            "The share of services grew, and the output value of above-designated-size "
            "industries reached 3 billion yuan, up 8 percent.",
            ("3 billion yuan", "level", "output value of above-designated-size industries"),
        ),
    ],
)
def test_facts_proportion_of_a_part_in_a_long_whole(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    (first, *_) = facts(nlp, text, date="2025-08-07")
    assert (first[0], first[1], first[4]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage that places a group in a distribution names the group: no fact
        (
            "Inflation for the poorest 20% households slowed to 2.1% in October.",
            [("2.1%", "level")],
        ),
        (
            "Incomes of the top 10% of earners rose 6% in 2024.",
            [("6%", "change")],
        ),
        # near-misses: the rate of the highest bracket; a rank word with no percentage
        (
            "The government kept the top 45% tax rate in its October budget.",
            [("45%", "level")],
        ),
        (
            "Kestrel Bank said loans to its top clients rose 5% in October.",
            [("5%", "change")],
        ),
    ],
)
def test_facts_ranked_group_is_no_figure(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(r[0], r[1]) for r in facts(nlp, text, date="2025-11-14")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" + a word of a plan + a verb of spending: the verb names the amount
        (
            "Andes Copper targets output of 400,000 tonnes and plans to invest $2.5 billion.",
            ("$2.5 billion", "target", "invest"),
        ),
        (
            "Revenue rose 5% and the group will spend a further $800 million.",
            ("$800 million", "target", "spend"),
        ),
        # near-misses: a plan of the same quantity; a spending verb with its object
        (
            "Revenue rose 5% to $3 billion and will rise to $4 billion next year.",
            ("$4 billion", "target", "Revenue"),
        ),
        (
            "Profit rose 5% and it plans to spend $1 billion on new stores.",
            ("$1 billion", "target", "new stores"),
        ),
    ],
)
def test_facts_joined_plan_verb_names_the_amount(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    last = facts(nlp, text, date="2025-08-07")[-1]
    assert (last[0], last[1], last[4]) == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a percentage of a group, a copula or "had", and what the part is
        (
            "About 70 percent of the buyers were first-time homeowners, the agency said.",
            "first-time homeowners",
        ),
        ("Nearly 45% of rural households had internet access in 2023.", "internet access"),
        ("Over 60 percent of our tenants are now small firms rather than banks.", "small firms"),
        # a group with no lexicon phrase after "of", and no copula: the group
        ("Over 30 percent of our members voted for the merger.", "members"),
        # near-misses: a passive verb after the copula; the group stays the metric
        ("About 30% of the shares were owned by the state.", "shares"),
        ("About 45 percent of the fruit is now sold online.", "fruit"),
    ],
)
def test_facts_share_of_a_group_and_what_the_part_is(nlp: Language, text: str, metric: str) -> None:
    (first, *_) = facts(nlp, text, date="2025-08-07")
    assert (first[1], first[4]) == ("share", metric)


# A value opening its clause, then a perfect tense and a "by" date: measured then, not a plan.
PERFECT_AFTER: dict[str, tuple[str, list[tuple[str, str, str | None]]]] = {
    "had-been-spent": (
        "Rs 4.1 lakh crore had been spent on roads by September, the ministry said.",
        [("Rs 4.1 lakh crore", "level", "2025-09")],
    ),
    # near-miss: an obligation looks ahead
    "has-been-spent-then-has-to": (
        "Sh2.1 billion has been spent on roads by October. Sh3 billion has to be spent on roads "
        "by March.",
        [("Sh2.1 billion", "level", "2025-10"), ("Sh3 billion", "target", "2026-03")],
    ),
    # near-miss: a plan looks ahead
    "will-be-spent": (
        "Rs 2 lakh crore will be spent on roads by March.",
        [("Rs 2 lakh crore", "target", "2026-03")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PERFECT_AFTER.values(), ids=PERFECT_AFTER.keys())
def test_facts_perfect_tense_after_the_value_looks_back(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = facts(nlp, text, date="2025-11-14")
    assert [(row[0], row[1], row[6]) for row in found] == expected


# A dateline closed by a dash, a colon or the filing date in brackets ("LAGOS - ", "RIYADH: ",
# "KUALA LUMPUR (Nov 13): ") says where the story was filed: the city owns no figure, and the
# company named after it starts past the dash.
DATELINES: dict[str, tuple[str, list[Row]]] = {
    "dash": (
        "Lender profit rises\n\nLAGOS - Kestrel Bank Plc posted a net profit of N42 billion in "
        "the first half.",
        [("N42 billion", "level", "none", None, "net profit", "Kestrel Bank Plc", "2025-H1")],
    ),
    "date-in-brackets": (
        "Lender profit up\n\nKUALA LUMPUR (Nov 13): Perdana Banking Bhd posted a net profit of "
        "RM2.1 billion for the third quarter.",
        [("RM2.1 billion", "level", "none", None, "net profit", "Perdana Banking Bhd", "2025-Q3")],
    ),
    # near-misses: a spaced dash inside a name; a country in title case opening a line
    "dash-in-name": (
        "Bank profit up\n\nKestrel Holdings - Nigeria Plc posted a net profit of N42 billion in "
        "the first half.",
        [
            (
                "N42 billion",
                "level",
                "none",
                None,
                "net profit",
                "Kestrel Holdings - Nigeria Plc",
                "2025-H1",
            )
        ],
    ),
    "country-with-colon": (
        "Exports up\n\nMalaysia: exports rose 5 percent in October.",
        [("5 percent", "change", "increase", None, "exports", "Malaysia", "2025-10")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DATELINES.values(), ids=DATELINES.keys())
def test_facts_dateline_city_owns_nothing(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "The kingdom", like "the country", stands for the article's country; where the headline's
# nationality names it ("Saudi non-oil exports rise"), a country named as a partner is not it.
KINGDOMS: dict[str, tuple[str, list[Row]]] = {
    "kingdom": (
        "Saudi non-oil exports rise\n\nRIYADH: The kingdom's non-oil exports rose 22 percent in "
        "the second quarter. China remained Saudi Arabia's top trading partner.",
        [("22 percent", "change", "increase", None, "non-oil exports", "Saudi Arabia", "2025-Q2")],
    ),
    "country": (
        "Chinese exports rise\n\nBEIJING: The country's exports rose 5 percent in October. The "
        "United States remained China's top market.",
        [("5 percent", "change", "increase", None, "exports", "China", "2025-10")],
    ),
    # near-miss: the partner named, no other country in view
    "partner-own-figure": (
        "Saudi exports rise\n\nRIYADH: China's imports rose 5 percent in October.",
        [("5 percent", "change", "increase", None, "imports", "China", "2025-10")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), KINGDOMS.values(), ids=KINGDOMS.keys())
def test_facts_kingdom_is_the_headlines_country(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A nationality after a possessive ("the cement maker's Ghanaian operations", "its Zambian
# unit") says where the possessor's unit works: the unit's figure is the possessor's. Without
# the possessive ("Ghanaian cocoa exports") it is the country's.
POSSESSED_UNITS: dict[str, tuple[str, list[Row]]] = {
    "makers-operations": (
        "Cement maker profit up\n\nLAGOS - Okafor Cement Plc posted a net profit of N42 billion "
        "in the first half. The cement maker's Ghanaian operations contributed 18 percent of "
        "group revenue.",
        [
            ("N42 billion", "level", "none", None, "net profit", "Okafor Cement Plc", "2025-H1"),
            (
                "18 percent",
                "share",
                "none",
                None,
                "Ghanaian operations",
                "Okafor Cement Plc",
                "2025-H1",
            ),
        ],
    ),
    # near-miss: a nationality of no one's unit
    "country-exports": (
        "Exports up\n\nACCRA - Ghana's exports rose 8 percent in October. Ghanaian cocoa exports "
        "rose 12 percent.",
        [
            ("8 percent", "change", "increase", None, "exports", "Ghana", "2025-10"),
            ("12 percent", "change", "increase", None, "cocoa exports", "Ghana", "2025-10"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), POSSESSED_UNITS.values(), ids=POSSESSED_UNITS.keys())
def test_facts_possessed_unit_abroad_is_the_possessors(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "Data revenue at the group": a company noun right after the metric says whose it is;
# "economists at the lender" say where people work, and own nothing.
AT_THE_COMPANY: dict[str, tuple[str, list[Row]]] = {
    "revenue-at-the-group": (
        "Telco revenue up\n\nJOHANNESBURG - Vuma Group said its service revenue rose 18% in the "
        "third quarter. Its Zambian unit, Vuma Zambia Ltd, grew revenue by 40%. Data revenue at "
        "the group jumped 35%.",
        [
            ("18%", "change", "increase", None, "service revenue", "Vuma Group", "2025-Q3"),
            ("40%", "change", "increase", None, "revenue", "Vuma Zambia Ltd", "2025-Q3"),
            ("35%", "change", "increase", None, "Data revenue", "Vuma Group", "2025-Q3"),
        ],
    ),
    # near-miss: people at the bank forecast the economy
    "economists-at-the-lender": (
        "Bank profit up\n\nNAIROBI - Kestrel Bank Plc said its profit rose 9 percent. Kenya's "
        "economy is slowing. Economists at the lender said growth would slow to 4 percent.",
        [
            ("9 percent", "change", "increase", None, "profit", "Kestrel Bank Plc", None),
            ("4 percent", "target", "increase", None, "growth", "Kenya", None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), AT_THE_COMPANY.values(), ids=AT_THE_COMPANY.keys())
def test_facts_metric_at_the_company_is_its(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A central bank that says what a clause after it reports ("Bank Negara Malaysia said the
# services sector grew") reports its economy's figure; it owns the rates it sets and what it
# says of itself ("said it cut", "said its reserves").
BANK_REPORTS: dict[str, tuple[str, list[Row]]] = {
    "said-the-sector": (
        "Economy grows\n\nKUALA LUMPUR: Malaysia's economy expanded 5.2 percent in the third "
        "quarter. Bank Negara Malaysia said the services sector grew 5.0 percent.",
        [
            ("5.2 percent", "change", "increase", None, "economy", "Malaysia", "2025-Q3"),
            ("5.0 percent", "change", "increase", None, "services sector", "Malaysia", "2025-Q3"),
        ],
    ),
    "said-that": (
        "Economy grows\n\nMANILA - The Philippines' economy grew 4 percent in the third quarter. "
        "Bangko Sentral ng Pilipinas said that remittances rose 3.2 percent.",
        [
            ("4 percent", "change", "increase", None, "economy", "Philippines", "2025-Q3"),
            ("3.2 percent", "change", "increase", None, "remittances", "Philippines", "2025-Q3"),
        ],
    ),
    # near-misses: what the bank says of itself, a rate it sets
    "said-its": (
        "Economy grows\n\nKUALA LUMPUR: Malaysia's economy expanded 5.2 percent in the third "
        "quarter. Bank Negara Malaysia said its foreign reserves rose to US$120 billion.",
        [
            ("5.2 percent", "change", "increase", None, "economy", "Malaysia", "2025-Q3"),
            (
                "US$120 billion",
                "level",
                "none",
                None,
                "foreign reserves",
                "Bank Negara Malaysia",
                "2025-Q3",
            ),
        ],
    ),
    "said-it-cut": (
        "Rate cut\n\nNAIROBI - Kenya's inflation eased to 4.1 percent in October. The Central "
        "Bank of Kenya said it cut its benchmark rate to 9.25 percent.",
        [
            ("4.1 percent", "level", "none", None, "inflation", "Kenya", "2025-10"),
            (
                "9.25 percent",
                "level",
                "none",
                None,
                "benchmark rate",
                "Central Bank of Kenya",
                "2025-11-14",
            ),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BANK_REPORTS.values(), ids=BANK_REPORTS.keys())
def test_facts_central_bank_reports_its_economy(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "Output at state miner Codelco": the company after "at" owns the metric before it, past the
# lower-case noun that introduces it.
AT_DESCRIBED_COMPANY: dict[str, tuple[str, list[Row]]] = {
    "state-miner": (
        "Copper output falls\n\nSANTIAGO - Chile's copper production fell 3.1 percent in "
        "September. Output at state miner Codelco dropped 8 percent.",
        [
            ("3.1 percent", "change", "decrease", None, "copper production", "Chile", "2025-09"),
            ("8 percent", "change", "decrease", None, "Output", "Codelco", "2025-09"),
        ],
    ),
    "state-lender": (
        "Loans grow\n\nNAIROBI - Kenya's private sector credit grew 5 percent in September. "
        "Deposits at state lender Halvard Bank Plc rose 6 percent.",
        [
            ("5 percent", "change", "increase", None, "private sector credit", "Kenya", "2025-09"),
            ("6 percent", "change", "increase", None, "Deposits", "Halvard Bank Plc", "2025-09"),
        ],
    ),
    # near-miss: people at the company, the metric elsewhere in the sentence
    "workers-at": (
        "Copper output falls\n\nSANTIAGO - Chile's copper production fell 3.1 percent in "
        "September. Workers at state miner Codelco went on strike, and output fell 8 percent.",
        [
            ("3.1 percent", "change", "decrease", None, "copper production", "Chile", "2025-09"),
            ("8 percent", "change", "decrease", None, "output", "Chile", "2025-09"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), AT_DESCRIBED_COMPANY.values(), ids=AT_DESCRIBED_COMPANY.keys()
)
def test_facts_metric_at_a_described_company(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# The short name in brackets after a body that reports ("the Czech Statistical Office (CZSO)
# said") reports too, wherever the text repeats it ("CZSO data showed"); a company's short
# name owns what the company owns.
BRACKETED_SHORT_NAMES: dict[str, tuple[str, list[Row]]] = {
    "statistics-office": (
        "Czech inflation eases\n\nPRAGUE - Consumer prices in the Czech Republic rose 2.5 "
        "percent in October, the Czech Statistical Office (CZSO) said. CZSO data showed that "
        "food prices rose 4.1 percent.",
        [
            ("2.5 percent", "level", "none", None, "Consumer prices", "Czech Republic", "2025-10"),
            ("4.1 percent", "change", "increase", None, "food prices", "Czech Republic", "2025-10"),
        ],
    ),
    # near-miss: a company's short name
    "company": (
        "Power firm profit up\n\nNAIROBI - Kenya Power and Lighting Company (KPLC) said its net "
        "profit rose 95 percent. KPLC's electricity sales grew 5.5 percent.",
        [
            (
                "95 percent",
                "change",
                "increase",
                None,
                "net profit",
                "Kenya Power and Lighting Company",
                None,
            ),
            (
                "5.5 percent",
                "change",
                "increase",
                None,
                "electricity sales",
                "Kenya Power and Lighting Company",
                None,
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), BRACKETED_SHORT_NAMES.values(), ids=BRACKETED_SHORT_NAMES.keys()
)
def test_facts_bracketed_short_name_of_a_source(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A development zone or industrial park named like a body ("... Development Zone", "...
# Industrial Park") owns its economy's figures as a place does; a company does not.
ZONE_ECONOMIES: dict[str, tuple[str, list[Row]]] = {
    "zone-gdp": (
        "Zone output up\n\nThe Hefei Economic and Technological Development Zone achieved a "
        "regional GDP of 98.2 billion yuan in the first half.",
        [
            (
                "98.2 billion yuan",
                "level",
                "none",
                None,
                "regional GDP",
                "Hefei Economic and Technological Development Zone",
                "2025-H1",
            )
        ],
    ),
    # near-miss: a company speaks of the economy
    "company-on-economy": (
        "Chipmaker expects growth\n\nHalvard Semiconductor Co said the economy would grow 5 "
        "percent this year.",
        [("5 percent", "target", "increase", None, "economy", None, "2025")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ZONE_ECONOMIES.values(), ids=ZONE_ECONOMIES.keys())
def test_facts_zone_owns_its_economy(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "The zone's output" after a park or zone named like a body ("Longquan Science Park"): the
# zone, whatever its name ends in; "the city's" is still the city's.
ZONE_ANAPHORS: dict[str, tuple[str, list[Row]]] = {
    "park-called-zone": (
        "Park output up\n\nLongquan Science Park actually utilized foreign capital of 1.7 "
        "billion U.S. dollars in the first ten months, up 9.8 percent. The zone's high-tech "
        "industry output accounted for 72.5 percent of the total. Chengdu's foreign trade rose "
        "4 percent.",
        [
            (
                "1.7 billion U.S. dollars",
                "level",
                "none",
                None,
                "actually utilized foreign capital",
                "Longquan Science Park",
                "2025-01/2025-10",
            ),
            (
                "9.8 percent",
                "change",
                "increase",
                None,
                "actually utilized foreign capital",
                "Longquan Science Park",
                "2025-01/2025-10",
            ),
            (
                "72.5 percent",
                "share",
                "none",
                None,
                "high-tech industry output",
                "Longquan Science Park",
                "2025-01/2025-10",
            ),
            (
                "4 percent",
                "change",
                "increase",
                None,
                "foreign trade",
                "Chengdu",
                "2025-01/2025-10",
            ),
        ],
    ),
    # near-miss: "the city" after a city
    "city": (
        "Output up\n\nChengdu's industrial output rose 6 percent in the first ten months. The "
        "city's high-tech industry output accounted for 42.5 percent of the total.",
        [
            (
                "6 percent",
                "change",
                "increase",
                None,
                "industrial output",
                "Chengdu",
                "2025-01/2025-10",
            ),
            (
                "42.5 percent",
                "share",
                "none",
                None,
                "high-tech industry output",
                "Chengdu",
                "2025-01/2025-10",
            ),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ZONE_ANAPHORS.values(), ids=ZONE_ANAPHORS.keys())
def test_facts_the_zone_stands_for_a_park(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A short name in brackets right after a name ("Petroliam Nasional Bhd (Petronas)") stands for
# it wherever the text uses it, though a longer name holds it ("Petronas Chemicals Group Bhd");
# a place in brackets after a company is no name of it.
BRACKET_ALIASES: dict[str, tuple[str, list[Row]]] = {
    "short-name": (
        "Petronas profit falls 30%\n\nKUALA LUMPUR (Nov 26): Petroliam Nasional Bhd (Petronas) "
        "posted a net profit of RM10.6 billion for the third quarter. Its listed unit Petronas "
        "Chemicals Group Bhd swung to a loss of RM400 million.",
        [
            ("30%", "change", "decrease", None, "profit", "Petroliam Nasional Bhd", "2025-Q3"),
            (
                "RM10.6 billion",
                "level",
                "none",
                None,
                "net profit",
                "Petroliam Nasional Bhd",
                "2025-Q3",
            ),
            (
                "RM400 million",
                "level",
                "none",
                None,
                "loss",
                "Petronas Chemicals Group Bhd",
                "2025-Q3",
            ),
        ],
    ),
    # near-miss: a place in brackets
    "place": (
        "Bank profit up\n\nNAIROBI - Halvard Bank Plc (Kenya) posted a net profit of Sh4 billion "
        "in the third quarter. Kenya's economy grew 5 percent.",
        [
            ("Sh4 billion", "level", "none", None, "net profit", "Halvard Bank Plc", "2025-Q3"),
            ("5 percent", "change", "increase", None, "economy", "Kenya", "2025-Q3"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), BRACKET_ALIASES.values(), ids=BRACKET_ALIASES.keys())
def test_facts_bracketed_short_name_stands_for_the_name(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "The country's money supply" where the text never names the country is no company's, though
# the text names one later; "the company's" is the company's, and a named country is "the
# country".
UNNAMED_COUNTRIES: dict[str, tuple[str, list[Row]]] = {
    "unnamed": (
        "Bank lending grows\n\nMANILA - Bank lending grew 11.5 percent in September. The "
        "country's money supply grew 7.1 percent, the central bank said. Halvard Unibank, Inc. "
        "said its net income climbed 9 percent.",
        [
            (
                "11.5 percent",
                "change",
                "increase",
                None,
                "Bank lending",
                "Halvard Unibank, Inc.",
                "2025-09",
            ),
            ("7.1 percent", "change", "increase", None, "money supply", None, "2025-09"),
            (
                "9 percent",
                "change",
                "increase",
                None,
                "net income",
                "Halvard Unibank, Inc.",
                "2025-09",
            ),
        ],
    ),
    # near-misses: the company's; a named country
    "company": (
        "Bank lending grows\n\nMANILA - Halvard Unibank, Inc. said its net income climbed 9 "
        "percent. The company's loans grew 7.1 percent.",
        [
            ("9 percent", "change", "increase", None, "net income", "Halvard Unibank, Inc.", None),
            ("7.1 percent", "change", "increase", None, "loans", "Halvard Unibank, Inc.", None),
        ],
    ),
    "named": (
        "Bank lending grows\n\nMANILA - Lending in the Philippines grew 11.5 percent in "
        "September. The country's money supply grew 7.1 percent.",
        [
            ("11.5 percent", "change", "increase", None, "Lending", "Philippines", "2025-09"),
            ("7.1 percent", "change", "increase", None, "money supply", "Philippines", "2025-09"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), UNNAMED_COUNTRIES.values(), ids=UNNAMED_COUNTRIES.keys()
)
def test_facts_unnamed_country_is_no_companys(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "Skoda Auto, a unit of Germany's Volkswagen, produced ..., up 4%": the unit named before its
# parent owns its figures; "the country's" in a story that names no country leaves a figure to
# no one.
NAMED_UNITS: dict[str, tuple[str, list[Row]]] = {
    "unit-of": (
        "Czech car output rises\n\nPRAGUE - Car production, the country's biggest industry, rose "
        "6.2% in September. Skoda Auto, a unit of Germany's Volkswagen, produced 95,000 cars, up "
        "4%.",
        [
            ("6.2%", "change", "increase", None, "Car production", None, "2025-09"),
            ("4%", "change", "increase", None, "cars", "Skoda Auto", "2025-09"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), NAMED_UNITS.values(), ids=NAMED_UNITS.keys())
def test_facts_unit_named_before_its_parent(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "State-run Coal India Ltd": the company, not India, owns the figures of a story on it, the
# headline's short name included.
STATE_RUN: dict[str, tuple[str, list[Row]]] = {
    "state-run": (
        "Coal India profit falls 32%\n\nKOLKATA: State-run Coal India Ltd reported a 32% "
        "decline in net profit for the September quarter. The PSU miner's production fell 6.5%.",
        [
            ("32%", "change", "decrease", None, "profit", "Coal India Ltd", "2025-Q3"),
            ("32%", "change", "decrease", None, "net profit", "Coal India Ltd", "2025-Q3"),
            ("6.5%", "change", "decrease", None, "production", "Coal India Ltd", "2025-Q3"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), STATE_RUN.values(), ids=STATE_RUN.keys())
def test_facts_state_run_company_named_after_a_country(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# Money that flows into a place ("remittances to Egypt", "investment from China into
# Indonesia") is the recipient's; exports to a place stay the exporter's.
INFLOWS: dict[str, tuple[str, list[Row]]] = {
    "remittances-to": (
        "Remittances hit record\n\nCAIRO - Saudi Arabia's economy grew 4 percent. Total "
        "remittances to Egypt hit a record $36.5 billion, up 82 percent.",
        [
            ("4 percent", "change", "increase", None, "economy", "Saudi Arabia", None),
            ("$36.5 billion", "level", "none", None, "Total remittances", "Egypt", None),
            ("82 percent", "change", "increase", None, "Total remittances", "Egypt", None),
        ],
    ),
    "from-into": (
        "FDI rises\n\nJAKARTA - Investment from China into Indonesia rose 25 percent to $8.2 "
        "billion in the first nine months.",
        [
            (
                "25 percent",
                "change",
                "increase",
                None,
                "Investment",
                "Indonesia",
                "2025-01/2025-09",
            ),
            ("$8.2 billion", "level", "none", None, "Investment", "Indonesia", "2025-01/2025-09"),
        ],
    ),
    # near-miss: exports to a partner
    "exports-to": (
        "Exports rise\n\nNAIROBI - Kenya's economy grew 5 percent. Exports to Uganda rose 12 "
        "percent to Sh142 billion in the first half.",
        [
            ("5 percent", "change", "increase", None, "economy", "Kenya", "2025-H1"),
            ("12 percent", "change", "increase", None, "Exports", "Kenya", "2025-H1"),
            ("Sh142 billion", "level", "none", None, "Exports", "Kenya", "2025-H1"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), INFLOWS.values(), ids=INFLOWS.keys())
def test_facts_inflow_is_the_recipients(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A "respectively" list of places whose names take "the" ("in KwaZulu-Natal and the Eastern
# Cape") gives each value its place.
RESPECTIVE_WITH_THE: dict[str, tuple[str, list[Row]]] = {
    "and-the": (
        "Jobs fall\n\nPRETORIA - The unemployment rates in KwaZulu-Natal and the Eastern Cape "
        "were 29.5 percent and 38.1 percent, respectively, in the third quarter.",
        [
            (
                "29.5 percent",
                "level",
                "none",
                None,
                "unemployment rates",
                "KwaZulu-Natal",
                "2025-Q3",
            ),
            (
                "38.1 percent",
                "level",
                "none",
                None,
                "unemployment rates",
                "Eastern Cape",
                "2025-Q3",
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RESPECTIVE_WITH_THE.values(), ids=RESPECTIVE_WITH_THE.keys()
)
def test_facts_respective_places_with_the(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A metric a company possesses ("the company's sales in India") is the company's; the place
# after "in" is its market. Unpossessed ("Steel demand in India"), the place owns it.
POSSESSED_MARKETS: dict[str, tuple[str, list[Row]]] = {
    "company-sales-in": (
        "Steel output up\n\nMUMBAI: Halvard Steel Ltd said its crude steel output rose 7% in the "
        "September quarter. The company's sales in India grew 9%.",
        [
            (
                "7%",
                "change",
                "increase",
                None,
                "crude steel output",
                "Halvard Steel Ltd",
                "2025-Q3",
            ),
            ("9%", "change", "increase", None, "sales", "Halvard Steel Ltd", "2025-Q3"),
        ],
    ),
    # near-miss: demand in the country, no one's possessed
    "demand-in": (
        "Steel output up\n\nMUMBAI: Halvard Steel Ltd said its crude steel output rose 7% in the "
        "September quarter. Steel demand in India grew 9%.",
        [
            (
                "7%",
                "change",
                "increase",
                None,
                "crude steel output",
                "Halvard Steel Ltd",
                "2025-Q3",
            ),
            ("9%", "change", "increase", None, "Steel demand", "India", "2025-Q3"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), POSSESSED_MARKETS.values(), ids=POSSESSED_MARKETS.keys()
)
def test_facts_possessed_metric_in_a_market(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A fiscal code or a quarter of a split year takes the year-end the text gives: the market's
# (Pakistan, Egypt: June years, found by the currency or the country), a quarter told with
# the day it ended ("1QFY2026, the quarter ended Sept 30": a June year), a stated December
# year-end; else March, India's.
FISCAL_YEAR_ENDS: dict[str, tuple[str, list[Row]]] = {
    "pakistan-dollars-4m": (
        "Current account in deficit\n\nISLAMABAD, Nov 14: Pakistan's current account posted a deficit of $733 million in 4MFY26, the central bank said.",
        [
            ("$733 million", "level", "none", None, "deficit", "Pakistan", "2025-07/2025-10"),
        ],
    ),
    "egypt-quarter-of-split-year": (
        "Budget gap narrows\n\nCAIRO, Nov 2: Egypt's primary surplus reached EGP 170 billion in the first quarter of fiscal year 2025/26, the finance ministry said.",
        [
            ("EGP 170 billion", "level", "none", None, "primary surplus", "Egypt", "2025-Q3"),
        ],
    ),
    "india-split-year-near-miss": (
        "Tax mop-up rises\n\nNEW DELHI, Nov 3: Direct tax collections stood at Rs 7.4 lakh crore in the first four months of FY2025-26, the finance ministry said.",
        [
            (
                "Rs 7.4 lakh crore",
                "level",
                "none",
                None,
                "Direct tax collections",
                None,
                "2025-04/2025-07",
            ),
        ],
    ),
    "code-with-quarter-ended": (
        "Hexacore profit up\n\nKUALA LUMPUR, Nov 13: Hexacore Foods Bhd posted a net profit of RM48.2 million for 1QFY2026, the quarter ended Sept 30, 2025.",
        [
            (
                "RM48.2 million",
                "level",
                "none",
                None,
                "net profit",
                "Hexacore Foods Bhd",
                "2025-Q3",
            ),
        ],
    ),
    "code-without-quarter-ended": (
        "Hexacore profit up\n\nKUALA LUMPUR, Nov 13: Hexacore Foods Bhd posted a net profit of RM48.2 million for 1QFY2026, it said on Thursday.",
        [
            (
                "RM48.2 million",
                "level",
                "none",
                None,
                "net profit",
                "Hexacore Foods Bhd",
                "2025-Q2",
            ),
        ],
    ),
    "first-quarter-ended": (
        "Hexacore profit up\n\nKUALA LUMPUR, Nov 13: Hexacore Foods Bhd posted a net profit of RM48.2 million in the first quarter ended Sept 30.",
        [
            (
                "RM48.2 million",
                "level",
                "none",
                None,
                "net profit",
                "Hexacore Foods Bhd",
                "2025-Q3",
            ),
        ],
    ),
    "december-year-end": (
        "Telco profit up\n\nKUALA LUMPUR, Nov 27: Serata Telecom Bhd's net profit rose 12% to RM310 million in 3QFY2025. The group's financial year ends in December.",
        [
            ("12%", "change", "increase", None, "net profit", "Serata Telecom Bhd", "2025-Q3"),
            ("RM310 million", "level", "none", None, "net profit", "Serata Telecom Bhd", "2025-Q3"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), FISCAL_YEAR_ENDS.values(), ids=FISCAL_YEAR_ENDS.keys()
)
def test_facts_fiscal_year_ends(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A year-back opening shifts the period in view: the months the paragraph is on, not the year
# of the budget a share is of ("36.5 per cent of the budget estimate for FY26"); when it names
# its unit ("the year-ago month", "the same month last year"), the month in view, not the span
# told before it.
YEAR_BACK_IN_VIEW: dict[str, tuple[str, list[Row]]] = {
    "same-period-after-budget-year": (
        "Deficit widens\n\nNEW DELHI, Oct 31: The Centre's fiscal deficit for April-September stood at Rs 5.73 lakh crore, 36.5 per cent of the budget estimate for FY26. In the same period of the previous year, the deficit was Rs 4.75 lakh crore.",
        [
            (
                "Rs 5.73 lakh crore",
                "level",
                "none",
                None,
                "fiscal deficit",
                None,
                "2025-04/2025-09",
            ),
            # the share is of the months the deficit is told over, not the budget's year
            ("36.5 per cent", "share", "none", None, "fiscal deficit", None, "2025-04/2025-09"),
            ("Rs 4.75 lakh crore", "level", "none", None, "deficit", None, "2024-04/2024-09"),
        ],
    ),
    "same-period-after-share-of-year": (
        "Exports climb\n\nNEW DELHI, Oct 31: Engineering goods made up 26 per cent of exports in FY25. In the same period of the previous year, they were Rs 8.1 lakh crore.",
        [
            ("26 per cent", "share", "none", None, "Engineering goods", None, "FY2025"),
            ("Rs 8.1 lakh crore", "level", "none", None, "Engineering goods", None, "FY2024"),
        ],
    ),
    "year-ago-month-after-span": (
        "Car sales climb\n\nNEW DELHI, Nov 1: Sales in April-October stood at Rs 95,000 crore. In October, sales were Rs 15,400 crore.\nIn the year-ago month, sales were Rs 13,200 crore.",
        [
            ("Rs 95,000 crore", "level", "none", None, "Sales", None, "2025-04/2025-10"),
            ("Rs 15,400 crore", "level", "none", None, "sales", None, "2025-10"),
            ("Rs 13,200 crore", "level", "none", None, "sales", None, "2024-10"),
        ],
    ),
    "same-month-after-span": (
        "Exports climb\n\nJAKARTA, Nov 3: Exports in January-September totalled $209.8 billion. September exports were $24.7 billion. In the same month last year, exports were $22.1 billion.",
        [
            ("$209.8 billion", "level", "none", None, "Exports", None, "2025-01/2025-09"),
            ("$24.7 billion", "level", "none", None, "exports", None, "2025-09"),
            ("$22.1 billion", "level", "none", None, "exports", None, "2024-09"),
        ],
    ),
    "year-ago-span-stays": (
        "Exports climb\n\nJAKARTA, Nov 3: Exports in January-September totalled $209.8 billion. A year earlier, exports were $192.1 billion.",
        [
            ("$209.8 billion", "level", "none", None, "Exports", None, "2025-01/2025-09"),
            ("$192.1 billion", "level", "none", None, "exports", None, "2024-01/2024-09"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), YEAR_BACK_IN_VIEW.values(), ids=YEAR_BACK_IN_VIEW.keys()
)
def test_facts_year_back_of_the_period_in_view(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "(in) the quarter" where no quarter was named takes the quarter the month in view closes
# (September: July-September); a month inside a quarter does not give it.
QUARTER_CLOSED_IN_VIEW: dict[str, tuple[str, list[Row]]] = {
    "quarter-closed-by-month": (
        "Carmaker output\n\nJAKARTA, Oct 10: Sentosa Motor's car sales rose 3 percent in September. The company sold cars worth $450 million in the quarter.",
        [
            ("3 percent", "change", "increase", None, "car sales", "Sentosa Motor", "2025-09"),
            ("$450 million", "level", "none", None, "cars", "Sentosa Motor", "2025-Q3"),
        ],
    ),
    "quarter-not-closed-by-month": (
        "Carmaker output\n\nJAKARTA, Sept 10: Sentosa Motor's car sales rose 3 percent in August. The company sold cars worth $450 million in the quarter.",
        [
            ("3 percent", "change", "increase", None, "car sales", "Sentosa Motor", "2025-08"),
            ("$450 million", "level", "none", None, "cars", "Sentosa Motor", "2025-08"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), QUARTER_CLOSED_IN_VIEW.values(), ids=QUARTER_CLOSED_IN_VIEW.keys()
)
def test_facts_quarter_closed_by_the_month_in_view(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "In 12 months, ..." opening a sentence after a monthly figure: the rolling year to the month in
# view, dating its sentence only; "within 12 months" looks ahead and is no span told.
ROLLING_YEAR: dict[str, tuple[str, list[Row]]] = {
    "rolling-year-opening": (
        "Fiscal balance\n\nSANTIAGO, Nov 6: Chile's central government ran a deficit of 820 billion pesos in September, the Budget Office said. In 12 months, the deficit reached 2.1% of GDP. Gross debt stood at 41.7% of GDP.",
        [
            ("820 billion pesos", "level", "none", None, "deficit", "Chile", "2025-09"),
            ("2.1%", "share", "none", None, "deficit", "Chile", "2024-10/2025-09"),
            ("41.7%", "share", "none", None, "Gross debt", "Chile", "2025-09"),
        ],
    ),
    "rolling-year-twelve": (
        "Primary deficit\n\nBRASILIA, Nov 5: Brazil's central government posted a primary deficit of 14.5 billion reais in September. In twelve months, the deficit equals 0.4% of GDP.",
        [
            ("14.5 billion reais", "level", "none", None, "primary deficit", "Brazil", "2025-09"),
            ("0.4%", "share", "none", None, "deficit", "Brazil", "2024-10/2025-09"),
        ],
    ),
    "within-twelve-months-near-miss": (
        "Primary deficit\n\nBRASILIA, Nov 5: Brazil's central government posted a primary deficit of 14.5 billion reais in September. The deficit is expected to reach 0.6% of GDP within 12 months.",
        [
            ("14.5 billion reais", "level", "none", None, "primary deficit", "Brazil", "2025-09"),
            ("0.6%", "target", "none", None, "deficit", "Brazil", None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROLLING_YEAR.values(), ids=ROLLING_YEAR.keys())
def test_facts_rolling_year_of_a_monthly_statistic(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A sentence opening "During the period," looks back to the span of months told before, not to
# the last month named since; with no such opening the month in view goes on.
THE_PERIOD_OPENING: dict[str, tuple[str, list[Row]]] = {
    "during-the-period-after-month": (
        "Trade figures\n\nKUALA LUMPUR, Nov 18: Malaysia's exports in January-October rose 4.5 per cent. In October, exports reached RM138 billion.\n\nDuring the period, imports rose 6.1 per cent.",
        [
            ("4.5 per cent", "change", "increase", None, "exports", "Malaysia", "2025-01/2025-10"),
            ("RM138 billion", "level", "none", None, "exports", "Malaysia", "2025-10"),
            ("6.1 per cent", "change", "increase", None, "imports", "Malaysia", "2025-01/2025-10"),
        ],
    ),
    "in-the-period-after-month": (
        "Remittances\n\nMANILA, Nov 15: Cash remittances totaled $26.1 billion in the first nine months. In September, they were $2.89 billion. In the period, land-based workers sent $20.9 billion.",
        [
            ("$26.1 billion", "level", "none", None, "Cash remittances", None, "2025-01/2025-09"),
            ("$2.89 billion", "level", "none", None, "Cash remittances", None, "2025-09"),
            ("$20.9 billion", "level", "none", None, "land-based workers", None, "2025-01/2025-09"),
        ],
    ),
    "no-period-opening-near-miss": (
        "Trade figures\n\nKUALA LUMPUR, Nov 18: Malaysia's exports in January-October rose 4.5 per cent. In October, exports reached RM138 billion. Imports rose 6.1 per cent.",
        [
            ("4.5 per cent", "change", "increase", None, "exports", "Malaysia", "2025-01/2025-10"),
            ("RM138 billion", "level", "none", None, "exports", "Malaysia", "2025-10"),
            ("6.1 per cent", "change", "increase", None, "Imports", "Malaysia", "2025-10"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), THE_PERIOD_OPENING.values(), ids=THE_PERIOD_OPENING.keys()
)
def test_facts_the_period_opening_takes_the_span(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "the first half of November" before its value is that half, not the month it names; "the
# second half of the month" is of the month in view; "the first half of 2025" stays the year's.
HALF_OF_A_MONTH_BEFORE: dict[str, tuple[str, list[Row]]] = {
    "half-of-month-before-value": (
        "Early exports\n\nSEOUL, Nov 14: Exports in the first half of November rose 4.1 percent, the customs agency said.",
        [
            ("4.1 percent", "change", "increase", None, "Exports", None, "2025-11-01/2025-11-15"),
        ],
    ),
    "half-of-the-month": (
        "Early exports\n\nSEOUL, Nov 14: Korea's exports rose 2.3 percent in October. Chip exports rose 12 percent in the second half of the month.",
        [
            ("2.3 percent", "change", "increase", None, "exports", "Korea", "2025-10"),
            (
                "12 percent",
                "change",
                "increase",
                None,
                "Chip exports",
                "Korea",
                "2025-10-16/2025-10-31",
            ),
        ],
    ),
    "half-of-year-near-miss": (
        "Early exports\n\nSEOUL, Nov 14: Exports in the first half of 2025 rose 4.1 percent, the customs agency said.",
        [
            ("4.1 percent", "change", "increase", None, "Exports", None, "2025-H1"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), HALF_OF_A_MONTH_BEFORE.values(), ids=HALF_OF_A_MONTH_BEFORE.keys()
)
def test_facts_half_of_a_month_before_its_value(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A value its clause calls the calendar year's ("calendar-year inflation") is of that year (a
# forecast's the one running); an amount called annual with no year named ("an annual surplus
# of $110 billion") is not the month in view; an annual rate is still the month's reading.
CALENDAR_AND_ANNUAL: dict[str, tuple[str, list[Row]]] = {
    "calendar-year-forecast": (
        "Prices ease\n\nPRAGUE, Nov 10: Czech consumer prices rose 2.5% year on year in October. The central bank sees calendar-year inflation at 2.4%.",
        [
            ("2.5%", "level", "none", None, "consumer prices", None, "2025-10"),
            ("2.4%", "target", "none", None, "calendar-year inflation", None, "2025"),
        ],
    ),
    "forecast-no-calendar-year-near-miss": (
        "Prices ease\n\nPRAGUE, Nov 10: Czech consumer prices rose 2.5% year on year in October. The central bank sees inflation at 2.4%.",
        [
            ("2.5%", "level", "none", None, "consumer prices", None, "2025-10"),
            ("2.4%", "target", "none", None, "inflation", None, None),
        ],
    ),
    "annual-amount-after-month": (
        "Trade surplus\n\nRIYADH, Nov 12: Saudi Arabia's merchandise exports rose 6.2 percent in September. The kingdom runs an annual surplus of $110 billion on goods trade.",
        [
            (
                "6.2 percent",
                "change",
                "increase",
                None,
                "merchandise exports",
                "Saudi Arabia",
                "2025-09",
            ),
            ("$110 billion", "level", "none", None, "annual surplus", "Saudi Arabia", None),
        ],
    ),
    "monthly-amount-near-miss": (
        "Trade surplus\n\nRIYADH, Nov 12: Saudi Arabia's merchandise exports rose 6.2 percent in September. The kingdom ran a surplus of $9 billion on goods trade.",
        [
            (
                "6.2 percent",
                "change",
                "increase",
                None,
                "merchandise exports",
                "Saudi Arabia",
                "2025-09",
            ),
            ("$9 billion", "level", "none", None, "surplus", "Saudi Arabia", "2025-09"),
        ],
    ),
    "annual-rate-keeps-month": (
        "Prices ease\n\nPRAGUE, Nov 10: Czech inflation data for October were released on Monday. Annual inflation eased to 2.5%, the statistics office said.",
        [
            ("2.5%", "level", "none", None, "Annual inflation", None, "2025-10"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), CALENDAR_AND_ANNUAL.values(), ids=CALENDAR_AND_ANNUAL.keys()
)
def test_facts_calendar_year_and_annual_amounts(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# Months of a fiscal year ("July-October of FY2025-26", "Jul-Oct of FY26") are those months of
# the year by the year-end of the market (June in Bangladesh and Pakistan, March in India).
MONTHS_OF_A_FISCAL_YEAR: dict[str, tuple[str, list[Row]]] = {
    "months-of-split-year-bangladesh": (
        "Exports rise\n\nDHAKA, Nov 4: Bangladesh's export earnings rose 5.6 percent to $16.2 billion in July-October of FY2025-26, the Export Promotion Bureau said.",
        [
            (
                "5.6 percent",
                "change",
                "increase",
                None,
                "export earnings",
                "Bangladesh",
                "2025-07/2025-10",
            ),
            (
                "$16.2 billion",
                "level",
                "none",
                None,
                "export earnings",
                "Bangladesh",
                "2025-07/2025-10",
            ),
        ],
    ),
    "months-of-short-year-pakistan": (
        "Remittances rise\n\nKARACHI, Nov 10: Pakistan received workers' remittances of $12.9 billion in Jul-Oct of FY26, the central bank said.",
        [
            ("$12.9 billion", "level", "none", None, "remittances", "Pakistan", "2025-07/2025-10"),
        ],
    ),
    "months-of-split-year-india": (
        "Exports rise\n\nNEW DELHI, Nov 14: India's merchandise exports stood at Rs 22.4 lakh crore in April-October of FY2025-26, the commerce ministry said.",
        [
            (
                "Rs 22.4 lakh crore",
                "level",
                "none",
                None,
                "merchandise exports",
                "India",
                "2025-04/2025-10",
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), MONTHS_OF_A_FISCAL_YEAR.values(), ids=MONTHS_OF_A_FISCAL_YEAR.keys()
)
def test_facts_months_of_a_fiscal_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A Japanese company's "full-year" results or forecast are of its fiscal year to March, which
# the text need not state; the economy's full year stays the calendar's.
JAPANESE_FULL_YEAR: dict[str, tuple[str, list[Row]]] = {
    "japanese-company-full-year": (
        "Carmaker forecast\n\nTOKYO, Nov 5: Hoshino Motor Corp raised its full-year operating profit forecast to 3.4 trillion yen, the carmaker said.",
        [
            (
                "3.4 trillion yen",
                "target",
                "none",
                None,
                "operating profit",
                "Hoshino Motor Corp",
                "FY2026",
            ),
        ],
    ),
    "japanese-economy-full-year-near-miss": (
        "Growth outlook\n\nTOKYO, Nov 5: Japan's government expects full-year economic growth of 1.1 percent, with exports worth 100 trillion yen.",
        [
            ("1.1 percent", "target", "increase", None, "economic growth", "Japan", "2025"),
            ("100 trillion yen", "target", "none", None, "exports", "Japan", "2025"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), JAPANESE_FULL_YEAR.values(), ids=JAPANESE_FULL_YEAR.keys()
)
def test_facts_japanese_company_full_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A forecaster's ratio to GDP is the economy's: forecasters own no figures (the guideline).
RATIO_TO_GDP: dict[str, tuple[str, list[Row]]] = {
    "treasury-expects": (
        "Deficit widens\n\nLIMA, Nov 5: Peru's fiscal deficit was 2.9 billion soles in "
        "September. The Treasury expects the deficit to reach 0.6% of GDP next year.",
        [
            ("2.9 billion soles", "level", "none", None, "fiscal deficit", "Peru", "2025-09"),
            ("0.6%", "target", "none", None, "deficit", "Peru", "2026"),
        ],
    ),
    # near-miss: a company's ratio to its own revenue stays the company's
    "company-revenue": (
        "Kestrel Holdings expects its deficit to narrow to 2% of revenue next year.",
        [("2%", "target", "none", None, "deficit", "Kestrel Holdings", "2026")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), RATIO_TO_GDP.values(), ids=RATIO_TO_GDP.keys())
def test_facts_forecaster_of_a_ratio_to_gdp_owns_nothing(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


NATIONAL_SECTORS: dict[str, tuple[str, list[Row]]] = {
    # the banks of a nationality the text never names as a country: no company's
    "unnamed-country": (
        "Bank loans grow\n\nMANILA, March 3, 2025 - Philippine banks' loans rose 10% in January. "
        "Harlow Bank Corp said its lending grew faster.",
        [("10%", "change", "increase", None, "loans", None, "2025-01")],
    ),
    "named-country": (
        "Deposits climb\n\nNAIROBI, June 3, 2025 - Kenya's lenders had a strong year. Kenyan "
        "banks' deposits grew 8% last year. Tamsin Group said it gained market share.",
        [("8%", "change", "increase", None, "deposits", "Kenya", "2024")],
    ),
    # near-miss: the banks of a company
    "its-banks": (
        "Deposits climb\n\nNAIROBI, June 3, 2025 - Tamsin Group said deposits rose. Its banks' "
        "deposits grew 8% last year.",
        [("8%", "change", "increase", None, "deposits", "Tamsin Group", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), NATIONAL_SECTORS.values(), ids=NATIONAL_SECTORS.keys()
)
def test_facts_sector_of_a_nationality(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text) == expected


ELLIPTIC_POSSESSIVES: dict[str, tuple[str, list[Row]]] = {
    # possessors listed before as many values, the last one's noun left out: in order
    "were": (
        "Provincial jobless rates\n\nPRETORIA, May 13, 2025 - Limpopo's unemployment rate and "
        "the Free State's were 31.2 percent and 35.4 percent in the first quarter.",
        [
            ("31.2 percent", "level", "none", None, "unemployment rate", "Limpopo", "2025-Q1"),
            ("35.4 percent", "level", "none", None, "unemployment rate", "Free State", "2025-Q1"),
        ],
    ),
    "stood-at": (
        "State inflation\n\nSAO PAULO, June 10, 2025 - Parana's inflation rate and Santa "
        "Catarina's stood at 4.1% and 4.9% in May.",
        [
            ("4.1%", "level", "none", None, "inflation rate", "Parana", "2025-05"),
            ("4.9%", "level", "none", None, "inflation rate", "Santa Catarina", "2025-05"),
        ],
    ),
    # near-miss: each possessor before its own value
    "own-values": (
        "Provincial jobless rates\n\nPRETORIA, May 13, 2025 - Limpopo's unemployment rate rose to "
        "31.2 percent and the Free State's was 35.4 percent in the first quarter.",
        [
            ("31.2 percent", "level", "none", None, "unemployment rate", "Limpopo", "2025-Q1"),
            ("35.4 percent", "level", "none", None, "unemployment rate", "Free State", "2025-Q1"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), ELLIPTIC_POSSESSIVES.values(), ids=ELLIPTIC_POSSESSIVES.keys()
)
def test_facts_elliptic_possessives_own_values_in_order(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text) == expected


HEADLINE_ORIGINS: dict[str, tuple[str, list[Row]]] = {
    # a nationality before an inflow and "into"/"in" is where the money comes from
    "fdi-into": (
        "Korean FDI into Laos jumps\n\nVIENTIANE, March 3, 2025 - Korean firms led new "
        "projects. Foreign direct investment into the country rose 12% to $2 billion last year, "
        "Laos's planning ministry said.",
        [
            ("12%", "change", "increase", None, "Foreign direct investment", "Laos", "2024"),
            ("$2 billion", "level", "none", None, "Foreign direct investment", "Laos", "2024"),
        ],
    ),
    "investment-in": (
        "Thai investment in Cambodia rises\n\nPHNOM PENH, March 3, 2025 - Foreign investment "
        "into the country rose 9% last year, Cambodia's investment board said.",
        [("9%", "change", "increase", None, "Foreign investment", "Cambodia", "2024")],
    ),
    # near-miss: the nationality owns the inflows; the country they come from owns none
    "own-inflows": (
        "Philippine remittances rise\n\nMANILA, Feb 14, 2025 - Money sent home from the United "
        "States rose 5% in 2024. Inflows into the country grew 3% to $38 billion, the central "
        "bank said.",
        [
            ("5%", "change", "increase", None, "Money", None, "2024"),
            ("3%", "change", "increase", None, "Inflows", None, "2024"),
            ("$38 billion", "level", "none", None, "Inflows", None, "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), HEADLINE_ORIGINS.values(), ids=HEADLINE_ORIGINS.keys()
)
def test_facts_headline_nationality_of_an_inflow_is_its_origin(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text) == expected


PLACES_OF_WORK: dict[str, tuple[str, list[str | None]]] = {
    # the place where the senders of an inflow work or live owns none of it
    "working-in": (
        "Egypt remittances climb\n\nCAIRO, Feb 20, 2025 - Remittances from Egyptians working in "
        "Saudi Arabia rose 8% to $5 billion in 2024, Egypt's central bank said.",
        ["Egypt", "Egypt"],
    ),
    "living-in-the": (
        "Kenya diaspora inflows\n\nNAIROBI, April 2, 2025 - Kenya's diaspora sent more. "
        "Remittances from Kenyans living in the United Kingdom climbed 7% last year.",
        ["Kenya"],
    ),
    # near-miss: no inflow; the firms' spending is the place's
    "no-inflow": (
        "Saudi construction\n\nRIYADH, Feb 20, 2025 - Spending by firms working in Saudi Arabia "
        "rose 8% to $5 billion in 2024.",
        ["Saudi Arabia", "Saudi Arabia"],
    ),
}


@pytest.mark.parametrize(("text", "subjects"), PLACES_OF_WORK.values(), ids=PLACES_OF_WORK.keys())
def test_facts_place_where_senders_of_an_inflow_work(
    nlp: Language, text: str, subjects: list[str | None]
) -> None:
    assert [f[5] for f in facts(nlp, text)] == subjects


# A good's name before a noun of a branch of the economy ("Oil activities", "gold mining", "the
# oil and gas industry") or after "non-" ("Non-oil activities") names a sector, no market
# quote: the sector is the metric, owned by its place and dated by its sentence.
SECTOR_GOODS: dict[str, tuple[str, list[Row]]] = {
    "oil-activities": (
        "Growth firms\n\nRIYADH, Nov 12 - Non-oil activities in Saudi Arabia rose 4.5 percent "
        "in the third quarter. Oil activities climbed 8.2% in the same period.",
        [
            (
                "4.5 percent",
                "change",
                "increase",
                None,
                "Non-oil activities",
                "Saudi Arabia",
                "2025-Q3",
            ),
            ("8.2%", "change", "increase", None, "Oil activities", "Saudi Arabia", "2025-Q3"),
        ],
    ),
    "non-oil-private-sector-gold-mining": (
        "Growth firms\n\nRIYADH, Nov 12 - The non-oil private sector in Saudi Arabia grew 5.1 "
        "percent in the third quarter, while gold mining rose 2.0 percent.",
        [
            (
                "5.1 percent",
                "change",
                "increase",
                None,
                "non-oil private sector",
                "Saudi Arabia",
                "2025-Q3",
            ),
            ("2.0 percent", "change", "increase", None, "gold mining", "Saudi Arabia", "2025-Q3"),
        ],
    ),
    "oil-and-gas-industry": (
        "Growth firms\n\nPRETORIA, Nov 12 - South Africa's oil and gas industry shrank 1.4 "
        "percent in the third quarter.",
        [
            (
                "1.4 percent",
                "change",
                "decrease",
                None,
                "oil and gas industry",
                "South Africa",
                "2025-Q3",
            ),
        ],
    ),
    # near-miss: the goods themselves, quoted on a market
    "quotes": (
        "Metals rally\n\nLONDON, Nov 12 - Gold rose 0.6 percent to $4,120 an ounce on "
        "Wednesday, while oil fell 1.1%.",
        [
            ("0.6 percent", "change", "increase", None, "Gold", None, "2025-11-12"),
            ("$4,120 an ounce", "level", "none", None, "Gold", None, "2025-11-12"),
            ("1.1%", "change", "decrease", None, "oil", None, "2025-11-12"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), SECTOR_GOODS.values(), ids=SECTOR_GOODS.keys())
def test_facts_goods_naming_sectors(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# Measures of lending, orders and traffic named by a compound of a word that alone is a one-off
# amount ("loan", "order"): the compound is the metric ("Loan demand", "order intake").
LENDING_AND_TRAFFIC: dict[str, tuple[str, list[Row]]] = {
    "loan-demand-approvals": (
        "Lenders report\n\nMUMBAI, Nov 12 - Loan demand in India rose 4 percent in October, "
        "while loan approvals fell 2.2 percent. Loan growth slowed to 11.2 percent.",
        [
            ("4 percent", "change", "increase", None, "Loan demand", "India", "2025-10"),
            ("2.2 percent", "change", "decrease", None, "loan approvals", "India", "2025-10"),
            ("11.2 percent", "change", "increase", None, "Loan growth", "India", "2025-10"),
        ],
    ),
    "deliveries-order-intake": (
        "Carmaker\n\nSEOUL, Nov 11 - Hanbit Motors Co said deliveries rose 12 percent in "
        "October and order intake climbed 23 percent to $1.2 billion.",
        [
            ("12 percent", "change", "increase", None, "deliveries", "Hanbit Motors Co", "2025-10"),
            (
                "23 percent",
                "change",
                "increase",
                None,
                "order intake",
                "Hanbit Motors Co",
                "2025-10",
            ),
            ("$1.2 billion", "level", "none", None, "order intake", "Hanbit Motors Co", "2025-10"),
        ],
    ),
    "traffic-footfall": (
        "Airport\n\nMANILA, Nov 13 - Passenger traffic at the main airport rose 11.4 percent in "
        "October, and footfall at malls increased 7%.",
        [
            ("11.4 percent", "change", "increase", None, "Passenger traffic", None, "2025-10"),
            ("7%", "change", "increase", None, "footfall", None, "2025-10"),
        ],
    ),
    "loan-book": (
        "Lender\n\nNAIROBI, Nov 12 - Kilima Bank Plc said its loan book grew 9.8% to Sh412 "
        "billion in the third quarter.",
        [
            ("9.8%", "change", "increase", None, "loan book", "Kilima Bank Plc", "2025-Q3"),
            ("Sh412 billion", "level", "none", None, "loan book", "Kilima Bank Plc", "2025-Q3"),
        ],
    ),
    # near-miss: one loan, a one-off amount dated by its sentence
    "a-loan": (
        "Lender\n\nNAIROBI, Nov 12 - Kilima Bank Plc said the loan to the county was Sh412 "
        "billion.",
        [
            (
                "Sh412 billion",
                "level",
                "none",
                None,
                "loan to the county",
                "Kilima Bank Plc",
                "2025-11-12",
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), LENDING_AND_TRAFFIC.values(), ids=LENDING_AND_TRAFFIC.keys()
)
def test_facts_lending_order_and_traffic_measures(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A percentage of a collective noun of people that a share pattern reads as a whole ("of the
# workforce"), with no metric before it, is taken of that group, as "of workers" is.
SHARE_OF_WORKFORCE: dict[str, tuple[str, list[Row]]] = {
    "holds-a-degree": (
        "Skills survey\n\nPRAGUE, Nov 12 - The Czech statistics office published its skills "
        "survey on Wednesday. About 40% of the workforce holds a degree.",
        [("About 40%", "share", "none", None, "workforce", None, None)],
    ),
    "is-employed": (
        "Skills survey\n\nNAIROBI, Nov 12 - Kenya published its labour survey on Wednesday. "
        "About 83 percent of the workforce is employed in the informal sector.",
        [("About 83 percent", "share", "none", None, "workforce", "Kenya", None)],
    ),
    # near-miss: a part named before the whole keeps its own metric
    "part-named": (
        "Skills survey\n\nNAIROBI, Nov 12 - Kenya published its labour survey on Wednesday. "
        "Women make up 45% of the workforce.",
        [("45%", "share", "none", None, "Women", "Kenya", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SHARE_OF_WORKFORCE.values(), ids=SHARE_OF_WORKFORCE.keys()
)
def test_facts_share_of_the_workforce(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A quantity told as a percentage of GDP or of economic output is a share of it, its metric
# the quantity ("budget gap"); a ratio named as such is a level (corpus/README.md, "## Facts").
SHARE_OF_OUTPUT: dict[str, tuple[str, list[Row]]] = {
    "of-economic-output": (
        "Budget\n\nPRETORIA, Nov 12 - South Africa's budget gap equalled 4.1 percent of economic "
        "output in the first quarter. Public debt stood at 67 percent of GDP. The debt-to-GDP "
        "ratio stood at 67 percent.",
        [
            ("4.1 percent", "share", "none", None, "budget gap", "South Africa", "2025-Q1"),
            ("67 percent", "share", "none", None, "Public debt", "South Africa", "2025-Q1"),
            ("67 percent", "level", "none", None, "debt-to-GDP ratio", "South Africa", "2025-Q1"),
        ],
    ),
    # near-miss: economic output as the quantity that moved
    "output-moves": (
        "Budget\n\nPRETORIA, Nov 12 - South Africa's economic output rose 1.2 percent in the "
        "third quarter, while the fiscal deficit was 4.3% of GDP.",
        [
            (
                "1.2 percent",
                "change",
                "increase",
                None,
                "economic output",
                "South Africa",
                "2025-Q3",
            ),
            ("4.3%", "share", "none", None, "fiscal deficit", "South Africa", "2025-Q3"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), SHARE_OF_OUTPUT.values(), ids=SHARE_OF_OUTPUT.keys())
def test_facts_share_of_gdp_or_output(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# An amount that opens its clause, then a passive verb that says what it is kept for
# ("was approved for", "was released for", "was set aside for"): the phrase after names it.
PASSIVE_KEPT_FOR: dict[str, tuple[str, list[Row]]] = {
    "approved-released-set-aside": (
        "Budget\n\nPRAGUE, Oct 1 - Tax revenue rose 6 percent in September. CZK 30 billion was "
        "approved for motorways. A further CZK 500 million was released for school meals, and "
        "CZK 2 billion was set aside for flood repairs.",
        [
            ("6 percent", "change", "increase", None, "Tax revenue", None, "2025-09"),
            ("CZK 30 billion", "level", "none", None, "motorways", None, "2025-09"),
            ("CZK 500 million", "level", "none", None, "school meals", None, "2025-09"),
            ("CZK 2 billion", "level", "none", None, "flood repairs", None, "2025-09"),
        ],
    ),
    # near-miss: a metric named before the amount, released on a day
    "named-before": (
        "Budget\n\nPRAGUE, Oct 1 - Tax revenue rose 6 percent in September. The plan was "
        "approved by parliament, and revenue of CZK 30 billion was released on Tuesday.",
        [
            ("6 percent", "change", "increase", None, "Tax revenue", None, "2025-09"),
            ("CZK 30 billion", "level", "none", None, "revenue", None, "2025-09"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PASSIVE_KEPT_FOR.values(), ids=PASSIVE_KEPT_FOR.keys()
)
def test_facts_amount_then_passive_kept_for(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A percentage of a group: a negation after the copula names no part ("are neither in school
# nor employed": the group); a one-word verb after a lexicon phrase of the group is no word of
# it ("of the labour force works in"); a percentage of a group that opens a clause joined by
# "and" is not of the phrase before the joint.
GROUP_SHARES: dict[str, tuple[str, list[Row]]] = {
    "negation-verb-joint": (
        "Youth\n\nJAKARTA, Nov 10 - Indonesia released a labour survey on Monday. About 12% of "
        "young people are neither in school nor employed. Around 18 percent of the labour force "
        "works in agriculture. Roughly a third of the workforce has a formal contract, and 35% "
        "of employees receive health cover.",
        [
            ("About 12%", "share", "none", None, "young people", "Indonesia", None),
            ("Around 18 percent", "share", "none", None, "labour force", "Indonesia", None),
            ("35%", "share", "none", None, "employees", "Indonesia", None),
        ],
    ),
    # near-miss: a plural noun after a plain word before a preposition stays in the phrase; a
    # part after a copula is the metric
    "noun-and-part": (
        "Youth\n\nJAKARTA, Nov 10 - Indonesia released a labour survey on Monday. About 20% of "
        "the steel plants in Hebei closed. Over 60 percent of our tenants are small firms.",
        [
            ("About 20%", "share", "none", None, "steel plants", "Hebei", None),
            ("Over 60 percent", "share", "none", None, "small firms", "Hebei", None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), GROUP_SHARES.values(), ids=GROUP_SHARES.keys())
def test_facts_shares_of_groups(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# Goods named in an aside of what a sector is made of (", mainly oil and gas,") are no quotes:
# the sector before the aside is the metric.
SECTOR_CONTENTS: dict[str, tuple[str, list[Row]]] = {
    "mainly": (
        "Malaysia\n\nKUALA LUMPUR, Nov 14 - Malaysia's mining sector, mainly oil and gas, fell "
        "1.1 percent in the third quarter.",
        [("1.1 percent", "change", "decrease", None, "mining sector", "Malaysia", "2025-Q3")],
    ),
    "mostly": (
        "Malaysia\n\nKUALA LUMPUR, Nov 14 - Malaysia's exports, mostly crude, rose 3 percent in "
        "October.",
        [("3 percent", "change", "increase", None, "exports", "Malaysia", "2025-10")],
    ),
    # near-miss: quotes, "mainly" after them giving a cause
    "quotes": (
        "Metals\n\nLONDON, Nov 14 - Gold rose 1.1 percent on Friday, mainly on a weaker dollar, "
        "while oil fell 0.4 percent.",
        [
            ("1.1 percent", "change", "increase", None, "Gold", None, "2025-11-14"),
            ("0.4 percent", "change", "decrease", None, "oil", None, "2025-11-14"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), SECTOR_CONTENTS.values(), ids=SECTOR_CONTENTS.keys())
def test_facts_goods_in_a_sector_aside(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# An amount handed "to" plural units ("disbursed to counties", "to county governments") goes
# to them: they name it, not the metric of the sentence before.
HANDED_TO_UNITS: dict[str, tuple[str, list[Row]]] = {
    "disbursed-to-counties": (
        "Funds\n\nNAIROBI, Nov 12 - Tax collections rose 6.1 percent in October. Sh2.1 billion "
        "has been disbursed to counties, the Treasury said. The Treasury also disbursed Sh900 "
        "million to county governments.",
        [
            ("6.1 percent", "change", "increase", None, "Tax collections", "Treasury", "2025-10"),
            ("Sh2.1 billion", "level", "none", None, "counties", "Treasury", None),
            ("Sh900 million", "level", "none", None, "county governments", "Treasury", "2025-10"),
        ],
    ),
    # near-miss: the amount names its own quantity before the verb
    "named-grants": (
        "Funds\n\nNAIROBI, Nov 12 - Tax collections rose 6.1 percent in October. Grants of "
        "Sh900 million were disbursed to the county.",
        [
            ("6.1 percent", "change", "increase", None, "Tax collections", None, "2025-10"),
            ("Sh900 million", "level", "none", None, "Grants", None, None),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), HANDED_TO_UNITS.values(), ids=HANDED_TO_UNITS.keys())
def test_facts_amount_handed_to_units(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A quantity named right before an amount ("Grants of", "Loans worth") is its metric, however
# a passive verb after it says where the money went.
NAMED_BEFORE_HANDED: dict[str, tuple[str, list[Row]]] = {
    "grants-loans": (
        "Funds\n\nNAIROBI, Nov 12 - Tax collections rose 6.1 percent in October. Grants of "
        "Sh900 million were disbursed to counties. Loans worth Sh1 billion were disbursed to "
        "farmers.",
        [
            ("6.1 percent", "change", "increase", None, "Tax collections", None, "2025-10"),
            ("Sh900 million", "level", "none", None, "Grants", None, None),
            ("Sh1 billion", "level", "none", None, "Loans", None, "2025-10"),
        ],
    ),
    # near-miss: the amount opens its clause, the units it went to name it
    "bare-amount": (
        "Funds\n\nNAIROBI, Nov 12 - Tax collections rose 6.1 percent in October. Sh1 billion "
        "was disbursed to farmers.",
        [
            ("6.1 percent", "change", "increase", None, "Tax collections", None, "2025-10"),
            ("Sh1 billion", "level", "none", None, "farmers", None, "2025-10"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), NAMED_BEFORE_HANDED.values(), ids=NAMED_BEFORE_HANDED.keys()
)
def test_facts_named_before_a_handed_amount(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A percentage a sector "contributed ... to GDP" is its share of GDP; the sector is the metric.
CONTRIBUTED_TO_GDP: dict[str, tuple[str, list[Row]]] = {
    "contributed": (
        "Malaysia\n\nKUALA LUMPUR, Nov 14 - Malaysia's oil and gas sector contributed 6.2 percent "
        "to GDP in the third quarter, and manufacturing contributed 23 percent to GDP.",
        [
            ("6.2 percent", "share", "none", None, "oil and gas sector", "Malaysia", "2025-Q3"),
            ("23 percent", "share", "none", None, "manufacturing", "Malaysia", "2025-Q3"),
        ],
    ),
    # near-miss: a rise to a market of the economy is a change
    "rose-to-market": (
        "Malaysia\n\nKUALA LUMPUR, Nov 14 - Malaysia's GDP grew 5.2 percent in the third "
        "quarter, and exports rose 3 percent to the economy's largest market.",
        [
            ("5.2 percent", "change", "increase", None, "GDP", "Malaysia", "2025-Q3"),
            ("3 percent", "change", "increase", None, "exports", "Malaysia", "2025-Q3"),
        ],
    ),
    # near-miss: a forecast of a contribution stays a target
    "expected-to-add": (
        "Malaysia\n\nKUALA LUMPUR, Nov 14 - Malaysia's central bank expects the new port to add "
        "0.5 percent to GDP next year.",
        [("0.5 percent", "target", "increase", None, "GDP", "Malaysia", "2026")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), CONTRIBUTED_TO_GDP.values(), ids=CONTRIBUTED_TO_GDP.keys()
)
def test_facts_contributed_to_gdp(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# Sectors of the national accounts named by two words and "and" ("mining and quarrying",
# "finance and insurance") are one phrase before their head.
PAIRED_SECTORS: dict[str, tuple[str, list[Row]]] = {
    "sector-pairs": (
        "Malaysia\n\nKUALA LUMPUR, Nov 14 - Malaysia's mining and quarrying sector fell 1.1 "
        "percent in the third quarter, while the finance and insurance sector grew 5.3 percent.",
        [
            (
                "1.1 percent",
                "change",
                "decrease",
                None,
                "mining and quarrying sector",
                "Malaysia",
                "2025-Q3",
            ),
            (
                "5.3 percent",
                "change",
                "increase",
                None,
                "finance and insurance sector",
                "Malaysia",
                "2025-Q3",
            ),
        ],
    ),
    # near-miss: two clauses, two metrics
    "two-clauses": (
        "Malaysia\n\nKUALA LUMPUR, Nov 14 - Malaysia's mining fell 1.1 percent in the third "
        "quarter and quarrying rose 2.0 percent.",
        [
            ("1.1 percent", "change", "decrease", None, "mining", "Malaysia", "2025-Q3"),
            ("2.0 percent", "change", "increase", None, "quarrying", "Malaysia", "2025-Q3"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PAIRED_SECTORS.values(), ids=PAIRED_SECTORS.keys())
def test_facts_paired_sector_names(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# months told of the fiscal year running: those months, reported, not the whole year's plan
RUNNING_FISCAL_MONTHS: dict[str, tuple[str, list[Row]]] = {
    "month-span-of-current-fiscal-year": (
        "Bangladesh apparel exports climb\n\nDHAKA, Nov 13 - In July-October of the current "
        "fiscal year, apparel exports rose 4 percent to $13.1 billion, the bureau said.",
        [
            (
                "4 percent",
                "change",
                "increase",
                None,
                "apparel exports",
                "Bangladesh",
                "2025-07/2025-10",
            ),
            (
                "$13.1 billion",
                "level",
                "none",
                None,
                "apparel exports",
                "Bangladesh",
                "2025-07/2025-10",
            ),
        ],
    ),
    "first-months-of-current-fiscal-year": (
        "Pakistan\n\nKARACHI, Nov 12 - In the first four months of the current fiscal year, "
        "remittances grew 12 percent to $12.9 billion, the central bank said.",
        [
            (
                "12 percent",
                "change",
                "increase",
                None,
                "remittances",
                "Pakistan",
                "2025-07/2025-10",
            ),
            ("$12.9 billion", "level", "none", None, "remittances", "Pakistan", "2025-07/2025-10"),
        ],
    ),
    "half-of-this-financial-year-india": (
        "India fiscal deficit\n\nNEW DELHI, Nov 14 - India's fiscal deficit for April-September "
        "of the current financial year stood at 36.5 percent of the full-year target.",
        [("36.5 percent", "share", "none", None, "fiscal deficit", "India", "2025-04/2025-09")],
    ),
    # near-miss: the running fiscal year alone, of a forecast, is that year
    "current-fiscal-year-alone": (
        "Bangladesh exports\n\nDHAKA, Nov 13 - Apparel exports are expected to grow 10 percent "
        "in the current fiscal year, the Export Promotion Bureau said.",
        [("10 percent", "target", "increase", None, "Apparel exports", "Bangladesh", "FY2026")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RUNNING_FISCAL_MONTHS.values(), ids=RUNNING_FISCAL_MONTHS.keys()
)
def test_facts_months_of_running_fiscal_year(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "the nine months" of a report: the year's first months that have ended, not the year in view
THE_MONTHS_COUNTED: dict[str, tuple[str, list[Row]]] = {
    "nine-months-after-year-through": (
        "Ecopetrol earnings\n\nBOGOTA, Nov 12 - Ecopetrol's revenue fell 11 percent in the year "
        "through September. Net profit in the nine months was 9.2 trillion pesos, the company said.",
        [
            ("11 percent", "change", "decrease", None, "revenue", "Ecopetrol", "FY2025"),
            (
                "9.2 trillion pesos",
                "level",
                "none",
                None,
                "Net profit",
                "Ecopetrol",
                "2025-01/2025-09",
            ),
        ],
    ),
    "nine-months-after-quarter": (
        "Petrobras\n\nRIO DE JANEIRO, Nov 12 - Petrobras said net profit rose 20 percent in the "
        "third quarter. Net profit in the nine months was 60 billion reais.",
        [
            ("20 percent", "change", "increase", None, "net profit", "Petrobras", "2025-Q3"),
            (
                "60 billion reais",
                "level",
                "none",
                None,
                "Net profit",
                "Petrobras",
                "2025-01/2025-09",
            ),
        ],
    ),
    # near-miss: "the past nine months" is an undated span
    "past-nine-months": (
        "Ecopetrol\n\nBOGOTA, Nov 12 - Ecopetrol's net profit fell 8 percent over the past nine "
        "months, the company said.",
        [("8 percent", "change", "decrease", None, "net profit", "Ecopetrol", None)],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), THE_MONTHS_COUNTED.values(), ids=THE_MONTHS_COUNTED.keys()
)
def test_facts_the_months_counted(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# a standing share of a population told right after the dateline is undated: the dateline's
# day is when it was told; a share told of a period keeps that period
DATELINE_STANDING_SHARES: dict[str, tuple[str, list[Row]]] = {
    "workforce-holds-degree": (
        "Philippines graduates\n\nMANILA, Nov 14 - About 40% of the workforce holds a college "
        "degree, the statistics agency said.",
        [("About 40%", "share", "none", None, "workforce", "Philippines", None)],
    ),
    "households-own": (
        "Vietnam\n\nHANOI, Nov 13 - Nearly 70 percent of households own a motorbike, according "
        "to a survey.",
        [("Nearly 70 percent", "share", "none", None, "households", "Vietnam", None)],
    ),
    # near-misses: a share of a month or a quarter told after the dateline
    "share-of-a-month": (
        "Vietnam\n\nHANOI, Nov 13 - Nearly 30 percent of exports went to the United States in "
        "October, customs data showed.",
        [("Nearly 30 percent", "share", "none", None, "exports", "Vietnam", "2025-10")],
    ),
    "market-share-of-a-quarter": (
        "Tata Steel\n\nMUMBAI, Nov 13 - Tata Steel's share of India's steel market rose to 14 "
        "percent in the September quarter, the company said.",
        [("14 percent", "share", "none", None, "steel market", "Tata Steel", "2025-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), DATELINE_STANDING_SHARES.values(), ids=DATELINE_STANDING_SHARES.keys()
)
def test_facts_dateline_standing_shares(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# a Japanese company's "full-year forecast" (a forecast noun after "full-year", no results noun
# near) is of its fiscal year to March; a European company's stays the calendar year
JAPANESE_FULL_YEAR_FORECAST: dict[str, tuple[str, list[Row]]] = {
    "cut-full-year-forecast": (
        "Nissan forecast\n\nTOKYO, Nov 6 - Nissan Motor cut its full-year forecast, saying it "
        "expected an operating loss of 275 billion yen.",
        [("275 billion yen", "target", "none", None, "operating loss", "Nissan Motor", "FY2026")],
    ),
    "kept-full-year-guidance": (
        "Panasonic guidance\n\nTOKYO, Nov 6 - Panasonic Holdings kept its full-year guidance, "
        "saying it expected operating profit of 430 billion yen.",
        [
            (
                "430 billion yen",
                "target",
                "none",
                None,
                "operating profit",
                "Panasonic Holdings",
                "FY2026",
            )
        ],
    ),
    # near-miss: a London company's full year is the calendar year
    "european-full-year-forecast": (
        "Unilever\n\nLONDON, Nov 6 - Unilever cut its full-year forecast, saying it expected an "
        "operating loss of 2 billion euros.",
        [("2 billion euros", "target", "none", None, "operating loss", "Unilever", "2025")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    JAPANESE_FULL_YEAR_FORECAST.values(),
    ids=JAPANESE_FULL_YEAR_FORECAST.keys(),
)
def test_facts_japanese_full_year_forecast(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "raised its full-year forecast and now expects X": the forecast named before the new clause
# dates the figure it gives
FORECAST_BEFORE_ITS_FIGURE: dict[str, tuple[str, list[Row]]] = {
    "japanese-forecast-then-expects": (
        "Kao outlook\n\nTOKYO, Nov 11 - Kao Corp raised its full-year forecast and now expects "
        "sales of 1.6 trillion yen.",
        [("1.6 trillion yen", "target", "none", None, "sales", "Kao Corp", "FY2026")],
    ),
    "european-forecast-then-expects": (
        "Unilever\n\nLONDON, Nov 11 - Unilever raised its full-year forecast and now expects "
        "sales of 61 billion euros.",
        [("61 billion euros", "target", "none", None, "sales", "Unilever", "2025")],
    ),
    # near-miss: a reported year in the first clause does not date the plan after it
    "reported-then-expects": (
        "Kao\n\nTOKYO, Nov 11 - Kao Corp posted full-year sales of 1.5 trillion yen last year "
        "and now expects sales of 1.6 trillion yen.",
        [
            ("1.5 trillion yen", "level", "none", None, "sales", "Kao Corp", "2024"),
            ("1.6 trillion yen", "target", "none", None, "sales", "Kao Corp", None),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    FORECAST_BEFORE_ITS_FIGURE.values(),
    ids=FORECAST_BEFORE_ITS_FIGURE.keys(),
)
def test_facts_forecast_before_its_figure(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A value whose verb opens a relative clause (", which rose") measures the clause's antecedent
RELATIVE_ANTECEDENTS: dict[str, tuple[str, list[Row]]] = {
    "including-which": (
        "Metals\n\nSINGAPORE, Nov 13 - Base metals rallied on Thursday, including nickel, which "
        "rose 1.4 percent.",
        [("1.4 percent", "change", "increase", None, "nickel", None, "2025-11-13")],
    ),
    "two-word-antecedent": (
        "Grains\n\nCHICAGO, Nov 13 - Grains slipped on Thursday, including soybean futures, which "
        "lost 0.6 percent.",
        [("0.6 percent", "change", "decrease", None, "soybean futures", None, "2025-11-13")],
    ),
    # near-miss: the relative clause sits between the metric and its own verb
    "clause-inside": (
        "Metals\n\nSINGAPORE, Nov 13 - Nickel, which traded in London, rose 1.4 percent on "
        "Thursday.",
        [("1.4 percent", "change", "increase", None, "Nickel", None, "2025-11-13")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), RELATIVE_ANTECEDENTS.values(), ids=RELATIVE_ANTECEDENTS.keys()
)
def test_facts_relative_clause_antecedent(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A participle after a people's plural opens a clause that ends the part of the metric
PEOPLE_PARTICIPLES: dict[str, tuple[str, list[Row]]] = {
    "living-abroad": (
        "Remittances\n\nMANILA, Nov 13 - Remittances from Filipinos living abroad rose 3.1 "
        "percent in September.",
        [
            (
                "3.1 percent",
                "change",
                "increase",
                None,
                "Remittances from Filipinos",
                None,
                "2025-09",
            )
        ],
    ),
    "working-in": (
        "Inflows\n\nNAIROBI, Nov 13 - Inflows from Kenyans working in Europe grew 8 percent in "
        "October.",
        [("8 percent", "change", "increase", None, "Inflows from Kenyans", None, "2025-10")],
    ),
    # near-miss: after a plain noun the clause says which part is measured (no people named)
    "plain-plural": (
        "Remittances\n\nMANILA, Nov 13 - Remittances from workers living abroad rose 3 percent "
        "in October.",
        [
            (
                "3 percent",
                "change",
                "increase",
                None,
                "Remittances from workers living abroad",
                None,
                "2025-10",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PEOPLE_PARTICIPLES.values(), ids=PEOPLE_PARTICIPLES.keys()
)
def test_facts_people_participle_ends_part(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# Credit, like loans, is a stock measured; its "to" phrase names the borrowers measured
CREDIT_METRICS: dict[str, tuple[str, list[Row]]] = {
    "credit-to-sector": (
        "Lending\n\nACCRA, Nov 13 - Credit to the private sector grew 6 percent in October, the "
        "central bank said.",
        [
            (
                "6 percent",
                "change",
                "increase",
                None,
                "Credit to the private sector",
                None,
                "2025-10",
            )
        ],
    ),
    "possessive-credit": (
        "Lending\n\nLAGOS, Nov 13 - Lenders' credit to households fell 2 percent in October.",
        [("2 percent", "change", "decrease", None, "credit to households", None, "2025-10")],
    ),
    # near-miss: a name that begins with the word
    "credit-name": (
        "Banks\n\nZURICH, Nov 13 - Credit Suisse shares fell 3 percent on Thursday.",
        [("3 percent", "change", "decrease", None, "shares", "Credit Suisse", "2025-11-13")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CREDIT_METRICS.values(), ids=CREDIT_METRICS.keys())
def test_facts_credit_metric(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# An amount a sector contributed to the economy's output measures the sector's contribution
ECONOMY_CONTRIBUTIONS: dict[str, tuple[str, list[Row]]] = {
    "to-gdp": (
        "Tourism\n\nNAIROBI, Nov 13 - Tourism contributed Sh90 billion to GDP in October.",
        [("Sh90 billion", "level", "none", None, "Tourism", None, "2025-10")],
    ),
    "to-the-economy": (
        "Mining\n\nLIMA, Nov 13 - Copper mining contributed $4.1 billion to the economy in "
        "October.",
        [("$4.1 billion", "level", "none", None, "Copper mining", None, "2025-10")],
    ),
    # near-miss: an amount given to a fund is no contribution to output (no fact: no metric)
    "to-a-fund": (
        "Funds\n\nNAIROBI, Nov 13 - The government contributed Sh5 million to the relief fund "
        "in October.",
        [],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), ECONOMY_CONTRIBUTIONS.values(), ids=ECONOMY_CONTRIBUTIONS.keys()
)
def test_facts_contribution_to_economy(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# Money a treasury releases or pays to public bodies or payees: the recipients are the metric
PUBLIC_RELEASES: dict[str, tuple[str, list[Row]]] = {
    "released-to-counties": (
        "Counties\n\nNAIROBI, Nov 13 - The Treasury released Sh4.2 billion to county governments "
        "in October.",
        [("Sh4.2 billion", "level", "none", None, "county governments", "Treasury", "2025-10")],
    ),
    "paid-to-contractors": (
        "Bills\n\nNAIROBI, Nov 13 - Another Sh700 million was paid to road contractors in October.",
        [("Sh700 million", "level", "none", None, "road contractors", None, "2025-10")],
    ),
    # near-miss: shareholders are no public payee (no metric, no fact)
    "paid-to-shareholders": (
        "Payouts\n\nNAIROBI, Nov 13 - Another Sh50 million was paid to shareholders in October.",
        [],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PUBLIC_RELEASES.values(), ids=PUBLIC_RELEASES.keys())
def test_facts_public_release_recipients(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "N% of (the) target": how much of a target was reached, a share of it
PARTS_OF_TARGETS: dict[str, tuple[str, list[Row]]] = {
    "headline-of-target": (
        "Ghana revenue at 46% of target\n\nACCRA, Nov 13 - Tax revenue rose in October.",
        [("46%", "share", "none", None, "revenue", "Ghana", "2025-10")],
    ),
    "of-the-annual-goal": (
        "Spending\n\nACCRA, Nov 13 - Capital spending was 31 percent of the annual goal in the "
        "first half.",
        [("31 percent", "share", "none", None, "Capital spending", None, "2025-H1")],
    ),
    # near-miss: a target's own size
    "target-of": (
        "Deficit\n\nACCRA, Nov 13 - The government set a deficit target of 4.1 percent of GDP "
        "for 2026.",
        [("4.1 percent", "target", "none", None, "deficit", None, "2026")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PARTS_OF_TARGETS.values(), ids=PARTS_OF_TARGETS.keys()
)
def test_facts_part_of_a_target(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# With no noun of the quantity, "collected" names it, as "earned" does
COLLECTED_AMOUNTS: dict[str, tuple[str, list[Row]]] = {
    "authority-collected": (
        "Taxes\n\nKAMPALA, Nov 13 - The Uganda Revenue Authority collected USh 15.3 trillion in "
        "the first half.",
        [
            (
                "USh 15.3 trillion",
                "level",
                "none",
                None,
                "collected",
                "Uganda Revenue Authority",
                "2025-H1",
            )
        ],
    ),
    # near-miss: a noun of the quantity after the verb is the metric
    "collected-fees": (
        "Fees\n\nKAMPALA, Nov 13 - The council collected parking fees of USh 900 million in "
        "October.",
        [("USh 900 million", "level", "none", None, "parking fees", None, "2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), COLLECTED_AMOUNTS.values(), ids=COLLECTED_AMOUNTS.keys()
)
def test_facts_collected_amounts(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A share that opens a new clause after ", and" takes the part named after "of"
SHARES_AFTER_AND: dict[str, tuple[str, list[Row]]] = {
    "and-of-shipments": (
        "Trade\n\nHANOI, Nov 13 - Exports rose 6% in October, and 28% of shipments went by sea.",
        [
            ("6%", "change", "increase", None, "Exports", None, "2025-10"),
            ("28%", "share", "none", None, "shipments", None, "2025-10"),
        ],
    ),
    # near-miss: a share the same statement gives of its own total
    "accounting-for": (
        "Trade\n\nHANOI, Nov 13 - Exports of phones rose 6% in October, accounting for 28% of "
        "the total.",
        [
            ("6%", "change", "increase", None, "Exports of phones", None, "2025-10"),
            ("28%", "share", "none", None, "Exports of phones", None, "2025-10"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SHARES_AFTER_AND.values(), ids=SHARES_AFTER_AND.keys()
)
def test_facts_share_after_and(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A metric word after "of" that ends an organization's name is the office's field
OFFICE_FIELDS: dict[str, tuple[str, list[Row]]] = {
    "board-of-revenue": (
        "Taxes\n\nISLAMABAD, Nov 13 - The Federal Board of Revenue collected Rs 3.1 trillion in "
        "October.",
        [
            (
                "Rs 3.1 trillion",
                "level",
                "none",
                None,
                "collected",
                "Federal Board of Revenue",
                "2025-10",
            )
        ],
    ),
    # near-miss: the same word outside the name is the quantity
    "revenue-outside": (
        "Taxes\n\nISLAMABAD, Nov 13 - Tax revenue rose 9 percent in October, the "
        "Federal Board of Revenue said.",
        [
            (
                "9 percent",
                "change",
                "increase",
                None,
                "Tax revenue",
                "Federal Board of Revenue",
                "2025-10",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), OFFICE_FIELDS.values(), ids=OFFICE_FIELDS.keys())
def test_facts_office_field_in_name(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


COMPANY_BESIDE_COUNTRY = {
    "s-word-said-its": (
        "Energy profit\n\nKUALA LUMPUR, Nov 12 - Malaysia's state energy firm reported on "
        "Wednesday. Qorvanas said its net profit fell 18% in the third quarter.",
        [("18%", "change", "decrease", None, "net profit", "Qorvanas", "2025-Q3")],
    ),
    "possessive-product-line": (
        "Telecom earnings\n\nNAIROBI, Nov 10 - Kenya's largest telecom reported on Monday. "
        "Tavonix's Q-Pay revenue grew 15% in the third quarter.",
        [("15%", "change", "increase", None, "Q-Pay revenue", "Tavonix", "2025-Q3")],
    ),
    # near-miss: a plural of speakers before "said its" leaves the country
    "analysts-said-its": (
        "Energy profit\n\nKUALA LUMPUR, Nov 12 - Malaysia's economy slowed. Analysts said its "
        "net exports fell 18% in the third quarter.",
        [("18%", "change", "decrease", None, "net exports", "Malaysia", "2025-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), COMPANY_BESIDE_COUNTRY.values(), ids=COMPANY_BESIDE_COUNTRY.keys()
)
def test_facts_company_named_beside_its_country(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


DATELINE_SOURCE = {
    # the source of a wire's dateline reports the figure, it owns none
    "named-source": (
        "Prices climb\n\nACCRA, Nov 11 (Daily Ledger) - Fuel prices rose 3% in October.",
        [("3%", "change", "increase", None, "Fuel prices", None, "2025-10")],
    ),
    "staff-credit": (
        "Prices climb\n\nACCRA, Nov 11 (Staff) - Fuel prices rose 3% in October.",
        [("3%", "change", "increase", None, "Fuel prices", None, "2025-10")],
    ),
    # near-miss: a company named in the sentence owns its figure
    "company-in-sentence": (
        "Prices climb\n\nACCRA, Nov 11 (Daily Ledger) - Tavonix said its net profit rose 3% in "
        "October.",
        [("3%", "change", "increase", None, "net profit", "Tavonix", "2025-10")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), DATELINE_SOURCE.values(), ids=DATELINE_SOURCE.keys())
def test_facts_dateline_source_owns_nothing(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


STRUCTURE_OF_A_COUNTRY = {
    # a structure named by a town belongs to the article's country, not to the town
    "canal": (
        "Canal revenue falls\n\nCAIRO, Nov 10 - Egypt's trade gap narrowed. Suez Canal revenue "
        "fell 60% in October.",
        [("60%", "change", "decrease", None, "revenue", "Egypt", "2025-10")],
    ),
    # near-miss: the town alone is a place of its own
    "town": (
        "Canal revenue falls\n\nCAIRO, Nov 10 - Egypt's trade gap narrowed. Suez's exports "
        "fell 60% in October.",
        [("60%", "change", "decrease", None, "exports", "Suez", "2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), STRUCTURE_OF_A_COUNTRY.values(), ids=STRUCTURE_OF_A_COUNTRY.keys()
)
def test_facts_structure_named_by_a_town(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SENT_HOME = {
    # what workers send home is their home country's inflow, not the place they work in
    "sent-home": (
        "Inflows rise\n\nMANILA, Nov 14 - The Philippines' economy grew. Money sent home by "
        "Filipinos working in Japan rose 4.2% in September.",
        [("4.2%", "change", "increase", None, "Money", "Philippines", "2025-09")],
    ),
    "sent-back": (
        "Inflows rise\n\nMANILA, Nov 14 - The Philippines' economy grew. Cash sent back by "
        "nurses living in Canada rose 4.2% in September.",
        [("4.2%", "change", "increase", None, "Cash", "Philippines", "2025-09")],
    ),
    # near-miss: money spent where people live is that place's
    "spent-there": (
        "Spending rises\n\nTOKYO, Nov 14 - Wages grew. Money spent by Filipinos living in "
        "Japan rose 4.2% in September.",
        [
            (
                "4.2%",
                "change",
                "increase",
                None,
                "Money spent by Filipinos living",
                "Japan",
                "2025-09",
            )
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), SENT_HOME.values(), ids=SENT_HOME.keys())
def test_facts_money_sent_home_by_workers_abroad(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_ATTRIBUTABLE = {
    # "attributable to" and the holders say whose part of the profit is measured
    "to-shareholders": (
        "Profit rises\n\nSHANGHAI, Oct 30 - Huaxin Cement said net profit attributable to "
        "shareholders rose 19% to 6.3 billion yuan in the third quarter.",
        [
            (
                "19%",
                "change",
                "increase",
                None,
                "net profit attributable to shareholders",
                "Huaxin Cement",
                "2025-Q3",
            ),
            (
                "6.3 billion yuan",
                "level",
                "none",
                None,
                "net profit attributable to shareholders",
                "Huaxin Cement",
                "2025-Q3",
            ),
        ],
    ),
    "of-the-listed-company": (
        "Profit rises\n\nSHANGHAI, Oct 30 - SAIC Motor's net profit attributable to "
        "shareholders of the listed company rose 17% year on year in the third quarter.",
        [
            (
                "17%",
                "change",
                "increase",
                "year_on_year",
                "net profit attributable to shareholders of the listed company",
                "SAIC Motor",
                "2025-Q3",
            )
        ],
    ),
    # near-miss: a cause after "attributable to" names no holders
    "cause": (
        "Profit rises\n\nSHANGHAI, Oct 30 - SAIC Motor's net profit rose 17% in the third "
        "quarter, attributable to higher exports.",
        [("17%", "change", "increase", None, "net profit", "SAIC Motor", "2025-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_ATTRIBUTABLE.values(), ids=METRIC32_ATTRIBUTABLE.keys()
)
def test_facts_metric32_profit_attributable_to_holders(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_DEAL_STAKE = {
    # the stake a deal agreed trades is a share, its price a level (no plan: the deal is agreed)
    "agreed-to-buy": (
        "Deal\n\nTOKYO, Nov 4 - Mitsubishi Corp agreed to buy a 20% stake in an Australian "
        "lithium project for A$780 million.",
        [
            ("20%", "share", "none", None, "stake", "Mitsubishi Corp", "2025-11-04"),
            ("A$780 million", "level", "none", None, "stake", "Mitsubishi Corp", "2025-11-04"),
        ],
    ),
    # near-miss: a stake a company only plans to sell is a target
    "plans-to-sell": (
        "Deal\n\nTOKYO, Nov 4 - Mitsubishi Corp plans to sell a 20% stake in an Australian "
        "lithium project next year.",
        [("20%", "target", "none", None, "stake", "Mitsubishi Corp", "2026")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_DEAL_STAKE.values(), ids=METRIC32_DEAL_STAKE.keys()
)
def test_facts_metric32_stake_a_deal_trades_is_a_share(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_INDEX_NAME = {
    # an index's name is its capitalized words and numbers before "Index"
    "company-like-name": (
        "Stocks fall\n\nHONG KONG, Nov 14 - The Hang Seng Tech Index lost 2.6% on Friday.",
        [("2.6%", "change", "decrease", None, "Hang Seng Tech Index", None, "2025-11-14")],
    ),
    "number-in-name": (
        "Stocks fall\n\nLONDON, Nov 14 - The FTSE 250 index slipped 0.2% on Friday.",
        [("0.2%", "change", "decrease", None, "FTSE 250 index", None, "2025-11-14")],
    ),
    "after-an-owner": (
        "Stocks rise\n\nJOHANNESBURG, Nov 14 - The Johannesburg Stock Exchange's Top-40 index "
        "closed up 0.8% on Friday.",
        [("0.8%", "change", "increase", None, "Top-40 index", None, "2025-11-14")],
    ),
    # an index after a company's stock move is no share of that company
    "after-a-stock-move": (
        "Stocks fall\n\nHONG KONG, Nov 14 - Shares of Tencent Holdings rose 3% on Friday. The "
        "Hang Seng Tech Index lost 2.6%.",
        [
            ("3%", "change", "increase", None, "Shares", "Tencent Holdings", "2025-11-14"),
            ("2.6%", "change", "decrease", None, "Hang Seng Tech Index", None, "2025-11-14"),
        ],
    ),
    # near-miss: a lower-case word before the index is no part of a name
    "plain-index": (
        "Stocks fall\n\nSHANGHAI, Nov 14 - The Shanghai stock index fell 0.4% on Friday.",
        [("0.4%", "change", "decrease", None, "Shanghai stock index", None, "2025-11-14")],
    ),
    # near-miss: a bank named like an index is a company whose stock moves
    "bank-stock": (
        "Stocks fall\n\nHONG KONG, Nov 14 - Shares of Tencent Holdings rose 3% on Friday. Hang "
        "Seng Bank fell 2.6%.",
        [
            ("3%", "change", "increase", None, "Shares", "Tencent Holdings", "2025-11-14"),
            ("2.6%", "change", "decrease", None, "Shares", "Hang Seng Bank", "2025-11-14"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_INDEX_NAME.values(), ids=METRIC32_INDEX_NAME.keys()
)
def test_facts_metric32_index_named_before_its_noun(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_COMBINED_INVESTMENT = {
    # "combined" after an article, and a participle after "total", modify the metric
    "a-combined": (
        "Projects signed\n\nCHENGDU, Nov 5 - Chengdu signed 40 projects with a combined "
        "investment of 85 billion yuan in 2024.",
        [("85 billion yuan", "level", "none", None, "combined investment", "Chengdu", "2024")],
    ),
    "total-committed": (
        "Projects signed\n\nCHENGDU, Nov 5 - Chengdu's total committed investment reached 85 "
        "billion yuan in 2024.",
        [
            (
                "85 billion yuan",
                "level",
                "none",
                None,
                "total committed investment",
                "Chengdu",
                "2024",
            )
        ],
    ),
    # near-miss: "combined" after the parts it sums is no word of the metric
    "parts-combined": (
        "Trade grows\n\nCHENGDU, Nov 5 - Chengdu's exports and imports combined rose 5% in 2024.",
        [("5%", "change", "increase", None, "exports and imports", "Chengdu", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    METRIC32_COMBINED_INVESTMENT.values(),
    ids=METRIC32_COMBINED_INVESTMENT.keys(),
)
def test_facts_metric32_combined_and_total_participle_modify_the_metric(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_RETURN_AND_OUTPUT_VALUE = {
    # a bank's returns are ratios named by their whole phrase (before: "equity", nothing)
    "return-on-equity": (
        "Bank earnings\n\nJOHANNESBURG, Nov 13 - Standard Bank Group said its return on equity "
        "was 18.6% in the first half, and return on assets rose to 1.6%.",
        [
            ("18.6%", "level", "none", None, "return on equity", "Standard Bank Group", "2025-H1"),
            ("1.6%", "level", "none", None, "return on assets", "Standard Bank Group", "2025-H1"),
        ],
    ),
    # "industrial output value" is one phrase (before: "total industrial output")
    "industrial-output-value": (
        "Output\n\nSUZHOU, Nov 9 - The total industrial output value of Suzhou exceeded 4.4 "
        "trillion yuan in 2024.",
        [
            (
                "4.4 trillion yuan",
                "level",
                "none",
                None,
                "total industrial output value",
                "Suzhou",
                "2024",
            )
        ],
    ),
    # near-miss: industrial output without "value", and "return" as a verb
    "industrial-output": (
        "Output\n\nWUXI, Nov 9 - The industrial output of Wuxi rose 6% in 2024.",
        [("6%", "change", "increase", None, "industrial output", "Wuxi", "2024")],
    ),
    "return-verb": (
        "Payout\n\nOSLO, Nov 5 - Equinor ASA said it would return $9 billion to shareholders "
        "through dividends in 2026.",
        [("$9 billion", "target", "none", None, "dividends", "Equinor ASA", "2026")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    METRIC32_RETURN_AND_OUTPUT_VALUE.values(),
    ids=METRIC32_RETURN_AND_OUTPUT_VALUE.keys(),
)
def test_facts_metric32_returns_on_capital_and_output_value(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_ADDED_TO_GDP = {
    # what a part added to the economy's output or growth is the part's contribution
    "added-money-and-points": (
        "GDP\n\nKUALA LUMPUR, Nov 14 - Malaysia's economy grew 5.2% in the third quarter. "
        "Manufacturing added RM5.4 billion to GDP in the third quarter, while the services "
        "sector contributed 3.1 percentage points to growth.",
        [
            ("5.2%", "change", "increase", None, "economy", "Malaysia", "2025-Q3"),
            ("RM5.4 billion", "level", "none", None, "Manufacturing", "Malaysia", "2025-Q3"),
            (
                "3.1 percentage points",
                "change",
                "increase",
                None,
                "services sector",
                "Malaysia",
                "2025-Q3",
            ),
        ],
    ),
    # near-miss: money added to a fund is put into it
    "added-to-a-fund": (
        "Pension\n\nNAIROBI, Nov 14 - Safaricom Plc added $5 million to its pension fund in 2024.",
        [("$5 million", "change", "increase", None, "pension fund", "Safaricom Plc", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_ADDED_TO_GDP.values(), ids=METRIC32_ADDED_TO_GDP.keys()
)
def test_facts_metric32_part_added_to_gdp_or_growth(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_LISTED_MODIFIERS = {
    # modifiers listed before one head, values given "respectively": the shared head
    "urban-and-rural": (
        "Retail\n\nCHENGDU, Nov 14 - Urban and rural retail sales in Sichuan reached 2.1 "
        "trillion yuan and 420 billion yuan, respectively, in 2024.",
        [
            ("2.1 trillion yuan", "level", "none", None, "retail sales", "Sichuan", "2024"),
            ("420 billion yuan", "level", "none", None, "retail sales", "Sichuan", "2024"),
        ],
    ),
    "three-industries": (
        "Economy\n\nNANJING, Oct 28 - Jiangsu's GDP grew 5.6 percent in 2024, with the primary, "
        "secondary and tertiary industries growing 3.1 percent, 5.9 percent and 5.6 percent, "
        "respectively.",
        [
            ("5.6 percent", "change", "increase", None, "GDP", "Jiangsu", "2024"),
            ("3.1 percent", "change", "increase", None, "industries", "Jiangsu", "2024"),
            ("5.9 percent", "change", "increase", None, "industries", "Jiangsu", "2024"),
            ("5.6 percent", "change", "increase", None, "industries", "Jiangsu", "2024"),
        ],
    ),
    # near-miss: two quantities listed, each its own metric
    "two-quantities": (
        "Trade\n\nHANGZHOU, Nov 10 - Zhejiang's exports and imports rose 5 percent and 3 "
        "percent, respectively, in 2024.",
        [
            ("5 percent", "change", "increase", None, "exports", "Zhejiang", "2024"),
            ("3 percent", "change", "increase", None, "imports", "Zhejiang", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_LISTED_MODIFIERS.values(), ids=METRIC32_LISTED_MODIFIERS.keys()
)
def test_facts_metric32_listed_modifiers_share_the_head(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_NAMES_AFTER_VALUES = {
    # a list of values, then the quantities they are of, "respectively"
    "in-exports-and-imports": (
        "Trade\n\nHEFEI, Nov 10 - Anhui recorded 520 billion yuan and 310 billion yuan in "
        "exports and imports, respectively, in 2024.",
        [
            ("520 billion yuan", "level", "none", None, "exports", "Anhui", "2024"),
            ("310 billion yuan", "level", "none", None, "imports", "Anhui", "2024"),
        ],
    ),
    "growth-in": (
        "Growth\n\nHEFEI, Nov 10 - Anhui posted growth of 8.1 percent and 3.2 percent in retail "
        "sales and fixed-asset investment, respectively, in 2024.",
        [
            ("8.1 percent", "change", "increase", None, "retail sales", "Anhui", "2024"),
            ("3.2 percent", "change", "increase", None, "fixed-asset investment", "Anhui", "2024"),
        ],
    ),
    # near-miss: the quantities named before the values keep their order
    "names-before": (
        "Trade\n\nHEFEI, Nov 10 - Anhui's exports and imports grew 8.1 percent and 3.2 percent "
        "in value and volume, respectively, in 2024.",
        [
            ("8.1 percent", "change", "increase", None, "exports", "Anhui", "2024"),
            ("3.2 percent", "change", "increase", None, "imports", "Anhui", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    METRIC32_NAMES_AFTER_VALUES.values(),
    ids=METRIC32_NAMES_AFTER_VALUES.keys(),
)
def test_facts_metric32_quantities_named_after_the_values(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_FIGURES_RESTATED = {
    # changes listed "respectively" after the figures they are of, one each, in order
    "of-which": (
        "Trade\n\nKUNMING, Nov 14 - Yunnan's foreign trade totaled 219.8 billion yuan in 2024, "
        "of which exports were 123.4 billion yuan and imports 96.4 billion yuan, up 5.6 percent "
        "and 2.1 percent respectively.",
        [
            ("219.8 billion yuan", "level", "none", None, "foreign trade", "Yunnan", "2024"),
            ("123.4 billion yuan", "level", "none", None, "exports", "Yunnan", "2024"),
            ("96.4 billion yuan", "level", "none", None, "imports", "Yunnan", "2024"),
            ("5.6 percent", "change", "increase", None, "exports", "Yunnan", "2024"),
            ("2.1 percent", "change", "increase", None, "imports", "Yunnan", "2024"),
        ],
    ),
    "visits-and-revenue": (
        "Tourism\n\nGUIYANG, Nov 14 - Guizhou received 44.5 million tourist visits and 38.6 "
        "billion yuan in tourism revenue in 2024, up 6.2 percent and 7.8 percent, respectively.",
        [
            ("38.6 billion yuan", "level", "none", None, "tourism revenue", "Guizhou", "2024"),
            ("6.2 percent", "change", "increase", None, "tourist visits", "Guizhou", "2024"),
            ("7.8 percent", "change", "increase", None, "tourism revenue", "Guizhou", "2024"),
        ],
    ),
    # near-miss: one quantity before the list, its parts listed: the quantity goes on
    "one-quantity": (
        "Retail\n\nCHENGDU, Nov 14 - Sichuan's retail sales reached 2.1 trillion yuan in 2024, "
        "with urban and rural sales up 4.9 percent and 5.6 percent, respectively.",
        [
            ("2.1 trillion yuan", "level", "none", None, "retail sales", "Sichuan", "2024"),
            ("4.9 percent", "change", "increase", None, "sales", "Sichuan", "2024"),
            ("5.6 percent", "change", "increase", None, "sales", "Sichuan", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_FIGURES_RESTATED.values(), ids=METRIC32_FIGURES_RESTATED.keys()
)
def test_facts_metric32_changes_restate_the_figures_before(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_CLAUSE_PARTICIPLE_AND_ADVERBS = {
    # a participle of saying or citing after a comma opens a clause: no word of the metric
    "citing": (
        "Rates\n\nNAIROBI, Nov 14 - The Central Bank of Kenya held its rate, citing inflation "
        "of 4.6 percent in October.",
        [("4.6 percent", "level", "none", None, "inflation", "Kenya", "2025-10")],
    ),
    # an adverb before the verb-like noun is no word of it
    "so-far": (
        "Railway\n\nDAR ES SALAAM, Nov 7 - The standard gauge railway has so far cost Tanzania "
        "$10.04 billion.",
        [("$10.04 billion", "level", "none", None, "cost", "Tanzania", None)],
    ),
    "already": (
        "Railway\n\nDAR ES SALAAM, Nov 7 - Tanzania's railway has already cost $10 billion.",
        [("$10 billion", "level", "none", None, "cost", "Tanzania", None)],
    ),
    # near-miss: a noun in -ing before the metric is a word of it
    "noun-in-ing": (
        "Output\n\nNAIROBI, Nov 14 - Kenya's economy grew, and manufacturing output rose 4.6 "
        "percent in October.",
        [("4.6 percent", "change", "increase", None, "manufacturing output", "Kenya", "2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    METRIC32_CLAUSE_PARTICIPLE_AND_ADVERBS.values(),
    ids=METRIC32_CLAUSE_PARTICIPLE_AND_ADVERBS.keys(),
)
def test_facts_metric32_participle_and_adverb_before_the_metric(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_GOOD_BEFORE_A_FACILITY = {
    # a good's name before a facility noun names the facility, no market quote
    "smelter-project": (
        "Smelter\n\nJAKARTA, Nov 4 - Indonesia's nickel smelter project in Morowali, worth $3.5 "
        "billion, opened on Monday.",
        [
            (
                "$3.5 billion",
                "level",
                "none",
                None,
                "nickel smelter project",
                "Indonesia",
                "2025-11-10",
            )
        ],
    ),
    # near-miss: the good alone is a quote
    "copper-quote": (
        "Metals\n\nLONDON, Nov 14 - Copper rose 2% to $10,950 a ton on Friday.",
        [
            ("2%", "change", "increase", None, "Copper", None, "2025-11-14"),
            ("$10,950 a ton", "level", "none", None, "Copper", None, "2025-11-14"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    METRIC32_GOOD_BEFORE_A_FACILITY.values(),
    ids=METRIC32_GOOD_BEFORE_A_FACILITY.keys(),
)
def test_facts_metric32_good_before_a_facility_is_no_quote(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_DELIVERY_MONTH = {
    # a futures contract's month is no period: the quote is of the trading day, no target
    "january-delivery": (
        "Palm oil\n\nKUALA LUMPUR, Nov 14 - Malaysian palm oil futures for January delivery "
        "fell 1.5 percent to 4,080 ringgit a ton on Friday.",
        [
            (
                "1.5 percent",
                "change",
                "decrease",
                None,
                "Malaysian palm oil futures",
                None,
                "2025-11-14",
            ),
            (
                "4,080 ringgit a ton",
                "level",
                "none",
                None,
                "Malaysian palm oil futures",
                None,
                "2025-11-14",
            ),
        ],
    ),
    # near-miss: a forecast for a coming month keeps its period
    "forecast-month": (
        "Palm oil\n\nKUALA LUMPUR, Nov 14 - Malaysia's palm oil exports are expected to rise 5 "
        "percent in January.",
        [("5 percent", "target", "increase", None, "palm oil exports", "Malaysia", "2026-01")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_DELIVERY_MONTH.values(), ids=METRIC32_DELIVERY_MONTH.keys()
)
def test_facts_metric32_delivery_month_is_no_period(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_GROWTH_GUIDANCE = {
    # a growth told as guidance or an outlook names the growth, a target of an increase
    "growth-guidance": (
        "Guidance\n\nBENGALURU, Oct 16 - Infosys Ltd raised its revenue growth guidance to 2-3% "
        "for the year.",
        [("2-3%", "target", "increase", None, "revenue growth", "Infosys Ltd", "2025")],
    ),
    # near-miss: an outlook kept, a value of another clause
    "outlook-kept": (
        "Guidance\n\nFRANKFURT, Oct 16 - Siemens AG kept its growth outlook, and revenue rose 4% "
        "in the third quarter.",
        [("4%", "change", "increase", None, "revenue", "Siemens AG", "2025-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_GROWTH_GUIDANCE.values(), ids=METRIC32_GROWTH_GUIDANCE.keys()
)
def test_facts_metric32_growth_guidance_names_the_growth(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_RELATIVE_AND_LISTED_ITEMS = {
    # ", which <verb>ed <value>": the noun before the comma moved; ", and <noun>, up <value>":
    # the noun joined to the list moved
    "which-and-up": (
        "GDP\n\nRIYADH, Oct 31 - Saudi Arabia's real GDP grew 5 percent in the third quarter, "
        "driven by oil activities, which expanded 8.2 percent, and non-oil activities, up 4.5 "
        "percent.",
        [
            ("5 percent", "change", "increase", None, "real GDP", "Saudi Arabia", "2025-Q3"),
            (
                "8.2 percent",
                "change",
                "increase",
                None,
                "oil activities",
                "Saudi Arabia",
                "2025-Q3",
            ),
            (
                "4.5 percent",
                "change",
                "increase",
                None,
                "non-oil activities",
                "Saudi Arabia",
                "2025-Q3",
            ),
        ],
    ),
    # near-miss: ", up <value>" after an amount restates the amount's change
    "up-after-amount": (
        "Trade\n\nLIMA, Oct 31 - Peru's exports reached $7 billion in September, up 12 percent.",
        [
            ("$7 billion", "level", "none", None, "exports", "Peru", "2025-09"),
            ("12 percent", "change", "increase", None, "exports", "Peru", "2025-09"),
        ],
    ),
    # near-miss: ", which" after an amount names no noun
    "which-after-amount": (
        "Trade\n\nLIMA, Oct 31 - Peru's exports reached $7 billion in September, which "
        "represented 12 percent of its GDP.",
        [
            ("$7 billion", "level", "none", None, "exports", "Peru", "2025-09"),
            ("12 percent", "share", "none", None, "exports", "Peru", "2025-09"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    METRIC32_RELATIVE_AND_LISTED_ITEMS.values(),
    ids=METRIC32_RELATIVE_AND_LISTED_ITEMS.keys(),
)
def test_facts_metric32_relative_antecedent_and_listed_item(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_GROWTH_RATE_OF = {
    # the growth rate of an outcome is its change, with "of" and in a list told respectively
    "growth-rate-of": (
        "Retail\n\nXI'AN, Nov 13 - The growth rate of retail sales in Shaanxi was 4.2 percent "
        "in 2024.",
        [
            (
                "4.2 percent",
                "change",
                "increase",
                None,
                "growth rate of retail sales",
                "Shaanxi",
                "2024",
            )
        ],
    ),
    "growth-rates-listed": (
        "Retail\n\nXI'AN, Nov 13 - In 2024, Shaanxi's growth rates of retail sales and "
        "fixed-asset investment were 4.2 percent and 3.1 percent, respectively.",
        [
            ("4.2 percent", "change", "increase", None, "growth rates", "Shaanxi", "2024"),
            ("3.1 percent", "change", "increase", None, "growth rates", "Shaanxi", "2024"),
        ],
    ),
    # near-miss: a rate that is a level by nature stays a level
    "unemployment-rate": (
        "Jobs\n\nXI'AN, Nov 13 - Shaanxi's unemployment rate was 5.2 percent in 2024.",
        [("5.2 percent", "level", "none", None, "unemployment rate", "Shaanxi", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_GROWTH_RATE_OF.values(), ids=METRIC32_GROWTH_RATE_OF.keys()
)
def test_facts_metric32_growth_rate_of_an_outcome_is_a_change(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_PARTICIPLE_AFTER_WITH = {
    # a participle right after "with" modifies the metric as after an article
    "with-planned": (
        "Projects\n\nJINAN, Nov 5 - Shandong will start 120 major projects in 2026, with planned "
        "investment totaling 620 billion yuan.",
        [
            (
                "620 billion yuan",
                "target",
                "none",
                None,
                "planned investment",
                "Shandong",
                "2026",
            )
        ],
    ),
    # near-miss: a plain noun after "with" is unchanged
    "with-noun": (
        "Projects\n\nJINAN, Nov 5 - Shandong signed 40 projects in 2024, with total investment "
        "of 95 billion yuan.",
        [("95 billion yuan", "level", "none", None, "total investment", "Shandong", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    METRIC32_PARTICIPLE_AFTER_WITH.values(),
    ids=METRIC32_PARTICIPLE_AFTER_WITH.keys(),
)
def test_facts_metric32_participle_after_with_modifies_the_metric(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


METRIC32_YIELDED_IN = {
    # an amount a verb of yield brings, then "in" and a quantity: that quantity
    "generate-in-revenue": (
        "Tourism\n\nBANGKOK, Nov 12 - Thailand's foreign arrivals are expected to generate 1.6 "
        "trillion baht in revenue in 2026.",
        [("1.6 trillion baht", "target", "none", None, "revenue", "Thailand", "2026")],
    ),
    # near-miss: "in" and a date names no quantity
    "in-a-month": (
        "Trade\n\nBANGKOK, Nov 12 - Thailand's exports brought in 1.6 trillion baht in October.",
        [("1.6 trillion baht", "level", "none", None, "exports", "Thailand", "2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), METRIC32_YIELDED_IN.values(), ids=METRIC32_YIELDED_IN.keys()
)
def test_facts_metric32_amount_yielded_in_a_quantity(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SUBJECT32_TITLE_CASE_DATELINE = {
    # a place in title case opening the lede's line, closed by a dash or a colon, is a
    # dateline: it owns nothing
    "city-dash": (
        "Grain output rises\n\nHarbin - Heilongjiang Province's grain output reached 80.2 "
        "million tonnes last year, with the value of agricultural output rising 4.6 percent.",
        [
            (
                "4.6 percent",
                "change",
                "increase",
                None,
                "value of agricultural output",
                "Heilongjiang Province",
                "2024",
            )
        ],
    ),
    "city-region-dash": (
        "Zone signs projects\n\nXiangyang, Hubei - The Xiangyang High-tech Zone signed 32 "
        "projects with total investment of 46 billion yuan on Tuesday.",
        [
            (
                "46 billion yuan",
                "level",
                "none",
                None,
                "total investment",
                "Xiangyang High-tech Zone",
                "2025-11-11",
            )
        ],
    ),
    "city-colon": (
        "Steel output\n\nMumbai: Tata Steel's crude steel output rose 8% in the September "
        "quarter. Its Indian operations posted EBITDA of 64 billion rupees.",
        [
            ("8%", "change", "increase", None, "crude steel output", "Tata Steel", "2025-Q3"),
            ("64 billion rupees", "level", "none", None, "EBITDA", "Tata Steel", "2025-Q3"),
        ],
    ),
    # near-miss: a dash that an aside closes again opens no lede; the place owns its figure
    "aside-dash": (
        "Growth slows\n\nVietnam - the region's fastest-growing economy - posted GDP growth of "
        "7.1% in the third quarter.",
        [("7.1%", "change", "increase", None, "GDP growth", "Vietnam", "2025-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECT32_TITLE_CASE_DATELINE.values(),
    ids=SUBJECT32_TITLE_CASE_DATELINE.keys(),
)
def test_facts_subject32_title_case_dateline(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SUBJECT32_STOCK_MOVE = {
    # a company whose stock moves in a market report owns its move, named in a relative
    # clause after the index's move; the market's flows after it stay no one's
    "relative-which": (
        "Kospi record\n\nSEOUL, Nov 3 - The KOSPI rose 2.8% to a record, led by SK Hynix, "
        "which surged 10%. Foreign investors bought 1.2 trillion won of shares.",
        [
            ("2.8%", "change", "increase", None, "KOSPI", None, "2025-11-03"),
            ("10%", "change", "increase", None, "shares", "SK Hynix", "2025-11-03"),
            ("1.2 trillion won", "level", "none", None, "shares", None, None),
        ],
    ),
    # the second company of a sentence owns its own move, not the first one's
    "second-company": (
        "Hang Seng\n\nHONG KONG, Nov 19 - Hong Kong stocks ended lower, with the Hang Seng "
        "index down 0.4%. Alibaba Group fell 2.1% ahead of its results, and Tencent Holdings "
        "slipped 1%.",
        [
            ("0.4%", "change", "decrease", None, "Hang Seng index", None, "2025-11-19"),
            ("2.1%", "change", "decrease", None, "stocks", "Alibaba Group", "2025-11-19"),
            ("1%", "change", "decrease", None, "stocks", "Tencent Holdings", "2025-11-19"),
        ],
    ),
    # near-miss: a relative clause on a company that reports its own figure
    "relative-aside": (
        "Chip sales\n\nSEOUL, Nov 3 - Samsung Electronics said its profit rose 9%. SK Hynix, "
        "which supplies Nvidia, said its sales surged 10%.",
        [
            ("9%", "change", "increase", None, "profit", "Samsung Electronics", None),
            ("10%", "change", "increase", None, "sales", "SK Hynix", None),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SUBJECT32_STOCK_MOVE.values(), ids=SUBJECT32_STOCK_MOVE.keys()
)
def test_facts_subject32_stock_move_owner(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SUBJECT32_LISTED_COMPANY_NAMES = {
    # an operator of airports named "Airports of <country>" is a company, not the country
    "airports-of": (
        "Airports of Thailand profit falls\n\nBANGKOK, Nov 20 - Airports of Thailand said its "
        "net profit fell 4% in the fiscal year ended September.",
        [("4%", "change", "decrease", None, "net profit", "Airports of Thailand", "FY2025")],
    ),
    # a company's full name with a nationality, its short form later
    "saudi-aramco": (
        "Saudi Aramco profit\n\nDUBAI, Nov 4 - Saudi Aramco's third-quarter net profit fell "
        "2.3%. Aramco will pay a dividend of $21.1 billion.",
        [
            ("2.3%", "change", "decrease", None, "net profit", "Saudi Aramco", "2025-Q3"),
            ("$21.1 billion", "level", "none", None, "dividend", "Saudi Aramco", None),
        ],
    ),
    # a company of the lexicon before "said" is no person
    "bharti-airtel": (
        "Bharti Airtel tariffs\n\nNEW DELHI, Nov 3 - Bharti Airtel said average revenue per "
        "user rose to 256 rupees in the September quarter.",
        [
            (
                "256 rupees",
                "level",
                "none",
                None,
                "average revenue per user",
                "Bharti Airtel",
                "2025-Q3",
            )
        ],
    ),
    # near-miss: a country's airports in lower case are the country's
    "country-airports": (
        "Thai airports\n\nBANGKOK, Nov 20 - Thailand's airport traffic rose 5% in October.",
        [("5%", "change", "increase", None, "airport traffic", "Thailand", "2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECT32_LISTED_COMPANY_NAMES.values(),
    ids=SUBJECT32_LISTED_COMPANY_NAMES.keys(),
)
def test_facts_subject32_listed_company_names(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SUBJECT32_TREASURY_OF_A_STATE = {
    # a treasury sells its state's debt: the country named before it owns the bonds
    "possessed-treasury": (
        "Italy sells bonds\n\nROME, Nov 12 - Italy's Treasury sold 3 billion euros of five-year "
        "bonds on Wednesday at a yield of 2.61%.",
        [
            ("3 billion euros", "level", "none", None, "bonds", "Italy", "2025-11-12"),
            ("2.61%", "level", "none", None, "yield", "Italy", "2025-11-12"),
        ],
    ),
    # near-miss: a company of a country sells its own bonds
    "possessed-company": (
        "VW bonds\n\nFRANKFURT, Nov 12 - Germany's Volkswagen sold 3 billion euros of "
        "five-year bonds on Wednesday.",
        [("3 billion euros", "level", "none", None, "bonds", "Volkswagen", "2025-11-12")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECT32_TREASURY_OF_A_STATE.values(),
    ids=SUBJECT32_TREASURY_OF_A_STATE.keys(),
)
def test_facts_subject32_treasury_of_a_state(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SUBJECT32_PLACE_NOUN_POSSESSIVE = {
    # "the city's" right before the metric stands for the city, not the county the sentence
    # is about
    "city-average": (
        "Guangdong county\n\nGUANGZHOU, Nov 11 - Boluo County in Huizhou, south China's "
        "Guangdong Province, saw its GDP grow 6.2 percent in the first three quarters, higher "
        "than the city's average of 4.8 percent.",
        [
            ("6.2 percent", "change", "increase", None, "GDP", "Boluo County", "2025-01/2025-09"),
            ("4.8 percent", "level", "none", None, "average", "Huizhou", "2025-01/2025-09"),
        ],
    ),
    "region-average": (
        "Inner Mongolia\n\nHOHHOT, Nov 11 - Ordos, a city in north China's Inner Mongolia "
        "Autonomous Region, reported GDP growth of 6.3 percent in the first three quarters, "
        "higher than the region's average of 5.4 percent.",
        [
            ("6.3 percent", "change", "increase", None, "GDP growth", "Ordos", "2025-01/2025-09"),
            (
                "5.4 percent",
                "level",
                "none",
                None,
                "average",
                "Inner Mongolia Autonomous Region",
                "2025-01/2025-09",
            ),
        ],
    ),
    # "the country's" before the metric is the bank's country, not the bank that reports it
    "country-reserves": (
        "Thai reserves\n\nBANGKOK, Nov 14 - The Bank of Thailand said the country's foreign "
        "reserves rose to $275 billion as of Nov 7.",
        [("$275 billion", "level", "none", None, "foreign reserves", "Thailand", "2025-11-07")],
    ),
    # near-miss: the rate the bank sets is its own
    "bank-rate": (
        "Thai rates\n\nBANGKOK, Nov 14 - The Bank of Thailand cut its policy rate to 1.5% on "
        "Wednesday, saying the country's exports rose 5% in October.",
        [
            ("1.5%", "level", "none", None, "policy rate", "Bank of Thailand", "2025-11-12"),
            ("5%", "change", "increase", None, "exports", "Thailand", "2025-10"),
        ],
    ),
    # near-miss: "the company's" is no place noun; the company named before keeps it
    "company": (
        "Results\n\nBEIJING, Nov 11 - Tavonix Bank said its net profit rose 5%, while the "
        "company's revenue rose 3%.",
        [
            ("5%", "change", "increase", None, "net profit", "Tavonix Bank", None),
            ("3%", "change", "increase", None, "revenue", "Tavonix Bank", None),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECT32_PLACE_NOUN_POSSESSIVE.values(),
    ids=SUBJECT32_PLACE_NOUN_POSSESSIVE.keys(),
)
def test_facts_subject32_place_noun_possessive(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SUBJECT32_COUNTRY_UNIT = {
    # a company's unit named by a country in the possessive owns its figures and its share
    "unit-of-country": (
        "Vietnam electronics\n\nHANOI, Nov 6 - Samsung Electronics Vietnam's exports reached "
        "$50 billion in the first ten months.",
        [
            (
                "$50 billion",
                "level",
                "none",
                None,
                "exports",
                "Samsung Electronics Vietnam",
                "2025-01/2025-10",
            )
        ],
    ),
    # near-miss: a company's exports to a country's neighbours are the company's
    "preposition": (
        "Vietnam electronics\n\nHANOI, Nov 6 - Exports by Samsung Electronics to Vietnam's "
        "neighbours rose 5% in October.",
        [("5%", "change", "increase", None, "Exports", "Samsung Electronics", "2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECT32_COUNTRY_UNIT.values(),
    ids=SUBJECT32_COUNTRY_UNIT.keys(),
)
def test_facts_subject32_company_unit_of_a_country(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SUBJECT32_SELLER_SAID = {
    # one unknown word before "said" and what a seller reports is a company that owns it,
    # not the rival named after it
    "volumes": (
        "Brewer results\n\nAMSTERDAM, Oct 29 - Heineken said organic beer volumes fell 4.3% in "
        "the third quarter, worse than the drop at Carlsberg Group.",
        [("4.3%", "change", "decrease", None, "organic beer volumes", "Heineken", "2025-Q3")],
    ),
    # near-miss: a person's surname before "said" owns nothing
    "surname": (
        "Sales\n\nWASHINGTON, Oct 29 - Fed Chair Jerome Powell spoke on Tuesday. Powell said "
        "retail sales rose 4% in September.",
        [("4%", "change", "increase", None, "retail sales", None, "2025-09")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SUBJECT32_SELLER_SAID.values(), ids=SUBJECT32_SELLER_SAID.keys()
)
def test_facts_subject32_seller_said(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SUBJECT32_SHARE_OF_A_DEFINITE_OWNER = {
    # the part a share measures is the owner's that a definite noun before it stands for, not
    # the whole's owner named after the value
    "company-of-city": (
        "Sichuan Yibin\n\nYIBIN, Nov 5 - Wuliangye Yibin Co is the city's largest company. Last "
        "year the company paid taxes of 18 billion yuan, about 40 percent of Yibin's fiscal "
        "revenue.",
        [
            ("18 billion yuan", "level", "none", None, "taxes", "Wuliangye Yibin Co", "2024"),
            ("about 40 percent", "share", "none", None, "taxes", "Wuliangye Yibin Co", "2024"),
        ],
    ),
    # near-miss: a named part's owner before the value keeps it
    "named-part": (
        "Polysilicon\n\nURUMQI, Nov 5 - Xinjiang produced 40 percent of China's polysilicon "
        "last year.",
        [("40 percent", "share", "none", None, "polysilicon", "Xinjiang", "2024")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECT32_SHARE_OF_A_DEFINITE_OWNER.values(),
    ids=SUBJECT32_SHARE_OF_A_DEFINITE_OWNER.keys(),
)
def test_facts_subject32_share_of_a_definite_owner(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


SUBJECT32_PLURAL_NAME_POSSESSIVE = {
    # a unit named after its parent's sentence owns its own line: "Jio Platforms'"
    "unit-after-parent": (
        "Reliance\n\nMUMBAI, Oct 17 - Reliance Industries' quarterly profit rose 9.7%, while "
        "Jio Platforms' profit rose 13%.",
        [
            ("9.7%", "change", "increase", None, "quarterly profit", "Reliance Industries", None),
            ("13%", "change", "increase", None, "profit", "Jio Platforms", None),
        ],
    ),
    # near-miss: a country whose name ends in -s
    "country": (
        "Philippine revenue\n\nMANILA, Oct 17 - The Philippines' tax revenue rose 13% in "
        "September.",
        [("13%", "change", "increase", None, "tax revenue", "Philippines", "2025-09")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECT32_PLURAL_NAME_POSSESSIVE.values(),
    ids=SUBJECT32_PLURAL_NAME_POSSESSIVE.keys(),
)
def test_facts_subject32_plural_name_possessive(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "X, or 36.5% of the budget estimate for FY26": the year is the whole's; the share is of the
# months the part is told over.
PERIOD32_SHARE_OF_PLAN: dict[str, tuple[str, list[Row]]] = {
    "share-of-budget-estimate": (
        "India's fiscal deficit for the first half of the current financial year stood at Rs "
        "5.73 lakh crore, or 36.5% of the budget estimate for FY26.",
        [
            (
                "Rs 5.73 lakh crore",
                "level",
                "none",
                None,
                "fiscal deficit",
                "India",
                "2025-04/2025-09",
            ),
            ("36.5%", "share", "none", None, "fiscal deficit", "India", "2025-04/2025-09"),
        ],
    ),
    # near-miss: a target "for FY26" is that year's
    "target-for-the-year": (
        "India has set a fiscal deficit target of 4.4% of GDP for FY26.",
        [("4.4%", "target", "none", None, "fiscal deficit", "India", "FY2026")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD32_SHARE_OF_PLAN.values(), ids=PERIOD32_SHARE_OF_PLAN.keys()
)
def test_facts_period32_share_of_a_plan_takes_the_part_months(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# The change of an amount summed "in the year to March" is over the same twelve months; a rate
# "in the year to October" told alone stays that month's reading.
PERIOD32_YEAR_TO_SUM: dict[str, tuple[str, list[Row]]] = {
    "change-after-amount": (
        "Japan's exports totaled 108.7 trillion yen in the year to March, up 6.2% from the "
        "previous year.",
        [
            ("108.7 trillion yen", "level", "none", None, "exports", "Japan", "2024-04/2025-03"),
            ("6.2%", "change", "increase", "year_on_year", "exports", "Japan", "2024-04/2025-03"),
        ],
    ),
    "change-to-amount": (
        "Kenya's tea exports rose 12% to $1.4 billion in the year to September.",
        [
            ("12%", "change", "increase", None, "tea exports", "Kenya", "2024-10/2025-09"),
            ("$1.4 billion", "level", "none", None, "tea exports", "Kenya", "2024-10/2025-09"),
        ],
    ),
    "opening-year-to": (
        "In the year to October, India's GST collections totaled Rs 13.9 lakh crore, up 9%.",
        [
            (
                "Rs 13.9 lakh crore",
                "level",
                "none",
                None,
                "GST collections",
                "India",
                "2024-11/2025-10",
            ),
            ("9%", "change", "increase", None, "GST collections", "India", "2024-11/2025-10"),
        ],
    ),
    # near-miss: an annual rate with no amount is the month's reading
    "rate-alone": (
        "UK house prices rose 2.4% in the year to October.",
        [("2.4%", "change", "increase", None, "house prices", "UK", "2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD32_YEAR_TO_SUM.values(), ids=PERIOD32_YEAR_TO_SUM.keys()
)
def test_facts_period32_change_of_a_year_to_sum(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# Month spans written "January-to-September" are one DATE, and "from January through October"
# is the span of a change as "from January to October" is (not a base month).
PERIOD32_MONTH_SPANS: dict[str, tuple[str, list[Row]]] = {
    "hyphenated-to": (
        "Pacifica Bank's net income reached 14.2 billion pesos in the January-to-September "
        "period, up 9.4% from a year ago.",
        [
            (
                "14.2 billion pesos",
                "level",
                "none",
                None,
                "net income",
                "Pacifica Bank",
                "2025-01/2025-09",
            ),
            (
                "9.4%",
                "change",
                "increase",
                "year_on_year",
                "net income",
                "Pacifica Bank",
                "2025-01/2025-09",
            ),
        ],
    ),
    "from-through": (
        "Yunnan Province's exports rose 5.1 percent from January through October.",
        [
            (
                "5.1 percent",
                "change",
                "increase",
                None,
                "exports",
                "Yunnan Province",
                "2025-01/2025-10",
            )
        ],
    ),
    # near-miss: "from September" after a month is still the base
    "from-a-month": (
        "Yunnan Province's exports rose 5.1 percent in October from September.",
        [
            (
                "5.1 percent",
                "change",
                "increase",
                "month_on_month",
                "exports",
                "Yunnan Province",
                "2025-10",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD32_MONTH_SPANS.values(), ids=PERIOD32_MONTH_SPANS.keys()
)
def test_facts_period32_month_spans_written_out(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# A revision of a forecast ("cut its full-year production forecast by 3%") is a change dated
# as the forecast is, ahead; a reported change stays in the past.
PERIOD32_REVISIONS: dict[str, tuple[str, list[Row]]] = {
    "full-year-forecast-cut": (
        "Kestrel Energy Corp cut its full-year production forecast by 3%.",
        [("3%", "change", "decrease", None, "production", "Kestrel Energy Corp", "2025")],
    ),
    "quarter-forecast-cut": (
        "Kestrel Energy Corp cut its production forecast for the first quarter by 3%.",
        [("3%", "change", "decrease", None, "production", "Kestrel Energy Corp", "2026-Q1")],
    ),
    "next-year-forecast-raised": (
        "The central bank raised its growth forecast for next year by 0.2 percentage point.",
        [("0.2 percentage point", "change", "increase", None, "growth", None, "2026")],
    ),
    # near-miss: a reported quarter is the latest one
    "reported-quarter": (
        "Kestrel Energy Corp said production fell 3% in the first quarter.",
        [("3%", "change", "decrease", None, "production", "Kestrel Energy Corp", "2025-Q1")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD32_REVISIONS.values(), ids=PERIOD32_REVISIONS.keys()
)
def test_facts_period32_revision_of_a_forecast_is_dated_ahead(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# A date after a value that is the adjective of a later value's metric ("with third-quarter
# sales up 5.1%") is that value's, not the period of the value before it.
PERIOD32_OTHER_METRIC: dict[str, tuple[str, list[Row]]] = {
    "nine-months-then-quarter": (
        "Ferrante Group SpA said sales in the first nine months of the year rose 6.7% to 4.35 "
        "billion euros, with third-quarter sales up 5.1%.",
        [
            ("6.7%", "change", "increase", None, "sales", "Ferrante Group SpA", "2025-01/2025-09"),
            (
                "4.35 billion euros",
                "level",
                "none",
                None,
                "sales",
                "Ferrante Group SpA",
                "2025-01/2025-09",
            ),
            ("5.1%", "change", "increase", None, "sales", "Ferrante Group SpA", "2025-Q3"),
        ],
    ),
    # near-miss: the values' own date after them still dates them
    "own-date-after": (
        "Lindqvist Foods AB said sales rose 4.3% to 18.2 billion crowns in the third quarter, "
        "with first-half profit up 2%.",
        [
            ("4.3%", "change", "increase", None, "sales", "Lindqvist Foods AB", "2025-Q3"),
            (
                "18.2 billion crowns",
                "level",
                "none",
                None,
                "sales",
                "Lindqvist Foods AB",
                "2025-Q3",
            ),
            ("2%", "change", "increase", None, "profit", "Lindqvist Foods AB", "2025-H1"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD32_OTHER_METRIC.values(), ids=PERIOD32_OTHER_METRIC.keys()
)
def test_facts_period32_date_of_a_later_metric(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# "reversing a 0.3 percent decline in September": a figure compared with, whose month is no
# period of the next sentence.
PERIOD32_REVERSING: dict[str, tuple[str, list[Row]]] = {
    "reversing": (
        "China's consumer price index rose 0.2 percent year on year in October, reversing a 0.3 "
        "percent decline in September. On a month-on-month basis, the CPI went up 0.2 percent.",
        [
            ("0.2 percent", "level", "none", None, "consumer price index", "China", "2025-10"),
            ("0.3 percent", "level", "none", None, "consumer price index", "China", "2025-09"),
            ("0.2 percent", "level", "none", None, "CPI", "China", "2025-10"),
        ],
    ),
    # near-miss: "after" did so already
    "after": (
        "China's consumer price index rose 0.2 percent year on year in October, after a 0.3 "
        "percent decline in September. On a month-on-month basis, the CPI went up 0.2 percent.",
        [
            ("0.2 percent", "level", "none", None, "consumer price index", "China", "2025-10"),
            ("0.3 percent", "level", "none", None, "consumer price index", "China", "2025-09"),
            ("0.2 percent", "level", "none", None, "CPI", "China", "2025-10"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD32_REVERSING.values(), ids=PERIOD32_REVERSING.keys()
)
def test_facts_period32_reversing_compares(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# The level a year's figure moved "from" (no date of its own) is the year before's.
PERIOD32_FROM_LEVEL: dict[str, tuple[str, list[Row]]] = {
    "opening-year": (
        "For the full year 2024, Vollrath Industrie AG's net income came in at €2.71 billion, "
        "down from €3.05 billion.",
        [
            ("€2.71 billion", "level", "none", None, "net income", "Vollrath Industrie AG", "2024"),
            ("€3.05 billion", "level", "none", None, "net income", "Vollrath Industrie AG", "2023"),
        ],
    ),
    "year-after-level": (
        "Vollrath Industrie AG's operating margin improved to 11.7 percent in 2024 from 10.2 "
        "percent.",
        [
            (
                "11.7 percent",
                "level",
                "none",
                None,
                "operating margin",
                "Vollrath Industrie AG",
                "2024",
            ),
            (
                "10.2 percent",
                "level",
                "none",
                None,
                "operating margin",
                "Vollrath Industrie AG",
                "2023",
            ),
        ],
    ),
    # near-miss: an old level with its own year keeps it
    "own-year": (
        "Tasman Bank Ltd's net interest margin narrowed to 1.78% in 2024 from 1.81% in 2022.",
        [
            ("1.78%", "level", "none", None, "net interest margin", "Tasman Bank Ltd", "2024"),
            ("1.81%", "level", "none", None, "net interest margin", "Tasman Bank Ltd", "2022"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD32_FROM_LEVEL.values(), ids=PERIOD32_FROM_LEVEL.keys()
)
def test_facts_period32_old_level_of_a_year_is_the_year_before(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# "reached X by the end of October, or 85% of the full-year target": the share restates the
# balance reached, measured on that day (no deadline ahead).
PERIOD32_REACHED_BY: dict[str, tuple[str, list[Row]]] = {
    "share-after-by-date": (
        "Hungary's budget deficit reached 3.9 trillion forints by the end of October, or 85% of "
        "the full-year target.",
        [
            (
                "3.9 trillion forints",
                "level",
                "none",
                None,
                "budget deficit",
                "Hungary",
                "2025-10-31",
            ),
            ("85%", "share", "none", None, "budget deficit", "Hungary", "2025-10-31"),
        ],
    ),
    # near-miss: a plan to reach a level by a date is ahead
    "plan-by-date": (
        "Hungary plans to cut its budget deficit to 4.5 trillion forints by the end of 2026, or "
        "4.1% of GDP.",
        [
            (
                "4.5 trillion forints",
                "target",
                "none",
                None,
                "budget deficit",
                "Hungary",
                "2026-12",
            ),
            ("4.1%", "target", "none", None, "budget deficit", "Hungary", "2026-12"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD32_REACHED_BY.values(), ids=PERIOD32_REACHED_BY.keys()
)
def test_facts_period32_share_restating_a_balance_reached_by(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# A central bank that says "on Monday that its ...": the time of saying is no clause of its
# own; the bank's own item stays the bank's, a clause on the economy goes to its country.
SUBJECT33_BANK_SAID_ON: dict[str, tuple[str, list[Row]]] = {
    "its-item-after-day": (
        "The Bank of Thailand said on Monday that its forward position stood at $25 billion at "
        "the end of October.",
        [
            (
                "$25 billion",
                "level",
                "none",
                None,
                "forward position",
                "Bank of Thailand",
                "2025-10-31",
            ),
        ],
    ),
    # near-miss: the economy's figure told after the day is the country's
    "economy-after-day": (
        "Bank Negara Malaysia said on Friday that the services sector grew 5.0% in the third "
        "quarter.",
        [("5.0%", "change", "increase", None, "services sector", "Malaysia", "2025-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SUBJECT33_BANK_SAID_ON.values(), ids=SUBJECT33_BANK_SAID_ON.keys()
)
def test_facts_subject33_bank_said_on_a_day(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A company's item in a market is the company's: a company that says "<item> in <place>"
# of an item of its accounts, or an item that names "its" operations before "in <place>".
SUBJECT33_COMPANY_MARKET: dict[str, tuple[str, list[Row]]] = {
    "said-item-in-place": (
        "AIA Group said value of new business in China rose 24 percent to $1.1 billion in the "
        "third quarter.",
        [
            (
                "24 percent",
                "change",
                "increase",
                None,
                "value of new business",
                "AIA Group",
                "2025-Q3",
            ),
            (
                "$1.1 billion",
                "level",
                "none",
                None,
                "value of new business",
                "AIA Group",
                "2025-Q3",
            ),
        ],
    ),
    "said-revenue-in-country": (
        "Vodafone Group said service revenue in Germany fell 1.9 percent in the second quarter.",
        [
            (
                "1.9 percent",
                "change",
                "decrease",
                None,
                "service revenue",
                "Vodafone Group",
                "2025-Q2",
            ),
        ],
    ),
    "its-operations-in-place": (
        "Rio Tinto said iron ore shipments from its Pilbara operations in Western Australia rose "
        "2 percent in the third quarter.",
        [
            (
                "2 percent",
                "change",
                "increase",
                None,
                "iron ore shipments from its Pilbara operations",
                "Rio Tinto",
                "2025-Q3",
            ),
        ],
    ),
    # near-misses: a statistic of a place an agency or forecaster tells stays the place's
    "agency-macro-in-place": (
        "Statistics Canada said retail sales in Ontario rose 1.2 percent in September.",
        [("1.2 percent", "change", "increase", None, "retail sales", "Ontario", "2025-09")],
    ),
    "forecaster-gdp-in-place": (
        "Moody's said GDP in Brazil would grow 2.1 percent next year.",
        [("2.1 percent", "target", "increase", None, "GDP", "Brazil", "2026")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SUBJECT33_COMPANY_MARKET.values(), ids=SUBJECT33_COMPANY_MARKET.keys()
)
def test_facts_subject33_company_item_in_a_market(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# An international lender's loan is the borrowing country's: the one after "to" in the
# sentence, else the one it names; the lender's own accounts stay its own.
SUBJECT33_BORROWER: dict[str, tuple[str, list[Row]]] = {
    "imf-release-to-country": (
        "The IMF board approved the release of $344 million to Sri Lanka, bringing total "
        "disbursements under its $2.9 billion bailout to $1.3 billion.",
        [
            ("$344 million", "level", "none", None, "release", "Sri Lanka", None),
            ("$2.9 billion", "level", "none", None, "total disbursements", "Sri Lanka", None),
            ("$1.3 billion", "level", "none", None, "total disbursements", "Sri Lanka", None),
        ],
    ),
    # near-miss: the lender's own income, with a loan to a country in the same sentence
    "lender-own-income": (
        "The World Bank said its net income rose to $1.6 billion in the fiscal year to June, "
        "from $1.2 billion a year earlier, even as loans to Kenya grew.",
        [
            ("$1.6 billion", "level", "none", None, "net income", "World Bank", "FY2025"),
            ("$1.2 billion", "level", "none", None, "net income", "World Bank", "FY2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SUBJECT33_BORROWER.values(), ids=SUBJECT33_BORROWER.keys()
)
def test_facts_subject33_lenders_loan_is_the_borrowers(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# A state's debt office or finance agency issues the state's debt: the country named right
# before it owns the yield (as "Italy's Treasury" does).
SUBJECT33_DEBT_OFFICE: dict[str, tuple[str, list[Row]]] = {
    "debt-management-office": (
        "Nigeria's Debt Management Office sold bonds at an average yield of 19.8 percent on Monday.",
        [("19.8 percent", "level", "none", None, "average yield", "Nigeria", "2025-11-10")],
    ),
    "finance-agency": (
        "Germany's Finance Agency sold 10-year Bunds at an average yield of 2.64 percent on "
        "Wednesday.",
        [("2.64 percent", "level", "none", None, "average yield", "Germany", "2025-11-12")],
    ),
    # near-miss: a debt office named by no country stays itself
    "office-no-country": (
        "The Debt Management Office sold bonds at an average yield of 19.8 percent on Monday.",
        [
            (
                "19.8 percent",
                "level",
                "none",
                None,
                "average yield",
                "Debt Management Office",
                "2025-11-10",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SUBJECT33_DEBT_OFFICE.values(), ids=SUBJECT33_DEBT_OFFICE.keys()
)
def test_facts_subject33_debt_office_state(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "the provincial average", "the municipal average", "the city average": the adjective (or the
# place noun) opening the metric stands for the province or city the article names, as "the
# province's" does; the gap of the place compared stays that place's.
SUBJECT33_PLACE_ADJECTIVE: dict[str, tuple[str, list[Row]]] = {
    "provincial-average": (
        "Xiangyang outpaces Hubei\n\nXiangyang's GDP grew 6.1 percent in 2024, the fastest among "
        "cities in Hubei Province. The growth rate was 0.3 percentage points higher than the "
        "provincial average of 5.8 percent.",
        [
            ("6.1 percent", "change", "increase", None, "GDP", "Xiangyang", "2024"),
            (
                "0.3 percentage points",
                "change",
                "increase",
                None,
                "growth rate",
                "Xiangyang",
                "2024",
            ),
            (
                "5.8 percent",
                "change",
                "increase",
                None,
                "provincial average",
                "Hubei Province",
                "2024",
            ),
        ],
    ),
    "municipal-average": (
        "Jiang'an incomes\n\nPer capita disposable income in Jiang'an District of Wuhan grew 6.3 "
        "percent in 2024. The growth rate was 0.4 percentage points higher than the municipal "
        "average of 5.9 percent.",
        [
            (
                "6.3 percent",
                "change",
                "increase",
                None,
                "Per capita disposable income",
                "Jiang'an District",
                "2024",
            ),
            (
                "0.4 percentage points",
                "change",
                "increase",
                None,
                "growth rate",
                "Jiang'an District",
                "2024",
            ),
            ("5.9 percent", "change", "increase", None, "municipal average", "Wuhan", "2024"),
        ],
    ),
    # near-miss: the gap over "the city average" is the county's own
    "gap-over-city-average": (
        "The GDP of Feixi County in Hefei grew 7.1 percent in 2024, 1.3 percentage points above "
        "the city average.",
        [
            ("7.1 percent", "change", "increase", None, "GDP", "Feixi County", "2024"),
            ("1.3 percentage points", "change", "increase", None, "GDP", "Feixi County", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SUBJECT33_PLACE_ADJECTIVE.values(), ids=SUBJECT33_PLACE_ADJECTIVE.keys()
)
def test_facts_subject33_provincial_average_is_the_provinces(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "The central bank's gold holdings": a stock of gold is a metric of its own (no gold quote),
# and "the central bank's" stands for the central bank the article names; its own holdings.
SUBJECT33_BANK_HOLDINGS: dict[str, tuple[str, list[Row]]] = {
    "central-banks-gold-holdings": (
        "PBOC gold\n\nThe central bank's gold holdings rose to $280 billion at the end of "
        "October, the People's Bank of China said.",
        [
            (
                "$280 billion",
                "level",
                "none",
                None,
                "gold holdings",
                "People's Bank of China",
                "2025-10-31",
            ),
        ],
    ),
    # near-misses: a gold quote is no one's; the country's reserves stay the country's
    "gold-quote": (
        "Gold\n\nGold rose 1.2 percent to $4,100 an ounce on Friday.",
        [
            ("1.2 percent", "change", "increase", None, "Gold", None, "2025-11-14"),
            ("$4,100 an ounce", "level", "none", None, "Gold", None, "2025-11-14"),
        ],
    ),
    "countrys-reserves": (
        "China reserves\n\nChina's foreign exchange reserves rose to $3.34 trillion at the end of "
        "October, the People's Bank of China said.",
        [
            (
                "$3.34 trillion",
                "level",
                "none",
                None,
                "foreign exchange reserves",
                "China",
                "2025-10-31",
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SUBJECT33_BANK_HOLDINGS.values(), ids=SUBJECT33_BANK_HOLDINGS.keys()
)
def test_facts_subject33_central_banks_own_holdings(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "ahead of the city's 4.7 percent": a place noun's possessive right before the value (the
# metric told before) stands for the place, as before a metric.
SUBJECT33_PLACE_POSSESSIVE_VALUE: dict[str, tuple[str, list[Row]]] = {
    "the-citys-value": (
        "Xiaoshan district\n\nXiaoshan District, Hangzhou's biggest economy, reported GDP growth "
        "of 6.4 percent in 2024, ahead of the city's 4.7 percent.",
        [
            ("6.4 percent", "change", "increase", None, "GDP growth", "Xiaoshan District", "2024"),
            ("4.7 percent", "change", "increase", None, "GDP growth", "Hangzhou", "2024"),
        ],
    ),
    # a name's possessive nearer the value than "the county's" owns it
    "elliptic-named-possessive": (
        "Changxing economy\n\nChangxing County, under Huzhou city, reported GDP of 98.6 billion "
        "yuan in 2024. The county's retail sales rose 5.1 percent, while Huzhou's grew 4.8 "
        "percent.",
        [
            ("98.6 billion yuan", "level", "none", None, "GDP", "Changxing County", "2024"),
            ("5.1 percent", "change", "increase", None, "retail sales", "Changxing County", "2024"),
            ("4.8 percent", "change", "increase", None, "retail sales", "Huzhou", "2024"),
        ],
    ),
    # near-miss: a named possessive before the value stays the name's
    "named-possessive-value": (
        "Kunshan\n\nKunshan said its revenue rose 3.2 percent in 2024, outpacing Suzhou's 1.8 "
        "percent.",
        [
            ("3.2 percent", "change", "increase", None, "revenue", "Kunshan", "2024"),
            ("1.8 percent", "change", "increase", None, "revenue", "Suzhou", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    SUBJECT33_PLACE_POSSESSIVE_VALUE.values(),
    ids=SUBJECT33_PLACE_POSSESSIVE_VALUE.keys(),
)
def test_facts_subject33_place_possessive_before_value(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# "reached C$2.1 billion, 11% from a year earlier": a bare percentage told against a base (no
# verb of its own) is a change of the metric, with no direction when the text gives none.
KIND33_AGAINST_BASE: dict[str, tuple[str, list[Row]]] = {
    "after-a-level": (
        "Sales at Maple Foods reached C$2.1 billion in the third quarter, 11% from a year earlier.",
        [
            ("C$2.1 billion", "level", "none", None, "Sales", "Maple Foods", "2025-Q3"),
            ("11%", "change", "none", "year_on_year", "Sales", "Maple Foods", "2025-Q3"),
        ],
    ),
    "after-a-level-yoy": (
        "Exports in Japan totaled 9.2 trillion yen in October, 11.2% year on year.",
        [
            ("9.2 trillion yen", "level", "none", None, "Exports", "Japan", "2025-10"),
            ("11.2%", "change", "none", "year_on_year", "Exports", "Japan", "2025-10"),
        ],
    ),
    "neutral-verb": (
        "Japan's exports in October changed 11% from a year earlier.",
        [("11%", "change", "none", "year_on_year", "exports", "Japan", "2025-10")],
    ),
    # near-misses: a part of a whole, and a rate that is a level by nature
    "share-of-total": (
        "Sales at Maple Foods reached C$2.1 billion in the third quarter, 11% of the group's "
        "total.",
        [
            ("C$2.1 billion", "level", "none", None, "Sales", "Maple Foods", "2025-Q3"),
            ("11%", "share", "none", None, "Sales", "Maple Foods", "2025-Q3"),
        ],
    ),
    "rate-level": (
        "Canada's annual inflation rate was 2.4% in October from a year earlier.",
        [("2.4%", "level", "none", None, "annual inflation rate", "Canada", "2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), KIND33_AGAINST_BASE.values(), ids=KIND33_AGAINST_BASE.keys()
)
def test_facts_kind33_percent_against_a_base_is_a_change(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# "reducing its holding to 22.5%", "raised its holding in Pegasus Cargo to 51 percent": the
# owner's stake noun before the verb makes the percentage a share, and the noun is its metric.
KIND33_STAKE_NOUN: dict[str, tuple[str, list[Row]]] = {
    "holding-to": (
        "Harlow Group sold 4 million shares of Veldt Mining on Wednesday, reducing its holding "
        "to 22.5%.",
        [("22.5%", "share", "none", None, "holding", "Harlow Group", "2025-11-12")],
    ),
    "holding-in-company-to": (
        "Turkish Wings raised its holding in Pegasus Cargo to 51 percent on Tuesday.",
        [("51 percent", "share", "none", None, "holding", "Turkish Wings", "2025-11-11")],
    ),
    # near-misses: "holding" as a verb, and a ratio raised to a level
    "holding-as-verb": (
        "Inflation in Britain is holding at 2.1%.",
        [("2.1%", "level", "none", None, "Inflation", "Britain", None)],
    ),
    "payout-ratio": (
        "Harlow Group raised its dividend payout ratio to 45% on Tuesday.",
        [("45%", "level", "none", None, "dividend payout ratio", "Harlow Group", "2025-11-11")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), KIND33_STAKE_NOUN.values(), ids=KIND33_STAKE_NOUN.keys()
)
def test_facts_kind33_stake_noun_makes_a_share(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# "a smaller cut than the 150 basis points economists had expected": a comparative before a
# noun of change makes it no verb with a metric of its own (the metric was "smaller"), and a
# quantifier before the forecasters ("most economists had forecast") keeps the forecast.
KIND33_COMPARED_CUT: dict[str, tuple[str, list[Row]]] = {
    "smaller-cut-expected": (
        "The National Bank of Poland cut its key rate by 100 basis points to 4.75 percent on "
        "Wednesday, a smaller cut than the 150 basis points economists had expected.",
        [
            (
                "100 basis points",
                "change",
                "decrease",
                None,
                "key rate",
                "National Bank of Poland",
                "2025-11-12",
            ),
            (
                "4.75 percent",
                "level",
                "none",
                None,
                "key rate",
                "National Bank of Poland",
                "2025-11-12",
            ),
            (
                "150 basis points",
                "target",
                "decrease",
                None,
                "key rate",
                "National Bank of Poland",
                "2025-11-12",
            ),
        ],
    ),
    "bigger-cut-most-forecast": (
        "Turkey's central bank cut its policy rate by 250 basis points to 47.5 percent, a bigger "
        "cut than the 150 basis points most economists had forecast.",
        [
            ("250 basis points", "change", "decrease", None, "policy rate", "Turkey", "2025-11-12"),
            ("47.5 percent", "level", "none", None, "policy rate", "Turkey", "2025-11-12"),
            ("150 basis points", "target", "decrease", None, "policy rate", "Turkey", "2025-11-12"),
        ],
    ),
    # near-miss: an expectation told with "as" stays the level reached
    "as-many-expected": (
        "Gross margin at Harlow Group reached 41% in the third quarter, as many analysts had "
        "expected.",
        [("41%", "level", "none", None, "Gross margin", "Harlow Group", "2025-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), KIND33_COMPARED_CUT.values(), ids=KIND33_COMPARED_CUT.keys()
)
def test_facts_kind33_compared_cut_takes_the_rate(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# "valuing the startup at $3.5 billion": a startup is a company, named by the valuation's verb
# as "valuing the company at" is (the metric was "startup").
KIND33_VALUING_STARTUP: dict[str, tuple[str, list[Row]]] = {
    "startup": (
        "Skyline Robotics raised $250 million from investors on Tuesday, valuing the startup at "
        "$3.5 billion.",
        [
            ("$250 million", "level", "none", None, "raised", "Skyline Robotics", "2025-11-11"),
            ("$3.5 billion", "level", "none", None, "valuing", "Skyline Robotics", "2025-11-11"),
        ],
    ),
    # near-miss: a valued asset that is no company is the metric
    "listed-fund": (
        "Harlow Capital bought 5 million shares on Tuesday, valuing the listed fund at $650 "
        "million.",
        [("$650 million", "level", "none", None, "listed fund", "Harlow Capital", "2025-11-11")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), KIND33_VALUING_STARTUP.values(), ids=KIND33_VALUING_STARTUP.keys()
)
def test_facts_kind33_valuing_a_startup(nlp: Language, text: str, expected: list[Row]) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# "Private investment fell, and its share of total investment dropped to 48.3 percent": the
# part a pronoun's share stands for is the metric (it was the whole, "total investment").
KIND33_SHARE_ANTECEDENT: dict[str, tuple[str, list[Row]]] = {
    "opening-phrase": (
        "Private investment in Kenya fell in 2024, and its share of total investment dropped to "
        "48.3 percent.",
        [("48.3 percent", "share", "none", None, "Private investment", "Kenya", "2024")],
    ),
    "previous-metric": (
        "Kenya's tea exports rose to $1.4 billion in 2024, and their share of total exports "
        "climbed to 21 percent.",
        [
            ("$1.4 billion", "level", "none", None, "tea exports", "Kenya", "2024"),
            ("21 percent", "share", "none", None, "tea exports", "Kenya", "2024"),
        ],
    ),
    "lifting-its-share": (
        "Services output in Kenya grew 6.1 percent in 2024, lifting its share of GDP to 54 "
        "percent.",
        [
            ("6.1 percent", "change", "increase", None, "Services output", "Kenya", "2024"),
            ("54 percent", "share", "none", None, "Services output", "Kenya", "2024"),
        ],
    ),
    "after-a-dateline": (
        "NAIROBI, Nov. 12 - Private investment in Kenya fell in 2024, and its share of total "
        "investment dropped to 48.3 percent.",
        [("48.3 percent", "share", "none", None, "Private investment", "Kenya", "2024")],
    ),
    # near-misses: no pronoun, and a company's own share of a market
    "no-pronoun": (
        "The share of total investment in Kenya dropped to 48.3 percent in 2024.",
        [("48.3 percent", "share", "none", None, "total investment", "Kenya", "2024")],
    ),
    "company-share": (
        "Kestrel Bank said its share of the mortgage market rose to 12 percent in September.",
        [("12 percent", "share", "none", None, "mortgage market", "Kestrel Bank", "2025-09")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), KIND33_SHARE_ANTECEDENT.values(), ids=KIND33_SHARE_ANTECEDENT.keys()
)
def test_facts_kind33_pronoun_share_takes_the_part(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# "plans to buy back up to 10 percent of its issued shares" had no fact: a participle after a
# possessive ("its issued shares") is an adjective of the noun phrase, not a verb.
KIND33_POSSESSIVE_PARTICIPLE: dict[str, tuple[str, list[Row]]] = {
    "issued-shares": (
        "Westbridge Mining plans to buy back up to 10 percent of its issued shares over the next "
        "year.",
        [
            (
                "up to 10 percent",
                "target",
                "none",
                None,
                "issued shares",
                "Westbridge Mining",
                "2026",
            )
        ],
    ),
    "outstanding-shares": (
        "Westbridge Mining plans to repurchase up to 10 percent of its outstanding shares over "
        "the next year.",
        [
            (
                "up to 10 percent",
                "target",
                "none",
                None,
                "outstanding shares",
                "Westbridge Mining",
                "2026",
            )
        ],
    ),
    # near-miss: a verb after the noun that follows the possessive stays a verb
    "its-sales-declined": (
        "Westbridge Mining said its sales declined 12% in the third quarter.",
        [("12%", "change", "decrease", None, "sales", "Westbridge Mining", "2025-Q3")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    KIND33_POSSESSIVE_PARTICIPLE.values(),
    ids=KIND33_POSSESSIVE_PARTICIPLE.keys(),
)
def test_facts_kind33_participle_after_a_possessive(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-12") == expected


# period-33: "Early this year", "Earlier this month", "late last month" are dated as their
# core ("this year", "this month"); their "earlier" is no year-back base; "the April-September
# half" is its months.
PERIOD33_BOUNDED: dict[str, tuple[str, list[Row]]] = {
    "earlier-this-month": (
        "Earlier this month, China Mobile said its 5G users rose 8.5 percent.",
        [("8.5 percent", "change", "increase", None, "G users", "China Mobile", "2025-11")],
    ),
    "early-this-year": (
        "Early this year, Bharti Airtel Ltd raised its tariffs by 10 percent.",
        [("10 percent", "change", "increase", None, "tariffs", "Bharti Airtel Ltd", "2025")],
    ),
    "late-last-month": (
        "Late last month, Egypt's inflation eased to 12.5 percent.",
        [("12.5 percent", "level", "none", None, "inflation", "Egypt", "2025-10")],
    ),
    "april-september-half": (
        "In the April-September half, Bajaj Finance Ltd's net profit rose 22 percent.",
        [
            (
                "22 percent",
                "change",
                "increase",
                None,
                "net profit",
                "Bajaj Finance Ltd",
                "2025-04/2025-09",
            )
        ],
    ),
    # near-miss: a month named alone keeps its own period
    "month-alone": (
        "Egypt's inflation eased to 12.5 percent in October.",
        [("12.5 percent", "level", "none", None, "inflation", "Egypt", "2025-10")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD33_BOUNDED.values(), ids=PERIOD33_BOUNDED.keys()
)
def test_facts_period33_bounded_relative_periods(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# period-33: "the year to/through September" of a company's results (a company owning the
# figure and a results noun) is its fiscal year ending that month; an economy's is that month's
# annual rate, as before.
PERIOD33_COMPANY_YEAR_TO: dict[str, tuple[str, list[Row]]] = {
    "margin-year-through": (
        "Siemens AG's operating margin was 14.2% in the year through September.",
        [("14.2%", "level", "none", None, "operating margin", "Siemens AG", "FY2025")],
    ),
    "revenue-year-to": (
        "Infineon Technologies' revenue rose 5 percent to 14.7 billion euros in the year to "
        "September.",
        [
            ("5 percent", "change", "increase", None, "revenue", "Infineon Technologies", "FY2025"),
            (
                "14.7 billion euros",
                "level",
                "none",
                None,
                "revenue",
                "Infineon Technologies",
                "FY2025",
            ),
        ],
    ),
    # near-misses: an economy's rate in the year to a month is that month's
    "inflation-year-to": (
        "UK inflation was 3.8% in the year to September.",
        [("3.8%", "level", "none", None, "inflation", "UK", "2025-09")],
    ),
    "wages-year-to": (
        "Australia's wage price index rose 3.4% in the year to September, the ABS said.",
        [("3.4%", "level", "none", None, "wage price index", "Australia", "2025-09")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD33_COMPANY_YEAR_TO.values(), ids=PERIOD33_COMPANY_YEAR_TO.keys()
)
def test_facts_period33_company_year_to_a_month_is_its_fiscal_year(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# period-33: a "full-year" before a forecast or limit noun ("the full-year ceiling of 1.56
# trillion pesos") names the year running, not the last one ended. Only the period is asserted:
# whether a ceiling's kind is `level` or `target` is not this rule's business.
PERIOD33_FULL_YEAR_CEILING: dict[str, tuple[str, str, str | None]] = {
    "ceiling-of": (
        "Meralco kept its full-year ceiling of 1.56 trillion pesos.",
        "1.56 trillion pesos",
        "2025",
    ),
    "ceiling-on": (
        "Manila Water Co's full-year ceiling on tariffs is 30 billion pesos.",
        "30 billion pesos",
        "2025",
    ),
    # near-miss: a full-year result reported is of the year ended
    "full-year-capex": (
        "PLDT Inc's full-year capex rose to 70 billion pesos.",
        "70 billion pesos",
        "2024",
    ),
}


@pytest.mark.parametrize(
    ("text", "value", "period"),
    PERIOD33_FULL_YEAR_CEILING.values(),
    ids=PERIOD33_FULL_YEAR_CEILING.keys(),
)
def test_facts_period33_full_year_ceiling_is_the_year_running(
    nlp: Language, text: str, value: str, period: str | None
) -> None:
    found = {r[0]: r[6] for r in facts(nlp, text, date="2025-11-14")}
    assert found == {value: period}


# period-33: a sentence opening with an undated span counted back from now ("Over the past five
# years,", "In recent years,") and naming no other date dates nothing: its value inherits no
# year from the sentence before.
PERIOD33_OPENED_UNDATED: dict[str, tuple[str, list[Row]]] = {
    "past-five-years-annually": (
        "Vietnam's exports rose 14 percent last year. Over the past five years, exports grew 9 "
        "percent annually.",
        [
            ("14 percent", "change", "increase", None, "exports", "Vietnam", "2024"),
            ("9 percent", "change", "increase", None, "exports", "Vietnam", None),
        ],
    ),
    "past-five-years-a-year": (
        "Jinjiang county's GDP rose 5.8 percent in the first three quarters. Over the past five "
        "years, the county's fiscal revenue grew 7.5 percent a year.",
        [
            ("5.8 percent", "change", "increase", None, "GDP", "Jinjiang", "2025-01/2025-09"),
            ("7.5 percent", "change", "increase", None, "fiscal revenue", "Jinjiang", None),
        ],
    ),
    # near-miss: a year named in the sentence dates the value
    "year-named-too": (
        "Vietnam's exports rose 14 percent last year. Over the past five years, exports grew 9 "
        "percent in 2024 alone.",
        [
            ("14 percent", "change", "increase", None, "exports", "Vietnam", "2024"),
            ("9 percent", "change", "increase", None, "exports", "Vietnam", "2024"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD33_OPENED_UNDATED.values(), ids=PERIOD33_OPENED_UNDATED.keys()
)
def test_facts_period33_opening_undated_span_dates_nothing(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# period-33: a hyphenated length before a security ("five-year bonds", "15-year bonds") is its
# tenor, no date: an auction's amount takes the day of its sentence.
PERIOD33_TENOR: dict[str, tuple[str, list[Row]]] = {
    "five-year-bonds-on-day": (
        "Turkey's Treasury sold 15 billion lira of five-year bonds on Tuesday.",
        [("15 billion lira", "level", "none", None, "bonds", "Turkey", "2025-11-11")],
    ),
    # near-misses: bonds with no tenor keep the day; a tenor with no day dates nothing
    "bonds-on-day": (
        "Turkey's Treasury sold 15 billion lira of bonds on Tuesday.",
        [("15 billion lira", "level", "none", None, "bonds", "Turkey", "2025-11-11")],
    ),
    "tenor-no-day": (
        "Kenya's Treasury sold 20 billion shillings of 15-year bonds.",
        [("20 billion shillings", "level", "none", None, "bonds", "Kenya", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PERIOD33_TENOR.values(), ids=PERIOD33_TENOR.keys())
def test_facts_period33_bond_tenor_is_no_date(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# period-33: a year right before a security ("2035 gilts", "2030 BTPs") is its maturity, no
# period of the amount sold (which so stays a level, dated by its day).
PERIOD33_MATURITY_YEAR: dict[str, tuple[str, list[Row]]] = {
    "gilts-of-year": (
        "Britain sold 4 billion pounds of 2035 gilts on Wednesday.",
        [("4 billion pounds", "level", "none", None, "gilts", "Britain", "2025-11-12")],
    ),
    "btps-of-year": (
        "Italy sold 3 billion euros of 2030 BTPs on Thursday.",
        [("3 billion euros", "level", "none", None, "BTPs", "Italy", "2025-11-13")],
    ),
    # near-miss: "in 2026" after the bonds is the plan's year
    "bonds-in-year": (
        "Italy plans to sell 3 billion euros of bonds in 2026.",
        [("3 billion euros", "target", "none", None, "bonds", "Italy", "2026")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), PERIOD33_MATURITY_YEAR.values(), ids=PERIOD33_MATURITY_YEAR.keys()
)
def test_facts_period33_maturity_year_of_a_security_is_no_period(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2025-11-14") == expected


# period-33: "reported earlier this month" is the report's month with its bounding word inside
# the DATE, as "reported this month" was: the figures keep the month they name.
PERIOD33_REPORTED_EARLIER: dict[str, tuple[str, list[Row]]] = {
    "reported-earlier-this-month": (
        "The US unemployment rate held at 3.7% in December, the Labor Department reported "
        "earlier this month.",
        [("3.7%", "level", "none", None, "unemployment rate", "US", "2023-12")],
    ),
    # near-miss: the month opening the sentence dates the figure
    "earlier-this-month-opening": (
        "Earlier this month, the US unemployment rate held at 3.7%.",
        [("3.7%", "level", "none", None, "unemployment rate", "US", "2024-01")],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    PERIOD33_REPORTED_EARLIER.values(),
    ids=PERIOD33_REPORTED_EARLIER.keys(),
)
def test_facts_period33_reported_earlier_this_month_is_the_report(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert facts(nlp, text, date="2024-01-26") == expected
