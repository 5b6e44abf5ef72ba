# make run   set up, ingest the example documents into a demo data folder of their own, serve API + page on :8000
# make test  set up and run the test suite (with Java and Maven: Neo4j's tests too, on the harness)
# make test-fast  the embedded store's tests but the slow ones, under a minute
# make test-neo4j  the tests that run on Neo4j, alone (needs Java and Maven)
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
# The demo's own data folder: `make run` never writes the examples into the user's KG_DATA_DIR.
DEMO_DATA ?= $(CURDIR)/.demo-data

NEO4J_HARNESS := tools/neo4j-test/target/neo4j-test-1.jar
HAVE_JAVA_AND_MAVEN := $(shell command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1 && echo yes)

.PHONY: setup run test test-fast test-neo4j neo4j-harness web lint

setup: $(VENV)/.installed web node_modules/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,ocr,train]'
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

test: setup $(if $(HAVE_JAVA_AND_MAVEN),neo4j-harness)
	$(PY) -m pytest

# the tests not marked slow, on the embedded store: under a minute, for the edit-test loop
test-fast: setup
	$(PY) -m pytest -m "not slow and not neo4j"

# Neo4j 5.26 in process, from Neo4j's test harness (tools/neo4j-test); its jars stay in target/
neo4j-harness: $(NEO4J_HARNESS)

$(NEO4J_HARNESS): tools/neo4j-test/pom.xml $(wildcard tools/neo4j-test/src/main/java/kg/neo4jtest/*.java)
	cd tools/neo4j-test && mvn -q -B -Dstyle.color=never package

test-neo4j: setup neo4j-harness
	KG_REQUIRE_NEO4J=1 $(PY) -m pytest -m neo4j

lint: setup
	$(VENV)/bin/ruff check settings.py names graph ingest queries api cli tests bench train
	$(VENV)/bin/mypy
