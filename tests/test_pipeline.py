"""The library API: extract() and extract_many() on any text, and the pipeline saved and loaded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import extractor
from extractor.errors import ExtractorError
from extractor.records import MoneyMention


def test_pipeline_extract_text_longer_than_spacy_max_length(nlp: Language) -> None:
    tail = "Profit hit $2 million."
    text = "Revenue hit $5 million.\n\n" + "\n" * 1_100_000 + tail
    money = [m for m in extractor.extract(text, nlp=nlp).mentions if isinstance(m, MoneyMention)]
    assert [(m.text, m.start, m.amount) for m in money] == [
        ("$5 million", 12, Decimal("5000000")),
        ("$2 million", len(text) - len(tail) + 11, Decimal("2000000")),
    ]
    assert all(text[m.start : m.end] == m.text for m in money)


def test_pipeline_long_symbol_run_is_one_token(nlp: Language) -> None:
    # spaCy alone splits this into 20,000 tokens, one prefix at a time, in quadratic time.
    doc = nlp("Price: " + "$" * 20_000 + " 5 percent")
    assert [t.text for t in doc][1:3] == [":", "$" * 20_000]
    assert [e.text for e in doc.ents] == ["5 percent"]


def test_pipeline_ordinary_tokens_are_unchanged(nlp: Language) -> None:
    doc = nlp.make_doc("US$1.2bn and $5-6 million")
    assert [t.text for t in doc] == ["US$", "1.2bn", "and", "$", "5", "-", "6", "million"]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("U.S.-listed shares", ["U.S.", "-", "listed", "shares"]),
        ("U.K.-based lenders", ["U.K.", "-", "based", "lenders"]),
        ("the U.S. economy", ["the", "U.S.", "economy"]),
        ("a Q.E.D.-Style end", ["a", "Q.E.D.-Style", "end"]),  # only before a lower-case word
    ],
)
def test_pipeline_abbreviation_before_a_hyphen_is_its_own_token(
    nlp: Language, text: str, tokens: list[str]
) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("2025--Tessaro Logistics", ["2025", "--", "Tessaro", "Logistics"]),
        ("SEATTLE--(BUSINESS WIRE)", ["SEATTLE", "--", "(", "BUSINESS", "WIRE", ")"]),
        ("rose 5%--the best", ["rose", "5%", "--", "the", "best"]),
        # near-misses: one hyphen, a dash between spaces
        ("a well-known brand", ["a", "well", "-", "known", "brand"]),
        ("in 2024-25", ["in", "2024", "-", "25"]),
        ("rose -- again", ["rose", "--", "again"]),
    ],
)
def test_pipeline_glued_double_dash_is_its_own_token(
    nlp: Language, text: str, tokens: list[str]
) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_pipeline_abbreviation_modifier_names_a_place_not_a_company(nlp: Language) -> None:
    doc = nlp("Its U.S.-listed shares rose 1.8%.")
    assert [(e.text, e.label_) for e in doc.ents] == [("U.S.", "GPE"), ("1.8%", "PERCENT")]


def test_pipeline_saved_and_loaded_gives_the_same_records(
    nlp: Language, tmp_path: Path, corpus_dir: Path
) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    for path in sorted((corpus_dir / "articles").rglob("*.txt"))[::8]:
        text = path.read_text(encoding="utf-8")
        assert extractor.extract(text, nlp=loaded) == extractor.extract(text, nlp=nlp), path.name
    # The tokenizer keeps its guard against long runs of symbols.
    assert [t.text for t in loaded.make_doc("Price: " + "$" * 600)] == [
        "Price", ":", "$" * 600,
    ]  # fmt: skip


def test_pipeline_extract_takes_a_model_name(nlp: Language) -> None:
    text = "Revenue rose 12% to US$1.2bn."
    assert extractor.extract(text, model=None) == extractor.extract(text, nlp=nlp)
    with pytest.raises(ExtractorError, match=r"^\[E007\] Cannot load spaCy pipeline 'no_such_x'"):
        extractor.extract(text, model="no_such_x")
    with pytest.raises(ExtractorError, match=r"^\[E007\]"):
        list(extractor.extract_many([("a", text)], model="no_such_x"))
    with pytest.raises(TypeError, match=r"either nlp= or model=, not both"):
        extractor.extract(text, nlp=nlp, model="en_core_web_sm")


@pytest.mark.parametrize("value", [b"Revenue rose 12%.", None, 12], ids=["bytes", "none", "int"])
def test_pipeline_extract_refuses_what_is_not_text(value: object) -> None:
    with pytest.raises(TypeError, match=r"^extract\(\) takes the text as a str, not "):
        extractor.extract(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^extract_many\(\) takes \(doc_id, text\) pairs"):
        list(extractor.extract_many([("a", value)]))  # type: ignore[list-item]


def test_pipeline_extract_many_reads_long_texts_like_extract(nlp: Language) -> None:
    long = "Revenue hit $5 million.\n\n" + "\n" * 1_100_000 + "Profit hit $2 million.\r\n"
    items = [("a", "Sales rose 5%."), ("long", long), ("b", "Costs fell 2%.\r\nNet: $3 million.")]
    many = list(extractor.extract_many(items, nlp=nlp, batch_size=2))
    assert many == [extractor.extract(text, doc_id, nlp=nlp) for doc_id, text in items]
    assert [m.text for m in many[1].mentions] == ["$5 million", "$2 million"]


def test_pipeline_today_dates_a_story_that_names_no_year() -> None:
    text = "WUHAN, Oct. 24 (Xinhua) -- Exports rose 5 percent last month, officials said Tuesday."
    # Oct. 24 fell on a Tuesday in 2023 and next in 2028: the latest by the day of reading
    periods = [
        [d.resolved for d in extractor.extract(text, nlp=extractor.load(today=day)).mentions
         if d.label == "DATE" and d.text == "last month"]  # type: ignore[union-attr]
        for day in ("2026-12-04", "2029-01-01")
    ]  # fmt: skip
    assert periods == [["2023-09"], ["2028-09"]]
