// resolve_people_like: Person nodes whose name has the length and first character (surname) of $name
// and differs from it in exactly one character (OCR variants), with the same evidence as resolve_people.
// params: $name (person name)
// columns: key, name, org_keys, related_org_keys, coworker_names
MATCH (p:Person)
WHERE p.name STARTS WITH left($name, 1) AND size(p.name) = size($name) AND p.name <> $name
  AND size([i IN range(0, size($name) - 1) WHERE substring(p.name, i, 1) <> substring($name, i, 1)]) = 1
OPTIONAL MATCH (p)-[:WORKS_AT|AFFILIATED_WITH|LEADS]->(o:Organization)
WITH p, collect(DISTINCT o.key) AS org_keys
OPTIONAL MATCH (p)-[:WORKS_AT|AFFILIATED_WITH|LEADS]->(:Organization)-[:PART_OF*1..2]->(up:Organization)
WITH p, org_keys, collect(DISTINCT up.key) AS related_org_keys
OPTIONAL MATCH (p)-[:AUTHORED|INVENTED|MEMBER_OF]->(work)<-[:AUTHORED|INVENTED|MEMBER_OF]-(q:Person)
WHERE q.key <> p.key
RETURN p.key AS key, p.name AS name, org_keys, related_org_keys, collect(DISTINCT q.name) AS coworker_names
