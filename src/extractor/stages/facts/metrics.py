"""Fact rules: the metric."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span

from extractor.records import PercentValue
from extractor.spans import get_span_data
from extractor.stages.facts.kinds import KindRules
from extractor.stages.facts.lexicon import (
    SUBJECT_LABELS,
    VALUE_LABELS,
    Metric,
    _all_initials,
    _bare,
    _holds,
    _name_words,
    _named_after_country,
    _Value,
    country_names,
    fact_words,
    metric_classes,
    multiplier_words,
)

# An ordinal word or figure: "third", "second", "21st".
_ORDINAL = re.compile(r"(?:\w*(?:first|second|third)|[a-z]+th|\d+(?:st|nd|rd|th))")

# The ordinals of a year's quarters and halves, which may stand for them ("in the second").
_ORDINAL_PARTS = frozenset({"first", "second", "third", "fourth"})


# Words that leave a part out of a quantity: "pay excluding bonuses", "sales ex-fuel".
_EXCLUSIONS = frozenset({"excluding", "excl", "excl.", "ex", "exclusive", "minus", "less"})


# The marks of a possessive: "Vantor's revenue", "Halden Chips' market value".
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


# The prepositions inside a share's part before its verb: "Exports by foreign-invested
# enterprises", "Investment in manufacturing", "Trade with Belt and Road countries".
# "was valued at", "would be valued at", "has been valued at": the words between a noun and
# the participle
_VALUED_AUXILIARIES = frozenset({"would", "will", "could", "may", "might", "has", "have", "had"})

_SHARE_PART_PREPOSITIONS = frozenset(("by", "from", "of", "in", "with", "to", "on"))

# the verbs between a group measured by a percentage and what the part is: "60 percent of our
# tenants are now small firms", "45% of rural households had internet access"
_SHARE_COPULAS = frozenset({"is", "are", "was", "were", "had", "have", "has"})

# the words between a percentage's "of" and the group it is of: "of our members", "of the
# city's residents"
_GROUP_DETERMINERS = frozenset({"the", "its", "their", "our", "all", "'s", "\u2019s"})
# prepositions after a group's verb in the present ("of the labour force works in ...")
_GROUP_VERB_PREPOSITIONS = frozenset({"in", "at", "on", "for", "from", "with", "abroad"})
# words that join a clause to the one before ("..., and 35% of employees receive ...")
_SHARE_JOINTS = frozenset({"and", "while", "whereas", "but"})
# a negation after a copula negates a state; it names no part ("are neither in school nor")
_NEGATIONS = frozenset({"not", "neither", "no", "never", "nor"})
# the dash that ends a dateline
_DASHES = frozenset({"-", "\u2013", "\u2014"})


# A key-figures line: "Registered unemployment rate, Sept.: 5.0%" up to the value (the label:
# a capitalised phrase of at most eight words, what follows it up to the colon on the same line)
_LINE_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,7})(?:,[^:\n]*)?:[ \t]*$"
)


class MetricRules(KindRules):
    """The metric of a value: the measured quantity's phrase."""

    def _metric(self, value: _Value, previous: _Value | None) -> None:
        span, clause = value.span, value.clause
        same_clause = previous is not None and previous.clause == clause
        segment = previous.span.end if previous is not None and same_clause else clause[0]
        pronoun = any(
            c.rule.category == "pronoun" for c in self.cue_index.between(segment, span.start)
        )
        if pronoun and previous is not None and previous.metric is not None:
            value.take_metric(self._head_of(previous), previous.phrase, "metric.pronoun")
            return
        antecedent = self._share_antecedent(value, previous)
        if antecedent is not None:
            # "Private investment fell, and its share of total investment dropped to 48.3%"
            value.take_metric(antecedent[0], antecedent[1], "metric.share_antecedent")
            return
        if self._restated_price(value, previous):
            assert previous is not None and previous.metric is not None
            # "for $4.8 billion in cash and stock, or $61 a share": the same price restated
            value.take_metric(previous.metric, previous.phrase, "metric.restated_price")
            return
        head = self.relative_head(span, clause[0])
        if head is not None:
            inside = next(iter(self.metric_index.between(*head)), None)
            value.take_metric(self.char_range(*head), inside, "metric.relative_head")
            return
        priced = self._priced(span, clause)
        if priced is not None:
            value.take_metric(self.char_range(priced.start, priced.end), priced, "metric.priced")
            return
        labelled = self._line_label(value)
        if labelled is not None:
            value.take_metric(labelled, None, "metric.line_label")
            return
        returned = self._returned_to_holders(span, clause)
        if returned is not None:
            value.take_metric(self.char_range(*returned), None, "metric.returned")
            return
        # ("Mining added A$12 billion to the economy": the part that gave it, below)
        allocated = None if self._given_to_economy(value) else self._allocated_to(span, clause)
        if allocated is not None:
            value.take_metric(allocated[0], allocated[1], "metric.allocated")
            return
        bought = self._bought_company(span, clause)
        if bought is not None and self._named_after(span) is None:
            value.take_metric(bought, None, "metric.bought_company")
            return
        traded = self._traded_asset(span, clause) if bought is None else None
        if traded is not None and self._named_after(span) is None:
            # (", the biggest property deal this year": the deal the appositive names wins)
            inside = next(iter(self.metric_index.between(*traded)), None)
            value.take_metric(self.char_range(*traded), inside, "metric.traded_asset")
            return
        moved = self._stock_move(value)
        if moved is not None:
            value.take_metric(self.char_range(moved.start, moved.end), moved, "metric.stock_move")
            return
        group = self._sector_move(value, previous)
        if group is not None:
            value.take_metric(self.char_range(group.start, group.end), group, "metric.sector_move")
            return
        if "kind.use_of_proceeds" in value.how:
            start = span.end + 1
            while start < clause[1] and self.lowers[start] in ("a", "an", "the", "its"):
                start += 1
            end = start
            while end < clause[1] and end < start + 6 and self.plain(end):
                end += 1
            end = self._listed_words(end, clause[1])  # "15% to research and development"
            if end > start:
                inside = next(iter(self.metric_index.between(start, end)), None)
                value.take_metric(self.char_range(start, end), inside, "metric.use_of_proceeds")
                return
        stake = self._stake_noun_before(span, clause) if "kind.stake_noun" in value.how else None
        if stake is not None:
            inside = next(iter(self.metric_index.between(stake, stake + 1)), None)
            value.take_metric(self.char_range(stake, stake + 1), inside, "metric.stake_noun")
            return
        as_part = self._as_part_of(span, clause)
        if as_part is not None:
            inside = next(iter(self.metric_index.between(*as_part)), None)
            value.take_metric(self.char_range(*as_part), inside, "metric.as_part_of")
            return
        share_of = self._share_of(span, clause)
        if share_of is not None and value.kind in ("share", "target", "change"):
            owned = self._share_owner(share_of, clause)
            if owned is not None:
                value.take_metric(owned, None, "metric.share_owner")
                return
            start = share_of.end + (self.lowers[share_of.end] == "the")
            end = start
            while end < span.start and end < start + 6 and self.plain(end):
                end += 1
            if end == start and self._noun_cue(start):
                end += 1  # "its share of the market": a cue word that is a noun here
            if end > start:
                end = self._overdue_tail(end, span.start)
                inside = next(iter(self.metric_index.between(start, end)), None)
                value.take_metric(self.char_range(start, end), inside, "metric.share_of")
                return
        noun = self._past_basis(span.end, clause[1]) if span.end < clause[1] else span.end
        if (
            noun + 1 < clause[1]
            and self.lowers[noun] in fact_words("growth_noun")
            and self.lowers[noun + 1] in ("in", "of")
        ):
            # "reported a 41% jump in third-quarter consolidated net profit"
            grown = self._right_phrase(span, clause, value.kind)
            if grown is not None:
                value.take_metric(grown[0], grown[1], "metric.growth_in")
                return
        valued = self._valuation(span, clause)
        if valued is not None:
            value.take_metric(valued, None, "metric.valuation")
            return
        figures = self._restated_respectively(value)
        if figures is not None:
            value.take_metric(figures[0], figures[1], "metric.restated_respectively")
            return
        part = self._share_part(value, previous)
        if part is not None:
            value.take_metric(part[0], part[1], "metric.share_part")
            return
        worth = self._worth(span, clause)
        if worth is not None:
            value.take_metric(worth, None, "metric.worth")
            return
        named = self._named_after(span)
        if named is not None:
            value.take_metric(self.char_range(named.start, named.end), named, "metric.apposition")
            return
        if "kind.cause_amount" in value.how:
            cause = self._right_phrase(span, clause, value.kind)
            if cause is not None:
                value.take_metric(cause[0], cause[1], "metric.cause")
                return
        made_of = self._made_of(span, clause, value.kind)
        if made_of is not None:
            value.take_metric(made_of[0], made_of[1], "metric.amount_of")
            return
        move = self._rate_move(value)
        if move is not None:
            value.take_metric(move, None, "metric.rate_move")
            return
        fined = self._fined(span, clause)
        if fined is not None:
            value.take_metric(fined, None, "metric.fined")
            return
        pace = self._pace_of_change(span, segment)
        if pace is not None:
            value.take_metric(self.char_range(pace.start, pace.end), pace, "metric.pace")
            return
        participle_phrase = self._participle_phrase(span, segment)
        if participle_phrase is not None:
            value.take_metric(participle_phrase, None, "metric.participle_phrase")
            return
        respective = self._respective_phrases(value)
        if respective is not None:
            value.take_metric(respective, None, "metric.respective_phrase")
            return
        with_phrase = self._with_phrase(span, clause)
        if with_phrase is not None:
            # "Capital adequacy ratio stood at 16.9 per cent, with CET-1 at 14.8 per cent"
            in_with = [
                m for m in self.metric_index.between(*with_phrase) if m.end <= with_phrase[1]
            ]
            value.take_metric(
                self.char_range(*with_phrase),
                in_with[-1] if in_with else None,
                "metric.with_phrase",
            )
            return
        modified = self._modified_noun(span, clause)
        if modified is not None and self._attached_after(span) is None:
            # "hit by a 300 million euro charge", "a 5% pay rise": the noun the value modifies
            value.take_metric(
                self.char_range(modified[0], modified[1]), None, "metric.modified_noun"
            )
            return
        for how, found in (
            ("metric.respectively", self._respectively(value)),
            ("metric.growth_of", self._growth_of(span)),
            ("metric.compound", self._attached_after(span)),
            ("metric.left", self._left_phrase(span, segment)),
            ("metric.growth_after", self._growth_after(span, clause)),
        ):
            if found is not None:
                if how == "metric.left" and self._share_opens_clause(value):
                    # "... has a formal contract, and 35% of employees receive health cover":
                    # a percentage of a group that opens a joined clause is not of the
                    # phrase before the joint
                    continue
                if how == "metric.left" and same_clause and self._new_object(span):
                    assert previous is not None
                    # "$2 billion in term loans and $500 million in bonds": the phrase before
                    # is the previous amount's, this one has its own
                    own = self._right_phrase(span, clause, value.kind)
                    if (
                        own is not None
                        and own[1] is not None
                        and previous.metric == self.char_range(found.start, found.end)
                    ):
                        value.take_metric(own[0], own[1], "metric.right")
                        return
                if (
                    how == "metric.left"
                    and previous is not None
                    and previous.metric is not None
                    and previous.sentence == value.sentence
                    and self._benchmark_gap(found, span)
                ):
                    # "GDP grew 6.1 percent, outpacing the national figure by 0.8 percentage
                    # points": the gap is the quantity measured before, the figure its benchmark
                    value.take_metric(previous.metric, previous.phrase, "metric.benchmark_gap")
                    return
                if how == "metric.left" and self._growth_of_in(span):
                    # "and an increase of about 6 percent in retail sales": the list item
                    # names its own quantity after "in"
                    own = self._right_phrase(span, clause, value.kind)
                    if own is not None and own[1] is not None:
                        value.take_metric(own[0], own[1], "metric.growth_of_in")
                        return
                if how == "metric.left" and self._limit_on(span, clause):
                    # "Zero-tariff rules and the cap of 15 percent on corporate income tax": a
                    # limit set on a quantity measures that quantity
                    own = self._right_phrase(span, clause, value.kind)
                    if own is not None:
                        value.take_metric(own[0], own[1], "metric.limit_on")
                        return
                if how == "metric.left" and self._yielded_in(span, clause):
                    # "Foreign arrivals are expected to generate 1.6 trillion baht in revenue":
                    # the quantity after "in" names the amount, not the doer before the verb
                    own = self._right_phrase(span, clause, value.kind)
                    if own is not None and own[1] is not None:
                        value.take_metric(own[0], own[1], "metric.yielded_in")
                        return
                if how == "metric.left" and self._after_result_participle(span, clause):
                    # "Domestic trips totaled 120 million, generating 95 billion yuan in
                    # spending": a clause of result names its own quantity after the amount
                    own = self._right_phrase(span, clause, value.kind)
                    if own is not None and own[1] is not None:
                        value.take_metric(own[0], own[1], "metric.result_object")
                        return
                if how == "metric.left" and self._whole_of_share(found, previous, span):
                    assert previous is not None and previous.metric is not None
                    # "accounted for 41% of wafer revenue, up 6 percentage points": the change
                    # of the share is the part's, not the whole's
                    value.take_metric(previous.metric, previous.phrase, "metric.share_change")
                    return
                if how == "metric.left" and (planned := self._joined_plan_verb(found.end, span)):
                    # "targets copper output of 1.4 million tonnes and plans to invest $4.5
                    # billion": a second predicate whose verb alone names the amount
                    value.take_metric(planned, None, "metric.joined_plan_verb")
                    return
                if how == "metric.left" and (joined := self._joined_clause(found, span)):
                    # "Ningbo aims to lift container throughput to ..., and diesel use at the
                    # port fell 8.2 percent": the clause after ", and" states its own quantity
                    value.take_metric(joined, None, "metric.joined_clause")
                    return
                end = found.end
                if self._listed_parts(found, value.sentence):
                    end = found.head_end  # "the added values of its primary, secondary and ..."
                elif how == "metric.compound":
                    end = self._purpose_named(found.end, clause[1])
                start = self._past_superlatives(found)
                if start == found.start and self._listed_modifiers(start, found.head_end, value):
                    start += 1  # "Urban and rural retail sales ... respectively": the shared head
                value.take_metric(self.char_range(start, end), found, how)
                return
        through_growth = span.end < len(self.doc) and self.lowers[span.end] in fact_words(
            "growth_noun"
        )
        chain = (
            previous is not None
            and previous.metric
            and previous.sentence == value.sentence
            and not self._verb_after_aside(span, previous)
        )
        # "About 40% of the district's workforce holds": the part after "of" is the metric,
        # unless the sentence has measured it already ("rose to 12.5 million, or 41.2% of ...")
        restated = span.start > 0 and self.lowers[span.start - 1] == "or"
        # ("About 40% of the workforce holds a degree": a whole the share patterns know, with
        # no metric before it, is the group the same way)
        part_of = (
            (
                value.how[-1:] == ["share.percent_of"]
                or (
                    value.how[-1:] == ["share.noun_after"]
                    and span.end < len(self.doc)
                    and self.lowers[span.end] == "of"
                )
            )
            # "Exports rose 4% in October, and 35% of shipments went to China": a new clause
            # after "and" opens with its own part
            and (not chain or self._opens_after_and(span))
            and not restated
        )
        predicate = self._share_predicate(span, clause) if part_of else None
        if predicate is not None:
            # "Over 60 percent of our tenants are now small firms": the part is what they are
            value.take_metric(predicate, None, "metric.share_predicate")
            return
        right = self._right_phrase(span, clause, "level" if part_of else value.kind)
        if part_of and right is not None:
            right = self._group_before_verb(right, clause)
        if right is None and part_of:
            members = self._share_group(span, clause)
            if members is not None:
                # "Over 30 percent of our members voted": the group, no lexicon phrase
                value.take_metric(members, None, "metric.share_group")
                return
        if right is not None and self._own_value(right[0]):
            # "The Turkish lira has lost about 8% of its value": the lira's
            sentence = value.sentence
            owner = [
                m
                for m in self.metric_index.between(sentence.start, span.start)
                if m.end <= span.start
            ]
            if owner:
                right = self.char_range(owner[-1].start, owner[-1].end), owner[-1]
        if chain and (stated := self._stated_phrase(span, previous)) is not None:
            # "..., while the broader market fell 0.4%": a new statement, a new metric
            value.take_metric(stated, None, "metric.stated")
            return
        if chain and (item := self._listed_item_move(span, previous)) is not None:
            value.take_metric(item, None, "metric.listed_item")
            return
        new_object = right is not None and (
            (right[1] is not None and (self._new_object(span) or self._growth_of_in(span)))
            or self._verb_then_in(span)
        )
        if chain and right is None:
            assert previous is not None
            planned = self._joined_plan_verb(previous.span.end, span)
            if planned is not None:
                # "Revenue rose 5% and the company will invest $2 billion"
                value.take_metric(planned, None, "metric.joined_plan_verb")
                return
        if chain and (right is None or (same_clause and not through_growth and not new_object)):
            assert previous is not None and previous.metric is not None
            value.take_metric(previous.metric, previous.phrase, "metric.chain")
            return
        if right is not None:
            value.take_metric(right[0], right[1], "metric.right")
            return
        counted = self._counted_before(span, clause)
        if counted is not None:
            # "The port handled 27.6 million TEUs, an increase of 11.8 percent"
            value.take_metric(counted, None, "metric.counted")
            return
        generic = self._generic_phrase(span, segment)
        participle = self._participle_subject(generic, value.sentence)
        if participle is not None:
            value.take_metric(
                self.char_range(participle.start, participle.end), participle, "metric.participle"
            )
        elif generic is not None:
            value.take_metric(generic, None, "metric.phrase")
        elif (opened := self._pronoun_for_subject(value)) is not None:
            value.take_metric(
                self.char_range(opened.start, opened.end), opened, "metric.pronoun_subject"
            )
        elif (earlier := self._earlier_clause_metric(value, previous)) is not None:
            value.take_metric(
                self.char_range(earlier.start, earlier.end), earlier, "metric.earlier_clause"
            )
        elif previous is not None and previous.metric:
            metric, phrase = previous.metric, previous.phrase
            if phrase is not None and "metric.with_phrase" in previous.how:
                # "..., with sales in North America up 18 percent. In China, they fell 21
                # percent": the part was the previous figure's; the quantity goes on
                metric = self.char_range(phrase.start, phrase.head_end)
            value.take_metric(metric, phrase, "metric.previous_sentence")

    def _returned_to_holders(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "plans to return £1.6 billion to shareholders through buybacks and dividends",
        "returned $4 billion to shareholders": capital handed back to its holders; the means
        after "through"/"via"/"in" name the quantity, else the verb does (tokens). A
        participle after a comma restates the payout just named."""
        lowers = self.lowers
        verb = span.start - 1
        while verb > clause[0] and lowers[verb] in ("a", "an", "further", "another", "about"):
            verb -= 1  # "return a further $2 billion"
        j = span.end
        if (
            verb < clause[0]
            or lowers[verb] not in fact_words("return_verb")
            # "a dividend of 62 cents a share, returning about A$1.4bn to shareholders": the
            # amount of the payout just named
            or (verb > 0 and lowers[verb - 1] == "," and lowers[verb].endswith("ing"))
            or j + 1 >= clause[1]
            or lowers[j] != "to"
            or lowers[j + 1] not in fact_words("holder")
        ):
            return None
        k = j + 2
        while k < clause[1] and k < j + 6 and self.ent_types[k] == "DATE":
            k += 1  # "to shareholders this year through ..."
        if k + 1 < clause[1] and lowers[k] in ("through", "via", "in"):
            end = self._plain_run(k + 1, min(clause[1], k + 8), 5)
            end = self._listed_words(end, clause[1])  # "through buybacks and dividends"
            if end > k + 1:
                return k + 1, end
        return verb, verb + 1

    def _earlier_clause_metric(self, value: _Value, previous: _Value | None) -> Metric | None:
        """ "Statistics New Zealand will publish fourth-quarter GDP next month; economists
        expect a fall of 0.1%": a value whose clause names no quantity, first of its sentence,
        measures the last lexicon phrase of the clauses before it (a window), not the quantity
        of the sentence before."""
        sentence, opening = value.sentence, value.clause[0]
        if opening <= sentence.start or (
            previous is not None and previous.span.start >= sentence.start
        ):
            return None
        named = [
            m
            for m in self.metric_index.between(max(sentence.start, opening - 30), opening)
            if m.end <= opening and m.cls != "growth" and not self._example(m)
        ]
        return named[-1] if named else None

    def _rate_move(self, value: _Value) -> tuple[int, int] | None:
        """ "voted for a cut of 25 basis points", "the first cut, of 25 basis points", "half a
        percent of easing", "between 125 and 150 basis points of cuts": points of a rate move,
        when the sentence names no rate before them, measure the move ("cut", "first cut",
        "easing"); "kept its reference rate at 5.75 pct, after cuts of 75 basis points" are the
        rate's."""
        span, sentence, percent = value.span, value.sentence, value.data.value
        if not isinstance(percent, PercentValue):
            return None
        points = percent.unit == "percentage_point"
        lowers, moves = self.lowers, fact_words("metric_rate_move")
        i = span.start - 1
        if points and i > sentence.start and lowers[i] == "of":
            i -= 1
            if i > sentence.start and lowers[i] == ",":
                i -= 1
            if lowers[i] not in moves:
                return None
            start, end = i, i + 1
            # "the first cut", "a further rise", "its last increase"
            if (
                start - 2 >= sentence.start
                and self.plain(start - 1)
                and lowers[start - 2] in ("the", "a", "an", "its", "their", "another")
            ):
                start -= 1
        elif (
            span.end + 1 < sentence.end
            and lowers[span.end] == "of"
            and lowers[span.end + 1] in moves
        ):
            start, end = span.end + 1, span.end + 2
        elif points and span.end < sentence.end and lowers[span.end] in moves:
            # "a 25 basis point cut", "a 50-basis-point hike in its policy rate": the rate
            # after the move when one is named there, else the move
            start, end = span.end, span.end + 1
            if end + 1 < sentence.end and lowers[end] in ("in", "to", "of", "on"):
                for m in self.metric_index.between(end + 1, end + 3):
                    if m.cls == "rate" and all(
                        lowers[k] in ("the", "its", "their") for k in range(end + 1, m.start)
                    ):
                        return self.char_range(m.start, m.end)
        else:
            return None
        # a window, not the whole sentence: a sentence of thousands of values stays linear
        if any(
            m.cls == "rate"
            and m.end <= span.start
            # "a 90% chance of a 25 basis point cut": a probability is no rate the points move
            and lowers[m.head_end - 1] not in fact_words("probability")
            for m in self.metric_index.between(max(sentence.start, span.start - 40), span.start)
        ):
            return None
        return self.char_range(start, end)

    def _restated_increment(self, comma: int, floor: int) -> int:
        """ "produced 56.3 million tonnes of grain, an increase of 0.67 million tonnes, or 1.2
        percent": the comma before the increment in things counted that the percentage
        restates; ``comma`` when no such increment stands before it."""
        lowers, doc = self.lowers, self.doc
        j = comma - 1
        units = 0
        while j > floor and units < 2 and self.plain(j) and not doc[j].like_num:
            j -= 1  # "tonnes", "TEUs"
            units += 1
        if units == 0 or not (doc[j].like_num and not doc[j].ent_type_):
            return comma
        while j > floor and doc[j].like_num and not doc[j].ent_type_:
            j -= 1  # "0.67 million"
        cue = j
        while j > floor and (j in self.cue_tokens or lowers[j] in ("an", "a")):
            j -= 1  # "an increase of", "up"
        return j if j < cue and lowers[j] == "," else comma

    def _counted_before(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "generated 155.2 billion kilowatt-hours of electricity from wind and solar last
        year, up 21.6 percent", "produced 680,000 new energy vehicles last year, about 7 percent
        of the national total": a percentage set off after a number of things counted (no
        mention of money) measures the things counted."""
        lowers, doc = self.lowers, self.doc
        i = span.start - 1
        floor = max(clause[0], self.sentence_of(span.start).start, span.start - 25)
        # back over the value's cue words and a date: ", up", ", about", ", an increase of"
        while i > floor and (
            i in self.cue_tokens
            or doc[i].ent_type_ == "DATE"
            or lowers[i] in ("about", "around", "nearly", "or", "an", "a", "some", "roughly")
        ):
            i -= 1
        if lowers[i] != ",":
            return None
        i = self._restated_increment(i, floor)
        end = i
        while end > floor and doc[end - 1].ent_type_ == "DATE":
            end -= 1  # "last year"
        if end < i and end > floor and lowers[end - 1] in ("in", "during", "for"):
            end -= 1  # "in 2023"
        start = end
        while start > floor and (
            self.plain(start - 1) or lowers[start - 1] in ("and", "of", "from", ",")
        ):
            start -= 1
        number = start - 1
        while number > floor and doc[number].like_num and not doc[number].ent_type_:
            number -= 1  # "155.2 billion"
        if number == start - 1 or doc[start - 1].ent_type_ or not doc[start - 1].like_num:
            return None
        while start < end and lowers[start] in multiplier_words():
            start += 1  # "27.6 million TEUs"
        # past a unit: "kilowatt-hours of electricity"; else a phrase of two words or more
        # ("new energy vehicles"): one word after a number is its unit ("9.51 million tons")
        of = next((k for k in range(start, end) if lowers[k] == "of"), None)
        if of is not None and of + 1 < end:
            start = of + 1
        elif sum(
            doc[k].text != "-" and not (k > start and doc[k - 1].text == "-")
            for k in range(start, end)
        ) < 2 and "".join(lowers[start:end]) in fact_words("measure_unit"):
            return None  # "9.51 million tons", "kilowatt-hours": a unit of measure
        while start < end and not self.plain(start):
            start += 1
        while end > start and not self.plain(end - 1):
            end -= 1
        return self.char_range(start, end) if end > start else None

    def _with_phrase(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ ", with CET-1 at 14.8 per cent", ", with sales in North America up 18 percent",
        ", with oil and gas revenues accounting for 32.6%": in a clause of "with", a noun phrase
        and the verb or preposition of the value, the noun phrase is the quantity (with its part
        phrase)."""
        lowers, doc = self.lowers, self.doc
        if "with" not in lowers[max(clause[0], span.start - 14) : span.start]:
            return None  # most values: no "with" near
        i = span.start - 1
        while i > clause[0] and i >= span.start - 4 and i in self.cue_tokens:
            i -= 1  # the cue words of the value: "at", "up", "accounting for"
        stop = i + 1
        if stop == span.start:
            return None
        # a part phrase: "in North America", "with Central Asian countries"
        # or a list: "outlays on education, culture and recreation"
        head_end, k = stop, stop - 1
        while (
            k > stop - 8
            and k > clause[0]
            and (
                doc[k].ent_type_ in ("GPE", "LOC", "NORP")
                or self.plain(k)
                or (lowers[k] in (",", "and") and k + 1 < stop and self.plain(k + 1))
            )
        ):
            k -= 1
        if k < stop - 1 and k > clause[0] and lowers[k] in ("in", "with", "to", "on"):
            head_end = k
        start = head_end
        while (
            start > clause[0] + 1
            and start > head_end - 6
            and (
                self.plain(start - 1)
                or lowers[start - 1] == "and"
                or doc[start - 1].text == "-"
                # "CET-1": a name with a number, one token
                or (
                    "-" in doc[start - 1].text
                    and doc[start - 1].text[0].isalpha()
                    and not doc[start - 1].ent_type_
                )
            )
        ):
            start -= 1
        while start < head_end and lowers[start] == "and":
            start += 1
        before = start
        while before > clause[0] and lowers[before - 1] in ("the", "a", "an", "its", "their"):
            before -= 1
        if (
            start == head_end
            or before < clause[0] + 2
            or lowers[before - 1] != "with"
            or lowers[before - 2] != ","
        ):
            return None
        head = lowers[head_end - 1]
        if (
            head in self.finder.owner_nouns
            or head in fact_words("people")
            or head in fact_words("forecast_noun")
            or head in fact_words("reference")
        ):
            return None
        return start, stop

    def _share_group_end(self, span: Span, clause: tuple[int, int]) -> tuple[int, int]:
        """The first and the end token of the plain words after a percentage's "of" and its
        determiner or owner ("of our buyers", "of the workforce"); equal when there are none."""
        lowers = self.lowers
        start = span.end + 1
        while start < clause[1] and lowers[start] in _GROUP_DETERMINERS:
            start += 1
        end = start
        # ("of the workforce": a collective noun of people that a share pattern reads as the
        # whole is still the group)
        while (
            end < clause[1]
            and end < start + 5
            and (self.plain(end) or lowers[end] in fact_words("people_group"))
        ):
            end += 1
        return start, end

    def _group_before_verb(
        self, right: tuple[tuple[int, int], Metric | None], clause: tuple[int, int]
    ) -> tuple[tuple[int, int], Metric | None]:
        """ "18 percent of the labour force works in agriculture": a one-word verb in the present
        ("works", before a preposition) right after a lexicon phrase of the group is no word of
        the group's phrase ("20% of the steel plants in Hebei" keeps its noun)."""
        (first, last), inside = right
        if inside is None or inside.end + 1 >= clause[1]:
            return right
        doc, verb = self.doc, inside.end
        word = self.lowers[verb]
        if (
            doc[verb].idx + len(self.words[verb]) == last
            and self.lowers[verb + 1] in _GROUP_VERB_PREPOSITIONS
            and word.endswith("s")
            and not word.endswith("ss")
            and self.alpha[verb]
        ):
            return (first, doc[verb - 1].idx + len(self.words[verb - 1])), inside
        return right

    def _share_opens_clause(self, value: _Value) -> bool:
        """Whether a percentage of a group ("35% of employees") opens a clause joined to the one
        before ("..., and 35% of employees receive"): a conjunction right before it."""
        span, lowers = value.span, self.lowers
        return (
            value.how[-1:] == ["share.percent_of"]
            and span.start > value.sentence.start + 1
            and lowers[span.start - 1] in _SHARE_JOINTS
            and span.end < len(lowers)
            and lowers[span.end] == "of"
        )

    def _share_group(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "Over 30 percent of our members voted": the group a percentage of is taken."""
        if span.end >= clause[1] or self.lowers[span.end] != "of":
            return None
        start, end = self._share_group_end(span, clause)
        if end == start or self.lowers[end - 1] in self.finder.owner_nouns:
            return None
        return self.char_range(start, end)

    def _share_predicate(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "Over 60 percent of our tenants are now small firms", "45% of rural households had
        internet access": a percentage of a group, a copula or "had", and a noun phrase; the phrase
        names the part measured (not "holds a degree" or "is sold online": the group is)."""
        lowers, doc = self.lowers, self.doc
        if span.end >= clause[1] or lowers[span.end] != "of":
            return None
        first, i = self._share_group_end(span, clause)
        if i == first or i >= clause[1] or lowers[i] not in _SHARE_COPULAS:
            return None
        start = i + 1
        while start < clause[1] and lowers[start] in fact_words("part_adverb") | {"now", "still"}:
            start += 1
        if start < clause[1] and lowers[start] in ("a", "an"):
            start += 1
        end = start
        while (
            end < clause[1]
            and end < start + 6
            and lowers[end] != "rather"  # "small firms rather than banks"
            and (self.plain(end) or lowers[end] in ("or", "and"))
        ):
            end += 1
        while end > start and lowers[end - 1] in ("or", "and"):
            end -= 1
        if end == start or lowers[start].endswith(("ed", "ing")) or doc[start].ent_type_:
            return None  # "is sold", "were growing": a verb, no part
        if lowers[start] in _NEGATIONS:
            return None  # "are neither in school nor employed": no part named
        if end < clause[1] and lowers[end] in ("by", "to", "for"):
            return None  # "were owned by", "are set to": a verb phrase
        return self.char_range(start, end)

    def _joined_plan_verb(self, floor: int, span: Span) -> tuple[int, int] | None:
        """ "Codelco targets copper output of 1.4 million tonnes and plans to invest $4.5
        billion": "and", a word of a plan and a verb of spending right before the amount make
        a predicate of its own; the verb names the amount, not the metric of the first one
        (``floor``: the end of that metric or of the value before)."""
        lowers = self.lowers
        verb = span.start - 1
        while verb > floor and lowers[verb] in ("a", "an", "another", "further", "extra"):
            verb -= 1
        if verb <= floor + 1 or lowers[verb] not in fact_words("allocation"):
            return None
        joint = next(
            (i for i in range(verb - 1, max(floor, verb - 5) - 1, -1) if lowers[i] == "and"),
            None,
        )
        if joint is None or not any(
            c.rule.category == "target" for c in self.cue_index.between(joint + 1, verb + 1)
        ):
            return None
        return self.char_range(verb, verb + 1)

    def _joined_clause(self, metric: Metric, span: Span) -> tuple[int, int] | None:
        """ "Each upgraded mu yields about 100 jin more grain, and crop insurance now pays up to
        800 yuan per mu", "Ningbo aims to lift container throughput to ..., and diesel use at
        the port fell 8.2 percent": a comma and a conjunction between the metric before the
        value and the value open a new clause; the noun phrase that opens it, before the verb
        of the value, is the quantity."""
        lowers = self.lowers
        joint = self._joint(span.start, metric.end)
        if joint is None:
            return None
        verb = next(
            (
                c
                for c in self.cue_index.between(joint + 1, span.start)
                if c.rule.predicate and c.end <= span.start
            ),
            None,
        )
        if verb is None:
            return None
        opening = joint + 1
        while opening < verb.start and lowers[opening] in ("the", "its", "their"):
            opening += 1
        closing = opening
        while closing < verb.start and closing < opening + 5 and self.plain(closing):
            closing += 1
        # "crop insurance now pays": an adverb between the phrase and its verb
        while closing > opening and lowers[closing - 1] in fact_words("part_adverb"):
            closing -= 1
        if (
            closing == opening
            or lowers[closing - 1] in self.finder.owner_nouns
            or lowers[closing - 1] in fact_words("people")
            or any(lowers[k] in fact_words("sensitivity") for k in range(opening, closing))
        ):
            return None
        return self.char_range(opening, closing)

    def _whole_of_share(self, metric: Metric, previous: _Value | None, span: Span) -> bool:
        """Whether ``metric`` is the whole a share just before names ("46.8 percent of
        exports", "41% of the wafer revenue", "61% of the group's output"), when that share has
        a metric of its own, and no
        verb after the whole makes it the subject of a statement of its own ("of GDP, which
        grew 5%")."""
        if previous is None or previous.kind not in ("share", "target") or previous.metric is None:
            return False  # (a target "of 2.78% of GDP next year" names its whole too)
        gap = self.lowers[previous.span.end : metric.start]
        owner = len(gap) >= 3 and gap[-1] in ("'s", "\u2019s")
        if owner:
            gap = gap[:-2]  # "61% of the group's output"
        return (
            0 < len(gap) <= 3
            and gap[0] == "of"
            and all(w in ("the", "its", "their") for w in gap[1:])
            and not any(
                w in self.finder.verbs or w in fact_words("relative")
                for w in self.lowers[metric.end : span.start]
            )
        )

    def _priced(self, span: Span, clause: tuple[int, int]) -> Metric | None:
        """What a price verb is said of: "Butter sold for US$6,300", "Industrial plots sold for
        an average of 276,000 yuan per mu", "a typical hairpiece now sells for 60 to 90
        dollars", "Whole milk powder, the main driver of prices, fetched US$3,410 a tonne",
        "residential plots in central Jinan fetched 5.8 million yuan per mu": the noun phrase
        before the verb (past an aside between commas and a place after the phrase)."""
        doc, lowers = self.doc, self.lowers
        i = span.start
        floor = max(clause[0], span.start - 6)
        # "for an average of", "for a record"
        while i > floor and (
            lowers[i - 1] in ("a", "an", "of", "average")
            or lowers[i - 1] in fact_words("reference")
        ):
            i -= 1
        verbs = fact_words("metric_price_verb")
        verb = next(
            (j for j in (i - 1, i - 2) if j >= clause[0] and " ".join(lowers[j:i]) in verbs), None
        )
        if verb is None:
            return None
        end = verb
        adverbs = fact_words("metric_price_adverb")
        while end > clause[0] and end > verb - 2 and lowers[end - 1] in adverbs:
            end -= 1
        stop = max(clause[0], self.sentence_of(span.start).start)
        if end > stop and self.words[end - 1] == ",":
            # an aside between commas: "Whole milk powder, the main driver of ..., fetched"
            opening = next(
                (j for j in range(end - 2, max(stop, end - 12) - 1, -1) if self.words[j] == ","),
                None,
            )
            if opening is None:
                return None
            end = opening
        # "plots in central Jinan and Qingdao": the place after the phrase is no part of it
        k = next((k for k in range(end - 2, max(stop, end - 8) - 1, -1) if lowers[k] == "in"), None)
        if k is not None:
            place = doc[k + 1 : end]
            if any(t.ent_type_ in SUBJECT_LABELS for t in place) and all(
                t.ent_type_ in SUBJECT_LABELS or t.lower_ in ("and", ",") or self.plain(t.i)
                for t in place
            ):
                end = k
        start = self._words_before(end, stop)
        if start == end or lowers[end - 1] in self.finder.owner_nouns:
            return None
        head = start
        while head - 1 > stop and lowers[head - 1] == "of" and self.plain(head - 2):
            head -= 1  # "a standard crate of apples": the "of" phrase says what is sold
            while head > stop and head > start - 5 and self.plain(head - 1):
                head -= 1
        return Metric(head, end, "event", end, "any", end)  # a sale: the price it fetched

    def _worth(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """What an amount is the worth or cost of: "152 projects each worth more than 100
        million yuan", "consumption vouchers worth 500 million yuan", "The first phase, costing
        6.5 billion yuan, includes": the noun phrase right before "worth" (past "each") or
        before the comma of a participle ("costing")."""
        lowers, k = self.lowers, span.start - 1
        if k <= clause[0] or lowers[k] not in fact_words("metric_worth"):
            return None
        participle = lowers[k] != "worth"
        k -= 1
        if lowers[k] in ("each", "apiece"):
            k -= 1
        if participle:
            if self.words[k] != ",":
                return None
            k -= 1
        end = k + 1
        start = self._words_before(end, clause[0])
        if (
            start + 1 < end
            and start > 0
            and self.words[start - 1] == ","
            and lowers[start].endswith("ing")
        ):
            start += 1  # "..., carrying goods worth 36 billion yuan": the participle's object
        if start == end or lowers[end - 1] in self.finder.owner_nouns:
            return None
        return self.char_range(start, end)

    def _named_after(self, span: Span) -> Metric | None:
        """An apposition after an amount that says what the amount is: "for US$3.2 billion in
        cash, its biggest acquisition", "for HK$10.05 billion (US$1.28 billion), the biggest
        commercial property deal in the city": a one-off (a deal) named after a comma by "its"
        or "the" and at most three describing words."""
        doc, lowers, i = self.doc, self.lowers, span.end
        if span.label_ != "MONEY":
            return None
        if i + 1 < len(doc) and self.words[i] == "(":
            i = next((j for j in range(i + 1, min(len(doc), i + 8)) if self.words[j] == ")"), i) + 1
        if i < len(doc) and lowers[i] == "in":
            # "in cash and new shares": how it is paid
            j = i + 1
            while j < min(len(doc), i + 6) and (self.plain(j) or lowers[j] == "and"):
                j += 1
            i = j
        if i + 2 >= len(doc) or self.words[i] != "," or lowers[i + 1] not in ("its", "the"):
            return None
        start = i + 2
        found = next(
            (
                m
                for m in self.metric_index.between(start, start + 4)
                if m.cls == "event" and all(self.plain(k) for k in range(start, m.start))
            ),
            None,
        )
        if found is None:
            return None
        # "its biggest acquisition": a superlative ranks the deal, it names no part of it
        first = found.start
        while first < found.head_end - 1 and lowers[first] in fact_words("metric_superlative"):
            first += 1
        return replace(found, start=first)

    def _made_of(
        self, span: Span, clause: tuple[int, int], value_kind: str
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """An amount of what its "of" phrase names, as the object of its verb: "attracted
        US$5.31 billion of foreign direct investment", "subscribe for US$120 million of
        shares", "with €1.5 billion of new shares": the phrase after "of" when it holds a
        metric phrase (not "rose to $5 billion of ...", whose metric the clause has named)."""
        i = span.end
        if span.label_ != "MONEY" or not self._new_object(span):
            return None
        if i + 1 < clause[1] and self.words[i] == "(":
            i = (
                next((j for j in range(i + 1, min(clause[1], i + 8)) if self.words[j] == ")"), i)
                + 1
            )
        if i >= clause[1] or self.lowers[i] != "of":
            return None
        right = self._right_phrase(span, clause, value_kind)
        if right is None or right[1] is None:
            return None
        chars, metric = right[0], right[1]
        phrase = self.expanded(*chars)
        if (
            phrase is not None
            and len(phrase) > 1
            and phrase.end < clause[1]
            and self.lowers[phrase.end - 1].endswith("ing")
            and metric.end < phrase.end
        ):
            # "$1.25 billion of bonds yielding 6.45%", "of bonds maturing in 2034": a participle
            # after the metric phrase, with its own object or adjunct
            chars = self.char_range(phrase.start, phrase.end - 1)
        if metric.cls == "shares":
            # "US$120 million of shares": an issue or a purchase of shares, a one-off
            return chars, replace(metric, cls="event")
        return chars, metric

    def _verb_after_aside(self, span: Span, previous: _Value) -> bool:
        """Whether a value follows a verb that names its quantity after a comma that closes the
        clause of the previous value: "The unit, bought in 2022 for US$1.3 billion, earned
        US$12.1 million" (what was earned is no price of the purchase)."""
        verb = span.start - 1
        between = self.lowers[previous.span.end : verb]
        return (
            verb > previous.span.end
            and self.lowers[verb] in fact_words("quantity_verb")
            and "," in between
            # "while those in Fuzhou earned 63,200 yuan": "those" stands for the quantity
            and not any(w in ("those", "that") for w in between)
        )

    def _benchmark_gap(self, found: Metric, span: Span) -> bool:
        """Whether a value is the gap "by" which a quantity beats or trails the benchmark
        named right before it ("outpacing the national figure by 0.8 percentage points",
        "exceeding the national average by 12 percent")."""
        i = found.start - 1
        if i > 0 and self.lowers[i] == "the":
            i -= 1
        return (
            found.end == span.start - 1
            and self.lowers[span.start - 1] == "by"
            and i >= 0
            and self.lowers[i] in fact_words("subject_benchmark")
        )

    def _limit_on(self, span: Span, clause: tuple[int, int]) -> bool:
        """Whether a value is a limit set on what "on" names after it: "the cap of 15 percent on
        corporate income tax", "a ceiling of 8% on rent increases"."""
        i = span.start
        return (
            i - 2 >= clause[0]
            and span.end < clause[1]
            and self.lowers[i - 1] == "of"
            and self.lowers[i - 2] in fact_words("limit_noun")
            and self.lowers[span.end] == "on"
        )

    def _after_result_participle(self, span: Span, clause: tuple[int, int]) -> bool:
        """Whether a value is the object of a participle that opens a clause of result after a
        comma: ", generating 95 billion yuan in spending", ", bringing in 5 billion yuan"."""
        i = span.start - 1
        if i > clause[0] and self.lowers[i] in ("in", "up"):
            i -= 1  # "bringing in", "racking up"
        return (
            i > clause[0]
            and self.lowers[i] in fact_words("result_participle")
            and self.lowers[i - 1] == ","
        )

    def _yielded_in(self, span: Span, clause: tuple[int, int]) -> bool:
        """Whether an amount is the object of a verb of yield ("generate", "earned", "brought
        in") and "in" follows it ("generated 1.6 trillion baht in revenue")."""
        i = span.start - 1
        if i > clause[0] and self.lowers[i] in ("in", "up"):
            i -= 1  # "brought in", "raked in"
        return (
            span.label_ == "MONEY"
            and i >= clause[0]
            and self.lowers[i] in fact_words("yield_verb")
            and span.end + 1 < clause[1]
            and self.lowers[span.end] == "in"
        )

    def _new_object(self, span: Span) -> bool:
        """Whether a value stands as a new object of its verb, not tied by a preposition to
        the metric its clause has measured: "booked EUR 3.4 million in restructuring costs",
        "R$3.4 billion in local debentures and US$1.2 billion in bonds" (not "rose 4% to
        $4.95b on wage rises", "down from 6.4%")."""
        return not (span.start > 0 and self.lowers[span.start - 1] in fact_words("metric_link"))

    def _owner_of_dropped(self, value: _Value) -> None:
        """ "Tourism revenue of the county exceeded 30 billion yuan", "Grain output of the
        province": an "of" phrase that names the owner by its noun is the subject's, no part of
        the metric (whose part stays: "added value of the primary industry")."""
        if value.metric is None:
            return
        start, end = value.metric
        last = bisect_left(self.token_starts, end) - 1
        first = bisect_left(self.token_starts, start)
        lowers = self.lowers
        if (
            last - 3 >= first
            and self.doc[last].idx + len(self.doc[last]) == end
            and lowers[last] in self.finder.referring_nouns
            and lowers[last - 1] == "the"
            and lowers[last - 2] == "of"
        ):
            value.metric = (start, self.doc[last - 3].idx + len(self.doc[last - 3]))
            value.how.append("metric.owner_dropped")

    def _verb_then_in(self, span: Span) -> bool:
        """ "and paid 200 million yuan in taxes", "releasing about 1 trillion yuan in long-term
        liquidity": a verb of its own right before the amount, "in" and a phrase after it, name
        the amount's own quantity, not the one its clause measured before."""
        i, lowers, verbs, cues = span.start, self.lowers, self.finder.verbs, self.cue_tokens
        return (
            span.label_ == "MONEY"
            and span.end < len(self.doc)
            and lowers[span.end] == "in"
            and any(
                lowers[k] in verbs
                or (k in cues and lowers[k].isalpha() and lowers[k] not in fact_words("function"))
                # ", releasing about 1 trillion yuan in": a participle that opens a clause
                or (lowers[k].endswith("ing") and k > 0 and lowers[k - 1] == ",")
                for k in range(max(1, i - 3), i)
            )
        )

    def _growth_of_in(self, span: Span) -> bool:
        """ "growth of 6 percent in investment and a rise of 3 percent in consumer prices": a
        value between a growth noun's "of" and "in" names its own quantity after "in", even in
        a list whose first item has measured another."""
        i, lowers = span.start, self.lowers
        return (
            i > 1
            and span.end < len(self.doc)
            and lowers[i - 1] == "of"
            and lowers[i - 2] in fact_words("growth_noun")
            and lowers[span.end] == "in"
        )

    def _own_value(self, chars: tuple[int, int]) -> bool:
        """Whether a phrase is "value" after "its" or "their": the value of what was named."""
        i = bisect_left(self.token_starts, chars[0])
        return (
            0 < i < len(self.doc)
            and self.lowers[i] == "value"
            and self.doc[i].idx + 5 == chars[1]
            and self.lowers[i - 1] in ("its", "their")
        )

    def _participle_subject(self, generic: tuple[int, int] | None, sentence: Span) -> Metric | None:
        """ "The loonie weakened after the announcement, trading at 70.45 U.S. cents": a value
        governed by a participle after a comma measures what the sentence is about, the last
        metric phrase before that comma."""
        if generic is None:
            return None
        doc = self.doc
        i = bisect_left(self.token_starts, generic[0])
        if (
            i <= sentence.start
            or i >= len(doc)
            or doc[i].idx != generic[0]
            or doc[i].idx + len(doc[i].text) != generic[1]
            or not self.lowers[i].endswith("ing")
            or doc[i - 1].text != ","
        ):
            return None
        before = [m for m in self.metric_index.between(sentence.start, i - 1) if m.end <= i - 1]
        return before[-1] if before else None

    def _share_part(
        self, value: _Value, previous: _Value | None
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """ "Its top five customers contributed 61.4% of revenue", "The secondary industry,
        which covers construction, produced 48.2 percent of output", "Industry contributed 690
        billion yuan, or 44.7 percent of GDP": a share's metric is the part, the noun phrase
        before the verb that gives the share. When the part is a place or a company ("Wuhan,
        the provincial capital, accounted for nearly 50 percent of the province's new loans",
        "The two cities together accounted for 45.3 pct of the provincial total"), the part
        is the subject and the metric is the whole's quantity: the noun after "of", or, for a
        "total", the quantity the previous value measured."""
        span, doc, clause = value.span, self.doc, value.clause
        restated = (
            span.label_ == "MONEY"
            and span.end + 3 < clause[1]
            and doc[span.end].text == ","
            and self.lowers[span.end + 1] == "or"
            and doc[span.end + 2].ent_type_ == "PERCENT"
        )
        given = self._given_to_economy(value)
        if not (value.kind == "share" or restated or given) or span.start <= clause[0]:
            return None
        verb = next(
            (
                c.start
                for c in self.cue_index.between(max(clause[0], span.start - 3), span.start)
                if c.rule.id == "share.verb" and c.end == span.start and c.rule.predicate
            ),
            None,
        )
        if verb is None and (self.lowers[span.start - 1] in fact_words("part_verb") or given):
            verb = span.start - 1
        if verb is None:
            return None
        end = verb
        while end > clause[0] and self.lowers[end - 1] in fact_words("part_adverb"):
            end -= 1  # "Industry alone contributed", "such paper still makes up"
        if end > clause[0] and doc[end - 1].text == "," and self.lowers[verb].endswith("ing"):
            # "rose 9 per cent to 25,123 yuan, accounting for 55.3 per cent of the total": the
            # part is what the clause before measured
            if previous is not None and previous.metric is not None and previous.clause == clause:
                return previous.metric, previous.phrase
            return None
        if end > clause[0] and doc[end - 1].text == ",":
            # past an aside: "The secondary industry, which covers manufacturing, produced"
            opening = next(
                (i for i in range(end - 2, max(clause[0], end - 14) - 1, -1) if doc[i].text == ","),
                None,
            )
            if opening is None:
                return None
            # "the largest, a state-owned grid operator, alone accounted for": the aside names it
            end = end - 1 if self.lowers[opening + 1] in ("a", "an") else opening
        start = end
        names = end
        while names > clause[0] and names > end - 5 and doc[names - 1].ent_type_ in SUBJECT_LABELS:
            names -= 1
        if (
            names < end
            and names - 2 >= clause[0]
            and self.lowers[names - 1] in ("to", "with", "from")
            and self.plain(names - 2)
        ):
            start = names - 1  # "Exports to ASEAN made up": the partner's name is in the part
        while (
            start > clause[0]
            and start > end - 12
            and (
                self.plain(start - 1)
                or self.lowers[start - 1] in ("and", "or")
                # "Exports by foreign-invested enterprises": a part named by a phrase
                or (
                    self.lowers[start - 1] in _SHARE_PART_PREPOSITIONS
                    and start - 1 > clause[0]
                    and (self.plain(start - 2) or self._participle_word(start - 2))
                )
                # "Exports to countries involved in the Belt and Road Initiative"
                or (
                    self.lowers[start - 1] == "the"
                    and start - 2 > clause[0]
                    and self.lowers[start - 2] in _SHARE_PART_PREPOSITIONS
                    and (self.plain(start - 3) or self._participle_word(start - 3))
                )
                # "Spending on people's livelihoods": what people have, no owner
                or (
                    self.lowers[start - 1] in ("'s", "\u2019s", "'", "\u2019")
                    and start - 2 > clause[0]
                    and self.lowers[start - 2] in fact_words("people")
                )
            )
        ):
            start -= 1
        while start < end and self.lowers[start] in ("and", "or"):
            start += 1
        named = end > clause[0] and doc[end - 1].ent_type_ in SUBJECT_LABELS
        owner = start < end and self.lowers[end - 1] in self.finder.owner_nouns
        spender = next((i for i in range(start + 1, end) if self.lowers[i] == "by"), None)
        if owner and spender is not None and self.plain(spender - 1):
            # "R&D spending by local companies accounted for 3.8 percent of their revenue":
            # the part is the quantity, "by" names whose it is
            end, owner = spender, False
        partner = next(
            (
                i
                for i in range(start + 1, end)
                if self.lowers[i] in ("to", "with", "from") and self.plain(i - 1)
            ),
            None,
        )
        if (named or owner) and partner is not None:
            # "Exports to ASEAN made up 16 percent of Fujian's exports", "Trade with Belt and
            # Road countries accounted for": the partners pick out the part, they own nothing
            named = owner = False
        where = next(
            (i for i in range(start + 1, end) if self.lowers[i] == "in" and self.plain(i - 1)),
            None,
        )
        if named and where is not None:
            # "Investment in Hefei accounted for": where the part is, the quantity before it
            end, named = where, False
        if named or (owner and span.end < len(doc) and self.lowers[span.end] == "of"):
            # "Private firms", not "The company" or "The two cities"
            group = (
                not named
                and start < end - 1
                and self.lowers[end - 1] in self.finder.company_plurals
            )
            whole = self._share_whole(value, None if group else previous)
            if whole is not None or not group:
                return whole
            # "Private firms made up 62 percent of registered companies": a group of unnamed
            # firms is the part, counted, when the whole after "of" names no quantity
        if start == end or (owner and start == end - 1):
            return None  # "The company accounted for": no quantity
        inside = next(iter(self.metric_index.between(start, end)), None)
        phrase = self._participle_phrase(span, clause[0])
        if phrase is not None and phrase[0] < doc[start].idx:
            # "Chips made on 5-nanometre nodes accounted for 38%": the part opens the clause
            return phrase, None
        return self.char_range(start, end), inside

    def _valuation(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "..., valuing it at close to Rs 31,000 crore", "it would be valued at about HK$10
        billion": a valuation that no noun names is named by its verb; "the deal values Prescott
        at US$3.9 billion": by what values it."""
        doc = self.doc
        for i in range(span.start - 1, max(clause[0], span.start - 5) - 1, -1):
            word = self.lowers[i]
            if word in fact_words("valuation_verb_active"):
                # "the deal values Prescott at about US$3.9 billion": what values it, the deal
                # ("Property values rose 5 percent": a noun)
                if i > span.start - 3 or self.lowers[span.start - 1] != "at":
                    return None
                start = i
                while start > max(clause[0], i - 4) and self.plain(start - 1):
                    start -= 1
                return self.char_range(start, i) if start < i else None
            if word not in fact_words("valuation_verb"):
                continue
            opening = i > 0 and doc[i - 1].text == ","
            passive = i > 0 and self.lowers[i - 1] in ("be", "is", "was", "are", "were", "been")
            if not (opening or passive):
                return None
            # "valuing the listed fund at $650 million": what is valued, unless a company
            # ("valuing the French retailer at", "valuing it at")
            start = i + 1 + (i + 1 < span.start and self.lowers[i + 1] in ("the", "a", "an"))
            end = start
            while end < span.start and self.plain(end):
                end += 1
            named = end > start and self.lowers[end - 1] in self.finder.owner_nouns
            if end > start and not named and end < span.start and self.lowers[end] == "at":
                return self.char_range(start, end)
            if passive:
                valued = self._valued_noun(i - 1, clause[0])
                if valued is not None:
                    return valued
            return self.char_range(i, i + 1)
        return None

    def _valued_noun(self, aux: int, floor: int) -> tuple[int, int] | None:
        """ "Oil output was valued at $4.3 billion": the noun phrase before a passive valuation
        verb's auxiliary ("would be", "has been") is what is valued; none for a pronoun or a
        company ("it would be valued at", "the firm was valued at": the valuation is named by
        its verb)."""
        end = aux
        while end > floor and self.lowers[end - 1] in _VALUED_AUXILIARIES:
            end -= 1
        start = end
        while start > max(floor, end - 5) and self.plain(start - 1):
            start -= 1
        if start == end or self.lowers[end - 1] in self.finder.owner_nouns:
            return None
        if self.words[end - 1][:1].isupper():
            return None  # "Novatek was valued at": a name, a company's valuation
        return self.char_range(start, end)

    def _share_whole(
        self, value: _Value, previous: _Value | None
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """The whole a named part's share is of: "of the province's new loans" -> "new loans";
        "of the total" -> what the previous value measured."""
        right = self._right_phrase(value.span, value.clause, "level")
        if right is not None and self.lowers[value.span.end] == "of":
            last = self.text[right[0][0] : right[0][1]].split()[-1].lower()
            if last not in fact_words("total_word"):
                return right
        if previous is not None and previous.metric is not None:
            return previous.metric, previous.phrase
        return None

    def moving_company(self, value: _Value) -> int | None:
        """Where the name of the company whose stock a percentage change moves starts: "Toyota
        Motor rose 2.1%", and in a market report "led by SK Hynix, which surged 10%", "and
        Infosys, down 2%" (a name, a comma and "which" or the move alone before the verb);
        None when the change is no company's move."""
        span, doc = value.span, self.doc
        if span.label_ != "PERCENT" or value.kind != "change" or span.start < 2:
            return None
        verb = next(
            (
                cue
                for cue in self.cue_index.between(span.start - 2, span.start)
                if cue.rule.category == "change" and cue.rule.predicate and cue.end == span.start
            ),
            None,
        )
        if verb is None or verb.start < 1:
            return None
        last = verb.start - 1
        if last > 1 and self.lowers[last] == "which" and doc[last - 1].text == ",":
            last -= 2  # "led by SK Hynix, which surged 10%"
        elif last > 0 and doc[last].text == "," and self.lowers[verb.start] in ("up", "down"):
            last -= 1  # "dragged by HDFC Bank, which slid 1.6%, and Infosys, down 2%"
        name = doc[last]
        if name.ent_type_ != "ORG" or name.ent_iob_ not in ("B", "I"):
            return None
        first = last
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        if (
            first > 0
            and self.lowers[first - 1] in ("on", "at", "in", "the")
            and (
                self.lowers[first - 1] != "the"
                or (first > 1 and self.lowers[first - 2] in ("on", "at", "in"))
            )
        ):
            return None  # "Copper on the London Metal Exchange slipped 0.8%": where it traded
        if any(
            m.cls == "instrument" and m.end == last + 1
            for m in self.metric_index.between(max(0, first - 6), verb.start)
        ):
            return None  # "The Hang Seng Tech Index lost 2.6%": an index, named like a company
        return first

    def _stock_move(self, value: _Value) -> Metric | None:
        """ "Toyota Motor rose 2.1%", "Kanto Precision Industries jumped 8%": a company that
        moves by a percentage is its stock moving; the metric is the article's word for its
        shares, the nearest one before the value (else after it)."""
        doc = self.doc
        if self.moving_company(value) is None:
            return None
        span = value.span
        if self._share_words is None:
            # the guideline's word "shares" when the article uses it, else "stock" and the like
            words = [m for m in self.metric_index.items if m.cls == "shares"]
            shares = [m for m in words if doc[m.start : m.end].text.lower() == "shares"]
            # "Tech stocks rose 2.3%": a group's shares, no word for one company's stock
            bare = [m for m in words if doc[m.start : m.end].text.lower() in metric_classes()]
            self._share_words = shares or bare or words
        starts = [m.start for m in self._share_words]
        i = bisect_left(starts, span.start)
        if i > 0:
            return self._share_words[i - 1]
        return self._share_words[i] if i < len(starts) else None

    def _sector_move(self, value: _Value, previous: _Value | None) -> Metric | None:
        """ "The FTSE 100 fell 0.8%. Banks fell 1.9%, while miners gained 1.2%", "Banks were the
        worst performers, sliding 1.9%", "Miners were up 1.2%", "Banks fell 1.9% and miners
        1.2%": in a market report (the sentence or the value before measures an index, a quote
        or shares), a group of listed companies that moves by a percentage is its shares
        moving; the group is the metric, an instrument of no one."""
        span, doc, lowers = value.span, self.doc, self.lowers
        if span.label_ != "PERCENT" or value.kind != "change" or span.start < 2:
            return None
        if span.end < len(doc) and lowers[span.end] == "of":
            return None  # "Lenders cut 5% of their staff": a part of what the verb acts on
        sentence, sectors = value.sentence, fact_words("market_sector")
        gap = span.start
        while gap > span.start - 3 and lowers[gap - 1] in fact_words("move_gap"):
            gap -= 1  # "slumped as much as 4.5%"
        verb = next(
            (
                cue
                for cue in self.cue_index.between(gap - 2, gap)
                if cue.rule.category == "change" and cue.rule.predicate and cue.end == gap
            ),
            None,
        )
        if verb is not None and verb.start > sentence.start:
            end = verb.start
            if lowers[end - 1] in ("also", "were", "was", "are", "is"):
                end -= 1  # "Miners were up 1.2%"
            if doc[end - 1].text == "," and (
                lowers[verb.start].endswith("ing") or lowers[verb.start] in ("up", "down")
            ):
                # "Banks were the worst performers, sliding 1.9%", "Banks led the decline,
                # falling 1.9%", "Utilities were the only gainers, up 0.4%": the subject the
                # sentence opens with, a verb after it
                end = next(
                    (
                        i + 1
                        for i in range(sentence.start, min(end - 2, sentence.start + 4))
                        if lowers[i] in sectors and doc[i + 1].is_lower and doc[i + 1].is_alpha
                    ),
                    end,
                )
        elif (
            previous is not None
            and "metric.sector_move" in previous.how
            and previous.sentence == sentence
            and lowers[span.start - 1] in sectors
        ):
            end = span.start  # "Banks fell 1.9% and miners 1.2%": the verb left out
        else:
            return None
        group_shares = lowers[end - 1] in ("stocks", "shares")
        if lowers[end - 1] not in sectors and not group_shares:
            return None
        market = ("instrument", "shares")
        before = self.sentence_of(sentence.start - 1).start if sentence.start > 0 else 0
        if not (
            (
                previous is not None
                and previous.metric_cls in market
                and previous.sentence.start >= before
            )
            or self._first_quote(sentence) < span.start
        ):
            return None
        start = self._words_before(end - 1, max(value.clause[0], sentence.start))
        while start > sentence.start and doc[start - 1].ent_type_ in ("NORP", "GPE"):
            start -= 1  # "European banks", "Hong Kong developers"
        if group_shares and (
            start == end - 1
            or (start > sentence.start and lowers[start - 1] in _POSSESSIVES)
            or any(t.ent_type_ == "ORG" for t in doc[start : end - 1])
        ):
            return None  # "Its shares rose", "Toyota shares rose": a company's stock
        return Metric(start, end, "instrument", end)

    def _sentence_before(self, sentence: Span) -> int:
        """Where the sentence before ``sentence`` starts (0 for the first)."""
        return self.sentence_of(sentence.start - 1).start if sentence.start > 0 else 0

    def _first_quote(self, sentence: Span) -> int:
        """Where the sentence's first phrase of a quote or of shares starts (its end if none);
        one look per sentence."""
        first = self._first_quotes.get(sentence.start)
        if first is None:
            first = next(
                (
                    m.start
                    for m in self.metric_index.between(sentence.start, sentence.end)
                    if m.cls in ("instrument", "shares")
                ),
                sentence.end,
            )
            self._first_quotes[sentence.start] = first
        return first

    def _share_antecedent(
        self, value: _Value, previous: _Value | None
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """ "Private investment fell in 2024, and its share of total investment dropped to
        48.3 percent": the part a pronoun's share stands for is the quantity the sentence
        opened with (the previous value's metric, else the opening noun phrase), not the whole
        after "of"; none when the sentence opens with an owner ("Kestrel Bank said its share")."""
        span, sentence, lowers = value.span, value.sentence, self.lowers
        if value.kind != "share":
            return None
        share = next(
            (
                k
                for k in range(span.start - 2, max(sentence.start + 1, span.start - 10) - 1, -1)
                if lowers[k] in fact_words("kind_share_noun")
                and lowers[k - 1] in ("its", "their")
                and lowers[k + 1] == "of"
            ),
            None,
        )
        if share is None:
            return None
        if (
            previous is not None
            and previous.sentence == sentence
            and previous.metric is not None
            and previous.span.end < share
        ):
            return previous.metric, previous.phrase
        start = sentence.start
        # a dateline opens the article's first sentence ("NAIROBI, Nov. 13 - Private ...")
        dashes = [k for k in range(start, min(share, start + 12)) if lowers[k] in _DASHES]
        start = dashes[-1] + 1 if dashes else start
        start += lowers[start] == "the"
        end = start
        while end < share - 1 and end < start + 6 and self.plain(end):
            end += 1
        if end == start or lowers[end - 1] in self.finder.owner_nouns:
            return None
        inside = next(iter(self.metric_index.between(start, end)), None)
        return self.char_range(start, end), inside

    def _stated_phrase(self, span: Span, previous: _Value | None) -> tuple[int, int] | None:
        """The noun phrase before a verb that stands between the previous value and this one:
        "$287m, and the share of home loans rose to 0.98%", "88.5%, while occupancy stood at".
        """
        if previous is None or previous.span.end >= span.start:
            return None
        return self._stated_after(previous.span.end, span)

    def _listed_item_move(self, span: Span, previous: _Value | None) -> tuple[int, int] | None:
        """ "driven by oil activities, which expanded 8.2 percent, and non-oil activities, up 4.5
        percent": a noun phrase joined to a list by "and", then ", up" or ", down" and the value,
        names what moved (not the quantity before it)."""
        if previous is None or span.start - 4 <= previous.span.end:
            return None
        lowers = self.lowers
        if lowers[span.start - 1] not in ("up", "down") or lowers[span.start - 2] != ",":
            return None
        end = span.start - 2
        start = self._words_before(end, previous.span.end)
        if start == end or start - 1 <= previous.span.end or lowers[start - 1] != "and":
            return None
        return self.char_range(start, end)

    def _stated_after(self, segment: int, span: Span) -> tuple[int, int] | None:
        """The noun phrase before the last verb between token ``segment`` and the value."""
        verb = next(
            (
                cue
                for cue in reversed(self.cue_index.between(segment, span.start))
                if cue.rule.predicate and cue.end <= span.start
            ),
            None,
        )
        if verb is None or self._change_noun(verb.start, segment):
            return None
        end = verb.start
        while end > segment and self.lowers[end - 1] in self.finder.verbs:
            end -= 1
        start = self._words_before(end, segment)
        # "were slightly ahead of the $3.58b consensus": an adverb of comparison, no noun
        while start < end and self.lowers[start] in fact_words("metric_position"):
            start += 1
        last = self.lowers[end - 1] if start < end else ""
        if last in fact_words("own_reference") and self._owned_by_pronoun(start, segment):
            return None  # "made up 38.6%, above its 2019-2023 average of": the same quantity's
        people = span.label_ == "MONEY" and last in fact_words("people")
        if (
            last
            and last not in self.finder.owner_nouns
            and last not in fact_words("reference")
            and not people  # "while rural residents had 26,722 yuan": whose, not what
        ):
            if self._listed_modifiers(start, end, span):
                start += 1  # "with the primary, secondary and tertiary industries growing"
            return self.char_range(start, end)
        return None

    def _listed_modifiers(self, start: int, end: int, value: _Value | Span) -> bool:
        """Whether the phrase ``start:end`` opens with the last of a list of modifiers that
        share its head, in a sentence that gives their values "respectively" ("Urban and rural
        retail sales reached A and B, respectively", "the primary, secondary and tertiary
        industries grew A, B and C, respectively"): the values then share the head, as the
        guideline's "added values" of such a list do. Not when the word before "and" is a
        quantity of its own ("exports and imports")."""
        span = value if isinstance(value, Span) else value.span
        sentence = self.sentence_of(span.start)
        if end - start < 2 or start < sentence.start + 2 or not self._says_respectively(sentence):
            return False
        lowers, doc = self.lowers, self.doc
        before = start - 2
        return (
            lowers[start - 1] == "and"
            and self.plain(before)
            and not doc[before].ent_type_
            and not any(m.end == before + 1 for m in self.metric_index.between(before - 6, start))
        )

    def _owned_by_pronoun(self, start: int, segment: int) -> bool:
        """Whether "its" or "their" opens the phrase at ``start``, past a date or adjectives
        before the noun ("its 2019-2023 average", "their long-run average"): the pronoun stands
        for the quantity measured before."""
        i = start - 1
        while i > segment and i > start - 5 and self.ent_types[i] == "DATE":
            i -= 1
        return i >= segment and self.lowers[i] in ("its", "their")

    def _change_noun(self, i: int, segment: int) -> bool:
        """Whether token ``i`` is a noun of change after its determiner ("bringing the annual
        increase to 3.8%", "its monthly gain", "a smaller cut than"): it names the change of the quantity before,
        no verb with a new quantity of its own."""
        lowers = self.lowers
        if (
            lowers[i] in fact_words("growth_noun") | fact_words("metric_rate_move")
            and i - 2 >= segment
            and lowers[i - 1] in fact_words("change_size")
            and lowers[i - 2] in ("a", "an", "the", "its", "their")
        ):
            return True  # "a smaller cut than the 150 basis points economists had expected"
        if lowers[i] not in fact_words("growth_noun"):
            return False
        j = i - 1
        while j > segment and j > i - 3 and lowers[j] in fact_words("change_basis_word"):
            j -= 1
        return j >= segment and lowers[j] in ("the", "its", "their") and j < i - 1

    def _line_label(self, value: _Value) -> tuple[int, int] | None:
        """ "Core inflation, Sept., y/y: 8.4%": in a line of a key-figures box, the label
        before the colon (up to its first comma) is the metric."""
        line_start = self.line_of(value.data.start)[0]
        if value.data.start - line_start > 120:
            return None  # no label line; and no search over a long line once per value
        found = _LINE_LABEL.match(self.text, line_start, value.data.start)
        if found is None:
            return None
        return found.start("label"), found.end("label")

    def _public_recipient(self, to: int, end: int) -> bool:
        """Whether token ``to`` is "to" before a public body or payee ("to county governments",
        "to the road contractors"), a few plain words long, before token ``end``."""
        if to >= end or self.lowers[to] != "to":
            return False
        k = to + 1
        if k < end and self.lowers[k] == "the":
            k += 1
        while k < min(end, to + 6) and self.plain(k):
            if self.lowers[k] in fact_words("public_recipient"):
                return True
            k += 1
        return False

    def _allocated_to(
        self, span: Span, clause: tuple[int, int]
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """ "would spend MXN 12 billion on new plants", "invested nearly 3 billion yuan in 126
        startups", "will invest NZ$1.1bn (US$670 million) over the next five years in a cream
        plant"; "About 40 percent will go to 1,872 projects in transport": after a verb that puts
        the amount into something, or before one that says where it goes, that thing is the
        metric."""
        doc, i = self.doc, span.start - 1
        while i >= clause[0] and self.lowers[i] in ("a", "an", "another", "further", "combined"):
            i -= 1
        # past a conversion in brackets and a date ("over the next five years"), a few tokens:
        # not past other values (a text of values only would be read once per value)
        j, stop = span.end, min(clause[1], span.end + 12)
        while j < stop and (
            self.ent_types[j] == "DATE"
            or self.words[j] in ("(", ")")
            or self.lowers[j] == "each"  # "receive up to 2 million yuan each for"
            # "over the next three years", "in 2023"
            or (
                self.lowers[j] in ("over", "during", "within", "in")
                and j + 1 < stop
                and self.ent_types[j + 1] == "DATE"
            )
        ):
            if self.words[j] == "(":
                j += 1
                while j < stop and self.ent_types[j] in VALUE_LABELS:
                    j += 1
            else:
                j += 1
        # "About 60%, or roughly HK$2.34 billion, of the net proceeds will go to": past the
        # amount restated and the whole it is a part of
        if j + 2 < stop and self.words[j] == "," and self.lowers[j + 1] == "or":
            k = j + 2
            while k < stop and self.ent_types[k] in VALUE_LABELS:
                k += 1
            if k > j + 2 and k < stop and self.words[k] == ",":
                j = k
        if j + 1 < stop and self.words[j] == "," and self.lowers[j + 1] == "of":
            j += 1
        if j < stop and self.lowers[j] == "of":
            k = j + 1
            while k < stop and (self.lowers[k] in ("the", "its", "their") or self.plain(k)):
                k += 1
            if k < stop and (
                self.lowers[k] in fact_words("destination")
                or self.lowers[k] in ("will", "is", "are", "was", "were")
            ):
                j = k
        joins: tuple[str, ...] = ("in", "on", "into", "for", "to", "through", "via")
        allocated = i >= clause[0] and self.lowers[i] in fact_words("allocation")
        if i >= clause[0] and self.lowers[i] in fact_words("payment_verb"):
            # "will pay HK$18,600 per square foot for the building": what is paid for ("pay
            # $75 million to settle claims" names no such thing)
            allocated, joins = True, ("for",)
        if i >= clause[0] and self.lowers[i] == "including":
            # "40 billion yuan on 300 projects, including 3.5 billion yuan for a metro line": a
            # part of an outlay and what it goes to
            allocated, joins = True, ("for",)
        if i >= clause[0] and self.lowers[i] in fact_words("removal_verb"):
            # "knock 1.4 trillion yen off its earnings", "wiped $50 billion off its market
            # value": what the amount is taken off
            allocated, joins = True, ("off",)
        if i >= clause[0] and self.lowers[i] in fact_words("metric_source_verb"):
            # "raised $US1.25b from a covered bond", "pulled $2 billion from local bonds"
            allocated, joins = True, (*joins, "from")
        if (
            allocated
            and j + 1 < clause[1]
            and self.lowers[j].endswith("ing")
            and self.alpha[j]
            and j not in self.cue_tokens
            and self.lowers[j] not in fact_words("function")  # "during the holiday"
            and (self.plain(j + 1) or self.lowers[j + 1] in ("the", "its", "their"))
        ):
            # "will spend 2 billion yuan this year upgrading scenic areas and rural roads",
            # "spent more than 5 trillion yen buying the currency": what the money does
            end = j + 1
            while end < clause[1] and self.lowers[end] in ("the", "its", "their"):
                end += 1
            stop_at = end
            while (
                end < clause[1]
                and end < stop_at + 8
                and (
                    self.plain(end)
                    or (
                        self.lowers[end] in ("and", "or")
                        and end + 1 < clause[1]
                        and self.plain(end + 1)
                    )
                )
            ):
                end += 1
            if end > stop_at:
                return self.char_range(j, end), None
        if (
            i >= clause[0]
            and self.lowers[i] in ("released", "releases", "release", "paid", "pays", "pay")
            and self._public_recipient(j, clause[1])
        ):
            # "The Treasury has released Sh3.4 billion to county governments"
            allocated, joins = True, ("to",)
        if not allocated:
            near = max(clause[0], span.start - 3)
            if any(
                m.end <= span.start and "," not in self.lowers[m.end : span.start]
                for m in self.metric_index.between(near, span.start)
            ):
                # "Grants of Sh900 million were disbursed to counties": the quantity is named
                # right before the amount ("Of the fund, 75 billion yuan had been allocated
                # to": a whole before a comma is not)
                return None
            # "will go to", "is reserved for", "will be used for"
            while j < clause[1] and self.lowers[j] in fact_words("metric_auxiliary"):
                j += 1
            if j + 1 < clause[1] and self.lowers[j] == "set" and self.lowers[j + 1] == "aside":
                j += 1  # "was set aside for": the particle says where the amount goes
            if (
                j < clause[1]
                and self.lowers[j] == "paid"
                and self._public_recipient(j + 1, clause[1])
            ):
                # "Another Sh620 million was paid to road contractors"
                j, joins = j + 1, ("to",)
            elif j < clause[1] and self.lowers[j] in fact_words("metric_destined"):
                # "was disbursed in cash aid", "was invested in 40 projects"
                j, joins = j + 1, ("for", "to", "on", "in", "into")
            elif j >= clause[1] or self.lowers[j] not in fact_words("destination"):
                return None
            else:
                j, joins = j + 1, ("to", "into")
        if j >= clause[1] or self.lowers[j] not in joins:
            return None
        start = j + 1
        if (
            self.lowers[j] == "to"
            and start + 1 < clause[1]
            and self.lowers[start] in fact_words("purpose_verb")
        ):
            start += 1  # "set aside 500 million yuan to support the supply chain": what it is for
        while start < clause[1] and (
            self.lowers[start] in ("a", "an", "the", "its", "their")
            # (an ordinal names the part: "for the third phase")
            or (doc[start].like_num and not _ORDINAL.fullmatch(self.lowers[start]))
        ):
            start += 1  # "to 1,872 projects"
        owner = start
        while owner < min(clause[1], start + 5) and self.ent_types[owner] in ("ORG", "GPE"):
            owner += 1
        if owner > start and owner + 1 < clause[1] and self.lowers[owner] in _POSSESSIVES:
            start = owner + 1  # "added 3 percent to Vantor's revenue": the owner is no metric
        # "to its buyback programme": a lexicon phrase whose word is also a cue
        named = next((m.head_end for m in self.metric_index.between(start, start + 1)), start)
        end = named
        # a place may name the kind of thing ("in its Hong Kong listing"), not end it
        while (
            end < clause[1]
            and end < start + 6
            and (self.plain(end) or self.ent_types[end] == "GPE")
        ):
            end += 1
        while end > named and not self.plain(end - 1):
            end -= 1
        if end > start > j + 1 and self.lowers[start] == "-" and doc[start - 1].like_num:
            start -= 1  # "for the 27-storey building": a compound
        if end == start or (
            self.lowers[end - 1] in self.finder.owner_nouns
            # "disbursed to counties", "released to county governments": units an amount is
            # handed to are what it goes to, not where it is
            # (a plural: the nouns with no single referent)
            and not (
                self.lowers[j] == "to" and self.lowers[end - 1] not in self.finder.owner_refers
            )
        ):
            return None
        if "for" in joins:
            end = self._listed_words(end, clause[1])  # "for small and medium-sized enterprises"
            end = self._purpose_of(end, clause[1])  # "for the third phase of a metro line"
        elif end < clause[1] and self.lowers[end] == "in":
            end = min(self._part_phrase(end), clause[1])  # "to 1,872 projects in transport"
        inside = next(iter(self.metric_index.between(start, end)), None)
        if inside is not None and inside.end > end:
            end = inside.end  # "to earnings per share": a lexicon phrase past a function word
        return self.char_range(start, end), inside

    def _bought_company(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "agreed to buy British sensor maker Harwell Instruments for £300m", "would acquire
        Orrin Mills for $1.2 billion": the price of a company bought or sold names the company,
        the object of the verb right before "for" ("sold its stake in Orrin Mills for" names the
        stake, "sell its unit to Orrin Mills for" the unit)."""
        doc, end = self.doc, span.start - 1
        if end - 1 <= clause[0] or self.lowers[end] != "for":
            return None
        verbs = fact_words("period_purchase")
        if self.lowers[end - 1] == "private":
            # "agreed to take Marlow Software private for about $2.7 billion": a buyout
            end, verbs = end - 1, fact_words("private_take")
            if end - 1 <= clause[0]:
                return None
        start = end - 1
        if self.ent_types[start] == "ORG":
            while start > clause[0] and doc[start].ent_iob_ == "I":
                start -= 1
        elif doc[start].is_title and not self.ent_types[start]:
            # "would buy Orrin Mills for": a name no rule knew yet, capitalized after the verb
            while (
                start - 1 > clause[0]
                and start > end - 4
                and doc[start - 1].is_title
                and not self.ent_types[start - 1]
                and self.lowers[start - 1] not in verbs
            ):
                start -= 1
        else:
            return None
        i = start  # past a description: "British sensor maker"
        while (
            i > clause[0]
            and i > start - 6
            and (self.plain(i - 1) or self.ent_types[i - 1] in ("NORP", "GPE"))
        ):
            i -= 1
        if i <= clause[0] or self.lowers[i - 1] not in verbs:
            return None
        return self.char_range(start, end)

    def _restated_price(self, value: _Value, previous: _Value | None) -> bool:
        """Whether ``value`` restates the previous amount of its sentence after ", or" with
        only the form of payment ("in ...") between them ("for $38 a share in cash and stock, or about
        $3.4 billion", "$4.8 billion in cash, or $61 a share")."""
        start = value.span.start
        if (
            previous is None
            or previous.metric is None
            or previous.sentence != value.sentence
            or start < 2
            or self.lowers[start - 2 : start] != [",", "or"]
            or not 0 < start - 2 - previous.span.end <= 5
            or self.lowers[previous.span.end] != "in"
        ):
            return False
        forms = fact_words("payment_form")
        return all(self.lowers[i] in forms for i in range(previous.span.end, start - 2))

    def _traded_asset(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "sold its radio unit to Brennock Partners for $150 million", "bought a warehouse in
        Jurong for S$218 million", "completed the sale of its tower portfolio to a consortium
        for ...": the price of an asset bought or sold names the asset, the object of the verb
        (or of "the sale of"), not the buyer or the place after it; a company bought is left
        to ``_bought_company``, "a 30% stake in ..." names the stake."""
        before = span.start - 1
        if before - 2 <= clause[0] or self.lowers[before] != "for":
            return None
        verbs, nouns = fact_words("period_purchase"), fact_words("traded_noun")
        verb = next(
            (
                i
                for i in range(before - 2, max(clause[0], before - 16) - 1, -1)
                if self.lowers[i] in verbs
                or (self.lowers[i] in nouns and self.lowers[i + 1] == "of")
            ),
            None,
        )
        if verb is None:
            return None
        start = verb + 1 + (self.lowers[verb] in nouns)
        while start < before and self.lowers[start] in fact_words("traded_determiner"):
            start += 1
        while start < before and self.ent_types[start] == "PERCENT":
            start += 1  # "a 30% stake": the stake
        end = start
        while end < before and end < start + 5 and self.plain(end):
            end += 1
        if end == start and start < before and self._noun_cue(start):
            end += 1  # "a 30% stake": a cue word that is a noun here
        if end == start or self.lowers[end] not in fact_words("traded_after"):
            return None
        return start, end

    def _purpose_of(self, end: int, limit: int) -> int:
        """Where an "of" phrase after the purpose of an outlay ends ("for the second phase of a
        metro line", "for the upgrade of rural roads"): it says which part is paid for. ``end``
        when no "of" and plain words follow (not "of Shanghai")."""
        if end >= limit or self.lowers[end] != "of":
            return end
        start = end + 1
        if start < limit and self.lowers[start] in ("a", "an", "the"):
            start += 1
        stop = start
        while stop < limit and stop < start + 5 and self.plain(stop):
            stop += 1
        if (
            stop > start + 1
            and stop < limit
            and self.lowers[stop - 1].endswith("ing")
            and self.lowers[stop] in ("a", "an", "the")
        ):
            stop -= 1  # "an issue of debentures carrying a coupon": a participle and its object
        return stop if stop > start else end

    def _growth_of(self, span: Span) -> Metric | None:
        """ "economic growth of above 5 percent", "GDP growth of 6.8 percent": the growth
        phrase right before "of" and the value is the metric."""
        doc = self.doc
        if span.start < 2:
            return None
        if self.lowers[span.start - 1] == "of":
            found = next(
                (
                    m
                    for m in self.metric_index.between(max(0, span.start - 8), span.start)
                    if m.cls == "growth" and m.end == span.start - 1 and m.start < m.head_end - 1
                ),
                None,
            )
            manner = (
                fact_words("growth_manner")
                | fact_words("change_basis_word")
                | fact_words("degree_adjective")
            )
            if (
                found is not None
                and found.start > 1
                and self.lowers[found.start - 1] in ("a", "an")
                and self.lowers[found.start - 2] in (",", "or", "and")
                and manner.issuperset(self.lowers[found.start : found.head_end - 1])
            ):
                # "reached X, a nominal increase of 5.4 percent": how the X before grew, no
                # quantity of its own ("expects real growth of 2.5 percent" names one)
                return None
            if found is not None:
                # "reached X, posting growth of 7.1 percent": X's growth
                return None if self._growth_told_after(found.head_end - 1) else found
        # "analysts expect growth of about 2.5 percent", "second-quarter growth at 7.96 per
        # cent", "the national growth target of around 5 percent", "raised its growth forecast
        # for India to 6.8%": growth alone is the metric
        end = span.start
        words = 0  # a date counts as one word ("for the current financial year to 6.6%")
        while (
            end > self.sentence_of(span.start).start
            and words < 6
            and end > span.start - 12
            and (
                self.lowers[end - 1] in fact_words("growth_link")
                or doc[end - 1].ent_type_ == "DATE"
                or (doc[end - 1].ent_type_ == "GPE" and end - 1 > span.start - 5)
                # "its growth forecast for the year to 6.6%": a year told without a date
                or (
                    self.lowers[end - 1] in fact_words("period_noun")
                    and end > 1
                    and self.lowers[end - 2] == "the"
                )
                or (self.lowers[end - 1] == "the" and self.lowers[end] in fact_words("period_noun"))
            )
        ):
            end -= 1
            if doc[end].ent_type_ != "DATE" or doc[end].ent_iob_ == "B":
                words += 1
        if end == span.start or self.lowers[end - 1] != "growth":
            return None
        if self._growth_told_after(end - 1):
            return None  # "reached X, registering a growth of 7.1 percent": X's growth
        if span.end + 1 < len(doc) and self.lowers[span.end] == "in":
            k = span.end + 1
            if self.lowers[k] == "the" and k + 1 < len(doc):
                k += 1
            if doc[k].ent_type_ != "DATE":
                # "growth of around 5 percent in general public budget revenue" (not "in March",
                # "in the third quarter": when)
                return None
        # the growth phrase that ends there, with its modifiers ("GDP growth forecast")
        return next(
            (
                m
                for m in reversed(self.metric_index.between(max(0, end - 6), end))
                if m.cls == "growth" and m.head_end == end
            ),
            None,
        )

    def _growth_told_after(self, growth: int) -> bool:
        """Whether the noun "growth" at ``growth`` follows a participle after a comma that tells
        the growth of the figure given before it ("reached 663.5 billion yuan, registering a
        year-on-year growth of 7.1 percent")."""
        i = growth - 1
        while i > growth - 9 and (i in self.basis_tokens or self.lowers[i] in ("a", "an")):
            i -= 1
        return (
            i > 0
            and self.lowers[i] in fact_words("growth_participle")
            and self.lowers[i - 1] == ","
        )

    def _growth_after(self, span: Span, clause: tuple[int, int]) -> Metric | None:
        """ "the Government's target of 8 per cent growth for 2025": "growth" right after the
        value, with no phrase of what grew after it ("5% growth in exports" is read by
        _right_phrase) and none before, is the metric; another noun of change ("outpacing the
        5.9-percent increase for urban residents") names no quantity of its own."""
        i = self._past_basis(span.end, clause[1]) if span.end < clause[1] else span.end
        if i >= clause[1] or self.lowers[i] != "growth":
            return None
        return next(
            (
                m
                for m in self.metric_index.between(i, i + 1)
                if m.cls == "growth" and m.end == i + 1
            ),
            None,
        )

    def _listed_parts(self, metric: Metric, sentence: Span) -> bool:
        """Whether the metric's "of" phrase lists the parts its values are given for, one each
        ("... of its primary, secondary and tertiary industries reached A, B and C,
        respectively"): the values then share the head, "added values"."""
        parts = self.doc[metric.head_end : metric.end]
        if not any(t.text in (",", "and") for t in parts):
            return False
        # "the added value of the new energy vehicle and parts industry grew 38.5 percent, and
        # that of A and B grew C and D respectively": a clause after ", and" lists its own
        # parts (", and" before a value goes on with the list); a window, not the sentence
        stop = min(sentence.end, metric.end + 60)
        cue = next(
            (
                c
                for c in self.cue_index.between(metric.end, stop)
                if c.rule.category == "respectively"
            ),
            None,
        )
        lowers, doc = self.lowers, self.doc
        return cue is not None and not any(
            lowers[k] == "and" and lowers[k - 1] == "," and doc[k + 1].ent_type_ not in VALUE_LABELS
            for k in range(metric.end + 1, cue.start)
        )

    def _past_superlatives(self, found: Metric) -> int:
        """Where a metric phrase starts past the superlatives that rank it: "had the highest
        jobless rate among member states at 11.7%" measures the jobless rate."""
        first, lowers = found.start, self.lowers
        while (
            first < found.head_end - 1
            and lowers[first].endswith("est")
            and lowers[first] in fact_words("record")
        ):
            first += 1
        return first

    def _pace_of_change(self, span: Span, segment: int) -> Metric | None:
        """The rate of "grew at an annualized rate of 2.1%" is the pace of the change the verb
        before it states, so the quantity is the phrase before that verb (not "annualized
        rate")."""
        verb = self._pace_verb(span, segment)
        return None if verb is None else self._left_phrase(self.doc[verb : verb + 1], segment)

    def _left_phrase(self, span: Span, segment: int) -> Metric | None:
        """The last metric phrase between the segment's start and the value, outside asides."""
        left = [
            m
            for m in self.metric_index.between(segment, span.start)
            if m.end <= span.start
            and m.cls != "growth"
            and not self._in_aside(m, span)
            and not self._example(m)
            and not self._apposition(m)
            and not (
                span.label_ == "MONEY" and not self._per_unit_amount(span) and self._counted(m)
            )
            and not self._pace_noun(m)
        ]
        return left[-1] if left else None

    def _pace_noun(self, m: Metric) -> bool:
        """ "grew at a 3.7% rate | in the third quarter, down from 2.8%": the noun right after a
        percentage that gives a change's pace names no quantity of its own."""
        return (
            m.end - m.start == 1
            and self.lowers[m.start] in ("rate", "pace")
            and m.start > 0
            and self.ent_types[m.start - 1] == "PERCENT"
        )

    @staticmethod
    def _per_unit_amount(span: Span) -> bool:
        """An amount per unit ("S$1.89 per share"): the price of things counted before it."""
        data = get_span_data(span)
        return data is not None and getattr(data.value, "per", None) is not None

    def _counted(self, metric: Metric) -> bool:
        """ "received 40.6 million visits and 10.3 billion yuan in tourism revenue": a number
        of things counted is no metric of the money after it (a percentage may measure it:
        "28.21 million visitor arrivals, about 70 percent of the 2019 level")."""
        doc, i = self.doc, metric.start
        return (i > 0 and doc[i - 1].like_num and not self.ent_types[i - 1]) or (
            i > 0 and self.lowers[i - 1] in fact_words("count_word")
        )

    def _apposition(self, metric: Metric) -> bool:
        """ "Kunming, the provincial capital, recorded": a description of a name, no metric."""
        doc = self.doc
        i = metric.start - 1
        while i > 0 and self.lowers[i] not in (",",) and i > metric.start - 5:
            i -= 1
        if i <= 0 or doc[i].text != "," or doc[i - 1].ent_type_ not in ("GPE", "ORG", "PERSON"):
            return False
        closing = [t for t in doc[metric.end : metric.end + 3] if t.text == ","]
        return bool(closing)

    def _example(self, metric: Metric) -> bool:
        """ "Excluding items such as stock-based compensation": named as an example, not measured."""
        before = " ".join(self.lowers[max(0, metric.start - 4) : metric.start])
        return bool(re.search(r"\b(?:such as|excluding|including|except|like)\b", before))

    def _head_of(self, other: _Value) -> tuple[int, int]:
        """The head of another value's metric, without its "of" phrase: "added value"."""
        assert other.metric is not None
        for m in self.metrics:
            if self.doc[m.start].idx == other.metric[0]:
                return self.char_range(m.start, m.head_end)
        return other.metric

    def _in_aside(self, metric: Metric, value: Span) -> bool:
        """Whether the metric stands in an aside that closes before the value: ", which ... ,";
        or, after a metric phrase, a description of it ("the bank's common equity tier 1 ratio,
        a key gauge of its ability to absorb losses, rose", "spending on factory construction,
        boosted by federal subsidies for chip plants, posted")."""
        doc = self.doc
        opening = next(
            (
                t.i
                for t in doc[
                    max(self.sentence_of(value.start).start, metric.start - 14) : metric.start
                ]
                if t.text == ","
                and t.i + 1 < len(doc)
                and (
                    self.lowers[t.i + 1] in ("which", "who")
                    or (
                        (
                            self.lowers[t.i + 1] in ("a", "an", "the")
                            or self.lowers[t.i + 1] in self.finder.verbs
                            # "services inflation, closely watched by rate-setters as ..., edged up"
                            or (
                                self.lowers[t.i + 1].endswith("ly")
                                and t.i + 2 < len(doc)
                                and (
                                    self.lowers[t.i + 2] in self.finder.verbs
                                    or self.lowers[t.i + 2].endswith("ed")
                                )
                            )
                        )
                        and (
                            any(m.end == t.i for m in self.metric_index.between(t.i - 8, t.i))
                            or self._plain_opening(t.i)
                        )
                    )
                )
            ),
            None,
        )
        return opening is not None and any(t.text == "," for t in doc[metric.end : value.start])

    def _plain_opening(self, comma: int) -> bool:
        """Whether only a few plain words open the sentence before ``comma``: "Demand, measured
        in revenue passenger kilometres, rose": the noun the aside describes."""
        start = self.sentence_of(comma).start
        return 0 < comma - start <= 4 and all(self.plain(k) for k in range(start, comma))

    def _purpose_named(self, end: int, limit: int) -> int:
        """Where the name of a fund by its purpose ends ("a 200 million yuan fund for the
        Chishui River", "a $50 million fund for small businesses"): a noun of a pool of money
        and its "for" phrase, one to five words (a name's among them); ``end`` when none."""
        lowers = self.lowers
        if (
            end + 1 >= limit
            or lowers[end] != "for"
            or lowers[end - 1] not in fact_words("purpose_pool")
        ):
            return end
        start = end + 1
        if lowers[start] == "the":
            start += 1
        stop = start
        while (
            stop < limit
            and stop < start + 5
            and (self.plain(stop) or self.ent_types[stop] in ("LOC", "FAC", "GPE"))
        ):
            stop += 1
        return stop if stop > start else end

    def _attached_after(self, span: Span) -> Metric | None:
        """A metric right after the value: "a $1.5 billion share buyback", "a 20% stake".

        Not the rate of a change: "grew at a 3.3% annualized rate", "at a 2.8% pace".
        """
        before = self.lowers[max(0, span.start - 4) : span.start]
        rate_of_change = "at" in before
        if span.end < len(self.doc) and self.lowers[span.end] in fact_words("gap_word"):
            return None  # "3 to 5 basis points above treasury yields": the benchmark
        for m in self.metric_index.between(span.end, span.end + 2):
            adjacent = m.start == span.end or (m.start == span.end + 1 and self.plain(span.end))
            if (
                adjacent
                and m.cls != "growth"
                and not (rate_of_change and m.cls in ("rate", "ratio"))
            ):
                return m
        return self._event_after_modifiers(span)

    def _event_after_modifiers(self, span: Span) -> Metric | None:
        """ "a $2 billion accelerated share repurchase", "a $500 million open-market share
        buyback": a company's deal, buyback or issue a few modifiers after the amount it sizes
        (words only: no function word, name or number between them)."""
        function = fact_words("function")
        for m in self.metric_index.between(span.end + 1, span.end + 5):
            if m.cls != "event" or m.scope != "company" or m.start <= span.end:
                continue
            between = range(span.end, m.start)
            if all(
                (self.words[i].replace("-", "").isalpha() or self.words[i] == "-")
                and not self.ent_types[i]
                and self.lowers[i] not in function
                for i in between
            ):
                return m
            return None
        return None

    def _says_respectively(self, sentence: Span) -> bool:
        """Whether a "respectively" cue stands in ``sentence`` (an index of the cues, found once,
        not a scan per value of a long sentence)."""
        if self._respectively_cues is None:
            self._respectively_cues = [
                c.start for c in self.cues if c.rule.category == "respectively"
            ]
        cues = self._respectively_cues
        return bisect_left(cues, sentence.start) != bisect_left(cues, sentence.end)

    def _respectively(self, value: _Value) -> Metric | None:
        """ "Exports and imports rose 5% and 3%, respectively": the i-th metric of the i-th value."""
        sentence = value.sentence
        if not self._says_respectively(sentence):
            return None
        values = [
            v
            for v in self.value_index.between(sentence.start, sentence.end)
            if v.end <= sentence.end
        ]
        first_value = values[0].start
        names = [
            m
            for m in self.metric_index.between(sentence.start, first_value)
            if m.end <= first_value
        ]
        joined = [m for m in names if self._coordinated(names, m)]
        if len(joined) < 2:
            joined = self._names_after_values(values, sentence)
        if len(joined) < 2:
            return self._figures_restated(value, values, sentence)
        if len(values) % len(joined):
            return None
        # "rose 5% and 3%, respectively, to A and B": the lists run in parallel, each value
        # list naming the metrics in order
        index = [v.start for v in values].index(value.span.start) % len(joined)
        return joined[index]

    def _figures_restated(
        self, value: _Value, values: Sequence[Span], sentence: Span
    ) -> Metric | None:
        """ "of which exports were 123.4 billion yuan and imports 96.4 billion yuan, up 5.6
        percent and 2.1 percent respectively", "received 44.5 million tourist visits and 38.6
        billion yuan in tourism revenue, up 6.2 percent and 7.8 percent, respectively": a list
        of values right before "respectively" that names no quantity restates the figures the
        sentence gave before it, one each, in order: the last quantities named next to a
        figure before the list."""
        cue = next(
            (
                c.start
                for c in self.cue_index.between(value.span.end, sentence.end)
                if c.rule.category == "respectively"
            ),
            None,
        )
        listed = [v for v in values if v.end <= (cue if cue is not None else -1)]
        if cue is None or not listed or cue - listed[-1].end > 1:
            return None
        lowers = self.lowers
        k = len(listed) - 1
        while k > 0 and all(
            lowers[t] in (",", "and") for t in range(listed[k - 1].end, listed[k].start)
        ):
            k -= 1
        listed = listed[k:]
        starts = [v.start for v in listed]
        if len(listed) < 2 or value.span.start not in starts:
            return None
        first = listed[0].start
        doc = self.doc
        figured: list[Metric] = []
        for m in self.metric_index.between(sentence.start, first):
            if m.end > first or m.cls == "growth":
                continue
            near = range(max(sentence.start, m.start - 3), min(first, m.end + 3))
            if any(doc[t].like_num or doc[t].ent_type_ in VALUE_LABELS for t in near):
                figured = [f for f in figured if f.end <= m.start] + [m]
        if len(figured) < len(listed):
            return None
        return figured[-len(listed) :][starts.index(value.span.start)]

    def _names_after_values(self, values: Sequence[Span], sentence: Span) -> list[Metric]:
        """ "recorded 520 billion yuan and 310 billion yuan in exports and imports,
        respectively": the quantities a list of values names after it ("in", "of"), joined by
        "and" or commas, up to "respectively"; none when a word other than a list's stands
        between the last value and them."""
        last = values[-1].end
        if last >= sentence.end or self.lowers[last] not in ("in", "of", "for"):
            return []
        cue = next(
            (
                c.start
                for c in self.cue_index.between(last, sentence.end)
                if c.rule.category == "respectively"
            ),
            None,
        )
        if cue is None:
            return []
        names = [m for m in self.metric_index.between(last + 1, cue) if m.end <= cue]
        joined = [m for m in names if self._coordinated(names, m)]
        if not joined or joined[0].start > last + 2 or joined[-1].end < cue - 1:
            return []  # (past "the" at most before them, a comma at most after them)
        return joined

    def _pronoun_for_subject(self, value: _Value) -> Metric | None:
        """ "Lianhua's shares have more than doubled, giving it a market value of about NT$1.2
        trillion. They closed up 3.1%": a pronoun opening the sentence, right before the verb of
        the value, stands for the quantity the sentence before opens with (its subject, the
        metric phrase before its first verb), not for the last one it names."""
        sentence, span = value.sentence, value.span
        start = sentence.start
        if (
            self.lowers[start] not in fact_words("metric_pronoun")
            or span.start - start > 4
            or not (start + 1 in self.cue_tokens or self.lowers[start + 1] in self.finder.verbs)
        ):
            return None
        i = bisect_right(self.sent_starts, start) - 1
        if i < 1:
            return None
        before = self.sents[i - 1]
        verb = next(
            (c.start for c in self.cue_index.between(before.start, before.end) if c.rule.predicate),
            before.end,
        )
        subjects = [
            m
            for m in self.metric_index.between(before.start, verb)
            if m.end <= verb and m.cls != "growth"
        ]
        return subjects[0] if subjects else None

    def _participle_phrase(self, span: Span, segment: int) -> tuple[int, int] | None:
        """ "Funds raised through initial public offerings in Hong Kong slumped 56 per cent",
        "Chips made on 7-nanometre and more advanced processes accounted for 41%": a noun, a
        participle and its prepositional phrase open the clause and end at the verb of the
        value; the whole phrase is the quantity (to a place: "in Hong Kong" says where)."""
        verb = next(
            (
                c
                for c in reversed(self.cue_index.between(max(segment, span.start - 20), span.start))
                if c.rule.predicate and c.end <= span.start and span.start - c.end <= 3
            ),
            None,
        )
        if verb is None:
            return None
        lowers, doc = self.lowers, self.doc
        start = segment
        while start < verb.start and lowers[start] in ("the", "a", "an", "its", "their"):
            start += 1
        links = fact_words("participle_link")

        def participle(i: int) -> bool:
            return (
                (lowers[i] in fact_words("participle") or lowers[i].endswith("ed"))
                and doc[i].is_alpha
                and lowers[i + 1] in links
            )

        p = start
        while (
            p < verb.start and p < start + 5 and self.plain(p) and not (p > start and participle(p))
        ):
            p += 1
        if p == start or p + 2 >= verb.start or not participle(p):
            return None
        end = p + 2
        joining = ("and", "the", "a", "an", "'s", "\u2019s", "-", ",", "more", "less")
        while end < verb.start:
            if lowers[end] in ("in", "at") and doc[end + 1].ent_type_ in ("GPE", "LOC"):
                break  # "in Hong Kong": where
            # a cue word may be a noun of the phrase ("through share sales")
            nounish = (
                (doc[end].is_alpha or (doc[end].like_num and lowers[end + 1] == "-"))
                and not doc[end].ent_type_
                and lowers[end] not in self.finder.verbs
                and lowers[end] not in fact_words("function")
            )
            if not (nounish or lowers[end] in joining):
                return None
            end += 1
        if end - p > 10 or not doc[end - 1].is_alpha or lowers[end - 1] in joining:
            return None
        return self.char_range(start, end)

    def _fined(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "can be fined up to 1 million yuan", "fined Zuiderbank NV EUR 3.4 million for
        misreporting": the verb of a fine names the quantity; the one fined and the "for"
        phrase (the reason) are no metric."""
        fines = fact_words("fine_verb")
        for i in range(span.start - 1, max(clause[0], span.start - 6) - 1, -1):
            if self.lowers[i] in fines:
                return self.char_range(i, i + 1)
            if self.ent_types[i] in VALUE_LABELS or i in self.cue_tokens:
                return None
        return None

    def _fined_owner(self, value: _Value, owners: Sequence[Span]) -> Span | None:
        """ "The regulator fined drugmaker Pellwood Pharma 12.5 million pounds": the one a fine
        verb fines owns the fine, not the regulator that imposes it."""
        if "metric.fined" not in value.how or value.metric is None:
            return None
        named = next(
            (
                e
                for e in reversed(owners)
                if value.metric[1] <= e.start_char
                and e.end <= value.span.start
                and e.end_char >= value.span.start_char - 20
            ),
            None,
        )
        if named is not None:
            return named
        # "fined the company 12.5 million pounds": the company named before, not the fining body
        i = value.span.start - 1
        if i < 1 or self.lowers[i] not in self.finder.referring_nouns:
            return None
        if self.lowers[i - 1] not in ("the", "this"):
            return None
        meant = self._anaphor(value)
        fining = {_bare(self.fullest(e)) for e in owners if e.end_char <= value.metric[0]}
        return meant if meant is not None and _bare(self.fullest(meant)) not in fining else None

    def _respective_phrases(self, value: _Value) -> tuple[int, int] | None:
        """ "Strategic emerging industries and high-tech manufacturing expanded 6.3% and 7.2%,
        respectively": the noun phrases joined before the verb, each of two words or more and
        of plain words only, are the quantities of the values in order ("Exports to the US and
        the EU rose 5% and 3%, respectively" joins no such phrases)."""
        if not self._says_respectively(value.sentence):
            return None
        clause = value.clause
        if clause not in self._respective_phrase_lists:  # once per clause, not per value
            self._respective_phrase_lists[clause] = self._joined_phrases(clause)
        found = self._respective_phrase_lists[clause]
        if found is None or value.span.start not in found[0]:
            return None
        order, phrases = found
        return self.char_range(*phrases[order[value.span.start] % len(phrases)])

    def _joined_phrases(
        self, clause: tuple[int, int]
    ) -> tuple[dict[int, int], list[tuple[int, int]]] | None:
        """The values of ``clause`` by their order, and the plain noun phrases joined before
        its verb (for _respective_phrases), when there are two or more and they divide the
        values."""
        values = [v.start for v in self.value_index.between(*clause) if v.end <= clause[1]]
        if not values:
            return None
        first = values[0]
        verb = next(
            (
                c.start
                for c in self.cue_index.between(clause[0], first)
                if c.rule.predicate and c.end <= first
            ),
            None,
        )
        if verb is None or any(m.end <= verb for m in self.metric_index.between(clause[0], verb)):
            return None  # named by the lexicon: _respectively
        phrases, start = [], clause[0]
        for i in range(clause[0], verb + 1):
            if i == verb or self.lowers[i] in (",", "and"):
                if i - start < 2 or not all(self.plain(k) for k in range(start, i)):
                    return None
                phrases.append((start, i))
                start = i + 1
                while start < verb and self.lowers[start] in (",", "and"):
                    start += 1
        if len(phrases) < 2 or len(values) % len(phrases):
            return None
        return {v: k for k, v in enumerate(values)}, phrases

    def _restated_respectively(self, value: _Value) -> tuple[tuple[int, int], Metric | None] | None:
        """ "... received 40.2 million tourist visits and tourism revenue of 10.3 billion yuan.
        The figures were up 31.9 percent and 42.5 percent, respectively": the quantities of the
        sentence before, in order, when the sentence names them with a word that restates them."""
        sentence = value.sentence
        if not self._says_respectively(sentence):
            return None
        values = [v for v in self.value_index.between(sentence.start, sentence.end)]
        first = values[0].start
        if fact_words("restating").isdisjoint(self.lowers[sentence.start : first]):
            return None
        i = bisect_right(self.sent_starts, sentence.start) - 1
        if i < 1:
            return None
        before = self.sents[i - 1]
        known: list[Metric] = []
        for m in self.metric_index.between(before.start, before.end):
            text = self.doc[m.start : m.end].text.lower()
            if m.cls != "growth" and all(
                self.doc[k.start : k.end].text.lower() != text for k in known
            ):
                known.append(m)
        if len(known) < 2 or len(values) % len(known):
            return None
        # "were up 31.9 percent and 42.5 percent, respectively, and exceeded the 2019 levels by
        # 27.8 percent and 30.6 percent": each list of values names the quantities in order
        index = [v.start for v in values].index(value.span.start) % len(known)
        found = known[index]
        return self.char_range(found.start, found.end), found

    def _coordinated(self, names: Sequence[Metric], metric: Metric) -> bool:
        """Whether ``metric`` is joined to a neighbour by "and" or a comma ("exports and imports")."""
        for other in names:
            gap = self.doc[min(metric.end, other.end) : max(metric.start, other.start)]
            if (
                other is not metric
                and 0 < len(gap) <= 2
                and all(t.text in (",", "and") for t in gap)
            ):
                return True
        return False

    def _right_phrase(
        self, span: Span, clause: tuple[int, int], value_kind: str
    ) -> tuple[tuple[int, int], Metric | None] | None:
        """ "150 billion yuan in exports", "a 12 percent increase in exports", "$5 million on
        restructuring": the noun phrase after "in", "on" or "for" right of the value."""
        i = span.end
        if i + 1 < clause[1] and self.words[i] == "(":
            # "62.4 billion yuan ($8.64 billion) of local government bonds": past a conversion
            j = i + 1
            while j < min(clause[1], i + 8) and self.ent_types[j] in VALUE_LABELS:
                j += 1
            # only into what the amount is made of or spent on ("632.69 billion yuan (about
            # $88.9 billion) in spending"): "a quota of 3.9 trillion yuan (...) for new bonds"
            # says what it is for
            if (
                j > i + 1
                and j + 1 < clause[1]
                and self.words[j] == ")"
                and self.lowers[j + 1] in ("of", "in", "on")
            ):
                i = j + 1
        past_basis = self._past_basis(i, clause[1])
        if past_basis > i and self.lowers[past_basis] in fact_words("growth_noun"):
            i = past_basis  # "an 18 per cent year-on-year rise in standalone net profit"
        if i < clause[1] and self.lowers[i] in fact_words("growth_noun"):
            i += 1
        elif (
            i + 1 < clause[1] and self.words[i] in ("'", "\u2019") and self.lowers[i + 1] == "worth"
        ):
            i += 2  # "half a million euros' worth of shares"
        elif i < clause[1] and self.lowers[i] == "worth":
            i += 1  # "RMB 45 billion worth of goods"
        joins = ("in", "on", "for") if value_kind == "share" else ("in", "on", "for", "of")
        if i >= clause[1] or self.lowers[i] not in joins:
            return None
        start = i + 1
        while start < clause[1] and (
            self.lowers[start] in ("the", "a", "an", "its", "their", "own")
            or self.ent_types[start] == "DATE"
            or (self.ent_types[start] in SUBJECT_LABELS and self._possessive_after(start))
            or self.words[start] in ("'s", "\u2019s")
        ):
            start += 1
        # "worth of Veldhoven shares": the company names whose shares, no part of the metric
        name_end = start
        while name_end < clause[1] and self.ent_types[name_end] == "ORG":
            name_end += 1
        if start < name_end < clause[1] and any(
            m.start == name_end and m.cls == "shares"
            for m in self.metric_index.between(name_end, name_end + 1)
        ):
            start = name_end
        end = self._plain_run(start, clause[1], 5)
        if end > start:
            end = self._listed_words(end, clause[1])
        owners = self.finder.owner_nouns
        if (
            start < end < clause[1]
            and self.words[end] in ("'s", "\u2019s")
            and self.lowers[end - 1] in owners
        ):
            start = end = end + 1  # "40% of the district's workforce": the owner's part
            while end < clause[1] and end < start + 5 and self.plain(end):
                end += 1
        if end == start or self.lowers[end - 1] in owners:
            return None  # "30 billion yuan in the province": where, not what
        if self.lowers[end - 1] in fact_words("period_noun"):
            return None  # "by about 3 per cent in the 2025 financial year": when, not what
        if end == start + 1 and self.lowers[start] in _ORDINAL_PARTS:
            return None  # "after 0.2% in the fourth": a quarter with its noun left out
        if self.lowers[i] == "for" and self.lowers[end - 1] in fact_words("people"):
            return None  # "the 5.9-percent increase for urban residents": whose, not what
        inside = next(iter(self.metric_index.between(start, end)), None)
        if inside is not None and end < inside.end <= clause[1]:
            end = inside.end  # "$1.2 billion in sales of electric vehicles": its of-phrase
        return self.char_range(start, end), inside

    def _possessive_after(self, i: int) -> bool:
        """Whether the name token ``i`` belongs to is followed by "'s" (an owner: "of Suzhou's
        workforce")."""
        doc = self.doc
        while i < len(doc) and doc[i].ent_iob_ in ("B", "I") and doc[i].ent_type_:
            i += 1
            if i < len(doc) and doc[i].ent_iob_ == "B":
                break
        return i < len(doc) and doc[i].text in ("'s", "\u2019s")

    def _agent_before(self, start: int, segment: int) -> tuple[int, int] | None:
        """ "Levies paid by miners | fell", "Fees charged by the port | rose": the plain words
        before a past participle and "by" that open the statement, when the words ending at
        ``start`` (the verb) are that participle's agent."""
        by = start - 1
        while (
            by > max(segment, start - 6)
            and self.lowers[by] != "by"
            and (self.alpha[by] or self.plain(by))
        ):
            by -= 1  # past the agent: "the state", "local governments"
        if by - 2 < segment or self.lowers[by] != "by":
            return None
        participle = by - 1
        if not (self.lowers[participle].endswith(("ed", "id")) and self.alpha[participle]):
            return None
        opening = self._words_before(participle, segment)
        if opening == participle or (opening > segment and not self.doc[opening - 1].is_punct):
            return None  # the words must open the statement
        return self.char_range(opening, participle)

    def _generic_phrase(self, span: Span, segment: int) -> tuple[int, int] | None:
        """The noun phrase before the verb that governs the value, or that verb itself.

        "Kiwifruit sells for 16 yuan": "Kiwifruit"; "it earned $3.02 a share": "earned".
        """
        verb = next(
            (i for i in range(span.start - 1, segment - 1, -1) if i in self.cue_tokens), None
        )
        if verb is None:
            # no cue: a verb form just before the value ("The tourism sector took in 5 billion
            # yuan")
            verb = next(
                (
                    i
                    for i in range(span.start - 1, max(segment, span.start - 4) - 1, -1)
                    if self.lowers[i] in self.finder.verbs
                ),
                None,
            )
        if verb is None:
            return None
        end = verb
        while (
            end > segment
            and self.lowers[end - 1] in self.finder.verbs
            # "new firms rose 17.7 percent": a plural that is also a verb is the noun here
            and not self._noun_before_its_verb(end - 1)
        ):
            end -= 1
        while end - 2 >= segment and " ".join(self.lowers[end - 2 : end]) in fact_words(
            "adverbial_pair"
        ):
            # "Analysts had on average expected": an adverbial, no quantity
            end -= 2
            while end > segment and self.lowers[end - 1] in self.finder.verbs:
                end -= 1
        if (
            end > segment + 1
            and self.lowers[end - 1] == "to"
            and (self.plain(end - 2) or self.lowers[end - 2] in fact_words("growth_noun"))
        ):
            # "The bank expects expenses to grow by about 3 per cent": expenses; "expect growth
            # to slow to 4.6%": growth
            end -= 1
        antecedent = self._relative_antecedent(end, segment)
        if antecedent is not None:
            # "Metals gained, including silver, which rose 2.4 percent": the noun the relative
            # clause hangs on changed, not the statement's opening noun
            return antecedent
        start = self._words_before(end, segment)
        if start < end:
            start = self._per_unit(start, segment)  # "cutting handling time per box by 15%"
            start = self._count_head(start, segment)
        cut = next(
            (k for k in range(max(segment + 1, start - 2), end) if self.lowers[k] in _EXCLUSIONS),
            None,
        )  # "excluding bonuses", "ex-bonuses", "ex - fuel"
        if start < end and cut is not None:
            # "regular pay excluding bonuses slowed to 6.2%": the quantity the exclusion leaves
            # ("pay" may be read as a cue elsewhere: here any content word before it)
            left = cut
            while left > segment and left > cut - 5 and self._content_word(left - 1):
                left -= 1
            if left < cut:
                start, end = left, cut
        if (
            start > segment
            and self.lowers[start - 1] in fact_words("growth_noun")
            and start - 1 in self.cue_tokens
        ):
            # "Growth slowed from a 4.9% pace", "The decline eased from a 2.1% pace": a noun
            # of change opens the statement and names the quantity; the word after it is a verb
            return self.char_range(start - 1, start)
        agent = self._agent_before(end, segment)
        if agent is not None:
            # "Taxes collected by the state rose 5%": the quantity is what the participle
            # before the agent qualifies, not the agent
            return agent
        quantity_verb = self.lowers[verb] in fact_words("quantity_verb")
        named = [m for m in self.metric_index.between(segment, verb) if not self._example(m)]
        if quantity_verb and not named:
            # "Visitors from Hong Kong spent 30 billion yuan": who spent is no quantity
            return self.char_range(verb, verb + 1)
        opening = segment
        while opening < verb and (not self.plain(opening) or self._compass_of_place(opening)):
            opening += 1  # (not "east" of "from east China's Zhejiang Province")
        closing = opening
        if opening > segment and self.lowers[opening - 1] in fact_words("metric_modifier"):
            opening -= 1  # "The total import and export value of Jiangsu Province reached"
        while closing < verb and closing < opening + 5 and self.plain(closing):
            closing += 1
        if (
            opening < closing < verb
            and self.lowers[closing] == "of"
            and self.lowers[closing - 1] in fact_words("count_head")
        ):
            # "the number of inbound tourists in Xiamen grew": what is counted
            counted = closing + 1
            while (
                counted < verb
                and counted < closing + 9
                and (self.plain(counted) or self._participle_word(counted))
            ):
                counted += 1
            if counted > closing + 1:
                closing = counted
        if self._told_between(max(segment, opening - 3), verb):
            # "He Yadong, spokesperson for the ministry, said new firms rose 17.7 percent": the
            # phrase before a verb of telling is the speaker, no quantity; the words right
            # before the verb are, unless they stand for an owner ("said the company rose")
            if start < end and self.lowers[end - 1] not in self.finder.referring_nouns:
                return self.char_range(start, end)
            return None
        owned = closing > opening and self.lowers[closing - 1] not in self.finder.owner_nouns
        # "Balances in the state-backed deposit scheme fell": the noun that opens the statement
        # and the part of it measured, as for a lexicon metric ("Investment in ...")
        part = self._part_phrase(closing) if owned else closing
        if owned and part == end > closing:
            return self.char_range(opening, part)
        if owned and self._place_adjunct(opening, start, end):
            # "Demand for office space in Bangalore rose 9%": a name after "in" places the
            # quantity the statement opens with, even when no gazetteer knows the place
            return self.char_range(opening, start - 1)
        if start < end and self.lowers[end - 1] not in self.finder.owner_nouns:
            return self.char_range(start, end)
        if owned:
            return self.char_range(opening, part)
        if self.lowers[verb] in fact_words("quantity_verb"):
            return self.char_range(verb, verb + 1)
        return None

    def _opens_after_and(self, span: Span) -> bool:
        """Whether the value opens a clause after ", and" or "and" (past a qualifier word:
        "and about 35% of ...")."""
        i = span.start - 1
        if i >= 0 and self.lowers[i] in ("about", "around", "some", "nearly", "almost", "over"):
            i -= 1
        return i > 0 and self.lowers[i] == "and" and self.lowers[i - 1] == ","

    def _relative_antecedent(self, end: int, segment: int) -> tuple[int, int] | None:
        """The plain noun phrase (up to four words) before ", which" or ", that" ending at token
        ``end``, when a word that is no part of it stands before it ("including copper, which")."""
        comma = end - 2
        if comma <= segment or self.lowers[end - 1] not in ("which", "that"):
            return None
        if self.lowers[comma] != ",":
            return None
        start = comma
        while start > segment and start > comma - 4 and self.plain(start - 1):
            start -= 1
        if start in (comma, segment):
            return None
        return self.char_range(start, comma)

    def _told_between(self, start: int, end: int) -> bool:
        """Whether a verb of telling ("said", "told") stands in tokens ``start:end`` (the last
        30 of them)."""
        report = fact_words("report")
        return any(self.lowers[k] in report for k in range(max(start, end - 30), end))

    def _compass_of_place(self, i: int) -> bool:
        """Whether token ``i`` is a word of direction before a place's name ("south" of "south
        China's Guangdong Province", "northern" of "northern Italy"): where, no quantity."""
        return (
            self.lowers[i] in fact_words("compass")
            and i + 1 < len(self.doc)
            and self.ent_types[i + 1] in ("GPE", "LOC", "NORP")
        )

    def _content_word(self, i: int) -> bool:
        """A plain word, or a word of the text that no metric phrase stops at although the
        lexicons read it as a cue elsewhere ("pay" in "regular pay")."""
        return self.plain(i) or (
            self.alpha[i]
            and self.lowers[i] not in fact_words("function")
            and self.lowers[i] not in self.finder.verbs
            and self.lowers[i] not in fact_words("adjunct")
        )

    def _place_adjunct(self, opening: int, start: int, end: int) -> bool:
        """Whether the words ``start:end`` before a verb are a capitalized name after "in" or
        "at" that ends a phrase opened at ``opening`` of plain words and "of", "for", "and"
        ("The value of mergers and acquisitions in Asia", "Demand for office space in
        Bangalore")."""
        doc = self.doc
        return (
            opening < start - 1
            and start < end
            and self.lowers[start - 1] in ("in", "at")
            and start - 1 - opening <= 8
            and all(doc[i].is_title for i in range(start, end))
            and all(
                self.plain(i) or self.lowers[i] in ("of", "for", "and")
                for i in range(opening, start - 1)
            )
        )

    def body_designated(self) -> dict[str, str]:
        """``designated`` as the text below the headline writes it: a headline's "Guizhou
        county" is a county in Guizhou, no name of the province."""
        if self._body_designated is None:
            self._body_designated = self._designations(headline=False)
        return self._body_designated

    def _designations(self, headline: bool) -> dict[str, str]:
        """The places written with a lower-case designator after the name, by bare name; with
        ``headline`` off, those of the text below the headline only."""
        kinds, lowers = self.finder.owner_kinds, self.lowers
        return {
            _bare(self.fullest(e)): kinds[lowers[e.end]]
            for e in self.subjects
            if e.label_ == "GPE"
            and e.end < len(lowers)
            and lowers[e.end] in kinds
            and kinds[lowers[e.end]] not in ("ORG", "Bank", "city", "country")
            and self.doc[e.end].is_lower
            and (headline or not self._in_headline(e.start_char))
        }

    def _in_headline(self, offset: int) -> bool:
        """Whether ``offset`` is in the first line, when that line ends with no full stop."""
        start, end = self.line_of(offset)
        return start == 0 and not self.text[start:end].rstrip().endswith(".")

    def _anaphor(self, value: _Value) -> Span | None:
        """ "The province's imports", "the company plans to spend": the owner a definite noun
        stands for, by what the noun says it is (``lexicons/owner_nouns.tsv``, column refers)."""
        doc, refers = self.doc, self.finder.owner_refers
        referring = self.tokens_of(self.finder.referring_nouns)  # "the county", "the company"
        # between the sentence's start and the value, nearest first (an index, not a scan of
        # the sentence: a sentence of thousands of values stays linear)
        low = bisect_right(referring, value.sentence.start)
        high = bisect_left(referring, value.span.start)
        noun = next(
            (
                i
                for i in (referring[k] for k in range(high - 1, low - 1, -1))
                if self.lowers[i - 1] in ("the", "this")
                and not self.ent_types[i]
                # "economists at the bank": where, not whose ("in the city" is whose); "data
                # revenue at the group" right after the metric is whose
                and not (
                    refers[self.lowers[i]] in ("ORG", "Bank")
                    and i - 2 >= 0
                    and self.lowers[i - 2] in fact_words("adjunct")
                    and not (
                        value.metric is not None
                        and value.metric[1] <= doc[i - 2].idx <= value.metric[1] + 1
                    )
                )
            ),
            None,
        )
        opener = value.sentence.start + 1
        if (
            noun is not None
            and noun != opener
            and _holds(referring, opener)
            and self.lowers[opener - 1] in ("the", "this")
            and value.metric is not None
            and self.text[max(0, value.metric[0] - 4) : value.metric[0]].lower() == "its "
        ):
            # "The city has become one of the country's biggest bases, and its GDP reached
            # ...": "its" is the sentence's own subject's
            noun = opener
        if noun is None:
            return self._modified_anaphor(value, referring[low:high])
        what = refers[self.lowers[noun]]
        if what == "country":
            # "the country", "the government": the article's subject when that is a country
            # (a story on Viet Nam names the US more often, as its market)
            main = self.main_subject
            told = self.headline_countries
            if (
                main is not None
                and main.label_ == "GPE"
                and _bare(self.fullest(main)) in country_names()
                # "Saudi non-oil exports rise | ... China remained Saudi Arabia's top trading
                # partner": the headline's nationality says which country "the kingdom" is
                and (not told or _bare(self.fullest(main)) in told)
            ):
                return main
            return self.main_country
        if what in ("ORG", "Bank"):
            # the paragraph's company, the article's, the one named most: the first that fits
            at, inherited = self.paragraph_subject
            paragraph = self.paragraph(value.span.start)
            companies = [
                e for e in self.subjects if e.label_ == "ORG" and e.start not in self.not_owners
            ]
            counts = Counter(_bare(self.fullest(e)) for e in companies)
            # "the company" stands for one named before it ("Analysts at Nomura expect ..."
            # further down is no antecedent)
            ranked = sorted(
                (e for e in companies if e.start < value.span.start),
                key=lambda e: (-counts[_bare(self.fullest(e))], e.start),
            )
            first = [inherited] if at == paragraph and inherited is not None else []
            bank = what == "Bank"
            # "the group" is first the company whose name says Group ("Shandong Port Group")
            named = [e for e in ranked if self.lowers[noun] in self.fullest(e).lower().split()]
            return next(
                (
                    e
                    for e in [*named, *first, self.main_subject, *ranked]
                    if e is not None
                    and e.label_ == "ORG"
                    and ("bank" in self.fullest(e).lower().split()) == bank
                ),
                None,
            )
        return self.place_of_kind(what, self.lowers[noun])

    def place_of_kind(self, what: str, word: str) -> Span | None:
        """The place the article names that a noun ``word`` of kind ``what`` (a designator or
        "city", ``lexicons/owner_nouns.tsv``) stands for, the one named most."""
        refers = self.finder.owner_refers
        # a zone or a park named like a body ("Suzhou Industrial Park") is a place too
        places = [
            e
            for e in self.subjects
            if e.start not in self.not_owners
            and (
                e.label_ == "GPE"
                or not fact_words("subject_zone").isdisjoint(self.fullest(e).lower().split()[-1:])
            )
        ]
        countries = country_names()
        designators = {v.lower() for v in refers.values() if v not in ("ORG", "Bank", "city")}
        designated = self.body_designated()

        def fits(ent: Span) -> bool:
            full = self.fullest(ent).lower()
            last = full.split()[-1] if full.split() else ""
            if what == "city":
                return (
                    last not in designators
                    and last not in fact_words("subject_zone")
                    and _bare(full) not in countries
                    and _bare(self.fullest(ent)) not in designated
                )
            if what.lower() in fact_words("subject_zone"):
                # "Suzhou Industrial Park ... the zone's output": a zone of any name
                return last in fact_words("subject_zone")
            # "Yugan county in Jiangxi province ... The province's GDP": a lower-case
            # designator after the name says what it is
            return last == what.lower() or designated.get(_bare(full)) == what

        fitting = [e for e in places if fits(e)]
        # "Tianhuangping Town ... in the town": first the places whose name ends in the noun
        named = [e for e in fitting if self.fullest(e).lower().split()[-1:] == [word]]
        fitting = named or fitting
        counts = Counter(_bare(self.fullest(e)) for e in fitting)
        return max(fitting, key=lambda e: (counts[_bare(self.fullest(e))], -e.start), default=None)

    def _modified_anaphor(self, value: _Value, nouns: Sequence[int]) -> Span | None:
        """ "The statistics agency said it had secured ...": "the <word> <noun>" for a company
        stands for the one named before whose name holds that word (the Office for National
        Statistics)."""
        refers = self.finder.owner_refers
        for i in reversed(nouns):
            if i < 2 or self.lowers[i - 2] not in ("the", "this"):
                continue
            if refers[self.lowers[i]] not in ("ORG", "Bank") or not self.doc[i - 1].is_lower:
                continue
            if i not in self._modified_nouns:  # one look per noun, not per value
                word = self.lowers[i - 1]
                self._modified_nouns[i] = next(
                    (
                        e
                        for e in self.subjects
                        if e.label_ == "ORG"
                        and e.start < i
                        and word in self.fullest(e).lower().split()
                    ),
                    None,
                )
            return self._modified_nouns[i]
        return None

    def fullest(self, ent: Span) -> str:
        """The fullest form of an ORG or GPE in the article: "Sichuan" -> "Sichuan Province",
        "US" -> "U.S.", "RBI" -> "Reserve Bank of India"."""
        key = (self.text[ent.start_char : ent.end_char], ent.label_)  # Span.text joins tokens
        if key not in self._fullest:
            self._fullest[key] = self._find_fullest(*key)
        return self._fullest[key]

    def _find_fullest(self, text: str, label: str) -> str:
        # of several longer forms, the one named first, in its fullest form: "Siemens" in a
        # story that opens on "Siemens AG" and later names "Siemens Energy" is Siemens AG
        alias = self.bracket_aliases.get(text)
        if alias is not None:
            return self._find_fullest(alias, label)  # "Petronas" of "... Bhd (Petronas)"
        names = self.subject_names.get(label, {})
        first = None
        bare = f" {_name_words(text)} "
        country = label == "GPE" and _bare(text) in country_names()
        for other, (other_bare, initials) in names.items():
            if len(other) <= len(text):
                continue
            if country and other_bare.endswith(" city "):
                continue  # "Mexico" is no short form of "Mexico City"
            if label == "GPE" and bare in other_bare and _named_after_country(other_bare, bare):
                continue  # "Yiwu" is no short form of "China Yiwu International Trade City"
            if (
                bare in other_bare
                or initials == text
                or _all_initials(other) == text.upper()
                # "Vietnam" and "Viet Nam": one name written with a space
                or (label == "GPE" and bare.replace(" ", "") == other_bare.replace(" ", ""))
            ):
                first = other
                break
        if first is None:
            return text
        within = names[first][0]
        return max(
            (other for other, (other_bare, _) in names.items() if within in other_bare),
            key=len,
        )
