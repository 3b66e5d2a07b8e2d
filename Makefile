# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint schemas evaluate bench bench-distributed screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Extract facts from the bundled corpus into out/facts.jsonl and print the summary.
run: $(STAMP)
	mkdir -p out
	$(BIN)/extractor extract corpus/articles -o out/facts.jsonl --errors out/errors.jsonl

## The whole test suite: unit, property, CLI, corpus validation and the regression gate.
test: $(STAMP)
	$(BIN)/pytest
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

## Scores on the corpus, per label and group.
evaluate: $(STAMP)
	$(BIN)/extractor evaluate corpus

schemas: $(STAMP)
	$(BIN)/extractor schemas --out schemas

## The review sites of the corpus in out/, and the README's screenshots of them in docs/.
screenshots: $(STAMP)
	$(BIN)/extractor review corpus/articles -o out/review --quiet
	$(BIN)/extractor evaluate corpus --html out/evaluation > /dev/null
	$(BIN)/python docs/screenshots.py out/review out/evaluation docs

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

## The local path against --scheduler local:1 / local:2 on 10,000 documents: benchmarks/DISTRIBUTED.md
bench-distributed: $(STAMP)
	$(BIN)/python -m benchmarks.distributed

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
