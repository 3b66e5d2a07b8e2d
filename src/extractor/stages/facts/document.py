"""The per-document indexes the fact rules read (the base of the rule layers)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.rules import currencies
from extractor.rules.cues import word_direction
from extractor.spans import (
    doc_ents,
    doc_lowers,
    doc_text,
)
from extractor.stages.facts.anchor import anchor_is_stated
from extractor.stages.facts.lexicon import (
    SUBJECT_LABELS,
    VALUE_LABELS,
    Cue,
    CueRule,
    Metric,
    _ByStart,
    _initials,
    _name_words,
    demonym_countries,
    fact_words,
    segment_words,
)

if TYPE_CHECKING:
    from extractor.stages.facts.finder import FactFinder


_MODALS = frozenset(("will", "would", "shall", "should", "could", "can", "may", "might", "must"))


_PART_NAMES = ("ORG", "GPE", "LOC", "NORP")  # names that may modify a part phrase's noun
# words after a participle that make it a clause of its own ("working in", "living abroad")
_CLAUSE_OPENERS = frozenset(("in", "at", "abroad", "overseas", "from", "for", "on", "outside"))

# the entity rule of the news source in parentheses before the dash of a dateline
_DATELINE_SOURCE = "org.dateline_source"


# a bond's tenor before its yield: "10-year", "two-year", "30-year", "three-month"
_TENOR = re.compile(
    r"(?:\d{1,2}|one|two|three|five|six|seven|ten|twenty|thirty)-(?:year|month)", re.I
)


# "R&D", "M&A", "P&L": letters joined by an ampersand, one word
_AMPERSAND_WORD = re.compile(r"[A-Za-z]{1,3}&[A-Za-z]{1,3}")


# A code of capitals and digits that names a kind of a quantity: "CET1", "M2", "PM2.5".
_CODE_WORD = re.compile(r"[A-Z]{1,4}\d{1,2}(?:\.\d)?")


_QUOTES = ('"', "\u201c", "\u201d")


_NEWLINE = re.compile(r"\n")


_BLANK_LINE = re.compile(r"(?=\n\n)")  # every start, overlapping ones too ("\n\n\n")


class Index:
    """What the attachment rules know about one document: its words, sentences, clauses,
    paragraphs and the indexes of its cues, metrics, values, subjects and dates."""

    # what the layers above find per document, read by the rules of this one
    fiscal_by_start: bool  # set by PeriodRules
    fiscal_end: tuple[int, bool] | None  # set by PeriodRules
    code_year_end: int  # set by PeriodRules: the year-end of fiscal codes when no fiscal_end
    fiscal_quarters: bool  # set by PeriodRules
    latest_first_half: bool  # set by PeriodRules
    headline_countries: frozenset[str]  # set by SubjectRules
    main_country: Span | None  # set by PeriodRules
    main_subject: Span | None  # set by SubjectRules
    not_owners: set[int]  # set by SubjectRules
    split_years: bool  # set by PeriodRules

    def __init__(self, doc: Doc, finder: FactFinder, anchor: date | None) -> None:
        self.doc = doc
        self.anchor_stated = anchor is not None and anchor_is_stated(doc)
        self.text = doc_text(doc)
        self.lowers = doc_lowers(doc)
        # each token's text, trailing space, letters-only flag and entity label as lists: the
        # rules read them many times, and every ``doc[i]`` builds a new ``Token``
        strings = doc.vocab.strings
        table = doc.to_array(["ORTH", "SPACY", "IS_ALPHA", "ENT_TYPE"]).tolist()
        self.words: list[str] = [strings[orth] for orth, _, _, _ in table]
        self.spaced: list[bool] = [bool(space) for _, space, _, _ in table]
        self.alpha: list[bool] = [bool(alpha) for _, _, alpha, _ in table]
        self.ent_types: list[str] = [strings[label] for _, _, _, label in table]
        # built on first use (by line_of, blank_line_before), also by the rules below
        self._blank_lines: list[int] | None = None  # where each "\n\n" starts (overlapping)
        self._newlines: list[int] | None = None
        self.finder = finder
        self.anchor = anchor
        self.cues = finder.find_cues(doc)
        self.cue_tokens = {
            i
            for c in self.cues
            if c.rule.category in ("change", "level", "target", "share", "source")
            for i in range(c.start, c.end)
        }
        # "a year-on-year increase of": a basis is never part of a metric phrase
        self.basis_tokens = {
            i for c in self.cues if c.rule.category == "basis" for i in range(c.start, c.end)
        }
        self._expanded: dict[tuple[int, int], Span | None] = {}  # for expanded
        self.ents = list(doc_ents(doc))
        self.cue_token_list = sorted(self.cue_tokens)
        self.sents = list(doc.sents)
        self.sent_starts = [sentence.start for sentence in self.sents]
        self._lines: dict[int, list[re.Match[str]]] = {}  # table cells by line start
        # token indices of clause boundaries, for clause_of
        role_verbs = fact_words("role_verb")
        lowers = self.lowers  # a mark's lower case is itself
        self.clause_bounds = [
            i
            for i, word in enumerate(lowers)
            if word in (";", ":", "--", "\u2014")
            or (
                word in finder.terminators
                # "which doubles as the high-tech zone": a role, not a new clause
                and not (word == "as" and i > 0 and lowers[i - 1] in role_verbs)
                and not (word == "as" and self._degree_as(i))
                # "closely watched by rate-setters as a gauge of ...": a role, no clause
                and not (word == "as" and i + 1 < len(lowers) and lowers[i + 1] in ("a", "an"))
            )
        ]
        # "Compared with the same quarter a year earlier, the economy expanded 4%": a basis
        # that opens the sentence opens the clause it states the basis of
        opening_bases = {c.start for c in self.cues if c.rule.category == "basis"}
        opening_bases &= set(self.sent_starts)
        if opening_bases:
            self.clause_bounds = [b for b in self.clause_bounds if b not in opening_bases]
        self.values = [e for e in self.ents if e.label_ in VALUE_LABELS]
        self.dates = [e for e in self.ents if e.label_ == "DATE"]
        self._fullest: dict[tuple[str, str], str] = {}
        # the source of a wire's dateline ("ACCRA, Nov 11 (Daily Ledger) -") reports, owns nothing
        self.subjects = [
            e
            for e in self.ents
            if e.label_ in SUBJECT_LABELS
            and e.text not in finder.news_sources
            and e.id_ != _DATELINE_SOURCE
        ]
        self.metrics = self._find_metrics()
        self.token_starts = doc.to_array("IDX").tolist()  # for _participle_subject
        # a terminator inside a metric phrase ends no clause ("net profit after tax rose")
        inside = {i for m in self.metrics if m.end - m.start > 2 for i in range(m.start, m.end)}
        if inside:
            self.clause_bounds = [b for b in self.clause_bounds if b not in inside]
        self.cue_index = _ByStart(self.cues)
        # how far before a value a cue may start, or after it, and still reach it (covering)
        self.cue_reach = max((c.rule.scope + c.end - c.start for c in self.cues), default=0)
        self._respectively_cues: list[int] | None = None  # starts of "respectively", in order
        self.metric_index = _ByStart(self.metrics)
        self.value_index = _ByStart(self.values)
        self.value_chars = [v.start_char for v in self.values]
        self.date_index = _ByStart(self.dates)
        self.date_chars = [d.start_char for d in self.dates]
        self._plan_spans: list[tuple[int, int, str, bool]] | None = None  # see ``_over_plan``
        self._title_periods: dict[int, str | None] = {}  # by title start, for tables
        self.subject_index = _ByStart(self.subjects)
        # Each distinct name once, with its bare form and initials, for ``fullest``.
        self.subject_names: dict[str, dict[str, tuple[str, str]]] = {}
        # a short name in brackets right after a name, which it stands for wherever the text
        # uses it: "Petroliam Nasional Bhd (Petronas)" ("Petronas Chemicals" is another)
        self.bracket_aliases: dict[str, str] = {}
        previous: Span | None = None
        for ent in self.subjects:
            names = self.subject_names.setdefault(ent.label_, {})
            if ent.text not in names:
                names[ent.text] = (f" {_name_words(ent.text)} ", _initials(ent.text))
            if (
                previous is not None
                and previous.label_ == ent.label_
                and previous.end + 1 == ent.start
                and doc[previous.end].text == "("
                and ent.end < len(doc)
                and doc[ent.end].text == ")"
                and len(ent.text) < len(previous.text)
            ):
                self.bracket_aliases.setdefault(ent.text, previous.text)
            previous = ent
        self._tokens_of: dict[frozenset[str], list[int]] = {}  # by word set, for tokens_of
        self._designated: dict[str, str] | None = None  # for designated
        self._body_designated: dict[str, str] | None = None  # for body_designated
        self._quote_speakers: dict[int, int] = {}  # for _quote_goes_on
        self._modified_nouns: dict[int, Span | None] = {}  # for _modified_anaphor
        self._openers: dict[int, Span | None] = {}  # for _its_owner
        self.reporting: dict[str, str] = {}
        self.main_period: str | None = None  # read by resolved while the two are found
        # what resolved has read, by mention and reading, once the periods above are found
        self._resolutions: dict[tuple[int, int, int, bool, bool, bool], str | None] | None = None
        self._countries_in_names: list[Span] | None = None  # for _country_in_names
        # a country named only inside a body's name, by its characters: that body's mention
        self.inner_countries: dict[tuple[int, int], Span] = {}
        self._share_words: list[Metric] | None = None  # "shares", "stock", for _stock_move
        # by sentence start: where its first quote or shares phrase starts, for _sector_move
        self._first_quotes: dict[int, int] = {}
        self._central_bank: tuple[Span | None] | None = None  # for _main_central_bank
        self.paragraph_subject: tuple[int, Span | None] = (-1, None)
        self.paragraph_period: tuple[int, str | None] = (-1, None)
        # the period of the plans of a paragraph, and whose plans they are
        self.paragraph_plan: tuple[int, str | None, str | None] = (-1, None, None)
        self._consensus_sentences: dict[int, bool] = {}  # by sentence start, for _consensus
        self._met_sentences: dict[int, bool] = {}  # by sentence start, for _consensus_met
        self._banks: list[Span] | None = None  # the central banks named, for _country_bank
        self._pronoun_owners: dict[int, Span | None] = {}  # by sentence start, _pronoun_owner
        self._speakers: dict[int, Span | None] = {}  # by sentence start, _speakers_company
        self._several: dict[int, bool] = {}  # by sentence start, _several_unnamed
        self._countries: dict[frozenset[str], Span | None] = {}  # by names, _sector_country
        self._reporters: dict[int, Span | None] = {}  # by sentence start, for _reporter
        # by clause: its values' starts and its listed owners, for _respective_owner
        self._respective: dict[tuple[int, int], tuple[list[int], list[Span]] | None] = {}
        # by clause: its values' starts and the plain phrases joined before its verb, for
        # _respective_phrases
        self._respective_phrase_lists: dict[
            tuple[int, int], tuple[dict[int, int], list[tuple[int, int]]] | None
        ] = {}

    def _degree_as(self, i: int) -> bool:
        """Whether the "as" at token ``i`` is one of the pair of "as much as", "as high as",
        "as little as" right before a value ("fell as much as 12 percent"): a degree of the
        value, no clause of its own."""
        lowers, doc, degrees = self.lowers, self.doc, fact_words("degree_as")
        if i + 3 < len(doc) and lowers[i + 1] in degrees and lowers[i + 2] == "as":
            first = i
        elif i >= 2 and lowers[i - 1] in degrees and lowers[i - 2] == "as":
            first = i - 2
        else:
            return False
        return first + 3 < len(doc) and doc[first + 3].ent_type_ in VALUE_LABELS

    def _joint(self, start: int, stop: int) -> int | None:
        """The last ", and" or ", but" before token ``start`` (its conjunction's index) and
        after ``stop``: where a new clause opens."""
        lowers = self.lowers
        return next(
            (
                i
                for i in range(start - 2, stop, -1)
                if lowers[i] in ("and", "but") and lowers[i - 1] == ","
            ),
            None,
        )

    def relative_head(self, span: Span, floor: int) -> tuple[int, int] | None:
        """ "a private placement that raised S$150 million", "a loan which totaled $300
        million": the noun phrase a relative clause whose verb governs the value describes
        (tokens ``start:end``), when "that"/"which" follows it directly."""
        at = span.start - 2
        if at - 1 < floor or self.lowers[at] not in ("that", "which"):
            return None
        verb = self.lowers[at + 1]
        if (
            not verb.endswith("ed")
            or not self.alpha[at + 1]
            or verb in fact_words("subject_report_verb")  # "a poll that showed 45% of ..."
            or (span.end < len(self.doc) and self.lowers[span.end] == "of")
        ):
            return None
        end = at
        if self.lowers[end - 1] == "," and end - 2 >= floor:
            end -= 1  # "driven by oil activities, which expanded 8.2 percent": the antecedent
        if not self.plain(end - 1):
            return None
        start = self._words_before(end, floor)
        return (start, end) if start < end else None

    def _words_before(self, end: int, floor: int) -> int:
        """The start of the plain words, at most five, that end at token ``end`` (from ``floor``
        on); a hyphenated compound the five cut in two is taken whole ("special-purpose local
        government bonds", "new-energy vehicle output value")."""
        start = end
        while (
            start > floor
            and start > end - 5
            and self.plain(start - 1)
            # "will issue consumption vouchers worth": the word after a modal is its verb
            and not (start - 2 >= 0 and self.lowers[start - 2] in _MODALS)
        ):
            start -= 1
        if start == end:
            return start
        if start - 2 >= floor and self._glued_hyphen(start - 1) and self.plain(start - 2):
            return start - 2  # on "purpose" of "special-purpose"
        if start - 1 >= floor and self._glued_hyphen(start) and self.plain(start - 1):
            return start - 1  # on the hyphen itself
        return start

    def expanded(self, start: int, end: int) -> Span | None:
        """The tokens over the characters ``start``..``end`` (``Doc.char_span`` in "expand"
        mode), built once per pair: the rules of each value ask for its metric's many times."""
        key = (start, end)
        if key not in self._expanded:
            self._expanded[key] = self.doc.char_span(start, end, alignment_mode="expand")
        return self._expanded[key]

    def _glued_hyphen(self, i: int) -> bool:
        """Whether token ``i`` is a hyphen written inside a word ("special-purpose")."""
        words, spaced = self.words, self.spaced
        return i > 0 and words[i] == "-" and not spaced[i - 1] and not spaced[i]

    def plain(self, i: int) -> bool:
        """A word that may be part of a noun phrase: no function word, verb, cue or mention."""
        lower, text, words = self.lowers[i], self.words[i], self.words
        if lower == "and" and self._pair_joined(i):
            return True  # "import and export value": two words of one quantity
        if lower == "called" and i > 1 and self.lowers[i - 2] == "so":
            return False  # "the so-called core CPI": a hedge, no part of the name
        # "foreign-invested", "state-owned": a verb form after a hyphen is part of an adjective;
        # so is a word glued before one ("the down-payment ratio", "all-in sustaining cost")
        compound = (
            i > 0 and words[i - 1] == "-" and not self.spaced[i - 1]
        ) or self._hyphen_prefix(i)
        if lower == "per" and i + 1 < len(words) and self.lowers[i + 1] == "capita":
            return True  # "the per capita net income": a modifier, no preposition
        # "Grade A office rents", "Class A shares": a capital letter after a name, no article
        grade = text == "A" and i > 0 and self.doc[i - 1].is_title and not self.doc[i].is_sent_start
        # "an advanced packaging plant": a verb form right after an article is an adjective
        modifier = i > 0 and self.lowers[i - 1] in ("a", "an", "the")
        # "projects with planned investment totaling": a participle right after "with" too
        modifier = modifier or (i > 0 and self.lowers[i - 1] == "with" and lower.endswith("ed"))
        # "buy back up to 10 percent of its issued shares": after a possessive too
        modifier = modifier or (
            i > 0 and self.lowers[i - 1] in ("its", "their") and lower.endswith("ed")
        )
        return (
            bool(
                self.alpha[i]
                or ("-" in text and not self.spaced[i])
                or _AMPERSAND_WORD.fullmatch(text)
            )
            and (
                grade
                or lower not in fact_words("function")
                or self._glued(i)
                or self._hyphen_prefix(i)
                or compound
            )
            and (
                compound
                or (modifier and (i not in self.cue_tokens or lower.endswith("ed")))
                or (lower not in self.finder.verbs and i not in self.cue_tokens)
                or self._noun_before_its_verb(i)
                or self._noun_before_worth(i)
            )
            and not self.ent_types[i]
            and i not in self.basis_tokens
        )

    def _noun_before_worth(self, i: int) -> bool:
        """Whether token ``i``, a plural that is also a verb ("contracts", "orders"), is the
        noun "worth" or "valued" right after it prices ("new contracts worth 1.5 trillion
        yuan")."""
        lowers = self.lowers
        return (
            i + 1 < len(lowers)
            and len(lowers[i]) > 3
            and lowers[i].endswith("s")
            and not lowers[i].endswith("ss")
            and lowers[i] not in fact_words("function")
            and lowers[i + 1] in ("worth", "valued")
        )

    def _noun_before_its_verb(self, i: int) -> bool:
        """Whether token ``i``, a plural that is also a verb ("advances", "values", "flows"),
        is the noun before the verb of change right after it ("Gross advances grew 3%", "home
        values rose 0.4%"): two verbs do not follow each other."""
        lowers = self.lowers
        word = lowers[i]
        following = lowers[i + 1] if i + 1 < len(lowers) else ""
        return (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith("ss")
            and word not in fact_words("metric_auxiliary")
            and not following.endswith("s")
            and word_direction(following) != "none"
            # "expects growth of 6%": a noun of change after it makes it the verb
            and word_direction(following, "right") == "none"
        )

    def _hyphen_prefix(self, i: int) -> bool:
        """Whether token ``i`` is the first word of a hyphenated compound ("down-payment",
        "all-in"): glued to a hyphen glued to a word."""
        alpha, spaced = self.alpha, self.spaced
        return (
            i + 2 < len(alpha)
            and alpha[i]
            and not spaced[i]
            and self.words[i + 1] == "-"
            and not spaced[i + 1]
            and alpha[i + 2]
        )

    def _glued(self, i: int) -> bool:
        """Whether token ``i`` stands glued between hyphens, inside a compound ("like-for-like
        sales", "day-to-day costs")."""
        words, spaced = self.words, self.spaced
        return (
            0 < i < len(words) - 1
            and words[i - 1] == "-"
            and not spaced[i - 1]
            and not spaced[i]
            and words[i + 1] == "-"
        )

    def _pair_joined(self, i: int) -> bool:
        """Whether the "and" at token ``i`` joins two words that name one quantity ("import
        and export value", "production and sales volume"), not two metrics."""
        lowers = self.lowers
        return (
            0 < i < len(lowers) - 2
            and f"{lowers[i - 1]} and {lowers[i + 1]}" in fact_words("metric_pair")
            # a head noun follows: "imports and exports rose" may be two metrics
            and self.plain(i + 2)
        )

    def _find_metrics(self) -> list[Metric]:
        """Metric phrases, widened to their noun phrase, without overlaps (longest kept).

        A phrase that only modifies a compound ("stock-based", "trade-in") is no metric.
        """
        doc, segments, words, ent_types = self.doc, segment_words(), self.words, self.ent_types
        spans = [
            Span(doc, s, e, label=label)
            for label, s, e in self.finder.metrics(doc)
            if not (e < len(doc) and words[e] == "-")
            # "its commercial lending unit", "the wealth management arm": a name of a part of a
            # company, no quantity
            and not (e < len(doc) and self.lowers[e] in segments)
            # "Borrowing at two bond auctions totaled": a word that names what an auction sells
            and not (e < len(doc) and self.lowers[e] in fact_words("auction_noun"))
            # "is expected to cost 5-6 billion yuan", "plans to export": a verb after a cue
            # ("added 5% to earnings": after a value, "to" is a preposition)
            and not (
                s > 0
                and self.lowers[s - 1] == "to"
                and s - 1 in self.cue_tokens
                and not (s > 1 and ent_types[s - 2] in VALUE_LABELS)
            )
            and ent_types[s] not in VALUE_LABELS  # the unit of "150 billion yen"
            # "Turnover on the Tokyo Stock Exchange": a word inside a company's name (the name
            # goes on after it) is no metric
            and not (
                ent_types[s] in SUBJECT_LABELS
                and e < len(doc)
                and doc[e].ent_iob_ == "I"
                and not doc.vocab.strings[label].startswith("instrument:")
            )
            # "the Federal Board of Revenue collected": a word after "of" that ends an
            # organization's name is the office's field, no quantity
            and not (
                s > 0
                and ent_types[s] == "ORG"
                and doc[s].ent_iob_ == "I"
                and self.lowers[s - 1] == "of"
            )
            and not self._quote_currency(s, label)
            and not self._in_company_name(s, label)
            # "the euro zone", "the euro area": a currency's name in a region's
            # ("oil and gas sector", "Oil activities": a branch of an economy, no quote)
            and not (doc.vocab.strings[label].startswith("instrument:") and self._quote_compound(e))
            # "the mining sector, mainly oil and gas, fell": the goods a sector is made of
            and not (
                doc.vocab.strings[label].startswith("instrument:")
                and s > 1
                and self.lowers[s - 1] in fact_words("content_hedge")
                and self.lowers[s - 2] == ","
            )
            # "Non-oil activities", "the non-oil private sector": a word that excludes a
            # good names the rest of an economy, no quote
            and not (
                doc.vocab.strings[label].startswith("instrument:")
                and s > 1
                and words[s - 1] == "-"
                and self.lowers[s - 2] == "non"
            )
        ]
        widened = sorted(
            (
                metric
                for metric in map(self._widen, filter_spans(spans))
                if not self._place_paraphrase(metric)
            ),
            key=lambda m: (m.start, -m.end),
        )
        # "gross domestic product (GDP)": the abbreviation in brackets is no metric of its own
        # (a growth noun's phrase keeps what it names: "organic sales growth")
        kept, reach = [], -1
        for metric in widened:
            if metric.end > reach or metric.cls == "growth":
                kept.append(metric)
            if metric.cls != "growth":
                reach = max(reach, metric.reach)
        # "the added value of Hangzhou's digital economy": the part in an owner's "of" phrase
        # after a metric is no metric of its own; the metric is the head, the owner the subject
        # (the phrase cannot lose its owner and stay whole)
        owned = {
            at
            for m in kept
            if m.end < len(doc)
            and self.lowers[m.end] == "of"
            and (at := self._possessive_owner_end(m.end + 1, min(len(doc), m.end + 6))) is not None
        }
        if not owned:
            return kept
        # (also when a measuring noun of the head took the part in: "value of Hangzhou's ...")
        parts = sorted(owned)
        return [
            m for m in kept if (i := bisect_left(parts, m.start)) == len(parts) or parts[i] >= m.end
        ]

    def _quote_compound(self, end: int) -> bool:
        """ "the euro zone", "Oil activities", "the oil and gas sector": the noun after a
        quote's name (or after "and" and a second good) makes the name part of another noun."""
        lowers, words = self.lowers, fact_words("quote_compound")
        if end < len(lowers) and lowers[end] in words:
            return True
        # "oil and gas sector": one more good before the noun
        return (
            end + 2 < len(lowers)
            and lowers[end] == "and"
            and self.alpha[end + 1]
            and lowers[end + 2] in words
        )

    def _place_paraphrase(self, metric: Metric) -> bool:
        """ "Inflation in Europe's largest economy", "the world's second-largest economy": a
        ranked economy names a place, no quantity."""
        lowers = self.lowers
        return lowers[metric.head_end - 1] in ("economy", "economies") and any(
            lowers[i] in fact_words("metric_superlative")
            for i in range(max(0, metric.start - 1), metric.head_end - 1)
        )

    def _in_company_name(self, start: int, label: int) -> bool:
        """ "Krona Telecom AB said", "Lira Holdings Ltd": a quote's name inside a company's
        name, the name closed by a legal form, is a word of the name, no instrument."""
        doc = self.doc
        if not doc.vocab.strings[label].startswith("instrument:") or doc[start].ent_type_ != "ORG":
            return False
        end = start + 1
        while end < len(doc) and end < start + 8 and doc[end].ent_iob_ == "I":
            end += 1
        return end > start + 1 and doc[end - 1].text in currencies.company_closers()

    def _quote_currency(self, start: int, label: int) -> bool:
        """ "fell 0.5 per cent against the dollar": the currency a quote is taken in is no
        instrument of its own."""
        doc = self.doc
        if not doc.vocab.strings[label].startswith("instrument:"):
            return False
        i = start - 1 if start > 0 and self.lowers[start - 1] == "the" else start
        if i > 0 and self.lowers[i - 1] in fact_words("quote_against"):
            return True
        # "the 20 countries that share the euro": the currency a country uses, not a quote
        the = i < start or self.lowers[start] == "the"  # "share index" is a quote's name
        return the and i > 0 and self.lowers[i - 1] in fact_words("currency_user_verb")

    def _widen(self, span: Span) -> Metric:
        """A metric phrase with its modifiers: "total retail sales of consumer goods".

        Left: plain words ("total", "per capita", "General public budget"). Right: an
        abbreviation in brackets, and an "of" phrase that names a part of the quantity ("of
        consumer goods"), not its owner ("of Sichuan Province") or its period ("of 2023").
        """
        doc = self.doc
        start, end = span.start, span.end
        cls, scope = span.label_.split(":")
        if cls == "instrument" and end - start > 1 and self.lowers[start] == "the":
            start += 1  # "the won gained 0.3%": the currency, no determiner
        if cls == "instrument" and self.lowers[end - 1] in fact_words("index_noun"):
            start = self._index_name(start)
        countries = demonym_countries()
        floor, words = self.sentence_of(span.start).start, 0
        while start > floor and words < 4:
            if (
                self.plain(start - 1)
                or (cls == "instrument" and self._index_word(start - 1))
                # "CET1 ratio", "M2 money supply": a code of letters and digits names the kind
                or (_CODE_WORD.fullmatch(doc[start - 1].text) and not doc[start - 1].ent_type_)
                # "total retail sales", "combined revenue": a cue word that modifies it here
                or (
                    self.lowers[start - 1] in fact_words("metric_modifier")
                    and not doc[start - 1].ent_type_
                )
                # "a total planned investment of": a participle after a modifier of the metric
                or (
                    start - 2 >= floor
                    and self.lowers[start - 2] in fact_words("metric_modifier")
                    and self.lowers[start - 1].endswith("ed")
                    and doc[start - 1].is_alpha
                )
            ) and (
                # "German producer prices": an owner; "the Turkish lira": the currency's name
                (doc[start - 1].text not in countries or cls == "instrument")
                and self.lowers[start - 1] not in fact_words("count_word")  # "28 million visits"
                # "held its rate, saying inflation remained": a clause of saying opens there
                and self.lowers[start - 1] not in fact_words("clause_participle")
                # "in December alone growth reached": an adverb, no modifier ("a combined
                # investment of": after an article, the word modifies the metric)
                and not (
                    self.lowers[start - 1] in fact_words("part_adverb")
                    and not (
                        self.lowers[start - 1] in fact_words("metric_modifier")
                        and start - 2 >= floor
                        and self.lowers[start - 2] in ("a", "an", "the", "their", "its")
                    )
                )
                # "will cap down payments at 20 percent": the word after a modal is its verb
                and not (start - 2 >= floor and self.lowers[start - 2] in _MODALS)
                # "posted record sales of": a record ranks the figure, it names no part of it
                and self.lowers[start - 1] != "record"
                # "..., generating tourism revenue of": a clause of result opens there
                and not (
                    start - 1 > floor
                    and self.lowers[start - 2] == ","
                    and self.lowers[start - 1] in fact_words("result_participle")
                )
            ):
                start -= 1
            elif start - 3 > floor and self._abbreviation_before(start):
                start -= 3  # "Gross non-performing assets (GNPA) ratio"
            elif start - 1 > floor and self._numbered_word(start - 1):
                start -= 1  # "common equity tier 1 ratio"
            elif cls in ("rate", "instrument") and (
                (named := self._named_before(start, floor)) is not None
            ):
                start = named  # "the 10-year JGB yield", '"Brent" crude futures'
            else:
                break
            # a hyphenated compound is one word ("non-performing")
            words += doc[start].text != "-" and doc[start + 1].text != "-"
        while start < span.start and not (
            doc[start].is_alpha
            or doc[start].text in _QUOTES
            or _CODE_WORD.fullmatch(doc[start].text)
            or _AMPERSAND_WORD.fullmatch(doc[start].text)
            or (doc[start].like_num and doc[start + 1].text == "-")  # "10-year"
            or (cls == "instrument" and doc[start].is_title)  # "the Top-40 index"
        ):
            start += 1
        start = self._per_unit(start, self.sentence_of(span.start).start)
        if cls not in ("instrument", "rate", "shares"):
            start = self._count_head(start, floor)  # "the number of cruise passengers"
            start = self._measure_head(start, floor)  # "the total value of foreign trade"
        if end + 1 < len(doc) and self.lowers[end] == "per":
            # "sales per store", "profit per employee": the quantity per unit (not per period,
            # "per year", nor a bare "per" of a value after it)
            # ("revenue per available seat kilometre": a unit of up to three words)
            stop = self._plain_run(end + 1, min(len(doc), end + 5), 3)
            if stop > end + 1 and self.lowers[stop - 1] not in fact_words("period_noun"):
                end = stop
        head_end = end
        bond = self._yield_on_bond(end) if cls == "rate" else None
        if bond is not None:
            # "the yield on Indonesia's benchmark 10-year government bond": a market quote
            return Metric(start, bond, "instrument", bond, scope, bond)
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3  # "gross domestic product (GDP)": read past the abbreviation ...
        reach = end
        end = self._segment(end)
        if end < len(doc) and self.lowers[end] == "of":
            stop = end + 1
            # "of the new energy vehicle and parts industry", 'of the "new three" products'
            joining = ("the", "and", ",", "its", '"', "\u201c", "\u201d")
            if self.lowers[head_end - 1] in fact_words("probability"):
                return Metric(start, self._event_of(end), cls, head_end, scope, reach)
            while stop < min(len(doc), end + 9) and (
                self.plain(stop) or self.lowers[stop] in joining
            ):
                stop += 1
            while stop > end + 1 and self.lowers[stop - 1] in joining:
                stop -= 1
            # "of Sichuan Province", "of 2023"; "of the province's primary industry": an owner
            owner = stop < len(doc) and (
                doc[stop].ent_type_ in ("GPE", "ORG", "DATE") or doc[stop].text in ("'s", "\u2019s")
            )
            if stop > end + 1 and not owner:
                end = stop
        if end == reach:
            end = self._attribution(end)
        if end == reach:
            end = self._overdue_tail(end, min(len(doc), end + 9))
        if end == reach:
            end = self._part_phrase(end)
        if end == reach:
            end = head_end  # ... but leave it out of a metric that ends there
        return Metric(start, end, cls, head_end, scope, max(end, reach))

    def _index_name(self, start: int) -> int:
        """Where the name of an index that ends in its noun ("Index", "index") starts, before
        token ``start``: its capitalized words, codes and numbers ("the Hang Seng Tech Index",
        "the FTSE 250 index", "the Johannesburg Stock Exchange's Top-40 index"), not a
        determiner, an owner's "'s" or a lower-case word. ``start`` when none precede it."""
        doc, lowers = self.doc, self.lowers
        floor = max(self.sentence_of(start).start, start - 6)
        i = start
        while i > floor:
            token = doc[i - 1]
            glued = token.text == "-" and not token.whitespace_ and i - 1 > floor
            name = (
                (token.is_title or token.is_upper or token.is_digit)
                and lowers[i - 1] not in fact_words("function")
                and token.ent_type_ not in VALUE_LABELS
                and token.ent_type_ != "DATE"
            ) or _AMPERSAND_WORD.fullmatch(token.text)
            if not (name or glued):
                break
            i -= 1
        while i < start and doc[i].text == "-":
            i += 1
        return i

    def _attribution(self, end: int) -> int:
        """Where "attributable to" and the holders of a profit end, after a metric that ends at
        token ``end`` ("net profit attributable to shareholders of the listed company", "net
        income attributable to owners of the parent"): whose part of the profit is measured.
        ``end`` when no such tail follows."""
        doc, lowers = self.doc, self.lowers
        if not (
            end + 2 < len(doc)
            and lowers[end] in fact_words("attribution")
            and lowers[end + 1] == "to"
        ):
            return end
        start = end + 2 + (lowers[end + 2] in ("the", "its", "their"))
        stop = self._plain_run(start, min(len(doc), start + 4), 3)
        if stop == start or not doc[stop - 1].is_lower:
            return end  # "attributable to Tencent", "attributable to higher costs": no holders
        if stop + 2 < len(doc) and lowers[stop] == "of" and lowers[stop + 1] == "the":
            # "of the listed company", "of the parent": the company whose holders they are
            tail = self._plain_run(stop + 2, min(len(doc), stop + 5), 2)
            if tail > stop + 2 and doc[tail - 1].is_lower:
                stop = tail
        return stop

    def _overdue_tail(self, end: int, limit: int) -> int:
        """Where a tail that says how long a debt is overdue ends ("home loans more than 90
        days in arrears", "balances 30 days or more past due"): it names the part of the debt
        measured. ``end`` when no such tail follows."""
        lowers, doc = self.lowers, self.doc
        i = end
        if lowers[i : i + 2] in (["more", "than"], ["at", "least"]):
            i += 2
        elif i < limit and lowers[i] == "over":
            i += 1
        if not (i + 1 < limit and doc[i].like_num and lowers[i + 1] in fact_words("overdue_unit")):
            return end
        i += 2
        if lowers[i : i + 2] == ["or", "more"]:
            i += 2
        if i < limit and lowers[i] in ("in", "past"):
            i += 1  # "in arrears", "past due"
        return i + 1 if i < limit and lowers[i] in fact_words("overdue") else end

    def _yield_on_bond(self, end: int) -> int | None:
        """Where "on" and the bond a yield is quoted on end, after a yield that ends at token
        ``end`` ("yield on the benchmark 10-year Treasury note", "yields on Indonesia's
        government bonds"), or None."""
        lowers = self.lowers
        if lowers[end - 1] not in ("yield", "yields") or end >= len(lowers) or lowers[end] != "on":
            return None
        bonds = fact_words("bond_noun")
        for k in range(end + 1, min(len(lowers), end + 10)):
            if lowers[k] in bonds:
                while k + 1 < len(lowers) and lowers[k + 1] in bonds:
                    k += 1  # "Treasury note"
                return k + 1
            if lowers[k] in (",", ";") or k in self.cue_tokens or lowers[k] in self.finder.verbs:
                return None
        return None

    def _event_of(self, of: int) -> int:
        """ "a 35% chance of a reduction", "the odds of a Fed rate cut": where the event a
        probability is of ends (its "of" at token ``of``), names and nouns of change included;
        ``of`` when it names none."""
        doc, lowers = self.doc, self.lowers
        i = of + 1
        if i < len(doc) and lowers[i] in ("a", "an", "the"):
            i += 1
        end, moves = of, fact_words("metric_rate_move") | fact_words("growth_noun")
        while i < min(len(doc), of + 8) and (
            self.plain(i) or lowers[i] in moves or self.ent_types[i] in _PART_NAMES
        ):
            i += 1
            if doc[i - 1].is_lower:
                end = i  # a name ends no event ("of a cut by the ECB")
        return end

    def _named_before(self, start: int, floor: int) -> int | None:
        """Where a bond's tenor ("the 10-year JGB yield", "two-year gilt yields") or a name in
        quotes ('"Brent" crude futures') that names a quote starts, ending before token
        ``start``."""
        doc = self.doc
        i = start - 1
        if doc[i].ent_type_ == "DATE" and self.lowers[i] in ("year", "month"):
            while i > floor and doc[i].ent_iob_ == "I":
                i -= 1
            tenor = self.text[doc[i].idx : doc[start - 1].idx + len(doc[start - 1].text)]
            return i if _TENOR.fullmatch(tenor) else None
        if doc[i].text in _QUOTES and i > floor:
            k = i - 1
            while k > max(floor, i - 5) and doc[k].text not in _QUOTES and doc[k].is_alpha:
                k -= 1
            if k < i - 1 and doc[k].text in _QUOTES and doc[k].whitespace_ == "":
                return k
        return None

    def _abbreviation_before(self, start: int) -> bool:
        """Whether "(ABBR)" after a plain word ends just before token ``start``."""
        doc = self.doc
        return (
            doc[start - 1].text == ")"
            and doc[start - 3].text == "("
            and doc[start - 2].is_upper
            and self.plain(start - 4)
        )

    def _numbered_word(self, i: int) -> bool:
        """A bare number that is part of a name ("tier 1"): no value, no date, after a word."""
        doc = self.doc
        return (
            doc[i].like_num
            and doc[i].is_digit
            and len(doc[i].text) <= 2
            and not doc[i].ent_type_
            and self.plain(i - 1)
        )

    def _index_word(self, i: int) -> bool:
        """A word that names which index or market a quote is of: "the main Jakarta share
        index", "the benchmark Tokyo stock index" (a place, "share", "stock")."""
        token = self.doc[i]
        return token.ent_type_ == "GPE" or token.lower_ in fact_words("index_word")

    def _per_unit(self, start: int, floor: int) -> int:
        """ "energy consumption per unit of GDP", "water use per unit of output": a quantity
        measured per unit of the metric is the metric; where its words start."""
        if start >= floor + 1 and self.lowers[start - 1] == "per":
            per = start - 1
        elif (
            start >= floor + 3
            and self.lowers[start - 1] == "of"
            and self.lowers[start - 2] in ("unit", "units")
            and self.lowers[start - 3] == "per"
        ):
            per = start - 3
        else:
            return start
        first = per
        while first > floor and first > per - 4 and self.plain(first - 1):
            first -= 1
        return first if first < per else start

    def _part_phrase(self, end: int) -> int:
        """ "Investment in high-tech industries", "Loans to the manufacturing sector", "trade
        with Central Asian countries": a phrase that says which part is measured, not where
        ("in the city"), when ("in December"), with whom ("exports to the US") or how much."""
        doc = self.doc
        if end < len(doc) and self.lowers[end] == "between":
            return self._route(end)
        if end + 1 >= len(doc) or self.lowers[end] not in ("in", "to", "with", "on", "from"):
            return end  # (a preposition that ends the text has no part after it)
        if self.lowers[end] in ("on", "in") and self.lowers[end + 1] in fact_words(
            "metric_state_noun"
        ):
            return end  # "kept interest rates on hold at 4.75%": a state, no part
        start = end + 1
        # "Loans to small firms", "lending to property developers": who receives the money is
        # the part measured, even a noun of owners
        recipients = self.lowers[end] == "to" and self.lowers[end - 1] in fact_words("metric_lent")
        if start < len(doc) and self.lowers[start] == "the":
            start += 1
            if (
                self.lowers[end] in ("in", "on", "at")
                and start < len(doc)
                and self.lowers[start] in self.finder.place_nouns
                and not (start + 1 < len(doc) and self.plain(start + 1))
            ):
                return end  # "foreign capital in the park", "duty-free sales on the island"
        elif (
            self.lowers[end] == "to"
            and not recipients
            and doc[start].ent_type_ not in _PART_NAMES
            and doc[start].is_lower
        ):
            return end  # "a contract to maintain platforms": an infinitive
        # "trade with ASEAN member states", "investment in Yangtze River Delta cities": a name
        # that modifies the plain words after it names the part, not where it is
        named = start
        while named < min(len(doc), start + 4) and doc[named].ent_type_ in _PART_NAMES:
            named += 1
        if named > start and named < len(doc) and self.plain(named) and doc[named].is_lower:
            start = named
            # "exports to EU member countries": the partners, even a noun of owners
            recipients = recipients or self.lowers[end] in ("to", "with", "from")
        stop = self._plain_run(start, min(len(doc), start + 9), 5)
        if stop > start:
            # "Spending on research and development": the rest of a list of parts
            stop = self._listed_words(stop, min(len(doc), stop + 10))
        clause = self._participle_clause(start, stop)
        people = clause < stop  # "Egyptians working in ...": the people, a name, are the part
        stop = clause
        # "exports to Belt and Road countries", "imports from EU countries": partners a
        # modifier picks out, even a noun of owners ("exports to other countries" too)
        recipients = recipients or (self.lowers[end] in ("to", "with", "from") and stop - start > 1)
        if (
            stop == start
            or (self.lowers[stop - 1] in self.finder.owner_nouns and not recipients)
            or not (doc[stop - 1].is_lower or people)  # "a stake in Kessler Logistik": a name
        ):
            return end
        if stop < len(doc) and (doc[stop].ent_type_ or doc[stop].like_num):
            return end  # "in the first half of 2023", "to the US"
        if self.lowers[stop - 1] in fact_words("period_noun"):
            return end  # "Imports in the period", "sales in the same period": when, no part
        if self.lowers[stop - 1] in fact_words("reference"):
            return end  # "revenue in the range of $1.6 billion to": where the value lies, no part
        if (
            stop + 1 < len(doc)
            and self.lowers[stop] in ("'s", "\u2019s", "'", "\u2019")
            and self.lowers[stop - 1] in fact_words("people")
            and doc[stop + 1].is_lower
            and self.plain(stop + 1)
        ):
            # "Spending on people's livelihoods", "spending on farmers' pensions": what the
            # people have is the part measured, no owner of the quantity
            return self._plain_run(stop + 1, min(len(doc), stop + 5), 3)
        if stop < len(doc) and self.lowers[stop] in ("'s", "\u2019s"):
            return end  # "Unemployment in the world's second-largest economy": an owner
        return stop

    def _route(self, between: int) -> int:
        """ "Cargo flights between Zhengzhou and Luxembourg", "trade between the two
        provinces and Hong Kong": the two ends named after "between" (names or plain words on
        both sides of "and") say which part is measured; where they end, or ``between``."""
        doc, lowers = self.doc, self.lowers
        i = between + 1
        joined, end = False, between
        # "the spread between Italian and German 10-year yields": a bond's tenor and its yield
        quotes = fact_words("bond_noun") | {"yield", "yields"}
        while i < min(len(doc), between + 12):
            if (
                i + 2 < len(doc)
                and doc[i].like_num
                and self.words[i + 1] == "-"
                and lowers[i + 2] in ("year", "month", "week")
            ):
                i += 3  # "10-year" (a tenor, no date)
                end = i if joined else end
                continue
            if lowers[i] == "and" and not joined and i > between + 1:
                joined = True
            elif lowers[i] in quotes and i > between + 1:
                if joined:
                    end = i + 1
            elif not (
                self.ent_types[i] in _PART_NAMES
                or self.plain(i)
                or lowers[i] in ("the", "its", "their")
                or (doc[i].like_num and not self.ent_types[i])  # "the two cities"
            ):
                break
            elif joined:
                end = i + 1
            i += 1
        return end if joined else between

    def _participle_clause(self, start: int, stop: int) -> int:
        """ "Remittances from Egyptians working in Gulf states": a participle after a people's
        plural, with a place after it, opens a clause that ends the part."""
        doc = self.doc
        for k in range(start + 1, stop):
            if (
                doc[k].is_lower
                and self.lowers[k].endswith(("ing", "ed"))
                # after a people's plural ("Filipinos living"), not after a plain noun the
                # clause defines ("countries involved in the Belt and Road Initiative")
                and self.lowers[k - 1].endswith("s")
                and doc[k - 1].is_alpha
                and doc[k - 1].is_title
                and k + 1 < len(doc)
                and self.lowers[k + 1] in _CLAUSE_OPENERS
            ):
                return k
        return stop

    def _plain_run(self, start: int, stop: int, words: int) -> int:
        """Where a run of plain words from ``start`` ends, before ``stop``, after at most
        ``words`` words; a hyphenated compound is one word ("the state-backed FX-protected
        deposit scheme", "small and medium-sized firms")."""
        doc, end, count = self.doc, start, 0
        while end < stop and self.plain(end):
            joined = end > start and self.words[end] == "-" and not doc[end - 1].whitespace_
            glued = end > start and self.words[end - 1] == "-" and not doc[end - 1].whitespace_
            if not (joined or glued):
                if count == words:
                    break
                count += 1
            end += 1
        while end > start and self.words[end - 1] == "-":
            end -= 1  # a compound cut off at the word limit ends before its hyphen
        return end

    def _segment(self, end: int) -> int:
        """Past "at its cloud unit" / "in the retail business": the part being measured."""
        doc = self.doc
        if end >= len(doc) or self.lowers[end] not in ("at", "in", "from"):
            return end
        stop = end + 1
        if stop < len(doc) and self.lowers[stop] in ("its", "the", "their"):
            stop += 1
        words = stop
        while words < min(len(doc), stop + 4) and self.plain(words):
            words += 1
        if words > stop and self.lowers[words - 1] in segment_words():
            return words
        return end

    def char_range(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``start:end``, without trailing whitespace."""
        last = self.doc[end - 1]
        return self.doc[start].idx, last.idx + len(last.text)

    def tokens_of(self, words: frozenset[str]) -> list[int]:
        """The tokens whose lower-case form is one of ``words``, in order: an index found once
        per document, for rules that look back from a value instead of scanning per value."""
        found = self._tokens_of.get(words)
        if found is None:
            found = [i for i, word in enumerate(self.lowers) if word in words]
            self._tokens_of[words] = found
        return found

    def sentence_of(self, i: int) -> Span:
        """The sentence of token ``i`` (``Token.sent`` walks the whole sentence: slow in one of
        thousands of tokens)."""
        return self.sents[bisect_right(self.sent_starts, i) - 1]

    def clause_of(self, span: Span) -> tuple[int, int]:
        """The token range of the clause around ``span``: bounded by ";", ":" or a terminator."""
        sent, bounds = self.sentence_of(span.start), self.clause_bounds
        start, end = sent.start, sent.end
        before = bisect_left(bounds, span.start)  # the last boundary before the span
        if before and bounds[before - 1] >= sent.start:
            start = bounds[before - 1] + 1
        after = bisect_left(bounds, span.end)  # the first boundary after it
        if after < len(bounds) and bounds[after] < sent.end:
            end = bounds[after]
        return start, end

    def paragraph(self, i: int) -> int:
        """The character offset where the paragraph of token ``i`` starts."""
        return self.blank_line_before(self.doc[i].idx) + 1

    def blank_line_before(self, offset: int) -> int:
        """``text.rfind("\n\n", 0, offset)``, by an index: a search back per value is quadratic
        on a text of one endless paragraph of values."""
        blank_lines = self._blank_line_starts()
        found = bisect_left(blank_lines, offset - 1) - 1
        return blank_lines[found] if found >= 0 else -1

    def blank_line_after(self, offset: int) -> int:
        """Where the paragraph of ``offset`` ends: the next "\n\n", or the text's end."""
        blank_lines = self._blank_line_starts()
        found = bisect_left(blank_lines, offset)
        return blank_lines[found] if found < len(blank_lines) else len(self.text)

    def _blank_line_starts(self) -> list[int]:
        """Where each "\n\n" of the text starts (overlapping), found once per document."""
        if self._blank_lines is None:
            self._blank_lines = [m.start() for m in _BLANK_LINE.finditer(self.text)]
        return self._blank_lines

    def line_of(self, offset: int) -> tuple[int, int]:
        """Where the line of ``offset`` starts and ends (by an index, not a search each time)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        after = bisect_left(self._newlines, offset)
        start = self._newlines[after - 1] + 1 if after > 0 else 0
        end = self._newlines[after] if after < len(self._newlines) else len(self.text)
        return start, end

    def _between_values(self, a: int, b: int, asides: bool = True) -> bool:
        """Whether a value stands in tokens ``a:b``; with ``asides`` False, a conversion in
        brackets in the same phrase as ``b`` does not count ("300 billion yuan ($41.5 billion)
        by 2027"), one a comma away does ("($487m), the company said on Tuesday")."""
        return any(
            v.end <= b
            and (
                asides or not self._bracketed(v) or any(t.text == "," for t in self.doc[v.end : b])
            )
            for v in self.value_index.between(a, b)
        )

    def _bracketed(self, span: Span) -> bool:
        doc = self.doc
        return (
            span.start > 0
            and doc[span.start - 1].text == "("
            and span.end < len(doc)
            and doc[span.end].text == ")"
        )

    def covering(
        self, value: Span, clause: tuple[int, int], categories: Iterable[str]
    ) -> list[tuple[int, Cue]]:
        """Cues of ``categories`` whose scope reaches ``value``, with their distance."""
        wanted = set(categories)
        out = []
        # only the cues that can reach the value: a clause of a thousand values stays linear
        low = max(clause[0], value.start - self.cue_reach)
        high = min(clause[1], value.end + self.cue_reach + 1)
        for cue in self.cue_index.between(low, high):
            rule = cue.rule
            if rule.category not in wanted or cue.start < clause[0] or cue.end > clause[1]:
                continue
            if rule.direction in ("forward", "both") and cue.end <= value.start:
                gap = value.start - cue.end
                if gap <= rule.scope and not (
                    (rule.stops_at_value and self._between_values(cue.end, value.start))
                    or self._terminated(rule, cue.end, value.start)
                ):
                    out.append((gap, cue))
            if rule.direction in ("backward", "both") and cue.start >= value.end:
                gap = cue.start - value.end
                if gap <= rule.scope and not (
                    (rule.stops_at_value and self._between_values(value.end, cue.start))
                    or self._terminated(rule, value.end, cue.start)
                    # "below 5 percent and a rise in prices": a noun right after the value
                    # opens the next phrase past "and" (a verb after a subject may not)
                    or (
                        rule.scope <= 2
                        and any(
                            self.lowers[i] in ("and", "or") for i in range(value.end, cue.start)
                        )
                    )
                ):
                    out.append((gap, cue))
        return out

    def _terminated(self, rule: CueRule, start: int, end: int) -> bool:
        """Whether a cue of one of ``rule.terminated_by`` stands in tokens ``start:end``: "will
        pay a dividend of ...": the payment, not the future, governs the amount."""
        return bool(rule.terminated_by) and any(
            other.rule.id in rule.terminated_by and other.end <= end
            for other in self.cue_index.between(start, end)
        )

    def _listed_words(self, end: int, stop: int) -> int:
        """Past the rest of a list of words the phrase ending at ``end`` starts: "in arranger,
        trustee and listing fees", "of green, social and sustainability-linked bonds"."""
        doc, reach = self.doc, end
        good = end
        joined = False
        while (
            reach + 1 < stop
            and reach < end + 10
            and self.words[reach] in (",", "and", "or")
            and (self.plain(reach + 1) or self.lowers[reach + 1] in ("and", "or"))
        ):
            joined = joined or self.lowers[reach] in ("and", "or")
            reach += 1
            while reach < stop and self.lowers[reach] in ("and", "or"):
                joined = True
                reach += 1
            if (
                reach + 1 < stop
                and self.lowers[reach] in self.finder.verbs
                and reach not in self.cue_tokens
                and self.plain(reach + 1)
            ):
                reach += 1  # "listing fees": a verb form that modifies a noun
            if reach >= stop or not self.plain(reach):
                return good  # "..., and the bonds will trade": a clause, no list
            item = reach
            while reach < stop and self.plain(reach):
                reach += 1
            if any(doc[k].like_num for k in range(item, reach)) or (
                reach < stop and self.lowers[reach] in ("a", "an", "the", "its", "their")
            ):
                # "..., and close two plants", "..., and book a charge": a clause with its own
                # object, no item of a list
                return good
            if joined:
                good = reach  # a list ends with "and" or "or" before its last item
        return good

    def _measure_head(self, start: int, floor: int) -> int:
        """ "The total value of foreign trade", "the volume of cargo": a noun that measures the
        quantity named in its "of" phrase, with a modifier word before it ("total"), is part of
        the metric; ``start`` when none stands before it."""
        lowers = self.lowers
        of = self._past_possessive_owner(start, floor)  # "the value of Jiangsu's foreign trade"
        if of - 1 > floor and lowers[of - 1] == "the" and lowers[of - 2] == "of":
            of -= 1  # "the size of the digital economy"
        i = of - 2
        if i < floor or lowers[of - 1] != "of" or lowers[i] not in fact_words("measure_head"):
            return start
        if self.ent_types[i]:
            return start
        while i > floor and i > start - 5 and lowers[i - 1] in fact_words("metric_modifier"):
            i -= 1
        return i

    def _possessive_owner_end(self, start: int, limit: int) -> int | None:
        """Where a named owner in the possessive that begins at token ``start`` ends, past its
        "'s" ("Jiangsu's", "Geely Auto's", "the province's"); None when none begins there."""
        doc, lowers, i = self.doc, self.lowers, start
        if (
            i + 2 < limit
            and lowers[i] == "the"
            and lowers[i + 1] in self.finder.referring_nouns
            and lowers[i + 2] in ("'s", "\u2019s")
        ):
            return i + 3  # "of the province's digital economy": the owner a noun refers to
        if i >= limit or self.ent_types[i] not in ("GPE", "ORG") or doc[i].ent_iob_ != "B":
            return None
        i += 1
        while i < limit and doc[i].ent_iob_ == "I":
            i += 1
        if i < limit and self.lowers[i] in ("'s", "\u2019s", "'", "\u2019"):
            return i + 1
        return None

    def _past_possessive_owner(self, start: int, floor: int) -> int:
        """Where an owner in the possessive right before token ``start`` begins ("of Jiangsu's
        | foreign trade", "of the province's | exports"), so that a measure or count noun before
        it still heads the metric; ``start`` when no such owner stands there. The owner stays
        inside the metric phrase (it cannot be cut out of it), and is the subject."""
        doc = self.doc
        i = start - 2
        if i < floor or self.lowers[start - 1] not in ("'s", "\u2019s", "'", "\u2019"):
            return start
        if i > floor and self.lowers[i] in self.finder.referring_nouns:
            return i - 1 if self.lowers[i - 1] == "the" else start  # "of the province's"
        if doc[i].ent_type_ not in ("GPE", "ORG"):
            return start
        while i > floor and doc[i].ent_iob_ == "I":
            i -= 1
        return i

    def _participle_word(self, i: int) -> bool:
        """A lower-case past participle that says which things are counted ("registered")."""
        return self.lowers[i].endswith("ed") and self.doc[i].is_lower

    def _count_head(self, start: int, segment: int) -> int:
        """ "The number of newly established foreign-invested enterprises rose 31 percent": the
        count is the quantity, its "of" phrase the things counted (a few plain words may stand
        between "of" and the words read before the verb); ``start`` when no count heads them."""
        j = start
        while (
            j > segment
            and j > start - 3
            # "of registered cruise passengers": a participle that says which are counted
            and (self.plain(j - 1) or self._participle_word(j - 1))
        ):
            j -= 1
        j = self._past_possessive_owner(j, segment)  # "the number of Xiamen's inbound tourists"
        if (
            j - 2 >= segment
            and self.lowers[j - 1] == "of"
            and self.lowers[j - 2] in fact_words("count_head")
            and not (j - 3 >= 0 and self.lowers[j - 3] == "a")  # "a number of firms": several
        ):
            return j - 2
        return start
