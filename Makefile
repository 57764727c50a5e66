# jixiao: `make build` renders every filing in filings/ to build/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: build test check bench clean update-references

build: $(READY)
	$(BIN)/jixiao build filings -o build

check: $(READY)
	$(BIN)/jixiao check filings

test: $(READY)
	$(BIN)/python -m pytest -q

# After a deliberate change to the look: new reference images (tests/references/) and
# README pictures (docs/); look at them before committing.
update-references: $(READY)
	$(BIN)/python -m pytest -q tests/test_visual.py --update-references

bench: $(READY)
	$(BIN)/python benchmarks/run.py

$(READY): pyproject.toml scripts/install-system-packages.sh
	PYTHON=$(PYTHON) sh scripts/install-system-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf build $(VENV)
