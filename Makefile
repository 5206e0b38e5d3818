# The two commands of the README's quick start, and the ones contributors use.
# Each target sets up what it needs: a .venv with the project installed in editable mode.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DOCS_OUT := docs/_build/html

.PHONY: demo test lint types unit docs bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("readinglist needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test,docs]'
	@touch $(STAMP)

## demo: build the docs site (it renders the example reading lists) and check the examples;
## READINGLIST_DEMO=1 shows the seed page's known duplicate warning that the docs suppress
demo: $(STAMP)
	READINGLIST_DEMO=1 $(BIN)/sphinx-build -q -E -b html docs $(DOCS_OUT)
	$(BIN)/readinglist check docs/examples
	@echo
	@echo "The site is at $(abspath $(DOCS_OUT))/index.html"

## test: lint, types, the whole test suite, and the docs build with -n -W
test: lint types unit docs

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

docs: $(STAMP)
	$(BIN)/sphinx-build -q -n -W --keep-going -E -b html docs $(DOCS_OUT)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) docs/_build .mypy_cache .pytest_cache .ruff_cache .hypothesis
