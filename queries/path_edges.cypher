// path_edges: the properties of the relationships on a path, found by /path with path_expand.
// params: $edges ([{start, type, end}]: keys of the ends in the relationship's direction, and its type)
// columns: start, type, end, props
UNWIND $edges AS e
CALL {
  WITH e MATCH (n:Person) WHERE n.key = e.start RETURN n
  UNION ALL WITH e MATCH (n:Organization) WHERE n.key = e.start RETURN n
  UNION ALL WITH e MATCH (n:Project) WHERE n.key = e.start RETURN n
  UNION ALL WITH e MATCH (n:Paper) WHERE n.key = e.start RETURN n
  UNION ALL WITH e MATCH (n:Patent) WHERE n.key = e.start RETURN n
  UNION ALL WITH e MATCH (n:Journal) WHERE n.key = e.start RETURN n
}
WITH e, n
MATCH (n)-[r]->(m)
WHERE type(r) = e.type AND m.key = e.end
WITH e, collect(properties(r))[0] AS props
RETURN e.start AS start, e.type AS type, e.end AS end, props
