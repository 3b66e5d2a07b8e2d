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
    patterns = {spec.id: _expand_lists(spec.pattern) for spec in entity_pattern_specs()}
    flags.reserve(patterns.values())  # the most used conditions first, as the stage does
    for spec_id, pattern in patterns.items():
        written.add(spec_id, [pattern], greedy="LONGEST")
        flagged.add(spec_id, [flags.pattern(pattern)], greedy="LONGEST")
    assert len(flags.flags) == 45  # the conditions did become flags, all that are free
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China Evergrande faces a debt pile.", [("ORG", "China Evergrande")]),
        ("Japan Tobacco raised its dividend.", [("ORG", "Japan Tobacco")]),
        ("Thai Beverage agreed to buy a brewer.", [("ORG", "Thai Beverage")]),
        ("Korea Zinc is weighing a buyback.", [("ORG", "Korea Zinc")]),
        ("Swiss Re is weighing a sale.", [("ORG", "Swiss Re")]),
        ("Bonds of China Evergrande's unit fell.", [("ORG", "China Evergrande")]),
        ("Sunac China also fell.", [("ORG", "Sunac China")]),
        ("Shares of Air China rose.", [("ORG", "Air China")]),
        # near misses: a country's own name, a region, a statistic, an institution word, a
        # headline's capitalized words, a word that opens the sentence
        ("Saudi Arabia raised output.", [("GPE", "Saudi Arabia")]),
        ("Exports to South Korea rose.", [("GPE", "South Korea")]),
        ("Greater China sales fell.", [("GPE", "China")]),
        ("Sales in Southwest China grew.", [("GPE", "China")]),
        ("Polish GDP grew last year.", []),
        ("Swedish CPIF inflation rose to 3.2%.", []),
        ("The Chinese Government said it would act.", []),
        ("China Exports Surge in May", [("GPE", "China")]),
        ("In China, sales rose.", [("GPE", "China")]),
        ("Trade with China Tuesday was calm.", [("GPE", "China")]),
    ],
    ids=[
        "nation-first-any-verb",
        "nation-first-common-word",
        "demonym-first",
        "nation-first-is",
        "nation-first-short-word",
        "nation-first-possessive",
        "nation-last-sentence-start",
        "nation-last",
        "country-name-itself",
        "two-word-country",
        "region-qualifier",
        "compass-qualifier",
        "statistic-after-demonym",
        "indicator-acronym-after-demonym",
        "institution-word",
        "title-case-headline",
        "function-word-before",
        "weekday-after",
    ],
)
def test_entities_company_named_by_its_country(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. Federal Reserve held rates.",
            [("GPE", "U.S."), ("ORG", "Federal Reserve")],
        ),
        (
            "The China Securities Regulatory Commission said it would act.",
            [("ORG", "China Securities Regulatory Commission")],
        ),
        (
            "China Three Gorges Corporation and State Grid Corporation of China invested.",
            [("ORG", "China Three Gorges Corporation"), ("ORG", "State Grid Corporation of China")],
        ),
        (
            "Sejuk Holdings and Corvane Group signed a deal.",
            [("ORG", "Sejuk Holdings"), ("ORG", "Corvane Group")],
        ),
        ("Marks and Spencer Group said sales rose.", [("ORG", "Marks and Spencer Group")]),
        (
            "The Agricultural Bank of China and Industrial and Commercial Bank of China lent more.",
            [
                ("ORG", "Agricultural Bank of China"),
                ("ORG", "Industrial and Commercial Bank of China"),
            ],
        ),
        (
            "Bank of Japan Governor Kazuo Ueda said policy would stay loose.",
            [("ORG", "Bank of Japan"), ("PERSON", "Kazuo Ueda")],
        ),
        (
            "The Ministry of Industry and Information Technology said output rose.",
            [("ORG", "Ministry of Industry and Information Technology")],
        ),
    ],
    ids=[
        "country-before-known-org",
        "country-opens-unknown-org",
        "legal-form-and-second-name",
        "group-and-second-name",
        "and-inside-a-name",
        "run-into-known-name",
        "title-ends-of-name",
        "and-inside-of-name",
    ],
)
def test_entities_names_that_touch(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nanshan District reported output gains.", [("GPE", "Nanshan District")]),
        (
            "The Bureau of Statistics of Jiangsu Province said output rose.",
            [("ORG", "Bureau of Statistics of Jiangsu Province")],
        ),
        (
            "Vice Premier He Lifeng met bankers. He said growth would pick up.",
            [("PERSON", "He Lifeng")],
        ),
        ("Mr. He declined to comment.", [("PERSON", "He")]),
        ("He said growth would pick up.", []),
        (
            "billionaire Gautam Adani's flagship Adani Enterprises raised funds.",
            [("PERSON", "Gautam Adani"), ("ORG", "Adani Enterprises")],
        ),
        ("Chief Financial Officer Raj Patel said", [("PERSON", "Raj Patel")]),
    ],
    ids=[
        "designator-before-business-verb",
        "designator-inside-of-name",
        "surname-that-is-a-function-word",
        "honorific-function-word-surname",
        "function-word-alone",
        "billionaire-title",
        "officer-title",
    ],
)
def test_entities_places_and_people_of_business_news(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reliance Industries and Tata Motors reported results.",
            [("ORG", "Reliance Industries"), ("ORG", "Tata Motors")],
        ),
        (
            "Tata Steel and JSW Steel raised prices.",
            [("ORG", "Tata Steel"), ("ORG", "JSW Steel")],
        ),
        # "Finance" ends a lender's name, as "Capital" does; the ministry keeps its own
        (
            "Sunrise Finance on Friday reported higher profit, the Ministry of Finance said.",
            [("ORG", "Sunrise Finance"), ("ORG", "Ministry of Finance")],
        ),
        (
            "Kestrel Ratings and Harbin Ratings and Research both rate the bonds.",
            [("ORG", "Kestrel Ratings"), ("ORG", "Harbin Ratings and Research")],
        ),
        (
            "Mitsui & Co and Sumitomo Corp joined the project.",
            [("ORG", "Mitsui & Co"), ("ORG", "Sumitomo Corp")],
        ),
        # one name: an institution's two domains, or head words on both sides of the "and"
        (
            "The National Development and Reform Commission said",
            [("ORG", "National Development and Reform Commission")],
        ),
        (
            "Oil and Natural Gas Corporation said",
            [("ORG", "Oil and Natural Gas Corporation")],
        ),
        ("Veldt Exchanges and Clearing said", [("ORG", "Veldt Exchanges and Clearing")]),
        ("Beiyuan Clean Energy Co Ltd said", [("ORG", "Beiyuan Clean Energy Co Ltd")]),
    ],
    ids=[
        "two-companies",
        "two-companies-same-head",
        "finance-head",
        "second-name-goes-on",
        "legal-form-closes-name",
        "institution-domains",
        "and-before-head",
        "head-words-both-sides",
        "legal-form-chain",
    ],
)
def test_entities_coordinated_company_names(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anil Mehra, the chairman of the group, said",
            [("PERSON", "Anil Mehra")],
        ),
        (
            "Lucia Ferraro, a senior economist at Banca Verde, said",
            [("PERSON", "Lucia Ferraro"), ("ORG", "Banca Verde")],
        ),
        ("Tata Motors, the carmaker, said", [("ORG", "Tata Motors")]),
        ("Greenfield Foods, a producer of snacks, said", [("ORG", "Greenfield Foods")]),
    ],
    ids=["the-role", "a-role", "company-apposition", "company-apposition-noun"],
)
def test_entities_name_then_article_and_role(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chairman C.C. Wei said profit rose.", [("PERSON", "C.C. Wei")]),
        ("Finance Secretary T.V. Somanathan said", [("PERSON", "T.V. Somanathan")]),
        ("Chairman N. Raghavan said", [("PERSON", "N. Raghavan")]),
        ("K.V. Mehta, the chairman of the bank, said", [("PERSON", "K.V. Mehta")]),
        ("Ma Jun, a former chief economist at the bank, said", [("PERSON", "Ma Jun")]),
        ("Varun Kapoor, acting head of the unit, said", [("PERSON", "Varun Kapoor")]),
        ("Ravi Sons said orders rose.", [("ORG", "Ravi Sons")]),
        # a country's initials open no one's name
        ("Ambassador U.S. Grant", [("GPE", "U.S.")]),
    ],
    ids=[
        "initials-after-title",
        "initials-after-two-word-title",
        "one-initial",
        "initials-before-role",
        "former-role",
        "acting-role",
        "sons-company",
        "country-initials",
    ],
)
def test_entities_initials_and_former_roles(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haidilao International said revenue rose.", [("ORG", "Haidilao International")]),
        ("S&P Global said ratings held.", [("ORG", "S&P Global")]),
        ("Sunac China said it would repay debt.", [("ORG", "Sunac China")]),
        (
            "Alibaba and Kestrel Express signed a deal.",
            [("ORG", "Alibaba"), ("ORG", "Kestrel Express")],
        ),
        # near misses: a known name inside an institution's, a person's name, a leading word
        (
            "The Treasury and Finance Ministry said",
            [("ORG", "Treasury and Finance Ministry")],
        ),
        ("Li Hong said demand was weak.", [("PERSON", "Li Hong")]),
        (
            "The International Monetary Fund said",
            [("ORG", "International Monetary Fund")],
        ),
    ],
    ids=[
        "international-ends-company",
        "global-ends-company",
        "country-ends-company-before-said",
        "known-name-and-second-name",
        "known-name-in-institution",
        "person-with-place-syllable",
        "international-opens-name",
    ],
)
def test_entities_company_heads_and_known_names(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares rose after Kweichow Moutai's net profit jumped.", [("ORG", "Kweichow Moutai")]),
        ("Analysts said Halvorsen's quarterly revenue fell.", [("ORG", "Halvorsen")]),
        # a place's or a person's possessive with a qualifier names no company
        ("China's net exports rose.", [("GPE", "China")]),
        ("Analysts said Wang's annual salary rose.", []),
    ],
    ids=["net-profit", "quarterly-revenue", "place-net-exports", "person-annual-salary"],
)
def test_entities_possessive_with_qualified_account(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "said Nguyễn Văn Thắng, director of the department.",
            [("PERSON", "Nguyễn Văn Thắng")],
        ),
        ("said Trương Thị Mai, a senior official.", [("PERSON", "Trương Thị Mai")]),
        ("Output in Hải Dương Province rose.", [("GPE", "Hải Dương Province")]),
        ("said Arjun K Menon, a member of the panel.", [("PERSON", "Arjun K Menon")]),
        ("Mr Hollis said margins held.", [("PERSON", "Hollis")]),
        ("Dr Okafor declined to comment.", [("PERSON", "Okafor")]),
        (
            "said Anne-Sophie Roux, chief economist at the bank.",
            [("PERSON", "Anne-Sophie Roux")],
        ),
        (
            "Raymond Tse Kwok-hung, chairman of the firm, said",
            [("PERSON", "Raymond Tse Kwok-hung")],
        ),
        ("said Peter Ho Wing-kei, the finance chief.", [("PERSON", "Peter Ho Wing-kei")]),
        # near misses: a hyphen with spaces, a lowercase word after the name
        ("Sino-French trade grew, said Luc Girard, an economist.", [("PERSON", "Luc Girard")]),
        ("Demand rose - Luc Girard said on Monday.", [("PERSON", "Luc Girard")]),
    ],
    ids=[
        "vietnamese-name",
        "vietnamese-horn-letters",
        "vietnamese-province",
        "bare-middle-initial",
        "mr-without-dot",
        "dr-without-dot",
        "hyphenated-given-name-first",
        "hyphenated-given-name-before-role",
        "hyphenated-given-name-after-said",
        "hyphen-word-before-sentence",
        "spaced-dash",
    ],
)
def test_entities_names_of_many_alphabets_and_forms(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Agriculture, Forestry and Fisheries said rice prices rose.",
            [("ORG", "Ministry of Agriculture, Forestry and Fisheries")],
        ),
        (
            "the Ministry of Land, Infrastructure, Transport and Tourism said",
            [("ORG", "Ministry of Land, Infrastructure, Transport and Tourism")],
        ),
        (
            "the Ministry of Finance, Xinhua and CGTN reported",
            [("ORG", "Ministry of Finance"), ("ORG", "Xinhua"), ("ORG", "CGTN")],
        ),
        (
            "The Bank of Japan, Fed and ECB met.",
            [("ORG", "Bank of Japan"), ("ORG", "Fed"), ("ORG", "ECB")],
        ),
        (
            "Ardent Coatings Inc of Pittsburgh agreed to the deal.",
            [("ORG", "Ardent Coatings Inc"), ("GPE", "Pittsburgh")],
        ),
        ("Bank of America Corp said", [("ORG", "Bank of America Corp")]),
        (
            "Sands China and Galaxy Entertainment Group reported gains.",
            [("ORG", "Sands China"), ("ORG", "Galaxy Entertainment Group")],
        ),
        (
            "Bank of China and Hang Seng Bank said",
            [("ORG", "Bank of China"), ("ORG", "Hang Seng Bank")],
        ),
    ],
    ids=[
        "ministry-domains-list",
        "ministry-four-domains",
        "list-of-known-names",
        "list-of-banks",
        "legal-form-then-of-place",
        "of-name-then-legal-form",
        "country-ends-first-name",
        "known-name-before-and",
    ],
)
def test_entities_lists_and_of_phrases(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UK Gilts fell on Monday.", [("GPE", "UK")]),
        ("US Treasuries rallied.", [("GPE", "US")]),
        ("The Swiss Franc gained.", []),
        ("The Japanese Yen weakened.", []),
        ("Canada Goose fell after results.", [("ORG", "Canada Goose")]),
    ],
    ids=["gilts", "treasuries", "currency-after-demonym", "yen", "company-with-common-word"],
)
def test_entities_market_instruments_beside_a_country_are_no_company(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangko Sentral ng Pilipinas raised rates.", [("ORG", "Bangko Sentral ng Pilipinas")]),
        ("Banco Central do Brasil cut rates.", [("ORG", "Banco Central do Brasil")]),
        ("Sveriges Riksbank held rates.", [("ORG", "Sveriges Riksbank")]),
        (
            "PBOC Governor Pan Gongsheng announced the cut.",
            [("ORG", "PBOC"), ("PERSON", "Pan Gongsheng")],
        ),
        ("Analysts said Halvorsen announced a buyback.", [("ORG", "Halvorsen")]),
        ("Moody's Investors Service cut its outlook.", [("ORG", "Moody's Investors Service")]),
        ("Analysts upgraded Mundra Ports on Monday.", [("ORG", "Mundra Ports")]),
        (
            "Cobrecal, the world's biggest copper producer, said output fell.",
            [("ORG", "Cobrecal")],
        ),
        ("Shares of Ferrovale, a Brazilian miner, fell.", [("ORG", "Ferrovale")]),
        ("Nordvik, the state-controlled energy group, said", [("ORG", "Nordvik")]),
        ("Kaiyun, its main domestic rival, reported a loss.", [("ORG", "Kaiyun")]),
        # near misses: a place or a person before the apposition, a role that is no company
        ("Chile, the world's biggest copper producer, said", [("GPE", "Chile")]),
        ("Wang Tao, the firm's chief executive, said", [("PERSON", "Wang Tao")]),
        ("In March, the company said", []),
        # a surname that is also a country's name is a person's after a first name and title
        ("Chairman Thomas Jordan said", [("PERSON", "Thomas Jordan")]),
        ("Exports, its main driver of growth, rose 5%.", []),
    ],
    ids=[
        "central-bank-in-own-language",
        "central-bank-portuguese",
        "central-bank-full-name",
        "title-before-business-verb",
        "business-verb-without-title",
        "service-head",
        "ports-head",
        "apposition-producer",
        "apposition-demonym-miner",
        "apposition-hyphenated-descriptor",
        "apposition-its-rival",
        "place-apposition",
        "person-apposition",
        "month-apposition",
        "surname-of-a-country",
        "common-word-apposition",
    ],
)
def test_entities_central_banks_titles_and_appositions(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guangdong Provincial Government said output rose.",
            [("ORG", "Guangdong Provincial Government")],
        ),
        (
            "Shenzhen Municipal People's Government announced a plan.",
            [("ORG", "Shenzhen Municipal People's Government")],
        ),
        # a country's government is no name; a government alone names nothing
        ("The Chinese Government said it would act.", []),
        ("The UK Government said", [("GPE", "UK")]),
        ("The Government said costs rose.", []),
        ("To reach the Government's target, growth must rise.", []),
    ],
    ids=[
        "provincial-government",
        "municipal-peoples-government",
        "demonym-government",
        "country-government",
        "government-alone",
        "government-possessive",
    ],
)
def test_entities_governments_of_places(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Secretary of State Antony Blinken said talks went well.", [("PERSON", "Antony Blinken")]),
        (
            "Minister for Trade Daniel Okoro said. Trade volumes rose.",
            [("PERSON", "Daniel Okoro")],
        ),
        (
            "Vice Minister of Commerce Guo Tingting said. Commerce Secretary Gina Raimondo agreed.",
            [("PERSON", "Guo Tingting"), ("PERSON", "Gina Raimondo")],
        ),
        # a three-word name after a title or a verb stays whole
        ("Finance Minister Sri Mulyani Indrawati said", [("PERSON", "Sri Mulyani Indrawati")]),
        ("Analysts said Mary Ann Keller said", [("PERSON", "Mary Ann Keller")]),
    ],
    ids=[
        "title-of-domain-name",
        "title-for-domain-name",
        "domain-is-no-alias",
        "three-word-name-after-title",
        "three-word-name-after-verb",
    ],
)
def test_entities_name_after_a_title_of_a_domain(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fosun International said profit rose.", [("ORG", "Fosun International")]),
        (
            "Tata Motors Chairman N. Chandrasekaran said",
            [("ORG", "Tata Motors"), ("PERSON", "N. Chandrasekaran")],
        ),
        ("Sales at Tencent Holdings Tuesday rose.", [("ORG", "Tencent Holdings")]),
        ("Macau Legend said revenue rose.", [("ORG", "Macau Legend")]),
        ("Hong Kong Broadband said subscribers rose.", [("ORG", "Hong Kong Broadband")]),
        ("Li Hong said demand was weak.", [("PERSON", "Li Hong")]),
    ],
    ids=[
        "head-ends-name",
        "title-after-head",
        "weekday-after-head",
        "city-opens-company",
        "two-word-city-opens-company",
        "surname-is-no-city",
    ],
)
def test_entities_heads_before_titles_and_companies_of_cities(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tongling Nonferrous cut output.", [("ORG", "Tongling Nonferrous")]),
        ("Output of Anhui Conch rose.", [("ORG", "Anhui Conch")]),
        ("Yunnan Baiyao said sales rose.", [("ORG", "Yunnan Baiyao")]),
        # near misses: a facility or a district of the place, an acronym, a designator
        ("Flights at Guangzhou Baiyun airport rose.", [("GPE", "Guangzhou")]),
        ("The Changzhou NEV plant opened.", [("GPE", "Changzhou")]),
        ("Heilongjiang Province said output rose.", [("GPE", "Heilongjiang Province")]),
        ("Exports from Shenzhen rose.", [("GPE", "Shenzhen")]),
    ],
    ids=[
        "province-company",
        "province-company-after-of",
        "province-company-before-said",
        "place-facility",
        "place-acronym",
        "place-designator",
        "place-alone",
    ],
)
def test_entities_company_named_by_a_chinese_place(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jamie Dimon, JPMorgan's chief executive, said growth held.",
            [("PERSON", "Jamie Dimon"), ("ORG", "JPMorgan")],
        ),
        ("Hui Ka Yan, Evergrande's founder, was detained.", [("PERSON", "Hui Ka Yan")]),
        (
            "Cobrecal, Chile's state copper miner, said output fell.",
            [("ORG", "Cobrecal"), ("GPE", "Chile")],
        ),
        # near misses: an owner's descriptor that is no role and no company noun
        ("Maria Lopes, Brazil's best-known chef, said", [("GPE", "Brazil")]),
    ],
    ids=["person-owner-role", "person-owner-founder", "company-owner-noun", "no-role-no-noun"],
)
def test_entities_appositions_with_an_owner(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Investors remain confident," said He Yadong, spokesperson of the ministry.',
            [("PERSON", "He Yadong")],
        ),
        ("He Yadong said investment rose.", [("PERSON", "He Yadong")]),
        ("An Wei, a director of the bureau, said", [("PERSON", "An Wei")]),
        # the pronoun stays no one, also before a capitalized word of a headline
        ("He said investment rose.", []),
        ("He Also Said Growth Slowed", []),
        ("said The Economist.", []),
    ],
    ids=[
        "surname-he-after-said",
        "surname-he-before-said",
        "surname-an-before-role",
        "pronoun",
        "pronoun-in-headline",
        "article-after-said",
    ],
)
def test_entities_surnames_that_are_function_words(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event's name holds no organization or place of its own
        ("Exhibitors at the China International Import Expo signed deals.", []),
        ("The 9th Western China Trade Fair opened in Chengdu.", [("GPE", "Chengdu")]),
        ("Buyers flocked to the Canton Fair in Guangzhou.", [("GPE", "Guangzhou")]),
        ("The Central Economic Work Conference set the tone.", []),
        ("Leaders met at the Asia Pacific Summit in Lima.", [("GPE", "Lima")]),
        # near misses: the same words in a company's name, or no event noun
        (
            "China International Capital Corp led the deal.",
            [("ORG", "China International Capital Corp")],
        ),
        ("The National People's Congress approved it.", [("ORG", "National People's Congress")]),
        ("Exports to China rose at the fair.", [("GPE", "China")]),
    ],
)
def test_entities_events_are_no_organizations(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one word alone at a sentence's start, before a company's verb or accounts, that the
        # text writes capitalized again inside a sentence or with a capital inside
        (
            "Vanke posted a net loss for the year. Creditors of Vanke met.",
            [("ORG", "Vanke"), ("ORG", "Vanke")],
        ),
        (
            "Pinduoduo reported a rise in revenue, and shares of Pinduoduo rose.",
            [("ORG", "Pinduoduo"), ("ORG", "Pinduoduo")],
        ),
        (
            "Zeekr's revenue rose 30 percent, and Zeekr plans a listing.",
            [("ORG", "Zeekr"), ("ORG", "Zeekr")],
        ),
        ("PetroVale announced a buyback.", [("ORG", "PetroVale")]),
        # near misses: common words that open a sentence just as well, and a word the text
        # gives no second time
        ("Sunwoda announced a buyback.", []),
        ("Demand posted a gain.", []),
        ("Overall posted a gain. Overall, sales rose.", []),
        ("Listed shares fell.", []),
        ("Property shares fell.", []),
        ("Industry's profits fell.", []),
        ("Separately reported a loss.", []),
        ("Consumption posted gains.", []),
        ("Gold posted its biggest weekly gain.", []),
        ("Pharmaceuticals posted gains.", []),
        # a word the text writes in lowercase elsewhere is a common one
        ("Harvest posted a record. The harvest was large.", []),
    ],
)
def test_entities_one_word_company_at_a_sentence_start(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China Vanke Co. missed a coupon. Creditors of Vanke met on Monday.",
            [("ORG", "China Vanke Co."), ("ORG", "Vanke")],
        ),
        (
            "China Unicom added users. Unicom also raised its dividend.",
            [("ORG", "China Unicom"), ("ORG", "Unicom")],
        ),
        # near misses: a head word after the name word, a word of the text in lowercase, a
        # common word's ending
        (
            "China Merchants Bank raised rates. Merchants in Guangzhou complained.",
            [("ORG", "China Merchants Bank"), ("GPE", "Guangzhou")],
        ),
        (
            "China Mobile Ltd said Mobile Data grew as mobile users rose.",
            [("ORG", "China Mobile Ltd")],
        ),
        (
            "China Resources Group said. Resources in Shanxi shrank.",
            [("ORG", "China Resources Group"), ("GPE", "Shanxi")],
        ),
    ],
)
def test_entities_name_word_after_a_country_is_a_short_name(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Country Garden said it would repay.", [("ORG", "Country Garden")]),
        ("Haier Smart Home said margins widened.", [("ORG", "Haier Smart Home")]),
        ("Pop Mart said revenue doubled.", [("ORG", "Pop Mart")]),
        ("Luckin Coffee said store count rose.", [("ORG", "Luckin Coffee")]),
        # near misses: people's names, and a trade noun in a headline with no speaker
        ("Rosa Delgado said demand was firm.", [("PERSON", "Rosa Delgado")]),
        ("Chief executive Tim Cook said.", [("PERSON", "Tim Cook")]),
        ("New Home Sales Slump in March", []),
    ],
)
def test_entities_company_nouns_in_a_name_read_as_a_person(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capitalized words of a title-case headline, which the text does not name again
        (
            "Stocks Rally as Property Market Steadies\n\nShares in Shanghai rose.",
            [("GPE", "Shanghai")],
        ),
        (
            "Statistical Report on Regional Economic Development\n\nOutput rose in Anhui.",
            [("GPE", "Anhui")],
        ),
        (
            "Fed Officials Signal Patience on Rate Cuts\n\nThe Fed met.",
            [("ORG", "Fed"), ("ORG", "Fed")],
        ),
        # near misses: named again below, a gazetteer name, a headline written as a sentence
        (
            "Tasman Bank Profit Slips as Costs Climb\n\nTasman Bank said costs rose.",
            [("ORG", "Tasman Bank"), ("ORG", "Tasman Bank")],
        ),
        ("Bank of Canada Cuts Rates Again\n\nOfficials said.", [("ORG", "Bank of Canada")]),
        (
            "Governor Tiff Macklem Warns on Prices\n\nGovernor Tiff Macklem said.",
            [("PERSON", "Tiff Macklem"), ("PERSON", "Tiff Macklem")],
        ),
        (
            "Korhonen Logistics profit slips as costs climb\n\nProfit fell.",
            [("ORG", "Korhonen Logistics")],
        ),
    ],
)
def test_entities_title_case_headline(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalized compound with a lowercase second part inside a name
        (
            "The East Lake High-tech Development Zone hosts 16,000 firms.",
            [("ORG", "East Lake High-tech Development Zone")],
        ),
        (
            "Shares of Qianhai Hi-tech Park Holdings rose.",
            [("ORG", "Qianhai Hi-tech Park Holdings")],
        ),
        # near misses: a place glued to a participle, a compound before no name
        (
            "Shenzhen-listed Ping An Group said.",
            [("GPE", "Shenzhen"), ("ORG", "Ping An Group")],
        ),
        ("Its high-tech firms grew.", []),
    ],
)
def test_entities_name_over_a_hyphenated_compound(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


def test_entities_platforms_added_is_a_company(nlp: Language) -> None:
    text = "Jio Platforms added 11 million users."
    assert entities(nlp, text) == [("ORG", "Jio Platforms")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lenders including Zenbank, Standard Chartered and Lloyds raised rates.",
            [("ORG", "Zenbank"), ("ORG", "Standard Chartered"), ("ORG", "Lloyds")],
        ),
        ("Carmakers like Zeekr sold more.", [("ORG", "Zeekr")]),
        (
            "Sales grew on platforms such as Kuaishou and Douyin.",
            [("ORG", "Kuaishou"), ("ORG", "Douyin")],
        ),
        # near misses: places, nationalities and lowercase words in the list, no descriptor
        ("Firms such as those in Shenzhen grew.", [("GPE", "Shenzhen")]),
        ("Companies such as Chinese rivals grew.", []),
        ("Regions such as Yunnan and Guizhou grew.", [("GPE", "Yunnan"), ("GPE", "Guizhou")]),
    ],
)
def test_entities_names_listed_after_a_plural_descriptor(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gree Electric Appliances and TCL Technology opened plants.",
            [("ORG", "Gree Electric Appliances"), ("ORG", "TCL Technology")],
        ),
        (
            "Haier Smart Home and TCL Technology grew.",
            [("ORG", "Haier Smart Home"), ("ORG", "TCL Technology")],
        ),
        # near misses: domains of one institution's name joined by "and"
        (
            "The Ministry of Industry and Information Technology said.",
            [("ORG", "Ministry of Industry and Information Technology")],
        ),
        (
            "The Research and Development Institute said.",
            [("ORG", "Research and Development Institute")],
        ),
    ],
)
def test_entities_and_before_an_acronym_joins_two_companies(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JPMorgan Chase, Wells Fargo and Citigroup posted higher profits.",
            [("ORG", "JPMorgan"), ("ORG", "Wells Fargo"), ("ORG", "Citigroup")],
        ),
        ("Tencent and Kuaishou bid for the rights.", [("ORG", "Tencent"), ("ORG", "Kuaishou")]),
        (
            "Shoppers chose Xiaomi or Vivo phones.",
            [("ORG", "Xiaomi"), ("ORG", "Vivo")],
        ),
        # near misses: a place in the list, no "and", a nationality, a title
        ("Tencent, Beijing and Zenko said.", [("ORG", "Tencent"), ("GPE", "Beijing")]),
        ("Tencent, Kuaishou said.", [("ORG", "Tencent")]),
        ("Apple and Chinese rivals sold more.", [("ORG", "Apple")]),
        (
            "Tencent and Chairman Pony Ma met.",
            [("ORG", "Tencent"), ("PERSON", "Pony Ma")],
        ),
    ],
)
def test_entities_names_listed_with_an_organization(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a metal closes a miner's or refiner's name
        (
            "Ganfeng Lithium and Tianqi Lithium are expanding.",
            [("ORG", "Ganfeng Lithium"), ("ORG", "Tianqi Lithium")],
        ),
        ("Shares of Boreal Cobalt fell.", [("ORG", "Boreal Cobalt")]),
        # near misses: the metal in lowercase, alone, or after a surname
        ("Spot copper rose.", []),
        ("Zinc prices rose.", []),
        ("Matthew Gold said prices rose.", [("PERSON", "Matthew Gold")]),
        # a name of two capitalized words joined by a hyphen, in a list
        (
            "Mercedes-Benz and BMW reported lower deliveries.",
            [("ORG", "Mercedes-Benz"), ("ORG", "BMW")],
        ),
        ("Exports and BMW grew.", [("ORG", "BMW")]),
    ],
)
def test_entities_metals_and_hyphenated_names(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEOUL, March 3 (Hankyoreh Wire) -- Exports rose.",
            [("GPE", "SEOUL"), ("ORG", "Hankyoreh Wire")],
        ),
        (
            "BEIJING, Jan 2 (Caixin Global) \u2014 Output rose.",
            [("GPE", "BEIJING"), ("ORG", "Caixin Global")],
        ),
        # near misses: a place in parentheses, a lowercase word, no dash after it
        ("The firm (Hong Kong) - said.", [("GPE", "Hong Kong")]),
        ("Rates (percent) - table", []),
        ("Output (Tonnes) rose.", []),
    ],
)
def test_entities_source_of_a_dateline(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales in North America rose, while Latin America and the Middle East grew.",
            [("LOC", "North America"), ("LOC", "Latin America"), ("LOC", "Middle East")],
        ),
        ("The Asia-Pacific region grew.", [("LOC", "Asia-Pacific")]),
        # near misses: a country with a compass word, a country alone
        ("South Africa's rand fell.", [("GPE", "South Africa")]),
        ("Exports to South Korea rose.", [("GPE", "South Korea")]),
    ],
)
def test_entities_world_regions_are_no_places(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The S&P 500 rose and the FTSE 100 gained.", []),
        ("The S&P/TSX 60 fell.", []),
        # near misses: the same names as organizations, a number that is a date
        ("Tasman Bank rose 2% on the ASX.", [("ORG", "Tasman Bank"), ("ORG", "ASX")]),
        ("S&P cut its rating.", [("ORG", "S&P")]),
        ("Sales at Tencent/WeChat rose.", [("ORG", "Tencent")]),
        ("Tencent 2023 results beat forecasts.", [("ORG", "Tencent")]),
    ],
)
def test_entities_stock_index_is_no_organization(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ilse Marwick voted for a cut.", [("PERSON", "Ilse Marwick")]),
        ("External member Ravi K Menon voted to hold.", [("PERSON", "Ravi K Menon")]),
        # near misses: a committee and a plural noun that vote
        ("The Monetary Policy Committee voted 6-3.", [("ORG", "Monetary Policy Committee")]),
        ("Shareholders voted against it.", []),
    ],
)
def test_entities_name_before_voted_is_a_person(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It opened talks with the National Union of Mineworkers.",
            [("ORG", "National Union of Mineworkers")],
        ),
        (
            "The African Union met in Addis Ababa.",
            [("ORG", "African Union"), ("GPE", "Addis Ababa")],
        ),
        # near misses: a state named a union, and the word in lowercase
        ("The Soviet Union collapsed.", [("GPE", "Soviet Union")]),
        ("The union said wages rose.", []),
    ],
)
def test_entities_union_closes_a_name(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its shares rose 2.6% on Euronext Paris.", [("ORG", "Euronext Paris")]),
        ("Units rose on the NZX.", [("ORG", "NZX")]),
        ("The stock fell on the Tadawul and the JSE.", [("ORG", "Tadawul"), ("ORG", "JSE")]),
        # near miss: the exchange's index
        ("The NZX 50 gained.", []),
    ],
)
def test_entities_stock_exchanges(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Funds came from the British Virgin Islands and the Cayman Islands.",
            [("GPE", "British Virgin Islands"), ("GPE", "Cayman Islands")],
        ),
        # near misses: islands that are no country, a river's delta
        ("Ships crossed near the Spratly Islands.", [("LOC", "Spratly Islands")]),
        ("Output in the Pearl River Delta rose.", [("LOC", "Pearl River Delta")]),
    ],
)
def test_entities_island_countries_are_places(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a descriptor capitalized at a sentence's start is no word of the name
        ("Rival Marrow Freight said volumes fell.", [("ORG", "Marrow Freight")]),
        ("Carmaker Dunvale said sales rose.", [("ORG", "Dunvale")]),
        ("Insurer Pellam Group cut its forecast.", [("ORG", "Pellam Group")]),
        # a known company's name opening a unit's, a bank's one-word name, names' nouns
        ("Siemens Mobility said orders rose.", [("ORG", "Siemens Mobility")]),
        ("Sacombank said profit rose.", [("ORG", "Sacombank")]),
        ("Haitong Automobile said sales rose.", [("ORG", "Haitong Automobile")]),
        ("Marlow Air Lines said traffic rose.", [("ORG", "Marlow Air Lines")]),
        # near misses: a name word that is the name ("Bank", "Group"), a descriptor inside a
        # sentence, a lower-case bank word, a title after the company
        ("Bank Negara Malaysia held its rate.", [("ORG", "Bank Negara Malaysia")]),
        ("Shares of the Rival Group rose.", [("ORG", "Rival Group")]),
        ("Anglers lined the riverbank.", []),
        (
            "Siemens Chief Executive Roland Busch said orders rose.",
            [("ORG", "Siemens"), ("PERSON", "Roland Busch")],
        ),
    ],
)
def test_entities_descriptors_units_and_bank_names(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund bought 4 million Peso Foods SA shares.", [("ORG", "Peso Foods SA")]),
        (
            "She sold 250,000 Rand Copper Holdings Ltd shares.",
            [("ORG", "Rand Copper Holdings Ltd")],
        ),
        # near-miss: the currency itself, no company after it (an amount, no name)
        ("He paid 40 Krona at the gate.", []),
    ],
    ids=["peso-sa", "rand-ltd", "krona-alone"],
)
def test_entities_currency_word_opening_a_company_name(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Federal Agency for Fisheries and Coastal Protection said catches fell.",
            [("ORG", "Federal Agency for Fisheries and Coastal Protection")],
        ),
        (
            "The Department for Culture, Media and Sport said visits rose.",
            [("ORG", "Department for Culture, Media and Sport")],
        ),
        # near-misses: a company's name after the "and"; two companies
        (
            "The Ministry of Finance and Orrin Industries signed a deal.",
            [("ORG", "Ministry of Finance"), ("ORG", "Orrin Industries")],
        ),
        (
            "Halvorsen Industries and Brightwave Motors shares rose.",
            [("ORG", "Halvorsen Industries"), ("ORG", "Brightwave Motors")],
        ),
    ],
    ids=["agency-for", "department-list", "ministry-and-company", "two-companies"],
)
def test_entities_and_joins_the_domains_of_an_institution(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEATTLE--(BUSINESS WIRE)--Feb. 12, 2025--Tessaro Logistics Corp. (NYSE: TSL) today "
            "reported revenue of $412.6 million.",
            [
                ("GPE", "SEATTLE"),
                ("ORG", "BUSINESS WIRE"),
                ("ORG", "Tessaro Logistics Corp."),
                ("ORG", "NYSE"),
            ],
        ),
        (
            "DALLAS--(BUSINESS WIRE)--Jan. 28, 2025--Ardent Energy Partners reported net income.",
            [("GPE", "DALLAS"), ("ORG", "BUSINESS WIRE"), ("ORG", "Ardent Energy Partners")],
        ),
        # near-miss: a dash between spaces, as before
        (
            "Ardent Energy Partners -- a pipeline operator -- reported net income.",
            [("ORG", "Ardent Energy Partners")],
        ),
    ],
    ids=["business-wire-dateline", "dateline-two-word-name", "spaced-dashes"],
)
def test_entities_company_after_a_glued_dateline_dash(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SoftBank-backed Quenta Pay said sales rose.",
            [("ORG", "SoftBank"), ("ORG", "Quenta Pay")],
        ),
        ("Alibaba-owned Lazada said sales rose.", [("ORG", "Alibaba"), ("ORG", "Lazada")]),
        ("Shenzhen-based Xiaomo said sales rose.", [("GPE", "Shenzhen"), ("ORG", "Xiaomo")]),
        # near-misses: a lower-case noun after the participle; a participle of no ownership
        ("The Alibaba-owned platform said sales rose.", [("ORG", "Alibaba")]),
        ("Brent-linked Quenta said sales rose.", []),
    ],
    ids=["backed", "owned", "based", "owned-noun", "other-participle"],
)
def test_entities_name_after_a_participle_of_seat_or_ownership(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Competitor Velmora said its profit fell.", [("ORG", "Velmora")]),
        ("Sales rose. Its parent Halvard Group said so.", [("ORG", "Halvard Group")]),
        ("Drugmaker Zelvora said its revenue rose.", [("ORG", "Zelvora")]),
        ("Coffee chain Brisko said sales rose.", [("ORG", "Brisko")]),
        ("Defense contractor Arlen Dynamics said sales rose.", [("ORG", "Arlen Dynamics")]),
        ("Brewers such as Kelsted and Varnholt said.", [("ORG", "Kelsted"), ("ORG", "Varnholt")]),
        # near-miss: the noun with no name after it
        ("The parent company said sales rose.", []),
    ],
    ids=["competitor", "parent", "drugmaker", "chain", "contractor", "brewers", "no-name"],
)
def test_entities_company_after_a_descriptor_noun(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelvora said its revenue rose 12%.", [("ORG", "Zelvora")]),
        ("Output fell. Brenvik says its margin held.", [("ORG", "Brenvik")]),
        # near-misses: the surname of a full name; a common word; a country
        ("Jerome Powell spoke. Powell said its decision was hard.", []),
        (
            "Wang Lin runs the firm. Wang said its output rose.",
            [("PERSON", "Wang Lin"), ("PERSON", "Wang")],
        ),
        ("Separately said its revenue rose.", []),
        ("Sweden said its exports rose.", [("GPE", "Sweden")]),
    ],
    ids=["lede", "after-a-sentence", "surname", "cn-surname", "common-word", "country"],
)
def test_entities_one_word_company_before_said_its(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales rose. Rivals Xpeng and Li Auto said sales rose.",
            [("ORG", "Xpeng"), ("ORG", "Li Auto")],
        ),
        (
            "Sales rose. Carmakers Xpeng and Li Auto said sales rose.",
            [("ORG", "Xpeng"), ("ORG", "Li Auto")],
        ),
        # near-miss: no descriptor before the list
        ("Sales rose. Xpeng and Li Auto said sales rose.", [("ORG", "Xpeng"), ("ORG", "Li Auto")]),
    ],
    ids=["rivals", "carmakers", "no-descriptor"],
)
def test_entities_capitalized_descriptor_before_a_list(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose. Rival Hapag-Lloyd reported a drop in earnings.", [("ORG", "Hapag-Lloyd")]),
        ("Sales rose. Shares of Kessel-Brandt Holdings rose.", [("ORG", "Kessel-Brandt Holdings")]),
        # near-misses: two names joined by a hyphen; two places
        (
            "Sales rose. The Tencent-Alibaba rivalry grew.",
            [("ORG", "Tencent"), ("ORG", "Alibaba")],
        ),
        ("Sales rose. The US-China trade war grew.", [("GPE", "US"), ("GPE", "China")]),
    ],
    ids=["rival-hyphenated", "hyphenated-with-suffix", "two-companies", "two-places"],
)
def test_entities_company_name_glued_by_a_hyphen(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose. Shipping group Brenmark A/S reported a loss.", [("ORG", "Brenmark A/S")]),
        # near-miss: a slash pair that does not close the name
        (
            "Sales rose. Shipping group Brenmark reported a loss on A/S shares.",
            [("ORG", "Brenmark")],
        ),
    ],
    ids=["a-s", "slash-pair-elsewhere"],
)
def test_entities_legal_form_with_a_slash(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Costs rose. Marlow & Finch said profit rose.", [("ORG", "Marlow & Finch")]),
        ("Costs rose. Dervin & Holt posted a loss.", [("ORG", "Dervin & Holt")]),
        ("Costs rose. Marlow & Finch's funds grew.", [("ORG", "Marlow & Finch")]),
        ("Costs rose at rival Marlow & Finch.", [("ORG", "Marlow & Finch")]),
        # near-misses: common nouns capitalized; no company's context
        ("Costs rose. Mergers & Acquisitions said activity slowed.", []),
        ("Costs rose. Oil & Gas stocks fell.", []),
    ],
    ids=["said", "business-verb", "possessive", "cue", "abstract-nouns", "sector"],
)
def test_entities_names_joined_by_an_ampersand(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Costs rose. Kestrel Mining and Qilu Petroleum & Chemical Corp signed a deal.",
            [("ORG", "Kestrel Mining"), ("ORG", "Qilu Petroleum & Chemical Corp")],
        ),
        (
            "Costs rose. Kestrel Mining and Qilu Petroleum signed a deal.",
            [("ORG", "Kestrel Mining"), ("ORG", "Qilu Petroleum")],
        ),
    ],
    ids=["name-goes-on-after-ampersand", "no-ampersand"],
)
def test_entities_name_with_an_ampersand_after_and(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Costs rose. Ursula von der Leyen said trade slowed.",
            [("PERSON", "Ursula von der Leyen")],
        ),
        (
            "Costs rose. Amara Okonjo-Adebayo said trade slowed.",
            [("PERSON", "Amara Okonjo-Adebayo")],
        ),
        (
            "Costs rose. Prince Faisal bin Farhan said trade slowed.",
            [("PERSON", "Faisal bin Farhan")],
        ),
        # near-miss: two particles but no name after them
        ("Costs rose. The van der said trade slowed.", []),
    ],
    ids=["two-particles", "hyphenated-surname", "title-and-particle", "no-name"],
)
def test_entities_names_with_particles(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Costs rose. Cemex Andina SAB de CV reported a loss.",
            [("ORG", "Cemex Andina SAB de CV")],
        ),
        (
            "Costs rose. Grupo Financiero Norteno reported a loss.",
            [("ORG", "Grupo Financiero Norteno")],
        ),
        # near-miss: "de" with no legal form after it
        ("Costs rose. Analysts in Rio de Janeiro reported a loss.", [("GPE", "Rio de Janeiro")]),
    ],
    ids=["sab-de-cv", "grupo", "place-with-de"],
)
def test_entities_spanish_company_names(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Costs rose. Harlan & Voss raised its forecast.", [("ORG", "Harlan & Voss")]),
        ("Costs rose. Harlan & Voss lowered its outlook.", [("ORG", "Harlan & Voss")]),
        # near-miss: a field of work joined by "&" is no company
        ("Costs rose. Research & Development spending climbed 8%.", []),
    ],
    ids=["raised", "lowered", "field-of-work"],
)
def test_entities_ampersand_names_before_guidance_verbs(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Costs rose. Ardent Pipeline Partners LP said cash flow rose.",
            [("ORG", "Ardent Pipeline Partners LP")],
        ),
        (
            "Costs rose. Talbot Midstream L.P. said cash flow rose.",
            [("ORG", "Talbot Midstream L.P.")],
        ),
        # near-miss: "LP" alone is no name
        ("Costs rose. The LP said cash flow rose.", []),
    ],
    ids=["lp", "l-p", "bare-lp"],
)
def test_entities_limited_partnerships_keep_lp(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Costs rose. Brantwood Logistics priced its bonds at par.",
            [("ORG", "Brantwood Logistics")],
        ),
        # near-misses: markets price in a rate path; a person issues a warning
        ("Costs rose. Futures priced in a cut.", []),
        ("Costs rose. Jerome Powell issued a warning.", []),
    ],
    ids=["priced", "priced-in", "issued"],
)
def test_entities_name_before_priced(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Costs rose. Banco del Valle Andino said profit rose.",
            [("ORG", "Banco del Valle Andino")],
        ),
        (
            "Costs rose. Instituto Nacional de Estadistica y Censos said prices rose.",
            [("ORG", "Instituto Nacional de Estadistica y Censos")],
        ),
        (
            "Costs rose. Companhia Siderurgica do Sertao cut output.",
            [("ORG", "Companhia Siderurgica do Sertao")],
        ),
        (
            "Costs rose. The Comision para el Mercado Financiero fined a broker.",
            [("ORG", "Comision para el Mercado Financiero")],
        ),
        # near-misses: a joining word with no name after it; the head word alone is no name
        ("Costs rose. Banco de said nothing.", []),
        (
            "Costs rose. Banco del Valle Andino gained. Banco shares fell.",
            [("ORG", "Banco del Valle Andino")],
        ),
    ],
    ids=["banco-del", "instituto-y", "companhia-do", "para-el", "dangling-de", "head-alone"],
)
def test_entities_romance_language_names_with_joining_words(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LAGOS - Kestrel Bank Plc posted a profit.",
            [("GPE", "LAGOS"), ("ORG", "Kestrel Bank Plc")],
        ),
        (
            "NEW DELHI - Arvani Motors Ltd said sales rose.",
            [("GPE", "NEW DELHI"), ("ORG", "Arvani Motors Ltd")],
        ),
        # near-misses: a spaced dash inside a name in title case; a capitalized run mid-line
        (
            "Kestrel Holdings - Nigeria Plc posted a profit.",
            [("ORG", "Kestrel Holdings - Nigeria Plc")],
        ),
    ],
    ids=["one-word-city", "two-word-city", "title-case-before-dash"],
)
def test_entities_company_after_a_spaced_dateline_dash(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volvo Cars said its profit fell.", [("ORG", "Volvo Cars")]),
        ("Nordvik Trucks said its sales rose.", [("ORG", "Nordvik Trucks")]),
        ("Kamau Foods said its sales rose.", [("ORG", "Kamau Foods")]),
        # near-miss: a person's name
        ("Lars Nordvik said its sales rose.", [("PERSON", "Lars Nordvik")]),
    ],
    ids=["cars", "trucks", "foods", "person"],
)
def test_entities_trade_noun_makes_a_company(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Longquan Science Park said exports rose.", [("ORG", "Longquan Science Park")]),
        ("Exports of Qinhe Industrial Park rose.", [("ORG", "Qinhe Industrial Park")]),
        # near-misses: a surname after a title; a park of no enterprises
        ("Minister Park said exports rose.", [("PERSON", "Park")]),
        ("Visitors to Central Park rose.", []),
    ],
    ids=["science-park", "industrial-park", "surname", "city-park"],
)
def test_entities_park_of_enterprises(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Xi'an High-tech Industries Development Zone achieved output of 3 billion yuan.",
            [("ORG", "Xi'an High-tech Industries Development Zone")],
        ),
        (
            "The Tai'an Hi-tech Industrial Development Zone achieved output of 3 billion yuan.",
            [("ORG", "Tai'an Hi-tech Industrial Development Zone")],
        ),
        # near-miss: a possessive before the compound is no word of the name
        (
            "The Shaanxi capital's High-tech Industries Development Zone achieved output of 3 "
            "billion yuan.",
            [("GPE", "Shaanxi"), ("ORG", "High-tech Industries Development Zone")],
        ),
    ],
    ids=["xian", "taian", "possessive"],
)
def test_entities_zone_after_a_place_with_an_apostrophe(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvard Unibank, Inc. said its profit rose.", [("ORG", "Halvard Unibank, Inc.")]),
        ("Shares of Marlow Land, Inc. rose.", [("ORG", "Marlow Land, Inc.")]),
        # near-miss: a comma before another word
        (
            "In Manila, Marlow Land Corp said its profit rose.",
            [("GPE", "Manila"), ("ORG", "Marlow Land Corp")],
        ),
    ],
    ids=["comma-inc", "shares-of", "comma-then-name"],
)
def test_entities_legal_form_after_a_comma(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Skoda Auto, a unit of Germany's Volkswagen, produced 250,000 cars.",
            [("ORG", "Skoda Auto"), ("GPE", "Germany"), ("ORG", "Volkswagen")],
        ),
        (
            "Jio Platforms, the digital arm of Reliance Industries, posted a profit.",
            [("ORG", "Jio Platforms"), ("ORG", "Reliance Industries")],
        ),
        # near-miss: a person named as a part of a body
        ("Anna Berg, a member of the board, said profit rose.", []),
    ],
    ids=["unit-of", "arm-of", "member-of"],
)
def test_entities_company_named_as_anothers_unit(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("State-run Coal India Ltd reported a decline.", [("ORG", "Coal India Ltd")]),
        ("Family-held Halvard Foods Ltd reported a decline.", [("ORG", "Halvard Foods Ltd")]),
        # near-miss: a compound with a lower-case noun is a word of the name
        (
            "The Zhangjiang Hi-tech Park Co said sales rose.",
            [("ORG", "Zhangjiang Hi-tech Park Co")],
        ),
    ],
    ids=["state-run", "family-held", "hi-tech"],
)
def test_entities_irregular_participle_opens_no_name(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banco do Brasil SA posted a profit.", [("ORG", "Banco do Brasil SA")]),
        ("Profit at Banco de Chile rose.", [("ORG", "Banco de Chile")]),
        # near-miss: a person's name with a particle
        ("Luis de Guindos said inflation rose.", [("PERSON", "Luis de Guindos")]),
    ],
    ids=["banco-do", "banco-de", "person"],
)
def test_entities_romance_company_name_with_a_particle(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jobs in Gauteng and KwaZulu-Natal rose.", [("GPE", "Gauteng"), ("GPE", "KwaZulu-Natal")]),
        ("The Western Cape added jobs.", [("GPE", "Western Cape")]),
        # near-miss: the words of a province's name in lower case
        ("It is a free state of mind.", []),
    ],
    ids=["gauteng-kzn", "western-cape", "lower-case"],
)
def test_entities_south_african_provinces(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales doubled. Parent SK Group said its shares rose.", [("ORG", "SK Group")]),
        (
            "Sales doubled. Rival LG Electronics Inc said profit rose.",
            [("ORG", "LG Electronics Inc")],
        ),
        # near-miss: a name in capitals that no descriptor opens
        ("Sales doubled. AB Halvard Group said its shares rose.", [("ORG", "AB Halvard Group")]),
    ],
    ids=["parent-capitals", "rival-capitals", "no-descriptor"],
)
def test_entities_descriptor_before_a_name_in_capitals(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brenvor said net profit fell 12% last year.", [("ORG", "Brenvor")]),
        ("KTZ said operating income rose 4% in March.", [("ORG", "KTZ")]),
        ("Al'tara said quarterly revenue rose 9%.", [("ORG", "Al'tara")]),
        # near-misses: a Chinese surname, a surname of a full name, no accounting line
        ("Wang said net profit fell 12% last year.", []),
        (
            "Analyst Ruth Brenvor spoke. Brenvor said net profit fell 12%.",
            [("PERSON", "Ruth Brenvor"), ("PERSON", "Brenvor")],
        ),
        ("Brenvor said prices fell 12% last year.", []),
    ],
    ids=["net-profit", "acronym", "apostrophe", "cn-surname", "full-name", "no-line"],
)
def test_entities_word_before_said_and_an_accounting_line(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ningbo High-tech Zone output rose 9%.", [("ORG", "Ningbo High-tech Zone")]),
        ("Output in the Lu'an Hi-tech Zone rose.", [("ORG", "Lu'an Hi-tech Zone")]),
        # near-misses: a participle after the hyphen, no head word
        ("A Shenzhen-listed Group said profit rose.", [("GPE", "Shenzhen")]),
        ("Ningbo High-tech firms grew.", [("GPE", "Ningbo")]),
    ],
    ids=["headline-zone", "apostrophe-city", "participle", "no-head"],
)
def test_entities_hyphenated_compound_with_a_lowercase_part_before_a_head(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LG innotek Co said profit rose.", [("ORG", "LG innotek Co")]),
        ("Shares of KT skylife Corp rose.", [("ORG", "KT skylife Corp")]),
        ("Profit at Tatra banka rose.", [("ORG", "Tatra banka")]),
        ("Zagrebacka banka posted a profit.", [("ORG", "Zagrebacka banka")]),
        # near-misses: a unit word after an acronym, a lowercase word of a sentence
        ("The KB unit Ltd said.", []),
        ("In Tatra, banka is a word.", []),
    ],
    ids=["acronym-brand", "acronym-brand-corp", "banka", "banka-opening", "unit", "comma"],
)
def test_entities_company_name_with_a_lowercase_word(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korvex said copper output fell 3%.", [("ORG", "Korvex")]),
        ("Dalmine said iron ore production rose.", [("ORG", "Dalmine")]),
        ("Korvex said output fell.", [("ORG", "Korvex")]),
        # near-misses: a Chinese surname, a full name's surname, a place
        ("Wang said copper output fell.", []),
        (
            "Analyst Mark Dalmine spoke. Dalmine said iron ore production rose.",
            [("PERSON", "Mark Dalmine"), ("PERSON", "Dalmine")],
        ),
        ("Chile said copper output fell.", [("GPE", "Chile")]),
    ],
    ids=["commodity", "two-words", "bare", "cn-surname", "full-name", "place"],
)
def test_entities_word_before_said_and_a_producers_output(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell. Brenvor's net profit rose 15%.", [("ORG", "Brenvor")]),
        ("Sales fell. Tavix's quarterly revenue rose.", [("ORG", "Tavix")]),
        # near-misses: a descriptor, a Chinese surname, a sector's common word
        ("Sales fell. Lender's net profit rose.", []),
        ("Sales fell. Wang's net profit rose.", []),
        ("Sales fell. Mining's net profit rose.", []),
    ],
    ids=["net-profit", "quarterly-revenue", "descriptor", "cn-surname", "sector"],
)
def test_entities_sentence_opening_possessor_of_an_accounting_line(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qorvanas said its net profit fell 18%.", [("ORG", "Qorvanas")]),
        ("Brellworths said its sales rose 2%.", [("ORG", "Brellworths")]),
        ("The quarter was weak. Tamsiens said its revenue rose.", [("ORG", "Tamsiens")]),
        # near-misses: plurals of speakers and a plural the text writes in lowercase
        ("Analysts said its net profit fell 18%.", []),
        ("Officials said its revenue rose.", []),
        ("Growers said its output rose.", []),
        ("Cargoes said its sales rose 2%, and cargo volumes fell.", []),
    ],
    ids=["as", "ths", "ens", "analysts", "officials", "growers", "lowercase-singular"],
)
def test_entities_word_ending_in_s_before_said_its(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell. Tavonix's Q-Pay revenue grew 15%.", [("ORG", "Tavonix")]),
        ("Sales fell. Brenvor's subscriber revenue rose 12%.", [("ORG", "Brenvor")]),
        ("Sales fell. Kalmoro's Vistra sales rose 13%.", [("ORG", "Kalmoro")]),
        # near-misses: a country, a descriptor, a sector's common word, a surname
        ("Sales fell. Kenya's tea revenue rose 12%.", [("GPE", "Kenya")]),
        ("Sales fell. Lender's mortgage revenue rose.", []),
        ("Sales fell. Mining's export revenue rose.", []),
        ("Sales fell. Wang's rental income rose.", []),
    ],
    ids=[
        "hyphened-product",
        "customer-kind",
        "brand",
        "country",
        "descriptor",
        "sector",
        "surname",
    ],
)
def test_entities_possessor_of_a_parts_accounting_line(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices\n\nACCRA, Nov 11 (Daily Ledger) - Prices rose 3%.", [("ORG", "Daily Ledger")]),
        # near-misses: a writer's credit names no source
        ("Prices\n\nACCRA, Nov 11 (Staff) - Prices rose 3%.", []),
        ("Prices\n\nACCRA, Nov 11 (Staff Reporter) - Prices rose 3%.", []),
        ("Prices\n\nACCRA, Nov 11 (Our Correspondent) - Prices rose 3%.", []),
    ],
    ids=["source", "staff", "staff-reporter", "correspondent"],
)
def test_entities_dateline_credit_is_no_source(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [e for e in entities(nlp, text) if e[0] == "ORG"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qamarun Canal revenue fell 60%.", [("FAC", "Qamarun Canal")]),
        ("Traffic on the Suez Canal fell.", [("FAC", "Suez Canal")]),
        ("Passengers at Kotoka Airport rose.", [("FAC", "Kotoka Airport")]),
        # near-misses: a company named after a structure, a place alone
        ("The Hong Kong Airport Authority said.", [("ORG", "Hong Kong Airport Authority")]),
        ("Exports from Suez rose 5%.", [("GPE", "Suez")]),
    ],
    ids=["canal", "known-place", "airport", "authority", "place-alone"],
)
def test_entities_structure_named_by_a_place(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [e for e in entities(nlp, text) if e[0] in ("FAC", "GPE", "ORG")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Debt rose. The National Treasury said debt rose.", [("ORG", "National Treasury")]),
        ("Debt rose. The Federal Treasury said on Monday.", [("ORG", "Federal Treasury")]),
        # near-misses: a treasury written in lowercase, a person's name
        ("Debt rose. The national treasury said debt rose.", []),
        ("Debt rose. Amara Okafor said debt rose.", [("PERSON", "Amara Okafor")]),
    ],
    ids=["national", "federal", "lowercase", "person"],
)
def test_entities_treasury_ends_an_institutions_name(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airports of Thailand said its profit fell.", [("ORG", "Airports of Thailand")]),
        ("Adani Airports Holdings said traffic rose.", [("ORG", "Adani Airports Holdings")]),
        # near-misses: airports in lowercase, a single airport (a facility)
        ("Traffic at Thailand's airports rose 5%.", [("GPE", "Thailand")]),
        ("Passengers at Kotoka Airport rose.", [("FAC", "Kotoka Airport")]),
    ],
    ids=["airports-of", "airports-holdings", "lowercase", "one-airport"],
)
def test_entities_subject32_airports_operator(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [e for e in entities(nlp, text) if e[0] in ("FAC", "GPE", "ORG")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bharti Airtel said average revenue per user rose.",
            [("ORG", "Bharti Airtel")],
        ),
        ("Airtel Africa's revenue rose.", [("ORG", "Airtel Africa")]),
        ("Saudi Aramco's net profit fell 2.3%.", [("ORG", "Saudi Aramco")]),
        # near-misses: an unknown pair of names before "said" is a person's; a nationality
        # before another company of the lexicon stays outside its name
        ("Amara Okafor said his revenue rose 5%.", [("PERSON", "Amara Okafor")]),
        ("Brazilian miner Vale said its profit rose.", [("ORG", "Vale")]),
    ],
    ids=["bharti-airtel", "airtel-unit", "saudi-aramco", "person", "nationality-before"],
)
def test_entities_subject32_listed_companies_of_the_lexicon(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [e for e in entities(nlp, text) if e[0] in ("GPE", "ORG", "PERSON")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samsung Electronics Vietnam's exports reached $50 billion.",
            [("ORG", "Samsung Electronics Vietnam")],
        ),
        ("Maruti Suzuki India's net profit rose 8%.", [("ORG", "Maruti Suzuki India")]),
        # near-misses: a country after a preposition, after a comma
        (
            "Exports by Samsung Electronics to Vietnam's neighbours rose 5%.",
            [("ORG", "Samsung Electronics"), ("GPE", "Vietnam")],
        ),
        (
            "Samsung Electronics, Vietnam's biggest exporter, grew.",
            [("ORG", "Samsung Electronics"), ("GPE", "Vietnam")],
        ),
    ],
    ids=["unit-of-country", "india-unit", "preposition", "comma"],
)
def test_entities_subject32_company_unit_of_a_country(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [e for e in entities(nlp, text) if e[0] in ("GPE", "ORG")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heineken said organic beer volumes fell 4.3%.", [("ORG", "Heineken")]),
        ("Zalando said orders rose 9%.", [("ORG", "Zalando")]),
        # near-misses: a person named in full before, speakers' plurals
        (
            "Fed Chair Jerome Powell spoke. Powell said factory orders rose 4%.",
            [("ORG", "Fed"), ("PERSON", "Jerome Powell"), ("PERSON", "Powell")],
        ),
        ("Analysts said orders rose 4%.", []),
    ],
    ids=["volumes", "orders", "surname", "plural"],
)
def test_entities_subject32_one_word_seller_said(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jio Platforms' profit rose 13%.", [("ORG", "Jio Platforms")]),
        ("Rival Tavon Networks' revenue fell.", [("ORG", "Tavon Networks")]),
        # near-misses: places whose names end in -s, a plural noun of people
        ("The Philippines' revenue rose 13%.", [("GPE", "Philippines")]),
        ("Analysts' profit estimates rose.", []),
    ],
    ids=["platforms", "networks", "place", "people"],
)
def test_entities_subject32_plural_name_possessive(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title-case words before "Industry" or "Sector" name an industry, no company
        ("Changsha's New Energy Automobile Industry output value rose.", [("GPE", "Changsha")]),
        ("Output of the Automobile Manufacturing Industry rose 12.1 percent.", []),
        ("The Clean Energy Sector grew fastest.", []),
        # near-misses: a name that goes on to a legal form or an institution noun
        (
            "BYD Automobile Industry Co Ltd invested in Xi'an.",
            [("ORG", "BYD Automobile Industry Co Ltd"), ("GPE", "Xi'an")],
        ),
        (
            "The Jiangxi Provincial Automobile Industry Association said output rose.",
            [("ORG", "Jiangxi Provincial Automobile Industry Association")],
        ),
        (
            "Geely Automobile Holdings exported 1.1 million vehicles.",
            [("ORG", "Geely Automobile Holdings")],
        ),
    ],
    ids=[
        "new-energy-automobile",
        "manufacturing",
        "sector",
        "legal-form",
        "association",
        "company",
    ],
)
def test_entities_industry_names_are_no_companies(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [e for e in entities(nlp, text) if e[0] in ("GPE", "ORG")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rosneft PJSC said output fell 1%.", [("ORG", "Rosneft PJSC")]),
        ("Halyk Bank JSC rose 2%.", [("ORG", "Halyk Bank JSC")]),
        (
            "Oman Telecommunications Co SAOG and Ooredoo QPSC gained 3%.",
            [("ORG", "Oman Telecommunications Co SAOG"), ("ORG", "Ooredoo QPSC")],
        ),
        (
            "Commercial International Bank Egypt SAE posted a 20% rise in profit.",
            [("ORG", "Commercial International Bank Egypt SAE")],
        ),
        # near-misses: a legal form alone, a name without one
        ("Aeroflot said its traffic rose 3%.", [("ORG", "Aeroflot")]),
        ("Sales in Russia rose 3%.", [("GPE", "Russia")]),
    ],
    ids=["pjsc", "jsc", "saog-qpsc", "sae", "no-form", "place"],
)
def test_entities_entities32_gulf_and_russian_legal_forms(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bank of Chengdu Co., Ltd. lent 2 billion yuan.", [("ORG", "Bank of Chengdu Co., Ltd.")]),
        ("Bank of Jiangsu Co Ltd lent 2 billion yuan.", [("ORG", "Bank of Jiangsu Co Ltd")]),
        # near-misses: a name after the comma, a name with one legal form
        (
            "Bank of Ningbo Co., Lenovo and Haier rose 3%.",
            [("ORG", "Bank of Ningbo Co."), ("ORG", "Lenovo"), ("ORG", "Haier")],
        ),
        ("Bank of China Ltd. rose 3%.", [("ORG", "Bank of China Ltd.")]),
    ],
    ids=["co-comma-ltd", "co-ltd", "comma-name", "one-form"],
)
def test_entities_entities32_bank_of_place_co_ltd(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State-owned Assets Supervision and Administration Commission of the State "
            "Council said profits fell 1%.",
            [
                (
                    "ORG",
                    "State-owned Assets Supervision and Administration Commission of the "
                    "State Council",
                )
            ],
        ),
        (
            "The Ministry of Housing and Urban-Rural Development said sales fell 5%.",
            [("ORG", "Ministry of Housing and Urban-Rural Development")],
        ),
        # near-miss: another ministry with "and"
        (
            "The Ministry of Industry and Information Technology said output rose 5%.",
            [("ORG", "Ministry of Industry and Information Technology")],
        ),
    ],
    ids=["sasac", "mohurd", "miit"],
)
def test_entities_entities32_hyphenated_agencies(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "First Quantum Minerals Ltd said output fell 3%.",
            [("ORG", "First Quantum Minerals Ltd")],
        ),
        (
            "First Abu Dhabi Bank PJSC gained 3%. Shares of First Bank of Nigeria Ltd rose 2%.",
            [("ORG", "First Abu Dhabi Bank PJSC"), ("ORG", "First Bank of Nigeria Ltd")],
        ),
        ("Three Gorges Corp said output rose 2%.", [("ORG", "Three Gorges Corp")]),
        # near-misses: a title, an adjective, a sentence adverb, a function word
        (
            "First Vice Premier Ding Xuexiang said growth was 5%.",
            [("PERSON", "Ding Xuexiang")],
        ),
        ("First-half profit at Acme Rail Corp rose 3%.", [("ORG", "Acme Rail Corp")]),
        ("First, the Ministry of Finance said revenue rose 2%.", [("ORG", "Ministry of Finance")]),
        ("The Ministry of Finance said revenue rose 2%.", [("ORG", "Ministry of Finance")]),
    ],
    ids=["first-quantum", "first-bank", "three-gorges", "title", "first-half", "adverb", "the"],
)
def test_entities_entities32_name_opening_stop_word(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PTT Pcl said net profit fell 20%.", [("ORG", "PTT Pcl")]),
        ("Siam Cement Pcl fell 2%.", [("ORG", "Siam Cement Pcl")]),
        (
            "Koc Holding AS and Sabanci Holding AS gained 2%.",
            [("ORG", "Koc Holding AS"), ("ORG", "Sabanci Holding AS")],
        ),
        # near-misses: "AS" of a headline in capitals, a word "as"
        (
            "EXPORTS FALL AS DEMAND SLOWS\n\nExports fell 5% as demand slowed.",
            [],
        ),
        ("Shares of Acme Rail Corp rose 3% as demand grew.", [("ORG", "Acme Rail Corp")]),
    ],
    ids=["pcl-one", "pcl", "turkish-as", "headline-as", "as"],
)
def test_entities_entities32_thai_and_turkish_legal_forms(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares rose 2% on Borsa Istanbul.", [("ORG", "Borsa Istanbul")]),
        ("Maybank rose 1% on Bursa Malaysia.", [("ORG", "Maybank"), ("ORG", "Bursa Malaysia")]),
        (
            "Novartis rose 1% on the SIX Swiss Exchange.",
            [("ORG", "Novartis"), ("ORG", "SIX Swiss Exchange")],
        ),
        ("Bank Al-Maghrib kept its rate at 2.5%.", [("ORG", "Bank Al-Maghrib")]),
        ("Deutsche Boerse said revenue rose 5%.", [("ORG", "Deutsche Boerse")]),
        # near-misses: the cities and country alone
        ("Sales in Istanbul rose 2%.", [("GPE", "Istanbul")]),
        ("Exports from Malaysia rose 2%.", [("GPE", "Malaysia")]),
    ],
    ids=["borsa", "bursa", "six", "al-maghrib", "boerse", "city", "country"],
)
def test_entities_entities32_exchanges_and_banks(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volkswagen AG said in Wolfsburg that sales fell 2%.",
            [("ORG", "Volkswagen AG"), ("GPE", "Wolfsburg")],
        ),
        (
            "Nestle SA said in Vevey that growth slowed to 2%.",
            [("ORG", "Nestle SA"), ("GPE", "Vevey")],
        ),
        (
            "Saudi Aramco said in Dhahran that profit fell 15%.",
            [("ORG", "Saudi Aramco"), ("GPE", "Dhahran")],
        ),
        # near-miss: a seat town's name as a surname, after a given name
        (
            "Analyst Mark Billund said sales rose 2%.",
            [("PERSON", "Mark Billund")],
        ),
    ],
    ids=["wolfsburg", "vevey", "dhahran", "surname"],
)
def test_entities_entities32_company_seat_towns(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Novo Nordisk A/S said sales rose 25%.", [("ORG", "Novo Nordisk A/S")]),
        ("Danske Bank A/S gained 2%.", [("ORG", "Danske Bank A/S")]),
        (
            "The Ministry of Energy and Mineral Resources said output rose 3%.",
            [("ORG", "Ministry of Energy and Mineral Resources")],
        ),
        ("Allianz SE and Munich Re gained 2%.", [("ORG", "Allianz SE"), ("ORG", "Munich Re")]),
        # near-misses: "A/S" that is no part of the name, the name alone, the city alone
        ("Danske Bank said A/S shares rose 2%.", [("ORG", "Danske Bank")]),
        ("Shares of Novo Nordisk rose 2%.", [("ORG", "Novo Nordisk")]),
        ("Sales in Munich rose 2%.", [("GPE", "Munich")]),
    ],
    ids=["novo", "danske", "esdm", "munich-re", "loose-a-s", "no-form", "city"],
)
def test_entities_entities32_nordic_slash_form_and_gazetteer(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guaranty Trust Holding Co Plc rose 4%.",
            [("ORG", "Guaranty Trust Holding Co Plc")],
        ),
        (
            "Chief Statistician Mohd Uzir Mahidin said exports rose 3%.",
            [("PERSON", "Mohd Uzir Mahidin")],
        ),
        # near-misses: one legal form, the role without a name
        ("Vodafone Group Plc rose 2%.", [("ORG", "Vodafone Group Plc")]),
        ("The statistician said output rose 3%.", []),
    ],
    ids=["co-plc", "statistician", "one-form", "role-alone"],
)
def test_entities_entities32_co_plc_and_statistician(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of THY AS rose 3%.", [("ORG", "THY AS")]),
        ("Koc Holding AS rose 3%.", [("ORG", "Koc Holding AS")]),
        # near-miss: a line in capitals with the word "as"
        ("Sales rose. SHARES FALL AS EXPORTS DROP 5 PERCENT.", []),
    ],
    ids=["abbreviation", "mixed-case", "capitals"],
)
def test_entities_entities32_as_in_capitals(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(nlp, text) == expected
