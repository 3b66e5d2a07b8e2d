"""What the stages attach to a ``Doc``: ``span._.extractor`` (a :class:`SpanData`) and
``doc._.extractor_facts`` (a list of :class:`FactData`).

spaCy keys a plain span extension by character offsets alone, so a MONEY and a DATE span over
the same characters would share (and overwrite) one value; the getter here keys by label too.
The data is kept in a JSON-safe form (decimals as strings) in the ``attrs`` of one span group
without spans, ``doc.spans["extractor_data"]``: spaCy serializes span groups with every
``Doc`` (``to_bytes``, pickling, ``nlp.pipe(n_process=...)``, and ``DocBin`` with or without
``store_user_data``), so the values come back exactly wherever the spans do. The getters hand
back the typed objects. The extensions are registered when ``extractor`` is imported
(:func:`register_extensions`), so a ``Doc`` unpickled in another process reads them too.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Doc, Span

from extractor.records import Basis, Direction, FactKind, Value
from extractor.rules.patterns import Found

EXTENSION = "extractor"
_TEXT_KEY = "extractor.text"
_LOWERS_KEY = "extractor.lowers"
_ENTS_KEY = "extractor.ents"


@dataclass(frozen=True)
class SpanData:
    """The rule behind a span, its exact character offsets and its normalized value.

    ``start``/``end`` are the characters the rule matched, which may lie inside the span's
    tokens ("50p" in "(50p)"). ``converts`` is the ``(start, end)`` of the MONEY span this one
    converts ("150 billion yuan ($20.9 billion)"), in the same ``Doc``.
    """

    component: str
    pattern: str
    start: int
    end: int
    value: Value | None = None
    converts: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        """A form that msgpack and JSON can store: decimals as strings, the value's type by name."""
        value = self.value
        return {
            "component": self.component,
            "pattern": self.pattern,
            "start": self.start,
            "end": self.end,
            "type": type(value).__name__ if value is not None else None,
            "value": value.model_dump(mode="json") if value is not None else None,
            "converts": list(self.converts) if self.converts else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpanData:
        """The inverse of :meth:`to_json`."""
        kind = data["type"]
        value = Value.kinds[kind].model_validate(data["value"]) if kind else None
        converts = data["converts"]
        return cls(
            data["component"],
            data["pattern"],
            data["start"],
            data["end"],
            value,
            (converts[0], converts[1]) if converts else None,
        )


FACTS_EXTENSION = "extractor_facts"


class FactData(BaseModel):
    """A fact as the component stores it in ``doc.user_data`` (character offsets, JSON-safe)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: tuple[int, int]
    kind: FactKind
    direction: Direction
    basis: Basis | None
    metric: tuple[int, int]
    subject: tuple[int, int] | None
    subject_text: str | None
    # a country named only inside a body's name ("India" of "Reserve Bank of India"): the
    # characters of that body's mention, which the subject points into
    subject_in: tuple[int, int] | None = None
    period: str | None
    period_span: tuple[int, int] | None
    rule: str
    converts: tuple[int, int] | None = None


DATA_KEY = "extractor_data"
"""The ``doc.spans`` key of the group (without spans) whose ``attrs`` hold the data."""
_SPANS = "spans"
_FACTS = "facts"
_ANCHOR = "anchor"


def register_extensions() -> None:
    """Register ``Span._.extractor`` and ``Doc._.extractor_facts`` unless they are already.

    Called once when ``extractor`` is imported; calling it again changes nothing.
    """
    if not Span.has_extension(EXTENSION):
        Span.set_extension(EXTENSION, getter=get_span_data)
    if not Doc.has_extension(FACTS_EXTENSION):
        Doc.set_extension(FACTS_EXTENSION, getter=get_facts)


def _data(doc: Doc, create: bool = False) -> dict[str, Any]:
    """The ``attrs`` that hold the extractor data of ``doc`` (empty if it has none)."""
    group = doc.spans.get(DATA_KEY)
    if group is None:
        if not create:
            return {}
        doc.spans[DATA_KEY] = []
        group = doc.spans[DATA_KEY]
        group.attrs.update({_SPANS: {}, _FACTS: []})
    attrs: dict[str, Any] = group.attrs
    return attrs


def _key(span: Span) -> str:
    return f"{span.label_}:{span.start_char}:{span.end_char}"


# The typed SpanData read from each stored JSON form, per Doc: the stages after the one that
# stored a span (merge, facts, records) read it many times. An entry holds the very dict it was
# read from, so data stored again under the same key is read afresh.
_DECODED: weakref.WeakKeyDictionary[Doc, dict[str, tuple[dict[str, Any], SpanData]]] = (
    weakref.WeakKeyDictionary()
)


def get_span_data(span: Span) -> SpanData | None:
    """The :class:`SpanData` of a span, or ``None`` for a span no extractor rule produced."""
    key = _key(span)
    data: dict[str, Any] | None = _data(span.doc).get(_SPANS, {}).get(key)
    if data is None:
        return None
    decoded = _DECODED.setdefault(span.doc, {})
    entry = decoded.get(key)
    if entry is None or entry[0] is not data:
        entry = decoded[key] = (data, SpanData.from_json(data))
    return entry[1]


def has_span_data(span: Span) -> bool:
    """Whether an extractor rule produced ``span`` (cheaper than reading its data)."""
    return _key(span) in _data(span.doc).get(_SPANS, {})


def set_span_data(span: Span, data: SpanData) -> None:
    """Attach ``data`` to ``span``, readable as ``span._.extractor``.

    The JSON form is what the ``Doc`` keeps (and serializes); ``data`` itself is kept as its
    decoded form, so the stages after this one read it without decoding it again.
    """
    key = _key(span)
    stored = _data(span.doc, create=True)[_SPANS][key] = data.to_json()
    _DECODED.setdefault(span.doc, {})[key] = (stored, data)


def store_spans(doc: Doc, key: str, label: str, found: list[Found]) -> None:
    """Store the spans of a rule stage's results in ``doc.spans[key]``, each with its data.

    A match that does not start or end on a token boundary takes the tokens around it; its data
    keeps the exact characters. The component is named by ``key``.
    """
    spans = []
    for item in found:
        span = doc.char_span(item.start, item.end, label=label, alignment_mode="expand")
        if span is None:
            continue
        data = SpanData(key, item.pattern_id, item.start, item.end, item.value, item.converts)
        set_span_data(span, data)
        spans.append(span)
    doc.spans[key] = spans


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document: spaCy joins every token on each access."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def doc_lowers(doc: Doc) -> list[str]:
    """Each token's lower-case form, computed once per document: rules that read the words
    around a value index this list instead of making a ``Token`` for every word they look at."""
    lowers: list[str] | None = doc.user_data.get(_LOWERS_KEY)
    if lowers is None:
        strings = doc.vocab.strings  # the ids of the lower-case forms, read in C
        lowers = doc.user_data[_LOWERS_KEY] = [strings[i] for i in doc.to_array("LOWER").tolist()]
    return lowers


@contextlib.contextmanager
def entities_read_once(doc: Doc) -> Iterator[None]:
    """Within the block, :func:`doc_ents` gives ``doc.ents`` as read on entry: spaCy builds a
    new ``Span`` for every entity on each access, and the fact rules read them many times."""
    doc.user_data[_ENTS_KEY] = doc.ents
    try:
        yield
    finally:
        del doc.user_data[_ENTS_KEY]


def doc_ents(doc: Doc) -> Sequence[Span]:
    """``doc.ents``, as read once by :func:`entities_read_once` around the current stage."""
    ents: Sequence[Span] | None = doc.user_data.get(_ENTS_KEY)
    return doc.ents if ents is None else ents


def store_facts(doc: Doc, facts: Sequence[FactData]) -> None:
    """Keep the facts on the ``Doc`` in a JSON-safe form (``doc._.extractor_facts`` reads them)."""
    _data(doc, create=True)[_FACTS] = [fact.model_dump(mode="json") for fact in facts]


def store_anchor(doc: Doc, anchor: date | None) -> None:
    """Keep the article's date the facts stage read relative dates against (ISO, JSON-safe)."""
    _data(doc, create=True)[_ANCHOR] = anchor.isoformat() if anchor else None


def get_anchor(doc: Doc) -> date | None:
    """The article's date the facts stage used, if it ran and found one."""
    anchor = _data(doc).get(_ANCHOR)
    return date.fromisoformat(anchor) if anchor else None


def get_facts(doc: Doc) -> list[FactData]:
    """The facts the ``extractor_facts`` component found in ``doc``."""
    return [FactData.model_validate(raw) for raw in _data(doc).get(_FACTS, [])]
