# Murojaat: `make demo` and `make test` set up everything from scratch.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: demo test check install install-test lint serve worker messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Re-install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	PORT=$(PORT) $(BIN)/murojaat demo

test:
	bash scripts/test.sh

# The fast check to run after every change: ruff, then the unit and
# integration tests on SQLite on both cores (no PostgreSQL, browser or crash
# test: `make test` runs those). Extra pytest arguments: make check ARGS='-k intake'.
check: install-test
	$(BIN)/ruff check .
	MUROJAAT_ENV=test DATABASE_URL="sqlite:///$(CURDIR)/var/check.sqlite3" $(BIN)/pytest -n 2 -m "not browser" --ignore=tests/crash $(ARGS)

lint: install-test
	$(BIN)/ruff check .

serve: install
	$(BIN)/murojaat runserver 127.0.0.1:$(PORT)

worker: install
	$(BIN)/murojaat worker

messages: install
	$(BIN)/murojaat makemessages --all --ignore '.venv/*' && $(BIN)/murojaat compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) var
