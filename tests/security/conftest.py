"""An app over each store in turn holding the example documents (a funding guide with contact phones)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.stores.base import Statement, Store, WriteCounts
from graph.stores.falkordb_store import FalkorDBStore
from ingest.pipeline import ingest_paths
from settings import Settings
from tests import neo4j_server

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TOKEN = "s3cret-token-for-tests"
GUIDE_PHONES = ("0731-88881234", "0731-84445555")


@pytest.fixture(scope="module", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def loaded_store(request: pytest.FixtureRequest, embedded_data_dir: Path) -> Iterator[Store]:
    """The examples, ingested once per module and backend (the tests here only read, or check nothing changed)."""
    store: Store
    if request.param == "neo4j":
        store = neo4j_server.empty_store(request.getfixturevalue("neo4j_uri"))
    else:
        store = FalkorDBStore.embedded(embedded_data_dir)
        store.clear()
        store.ensure_schema()
    report = ingest_paths(store, sorted(EXAMPLES.glob("*.txt")))
    assert not report.rejected, report.rejected
    try:
        yield store
    finally:
        store.close()


class _Lent:
    """The module's store lent to one app: the app closes what it opened when it stops, and a Neo4j
    driver once closed stays closed, so closing the loan leaves the store open for the next app."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.dialect = store.dialect

    def ping(self) -> str:
        return self._store.ping()

    def ensure_schema(self) -> None:
        self._store.ensure_schema()

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._store.read(cypher, params)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._store.write(cypher, params)

    def write_atomic(self, statements: Sequence[Statement]) -> WriteCounts:
        return self._store.write_atomic(statements)

    def exclusive(self) -> AbstractContextManager[None]:
        return self._store.exclusive()

    def close(self) -> None:
        pass


def client_for(store: Store, **settings: Any) -> TestClient:
    app = create_app(Settings(**settings), store_factory=lambda _settings: _Lent(store))
    return TestClient(app)


@pytest.fixture
def client(loaded_store: Store) -> Iterator[TestClient]:
    """The API with a token configured; requests carry no token unless a test adds it."""
    with client_for(loaded_store, api_token=TOKEN) as c:
        yield c


def fingerprint(store: Store) -> tuple[Any, ...]:
    """Everything a write could change: every node's labels and properties, every relationship."""
    nodes = store.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY id(n)")
    rels = store.read("MATCH (a)-[r]->(b) RETURN id(a) AS a, type(r) AS t, properties(r) AS props, id(b) AS b "
                      "ORDER BY id(r)")
    return repr(nodes), repr(rels)
