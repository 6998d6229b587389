# One dev loop: every target sets up the virtualenv first, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test lint format eval eval-squad bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip >/dev/null
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Telegram when TELEGRAM_BOT_TOKEN is set (environment or .env), else the console.
run: $(STAMP)
	@$(PY) -m bot

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff format --check .
	$(PY) -m ruff check .
	$(PY) -m mypy

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

eval: $(STAMP)
	@$(PY) -m evaluation.article

eval-squad: $(STAMP)
	@$(PY) -m evaluation.squad

bench: $(STAMP)
	@$(PY) -m bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
