"""An app over the embedded store holding the example documents (a funding guide with contact phones)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.stores.falkordb_store import FalkorDBStore
from ingest.pipeline import ingest_paths
from settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TOKEN = "s3cret-token-for-tests"
GUIDE_PHONES = ("0731-88881234", "0731-84445555")


@pytest.fixture(scope="module")
def loaded_store(embedded_data_dir: Path) -> Iterator[FalkorDBStore]:
    """The examples, ingested once per module (the tests here only read, or check nothing changed)."""
    store = FalkorDBStore.embedded(embedded_data_dir)
    store.clear()
    store.ensure_schema()
    report = ingest_paths(store, sorted(EXAMPLES.glob("*.txt")))
    assert not report.rejected, report.rejected
    try:
        yield store
    finally:
        store.close()


def client_for(store: FalkorDBStore, **settings: Any) -> TestClient:
    app = create_app(Settings(**settings), store_factory=lambda _settings: store)
    return TestClient(app)


@pytest.fixture
def client(loaded_store: FalkorDBStore) -> Iterator[TestClient]:
    """The API with a token configured; requests carry no token unless a test adds it."""
    with client_for(loaded_store, api_token=TOKEN) as c:
        yield c


def fingerprint(store: FalkorDBStore) -> tuple[Any, ...]:
    """Everything a write could change: every node's labels and properties, every relationship."""
    nodes = store.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY id(n)")
    rels = store.read("MATCH (a)-[r]->(b) RETURN id(a) AS a, type(r) AS t, properties(r) AS props, id(b) AS b "
                      "ORDER BY id(r)")
    return repr(nodes), repr(rels)
