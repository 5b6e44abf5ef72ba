"""A whole graph as comparable rows: for tests that two ways of loading give the same graph."""

from __future__ import annotations

from typing import Any

from graph.stores.base import Store


def graph_snapshot(store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every node and relationship with its sources and spans, in a fixed order."""
    nodes = store.read("MATCH (n) RETURN labels(n)[0] AS label, coalesce(n.key, n.id) AS key, "
                       "n.sources AS sources, n.spans AS spans ORDER BY label, key")
    rels = store.read("MATCH (a)-[r]->(b) RETURN coalesce(a.key, a.id) AS a, type(r) AS type, "
                      "coalesce(b.key, b.id) AS b, r.sources AS sources, r.spans AS spans ORDER BY a, type, b")
    for row in nodes + rels:
        row["sources"], row["spans"] = sorted(row["sources"] or []), sorted(row["spans"] or [])
    return nodes, rels
