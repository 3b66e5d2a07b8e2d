"""Fact rules: the subject."""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from extractor.stages.facts.lexicon import (
    HEAD_CHARS,
    SUBJECT_LABELS,
    VALUE_LABELS,
    _bare,
    _designators,
    _traded_goods,
    _Value,
    country_names,
    demonym_countries,
    fact_words,
    macro_phrases,
    metric_classes,
    named_homes,
    verb_forms,
)
from extractor.stages.facts.metrics import MetricRules

if TYPE_CHECKING:
    from extractor.stages.facts.finder import FactFinder


_THERE = frozenset({"there"})


# A byline or source line under the headline: "By Li Ming in Changzhou | China Daily | Updated:
# 2024-03-18", "Updated: 2024-02-22 | Source: Wuxi Municipal Bureau of Statistics", "By Global
# Times". The publisher and the reporter's whereabouts own no quantity.
# "By Yang Cheng": a name after "By" ("By comparison, ..." opens a sentence)
_BYLINE = re.compile(
    r"^(?:(?-i:(?:By|BY)\s+[A-Z])|Source:|(?:Last\s+)?Updated\b)|\s\|\s", re.IGNORECASE
)


# "OTTAWA — The Bank of Canada ...", "MOSCOW - ...": a dateline closed by a dash.
_DATELINE_DASHES = (["\u2014"], ["\u2013"], ["-"], ["--"])


# Words that make the noun phrase after them someone's ("the lender's", "its").
_POSSESSIVES = frozenset({"'s", "\u2019s", "its", "their"})


# The relative pronouns of an aside on a thing, not a person ("which", "whose").
_THING_RELATIVES = frozenset({"which", "whose"})


# Words that open the clause a verb of saying reports ("said its unit ...", "said that ...").
_CLAUSE_OPENERS = frozenset({"its", "their", "that", "his", "her"})


# The words after a place that make it a company's seat: "Austin-based", "Shenzhen-listed".
_SEAT_WORDS = (["-", "based"], ["-", "listed"], ["-", "headquartered"])


_MATURITY = re.compile(r"\b(?:\d{1,2}|one|two|three|five|seven|ten|thirty)-year\b", re.IGNORECASE)


# "the two-year yield", "10-year yields": a market yield by its maturity
_YIELD_WORD = re.compile(r"\byields?$", re.IGNORECASE)


_ASIDE = frozenset(("a", "an", "the", "home", "capital"))  # openers of an aside after a name


_BRACKETED = re.compile(r"\s*\([^()]{1,12}\)")  # "(GDP)" after a metric


# "the city's " right before a metric: a place noun in the possessive (its word in group 1)
_PLACE_POSSESSIVE = re.compile(r"\b[Tt]he (\w+)['\u2019]s $")


# The prepositions of a headline that name where money flows ("Korean investment into Vietnam").
_HEADLINE_RECIPIENT = frozenset({"into", "in", "to"})


# Participles of where people of a place work or live ("Kenyans living in the United States").
_RESIDING = frozenset({"working", "living", "employed", "residing", "settled"})
# "sent home", "sending back": the verbs and adverbs of money workers send to their home country
_SENDING = frozenset({"sent", "send", "sends", "sending", "remitted"})
_HOMEWARD = frozenset({"home", "back"})


class SubjectRules(MetricRules):
    """The subject of a value: the place or organization that owns its metric."""

    def __init__(self, doc: Doc, finder: FactFinder, anchor: date | None) -> None:
        super().__init__(doc, finder, anchor)
        self.not_owners = self._not_owners()
        self.main_subject = self._main_subject()
        self.main_place = self._most_named("GPE") or self._only_named("GPE")
        # the countries of the headline's nationalities, read once (also by _main_country)
        self.headline_countries = self._headline_countries()
        told = self.headline_countries
        if (
            told
            and self.main_place is not None
            and _bare(self.fullest(self.main_place)) in country_names()
            and _bare(self.fullest(self.main_place)) not in told
        ):
            self.main_place = None  # "Philippine remittances rise ... The United States ..."
        self.main_company = self._most_named("ORG") or self._first_named("ORG")

    def _maturity_yield(self, value: _Value) -> bool:
        """ "the two-year yield dropped 12 basis points": the market yield of a maturity, a
        quote of no one's (the yield a bond was sold at is its issuer's)."""
        if value.metric is None or value.metric_cls != "rate":
            return False
        start, end = value.metric
        if not _YIELD_WORD.search(self.text[start:end]):
            return False
        return _MATURITY.search(self.text[max(0, start - 12) : end]) is not None

    def _not_owners(self) -> set[int]:
        """Token starts of ORG/GPE mentions that cannot own a quantity: sources ("according to
        the bureau", "the ministry said"), datelines ("NANJING, Jan. 23"), "Austin-based", and
        a place before another ("east China's Jiangsu Province")."""
        doc, out = self.doc, set()
        for cue in self.cues:
            if cue.rule.category == "source":
                # the source is named in the cue's own sentence ("..., the bureau said. Xiamen's")
                stop = min(cue.end + cue.rule.scope + 1, self.sentence_of(cue.start).end)
                for ent in self.subject_index.between(cue.end, stop):
                    between = self.lowers[cue.end : ent.start]
                    if not self.finder.terminators.isdisjoint(between) or (
                        self.lowers[cue.start] in ("said", "says", "told")
                        and not _CLAUSE_OPENERS.isdisjoint(between)
                    ):
                        # "the company said on Friday, while rival Norvik posted ...", "said its
                        # unit Jaguar Land Rover posted": a name past a conjunction or inside
                        # the clause said opens what is said, it is no source
                        break
                    # "said bank lending in Indonesia could grow": where the figure is, after
                    # the quantity a verb of saying reports, no source
                    said = self.lowers[cue.start] in ("said", "says", "told")
                    if not self._owns_what_follows(ent) and not (
                        said and self.lowers[ent.start - 1] == "in"
                    ):
                        out.add(ent.start)
                    break
        for ent in self.subjects:
            after = self.lowers[ent.end : ent.end + 3]
            line_start = ent.start_char == 0 or self.text[ent.start_char - 1] == "\n"
            # "NANJING, Jan. 23": the date right after the comma ("Rio Tinto, its main rival,
            # last month posted ..." opens a sentence, no dateline)
            dated = ent.end + 1 < len(doc) and self.ent_types[ent.end + 1] == "DATE"
            if (
                self._reports(ent)
                or self._in_byline(ent)
                or (after[:1] and after[0] in ("said", "says", "told") and ent.label_ != "ORG")
                or (
                    line_start
                    and after[:1] == [","]
                    and ((ent.text.isupper() and ent.label_ == "GPE") or dated)
                )
                or (line_start and ent.text.isupper() and after[:1] in _DATELINE_DASHES)
                # "RIYADH: The kingdom's ...", "KUALA LUMPUR (Nov 13): ...": a dateline
                # closed by a colon, or by the filing date in brackets ("UAE: ..." may head a
                # line of its own, so a short abbreviation is no city)
                or (
                    line_start
                    and ent.label_ == "GPE"
                    and ent.text.isupper()
                    and after[:1] in ([":"], ["("])
                    and max(len(word) for word in ent.text.split()) > 3
                )
                # "AMSTERDAM/NEW YORK, Sept 9 (Reuters) -": a dateline of two cities
                or (ent.text.isupper() and line_start and after[:1] == ["/"])
                or (ent.text.isupper() and ent.start > 0 and self.words[ent.start - 1] == "/")
                # "HANGZHOU, China, Nov 25 (Reuters) -": the country or state after the city
                or self._dateline_region(ent)
                # "Harbin - Heilongjiang Province's ...", "Xiangyang, Hubei - The ...", "Mumbai:
                # Tata Steel's ...": a dateline in title case, no date, on the lede's line
                or self._lede_dateline(ent)
                # "Services inflation, watched closely by the BoE, dipped to 4.7%"
                or self._aside_agent(ent)
                or (
                    line_start
                    and after[:1] == ["("]
                    and self.doc[ent.end + 1 : ent.end + 2].text in self.finder.news_sources
                )
                or after[:2] in _SEAT_WORDS
                or (ent.label_ == "GPE" and self._based_place(ent.start))
                # "SoftBank-backed Quenta Pay", "the Alibaba-owned platform": the backer
                or (
                    ent.label_ == "ORG"
                    and after[:1] == ["-"]
                    and after[1:2] != []
                    and after[1] in fact_words("backer_participle")
                )
                # "The Ningde, Fujian province-based company": the city before its province
                or (after[:1] == [","] and self._based_place(ent.end + 1))
                or (
                    after[:1] in (["'s"], ["\u2019s"])
                    and ent.end + 1 < len(doc)
                    and self.ent_types[ent.end + 1] == "GPE"
                    and ent.label_ == "GPE"
                )
                or self._describes_company(ent)
                # "the LSEG SmartEstimate of", "a FactSet consensus": who estimates
                or (after[:1] and after[0] in fact_words("subject_estimate_noun"))
                # "Moody's analyst Anushka Shah said ...": the speaker's employer
                or (ent.label_ == "ORG" and after[:1] and after[0] in fact_words("subject_analyst"))
                or self._place_of_a_unit(ent)
                or self._place_of_work(ent)
                or self._example_of(ent)
                # "In U.S. dollar terms, exports climbed": the currency's country
                or (
                    ent.label_ == "GPE"
                    and after[:1]
                    and after[0] in fact_words("currency_after_place")
                )
            ):
                out.add(ent.start)
        # a name inside a quote's instrument ("the S&P/ASX 200", "the main Jakarta share index")
        # names the market, and a market quote belongs to no one
        for metric in self.metrics:
            if metric.cls == "instrument":
                # "Hang Seng Bank", "S&P Global": a company's name that goes on past the
                # instrument's is the company's
                out.update(
                    ent.start
                    for ent in self.subject_index.between(metric.start, metric.end)
                    if ent.end <= metric.end
                )
        # "the Czech Statistical Office (CZSO) said": the short name in brackets after a name
        # that owns nothing owns nothing either, wherever the text repeats it
        ends = {ent.end: ent.start for ent in self.subjects}
        short = {
            ent.text
            for ent in self.subjects
            if ent.start >= 2
            and self.lowers[ent.start - 1] == "("
            and ends.get(ent.start - 1) in out
            and ent.text.isupper()
        }
        out.update(ent.start for ent in self.subjects if ent.text in short)
        return out

    def _place_of_work(self, ent: Span) -> bool:
        """A place where the senders of an inflow work or live ("remittances from Egyptians
        working in Saudi Arabia"): the inflow is their home country's, not the place's."""
        i = ent.start - (2 if self.lowers[ent.start - 1 : ent.start] == ["the"] else 1)
        if i < 2 or self.lowers[i] != "in" or self.lowers[i - 1] not in _RESIDING:
            return False
        inflows = fact_words("subject_inflow")
        window = self.lowers[max(0, i - 6) : i - 1]
        if not inflows.isdisjoint(window):
            return True
        # "money sent home by Filipinos working in Japan": what workers send home is an inflow
        return any(w in _SENDING and window[k + 1] in _HOMEWARD for k, w in enumerate(window[:-1]))

    def _example_of(self, ent: Span) -> bool:
        """A name given as an example of a group the sentence counts as a whole: "Cornerstone
        investors, including Hunan Xiangjiang Group and a Singapore fund, have agreed to
        subscribe for US$120 million of shares": the group's amount, not that name's."""
        examples, i = fact_words("subject_example"), ent.start - 1
        floor = max(0, ent.start - 10)  # a short list of a few names, not a scan
        # back over the list before the name: "including X and a Singapore sovereign fund"
        while (
            i > floor
            and self.lowers[i] not in examples
            and (
                self.lowers[i] in ("and", ",", "a", "an", "the")
                or self.ent_types[i]
                or self.plain(i)
            )
        ):
            i -= 1
        if i < 2 or self.lowers[i] not in examples:
            return False
        return self.lowers[i - 1] == "," and self.lowers[i - 2] in fact_words("subject_group")

    def _aside_agent(self, ent: Span) -> bool:
        """Whether ``ent`` is the agent of a participle of watching or compiling in an aside
        set off by commas ("inflation, watched closely by the BoE, dipped"; "the index,
        compiled by Caixin, rose"): it describes the quantity and owns none."""
        doc, lowers = self.doc, self.lowers
        marks = (",", "-", "\u2013", "\u2014")  # or dashes: "inflation - watched by the BoE -"
        if ent.end >= len(doc) or self.words[ent.end] not in marks:
            return False
        i = ent.start - 1
        if i >= 0 and lowers[i] == "the":
            i -= 1
        if i < 2 or lowers[i] != "by":
            return False
        observers = fact_words("aside_observer")
        for j in range(i - 1, max(0, i - 4), -1):
            if lowers[j] in observers:
                return j > 0 and self.words[j - 1] == self.words[ent.end]
            if not self.alpha[j]:
                return False
        return False

    def _dateline_region(self, ent: Span) -> bool:
        """Whether ``ent`` is the region a dateline adds after its city ("HANGZHOU, China, Nov
        25", "AUSTIN, Texas -"): after a capitalized city that opens a line and a comma, and
        before the date, a dash or the agency's name."""
        doc = self.doc
        if ent.label_ != "GPE" or ent.start < 2 or doc[ent.start - 1].text != ",":
            return False
        city = next(
            (
                e
                for e in self.subject_index.between(ent.start - 6, ent.start - 1)
                if e.end == ent.start - 1
            ),
            None,
        )
        if city is None or not city.text.isupper():
            return False
        if city.start_char > 0 and self.text[city.start_char - 1] != "\n":
            return False
        after = doc[ent.end : ent.end + 2]
        return len(after) > 0 and (
            [after[0].text] in _DATELINE_DASHES
            or after[0].text == "("
            or (after[0].text == "," and len(after) > 1 and after[1].ent_type_ == "DATE")
        )

    def _lede_dateline(self, ent: Span) -> bool:
        """Whether ``ent`` is a dateline's place written in title case with no date: the place
        (or the place and its region after a comma) opening the first line under the headline
        and its byline, closed by a dash or a colon ("Harbin - ...", "Xiangyang, Hubei - ...",
        "Mumbai: ..."). A dash that an aside closes again in the sentence ("Vietnam - the
        region's fastest-growing economy - grew 7%") opens no lede."""
        doc = self.doc
        if ent.label_ != "GPE":
            return False
        first = ent
        if ent.start >= 2 and doc[ent.start - 1].text == ",":
            first = next(
                (
                    e
                    for e in self.subject_index.between(ent.start - 6, ent.start - 1)
                    if e.end == ent.start - 1 and e.label_ == "GPE"
                ),
                ent,
            )
            if first is ent:
                return False
        line_start = self.line_of(first.start_char)[0]
        if line_start != first.start_char or line_start == 0 or line_start > HEAD_CHARS:
            return False
        lines = [line for line in self.text[:line_start].split("\n") if line.strip()]
        if not all(_BYLINE.search(line) for line in lines[1:]):
            return False
        end = ent.end
        if end < len(doc) and doc[end].text == "," and first is ent:
            region = next(iter(self.subject_index.between(end + 1, end + 2)), None)
            if region is None or region.label_ != "GPE" or region.start != end + 1:
                return False
            end = region.end
        if end >= len(doc):
            return False
        closer = doc[end].text
        if closer == ":":
            return True
        if [closer] not in _DATELINE_DASHES:
            return False
        sentence = self.sentence_of(end)
        # a spaced dash, not a hyphen inside a word ("High-tech")
        return not any(
            doc[i].text == closer and doc[i - 1].whitespace_ and doc[i].whitespace_
            for i in range(end + 1, sentence.end)
        )

    def _dateline_date(self, ent: Span) -> bool:
        """Whether the DATE ``ent`` is a dateline's ("HANGZHOU, China, Nov 25, 2025 (Reuters)
        -", "LONDON, March 5 -"): after a capitalized place that opens a line (and its region)
        and a comma, before the agency's name or a dash."""
        doc = self.doc
        if ent.start < 2 or doc[ent.start - 1].text != "," or ent.end >= len(doc):
            return False
        if doc[ent.end].text != "(" and [doc[ent.end].text] not in _DATELINE_DASHES:
            return False
        place = next(
            (
                e
                for e in self.subject_index.between(ent.start - 8, ent.start - 1)
                if e.end == ent.start - 1
            ),
            None,
        )
        if place is not None and self._dateline_region(place):
            place = next(
                (
                    e
                    for e in self.subject_index.between(place.start - 6, place.start - 1)
                    if e.end == place.start - 1
                ),
                None,
            )
        return (
            place is not None
            and place.text.isupper()
            and (place.start_char == 0 or self.text[place.start_char - 1] == "\n")
        )

    def _place_of_a_unit(self, ent: Span) -> bool:
        """A place that says which unit of an owner is meant: "the bank's U.S. commercial
        lending unit", "its China business". The owner is the possessor, not the place."""
        i = ent.start - 1
        if ent.label_ != "GPE" or i < 1:
            return False
        if self.lowers[i] in ("its", "their"):
            return True
        if self.lowers[i] == "in":
            # "its order backlog in Saudi Arabia", "their sales in China": where the
            # possessor's quantity is, not whose (a quantity: "its regional headquarters in
            # Haikou" is where it is set up)
            j = i - 1
            while j > max(0, i - 5) and self.plain(j):
                j -= 1
            return (
                j < i - 1
                and self.lowers[j] in ("its", "their")
                and any(m.end == i for m in self.metric_index.between(j + 1, i))
            )
        return self.words[i] in ("'s", "\u2019s") and not self.ent_types[i - 1]

    def _owns_what_follows(self, ent: Span) -> bool:
        """ "..., said the RBA's decision to lower the cash rate": a name in the possessive
        after a source cue owns the thing after it, unless that is a person ("said ING's chief
        economist")."""
        doc, i = self.doc, ent.end
        if i + 1 >= len(doc) or self.words[i] not in ("'s", "\u2019s"):
            return False
        return not any(
            t.lower_ in self.finder.person_roles or t.ent_type_ == "PERSON"
            for t in doc[i + 1 : i + 4]
        )

    def _based_place(self, start: int) -> bool:
        """Whether a place that starts at token ``start`` is a company's seat: "Fujian
        province-based", "Ohio-headquartered"."""
        found = self.subject_index.between(start, start + 1)
        if not found or found[0].label_ != "GPE":
            return False
        end = found[0].end
        if end < len(self.doc) and self.lowers[end] in _designators():
            end += 1  # "province" after "Fujian"
        return self.lowers[end : end + 2] in _SEAT_WORDS

    def _describes_company(self, ent: Span) -> bool:
        """A place that says where a company is from: "Germany's Rheinberg Chemie", "U.S.
        private equity firm Harbor Ridge Partners", "Hong Kong developer Harbourfront"."""
        doc = self.doc
        if ent.label_ == "ORG":
            return self._possessor_of_company(ent)
        if ent.label_ != "GPE":
            return False
        i = ent.end
        if i < len(doc) and doc[i].text in ("'s", "\u2019s"):
            i += 1
            if self._possessor_of_company(ent):
                return True  # "Brazil's state-run oil company Petrobras"
        else:
            while i < min(len(doc), ent.end + 4) and doc[i].is_lower and self.plain(i):
                # "Xinjiang polysilicon maker reports ...": a company the sentence leaves unnamed
                if self.finder.owner_refers.get(self.lowers[i]) in ("ORG", "Bank"):
                    return True
                i += 1
        if i >= len(doc) or doc[i].ent_type_ != "ORG" or doc[i].ent_iob_ != "B":
            return False
        company = next(iter(self.subject_index.between(i, i + 1)), None)
        return company is not None and not self._reports(company)

    def _possessor_of_company(self, ent: Span) -> bool:
        """A name in the possessive before a company's noun and the company's name, which it
        only describes: "Apple Inc's biggest supplier Foxconn", "Alibaba's rival Ele.me",
        "Brazil's state-run oil company Petrobras" (the company owns its figures)."""
        doc, i = self.doc, ent.end
        if i >= len(doc) or self.words[i] not in ("'s", "\u2019s"):
            return False
        noun = False
        i += 1
        while i < min(len(doc), ent.end + 8) and (doc[i].is_lower or self.words[i] == "-"):
            noun = self.lowers[i] in self.finder.company_nouns
            i += 1
        if not noun or i >= len(doc) or self.ent_types[i] != "ORG" or doc[i].ent_iob_ != "B":
            return False
        company = next(iter(self.subject_index.between(i, i + 1)), None)
        return company is not None and not self._reports(company)

    def _in_byline(self, ent: Span) -> bool:
        """Whether a mention stands on a byline or source line of the article's head (not the
        headline): "By Yang Cheng in Tianjin | China Daily | Updated: 2023-12-21"."""
        line_start = self.line_of(ent.start_char)[0]
        if line_start == 0 or line_start > HEAD_CHARS:
            return False
        line = self.text[line_start : self.line_of(ent.end_char)[1]]
        # "ISTANBUL" alone on its line under the byline: a dateline
        return _BYLINE.search(line) is not None or (line.strip() == ent.text and ent.text.isupper())

    def _reports(self, ent: Span) -> bool:
        """Whether an ORG reports others' figures and owns none: a statistics office, a ministry,
        a bureau ("the bureau said", "GUS said"); a company that speaks owns what it speaks of."""
        words = self.fullest(ent).split()
        if ent.label_ != "ORG" or not any(w in self.finder.source_bodies for w in words):
            return False
        if words[-1] in self.finder.legal_forms:
            return False  # "Sinopec Oilfield Service Corporation posted": a company's own
        after = self.lowers[ent.end : ent.end + 3]
        if after[:1] in (["'s"], ["\u2019s"]) and fact_words("subject_report_noun").isdisjoint(
            after[1:]
        ):
            # "Turnover on the Tokyo Stock Exchange's prime market": a thing of its own, not
            # its data ("the bureau's data showed")
            return False
        # "The Provincial Department of Finance spent 86.4 billion yuan", "Japan's Ministry of
        # Finance is widely believed to have spent ...": it owns what it spends
        acts = fact_words("quantity_verb") | fact_words("allocation")
        stop = min(len(self.doc), ent.end + 7, self.sentence_of(ent.start).end)
        for i in range(ent.end, stop):
            if self.lowers[i] in fact_words("subject_report_verb"):
                break  # "the department said spending reached ...": what it reports
            if self.lowers[i] in acts:
                return False
            if self.lowers[i] in (",", ";", ":") or self.ent_types[i] in VALUE_LABELS:
                break
        # "Borrowing by the Treasury and Finance Ministry totaled ...": the doer of an act
        i = ent.start - (2 if ent.start > 1 and self.lowers[ent.start - 1] == "the" else 1)
        return not (
            i > 0 and self.lowers[i] == "by" and self.lowers[i - 1] in fact_words("subject_act")
        )

    def _owners(self, sentence: Span) -> list[Span]:
        return [
            e
            for e in self.subject_index.between(sentence.start, sentence.end)
            if e.end <= sentence.end and e.start not in self.not_owners
        ]

    def _main_subject(self) -> Span | None:
        """The article's main subject: the owner it names most often (a short form counting
        for its full name), the earliest on a tie; only owners of the headline and the lede
        compete."""
        head = self.sents[:4]
        # "Euro zone economy grows 0.4% ... | Germany, the bloc's largest economy, ...": an
        # owner first named past the paragraph of the text's first figure came too late
        first = next((v for v in self.values if v.start_char > self.text.find("\n")), None)
        last = self.blank_line_after(first.end_char) if first is not None else len(self.text)
        candidates = [
            e
            for sentence in head
            for e in self._owners(sentence)
            if not self._adjunct(e, sentence) and not self._locator(e) and e.start_char < last
        ]
        if not candidates:
            return None
        names = [
            e
            for e in self.subjects
            if e.start not in self.not_owners and not self._adjunct(e, self.sentence_of(e.start))
        ]

        def mentions(ent: Span) -> int:
            full = _bare(self.fullest(ent))
            return sum(
                1
                for other in names
                if _bare(other.text) in full or _bare(self.fullest(other)) == full
            )

        # A headline that opens with a company noun ("Automaker starts production at ...",
        # "Lender posts record profit") is about the first such company the lede names.
        kind = self.finder.owner_refers.get(self.lowers[0])
        if kind in ("ORG", "Bank"):
            company = next((e for e in candidates if self._owner_kind(e) == kind), None)
            if company is not None:
                return company
        # The headline's opening name is what it is about ("Kurobe Precision lifts profit
        # outlook as weak yen offsets BOJ exit"), when the body names it again.
        opener = candidates[0]
        headline = self.line_of(opener.start_char)[0] == 0
        if opener.start <= 1 and headline and mentions(opener) >= 2:
            return opener
        # "the county", "the company" name it too: Xiuwen County named once and called "the
        # county" five times is more the subject than Guizhou Province named three times
        referred = self._referred()
        return max(
            candidates, key=lambda e: (mentions(e) + referred[self._owner_kind(e)], -e.start)
        )

    def _locator(self, ent: Span) -> bool:
        """A place that locates a smaller one the text does not name yet: "Jiangxi county signs
        projects" (a county in Jiangxi Province), "Zhejiang town" (a lower-case designator of
        another kind than the place's own)."""
        if ent.label_ != "GPE" or ent.end >= len(self.doc) or not self.doc[ent.end].is_lower:
            return False
        refers = self.finder.owner_refers.get(self.lowers[ent.end])
        own = self._owner_kind(ent)
        return (
            refers is not None
            and refers not in ("ORG", "Bank", "country")
            and own not in ("city", "country")
            and refers != own
        )

    def _adjunct(self, ent: Span, sentence: Span) -> bool:
        """A mention after a preposition ("in Dublin", "to the US") but at a sentence's start."""
        i = ent.start - 1
        if (
            i > sentence.start + 1
            and self.lowers[i] in ("'s", "\u2019s")
            and self.ent_types[i - 1] == "GPE"
        ):
            i -= 1  # "in east China's Jiangxi Province": past the country that locates it
            while i > sentence.start and self.doc[i].ent_iob_ == "I":
                i -= 1
            i -= 1
        if i > sentence.start and self.lowers[i] in fact_words("compass"):
            i -= 1  # "in southern Jiangxi"
        if i > sentence.start and self.lowers[i] == "the":
            i -= 1  # "to the US"
        return i > sentence.start and self.lowers[i] in fact_words("adjunct")

    def _subject(self, value: _Value, previous: _Value | None) -> None:
        if value.metric_cls == "instrument" or self._maturity_yield(value):
            value.how.append("subject.instrument")
            return
        span, clause = value.span, value.clause
        owners = [
            e
            for e in self._owners(value.sentence)
            if clause[0] <= e.start
            and e.end <= clause[1]
            and not self._partner(e)
            # "In Hangzhou, where developer Greentown China is based, home prices fell"
            and not (e.end <= span.start and self._in_relative_clause(e, span.start))
            # "its ice cream business, which includes brands such as Magnum and Ben & Jerry's,
            # had turnover of": a name inside an aside on a thing, closed before the value ("Li
            # Jun, who runs a workshop in Xuchang, said" is a person's: the place is his)
            and not (
                e.end <= span.start and self._aside_opening(e, span.start, 15) in _THING_RELATIVES
            )
        ]
        market_at = self._possessed_market(value) if owners else None
        if market_at is not None:
            # "The company's sales in India grew 9%": a market of the company's, not whose;
            # "the company" stands for the owner
            owners = [e for e in owners if e.start != market_at]
        if "metric.traded_asset" in value.how and value.metric is not None:
            # "sold its tower in Manhattan to Brennock Partners for $310 million": the place and
            # the buyer between the asset and its price own neither; the seller does
            asset_end = value.metric[1]
            owners = [e for e in owners if not asset_end <= e.start_char < span.start_char]
        rated = self._price_target(value)
        if rated:
            # "Goldman Sachs cut its price target on the stock to $31": the broker that sets
            # the target owns nothing ("its" is the broker's); the stock's company is in view
            start = value.metric[0] if value.metric is not None else span.start_char
            owners = [e for e in owners if e.label_ != "ORG" or e.end_char > start]
        segment = (
            previous.span.end if previous is not None and previous.clause == clause else clause[0]
        )
        # after a value of the same clause, a place named after a preposition and closed by a
        # comma is where that value was ("rose 4.2% to EUR 38.10 in Frankfurt, giving it a
        # market value of ..."); "and a data centre in Yubei District will cost" is the owner
        after_value = [
            e
            for e in owners
            if segment == clause[0]
            or e.start < segment
            or not self._adjunct(e, value.sentence)
            or "," not in self.text[e.end_char : span.start_char]
        ]
        if self._joint_deal(value):
            # "The $3 billion merger of Tarrow Bank and Linnell Bank": a deal of two companies
            # is neither's alone
            value.how.append("subject.joint_deal")
            value.subject = None
            return
        if self._shared_by_several(owners, segment, span.start) or self._joint_move(
            value, owners, segment
        ):
            value.how.append("subject.shared")
            # "China Mobile, China Telecom and China Unicom together invested 38 billion yuan
            # in networks in the province": several companies' spending is the place's
            value.subject = self._place_invested_in(value, owners)
            return
        chosen = (
            self._moving_owner(value, owners)
            or self._place_anaphor_possessor(value)
            or self._central_bank_possessor(value)
            or self._possessor_of_value(value, owners)
            or self._fined_owner(value, owners)
            or self._rated_company(value)
            or self._relative_subject(value, owners)
            or self._apposed_owner(value)
            or self._valued_by_noun(value, owners)
            or self._respective_owner(value, owners)
            or self._compared_at(value)
            or self._elliptic_owner(owners, segment, span.start)
            or self._owner_right_before(owners, segment, span.start)
            or self._owner_of_metric(owners, value)
            or self._subject_part(after_value, segment, span.start)
            or self._subject_part(owners, clause[0], span.start)
            or self._owner_of_whole(value)
            or self._place_of_an_unnamed(owners, segment, span.start)
        )
        if (
            chosen is not None
            and previous is not None
            and previous.subject is not None
            and previous.subject.label_ == "ORG"
            and "metric.previous_sentence" in value.how
            and self._opening_place(chosen, value.sentence)
        ):
            # "Global vehicle sales climbed 9 percent ... In China, however, they fell 21
            # percent": the company's quantity in a market, not the market's
            chosen = previous.subject
        if chosen is not None and self._joined_places(chosen):
            # "Residential plots in Jinan and Qingdao fetched ...": the figure of two places is
            # neither's; the owner in view (their province) has it
            chosen = None
            value.how.append("subject.joined_places")
        if value.kind == "share" and chosen is not None and chosen.start > span.start:
            # "Xinjiang produced 40 percent of China's polysilicon": China owns the whole; "The
            # company paid 18 billion yuan in taxes, about 40 percent of Yibin's fiscal
            # revenue": the part's owner a definite noun before the value stands for
            chosen = (
                self._subject_part(owners, segment, span.start)
                or self._part_anaphor(value, chosen)
                or chosen
            )
        market = False
        if value.metric_cls == "shares" and chosen is not None and chosen.label_ != "ORG":
            # "Hong Kong shares slipped 0.1%": a market's shares, no company's
            market = value.metric is not None and chosen.end_char + 1 == value.metric[0]
            chosen = None
        if chosen is not None and self._organ(chosen):
            chosen = self._institution()
        if chosen is not None and (state := self._treasury_state(chosen)) is not None:
            chosen = state  # "Italy's Treasury sold 3 billion euros of bonds": Italy's debt
        if chosen is not None and (borrower := self._borrower(value, chosen)) is not None:
            chosen = borrower  # "the IMF approved a $1.2 billion disbursement to Pakistan"
            value.how.append("subject.borrower")
        if chosen is not None and (bank := self._country_bank(value, chosen)) is not None:
            chosen = bank  # "Sweden's central bank cut its policy rate": the Riksbank
            value.how.append("subject.country_bank")
        if (
            chosen is not None
            and value.phrase is not None
            and value.phrase.scope == "macro"
            and self._is_central_bank(chosen)
        ):
            # "Inflation by the Fed's preferred measure rose 2.6%": the bank sets rates, the
            # economy it watches is its country's
            chosen = self._home_place(chosen)
        elif chosen is not None and self._bank_reports(value, chosen):
            # "Bank Negara Malaysia said the services sector grew 5.0%": the bank reports its
            # economy's figure; the economy owns it
            chosen = self._home_place(chosen)
            value.how.append("subject.bank_reports")
        paragraph = self.paragraph(span.start)
        national = self._national(value, chosen)
        if national is not None:
            chosen = national
            value.how.append("subject.national")
        elif market:
            value.how.append("subject.market")
        elif chosen is None and (country := self._country_of_metric(value)) is not None:
            # "French consumer prices" in a story that never names France: France's, so no
            # other place's, and no mention to point at
            chosen = country[0]
            value.how.append("subject.demonym")
        elif chosen is None and (named := self._reporter_country(value)) is not None:
            # "Consumer inflation quickened to 5.6%, Statistics South Africa said"
            chosen = named
            value.how.append("subject.reporter_country")
        elif chosen is None and not rated and (named := self._pronoun_owner(value)) is not None:
            chosen = self._forecaster(value, named)
            value.how.append("subject.pronoun")
        elif chosen is None and not rated and (named := self._anaphor(value)) is not None:
            chosen = self._forecaster(value, named)
            value.how.append("subject.anaphor")
        elif chosen is None and not rated and (named := self._its_owner(value)) is not None:
            chosen = named
            value.how.append("subject.its")
        elif chosen is None and not rated and (named := self._speakers_company(value)) is not None:
            chosen = named
            value.how.append("subject.speaker")
        elif (
            chosen is None
            and not rated
            and (named := self._sentence_owner(value, previous)) is not None
        ):
            chosen = named
            value.how.append("subject.same_sentence")
        elif chosen is None:
            at, inherited = self.paragraph_subject
            here = at == paragraph and inherited is not None
            if not here and inherited is not None and self._quote_goes_on(paragraph, at, inherited):
                # 'In Suihua, ... Wang Qingshan, who runs a cooperative, said ... / "Each member
                # household took home about 65,000 yuan," Wang said.': the quote speaks for the
                # owner of the paragraph that introduced its speaker
                here = True
                value.how.append("subject.quote_goes_on")
            chosen = inherited if here else self.main_subject
            if not (here and self._facility_speaks(value)):
                # "... signed an agreement on a smart factory project. The plant is expected to
                # generate annual output value of 5 billion yuan": the plant is the owner's
                # just named, a company's or a place's, whatever its quantity
                chosen = self._by_scope(value, chosen)
            sector = (
                self._sector_country(value)
                if chosen is not None and chosen.label_ == "ORG"
                else None
            )
            if sector is not None:
                # "Indian issuers have sold ...", "Philippine banks' loans rose 10% ... Harlow
                # Bank said": the firms of a nationality are its country's, named or not, never
                # the company's named before
                chosen = sector[0]
            elif chosen is not None and chosen.label_ == "ORG" and self._sector_speaks(value):
                # "The core industries of the digital economy generated revenue of ...": a
                # sector is a part of the place, not of the company named before
                chosen = self.main_place or chosen
            if (
                chosen is not None
                and chosen.label_ == "ORG"
                and (reporter := self._reporter(value)) is not None
            ):
                # "Data from the Energy Information Administration showed retail gasoline prices
                # averaged ...": an agency's figure is the economy's, not the company's in view;
                # an international body's, the world's ("according to the IEA")
                words = self.fullest(reporter).split()
                world = any(w in fact_words("subject_international") for w in words)
                chosen = None if world else self.main_place or self.main_country
                value.how.append("subject.reported")
            if chosen is not None and chosen.label_ == "ORG" and self._government_speaks(value):
                # "Finance Minister Sri Mulyani Indrawati has put this year's energy subsidy
                # bill at ...": the government's figure is the country's
                chosen = self.main_country or chosen
            if chosen is not None and chosen.label_ == "ORG" and self._unnamed_country(value):
                # "The country's money supply grew 7.1 percent" where the text never names the
                # country: no company's, whatever it names later
                chosen = None
                value.how.append("subject.unnamed_country")
            if chosen is not None and self._market_price(value):
                chosen = None
                value.how.append("subject.market_price")
            if chosen is not None and self._investors_speak(value) and not self._of_shares(value):
                # "Foreign investors had pulled in excess of $2 billion from local bonds": the
                # market's flows, no company's or bank's (the shares investors subscribe for
                # are the issuer's)
                chosen = None
                value.how.append("subject.investors")
            if chosen is not None and self._several_unnamed(value):
                # "The two cities together accounted for 45.3 pct of the provincial total"
                chosen = None
                value.how.append("subject.shared")
            if chosen is not None and self._watched_by_bank(value, chosen):
                # "..., giving the ECB little reason to act. Energy prices fell 0.4%": a
                # central bank watches the prices it names no target for; they are its home's
                chosen = self._home_place(chosen)
            value.how.append("subject.inherited")
        else:
            value.how.append("subject.sentence")
        if (economy := self._economy_owner(value, chosen)) is not None:
            chosen = economy[0]
            value.how.append("subject.economy")
        if "metric.stock_move" not in value.how:
            # "The KOSPI rose 2.8%, led by SK Hynix, which surged 10%. Foreign investors
            # bought ...": a company whose stock moves in a market report owns its move only
            self.paragraph_subject = (paragraph, chosen)
        if value.how[-1] != "subject.sentence":
            chosen = self._central_bank_scope(value, chosen)
        value.subject = chosen

    def _moving_owner(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "Alibaba Group fell 2.1%, and Tencent Holdings slipped 1%", "led by SK Hynix, which
        surged 10%": the company whose stock moves by the value owns the move, not another
        company of the sentence."""
        if "metric.stock_move" not in value.how:
            return None
        first = self.moving_company(value)
        return next((e for e in owners if e.start == first), None)

    def _part_anaphor(self, value: _Value, whole: Span) -> Span | None:
        """The owner a definite noun before a share stands for ("The company paid ..., about
        40 percent of Yibin's fiscal revenue"), when it is not the whole's owner itself."""
        named = self._anaphor(value)
        if (
            named is None
            or named.start > value.span.start
            or _bare(self.fullest(named)) == _bare(self.fullest(whole))
        ):
            return None
        return named

    def _place_anaphor_possessor(self, value: _Value) -> Span | None:
        """ "Boluo County in Huizhou ... grew 6.2 percent, higher than the city's average of
        4.8 percent": a place noun in the possessive right before the metric ("the city's",
        "the region's") stands for the place it names, even where the sentence names another
        owner first; "the country's" is the article's country ("The Bank of Thailand said the
        country's foreign reserves rose": Thailand's, not the bank's)."""
        if value.metric is None:
            return None
        before = _PLACE_POSSESSIVE.search(self.text, value.sentence.start_char, value.metric[0])
        if before is None and value.metric[1] <= value.span.start_char:
            # "ahead of the city's 4.7 percent": the possessive stands before the value itself
            before = _PLACE_POSSESSIVE.search(self.text, value.metric[1], value.span.start_char)
        if before is None:
            return self._place_adjective_owner(value)
        if any(
            e.start_char >= value.metric[1] and self.lowers[e.end] in ("'s", "\u2019s")
            for e in self.subject_index.between(value.sentence.start, value.span.start)
        ):
            # "The county's retail sales rose 5.1 percent, while Huzhou's grew 4.8 percent": a
            # name's possessive nearer the value owns it
            return None
        what = self.finder.owner_refers.get(before.group(1).lower())
        if what is None or what in ("ORG", "Bank", "-"):
            return None
        return self._anaphor(value)

    def _central_bank_possessor(self, value: _Value) -> Span | None:
        """ "The central bank's gold holdings rose to $280 billion": "the central bank's" right
        before the metric stands for the central bank the article names most; its own
        holdings are its own."""
        if value.metric is None:
            return None
        before = self.text[max(value.sentence.start_char, value.metric[0] - 30) : value.metric[0]]
        before = before.lower().replace("\u2019", "'")
        if not any(before.endswith(f"the {w}'s ") for w in fact_words("central_bank_noun")):
            return None
        return self._main_central_bank()

    def _place_adjective_owner(self, value: _Value) -> Span | None:
        """ "Xiangyang ... grew 6.1 percent, above the provincial average of 5.8 percent": an
        adjective of a province or city ("provincial", "municipal"), or a place noun ("the city
        average"), opening a metric after "the" stands for the place of that kind."""
        if value.metric is None:
            return None
        words = self.text[value.metric[0] : value.metric[1]].lower().split()
        if len(words) < 2 or self.text[max(0, value.metric[0] - 4) : value.metric[0]] != "the ":
            return None
        if words[0] in fact_words("subject_province_adjective"):
            what = "Province"
        elif words[0] in fact_words("subject_city_adjective"):
            what = "city"
        else:
            what = self.finder.owner_refers.get(words[0], "-")
        if what in ("ORG", "Bank", "-", "country"):
            return None
        return self.place_of_kind(what, what.lower())

    def _quote_goes_on(self, paragraph: int, at: int, inherited: Span) -> bool:
        """Whether the paragraph starting at ``paragraph`` opens with a quotation mark, comes
        right after the one starting at ``at`` and names as its speaker a person that one
        introduced after its owner ``inherited``."""
        if self.text[paragraph : paragraph + 3].lstrip()[:1] not in ('"', "\u201c"):
            return False
        if self.blank_line_before(paragraph - 1) + 1 != at:
            return False
        if paragraph not in self._quote_speakers:  # one look per paragraph, not per value
            # the speaker the quote names ("Wang said") was introduced in the paragraph before
            end = self.text.find("\n\n", paragraph + 1)
            end = len(self.text) if end < 0 else end
            quote = self.doc.char_span(paragraph, end, alignment_mode="contract")
            before = self.doc.char_span(at, paragraph, alignment_mode="contract")
            said = {e[0].text for e in quote.ents if e.label_ == "PERSON"} if quote else set()
            people = [e for e in before.ents if e.label_ == "PERSON"] if before else []
            self._quote_speakers[paragraph] = next(
                (e.start for e in people if not said.isdisjoint(t.text for t in e)), -1
            )
        # the owner named before the speaker is the speaker's ("In Suihua, ... Wang Qingshan
        # said"), one in the speech only what it is about ("Carrington said the RBA's ...")
        return 0 <= inherited.start < self._quote_speakers[paragraph]

    def _watched_by_bank(self, value: _Value, chosen: Span) -> bool:
        """Whether an inherited owner is a central bank and the value a statistic of prices or
        of the economy it reported (no target of the bank's): the bank sets rates and targets,
        it owns no price index."""
        if value.kind == "target" or not self._is_central_bank(chosen):
            return False
        return (
            value.metric_cls == "price"
            or self._economy_figure(value)
            or self._metric_names(value, fact_words("price_word"))
        )

    def _economy_figure(self, value: _Value) -> bool:
        """Whether a value's metric is a statistic of a place's economy: a macro phrase of the
        lexicon, or one inside the metric ("GDP growth")."""
        scope = value.phrase.scope if value.phrase is not None else "any"
        return scope == "macro" or self._metric_names(value, macro_phrases())

    def _forecaster(self, value: _Value, bank: Span) -> Span | None:
        """ "The bank forecast inflation of 5.2% in 2024": a central bank that "the bank" or
        "it" stands for forecasts its economy's figures, it does not own them."""
        if self._economy_figure(value) and self._is_central_bank(bank):
            return self._home_place(bank)
        return bank

    def _metric_names(self, value: _Value, phrases: frozenset[str]) -> bool:
        """Whether a run of the words of ``value``'s metric is one of ``phrases``."""
        if value.metric is None:
            return False
        words = self.text[value.metric[0] : value.metric[1]].lower().split()
        return any(
            " ".join(words[i:j]) in phrases
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        )

    def _market_price(self, value: _Value) -> bool:
        """ "Nickel prices averaged $17,400 per ton": the prices of a traded commodity, where
        the sentence names no owner, are a market quote, no one's (not those of the miner or
        the country the article is about, which would say "its prices")."""
        if value.metric is None:
            return False
        words = self.text[value.metric[0] : value.metric[1]].lower().split()
        goods = _traded_goods()
        if words and words[-1] in fact_words("subject_market"):
            # the good is a traded commodity ("nickel", "iron ore", "polysilicon")
            return self._metric_names(value, goods)
        # "Butter sold for US$6,300", "Whole milk powder fetched an average of US$3,410 a
        # tonne": the good itself, priced by a verb of selling
        return "metric.priced" in value.how and " ".join(words) in goods

    def _economy_owner(self, value: _Value, chosen: Span | None) -> tuple[Span | None] | None:
        """A whole economy's figure owned by a company or a forecaster: "The IMF sees U.S.
        growth of 2.7%" (the place before the metric's), "Fitch expects the economy to grow
        6%" (the article's country), "the World Bank raised its global growth forecast to 2.6%"
        (no one's), "Goldman raised its gold price forecast to $2,700" (a market's, no one's).
        A world figure is no place's either ("Global inflation is seen easing to 3.5%").
        ``(owner,)`` when the owner changes, None when ``chosen`` stays."""
        if chosen is None or value.metric is None:
            return None
        metric = self.expanded(*value.metric)
        if metric is None:
            return None
        first = metric.start
        before = next(
            (
                e
                for e in self.subject_index.between(max(0, first - 5), first)
                if e.end == first
                or (e.end == first - 1 and self.lowers[e.end] in ("'s", "\u2019s"))
            ),
            None,
        )
        if before is not None and before.start == chosen.start:
            return None  # "the EU's economy", "Vietnam's GDP": its own
        # "developing Asia's economies", "its global growth forecast": a word or two before
        words = self.lowers[max(self.sentence_of(first).start, first - 3) : metric.end]
        if metric.end < value.span.start and self.lowers[metric.end] == "in":
            # "Inflation in the 20 countries sharing the euro eased to 2.2%": where the figure
            # is measured, up to its value
            words = words + self.lowers[metric.end : min(value.span.start, metric.end + 8)]
        world = not fact_words("subject_world").isdisjoint(words)
        demonym = self._country_of_metric(value)  # "Brazilian growth"
        # "the IMF raised its 2024 growth forecast": growth alone, forecast by a public body, a
        # bank or an agency ("Holmvik Motors expects growth of 6%": the company's own)
        bare = (
            value.kind == "target"
            and self.text[value.metric[0] : value.metric[1]].lower() == "growth"
            and not fact_words("subject_forecaster").isdisjoint(
                self.fullest(chosen).lower().split()
            )
        )
        growth = "growth" in words and (before is not None or world or demonym is not None or bare)
        # "expects the deficit to reach 0.6% of GDP": a ratio to an economy's output is its
        after = self.lowers[value.span.end : value.span.end + 2]
        of_gdp = after[:1] == ["of"] and not fact_words("subject_economy").isdisjoint(after[1:])
        economy = growth or of_gdp or self._metric_names(value, fact_words("subject_economy"))
        zone = self.fullest(chosen).lower().split()[-1:]
        if chosen.label_ == "ORG" and not fact_words("subject_zone").isdisjoint(zone):
            return None  # "the Hefei Economic Development Zone achieved a regional GDP of": a place
        if chosen.label_ != "ORG" or self._is_central_bank(chosen):
            # a central bank forecasts its economy's figures and sets its own rates (above)
            if economy and world and before is None:
                return (None,)
            if bare and before is None and self._is_central_bank(chosen):
                # "the central bank kept its growth forecast at 4.7%-5.5%": its economy's
                return (self._home_place(chosen),)
            return None
        if not economy:
            # "its realised copper price": the company's own
            own = first > 0 and self.lowers[first - 1] in ("its", "their", "our")
            return (None,) if before is None and not own and self._market_price(value) else None
        if before is not None:
            return (before,)
        if world:
            return (None,)
        if not fact_words("subject_union").isdisjoint(self.fullest(chosen).lower().split()):
            return None  # "the European Union", "ASEAN": a union of economies has one
        return demonym or (self.main_place or self.main_country,)

    def _its_owner(self, value: _Value) -> Span | None:
        """ "Telia reports on Thursday; analysts expect its revenue to rise 1%": "its" before
        the metric of a clause that names no owner stands for the owner that opens the
        sentence, else the one that opens the sentence before in the paragraph."""
        if (
            value.metric is None
            or self.text[max(0, value.metric[0] - 4) : value.metric[0]] != "its "
        ):
            return None
        sentence = value.sentence
        k = bisect_right(self.sent_starts, sentence.start) - 1
        here = [sentence]
        if k > 0 and self.paragraph(self.sents[k - 1].start) == self.paragraph(sentence.start):
            here.append(self.sents[k - 1])
        for part in here:
            if part.start not in self._openers:  # one look per sentence, not per value
                owners = self.subject_index.between(part.start, part.start + 2)
                self._openers[part.start] = next(
                    (e for e in owners if e.start not in self.not_owners), None
                )
            opener = self._openers[part.start]
            if opener is not None and opener.start < value.span.start:
                return opener
        return None

    def _sentence_owner(self, value: _Value, previous: _Value | None) -> Span | None:
        """ "South Korea's exports fell 7.4% ..., but semiconductor shipments rose 21.8%": a
        clause that names no owner continues the owner an earlier clause of its sentence
        named, before the paragraph's or the article's."""
        if (
            previous is None
            or previous.sentence != value.sentence
            or previous.subject is None
            or not {"subject.sentence", "subject.same_sentence"} & set(previous.how)
        ):
            return None
        scope = value.phrase.scope if value.phrase is not None else "any"
        if scope == "macro" and self._is_central_bank(previous.subject):
            return None  # "The RBI has kept its repo rate ..., and inflation rose": the country's
        if self._market_price(value):
            return None
        return previous.subject

    def _central_bank_scope(self, value: _Value, chosen: Span | None) -> Span | None:
        """A policy rate whose owner the sentence does not name is the central bank's that
        sets it, the one the article names most ("the loan prime rate has been lowered twice"
        in a story on a province's lending: the People's Bank of China)."""
        scope = value.phrase.scope if value.phrase is not None else "any"
        # "the first cut, of 25 basis points": a move of the rate the bank sets
        move = "metric.rate_move" in value.how
        if (scope == "policy" or move) and (bank := self._main_central_bank()) is not None:
            value.how.append("subject.central_bank")
            return bank
        return chosen

    def _country_bank(self, value: _Value, place: Span) -> Span | None:
        """ "China's central bank cut the seven-day reverse repo rate": a rate the place's
        central bank sets is the bank's, by the name the article gives it elsewhere
        (``lexicons/central_banks.tsv`` gives each bank's home)."""
        scope = value.phrase.scope if value.phrase is not None else "any"
        # "Mexico's central bank cuts rate to 10.25%": a rate it sets, no economy's
        rate = value.metric_cls == "rate" and scope != "macro"
        if place.label_ != "GPE" or (
            scope != "policy" and not rate and "metric.rate_move" not in value.how
        ):
            return None
        words = self.lowers[place.end : place.end + 3]
        if words[:1] not in (["'s"], ["\u2019s"]) or " ".join(words[1:]) not in fact_words(
            "central_bank_noun"
        ):
            return None
        if self._banks is None:  # once per document
            self._banks = [e for e in self.subjects if self._is_central_bank(e)]
        name, homes = _bare(self.fullest(place)), dict(named_homes())
        return next(
            (
                e
                for e in self._banks
                if name in homes.get(self.finder.bank_homes.get(self.fullest(e), ""), ())
            ),
            None,
        )

    def _home_place(self, bank: Span) -> Span | None:
        """The place whose economy a central bank's story measures: the article's main place
        when the bank's name gives it as home or gives no home (the Fed); else none (the Swiss
        National Bank's inflation is not Mexico City's, the ECB's not Italy's)."""
        place = self.main_place or self.main_country
        home = self._home(bank)
        if home is None or (place is not None and _bare(self.fullest(place)) in home):
            return place
        named = next(
            (e for e in self.subjects if e.label_ == "GPE" and _bare(self.fullest(e)) in home),
            None,
        )
        if named is not None:
            return named
        # "Reserve Bank of India" as the only mention of India: India's inflation is not the
        # bank's but the country's its name gives (none when a demonym gives it: "Swiss")
        return self._country_in_names(home)

    def _reporter_country(self, value: _Value) -> Span | None:
        """ "Consumer inflation quickened to 5.6% in February, Statistics South Africa said",
        "..., according to the Turkish Statistical Institute": a national statistics office or
        ministry that reports a figure of no named owner reports its country's."""
        ent = self._reporter(value)
        home = self._home(ent) if ent is not None else None
        if not home:
            return None
        named = next(
            (e for e in self.subjects if e.label_ == "GPE" and _bare(self.fullest(e)) in home),
            None,
        )
        return named or self._country_in_names(home)

    def _reporter(self, value: _Value) -> Span | None:
        """The statistics office, ministry or agency a value's sentence cites as its source."""
        sentence = value.sentence
        if sentence.start not in self._reporters:  # one look per sentence, not per value
            self._reporters[sentence.start] = next(
                (
                    e
                    for e in self.subject_index.between(sentence.start, sentence.end)
                    if e.label_ == "ORG" and self._reports(e) and self._speaks(e)
                ),
                None,
            ) or self._body_anaphor(sentence)
        return self._reporters[sentence.start]

    def _body_anaphor(self, sentence: Span) -> Span | None:
        """ "The association expects NEV sales to grow 24 percent": a sentence that opens on
        "the" and a noun of a reporting body stands for the last such body named before it
        ("the China Association of Automobile Manufacturers")."""
        first = sentence.start
        if first + 2 >= sentence.end or self.lowers[first] != "the":
            return None
        noun = self.words[first + 1]
        if not noun.islower() or noun.capitalize() not in self.finder.source_bodies:
            return None
        if self.lowers[first + 2] not in self.finder.verbs:
            return None  # "The service sector grew": a noun phrase of another head
        before = self.subject_index.between(max(0, first - 400), first)
        return next(
            (
                e
                for e in reversed(before)
                if e.label_ == "ORG" and noun.capitalize() in self.fullest(e).split()
            ),
            None,
        )

    def _speaks(self, ent: Span) -> bool:
        """Whether a mention is the source its sentence cites: "Statistics Canada said", "data
        from the ministry", "according to the Turkish Statistical Institute"."""
        if ent.end < len(self.doc) and self.lowers[ent.end] in fact_words("subject_report_verb"):
            return True
        i = ent.start - (2 if ent.start > 1 and self.lowers[ent.start - 1] == "the" else 1)
        return any(
            c.rule.category == "source" and c.end == i + 1
            for c in self.cue_index.between(max(0, i - 3), i + 1)
        )

    def _country_in_names(self, names: frozenset[str]) -> Span | None:
        """The first country of ``names`` that a public body's name spells out: "India" of
        "the Reserve Bank of India", "South Africa" of "Statistics South Africa". A news
        article often names a country only inside the names of its central bank, statistics
        office or exchange; the country is then the owner of its economy's figures. The span
        lies inside the body's mention (``inner_countries`` maps it to that mention)."""
        if self._countries_in_names is None:
            self._countries_in_names = []
            bodies = self.finder.source_bodies
            countries = country_names()
            for ent in self.subjects:
                words = self.fullest(ent).split()
                if ent.label_ != "ORG" or not (
                    self._is_central_bank(ent) or any(w in bodies for w in words)
                ):
                    continue
                # the longest run of words first ("South Africa", not "Africa")
                runs = sorted(
                    ((a, b) for a in range(ent.start, ent.end) for b in range(a + 1, a + 4)),
                    key=lambda r: r[0] - r[1],
                )
                for i, j in runs:
                    if j <= ent.end and _bare(self.doc[i:j].text) in countries:
                        country = Span(self.doc, i, j, label="GPE")
                        self.inner_countries[(country.start_char, country.end_char)] = ent
                        self._countries_in_names.append(country)
                        break
        return next((c for c in self._countries_in_names if _bare(c.text) in names), None)

    def _home(self, bank: Span) -> frozenset[str] | None:
        """The bare names of the country a central bank's name gives ("Bank of Korea": south
        korea, korea; "Swiss National Bank": switzerland), empty for a region's ("European
        Central Bank"), None when the name gives none ("Federal Reserve")."""
        name = f" {_bare(self.fullest(bank))} "
        found = [names for word, names in named_homes() if f" {word} " in name]
        if not found:
            return None
        return frozenset().union(*found)

    def _is_central_bank(self, ent: Span) -> bool:
        banks = self.finder.central_banks
        return ent.label_ == "ORG" and (self.fullest(ent) in banks or ent.text in banks)

    def _unnamed_country(self, value: _Value) -> bool:
        """ "the country's", "the nation's", "the kingdom's" before the value in its sentence
        (nearest to it of the owner nouns), where the text names no country for it."""
        if self.main_country is not None:
            return False
        refers = self.finder.owner_refers
        nouns = self.tokens_of(self.finder.referring_nouns)
        low = bisect_right(nouns, value.sentence.start)
        high = bisect_left(nouns, value.span.start)
        return any(
            refers[self.lowers[i]] == "country" and self.lowers[i - 1] == "the"
            for i in nouns[max(low, high - 1) : high]
        )

    def _bank_reports(self, value: _Value, bank: Span) -> bool:
        """A central bank that says what a clause after it reports ("Bank Negara Malaysia said
        the services sector grew 5.0%"), of no rate it sets and no thing of its own ("said it
        bought", "said its reserves")."""
        if not self._is_central_bank(bank) or bank.end + 2 >= value.span.start:
            return False
        if self.lowers[bank.end] not in ("said", "says"):
            return False
        if value.metric_cls == "rate" or (
            value.phrase is not None and value.phrase.scope == "policy"
        ):
            return False
        k = bank.end + 1
        # "said on Monday that its forward position ...": the time of saying is no clause
        at = k + 1 if self.lowers[k] in ("on", "in") else k
        told = self.date_index.between(at, at + 1)
        if told and told[0].end < value.span.start:
            k = told[0].end
        if self.lowers[k] == "that":
            k += 1
        return self.lowers[k] not in ("it", "its") and (
            self.lowers[k] != "the" or self.lowers[k + 1] not in self.finder.owner_refers
        )

    def _main_central_bank(self) -> Span | None:
        """The central bank the article names most often, the earliest on a tie."""
        if self._central_bank is None:
            banks = self.finder.central_banks
            named = [
                e
                for e in self.subjects
                if e.label_ == "ORG" and (self.fullest(e) in banks or e.text in banks)
            ]
            counts = Counter(_bare(self.fullest(e)) for e in named)
            best = max(
                named, key=lambda e: (counts[_bare(self.fullest(e))], -e.start), default=None
            )
            self._central_bank = (best,)
        return self._central_bank[0]

    def _national(self, value: _Value, chosen: Span | None) -> Span | None:
        """ "the national average of 5.2 percent", "Nationwide, retail sales rose ...": a figure
        of the whole country, the one the article names (most often)."""
        if value.metric is None or self.main_country is None:
            return None
        words = fact_words("national")
        # the head, not an "of" phrase ("the province's share of national coal output")
        metric = self.text[value.metric[0] : value.metric[1]].lower().split(" of ")[0].split()
        before = self.text[max(0, value.metric[0] - 8) : value.metric[0]].split()
        if before[-1:] == ["of"]:
            return None  # the whole a part is measured against: "a share of national output"
        start = self.text[max(0, value.metric[0] - 24) : value.metric[0]].lower().split()
        if start[-1:] == ["the"]:
            start.pop()
        if (
            start[-1:]
            and start[-1] in fact_words("subject_benchmark")
            and self.text[value.metric[1] : value.span.start_char].strip().lower() == "by"
        ):
            # "Hubei's GDP grew 6 percent, outpacing the national figure by 0.5 percentage
            # points": the gap after it is the compared place's, the national figure its
            # benchmark ("higher than the national average of 5.2 percent" is the country's)
            return None
        opening = value.sentence[0].lower_ in words and chosen is None
        # "Box office revenue nationwide hit ...": the word right after the metric
        after = self.text[value.metric[1] : value.metric[1] + 16].lower().split()[:1]
        if opening or any(w in words for w in metric + after):
            return self.main_country
        return None

    def _pronoun_owner(self, value: _Value) -> Span | None:
        """ "One of them is Ningbo Jingyi Bearing Co., a bearing maker. Its revenue rose 23.4%":
        a sentence that opens with "It" or "Its" speaks of the owner that opens the sentence
        before, or the one before that when that sentence names none ("The company produced
        ... It plans to spend ...")."""
        sentence = value.sentence
        if sentence[0].lower_ not in fact_words("pronoun"):
            return self._there(value)
        if sentence.start in self._pronoun_owners:  # one look per sentence, not per value
            return self._pronoun_owners[sentence.start]
        self._pronoun_owners[sentence.start] = None
        k = bisect_right(self.sent_starts, sentence.start) - 1
        for before in self.sents[max(0, k - 2) : k][::-1]:
            owner = next(
                (e for e in self._owners(before) if not self._where(e) and not self._partner(e)),
                None,
            )
            if owner is not None:
                self._pronoun_owners[sentence.start] = owner
                return owner
        return None

    def _speakers_company(self, value: _Value) -> Span | None:
        """ "..., said Straits Harbour chief executive Melissa Goh. She added that the
        acquisition would lift earnings per share by about 6 per cent": a sentence that opens
        with "He" or "She" after one quoting a company's officer speaks for that company (not
        after an economist's or analyst's words, which own nothing, nor of the economy)."""
        sentence = value.sentence
        scope = value.phrase.scope if value.phrase is not None else "any"
        if sentence[0].lower_ not in ("he", "she") or scope == "macro":
            return None
        if sentence.start not in self._speakers:  # one look per sentence, not per value
            self._speakers[sentence.start] = self._officers_company(sentence)
        return self._speakers[sentence.start]

    def _officers_company(self, sentence: Span) -> Span | None:
        """The company whose officer the sentence before ``sentence`` quotes."""
        k = bisect_right(self.sent_starts, sentence.start) - 1
        if k == 0:
            return None
        before = self.sents[k - 1]
        officers, analysts = fact_words("subject_officer"), fact_words("subject_analyst")
        for ent in self.subject_index.between(before.start, before.end):
            if ent.label_ != "ORG":
                continue
            # "Straits Harbour chief executive", "chief financial officer of Kessler Rail"
            after = self.lowers[ent.end : min(ent.end + 3, before.end)]
            ahead = self.lowers[max(ent.start - 5, before.start) : ent.start]
            if ahead[-1:] in (["of"], ["at"]):
                words = ahead[ahead.index(",") + 1 :] if "," in ahead else ahead
            else:
                words = after
            if not officers.isdisjoint(words) and analysts.isdisjoint(words):
                return ent
        # "said Tan Yuhong, the company's vice president for international business": the
        # company the article is about
        refers = self.finder.owner_refers
        for i in range(before.start + 1, before.end - 2):
            if (
                self.lowers[i - 1] == "the"
                and refers.get(self.lowers[i]) == "ORG"
                and self.lowers[i + 1] in ("'s", "\u2019s")
            ):
                words = self.lowers[i + 2 : min(i + 5, before.end)]
                if not officers.isdisjoint(words) and analysts.isdisjoint(words):
                    # the article's company, else the one named last before (a few names
                    # back, not a scan)
                    main = self.main_subject
                    if main is not None and main.label_ == "ORG":
                        return main
                    named = self.subject_index.between(0, before.start)
                    return next(
                        (
                            e
                            for e in reversed(named[-20:])
                            if e.label_ == "ORG" and e.start not in self.not_owners
                        ),
                        None,
                    )
        return None

    def _there(self, value: _Value) -> Span | None:
        """ "In Ordos, a city long known for its coal, ... A solar project there, with a total
        investment of 11.2 billion yuan, ...": "there" after a noun is the last place the
        sentence before names ("there is" says nothing of a place)."""
        doc, sentence = self.doc, value.sentence
        theres = self.tokens_of(_THERE)
        k = bisect_left(theres, sentence.start)
        if k == len(theres) or theres[k] >= value.span.start:
            return None
        i = theres[k]
        following = self.lowers[i + 1] if i + 1 < len(doc) else ""
        if i == sentence.start or following in fact_words("existential"):
            return None
        j = bisect_right(self.sent_starts, sentence.start) - 1
        if j == 0:
            return None
        before = self.sents[j - 1]
        places = [e for e in self._owners(before) if e.label_ == "GPE"]
        return places[-1] if places else None

    def _where(self, ent: Span) -> bool:
        """A mention in a place phrase, however long its list: "in Uttar Pradesh and Bihar",
        "In Mexico City, ...", "at the London Metal Exchange"."""
        doc, i = self.doc, ent.start - 1
        floor = max(
            self.sentence_of(ent.start).start, ent.start - 8
        )  # a list of a few names, not a scan
        while i > floor and (
            self.lowers[i] in ("the", ",", "and") or doc[i].is_title or self.ent_types[i]
        ):
            i -= 1
        return i >= floor and self.lowers[i] in fact_words("adjunct")

    def _referred(self) -> Counter[str]:
        """How often the article says "the county", "the company", ...: by what they refer to
        (``lexicons/owner_nouns.tsv``)."""
        refers = self.finder.owner_refers
        return Counter(
            refers[self.lowers[i]]
            for i in self.tokens_of(self.finder.referring_nouns)
            if i > 0 and self.lowers[i - 1] in ("the", "this") and not self.ent_types[i]
        )

    def _owner_kind(self, ent: Span) -> str:
        """What "the <noun>" stands for ``ent`` (``owner_nouns.tsv``, column refers): "Bank",
        "ORG", a place's designator ("County"), "country" or "city"."""
        words = self.fullest(ent).lower().split()
        if ent.label_ == "ORG":
            return "Bank" if "bank" in words else "ORG"
        kinds = self.finder.owner_kinds
        last = words[-1] if words else ""
        if last in kinds and kinds[last] not in ("ORG", "Bank", "city", "country"):
            return kinds[last]
        designated = self.designated().get(_bare(" ".join(words)))
        if designated is not None:
            return designated  # "Jiangxi" of "southern Jiangxi province"
        countries = country_names()
        return "country" if _bare(" ".join(words)) in countries else "city"

    def designated(self) -> dict[str, str]:
        """The places the article writes with a lower-case designator after the name ("southern
        Jiangxi province", "Wuxing district"), by bare name: a province or a district, which
        "the city" never stands for."""
        if self._designated is None:
            self._designated = self._designations(headline=True)
        return self._designated

    def _country_of_metric(self, value: _Value) -> tuple[Span | None] | None:
        """ "German producer prices", "the Turkish lira": the country of the nationality
        adjective that opens the metric, when the article names it (``(None,)`` when it does
        not: the figure is that country's all the same, not another place's)."""
        if value.metric is None:
            return None
        metric = self.expanded(*value.metric)
        if metric is None:
            return None
        words = [self.doc[metric.start - 1]] if metric.start > 0 else []
        words.append(metric[0])
        for word in words:
            names = demonym_countries().get(word.text)
            if not names:
                continue
            if word.i > 0 and self.lowers[word.i - 1] in _POSSESSIVES:
                # "the cement maker's Nigerian operations", "its Kenyan banking unit": where
                # the possessor's unit works; the unit is the possessor's
                continue
            named = next(
                (e for e in self.subjects if e.label_ == "GPE" and _bare(self.fullest(e)) in names),
                None,
            )
            # unnamed, the country still rules out others when the sentence names the metric
            own = value.sentence.start_char <= value.metric[0] < value.sentence.end_char
            return (named,) if named is not None or own else None
        return None

    def _headline_countries(self) -> frozenset[str]:
        """The countries of the nationalities the headline names ("Philippine remittances
        rise"): whose the story is. A country the article names only beside them (a source of
        remittances, a market) owns none of its figures by default."""
        if "\n" not in self.text:
            return frozenset()
        demonyms = demonym_countries()
        words = self.text[: self.text.find("\n")].split()
        lowers = [word.lower() for word in words]
        inflows = fact_words("subject_inflow")
        return frozenset().union(
            *(
                demonyms.get(word, frozenset())
                for k, word in enumerate(words)
                # "Korean investment into Vietnam rises": the nationality is where the money
                # comes from; the country it flows into is the story's
                if not (
                    lowers[k + 1 : k + 2]
                    and lowers[k + 1] in inflows
                    and not _HEADLINE_RECIPIENT.isdisjoint(lowers[k + 2 : k + 4])
                )
            )
        )

    def _main_country(self) -> Span | None:
        """The country the article names most often, the earliest on a tie; else the first
        one a public body's name spells out."""
        countries = country_names()
        named = [
            e for e in self.subjects if e.label_ == "GPE" and _bare(self.fullest(e)) in countries
        ]
        told = self.headline_countries
        if told:
            named = [e for e in named if _bare(self.fullest(e)) in told]
        counts = Counter(_bare(self.fullest(e)) for e in named)
        best = max(named, key=lambda e: (counts[_bare(self.fullest(e))], -e.start), default=None)
        # else one its central bank or statistics office names ("the Reserve Bank of India")
        return best or self._country_in_names(frozenset(told) if told else countries)

    def _organ(self, ent: Span) -> bool:
        """A body inside an institution: "the Monetary Policy Committee", "the Federal Open
        Market Committee"."""
        words = self.fullest(ent).lower().split()
        return ent.label_ == "ORG" and bool(words) and words[-1] in fact_words("organ")

    def _treasury_state(self, ent: Span) -> Span | None:
        """The country whose treasury ``ent`` is, named right before it ("Italy's Treasury",
        "Kenya's Exchequer"): a treasury issues and owes its state's debt, the state owns it."""
        words = self.fullest(ent).lower().split()
        if ent.label_ != "ORG" or not words or words[-1] not in fact_words("subject_treasury"):
            return None
        end = (
            ent.start - 1
            if self.lowers[ent.start - 1 : ent.start] in (["'s"], ["\u2019s"])
            else ent.start
        )
        return next(
            (
                e
                for e in self.subject_index.between(max(0, end - 6), end)
                if e.end == end and e.label_ == "GPE"
            ),
            None,
        )

    def _borrower(self, value: _Value, lender: Span) -> Span | None:
        """The country an international lender's loan goes to ("The IMF approved a $1.2 billion
        disbursement to Pakistan under its $7 billion loan program"): the one after "to" in
        the sentence, else the first the sentence names; the borrower owns the loan."""
        name = f" {self.fullest(lender).lower()} "
        if lender.label_ != "ORG" or not any(
            f" {w} " in name for w in fact_words("subject_lender")
        ):
            return None
        loans = fact_words("subject_loan_noun")
        metric = (
            self.text[value.metric[0] : value.metric[1]].lower().split()
            if value.metric is not None
            else []
        )
        after = self.lowers[value.span.end : value.span.end + 1]
        if loans.isdisjoint(metric) and loans.isdisjoint(after):
            return None
        places = [
            e
            for e in self.subject_index.between(value.sentence.start, value.sentence.end)
            if e.label_ == "GPE"
        ]
        return next(
            (e for e in places if self.lowers[e.start - 1] == "to"),
            places[0] if places else None,
        )

    def _institution(self) -> Span | None:
        """The institution an organ belongs to: the article's main subject or the ORG it names
        most, not an organ itself."""
        companies = [
            e
            for e in self.subjects
            if e.label_ == "ORG" and e.start not in self.not_owners and not self._organ(e)
        ]
        counts = Counter(_bare(self.fullest(e)) for e in companies)
        ranked = sorted(companies, key=lambda e: (-counts[_bare(self.fullest(e))], e.start))
        main = self.main_subject
        if main is not None and main.label_ == "ORG" and not self._organ(main):
            return main
        return ranked[0] if ranked else None

    def _partner(self, ent: Span) -> bool:
        """A trade or deal partner: "exports to the US", "trade with Russia, Brazil and Saudi
        Arabia" (each name of the list)."""
        doc, i = self.doc, ent.start - 1
        while i >= 0 and (
            self.lowers[i] in ("the", ",", "and") or self.ent_types[i] in SUBJECT_LABELS
        ):
            i -= 1
        if i >= 0 and self.lowers[i] in ("to", "into") and self._inflow_before(i):
            return False  # "remittances to Egypt": the recipient, no partner
        if i >= 0 and self.lowers[i] in fact_words("partner"):
            # ", with HDFC Bank down 1.2%": an owner and its own move, not a partner
            absolute = i > 0 and self.words[i - 1] == "," and ent.end in self.cue_tokens
            return not absolute
        # "ASEAN remained the city's largest trading partner, with trade rising 6.3 percent":
        # the name is called a partner of the owner
        nouns = fact_words("subject_partner_noun")
        if ent.end < len(doc) and self.words[ent.end] in ("'s", "\u2019s"):
            return False  # "Guangxi's largest trading partner": the owner of the partner
        for j in range(ent.end, min(len(doc), ent.end + 8, self.sentence_of(ent.start).end)):
            if self.lowers[j] in nouns:
                return True
            if self.lowers[j] in (",", ";") or self.ent_types[j] in VALUE_LABELS:
                break
        return False

    def _possessed_market(self, value: _Value) -> int | None:
        """The start of a place named after "in" right after a metric a company possesses
        ("the company's deliveries in India", "its sales in Kenya")."""
        if value.metric is None:
            return None
        metric = self.expanded(*value.metric)
        if metric is None or metric.end + 1 >= len(self.doc) or self.lowers[metric.end] != "in":
            return None
        if not (
            self._company_possessed(metric.start)
            or self._company_metric_said(value, metric.start)
            or any(w in ("its", "their") for w in self.lowers[metric.start : metric.end])
        ):
            return None
        place = next((e for e in self.subject_index.between(metric.end + 1, metric.end + 2)), None)
        return place.start if place is not None and place.label_ == "GPE" else None

    def _company_metric_said(self, value: _Value, start: int) -> bool:
        """An item of a company's accounts at token ``start`` that a named company reports
        right before it ("AIA Group said value of new business in China rose")."""
        if start < 2:
            return False
        if value.phrase is None or value.phrase.scope != "company":
            return False
        k = start - 1
        if self.lowers[k] in ("that", "the"):
            k -= 1
        return k >= 1 and self.lowers[k] in ("said", "says") and self.ent_types[k - 1] == "ORG"

    def _company_possessed(self, start: int) -> bool:
        """A metric at token ``start`` that a company noun possesses ("the company's
        deliveries", "the lender's loans") or "its" does."""
        if start < 1:
            return False
        if self.lowers[start - 1] in ("its", "their"):
            return True
        refers = self.finder.owner_refers
        return (
            start >= 3
            and self.lowers[start - 1] in ("'s", "\u2019s")
            and self.lowers[start - 3] == "the"
            and refers.get(self.lowers[start - 2]) in ("ORG", "Bank")
        )

    def _inflow_before(self, i: int) -> bool:
        """A noun of money flowing in right before the preposition at ``i``, past the place it
        comes from ("investment from China into")."""
        k = i - 1
        while k > 0 and self.ent_types[k] in SUBJECT_LABELS:
            k -= 1
        if k > 0 and self.lowers[k] == "from" and k < i - 1:
            k -= 1
        return k >= 0 and self.lowers[k] in fact_words("subject_inflow")

    def _most_named(self, label: str) -> Span | None:
        """The owner of ``label`` the article names most often (twice at least)."""
        names = [e for e in self.subjects if e.label_ == label and e.start not in self.not_owners]
        counts: dict[str, tuple[int, Span]] = {}
        for ent in names:
            full = _bare(self.fullest(ent))
            count, first = counts.get(full, (0, ent))
            counts[full] = (count + 1, first)
        best = max(counts.values(), key=lambda t: (t[0], -t[1].start), default=None)
        return best[1] if best is not None and best[0] >= 2 else None

    def _only_named(self, label: str) -> Span | None:
        """The owner of ``label`` when the article names just one ("South Korea's exports"),
        places where something happens ("a plant in Pyeongtaek") aside."""
        names = [
            e
            for e in self.subjects
            if e.label_ == label
            and e.start not in self.not_owners
            and not self._adjunct(e, self.sentence_of(e.start))
        ]
        distinct = {_bare(self.fullest(e)) for e in names}
        return names[0] if len(distinct) == 1 else None

    def _first_named(self, label: str) -> Span | None:
        """The first owner of ``label`` in the headline or the lede."""
        for sentence in self.sents[:4]:
            for ent in self._owners(sentence):
                if ent.label_ == label and not self._adjunct(ent, sentence):
                    return ent
        return None

    def _by_scope(self, value: _Value, chosen: Span | None) -> Span | None:
        """A place's statistic belongs to the place, a company's accounts to the company."""
        scope = value.phrase.scope if value.phrase is not None else "any"
        place = self.main_place or self.main_country
        if scope == "macro" and chosen is not None and self._is_central_bank(chosen):
            # "Services inflation, watched closely by the BoE, dipped to 4.7%": the bank's
            # country's, none when the article names no place of it
            return self._home_place(chosen)
        if scope == "macro" and place is not None and (chosen is None or chosen.label_ == "ORG"):
            return place
        if (
            value.phrase is not None
            and value.phrase.cls in ("flow", "stock")
            and scope in ("macro", "any")
            and chosen is not None
            and self._is_central_bank(chosen)
            and self.main_country is not None
            and _bare(self.fullest(self.main_country)) in (self._home(chosen) or ())
        ):
            # a central bank owns the rates it sets; the loans, spending and trade of a story
            # about it are its country's ("Household loans rose ..." after "The BOK held ...")
            return self.main_country
        if (
            scope == "company"
            and self.main_company is not None
            and (chosen is None or chosen.label_ == "GPE")
            # "Saudi Arabia posted a budget deficit ... Oil revenue fell 9.5% ... State oil
            # giant Aramco ...": a company named only after the figure is not yet in view
            and self._company_first_named < value.span.start
        ):
            return self.main_company
        return chosen

    @functools.cached_property
    def _company_first_named(self) -> int:
        """Where the main company is first named (its fullest form), or past the text."""
        company = self.main_company
        if company is None:
            return len(self.doc)
        name = self.fullest(company)
        return min(
            (e.start for e in self.subjects if e.label_ == "ORG" and self.fullest(e) == name),
            default=company.start,
        )

    def _relative_subject(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "Brisco, which private equity firm Tallis Partners bought in 2019 for $900
        million", "Porsche AG, in which Volkswagen holds a 75.4% stake": a value inside a
        relative clause on a thing whose own subject is a name (right after "which", past a
        descriptor) is that name's, not the thing's."""
        start = value.span.start
        floor = max(value.sentence.start, start - 20)  # an aside of a few words, not a scan
        i = start - 1
        while i > floor and self.lowers[i] != "which":
            if self.lowers[i] in (",", ";"):
                return None  # the value stands past the aside
            i -= 1
        if i > floor + 1 and self.lowers[i - 1] in ("in", "of"):
            i -= 1  # "Porsche AG, in which Volkswagen holds a 75.4% stake"
        if i <= floor or self.words[i - 1] != ",":
            return None
        if self.lowers[i] != "which":
            i += 1  # the name comes after "which"
        return next(
            (
                e
                for e in owners
                if i < e.start <= i + 6
                and e.end <= start
                and all(self.plain(j) for j in range(i + 1, e.start))
            ),
            None,
        )

    def _subject_part(self, owners: Sequence[Span], start: int, value_start: int) -> Span | None:
        """The first owner named before the verb that governs the value: "Chengdu ... posted",
        "urban residents in Xiamen earned", "followed by Nanjing at"; after the verb a place
        is only where something happened ("the closure of an office in Dublin")."""
        cues = self.cue_token_list
        # "At the pump, state oil company Pertamina kept the price at ...": an opening
        # preposition is no verb, though it may be a cue elsewhere ("at Rp 10,000")
        first = self.doc[start]
        opening = start if first.is_sent_start and first.lower_ in fact_words("adjunct") else -1
        verb = next(
            (
                i
                for i in cues[bisect_left(cues, start) : bisect_left(cues, value_start)]
                if not self._passive_by(i) and i != opening
            ),
            value_start,
        )
        if verb < value_start and self.lowers[verb] in ("said", "says"):
            # "Tata Motors said its British unit Jaguar Land Rover posted a 31% rise": the
            # owner of the clause said, named before its own verb
            said = next(
                (
                    i
                    for i in cues[bisect_right(cues, verb) : bisect_left(cues, value_start)]
                    if not self._passive_by(i)
                ),
                value_start,
            )
            inner = [
                e
                for e in owners
                if verb < e.start
                and e.end <= said
                and not _CLAUSE_OPENERS.isdisjoint(self.lowers[verb + 1 : e.start])
                # "said its sales in Germany rose": where, not whose
                and not self._adjunct(e, self.sentence_of(e.start))
                and self.lowers[e.start - 1] not in fact_words("adjunct")
            ]
            if inner:
                return inner[0]
        before = [e for e in owners if start <= e.start and e.end <= verb]
        if len(before) > 1 and self._set_off_place(before[0]):
            # "In Cixi, a county-level city under Ningbo, exports rose": a place in the aside
            # that describes the one set off only locates it
            aside = self._aside_end(before[0])
            rest = [e for e in before[1:] if e.start >= aside]
            return rest[0] if rest else before[0]  # "In Mexico City, the Bank of Mexico ..."
        if before:
            return before[0]
        return next(
            (
                e
                for e in owners
                if verb <= e.start < value_start
                and (
                    self._passive_by(e.start - 1)
                    or self._expected_to(e, verb)
                    or self._valued(e, value_start)
                )
            ),
            None,
        )

    def _owner_of_whole(self, value: _Value) -> Span | None:
        """ "Consumption contributed 55 percent to Anhui's GDP growth", "... 60 percent of GDP
        in Anhui": a share of a place's economy-wide quantity, told right after the value, with
        no owner before it, is that place's part. Not a country's whole ("14.9 percent of
        China's total exports": the part is the region's the text is about), unless the share
        is a contribution to the country's growth."""
        if value.kind != "share":
            return None
        doc, lowers, i = self.doc, self.lowers, value.span.end
        if i + 2 >= len(doc) or lowers[i] not in ("to", "of"):
            return None
        i += 1
        # the sentence's owners, a place after "to" too (no partner here: "to Anhui's GDP")
        by_start = {
            e.start: e
            for e in self.subject_index.between(i, min(i + 8, value.clause[1]))
            if e.start not in self.not_owners
        }
        owner = by_start.get(i)
        if owner is not None:  # "to Anhui's GDP growth"
            if owner.end >= len(doc) or lowers[owner.end] not in ("'s", "\u2019s"):
                return None
            wholes = self.metric_index.between(owner.end + 1, owner.end + 2)
        else:  # "to GDP growth in Anhui"
            i += lowers[i] == "the"
            wholes = self.metric_index.between(i, i + 1)
            ends = [m.end for m in wholes if m.end < len(doc) and lowers[m.end] in ("in", "of")]
            owner = by_start.get(ends[0] + 1) if ends else None
        # an economy-wide quantity or its growth ("GDP", "GDP growth", "economic growth")
        if owner is None or not any(m.scope == "macro" or m.cls == "growth" for m in wholes):
            return None
        # a country's total is the whole a region's part is measured against; a contribution
        # to a country's growth is the country's
        country = _bare(owner.text) in country_names()
        return None if country and "kind.contribution" not in value.how else owner

    def _valued_by_noun(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "Harbor Ridge Partners offered €38.50 a share for Lumiere Distribution, ...,
        valuing the French retailer at €2.1 billion": a company a valuation verb calls by a
        noun is the one named last before it, when that is not the bidder that opens the
        sentence."""
        i, refers = value.span.start - 1, self.finder.owner_refers
        if i < 3 or self.lowers[i] != "at" or refers.get(self.lowers[i - 1]) not in ("ORG", "Bank"):
            return None
        j = i - 2
        while j > i - 5 and self.plain(j):
            j -= 1  # "the French retailer"
        if self.lowers[j] != "the" or self.lowers[j - 1] not in fact_words(
            "subject_valuation_verb"
        ):
            return None
        named = [e for e in owners if e.end <= j and e.label_ == "ORG"]
        return named[-1] if len(named) >= 2 else None

    def _valued(self, ent: Span, value_start: int) -> bool:
        """ "the deal values Prescott at about US$3.9 billion": the name a valuation verb values
        at the amount owns the value."""
        i = ent.start - (2 if ent.start > 1 and self.lowers[ent.start - 1] == "the" else 1)
        return (
            i >= 0
            and self.lowers[i] in fact_words("subject_valuation_verb")
            and ent.end + 1 == value_start
            and self.lowers[ent.end] == "at"
        )

    def _expected_to(self, ent: Span, verb: int) -> bool:
        """ "We expect the BOJ to raise rates again in July, to 0.25%": the name a forecast verb
        expects to act is the owner of what it does."""
        if ent.end >= len(self.doc) or self.lowers[ent.end] != "to":
            return False
        cue = next(iter(self.cue_index.between(verb, verb + 1)), None)
        if cue is None or cue.rule.category != "target":
            return False
        gap = self.lowers[cue.end : ent.start]
        return gap in ([], ["the"])

    def _respective_owner(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "Yunnan, Guizhou and Sichuan contribute 60 million yuan, 100 million yuan and 40
        million yuan, respectively": the i-th owner of the list owns the i-th value."""
        clause = value.clause
        if clause not in self._respective:  # once per clause, not per value
            self._respective[clause] = None
            sentence = value.sentence
            if any(
                c.rule.category == "respectively"
                for c in self.cue_index.between(sentence.start, sentence.end)
            ):
                self._respective[clause] = self._respective_list(value, owners)
            else:
                self._respective[clause] = self._elliptic_possessives(value, owners)
        found = self._respective[clause]
        if found is None:
            return None
        starts, listed = found
        index = bisect_left(starts, value.span.start) // (len(starts) // len(listed))
        return listed[index]

    def _clause_starts(self, value: _Value) -> list[int]:
        """Where the values of ``value``'s clause start."""
        clause = value.clause
        return [
            v.start for v in self.value_index.between(clause[0], clause[1]) if v.end <= clause[1]
        ]

    def _respective_list(
        self, value: _Value, owners: Sequence[Span]
    ) -> tuple[list[int], list[Span]] | None:
        """The values of a clause with "respectively" and the owners listed before them."""
        starts = self._clause_starts(value)
        listed = [e for e in owners if e.end <= starts[0]] if starts else []
        # "in KwaZulu-Natal and the Eastern Cape": a list whose names take "the"
        joined = all(
            self.doc[a.end : b.start].text.strip()
            in (",", "and", ", and", ", the", "and the", ", and the")
            for a, b in itertools.pairwise(listed)
        )
        if len(listed) >= 2 and joined and len(starts) % len(listed) == 0:
            return starts, listed
        return None

    def _elliptic_possessives(
        self, value: _Value, owners: Sequence[Span]
    ) -> tuple[list[int], list[Span]] | None:
        """ "Gauteng's jobless rate and the Eastern Cape's were 29.5% and 38.1%": possessors
        listed before as many values, the last one's noun left out (its possessive right before
        the verb), own the values in order, with no "respectively"."""
        starts = self._clause_starts(value)
        if len(starts) < 2:
            return None
        listed = [e for e in owners if e.end <= starts[0]]
        if len(listed) != len(starts) or any(
            e.end >= starts[0] or self.words[e.end] not in ("'s", "\u2019s") for e in listed
        ):
            return None
        after = listed[-1].end + 1
        if after != self._verb_of(value) and self.lowers[after] not in verb_forms():
            return None  # "Gauteng's rate and Limpopo's jobs data showed": no ellipsis
        clause = value.clause
        values = [v for v in self.value_index.between(clause[0], clause[1]) if v.end <= clause[1]]
        if any(
            self.lowers[a.end : b.start] not in (["and"], [","], [",", "and"])
            for a, b in itertools.pairwise(values)
        ):
            return None
        return starts, listed

    def _sector_speaks(self, value: _Value) -> bool:
        """Whether a sector or a group of unnamed firms is what the sentence is about: its
        words before the verb hold a sector noun ("The core industries ... generated")."""
        sentence, verb = value.sentence, self._verb_of(value)
        # "Local residents' median monthly income was ...": the place's people, the place's
        words = fact_words("sector") | fact_words("subject_residents")
        return not words.isdisjoint(self.lowers[sentence.start : min(verb, sentence.start + 12)])

    def _possessor_of_value(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "Shenzhen's GDP reached 3.46 trillion yuan, overtaking Guangzhou's 3.04 trillion
        yuan": a possessive right before a value owns it."""
        i = value.span.start - 1
        if i < 1 or self.lowers[i] not in ("'s", "\u2019s"):
            return None
        ent = next((e for e in owners if e.end == i), None)
        # "Hyundai Motor India's $3.3 billion IPO": the end of a longer name, no owner of its own
        named_before = ent is not None and ent.start > 0 and self.ent_types[ent.start - 1]
        return None if named_before else ent

    def _price_target(self, value: _Value) -> bool:
        """Whether the value's metric is an analyst's price target of a stock."""
        if value.metric is None:
            return False
        words = self.text[value.metric[0] : value.metric[1]].lower().split()
        return words[-2:] == ["price", "target"] or words[:2] == ["price", "target"]

    def _rated_company(self, value: _Value) -> Span | None:
        """ "Morgan Stanley raised its price target on Tencent to HK$520": an analyst's
        estimate of a company's figure is the company's, named after the metric."""
        if value.metric is None or value.phrase is None or value.phrase.scope != "company":
            return None
        end = self.expanded(*value.metric)
        if end is None or end.end >= len(self.doc) or self.lowers[end.end] not in ("on", "for"):
            return None
        return next(
            (
                e
                for e in self.subject_index.between(end.end + 1, end.end + 3)
                if e.label_ == "ORG" and e.start <= end.end + 2 and e.end < value.span.start
            ),
            None,
        )

    def _apposed_owner(self, value: _Value) -> Span | None:
        """ "Jiangxi Mujiang Home Furnishing Co, a local manufacturer with annual sales of 1.2
        billion yuan", "Lion Gate, which manages more than US$9 billion of assets": a value in
        an appositive or a relative clause set off after a name is that name's (an appositive
        says what the name is: "a ... manufacturer", "the city's biggest lender")."""
        span, refers = value.span, self.finder.owner_refers
        floor = max(value.sentence.start, span.start - 12)  # a short phrase, not a scan
        comma = next((i for i in range(span.start - 1, floor, -1) if self.lowers[i] == ","), None)
        if comma is None or comma + 1 >= span.start:
            return None
        opener = self.lowers[comma + 1]
        if opener in ("a", "an", "the"):
            # "a local manufacturer with annual sales of": the noun, then "with"
            if not any(
                self.lowers[j] == "with" and refers.get(self.lowers[j - 1], "-") != "-"
                for j in range(comma + 3, span.start)
            ):
                return None
        elif opener not in ("which", "whose") or not fact_words("subject_report_verb").isdisjoint(
            self.lowers[comma + 2 : span.start]
        ):
            return None  # "..., which said rents rose to ...": what it reports, not its own
        ent = next(
            (e for e in self.subject_index.between(comma - 8, comma) if e.end == comma), None
        )
        if ent is None:
            return None
        # "In Mexico City, the Bank of Mexico ...", "50 km south of Changsha, a maker ...": a
        # place phrase, not a name the phrase after it describes
        i = ent.start - (2 if ent.start > 1 and self.lowers[ent.start - 1] == "the" else 1)
        if i >= 0 and self.lowers[i] in fact_words("adjunct"):
            return None
        return ent

    def _of_shares(self, value: _Value) -> bool:
        """Whether the value's metric is a company's stock ("US$120 million of shares")."""
        if value.metric_cls == "shares":
            return True
        if value.metric is None:
            return False
        words = self.text[value.metric[0] : value.metric[1]].lower().split()
        # "Cornerstone investors took up roughly 40% of the offering": the issuer's shares
        offering = bool(words) and words[-1] in fact_words("subject_issue_noun")
        return offering or (
            bool(words) and metric_classes().get(words[-1], ("", ""))[0] == "shares"
        )

    def _verb_of(self, value: _Value) -> int:
        """Where the verb of a value's sentence is: its first cue before the value, else the
        value. The words before it say what the sentence is about."""
        cues = self.cue_token_list
        k = bisect_left(cues, value.sentence.start)
        return cues[k] if k < len(cues) and cues[k] < value.span.start else value.span.start

    def _investors_speak(self, value: _Value) -> bool:
        """Whether the sentence's words before its verb name market participants as what it is
        about: "Foreign investors had pulled ...", "Traders sold ..."."""
        sentence, verb = value.sentence, self._verb_of(value)
        words = self.lowers[sentence.start : min(verb, sentence.start + 6)]
        return not fact_words("subject_market_player").isdisjoint(words)

    def _facility_speaks(self, value: _Value) -> bool:
        """Whether the sentence opens with a facility just named: "The plant is expected to
        generate ...", "The project will create ..."."""
        sentence = value.sentence
        return (
            sentence.end - sentence.start > 2
            and self.lowers[sentence.start] in ("the", "this")
            and self.lowers[sentence.start + 1] in fact_words("subject_facility")
        )

    def _government_speaks(self, value: _Value) -> bool:
        """Whether a minister of the government is what the sentence is about: its words
        before the verb hold a minister's title ("Finance Minister ... has put", "The
        treasurer expects")."""
        sentence, verb = value.sentence, self._verb_of(value)
        words = self.lowers[sentence.start : min(verb, sentence.start + 12)]
        return not fact_words("subject_government").isdisjoint(words)

    def _several_unnamed(self, value: _Value) -> bool:
        """Whether the sentence is about several owners it counts but does not name: "The two
        cities together accounted for ...", "Both companies reported ...": their figure is no
        single one's."""
        sentence, verb = value.sentence, self._verb_of(value)
        counts, finder = fact_words("subject_count"), self.finder
        stop = min(verb, sentence.start + 8)
        # a plural of owners ("cities", "companies"), not of people who own nothing
        if not any(
            self.lowers[i] in counts
            and self.lowers[i + 1] in finder.owner_nouns
            and self.lowers[i + 1] not in finder.owner_refers
            and self.lowers[i + 1] not in fact_words("subject_analyst")
            for i in range(sentence.start, stop - 1)
        ):
            return False
        # ... that the sentence before names ("Guangzhou posted ..., while Shenzhen recorded
        # ... The two cities together"); unnamed ones are parts of the owner in view ("The two
        # companies it bought accounted for 15 percent of its revenue")
        if sentence.start not in self._several:  # one look per sentence, not per value
            k = bisect_right(self.sent_starts, sentence.start) - 1
            named = (
                {_bare(self.fullest(e)) for e in self._owners(self.sents[k - 1])} if k else set()
            )
            self._several[sentence.start] = len(named) >= 2
        return self._several[sentence.start]

    def _opening_place(self, ent: Span, sentence: Span) -> bool:
        """Whether ``ent`` is the place of a sentence's opening phrase: "In China, ..."."""
        i = sentence.start
        return (
            ent.label_ == "GPE"
            and self.lowers[i] in fact_words("adjunct")
            and ent.start in (i + 1, i + 2)
            and self.lowers[ent.start - 1] in (self.lowers[i], "the")
            and ent.end < sentence.end
            and self.lowers[ent.end] == ","
        )

    def _sector_country(self, value: _Value) -> tuple[Span | None] | None:
        """ "Indian issuers have sold ...", "South Korean chipmakers plan to spend ...": the
        country of a nationality adjective right before the sector noun that opens the
        sentence, as the article names it (as a place or inside a body's name), ``(None,)``
        when it never does (the figure is the country's all the same)."""
        sentence, verb = value.sentence, self._verb_of(value)
        sectors = fact_words("sector")
        national = fact_words("sector_national")  # "Philippine banks", not "Banks borrowed"
        demonyms = demonym_countries()
        for i in range(sentence.start, min(verb, sentence.start + 12)):
            if self.lowers[i] not in sectors and self.lowers[i] not in national:
                continue
            # the adjective, past a plain word or two ("Indian renewable power producers")
            for j in range(i - 1, max(sentence.start, i - 3) - 1, -1):
                names = demonyms.get(self.words[j]) or (
                    demonyms.get(self.doc[j - 1 : j + 1].text) if j > sentence.start else None
                )  # "South Korean"
                if names:
                    if names not in self._countries:  # one look per country, not per value
                        named = next(
                            (
                                e
                                for e in self.subjects
                                if e.label_ == "GPE" and _bare(self.fullest(e)) in names
                            ),
                            None,
                        )
                        self._countries[names] = named or self._country_in_names(names)
                    return (self._countries[names],)
                if not self.plain(j):
                    break
            return None
        return None

    def _elliptic_owner(
        self, owners: Sequence[Span], segment: int, value_start: int
    ) -> Span | None:
        """ "Germany's rate fell to 2.3%, France's dropped to 2.4%": a possessive with no noun
        after it, right before the verb, owns the metric named before it."""
        cues = self.cue_tokens
        for ent in owners:
            if ent.start < segment or ent.end + 1 >= value_start:
                continue
            if self.words[ent.end] in ("'s", "\u2019s") and ent.end + 1 in cues:
                return ent
        return None

    def _place_of_an_unnamed(
        self, owners: Sequence[Span], segment: int, value_start: int
    ) -> Span | None:
        """ "A French cosmetics group set up its regional headquarters in Haikou with registered
        capital of 300 million yuan": a clause about a company it does not name gives the
        figure to the place named in it, as an unnamed sub-unit's."""
        i = segment
        # past an opening phrase: "Among recent projects, a French cosmetics group ..."
        comma = next((j for j in range(i, min(i + 6, value_start)) if self.lowers[j] == ","), None)
        if self.lowers[i] not in ("a", "an") and comma is not None:
            i = comma + 1
        while i < value_start and self.lowers[i] in (",", "and", "while", "but", ";"):
            i += 1
        if i >= value_start or self.lowers[i] not in ("a", "an"):
            return None
        return next(
            (
                e
                for e in owners
                if e.label_ == "GPE"
                and i < e.start
                and e.end <= value_start
                and self.lowers[e.start - 1] == "in"
            ),
            None,
        )

    def _joint_deal(self, value: _Value) -> bool:
        """Whether the value measures a joint deal noun ("merger", "venture") whose "of" or
        "between" phrase names two companies joined by "and": as its metric ("the $3 billion
        merger of Tarrow Bank and Linnell Bank") or as the one that spends or earns it, a
        few words before it in its clause ("A battery venture of Toyota and Panasonic will
        invest $1 billion")."""
        nouns = fact_words("joint_deal_noun")
        heads = []
        if value.metric is not None:
            metric = self.expanded(*value.metric)
            if metric is not None:
                heads.append(metric.end - 1)
        floor = max(value.clause[0], value.span.start - 12)
        heads += [i for i in range(floor, value.span.start) if self.lowers[i] in nouns]
        heads = [i for i in heads if self.lowers[i] in nouns]
        if heads and self._opened_by_two(value.clause[0]):
            return True  # "Tarrow Bank, Linnell Bank agree $3 billion merger"
        return any(self._names_two(i + 1) for i in heads)

    def _opened_by_two(self, start: int) -> bool:
        """Whether two companies joined by "," or "and" open the clause at ``start`` ("Toyota,
        Panasonic battery venture to invest ...")."""
        first = next(
            (e for e in self.subject_index.between(start, start + 1) if e.start == start), None
        )
        if first is None or first.label_ != "ORG" or first.end + 1 >= len(self.doc):
            return False
        if self.lowers[first.end] not in (",", "and", "&"):
            return False
        return any(
            e.label_ == "ORG" and e.start == first.end + 1
            for e in self.subject_index.between(first.end + 1, first.end + 2)
        )

    def _names_two(self, i: int) -> bool:
        """Whether token ``i`` opens "of A and B" or "between A and B" with two companies."""
        if i + 3 >= len(self.doc) or self.lowers[i] not in ("of", "between"):
            return False
        first = next(
            (e for e in self.subject_index.between(i + 1, i + 2) if e.start == i + 1), None
        )
        if first is None or first.label_ != "ORG" or first.end + 1 >= len(self.doc):
            return False
        if self.lowers[first.end] not in ("and", "&"):
            return False
        return any(
            e.label_ == "ORG" and e.start == first.end + 1
            for e in self.subject_index.between(first.end + 1, first.end + 2)
        )

    def _shared_by_several(self, owners: Sequence[Span], segment: int, value_start: int) -> bool:
        """ "Wuxi, Nantong and Changzhou each posted economic output exceeding 1 trillion yuan",
        "Qingdao and Yantai will each receive over 10 billion yuan": a figure that several
        named owners each (or together) have is no single one's."""
        words = fact_words("subject_shared")
        listed = [e for e in owners if segment <= e.start and e.end <= value_start]
        if len(listed) < 2:
            return False
        last = listed[-1].end
        return any(w in words for w in self.lowers[last : min(last + 3, value_start)])

    def _joined_places(self, ent: Span) -> bool:
        """Whether ``ent`` is a place after "in" joined by "and" to another ("in central Jinan
        and Qingdao")."""
        if ent.label_ != "GPE" or ent.end + 1 >= len(self.doc) or self.lowers[ent.end] != "and":
            return False
        i = ent.start - 1
        if i > 0 and self.lowers[i] in fact_words("compass"):
            i -= 1
        if i < 0 or self.lowers[i] != "in":
            return False
        j = ent.end + 1
        if self.lowers[j] in fact_words("compass"):
            j += 1
        return any(e.label_ == "GPE" for e in self.subject_index.between(j, j + 1) if e.start == j)

    def _compared_at(self, value: _Value) -> Span | None:
        """ "revenue of 8.2 billion yuan, compared with 6.1 billion yuan at Hartwell Stores":
        the company right after "at" behind a value of comparison owns it."""
        end = value.span.end
        if end + 1 >= len(self.doc) or self.lowers[end] != "at":
            return None
        start = value.span.start
        words = self.lowers[max(0, start - 3) : start]
        if fact_words("comparison").isdisjoint(words):
            return None
        return next(
            (
                e
                for e in self.subject_index.between(end + 1, end + 2)
                if e.label_ == "ORG" and e.start not in self.not_owners
            ),
            None,
        )

    def _place_invested_in(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """The place named after "in" a few words after a value several companies share
        ("invested 38 billion yuan in networks in the province"): a place of the clause, or the
        article's place that "the province" (city, county ...) stands for."""
        end = min(value.span.end + 8, value.clause[1], len(self.doc))
        listed = [e for e in owners if e.end <= value.span.start]
        if not listed or any(e.label_ != "ORG" for e in listed) or value.metric_cls == "shares":
            return None  # "Shares of A and B rose 2 percent in Hong Kong": the market's quote
        refers = self.finder.owner_refers
        for i in range(value.span.end, end - 1):
            if self.lowers[i] != "in":
                continue
            named = next(
                (
                    e
                    for e in self.subject_index.between(i + 1, i + 2)
                    if e.label_ == "GPE" and e.start not in self.not_owners
                ),
                None,
            )
            if named is not None:
                return named
            kind = refers.get(self.lowers[i + 2]) if i + 2 < end else None
            if self.lowers[i + 1] == "the" and kind not in (None, "ORG", "Bank", "country"):
                return self.main_place
        return None

    def _joint_move(self, value: _Value, owners: Sequence[Span], segment: int) -> bool:
        """ "Shares of Sands China and Galaxy Entertainment Group rose about 2 percent": one
        move of two companies' shares is neither's alone."""
        if value.metric_cls != "shares":
            return False
        listed = [e for e in owners if segment <= e.start and e.end <= value.span.start]
        return any(
            a.label_ == b.label_ == "ORG" and b.start == a.end + 1 and self.lowers[a.end] == "and"
            for a, b in itertools.pairwise(listed)
        )

    def _owner_right_before(
        self, owners: Sequence[Span], segment: int, value_start: int
    ) -> Span | None:
        """ "..., with HDFC Bank down 1.2%", "Infosys up 2%": a name, the verb of a change and
        the value in a row; the name owns the change however late in the clause it comes."""
        cues = self.cue_tokens
        for ent in owners:
            if ent.start < segment or not ent.end < value_start <= ent.end + 2:
                continue
            if ent.start == 0 or self.lowers[ent.start - 1] != "with":
                continue  # "with sales in North America up 18%": where, not whose
            if all(i in cues for i in range(ent.end, value_start)):
                return ent
        return None

    def _aside_end(self, ent: Span) -> int:
        """Where an aside right after ``ent`` ends (", a county-level city under Ningbo,"): the
        token after its closing comma, within a few words; ``ent.end`` when there is none."""
        i = ent.end
        if i + 2 >= len(self.doc) or self.lowers[i] != "," or self.lowers[i + 1] not in _ASIDE:
            return i
        if self.ent_types[i + 1] or self.ent_types[i + 2]:
            return i  # "In Shanghai, the Bank of Communications, the city's biggest lender,"
        stop = min(len(self.doc), i + 14)
        return next((j + 1 for j in range(i + 2, stop) if self.lowers[j] == ","), i)

    def _set_off_place(self, ent: Span) -> bool:
        """A place that opens its sentence after a preposition and a comma ends: "In Mexico
        City, ...". It says where, and the owner follows."""
        doc, i = self.doc, ent.start - 1
        if i > self.sentence_of(ent.start).start and self.lowers[i] == "the":
            i -= 1  # "Elsewhere in the Gulf, ..."
        # one opening adverb may come first: "Elsewhere in ...", "Meanwhile in ..."
        opening = i == self.sentence_of(ent.start).start or (
            i - 1 == self.sentence_of(ent.start).start and self.alpha[i - 1]
        )
        return (
            i >= 0
            and opening
            and self.lowers[i] in fact_words("adjunct")
            and ent.end < len(doc)
            and self.words[ent.end] == ","
        )

    def _passive_by(self, i: int) -> bool:
        """ "followed by Nanjing", "led by X": the owner comes after "by"."""
        return 0 <= i < len(self.doc) and self.lowers[i] == "by"

    def _owner_of_metric(self, owners: Sequence[Span], value: _Value) -> Span | None:
        """ "Sichuan's GDP", "GDP of Sichuan", "retail sales in Jiangsu": the metric's owner."""
        if value.metric is None:
            return None
        doc = self.doc
        metric = self.expanded(*value.metric)
        metric_start = metric.start if metric is not None else 0
        for ent in owners:
            after = doc[ent.end : ent.end + 1]
            value_between = bisect_left(self.value_chars, value.metric[0]) > bisect_right(
                self.value_chars, ent.end_char
            )
            if (
                after
                and after[0].text in ("'s", "\u2019s")
                # "the value of Jiangsu's foreign trade": an owner inside the metric phrase
                and value.metric[0] < ent.start_char
                and after[0].idx < value.metric[1]
            ):
                return ent
            if (
                after
                and after[0].text in ("'s", "\u2019s")
                and 0 <= value.metric[0] - after[0].idx <= 40
                and not value_between
                # "Shanghai remained China's largest city economy in 2023 with a GDP of": the
                # possessive of another noun; "with" gives the metric to the clause's subject
                and "with" not in self.lowers[ent.end + 1 : metric_start]
                # "Shanxi Province, one of China's biggest coal producers, reported GDP": an aside
                and not (
                    any(t.text == "," for t in doc[max(0, ent.start - 3) : ent.start])
                    and "," in self.text[after[0].idx : value.metric[0]]
                )
            ):
                return ent
            lead = self._descriptor_start(ent)
            before = doc[max(0, lead - 2) : lead]
            # "remittances to Egypt", "FDI from China into Indonesia": the recipient, past the
            # place the money comes from
            inflow = (
                bool(before)
                and before[-1].lower_ in ("to", "into")
                and ent.label_ == "GPE"
                and self._inflow_before(before[-1].i)
            )
            if (
                before
                # "spend 14 trillion won on new lines in Pyeongtaek": where the money goes
                and "metric.allocated" not in value.how
                # "Revenue at Hartwell Stores rose": a company's, after "at" ("Output at state
                # miner Codelco": past the noun that introduces it)
                and (
                    before[-1].lower_ in ("of", "in")
                    or (before[-1].lower_, ent.label_) == ("at", "ORG")
                    or inflow
                )
                and ent.start_char >= value.metric[1]
                and (
                    inflow
                    or len(_BRACKETED.sub("", self.text[value.metric[1] : doc[lead].idx])) <= 6
                )
                # "completed its $4.5 billion acquisition of Ellison Brands": the company bought,
                # the buyer pays
                and not (before[-1].lower_ == "of" and self._purchase_noun(metric))
            ):
                return ent
        return None

    def _descriptor_start(self, ent: Span) -> int:
        """The start of the lower-case noun that introduces a company before its name ("state
        miner Codelco", "mobile operator Vuma"), at most three words; else the name's own."""
        if (
            ent.label_ != "ORG"
            or ent.start == 0
            or self.lowers[ent.start - 1] not in self.finder.company_nouns
        ):
            return ent.start
        k = ent.start - 1
        while k > max(0, ent.start - 3) and self.doc[k - 1].is_lower and self.alpha[k - 1]:
            if self.lowers[k - 1] in fact_words("adjunct"):
                break
            k -= 1
        return k

    def _purchase_noun(self, metric: Span | None) -> bool:
        """Whether ``metric`` ends on a noun of buying a company ("acquisition", "takeover"),
        whose "of" phrase names the company bought, not the buyer that pays the price."""
        return metric is not None and self.lowers[metric.end - 1] in fact_words("purchase_noun")

    def _in_relative_clause(self, ent: Span, end: int) -> bool:
        """Whether a name before a value stands in a clause of place between commas that closes
        before it: "In Hangzhou, where developer Greentown China is based, prices fell" (the
        place's; "Li Jun, who runs a workshop in Xuchang, said" keeps Xuchang)."""
        return self._aside_opening(ent, end, 10) == "where"

    def _aside_opening(self, ent: Span, end: int, reach: int) -> str | None:
        """The word that opens the aside between commas holding ``ent``, when the aside closes
        before token ``end``: the word after the last comma within ``reach`` tokens before it
        ("" when the comma touches it); None when no such comma stands in its sentence."""
        doc = self.doc
        if end - ent.end > 30 or not any(doc[i].text == "," for i in range(ent.end, end)):
            return None
        for i in range(ent.start - 1, max(-1, ent.start - reach), -1):
            if doc[i].text == ",":
                return self.lowers[i + 1] if i + 1 < ent.start else ""
            if doc[i].is_sent_start:
                return None
        return None
