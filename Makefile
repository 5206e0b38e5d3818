# The two commands of the README's quick start, and the ones contributors use.
# Each target sets up what it needs: a .venv with the project installed in editable mode.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DOCS_OUT := docs/_build/html

.PHONY: demo test lint types unit docs bench bench-tokenizers clean test-compat test-compat-oldest test-compat-newest \
	release-check

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

## test-compat: the test suite on the oldest versions the project claims and on the newest
## (each in its own .venv-compat-NAME, installed with the pins of tests/compat/NAME.txt);
## the tests marked `installs` build their own environments, so they are left out there
## (set COMPAT_PYTHON_oldest / COMPAT_PYTHON_newest to test other interpreters)
COMPAT_PYTHON_oldest ?= $(PYTHON)
COMPAT_PYTHON_newest ?= $(PYTHON)

test-compat: test-compat-oldest test-compat-newest

test-compat-oldest test-compat-newest: test-compat-%: .venv-compat-%/.installed-stamp
	.venv-compat-$*/bin/python --version
	.venv-compat-$*/bin/python -m pip list --format=freeze | grep -iE '^(sphinx|docutils|myst-parser)=='
	.venv-compat-$*/bin/python -m pytest -m 'not installs' -p no:cacheprovider -q

.venv-compat-%/.installed-stamp: pyproject.toml tests/compat/%.txt
	rm -rf .venv-compat-$*
	$(COMPAT_PYTHON_$*) -m venv .venv-compat-$*
	.venv-compat-$*/bin/python -m pip install --quiet --upgrade pip
	.venv-compat-$*/bin/python -m pip install --quiet --constraint tests/compat/$*.txt --editable '.[test]'
	@touch $@

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

## bench-tokenizers: the tokenizer candidates side by side (how the reading path was chosen)
bench-tokenizers: $(STAMP)
	$(BIN)/python benchmarks/tokenizers.py

## release-check: build the sdist and the wheel into dist/, check them with twine, install the
## wheel into a fresh virtual environment and replay the tutorial from that install (the
## module tests/packaging/test_wheel.py, run on dist/); with TAG=vX.Y.Z it first refuses
## unless the tag, __version__ and the changelog's newest release agree. The release workflow
## runs it on the pushed tag, then publishes exactly these files.
release-check: $(STAMP)
	$(if $(TAG),$(BIN)/python tools/release_version.py "$$TAG")
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*
	READINGLIST_DIST=dist $(BIN)/pytest -p no:cacheprovider -q tests/packaging/test_wheel.py

clean:
	rm -rf $(VENV) .venv-compat-* dist docs/_build .mypy_cache .pytest_cache .ruff_cache .hypothesis
