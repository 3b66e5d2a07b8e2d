"""Fact rules: kind, direction and basis."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span

from extractor.records import PercentValue
from extractor.rules import periods
from extractor.rules.cues import find_direction, word_direction
from extractor.spans import get_span_data
from extractor.stages.facts.lexicon import (
    SUBJECT_LABELS,
    VALUE_LABELS,
    Cue,
    _past_references,
    _Value,
    fact_words,
)
from extractor.stages.facts.resolving import _OF_SPLIT_YEAR, _OF_THIS_FISCAL, DateReading

_GROWTH_BENCHMARK_REACH = 300  # characters before a benchmark's metric


_GROWTH_THAN = re.compile(r"\bgrowth(?: rate)?\b.*\bthan\s+(?:the\s+|that\s+of\s+)?$", re.I)


# tokens before a value its "share of"/"proportion of" may stand: "The proportion of strategic
# emerging industries in the output value of above-designated-size industries reached" (a
# hyphenated compound is five tokens)
_SHARE_OF_REACH = 24

_BASE_REACH = 12  # tokens after a change its base date is looked for in


_OWN_DATE_BEFORE = re.compile(r"\s+(?:in|during|for)\s+", re.IGNORECASE)  # "in 2024 compared"


# A base named as the year before the one in view, whatever part of it the figure covers.
_YEAR_BACK_BASES = frozenset(
    ("last year", "the previous year", "the prior year", "a year earlier", "a year ago")
)


_SAME_GAP = re.compile(r"the\s+same\s+(?:[\w-]+\s+){1,3}(?:of\s+|in\s+)?", re.IGNORECASE)


# The words right after a change that name the date it is measured from: "up 5 percent over
# 2022", ", over 2023", "from last year", "more than in 2022", "compared with the same holiday
# last year" (not a rate compared: "quicker than the third quarter", "unchanged from 2023").
_BASE_AFTER = re.compile(
    r"[\s,]*(?:from|over|on|versus|compared\s+(?:with|to)"
    r"|(?:more|less|higher|lower|fewer)\s+than(?:\s+(?:in|for))?)\s+",
    re.IGNORECASE,
)


_CELLS = re.compile(r"\S+(?: \S+)*")  # the cells of a table row: text between runs of 2+ spaces


_GROWTH_HEAD = re.compile(r"growth|change|increase|%|y/y|yoy", re.IGNORECASE)


class KindRules(DateReading):
    """The cue rules of one value: its kind, direction and basis, and the scopes of its cues."""

    def _part_goes_to(self, value: _Value) -> bool:
        """ "The funds totaled 27.2 billion yuan, of which 60 percent went to industrial
        development", "with 47 percent going to infrastructure": a percentage of an amount
        that goes somewhere is a part of it, a share (a future one is a target)."""
        span, percent = value.span, value.data.value
        if (
            "metric.allocated" not in value.how
            or not isinstance(percent, PercentValue)
            or percent.unit != "percent"
        ):
            return False
        j, stop = span.end, min(value.clause[1], span.end + 6)
        if j < stop and self.lowers[j] == "of":
            j += 1  # "60 percent of the funds went to", "60 percent of it"
            while j < stop and (self.lowers[j] in ("the", "its", "it", "that") or self.plain(j)):
                j += 1
        while j < stop and self.lowers[j] in ("was", "were", "had", "has", "have", "been"):
            j += 1
        return j < stop and (
            self.lowers[j] in fact_words("destination")
            or self.lowers[j] in fact_words("metric_destined")
        )

    def _table_cell(self, value: _Value) -> bool:
        """A figure in a row of a statistical table: the row label is its metric, its column's
        head gives the period ("2023") or says it is a growth rate ("Growth over 2022")."""
        text, start = self.text, value.data.start
        line_start, line_end = self.line_of(start)
        cells = self._lines.get(line_start)
        if cells is None:
            cells = self._lines[line_start] = list(_CELLS.finditer(text, line_start, line_end))
        if (
            len(cells) < 2
            or cells[0].start() >= start
            or not cells[0].group().strip()[:1].isalpha()
        ):
            return False
        column = next((i for i, c in enumerate(cells) if c.start() <= start < c.end()), None)
        heads = self._table_header(line_start)
        header = [h.group().strip() for h in heads] if heads else None
        if column is None or column == 0:
            return False
        label = cells[0]
        value.metric = (label.start(), label.start() + len(label.group().rstrip()))
        value.phrase = None
        head = header[column] if header and column < len(header) else ""
        growth = bool(_GROWTH_HEAD.search(head))
        owner = self._row_owner(*value.metric)
        if heads and owner is not None:
            # "Company  Net profit  Change" over "Aargau Instruments  CHF 1.18bn  up 10%": rows
            # of owners, the column head names the metric (a change column's, the level's
            # column before it)
            measured = next(
                (
                    h
                    for h in reversed(heads[1 : column + 1])
                    if not _GROWTH_HEAD.search(h.group()) and h.group()[:1].isalpha()
                ),
                None,
            )
            if measured is not None:
                value.metric = (measured.start(), measured.start() + len(measured.group().rstrip()))
                value.how.append("metric.column_head")
        value.kind = "change" if growth or value.span.label_ == "PERCENT" else "level"
        if value.kind == "change":
            percent = value.data.value
            negative = isinstance(percent, PercentValue) and (percent.value or 0) < 0
            value.direction = "decrease" if negative else "increase"
            if re.search(r"\bover\b|y/y|yoy|year", head, re.IGNORECASE):
                value.basis = "year_on_year"
        year = re.search(r"\b(?:19|20)\d\d\b", head)
        title_period = self.main_period
        if year and not growth:
            value.period = year.group()
        else:
            value.period = self._table_title_period(line_start) or title_period
        paragraph = self.paragraph(value.span.start)
        at, inherited = self.paragraph_subject
        value.subject = owner or (
            inherited if at == paragraph and inherited is not None else self.main_subject
        )
        value.how.append("fact.table_row")
        return True

    def _row_owner(self, start: int, end: int) -> Span | None:
        """A row labelled with a company or a place ("Aargau Instruments  CHF 1.18bn  up 10%"):
        the row's figures are its own."""
        label = self.expanded(start, end)
        if label is None:
            return None
        return next(
            (
                e
                for e in self.subject_index.between(label.start, label.end)
                if e.end <= label.end and e.start not in self.not_owners
            ),
            None,
        )

    def _table_header(self, line_start: int) -> list[re.Match[str]] | None:
        """The cells of the first line of the table a row belongs to (its column heads)."""
        text = self.text
        header = None
        position = line_start
        while position > 0:
            previous = self.line_of(position - 1)[0]
            cells = list(_CELLS.finditer(text, previous, position - 1))
            if len(cells) < 2:
                break
            header = cells
            position = previous
        return header

    def _table_title_period(self, line_start: int) -> str | None:
        """The period in the title above a table ("Table 1: GDP by sector, 2023"), read as its
        DATE mention is ("Deposits and Loans at the End of 2023": the year's last day)."""
        head = self.blank_line_before(line_start)
        title_start = head + 2 if head >= 0 else 0
        if title_start not in self._title_periods:
            title = self.text[title_start:line_start]
            year = re.findall(r"\b(?:19|20)\d\d\b", title)
            found = year[0] if year else None
            i = bisect_left(self.date_chars, title_start)
            for ent in self.dates[i:]:
                if ent.start_char >= line_start:
                    break
                if re.search(r"\b(?:19|20)\d\d\b", ent.text):
                    found = self.resolved(ent) or found
                    break
            self._title_periods[title_start] = found
        return self._title_periods[title_start]

    def _given_to_economy(self, value: _Value) -> bool:
        """ "Tourism contributed RM2 billion to GDP", "Manufacturing added RM5.4 billion to GDP",
        "services contributed 3.1 percentage points to growth": an amount a part gave to the
        economy's output or growth (not "contributed $5 million to the fund", "added $5
        million to its pension fund")."""
        span, clause, data = value.span, value.clause, value.data.value
        points = isinstance(data, PercentValue) and data.unit == "percentage_point"
        return (
            (span.label_ == "MONEY" or points)
            and span.start > clause[0]
            and self.lowers[span.start - 1] in fact_words("contribution_verb")
            and span.end + 1 < clause[1]
            and self.lowers[span.end] == "to"
            and any(
                self.lowers[i] in fact_words("economy_whole")
                for i in range(span.end + 1, min(clause[1], span.end + 6))
            )
        )

    def _kind(self, value: _Value, previous: _Value | None) -> None:
        span, clause = value.span, value.clause
        found = self.covering(span, clause, ("share", "target", "change", "level"))
        percent = value.data.value
        # a share is a percentage of a whole; points are a change of a share ("accounted for
        # 46.8 percent of exports, 2.1 percentage points higher"; "175 basis points of easing")
        can_share = span.label_ == "PERCENT" and not (
            isinstance(percent, PercentValue) and percent.unit == "percentage_point"
        )
        found = [
            (gap, cue)
            for gap, cue in found
            if (cue.rule.labels is None or span.label_ in cue.rule.labels)
            and (can_share or cue.rule.category != "share")
            and not self._agent_by(cue, span)
        ]
        found = [(gap, cue) for gap, cue in found if not self._commitment_done(cue, found)]
        found = [(gap, cue) for gap, cue in found if not self._plan_joined_by(cue, span)]
        found = [(gap, cue) for gap, cue in found if not self._cue_as_noun(cue)]
        found = [(gap, cue) for gap, cue in found if not self._than_expected(cue)]
        found = [(gap, cue) for gap, cue in found if not self._part_of_a_target(cue, span)]
        found = [(gap, cue) for gap, cue in found if not self._at_a_record(cue, span)]
        found = [(gap, cue) for gap, cue in found if not self._cue_in_aside(cue, span)]
        found = [(gap, cue) for gap, cue in found if not self._share_verb_of_a_noun(cue, span)]
        by_category = {cue.rule.category: cue for _, cue in sorted(found, key=lambda t: t[0])}
        restated = (
            previous is not None
            and previous.kind == "target"
            and previous.sentence == value.sentence
            and span.start > 0
            and self.lowers[span.start - 1] == "or"
        )
        if "target" in by_category and "share" in by_category:
            # "sees the deficit at 4.5 pct of GDP next year": target wins for forecasts
            value.kind, rule = "target", by_category["target"].rule.id
        elif restated:
            value.kind, rule = (
                "target",
                "kind.restated_target",
            )  # "a deficit of ..., or 1.7% of GDP"
        elif "share" in by_category:
            value.kind, rule = "share", by_category["share"].rule.id
        elif (
            not (by_category.keys() & {"target", "change"})
            and can_share
            and (percent_of := self._percent_of(span)) is not None
        ):
            value.kind, rule = "share", percent_of  # "produced 48.2 percent of the city's output"
        elif "target" in by_category:
            value.kind, rule = "target", by_category["target"].rule.id
        elif found:
            _, cue = min(found, key=lambda t: (t[0], -t[1].rule.priority))
            value.kind, rule = cue.rule.category, cue.rule.id
            if (
                cue.rule.id == "level.from"
                and previous is not None
                and previous.kind == "change"
                and previous.sentence == value.sentence
                and previous.span.label_ == span.label_ == "PERCENT"
            ):
                # "the economy expanded 2.5%, up from 1.9% in 2022": the growth it is compared
                # with ("rose to 5.6% from 5.3%" compares two levels)
                value.kind, rule = "change", "kind.from_a_change"
        elif "+" in self.text[max(0, span.start_char - 1) : span.start_char + 1] and (
            isinstance(value.data.value, PercentValue) and value.data.value.direction != "none"
        ):
            # "612 million euros, +9%": a signed percentage is a change, also in a list
            value.kind, rule = "change", "kind.signed"
        elif (
            previous is not None
            and previous.kind == "change"
            and previous.clause == clause
            and previous.span.label_ == span.label_ == "PERCENT"
            and span.start > 0
            and self.lowers[span.start - 1] == "or"
        ):
            # "a nominal increase of 5.4 percent year on year, or 5.3 percent in real terms":
            # the same change told another way
            value.kind, rule = "change", "kind.restated_change"
        elif (
            previous is not None and previous.clause == clause and self._listed(previous.span, span)
        ):
            value.kind, rule = previous.kind, "kind.list"
        elif (
            previous is not None and previous.clause == clause and self._gapped(previous.span, span)
        ):
            value.kind, rule = previous.kind, "kind.gapped"
        elif (
            previous is not None
            and previous.kind == "change"
            and previous.sentence == value.sentence
            and previous.span.label_ == span.label_ == "PERCENT"
            and span.start > previous.span.end
            and (
                (clause[0] == span.start and self.lowers[span.start - 1] == "after")
                or (
                    span.start > 1
                    and self.lowers[span.start - 2] == "compared"
                    and self.lowers[span.start - 1] in ("with", "to")
                    # "compared with 4.2 percent a month earlier": a level the date steps back
                    and not (span.end < len(self.doc) and self.ent_types[span.end] == "DATE")
                )
            )
        ):
            # "the economy grew 0.4% in the first quarter after 0.2% in the fourth", "rose 4.1%
            # in November, compared with 4.9% in October": the change the same quantity made
            # at another time
            value.kind, rule = "change", "kind.after_a_change"
        elif isinstance(value.data.value, PercentValue) and (
            value.data.value.unit == "percentage_point" or value.data.value.direction != "none"
        ):
            value.kind, rule = "change", "kind.percent_change"
        else:
            value.kind, rule = "level", "kind.default"
        if (
            rule == "change.by"
            and (modified := self._modified_noun(span, clause)) is not None
            and not modified[2]
        ):
            value.kind, rule = "level", "kind.modified_noun"  # "hit by a $300 million charge"
        elif rule == "change.by" and self._cause_amount(span, clause):
            value.kind, rule = "level", "kind.cause_amount"  # "hit by $540 million in writedowns"
        if rule == "change.verb" and span.label_ == "MONEY" and self._given_to_economy(value):
            # "Mining added A$12 billion to the economy": the part's contribution, as
            # "contributed" gives it, no change
            value.kind, rule = "level", "kind.contribution"
        if (
            rule in ("target.modal", "target.verb")
            and by_category["target"].end < span.start - 2
            and self.relative_head(span, clause[0]) is not None
        ):
            # "will be funded by a placement that raised S$150 million": the relative clause
            # tells a past outcome of its own, not the plan
            value.kind, rule = "level", "kind.relative_past"
        elif rule in ("target.modal", "target.verb") and self._deal_price(
            span, by_category["target"]
        ):
            # ("agreed to buy a 20% stake in the project for A$780 million": the stake a deal
            # trades is a share of what it is in, as "bought a 20% stake" is)
            value.kind, rule = ("share" if "share" in by_category else "level"), "kind.deal_price"
        elif (
            rule in ("target.modal", "target.verb")
            and previous is not None
            and previous.sentence == value.sentence
            and "kind.deal_price" in previous.how
            and by_category["target"].end <= previous.span.start
        ):
            # "would acquire Kestrel for $3.1 billion, or $48 per share, a premium of 27%":
            # the terms of the deal the modal governs (a premium is a gap, a change)
            terms = [c for c in ("share", "change") if c in by_category and can_share]
            value.kind, rule = (terms[0] if terms else "level"), "kind.deal_terms"
        before = self.lowers[max(0, span.start - 3) : span.start]
        if (
            value.kind == "change"
            and len(before) == 3
            and before[0] == before[2] == "as"
            and before[1] in fact_words("level_degree")
        ):
            value.kind, rule = "level", "kind.level_degree"  # "fell as low as 3.667%"
        if value.kind == "change" and self._crossed(span):
            value.kind, rule = "level", "kind.crossed"  # "inflation fell below 2%"
        if value.kind != "target" and self._listed_target(span, previous):
            value.kind, rule = "target", "kind.target_list"
        elif value.kind != "target" and self._list_of_targets(span, value.sentence.start):
            value.kind, rule = "target", "kind.list_of_targets"
        if value.kind == "target" and self._reward(span):
            value.kind, rule = "level", "kind.reward"
        if value.kind in ("level", "change") and self._put_at(span, clause):
            value.kind, rule = "target", "kind.put_at"  # "puts this year's deficit at 2.3%"
        if (
            value.kind in ("level", "change")
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
            and self._contribution_to_growth(span)
        ):
            value.kind, rule = "share", "kind.contribution"  # "contributed 60% to growth"
        points = isinstance(percent, PercentValue) and percent.unit == "percentage_point"
        following = self.lowers[span.end] if span.end < len(self.doc) else ""
        if value.kind == "level" and points and following in fact_words("gap_word"):
            # "about 25 basis points above comparable government securities": a gap, a change
            value.kind, rule = "change", "kind.gap"
        if value.kind in ("level", "change", "share") and self._set_by_a_plan(span, clause):
            value.kind, rule = "target", "kind.plan_noun"  # "its deficit target at 2.53% of GDP"
        if value.kind != "target" and self._bound_of_a_target(span, clause):
            value.kind, rule = "target", "kind.target_bound"
        if value.kind == "change" and self._headline_infinitive(span):
            value.kind, rule = "target", "kind.headline_infinitive"
        if value.kind == "level" and self._revised_to(span, clause):
            value.kind, rule = "target", "kind.revised_to"
        elif (
            value.kind == "level"
            and previous is not None
            and previous.kind == "target"
            and previous.clause == clause
            and previous.span.end == span.start - 1
            and self.lowers[span.start - 1] == "from"
            and self._revised_to(previous.span, clause)
        ):
            # "raised its inflation projection to 4.8% from 4.5%": the forecast it replaces
            value.kind, rule = "target", "kind.revised_from"
        if value.kind == "level" and self._consensus_average(span, clause):
            value.kind, rule = "target", "kind.consensus_average"
        if value.kind in ("level", "change") and self._forecast_after(span, clause):
            value.kind, rule = "target", "kind.forecast_after"  # "the 0.4% gain analysts expected"
        if value.kind in ("level", "change") and self._rule_of_thumb(span, clause):
            value.kind, rule = "target", "kind.rule_of_thumb"
        if value.kind in ("level", "change") and self._subject_of_a_future(span, clause):
            value.kind, rule = "target", "kind.future_subject"  # "a fund of X will support"
        if value.kind == "change" and self._change_of_a_target(span, previous):
            value.kind, rule = "target", "kind.target_change"  # "spending at X, up 2.8 percent"
        if value.kind == "target" and self._past_reference(span, clause):
            value.kind, rule = "level", "kind.past_reference"
        if value.kind == "target" and self._revision(span, clause):
            value.kind, rule = "change", "kind.revision"
        if value.kind == "target" and self._valuing_at(span):
            value.kind, rule = "level", "kind.valuing_at"  # "a tender offer ..., valuing it at"
        if value.kind == "target" and self._price_gap(span, clause):
            value.kind, rule = "change", "kind.price_gap"
        if (
            value.kind == "target"
            and span.start > 0
            and self.lowers[span.start - 1] == "from"
            and not any(
                t.lower_ in fact_words("forecast_noun") for t in self.doc[clause[0] : span.start]
            )
        ):
            # "would cut capital spending to R12.5 billion this year from R15.3 billion": the
            # level it starts from is no target (the earlier forecast of "cut its price target
            # to EUR 190 from EUR 205" is one)
            value.kind, rule = "level", "kind.target_from"
        after_basis = self._past_basis(span.end, clause[1])
        if (
            value.kind == "level"
            and after_basis > span.end
            and self.lowers[after_basis] in fact_words("growth_noun")
        ):
            value.kind, rule = "change", "kind.basis_growth_noun"  # "an 18% year-on-year rise"
        if value.kind == "level" and can_share and self._compared_share(span, previous):
            value.kind, rule = "share", "kind.compared_share"
        if value.kind != "target" and self._infinitive_of_a_plan(span):
            value.kind, rule = "target", "kind.plan_and_to"
        if value.kind == "level" and self._called_a_target(span):
            value.kind, rule = "target", "kind.called_a_target"
        if self._use_of_proceeds(value, previous):
            value.kind, rule = "target", "kind.use_of_proceeds"
        if value.kind == "level" and can_share and self._share_noun_before(span, clause):
            value.kind, rule = "share", "kind.share_noun"  # "green power share nears 90 percent"
        if (
            value.kind == "level"
            and can_share
            and self._stake_noun_before(span, clause) is not None
        ):
            value.kind, rule = "share", "kind.stake_noun"  # "reducing its holding to 22.5%"
        if value.kind == "level" and can_share and self._share_of(span, clause) is not None:
            value.kind, rule = "share", "kind.share_of"  # "the share of X rose to 0.98 per cent"
        if value.kind == "level" and can_share and self._as_part_of(span, clause) is not None:
            value.kind, rule = "share", "kind.as_part_of"  # "debt as a percentage of GDP rose to"
        if value.kind == "target" and following in fact_words("probability"):
            value.kind, rule = "level", "kind.probability"  # "traders see a 90% chance of a cut"
        if (
            value.kind in ("share", "level")
            and following == "of"
            and span.end + 1 < clause[1]
            and self.lowers[span.end + 1] in fact_words("metric_rate_move")
        ):
            value.kind, rule = "change", "kind.rate_move"  # "half a percent of easing"
        if (
            value.kind == "level"
            and rule in ("kind.list", "kind.gapped", "kind.default")
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
            and self._past_basis(span.end, clause[1]) > span.end
        ):
            # "reached C$2.1 billion, 11% from a year earlier": a percentage told against a
            # base is a change, not a level of the amount's metric
            value.kind, rule = "change", "kind.against_base"
        value.how.append(rule)

    def _crossed(self, span: Span) -> bool:
        """ "Inflation fell below 2%", "the yuan weakened past 7.3 per dollar", "Balance sheet
        shrinks below $7.3 trillion": a verb of change, then "below", "above", "under", "past"
        (in the value's span or right before it): the amount is a threshold crossed, a level
        ("rose over 40 percent" and "fell more than 5%" stay changes)."""
        lowers, words = self.lowers, fact_words("crossing")
        i = span.start
        if lowers[i] not in words:
            i -= 1
            if i < 0 or lowers[i] not in words:
                return False
        verb = i - 1
        if verb > 0 and lowers[verb] in ("back", "further", "briefly", "just", "well"):
            verb -= 1  # "fell back below 2%"
        return verb >= 0 and word_direction(lowers[verb]) != "none"

    def _put_at(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "The IMF puts China's growth at 4.6% this year", "the ministry has put this year's
        subsidy bill at Rp 189.1 trillion": an amount someone puts a quantity at is their
        estimate, a target (not "put the plant into service; output stood at ...": a verb of
        its own between). The quantity stands between the verb and "at": in "its estimate of
        the neutral rate, which it puts at 2.25 per cent", the estimate of a standing rate is
        stated before, and is a level."""
        if span.start < 1 or self.lowers[span.start - 1] != "at":
            return False
        puts = fact_words("kind_put_verb")
        for i in range(span.start - 2, max(clause[0], span.start - 10) - 1, -1):
            if self.lowers[i] in puts:
                return i < span.start - 2
            if self.ent_types[i] in VALUE_LABELS or (
                i in self.cue_tokens and self.lowers[i] in self.finder.verbs
            ):
                return False
        return False

    def _deal_price(self, span: Span, modal: Cue) -> bool:
        """ "said it would buy Sejuk Holdings for S$500 million", "will acquire Orrin Mills for
        $1.2 billion", "agreed to pay $75 million", "have agreed to subscribe for US$120 million of
        shares": the price of a deal agreed is its terms, a level, as a payment's are ("will buy
        back up to $300 million of shares" is a plan; so are "plans to sell a stake for" and
        "agreed to build factories ..., with investment of")."""
        if self._valuing_at(span):
            return True  # "will receive 0.82 shares each, valuing Linnell at $24.10 a share"
        agreed = self.lowers[modal.start] in fact_words("deal_agreement")
        if modal.rule.id != "target.modal" and not agreed:
            return False  # "plans to sell a stake for": a plan ("agreed to buy ... for": a deal)
        if not agreed and not (
            (span.start >= 1 and self.lowers[span.start - 1] == "for") or self._deal_valued(span)
        ):
            return False  # ("agreed to pay $75 million", "agreed to subscribe for": terms too)
        deals = fact_words("deal_verb")
        return any(
            self.lowers[i] in deals and self.lowers[i + 1] != "back"
            for i in range(modal.end, min(span.start - (not agreed), modal.end + 3))
        )

    def _valuing_at(self, span: Span) -> bool:
        """ "..., valuing Linnell at $24.10 a share", "valuing the retailer at €2.1 billion":
        the value a deal's terms put on a company, a level even where a modal governs them."""
        at = span.start - 1
        if at < 2 or self.lowers[at] != "at":
            return False
        return "valuing" in self.lowers[max(0, at - 6) : at - 1]

    def _deal_valued(self, span: Span) -> bool:
        """ "in an all-cash deal valued at $2.3 billion", "in a transaction worth $900
        million": the value of a deal noun a few words before it."""
        lowers, i = self.lowers, span.start - 1
        if i >= 1 and lowers[i - 1 : i + 1] == ["valued", "at"]:
            i -= 1
        elif not (i >= 0 and lowers[i] in ("worth", "valued")):
            return False
        return not fact_words("deal_noun").isdisjoint(lowers[max(0, i - 3) : i])

    def _at_a_record(self, cue: Cue, span: Span) -> bool:
        """ "stood at a record 48 billion euros", "at a fresh high of 4.9%": "at a" before a
        word of a record is a level, not a rate of change ("at a 3.3% annualized rate")."""
        return cue.rule.id == "change.at_rate" and not fact_words("record_level").isdisjoint(
            self.lowers[cue.end : span.start]
        )

    def _cue_in_aside(self, cue: Cue, span: Span) -> bool:
        """ "Food inflation, which accounts for the biggest share of the basket, quickened to
        39.16%": a cue inside a relative aside that closes before the value tells of the
        noun the aside describes, not of the value."""
        if cue.end > span.start:
            return False
        lowers, relative = self.lowers, fact_words("relative")
        opening = next(
            (
                i
                for i in range(cue.start - 1, max(0, cue.start - 9), -1)
                if lowers[i] == "," and lowers[i + 1] in relative
            ),
            None,
        )
        return (
            opening is not None
            and "," not in lowers[opening + 1 : cue.start]
            and "," in lowers[cue.end : span.start]
        )

    def _bound_of_a_target(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "above the 4.5% upper limit of the central bank's target range", "the 3% ceiling of
        its goal": a bound named right after the value, of a target named after it, is that
        target's."""
        i = span.end
        if i < clause[1] and self.lowers[i] in ("upper", "lower"):
            i += 1
        if i + 1 >= clause[1] or self.lowers[i] not in fact_words("kind_bound_noun"):
            return False
        if self.lowers[i + 1] != "of":
            return False
        goals = ("target", "targets", "goal", "goals")
        return any(self.lowers[k] in goals for k in range(i + 2, min(clause[1], i + 9)))

    def _headline_infinitive(self, span: Span) -> bool:
        """ "Morocco economy to grow 2.8% this year": in a headline (a first line with no full
        stop) a change verb's infinitive after its noun tells what is to come, a forecast."""
        start, end = self.line_of(span.start_char)
        if start != 0 or self.text[start:end].rstrip().endswith("."):
            return False
        i = span.start - 1
        if i > 0 and self.lowers[i] == "by":
            i -= 1  # "to grow by 2.8%"
        verb = next(
            (
                c
                for c in self.cue_index.between(max(0, i - 2), i + 1)
                if c.rule.category == "change" and c.end == i + 1
            ),
            None,
        )
        return (
            verb is not None
            and verb.start > 1
            and self.lowers[verb.start - 1] == "to"
            and verb.start - 2 not in self.cue_tokens
            and self.alpha[verb.start - 2]
        )

    def _part_of_a_target(self, cue: Cue, span: Span) -> bool:
        """ "Fiscal deficit at 36.5% of target", "spending was 28% of the annual goal": the
        percentage is how much of the target was reached, a share of it, not a target."""
        end = span.end
        if (
            span.label_ != "PERCENT"
            or cue.rule.id != "target.noun_after"
            or end >= len(self.doc)
            or self.lowers[end] != "of"
            or cue.start <= end
            or self.lowers[cue.start] not in ("target", "targets", "goal", "objective")
        ):
            return False
        between = range(end + 1, cue.start)
        return len(between) <= 3 and all(
            self.lowers[k] in ("the", "its", "their", "annual", "full-year", "year", "-")
            or self.ent_types[k] == "DATE"
            for k in between
        )

    def _than_expected(self, cue: Cue) -> bool:
        """ "rose more than expected to 2.3%", "cut rates by 25 basis points, as expected",
        "grew faster than analysts had forecast": a figure compared with a forecast, no
        forecast itself; so is the compound adjective "a stronger-than-expected 0.4%"."""
        if cue.rule.category != "target" or cue.end - cue.start != 1 or cue.start < 1:
            return False
        to = cue.end + 1 < len(self.doc) and self.lowers[cue.end] == "to"
        if to and self.ent_types[cue.end + 1] not in VALUE_LABELS:
            return False  # "as exports are expected to grow": a forecast after all
        for i in range(cue.start - 1, max(0, cue.start - 4) - 1, -1):
            if self.lowers[i] in ("than", "as"):
                return True
            if not self.alpha[i] and self.lowers[i] != "-":
                return False
        return False

    def _share_verb_of_a_noun(self, cue: Cue, span: Span) -> bool:
        """ "representing a margin of 19.7%", "representing a premium of 25%": the verb's object
        is a noun that names the value ("a share of 41%" names a share itself, a cue of its
        own), so the verb makes it no share."""
        lowers = self.lowers
        return (
            cue.rule.id == "share.verb"
            and cue.end < span.start - 2
            and span.start - cue.end <= 5
            and lowers[cue.end] in ("a", "an")
            and lowers[span.start - 1] == "of"
        )

    def _cue_as_noun(self, cue: Cue) -> bool:
        """ "The plans follow a 5% rise": a verb cue that is also a noun ("plans"), after a
        determiner, is the noun; it governs no value ("the government plans borrowing of"
        keeps the verb)."""
        return (
            cue.end - cue.start == 1
            and cue.start > 0
            and self.lowers[cue.start] in fact_words("noun_verb")
            and self.lowers[cue.start - 1] in fact_words("possessive") | {"these", "those"}
        )

    def _plan_joined_by(self, cue: Cue, span: Span) -> bool:
        """ "Lumen Port plans to raise capacity by 10 percent, and throughput rose 4 percent":
        a verb of a plan does not reach past ", and" into a clause that states its own value
        with a verb of its own (not an infinitive, "and profit to grow 3 percent", nor a plan
        of its own, "and profit will grow")."""
        if cue.rule.category != "target" or cue.rule.direction != "forward":
            return False
        lowers = self.lowers
        joint = self._joint(span.start, cue.end)
        if joint is None:
            return False
        after = [c for c in self.cue_index.between(joint + 1, span.start) if c.end <= span.start]
        if any(c.rule.category == "target" for c in after):
            return False
        return any(
            c.rule.category in ("change", "level")
            and c.rule.predicate
            and lowers[c.start - 1] != "to"
            and lowers[c.start] in self.finder.verbs
            for c in after
        )

    def _listed_target(self, span: Span, previous: _Value | None) -> bool:
        """ "Targets for this year include growth of around 5 percent in budget revenue, an
        unemployment rate below 5 percent and a rise in consumer prices of around 3 percent":
        a value further down a list of noun phrases that a plan's verb opens is planned too.
        A verb between the two ("and reported profit of") starts a statement of its own."""
        if (
            previous is None
            or previous.kind != "target"
            or previous.clause != self.clause_of(span)
            or previous.span.end >= span.start
            or span.start - previous.span.end > 16
            or not any(
                c.rule.category == "target" and c.rule.predicate
                for c in self.cue_index.between(previous.clause[0], previous.span.start)
            )
        ):
            return False
        lowers, verbs = self.lowers, self.finder.verbs
        between = range(previous.span.end, span.start)
        if not any(lowers[i] in (",", "and") for i in between):
            return False
        return not any(
            (lowers[i] in verbs and lowers[i - 1] not in ("a", "an", "the"))
            or self.ent_types[i] in VALUE_LABELS
            for i in between
        )

    def _list_of_targets(self, span: Span, sentence_start: int) -> bool:
        """ "The main expected targets for this year are: growth of over 5 percent in budget
        revenue, an unemployment rate within 5 percent and a rise of around 3 percent in
        consumer prices": a value in a list that "targets include" or "targets are" opens is
        a target. A finite verb between the two ("The targets were met, as GDP grew 6
        percent") states a figure of its own; a verb form before a noun is its modifier."""
        lowers, verbs = self.lowers, self.finder.verbs
        opened = -1
        for i in range(span.start - 1, max(sentence_start, span.start - 40) - 1, -1):
            word = lowers[i]
            if word in fact_words("target_list_opener"):
                opened = i
            elif word in fact_words("kind_plan_noun") and word.endswith("s"):
                if 0 <= opened - i <= 5:
                    return True
            elif word in verbs and not word.endswith("ing") and not self.plain(i + 1):
                return False  # a verb before a noun modifies it ("industrial added value")
        return False

    def _share_noun_before(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "Yunnan's green power share nears 90 percent", "its market share rose to 21%": a
        share noun right before the verb of the value names a share."""
        nouns = fact_words("kind_share_noun")
        i = span.start - 1
        while (
            clause[0] <= i > span.start - 4 and i in self.cue_tokens and self.lowers[i] not in nouns
        ):
            i -= 1
        return clause[0] <= i < span.start - 1 and self.lowers[i] in nouns

    def _stake_noun_before(self, span: Span, clause: tuple[int, int]) -> int | None:
        """ "reducing its holding to 22.5%", "raised its stake in Veldt Mining to 51 percent":
        the owner's stake noun before the verb of a percentage, through the cue words and an
        "in" phrase of the company it is in; its token, else None."""
        i = span.start - 1
        while clause[0] <= i > span.start - 4 and i in self.cue_tokens:
            i -= 1
        named = i
        while named > max(clause[0], i - 5) and (
            self.ent_types[named] in ("ORG", "GPE") or self.words[named][:1].isupper()
        ):
            named -= 1
        if named < i:
            if self.lowers[named] != "in":
                return None
            i = named - 1
        if (
            clause[0] < i < span.start - 1
            and self.lowers[i] in fact_words("kind_stake_noun")
            and self.lowers[i - 1] in fact_words("traded_determiner")
        ):
            return i
        return None

    def _forecast_after(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "below the $25.4 billion analysts had expected", "beating the 0.1% expansion
        economists polled by Reuters had predicted": an amount a forecaster's clause right
        after it names (a reduced relative clause) is that forecast."""
        lowers = self.lowers
        stop = min(clause[1], span.end + 12)
        i = span.end
        if i < stop and lowers[i] in fact_words("growth_noun"):
            i += 1  # "the 0.3% increase economists had forecast"
        if i < stop and lowers[i] == "that":
            i += 1
        if i + 1 < stop and lowers[i] == "wall" and lowers[i + 1] == "street":
            i += 1
        if i + 1 < stop and lowers[i] in fact_words("forecast_agent_quantifier"):
            i += 1  # "the 150 basis points most economists had forecast"
        if i >= stop or lowers[i] not in fact_words("forecast_agent"):
            return False
        i += 1
        if i < stop and lowers[i] in ("'", "\u2019", "'s", "\u2019s"):
            i += 1  # "the $3.1 billion analysts' estimate"
        if i < stop and lowers[i] in fact_words("forecast_noun") | {"consensus"}:
            return True  # "above the $3.1 billion Wall Street consensus"
        if i + 1 < stop and lowers[i] in ("polled", "surveyed") and lowers[i + 1] == "by":
            i += 2  # "economists polled by Reuters": the pollster's name, then the verb
            while i < stop and (self.ent_types[i] or lowers[i] == "the"):
                i += 1
        while i < stop and lowers[i] in ("had", "have", "has", "were", "was", "been", "on"):
            i += 1  # "had expected", "had on average forecast"
        if i < stop and lowers[i] in ("average", "mostly", "widely", "generally"):
            i += 1
        return i < stop and lowers[i] in fact_words("forecast_agent_verb")

    def _consensus_average(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "above the NT$7.9 billion average of 14 analyst estimates": an amount that is the
        average of forecasts is a forecast."""
        if span.end >= clause[1] or self.lowers[span.end] not in fact_words("kind_average"):
            return False
        words = fact_words("forecast_noun") | fact_words("consensus")
        return any(w in words for w in self.lowers[span.end + 1 : min(clause[1], span.end + 6)])

    def _past_reference(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "expected an operating profit of KRW 1.2 trillion, reversing a loss of 340 billion won
        a year earlier", "compares with operating profit of 132.6 billion yen in the year ended
        March 31": an amount dated right after it in the past, in a forecast's sentence, is the
        actual figure the forecast is compared with, a level."""
        for phrase in _past_references():
            end = span.end + len(phrase)
            if end <= clause[1] and tuple(self.lowers[span.end : end]) == phrase:
                return True
        return False

    def _price_gap(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "will issue shares at Rs 180 each, a 22% discount to Friday's close", "a 30% premium
        over the last price": the gap of a price to a benchmark is a change even where a
        modal governs the terms."""
        i = span.end
        return (
            i + 1 < clause[1]
            and self.lowers[i] in ("premium", "discount")
            and self.lowers[i + 1] in ("to", "over", "on")
        )

    def _rule_of_thumb(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "Every 1 percentage point of lower funding costs saves the company roughly EUR 180
        million", "every 5 percent fall in the real adds about 300 million reais": the amount a
        rule of thumb gives for each step of another value is an estimate, a target; the step
        itself ("every 1 percentage point") is not."""
        everies = self.tokens_of(fact_words("sensitivity"))  # an index, not a scan per value
        k = bisect_left(everies, max(clause[0], span.start - 15))
        if k == len(everies) or everies[k] >= span.start:
            return False
        if everies[k] > 0 and self.lowers[everies[k] - 1] == "for":
            return False  # "3 new shares for every 5 held at 210 pence": a ratio, no step
        return bool(self.value_index.between(everies[k] + 1, span.start))

    def _subject_of_a_future(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "A new provincial fund of RMB 3.5 billion will support 5G trials", "The new midpoint
        of $7.75 would give farmers about $1.9 billion": an amount that a noun's "of" phrase
        gives, the subject of a verb of the future, is planned or projected, a target (a
        decision's "to lower the rate to 4.1 per cent would bring relief" is no "of" phrase)."""
        if span.start < 1 or self.lowers[span.start - 1] != "of":
            return False
        i = span.end
        if i < clause[1] and self.lowers[i] == "(":  # past a conversion, a few words
            close = i + 1
            while close < min(clause[1], i + 8) and self.lowers[close] != ")":
                close += 1
            i = close + 1
        return i < clause[1] and any(
            c.rule.id == "target.modal" for c in self.cue_index.between(i, i + 1)
        )

    def _change_of_a_target(self, span: Span, previous: _Value | None) -> bool:
        """ "The 2024 budget sets total spending at 656.6 trillion won, up 2.8 percent", "expects
        revenue of between Rmb3.6bn and Rmb3.8bn, up 30-37 per cent": the change set off right
        after a target amount is the change that target plans, a target too (a revision, "up
        160 billion yen from its earlier estimate", is turned back into a change by
        _revision)."""
        if previous is None or previous.kind != "target" or previous.span.end >= span.start:
            return False
        if (
            previous.sentence.start != self.sentence_of(span.start).start
            or span.start - previous.span.end > 14
        ):
            return False
        i = previous.span.end
        if self.lowers[i] == "(":  # past a conversion: "656.6 trillion won ($500 billion), up"
            close = (
                self.lowers.index(")", i, span.start) if ")" in self.lowers[i : span.start] else i
            )
            i = close + 1
        if i + 1 >= span.start or span.start - i > 5 or self.lowers[i] != ",":
            return False
        return all(
            j in self.cue_tokens or self.lowers[j] in ("an", "a") for j in range(i + 1, span.start)
        )

    def _sensitivity_step(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "every 1% fall in the rupiah", "every 1 yuan of infrastructure spending", "every fall
        of 100 yuan per ton": the step of a rule of thumb is a unit of a hypothetical change,
        it measures nothing that happened or is planned; no fact (the amount the rule gives for
        it is one, a target: _rule_of_thumb)."""
        everies = self.tokens_of(fact_words("sensitivity"))
        k = bisect_left(everies, span.start) - 1
        if k < 0 or everies[k] < max(clause[0], span.start - 3):
            return False
        # only words between ("every fall of"), no other value
        return all(self.alpha[i] for i in range(everies[k] + 1, span.start))

    def _ranked_group(self, span: Span) -> bool:
        """ "Inflation for the bottom 30% income households eased to 1.2%", "the richest 10% of
        earners": a percentage that places a group in a distribution names the group, no fact."""
        lowers, doc = self.lowers, self.doc
        return (
            span.label_ == "PERCENT"
            and span.start > 1
            and lowers[span.start - 1] in fact_words("ranked_group")
            and lowers[span.start - 2] == "the"
            and span.end < len(doc)
            and (lowers[span.end] == "of" or self.plain(span.end))
            # "the top 45% tax rate": the rate of the highest bracket, a figure
            and not any(
                m.cls in ("rate", "ratio", "price")
                for m in self.metric_index.between(span.end, span.end + 3)
            )
        )

    def _hypothetical(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "warned that a further decline of 10% would cut its gross margin", "Half a
        percentage point more on borrowing costs would hurt": a change that opens a clause as the
        subject of "would" or "could" is a supposition, no figure of anything; no fact (what it
        would do is one)."""
        lowers = self.lowers
        suppose = fact_words("hypothetical_modal")
        after = span.end
        while after < clause[1] and after < span.end + 5 and lowers[after] not in suppose:
            if not (self.plain(after) or lowers[after] in fact_words("hypothetical_filler")):
                return False
            after += 1
        if after >= clause[1] or lowers[after] not in suppose:
            return False
        if span.label_ == "MONEY" and self._passive_at(after + 1):
            return False  # "said that 100 billion yuan of bonds would be issued": a plan
        opening = fact_words("hypothetical_opening") | fact_words("growth_noun")
        i = span.start - 1
        while i >= clause[0] and i > span.start - 6 and lowers[i] in opening:
            i -= 1
        return i < clause[0] or lowers[i] in ("that", '"', "\u201c", ",")

    def _passive_at(self, i: int) -> bool:
        """Whether a passive verb starts at token ``i``: "be" and a past participle ("be
        allocated", "be spent")."""
        lowers = self.lowers
        if i + 1 >= len(lowers) or lowers[i] != "be":
            return False
        word = lowers[i + 1]
        return word.endswith("ed") or word in fact_words("participle")

    def _commitment_done(self, cue: Cue, found: list[tuple[int, Cue]]) -> bool:
        """ "Yunnan approved 38 solar projects with a total investment of no less than 60 billion
        yuan", "has pledged credit lines of up to 100 billion yuan": a past verb of commitment
        (not "pledged to") does not make a target of an amount that a nearer verb states."""
        if cue.rule.category != "target" or self.lowers[cue.start] not in fact_words(
            "kind_commitment_verb"
        ):
            return False
        if cue.end < len(self.doc) and self.lowers[cue.end] == "to":
            return False  # "pledged to cut emissions by 5%": a plan
        return any(
            other.rule.category in ("level", "change")
            and other.rule.predicate
            and other.start >= cue.end
            for _, other in found
        )

    def _cause_amount(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "hit by 540 million euros in writedowns", "weighed down by $120 million of
        restructuring charges": the amount after "by" and a participle of cause sizes the cause
        named after it; it is no change of the quantity the clause measures."""
        i = span.start - 1
        if i < clause[0] + 1 or self.lowers[i] != "by" or span.end + 1 >= clause[1]:
            return False
        verb = i - 1
        if self.lowers[verb] in ("down", "up") and verb > clause[0]:
            verb -= 1  # "weighed down by", "propped up by"
        if self.lowers[verb] not in fact_words("cause_participle") or self.lowers[span.end] not in (
            "in",
            "of",
        ):
            return False
        k = span.end + 1
        while k < clause[1] - 1 and self.lowers[k] in ("the", "a", "an"):
            k += 1
        return not self.ent_types[k]  # not "hurt by 2 points in the third quarter"

    def _agent_by(self, cue: Cue, span: Span) -> bool:
        """ "Singapore led with US$5.2 billion, followed by Japan with US$1.2 billion": a "by"
        before a name is the agent's, not the size of a change."""
        return cue.rule.id == "change.by" and any(
            self.ent_types[i] in SUBJECT_LABELS for i in range(cue.end, span.start)
        )

    def _set_by_a_plan(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "It kept its 2024 capital spending budget unchanged at US$3.1 billion", "the
        government's budget sets total spending at ...", "a spending allocation of Rs 10 lakh
        crore": an amount that a budget, projection or allocation sets is planned. The noun
        must head its phrase ("budget revenue rose", "the budget deficit was" are outcomes)."""
        nouns, links = fact_words("kind_plan_noun"), fact_words("kind_plan_link")
        for i in range(span.start - 1, max(clause[0], span.start - 10) - 1, -1):
            if self.ent_types[i] in VALUE_LABELS:
                return False  # the plan of another amount
            if self.lowers[i] == ",":
                return False  # "its estimate of the neutral rate, which it puts at ..."
            if self.lowers[i] in nouns and i + 1 < span.start and self.lowers[i + 1] in links:
                # "of" takes the amount itself ("an allocation of Rs 10 lakh crore"), not a
                # quantity ("its estimate of the neutral rate ... at")
                return self.lowers[i + 1] != "of" or i + 2 == span.start
        return False

    def _revised_to(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "cut their GDP growth estimate by 0.2 percentage point to 4.9%", "lowered its
        outlook to 3%": the level a forecast is revised to is the new forecast."""
        if span.start < 1 or self.lowers[span.start - 1] != "to":
            return False
        doc = self.doc
        before = doc[max(clause[0], span.start - 14) : span.start - 1]
        verb = next(
            (t.i for t in reversed(before) if t.lower_ in fact_words("revision_verb")), None
        )
        return verb is not None and any(
            t.lower_ in fact_words("forecast_noun")
            for t in doc[verb + 1 : min(verb + 7, span.start)]
        )

    def _revision(self, span: Span, clause: tuple[int, int]) -> bool:
        """ "raised its capital expenditure guidance by A$450 million", "lowered its projected
        track for the rate by about 10 basis points", "up 160 billion yen from its earlier
        estimate": a revision of a forecast is a change."""
        doc = self.doc
        if span.start < 1:
            return False
        if self.lowers[span.start - 1] in ("up", "down"):
            after = [t.lower_ for t in doc[span.end : min(clause[1], span.end + 5)]]
            return "from" in after and bool(set(after) & fact_words("forecast_noun"))
        return self._revision_verb(span, clause) is not None

    def _revision_verb(self, span: Span, clause: tuple[int, int]) -> int | None:
        """The verb that revises a forecast by the value ("raised its guidance by ..."), if any."""
        doc = self.doc
        if span.start < 1 or self.lowers[span.start - 1] != "by":
            return None
        before = doc[max(clause[0], span.start - 12) : span.start - 1]
        verb = next(
            (t.i for t in reversed(before) if t.lower_ in fact_words("revision_verb")), None
        )
        if verb is not None and any(
            t.lower_ in fact_words("forecast_noun") for t in doc[verb + 1 : span.start - 1]
        ):
            return verb
        return None

    def _infinitive_of_a_plan(self, span: Span) -> bool:
        """ "It plans to spend Rp 2 trillion this year ... and to sell a 49% stake for upwards of
        $400 million", "aims for growth of 5 percent and to cut energy use by 3 percent": a
        second infinitive of a plan is planned too."""
        sentence = self.sentence_of(span.start)
        start = max(sentence.start, span.start - 30)
        joined = next(
            (
                i
                for i in range(span.start - 2, start, -1)
                if self.lowers[i] == "and" and self.lowers[i + 1] == "to"
            ),
            None,
        )
        if joined is None or joined < self.clause_of(span)[0]:
            return False  # "..., while profit rose 3%": another clause
        return any(
            c.rule.category == "target" and c.rule.predicate and c.end <= joined
            for c in self.cue_index.between(max(sentence.start, joined - 40), joined)
        )

    def _called_a_target(self, span: Span) -> bool:
        """ "Around 5 percent is an ambitious but achievable target": a value that the clause
        calls a target, forecast or goal."""
        doc = self.doc  # the sentence, not the clause: "... an ambitious but achievable target"
        after = doc[span.end : min(self.sentence_of(span.start).end, span.end + 8)]
        if not after or after[0].lower_ not in ("is", "was", "remains", "would", "will"):
            return False
        return any(t.lower_ in fact_words("forecast_noun") for t in after)

    def _compared_share(self, span: Span, previous: _Value | None) -> bool:
        """ "About 45 percent of the fruit is sold online, up from less than 10 percent five
        years ago", "made up 38.6 percent, above its average of 34.4 percent": the share a
        share is compared with is a share."""
        if (
            previous is None
            or previous.kind != "share"
            or previous.sentence != self.sentence_of(span.start)
            or previous.span.label_ != "PERCENT"
        ):
            return False
        # "equal to 12.3% of its GDP, more than four times the national level of 2.65%"
        before = set(self.lowers[max(previous.span.end, span.start - 6) : span.start])
        return bool(before & fact_words("comparison"))

    def _use_of_proceeds(self, value: _Value, previous: _Value | None) -> bool:
        """ "About 60% of the net proceeds will go to a plant; 15% to research and development;
        and 10% to working capital": a value that opens a clause with "to" after it continues
        the planned use of an amount."""
        span = value.span
        opening = value.clause[0]
        while opening < span.start and self.lowers[opening] in ("and", ","):
            opening += 1
        return (
            previous is not None
            and previous.kind == "target"
            and bool(
                {"target.will_go", "kind.use_of_proceeds", "metric.allocated"} & set(previous.how)
            )
            and opening == span.start
            and span.end < value.clause[1]
            and self.lowers[span.end] == "to"
        )

    def _share_of(self, span: Span, clause: tuple[int, int]) -> Cue | None:
        """ "The share of low-cost deposits in total deposits fell to 38.6 per cent from 41.2
        per cent": a "share of" or "proportion of" before the value in its clause, with no
        amount of money between."""
        start = max(clause[0], span.start - _SHARE_OF_REACH)
        cue = next(
            (
                c
                for c in reversed(self.cue_index.between(start, span.start))
                if c.rule.id == "share.verb" and self.lowers[c.start] in ("share", "proportion")
            ),
            None,
        )
        if (
            cue is None
            or any(v.label_ == "MONEY" for v in self.value_index.between(cue.end, span.start))
            or self._cue_in_aside(cue, span)
        ):
            return None
        return cue

    def _as_part_of(self, span: Span, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "Public debt as a percentage of GDP rose to 137.3%", "logistics costs as a share of
        GDP fell to 14.4 percent": the tokens of the phrase before "as a ... of", the part
        measured against the whole after "of" (none past an amount of money)."""
        nouns = fact_words("ratio_noun")
        lowers = self.lowers
        for i in range(span.start - 4, max(clause[0], span.start - 16) - 1, -1):
            if not (
                lowers[i] == "as"
                and lowers[i + 1] in ("a", "an")
                and lowers[i + 2] in nouns
                and lowers[i + 3] == "of"
            ):
                continue
            if any(v.label_ == "MONEY" for v in self.value_index.between(i, span.start)):
                return None
            start = self._words_before(i, clause[0])
            # a lexicon phrase that ends before "as" is taken whole ("spending on health")
            phrases = self.metric_index.between(max(clause[0], i - 12), i)
            start = min([start] + [m.start for m in phrases if m.end == i])
            return (start, i) if start < i else None
        return None

    def _noun_cue(self, i: int) -> bool:
        """A word of a cue that is no verb and no function word ("market" of "of the market")."""
        token = self.doc[i]
        return (
            token.is_alpha
            and not token.ent_type_
            and self.lowers[i] not in self.finder.verbs
            and self.lowers[i] not in fact_words("function")
            and self.lowers[i] not in fact_words("total_word")  # "the share of the total"
        )

    def _share_owner(self, cue: Cue, clause: tuple[int, int]) -> tuple[int, int] | None:
        """ "Renewables' share of power generation", "the private sector's share of investment":
        the part is the phrase whose possessive stands before "share of" (a name there is the
        subject, and the part the whole after it)."""
        end = cue.start - 1
        if end <= clause[0] or self.lowers[end] not in ("'s", "\u2019s", "'", "\u2019"):
            return None
        start = self._words_before(end, clause[0])
        if start == end or (
            self.lowers[end - 1] in self.finder.owner_nouns and self.lowers[end - 1] != "sector"
        ):
            return None
        return self.char_range(start, end)

    def _contribution_to_growth(self, span: Span) -> bool:
        """ "Final consumption contributed 60.2 percent to the economic growth": the part of the
        growth a component gave, a share of it ("contributed" right before the value, "to"
        and "growth" within a few words after it)."""
        lowers, i = self.lowers, span.end
        if span.start == 0 or lowers[span.start - 1] not in fact_words("part_verb"):
            return False
        if i >= len(lowers) or lowers[i] != "to":
            return False
        return "growth" in lowers[i + 1 : i + 6]

    def _reward(self, span: Span) -> bool:
        """ "would offer subsidies of up to 5 million yuan to each company", "can be fined up to
        1 million yuan": a subsidy, grant or fine is a rule in force, a level, whatever verb of
        a plan stands before it."""
        doc = self.doc
        start = max(self.sentence_of(span.start).start, span.start - 4)
        return (
            not self._between_values(start, span.start)
            and any(t.lower_ in fact_words("reward") for t in doc[start : span.start])
            and not self._reward_budget(span)
        )

    def _reward_budget(self, span: Span) -> bool:
        """ "will issue consumption vouchers worth 500 million yuan": the whole sum handed out,
        planned spending, not an amount each gets ("vouchers worth 50 yuan each", "subsidies of
        up to 5 million yuan"). Told by "worth" before a value in millions or more with no cap
        and no share per recipient after it."""
        data = get_span_data(span)
        value = data.value if data is not None else None
        amount = getattr(value, "amount", None)
        if (
            span.start == 0
            or self.lowers[span.start - 1] != "worth"
            or getattr(value, "qualifier", None) == "at_most"
            or getattr(value, "per", None) is not None
            or amount is None
            or abs(amount) < 1_000_000
        ):
            return False
        after = self.lowers[span.end : span.end + 3]
        return not any(w in ("each", "per", "apiece", "a") for w in after)

    def _rate_is_level(self, value: _Value) -> None:
        """A rate moved in percent is read as its level ("inflation rose 0.3 percent"); a
        percentage of growth is a change ("GDP growth of 6.8 percent")."""
        percent = value.data.value
        if (
            value.kind == "change"
            and value.metric_cls == "event"
            and value.metric is not None
            and value.metric[1] <= value.span.start_char
            and self.text[value.metric[0] : value.metric[1]].lower().split()[-1:]
            in (["gain"], ["gains"], ["loss"], ["losses"])
        ):
            # "booked a one-off gain of $2 billion": an item of the accounts, not a change
            value.kind = "level"
            value.how.append("kind.booked_item")
            return
        # a percentage read as a level of a metric that is no rate, ratio or price: a growth
        # word may make it the metric's change
        growth_like = (
            value.kind == "level"
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
            and value.metric_cls not in ("rate", "ratio", "price")
        )
        if growth_like and self._growth_noun_at(value.span):
            value.kind = "change"
            value.how.append("kind.growth_noun")
            return
        if (
            # (a change of a growth rate listed after one stays a change, no level of a rate)
            (value.kind == "level" or (value.kind == "change" and value.metric_cls == "ratio"))
            and isinstance(percent, PercentValue)
            and value.metric is not None
            and (
                re.search(
                    # "GDP growth", "the growth rate(s) of retail sales": a change
                    r"\bgrowth(?: rates?)?(?: of\b.*)?$",
                    self.text[value.metric[0] : value.metric[1]],
                    re.I,
                )
                or self._growth_benchmark(value)
            )
        ):
            value.kind = "change"
            value.how.append("kind.growth")
            return
        if growth_like and self._growth_in_metric(value):
            # "Growth in retail sales slowed to 3.1%": the pace of the sales' growth, a change
            value.kind = "change"
            value.how.append("kind.growth_in")
            return
        if (
            value.kind == "change"
            and value.metric_cls in ("rate", "ratio")
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
        ):
            value.kind = "level"
            value.how.append("kind.rate_is_level")

    def _growth_in_metric(self, value: _Value) -> bool:
        """Whether "growth in" or "growth of" opens the metric phrase before the value:
        "Growth in retail sales slowed to 3.1%", "growth of industrial output eased to 4.5%"."""
        if value.metric is None or value.metric[1] > value.span.start_char:
            return False
        metric = self.expanded(*value.metric)
        i = metric.start - 1 if metric is not None else 0
        if i > 1 and self.lowers[i] == "the":
            i -= 1  # "Growth of the economy slowed to 4.6 percent"
        return (
            i > 0
            and i - 1 >= value.sentence.start
            and self.lowers[i] in ("in", "of")
            and self.lowers[i - 1] == "growth"
        )

    def _growth_noun_at(self, span: Span) -> bool:
        """ "second-quarter growth at 7.96 per cent", "growth reached 8.1%", "a 4.9% pace",
        "average raises of more than 5%": a percentage that a noun of change or pace governs
        is the size of a change."""
        doc = self.doc
        nouns = fact_words("growth_noun") | fact_words("pace_noun")
        if span.end < len(doc) and self.lowers[span.end] in fact_words("pace_noun"):
            return True
        # "an annualized pace of just 1 per cent": a word that only weighs the value aside
        fillers = fact_words("kind_filler")
        end = span.start
        while end > 0 and self.lowers[end - 1] in fillers:
            end -= 1
        before = doc[max(self.sentence_of(span.start).start, end - 3) : end]
        for i, token in enumerate(before):
            if token.lower_ in nouns:
                rest = [t.lower_ for t in before[i + 1 :]]
                if rest == ["to"]:
                    # "bringing the annual increase to 3.8%": the change's new size
                    return self._brought(before[i].i)
                return rest in (["at"], ["of"], ["was"], ["reached"], ["hit"], ["stood", "at"])
        return False

    def _brought(self, noun: int) -> bool:
        """Whether a verb that sets a quantity's new size governs the noun at token ``noun``,
        across its determiner and adjectives ("bringing the annual increase", "taking its
        gain")."""
        lowers = self.lowers
        j = noun - 1
        while j > 0 and j > noun - 4 and lowers[j] not in fact_words("bring_verb"):
            if lowers[j] not in ("the", "its", "their") and not self.plain(j):
                return False
            j -= 1
        return lowers[j] in fact_words("bring_verb")

    def _growth_benchmark(self, value: _Value) -> bool:
        """ "The growth rate was 0.8 points higher than the national average of 5.2 percent":
        the benchmark a growth rate is compared with is a growth rate too."""
        assert value.metric is not None
        # within a reach, so that a sentence listing many values stays linear
        start = max(value.sentence.start_char, value.metric[0] - _GROWTH_BENCHMARK_REACH)
        return _GROWTH_THAN.search(self.text, start, value.metric[0]) is not None

    def _percent_of(self, span: Span) -> str | None:
        """ "About 40% of the district's workforce", "61% of the group's output": a share."""
        doc = self.doc
        if span.label_ != "PERCENT" or span.end + 1 >= len(doc) or self.lowers[span.end] != "of":
            return None
        i = span.end + 1
        if i + 1 < len(doc) and self.lowers[i] in ("the", "its", "their"):
            i += 1  # "62.6 percent of the 292.46 billion patacas of 2019": a ratio to a level
        following = doc[i]
        if following.ent_type_ == "DATE":
            # "74.5% of the full-year target", "19.4% of this year's budget": part of a whole
            # that a date qualifies (not "of 2019", nor "of the 2019 level")
            j = i
            while j < min(len(doc) - 1, i + 6) and doc[j].ent_type_ == "DATE":
                j += 1
            if self.lowers[j] in ("'s", "\u2019s") and j + 1 < len(doc):
                j += 1
            whole = fact_words("kind_plan_noun") | fact_words("total_word")
            return "share.percent_of" if self.lowers[j] in whole else None
        if following.ent_type_ in ("MONEY", "PERCENT") or following.like_num:
            return None
        if following.lower_ in ("which", "levels", "level"):
            return None
        return "share.percent_of"

    def _listed(self, first: Span, second: Span) -> bool:
        """Two values joined as a list: "5.1 and 6.6 percent", "3.5%, 7.1% and 6.3%", "rose 6.1
        pct in the fourth quarter, and 4.3 pct in December" (each with its period)."""
        between = list(self.doc[first.end : second.start])
        dated = 0
        while dated < len(between) and (
            between[dated].ent_type_ == "DATE"
            or (dated == 0 and between[0].lower_ in ("in", "for", "during"))
        ):
            dated += 1
        if dated and (dated == 1 or between[dated - 1].ent_type_ != "DATE"):
            return False  # "in" and no date after it
        between = between[dated:]
        return len(between) > 0 and all(t.text in (",", "and", "or") for t in between)

    def _gapped(self, first: Span, second: Span) -> bool:
        """A list whose verb is said once: "Retail sales rose 7 percent, industrial output 4.5
        percent and investment 3 percent": a comma or "and" after the first value, then only
        the plain words of the next quantity (a lexicon phrase) before the second."""
        lowers = self.lowers
        i = first.end
        if first.label_ != second.label_:
            return False  # "rose 7 percent to $5 billion, and net profit 12 percent"
        if i < second.start and lowers[i] == ",":
            i += 1
        if i < second.start and lowers[i] == "and":
            i += 1
        if i == first.end or second.start - i > 6 or i == second.start:
            return False
        # the words name a quantity of the lexicon ("board declares ₹11 dividend" names none)
        return all(self.plain(k) for k in range(i, second.start)) and any(
            m.end == second.start for m in self.metric_index.between(i, second.start)
        )

    def _direction(self, value: _Value, previous: _Value | None) -> str:
        span = value.span
        if "kind.restated_change" in value.how and previous is not None:
            # "an increase of 5.4 percent, or 5.3 percent in real terms": the same change's way
            return previous.direction
        if "kind.target_bound" in value.how:
            return "none"  # "the 4.5% upper limit of the target range": a level to keep under
        if "kind.after_a_change" in value.how and previous is not None:
            return previous.direction  # "grew 0.4% after 0.2%": told the same way
        if "kind.revised_from" in value.how and previous is not None:
            # "raised its inflation projection to 4.8% from 4.5%": the old forecast's way is
            # the new one's
            return previous.direction
        if "kind.from_a_change" in value.how and previous is not None:
            # "the economy expanded 1.2% in 2023, down from 3.8%": the earlier growth's own
            return previous.direction
        growth = (
            value.metric is not None
            and re.search(r"\bgrowth\b", self.text[value.metric[0] : value.metric[1]], re.I)
        ) or "kind.growth_in" in value.how
        if value.kind == "target" and not growth and self._level_to_reach(value):
            return "none"
        saver = span.start - 1
        while saver > value.clause[0] and self.lowers[saver] in (
            "a",
            "an",
            "further",
            "additional",
            "another",
            "about",
            "around",
            "up",
            "to",
        ):
            saver -= 1  # "aimed to save a further ZAR 3 billion"
        if (
            value.kind == "target"
            and span.label_ == "MONEY"
            and saver >= value.clause[0]
            and self.lowers[saver] in fact_words("saving_verb")
        ):
            return "decrease"  # a saving is a cut of costs
        if (
            value.kind == "target"
            and span.label_ == "MONEY"
            and not growth
            and not (
                span.end < len(self.doc) and self.lowers[span.end] in fact_words("growth_noun")
            )
            and not any(
                cue.rule.category == "change"
                for _, cue in self.covering(span, value.clause, ("change",))
            )
        ):
            # "ahead of the £2.2 billion consensus", "free cash flow of 9 billion kronor" in an
            # outlook: an amount forecast is a level to reach unless a change cue governs it
            return "none"
        percent = value.data.value
        if (
            growth
            and value.kind == "change"
            and span.start > 0
            and self.lowers[span.start - 1] == "to"
            and isinstance(percent, PercentValue)
            and (percent.number() or 0) > 0
        ):
            # "GDP growth eased to 4.6%": the pace moved, the economy still grew 4.6%
            return "increase"
        if (
            value.kind == "target"
            and not growth
            and value.metric_cls in ("rate", "ratio")
            and "metric.left" in value.how
            and isinstance(percent, PercentValue)
            and percent.unit == "percent"
        ):
            # "a rise in consumer prices of around 3 percent" as a goal: a rate that is a level
            # by nature (as _rate_is_level reads outcomes), named in its clause, no change
            return "none"
        if (
            span.end + 1 < len(self.doc)
            and self.lowers[span.end] == "of"
            and self.lowers[span.end + 1] in fact_words("metric_rate_move")
        ):
            moved = word_direction(self.lowers[span.end + 1])  # "half a percent of easing"
            if moved != "none":
                return moved
        if "metric.pace" in value.how:
            verb = self._pace_verb(span, value.sentence.start)
            if verb is not None:
                return word_direction(self.lowers[verb])  # "shrank at an annual rate of 2.9%"
        if "kind.revision" in value.how:
            verb = self._revision_verb(span, value.clause)
            if verb is not None and (revised := word_direction(self.lowers[verb])) != "none":
                return revised  # "cut its growth forecast by 0.2 points": the revision's way
        percent = value.data.value
        if isinstance(percent, PercentValue) and percent.direction != "none":
            return percent.direction
        # "cut energy consumption per unit of GDP by 3 percent": the verb stands before its object
        # ("cut its policy rate by a total of 125 basis points": the cue may be longer)
        by = any(
            c.rule.id == "change.by" and c.end == span.start
            for c in self.cue_index.between(max(0, span.start - 5), span.start)
        )
        window = 14 if by or (span.start > 0 and self.lowers[span.start - 1] == "by") else 6
        found = find_direction(self.text, value.data.start, value.data.end, window, facts=True)
        if found == "none" and growth:
            return "increase"  # "GDP growth of 7 per cent", "a forecast of 2% (growth)"
        if (
            found == "none"
            and previous is not None
            and ("kind.list" in value.how or "kind.gapped" in value.how)
        ):
            return previous.direction  # "exceeded the 2019 levels by 27.8% and 30.6%"
        return found

    def _level_to_reach(self, value: _Value) -> bool:
        """A target stated as the level to reach ("aims to lift transactions to 300 billion
        yuan", "raised its forecast to 8.5%", "sees inflation at 45%") or money to raise ("plans
        to raise up to HK$3.9 billion") says no direction of a change."""
        span = value.span
        if span.start > 0 and self.lowers[span.start - 1] in ("to", "at"):
            return True
        found = self.covering(span, value.clause, ("level",))
        return any(cue.rule.id == "level.raised" for _, cue in found)

    def _basis(self, value: _Value) -> None:
        if value.kind != "change":
            return
        found = self.covering(value.span, value.clause, ("basis",))
        if not found and value.clause[1] < value.sentence.end:
            # "up 4.1% compared with the same month a year ago": the comparison word that ends
            # the clause opens the basis itself (one of the next sentence is its own)
            end = value.clause[1]
            opening = [
                c for c in self.cue_index.between(end, end + 1) if c.rule.category == "basis"
            ]
            if opening:
                reach = (value.clause[0], max(c.end for c in opening))
                found = self.covering(value.span, reach, ("basis",))
        if found:
            _, cue = min(found, key=lambda t: t[0])
            value.basis = cue.rule.value

    def _basis_of_base(self, value: _Value) -> None:
        """A change measured from a date named right after it: "up 14.6 percent over 2022" of a
        2023 figure, "up 7.5 percent from last year", "compared with the same holiday last
        year" are year on year; "up 0.2 points from October" of a November figure month on
        month, "from the third quarter" of a fourth-quarter one quarter on quarter. A base of
        another length ("up 21.3 percent on 2019" of 2023) states no basis."""
        if value.kind != "change" or value.basis is not None:
            return
        span = value.span
        found = self.date_index.between(span.end, min(value.sentence.end, span.end + _BASE_REACH))
        at = span.end_char
        own = _OWN_DATE_BEFORE.match(self.text, at)
        if own is not None and found and found[0].start_char == own.end():
            at = found[0].end_char  # "rose 1.2 percent in 2024 | compared with 2023"
        words = _BASE_AFTER.match(self.text, at)
        if words is None:
            return
        ent = next((d for d in found if d.start_char >= words.end()), None)
        gap = self.text[words.end() : ent.start_char] if ent is not None else ""
        same = _SAME_GAP.fullmatch(gap) is not None
        if ent is None or not (same or not gap):
            return
        base = self.resolved(ent)
        period = value.period or ""
        # "up 1.2 percent compared with a year earlier", "from the previous year": the year
        # before the one in view, whatever part of it the figure covers
        year_back = ent.text.lower() in _YEAR_BACK_BASES and base != period
        if (
            year_back
            or (base and base == periods.shift_years(period, -1))
            or (same and base and re.fullmatch(r"\d{4}", base) and period[:4] == str(int(base) + 1))
        ):
            value.basis = "year_on_year"
        elif (
            base
            and re.fullmatch(r"\d{4}-\d\d", period)
            and base == periods.months_before(period, 1)
        ):
            value.basis = "month_on_month"
        elif (
            base
            and re.fullmatch(r"\d{4}-Q[1-4]", period)
            and base == periods.months_before(period, 3)
        ):
            value.basis = "quarter_on_quarter"
        else:
            return
        value.how.append("basis.base_date")

    def _pace_verb(self, span: Span, segment: int) -> int | None:
        """The change verb whose pace a rate before the value gives: "The economy grew at an
        annualized rate of 2.1%", "shrank at a seasonally adjusted annual pace of 0.6%", "has
        grown at an average annual rate of 5.6 percent"."""
        lowers = self.lowers
        i = span.start - 1
        if i - 3 < segment or lowers[i] != "of" or lowers[i - 1] not in ("rate", "pace"):
            return None
        i -= 2
        words = fact_words("change_basis_word") | fact_words("pace_modifier")
        while i > segment and i > span.start - 7 and lowers[i] in words:
            i -= 1  # "at a seasonally adjusted annualized rate of", "an average annual rate of"
        if i - 2 < segment or lowers[i] not in ("a", "an") or lowers[i - 1] != "at":
            return None
        verb = i - 2
        return verb if word_direction(lowers[verb]) != "none" else None

    def _modified_noun(self, span: Span, clause: tuple[int, int]) -> tuple[int, int, bool] | None:
        """The noun phrase an amount after "a" modifies when no lexicon metric names it: "hit
        by a 300 million euro charge" (`charge`), "approved a 3.2 billion yuan subway project"
        (`subway project`), "a 5% pay rise" (`pay`: a noun of change after the phrase names the
        change, not the quantity).

        Not a pace ("from a 4.9% pace"), a span of time ("a 5% year"), a count ("a 10 million
        tonne"), or a phrase that is a lexicon metric (``_attached_after`` reads those)."""
        doc, lowers = self.doc, self.lowers
        first = lowers[span.start]
        # "a further $5-6 million charge", "another 2 billion yuan fund": a word of degree
        # between the article and the amount
        further = span.start > 1 and (
            lowers[span.start - 1] == "another"
            or (
                lowers[span.start - 1] in fact_words("degree_adjective")
                and lowers[span.start - 2] in ("a", "an")
            )
        )
        # "The Rs 1,500 crore issue opens on Monday": a sentence that opens with the thing the
        # amount sizes, its verb after it ("the $2.1 billion consensus" inside a sentence refers
        # to a quantity named before)
        opening = (
            span.start > 0
            and lowers[span.start - 1] == "the"
            and self.sentence_of(span.start).start == span.start - 1
        )
        if (
            first not in ("a", "an")
            and not further
            and not opening
            and not (span.start > 0 and lowers[span.start - 1] in ("a", "an"))
        ):
            return None
        stop = min(clause[1], span.end + 5)
        function, verbs = fact_words("function"), self.finder.verbs
        end, closed, cued = span.end, False, None
        while end < stop:
            token = doc[end]
            if any(
                c.start == end and c.rule.category == "change"
                for c in self.cue_index.between(end, end + 1)
            ):
                closed = True  # "a 5% pay rise": the change of what the words before name
                break
            if (
                not token.is_alpha
                or token.ent_type_
                or lowers[end] in function
                or end >= span.end + 4
            ):
                break
            if end in self.cue_tokens and lowers[end] not in verbs and cued is None:
                cued = end  # a cue word names a quantity only before a noun of change
            end += 1
        if not closed and cued is not None:
            end = cued
        if not closed and end - span.end > 1 and lowers[end - 1].endswith("ing"):
            end -= 1  # "a 12-billion-yuan expressway linking two cities": a participle after it
        if opening and not closed:
            # "The $300 million plant opened in May": the noun ends at the sentence's verb
            end = next((i for i in range(span.end + 1, end) if lowers[i] in verbs), end)
        if end == span.end or (not closed and lowers[end - 1] in verbs):
            return None  # "a 5% rise" (no words), "a $5 billion deal to buy" ends at a noun
        last = lowers[end - 1]
        if (
            last in fact_words("pace_noun")
            or last in fact_words("period_noun")
            or last in fact_words("people")
            or any(lowers[i] in fact_words("count_word") for i in range(span.end, end))
            or any(m.start < end for m in self.metric_index.between(span.end, end))
        ):
            return None
        return span.end, end, closed

    def _past_basis(self, i: int, stop: int) -> int:
        """Past a basis cue that starts at token ``i`` ("year-on-year", "y/y"), if any."""
        cue = next(
            (c for c in self.cue_index.between(i, i + 1) if c.rule.category == "basis"), None
        )
        return cue.end if cue is not None and cue.end < stop else i

    def _year_of_a_part(self, ent: Span) -> bool:
        """Whether a split year only says whose part the date before it is ("the first seven
        months of | the 2024/25 financial year"): the part, not the whole year, is the period."""
        before = self.date_index.between(max(0, ent.start - 12), ent.start)
        if not before:
            return False
        if self._part_of_running_fiscal(before[-1]) is not None:
            # "July-October of | the current fiscal year": the months, not the year
            of = _OF_THIS_FISCAL.match(self.text, before[-1].end_char)
            return of is not None and of.end() > ent.start_char
        if self._part_of_split_year(before[-1]) is None:
            return False
        of = _OF_SPLIT_YEAR.match(self.text, before[-1].end_char)
        return of is not None and of.end() > ent.start_char
