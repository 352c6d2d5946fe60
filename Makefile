# kg: the two commands of the README, and a few helpers.
# `make demo` installs kg's runtime dependencies only; `make test` adds the test extra.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .kg/store

.PHONY: install install-test demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/kg extract examples/filings --format table
	$(BIN)/kg build examples/filings --store $(STORE)
	$(BIN)/kg validate --store $(STORE)
	$(BIN)/kg query board-and-officers --param "organization_name=STMicroelectronics N.V." --store $(STORE)
	$(BIN)/kg query major-holders --store $(STORE)
	$(BIN)/kg query same-person-across-filings --store $(STORE)
	$(BIN)/kg explain "Carl C. Icahn" --store $(STORE)
	$(BIN)/kg export --format html --store $(STORE) -o .kg/graph.html
	@echo "The graph viewer: .kg/graph.html (open it in a browser)" >&2

test: install-test
	$(BIN)/python -m pytest -q

bench: install-test
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .kg .pytest_cache
