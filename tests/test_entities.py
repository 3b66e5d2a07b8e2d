"""ORG, GPE and PERSON from gazetteers and rules (default pipeline, no model)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractor
from extractor.records import EntityMention


def entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [
        (m.label, m.text)
        for m in extractor.extract(text, nlp=nlp).mentions
        if isinstance(m, EntityMention)
    ]


CASES = {
    "province": ("Output in Jiangsu Province rose.", [("GPE", "Jiangsu Province")]),
    "country-possessive": ("China's exports rose.", [("GPE", "China")]),
    "city": ("A plant opened in Suzhou.", [("GPE", "Suzhou")]),
    "district": ("firms in Tongzhou District grew", [("GPE", "Tongzhou District")]),
    "central-bank": ("The People's Bank of China cut rates.", [("ORG", "People's Bank of China")]),
    "ministry": ("the Ministry of Commerce said", [("ORG", "Ministry of Commerce")]),
    "company-suffix": (
        "Tianshan Solar Energy Co., Ltd. reported",
        [("ORG", "Tianshan Solar Energy Co., Ltd.")],
    ),
    "agency": ("(Xinhua) --", [("ORG", "Xinhua")]),
    "speaker-role": ("said Ni Jianzhong, director of the bureau.", [("PERSON", "Ni Jianzhong")]),
    "title": ("Governor Andrew Bailey spoke.", [("PERSON", "Andrew Bailey")]),
    "name-said": ("Jerome Powell said on Wednesday", [("PERSON", "Jerome Powell")]),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_entities_forms(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert entities(nlp, text) == expected


def test_entities_repeat_surname_is_person(nlp: Language) -> None:
    text = "said Wang Lei, a deputy director. Wang added that sales grew."
    assert entities(nlp, text) == [("PERSON", "Wang Lei"), ("PERSON", "Wang")]


@pytest.mark.parametrize("text", ["The company said sales rose.", "In March, output grew."])
def test_entities_sentence_initial_words_are_not_entities(nlp: Language, text: str) -> None:
    assert [label for label, _ in entities(nlp, text)] == []
