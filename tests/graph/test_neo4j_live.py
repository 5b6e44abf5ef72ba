"""What only a live Neo4j shows: each statement we send plans on Neo4j 5.26 with no deprecation or
performance warning, a deadlock between two writers is retried by the driver (not by us), and a
`neo4j://` URI (the cluster's routing form) reads and writes."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import overload

import pytest
from neo4j import GraphDatabase, NotificationClassification

from graph.loader import _FIND_ID, _FIND_VERSIONS
from graph.stores.base import Statement
from graph.stores.neo4j_store import Neo4jStore, schema_statements
from tests import neo4j_server
from tests.graph.test_cypher_neo4j_syntax import neo4j_statements

pytestmark = pytest.mark.neo4j
UNWANTED = (NotificationClassification.DEPRECATION, NotificationClassification.PERFORMANCE)


def test_every_statement_plans_without_a_deprecation_or_performance_warning(neo4j_store: Neo4jStore,
                                                                             neo4j_uri: str) -> None:
    schema = set(schema_statements())  # run by ensure_schema before every Neo4j test; not explainable
    statements = [s for s in [*neo4j_statements(), _FIND_VERSIONS, _FIND_ID] if s not in schema]
    assert len(statements) > 50
    warned = []
    user, password = neo4j_server.credentials()
    with GraphDatabase.driver(neo4j_uri, auth=(user, password) if password else None) as driver:
        for statement in statements:
            _, summary, _ = driver.execute_query("EXPLAIN " + statement)
            warned += [f"{n.status_description}\n{statement}" for n in summary.gql_status_objects
                       if n.is_notification and n.classification in UNWANTED]
        # the check itself sees what it looks for: the form Neo4j 5.26 deprecates
        _, summary, _ = driver.execute_query("EXPLAIN UNWIND [1] AS k CALL { WITH k RETURN k AS v } RETURN v")
        assert any(n.classification is NotificationClassification.DEPRECATION for n in summary.gql_status_objects)
    assert warned == [], "\n\n".join(warned)


class _MeetHalfWay(Sequence[Statement]):
    """Two statements. On the first pass, the writer waits between them until the other writer has run
    its first statement too, so that each holds the lock the other asks for next. Later passes are the
    driver's retries of the whole transaction."""

    def __init__(self, first: Statement, second: Statement, meeting: threading.Barrier) -> None:
        self._statements = (first, second)
        self._meeting = meeting
        self.passes = 0

    def __len__(self) -> int:
        return 2

    @overload
    def __getitem__(self, index: int) -> Statement: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Statement]: ...
    def __getitem__(self, index: int | slice) -> Statement | Sequence[Statement]:
        return self._statements[index]

    def __iter__(self) -> Iterator[Statement]:
        self.passes += 1
        yield self._statements[0]
        if self.passes == 1:
            self._meeting.wait(timeout=60)
        yield self._statements[1]


def test_a_deadlock_between_two_writers_is_retried_by_the_driver(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write("CREATE (:Person {key: 'person:甲', n: 0}), (:Person {key: 'person:乙', n: 0})")
    bump = "MATCH (p:Person {key: $key}) SET p.n = p.n + 1"
    meeting = threading.Barrier(2)
    writers = [_MeetHalfWay((bump, {"key": a}), (bump, {"key": b}), meeting)
               for a, b in (("person:甲", "person:乙"), ("person:乙", "person:甲"))]
    errors: list[BaseException] = []

    def write(statements: _MeetHalfWay) -> None:
        try:
            neo4j_store.write_atomic(statements)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=write, args=(w,)) for w in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert sum(w.passes for w in writers) == 3  # one writer was chosen to fail, and ran again
    assert neo4j_store.read("MATCH (p:Person) RETURN p.key AS key, p.n AS n ORDER BY key") == [
        {"key": "person:乙", "n": 2}, {"key": "person:甲", "n": 2}]


def test_a_routing_uri_reads_and_writes(neo4j_store: Neo4jStore, neo4j_uri: str) -> None:
    routed = Neo4jStore.connect(neo4j_uri.replace("bolt://", "neo4j://"), *neo4j_server.credentials())
    try:
        assert "Neo4j/5.26" in routed.ping()
        routed.write("CREATE (:Person {key: $key})", {"key": "person:丙"})
        assert routed.read("MATCH (p:Person) RETURN p.key AS key") == [{"key": "person:丙"}]
    finally:
        routed.close()
