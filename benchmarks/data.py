"""The benchmark inputs: the bundled corpus, its synthetic scale-up and the pathological texts.

The scale-up repeats the corpus with its numbers varied, so that a 10k-document run does not
replay the same few dozen strings (the tokenizer and the number parsers cache per string) while
the documents keep their structure: same words, same sentence shapes, same density of figures.

>>> import random
>>> vary_numbers("In 2023 exports rose 5.8 pct to 150 billion yuan on Jan. 23.", random.Random(1))
'In 2023 exports rose 3.1 pct to 517 billion yuan on Jan. 25.'
"""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor.evaluation.corpus import CorpusDoc, load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / ".data"

# Digits glued after a letter (Q3, G20, H1) are names, not figures: they are left alone.
_NUMBER = re.compile(r"(?<![A-Za-z\d.,])\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_SHAPED = re.compile(r"(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class Text:
    """One input document: its id (a relative file name) and its text."""

    doc_id: str
    text: str


def corpus_docs(root: Path = CORPUS) -> tuple[list[CorpusDoc], list[str]]:
    """The annotated corpus and its validation problems (reported, not fatal: see the report)."""
    return load_corpus(root)


def vary_numbers(text: str, rng: random.Random) -> str:
    """``text`` with every figure replaced by another of the same shape.

    Years stay (dates must still parse), one- and two-digit integers become 1-28 (days of the
    month stay valid) and every other digit is drawn at random, the first one non-zero. A figure
    that did not start like a year never becomes one ("2003.10"): the copy must exercise the
    same rules as its original, and a year-shaped table figure is a robustness case of its own.
    """

    def replace(match: re.Match[str]) -> str:
        figure = match.group()
        if _YEAR.fullmatch(figure):
            return figure
        if figure.isdigit() and len(figure) <= 2:
            return str(rng.randint(1, 28))
        while True:
            digits = [
                rng.choice("123456789" if i == 0 else "0123456789") for i in range(len(figure))
            ]
            varied = "".join(
                d if ch.isdigit() else ch for d, ch in zip(digits, figure, strict=True)
            )
            if not _YEAR_SHAPED.match(varied):
                return varied

    return _NUMBER.sub(replace, text)


def scale_up(texts: Sequence[Text], count: int, seed: int = 0) -> list[Text]:
    """``count`` documents: the corpus repeated in order, each copy with its own figures.

    The first copy of the corpus is kept unchanged, so the first 48 documents are the corpus.
    """
    rng = random.Random(seed)
    out = []
    for i in range(count):
        source = texts[i % len(texts)]
        text = source.text if i < len(texts) else vary_numbers(source.text, rng)
        out.append(Text(f"{i:05d}-{Path(source.doc_id).name}", text))
    return out


# Forms that stress the rules' word lists and first-character gates: cased variants, glued
# signs and codes, and characters the regex engine folds specially (Kelvin sign, long s, dotted
# and dotless i).
_FUZZ_WORDS = (
    "half", "a half", "quarter of a", "hundred", "and", "billion", "bn", "mln", "lakh crore", "K",
    "M", "per cent", "pct", "basis points", "bps", "%", "percentage points", "Jan.", "Sept",
    "SEPT", "Q3", "H1", "FY24", "fiscal 2023", "more than", "About", "UP TO",
)  # fmt: skip
_FUZZ_NUMBERS = ("5", "12.5", "1,200", "3 000", "0.25", "two", "\u017feven")
_FUZZ_CHARS = "\u212a\u017f\u0130\u0131\u212b$€£¥₹ -\u2013\u2014,.()/\n\t\u00a0abcKkSs0123456789"


def fuzz_texts(corpus: Sequence[str], count: int, seed: int = 7) -> list[Text]:
    """``count`` documents that mix corpus sentences with amounts in odd forms and noise.

    They are the third input of an identity check (with the corpus and the scale-up): a speed
    change must leave the JSONL of all three byte-identical.
    """
    from extractor.rules.currencies import currency_forms
    from extractor.rules.numbers import _number_words

    rng = random.Random(seed)
    sentences = [s for t in corpus for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
    surfaces = sorted({form.surface for form in currency_forms().values()})  # hash-seed free
    words = [*_number_words(), *_FUZZ_WORDS]

    def case(text: str) -> str:
        r = rng.random()
        return (
            text.upper()
            if r < 0.2
            else text.lower()
            if r < 0.4
            else text.title()
            if r < 0.5
            else text
        )

    out = []
    for i in range(count):
        parts = []
        for _ in range(rng.randint(3, 12)):
            r = rng.random()
            if r < 0.5:
                cased = rng.random() < 0.3
                parts.append(case(rng.choice(sentences)) if cased else rng.choice(sentences))
            elif r < 0.7:
                word = case(rng.choice(words))
                number = rng.choice(_FUZZ_NUMBERS)
                parts.append(f"{word} {number} {case(rng.choice(surfaces))}")
            elif r < 0.85:
                surface = case(rng.choice(surfaces))
                glue = rng.choice(["", " "])
                number = rng.choice(["5", "1.2", "30,500", "12 000"])
                joint = rng.choice(["", " ", "-"])
                parts.append(f"{surface}{glue}{number}{joint}{case(rng.choice(words))}")
            else:
                parts.append("".join(rng.choice(_FUZZ_CHARS) for _ in range(rng.randint(5, 60))))
        out.append(Text(f"{i:05d}.txt", " ".join(parts)))
    return out


def write_folder(texts: Sequence[Text], folder: Path) -> Path:
    """Write ``texts`` as ``folder/<doc_id>`` (the folder is emptied first); return the folder."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for item in texts:
        (folder / item.doc_id).write_text(item.text, encoding="utf-8")
    return folder


def word_count(texts: Sequence[str]) -> int:
    """Whitespace-separated words: the count ``extractor extract`` uses in its words/s."""
    return sum(len(text.split()) for text in texts)


def _digits_and_commas(chars: int) -> str:
    groups = (f"{i % 1000:03d}" for i in range(chars // 4 + 1))
    return ("1" + ",".join(groups))[:chars]


def _currency_symbols(chars: int) -> str:
    return ("$€£¥" * (chars // 4 + 1))[:chars]


def _dollar_ones(chars: int) -> str:
    return ("$1 " * (chars // 3 + 1))[:chars]


def _changes(chars: int) -> str:
    return ("sales rose 5% to $1 and to " * (chars // 27 + 1))[:chars]


def _dated_changes(chars: int) -> str:
    unit = "rose to 5% from 4% in May and 3% on Friday, "
    return (unit * (chars // len(unit) + 1))[:chars]


# Sizes are counted in characters (1 KB = 1024 characters); only the symbols are multi-byte.
PATHOLOGICAL: dict[str, tuple[str, Callable[[int], str]]] = {
    "digits": ("one line of digits and commas (`1000,001,002,...`, no spaces)", _digits_and_commas),
    "symbols": ("repeated currency symbols (`$€£¥$€£¥...`, no spaces)", _currency_symbols),
    "dollars": ('a run of "$1 " tokens (`$1 $1 $1 ...`)', _dollar_ones),
    # one sentence of a thousand changes: every value's cues, metric and owner are looked for
    "changes": ("one endless sentence of changes (`sales rose 5% to $1 and to ...`)", _changes),
    # ... and of dates: every value looks for its period among the sentence's dates
    "dated": (
        "one endless sentence of dated changes (`rose to 5% from 4% in May and 3% on Friday, ...`)",
        _dated_changes,
    ),
}


def pathological_text(kind: str, kb: int) -> str:
    """The pathological input ``kind`` at ``kb`` x 1024 characters.

    >>> [pathological_text(k, 1)[:12] for k in ("digits", "symbols", "dollars", "changes", "dated")]
    ['1000,001,002', '$€£¥$€£¥$€£¥', '$1 $1 $1 $1 ', 'sales rose 5', 'rose to 5% f']
    >>> len(pathological_text("symbols", 125))
    128000
    """
    return PATHOLOGICAL[kind][1](kb * 1024)
