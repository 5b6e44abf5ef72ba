"""FalkorDB backend: the embedded server (see embedded_server) or any FalkorDB reachable by socket."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as GraphPath

from graph.errors import QueryError, SchemaError, StoreUnavailable
from graph.stores.base import Statement, WriteCounts, lookup_indexes, unique_keys
from graph.stores.embedded_server import ServerInfo, ensure_server

GRAPH_NAME = "kg"
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
# One GRAPH.QUERY is atomic: a failing statement leaves the graph as it was. write_atomic
# therefore composes its statements into one query; the aggregation ends each part with
# exactly one row whatever it matched, so the next part runs once.
_JOIN = "\nWITH count(*) AS _\n"


def compose(statements: Sequence[Statement]) -> tuple[str, dict[str, Any]]:
    """Join write statements into one query, renaming parameters `$x` of statement i to `$s<i>_x`."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    for i, (cypher, values) in enumerate(statements):
        prefix = f"s{i}_"
        parts.append(_PARAM.sub(lambda m, p=prefix: f"${p}{m.group(1)}", cypher.strip().rstrip(";")))
        params.update({prefix + name: value for name, value in values.items()})
    return _JOIN.join(parts), params


def _plain(value: Any) -> Any:
    if isinstance(value, Node | Edge):
        return {k: _plain(v) for k, v in value.properties.items()}
    if isinstance(value, GraphPath):
        return [_plain(n) for n in value.nodes()]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class FalkorDBStore:
    dialect = "falkordb"

    def __init__(self, client: FalkorDB, graph_name: str = GRAPH_NAME) -> None:
        self._db = client
        self._graph_name = graph_name
        self._graph = client.select_graph(graph_name)

    @classmethod
    def embedded(cls, data_dir: Path, graph_name: str = GRAPH_NAME) -> FalkorDBStore:
        """Connect to the embedded server of ``data_dir``, starting it if needed."""
        return cls.connect(ensure_server(Path(data_dir)), graph_name)

    @classmethod
    def connect(cls, server: ServerInfo, graph_name: str = GRAPH_NAME) -> FalkorDBStore:
        return cls(FalkorDB(**server.connection_kwargs()), graph_name)  # type: ignore[arg-type]

    # ---- Store protocol ------------------------------------------------------------------

    def ping(self) -> str:
        conn = self._db.connection
        try:
            redis_version = conn.info("server")["redis_version"]
            modules = conn.execute_command("MODULE", "LIST")
        except redis.RedisError as e:
            raise StoreUnavailable(f"FalkorDB does not answer: {e}") from e
        for module in modules:
            fields = dict(zip(module[::2], module[1::2], strict=False))
            name = fields.get("name", fields.get(b"name"))
            if name in ("graph", b"graph"):
                ver = int(fields.get("ver", fields.get(b"ver", 0)))
                return f"FalkorDB {ver // 10000}.{ver // 100 % 100}.{ver % 100} (Redis {redis_version})"
        raise StoreUnavailable("the server has no FalkorDB module loaded")

    def ensure_schema(self) -> None:
        try:
            indexed = self._existing_indexes()
            for label, prop in unique_keys() + lookup_indexes():
                if (str(label), prop) not in indexed:
                    self._ignore_exists(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", "already indexed")
            constrained = self._constraints()
            for label, prop in unique_keys():
                if (str(label), prop) not in constrained:
                    self._create_unique(str(label), prop)
            self._wait_constraints()
        except redis.ConnectionError as e:
            raise StoreUnavailable(f"FalkorDB does not answer: {e}") from e

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._run(cypher, params, read_only=True)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._run(cypher, params, read_only=False)

    def write_atomic(self, statements: Sequence[Statement]) -> WriteCounts:
        if not statements:
            return WriteCounts()
        cypher, params = compose(statements)
        result = self._query(cypher, params, read_only=False)
        return WriteCounts(
            nodes_created=int(result.nodes_created),
            relationships_created=int(result.relationships_created),
            nodes_deleted=int(result.nodes_deleted),
            relationships_deleted=int(result.relationships_deleted),
        )

    def close(self) -> None:
        self._db.connection.close()

    # ---- extras ----------------------------------------------------------------------------

    def clear(self) -> None:
        """Delete the whole graph, schema included (tests and benchmarks)."""
        try:
            self._graph.delete()
        except redis.ResponseError:
            pass  # no such graph yet

    # ---- internals -------------------------------------------------------------------------

    def _query(self, cypher: str, params: Mapping[str, Any] | None, *, read_only: bool) -> Any:
        try:
            if not read_only:
                return self._graph.query(cypher, dict(params or {}))
            try:
                return self._graph.ro_query(cypher, dict(params or {}))
            except redis.ResponseError as e:
                if "empty key" not in str(e):
                    raise
                # a read-only query cannot create the graph; reading a store never written is normal
                self._graph.query("RETURN 1")
                return self._graph.ro_query(cypher, dict(params or {}))
        except (redis.ConnectionError, redis.TimeoutError) as e:
            raise StoreUnavailable(f"FalkorDB does not answer: {e}") from e
        except redis.ResponseError as e:
            raise QueryError(str(e)) from e

    def _run(self, cypher: str, params: Mapping[str, Any] | None, *, read_only: bool) -> list[dict[str, Any]]:
        result = self._query(cypher, params, read_only=read_only)
        columns = [col[1] if isinstance(col, list | tuple) else col for col in result.header]
        return [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in result.result_set]

    def _existing_indexes(self) -> set[tuple[str, str]]:
        try:
            rows = self._graph.ro_query("CALL db.indexes() YIELD label, properties RETURN label, properties").result_set
        except redis.ResponseError:
            return set()  # the graph does not exist yet
        return {(label, prop) for label, props in rows for prop in props}

    def _constraints(self) -> dict[tuple[str, str], str]:
        try:
            rows = self._graph.ro_query(
                "CALL db.constraints() YIELD type, label, properties, status RETURN type, label, properties, status"
            ).result_set
        except redis.ResponseError:
            return {}
        return {(label, props[0]): status for kind, label, props, status in rows if kind == "UNIQUE" and len(props) == 1}

    def _ignore_exists(self, cypher: str, marker: str) -> None:
        try:
            self._graph.query(cypher)
        except redis.ResponseError as e:
            if marker not in str(e):
                raise SchemaError(f"{cypher}: {e}") from e

    def _create_unique(self, label: str, prop: str) -> None:
        try:
            self._db.connection.execute_command(
                "GRAPH.CONSTRAINT", "CREATE", self._graph_name, "UNIQUE", "NODE", label, "PROPERTIES", 1, prop
            )
        except redis.ResponseError as e:
            if "already exists" not in str(e):
                raise SchemaError(f"unique constraint on {label}.{prop}: {e}") from e

    def _wait_constraints(self, timeout: float = 30.0) -> None:
        # constraints are built in the background; a FAILED one means duplicate keys already exist
        deadline = time.monotonic() + timeout
        while True:
            states = self._constraints()
            failed = [f"{label}.{prop}" for (label, prop), status in states.items() if status == "FAILED"]
            if failed:
                raise SchemaError(f"unique constraints failed (duplicate values?): {', '.join(sorted(failed))}")
            if all(status == "OPERATIONAL" for status in states.values()):
                return
            if time.monotonic() > deadline:
                raise SchemaError("unique constraints still pending after 30 s")
            time.sleep(0.02)
