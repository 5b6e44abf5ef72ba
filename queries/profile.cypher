// profile: one entity with its relationships grouped by type and direction, each with its sources.
// params: $key (entity key), $per_type (how many relationships of one type to return),
//         $max_sources (how many of the documents that mention it to return, by id)
// columns: entity (properties), label, mentioned_in (documents that mention it), mentions [{id, spans}],
//          type (null if none), direction ('out'|'in'), total, rels
//   rels: [{key, label, name, kind, year, props (relationship properties: sources, spans, rank ...)}]
UNWIND [$key] AS k
CALL {
  WITH k MATCH (n:Person) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Organization) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Project) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Paper) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Patent) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Journal) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Rule) WHERE n.key = k RETURN n
}
WITH n
OPTIONAL MATCH (d:Document)-[mention:MENTIONS]->(n)
WITH n, d, mention ORDER BY d.id
WITH n, count(d) AS mentioned_in,
     collect(CASE WHEN d IS NULL THEN null ELSE {id: d.id, spans: mention.spans} END)[..$max_sources] AS mentions
OPTIONAL MATCH (n)-[r]-(m)
WHERE NOT m:Document
WITH n, mentioned_in, mentions, r, m, CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
WITH n, mentioned_in, mentions, type(r) AS type, direction,
     collect(CASE WHEN r IS NULL THEN null ELSE {key: m.key, label: labels(m)[0], name: m.name, kind: m.kind,
                                                 year: m.year, props: properties(r)} END) AS rels
RETURN properties(n) AS entity, labels(n)[0] AS label, mentioned_in, mentions, type, direction,
       size(rels) AS total, rels[..$per_type] AS rels
ORDER BY type, direction
