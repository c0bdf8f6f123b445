# Outreach Coach — the two commands a newcomer needs are `make run` and `make test`.
VENV   ?= .venv
PYTHON ?= python3
PY      = $(VENV)/bin/python
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp

.PHONY: help install run test lint fmt pytest bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel
	# torch arrives through sentence-transformers (a large download, once per venv)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP) ## create .venv (if needed) and install the app with its test tools

run: install ## start the app
	$(PY) -m outreach_coach

lint: install ## ruff (lint + format check), mypy, import-linter
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

pytest: install ## the test suite only, Qt offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

test: lint pytest ## everything CI runs: lint, types, import contracts, tests

fmt: install ## format the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install ## benchmarks: start-up, keystroke-to-panel latency
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.bench_startup
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.bench_keystroke

clean: ## remove the virtualenv and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build *.egg-info
