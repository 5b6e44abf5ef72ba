// document_support: what removing a document changes: the entities it names and the relationships it
// supports, each counted as removed (no other document supports it) or kept (another one does).
// params: $id (document id)
// columns: entities_removed, entities_kept, relations_removed, relations_kept
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:MENTIONS]->(n)
OPTIONAL MATCH (n)<-[:MENTIONS]-(other:Document)
WHERE other.id <> $id
WITH d, n, count(other) AS others
WITH d, sum(CASE WHEN n IS NOT NULL AND others = 0 THEN 1 ELSE 0 END) AS entities_removed,
     sum(CASE WHEN n IS NOT NULL AND others > 0 THEN 1 ELSE 0 END) AS entities_kept
OPTIONAL MATCH (d)-[:MENTIONS]->()-[r]->()
WHERE $id IN coalesce(r.sources, [])
WITH entities_removed, entities_kept, collect(DISTINCT r) AS rels
RETURN entities_removed, entities_kept,
       size([r IN rels WHERE all(s IN r.sources WHERE s = $id)]) AS relations_removed,
       size([r IN rels WHERE any(s IN r.sources WHERE s <> $id)]) AS relations_kept
