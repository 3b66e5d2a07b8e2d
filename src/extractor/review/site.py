"""Writing a review site: ``index.html``, a page per document and the two assets they share.

The site is static and works offline from the file system: no server, no network, no inline
script (each page's Content-Security-Policy allows only ``review.js`` beside ``index.html``).
Pages are written as the documents come, so a large batch needs memory for one document at a
time and a row per document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from extractor.documents import content_hash
from extractor.errors import Errors, ExtractorError
from extractor.evaluation.compare import Comparison
from extractor.evaluation.scoring import Report
from extractor.io.batch import BatchOptions, Summary, read_inputs
from extractor.io.inputs import DEFAULT_MAX_BYTES, Document, Failure
from extractor.io.output import describe, document_records
from extractor.io.records import read_records
from extractor.pipeline import load
from extractor.records import DocumentRecords
from extractor.review import pages
from extractor.review.pages import Column, IndexCell, IndexRow, count_cell

ASSETS = ("review.css", "review.js")
DOCUMENTS = "documents"


@dataclass
class SiteSummary:
    """What writing a site did: pages written, documents that failed, where the index is."""

    index: Path
    pages: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    facts: int = 0

    def lines(self) -> list[str]:
        """The summary printed at the end of a run."""
        per_label = ", ".join(f"{k} {v}" for k, v in sorted(self.labels.items())) or "none"
        return [
            f"review: {self.pages} document pages, {len(self.failures)} failed",
            f"records: {per_label}, FACT {self.facts}",
            f"open {self.index}",
        ]


class Site:
    """A folder being filled with a review site."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.names: set[str] = set()
        try:
            (root / DOCUMENTS).mkdir(parents=True, exist_ok=True)
            static = resources.files("extractor.review") / "static"
            for name in ASSETS:
                (root / name).write_bytes((static / name).read_bytes())
        except OSError as exc:
            raise ExtractorError(Errors.E032.format(path=root, reason=exc.strerror or exc)) from exc

    def page_name(self, doc_id: str) -> str:
        """A file name for a document's page, from its id, unique in the site:
        ``cn/binjiang.txt`` -> ``documents/cn-binjiang-txt.html``."""
        slug = re.sub(r"[^a-z0-9]+", "-", doc_id.lower()).strip("-")[:80] or "document"
        name, n = f"{slug}.html", 1
        while name in self.names:
            n += 1
            name = f"{slug}-{n}.html"
        self.names.add(name)
        return f"{DOCUMENTS}/{name}"

    def write(self, relative: str, html: str) -> None:
        """Write one page (``relative`` to the site's root)."""
        try:
            (self.root / relative).write_text(html, encoding="utf-8")
        except OSError as exc:
            path = self.root / relative
            raise ExtractorError(Errors.E032.format(path=path, reason=exc.strerror or exc)) from exc


def _search(*parts: str | None) -> str:
    return " ".join(p for p in parts if p).lower()


@dataclass
class _Entry:
    """A document of the review index, before the label columns are known."""

    doc_id: str
    title: str
    href: str = ""
    date: str = ""
    labels: Counter[str] = field(default_factory=Counter)
    facts: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str = ""

    def row(self, labels: list[str]) -> IndexRow:
        cells = [IndexCell(self.date, self.date)]
        cells += [count_cell(self.labels[label]) for label in labels]
        cells += [
            count_cell(self.facts),
            count_cell(len(self.warnings), "\n".join(self.warnings)),
            IndexCell(
                self.error, 1 if self.error else 0, self.error, "error" if self.error else ""
            ),
        ]
        search = _search(self.doc_id, self.title, self.date)
        return IndexRow(self.doc_id, self.title, self.href, cells, bool(self.error), search)


def write_review_site(
    inputs: list[str],
    out: Path,
    *,
    records: Path | None = None,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[str, str], None] = lambda path, reason: None,
    progress: Callable[[int], None] = lambda n: None,
) -> SiteSummary:
    """A review site in ``out`` of the documents of ``inputs``.

    Without ``records`` the documents are extracted here (with ``model`` if given); with a
    JSONL output of ``extractor extract`` the pages show its records, on the texts read from
    ``inputs`` (each must be the text the records were made from: same doc_id, same hash).
    A document that cannot be read, extracted or matched gets a row with its coded reason in
    the index, is passed to ``on_error``, and does not stop the others.

    Raises :class:`~extractor.errors.ExtractorError` when the pipeline cannot be loaded (E007),
    ``records`` cannot be read (E016) or the site cannot be written (E032).
    """
    site = Site(out)
    summary = SiteSummary(out / "index.html")
    batch = Summary()
    entries: list[_Entry] = []
    documents = read_inputs(inputs, BatchOptions(max_bytes=max_bytes), batch)
    results = _extracted(documents, model) if records is None else _matched(documents, records)
    for doc_id, document, result in results:
        progress(1)
        if isinstance(result, Failure):
            summary.failures.append((result.path, result.reason))
            on_error(result.path, result.reason)
            entries.append(_Entry(doc_id, doc_id, error=result.reason))
            continue
        assert document is not None  # a document that was read has records or a failure
        name = site.page_name(doc_id)
        site.write(name, pages.document_page(result, document.text))
        labels: Counter[str] = Counter(m.label for m in result.mentions)
        summary.pages += 1
        summary.labels.update(labels)
        summary.facts += len(result.facts)
        title = result.article.title or doc_id
        date = result.article.date or ""
        warnings = list(result.warnings)
        entries.append(_Entry(doc_id, title, name, date, labels, len(result.facts), warnings))
    labels_seen = sorted(summary.labels, key=pages.label_order)
    columns = [Column("date", "text"), *(Column(label) for label in labels_seen)]
    columns += [Column("facts"), Column("warnings"), Column("errors", "number")]
    documents_line = f"{summary.pages} shown, {len(summary.failures)} failed"
    if batch.empty or batch.skipped:
        documents_line += f", {len(batch.empty)} empty, {len(batch.skipped)} skipped"
    overview = [
        ("inputs", " ".join(inputs)),
        ("records", str(records) if records else f"extracted with {model or 'the rule pipeline'}"),
        ("documents", documents_line),
        ("mentions", ", ".join(f"{k} {summary.labels[k]}" for k in labels_seen) or "none"),
        ("facts", str(summary.facts)),
        ("warnings", str(sum(len(e.warnings) for e in entries))),
    ]
    rows = [entry.row(labels_seen) for entry in entries]
    site.write("index.html", pages.index_page("Review", overview, columns, rows))
    return summary


_Result = tuple[str, Document | None, DocumentRecords | Failure]
"""A document's id, the document (None when it could not be read) and its records or failure."""


def _extracted(documents: Iterable[Document | Failure], model: str | None) -> Iterator[_Result]:
    """The records of each document, extracted here."""
    nlp = load(model)
    for item in documents:
        if isinstance(item, Failure):
            yield item.path, None, item
            continue
        try:
            yield item.doc_id, item, document_records(nlp, item)
        except Exception as exc:  # one document's bug must not end the review
            path = item.path or item.doc_id
            reason = Errors.E017.format(path=path, doc_id=item.doc_id, error=describe(exc))
            yield item.doc_id, item, Failure(path, reason)


def _matched(documents: Iterable[Document | Failure], path: Path) -> Iterator[_Result]:
    """The records of each document read from the JSONL output ``path``, then what is left:
    lines that could not be read, and records of documents that are not among the inputs
    (a document among them whose text changed is reported once, as E030)."""
    found, failures = read_records(path)
    by_key = {(r.article.doc_id, r.article.content_sha256): r for r in found}
    doc_ids = {r.article.doc_id for r in found}
    inputs: set[str] = set()
    for item in documents:
        if isinstance(item, Failure):
            yield item.path, None, item
            continue
        inputs.add(item.doc_id)
        key = (item.doc_id, content_hash(item.text))
        records = by_key.get(key)
        if records is not None:
            yield item.doc_id, item, records
            continue
        reason = (Errors.E030 if item.doc_id in doc_ids else Errors.E029).format(
            doc_id=item.doc_id, records=path
        )
        yield item.doc_id, item, Failure(item.path or item.doc_id, reason)
    for failure in failures:
        yield str(path), None, failure
    for records in found:
        doc_id = records.article.doc_id
        if doc_id not in inputs:
            inputs.add(doc_id)  # reported once
            reason = Errors.E031.format(records=path, doc_id=doc_id)
            yield doc_id, None, Failure(str(path), reason)


def write_evaluation_site(
    out: Path, report: Report, comparisons: list[Comparison], corpus: str
) -> SiteSummary:
    """An evaluation site in ``out``: the scores per group and, per article, gold and
    prediction side by side (``comparisons`` from :func:`~extractor.evaluation.compare.compare`)."""
    site = Site(out)
    summary = SiteSummary(out / "index.html")
    rows = []
    for comparison in comparisons:
        doc_id = comparison.doc.gold.doc_id
        title = comparison.predicted.article.title or doc_id
        name = site.page_name(doc_id)
        site.write(name, pages.comparison_page(comparison))
        summary.pages += 1
        summary.labels.update(m.label for m in comparison.predicted.mentions)
        summary.facts += len(comparison.predicted.facts)
        cells = pages.comparison_cells(comparison)
        rows.append(
            IndexRow(
                doc_id, title, name, cells, search=_search(doc_id, title, comparison.doc.gold.group)
            )
        )
    kinds = Counter((f.label == "FACT", f.kind) for f in report.findings)
    overview = [
        ("corpus", corpus),
        ("documents", str(len(comparisons))),
        (
            "mention errors",
            f"{kinds[(False, 'missed')]} missed, {kinds[(False, 'spurious')]} spurious, "
            f"{kinds[(False, 'wrong_value')]} wrong value",
        ),
        (
            "fact errors",
            f"{kinds[(True, 'missed')]} missed, {kinds[(True, 'spurious')]} spurious, "
            f"{kinds[(True, 'wrong_slots')]} with a wrong kind, metric, subject or period",
        ),
    ]
    scores = pages.score_table(report.scores)
    html = pages.index_page("Evaluation", overview, pages.COMPARISON_COLUMNS, rows, scores)
    site.write("index.html", html)
    return summary
