# Two commands for a fresh machine: `make run` and `make test`. Both create .venv once and reuse it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: run test bench serve clean native pure

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

# The language modules compiled with mypyc (setup.py, about three minutes): the same code, quotes 1.7 times as fast.
# It builds in .venv, whose mypy (a dev dependency) is the compiler: a plain install needs no compiler at all.
native: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'setuptools>=68'
	NEWS_QUOTES_NATIVE=1 $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps \
		--no-build-isolation -e .

# Back to the pure Python sources.
pure:
	rm -rf transforms/*.so *__mypyc.*.so build/

clean:
	rm -rf data/documents data/sentences data/quotes data/data_docs data/_staging
