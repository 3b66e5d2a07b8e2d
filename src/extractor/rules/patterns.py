"""Rule files: validation and compilation of the pattern templates in ``extractor/patterns``.

A pattern line looks like::

    {"id": "money.prefix", "label": "MONEY",
     "pattern": "(?:{qual}\\s+)?{cur_pre}\\s?{num}(?:\\s?{mult})?{per}?"}

``pattern`` is a verbose regular expression in which ``{name}`` stands for a named fragment
(``num``, ``mult``, ``cur_pre``, ...) supplied by the stage that owns the file. A placeholder
becomes a named group, so ``{num}`` captures as ``num`` and ``{hi.num}`` as ``hi_num``; the stage
reads the groups back to normalize the match. A placeholder may appear in several alternatives;
whichever one matched is reported under the plain name. Each match keeps its pattern ``id`` as provenance.

A rule whose matches are read in a special way says so in its ``read`` field (``"list"`` for "5.1
and 6.6 percent", ``"duration"`` for "40 days", ...); the stage declares which readers it has,
so code never branches on a rule's id.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractor import cache
from extractor.errors import Errors, PatternError
from extractor.records import Value
from extractor.rules import numbers
from extractor.rules.gates import gate_for, gated_finditer, stand_in
from extractor.rules.resources import read_jsonl, read_lexicon

_REPEAT = "__"  # separates a group name from the number of its repeated use
_PLACEHOLDER = re.compile(r"\{(?:(?P<prefix>[a-z]+)\.)?(?P<name>[a-z_]+)\}")

# A match must not start inside a word or number, nor end inside one. Chinese and Japanese
# characters are not part of a word here: "售价99元" starts an amount after "价".
_START_CLASS = r"[A-Za-z0-9_\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff$€£¥₹.,]"
_START = f"(?<!{_START_CLASS})"
_END = r"(?![\w%])"


class PatternSpec(BaseModel):
    """One line of a pattern file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(
        pattern=r"^[a-z]+(\.[a-z_0-9]+)+$", description="Unique, dotted: 'money.prefix'."
    )
    label: str = Field(pattern=r"^[A-Z][A-Z_]*$", description="The span label: 'MONEY'.")
    pattern: str = Field(min_length=1, description="Verbose regex template with {placeholders}.")
    read: str | None = Field(
        None, description="How the stage reads a match, when not in its usual way: 'list', ..."
    )
    comment: str | None = None


@dataclass(frozen=True)
class CompiledPattern:
    """A validated pattern with its template expanded and compiled."""

    id: str
    label: str
    regex: re.Pattern[str]
    read: str | None = None
    gate: re.Pattern[str] | None = None
    """Where the regex can start (see :mod:`extractor.rules.gates`); ``None`` to try everywhere."""
    anchors: re.Pattern[str] | None = None
    """Where the fragments a rule opens with can start; shared by the rules of a file."""


@dataclass(frozen=True, eq=False)
class RuleMatch:
    """One regex match of a compiled pattern, with the groups its placeholders captured."""

    pattern_id: str
    start: int
    end: int
    groups: Mapping[str, str]
    read: str | None = None


@dataclass(frozen=True)
class Found:
    """A normalized match: the characters it covers, the rule that fired and the value it reads.

    A rule that reads several values at once ("5.1 and 6.6 percent") gives one Found whose
    ``items`` hold one Found per value; the items replace it once overlaps are resolved.
    ``converts`` is the ``(start, end)`` of the amount this one converts, if any.
    """

    start: int
    end: int
    pattern_id: str
    value: Value | None = None
    items: tuple[Found, ...] = ()
    converts: tuple[int, int] | None = None


def compile_patterns(
    name: str, fragments: Mapping[str, str], readers: frozenset[str] = frozenset()
) -> tuple[CompiledPattern, ...]:
    """Load ``patterns/<name>.jsonl``, expand its placeholders from ``fragments`` and compile.

    ``readers`` are the values the stage accepts in a rule's ``read`` field. Raises
    :class:`~extractor.errors.PatternError` with the offending id and a hint when a line is
    malformed, uses an unknown placeholder or reader, or does not compile.
    """
    path = f"patterns/{name}.jsonl"
    names = ", ".join(sorted(fragments))
    seen: set[str] = set()
    compiled: list[CompiledPattern] = []
    openers: list[frozenset[str] | None] = []
    for raw in read_jsonl(name):
        try:
            spec = PatternSpec.model_validate(raw)
        except ValidationError as exc:
            raise PatternError(
                Errors.E004.format(id=raw.get("id", "?"), path=path, reason=exc, names=names)
            ) from exc
        if spec.id in seen:
            raise PatternError(Errors.E005.format(id=spec.id, path=path))
        seen.add(spec.id)
        if spec.read is not None and spec.read not in readers:
            raise PatternError(
                Errors.E008.format(
                    id=spec.id, path=path, read=spec.read, readers=", ".join(sorted(readers))
                )
            )

        source = _expand(spec, fragments, path)
        try:
            regex = cache.compile(f"{_START}(?:{source}){_END}", re.VERBOSE)
        except re.error as exc:
            raise PatternError(
                Errors.E004.format(id=spec.id, path=path, reason=exc, names=names)
            ) from exc
        gate = gate_for(_skeleton(spec.pattern, fragments), re.VERBOSE, behind=_START_CLASS)
        compiled.append(CompiledPattern(spec.id, spec.label, regex, spec.read, gate))
        openers.append(_openers(spec.pattern) if gate is None else None)
    return _anchored(compiled, openers, fragments)


# The opening of a template that only optional placeholders precede: "(?:{qual}\s+)?{sign}?{num}".
_OPTIONAL = r"(?:\(\?:\{(?:[a-z]+\.)?[a-z_]+\}[^(){}|]*\)\?|\{(?:[a-z]+\.)?[a-z_]+\}\?)"
_OPENING = re.compile(rf"{_OPTIONAL}*\{{(?:[a-z]+\.)?[a-z_]+\}}")


def _openers(template: str) -> frozenset[str] | None:
    """The fragments a match of ``template`` can open with, if the template is of that shape.

    "(?:{qual}\\s+)?{sign}?{num} ..." opens with a qualifier, a sign or a numeral; a template
    with alternatives at its top level opens as any of them does.
    """
    names: set[str] = set()
    for alternative in _top_level_alternatives(template):
        opening = _OPENING.match(alternative)
        if opening is None:
            return None
        names |= {m["name"] for m in _PLACEHOLDER.finditer(opening.group())}
    return frozenset(names)


def _top_level_alternatives(template: str) -> list[str]:
    """``template`` split at the bars outside any group or class."""
    parts, start = [], 0
    depth, escaped, in_class = 0, False, False
    for i, char in enumerate(template):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(template[start:i])
            start = i + 1
    return [*parts, template[start:]]


def _anchored(
    compiled: list[CompiledPattern],
    openers: list[frozenset[str] | None],
    fragments: Mapping[str, str],
) -> tuple[CompiledPattern, ...]:
    """The rules, those with an opening of fragments sharing one scan for where those start.

    A rule that opens with optional qualifiers and signs before a numeral can only start where
    one of them can: one scan of the text finds those places for every such rule of the file,
    and each rule is tried there alone (as its gate would, were its first characters few).
    """
    names = frozenset().union(*(o for o in openers if o))
    if not names:
        return tuple(compiled)
    either = "|".join(f"(?:{fragments[name]})" for name in sorted(names))
    anchors = cache.compile(f"{_START}(?=(?:{either}))", re.VERBOSE)
    return tuple(
        replace(pattern, anchors=anchors) if opener else pattern
        for pattern, opener in zip(compiled, openers, strict=True)
    )


def _expand(spec: PatternSpec, fragments: Mapping[str, str], path: str) -> str:
    """The regex source of a template: each placeholder replaced by its named fragment."""
    uses: dict[str, int] = {}

    def expand(match: re.Match[str]) -> str:
        prefix, key = match["prefix"], match["name"]
        if key not in fragments:
            raise PatternError(
                Errors.E004.format(
                    id=spec.id,
                    path=path,
                    reason=f"unknown placeholder {{{key}}}",
                    names=", ".join(sorted(fragments)),
                )
            )
        group = f"{prefix}_{key}" if prefix else key
        # Python forbids a group name twice, even in alternatives; later uses get a numbered
        # name that find_matches folds back, so templates may repeat a placeholder freely.
        uses[group] = uses.get(group, 0) + 1
        if uses[group] > 1:
            group = f"{group}{_REPEAT}{uses[group]}"
        return f"(?P<{group}>{fragments[key]})"

    return _PLACEHOLDER.sub(expand, spec.pattern)


def _skeleton(template: str, fragments: Mapping[str, str]) -> str:
    """The template with each placeholder replaced by its fragment's stand-in (for its gate)."""
    return _PLACEHOLDER.sub(lambda m: stand_in(fragments[m["name"]], re.VERBOSE), template)


def find_matches(text: str, patterns: tuple[CompiledPattern, ...]) -> Iterator[RuleMatch]:
    """Every match of every pattern in ``text`` (overlapping across patterns)."""
    starts: dict[re.Pattern[str], list[int]] = {}  # rules with the same gate share its scan
    for compiled in patterns:
        regex = compiled.regex
        gate = compiled.gate if compiled.gate is not None else compiled.anchors
        if gate is None:
            matches = regex.finditer(text)
        else:
            if gate not in starts:
                starts[gate] = [m.start() for m in gate.finditer(text)]
            matches = gated_finditer(regex, starts[gate], text)
        for match in matches:
            groups: dict[str, str] = {}
            for name, value in match.groupdict().items():
                if value is not None:
                    groups.setdefault(name.split(_REPEAT)[0], value)
            yield RuleMatch(compiled.id, match.start(), match.end(), groups, compiled.read)


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_NEW_VALUE_BEFORE = re.compile(r"\bto\s+(?:between\s+)?\S*\d(?:[^.;]|\.(?=\d))*$", re.IGNORECASE)
_TO_INSIDE = re.compile(r"\sto\s", re.IGNORECASE)


def is_change_not_range(text: str, match: RuleMatch) -> bool:
    """True for "rose from 5 to 6 percent" or "cut by 0.25 to 3.75 percent": a change, not a range.

    After "from", "X to Y" is a change unless the new value came first ("raised its forecast
    to between 3.3 and 3.5 from 3.1 to 3.3": the old range). After "by", it is a range of the
    change ("cut its margin by 4 to 5 points") unless the ends are too far apart to be one
    ("cut by 0.25 to 3.75 percent": a change and the new level).

    >>> m = RuleMatch("x", 10, 16, {})
    >>> is_change_not_range("rose from 5 to 6", m)
    True
    >>> is_change_not_range("grew by 4 to 5 percent", RuleMatch("x", 8, 22, {}))
    False
    """
    if not _TO_INSIDE.search(text, match.start, match.end):
        return False
    if _after_from(text, match):
        return not _NEW_VALUE_BEFORE.search(text[max(0, match.start - 120) : match.start - 5])
    if _currency_twice(match) and _after_change_verb(text, match):
        return True  # "grew by 2.3 billion yuan to 6.1 billion yuan": the change, the new level
    if _BY_BEFORE.search(text[max(0, match.start - 6) : match.start]) or _after_change_verb(
        text, match
    ):
        return _far_apart(match)
    return False


def _far_apart(match: RuleMatch) -> bool:
    """Whether the ends of a range are too far apart to be one: "cut by 0.25 to 3.75 percent",
    "the shares fell 2 to 31 dollars" (a change, then the new level). A low end without its own
    multiplier takes the high end's, as a range reads it: "rose 5 to 6 billion yuan" is one.

    >>> _far_apart(RuleMatch("x", 0, 0, {"lo_num": "2", "hi_num": "31"}))
    True
    >>> _far_apart(RuleMatch("x", 0, 0, {"lo_num": "1/2", "hi_num": "35-3/4"}))
    True
    >>> _far_apart(RuleMatch("x", 0, 0, {"lo_num": "5", "hi_num": "6", "hi_mult": "billion"}))
    False
    """
    groups = match.groups
    low = numbers.parse_numeral(groups.get("lo_num", ""), decimal_comma=True)
    high = numbers.parse_numeral(groups.get("hi_num", ""), decimal_comma=True)
    if low is None or high is None or low <= 0:
        return False
    one = Decimal(1)
    high_factor = numbers.parse_multiplier(groups["hi_mult"]) if "hi_mult" in groups else one
    if "lo_mult" in groups:
        low_factor = numbers.parse_multiplier(groups["lo_mult"])
    else:
        low_factor = high_factor if low < high else one
    if low_factor is None or high_factor is None:
        return False
    return high * high_factor / (low * low_factor) > 5


_WORD_BEFORE = re.compile(r"(?:\b(?P<prev>[a-z]+)\s+)?\b(?P<verb>[a-z]+)\s+(?:by\s+)?$", re.I)


def _currency_twice(match: RuleMatch) -> bool:
    """Whether a range of money writes its currency at both ends ("2.3 billion yuan to 6.1
    billion yuan", "$5 million to $6 million")."""
    return "lo_cur_suf" in match.groups or "hi_cur_pre" in match.groups


@functools.cache
def _change_verbs() -> frozenset[str]:
    """The words of change written before the value they give ("rose", "up", "fell")."""
    return frozenset(
        row["surface"].lower() for row in read_lexicon("directions") if row["side"] == "left"
    )


def _after_change_verb(text: str, match: RuleMatch) -> bool:
    """Whether a told change ("grew", "rose by", "up") stands right before ``match``, not an
    infinitive of an outlook ("expects revenue to grow $5 million to $6 million": a range).

    >>> _after_change_verb("Revenue grew by 2 yuan to 3 yuan", RuleMatch("x", 16, 32, {}))
    True
    >>> _after_change_verb("expects sales to rise 2 yuan to 3 yuan", RuleMatch("x", 22, 39, {}))
    False
    """
    found = _WORD_BEFORE.search(text[max(0, match.start - 40) : match.start])
    if found is None or found["verb"].lower() not in _change_verbs():
        return False
    return (found["prev"] or "").lower() not in ("to", "will", "would", "could", "may", "might")


def _after_from(text: str, match: RuleMatch) -> bool:
    """Whether "from" stands right before ``match`` ("rose from 5 to 6 percent")."""
    return _FROM_BEFORE.search(text[max(0, match.start - 6) : match.start]) is not None


def change_starts(
    text: str, changes: list[RuleMatch], readable: Mapping[RuleMatch, Found]
) -> dict[RuleMatch, Found]:
    """The starts of changes written with the unit once ("rose from 5 to 6 percent", "fell from
    1.5 to 1.2 billion yuan"), as values like their ends: the end's currency or unit, and its
    multiplier when the start has none.

    ``changes`` are the range matches read as changes after "from"; ``readable`` the other
    candidates. A start is read only where no candidate covers it ("from $5 to $6" holds two
    amounts already) and where a candidate starts its end.
    """
    covered = bytearray(len(text) + 1)
    by_start: dict[int, Found] = {}
    for m, found in readable.items():
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        longest = by_start.get(m.start)
        if longest is None or found.end > longest.end:
            by_start[m.start] = found
    starts: dict[RuleMatch, Found] = {}
    for m in changes:
        groups = m.groups
        if "lo_num" not in groups or "hi_num" not in groups:
            continue
        low_start = text.find(groups["lo_num"], m.start, m.end)
        to = _TO_INSIDE.search(text, low_start, m.end) if low_start >= 0 else None
        if to is None:
            continue
        low_end = to.start()
        end = next((by_start[i] for i in range(to.end(), m.end) if i in by_start), None)
        if end is None or end.value is None or any(covered[low_start:low_end]):
            continue
        end_number = end.value.number()
        low = numbers.parse_amount(groups["lo_num"], groups.get("lo_mult") or groups.get("hi_mult"))
        high = numbers.parse_amount(groups["hi_num"], groups.get("hi_mult"))
        if end_number is None or low is None or not high:
            continue
        value = end.value.like(numbers.canonical(low * (end_number / high)))
        starts[RuleMatch(m.pattern_id, low_start, low_end, {})] = Found(
            low_start, low_end, m.pattern_id, value
        )
    return starts


def is_one_numeral(text: str, match: RuleMatch) -> bool:
    """True for "twenty-five thousand yuan": a compound number word, not a range from twenty.

    >>> is_one_numeral("twenty-five thousand", RuleMatch("x", 0, 20, {"lo_num": "twenty", "hi_num": "five"}))
    True
    >>> is_one_numeral("twenty-thirty", RuleMatch("x", 0, 13, {"lo_num": "twenty", "hi_num": "thirty"}))
    False
    """
    low, high = match.groups.get("lo_num", ""), match.groups.get("hi_num", "")
    if not (low.isalpha() and high.isalpha()):
        return False
    if f"{low}-{high}" not in text[match.start : match.end]:
        return False
    tens, units = numbers.parse_words(low), numbers.parse_words(high)
    return tens is not None and units is not None and tens in _TENS and units in _UNITS


_TENS = frozenset(range(20, 100, 10))
_UNITS = frozenset(range(1, 10))


def select_longest(matches: list[RuleMatch], order: Mapping[str, int]) -> list[RuleMatch]:
    """Keep non-overlapping matches: longest first, then the earlier pattern in its file.

    This is :func:`spacy.util.filter_spans` on character offsets, with the pattern order as
    the tie-break, since the matches are found before any token alignment.
    """
    ranked = sorted(matches, key=lambda m: (m.start - m.end, order[m.pattern_id], m.start))
    # One byte per character: checking a match costs its own length, so the whole selection is
    # linear in the total length of the candidates (matches are short), never quadratic.
    occupied = bytearray(max((m.end for m in matches), default=0))
    taken: list[RuleMatch] = []
    for match in ranked:
        if any(occupied[match.start : match.end]):
            continue
        taken.append(match)
        occupied[match.start : match.end] = b"\x01" * (match.end - match.start)
    return sorted(taken, key=lambda m: m.start)


def apply_rules(
    text: str, patterns: tuple[CompiledPattern, ...], normalize: Callable[[RuleMatch], Found | None]
) -> list[Found]:
    """Find, normalize and choose: the readable, non-overlapping results of ``patterns``.

    Candidates are filtered before choosing, so that a longer candidate that cannot stand never
    hides the readable ones inside it: one ``normalize`` cannot read ("0.57 percentage points to
    4.05 percent" as a range), or a range that is really a change ("rose from 5 to 6"). A list
    is replaced by its items once chosen.
    """
    order = {p.id: i for i, p in enumerate(patterns)}
    readable: dict[RuleMatch, Found] = {}
    changes: list[RuleMatch] = []  # "rose from 5 to 6 percent": its start is read below
    for m in find_matches(text, patterns):
        if "lo_num" in m.groups and is_change_not_range(text, m):
            if _after_from(text, m):
                changes.append(m)
            continue
        if "lo_num" in m.groups and is_one_numeral(text, m):
            continue
        if (f := normalize(m)) is not None:
            readable[m] = f
    if changes:
        readable.update(change_starts(text, changes, readable))
    chosen = (readable[m] for m in select_longest(list(readable), order))
    return [item for found in chosen for item in (found.items or (found,))]
