# Two commands for a fresh machine: `make run` and `make test`. Both create .venv once and reuse it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: run test bench serve clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/news-quotes run

test: $(STAMP)
	$(BIN)/python -m pytest

serve: $(STAMP)
	$(BIN)/news-quotes serve --cron "0 * * * *"

clean:
	rm -rf data/documents data/sentences data/quotes data/data_docs data/_staging
