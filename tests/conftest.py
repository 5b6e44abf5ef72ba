"""Shared fixtures: an embedded FalkorDB in a temp data dir, a Neo4j server for the run, and `store` over
every backend. Neo4j is the one KG_TEST_NEO4J_URI names, else the harness of tools/neo4j-test (started once, when
the first Neo4j test needs it); without either the Neo4j tests skip, or fail under KG_REQUIRE_NEO4J=1."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from graph.stores import stop_embedded
from graph.stores.base import Store
from graph.stores.falkordb_store import FalkorDBStore
from graph.stores.neo4j_store import Neo4jStore
from tests import neo4j_server

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


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The Bolt URI of the Neo4j the tests run against: KG_TEST_NEO4J_URI, or the harness started for this run."""
    reason = neo4j_server.unavailable_reason()
    if reason:
        pytest.skip(f"Neo4j tests skipped: {reason}")
    with neo4j_server.server_for_tests(tmp_path_factory.mktemp("neo4j")) as uri:
        yield uri


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[Neo4jStore]:
    """Neo4j with an empty graph and the schema in place."""
    store = neo4j_server.empty_store(neo4j_uri)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> Store:
    """Each backend in turn, empty and with its schema."""
    backend: Store = request.getfixturevalue(f"{request.param}_store")
    return backend


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Under KG_REQUIRE_NEO4J=1 (CI) a Neo4j test that skips fails: a green run means Neo4j ran."""
    report = yield
    if report.skipped and neo4j_server.required() and item.get_closest_marker("neo4j"):
        report.outcome = "failed"
        report.longrepr = f"a Neo4j test skipped under {neo4j_server.REQUIRE_VARIABLE}=1: {report.longrepr}"
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if "neo4j" in r.keywords]
    if skipped:
        reason = neo4j_server.unavailable_reason() or "see the skip reasons (-rs)"
        terminalreporter.write_line(f"neo4j: {len(skipped)} Neo4j tests skipped: {reason}")
