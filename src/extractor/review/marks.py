"""A text with labelled marks, rendered through displaCy's ``span`` style.

displaCy's span renderer draws every labelled range as a bar under its tokens and stacks the
bars of overlapping ranges, so a DATE inside a MONEY range and the MONEY range both show. It is
given the text "manually": its tokens are the pieces of the text between mark boundaries (not
spaCy's tokens), so a mark covers exactly its characters and the text keeps its own spacing;
each line is one displaCy document, so line breaks stay, and the time taken grows with the
length of the text, not with its square (a line with more than :data:`MARKS_PER_BLOCK` marks
is cut after a mark into several blocks).

Each mark's label reaches displaCy as the markup of its label chip (an ``<a>`` with the mark's
id, label and tooltip, every value escaped by :class:`markupsafe.Markup`); displaCy puts it on
the first token of the range and escapes the text of the tokens itself.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup
from spacy import displacy

MARKS_PER_BLOCK = 100
# displaCy's templates without the whitespace around each token (which would put a space
# between a mark and the punctuation after it), with classes for the stylesheet.
TEMPLATES = {
    "span": '<span class="tok" style="height:{total_height}px">{text}{span_slices}{span_starts}</span>',
    "slice": '<span class="bar" style="background:{bg};top:{top_offset}px"></span>',
    "start": '<span class="bar start" style="background:{bg};top:{top_offset}px">{label}</span>',
}
_CHIP = Markup(
    '<a class="mark{status_class}" id="{key}" href="#{key}" data-label="{label}" '
    'data-status="{status}">{chip}<span class="tip" role="tooltip">{tip}</span></a>'
)
# displaCy writes a space after every unmarked token; text that runs into a mark without a
# space ("($20.9 billion", "“5%”") is therefore given as a token under this invisible range.
_JOINER = ""
_LAST_WORD = re.compile(r"\S+$")


@dataclass(frozen=True)
class Mark:
    """A labelled range of the text, as it is drawn.

    ``key`` is the mark's element id in the page ("m3"), ``color`` a CSS colour for its bar,
    ``tip`` what hovering it shows (normalized value, rule), ``status`` a class for evaluation
    ("missed", "spurious", "wrong") and ``chip`` the text of its label chip (the label if empty).
    """

    start: int
    end: int
    label: str
    key: str
    color: str
    tip: str
    status: str = ""
    chip: str = ""

    def markup(self) -> Markup:
        """The label chip: a link to the mark itself, with its tooltip."""
        return _CHIP.format(
            status_class=f" {self.status}" if self.status else "",
            key=self.key,
            label=self.label,
            status=self.status,
            tip=self.tip,
            chip=self.chip or self.label,
        )


def render_marks(text: str, marks: Sequence[Mark]) -> Markup:
    """``text`` with its ``marks`` as displaCy span markup, one ``div.spans`` per line.

    Marks outside the text are left out.

    >>> html = render_marks("Sales rose 5%.", [Mark(11, 13, "PERCENT", "m1", "#fc0", "5 percent")])
    >>> html.count('<a class="mark" id="m1"'), html.count('<span class="tok"')
    (1, 1)
    """
    ordered = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=_order)
    starts = [m.start for m in ordered]
    colors = {_JOINER: "transparent"}
    parsed = []
    for block_start, block_end in _blocks(text, ordered):
        inside = ordered[
            bisect.bisect_left(starts, block_start) : bisect.bisect_left(starts, block_end)
        ]
        labels = [str(mark.markup()) for mark in inside]
        colors.update(
            (label.upper(), mark.color) for label, mark in zip(labels, inside, strict=True)
        )
        parsed.append(_parsed(text[block_start:block_end], block_start, inside, labels))
    options = {"template": TEMPLATES, "colors": colors}
    html = displacy.render(parsed, style="span", manual=True, jupyter=False, options=options)
    return Markup(html)


def _order(mark: Mark) -> tuple[int, int]:
    return mark.start, -mark.end


def _blocks(text: str, ordered: Sequence[Mark]) -> list[tuple[int, int]]:
    """Lines of the text (a line break inside a mark does not end one), long ones cut up."""
    covered: list[list[int]] = []  # merged ranges of the marks, with how many marks each has
    for mark in ordered:
        if covered and mark.start < covered[-1][1]:
            covered[-1][1] = max(covered[-1][1], mark.end)
            covered[-1][2] += 1
        else:
            covered.append([mark.start, mark.end, 1])
    range_starts = [start for start, _, _ in covered]
    cuts = []
    for newline in re.finditer("\n", text):
        at = newline.start()
        index = bisect.bisect_right(range_starts, at) - 1
        if index < 0 or at >= covered[index][1]:
            cuts.append(at)
    blocks = []
    begin = 0
    for end in [*cuts, len(text)]:
        # Too many marks on one line: cut after a mark, every MARKS_PER_BLOCK of them.
        count = 0
        first = bisect.bisect_left(range_starts, begin)
        for _, stop, marks in covered[first : bisect.bisect_left(range_starts, end)]:
            count += marks
            if count >= MARKS_PER_BLOCK and stop < end:
                blocks.append((begin, stop))
                begin, count = stop, 0
        blocks.append((begin, end))
        begin = end + 1
    return blocks


def _parsed(block: str, offset: int, marks: Sequence[Mark], labels: list[str]) -> dict[str, Any]:
    """displaCy's manual input for one block: its tokens and the token ranges of its marks."""
    if not marks and not block.strip():
        return {"text": block, "tokens": [], "spans": []}  # an empty div.spans: a blank line
    change: Counter[int] = Counter()
    for mark in marks:
        change[mark.start - offset] += 1
        change[mark.end - offset] -= 1
    bounds = sorted({0, len(block), *change})
    tokens: list[str] = []
    token_at: dict[int, int] = {}
    joiners = []
    depth = 0
    for start, end in itertools.pairwise(bounds):
        depth += change[start]
        token_at[start] = len(tokens)
        piece = block[start:end]
        tail = _LAST_WORD.search(piece) if depth == 0 and change[end] > 0 else None
        if tail is None:
            tokens.append(piece)
            continue
        if tail.start():
            tokens.append(piece[: tail.start()])
        joiners.append(len(tokens))
        tokens.append(tail.group())
    token_at[len(block)] = len(tokens)
    spans = [
        {
            "start_token": token_at[mark.start - offset],
            "end_token": token_at[mark.end - offset],
            "label": label,
        }
        for mark, label in zip(marks, labels, strict=True)
    ]
    spans += [{"start_token": i, "end_token": i + 1, "label": _JOINER} for i in joiners]
    return {"text": block, "tokens": tokens, "spans": spans}
