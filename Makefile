# QuoteTrail: `make run` serves the backend on the seed corpus, `make test` runs every test,
# `make extension` writes the browser extension's two zips into dist/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8765
NODE_STAMP := node_modules/.package-lock.json
WEB_EXT := node_modules/.bin/web-ext

.DEFAULT_GOAL := help
.PHONY: help install run test lint format clean extension browsers screenshot eval bench

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# Bytecode written ahead (only what changed): Python compiles a module it finds no fresh .pyc
# for at every start, and writes none where PYTHONDONTWRITEBYTECODE is set (a third of the CLI's
# start-up here).
install: $(STAMP) ## create .venv and install QuoteTrail (does nothing when up to date)
	@$(BIN)/python -m compileall -q server

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

extension: ## write dist/quotetrail-chromium-*.zip and dist/quotetrail-firefox-*.zip
	$(PYTHON) scripts/extension.py build

browsers: ## install Debian's chromium and firefox-esr for the browser tests (as root), or say how
	@bash scripts/browsers.sh

run: install ## load the seed corpus and serve the backend on http://127.0.0.1:8765
	$(BIN)/quotetrail import seeds/
	$(BIN)/quotetrail serve --host $(HOST) --port $(PORT)

test: install $(NODE_STAMP) browsers extension ## lint, then every test: Python, JavaScript, both browsers
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest
	node --test --test-reporter=spec tests/js/
	$(WEB_EXT) lint --source-dir dist/firefox --no-input
	node --test --test-concurrency=1 --test-reporter=spec tests/e2e/

screenshot: install $(NODE_STAMP) browsers ## redraw docs/panel.png (the panel on the seed case)
	QUOTETRAIL_SCREENSHOTS=docs node --test --test-name-pattern="Sputnik's version" tests/e2e/chromium.test.mjs

eval: install ## quotation and speaker quality on the annotated and invented gold sets, extraction speed, matching on real pages and invented pairs
	$(BIN)/python benchmarks/eval_quotes.py
	$(BIN)/python benchmarks/quotes_speed.py
	$(BIN)/python benchmarks/real_pairs.py
	$(BIN)/python benchmarks/invented_quotes.py
	$(BIN)/python benchmarks/invented_pairs.py

bench: install ## build generated corpora of 10k, 100k and 1M quotations and print the matching table
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,bench]'
	$(BIN)/python benchmarks/matching.py $(BENCH_ARGS)

lint: install ## ruff over the tree
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## format the tree with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean: ## remove the virtual environment, node_modules, builds and caches
	rm -rf $(VENV) node_modules dist artifacts .pytest_cache .ruff_cache *.egg-info
