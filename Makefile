# Outreach Coach — the two commands a newcomer needs are `make run` and `make test`.
VENV   ?= .venv
PYTHON ?= python3
PY      = $(VENV)/bin/python
BIN     = $(VENV)/bin
# two installs into the same venv: the light app (make run) and, on top, the test tools and
# the optional sentence-transformers backend with torch (make test; about 6 GB)
STAMP   = $(VENV)/.installed-stamp
TEST_STAMP = $(VENV)/.test-installed-stamp

LT_DIR  = .cache/languagetool
LT_STAMP = $(LT_DIR)/.complete

.PHONY: help install install-test run test lint fmt pytest bench clean languagetool \
	languagetool-if-java translations package screenshots size train quality

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-20s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel
	$(PY) -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	# torch arrives through sentence-transformers (a large download, once per venv)
	$(PY) -m pip install --quiet -e ".[test,sentence-transformers]"
	touch $(TEST_STAMP)

install: $(STAMP) ## create .venv (if needed) and install the app (light: no torch)

install-test: $(TEST_STAMP) ## add the test tools and the sentence-transformers backend (torch)

$(LT_STAMP): packaging/languagetool/pom.xml
	rm -rf $(LT_DIR)
	mvn -q -B -f packaging/languagetool/pom.xml dependency:copy-dependencies \
		-DoutputDirectory=$(CURDIR)/$(LT_DIR) -DincludeScope=runtime
	touch $(LT_STAMP)

languagetool: $(LT_STAMP) ## fetch a local LanguageTool server (de, en) from Maven Central into .cache/

# `make languagetool` when Java 17+ and Maven are there; otherwise say what to install and go
# on (the app then runs without grammar). Never fails, so `make run` always opens the window.
languagetool-if-java:
	@if [ -f $(LT_STAMP) ] && [ ! packaging/languagetool/pom.xml -nt $(LT_STAMP) ]; then exit 0; fi; \
	java_major=$$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1); \
	if [ -z "$$java_major" ] || [ "$$java_major" -lt 17 ] || ! command -v mvn >/dev/null; then \
		echo "Grammar checks are off: LanguageTool needs Java 17+ and Maven (found: java $${java_major:-none}, mvn $$(command -v mvn >/dev/null && echo yes || echo none))."; \
		echo "  Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless maven   (then make run again)"; \
		echo "  or in the app: File > Settings > LanguageTool > Download LanguageTool"; \
	else \
		echo "Fetching LanguageTool (about 250 MB, once) into $(LT_DIR) ..."; \
		$(MAKE) --no-print-directory languagetool || echo "LanguageTool could not be fetched; grammar checks are off."; \
	fi

run: install languagetool-if-java ## start the app (with grammar checks when Java 17+ and Maven are installed)
	OUTREACH_COACH_LANGUAGETOOL="$${OUTREACH_COACH_LANGUAGETOOL:-$$(test -f $(LT_STAMP) && echo $(CURDIR)/$(LT_DIR))}" \
		$(PY) -m outreach_coach

lint: install-test ## ruff (lint + format check), mypy, import-linter
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

pytest: install-test languagetool ## the test suite only, Qt offscreen, with a real LanguageTool
	QT_QPA_PLATFORM=offscreen OUTREACH_COACH_TEST_LANGUAGETOOL=$(CURDIR)/$(LT_DIR) $(BIN)/pytest

test: lint pytest ## everything CI runs: lint, types, import contracts, tests

fmt: install-test ## format the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install-test languagetool ## benchmarks: start-up, keystroke latency, rules, pastes, detector, score, storage, LanguageTool, quality
	# every script in benchmarks/ in full (the list is in benchmarks/run_all.py; `make test` runs
	# each once in --quick mode), one results file: benchmarks/results/latest.txt
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run_all

train: install-test ## retrain the clause detector and the word tagger on the family corpus (resources/models/)
	$(PY) -m training.train_detector
	$(PY) -m training.train_buzzwords

quality: install-test ## findings on held-out families and new writers, leave-one-recipient-out score (docs/QUALITY.md)
	$(PY) -m training.corpus_stats
	$(PY) -m training.quality_detector
	$(PY) -m training.quality_new_writers
	$(PY) -m benchmarks.quality_score

package: install ## one-folder app in dist/outreach-coach (PyInstaller), then a smoke test
	$(PY) -m pip install --quiet "pyinstaller>=6.10"
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/outreach-coach.spec
	QT_QPA_PLATFORM=offscreen $(PY) packaging/smoke_test.py dist/outreach-coach/outreach-coach

size: install languagetool-if-java ## print the download and venv size of the default install, the package folder, LanguageTool's memory
	$(PY) packaging/size.py --python $(PYTHON) --package dist/outreach-coach --languagetool $(LT_DIR)

screenshots: install ## the README pictures in docs/screenshots, rendered from the real app offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/outreach-coach --screenshot docs/screenshots/coach-de-light.png --ui-lang de --theme light --example
	QT_QPA_PLATFORM=offscreen $(BIN)/outreach-coach --screenshot docs/screenshots/coach-de-dark.png --ui-lang de --theme dark --example
	QT_QPA_PLATFORM=offscreen $(BIN)/outreach-coach --screenshot docs/screenshots/coach-en-light.png --ui-lang en --theme light --example
	QT_QPA_PLATFORM=offscreen $(BIN)/outreach-coach --screenshot docs/screenshots/coach-en-dark.png --ui-lang en --theme dark --example

translations: install ## extract UI strings, fill the German table, compile .qm
	$(VENV)/bin/pyside6-lupdate outreach_coach/ui/*.py outreach_coach/app.py -ts resources/translations/outreach_coach_de.ts
	$(PY) packaging/translations_de.py resources/translations/outreach_coach_de.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/outreach_coach_de.ts -qm resources/translations/outreach_coach_de.qm

clean: ## remove the virtualenv and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build *.egg-info
