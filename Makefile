# QuoteTrail: `make run` serves the backend on the seed corpus, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8765

.DEFAULT_GOAL := help
.PHONY: help install run test lint format clean bench

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install QuoteTrail (does nothing when up to date)

run: install ## load the seed corpus and serve the backend on http://127.0.0.1:8765
	$(BIN)/quotetrail import seeds/
	$(BIN)/quotetrail serve --host $(HOST) --port $(PORT)

test: install ## run the linter and the whole test suite (Python and JavaScript)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest
	node --test --test-reporter=spec tests/js/

bench: install ## build generated corpora of 10k, 100k and 1M quotations and print the matching table
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,bench]'
	$(BIN)/python benchmarks/matching.py $(BENCH_ARGS)

lint: install ## ruff over the tree
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## format the tree with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
