"""`extractor extract` and `extractor evaluate` through click's CliRunner, on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main

ARTICLE = "Jiangsu exports rose 5.8 pct to 150 billion yuan in 2023.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "sub" / "gbk.txt").write_bytes(
        "江苏 exports hit 150 billion yuan, up 5.8 percent.".encode("gbk")
    )
    (root / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "notes.xyz").write_text("ignored")
    (root / "page.html").write_text(
        "<html><head><title>T</title><script>var x = '$9 billion';</script></head>"
        "<body><nav>Home</nav><p>Profit was <b>$5 million</b>.</p></body></html>"
    )
    (root / "items.jsonl").write_text(
        json.dumps({"id": "n1", "text": ARTICLE, "title": "T1"}) + "\n{broken\n"
    )
    return root


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_cli_extract_folder(folder: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        main, ["extract", str(folder), "-o", str(out), "--errors", str(errors)]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 1  # some documents failed
    rows = records(out)
    articles = [r["doc_id"] for r in rows if r["label"] == "ARTICLE"]
    assert articles == ["a.txt", "page.html", "sub/gbk.txt", "utf16.txt"]
    money = {
        (r["doc_id"], r["text"], r["amount"], r["currency"]) for r in rows if r["label"] == "MONEY"
    }
    assert money == {
        ("a.txt", "150 billion yuan", "150000000000", "CNY"),
        ("sub/gbk.txt", "150 billion yuan", "150000000000", "CNY"),
        ("utf16.txt", "150 billion yuan", "150000000000", "CNY"),
        ("page.html", "$5 million", "5000000", "USD"),
    }
    failed = {Path(r["path"]).name: r["reason"] for r in records(errors)}
    assert set(failed) == {"image.txt", "items.jsonl"}
    assert "E011" in failed["image.txt"] and "E014" in failed["items.jsonl"]
    assert "1 empty, 1 skipped" in result.stderr
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_cli_extract_jsonl_metadata(tmp_path: Path) -> None:
    src = tmp_path / "items.jsonl"
    src.write_text(
        json.dumps({"id": "n1", "text": ARTICLE, "title": "T1", "url": "https://x"}) + "\n"
    )
    result = CliRunner().invoke(main, ["extract", str(src), "--quiet"])
    assert result.exit_code == 0
    first = json.loads(result.stdout.splitlines()[0])
    assert (first["doc_id"], first["title"], first["url"]) == ("items.jsonl#n1", "T1", "https://x")


def test_cli_extract_stdin() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "-q"], input=ARTICLE)
    assert result.exit_code == 0
    assert [json.loads(line)["label"] for line in result.stdout.splitlines()] == [
        "ARTICLE", "GPE", "PERCENT", "MONEY", "DATE",
    ]  # fmt: skip


def test_cli_extract_max_bytes_rejects_large_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("1,000 " * 2000)
    result = CliRunner().invoke(main, ["extract", str(big), "--max-bytes", "1000", "-q"])
    assert result.exit_code == 1
    assert "E013" in result.stderr


def test_cli_extract_resume_keeps_one_copy(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    runner.invoke(main, ["extract", str(folder), "-o", str(out), "-q"])
    first = out.read_text()
    # Simulate a run killed mid-document: a partial file with one complete doc and a cut line.
    lines = first.splitlines(keepends=True)
    n = 1 + json.loads(lines[0])["mentions"]
    (tmp_path / "out.jsonl.partial").write_text("".join(lines[:n]) + lines[n][:10])
    out.unlink()
    result = runner.invoke(main, ["extract", str(folder), "-o", str(out), "--resume"])
    assert out.read_text() == first
    assert "1 resumed" in result.stderr


def test_cli_usage_error_exit_code() -> None:
    assert CliRunner().invoke(main, ["extract"]).exit_code == 2
    assert CliRunner().invoke(main, ["extract", "x", "--resume"]).exit_code == 2


def test_cli_evaluate_passes_gate(corpus_dir: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(corpus_dir), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)["scores"]
    assert set(scores) == {"all", "cn", "intl", "hard"}
    assert scores["all"]["value"]["MONEY"]["f"] >= 0.97
