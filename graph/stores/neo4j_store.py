"""Neo4j backend through the official driver: reads routed to readers, atomic writes in one transaction."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, LiteralString, cast

import neo4j
from neo4j import GraphDatabase, ManagedTransaction, NotificationDisabledClassification, RoutingControl
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from graph.errors import QueryError, SchemaError, StoreUnavailable
from graph.stores.base import Statement, WriteCounts, lookup_indexes, unique_keys
from graph.upgrade import upgrade_node_provenance

_UNAVAILABLE = (ServiceUnavailable, SessionExpired, AuthError, OSError)
_REASON = re.compile(r"\(reason (?:\[Errno -?\d+\] )?(.+)\)\s*$")
# The driver retries a failing transaction for this long; an outage mid-session should answer soon.
MAX_RETRY_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 5.0
# ensure_schema waits this long for new indexes to come online (they are built in the background)
INDEX_WAIT_SECONDS = 300


def _reason(error: Exception) -> str:
    """The driver's multi-line message cut down to one line: the OS reason when there is one."""
    text = " ".join(str(error).split())
    found = _REASON.search(text)
    return found.group(1) if found else text


def schema_statements() -> list[str]:
    """Idempotent constraint and index statements for every label of graph.schema."""
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_{prop}_unique IF NOT EXISTS FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE"
        for label, prop in unique_keys()
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, prop in lookup_indexes()
    ]
    return statements


class Neo4jStore:
    dialect = "neo4j"

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j", uri: str | None = None) -> None:
        self._driver = driver
        self._database = database
        self._where = f"Neo4j at {uri}" if uri else "Neo4j"
        # Until a connection has been seen to work (and after an outage), check reachability first:
        # that fails at once, where a query would be retried for MAX_RETRY_SECONDS.
        self._reachable = False

    @classmethod
    def connect(cls, uri: str, user: str, password: str | None, database: str = "neo4j") -> Neo4jStore:
        try:
            # no password: no credentials, for a server with auth disabled (as Neo4j's test harness runs)
            auth = (user, password) if password else None
            driver = GraphDatabase.driver(
                uri, auth=auth, max_transaction_retry_time=MAX_RETRY_SECONDS, connection_timeout=CONNECT_TIMEOUT_SECONDS,
                # "no such property/label yet" depends on the data, not on the query: on a new graph it
                # would be logged for many of ours; deprecations and the rest are still reported
                notifications_disabled_classifications=[NotificationDisabledClassification.UNRECOGNIZED],
            )
        except (ValueError, neo4j.exceptions.ConfigurationError) as e:
            raise StoreUnavailable(f"bad Neo4j URI {uri!r}: {e}") from e
        return cls(driver, database, uri)

    def ping(self) -> str:
        try:
            info = self._driver.get_server_info()
        except _UNAVAILABLE as e:
            raise self._unavailable(e) from e
        self._reachable = True
        return f"{info.agent} (protocol {'.'.join(map(str, info.protocol_version))})"

    def _unavailable(self, error: Exception) -> StoreUnavailable:
        self._reachable = False
        return StoreUnavailable(f"{self._where} does not answer: {_reason(error)}")

    def _check_reachable(self) -> None:
        if self._reachable:
            return
        try:
            self._driver.verify_connectivity()
        except _UNAVAILABLE as e:
            raise self._unavailable(e) from e
        self._reachable = True

    def ensure_schema(self) -> None:
        for statement in schema_statements():
            try:
                self._execute(statement, None, RoutingControl.WRITE)
            except QueryError as e:
                raise SchemaError(f"{statement}: {e}") from e
        try:
            self._execute("CALL db.awaitIndexes($seconds)", {"seconds": INDEX_WAIT_SECONDS}, RoutingControl.WRITE)
        except QueryError as e:
            raise SchemaError(f"indexes not online after {INDEX_WAIT_SECONDS} s: {e}") from e
        upgrade_node_provenance(self)

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._execute(cypher, params, RoutingControl.READ)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._execute(cypher, params, RoutingControl.WRITE)

    def write_atomic(self, statements: Sequence[Statement]) -> WriteCounts:
        def work(tx: ManagedTransaction) -> WriteCounts:
            total = WriteCounts()
            for cypher, params in statements:
                counters = tx.run(cast(LiteralString, cypher), dict(params)).consume().counters
                total = total + WriteCounts(
                    counters.nodes_created, counters.relationships_created,
                    counters.nodes_deleted, counters.relationships_deleted,
                )
            return total

        try:
            self._check_reachable()
            with self._driver.session(database=self._database) as session:
                return session.execute_write(work)
        except _UNAVAILABLE as e:
            raise self._unavailable(e) from e
        except Neo4jError as e:
            raise QueryError(str(e)) from e

    def exclusive(self) -> AbstractContextManager[None]:
        """Nothing to hold: a transaction that creates a Document id another one committed is refused whole
        by the unique key (the loader then finds the document loaded), and a refused transaction takes
        nothing of another's with it (tests/neo4j: the concurrent loads of one document)."""
        return nullcontext()

    def close(self) -> None:
        self._driver.close()

    def clear(self) -> None:
        """Delete every node and relationship, in batches (tests and benchmarks); the schema stays."""
        # CALL { } IN TRANSACTIONS needs an auto-commit transaction: session.run, not execute_query
        try:
            self._check_reachable()
            with self._driver.session(database=self._database) as session:
                session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        except _UNAVAILABLE as e:
            raise self._unavailable(e) from e
        except Neo4jError as e:
            raise QueryError(str(e)) from e

    def _execute(self, cypher: str, params: Mapping[str, Any] | None, routing: RoutingControl) -> list[dict[str, Any]]:
        try:
            self._check_reachable()
            records, _, _ = self._driver.execute_query(
                cast(LiteralString, cypher), dict(params or {}), database_=self._database, routing_=routing
            )
        except _UNAVAILABLE as e:
            raise self._unavailable(e) from e
        except Neo4jError as e:
            raise QueryError(str(e)) from e
        return [record.data() for record in records]
