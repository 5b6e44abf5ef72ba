"""Write one document to the graph: batched, idempotent, all in one atomic write.

The document comes as the rows of `graph.rows` (the ingest pipeline makes them of a resolved extraction).
Every fact carries its provenance (graph.provenance): a relationship its `sources` and `spans`, a node its
MENTIONS relationships, one from each Document that names it, each with the `spans` where that document
does (so a hospital named in thousands of documents gains one relationship per document, not an ever
longer list to copy on every write).
Loading a document id already present changes nothing; a new
version of a file (same path, new text) replaces the old one in the same atomic write, keeping
whatever other documents also support. Labels and types enter Cypher text only from the
enums of graph.schema; every value is a parameter.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from graph.errors import GraphError, LoadError, StoreUnavailable
from graph.rows import DocumentNode, GraphDocument
from graph.schema import Label, RelType
from graph.stores.base import Statement, Store

# A document id is written once: load_document skips an id already present, the unique key on
# Document ids refuses a second one, and each write is atomic. So no relationship can already hold the
# document's provenance, and its lists are extended without a membership test.
# Rows carry spans as ":<start>:<end>" (graph.provenance.span_tail); the document id is prefixed here.
_NEW_PROVENANCE = "{v}.sources = [$doc], {v}.spans = [s IN row.spans | $doc + s]"
_APPEND_PROVENANCE = "{v}.sources = coalesce({v}.sources, []) + $doc, {v}.spans = coalesce({v}.spans, []) + [s IN row.spans | $doc + s]"


@dataclass(frozen=True)
class LoadResult:
    document_id: str
    status: Literal["added", "unchanged", "replaced"]
    nodes_created: int
    relationships_created: int
    rejected: tuple[str, ...] = ()  # records left out, each with the reason


# ---- pure planning -----------------------------------------------------------------------------


def document_statement(doc: DocumentNode, now: datetime) -> Statement:
    return (
        "CREATE (:Document {id: $doc, name: $name, path: $path, part: $part, genre: $genre, "
        "ingested_at: $ingested_at, size: $size, encoding: $encoding, text: $text, metadata_json: $metadata_json})",
        {
            "doc": doc.id, "name": doc.name, "path": doc.path or None, "part": doc.part or None,
            "genre": doc.genre,
            "ingested_at": now.isoformat(), "size": doc.size, "encoding": doc.encoding,
            "text": doc.text,
            "metadata_json": json.dumps(dict(doc.metadata), ensure_ascii=False),
        },
    )


def node_statement(label: Label) -> str:
    """Upsert rows {key, props, aliases, spans} of one label; the document, created in the same
    atomic write, MENTIONS each (so CREATE, not MERGE), with the spans."""
    return f"""MATCH (d:{Label.DOCUMENT} {{id: $doc}})
UNWIND $rows AS row
MERGE (n:{Label(label)} {{key: row.key}})
ON CREATE SET n += row.props, n.aliases = row.aliases
ON MATCH SET n += row.props,
    n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
CREATE (d)-[:{RelType.MENTIONS} {{spans: [s IN row.spans | $doc + s]}}]->(n)"""


def relation_statement(rel_type: RelType, source: Label, target: Label) -> str:
    """Upsert rows {source, target, props, spans}: identity is (source key, type, target key)."""
    return f"""UNWIND $rows AS row
MATCH (a:{Label(source)} {{key: row.source}})
MATCH (b:{Label(target)} {{key: row.target}})
MERGE (a)-[r:{RelType(rel_type)}]->(b)
ON CREATE SET r += row.props, {_NEW_PROVENANCE.format(v="r")}
ON MATCH SET r += row.props, {_APPEND_PROVENANCE.format(v="r")}"""


# The document STATES each rule it upserts (CREATE, as MENTIONS: the document is new).
RULES_STATEMENT = f"""{node_statement(Label.RULE)}
CREATE (d)-[:{RelType.STATES} {{sources: [$doc], spans: [s IN row.spans | $doc + s]}}]->(n)"""

POSSIBLY_SAME_STATEMENT = f"""UNWIND $rows AS row
MATCH (a:{Label.PERSON} {{key: row.a}})
MATCH (b:{Label.PERSON} {{key: row.b}})
MERGE (a)-[r:{RelType.POSSIBLY_SAME}]->(b)
ON CREATE SET r.score = row.score, r.reason = row.reason, {_NEW_PROVENANCE.format(v="r")}
ON MATCH SET r.score = row.score, r.reason = row.reason, {_APPEND_PROVENANCE.format(v="r")}"""

# Removing a document: drop it from the provenance of what it supports; delete the nodes no other
# document mentions. Its relationships (besides MENTIONS and STATES, which go with the Document
# node) join two nodes it MENTIONS, or are POSSIBLY_SAME links of a person it mentions. Each is
# found from the end that has a handful of its type: WORKS_AT from the person, never from the
# hospital with thousands; PUBLISHED_IN from the paper, never from the journal; OWNS from the
# patent, never from the university. Either end would find it; the choice only keeps hubs' other
# relationships unwalked, and a type not listed here is walked from its source. (Checking every pair
# of mentioned nodes for a relationship between them never touches a hub either, but costs the
# square of the nodes a document names: three times the old removal for 3,000 of them.)
_WALKED_FROM_TARGET = (RelType.UNIT_OF, RelType.OWNS, RelType.ACHIEVED, RelType.AUTHORED, RelType.INVENTED)
_WALKED_FROM_SOURCE = tuple(
    t for t in RelType
    if t not in (RelType.MENTIONS, RelType.STATES, RelType.POSSIBLY_SAME, *_WALKED_FROM_TARGET)
)
# A relationship only this document supports is deleted, any other loses the document's sources and
# spans, in one pass (FOREACH over a list of one or none: the two sets are disjoint). Nodes are
# deleted and updated in separate statements (FalkorDB mishandles SET followed by DELETE in one part).
_DROP_FROM_RELATIONSHIP = """WHERE $old IN r.sources
WITH DISTINCT r
WITH r, all(s IN r.sources WHERE s = $old) AS only_old
FOREACH (x IN CASE WHEN only_old THEN [r] ELSE [] END | DELETE x)
FOREACH (x IN CASE WHEN only_old THEN [] ELSE [r] END |
    SET x.sources = [s IN x.sources WHERE s <> $old],
        x.spans = [s IN coalesce(x.spans, []) WHERE NOT s STARTS WITH $prefix])"""
_MENTIONED = f"(:{Label.DOCUMENT} {{id: $old}})-[:{RelType.MENTIONS}]->"

REMOVAL_STATEMENTS: tuple[str, ...] = (
    f"""MATCH {_MENTIONED}()-[r:{"|".join(_WALKED_FROM_SOURCE)}]->()
{_DROP_FROM_RELATIONSHIP}""",
    f"""MATCH {_MENTIONED}()<-[r:{"|".join(_WALKED_FROM_TARGET)}]-()
{_DROP_FROM_RELATIONSHIP}""",
    f"""MATCH {_MENTIONED}(:{Label.PERSON})-[r:{RelType.POSSIBLY_SAME}]-()
{_DROP_FROM_RELATIONSHIP}""",
    f"""MATCH {_MENTIONED}(n)
OPTIONAL MATCH (n)<-[:{RelType.MENTIONS}]-(other:{Label.DOCUMENT})
WHERE other.id <> $old
WITH n, count(other) AS others
WHERE others = 0
DETACH DELETE n""",
    f"""MATCH (d:{Label.DOCUMENT} {{id: $old}})
DETACH DELETE d""",
)


def removal_statements(document_id: str) -> list[Statement]:
    params = {"old": document_id, "prefix": f"{document_id}:"}
    return [(cypher, params) for cypher in REMOVAL_STATEMENTS]


def plan_document(doc: GraphDocument, now: datetime) -> tuple[list[Statement], list[str]]:
    """The statements that add ``doc`` to the graph, and the records left out (with reasons)."""
    doc_id = doc.document.id
    statements: list[Statement] = [document_statement(doc.document, now)]
    for label, group in sorted(doc.nodes.items()):
        statements.append((node_statement(label), {"doc": doc_id, "rows": group}))
    if doc.rules:
        statements.append((RULES_STATEMENT, {"doc": doc_id, "rows": doc.rules}))
    for (rel_type, source, target), rows in sorted(doc.relations.items()):
        statements.append((relation_statement(rel_type, source, target), {"doc": doc_id, "rows": rows}))
    if doc.possibly_same:
        statements.append((POSSIBLY_SAME_STATEMENT, {"doc": doc_id, "rows": doc.possibly_same}))
    return statements, list(doc.rejected)


# ---- side effects ------------------------------------------------------------------------------

_FIND_ID = f"MATCH (d:{Label.DOCUMENT} {{id: $id}}) RETURN d.id AS id"
# The document itself, if loaded, and the versions it replaces: one read. Those are the documents read
# from the same path, and one written before documents had paths whose text is this one's (the same
# document, now known by its path). A document of no path replaces those of its name and no path.
_FOUND = "RETURN d.id AS id, coalesce(d.part, 0) AS part"
_FIND_VERSIONS = f"""MATCH (d:{Label.DOCUMENT} {{id: $id}}) {_FOUND}
UNION
MATCH (d:{Label.DOCUMENT} {{path: $path}}) {_FOUND}
UNION
MATCH (d:{Label.DOCUMENT} {{id: $text_id}}) WHERE d.path IS NULL {_FOUND}"""
_FIND_VERSIONS_BY_NAME = f"""MATCH (d:{Label.DOCUMENT} {{id: $id}}) {_FOUND}
UNION
MATCH (d:{Label.DOCUMENT} {{name: $name}}) WHERE d.path IS NULL {_FOUND}"""


def older_versions(source: DocumentNode, found: Mapping[str, int]) -> list[str]:
    """Of the documents ``found`` at ``source``'s path (id -> which part of the file it was), those it
    replaces: none the file still holds; the one that was the same part of it; and, for the file's last
    document, every other one (the parts the file no longer has)."""
    keep = {source.id, *source.siblings}
    last = source.part == len(source.siblings) + 1 or not source.part
    return sorted(i for i, part in found.items() if i not in keep and (last or part == source.part))


def load_document(store: Store, doc: GraphDocument, *, now: datetime | None = None) -> LoadResult:
    """Add ``doc`` (or replace the older version of the same file) in one atomic write. No other writer
    writes between the read of what the graph holds of the file and this write (`Store.exclusive`)."""
    source = doc.document
    if source.path:
        query, params = _FIND_VERSIONS, {"id": source.id, "path": source.path, "text_id": source.text_id}
    else:
        query, params = _FIND_VERSIONS_BY_NAME, {"id": source.id, "name": source.name}
    with store.exclusive():
        try:
            found = {str(row["id"]): int(row["part"]) for row in store.read(query, params)}
        except StoreUnavailable:
            raise
        except GraphError as e:
            raise LoadError(f"{source.name}: {e}") from e
        older = older_versions(source, found)
        if source.id in found:
            if older:  # loaded already, but its file held other documents then: they go
                return _remove_older(store, doc, older)
            return LoadResult(source.id, "unchanged", 0, 0)
        return _write(store, doc, plan_document(doc, now or datetime.now(UTC)), older)


def _remove_older(store: Store, doc: GraphDocument, older: Sequence[str]) -> LoadResult:
    try:
        store.write_atomic([s for old in older for s in removal_statements(old)])
    except StoreUnavailable:
        raise
    except GraphError as e:
        raise LoadError(f"{doc.document.name}: {e}") from e
    return LoadResult(doc.document.id, "replaced", 0, 0)


def write_document(store: Store, doc: GraphDocument, plan: tuple[list[Statement], list[str]],
                   older: Sequence[str] = ()) -> LoadResult:
    """Write ``doc`` as planned by `plan_document`, removing the ``older`` versions of its file, in one
    atomic write: for a caller that knows which versions the graph holds (`load_document` reads them).
    A document another writer loaded meanwhile is left as it is, without sending a write bound to fail."""
    with store.exclusive():
        if _loaded_meanwhile(store, doc.document.id):
            return LoadResult(doc.document.id, "unchanged", 0, 0)
        return _write(store, doc, plan, older)


def _write(store: Store, doc: GraphDocument, plan: tuple[list[Statement], list[str]], older: Sequence[str]) -> LoadResult:
    doc_id = doc.document.id
    statements, rejected = plan
    try:
        counts = store.write_atomic([s for old in older for s in removal_statements(old)] + statements)
    except StoreUnavailable:
        raise
    except GraphError as e:
        if _loaded_meanwhile(store, doc_id):  # another client loaded the same text first (Neo4j: no lock)
            return LoadResult(doc_id, "unchanged", 0, 0)
        raise LoadError(f"{doc.document.name}: {e}") from e
    return LoadResult(
        doc_id, "replaced" if older else "added", counts.nodes_created, counts.relationships_created, tuple(rejected)
    )


def _loaded_meanwhile(store: Store, doc_id: str) -> bool:
    try:
        return bool(store.read(_FIND_ID, {"id": doc_id}))
    except GraphError:
        return False


def delete_document(store: Store, document_id: str) -> None:
    """Remove a document and every fact only it supports; facts other documents support stay."""
    try:
        store.write_atomic(removal_statements(document_id))
    except GraphError as e:
        raise LoadError(f"delete {document_id}: {e}") from e
