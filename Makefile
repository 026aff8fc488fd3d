# Meridian: the two commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml 2>/dev/null | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
TEST_WORKERS ?= 2

.PHONY: run test setup system-packages fonts messages lint format clean-venv

run: setup ## set up, load the demo and serve it with a task worker on http://127.0.0.1:8000/
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo
	HOST=$(HOST) PORT=$(PORT) bash scripts/serve.sh

test: setup ## set up and run the whole test suite
	@bash scripts/ensure-system-packages.sh --browser
	$(PY) -m pytest -n $(TEST_WORKERS) --durations=15 $(PYTEST_ARGS)

setup: system-packages $(STAMP) messages fonts

system-packages:
	@bash scripts/ensure-system-packages.sh

fonts: system-packages ## the certificate PDF fonts in var/fonts/ (only when missing or outdated)
	@bash scripts/prepare-fonts.sh

$(STAMP):
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@rm -f $(VENV)/.installed-*
	@touch $@

messages: $(STAMP)
	@$(PY) manage.py compilemessages --ignore='.venv/*' --ignore='static_collected/*' -v0

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean-venv:
	rm -rf $(VENV)
