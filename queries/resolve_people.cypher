// resolve_people: the Person nodes with one of the names, with what tells namesakes apart: the units
// they work at, are affiliated with or lead, the organizations those units are part of, and the names
// of the people they share a paper, patent or project with, or are contacts of one programme with.
// params: $names (list of person names)
// columns: query, key, name, org_keys, related_org_keys, coworker_names, coworker_keys
UNWIND $names AS nm
MATCH (p:Person {name: nm})
OPTIONAL MATCH (p)-[:WORKS_AT|AFFILIATED_WITH|LEADS]->(o:Organization)
WITH nm, p, collect(DISTINCT o.key) AS org_keys
OPTIONAL MATCH (p)-[:WORKS_AT|AFFILIATED_WITH|LEADS]->(:Organization)-[:PART_OF*1..2]->(up:Organization)
WITH nm, p, org_keys, collect(DISTINCT up.key) AS related_org_keys
OPTIONAL MATCH (p)-[:AUTHORED|INVENTED|MEMBER_OF|CONTACT_FOR]->(work)<-[:AUTHORED|INVENTED|MEMBER_OF|CONTACT_FOR]-(q:Person)
WHERE q.key <> p.key
RETURN nm AS query, p.key AS key, p.name AS name, org_keys, related_org_keys,
       collect(DISTINCT q.name) AS coworker_names, collect(DISTINCT q.key) AS coworker_keys
