"""Optional extras: a local run imports none of them; a run that needs a missing one says which
packages to install."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.errors import Errors
from extractor.io import extras

OPTIONAL = ("dask", "distributed", "fsspec", "pyarrow", "duckdb")
LOCAL_RUN = """
import json, sys
from extractor.cli import main
try:
    main(["extract", sys.argv[1], "-o", sys.argv[2], "-q"])
except SystemExit as exc:
    code = exc.code
optional = sys.argv[3].split(",")
print(json.dumps({"code": code, "modules": sorted(
    name for name in sys.modules if name.split(".")[0] in optional
)}))
"""


def test_extras_local_run_imports_no_optional_package(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Exports rose 5.8 pct to 150 billion yuan in 2023.\n")
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", LOCAL_RUN, str(tmp_path / "in"), str(out), ",".join(OPTIONAL)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert json.loads(done.stdout) == {"code": 0, "modules": []}
    assert [json.loads(line)["label"] for line in out.read_text().splitlines()][:3] == [
        "ARTICLE", "PERCENT", "MONEY",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("extra", "args", "feature"),
    [
        ("parquet", ["-o", "{tmp}/out.parquet"], "Parquet output"),
        ("dask", ["-o", "{tmp}/out", "--scheduler", "local:1"], "Running on a Dask cluster (--scheduler)"),
    ],
    ids=["parquet", "dask"],
)  # fmt: skip
def test_extras_missing_package_names_the_extra(
    extra: str, args: list[str], feature: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(extras.EXTRAS, extra, (*extras.EXTRAS[extra], "no_such_module_xyz"))
    (tmp_path / "a.txt").write_text("Profit was 7 million euros.\n")
    argv = ["extract", str(tmp_path / "a.txt"), *(a.format(tmp=tmp_path) for a in args)]
    result = CliRunner().invoke(main, argv)
    message = Errors.E042.format(feature=feature, packages="no_such_module_xyz", extra=extra)
    assert (result.exit_code, result.stderr) == (1, f"Error: {message}\n")
    assert not list(tmp_path.glob("out*"))
