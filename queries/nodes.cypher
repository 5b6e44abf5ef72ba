// nodes: entities by key, any label.
// params: $keys
// columns: key, label, name, kind, year, aliases
UNWIND $keys AS k
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
RETURN n.key AS key, labels(n)[0] AS label, n.name AS name, n.kind AS kind, n.year AS year,
       n.aliases AS aliases
