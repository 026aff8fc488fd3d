# Meridian: the two commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml 2>/dev/null | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
TEST_WORKERS ?= 2

.PHONY: run test setup system-packages fonts messages catalogues lint format clean-venv

run: setup ## set up, load the demo and serve it with a task worker on http://127.0.0.1:8000/
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo
	HOST=$(HOST) PORT=$(PORT) bash scripts/serve.sh

test: setup ## set up and run the whole test suite
	@bash scripts/ensure-system-packages.sh --browser
	$(PY) -m pytest -n $(TEST_WORKERS) --dist worksteal --durations=15 $(PYTEST_ARGS)

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

# After changing a string a person reads: regenerate both catalogues, translate what comes back
# empty or fuzzy, then `make messages` (tests/home/test_catalogues.py fails until that is done).
catalogues: $(STAMP) ## regenerate locale/{zh_Hans,en}/LC_MESSAGES/django.po from the sources
	$(PY) manage.py makemessages -l zh_Hans -l en --no-obsolete -v0 \
		--ignore='.venv/*' --ignore='tests/*' --ignore='bench/*' --ignore='var/*' \
		--ignore='docs/*' --ignore='scripts/*' --ignore='static_collected/*' \
		--ignore='test-results/*' --ignore='courses/demo/*' --ignore='home/demo/*' \
		--ignore='assessments/demo/*'
	@for po in locale/*/LC_MESSAGES/django.po; do msgcat --width=79 -o "$$po" "$$po"; done

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean-venv:
	rm -rf $(VENV)
