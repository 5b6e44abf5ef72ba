"""A whole graph as comparable rows: for tests that two ways of loading give the same graph."""

from __future__ import annotations

from typing import Any

from graph.stores.base import Store

# A node's provenance: the documents that mention it, and the spans on those MENTIONS.
_NODES = """MATCH (n)
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(n)
WITH n, collect(d.id) AS sources, collect(m.spans) AS spans
RETURN labels(n)[0] AS label, coalesce(n.key, n.id) AS key, sources,
       reduce(all = [], s IN spans | all + coalesce(s, [])) AS spans
ORDER BY label, key"""


def node_provenance(store: Store, key: str) -> dict[str, list[str]] | None:
    """{sources, spans} of the node with ``key`` (sorted), None if there is none."""
    rows = store.read("""MATCH (n {key: $key})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(n)
WITH collect(d.id) AS sources, collect(m.spans) AS spans
RETURN sources, reduce(all = [], s IN spans | all + coalesce(s, [])) AS spans""", {"key": key})
    if not rows or not rows[0]["sources"] and not store.read("MATCH (n {key: $key}) RETURN 1 AS x", {"key": key}):
        return None
    return {"sources": sorted(rows[0]["sources"]), "spans": sorted(rows[0]["spans"])}


def graph_snapshot(store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every node and relationship with its sources and spans, in a fixed order."""
    nodes = store.read(_NODES)
    rels = store.read("MATCH (a)-[r]->(b) RETURN coalesce(a.key, a.id) AS a, type(r) AS type, "
                      "coalesce(b.key, b.id) AS b, r.sources AS sources, r.spans AS spans ORDER BY a, type, b")
    for row in nodes + rels:
        row["sources"], row["spans"] = sorted(row["sources"] or []), sorted(row["spans"] or [])
    return nodes, rels
