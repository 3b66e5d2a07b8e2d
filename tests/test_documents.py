"""From text to records: line endings and texts cut into overlapping pieces."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest
from spacy.language import Language

from extractor.documents import normalize_date, text_records
from extractor.records import DocumentRecords

TABLE = (
    "Wuxi output by sector, 2023\n\n"
    "WUXI, Jan. 23 (Xinhua) -- Coal output rose 5 percent in 2023, the bureau said.\n\n"
    "Output of Wuxi by Sector\n"
    "(10,000 tons)\n\n"
    "Item              2022        2023\n"
    "Coal              1485.82     1545.19\n\n"
    "Gross Domestic Product of Wuxi by Sector\n"
    "(100 million yuan)\n\n"
    "Item                      2022        2023\n"
    "Gross domestic product    14850.82    15456.19\n"
    "Primary industry          138.65      144.33\n\n"
    "Exports rose 5.8 pct to 150 billion yuan, said Li Wei of the Wuxi Bureau of Commerce.\n"
)

OFFSETS = {"start", "end", "sentence_start", "sentence_end", "chars", "content_sha256"}


def without_offsets(data: Any) -> Any:
    """A record's JSON with every offset (and the text's length and hash) left out."""
    if isinstance(data, dict):
        return {k: without_offsets(v) for k, v in data.items() if k not in OFFSETS}
    if isinstance(data, list):
        return [without_offsets(v) for v in data]
    return data


def lines(records: DocumentRecords) -> list[Any]:
    return [r.model_dump(mode="json") for r in records.records()]


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_documents_line_endings_give_the_records_of_lf(nlp: Language, ending: str) -> None:
    lf = text_records(nlp, TABLE, "t.txt")
    # What CRLF used to change: the tonnage table read as yuan, the dateline, the title.
    assert [(m.label, m.text) for m in lf.mentions if m.label in {"MONEY", "PERCENT"}] == [
        ("PERCENT", "5 percent"), ("MONEY", "14850.82"), ("MONEY", "15456.19"),
        ("MONEY", "138.65"), ("MONEY", "144.33"), ("PERCENT", "5.8 pct"),
        ("MONEY", "150 billion yuan"),
    ]  # fmt: skip
    assert [(m.label, m.text) for m in lf.mentions][2:5] == [
        ("GPE", "WUXI"), ("DATE", "Jan. 23"), ("ORG", "Xinhua"),
    ]  # fmt: skip
    text = TABLE.replace("\n", ending)
    other = text_records(nlp, text, "t.txt")
    assert without_offsets(lines(other)) == without_offsets(lines(lf))
    # Offsets index the text as given, line endings included.
    same = {m.id: m for m in lf.mentions}
    for mention in other.mentions:
        assert text[mention.start : mention.end] == mention.text
        sentence = text[mention.sentence_start : mention.sentence_end].replace(ending, "\n")
        assert sentence == TABLE[same[mention.id].sentence_start : same[mention.id].sentence_end]
    for fact in other.facts:
        assert text[fact.value.start : fact.value.end] == fact.value.text
        assert text[fact.metric.start : fact.metric.end] == fact.metric.text
    assert (other.article.chars, other.article.title) == (len(text), "Wuxi output by sector, 2023")


def test_documents_crlf_inside_a_mention_keeps_it_whole(nlp: Language) -> None:
    text = "Exports hit\r\n\r\nProfit was 5\r\npercent, said the bank.\r\n"
    (percent,) = text_records(nlp, text, "x").mentions
    assert (percent.text, percent.start, percent.end) == ("5\r\npercent", 26, 36)


SENTENCE = (
    "In {year}, exports from Suzhou rose {i}.5 percent to {i}0 billion yuan, "
    "said Li Wei of the Jiangsu Provincial Department of Commerce on Jan. {day}, {year}. "
)


def long_text(count: int, width: int | None) -> str:
    """Sentences one after another, in one paragraph: on one line, or wrapped at ``width``."""
    text = "".join(
        SENTENCE.format(i=i % 9 + 1, year=2000 + i % 24, day=i % 28 + 1) for i in range(count)
    )
    return textwrap.fill(text, width) if width else text


@pytest.mark.parametrize("width", [None, 60, 75], ids=["one-line", "wrapped-60", "wrapped-75"])
def test_documents_long_text_without_paragraphs_loses_no_mention_at_a_cut(
    nlp: Language, width: int | None
) -> None:
    text = long_text(40, width)  # some 6,000 characters
    whole = text_records(nlp, text, "x.txt")
    assert len(whole.mentions) == {None: 280, 60: 300, 75: 316}[width]
    for size in (500, 777, 1500):
        pieces = text_records(nlp, text, "x.txt", chunk_chars=size)
        assert pieces.mentions == whole.mentions, size
        # Facts need context that pieces this small cut off (here a metric named one line
        # before its value, where the wrapped line starts a new sentence), so their count may
        # differ; everything else about the article is the same.
        assert pieces.article.model_copy(update={"facts": whole.article.facts}) == whole.article


def test_documents_long_text_cut_inside_a_word_keeps_every_mention(nlp: Language) -> None:
    # No space, sentence end or line break for a long stretch: a blind cut, no mention lost.
    text = "Profit was $5 million. " + "x" * 900 + " Revenue was 7 million euros in 2023."
    whole = text_records(nlp, text, "x.txt")
    pieces = text_records(nlp, text, "x.txt", chunk_chars=400)

    def values(records: DocumentRecords) -> list[tuple[object, ...]]:
        return [(m.id, m.label, m.text, m.start, m.end) for m in records.mentions]

    assert values(pieces) == values(whole)
    assert [m.text for m in whole.mentions] == ["$5 million", "7 million euros", "2023"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-01-23", "2024-01-23"),
        ("2024-01-23T23:30:00-05:00", "2024-01-23"),
        ("2024-01-23T10:00:00Z", "2024-01-23"),
        ("2024/01/23", "2024-01-23"),
        ("Tue, 23 Jan 2024 10:00:00 +0000", "2024-01-23"),
        ("January 23, 2024", "2024-01-23"),
        ("23 Jan 2024", "2024-01-23"),
        ("01/02/2024", None),
        ("2024-02-30", None),
        ("last Tuesday", None),
    ],
)
def test_documents_normalize_date(raw: str, expected: str | None) -> None:
    assert normalize_date(raw) == expected


def test_documents_metadata_date_is_iso_or_kept_raw(nlp: Language) -> None:
    text = "BEIJING, Jan. 5, 2024 -- Exports rose 5 percent last year."
    iso = text_records(nlp, text, "a", date="Tue, 23 Jan 2024 10:00:00 +0000").article
    assert (iso.date, iso.date_raw) == ("2024-01-23", None)
    # Unreadable metadata: the date stated in the text, and the raw string beside it.
    raw = text_records(nlp, text, "a", date="spring 2024").article
    assert (raw.date, raw.date_raw) == ("2024-01-05", "spring 2024")


RESOLVED = (
    "BEIJING, May 15, 2024 -- Exports rose 5 percent last month and 8 percent in the 12 months "
    "to March, officials said on Tuesday. A plant opening in June will cost 2 billion yuan. "
    "Output has doubled over the past three years. Profit in the quarter ended March 31 and "
    "in the December quarter rose. Sales have grown since October last year. Imports fell "
    "between January and April. Trips rose during the Oct. 1-7 holiday. Sales rose in Q1-Q3 "
    "last year, and from January to November last year; debt fell by the end of 2023."
)


def test_documents_date_mentions_are_resolved_against_the_article_date(nlp: Language) -> None:
    dates = [m for m in text_records(nlp, RESOLVED, "a").mentions if m.label == "DATE"]
    assert [(m.text, m.value, m.resolved) for m in dates] == [  # type: ignore[union-attr]
        ("May 15, 2024", "2024-05-15", "2024-05-15"),
        ("last month", None, "2024-04"),
        ("the 12 months to March", None, "2023-04/2024-03"),
        ("Tuesday", None, "2024-05-14"),
        ("June", None, "2024-06"),  # the nearer June: a month away, not eleven back
        ("the past three years", None, None),  # a duration: no date to fix
        ("the quarter ended March 31", None, "2024-Q1"),  # the latest such quarter
        ("the December quarter", None, "2023-Q4"),
        ("October last year", None, "2023-10"),
        ("between January and April", None, "2024-01/2024-04"),
        ("Oct. 1-7", None, "2024-10-01/2024-10-07"),  # the nearer October, as for "June"
        ("Q1-Q3", None, "2023-01/2023-09"),
        ("last year", None, "2023"),
        ("January to November last year", None, "2023-01/2023-11"),
        ("the end of 2023", None, "2023-12-31"),
    ]


def test_documents_date_mentions_follow_the_caller_date_and_stay_open_without_one(
    nlp: Language,
) -> None:
    text = "Exports rose 5 percent last year."
    (given,) = [
        m for m in text_records(nlp, text, "a", date="2024-01-05").mentions if m.label == "DATE"
    ]
    (unknown,) = [m for m in text_records(nlp, text, "a").mentions if m.label == "DATE"]
    assert (given.resolved, unknown.resolved) == ("2023", None)  # type: ignore[union-attr]
