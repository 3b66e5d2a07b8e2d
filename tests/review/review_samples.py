"""Sample articles and hand-made records shared by the review site's tests."""

from __future__ import annotations

from typing import Any

from extractor.documents import content_hash
from extractor.evaluation.compare import Comparison
from extractor.evaluation.corpus import CorpusDoc, GoldArticle
from extractor.evaluation.facts import match_facts
from extractor.evaluation.scoring import Finding
from extractor.records import DocumentRecords

ARTICLE = """Jiangsu exports top 150 billion yuan

NANJING, Jan. 23 (Xinhua) -- Exports from Jiangsu Province rose 5.8 percent year on year to 150 billion yuan ($20.9 billion) in 2023, the People's Bank of China said.

Suzhou Industrial Park's revenue grew 7.1% to RMB 733.6 billion, said Li Wei, director of the park.
"""
HOSTILE = """Markets <script>alert(1)</script> rally

Shares rose 3% to $5 billion <img src=x onerror="alert(2)"> on Monday & "quotes" 'too'.
"""
HANDMADE = (
    "Jiangsu trade\n\n"
    "Exports from Jiangsu rose 5.8% to 150 billion yuan ($20.9 billion) in 2023. Imports fell 2%.\n"
)


def span_of(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def handmade_records() -> DocumentRecords:
    """Records of :data:`HANDMADE` written by hand (so the page tests do not follow the rules):
    a GPE, a PERCENT, a MONEY and its conversion, a DATE, and two facts."""
    text = HANDMADE
    sentence = {"sentence_start": 15, "sentence_end": text.index(". Imports") + 1}
    common = {"doc_id": "cn/jiangsu.txt", **sentence}

    def where(part: str, after: int = 0) -> dict[str, Any]:
        start, end = span_of(text, part, after)
        return {"text": part, "start": start, "end": end}

    source = {"component": "extractor_money", "pattern": "money.suffix"}
    mentions = [
        {"label": "GPE", "id": "m1", **where("Jiangsu", 10), **common,
         "source": {"component": "extractor_entities", "pattern": "gazetteer"}},
        {"label": "PERCENT", "id": "m2", **where("5.8%"), **common, "value": "5.8",
         "unit": "percent", "direction": "increase",
         "source": {"component": "extractor_percent", "pattern": "percent.simple"}},
        {"label": "MONEY", "id": "m3", **where("150 billion yuan"), **common,
         "amount": "150000000000", "currency": "CNY", "source": source},
        {"label": "MONEY", "id": "m4", **where("$20.9 billion"), **common,
         "amount": "20900000000", "currency": "USD", "equivalent_of": "m3",
         "source": {"component": "extractor_money", "pattern": "money.prefix"}},
        {"label": "DATE", "id": "m5", **where("2023"), **common, "value": "2023",
         "source": {"component": "extractor_dates", "pattern": "date.year"}},
    ]  # fmt: skip
    fact = {
        "doc_id": "cn/jiangsu.txt",
        "metric": where("Exports"),
        "subject": {**where("Jiangsu", 10), "id": "m1", "label": "GPE"},
        "period": {"value": "2023", **where("2023"), "id": "m5"},
        **sentence,
    }
    percent = {
        k: mentions[1][k]
        for k in ("id", "label", "text", "start", "end", "value", "unit", "direction")
    }
    money = {
        k: mentions[2][k] for k in ("id", "label", "text", "start", "end", "amount", "currency")
    }
    facts = [
        {**fact, "id": "f1", "kind": "change", "direction": "increase", "basis": None,
         "value": percent, "source": {"component": "extractor_facts", "pattern": "change.verb"}},
        {**fact, "id": "f2", "kind": "level", "direction": "none", "basis": None,
         "value": money, "source": {"component": "extractor_facts", "pattern": "level.to"}},
    ]  # fmt: skip
    article = {
        "doc_id": "cn/jiangsu.txt",
        "title": "Jiangsu trade",
        "chars": len(text),
        "mentions": len(mentions),
        "facts": len(facts),
        "content_sha256": content_hash(text),
    }
    return DocumentRecords.model_validate(
        {"article": article, "mentions": mentions, "facts": facts}
    )


def repeated(records: DocumentRecords, text: str, times: int) -> tuple[DocumentRecords, str]:
    """``text`` ``times`` over, with every mention copied to each copy (ids numbered on)."""
    mentions: list[Any] = []
    for n in range(times):
        shift, first = n * len(text), n * len(records.mentions)
        for i, m in enumerate(records.mentions, start=1):
            update: dict[str, Any] = {
                "id": f"m{first + i}",
                "start": m.start + shift,
                "end": m.end + shift,
                "sentence_start": m.sentence_start + shift,
                "sentence_end": m.sentence_end + shift,
            }
            if getattr(m, "equivalent_of", None):
                update["equivalent_of"] = f"m{first + int(m.equivalent_of[1:])}"  # type: ignore[union-attr]
            mentions.append(m.model_copy(update=update))
    whole = text * times
    article = records.article.model_copy(
        update={
            "mentions": len(mentions),
            "facts": 0,
            "chars": len(whole),
            "content_sha256": content_hash(whole),
        }
    )
    return DocumentRecords(article=article, mentions=mentions), whole


def _gold(text: str) -> GoldArticle:
    def where(part: str, after: int = 0) -> dict[str, Any]:
        start, end = span_of(text, part, after)
        return {"start": start, "end": end, "text": part}

    spans = [
        {"label": "GPE", **where("Jiangsu")},
        {"label": "GPE", **where("Jiangsu", 10)},
        {"label": "PERCENT", **where("5.8%"), "value": "5.8", "unit": "percent"},
        {"label": "MONEY", **where("150 billion yuan"), "amount": "15000000000", "currency": "CNY"},
        {"label": "DATE", **where("2023"), "value": "2023"},
        {"label": "PERCENT", **where("2%"), "value": "2", "unit": "percent"},
    ]
    fact = {
        "direction": "none", "basis": None, "subject": {"text": "Jiangsu", "label": "GPE"},
        "period": {"value": "2023", "text": "2023"},
    }  # fmt: skip
    facts = [
        {**fact, "value": where("5.8%"), "kind": "change", "direction": "increase",
         "metric": where("Exports")},
        {**fact, "value": where("150 billion yuan"), "kind": "level", "metric": where("trade")},
        {**fact, "value": where("2%"), "kind": "change", "direction": "decrease",
         "metric": where("Imports")},
    ]  # fmt: skip
    return GoldArticle.model_validate(
        {"doc_id": "cn/jiangsu.txt", "group": "cn", "spans": spans, "facts": facts}
    )


def handmade_comparison(handmade: DocumentRecords) -> Comparison:
    """Gold with: the title's Jiangsu (missed), 150 billion yuan with another amount (wrong
    value), no $20.9 billion (spurious), 2% (missed), and facts: 5.8% right, 150 billion yuan
    with another metric, 2% missed."""
    gold = _gold(HANDMADE)
    doc_id = gold.doc_id

    def finding(kind: str, label: str, part: str, **values: str) -> Finding:
        return Finding(kind, doc_id, label, part, HANDMADE.index(part), "...", **values)

    findings = [
        finding("missed", "PERCENT", "2%"),
        finding("wrong_value", "MONEY", "150 billion yuan",
                expected="15000000000 - - CNY", found="150000000000 - - CNY"),
        finding("spurious", "MONEY", "$20.9 billion"),
        finding("missed", "GPE", "Jiangsu"),
        finding("missed", "FACT", "2%"),
        finding("wrong_slots", "FACT", "150 billion yuan", found="metric: 'trade' -> 'Exports'"),
    ]  # fmt: skip
    pairs = match_facts(gold.facts, handmade.facts)
    return Comparison(CorpusDoc(gold, HANDMADE), handmade, findings, pairs)
