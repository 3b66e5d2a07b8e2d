"""Parquet output: the schema derived from the records, rows that say what the JSONL says, row
groups written as the run goes, values the schema cannot hold, and DuckDB over the files."""

from __future__ import annotations

import json
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.errors import Errors
from extractor.io import parquet
from extractor.io.batch import BatchOptions, run_batch
from extractor.io.output import Rendered

S, N, D = pa.string(), pa.int64(), pa.decimal128(38, 9)
EXPECTED_COLUMNS = [
    # ARTICLE
    ("label", S), ("doc_id", S), ("title", S), ("date", S), ("date_raw", S), ("source", S),
    ("url", S), ("encoding", S), ("chars", N), ("mentions", N), ("facts", N), ("content_sha256", S),
    # every mention; source is the publisher for ARTICLE, the provenance object for the rest
    ("id", S), ("text", S), ("start", N), ("end", N), ("sentence_start", N), ("sentence_end", N),
    ("source_component", S), ("source_pattern", S),
    # MONEY
    ("amount", D), ("currency", S), ("currency_candidates", pa.list_(S)), ("qualifier", S),
    ("min", D), ("max", D), ("per", S), ("equivalent_of", S),
    # PERCENT, then DATE, whose value is a string and so gets its label as a prefix
    ("value", D), ("unit", S), ("direction", S), ("date_value", S), ("resolved", S),
    # FACT
    ("kind", S), ("basis", S),
    ("value_id", S), ("value_label", S), ("value_text", S), ("value_start", N), ("value_end", N),
    ("value_amount", D), ("value_currency", S), ("value_currency_candidates", pa.list_(S)),
    ("value_qualifier", S), ("value_min", D), ("value_max", D), ("value_per", S),
    ("value_value", D), ("value_unit", S), ("value_direction", S),
    ("metric_text", S), ("metric_start", N), ("metric_end", N),
    ("subject_text", S), ("subject_start", N), ("subject_end", N), ("subject_id", S),
    ("subject_label", S),
    ("period_value", S), ("period_text", S), ("period_start", N), ("period_end", N),
    ("period_id", S),
]  # fmt: skip

TEXTS = {
    "fact.txt": "Tongzhou's textile transactions rose 5 percent to over 150 billion yuan in 2023.\n",
    "range.txt": "Jiangsu Province\n\nIt cost ¥500 and 3-5 million dollars, said Li Wei.\n",
    "convert.txt": "Exports hit 150 billion yuan ($20.9 billion) as GDP grew 5.2 percent in 2023.\n",
    "none.txt": "Nothing to see here.\n",
}


def write_texts(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_parquet_schema_is_derived_from_the_records() -> None:
    assert [(f.name, f.type) for f in parquet.SCHEMA] == EXPECTED_COLUMNS
    assert all(f.nullable for f in parquet.SCHEMA)


def json_with_decimals(record: dict[str, Any]) -> dict[str, Any]:
    """A JSONL record with the values of decimal columns as ``Decimal`` (JSON has strings)."""

    def convert(obj: dict[str, Any], prefix: tuple[str, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in obj.items():
            path = (*prefix, key)
            if isinstance(value, dict):
                out[key] = convert(value, path)
            elif value is not None and parquet.column_of(record["label"], path).type == D:
                out[key] = Decimal(value)
            else:
                out[key] = value
        return out

    return convert(record, ())


def test_parquet_rows_say_what_the_jsonl_says(tmp_path: Path) -> None:
    folder = write_texts(tmp_path / "in", TEXTS)
    jsonl, table = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    run_batch([str(folder)], jsonl)
    run_batch([str(folder)], table, BatchOptions(fmt="parquet"))
    records = [json.loads(line) for line in jsonl.read_text().splitlines()]
    rows = pq.read_table(table).to_pylist()
    assert [r["label"] for r in rows] == [r["label"] for r in records]
    assert {r["label"] for r in rows} >= {"ARTICLE", "MONEY", "PERCENT", "DATE", "GPE", "FACT"}
    for record, row in zip(records, rows, strict=True):
        assert parquet.row_record(row) == json_with_decimals(record)
    # Spot checks of the flattening, by hand.
    fact = next(r for r in rows if r["label"] == "FACT" and r["value_label"] == "MONEY")
    assert (fact["doc_id"], fact["value_amount"], fact["value_currency"]) == (
        "convert.txt", Decimal("150000000000"), "CNY"
    )  # fmt: skip
    assert fact["value_value"] is None and fact["amount"] is None
    cny = next(r for r in rows if r["text"] == "¥500")
    assert (cny["amount"], cny["currency"], cny["currency_candidates"]) == (
        Decimal(500), None, ["CNY", "JPY"]
    )  # fmt: skip
    span = next(r for r in rows if r["text"] == "3-5 million dollars")
    assert (span["amount"], span["min"], span["max"]) == (None, Decimal(3000000), Decimal(5000000))
    date = next(r for r in rows if r["label"] == "DATE")
    assert (date["date_value"], date["value"]) == ("2023", None)


def test_parquet_row_groups_are_written_as_the_run_goes() -> None:
    stream = BytesIO()
    table = parquet.RecordTable(stream, row_group_rows=3)
    article = json.dumps({"label": "ARTICLE", "doc_id": "a", "chars": 1, "mentions": 0,
                          "facts": 0, "content_sha256": "0" * 64})  # fmt: skip
    for i in range(4):
        table.write(Rendered([article, article], []))
        if i == 1:  # 4 rows came: written as one group, none held back
            assert (table.rows, stream.getvalue()[:4]) == ([], b"PAR1")
            written = stream.tell()
    assert stream.tell() > written
    table.close()
    stream.seek(0)
    assert [g.num_rows for g in _row_groups(stream)] == [4, 4]


def _row_groups(stream: BytesIO) -> list[Any]:
    meta = pq.ParquetFile(stream).metadata
    return [meta.row_group(i) for i in range(meta.num_row_groups)]


@pytest.mark.parametrize(
    ("text", "column", "value"),
    [
        ("Debt hit $123456789012345678901234567890 last year.", "amount",
         "123456789012345678901234567900"),
        ("Rates rose 5.1234567891 percent.", "value", "5.1234567891"),
    ],
    ids=["30-digit-amount", "10-decimal-places"],
)  # fmt: skip
def test_parquet_value_it_cannot_hold_fails_its_document(
    text: str, column: str, value: str, tmp_path: Path
) -> None:
    folder = write_texts(tmp_path / "in", {"a.txt": TEXTS["fact.txt"], "b.txt": text})
    out, errors = tmp_path / "out.parquet", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        main, ["extract", str(folder), "-o", str(out), "--errors", str(errors)]
    )
    reason = Errors.E041.format(path=folder / "b.txt", doc_id="b.txt", column=column, value=value)
    assert result.exit_code == 1
    assert f"error: {reason}\n" in result.stderr
    assert [json.loads(line) for line in errors.read_text().splitlines()] == [
        {"path": str(folder / "b.txt"), "reason": reason}
    ]
    assert (
        "1 processed, 0 resumed, 0 empty, 0 skipped (unknown extension), 1 failed" in result.stderr
    )
    assert set(pq.read_table(out).column("doc_id").to_pylist()) == {"a.txt"}
    # The largest value that fits goes in exactly.
    fits = {"label": "PERCENT", "doc_id": "c", "value": "99999999999999999999999999999.999999999"}
    assert parquet.record_row(fits)["value"] == Decimal("99999999999999999999999999999.999999999")


def test_parquet_suffix_and_format_option(tmp_path: Path) -> None:
    folder = write_texts(tmp_path / "in", {"a.txt": TEXTS["fact.txt"]})
    runner = CliRunner()
    assert (
        runner.invoke(main, ["extract", str(folder), "-o", str(tmp_path / "a.parquet")]).exit_code
        == 0
    )
    assert (tmp_path / "a.parquet").read_bytes()[:4] == b"PAR1"
    assert not (tmp_path / "a.parquet.partial").exists()
    args = ["extract", str(folder), "-o", str(tmp_path / "b.parquet"), "--format", "jsonl"]
    assert runner.invoke(main, args).exit_code == 0
    assert json.loads((tmp_path / "b.parquet").read_text().splitlines()[0])["label"] == "ARTICLE"
    args = ["extract", str(folder), "-o", str(tmp_path / "c.out"), "--format", "parquet"]
    assert runner.invoke(main, args).exit_code == 0
    assert pq.read_table(tmp_path / "c.out").equals(pq.read_table(tmp_path / "a.parquet"))


LARGEST_CNY = """
    SELECT doc_id, amount FROM read_parquet(?)
    WHERE label = 'MONEY' AND currency = 'CNY' AND amount IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY amount DESC) <= 10
    ORDER BY doc_id, amount DESC
"""
GDP_FACTS = """
    SELECT doc_id, id, metric_text, kind, value_text, coalesce(value_value, value_amount)
    FROM read_parquet(?) WHERE label = 'FACT' AND metric_text ILIKE '%GDP%'
    ORDER BY doc_id, id
"""


def number(value: dict[str, Any]) -> Decimal | None:
    """A FACT's value as a number: the percentage or the amount (None for a range)."""
    figure = value["value"] if value["label"] == "PERCENT" else value["amount"]
    return None if figure is None else Decimal(figure)


def test_parquet_run_that_stops_early_leaves_nothing(tmp_path: Path) -> None:
    # An unfinished Parquet file cannot be resumed: the run removes it and says nothing is left.
    folder = write_texts(tmp_path / "in", {"a.txt": TEXTS["fact.txt"]})
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "c.txt").write_text(TEXTS["convert.txt"], encoding="utf-8")
    out = tmp_path / "facts.parquet"
    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out), "--fail-fast"])
    assert result.exit_code == 1
    assert f"{out} is unchanged, nothing was written" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    args = ["extract", str(folder), "-o", str(out), "--resume"]
    assert CliRunner().invoke(main, args).exit_code == 2  # E046


def test_parquet_duckdb_queries_match_the_jsonl(corpus_dir: Path, tmp_path: Path) -> None:
    inputs = [str(corpus_dir / "articles" / "cn")]
    jsonl, table = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    run_batch(inputs, jsonl)
    run_batch(inputs, table, BatchOptions(fmt="parquet"))
    records = [json.loads(line) for line in jsonl.read_text().splitlines()]

    money: dict[str, list[Decimal]] = {}
    for r in records:
        if r["label"] == "MONEY" and r["currency"] == "CNY" and r["amount"] is not None:
            money.setdefault(r["doc_id"], []).append(Decimal(r["amount"]))
    largest = [(d, a) for d in sorted(money) for a in sorted(money[d], reverse=True)[:10]]
    gdp = [
        (
            r["doc_id"],
            r["id"],
            r["metric"]["text"],
            r["kind"],
            r["value"]["text"],
            number(r["value"]),
        )
        for r in records
        if r["label"] == "FACT" and "gdp" in r["metric"]["text"].lower()
    ]
    gdp.sort(key=lambda fact: (fact[0], fact[1]))

    with duckdb.connect() as db:
        assert db.execute(LARGEST_CNY, [str(table)]).fetchall() == largest
        assert db.execute(GDP_FACTS, [str(table)]).fetchall() == gdp
    assert len(largest) >= 50 and len(gdp) >= 5  # the queries have something to find
