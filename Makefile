# jixiao: `make build` renders every filing in filings/ to build/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
# The YAML language server that VS Code's YAML extension runs: tests compare it with jixiao check.
EDITOR_SERVER := tests/editor/node_modules/.installed

.PHONY: build test check bench clean review update-references schema install

# Python compiles a module the first time it imports it and keeps the result in __pycache__,
# unless PYTHONDONTWRITEBYTECODE is set (as on this project's machines): then every jixiao
# command would compile the whole package again at its start (0.06 s of a 0.25 s check).
BYTECODE := $(BIN)/python -m compileall -q src

build: $(READY)
	$(BYTECODE)
	$(BIN)/jixiao build filings -o build

check: $(READY)
	$(BYTECODE)
	$(BIN)/jixiao check filings

test: $(READY) $(EDITOR_SERVER)
	$(BYTECODE)
	$(BIN)/python -m pytest -q

# make review BASE=main: a review page for every filing changed since BASE, in build/review/
BASE ?= main
review: $(READY)
	$(BIN)/jixiao review $(BASE) -o build/review

# make install: the jixiao command in PREFIX/bin (a link to .venv/bin/jixiao), to run it in any folder
# as `jixiao` (the bureau's repository of filings, say); /usr/local for root, else ~/.local.
PREFIX ?= $(if $(filter 0,$(shell id -u)),/usr/local,$(HOME)/.local)
install: $(READY)
	mkdir -p "$(PREFIX)/bin"
	ln -sf "$$(cd "$(BIN)" >/dev/null && pwd)/jixiao" "$(PREFIX)/bin/jixiao"
	@echo "已安装 $(PREFIX)/bin/jixiao：在任何文件夹里都可以直接运行 jixiao"
	@[ "$$(command -v jixiao)" = "$(PREFIX)/bin/jixiao" ] || echo "$(PREFIX)/bin 不在 PATH 里（或排在另一个 jixiao 之后）：重新登录一次，或在 ~/.profile 里加上 export PATH=\"$(PREFIX)/bin:\$$PATH\""

# After a deliberate change to the look: new reference images (tests/references/) and
# README pictures (docs/); look at them before committing.
update-references: $(READY)
	$(BIN)/python -m pytest -q tests/test_visual.py --update-references

# After adding a rule code or changing its severity, title or explanation: the codes the editor
# offers or refuses under 接受警告, written into schema/filing.schema.json (a test compares them).
schema: $(READY)
	$(BIN)/python -m jixiao.schema_codes

bench: $(READY)
	$(BYTECODE)
	$(BIN)/python benchmarks/run.py

$(READY): pyproject.toml scripts/install-system-packages.sh
	PYTHON=$(PYTHON) sh scripts/install-system-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf build $(VENV) tests/editor/node_modules

$(EDITOR_SERVER): tests/editor/package.json tests/editor/package-lock.json
	cd tests/editor && npm ci --no-audit --no-fund --loglevel=error
	touch $@
