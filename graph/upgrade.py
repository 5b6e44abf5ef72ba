"""Bring a graph written by an older version up to the current form, in place, when the store opens.

Node provenance: graphs written before it moved onto MENTIONS hold `sources` and `spans` lists on every
entity node. `upgrade_node_provenance` copies each document's spans onto its MENTIONS relationship, then
drops the lists. Each batch is one atomic write and can run again, so an interrupted upgrade carries on
where it stopped the next time the store opens; on a current graph it costs one scan.
"""

from __future__ import annotations

from graph.schema import ENTITY_LABELS, Label, RelType
from graph.stores.base import Store

BATCH = 500  # documents, then nodes, per atomic write

_OLD_FORM = f"MATCH (n) WHERE n.sources IS NOT NULL AND NOT n:{Label.DOCUMENT} RETURN 1 AS old LIMIT 1"
_DOCUMENTS = f"MATCH (d:{Label.DOCUMENT}) RETURN d.id AS id ORDER BY id"
# the spans a document gave a node, while the node still holds them (after, there is nothing to copy)
_COPY_SPANS = f"""UNWIND $ids AS id
MATCH (d:{Label.DOCUMENT} {{id: id}})-[m:{RelType.MENTIONS}]->(n)
WHERE n.sources IS NOT NULL
SET m.spans = [s IN coalesce(n.spans, []) WHERE s STARTS WITH (id + ':')]"""
_DROP_LISTS = """MATCH (n:{label})
WHERE n.sources IS NOT NULL
WITH n LIMIT $batch
SET n.sources = null, n.spans = null
RETURN count(n) AS dropped"""


def upgrade_node_provenance(store: Store) -> bool:
    """Move node provenance onto MENTIONS if the graph still has it on the nodes; True if it did."""
    if not store.read(_OLD_FORM):
        return False
    ids = [row["id"] for row in store.read(_DOCUMENTS)]
    for start in range(0, len(ids), BATCH):
        store.write_atomic([(_COPY_SPANS, {"ids": ids[start:start + BATCH]})])
    for label in ENTITY_LABELS:
        while store.write(_DROP_LISTS.format(label=label), {"batch": BATCH})[0]["dropped"]:
            pass
    return True


def upgrade_statements() -> list[str]:
    """Every statement an upgrade may run (for the Cypher checks)."""
    return [_OLD_FORM, _DOCUMENTS, _COPY_SPANS, *(_DROP_LISTS.format(label=label) for label in ENTITY_LABELS)]
