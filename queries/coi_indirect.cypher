// coi_indirect: person (from $keys) and other (from $targets) linked through a common collaborator:
// person → item x ← mid → item y ← other, over relationship types in $types, items since $since. Items are
// works (papers, patents, projects), never the units LEADS also reaches. Four relationships, never one
// twice (as Neo4j matches; FalkorDB would reuse mid's link to a shared item as both halves, making
// co-authors of one paper linked through each other).
// params: $keys, $targets (person keys), $types, $since (year or null), $limit
// columns: person, other, other_name, mid, mid_name, x, x_label, x_name, x_year, y, y_label, y_name, y_year,
//          r1, r2, r3, r4 (each {type, sources, spans})
UNWIND $targets AS t
MATCH (target:Person {key: t})
WITH collect(target) AS targets
UNWIND $keys AS k
MATCH (p:Person {key: k})-[r1:AUTHORED|INVENTED|MEMBER_OF|LEADS]->(x)<-[r2:AUTHORED|INVENTED|MEMBER_OF|LEADS]-(m:Person)
      -[r3:AUTHORED|INVENTED|MEMBER_OF|LEADS]->(y)<-[r4:AUTHORED|INVENTED|MEMBER_OF|LEADS]-(q:Person)
WHERE q IN targets AND q <> p AND m <> p AND m <> q AND r2 <> r3
  AND (x:Paper OR x:Patent OR x:Project) AND (y:Paper OR y:Patent OR y:Project)
  AND type(r1) IN $types AND type(r2) IN $types AND type(r3) IN $types AND type(r4) IN $types
  AND ($since IS NULL OR ((x.year IS NULL OR x.year >= $since) AND (y.year IS NULL OR y.year >= $since)))
WITH k, q, m, x, y, r1, r2, r3, r4
ORDER BY k, q.key, m.key, x.key, y.key, type(r1), type(r2), type(r3), type(r4)
LIMIT $limit
RETURN k AS person, q.key AS other, q.name AS other_name, m.key AS mid, m.name AS mid_name,
       x.key AS x, labels(x)[0] AS x_label, x.name AS x_name, x.year AS x_year,
       y.key AS y, labels(y)[0] AS y_label, y.name AS y_name, y.year AS y_year,
       {type: type(r1), sources: r1.sources, spans: r1.spans} AS r1, {type: type(r2), sources: r2.sources, spans: r2.spans} AS r2,
       {type: type(r3), sources: r3.sources, spans: r3.spans} AS r3, {type: type(r4), sources: r4.sources, spans: r4.spans} AS r4
