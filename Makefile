# signaalbot — see README.md. `make demo` and `make test` are all a fresh machine needs.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo demo-live test test-fast lint typecheck bench bench-roundtrip bench-privacy bench-parse bench-hotspots train-categories clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "signaalbot needs Python 3.11 (set PYTHON=...)"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	# Build the privacy gate's word-list cache now, so the first start is fast.
	$(BIN)/python -m nlp.lexicon
	touch $(STAMP)

## install: create .venv with the bot, the embedded homeserver and the test tools (pinned)
install: $(STAMP)

## demo: local Synapse + bot + scripted street workers; prints what everyone saw, then exits
demo: install
	$(BIN)/signaalbot demo

## demo-live: the demo, kept running so you can log in with Element or any Matrix client
demo-live: install
	$(BIN)/signaalbot dev

## test: lint, type check and the whole test suite (unit, PostgreSQL, Synapse, crash test)
test: install lint typecheck
	$(BIN)/python -m pytest

## test-fast: unit tests only (no Synapse)
test-fast: install
	$(BIN)/python -m pytest tests/unit

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

## train-categories: retrain the shipped category classifier (nlp/data/category_model.npz)
train-categories: install
	$(BIN)/python -m nlp.understanding.category_train

## bench: print the benchmark and evaluation figures (not tests)
bench: bench-privacy bench-parse bench-hotspots bench-roundtrip

bench-roundtrip: install
	$(BIN)/python benchmarks/roundtrip.py

bench-privacy: install
	$(BIN)/python benchmarks/eval_privacy.py
	$(BIN)/python benchmarks/eval_privacy.py tests/data/blind/privacy.jsonl
	$(BIN)/python benchmarks/scrub_throughput.py

bench-hotspots: install
	$(BIN)/python benchmarks/hotspots_sim.py

bench-parse: install
	$(BIN)/python benchmarks/eval_parse.py
	$(BIN)/python benchmarks/eval_parse.py --invented tests/data/blind/parse.jsonl --set invented
	$(BIN)/python benchmarks/parse_throughput.py

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache *.egg-info
