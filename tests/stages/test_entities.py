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
    "cue-noun": ("Dutch chipmaker Brightwave rose.", [("ORG", "Brightwave")]),
    # a company's first word is its short name, even where a small town has that name too
    "short-name-of-small-town": (
        "Lianhua Semiconductor Corp will invest. Lianhua reported a profit.",
        [("ORG", "Lianhua Semiconductor Corp"), ("ORG", "Lianhua")],
    ),
    "city-is-no-short-name": (
        "Qingdao Customs said exports rose. Qingdao is a port city.",
        [("ORG", "Qingdao Customs"), ("GPE", "Qingdao")],
    ),
    "industry-word": ("Shares of Tasman Dairy fell.", [("ORG", "Tasman Dairy")]),
    "industry-word-listed": (
        "Nasdaq-listed Jiayu Travel returned to profit.",
        [("ORG", "Nasdaq"), ("ORG", "Jiayu Travel")],
    ),
    # a name rule's capitalized words would take the amount too ("for S$500"): cut before it
    "name-before-amount": (
        "It will buy Sejuk Holdings for S$500 million.",
        [("ORG", "Sejuk Holdings")],
    ),
    "name-before-code-amount": (
        "It sold Corvane Bank for EUR 190 million.",
        [("ORG", "Corvane Bank")],
    ),
    "cue-needs-lowercase": ("The central bank kept Bank Rate at 5%.", []),
    "coordinated-name": (
        "the Shenzhen Development and Reform Commission said",
        [("ORG", "Shenzhen Development and Reform Commission")],
    ),
    "possessive-splits": (
        "The Bank of England's Monetary Policy Committee met.",
        [("ORG", "Bank of England"), ("ORG", "Monetary Policy Committee")],
    ),
    "suffix-alone": ("The Group said costs rose.", []),
    "unicode-name-and-employer": (
        '"Demand is soft," said Katarzyna Wiśniewska, chief economist at Bank Pomorski.',
        [("PERSON", "Katarzyna Wiśniewska"), ("ORG", "Bank Pomorski")],
    ),
    "title-not-in-name": (
        "NBP President Adam Glapiński said",
        [("ORG", "NBP"), ("PERSON", "Adam Glapiński")],
    ),
    "lowercase-title": ("but governor Tiff Macklem said", [("PERSON", "Tiff Macklem")]),
    "name-particle": ("Mayor Maarten de Vries told reporters", [("PERSON", "Maarten de Vries")]),
    "hyphenated-given-name": ("chief executive Lee Min-jun said", [("PERSON", "Lee Min-jun")]),
    "byline": ("\n\nMaria Kovacs\nPublished Dec 11, 2024", [("PERSON", "Maria Kovacs")]),
    "statistics-office": ("Statistics Norway said output fell.", [("ORG", "Statistics Norway")]),
    "polled-by": (
        "economists polled by Brightline Research expected",
        [("ORG", "Brightline Research")],
    ),
    "told-the": ("he told the Harbour Ledger on Monday.", [("ORG", "Harbour Ledger")]),
    "based": (
        "Frankfurt-based Kessler Logistik rose.",
        [("GPE", "Frankfurt"), ("ORG", "Kessler Logistik")],
    ),
    "republic-of": (
        "The Central Bank of the Republic of Türkiye (CBRT) raised rates.",
        [("ORG", "Central Bank of the Republic of Türkiye"), ("ORG", "CBRT")],
    ),
    "date-after-name": ("set by the Central Bank for October 26", [("ORG", "Central Bank")]),
    "weekday-after-name": ("lender Konkan Bank on Saturday reported", [("ORG", "Konkan Bank")]),
    "legal-prefix": ("PT Sumber Alam Energi said", [("ORG", "PT Sumber Alam Energi")]),
    "lowercase-designator": (
        "Output in Nankang district rose. Nankang is a hub.",
        [("GPE", "Nankang"), ("GPE", "Nankang")],
    ),
    "title-surname": ("Governor Wang said rates would hold.", [("PERSON", "Wang")]),
    "honorific-surname": ("Mr. Kotick declined to comment.", [("PERSON", "Kotick")]),
    "title-apposition": ("the bank's chairman, Mark Tucker, said", [("PERSON", "Mark Tucker")]),
    "role-list": (
        "analysts Martin Lewis and Simon Gammon wrote",
        [("PERSON", "Martin Lewis"), ("PERSON", "Simon Gammon")],
    ),
    "business-noun": ("Activision Blizzard shares rose.", [("ORG", "Activision Blizzard")]),
    "business-verb": ("Analysts at Brightwave reported", [("ORG", "Brightwave")]),
    "place-before-business-verb": ("China posted a surplus.", [("GPE", "China")]),
    "demonym-before-business-noun": ("Japanese shares fell.", []),
    "common-word-before-business-verb": ("Exports posted gains.", []),
    "league-is-no-surname": ("The Premier League said", [("ORG", "Premier League")]),
    "demonym-before-designator": ("The northwestern Chinese city of Xi'an", [("GPE", "Xi'an")]),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_entities_forms(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Saudi Aramco said profit fell.", "Saudi Aramco"),
        ("Swiss Re said claims rose.", "Swiss Re"),
        ("Korea Zinc said sales rose.", "Korea Zinc"),
    ],
)
def test_entities_name_opening_with_a_nation_is_a_company(
    nlp: Language, text: str, name: str
) -> None:
    assert entities(nlp, text) == [("ORG", name)]


@pytest.mark.parametrize(
    "name",
    [
        "Equinor ASA",
        "Volvo AB",
        "Nokia Oyj",
        "Dangote Cement Plc",
        # institution and industry heads
        "Malaysian Rubber Board",
        "Capital Economics",
        "Gates Foundation",
        "Sino Biopharma Research",
        "Huashan Hospital",
    ],
)
def test_entities_legal_suffixes_and_institution_heads(nlp: Language, name: str) -> None:
    assert entities(nlp, f"{name} raised its dividend.") == [("ORG", name)]


@pytest.mark.parametrize(
    "name",
    [
        "Xiangyun Heavy Industry",  # patterns/entities.jsonl org.heavy_industry
        "Kuroshio Motor",
        "Lumen Distribution",
        "Nordkyst Renewables",
        "Maple Consumer Brands",
    ],
)
def test_entities_industry_word_ends_a_company_name(nlp: Language, name: str) -> None:
    # the industry word alone makes the name: no verb or cue word around it says company
    assert entities(nlp, f"Orders from {name} were late.") == [("ORG", name)]


@pytest.mark.parametrize(
    "text",
    [
        "Heavy industry output rose.",
        "Industry output rose.",
        "Motor vehicle sales rose.",
        "Analysts said Steel Industry Output Falls was the headline.",
    ],
)
def test_entities_industry_word_alone_or_lower_case_is_no_name(nlp: Language, text: str) -> None:
    assert entities(nlp, text) == []


def test_entities_repeat_surname_is_person(nlp: Language) -> None:
    text = "said Wang Lei, a deputy director. Wang added that sales grew."
    assert entities(nlp, text) == [("PERSON", "Wang Lei"), ("PERSON", "Wang")]


@pytest.mark.parametrize("text", ["The company said sales rose.", "In March, output grew."])
def test_entities_sentence_initial_words_are_not_entities(nlp: Language, text: str) -> None:
    assert [label for label, _ in entities(nlp, text)] == []


def test_entities_organization_short_names(nlp: Language) -> None:
    text = (
        "Halvorsen Shipping Holdings agreed to buy Moreno. Halvorsen said the price was fair, "
        "and Halvorsen Shipping will pay in cash."
    )
    assert entities(nlp, text) == [
        ("ORG", "Halvorsen Shipping Holdings"),
        ("ORG", "Halvorsen"),
        ("ORG", "Halvorsen Shipping"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the two words a long name opens with, also before "said"
            "Redcliff Harbour Real Estate Partners bought the tower. Redcliff Harbour, which "
            "manages offices, said the price was fair. Redcliff Harbour said it would pay cash.",
            [
                ("ORG", "Redcliff Harbour Real Estate Partners"),
                ("ORG", "Redcliff Harbour"),
                ("ORG", "Redcliff Harbour"),
            ],
        ),
        (  # near miss: a place that opens a long name stays a place
            "Hong Kong Exchanges and Clearing said turnover rose. Hong Kong shares fell.",
            [("ORG", "Hong Kong Exchanges and Clearing"), ("GPE", "Hong Kong")],
        ),
    ],
    ids=["two-opening-words", "place-opening"],
)
def test_entities_long_name_short_form(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prairie Freight Ltd was sold, said Dana Moore, chief financial officer of Kessler "
            "Rail Corp. She added that the deal was cheap.",
            [
                ("ORG", "Prairie Freight Ltd"),
                ("PERSON", "Dana Moore"),
                ("ORG", "Kessler Rail Corp."),
            ],
        ),
        (
            "The deal was led by Halvorsen Shipping Inc. The Group said it was cheap.",
            [("ORG", "Halvorsen Shipping Inc.")],
        ),
        (  # near miss: an abbreviation inside a name, before a name word
            "Orders came from U.S. Steel Corp on Monday.",
            [("ORG", "U.S. Steel Corp")],
        ),
    ],
    ids=["pronoun-after-corp", "article-after-inc", "abbreviation-inside"],
)
def test_entities_name_ends_at_an_abbreviation_closing_a_sentence(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name ending in a place, "and", a name with a suffix: two companies
            "Shares of Lotus China and Pearl Entertainment Group rose on Tuesday.",
            [("ORG", "Lotus China"), ("ORG", "Pearl Entertainment Group")],
        ),
        (  # near miss: "and" joins words of one body's name
            "The Jiading Science and Technology Bureau said output rose.",
            [("ORG", "Jiading Science and Technology Bureau")],
        ),
        (  # near miss: "and" joins a name's last word to the suffix
            "Hong Kong Exchanges and Clearing said turnover rose.",
            [("ORG", "Hong Kong Exchanges and Clearing")],
        ),
        (  # a name complete at its legal suffix, "and", another name
            "Kessler Rail Corp and Prairie Freight Ltd agreed to merge.",
            [("ORG", "Kessler Rail Corp"), ("ORG", "Prairie Freight Ltd")],
        ),
    ],
    ids=["two-companies", "one-bureau", "one-exchange", "two-legal-names"],
)
def test_entities_two_names_joined_by_and(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # where the company is from, after its legal suffix
            "Halden Chemie AG agreed to buy Marlow Paints Inc of Cleveland for US$2 billion.",
            [("ORG", "Halden Chemie AG"), ("ORG", "Marlow Paints Inc"), ("GPE", "Cleveland")],
        ),
        (  # near miss: an institution's "of" phrase is part of its name
            "The Development Bank of Kenya said lending rose.",
            [("ORG", "Development Bank of Kenya")],
        ),
    ],
    ids=["inc-of-a-city", "bank-of-a-country"],
)
def test_entities_name_ends_at_its_legal_suffix(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a country before a known institution's name
            "The U.S. Federal Reserve is expected to hold rates.",
            [("GPE", "U.S."), ("ORG", "Federal Reserve")],
        ),
        (  # near miss: a company whose name opens with a country
            "Korea Zinc Co said its profit fell.",
            [("ORG", "Korea Zinc Co")],
        ),
    ],
    ids=["us-federal-reserve", "korea-zinc"],
)
def test_entities_place_before_a_known_institution(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the initials with "of"
            "The Bank of Korea held its rate. Household loans rose, the BOK said.",
            [("ORG", "Bank of Korea"), ("ORG", "BOK")],
        ),
        (  # the initials of a company's capitalized words
            "Tasman Harbour Freight Services said volumes rose. THFS shares fell.",
            [("ORG", "Tasman Harbour Freight Services"), ("ORG", "THFS")],
        ),
        (  # near miss: letters that are no initials of a name in the text
            "The Bank of Korea held its rate. Household loans rose, the BOT said.",
            [("ORG", "Bank of Korea")],
        ),
    ],
    ids=["with-of", "capitalized-words", "other-letters"],
)
def test_entities_initials_of_a_name_are_its_short_form(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank's Monetary Policy Committee, known as Copom, voted unanimously. Copom "
            "members said more cuts would follow.",
            [("ORG", "Monetary Policy Committee"), ("ORG", "Copom"), ("ORG", "Copom")],
        ),
        (  # near miss: "known as" a description, no name
            "Halvorsen Shipping Holdings, known as a tough bargainer, agreed.",
            [("ORG", "Halvorsen Shipping Holdings")],
        ),
    ],
    ids=["short-name", "description"],
)
def test_entities_short_name_after_known_as(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


def test_entities_acronym_defined_in_parentheses(nlp: Language) -> None:
    text = "The Ministry of Trade and Industry (MTI) raised its forecast. MTI expects growth."
    assert entities(nlp, text) == [
        ("ORG", "Ministry of Trade and Industry"),
        ("ORG", "MTI"),
        ("ORG", "MTI"),
    ]


def test_entities_short_name_defined_in_parentheses(nlp: Language) -> None:
    text = "The Federal Statistical Office (Destatis) said orders fell. Destatis revised March."
    assert entities(nlp, text) == [
        ("ORG", "Federal Statistical Office"),
        ("ORG", "Destatis"),
        ("ORG", "Destatis"),
    ]


def test_entities_demonym_is_not_an_alias(nlp: Language) -> None:
    text = "The Turkish Statistical Institute said prices rose. The Turkish lira fell."
    assert entities(nlp, text) == [("ORG", "Turkish Statistical Institute")]


def test_entities_generic_first_word_is_not_an_alias(nlp: Language) -> None:
    text = "The National Bureau of Statistics said National output rose."
    assert entities(nlp, text) == [("ORG", "National Bureau of Statistics")]


def test_entities_dateline_city(nlp: Language) -> None:
    text = "Headline here\nFRANKFURT, April 11 (Bloomberg) -- Rates held."
    assert ("GPE", "FRANKFURT") in entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Offices at No. 305 Dongfeng Middle Road opened.", [("FAC", "Dongfeng Middle Road")]),
        ("Dams on the Jinsha River supply power.", [("LOC", "Jinsha River")]),
        (
            "Japan's Ministry of Finance intervened.",
            [("GPE", "Japan"), ("ORG", "Ministry of Finance")],
        ),
        ("Plants in Maharashtra and Karnataka", [("GPE", "Maharashtra"), ("GPE", "Karnataka")]),
        ("Shares rose in Frankfurt.", [("GPE", "Frankfurt")]),
    ],
    ids=[
        "street-is-not-gpe",
        "river-is-not-gpe",
        "possessive-place",
        "ascii-folded-states",
        "city-qualifier",
    ],
)
def test_entities_places(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert entities(nlp, text) == expected


def test_entities_named_person_beats_place_gazetteer(nlp: Language) -> None:
    text = "said Gao Changsheng, director of the bureau. Gao said grain output rose."
    assert entities(nlp, text) == [("PERSON", "Gao Changsheng"), ("PERSON", "Gao")]


def test_entities_flagged_patterns_match_as_written() -> None:
    """The lexeme flags that stand for word conditions find exactly the matches of the patterns
    as written (spaCy's own predicates), on every corpus article."""
    from pathlib import Path

    import spacy
    from spacy.matcher import Matcher

    from extractor.stages.entities import LexemeFlags, _expand_lists, entity_pattern_specs

    nlp = spacy.blank("en")  # a vocabulary whose flags are all free
    nlp.add_pipe("sentencizer")
    written, flagged = Matcher(nlp.vocab, validate=True), Matcher(nlp.vocab, validate=False)
    flags = LexemeFlags(nlp.vocab)
    for spec in entity_pattern_specs():
        pattern = _expand_lists(spec.pattern)
        written.add(spec.id, [pattern], greedy="LONGEST")
        flagged.add(spec.id, [flags.pattern(pattern)], greedy="LONGEST")
    assert flags.flags  # the conditions did become flags
    articles = sorted(Path(__file__).parents[2].glob("corpus/articles/*/*.txt"))
    matches = 0
    for path in articles:
        doc = nlp(path.read_text(encoding="utf-8"))
        assert flagged(doc) == written(doc), path.name
        matches += len(written(doc))
    assert matches > 500


def test_entities_gazetteer_names_split_as_the_tokenizer_splits() -> None:
    """The names the gazetteer makes into words without the tokenizer come out as it would."""
    from extractor.stages.entities import MIN_CITY_POPULATION, _NameKeys, _words, gpe_names

    nlp = extractor.load()
    name_keys = _NameKeys(nlp.tokenizer)
    places = sorted(gpe_names(MIN_CITY_POPULATION))
    names = places + [p.upper() for p in places] + _words("orgs", "name")
    names += ["Cannot", "gonna", "Port Hedland", "St. Louis", "Côte d'Ivoire", "Hong  Kong"]
    plain = 0
    for name, keys in zip(names, name_keys(names), strict=True):
        assert keys == tuple(t.orth for t in nlp.tokenizer(name)), name
        plain += name_keys.plain(name) is not None
    assert plain > len(names) // 2  # most names skip the tokenizer
    assert name_keys.plain("Cannot") is None  # an exception of the tokenizer
