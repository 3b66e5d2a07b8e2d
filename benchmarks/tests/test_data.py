import random
import re

import pytest

from benchmarks.data import (
    PATHOLOGICAL,
    Text,
    fuzz_texts,
    pathological_text,
    scale_up,
    vary_numbers,
    word_count,
    write_folder,
)

FIGURES = re.compile(r"\d+(?:[.,]\d+)*")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("GDP grew in 2023 and in 1998.", ["2023", "1998"]),
        ("Q3 revenue, G20 summit, H1 results", []),
    ],
    ids=["years", "glued-to-letters"],
)
def test_data_vary_numbers_keeps_years_and_names(text: str, kept: list[str]) -> None:
    varied = vary_numbers(text, random.Random(0))
    for figure in kept:
        assert figure in varied
    assert re.sub(r"\d", "#", varied) == re.sub(r"\d", "#", text) or not kept


def test_data_vary_numbers_keeps_the_shape_of_each_figure() -> None:
    text = "Sales of 1,234.56 million yuan (US$171.9 million), up 12.5 percent on Jan. 23"
    varied = vary_numbers(text, random.Random(3))
    assert varied != text
    assert [re.sub(r"\d", "#", f) for f in FIGURES.findall(varied)][:3] == [
        "#,###.##",
        "###.#",
        "##.#",
    ]
    assert re.sub(r"\d", "", varied) == re.sub(r"\d", "", text)


def test_data_vary_numbers_never_makes_a_figure_year_shaped() -> None:
    # Four-digit table figures would otherwise become years ("2003.10") about one time in 45.
    rng = random.Random(7)
    for _ in range(2000):
        varied = vary_numbers("Tertiary industry 9985.37", rng)
        assert not re.search(r"\b(19|20)\d\d\.", varied)


def test_data_scale_up_is_deterministic_and_starts_with_the_corpus() -> None:
    texts = [Text("cn/a.txt", "Exports rose 5.8 pct."), Text("intl/b.txt", "Sales hit $1.2bn.")]
    first, second = scale_up(texts, 5), scale_up(texts, 5)
    assert first == second
    assert [t.text for t in first[:2]] == [t.text for t in texts]
    assert [t.doc_id for t in first] == [
        "00000-a.txt",
        "00001-b.txt",
        "00002-a.txt",
        "00003-b.txt",
        "00004-a.txt",
    ]
    assert first[2].text != texts[0].text


def test_data_write_folder_replaces_the_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "docs"
    write_folder([Text("a.txt", "one"), Text("b.txt", "two")], folder)
    write_folder([Text("c.txt", "three")], folder)
    assert sorted(p.name for p in folder.iterdir()) == ["c.txt"]


@pytest.mark.parametrize("kind", sorted(PATHOLOGICAL))
@pytest.mark.parametrize("kb", [1, 125])
def test_data_pathological_text_has_the_requested_size(kind: str, kb: int) -> None:
    text = pathological_text(kind, kb)
    assert len(text) == kb * 1024
    assert "\n" not in text


def test_data_word_count_splits_on_whitespace() -> None:
    assert word_count(["a b\nc", "  d  "]) == 4


def test_fuzz_texts_are_the_same_every_time_and_mix_odd_forms() -> None:
    corpus = ["Exports rose 5.8 pct to 150 billion yuan. Imports fell 3 percent."]
    first, again = fuzz_texts(corpus, 30), fuzz_texts(corpus, 30)
    assert first == again
    joined = " ".join(t.text for t in first)
    assert "Exports rose" in joined or "EXPORTS ROSE" in joined or "exports rose" in joined
    assert any(c in joined for c in "\u212a\u017f\u0130\u0131")
