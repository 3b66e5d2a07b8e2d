"""The pages' content: marks, tooltips, facts tables, escaping, evaluation statuses, index."""

from __future__ import annotations

from decimal import Decimal

import pytest
from review_samples import HANDMADE, HOSTILE
from selectolax.lexbor import LexborHTMLParser, LexborNode
from spacy.language import Language

import extractor
from extractor.evaluation.compare import Comparison
from extractor.records import DocumentRecords
from extractor.review import pages


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def chips(html: str, within: str = "") -> list[tuple[str, str, str]]:
    return [
        (c.attributes["id"] or "", c.attributes["data-label"] or "", c.text(deep=False))
        for c in parse(html).css(f"{within} a.mark".strip())
    ]


def tips(html: str) -> dict[str, str]:
    return {c.attributes["id"] or "": c.css_first(".tip").text() for c in parse(html).css("a.mark")}


def cells(row: LexborNode) -> list[str]:
    return [" ".join(td.text(separator=" ").split()) for td in row.css("td")]


def links(row: LexborNode) -> list[str]:
    return [a.attributes["href"] or "" for a in row.css("a")]


def test_pages_document_one_mark_per_mention(handmade: DocumentRecords) -> None:
    html = pages.document_page(handmade, HANDMADE)
    assert chips(html, "section.text") == [
        ("m1", "GPE", "GPE"),
        ("m2", "PERCENT", "PERCENT"),
        ("m3", "MONEY", "MONEY"),
        ("m4", "MONEY", "MONEY"),
        ("m5", "DATE", "DATE"),
    ]
    tree = parse(html)
    assert tree.css_first("h1").text() == "Jiangsu trade"
    assert [li.text(separator=" ").split() for li in tree.css("ul.legend li")] == [
        ["MONEY", "2"], ["PERCENT", "1"], ["DATE", "1"], ["GPE", "1"],
    ]  # fmt: skip


def test_pages_document_tooltips_show_value_rule_and_facts(handmade: DocumentRecords) -> None:
    shown = tips(pages.document_page(handmade, HANDMADE))
    assert shown["m2"] == (
        "m2 PERCENT “5.8%”\nvalue 5.8 · unit percent · direction increase\n"
        "rule percent.simple (extractor_percent)\nf1: change of “Exports”"
    )
    assert shown["m4"] == (
        "m4 MONEY “$20.9 billion”\namount 20900000000 · currency USD\nconverts m3\n"
        "rule money.prefix (extractor_money)"
    )
    assert shown["m1"] == "m1 GPE “Jiangsu”\nrule gazetteer (extractor_entities)"


def test_pages_document_facts_link_to_their_marks(handmade: DocumentRecords) -> None:
    rows = parse(pages.document_page(handmade, HANDMADE)).css("table.facts tbody tr")
    assert [r.attributes["id"] for r in rows] == ["f1", "f2"]
    assert [r.attributes["data-marks"] for r in rows] == ["m2 m1 m5", "m3 m1 m5"]
    assert cells(rows[0]) == [
        "f1", "Jiangsu (GPE)", "Exports", "2023", "change · increase",
        "5.8% (value 5.8 · unit percent · direction increase)", "change.verb",
    ]  # fmt: skip
    assert links(rows[0]) == ["#m1", "#m5", "#m2"]
    assert cells(rows[1])[4:6] == ["level", "150 billion yuan (amount 150000000000 · currency CNY)"]


def test_pages_document_escapes_article_text(nlp: Language) -> None:
    records = extractor.extract(HOSTILE, doc_id="<b>id</b>.txt", nlp=nlp)
    html = pages.document_page(records, HOSTILE)
    tree = parse(html)
    assert [s.attributes.get("src") for s in tree.css("script")] == ["../review.js"]
    assert tree.css("img") == [] and tree.css("b") == []
    assert tree.css_first("title").text() == "Markets <script>alert(1)</script> rally"
    assert tree.css_first("h1").text() == "Markets <script>alert(1)</script> rally"
    assert "<b>id</b>.txt" in tree.css_first("dl.meta").text()
    text = " ".join(tree.css_first("section.text").text(separator="").split())
    assert '<img src=x onerror="alert(2)">' in text


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.com/a?b=1&c=2", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
    ],
)
def test_pages_document_links_only_web_addresses(
    handmade: DocumentRecords, url: str, linked: bool
) -> None:
    records = handmade.model_copy(
        update={"article": handmade.article.model_copy(update={"url": url})}
    )
    meta = parse(pages.document_page(records, HANDMADE)).css_first("dl.meta")
    hrefs = [a.attributes["href"] for a in meta.css("a")]
    assert hrefs == ([url] if linked else [])
    assert url in meta.text()


def test_pages_document_of_one_megabyte_renders(megabyte: tuple[DocumentRecords, str]) -> None:
    records, html = megabyte
    assert records.article.chars > 1_000_000 and len(records.mentions) == 46_300
    ids = [c.attributes["id"] for c in parse(html).css("section.text a.mark")]
    assert ids == [m.id for m in records.mentions]


# -- the evaluation's pages ---------------------------------------------------------------------


def test_pages_comparison_colours_marks_by_status(comparison: Comparison) -> None:
    html = pages.comparison_page(comparison)
    tree = parse(html)
    gold = [
        (c.attributes["id"], c.attributes["data-label"], c.attributes["data-status"])
        for c in tree.css("section.gold a.mark")
    ]
    assert gold == [
        ("g1", "GPE", "missed"),
        ("g2", "GPE", ""),
        ("g3", "PERCENT", ""),
        ("g4", "MONEY", "wrong"),
        ("g5", "DATE", ""),
        ("g6", "PERCENT", "missed"),
    ]
    predicted = [
        (c.attributes["id"], c.attributes["data-status"], c.text(deep=False))
        for c in tree.css("section.predicted a.mark")
    ]
    assert predicted == [
        ("m1", "", "GPE"),
        ("m2", "", "PERCENT"),
        ("m3", "wrong", "MONEY · wrong"),
        ("m4", "spurious", "MONEY · spurious"),
        ("m5", "", "DATE"),
    ]
    bars = {
        c.attributes["id"]: c.parent.attributes["style"]  # type: ignore[union-attr]
        for c in tree.css("a.mark")
    }
    assert bars["g1"] == "background:var(--status-missed);top:40px"
    assert bars["m3"] == "background:var(--status-wrong);top:40px"
    assert bars["m4"] == "background:var(--status-spurious);top:40px"
    assert bars["m5"] == "background:var(--label-DATE, var(--label-default));top:40px"
    shown = tips(html)
    assert shown["m3"].endswith(
        "\nwrong value: gold 15000000000 - - CNY, found 150000000000 - - CNY"
    )
    assert shown["g4"] == (
        "gold MONEY “150 billion yuan”\namount 15000000000 · currency CNY\n"
        + pages.STATUSES["wrong"]
    )


def test_pages_comparison_facts_and_errors_tables(comparison: Comparison) -> None:
    tree = parse(pages.comparison_page(comparison))
    rows = tree.css("table.facts tbody tr")
    assert [(r.attributes["id"], r.attributes["class"]) for r in rows] == [
        ("f1", "fact"),
        ("f2", "fact wrong"),
        ("gf1", "fact missed"),
    ]
    assert cells(rows[0])[:3] == ["correct", "f1", "Jiangsu (GPE)"]
    # the wrong slot shows the gold value under the predicted one
    assert cells(rows[1])[3] == "Exports gold: trade"
    assert [td.attributes.get("class") for td in rows[1].css("td")][2:6] == ["", "wrong", "", ""]
    assert cells(rows[2])[:6] == [
        "missed",
        "gold",
        "Jiangsu (GPE)",
        "Imports",
        "2023",
        "change · decrease",
    ]
    assert links(rows[2]) == ["#g6"]
    errors = [(cells(r), links(r)) for r in tree.css("table.errors tbody tr")]
    assert errors == [
        (["missed", "PERCENT", "2%", "", ""], ["#g6"]),
        (["wrong value", "MONEY", "150 billion yuan", "15000000000 - - CNY", "150000000000 - - CNY"], ["#m3"]),
        (["spurious", "MONEY", "$20.9 billion", "", ""], ["#m4"]),
        (["missed", "GPE", "Jiangsu", "", ""], ["#g1"]),
    ]  # fmt: skip


def test_pages_comparison_cells_count_errors_by_kind(comparison: Comparison) -> None:
    assert [c.text for c in pages.comparison_cells(comparison)] == [
        "cn", "6", "5", "2", "1", "1", "3", "2", "2", "6",
    ]  # fmt: skip


def test_pages_score_table_per_group() -> None:
    prf = {"p": 0.9, "r": 0.8, "f": 0.8470588}
    scores = {
        "cn": {"value": {"MONEY": prf}, "lenient": {"MONEY": prf, "ORG": prf}, "facts": {}},
        "all": {
            "value": {"MONEY": prf},
            "lenient": {"MONEY": prf, "ORG": {"p": 1.0, "r": 0.5, "f": 2 / 3}},
            "facts": {"attachment": prf, "fact": {"p": 0.5, "r": 0.25, "f": 1 / 3}},
        },
    }
    table = pages.score_table(scores)
    assert [c.title for c in table.columns] == [
        "group", "MONEY (value)", "ORG", "fact attachment", "fact",
    ]  # fmt: skip
    assert [[c.text for c in row] for row in table.rows] == [
        ["all", "0.847", "0.667", "0.847", "0.333"],
        ["cn", "0.847", "0.847", "", ""],
    ]
    assert table.rows[0][2].title == "P 1.000 · R 0.500"


def test_pages_show_values_as_the_records_write_them() -> None:
    assert pages.show(Decimal("2.09E+10")) == "20900000000"
    assert (
        pages.kind_text("change", "increase", "year_on_year") == "change · increase · year_on_year"
    )
    assert pages.kind_text("level", "none", None) == "level"
