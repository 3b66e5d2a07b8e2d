"""Pattern files: any stage's label is accepted, malformed lines are refused."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractor.rules.patterns import PatternSpec


@pytest.mark.parametrize("label", ["MONEY", "TICKER", "WORK_OF_ART"])
def test_patterns_accept_any_stage_label(label: str) -> None:
    assert PatternSpec.model_validate({"id": "x.y", "label": label, "pattern": "a"}).label == label


@pytest.mark.parametrize("label", ["money", "", "MONEY 2", "_X"])
def test_patterns_refuse_labels_that_are_not_span_labels(label: str) -> None:
    with pytest.raises(ValidationError):
        PatternSpec.model_validate({"id": "x.y", "label": label, "pattern": "a"})
