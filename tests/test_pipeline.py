"""The library API: extract() on any length of text, records in text order."""

from __future__ import annotations

from decimal import Decimal

from spacy.language import Language

import extractor
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
