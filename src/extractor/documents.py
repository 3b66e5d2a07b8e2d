"""From a processed ``Doc`` to the validated records of one document.

The mentions are ``doc.ents``, each built from its span's :class:`~extractor.spans.SpanData`
(offsets, rule, typed value) and numbered ``m1``, ``m2``, ... in text order; a conversion points
at the id of the amount it converts. The ARTICLE record reads its title, date and source from
the head of the text, the date from the DATE spans already found.

A text too long for one ``Doc`` goes through the pipeline in overlapping pieces
(:func:`~extractor.texts.split_text`); each piece's records are built with their offsets and ids
already in place in the whole text, and each mention comes from the one piece that keeps it. A
text with ``"\r\n"`` or ``"\r"`` line endings is read as if they were ``"\n"``, and its
records index it as given (:class:`~extractor.texts.LineEndings`).
"""

from __future__ import annotations

import bisect
import datetime
import functools
import hashlib
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.components import MENTION_TYPES, MODEL_LABELS, STAGES
from extractor.errors import Warnings
from extractor.records import (
    AnyMention,
    ArticleRecord,
    DateValue,
    DocumentRecords,
    EntityMention,
    Fact,
    MoneyMention,
    MoneyRef,
    PercentRef,
)
from extractor.rules import periods
from extractor.rules.resources import read_lexicon
from extractor.spans import (
    FactData,
    SpanData,
    doc_text,
    get_anchor,
    get_facts,
    get_span_data,
)
from extractor.stages.dates import find_dates
from extractor.stages.facts import ANCHOR_KEY
from extractor.texts import CHUNK_CHARS, CONTEXT_CHARS, LineEndings, split_text

# The head of an article, where its title, dateline and publication date stand.
HEAD_CHARS = 600
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_STAGE = next(s.name for s in STAGES if "DATE" in s.labels)
FACT_COMPONENT = next(s.name for s in STAGES if s.record_type is Fact)
# The fields of the value a fact refers to, read off its mention.
_REF_FIELDS: dict[str, tuple[str, ...]] = {
    "MONEY": tuple(MoneyRef.model_fields),
    "PERCENT": tuple(PercentRef.model_fields),
}


@dataclass
class _Numbering:
    """Mention and fact ids across the pieces of one text: the next numbers and the ids so far."""

    next: int = 1
    ids: dict[tuple[str, int, int], str] = field(default_factory=dict)
    next_fact: int = 1
    facts: dict[tuple[int, int], str] = field(default_factory=dict)
    end: int = 0
    """Where the last mention numbered so far ends."""

    def assign_fact(self, value: tuple[int, int]) -> str:
        fact_id = self.facts[value] = f"f{self.next_fact}"
        self.next_fact += 1
        return fact_id

    def assign(self, label: str, start: int, end: int) -> str:
        mention_id = self.ids[(label, start, end)] = f"m{self.next}"
        self.next += 1
        self.end = max(self.end, end)
        return mention_id

    def get(self, label: str, start: int, end: int) -> str | None:
        return self.ids.get((label, start, end))


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every sentence, computed once per document."""
    if not doc.has_annotation("SENT_START"):
        return [0], [len(doc_text(doc))]
    sents = list(doc.sents)
    return [s.start_char for s in sents], [s.end_char for s in sents]


def doc_mentions(
    doc: Doc,
    doc_id: str,
    *,
    offset: int = 0,
    numbering: _Numbering | None = None,
    warnings: list[str] | None = None,
    keep: tuple[int, int] | None = None,
) -> list[AnyMention]:
    """The validated mentions of a processed ``Doc``, in text order, numbered ``m1``, ``m2``, ...

    ``offset`` is where the ``Doc``'s text starts in the whole text and ``numbering`` carries the
    ids on from earlier pieces. With ``keep`` (whole-text offsets), only the mentions that
    start there and overlap no mention numbered before get new ids; the others come out only if
    an earlier piece numbered them (so facts can refer to them), with that piece's id. Warnings
    about the newly numbered mentions are appended to ``warnings``.
    """
    numbering = numbering or _Numbering()
    text = doc_text(doc)
    anchor = get_anchor(doc)
    starts, ends = _sentence_bounds(doc)
    mentions: list[AnyMention] = []
    for start, end, span, data in _found(doc):
        mention_id, new = _mention_id(numbering, span.label_, start + offset, end + offset, keep)
        if mention_id is None:
            continue
        # Token.sent walks the document each time; a bisect over the sentence starts does not.
        index = max(bisect.bisect_right(starts, span.start_char) - 1, 0)
        sentence = (min(starts[index], start), max(ends[index], end))
        fields = _fields(span.label_, data, text, start, end, sentence, offset)
        if span.label_ == "DATE":
            value = data.value.value if data and isinstance(data.value, DateValue) else None
            fields["resolved"] = periods.resolve(text[start:end], value, anchor, nearest=True)
        if data and data.converts:
            converted = numbering.get("MONEY", data.converts[0] + offset, data.converts[1] + offset)
            fields["equivalent_of"] = converted
        record_type = MENTION_TYPES.get(span.label_, EntityMention)
        mention = cast(
            AnyMention, record_type.model_validate(fields | {"doc_id": doc_id, "id": mention_id})
        )
        if warnings is not None and new:
            warnings.extend(_mention_warnings(mention))
        mentions.append(mention)
    return mentions


def _found(doc: Doc) -> list[tuple[int, int, Span, SpanData | None]]:
    """The entities of ``doc`` that become mentions, with their exact offsets, in text order."""
    found: list[tuple[int, int, Span, SpanData | None]] = []
    for span in doc.ents:
        data = get_span_data(span)
        if data is None and span.label_ not in MODEL_LABELS:
            continue
        start, end = (data.start, data.end) if data else (span.start_char, span.end_char)
        found.append((start, end, span, data))
    found.sort(key=lambda item: (item[0], item[1]))
    return found


def _mention_id(
    numbering: _Numbering, label: str, start: int, end: int, keep: tuple[int, int] | None
) -> tuple[str | None, bool]:
    """A new id for a mention this piece keeps, else the id an earlier piece gave it, or None;
    and whether the id is new."""
    if keep is None or (keep[0] <= start < keep[1] and start >= numbering.end):
        return numbering.assign(label, start, end), True
    return numbering.get(label, start, end), False


def _fields(
    label: str,
    data: SpanData | None,
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    offset: int,
) -> dict[str, Any]:
    """A mention record's fields but its ids, at ``offset`` in the whole text, in record order."""
    fields: dict[str, Any] = {
        "label": label,
        "doc_id": None,
        "id": None,
        "text": text[start:end],
        "start": start + offset,
        "end": end + offset,
        "sentence_start": sentence[0] + offset,
        "sentence_end": sentence[1] + offset,
        # validated with the record: one validation per mention, not two
        "source": {"component": data.component, "pattern": data.pattern}
        if data
        else {"component": "ner", "pattern": None},
    }
    if data and data.value is not None:
        fields.update(dict(data.value))
    return fields


def _mention_warnings(mention: AnyMention) -> list[str]:
    if (
        isinstance(mention, MoneyMention)
        and mention.currency is None
        and mention.currency_candidates
    ):
        return [
            Warnings.W001.format(
                id=mention.id,
                text=mention.text,
                candidates=", ".join(mention.currency_candidates),
            )
        ]
    return []


@functools.cache
def _sources() -> re.Pattern[str]:
    agencies = "|".join(re.escape(row["name"]) for row in read_lexicon("news_sources"))
    return re.compile(rf"\((?P<agency>{agencies})\)|^Source:\s*(?P<named>.+)$", re.MULTILINE)


def article_date(doc: Doc) -> str | None:
    """The first full date (``YYYY-MM-DD``) among the DATE spans of the article's head."""
    for span in doc.spans.get(_DATE_STAGE, ()):
        data = get_span_data(span)
        if data is None or data.end > HEAD_CHARS:
            continue
        value = data.value.value if isinstance(data.value, DateValue) else None
        if value and _FULL_DATE.fullmatch(value):
            return value
    return None


def article_metadata(text: str, date: str | None) -> dict[str, str]:
    """Title (a short first line), the publication ``date`` found in the head, and a named source.

    >>> article_metadata("Jiangsu GDP tops 12 trillion\\n\\nNANJING, Jan. 23 (Xinhua) --", "2024-01-24")
    {'title': 'Jiangsu GDP tops 12 trillion', 'date': '2024-01-24', 'source': 'Xinhua'}
    """
    metadata: dict[str, str] = {}
    first = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    if 0 < len(first) <= 200 and not first.endswith((".", ",")):
        metadata["title"] = first
    if date:
        metadata["date"] = date
    source = _sources().search(text[:HEAD_CHARS])
    if source:
        metadata["source"] = (source.group("agency") or source.group("named")).strip()
    return metadata


_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")


def normalize_date(raw: str) -> str | None:
    """A publication date as metadata writes it, as ``YYYY-MM-DD``; ``None`` if unreadable.

    ISO 8601 dates and times (the date as written, whatever the time zone), "2024/01/23",
    RFC 2822 ("Tue, 23 Jan 2024 10:00:00 +0000") and the dates the DATE rules read in full
    ("January 23, 2024", "23 Jan 2024"). "01/02/2024" is ambiguous and is not read.

    >>> [normalize_date(d) for d in ("2024-01-23T10:00:00+08:00", "Jan. 23, 2024", "01/02/2024")]
    ['2024-01-23', '2024-01-23', None]
    """
    text = raw.strip()
    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    year_first = _YEAR_FIRST.fullmatch(text)
    try:
        if year_first:
            return datetime.date(*map(int, year_first.groups())).isoformat()
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    days = [
        value
        for found in find_dates(text)
        if isinstance(found.value, DateValue)
        and (value := found.value.value) is not None
        and _FULL_DATE.fullmatch(value)
    ]
    try:
        return datetime.date.fromisoformat(days[0]).isoformat() if len(days) == 1 else None
    except ValueError:  # "2024-02-30"
        return None


def _with_date(metadata: dict[str, Any]) -> dict[str, Any]:
    """The caller's metadata with its date as ``YYYY-MM-DD``, or moved to ``date_raw``."""
    raw = metadata.get("date")
    if not raw or not isinstance(raw, str):
        return metadata
    day = normalize_date(raw)
    if day is not None:
        return metadata | {"date": day}
    return {k: v for k, v in metadata.items() if k != "date"} | {"date_raw": raw}


def content_hash(text: str) -> str:
    """SHA-256 of the text as UTF-8: the key of a document for ``--resume``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_record(
    text: str, doc_id: str, mentions: int, facts: int, found_date: str | None, **metadata: Any
) -> ArticleRecord:
    """The ARTICLE record of a text: metadata stated in it, overridden by the caller's.

    ``found_date`` is the date found in the text's head; a ``date`` in ``metadata`` wins.
    """
    fields = {**article_metadata(text, found_date), **{k: v for k, v in metadata.items() if v}}
    return ArticleRecord(
        doc_id=doc_id,
        chars=len(text),
        mentions=mentions,
        facts=facts,
        content_sha256=content_hash(text),
        **fields,
    )


def _subject_ref(
    data: FactData, by_place: dict[tuple[str, int, int], AnyMention], offset: int
) -> dict[str, Any] | None:
    """A fact's subject (the fields of a :class:`SubjectRef`), if it is an ORG or GPE mention of
    the output."""
    if data.subject is None:
        return None
    s_start, s_end = data.subject[0] + offset, data.subject[1] + offset
    if data.subject_in is not None:
        # a country named only inside a body's name: its own offsets, the body's mention id
        body = by_place.get(("ORG", data.subject_in[0] + offset, data.subject_in[1] + offset))
        if body is None:
            return None
        return {
            "text": data.subject_text or "", "start": s_start, "end": s_end,
            "id": body.id, "label": "GPE",
        }  # fmt: skip
    owner = by_place.get(("ORG", s_start, s_end)) or by_place.get(("GPE", s_start, s_end))
    if owner is None:
        return None
    return {
        "text": data.subject_text or owner.text, "start": s_start, "end": s_end,
        "id": owner.id, "label": owner.label,
    }  # fmt: skip


def _period_ref(
    data: FactData, by_place: dict[tuple[str, int, int], AnyMention], text: str, offset: int
) -> dict[str, Any] | None:
    """A fact's period (the fields of a :class:`PeriodRef`), with the DATE mention it was read
    from when there is one."""
    if data.period is None:
        return None
    if data.period_span is None:
        return {"value": data.period}
    p_start, p_end = data.period_span[0] + offset, data.period_span[1] + offset
    date_mention = by_place.get(("DATE", p_start, p_end))
    return {
        "value": data.period, "text": text[data.period_span[0] : data.period_span[1]],
        "start": p_start, "end": p_end, "id": date_mention.id if date_mention else None,
    }  # fmt: skip


def doc_facts(
    doc: Doc,
    doc_id: str,
    mentions: list[AnyMention],
    *,
    offset: int = 0,
    numbering: _Numbering,
    keep: tuple[int, int] | None = None,
) -> list[Fact]:
    """The FACT records of a processed ``Doc``, built on its (already numbered) mentions.

    With ``keep`` (whole-text offsets), only the facts whose value starts there.
    """
    by_place: dict[tuple[str, int, int], AnyMention] = {
        (m.label, m.start, m.end): m for m in mentions
    }
    text = doc_text(doc)
    facts = []
    for data in get_facts(doc):
        start, end = data.value[0] + offset, data.value[1] + offset
        mention = by_place.get(("MONEY", start, end)) or by_place.get(("PERCENT", start, end))
        if mention is None or (keep is not None and not keep[0] <= start < keep[1]):
            continue
        m_start, m_end = data.metric
        converts = data.converts
        # one validation of the whole record: the nested records are built from their fields
        fields = {
            "doc_id": doc_id,
            "id": numbering.assign_fact((start, end)),
            "kind": data.kind,
            "direction": data.direction,
            "basis": data.basis,
            "value": {name: getattr(mention, name) for name in _REF_FIELDS[mention.label]},
            "metric": {
                "text": text[m_start:m_end],
                "start": m_start + offset,
                "end": m_end + offset,
            },
            "subject": _subject_ref(data, by_place, offset),
            "period": _period_ref(data, by_place, text, offset),
            "sentence_start": mention.sentence_start,
            "sentence_end": mention.sentence_end,
            "source": {"component": FACT_COMPONENT, "pattern": data.rule},
            "equivalent_of": numbering.facts.get((converts[0] + offset, converts[1] + offset))
            if converts
            else None,
        }
        facts.append(Fact.model_validate(fields))
    return facts


def doc_records(doc: Doc, doc_id: str, **metadata: Any) -> DocumentRecords:
    """Records of a processed ``Doc``: its ARTICLE record, its mentions and its facts."""
    warnings: list[str] = []
    numbering = _Numbering()
    mentions = doc_mentions(doc, doc_id, numbering=numbering, warnings=warnings)
    facts = doc_facts(doc, doc_id, mentions, numbering=numbering)
    article = article_record(
        doc_text(doc), doc_id, len(mentions), len(facts), article_date(doc), **metadata
    )
    return DocumentRecords(article=article, mentions=mentions, facts=facts, warnings=warnings)


def _process(nlp: Language, text: str, anchor: str | None) -> Doc:
    """Run ``nlp`` on ``text``, telling the facts stage the article's date when it is known."""
    doc = nlp.make_doc(text)
    if anchor:
        doc.user_data[ANCHOR_KEY] = anchor
    return nlp(doc)


def text_records(
    nlp: Language, text: str, doc_id: str, chunk_chars: int = CHUNK_CHARS, **metadata: Any
) -> DocumentRecords:
    """Records of ``text``; a text over ``chunk_chars`` goes through ``nlp`` in pieces.

    Line endings are read as ``"\n"`` whatever they are (:class:`~extractor.texts.LineEndings`)
    and the offsets of the records index ``text`` as given. A long text is cut into overlapping
    pieces (:func:`~extractor.texts.split_text`); each piece's records are built at their place
    in the whole text, with ids numbered on, so records always index the whole text. A table
    header or an acronym reaches no further than the overlap across a cut. News articles are far
    below the limit.
    """
    metadata = _with_date(metadata)
    endings = LineEndings.of(text)
    if endings is None:
        return _records(nlp, text, doc_id, chunk_chars, **metadata)
    records = _records(nlp, endings.text, doc_id, chunk_chars, **metadata)
    return restore_line_endings(records, endings)


def restore_line_endings(records: DocumentRecords, endings: LineEndings) -> DocumentRecords:
    """The records of a text whose line endings were normalized, with offsets into the original.

    The ARTICLE record describes the original text (its length and hash).
    """
    text = endings.original_text
    article = records.article.model_copy(
        update={"chars": len(text), "content_sha256": content_hash(text)}
    )
    fields = endings.restore(records.model_dump(exclude={"article"}))
    return DocumentRecords.model_validate({**fields, "article": article})


def _records(
    nlp: Language, text: str, doc_id: str, chunk_chars: int, **metadata: Any
) -> DocumentRecords:
    anchor = metadata.get("date")
    if len(text) <= chunk_chars:
        return doc_records(_process(nlp, text, anchor), doc_id, **metadata)
    numbering = _Numbering()
    warnings: list[str] = []
    mentions: list[AnyMention] = []
    facts: list[Fact] = []
    date = None
    pieces = list(split_text(text, chunk_chars))
    for piece in pieces:
        if piece.text.isspace():
            continue
        doc = _process(nlp, piece.text, anchor or date)
        if piece.start == 0:
            date = article_date(doc)
        keep = (piece.keep_from, piece.keep_to)
        known = doc_mentions(
            doc, doc_id, offset=piece.start, numbering=numbering, warnings=warnings, keep=keep
        )
        facts += doc_facts(doc, doc_id, known, offset=piece.start, numbering=numbering, keep=keep)
        mentions += [m for m in known if m.start >= piece.keep_from]
    warnings.insert(
        0,
        Warnings.W002.format(
            chars=len(text), pieces=len(pieces), size=chunk_chars, context=CONTEXT_CHARS
        ),
    )
    article = article_record(text, doc_id, len(mentions), len(facts), date, **metadata)
    return DocumentRecords(article=article, mentions=mentions, facts=facts, warnings=warnings)
