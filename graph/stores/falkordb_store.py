"""FalkorDB backend: the embedded server (see embedded_server) or any FalkorDB reachable by socket."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, TypeVar

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.helpers import stringify_param_value
from falkordb.node import Node
from falkordb.path import Path as GraphPath
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.errors import QueryError, SchemaError, StoreFull, StoreUnavailable
from graph.stores.base import Statement, WriteCounts, lookup_indexes, unique_keys
from graph.stores.embedded_server import ServerInfo, ensure_server
from graph.stores.embedded_state import check_free_space, died_of_full_disk, full_disk_error
from graph.stores.write_lock import write_lock
from graph.upgrade import upgrade_node_provenance

GRAPH_NAME = "kg"
T = TypeVar("T")
_DOWN = (redis.ConnectionError, redis.TimeoutError)
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
# One GRAPH.QUERY is atomic: a failing statement leaves the graph as it was. write_atomic
# therefore composes its statements into one query; the aggregation ends each part with
# exactly one row whatever it matched, so the next part runs once.
_JOIN = "\nWITH count(*) AS _\n"

# Parameters travel as Cypher literals in a `CYPHER name=value ...` header. The client's encoder is
# pure Python and dominated load time. JSON text from the C encoder is the same literal once map keys
# are backticked; FalkorDB reads the escapes \" \\ \b \f \n \r \t but not \uXXXX, and JSON cannot
# express every Python value, so anything else goes through the client's encoder. JSON escapes every
# control character inside strings, so a raw NUL after each key marks exactly where keys end.
_KEY_END = "\x00"
_to_json = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False, separators=(",", _KEY_END)).encode
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def compose(statements: Sequence[Statement]) -> tuple[str, dict[str, Any]]:
    """Join write statements into one query, renaming parameters `$x` of statement i to `$s<i>_x`.
    A value several statements pass (the same object) travels once, under its first name."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    names: dict[int, str] = {}  # id(value) -> its name in the query
    for i, (cypher, values) in enumerate(statements):
        renamed = {name: names.setdefault(id(value), f"s{i}_{name}") for name, value in values.items()}
        params.update({renamed[name]: value for name, value in values.items() if renamed[name] not in params})

        def rename(match: re.Match[str], renamed: dict[str, str] = renamed) -> str:
            return "$" + renamed.get(match.group(1), match.group(1))

        parts.append(_PARAM.sub(rename, cypher.strip().rstrip(";")))
    return _JOIN.join(parts), params


def cypher_literal(value: Any, *, read_only: bool = False) -> str:
    """``value`` as a Cypher literal for the parameter header: the value the client's encoder gives.

    The server reads the query text up to the first NUL, so a NUL in a value would cut the query
    short. No stored text holds one: a read looks for U+FFFD instead (finding nothing, as it would
    have), a write is refused."""
    try:
        text = _to_json(value)
    except (TypeError, ValueError):  # bytes, NaN, objects the client turns into str(...)
        return _client_literal(value, read_only)
    if "\\u" in text:  # a control character JSON escapes as \u00XX (or a literal backslash-u)
        return _client_literal(value, read_only)
    # one pass per distinct key: `{"key"<NUL>` and `,"key"<NUL>` occur only as that key of a map
    while (end := text.find(_KEY_END)) != -1:
        start = text.rfind('"', 0, end - 1)
        key = text[start + 1:end - 1]
        if start < 1 or text[start - 1] not in "{," or not _IDENTIFIER.fullmatch(key):
            return _client_literal(value, read_only)
        text = text.replace(f'{{"{key}"{_KEY_END}', f"{{`{key}`:").replace(f',"{key}"{_KEY_END}', f",`{key}`:")
    return text


def _client_literal(value: Any, read_only: bool) -> str:
    if _has_nul(value):
        if not read_only:
            raise QueryError("FalkorDB cannot store text containing NUL (U+0000) characters")
        value = _replace_nul(value)
    return str(stringify_param_value(value))


def params_header(params: Mapping[str, Any] | None, *, read_only: bool = False) -> str:
    """The `CYPHER a=1 b="x" ` prefix that carries ``params``; empty without any."""
    if not params:
        return ""
    parts = ["CYPHER"]
    for name, value in params.items():
        if not name or "`" in name:
            raise QueryError(f"bad parameter name {name!r}")
        parts.append(f"`{name}`={cypher_literal(value, read_only=read_only)}")
    return " ".join(parts) + " "


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list | tuple):
        return any(_has_nul(v) for v in value)
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    return False


def _replace_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, list | tuple):
        return [_replace_nul(v) for v in value]
    if isinstance(value, dict):
        return {_replace_nul(k): _replace_nul(v) for k, v in value.items()}
    return value


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


def _client(server: ServerInfo) -> FalkorDB:
    # No silent retries: redis-py's default (10, with backoff) makes a dead server take seconds to
    # report and could send a write twice; the store decides itself what is safe to run again.
    return FalkorDB(**server.connection_kwargs(), retry=Retry(NoBackoff(), 0))  # type: ignore[arg-type]


def _never_sent(error: redis.RedisError) -> bool:
    """The command failed while connecting, so the server never saw it."""
    return isinstance(error, redis.ConnectionError) and "connecting to" in str(error)


class FalkorDBStore:
    """A FalkorDB graph. Opened with ``embedded``, it restarts its server when that has died: the
    request that finds it dead is answered from the restarted server when that is safe (reads, and
    writes never sent), and otherwise fails with StoreUnavailable while the next one succeeds.

    Writes are sent one at a time per data folder, whatever process sends them (graph.stores.write_lock):
    FalkorDB loses property names when a write overlaps one that fails."""

    dialect = "falkordb"

    def __init__(self, client: FalkorDB, graph_name: str = GRAPH_NAME, data_dir: Path | None = None) -> None:
        self._db = client
        self._graph_name = graph_name
        self._graph = client.select_graph(graph_name)
        self._data_dir = data_dir
        self._reviving = threading.Lock()
        self._write_lock = write_lock(data_dir)

    @classmethod
    def embedded(cls, data_dir: Path, graph_name: str = GRAPH_NAME) -> FalkorDBStore:
        """Connect to the embedded server of ``data_dir``, starting it if needed."""
        data_dir = Path(data_dir)
        return cls(_client(ensure_server(data_dir)), graph_name, data_dir)

    @classmethod
    def connect(cls, server: ServerInfo, graph_name: str = GRAPH_NAME) -> FalkorDBStore:
        return cls(_client(server), graph_name)

    # ---- Store protocol ------------------------------------------------------------------

    def ping(self) -> str:
        def versions() -> tuple[str, Any]:
            conn = self._db.connection
            return conn.info("server")["redis_version"], conn.execute_command("MODULE", "LIST")

        try:
            redis_version, modules = self._resilient(versions, retry_safe=True)
        except redis.RedisError as e:
            raise StoreUnavailable(f"FalkorDB does not answer: {e}") from e
        for module in modules:
            fields = dict(zip(module[::2], module[1::2], strict=False))
            name = fields.get("name", fields.get(b"name"))
            if name in ("graph", b"graph"):
                ver = int(fields.get("ver", fields.get(b"ver")) or 0)
                return f"FalkorDB {ver // 10000}.{ver // 100 % 100}.{ver % 100} (Redis {redis_version})"
        raise StoreUnavailable("the server has no FalkorDB module loaded")

    def ensure_schema(self) -> None:
        with self.exclusive():  # two starters at once: neither sees the other's half-made schema
            self._resilient(self._ensure_schema, retry_safe=True)
            upgrade_node_provenance(self)

    def _ensure_schema(self) -> None:
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
        except _DOWN as e:
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

    def exclusive(self) -> AbstractContextManager[None]:
        return self._write_lock.held()

    def close(self) -> None:
        self._db.connection.close()

    # ---- extras ----------------------------------------------------------------------------

    def clear(self) -> None:
        """Delete the whole graph, schema included (tests and benchmarks)."""
        with self.exclusive():
            try:
                self._graph.delete()
            except redis.ResponseError:
                pass  # no such graph yet

    # ---- internals -------------------------------------------------------------------------

    def _resilient(self, call: Callable[[], T], *, retry_safe: bool) -> T:
        """Run ``call``; if the embedded server has died, restart it and run ``call`` again when that
        cannot apply a write twice. StoreUnavailable when there is no server to answer."""
        try:
            return call()
        except StoreFull:
            raise
        except (*_DOWN, StoreUnavailable) as e:
            if self._data_dir is None:
                raise StoreUnavailable(f"FalkorDB does not answer: {e}") from e
            first = e.__cause__ if isinstance(e, StoreUnavailable) else e
            sent_write = not (retry_safe or (isinstance(first, redis.RedisError) and _never_sent(first)))
            if sent_write and died_of_full_disk(self._data_dir):  # restarting would only fail the next write
                raise full_disk_error(self._data_dir, "the write was not stored") from e
            self._revive()
            if sent_write:
                raise StoreUnavailable("the embedded FalkorDB server stopped during a write and was restarted; "
                                       "the write may not have been applied: retry it") from e
        try:
            return call()
        except _DOWN as e:
            raise StoreUnavailable(f"FalkorDB does not answer after a restart: {e}") from e

    def _revive(self) -> None:
        assert self._data_dir is not None
        with self._reviving:
            server = ensure_server(self._data_dir)  # starts a new server if the old one is gone
            old, self._db = self._db, _client(server)
            self._graph = self._db.select_graph(self._graph_name)
        try:
            old.connection.close()
        except redis.RedisError:
            pass

    def _query(self, cypher: str, params: Mapping[str, Any] | None, *, read_only: bool) -> Any:
        try:
            return self._resilient(lambda: self._query_once(cypher, params, read_only=read_only), retry_safe=read_only)
        except redis.ResponseError as e:
            raise QueryError(str(e)) from e
        except UnicodeDecodeError as e:  # a value cut inside a character on the server's side
            raise QueryError(f"the store answered with text that is not UTF-8 ({e.reason})") from e

    def _query_once(self, cypher: str, params: Mapping[str, Any] | None, *, read_only: bool) -> Any:
        query = params_header(params, read_only=read_only) + cypher
        if not read_only:
            if self._data_dir is not None:  # a write the disk cannot hold would stop the server
                check_free_space(self._data_dir, needed=4 * len(query))
            with self.exclusive():
                return self._graph.query(query)
        try:
            return self._graph.ro_query(query)
        except redis.ResponseError as e:
            if "empty key" not in str(e):
                raise
            # a read-only query cannot create the graph; reading a store never written is normal
            with self.exclusive():
                self._graph.query("RETURN 1")
            return self._graph.ro_query(query)

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
