# make run   set up, ingest the example documents into a demo data folder of their own, serve API + page on :8000
# make test  set up and run the test suite (make test-fast: all but the slow tests)
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
# The demo's own data folder: `make run` never writes the examples into the user's KG_DATA_DIR.
DEMO_DATA ?= $(CURDIR)/.demo-data

.PHONY: setup run test test-fast web lint

setup: $(VENV)/.installed web node_modules/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,ocr]'
	touch $@

web: api/web/dist/index.html

api/web/dist/index.html: api/web/package-lock.json api/web/build.mjs $(wildcard api/web/src/*) api/web/index.html
	cd api/web && npm ci --no-audit --no-fund && npm run build

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	touch $@

run: setup
	KG_DATA_DIR=$(DEMO_DATA) $(KG) ingest examples
	KG_DATA_DIR=$(DEMO_DATA) $(KG) serve

test: setup
	$(PY) -m pytest

# the tests not marked slow: under a minute, for the edit-test loop
test-fast: setup
	$(PY) -m pytest -m "not slow"

lint: setup
	$(VENV)/bin/ruff check settings.py names graph ingest queries api cli tests bench train
	$(VENV)/bin/mypy
