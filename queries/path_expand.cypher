// path_expand: one hop out of each of $keys, keys only, for the breadth-first search of /path: the same
// neighbours, in the same order and under the same cap, as `expand`. A node is read only up to $probe
// relationships: one that has them all (total summed over its types = $probe) is a hub, to be read
// again with path_expand_hubs. Documents are never crossed.
// params: $keys (entity keys), $types (relationship types, or null for all), $per_type (cap per node and type),
//   $probe (relationships read per node at most)
// columns: from_key, type, total (relationships of that type read), hits: [[key of the neighbour,
//   true if the relationship points away from from_key]]
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
CALL {
  WITH n
  MATCH (n)-[r]-(m)
  WHERE NOT m:Document AND NOT m:Rule AND ($types IS NULL OR type(r) IN $types)
  RETURN type(r) AS type, m.key AS key, startNode(r) = n AS outgoing LIMIT $probe
}
WITH n, type, collect([key, outgoing]) AS hits
RETURN n.key AS from_key, type, size(hits) AS total, hits[..$per_type] AS hits
