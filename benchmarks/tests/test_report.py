from benchmarks.cli_runs import CliRun
from benchmarks.harness import Measurement
from benchmarks.pathological import SizeRun
from benchmarks.report import Results, SpeedRow, render, targets


def _results() -> Results:
    results = Results(
        plan="quick", machine={"date": "2026-01-01 00:00 UTC"}, corpus_docs=2, corpus_words=1000,
        corpus_problems=[], scale_docs=10, scale_words=5000, peer_docs=4, sections=["speed"],
        pathological_limit_s=10,
    )  # fmt: skip
    # words/s: extractor 10,000; en_core_web_sm 2,500; extractor + model 2,000
    for key, name, seconds in (
        ("extractor", "extractor (default)", 0.1),
        ("sm", "en_core_web_sm (full pipeline)", 0.4),
        ("extractor+sm", "extractor + en_core_web_sm", 0.5),
    ):
        m = Measurement(2, 1000, (seconds, seconds))
        results.speed[key] = SpeedRow(key, name, m, m)
    results.load_seconds = [1.4, 0.8, 0.9]
    results.import_seconds = [0.7, 0.7, 0.8]
    results.load_cold_seconds = [3.1, 2.9, 3.0]
    results.memory = [
        CliRun(10, 100, 1, 2.0, 300.0, 0, "documents: 10 processed"),
        CliRun(100, 1000, 1, 3.0, 305.0, 0, "documents: 100 processed"),
    ]
    results.pathological["digits"] = [
        SizeRun(kb, "ok", {"tokenizer": kb / 1000}) for kb in (125, 250, 500, 1024)
    ]
    return results


def test_report_targets_say_met_and_missed_with_numbers() -> None:
    verdicts = {target: (measured, met) for target, measured, met in targets(_results())}
    speed = next(v for k, v in verdicts.items() if k.startswith("default pipeline >= 20x"))
    assert speed == ("4.0x / 4.0x (corpus / scale-up (4 docs))", False)
    model = next(v for k, v in verdicts.items() if k.startswith("with en_core_web_sm"))
    assert model == ("1.25x / 1.25x slower (corpus / scale-up (4 docs))", True)
    assert verdicts["peak RSS < 400 MB"] == ("305 MB (largest, 100 docs)", True)
    quantulum = next(v for k, v in verdicts.items() if "quantulum3" in k)
    assert quantulum == ("—", None)
    digits = next(v for k, v in verdicts.items() if "digits" in k)
    assert digits[1] is True
    load = next(v for k, v in verdicts.items() if k.startswith("load time"))
    assert load == (
        "0.90 s (median of 3; the import before it 0.70 s; the first process, with an empty "
        "load cache, 3.00 s)",
        True,
    )


def test_report_render_has_every_measured_section() -> None:
    text = render(_results())
    for heading in ("## Targets", "## Machine", "## Speed", "## Memory", "## Pathological input"):
        assert heading in text
    assert "## Accuracy" not in text  # not measured, so not shown
    assert "**missed**" in text and "**met**" in text
