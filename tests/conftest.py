"""Shared fixtures: an embedded FalkorDB in a temp data dir, and `store` over every available backend."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.stores import stop_embedded
from graph.stores.base import Store
from graph.stores.falkordb_store import FalkorDBStore
from settings import Settings

# At the end of a session: no process left behind (tests/session_checks.py).
pytest_plugins = ["tests.session_checks"]


@pytest.fixture(scope="session")
def embedded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data dir whose embedded server lives for the test session (KG_DATA_DIR for CLI tests)."""
    data_dir = tmp_path_factory.mktemp("kg-data")
    yield data_dir
    stop_embedded(data_dir)


@pytest.fixture
def embedded_store(embedded_data_dir: Path) -> Iterator[FalkorDBStore]:
    """The embedded store with an empty graph and the schema in place."""
    store = FalkorDBStore.embedded(embedded_data_dir)
    store.clear()
    store.ensure_schema()
    try:
        yield store
    finally:
        store.close()


def _neo4j_store() -> Store:
    from graph.stores.neo4j_store import Neo4jStore

    settings = Settings()
    assert settings.neo4j_uri
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    store = Neo4jStore.connect(settings.neo4j_uri, settings.neo4j_user, password, settings.neo4j_database)
    store.write("MATCH (n) DETACH DELETE n")
    store.ensure_schema()
    return store


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, embedded_data_dir: Path) -> Iterator[Store]:
    """Each backend in turn, empty and with its schema: embedded always, Neo4j when NEO4J_URI is set."""
    if request.param == "neo4j":
        if not os.environ.get("NEO4J_URI"):
            pytest.skip("NEO4J_URI is not set: no Neo4j server to test against")
        neo4j_store = _neo4j_store()
        try:
            yield neo4j_store
        finally:
            neo4j_store.close()
        return
    yield request.getfixturevalue("embedded_store")
