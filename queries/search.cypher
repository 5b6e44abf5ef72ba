// search: people, organizations, projects, papers, patents and journals whose name or an alias
// contains $q (partial Chinese names work); a patent also by its number.
// params: $q (string), $labels (list of labels, or null for all), $skip, $limit
// columns: key, label, name, kind, aliases, year, units (work units of a person, by name), rank (0 exact name
//   or alias, 1 prefix, 2 substring)
MATCH (n)
WHERE (n:Person OR n:Organization OR n:Project OR n:Paper OR n:Patent OR n:Journal)
  AND ($labels IS NULL OR labels(n)[0] IN $labels)
  AND (n.name CONTAINS $q OR n.number = $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
OPTIONAL MATCH (n)-[:WORKS_AT]->(o:Organization)
WITH n, o ORDER BY o.name
WITH n, collect(DISTINCT o.name) AS units,
     CASE WHEN n.name = $q OR n.number = $q OR $q IN coalesce(n.aliases, []) THEN 0 WHEN n.name STARTS WITH $q THEN 1 ELSE 2 END AS rank
RETURN n.key AS key, labels(n)[0] AS label, n.name AS name, n.kind AS kind, n.aliases AS aliases,
       n.year AS year, units, rank
ORDER BY rank, size(name), name, key
SKIP $skip LIMIT $limit
