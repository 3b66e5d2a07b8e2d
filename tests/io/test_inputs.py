"""Reading inputs: JSONL records, standard input, HTML, ids, walking folders, encodings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from extractor.io.inputs import (
    Document,
    Failure,
    InputFile,
    Selection,
    Skipped,
    Stdin,
    decode,
    detect_format,
    find_inputs,
    html_to_text,
    read_document,
    read_stream,
)

ARTICLE = "Jiangsu exports rose 5.8 pct to 150 billion yuan in 2023.\n"


def ids(found: list[object]) -> list[object]:
    """What the inputs found are, briefly: ids of files, the class and path of the rest."""
    return [
        f.doc_id if isinstance(f, InputFile | Stdin) else (type(f).__name__, Path(str(f.path)).name)  # type: ignore[attr-defined]
        for f in found
    ]


# JSONL


def test_inputs_jsonl_lines_split_on_newline_only(tmp_path: Path) -> None:
    texts = ["Sales\u2028rose 5%.", "Costs\u2029fell.", "Net\x85income.", "Page\x0cbreak."]
    path = tmp_path / "items.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    documents = read_document(path, "items.jsonl")
    assert [(d.doc_id, d.text) for d in documents] == [  # type: ignore[union-attr]
        (f"items.jsonl#{i}", text) for i, text in enumerate(texts)
    ]


def test_inputs_jsonl_bad_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(
        '{"id": "a", "text": "Profit rose 5%."}\n'
        "{broken\n"
        '{"id": "c", "title": "no text"}\n'
        "[1, 2]\n"
        '{"id": "e", "text": "Costs fell 2%.", "date": "2024-01-23"}\n'
    )
    documents = read_document(path, "items.jsonl")
    assert documents == [
        Document("items.jsonl#a", "Profit rose 5%.", {"encoding": "utf-8"}, str(path)),
        Failure(f"{path}:2", f"[E014] {path}, line 2: invalid JSON (Expecting property name enclosed in double quotes)."),
        Failure(f"{path}:3", f"[E015] {path}, line 3: the object has no string field 'text'."),
        Failure(f"{path}:4", f"[E015] {path}, line 4: the object has no string field 'text'."),
        Document("items.jsonl#e", "Costs fell 2%.", {"encoding": "utf-8", "date": "2024-01-23"}, str(path)),
    ]  # fmt: skip


def test_inputs_json_array_bad_element_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text('[{"text": "Sales rose 5%."}, {"text": 7}]')
    documents = read_document(path, "items.json")
    assert [type(d).__name__ for d in documents] == ["Document", "Failure"]
    assert documents[1] == Failure(
        f"{path}:2", f"[E015] {path}, line 2: the object has no string field 'text'."
    )


# Standard input and formats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><p>Hi</p>", "html"),
        ("  <p>Profit rose 5%.</p>", "html"),
        ('{"text": "Profit rose 5%."}', "json"),
        ('[{"text": "a"}, {"text": "b"}]', "json"),
        ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("{Draft} Profit rose 5%.", "txt"),
        ("Profit rose to <5%.", "txt"),
        ("Profit rose 5%.", "txt"),
    ],
)
def test_inputs_detect_format(text: str, expected: str) -> None:
    assert detect_format(text) == expected


def test_inputs_read_stream_in_each_format() -> None:
    html = b"<html><body><article><h1>Head</h1><p>Profit was <b>$5 million</b>.</p></article>"
    (document,) = read_stream(io.BytesIO(html), "page", "auto")
    assert isinstance(document, Document)
    assert (document.doc_id, document.text, document.metadata) == (
        "page", "Head\n\nProfit was $5 million.", {"encoding": "utf-8", "title": "Head"},
    )  # fmt: skip
    # Forced to text, the same bytes are the text.
    (raw,) = read_stream(io.BytesIO(html), "page", "txt")
    assert isinstance(raw, Document) and raw.text == html.decode()
    lines = b'{"id": 1, "text": "A rose 5%."}\n{"id": 2, "text": "B fell 2%."}\n'
    assert [d.doc_id for d in read_stream(io.BytesIO(lines), "feed", "auto")] == [  # type: ignore[union-attr]
        "feed#1",
        "feed#2",
    ]


# HTML


def test_inputs_html_table_cells_and_blocks_are_separated() -> None:
    html = (
        "<html><body><div>Intro<p>First para.</p>Tail</div>"
        "<table><tr><th>Year</th><th>Growth</th></tr>"
        "<tr><td>2023</td><td>5.8%</td></tr></table></body></html>"
    )
    text, _ = html_to_text(html)
    assert text == "Intro\n\nFirst para.\n\nTail\n\nYear\tGrowth\n\n2023\t5.8%"


def test_inputs_html_article_header_stays_page_header_goes() -> None:
    html = (
        "<html><head><title>Exports rise 5% | Daily News</title></head><body>"
        "<header><h1>Daily News</h1><nav>Home</nav></header>"
        "<article><header><h1>Exports rise 5%</h1><p>Jan. 23, 2024</p></header>"
        "<p>Exports rose 5 percent.</p></article>"
        "<footer>© Daily News</footer></body></html>"
    )
    text, metadata = html_to_text(html)
    assert text == "Exports rise 5%\n\nJan. 23, 2024\n\nExports rose 5 percent."
    assert metadata == {"title": "Exports rise 5%"}


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ("<title>Exports rise 5% | Daily News</title>", "<p>x</p>", "Exports rise 5%"),
        (
            '<meta property="og:site_name" content="Daily News">'
            "<title>Daily News - Exports rise 5% in May</title>",
            "<p>x</p>",
            "Exports rise 5% in May",
        ),
        ("<title>Q3 | Example Daily News</title>", "<p>x</p>", "Q3"),
        (
            '<meta property="og:site_name" content="Daily News">'
            "<title>Markets - Exports rise - Daily News</title>",
            "<p>x</p>",
            "Markets - Exports rise",
        ),
        (
            '<meta property="og:title" content="Exports rise 5%"><title>Daily News</title>',
            "<p>x</p>",
            "Exports rise 5%",
        ),
        ("<title>T | Site</title>", "<h1>The headline</h1><p>x</p>", "The headline"),
    ],
    ids=["title-site-last", "title-site-first", "short", "site-name-known", "og-title", "h1"],
)
def test_inputs_html_title_is_the_headline(head: str, body: str, title: str) -> None:
    _, metadata = html_to_text(f"<html><head>{head}</head><body>{body}</body></html>")
    assert metadata["title"] == title


def test_inputs_html_metadata_date_and_url() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-01-23T08:00:00+08:00">'
        '<link rel="canonical" href="https://example.com/a"></head><body><p>x</p></body></html>'
    )
    assert html_to_text(html)[1] == {
        "date": "2024-01-23T08:00:00+08:00",
        "url": "https://example.com/a",
    }


# Ids, duplicates, walking


def test_inputs_ids_are_relative_to_the_common_folder(tmp_path: Path) -> None:
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(ARTICLE)
    found = find_inputs([str(tmp_path / "d1" / "x.txt"), str(tmp_path / "d2" / "x.txt")])
    assert ids(found) == ["d1/x.txt", "d2/x.txt"]
    # One folder: ids relative to it; one file: its name.
    assert ids(find_inputs([str(tmp_path / "d1")])) == ["x.txt"]
    assert ids(find_inputs([str(tmp_path / "d2" / "x.txt")])) == ["x.txt"]
    assert ids(find_inputs([str(tmp_path / "d1"), str(tmp_path / "d2")])) == [
        "d1/x.txt",
        "d2/x.txt",
    ]


def test_inputs_a_file_given_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    a = str(tmp_path / "a.txt")
    found = find_inputs([a, str(tmp_path), a, "-", "-"])
    assert ids(found) == ["a.txt", "b.txt", "-"]


def test_inputs_walk_skips_hidden_files_and_folders(tmp_path: Path) -> None:
    for name in (".git/config.txt", ".venv/lib/a.txt", "._x.txt", "sub/.hidden.md", "sub/y.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE)
    (tmp_path / "x.txt").write_text(ARTICLE)
    assert ids(find_inputs([str(tmp_path)])) == ["sub/y.txt", "x.txt"]
    # A hidden file given by name is read.
    assert ids(find_inputs([str(tmp_path / "._x.txt")])) == ["._x.txt"]


def test_inputs_walk_follows_linked_folders_once(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.txt").write_text(ARTICLE)
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "s.txt").write_text(ARTICLE)
    (root / "linked").symlink_to(outside)
    (root / "again").symlink_to(outside)
    (root / "sub" / "up").symlink_to(root)  # a loop
    found = find_inputs([str(root)])
    assert ids(found) == [
        "again/o.txt", ("Skipped", "linked"), "sub/s.txt", ("Skipped", "up"),
    ]  # fmt: skip
    assert found[1] == Skipped(str(root / "linked"), "a link to a folder already walked")


def test_inputs_include_and_exclude_globs(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "drafts/c.txt", "news/d.txt", "news/e.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE)
    walk = [str(tmp_path)]
    assert ids(find_inputs(walk, Selection(include=("*.txt",)))) == [
        "a.txt", "drafts/c.txt", "news/d.txt",
    ]  # fmt: skip
    assert ids(find_inputs(walk, Selection(exclude=("drafts",)))) == [
        "a.txt", "b.md", "news/d.txt", "news/e.html",
    ]  # fmt: skip
    assert ids(find_inputs(walk, Selection(include=("news/*",), exclude=("*.html",)))) == [
        "news/d.txt"
    ]


# Encodings


def test_inputs_forced_encoding_is_used_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Müller’s firm lost €5 million.".encode("cp1252"))
    (latin,) = read_document(path, "a.txt", encoding="latin-1")
    assert isinstance(latin, Document)
    assert latin.metadata == {"encoding": "iso8859-1"}
    assert latin.text == "Müller\x92s firm lost \x805 million."
    (detected,) = read_document(path, "a.txt")
    assert isinstance(detected, Document)
    assert (detected.text, detected.metadata) == (
        "Müller’s firm lost €5 million.",
        {"encoding": "cp1252"},
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Zoë Müller’s €2.5 billion “deal”".encode("cp1252"), "cp1252"),
        ("Nordwind pledges €2.5 billion for grids.".encode("cp1252"), "cp1252"),
        ("江苏省 2023 年外贸进出口总额达到 5.25 万亿元，同比增长 5.8%。".encode("gbk"), "gb18030"),
        ("Москва: экспорт вырос на 5%".encode("cp1251"), "cp1251"),
        ("Exports rose 5%, said Zoë.".encode(), "utf-8"),
        ("\ufeffExports".encode(), "utf-8-sig"),
    ],
    ids=["cp1252", "cp1252-euro", "gbk", "cp1251", "utf-8", "utf-8-bom"],
)
def test_inputs_decode_reports_the_encoding(data: bytes, expected: str) -> None:
    assert decode(data, "x")[1] == expected
