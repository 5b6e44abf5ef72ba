"""The API skeleton: health, statistics and lookup by name or alias, on each backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.errors import StoreUnavailable
from graph.stores.base import Store
from settings import Settings


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    app = create_app(Settings(), store_factory=lambda _settings: store)
    with TestClient(app) as c:
        yield c


def test_health_says_which_store_and_version(client: TestClient, store: Store) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["store"] == store.dialect
    assert body["store_version"]


def test_stats_of_an_empty_graph(client: TestClient) -> None:
    body = client.get("/stats").json()
    assert body == {"documents": 0, "nodes": body["nodes"], "relationships": body["relationships"]}
    assert sum(body["nodes"].values()) == 0


def test_lookup_rejects_an_empty_query_as_problem_json(client: TestClient) -> None:
    response = client.get("/entities", params={"q": ""})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["title"] == "Invalid request"


def test_health_reports_an_unreachable_store_as_503() -> None:
    class DownStore:
        dialect = "neo4j"

        def ensure_schema(self) -> None: ...
        def close(self) -> None: ...

        def ping(self) -> str:
            raise StoreUnavailable("cannot reach Neo4j at bolt://127.0.0.1:1")

    app = create_app(Settings(), store_factory=lambda _settings: DownStore())  # type: ignore[arg-type,return-value]
    with TestClient(app) as c:
        response = c.get("/health")
    assert response.status_code == 503
    assert "cannot reach Neo4j" in response.json()["detail"]
