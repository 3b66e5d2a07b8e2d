"""Fact rules: one value's slots filled, and its fact record's data."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.rules import periods
from extractor.spans import FactData
from extractor.stages.facts.lexicon import _NEXT_SPAN, _Value, fact_words
from extractor.stages.facts.periods import PeriodRules


class Context(PeriodRules):
    """Everything the rules know of one document; ``attach`` fills a value's slots."""

    def attach(self, value: _Value, previous: _Value | None) -> None:
        """Decide every slot of ``value``; ``previous`` is the value before it."""
        if self._table_cell(value):
            return
        value.step = (
            self._sensitivity_step(value.span, value.clause)
            or self._hypothetical(value.span, value.clause)
            or self._ranked_group(value.span)
        )
        self._kind(value, previous)
        self._metric(value, previous)
        self._owner_of_dropped(value)
        if (
            previous is not None
            and previous.metric is not None
            and value.metric is not None
            and self.text[value.metric[0] : value.metric[1]].lower() in fact_words("metric_anaphor")
        ):
            # "The region aims to raise the figure by 7 percent": the quantity named before
            value.take_metric(previous.metric, previous.phrase, "metric.anaphor")
        elif (
            previous is not None
            and previous.metric is not None
            and value.metric is not None
            and self._bare_move(value.metric)
            and not self._bare_move(previous.metric)
            and self.paragraph(previous.span.start) == self.paragraph(value.span.start)
        ):
            # "Consumer prices rose 0.39%. Economists had expected a monthly rise of 0.33%": a
            # rise names no quantity; it is of the quantity named before
            value.take_metric(previous.metric, previous.phrase, "metric.bare_move")
        if value.kind == "level" and self._part_goes_to(value):
            value.kind = "share"  # "of which 60 percent went to industrial development"
            value.how.append("kind.part_goes_to")
        self._rate_is_level(value)
        self._basis(value)
        self._subject(value, previous)
        self._period(value, previous)
        self._period_of_basis(value)
        self._prior_year_base(value, previous)
        self._basis_of_base(value)
        self._successive_quarters(value)
        self._elliptical_part(value)
        if (
            value.kind in ("level", "change")
            and self.anchor_stated
            and self._in_future(value.period)
            # "raised its growth forecast for next year by 0.2 percentage point": a revision of
            # a forecast stays a change (the guideline), dated as the forecast
            and "kind.revision" not in value.how
        ):
            value.kind = "target"
            value.how.append("kind.future_period")
        elif value.kind == "target" and self._allocated_in_the_past(value):
            # "said the province set aside nearly 3 billion yuan in 2023": money allocated in a
            # year that has ended is an outcome, a level
            value.kind = "level"
            value.how.append("kind.past_allocation")
        if value.kind in ("change", "target"):
            value.direction = self._direction(value, previous)

    def _bare_move(self, metric: tuple[int, int]) -> bool:
        """Whether a metric phrase is only a move and the words of its manner ("a monthly rise",
        "decline", "a sharp drop"), no quantity; "growth" and "expansion" name one."""
        words = self.text[metric[0] : metric[1]].lower().split()
        moves = fact_words("growth_noun") - {"growth", "expansion", "contraction"}
        manner = fact_words("growth_manner") | fact_words("change_basis_word")
        return bool(words) and words[-1] in moves and all(w in manner for w in words[:-1])

    def data(self, value: _Value) -> FactData:
        """The stored form of a decided value."""
        subject, period_span = value.subject, value.period_span
        assert value.metric is not None, "only values that measure something stated get a fact"
        return FactData(
            value=(value.data.start, value.data.end),
            kind=value.kind,  # type: ignore[arg-type]
            direction=value.direction,  # type: ignore[arg-type]
            basis=value.basis,  # type: ignore[arg-type]
            metric=value.metric,
            subject=(subject.start_char, subject.end_char) if subject is not None else None,
            subject_text=self.fullest(subject) if subject is not None else None,
            subject_in=self._inner_subject(subject),
            period=self._written(value.period, period_span) if value.period else None,
            period_span=(period_span.start_char, period_span.end_char) if period_span else None,
            rule=" ".join(value.how),
        )

    def _written(self, period: str, span: Span | None = None) -> str:
        """A period in its canonical form; months running to the article's date ("since the
        start of the year" on March 21: ``2024-01/2024-03``), or from it (``span`` "over the
        next two months" on July 16: ``2024-07/2024-09``), are no whole quarter or half."""
        anchor = self.anchor
        if anchor is not None and period.endswith(f"/{anchor.year}-{anchor.month:02d}"):
            end = periods.last_day(f"{anchor.year}-{anchor.month:02d}")
            if end is not None and anchor < end:
                return period
        if anchor is not None and anchor.day > 1 and span is not None:
            ahead = _NEXT_SPAN.search(span.text) is not None
            if ahead and period.startswith(f"{anchor.year}-{anchor.month:02d}/"):
                return period
        return periods.canonical(period)

    def _inner_subject(self, subject: Span | None) -> tuple[int, int] | None:
        """The characters of the mention a country named inside a body's name lies in."""
        if subject is None:
            return None
        body = self.inner_countries.get((subject.start_char, subject.end_char))
        if body is None or subject.label_ != "GPE" or subject.end - subject.start >= len(body):
            return None
        return (body.start_char, body.end_char)

    @staticmethod
    def conversion(value: _Value, converted: FactData) -> FactData:
        """The fact of an amount that converts another: the same slots, its own value."""
        return converted.model_copy(
            update={
                "value": (value.data.start, value.data.end),
                "rule": "fact.conversion",
                "converts": converted.value,
            }
        )
