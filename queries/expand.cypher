// expand: one hop out of each of $keys, grouped by (node, relationship type); the building block of
// paths (bidirectional breadth-first search) and neighbourhood subgraphs. Documents are never crossed.
// params: $keys (entity keys), $types (relationship types, or null for all), $per_type (cap per node and type)
// columns: from_key, type, total (neighbours of that type before the cap),
//   hits: [{start, end (keys: the relationship's direction), props, key, label, name, kind, year}]
UNWIND $keys AS k
CALL {
  WITH k MATCH (n:Person) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Organization) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Project) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Paper) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Patent) WHERE n.key = k RETURN n
  UNION ALL WITH k MATCH (n:Journal) WHERE n.key = k RETURN n
}
WITH n
MATCH (n)-[r]-(m)
WHERE NOT m:Document AND NOT m:Rule AND ($types IS NULL OR type(r) IN $types)
WITH n, type(r) AS type,
     collect({start: startNode(r).key, end: endNode(r).key, props: properties(r), key: m.key,
              label: labels(m)[0], name: m.name, kind: m.kind, year: m.year}) AS hits
RETURN n.key AS from_key, type, size(hits) AS total, hits[..$per_type] AS hits
