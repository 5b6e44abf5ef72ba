// document_facts: the entities a document mentions and the relationships it supports, with their spans.
// params: $id (document id), $limit (relationships)
// columns: key, label, name, spans, rels [{type, other, other_name, direction, spans}]
MATCH (d:Document {id: $id})-[m:MENTIONS]->(n)
OPTIONAL MATCH (n)-[r]->(x)
WHERE $id IN coalesce(r.sources, [])
WITH n, m, collect(CASE WHEN r IS NULL THEN null
                   ELSE {type: type(r), other: x.key, other_name: x.name, spans: r.spans} END) AS rels
RETURN n.key AS key, labels(n)[0] AS label, n.name AS name, m.spans AS spans, rels[..$limit] AS rels
ORDER BY label, name
