// coi_people: every Person node with one of the names, with the units they work at or are affiliated
// with (and the parents of those units), to tell namesakes apart in a conflict check.
// params: $names (list of person names)
// columns: query, key, name, units [{key, name, aliases, rel, parents}], possibly_same (keys)
UNWIND $names AS nm
MATCH (p:Person {name: nm})
OPTIONAL MATCH (p)-[w:WORKS_AT|AFFILIATED_WITH]->(o:Organization)
OPTIONAL MATCH (o)-[:PART_OF*1..2]->(up:Organization)
WITH nm, p, w, o, collect(DISTINCT up.name) AS parents
WITH nm, p, collect(CASE WHEN o IS NULL THEN null
                    ELSE {key: o.key, name: o.name, aliases: o.aliases, rel: type(w), parents: parents} END) AS units
OPTIONAL MATCH (p)-[:POSSIBLY_SAME]-(q:Person)
RETURN nm AS query, p.key AS key, p.name AS name, units, collect(DISTINCT q.key) AS possibly_same
