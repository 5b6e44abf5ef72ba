// profile: one entity with its relationships grouped by type and direction, each with its sources.
// params: $key (entity key), $per_type (how many relationships of one type to return)
// columns: entity (properties), label, sources, type (null if none), direction ('out'|'in'), total, rels
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
OPTIONAL MATCH (n)-[r]-(m)
WHERE NOT m:Document
WITH n, r, m, CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
WITH n, type(r) AS type, direction,
     collect(CASE WHEN r IS NULL THEN null ELSE {key: m.key, label: labels(m)[0], name: m.name, kind: m.kind,
                                                 year: m.year, props: properties(r)} END) AS rels
RETURN properties(n) AS entity, labels(n)[0] AS label, n.sources AS sources, type, direction,
       size(rels) AS total, rels[..$per_type] AS rels
ORDER BY type, direction
