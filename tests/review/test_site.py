"""Writing review sites: from inputs, from an existing output, and failures that lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_samples import ARTICLE
from selectolax.lexbor import LexborHTMLParser, LexborNode
from spacy.language import Language

from extractor.errors import ExtractorError
from extractor.evaluation import scoring
from extractor.evaluation.compare import compare
from extractor.evaluation.corpus import load_corpus
from extractor.io.batch import run_batch
from extractor.review import write_evaluation_site, write_review_site
from extractor.review.site import Site


def parse(path: Path) -> LexborHTMLParser:
    return LexborHTMLParser(path.read_text(encoding="utf-8"))


def table(path: Path, selector: str = "table#documents") -> list[list[str]]:
    node = parse(path).css_first(selector)
    return [
        [" ".join(cell.text(separator=" ").split()) for cell in row.css("th, td")]
        for row in node.css("tr")
    ]


def summary(path: Path) -> dict[str, str]:
    terms = parse(path).css("dl.summary dt")
    return {dt.text(): dt.next.text() for dt in terms if isinstance(dt.next, LexborNode)}  # type: ignore[union-attr]


def test_site_review_of_a_folder(site: Path) -> None:
    assert sorted(p.name for p in site.iterdir()) == [
        "documents",
        "index.html",
        "review.css",
        "review.js",
    ]
    assert sorted(p.name for p in (site / "documents").iterdir()) == [
        "hostile-txt.html", "jiangsu-txt.html", "wuxi-txt.html",
    ]  # fmt: skip
    rows = table(site / "index.html")
    assert rows[0] == [
        "document", "date", "MONEY", "PERCENT", "DATE", "ORG", "GPE", "PERSON",
        "facts", "warnings", "errors",
    ]  # fmt: skip
    assert [row[0] for row in rows[1:]] == [
        "Markets <script>alert(1)</script> rally hostile.txt",
        "Jiangsu exports top 150 billion yuan jiangsu.txt",
        "Wuxi output up 2% wuxi.txt",
    ]
    # jiangsu.txt: 150 billion yuan (twice), $20.9 billion, RMB 733.6 billion; 5.8 percent,
    # 7.1%; Jan. 23, 2023; Xinhua, People's Bank of China, Suzhou Industrial Park (before "'s
    # revenue"); Jiangsu (twice), NANJING; Li Wei
    assert rows[2][2:8] == ["4", "2", "2", "3", "3", "1"]
    links = [a.attributes["href"] for a in parse(site / "index.html").css("table#documents a")]
    assert links == [
        "documents/hostile-txt.html",
        "documents/jiangsu-txt.html",
        "documents/wuxi-txt.html",
    ]
    assert summary(site / "index.html")["documents"] == "3 shown, 0 failed"


def test_site_review_from_records_matches_extraction(
    inputs: Path, site: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([str(inputs)], out)
    result = write_review_site([str(inputs)], tmp_path / "site", records=out)
    assert (result.pages, result.failures) == (3, [])
    for page in ("hostile-txt.html", "jiangsu-txt.html", "wuxi-txt.html"):
        extracted = (site / "documents" / page).read_text()
        assert (tmp_path / "site" / "documents" / page).read_text() == extracted
    assert summary(tmp_path / "site" / "index.html")["records"] == str(out)


def test_site_review_from_records_reports_every_mismatch(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([str(inputs)], out)
    lines = out.read_text().splitlines()
    # the records of hostile.txt get a broken line; the folder gets a changed and a new article
    hostile = next(i for i, line in enumerate(lines) if '"doc_id":"hostile.txt"' in line)
    lines[hostile + 1] = '{"label": "MONEY", "broken"'
    out.write_text("\n".join(lines) + "\n")
    changed = tmp_path / "in"
    changed.mkdir()
    (changed / "jiangsu.txt").write_text(ARTICLE.replace("5.8", "6.8"), encoding="utf-8")
    (changed / "new.txt").write_text("Profit rose 3%.", encoding="utf-8")
    (changed / "wuxi.txt").write_bytes((inputs / "wuxi.txt").read_bytes())
    errors: list[tuple[str, str]] = []
    result = write_review_site(
        [str(changed)], tmp_path / "site", records=out, on_error=lambda p, r: errors.append((p, r))
    )
    assert result.pages == 1  # wuxi.txt
    codes = [reason.split("]")[0] + "]" for _, reason in errors]
    assert codes == ["[E030]", "[E029]", "[E014]"]
    assert errors[0][1] == (
        f"[E030] jiangsu.txt: the text is not the one the records in {out} were extracted from "
        "(its content_sha256 differs); extract it again."
    )
    assert errors[2][1].startswith(f"[E014] {out}, line {hostile + 2}: invalid JSON")
    assert result.failures == errors
    rows = table(tmp_path / "site" / "index.html")
    assert [(row[0], row[-1][:6]) for row in rows[1:]] == [
        ("jiangsu.txt", "[E030]"),
        ("new.txt", "[E029]"),
        ("Wuxi output up 2% wuxi.txt", ""),
        (str(out), "[E014]"),
    ]
    failed = parse(tmp_path / "site" / "index.html").css("tr.failed")
    assert len(failed) == 3


def test_site_review_reports_records_without_input(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([str(inputs)], out)
    result = write_review_site([str(inputs / "wuxi.txt")], tmp_path / "site", records=out)
    assert [reason for _, reason in result.failures] == [
        f"[E031] {out}: records of hostile.txt, which is not among the inputs.",
        f"[E031] {out}: records of jiangsu.txt, which is not among the inputs.",
    ]


def test_site_review_unreadable_input_is_a_row(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Sales rose 4% to $3 million.", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    result = write_review_site([str(folder)], tmp_path / "site")
    assert result.pages == 1
    assert [r.split("]")[0] for _, r in result.failures] == ["[E011"]
    rows = table(tmp_path / "site" / "index.html")
    # a first line ending with a full stop is no title: the row shows the doc_id
    assert [row[0] for row in rows[1:]] == ["a.txt", str(folder / "image.txt")]


def test_site_cannot_be_written_into_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(ExtractorError, match=r"^\[E032\] Cannot write the review site"):
        write_review_site([str(tmp_path)], target)


def test_site_page_names_are_unique_and_safe(tmp_path: Path) -> None:
    site = Site(tmp_path)
    names = [site.page_name(d) for d in ("cn/a.txt", "cn-a.txt", "../../etc/passwd", "#1", "")]
    assert names == [
        "documents/cn-a-txt.html",
        "documents/cn-a-txt-2.html",
        "documents/etc-passwd.html",
        "documents/1.html",
        "documents/document.html",
    ]


def test_site_evaluation(nlp: Language, small_corpus: Path, tmp_path: Path) -> None:
    docs, _ = load_corpus(small_corpus)
    report = scoring.evaluate(nlp, docs)
    result = write_evaluation_site(tmp_path, report, compare(nlp, docs, report), "small")
    assert result.pages == 2
    index = tmp_path / "index.html"
    scores = table(index, "table.scores")
    assert [row[0] for row in scores] == ["group", "all", "blind", "cn"]
    money = scores[0].index("MONEY (value)")
    assert scores[1][money] == f"{report.scores['all']['value']['MONEY']['f']:.3f}"
    fact = scores[0].index("fact")
    assert scores[3][fact] == f"{report.scores['cn']['facts']['fact']['f']:.3f}"
    documents = table(index)
    errors = {row[0].split()[-1]: int(row[-1] or 0) for row in documents[1:]}
    assert errors == {
        doc_id: sum(f.doc_id == doc_id for f in report.findings)
        for doc_id in (
            "blind/bl-uk-inflation-falls-boe-gilts-2023.txt",
            "cn/cna-binjiang-high-tech-zone.txt",
        )
    }
    page = tmp_path / "documents" / "cn-cna-binjiang-high-tech-zone-txt.html"
    tree = parse(page)
    assert len(tree.css("section.gold a.mark")) == len(docs[1].gold.spans)
