# Warta: every target creates the virtual environment it needs (.venv) on first use.
# Only Python 3.11+ and make are required. Use PYTHON=python3.12 to pick an interpreter.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= data/out

.PHONY: run test check lint eval bench clean help

help:
	@echo "make run    - set up .venv and run the pipeline on the bundled example batch into $(OUT)/"
	@echo "make test   - set up .venv, lint, and run the whole test suite (what CI runs)"
	@echo "make eval   - score the gold articles in ../shared/gold (needs ../shared)"
	@echo "make clean  - remove .venv and data/out"

$(BIN)/warta: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
	  { echo "Warta needs Python 3.11 or newer: run 'make PYTHON=python3.11 ...'"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing Warta and its dependencies into $(VENV) (first time only, a few minutes)..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip 2>/dev/null
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@$(BIN)/python -m compileall -q flows tasks >/dev/null  # bytecode of our own modules, as pip does for the rest
	@echo "Setting up Prefect's database once (a template every fresh Prefect home copies)..."
	@$(BIN)/warta server prepare >/dev/null || echo "(no template: each fresh Prefect home migrates its own database)"
	@touch $(BIN)/warta

run: $(BIN)/warta
	$(BIN)/warta run data/seeds/example --out $(OUT)

lint: $(BIN)/warta
	$(BIN)/ruff check $(wildcard flows tasks tests bench)

test: lint
	$(BIN)/python -m pytest

eval: $(BIN)/warta
	$(BIN)/warta eval ../shared/gold --corpus ../shared --per-article

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
