"""The text with its marks, through displaCy's span renderer: layout, overlaps, escaping."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from extractor.review.marks import MARKS_PER_BLOCK, Mark, render_marks


def mark(start: int, end: int, label: str, key: str, tip: str = "tip") -> Mark:
    return Mark(start, end, label, key, f"var(--label-{label})", tip)


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<body>{html}</body>")


def shown_lines(html: str) -> list[str]:
    """Each div.spans as a reader sees its text: chips removed, whitespace collapsed."""
    tree = parse(html)
    for chip in tree.css("a.mark"):
        chip.decompose()
    return [" ".join(block.text(separator="").split()) for block in tree.css("div.spans")]


def test_marks_one_chip_per_mark_on_its_text() -> None:
    text = "Exports rose 5.8 pct to 150 billion yuan."
    html = render_marks(
        text, [mark(13, 20, "PERCENT", "m1", "value 5.8"), mark(24, 40, "MONEY", "m2")]
    )
    chips = parse(html).css("a.mark")
    assert [
        (c.attributes["id"], c.attributes["data-label"], c.attributes["href"]) for c in chips
    ] == [
        ("m1", "PERCENT", "#m1"),
        ("m2", "MONEY", "#m2"),
    ]
    assert [c.css_first(".tip").text() for c in chips] == ["value 5.8", "tip"]
    tokens = [t.text(deep=False) for t in parse(html).css("span.tok")]
    assert tokens == ["5.8 pct", "150 billion yuan"]
    assert shown_lines(html) == [text]


def test_marks_keep_the_spacing_of_the_text() -> None:
    # displaCy writes a space after each unmarked token: "(" before a mark and "." after one
    # must still touch it.
    text = "Exports hit 150 billion yuan ($20.9 billion), “5%” up."
    marks = [
        mark(12, 28, "MONEY", "m1"),
        mark(30, 43, "MONEY", "m2"),
        mark(47, 49, "PERCENT", "m3"),
    ]
    html = render_marks(text, marks)
    assert shown_lines(html) == [text]
    assert [t.text(deep=False) for t in parse(html).css("span.tok")] == [
        "150 billion yuan", "(", "$20.9 billion", "“", "5%",
    ]  # fmt: skip
    # the text joined to a mark sits under an invisible bar, without a chip
    joiners = [t for t in parse(html).css("span.tok") if t.text(deep=False) in ("(", "“")]
    assert {b.attributes["style"] for j in joiners for b in j.css(".bar")} == {
        "background:transparent;top:40px"
    }
    assert all(j.css_first("a.mark") is None for j in joiners)


def test_marks_overlapping_ranges_both_show() -> None:
    text = "Revenue of 5 billion yuan in 2023 rose."
    money, date = mark(11, 33, "MONEY", "m1"), mark(29, 33, "DATE", "m2")
    html = render_marks(text, [date, money])
    tokens = parse(html).css("span.tok")
    assert [t.text(deep=False) for t in tokens] == ["5 billion yuan in ", "2023"]
    # the shared piece has both bars stacked, the DATE one below the MONEY one
    bars = [b.attributes["style"] for b in tokens[1].css(".bar")]
    assert bars == [
        "background:var(--label-MONEY);top:40px",
        "background:var(--label-DATE);top:57px",
        "background:var(--label-DATE);top:57px",
    ]
    assert [c.attributes["id"] for c in parse(html).css("a.mark")] == ["m1", "m2"]
    assert shown_lines(html) == [text]


def test_marks_escape_the_text_and_the_tooltips() -> None:
    text = 'Up <script>alert(1)</script> 5% & "more" <img src=x onerror=alert(2)>'
    at = text.index("5%")
    html = render_marks(text, [Mark(at, at + 2, "PERCENT", 'm1"><b', "#fc0", "<b>bold</b>")])
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    tree = parse(html)
    assert tree.css("script") == [] and tree.css("img") == [] and tree.css("b") == []
    chip = tree.css_first("a.mark")
    assert chip.attributes["id"] == 'm1"><b'
    assert chip.css_first(".tip").text() == "<b>bold</b>"
    assert shown_lines(html) == [" ".join(text.split())]


def test_marks_one_block_per_line_and_blank_lines_kept() -> None:
    text = "Title 5%\n\nBody rose 2%.\nLast line"
    html = render_marks(text, [mark(6, 8, "PERCENT", "m1"), mark(20, 22, "PERCENT", "m2")])
    assert shown_lines(html) == ["Title 5%", "", "Body rose 2%.", "Last line"]


def test_marks_a_mark_across_a_line_break_keeps_its_lines_together() -> None:
    text = "Sales of 150 billion\nyuan rose\nEnd"
    html = render_marks(text, [mark(9, 25, "MONEY", "m1")])
    assert shown_lines(html) == ["Sales of 150 billion yuan rose", "End"]
    assert len(parse(html).css("a.mark")) == 1


def test_marks_a_line_with_many_marks_is_cut_into_blocks() -> None:
    # time grows with tokens x marks per block: a long line is cut after every 100th mark
    text = " ".join(f"{i}%" for i in range(250))
    marks, at = [], 0
    for i, word in enumerate(text.split(" ")):
        marks.append(mark(at, at + len(word), "PERCENT", f"m{i + 1}"))
        at += len(word) + 1
    html = render_marks(text, marks)
    blocks = parse(html).css("div.spans")
    assert [len(b.css("a.mark")) for b in blocks] == [MARKS_PER_BLOCK, MARKS_PER_BLOCK, 50]
    assert " ".join(shown_lines(html)) == text


def test_marks_outside_the_text_are_left_out() -> None:
    html = render_marks("5% up", [mark(0, 2, "PERCENT", "m1"), mark(3, 9, "DATE", "m2")])
    assert [c.attributes["id"] for c in parse(html).css("a.mark")] == ["m1"]


def test_marks_status_is_a_class_and_the_chip_text() -> None:
    status = Mark(0, 2, "PERCENT", "g1", "var(--status-missed)", "t", "missed", "PERCENT · missed")
    chip = parse(render_marks("5% up", [status])).css_first("a.mark")
    assert chip.attributes["class"] == "mark missed"
    assert chip.attributes["data-status"] == "missed"
    assert chip.text(deep=False) == "PERCENT · missed"
