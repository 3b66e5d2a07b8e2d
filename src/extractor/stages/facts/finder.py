"""The compiled fact rules of one vocabulary, run over a document's values."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extractor.errors import Errors, PatternError
from extractor.rules.cues import scope_terminators
from extractor.rules.resources import read_lexicon
from extractor.spans import (
    FactData,
    doc_ents,
    doc_lowers,
    get_span_data,
)
from extractor.stages.facts.context import Context
from extractor.stages.facts.lexicon import (
    SUBJECT_LABELS,
    VALUE_LABELS,
    Cue,
    _attributive,
    _bare,
    _Value,
    cue_rules,
    fact_words,
    metric_classes,
    verb_forms,
)


class FactFinder:
    """The compiled fact rules for one vocabulary: call it on a processed ``Doc``."""

    def __init__(self, nlp: Language) -> None:
        self.rules = {rule.id: rule for rule in cue_rules()}
        self.order = {rule_id: i for i, rule_id in enumerate(self.rules)}
        for rule in self.rules.values():
            unknown = sorted(set(rule.terminated_by) - self.rules.keys())
            if unknown:
                reason = Errors.E004.format(
                    id=rule.id,
                    path="patterns/facts.jsonl",
                    reason=f"terminated_by names no rule: {', '.join(unknown)}",
                    names="-",
                )
                raise PatternError(reason)
        # Cues are literal phrases: a PhraseMatcher on LOWER finds them in one pass.
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        tokenizer = nlp.tokenizer
        for rule in self.rules.values():
            patterns = [doc for doc in map(tokenizer, rule.phrases()) if len(doc)]
            if patterns:
                self.cues.add(rule.id, patterns)
        self.metrics = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase, (cls, scope) in metric_classes().items():
            self.metrics.add(f"{cls}:{scope}", [tokenizer(phrase)])
        self.terminators = frozenset(scope_terminators())
        self.verbs = verb_forms()
        # A news agency reports quantities and owns none ("WASHINGTON (AP) --").
        self.news_sources = frozenset(row["name"] for row in read_lexicon("news_sources"))
        self.owner_nouns = frozenset(row["word"] for row in read_lexicon("owner_nouns"))
        # "in the park", "on the island": where a quantity is, not a part of it
        self.place_nouns = frozenset(row["word"] for row in read_lexicon("place_nouns"))
        self.owner_refers = {
            row["word"]: row["refers"]
            for row in read_lexicon("owner_nouns")
            if row["refers"] != "-"
        }
        self.referring_nouns = frozenset(self.owner_refers)
        # what the nouns refer to, by its lower case ("county" -> "County"), for _owner_kind
        self.owner_kinds = {v.lower(): v for v in self.owner_refers.values()}
        self.source_bodies = frozenset(row["word"] for row in read_lexicon("source_bodies"))
        # "Corporation", "Ltd": a name they close is a company's, whatever words it holds
        self.legal_forms = frozenset(row["word"] for row in read_lexicon("org_legal_forms"))
        # the nouns that introduce a company by its name ("supplier Foxconn", "oil company")
        self.company_nouns = frozenset(row["word"] for row in read_lexicon("org_cues")) | {
            word for word, refers in self.owner_refers.items() if refers in ("ORG", "Bank")
        }
        # their plurals, for a group of unnamed firms ("Private firms made up 62 percent")
        self.company_plurals = frozenset(row["word"] for row in read_lexicon("org_cue_plurals"))
        self.central_banks = frozenset(row["name"] for row in read_lexicon("central_banks"))
        self.bank_homes = {row["name"]: _bare(row["home"]) for row in read_lexicon("central_banks")}
        self.person_roles = frozenset(row["word"] for row in read_lexicon("analyst_roles"))

    def __call__(self, doc: Doc, anchor: date | None) -> list[FactData]:
        """The facts of every MONEY and PERCENT value of ``doc``, in text order."""
        found = [
            (e, data)
            for e in doc_ents(doc)
            if e.label_ in VALUE_LABELS and (data := get_span_data(e)) is not None
        ]
        if not found:
            return []
        context = Context(doc, self, anchor)
        values = [_Value(e, data, (0, 0), context.sentence_of(e.start)) for e, data in found]
        decided: list[tuple[_Value, bool]] = []  # each value with whether it converts
        previous: _Value | None = None
        measured = False  # whether the last value measures something stated
        for value in values:
            value.clause = context.clause_of(value.span)
            if value.data.converts and previous is not None:
                if measured and decided:
                    decided.append((value, True))
                continue
            context.attach(value, previous)
            # A value that measures nothing stated gets no fact ("Tickets cost 30 yuan"), nor
            # does a hypothetical step ("every 1% fall in the rupiah")
            measured = value.metric is not None and not value.step
            if measured:
                decided.append((value, False))
            previous = value
        context.headline_periods([value for value, converts in decided if not converts])
        facts: list[FactData] = []
        for value, converts in decided:
            facts.append(context.conversion(value, facts[-1]) if converts else context.data(value))
        return facts

    def find_cues(self, doc: Doc) -> list[Cue]:
        """Every cue of the document, longest first where two start at the same token."""
        # a cue word inside a name is part of the name ("of" in "Bank of Mexico")
        named = {
            i for e in doc_ents(doc) if e.label_ in SUBJECT_LABELS for i in range(e.start, e.end)
        }
        # "set up a $50 million fund", "snapped up shares worth $2 billion": the particle of
        # a verb that makes or takes something, no rise
        setters = fact_words("up_particle")
        lowers = doc_lowers(doc)
        speech = fact_words("speech_change_verb")
        found = [
            Cue(start, end, self.rules[doc.vocab.strings[match_id]])
            for match_id, start, end in self.cues(doc)
            if named.isdisjoint(range(start, end))
            and not _attributive(doc, start, end)
            # "He added that ...", "..., he added.": speech reported, no change
            and not (
                end == start + 1
                and lowers[start] in speech
                and (end == len(doc) or lowers[end] in ("that", ",", ".", ":", '"', "\u201c"))
            )
            and not (
                lowers[start] == "up"
                and end == start + 1
                and start > 0
                and lowers[start - 1] in setters
            )
        ]
        return sorted(found, key=lambda c: (c.start, -c.end, self.order[c.rule.id]))
