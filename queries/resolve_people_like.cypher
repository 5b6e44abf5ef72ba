// resolve_people_like: Person nodes whose name has the length and first character (surname) of $name,
// with the same evidence as resolve_people. The caller keeps those one character apart (OCR variants):
// FalkorDB 4.16 can abort the whole server on substring() inside a list comprehension, so that test is not here.
// params: $name (person name)
// columns: key, name, org_keys, related_org_keys, coworker_names
MATCH (p:Person)
WHERE p.name STARTS WITH left($name, 1) AND size(p.name) = size($name) AND p.name <> $name
OPTIONAL MATCH (p)-[:WORKS_AT|AFFILIATED_WITH|LEADS]->(o:Organization)
WITH p, collect(DISTINCT o.key) AS org_keys
OPTIONAL MATCH (p)-[:WORKS_AT|AFFILIATED_WITH|LEADS]->(:Organization)-[:PART_OF*1..2]->(up:Organization)
WITH p, org_keys, collect(DISTINCT up.key) AS related_org_keys
OPTIONAL MATCH (p)-[:AUTHORED|INVENTED|MEMBER_OF]->(work)<-[:AUTHORED|INVENTED|MEMBER_OF]-(q:Person)
WHERE q.key <> p.key
RETURN p.key AS key, p.name AS name, org_keys, related_org_keys, collect(DISTINCT q.name) AS coworker_names
