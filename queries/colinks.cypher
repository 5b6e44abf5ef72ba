// colinks: pairs (person, other) sharing a paper, patent or project, person from $keys and other from
// $targets, through relationship types in $types, with the shared item and the provenance of both links.
// Rows come most recent item first, in the same order on every store.
// (The targets are matched as nodes first: a node list tests membership far faster than a list of keys.)
// The shared item is a work: LEADS also joins a person to the unit they head, and two heads of one unit
// share that unit (same_unit), not a work.
// params: $keys (person keys), $targets (person keys), $types (e.g. ['AUTHORED','INVENTED','MEMBER_OF','LEADS'])
// columns: person, other, other_name, rel_a, rel_b, via, item, item_name, year, date,
//          sources_a, spans_a, sources_b, spans_b
UNWIND $targets AS t
MATCH (target:Person {key: t})
WITH collect(target) AS targets
UNWIND $keys AS k
MATCH (p:Person {key: k})-[r1:AUTHORED|INVENTED|MEMBER_OF|LEADS]->(x)<-[r2:AUTHORED|INVENTED|MEMBER_OF|LEADS]-(q:Person)
WHERE q IN targets AND q <> p AND type(r1) IN $types AND type(r2) IN $types AND (x:Paper OR x:Patent OR x:Project)
RETURN k AS person, q.key AS other, q.name AS other_name, type(r1) AS rel_a, type(r2) AS rel_b,
       labels(x)[0] AS via, x.key AS item, x.name AS item_name, x.year AS year, x.date AS date,
       r1.sources AS sources_a, r1.spans AS spans_a, r2.sources AS sources_b, r2.spans AS spans_b
ORDER BY person, other, year DESC, item, rel_a, rel_b
