"""Write the JSONL of the three identity-check inputs, to compare two revisions byte for byte.

A speed change must not change any record. Run this in the revision before the change and in the
one after, each into its own folder, then compare::

    python -m benchmarks.identity /tmp/before     # in the old checkout
    python -m benchmarks.identity /tmp/after      # in the new one
    cmp /tmp/before/corpus.jsonl /tmp/after/corpus.jsonl   # and synthetic.jsonl, fuzz.jsonl
    diff /tmp/before/fuzz.errors /tmp/after/fuzz.errors     # the documents that failed, if any

The inputs are the bundled corpus, its scale-up with varied figures (``benchmarks/data.py``,
3,000 documents by default) and 1,500 fuzz documents (``data.fuzz_texts``), all rebuilt the same
way every time.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from benchmarks import data


@click.command()
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--synthetic", default=3_000, show_default=True, help="Scale-up documents.")
@click.option("--fuzz", default=1_500, show_default=True, help="Fuzz documents.")
@click.option("--jobs", default="2", show_default=True, help="Passed to extractor extract.")
def main(out: Path, synthetic: int, fuzz: int, jobs: str) -> None:
    """Extract the corpus, the scale-up and the fuzz set into OUT/{corpus,synthetic,fuzz}.jsonl."""
    docs, _ = data.corpus_docs()
    texts = [data.Text(doc.gold.doc_id, doc.text) for doc in docs]
    inputs = {
        "corpus": data.CORPUS / "articles",
        "synthetic": data.write_folder(
            data.scale_up(texts, synthetic), out / "inputs" / "synthetic"
        ),
        "fuzz": data.write_folder(
            data.fuzz_texts([t.text for t in texts], fuzz), out / "inputs" / "fuzz"
        ),
    }
    for name, folder in inputs.items():
        target = out / f"{name}.jsonl"
        target.unlink(missing_ok=True)
        command = [sys.executable, "-m", "extractor.cli", "extract", str(folder), "-o", str(target)]
        # a document that fails is part of the output to compare (its error line, the exit
        # code), not a reason to stop before the other inputs
        done = subprocess.run([*command, "--jobs", jobs], capture_output=True, text=True)
        errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        (out / f"{name}.errors").write_text("".join(f"{line}\n" for line in errors))
        if done.returncode not in (0, 1):  # 1: some documents failed, the rest written
            raise click.ClickException(f"{name}: exit {done.returncode}\n{done.stderr[-2000:]}")
        click.echo(f"{name}: {target} (exit {done.returncode}, {len(errors)} failed documents)")


if __name__ == "__main__":
    main()
