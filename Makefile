# kg: the two commands of the README, and a few helpers.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .kg/store

.PHONY: install demo test bench clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

install: $(BIN)/kg

demo: install
	$(BIN)/kg extract examples/filings --format table
	$(BIN)/kg build examples/filings --store $(STORE)
	$(BIN)/kg validate --store $(STORE)
	$(BIN)/kg query board-and-officers --param "organization_name=STMicroelectronics N.V." --store $(STORE)
	$(BIN)/kg query major-holders --store $(STORE)
	$(BIN)/kg export --format html --store $(STORE) -o .kg/graph.html
	@echo "The graph viewer: .kg/graph.html (open it in a browser)"

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .kg .pytest_cache
