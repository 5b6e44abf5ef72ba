"""The stores a benchmark compares: the embedded FalkorDB (always, as the reference) and Neo4j.

`--store neo4j` measures Neo4j beside the embedded store in the same run: the server KG_TEST_NEO4J_URI
names (it gets emptied), else Neo4j 5.26 from the test harness of tools/neo4j-test, started for the run
(`make neo4j-harness` builds it). Each store runs alone: one is stopped before the next starts.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from graph.stores import stop_embedded
from graph.stores.base import Store
from graph.stores.falkordb_store import FalkorDBStore
from graph.stores.neo4j_store import Neo4jStore
from tests import neo4j_server

STORES = ("embedded", "neo4j")


def stores_to_run(asked: Sequence[str]) -> list[str]:
    """The embedded store, then each other store asked for, once."""
    return [name for name in STORES if name == "embedded" or name in asked]


@contextmanager
def bench_store(name: str, graph_name: str = "bench", data_dir: Path | None = None) -> Iterator[Store]:
    """An empty store with its schema, closed (and its server stopped, if the run started it) after.
    The embedded store runs in ``data_dir`` if given (its server is then left running), else in a temp dir."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp, ExitStack() as stack:
        store: Store
        if name == "embedded":
            embedded = FalkorDBStore.embedded(data_dir or Path(tmp), graph_name)
            if data_dir is None:
                stack.callback(stop_embedded, Path(tmp))
            stack.callback(embedded.close)
            embedded.clear()
            embedded.ensure_schema()
            store = embedded
        else:
            try:
                uri = stack.enter_context(neo4j_server.server_for_tests(Path(tmp)))
            except RuntimeError as e:
                raise SystemExit(f"bench: no Neo4j to run on: {e}") from e
            store = neo4j_server.empty_store(uri)
            stack.callback(store.close)
        yield store


def clear(store: Store) -> None:
    """Empty the graph of a store that `bench_store` opened."""
    if not isinstance(store, FalkorDBStore | Neo4jStore):
        raise TypeError(f"cannot clear a {type(store).__name__}")
    store.clear()


def side_by_side(figures: Sequence[tuple[str, Sequence[str]]], names: Sequence[str]) -> str:
    """A plain table: one row per figure, one column per store."""
    table = [("", *names), *((label, *values) for label, values in figures)]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return "\n".join("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                                for i, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip()
                      for row in table)
