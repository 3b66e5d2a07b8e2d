"""Property tests: arbitrary text never crashes the pipeline, and offsets always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import extractor

NEWSY = st.text(
    alphabet=st.sampled_from(
        list("0123456789 ,.-%$€£¥₹()\nabcmbnkpyuanRMBUSHK$percentbillionover")
    ),
    max_size=200,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(st.text(max_size=300), NEWSY))
def test_properties_offsets_hold_for_any_text(nlp: Language, text: str) -> None:
    records = extractor.extract(text, nlp=nlp)
    for mention in records.mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.sentence_start <= mention.start < mention.end <= mention.sentence_end
    assert records.article.chars == len(text)


def _without_offsets(data: object) -> object:
    skip = {"start", "end", "sentence_start", "sentence_end", "chars", "content_sha256", "text"}
    if isinstance(data, dict):
        return {k: _without_offsets(v) for k, v in data.items() if k not in skip}
    if isinstance(data, list):
        return [_without_offsets(v) for v in data]
    return data


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=NEWSY)
def test_properties_crlf_gives_the_records_of_lf(nlp: Language, text: str) -> None:
    lf = extractor.extract(text, nlp=nlp)
    crlf_text = text.replace("\n", "\r\n")
    crlf = extractor.extract(crlf_text, nlp=nlp)
    assert _without_offsets(crlf.model_dump(mode="json")) == _without_offsets(
        lf.model_dump(mode="json")
    )
    assert [m.text.replace("\r\n", "\n") for m in crlf.mentions] == [m.text for m in lf.mentions]
    assert all(crlf_text[m.start : m.end] == m.text for m in crlf.mentions)


def _currency_surfaces() -> list[str]:
    from extractor.rules.currencies import currency_forms

    return sorted({form.surface for form in currency_forms().values()})


# whole currency forms, figures and words, glued by any kind of white space: "a$\n5" once
# failed a whole document (a marker looked up with the line break in its key)
_SPACES = st.sampled_from(["\t", "\n", " ", "\u00a0", "\n\n", "\r\n", "", "  "])
PIECES = st.lists(
    st.tuples(
        st.sampled_from(_currency_surfaces()),
        _SPACES,
        st.sampled_from(["5", "1,200", "3.5", "0.25", "2024", "-7", "12%"]),
        _SPACES,
        st.sampled_from(["million", "bn", "percent", "rose", "to", "Sydney", "Hong Kong", ""]),
        _SPACES,
    ).map("".join),
    max_size=8,
).map("".join)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=PIECES)
def test_properties_currency_forms_by_any_white_space(nlp: Language, text: str) -> None:
    records = extractor.extract(text, nlp=nlp)
    for mention in records.mentions:
        assert text[mention.start : mention.end] == mention.text
