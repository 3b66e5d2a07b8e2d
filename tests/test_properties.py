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
